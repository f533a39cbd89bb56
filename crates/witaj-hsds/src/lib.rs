//! Open Referral HSDS 3.0 export.
//!
//! HSDS holds one language per dataset, so a catalog exports once per
//! locale (text falls back along the locale's chain, as in the app). HSDS
//! schedules carry a fixed UTC offset and no holidays; Witaj's OpenStreetMap
//! expression is expanded into weekly `schedule` rows for an ordinary week
//! and kept verbatim in the row's `description`, with the named time zone.

use chrono::{Datelike, Duration, NaiveDate};
use serde::Serialize;
use uuid::Uuid;
use witaj_hours::{Hours, OpenState, public_holiday_on};
use witaj_model::{Locale, LocalizedText, Service, ServiceStatus};

/// Namespace for the stable UUIDs HSDS wants, derived from Witaj ids.
const NAMESPACE: Uuid = Uuid::from_u128(0x5769_7461_6a00_4853_4453_0000_0000_0003);

fn id(kind: &str, witaj_id: &str) -> String {
    Uuid::new_v5(&NAMESPACE, format!("{kind}:{witaj_id}").as_bytes()).to_string()
}

#[derive(Debug, Serialize)]
pub struct HsdsService {
    pub id: String,
    pub organization_id: String,
    pub name: String,
    pub alternate_name: Option<String>,
    pub description: Option<String>,
    pub url: Option<String>,
    pub email: Option<String>,
    pub status: &'static str,
    pub application_process: Option<String>,
    pub fees_description: Option<String>,
    pub assured_date: NaiveDate,
    pub organization: HsdsOrganization,
    pub service_at_locations: Vec<HsdsServiceAtLocation>,
    pub phones: Vec<HsdsPhone>,
    pub schedules: Vec<HsdsSchedule>,
    pub languages: Vec<HsdsLanguage>,
    pub required_documents: Vec<HsdsDocument>,
    pub cost_options: Vec<HsdsCost>,
    pub attributes: Vec<HsdsAttribute>,
    /// Where the details were checked (HSDS `metadata`).
    pub metadata: Vec<HsdsMetadata>,
}

