//! Each city's search index, saved in the catalog beside its rows.
//!
//! The index of a city is built when its rows are written, in the same
//! transaction (`Writer::replace_city`), and stored with the city's data
//! version and the category words it was built with. Opening a catalog reads
//! the saved bytes instead of rebuilding. Saved bytes from another data
//! version, other category words, another format or with a bad checksum are
//! never searched: the index is rebuilt from the rows and saved again (a
//! catalog written by an older build gains its indexes this way, once).

use std::sync::OnceLock;

use rusqlite::{Connection, OptionalExtension, params};
use witaj_hours::{Hours, OpenStatus};
use witaj_model::{Category, CityId, Locale, LocalizedText, Service, ServiceStatus};
use witaj_search::{Field, Index, IndexBuilder};

use crate::CatalogError;
use crate::search::CategoryTerms;

/// What filters and ranking need to know of a document without its row.
#[derive(Debug)]
pub(crate) struct DocMeta {
    pub(crate) id: String,
    pub(crate) category: Category,
    pub(crate) status: ServiceStatus,
    pub(crate) free: Option<bool>,
    pub(crate) languages: Vec<String>,
    pub(crate) opening_hours: Option<String>,
    /// Parsed on first use: only shown results and "open now" need it.
    hours: OnceLock<Option<Hours>>,
    pub(crate) name: LocalizedText,
}

impl DocMeta {
    fn of(service: &Service) -> Self {
        DocMeta {
            id: service.id.clone(),
            category: service.category,
            status: service.status,
            free: service.free,
            languages: service.languages.clone(),
            opening_hours: service.opening_hours.clone(),
            hours: OnceLock::new(),
            name: service.name.clone(),
        }
    }

    /// Never open while the service is not active; otherwise as its hours
    /// say.
    pub(crate) fn status_at(&self, now: chrono::DateTime<chrono::Utc>) -> OpenStatus {
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

/// One city's index and its documents, numbered alike.
#[derive(Debug)]
pub(crate) struct CityIndex {
    /// The city's data version the index was built from.
    pub(crate) version: i64,
    pub(crate) index: Index,
    pub(crate) docs: Vec<DocMeta>,
}

/// Builds a city's index from its services (defunct ones left out).
pub(crate) fn build(services: &[Service], terms: &CategoryTerms, version: i64) -> CityIndex {
    let mut builder = IndexBuilder::new();
    for &category in Category::ALL {
        for term in terms.of(category) {
            builder.add_group_text(category as u32, term);
        }
    }
    let mut docs = Vec::with_capacity(services.len());
    for (doc, service) in services
        .iter()
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
        docs.push(DocMeta::of(service));
    }
    CityIndex {
        version,
        index: builder.build(),
        docs,
    }
}

/// The saved form: the index's own bytes, then the documents.
fn encode(city: &CityIndex) -> Vec<u8> {
    let mut out = city.index.to_bytes();
    let mut meta = Vec::new();
    put_u32(&mut meta, city.docs.len() as u32);
    for doc in &city.docs {
        put_str(&mut meta, &doc.id);
        meta.push(doc.category as u8);
        meta.push(
            ServiceStatus::ALL
                .iter()
                .position(|s| *s == doc.status)
                .unwrap_or(0) as u8,
        );
        meta.push(match doc.free {
            None => 0,
            Some(true) => 1,
            Some(false) => 2,
        });
        meta.push(doc.languages.len().min(255) as u8);
        for code in doc.languages.iter().take(255) {
            put_str(&mut meta, code);
        }
        put_str(&mut meta, doc.opening_hours.as_deref().unwrap_or_default());
        let names: Vec<(Locale, &str)> = doc.name.iter().collect();
        meta.push(names.len() as u8);
        for (locale, text) in names {
            meta.push(Locale::ALL.iter().position(|l| *l == locale).unwrap_or(0) as u8);
            put_str(&mut meta, text);
        }
    }
    let crc = crc32fast::hash(&meta);
    let index_len = out.len() as u64;
    out.extend_from_slice(&meta);
    out.extend_from_slice(&crc.to_le_bytes());
    out.extend_from_slice(&index_len.to_le_bytes());
    out
}

fn put_u32(out: &mut Vec<u8>, value: u32) {
    out.extend_from_slice(&value.to_le_bytes());
}

fn put_str(out: &mut Vec<u8>, text: &str) {
    put_u32(out, text.len() as u32);
    out.extend_from_slice(text.as_bytes());
}

/// Reads the document section.
struct Cursor<'a>(&'a [u8]);

impl<'a> Cursor<'a> {
    fn take(&mut self, len: usize) -> Option<&'a [u8]> {
        (self.0.len() >= len).then(|| {
            let (taken, rest) = self.0.split_at(len);
            self.0 = rest;
            taken
        })
    }

    fn u8(&mut self) -> Option<u8> {
        self.take(1).map(|b| b[0])
    }

    fn u32(&mut self) -> Option<u32> {
        self.take(4)
            .map(|b| u32::from_le_bytes(b.try_into().expect("four bytes")))
    }

    fn str(&mut self) -> Option<String> {
        let len = self.u32()? as usize;
        String::from_utf8(self.take(len)?.to_vec()).ok()
    }
}

