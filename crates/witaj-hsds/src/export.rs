//! Witaj services as HSDS 3.0 `service` objects.

use chrono::{Datelike, Duration, NaiveDate, NaiveTime};
use witaj_hours::{Hours, OpenState, public_holiday_on};
use witaj_model::{Category, Locale, LocalizedText, Service};

use crate::hsds;
use crate::uuid_for;
use crate::vocabulary::{self as v, Attributes};

/// What an export is for: the language of the HSDS text, the day whose
/// week the schedules describe, and the category names in that language.
#[derive(Clone, Copy)]
pub struct ExportOptions<'a> {
    pub locale: Locale,
    /// Schedules describe the first week from this day with no public holiday.
    pub today: NaiveDate,
    pub category_name: &'a dyn Fn(Category) -> String,
}

impl std::fmt::Debug for ExportOptions<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ExportOptions")
            .field("locale", &self.locale)
            .field("today", &self.today)
            .finish_non_exhaustive()
    }
}

/// Every service as an HSDS `service` object, in order.
pub fn export_services(services: &[Service], options: &ExportOptions<'_>) -> Vec<hsds::Service> {
    services
        .iter()
        .map(|service| export_service(service, options))
        .collect()
}

/// One service as an HSDS `service` object. The HSDS text fields hold the
/// text a reader of `options.locale` sees (falling back as in the app);
/// every translation, and every field HSDS lacks, rides in `attributes`.
pub fn export_service(service: &Service, options: &ExportOptions<'_>) -> hsds::Service {
    let locale = options.locale;
    let service_id = uuid_for("service", &service.id);
    let organization_id = organization_id(service);
    let name = resolved(&service.name, locale).unwrap_or_default();
    let name_pl = service.name.get(Locale::Pl);
    hsds::Service {
        organization_id: Some(organization_id.clone()),
        alternate_name: (name != name_pl && !name_pl.is_empty()).then(|| name_pl.to_owned()),
        name,
        description: resolved(&service.description, locale),
        url: service.website.clone(),
        email: service.email.clone(),
        status: service.status.into(),
        application_process: resolved(&service.application_process, locale),
        fees_description: resolved(&service.fees, locale),
        assured_date: Some(service.last_verified),
        organization: Some(organization(service, organization_id, locale)),
        service_at_locations: service_at_location(service, locale).into_iter().collect(),
        phones: phones(service, locale),
        schedules: schedules(service, options.today),
        languages: service
            .languages
            .iter()
            .enumerate()
            .map(|(i, code)| hsds::Language {
                id: uuid_for("language", &format!("{}:{i}", service.id)),
                code: Some(code.clone()),
            })
            .collect(),
        required_documents: documents(service, locale),
        cost_options: match service.free {
            Some(true) => vec![hsds::CostOption {
                id: uuid_for("cost_option", &service.id),
                currency: Some("PLN".to_owned()),
                amount: Some(0.0),
            }],
            _ => Vec::new(),
        },
        attributes: service_attributes(service, &service_id, options),
        id: service_id,
    }
}

/// The text in `locale`, or where the app falls back to.
fn resolved(text: &LocalizedText, locale: Locale) -> Option<String> {
    text.resolve(locale).map(|(_, text)| text.to_owned())
}

/// Services of one city that name the same organization the same way share
/// it; any difference (a translation, the website) makes another one.
fn organization_id(service: &Service) -> String {
    let organization =
        serde_json::to_string(&service.organization).expect("an organization always serializes");
    uuid_for("organization", &format!("{}:{organization}", service.city))
}

fn organization(service: &Service, id: String, locale: Locale) -> hsds::Organization {
    let mut attributes = Attributes::new(&id);
    attributes.translations(v::ORGANIZATION_NAME, service.organization.name.iter());
    let name = resolved(&service.organization.name, locale).unwrap_or_default();
    hsds::Organization {
        attributes: attributes.finish(),
        // HSDS requires a description and Witaj keeps none: the name says
        // what the organization is.
        description: name.clone(),
        name,
        website: service.organization.website.clone(),
        id,
    }
}

fn service_at_location(service: &Service, locale: Locale) -> Option<hsds::ServiceAtLocation> {
    let location = service.location.as_ref()?;
    let location_id = uuid_for("location", &service.id);
    let info = service.city.info();
    let mut attributes = Attributes::new(&location_id);
    // An HSDS address needs a postal code; without one the street rides in
    // an attribute and names the location for HSDS readers.
    let address = match &location.address.postal_code {
        Some(postal_code) => Some(hsds::Address {
            id: uuid_for("address", &service.id),
            address_1: location.address.address_1.clone(),
            city: location.address.city.clone(),
            state_province: info.voivodeship.to_owned(),
            postal_code: postal_code.clone(),
            country: location.address.country.clone(),
            address_type: hsds::LocationType::Physical,
        }),
        None => {
            attributes.value(v::LOCATION_ADDRESS, &location.address.address_1);
            None
        }
    };
    let accessibility = resolved(&location.accessibility, locale).map(|description| {
        let id = uuid_for("accessibility", &service.id);
        let mut attributes = Attributes::new(&id);
        attributes.translations(v::ACCESSIBILITY, location.accessibility.iter());
        hsds::Accessibility {
            description: Some(description),
            attributes: attributes.finish(),
            id,
        }
    });
    Some(hsds::ServiceAtLocation {
        id: uuid_for("service_at_location", &service.id),
        location: Some(hsds::Location {
            location_type: hsds::LocationType::Physical,
            name: address
                .is_none()
                .then(|| format!("{}, {}", location.address.address_1, info.name_pl)),
            latitude: location.latitude,
            longitude: location.longitude,
            addresses: address.into_iter().collect(),
            accessibility: accessibility.into_iter().collect(),
            attributes: attributes.finish(),
            id: location_id,
        }),
    })
}