#[derive(Debug, Serialize)]
pub struct HsdsOrganization {
    pub id: String,
    pub name: String,
    pub website: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct HsdsServiceAtLocation {
    pub id: String,
    pub service_id: String,
    pub location: HsdsLocation,
}

#[derive(Debug, Serialize)]
pub struct HsdsLocation {
    pub id: String,
    pub location_type: &'static str,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub addresses: Vec<HsdsAddress>,
    pub accessibility: Vec<HsdsAccessibility>,
}

#[derive(Debug, Serialize)]
pub struct HsdsAddress {
    pub id: String,
    pub address_1: String,
    pub city: String,
    pub region: String,
    pub state_province: String,
    pub postal_code: Option<String>,
    pub country: String,
    pub address_type: &'static str,
}

#[derive(Debug, Serialize)]
pub struct HsdsAccessibility {
    pub id: String,
    pub description: String,
}

#[derive(Debug, Serialize)]
pub struct HsdsPhone {
    pub id: String,
    pub number: String,
    pub r#type: &'static str,
    pub description: Option<String>,
    pub languages: Vec<HsdsLanguage>,
}

#[derive(Debug, Serialize)]
pub struct HsdsSchedule {
    pub id: String,
    pub freq: &'static str,
    pub byday: &'static str,
    pub opens_at: String,
    pub closes_at: String,
    pub description: String,
}

#[derive(Debug, Serialize)]
pub struct HsdsLanguage {
    pub id: String,
    pub code: String,
}

#[derive(Debug, Serialize)]
pub struct HsdsDocument {
    pub id: String,
    pub document: String,
}

#[derive(Debug, Serialize)]
pub struct HsdsCost {
    pub id: String,
    pub option: String,
    pub amount: Option<f64>,
    pub currency: &'static str,
}

#[derive(Debug, Serialize)]
pub struct HsdsAttribute {
    pub id: String,
    pub link_entity: &'static str,
    pub taxonomy_term: HsdsTaxonomyTerm,
}

#[derive(Debug, Serialize)]
pub struct HsdsTaxonomyTerm {
    pub id: String,
    pub code: String,
    pub name: String,
    pub taxonomy: &'static str,
}

#[derive(Debug, Serialize)]
pub struct HsdsMetadata {
    pub id: String,
    pub resource_id: String,
    pub resource_type: &'static str,
    pub last_action_date: NaiveDate,
    pub last_action_type: &'static str,
    pub field_name: &'static str,
    pub replacement_value: String,
    pub updated_by: &'static str,
}

const BYDAY: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// The first Monday from `today` whose week has no public holiday: the
/// "ordinary week" schedules are expanded for.
fn ordinary_week(today: NaiveDate) -> NaiveDate {
    let mut monday = today - Duration::days(i64::from(today.weekday().num_days_from_monday()));
    while monday
        .iter_days()
        .take(7)
        .any(|d| public_holiday_on(d).is_some())
    {
        monday += Duration::days(7);
    }
    monday
}

fn schedules(service: &Service, today: NaiveDate) -> Vec<HsdsSchedule> {
    let Some(expression) = &service.opening_hours else {
        return Vec::new();
    };
    let Ok(hours) = Hours::parse(expression) else {
        return Vec::new();
    };
    let description = format!("Europe/Warsaw; OpenStreetMap opening_hours: {expression}");
    let mut rows = Vec::new();
    for (index, day) in hours.week(ordinary_week(today)).into_iter().enumerate() {
        for interval in day.intervals.iter().filter(|i| i.state == OpenState::Open) {
            let closes = if interval.end == chrono::NaiveTime::MIN {
                "24:00".to_owned()
            } else {
                interval.end.format("%H:%M").to_string()
            };
            rows.push(HsdsSchedule {
                id: id(
                    "schedule",
                    &format!("{}:{index}:{}", service.id, interval.start),
                ),
                freq: "WEEKLY",
                byday: BYDAY[index],
                opens_at: interval.start.format("%H:%M").to_string(),
                closes_at: closes,
                description: description.clone(),
            });
        }
    }
    rows
}

fn text(field: &LocalizedText, locale: Locale) -> Option<String> {
    field.resolve(locale).map(|(_, t)| t.to_owned())
}

/// One service as an HSDS 3.0 `service` object in `locale`. `category_name`
/// names the Witaj category (the taxonomy term) in that locale.
pub fn export_service(
    service: &Service,
    locale: Locale,
    category_name: &str,
    today: NaiveDate,
) -> HsdsService {
    let service_id = id("service", &service.id);
    let organization_name = service.organization.name.get(Locale::Pl);
    let languages = |codes: &[String], owner: &str| -> Vec<HsdsLanguage> {
        codes
            .iter()
            .map(|code| HsdsLanguage {
                id: id("language", &format!("{owner}:{code}")),
                code: code.clone(),
            })
            .collect()
    };
    HsdsService {
        organization_id: id(
            "organization",
            &format!("{}:{organization_name}", service.city),
        ),
        name: text(&service.name, locale).unwrap_or_default(),
        alternate_name: (locale != Locale::Pl).then(|| service.name.get(Locale::Pl).to_owned()),
        description: text(&service.description, locale),
        url: service.website.clone(),
        email: service.email.clone(),
        status: match service.status {
            ServiceStatus::Active => "active",
            ServiceStatus::Inactive => "inactive",
            ServiceStatus::TemporarilyClosed => "temporarily closed",
            ServiceStatus::Defunct => "defunct",
        },
        application_process: text(&service.application_process, locale),
        fees_description: text(&service.fees, locale),
        assured_date: service.last_verified,
        organization: HsdsOrganization {
            id: id(
                "organization",
                &format!("{}:{organization_name}", service.city),
            ),
            name: text(&service.organization.name, locale).unwrap_or_default(),
            website: service.organization.website.clone(),
        },
        service_at_locations: service
            .location
            .iter()
            .map(|location| HsdsServiceAtLocation {
                id: id("service_at_location", &service.id),
                service_id: service_id.clone(),
                location: HsdsLocation {
                    id: id("location", &service.id),
                    location_type: "physical",
                    latitude: location.latitude,
                    longitude: location.longitude,
                    addresses: vec![HsdsAddress {
                        id: id("address", &service.id),
                        address_1: location.address.address_1.clone(),
                        city: location.address.city.clone(),
                        region: service.city.info().voivodeship.to_owned(),
                        state_province: service.city.info().voivodeship.to_owned(),
                        postal_code: location.address.postal_code.clone(),
                        country: location.address.country.clone(),
                        address_type: "physical",
                    }],
                    accessibility: text(&location.accessibility, locale)
                        .map(|description| HsdsAccessibility {
                            id: id("accessibility", &service.id),
                            description,
                        })
                        .into_iter()
                        .collect(),
                },
            })
            .collect(),
        phones: service
            .phones
            .iter()
            .enumerate()
            .map(|(i, phone)| {
                let owner = format!("{}:{i}", service.id);
                HsdsPhone {
                    id: id("phone", &owner),
                    number: phone.number.clone(),
                    r#type: "voice",
                    description: text(&phone.description, locale),
                    languages: languages(&phone.languages, &owner),
                }
            })
            .collect(),
        schedules: schedules(service, today),
        languages: languages(&service.languages, &service.id),
        required_documents: service
            .documents
            .iter()
            .enumerate()
            .filter_map(|(i, d)| {
                text(d, locale).map(|document| HsdsDocument {
                    id: id("required_document", &format!("{}:{i}", service.id)),
                    document,
                })
            })
            .collect(),
        cost_options: match service.free {
            Some(true) => vec![HsdsCost {
                id: id("cost_option", &service.id),
                option: "Free".to_owned(),
                amount: Some(0.0),
                currency: "PLN",
            }],
            _ => Vec::new(),
        },
        attributes: vec![HsdsAttribute {
            id: id("attribute", &service.id),
            link_entity: "service",
            taxonomy_term: HsdsTaxonomyTerm {
                id: id("taxonomy_term", service.category.as_str()),
                code: service.category.as_str().to_owned(),
                name: category_name.to_owned(),
                taxonomy: "witaj-category",
            },
        }],
        metadata: vec![HsdsMetadata {
            id: id("metadata", &service.id),
            resource_id: service_id.clone(),
            resource_type: "service",
            last_action_date: service.last_verified,
            last_action_type: "verified",
            field_name: "source_url",
            replacement_value: service.source_url.clone(),
            updated_by: "witaj",
        }],
        id: service_id,
    }
}
