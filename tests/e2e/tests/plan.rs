//! My plan and reports in the real app: saving a service and a guide,
//! a note and a done mark, contacts saved as a vCard file, "Forget
//! everything" emptying the user database; a report saved to a file; and
//! an empty search that suggests a spelling and takes a "report missing".

use std::path::{Path, PathBuf};
use std::time::Duration;

use e2e::App;
use serde_json::json;
use witaj_model::{CityId, Locale};
use witaj_report::{Problem, ReportFile};
use witaj_user::{ItemKind, UserData};

const SERVICE: &str = "krakow-meldunek-pesel";

/// A data folder whose Downloads folder is known, as a desktop's
/// `user-dirs.dirs` sets it.
fn data_with_downloads() -> (tempfile::TempDir, PathBuf) {
    let data = tempfile::tempdir().expect("temp data dir");
    let downloads = data.path().join("Downloads");
    let config = data.path().join("config");
    std::fs::create_dir_all(&config).expect("config folder");
    std::fs::create_dir_all(&downloads).expect("downloads folder");
    std::fs::write(
        config.join("user-dirs.dirs"),
        format!("XDG_DOWNLOAD_DIR=\"{}\"\n", downloads.display()),
    )
    .expect("user-dirs.dirs");
    (data, downloads)
}

fn user_database(data: &Path) -> UserData {
    UserData::open(&data.join("data/org.witaj.navigator/user.sqlite"))
        .expect("the user database opens")
}

async fn first_run(app: &App, locale: &str) {
    for choice in [
        format!("[data-locale='{locale}']"),
        "[data-city='krakow']".to_owned(),
        "[data-network='deny']".to_owned(),
    ] {
        app.click(&choice).await;
    }
    app.wait_css("[data-testid='search']").await;
}

async fn go(app: &App, hash: &str) {
    app.eval(&format!("location.hash = '{hash}'; return null"))
        .await;
    tokio::time::sleep(Duration::from_millis(300)).await;
}

fn files_in(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("downloads readable")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    files
}

