//! Counts city staff and tools read: services per category, translation
//! coverage per language.

use std::collections::BTreeMap;

use serde::Serialize;
use witaj_model::{Category, CityId, Locale, LocalizedText, Service, ServiceStatus, Verification};

use crate::Content;

#[derive(Debug, Serialize)]
pub struct ContentStats {
    pub cities: Vec<CityStats>,
    pub guides: usize,
}

#[derive(Debug, Serialize)]
pub struct CityStats {
    pub city: CityId,
    pub services: usize,
    /// Services whose status is `active`.
    pub active: usize,
    /// Distinct categories with at least one active service.
    pub categories: usize,
    /// Services per verification status (`drafted`, `confirmed`).
    pub verification: BTreeMap<Verification, usize>,
    pub by_category: BTreeMap<Category, usize>,
    /// Per locale: share of services whose every text (name, description,
    /// how to apply, fees, documents) exists in it.
    pub coverage: BTreeMap<Locale, LanguageCoverage>,
}

#[derive(Debug, Serialize)]
pub struct LanguageCoverage {
    pub translated: usize,
    pub machine_translated: usize,
    pub percent: f64,
}

/// Whether every text of `service` (name, description, how to apply, fees,
/// documents) is written in `locale`: what coverage counts.
pub fn is_translated(service: &Service, locale: Locale) -> bool {
    let has = |text: &LocalizedText| text.is_empty() || text.exact(locale).is_some();
    [
        &service.name,
        &service.description,
        &service.application_process,
        &service.fees,
    ]
    .into_iter()
    .chain(&service.documents)
    .all(has)
}

pub fn stats(content: &Content) -> ContentStats {
    let cities = CityId::ALL
        .into_iter()
        .map(|city| {
            let services: Vec<&Service> = content.services_of(city).collect();
            let mut by_category = BTreeMap::new();
            let mut active_categories = std::collections::BTreeSet::new();
            let mut verification = BTreeMap::new();
            for service in &services {
                *by_category.entry(service.category).or_insert(0) += 1;
                *verification.entry(service.verification).or_insert(0) += 1;
                if service.status == ServiceStatus::Active {
                    active_categories.insert(service.category);
                }
            }
            let coverage = Locale::ALL
                .into_iter()
                .map(|locale| {
                    let translated = services.iter().filter(|s| is_translated(s, locale)).count();
                    let machine_translated = services
                        .iter()
                        .filter(|s| s.machine_translated.contains(&locale))
                        .count();
                    let percent = if services.is_empty() {
                        0.0
                    } else {
                        (translated * 1000 / services.len()) as f64 / 10.0
                    };
                    (
                        locale,
                        LanguageCoverage {
                            translated,
                            machine_translated,
                            percent,
                        },
                    )
                })
                .collect();
            CityStats {
                city,
                services: services.len(),
                active: services
                    .iter()
                    .filter(|s| s.status == ServiceStatus::Active)
                    .count(),
                categories: active_categories.len(),
                verification,
                by_category,
                coverage,
            }
        })
        .collect();
    ContentStats {
        cities,
        guides: content.guides.len(),
    }
}
