//! The real app, driven like a person would: choose Ukrainian and Kraków,
//! search without Polish letters and with a typo, open the service, switch
//! to Arabic, use only the keyboard, and shrink to a phone.

use std::time::Duration;

use e2e::App;
use fantoccini::Locator;
use fantoccini::key::Key;
use serde_json::json;

const TARGET: &str = "krakow-housing-office";

#[tokio::test(flavor = "multi_thread")]
async fn newcomer_journey() {
    let app = App::launch("journey").await;

    // First run: language, then city.
    app.wait_css("[data-locale='uk']").await;
    let first_screen_ms = app.started.elapsed().as_millis();
    app.shot("01-first-run-language").await;
    app.wait_css("[data-locale='uk']")
        .await
        .click()
        .await
        .expect("choose Ukrainian");
    app.wait_eval("return document.documentElement.lang", json!("uk"))
        .await;
    app.wait_css("[data-city='krakow']").await;
    app.shot("02-first-run-city").await;
    app.wait_css("[data-city='krakow']")
        .await
        .click()
        .await
        .expect("choose Kraków");

    // Network use is asked before anything is fetched; this reader stays offline.
    app.wait_css("[data-network='deny']").await;
    app.shot("02b-first-run-network").await;
    app.wait_css("[data-network='deny']")
        .await
        .click()
        .await
        .expect("stay offline");

    // Search without diacritics and with a typo.
    let search = app.wait_css("[data-testid='search']").await;
    let typed = std::time::Instant::now();
    search.send_keys("pomoc mieszkaniwa").await.expect("typing");
    let result = app.wait_css(&format!("[data-service-id='{TARGET}']")).await;
    println!(
        "launch → first screen: {first_screen_ms} ms; typing → first result on screen: {} ms (the first search opens the city's saved index)",
        typed.elapsed().as_millis()
    );
    tokio::time::sleep(Duration::from_millis(500)).await;
    for (process, mib) in app.memory_by_process() {
        println!("idle memory: {process} {mib:.1} MiB");
    }
    let announced = app
        .eval("return document.querySelector('[data-testid=count]').textContent")
        .await;
    assert!(
        announced.as_str().is_some_and(|s| s.contains("Знайдено")),
        "the result count is announced in Ukrainian: {announced}"
    );
    app.shot("03-search-results").await;

    // The detail: Ukrainian name, the Polish name beneath, hours.
    result.click().await.expect("open the service");
    let name = app
        .wait_css("[data-testid='service-name']")
        .await
        .text()
        .await
        .expect("name");
    assert!(name.contains("Відділ житлового господарства"), "{name}");
    let polish = app
        .wait_css("[data-testid='polish-name']")
        .await
        .text()
        .await
        .expect("polish name");
    assert_eq!(
        polish,
        "Wydział Mieszkalnictwa – Referat Pomocy Mieszkaniowej"
    );
    let hours = app
        .wait_css("[data-testid='hours']")
        .await
        .text()
        .await
        .expect("hours");
    assert!(
        hours.contains("07:40–15:30"),
        "Monday hours are shown: {hours}"
    );
    let drafted = app
        .wait_css("[data-testid='verification']")
        .await
        .text()
        .await
        .expect("verification note");
    assert!(
        drafted.contains("перевірте"),
        "a drafted entry asks the reader to check before going: {drafted}"
    );
    let verified = app
        .wait_css("[data-testid='last-verified']")
        .await
        .text()
        .await
        .expect("verified");
    assert!(verified.contains("2026-"), "{verified}");
    app.shot("04-service-detail-uk").await;

    // Listen: the core speaks the entry (Ukrainian, then its Polish name and
    // address) and hands the audio to the page.
    app.wait_css("[data-testid='listen']")
        .await
        .click()
        .await
        .expect("listen");
    app.wait_eval(
        "return Number(document.querySelector('[data-testid=listen]').dataset.bytes) > 100000",
        json!(true),
    )
    .await;

    // Arabic: right to left, everywhere.
    let switch = app.wait_css("[data-testid='language-switch']").await;
    switch.select_by_value("ar").await.expect("choose Arabic");
    app.wait_eval("return document.documentElement.dir", json!("rtl"))
        .await;
    app.wait_eval("return document.documentElement.lang", json!("ar"))
        .await;
    app.wait_eval(
        "return getComputedStyle(document.body).direction",
        json!("rtl"),
    )
    .await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    app.shot("05-service-detail-ar").await;

    // Help desk: Arabic, right to left, beside Polish, on screen.
    app.wait_css("[data-testid='side-by-side-toggle']")
        .await
        .click()
        .await
        .expect("side by side");
    let sides = app
        .eval(
            "const r = document.querySelector('[data-side=reader]'), p = document.querySelector('[data-side=polish]');
             return [r && r.lang, r && getComputedStyle(r).direction, p && p.lang, p && getComputedStyle(p).direction,
                     r && p && r.getBoundingClientRect().top === p.getBoundingClientRect().top];",
        )
        .await;
    assert_eq!(
        sides,
        json!(["ar", "rtl", "pl", "ltr", true]),
        "two columns: {sides}"
    );
    app.shot("05b-side-by-side-ar").await;
    app.eval("location.hash = '#/guide/karta-pobytu'; return null")
        .await;
    app.wait_css("[data-testid='side-by-side-toggle']")
        .await
        .click()
        .await
        .expect("guide side by side");
    let steps = app
        .eval(
            "const r = document.querySelectorAll('[data-side=reader]'), p = document.querySelectorAll('[data-side=polish]');
             return [r.length > 1, r.length === p.length, r[0] && getComputedStyle(r[0]).direction, p[0] && p[0].lang];",
        )
        .await;
    assert_eq!(
        steps,
        json!([true, true, "rtl", "pl"]),
        "every step beside its Polish: {steps}"
    );
    app.shot("05d-guide-side-by-side-ar").await;

    // Nothing found is not a dead end: help points and helplines.
    app.client.goto_hash_home().await;
    let search = app.wait_css("[data-testid='search']").await;
    search.clear().await.expect("clear");
    search.send_keys("qqqzzzxxx").await.expect("typing");
    app.wait_css("[data-testid='nothing-found'] [data-testid='help-points'] [data-service-id]")
        .await;
    app.wait_css("[data-testid='nothing-found'] [data-testid='helpline']")
        .await;
    app.shot("05c-nothing-found-ar").await;
    search.clear().await.expect("clear");

    // Keyboard only: home, "/" to the search field, type, Tab to a result, Enter.
    app.client.goto_hash_home().await;
    let body = app.client.find(Locator::Css("body")).await.expect("body");
    body.send_keys("/").await.expect("slash");
    app.wait_eval(
        "return document.activeElement && document.activeElement.dataset.testid",
        json!("search"),
    )
    .await;
    let focused = app.client.active_element().await.expect("focused element");
    focused.clear().await.expect("clear the field");
    focused.send_keys("kuratorium").await.expect("typing");
    app.wait_css("[data-service-id='krakow-kuratorium']").await;
    let mut reached = false;
    for _ in 0..12 {
        app.client
            .active_element()
            .await
            .expect("focus")
            .send_keys(&Key::Tab.to_string())
            .await
            .expect("tab");
        let id = app
            .eval("return document.activeElement.dataset.serviceId || null")
            .await;
        if id == json!("krakow-kuratorium") {
            reached = true;
            break;
        }
    }
    assert!(reached, "Tab reaches the result");
    let outline = app
        .eval("return getComputedStyle(document.activeElement).outlineStyle")
        .await;
    assert_eq!(outline, json!("solid"), "focus is visible");
    app.shot("06-keyboard-focus").await;
    app.client
        .active_element()
        .await
        .expect("focus")
        .send_keys(&Key::Enter.to_string())
        .await
        .expect("enter");
    app.wait_eval("return location.hash", json!("#/service/krakow-kuratorium"))
        .await;
    app.wait_css("[data-testid='service-name']").await;

    // Help-desk filter: only services where Ukrainian is spoken.
    app.client.goto_hash_home().await;
    app.wait_css("[data-testid='search-clear']")
        .await
        .click()
        .await
        .expect("clear the search");
    app.wait_css("[data-testid='filter-spoken']")
        .await
        .select_by_value("uk")
        .await
        .expect("choose Ukrainian");
    app.wait_css("[data-testid='results'] [data-service-id]")
        .await;
    let all_speak_ukrainian = app
        .eval("return [...document.querySelectorAll('[data-testid=results] li')].every(li => /\\bUK\\b/.test(li.textContent))")
        .await;
    assert_eq!(
        all_speak_ukrainian,
        json!(true),
        "every result lists Ukrainian among its languages"
    );
    app.shot("07-spoken-filter").await;
    app.wait_css("[data-testid='filter-spoken']")
        .await
        .select_by_value("")
        .await
        .expect("any language");
    app.client
        .execute("history.back(); return null", Vec::new())
        .await
        .expect("back");

    // Text at 200%, chosen in Settings: nothing is cut off or needs
    // sideways scrolling.
    app.client
        .execute("location.hash = '#/settings'; return null", Vec::new())
        .await
        .expect("settings");
    app.wait_css("input[name='text-size']").await;
    let sizes = app
        .client
        .find_all(Locator::Css("input[name='text-size']"))
        .await
        .expect("text size choices");
    sizes[2].click().await.expect("the largest text");
    app.wait_eval(
        "return getComputedStyle(document.documentElement).fontSize",
        json!("32px"),
    )
    .await;
    app.wait_eval(
        "return document.documentElement.scrollWidth <= window.innerWidth",
        json!(true),
    )
    .await;
    app.shot("08-text-200-percent").await;
    sizes[0].click().await.expect("normal text");
    app.wait_eval(
        "return getComputedStyle(document.documentElement).fontSize",
        json!("16px"),
    )
    .await;
    app.client
        .execute(
            "location.hash = '#/service/krakow-housing-office'; return null",
            Vec::new(),
        )
        .await
        .expect("back to the service");
    app.wait_css("[data-testid='service-name']").await;

    // A phone-sized window: one column, nothing wider than the screen.
    app.client.set_window_size(360, 740).await.expect("resize");
    app.wait_eval("return window.innerWidth <= 400", json!(true))
        .await;
    app.wait_eval(
        "return document.documentElement.scrollWidth <= window.innerWidth",
        json!(true),
    )
    .await;
    app.shot("09-phone-service").await;
    app.client.goto_hash_home().await;
    let search = app.wait_css("[data-testid='search']").await;
    search.clear().await.expect("clear the field");
    search.send_keys("lekarz").await.expect("typing");
    app.wait_css("[data-service-id]").await;
    app.wait_eval(
        "return document.documentElement.scrollWidth <= window.innerWidth",
        json!(true),
    )
    .await;
    app.shot("10-phone-results").await;

    // "Forget everything" forgets the search and the settings and leaves
    // network use off (the checklist tick lives in the user database, whose
    // wiping `plan.rs` checks in the file).
    app.client
        .execute(
            "location.hash = '#/guide/karta-pobytu'; return null",
            Vec::new(),
        )
        .await
        .expect("a guide");
    app.wait_css(".checklist input[type='checkbox']")
        .await
        .click()
        .await
        .expect("tick the first item");
    app.wait_eval(
        "return document.querySelector('.checklist input').checked && sessionStorage.getItem('witaj.query') !== null",
        json!(true),
    )
    .await;
    app.client
        .execute("location.hash = '#/settings'; return null", Vec::new())
        .await
        .expect("settings");
    app.wait_css("[data-testid='wipe']")
        .await
        .click()
        .await
        .expect("forget everything");
    app.wait_css("[data-locale='uk']").await;
    let left = app
        .eval(
            "const keys = s => Object.keys(s).filter(k => k.startsWith('witaj.')).sort();
             return { local: keys(localStorage), session: keys(sessionStorage),
                      settings: JSON.parse(localStorage.getItem('witaj.settings')) };",
        )
        .await;
    assert_eq!(left["local"], json!(["witaj.settings"]), "{left}");
    assert_eq!(left["session"], json!([]), "{left}");
    assert_eq!(left["settings"]["network"], json!(false), "{left}");
    assert_eq!(left["settings"]["locale"], json!(null), "{left}");
    assert_eq!(left["settings"]["recent"], json!([]), "{left}");

    app.close().await;
}

