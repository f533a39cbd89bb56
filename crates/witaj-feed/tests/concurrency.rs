//! Readers searching while a writer applies feed after feed never see a mix
//! of two versions: each search runs on one snapshot.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use chrono::Utc;
use common::{CITY, build, catalog, keys, options, runtime};
use witaj_catalog::SearchRequest;
use witaj_feed::{Source, SyncStatus};

const VERSIONS: i64 = 12;

fn label_of(version: i64) -> (&'static str, usize) {
    if version % 2 == 0 {
        ("Alpha", 40)
    } else {
        ("Beta", 65)
    }
}

#[test]
fn readers_never_see_a_mix_of_versions() {
    let keys = keys();
    let feeds: Vec<tempfile::TempDir> = (1..=VERSIONS)
        .map(|version| {
            let dir = tempfile::tempdir().expect("temp");
            let (label, count) = label_of(version);
            build(&keys, dir.path(), label, count, version);
            dir
        })
        .collect();
    let db_dir = tempfile::tempdir().expect("temp");
    let db = db_dir.path().join("catalog.sqlite");
    drop(catalog(&db));

    let done = Arc::new(AtomicBool::new(false));
    let checks = Arc::new(AtomicUsize::new(0));
    let readers: Vec<_> = (0..3)
        .map(|_| {
            let (db, done, checks) = (db.clone(), Arc::clone(&done), Arc::clone(&checks));
            std::thread::spawn(move || {
                let reader = catalog(&db);
                while !done.load(Ordering::SeqCst) {
                    let mut request = SearchRequest::new("", Utc::now());
                    request.city = Some(CITY);
                    request.limit = 1000;
                    let names: Vec<String> = reader
                        .search(&request)
                        .expect("search")
                        .into_iter()
                        .map(|r| r.service.name.get(witaj_model::Locale::Pl).to_owned())
                        .collect();
                    let labels: std::collections::BTreeSet<&str> =
                        names.iter().filter_map(|n| n.split(' ').next()).collect();
                    assert!(
                        labels.len() <= 1,
                        "a search saw two versions at once: {labels:?}"
                    );
                    if let Some(label) = labels.first() {
                        let expected = if *label == "Alpha" { 40 } else { 65 };
                        assert_eq!(names.len(), expected, "{label}: a partial version");
                    }
                    checks.fetch_add(1, Ordering::SeqCst);
                }
            })
        })
        .collect();

    let mut writer = catalog(&db);
    for feed in &feeds {
        let report = runtime()
            .block_on(witaj_feed::sync(
                &mut writer,
                &Source::Dir(feed.path().to_owned()),
                std::slice::from_ref(&keys.public),
                None,
                &options(),
            ))
            .expect("applies");
        assert_eq!(report.status, SyncStatus::Applied);
    }
    done.store(true, Ordering::SeqCst);
    for reader in readers {
        reader.join().expect("no reader saw a mix");
    }
    let checks = checks.load(Ordering::SeqCst);
    println!("{VERSIONS} syncs, {checks} consistent reads by 3 readers");
    assert!(checks > 0);
}
