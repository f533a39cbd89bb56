//! The one validator for what a newcomer reads: services and guides are
//! checked by the same rules whether they come from `content/` (lint, feed
//! build) or from a signed feed (sync). A feed is untrusted input, so the
//! rules are about safety as much as style: no control characters or bidi
//! overrides that could make a shown phone number differ from the dialled
//! one, no `mailto:` parameters, no URL that is not plain https.
//!
//! Field rules return a message for one value, so the content compiler can
//! put them on the right line; [`service`] and [`guide`] apply every rule to
//! a whole record.

use std::collections::HashSet;

use chrono::NaiveDate;
use witaj_hours::Hours;
use witaj_model::{CityId, Guide, LocalizedText, Notice, Service, is_valid_id};

/// The longest text, per locale, of any field.
pub const MAX_TEXT_CHARS: usize = 4000;
/// The longest short value: an address line, a keyword, a phone description.
pub const MAX_SHORT_CHARS: usize = 300;
pub const MAX_PHONES: usize = 20;
pub const MAX_DOCUMENTS: usize = 50;
pub const MAX_KEYWORDS: usize = 200;
pub const MAX_LANGUAGES: usize = 30;
pub const MAX_GUIDE_STEPS: usize = 40;
pub const MAX_CHECKLIST_ITEMS: usize = 60;
pub const MAX_URL_CHARS: usize = 500;
/// How old `last_verified` may be before an entry counts as stale.
pub const STALE_AFTER_DAYS: i64 = 365;

/// Languages a service may say it speaks: those the app can name in every
/// locale (`language-<code>` in `locales/`).
pub const SPOKEN_LANGUAGES: &[&str] = &[
    "pl", "en", "uk", "ru", "be", "ka", "ar", "hi", "vi", "tr", "de", "fr", "es", "it",
];

/// Sites that report on institutions rather than speak for them: an entry
/// should cite the institution's own page.
const SECONDARY_SOURCES: &[&str] = &[
    "wikipedia.org",
    "wikious.com",
    "wikiwand.com",
    "rmf24.pl",
    "tvn24.pl",
    "onet.pl",
    "wp.pl",
    "interia.pl",
    "gazeta.pl",
    "wyborcza.pl",
    "rp.pl",
    "telepolis.pl",
    "pap.pl",
    "poranny.pl",
    "epoznan.pl",
    "radioszczecin.pl",
    "gazetaprawna.pl",
    "forsal.pl",
    "infor.pl",
    "money.pl",
    "businessinsider.com.pl",
    "upday.com",
    "katowice24.info",
    "faktykaliskie.info",
    "polsatnews.pl",
    "tvp.info",
    "dziennikbaltycki.pl",
    "gs24.pl",
    "se.pl",
    "fakt.pl",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem with one field of a record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    /// The content file's field name, e.g. `phones.number` or `name.uk`.
    pub field: String,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

/// Characters that change how surrounding text is displayed or what a
/// terminal does: C0/C1 controls (but newline and tab), bidi embeddings,
/// overrides and isolates. Marks (U+200E, U+200F) are allowed: right-to-left
/// text needs them and they cannot reorder a number.
fn is_forbidden_char(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || ('\u{202A}'..='\u{202E}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
        || c == '\u{FEFF}'
}

fn text_with_limit(value: &str, limit: usize) -> Result<(), String> {
    if let Some(c) = value.chars().find(|&c| is_forbidden_char(c)) {
        return Err(format!(
            "contains the control character U+{:04X}: remove it",
            u32::from(c)
        ));
    }
    if value.trim().is_empty() {
        return Err("is empty: write the text or leave it out".to_owned());
    }
    let length = value.chars().count();
    if length > limit {
        return Err(format!("is {length} characters long, more than {limit}"));
    }
    Ok(())
}

/// Text a reader sees: not empty, no control characters, not too long.
pub fn text(value: &str) -> Result<(), String> {
    text_with_limit(value, MAX_TEXT_CHARS)
}

/// A short value such as a keyword, an address line or a phone description.
pub fn short_text(value: &str) -> Result<(), String> {
    text_with_limit(value, MAX_SHORT_CHARS)
}

/// E.164 (`+48 12 345 67 89`) or a Polish short number people dial as is
/// (112, 997, 19115, 116 123). Only ASCII digits, spaces and a leading `+`,
/// so the number shown is the number dialled.
pub fn phone(number: &str) -> Result<(), String> {
    let expected = || {
        format!(
            "`{}` is not a dialable number: expected E.164 like +48 12 345 67 89, or a short number like 112 or 116 123",
            number.escape_debug()
        )
    };
    if !number
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b' ' || b == b'+')
    {
        return Err(expected());
    }
    let compact: String = number.chars().filter(|c| *c != ' ').collect();
    let valid = if let Some(digits) = compact.strip_prefix('+') {
        let polish_length_ok = !digits.starts_with("48") || digits.len() == 11;
        (8..=15).contains(&digits.len())
            && digits.bytes().all(|b| b.is_ascii_digit())
            && polish_length_ok
    } else {
        matches!(
            compact.as_str(),
            "112" | "984" | "985" | "986" | "987" | "997" | "998" | "999"
        ) || (compact.len() == 6 && compact.starts_with("116"))
            || (compact.len() == 5 && compact.starts_with("19"))
            || (compact.len() == 9 && compact.starts_with("800"))
    };
    if valid { Ok(()) } else { Err(expected()) }
}

/// A plain address (`info@example.pl`): no parameters, headers or spaces that
/// a `mailto:` link would carry into a mail client.
pub fn email(value: &str) -> Result<(), String> {
    let valid = value.len() <= 254
        && value.split_once('@').is_some_and(|(user, host)| {
            !user.is_empty()
                && user
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"._+-".contains(&b))
                && !user.starts_with('.')
                && !user.ends_with('.')
                && host_name(host)
        });
    if valid {
        Ok(())
    } else {
        Err(format!(
            "expected a plain address like info@example.pl, found `{}`",
            value.escape_debug()
        ))
    }
}

