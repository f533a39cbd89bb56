//! The shipped translations: they parse, and the check that lists missing
//! messages per locale runs over them.

use witaj_i18n::{Args, Localizer};
use witaj_model::{Category, Locale};

#[test]
fn shipped_locales_parse_and_list_their_gaps() {
    let l10n = Localizer::bundled().expect("shipped FTL files are valid");
    let missing = l10n.missing_messages();
    for (locale, ids) in &missing {
        if !ids.is_empty() {
            println!("{locale}: {} missing: {}", ids.len(), ids.join(", "));
        }
    }
    assert!(
        missing[&Locale::Pl].is_empty(),
        "Polish is a full translation: {:?}",
        missing[&Locale::Pl]
    );
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
