//! Rows in, rows out: the mapping between [`Service`]/[`Guide`] and tables.

use chrono::{DateTime, NaiveDate, Utc};
use std::collections::HashMap;

use rusqlite::{Connection, Row, ToSql, Transaction, TransactionBehavior, params};
use serde::Serialize;
use serde::de::DeserializeOwned;
use witaj_model::{
    Address, Appointment, Category, CityId, Guide, LocalizedText, Location, Notice, Organization,
    Phone, Service, ServiceStatus,
};

use crate::{Catalog, CatalogError, CategoryTerms};

/// One write transaction. Dropping it without [`commit`](Writer::commit)
/// rolls everything back.
#[derive(Debug)]
pub struct Writer<'c> {
    tx: Transaction<'c>,
    terms: &'c CategoryTerms,
}

impl<'c> Writer<'c> {
    pub(crate) fn begin(
        conn: &'c mut Connection,
        terms: &'c CategoryTerms,
    ) -> Result<Self, CatalogError> {
        Ok(Self {
            tx: conn.transaction_with_behavior(TransactionBehavior::Immediate)?,
            terms,
        })
    }

    /// Replaces everything the catalog holds for `city` with `services`,
    /// and saves the city's search index built from them, in the same
    /// transaction: rows and index never disagree.
    pub fn replace_city(&self, city: CityId, services: &[Service]) -> Result<(), CatalogError> {
        let tx = &self.tx;
        tx.execute("DELETE FROM service WHERE city = ?1", [city.as_str()])?;
        tx.execute("DELETE FROM location WHERE city = ?1", [city.as_str()])?;
        tx.execute("DELETE FROM organization WHERE city = ?1", [city.as_str()])?;
        for service in services {
            insert_service(tx, service)?;
        }
        crate::index::write(tx, city, services, self.terms)
    }

    /// Replaces the national guides (those of no city); guides of a city in
    /// `guides` are left out.
    pub fn replace_guides(&self, guides: &[Guide]) -> Result<(), CatalogError> {
        let national: Vec<&Guide> = guides.iter().filter(|g| g.city.is_none()).collect();
        self.insert_guides(None, &national)
    }

    /// Replaces `city`'s own guides with those in `guides` that are its.
    pub fn replace_city_guides(&self, city: CityId, guides: &[Guide]) -> Result<(), CatalogError> {
        let own: Vec<&Guide> = guides.iter().filter(|g| g.city == Some(city)).collect();
        self.insert_guides(Some(city), &own)
    }

    fn insert_guides(&self, city: Option<CityId>, guides: &[&Guide]) -> Result<(), CatalogError> {
        let city = city.map(CityId::as_str);
        self.tx
            .execute("DELETE FROM guide WHERE city IS ?1", [city])?;
        let mut insert = self.tx.prepare(
            "INSERT INTO guide (id, categories, title, summary, steps, checklist, source_url, last_verified, machine_translated, city)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )?;
        for guide in guides {
            insert.execute(params![
                guide.id,
                json(&guide.categories),
                json(&guide.title),
                json(&guide.summary),
                json(&guide.steps),
                json(&guide.checklist),
                guide.source_url,
                guide.last_verified.to_string(),
                json(&guide.machine_translated),
                city,
            ])?;
        }
        Ok(())
    }

    /// Replaces the notices of `city` (or the national ones, for `None`)
    /// with those in `notices` that are for it.
    pub fn replace_notices(
        &self,
        city: Option<CityId>,
        notices: &[Notice],
    ) -> Result<(), CatalogError> {
        let city_id = city.map(CityId::as_str);
        self.tx
            .execute("DELETE FROM notice WHERE city IS ?1", [city_id])?;
        let mut insert = self.tx.prepare_cached(
            "INSERT INTO notice (id, city, valid_from, valid_until, severity, link, title, body,
                                 source_url, last_verified, machine_translated)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        )?;
        for notice in notices.iter().filter(|n| n.city == city) {
            insert.execute(params![
                notice.id,
                city_id,
                notice.valid_from.to_string(),
                notice.valid_until.to_string(),
                notice.severity.as_str(),
                notice.link,
                json(&notice.title),
                json(&notice.body),
                notice.source_url,
                notice.last_verified.to_string(),
                json(&notice.machine_translated),
            ])?;
        }
        Ok(())
    }

