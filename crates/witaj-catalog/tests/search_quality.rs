//! Search quality over the real catalog: what newcomers type (no Polish
//! letters, Cyrillic, typos, another language's word) must find the
//! service they mean among the first results.

use std::path::Path;
use std::sync::LazyLock;

use chrono::{DateTime, Utc};
use witaj_catalog::{Catalog, CategoryTerms, SearchRequest};
use witaj_i18n::Localizer;
use witaj_model::{CityId, Locale};

fn now() -> DateTime<Utc> {
    "2026-11-26T10:00:00Z".parse().expect("valid instant")
}

struct Shared(std::sync::Mutex<Catalog>);

static CATALOG: LazyLock<Shared> = LazyLock::new(|| {
    let l10n = Localizer::bundled().expect("shipped translations are valid");
    let terms = CategoryTerms::from_iter(l10n.category_terms());
    let content_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    // Content dates are checked by lint; this suite must not break the day
    // an entry is verified again.
    let content = witaj_content::compile(&content_dir).expect("shipped content is valid");
    let mut catalog = Catalog::open_in_memory(terms).expect("in-memory catalog opens");
    let writer = catalog.writer().expect("writer");
    for city in CityId::ALL {
        let services: Vec<_> = content.services_of(city).cloned().collect();
        writer
            .replace_city(city, &services)
            .expect("content writes");
    }
    writer
        .replace_guides(&content.guides)
        .expect("guides write");
    writer.commit().expect("commits");
    Shared(std::sync::Mutex::new(catalog))
});

