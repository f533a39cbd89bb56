//! Importing HSDS that Witaj did not write: the specification's own
//! examples, small hand-made inputs for each rule, and malformed input.

use std::path::{Path, PathBuf};

use witaj_content::Severity;
use witaj_hsds::{HsdsError, Import, Needed};
use witaj_model::{CityId, Locale};

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/standards/hsds-3.0/examples")
}

/// `(severity, field, message)` of each diagnostic, all at `line`.
fn diagnostics(import: &Import, line: usize) -> Vec<(Severity, String, String)> {
    import
        .diagnostics
        .iter()
        .map(|d| {
            assert_eq!(d.line, line, "{d}");
            (d.severity, d.field.clone(), d.message.clone())
        })
        .collect()
}

fn expected(list: &[(Severity, &str, &str)]) -> Vec<(Severity, String, String)> {
    list.iter()
        .map(|(s, f, m)| (*s, (*f).to_owned(), (*m).to_owned()))
        .collect()
}

const CATEGORIES: &str = "residence, civil-registration, employment, tax-insurance, health, education, language-courses, housing, legal-aid, social-welfare, crisis-support, integration, emergency";
const SOURCE_URL: &str = "HSDS has no field for the page these details were checked against: set source_url to the institution's own page";
const ONLY_ENGLISH: &str = "only in en: Witaj needs pl, en and uk; translate it into pl, uk";
const SCHEDULE: &str = "schedules[0] cannot become opening hours: it holds only on some dates (valid_from, valid_to, until, count, byweekno, bymonthday, byyearday): write opening_hours by hand (OpenStreetMap syntax)";
const ADDRESS: &str =
    "the address is in MyCity, US, and the service is imported into Kraków: check it";

/// What the full JSON example holds that Witaj has no field for.
const NOT_KEPT_JSON: &[&str] = &[
    "accreditations",
    "alert",
    "alternate_name",
    "assurer_email",
    "contacts",
    "cost_options[].amount_description",
    "cost_options[].currency",
    "cost_options[].option",
    "cost_options[].valid_from",
    "cost_options[].valid_to",
    "eligibility_description",
    "fees",
    "funding",
    "interpretation_services",
    "languages[].name",
    "languages[].note",
    "last_modified",
    "licenses",
    "maximum_age",
    "metadata",
    "minimum_age",
    "organization.alternate_name",
    "organization.contacts",
    "organization.description",
    "organization.email",
    "organization.funding",
    "organization.legal_status",
    "organization.locations",
    "organization.logo",
    "organization.organization_identifiers",
    "organization.phones",
    "organization.programs",
    "organization.tax_status",
    "organization.uri",
    "organization.year_incorporated",
    "phones[].extension",
    "phones[].languages[].name",
    "phones[].languages[].note",
    "program",
    "required_documents[].uri",
    "service_areas",
    "service_at_locations[].contacts",
    "service_at_locations[].description",
    "service_at_locations[].location.accessibility[].details",
    "service_at_locations[].location.accessibility[].url",
    "service_at_locations[].location.addresses[].address_2",
    "service_at_locations[].location.addresses[].attention",
    "service_at_locations[].location.addresses[].region",
    "service_at_locations[].location.addresses[].state_province",
    "service_at_locations[].location.alternate_name",
    "service_at_locations[].location.contacts",
    "service_at_locations[].location.description",
    "service_at_locations[].location.external_identifier",
    "service_at_locations[].location.external_identifier_type",
    "service_at_locations[].location.languages",
    "service_at_locations[].location.name",
    "service_at_locations[].location.phones",
    "service_at_locations[].location.schedules",
    "service_at_locations[].location.transportation",
    "service_at_locations[].location.url",
    "service_at_locations[].phones",
    "service_at_locations[].schedules",
    "wait_time",
];

