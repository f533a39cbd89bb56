//! What a leaked key, a replayed old feed or a wrong device clock can do,
//! and the floors that stop it: no signed value moves a city's "now", a
//! city's first feed must be newer than its bundled data, and unpinning a
//! key undoes what it signed.

mod common;

use std::path::Path;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use common::{CITY, catalog, keys, now, options, runtime, services};
use witaj_feed::{BuildOptions, Directory, FeedError, Manifest, Source, SyncOptions, SyncStatus};
use witaj_model::CityId;

fn build_at(
    keys: &common::Keys,
    dir: &Path,
    version: i64,
    issued: DateTime<Utc>,
    days: i64,
) -> Result<witaj_feed::BuildReport, FeedError> {
    witaj_feed::build_feed(
        services("A", 3),
        Vec::new(),
        Vec::new(),
        &keys.secret,
        dir,
        &BuildOptions {
            city: CITY,
            version: Some(version),
            issued,
            expires_in_days: days,
            min_app: "0.1.0".to_owned(),
        },
    )
}

fn sync_with(
    db: &Path,
    dir: &Path,
    keys: &common::Keys,
    options: &SyncOptions,
) -> Result<witaj_feed::SyncReport, FeedError> {
    let mut catalog = catalog(db);
    runtime().block_on(witaj_feed::sync(
        &mut catalog,
        &Source::Dir(dir.to_owned()),
        std::slice::from_ref(&keys.public),
        Some(CITY),
        options,
    ))
}

/// Rewrites a built feed's manifest with `change` and signs it again with
/// `comment`, as a key holder (or a thief of the key) could.
fn resign(
    keys: &common::Keys,
    dir: &Path,
    change: impl Fn(&mut Manifest),
    comment: impl Fn(&Manifest) -> String,
) {
    let bytes = std::fs::read(dir.join("manifest.json")).expect("manifest");
    let mut manifest = Manifest::parse(&bytes).expect("parses");
    change(&mut manifest);
    let bytes = manifest.to_bytes();
    let signature = keys
        .secret
        .sign(&bytes, &comment(&manifest))
        .expect("signs");
    std::fs::write(dir.join("manifest.json"), &bytes).expect("write");
    std::fs::write(dir.join("manifest.json.minisig"), signature).expect("write");
}

/// The city's services are the bundled ones (and there are some).
fn assert_bundled(catalog: &witaj_catalog::Catalog) {
    let names: Vec<String> = catalog
        .services(Some(CITY))
        .expect("services")
        .iter()
        .map(|s| s.name.get(witaj_model::Locale::Pl).to_owned())
        .collect();
    assert!(
        !names.is_empty() && names.iter().all(|n| n.starts_with("Bundled")),
        "{names:?}"
    );
}

fn feed_comment(manifest: &Manifest) -> String {
    format!(
        "witaj feed city={} version={}",
        manifest.city, manifest.version
    )
}

#[test]
fn an_issue_time_far_ahead_cannot_freeze_a_city() {
    let keys = keys();
    let db = tempfile::tempdir().expect("temp");
    let db = db.path().join("catalog.sqlite");
    let poison = tempfile::tempdir().expect("temp");
    build_at(&keys, poison.path(), now().timestamp() + 1000, now(), 30).expect("builds");
    resign(
        &keys,
        poison.path(),
        |m| {
            m.issued = "9999-01-01T00:00:00Z".parse().expect("instant");
            m.expires = "9999-06-01T00:00:00Z".parse().expect("instant");
        },
        feed_comment,
    );
    let refused = sync_with(&db, poison.path(), &keys, &options()).expect_err("issued far ahead");
    assert_eq!(refused.code(), "not-yet-valid");
    assert_eq!(
        catalog(&db).feed_state(CITY).expect("state"),
        None,
        "nothing of it is remembered"
    );

    let honest = tempfile::tempdir().expect("temp");
    build_at(&keys, honest.path(), now().timestamp() + 100_000, now(), 90).expect("builds");
    let report = sync_with(&db, honest.path(), &keys, &options()).expect("an honest feed applies");
    assert_eq!(report.status, SyncStatus::Applied);
}

