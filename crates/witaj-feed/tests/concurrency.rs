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
    let mut writer = catalog(&db);
    let apply = |writer: &mut witaj_catalog::Catalog, feed: &tempfile::TempDir| {
        let report = runtime()
            .block_on(witaj_feed::sync(
                writer,
                &Source::Dir(feed.path().to_owned()),
                std::slice::from_ref(&keys.public),
                None,
                &options(),
            ))
            .expect("applies");
        assert_eq!(report.status, SyncStatus::Applied);
    };
    // The city has data before anyone reads: from then on no reader may
    // ever see it empty.
    apply(&mut writer, &feeds[0]);

    let done = Arc::new(AtomicBool::new(false));
    // Reads that saw each version: [Alpha, Beta].
    let seen = Arc::new([AtomicUsize::new(0), AtomicUsize::new(0)]);
    let readers: Vec<_> = (0..3)
        .map(|_| {
            let (db, done, seen) = (db.clone(), Arc::clone(&done), Arc::clone(&seen));
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
                    assert_eq!(
                        labels.len(),
                        1,
                        "a search saw no version or two at once: {labels:?}"
                    );
                    let label = labels.first().copied().unwrap_or_default();
                    let (index, expected) = if label == "Alpha" { (0, 40) } else { (1, 65) };
                    assert_eq!(names.len(), expected, "{label}: a partial version");
                    seen[index].fetch_add(1, Ordering::SeqCst);
                }
            })
        })
        .collect();

    for (version, feed) in (1..=VERSIONS).zip(&feeds).skip(1) {
        let index = usize::from(label_of(version).0 == "Beta");
        let before = seen[index].load(Ordering::SeqCst);
        apply(&mut writer, feed);
        // Let the readers see this version before the next one replaces it.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while seen[index].load(Ordering::SeqCst) == before && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    }
    done.store(true, Ordering::SeqCst);
    for reader in readers {
        reader.join().expect("no reader saw a mix");
    }
    let [alpha, beta] = [0, 1].map(|i| seen[i].load(Ordering::SeqCst));
    println!("{VERSIONS} syncs; consistent reads: {alpha} of Alpha, {beta} of Beta");
    assert!(alpha > 0 && beta > 0, "readers saw both versions");
}