fn host_name(host: &str) -> bool {
    host.contains('.')
        && host.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
                && !label.starts_with('-')
                && !label.ends_with('-')
        })
}

/// A web address: https (or http where the content explicitly allows it),
/// a real host name, printable ASCII only (a URL parser silently drops tabs
/// and line breaks, which would then stay in the stored text).
pub fn url(value: &str, allow_http: bool) -> Result<(), String> {
    let expected = || {
        format!(
            "expected an https address like https://example.pl/page, found `{}` (for a site that has no https, set allow_http = true)",
            value.escape_debug()
        )
    };
    if value.len() > MAX_URL_CHARS || !value.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(expected());
    }
    match url::Url::parse(value) {
        Ok(parsed)
            if (parsed.scheme() == "https" || (allow_http && parsed.scheme() == "http"))
                && parsed.username().is_empty()
                && parsed.password().is_none()
                && parsed.host_str().is_some_and(host_name) =>
        {
            Ok(())
        }
        _ => Err(expected()),
    }
}

/// A source that is a news site or an encyclopedia rather than the
/// institution itself.
pub fn secondary_source(value: &str) -> Option<&'static str> {
    let host = url::Url::parse(value)
        .ok()?
        .host_str()?
        .to_ascii_lowercase();
    SECONDARY_SOURCES
        .iter()
        .copied()
        .find(|domain| host == *domain || host.ends_with(&format!(".{domain}")))
}

/// A language spoken at a service: one the app can name.
pub fn spoken_language(code: &str) -> Result<(), String> {
    if SPOKEN_LANGUAGES.contains(&code) {
        Ok(())
    } else {
        Err(format!(
            "`{}` is not a language the app can name: expected one of {}",
            code.escape_debug(),
            SPOKEN_LANGUAGES.join(", ")
        ))
    }
}

pub fn postal_code(value: &str) -> Result<(), String> {
    let b = value.as_bytes();
    let valid = b.len() == 6
        && b[2] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 2 || c.is_ascii_digit());
    if valid {
        Ok(())
    } else {
        Err(format!(
            "expected a Polish postal code like 31-547, found `{}`",
            value.escape_debug()
        ))
    }
}

