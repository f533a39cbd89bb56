//! The two taxonomies through which Witaj says in HSDS what HSDS has no
//! field for. Both are ordinary HSDS `attribute`s with a `taxonomy_term`:
//!
//! - `witaj-category`: one term per category, its `code` the category id.
//! - `witaj-content`: one term per content-file field, its `code` the
//!   field's path in the content format (`opening_hours`, `source_url`,
//!   `location.address`, …) and the attribute's `value` the field's value.
//!   Every translation of every text is one attribute too, coded
//!   `<field>.<locale>` (`name.uk`, `phones.description.ar`,
//!   `documents.tr`, …) on the object that holds the field, so a dataset
//!   in one language still carries all ten.

use witaj_model::{Category, Locale};

use crate::hsds::{Attribute, TaxonomyTerm};
use crate::uuid_for;

pub const CATEGORY_TAXONOMY: &str = "witaj-category";
pub const CONTENT_TAXONOMY: &str = "witaj-content";

/// The content fields carried as single values on the service.
pub const ID: &str = "id";
pub const SOURCE_URL: &str = "source_url";
pub const VERIFICATION: &str = "verification";
pub const APPOINTMENT: &str = "appointment";
pub const BOOKING_URL: &str = "booking_url";
pub const ALLOW_HTTP: &str = "allow_http";
pub const FREE: &str = "free";
pub const OPENING_HOURS: &str = "opening_hours";
/// One attribute per locale, in the file's order.
pub const MACHINE_TRANSLATED: &str = "machine_translated";
/// On a location whose address HSDS cannot hold (it has no postal code,
/// which an HSDS `address` requires).
pub const LOCATION_ADDRESS: &str = "location.address";

/// The localized fields, by the path their translations are coded with.
pub const NAME: &str = "name";
pub const DESCRIPTION: &str = "description";
pub const APPLICATION_PROCESS: &str = "application_process";
pub const FEES: &str = "fees";
/// One attribute per keyword.
pub const KEYWORDS: &str = "keywords";
pub const ORGANIZATION_NAME: &str = "organization.name";
pub const ACCESSIBILITY: &str = "location.accessibility";
pub const PHONE_DESCRIPTION: &str = "phones.description";
pub const DOCUMENTS: &str = "documents";

/// What each value field holds, for the term's HSDS `description`.
fn field_description(code: &str) -> &'static str {
    match code {
        ID => "The service's Witaj id, which names its content file.",
        SOURCE_URL => "The institution's own page these details were checked against.",
        VERIFICATION => {
            "How the details were checked: drafted (from public pages) or confirmed (by the institution or city staff)."
        }
        APPOINTMENT => "Whether a visit needs an appointment: required, recommended or not-needed.",
        BOOKING_URL => "Where to book a visit online.",
        ALLOW_HTTP => "true when a cited site has no https.",
        FREE => "true when the service is free of charge, false when it is paid.",
        OPENING_HOURS => {
            "Opening hours in OpenStreetMap opening_hours syntax, in Europe/Warsaw time, with Polish public holidays for PH; the schedules are this expression expanded for an ordinary week."
        }
        MACHINE_TRANSLATED => "A locale whose text was drafted by machine and awaits review.",
        LOCATION_ADDRESS => "The street and number, for a location without a postal code.",
        _ => "A Witaj content field.",
    }
}

/// The term for a content field carried as a value.
pub fn field_term(code: &str) -> TaxonomyTerm {
    term(CONTENT_TAXONOMY, code, code, field_description(code))
}

/// The term for `field`'s text in `locale`.
pub fn translation_term(field: &str, locale: Locale) -> TaxonomyTerm {
    let code = translation_code(field, locale);
    let description = format!("The content field {field} in locale {locale}.");
    term(CONTENT_TAXONOMY, &code, &code, &description)
}

pub fn translation_code(field: &str, locale: Locale) -> String {
    format!("{field}.{locale}")
}

/// The term for a category, named in the dataset's language.
pub fn category_term(category: Category, name: &str) -> TaxonomyTerm {
    term(CATEGORY_TAXONOMY, category.as_str(), name, name)
}

fn term(taxonomy: &str, code: &str, name: &str, description: &str) -> TaxonomyTerm {
    TaxonomyTerm {
        id: uuid_for("taxonomy_term", &format!("{taxonomy}:{code}")),
        code: Some(code.to_owned()),
        name: name.to_owned(),
        description: description.to_owned(),
        taxonomy: Some(taxonomy.to_owned()),
    }
}

/// Builds the attributes of the HSDS object whose id is `owner`.
pub(crate) struct Attributes<'a> {
    owner: &'a str,
    list: Vec<Attribute>,
}

impl<'a> Attributes<'a> {
    pub(crate) fn new(owner: &'a str) -> Self {
        Self {
            owner,
            list: Vec::new(),
        }
    }

    pub(crate) fn push(&mut self, term: TaxonomyTerm, value: Option<String>) {
        let index = self.list.len();
        self.list.push(Attribute {
            id: uuid_for("attribute", &format!("{}:{index}", self.owner)),
            value,
            taxonomy_term: Some(term),
        });
    }

    pub(crate) fn value(&mut self, code: &str, value: impl Into<String>) {
        self.push(field_term(code), Some(value.into()));
    }

    /// Every translation of `field`.
    pub(crate) fn translations<'t>(
        &mut self,
        field: &str,
        texts: impl IntoIterator<Item = (Locale, &'t str)>,
    ) {
        for (locale, text) in texts {
            self.push(translation_term(field, locale), Some(text.to_owned()));
        }
    }

    pub(crate) fn finish(self) -> Vec<Attribute> {
        self.list
    }
}

/// What an object's attributes say in Witaj's taxonomies.
#[derive(Debug, Default)]
pub(crate) struct Carried<'a> {
    pub(crate) category: Option<&'a str>,
    /// Content-field values by code, in order.
    pub(crate) values: Vec<(&'a str, &'a str)>,
}

impl<'a> Carried<'a> {
    pub(crate) fn read(attributes: &'a [Attribute]) -> Self {
        let mut carried = Carried::default();
        for attribute in attributes {
            let Some(term) = &attribute.taxonomy_term else {
                continue;
            };
            let Some(code) = term.code.as_deref() else {
                continue;
            };
            match term.taxonomy.as_deref() {
                Some(CATEGORY_TAXONOMY) => carried.category = Some(code),
                Some(CONTENT_TAXONOMY) => {
                    if let Some(value) = attribute.value.as_deref() {
                        carried.values.push((code, value));
                    }
                }
                _ => {}
            }
        }
        carried
    }

    pub(crate) fn value(&self, code: &str) -> Option<&'a str> {
        self.values
            .iter()
            .find(|(c, _)| *c == code)
            .map(|&(_, value)| value)
    }

    pub(crate) fn all(&self, code: &'a str) -> impl Iterator<Item = &'a str> + '_ {
        self.values
            .iter()
            .filter(move |(c, _)| *c == code)
            .map(|&(_, value)| value)
    }

    /// The translations of `field`, by locale, in order.
    pub(crate) fn translations(&self, field: &str) -> Vec<(Locale, &'a str)> {
        self.values
            .iter()
            .filter_map(|&(code, value)| {
                let locale = code.strip_prefix(field)?.strip_prefix('.')?;
                let locale = Locale::ALL.into_iter().find(|l| l.code() == locale)?;
                Some((locale, value))
            })
            .collect()
    }
}
