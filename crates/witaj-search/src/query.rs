//! Query evaluation: expand each typed word into vocabulary terms, gather
//! candidates from the rarest word, check the others, rank in tiers.

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
    pub score: u32,
    /// The weakest way any word matched: a hit needing a typo ranks below
    /// every hit that needed none.
    pub worst_match: MatchKind,
    /// Typed words this document lacks; non-zero only when no document has
    /// them all.
    pub missing_words: u32,
}

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
    /// Out of 10: exact 10, prefix 7, one typo 5, two typos 3.
    weight: u32,
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
        let mut hits = self.conjunctive(&words, &accept);
        if hits.is_empty() && words.len() > 1 {
            hits = self.disjunctive(&words, &accept);
        }
        hits.sort_unstable_by(|a, b| {
            (
                a.missing_words,
                a.worst_match,
                std::cmp::Reverse(a.score),
                a.doc,
            )
                .cmp(&(
                    b.missing_words,
                    b.worst_match,
                    std::cmp::Reverse(b.score),
                    b.doc,
                ))
        });
        hits.truncate(limit);
        hits
    }

    fn parse(&self, query: &str) -> Vec<Word> {
        let typed: Vec<&str> = witaj_text::words(query).collect();
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
                weight: 10,
            });
        }
        if is_last {
            self.stream_prefix(key, MAX_EXPANSIONS, |_, term| {
                if !seen(term, &expansions) {
                    expansions.push(Expansion {
                        term,
                        kind: MatchKind::Prefix,
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
    fn conjunctive(&self, words: &[Word], accept: &impl Fn(u32) -> bool) -> Vec<Hit> {
        let Some(driver) = (0..words.len()).min_by_key(|&i| words[i].postings) else {
            return Vec::new();
        };
        let candidates = self.gather(&words[driver], accept, MAX_CANDIDATES);
        let mut hits: Vec<Hit> = candidates
            .into_iter()
            .map(|(doc, (kind, score))| Hit {
                doc,
                score,
                worst_match: kind,
                missing_words: 0,
            })
            .collect();
        for (i, word) in words.iter().enumerate() {
            if i == driver {
                continue;
            }
            let mut docs: Vec<u32> = hits.iter().map(|h| h.doc).collect();
            docs.sort_unstable();
            let matches = self.best_matches(word, &docs);
            hits.retain_mut(|hit| match matches.get(&hit.doc) {
                Some(&(kind, score)) => {
                    hit.score += score;
                    hit.worst_match = hit.worst_match.max(kind);
                    true
                }
                None => false,
            });
        }
        hits
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
        let mut hits: Vec<Hit> = docs
            .iter()
            .map(|&doc| Hit {
                doc,
                score: 0,
                worst_match: MatchKind::Exact,
                missing_words: 0,
            })
            .collect();
        for word in words {
            let matches = self.best_matches(word, &docs);
            for hit in &mut hits {
                match matches.get(&hit.doc) {
                    Some(&(kind, score)) => {
                        hit.score += score;
                        hit.worst_match = hit.worst_match.max(kind);
                    }
                    None => hit.missing_words += 1,
                }
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
    ) -> HashMap<u32, (MatchKind, u32)> {
        let mut found: HashMap<u32, (MatchKind, u32)> = HashMap::new();
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
                            found.insert(doc, (kind, expansion.weight * field.weight()));
                        }
                    }
                }
            }
        }
        found
    }

    /// For each of `docs` (sorted) that contains `word`, how well it matches.
    fn best_matches(&self, word: &Word, docs: &[u32]) -> HashMap<u32, (MatchKind, u32)> {
        let mut best: HashMap<u32, (MatchKind, u32)> = HashMap::with_capacity(docs.len());
        let mut offer = |doc: u32, kind: MatchKind, score: u32| {
            let entry = best.entry(doc).or_insert((kind, score));
            if score > entry.1 {
                *entry = (kind, score);
            }
        };
        for expansion in &word.expansions {
            // Scan a short list; look the candidates up in a long one.
            if self.term_len(expansion.term) <= docs.len() * 4 {
                for field in Field::ALL {
                    for doc in self.segment_docs(expansion.term, field) {
                        if docs.binary_search(&doc).is_ok() {
                            offer(doc, expansion.kind, expansion.weight * field.weight());
                        }
                    }
                }
            } else {
                for &doc in docs {
                    if let Some(field) = self.field_of(expansion.term, doc) {
                        offer(doc, expansion.kind, expansion.weight * field.weight());
                    }
                }
            }
        }
        best
    }
}