/// `Ok(Some(warning))` when the date is old, `Err` when it is in the future.
pub fn last_verified(date: NaiveDate, today: NaiveDate) -> Result<Option<String>, String> {
    if date > today {
        Err(format!("{date} is in the future"))
    } else if (today - date).num_days() > STALE_AFTER_DAYS {
        Ok(Some(format!(
            "last verified {date}, more than 12 months ago: check the entry again"
        )))
    } else {
        Ok(None)
    }
}

pub fn coordinates(city: CityId, latitude: f64, longitude: f64) -> Result<(), String> {
    let distance = city.distance_km(latitude, longitude);
    let radius = city.info().radius_km;
    if distance.is_finite() && distance <= radius {
        Ok(())
    } else {
        Err(format!(
            "{latitude}, {longitude} is {distance:.0} km from the centre of {}, outside the city (limit {radius:.0} km)",
            city.info().name_pl
        ))
    }
}

/// Collects the problems of one record.
#[derive(Default)]
struct Report {
    problems: Vec<Problem>,
}

impl Report {
    fn error(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem {
            severity: Severity::Error,
            field: field.into(),
            message: message.into(),
        });
    }

    fn check(&mut self, field: &str, result: Result<(), String>) {
        if let Err(message) = result {
            self.error(field, message);
        }
    }

    fn localized(
        &mut self,
        field: &str,
        value: &LocalizedText,
        rule: fn(&str) -> Result<(), String>,
    ) {
        for (locale, text) in value.iter() {
            self.check(&format!("{field}.{locale}"), rule(text));
        }
    }

    fn at_most(&mut self, field: &str, count: usize, limit: usize) {
        if count > limit {
            self.error(field, format!("{count} entries, more than {limit}"));
        }
    }
}

/// Every rule, applied to a whole service. `today` bounds `last_verified`:
/// the content's build date for lint, the feed's issue date for sync.
pub fn service(service: &Service, today: NaiveDate) -> Vec<Problem> {
    let mut report = Report::default();
    let city = service.city;
    if !is_valid_id(&service.id) || !service.id.starts_with(&format!("{city}-")) {
        report.error(
            "id",
            format!(
                "`{}` is not a valid id of {city}: lowercase a-z, 0-9 and single hyphens, starting with `{city}-`",
                service.id.escape_debug()
            ),
        );
    }
    if service.name.is_empty() {
        report.error("name", "missing: a service needs a name");
    }
    report.localized("name", &service.name, short_text);
    report.localized("organization.name", &service.organization.name, short_text);
    report.localized("description", &service.description, text);
    report.localized("application_process", &service.application_process, text);
    report.localized("fees", &service.fees, text);
    report.at_most("documents", service.documents.len(), MAX_DOCUMENTS);
    for document in &service.documents {
        report.localized("documents", document, text);
    }
    report.at_most("keywords", service.keywords.len(), MAX_KEYWORDS);
    for (locale, keyword) in &service.keywords {
        report.check(&format!("keywords.{locale}"), short_text(keyword));
    }
    let urls = [
        ("source_url", Some(&service.source_url)),
        ("website", service.website.as_ref()),
        ("booking_url", service.booking_url.as_ref()),
        (
            "organization.website",
            service.organization.website.as_ref(),
        ),
    ];
    for (field, value) in urls {
        if let Some(value) = value {
            report.check(field, url(value, service.allow_http));
        }
    }
    if let Some(value) = &service.email {
        report.check("email", email(value));
    }
    if let Some(hours) = &service.opening_hours
        && let Err(error) = Hours::parse(hours)
    {
        report.error(
            "opening_hours",
            format!("{error}; see https://wiki.openstreetmap.org/wiki/Key:opening_hours"),
        );
    }
    report.at_most("languages", service.languages.len(), MAX_LANGUAGES);
    for code in &service.languages {
        report.check("languages", spoken_language(code));
    }
    report.at_most("phones", service.phones.len(), MAX_PHONES);
    let mut dialled = HashSet::new();
    for phone_entry in &service.phones {
        report.check("phones.number", phone(&phone_entry.number));
        if !dialled.insert(phone_entry.dial_string()) {
            report.error(
                "phones.number",
                format!(
                    "`{}` is listed twice: give each number once (put both purposes in its description)",
                    phone_entry.number.escape_debug()
                ),
            );
        }
        report.localized("phones.description", &phone_entry.description, short_text);
        report.at_most(
            "phones.languages",
            phone_entry.languages.len(),
            MAX_LANGUAGES,
        );
        for code in &phone_entry.languages {
            report.check("phones.languages", spoken_language(code));
        }
    }
    if let Some(location) = &service.location {
        report.check("location.address", short_text(&location.address.address_1));
        if let Some(code) = &location.address.postal_code {
            report.check("location.postal_code", postal_code(code));
        }
        match (location.latitude, location.longitude) {
            (Some(lat), Some(lon)) => {
                report.check("location.latitude", coordinates(city, lat, lon));
            }
            (None, None) => {}
            _ => report.error(
                "location.latitude",
                "give both latitude and longitude, or neither",
            ),
        }
        report.localized("location.accessibility", &location.accessibility, text);
    }
    if let Err(message) = last_verified(service.last_verified, today) {
        report.error("last_verified", message);
    }
    report.problems
}