    /// Records the feed `state.city`'s data now comes from.
    pub fn set_feed_state(&self, state: &FeedState) -> Result<(), CatalogError> {
        self.tx.execute(
            "INSERT INTO city_feed (city, version, issued, expires, applied_at, manifest_sha256, source, key_id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
             ON CONFLICT (city) DO UPDATE SET version = excluded.version, issued = excluded.issued,
                 expires = excluded.expires, applied_at = excluded.applied_at, manifest_sha256 = excluded.manifest_sha256,
                 source = excluded.source, key_id = excluded.key_id",
            params![
                state.city.as_str(),
                state.version,
                state.issued.to_rfc3339(),
                state.expires.to_rfc3339(),
                state.applied_at.to_rfc3339(),
                state.manifest_sha256,
                state.source,
                state.key_id,
            ],
        )?;
        Ok(())
    }

    /// Forgets that `city`'s data came from a feed; its bundled data is
    /// written next (when the key that signed the feed is no longer trusted).
    pub fn clear_feed_state(&self, city: CityId) -> Result<(), CatalogError> {
        self.tx
            .execute("DELETE FROM city_feed WHERE city = ?1", [city.as_str()])?;
        Ok(())
    }

    /// The feed version `city`'s data is at, read inside this transaction so
    /// a concurrent apply cannot slip in between check and write.
    pub fn feed_version(&self, city: CityId) -> Result<Option<i64>, CatalogError> {
        let mut statement = self
            .tx
            .prepare_cached("SELECT version FROM city_feed WHERE city = ?1")?;
        let mut rows = statement.query([city.as_str()])?;
        Ok(match rows.next()? {
            Some(row) => Some(row.get(0)?),
            None => None,
        })
    }

    /// Writes compiled content: the services, guides and notices of
    /// `cities`, the national guides and notices, and the data's
    /// [`Catalog::content_version`].
    pub fn write_content(
        &self,
        cities: &[CityId],
        services: &[Service],
        guides: &[Guide],
        notices: &[Notice],
    ) -> Result<(), CatalogError> {
        for &city in cities {
            let of_city: Vec<Service> = services
                .iter()
                .filter(|s| s.city == city)
                .cloned()
                .collect();
            self.replace_city(city, &of_city)?;
            self.replace_city_guides(city, guides)?;
            self.replace_notices(Some(city), notices)?;
        }
        self.replace_guides(guides)?;
        self.replace_notices(None, notices)?;
        let newest = services
            .iter()
            .map(|s| s.last_verified)
            .chain(guides.iter().map(|g| g.last_verified))
            .max();
        if let Some(version) = newest.and_then(|day| day.and_hms_opt(0, 0, 0)) {
            let version = version.and_utc().timestamp().to_string();
            self.set_meta(CONTENT_VERSION_KEY, &version)?;
        }
        Ok(())
    }

    /// Records a catalog-wide fact (e.g. which bundled content was loaded).
    pub fn set_meta(&self, key: &str, value: &str) -> Result<(), CatalogError> {
        self.tx.execute(
            "INSERT INTO catalog_meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        Ok(())
    }

    /// Commits, and bumps the generation so searchers rebuild their index.
    pub fn commit(self) -> Result<(), CatalogError> {
        self.tx.execute(
            "UPDATE catalog_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'",
            [],
        )?;
        self.tx.commit()?;
        Ok(())
    }
}

const CONTENT_VERSION_KEY: &str = "content_version";

/// A notice's columns: id, city, [from, until, severity], link,
/// [title, body, source, verified, machine].
type NoticeRow = (
    String,
    Option<String>,
    [String; 3],
    Option<String>,
    [String; 5],
);

/// Drops national guides that `city` publishes its own version of. `guides`
/// is ordered by id with the national one (city NULL) first.
fn shadow_national(mut guides: Vec<Guide>, city: Option<CityId>) -> Vec<Guide> {
    if city.is_some() {
        guides.dedup_by(|later, earlier| {
            if later.id == earlier.id {
                std::mem::swap(later, earlier);
                true
            } else {
                false
            }
        });
    }
    guides
}

fn json<T: Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).expect("catalog values always serialize")
}

