//! From TOML text to model types, collecting every problem with its line.

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Deserialize;
use toml::Spanned;
use witaj_hours::Hours;
use witaj_model::{
    Address, Category, CityId, Guide, GuideStep, Locale, LocalizedText, Location, Organization,
    Phone, Service, ServiceStatus, is_valid_id,
};

use crate::{Content, Diagnostic, STALE_AFTER_DAYS, Severity};

type RawText = BTreeMap<String, String>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawService {
    id: Spanned<String>,
    category: Spanned<String>,
    status: Option<Spanned<String>>,
    source_url: Spanned<String>,
    last_verified: Spanned<toml::value::Datetime>,
    website: Option<Spanned<String>>,
    email: Option<Spanned<String>>,
    free: Option<bool>,
    opening_hours: Option<Spanned<String>>,
    languages: Option<Spanned<Vec<String>>>,
    machine_translated: Option<Spanned<Vec<String>>>,
    organization: Spanned<RawOrganization>,
    name: Spanned<RawText>,
    description: Spanned<RawText>,
    application_process: Option<Spanned<RawText>>,
    fees: Option<Spanned<RawText>>,
    keywords: Option<Spanned<BTreeMap<String, Vec<String>>>>,
    location: Option<Spanned<RawLocation>>,
    #[serde(default)]
    phones: Vec<Spanned<RawPhone>>,
    #[serde(default)]
    documents: Vec<Spanned<RawText>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOrganization {
    name: Spanned<RawText>,
    website: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLocation {
    address: String,
    postal_code: Option<Spanned<String>>,
    latitude: Option<Spanned<f64>>,
    longitude: Option<Spanned<f64>>,
    accessibility: Option<Spanned<RawText>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPhone {
    number: Spanned<String>,
    description: Option<Spanned<RawText>>,
    #[serde(default)]
    languages: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGuide {
    id: Spanned<String>,
    categories: Spanned<Vec<String>>,
    source_url: Spanned<String>,
    last_verified: Spanned<toml::value::Datetime>,
    machine_translated: Option<Spanned<Vec<String>>>,
    title: Spanned<RawText>,
    summary: Spanned<RawText>,
    steps: Spanned<Vec<RawStep>>,
    #[serde(default)]
    checklist: Vec<Spanned<RawText>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStep {
    category: Option<Spanned<String>>,
    title: Spanned<RawText>,
    body: Spanned<RawText>,
}

/// Locales every service and guide must be written in.
const REQUIRED_LOCALES: [Locale; 3] = [Locale::Pl, Locale::En, Locale::Uk];
/// Locales that should be there; their absence is a warning.
const WANTED_LOCALES: [Locale; 1] = [Locale::Ru];

const MAX_TEXT_CHARS: usize = 4000;

/// Validates files one at a time, remembering ids across them.
pub(crate) struct Checker {
    today: NaiveDate,
    content: Content,
    diagnostics: Vec<Diagnostic>,
    seen_ids: HashMap<String, PathBuf>,
}

/// Diagnostics for one file.
struct FileCheck<'a> {
    path: &'a Path,
    source: &'a str,
    diagnostics: Vec<Diagnostic>,
}

impl FileCheck<'_> {
    fn line_of(&self, span: &Range<usize>) -> usize {
        let end = span.start.min(self.source.len());
        self.source[..end].bytes().filter(|&b| b == b'\n').count() + 1
    }

    fn report(
        &mut self,
        severity: Severity,
        span: &Range<usize>,
        field: &str,
        message: impl Into<String>,
    ) {
        self.diagnostics.push(Diagnostic {
            file: self.path.to_owned(),
            line: self.line_of(span),
            field: field.to_owned(),
            message: message.into(),
            severity,
        });
    }

    fn error(&mut self, span: &Range<usize>, field: &str, message: impl Into<String>) {
        self.report(Severity::Error, span, field, message);
    }

    fn warning(&mut self, span: &Range<usize>, field: &str, message: impl Into<String>) {
        self.report(Severity::Warning, span, field, message);
    }

    fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }

    /// Turns a TOML or shape error into a diagnostic on the key's line.
    fn syntax(&mut self, error: &toml::de::Error) {
        let span = error.span().unwrap_or(0..0);
        let line_start = self.source[..span.start.min(self.source.len())]
            .rfind('\n')
            .map_or(0, |i| i + 1);
        let line = self.source[line_start..].lines().next().unwrap_or_default();
        let field = line.split_once('=').map_or_else(
            || line.trim().trim_matches(['[', ']']).to_owned(),
            |(key, _)| key.trim().to_owned(),
        );
        let field = if field.is_empty() {
            "file".to_owned()
        } else {
            field
        };
        self.error(&span, &field, error.message().replace('\n', " "));
    }

    fn text(&mut self, field: &str, raw: &Spanned<RawText>, required: bool) -> LocalizedText {
        let span = raw.span();
        let mut text = LocalizedText::new();
        for (code, value) in raw.get_ref() {
            match code.parse::<Locale>() {
                Ok(locale) if locale.code() == code => {
                    let value = value.trim();
                    if value.is_empty() {
                        self.error(
                            &span,
                            &format!("{field}.{code}"),
                            "is empty: write the text or leave the locale out",
                        );
                    } else if value.chars().count() > MAX_TEXT_CHARS {
                        self.error(
                            &span,
                            &format!("{field}.{code}"),
                            format!("is longer than {MAX_TEXT_CHARS} characters"),
                        );
                    } else {
                        text.insert(locale, value);
                    }
                }
                _ => self.error(
                    &span,
                    &format!("{field}.{code}"),
                    "unknown locale: expected one of pl, en, uk, ru, be, ka, ar, hi, vi, tr",
                ),
            }
        }
        if required {
            for locale in REQUIRED_LOCALES {
                if text.exact(locale).is_none() {
                    self.error(
                        &span,
                        &format!("{field}.{locale}"),
                        "missing: every entry needs pl, en and uk",
                    );
                }
            }
            for locale in WANTED_LOCALES {
                if text.exact(locale).is_none() {
                    self.warning(&span, &format!("{field}.{locale}"), "missing translation");
                }
            }
        }
        text
    }

    fn date(
        &mut self,
        field: &str,
        raw: &Spanned<toml::value::Datetime>,
        today: NaiveDate,
    ) -> NaiveDate {
        let span = raw.span();
        let value = raw.get_ref();
        let date = match (value.date, value.time) {
            (Some(d), None) => {
                NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))
            }
            _ => None,
        };
        let Some(date) = date else {
            self.error(
                &span,
                field,
                format!("expected a date like 2026-11-20, found `{value}`"),
            );
            return today;
        };
        if date > today {
            self.error(&span, field, format!("{date} is in the future"));
        } else if (today - date).num_days() > STALE_AFTER_DAYS {
            self.warning(
                &span,
                field,
                format!("last verified {date}, more than 12 months ago: check the entry again"),
            );
        }
        date
    }

    fn url(&mut self, field: &str, raw: &Spanned<String>) -> String {
        let value = raw.get_ref().trim();
        match url::Url::parse(value) {
            Ok(url)
                if matches!(url.scheme(), "http" | "https")
                    && url.host_str().is_some_and(|h| h.contains('.')) => {}
            _ => self.error(
                &raw.span(),
                field,
                format!(
                    "expected an http(s) address like https://example.pl/page, found `{value}`"
                ),
            ),
        }
        value.to_owned()
    }

    fn locales(&mut self, field: &str, raw: &Spanned<Vec<String>>) -> Vec<Locale> {
        let mut locales = Vec::new();
        for code in raw.get_ref() {
            match code.parse::<Locale>() {
                Ok(locale) if locale.code() == code => locales.push(locale),
                _ => self.error(&raw.span(), field, format!("unknown locale `{code}`: expected one of pl, en, uk, ru, be, ka, ar, hi, vi, tr")),
            }
        }
        locales
    }

    fn language_codes(
        &mut self,
        field: &str,
        span: &Range<usize>,
        codes: &[String],
    ) -> Vec<String> {
        for code in codes {
            if !(code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase())) {
                self.error(
                    span,
                    field,
                    format!(
                        "`{code}` is not an ISO 639-1 code: expected two lowercase letters like uk"
                    ),
                );
            }
        }
        codes.to_vec()
    }

    fn id(&mut self, raw: &Spanned<String>, expected_stem: &str, prefix: &str) -> String {
        let id = raw.get_ref();
        if !is_valid_id(id) {
            self.error(
                &raw.span(),
                "id",
                format!("`{id}` is not a valid id: use lowercase a-z, 0-9 and single hyphens"),
            );
        } else if !id.starts_with(prefix) || &id[prefix.len()..] != expected_stem {
            self.error(
                &raw.span(),
                "id",
                format!("`{id}` does not match the file name: expected `{prefix}{expected_stem}`"),
            );
        }
        id.clone()
    }
}

