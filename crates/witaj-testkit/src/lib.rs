//! Valid example records for tests: a test starts from one and changes the
//! one field it is about, so a new field in the model means one edit here,
//! not one in every test.

use chrono::NaiveDate;
use witaj_model::{
    Address, Category, CityId, Guide, GuideStep, Locale, LocalizedText, Location, Organization,
    Phone, Service, ServiceStatus, Verification,
};

/// The same text in the three locales every entry needs.
pub fn text(value: &str) -> LocalizedText {
    LocalizedText::new()
        .with(Locale::Pl, value)
        .with(Locale::En, value)
        .with(Locale::Uk, value)
}

/// The day example entries were verified.
pub fn verified_on() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 20).expect("a valid date")
}

/// Service number `i` of `city`: valid by every rule of `witaj-check`, with
/// a location, a phone, hours and a document.
pub fn service(city: CityId, i: usize) -> Service {
    Service {
        id: format!("{city}-example-{i}"),
        city,
        category: Category::Integration,
        status: ServiceStatus::Active,
        organization: Organization {
            name: text(&format!("Organizacja {i}")),
            website: Some("https://www.gov.pl/".to_owned()),
        },
        name: text(&format!("Punkt informacyjny {i}")),
        description: text("Pomoc dla cudzoziemców."),
        application_process: text("Przyjdź w godzinach otwarcia."),
        fees: LocalizedText::new(),
        keywords: vec![(Locale::Pl, "pomoc".to_owned())],
        website: Some("https://www.gov.pl/web/udsc".to_owned()),
        email: Some("info@example.pl".to_owned()),
        free: Some(true),
        opening_hours: Some("Mo-Fr 08:00-16:00; PH off".to_owned()),
        languages: vec!["pl".to_owned(), "uk".to_owned()],
        location: Some(Location {
            address: Address {
                address_1: "ul. Przykładowa 1".to_owned(),
                postal_code: Some("31-547".to_owned()),
                city: city.info().name_pl.to_owned(),
                country: "PL".to_owned(),
            },
            latitude: None,
            longitude: None,
            accessibility: LocalizedText::new(),
        }),
        phones: vec![Phone {
            number: "+48 12 345 67 89".to_owned(),
            description: text("Informacja"),
            languages: vec!["pl".to_owned()],
        }],
        documents: vec![text("Paszport")],
        source_url: "https://www.gov.pl/web/udsc".to_owned(),
        last_verified: verified_on(),
        verification: Verification::Drafted,
        appointment: None,
        booking_url: None,
        allow_http: false,
        machine_translated: vec![Locale::En],
    }
}

/// `count` services of `city`.
pub fn services(city: CityId, count: usize) -> Vec<Service> {
    (0..count).map(|i| service(city, i)).collect()
}

/// A guide with one step; `id` starting with a city id makes it that
/// city's own.
pub fn guide(id: &str) -> Guide {
    Guide {
        id: id.to_owned(),
        city: CityId::ALL
            .into_iter()
            .find(|city| id.starts_with(&format!("{city}-"))),
        categories: vec![Category::Integration],
        title: text(&format!("Przewodnik {id}")),
        summary: text("Krok po kroku."),
        steps: vec![GuideStep {
            category: Some(Category::Integration),
            title: text("Pierwszy krok"),
            body: text("Zabierz **paszport**."),
        }],
        checklist: vec![text("Paszport")],
        source_url: "https://www.gov.pl/web/udsc".to_owned(),
        last_verified: verified_on(),
        machine_translated: Vec::new(),
    }
}
