//! Open Referral HSDS in and out of the open folder, through `witaj-hsds`
//! (the code behind `witaj hsds import` and `witaj hsds export`).

use std::path::Path;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use witaj_model::Locale;
use witaj_view::Viewer;

use crate::{Problem, Studio, StudioError, relative};

/// The two HSDS forms: a JSON array of services, or CSV tables with a
/// `datapackage.json`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum HsdsFormat {
    Json,
    Tabular,
}

/// What an import wrote, and what staff must add or check: each problem
/// names the place in the input file.
#[derive(Debug, Serialize)]
pub struct Imported {
    pub written: Vec<String>,
    pub problems: Vec<Problem>,
}

impl Studio {
    /// Writes the services a feed built now would carry (saved, without
    /// lint errors) as HSDS to `out`, the text in `viewer.locale`; returns
    /// how many.
    pub fn export_hsds(
        &self,
        out: &Path,
        format: HsdsFormat,
        viewer: &Viewer<'_>,
    ) -> Result<usize, StudioError> {
        let services = self.publishable(viewer.now)?;
        let category_name = |category| viewer.category_name(category);
        let options = witaj_hsds::ExportOptions {
            locale: viewer.locale,
            today: warsaw_today(viewer.now),
            category_name: &category_name,
        };
        let services = witaj_hsds::export_services(&services, &options);
        match format {
            HsdsFormat::Json => {
                std::fs::write(out, witaj_hsds::to_json(&services)).map_err(|source| {
                    StudioError::Io {
                        action: "write",
                        path: out.to_owned(),
                        source,
                    }
                })?
            }
            HsdsFormat::Tabular => witaj_hsds::write_tabular(out, &services)?,
        }
        Ok(services.len())
    }

    /// Imports HSDS JSON or a tabular package into this city's files
    /// (replacing files of the same name), then reopens the folder so the
    /// table shows them. Refused while there are unsaved edits, which the
    /// reopening would lose.
    pub fn import_hsds(&mut self, input: &Path, locale: Locale) -> Result<Imported, StudioError> {
        let unsaved = self.unsaved();
        if unsaved > 0 {
            return Err(StudioError::Unsaved { count: unsaved });
        }
        let imported = witaj_hsds::import(input, self.city, locale)?;
        let written = witaj_hsds::write_content(&self.root, &imported.services)?;
        *self = Studio::open(&self.root.join(self.city.as_str()))?;
        Ok(Imported {
            written: written.iter().map(|p| relative(&self.root, p)).collect(),
            problems: imported
                .diagnostics
                .iter()
                .map(|d| Problem {
                    file: d.file.display().to_string(),
                    line: d.line,
                    field: d.field.clone(),
                    message: d.message.clone(),
                    severity: d.severity,
                })
                .collect(),
        })
    }
}

pub(crate) fn warsaw_today(now: DateTime<Utc>) -> chrono::NaiveDate {
    now.with_timezone(&chrono_tz::Europe::Warsaw).date_naive()
}
