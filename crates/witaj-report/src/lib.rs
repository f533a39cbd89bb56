//! A reader's report that something in the catalog is wrong ("this office
//! moved") or missing ("I could not find…").
//!
//! Reports wait on the device until the reader chooses how to pass them on:
//! as an e-mail from their own mail app to the city's contact address
//! ([`mailto`]), or as a file ([`ReportFile`]) that a help desk forwards and
//! that city staff open in Studio. Nothing here sends anything.

use std::path::Path;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use witaj_model::{CityId, Locale};

/// What the reader says is wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Problem {
    Closed,
    Moved,
    WrongPhone,
    WrongHours,
    Other,
    /// Nothing was found for what the reader looked for.
    Missing,
}

impl Problem {
    /// The problems a reader can report about a service, in the form's order.
    pub const ABOUT_A_SERVICE: [Problem; 5] = [
        Problem::Closed,
        Problem::Moved,
        Problem::WrongPhone,
        Problem::WrongHours,
        Problem::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Problem::Closed => "closed",
            Problem::Moved => "moved",
            Problem::WrongPhone => "wrong-phone",
            Problem::WrongHours => "wrong-hours",
            Problem::Other => "other",
            Problem::Missing => "missing",
        }
    }
}

/// The longest free text a report keeps, in characters: room for an
/// address and a few sentences, not for a pasted document.
pub const MAX_TEXT_CHARS: usize = 2000;

/// One report, as the reader wrote it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Report {
    pub created_at: DateTime<Utc>,
    pub city: CityId,
    pub problem: Problem,
    /// The service reported on; absent for [`Problem::Missing`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_id: Option<String>,
    /// The service's Polish name when reported, so staff recognise it even
    /// if the id has since changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
    /// What the reader searched for, for [`Problem::Missing`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// The reader's own words, in `locale`.
    #[serde(default)]
    pub text: String,
    pub locale: Locale,
}

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error("a report about a service needs the service")]
    NoService,
    #[error("a report of something missing needs the reader's words or what they searched for")]
    NothingSaid,
    #[error("the text is longer than {MAX_TEXT_CHARS} characters")]
    TooLong,
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: line {line}, column {column}: {message}")]
    Format {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{path}: this is not a Witaj report file (expected \"format\": \"{FORMAT}\")")]
    NotReports { path: String },
    #[error("{path}: report file version {found}; this build reads version {VERSION}")]
    Version { path: String, found: u32 },
}

impl ReportError {
    /// A stable code for the UI, localized as `error-report-<code>`.
    pub fn code(&self) -> &'static str {
        match self {
            ReportError::NoService => "no-service",
            ReportError::NothingSaid => "nothing-said",
            ReportError::TooLong => "too-long",
            ReportError::Io { .. } => "io",
            ReportError::Format { .. } | ReportError::NotReports { .. } => "format",
            ReportError::Version { .. } => "version",
        }
    }
}

impl Report {
    /// Checks what the reader wrote before it is queued.
    pub fn validate(&self) -> Result<(), ReportError> {
        if self.text.chars().count() > MAX_TEXT_CHARS {
            return Err(ReportError::TooLong);
        }
        match self.problem {
            Problem::Missing => {
                let said = |s: &str| !s.trim().is_empty();
                if said(&self.text) || self.query.as_deref().is_some_and(said) {
                    Ok(())
                } else {
                    Err(ReportError::NothingSaid)
                }
            }
            _ if self.service_id.is_none() => Err(ReportError::NoService),
            _ => Ok(()),
        }
    }
}

const FORMAT: &str = "witaj-report";
const VERSION: u32 = 1;

/// The file a reader saves and a help desk forwards: plain JSON, readable
/// by anyone, opened by Studio.
#[derive(Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportFile {
    format: String,
    version: u32,
    pub reports: Vec<Report>,
}

impl ReportFile {
    pub fn new(reports: Vec<Report>) -> Self {
        Self {
            format: FORMAT.to_owned(),
            version: VERSION,
            reports,
        }
    }

    /// The file's bytes, pretty-printed so a person can read them too.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("reports always serialize")
    }

    /// Parses a report file's text; `path` names it in errors.
    pub fn parse(text: &str, path: &str) -> Result<Self, ReportError> {
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| format_error(path, &e))?;
        if value.get("format").and_then(serde_json::Value::as_str) != Some(FORMAT) {
            return Err(ReportError::NotReports {
                path: path.to_owned(),
            });
        }
        match value.get("version").and_then(serde_json::Value::as_u64) {
            Some(v) if v == u64::from(VERSION) => {}
            found => {
                return Err(ReportError::Version {
                    path: path.to_owned(),
                    found: found.and_then(|v| u32::try_from(v).ok()).unwrap_or(0),
                });
            }
        }
        let file: ReportFile = serde_json::from_str(text).map_err(|e| format_error(path, &e))?;
        for report in &file.reports {
            report.validate().map_err(|e| ReportError::Format {
                path: path.to_owned(),
                line: 0,
                column: 0,
                message: e.to_string(),
            })?;
        }
        Ok(file)
    }

    /// Reads a report file from disk.
    pub fn read(path: &Path) -> Result<Self, ReportError> {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| ReportError::Io {
            path: shown.clone(),
            source,
        })?;
        Self::parse(&text, &shown)
    }
}

fn format_error(path: &str, error: &serde_json::Error) -> ReportError {
    // serde_json ends its message with the position, which we show first.
    let message = error.to_string();
    let position = format!(" at line {} column {}", error.line(), error.column());
    ReportError::Format {
        path: path.to_owned(),
        line: error.line(),
        column: error.column(),
        message: message
            .strip_suffix(&position)
            .unwrap_or(&message)
            .to_owned(),
    }
}

/// Characters kept as they are in a `mailto:` header value (RFC 6068):
/// everything else is percent-encoded, so a report's text can never add a
/// header or a recipient.
const MAILTO_VALUE: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// A `mailto:` address that opens the reader's mail app with the message
/// written, for them to read and send (or not).
pub fn mailto(to: &str, subject: &str, body: &str) -> String {
    let encode = |s: &str| percent_encoding::utf8_percent_encode(s, MAILTO_VALUE).to_string();
    // CRLF is the line break RFC 6068 asks for in a body.
    let body = body.replace("\r\n", "\n").replace('\n', "\r\n");
    format!(
        "mailto:{}?subject={}&body={}",
        encode(to).replace("%40", "@"),
        encode(subject),
        encode(&body)
    )
}
