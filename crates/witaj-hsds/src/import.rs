//! HSDS services as Witaj services, with a diagnostic for everything Witaj
//! needs that the input does not give and everything it gives that Witaj
//! does not keep.

use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};

use serde_json::Value;
use witaj_content::{Diagnostic, Severity};
use witaj_model::{
    Address, Appointment, Category, CityId, Locale, LocalizedText, Location, Organization, Phone,
    Service, Verification, is_valid_id,
};

use crate::hsds;
use crate::json;
use crate::schedule;
use crate::tabular;
use crate::vocabulary::{self as v, Carried};
use crate::{HsdsError, ImportedService, Needed};

/// What an import read: the services, in input order, and what staff
/// should know about them.
#[derive(Debug)]
pub struct Import {
    pub services: Vec<ImportedService>,
    /// `file:line` of each service in the input; errors name what the
    /// written file lacks until staff fill it in, warnings what was left out
    /// or changed.
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads `input` — an HSDS JSON file, a tabular package folder or its
/// `datapackage.json` — as services of `city` whose HSDS text is in
/// `locale`. Malformed input is an error naming the file, line and field;
/// valid HSDS that lacks what Witaj needs still imports, with diagnostics.
pub fn import(input: &Path, city: CityId, locale: Locale) -> Result<Import, HsdsError> {
    let is_package = input.is_dir()
        || input
            .file_name()
            .is_some_and(|name| name == "datapackage.json");
    if !is_package {
        let text = std::fs::read_to_string(input).map_err(|source| HsdsError::Read {
            path: input.to_owned(),
            source,
        })?;
        return import_json(&text, input, city, locale);
    }
    let entries = tabular::read_tabular(&tabular::package_folder(input))?
        .into_iter()
        .map(|service| {
            let parsed = serde_path_to_error::deserialize(&service.value).map_err(|error| {
                HsdsError::Shape {
                    path: service.file.clone(),
                    line: service.line,
                    field: match error.path().to_string().as_str() {
                        "." => "service".to_owned(),
                        path => path.to_owned(),
                    },
                    message: error.inner().to_string(),
                }
            })?;
            Ok(Entry {
                file: service.file,
                line: service.line,
                service: parsed,
                value: service.value,
            })
        })
        .collect::<Result<_, HsdsError>>()?;
    Ok(convert(entries, city, locale))
}

/// Reads HSDS JSON `text` (as if from the file `file`).
pub fn import_json(
    text: &str,
    file: &Path,
    city: CityId,
    locale: Locale,
) -> Result<Import, HsdsError> {
    Ok(convert(json::read(file, text)?, city, locale))
}

/// A service read from the input: where it starts, the HSDS object, and
/// everything the input held for it (to report what is not kept).
#[derive(Debug)]
pub(crate) struct Entry {
    pub(crate) file: PathBuf,
    pub(crate) line: usize,
    pub(crate) service: hsds::Service,
    pub(crate) value: Value,
}

fn convert(entries: Vec<Entry>, city: CityId, locale: Locale) -> Import {
    let mut diagnostics = Vec::new();
    let mut ids = HashSet::new();
    let services = entries
        .into_iter()
        .map(|entry| {
            let mut report = Report {
                file: &entry.file,
                line: entry.line,
                diagnostics: &mut diagnostics,
            };
            Converter {
                city,
                locale,
                report: &mut report,
            }
            .service(&entry.service, &entry.value, &mut ids)
        })
        .collect();
    Import {
        services,
        diagnostics,
    }
}

/// Diagnostics about one input service.
struct Report<'a> {
    file: &'a Path,
    line: usize,
    diagnostics: &'a mut Vec<Diagnostic>,
}

impl Report<'_> {
    fn add(&mut self, severity: Severity, field: &str, message: String) {
        self.diagnostics.push(Diagnostic {
            file: self.file.to_owned(),
            line: self.line,
            field: field.to_owned(),
            message,
            severity,
        });
    }

    fn error(&mut self, field: &str, message: impl Into<String>) {
        self.add(Severity::Error, field, message.into());
    }

    fn warning(&mut self, field: &str, message: impl Into<String>) {
        self.add(Severity::Warning, field, message.into());
    }
}

struct Converter<'r, 'a> {
    city: CityId,
    locale: Locale,
    report: &'r mut Report<'a>,
}

