//! HSDS schedules from other sources as an OpenStreetMap `opening_hours`
//! expression. Only what both can say is converted: weekly rules by day
//! with an opening and a closing time. Anything bounded in time or by
//! week, month or year day is left for staff to write.

use chrono::{NaiveTime, Timelike};
use witaj_hours::Hours;

use crate::hsds::{Frequency, Schedule};

const DAYS: [(&str, &str); 7] = [
    ("MO", "Mo"),
    ("TU", "Tu"),
    ("WE", "We"),
    ("TH", "Th"),
    ("FR", "Fr"),
    ("SA", "Sa"),
    ("SU", "Su"),
];

/// Minutes from midnight; 24 × 60 is the end of the day.
type Minute = u32;
const END_OF_DAY: Minute = 24 * 60;
/// A day's opening intervals, `(opens, closes)`.
type Intervals = Vec<(Minute, Minute)>;

/// The expression the schedules describe, `None` without schedules, or
/// why they cannot be converted.
pub(crate) fn opening_hours(schedules: &[Schedule]) -> Result<Option<String>, String> {
    if schedules.is_empty() {
        return Ok(None);
    }
    let mut days: [Intervals; 7] = Default::default();
    for (i, schedule) in schedules.iter().enumerate() {
        let cannot = |what: String| format!("schedules[{i}] cannot become opening hours: {what}");
        let bounds: Vec<&str> = [
            ("valid_from", schedule.valid_from.is_some()),
            ("valid_to", schedule.valid_to.is_some()),
            ("until", schedule.until.is_some()),
            ("count", schedule.count.is_some()),
            ("byweekno", schedule.byweekno.is_some()),
            ("bymonthday", schedule.bymonthday.is_some()),
            ("byyearday", schedule.byyearday.is_some()),
        ]
        .into_iter()
        .filter_map(|(field, set)| set.then_some(field))
        .collect();
        if !bounds.is_empty() {
            return Err(cannot(format!(
                "it holds only on some dates ({})",
                bounds.join(", ")
            )));
        }
        if schedule.freq == Some(Frequency::Monthly) {
            return Err(cannot("it repeats monthly".to_owned()));
        }
        if schedule.interval.is_some_and(|interval| interval != 1.0) {
            return Err(cannot("it does not repeat every week".to_owned()));
        }
        let (Some(byday), Some(opens), Some(closes)) = (
            schedule.byday.as_deref(),
            schedule.opens_at.as_deref(),
            schedule.closes_at.as_deref(),
        ) else {
            return Err(cannot("it needs byday, opens_at and closes_at".to_owned()));
        };
        let opens =
            minute(opens).ok_or_else(|| cannot(format!("opens_at `{opens}` is not a time")))?;
        let closes = match minute(closes) {
            // The last minute or second of the day means open until midnight.
            Some(m) if m >= 23 * 60 + 59 => END_OF_DAY,
            Some(m) => m,
            None => return Err(cannot(format!("closes_at `{closes}` is not a time"))),
        };
        for code in byday.split(',').map(str::trim) {
            let day = DAYS
                .iter()
                .position(|(rfc, _)| rfc.eq_ignore_ascii_case(code))
                .ok_or_else(|| cannot(format!("byday `{code}` is not a day like MO or TU")))?;
            days[day].push((opens, closes));
        }
    }
    for intervals in days.iter_mut() {
        intervals.sort_unstable();
        intervals.dedup();
    }
    // Days with the same intervals share a rule; rules keep the week's order.
    let mut rules: Vec<(Vec<usize>, &Intervals)> = Vec::new();
    for (day, intervals) in days.iter().enumerate().filter(|(_, i)| !i.is_empty()) {
        match rules.iter_mut().find(|(_, same)| *same == intervals) {
            Some((list, _)) => list.push(day),
            None => rules.push((vec![day], intervals)),
        }
    }
    let expression = rules
        .iter()
        .map(|(list, intervals)| {
            let times: Vec<String> = intervals
                .iter()
                .map(|&(opens, closes)| format!("{}-{}", clock(opens), clock(closes)))
                .collect();
            format!("{} {}", day_list(list), times.join(","))
        })
        .collect::<Vec<_>>()
        .join("; ");
    Hours::parse(&expression)
        .map(|_| Some(expression.clone()))
        .map_err(|error| format!("the schedules make `{expression}`, which is not valid: {error}"))
}

