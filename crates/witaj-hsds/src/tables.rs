//! The HSDS 3.0 tables Witaj writes and reads, column by column in the
//! order and with the types and constraints of the HSDS Data Package
//! (`datapackage.json` of the specification). The tabular writer, the
//! descriptor it writes and the tabular reader all follow this one list.

use serde_json::{Value, json};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Type {
    String,
    Number,
    Date,
    Time,
    DateTime,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Format {
    Plain,
    Uuid,
    Email,
    Uri,
}

#[derive(Debug)]
pub(crate) struct Field {
    pub(crate) name: &'static str,
    pub(crate) kind: Type,
    pub(crate) format: Format,
    pub(crate) required: bool,
    pub(crate) unique: bool,
    pub(crate) values: &'static [&'static str],
}

const fn field(name: &'static str) -> Field {
    Field {
        name,
        kind: Type::String,
        format: Format::Plain,
        required: false,
        unique: false,
        values: &[],
    }
}

impl Field {
    const fn of(mut self, kind: Type) -> Self {
        self.kind = kind;
        self
    }

    const fn format(mut self, format: Format) -> Self {
        self.format = format;
        self
    }

    const fn required(mut self) -> Self {
        self.required = true;
        self
    }

    const fn unique(mut self) -> Self {
        self.unique = true;
        self
    }

    const fn one_of(mut self, values: &'static [&'static str]) -> Self {
        self.values = values;
        self
    }
}

const fn uuid(name: &'static str) -> Field {
    field(name).format(Format::Uuid)
}

const fn number(name: &'static str) -> Field {
    field(name).of(Type::Number)
}

const fn date(name: &'static str) -> Field {
    field(name).of(Type::Date)
}

const ID: Field = uuid("id").required().unique();
const LOCATION_TYPES: &[&str] = &["physical", "postal", "virtual"];

#[derive(Debug)]
pub(crate) struct Table {
    /// The resource name (HSDS's table name).
    pub(crate) name: &'static str,
    /// The file, in the package's folder.
    pub(crate) path: &'static str,
    pub(crate) fields: &'static [Field],
    /// `(column, resource)`: the column holds an `id` of that resource.
    pub(crate) foreign_keys: &'static [(&'static str, &'static str)],
}

pub(crate) const ORGANIZATION: Table = Table {
    name: "organization",
    path: "organizations.csv",
    fields: &[
        ID,
        field("name").required(),
        field("alternate_name"),
        field("description").required(),
        field("email").format(Format::Email),
        field("website").format(Format::Uri),
        field("tax_status"),
        field("tax_id"),
        number("year_incorporated"),
        field("legal_status"),
        field("logo"),
        field("uri").format(Format::Uri),
        uuid("parent_organization_id"),
    ],
    foreign_keys: &[],
};

pub(crate) const SERVICE: Table = Table {
    name: "service",
    path: "services.csv",
    fields: &[
        ID,
        uuid("organization_id").required(),
        uuid("program_id"),
        field("name").required(),
        field("alternate_name"),
        field("description"),
        field("url").format(Format::Uri),
        field("email").format(Format::Email),
        field("status")
            .required()
            .one_of(&["active", "inactive", "defunct", "temporarily closed"]),
        field("interpretation_services"),
        field("application_process"),
        field("fees_description"),
        field("wait_time"),
        field("fees"),
        field("accreditations"),
        field("eligibility_description"),
        number("minimum_age"),
        number("maximum_age"),
        date("assured_date"),
        field("assurer_email").format(Format::Email),
        field("licenses"),
        field("alert"),
        field("last_modified").of(Type::DateTime),
    ],
    foreign_keys: &[("organization_id", "organization")],
};

pub(crate) const ATTRIBUTE: Table = Table {
    name: "attribute",
    path: "attributes.csv",
    fields: &[
        ID,
        uuid("link_id").required(),
        uuid("taxonomy_term_id").required(),
        field("link_type"),
        field("link_entity").required(),
        field("value"),
    ],
    foreign_keys: &[("taxonomy_term_id", "taxonomy_term")],
};

pub(crate) const SERVICE_AT_LOCATION: Table = Table {
    name: "service_at_location",
    path: "service_at_location.csv",
    fields: &[
        ID,
        uuid("service_id").required(),
        uuid("location_id").required(),
        field("description"),
    ],
    foreign_keys: &[("service_id", "service"), ("location_id", "location")],
};

pub(crate) const LOCATION: Table = Table {
    name: "location",
    path: "locations.csv",
    fields: &[
        ID,
        field("location_type").required().one_of(LOCATION_TYPES),
        field("url").format(Format::Uri),
        uuid("organization_id"),
        field("name"),
        field("alternate_name"),
        field("description"),
        field("transportation"),
        number("latitude"),
        number("longitude"),
        field("external_identifier"),
        field("external_identifier_type"),
    ],
    foreign_keys: &[],
};

pub(crate) const PHONE: Table = Table {
    name: "phone",
    path: "phones.csv",
    fields: &[
        ID,
        uuid("location_id"),
        uuid("service_id"),
        uuid("organization_id"),
        uuid("contact_id"),
        uuid("service_at_location_id"),
        field("number").required(),
        number("extension"),
        field("type"),
        field("description"),
    ],
    foreign_keys: &[("service_id", "service")],
};

pub(crate) const ADDRESS: Table = Table {
    name: "address",
    path: "addresses.csv",
    fields: &[
        ID,
        uuid("location_id"),
        field("attention"),
        field("address_1").required(),
        field("address_2"),
        field("city").required(),
        field("region"),
        field("state_province").required(),
        field("postal_code").required(),
        field("country").required(),
        field("address_type").required().one_of(LOCATION_TYPES),
    ],
    foreign_keys: &[("location_id", "location")],
};

