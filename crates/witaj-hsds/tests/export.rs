//! The HSDS shape of one real-looking service, pinned as a snapshot.

use chrono::NaiveDate;
use witaj_model::{
    Address, Category, CityId, Locale, LocalizedText, Location, Organization, Phone, Service,
    ServiceStatus,
};

fn service() -> Service {
    let text = |pl: &str, en: &str, uk: &str| {
        LocalizedText::new()
            .with(Locale::Pl, pl)
            .with(Locale::En, en)
            .with(Locale::Uk, uk)
    };
    Service {
        id: "krakow-example".to_owned(),
        city: CityId::Krakow,
        category: Category::Integration,
        status: ServiceStatus::Active,
        organization: Organization {
            name: text("Urząd", "Office", "Управління"),
            website: Some("https://www.krakow.pl/".to_owned()),
        },
        name: text(
            "Punkt informacyjny",
            "Information point",
            "Інформаційний пункт",
        ),
        description: text(
            "Pomoc dla cudzoziemców.",
            "Help for foreigners.",
            "Допомога іноземцям.",
        ),
        application_process: text("Przyjdź.", "Walk in.", "Приходьте."),
        fees: LocalizedText::new(),
        keywords: Vec::new(),
        website: Some("https://www.krakow.pl/".to_owned()),
        email: Some("info@example.pl".to_owned()),
        free: Some(true),
        opening_hours: Some("Mo 08:00-18:00; Tu-Fr 08:00-12:00,13:00-16:00; PH off".to_owned()),
        languages: vec!["pl".to_owned(), "uk".to_owned()],
        location: Some(Location {
            address: Address {
                address_1: "ul. Zabłocie 20".to_owned(),
                postal_code: Some("30-701".to_owned()),
                city: "Kraków".to_owned(),
                country: "PL".to_owned(),
            },
            latitude: None,
            longitude: None,
            accessibility: LocalizedText::new().with(Locale::En, "Step-free entrance"),
        }),
        phones: vec![Phone {
            number: "+48 12 616 12 00".to_owned(),
            description: LocalizedText::new(),
            languages: vec!["uk".to_owned()],
        }],
        documents: vec![text("Paszport", "Passport", "Паспорт")],
        source_url: "https://www.krakow.pl/".to_owned(),
        last_verified: NaiveDate::from_ymd_opt(2026, 11, 20).expect("valid"),
        verification: witaj_model::Verification::Drafted,
        appointment: None,
        booking_url: None,
        allow_http: false,
        machine_translated: vec![Locale::Uk],
    }
}

#[test]
fn a_service_in_ukrainian() {
    // 2026-12-21 is Christmas week: the export uses the next ordinary week.
    let today = NaiveDate::from_ymd_opt(2026, 12, 21).expect("valid");
    let category_name = |_| "Допомога іноземцям".to_owned();
    let options = witaj_hsds::ExportOptions {
        locale: Locale::Uk,
        today,
        category_name: &category_name,
    };
    insta::assert_json_snapshot!(witaj_hsds::export_service(&service(), &options));
}
