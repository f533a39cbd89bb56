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
    pub const ALL: [ServiceStatus; 4] = [
        ServiceStatus::Active,
        ServiceStatus::Inactive,
        ServiceStatus::TemporarilyClosed,
        ServiceStatus::Defunct,
    ];

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

/// How an entry's details were checked: drafted from the institution's
/// public pages, or confirmed by the institution or city staff.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verification {
    #[default]
    Drafted,
    Confirmed,
}

impl Verification {
    pub const ALL: [Verification; 2] = [Verification::Drafted, Verification::Confirmed];

    pub fn as_str(self) -> &'static str {
        match self {
            Verification::Drafted => "drafted",
            Verification::Confirmed => "confirmed",
        }
    }
}

/// Whether a visit needs a booked appointment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Appointment {
    Required,
    Recommended,
    NotNeeded,
}

impl Appointment {
    pub const ALL: [Appointment; 3] = [
        Appointment::Required,
        Appointment::Recommended,
        Appointment::NotNeeded,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Appointment::Required => "required",
            Appointment::Recommended => "recommended",
            Appointment::NotNeeded => "not-needed",
        }
    }
}

/// A value outside a closed set of ids.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("unknown {what} `{value}`: expected one of {expected}")]
pub struct UnknownValue {
    pub what: &'static str,
    pub value: String,
    pub expected: String,
}

fn one_of<T: Copy>(
    what: &'static str,
    value: &str,
    all: &[T],
    id: impl Fn(T) -> &'static str,
) -> Result<T, UnknownValue> {
    all.iter()
        .copied()
        .find(|&item| id(item) == value)
        .ok_or_else(|| UnknownValue {
            what,
            value: value.to_owned(),
            expected: all
                .iter()
                .map(|&item| id(item))
                .collect::<Vec<_>>()
                .join(", "),
        })
}

impl FromStr for Verification {
    type Err = UnknownValue;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        one_of("verification", value, &Self::ALL, Self::as_str)
    }
}

impl FromStr for Appointment {
    type Err = UnknownValue;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        one_of("appointment", value, &Self::ALL, Self::as_str)
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
    /// How `last_verified` was reached: drafted from public pages or
    /// confirmed by the institution.
    #[serde(default)]
    pub verification: Verification,
    /// `None`: not stated.
    #[serde(default)]
    pub appointment: Option<Appointment>,
    /// Where to book a visit, when booking is online.
    #[serde(default)]
    pub booking_url: Option<String>,
    /// The content says explicitly that some of its sites have no https,
    /// so `http://` addresses are accepted for this service.
    #[serde(default)]
    pub allow_http: bool,
    /// Locales whose text was drafted by machine and awaits review.
    pub machine_translated: Vec<Locale>,
}

/// A step-by-step guide, national or one city's; each step may point at a
/// category so the app lists the offices of the reader's city.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Guide {
    pub id: String,
    /// The city that publishes the guide (its id starts with the city id);
    /// `None` for national guides, which every reader sees.
    #[serde(default)]
    pub city: Option<CityId>,
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

/// How much a notice matters to a reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    Urgent,
    Important,
    Info,
}

impl Severity {
    pub const ALL: [Severity; 3] = [Severity::Urgent, Severity::Important, Severity::Info];

    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Urgent => "urgent",
            Severity::Important => "important",
            Severity::Info => "info",
        }
    }
}

impl FromStr for Severity {
    type Err = UnknownValue;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        one_of("severity", value, &Self::ALL, Self::as_str)
    }
}

/// A dated announcement: a law change, a closure, a deadline. In force from
/// `valid_from` to `valid_until`, both days inclusive, in Europe/Warsaw.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Notice {
    pub id: String,
    /// The city it is for; `None` for every city.
    #[serde(default)]
    pub city: Option<CityId>,
    pub valid_from: NaiveDate,
    pub valid_until: NaiveDate,
    pub severity: Severity,
    /// The official page with the details.
    pub link: Option<String>,
    pub title: LocalizedText,
    /// Plain text, one or two sentences.
    pub body: LocalizedText,
    pub source_url: String,
    pub last_verified: NaiveDate,
    pub machine_translated: Vec<Locale>,
}

impl Notice {
    /// Whether the notice is in force on `day` (Warsaw date).
    pub fn in_force_on(&self, day: NaiveDate) -> bool {
        self.valid_from <= day && day <= self.valid_until
    }
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
