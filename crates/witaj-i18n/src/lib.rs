//! Fluent localisation for the app and the CLI.
//!
//! Every user-visible string lives in `locales/<lang>/*.ftl`, embedded into
//! the binary at build time. A message missing in one locale is looked up
//! along [`Locale::fallback_chain`] (be → ru → en → pl …); a message missing
//! everywhere shows its id. Nothing here panics on missing text.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use include_dir::{Dir, include_dir};
use unic_langid::LanguageIdentifier;
use witaj_model::{Category, Locale};

pub use fluent_bundle::{FluentArgs as Args, FluentValue as Value};

static LOCALES: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/../../locales");

#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    #[error("locales/{locale}/{file}: {detail}")]
    Syntax {
        locale: Locale,
        file: String,
        detail: String,
    },
    #[error("locales/{locale}/{file}: message `{id}` is defined twice")]
    Duplicate {
        locale: Locale,
        file: String,
        id: String,
    },
}

impl I18nError {
    pub fn code(&self) -> &'static str {
        "i18n-invalid"
    }
}

/// A formatted message and the locale its text came from, so the UI can set
/// `lang` on text that fell back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Localized {
    pub text: String,
    pub locale: Locale,
}

/// Every locale's Fluent bundle.
pub struct Localizer {
    bundles: HashMap<Locale, FluentBundle<FluentResource>>,
    ids: BTreeMap<Locale, BTreeSet<String>>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("locales", &self.ids.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl Localizer {
    /// The translations compiled into this binary.
    pub fn bundled() -> Result<Self, I18nError> {
        let files = Locale::ALL.into_iter().flat_map(|locale| {
            LOCALES
                .get_dir(locale.code())
                .into_iter()
                .flat_map(|dir| dir.files())
                .filter(|file| file.path().extension().is_some_and(|e| e == "ftl"))
                .map(move |file| {
                    let name = file
                        .path()
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    (
                        locale,
                        name,
                        file.contents_utf8().unwrap_or_default().to_owned(),
                    )
                })
        });
        Self::from_sources(files)
    }

    /// Builds bundles from `(locale, file name, FTL text)`.
    pub fn from_sources(
        sources: impl IntoIterator<Item = (Locale, String, String)>,
    ) -> Result<Self, I18nError> {
        let mut bundles: HashMap<Locale, FluentBundle<FluentResource>> = Locale::ALL
            .into_iter()
            .map(|locale| {
                let language: LanguageIdentifier = locale
                    .code()
                    .parse()
                    .expect("shipped locale codes are valid BCP 47");
                let mut bundle = FluentBundle::new_concurrent(vec![language]);
                // Isolation marks keep numbers and Latin names in order inside Arabic text;
                // elsewhere they would only leak into plain-text and JSON output.
                bundle.set_use_isolating(locale.is_right_to_left());
                (locale, bundle)
            })
            .collect();
        let mut ids: BTreeMap<Locale, BTreeSet<String>> = BTreeMap::new();
        for (locale, file, text) in sources {
            let resource =
                FluentResource::try_new(text).map_err(|(_, errors)| I18nError::Syntax {
                    locale,
                    file: file.clone(),
                    detail: errors
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join("; "),
                })?;
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(message) = entry {
                    ids.entry(locale)
                        .or_default()
                        .insert(message.id.name.to_owned());
                }
            }
            let bundle = bundles
                .get_mut(&locale)
                .expect("a bundle exists for every locale");
            bundle.add_resource(resource).map_err(|errors| {
                let id = errors
                    .iter()
                    .find_map(|e| match e {
                        fluent_bundle::FluentError::Overriding { id, .. } => Some(id.clone()),
                        _ => None,
                    })
                    .unwrap_or_default();
                I18nError::Duplicate { locale, file, id }
            })?;
        }
        Ok(Self { bundles, ids })
    }

    /// Formats message `id` for `locale`, falling back along its chain.
    pub fn message(&self, locale: Locale, id: &str, args: Option<&FluentArgs<'_>>) -> Localized {
        for &candidate in locale.fallback_chain() {
            let bundle = &self.bundles[&candidate];
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned();
                return Localized {
                    text,
                    locale: candidate,
                };
            }
        }
        Localized {
            text: id.to_owned(),
            locale: Locale::En,
        }
    }

    /// Whether a message `id` exists (in English, the reference set).
    pub fn has_message(&self, id: &str) -> bool {
        self.bundles[&Locale::En].has_message(id)
    }

    /// Shorthand for [`message`](Self::message)'s text.
    pub fn format(&self, locale: Locale, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        self.message(locale, id, args).text
    }

