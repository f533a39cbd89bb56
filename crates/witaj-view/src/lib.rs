//! Views: the shapes the CLI prints as JSON and the app renders. A view is
//! resolved to one reader locale (with the locale each text really came
//! from) and carries Fluent-worded labels, so no front end formats text.
//!
//! Field names here are a stable contract (`witaj search --json`).

mod error;
mod markdown;
mod plan;
mod screens;

pub use error::UiError;

pub use markdown::{to_plain_text, to_safe_html};
pub use plan::{PlanEntry, PlanPrintout, PlanScreen, PrintEntry, ReportView};
pub use screens::{
    CategoryTile, CityDataStatus, DataOrigin, GuideListItem, GuideScreen, Listen, Offices,
    PhoneAction, PolishGuide, Screens, SearchScreen, ServiceScreen, StepScreen, Suggestion,
    contact_vcard,
};

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use chrono_tz::{Europe::Warsaw, Tz};
use serde::Serialize;
use witaj_catalog::SearchResult;
use witaj_check::STALE_AFTER_DAYS;
use witaj_hours::{Hours, OpenState, OpenStatus, PublicHoliday};
use witaj_i18n::{Args, Localizer};
use witaj_model::{
    Appointment, Category, CityId, Guide, Locale, LocalizedText, Notice, Service, ServiceStatus,
    Severity, Verification,
};

#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Text {
    pub text: String,
    /// The locale the text is actually in (it may have fallen back).
    pub lang: Locale,
    /// The text in `lang` was drafted by machine and awaits review.
    pub machine_translated: bool,
}

