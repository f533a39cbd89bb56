use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::Locale;

/// Human-readable text in several locales. HSDS holds one language per
/// dataset; Witaj keeps every translation of a field together.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LocalizedText(BTreeMap<Locale, String>);

impl LocalizedText {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn with(mut self, locale: Locale, text: impl Into<String>) -> Self {
        self.insert(locale, text);
        self
    }

    pub fn insert(&mut self, locale: Locale, text: impl Into<String>) {
        self.0.insert(locale, text.into());
    }

    /// The text exactly in `locale`, without falling back.
    pub fn exact(&self, locale: Locale) -> Option<&str> {
        self.0.get(&locale).map(String::as_str)
    }

    /// The text in the first locale of `locale`'s fallback chain that has it,
    /// with the locale it was found in (so the UI can set `lang` on it).
    pub fn resolve(&self, locale: Locale) -> Option<(Locale, &str)> {
        locale
            .fallback_chain()
            .iter()
            .find_map(|&candidate| self.exact(candidate).map(|text| (candidate, text)))
            .or_else(|| self.0.iter().next().map(|(&l, t)| (l, t.as_str())))
    }

    /// Like [`resolve`](Self::resolve), or the empty string for an empty field.
    pub fn get(&self, locale: Locale) -> &str {
        self.resolve(locale).map_or("", |(_, text)| text)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (Locale, &str)> {
        self.0.iter().map(|(&l, t)| (l, t.as_str()))
    }
}

impl FromIterator<(Locale, String)> for LocalizedText {
    fn from_iter<I: IntoIterator<Item = (Locale, String)>>(iter: I) -> Self {
        Self(iter.into_iter().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_along_the_fallback_chain() {
        let text = LocalizedText::new()
            .with(Locale::Pl, "Urząd")
            .with(Locale::En, "Office")
            .with(Locale::Ru, "Ведомство");
        let check = |locale, expected| assert_eq!(text.resolve(locale), Some(expected), "{locale}");
        check(Locale::Uk, (Locale::En, "Office"));
        check(Locale::Be, (Locale::Ru, "Ведомство"));
        check(Locale::Pl, (Locale::Pl, "Urząd"));
        check(Locale::Ar, (Locale::En, "Office"));
        assert_eq!(LocalizedText::new().get(Locale::Uk), "");
    }

    #[test]
    fn a_field_in_one_odd_locale_still_shows() {
        let text = LocalizedText::new().with(Locale::Ka, "ოფისი");
        assert_eq!(text.resolve(Locale::Uk), Some((Locale::Ka, "ოფისი")));
    }
}
