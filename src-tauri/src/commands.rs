//! Commands the web view may call. Each is a few lines that hand over to
//! `witaj-view`; errors reach the UI as `{code, message}`.

use std::collections::BTreeMap;

use chrono::Utc;
use serde::{Deserialize, Serialize};
use tauri::State;
use tauri::ipc::Channel;
use witaj_catalog::SearchRequest;
use witaj_feed::{Source, Stage, SyncOptions, SyncStatus};
use witaj_i18n::Localizer;
use witaj_model::{Category, CityId, Locale};
use witaj_view::{
    CategoryTile, CityDataStatus, GuideListItem, GuideScreen, Listen, NoticeView, SearchScreen,
    ServiceScreen, UiError,
};

use crate::state::AppState;

#[derive(Debug, Serialize)]
pub(crate) struct LocaleChoice {
    code: Locale,
    native_name: String,
    dir: &'static str,
}

#[derive(Debug, Serialize)]
pub(crate) struct CityChoice {
    id: CityId,
    name: String,
}

#[derive(Debug, Serialize)]
pub(crate) struct Bootstrap {
    locales: Vec<LocaleChoice>,
    cities: Vec<CityChoice>,
    system_locale: Locale,
}

/// What the first-run screen needs: every language named in itself, and
/// the cities named in `locale`.
#[tauri::command]
pub(crate) fn bootstrap(state: State<'_, AppState>, locale: Option<Locale>) -> Bootstrap {
    let l10n = state.l10n();
    let system = std::env::var("LANG").unwrap_or_default();
    let system_locale = witaj_i18n::negotiate(&[system.as_str()]);
    let reader = locale.unwrap_or(system_locale);
    let viewer = witaj_view::Viewer {
        l10n,
        locale: reader,
        now: Utc::now(),
    };
    let cities = viewer
        .cities()
        .into_iter()
        .map(|(id, name)| CityChoice { id, name })
        .collect();
    Bootstrap {
        locales: Locale::ALL
            .iter()
            .map(|&code| LocaleChoice {
                code,
                native_name: l10n.format(code, "locale-native-name", None),
                dir: code.direction(),
            })
            .collect(),
        cities,
        system_locale,
    }
}

#[derive(Debug, Serialize)]
pub(crate) struct Strings {
    lang: Locale,
    dir: &'static str,
    messages: BTreeMap<String, String>,
}

impl Strings {
    /// Every message `l10n` holds, formatted in `locale` (the app's and
    /// Studio's alike).
    pub(crate) fn all(l10n: &Localizer, locale: Locale) -> Self {
        Strings {
            lang: locale,
            dir: locale.direction(),
            messages: l10n
                .message_ids()
                .map(|id| (id.to_owned(), l10n.format(locale, id, None)))
                .collect(),
        }
    }
}

/// Every message of the interface in `locale`, formatted by Fluent.
#[tauri::command]
pub(crate) fn strings(state: State<'_, AppState>, locale: Locale) -> Strings {
    Strings::all(state.l10n(), locale)
}

