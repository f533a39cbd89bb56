//! What a reader keeps on their device, and nothing else: their plan
//! (saved services and guides with a note and a done mark), the ticks on
//! guide checklists, and reports waiting to be passed on.
//!
//! It lives in its own SQLite file, beside the catalog but never inside
//! it: a feed replaces catalog rows and cannot reach what a reader saved,
//! and "Forget everything" ([`UserData::forget_everything`]) empties this
//! file without touching the catalog. There is no account and no sync.
//! Callers pass the clock in.

use std::path::Path;
use std::str::FromStr;
use std::sync::LazyLock;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use rusqlite_migration::{M, Migrations};
use serde::{Deserialize, Serialize};
use witaj_model::CityId;
use witaj_report::{Report, ReportError};

static MIGRATIONS: LazyLock<Migrations<'static>> =
    LazyLock::new(|| Migrations::new(vec![M::up(include_str!("../migrations/01-user.sql"))]));

/// The longest note on a plan item, in characters.
pub const MAX_NOTE_CHARS: usize = 500;
/// Saved items at most: a plan is a list to act on, not an archive.
pub const MAX_PLAN_ITEMS: usize = 200;
/// Reports waiting at most.
pub const MAX_QUEUED_REPORTS: usize = 100;

#[derive(Debug, thiserror::Error)]
pub enum UserError {
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("database schema: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    #[error("a note is at most {MAX_NOTE_CHARS} characters")]
    NoteTooLong,
    #[error("the plan holds at most {MAX_PLAN_ITEMS} items")]
    PlanFull,
    #[error("at most {MAX_QUEUED_REPORTS} reports can wait")]
    TooManyReports,
    #[error("{0} is not in the plan")]
    NotInPlan(String),
    #[error(transparent)]
    Report(#[from] ReportError),
    #[error("a saved row is damaged: {0}")]
    Damaged(String),
}

impl UserError {
    /// A stable code for the UI, localized as `error-<code>`.
    pub fn code(&self) -> &'static str {
        match self {
            UserError::Sqlite(_) | UserError::Migration(_) | UserError::Damaged(_) => "storage",
            UserError::NoteTooLong => "note-too-long",
            UserError::PlanFull => "plan-full",
            UserError::TooManyReports => "too-many-reports",
            UserError::NotInPlan(_) => "not-in-plan",
            UserError::Report(e) => e.code(),
        }
    }
}

/// What a plan item points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ItemKind {
    Service,
    Guide,
}

impl ItemKind {
    fn as_str(self) -> &'static str {
        match self {
            ItemKind::Service => "service",
            ItemKind::Guide => "guide",
        }
    }
}

/// Which service or guide: a guide's id is unique only within its city.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ItemRef {
    pub kind: ItemKind,
    pub city: CityId,
    pub id: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PlanItem {
    #[serde(flatten)]
    pub item: ItemRef,
    pub note: String,
    pub done: bool,
    pub added_at: DateTime<Utc>,
}

/// How a reader passed a report on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PassedOn {
    Email,
    File,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct QueuedReport {
    pub id: i64,
    pub report: Report,
    pub passed_on: Option<PassedOn>,
}

/// The reader's own data on this device.
#[derive(Debug)]
pub struct UserData {
    conn: Connection,
}

impl UserData {
    pub fn open(path: &Path) -> Result<Self, UserError> {
        Self::from_connection(Connection::open(path)?)
    }

    pub fn open_in_memory() -> Result<Self, UserError> {
        Self::from_connection(Connection::open_in_memory()?)
    }

    fn from_connection(mut conn: Connection) -> Result<Self, UserError> {
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        // Deleted rows are overwritten, so forgetting leaves no readable trace in the file.
        conn.pragma_update(None, "secure_delete", "ON")?;
        conn.pragma_update(None, "trusted_schema", "OFF")?;
        MIGRATIONS.to_latest(&mut conn)?;
        Ok(Self { conn })
    }