/// Locales a service's names and description must have (as lint wants).
const REQUIRED_LOCALES: [Locale; 3] = [Locale::Pl, Locale::En, Locale::Uk];

/// Phone types a person can call.
const CALLABLE: [&str; 3] = ["voice", "cell", "textphone"];

impl Converter<'_, '_> {
    fn service(
        &mut self,
        hsds: &hsds::Service,
        value: &Value,
        ids: &mut HashSet<String>,
    ) -> ImportedService {
        let carried = Carried::read(&hsds.attributes);
        let from_witaj = carried.value(v::ID).is_some();
        let mut missing = Vec::new();
        let name = self.text(&carried, v::NAME, Some(&hsds.name));
        let id = self.id(carried.value(v::ID), &name, ids);
        let category = self.category(&carried, &hsds.attributes);
        if category.is_none() {
            missing.push(Needed::Category);
        }
        let source_url = carried.value(v::SOURCE_URL).map(str::to_owned);
        if source_url.is_none() {
            missing.push(Needed::SourceUrl);
            self.report.error(
                "source_url",
                "HSDS has no field for the page these details were checked against: set source_url to the institution's own page",
            );
        }
        if hsds.assured_date.is_none() {
            missing.push(Needed::LastVerified);
            self.report.error(
                "last_verified",
                "the service has no assured_date: set last_verified to the day its details were checked",
            );
        }
        let description = self.text(&carried, v::DESCRIPTION, hsds.description.as_deref());
        let organization = self.organization(hsds.organization.as_ref());
        for (field, text) in [
            ("name", &name),
            ("description", &description),
            ("organization.name", &organization.name),
        ] {
            self.required_locales(field, text);
        }
        let mut schedules_reported = false;
        let opening_hours = match carried.value(v::OPENING_HOURS) {
            Some(hours) => Some(hours.to_owned()),
            None => match schedule::opening_hours(&hsds.schedules) {
                Ok(None) => None,
                Ok(Some(hours)) => {
                    self.report.warning(
                        "opening_hours",
                        format!("`{hours}` was made from the HSDS schedules, which know no public holidays: add `; PH off` if the service closes on them"),
                    );
                    Some(hours)
                }
                Err(reason) => {
                    schedules_reported = true;
                    self.report.warning(
                        "opening_hours",
                        format!("{reason}: write opening_hours by hand (OpenStreetMap syntax)"),
                    );
                    None
                }
            },
        };
        // What the input lacks gets a stand-in value here; `missing` keeps it
        // from being read as a service and the file leaves it empty.
        let service = Service {
            id,
            city: self.city,
            category: category.unwrap_or(Category::Integration),
            status: hsds.status.into(),
            organization,
            name,
            description,
            application_process: self.text(
                &carried,
                v::APPLICATION_PROCESS,
                hsds.application_process.as_deref(),
            ),
            fees: self.text(&carried, v::FEES, hsds.fees_description.as_deref()),
            keywords: carried
                .translations(v::KEYWORDS)
                .into_iter()
                .map(|(locale, word)| (locale, word.to_owned()))
                .collect(),
            website: hsds.url.clone(),
            email: hsds.email.clone(),
            free: match carried.value(v::FREE) {
                Some(flag) => Some(flag == "true"),
                None => free_from_costs(&hsds.cost_options),
            },
            opening_hours,
            languages: hsds
                .languages
                .iter()
                .filter_map(|l| l.code.clone())
                .collect(),
            location: self.location(&hsds.service_at_locations),
            phones: self.phones(&hsds.phones),
            documents: hsds
                .required_documents
                .iter()
                .map(|document| {
                    self.text(
                        &Carried::read(&document.attributes),
                        v::DOCUMENTS,
                        document.document.as_deref(),
                    )
                })
                .filter(|text| !text.is_empty())
                .collect(),
            source_url: source_url.unwrap_or_default(),
            last_verified: hsds.assured_date.unwrap_or_default(),
            verification: self
                .one_of(&carried, v::VERIFICATION)
                .unwrap_or(Verification::Drafted),
            appointment: self.one_of::<Appointment>(&carried, v::APPOINTMENT),
            booking_url: carried.value(v::BOOKING_URL).map(str::to_owned),
            allow_http: carried.value(v::ALLOW_HTTP) == Some("true"),
            machine_translated: carried
                .all(v::MACHINE_TRANSLATED)
                .filter_map(|code| self.locale_code(v::MACHINE_TRANSLATED, code))
                .collect(),
        };
        let mut kept: BTreeSet<&str> = KEPT.iter().copied().collect();
        if from_witaj {
            kept.extend(DERIVED_BY_WITAJ);
        }
        if schedules_reported {
            kept.insert("schedules");
        }
        let left_out = not_kept(value, &kept);
        if !left_out.is_empty() {
            self.report.warning(
                "not kept",
                format!("Witaj has no field for {}", left_out.join(", ")),
            );
        }
        ImportedService { service, missing }
    }

