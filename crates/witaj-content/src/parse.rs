//! From TOML text to model types, collecting every problem with its line.

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Deserialize;
use toml::Spanned;
use witaj_hours::Hours;
use witaj_model::{
    Address, Category, CityId, Guide, GuideStep, Locale, LocalizedText, Location, Notice,
    Organization, Phone, Service, ServiceStatus, Verification, is_valid_id,
};

use crate::{Content, Diagnostic, Severity};

type RawText = BTreeMap<String, String>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawService {
    id: Spanned<String>,
    category: Spanned<String>,
    status: Option<Spanned<String>>,
    source_url: Spanned<String>,
    last_verified: Spanned<toml::value::Datetime>,
    verification: Option<Spanned<String>>,
    appointment: Option<Spanned<String>>,
    booking_url: Option<Spanned<String>>,
    #[serde(default)]
    allow_http: bool,
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

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNotice {
    id: Spanned<String>,
    valid_from: Spanned<toml::value::Datetime>,
    valid_until: Spanned<toml::value::Datetime>,
    severity: Spanned<String>,
    link: Option<Spanned<String>>,
    source_url: Spanned<String>,
    last_verified: Spanned<toml::value::Datetime>,
    machine_translated: Option<Spanned<Vec<String>>>,
    title: Spanned<RawText>,
    body: Spanned<RawText>,
}

/// Locales every service and guide must be written in.
const REQUIRED_LOCALES: [Locale; 3] = [Locale::Pl, Locale::En, Locale::Uk];
/// Locales that should be there; their absence is a warning.
const WANTED_LOCALES: [Locale; 1] = [Locale::Ru];

/// Fields held to the short limit (names, titles, labels).
const SHORT_FIELDS: [&str; 5] = [
    "name",
    "organization.name",
    "phones.description",
    "steps.title",
    "title",
];

/// Validates files one at a time, remembering ids across them.
pub(crate) struct Checker {
    /// `None` when dates are not compared with a clock (the bundled catalog,
    /// whose dates were checked when it was built).
    today: Option<NaiveDate>,
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

    /// What the shared validator finds that the field checks did not
    /// already report, on the line of the field's key.
    fn record(&mut self, problems: Vec<witaj_check::Problem>) {
        for problem in problems {
            let already = self.diagnostics.iter().any(|d| {
                d.field == problem.field || d.field.starts_with(&format!("{}.", problem.field))
            });
            if already {
                continue;
            }
            let span = self.key_span(&problem.field);
            let severity = match problem.severity {
                witaj_check::Severity::Error => Severity::Error,
                witaj_check::Severity::Warning => Severity::Warning,
            };
            self.report(severity, &span, &problem.field, problem.message);
        }
    }

    /// Where `field`'s top-level key is set or its table opens.
    fn key_span(&self, field: &str) -> Range<usize> {
        let top = field.split('.').next().unwrap_or(field);
        let starts = [
            format!("{top} ="),
            format!("{top}="),
            format!("[{top}]"),
            format!("[[{top}]]"),
            format!("[{top}."),
        ];
        let mut offset = 0;
        for line in self.source.split_inclusive('\n') {
            let trimmed = line.trim_start();
            if starts
                .iter()
                .any(|start| trimmed.starts_with(start.as_str()))
            {
                return offset..offset;
            }
            offset += line.len();
        }
        0..0
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
        let rule = if SHORT_FIELDS.contains(&field) {
            witaj_check::short_text
        } else {
            witaj_check::text
        };
        let mut text = LocalizedText::new();
        for (code, value) in raw.get_ref() {
            match code.parse::<Locale>() {
                Ok(locale) if locale.code() == code => {
                    let value = value.trim();
                    match rule(value) {
                        Ok(()) => text.insert(locale, value),
                        Err(message) => self.error(&span, &format!("{field}.{code}"), message),
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
        today: Option<NaiveDate>,
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
            return NaiveDate::MIN;
        };
        if let Some(today) = today {
            match witaj_check::last_verified(date, today) {
                Ok(None) => {}
                Ok(Some(warning)) => self.warning(&span, field, warning),
                Err(message) => self.error(&span, field, message),
            }
        }
        date
    }

    fn url(&mut self, field: &str, raw: &Spanned<String>, allow_http: bool) -> String {
        let value = raw.get_ref().trim();
        if let Err(message) = witaj_check::url(value, allow_http) {
            self.error(&raw.span(), field, message);
        } else if field == "source_url"
            && let Some(domain) = witaj_check::secondary_source(value)
        {
            self.warning(
                &raw.span(),
                field,
                format!("{domain} reports on institutions: cite the institution's own page, or keep verification = \"drafted\" and say why in a comment"),
            );
        }
        value.to_owned()
    }

    /// A value of a closed set, or an error listing the set.
    fn one_of<T: std::str::FromStr>(&mut self, field: &str, raw: &Spanned<String>) -> Option<T>
    where
        T::Err: std::fmt::Display,
    {
        raw.get_ref()
            .trim()
            .parse()
            .map_err(|error: T::Err| self.error(&raw.span(), field, error.to_string()))
            .ok()
    }

    /// The locales a file says were drafted by machine.
    fn machine_translated(&mut self, raw: Option<&Spanned<Vec<String>>>) -> Vec<Locale> {
        raw.map(|m| self.locales("machine_translated", m))
            .unwrap_or_default()
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
            if let Err(message) = witaj_check::spoken_language(code) {
                self.error(span, field, message);
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

fn file_stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

impl Checker {
    pub(crate) fn new(today: Option<NaiveDate>) -> Self {
        Self {
            today,
            content: Content::default(),
            diagnostics: Vec::new(),
            seen_ids: HashMap::new(),
        }
    }

    /// The day the shared validator bounds dates by; without a clock, none.
    fn record_today(&self) -> NaiveDate {
        self.today.unwrap_or(NaiveDate::MAX)
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
                check.record(witaj_check::service(&service, self.record_today()));
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
        let verification = match &raw.verification {
            Some(value) => check.one_of("verification", value).unwrap_or_default(),
            None => {
                check.error(
                    &raw.id.span(),
                    "verification",
                    "missing: say how this entry was checked, verification = \"drafted\" (from public pages) or \"confirmed\" (by the institution)",
                );
                Verification::Drafted
            }
        };
        let appointment = raw
            .appointment
            .as_ref()
            .and_then(|value| check.one_of("appointment", value));
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
            if let Err(message) = witaj_check::email(value) {
                check.error(&e.span(), "email", message);
            }
            value.to_owned()
        });
        let location = raw.location.as_ref().map(|l| self.location(check, l, city));
        let phones = raw
            .phones
            .iter()
            .map(|p| {
                let number = p.get_ref().number.get_ref().trim().to_owned();
                if let Err(message) = witaj_check::phone(&number) {
                    check.error(&p.get_ref().number.span(), "phones.number", message);
                }
                let languages =
                    check.language_codes("phones.languages", &p.span(), &p.get_ref().languages);
                Phone {
                    number,
                    description: p
                        .get_ref()
                        .description
                        .as_ref()
                        .map(|d| check.text("phones.description", d, false))
                        .unwrap_or_default(),
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
                    .map(|w| check.url("organization.website", w, raw.allow_http)),
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
            website: raw
                .website
                .as_ref()
                .map(|w| check.url("website", w, raw.allow_http)),
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
            source_url: check.url("source_url", &raw.source_url, raw.allow_http),
            last_verified: check.date("last_verified", &raw.last_verified, self.today),
            verification,
            appointment,
            booking_url: raw
                .booking_url
                .as_ref()
                .map(|u| check.url("booking_url", u, raw.allow_http)),
            allow_http: raw.allow_http,
            machine_translated: check.machine_translated(raw.machine_translated.as_ref()),
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
        if let Some(code) = &location.postal_code
            && let Err(message) = witaj_check::postal_code(code.get_ref())
        {
            check.error(&code.span(), "location.postal_code", message);
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
                if let Err(message) = witaj_check::coordinates(city, lat, lon) {
                    check.error(&coordinate_span, "location.latitude", message);
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

    /// A notice for `city`, or for every city when `None`.
    pub(crate) fn notice(&mut self, path: &Path, source: &str, city: Option<CityId>) {
        let mut check = FileCheck {
            path,
            source,
            diagnostics: Vec::new(),
        };
        match toml::from_str::<RawNotice>(source) {
            Ok(raw) => {
                let prefix = city.map(|c| format!("{c}-")).unwrap_or_default();
                let id = check.id(&raw.id, &file_stem(path), &prefix);
                let key = format!("notice {id}");
                if let Some(first) = self.seen_ids.get(&key) {
                    check.error(
                        &raw.id.span(),
                        "id",
                        format!("`{id}` is already used by {}", first.display()),
                    );
                } else {
                    self.seen_ids.insert(key, path.to_owned());
                }
                let notice = Notice {
                    id,
                    city,
                    valid_from: check.date("valid_from", &raw.valid_from, None),
                    valid_until: check.date("valid_until", &raw.valid_until, None),
                    severity: check
                        .one_of("severity", &raw.severity)
                        .unwrap_or(witaj_model::Severity::Info),
                    link: raw.link.as_ref().map(|l| check.url("link", l, false)),
                    title: check.text("title", &raw.title, true),
                    body: check.text("body", &raw.body, true),
                    source_url: check.url("source_url", &raw.source_url, false),
                    last_verified: check.date("last_verified", &raw.last_verified, self.today),
                    machine_translated: check.machine_translated(raw.machine_translated.as_ref()),
                };
                check.record(witaj_check::notice(&notice, self.record_today()));
                if !check.has_errors() {
                    self.content.notices.push(notice);
                }
            }
            Err(error) => check.syntax(&error),
        }
        self.diagnostics.append(&mut check.diagnostics);
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
                let city = CityId::ALL
                    .into_iter()
                    .find(|city| id.starts_with(&format!("{city}-")));
                let guide = Guide {
                    city,
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
                    source_url: check.url("source_url", &raw.source_url, false),
                    last_verified: check.date("last_verified", &raw.last_verified, self.today),
                    machine_translated: check.machine_translated(raw.machine_translated.as_ref()),
                };
                check.record(witaj_check::guide(&guide, self.record_today()));
                if !check.has_errors() {
                    self.content.guides.push(guide);
                }
            }
            Err(error) => check.syntax(&error),
        }
        self.diagnostics.append(&mut check.diagnostics);
    }
}
