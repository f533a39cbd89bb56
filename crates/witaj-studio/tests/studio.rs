//! Studio on a copy of the real Kraków folder: edits save as minimal diffs,
//! lint follows the edited text, coverage, the hours preview, the newcomer
//! preview, the change summary and a signed feed that verifies.

use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};
use witaj_i18n::Localizer;
use witaj_model::{CityId, Locale};
use witaj_studio::{FormValue, PublishRequest, Studio, StudioError};
use witaj_view::Viewer;

const HOUSING: &str = "krakow/services/housing-office.toml";
const FOREIGNERS: &str = "krakow/services/uw-foreigners.toml";

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).expect("a date")
}

fn now() -> DateTime<Utc> {
    "2026-12-01T10:00:00Z".parse().expect("an instant")
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create");
    for entry in std::fs::read_dir(from).expect("read") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

/// A temporary copy of `content/krakow` (and the shared guides).
fn krakow() -> (tempfile::TempDir, PathBuf) {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let dir = tempfile::tempdir().expect("temp");
    copy_dir(&content.join("krakow"), &dir.path().join("krakow"));
    copy_dir(&content.join("guides"), &dir.path().join("guides"));
    let city = dir.path().join("krakow");
    (dir, city)
}

/// The lines a save removed and added: what `git diff` would show.
fn diff(before: &str, after: &str) -> (Vec<String>, Vec<String>) {
    let old: Vec<&str> = before.lines().collect();
    let new: Vec<&str> = after.lines().collect();
    let prefix = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let suffix = old[prefix..]
        .iter()
        .rev()
        .zip(new[prefix..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let lines = |v: &[&str]| v.iter().map(|l| (*l).to_owned()).collect();
    (
        lines(&old[prefix..old.len() - suffix]),
        lines(&new[prefix..new.len() - suffix]),
    )
}

fn text(value: &str) -> Option<FormValue> {
    Some(FormValue::Text(value.to_owned()))
}

/// Applies `edit` to `file` in a fresh copy, saves, and compares the file
/// on disk with what it was: exactly `removed` lines out, `added` in.
fn check(file: &str, edit: impl FnOnce(&mut Studio), removed: &[&str], added: &[&str]) {
    let (_dir, city) = krakow();
    let path = city.parent().expect("root").join(file);
    let before = std::fs::read_to_string(&path).expect("read");
    let mut studio = Studio::open(&city).expect("opens");
    edit(&mut studio);
    assert_eq!(studio.save().expect("saves"), vec![file.to_owned()]);
    let after = std::fs::read_to_string(&path).expect("read");
    assert_eq!(
        diff(&before, &after),
        (
            removed.iter().map(|l| (*l).to_owned()).collect(),
            added.iter().map(|l| (*l).to_owned()).collect()
        ),
        "{file}"
    );
}

#[test]
fn one_field_edit_is_a_one_line_diff() {
    check(
        HOUSING,
        |s| {
            s.set(HOUSING, "opening_hours", text("Mo-Fr 08:00-15:00; PH off"))
                .expect("set")
        },
        &[r#"opening_hours = "Mo-Fr 07:40-15:30; PH off""#],
        &[r#"opening_hours = "Mo-Fr 08:00-15:00; PH off""#],
    );
    check(
        HOUSING,
        |s| {
            s.set(HOUSING, "name.en", text("Housing Office"))
                .expect("set")
        },
        &[r#"en = "Housing Department – Housing Assistance Unit""#],
        &[r#"en = "Housing Office""#],
    );
    check(
        HOUSING,
        |s| {
            s.set(HOUSING, "last_verified", text("2026-11-30"))
                .expect("set")
        },
        &["last_verified = 2026-12-01"],
        &["last_verified = 2026-11-30"],
    );
    check(
        HOUSING,
        |s| {
            s.set(HOUSING, "free", Some(FormValue::Flag(false)))
                .expect("set")
        },
        &["free = true"],
        &["free = false"],
    );
    check(
        HOUSING,
        |s| {
            s.set(HOUSING, "phones.0.number", text("+48 12 616 55 56"))
                .expect("set")
        },
        &[r#"number = "+48 12 616 55 55""#],
        &[r#"number = "+48 12 616 55 56""#],
    );
    check(
        HOUSING,
        |s| {
            s.set(
                HOUSING,
                "languages",
                Some(FormValue::List(vec!["pl".into(), "en".into()])),
            )
            .expect("set")
        },
        &[],
        &[r#"languages = ["pl", "en"]"#],
    );
    check(
        HOUSING,
        |s| {
            s.set(HOUSING, "opening_hours", text("")).expect("clear");
            s.set(HOUSING, "opening_hours", text("Mo-Fr 08:00-15:00"))
                .expect("type again")
        },
        &[r#"opening_hours = "Mo-Fr 07:40-15:30; PH off""#],
        &[r#"opening_hours = "Mo-Fr 08:00-15:00""#],
    );
    check(
        HOUSING,
        |s| s.set(HOUSING, "email", text("")).expect("set"),
        &[r#"email = "ml.umk@um.krakow.pl""#],
        &[],
    );
    check(
        HOUSING,
        |s| s.mark_reviewed(HOUSING, Locale::En).expect("unmark"),
        &[r#"machine_translated = ["pl", "en", "uk", "ru", "be", "ka", "ar", "hi", "vi", "tr"]"#],
        &[r#"machine_translated = ["pl", "uk", "ru", "be", "ka", "ar", "hi", "vi", "tr"]"#],
    );
    check(
        FOREIGNERS,
        |s| {
            s.set(
                FOREIGNERS,
                "organization.name.en",
                text("Małopolska Voivodeship Office"),
            )
            .expect("set")
        },
        &[r#"en = "Lesser Poland Voivodeship Office in Kraków""#],
        &[r#"en = "Małopolska Voivodeship Office""#],
    );
}

#[test]
fn a_comment_after_a_value_stays_when_the_value_changes() {
    let (_dir, city) = krakow();
    let path = city.join("services/housing-office.toml");
    let original = std::fs::read_to_string(&path).expect("read");
    let commented = original.replace(
        r#"opening_hours = "Mo-Fr 07:40-15:30; PH off""#,
        r#"opening_hours = "Mo-Fr 07:40-15:30; PH off"  # as on the BIP page"#,
    );
    std::fs::write(&path, &commented).expect("write");
    let mut studio = Studio::open(&city).expect("opens");
    studio
        .set(HOUSING, "opening_hours", text("Mo-Fr 08:00-15:00"))
        .expect("set");
    assert_eq!(
        diff(&commented, &studio.text(HOUSING).expect("text")),
        (
            vec![r#"opening_hours = "Mo-Fr 07:40-15:30; PH off"  # as on the BIP page"#.to_owned()],
            vec![r#"opening_hours = "Mo-Fr 08:00-15:00"  # as on the BIP page"#.to_owned()]
        )
    );
}

#[test]
fn edits_keep_comments_and_unsaved_files_stay_untouched() {
    let (_dir, city) = krakow();
    let mut studio = Studio::open(&city).expect("opens");
    let before = studio.text(FOREIGNERS).expect("text");
    studio
        .set(
            FOREIGNERS,
            "source_url",
            text("https://www.gov.pl/web/udsc"),
        )
        .expect("set");
    let after = studio.text(FOREIGNERS).expect("text");
    assert!(after.contains("# Postcode 31-547 for ul. Przy Rondzie 6 is confirmed"));
    assert_eq!(
        diff(&before, &after),
        (
            vec![r#"source_url = "https://infoopt.pl/wydzialy/""#.to_owned()],
            vec![r#"source_url = "https://www.gov.pl/web/udsc""#.to_owned()]
        )
    );
    let on_disk = std::fs::read_to_string(city.join("services/uw-foreigners.toml")).expect("read");
    assert_eq!(on_disk, before, "nothing is written before Save");
    assert_eq!(studio.overview(today()).expect("overview").unsaved, 1);
}

fn problems(studio: &Studio, file: &str) -> Vec<(usize, String, String)> {
    studio
        .lint(today())
        .expect("lint")
        .into_iter()
        .filter(|p| p.file == file && p.severity == witaj_content::Severity::Error)
        .map(|p| (p.line, p.field, p.message))
        .collect()
}

#[test]
fn lint_follows_the_edited_text() {
    let (_dir, city) = krakow();
    let mut studio = Studio::open(&city).expect("opens");
    assert_eq!(
        problems(&studio, HOUSING),
        vec![],
        "the shipped file is clean"
    );
    studio
        .set(HOUSING, "category", text("housin"))
        .expect("set");
    let found = problems(&studio, HOUSING);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].0, found[0].1.as_str()), (2, "category"));
    assert!(found[0].2.contains("housing"), "{}", found[0].2);

    studio
        .set(HOUSING, "last_verified", text("2026-13-40"))
        .expect("set");
    let fields: Vec<String> = problems(&studio, HOUSING)
        .into_iter()
        .map(|(line, field, _)| format!("{line}:{field}"))
        .collect();
    assert_eq!(fields, vec!["5:last_verified"]);

    studio
        .set(HOUSING, "category", text("housing"))
        .expect("set");
    studio
        .set(HOUSING, "last_verified", text("2026-11-30"))
        .expect("set");
    assert_eq!(problems(&studio, HOUSING), vec![]);

    studio
        .set(HOUSING, "phones.0.number", text("12 616 55 55 wew. 2"))
        .expect("set");
    let found = problems(&studio, HOUSING);
    assert_eq!(
        found
            .iter()
            .map(|p| (p.0, p.1.as_str()))
            .collect::<Vec<_>>(),
        vec![(94, "phones.number")]
    );
}

#[test]
fn overview_lists_entries_with_state_and_coverage() {
    let (_dir, city) = krakow();
    let studio = Studio::open(&city).expect("opens");
    assert_eq!(studio.city(), CityId::Krakow);
    let overview = studio.overview(today()).expect("overview");
    let services = overview
        .rows
        .iter()
        .filter(|r| r.kind == witaj_studio::Kind::Service)
        .count();
    let service_files = std::fs::read_dir(city.join("services"))
        .expect("read")
        .count();
    assert_eq!(services, service_files);
    assert_eq!(
        overview
            .rows
            .iter()
            .filter(|r| r.kind == witaj_studio::Kind::Guide)
            .count(),
        6
    );
    let housing = overview
        .rows
        .iter()
        .find(|r| r.file == HOUSING)
        .expect("housing row");
    assert_eq!(housing.id.as_deref(), Some("krakow-housing-office"));
    assert_eq!(housing.category.as_deref(), Some("housing"));
    assert_eq!(housing.verification.as_deref(), Some("drafted"));
    assert_eq!(housing.last_verified.as_deref(), Some("2026-12-01"));
    assert_eq!(housing.translated.as_ref().map(Vec::len), Some(10));
    assert_eq!(housing.errors, 0);
    let percent = |locale| {
        overview
            .coverage
            .iter()
            .find(|c| c.locale == locale)
            .map(|c| (c.translated, c.percent))
    };
    assert_eq!(percent(Locale::Pl), Some((services, 100.0)));
    assert_eq!(percent(Locale::Ar), Some((services, 100.0)));
}

#[test]
fn coverage_drops_when_a_translation_is_removed() {
    let (_dir, city) = krakow();
    let mut studio = Studio::open(&city).expect("opens");
    studio.set(HOUSING, "description.vi", None).expect("remove");
    let overview = studio.overview(today()).expect("overview");
    let vi = overview
        .coverage
        .iter()
        .find(|c| c.locale == Locale::Vi)
        .expect("vi");
    let total = overview
        .rows
        .iter()
        .filter(|r| r.kind == witaj_studio::Kind::Service)
        .count();
    assert_eq!(vi.translated, total - 1);
    let housing = overview
        .rows
        .iter()
        .find(|r| r.file == HOUSING)
        .expect("row");
    assert!(
        !housing
            .translated
            .as_ref()
            .expect("valid")
            .contains(&Locale::Vi)
    );
}

#[test]
fn a_city_folder_or_a_root_with_one_city_opens_and_others_do_not() {
    let (dir, city) = krakow();
    assert_eq!(
        Studio::open(dir.path()).expect("root").city(),
        CityId::Krakow
    );
    assert_eq!(Studio::open(&city).expect("city").root(), dir.path());
    let error = Studio::open(&city.join("services")).expect_err("not content");
    assert_eq!(error.code(), "studio-not-content");
    copy_dir(&city, &dir.path().join("gdansk"));
    let error = Studio::open(dir.path()).expect_err("two cities");
    assert!(matches!(error, StudioError::SeveralCities { .. }));
}

#[test]
fn form_lists_every_field_by_path() {
    let (_dir, city) = krakow();
    let studio = Studio::open(&city).expect("opens");
    let form = studio.form(HOUSING, today()).expect("form");
    let get = |path: &str| form.values.get(path).cloned();
    assert_eq!(get("category"), text("housing"));
    assert_eq!(get("last_verified"), text("2026-12-01"));
    assert_eq!(get("free"), Some(FormValue::Flag(true)));
    assert_eq!(get("phones.0.number"), text("+48 12 616 55 55"));
    assert!(get("organization.name.pl").is_some());
    assert!(get("location.accessibility.ar").is_some());
    assert!(matches!(get("keywords.pl"), Some(FormValue::List(_))));
    assert_eq!((form.phones, form.documents), (1, 2));
}

#[test]
fn list_entries_are_added_and_removed() {
    check(
        HOUSING,
        |s| {
            s.add_item(HOUSING, "documents").expect("add");
            s.set(HOUSING, "documents.2.pl", text("Paszport"))
                .expect("set");
        },
        &[],
        &["", "[[documents]]", r#"pl = "Paszport""#],
    );
    let (_dir, city) = krakow();
    let mut studio = Studio::open(&city).expect("opens");
    let before = studio.text(HOUSING).expect("text");
    studio.add_item(HOUSING, "phones").expect("add");
    assert_eq!(studio.form(HOUSING, today()).expect("form").phones, 2);
    assert_eq!(
        studio.text(HOUSING).expect("text"),
        before,
        "an empty entry is not written"
    );
    studio
        .remove_item(HOUSING, "phones", 1)
        .expect("remove the empty one");
    studio.remove_item(HOUSING, "phones", 0).expect("remove");
    assert!(!studio.text(HOUSING).expect("text").contains("[[phones]]"));
    assert!(studio.remove_item(HOUSING, "phones", 0).is_err());
    assert!(studio.add_item(HOUSING, "name").is_err());
}

fn viewer(l10n: &Localizer, locale: Locale, now: DateTime<Utc>) -> Viewer<'_> {
    Viewer { l10n, locale, now }
}

#[test]
fn hours_preview_shows_the_week_with_polish_holidays() {
    let l10n = Localizer::bundled().expect("l10n");
    let monday: DateTime<Utc> = "2026-12-21T09:00:00Z".parse().expect("instant");
    let preview = witaj_studio::hours_preview(
        "Mo-Fr 08:00-16:00; PH off",
        &viewer(&l10n, Locale::En, monday),
    );
    assert!(preview.problem.is_none());
    let days: Vec<(String, Vec<String>, bool)> = preview
        .week
        .iter()
        .map(|d| (d.date.to_string(), d.spans.clone(), d.holiday.is_some()))
        .collect();
    let open = || vec!["08:00–16:00".to_owned()];
    assert_eq!(
        days,
        vec![
            ("2026-12-21".into(), open(), false),
            ("2026-12-22".into(), open(), false),
            ("2026-12-23".into(), open(), false),
            ("2026-12-24".into(), vec![], true),
            ("2026-12-25".into(), vec![], true),
            ("2026-12-26".into(), vec![], true),
            ("2026-12-27".into(), vec![], false),
        ]
    );
    assert_eq!(preview.week[3].holiday.as_deref(), Some("Christmas Eve"));
}

#[test]
fn bad_hours_are_explained_in_plain_words() {
    let check = |expression: &str, expected: &[&str]| {
        assert_eq!(
            witaj_studio::hours_hints(expression),
            expected,
            "{expression}"
        );
    };
    let example = "studio-hours-hint-example";
    check(
        "Pn-Pt 08:00-16:00",
        &["studio-hours-hint-polish-days", example],
    );
    check(
        "mo-fr 08:00-16:00",
        &["studio-hours-hint-day-case", example],
    );
    check("Mo-Fr 8.00-16.00", &["studio-hours-hint-time-dot", example]);
    check("Mo–Fr 08:00–16:00", &["studio-hours-hint-dash", example]);
    check(
        "Mo-Fr 8:00-16:00",
        &["studio-hours-hint-two-digits", example],
    );
    check("Mo-Fr 08:00-16:00 PH", &[example]);

    let l10n = Localizer::bundled().expect("l10n");
    let preview =
        witaj_studio::hours_preview("Pn-Pt 08:00-16:00", &viewer(&l10n, Locale::Pl, now()));
    let problem = preview.problem.expect("a problem");
    assert!(preview.week.is_empty());
    assert_eq!(problem.hints.len(), 2);
    assert!(
        !problem.message.starts_with("studio-"),
        "{}",
        problem.message
    );
    assert!(problem.hints.iter().all(|h| !h.starts_with("studio-")));
}

#[test]
fn preview_is_the_newcomer_service_screen_from_the_edited_text() {
    let (_dir, city) = krakow();
    let mut studio = Studio::open(&city).expect("opens");
    let l10n = Localizer::bundled().expect("l10n");
    studio
        .set(HOUSING, "name.ar", text("مكتب السكن"))
        .expect("set");
    let screen = studio
        .preview(HOUSING, &viewer(&l10n, Locale::Ar, now()))
        .expect("preview");
    assert_eq!(screen.detail.summary.name, "مكتب السكن");
    assert_eq!(screen.detail.summary.name_lang, Locale::Ar);
    assert!(screen.polish.is_some(), "Polish beside it, as in the app");
    assert_eq!(screen.detail.week.len(), 7);

    studio.set(HOUSING, "category", text("nope")).expect("set");
    let error = studio
        .preview(HOUSING, &viewer(&l10n, Locale::Ar, now()))
        .expect_err("invalid");
    assert_eq!(error.code(), "studio-invalid");
}

fn keys(dir: &Path, password: &str) -> (PathBuf, PathBuf) {
    witaj_feed::generate_keys(dir, Some(password.to_owned())).expect("keys");
    (dir.join("feed.key"), dir.join("feed.pub"))
}

fn request(key: &Path, password: &str, out: &Path) -> PublishRequest {
    PublishRequest {
        key: key.to_owned(),
        password: Some(password.to_owned()),
        out: out.to_owned(),
        expires_in_days: 90,
    }
}

#[test]
fn publish_builds_a_feed_that_verifies_and_changes_are_summarised() {
    let (dir, city) = krakow();
    let (key, public) = keys(&dir.path().join("keys"), "correct horse");
    let out = dir.path().join("feed");
    let mut studio = Studio::open(&city).expect("opens");
    let total = std::fs::read_dir(city.join("services"))
        .expect("read")
        .count();

    let first = studio.changes(&out, now()).expect("changes");
    assert_eq!(first.previous_version, None);
    assert_eq!(
        (first.added.len(), first.changed.len(), first.removed.len()),
        (total, 0, 0)
    );

    let error = studio
        .publish(request(&key, "wrong", &out), now())
        .expect_err("wrong password");
    assert_eq!(error.code(), "studio-key");

    let report = studio
        .publish(request(&key, "correct horse", &out), now())
        .expect("published");
    assert_eq!((report.city, report.services), (CityId::Krakow, total));
    let public_key = witaj_feed::PublicKey::from_file(&public).expect("public key");
    let verified = witaj_feed::verify_feed(&out, &public_key).expect("verifies");
    assert_eq!(
        (verified.version, verified.services),
        (report.version, total)
    );

    // One service changed, one removed, one added.
    studio
        .set(HOUSING, "opening_hours", text("Mo-Fr 08:00-15:00; PH off"))
        .expect("set");
    assert_eq!(
        studio.changes(&out, now()).expect_err("unsaved").code(),
        "studio-unsaved"
    );
    studio.save().expect("save");
    std::fs::remove_file(city.join("services/zus.toml")).expect("remove");
    let added = std::fs::read_to_string(city.join("services/mops.toml"))
        .expect("read")
        .replace("krakow-mops", "krakow-mops-annex");
    std::fs::write(city.join("services/mops-annex.toml"), added).expect("write");
    let studio = Studio::open(&city).expect("reopens");
    let changes = studio.changes(&out, now()).expect("changes");
    assert_eq!(changes.previous_version, Some(report.version));
    let ids = |list: &[witaj_studio::Change]| list.iter().map(|c| c.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&changes.added), vec!["krakow-mops-annex"]);
    assert_eq!(ids(&changes.removed), vec!["krakow-zus"]);
    assert_eq!(ids(&changes.changed), vec!["krakow-housing-office"]);
    assert_eq!(changes.changed[0].fields, vec!["opening_hours"]);
    assert_eq!(changes.unchanged, total - 2);
}

#[test]
fn publish_refuses_content_with_errors() {
    let (dir, city) = krakow();
    let (key, _) = keys(&dir.path().join("keys"), "pw");
    let mut studio = Studio::open(&city).expect("opens");
    studio.set(HOUSING, "category", text("nope")).expect("set");
    studio.save().expect("save");
    let error = studio
        .publish(request(&key, "pw", &dir.path().join("feed")), now())
        .expect_err("invalid");
    assert_eq!(error.code(), "content-invalid");
    assert!(!dir.path().join("feed/manifest.json").exists());
}

#[test]
fn hsds_export_imports_back_into_the_same_files() {
    let (dir, city) = krakow();
    let l10n = Localizer::bundled().expect("l10n");
    let studio = Studio::open(&city).expect("opens");
    let json = dir.path().join("krakow.hsds.json");
    let count = studio
        .export_hsds(
            &json,
            witaj_studio::HsdsFormat::Json,
            &viewer(&l10n, Locale::Pl, now()),
        )
        .expect("export");
    let total = std::fs::read_dir(city.join("services"))
        .expect("read")
        .count();
    assert_eq!(count, total);

    // Into an empty copy of the city: the same services, lint-clean.
    let other = tempfile::tempdir().expect("temp");
    let empty = other.path().join("krakow");
    std::fs::create_dir_all(empty.join("services")).expect("create");
    let mut fresh = Studio::open(&empty).expect("opens an empty city");
    let imported = fresh.import_hsds(&json, Locale::Pl).expect("import");
    assert_eq!(imported.written.len(), total);
    assert!(
        imported
            .problems
            .iter()
            .all(|p| p.severity != witaj_content::Severity::Error),
        "{:?}",
        imported.problems
    );
    let overview = fresh.overview(today()).expect("overview");
    assert_eq!(overview.rows.len(), total);
    assert!(
        overview.rows.iter().all(|r| r.errors == 0),
        "{:?}",
        overview.problems
    );
    assert!(
        overview
            .rows
            .iter()
            .any(|r| r.id.as_deref() == Some("krakow-housing-office"))
    );
}

#[test]
fn hsds_import_waits_for_unsaved_edits() {
    let (dir, city) = krakow();
    let mut studio = Studio::open(&city).expect("opens");
    studio
        .set(HOUSING, "fees.pl", text("Bezpłatnie"))
        .expect("set");
    let error = studio
        .import_hsds(&dir.path().join("none.json"), Locale::Pl)
        .expect_err("unsaved");
    assert_eq!(error.code(), "studio-unsaved");
    studio.save().expect("save");
    let error = studio
        .import_hsds(&dir.path().join("none.json"), Locale::Pl)
        .expect_err("no such file");
    assert_eq!(error.code(), "studio-hsds");
}

#[test]
fn reports_link_to_the_entries_they_are_about() {
    use witaj_report::{Problem, Report, ReportFile};
    let (dir, city) = krakow();
    let studio = Studio::open(&city).expect("opens");
    let report = |minute: u32, city: CityId, problem, service: Option<&str>| Report {
        created_at: format!("2026-11-30T10:{minute:02}:00Z")
            .parse()
            .expect("time"),
        city,
        problem,
        service_id: service.map(str::to_owned),
        service_name: None,
        query: service.is_none().then(|| "dentysta".to_owned()),
        text: "Ulica się zmieniła".to_owned(),
        locale: Locale::Uk,
    };
    let file = ReportFile::new(vec![
        report(
            1,
            CityId::Krakow,
            Problem::Moved,
            Some("krakow-housing-office"),
        ),
        report(2, CityId::Krakow, Problem::Missing, None),
        report(3, CityId::Gdansk, Problem::WrongPhone, Some("gdansk-mops")),
        report(4, CityId::Krakow, Problem::Closed, Some("krakow-gone")),
    ]);
    let path = dir.path().join("reports.json");
    std::fs::write(&path, file.to_json()).expect("write");
    let found = studio.reports(&path).expect("reports");
    assert_eq!(
        found[3].name.as_deref(),
        Some("Wydział Mieszkalnictwa – Referat Pomocy Mieszkaniowej")
    );
    let rows: Vec<(Option<String>, Option<String>, bool)> = found
        .into_iter()
        .map(|r| (r.service_id, r.file, r.other_city))
        .collect();
    assert_eq!(
        rows,
        vec![
            (Some("krakow-gone".into()), None, false),
            (Some("gdansk-mops".into()), None, true),
            (None, None, false),
            (
                Some("krakow-housing-office".into()),
                Some(HOUSING.into()),
                false
            ),
        ]
    );
    std::fs::write(&path, "{}").expect("write");
    assert_eq!(
        studio.reports(&path).expect_err("not reports").code(),
        "studio-report"
    );
}

#[test]
fn a_file_that_is_not_toml_is_listed_with_its_line_and_left_alone() {
    let (_dir, city) = krakow();
    let path = city.join("services/zus.toml");
    let broken = std::fs::read_to_string(&path).expect("read").replacen(
        "category = ",
        "<<<<<<< HEAD\ncategory = ",
        1,
    );
    std::fs::write(&path, &broken).expect("write");
    let mut studio = Studio::open(&city).expect("the rest opens");
    let file = "krakow/services/zus.toml";
    let overview = studio.overview(today()).expect("overview");
    let row = overview
        .rows
        .iter()
        .find(|r| r.file == file)
        .expect("listed");
    assert_eq!((row.errors, row.name.as_deref()), (1, None));
    let problem = overview
        .problems
        .iter()
        .find(|p| p.file == file)
        .expect("lint names it");
    assert_eq!(problem.line, 2);
    assert_eq!(
        studio.form(file, today()).expect_err("not editable").code(),
        "studio-syntax"
    );
    assert_eq!(
        studio
            .set(file, "category", text("tax-insurance"))
            .expect_err("not editable")
            .code(),
        "studio-syntax"
    );
    studio
        .set(HOUSING, "free", Some(FormValue::Flag(false)))
        .expect("others edit");
    assert_eq!(studio.save().expect("save"), vec![HOUSING.to_owned()]);
    assert_eq!(std::fs::read_to_string(&path).expect("read"), broken);
}