fn phones(service: &Service, locale: Locale) -> Vec<hsds::Phone> {
    service
        .phones
        .iter()
        .enumerate()
        .map(|(i, phone)| {
            let owner = format!("{}:{i}", service.id);
            let id = uuid_for("phone", &owner);
            let mut attributes = Attributes::new(&id);
            attributes.translations(v::PHONE_DESCRIPTION, phone.description.iter());
            hsds::Phone {
                number: phone.number.clone(),
                r#type: Some("voice".to_owned()),
                description: resolved(&phone.description, locale),
                languages: phone
                    .languages
                    .iter()
                    .enumerate()
                    .map(|(j, code)| hsds::Language {
                        id: uuid_for("language", &format!("{owner}:{j}")),
                        code: Some(code.clone()),
                    })
                    .collect(),
                attributes: attributes.finish(),
                id,
            }
        })
        .collect()
}

fn documents(service: &Service, locale: Locale) -> Vec<hsds::RequiredDocument> {
    service
        .documents
        .iter()
        .enumerate()
        .map(|(i, document)| {
            let id = uuid_for("required_document", &format!("{}:{i}", service.id));
            let mut attributes = Attributes::new(&id);
            attributes.translations(v::DOCUMENTS, document.iter());
            hsds::RequiredDocument {
                document: resolved(document, locale),
                attributes: attributes.finish(),
                id,
            }
        })
        .collect()
}

fn service_attributes(
    service: &Service,
    service_id: &str,
    options: &ExportOptions<'_>,
) -> Vec<hsds::Attribute> {
    let mut attributes = Attributes::new(service_id);
    attributes.push(
        v::category_term(service.category, &(options.category_name)(service.category)),
        None,
    );
    attributes.value(v::ID, &service.id);
    attributes.value(v::SOURCE_URL, &service.source_url);
    attributes.value(v::VERIFICATION, service.verification.as_str());
    if let Some(appointment) = service.appointment {
        attributes.value(v::APPOINTMENT, appointment.as_str());
    }
    if let Some(url) = &service.booking_url {
        attributes.value(v::BOOKING_URL, url);
    }
    if service.allow_http {
        attributes.value(v::ALLOW_HTTP, "true");
    }
    if let Some(free) = service.free {
        attributes.value(v::FREE, free.to_string());
    }
    if let Some(hours) = &service.opening_hours {
        attributes.value(v::OPENING_HOURS, hours);
    }
    for locale in &service.machine_translated {
        attributes.value(v::MACHINE_TRANSLATED, locale.code());
    }
    attributes.translations(v::NAME, service.name.iter());
    attributes.translations(v::DESCRIPTION, service.description.iter());
    attributes.translations(v::APPLICATION_PROCESS, service.application_process.iter());
    attributes.translations(v::FEES, service.fees.iter());
    attributes.translations(
        v::KEYWORDS,
        service
            .keywords
            .iter()
            .map(|(locale, word)| (*locale, word.as_str())),
    );
    attributes.finish()
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

/// HSDS schedules are weekly rules with no holidays and a fixed offset, so
/// they show an ordinary week; the `opening_hours` attribute is the truth.
fn schedules(service: &Service, today: NaiveDate) -> Vec<hsds::Schedule> {
    let Some(expression) = &service.opening_hours else {
        return Vec::new();
    };
    let Ok(hours) = Hours::parse(expression) else {
        return Vec::new();
    };
    let description = format!("Europe/Warsaw; OpenStreetMap opening_hours: {expression}");
    let mut rows = Vec::new();
    for (day, hours) in BYDAY.into_iter().zip(hours.week(ordinary_week(today))) {
        for interval in hours
            .intervals
            .iter()
            .filter(|i| i.state == OpenState::Open)
        {
            rows.push(hsds::Schedule {
                id: uuid_for(
                    "schedule",
                    &format!("{}:{day}:{}", service.id, interval.start),
                ),
                freq: Some(hsds::Frequency::Weekly),
                byday: Some(day.to_owned()),
                opens_at: Some(interval.start.format("%H:%M:%S").to_string()),
                // A day open until midnight ends at its last second: HSDS
                // times are times of day, and 24:00 is not one.
                closes_at: Some(if interval.end == NaiveTime::MIN {
                    "23:59:59".to_owned()
                } else {
                    interval.end.format("%H:%M:%S").to_string()
                }),
                description: Some(description.clone()),
                ..hsds::Schedule::default()
            });
        }
    }
    rows
}
