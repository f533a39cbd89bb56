//! A signed feed served on loopback updates the real app, and the hostile
//! text it carries stays inert in the webview.

use std::time::Duration;

use chrono::{NaiveDate, Utc};
use e2e::{App, fixture, serve_folder};
use serde_json::json;
use witaj_feed::{BuildOptions, SecretKey};
use witaj_model::{
    Category, CityId, Guide, GuideStep, Locale, LocalizedText, Notice, Organization, Service,
    ServiceStatus, Severity,
};

/// Each payload, if it ever ran, would set `window.__xss`.
const PAYLOADS: &[&str] = &[
    "<script>window.__xss=1</script>",
    "<img src=x onerror=\"window.__xss=1\">",
    "<svg onload=window.__xss=1>",
    "<svg><script>window.__xss=1</script></svg>",
    "\"><script>window.__xss=1</script>",
    "<iframe src=\"javascript:window.__xss=1\"></iframe>",
    "<details open ontoggle=window.__xss=1>",
    "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>",
    "<a href=\"javascript:window.__xss=1\">link</a>",
    "<img src=x onerror=window.__xss=1//",
    "{@html '<img src=x onerror=window.__xss=1>'}",
];

const MARKDOWN: &str = "Bring your passport.\n\n[click me](javascript:window.__xss=1)\n\n<script>window.__xss=1</script>\n\n<img src=x onerror=window.__xss=1>\n\n![x](javascript:window.__xss=1)\n\n<svg onload=window.__xss=1>";

fn text(value: &str) -> LocalizedText {
    LocalizedText::new()
        .with(Locale::Pl, value)
        .with(Locale::En, value)
        .with(Locale::Uk, value)
}

fn hostile_service(i: usize, payload: &str) -> Service {
    Service {
        id: format!("krakow-xss-{i}"),
        city: CityId::Krakow,
        category: Category::Integration,
        status: ServiceStatus::Active,
        organization: Organization {
            name: text(payload),
            website: None,
        },
        name: text(&format!("Xsstest {i} {payload}")),
        description: text(payload),
        application_process: text(payload),
        fees: LocalizedText::new(),
        keywords: Vec::new(),
        website: Some("https://www.krakow.pl/".to_owned()),
        email: None,
        free: Some(true),
        opening_hours: Some("Mo-Fr 08:00-16:00; PH off".to_owned()),
        languages: vec!["pl".to_owned()],
        location: None,
        phones: Vec::new(),
        documents: vec![text(payload)],
        source_url: "https://www.krakow.pl/".to_owned(),
        last_verified: NaiveDate::from_ymd_opt(2026, 11, 20).expect("valid"),
        verification: witaj_model::Verification::Drafted,
        appointment: None,
        booking_url: None,
        allow_http: false,
        machine_translated: Vec::new(),
    }
}

fn hostile_guide() -> Guide {
    Guide {
        id: "krakow-xss-guide".to_owned(),
        categories: vec![Category::Integration],
        title: text("Xssguide <img src=x onerror=window.__xss=1>"),
        summary: text(PAYLOADS[0]),
        steps: vec![GuideStep {
            category: Some(Category::Integration),
            title: text(PAYLOADS[2]),
            body: text(MARKDOWN),
        }],
        checklist: vec![text(PAYLOADS[1])],
        source_url: "https://www.krakow.pl/".to_owned(),
        last_verified: NaiveDate::from_ymd_opt(2026, 11, 20).expect("valid"),
        city: None,
        machine_translated: Vec::new(),
    }
}

