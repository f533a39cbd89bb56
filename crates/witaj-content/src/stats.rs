//! Counts city staff and tools read: services per category, translation
//! coverage per language.

use std::collections::BTreeMap;

use serde::Serialize;
use witaj_model::{Category, CityId, Locale, Service};

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
    /// Distinct categories with at least one service.
    pub categories: usize,
    pub by_category: BTreeMap<Category, usize>,
    /// Per locale: share of services whose name and description exist in it.
    pub coverage: BTreeMap<Locale, LanguageCoverage>,
}

#[derive(Debug, Serialize)]
pub struct LanguageCoverage {
    pub translated: usize,
    pub machine_translated: usize,
    pub percent: f64,
}

fn is_translated(service: &Service, locale: Locale) -> bool {
    service.name.exact(locale).is_some() && service.description.exact(locale).is_some()
}

pub fn stats(content: &Content) -> ContentStats {
    let cities = CityId::ALL
        .into_iter()
        .map(|city| {
            let services: Vec<&Service> = content.services_of(city).collect();
            let mut by_category = BTreeMap::new();
            for service in &services {
                *by_category.entry(service.category).or_insert(0) += 1;
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
                categories: by_category.len(),
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