/// Every rule, applied to a whole guide.
pub fn guide(guide: &Guide, today: NaiveDate) -> Vec<Problem> {
    let mut report = Report::default();
    if !is_valid_id(&guide.id) {
        report.error(
            "id",
            format!(
                "`{}` is not a valid id: use lowercase a-z, 0-9 and single hyphens",
                guide.id.escape_debug()
            ),
        );
    }
    report.localized("title", &guide.title, short_text);
    report.localized("summary", &guide.summary, text);
    report.at_most("steps", guide.steps.len(), MAX_GUIDE_STEPS);
    if guide.steps.is_empty() {
        report.error("steps", "a guide needs at least one step");
    }
    for step in &guide.steps {
        report.localized("steps.title", &step.title, short_text);
        report.localized("steps.body", &step.body, text);
    }
    report.at_most("checklist", guide.checklist.len(), MAX_CHECKLIST_ITEMS);
    for item in &guide.checklist {
        report.localized("checklist", item, text);
    }
    report.check("source_url", url(&guide.source_url, false));
    if let Err(message) = last_verified(guide.last_verified, today) {
        report.error("last_verified", message);
    }
    report.problems
}

/// Every rule, applied to a notice.
pub fn notice(notice: &Notice, today: NaiveDate) -> Vec<Problem> {
    let mut report = Report::default();
    let prefix = notice.city.map(|city| format!("{city}-"));
    if !is_valid_id(&notice.id)
        || prefix
            .as_ref()
            .is_some_and(|prefix| !notice.id.starts_with(prefix.as_str()))
    {
        report.error(
            "id",
            format!(
                "`{}` is not a valid id{}: lowercase a-z, 0-9 and single hyphens",
                notice.id.escape_debug(),
                prefix
                    .map(|p| format!(" of this city (it starts with `{p}`)"))
                    .unwrap_or_default()
            ),
        );
    }
    if notice.valid_until < notice.valid_from {
        report.error(
            "valid_until",
            format!(
                "{} is before valid_from {}",
                notice.valid_until, notice.valid_from
            ),
        );
    }
    for (field, text) in [("title", &notice.title), ("body", &notice.body)] {
        if text.is_empty() {
            report.error(field, "missing: a notice needs a title and a body");
        }
    }
    report.localized("title", &notice.title, short_text);
    report.localized("body", &notice.body, text);
    if let Some(link) = &notice.link {
        report.check("link", url(link, false));
    }
    report.check("source_url", url(&notice.source_url, false));
    if let Err(message) = last_verified(notice.last_verified, today) {
        report.error("last_verified", message);
    }
    report.problems
}
