//! The sync algorithm: fix the time once, fetch the manifest (conditionally,
//! size-capped), verify its signature before parsing, check city, version,
//! expiry, format and app version, fetch and hash every payload, validate,
//! then apply everything in one transaction.

use std::time::Duration;

use chrono::{DateTime, Utc};
use serde::Serialize;
use sha2::{Digest, Sha256};
use witaj_catalog::{Catalog, FeedState};
use witaj_model::CityId;

use crate::manifest::version_tuple;
use crate::source::{Conditional, http_client};
use crate::{FeedError, Fetched, MAX_MANIFEST_BYTES, Manifest, Payload, PublicKey, Source};

/// How long a version may run ahead of the clock (versions default to the
/// issue time in Unix seconds), to refuse a "fast-forward" to a huge version
/// that would block every later update.
const MAX_VERSION_LEAD_SECONDS: i64 = 400 * 24 * 3600;

#[derive(Clone, Debug)]
pub struct SyncOptions {
    /// The one instant the whole sync is judged at.
    pub now: DateTime<Utc>,
    pub app_version: String,
    pub connect_timeout: Duration,
    /// For each request, headers to last byte.
    pub request_timeout: Duration,
    /// Attempts after the first, for transient failures only.
    pub retries: u32,
    /// The first wait between attempts; it doubles, with jitter.
    pub backoff: Duration,
}

impl SyncOptions {
    pub fn new(now: DateTime<Utc>) -> Self {
        Self {
            now,
            app_version: env!("CARGO_PKG_VERSION").to_owned(),
            connect_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(60),
            retries: 3,
            backoff: Duration::from_millis(500),
        }
    }
}