#[test]
fn a_feed_valid_for_more_than_400_days_is_refused() {
    let keys = keys();
    let feed = tempfile::tempdir().expect("temp");
    let built = build_at(&keys, feed.path(), now().timestamp(), now(), 36_500);
    assert_eq!(
        built.expect_err("feed build refuses it").code(),
        "validity-too-long"
    );

    build_at(&keys, feed.path(), now().timestamp(), now(), 30).expect("builds");
    resign(
        &keys,
        feed.path(),
        |m| m.expires = m.issued + Duration::days(36_500),
        feed_comment,
    );
    let db = tempfile::tempdir().expect("temp");
    let refused = sync_with(&db.path().join("c.sqlite"), feed.path(), &keys, &options())
        .expect_err("a century of validity");
    assert_eq!(refused.code(), "validity-too-long");
}

#[test]
fn the_signed_comment_must_name_the_feed() {
    let keys = keys();
    let feed = tempfile::tempdir().expect("temp");
    build_at(&keys, feed.path(), now().timestamp(), now(), 30).expect("builds");
    resign(
        &keys,
        feed.path(),
        |_| {},
        |_| "release notes 1.2".to_owned(),
    );
    let db = tempfile::tempdir().expect("temp");
    let refused = sync_with(&db.path().join("c.sqlite"), feed.path(), &keys, &options())
        .expect_err("signed for another purpose");
    assert_eq!(refused.code(), "bad-signature");
}

/// A catalog holding bundled data verified on `day`.
fn bundled_catalog(db: &Path, day: NaiveDate) {
    let mut bundle = services("Bundled", 2);
    for service in &mut bundle {
        service.last_verified = day;
    }
    catalog(db)
        .replace_cities(&CityId::ALL, &bundle, &[], &[])
        .expect("bundle written");
}

#[test]
fn a_first_feed_older_than_the_bundled_data_is_refused() {
    let keys = keys();
    let bundled_on = now().date_naive();
    let dir = tempfile::tempdir().expect("temp");
    let db = dir.path().join("c.sqlite");
    bundled_catalog(&db, bundled_on);

    // A clock a year behind does not reopen a feed that expired before the
    // bundle was made.
    let old = tempfile::tempdir().expect("temp");
    let issued = now() - Duration::days(200);
    build_at(&keys, old.path(), issued.timestamp(), issued, 100).expect("builds");
    let mut behind = options();
    behind.now = now() - Duration::days(365);
    let refused = sync_with(&db, old.path(), &keys, &behind).expect_err("an old, expired feed");
    assert_eq!(refused.code(), "expired");

    // A feed still valid but older than the bundled data is older data.
    let stale = tempfile::tempdir().expect("temp");
    let issued = now() - Duration::days(10);
    build_at(&keys, stale.path(), issued.timestamp(), issued, 90).expect("builds");
    let refused =
        sync_with(&db, stale.path(), &keys, &options()).expect_err("older than the bundle");
    assert_eq!(refused.code(), "rollback");
    assert_bundled(&catalog(&db));
}

#[test]
fn a_guide_that_is_bundled_and_published_by_its_city_breaks_neither_side() {
    let keys = keys();
    let dir = tempfile::tempdir().expect("temp");
    let db = dir.path().join("c.sqlite");
    let guide = witaj_testkit::guide("krakow-x");
    catalog(&db)
        .replace_cities(&CityId::ALL, &[], std::slice::from_ref(&guide), &[])
        .expect("bundled seed");
    let feed = tempfile::tempdir().expect("temp");
    witaj_feed::build_feed(
        services("A", 3),
        vec![guide.clone()],
        Vec::new(),
        &keys.secret,
        feed.path(),
        &BuildOptions {
            city: CITY,
            version: None,
            issued: now(),
            expires_in_days: 30,
            min_app: "0.1.0".to_owned(),
        },
    )
    .expect("builds");
    let report = sync_with(&db, feed.path(), &keys, &options()).expect("applies");
    assert_eq!(report.status, SyncStatus::Applied);
    catalog(&db)
        .replace_cities(&[], &[], std::slice::from_ref(&guide), &[])
        .expect("the next start reseeds");
}

#[test]
fn a_city_guide_reaches_only_its_city() {
    let dir = tempfile::tempdir().expect("temp");
    let db = dir.path().join("c.sqlite");
    let guides = [
        witaj_testkit::guide("pesel"),
        witaj_testkit::guide("krakow-x"),
    ];
    catalog(&db)
        .replace_cities(&CityId::ALL, &[], &guides, &[])
        .expect("written");
    let catalog = catalog(&db);
    let ids = |city| -> Vec<String> {
        catalog
            .guides(Some(city))
            .expect("guides")
            .into_iter()
            .map(|g| g.id)
            .collect()
    };
    assert_eq!(ids(CityId::Krakow), ["krakow-x", "pesel"]);
    assert_eq!(ids(CityId::Warszawa), ["pesel"]);
    assert_eq!(
        catalog
            .guide("krakow-x", Some(CityId::Warszawa))
            .expect("read"),
        None
    );
    let found = catalog
        .search_guides("przewodnik", Some(CityId::Warszawa), 10)
        .expect("search");
    assert!(found.iter().all(|g| g.city.is_none()), "{found:?}");
}

