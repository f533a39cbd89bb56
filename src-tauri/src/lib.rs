//! The Witaj app: a thin Tauri shell. It opens the catalog once, keeps it
//! in managed state, and exposes a handful of commands that each call one
//! function of the Witaj crates. No logic lives here.

mod commands;
mod plan;
mod state;
mod studio;

use tauri::Manager;

/// The window never leaves the app's own pages: a link or a script that
/// tries to load another page is refused (links open in the system's
/// browser through the opener instead), so no remote page can look like
/// Witaj in a window without an address bar.
fn stay_in_app<R: tauri::Runtime>() -> tauri::plugin::TauriPlugin<R> {
    tauri::plugin::Builder::new("stay-in-app")
        .on_navigation(|_, url| {
            url.scheme() == "tauri" || url.host_str() == Some("tauri.localhost")
        })
        .build()
}

/// Starts the app; the same entry point serves desktop and mobile.
#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    let result = tauri::Builder::default()
        .plugin(stay_in_app())
        .plugin(tauri_plugin_opener::init())
        .plugin(tauri_plugin_dialog::init())
        .setup(|app| {
            let mut window = app.config().app.windows[0].clone();
            if let Some(folder) = studio::requested() {
                window.url = tauri::WebviewUrl::App("studio.html".into());
                app.manage(studio::StudioState::new(folder)?);
            } else {
                let data_dir = app.path().app_data_dir()?;
                app.manage(state::AppState::open(&data_dir)?);
            }
            tauri::WebviewWindowBuilder::from_config(app.handle(), &window)?.build()?;
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::bootstrap,
            commands::strings,
            commands::categories,
            commands::search,
            commands::service,
            commands::guides,
            commands::notices,
            commands::listen,
            commands::guide,
            commands::data_status,
            commands::update_city,
            commands::import_feed,
            plan::plan,
            plan::plan_has,
            plan::plan_change,
            plan::checklist,
            plan::checklist_tick,
            plan::plan_printout,
            plan::plan_save_contacts,
            plan::report,
            plan::report_contact,
            plan::reports_email,
            plan::reports_save,
            plan::report_delete,
            plan::forget_everything,
            studio::studio_start,
            studio::studio_strings,
            studio::studio_open,
            studio::studio_overview,
            studio::studio_form,
            studio::studio_set,
            studio::studio_add_item,
            studio::studio_remove_item,
            studio::studio_mark_reviewed,
            studio::studio_save,
            studio::studio_hours,
            studio::studio_preview,
            studio::studio_changes,
            studio::studio_publish,
            studio::studio_export_hsds,
            studio::studio_import_hsds,
            studio::studio_reports,
        ])
        .run(tauri::generate_context!());
    if let Err(error) = result {
        eprintln!("witaj: the app could not start: {error}");
        std::process::exit(1);
    }
}