/// An organization's row id: its Polish name, readable, and a checksum of
/// everything stored about it, so two organizations that share a Polish
/// name but not a website or a translation get rows of their own.
fn organization_id(service: &Service) -> String {
    let organization = &service.organization;
    let slug: Vec<String> =
        witaj_text::keys(organization.name.get(witaj_model::Locale::Pl)).collect();
    let mut stored = crc32fast::Hasher::new();
    stored.update(json(&organization.name).as_bytes());
    stored.update(&[0]);
    stored.update(
        organization
            .website
            .as_deref()
            .unwrap_or_default()
            .as_bytes(),
    );
    format!(
        "{}:{}:{:08x}",
        service.city,
        slug.join("-"),
        stored.finalize()
    )
}

fn insert_service(tx: &Transaction<'_>, service: &Service) -> Result<(), CatalogError> {
    let organization_id = organization_id(service);
    tx.execute(
        "INSERT INTO organization (id, city, name, website) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (id) DO NOTHING",
        params![
            organization_id,
            service.city.as_str(),
            json(&service.organization.name),
            service.organization.website
        ],
    )?;
    tx.execute(
        "INSERT INTO service (id, city, organization_id, category, status, name, description, application_process,
                              fees_description, keywords, url, email, free, source_url, last_verified, machine_translated,
                              verification, appointment, booking_url, allow_http)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)",
        params![
            service.id,
            service.city.as_str(),
            organization_id,
            service.category.as_str(),
            service.status.as_str(),
            json(&service.name),
            json(&service.description),
            json(&service.application_process),
            json(&service.fees),
            json(&service.keywords),
            service.website,
            service.email,
            service.free,
            service.source_url,
            service.last_verified.to_string(),
            json(&service.machine_translated),
            service.verification.as_str(),
            service.appointment.map(Appointment::as_str),
            service.booking_url,
            service.allow_http,
        ],
    )?;
    if let Some(location) = &service.location {
        tx.execute(
            "INSERT INTO location (id, city, latitude, longitude, accessibility) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![service.id, service.city.as_str(), location.latitude, location.longitude, json(&location.accessibility)],
        )?;
        let address = &location.address;
        tx.execute(
            "INSERT INTO address (location_id, address_1, city, postal_code, country) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![service.id, address.address_1, address.city, address.postal_code, address.country],
        )?;
        tx.execute(
            "INSERT INTO service_at_location (service_id, location_id) VALUES (?1, ?1)",
            [&service.id],
        )?;
    }
    for (position, phone) in service.phones.iter().enumerate() {
        tx.execute(
            "INSERT INTO phone (service_id, position, number, description, languages) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![service.id, position, phone.number, json(&phone.description), json(&phone.languages)],
        )?;
    }
    if let Some(hours) = &service.opening_hours {
        tx.execute(
            "INSERT INTO schedule (service_id, opening_hours) VALUES (?1, ?2)",
            params![service.id, hours],
        )?;
    }
    for code in &service.languages {
        tx.execute(
            "INSERT OR IGNORE INTO language (service_id, code) VALUES (?1, ?2)",
            params![service.id, code],
        )?;
    }
    for (position, document) in service.documents.iter().enumerate() {
        tx.execute(
            "INSERT INTO required_document (service_id, position, document) VALUES (?1, ?2, ?3)",
            params![service.id, position, json(document)],
        )?;
    }
    Ok(())
}

