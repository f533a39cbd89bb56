//! The sync algorithm: fix the time once, fetch the manifest (never
//! conditionally, size-capped), verify its signature before parsing, check
//! city, times, version, format and app version, fetch and hash the
//! payload, validate, then apply everything in one transaction.
//!
//! Time and version have floors that no signed value can move: the device
//! clock is judged no earlier than the bundled catalog's date and the last
//! apply, and a city's first feed must be newer than its bundled data. A
//! feed that says it was issued in the future is refused outright, so a
//! leaked key cannot push a city's notion of "now" forward and make every
//! honest feed after it look expired.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};
use serde::Serialize;
use sha2::{Digest, Sha256};
use witaj_catalog::{Catalog, FeedState};
use witaj_model::CityId;

use crate::manifest::version_tuple;
use crate::source::{Expect, http_client};
use crate::{FeedError, MAX_MANIFEST_BYTES, Manifest, Payload, PublicKey, Source};

/// How long a version may run ahead of the clock (versions default to the
/// issue time in Unix seconds), to refuse a "fast-forward" to a huge version
/// that would block every later update.
const MAX_VERSION_LEAD_SECONDS: i64 = 2 * 24 * 3600;
/// How far a feed's issue time may be ahead of the device clock.
pub const MAX_CLOCK_SKEW: TimeDelta = TimeDelta::days(1);
/// The longest a feed may stay valid; `feed build` refuses longer too.
pub const MAX_VALIDITY_DAYS: i64 = 400;
/// A `.minisig` file is about 300 bytes.
pub(crate) const MAX_SIGNATURE_BYTES: u64 = 4096;

#[derive(Clone, Debug)]
pub struct SyncOptions {
    /// The one instant the whole sync is judged at (the device clock).
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

/// What the device knows about a city before it reads a feed.
#[derive(Clone, Debug, Default)]
pub struct CityState {
    /// The feed the city's data came from, if any.
    pub applied: Option<FeedState>,
    /// The version a first feed must exceed: the bundled data's (see
    /// [`Catalog::content_version`]) or a reset pinned in the directory.
    pub min_version: i64,
}

impl CityState {
    /// The instant feeds are judged at: the device clock, but never earlier
    /// than the bundled data or the last apply (a clock that runs behind
    /// cannot reopen an old feed). Only local facts count, never a signed
    /// time.
    fn reference_time(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        let bundled = DateTime::from_timestamp(self.min_version, 0).unwrap_or(now);
        let applied = self.applied.as_ref().map_or(now, |s| s.applied_at);
        now.max(bundled).max(applied)
    }

