//! The city's catalog inside a feed: JSON, gzip-compressed, size-capped on
//! both sides of the decompression, and validated before use.

use std::collections::HashSet;
use std::io::Read;

use chrono::NaiveDate;
use flate2::Compression;
use flate2::read::GzDecoder;
use flate2::write::GzEncoder;
use serde::{Deserialize, Serialize};
use witaj_model::{CityId, Guide, Notice, Service, is_valid_id};

use crate::FeedError;

/// The most services one city's feed may carry. A city with every clinic,
/// school, pharmacy and help point is a few thousand; today's largest city
/// has about twenty. Search stays fast at this size (`witaj bench`).
pub const MAX_SERVICES: usize = 10_000;
const MAX_GUIDES: usize = 100;
const MAX_NOTICES: usize = 100;
/// The largest decompressed payload, which also stops decompression bombs.
/// Today's richest entries (full texts in ten languages) are about 18 KB of
/// JSON each (Warszawa's 22 services: 405 KB); a clinic or a pharmacy is far
/// less. The cap fits 9,000 of the richest.
const MAX_EXPANDED_BYTES: u64 = 160 * 1024 * 1024;
/// The largest compressed payload accepted (those entries compress 3.4:1).
pub const MAX_PAYLOAD_BYTES: u64 = 48 * 1024 * 1024;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Payload {
    pub city: CityId,
    pub services: Vec<Service>,
    /// Guides a city publishes itself; ids start with the city id.
    #[serde(default)]
    pub guides: Vec<Guide>,
    /// The city's dated announcements; ids start with the city id.
    #[serde(default)]
    pub notices: Vec<Notice>,
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
    pub fn check(
        file: &crate::FileEntry,
        bytes: &[u8],
        city: CityId,
        issued: NaiveDate,
    ) -> Result<Self, FeedError> {
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
        payload.validate(city, issued)?;
        Ok(payload)
    }

    /// Checks what the types cannot, by the same rules as content lint
    /// (`witaj-check`): the city, ids, counts, and every field of every
    /// service and guide. `issued` bounds `last_verified`: an entry cannot
    /// have been checked after its feed was signed.
    pub fn validate(&self, city: CityId, issued: NaiveDate) -> Result<(), FeedError> {
        let invalid = |detail: String| FeedError::InvalidPayload { detail };
        if self.city != city {
            return Err(invalid(format!(
                "payload is for {}, manifest for {city}",
                self.city
            )));
        }
        if self.services.len() > MAX_SERVICES
            || self.guides.len() > MAX_GUIDES
            || self.notices.len() > MAX_NOTICES
        {
            return Err(FeedError::TooMany {
                services: self.services.len(),
                guides: self.guides.len(),
                notices: self.notices.len(),
                limits: (MAX_SERVICES, MAX_GUIDES, MAX_NOTICES),
            });
        }
        let first_problem = |id: &str, problems: Vec<witaj_check::Problem>| match problems
            .into_iter()
            .find(|p| p.severity == witaj_check::Severity::Error)
        {
            Some(problem) => Err(invalid(format!("{}: {problem}", id.escape_debug()))),
            None => Ok(()),
        };
        let mut ids = HashSet::new();
        for service in &self.services {
            let id = &service.id;
            if service.city != city {
                return Err(invalid(format!("service {id} belongs to {}", service.city)));
            }
            if !ids.insert(id.as_str()) {
                return Err(invalid(format!(
                    "service id `{}` is repeated",
                    id.escape_debug()
                )));
            }
            first_problem(id, witaj_check::service(service, issued))?;
        }
        let mut guide_ids = HashSet::new();
        for guide in &self.guides {
            let id = &guide.id;
            if !is_valid_id(id)
                || !id.starts_with(&format!("{city}-"))
                || guide.city.is_some_and(|owner| owner != city)
                || !guide_ids.insert(id.as_str())
            {
                return Err(invalid(format!(
                    "guide id `{}` is invalid, repeated or not the city's",
                    id.escape_debug()
                )));
            }
            first_problem(id, witaj_check::guide(guide, issued))?;
        }
        let mut notice_ids = HashSet::new();
        for notice in &self.notices {
            let id = &notice.id;
            if notice.city.is_some_and(|owner| owner != city) || !notice_ids.insert(id.as_str()) {
                return Err(invalid(format!(
                    "notice id `{}` is repeated or not the city's",
                    id.escape_debug()
                )));
            }
            let owned = Notice {
                city: Some(city),
                ..notice.clone()
            };
            first_problem(id, witaj_check::notice(&owned, issued))?;
        }
        Ok(())
    }

    /// The notices as the catalog keeps them: owned by the feed's city.
    pub fn owned_notices(&self) -> Vec<Notice> {
        self.notices
            .iter()
            .cloned()
            .map(|mut notice| {
                notice.city = Some(self.city);
                notice
            })
            .collect()
    }

    /// The guides as the catalog keeps them: owned by the feed's city.
    pub fn owned_guides(&self) -> Vec<Guide> {
        self.guides
            .iter()
            .cloned()
            .map(|mut guide| {
                guide.city = Some(self.city);
                guide
            })
            .collect()
    }
}
