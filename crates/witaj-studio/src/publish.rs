//! Publishing: what changed since the feed last built into the output
//! folder, and building and signing the city's feed from the saved files
//! with the steps of `witaj feed build`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, SubsecRound, Utc};
use serde::Serialize;
use witaj_content::Content;
use witaj_feed::{BuildOptions, BuildReport, FeedError, Manifest, Payload, SecretKey};
use witaj_model::{Locale, Service};

use crate::hsds::warsaw_today;
use crate::{Studio, StudioError};

/// A service added, removed or changed, named in Polish.
#[derive(Debug, PartialEq, Eq, Serialize)]
pub struct Change {
    pub id: String,
    pub name: String,
    /// The fields that differ (only for changed services).
    pub fields: Vec<String>,
}

/// The saved files compared with the feed last built into a folder.
#[derive(Debug, Serialize)]
pub struct Changes {
    /// The version of that feed; `None` when the folder holds no feed yet,
    /// so every service is new.
    pub previous_version: Option<i64>,
    pub added: Vec<Change>,
    pub removed: Vec<Change>,
    pub changed: Vec<Change>,
    pub unchanged: usize,
}

/// What "Publish" needs; the password is used once and never kept.
#[derive(Debug)]
pub struct PublishRequest {
    pub key: PathBuf,
    pub password: Option<String>,
    pub out: PathBuf,
    pub expires_in_days: i64,
}

fn io(action: &'static str, path: &Path) -> impl FnOnce(std::io::Error) -> FeedError {
    let path = path.to_owned();
    move |source| FeedError::Io {
        action,
        path,
        source,
    }
}

/// The services of the feed in `dir`, or `None` when there is no feed.
/// The folder is the publisher's own output, so its signature is not
/// checked here; `witaj feed verify` does that before upload.
fn published(dir: &Path) -> Result<Option<(i64, Vec<Service>)>, FeedError> {
    let manifest_path = dir.join("manifest.json");
    if !manifest_path.is_file() {
        return Ok(None);
    }
    let bytes = std::fs::read(&manifest_path).map_err(io("read", &manifest_path))?;
    let manifest = Manifest::parse(&bytes)?;
    let mut services = Vec::new();
    for file in &manifest.files {
        let path = dir.join(&file.name);
        let bytes = std::fs::read(&path).map_err(io("read", &path))?;
        services.extend(Payload::decode(&file.name, &bytes)?.services);
    }
    Ok(Some((manifest.version, services)))
}

fn change(service: &Service, fields: Vec<String>) -> Change {
    Change {
        id: service.id.clone(),
        name: service
            .name
            .exact(Locale::Pl)
            .unwrap_or(&service.id)
            .to_owned(),
        fields,
    }
}

/// The top-level fields of two versions of a service that differ.
fn changed_fields(old: &Service, new: &Service) -> Vec<String> {
    let as_map = |s: &Service| match serde_json::to_value(s) {
        Ok(serde_json::Value::Object(map)) => map,
        _ => serde_json::Map::new(),
    };
    let (old, new) = (as_map(old), as_map(new));
    let mut keys: Vec<&String> = old.keys().chain(new.keys()).collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .filter(|k| old.get(*k) != new.get(*k))
        .cloned()
        .collect()
}

impl Studio {
    /// What a feed built now from the saved files would change, compared
    /// with the feed in `published_dir` (the folder "Publish" writes to).
    pub fn changes(
        &self,
        published_dir: &Path,
        now: DateTime<Utc>,
    ) -> Result<Changes, StudioError> {
        let current: BTreeMap<String, Service> = self
            .publishable(now)?
            .into_iter()
            .map(|s| (s.id.clone(), s))
            .collect();
        let (previous_version, previous) = match published(published_dir)? {
            Some((version, services)) => (Some(version), services),
            None => (None, Vec::new()),
        };
        let previous: BTreeMap<String, Service> =
            previous.into_iter().map(|s| (s.id.clone(), s)).collect();
        let mut changes = Changes {
            previous_version,
            added: Vec::new(),
            removed: Vec::new(),
            changed: Vec::new(),
            unchanged: 0,
        };
        for (id, service) in &current {
            match previous.get(id) {
                None => changes.added.push(change(service, Vec::new())),
                Some(old) if old == service => changes.unchanged += 1,
                Some(old) => changes
                    .changed
                    .push(change(service, changed_fields(old, service))),
            }
        }
        changes.removed = previous
            .values()
            .filter(|s| !current.contains_key(&s.id))
            .map(|s| change(s, Vec::new()))
            .collect();
        Ok(changes)
    }

    /// The content as `witaj feed build` compiles it from the saved files:
    /// unsaved edits or any lint error stop it.
    fn saved_content(&self, now: DateTime<Utc>) -> Result<Content, StudioError> {
        let unsaved = self.unsaved();
        if unsaved > 0 {
            return Err(StudioError::Unsaved { count: unsaved });
        }
        Ok(witaj_content::load_valid(&self.root, warsaw_today(now))?.0)
    }

    /// The city's services a feed built now would carry.
    pub(crate) fn publishable(&self, now: DateTime<Utc>) -> Result<Vec<Service>, StudioError> {
        Ok(self
            .saved_content(now)?
            .services_of(self.city)
            .cloned()
            .collect())
    }

    /// Lints, compiles and signs the city's feed into `request.out`, as
    /// `witaj feed build` does (a key other users can read is refused).
    pub fn publish(
        &self,
        request: PublishRequest,
        now: DateTime<Utc>,
    ) -> Result<BuildReport, StudioError> {
        let content = self.saved_content(now)?;
        witaj_feed::check_key_permissions(&request.key)?;
        let key = SecretKey::from_file(&request.key, request.password)?;
        let options = BuildOptions {
            city: self.city,
            version: None,
            issued: now.trunc_subsecs(0),
            expires_in_days: request.expires_in_days,
            min_app: env!("CARGO_PKG_VERSION").to_owned(),
        };
        Ok(witaj_feed::build_feed(
            content.services_of(self.city).cloned().collect(),
            content.guides_of(self.city).cloned().collect(),
            content.notices_of(self.city).cloned().collect(),
            &key,
            &request.out,
            &options,
        )?)
    }
}
