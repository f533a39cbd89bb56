//! Query evaluation: expand each typed word into vocabulary terms, gather
//! candidates from the rarest word, check the others, rank in tiers.
//!
//! The tiers are those of Meilisearch and Typesense, in order: how many of
//! the typed words the document's own text covers (in a query of several
//! words, a word found only among its category's words does not count), then
//! typos, then the field the words are in (name above organization above
//! description), then exactness (a whole word above the beginning of one).

use std::collections::HashMap;
use std::sync::LazyLock;

use levenshtein_automata::{Distance, LevenshteinAutomatonBuilder};

use crate::{Field, Index, MAX_CANDIDATES, MAX_EXPANSIONS};

/// How a typed word matched a term. Earlier variants rank higher.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MatchKind {
    Exact,
    /// The typed word is the beginning of the term (last word only).
    Prefix,
    /// The term is within the word's typo budget.
    Typo,
}

/// A ranked document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub doc: u32,
    /// Higher is better: the words' match weights times their fields'.
    pub score: u32,
    /// The weakest way any word matched.
    pub worst_match: MatchKind,
    /// Typed words this document lacks; non-zero only when no document has
    /// them all.
    pub missing_words: u32,
    /// Typed words not found in the document's own text (missing, or found
    /// only among its category's words).
    pub uncovered_words: u32,
    /// Edits summed over the words.
    pub typos: u32,
    /// The fields' weights summed over the words.
    pub field_score: u32,
    /// Words matched only as the beginning of a term.
    pub prefixes: u32,
}

/// How one typed word matched one document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Match {
    kind: MatchKind,
    field: Field,
    distance: u8,
    /// Match weight times field weight.
    score: u32,
}

impl Match {
    /// Ranks two matches of the same word in the tiers' order; the
    /// document's own text counts first only when coverage is a tier (a
    /// query of several words).
    fn rank(&self, own_text_first: bool) -> (bool, u8, std::cmp::Reverse<u32>, MatchKind) {
        (
            own_text_first && self.field == Field::Synonym,
            self.distance,
            std::cmp::Reverse(self.field.weight()),
            self.kind,
        )
    }
}

impl Hit {
    fn new(doc: u32) -> Self {
        Hit {
            doc,
            score: 0,
            worst_match: MatchKind::Exact,
            missing_words: 0,
            uncovered_words: 0,
            typos: 0,
            field_score: 0,
            prefixes: 0,
        }
    }

    fn add(&mut self, word: Option<Match>) {
        match word {
            Some(m) => {
                self.score += m.score;
                self.worst_match = self.worst_match.max(m.kind);
                self.uncovered_words += u32::from(m.field == Field::Synonym);
                self.typos += u32::from(m.distance);
                self.field_score += m.field.weight();
                self.prefixes += u32::from(m.kind == MatchKind::Prefix);
            }
            None => {
                self.missing_words += 1;
                self.uncovered_words += 1;
            }
        }
    }

    /// The tiers, best first: covered words, typos, fields, exactness.
    #[allow(clippy::type_complexity)]
    pub fn rank(
        &self,
    ) -> (
        u32,
        u32,
        std::cmp::Reverse<u32>,
        u32,
        std::cmp::Reverse<u32>,
        u32,
    ) {
        (
            self.uncovered_words,
            self.typos,
            std::cmp::Reverse(self.field_score),
            self.prefixes,
            std::cmp::Reverse(self.score),
            self.doc,
        )
    }
}

/// Words of a query that are searched; the rest are ignored.
pub(crate) const MAX_QUERY_WORDS: usize = 12;

/// Postings scanned while gathering candidates, whatever the filter rejects.
const MAX_SCANNED: usize = 60_000;

/// Typo builders for distance 1 and 2; a transposition costs one edit.
static TYPO_AUTOMATA: LazyLock<[LevenshteinAutomatonBuilder; 2]> = LazyLock::new(|| {
    [
        LevenshteinAutomatonBuilder::new(1, true),
        LevenshteinAutomatonBuilder::new(2, true),
    ]
});

/// 1 edit from 5 letters, 2 from 9, counted on what the person typed.
fn typo_budget(typed_chars: usize) -> u8 {
    match typed_chars {
        0..5 => 0,
        5..9 => 1,
        _ => 2,
    }
}

#[derive(Clone, Copy, Debug)]
struct Expansion {
    term: u32,
    kind: MatchKind,
    /// Edits from the typed word (0 unless a typo).
    distance: u8,
    /// Out of 10: exact 10, prefix 7, one typo 5, two typos 3.
    weight: u32,
}

impl Expansion {
    fn found_in(&self, field: Field) -> Match {
        Match {
            kind: self.kind,
            field,
            distance: self.distance,
            score: self.weight * field.weight(),
        }
    }
}

#[derive(Debug)]
struct Word {
    expansions: Vec<Expansion>,
    postings: usize,
}