#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct OpenView {
    pub state: OpenState,
    pub is_open: bool,
    pub until: Option<String>,
    pub next_open: Option<String>,
    /// "Open · closes 15:30", "Closed · opens Mon 8:00", "Hours unknown".
    pub label: String,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct ServiceSummary {
    pub id: String,
    pub city: CityId,
    pub city_name: String,
    pub category: Category,
    pub category_name: String,
    pub name: String,
    pub name_lang: Locale,
    pub name_pl: String,
    pub score: u32,
    pub address: Option<String>,
    pub phones: Vec<String>,
    pub languages: Vec<String>,
    pub open: OpenView,
    pub free: Option<bool>,
    pub status: ServiceStatus,
    /// "Temporarily closed" or "Not active"; `None` while active.
    pub status_label: Option<String>,
    pub last_verified: NaiveDate,
    pub stale: bool,
    pub machine_translated: bool,
    /// "Machine translation", the accessible meaning of the MT mark.
    pub machine_translated_label: Option<String>,
    pub verification: Verification,
    /// "Drafted from public information — check before you go", for
    /// drafted entries.
    pub verification_label: Option<String>,
    pub appointment: Option<Appointment>,
    /// "By appointment only" and the like.
    pub appointment_label: Option<String>,
    pub booking_url: Option<String>,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct PhoneView {
    pub number: String,
    pub tel: String,
    pub description: Option<Text>,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct LocationView {
    pub address: String,
    pub postal_code: Option<String>,
    pub city: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    /// `geo:` URI for "open in maps", when coordinates are known.
    pub geo: Option<String>,
    pub accessibility: Option<Text>,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct DayView {
    pub date: NaiveDate,
    pub weekday: String,
    pub is_today: bool,
    pub holiday: Option<String>,
    /// "08:00–16:00" spans; empty when closed that day.
    pub spans: Vec<String>,
    pub unknown: bool,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct ServiceDetail {
    #[serde(flatten)]
    pub summary: ServiceSummary,
    pub organization: Option<Text>,
    pub organization_website: Option<String>,
    pub description: Option<Text>,
    pub application_process: Option<Text>,
    pub fees: Option<Text>,
    pub documents: Vec<Text>,
    pub location: Option<LocationView>,
    pub phone_details: Vec<PhoneView>,
    pub website: Option<String>,
    pub email: Option<String>,
    pub opening_hours: Option<String>,
    pub week: Vec<DayView>,
    pub language_names: Vec<String>,
    pub source_url: String,
}

/// A notice in one locale. `title`, `body` and the other plain fields are
/// the `witaj notices --json` contract.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct NoticeView {
    pub id: String,
    /// `None` for a notice to every city.
    pub city: Option<CityId>,
    pub severity: Severity,
    /// "Important", in the reader's language.
    pub severity_label: String,
    pub title: String,
    pub title_lang: Locale,
    pub body: String,
    pub body_lang: Locale,
    pub link: Option<String>,
    pub valid_from: NaiveDate,
    pub valid_until: NaiveDate,
    pub machine_translated: bool,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct GuideStepView {
    pub title: Text,
    /// Markdown; render with raw HTML disabled.
    pub body: Text,
    pub category: Option<Category>,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct GuideView {
    pub id: String,
    pub title: Text,
    pub summary: Text,
    pub categories: Vec<Category>,
    pub steps: Vec<GuideStepView>,
    pub checklist: Vec<Text>,
    pub source_url: String,
    pub last_verified: NaiveDate,
}

/// Builds views for one reader locale at one instant.
#[derive(Clone, Copy, Debug)]
pub struct Viewer<'a> {
    pub l10n: &'a Localizer,
    pub locale: Locale,
    pub now: DateTime<Utc>,
}

fn rfc3339(t: Option<DateTime<Tz>>) -> Option<String> {
    t.map(|t| t.to_rfc3339())
}

impl Viewer<'_> {
    pub(crate) fn msg(&self, id: &str) -> String {
        self.l10n.format(self.locale, id, None)
    }

    pub(crate) fn msg_with(&self, id: &str, pairs: &[(&'static str, String)]) -> String {
        let mut args = Args::new();
        for (key, value) in pairs {
            args.set(*key, value.clone());
        }
        self.l10n.format(self.locale, id, Some(&args))
    }

    fn text(&self, text: &LocalizedText, machine: &[Locale]) -> Option<Text> {
        text.resolve(self.locale).map(|(lang, value)| Text {
            text: value.to_owned(),
            lang,
            machine_translated: machine.contains(&lang),
        })
    }

    /// "5 services found", with the locale's plural rules.
    pub fn count_label(&self, count: usize) -> String {
        let mut args = Args::new();
        args.set("count", count);
        self.l10n
            .format(self.locale, "search-results-count", Some(&args))
    }

    /// "Last checked 2026-11-26".
    pub fn last_verified_label(&self, date: NaiveDate) -> String {
        self.msg_with("service-last-verified", &[("date", date.to_string())])
    }

    pub fn city_name(&self, city: CityId) -> String {
        self.msg(&format!("city-{city}"))
    }

    /// The twelve cities named in the reader's language, in its alphabetical order.
    pub fn cities(&self) -> Vec<(CityId, String)> {
        let mut cities: Vec<(CityId, String)> = CityId::ALL
            .iter()
            .map(|&c| (c, self.city_name(c)))
            .collect();
        cities.sort_by_cached_key(|(_, name)| witaj_text::sort_key(name));
        cities
    }

    pub fn category_name(&self, category: Category) -> String {
        self.msg(&format!("category-{category}"))
    }

    pub fn holiday_name(&self, holiday: PublicHoliday) -> String {
        self.msg(&format!("holiday-{}", holiday.id()))
    }

    fn weekday_name(&self, date: NaiveDate) -> String {
        const IDS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
        self.msg(&format!(
            "weekday-{}",
            IDS[date.weekday().num_days_from_monday() as usize]
        ))
    }

    pub fn open(&self, status: &OpenStatus) -> OpenView {
        let today = self.now.with_timezone(&Warsaw).date_naive();
        let label = match status.state {
            OpenState::Open => match status.until {
                Some(until) => self.msg_with(
                    "hours-open-until",
                    &[("time", until.format("%H:%M").to_string())],
                ),
                None => self.msg("hours-open-always"),
            },
            OpenState::Closed | OpenState::Unknown => match (status.state, status.next_open) {
                (_, Some(next)) => {
                    let time = next.format("%H:%M").to_string();
                    let day = next.date_naive();
                    if day == today {
                        self.msg_with("hours-closed-opens-today", &[("time", time)])
                    } else if day == today.succ_opt().unwrap_or(today) {
                        self.msg_with("hours-closed-opens-tomorrow", &[("time", time)])
                    } else {
                        self.msg_with(
                            "hours-closed-opens",
                            &[("day", self.weekday_name(day)), ("time", time)],
                        )
                    }
                }
                (OpenState::Closed, None) => self.msg("hours-closed"),
                _ => self.msg("hours-unknown"),
            },
        };
        OpenView {
            state: status.state,
            is_open: status.is_open(),
            until: rfc3339(status.until),
            next_open: rfc3339(status.next_open),
            label,
        }
    }

    /// Never open while the service is not active; otherwise as its hours
    /// say.
    fn status_of(&self, service: &Service) -> OpenStatus {
        if service.status != ServiceStatus::Active {
            return OpenStatus::CLOSED;
        }
        service
            .opening_hours
            .as_deref()
            .and_then(|h| Hours::parse(h).ok())
            .map_or(OpenStatus::UNKNOWN, |h| h.status_at(self.now))
    }

    /// The open status as a reader should understand it: a service that is
    /// not active says so instead of its hours, and one that needs an
    /// appointment never reads as walk-in.
    fn open_for(&self, service: &Service, status: &OpenStatus) -> OpenView {
        let mut view = self.open(status);
        if service.status != ServiceStatus::Active {
            view.label = self.msg(&format!("service-status-{}", service.status.as_str()));
        } else if status.is_open() && service.appointment == Some(Appointment::Required) {
            view.label = match status.until {
                Some(until) => self.msg_with(
                    "hours-open-appointment-until",
                    &[("time", until.format("%H:%M").to_string())],
                ),
                None => self.msg("hours-open-appointment"),
            };
        }
        view
    }

    /// A spoken language's name, or its code where the app has no name.
    pub(crate) fn language_name(&self, code: &str) -> String {
        let id = format!("language-{code}");
        if self.l10n.has_message(&id) {
            self.msg(&id)
        } else {
            code.to_uppercase()
        }
    }

    pub fn summary(&self, service: &Service, score: u32, open: &OpenStatus) -> ServiceSummary {
        let (name_lang, name) = service
            .name
            .resolve(self.locale)
            .unwrap_or((Locale::Pl, ""));
        let today = self.now.with_timezone(&Warsaw).date_naive();
        ServiceSummary {
            id: service.id.clone(),
            city: service.city,
            city_name: self.city_name(service.city),
            category: service.category,
            category_name: self.category_name(service.category),
            name: name.to_owned(),
            name_lang,
            name_pl: service.name.get(Locale::Pl).to_owned(),
            score,
            address: service.location.as_ref().map(|l| {
                let a = &l.address;
                match &a.postal_code {
                    Some(code) => format!("{}, {} {}", a.address_1, code, a.city),
                    None => format!("{}, {}", a.address_1, a.city),
                }
            }),
            phones: service.phones.iter().map(|p| p.number.clone()).collect(),
            languages: service.languages.clone(),
            open: self.open_for(service, open),
            free: service.free,
            status: service.status,
            status_label: (service.status != ServiceStatus::Active)
                .then(|| self.msg(&format!("service-status-{}", service.status.as_str()))),
            last_verified: service.last_verified,
            stale: (today - service.last_verified).num_days() > STALE_AFTER_DAYS,
            machine_translated: service.machine_translated.contains(&name_lang),
            machine_translated_label: service
                .machine_translated
                .contains(&name_lang)
                .then(|| self.msg("machine-translated")),
            verification: service.verification,
            verification_label: (service.verification == Verification::Drafted)
                .then(|| self.msg("service-verification-drafted")),
            appointment: service.appointment,
            appointment_label: service
                .appointment
                .map(|a| self.msg(&format!("service-appointment-{}", a.as_str()))),
            booking_url: service.booking_url.clone(),
        }
    }

    pub fn search_result(&self, result: &SearchResult) -> ServiceSummary {
        self.summary(&result.service, result.score, &result.open)
    }

    /// The seven days from today (in Warsaw) of `hours`, with holidays named.
    pub fn week(&self, hours: &Hours) -> Vec<DayView> {
        let today = self.now.with_timezone(&Warsaw).date_naive();
        hours
            .week(today)
            .into_iter()
            .map(|day| DayView {
                weekday: self.weekday_name(day.date),
                is_today: day.date == today,
                holiday: day.holiday.map(|h| self.holiday_name(h)),
                spans: day
                    .intervals
                    .iter()
                    .map(|i| format!("{}–{}", i.start.format("%H:%M"), i.end.format("%H:%M")))
                    .collect(),
                unknown: day.intervals.iter().any(|i| i.state == OpenState::Unknown),
                date: day.date,
            })
            .collect()
    }

    pub fn detail(&self, service: &Service) -> ServiceDetail {
        let machine = &service.machine_translated;
        let week = service
            .opening_hours
            .as_deref()
            .and_then(|h| Hours::parse(h).ok())
            .map(|h| self.week(&h))
            .unwrap_or_default();
        ServiceDetail {
            summary: self.summary(service, 0, &self.status_of(service)),
            organization: self.text(&service.organization.name, machine),
            organization_website: service.organization.website.clone(),
            description: self.text(&service.description, machine),
            application_process: self.text(&service.application_process, machine),
            fees: self.text(&service.fees, machine),
            documents: service
                .documents
                .iter()
                .filter_map(|d| self.text(d, machine))
                .collect(),
            location: service.location.as_ref().map(|l| LocationView {
                address: l.address.address_1.clone(),
                postal_code: l.address.postal_code.clone(),
                city: l.address.city.clone(),
                latitude: l.latitude,
                longitude: l.longitude,
                geo: l
                    .latitude
                    .zip(l.longitude)
                    .map(|(lat, lon)| format!("geo:{lat},{lon}")),
                accessibility: self.text(&l.accessibility, machine),
            }),
            phone_details: service
                .phones
                .iter()
                .map(|p| PhoneView {
                    number: p.number.clone(),
                    tel: format!("tel:{}", p.dial_string()),
                    description: self.text(&p.description, machine),
                })
                .collect(),
            website: service.website.clone(),
            email: service.email.clone(),
            opening_hours: service.opening_hours.clone(),
            week,
            language_names: service
                .languages
                .iter()
                .map(|code| self.language_name(code))
                .collect(),
            source_url: service.source_url.clone(),
        }
    }

    pub fn notice(&self, notice: &Notice) -> NoticeView {
        let machine = &notice.machine_translated;
        let (title_lang, title) = notice
            .title
            .resolve(self.locale)
            .unwrap_or((Locale::Pl, ""));
        let (body_lang, body) = notice.body.resolve(self.locale).unwrap_or((Locale::Pl, ""));
        NoticeView {
            id: notice.id.clone(),
            city: notice.city,
            severity: notice.severity,
            severity_label: self.msg(&format!("notice-severity-{}", notice.severity.as_str())),
            title: title.to_owned(),
            title_lang,
            body: body.to_owned(),
            body_lang,
            link: notice.link.clone(),
            valid_from: notice.valid_from,
            valid_until: notice.valid_until,
            machine_translated: machine.contains(&title_lang) || machine.contains(&body_lang),
        }
    }

    pub fn guide(&self, guide: &Guide) -> GuideView {
        let machine = &guide.machine_translated;
        let empty = || Text {
            text: String::new(),
            lang: self.locale,
            machine_translated: false,
        };
        GuideView {
            id: guide.id.clone(),
            title: self.text(&guide.title, machine).unwrap_or_else(empty),
            summary: self.text(&guide.summary, machine).unwrap_or_else(empty),
            categories: guide.categories.clone(),
            steps: guide
                .steps
                .iter()
                .map(|step| GuideStepView {
                    title: self.text(&step.title, machine).unwrap_or_else(empty),
                    body: self.text(&step.body, machine).unwrap_or_else(empty),
                    category: step.category,
                })
                .collect(),
            checklist: guide
                .checklist
                .iter()
                .filter_map(|item| self.text(item, machine))
                .collect(),
            source_url: guide.source_url.clone(),
            last_verified: guide.last_verified,
        }
    }
}
