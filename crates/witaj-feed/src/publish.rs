//! For city staff: compile a city's content into a signed feed folder, and
//! check a folder before publishing it.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use witaj_model::{CityId, Guide, Notice, Service};

use crate::sync::{MAX_SIGNATURE_BYTES, MAX_VALIDITY_DAYS, sha256_hex};
use crate::{
    FORMAT, FeedError, FileEntry, MAX_MANIFEST_BYTES, Manifest, Payload, PublicKey, SecretKey,
};

#[derive(Clone, Debug)]
pub struct BuildOptions {
    pub city: CityId,
    /// Defaults to `issued` in Unix seconds.
    pub version: Option<i64>,
    pub issued: DateTime<Utc>,
    pub expires_in_days: i64,
    pub min_app: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct BuildReport {
    pub city: CityId,
    pub version: i64,
    pub issued: DateTime<Utc>,
    pub expires: DateTime<Utc>,
    pub services: usize,
    pub guides: usize,
    pub files: Vec<FileEntry>,
    pub manifest: PathBuf,
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), FeedError> {
    use std::io::Write;
    // Write beside and rename, so a web server never serves half a file. The
    // partial file is created fresh: a link planted in its place in a shared
    // folder is removed, never followed.
    let partial = path.with_extension("partial");
    let io = |action, source| FeedError::Io {
        action,
        path: partial.clone(),
        source,
    };
    match std::fs::remove_file(&partial) {
        Err(error) if error.kind() != std::io::ErrorKind::NotFound => {
            return Err(io("remove", error));
        }
        _ => {}
    }
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&partial)
        .and_then(|mut file| file.write_all(bytes))
        .map_err(|source| io("write", source))?;
    std::fs::rename(&partial, path).map_err(|source| FeedError::Io {
        action: "rename",
        path: path.to_owned(),
        source,
    })
}

/// Writes `out_dir/<sha256>.json.gz`, then `manifest.json` and its
/// signature (the manifest last, so readers never see it before its files).
pub fn build_feed(
    services: Vec<Service>,
    guides: Vec<Guide>,
    notices: Vec<Notice>,
    key: &SecretKey,
    out_dir: &Path,
    options: &BuildOptions,
) -> Result<BuildReport, FeedError> {
    let city = options.city;
    if !(1..=MAX_VALIDITY_DAYS).contains(&options.expires_in_days) {
        return Err(FeedError::ValidityTooLong {
            days: options.expires_in_days,
            limit: MAX_VALIDITY_DAYS,
        });
    }
    let payload = Payload {
        city,
        services,
        guides,
        notices,
    };
    payload.validate(city, options.issued.date_naive())?;
    std::fs::create_dir_all(out_dir).map_err(|source| FeedError::Io {
        action: "create",
        path: out_dir.to_owned(),
        source,
    })?;
    let bytes = payload.encode();
    let sha256 = sha256_hex(&bytes);
    let file = FileEntry {
        name: format!("{sha256}.json.gz"),
        sha256,
        size: bytes.len() as u64,
    };
    write(&out_dir.join(&file.name), &bytes)?;
    let version = options
        .version
        .unwrap_or_else(|| options.issued.timestamp());
    let manifest = Manifest {
        format: FORMAT,
        city,
        version,
        issued: options.issued,
        expires: options.issued + Duration::days(options.expires_in_days),
        min_app: options.min_app.clone(),
        files: vec![file.clone()],
    };
    let manifest_bytes = manifest.to_bytes();
    let signature = key.sign(
        &manifest_bytes,
        &format!("witaj feed city={city} version={version}"),
    )?;
    write(&out_dir.join("manifest.json.minisig"), signature.as_bytes())?;
    write(&out_dir.join("manifest.json"), &manifest_bytes)?;
    Ok(BuildReport {
        city,
        version,
        issued: manifest.issued,
        expires: manifest.expires,
        services: payload.services.len(),
        guides: payload.guides.len(),
        files: vec![file],
        manifest: out_dir.join("manifest.json"),
    })
}

/// Checks a feed folder as an app would: signature, format, every file's
/// size and hash, and the payload's content.
pub fn verify_feed(dir: &Path, key: &PublicKey) -> Result<BuildReport, FeedError> {
    let read = |name: &str, cap: u64| crate::source::read_capped(&dir.join(name), cap);
    let manifest_bytes = read("manifest.json", MAX_MANIFEST_BYTES)?;
    let signature = String::from_utf8(read("manifest.json.minisig", MAX_SIGNATURE_BYTES)?)
        .map_err(|e| FeedError::BadSignature {
            detail: e.to_string(),
        })?;
    let comment = key.verify(&manifest_bytes, &signature)?;
    let manifest = Manifest::parse(&manifest_bytes)?;
    if comment
        != format!(
            "witaj feed city={} version={}",
            manifest.city, manifest.version
        )
    {
        return Err(FeedError::BadSignature {
            detail: format!(
                "the signed comment `{}` does not name this feed",
                comment.escape_debug()
            ),
        });
    }
    let (mut services, mut guides) = (0, 0);
    for file in &manifest.files {
        let bytes = read(&file.name, file.size + 1)?;
        let payload = Payload::check(file, &bytes, manifest.city, manifest.issued.date_naive())?;
        services += payload.services.len();
        guides += payload.guides.len();
    }
    Ok(BuildReport {
        city: manifest.city,
        version: manifest.version,
        issued: manifest.issued,
        expires: manifest.expires,
        services,
        guides,
        files: manifest.files,
        manifest: dir.join("manifest.json"),
    })
}
