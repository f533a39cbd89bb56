//! A feed that was changed by anyone but the key holder is refused, and the
//! catalog stays as it was.

mod common;

use std::path::Path;

use chrono::Duration;
use common::{CITY, build, catalog, keys, now, options, payload_file, runtime};
use witaj_feed::{
    BuildOptions, CityState, FeedError, Source, SyncStatus, check_manifest, content_hash,
};
use witaj_model::CityId;

fn sync_dir(
    db: &Path,
    dir: &Path,
    key: &witaj_feed::PublicKey,
) -> Result<witaj_feed::SyncReport, FeedError> {
    let mut catalog = catalog(db);
    runtime().block_on(witaj_feed::sync(
        &mut catalog,
        &Source::Dir(dir.to_owned()),
        std::slice::from_ref(key),
        None,
        &options(),
    ))
}

fn hash(db: &Path) -> String {
    content_hash(&catalog(db), CITY).expect("hash")
}

#[test]
fn every_flipped_manifest_byte_is_rejected() {
    let keys = keys();
    let feed = tempfile::tempdir().expect("temp");
    build(&keys, feed.path(), "A", 3, 10);
    let manifest = std::fs::read(feed.path().join("manifest.json")).expect("manifest");
    let signature =
        std::fs::read_to_string(feed.path().join("manifest.json.minisig")).expect("signature");
    let options = options();
    assert!(
        check_manifest(
            &manifest,
            &signature,
            std::slice::from_ref(&keys.public),
            None,
            |_| CityState::default(),
            &options
        )
        .expect("the original verifies")
        .is_some()
    );
    let mut cases = 0;
    for position in 0..manifest.len() {
        for mask in [0x01u8, 0x80, 0xff] {
            let mut tampered = manifest.clone();
            tampered[position] ^= mask;
            let result = check_manifest(
                &tampered,
                &signature,
                std::slice::from_ref(&keys.public),
                None,
                |_| CityState::default(),
                &options,
            );
            assert!(
                matches!(result, Err(FeedError::BadSignature { .. })),
                "byte {position} ^ {mask:#x} was accepted"
            );
            cases += 1;
        }
    }
    let lines: Vec<&str> = signature.lines().collect();
    for (line, text) in lines.iter().enumerate() {
        for position in 0..text.len() {
            let mut bytes = text.as_bytes().to_vec();
            bytes[position] = if bytes[position] == b'A' { b'B' } else { b'A' };
            let Ok(mutated) = String::from_utf8(bytes) else {
                continue;
            };
            let mut all = lines.clone();
            all[line] = &mutated;
            let tampered = all.join("\n");
            if tampered == signature.trim_end() {
                continue;
            }
            // The untrusted comment (line 0) is not signed; everything else is.
            let result = check_manifest(
                &manifest,
                &tampered,
                std::slice::from_ref(&keys.public),
                None,
                |_| CityState::default(),
                &options,
            );
            if line == 0 {
                assert!(result.is_ok(), "the untrusted comment is not signed");
            } else {
                assert!(
                    result.is_err(),
                    "signature line {line} byte {position} was accepted"
                );
                cases += 1;
            }
        }
    }
    println!("{cases} tampered manifests and signatures rejected");
}

#[test]
fn wrong_key_truncated_or_missing_signature() {
    let keys = keys();
    let other = common::keys();
    let feed = tempfile::tempdir().expect("temp");
    build(&keys, feed.path(), "A", 3, 10);
    let db = tempfile::tempdir().expect("temp");
    let db = db.path().join("catalog.sqlite");
    let before = hash(&db);
    let check = |result: Result<witaj_feed::SyncReport, FeedError>, code: &str| {
        let error = result.expect_err("must be rejected");
        assert_eq!(error.code(), code, "{error}");
    };
    check(sync_dir(&db, feed.path(), &other.public), "bad-signature");
    let signature = feed.path().join("manifest.json.minisig");
    let text = std::fs::read_to_string(&signature).expect("read");
    std::fs::write(&signature, &text[..text.len() / 2]).expect("write");
    check(sync_dir(&db, feed.path(), &keys.public), "bad-signature");
    std::fs::remove_file(&signature).expect("remove");
    check(sync_dir(&db, feed.path(), &keys.public), "io");
    assert_eq!(hash(&db), before, "the catalog is untouched");
}

