//! What automated and manual accessibility checks ask of every screen, in
//! the real app: axe-core (from npm, run inside the webview) finds no
//! violation, and at 320 and 360 px nothing needs sideways scrolling in any
//! of the ten languages.

use std::time::Duration;

use e2e::App;
use serde_json::json;

const LOCALES: [&str; 10] = ["pl", "en", "uk", "ru", "be", "ka", "ar", "hi", "vi", "tr"];
const SERVICE: &str = "krakow-housing-office";

async fn go(app: &App, hash: &str, ready: &str) {
    app.eval(&format!("location.hash = '{hash}'; return null"))
        .await;
    app.wait_css(ready).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
}

async fn fits(app: &App) -> serde_json::Value {
    app.eval(
        "return { fits: document.documentElement.scrollWidth <= window.innerWidth,
                  width: window.innerWidth, scroll: document.documentElement.scrollWidth }",
    )
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn every_screen_passes_axe_and_reflows_in_every_language() {
    let app = App::launch("a11y").await;
    app.wait_css("[data-locale='en']")
        .await
        .click()
        .await
        .expect("English");
    assert_eq!(
        app.axe_violations().await,
        Vec::<String>::new(),
        "first run: city"
    );
    app.wait_css("[data-city='krakow']")
        .await
        .click()
        .await
        .expect("Kraków");
    app.wait_css("[data-network='deny']").await;
    assert_eq!(
        app.axe_violations().await,
        Vec::<String>::new(),
        "first run: network"
    );
    app.wait_css("[data-network='deny']")
        .await
        .click()
        .await
        .expect("offline");

    // A saved service, so My plan has an entry to check.
    go(
        &app,
        &format!("#/service/{SERVICE}"),
        "[data-testid='save-to-plan'][data-saved='false']",
    )
    .await;
    app.wait_css("[data-testid='save-to-plan']")
        .await
        .click()
        .await
        .expect("save to my plan");
    app.wait_css("[data-testid='save-to-plan'][data-saved='true']")
        .await;

    let screens = [
        ("#/", "[data-testid='search']"),
        ("#/plan", "[data-testid='plan-entry']"),
        (
            &*format!("#/service/{SERVICE}"),
            "[data-testid='service-name']",
        ),
        (&*format!("#/clerk/{SERVICE}"), "#clerk-name"),
        ("#/guides", "[data-guide-id]"),
        ("#/guide/karta-pobytu", "#guide-title"),
        ("#/settings", "[data-testid='wipe']"),
    ];
    let mut problems = Vec::new();
    for (hash, ready) in screens {
        go(&app, hash, ready).await;
        for violation in app.axe_violations().await {
            problems.push(format!("{hash}: {violation}"));
        }
    }
    // Search results with a category filter chip, the busiest Home.
    go(&app, "#/", "[data-testid='search']").await;
    app.wait_css("[data-testid='search']")
        .await
        .send_keys("lekarz")
        .await
        .expect("typing");
    app.wait_css("[data-service-id]").await;
    for violation in app.axe_violations().await {
        problems.push(format!("results: {violation}"));
    }
    // The report form, open on a service.
    go(
        &app,
        &format!("#/service/{SERVICE}"),
        "[data-testid='report-problem']",
    )
    .await;
    app.wait_css("[data-testid='report-problem']")
        .await
        .click()
        .await
        .expect("report a problem");
    app.wait_css("[data-testid='report-form']").await;
    for violation in app.axe_violations().await {
        problems.push(format!("report form: {violation}"));
    }
    assert!(problems.is_empty(), "axe-core:\n{}", problems.join("\n"));

    // Reflow: every language, at phone width and at the window's minimum.
    let mut overflows = Vec::new();
    for width in [360, 320] {
        app.client
            .set_window_size(width, 740)
            .await
            .expect("resize");
        app.wait_eval(&format!("return window.innerWidth <= {width}"), json!(true))
            .await;
        for locale in LOCALES {
            app.wait_css("[data-testid='language-switch']")
                .await
                .select_by_value(locale)
                .await
                .expect("choose the language");
            app.wait_eval("return document.documentElement.lang", json!(locale))
                .await;
            for (hash, ready) in [
                ("#/", "[data-testid='search']"),
                (
                    &*format!("#/service/{SERVICE}"),
                    "[data-testid='service-name']",
                ),
                ("#/guides", "[data-guide-id]"),
                ("#/plan", "[data-testid='plan-entry']"),
                ("#/settings", "[data-testid='wipe']"),
            ] {
                go(&app, hash, ready).await;
                let measured = fits(&app).await;
                if width == 360 && hash == "#/plan" && ["uk", "ar", "pl"].contains(&locale) {
                    app.shot(&format!("plan-360-{locale}")).await;
                }
                if measured["fits"] != json!(true) {
                    overflows.push(format!("{width} px, {locale}, {hash}: {measured}"));
                }
            }
        }
    }
    assert!(
        overflows.is_empty(),
        "sideways scrolling:\n{}",
        overflows.join("\n")
    );
    app.close().await;
}
