//! HSDS JSON input: one `service` object, an array of them, a page of the
//! HSDS API (`contents`), an `organization` with its `services`, or a
//! `service_at_location` with its `service` — the shapes the HSDS API and
//! the specification's examples use.

use std::collections::HashMap;
use std::path::Path;

use serde_json::Value;
use serde_json::value::RawValue;

use crate::hsds;
use crate::import::Entry;
use crate::{HsdsError, Lines};

/// The services in `text`, read from the file `path`.
pub(crate) fn read(path: &Path, text: &str) -> Result<Vec<Entry>, HsdsError> {
    let source = Source {
        path,
        text,
        lines: Lines::of(text.as_bytes()),
    };
    let document: &RawValue = serde_json::from_str(text).map_err(|error| HsdsError::Json {
        path: path.to_owned(),
        line: error.line(),
        column: error.column(),
        message: without_position(&error),
    })?;
    match opening(document) {
        b'[' => source.services(document, ""),
        b'{' => {
            let fields: HashMap<String, &RawValue> = source.parse(document, "")?;
            let holds =
                |key: &str, bracket: u8| fields.get(key).is_some_and(|raw| opening(raw) == bracket);
            if holds("contents", b'[') {
                source.services(fields["contents"], "contents")
            } else if holds("services", b'[') {
                let organization: hsds::Organization = source.parse(document, "organization")?;
                let organization_value = without(document, "services");
                let mut entries = source.services(fields["services"], "services")?;
                for entry in entries
                    .iter_mut()
                    .filter(|e| e.service.organization.is_none())
                {
                    entry.service.organization = Some(organization.clone());
                    entry.value["organization"] = organization_value.clone();
                }
                Ok(entries)
            } else if holds("service", b'{') {
                let at_location: hsds::ServiceAtLocation =
                    source.parse(document, "service_at_location")?;
                let mut entry = source.service(fields["service"], "service")?;
                entry.service.service_at_locations.push(at_location);
                let at_location_value = without(document, "service");
                match entry.value.get_mut("service_at_locations") {
                    Some(Value::Array(list)) => list.push(at_location_value),
                    _ => {
                        entry.value["service_at_locations"] = Value::Array(vec![at_location_value])
                    }
                }
                Ok(vec![entry])
            } else {
                Ok(vec![source.service(document, "")?])
            }
        }
        _ => Err(HsdsError::NotServices {
            path: path.to_owned(),
            found: match value(document) {
                Value::Null => "null",
                Value::Bool(_) => "a boolean",
                Value::Number(_) => "a number",
                _ => "a string",
            },
        }),
    }
}

/// The first byte of a JSON value: `[`, `{`, `"`, a digit, …
fn opening(raw: &RawValue) -> u8 {
    raw.get().bytes().next().unwrap_or_default()
}

fn value(raw: &RawValue) -> Value {
    serde_json::from_str(raw.get()).unwrap_or_default()
}

/// The object `raw` without its member `key`.
fn without(raw: &RawValue, key: &str) -> Value {
    let mut object = value(raw);
    if let Value::Object(members) = &mut object {
        members.remove(key);
    }
    object
}

/// The input text, to give lines of what is read from it.
struct Source<'a> {
    path: &'a Path,
    text: &'a str,
    lines: Lines,
}

impl<'a> Source<'a> {
    /// The line `raw` starts on (`raw` is a slice of the text).
    fn line_of(&self, raw: &RawValue) -> usize {
        let offset = raw
            .get()
            .as_ptr()
            .addr()
            .saturating_sub(self.text.as_ptr().addr());
        self.lines.line(offset)
    }

    /// `raw` read as `T`, or an error with its line and field path (`at` is
    /// where `raw` sits in the document).
    fn parse<T: serde::Deserialize<'a>>(
        &self,
        raw: &'a RawValue,
        at: &str,
    ) -> Result<T, HsdsError> {
        let mut deserializer = serde_json::Deserializer::from_str(raw.get());
        serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
            let path = error.path().to_string();
            let field = match path.as_str() {
                "." => at.to_owned(),
                _ if at.is_empty() => path,
                _ if path.starts_with('[') => format!("{at}{path}"),
                _ => format!("{at}.{path}"),
            };
            HsdsError::Shape {
                path: self.path.to_owned(),
                line: self.line_of(raw) + error.inner().line().saturating_sub(1),
                field: if field.is_empty() {
                    "service".to_owned()
                } else {
                    field
                },
                message: without_position(error.inner()),
            }
        })
    }

    fn services(&self, raw: &'a RawValue, at: &str) -> Result<Vec<Entry>, HsdsError> {
        let items: Vec<&RawValue> = self.parse(raw, at)?;
        items
            .into_iter()
            .enumerate()
            .map(|(i, item)| self.service(item, &format!("{at}[{i}]")))
            .collect()
    }

    fn service(&self, raw: &'a RawValue, at: &str) -> Result<Entry, HsdsError> {
        Ok(Entry {
            file: self.path.to_owned(),
            line: self.line_of(raw),
            service: self.parse(raw, at)?,
            value: value(raw),
        })
    }
}

/// serde_json's message without its " at line L column C": the error gives
/// the line itself.
fn without_position(error: &serde_json::Error) -> String {
    let message = error.to_string();
    match message.rfind(" at line ") {
        Some(end) => message[..end].to_owned(),
        None => message,
    }
}
