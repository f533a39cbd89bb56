//! Content compiler: the human-edited TOML files under `content/` become
//! validated [`Service`]s and [`Guide`]s, or a list of precise diagnostics
//! (`file:line: field: what was expected`).
//!
//! Reading the files is the only I/O here; "today" (for staleness) is
//! passed in, never read from the clock.

mod diagnostic;
mod parse;
mod stats;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use witaj_model::{CityId, Guide, Service};

pub use diagnostic::{Diagnostic, Severity};
pub use stats::{CityStats, ContentStats, LanguageCoverage, stats};

/// Everything under a content folder that passed validation.
#[derive(Debug, Default)]
pub struct Content {
    pub services: Vec<Service>,
    pub guides: Vec<Guide>,
}

impl Content {
    pub fn services_of(&self, city: CityId) -> impl Iterator<Item = &Service> {
        self.services.iter().filter(move |s| s.city == city)
    }
}

/// What [`load`] found: the content that is valid, and every problem.
#[derive(Debug)]
pub struct Loaded {
    pub content: Content,
    pub diagnostics: Vec<Diagnostic>,
    pub files: usize,
}

impl Loaded {
    pub fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ContentError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{path} is not a content folder: expected city folders (e.g. krakow/services/) or guides/"
    )]
    NotContent { path: PathBuf },
    #[error("content has {count} error(s); first: {first}")]
    Invalid { count: usize, first: Diagnostic },
}

impl ContentError {
    pub fn code(&self) -> &'static str {
        match self {
            ContentError::Read { .. } => "content-read",
            ContentError::NotContent { .. } => "content-not-found",
            ContentError::Invalid { .. } => "content-invalid",
        }
    }
}

/// How old `last_verified` may be before the lint warns.
pub const STALE_AFTER_DAYS: i64 = 365;

/// Reads and validates every file under `root`. Problems in one file do not
/// stop the others from being checked.
pub fn load(root: &Path, today: NaiveDate) -> Result<Loaded, ContentError> {
    let read_dir = |path: &Path| -> Result<Vec<PathBuf>, ContentError> {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(|source| ContentError::Read {
                path: path.to_owned(),
                source,
            })?
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .collect();
        entries.sort();
        Ok(entries)
    };
    if !root.is_dir() {
        return Err(ContentError::NotContent {
            path: root.to_owned(),
        });
    }
    let mut checker = parse::Checker::new(today);
    let mut files = 0;
    let mut found_any = false;
    for city in CityId::ALL {
        let folder = root.join(city.as_str()).join("services");
        if !folder.is_dir() {
            continue;
        }
        found_any = true;
        for path in read_dir(&folder)?.into_iter().filter(|p| is_toml(p)) {
            let source = read(&path)?;
            files += 1;
            checker.service(&path, &source, city);
        }
    }
    let guides = root.join("guides");
    if guides.is_dir() {
        found_any = true;
        for path in read_dir(&guides)?.into_iter().filter(|p| is_toml(p)) {
            let source = read(&path)?;
            files += 1;
            checker.guide(&path, &source);
        }
    }
    if !found_any {
        return Err(ContentError::NotContent {
            path: root.to_owned(),
        });
    }
    let (content, diagnostics) = checker.finish();
    Ok(Loaded {
        content,
        diagnostics,
        files,
    })
}

/// Like [`load`], but any error fails the whole load: what gets compiled
/// into a catalog or a feed has no known problems.
pub fn load_valid(
    root: &Path,
    today: NaiveDate,
) -> Result<(Content, Vec<Diagnostic>), ContentError> {
    let loaded = load(root, today)?;
    let mut errors = loaded
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error);
    if let Some(first) = errors.next() {
        return Err(ContentError::Invalid {
            count: errors.count() + 1,
            first: first.clone(),
        });
    }
    Ok((loaded.content, loaded.diagnostics))
}

fn is_toml(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "toml")
}

fn read(path: &Path) -> Result<String, ContentError> {
    std::fs::read_to_string(path).map_err(|source| ContentError::Read {
        path: path.to_owned(),
        source,
    })
}