impl Index {
    /// The best `limit` documents for `query` among those `accept` lets
    /// through, best first. An empty query finds nothing: browsing is the
    /// caller's job.
    pub fn search(&self, query: &str, accept: impl Fn(u32) -> bool, limit: usize) -> Vec<Hit> {
        let words = self.parse(query);
        if words.is_empty() || limit == 0 {
            return Vec::new();
        }
        let own_text_first = words.len() > 1;
        let mut hits = self.conjunctive(&words, &accept, own_text_first);
        if hits.is_empty() && own_text_first {
            hits = self.disjunctive(&words, &accept);
        }
        if words.len() == 1 {
            // One word names what is wanted: whether a document has it in its
            // own text or as its category is a question of field, not coverage.
            for hit in &mut hits {
                hit.uncovered_words = hit.missing_words;
            }
        }
        hits.sort_unstable_by_key(Hit::rank);
        hits.truncate(limit);
        hits
    }

    fn parse(&self, query: &str) -> Vec<Word> {
        // A query is a few words; a pasted paragraph is cut, so no query can
        // cost more than a dozen words' work.
        let typed: Vec<&str> = witaj_text::words(query).take(MAX_QUERY_WORDS).collect();
        let last = typed.len().saturating_sub(1);
        typed
            .iter()
            .enumerate()
            // A lone letter mid-query is a preposition ("w", "у", "a"), not a search word.
            .filter(|&(i, word)| i == last || word.chars().count() > 1)
            .filter_map(|(i, word)| {
                let key = witaj_text::key(word);
                (!key.is_empty()).then(|| self.expand(&key, word.chars().count(), i == last))
            })
            .collect()
    }

    fn expand(&self, key: &str, typed_chars: usize, is_last: bool) -> Word {
        let mut expansions: Vec<Expansion> = Vec::new();
        let seen =
            |term: u32, expansions: &Vec<Expansion>| expansions.iter().any(|e| e.term == term);
        if let Some(term) = self.term_id(key) {
            expansions.push(Expansion {
                term,
                kind: MatchKind::Exact,
                distance: 0,
                weight: 10,
            });
        }
        // A word that folds to a single letter ("qqqq" to "k") is not the
        // start of every word with that letter; a letter typed alone is.
        if is_last && key.chars().count() >= typed_chars.min(2) {
            self.stream_prefix(key, MAX_EXPANSIONS, |_, term| {
                if !seen(term, &expansions) {
                    expansions.push(Expansion {
                        term,
                        kind: MatchKind::Prefix,
                        distance: 0,
                        weight: 7,
                    });
                }
            });
        }
        let budget = typo_budget(typed_chars);
        if budget > 0 {
            let builder = &TYPO_AUTOMATA[usize::from(budget - 1)];
            let dfa = if is_last {
                builder.build_prefix_dfa(key)
            } else {
                builder.build_dfa(key)
            };
            let first_byte = key.as_bytes()[0];
            let mut typos = Vec::new();
            self.stream_automaton(&dfa, |term_bytes, term| {
                // People rarely get the first letter wrong; requiring it keeps typo matches precise.
                if term_bytes.first() == Some(&first_byte) && !seen(term, &expansions) {
                    let distance = match dfa.eval(term_bytes) {
                        Distance::Exact(d) => d,
                        Distance::AtLeast(d) => d,
                    };
                    typos.push(Expansion {
                        term,
                        kind: MatchKind::Typo,
                        distance: distance.max(1),
                        weight: if distance <= 1 { 5 } else { 3 },
                    });
                }
                typos.len() < MAX_EXPANSIONS
            });
            typos.sort_by_key(|e| std::cmp::Reverse(e.weight));
            expansions.extend(typos);
        }
        expansions.truncate(MAX_EXPANSIONS * 2);
        let postings = expansions.iter().map(|e| self.term_len(e.term)).sum();
        Word {
            expansions,
            postings,
        }
    }

    /// Documents matching every word.
    fn conjunctive(
        &self,
        words: &[Word],
        accept: &impl Fn(u32) -> bool,
        own_text_first: bool,
    ) -> Vec<Hit> {
        let Some(driver) = (0..words.len()).min_by_key(|&i| words[i].postings) else {
            return Vec::new();
        };
        let mut candidates: Vec<u32> = self
            .gather(&words[driver], accept, MAX_CANDIDATES)
            .into_keys()
            .collect();
        candidates.sort_unstable();
        let mut per_word = Vec::with_capacity(words.len());
        for word in words {
            let matches = self.best_matches(word, &candidates, own_text_first);
            candidates.retain(|doc| matches.contains_key(doc));
            per_word.push(matches);
        }
        candidates
            .into_iter()
            .map(|doc| {
                let mut hit = Hit::new(doc);
                for matches in &per_word {
                    hit.add(matches.get(&doc).copied());
                }
                hit
            })
            .collect()
    }

