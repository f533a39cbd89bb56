//! The city's catalog inside a feed: JSON, gzip-compressed, size-capped on
//! both sides of the decompression, and validated before use.

use std::collections::HashSet;
use std::io::Read;

use flate2::Compression;
use flate2::read::GzDecoder;
use flate2::write::GzEncoder;
use serde::{Deserialize, Serialize};
use witaj_hours::Hours;
use witaj_model::{CityId, Guide, LocalizedText, Service, is_valid_id};

use crate::FeedError;

/// The largest compressed payload accepted.
pub const MAX_PAYLOAD_BYTES: u64 = 32 * 1024 * 1024;
/// The largest decompressed payload: protects against decompression bombs.
const MAX_EXPANDED_BYTES: u64 = 256 * 1024 * 1024;
const MAX_SERVICES: usize = 50_000;
const MAX_GUIDES: usize = 200;
const MAX_TEXT_CHARS: usize = 8_000;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Payload {
    pub city: CityId,
    pub services: Vec<Service>,
    /// Guides a city publishes itself; ids start with the city id.
    #[serde(default)]
    pub guides: Vec<Guide>,
}

impl Payload {
    /// Deterministic bytes: the same content always gives the same hash.
    pub fn encode(&self) -> Vec<u8> {
        let json = serde_json::to_vec(self).expect("payloads always serialize");
        let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
        std::io::Write::write_all(&mut encoder, &json).expect("writing to memory cannot fail");
        encoder.finish().expect("writing to memory cannot fail")
    }

    pub fn decode(name: &str, compressed: &[u8]) -> Result<Self, FeedError> {
        let malformed = |detail: String| FeedError::MalformedPayload {
            name: name.to_owned(),
            detail,
        };
        let mut json = Vec::new();
        GzDecoder::new(compressed)
            .take(MAX_EXPANDED_BYTES + 1)
            .read_to_end(&mut json)
            .map_err(|e| malformed(e.to_string()))?;
        if json.len() as u64 > MAX_EXPANDED_BYTES {
            return Err(FeedError::TooLarge {
                what: format!("payload {name} once decompressed"),
                limit: MAX_EXPANDED_BYTES,
            });
        }
        serde_json::from_slice(&json).map_err(|e| malformed(e.to_string()))
    }

    /// Everything a payload must pass before it is used: the size and the
    /// SHA-256 the signed manifest declares, decoding, and validation.
    pub fn check(file: &crate::FileEntry, bytes: &[u8], city: CityId) -> Result<Self, FeedError> {
        if bytes.len() as u64 != file.size {
            return Err(FeedError::Truncated {
                what: file.name.clone(),
                got: bytes.len() as u64,
                expected: file.size,
            });
        }
        let hash = crate::sha256_hex(bytes);
        if hash != file.sha256 {
            return Err(FeedError::PayloadMismatch {
                name: file.name.clone(),
                detail: format!("SHA-256 is {hash}"),
            });
        }
        let payload = Self::decode(&file.name, bytes)?;
        payload.validate(city)?;
        Ok(payload)
    }

    /// Checks what the types cannot: the city, ids, sizes, URL schemes,
    /// opening hours.
    pub fn validate(&self, city: CityId) -> Result<(), FeedError> {
        let invalid = |detail: String| FeedError::InvalidPayload { detail };
        if self.city != city {
            return Err(invalid(format!(
                "payload is for {}, manifest for {city}",
                self.city
            )));
        }
        if self.services.len() > MAX_SERVICES || self.guides.len() > MAX_GUIDES {
            return Err(invalid(format!(
                "{} services and {} guides exceed the limits",
                self.services.len(),
                self.guides.len()
            )));
        }
        let mut ids = HashSet::new();
        for service in &self.services {
            let id = &service.id;
            if service.city != city {
                return Err(invalid(format!("service {id} belongs to {}", service.city)));
            }
            if !is_valid_id(id) || !id.starts_with(&format!("{city}-")) || !ids.insert(id.as_str())
            {
                return Err(invalid(format!(
                    "service id `{}` is invalid or repeated",
                    id.escape_debug()
                )));
            }
            if service.name.is_empty() {
                return Err(invalid(format!("service {id} has no name")));
            }
            let texts = [
                &service.name,
                &service.description,
                &service.application_process,
                &service.fees,
                &service.organization.name,
            ]
            .into_iter()
            .chain(&service.documents);
            for text in texts {
                check_text(id, text)?;
            }
            let urls = [
                Some(&service.source_url),
                service.website.as_ref(),
                service.organization.website.as_ref(),
            ];
            for url in urls.into_iter().flatten() {
                check_url(id, url)?;
            }
            if let Some(hours) = &service.opening_hours {
                Hours::parse(hours).map_err(|e| invalid(format!("service {id}: {e}")))?;
            }
        }
        for guide in &self.guides {
            let id = &guide.id;
            if !is_valid_id(id) || !id.starts_with(&format!("{city}-")) || !ids.insert(id.as_str())
            {
                return Err(invalid(format!(
                    "guide id `{}` is invalid, repeated or not the city's",
                    id.escape_debug()
                )));
            }
            check_url(id, &guide.source_url)?;
            for text in [&guide.title, &guide.summary]
                .into_iter()
                .chain(&guide.checklist)
            {
                check_text(id, text)?;
            }
            for step in &guide.steps {
                check_text(id, &step.title)?;
                check_text(id, &step.body)?;
            }
        }
        Ok(())
    }
}

fn check_text(id: &str, text: &LocalizedText) -> Result<(), FeedError> {
    match text
        .iter()
        .find(|(_, t)| t.chars().count() > MAX_TEXT_CHARS || t.contains('\0'))
    {
        Some((locale, _)) => Err(FeedError::InvalidPayload {
            detail: format!("{id}: {locale} text is too long or contains NUL"),
        }),
        None => Ok(()),
    }
}

fn check_url(id: &str, text: &str) -> Result<(), FeedError> {
    match url::Url::parse(text) {
        Ok(url) if matches!(url.scheme(), "https" | "http") => Ok(()),
        _ => Err(FeedError::InvalidPayload {
            detail: format!("{id}: `{}` is not an http(s) address", text.escape_debug()),
        }),
    }
}
