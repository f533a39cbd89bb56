//! The signed manifest: small, strict, and parsed only after its signature
//! has been verified.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use witaj_model::CityId;

use crate::FeedError;
use crate::payload::MAX_PAYLOAD_BYTES;

/// The feed format this build reads and writes.
pub const FORMAT: u32 = 1;
/// Manifests are a few hundred bytes; anything near this is not a manifest.
pub const MAX_MANIFEST_BYTES: u64 = 64 * 1024;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub format: u32,
    pub city: CityId,
    /// Strictly increasing; by default the issue time in Unix seconds.
    pub version: i64,
    pub issued: DateTime<Utc>,
    pub expires: DateTime<Utc>,
    /// The oldest app version that understands this feed.
    pub min_app: String,
    pub files: Vec<FileEntry>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileEntry {
    /// `<sha256>.json.gz`: never used as a path without this check.
    pub name: String,
    pub sha256: String,
    pub size: u64,
}

/// A payload name is exactly 64 lowercase hex digits and `.json.gz`, so it
/// can never climb out of a folder or name something else.
pub fn is_safe_file_name(name: &str) -> bool {
    name.strip_suffix(".json.gz").is_some_and(|hash| {
        hash.len() == 64
            && hash
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    })
}

fn malformed(detail: impl Into<String>) -> FeedError {
    FeedError::MalformedManifest {
        detail: detail.into(),
    }
}

impl Manifest {
    /// Parses verified manifest bytes and checks their shape.
    pub fn parse(bytes: &[u8]) -> Result<Self, FeedError> {
        let manifest: Manifest =
            serde_json::from_slice(bytes).map_err(|e| malformed(e.to_string()))?;
        if manifest.format != FORMAT {
            return Err(FeedError::UnsupportedFormat {
                found: manifest.format,
                supported: FORMAT,
            });
        }
        if manifest.version < 1 {
            return Err(malformed(format!(
                "version {} is not positive",
                manifest.version
            )));
        }
        if manifest.expires <= manifest.issued {
            return Err(malformed("expires is not after issued"));
        }
        // One catalog payload per feed: a second one would only be fetched
        // and inflated to be refused.
        if manifest.files.len() != 1 {
            return Err(malformed(format!(
                "expected exactly one payload file, found {}",
                manifest.files.len()
            )));
        }
        for file in &manifest.files {
            if !is_safe_file_name(&file.name) || file.name != format!("{}.json.gz", file.sha256) {
                return Err(malformed(format!(
                    "file name `{}` is not <sha256>.json.gz of its own hash",
                    file.name.escape_debug()
                )));
            }
            if file.size == 0 || file.size > MAX_PAYLOAD_BYTES {
                return Err(malformed(format!(
                    "file {} declares {} bytes",
                    file.name, file.size
                )));
            }
        }
        Ok(manifest)
    }

    /// Exactly the bytes that get signed and published.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut bytes = serde_json::to_vec_pretty(self).expect("a manifest always serializes");
        bytes.push(b'\n');
        bytes
    }
}

/// `a.b.c` as numbers; missing parts count as 0.
pub(crate) fn version_tuple(version: &str) -> Option<(u64, u64, u64)> {
    let mut parts = version.trim().split('.').map(|p| p.parse::<u64>().ok());
    let major = parts.next()??;
    let minor = parts.next().unwrap_or(Some(0))?;
    let patch = parts.next().unwrap_or(Some(0))?;
    Some((major, minor, patch))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names() {
        let hash = "a".repeat(64);
        let check = |name: &str, ok: bool| assert_eq!(is_safe_file_name(name), ok, "{name}");
        check(&format!("{hash}.json.gz"), true);
        check(&format!("../{hash}.json.gz"), false);
        check(&format!("/{hash}.json.gz"), false);
        check(&format!("{}.json.gz", "A".repeat(64)), false);
        check(&format!("{hash}.json.gz\0"), false);
        check("%2e%2e%2fetc.json.gz", false);
        check(&format!("{hash}.json"), false);
    }

    #[test]
    fn versions() {
        assert_eq!(version_tuple("0.1.0"), Some((0, 1, 0)));
        assert_eq!(version_tuple("2"), Some((2, 0, 0)));
        assert_eq!(version_tuple("x"), None);
        assert!(version_tuple("0.2.0") > version_tuple("0.1.9"));
    }
}
