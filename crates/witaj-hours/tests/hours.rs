//! Opening hours at fixed instants: weekdays, lunch breaks, overnight
//! intervals, Polish holidays and both DST transitions.

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};
use chrono_tz::Europe::Warsaw;
use proptest::prelude::*;
use witaj_hours::{Hours, OpenState, public_holiday_on};

fn instant(rfc3339: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(rfc3339)
        .expect("test instants are RFC 3339")
        .with_timezone(&Utc)
}

/// `expected` is `open until X`, `closed next X`, `unknown next X`, with `-`
/// for "no change known"; instants are printed in Warsaw time.
fn check(expression: &str, at: &str, expected: &str) {
    let hours = Hours::parse(expression).expect("test expressions parse");
    let status = hours.status_at(instant(at));
    let show = |t: Option<DateTime<chrono_tz::Tz>>| t.map_or("-".to_owned(), |t| t.to_rfc3339());
    let actual = match status.state {
        OpenState::Open => format!("open until {}", show(status.until)),
        OpenState::Closed => format!("closed next {}", show(status.next_open)),
        OpenState::Unknown => format!("unknown next {}", show(status.next_open)),
    };
    assert_eq!(actual, expected, "{expression} at {at}");
}

const OFFICE: &str = "Mo-Fr 08:00-16:00; PH off";

#[test]
fn office_hours_on_ordinary_days() {
    check(
        OFFICE,
        "2026-11-26T10:00:00+01:00",
        "open until 2026-11-26T16:00:00+01:00",
    );
    check(
        OFFICE,
        "2026-11-26T16:00:00+01:00",
        "closed next 2026-11-27T08:00:00+01:00",
    );
    check(
        OFFICE,
        "2026-11-27T17:00:00+01:00",
        "closed next 2026-11-30T08:00:00+01:00",
    );
    check(
        OFFICE,
        "2026-11-29T12:00:00+01:00",
        "closed next 2026-11-30T08:00:00+01:00",
    );
}

#[test]
fn easter_monday_and_corpus_christi_are_closed() {
    check(
        OFFICE,
        "2026-04-06T10:00:00+02:00",
        "closed next 2026-04-07T08:00:00+02:00",
    );
    check(
        OFFICE,
        "2026-06-04T10:00:00+02:00",
        "closed next 2026-06-05T08:00:00+02:00",
    );
    check(
        OFFICE,
        "2027-03-29T09:00:00+02:00",
        "closed next 2027-03-30T08:00:00+02:00",
    );
}

#[test]
fn christmas_eve_christmas_and_new_year() {
    check(
        OFFICE,
        "2026-12-23T15:00:00+01:00",
        "open until 2026-12-23T16:00:00+01:00",
    );
    check(
        OFFICE,
        "2026-12-24T10:00:00+01:00",
        "closed next 2026-12-28T08:00:00+01:00",
    );
    check(
        OFFICE,
        "2026-12-31T17:00:00+01:00",
        "closed next 2027-01-04T08:00:00+01:00",
    );
    check(
        OFFICE,
        "2027-01-05T17:00:00+01:00",
        "closed next 2027-01-07T08:00:00+01:00",
    );
}

#[test]
fn lunch_break_and_several_intervals() {
    let hours = "Mo-Fr 08:00-12:00,13:00-16:00; PH off";
    check(
        hours,
        "2026-11-26T11:00:00+01:00",
        "open until 2026-11-26T12:00:00+01:00",
    );
    check(
        hours,
        "2026-11-26T12:30:00+01:00",
        "closed next 2026-11-26T13:00:00+01:00",
    );
    let long_monday = "Mo 08:00-18:00; Tu-Fr 08:00-16:00; PH off";
    check(
        long_monday,
        "2026-11-30T17:00:00+01:00",
        "open until 2026-11-30T18:00:00+01:00",
    );
    check(
        long_monday,
        "2026-12-01T17:00:00+01:00",
        "closed next 2026-12-02T08:00:00+01:00",
    );
}

#[test]
fn overnight_intervals() {
    let night_care = "Mo-Fr 18:00-08:00; Sa,Su,PH 00:00-24:00";
    check(
        night_care,
        "2026-11-26T23:00:00+01:00",
        "open until 2026-11-27T08:00:00+01:00",
    );
    check(
        night_care,
        "2026-11-26T12:00:00+01:00",
        "closed next 2026-11-26T18:00:00+01:00",
    );
    // A later rule replaces a whole day: Saturday opens 00:00-24:00 and
    // nothing spills from Sunday into Monday morning.
    check(
        night_care,
        "2026-11-27T20:00:00+01:00",
        "open until 2026-11-30T00:00:00+01:00",
    );
}

#[test]
fn spring_forward_weekend() {
    // 2026-03-29 02:00 CET becomes 03:00 CEST.
    check(
        "Su 01:00-05:00",
        "2026-03-29T01:30:00+01:00",
        "open until 2026-03-29T05:00:00+02:00",
    );
    check(
        "Mo-Sa 08:00-16:00",
        "2026-03-28T17:00:00+01:00",
        "closed next 2026-03-30T08:00:00+02:00",
    );
    check(
        OFFICE,
        "2026-03-27T15:00:00+01:00",
        "open until 2026-03-27T16:00:00+01:00",
    );
}

