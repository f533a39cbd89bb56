//! Search over the catalog: each city's saved index (see `index`), opened
//! once per data version, and a small guide index rebuilt when the catalog
//! changes. A search reads indexes and rows in one read transaction, so they
//! agree.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex, PoisonError};

use chrono::{DateTime, Utc};
use witaj_hours::OpenStatus;
use witaj_model::{Category, CityId, Guide, Locale, Service};
use witaj_search::{Field, Index, IndexBuilder};

use crate::index::{self, CityIndex};
use crate::{Catalog, CatalogError};

/// Words in every language that mean a category ("лікар", "doctor",
/// "lekarz" → health). They come from the translations (Fluent) and are
/// indexed once per category.
#[derive(Clone, Debug, Default)]
pub struct CategoryTerms(HashMap<Category, Vec<String>>);

impl FromIterator<(Category, String)> for CategoryTerms {
    fn from_iter<I: IntoIterator<Item = (Category, String)>>(pairs: I) -> Self {
        let mut terms = CategoryTerms::default();
        for (category, term) in pairs {
            terms.add(category, term);
        }
        terms
    }
}

impl CategoryTerms {
    pub fn add(&mut self, category: Category, term: impl Into<String>) {
        self.0.entry(category).or_default().push(term.into());
    }

    pub(crate) fn of(&self, category: Category) -> &[String] {
        self.0.get(&category).map_or(&[], Vec::as_slice)
    }

    /// A checksum of every category's words: a saved index built with other
    /// words is stale.
    pub(crate) fn fingerprint(&self) -> u32 {
        let mut hasher = crc32fast::Hasher::new();
        for &category in Category::ALL {
            let mut terms = self.of(category).to_vec();
            terms.sort();
            hasher.update(category.as_str().as_bytes());
            for term in terms {
                hasher.update(&[0]);
                hasher.update(term.as_bytes());
            }
            hasher.update(&[1]);
        }
        hasher.finalize()
    }
}

/// What a person asks for. An empty `query` browses: every service that
/// passes the filters, ordered by name.
#[derive(Clone, Debug)]
pub struct SearchRequest {
    pub query: String,
    pub city: Option<CityId>,
    pub category: Option<Category>,
    /// ISO 639-1 code of a language spoken at the service.
    pub spoken: Option<String>,
    pub free_only: bool,
    /// Keep only services known to be open at this instant.
    pub open_only: bool,
    /// The instant opening hours are evaluated at.
    pub now: DateTime<Utc>,
    /// The reader's locale, for ordering browsed results by name.
    pub locale: Locale,
    pub limit: usize,
}

impl SearchRequest {
    pub fn new(query: impl Into<String>, now: DateTime<Utc>) -> Self {
        Self {
            query: query.into(),
            city: None,
            category: None,
            spoken: None,
            free_only: false,
            open_only: false,
            now,
            locale: Locale::En,
            limit: 20,
        }
    }
}

#[derive(Clone, Debug)]
pub struct SearchResult {
    pub service: Service,
    /// Higher is better; 0 when browsing.
    pub score: u32,
    pub open: OpenStatus,
}

/// The guides, indexed; rebuilt when the catalog's generation moves.
#[derive(Debug)]
struct GuideSnapshot {
    generation: i64,
    index: Index,
    /// Id and city of each guide document.
    guides: Vec<(String, Option<CityId>)>,
}

#[derive(Debug)]
pub(crate) struct SearchCache {
    pub(crate) terms: CategoryTerms,
    cities: Mutex<HashMap<CityId, Arc<CityIndex>>>,
    guides: Mutex<Option<Arc<GuideSnapshot>>>,
}

/// Normalised city names ("lodz", "krakovie", "varsava") → city.
static CITY_WORDS: LazyLock<HashMap<String, CityId>> = LazyLock::new(|| {
    CityId::ALL
        .into_iter()
        .flat_map(|city| {
            city.info()
                .aliases
                .iter()
                .flat_map(move |alias| witaj_text::keys(alias).map(move |k| (k, city)))
        })
        .collect()
});

impl SearchCache {
    pub(crate) fn new(terms: CategoryTerms) -> Self {
        Self {
            terms,
            cities: Mutex::new(HashMap::new()),
            guides: Mutex::new(None),
        }
    }
}

/// An index opened for a search, and whether it was rebuilt and should be
/// saved once the read is over.
struct Opened {
    index: Arc<CityIndex>,
    rebuilt: bool,
}

