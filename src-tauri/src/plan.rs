//! Commands on the reader's own data: their plan, guide checklists and
//! reports. Each hands over to `witaj-user` and `witaj-view`.

use std::path::PathBuf;

use chrono::Utc;
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Manager, Runtime, State};
use witaj_model::{CityId, Locale};
use witaj_report::{Problem, Report, ReportFile};
use witaj_user::{ItemRef, PassedOn};
use witaj_view::{PlanPrintout, PlanScreen, Screens, UiError};

use crate::state::{AppState, Failure};

#[tauri::command]
pub(crate) async fn plan(
    state: State<'_, AppState>,
    locale: Locale,
) -> Result<PlanScreen, UiError> {
    state
        .with_user(locale, |user, screens| {
            let items = user.plan()?;
            let reports = user.reports()?;
            let ticks = |city, guide: &str| user.checklist(city, guide).map_or(0, |t| t.len());
            Ok(screens.plan(&items, ticks, &reports)?)
        })
        .await
}

#[tauri::command]
pub(crate) async fn plan_has(
    state: State<'_, AppState>,
    locale: Locale,
    item: ItemRef,
) -> Result<bool, UiError> {
    state
        .with_user(locale, move |user, _| Ok(user.is_saved(&item)?))
        .await
}

/// What changes in a plan item.
#[derive(Debug, Deserialize)]
#[serde(tag = "change", rename_all = "kebab-case")]
pub(crate) enum PlanChange {
    Save,
    Remove,
    Note { note: String },
    Done { done: bool },
}

#[tauri::command]
pub(crate) async fn plan_change(
    state: State<'_, AppState>,
    locale: Locale,
    item: ItemRef,
    change: PlanChange,
) -> Result<(), UiError> {
    state
        .with_user(locale, move |user, _| {
            match change {
                PlanChange::Save => user.save(&item, Utc::now())?,
                PlanChange::Remove => user.remove(&item)?,
                PlanChange::Note { note } => user.set_note(&item, &note)?,
                PlanChange::Done { done } => user.set_done(&item, done)?,
            }
            Ok(())
        })
        .await
}

#[tauri::command]
pub(crate) async fn checklist(
    state: State<'_, AppState>,
    locale: Locale,
    city: CityId,
    guide: String,
) -> Result<Vec<u32>, UiError> {
    state
        .with_user(locale, move |user, _| Ok(user.checklist(city, &guide)?))
        .await
}

#[tauri::command]
pub(crate) async fn checklist_tick(
    state: State<'_, AppState>,
    locale: Locale,
    city: CityId,
    guide: String,
    item: u32,
    ticked: bool,
) -> Result<(), UiError> {
    state
        .with_user(locale, move |user, _| {
            Ok(user.set_checked(city, &guide, item, ticked)?)
        })
        .await
}

#[tauri::command]
pub(crate) async fn plan_printout(
    state: State<'_, AppState>,
    locale: Locale,
) -> Result<PlanPrintout, UiError> {
    state
        .with_user(locale, |user, screens| {
            Ok(screens.plan_printout(&user.plan()?)?)
        })
        .await
}

/// Where a file the reader saves goes, and what the screen says about it.
#[derive(Debug, Serialize)]
pub(crate) struct Saved {
    path: String,
    /// "Saved to …".
    message: String,
}

/// The reader's Downloads folder, else Documents, else home: where they
/// and a help desk look for a file.
fn downloads<R: Runtime>(app: &AppHandle<R>) -> Option<PathBuf> {
    let paths = app.path();
    paths
        .download_dir()
        .or_else(|_| paths.document_dir())
        .or_else(|_| paths.home_dir())
        .ok()
}

/// Writes a file the reader asked for into `dir` (see [`downloads`]).
fn save_file(
    dir: Option<PathBuf>,
    screens: &Screens<'_>,
    stem: &str,
    extension: &str,
    bytes: &[u8],
) -> Result<Saved, Failure> {
    let dir = dir.ok_or(Failure::Io)?;
    let stem = format!("{stem}-{}", screens.viewer.now.format("%Y-%m-%d"));
    let path =
        witaj_user::write_new_file(&dir, &stem, extension, bytes).map_err(|_| Failure::Io)?;
    let path = path.display().to_string();
    let mut args = witaj_i18n::Args::new();
    args.set("path", path.clone());
    let viewer = &screens.viewer;
    Ok(Saved {
        message: viewer.l10n.format(viewer.locale, "file-saved", Some(&args)),
        path,
    })
}

