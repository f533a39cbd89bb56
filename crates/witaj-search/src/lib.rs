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

/// Reads the sections of saved index bytes.
struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    fn take(&mut self, len: usize) -> Result<&'a [u8], IndexError> {
        if self.rest.len() < len {
            return Err(IndexError::Damaged("truncated"));
        }
        let (taken, rest) = self.rest.split_at(len);
        self.rest = rest;
        Ok(taken)
    }

    fn u32(&mut self) -> Result<u32, IndexError> {
        Ok(u32::from_le_bytes(
            self.take(4)?.try_into().expect("four bytes"),
        ))
    }

    fn u64(&mut self) -> Result<u64, IndexError> {
        Ok(u64::from_le_bytes(
            self.take(8)?.try_into().expect("eight bytes"),
        ))
    }

    fn u32_array(&mut self) -> Result<Vec<u32>, IndexError> {
        let len = usize::try_from(self.u64()?).map_err(|_| IndexError::Damaged("size"))?;
        let bytes = self.take(len.checked_mul(4).ok_or(IndexError::Damaged("size"))?)?;
        Ok(bytes
            .chunks_exact(4)
            .map(|b| u32::from_le_bytes(b.try_into().expect("four bytes")))
            .collect())
    }
}

use std::collections::HashMap;

use fst::{Automaton, IntoStreamer, Map, MapBuilder, Streamer};

pub use query::{Correction, Hit, MatchKind};

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

    pub(crate) fn weight(self) -> u32 {
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
        let mut field_starts = Vec::with_capacity(terms.len() * Field::COUNT + 1);
        let mut docs_flat = Vec::new();
        let mut group_starts = Vec::with_capacity(terms.len() + 1);
        let mut groups_flat = Vec::new();
        group_starts.push(0);
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
            for field in Field::ALL {
                field_starts.push(docs_flat.len() as u32);
                docs_flat.extend(
                    by_field
                        .iter()
                        .filter(|(f, _)| *f == field)
                        .map(|(_, d)| *d),
                );
            }
            groups.sort_unstable();
            groups_flat.extend(groups);
            group_starts.push(groups_flat.len() as u32);
        }
        field_starts.push(docs_flat.len() as u32);
        let vocabulary = Map::new(
            vocabulary
                .into_inner()
                .expect("in-memory FST builds cannot fail"),
        )
        .expect("a freshly built FST is valid");
        let mut group_of = self.group_of;
        group_of.resize(self.doc_count as usize, NO_GROUP);
        let mut members: Vec<Vec<u32>> = vec![Vec::new(); self.group_count as usize];
        for (doc, &group) in group_of.iter().enumerate() {
            if group != NO_GROUP {
                members[group as usize].push(doc as u32);
            }
        }
        let mut group_doc_starts = vec![0];
        let mut group_docs = Vec::new();
        for docs in members {
            group_docs.extend(docs);
            group_doc_starts.push(group_docs.len() as u32);
        }
        Index {
            vocabulary,
            field_starts,
            docs: docs_flat,
            group_starts,
            groups: groups_flat,
            doc_count: self.doc_count,
            group_of,
            group_doc_starts,
            group_docs,
        }
    }
}

/// A frozen, thread-safe search index, kept in a few flat arrays so it
/// can be saved as bytes and opened again without rebuilding
/// ([`to_bytes`](Index::to_bytes), [`from_bytes`](Index::from_bytes)).
#[derive(Debug)]
pub struct Index {
    vocabulary: Map<Vec<u8>>,
    /// For term `t` and field `f`, its documents are
    /// `docs[field_starts[t * COUNT + f]..field_starts[t * COUNT + f + 1]]`,
    /// each sorted: the documents whose best field for `t` is `f`.
    field_starts: Vec<u32>,
    docs: Vec<u32>,
    /// Term `t`'s groups are `groups[group_starts[t]..group_starts[t + 1]]`.
    group_starts: Vec<u32>,
    groups: Vec<u32>,
    doc_count: u32,
    group_of: Vec<u32>,
    /// Group `g`'s documents, sorted: `group_docs[group_doc_starts[g]..group_doc_starts[g + 1]]`.
    group_doc_starts: Vec<u32>,
    group_docs: Vec<u32>,
}