fn directory(keys: Option<&common::Keys>) -> Directory {
    let line = keys.map(|keys| {
        let text = std::fs::read_to_string(keys.dir.path().join("feed.pub")).expect("pub");
        text.lines().nth(1).expect("key line").to_owned()
    });
    let toml = match line {
        Some(line) => format!("[krakow]\nkeys = [\"{line}\"]\n"),
        None => String::new(),
    };
    Directory::parse(&toml).expect("directory")
}

#[test]
fn unpinning_a_key_reseeds_its_city() {
    let keys = keys();
    let dir = tempfile::tempdir().expect("temp");
    let db = dir.path().join("c.sqlite");
    let bundle = services("Bundled", 2);
    let seed = |directory: Directory| {
        witaj_feed::seed_bundle(&mut catalog(&db), &bundle, &[], &[], "v1", &directory)
    };
    let seeded = seed(directory(Some(&keys))).expect("seeds");
    assert_eq!(seeded.seeded.len(), 12);
    let feed = tempfile::tempdir().expect("temp");
    build_at(&keys, feed.path(), now().timestamp(), now(), 30).expect("builds");
    sync_with(&db, feed.path(), &keys, &options()).expect("applies");

    let same = seed(directory(Some(&keys))).expect("nothing to do");
    assert_eq!(
        same,
        witaj_feed::SeedReport::default(),
        "a trusted feed is kept"
    );

    let report = seed(directory(None)).expect("reseeds");
    assert_eq!(report.distrusted, [CITY]);
    let catalog = catalog(&db);
    assert_eq!(catalog.feed_state(CITY).expect("state"), None);
    assert_bundled(&catalog);
}

#[test]
fn a_city_feed_carries_its_notices() {
    let keys = keys();
    let dir = tempfile::tempdir().expect("temp");
    let db = dir.path().join("c.sqlite");
    let today = now().date_naive();
    let notice = witaj_model::Notice {
        id: "krakow-office-closed".to_owned(),
        city: None,
        valid_from: today - Duration::days(1),
        valid_until: today + Duration::days(10),
        severity: witaj_model::Severity::Urgent,
        link: Some("https://www.krakow.pl/".to_owned()),
        title: witaj_testkit::text("Urząd zamknięty"),
        body: witaj_testkit::text("Urząd jest zamknięty do piątku."),
        source_url: "https://www.krakow.pl/".to_owned(),
        last_verified: today - Duration::days(1),
        machine_translated: Vec::new(),
    };
    let feed = tempfile::tempdir().expect("temp");
    witaj_feed::build_feed(
        services("A", 2),
        Vec::new(),
        vec![notice],
        &keys.secret,
        feed.path(),
        &BuildOptions {
            city: CITY,
            version: None,
            issued: now(),
            expires_in_days: 30,
            min_app: "0.1.0".to_owned(),
        },
    )
    .expect("builds");
    sync_with(&db, feed.path(), &keys, &options()).expect("applies");
    let catalog = catalog(&db);
    let ids = |city, day| -> Vec<String> {
        catalog
            .notices(Some(city), day)
            .expect("notices")
            .into_iter()
            .map(|n| n.id)
            .collect()
    };
    assert_eq!(ids(CityId::Krakow, today), ["krakow-office-closed"]);
    assert!(
        ids(CityId::Warszawa, today).is_empty(),
        "another city's notice"
    );
    assert!(
        ids(CityId::Krakow, today + Duration::days(11)).is_empty(),
        "expired"
    );
}

#[test]
fn a_feed_larger_than_a_real_city_is_refused() {
    let payload = witaj_feed::Payload {
        city: CITY,
        services: services("Many", witaj_feed::MAX_SERVICES + 1),
        guides: Vec::new(),
        notices: Vec::new(),
    };
    let refused = payload
        .validate(CITY, now().date_naive())
        .expect_err("more services than any city has");
    assert_eq!(refused.code(), "too-large");
}
