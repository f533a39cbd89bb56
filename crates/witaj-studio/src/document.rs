//! Fields of a content file, read and changed in place in its `toml_edit`
//! document, so everything around a changed value stays as it was.
//!
//! A field is named by its path: `category`, `name.pl`,
//! `organization.name.en`, `location.latitude`, `phones.0.number`,
//! `documents.2.uk`, `keywords.pl`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use toml_edit::{Array, ArrayOfTables, DocumentMut, InlineTable, Item, Table, TableLike, Value};
use witaj_model::Locale;

use crate::StudioError;

/// A form field's value: text (also dates and numbers, as typed), a
/// yes/no, or a list of codes or words.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum FormValue {
    Flag(bool),
    List(Vec<String>),
    Text(String),
}

/// Fields whose text is a TOML date or number rather than a string.
const DATES: [&str; 3] = ["last_verified", "valid_from", "valid_until"];
const NUMBERS: [&str; 2] = ["latitude", "longitude"];
/// Arrays of tables the form adds entries to.
const LISTS: [&str; 2] = ["phones", "documents"];

/// A value as a person reads it: strings without quotes, dates as dates.
pub(crate) fn display(item: &Item) -> String {
    match item.as_value() {
        Some(Value::String(s)) => s.value().clone(),
        Some(other) => other.clone().decorated("", "").to_string(),
        None => String::new(),
    }
}

/// The strings of an array value.
pub(crate) fn list(item: &Item) -> Vec<String> {
    item.as_array()
        .map(|a| a.iter().map(|v| display(&Item::Value(v.clone()))).collect())
        .unwrap_or_default()
}

/// Every value of the document by path.
pub(crate) fn values(document: &DocumentMut) -> BTreeMap<String, FormValue> {
    let mut values = BTreeMap::new();
    collect(document.as_table(), "", &mut values);
    values
}

fn collect(table: &dyn TableLike, prefix: &str, values: &mut BTreeMap<String, FormValue>) {
    for (key, item) in table.iter() {
        let path = format!("{prefix}{key}");
        if let Some(inner) = item.as_table_like() {
            collect(inner, &format!("{path}."), values);
        } else if let Some(tables) = item.as_array_of_tables() {
            for (i, inner) in tables.iter().enumerate() {
                collect(inner, &format!("{path}.{i}."), values);
            }
        } else if let Some(flag) = item.as_bool() {
            values.insert(path, FormValue::Flag(flag));
        } else if item.is_array() {
            values.insert(path, FormValue::List(list(item)));
        } else {
            values.insert(path, FormValue::Text(display(item)));
        }
    }
}

fn field_error(field: &str, detail: impl Into<String>) -> StudioError {
    StudioError::Field {
        field: field.to_owned(),
        detail: detail.into(),
    }
}

/// The TOML value a form value stands for: dates and numbers as such when
/// they read as one, else as text, which lint then reports on its line.
fn to_value(key: &str, value: FormValue) -> Value {
    match value {
        FormValue::Flag(flag) => Value::from(flag),
        FormValue::List(items) => Value::Array(items.into_iter().collect::<Array>()),
        FormValue::Text(text) => {
            let text = text.trim();
            if DATES.contains(&key)
                && let Ok(date) = text.parse::<toml_edit::Datetime>()
            {
                Value::from(date)
            } else if NUMBERS.contains(&key)
                && let Ok(number) = text.parse::<f64>()
            {
                Value::from(number)
            } else {
                Value::from(text)
            }
        }
    }
}

fn is_empty(value: &FormValue) -> bool {
    match value {
        FormValue::Text(text) => text.trim().is_empty(),
        FormValue::List(_) | FormValue::Flag(_) => false,
    }
}

/// The table `segments` lead to, created when `create` is set: as a
/// `[table]` under a table, inline (`{ … }`) inside an inline table.
fn table_at<'d>(
    root: &'d mut Table,
    segments: &[&str],
    field: &str,
    create: bool,
) -> Result<Option<&'d mut dyn TableLike>, StudioError> {
    let mut table: &'d mut dyn TableLike = root;
    let mut inline = false;
    let mut rest = segments;
    while let Some((&segment, tail)) = rest.split_first() {
        rest = tail;
        if table.get(segment).is_none() {
            if !create {
                return Ok(None);
            }
            let item = if inline {
                Item::Value(Value::InlineTable(InlineTable::new()))
            } else {
                Item::Table(Table::new())
            };
            table.insert(segment, item);
        }
        let item = table
            .get_mut(segment)
            .ok_or_else(|| field_error(field, "missing"))?;
        (table, inline) = match item {
            Item::Table(inner) => (inner as &mut dyn TableLike, false),
            Item::Value(Value::InlineTable(inner)) => (inner as &mut dyn TableLike, true),
            Item::ArrayOfTables(tables) => {
                let Some((index, tail)) = rest.split_first() else {
                    return Err(field_error(field, "give an entry number"));
                };
                rest = tail;
                let index: usize = index
                    .parse()
                    .map_err(|_| field_error(field, "expected an entry number"))?;
                let inner = tables
                    .get_mut(index)
                    .ok_or_else(|| field_error(field, format!("there is no entry {index}")))?;
                (inner as &mut dyn TableLike, false)
            }
            _ => {
                return Err(field_error(
                    field,
                    format!("`{segment}` is a value, not a table"),
                ));
            }
        };
    }
    Ok(Some(table))
}

