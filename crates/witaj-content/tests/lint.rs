//! The lint on broken content: each problem is reported with its file, line
//! and field, and a bad file does not hide problems in the others.

use std::path::Path;

use chrono::NaiveDate;
use witaj_content::{Severity, load};

const VALID: &str = r#"id = "krakow-example"
category = "health"
source_url = "https://www.krakow.pl/"
last_verified = 2026-11-20
opening_hours = "Mo-Fr 08:00-16:00; PH off"
machine_translated = ["en", "uk"]
verification = "drafted"

[organization]
name = { pl = "Gmina Miejska Kraków" }

[name]
pl = "Przychodnia"
en = "Clinic"
uk = "Поліклініка"
ru = "Поликлиника"

[description]
pl = "Opis."
en = "Description."
uk = "Опис."
ru = "Описание."

[location]
address = "ul. Przykładowa 1"
postal_code = "31-000"
latitude = 50.06
longitude = 19.94

[[phones]]
number = "+48 12 616 12 00"
"#;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).expect("valid date")
}

/// Lints `files` (path under the content root → text) and compares the
/// diagnostics, printed with the root stripped, with `expected`.
fn check(files: &[(&str, &str)], expected: &[&str]) {
    let root = tempfile::tempdir().expect("temp dir");
    for (path, text) in files {
        let path = root.path().join(path);
        std::fs::create_dir_all(path.parent().expect("has a parent")).expect("mkdir");
        std::fs::write(&path, text).expect("write");
    }
    let loaded = load(root.path(), today()).expect("a content folder");
    let actual: Vec<String> = loaded
        .diagnostics
        .iter()
        .map(|d| {
            d.to_string()
                .replace(&format!("{}/", root.path().display()), "")
        })
        .collect();
    assert_eq!(actual, expected);
}

fn with(replace: &str, by: &str) -> String {
    assert!(VALID.contains(replace), "fixture lacks {replace:?}");
    VALID.replacen(replace, by, 1)
}

const FILE: &str = "krakow/services/example.toml";

#[test]
fn valid_file_has_no_diagnostics() {
    check(&[(FILE, VALID)], &[]);
}

#[test]
fn field_errors_point_at_their_line() {
    check(
        &[(
            FILE,
            &with("category = \"health\"", "category = \"doctors\""),
        )],
        &[
            "krakow/services/example.toml:2: category: unknown category `doctors`: expected one of residence, civil-registration, employment, tax-insurance, health, education, language-courses, housing, legal-aid, social-welfare, crisis-support, integration, emergency",
        ],
    );
    check(
        &[(FILE, &with("https://www.krakow.pl/", "www.krakow.pl"))],
        &[
            "krakow/services/example.toml:3: source_url: expected an https address like https://example.pl/page, found `www.krakow.pl` (for a site that has no https, set allow_http = true)",
        ],
    );
    check(
        &[(FILE, &with("Mo-Fr 08:00-16:00; PH off", "Mon-Fri 8-4"))],
        &[
            "krakow/services/example.toml:5: opening_hours: opening hours `Mon-Fri 8-4` do not parse: at character 3: expected EOI, any_rule_separator, or rules_modifier; see https://wiki.openstreetmap.org/wiki/Key:opening_hours",
        ],
    );
    check(
        &[(FILE, &with("+48 12 616 12 00", "12 616 12 00"))],
        &[
            "krakow/services/example.toml:31: phones.number: `12 616 12 00` is not a dialable number: expected E.164 like +48 12 345 67 89, or a short number like 112 or 116 123",
        ],
    );
    check(
        &[(FILE, &with("31-000", "31000"))],
        &[
            "krakow/services/example.toml:26: location.postal_code: expected a Polish postal code like 31-547, found `31000`",
        ],
    );
}

