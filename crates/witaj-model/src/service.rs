use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{CityId, Locale, LocalizedText};

macro_rules! categories {
    ($($variant:ident => $id:literal,)*) => {
        /// What a service helps with. The ids are stable: content, feeds,
        /// the CLI and Fluent message ids (`category-<id>`) all use them.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "kebab-case")]
        pub enum Category { $($variant,)* }

        impl Category {
            pub const ALL: &'static [Category] = &[$(Category::$variant,)*];

            pub fn as_str(self) -> &'static str {
                match self { $(Category::$variant => $id,)* }
            }
        }
    };
}

categories! {
    Residence => "residence",
    CivilRegistration => "civil-registration",
    Employment => "employment",
    TaxInsurance => "tax-insurance",
    Health => "health",
    Education => "education",
    LanguageCourses => "language-courses",
    Housing => "housing",
    LegalAid => "legal-aid",
    SocialWelfare => "social-welfare",
    CrisisSupport => "crisis-support",
    Integration => "integration",
    Emergency => "emergency",
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error(
    "unknown category `{0}`: expected one of residence, civil-registration, employment, tax-insurance, health, education, language-courses, housing, legal-aid, social-welfare, crisis-support, integration, emergency"
)]
pub struct UnknownCategory(pub String);

impl FromStr for Category {
    type Err = UnknownCategory;

    fn from_str(id: &str) -> Result<Self, Self::Err> {
        Category::ALL
            .iter()
            .copied()
            .find(|category| category.as_str() == id)
            .ok_or_else(|| UnknownCategory(id.to_owned()))
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// HSDS `service.status`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ServiceStatus {
    #[default]
    Active,
    Inactive,
    TemporarilyClosed,
    Defunct,
}

impl ServiceStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ServiceStatus::Active => "active",
            ServiceStatus::Inactive => "inactive",
            ServiceStatus::TemporarilyClosed => "temporarily-closed",
            ServiceStatus::Defunct => "defunct",
        }
    }
}

impl FromStr for ServiceStatus {
    type Err = String;

    fn from_str(status: &str) -> Result<Self, Self::Err> {
        [Self::Active, Self::Inactive, Self::TemporarilyClosed, Self::Defunct]
            .into_iter()
            .find(|s| s.as_str() == status)
            .ok_or_else(|| format!("unknown status `{status}`: expected active, inactive, temporarily-closed or defunct"))
    }
}

/// HSDS `organization`: who runs the service.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Organization {
    pub name: LocalizedText,
    pub website: Option<String>,
}

/// HSDS `address` (physical), Polish conventions: street line, postal code, city.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Address {
    pub address_1: String,
    pub postal_code: Option<String>,
    pub city: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
}

/// HSDS `location` with its `address` and `accessibility`; a service is
/// linked to it through `service_at_location`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub address: Address,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub accessibility: LocalizedText,
}

/// HSDS `phone`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Phone {
    /// As published: E.164 with optional spaces, or a Polish short number.
    pub number: String,
    pub description: LocalizedText,
    pub languages: Vec<String>,
}

impl Phone {
    /// The number as a `tel:` URI target: digits and a leading `+` only.
    pub fn dial_string(&self) -> String {
        self.number
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect()
    }
}

/// HSDS `service`, with its location, phones, schedule, languages and
/// required documents folded in. Every human-readable field is localized.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Service {
    pub id: String,
    pub city: CityId,
    pub category: Category,
    pub status: ServiceStatus,
    pub organization: Organization,
    pub name: LocalizedText,
    pub description: LocalizedText,
    pub application_process: LocalizedText,
    pub fees: LocalizedText,
    /// Extra words people search for, per locale.
    pub keywords: Vec<(Locale, String)>,
    pub website: Option<String>,
    pub email: Option<String>,
    /// `Some(true)`: free of charge; `None`: not known.
    pub free: Option<bool>,
    /// OpenStreetMap `opening_hours`, evaluated in Europe/Warsaw.
    pub opening_hours: Option<String>,
    /// ISO 639-1 codes of the languages spoken at the service.
    pub languages: Vec<String>,
    pub location: Option<Location>,
    pub phones: Vec<Phone>,
    pub documents: Vec<LocalizedText>,
    pub source_url: String,
    pub last_verified: NaiveDate,
    /// Locales whose text was drafted by machine and awaits review.
    pub machine_translated: Vec<Locale>,
}

/// A step-by-step guide, shared by all cities; each step may point at a
/// category so the app lists the offices of the reader's city.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Guide {
    pub id: String,
    pub categories: Vec<Category>,
    pub title: LocalizedText,
    pub summary: LocalizedText,
    pub steps: Vec<GuideStep>,
    pub checklist: Vec<LocalizedText>,
    pub source_url: String,
    pub last_verified: NaiveDate,
    pub machine_translated: Vec<Locale>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuideStep {
    pub category: Option<Category>,
    pub title: LocalizedText,
    /// Markdown; raw HTML in it is shown as text.
    pub body: LocalizedText,
}

/// Ids of services and guides: lowercase ASCII letters, digits and single
/// hyphens, so they are safe in file names, URLs and HTML ids.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 80
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn category_ids_round_trip() {
        assert_eq!(Category::ALL.len(), 13);
        for &category in Category::ALL {
            assert_eq!(category.as_str().parse(), Ok(category));
            assert_eq!(
                serde_json::to_value(category).ok(),
                Some(category.as_str().into())
            );
        }
    }

    #[test]
    fn ids() {
        let check = |id: &str, ok: bool| assert_eq!(is_valid_id(id), ok, "{id}");
        check("krakow-uw-foreigners", true);
        check("pesel", true);
        check("Krakow", false);
        check("../etc", false);
        check("a--b", false);
        check("-a", false);
        check("", false);
    }
}