/// The tables link fewer objects to a service than the nested JSON does.
const NOT_KEPT_TABLES: &[&str] = &[
    "accreditations",
    "alert",
    "alternate_name",
    "assurer_email",
    "contacts",
    "cost_options[].amount_description",
    "cost_options[].currency",
    "cost_options[].option",
    "cost_options[].valid_from",
    "cost_options[].valid_to",
    "eligibility_description",
    "fees",
    "funding",
    "interpretation_services",
    "languages[].name",
    "languages[].note",
    "last_modified",
    "licenses",
    "maximum_age",
    "minimum_age",
    "organization.alternate_name",
    "organization.description",
    "organization.email",
    "organization.legal_status",
    "organization.logo",
    "organization.tax_status",
    "organization.uri",
    "organization.year_incorporated",
    "phones[].extension",
    "phones[].languages[].name",
    "phones[].languages[].note",
    "program",
    "required_documents[].uri",
    "service_areas",
    "service_at_locations[].description",
    "service_at_locations[].location.accessibility[].details",
    "service_at_locations[].location.accessibility[].url",
    "service_at_locations[].location.addresses[].address_2",
    "service_at_locations[].location.addresses[].attention",
    "service_at_locations[].location.addresses[].region",
    "service_at_locations[].location.addresses[].state_province",
    "service_at_locations[].location.alternate_name",
    "service_at_locations[].location.description",
    "service_at_locations[].location.external_identifier",
    "service_at_locations[].location.external_identifier_type",
    "service_at_locations[].location.name",
    "service_at_locations[].location.transportation",
    "service_at_locations[].location.url",
    "wait_time",
];

fn not_kept(fields: &[&str]) -> String {
    format!("Witaj has no field for {}", fields.join(", "))
}

