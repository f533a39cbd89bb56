//! Every bundled city, exported as HSDS JSON and as tables, imported back
//! and written as content files, compiles to the very services the
//! original content files compile to — in every export language.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use witaj_model::{
    Appointment, CityId, Locale, LocalizedText, Service, ServiceStatus, Verification,
};

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn bundled() -> Vec<Service> {
    witaj_content::compile(&repository().join("content"))
        .expect("the bundled content compiles")
        .services
}

#[derive(Clone, Copy, Debug)]
enum Form {
    Json,
    Tabular,
}

/// Exports `services` of `city` in `locale` and `form`, imports the result
/// and returns what the written content files compile to.
fn round_trip(services: &[Service], city: CityId, locale: Locale, form: Form) -> Vec<Service> {
    let category_name = |category: witaj_model::Category| format!("category {category}");
    let options = witaj_hsds::ExportOptions {
        locale,
        today: NaiveDate::from_ymd_opt(2026, 12, 1).expect("a date"),
        category_name: &category_name,
    };
    let exported = witaj_hsds::export_services(services, &options);
    let dir = tempfile::tempdir().expect("temp");
    let input = match form {
        Form::Json => {
            let path = dir.path().join("services.json");
            std::fs::write(&path, witaj_hsds::to_json(&exported)).expect("write");
            path
        }
        Form::Tabular => {
            let path = dir.path().join("package");
            witaj_hsds::write_tabular(&path, &exported).expect("tables");
            path.join("datapackage.json")
        }
    };
    // The import's own language must not matter: the text comes from the
    // translations Witaj carried.
    let imported = witaj_hsds::import(&input, city, Locale::Tr).expect("imports");
    assert!(
        imported.diagnostics.is_empty(),
        "{city} ({form:?}, {locale}): {:#?}",
        imported.diagnostics
    );
    for (service, original) in imported.services.iter().zip(services) {
        assert_eq!(
            service.service(),
            Some(original),
            "{city} ({form:?}, {locale})"
        );
    }
    let content = dir.path().join("content");
    let written = witaj_hsds::write_content(&content, &imported.services).expect("writes");
    assert_eq!(written.len(), services.len());
    let mut compiled = witaj_content::compile(&content)
        .unwrap_or_else(|error| panic!("{city} ({form:?}, {locale}): {error}"))
        .services;
    compiled.sort_by(|a, b| a.id.cmp(&b.id));
    compiled
}

#[test]
fn every_city_comes_back_the_same_from_json_and_from_tables() {
    let bundled = bundled();
    for (i, city) in CityId::ALL.into_iter().enumerate() {
        let mut services: Vec<Service> =
            bundled.iter().filter(|s| s.city == city).cloned().collect();
        services.sort_by(|a, b| a.id.cmp(&b.id));
        assert!(services.len() >= 15, "{city} has its services");
        let locale = Locale::ALL[i % Locale::ALL.len()];
        for form in [Form::Json, Form::Tabular] {
            assert_eq!(round_trip(&services, city, locale, form), services);
        }
    }
}

#[test]
fn every_export_language_carries_all_locales() {
    let mut services: Vec<Service> = bundled()
        .into_iter()
        .filter(|s| s.city == CityId::Krakow)
        .collect();
    services.sort_by(|a, b| a.id.cmp(&b.id));
    for locale in Locale::ALL {
        assert_eq!(
            round_trip(&services, CityId::Krakow, locale, Form::Json),
            services
        );
    }
}

/// What the bundled content does not use yet: every status, verification
/// and appointment, a paid service and one of unknown cost, coordinates, an
/// address without a postal code, text with quotes and backslashes, a
/// service without a location, phones, documents or hours.
#[test]
fn every_value_of_every_field_comes_back() {
    let quoted = LocalizedText::new()
        .with(Locale::Pl, r#"Punkt „Pomoc" \ "Centrum" 'ABC'"#)
        .with(Locale::En, "Point \"Help\"")
        .with(Locale::Uk, "Пункт «Допомога»")
        .with(Locale::Ar, "نقطة المساعدة");
    let mut services = Vec::new();
    for (i, status) in ServiceStatus::ALL.into_iter().enumerate() {
        let mut service = witaj_testkit::service(CityId::Poznan, i);
        service.status = status;
        service.verification = Verification::ALL[i % 2];
        service.appointment = Appointment::ALL.get(i).copied();
        service.booking_url = (i == 1).then(|| "https://www.gov.pl/web/rezerwacja".to_owned());
        service.free = [Some(true), Some(false), None, Some(false)][i];
        service.allow_http = i == 2;
        service.machine_translated = vec![Locale::Ar, Locale::En];
        services.push(service);
    }
    let location = services[0].location.as_mut().expect("a location");
    location.latitude = Some(52.4064);
    location.longitude = Some(16.9252);
    location.accessibility = quoted.clone();
    services[1].name = quoted.clone();
    // Content files list keywords by locale code, so `ar` before `pl`.
    services[1]
        .keywords
        .insert(0, (Locale::Ar, "مساعدة".to_owned()));
    services[1].phones[0].description = quoted;
    services[2]
        .location
        .as_mut()
        .expect("a location")
        .address
        .postal_code = None;
    services[3].location = None;
    services[3].phones.clear();
    services[3].documents.clear();
    services[3].opening_hours = None;
    services[3].languages.clear();
    services[3].website = None;
    services[3].email = None;
    services.sort_by(|a, b| a.id.cmp(&b.id));
    for form in [Form::Json, Form::Tabular] {
        assert_eq!(
            round_trip(&services, CityId::Poznan, Locale::Vi, form),
            services
        );
    }
}