/// Sets `field` to `value`, keeping the comments and spacing around the
/// old value. `None` removes the key. Empty text stays in the document as
/// an empty string, so text typed in again lands on the same line, but is
/// left out of the file's text ([`text`]): an empty field is an absent one.
pub(crate) fn set(
    document: &mut DocumentMut,
    field: &str,
    value: Option<FormValue>,
) -> Result<(), StudioError> {
    let segments: Vec<&str> = field.split('.').collect();
    let Some((&key, parents)) = segments.split_last() else {
        return Err(field_error(field, "empty"));
    };
    if key.is_empty() || key.parse::<usize>().is_ok() {
        return Err(field_error(field, "name a field"));
    }
    let create = value.as_ref().is_some_and(|v| !is_empty(v));
    let Some(table) = table_at(document.as_table_mut(), parents, field, create)? else {
        return Ok(());
    };
    let Some(value) = value else {
        table.remove(key);
        return Ok(());
    };
    if is_empty(&value) && table.get(key).is_none() {
        return Ok(());
    }
    let mut new = to_value(key, value);
    match table.get_mut(key) {
        Some(Item::Value(old)) => {
            *new.decor_mut() = old.decor().clone();
            *old = new;
        }
        Some(_) => return Err(field_error(field, "is a table, not a value")),
        None => {
            table.insert(key, Item::Value(new));
        }
    }
    Ok(())
}

/// The file's text: the document without the empty strings that hold the
/// place of cleared fields.
pub(crate) fn text(document: &DocumentMut) -> String {
    let mut document = document.clone();
    drop_empty(document.as_table_mut());
    document.to_string()
}

fn drop_empty(table: &mut dyn TableLike) {
    let empty: Vec<String> = table
        .iter()
        .filter(|(_, item)| item.as_str().is_some_and(|s| s.trim().is_empty()))
        .map(|(key, _)| key.to_owned())
        .collect();
    for key in empty {
        table.remove(&key);
    }
    let mut emptied = Vec::new();
    for (key, item) in table.iter_mut() {
        if let Some(inner) = item.as_table_like_mut() {
            drop_empty(inner);
        } else if let Some(tables) = item.as_array_of_tables_mut() {
            for inner in tables.iter_mut() {
                drop_empty(inner);
            }
            // An entry added in the form and never filled in is not written.
            tables.retain(|inner| !inner.is_empty());
            if tables.is_empty() {
                emptied.push(key.get().to_owned());
            }
        }
    }
    for key in emptied {
        table.remove(&key);
    }
}

fn list_mut<'d>(
    document: &'d mut DocumentMut,
    list: &str,
) -> Result<&'d mut ArrayOfTables, StudioError> {
    if !LISTS.contains(&list) {
        return Err(field_error(list, "only phones and documents are lists"));
    }
    document
        .entry(list)
        .or_insert(Item::ArrayOfTables(ArrayOfTables::new()))
        .as_array_of_tables_mut()
        .ok_or_else(|| field_error(list, "is not a list of [[tables]]"))
}

/// Appends an entry to `[[phones]]` or `[[documents]]`, with the one field
/// it cannot do without left empty for the form to fill in.
pub(crate) fn add_item(document: &mut DocumentMut, list: &str) -> Result<(), StudioError> {
    let first_key = if list == "phones" { "number" } else { "pl" };
    let tables = list_mut(document, list)?;
    let mut table = Table::new();
    table.insert(first_key, toml_edit::value(""));
    tables.push(table);
    Ok(())
}

pub(crate) fn remove_item(
    document: &mut DocumentMut,
    list: &str,
    index: usize,
) -> Result<(), StudioError> {
    let tables = list_mut(document, list)?;
    if index >= tables.len() {
        return Err(field_error(list, format!("there is no entry {index}")));
    }
    tables.remove(index);
    if tables.is_empty() {
        document.remove(list);
    }
    Ok(())
}

/// Takes `locale` off `machine_translated` (the whole key when it was the
/// last one), keeping the list's layout.
pub(crate) fn unmark(document: &mut DocumentMut, locale: Locale) -> Result<(), StudioError> {
    let Some(item) = document.get_mut("machine_translated") else {
        return Ok(());
    };
    let array = item
        .as_array_mut()
        .ok_or_else(|| field_error("machine_translated", "is not a list"))?;
    array.retain(|v| v.as_str() != Some(locale.code()));
    if array.is_empty() {
        document.remove("machine_translated");
    }
    Ok(())
}