/// E.164 (`+48 12 345 67 89`) or a Polish short number people dial as is
/// (112, 997, 19115, 116 123).
pub(crate) fn is_valid_phone(number: &str) -> bool {
    let compact: String = number.chars().filter(|c| *c != ' ').collect();
    if let Some(digits) = compact.strip_prefix('+') {
        let polish_length_ok = !digits.starts_with("48") || digits.len() == 11;
        return (8..=15).contains(&digits.len())
            && digits.bytes().all(|b| b.is_ascii_digit())
            && polish_length_ok;
    }
    let all_digits = compact.bytes().all(|b| b.is_ascii_digit());
    all_digits
        && (matches!(
            compact.as_str(),
            "112" | "984" | "985" | "986" | "987" | "997" | "998" | "999"
        ) || (compact.len() == 6 && compact.starts_with("116"))
            || (compact.len() == 5 && compact.starts_with("19")))
}

fn file_stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

impl Checker {
    pub(crate) fn new(today: NaiveDate) -> Self {
        Self {
            today,
            content: Content::default(),
            diagnostics: Vec::new(),
            seen_ids: HashMap::new(),
        }
    }

    pub(crate) fn finish(self) -> (Content, Vec<Diagnostic>) {
        (self.content, self.diagnostics)
    }

    fn remember_id(&mut self, check: &mut FileCheck<'_>, raw: &Spanned<String>) {
        let id = raw.get_ref();
        if let Some(first) = self.seen_ids.get(id) {
            check.error(
                &raw.span(),
                "id",
                format!("`{id}` is already used by {}", first.display()),
            );
        } else {
            self.seen_ids.insert(id.clone(), check.path.to_owned());
        }
    }

