//! The catalog, opened once, and the translations.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use chrono::Utc;
use include_dir::{Dir, include_dir};
use witaj_catalog::{Catalog, CatalogError, CategoryTerms};
use witaj_feed::{Directory, FeedError};
use witaj_i18n::Localizer;
use witaj_model::{CityId, Locale};
use witaj_view::{Screens, UiError, Viewer};

/// The catalog's source, compiled into the binary; it seeds the catalog on
/// first start and whenever a new app version ships different content.
static BUNDLED_CONTENT: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/../content");

const BUNDLED_CONTENT_KEY: &str = "bundled_content";

#[derive(Debug)]
pub(crate) struct AppState {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    catalog: Mutex<Catalog>,
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
        let mut terms = CategoryTerms::default();
        for (category, term) in l10n.category_terms() {
            terms.add(category, term);
        }
        let path = std::env::var_os("WITAJ_DB")
            .map_or_else(|| data_dir.join("catalog.sqlite"), PathBuf::from);
        let mut catalog = Catalog::open(&path, terms)?;
        seed_bundled_content(&mut catalog)?;
        let directory = feed_directory()?;
        Ok(Self {
            inner: Arc::new(Inner {
                catalog: Mutex::new(catalog),
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
        let inner = Arc::clone(&self.inner);
        let task = tauri::async_runtime::spawn_blocking(move || {
            let catalog = inner
                .catalog
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
            work(&screens).map_err(|error| UiError::new(error.code(), &inner.l10n, locale))
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

    pub(crate) fn catalog(&self) -> &Mutex<Catalog> {
        &self.inner.catalog
    }

    /// A feed failure in the reader's language: `error-feed-<code>`, or the
    /// general "refused, your catalog is unchanged" message.
    pub(crate) fn feed_error(&self, error: &FeedError, locale: Locale) -> UiError {
        let code = format!("feed-{}", error.code());
        let specific = UiError::new(&code, self.l10n(), locale);
        if specific.message == self.l10n().format(locale, "error-generic", None) {
            UiError {
                code,
                message: self.l10n().format(locale, "error-feed-rejected", None),
            }
        } else {
            specific
        }
    }
}

/// A fingerprint of the embedded content: file paths and sizes and bytes.
fn bundled_fingerprint(files: &[(PathBuf, String)]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for (path, text) in files {
        for byte in path.to_string_lossy().bytes().chain(text.bytes()) {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

fn embedded_files() -> Vec<(PathBuf, String)> {
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
    files
}

fn seed_bundled_content(catalog: &mut Catalog) -> Result<(), Box<dyn std::error::Error>> {
    let files = embedded_files();
    let fingerprint = bundled_fingerprint(&files);
    if catalog.meta(BUNDLED_CONTENT_KEY)?.as_deref() == Some(fingerprint.as_str()) {
        return Ok(());
    }
    let today = Utc::now().date_naive();
    let loaded = witaj_content::load_files(Path::new(""), files, today)?;
    // Cities updated from a signed feed keep their newer data.
    let mut bundled = Vec::new();
    for city in CityId::ALL {
        if catalog.feed_state(city)?.is_none() {
            bundled.push(city);
        }
    }
    catalog.replace_cities(
        &bundled,
        &loaded.content.services,
        &loaded.content.guides,
        &[(BUNDLED_CONTENT_KEY, &fingerprint)],
    )?;
    Ok(())
}
