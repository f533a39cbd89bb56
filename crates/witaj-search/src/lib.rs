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
/// appears in, each group sorted by document; and the groups whose words
/// include the term.
#[derive(Debug, Default)]
struct Postings {
    docs: Box<[u32]>,
    /// `docs[field_start[f]..field_start[f + 1]]` holds the documents whose
    /// best field for this term is `Field::ALL[f]`.
    field_start: [u32; Field::COUNT + 1],
    groups: Box<[u32]>,
}

impl Postings {
    fn segment(&self, field: Field) -> &[u32] {
        let f = field as usize;
        &self.docs[self.field_start[f] as usize..self.field_start[f + 1] as usize]
    }
}

#[derive(Debug, Default)]
struct TermBuilder {
    /// `(doc, field)` as added; repeats are resolved when the index is built.
    docs: Vec<(u32, Field)>,
    groups: Vec<u32>,
}

const NO_GROUP: u32 = u32::MAX;

/// Collects documents' text; [`build`](IndexBuilder::build) freezes it.
///
/// Words shared by many documents (the words for a category, in every
/// language) are stored once per *group* rather than once per document: a
/// document in a group matches the group's words as [`Field::Synonym`].
#[derive(Debug, Default)]
pub struct IndexBuilder {
    terms: HashMap<String, TermBuilder>,
    doc_count: u32,
    group_of: Vec<u32>,
    group_count: u32,
}

impl IndexBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    /// Indexes `text` as `field` of document `doc`.
    pub fn add(&mut self, doc: u32, field: Field, text: &str) {
        self.doc_count = self.doc_count.max(doc + 1);
        for key in witaj_text::keys(text) {
            let docs = &mut self.terms.entry(key).or_default().docs;
            match docs.last_mut() {
                Some((last, best)) if *last == doc => *best = (*best).min(field),
                _ => docs.push((doc, field)),
            }
        }
    }

    /// Adds words that every document of `group` matches as a synonym.
    pub fn add_group_text(&mut self, group: u32, text: &str) {
        self.group_count = self.group_count.max(group + 1);
        for key in witaj_text::keys(text) {
            let groups = &mut self.terms.entry(key).or_default().groups;
            if !groups.contains(&group) {
                groups.push(group);
            }
        }
    }

    /// Puts `doc` in `group` (a document belongs to at most one).
    pub fn set_group(&mut self, doc: u32, group: u32) {
        let index = doc as usize;
        if self.group_of.len() <= index {
            self.group_of.resize(index + 1, NO_GROUP);
        }
        self.group_of[index] = group;
        self.group_count = self.group_count.max(group + 1);
        self.doc_count = self.doc_count.max(doc + 1);
    }

    pub fn build(self) -> Index {
        let mut terms: Vec<(String, TermBuilder)> = self.terms.into_iter().collect();
        terms.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut vocabulary = MapBuilder::memory();
        let mut postings = Vec::with_capacity(terms.len());
        for (term_id, (term, TermBuilder { docs, mut groups })) in terms.into_iter().enumerate() {
            vocabulary
                .insert(term.as_bytes(), term_id as u64)
                .expect("terms are inserted in sorted order, once each");
            let mut docs = docs;
            // Keep each document once, with the best field it has the term in.
            docs.sort_unstable();
            docs.dedup_by_key(|(doc, _)| *doc);
            let mut by_field: Vec<(Field, u32)> =
                docs.into_iter().map(|(doc, field)| (field, doc)).collect();
            by_field.sort_unstable();
            let mut field_start = [0u32; Field::COUNT + 1];
            for (f, field) in Field::ALL.into_iter().enumerate() {
                field_start[f + 1] =
                    field_start[f] + by_field.iter().filter(|(g, _)| *g == field).count() as u32;
            }
            groups.sort_unstable();
            postings.push(Postings {
                docs: by_field.into_iter().map(|(_, doc)| doc).collect(),
                field_start,
                groups: groups.into(),
            });
        }
        let vocabulary = Map::new(
            vocabulary
                .into_inner()
                .expect("in-memory FST builds cannot fail"),
        )
        .expect("a freshly built FST is valid");
        let mut group_of = self.group_of;
        group_of.resize(self.doc_count as usize, NO_GROUP);
        let mut group_docs = vec![Vec::new(); self.group_count as usize];
        for (doc, &group) in group_of.iter().enumerate() {
            if group != NO_GROUP {
                group_docs[group as usize].push(doc as u32);
            }
        }
        Index {
            vocabulary,
            postings,
            doc_count: self.doc_count,
            group_of,
            group_docs,
        }
    }
}

/// A frozen, thread-safe search index.
#[derive(Debug)]
pub struct Index {
    vocabulary: Map<Vec<u8>>,
    postings: Vec<Postings>,
    doc_count: u32,
    group_of: Vec<u32>,
    /// Each group's documents, sorted.
    group_docs: Vec<Vec<u32>>,
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
                .map(|p| (p.docs.len() + p.groups.len()) * 4 + std::mem::size_of::<Postings>())
                .sum::<usize>()
            + self.group_of.len() * 4
            + self.group_docs.iter().map(|g| g.len() * 4).sum::<usize>()
    }

    /// How many documents contain `term`, directly or through a group.
    fn term_len(&self, term: u32) -> usize {
        let postings = &self.postings[term as usize];
        postings.docs.len()
            + postings
                .groups
                .iter()
                .map(|&g| self.group_docs[g as usize].len())
                .sum::<usize>()
    }

    /// The documents whose best field for `term` is `field` (a document may
    /// repeat when it also has the term through its group).
    fn segment_docs(&self, term: u32, field: Field) -> impl Iterator<Item = u32> + '_ {
        let postings = &self.postings[term as usize];
        let through_groups: &[u32] = if field == Field::Synonym {
            &postings.groups
        } else {
            &[]
        };
        postings.segment(field).iter().copied().chain(
            through_groups
                .iter()
                .flat_map(|&g| self.group_docs[g as usize].iter().copied()),
        )
    }

    /// The best field `doc` has `term` in, if any.
    fn field_of(&self, term: u32, doc: u32) -> Option<Field> {
        let postings = &self.postings[term as usize];
        Field::ALL.into_iter().find(|&field| {
            postings.segment(field).binary_search(&doc).is_ok()
                || (field == Field::Synonym
                    && postings
                        .groups
                        .binary_search(&self.group_of[doc as usize])
                        .is_ok())
        })
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
