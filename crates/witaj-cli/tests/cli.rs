//! The `witaj` command as scripts use it: exit codes, stderr, and the JSON
//! contract of `search --json`.

use std::process::{Command, Output};

use serde_json::Value;

fn witaj(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_witaj"))
        .args(args)
        .output()
        .expect("witaj runs")
}

fn json(args: &[&str]) -> Value {
    let output = witaj(args);
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("stdout is JSON")
}

/// The field names in the README's table of `witaj search --json`: the
/// contract, read from where it is documented.
fn documented_search_fields() -> Vec<String> {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md"))
        .expect("README");
    let table = readme
        .split("`witaj search --json` prints an array")
        .nth(1)
        .expect("the search JSON section");
    table
        .lines()
        .skip_while(|line| !line.starts_with('|'))
        .take_while(|line| line.starts_with('|'))
        .filter_map(|row| row.split('|').nth(1))
        .flat_map(|cell| {
            cell.split('`')
                .skip(1)
                .step_by(2)
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .filter(|name| name.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
        .collect()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn ukrainian_doctor_in_krakow_finds_health_services_named_in_ukrainian() {
    let results = json(&[
        "search",
        "--city",
        "krakow",
        "--lang",
        "uk",
        "--json",
        "лікар",
    ]);
    let results = results.as_array().expect("an array");
    let health = results
        .iter()
        .take_while(|r| r["category"] == "health")
        .count();
    assert!(
        health >= 3,
        "the best results are health services: {results:?}"
    );
    for result in &results[..health] {
        assert_eq!(result["city"], "krakow");
        assert_eq!(result["name_lang"], "uk");
        let name = result["name"].as_str().expect("name");
        assert!(
            name.chars()
                .any(|c| ('а'..='я').contains(&c.to_lowercase().next().unwrap_or(c))),
            "{name}"
        );
    }
}

#[test]
fn search_json_has_the_contract_fields() {
    let results = json(&[
        "search",
        "--json",
        "--at",
        "2026-11-26T10:00:00+01:00",
        "--city",
        "warszawa",
        "pesel",
    ]);
    let first = &results[0];
    let documented = documented_search_fields();
    assert!(
        documented.len() >= 20,
        "the README table was found: {documented:?}"
    );
    for result in results.as_array().expect("an array") {
        for field in &documented {
            assert!(result.get(field).is_some(), "missing {field}: {result}");
        }
    }
    assert!(first["phones"].is_array() && first["languages"].is_array());
    let open = &first["open"];
    for field in ["state", "is_open", "until", "next_open", "label"] {
        assert!(open.get(field).is_some(), "open.{field}: {open}");
    }
    assert!(open["is_open"].is_boolean());
    assert_eq!(first["id"], "warszawa-meldunek-pesel");
    assert_eq!(
        open["is_open"], true,
        "Thursday 10:00 is within office hours: {open}"
    );
}

#[test]
fn empty_query_browses_by_name_and_open_at_filters() {
    let all = json(&["search", "--json", "--limit", "1000", "--city", "lodz"]);
    let at_night = json(&[
        "search",
        "--json",
        "--limit",
        "1000",
        "--city",
        "lodz",
        "--open-at",
        "2026-11-29T03:00:00+01:00",
    ]);
    let (all, at_night) = (
        all.as_array().expect("array"),
        at_night.as_array().expect("array"),
    );
    assert!(all.len() >= 12);
    assert!(!at_night.is_empty() && at_night.len() < all.len());
    assert!(at_night.iter().all(|r| r["open"]["is_open"] == true));
    assert!(all.iter().all(|r| r["score"] == 0));
}

#[test]
fn free_and_spoken_filters() {
    let free = json(&["search", "--json", "--free", "--limit", "1000"]);
    assert!(
        free.as_array()
            .expect("array")
            .iter()
            .all(|r| r["free"] == true)
    );
    let ukrainian = json(&["search", "--json", "--spoken", "uk", "--limit", "1000"]);
    let ukrainian = ukrainian.as_array().expect("array");
    assert!(!ukrainian.is_empty());
    assert!(ukrainian.iter().all(|r| {
        r["languages"]
            .as_array()
            .is_some_and(|l| l.contains(&Value::from("uk")))
    }));
}

#[test]
fn show_cities_and_categories() {
    let detail = json(&["show", "--json", "--lang", "uk", "krakow-uw-foreigners"]);
    assert_eq!(detail["name_pl"], "Wydział Spraw Cudzoziemców");
    assert!(
        detail["source_url"]
            .as_str()
            .is_some_and(|u| u.starts_with("http"))
    );
    assert!(detail["last_verified"].is_string());
    let cities = json(&["cities", "--json"]);
    assert_eq!(cities.as_array().map(Vec::len), Some(12));
    assert!(
        cities
            .as_array()
            .expect("array")
            .iter()
            .all(|c| c["services"].as_u64() >= Some(12))
    );
    let categories = json(&["categories", "--json", "--lang", "pl"]);
    assert_eq!(categories.as_array().map(Vec::len), Some(13));
    assert_eq!(categories[4]["id"], "health");
    assert_eq!(categories[4]["name"], "Zdrowie");
}

#[test]
fn errors_are_one_clear_line_and_a_failure_exit() {
    let check = |args: &[&str], expected: &str| {
        let output = witaj(args);
        assert!(!output.status.success(), "{args:?} should fail");
        let err = stderr(&output);
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains(expected), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{err}");
    };
    check(
        &["search", "--city", "gdynia", "x"],
        "unknown city `gdynia`",
    );
    check(
        &["search", "--category", "doctors", "x"],
        "unknown category `doctors`",
    );
    check(&["search", "--lang", "xx", "x"], "unknown locale `xx`");
    check(
        &["search", "--open-at", "tomorrow", "x"],
        "not an RFC 3339 time",
    );
    check(
        &["search", "--db", "/nonexistent/catalog.sqlite", "x"],
        "no catalog at /nonexistent/catalog.sqlite",
    );
    check(
        &["show", "no-such-service"],
        "no service with id `no-such-service`",
    );
}

#[test]
fn content_build_then_search_the_built_catalog() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("catalog.sqlite");
    let content = concat!(env!("CARGO_MANIFEST_DIR"), "/../../content");
    let output = witaj(&[
        "content",
        "build",
        content,
        "--out",
        db.to_str().expect("utf-8 path"),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let results = json(&[
        "search",
        "--db",
        db.to_str().expect("utf-8"),
        "--json",
        "--city",
        "gdansk",
        "urzad pracy",
    ]);
    assert_eq!(results[0]["id"], "gdansk-gup");
}

#[test]
fn content_lint_fails_with_file_and_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let services = dir.path().join("lublin/services");
    std::fs::create_dir_all(&services).expect("mkdir");
    std::fs::write(
        services.join("broken.toml"),
        "id = \"lublin-broken\"\ncategory = \"nope\"\n",
    )
    .expect("write");
    let output = witaj(&["content", "lint", dir.path().to_str().expect("utf-8")]);
    assert!(!output.status.success());
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("lublin/services/broken.toml:1:"),
        "{stdout}"
    );
    let report = witaj(&[
        "content",
        "lint",
        "--json",
        dir.path().to_str().expect("utf-8"),
    ]);
    let report: Value = serde_json::from_slice(&report.stdout).expect("JSON");
    assert_eq!(report["ok"], false);
    assert_eq!(report["diagnostics"][0]["line"], 1);
}

#[test]
fn a_folder_whose_manifest_is_a_fifo_is_refused_quickly() {
    let dir = tempfile::tempdir().expect("temp");
    let feed = dir.path().join("feed");
    std::fs::create_dir(&feed).expect("mkdir");
    let fifo = feed.join("manifest.json");
    let made = Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let keys = dir.path().join("keys");
    let keygen = witaj(&[
        "feed",
        "keygen",
        "--unencrypted",
        "--out",
        keys.to_str().expect("utf-8"),
    ]);
    assert!(keygen.status.success(), "{}", stderr(&keygen));
    let db = dir.path().join("c.sqlite");
    let build = witaj(&[
        "content",
        "build",
        concat!(env!("CARGO_MANIFEST_DIR"), "/../../content"),
        "--out",
        db.to_str().expect("utf-8"),
    ]);
    assert!(build.status.success(), "{}", stderr(&build));
    let started = std::time::Instant::now();
    let output = witaj(&[
        "sync",
        "--db",
        db.to_str().expect("utf-8"),
        "--feed",
        feed.to_str().expect("utf-8"),
        "--pubkey",
        keys.join("feed.pub").to_str().expect("utf-8"),
        "--json",
    ]);
    assert!(!output.status.success());
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
    let report: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(report["code"], "io", "{report}");
}

#[test]
fn keys_are_protected_by_default() {
    let dir = tempfile::tempdir().expect("temp");
    let keys = dir.path().join("keys");
    // No terminal to ask on, no password in the environment, no --unencrypted.
    let refused = Command::new(env!("CARGO_BIN_EXE_witaj"))
        .args(["feed", "keygen", "--out", keys.to_str().expect("utf-8")])
        .env_remove("WITAJ_FEED_PASSWORD")
        .stdin(std::process::Stdio::null())
        .output()
        .expect("runs");
    assert!(!refused.status.success());
    assert!(
        stderr(&refused).contains("unencrypted"),
        "{}",
        stderr(&refused)
    );
    assert!(!keys.join("feed.key").exists());

    let made = witaj(&[
        "feed",
        "keygen",
        "--unencrypted",
        "--out",
        keys.to_str().expect("utf-8"),
    ]);
    assert!(made.status.success(), "{}", stderr(&made));
    let key = keys.join("feed.key");
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    let out = dir.path().join("feed");
    let args = |force: bool| {
        let mut args = vec![
            "feed".to_owned(),
            "build".to_owned(),
            concat!(env!("CARGO_MANIFEST_DIR"), "/../../content").to_owned(),
            "--city".to_owned(),
            "krakow".to_owned(),
            "--key".to_owned(),
            key.display().to_string(),
            "--out".to_owned(),
            out.display().to_string(),
        ];
        if force {
            args.push("--force".to_owned());
        }
        args
    };
    let run = |args: Vec<String>| {
        Command::new(env!("CARGO_BIN_EXE_witaj"))
            .args(args)
            .env_remove("WITAJ_FEED_PASSWORD")
            .stdin(std::process::Stdio::null())
            .output()
            .expect("runs")
    };
    let refused = run(args(false));
    assert!(!refused.status.success());
    assert!(
        stderr(&refused).contains("readable by other users"),
        "{}",
        stderr(&refused)
    );
    let forced = run(args(true));
    assert!(forced.status.success(), "{}", stderr(&forced));
}

#[test]
fn notices_are_listed_by_city_and_date() {
    let in_force = json(&[
        "notices",
        "--json",
        "--city",
        "krakow",
        "--lang",
        "uk",
        "--at",
        "2026-12-15T12:00:00+01:00",
    ]);
    let notices = in_force.as_array().expect("an array");
    let ids: Vec<&str> = notices.iter().filter_map(|n| n["id"].as_str()).collect();
    assert!(ids.contains(&"ukr-protection-2027"), "{ids:?}");
    for notice in notices {
        for field in [
            "id",
            "city",
            "severity",
            "title",
            "body",
            "link",
            "valid_from",
            "valid_until",
        ] {
            assert!(notice.get(field).is_some(), "missing {field}: {notice}");
        }
        assert!(notice["valid_from"].as_str() <= Some("2026-12-15"));
        assert!(notice["valid_until"].as_str() >= Some("2026-12-15"));
    }
    let later = json(&["notices", "--json", "--at", "2028-06-01T12:00:00+02:00"]);
    assert_eq!(later, serde_json::json!([]), "nothing is in force in 2028");
    let before = json(&["notices", "--json", "--at", "2026-11-30T12:00:00+01:00"]);
    let before_ids: Vec<&str> = before
        .as_array()
        .expect("an array")
        .iter()
        .filter_map(|n| n["id"].as_str())
        .collect();
    assert!(
        !before_ids.contains(&"ukr-protection-2027"),
        "a notice is not shown before it starts: {before_ids:?}"
    );
}

#[test]
fn speak_writes_a_wav_in_every_locale() {
    let dir = tempfile::tempdir().expect("temp");
    for lang in ["pl", "en", "uk", "ru", "be", "ka", "ar", "hi", "vi", "tr"] {
        let out = dir.path().join(format!("{lang}.wav"));
        let output = witaj(&[
            "speak",
            "--lang",
            lang,
            "--out",
            out.to_str().expect("utf-8"),
            "Witaj: 112, +48 12 345 67 89",
        ]);
        assert!(output.status.success(), "{lang}: {}", stderr(&output));
        let wav = std::fs::read(&out).expect("a file");
        assert_eq!(&wav[..4], b"RIFF", "{lang}");
        assert!(wav.len() > 100_000, "{lang}: {} bytes of speech", wav.len());
    }
}

#[test]
fn a_search_that_finds_nothing_prints_a_spelling_to_try() {
    let output = witaj(&["search", "--city", "krakow", "--lang", "pl", "hurząd"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "Nie znaleziono usług\nCzy chodziło o „urząd”?\n"
    );
}