#[tauri::command]
pub(crate) async fn categories(
    state: State<'_, AppState>,
    locale: Locale,
    city: CityId,
) -> Result<Vec<CategoryTile>, UiError> {
    state
        .with_screens(locale, move |screens| screens.categories(city))
        .await
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct SearchQuery {
    query: String,
    city: CityId,
    category: Option<Category>,
    spoken: Option<String>,
    open_now: bool,
    free: bool,
}

#[tauri::command]
pub(crate) async fn search(
    state: State<'_, AppState>,
    locale: Locale,
    request: SearchQuery,
) -> Result<SearchScreen, UiError> {
    state
        .with_screens(locale, move |screens| {
            let mut search = SearchRequest::new(request.query, screens.viewer.now);
            search.city = Some(request.city);
            search.category = request.category;
            search.spoken = request.spoken;
            search.open_only = request.open_now;
            search.free_only = request.free;
            search.locale = locale;
            search.limit = 50;
            screens.search(&search)
        })
        .await
}

#[tauri::command]
pub(crate) async fn service(
    state: State<'_, AppState>,
    locale: Locale,
    id: String,
) -> Result<ServiceScreen, UiError> {
    let found = state
        .with_screens(locale, move |screens| screens.service(&id))
        .await?;
    found.ok_or_else(|| UiError::new("not-found", state.l10n(), locale))
}

/// Reads a service, its clerk card or a guide aloud: the WAV bytes, spoken
/// by espeak-ng on this device.
#[tauri::command]
pub(crate) async fn listen(
    state: State<'_, AppState>,
    locale: Locale,
    what: Listen,
    id: String,
    city: CityId,
) -> Result<tauri::ipc::Response, UiError> {
    let utterance = state
        .with_screens(locale, move |screens| screens.speech(what, &id, city))
        .await?
        .ok_or_else(|| UiError::new("not-found", state.l10n(), locale))?;
    let spoken = tauri::async_runtime::spawn_blocking(move || {
        witaj_speech::Espeak::default().wav(&utterance)
    })
    .await
    .map_err(|_| UiError::new("generic", state.l10n(), locale))?;
    let wav = spoken.map_err(|error| UiError::new(error.code(), state.l10n(), locale))?;
    Ok(tauri::ipc::Response::new(wav))
}

/// The notices in force today for a reader in `city`.
#[tauri::command]
pub(crate) async fn notices(
    state: State<'_, AppState>,
    locale: Locale,
    city: CityId,
) -> Result<Vec<NoticeView>, UiError> {
    state
        .with_screens(locale, move |screens| screens.notices(Some(city)))
        .await
}

#[tauri::command]
pub(crate) async fn guides(
    state: State<'_, AppState>,
    locale: Locale,
    city: CityId,
) -> Result<Vec<GuideListItem>, UiError> {
    state
        .with_screens(locale, move |screens| {
            screens.find_guides("", Some(city), usize::MAX)
        })
        .await
}

#[tauri::command]
pub(crate) async fn guide(
    state: State<'_, AppState>,
    locale: Locale,
    id: String,
    city: CityId,
) -> Result<GuideScreen, UiError> {
    let found = state
        .with_screens(locale, move |screens| screens.guide(&id, city))
        .await?;
    found.ok_or_else(|| UiError::new("not-found", state.l10n(), locale))
}

#[tauri::command]
pub(crate) async fn data_status(
    state: State<'_, AppState>,
    locale: Locale,
) -> Result<Vec<CityDataStatus>, UiError> {
    let directory = state.directory().clone();
    state
        .with_screens(locale, move |screens| {
            screens.data_status(|city| directory.city(city).is_some_and(|f| f.url.is_some()))
        })
        .await
}

#[derive(Debug, Serialize)]
pub(crate) struct UpdateResult {
    status: SyncStatus,
    message: String,
}

fn update_result(
    state: &AppState,
    locale: Locale,
    report: &witaj_feed::SyncReport,
) -> UpdateResult {
    let l10n = state.l10n();
    let message = match report.status {
        SyncStatus::Applied => {
            let mut args = witaj_i18n::Args::new();
            args.set("version", report.version.unwrap_or_default());
            l10n.format(locale, "data-applied", Some(&args))
        }
        SyncStatus::Current => l10n.format(locale, "data-up-to-date", None),
    };
    UpdateResult {
        status: report.status,
        message,
    }
}

/// Checks the city's feed and applies a newer signed version; `progress`
/// receives the Fluent id of each step.
#[tauri::command]
pub(crate) async fn update_city(
    state: State<'_, AppState>,
    locale: Locale,
    city: CityId,
    progress: Channel<&'static str>,
) -> Result<UpdateResult, UiError> {
    let feed = state
        .directory()
        .city(city)
        .filter(|f| f.url.is_some())
        .cloned();
    let Some(feed) = feed else {
        return Err(UiError::new("feed-not-configured", state.l10n(), locale));
    };
    let source = Source::parse(feed.url.as_deref().unwrap_or_default())
        .map_err(|e| state.feed_error(&e, locale))?;
    let on_stage = |stage: Stage| drop(progress.send(stage.message_id()));
    let report = witaj_feed::sync_shared(
        state.catalog(),
        &source,
        city,
        state.directory(),
        &SyncOptions::new(Utc::now()),
        on_stage,
    )
    .await
    .map_err(|e| state.feed_error(&e, locale))?;
    Ok(update_result(&state, locale, &report))
}

/// Imports a feed folder (from a USB stick) signed by any trusted city.
#[tauri::command]
pub(crate) async fn import_feed(
    state: State<'_, AppState>,
    locale: Locale,
    folder: String,
) -> Result<UpdateResult, UiError> {
    let report = witaj_feed::import_folder(
        state.catalog(),
        std::path::Path::new(&folder),
        state.directory(),
        &SyncOptions::new(Utc::now()),
    )
    .await
    .map_err(|e| state.feed_error(&e, locale))?;
    Ok(update_result(&state, locale, &report))
}