    fn version_floor(&self) -> i64 {
        self.applied
            .as_ref()
            .map_or(self.min_version, |s| s.version.max(self.min_version))
    }
}

/// A manifest whose signature verified with a pinned key.
#[derive(Clone, Debug)]
pub struct Checked {
    pub manifest: Manifest,
    /// Which pinned key signed it ([`PublicKey::id`]).
    pub key_id: String,
}

/// A verified update, ready to apply.
#[derive(Clone, Debug)]
pub struct Update {
    pub manifest: Manifest,
    pub manifest_sha256: String,
    pub key_id: String,
    pub payload: Payload,
    pub source: String,
    pub bytes_transferred: u64,
}

/// How a sync ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SyncStatus {
    /// A newer feed was verified and applied.
    Applied,
    /// The feed offered is the version already applied, and still valid.
    Current,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SyncReport {
    pub status: SyncStatus,
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
    /// Nothing to do: the same version, still valid.
    Current(SyncReport),
}

/// Checks a manifest against the pinned keys and what the device knows of
/// its city. Returns `None` when it is the version already applied.
pub fn check_manifest(
    bytes: &[u8],
    signature: &str,
    keys: &[PublicKey],
    expected_city: Option<CityId>,
    state_of: impl Fn(CityId) -> CityState,
    options: &SyncOptions,
) -> Result<Option<Checked>, FeedError> {
    // Several keys are pinned while a city rotates its key; any one will do.
    let mut verified = Err(FeedError::BadSignature {
        detail: "no key is pinned for this feed".to_owned(),
    });
    for key in keys {
        verified = key
            .verify(bytes, signature)
            .map(|comment| (key.id(), comment));
        if verified.is_ok() {
            break;
        }
    }
    let (key_id, trusted_comment) = verified?;
    let manifest = Manifest::parse(bytes)?;
    // The signed comment names what was signed, so a manifest-shaped file
    // signed by the same key for another purpose is not taken as a feed.
    let expected_comment = format!(
        "witaj feed city={} version={}",
        manifest.city, manifest.version
    );
    if trusted_comment != expected_comment {
        return Err(FeedError::BadSignature {
            detail: format!(
                "the signed comment `{}` does not name this feed",
                trusted_comment.escape_debug()
            ),
        });
    }
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
    let validity = (manifest.expires - manifest.issued).num_days();
    if validity > MAX_VALIDITY_DAYS {
        return Err(FeedError::ValidityTooLong {
            days: validity,
            limit: MAX_VALIDITY_DAYS,
        });
    }
    let state = state_of(manifest.city);
    let reference = state.reference_time(options.now);
    if manifest.issued > reference + MAX_CLOCK_SKEW {
        return Err(FeedError::NotYetValid {
            issued: manifest.issued.to_rfc3339(),
        });
    }
    if manifest.expires <= reference {
        return Err(FeedError::Expired {
            expires: manifest.expires.to_rfc3339(),
        });
    }
    let floor = state.version_floor();
    let limit = floor
        .max(reference.timestamp())
        .saturating_add(MAX_VERSION_LEAD_SECONDS);
    if manifest.version > limit {
        return Err(FeedError::FastForward {
            offered: manifest.version,
            limit,
        });
    }
    let applied = state.applied.as_ref().map(|s| s.version);
    if applied == Some(manifest.version) {
        return Ok(None);
    }
    if manifest.version <= floor {
        return Err(FeedError::Rollback {
            offered: manifest.version,
            current: floor,
        });
    }
    Ok(Some(Checked { manifest, key_id }))
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
/// `states` says what the device knows of each city.
pub async fn fetch_update(
    source: &Source,
    keys: &[PublicKey],
    expected_city: Option<CityId>,
    states: &[(CityId, CityState)],
    options: &SyncOptions,
) -> Result<Outcome, FeedError> {
    let client = http_client(options.connect_timeout);
    let fetch = |name: String, cap: u64, expect: Expect| {
        let client = &client;
        async move {
            with_retries(options, || {
                source.fetch(client, &name, cap, options.request_timeout, expect)
            })
            .await
        }
    };
    let manifest_bytes =
        fetch("manifest.json".to_owned(), MAX_MANIFEST_BYTES, Expect::Json).await?;
    let signature = fetch(
        "manifest.json.minisig".to_owned(),
        MAX_SIGNATURE_BYTES,
        Expect::Bytes,
    )
    .await?;
    let signature = String::from_utf8(signature).map_err(|e| FeedError::BadSignature {
        detail: e.to_string(),
    })?;
    let mut transferred = manifest_bytes.len() as u64 + signature.len() as u64;
    let state_of = |city: CityId| {
        states
            .iter()
            .find(|(c, _)| *c == city)
            .map(|(_, state)| state.clone())
            .unwrap_or_default()
    };
    let Some(Checked { manifest, key_id }) = check_manifest(
        &manifest_bytes,
        &signature,
        keys,
        expected_city,
        state_of,
        options,
    )?
    else {
        let manifest = Manifest::parse(&manifest_bytes)?;
        let version = state_of(manifest.city).applied.map(|s| s.version);
        return Ok(Outcome::Current(SyncReport {
            status: SyncStatus::Current,
            city: Some(manifest.city),
            version,
            previous_version: version,
            services: None,
            bytes_transferred: transferred,
        }));
    };
    let file = manifest.files[0].clone();
    let bytes = fetch(file.name.clone(), file.size, Expect::Bytes).await?;
    transferred += bytes.len() as u64;
    let (city, issued) = (manifest.city, manifest.issued.date_naive());
    // Inflating, decoding and validating megabytes is CPU work: off the
    // async runtime.
    let payload = tokio::task::spawn_blocking(move || Payload::check(&file, &bytes, city, issued))
        .await
        .map_err(|e| FeedError::MalformedPayload {
            name: "payload".to_owned(),
            detail: e.to_string(),
        })??;
    Ok(Outcome::Update(Box::new(Update {
        manifest_sha256: sha256_hex(&manifest_bytes),
        manifest,
        key_id,
        payload,
        source: source.label(),
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
    let writer = catalog.writer()?;
    let previous = writer.feed_version(city)?;
    if let Some(applied) = previous
        && applied >= update.manifest.version
    {
        return Err(FeedError::Rollback {
            offered: update.manifest.version,
            current: applied,
        });
    }
    writer.replace_city(city, &update.payload.services)?;
    writer.replace_city_guides(city, &update.payload.owned_guides())?;
    writer.replace_notices(Some(city), &update.payload.owned_notices())?;
    writer.set_feed_state(&FeedState {
        city,
        version: update.manifest.version,
        issued: update.manifest.issued,
        expires: update.manifest.expires,
        applied_at: now,
        manifest_sha256: update.manifest_sha256.clone(),
        source: update.source.clone(),
        key_id: update.key_id.clone(),
    })?;
    writer.commit()?;
    Ok(SyncReport {
        status: SyncStatus::Applied,
        city: Some(city),
        version: Some(update.manifest.version),
        previous_version: previous,
        services: Some(update.payload.services.len()),
        bytes_transferred: update.bytes_transferred,
    })
}

/// What `catalog` knows of every city: its applied feed, and as the floor
/// for a first feed the catalog's bundled data or a reset pinned for the
/// city (`directory_floor`).
pub fn city_states(
    catalog: &Catalog,
    directory_floor: impl Fn(CityId) -> i64,
) -> Result<Vec<(CityId, CityState)>, FeedError> {
    let bundled = catalog.content_version()?.unwrap_or(0);
    CityId::ALL
        .into_iter()
        .map(|city| {
            Ok((
                city,
                CityState {
                    applied: catalog.feed_state(city)?,
                    min_version: bundled.max(directory_floor(city)),
                },
            ))
        })
        .collect()
}

/// Fetches, verifies and applies: the whole sync for one source.
pub async fn sync(
    catalog: &mut Catalog,
    source: &Source,
    keys: &[PublicKey],
    expected_city: Option<CityId>,
    options: &SyncOptions,
) -> Result<SyncReport, FeedError> {
    let states = city_states(catalog, |_| 0)?;
    match fetch_update(source, keys, expected_city, &states, options).await? {
        Outcome::Current(report) => Ok(report),
        Outcome::Update(update) => apply(catalog, &update, options.now),
    }
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
/// read the feed states and to apply, never while waiting on the network,
/// and database work runs on a blocking thread.
pub async fn sync_shared(
    catalog: &Arc<Mutex<Catalog>>,
    source: &Source,
    city: CityId,
    directory: &crate::Directory,
    options: &SyncOptions,
    on_stage: impl Fn(Stage),
) -> Result<SyncReport, FeedError> {
    let keys = directory
        .city(city)
        .map(|feed| feed.keys.clone())
        .unwrap_or_default();
    on_stage(Stage::Checking);
    let floors = directory.clone();
    let states = blocking(catalog, move |catalog| {
        city_states(catalog, |c| floors.min_version(c))
    })
    .await?;
    match fetch_update(source, &keys, Some(city), &states, options).await? {
        Outcome::Current(report) => Ok(report),
        Outcome::Update(update) => {
            on_stage(Stage::Applying);
            let now = options.now;
            blocking(catalog, move |catalog| apply(catalog, &update, now)).await
        }
    }
}

/// Runs `work` on the shared catalog on a blocking thread.
async fn blocking<T: Send + 'static>(
    catalog: &Arc<Mutex<Catalog>>,
    work: impl FnOnce(&mut Catalog) -> Result<T, FeedError> + Send + 'static,
) -> Result<T, FeedError> {
    let catalog = Arc::clone(catalog);
    tokio::task::spawn_blocking(move || {
        let mut catalog = catalog
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        work(&mut catalog)
    })
    .await
    .map_err(|e| FeedError::Io {
        action: "apply",
        path: "catalog".into(),
        source: std::io::Error::other(e.to_string()),
    })?
}

/// Imports a feed folder (a USB stick) for whichever trusted city signed it.
pub async fn import_folder(
    catalog: &Arc<Mutex<Catalog>>,
    folder: &std::path::Path,
    directory: &crate::Directory,
    options: &SyncOptions,
) -> Result<SyncReport, FeedError> {
    let source = Source::Dir(folder.to_owned());
    let mut last = FeedError::BadSignature {
        detail: "no city key is pinned in this app".to_owned(),
    };
    for (city, _) in directory.trusted() {
        match sync_shared(catalog, &source, city, directory, options, |_| {}).await {
            Err(error @ (FeedError::BadSignature { .. } | FeedError::WrongCity { .. })) => {
                last = error
            }
            result => return result,
        }
    }
    Err(last)
}
