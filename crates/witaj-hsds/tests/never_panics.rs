//! Whatever the input, the import returns services or an error, never a
//! panic, and every file it would write is valid TOML.

use std::path::Path;
use std::sync::LazyLock;

use chrono::NaiveDate;
use proptest::prelude::*;
use serde_json::Value;
use witaj_model::{CityId, Locale};

/// Keys and values HSDS and Witaj's attributes use, so that generated
/// documents reach past the first type check.
const KEYS: &[&str] = &[
    "id",
    "name",
    "status",
    "description",
    "contents",
    "services",
    "service",
    "organization",
    "service_at_locations",
    "location",
    "location_type",
    "addresses",
    "address_1",
    "city",
    "country",
    "postal_code",
    "state_province",
    "address_type",
    "accessibility",
    "phones",
    "number",
    "type",
    "languages",
    "code",
    "schedules",
    "freq",
    "byday",
    "opens_at",
    "closes_at",
    "interval",
    "valid_from",
    "required_documents",
    "document",
    "cost_options",
    "amount",
    "attributes",
    "taxonomy_term",
    "taxonomy",
    "value",
    "assured_date",
    "latitude",
];
const TEXTS: &[&str] = &[
    "active",
    "temporarily closed",
    "physical",
    "witaj-category",
    "witaj-content",
    "health",
    "opening_hours",
    "machine_translated",
    "name.uk",
    "keywords.pl",
    "MO,TU",
    "1MO",
    "08:00",
    "23:59:59",
    "24:00",
    "WEEKLY",
    "2026-11-20",
    "fax",
    "krakow-x",
    "",
];

fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_filter_map("a JSON number", |f| {
            serde_json::Number::from_f64(f).map(Value::Number)
        }),
        prop::sample::select(TEXTS).prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(5, 96, 8, |inner| {
        let key = prop_oneof![
            prop::sample::select(KEYS).prop_map(str::to_owned),
            "[a-z_]{1,10}"
        ];
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(key, inner, 0..8)
                .prop_map(|members| Value::Object(members.into_iter().collect())),
        ]
    })
}

/// Members HSDS requires of the objects generated here.
const REQUIRED: &[&str] = &[
    "id",
    "name",
    "status",
    "description",
    "number",
    "location_type",
    "address_1",
    "city",
    "state_province",
    "postal_code",
    "country",
    "address_type",
];

/// A value that is usually of the right kind and now and then anything.
fn mostly<S: Strategy<Value = Value> + 'static>(strategy: S) -> BoxedStrategy<Value> {
    prop_oneof![30 => strategy, 1 => json()].boxed()
}

fn text() -> BoxedStrategy<Value> {
    mostly(prop_oneof![
        prop::sample::select(TEXTS).prop_map(Value::from),
        "\\PC{0,16}".prop_map(Value::String),
    ])
}

fn date() -> BoxedStrategy<Value> {
    mostly(prop::sample::select(&["2026-11-20", "2005-01-01"][..]).prop_map(Value::from))
}

fn number() -> BoxedStrategy<Value> {
    mostly(prop_oneof![
        (-200.0..200.0f64).prop_map(Value::from),
        Just(Value::from(0))
    ])
}

fn list(item: BoxedStrategy<Value>) -> BoxedStrategy<Value> {
    mostly(prop::collection::vec(item, 0..4).prop_map(Value::Array))
}

