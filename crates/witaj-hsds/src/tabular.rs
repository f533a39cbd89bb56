//! The tabular form: a folder of HSDS CSV tables and a Frictionless
//! `datapackage.json` describing them.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde_json::{Map, Value};

use crate::HsdsError;
use crate::hsds;
use crate::tables::{self, Table, Type};

/// Writes `services` as HSDS tables and their `datapackage.json` into
/// `dir` (created if needed). Objects shared by several services (an
/// organization, a taxonomy term) are written once.
pub fn write_tabular(dir: &Path, services: &[hsds::Service]) -> Result<(), HsdsError> {
    std::fs::create_dir_all(dir).map_err(|source| HsdsError::Write {
        path: dir.to_owned(),
        source,
    })?;
    let mut rows = Rows::default();
    for service in services {
        rows.service(service);
    }
    for table in tables::WRITTEN {
        let path = dir.join(table.path);
        let write_error = |source: std::io::Error| HsdsError::Write {
            path: path.clone(),
            source,
        };
        let mut writer = csv::Writer::from_path(&path).map_err(|e| write_error(e.into()))?;
        writer
            .write_record(table.fields.iter().map(|f| f.name))
            .map_err(|e| write_error(e.into()))?;
        for row in rows.of(table) {
            writer
                .write_record(table.fields.iter().map(|f| cell(row.get(f.name))))
                .map_err(|e| write_error(e.into()))?;
        }
        writer.flush().map_err(write_error)?;
    }
    let path = dir.join("datapackage.json");
    let descriptor = serde_json::to_string_pretty(&tables::descriptor())
        .expect("a descriptor always serializes");
    std::fs::write(&path, descriptor + "\n").map_err(|source| HsdsError::Write { path, source })
}

fn cell(value: Option<&Value>) -> String {
    match value {
        Some(Value::String(text)) => text.clone(),
        Some(Value::Number(number)) => number.to_string(),
        Some(Value::Bool(flag)) => flag.to_string(),
        _ => String::new(),
    }
}

/// Rows per table, each id once, in the order first seen.
#[derive(Default)]
struct Rows {
    tables: HashMap<&'static str, Vec<Map<String, Value>>>,
    seen: BTreeSet<(&'static str, String)>,
}

impl Rows {
    fn of(&self, table: &Table) -> &[Map<String, Value>] {
        self.tables.get(table.name).map_or(&[], Vec::as_slice)
    }

    /// Adds `object`'s own columns (its nested objects are rows of other
    /// tables), with the given link columns set.
    fn add<T: serde::Serialize>(&mut self, table: &Table, object: &T, links: &[(&str, &str)]) {
        let Ok(Value::Object(mut row)) = serde_json::to_value(object) else {
            return;
        };
        for (column, id) in links {
            row.insert((*column).to_owned(), Value::String((*id).to_owned()));
        }
        let id = row.get("id").map(|id| cell(Some(id))).unwrap_or_default();
        if self.seen.insert((table.name, id)) {
            self.tables.entry(table.name).or_default().push(row);
        }
    }

    fn service(&mut self, service: &hsds::Service) {
        let id = service.id.as_str();
        let organization_id = service
            .organization
            .as_ref()
            .map(|o| o.id.as_str())
            .or(service.organization_id.as_deref());
        match organization_id {
            Some(organization) => self.add(
                &tables::SERVICE,
                service,
                &[("organization_id", organization)],
            ),
            None => self.add(&tables::SERVICE, service, &[]),
        }
        if let Some(organization) = &service.organization {
            self.add(&tables::ORGANIZATION, organization, &[]);
            self.attributes(&organization.id, "organization", &organization.attributes);
        }
        for at in &service.service_at_locations {
            let Some(location) = &at.location else {
                continue;
            };
            self.add(
                &tables::SERVICE_AT_LOCATION,
                at,
                &[("service_id", id), ("location_id", &location.id)],
            );
            self.add(&tables::LOCATION, location, &[]);
            self.attributes(&location.id, "location", &location.attributes);
            for address in &location.addresses {
                self.add(&tables::ADDRESS, address, &[("location_id", &location.id)]);
            }
            for accessibility in &location.accessibility {
                self.add(
                    &tables::ACCESSIBILITY,
                    accessibility,
                    &[("location_id", &location.id)],
                );
                self.attributes(
                    &accessibility.id,
                    "accessibility",
                    &accessibility.attributes,
                );
            }
        }
        for phone in &service.phones {
            self.add(&tables::PHONE, phone, &[("service_id", id)]);
            for language in &phone.languages {
                self.add(&tables::LANGUAGE, language, &[("phone_id", &phone.id)]);
            }
            self.attributes(&phone.id, "phone", &phone.attributes);
        }
        for schedule in &service.schedules {
            self.add(&tables::SCHEDULE, schedule, &[("service_id", id)]);
        }
        for language in &service.languages {
            self.add(&tables::LANGUAGE, language, &[("service_id", id)]);
        }
        for document in &service.required_documents {
            self.add(&tables::REQUIRED_DOCUMENT, document, &[("service_id", id)]);
            self.attributes(&document.id, "required_document", &document.attributes);
        }
        for cost in &service.cost_options {
            self.add(&tables::COST_OPTION, cost, &[("service_id", id)]);
        }
        self.attributes(id, "service", &service.attributes);
    }