/// A verified update, ready to apply.
#[derive(Clone, Debug)]
pub struct Update {
    pub manifest: Manifest,
    pub manifest_sha256: String,
    pub payload: Payload,
    pub source: String,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    pub bytes_transferred: u64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SyncReport {
    /// `applied` or `current`.
    pub status: &'static str,
    pub city: Option<CityId>,
    pub version: Option<i64>,
    pub previous_version: Option<i64>,
    pub services: Option<usize>,
    pub bytes_transferred: u64,
}

#[derive(Clone, Debug)]
pub enum Outcome {
    /// A newer feed was verified; apply it with [`apply`].
    Update(Box<Update>),
    /// Nothing to do: not modified, or the same version.
    Current(SyncReport),
}

/// Checks a manifest against a pinned key and the applied state. Returns
/// `None` when it is the version already applied.
pub fn check_manifest(
    bytes: &[u8],
    signature: &str,
    keys: &[PublicKey],
    expected_city: Option<CityId>,
    current: impl Fn(CityId) -> Option<FeedState>,
    options: &SyncOptions,
) -> Result<Option<Manifest>, FeedError> {
    // Several keys are pinned while a city rotates its key; any one will do.
    let mut verified = Err(FeedError::BadSignature {
        detail: "no key is pinned for this feed".to_owned(),
    });
    for key in keys {
        verified = key.verify(bytes, signature);
        if verified.is_ok() {
            break;
        }
    }
    verified?;
    let manifest = Manifest::parse(bytes)?;
    if let Some(expected) = expected_city
        && expected != manifest.city
    {
        return Err(FeedError::WrongCity {
            expected: expected.to_string(),
            found: manifest.city.to_string(),
        });
    }
    if version_tuple(&manifest.min_app)
        .is_none_or(|needed| version_tuple(&options.app_version).is_none_or(|have| have < needed))
    {
        return Err(FeedError::AppTooOld {
            needed: manifest.min_app,
        });
    }
    let state = current(manifest.city);
    // A wrong device clock must not accept an old feed: judge expiry from the
    // later of the clock and the last issue time seen.
    let floor = state
        .as_ref()
        .map_or(options.now, |s| s.issued.max(options.now));
    if manifest.expires <= floor {
        return Err(FeedError::Expired {
            expires: manifest.expires.to_rfc3339(),
        });
    }
    let applied = state.as_ref().map_or(0, |s| s.version);
    let limit = applied
        .max(floor.timestamp())
        .saturating_add(MAX_VERSION_LEAD_SECONDS);
    if manifest.version > limit {
        return Err(FeedError::FastForward {
            offered: manifest.version,
            limit,
        });
    }
    match manifest.version.cmp(&applied) {
        std::cmp::Ordering::Less => Err(FeedError::Rollback {
            offered: manifest.version,
            current: applied,
        }),
        std::cmp::Ordering::Equal => Ok(None),
        std::cmp::Ordering::Greater => Ok(Some(manifest)),
    }
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

async fn with_retries<T, F, Fut>(options: &SyncOptions, mut attempt: F) -> Result<T, FeedError>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, FeedError>>,
{
    let mut wait = options.backoff;
    let mut tries = 0;
    loop {
        match attempt().await {
            Err(error) if error.is_transient() && tries < options.retries => {
                tries += 1;
                let jitter = rand::random_range(0..=wait.as_millis() as u64 / 2);
                tokio::time::sleep(wait + Duration::from_millis(jitter)).await;
                wait *= 2;
            }
            result => return result,
        }
    }
}

/// Fetches and verifies an update from `source`; touches no database.
/// `states` are the feeds applied so far (for versions and validators).
pub async fn fetch_update(
    source: &Source,
    keys: &[PublicKey],
    expected_city: Option<CityId>,
    states: &[FeedState],
    options: &SyncOptions,
) -> Result<Outcome, FeedError> {
    let client = http_client(options.connect_timeout);
    let label = source.label();
    let previous = states.iter().find(|s| s.source == label);
    let conditional = Conditional {
        etag: previous.and_then(|s| s.etag.as_deref()),
        last_modified: previous.and_then(|s| s.last_modified.as_deref()),
    };
    let current_report = |transferred, state: Option<&FeedState>| SyncReport {
        status: "current",
        city: state.map(|s| s.city),
        version: state.map(|s| s.version),
        previous_version: state.map(|s| s.version),
        services: None,
        bytes_transferred: transferred,
    };
    let fetched = with_retries(options, || {
        source.fetch(
            &client,
            "manifest.json",
            MAX_MANIFEST_BYTES,
            options.request_timeout,
            conditional,
            true,
        )
    })
    .await?;
    let (manifest_bytes, etag, last_modified) = match fetched {
        Fetched::NotModified => return Ok(Outcome::Current(current_report(0, previous))),
        Fetched::Body {
            bytes,
            etag,
            last_modified,
        } => (bytes, etag, last_modified),
    };
    let signature = match with_retries(options, || {
        source.fetch(
            &client,
            "manifest.json.minisig",
            4096,
            options.request_timeout,
            Conditional::default(),
            false,
        )
    })
    .await?
    {
        Fetched::Body { bytes, .. } => {
            String::from_utf8(bytes).map_err(|e| FeedError::BadSignature {
                detail: e.to_string(),
            })?
        }
        Fetched::NotModified => {
            return Err(FeedError::BadSignature {
                detail: "the signature was not sent".to_owned(),
            });
        }
    };
    let mut transferred = manifest_bytes.len() as u64 + signature.len() as u64;
    let state_of = |city: CityId| states.iter().find(|s| s.city == city).cloned();
    let Some(manifest) = check_manifest(
        &manifest_bytes,
        &signature,
        keys,
        expected_city,
        state_of,
        options,
    )?
    else {
        let state = states
            .iter()
            .find(|s| Some(s.city) == expected_city)
            .or(previous);
        return Ok(Outcome::Current(current_report(transferred, state)));
    };
    let mut payload = None;
    for file in &manifest.files {
        let bytes = match with_retries(options, || {
            source.fetch(
                &client,
                &file.name,
                file.size,
                options.request_timeout,
                Conditional::default(),
                false,
            )
        })
        .await?
        {
            Fetched::Body { bytes, .. } => bytes,
            Fetched::NotModified => {
                return Err(FeedError::PayloadMismatch {
                    name: file.name.clone(),
                    detail: "not sent".to_owned(),
                });
            }
        };
        transferred += bytes.len() as u64;
        let decoded = Payload::check(file, &bytes, manifest.city)?;
        if payload.replace(decoded).is_some() {
            return Err(FeedError::MalformedManifest {
                detail: "more than one catalog payload".to_owned(),
            });
        }
    }
    let payload = payload.ok_or_else(|| FeedError::MalformedManifest {
        detail: "no payload".to_owned(),
    })?;
    Ok(Outcome::Update(Box::new(Update {
        manifest_sha256: sha256_hex(&manifest_bytes),
        manifest,
        payload,
        source: label,
        etag,
        last_modified,
        bytes_transferred: transferred,
    })))
}

/// Applies a verified update in one transaction with its feed state. The
/// version is checked again inside the transaction, so two syncs racing
/// cannot roll a city back.
pub fn apply(
    catalog: &mut Catalog,
    update: &Update,
    now: DateTime<Utc>,
) -> Result<SyncReport, FeedError> {
    let city = update.manifest.city;
    let previous = catalog.feed_state(city)?.map(|s| s.version);
    let writer = catalog.writer()?;
    let applied: Option<i64> = writer
        .transaction()
        .query_row(
            "SELECT version FROM city_feed WHERE city = ?1",
            [city.as_str()],
            |row| row.get(0),
        )
        .ok();
    if let Some(applied) = applied
        && applied >= update.manifest.version
    {
        return Err(FeedError::Rollback {
            offered: update.manifest.version,
            current: applied,
        });
    }
    writer.replace_city(city, &update.payload.services)?;
    writer.replace_city_guides(city, &update.payload.guides)?;
    writer.set_feed_state(&FeedState {
        city,
        version: update.manifest.version,
        issued: update.manifest.issued,
        expires: update.manifest.expires,
        applied_at: now,
        manifest_sha256: update.manifest_sha256.clone(),
        source: update.source.clone(),
        etag: update.etag.clone(),
        last_modified: update.last_modified.clone(),
    })?;
    writer.commit()?;
    Ok(SyncReport {
        status: "applied",
        city: Some(city),
        version: Some(update.manifest.version),
        previous_version: previous,
        services: Some(update.payload.services.len()),
        bytes_transferred: update.bytes_transferred,
    })
}

/// Fetches, verifies and applies: the whole sync for one source.
pub async fn sync(
    catalog: &mut Catalog,
    source: &Source,
    keys: &[PublicKey],
    expected_city: Option<CityId>,
    options: &SyncOptions,
) -> Result<SyncReport, FeedError> {
    let states: Vec<FeedState> = CityId::ALL
        .iter()
        .filter_map(|&c| catalog.feed_state(c).transpose())
        .collect::<Result<_, _>>()?;
    match fetch_update(source, keys, expected_city, &states, options).await? {
        Outcome::Current(report) => Ok(report),
        Outcome::Update(update) => apply(catalog, &update, options.now),
    }
}

/// Every city's applied feed.
pub fn feed_states(catalog: &Catalog) -> Result<Vec<FeedState>, FeedError> {
    Ok(CityId::ALL
        .iter()
        .filter_map(|&c| catalog.feed_state(c).transpose())
        .collect::<Result<_, _>>()?)
}

/// A SHA-256 over a city's services and guides as the catalog holds them,
/// to compare catalogs across devices and to tell versions apart.
pub fn content_hash(catalog: &Catalog, city: CityId) -> Result<String, FeedError> {
    let services = catalog.services(Some(city))?;
    let guides = catalog.city_guides(city)?;
    let canonical =
        serde_json::to_vec(&(services, guides)).expect("catalog values always serialize");
    Ok(sha256_hex(&canonical))
}

/// A step of a sync, for progress shown to a person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    Checking,
    Applying,
}

impl Stage {
    /// The Fluent message naming this step.
    pub fn message_id(self) -> &'static str {
        match self {
            Stage::Checking => "sync-stage-checking",
            Stage::Applying => "sync-stage-applying",
        }
    }
}

