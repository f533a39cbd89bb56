//! A `witaj sync` killed with SIGKILL at any moment leaves a catalog that
//! passes `PRAGMA integrity_check` and equals exactly the old or the new
//! version.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chrono::{NaiveDate, Utc};
use rand::{Rng, SeedableRng};
use witaj_catalog::{Catalog, CategoryTerms};
use witaj_feed::{BuildOptions, PublicKey, SecretKey, Source, SyncOptions};
use witaj_model::{Category, CityId, Locale, LocalizedText, Organization, Service, ServiceStatus};

const RUNS: usize = 200;

fn services(label: &str, count: usize) -> Vec<Service> {
    (0..count)
        .map(|i| Service {
            id: format!("lodz-{label}-{i}"),
            city: CityId::Lodz,
            category: Category::ALL[i % Category::ALL.len()],
            status: ServiceStatus::Active,
            organization: Organization {
                name: LocalizedText::new().with(Locale::Pl, format!("Organizacja {i}")),
                website: None,
            },
            name: LocalizedText::new()
                .with(Locale::Pl, format!("{label} {i}"))
                .with(Locale::En, format!("{label} {i}")),
            description: LocalizedText::new().with(Locale::Pl, "Opis ".repeat(40)),
            application_process: LocalizedText::new(),
            fees: LocalizedText::new(),
            keywords: Vec::new(),
            website: None,
            email: None,
            free: None,
            opening_hours: None,
            languages: vec!["pl".to_owned(), "uk".to_owned()],
            location: None,
            phones: Vec::new(),
            documents: vec![LocalizedText::new().with(Locale::Pl, "Paszport")],
            source_url: "https://uml.lodz.pl/".to_owned(),
            last_verified: NaiveDate::from_ymd_opt(2026, 11, 1).expect("valid"),
            verification: witaj_model::Verification::Drafted,
            appointment: None,
            booking_url: None,
            allow_http: false,
            machine_translated: Vec::new(),
        })
        .collect()
}

fn hash(db: &Path) -> String {
    let catalog = Catalog::open(db, CategoryTerms::default()).expect("opens");
    catalog
        .check_integrity()
        .expect("PRAGMA integrity_check is ok");
    witaj_feed::content_hash(&catalog, CityId::Lodz).expect("hash")
}

fn copy_db(from: &Path, to: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", to.display()));
    }
    std::fs::copy(from, to).expect("copy catalog");
}

#[test]
fn sigkill_during_sync_leaves_old_or_new_never_a_mix() {
    let work = tempfile::tempdir().expect("temp");
    let dir = work.path();
    witaj_feed::generate_keys(&dir.join("keys"), None).expect("keys");
    let secret = SecretKey::from_file(&dir.join("keys/feed.key"), None).expect("secret");
    let public = PublicKey::from_file(&dir.join("keys/feed.pub")).expect("public");
    let build = |label: &str, count, version, out: &Path| {
        let options = BuildOptions {
            city: CityId::Lodz,
            version: Some(version),
            issued: Utc::now(),
            expires_in_days: 30,
            min_app: "0.1.0".to_owned(),
        };
        witaj_feed::build_feed(
            services(label, count),
            Vec::new(),
            Vec::new(),
            &secret,
            out,
            &options,
        )
        .expect("builds");
    };
    build("old", 1500, 1, &dir.join("old"));
    build("new", 2500, 2, &dir.join("new"));

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let base = dir.join("base.sqlite");
    {
        let mut catalog = Catalog::open(&base, CategoryTerms::default()).expect("opens");
        runtime
            .block_on(witaj_feed::sync(
                &mut catalog,
                &Source::Dir(dir.join("old")),
                std::slice::from_ref(&public),
                None,
                &SyncOptions::new(Utc::now()),
            ))
            .expect("old applies");
    }
    let old_hash = hash(&base);
    let run = dir.join("run.sqlite");
    let witaj = |db: &Path| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_witaj"));
        command
            .args([
                "sync",
                "--db",
                &db.display().to_string(),
                "--feed",
                &dir.join("new").display().to_string(),
            ])
            .args(["--pubkey", &dir.join("keys/feed.pub").display().to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        command
    };

    copy_db(&base, &run);
    let started = Instant::now();
    assert!(witaj(&run).status().expect("runs").success());
    let full = started.elapsed();
    let new_hash = hash(&run);
    assert_ne!(old_hash, new_hash);

    let mut rng = rand::rngs::StdRng::seed_from_u64(2026);
    let (mut old, mut new) = (0, 0);
    for attempt in 0..RUNS {
        copy_db(&base, &run);
        let mut child = witaj(&run).spawn().expect("spawns");
        // Up to twice a measured run: a loaded machine runs later syncs
        // slower, and some kills must still land after the commit.
        let delay = rng.random_range(0..2 * full.as_micros() as u64 + 1);
        std::thread::sleep(Duration::from_micros(delay));
        let _ = child.kill();
        let _ = child.wait();
        let after = hash(&run);
        if after == old_hash {
            old += 1;
        } else if after == new_hash {
            new += 1;
        } else {
            panic!(
                "run {attempt}: killed after {delay} µs, the catalog is neither the old nor the new version"
            );
        }
    }
    println!(
        "{RUNS} SIGKILLed syncs (a full sync takes {full:?}): {old} left the old version, {new} the new one, 0 a mix"
    );
    assert!(
        old > 0 && new > 0,
        "kills landed both before and after the commit ({old} old, {new} new)"
    );
}