    pub(crate) fn service(&mut self, path: &Path, source: &str, city: CityId) {
        let mut check = FileCheck {
            path,
            source,
            diagnostics: Vec::new(),
        };
        match toml::from_str::<RawService>(source) {
            Ok(raw) => {
                self.remember_id(&mut check, &raw.id);
                let service = self.build_service(&mut check, raw, city);
                if !check.has_errors() {
                    self.content.services.push(service);
                }
            }
            Err(error) => check.syntax(&error),
        }
        self.diagnostics.append(&mut check.diagnostics);
    }

    fn build_service(&self, check: &mut FileCheck<'_>, raw: RawService, city: CityId) -> Service {
        let id = check.id(&raw.id, &file_stem(check.path), &format!("{city}-"));
        let category = raw
            .category
            .get_ref()
            .parse::<Category>()
            .unwrap_or_else(|error| {
                check.error(&raw.category.span(), "category", error.to_string());
                Category::Integration
            });
        let status = raw.status.as_ref().map_or(ServiceStatus::Active, |s| {
            s.get_ref().parse().unwrap_or_else(|message: String| {
                check.error(&s.span(), "status", message);
                ServiceStatus::Active
            })
        });
        let opening_hours = raw.opening_hours.as_ref().map(|h| {
            if let Err(error) = Hours::parse(h.get_ref()) {
                check.error(
                    &h.span(),
                    "opening_hours",
                    format!("{error}; see https://wiki.openstreetmap.org/wiki/Key:opening_hours"),
                );
            }
            h.get_ref().trim().to_owned()
        });
        let email = raw.email.as_ref().map(|e| {
            let value = e.get_ref().trim();
            let valid = value.split_once('@').is_some_and(|(user, host)| {
                !user.is_empty() && host.contains('.') && !value.contains(' ')
            });
            if !valid {
                check.error(
                    &e.span(),
                    "email",
                    format!("expected an address like info@example.pl, found `{value}`"),
                );
            }
            value.to_owned()
        });
        let location = raw.location.as_ref().map(|l| self.location(check, l, city));
        let phones = raw
            .phones
            .iter()
            .map(|p| {
                let number = p.get_ref().number.get_ref().trim().to_owned();
                if !is_valid_phone(&number) {
                    check.error(
                        &p.get_ref().number.span(),
                        "phones.number",
                        format!("`{number}` is not a dialable number: expected E.164 like +48 12 345 67 89, or a short number like 112 or 116 123"),
                    );
                }
                let languages = check.language_codes("phones.languages", &p.span(), &p.get_ref().languages);
                Phone {
                    number,
                    description: p.get_ref().description.as_ref().map(|d| check.text("phones.description", d, false)).unwrap_or_default(),
                    languages,
                }
            })
            .collect();
        let keywords = raw
            .keywords
            .as_ref()
            .map(|k| {
                let mut words = Vec::new();
                for (code, list) in k.get_ref() {
                    match code.parse::<Locale>() {
                        Ok(locale) if locale.code() == code => words.extend(list.iter().map(|w| (locale, w.clone()))),
                        _ => check.error(&k.span(), &format!("keywords.{code}"), "unknown locale: expected one of pl, en, uk, ru, be, ka, ar, hi, vi, tr"),
                    }
                }
                words
            })
            .unwrap_or_default();
        Service {
            id,
            city,
            category,
            status,
            organization: Organization {
                name: check.text("organization.name", &raw.organization.get_ref().name, false),
                website: raw
                    .organization
                    .get_ref()
                    .website
                    .as_ref()
                    .map(|w| check.url("organization.website", w)),
            },
            name: check.text("name", &raw.name, true),
            description: check.text("description", &raw.description, true),
            application_process: raw
                .application_process
                .as_ref()
                .map(|t| check.text("application_process", t, false))
                .unwrap_or_default(),
            fees: raw
                .fees
                .as_ref()
                .map(|t| check.text("fees", t, false))
                .unwrap_or_default(),
            keywords,
            website: raw.website.as_ref().map(|w| check.url("website", w)),
            email,
            free: raw.free,
            opening_hours,
            languages: raw
                .languages
                .as_ref()
                .map(|l| check.language_codes("languages", &l.span(), l.get_ref()))
                .unwrap_or_default(),
            location,
            phones,
            documents: raw
                .documents
                .iter()
                .map(|d| check.text("documents", d, false))
                .collect(),
            source_url: check.url("source_url", &raw.source_url),
            last_verified: check.date("last_verified", &raw.last_verified, self.today),
            machine_translated: raw
                .machine_translated
                .as_ref()
                .map(|m| check.locales("machine_translated", m))
                .unwrap_or_default(),
        }
    }

