//! Open Referral HSDS 3.0 in and out: export that validates against the
//! specification's strict schema and its Data Package, and import from HSDS
//! JSON or tabular data into Witaj content files.
//!
//! # Export
//!
//! [`export_services`] turns Witaj services into nested HSDS `service`
//! objects (write them as a JSON array with [`to_json`]); [`write_tabular`]
//! writes the same objects as HSDS CSV tables with a Frictionless
//! `datapackage.json`. Every `id` is a UUID (version 5, derived from the
//! Witaj id, so it is the same on every export). A field without a value is
//! left out, never `null`. HSDS requires an `organization.description`
//! Witaj does not keep: it repeats the organization's name.
//!
//! # Languages
//!
//! An HSDS dataset has one language: the HSDS text fields hold the text a
//! reader of the export's locale sees in the app (falling back, e.g. from
//! Belarusian to Russian). So that one file still carries all ten locales,
//! every translation of every text is also an `attribute` of the object
//! holding the field, in the `witaj-content` taxonomy, coded
//! `<field>.<locale>` (`name.uk`, `phones.description.ar`, …) with the text
//! as its `value`. HSDS consumers that know nothing of Witaj read ordinary
//! HSDS; Witaj reads every locale back.
//!
//! # What HSDS has no field for
//!
//! Carried as attributes too (see [`vocabulary`]): the category (taxonomy
//! `witaj-category`, the term's code is the category id) and, in the
//! `witaj-content` taxonomy, the Witaj `id`, `source_url`, `verification`,
//! `appointment`, `booking_url`, `allow_http`, `free`, the OpenStreetMap
//! `opening_hours` and the `machine_translated` locales. HSDS schedules
//! cannot say "closed on public holidays" and use fixed UTC offsets, so
//! they show the expression expanded for an ordinary week (the first from
//! the export's day without a Polish public holiday); the attribute is the
//! truth. An HSDS `address` requires a postal code: a location without one
//! carries its street in a `location.address` attribute and as the
//! location's `name`. `last_verified` is HSDS's `assured_date`.
//!
//! # Import
//!
//! [`import`] reads an HSDS JSON file (a `service`, an array of them, an
//! HSDS API page with `contents`, an `organization` with `services`, or a
//! `service_at_location` with its `service`) or a tabular package (its
//! folder or `datapackage.json`; tables are found by their HSDS file
//! names). Input that is not valid HSDS — bad JSON, a wrong type, a missing
//! required field, a CSV row with too many cells — is an [`HsdsError`]
//! naming the file, line and field. Valid HSDS is always imported:
//!
//! - What Witaj exported comes back exactly (the round trip is lossless).
//! - Data from elsewhere is written as far as it goes, with one
//!   [`Diagnostic`](witaj_content::Diagnostic) per thing staff must do, at
//!   the service's line in the input. Errors name what the content file
//!   needs before `witaj content lint` accepts it (a category, the
//!   source page, the day it was checked, translations into pl, en and
//!   uk); the file holds an empty value there (`category = ""`), so staff
//!   fix the file rather than re-import. Warnings say what was left out or
//!   changed: fields Witaj has no place for, schedules that cannot become
//!   OpenStreetMap hours, an address outside the city, a fax number. Text
//!   without Witaj's translation attributes is taken to be in the locale
//!   the caller names. Weekly HSDS schedules become an `opening_hours`
//!   expression.
//!
//! [`write_content`] writes the imported services as
//! `<city>/services/<id without the city>.toml`, laid out like the
//! hand-written files ([`ImportedService::to_toml`] gives one file's text
//! and [`ImportedService::relative_path`] its place, e.g. for a preview;
//! [`ImportedService::service`] is the Witaj service once nothing is
//! [`missing`](ImportedService::missing)). Errors carry a stable
//! [`code`](HsdsError::code) for front ends.
//!
//! ```no_run
//! # use std::path::Path;
//! # use witaj_model::{CityId, Locale};
//! let imported = witaj_hsds::import(Path::new("services.json"), CityId::Krakow, Locale::En)?;
//! for diagnostic in &imported.diagnostics {
//!     println!("{diagnostic}");
//! }
//! witaj_hsds::write_content(Path::new("content"), &imported.services)?;
//! # Ok::<(), witaj_hsds::HsdsError>(())
//! ```

mod content;
mod export;
pub mod hsds;
mod import;
mod json;
mod schedule;
mod tables;
mod tabular;
pub mod vocabulary;

use std::path::PathBuf;

use uuid::Uuid;

pub use content::{ImportedService, Needed, write_content};
pub use export::{ExportOptions, export_service, export_services};
pub use import::{Import, import, import_json};
pub use tabular::write_tabular;

/// Namespace for the stable UUIDs HSDS wants, derived from Witaj ids.
const NAMESPACE: Uuid = Uuid::from_u128(0x5769_7461_6a00_4853_4453_0000_0000_0003);

/// The UUID of the HSDS object of `kind` (a table name) for `key`.
pub(crate) fn uuid_for(kind: &str, key: &str) -> String {
    Uuid::new_v5(&NAMESPACE, format!("{kind}:{key}").as_bytes()).to_string()
}

/// Where each line of a text starts, to turn byte offsets into line numbers.
pub(crate) struct Lines(Vec<usize>);

impl Lines {
    pub(crate) fn of(text: &[u8]) -> Self {
        let breaks = text.iter().enumerate().filter(|(_, b)| **b == b'\n');
        Self(
            std::iter::once(0)
                .chain(breaks.map(|(i, _)| i + 1))
                .collect(),
        )
    }

    /// The 1-based line of the byte at `offset`.
    pub(crate) fn line(&self, offset: usize) -> usize {
        self.0.partition_point(|&start| start <= offset)
    }
}

/// `services` as an HSDS JSON array.
pub fn to_json(services: &[hsds::Service]) -> String {
    serde_json::to_string_pretty(services).expect("HSDS objects always serialize") + "\n"
}

#[derive(Debug, thiserror::Error)]
pub enum HsdsError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}:{line}:{column}: not JSON: {message}", path.display())]
    Json {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{}:{line}: {field}: {message}", path.display())]
    Shape {
        path: PathBuf,
        line: usize,
        field: String,
        message: String,
    },
    #[error(
        "{}: expected an HSDS service, an array of services, an HSDS API page (contents), an organization with services or a service_at_location with its service; found {found}",
        path.display()
    )]
    NotServices { path: PathBuf, found: &'static str },
    #[error("{}:{line}: {field}: {message}", path.display())]
    Csv {
        path: PathBuf,
        line: usize,
        field: String,
        message: String,
    },
    #[error("{} is not an HSDS tabular package: it has no services.csv", path.display())]
    NoServices { path: PathBuf },
}

impl HsdsError {
    /// A stable code for front ends (`error-<code>` in Fluent).
    pub fn code(&self) -> &'static str {
        match self {
            HsdsError::Read { .. } => "hsds-read",
            HsdsError::Write { .. } => "hsds-write",
            HsdsError::Json { .. } => "hsds-json",
            HsdsError::Shape { .. } => "hsds-shape",
            HsdsError::NotServices { .. } => "hsds-not-services",
            HsdsError::Csv { .. } => "hsds-csv",
            HsdsError::NoServices { .. } => "hsds-no-services",
        }
    }
}
