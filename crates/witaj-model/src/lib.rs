//! The Witaj domain: cities, categories, locales, localized text and the
//! service record, aligned with Open Referral HSDS 3.0.
//!
//! This crate is pure data: no I/O, no clock, no database. Every other crate
//! speaks in these types.

mod city;
mod locale;
mod service;
mod text;

pub use city::{City, CityId, UnknownCity};
pub use locale::{Locale, UnknownLocale};
pub use service::{
    Address, Appointment, Category, Guide, GuideStep, Location, Notice, Organization, Phone,
    Service, ServiceStatus, Severity, UnknownCategory, UnknownValue, Verification, is_valid_id,
};
pub use text::LocalizedText;
