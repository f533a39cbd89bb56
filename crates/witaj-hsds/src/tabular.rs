//! The tabular form: a folder of HSDS CSV tables and a Frictionless
//! `datapackage.json` describing them.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde_json::{Map, Value};

use crate::hsds;
use crate::tables::{self, Table, Type};
use crate::{HsdsError, Lines};

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
#[derive(Clone)]
struct Row {
    line: usize,
    cells: Map<String, Value>,
}

impl Row {
    fn get(&self, column: &str) -> &str {
        self.cells
            .get(column)
            .and_then(Value::as_str)
            .unwrap_or_default()
    }
}

/// Rows by the value of one of their columns, in file order.
type Index = HashMap<String, Vec<Row>>;

fn index(rows: Vec<Row>, column: &str) -> Index {
    let mut index = Index::new();
    for row in rows {
        index
            .entry(row.get(column).to_owned())
            .or_default()
            .push(row);
    }
    index
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

/// Reads the services of the tabular package in `folder`, each nested with
/// the rows that belong to it. Files are found by their HSDS names.
pub(crate) fn read_tabular(folder: &Path) -> Result<Vec<TabularService>, HsdsError> {
    let file = folder.join(tables::SERVICE.path);
    if !file.is_file() {
        return Err(HsdsError::NoServices {
            path: folder.to_owned(),
        });
    }
    let package = Package::read(folder)?;
    Ok(package
        .services
        .iter()
        .map(|row| TabularService {
            file: file.clone(),
            line: row.line,
            value: package.service(row),
        })
        .collect())
}

/// A package's rows, each table indexed by the column linking it to its owner.
struct Package {
    services: Vec<Row>,
    organizations: Index,
    attributes: Index,
    terms: Index,
    at_locations: Index,
    locations: Index,
    addresses: Index,
    accessibility: Index,
    phones: Index,
    phone_languages: Index,
    service_languages: Index,
    schedules: Index,
    documents: Index,
    costs: Index,
    /// Rows of tables Witaj keeps nothing of, by service id.
    not_kept: Vec<(&'static str, Index)>,
    programs: Index,
}

impl Package {
    fn read(folder: &Path) -> Result<Self, HsdsError> {
        let read = |table: &Table, column: &str| -> Result<Index, HsdsError> {
            Ok(index(
                read_table(&folder.join(table.path), Some(table))?,
                column,
            ))
        };
        let languages = read_table(&folder.join(tables::LANGUAGE.path), Some(&tables::LANGUAGE))?;
        let mut not_kept = Vec::new();
        for (name, file) in tables::NOT_KEPT_BY_SERVICE {
            not_kept.push((
                name,
                index(read_table(&folder.join(file), None)?, "service_id"),
            ));
        }
        Ok(Self {
            services: read_table(&folder.join(tables::SERVICE.path), Some(&tables::SERVICE))?,
            organizations: read(&tables::ORGANIZATION, "id")?,
            attributes: read(&tables::ATTRIBUTE, "link_id")?,
            terms: read(&tables::TAXONOMY_TERM, "id")?,
            at_locations: read(&tables::SERVICE_AT_LOCATION, "service_id")?,
            locations: read(&tables::LOCATION, "id")?,
            addresses: read(&tables::ADDRESS, "location_id")?,
            accessibility: read(&tables::ACCESSIBILITY, "location_id")?,
            phones: read(&tables::PHONE, "service_id")?,
            phone_languages: index(languages.clone(), "phone_id"),
            service_languages: index(languages, "service_id"),
            schedules: read(&tables::SCHEDULE, "service_id")?,
            documents: read(&tables::REQUIRED_DOCUMENT, "service_id")?,
            costs: read(&tables::COST_OPTION, "service_id")?,
            not_kept,
            programs: index(read_table(&folder.join(tables::PROGRAMS), None)?, "id"),
        })
    }

    /// The service of `row` with everything linked to it.
    fn service(&self, row: &Row) -> Value {
        let id = row.get("id");
        let mut service = self.object(row);
        let at_locations = self
            .rows(&self.at_locations, id)
            .iter()
            .map(|at| {
                let mut object = at.cells.clone();
                if let Some(location) = self.rows(&self.locations, at.get("location_id")).first() {
                    object.insert("location".to_owned(), self.location(location));
                }
                Value::Object(object)
            })
            .collect();
        nest(&mut service, "service_at_locations", at_locations);
        let phones = self
            .rows(&self.phones, id)
            .iter()
            .map(|phone| {
                let mut object = self.object(phone);
                nest(
                    &mut object,
                    "languages",
                    self.objects(&self.phone_languages, phone.get("id")),
                );
                Value::Object(object)
            })
            .collect();
        nest(&mut service, "phones", phones);
        nest(&mut service, "schedules", self.objects(&self.schedules, id));
        nest(
            &mut service,
            "languages",
            self.objects(&self.service_languages, id),
        );
        nest(
            &mut service,
            "required_documents",
            self.objects(&self.documents, id),
        );
        nest(&mut service, "cost_options", self.objects(&self.costs, id));
        for (name, index) in &self.not_kept {
            nest(&mut service, name, self.objects(index, id));
        }
        if let Some(program) = self.rows(&self.programs, row.get("program_id")).first() {
            service.insert("program".to_owned(), Value::Object(program.cells.clone()));
        }
        if let Some(organization) = self
            .rows(&self.organizations, row.get("organization_id"))
            .first()
        {
            service.insert(
                "organization".to_owned(),
                Value::Object(self.object(organization)),
            );
        }
        Value::Object(service)
    }

    fn location(&self, row: &Row) -> Value {
        let id = row.get("id");
        let mut location = self.object(row);
        nest(
            &mut location,
            "addresses",
            self.objects(&self.addresses, id),
        );
        nest(
            &mut location,
            "accessibility",
            self.objects(&self.accessibility, id),
        );
        Value::Object(location)
    }

    fn rows<'a>(&'a self, index: &'a Index, key: &str) -> &'a [Row] {
        if key.is_empty() {
            return &[];
        }
        index.get(key).map_or(&[], Vec::as_slice)
    }

    /// The rows of `index` under `key` as objects.
    fn objects(&self, index: &Index, key: &str) -> Vec<Value> {
        self.rows(index, key)
            .iter()
            .map(|row| Value::Object(self.object(row)))
            .collect()
    }

    /// `row` as an object, with the attributes linked to it and their terms.
    fn object(&self, row: &Row) -> Map<String, Value> {
        let mut object = row.cells.clone();
        let attributes = self
            .rows(&self.attributes, row.get("id"))
            .iter()
            .map(|attribute| {
                let mut linked = attribute.cells.clone();
                if let Some(term) = self
                    .rows(&self.terms, attribute.get("taxonomy_term_id"))
                    .first()
                {
                    linked.insert(
                        "taxonomy_term".to_owned(),
                        Value::Object(term.cells.clone()),
                    );
                }
                Value::Object(linked)
            })
            .collect();
        nest(&mut object, "attributes", attributes);
        object
    }
}

/// Adds `values` to `object` as the list `key`, unless there are none.
fn nest(object: &mut Map<String, Value>, key: &str, values: Vec<Value>) {
    if !values.is_empty() {
        object.insert(key.to_owned(), Value::Array(values));
    }
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
    let lines = Lines::of(&contents);
    // With CRLF line ends the csv crate puts a record's start on the `\n`
    // before it: the record's line is that of its first byte after them.
    let line_at = |position: Option<&csv::Position>| {
        let mut offset = position.map_or(0, |p| usize::try_from(p.byte()).unwrap_or(usize::MAX));
        while matches!(contents.get(offset), Some(b'\r' | b'\n')) {
            offset += 1;
        }
        lines.line(offset)
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