    fn location(
        &self,
        check: &mut FileCheck<'_>,
        raw: &Spanned<RawLocation>,
        city: CityId,
    ) -> Location {
        let span = raw.span();
        let location = raw.get_ref();
        if let Some(code) = &location.postal_code {
            let value = code.get_ref();
            let b = value.as_bytes();
            let valid = b.len() == 6
                && b[2] == b'-'
                && b.iter()
                    .enumerate()
                    .all(|(i, c)| i == 2 || c.is_ascii_digit());
            if !valid {
                check.error(
                    &code.span(),
                    "location.postal_code",
                    format!("expected a Polish postal code like 31-547, found `{value}`"),
                );
            }
        }
        if location.address.trim().is_empty() {
            check.error(
                &span,
                "location.address",
                "is empty: give the street and number",
            );
        }
        let latitude = location.latitude.as_ref().map(|l| *l.get_ref());
        let longitude = location.longitude.as_ref().map(|l| *l.get_ref());
        let coordinate_span = location
            .latitude
            .as_ref()
            .or(location.longitude.as_ref())
            .map_or(span.clone(), Spanned::span);
        match (latitude, longitude) {
            (Some(lat), Some(lon)) => {
                let distance = city.distance_km(lat, lon);
                let radius = city.info().radius_km;
                if distance > radius {
                    check.error(
                        &coordinate_span,
                        "location.latitude",
                        format!("{lat}, {lon} is {distance:.0} km from the centre of {}, outside the city (limit {radius:.0} km)", city.info().name_pl),
                    );
                }
            }
            (None, None) => {}
            _ => check.error(
                &coordinate_span,
                "location.latitude",
                "give both latitude and longitude, or neither",
            ),
        }
        Location {
            address: Address {
                address_1: location.address.trim().to_owned(),
                postal_code: location.postal_code.as_ref().map(|c| c.get_ref().clone()),
                city: city.info().name_pl.to_owned(),
                country: "PL".to_owned(),
            },
            latitude,
            longitude,
            accessibility: location
                .accessibility
                .as_ref()
                .map(|a| check.text("location.accessibility", a, false))
                .unwrap_or_default(),
        }
    }