fn import(path: &Path) -> Import {
    witaj_hsds::import(path, CityId::Krakow, Locale::En)
        .unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

#[test]
fn the_full_service_example_imports_with_what_staff_must_add() {
    let category = format!(
        "HSDS gives no Witaj category (a `witaj-category` taxonomy term): set category to one of {CATEGORIES}; the source's own terms: `name` in taxonomy `taxonomy`"
    );
    let not_kept = not_kept(NOT_KEPT_JSON);
    let full = expected(&[
        (Severity::Error, "category", &category),
        (Severity::Error, "source_url", SOURCE_URL),
        (Severity::Error, "name", ONLY_ENGLISH),
        (Severity::Error, "description", ONLY_ENGLISH),
        (Severity::Error, "organization.name", ONLY_ENGLISH),
        (Severity::Warning, "opening_hours", SCHEDULE),
        (Severity::Warning, "location.address", ADDRESS),
        (Severity::Warning, "not kept", &not_kept),
    ]);
    // The same service, as a service, inside its organization, and inside
    // a service_at_location: the service's own line each time.
    for (file, line) in [
        ("service_full.json", 1),
        ("organization_full.json", 192),
        ("service_at_location_full.json", 181),
    ] {
        let imported = import(&examples().join(file));
        assert_eq!(diagnostics(&imported, line), full, "{file}");
        assert_eq!(imported.services.len(), 1);
        let service = &imported.services[0];
        assert_eq!(service.id(), "krakow-community-counselling");
        assert_eq!(
            service.missing(),
            [Needed::Category, Needed::SourceUrl],
            "{file}"
        );
        assert!(service.service().is_none());
        insta::assert_snapshot!("community_counselling", service.to_toml());
    }
}

#[test]
fn the_api_page_example_imports_its_short_service() {
    let imported = import(&examples().join("service_list.json"));
    let category = format!(
        "HSDS gives no Witaj category (a `witaj-category` taxonomy term): set category to one of {CATEGORIES}"
    );
    let not_kept = not_kept(&[
        "accreditations",
        "alert",
        "alternate_name",
        "assurer_email",
        "eligibility_description",
        "fees",
        "interpretation_services",
        "last_modified",
        "licenses",
        "maximum_age",
        "minimum_age",
        "organization.alternate_name",
        "organization.description",
        "organization.email",
        "organization.legal_status",
        "organization.logo",
        "organization.tax_status",
        "organization.uri",
        "organization.year_incorporated",
        "program",
        "wait_time",
    ]);
    assert_eq!(
        diagnostics(&imported, 10),
        expected(&[
            (Severity::Error, "category", &category),
            (Severity::Error, "source_url", SOURCE_URL),
            (Severity::Error, "name", ONLY_ENGLISH),
            (Severity::Error, "description", ONLY_ENGLISH),
            (Severity::Error, "organization.name", ONLY_ENGLISH),
            (Severity::Warning, "not kept", &not_kept),
        ])
    );
}

#[test]
fn the_tabular_example_imports_from_its_folder_or_its_descriptor() {
    // The example's attribute row links to no service, so no terms are named.
    let category = format!(
        "HSDS gives no Witaj category (a `witaj-category` taxonomy term): set category to one of {CATEGORIES}"
    );
    let not_kept = not_kept(NOT_KEPT_TABLES);
    let tables = expected(&[
        (Severity::Error, "category", &category),
        (Severity::Error, "source_url", SOURCE_URL),
        (Severity::Error, "name", ONLY_ENGLISH),
        (Severity::Error, "description", ONLY_ENGLISH),
        (Severity::Error, "organization.name", ONLY_ENGLISH),
        (Severity::Warning, "opening_hours", SCHEDULE),
        (Severity::Warning, "location.address", ADDRESS),
        (Severity::Warning, "not kept", &not_kept),
    ]);
    let folder = examples().join("csv");
    for input in [folder.clone(), folder.join("datapackage.json")] {
        let imported = import(&input);
        assert_eq!(diagnostics(&imported, 2), tables, "{}", input.display());
        assert!(
            imported
                .diagnostics
                .iter()
                .all(|d| d.file == folder.join("services.csv"))
        );
        insta::assert_snapshot!(
            "community_counselling_from_tables",
            imported.services[0].to_toml()
        );
    }
}

/// Imports one JSON service into Kraków, text in Polish.
fn json(text: &str) -> Import {
    witaj_hsds::import_json(text, Path::new("in.json"), CityId::Krakow, Locale::Pl)
        .unwrap_or_else(|error| panic!("{error}"))
}

/// A minimal valid HSDS service with `extra` members added.
fn service(extra: &str) -> String {
    format!(
        r#"{{"id": "s", "name": "Punkt", "status": "active", "assured_date": "2026-11-20"{extra}}}"#
    )
}

fn messages(import: &Import) -> Vec<String> {
    import
        .diagnostics
        .iter()
        .filter(|d| {
            !matches!(
                d.field.as_str(),
                "category" | "source_url" | "name" | "description" | "organization.name"
            )
        })
        .map(|d| format!("{}: {}", d.field, d.message))
        .collect()
}

#[test]
fn weekly_schedules_become_opening_hours_to_check_for_holidays() {
    let imported = json(&service(
        r#", "schedules": [
            {"id": "a", "freq": "WEEKLY", "byday": "MO,TU,WE,TH,FR", "opens_at": "08:00:00", "closes_at": "16:00:00"},
            {"id": "b", "freq": "WEEKLY", "byday": "SA", "opens_at": "09:00", "closes_at": "12:00"}]"#,
    ));
    assert_eq!(
        messages(&imported),
        [
            "opening_hours: `Mo-Fr 08:00-16:00; Sa 09:00-12:00` was made from the HSDS schedules, which know no public holidays: add `; PH off` if the service closes on them"
        ]
    );
    assert!(
        imported.services[0]
            .to_toml()
            .contains("\nopening_hours = \"Mo-Fr 08:00-16:00; Sa 09:00-12:00\"\n")
    );
}

