//! Newcomers' reports ("this office moved"), opened from the file a help
//! desk forwards (`witaj-report`) and linked to the entries they are about.

use std::path::Path;

use chrono::{DateTime, Utc};
use serde::Serialize;
use witaj_model::Locale;
use witaj_report::{Problem as Reported, ReportFile};

use crate::{Kind, Studio, StudioError};

/// One report, with the entry of this folder it is about.
#[derive(Debug, Serialize)]
pub struct ReportRow {
    pub created_at: DateTime<Utc>,
    pub problem: Reported,
    pub service_id: Option<String>,
    pub service_name: Option<String>,
    pub query: Option<String>,
    pub text: String,
    /// The language the reader wrote in.
    pub locale: Locale,
    /// The file of the service reported on, when it is in this folder.
    pub file: Option<String>,
    /// That entry's Polish name as it is now.
    pub name: Option<String>,
    /// The report is about another city than the open folder's.
    pub other_city: bool,
}

impl Studio {
    /// The reports in a report file, newest first.
    pub fn reports(&self, path: &Path) -> Result<Vec<ReportRow>, StudioError> {
        let file = ReportFile::read(path)?;
        let mut rows: Vec<ReportRow> = file
            .reports
            .into_iter()
            .map(|report| {
                let entry = report.service_id.as_deref().and_then(|id| {
                    self.entries.iter().find(|e| {
                        e.kind == Kind::Service
                            && e.document.get("id").and_then(|i| i.as_str()) == Some(id)
                    })
                });
                ReportRow {
                    file: entry.map(|e| e.file.clone()),
                    name: entry
                        .and_then(|e| e.document.get("name")?.get("pl")?.as_str())
                        .map(str::to_owned),
                    other_city: report.city != self.city,
                    created_at: report.created_at,
                    problem: report.problem,
                    service_id: report.service_id,
                    service_name: report.service_name,
                    query: report.query,
                    text: report.text,
                    locale: report.locale,
                }
            })
            .collect();
        rows.sort_by_key(|r| std::cmp::Reverse(r.created_at));
        Ok(rows)
    }
}