#[test]
fn coordinates_outside_the_city_are_errors() {
    check(
        &[(
            FILE,
            &with(
                "latitude = 50.06\nlongitude = 19.94",
                "latitude = 52.23\nlongitude = 21.01",
            ),
        )],
        &[
            "krakow/services/example.toml:27: location.latitude: 52.23, 21.01 is 252 km from the centre of Kraków, outside the city (limit 20 km)",
        ],
    );
}

#[test]
fn missing_translations_are_errors_for_required_locales_and_warnings_for_russian() {
    check(
        &[(FILE, &with("uk = \"Поліклініка\"\n", ""))],
        &["krakow/services/example.toml:12: name.uk: missing: every entry needs pl, en and uk"],
    );
    check(
        &[(FILE, &with("ru = \"Поликлиника\"\n", ""))],
        &["krakow/services/example.toml:12: warning: name.ru: missing translation"],
    );
    check(
        &[(FILE, &with("ru = \"Поликлиника\"", "de = \"Klinik\""))],
        &[
            "krakow/services/example.toml:12: name.de: unknown locale: expected one of pl, en, uk, ru, be, ka, ar, hi, vi, tr",
            "krakow/services/example.toml:12: warning: name.ru: missing translation",
        ],
    );
}

#[test]
fn dates_must_be_real_past_and_recent() {
    check(
        &[(FILE, &with("2026-11-20", "2027-01-01"))],
        &["krakow/services/example.toml:4: last_verified: 2027-01-01 is in the future"],
    );
    check(
        &[(FILE, &with("2026-11-20", "2024-06-01"))],
        &[
            "krakow/services/example.toml:4: warning: last_verified: last verified 2024-06-01, more than 12 months ago: check the entry again",
        ],
    );
    check(
        &[(
            FILE,
            &with(
                "last_verified = 2026-11-20",
                "last_verified = \"yesterday\"",
            ),
        )],
        &[
            "krakow/services/example.toml:4: last_verified: invalid type: string \"yesterday\", expected a TOML datetime",
        ],
    );
}

#[test]
fn syntax_and_shape_errors() {
    check(
        &[(FILE, &with("[name]", "[name"))],
        &["krakow/services/example.toml:12: name: unclosed table, expected `]`"],
    );
    check(
        &[(
            FILE,
            &with("machine_translated", "colour = \"red\"\nmachine_translated"),
        )],
        &[
            "krakow/services/example.toml:6: colour: unknown field `colour`, expected one of `id`, `category`, `status`, `source_url`, `last_verified`, `verification`, `appointment`, `booking_url`, `allow_http`, `website`, `email`, `free`, `opening_hours`, `languages`, `machine_translated`, `organization`, `name`, `description`, `application_process`, `fees`, `keywords`, `location`, `phones`, `documents`",
        ],
    );
}

#[test]
fn ids_must_match_the_file_and_be_unique() {
    check(
        &[(FILE, &with("krakow-example", "krakow-other"))],
        &[
            "krakow/services/example.toml:1: id: `krakow-other` does not match the file name: expected `krakow-example`",
        ],
    );
    let copy = with("krakow-example", "krakow-copy");
    check(
        &[
            (FILE, VALID),
            ("krakow/services/copy.toml", &copy),
            (
                "krakow/services/zzz.toml",
                &with("krakow-example", "krakow-copy"),
            ),
        ],
        &[
            "krakow/services/zzz.toml:1: id: `krakow-copy` is already used by krakow/services/copy.toml",
            "krakow/services/zzz.toml:1: id: `krakow-copy` does not match the file name: expected `krakow-zzz`",
        ],
    );
}

#[test]
fn one_bad_file_does_not_hide_another() {
    let loaded_ok = with("krakow-example", "krakow-good");
    let root = tempfile::tempdir().expect("temp dir");
    let dir = root.path().join("krakow/services");
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(dir.join("bad.toml"), "id = ").expect("write");
    std::fs::write(dir.join("good.toml"), loaded_ok).expect("write");
    let loaded = load(root.path(), today()).expect("content folder");
    assert_eq!(loaded.files, 2);
    assert_eq!(loaded.content.services.len(), 1);
    assert!(
        loaded
            .diagnostics
            .iter()
            .all(|d| d.severity == Severity::Error && d.file.ends_with("bad.toml"))
    );
}