/// Decodes a JSON column, naming the row when it is not what we wrote.
fn decode<T: DeserializeOwned>(
    what: &'static str,
    row_id: &str,
    text: &str,
) -> Result<T, CatalogError> {
    serde_json::from_str(text).map_err(|error| CatalogError::Corrupt {
        what,
        row: row_id.to_owned(),
        detail: error.to_string(),
    })
}

fn parse_field<T: std::str::FromStr>(
    what: &'static str,
    row_id: &str,
    text: &str,
) -> Result<T, CatalogError>
where
    T::Err: std::fmt::Display,
{
    text.parse().map_err(|error: T::Err| CatalogError::Corrupt {
        what,
        row: row_id.to_owned(),
        detail: error.to_string(),
    })
}

const SERVICE_COLUMNS: &str = "s.id, s.city, s.category, s.status, s.name, s.description, s.application_process,
    s.fees_description, s.keywords, s.url, s.email, s.free, s.source_url, s.last_verified, s.machine_translated,
    o.name, o.website, sc.opening_hours, l.latitude, l.longitude, l.accessibility, a.address_1, a.city,
    a.postal_code, a.country, s.verification, s.appointment, s.booking_url, s.allow_http";

const SERVICE_FROM: &str = "FROM service s
    JOIN organization o ON o.id = s.organization_id
    LEFT JOIN schedule sc ON sc.service_id = s.id
    LEFT JOIN service_at_location sal ON sal.service_id = s.id
    LEFT JOIN location l ON l.id = sal.location_id
    LEFT JOIN address a ON a.location_id = l.id";

/// The columns of `service` itself, read in one go.
struct ServiceRow {
    id: String,
    city: String,
    category: String,
    status: String,
    texts: [String; 5],
    website: Option<String>,
    email: Option<String>,
    free: Option<bool>,
    source_url: String,
    last_verified: String,
    machine_translated: String,
    organization_name: String,
    organization_website: Option<String>,
    opening_hours: Option<String>,
    latitude: Option<f64>,
    longitude: Option<f64>,
    accessibility: Option<String>,
    address: Option<(String, String, Option<String>, String)>,
    verification: String,
    appointment: Option<String>,
    booking_url: Option<String>,
    allow_http: bool,
}

impl ServiceRow {
    fn read(row: &Row<'_>) -> rusqlite::Result<Self> {
        let address_1: Option<String> = row.get(21)?;
        Ok(Self {
            id: row.get(0)?,
            city: row.get(1)?,
            category: row.get(2)?,
            status: row.get(3)?,
            texts: [
                row.get(4)?,
                row.get(5)?,
                row.get(6)?,
                row.get(7)?,
                row.get(8)?,
            ],
            website: row.get(9)?,
            email: row.get(10)?,
            free: row.get(11)?,
            source_url: row.get(12)?,
            last_verified: row.get(13)?,
            machine_translated: row.get(14)?,
            organization_name: row.get(15)?,
            organization_website: row.get(16)?,
            opening_hours: row.get(17)?,
            latitude: row.get(18)?,
            longitude: row.get(19)?,
            accessibility: row.get(20)?,
            address: match address_1 {
                Some(line) => Some((line, row.get(22)?, row.get(23)?, row.get(24)?)),
                None => None,
            },
            verification: row.get(25)?,
            appointment: row.get(26)?,
            booking_url: row.get(27)?,
            allow_http: row.get(28)?,
        })
    }

