//! Polish public holidays (Ustawa o dniach wolnych od pracy), including the
//! movable feasts that follow Easter and Christmas Eve, a holiday since 2025.

use chrono::{Duration, NaiveDate};
use serde::Serialize;

/// A statutory day off in Poland. The UI names it through Fluent
/// (`holiday-<kebab-case id>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PublicHoliday {
    NewYear,
    Epiphany,
    EasterSunday,
    EasterMonday,
    LabourDay,
    ConstitutionDay,
    Pentecost,
    CorpusChristi,
    Assumption,
    AllSaints,
    IndependenceDay,
    ChristmasEve,
    Christmas,
    SecondDayOfChristmas,
}

impl PublicHoliday {
    /// The stable kebab-case id, as serialized.
    pub fn id(self) -> &'static str {
        use PublicHoliday::*;
        match self {
            NewYear => "new-year",
            Epiphany => "epiphany",
            EasterSunday => "easter-sunday",
            EasterMonday => "easter-monday",
            LabourDay => "labour-day",
            ConstitutionDay => "constitution-day",
            Pentecost => "pentecost",
            CorpusChristi => "corpus-christi",
            Assumption => "assumption",
            AllSaints => "all-saints",
            IndependenceDay => "independence-day",
            ChristmasEve => "christmas-eve",
            Christmas => "christmas",
            SecondDayOfChristmas => "second-day-of-christmas",
        }
    }
}

/// Easter Sunday in the Gregorian calendar (the anonymous Gregorian
/// algorithm, also known as Meeus/Jones/Butcher).
pub fn easter_sunday(year: i32) -> NaiveDate {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
        .expect("the computus always yields a date in March or April")
}

/// Every public holiday of `year`, in date order.
pub fn polish_public_holidays(year: i32) -> Vec<(NaiveDate, PublicHoliday)> {
    use PublicHoliday::*;
    let fixed = |month, day| {
        NaiveDate::from_ymd_opt(year, month, day).expect("fixed holidays are valid dates")
    };
    let easter = easter_sunday(year);
    let mut days = vec![
        (fixed(1, 1), NewYear),
        (easter, EasterSunday),
        (easter + Duration::days(1), EasterMonday),
        (fixed(5, 1), LabourDay),
        (fixed(5, 3), ConstitutionDay),
        (easter + Duration::days(49), Pentecost),
        (easter + Duration::days(60), CorpusChristi),
        (fixed(8, 15), Assumption),
        (fixed(11, 1), AllSaints),
        (fixed(11, 11), IndependenceDay),
        (fixed(12, 25), Christmas),
        (fixed(12, 26), SecondDayOfChristmas),
    ];
    if year >= 2011 {
        days.push((fixed(1, 6), Epiphany));
    }
    if year >= 2025 {
        days.push((fixed(12, 24), ChristmasEve));
    }
    days.sort_by_key(|&(date, _)| date);
    days
}

pub fn public_holiday_on(date: NaiveDate) -> Option<PublicHoliday> {
    use chrono::Datelike;
    polish_public_holidays(date.year())
        .into_iter()
        .find(|&(d, _)| d == date)
        .map(|(_, holiday)| holiday)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        s.parse().expect("test dates are valid")
    }

    #[test]
    fn easter_dates() {
        let check =
            |year, expected: &str| assert_eq!(easter_sunday(year), date(expected), "{year}");
        check(2024, "2024-03-31");
        check(2025, "2025-04-20");
        check(2026, "2026-04-05");
        check(2027, "2027-03-28");
        check(2038, "2038-04-25");
        check(2285, "2285-03-22");
    }

    #[test]
    fn holidays_of_2026() {
        let check = |day: &str, expected: Option<PublicHoliday>| {
            assert_eq!(public_holiday_on(date(day)), expected, "{day}")
        };
        check("2026-01-06", Some(PublicHoliday::Epiphany));
        check("2026-04-06", Some(PublicHoliday::EasterMonday));
        check("2026-05-24", Some(PublicHoliday::Pentecost));
        check("2026-06-04", Some(PublicHoliday::CorpusChristi));
        check("2026-12-24", Some(PublicHoliday::ChristmasEve));
        check("2024-12-24", None);
        check("2026-11-26", None);
        assert_eq!(polish_public_holidays(2026).len(), 14);
        assert_eq!(polish_public_holidays(2010).len(), 12);
    }
}