/// A Kraków notice in force from a week ago until `until_days` from today.
fn notice(id: &str, until_days: i64) -> Notice {
    let today = Utc::now().date_naive();
    Notice {
        id: id.to_owned(),
        city: None,
        valid_from: today - chrono::Duration::days(7),
        valid_until: today + chrono::Duration::days(until_days),
        severity: Severity::Important,
        link: Some("https://www.gov.pl/web/udsc".to_owned()),
        title: text(&format!("Notice {id}")),
        body: text("The office at ul. Przykładowa 1 is closed this week."),
        source_url: "https://www.krakow.pl/".to_owned(),
        last_verified: today - chrono::Duration::days(7),
        machine_translated: Vec::new(),
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn signed_update_applies_and_hostile_text_stays_inert() {
    let feed = tempfile::tempdir().expect("temp");
    let key = SecretKey::from_file(&fixture("feed-test-key/feed.key"), None).expect("test key");
    let services: Vec<Service> = PAYLOADS
        .iter()
        .enumerate()
        .map(|(i, p)| hostile_service(i, p))
        .collect();
    let options = BuildOptions {
        city: CityId::Krakow,
        version: None,
        issued: Utc::now(),
        expires_in_days: 30,
        min_app: "0.1.0".to_owned(),
    };
    let built = witaj_feed::build_feed(
        services,
        vec![hostile_guide()],
        vec![notice("krakow-in-force", 30), notice("krakow-expired", -2)],
        &key,
        feed.path(),
        &options,
    )
    .expect("feed builds");
    let port = serve_folder(feed.path().to_owned());
    let public = std::fs::read_to_string(fixture("feed-test-key/feed.pub")).expect("public key");
    let key_line = public.lines().nth(1).expect("the key line");
    let config = feed.path().join("directory.toml");
    std::fs::write(
        &config,
        format!("[krakow]\nurl = \"http://127.0.0.1:{port}/\"\nkeys = [\"{key_line}\"]\n"),
    )
    .expect("config");

    let app = App::launch_with(
        "feed",
        &[("WITAJ_TEST_FEEDS", config.to_str().expect("utf-8"))],
    )
    .await;
    app.wait_css("[data-locale='en']")
        .await
        .click()
        .await
        .expect("English");
    app.wait_css("[data-city='krakow']")
        .await
        .click()
        .await
        .expect("Kraków");
    app.wait_css("[data-network='allow']")
        .await
        .click()
        .await
        .expect("allow updates");

    // Settings: update now, and watch it apply.
    app.eval("location.hash = '#/settings'; return null").await;
    app.wait_css("[data-testid='update-now']")
        .await
        .click()
        .await
        .expect("update now");
    let applied = format!(
        "return document.querySelector('[data-testid=update-status]').textContent.includes('{}')",
        built.version
    );
    app.wait_eval(&applied, json!(true)).await;
    app.shot("01-updated").await;
    app.wait_css("[data-testid='update-now']")
        .await
        .click()
        .await
        .expect("update again");
    app.wait_eval("return document.querySelector('[data-testid=update-status]').textContent.includes('up to date')", json!(true)).await;

    // The city's notices: the one in force is on Home, the expired one is
    // not, and a hidden notice stays hidden.
    app.eval("location.hash = '#/'; return null").await;
    app.wait_css("[data-notice-id='krakow-in-force']").await;
    assert_eq!(
        app.eval("return document.querySelectorAll(\"[data-notice-id='krakow-expired']\").length")
            .await,
        json!(0),
        "an expired notice is not shown"
    );
    app.shot("01b-notice").await;
    app.wait_css("[data-notice-id='krakow-in-force'] [data-testid='dismiss-notice']")
        .await
        .click()
        .await
        .expect("hide the notice");
    app.wait_eval(
        "return document.querySelectorAll(\"[data-notice-id='krakow-in-force']\").length",
        json!(0),
    )
    .await;

    // The hostile entries, in the results, the detail and a guide.
    app.eval("location.hash = '#/'; return null").await;
    let search = app.wait_css("[data-testid='search']").await;
    search.clear().await.expect("clear");
    search.send_keys("xsstest").await.expect("typing");
    app.wait_css("[data-service-id='krakow-xss-1']").await;
    app.shot("02-hostile-results").await;
    for (i, payload) in PAYLOADS.iter().enumerate() {
        app.eval(&format!(
            "location.hash = '#/service/krakow-xss-{i}'; return null"
        ))
        .await;
        let heading = format!("Xsstest {i} ");
        app.wait_eval(
            &format!("return !!document.querySelector('[data-testid=service-name]')?.textContent.includes({heading:?})"),
            json!(true),
        )
        .await;
        let name = app
            .wait_css("[data-testid='service-name']")
            .await
            .text()
            .await
            .expect("name");
        assert!(
            name.contains(payload),
            "the payload is shown as text: {name}"
        );
    }
    app.shot("03-hostile-detail").await;
    app.eval("location.hash = '#/guide/krakow-xss-guide'; return null")
        .await;
    app.wait_eval(
        "return !!document.querySelector('.steps .body')",
        json!(true),
    )
    .await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    app.shot("04-hostile-guide").await;

    let report = app
        .eval(
            "const main = document.querySelector('main');
             const withHandlers = [...main.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on')));
             const badLinks = [...main.querySelectorAll('a[href]')].filter(a => !/^(https?:|tel:|mailto:|geo:|#)/i.test(a.getAttribute('href')));
             return { xss: window.__xss ?? null, scripts: main.querySelectorAll('script, iframe, img, svg script, math, details').length,
                      handlers: withHandlers.length, badLinks: badLinks.length,
                      bodyText: document.querySelector('.steps .body').textContent };",
        )
        .await;
    assert_eq!(report["xss"], json!(null), "no payload ran: {report}");
    assert_eq!(report["scripts"], json!(0), "{report}");
    assert_eq!(report["handlers"], json!(0), "{report}");
    assert_eq!(report["badLinks"], json!(0), "{report}");
    assert!(
        report["bodyText"]
            .as_str()
            .is_some_and(|t| t.contains("<script>window.__xss=1</script>")),
        "raw HTML is shown as text: {report}"
    );
    println!(
        "{} hostile payloads shown inert in the webview",
        PAYLOADS.len() * 6 + 6
    );

    // A city's guides reach only that city's readers.
    app.eval("location.hash = '#/guides'; return null").await;
    app.wait_css("[data-guide-id='krakow-xss-guide']").await;
    app.eval("location.hash = '#/settings'; return null").await;
    app.wait_css("[data-testid='city-switch']")
        .await
        .select_by_value("warszawa")
        .await
        .expect("move to Warszawa");
    app.eval("location.hash = '#/guides'; return null").await;
    app.wait_css("[data-guide-id]").await;
    app.wait_eval(
        "return document.querySelectorAll(\"[data-guide-id^='krakow-']\").length",
        json!(0),
    )
    .await;

    // The window cannot be navigated away from the app to a served page.
    app.eval(&format!(
        "location.href = 'http://127.0.0.1:{port}/manifest.json'; return null"
    ))
    .await;
    tokio::time::sleep(Duration::from_millis(800)).await;
    let protocol = app.eval("return location.protocol").await;
    assert_eq!(protocol, json!("tauri:"), "the window stayed in the app");
    app.close().await;
}