#[test]
fn mutated_payloads_are_rejected_and_nothing_changes() {
    let keys = keys();
    let feed = tempfile::tempdir().expect("temp");
    build(&keys, feed.path(), "A", 20, 10);
    let db = tempfile::tempdir().expect("temp");
    let db = db.path().join("catalog.sqlite");
    let before = hash(&db);
    let payload = payload_file(feed.path());
    let original = std::fs::read(&payload).expect("payload");
    let step = (original.len() / 150).max(1);
    let mut cases = 0;
    for position in (0..original.len()).step_by(step) {
        let mut mutated = original.clone();
        mutated[position] ^= 0x20;
        std::fs::write(&payload, &mutated).expect("write");
        let error = sync_dir(&db, feed.path(), &keys.public).expect_err("mutated payload");
        assert_eq!(error.code(), "payload-mismatch", "{error}");
        cases += 1;
    }
    for cut in [1, original.len() / 2, original.len() - 1] {
        std::fs::write(&payload, &original[..cut]).expect("write");
        let error = sync_dir(&db, feed.path(), &keys.public).expect_err("truncated payload");
        assert_eq!(error.code(), "truncated", "{error}");
        cases += 1;
    }
    let mut longer = original.clone();
    longer.extend_from_slice(b"more");
    std::fs::write(&payload, &longer).expect("write");
    assert_eq!(
        sync_dir(&db, feed.path(), &keys.public)
            .expect_err("extended")
            .code(),
        "too-large"
    );
    println!("{cases} mutated payloads rejected");
    assert_eq!(hash(&db), before);
    std::fs::write(&payload, &original).expect("restore");
    assert_eq!(
        sync_dir(&db, feed.path(), &keys.public)
            .expect("the intact feed applies")
            .status,
        SyncStatus::Applied
    );
}

#[test]
fn mix_and_match_rollback_replay_and_fast_forward() {
    let keys = keys();
    let (old, new) = (
        tempfile::tempdir().expect("temp"),
        tempfile::tempdir().expect("temp"),
    );
    build(&keys, old.path(), "Old", 5, 100);
    build(&keys, new.path(), "New", 5, 200);
    let db = tempfile::tempdir().expect("temp");
    let db = db.path().join("catalog.sqlite");

    // An old payload under the new manifest's name.
    let mixed = tempfile::tempdir().expect("temp");
    for name in ["manifest.json", "manifest.json.minisig"] {
        std::fs::copy(new.path().join(name), mixed.path().join(name)).expect("copy");
    }
    std::fs::copy(
        payload_file(old.path()),
        mixed
            .path()
            .join(payload_file(new.path()).file_name().expect("name")),
    )
    .expect("copy");
    let error = sync_dir(&db, mixed.path(), &keys.public).expect_err("mix-and-match");
    assert!(
        matches!(error.code(), "payload-mismatch" | "truncated"),
        "{error}"
    );

    assert_eq!(
        sync_dir(&db, new.path(), &keys.public)
            .expect("v200 applies")
            .status,
        SyncStatus::Applied
    );
    let after_new = hash(&db);
    assert_eq!(
        sync_dir(&db, new.path(), &keys.public)
            .expect("replay")
            .status,
        SyncStatus::Current
    );
    assert_eq!(
        sync_dir(&db, old.path(), &keys.public)
            .expect_err("rollback")
            .code(),
        "rollback"
    );
    assert_eq!(hash(&db), after_new);

    let huge = tempfile::tempdir().expect("temp");
    build(&keys, huge.path(), "Huge", 5, i64::MAX);
    assert_eq!(
        sync_dir(&db, huge.path(), &keys.public)
            .expect_err("fast-forward")
            .code(),
        "fast-forward"
    );
    assert_eq!(hash(&db), after_new);
}

fn build_with(keys: &common::Keys, dir: &Path, options: BuildOptions) {
    witaj_feed::build_feed(
        common::services("X", 3),
        Vec::new(),
        Vec::new(),
        &keys.secret,
        dir,
        &options,
    )
    .expect("builds");
}

