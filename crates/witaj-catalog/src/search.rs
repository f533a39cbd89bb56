//! Search over the catalog: an in-memory index built from one consistent
//! snapshot, rebuilt whenever the catalog's generation moves.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use witaj_hours::{Hours, OpenStatus};
use witaj_model::{Category, CityId, Guide, Locale, LocalizedText, Service, ServiceStatus};
use witaj_search::{Field, Index, IndexBuilder};

use crate::{Catalog, CatalogError};

/// Words in every language that mean a category ("лікар", "doctor",
/// "lekarz" → health). They come from the translations (Fluent) and are
/// indexed for every service of the category.
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

    fn of(&self, category: Category) -> &[String] {
        self.0.get(&category).map_or(&[], Vec::as_slice)
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

/// What filters need to know about a service without reading its row.
#[derive(Debug)]
struct DocMeta {
    id: String,
    city: CityId,
    category: Category,
    languages: Vec<String>,
    free: Option<bool>,
    status: ServiceStatus,
    opening_hours: Option<String>,
    /// Parsed on first use: only shown results and "open now" need it.
    hours: OnceLock<Option<Hours>>,
    name: LocalizedText,
}

impl DocMeta {
    /// Never open while the service is not active; otherwise as its hours
    /// say.
    fn status_at(&self, now: DateTime<Utc>) -> OpenStatus {
        if self.status != ServiceStatus::Active {
            return OpenStatus::CLOSED;
        }
        self.hours
            .get_or_init(|| {
                self.opening_hours
                    .as_deref()
                    .and_then(|h| Hours::parse(h).ok())
            })
            .as_ref()
            .map_or(OpenStatus::UNKNOWN, |h| h.status_at(now))
    }
}

#[derive(Debug)]
struct Snapshot {
    generation: i64,
    index: Index,
    docs: Vec<DocMeta>,
    /// Guides are few; they get their own small index.
    guide_index: Index,
    /// Id and city of each guide document.
    guides: Vec<(String, Option<CityId>)>,
    /// Normalised city names ("lodz", "krakovie", "varsava") → city.
    city_words: HashMap<String, CityId>,
}

#[derive(Debug)]
pub(crate) struct SearchCache {
    terms: CategoryTerms,
    snapshot: Mutex<Option<Arc<Snapshot>>>,
}

impl SearchCache {
    pub(crate) fn new(terms: CategoryTerms) -> Self {
        Self {
            terms,
            snapshot: Mutex::new(None),
        }
    }

    pub(crate) fn index_size(&self) -> Option<(u32, usize, usize)> {
        let cached = self
            .snapshot
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        cached.as_ref().map(|s| {
            (
                s.index.doc_count(),
                s.index.term_count(),
                s.index.memory_bytes(),
            )
        })
    }

    /// The index for the catalog as `conn` sees it now (inside a read
    /// transaction, so index and rows agree).
    fn current(
        &self,
        conn: &Connection,
        load: impl FnOnce() -> Result<(Vec<Service>, Vec<Guide>), CatalogError>,
    ) -> Result<Arc<Snapshot>, CatalogError> {
        let generation = Catalog::generation(conn)?;
        let mut cached = self
            .snapshot
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(snapshot) = cached.as_ref().filter(|s| s.generation == generation) {
            return Ok(Arc::clone(snapshot));
        }
        let (services, guides) = load()?;
        let snapshot = Arc::new(build_snapshot(generation, services, &guides, &self.terms));
        *cached = Some(Arc::clone(&snapshot));
        Ok(snapshot)
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

fn build_snapshot(
    generation: i64,
    services: Vec<Service>,
    guides: &[Guide],
    terms: &CategoryTerms,
) -> Snapshot {
    let mut builder = IndexBuilder::new();
    for &category in Category::ALL {
        for term in terms.of(category) {
            builder.add_group_text(category as u32, term);
        }
    }
    let mut docs = Vec::with_capacity(services.len());
    for (doc, service) in services
        .into_iter()
        .filter(|s| s.status != ServiceStatus::Defunct)
        .enumerate()
    {
        let doc = doc as u32;
        for (_, text) in service.name.iter() {
            builder.add(doc, Field::Name, text);
        }
        for (_, keyword) in &service.keywords {
            builder.add(doc, Field::Keyword, keyword);
        }
        builder.set_group(doc, service.category as u32);
        for (_, text) in service.organization.name.iter() {
            builder.add(doc, Field::Organization, text);
        }
        if let Some(location) = &service.location {
            builder.add(doc, Field::Address, &location.address.address_1);
        }
        for (_, text) in service.description.iter() {
            builder.add(doc, Field::Description, text);
        }
        docs.push(DocMeta {
            opening_hours: service.opening_hours,
            hours: OnceLock::new(),
            id: service.id,
            city: service.city,
            category: service.category,
            languages: service.languages,
            free: service.free,
            status: service.status,
            name: service.name,
        });
    }
    let city_words = CityId::ALL
        .into_iter()
        .flat_map(|city| {
            city.info()
                .aliases
                .iter()
                .flat_map(move |alias| witaj_text::keys(alias).map(move |k| (k, city)))
        })
        .collect();
    Snapshot {
        guide_index: build_guide_index(guides, terms),
        guides: guides.iter().map(|g| (g.id.clone(), g.city)).collect(),
        generation,
        index: builder.build(),
        docs,
        city_words,
    }
}

impl Catalog {
    /// Finds services for `request`, best first. City names in the query
    /// ("lodz urzad") act as a city filter when none is set.
    pub fn search(&self, request: &SearchRequest) -> Result<Vec<SearchResult>, CatalogError> {
        // One read transaction: the index and the rows come from the same snapshot.
        let tx = self.conn.unchecked_transaction()?;
        let snapshot = self
            .search
            .current(&tx, || Ok((self.services(None)?, self.guides(None)?)))?;
        let (query, city) = take_city_words(&snapshot, &request.query, request.city);
        let filter = |doc: u32| {
            let meta = &snapshot.docs[doc as usize];
            city.is_none_or(|c| meta.city == c)
                && request.category.is_none_or(|c| meta.category == c)
                && request
                    .spoken
                    .as_ref()
                    .is_none_or(|code| meta.languages.iter().any(|l| l == code))
                && (!request.free_only || meta.free == Some(true))
        };
        let status_of = |doc: u32| snapshot.docs[doc as usize].status_at(request.now);
        let ranked: Vec<(u32, u32)> = if query.trim().is_empty() {
            let mut all: Vec<u32> = (0..snapshot.docs.len() as u32)
                .filter(|&doc| filter(doc))
                .collect();
            let sort_key = |doc: &u32| {
                witaj_text::sort_key(snapshot.docs[*doc as usize].name.get(request.locale))
            };
            all.sort_by_cached_key(sort_key);
            all.into_iter().map(|doc| (doc, 0)).collect()
        } else {
            // With "open now", fetch more than asked: some of the best may be closed.
            let wanted = if request.open_only {
                witaj_search::MAX_CANDIDATES
            } else {
                request.limit
            };
            snapshot
                .index
                .search(&query, filter, wanted)
                .into_iter()
                .map(|hit| (hit.doc, hit.score))
                .collect()
        };
        let mut chosen = Vec::with_capacity(request.limit.min(ranked.len()));
        for (doc, score) in ranked {
            if chosen.len() == request.limit {
                break;
            }
            let open = status_of(doc);
            if request.open_only && !open.is_open() {
                continue;
            }
            chosen.push((snapshot.docs[doc as usize].id.as_str(), score, open));
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
        Ok(results)
    }
}

impl Catalog {
    /// Guides a reader in `city` sees that match `query`, best first.
    pub fn search_guides(
        &self,
        query: &str,
        city: Option<CityId>,
        limit: usize,
    ) -> Result<Vec<Guide>, CatalogError> {
        let tx = self.conn.unchecked_transaction()?;
        let snapshot = self
            .search
            .current(&tx, || Ok((self.services(None)?, self.guides(None)?)))?;
        let visible = |doc: u32| {
            let (_, owner) = snapshot.guides[doc as usize];
            owner.is_none() || city.is_none() || owner == city
        };
        let ids: Vec<&str> = snapshot
            .guide_index
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

/// Removes words naming a city from `query`; the named city becomes the
/// filter when the request has none. A city word that contradicts an
/// explicit filter stays a search word.
fn take_city_words(
    snapshot: &Snapshot,
    query: &str,
    explicit: Option<CityId>,
) -> (String, Option<CityId>) {
    let mut city = explicit;
    let mut kept = Vec::new();
    for word in witaj_text::words(query) {
        match snapshot.city_words.get(&witaj_text::key(word)) {
            Some(&named) if city.is_none_or(|c| c == named) => city = Some(named),
            _ => kept.push(word),
        }
    }
    (kept.join(" "), city)
}