    /// Documents matching some words, ranked first by how many they miss.
    fn disjunctive(&self, words: &[Word], accept: &impl Fn(u32) -> bool) -> Vec<Hit> {
        let per_word = MAX_CANDIDATES / words.len();
        let mut docs: Vec<u32> = words
            .iter()
            .flat_map(|word| self.gather(word, accept, per_word).into_keys())
            .collect();
        docs.sort_unstable();
        docs.dedup();
        let mut hits: Vec<Hit> = docs.iter().map(|&doc| Hit::new(doc)).collect();
        for word in words {
            let matches = self.best_matches(word, &docs, true);
            for hit in &mut hits {
                hit.add(matches.get(&hit.doc).copied());
            }
        }
        hits
    }

    /// Up to `cap` accepted documents containing `word`, best matches first:
    /// exact before prefix before typo, and by field within each.
    fn gather(
        &self,
        word: &Word,
        accept: &impl Fn(u32) -> bool,
        cap: usize,
    ) -> HashMap<u32, Match> {
        let mut found: HashMap<u32, Match> = HashMap::new();
        let mut scanned = 0;
        for kind in [MatchKind::Exact, MatchKind::Prefix, MatchKind::Typo] {
            for field in Field::ALL {
                for expansion in word.expansions.iter().filter(|e| e.kind == kind) {
                    for doc in self.segment_docs(expansion.term, field) {
                        if found.len() >= cap || scanned >= MAX_SCANNED {
                            return found;
                        }
                        scanned += 1;
                        if !found.contains_key(&doc) && accept(doc) {
                            found.insert(doc, expansion.found_in(field));
                        }
                    }
                }
            }
        }
        found
    }

    /// For each of `docs` (sorted) that contains `word`, how well it matches.
    fn best_matches(&self, word: &Word, docs: &[u32], own_text_first: bool) -> HashMap<u32, Match> {
        let mut best: HashMap<u32, Match> = HashMap::with_capacity(docs.len());
        let mut offer = |doc: u32, found: Match| {
            let entry = best.entry(doc).or_insert(found);
            if found.rank(own_text_first) < entry.rank(own_text_first) {
                *entry = found;
            }
        };
        for expansion in &word.expansions {
            // Scan a short list; look the candidates up in a long one.
            if self.term_len(expansion.term) <= docs.len() * 4 {
                for field in Field::ALL {
                    for doc in self.segment_docs(expansion.term, field) {
                        if docs.binary_search(&doc).is_ok() {
                            offer(doc, expansion.found_in(field));
                        }
                    }
                }
            } else {
                for &doc in docs {
                    if let Some(field) = self.field_of(expansion.term, doc) {
                        offer(doc, expansion.found_in(field));
                    }
                }
            }
        }
        best
    }
}

/// A word of a service's name close to a typed word that found nothing:
/// what "did you mean" offers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Correction {
    /// The word as typed.
    pub typed: String,
    /// The key of the name word it is close to.
    pub term: String,
    /// An accepted document whose name has that word, to show it from.
    pub doc: u32,
}

/// Vocabulary terms looked at per typed word while looking for a correction.
const MAX_CORRECTION_CANDIDATES: usize = 400;

impl Index {
    /// For a query that found nothing: each typed word that no accepted
    /// document has, even allowing its typos, paired with the closest word
    /// in an accepted document's name. Wider than search's typo budget
    /// (two edits from five letters, and the first letter may be wrong),
    /// because a suggestion is shown, not silently searched.
    pub fn corrections(&self, query: &str, accept: impl Fn(u32) -> bool) -> Vec<Correction> {
        let mut corrections = Vec::new();
        for typed in witaj_text::words(query).take(MAX_QUERY_WORDS) {
            let key = witaj_text::key(typed);
            let chars = typed.chars().count();
            if key.chars().count() < 3 {
                continue;
            }
            let word = self.expand(&key, chars, false);
            if !self.gather(&word, &accept, 1).is_empty() {
                continue;
            }
            let builder = &TYPO_AUTOMATA[usize::from(chars >= 5)];
            let dfa = builder.build_dfa(&key);
            // (edits, documents with the term, term, a document), best first.
            let mut best: Option<(u8, std::cmp::Reverse<usize>, String, u32)> = None;
            let mut looked = 0;
            self.stream_automaton(&dfa, |term_bytes, term| {
                looked += 1;
                let Distance::Exact(distance) = dfa.eval(term_bytes) else {
                    return looked < MAX_CORRECTION_CANDIDATES;
                };
                if let Some(doc) = self.segment_docs(term, Field::Name).find(|&d| accept(d)) {
                    let candidate = (
                        distance,
                        std::cmp::Reverse(self.term_len(term)),
                        String::from_utf8_lossy(term_bytes).into_owned(),
                        doc,
                    );
                    if best.as_ref().is_none_or(|b| candidate < *b) {
                        best = Some(candidate);
                    }
                }
                looked < MAX_CORRECTION_CANDIDATES
            });
            if let Some((_, _, term, doc)) = best {
                corrections.push(Correction {
                    typed: typed.to_owned(),
                    term,
                    doc,
                });
            }
        }
        corrections
    }
}
