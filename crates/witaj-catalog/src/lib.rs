//! The SQLite catalog: schema and migrations, writing a city's services in
//! one transaction, reading them back, and searching them.
//!
//! A catalog file is opened once per thread ([`Catalog`] is `Send`, not
//! `Sync`); WAL mode lets readers keep a consistent snapshot while a writer
//! replaces a city.

mod error;
mod index;
mod search;
mod store;

use std::path::Path;
use std::sync::LazyLock;

use rusqlite::Connection;
use rusqlite_migration::{M, Migrations};

pub use error::CatalogError;
pub use search::{CategoryTerms, SearchRequest, SearchResult};
pub use store::{CategoryCount, CitySummary, FeedState, Writer};

static MIGRATIONS: LazyLock<Migrations<'static>> = LazyLock::new(|| {
    Migrations::new(vec![
        M::up(include_str!("../migrations/01-catalog.sql")),
        M::up(include_str!("../migrations/02-feeds.sql")),
        M::up(include_str!("../migrations/03-trust.sql")),
        M::up(include_str!("../migrations/04-search-index.sql")),
        M::up(include_str!("../migrations/05-notices.sql")),
    ])
});

/// An open catalog.
#[derive(Debug)]
pub struct Catalog {
    conn: Connection,
    search: search::SearchCache,
}

impl Catalog {
    /// Opens (creating if needed) and migrates the catalog at `path`.
    pub fn open(path: &Path, terms: CategoryTerms) -> Result<Self, CatalogError> {
        let conn = Connection::open(path).map_err(|source| CatalogError::Open {
            path: path.to_owned(),
            source,
        })?;
        Self::from_connection(conn, terms)
    }

    /// Opens an existing catalog without creating or migrating it.
    pub fn open_existing(path: &Path, terms: CategoryTerms) -> Result<Self, CatalogError> {
        if !path.is_file() {
            return Err(CatalogError::Missing {
                path: path.to_owned(),
            });
        }
        Self::open(path, terms)
    }

    pub fn open_in_memory(terms: CategoryTerms) -> Result<Self, CatalogError> {
        Self::from_connection(Connection::open_in_memory()?, terms)
    }

    fn from_connection(mut conn: Connection, terms: CategoryTerms) -> Result<Self, CatalogError> {
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // A catalog file may come from elsewhere (`--db`): its schema must not
        // be able to run functions with side effects.
        conn.pragma_update(None, "trusted_schema", "OFF")?;
        MIGRATIONS.to_latest(&mut conn)?;
        Ok(Self {
            conn,
            search: search::SearchCache::new(terms),
        })
    }

    /// Starts the one transaction in which a change to the catalog happens.
    pub fn writer(&mut self) -> Result<Writer<'_>, CatalogError> {
        Writer::begin(&mut self.conn, &self.search.terms)
    }

    /// Runs `PRAGMA integrity_check`; `Ok(())` when SQLite reports `ok`.
    pub fn check_integrity(&self) -> Result<(), CatalogError> {
        let report: String = self
            .conn
            .query_row("PRAGMA integrity_check", [], |row| row.get(0))?;
        if report == "ok" {
            Ok(())
        } else {
            Err(CatalogError::Integrity(report))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        assert!(MIGRATIONS.validate().is_ok());
    }
}
