//! Witaj Studio, the city staff's editor: the same app started with
//! `--studio [FOLDER]` (or `WITAJ_STUDIO=FOLDER`) loads `studio.html`
//! instead of the newcomer's screens. Each command hands over to
//! `witaj-studio`; errors reach the UI as `{code, message, detail}`.
//! Commands that read or write files run off the main thread (`async`), so
//! the window stays responsive while a key is unlocked or files are written.

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

use chrono::Utc;
use chrono_tz::Europe::Warsaw;
use serde::Serialize;
use tauri::State;
use witaj_feed::BuildReport;
use witaj_i18n::Localizer;
use witaj_model::Locale;
use witaj_studio::{
    Changes, Form, FormValue, HoursPreview, HsdsFormat, Imported, Overview, PublishRequest,
    ReportRow, Studio, StudioError,
};
use witaj_view::{ServiceScreen, Viewer};

use crate::commands::Strings;

const FLAG: &str = "--studio";
const VARIABLE: &str = "WITAJ_STUDIO";

/// `Some(folder to open, if any)` when the app was started as Studio.
pub(crate) fn requested() -> Option<Option<PathBuf>> {
    let mut args = std::env::args_os().skip(1);
    if args.any(|a| a == FLAG) {
        return Some(args.next().map(PathBuf::from));
    }
    std::env::var_os(VARIABLE).map(|v| Some(PathBuf::from(v)).filter(|p| !p.as_os_str().is_empty()))
}

#[derive(Debug)]
pub(crate) struct StudioState {
    l10n: Localizer,
    start_folder: Option<PathBuf>,
    studio: Mutex<Option<Studio>>,
}

impl StudioState {
    pub(crate) fn new(start_folder: Option<PathBuf>) -> Result<Self, witaj_i18n::I18nError> {
        Ok(Self {
            l10n: Localizer::bundled()?,
            start_folder,
            studio: Mutex::new(None),
        })
    }

    fn studio(&self) -> MutexGuard<'_, Option<Studio>> {
        self.studio
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn fail(&self, locale: Locale, error: &StudioError) -> Failure {
        Failure::new(error.code(), error.to_string(), &self.l10n, locale)
    }

    /// Runs `work` on the open folder.
    fn with<T>(
        &self,
        locale: Locale,
        work: impl FnOnce(&mut Studio) -> Result<T, StudioError>,
    ) -> Result<T, Failure> {
        let mut guard = self.studio();
        let studio = guard
            .as_mut()
            .ok_or_else(|| Failure::new("studio-no-folder", String::new(), &self.l10n, locale))?;
        work(studio).map_err(|e| self.fail(locale, &e))
    }
}

/// An error as the UI shows it: a stable code, the Fluent message, and
/// the specific detail (a path, the first lint problem) for city staff.
#[derive(Debug, Serialize)]
pub(crate) struct Failure {
    code: String,
    message: String,
    detail: String,
}

impl Failure {
    fn new(code: &str, detail: String, l10n: &Localizer, locale: Locale) -> Self {
        let witaj_view::UiError { code, message } = witaj_view::UiError::new(code, l10n, locale);
        Self {
            code,
            message,
            detail,
        }
    }
}

fn today() -> chrono::NaiveDate {
    Utc::now().with_timezone(&Warsaw).date_naive()
}

#[derive(Debug, Serialize)]
pub(crate) struct Start {
    locale: Locale,
    folder: Option<PathBuf>,
    choices: witaj_studio::Choices,
}

/// Studio's language (Polish or English, from the system's), the folder
/// it was started with, and the pickers' values.
#[tauri::command]
pub(crate) fn studio_start(state: State<'_, StudioState>) -> Start {
    let system = std::env::var("LANG").unwrap_or_default();
    let locale = match witaj_i18n::negotiate(&[system.as_str()]) {
        Locale::Pl => Locale::Pl,
        _ => Locale::En,
    };
    Start {
        locale,
        folder: state.start_folder.clone(),
        choices: witaj_studio::choices(),
    }
}

/// Every message in `locale`, formatted by Fluent.
#[tauri::command]
pub(crate) fn studio_strings(state: State<'_, StudioState>, locale: Locale) -> Strings {
    Strings::all(&state.l10n, locale)
}

#[tauri::command(async)]
pub(crate) fn studio_open(
    state: State<'_, StudioState>,
    locale: Locale,
    folder: PathBuf,
) -> Result<Overview, Failure> {
    let studio = Studio::open(&folder).map_err(|e| state.fail(locale, &e))?;
    let overview = studio.overview(today()).map_err(|e| state.fail(locale, &e));
    *state.studio() = Some(studio);
    overview
}

#[tauri::command(async)]
pub(crate) fn studio_overview(
    state: State<'_, StudioState>,
    locale: Locale,
) -> Result<Overview, Failure> {
    state.with(locale, |studio| studio.overview(today()))
}