#[test]
fn each_rule_of_the_import_says_what_it_did() {
    let check = |extra: &str, expected: &[&str]| {
        assert_eq!(messages(&json(&service(extra))), expected, "{extra}");
    };
    check("", &[]);
    check(
        r#", "phones": [{"id": "p", "number": "+48 12 000 00 00", "type": "fax"}, {"id": "q", "number": "112", "type": "voice"}]"#,
        &["phones[0]: a fax number is not one people call: left out"],
    );
    check(
        r#", "service_at_locations": [{"id": "a", "location": {"id": "l", "location_type": "physical", "name": "Main office"}}]"#,
        &[
            "location: the location has no address, and Witaj shows a street and number: add [location] address, or leave the service without a location",
            "not kept: Witaj has no field for service_at_locations[].location.name",
        ],
    );
    check(
        r#", "service_at_locations": [
            {"id": "a", "location": {"id": "l", "location_type": "physical", "addresses": [{"id": "x", "address_1": "ul. Wielopole 17", "city": "Krakow", "state_province": "małopolskie", "postal_code": "31-072", "country": "pl", "address_type": "physical"}]}},
            {"id": "b", "location": {"id": "m", "location_type": "physical"}}]"#,
        &[
            "location: a Witaj service has one location: the first is kept, 1 other(s) left out",
            "not kept: Witaj has no field for service_at_locations[].location.addresses[].state_province",
        ],
    );
    check(
        r#", "attributes": [{"id": "a", "taxonomy_term": {"id": "t", "code": "shelter", "name": "Shelter", "description": "Beds", "taxonomy": "witaj-category"}}]"#,
        &[],
    );
    let unknown = json(&service(
        r#", "attributes": [{"id": "a", "taxonomy_term": {"id": "t", "code": "shelter", "name": "Shelter", "description": "Beds", "taxonomy": "witaj-category"}}]"#,
    ));
    assert_eq!(
        unknown.diagnostics[0].message,
        format!("`shelter` is not a Witaj category: set category to one of {CATEGORIES}")
    );
}

#[test]
fn ids_come_from_names_and_never_collide() {
    let imported = json(&format!(
        "[{}, {}, {}]",
        service(""),
        service(""),
        r#"{"id": "x", "name": "Відділ у справах іноземців", "status": "inactive"}"#
    ));
    let ids: Vec<&str> = imported.services.iter().map(|s| s.id()).collect();
    assert_eq!(
        ids,
        [
            "krakow-punkt",
            "krakow-punkt-2",
            "krakow-widdil-u-sprawach-inozemciw"
        ]
    );
    assert!(imported.diagnostics.iter().any(|d| d.field == "id"
        && d.message
            == "another service of this import is `krakow-punkt`: this one is `krakow-punkt-2`"));
    assert_eq!(
        imported.services[2].missing(),
        [Needed::Category, Needed::SourceUrl, Needed::LastVerified]
    );
    let toml = imported.services[2].to_toml();
    assert!(
        toml.contains("\nstatus = \"inactive\"\nsource_url = \"\"\nlast_verified = \"\"\n"),
        "{toml}"
    );
    assert_eq!(
        imported.services[0].relative_path(),
        Path::new("krakow/services/punkt.toml")
    );
}

#[test]
fn a_witaj_id_from_another_city_moves_into_this_one() {
    let imported = json(&service(
        r#", "attributes": [{"id": "a", "value": "gdansk-info-point", "taxonomy_term": {"id": "t", "code": "id", "name": "id", "description": "id", "taxonomy": "witaj-content"}}]"#,
    ));
    assert_eq!(imported.services[0].id(), "krakow-info-point");
    assert_eq!(
        messages(&imported),
        ["id: `gdansk-info-point` is imported into krakow as `krakow-info-point`"]
    );
}

/// `Err` Display of importing `text` as `name`.
fn json_error(text: &str) -> String {
    match witaj_hsds::import_json(text, Path::new("in.json"), CityId::Krakow, Locale::Pl) {
        Ok(import) => panic!("{text} imported: {:?}", import.diagnostics),
        Err(error) => error.to_string(),
    }
}