/// [`sync`] for a catalog shared by several tasks: the lock is held only to
/// read the feed states and to apply, never while waiting on the network.
pub async fn sync_shared(
    catalog: &std::sync::Mutex<Catalog>,
    source: &Source,
    keys: &[PublicKey],
    expected_city: Option<CityId>,
    options: &SyncOptions,
    on_stage: impl Fn(Stage),
) -> Result<SyncReport, FeedError> {
    let lock = || {
        catalog
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    };
    on_stage(Stage::Checking);
    let states = feed_states(&lock())?;
    match fetch_update(source, keys, expected_city, &states, options).await? {
        Outcome::Current(report) => Ok(report),
        Outcome::Update(update) => {
            on_stage(Stage::Applying);
            apply(&mut lock(), &update, options.now)
        }
    }
}

/// Imports a feed folder (a USB stick) for whichever trusted city signed it.
pub async fn import_folder(
    catalog: &std::sync::Mutex<Catalog>,
    folder: &std::path::Path,
    directory: &crate::Directory,
    options: &SyncOptions,
) -> Result<SyncReport, FeedError> {
    let source = Source::Dir(folder.to_owned());
    let mut last = FeedError::BadSignature {
        detail: "no city key is pinned in this app".to_owned(),
    };
    for (city, feed) in directory.trusted() {
        match sync_shared(catalog, &source, &feed.keys, Some(city), options, |_| {}).await {
            Err(error @ (FeedError::BadSignature { .. } | FeedError::WrongCity { .. })) => {
                last = error
            }
            result => return result,
        }
    }
    Err(last)
}
