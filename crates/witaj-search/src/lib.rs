//! An in-memory search index over normalised keys, built for what
//! newcomers type: no diacritics, another script, a typo, half a word.
//!
//! Documents are numbered `0..n` by the caller, which keeps what they stand
//! for. Each document contributes text per [`Field`]; every word becomes a
//! key through [`witaj_text::key`]. The vocabulary is an FST, so prefix and
//! typo expansion walk only the matching part of it.
//!
//! Work per query is bounded: each word expands to at most
//! [`MAX_EXPANSIONS`] vocabulary terms, candidates come from the rarest word
//! and stop at [`MAX_CANDIDATES`], and the others are only checked against
//! those candidates.

mod query;

use std::collections::HashMap;

use fst::{Automaton, IntoStreamer, Map, MapBuilder, Streamer};

pub use query::{Hit, MatchKind};

/// Where a word was found. Earlier variants rank higher.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(u8)]
pub enum Field {
    Name,
    Keyword,
    Synonym,
    Organization,
    Address,
    Description,
}

impl Field {
    const COUNT: usize = 6;
    const ALL: [Field; Field::COUNT] = [
        Field::Name,
        Field::Keyword,
        Field::Synonym,
        Field::Organization,
        Field::Address,
        Field::Description,
    ];

    fn weight(self) -> u32 {
        match self {
            Field::Name => 10,
            Field::Keyword => 8,
            Field::Synonym => 7,
            Field::Organization => 6,
            Field::Address => 4,
            Field::Description => 3,
        }
    }
}

pub const MAX_EXPANSIONS: usize = 48;
pub const MAX_CANDIDATES: usize = 600;

/// The documents containing one term, grouped by the best field the term
/// appears in, each group sorted by document.
#[derive(Debug, Default)]
struct Postings {
    docs: Box<[u32]>,
    /// `docs[field_start[f]..field_start[f + 1]]` holds the documents whose
    /// best field for this term is `Field::ALL[f]`.
    field_start: [u32; Field::COUNT + 1],
}

impl Postings {
    fn len(&self) -> usize {
        self.docs.len()
    }

    fn segment(&self, field: Field) -> &[u32] {
        let f = field as usize;
        &self.docs[self.field_start[f] as usize..self.field_start[f + 1] as usize]
    }

    /// The best field `doc` has this term in, if any.
    fn field_of(&self, doc: u32) -> Option<Field> {
        Field::ALL
            .into_iter()
            .find(|&field| self.segment(field).binary_search(&doc).is_ok())
    }
}

/// Collects documents' text; [`build`](IndexBuilder::build) freezes it.
#[derive(Debug, Default)]
pub struct IndexBuilder {
    terms: HashMap<String, HashMap<u32, Field>>,
    doc_count: u32,
}

impl IndexBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    /// Indexes `text` as `field` of document `doc`.
    pub fn add(&mut self, doc: u32, field: Field, text: &str) {
        self.doc_count = self.doc_count.max(doc + 1);
        for key in witaj_text::keys(text) {
            let best = self
                .terms
                .entry(key)
                .or_default()
                .entry(doc)
                .or_insert(field);
            *best = (*best).min(field);
        }
    }

    pub fn build(self) -> Index {
        let mut terms: Vec<(String, HashMap<u32, Field>)> = self.terms.into_iter().collect();
        terms.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut vocabulary = MapBuilder::memory();
        let mut postings = Vec::with_capacity(terms.len());
        for (term_id, (term, docs)) in terms.into_iter().enumerate() {
            vocabulary
                .insert(term.as_bytes(), term_id as u64)
                .expect("terms are inserted in sorted order, once each");
            let mut by_field: Vec<(Field, u32)> =
                docs.into_iter().map(|(doc, field)| (field, doc)).collect();
            by_field.sort_unstable();
            let mut field_start = [0u32; Field::COUNT + 1];
            for (f, field) in Field::ALL.into_iter().enumerate() {
                field_start[f + 1] =
                    field_start[f] + by_field.iter().filter(|(g, _)| *g == field).count() as u32;
            }
            postings.push(Postings {
                docs: by_field.into_iter().map(|(_, doc)| doc).collect(),
                field_start,
            });
        }
        let vocabulary = Map::new(
            vocabulary
                .into_inner()
                .expect("in-memory FST builds cannot fail"),
        )
        .expect("a freshly built FST is valid");
        Index {
            vocabulary,
            postings,
            doc_count: self.doc_count,
        }
    }
}

/// A frozen, thread-safe search index.
#[derive(Debug)]
pub struct Index {
    vocabulary: Map<Vec<u8>>,
    postings: Vec<Postings>,
    doc_count: u32,
}

impl Index {
    pub fn doc_count(&self) -> u32 {
        self.doc_count
    }

    pub fn term_count(&self) -> usize {
        self.postings.len()
    }

    /// Approximate heap size of the index in bytes.
    pub fn memory_bytes(&self) -> usize {
        self.vocabulary.as_fst().as_bytes().len()
            + self
                .postings
                .iter()
                .map(|p| p.docs.len() * 4 + std::mem::size_of::<Postings>())
                .sum::<usize>()
    }

    fn term_id(&self, key: &str) -> Option<u32> {
        self.vocabulary.get(key).map(|id| id as u32)
    }

    fn stream_prefix(&self, prefix: &str, limit: usize, mut each: impl FnMut(&[u8], u32)) {
        let automaton = fst::automaton::Str::new(prefix).starts_with();
        let mut stream = self.vocabulary.search(automaton).into_stream();
        let mut taken = 0;
        while let Some((term, id)) = stream.next() {
            if taken == limit {
                break;
            }
            each(term, id as u32);
            taken += 1;
        }
    }

    fn stream_automaton<A: fst::Automaton>(
        &self,
        automaton: A,
        mut each: impl FnMut(&[u8], u32) -> bool,
    ) {
        let mut stream = self.vocabulary.search(automaton).into_stream();
        while let Some((term, id)) = stream.next() {
            if !each(term, id as u32) {
                break;
            }
        }
    }
}
