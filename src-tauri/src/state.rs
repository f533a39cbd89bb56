//! The catalog, opened once, and the translations.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use chrono::Utc;
use include_dir::{Dir, include_dir};
use witaj_catalog::{Catalog, CatalogError, CategoryTerms};
use witaj_feed::{Directory, FeedError};
use witaj_i18n::Localizer;
use witaj_model::Locale;
use witaj_user::{UserData, UserError};
use witaj_view::{Screens, UiError, Viewer};

/// The catalog's source, compiled into the binary; it seeds the catalog on
/// first start and whenever a new app version ships different content.
static BUNDLED_CONTENT: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/../content");

#[derive(Debug)]
pub(crate) struct AppState {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    catalog: Arc<Mutex<Catalog>>,
    /// The reader's plan and reports: a file of its own that feeds never touch.
    user: Mutex<UserData>,
    l10n: Localizer,
    directory: Directory,
}

/// The cities' feed addresses and pinned keys. Debug builds let tests point
/// at their own directory (a loopback server and the test key) through
/// `WITAJ_TEST_FEEDS`; release builds only ever trust the embedded one.
fn feed_directory() -> Result<Directory, Box<dyn std::error::Error>> {
    #[cfg(debug_assertions)]
    if let Some(path) = std::env::var_os("WITAJ_TEST_FEEDS") {
        return Ok(Directory::parse(&std::fs::read_to_string(path)?)?);
    }
    Ok(Directory::parse(include_str!("../../feeds/cities.toml"))?)
}

impl AppState {
    pub(crate) fn open(data_dir: &Path) -> Result<Self, Box<dyn std::error::Error>> {
        std::fs::create_dir_all(data_dir)?;
        let l10n = Localizer::bundled()?;
        let terms = CategoryTerms::from_iter(l10n.category_terms());
        let path = std::env::var_os("WITAJ_DB")
            .map_or_else(|| data_dir.join("catalog.sqlite"), PathBuf::from);
        let mut catalog = Catalog::open(&path, terms)?;
        let directory = feed_directory()?;
        seed_bundled_content(&mut catalog, &directory)?;
        let user = UserData::open(&data_dir.join("user.sqlite"))?;
        Ok(Self {
            inner: Arc::new(Inner {
                catalog: Arc::new(Mutex::new(catalog)),
                user: Mutex::new(user),
                l10n,
                directory,
            }),
        })
    }

    /// Runs `work` with a screen builder for `locale`, on a blocking thread
    /// so the UI thread never waits for SQLite.
    pub(crate) async fn with_screens<T: Send + 'static>(
        &self,
        locale: Locale,
        work: impl FnOnce(&Screens<'_>) -> Result<T, CatalogError> + Send + 'static,
    ) -> Result<T, UiError> {
        self.with_user(locale, |_, screens| Ok(work(screens)?))
            .await
    }

    /// Runs `work` with the reader's own data and a screen builder, on a
    /// blocking thread. The catalog is locked before the user database,
    /// always in that order.
    pub(crate) async fn with_user<T: Send + 'static>(
        &self,
        locale: Locale,
        work: impl FnOnce(&mut UserData, &Screens<'_>) -> Result<T, Failure> + Send + 'static,
    ) -> Result<T, UiError> {
        let inner = Arc::clone(&self.inner);
        let task = tauri::async_runtime::spawn_blocking(move || {
            let catalog = inner
                .catalog
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            let mut user = inner
                .user
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            let screens = Screens {
                catalog: &catalog,
                viewer: Viewer {
                    l10n: &inner.l10n,
                    locale,
                    now: Utc::now(),
                },
            };
            work(&mut user, &screens)
                .map_err(|error| UiError::new(error.code(), &inner.l10n, locale))
        });
        task.await
            .unwrap_or_else(|_| Err(UiError::new("generic", &self.inner.l10n, locale)))
    }

    pub(crate) fn l10n(&self) -> &Localizer {
        &self.inner.l10n
    }

    pub(crate) fn directory(&self) -> &Directory {
        &self.inner.directory
    }

    pub(crate) fn catalog(&self) -> &Arc<Mutex<Catalog>> {
        &self.inner.catalog
    }

    /// A feed failure in the reader's language: `error-feed-<code>`, or the
    /// general "refused, your catalog is unchanged" message.
    pub(crate) fn feed_error(&self, error: &FeedError, locale: Locale) -> UiError {
        let code = format!("feed-{}", error.code());
        if self.l10n().has_message(&format!("error-{code}")) {
            UiError::new(&code, self.l10n(), locale)
        } else {
            UiError {
                code,
                message: self.l10n().format(locale, "error-feed-rejected", None),
            }
        }
    }
}

/// Why a command on the reader's own data failed.
#[derive(Debug)]
pub(crate) enum Failure {
    Catalog(CatalogError),
    User(UserError),
    /// Writing a file the reader asked for.
    Io,
}

impl Failure {
    fn code(&self) -> &'static str {
        match self {
            Failure::Catalog(error) => error.code(),
            Failure::User(error) => error.code(),
            Failure::Io => "io",
        }
    }
}

impl From<CatalogError> for Failure {
    fn from(error: CatalogError) -> Self {
        Failure::Catalog(error)
    }
}

impl From<UserError> for Failure {
    fn from(error: UserError) -> Self {
        Failure::User(error)
    }
}

/// The embedded content files, and a fingerprint of their paths and bytes.
fn embedded_files() -> (Vec<(PathBuf, String)>, String) {
    fn walk(dir: &Dir<'_>, out: &mut Vec<(PathBuf, String)>) {
        for file in dir.files() {
            if let Some(text) = file.contents_utf8() {
                out.push((file.path().to_owned(), text.to_owned()));
            }
        }
        for sub in dir.dirs() {
            walk(sub, out);
        }
    }
    let mut files = Vec::new();
    walk(&BUNDLED_CONTENT, &mut files);
    files.sort();
    let mut all = Vec::new();
    for (path, text) in &files {
        all.extend_from_slice(path.to_string_lossy().as_bytes());
        all.push(0);
        all.extend_from_slice(text.as_bytes());
        all.push(0);
    }
    let fingerprint = witaj_feed::sha256_hex(&all);
    (files, fingerprint)
}

/// Writes the bundled catalog where needed. Its dates were checked when it
/// was built (content lint in CI), so the device clock plays no part, and
/// an invalid bundle fails start-up instead of leaving entries out.
fn seed_bundled_content(
    catalog: &mut Catalog,
    directory: &Directory,
) -> Result<(), Box<dyn std::error::Error>> {
    let (files, fingerprint) = embedded_files();
    // An everyday start: the bundle is in place, nothing to read or write.
    if witaj_feed::bundle_is_current(catalog, &fingerprint, directory)? {
        return Ok(());
    }
    let content = witaj_content::compile_files(Path::new(""), files)?;
    witaj_feed::seed_bundle(
        catalog,
        &content.services,
        &content.guides,
        &content.notices,
        &fingerprint,
        directory,
    )?;
    Ok(())
}