    fn into_service(self, children: &mut Children) -> Result<Service, CatalogError> {
        let id = self.id.as_str();
        let [name, description, application_process, fees, keywords] = &self.texts;
        let location = match self.address {
            Some((address_1, city, postal_code, country)) => Some(Location {
                address: Address {
                    address_1,
                    postal_code,
                    city,
                    country,
                },
                latitude: self.latitude,
                longitude: self.longitude,
                accessibility: decode(
                    "accessibility",
                    id,
                    self.accessibility.as_deref().unwrap_or("{}"),
                )?,
            }),
            None => None,
        };
        Ok(Service {
            city: parse_field("city", id, &self.city)?,
            category: parse_field("category", id, &self.category)?,
            status: parse_field::<ServiceStatus>("status", id, &self.status)?,
            organization: Organization {
                name: decode("organization name", id, &self.organization_name)?,
                website: self.organization_website,
            },
            name: decode("name", id, name)?,
            description: decode("description", id, description)?,
            application_process: decode("application process", id, application_process)?,
            fees: decode("fees", id, fees)?,
            keywords: decode("keywords", id, keywords)?,
            website: self.website,
            email: self.email,
            free: self.free,
            opening_hours: self.opening_hours,
            languages: children.languages.remove(id).unwrap_or_default(),
            location,
            phones: children.phones.remove(id).unwrap_or_default(),
            documents: children.documents.remove(id).unwrap_or_default(),
            source_url: self.source_url,
            last_verified: parse_field::<NaiveDate>("last_verified", id, &self.last_verified)?,
            machine_translated: decode("machine_translated", id, &self.machine_translated)?,
            verification: parse_field("verification", id, &self.verification)?,
            appointment: self
                .appointment
                .as_deref()
                .map(|a| parse_field("appointment", id, a))
                .transpose()?,
            booking_url: self.booking_url,
            allow_http: self.allow_http,
            id: self.id,
        })
    }
}

/// The rows of the child tables (HSDS `language`, `phone`,
/// `required_document`) for a set of services, read in one query each.
#[derive(Default)]
struct Children {
    languages: HashMap<String, Vec<String>>,
    phones: HashMap<String, Vec<Phone>>,
    documents: HashMap<String, Vec<LocalizedText>>,
}

impl Children {
    /// `condition` selects services through the alias `s`, as in the main query.
    fn load(conn: &Connection, condition: &str, param: &dyn ToSql) -> Result<Self, CatalogError> {
        let mut children = Children::default();
        let sql = format!(
            "SELECT c.service_id, c.code FROM language c JOIN service s ON s.id = c.service_id
             WHERE {condition} ORDER BY c.service_id, c.rowid"
        );
        let mut statement = conn.prepare_cached(&sql)?;
        let mut rows = statement.query([param])?;
        while let Some(row) = rows.next()? {
            children
                .languages
                .entry(row.get(0)?)
                .or_default()
                .push(row.get(1)?);
        }
        let sql = format!(
            "SELECT c.service_id, c.number, c.description, c.languages FROM phone c JOIN service s ON s.id = c.service_id
             WHERE {condition} ORDER BY c.service_id, c.position"
        );
        let mut statement = conn.prepare_cached(&sql)?;
        let mut rows = statement.query([param])?;
        while let Some(row) = rows.next()? {
            let id: String = row.get(0)?;
            let phone = Phone {
                number: row.get(1)?,
                description: decode("phone description", &id, &row.get::<_, String>(2)?)?,
                languages: decode("phone languages", &id, &row.get::<_, String>(3)?)?,
            };
            children.phones.entry(id).or_default().push(phone);
        }
        let sql = format!(
            "SELECT c.service_id, c.document FROM required_document c JOIN service s ON s.id = c.service_id
             WHERE {condition} ORDER BY c.service_id, c.position"
        );
        let mut statement = conn.prepare_cached(&sql)?;
        let mut rows = statement.query([param])?;
        while let Some(row) = rows.next()? {
            let id: String = row.get(0)?;
            let document = decode("required document", &id, &row.get::<_, String>(1)?)?;
            children.documents.entry(id).or_default().push(document);
        }
        Ok(children)
    }
}