impl Catalog {
    /// `city`'s index as the catalog holds it now: cached, saved, or rebuilt
    /// from the rows (inside the caller's read transaction).
    fn city_index(&self, city: CityId) -> Result<Opened, CatalogError> {
        let version = index::data_version(&self.conn, city)?;
        let cached = self
            .search
            .cities
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(&city)
            .filter(|c| c.version == version)
            .cloned();
        if let Some(index) = cached {
            return Ok(Opened {
                index,
                rebuilt: false,
            });
        }
        let terms = &self.search.terms;
        let (opened, rebuilt) = match index::load_saved(&self.conn, city, version, terms)? {
            Some(saved) => (saved, false),
            None => (
                index::build(&self.services(Some(city))?, terms, version),
                true,
            ),
        };
        let opened = Arc::new(opened);
        self.search
            .cities
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(city, Arc::clone(&opened));
        Ok(Opened {
            index: opened,
            rebuilt,
        })
    }

    /// Finds services for `request`, best first. City names in the query
    /// ("lodz urzad") act as a city filter when none is set.
    pub fn search(&self, request: &SearchRequest) -> Result<Vec<SearchResult>, CatalogError> {
        // One read transaction: the indexes and the rows come from the same snapshot.
        let tx = self.conn.unchecked_transaction()?;
        let (query, city) = take_city_words(&request.query, request.city);
        let cities: Vec<CityId> = city.map_or_else(|| CityId::ALL.to_vec(), |c| vec![c]);
        let opened: Vec<(CityId, Opened)> = cities
            .iter()
            .map(|&c| Ok((c, self.city_index(c)?)))
            .collect::<Result<_, CatalogError>>()?;
        let accepts = |docs: &CityIndex, doc: u32| passes_filters(request, docs, doc);
        // (city position, doc, score), best first.
        let ranked: Vec<(usize, u32, u32)> = if query.trim().is_empty() {
            let mut all: Vec<(String, usize, u32)> = Vec::new();
            for (at, (_, city_index)) in opened.iter().enumerate() {
                let docs = &city_index.index;
                for doc in 0..docs.docs.len() as u32 {
                    if accepts(docs, doc) {
                        let name = docs.docs[doc as usize].name.get(request.locale);
                        all.push((witaj_text::sort_key(name), at, doc));
                    }
                }
            }
            all.sort_unstable();
            all.into_iter().map(|(_, at, doc)| (at, doc, 0)).collect()
        } else {
            // With "open now", fetch more than asked: some of the best may be closed.
            let wanted = if request.open_only {
                witaj_search::MAX_CANDIDATES
            } else {
                request.limit
            };
            let mut hits = Vec::new();
            for (at, (_, city_index)) in opened.iter().enumerate() {
                let docs = &city_index.index;
                hits.extend(
                    docs.index
                        .search(&query, |doc| accepts(docs, doc), wanted)
                        .into_iter()
                        .map(|hit| (hit.rank(), at, hit)),
                );
            }
            hits.sort_unstable_by_key(|&(rank, at, _)| (rank, at));
            hits.into_iter()
                .map(|(_, at, hit)| (at, hit.doc, hit.score))
                .collect()
        };
        let mut chosen = Vec::with_capacity(request.limit.min(ranked.len()));
        for (at, doc, score) in ranked {
            if chosen.len() == request.limit {
                break;
            }
            let meta = &opened[at].1.index.docs[doc as usize];
            let open = meta.status_at(request.now);
            if request.open_only && !open.is_open() {
                continue;
            }
            chosen.push((meta.id.as_str(), score, open));
        }
        let ids: Vec<&str> = chosen.iter().map(|(id, _, _)| *id).collect();
        let mut services: HashMap<String, Service> = self
            .services_by_id(&ids)?
            .into_iter()
            .map(|s| (s.id.clone(), s))
            .collect();
        let results = chosen
            .into_iter()
            .filter_map(|(id, score, open)| {
                services.remove(id).map(|service| SearchResult {
                    service,
                    score,
                    open,
                })
            })
            .collect();
        tx.finish()?;
        for (city, opened) in &opened {
            if opened.rebuilt {
                index::save_rebuilt(&self.conn, *city, &opened.index, &self.search.terms);
            }
        }
        Ok(results)
    }