    /// Every message id (the English reference set), in order.
    pub fn message_ids(&self) -> impl Iterator<Item = &str> {
        self.ids
            .get(&Locale::En)
            .into_iter()
            .flatten()
            .map(String::as_str)
    }

    /// Ids present in English but missing in each other locale. English is
    /// the reference every message is first written in.
    pub fn missing_messages(&self) -> BTreeMap<Locale, Vec<String>> {
        let empty = BTreeSet::new();
        let reference = self.ids.get(&Locale::En).unwrap_or(&empty);
        Locale::ALL
            .into_iter()
            .filter(|&locale| locale != Locale::En)
            .map(|locale| {
                let have = self.ids.get(&locale).unwrap_or(&empty);
                (locale, reference.difference(have).cloned().collect())
            })
            .collect()
    }

    /// Every locale's search words for every category (`search-terms-<id>`).
    pub fn category_terms(&self) -> Vec<(Category, String)> {
        let mut terms = Vec::new();
        for &category in Category::ALL {
            let id = format!("search-terms-{}", category.as_str());
            for locale in Locale::ALL {
                let bundle = &self.bundles[&locale];
                let Some(pattern) = bundle.get_message(&id).and_then(|m| m.value()) else {
                    continue;
                };
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, None, &mut errors);
                terms.extend(
                    text.split(',')
                        .map(str::trim)
                        .filter(|t| !t.is_empty())
                        .map(|t| (category, t.to_owned())),
                );
            }
        }
        terms
    }
}

/// Picks the best shipped locale for a list of requested language tags
/// (e.g. the system's), defaulting to English.
pub fn negotiate(requested: &[&str]) -> Locale {
    let requested: Vec<LanguageIdentifier> = requested
        .iter()
        .filter_map(|tag| tag.replace('_', "-").split('.').next()?.parse().ok())
        .collect();
    let available: Vec<LanguageIdentifier> = Locale::ALL
        .iter()
        .filter_map(|l| l.code().parse().ok())
        .collect();
    let default: LanguageIdentifier = "en".parse().expect("valid");
    let chosen = fluent_langneg::negotiate_languages(
        &requested,
        &available,
        Some(&default),
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    chosen
        .first()
        .and_then(|id| id.language.as_str().parse().ok())
        .unwrap_or(Locale::En)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn localizer(sources: &[(Locale, &str)]) -> Localizer {
        Localizer::from_sources(
            sources
                .iter()
                .map(|(l, t)| (*l, "test.ftl".to_owned(), (*t).to_owned())),
        )
        .expect("test FTL is valid")
    }

    #[test]
    fn falls_back_along_the_chain() {
        let l10n = localizer(&[
            (Locale::Pl, "a = pl-a\nb = pl-b\nc = pl-c\n"),
            (Locale::En, "a = en-a\nb = en-b\n"),
            (Locale::Ru, "a = ru-a\n"),
        ]);
        let check = |locale, id: &str, expected: (&str, Locale)| {
            let m = l10n.message(locale, id, None);
            assert_eq!((m.text.as_str(), m.locale), expected, "{locale} {id}");
        };
        check(Locale::Be, "a", ("ru-a", Locale::Ru));
        check(Locale::Be, "b", ("en-b", Locale::En));
        check(Locale::Uk, "c", ("pl-c", Locale::Pl));
        check(Locale::Ka, "nowhere", ("nowhere", Locale::En));
    }

    #[test]
    fn reports_missing_and_duplicate_messages() {
        let l10n = localizer(&[(Locale::En, "a = A\nb = B\n"), (Locale::Uk, "a = А\n")]);
        assert_eq!(l10n.missing_messages()[&Locale::Uk], ["b"]);
        assert_eq!(l10n.missing_messages()[&Locale::Ka], ["a", "b"]);
        let duplicate = Localizer::from_sources([(
            Locale::En,
            "x.ftl".to_owned(),
            "a = 1\na = 2\n".to_owned(),
        )]);
        assert!(matches!(duplicate, Err(I18nError::Duplicate { .. })));
        let broken =
            Localizer::from_sources([(Locale::En, "x.ftl".to_owned(), "a = { $\n".to_owned())]);
        assert!(matches!(broken, Err(I18nError::Syntax { .. })));
    }

    #[test]
    fn negotiates_system_locales() {
        assert_eq!(negotiate(&["uk-UA", "en-US"]), Locale::Uk);
        assert_eq!(negotiate(&["de-DE", "ru"]), Locale::Ru);
        assert_eq!(negotiate(&["pl_PL.UTF-8"]), Locale::Pl);
        assert_eq!(negotiate(&["de"]), Locale::En);
    }
}
