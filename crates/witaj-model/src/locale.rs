use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A language the app's interface and content can be read in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    Pl,
    En,
    Uk,
    Ru,
    Be,
    Ka,
    Ar,
    Hi,
    Vi,
    Tr,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("unknown locale `{0}`: expected one of pl, en, uk, ru, be, ka, ar, hi, vi, tr")]
pub struct UnknownLocale(pub String);

impl Locale {
    pub const ALL: [Locale; 10] = [
        Locale::Pl,
        Locale::En,
        Locale::Uk,
        Locale::Ru,
        Locale::Be,
        Locale::Ka,
        Locale::Ar,
        Locale::Hi,
        Locale::Vi,
        Locale::Tr,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Locale::Pl => "pl",
            Locale::En => "en",
            Locale::Uk => "uk",
            Locale::Ru => "ru",
            Locale::Be => "be",
            Locale::Ka => "ka",
            Locale::Ar => "ar",
            Locale::Hi => "hi",
            Locale::Vi => "vi",
            Locale::Tr => "tr",
        }
    }

    /// The order in which text is looked up when this locale lacks it. It
    /// starts with `self`, follows the languages a reader of `self` is most
    /// likely to understand, and ends with the languages every entry is
    /// written in: English then Polish (Polish then English for Polish and
    /// English readers themselves).
    pub fn fallback_chain(self) -> &'static [Locale] {
        use Locale::*;
        match self {
            Pl => &[Pl, En],
            En => &[En, Pl],
            Uk => &[Uk, En, Pl],
            Ru => &[Ru, En, Pl],
            Be => &[Be, Ru, En, Pl],
            Ka => &[Ka, En, Pl],
            Ar => &[Ar, En, Pl],
            Hi => &[Hi, En, Pl],
            Vi => &[Vi, En, Pl],
            Tr => &[Tr, En, Pl],
        }
    }

    pub fn is_right_to_left(self) -> bool {
        self == Locale::Ar
    }

    /// The HTML `dir` value for text in this locale.
    pub fn direction(self) -> &'static str {
        if self.is_right_to_left() {
            "rtl"
        } else {
            "ltr"
        }
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Locale {
    type Err = UnknownLocale;

    /// Accepts a bare code or a BCP 47 tag whose language is one we ship
    /// (`uk`, `uk-UA`, `pl_PL.UTF-8`).
    fn from_str(tag: &str) -> Result<Self, Self::Err> {
        let language = tag
            .split(['-', '_', '.'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Locale::ALL
            .into_iter()
            .find(|locale| locale.code() == language)
            .ok_or_else(|| UnknownLocale(tag.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_chain_starts_with_itself_and_ends_in_english_then_polish() {
        for locale in Locale::ALL {
            let chain = locale.fallback_chain();
            assert_eq!(chain[0], locale);
            let expected_tail = match locale {
                Locale::Pl => [Locale::Pl, Locale::En],
                _ => [Locale::En, Locale::Pl],
            };
            assert_eq!(
                chain[chain.len() - 2..],
                expected_tail,
                "{locale}: {chain:?}"
            );
            let unique: std::collections::BTreeSet<_> = chain.iter().map(|l| l.code()).collect();
            assert_eq!(
                unique.len(),
                chain.len(),
                "{locale} repeats a locale: {chain:?}"
            );
        }
        assert_eq!(
            Locale::Be.fallback_chain(),
            [Locale::Be, Locale::Ru, Locale::En, Locale::Pl]
        );
        assert_eq!(
            Locale::Uk.fallback_chain(),
            [Locale::Uk, Locale::En, Locale::Pl]
        );
    }

    #[test]
    fn parses_tags() {
        let check =
            |tag: &str, expected: Option<Locale>| assert_eq!(tag.parse().ok(), expected, "{tag}");
        check("uk", Some(Locale::Uk));
        check("uk-UA", Some(Locale::Uk));
        check("pl_PL.UTF-8", Some(Locale::Pl));
        check("AR", Some(Locale::Ar));
        check("de", None);
        check("", None);
    }
}