#[test]
fn expired_wrong_city_and_too_new_app() {
    let keys = keys();
    let db = tempfile::tempdir().expect("temp");
    let db = db.path().join("catalog.sqlite");
    let base = BuildOptions {
        city: CITY,
        version: Some(5),
        issued: now() - Duration::days(40),
        expires_in_days: 30,
        min_app: "0.1.0".to_owned(),
    };

    let expired = tempfile::tempdir().expect("temp");
    build_with(&keys, expired.path(), base.clone());
    assert_eq!(
        sync_dir(&db, expired.path(), &keys.public)
            .expect_err("expired")
            .code(),
        "expired"
    );

    let too_new = tempfile::tempdir().expect("temp");
    build_with(
        &keys,
        too_new.path(),
        BuildOptions {
            issued: now(),
            min_app: "99.0.0".to_owned(),
            ..base.clone()
        },
    );
    assert_eq!(
        sync_dir(&db, too_new.path(), &keys.public)
            .expect_err("app too old")
            .code(),
        "app-too-old"
    );

    let krakow = tempfile::tempdir().expect("temp");
    build_with(
        &keys,
        krakow.path(),
        BuildOptions {
            issued: now(),
            ..base.clone()
        },
    );
    let mut catalog = catalog(&db);
    let result = runtime().block_on(witaj_feed::sync(
        &mut catalog,
        &witaj_feed::Source::Dir(krakow.path().to_owned()),
        std::slice::from_ref(&keys.public),
        Some(CityId::Lodz),
        &options(),
    ));
    assert_eq!(result.expect_err("wrong city").code(), "wrong-city");

    // Device clock a year behind: the feed is still judged by the last issue time seen.
    let fresh = tempfile::tempdir().expect("temp");
    build_with(
        &keys,
        fresh.path(),
        BuildOptions {
            issued: now(),
            version: Some(6),
            ..base.clone()
        },
    );
    let mut behind = options();
    behind.now = now() - Duration::days(365);
    let applied = runtime().block_on(witaj_feed::sync(
        &mut catalog,
        &witaj_feed::Source::Dir(fresh.path().to_owned()),
        std::slice::from_ref(&keys.public),
        None,
        &options(),
    ));
    assert_eq!(
        applied.expect("fresh feed applies").status,
        SyncStatus::Applied
    );
    let stale = tempfile::tempdir().expect("temp");
    build_with(
        &keys,
        stale.path(),
        BuildOptions {
            issued: now() - Duration::days(200),
            version: Some(7),
            expires_in_days: 100,
            ..base
        },
    );
    let result = runtime().block_on(witaj_feed::sync(
        &mut catalog,
        &witaj_feed::Source::Dir(stale.path().to_owned()),
        std::slice::from_ref(&keys.public),
        None,
        &behind,
    ));
    assert_eq!(
        result.expect_err("expired by the last issue time").code(),
        "expired"
    );
}

#[test]
fn unsupported_format_is_refused_even_when_signed() {
    let keys = keys();
    let feed = tempfile::tempdir().expect("temp");
    build(&keys, feed.path(), "A", 3, 10);
    let text = std::fs::read_to_string(feed.path().join("manifest.json")).expect("read");
    let future = text.replace("\"format\": 1", "\"format\": 2");
    let signature = keys
        .secret
        .sign(future.as_bytes(), "future")
        .expect("signs");
    let result = check_manifest(
        future.as_bytes(),
        &signature,
        std::slice::from_ref(&keys.public),
        None,
        |_| CityState::default(),
        &options(),
    );
    assert_eq!(result.expect_err("format 2").code(), "unsupported-format");
    let traversal = text.replacen("\"name\": \"", "\"name\": \"../", 1);
    let signature = keys
        .secret
        .sign(traversal.as_bytes(), "traversal")
        .expect("signs");
    let result = check_manifest(
        traversal.as_bytes(),
        &signature,
        std::slice::from_ref(&keys.public),
        None,
        |_| CityState::default(),
        &options(),
    );
    assert_eq!(
        result.expect_err("path traversal").code(),
        "malformed-manifest"
    );
}