/// The saved bytes back, or `None` when they are damaged in any way.
fn decode(bytes: &[u8], version: i64) -> Option<CityIndex> {
    let (rest, index_len) = bytes.split_last_chunk::<8>()?;
    let index_len = usize::try_from(u64::from_le_bytes(*index_len)).ok()?;
    let (rest, crc) = rest.split_last_chunk::<4>()?;
    if index_len > rest.len() {
        return None;
    }
    let (index_bytes, meta) = rest.split_at(index_len);
    if crc32fast::hash(meta) != u32::from_le_bytes(*crc) {
        return None;
    }
    let index = Index::from_bytes(index_bytes).ok()?;
    let mut cursor = Cursor(meta);
    let count = cursor.u32()? as usize;
    if count != index.doc_count() as usize {
        return None;
    }
    let mut docs = Vec::with_capacity(count);
    for _ in 0..count {
        let id = cursor.str()?;
        let category = *Category::ALL.get(usize::from(cursor.u8()?))?;
        let status = *ServiceStatus::ALL.get(usize::from(cursor.u8()?))?;
        let free = match cursor.u8()? {
            0 => None,
            1 => Some(true),
            2 => Some(false),
            _ => return None,
        };
        let languages = (0..cursor.u8()?)
            .map(|_| cursor.str())
            .collect::<Option<Vec<_>>>()?;
        let opening_hours = Some(cursor.str()?).filter(|h| !h.is_empty());
        let mut name = LocalizedText::new();
        for _ in 0..cursor.u8()? {
            let locale = *Locale::ALL.get(usize::from(cursor.u8()?))?;
            name.insert(locale, cursor.str()?);
        }
        docs.push(DocMeta {
            id,
            category,
            status,
            free,
            languages,
            opening_hours,
            hours: OnceLock::new(),
            name,
        });
    }
    cursor.0.is_empty().then_some(CityIndex {
        version,
        index,
        docs,
    })
}

/// The city's data version: bumped with every write of its rows.
pub(crate) fn data_version(conn: &Connection, city: CityId) -> Result<i64, CatalogError> {
    Ok(conn
        .prepare_cached("SELECT version FROM city_data WHERE city = ?1")?
        .query_row([city.as_str()], |row| row.get(0))
        .optional()?
        .unwrap_or(0))
}

/// Bumps `city`'s data version (inside the writer's transaction) and saves
/// its index built from `services`.
pub(crate) fn write(
    conn: &Connection,
    city: CityId,
    services: &[Service],
    terms: &CategoryTerms,
) -> Result<(), CatalogError> {
    let version: i64 = conn.query_row(
        "INSERT INTO city_data (city, version) VALUES (?1, 1)
         ON CONFLICT (city) DO UPDATE SET version = version + 1 RETURNING version",
        [city.as_str()],
        |row| row.get(0),
    )?;
    save(conn, city, &build(services, terms, version), terms)
}

fn save(
    conn: &Connection,
    city: CityId,
    index: &CityIndex,
    terms: &CategoryTerms,
) -> Result<(), CatalogError> {
    conn.prepare_cached(
        "INSERT INTO search_index (city, built_from, terms, bytes) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (city) DO UPDATE SET built_from = excluded.built_from, terms = excluded.terms,
             bytes = excluded.bytes",
    )?
    .execute(params![
        city.as_str(),
        index.version,
        i64::from(terms.fingerprint()),
        encode(index)
    ])?;
    Ok(())
}

/// The saved index of `city` at data version `version`, when it is usable.
pub(crate) fn load_saved(
    conn: &Connection,
    city: CityId,
    version: i64,
    terms: &CategoryTerms,
) -> Result<Option<CityIndex>, CatalogError> {
    let saved: Option<(i64, i64, Vec<u8>)> = conn
        .prepare_cached("SELECT built_from, terms, bytes FROM search_index WHERE city = ?1")?
        .query_row([city.as_str()], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?))
        })
        .optional()?;
    Ok(saved.and_then(|(built_from, fingerprint, bytes)| {
        (built_from == version && fingerprint == i64::from(terms.fingerprint()))
            .then(|| decode(&bytes, version))
            .flatten()
    }))
}

/// Saves an index rebuilt while reading, unless the city's rows changed
/// meanwhile. A catalog that cannot be written keeps the index in memory.
pub(crate) fn save_rebuilt(
    conn: &Connection,
    city: CityId,
    index: &CityIndex,
    terms: &CategoryTerms,
) {
    // One statement: the check and the write cannot be split by a writer.
    let saved = conn.execute(
        "INSERT INTO search_index (city, built_from, terms, bytes)
         SELECT ?1, ?2, ?3, ?4 WHERE ifnull((SELECT version FROM city_data WHERE city = ?1), 0) = ?2
         ON CONFLICT (city) DO UPDATE SET built_from = excluded.built_from, terms = excluded.terms,
             bytes = excluded.bytes",
        params![
            city.as_str(),
            index.version,
            i64::from(terms.fingerprint()),
            encode(index)
        ],
    );
    // A read-only catalog keeps the rebuilt index in memory only.
    drop(saved);
}
