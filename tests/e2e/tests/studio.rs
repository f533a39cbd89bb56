//! Witaj Studio in the real app: open a copy of Kraków's folder with an
//! error the test put in a file, fix it and change the opening hours in the
//! form, review a machine translation, preview in Arabic, save (checking
//! the file's diff line by line), build and sign a feed that
//! `witaj feed verify` accepts, export and import HSDS, and follow a
//! newcomer's report to its entry.

use std::path::{Path, PathBuf};
use std::time::Duration;

use e2e::App;
use fantoccini::Locator;
use fantoccini::key::Key;
use serde_json::json;

const FILE: &str = "krakow/services/housing-office.toml";
const PASSWORD: &str = "studio e2e password";

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("workspace root")
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

/// Lines that differ between two versions of a file of the same length.
fn changed_lines(before: &str, after: &str) -> Vec<(String, String)> {
    assert_eq!(before.lines().count(), after.lines().count(), "{after}");
    before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .map(|(a, b)| (a.to_owned(), b.to_owned()))
        .collect()
}

async fn text_of(app: &App, css: &str) -> String {
    app.wait_css(css).await.text().await.expect("text")
}

/// Scrolls `css` to the middle of the window, for the screenshot.
async fn show(app: &App, css: &str) {
    app.wait_css(css).await;
    app.eval(&format!(
        "document.querySelector(\"{css}\").scrollIntoView({{block: 'center'}})"
    ))
    .await;
}

/// Erases what `css` holds and types `text`, as a person would: the field
/// reports a change only when it is left (WebDriver's clear reports one at
/// once).
async fn retype(app: &App, css: &str, text: &str) {
    let field = app.wait_css(css).await;
    let length = field
        .prop("value")
        .await
        .expect("value")
        .map_or(0, |v| v.chars().count());
    let erase = Key::Backspace.to_string().repeat(length);
    field
        .send_keys(&format!("{}{erase}{text}", Key::End))
        .await
        .expect("type");
}