    /// The text of `field`: its translations when Witaj carried them,
    /// otherwise the HSDS field's text as the import's locale.
    fn text(&self, carried: &Carried<'_>, field: &str, native: Option<&str>) -> LocalizedText {
        let translations = carried.translations(field);
        if translations.is_empty() {
            native
                .map(str::trim)
                .filter(|text| !text.is_empty())
                .map(|text| LocalizedText::new().with(self.locale, text))
                .unwrap_or_default()
        } else {
            translations
                .into_iter()
                .map(|(locale, text)| (locale, text.to_owned()))
                .collect()
        }
    }

    fn required_locales(&mut self, field: &str, text: &LocalizedText) {
        let lacking: Vec<&str> = REQUIRED_LOCALES
            .iter()
            .filter(|locale| text.exact(**locale).is_none())
            .map(|locale| locale.code())
            .collect();
        if lacking.is_empty() {
            return;
        }
        let have: Vec<&str> = text.iter().map(|(locale, _)| locale.code()).collect();
        let message = if have.is_empty() {
            "HSDS gives none: write it in pl, en and uk".to_owned()
        } else {
            format!(
                "only in {}: Witaj needs pl, en and uk; translate it into {}",
                have.join(", "),
                lacking.join(", ")
            )
        };
        self.report.error(field, message);
    }

    /// The Witaj id: the one Witaj exported, moved into this city, or one
    /// made from the name; never one already taken by this import.
    fn id(
        &mut self,
        carried: Option<&str>,
        name: &LocalizedText,
        ids: &mut HashSet<String>,
    ) -> String {
        let city = self.city;
        let stem = match carried.filter(|id| is_valid_id(id)) {
            Some(id) => {
                let stem = CityId::ALL
                    .iter()
                    .find_map(|other| id.strip_prefix(&format!("{other}-")))
                    .unwrap_or(id);
                let moved = format!("{city}-{stem}");
                if moved != id {
                    self.report
                        .warning("id", format!("`{id}` is imported into {city} as `{moved}`"));
                }
                stem.to_owned()
            }
            None => {
                let stem = slug(name.get(Locale::En));
                if let Some(invalid) = carried {
                    self.report.warning(
                        "id",
                        format!("`{invalid}` is not a Witaj id: the file is named `{stem}` after the service"),
                    );
                }
                stem
            }
        };
        let mut id = format!("{city}-{stem}");
        let mut n = 2;
        while !ids.insert(id.clone()) {
            id = format!("{city}-{stem}-{n}");
            n += 1;
        }
        if n > 2 {
            self.report.warning(
                "id",
                format!("another service of this import is `{city}-{stem}`: this one is `{id}`"),
            );
        }
        id
    }