pub(crate) const SCHEDULE: Table = Table {
    name: "schedule",
    path: "schedules.csv",
    fields: &[
        ID,
        uuid("service_id"),
        uuid("location_id"),
        uuid("service_at_location_id"),
        date("valid_from"),
        date("valid_to"),
        date("dtstart"),
        number("timezone"),
        date("until"),
        number("count"),
        field("wkst").one_of(&["MO", "TU", "WE", "TH", "FR", "SA", "SU"]),
        field("freq").one_of(&["WEEKLY", "MONTHLY"]),
        number("interval"),
        field("byday"),
        field("byweekno"),
        field("bymonthday"),
        field("byyearday"),
        field("description"),
        field("opens_at").of(Type::Time),
        field("closes_at").of(Type::Time),
        field("schedule_link").format(Format::Uri),
        field("attending_type"),
        field("notes"),
    ],
    foreign_keys: &[("service_id", "service")],
};

pub(crate) const REQUIRED_DOCUMENT: Table = Table {
    name: "required_document",
    path: "required_documents.csv",
    fields: &[
        ID,
        uuid("service_id"),
        field("document"),
        field("uri").format(Format::Uri),
    ],
    foreign_keys: &[("service_id", "service")],
};

pub(crate) const LANGUAGE: Table = Table {
    name: "language",
    path: "languages.csv",
    fields: &[
        ID,
        uuid("service_id"),
        uuid("location_id"),
        uuid("phone_id"),
        field("name"),
        field("code"),
        field("note"),
    ],
    foreign_keys: &[("service_id", "service"), ("phone_id", "phone")],
};

pub(crate) const ACCESSIBILITY: Table = Table {
    name: "accessibility",
    path: "accessibility.csv",
    fields: &[
        ID,
        uuid("location_id"),
        field("description"),
        field("details"),
        field("url").format(Format::Uri),
    ],
    foreign_keys: &[("location_id", "location")],
};

pub(crate) const TAXONOMY_TERM: Table = Table {
    name: "taxonomy_term",
    path: "taxonomy_terms.csv",
    fields: &[
        ID,
        field("code").unique(),
        field("name").required(),
        field("description").required(),
        uuid("parent_id"),
        field("taxonomy"),
        field("language"),
        uuid("taxonomy_id"),
        field("term_uri").format(Format::Uri),
    ],
    foreign_keys: &[],
};

pub(crate) const COST_OPTION: Table = Table {
    name: "cost_option",
    path: "cost_options.csv",
    fields: &[
        ID,
        uuid("service_id").required(),
        date("valid_from"),
        date("valid_to"),
        field("option"),
        field("currency"),
        number("amount"),
        field("amount_description"),
    ],
    foreign_keys: &[("service_id", "service")],
};

/// Every table Witaj writes, in the specification's order.
pub(crate) const WRITTEN: [&Table; 13] = [
    &ORGANIZATION,
    &SERVICE,
    &ATTRIBUTE,
    &SERVICE_AT_LOCATION,
    &LOCATION,
    &PHONE,
    &ADDRESS,
    &SCHEDULE,
    &REQUIRED_DOCUMENT,
    &LANGUAGE,
    &ACCESSIBILITY,
    &TAXONOMY_TERM,
    &COST_OPTION,
];

/// HSDS tables linked to a service by `service_id` that Witaj keeps
/// nothing of, read only to say what was left out: `(name, file)`.
pub(crate) const NOT_KEPT_BY_SERVICE: [(&str, &str); 3] = [
    ("contacts", "contacts.csv"),
    ("funding", "funding.csv"),
    ("service_areas", "service_areas.csv"),
];

/// The programs a service's `program_id` names; nothing of them is kept either.
pub(crate) const PROGRAMS: &str = "programs.csv";

impl Table {
    pub(crate) fn field(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.name == name)
    }

    /// The table's Frictionless resource descriptor.
    fn resource(&self) -> Value {
        let fields: Vec<Value> = self.fields.iter().map(Field::descriptor).collect();
        let foreign_keys: Vec<Value> = self
            .foreign_keys
            .iter()
            .map(|(column, resource)| {
                json!({"fields": column, "reference": {"resource": resource, "fields": "id"}})
            })
            .collect();
        json!({
            "name": self.name,
            "path": self.path,
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "schema": {
                "fields": fields,
                "primaryKey": "id",
                "foreignKeys": foreign_keys,
            },
        })
    }
}

impl Field {
    fn descriptor(&self) -> Value {
        let mut descriptor = json!({
            "name": self.name,
            "type": match self.kind {
                Type::String => "string",
                Type::Number => "number",
                Type::Date => "date",
                Type::Time => "time",
                Type::DateTime => "datetime",
            },
        });
        let format = match self.format {
            Format::Plain => None,
            Format::Uuid => Some("uuid"),
            Format::Email => Some("email"),
            Format::Uri => Some("uri"),
        };
        if let Some(format) = format {
            descriptor["format"] = json!(format);
        }
        let mut constraints = json!({"required": self.required, "unique": self.unique});
        if !self.values.is_empty() {
            constraints["enum"] = json!(self.values);
        }
        descriptor["constraints"] = constraints;
        descriptor
    }
}

/// The Data Package descriptor of the tables Witaj writes.
pub(crate) fn descriptor() -> Value {
    let resources: Vec<Value> = WRITTEN.iter().map(|table| table.resource()).collect();
    json!({
        "name": "witaj-hsds",
        "title": "Witaj services in Open Referral HSDS 3.0",
        "profile": "tabular-data-package",
        "version": "3.0.0",
        "resources": resources,
    })
}