#[tokio::test(flavor = "multi_thread")]
async fn saving_to_the_plan_and_wiping_it() {
    let (data, downloads) = data_with_downloads();
    let data_path = data.path().to_owned();
    let app = App::launch_in("plan", &[], data).await;
    first_run(&app, "uk").await;

    // A service and a guide, saved from their own pages.
    go(&app, &format!("#/service/{SERVICE}")).await;
    app.click("[data-testid='save-to-plan'][data-saved='false']")
        .await;
    app.wait_css("[data-testid='save-to-plan'][data-saved='true']")
        .await;
    go(&app, "#/guides").await;
    let guide_href = app
        .eval("return document.querySelector('a[href^=\"#/guide/\"]').getAttribute('href')")
        .await;
    let guide_id = guide_href
        .as_str()
        .expect("a guide link")
        .trim_start_matches("#/guide/")
        .to_owned();
    go(&app, &format!("#/guide/{guide_id}")).await;
    app.click("[data-testid='save-to-plan'][data-saved='false']")
        .await;
    app.wait_css("[data-testid='save-to-plan'][data-saved='true']")
        .await;
    app.click("[data-testid='checklist-item']").await;
    tokio::time::sleep(Duration::from_millis(300)).await;

    // The plan lists both, in the reader's language with the Polish name.
    app.click("[data-testid='nav-plan']").await;
    app.wait_eval(
        "return document.querySelectorAll('[data-testid=plan-entry]').length",
        json!(2),
    )
    .await;
    let first = app
        .wait_css(&format!("[data-testid='plan-entry'][data-id='{SERVICE}']"))
        .await;
    let text = first.text().await.expect("entry text");
    assert!(
        text.contains("PESEL"),
        "the saved service is listed: {text}"
    );
    let note = app
        .wait_css(&format!("[data-id='{SERVICE}'] [data-testid='plan-note']"))
        .await;
    note.send_keys("Взяти паспорт, вікно 4")
        .await
        .expect("type a note");
    app.eval("document.activeElement.blur(); return null").await;
    app.click(&format!("[data-id='{SERVICE}'] [data-testid='plan-done']"))
        .await;
    app.wait_eval(
        "return document.querySelector('[data-testid=plan-progress]').textContent.includes('1')",
        json!(true),
    )
    .await;
    app.shot("01-plan-uk").await;

    // Saved in the user database, beside the catalog and not in it.
    let user = user_database(&data_path);
    let plan: Vec<_> = user
        .plan()
        .expect("plan reads")
        .into_iter()
        .map(|p| (p.item.kind, p.item.id, p.note, p.done))
        .collect();
    assert_eq!(
        plan,
        [
            (
                ItemKind::Service,
                SERVICE.to_owned(),
                "Взяти паспорт, вікно 4".to_owned(),
                true
            ),
            (ItemKind::Guide, guide_id.clone(), String::new(), false),
        ]
    );
    assert_eq!(
        user.checklist(CityId::Krakow, &guide_id)
            .expect("ticks read"),
        [0]
    );

    // The printout: the reader's language beside Polish, with the note. The
    // system's print dialog is replaced, as a printer would take the page.
    app.eval("window.print = () => { window.printed = true; }; return null")
        .await;
    app.click("[data-testid='plan-print']").await;
    app.wait_eval("return window.printed === true", json!(true))
        .await;
    let printout = app
        .eval("return document.querySelector('.plan-printout').textContent")
        .await;
    let printout = printout.as_str().expect("printout text");
    for expected in [
        "Реєстрація місця проживання",
        "Meldunek i PESEL",
        "Взяти паспорт, вікно 4",
        "Mój plan",
    ] {
        assert!(printout.contains(expected), "{expected} in {printout}");
    }
    // The page as printed (the CSP allows no injected style sheet; element
    // styles it allows).
    let as_printed = |shown: &str, hidden: &str| {
        format!(
            "document.querySelectorAll('.print-only').forEach(e => e.style.display = '{shown}');
             document.querySelectorAll('.no-print, .top, .tabs').forEach(e => e.style.display = '{hidden}');
             window.scrollTo(0, 0); return null"
        )
    };
    app.eval(&as_printed("block", "none")).await;
    app.shot("02-plan-printout-uk").await;
    app.eval(&as_printed("", "")).await;

    // Contacts as one vCard file in Downloads.
    app.click("[data-testid='plan-contacts']").await;
    app.wait_css("[data-testid='plan-saved-file']").await;
    let saved = files_in(&downloads);
    assert_eq!(saved.len(), 1, "one file: {saved:?}");
    let cards = std::fs::read_to_string(&saved[0]).expect("vcard readable");
    assert_eq!(cards.matches("BEGIN:VCARD").count(), 1, "{cards}");
    assert!(saved[0].extension().is_some_and(|e| e == "vcf"));

    // Forget everything: the plan and the ticks are gone from the file too.
    go(&app, "#/settings").await;
    app.click("[data-testid='wipe']").await;
    app.wait_css("[data-locale='uk']").await;
    let user = user_database(&data_path);
    assert!(user.plan().expect("plan reads").is_empty());
    assert!(
        user.checklist(CityId::Krakow, &guide_id)
            .expect("ticks read")
            .is_empty()
    );
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_report_saved_to_a_file() {
    let (data, downloads) = data_with_downloads();
    let app = App::launch_in("report", &[], data).await;
    first_run(&app, "ar").await;
    go(&app, &format!("#/service/{SERVICE}")).await;
    app.click("[data-testid='report-problem']").await;
    app.click("input[value='wrong-hours']").await;
    app.wait_css("[data-testid='report-text']")
        .await
        .send_keys("مغلق يوم الجمعة")
        .await
        .expect("type");
    app.shot("01-report-form-ar").await;
    app.click("[data-testid='report-submit']").await;
    app.wait_css("[data-testid='report-queued']").await;
    // Nothing left the device yet.
    assert!(files_in(&downloads).is_empty());
    app.wait_css("[data-testid='report-email']").await;
    app.click("[data-testid='report-save-file']").await;
    app.wait_css("[data-testid='report-result']").await;
    app.shot("02-report-saved-ar").await;

    let saved = files_in(&downloads);
    assert_eq!(saved.len(), 1, "one file: {saved:?}");
    let file = ReportFile::read(&saved[0]).expect("a valid report file");
    let [report] = file.reports.as_slice() else {
        panic!("one report: {:?}", file.reports)
    };
    assert_eq!(report.problem, Problem::WrongHours);
    assert_eq!(report.service_id.as_deref(), Some(SERVICE));
    assert_eq!(report.city, CityId::Krakow);
    assert_eq!(report.locale, Locale::Ar);
    assert_eq!(report.text, "مغلق يوم الجمعة");
    assert!(
        report
            .service_name
            .as_deref()
            .is_some_and(|n| n.contains("PESEL"))
    );

    // My plan shows it as passed on.
    go(&app, "#/plan").await;
    app.wait_css("[data-testid='plan-reports']").await;
    app.shot("03-plan-reports-ar").await;
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn an_empty_search_suggests_a_spelling_and_takes_a_report_of_what_is_missing() {
    let app = App::launch("empty-search").await;
    first_run(&app, "pl").await;
    let search = app.wait_css("[data-testid='search']").await;
    search.send_keys("hurząd").await.expect("typing");
    let suggestion = app.wait_css("[data-testid='did-you-mean']").await;
    let label = suggestion.text().await.expect("label");
    assert!(label.contains("„urząd”"), "{label}");
    app.shot("01-did-you-mean-pl").await;
    suggestion.click().await.expect("take the suggestion");
    app.wait_css("[data-testid='results'] [data-service-id]")
        .await;
    assert_eq!(
        app.eval("return document.querySelector('[data-testid=search]').value")
            .await,
        json!("urząd")
    );

    search.clear().await.expect("clear");
    search.send_keys("hxqpwt").await.expect("typing");
    app.wait_css("[data-testid='nothing-found']").await;
    app.wait_css("[data-testid='helpline']").await;
    app.click("[data-testid='report-missing']").await;
    app.wait_css("[data-testid='report-text']")
        .await
        .send_keys("Kurs polskiego w sobotę")
        .await
        .expect("type");
    app.click("[data-testid='report-submit']").await;
    app.wait_css("[data-testid='report-queued']").await;
    app.shot("02-report-missing-pl").await;
    go(&app, "#/plan").await;
    let reports = app.wait_css("[data-testid='plan-reports']").await;
    let text = reports.text().await.expect("reports");
    assert!(
        text.contains("hxqpwt") && text.contains("Kurs polskiego w sobotę"),
        "{text}"
    );
    app.close().await;
}