/// Which signed feed a city's data came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FeedState {
    pub city: CityId,
    pub version: i64,
    pub issued: DateTime<Utc>,
    pub expires: DateTime<Utc>,
    pub applied_at: DateTime<Utc>,
    pub manifest_sha256: String,
    /// Where the feed came from: its URL, or `folder` for an import (a
    /// folder's path would name the reader and their USB stick).
    pub source: String,
    /// The id of the pinned key that signed the feed.
    pub key_id: String,
}

/// How many services a city has.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct CitySummary {
    pub city: CityId,
    pub services: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct CategoryCount {
    pub category: Category,
    pub services: u32,
}

impl Catalog {
    /// Services matching `condition` (over the alias `s`), in id order,
    /// in four queries however many there are.
    fn load(&self, condition: &str, param: &dyn ToSql) -> Result<Vec<Service>, CatalogError> {
        let sql =
            format!("SELECT {SERVICE_COLUMNS} {SERVICE_FROM} WHERE {condition} ORDER BY s.id");
        let rows: Vec<ServiceRow> = self
            .conn
            .prepare_cached(&sql)?
            .query_map([param], ServiceRow::read)?
            .collect::<Result<_, _>>()?;
        let mut children = Children::load(&self.conn, condition, param)?;
        rows.into_iter()
            .map(|row| row.into_service(&mut children))
            .collect()
    }

    pub fn service(&self, id: &str) -> Result<Option<Service>, CatalogError> {
        Ok(self.load("s.id = ?1", &id)?.pop())
    }

    /// Every service, or those of one city, in id order.
    pub fn services(&self, city: Option<CityId>) -> Result<Vec<Service>, CatalogError> {
        self.load("(?1 IS NULL OR s.city = ?1)", &city.map(CityId::as_str))
    }

    /// The services with these ids, in the order given; unknown ids are skipped.
    pub fn services_by_id(&self, ids: &[&str]) -> Result<Vec<Service>, CatalogError> {
        let list = serde_json::to_string(ids).expect("a list of strings serializes");
        let mut services = self.load("s.id IN (SELECT value FROM json_each(?1))", &list)?;
        let position: HashMap<&str, usize> =
            ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
        services.sort_by_key(|service| {
            position
                .get(service.id.as_str())
                .copied()
                .unwrap_or(usize::MAX)
        });
        Ok(services)
    }

    /// All twelve cities with their service counts (zero where no content yet).
    pub fn cities(&self) -> Result<Vec<CitySummary>, CatalogError> {
        let mut statement = self
            .conn
            .prepare_cached("SELECT COUNT(*) FROM service WHERE city = ?1")?;
        CityId::ALL
            .into_iter()
            .map(|city| {
                Ok(CitySummary {
                    city,
                    services: statement.query_row([city.as_str()], |row| row.get(0))?,
                })
            })
            .collect()
    }

    pub fn category_counts(
        &self,
        city: Option<CityId>,
    ) -> Result<Vec<CategoryCount>, CatalogError> {
        let mut statement = self.conn.prepare_cached(
            "SELECT COUNT(*) FROM service WHERE category = ?1 AND (?2 IS NULL OR city = ?2)",
        )?;
        Category::ALL
            .iter()
            .map(|&category| {
                let services = statement.query_row(
                    params![category.as_str(), city.map(CityId::as_str)],
                    |row| row.get(0),
                )?;
                Ok(CategoryCount { category, services })
            })
            .collect()
    }

    /// The guides a reader in `city` sees: the national ones and the city's
    /// own (a city's guide replaces a national one with the same id). With
    /// no city, every guide.
    pub fn guides(&self, city: Option<CityId>) -> Result<Vec<Guide>, CatalogError> {
        self.load_guides(
            "WHERE ?1 IS NULL OR city IS NULL OR city = ?1",
            city.map(CityId::as_str),
        )
        .map(|guides| shadow_national(guides, city))
    }