/// `(city filter, query, expected service id, within the first n)`; the
/// expected id may list alternatives separated by `|` (two equally good
/// emergency departments, say).
type Case = (Option<&'static str>, &'static str, &'static str, usize);

const CASES: &[Case] = &[
    // An institution and its office, without diacritics: the office whose own
    // text has every word comes first, above services sharing two of them.
    (
        Some("warszawa"),
        "mazowiecki urzad wojewodzki",
        "warszawa-uw-foreigners",
        1,
    ),
    (
        Some("krakow"),
        "malopolski urzad wojewodzki",
        "krakow-uw-foreigners|krakow-muw-pid",
        1,
    ),
    (
        Some("lodz"),
        "lodzki urzad wojewodzki",
        "lodz-uw-foreigners",
        1,
    ),
    (
        Some("poznan"),
        "wielkopolski urzad wojewodzki",
        "poznan-uw-foreigners",
        1,
    ),
    (
        Some("gdansk"),
        "pomorski urzad wojewodzki",
        "gdansk-uw-foreigners",
        1,
    ),
    (
        Some("wroclaw"),
        "dolnoslaski urzad wojewodzki",
        "wroclaw-uw-foreigners",
        1,
    ),
    // Exact Polish names and words.
    (
        Some("warszawa"),
        "wydział spraw cudzoziemców",
        "warszawa-uw-foreigners",
        3,
    ),
    (
        Some("warszawa"),
        "urząd do spraw cudzoziemców",
        "warszawa-udsc",
        1,
    ),
    (
        Some("warszawa"),
        "karta pobytu",
        "warszawa-uw-foreigners",
        3,
    ),
    (Some("warszawa"), "pesel", "warszawa-meldunek-pesel", 1),
    (Some("warszawa"), "meldunek", "warszawa-meldunek-pesel", 1),
    (
        Some("warszawa"),
        "urząd pracy grochowska",
        "warszawa-up-prawobrzezna",
        1,
    ),
    (Some("warszawa"), "kuratorium", "warszawa-kuratorium", 1),
    (Some("warszawa"), "polonicum", "warszawa-polonicum", 1),
    (Some("warszawa"), "NFZ", "warszawa-nfz-mazowiecki", 1),
    (Some("warszawa"), "112", "warszawa-emergency-112", 1),
    (
        Some("warszawa"),
        "centrum pomocy cudzoziemcom",
        "warszawa-ocalenie-cpc",
        1,
    ),
    (Some("krakow"), "grodzki urząd pracy", "krakow-gup", 1),
    (Some("krakow"), "wojewódzki urząd pracy", "krakow-wup", 1),
    (
        Some("krakow"),
        "punkt informacyjny dla obcokrajowców",
        "krakow-info-point",
        1,
    ),
    (Some("krakow"), "OIK", "krakow-oik", 1),
    (Some("krakow"), "PESEL", "krakow-meldunek-pesel", 1),
    // Without Polish letters.
    (
        Some("warszawa"),
        "wydzial spraw cudzoziemcow",
        "warszawa-uw-foreigners",
        3,
    ),
    (
        Some("warszawa"),
        "urzad do spraw cudzoziemcow",
        "warszawa-udsc",
        1,
    ),
    (
        Some("warszawa"),
        "osrodek wsparcia cudzoziemcow",
        "warszawa-wcpr-targowa",
        1,
    ),
    (
        Some("krakow"),
        "punkt informacyjny obcokrajowcow",
        "krakow-info-point",
        1,
    ),
    (Some("krakow"), "malopolski nfz", "krakow-nfz-malopolski", 1),
    (Some("krakow"), "wojewodzki urzad pracy", "krakow-wup", 1),
    (Some("krakow"), "halina niec", "krakow-halina-niec", 1),
    (
        Some("lodz"),
        "szpital kopernika",
        "lodz-hospital-kopernik",
        1,
    ),
    (Some("gdansk"), "gdanski urzad pracy", "gdansk-gup", 1),
    // The city named in the query instead of a filter.
    (None, "lodz urzad pracy", "lodz-pup", 1),
    (None, "krakow urzad cudzoziemcow", "krakow-uw-foreigners", 3),
    (None, "gdansk urzad pracy", "gdansk-gup", 1),
    (None, "wroclaw wromigrant", "wroclaw-wromigrant", 1),
    (
        None,
        "poznan migrant info point",
        "poznan-migrant-info-point",
        1,
    ),
    (
        None,
        "Краків лікар",
        "krakow-szpital-uniwersytecki-sor|krakow-night-care|krakow-usd-children-sor",
        3,
    ),
    (None, "Гданськ центр зайнятості", "gdansk-gup", 1),
    (
        None,
        "Познань центр інтеграції",
        "poznan-centrum-integracji-cudzoziemcow",
        1,
    ),
    (None, "w Krakowie kuratorium", "krakow-kuratorium", 1),
    // Prefixes: the last word is still being typed.
    (Some("warszawa"), "polon", "warszawa-polonicum", 1),
    (
        Some("warszawa"),
        "ośrodek wsparcia cudzoziem",
        "warszawa-wcpr-targowa",
        1,
    ),
    (Some("krakow"), "kurator", "krakow-kuratorium", 1),
    (Some("krakow"), "grodzki urz", "krakow-gup", 1),
    (Some("lodz"), "kopernik", "lodz-hospital-kopernik", 1),
    (Some("wroclaw"), "wromig", "wroclaw-wromigrant", 1),
    // One or two typos.
    (Some("warszawa"), "polonikum", "warszawa-polonicum", 1),
    (Some("warszawa"), "kuratorim", "warszawa-kuratorium", 1),
    (
        Some("warszawa"),
        "cudzoziemcuw",
        "warszawa-uw-foreigners",
        5,
    ),
    (
        Some("warszawa"),
        "szpytal",
        "warszawa-szpital-praski-sor|warszawa-wim-sor",
        3,
    ),
    (Some("krakow"), "kuratroium", "krakow-kuratorium", 1),
    (Some("krakow"), "obcokrajowcy", "krakow-info-point", 3),
    (Some("krakow"), "interwencja kryzysowa", "krakow-oik", 1),
    (Some("wroclaw"), "wromigrnt", "wroclaw-wromigrant", 1),
    (Some("lodz"), "kopernka", "lodz-hospital-kopernik", 1),
    (Some("gdansk"), "kuratoruim", "gdansk-kuratorium", 1),
    // Cyrillic and Latin transliteration.
    (Some("warszawa"), "ПЕСЕЛЬ", "warszawa-meldunek-pesel", 1),
    (Some("warszawa"), "мельдунек", "warszawa-meldunek-pesel", 1),
    (Some("warszawa"), "полонікум", "warszawa-polonicum", 1),
    (Some("krakow"), "песель", "krakow-meldunek-pesel", 1),
    (Some("krakow"), "НФЗ", "krakow-nfz-malopolski", 1),
    (Some("krakow"), "оік", "krakow-oik", 1),
    (Some("wroclaw"), "вромігрант", "wroclaw-wromigrant", 1),
    (
        Some("krakow"),
        "likar",
        "krakow-szpital-uniwersytecki-sor|krakow-night-care|krakow-usd-children-sor",
        3,
    ),
    (
        Some("warszawa"),
        "vrach",
        "warszawa-szpital-praski-sor|warszawa-wim-sor|warszawa-night-care|warszawa-dsk-children-sor",
        3,
    ),
    // Ukrainian and Russian names.
    (
        Some("warszawa"),
        "відділ у справах іноземців",
        "warszawa-uw-foreigners",
        1,
    ),
    (
        Some("warszawa"),
        "отдел по делам иностранцев",
        "warszawa-uw-foreigners",
        1,
    ),
    (
        Some("warszawa"),
        "курси польської мови",
        "warszawa-polonicum",
        1,
    ),
    (Some("krakow"), "кураторія освіти", "krakow-kuratorium", 1),
    (Some("krakow"), "карта побуту", "krakow-uw-foreigners", 3),
    (
        Some("lodz"),
        "лікарня Коперника",
        "lodz-hospital-kopernik",
        1,
    ),
    // Another language's word for the category.
    (
        Some("krakow"),
        "лікар",
        "krakow-szpital-uniwersytecki-sor|krakow-night-care|krakow-usd-children-sor",
        3,
    ),
    (
        Some("krakow"),
        "врач",
        "krakow-szpital-uniwersytecki-sor|krakow-night-care|krakow-usd-children-sor",
        3,
    ),
    (
        Some("krakow"),
        "doctor",
        "krakow-szpital-uniwersytecki-sor|krakow-night-care|krakow-usd-children-sor",
        3,
    ),
    (
        Some("krakow"),
        "lekarz",
        "krakow-szpital-uniwersytecki-sor|krakow-night-care|krakow-usd-children-sor",
        3,
    ),
    (
        Some("warszawa"),
        "job",
        "warszawa-up-lewobrzezna|warszawa-up-prawobrzezna",
        3,
    ),
    (
        Some("warszawa"),
        "робота",
        "warszawa-up-lewobrzezna|warszawa-up-prawobrzezna",
        3,
    ),
    (
        Some("warszawa"),
        "работа",
        "warszawa-up-lewobrzezna|warszawa-up-prawobrzezna",
        3,
    ),
    (
        Some("warszawa"),
        "lawyer",
        "warszawa-legal-aid|warszawa-sip-legal",
        3,
    ),
    (
        Some("warszawa"),
        "юрист",
        "warszawa-legal-aid|warszawa-sip-legal",
        3,
    ),
    (Some("warszawa"), "psychologist", "warszawa-woik", 3),
    (Some("warszawa"), "ambulance", "warszawa-emergency-112", 1),
    (Some("krakow"), "residence card", "krakow-uw-foreigners", 3),
    (Some("krakow"), "Polish course", "krakow-uj-polish", 3),
];

#[test]
fn the_expected_service_is_among_the_first_results() {
    let catalog = CATALOG
        .0
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let mut failures = Vec::new();
    for &(city, query, expected, within) in CASES {
        let mut request = SearchRequest::new(query, now());
        request.city = city.map(|c| c.parse().expect("test cities are valid"));
        request.locale = Locale::Uk;
        request.limit = within;
        let found: Vec<String> = catalog
            .search(&request)
            .expect("search runs")
            .into_iter()
            .map(|r| r.service.id)
            .collect();
        if !found.iter().any(|id| expected.split('|').any(|e| e == id)) {
            failures.push(format!(
                "{city:?} {query:?}: expected {expected} in the first {within}, got {found:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} queries failed:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

#[test]
fn browsing_lists_every_service_of_the_city_by_name() {
    let catalog = CATALOG
        .0
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let mut request = SearchRequest::new("", now());
    request.city = Some(CityId::Krakow);
    request.locale = Locale::Pl;
    request.limit = 1000;
    let results = catalog.search(&request).expect("search runs");
    let expected = catalog.services(Some(CityId::Krakow)).expect("reads").len();
    assert_eq!(results.len(), expected);
    // An oracle independent of the implementation's own sort key: Unicode
    // decomposition drops the accents, and ł is an l with a stroke.
    let primary = |name: &str| -> String {
        use unicode_normalization::UnicodeNormalization;
        use unicode_normalization::char::is_combining_mark;
        name.to_lowercase()
            .nfd()
            .filter(|c| !is_combining_mark(*c))
            .map(|c| if c == 'ł' { 'l' } else { c })
            .collect()
    };
    let names: Vec<String> = results
        .iter()
        .map(|r| primary(r.service.name.get(Locale::Pl)))
        .collect();
    assert!(names.is_sorted(), "{names:?}");
}

#[test]
fn filters_narrow_results() {
    let catalog = CATALOG
        .0
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let mut request = SearchRequest::new("", now());
    request.category = Some(witaj_model::Category::Emergency);
    request.limit = 100;
    let emergency = catalog.search(&request).expect("search runs");
    for city in CityId::ALL {
        assert!(
            emergency
                .iter()
                .any(|r| r.service.city == city
                    && r.service.phones.iter().any(|p| p.number == "112")),
            "{city} lists 112"
        );
    }
    assert!(
        emergency
            .iter()
            .all(|r| r.service.category == witaj_model::Category::Emergency)
    );
    request.free_only = true;
    assert!(
        catalog
            .search(&request)
            .expect("runs")
            .iter()
            .all(|r| r.service.free == Some(true))
    );
    let mut spoken = SearchRequest::new("", now());
    spoken.spoken = Some("uk".to_owned());
    spoken.limit = 1000;
    let ukrainian = catalog.search(&spoken).expect("runs");
    assert!(!ukrainian.is_empty());
    assert!(
        ukrainian
            .iter()
            .all(|r| r.service.languages.iter().any(|l| l == "uk"))
    );
    let mut open_at_night = SearchRequest::new("", "2026-11-26T23:30:00Z".parse().expect("valid"));
    open_at_night.open_only = true;
    open_at_night.limit = 1000;
    let open = catalog.search(&open_at_night).expect("runs");
    assert!(
        open.iter()
            .any(|r| r.service.category == witaj_model::Category::Emergency)
    );
    assert!(open.iter().all(|r| r.open.is_open()));
    assert!(
        open.iter()
            .all(|r| r.service.category != witaj_model::Category::Residence)
    );
}

#[test]
fn guides_are_searchable_in_any_language() {
    let catalog = CATALOG
        .0
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let check = |query: &str, expected: &str| {
        let found: Vec<String> = catalog
            .search_guides(query, None, 3)
            .expect("search runs")
            .into_iter()
            .map(|g| g.id)
            .collect();
        assert_eq!(
            found.first().map(String::as_str),
            Some(expected),
            "{query}: {found:?}"
        );
    };
    check("pesel", "pesel");
    check("karta pobytu", "karta-pobytu");
    check("карта побуту", "karta-pobytu");
    check("meldunek", "meldunek");
    check("school", "school-enrolment");
    check("юридична допомога", "free-legal-aid");
    check("lekarz rodzinny", "nfz-clinic");
}

#[test]
fn a_search_that_finds_nothing_suggests_the_spelling_of_a_name() {
    let catalog = CATALOG
        .0
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let check = |city: &str, locale: Locale, query: &str, expected: Option<&str>| {
        let mut request = SearchRequest::new(query, now());
        request.city = Some(city.parse().expect("test cities are valid"));
        request.locale = locale;
        assert!(
            catalog.search(&request).expect("search runs").is_empty(),
            "{query:?} finds something"
        );
        let suggestion = catalog
            .spelling_suggestion(&request)
            .expect("suggestion runs");
        assert_eq!(suggestion.as_deref(), expected, "{query:?}");
    };
    // A wrong first letter; two slips in a short word; a Ukrainian reader
    // gets the Ukrainian spelling of the name.
    check("krakow", Locale::Pl, "hurząd", Some("urząd"));
    check("krakow", Locale::Pl, "szpytxl", Some("szpital"));

    check("krakow", Locale::Uk, "фритулок", Some("притулок"));
    check("krakow", Locale::Uk, "хураторія", Some("кураторія"));
    // Nothing close: no suggestion rather than a wild guess.
    check("krakow", Locale::Pl, "hxqpwt", None);
}