#[test]
fn a_folder_without_content_is_refused() {
    let root = tempfile::tempdir().expect("temp dir");
    let error = load(root.path(), today()).expect_err("empty folder");
    assert_eq!(error.code(), "content-not-found");
    assert!(load(Path::new("/nonexistent/witaj"), today()).is_err());
}

/// The shipped catalog compiles without a clock (lint checks its dates
/// against today's in CI), and every city has the depth newcomers need:
/// 20 active services, all 13 categories, every locale translated.
#[test]
fn shipped_content_is_deep_and_translated() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let content = witaj_content::compile(&root).expect("shipped content compiles");
    let stats = witaj_content::stats(&content);
    for city in &stats.cities {
        assert!(
            city.active >= 20,
            "{:?} has {} active services",
            city.city,
            city.active
        );
        assert_eq!(
            city.categories, 13,
            "{:?} covers {} categories",
            city.city, city.categories
        );
        for (locale, coverage) in &city.coverage {
            assert!(
                coverage.percent >= 95.0,
                "{:?} is {}% translated into {locale}",
                city.city,
                coverage.percent
            );
        }
    }
}

const NOTICE: &str = r#"id = "krakow-closed"
valid_from = 2026-11-20
valid_until = 2026-11-30
severity = "urgent"
link = "https://www.krakow.pl/"
source_url = "https://www.krakow.pl/"
last_verified = 2026-11-20

[title]
pl = "Urząd zamknięty"
en = "Office closed"
uk = "Управа зачинена"
ru = "Управление закрыто"

[body]
pl = "Do piątku."
en = "Until Friday."
uk = "До пʼятниці."
ru = "До пятницы."
"#;

#[test]
fn notices_are_checked_like_services() {
    let notice = |text: &str| ("krakow/notices/closed.toml", text.to_owned());
    let check_notice = |text: &str, expected: &[&str]| {
        let (path, text) = notice(text);
        check(&[(path, &text)], expected);
    };
    check_notice(NOTICE, &[]);
    check_notice(
        &NOTICE.replace("valid_until = 2026-11-30", "valid_until = 2026-11-01"),
        &["krakow/notices/closed.toml:3: valid_until: 2026-11-01 is before valid_from 2026-11-20"],
    );
    check_notice(
        &NOTICE.replace("severity = \"urgent\"", "severity = \"panic\""),
        &[
            "krakow/notices/closed.toml:4: severity: unknown severity `panic`: expected one of urgent, important, info",
        ],
    );
    check_notice(
        &NOTICE.replace("uk = \"Управа зачинена\"\n", ""),
        &["krakow/notices/closed.toml:9: title.uk: missing: every entry needs pl, en and uk"],
    );
    check_notice(
        &NOTICE.replace("id = \"krakow-closed\"", "id = \"closed\""),
        &[
            "krakow/notices/closed.toml:1: id: `closed` does not match the file name: expected `krakow-closed`",
        ],
    );
}

/// The catalog bundled with the app (and the CLI without `--db`) is read
/// without a clock: a device whose clock is behind the content's dates
/// gets every entry, not a catalog with entries silently left out.
#[test]
fn compiling_content_ignores_the_device_clock() {
    let root = tempfile::tempdir().expect("temp dir");
    let dir = root.path().join("krakow/services");
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(
        dir.join("example.toml"),
        with("last_verified = 2026-11-20", "last_verified = 2099-01-01"),
    )
    .expect("write");
    let linted = load(root.path(), today()).expect("a content folder");
    assert!(linted.has_errors(), "lint checks dates against today");
    let compiled = witaj_content::compile(root.path()).expect("compiles without a clock");
    assert_eq!(compiled.services.len(), 1);
}
