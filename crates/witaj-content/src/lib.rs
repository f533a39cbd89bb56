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
use witaj_model::{CityId, Guide, Notice, Service};

pub use diagnostic::{Diagnostic, Severity};
pub use stats::{CityStats, ContentStats, LanguageCoverage, is_translated, stats};

/// Everything under a content folder that passed validation.
#[derive(Debug, Default)]
pub struct Content {
    pub services: Vec<Service>,
    pub guides: Vec<Guide>,
    pub notices: Vec<Notice>,
}

impl Content {
    pub fn services_of(&self, city: CityId) -> impl Iterator<Item = &Service> {
        self.services.iter().filter(move |s| s.city == city)
    }

    /// The notices `city` publishes itself (those for every city are not
    /// in a city's feed: they ship with the app).
    pub fn notices_of(&self, city: CityId) -> impl Iterator<Item = &Notice> {
        self.notices.iter().filter(move |n| n.city == Some(city))
    }

    /// The guides `city` publishes itself (their ids start with its id).
    pub fn guides_of(&self, city: CityId) -> impl Iterator<Item = &Guide> {
        self.guides.iter().filter(move |g| g.city == Some(city))
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

/// Reads and validates every file under `root`. Problems in one file do not
/// stop the others from being checked.
pub fn load(root: &Path, today: NaiveDate) -> Result<Loaded, ContentError> {
    load_with(root, Some(today))
}

fn load_with(root: &Path, today: Option<NaiveDate>) -> Result<Loaded, ContentError> {
    if !root.is_dir() {
        return Err(ContentError::NotContent {
            path: root.to_owned(),
        });
    }
    let read_dir = |path: &Path| -> Result<Vec<PathBuf>, ContentError> {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(|source| ContentError::Read {
                path: path.to_owned(),
                source,
            })?
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|path| is_toml(path))
            .collect();
        entries.sort();
        Ok(entries)
    };
    let mut folders: Vec<PathBuf> = CityId::ALL
        .iter()
        .flat_map(|city| {
            let dir = root.join(city.as_str());
            [dir.join("services"), dir.join("notices")]
        })
        .collect();
    folders.push(root.join("guides"));
    folders.push(root.join("notices"));
    let mut files = Vec::new();
    for folder in folders.into_iter().filter(|f| f.is_dir()) {
        for path in read_dir(&folder)? {
            let text = std::fs::read_to_string(&path).map_err(|source| ContentError::Read {
                path: path.clone(),
                source,
            })?;
            files.push((path, text));
        }
    }
    check_files(root, files, today)
}

/// Validates content given as `(path, text)` pairs, e.g. embedded in a
/// binary. Paths are `<root>/<city>/services/<slug>.toml` or
/// `<root>/guides/<id>.toml`; anything else is ignored.
pub fn load_files(
    root: &Path,
    files: Vec<(PathBuf, String)>,
    today: NaiveDate,
) -> Result<Loaded, ContentError> {
    check_files(root, files, Some(today))
}

/// Compiles content whose dates were already checked when it was built (the
/// catalog bundled into the app, or a folder the CLI reads on every call):
/// no date is compared with the device clock, and any error fails the whole
/// load instead of leaving entries out.
pub fn compile_files(root: &Path, files: Vec<(PathBuf, String)>) -> Result<Content, ContentError> {
    valid(check_files(root, files, None)?).map(|(content, _)| content)
}

/// [`compile_files`] for a folder.
pub fn compile(root: &Path) -> Result<Content, ContentError> {
    valid(load_with(root, None)?).map(|(content, _)| content)
}

fn check_files(
    root: &Path,
    files: Vec<(PathBuf, String)>,
    today: Option<NaiveDate>,
) -> Result<Loaded, ContentError> {
    let mut checker = parse::Checker::new(today);
    let mut count = 0;
    for (path, text) in &files {
        let relative = path.strip_prefix(root).unwrap_or(path);
        let parts: Vec<String> = relative
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        match parts.as_slice() {
            [city, services, _] if services == "services" && is_toml(path) => {
                if let Ok(city) = city.parse::<CityId>() {
                    count += 1;
                    checker.service(path, text, city);
                }
            }
            [guides, _] if guides == "guides" && is_toml(path) => {
                count += 1;
                checker.guide(path, text);
            }
            [city, notices, _] if notices == "notices" && is_toml(path) => {
                if let Ok(city) = city.parse::<CityId>() {
                    count += 1;
                    checker.notice(path, text, Some(city));
                }
            }
            [notices, _] if notices == "notices" && is_toml(path) => {
                count += 1;
                checker.notice(path, text, None);
            }
            _ => {}
        }
    }
    if count == 0 {
        return Err(ContentError::NotContent {
            path: root.to_owned(),
        });
    }
    let (content, diagnostics) = checker.finish();
    Ok(Loaded {
        content,
        diagnostics,
        files: count,
    })
}

/// Like [`load`], but any error fails the whole load: what gets compiled
/// into a catalog or a feed has no known problems.
pub fn load_valid(
    root: &Path,
    today: NaiveDate,
) -> Result<(Content, Vec<Diagnostic>), ContentError> {
    valid(load(root, today)?)
}

fn valid(loaded: Loaded) -> Result<(Content, Vec<Diagnostic>), ContentError> {
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