    fn load_guides(
        &self,
        condition: &str,
        param: Option<&str>,
    ) -> Result<Vec<Guide>, CatalogError> {
        let sql = format!(
            "SELECT id, city, categories, title, summary, steps, checklist, source_url, last_verified, machine_translated
             FROM guide {condition} ORDER BY id, city"
        );
        let mut statement = self.conn.prepare_cached(&sql)?;
        let rows: Vec<(String, Option<String>, [String; 8])> = statement
            .query_map([param], |row| {
                Ok((
                    row.get(0)?,
                    row.get(1)?,
                    [
                        row.get(2)?,
                        row.get(3)?,
                        row.get(4)?,
                        row.get(5)?,
                        row.get(6)?,
                        row.get(7)?,
                        row.get(8)?,
                        row.get(9)?,
                    ],
                ))
            })?
            .collect::<Result<_, _>>()?;
        rows.into_iter()
            .map(
                |(
                    id,
                    city,
                    [
                        categories,
                        title,
                        summary,
                        steps,
                        checklist,
                        source_url,
                        last_verified,
                        machine,
                    ],
                )| {
                    Ok(Guide {
                        city: city
                            .map(|c| parse_field("guide city", &id, &c))
                            .transpose()?,
                        categories: decode("guide categories", &id, &categories)?,
                        title: decode("guide title", &id, &title)?,
                        summary: decode("guide summary", &id, &summary)?,
                        steps: decode("guide steps", &id, &steps)?,
                        checklist: decode("guide checklist", &id, &checklist)?,
                        source_url,
                        last_verified: parse_field("guide last_verified", &id, &last_verified)?,
                        machine_translated: decode("guide machine_translated", &id, &machine)?,
                        id,
                    })
                },
            )
            .collect()
    }

    /// The notices in force on `day` (a Warsaw date) for a reader in
    /// `city`: the national ones and the city's own; with no city, all.
    /// Urgent first, then by start date, newest first.
    pub fn notices(
        &self,
        city: Option<CityId>,
        day: NaiveDate,
    ) -> Result<Vec<Notice>, CatalogError> {
        let mut statement = self.conn.prepare_cached(
            "SELECT id, city, valid_from, valid_until, severity, link, title, body, source_url,
                    last_verified, machine_translated
             FROM notice
             WHERE (?1 IS NULL OR city IS NULL OR city = ?1) AND valid_from <= ?2 AND ?2 <= valid_until",
        )?;
        let rows: Vec<NoticeRow> = statement
            .query_map(params![city.map(CityId::as_str), day.to_string()], |row| {
                Ok((
                    row.get(0)?,
                    row.get(1)?,
                    [row.get(2)?, row.get(3)?, row.get(4)?],
                    row.get(5)?,
                    [
                        row.get(6)?,
                        row.get(7)?,
                        row.get(8)?,
                        row.get(9)?,
                        row.get(10)?,
                    ],
                ))
            })?
            .collect::<Result<_, _>>()?;
        let mut notices = rows
            .into_iter()
            .map(
                |(
                    id,
                    city,
                    [from, until, severity],
                    link,
                    [title, body, source_url, verified, machine],
                )| {
                    Ok(Notice {
                        city: city
                            .map(|c| parse_field("notice city", &id, &c))
                            .transpose()?,
                        valid_from: parse_field("notice valid_from", &id, &from)?,
                        valid_until: parse_field("notice valid_until", &id, &until)?,
                        severity: parse_field("notice severity", &id, &severity)?,
                        link,
                        title: decode("notice title", &id, &title)?,
                        body: decode("notice body", &id, &body)?,
                        source_url,
                        last_verified: parse_field("notice last_verified", &id, &verified)?,
                        machine_translated: decode("notice machine_translated", &id, &machine)?,
                        id,
                    })
                },
            )
            .collect::<Result<Vec<Notice>, CatalogError>>()?;
        notices.sort_by(|a, b| {
            (a.severity, std::cmp::Reverse(a.valid_from), &a.id).cmp(&(
                b.severity,
                std::cmp::Reverse(b.valid_from),
                &b.id,
            ))
        });
        Ok(notices)
    }

