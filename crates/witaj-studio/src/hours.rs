//! The opening-hours field's live preview: the week ahead as the app shows
//! it (Polish public holidays named), or, for an expression that does not
//! parse, what is wrong in plain words.

use serde::Serialize;
use witaj_hours::{Hours, HoursError};
use witaj_view::{DayView, Viewer};

#[derive(Debug, Serialize)]
pub struct HoursPreview {
    /// Seven days from the viewer's `now`; empty when there is a problem.
    pub week: Vec<DayView>,
    pub problem: Option<HoursProblem>,
}

#[derive(Debug, Serialize)]
pub struct HoursProblem {
    /// "These opening hours cannot be read."
    pub message: String,
    /// What is most likely wrong, in plain words, most specific first.
    pub hints: Vec<String>,
    /// The parser's own words, for someone who knows the syntax.
    pub detail: String,
}

/// English day abbreviations OSM expects.
const DAYS: [&str; 7] = ["mo", "tu", "we", "th", "fr", "sa", "su"];
/// Polish day abbreviations people write instead.
const POLISH_DAYS: [&str; 14] = [
    "pn", "pon", "wt", "śr", "sr", "czw", "cz", "pt", "pią", "pia", "sob", "nd", "ndz", "niedz",
];

/// Fluent ids of the likely mistakes in an expression that did not parse.
pub fn hints(expression: &str) -> Vec<&'static str> {
    let words: Vec<&str> = expression
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    let mut hints = Vec::new();
    if words
        .iter()
        .any(|w| POLISH_DAYS.contains(&w.to_lowercase().as_str()))
    {
        hints.push("studio-hours-hint-polish-days");
    }
    if words
        .iter()
        .any(|w| DAYS.contains(&w.to_lowercase().as_str()) && *w != capitalized(w))
    {
        hints.push("studio-hours-hint-day-case");
    }
    let chars: Vec<char> = expression.chars().collect();
    if chars
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == '.' && w[2].is_ascii_digit())
    {
        hints.push("studio-hours-hint-time-dot");
    }
    if chars.iter().any(|c| matches!(c, '–' | '—')) {
        hints.push("studio-hours-hint-dash");
    }
    let one_digit_hour = chars.windows(3).enumerate().any(|(i, w)| {
        w[0].is_ascii_digit()
            && w[1] == ':'
            && w[2].is_ascii_digit()
            && (i == 0 || !chars[i - 1].is_ascii_digit())
    });
    if one_digit_hour {
        hints.push("studio-hours-hint-two-digits");
    }
    hints.push("studio-hours-hint-example");
    hints
}

/// `word` with its first letter upper case, as OSM writes day names.
fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The week from `viewer.now` for `expression`, or its problem.
pub fn hours_preview(expression: &str, viewer: &Viewer<'_>) -> HoursPreview {
    match Hours::parse(expression) {
        Ok(hours) => HoursPreview {
            week: viewer.week(&hours),
            problem: None,
        },
        Err(HoursError::Syntax { reason, .. }) => HoursPreview {
            week: Vec::new(),
            problem: Some(HoursProblem {
                message: viewer
                    .l10n
                    .format(viewer.locale, "studio-hours-invalid", None),
                hints: hints(expression)
                    .into_iter()
                    .map(|id| viewer.l10n.format(viewer.locale, id, None))
                    .collect(),
                detail: reason,
            }),
        },
    }
}