    fn category(
        &mut self,
        carried: &Carried<'_>,
        attributes: &[hsds::Attribute],
    ) -> Option<Category> {
        let known = Category::ALL
            .iter()
            .map(|c| c.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        match carried.category {
            Some(code) => match code.parse() {
                Ok(category) => Some(category),
                Err(_) => {
                    self.report.error(
                        "category",
                        format!("`{code}` is not a Witaj category: set category to one of {known}"),
                    );
                    None
                }
            },
            None => {
                let terms: Vec<String> = attributes
                    .iter()
                    .filter_map(|a| a.taxonomy_term.as_ref())
                    .map(|term| match &term.taxonomy {
                        Some(taxonomy) => format!("`{}` in taxonomy `{taxonomy}`", term.name),
                        None => format!("`{}`", term.name),
                    })
                    .collect();
                let classified = if terms.is_empty() {
                    String::new()
                } else {
                    format!("; the source's own terms: {}", terms.join(", "))
                };
                self.report.error(
                    "category",
                    format!("HSDS gives no Witaj category (a `witaj-category` taxonomy term): set category to one of {known}{classified}"),
                );
                None
            }
        }
    }

    fn one_of<T: std::str::FromStr>(&mut self, carried: &Carried<'_>, code: &str) -> Option<T>
    where
        T::Err: std::fmt::Display,
    {
        let value = carried.value(code)?;
        value
            .parse()
            .map_err(|error: T::Err| self.report.error(code, error.to_string()))
            .ok()
    }

    fn locale_code(&mut self, field: &str, code: &str) -> Option<Locale> {
        let locale = Locale::ALL.into_iter().find(|l| l.code() == code);
        if locale.is_none() {
            self.report.error(
                field,
                format!("unknown locale `{code}`: expected one of pl, en, uk, ru, be, ka, ar, hi, vi, tr"),
            );
        }
        locale
    }

    fn organization(&self, organization: Option<&hsds::Organization>) -> Organization {
        match organization {
            Some(organization) => Organization {
                name: self.text(
                    &Carried::read(&organization.attributes),
                    v::ORGANIZATION_NAME,
                    Some(&organization.name),
                ),
                website: organization.website.clone(),
            },
            None => Organization::default(),
        }
    }

    fn location(&mut self, at_locations: &[hsds::ServiceAtLocation]) -> Option<Location> {
        let mut locations = at_locations.iter().filter_map(|at| at.location.as_ref());
        let location = locations.next()?;
        let others = locations.count();
        if others > 0 {
            self.report.warning(
                "location",
                format!("a Witaj service has one location: the first is kept, {others} other(s) left out"),
            );
        }
        let carried = Carried::read(&location.attributes);
        let address = location
            .addresses
            .iter()
            .find(|a| a.address_type == hsds::LocationType::Physical)
            .or(location.addresses.first());
        let info = self.city.info();
        let (street, postal_code) = match (address, carried.value(v::LOCATION_ADDRESS)) {
            (Some(address), _) => {
                let same_city =
                    witaj_text::sort_key(address.city.trim()) == witaj_text::sort_key(info.name_pl);
                if !same_city || !address.country.trim().eq_ignore_ascii_case("PL") {
                    self.report.warning(
                        "location.address",
                        format!(
                            "the address is in {}, {}, and the service is imported into {}: check it",
                            address.city, address.country, info.name_pl
                        ),
                    );
                }
                (
                    address.address_1.trim().to_owned(),
                    Some(address.postal_code.trim().to_owned()),
                )
            }
            (None, Some(street)) => (street.to_owned(), None),
            (None, None) => {
                self.report.warning(
                    "location",
                    "the location has no address, and Witaj shows a street and number: add [location] address, or leave the service without a location",
                );
                return None;
            }
        };
        let accessibility = location
            .accessibility
            .first()
            .map(|a| {
                self.text(
                    &Carried::read(&a.attributes),
                    v::ACCESSIBILITY,
                    a.description.as_deref(),
                )
            })
            .unwrap_or_default();
        Some(Location {
            address: Address {
                address_1: street,
                postal_code,
                city: info.name_pl.to_owned(),
                country: "PL".to_owned(),
            },
            latitude: location.latitude,
            longitude: location.longitude,
            accessibility,
        })
    }

    fn phones(&mut self, phones: &[hsds::Phone]) -> Vec<Phone> {
        let mut kept = Vec::new();
        for (i, phone) in phones.iter().enumerate() {
            if let Some(kind) = phone.r#type.as_deref()
                && !CALLABLE.contains(&kind)
            {
                self.report.warning(
                    &format!("phones[{i}]"),
                    format!("a {kind} number is not one people call: left out"),
                );
                continue;
            }
            kept.push(Phone {
                number: phone.number.trim().to_owned(),
                description: self.text(
                    &Carried::read(&phone.attributes),
                    v::PHONE_DESCRIPTION,
                    phone.description.as_deref(),
                ),
                languages: phone
                    .languages
                    .iter()
                    .filter_map(|l| l.code.clone())
                    .collect(),
            });
        }
        kept
    }
}

/// Free when every cost is zero, paid when one is not; unknown without costs.
fn free_from_costs(costs: &[hsds::CostOption]) -> Option<bool> {
    let amounts: Vec<f64> = costs.iter().filter_map(|c| c.amount).collect();
    if amounts.is_empty() {
        None
    } else {
        Some(amounts.iter().all(|&amount| amount == 0.0))
    }
}

/// A file-name-safe id stem from a name: folded to ASCII, words joined by
/// hyphens, short enough for an id.
fn slug(name: &str) -> String {
    const MAX: usize = 60;
    let folded = witaj_text::sort_key(name);
    let mut slug = String::new();
    for word in folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if slug.len() + word.len() + 1 > MAX {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(word);
    }
    if slug.is_empty() {
        "service".to_owned()
    } else {
        slug
    }
}

/// What the importer reads, by path (`[]` for every item of an array). A
/// path names its whole subtree; ids and links (`id`, `*_id`) are always
/// read.
const KEPT: &[&str] = &[
    "name",
    "description",
    "url",
    "email",
    "status",
    "application_process",
    "fees_description",
    "assured_date",
    "attributes",
    "organization.name",
    "organization.website",
    "organization.attributes",
    "service_at_locations[].location.location_type",
    "service_at_locations[].location.latitude",
    "service_at_locations[].location.longitude",
    "service_at_locations[].location.attributes",
    "service_at_locations[].location.addresses[].address_1",
    "service_at_locations[].location.addresses[].postal_code",
    "service_at_locations[].location.addresses[].city",
    "service_at_locations[].location.addresses[].country",
    "service_at_locations[].location.addresses[].address_type",
    "service_at_locations[].location.accessibility[].description",
    "service_at_locations[].location.accessibility[].attributes",
    "phones[].number",
    "phones[].type",
    "phones[].description",
    "phones[].attributes",
    "phones[].languages[].code",
    "schedules[].freq",
    "schedules[].interval",
    "schedules[].byday",
    "schedules[].opens_at",
    "schedules[].closes_at",
    "languages[].code",
    "required_documents[].document",
    "required_documents[].attributes",
    "cost_options[].amount",
];

/// What Witaj's export derives from fields its attributes carry, so its
/// own datasets lose nothing when these are not read back.
const DERIVED_BY_WITAJ: [&str; 6] = [
    "alternate_name",
    "organization.description",
    "schedules",
    "cost_options",
    "service_at_locations[].location.name",
    "service_at_locations[].location.addresses[].state_province",
];

/// The paths in `value` holding data the importer does not read, sorted.
fn not_kept(value: &Value, kept: &BTreeSet<&str>) -> Vec<String> {
    let mut found = BTreeSet::new();
    walk(value, "", kept, &mut found);
    found.into_iter().collect()
}

fn walk(value: &Value, path: &str, kept: &BTreeSet<&str>, found: &mut BTreeSet<String>) {
    let is_data = |value: &Value| match value {
        Value::Null => false,
        Value::String(text) => !text.trim().is_empty(),
        Value::Array(items) => !items.is_empty(),
        Value::Object(members) => !members.is_empty(),
        _ => true,
    };
    match value {
        Value::Object(members) => {
            for (key, member) in members {
                if key == "id" || key.ends_with("_id") || !is_data(member) {
                    continue;
                }
                let path = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                if kept.contains(path.as_str()) {
                    continue;
                }
                let inside = kept.iter().any(|k| {
                    k.strip_prefix(path.as_str())
                        .is_some_and(|rest| rest.starts_with('.') || rest.starts_with("[]"))
                });
                if inside && matches!(member, Value::Object(_) | Value::Array(_)) {
                    walk(member, &path, kept, found);
                } else {
                    found.insert(path);
                }
            }
        }
        Value::Array(items) => {
            let path = format!("{path}[]");
            for item in items {
                walk(item, &path, kept, found);
            }
        }
        _ => {
            found.insert(path.to_owned());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        let check = |name: &str, expected: &str| assert_eq!(slug(name), expected, "{name}");
        check("Community Counselling", "community-counselling");
        check("Urząd Miasta Łodzi", "urzad-miasta-lodzi");
        check("Відділ у справах іноземців", "widdil-u-sprawach-inozemciw");
        check("ოფისი", "service");
        check("  --  ", "service");
        check(&"word ".repeat(30), &["word"; 12].join("-"));
    }

    #[test]
    fn costs() {
        let cost = |amount: Option<f64>| hsds::CostOption {
            id: String::new(),
            currency: None,
            amount,
        };
        assert_eq!(free_from_costs(&[]), None);
        assert_eq!(free_from_costs(&[cost(Some(0.0))]), Some(true));
        assert_eq!(
            free_from_costs(&[cost(Some(0.0)), cost(Some(35.0))]),
            Some(false)
        );
        assert_eq!(free_from_costs(&[cost(None)]), None);
    }
}
