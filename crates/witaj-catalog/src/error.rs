use std::path::PathBuf;

/// Everything that can go wrong with the catalog.
#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    #[error("cannot open the catalog at {path}: {source}")]
    Open {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("no catalog at {path}: build one with `witaj content build`")]
    Missing { path: PathBuf },
    #[error("catalog database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("catalog schema migration failed: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    #[error("catalog holds an unreadable {what} in {row}: {detail}")]
    Corrupt {
        what: &'static str,
        row: String,
        detail: String,
    },
    #[error("catalog integrity check failed: {0}")]
    Integrity(String),
}

impl CatalogError {
    /// A stable identifier for the UI and scripts; Fluent has a message for each.
    pub fn code(&self) -> &'static str {
        match self {
            CatalogError::Open { .. } => "catalog-open",
            CatalogError::Missing { .. } => "catalog-missing",
            CatalogError::Sqlite(_) | CatalogError::Migration(_) => "catalog-database",
            CatalogError::Corrupt { .. } | CatalogError::Integrity(_) => "catalog-corrupt",
        }
    }
}
