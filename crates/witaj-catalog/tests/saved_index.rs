//! Each city's search index is saved with its rows: another connection (or
//! process) opens it without rebuilding and finds exactly the same, and a
//! stale or damaged saved index is detected, rebuilt and saved again, never
//! searched.

use std::path::Path;

use chrono::{DateTime, Utc};
use witaj_catalog::{Catalog, CategoryTerms, SearchRequest};
use witaj_i18n::Localizer;
use witaj_model::CityId;

const QUERIES: &[(CityId, &str)] = &[
    (CityId::Krakow, "urzad"),
    (CityId::Krakow, "лікар"),
    (CityId::Warszawa, "mazowiecki urzad wojewodzki"),
    (CityId::Lodz, "pesel"),
    (CityId::Gdansk, "mieszkanie"),
    (CityId::Wroclaw, "praca"),
];

fn terms() -> CategoryTerms {
    CategoryTerms::from_iter(Localizer::bundled().expect("translations").category_terms())
}

fn now() -> DateTime<Utc> {
    "2026-11-26T10:00:00Z".parse().expect("instant")
}

fn results(catalog: &Catalog) -> Vec<Vec<(String, u32)>> {
    QUERIES
        .iter()
        .map(|&(city, query)| {
            let mut request = SearchRequest::new(query, now());
            request.city = Some(city);
            catalog
                .search(&request)
                .expect("search")
                .into_iter()
                .map(|r| (r.service.id, r.score))
                .collect()
        })
        .collect()
}

/// A catalog file with the shipped content, and the results of the
/// connection that wrote it.
fn written(path: &Path) -> Vec<Vec<(String, u32)>> {
    let content_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let content = witaj_content::compile(&content_dir).expect("content");
    let mut catalog = Catalog::open(path, terms()).expect("opens");
    catalog
        .replace_cities(&CityId::ALL, &content.services, &content.guides, &[])
        .expect("written");
    results(&catalog)
}

fn sql(path: &Path, statement: &str) {
    rusqlite::Connection::open(path)
        .expect("opens")
        .execute_batch(statement)
        .expect("runs");
}

#[test]
fn an_index_saved_by_one_connection_is_read_by_another() {
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("catalog.sqlite");
    let expected = written(&path);
    assert!(expected.iter().all(|r| !r.is_empty()), "{expected:?}");
    let reader = Catalog::open(&path, terms()).expect("opens");
    for city in CityId::ALL {
        assert!(
            reader.saved_index_is_current(city).expect("reads"),
            "{city}"
        );
    }
    assert_eq!(results(&reader), expected);
}

#[test]
fn a_damaged_index_is_rebuilt_not_searched() {
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("catalog.sqlite");
    let expected = written(&path);
    // Flip bytes in the middle of Kraków's saved index.
    sql(
        &path,
        "UPDATE search_index SET bytes = CAST(substr(bytes, 1, 200) || x'DEADBEEF' || substr(bytes, 205) AS BLOB)
         WHERE city = 'krakow'",
    );
    let reader = Catalog::open(&path, terms()).expect("opens");
    assert!(
        !reader
            .saved_index_is_current(CityId::Krakow)
            .expect("reads")
    );
    assert_eq!(results(&reader), expected);
    assert!(
        reader
            .saved_index_is_current(CityId::Krakow)
            .expect("reads"),
        "rebuilt and saved again"
    );
}

#[test]
fn a_stale_or_missing_index_is_rebuilt() {
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("catalog.sqlite");
    let expected = written(&path);
    // Rows changed by a writer that did not save the index (an older build),
    // and a catalog that never had one.
    sql(
        &path,
        "UPDATE city_data SET version = version + 1 WHERE city = 'lodz';
         DELETE FROM search_index WHERE city = 'gdansk';",
    );
    let reader = Catalog::open(&path, terms()).expect("opens");
    assert!(!reader.saved_index_is_current(CityId::Lodz).expect("reads"));
    assert!(
        !reader
            .saved_index_is_current(CityId::Gdansk)
            .expect("reads")
    );
    assert_eq!(results(&reader), expected);
    for city in [CityId::Lodz, CityId::Gdansk] {
        assert!(
            reader.saved_index_is_current(city).expect("reads"),
            "{city}"
        );
    }
}

#[test]
fn other_category_words_make_an_index_stale() {
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("catalog.sqlite");
    written(&path);
    let mut other = terms();
    other.add(witaj_model::Category::Health, "zzdrowie");
    let reader = Catalog::open(&path, other).expect("opens");
    assert!(
        !reader
            .saved_index_is_current(CityId::Krakow)
            .expect("reads")
    );
}