    pub(crate) fn guide(&mut self, path: &Path, source: &str) {
        let mut check = FileCheck {
            path,
            source,
            diagnostics: Vec::new(),
        };
        match toml::from_str::<RawGuide>(source) {
            Ok(raw) => {
                let id = check.id(&raw.id, &file_stem(path), "");
                let mut categories = Vec::new();
                for category in raw.categories.get_ref() {
                    match category.parse::<Category>() {
                        Ok(c) => categories.push(c),
                        Err(error) => {
                            check.error(&raw.categories.span(), "categories", error.to_string())
                        }
                    }
                }
                if raw.steps.get_ref().is_empty() {
                    check.error(
                        &raw.steps.span(),
                        "steps",
                        "a guide needs at least one step",
                    );
                }
                let steps = raw
                    .steps
                    .get_ref()
                    .iter()
                    .map(|step| GuideStep {
                        category: step.category.as_ref().and_then(|c| {
                            c.get_ref()
                                .parse()
                                .map_err(|error: witaj_model::UnknownCategory| {
                                    check.error(&c.span(), "steps.category", error.to_string())
                                })
                                .ok()
                        }),
                        title: check.text("steps.title", &step.title, true),
                        body: check.text("steps.body", &step.body, true),
                    })
                    .collect();
                let guide = Guide {
                    id,
                    categories,
                    title: check.text("title", &raw.title, true),
                    summary: check.text("summary", &raw.summary, true),
                    steps,
                    checklist: raw
                        .checklist
                        .iter()
                        .map(|item| check.text("checklist", item, true))
                        .collect(),
                    source_url: check.url("source_url", &raw.source_url),
                    last_verified: check.date("last_verified", &raw.last_verified, self.today),
                    machine_translated: raw
                        .machine_translated
                        .as_ref()
                        .map(|m| check.locales("machine_translated", m))
                        .unwrap_or_default(),
                };
                if !check.has_errors() {
                    self.content.guides.push(guide);
                }
            }
            Err(error) => check.syntax(&error),
        }
        self.diagnostics.append(&mut check.diagnostics);
    }
}
