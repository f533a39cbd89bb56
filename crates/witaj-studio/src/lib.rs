//! Witaj Studio's core: what city staff do with their content folder,
//! without a line of TOML.
//!
//! A [`Studio`] holds one city's files in memory as `toml_edit` documents:
//! a form edit changes one value in place, so saving keeps every other
//! byte (key order, comments, blank lines) and a one-field edit is a
//! one-line diff. Lint runs the content compiler (`witaj-content`, the
//! validator behind `witaj content lint`) on the edited text, so problems
//! show before anything is saved. Publishing runs the steps of
//! `witaj feed build` on the saved files.
//!
//! Nothing here reads the clock: callers pass `today` or `now`.

mod document;
mod hours;
mod hsds;
mod publish;
mod reports;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Serialize;
use witaj_content::{Diagnostic, Loaded, Severity};
use witaj_model::{Appointment, Category, CityId, Locale, ServiceStatus, Verification};
use witaj_view::{ServiceScreen, Viewer};

pub use document::FormValue;
pub use hours::{HoursPreview, HoursProblem, hints as hours_hints, hours_preview};
pub use hsds::{HsdsFormat, Imported};
pub use publish::{Change, Changes, PublishRequest};
pub use reports::ReportRow;

#[derive(Debug, thiserror::Error)]
pub enum StudioError {
    #[error(
        "{path} is not a content folder: open a city's folder (e.g. content/krakow) or a content folder with one city"
    )]
    NotContent { path: PathBuf },
    #[error("{path} holds several cities: open one city's folder (e.g. {path}/krakow)")]
    SeveralCities { path: PathBuf },
    #[error("cannot {action} {path}: {source}")]
    Io {
        action: &'static str,
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{file} is not valid TOML, fix it in a text editor: {detail}")]
    Syntax { file: String, detail: String },
    #[error("no entry {file} in this folder")]
    UnknownEntry { file: String },
    #[error("`{field}` cannot be set here: {detail}")]
    Field { field: String, detail: String },
    #[error("{file} has problems to fix before it can be previewed")]
    Invalid { file: String },
    #[error("{count} file(s) have unsaved changes: save them first")]
    Unsaved { count: usize },
    #[error(transparent)]
    Content(#[from] witaj_content::ContentError),
    #[error(transparent)]
    Feed(#[from] witaj_feed::FeedError),
    #[error(transparent)]
    Hsds(#[from] witaj_hsds::HsdsError),
    #[error(transparent)]
    Report(#[from] witaj_report::ReportError),
}

impl StudioError {
    /// Stable codes; the UI shows the Fluent message `error-<code>`.
    pub fn code(&self) -> &'static str {
        match self {
            StudioError::NotContent { .. } => "studio-not-content",
            StudioError::SeveralCities { .. } => "studio-several-cities",
            StudioError::Io { .. } => "studio-io",
            StudioError::Syntax { .. } => "studio-syntax",
            StudioError::UnknownEntry { .. } => "not-found",
            StudioError::Field { .. } => "studio-field",
            StudioError::Invalid { .. } => "studio-invalid",
            StudioError::Unsaved { .. } => "studio-unsaved",
            StudioError::Content(error) => error.code(),
            StudioError::Feed(witaj_feed::FeedError::Key { .. }) => "studio-key",
            StudioError::Feed(witaj_feed::FeedError::Io { .. }) => "studio-io",
            StudioError::Feed(_) => "studio-feed",
            StudioError::Hsds(_) => "studio-hsds",
            StudioError::Report(_) => "studio-report",
        }
    }
}

/// What kind of entry a file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Service,
    Guide,
    Notice,
}

/// One file, as saved and as edited.
#[derive(Debug)]
struct Entry {
    kind: Kind,
    /// Relative to the content root, with `/`: the entry's key in the UI.
    file: String,
    saved: String,
    document: toml_edit::DocumentMut,
    /// Why the file is not TOML at all (a merge conflict, a lost quote):
    /// it is listed, linted and left as it is, never edited here.
    unreadable: Option<String>,
}

impl Entry {
    fn text(&self) -> String {
        match self.unreadable {
            Some(_) => self.saved.clone(),
            None => document::text(&self.document),
        }
    }

    /// The entry, unless only a text editor can fix it.
    fn editable(&self) -> Result<&Self, StudioError> {
        match &self.unreadable {
            Some(detail) => Err(StudioError::Syntax {
                file: self.file.clone(),
                detail: detail.clone(),
            }),
            None => Ok(self),
        }
    }

    fn is_unsaved(&self) -> bool {
        self.text() != self.saved
    }
}

/// One city's content, open for editing.
#[derive(Debug)]
pub struct Studio {
    root: PathBuf,
    city: CityId,
    entries: Vec<Entry>,
}

/// One lint problem, pointing at the line and field to fix.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub file: String,
    pub line: usize,
    pub field: String,
    pub message: String,
    pub severity: Severity,
}

/// A row of the entries table.
#[derive(Debug, Serialize)]
pub struct Row {
    pub file: String,
    pub kind: Kind,
    pub id: Option<String>,
    /// The Polish name or title.
    pub name: Option<String>,
    pub category: Option<String>,
    /// A service's status, `active` when the file does not state one.
    pub status: Option<String>,
    pub verification: Option<String>,
    pub last_verified: Option<String>,
    /// Locales every text is written in (`None` while the entry has errors).
    pub translated: Option<Vec<Locale>>,
    pub machine_translated: Vec<String>,
    pub errors: usize,
    pub warnings: usize,
    pub unsaved: bool,
}

/// Services of the city fully written in one locale.
#[derive(Debug, Serialize)]
pub struct Coverage {
    pub locale: Locale,
    pub translated: usize,
    pub machine_translated: usize,
    pub percent: f64,
}

/// The table screen: every entry with its state, the city's translation
/// coverage and every lint problem.
#[derive(Debug, Serialize)]
pub struct Overview {
    pub root: PathBuf,
    pub city: CityId,
    pub rows: Vec<Row>,
    pub coverage: Vec<Coverage>,
    pub problems: Vec<Problem>,
    pub unsaved: usize,
}

/// An entry's fields for the form, by path (`name.pl`, `phones.0.number`).
#[derive(Debug, Serialize)]
pub struct Form {
    pub file: String,
    pub kind: Kind,
    pub values: std::collections::BTreeMap<String, FormValue>,
    /// How many `[[phones]]` and `[[documents]]` entries there are.
    pub phones: usize,
    pub documents: usize,
    pub problems: Vec<Problem>,
    pub unsaved: bool,
}

/// What the form's pickers offer: the values the content format allows.
#[derive(Debug, Serialize)]
pub struct Choices {
    pub categories: &'static [Category],
    pub statuses: [ServiceStatus; 4],
    pub verifications: [Verification; 2],
    pub appointments: [Appointment; 3],
    pub spoken_languages: &'static [&'static str],
    pub locales: [Locale; 10],
}

