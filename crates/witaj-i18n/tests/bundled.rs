//! The shipped translations: they parse, and the check that lists missing
//! messages per locale runs over them.

use witaj_i18n::{Args, Localizer};
use witaj_model::{Category, Locale};

/// Witaj Studio (`locales/<lang>/studio.ftl`) is for city staff and is
/// offered in Polish and English only.
fn is_studio_message(id: &str) -> bool {
    id.starts_with("studio-") || id.starts_with("error-studio-")
}

/// Every locale the app offers is a full translation: a message missing in
/// any of them fails, naming the gaps. Studio's messages are required in
/// Polish (and English, the reference) only.
#[test]
fn every_shipped_locale_is_complete() {
    let l10n = Localizer::bundled().expect("shipped FTL files are valid");
    let gaps: Vec<String> = l10n
        .missing_messages()
        .into_iter()
        .map(|(locale, ids)| {
            let ids: Vec<String> = ids
                .into_iter()
                .filter(|id| locale == Locale::Pl || !is_studio_message(id))
                .collect();
            (locale, ids)
        })
        .filter(|(_, ids)| !ids.is_empty())
        .map(|(locale, ids)| format!("{locale}: {}", ids.join(", ")))
        .collect();
    assert!(gaps.is_empty(), "missing messages:\n{}", gaps.join("\n"));
}

/// Every error code a front end can receive has its message, so no reader
/// sees a message id.
#[test]
fn every_error_code_has_a_message() {
    let l10n = Localizer::bundled().expect("valid");
    let codes = [
        "content-read",
        "content-not-found",
        "content-invalid",
        "i18n-invalid",
        "feed-app-too-old",
        "feed-not-yet-valid",
        "feed-io",
        "feed-rejected",
        "generic",
        "not-found",
    ];
    for code in codes {
        assert!(l10n.has_message(&format!("error-{code}")), "error-{code}");
    }
}

/// Every spoken-language code content may use has a name in every locale.
#[test]
fn every_spoken_language_has_a_name() {
    let l10n = Localizer::bundled().expect("valid");
    for code in witaj_check::SPOKEN_LANGUAGES {
        let id = format!("language-{code}");
        for locale in Locale::ALL {
            assert_eq!(
                l10n.message(locale, &id, None).locale,
                locale,
                "{id} in {locale}"
            );
        }
    }
}

#[test]
fn every_category_has_a_name_and_search_terms_in_english_and_polish() {
    let l10n = Localizer::bundled().expect("valid");
    for &category in Category::ALL {
        for locale in [Locale::En, Locale::Pl] {
            let name = l10n.message(locale, &format!("category-{category}"), None);
            assert_eq!(name.locale, locale, "{category} in {locale}");
        }
    }
    let terms = l10n.category_terms();
    assert!(terms.contains(&(Category::Health, "doctor".to_owned())));
    assert!(terms.contains(&(Category::Health, "lekarz".to_owned())));
}

#[test]
fn plurals_follow_each_language() {
    let l10n = Localizer::bundled().expect("valid");
    let count = |locale, n: i64| {
        let mut args = Args::new();
        args.set("count", n);
        l10n.format(locale, "search-results-count", Some(&args))
    };
    assert_eq!(count(Locale::En, 1), "One service found");
    assert_eq!(count(Locale::En, 5), "5 services found");
    assert_eq!(count(Locale::Pl, 3), "Znaleziono 3 usługi");
    assert_eq!(count(Locale::Pl, 5), "Znaleziono 5 usług");
    assert_eq!(count(Locale::Pl, 0), "Nie znaleziono usług");
    assert_eq!(count(Locale::Uk, 21), "Знайдено 21 послугу");
    assert_eq!(count(Locale::Ru, 5), "Найдено 5 услуг");
    assert!(
        count(Locale::Ar, 3).contains("خدمات"),
        "{}",
        count(Locale::Ar, 3)
    );
    assert!(
        count(Locale::Ar, 11).contains("خدمة"),
        "{}",
        count(Locale::Ar, 11)
    );
}