    /// For a search that found nothing: the query with each word that
    /// found nothing replaced by the closest word of a service's name (in
    /// the reader's language where the name has it), when that query finds
    /// something under the same filters.
    pub fn spelling_suggestion(
        &self,
        request: &SearchRequest,
    ) -> Result<Option<String>, CatalogError> {
        let tx = self.conn.unchecked_transaction()?;
        let (query, city) = take_city_words(&request.query, request.city);
        let cities: Vec<CityId> = city.map_or_else(|| CityId::ALL.to_vec(), |c| vec![c]);
        let mut replacements: Vec<(String, String)> = Vec::new();
        for city in cities {
            let opened = self.city_index(city)?;
            let docs = &opened.index;
            for correction in docs
                .index
                .corrections(&query, |doc| passes_filters(request, docs, doc))
            {
                let name = &docs.docs[correction.doc as usize].name;
                let shown = std::iter::once(request.locale)
                    .chain(Locale::ALL.iter().copied())
                    .flat_map(|locale| witaj_text::words(name.get(locale)))
                    .find(|word| witaj_text::key(word) == correction.term);
                if let Some(shown) = shown
                    && !replacements
                        .iter()
                        .any(|(typed, _)| *typed == correction.typed)
                {
                    replacements.push((correction.typed, shown.to_lowercase()));
                }
            }
        }
        tx.finish()?;
        if replacements.is_empty() {
            return Ok(None);
        }
        let corrected = witaj_text::words(&request.query)
            .map(|word| {
                replacements
                    .iter()
                    .find(|(typed, _)| typed == word)
                    .map_or(word, |(_, shown)| shown.as_str())
            })
            .collect::<Vec<_>>()
            .join(" ");
        let check = SearchRequest {
            query: corrected.clone(),
            limit: 1,
            ..request.clone()
        };
        Ok((!self.search(&check)?.is_empty()).then_some(corrected))
    }

    /// Whether `city`'s saved index is usable as it stands (for tests and
    /// tools: a stale or damaged one is rebuilt on the next search).
    pub fn saved_index_is_current(&self, city: CityId) -> Result<bool, CatalogError> {
        let version = index::data_version(&self.conn, city)?;
        Ok(index::load_saved(&self.conn, city, version, &self.search.terms)?.is_some())
    }

    fn guide_snapshot(&self) -> Result<Arc<GuideSnapshot>, CatalogError> {
        let generation = Catalog::generation(&self.conn)?;
        let mut cached = self
            .search
            .guides
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if let Some(snapshot) = cached.as_ref().filter(|s| s.generation == generation) {
            return Ok(Arc::clone(snapshot));
        }
        let guides = self.guides(None)?;
        let snapshot = Arc::new(GuideSnapshot {
            generation,
            index: build_guide_index(&guides, &self.search.terms),
            guides: guides.iter().map(|g| (g.id.clone(), g.city)).collect(),
        });
        *cached = Some(Arc::clone(&snapshot));
        Ok(snapshot)
    }

    /// Guides a reader in `city` sees that match `query`, best first.
    pub fn search_guides(
        &self,
        query: &str,
        city: Option<CityId>,
        limit: usize,
    ) -> Result<Vec<Guide>, CatalogError> {
        let tx = self.conn.unchecked_transaction()?;
        let snapshot = self.guide_snapshot()?;
        let visible = |doc: u32| {
            let (_, owner) = snapshot.guides[doc as usize];
            owner.is_none() || city.is_none() || owner == city
        };
        let ids: Vec<&str> = snapshot
            .index
            .search(query, visible, limit)
            .iter()
            .map(|hit| snapshot.guides[hit.doc as usize].0.as_str())
            .collect();
        let mut guides = self.guides(city)?;
        guides.retain(|g| ids.contains(&g.id.as_str()));
        guides.sort_by_key(|g| ids.iter().position(|id| *id == g.id));
        tx.finish()?;
        Ok(guides)
    }
}

fn build_guide_index(guides: &[Guide], terms: &CategoryTerms) -> Index {
    let mut builder = IndexBuilder::new();
    for (doc, guide) in guides.iter().enumerate() {
        let doc = doc as u32;
        for (_, text) in guide.title.iter() {
            builder.add(doc, Field::Name, text);
        }
        for category in &guide.categories {
            for term in terms.of(*category) {
                builder.add(doc, Field::Synonym, term);
            }
        }
        for (_, text) in guide.summary.iter() {
            builder.add(doc, Field::Keyword, text);
        }
        for step in &guide.steps {
            for (_, text) in step.title.iter().chain(step.body.iter()) {
                builder.add(doc, Field::Description, text);
            }
        }
    }
    builder.build()
}

/// Removes words naming a city from `query`; the named city becomes the
/// filter when the request has none. A city word that contradicts an
/// explicit filter stays a search word.
fn take_city_words(query: &str, explicit: Option<CityId>) -> (String, Option<CityId>) {
    let mut city = explicit;
    let mut kept = Vec::new();
    for word in witaj_text::words(query) {
        match CITY_WORDS.get(&witaj_text::key(word)) {
            Some(&named) if city.is_none_or(|c| c == named) => city = Some(named),
            _ => kept.push(word),
        }
    }
    (kept.join(" "), city)
}

/// Whether document `doc` passes the request's category, language and
/// "free" filters.
fn passes_filters(request: &SearchRequest, docs: &CityIndex, doc: u32) -> bool {
    let meta = &docs.docs[doc as usize];
    request.category.is_none_or(|c| meta.category == c)
        && request
            .spoken
            .as_ref()
            .is_none_or(|code| meta.languages.iter().any(|l| l == code))
        && (!request.free_only || meta.free == Some(true))
}