#[tauri::command]
pub(crate) async fn plan_save_contacts<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    locale: Locale,
) -> Result<Saved, UiError> {
    let dir = downloads(&app);
    state
        .with_user(locale, move |user, screens| {
            let cards = screens.plan_vcards(&user.plan()?)?;
            save_file(dir, screens, "witaj-contacts", "vcf", cards.as_bytes())
        })
        .await
}

/// What the reader wrote in the report form.
#[derive(Debug, Deserialize)]
pub(crate) struct ReportForm {
    city: CityId,
    problem: Problem,
    service_id: Option<String>,
    query: Option<String>,
    text: String,
}

#[tauri::command]
pub(crate) async fn report(
    state: State<'_, AppState>,
    locale: Locale,
    form: ReportForm,
) -> Result<i64, UiError> {
    state
        .with_user(locale, move |user, screens| {
            let service_name = match &form.service_id {
                Some(id) => screens
                    .catalog
                    .service(id)?
                    .map(|s| s.name.get(Locale::Pl).to_owned()),
                None => None,
            };
            let report = Report {
                created_at: Utc::now(),
                city: form.city,
                problem: form.problem,
                service_id: form.service_id,
                service_name,
                query: form.query.filter(|q| !q.trim().is_empty()),
                text: form.text.trim().to_owned(),
                locale,
            };
            Ok(user.queue_report(&report)?)
        })
        .await
}

/// The city's address for reports, to name it before anything is sent.
#[tauri::command]
pub(crate) fn report_contact(state: State<'_, AppState>, city: CityId) -> Option<String> {
    state.directory().contact_email(city).map(str::to_owned)
}

/// A `mailto:` link with the city's waiting reports, for the reader's own
/// mail app; `None` when the city has no contact address.
#[tauri::command]
pub(crate) async fn reports_email(
    state: State<'_, AppState>,
    locale: Locale,
    city: CityId,
) -> Result<Option<String>, UiError> {
    let Some(to) = state.directory().contact_email(city).map(str::to_owned) else {
        return Ok(None);
    };
    state
        .with_user(locale, move |user, screens| {
            let (ids, reports): (Vec<i64>, Vec<Report>) = user
                .waiting_reports(Some(city))?
                .into_iter()
                .map(|r| (r.id, r.report))
                .unzip();
            if reports.is_empty() {
                return Ok(None);
            }
            let link = screens.viewer.reports_email(&to, &reports);
            user.mark_passed_on(&ids, PassedOn::Email)?;
            Ok(Some(link))
        })
        .await
}

/// Saves every waiting report to one file, for a help desk to forward.
#[tauri::command]
pub(crate) async fn reports_save<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    locale: Locale,
) -> Result<Saved, UiError> {
    let dir = downloads(&app);
    state
        .with_user(locale, move |user, screens| {
            let (ids, reports): (Vec<i64>, Vec<Report>) = user
                .waiting_reports(None)?
                .into_iter()
                .map(|r| (r.id, r.report))
                .unzip();
            let file = ReportFile::new(reports);
            let saved = save_file(
                dir,
                screens,
                "witaj-reports",
                "json",
                file.to_json().as_bytes(),
            )?;
            user.mark_passed_on(&ids, PassedOn::File)?;
            Ok(saved)
        })
        .await
}

#[tauri::command]
pub(crate) async fn report_delete(
    state: State<'_, AppState>,
    locale: Locale,
    id: i64,
) -> Result<(), UiError> {
    state
        .with_user(locale, move |user, _| Ok(user.delete_report(id)?))
        .await
}

/// "Forget everything": the plan, checklist ticks and reports. The UI
/// clears its own stored settings.
#[tauri::command]
pub(crate) async fn forget_everything(
    state: State<'_, AppState>,
    locale: Locale,
) -> Result<(), UiError> {
    state
        .with_user(locale, |user, _| Ok(user.forget_everything()?))
        .await
}
