//! Shared fixtures: a throwaway signing key, generated services, feed
//! folders built by the real publisher, and catalogs to sync into.
#![allow(dead_code, unreachable_pub)]

use std::path::{Path, PathBuf};

use chrono::{DateTime, Duration, NaiveDate, Utc};
use witaj_catalog::{Catalog, CategoryTerms};
use witaj_feed::{BuildOptions, PublicKey, SecretKey, SyncOptions};
use witaj_model::{Category, CityId, Locale, LocalizedText, Organization, Service, ServiceStatus};

pub const CITY: CityId = CityId::Krakow;

pub fn now() -> DateTime<Utc> {
    "2026-11-26T10:00:00Z".parse().expect("valid instant")
}

pub struct Keys {
    pub dir: tempfile::TempDir,
    pub secret: SecretKey,
    pub public: PublicKey,
}

pub fn keys() -> Keys {
    let dir = tempfile::tempdir().expect("temp dir");
    witaj_feed::generate_keys(dir.path(), None).expect("keys generate");
    let secret =
        SecretKey::from_file(&dir.path().join("feed.key"), None).expect("secret key loads");
    let public = PublicKey::from_file(&dir.path().join("feed.pub")).expect("public key loads");
    Keys {
        dir,
        secret,
        public,
    }
}

/// `count` services whose names all start with `label`, so a reader can
/// tell which version it is looking at.
pub fn services(label: &str, count: usize) -> Vec<Service> {
    (0..count)
        .map(|i| Service {
            id: format!("{CITY}-gen-{i}"),
            city: CITY,
            category: Category::ALL[i % Category::ALL.len()],
            status: ServiceStatus::Active,
            organization: Organization {
                name: LocalizedText::new().with(Locale::Pl, "Gmina Miejska Kraków"),
                website: None,
            },
            name: LocalizedText::new()
                .with(Locale::Pl, format!("{label} punkt {i}"))
                .with(Locale::En, format!("{label} point {i}"))
                .with(Locale::Uk, format!("{label} пункт {i}")),
            description: LocalizedText::new().with(
                Locale::Pl,
                format!("Opis usługi numer {i} w wersji {label}."),
            ),
            application_process: LocalizedText::new(),
            fees: LocalizedText::new(),
            keywords: Vec::new(),
            website: Some("https://www.krakow.pl/".to_owned()),
            email: None,
            free: Some(true),
            opening_hours: Some("Mo-Fr 08:00-16:00; PH off".to_owned()),
            languages: vec!["pl".to_owned()],
            location: None,
            phones: Vec::new(),
            documents: Vec::new(),
            source_url: "https://www.krakow.pl/".to_owned(),
            last_verified: NaiveDate::from_ymd_opt(2026, 1, 1).expect("valid"),
            verification: witaj_model::Verification::Drafted,
            appointment: None,
            booking_url: None,
            allow_http: false,
            machine_translated: vec![Locale::En],
        })
        .collect()
}

pub fn build(keys: &Keys, dir: &Path, label: &str, count: usize, version: i64) {
    let options = BuildOptions {
        city: CITY,
        version: Some(version),
        issued: now() - Duration::hours(1),
        expires_in_days: 30,
        min_app: "0.1.0".to_owned(),
    };
    witaj_feed::build_feed(
        services(label, count),
        Vec::new(),
        Vec::new(),
        &keys.secret,
        dir,
        &options,
    )
    .expect("feed builds");
}

pub fn catalog(path: &Path) -> Catalog {
    Catalog::open(path, CategoryTerms::default()).expect("catalog opens")
}

pub fn options() -> SyncOptions {
    let mut options = SyncOptions::new(now());
    options.request_timeout = std::time::Duration::from_secs(2);
    options.connect_timeout = std::time::Duration::from_secs(2);
    options.backoff = std::time::Duration::from_millis(20);
    options.retries = 2;
    options
}

pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
}

pub fn payload_file(dir: &Path) -> PathBuf {
    std::fs::read_dir(dir)
        .expect("feed dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.to_string_lossy().ends_with(".json.gz"))
        .expect("a payload file")
}