#[test]
fn fall_back_weekend() {
    // 2026-10-25 03:00 CEST becomes 02:00 CET.
    check(
        "Su 00:00-04:00",
        "2026-10-25T02:30:00+02:00",
        "open until 2026-10-25T04:00:00+01:00",
    );
    check(
        "Mo-Fr 08:00-16:00",
        "2026-10-24T12:00:00+02:00",
        "closed next 2026-10-26T08:00:00+01:00",
    );
}

#[test]
fn always_open_and_unknown() {
    check("24/7", "2026-12-25T03:00:00+01:00", "open until -");
    check(
        "Mo-Fr 09:00-15:00 unknown",
        "2026-11-26T10:00:00+01:00",
        "unknown next -",
    );
    check(
        "Mo-Fr 09:00-12:00; We 12:00-16:00 unknown",
        "2026-11-25T13:00:00+01:00",
        "unknown next 2026-11-26T09:00:00+01:00",
    );
    check("off", "2026-11-26T10:00:00+01:00", "closed next -");
}

#[test]
fn week_view_marks_holidays() {
    let hours = Hours::parse(OFFICE).expect("parses");
    let week = hours.week(NaiveDate::from_ymd_opt(2026, 12, 21).expect("valid"));
    let summary: Vec<String> = week
        .iter()
        .map(|day| {
            let spans: Vec<String> = day
                .intervals
                .iter()
                .map(|i| format!("{}-{}", i.start.format("%H:%M"), i.end.format("%H:%M")))
                .collect();
            format!("{} {:?} {}", day.date, day.holiday, spans.join(","))
        })
        .collect();
    assert_eq!(
        summary,
        [
            "2026-12-21 None 08:00-16:00",
            "2026-12-22 None 08:00-16:00",
            "2026-12-23 None 08:00-16:00",
            "2026-12-24 Some(ChristmasEve) ",
            "2026-12-25 Some(Christmas) ",
            "2026-12-26 Some(SecondDayOfChristmas) ",
            "2026-12-27 None ",
        ]
    );
}

#[test]
fn syntax_errors_name_the_expression() {
    let error = Hours::parse("Mo-Fr 8-16 o'clock").expect_err("not opening_hours syntax");
    assert!(error.to_string().contains("Mo-Fr 8-16 o'clock"), "{error}");
    assert!(Hours::parse("  ").is_err());
}

const DAYS: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

proptest! {
    #[test]
    fn parsing_never_panics(expression in ".{0,60}") {
        let _ = Hours::parse(&expression);
    }

    /// A generated weekly schedule agrees with a direct reading of it.
    #[test]
    fn weekly_schedule_matches_a_direct_reading(
        days in proptest::collection::btree_set(0usize..7, 1..7),
        open_hour in 0u32..23,
        length in 1u32..10,
        minutes_since_2026 in 0i64..(2 * 365 * 24 * 60),
    ) {
        let close_hour = (open_hour + length).min(24);
        let selector: Vec<&str> = days.iter().map(|&d| DAYS[d]).collect();
        let expression = format!("{} {open_hour:02}:00-{close_hour:02}:00; PH off", selector.join(","));
        let hours = Hours::parse(&expression).expect("generated expressions parse");
        let at = instant("2026-01-01T00:00:00Z") + chrono::Duration::minutes(minutes_since_2026);
        let local = at.with_timezone(&Warsaw);
        let weekday = local.weekday().num_days_from_monday() as usize;
        let expected = days.contains(&weekday)
            && (open_hour..close_hour).contains(&local.hour())
            && public_holiday_on(local.date_naive()).is_none();
        let status = hours.status_at(at);
        prop_assert_eq!(status.is_open(), expected, "{} at {}", expression, local);
        if let Some(until) = status.until {
            prop_assert!(until > at && until.minute() == 0);
        }
        if let Some(next) = status.next_open {
            prop_assert!(next > at && next.hour() == open_hour);
        }
    }
}

/// Polish public holidays agree, day by day from 2025 to 2076, with an
/// independent source: the nager.date data the `opening-hours` crate ships.
#[test]
fn public_holidays_agree_with_an_independent_calendar() {
    let oracle = opening_hours::localization::Country::PL.holidays();
    let mut day = chrono::NaiveDate::from_ymd_opt(2025, 1, 1).expect("date");
    let last = chrono::NaiveDate::from_ymd_opt(2076, 12, 31).expect("date");
    let mut disagreements = Vec::new();
    while day <= last {
        let ours = public_holiday_on(day).is_some();
        let theirs = oracle.get_public().contains(day);
        if ours != theirs {
            disagreements.push(format!("{day}: ours {ours}, oracle {theirs}"));
        }
        day = day.succ_opt().expect("next day");
    }
    assert!(disagreements.is_empty(), "{}", disagreements.join("\n"));
}