fn minute(time: &str) -> Option<Minute> {
    let time = time.trim();
    if matches!(time, "24:00" | "24:00:00") {
        return Some(END_OF_DAY);
    }
    NaiveTime::parse_from_str(time, "%H:%M:%S")
        .or_else(|_| NaiveTime::parse_from_str(time, "%H:%M"))
        .ok()
        .map(|t| t.hour() * 60 + t.minute())
}

fn clock(minute: Minute) -> String {
    format!("{:02}:{:02}", minute / 60, minute % 60)
}

/// `Mo-We,Fr`: runs of three or more days as ranges.
fn day_list(days: &[usize]) -> String {
    let mut parts = Vec::new();
    let mut start = 0;
    while start < days.len() {
        let mut end = start;
        while end + 1 < days.len() && days[end + 1] == days[end] + 1 {
            end += 1;
        }
        let name = |i: usize| DAYS[days[i]].1;
        match end - start {
            0 => parts.push(name(start).to_owned()),
            1 => parts.push(format!("{},{}", name(start), name(end))),
            _ => parts.push(format!("{}-{}", name(start), name(end))),
        }
        start = end + 1;
    }
    parts.join(",")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn weekly(byday: &str, opens: &str, closes: &str) -> Schedule {
        Schedule {
            freq: Some(Frequency::Weekly),
            byday: Some(byday.to_owned()),
            opens_at: Some(opens.to_owned()),
            closes_at: Some(closes.to_owned()),
            ..Schedule::default()
        }
    }

    fn check(schedules: &[Schedule], expected: Result<Option<&str>, &str>) {
        assert_eq!(
            opening_hours(schedules),
            expected
                .map(|e| e.map(str::to_owned))
                .map_err(str::to_owned),
            "{schedules:?}"
        );
    }

    #[test]
    fn weekly_rules_become_one_expression() {
        check(&[], Ok(None));
        check(
            &[weekly("MO,TU,WE,TH,FR", "08:00:00", "16:00:00")],
            Ok(Some("Mo-Fr 08:00-16:00")),
        );
        // Split days with the same hours share a rule; lunch breaks stay.
        check(
            &[
                weekly("MO", "08:00", "12:00"),
                weekly("MO", "13:00", "16:00"),
                weekly("WE", "13:00:00", "16:00:00"),
                weekly("WE", "08:00:00", "12:00:00"),
                weekly("SA", "10:00", "14:00"),
            ],
            Ok(Some("Mo,We 08:00-12:00,13:00-16:00; Sa 10:00-14:00")),
        );
        check(
            &[weekly("mo, tu, th", "09:00", "23:59:59")],
            Ok(Some("Mo,Tu,Th 09:00-24:00")),
        );
        check(
            &[weekly("SU,SA", "00:00", "24:00")],
            Ok(Some("Sa,Su 00:00-24:00")),
        );
    }

    #[test]
    fn what_opening_hours_cannot_say_is_refused_with_the_reason() {
        let mut bounded = weekly("TH,FR", "10:00:00", "18:00:00");
        bounded.byweekno = Some("41,42".to_owned());
        bounded.valid_from = chrono::NaiveDate::from_ymd_opt(2005, 1, 1);
        check(
            &[weekly("MO", "08:00", "16:00"), bounded],
            Err(
                "schedules[1] cannot become opening hours: it holds only on some dates (valid_from, byweekno)",
            ),
        );
        let mut monthly = weekly("MO", "08:00", "16:00");
        monthly.freq = Some(Frequency::Monthly);
        check(
            &[monthly],
            Err("schedules[0] cannot become opening hours: it repeats monthly"),
        );
        let mut fortnightly = weekly("MO", "08:00", "16:00");
        fortnightly.interval = Some(2.0);
        check(
            &[fortnightly],
            Err("schedules[0] cannot become opening hours: it does not repeat every week"),
        );
        check(
            &[weekly("1MO", "08:00", "16:00")],
            Err("schedules[0] cannot become opening hours: byday `1MO` is not a day like MO or TU"),
        );
        check(
            &[weekly("MO", "8 am", "16:00")],
            Err("schedules[0] cannot become opening hours: opens_at `8 am` is not a time"),
        );
        check(
            &[Schedule {
                byday: Some("MO".to_owned()),
                ..Schedule::default()
            }],
            Err("schedules[0] cannot become opening hours: it needs byday, opens_at and closes_at"),
        );
    }
}
