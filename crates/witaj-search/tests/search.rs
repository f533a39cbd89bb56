use witaj_search::{Field, Index, IndexBuilder, MatchKind};

const DOCS: &[(&str, &str, &str)] = &[
    (
        "Urząd Wojewódzki w Łodzi",
        "Zezwolenia na pobyt i pracę dla cudzoziemców",
        "lekarz",
    ),
    (
        "Miejski Urząd Pracy w Łodzi",
        "Oferty pracy, rejestracja bezrobotnych",
        "",
    ),
    (
        "Szpital Uniwersytecki",
        "Szpitalny oddział ratunkowy, całodobowo",
        "лікар врач doctor lekarz",
    ),
    (
        "Punkt informacyjny dla cudzoziemców",
        "Pomoc w języku ukraińskim i rosyjskim",
        "",
    ),
    ("Пункт допомоги", "Допомога українцям у Варшаві", ""),
];

fn index() -> Index {
    let mut builder = IndexBuilder::new();
    for (doc, (name, description, synonyms)) in DOCS.iter().enumerate() {
        let doc = doc as u32;
        builder.add(doc, Field::Name, name);
        builder.add(doc, Field::Description, description);
        builder.add(doc, Field::Synonym, synonyms);
    }
    builder.build()
}

/// `expected` lists the documents in rank order.
fn check(query: &str, expected: &[u32]) {
    let found: Vec<u32> = index()
        .search(query, |_| true, 10)
        .iter()
        .map(|hit| hit.doc)
        .collect();
    assert_eq!(found, expected, "{query}");
}

#[test]
fn exact_and_folded_words() {
    check("urząd pracy", &[1, 0]);
    check("urzad pracy lodz", &[1, 0]);
    check("LODZI", &[0, 1]);
    check("szpital", &[2]);
}

#[test]
fn prefix_on_the_last_word_only() {
    check("szpit", &[2]);
    check("cudzoz", &[3, 0]);
    check("urzad miej", &[1]);
}

#[test]
fn a_word_folding_to_one_letter_is_not_a_prefix_of_everything() {
    // "ssss" folds to "s": it is not the start of "szpital" and "szpitalny".
    check("ssss", &[]);
    check("ss", &[]);
    // A letter typed alone, as search-as-you-type starts, still is.
    check("s", &[2]);
}

#[test]
fn typos_within_budget() {
    check("szpytal", &[2]);
    check("uniwresytecki", &[2]);
    check("urzd", &[]);
    check("cudzozemcow", &[3, 0]);
}

#[test]
fn cross_script() {
    check("Варшава", &[4]);
    check("допомога varshavi", &[4]);
    check("varshavi", &[4]);
    check("лікар", &[2]);
}

#[test]
fn a_missing_word_falls_back_to_partial_matches() {
    let hits = index().search("szpital xylofon", |_| true, 10);
    assert_eq!(hits.first().map(|h| (h.doc, h.missing_words)), Some((2, 1)));
}

#[test]
fn filter_is_applied_while_gathering() {
    let hits = index().search("urzad", |doc| doc != 1, 10);
    assert_eq!(hits.iter().map(|h| h.doc).collect::<Vec<_>>(), [0]);
}

#[test]
fn typo_matches_rank_below_exact_ones() {
    let mut builder = IndexBuilder::new();
    builder.add(0, Field::Name, "Centrum Pomocy Prawnej");
    builder.add(1, Field::Description, "pomoc prawna");
    builder.add(2, Field::Name, "Pomoc prawan");
    let hits = builder.build().search("pomoc prawna", |_| true, 10);
    let ranked: Vec<(u32, MatchKind)> = hits.iter().map(|h| (h.doc, h.worst_match)).collect();
    // Document 2 has both words in its name, but one of them only within a typo.
    assert_eq!(
        ranked,
        [
            (1, MatchKind::Exact),
            (2, MatchKind::Typo),
            (0, MatchKind::Typo)
        ]
    );
}