/// Why saved index bytes cannot be used: they are from another format, or
/// damaged. The caller rebuilds the index from its rows.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum IndexError {
    #[error("the saved search index has format {found}, this build reads {expected}")]
    Format { found: u32, expected: u32 },
    #[error("the saved search index is damaged: {0}")]
    Damaged(&'static str),
}

const MAGIC: &[u8; 4] = b"WJSI";
/// Bumped whenever the byte layout or the meaning of the index changes.
pub const FORMAT: u32 = 1;

impl Index {
    pub fn doc_count(&self) -> u32 {
        self.doc_count
    }

    pub fn term_count(&self) -> usize {
        self.group_starts.len().saturating_sub(1)
    }

    /// Heap size of the index in bytes.
    pub fn memory_bytes(&self) -> usize {
        self.vocabulary.as_fst().as_bytes().len()
            + 4 * (self.field_starts.len()
                + self.docs.len()
                + self.group_starts.len()
                + self.groups.len()
                + self.group_of.len()
                + self.group_doc_starts.len()
                + self.group_docs.len())
    }

    /// The index as bytes: a header, the FST, the arrays as little-endian
    /// `u32`, and a CRC-32 of everything before it.
    pub fn to_bytes(&self) -> Vec<u8> {
        let fst = self.vocabulary.as_fst().as_bytes();
        let mut out = Vec::with_capacity(self.memory_bytes() + 64);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT.to_le_bytes());
        out.extend_from_slice(&self.doc_count.to_le_bytes());
        out.extend_from_slice(&(fst.len() as u64).to_le_bytes());
        out.extend_from_slice(fst);
        for array in self.arrays() {
            out.extend_from_slice(&(array.len() as u64).to_le_bytes());
            for value in array {
                out.extend_from_slice(&value.to_le_bytes());
            }
        }
        let crc = crc32fast::hash(&out);
        out.extend_from_slice(&crc.to_le_bytes());
        out
    }

    fn arrays(&self) -> [&[u32]; 7] {
        [
            &self.field_starts,
            &self.docs,
            &self.group_starts,
            &self.groups,
            &self.group_of,
            &self.group_doc_starts,
            &self.group_docs,
        ]
    }

    /// Opens an index saved by [`to_bytes`](Index::to_bytes), checking its
    /// format, checksum and internal consistency: damaged bytes are refused,
    /// never searched.
    pub fn from_bytes(bytes: &[u8]) -> Result<Index, IndexError> {
        let (body, crc) = bytes
            .split_last_chunk::<4>()
            .ok_or(IndexError::Damaged("too short"))?;
        if bytes.len() < 20 || &body[..4] != MAGIC {
            return Err(IndexError::Damaged("not a search index"));
        }
        let format = u32::from_le_bytes(body[4..8].try_into().expect("four bytes"));
        if format != FORMAT {
            return Err(IndexError::Format {
                found: format,
                expected: FORMAT,
            });
        }
        if crc32fast::hash(body) != u32::from_le_bytes(*crc) {
            return Err(IndexError::Damaged("checksum mismatch"));
        }
        let mut reader = Reader { rest: &body[8..] };
        let doc_count = reader.u32()?;
        let fst_len = usize::try_from(reader.u64()?).map_err(|_| IndexError::Damaged("size"))?;
        let fst = reader.take(fst_len)?.to_vec();
        let vocabulary = Map::new(fst).map_err(|_| IndexError::Damaged("vocabulary"))?;
        let mut arrays: [Vec<u32>; 7] = Default::default();
        for array in &mut arrays {
            *array = reader.u32_array()?;
        }
        if !reader.rest.is_empty() {
            return Err(IndexError::Damaged("trailing bytes"));
        }
        let [
            field_starts,
            docs,
            group_starts,
            groups,
            group_of,
            group_doc_starts,
            group_docs,
        ] = arrays;
        let index = Index {
            vocabulary,
            field_starts,
            docs,
            group_starts,
            groups,
            doc_count,
            group_of,
            group_doc_starts,
            group_docs,
        };
        index.check()?;
        Ok(index)
    }

    /// The arrays agree with each other, so no lookup can go out of bounds.
    fn check(&self) -> Result<(), IndexError> {
        let terms = self.term_count();
        let monotone_within = |starts: &[u32], len: usize| {
            starts.windows(2).all(|w| w[0] <= w[1])
                && starts.last().is_none_or(|&l| l as usize <= len)
        };
        let sound = self.field_starts.len() == terms * Field::COUNT + 1
            && monotone_within(&self.field_starts, self.docs.len())
            && monotone_within(&self.group_starts, self.groups.len())
            && monotone_within(&self.group_doc_starts, self.group_docs.len())
            && self.group_of.len() == self.doc_count as usize
            && self.docs.iter().all(|&d| d < self.doc_count)
            && self.group_docs.iter().all(|&d| d < self.doc_count)
            && self
                .groups
                .iter()
                .all(|&g| (g as usize) < self.group_doc_starts.len().saturating_sub(1))
            && self.group_of.iter().all(|&g| {
                g == NO_GROUP || (g as usize) < self.group_doc_starts.len().saturating_sub(1)
            })
            && self.vocabulary.len() == terms;
        if sound {
            Ok(())
        } else {
            Err(IndexError::Damaged("inconsistent arrays"))
        }
    }

    fn segment(&self, term: u32, field: Field) -> &[u32] {
        let at = term as usize * Field::COUNT + field as usize;
        &self.docs[self.field_starts[at] as usize..self.field_starts[at + 1] as usize]
    }

    fn term_docs(&self, term: u32) -> usize {
        let at = term as usize * Field::COUNT;
        (self.field_starts[at + Field::COUNT] - self.field_starts[at]) as usize
    }

    fn term_groups(&self, term: u32) -> &[u32] {
        let t = term as usize;
        &self.groups[self.group_starts[t] as usize..self.group_starts[t + 1] as usize]
    }

    fn group_members(&self, group: u32) -> &[u32] {
        let g = group as usize;
        &self.group_docs[self.group_doc_starts[g] as usize..self.group_doc_starts[g + 1] as usize]
    }

    /// How many documents contain `term`, directly or through a group.
    fn term_len(&self, term: u32) -> usize {
        self.term_docs(term)
            + self
                .term_groups(term)
                .iter()
                .map(|&g| self.group_members(g).len())
                .sum::<usize>()
    }

    /// The documents whose best field for `term` is `field` (a document may
    /// repeat when it also has the term through its group).
    fn segment_docs(&self, term: u32, field: Field) -> impl Iterator<Item = u32> + '_ {
        let through_groups: &[u32] = if field == Field::Synonym {
            self.term_groups(term)
        } else {
            &[]
        };
        self.segment(term, field).iter().copied().chain(
            through_groups
                .iter()
                .flat_map(|&g| self.group_members(g).iter().copied()),
        )
    }

    /// The best field `doc` has `term` in, if any: its own text first, its
    /// group's words last.
    fn field_of(&self, term: u32, doc: u32) -> Option<Field> {
        Field::ALL
            .into_iter()
            .find(|&field| self.segment(term, field).binary_search(&doc).is_ok())
            .or_else(|| {
                self.term_groups(term)
                    .binary_search(&self.group_of[doc as usize])
                    .is_ok()
                    .then_some(Field::Synonym)
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