/// Small helper: navigation by hash, as the app's own links do.
trait HashNavigation {
    async fn goto_hash_home(&self);
}

impl HashNavigation for fantoccini::Client {
    async fn goto_hash_home(&self) {
        self.execute("location.hash = '#/'; return null", Vec::new())
            .await
            .expect("navigate home");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// A reader's everyday start: the app was set up before (catalog, settings),
/// so it opens on Home; how long until a search shows its first result.
#[tokio::test(flavor = "multi_thread")]
async fn an_everyday_start_reaches_a_result_quickly() {
    let app = App::launch("everyday").await;
    for choice in [
        "[data-locale='pl']",
        "[data-city='krakow']",
        "[data-network='deny']",
    ] {
        app.wait_css(choice).await.click().await.expect("first run");
    }
    app.wait_css("[data-testid='search']").await;
    let data = app.close_keeping_data().await;

    let app = App::launch_in("everyday", &[], data).await;
    let search = app.wait_css("[data-testid='search']").await;
    let home_ms = app.started.elapsed().as_millis();
    search.send_keys("pesel").await.expect("typing");
    app.wait_css("[data-service-id]").await;
    println!(
        "everyday start: launch → Home {home_ms} ms; launch → first search result on screen {} ms",
        app.started.elapsed().as_millis()
    );
    app.close().await;
}
