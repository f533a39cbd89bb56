//! Imported services as Witaj content files, laid out like the
//! hand-written ones (content/README.md): top-level fields in the README's
//! order, then one table per localized field with the locales in order.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use witaj_model::{Locale, LocalizedText, Service};

use crate::HsdsError;

/// What Witaj's content format requires that an HSDS service may not give.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Needed {
    Category,
    SourceUrl,
    LastVerified,
}

/// One imported service, ready to be written as a content file. Where the
/// input lacked something the format requires ([`Needed`]), the file gets
/// an empty value there that `witaj content lint` flags, for staff to fill.
#[derive(Clone, Debug)]
pub struct ImportedService {
    /// The fields the input gave; those in `missing` hold no real value.
    pub(crate) service: Service,
    pub(crate) missing: Vec<Needed>,
}

impl ImportedService {
    pub fn id(&self) -> &str {
        &self.service.id
    }

    /// The service, when the input gave everything Witaj requires.
    pub fn service(&self) -> Option<&Service> {
        self.missing.is_empty().then_some(&self.service)
    }

    /// What the input did not give; the file leaves it for staff.
    pub fn missing(&self) -> &[Needed] {
        &self.missing
    }

    /// The content file's path under a content folder:
    /// `<city>/services/<id without the city>.toml`.
    pub fn relative_path(&self) -> PathBuf {
        let city = self.service.city.as_str();
        let stem = self
            .service
            .id
            .strip_prefix(&format!("{city}-"))
            .unwrap_or(&self.service.id);
        Path::new(city)
            .join("services")
            .join(format!("{stem}.toml"))
    }

    /// The content file's text.
    pub fn to_toml(&self) -> String {
        let s = &self.service;
        let lacks = |needed| self.missing.contains(&needed);
        let mut file = Toml::default();
        file.string("id", &s.id);
        file.string(
            "category",
            if lacks(Needed::Category) {
                ""
            } else {
                s.category.as_str()
            },
        );
        file.string("status", s.status.as_str());
        file.string("source_url", &s.source_url);
        if lacks(Needed::LastVerified) {
            file.string("last_verified", "");
        } else {
            file.raw("last_verified", &s.last_verified.to_string());
        }
        file.string("verification", s.verification.as_str());
        if let Some(appointment) = s.appointment {
            file.string("appointment", appointment.as_str());
        }
        file.optional("booking_url", s.booking_url.as_deref());
        if s.allow_http {
            file.raw("allow_http", "true");
        }
        file.optional("website", s.website.as_deref());
        file.optional("email", s.email.as_deref());
        if let Some(free) = s.free {
            file.raw("free", &free.to_string());
        }
        file.optional("opening_hours", s.opening_hours.as_deref());
        if !s.languages.is_empty() {
            file.list("languages", &s.languages);
        }
        if !s.machine_translated.is_empty() {
            let codes: Vec<&str> = s.machine_translated.iter().map(|l| l.code()).collect();
            file.list("machine_translated", &codes);
        }
        if let Some(website) = &s.organization.website {
            file.table("organization");
            file.string("website", website);
        }
        file.text("organization.name", &s.organization.name);
        file.text("name", &s.name);
        file.text("description", &s.description);
        if !s.application_process.is_empty() {
            file.text("application_process", &s.application_process);
        }
        if !s.fees.is_empty() {
            file.text("fees", &s.fees);
        }
        if !s.keywords.is_empty() {
            file.table("keywords");
            for locale in Locale::ALL {
                let words: Vec<&str> = s
                    .keywords
                    .iter()
                    .filter(|(l, _)| *l == locale)
                    .map(|(_, word)| word.as_str())
                    .collect();
                if !words.is_empty() {
                    file.list(locale.code(), &words);
                }
            }
        }
        if let Some(location) = &s.location {
            file.table("location");
            file.string("address", &location.address.address_1);
            file.optional("postal_code", location.address.postal_code.as_deref());
            if let (Some(latitude), Some(longitude)) = (location.latitude, location.longitude) {
                file.raw("latitude", &toml::Value::Float(latitude).to_string());
                file.raw("longitude", &toml::Value::Float(longitude).to_string());
            }
            if !location.accessibility.is_empty() {
                file.text("location.accessibility", &location.accessibility);
            }
        }
        for phone in &s.phones {
            file.header("[[phones]]");
            file.string("number", &phone.number);
            if !phone.languages.is_empty() {
                file.list("languages", &phone.languages);
            }
            if !phone.description.is_empty() {
                file.text("phones.description", &phone.description);
            }
        }
        for document in &s.documents {
            file.header("[[documents]]");
            file.locales(document);
        }
        file.out
    }
}

/// Writes each service's content file under `content_dir` (creating its
/// city's `services/` folder), replacing a file of the same name. Returns
/// the paths written.
pub fn write_content(
    content_dir: &Path,
    services: &[ImportedService],
) -> Result<Vec<PathBuf>, HsdsError> {
    let mut written = Vec::new();
    for service in services {
        let path = content_dir.join(service.relative_path());
        let write_error = |source| HsdsError::Write {
            path: path.clone(),
            source,
        };
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).map_err(write_error)?;
        }
        std::fs::write(&path, service.to_toml()).map_err(write_error)?;
        written.push(path);
    }
    Ok(written)
}

/// A TOML file written top to bottom.
#[derive(Default)]
struct Toml {
    out: String,
}

impl Toml {
    fn raw(&mut self, key: &str, value: &str) {
        let _ = writeln!(self.out, "{key} = {value}");
    }

    fn string(&mut self, key: &str, value: &str) {
        self.raw(key, &quoted(value));
    }

    fn optional(&mut self, key: &str, value: Option<&str>) {
        if let Some(value) = value {
            self.string(key, value);
        }
    }

    fn list(&mut self, key: &str, values: &[impl AsRef<str>]) {
        let items: Vec<String> = values.iter().map(|v| quoted(v.as_ref())).collect();
        self.raw(key, &format!("[{}]", items.join(", ")));
    }

    fn header(&mut self, header: &str) {
        let _ = writeln!(self.out, "\n{header}");
    }

    fn table(&mut self, name: &str) {
        self.header(&format!("[{name}]"));
    }

    /// A localized field as its own table, even when empty (lint then says
    /// which locales it needs).
    fn text(&mut self, name: &str, text: &LocalizedText) {
        self.table(name);
        self.locales(text);
    }

    fn locales(&mut self, text: &LocalizedText) {
        for (locale, value) in text.iter() {
            self.string(locale.code(), value);
        }
    }
}

/// A TOML basic string.
fn quoted(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_read_back_as_written() {
        for value in [
            "plain",
            "quote \" and backslash \\",
            "line\nbreak\tand tab\r",
            "control \u{1} \u{7f} \u{9f}",
            "Ł ż ї ქ ع",
            "'''",
        ] {
            let parsed: toml::Table =
                toml::from_str(&format!("key = {}", quoted(value))).expect("valid TOML");
            assert_eq!(parsed["key"].as_str(), Some(value));
        }
    }
}