#[test]
fn malformed_json_says_file_line_and_field() {
    let check = |text: &str, expected: &str| assert_eq!(json_error(text), expected, "{text}");
    check("", "in.json:1:0: not JSON: EOF while parsing a value");
    check(
        "{\"id\": \"a\",\n \"name\": }",
        "in.json:2:10: not JSON: expected value",
    );
    check("[1] x", "in.json:1:5: not JSON: trailing characters");
    check(
        "\"a service\"",
        "in.json: expected an HSDS service, an array of services, an HSDS API page (contents), an organization with services or a service_at_location with its service; found a string",
    );
    check(
        "null",
        "in.json: expected an HSDS service, an array of services, an HSDS API page (contents), an organization with services or a service_at_location with its service; found null",
    );
    check(
        "{\"id\": \"a\", \"status\": \"active\"}",
        "in.json:1: service: missing field `name`",
    );
    check(
        "[\n{\"id\": \"a\", \"name\": \"A\", \"status\": \"open\"}\n]",
        "in.json:2: [0].status: unknown variant `open`, expected one of `active`, `inactive`, `defunct`, `temporarily closed`",
    );
    check(
        "{\"contents\": [\n  {\"id\": \"a\", \"name\": \"A\", \"status\": \"active\",\n   \"service_at_locations\": [{\"id\": \"b\", \"location\": {\"id\": \"c\", \"location_type\": \"physical\", \"latitude\": \"50.1\"}}]}]}",
        "in.json:3: contents[0].service_at_locations[0].location.latitude: invalid type: string \"50.1\", expected f64",
    );
    check(
        "{\"id\": \"o\", \"name\": \"Org\", \"services\": []}",
        "in.json:1: organization: missing field `description`",
    );
    check(
        "[5]",
        "in.json:1: [0]: invalid type: integer `5`, expected struct Service",
    );
}

/// Writes the tables as `name → CSV text` into a folder and imports it.
fn tables(files: &[(&str, &str)]) -> Result<Import, HsdsError> {
    let dir = tempfile::tempdir().expect("temp");
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).expect("write");
    }
    witaj_hsds::import(dir.path(), CityId::Krakow, Locale::Pl).map_err(|error| match error {
        HsdsError::Csv {
            path,
            line,
            field,
            message,
        } => HsdsError::Csv {
            path: path.file_name().map(PathBuf::from).unwrap_or_default(),
            line,
            field,
            message,
        },
        other => other,
    })
}

const SERVICES_HEADER: &str = "id,organization_id,name,status,assured_date\n";

#[test]
fn malformed_tables_say_file_line_and_column() {
    let check = |files: &[(&str, &str)], expected: &str| {
        let error = tables(files).expect_err("malformed");
        assert_eq!(error.to_string(), expected);
    };
    let services = format!("{SERVICES_HEADER}s1,o1,A,active,2026-11-20\n");
    check(
        &[(
            "services.csv",
            &format!("{services}s2,o1,B,active,2026-11-20,extra\n"),
        )],
        "services.csv:3: row: has 6 cells where the header has 5",
    );
    check(
        &[("services.csv", "id,organization_id,status\ns1,o1,active\n")],
        "services.csv:1: name: missing column: services.csv needs it",
    );
    check(
        &[(
            "services.csv",
            &format!("{SERVICES_HEADER}s1,o1,,active,2026-11-20\n"),
        )],
        "services.csv:2: name: is empty: HSDS requires it",
    );
    check(
        &[(
            "services.csv",
            &format!("{SERVICES_HEADER}s1,o1,A,open,2026-11-20\n"),
        )],
        "services.csv:2: status: `open` is not one of active, inactive, defunct, temporarily closed",
    );
    check(
        &[(
            "services.csv",
            &format!("{SERVICES_HEADER}s1,o1,A,active,20.11.2026\n"),
        )],
        "services.csv:2: assured_date: `20.11.2026` is not a date like 2026-11-20",
    );
    check(
        &[
            ("services.csv", &services),
            (
                "locations.csv",
                "id,location_type,latitude\r\nl1,physical,50.06\r\nl2,physical,north\r\n",
            ),
        ],
        "locations.csv:3: latitude: `north` is not a number",
    );
    check(
        &[
            ("services.csv", &services),
            (
                "schedules.csv",
                "id,service_id,byday,opens_at\nx,s1,MO,8am\n",
            ),
        ],
        "schedules.csv:2: opens_at: `8am` is not a time like 08:00:00",
    );
    check(
        &[
            ("services.csv", &services),
            ("phones.csv", "id,service_id,number\n\"p1,s1,123\n"),
        ],
        "phones.csv:2: row: has 1 cells where the header has 3",
    );
    let dir = tempfile::tempdir().expect("temp");
    assert_eq!(
        witaj_hsds::import(dir.path(), CityId::Krakow, Locale::Pl)
            .expect_err("no services")
            .to_string(),
        format!(
            "{} is not an HSDS tabular package: it has no services.csv",
            dir.path().display()
        )
    );
}