#[tauri::command(async)]
pub(crate) fn studio_form(
    state: State<'_, StudioState>,
    locale: Locale,
    file: String,
) -> Result<Form, Failure> {
    state.with(locale, |studio| studio.form(&file, today()))
}

/// Sets one field and returns the form with its new lint problems.
#[tauri::command(async)]
pub(crate) fn studio_set(
    state: State<'_, StudioState>,
    locale: Locale,
    file: String,
    field: String,
    value: Option<FormValue>,
) -> Result<Form, Failure> {
    state.with(locale, |studio| {
        studio.set(&file, &field, value)?;
        studio.form(&file, today())
    })
}

#[tauri::command(async)]
pub(crate) fn studio_add_item(
    state: State<'_, StudioState>,
    locale: Locale,
    file: String,
    list: String,
) -> Result<Form, Failure> {
    state.with(locale, |studio| {
        studio.add_item(&file, &list)?;
        studio.form(&file, today())
    })
}

#[tauri::command(async)]
pub(crate) fn studio_remove_item(
    state: State<'_, StudioState>,
    locale: Locale,
    file: String,
    list: String,
    index: usize,
) -> Result<Form, Failure> {
    state.with(locale, |studio| {
        studio.remove_item(&file, &list, index)?;
        studio.form(&file, today())
    })
}

#[tauri::command(async)]
pub(crate) fn studio_mark_reviewed(
    state: State<'_, StudioState>,
    locale: Locale,
    file: String,
    reviewed: Locale,
) -> Result<Form, Failure> {
    state.with(locale, |studio| {
        studio.mark_reviewed(&file, reviewed)?;
        studio.form(&file, today())
    })
}

#[tauri::command(async)]
pub(crate) fn studio_save(
    state: State<'_, StudioState>,
    locale: Locale,
) -> Result<Vec<String>, Failure> {
    state.with(locale, Studio::save)
}

#[tauri::command]
pub(crate) fn studio_hours(
    state: State<'_, StudioState>,
    locale: Locale,
    expression: String,
) -> HoursPreview {
    let viewer = Viewer {
        l10n: &state.l10n,
        locale,
        now: Utc::now(),
    };
    witaj_studio::hours_preview(&expression, &viewer)
}

#[derive(Debug, Serialize)]
pub(crate) struct Preview {
    screen: ServiceScreen,
    /// The app's own strings in the preview's language.
    strings: Strings,
}

#[tauri::command(async)]
pub(crate) fn studio_preview(
    state: State<'_, StudioState>,
    locale: Locale,
    file: String,
    reader: Locale,
) -> Result<Preview, Failure> {
    let viewer = Viewer {
        l10n: &state.l10n,
        locale: reader,
        now: Utc::now(),
    };
    let screen = state.with(locale, |studio| studio.preview(&file, &viewer))?;
    Ok(Preview {
        screen,
        strings: Strings::all(&state.l10n, reader),
    })
}

#[tauri::command(async)]
pub(crate) fn studio_changes(
    state: State<'_, StudioState>,
    locale: Locale,
    out: PathBuf,
) -> Result<Changes, Failure> {
    state.with(locale, |studio| studio.changes(&out, Utc::now()))
}

#[tauri::command(async)]
pub(crate) fn studio_publish(
    state: State<'_, StudioState>,
    locale: Locale,
    key: PathBuf,
    password: String,
    out: PathBuf,
    expires_in_days: i64,
) -> Result<BuildReport, Failure> {
    let request = PublishRequest {
        key,
        password: Some(password).filter(|p| !p.is_empty()),
        out,
        expires_in_days,
    };
    state.with(locale, |studio| studio.publish(request, Utc::now()))
}

/// Writes the city's services as HSDS, the text in `reader`'s language.
#[tauri::command(async)]
pub(crate) fn studio_export_hsds(
    state: State<'_, StudioState>,
    locale: Locale,
    out: PathBuf,
    format: HsdsFormat,
    reader: Locale,
) -> Result<usize, Failure> {
    let viewer = Viewer {
        l10n: &state.l10n,
        locale: reader,
        now: Utc::now(),
    };
    state.with(locale, |studio| studio.export_hsds(&out, format, &viewer))
}

#[tauri::command(async)]
pub(crate) fn studio_import_hsds(
    state: State<'_, StudioState>,
    locale: Locale,
    input: PathBuf,
    reader: Locale,
) -> Result<Imported, Failure> {
    state.with(locale, |studio| studio.import_hsds(&input, reader))
}

#[tauri::command(async)]
pub(crate) fn studio_reports(
    state: State<'_, StudioState>,
    locale: Locale,
    path: PathBuf,
) -> Result<Vec<ReportRow>, Failure> {
    state.with(locale, |studio| studio.reports(&path))
}