/// An object of the members given, each present or not.
fn object(members: Vec<(&'static str, BoxedStrategy<Value>)>) -> BoxedStrategy<Value> {
    let (names, values): (Vec<_>, Vec<_>) = members
        .into_iter()
        .map(|(name, value)| {
            // The members HSDS requires are always there (if not always
            // of the right kind); the others half the time.
            let member = if REQUIRED.contains(&name) {
                value.prop_map(Some).boxed()
            } else {
                prop::option::weighted(0.5, value).boxed()
            };
            (name, member)
        })
        .unzip();
    mostly(values.prop_map(move |values| {
        Value::Object(
            names
                .iter()
                .zip(values)
                .filter_map(|(name, value)| Some(((*name).to_owned(), value?)))
                .collect(),
        )
    }))
}

fn attributes() -> BoxedStrategy<Value> {
    let term = object(vec![
        ("id", text()),
        ("code", text()),
        ("name", text()),
        ("description", text()),
        ("taxonomy", text()),
    ]);
    list(object(vec![
        ("id", text()),
        ("value", text()),
        ("taxonomy_term", term),
    ]))
}

/// Something shaped like an HSDS service, with any of its parts wrong.
fn hsds_service() -> BoxedStrategy<Value> {
    let address = object(vec![
        ("id", text()),
        ("address_1", text()),
        ("city", text()),
        ("state_province", text()),
        ("postal_code", text()),
        ("country", text()),
        ("address_type", text()),
    ]);
    let location = object(vec![
        ("id", text()),
        ("location_type", text()),
        ("name", text()),
        ("latitude", number()),
        ("longitude", number()),
        ("addresses", list(address)),
        (
            "accessibility",
            list(object(vec![
                ("id", text()),
                ("description", text()),
                ("attributes", attributes()),
            ])),
        ),
        ("attributes", attributes()),
    ]);
    let phone = object(vec![
        ("id", text()),
        ("number", text()),
        ("type", text()),
        ("description", text()),
        (
            "languages",
            list(object(vec![("id", text()), ("code", text())])),
        ),
        ("attributes", attributes()),
    ]);
    let schedule = object(vec![
        ("id", text()),
        ("freq", text()),
        ("byday", text()),
        ("opens_at", text()),
        ("closes_at", text()),
        ("interval", number()),
        ("valid_from", date()),
    ]);
    let status = mostly(
        prop::sample::select(&["active", "inactive", "defunct", "temporarily closed"][..])
            .prop_map(Value::from),
    );
    object(vec![
        ("id", text()),
        ("name", text()),
        ("status", status),
        ("description", text()),
        ("url", text()),
        ("assured_date", date()),
        (
            "organization",
            object(vec![
                ("id", text()),
                ("name", text()),
                ("description", text()),
                ("attributes", attributes()),
            ]),
        ),
        (
            "service_at_locations",
            list(object(vec![("id", text()), ("location", location)])),
        ),
        ("phones", list(phone)),
        ("schedules", list(schedule)),
        (
            "languages",
            list(object(vec![("id", text()), ("code", text())])),
        ),
        (
            "required_documents",
            list(object(vec![
                ("id", text()),
                ("document", text()),
                ("attributes", attributes()),
            ])),
        ),
        (
            "cost_options",
            list(object(vec![("id", text()), ("amount", number())])),
        ),
        ("attributes", attributes()),
    ])
}

/// Kraków's services as Witaj exports them: a real document to damage.
static EXPORTED: LazyLock<Value> = LazyLock::new(|| {
    let content =
        witaj_content::compile(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content"))
            .expect("content compiles");
    let services: Vec<_> = content
        .services
        .into_iter()
        .filter(|s| s.city == CityId::Krakow)
        .take(4)
        .collect();
    let category_name = |category: witaj_model::Category| category.to_string();
    let options = witaj_hsds::ExportOptions {
        locale: Locale::Uk,
        today: NaiveDate::from_ymd_opt(2026, 12, 1).expect("a date"),
        category_name: &category_name,
    };
    serde_json::to_value(witaj_hsds::export_services(&services, &options)).expect("JSON")
});

/// Every JSON pointer in `value`.
fn pointers(value: &Value, at: String, into: &mut Vec<String>) {
    match value {
        Value::Object(members) => {
            for (key, member) in members {
                let pointer = format!("{at}/{}", key.replace('~', "~0").replace('/', "~1"));
                pointers(member, pointer.clone(), into);
                into.push(pointer);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let pointer = format!("{at}/{i}");
                pointers(item, pointer.clone(), into);
                into.push(pointer);
            }
        }
        _ => {}
    }
}

/// Imports `text`; whatever is imported must write as valid TOML.
fn import(text: &str) {
    if let Ok(imported) =
        witaj_hsds::import_json(text, Path::new("in.json"), CityId::Wroclaw, Locale::Ka)
    {
        for service in &imported.services {
            let file = service.to_toml();
            if let Err(error) = toml::from_str::<toml::Table>(&file) {
                panic!("{error}\n{file}");
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_text(text in "\\PC{0,200}") {
        import(&text);
    }

    #[test]
    fn any_json(document in json()) {
        import(&document.to_string());
    }

    #[test]
    fn anything_shaped_like_services(services in prop::collection::vec(hsds_service(), 1..4)) {
        import(&Value::Array(services).to_string());
    }

    #[test]
    fn any_damage_to_a_real_export(
        damage in prop::collection::vec((any::<prop::sample::Index>(), json()), 1..4)
    ) {
        let mut document = EXPORTED.clone();
        for (index, replacement) in damage {
            let mut all = Vec::new();
            pointers(&document, String::new(), &mut all);
            if all.is_empty() {
                break;
            }
            if let Some(target) = document.pointer_mut(&all[index.index(all.len())]) {
                *target = replacement;
            }
        }
        import(&document.to_string());
    }

    #[test]
    fn any_services_table(rows in prop::collection::vec(
        prop::collection::vec(prop_oneof!["[^\\n]{0,12}", prop::sample::select(TEXTS).prop_map(str::to_owned)], 0..7),
        0..5,
    )) {
        let dir = tempfile::tempdir().expect("temp");
        let mut text = String::from("id,organization_id,name,status,assured_date,latitude\n");
        for row in rows {
            text.push_str(&row.join(","));
            text.push('\n');
        }
        std::fs::write(dir.path().join("services.csv"), text).expect("write");
        std::fs::write(dir.path().join("locations.csv"), "id,location_type\nx,physical\n").expect("write");
        let _ = witaj_hsds::import(dir.path(), CityId::Lodz, Locale::Pl);
    }
}
