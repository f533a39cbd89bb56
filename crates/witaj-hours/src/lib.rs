//! Opening hours in OpenStreetMap `opening_hours` syntax, evaluated in
//! Europe/Warsaw with Polish public holidays (`PH`).
//!
//! Nothing here reads the clock: every question takes the instant it is
//! asked about.

mod holidays;

use std::sync::{Arc, LazyLock};

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::{Europe::Warsaw, Tz};
use compact_calendar::CompactCalendar;
use opening_hours::localization::TzLocation;
use opening_hours::{Context, ContextHolidays, OpeningHours, RuleKind};
use serde::Serialize;

pub use holidays::{PublicHoliday, easter_sunday, polish_public_holidays, public_holiday_on};

/// How far ahead we look for the next opening: a service closed for longer
/// than this is reported as having no known next opening.
const LOOKAHEAD: Duration = Duration::days(400);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum HoursError {
    #[error("opening hours `{expression}` do not parse: {reason}")]
    Syntax { expression: String, reason: String },
}

/// Parsed opening hours, ready to be asked about any instant.
#[derive(Clone, Debug)]
pub struct Hours {
    expression: OpeningHours<TzLocation<Tz>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum OpenState {
    Open,
    Closed,
    /// The hours say nothing certain about this moment. Never shown as closed.
    Unknown,
}

/// Whether a service is open at an instant, and when that changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OpenStatus {
    pub state: OpenState,
    /// While open: when it closes (`None` when it never does, e.g. `24/7`).
    pub until: Option<DateTime<Tz>>,
    /// While closed or unknown: when it next opens, within about a year.
    pub next_open: Option<DateTime<Tz>>,
}

impl OpenStatus {
    /// The status of a service whose hours are not published.
    pub const UNKNOWN: OpenStatus = OpenStatus {
        state: OpenState::Unknown,
        until: None,
        next_open: None,
    };

    /// Closed with no known reopening: a service that is temporarily closed
    /// or inactive, whatever its hours say.
    pub const CLOSED: OpenStatus = OpenStatus {
        state: OpenState::Closed,
        until: None,
        next_open: None,
    };

    pub fn is_open(&self) -> bool {
        self.state == OpenState::Open
    }
}

/// One opening interval of a day, in Warsaw local time. `end` may be
/// midnight (`00:00`) of the next day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Interval {
    pub start: NaiveTime,
    pub end: NaiveTime,
    pub state: OpenState,
}

/// What a day's hours look like, for a week view.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DayHours {
    pub date: NaiveDate,
    pub holiday: Option<PublicHoliday>,
    pub intervals: Vec<Interval>,
}

static POLISH_CONTEXT: LazyLock<Context<TzLocation<Tz>>> = LazyLock::new(|| {
    let mut public = CompactCalendar::default();
    for year in 2000..=2100 {
        for (date, _) in polish_public_holidays(year) {
            public.insert(date);
        }
    }
    Context::default()
        .with_holidays(ContextHolidays::new(
            Arc::new(public),
            Arc::new(CompactCalendar::default()),
        ))
        .with_locale(TzLocation::new(Warsaw))
});

impl Hours {
    pub fn parse(expression: &str) -> Result<Self, HoursError> {
        let syntax_error = |reason: String| HoursError::Syntax {
            expression: expression.to_owned(),
            reason,
        };
        if expression.trim().is_empty() {
            return Err(syntax_error("it is empty".to_owned()));
        }
        let parsed = expression
            .parse::<OpeningHours>()
            .map_err(|error| syntax_error(one_line(&error.to_string())))?;
        Ok(Self {
            expression: parsed.with_context(POLISH_CONTEXT.clone()),
        })
    }

    /// Open, closed or unknown at `now`, with the next change.
    pub fn status_at(&self, now: DateTime<Utc>) -> OpenStatus {
        let now = now.with_timezone(&Warsaw);
        let horizon = now + LOOKAHEAD;
        let mut intervals = self.expression.iter_range(now, horizon);
        let Some(current) = intervals.next() else {
            return OpenStatus::UNKNOWN;
        };
        let state = state_of(current.kind);
        let ends_beyond_horizon = current.range.end >= horizon;
        match state {
            OpenState::Open => OpenStatus {
                state,
                until: (!ends_beyond_horizon).then_some(current.range.end),
                next_open: None,
            },
            OpenState::Closed | OpenState::Unknown => OpenStatus {
                state,
                until: None,
                next_open: intervals
                    .find(|interval| interval.kind == RuleKind::Open)
                    .map(|i| i.range.start),
            },
        }
    }

    /// The hours of the seven days starting at `first_day`, with holidays
    /// marked, for the detail screen.
    pub fn week(&self, first_day: NaiveDate) -> Vec<DayHours> {
        first_day
            .iter_days()
            .take(7)
            .map(|date| DayHours {
                date,
                holiday: public_holiday_on(date),
                intervals: self.day(date),
            })
            .collect()
    }

    fn day(&self, date: NaiveDate) -> Vec<Interval> {
        let start = local_midnight(date);
        let end = local_midnight(date + Duration::days(1));
        self.expression
            .iter_range(start, end)
            .filter(|interval| interval.kind != RuleKind::Closed)
            .map(|interval| Interval {
                start: interval.range.start.time(),
                end: interval.range.end.time(),
                state: state_of(interval.kind),
            })
            .collect()
    }
}

/// The parser reports errors as a multi-line drawing (` --> 1:3`, a caret,
/// `= expected …`); content diagnostics need one line.
fn one_line(report: &str) -> String {
    let position = report
        .lines()
        .find_map(|line| line.trim().strip_prefix("--> "))
        .and_then(|pos| pos.split(':').nth(1))
        .map(|column| format!("at character {column}: "));
    let reason = report
        .lines()
        .find_map(|line| line.trim().strip_prefix("= "))
        .unwrap_or(report.trim());
    format!("{}{reason}", position.unwrap_or_default())
}

fn state_of(kind: RuleKind) -> OpenState {
    match kind {
        RuleKind::Open => OpenState::Open,
        RuleKind::Closed => OpenState::Closed,
        RuleKind::Unknown => OpenState::Unknown,
    }
}

/// The first instant of `date` in Warsaw (midnight always exists there:
/// Polish DST changes happen at 02:00 and 03:00).
fn local_midnight(date: NaiveDate) -> DateTime<Tz> {
    let midnight = date.and_time(NaiveTime::MIN);
    Warsaw
        .from_local_datetime(&midnight)
        .earliest()
        .unwrap_or_else(|| Warsaw.from_utc_datetime(&midnight))
}