#[test]
fn group_words_match_every_member_as_synonyms() {
    let mut builder = IndexBuilder::new();
    builder.add(0, Field::Name, "Szpital Miejski");
    builder.add(1, Field::Name, "Urząd Pracy");
    builder.add(2, Field::Name, "Przychodnia lekarz rodzinny");
    builder.add_group_text(7, "лікар, doctor, lekarz");
    builder.set_group(0, 7);
    builder.set_group(2, 7);
    let index = builder.build();
    let found = |query: &str| {
        index
            .search(query, |_| true, 10)
            .iter()
            .map(|h| h.doc)
            .collect::<Vec<_>>()
    };
    assert_eq!(found("лікар"), [0, 2]);
    assert_eq!(
        found("lekarz"),
        [2, 0],
        "a name match ranks above the group synonym"
    );
    assert_eq!(found("doctor miejski"), [0]);
    assert_eq!(
        found("urzad pracy"),
        [1],
        "group words do not leak to documents outside the group"
    );

    let mut empty_group = IndexBuilder::new();
    empty_group.add(0, Field::Name, "Apteka");
    empty_group.add_group_text(12, "112");
    assert!(
        empty_group.build().search("112", |_| true, 10).is_empty(),
        "a group without documents matches nothing"
    );
}

/// What a query returns, as comparable data.
fn results(index: &Index, query: &str) -> Vec<(u32, u32)> {
    index
        .search(query, |_| true, 10)
        .iter()
        .map(|hit| (hit.doc, hit.score))
        .collect()
}

#[test]
fn a_saved_index_opens_with_identical_results() {
    let built = index();
    let opened = Index::from_bytes(&built.to_bytes()).expect("opens");
    assert_eq!(opened.doc_count(), built.doc_count());
    assert_eq!(opened.term_count(), built.term_count());
    for query in [
        "urzad pracy",
        "szpytal",
        "cudzoz",
        "лікар",
        "допомога varshavi",
        "zzz",
    ] {
        assert_eq!(results(&opened, query), results(&built, query), "{query}");
    }
}

#[test]
fn damaged_saved_bytes_are_refused() {
    let bytes = index().to_bytes();
    for at in (0..bytes.len()).step_by(7) {
        let mut damaged = bytes.clone();
        damaged[at] ^= 0x5a;
        assert!(Index::from_bytes(&damaged).is_err(), "byte {at} flipped");
    }
    assert!(
        Index::from_bytes(&bytes[..bytes.len() - 1]).is_err(),
        "cut short"
    );
    let mut other_format = bytes.clone();
    other_format[4] = 99;
    assert!(matches!(
        Index::from_bytes(&other_format),
        Err(witaj_search::IndexError::Format { found: 99, .. })
    ));
}

/// `expected` pairs each typed word that found nothing with the name word
/// offered (as a search key) and the document it comes from.
fn check_corrections(query: &str, accept: fn(u32) -> bool, expected: &[(&str, &str, u32)]) {
    let index = index();
    assert!(
        index.search(query, accept, 10).is_empty() || expected.is_empty(),
        "{query} finds something"
    );
    let found: Vec<(String, String, u32)> = index
        .corrections(query, accept)
        .into_iter()
        .map(|c| (c.typed, c.term, c.doc))
        .collect();
    let expected: Vec<(String, String, u32)> = expected
        .iter()
        .map(|&(t, name_word, d)| (t.to_owned(), witaj_text::key(name_word), d))
        .collect();
    assert_eq!(found, expected, "{query}");
}

#[test]
fn words_that_find_nothing_get_the_closest_name_word() {
    // A wrong first letter, and two edits in a word of seven letters: both beyond search's typo budget.
    check_corrections("yrzad", |_| true, &[("yrzad", "Urząd", 0)]);
    check_corrections("szpetol", |_| true, &[("szpetol", "Szpital", 2)]);
    // The filter decides which names may be offered.
    check_corrections("yrzad", |doc| doc == 1, &[("yrzad", "Urząd", 1)]);
    check_corrections("yrzad", |doc| doc == 2, &[]);
    // Nothing is offered for a word that finds something, or one too far from every name.
    check_corrections("urzad", |_| true, &[]);
    check_corrections("xqzvw", |_| true, &[]);
    // A description word is not offered: a suggestion must be a name the reader can see.
    check_corrections("ofxrtx", |_| true, &[]);
}