    fn attributes(&mut self, owner: &str, entity: &str, attributes: &[hsds::Attribute]) {
        for attribute in attributes {
            let Some(term) = &attribute.taxonomy_term else {
                continue;
            };
            self.add(
                &tables::ATTRIBUTE,
                attribute,
                &[
                    ("link_id", owner),
                    ("link_entity", entity),
                    ("taxonomy_term_id", &term.id),
                ],
            );
            self.add(&tables::TAXONOMY_TERM, term, &[]);
        }
    }
}

/// One service of a tabular package, nested as in HSDS JSON.
#[derive(Debug)]
pub(crate) struct TabularService {
    /// `services.csv` and the service's line in it.
    pub(crate) file: PathBuf,
    pub(crate) line: usize,
    pub(crate) value: Value,
}

/// A CSV row: its line and its non-empty cells, typed by the table.
struct Row {
    line: usize,
    cells: Map<String, Value>,
}

impl Row {
    fn get(&self, column: &str) -> Option<&str> {
        self.cells.get(column).and_then(Value::as_str)
    }
}

/// The package folder of `input`: the folder itself or the folder of its
/// `datapackage.json`.
pub(crate) fn package_folder(input: &Path) -> PathBuf {
    if input.is_dir() {
        input.to_owned()
    } else {
        input
            .parent()
            .map_or_else(|| PathBuf::from("."), Path::to_owned)
    }
}

/// Reads the services of the tabular package in `folder`, each with the
/// rows that belong to it. Files are found by their HSDS names.
pub(crate) fn read_tabular(folder: &Path) -> Result<Vec<TabularService>, HsdsError> {
    let services_path = folder.join(tables::SERVICE.path);
    if !services_path.is_file() {
        return Err(HsdsError::NoServices {
            path: folder.to_owned(),
        });
    }
    let read = |table: &Table| read_table(&folder.join(table.path), Some(table));
    let services = read(&tables::SERVICE)?;
    let organizations = by_column(read(&tables::ORGANIZATION)?, "id");
    let attributes = by_column(read(&tables::ATTRIBUTE)?, "link_id");
    let terms = by_column(read(&tables::TAXONOMY_TERM)?, "id");
    let at_locations = by_column(read(&tables::SERVICE_AT_LOCATION)?, "service_id");
    let locations = by_column(read(&tables::LOCATION)?, "id");
    let addresses = by_column(read(&tables::ADDRESS)?, "location_id");
    let accessibility = by_column(read(&tables::ACCESSIBILITY)?, "location_id");
    let phones = by_column(read(&tables::PHONE)?, "service_id");
    let schedules = by_column(read(&tables::SCHEDULE)?, "service_id");
    let language_rows = read(&tables::LANGUAGE)?;
    let documents = by_column(read(&tables::REQUIRED_DOCUMENT)?, "service_id");
    let costs = by_column(read(&tables::COST_OPTION)?, "service_id");
    let mut not_kept = Vec::new();
    for (name, file) in tables::NOT_KEPT {
        let key = if name == "program" {
            "id"
        } else {
            "service_id"
        };
        not_kept.push((
            name,
            key,
            by_column(read_table(&folder.join(file), None)?, key),
        ));
    }
    let service_languages = by_column(clone_rows(&language_rows), "service_id");
    let phone_languages = by_column(language_rows, "phone_id");

    let with_attributes = |row: &Row| -> Value {
        let mut object = row.cells.clone();
        let id = row.get("id").unwrap_or_default();
        let linked: Vec<Value> = attributes
            .get(id)
            .into_iter()
            .flatten()
            .map(|attribute| {
                let mut object = attribute.cells.clone();
                if let Some(term) = attribute
                    .get("taxonomy_term_id")
                    .and_then(|term| terms.get(term))
                    .and_then(|rows| rows.first())
                {
                    object.insert(
                        "taxonomy_term".to_owned(),
                        Value::Object(term.cells.clone()),
                    );
                }
                Value::Object(object)
            })
            .collect();
        if !linked.is_empty() {
            object.insert("attributes".to_owned(), Value::Array(linked));
        }
        Value::Object(object)
    };
    let children = |index: &HashMap<String, Vec<Row>>, key: &str| -> Vec<Value> {
        index
            .get(key)
            .into_iter()
            .flatten()
            .map(&with_attributes)
            .collect()
    };

    let mut result = Vec::new();
    for service in &services {
        let id = service.get("id").unwrap_or_default();
        let mut object = match with_attributes(service) {
            Value::Object(object) => object,
            _ => Map::new(),
        };
        let mut insert = |key: &str, values: Vec<Value>| {
            if !values.is_empty() {
                object.insert(key.to_owned(), Value::Array(values));
            }
        };
        let at_locations_of: Vec<Value> = at_locations
            .get(id)
            .into_iter()
            .flatten()
            .map(|at| {
                let mut at_object = at.cells.clone();
                let location = at
                    .get("location_id")
                    .and_then(|l| locations.get(l))
                    .and_then(|rows| rows.first());
                if let Some(location) = location {
                    let location_id = location.get("id").unwrap_or_default();
                    let mut location_object = match with_attributes(location) {
                        Value::Object(object) => object,
                        _ => Map::new(),
                    };
                    for (key, values) in [
                        ("addresses", children(&addresses, location_id)),
                        ("accessibility", children(&accessibility, location_id)),
                    ] {
                        if !values.is_empty() {
                            location_object.insert(key.to_owned(), Value::Array(values));
                        }
                    }
                    at_object.insert("location".to_owned(), Value::Object(location_object));
                }
                Value::Object(at_object)
            })
            .collect();
        insert("service_at_locations", at_locations_of);
        let phones_of: Vec<Value> = phones
            .get(id)
            .into_iter()
            .flatten()
            .map(|phone| {
                let mut phone_object = match with_attributes(phone) {
                    Value::Object(object) => object,
                    _ => Map::new(),
                };
                let languages = children(&phone_languages, phone.get("id").unwrap_or_default());
                if !languages.is_empty() {
                    phone_object.insert("languages".to_owned(), Value::Array(languages));
                }
                Value::Object(phone_object)
            })
            .collect();
        insert("phones", phones_of);
        insert("schedules", children(&schedules, id));
        insert("languages", children(&service_languages, id));
        insert("required_documents", children(&documents, id));
        insert("cost_options", children(&costs, id));
        for (name, key, index) in &not_kept {
            let link = if *key == "id" {
                service.get("program_id").unwrap_or_default()
            } else {
                id
            };
            insert(name, children(index, link));
        }
        if let Some(organization) = service
            .get("organization_id")
            .and_then(|o| organizations.get(o))
            .and_then(|rows| rows.first())
        {
            object.insert("organization".to_owned(), with_attributes(organization));
        }
        result.push(TabularService {
            file: folder.join(tables::SERVICE.path),
            line: service.line,
            value: Value::Object(object),
        });
    }
    Ok(result)
}

fn clone_rows(rows: &[Row]) -> Vec<Row> {
    rows.iter()
        .map(|row| Row {
            line: row.line,
            cells: row.cells.clone(),
        })
        .collect()
}

/// Rows grouped by the value of `column`, in file order.
fn by_column(rows: Vec<Row>, column: &str) -> HashMap<String, Vec<Row>> {
    let mut index: HashMap<String, Vec<Row>> = HashMap::new();
    for row in rows {
        if let Some(key) = row.get(column).map(str::to_owned) {
            index.entry(key).or_default().push(row);
        }
    }
    index
}

/// Reads one CSV table; a missing file is an empty table. With `table`,
/// cells are checked against its columns: required ones present, numbers,
/// dates, times and closed sets as HSDS types them.
fn read_table(path: &Path, table: Option<&Table>) -> Result<Vec<Row>, HsdsError> {
    if !path.is_file() {
        return Ok(Vec::new());
    }
    let contents = std::fs::read(path).map_err(|source| HsdsError::Read {
        path: path.to_owned(),
        source,
    })?;
    // The line where a record's text starts, counted from its byte offset:
    // with CRLF line ends the csv crate puts a record's start on the `\n`
    // before it and does not count the line.
    let line_at = |position: Option<&csv::Position>| {
        let offset = position.map_or(0, |p| usize::try_from(p.byte()).unwrap_or(usize::MAX));
        let start = contents
            .iter()
            .enumerate()
            .skip(offset)
            .find(|(_, b)| !matches!(b, b'\r' | b'\n'))
            .map_or(contents.len(), |(i, _)| i);
        contents[..start].iter().filter(|&&b| b == b'\n').count() + 1
    };
    let error = |line: usize, field: &str, message: String| HsdsError::Csv {
        path: path.to_owned(),
        line,
        field: field.to_owned(),
        message,
    };
    let from_csv = |e: csv::Error| {
        let message = match e.kind() {
            csv::ErrorKind::UnequalLengths {
                expected_len, len, ..
            } => format!("has {len} cells where the header has {expected_len}"),
            csv::ErrorKind::Utf8 { .. } => "is not UTF-8 text".to_owned(),
            _ => e.to_string(),
        };
        error(line_at(e.position()), "row", message)
    };
    let mut reader = csv::Reader::from_reader(contents.as_slice());
    let headers = reader.headers().map_err(from_csv)?.clone();
    if let Some(table) = table
        && let Some(missing) = table
            .fields
            .iter()
            .find(|f| f.required && !headers.iter().any(|h| h == f.name))
    {
        return Err(error(
            1,
            missing.name,
            format!("missing column: {} needs it", table.path),
        ));
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(from_csv)?;
        let line = line_at(record.position());
        let mut cells = Map::new();
        for (column, text) in headers.iter().zip(record.iter()) {
            if text.is_empty() {
                continue;
            }
            let field = table.and_then(|t| t.field(column));
            let value = match field {
                Some(field) => {
                    typed(field, text).map_err(|message| error(line, column, message))?
                }
                None => Value::String(text.to_owned()),
            };
            cells.insert(column.to_owned(), value);
        }
        if let Some(table) = table
            && let Some(missing) = table
                .fields
                .iter()
                .find(|f| f.required && !cells.contains_key(f.name))
        {
            return Err(error(
                line,
                missing.name,
                "is empty: HSDS requires it".to_owned(),
            ));
        }
        rows.push(Row { line, cells });
    }
    Ok(rows)
}

/// A cell as the JSON value its column's type gives, or what was expected.
fn typed(field: &tables::Field, text: &str) -> Result<Value, String> {
    if !field.values.is_empty() && !field.values.contains(&text) {
        return Err(format!(
            "`{text}` is not one of {}",
            field.values.join(", ")
        ));
    }
    let parses = match field.kind {
        Type::String => true,
        Type::Number => {
            return text
                .trim()
                .parse::<f64>()
                .ok()
                .and_then(serde_json::Number::from_f64)
                .map(Value::Number)
                .ok_or_else(|| format!("`{text}` is not a number"));
        }
        Type::Date => NaiveDate::parse_from_str(text, "%Y-%m-%d").is_ok(),
        Type::Time => {
            NaiveTime::parse_from_str(text, "%H:%M:%S").is_ok()
                || NaiveTime::parse_from_str(text, "%H:%M").is_ok()
        }
        Type::DateTime => {
            chrono::DateTime::parse_from_rfc3339(text).is_ok()
                || NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S").is_ok()
        }
    };
    if parses {
        Ok(Value::String(text.to_owned()))
    } else {
        let expected = match field.kind {
            Type::Date => "a date like 2026-11-20",
            Type::Time => "a time like 08:00:00",
            _ => "a date and time like 2026-11-20T08:00:00Z",
        };
        Err(format!("`{text}` is not {expected}"))
    }
}