    /// The feed each city last applied, if any.
    pub fn feed_state(&self, city: CityId) -> Result<Option<FeedState>, CatalogError> {
        let mut statement = self.conn.prepare_cached(
            "SELECT version, issued, expires, applied_at, manifest_sha256, source, key_id FROM city_feed WHERE city = ?1",
        )?;
        let mut rows = statement.query([city.as_str()])?;
        let Some(row) = rows.next()? else {
            return Ok(None);
        };
        let time = |index: usize| -> Result<DateTime<Utc>, CatalogError> {
            let text: String = row.get(index)?;
            DateTime::parse_from_rfc3339(&text)
                .map(|t| t.with_timezone(&Utc))
                .map_err(|e| CatalogError::Corrupt {
                    what: "feed time",
                    row: city.to_string(),
                    detail: e.to_string(),
                })
        };
        Ok(Some(FeedState {
            city,
            version: row.get(0)?,
            issued: time(1)?,
            expires: time(2)?,
            applied_at: time(3)?,
            manifest_sha256: row.get(4)?,
            source: row.get(5)?,
            key_id: row.get(6)?,
        }))
    }

    /// When the most recently checked service of `city` was last verified.
    pub fn newest_verification(&self, city: CityId) -> Result<Option<NaiveDate>, CatalogError> {
        let newest: Option<String> = self
            .conn
            .prepare_cached("SELECT MAX(last_verified) FROM service WHERE city = ?1")?
            .query_row([city.as_str()], |row| row.get(0))?;
        newest
            .map(|d| parse_field("last_verified", city.as_str(), &d))
            .transpose()
    }

    /// The guides a city published itself.
    pub fn city_guides(&self, city: CityId) -> Result<Vec<Guide>, CatalogError> {
        self.load_guides("WHERE city = ?1", Some(city.as_str()))
    }

    pub fn meta(&self, key: &str) -> Result<Option<String>, CatalogError> {
        let mut statement = self
            .conn
            .prepare_cached("SELECT value FROM catalog_meta WHERE key = ?1")?;
        let mut rows = statement.query([key])?;
        Ok(match rows.next()? {
            Some(row) => Some(row.get(0)?),
            None => None,
        })
    }

    /// The version of the bundled data this catalog was written from: the
    /// newest `last_verified` among it, as Unix seconds. A city's first feed
    /// must be newer, and a device clock is never judged earlier than it.
    pub fn content_version(&self) -> Result<Option<i64>, CatalogError> {
        self.meta(CONTENT_VERSION_KEY)?
            .map(|v| parse_field("content version", CONTENT_VERSION_KEY, &v))
            .transpose()
    }

    /// Replaces the services and guides of `cities` and the national guides
    /// in one transaction, and records the data's [`content_version`].
    ///
    /// [`content_version`]: Catalog::content_version
    pub fn replace_cities(
        &mut self,
        cities: &[CityId],
        services: &[Service],
        guides: &[Guide],
        meta: &[(&str, &str)],
    ) -> Result<(), CatalogError> {
        let writer = self.writer()?;
        writer.write_content(cities, services, guides, &[])?;
        for (key, value) in meta {
            writer.set_meta(key, value)?;
        }
        writer.commit()
    }

    /// Guide `id` as a reader in `city` sees it.
    pub fn guide(&self, id: &str, city: Option<CityId>) -> Result<Option<Guide>, CatalogError> {
        Ok(self.guides(city)?.into_iter().find(|guide| guide.id == id))
    }

    /// Increases with every committed change; searchers compare it with the
    /// generation their index was built from.
    pub(crate) fn generation(conn: &Connection) -> Result<i64, CatalogError> {
        Ok(conn.query_row(
            "SELECT CAST(value AS INTEGER) FROM catalog_meta WHERE key = 'generation'",
            [],
            |row| row.get(0),
        )?)
    }
}