pub fn choices() -> Choices {
    Choices {
        categories: Category::ALL,
        statuses: ServiceStatus::ALL,
        verifications: Verification::ALL,
        appointments: Appointment::ALL,
        spoken_languages: witaj_check::SPOKEN_LANGUAGES,
        locales: Locale::ALL,
    }
}

impl Studio {
    /// Opens a city's folder (`content/krakow`) or a content folder that
    /// holds exactly one city. Guides under `<root>/guides` are opened too.
    pub fn open(path: &Path) -> Result<Self, StudioError> {
        let not_content = || StudioError::NotContent {
            path: path.to_owned(),
        };
        let path = &path.canonicalize().map_err(|_| not_content())?;
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let (root, city) = match name.parse::<CityId>() {
            Ok(city) if path.join("services").is_dir() => {
                (path.parent().ok_or_else(not_content)?.to_owned(), city)
            }
            _ => {
                let cities: Vec<CityId> = CityId::ALL
                    .into_iter()
                    .filter(|c| path.join(c.as_str()).join("services").is_dir())
                    .collect();
                match cities.as_slice() {
                    [city] => (path.to_owned(), *city),
                    [] => return Err(not_content()),
                    _ => {
                        return Err(StudioError::SeveralCities {
                            path: path.to_owned(),
                        });
                    }
                }
            }
        };
        let mut entries = Vec::new();
        let folders = [
            (root.join(city.as_str()).join("services"), Kind::Service),
            (root.join(city.as_str()).join("notices"), Kind::Notice),
            (root.join("guides"), Kind::Guide),
        ];
        for (folder, kind) in folders {
            if folder.is_dir() {
                for path in toml_files(&folder)? {
                    entries.push(read_entry(&root, &path, kind)?);
                }
            }
        }
        Ok(Self {
            root,
            city,
            entries,
        })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn city(&self) -> CityId {
        self.city
    }

    /// Every open file checked as `witaj content lint` checks it, on the
    /// text as edited.
    fn load(&self, today: NaiveDate) -> Result<Loaded, StudioError> {
        let files = self
            .entries
            .iter()
            .map(|e| (self.root.join(&e.file), e.text()))
            .collect();
        Ok(witaj_content::load_files(&self.root, files, today)?)
    }

    fn problem(&self, diagnostic: &Diagnostic) -> Problem {
        Problem {
            file: relative(&self.root, &diagnostic.file),
            line: diagnostic.line,
            field: diagnostic.field.clone(),
            message: diagnostic.message.clone(),
            severity: diagnostic.severity,
        }
    }

    /// Lint problems of every open file as edited, in file order.
    pub fn lint(&self, today: NaiveDate) -> Result<Vec<Problem>, StudioError> {
        let loaded = self.load(today)?;
        Ok(loaded.diagnostics.iter().map(|d| self.problem(d)).collect())
    }

    pub fn overview(&self, today: NaiveDate) -> Result<Overview, StudioError> {
        let loaded = self.load(today)?;
        let problems: Vec<Problem> = loaded.diagnostics.iter().map(|d| self.problem(d)).collect();
        let rows = self
            .entries
            .iter()
            .map(|entry| row(entry, &loaded, &problems))
            .collect();
        let stats = witaj_content::stats(&loaded.content);
        let coverage = stats
            .cities
            .into_iter()
            .find(|c| c.city == self.city)
            .map(|c| {
                c.coverage
                    .into_iter()
                    .map(|(locale, c)| Coverage {
                        locale,
                        translated: c.translated,
                        machine_translated: c.machine_translated,
                        percent: c.percent,
                    })
                    .collect()
            })
            .unwrap_or_default();
        Ok(Overview {
            root: self.root.clone(),
            city: self.city,
            rows,
            coverage,
            problems,
            unsaved: self.entries.iter().filter(|e| e.is_unsaved()).count(),
        })
    }

    fn entry(&self, file: &str) -> Result<&Entry, StudioError> {
        self.entries
            .iter()
            .find(|e| e.file == file)
            .ok_or_else(|| StudioError::UnknownEntry {
                file: file.to_owned(),
            })
    }

    fn entry_mut(&mut self, file: &str) -> Result<&mut Entry, StudioError> {
        let entry = self
            .entries
            .iter_mut()
            .find(|e| e.file == file)
            .ok_or_else(|| StudioError::UnknownEntry {
                file: file.to_owned(),
            })?;
        entry.editable()?;
        Ok(entry)
    }

    /// An entry's fields as edited, with its lint problems.
    pub fn form(&self, file: &str, today: NaiveDate) -> Result<Form, StudioError> {
        let entry = self.entry(file)?.editable()?;
        let values = document::values(&entry.document);
        let count = |key: &str| {
            entry
                .document
                .get(key)
                .and_then(|i| i.as_array_of_tables())
                .map_or(0, |a| a.len())
        };
        Ok(Form {
            file: entry.file.clone(),
            kind: entry.kind,
            phones: count("phones"),
            documents: count("documents"),
            values,
            problems: self
                .lint(today)?
                .into_iter()
                .filter(|p| p.file == file)
                .collect(),
            unsaved: entry.is_unsaved(),
        })
    }

    /// Sets one field in memory; `None` or empty text removes it.
    pub fn set(
        &mut self,
        file: &str,
        field: &str,
        value: Option<FormValue>,
    ) -> Result<(), StudioError> {
        document::set(&mut self.entry_mut(file)?.document, field, value)
    }

    /// Appends an empty `[[phones]]` or `[[documents]]` entry.
    pub fn add_item(&mut self, file: &str, list: &str) -> Result<(), StudioError> {
        document::add_item(&mut self.entry_mut(file)?.document, list)
    }

    /// Removes the `index`th `[[phones]]` or `[[documents]]` entry.
    pub fn remove_item(&mut self, file: &str, list: &str, index: usize) -> Result<(), StudioError> {
        document::remove_item(&mut self.entry_mut(file)?.document, list, index)
    }

    /// A reviewer read `locale`'s text: it is no longer marked as drafted by
    /// machine.
    pub fn mark_reviewed(&mut self, file: &str, locale: Locale) -> Result<(), StudioError> {
        document::unmark(&mut self.entry_mut(file)?.document, locale)
    }

    /// The text a file would be saved with.
    pub fn text(&self, file: &str) -> Result<String, StudioError> {
        Ok(self.entry(file)?.text())
    }

    /// Writes every changed file (beside, then renamed over the old one)
    /// and returns their names.
    pub fn save(&mut self) -> Result<Vec<String>, StudioError> {
        let mut saved = Vec::new();
        for entry in self.entries.iter_mut().filter(|e| e.is_unsaved()) {
            let text = entry.text();
            write_atomically(&self.root.join(&entry.file), &text)?;
            entry.saved = text;
            saved.push(entry.file.clone());
        }
        Ok(saved)
    }

    /// The service as a newcomer sees it in the app, from the edited text.
    pub fn preview(&self, file: &str, viewer: &Viewer<'_>) -> Result<ServiceScreen, StudioError> {
        let entry = self.entry(file)?;
        let today = hsds::warsaw_today(viewer.now);
        let loaded = witaj_content::load_files(
            &self.root,
            vec![(self.root.join(&entry.file), entry.text())],
            today,
        )?;
        loaded
            .content
            .services
            .first()
            .map(|service| viewer.service_screen(service))
            .ok_or_else(|| StudioError::Invalid {
                file: file.to_owned(),
            })
    }

    pub(crate) fn unsaved(&self) -> usize {
        self.entries.iter().filter(|e| e.is_unsaved()).count()
    }
}

fn row(entry: &Entry, loaded: &Loaded, problems: &[Problem]) -> Row {
    let doc = &entry.document;
    let text = |key: &str| doc.get(key).map(document::display);
    let name_key = if entry.kind == Kind::Service {
        "name"
    } else {
        "title"
    };
    let id = text("id");
    let service = (entry.kind == Kind::Service)
        .then(|| {
            loaded
                .content
                .services
                .iter()
                .find(|s| Some(&s.id) == id.as_ref())
        })
        .flatten();
    let count = |severity| {
        problems
            .iter()
            .filter(|p| p.file == entry.file && p.severity == severity)
            .count()
    };
    Row {
        file: entry.file.clone(),
        kind: entry.kind,
        name: doc
            .get(name_key)
            .and_then(|n| n.get("pl"))
            .map(document::display),
        category: text("category"),
        status: text("status").or_else(|| (entry.kind == Kind::Service).then(|| "active".into())),
        verification: text("verification"),
        last_verified: text("last_verified"),
        translated: service.map(|s| {
            Locale::ALL
                .into_iter()
                .filter(|&l| witaj_content::is_translated(s, l))
                .collect()
        }),
        machine_translated: match doc.get("machine_translated") {
            Some(item) => document::list(item),
            None => Vec::new(),
        },
        errors: count(Severity::Error),
        warnings: count(Severity::Warning),
        unsaved: entry.is_unsaved(),
        id,
    }
}

fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

fn toml_files(folder: &Path) -> Result<Vec<PathBuf>, StudioError> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .map_err(|source| StudioError::Io {
            action: "read",
            path: folder.to_owned(),
            source,
        })?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "toml") && p.is_file())
        .collect();
    files.sort();
    Ok(files)
}

fn read_entry(root: &Path, path: &Path, kind: Kind) -> Result<Entry, StudioError> {
    let saved = std::fs::read_to_string(path).map_err(|source| StudioError::Io {
        action: "read",
        path: path.to_owned(),
        source,
    })?;
    let (document, unreadable) = match saved.parse::<toml_edit::DocumentMut>() {
        Ok(document) => (document, None),
        Err(error) => (toml_edit::DocumentMut::new(), Some(error.to_string())),
    };
    Ok(Entry {
        kind,
        file: relative(root, path),
        saved,
        document,
        unreadable,
    })
}

fn write_atomically(path: &Path, text: &str) -> Result<(), StudioError> {
    let partial = path.with_extension("toml.partial");
    let io = |action, path: &Path| {
        let path = path.to_owned();
        move |source| StudioError::Io {
            action,
            path,
            source,
        }
    };
    std::fs::write(&partial, text).map_err(io("write", &partial))?;
    std::fs::rename(&partial, path).map_err(io("replace", path))
}