    /// The plan, oldest first.
    pub fn plan(&self) -> Result<Vec<PlanItem>, UserError> {
        let mut statement = self.conn.prepare(
            "SELECT kind, city, item_id, note, done, added_at FROM plan_item
             ORDER BY added_at, kind, city, item_id",
        )?;
        let rows = statement.query_map([], |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, String>(2)?,
                row.get::<_, String>(3)?,
                row.get::<_, bool>(4)?,
                row.get::<_, String>(5)?,
            ))
        })?;
        rows.map(|row| {
            let (kind, city, id, note, done, added_at) = row?;
            let kind = match kind.as_str() {
                "service" => ItemKind::Service,
                _ => ItemKind::Guide,
            };
            Ok(PlanItem {
                item: ItemRef {
                    kind,
                    city: parse(&city)?,
                    id,
                },
                note,
                done,
                added_at: DateTime::parse_from_rfc3339(&added_at)
                    .map_err(|e| UserError::Damaged(e.to_string()))?
                    .with_timezone(&Utc),
            })
        })
        .collect()
    }

    pub fn is_saved(&self, item: &ItemRef) -> Result<bool, UserError> {
        Ok(self
            .conn
            .query_row(
                "SELECT 1 FROM plan_item WHERE kind = ?1 AND city = ?2 AND item_id = ?3",
                params![item.kind.as_str(), item.city.as_str(), item.id],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    /// Adds `item` to the plan; saving it again changes nothing.
    pub fn save(&mut self, item: &ItemRef, now: DateTime<Utc>) -> Result<(), UserError> {
        if self.is_saved(item)? {
            return Ok(());
        }
        let count: usize = self
            .conn
            .query_row("SELECT count(*) FROM plan_item", [], |row| row.get(0))?;
        if count >= MAX_PLAN_ITEMS {
            return Err(UserError::PlanFull);
        }
        self.conn.execute(
            "INSERT INTO plan_item (kind, city, item_id, added_at) VALUES (?1, ?2, ?3, ?4)",
            params![
                item.kind.as_str(),
                item.city.as_str(),
                item.id,
                now.to_rfc3339()
            ],
        )?;
        Ok(())
    }

    pub fn remove(&mut self, item: &ItemRef) -> Result<(), UserError> {
        self.conn.execute(
            "DELETE FROM plan_item WHERE kind = ?1 AND city = ?2 AND item_id = ?3",
            params![item.kind.as_str(), item.city.as_str(), item.id],
        )?;
        Ok(())
    }

    pub fn set_note(&mut self, item: &ItemRef, note: &str) -> Result<(), UserError> {
        if note.chars().count() > MAX_NOTE_CHARS {
            return Err(UserError::NoteTooLong);
        }
        self.update(item, "note", &note.trim())
    }

    pub fn set_done(&mut self, item: &ItemRef, done: bool) -> Result<(), UserError> {
        self.update(item, "done", &done)
    }

    fn update(
        &mut self,
        item: &ItemRef,
        column: &str,
        value: &dyn rusqlite::ToSql,
    ) -> Result<(), UserError> {
        let changed = self.conn.execute(
            &format!(
                "UPDATE plan_item SET {column} = ?4 WHERE kind = ?1 AND city = ?2 AND item_id = ?3"
            ),
            params![item.kind.as_str(), item.city.as_str(), item.id, value],
        )?;
        if changed == 0 {
            return Err(UserError::NotInPlan(item.id.clone()));
        }
        Ok(())
    }

    /// The ticked items of a guide's checklist, by position.
    pub fn checklist(&self, city: CityId, guide_id: &str) -> Result<Vec<u32>, UserError> {
        let mut statement = self.conn.prepare(
            "SELECT item FROM checklist_mark WHERE city = ?1 AND guide_id = ?2 ORDER BY item",
        )?;
        let items = statement
            .query_map(params![city.as_str(), guide_id], |row| row.get(0))?
            .collect::<Result<_, _>>()?;
        Ok(items)
    }

    pub fn set_checked(
        &mut self,
        city: CityId,
        guide_id: &str,
        item: u32,
        checked: bool,
    ) -> Result<(), UserError> {
        let sql = if checked {
            "INSERT OR IGNORE INTO checklist_mark (city, guide_id, item) VALUES (?1, ?2, ?3)"
        } else {
            "DELETE FROM checklist_mark WHERE city = ?1 AND guide_id = ?2 AND item = ?3"
        };
        self.conn
            .execute(sql, params![city.as_str(), guide_id, item])?;
        Ok(())
    }

    /// Keeps a report on the device until the reader passes it on.
    pub fn queue_report(&mut self, report: &Report) -> Result<i64, UserError> {
        report.validate()?;
        let waiting: usize = self.conn.query_row(
            "SELECT count(*) FROM report WHERE passed_on IS NULL",
            [],
            |row| row.get(0),
        )?;
        if waiting >= MAX_QUEUED_REPORTS {
            return Err(UserError::TooManyReports);
        }
        let body = serde_json::to_string(report).expect("reports always serialize");
        self.conn
            .execute("INSERT INTO report (body) VALUES (?1)", params![body])?;
        Ok(self.conn.last_insert_rowid())
    }

    /// Every report, oldest first.
    pub fn reports(&self) -> Result<Vec<QueuedReport>, UserError> {
        let mut statement = self
            .conn
            .prepare("SELECT id, body, passed_on FROM report ORDER BY id")?;
        let rows = statement.query_map([], |row| {
            Ok((
                row.get::<_, i64>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, Option<String>>(2)?,
            ))
        })?;
        rows.map(|row| {
            let (id, body, passed_on) = row?;
            Ok(QueuedReport {
                id,
                report: serde_json::from_str(&body)
                    .map_err(|e| UserError::Damaged(e.to_string()))?,
                passed_on: match passed_on.as_deref() {
                    Some("email") => Some(PassedOn::Email),
                    Some(_) => Some(PassedOn::File),
                    None => None,
                },
            })
        })
        .collect()
    }

    /// Reports not yet passed on, oldest first; of `city` only, when given.
    pub fn waiting_reports(&self, city: Option<CityId>) -> Result<Vec<QueuedReport>, UserError> {
        let mut waiting = self.reports()?;
        waiting.retain(|r| r.passed_on.is_none() && city.is_none_or(|c| r.report.city == c));
        Ok(waiting)
    }

    /// Records that the reader sent or saved these reports.
    pub fn mark_passed_on(&mut self, ids: &[i64], how: PassedOn) -> Result<(), UserError> {
        let how = match how {
            PassedOn::Email => "email",
            PassedOn::File => "file",
        };
        let tx = self.conn.transaction()?;
        for id in ids {
            tx.execute(
                "UPDATE report SET passed_on = ?2 WHERE id = ?1",
                params![id, how],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    pub fn delete_report(&mut self, id: i64) -> Result<(), UserError> {
        self.conn
            .execute("DELETE FROM report WHERE id = ?1", params![id])?;
        Ok(())
    }

    /// Empties everything the reader kept, and compacts the file so that
    /// nothing of it stays readable on disk.
    pub fn forget_everything(&mut self) -> Result<(), UserError> {
        self.conn.execute_batch(
            "BEGIN;
             DELETE FROM plan_item;
             DELETE FROM checklist_mark;
             DELETE FROM report;
             COMMIT;
             VACUUM;
             PRAGMA wal_checkpoint(TRUNCATE);",
        )?;
        Ok(())
    }
}

fn parse<T: FromStr>(value: &str) -> Result<T, UserError>
where
    T::Err: std::fmt::Display,
{
    value
        .parse()
        .map_err(|e: T::Err| UserError::Damaged(e.to_string()))
}

/// Writes `bytes` to a new file in `dir` named `<stem>.<extension>`, or
/// `<stem>-2.<extension>` and so on when that exists: a file the reader
/// saved earlier is never overwritten.
pub fn write_new_file(
    dir: &Path,
    stem: &str,
    extension: &str,
    bytes: &[u8],
) -> std::io::Result<std::path::PathBuf> {
    use std::io::Write;
    std::fs::create_dir_all(dir)?;
    for n in 1..1000 {
        let name = if n == 1 {
            format!("{stem}.{extension}")
        } else {
            format!("{stem}-{n}.{extension}")
        };
        let path = dir.join(name);
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(mut file) => {
                file.write_all(bytes)?;
                file.sync_all()?;
                return Ok(path);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::new(
        std::io::ErrorKind::AlreadyExists,
        format!("{stem}.{extension} and 998 numbered copies exist"),
    ))
}