#[tokio::test(flavor = "multi_thread")]
async fn city_staff_edit_fix_save_and_publish() {
    let work = tempfile::tempdir().expect("temp");
    let content = work.path().join("content");
    copy_dir(&workspace().join("content/krakow"), &content.join("krakow"));
    copy_dir(&workspace().join("content/guides"), &content.join("guides"));
    let path = content.join(FILE);
    let original = std::fs::read_to_string(&path).expect("read");
    let broken = original.replace(r#"category = "housing""#, r#"category = "housng""#);
    assert_ne!(broken, original);
    std::fs::write(&path, &broken).expect("break the file");
    let keys = work.path().join("keys");
    witaj_feed::generate_keys(&keys, Some(PASSWORD.to_owned())).expect("test key");
    let out = work.path().join("feed");

    let folder = content.join("krakow");
    let app = App::launch_with(
        "studio",
        &[("WITAJ_STUDIO", folder.to_str().expect("utf-8"))],
    )
    .await;

    // The table: the broken entry shows its error.
    app.wait_css("[data-testid='entries']").await;
    let row = format!("[data-testid='row'][data-file='{FILE}']");
    let problems = text_of(&app, &format!("{row} [data-testid='row-problems']")).await;
    assert!(problems.contains("Errors: 1"), "{problems}");
    show(&app, &row).await;
    app.shot("01-table").await;
    assert_eq!(app.axe_violations().await, Vec::<String>::new(), "entries");

    // The form: the lint error next to its field, with file and line.
    app.wait_css(&format!("{row} [data-testid='edit']"))
        .await
        .click()
        .await
        .expect("open the entry");
    let problem = text_of(&app, "[data-testid='problem']").await;
    assert!(
        problem.contains(&format!("{FILE}:2")) && problem.contains("category"),
        "{problem}"
    );
    let beside = text_of(
        &app,
        "[data-field='category'] ~ [data-testid='field-problem']",
    )
    .await;
    assert!(beside.contains("line 2"), "{beside}");
    app.shot("02-form-lint-error").await;
    assert_eq!(app.axe_violations().await, Vec::<String>::new(), "form");

    // Fix it with the category picker.
    app.wait_css("select[data-field='category'] option[value='housing']")
        .await
        .click()
        .await
        .expect("pick Housing");
    app.wait_css("[data-testid='no-problems']").await;

    // Opening hours: a Polish-style expression is explained, a good one previewed.
    retype(&app, "[data-field='opening_hours']", "Pn-Pt 8.00-15.00").await;
    app.wait_eval(
        "return document.querySelector('[data-testid=hours-preview]').textContent.includes('Pn is Mo')",
        json!(true),
    )
    .await;
    let hints = text_of(&app, "[data-testid='hours-preview']").await;
    assert!(hints.contains("Mo Tu We Th Fr Sa Su"), "{hints}");
    assert!(hints.contains("08:00, not 8.00"), "{hints}");
    show(&app, "[data-testid='hours-preview']").await;
    app.shot("03-hours-explained").await;
    retype(
        &app,
        "[data-field='opening_hours']",
        "Mo-Fr 08:00-15:00; PH off",
    )
    .await;
    app.wait_eval(
        "return document.querySelector('[data-testid=hours-preview]').textContent.includes('08:00–15:00')",
        json!(true),
    )
    .await;
    app.wait_css("[data-field='opening_hours']")
        .await
        .send_keys(&Key::Tab.to_string())
        .await
        .expect("leave the field");
    app.wait_css("[data-testid='unsaved-count']").await;
    show(&app, "[data-testid='hours-preview']").await;
    app.shot("04-hours-preview").await;
    assert_eq!(app.axe_violations().await, Vec::<String>::new(), "hours");

    // Translations side by side; the reviewer clears English's MT mark.
    app.wait_css("[data-testid='tab-translations']")
        .await
        .click()
        .await
        .expect("translations");
    app.wait_css("[data-testid='translations']").await;
    app.shot("05-translations").await;
    assert_eq!(
        app.axe_violations().await,
        Vec::<String>::new(),
        "translations"
    );
    app.wait_css("[data-testid='mt-reviewed']")
        .await
        .click()
        .await
        .expect("reviewed");
    app.wait_eval(
        "return document.querySelector('[data-testid=mt-banner]') === null",
        json!(true),
    )
    .await;

    // The newcomer's view, in Arabic, right to left, at phone width.
    app.wait_css("[data-testid='tab-preview']")
        .await
        .click()
        .await
        .expect("preview");
    app.wait_css("[data-testid='preview']").await;
    app.wait_css("#preview-locale option[value='ar']")
        .await
        .click()
        .await
        .expect("Arabic");
    app.wait_css("[data-testid='preview'][dir='rtl']").await;
    let width = app
        .eval(
            "return document.querySelector('[data-testid=preview]').getBoundingClientRect().width",
        )
        .await;
    assert_eq!(width.as_f64(), Some(360.0), "phone width");
    show(&app, "[data-testid='preview']").await;
    app.shot("06-preview-arabic").await;
    assert_eq!(app.axe_violations().await, Vec::<String>::new(), "preview");

    // Save: exactly the three edited lines change on disk.
    app.wait_css("[data-testid='save']")
        .await
        .click()
        .await
        .expect("save");
    let saved = text_of(&app, "[data-testid='saved']").await;
    assert!(saved.contains(FILE), "{saved}");
    let on_disk = std::fs::read_to_string(&path).expect("read");
    let expected: Vec<(String, String)> = [
        (r#"category = "housng""#, r#"category = "housing""#),
        (
            r#"opening_hours = "Mo-Fr 07:40-15:30; PH off""#,
            r#"opening_hours = "Mo-Fr 08:00-15:00; PH off""#,
        ),
        (
            r#"machine_translated = ["pl", "en", "uk", "ru", "be", "ka", "ar", "hi", "vi", "tr"]"#,
            r#"machine_translated = ["pl", "uk", "ru", "be", "ka", "ar", "hi", "vi", "tr"]"#,
        ),
    ]
    .iter()
    .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
    .collect();
    assert_eq!(changed_lines(&broken, &on_disk), expected);

    // Publish: the change summary, a wrong password refused, then signed.
    app.wait_css("[data-testid='nav-publish']")
        .await
        .click()
        .await
        .expect("publish screen");
    retype(
        &app,
        "[data-testid='publish-out']",
        out.to_str().expect("utf-8"),
    )
    .await;
    app.wait_css("[data-testid='publish-check']")
        .await
        .click()
        .await
        .expect("show changes");
    let services = std::fs::read_dir(content.join("krakow/services"))
        .expect("read")
        .count();
    let added = app
        .client
        .wait()
        .at_most(Duration::from_secs(15))
        .for_element(Locator::Css("[data-testid='changes-added'] li"))
        .await
        .expect("added services");
    drop(added);
    let count = app
        .eval("return document.querySelectorAll('[data-testid=changes-added] li').length")
        .await;
    assert_eq!(count.as_u64(), Some(services as u64));
    retype(
        &app,
        "[data-testid='publish-key']",
        keys.join("feed.key").to_str().expect("utf-8"),
    )
    .await;
    retype(&app, "[data-testid='publish-password']", "not the password").await;
    app.wait_css("[data-testid='publish-sign']")
        .await
        .click()
        .await
        .expect("sign");
    let error = text_of(&app, "[data-testid='error']").await;
    assert!(error.contains("password"), "{error}");
    assert!(!out.join("manifest.json").exists());
    app.shot("07-publish-wrong-password").await;
    assert_eq!(app.axe_violations().await, Vec::<String>::new(), "publish");
    retype(&app, "[data-testid='publish-password']", PASSWORD).await;
    app.wait_css("[data-testid='publish-sign']")
        .await
        .click()
        .await
        .expect("sign");
    let version = text_of(&app, "[data-testid='published-version']").await;
    show(&app, "[data-testid='published']").await;
    app.shot("08-published").await;
    assert_eq!(
        app.axe_violations().await,
        Vec::<String>::new(),
        "published"
    );

    // HSDS: export the city, and import the export back over the files.
    let hsds = work.path().join("krakow.hsds.json");
    app.wait_css("[data-testid='nav-hsds']")
        .await
        .click()
        .await
        .expect("HSDS screen");
    retype(
        &app,
        "[data-testid='hsds-out']",
        hsds.to_str().expect("utf-8"),
    )
    .await;
    app.wait_css("[data-testid='hsds-export']")
        .await
        .click()
        .await
        .expect("export");
    let exported = text_of(&app, "[data-testid='hsds-exported']").await;
    assert!(exported.ends_with(&format!(": {services}")), "{exported}");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&hsds).expect("written")).expect("JSON");
    assert_eq!(json.as_array().map(Vec::len), Some(services));
    retype(
        &app,
        "[data-testid='hsds-input']",
        hsds.to_str().expect("utf-8"),
    )
    .await;
    app.wait_css("[data-testid='hsds-import']")
        .await
        .click()
        .await
        .expect("import");
    let imported = text_of(&app, "[data-testid='hsds-imported']").await;
    assert!(imported.contains(&format!(": {services}")), "{imported}");
    app.shot("09-hsds").await;
    assert_eq!(app.axe_violations().await, Vec::<String>::new(), "HSDS");

    // A newcomer's report file links to the entry it is about.
    let reports = work.path().join("reports.json");
    let report = json!({
        "format": "witaj-report",
        "version": 1,
        "reports": [{
            "created_at": "2026-11-30T10:00:00Z",
            "city": "krakow",
            "problem": "wrong-hours",
            "service_id": "krakow-housing-office",
            "text": "У п'ятницю зачинено о 14:00",
            "locale": "uk"
        }]
    });
    std::fs::write(&reports, report.to_string()).expect("report file");
    app.wait_css("[data-testid='nav-reports']")
        .await
        .click()
        .await
        .expect("reports screen");
    retype(
        &app,
        "[data-testid='reports-file']",
        reports.to_str().expect("utf-8"),
    )
    .await;
    app.wait_css("[data-testid='reports-open']")
        .await
        .click()
        .await
        .expect("open reports");
    let row = text_of(&app, "[data-testid='report']").await;
    assert!(
        row.contains("Wrong opening hours") && row.contains("14:00"),
        "{row}"
    );
    app.shot("10-reports").await;
    assert_eq!(app.axe_violations().await, Vec::<String>::new(), "reports");
    app.wait_css("[data-testid='report'] button")
        .await
        .click()
        .await
        .expect("open the entry");
    let opened = text_of(&app, "h1").await;
    assert!(opened.starts_with("Wydział Mieszkalnictwa"), "{opened}");

    // A guide opens with every field of its file, and translations side by side.
    app.wait_css("[data-testid='nav-entries']")
        .await
        .click()
        .await
        .expect("entries");
    app.wait_css("[data-testid='row'][data-file='guides/pesel.toml'] [data-testid='edit']")
        .await
        .click()
        .await
        .expect("open a guide");
    app.wait_css("[data-testid='generic-fields'] [data-field='steps.0.title.pl']")
        .await;
    app.shot("12-guide").await;
    assert_eq!(app.axe_violations().await, Vec::<String>::new(), "guide");
    app.wait_css("[data-testid='tab-translations']")
        .await
        .click()
        .await
        .expect("translations");
    app.wait_css("[data-testid='translations'] [data-field='steps.0.title.en']")
        .await;
    assert_eq!(
        app.axe_violations().await,
        Vec::<String>::new(),
        "guide translations"
    );

    // Studio in Polish.
    app.wait_css("[data-testid='nav-entries']")
        .await
        .click()
        .await
        .expect("entries");
    app.wait_css("[data-testid='studio-language'] option[value='pl']")
        .await
        .click()
        .await
        .expect("Polski");
    app.wait_eval("return document.documentElement.lang", json!("pl"))
        .await;
    let heading = text_of(&app, "h1").await;
    assert!(heading.starts_with("Usługi i poradniki"), "{heading}");
    app.shot("11-entries-polish").await;
    assert_eq!(app.axe_violations().await, Vec::<String>::new(), "Polish");
    app.close().await;

    // The signed feed passes the CLI's check.
    let witaj = workspace().join("target/debug/witaj");
    assert!(
        witaj.exists(),
        "build the CLI first: cargo build -p witaj-cli"
    );
    let verify = std::process::Command::new(&witaj)
        .arg("feed")
        .arg("verify")
        .arg(&out)
        .arg("--pubkey")
        .arg(keys.join("feed.pub"))
        .output()
        .expect("witaj runs");
    let stdout = String::from_utf8_lossy(&verify.stdout);
    assert!(
        verify.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&verify.stderr)
    );
    assert!(
        stdout.contains(&format!("ok: krakow v{version}, {services} services")),
        "{stdout}"
    );
}
