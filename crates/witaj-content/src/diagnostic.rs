use std::fmt;
use std::path::PathBuf;

use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The file cannot be compiled as it is.
    Error,
    /// Compiles, but a reviewer should look (stale date, missing translation).
    Warning,
}

/// One problem, pointing at the line a person has to edit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub file: PathBuf,
    pub line: usize,
    pub field: String,
    pub message: String,
    pub severity: Severity,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let warning = if self.severity == Severity::Warning {
            "warning: "
        } else {
            ""
        };
        write!(
            f,
            "{}:{}: {}{}: {}",
            self.file.display(),
            self.line,
            warning,
            self.field,
            self.message
        )
    }
}
