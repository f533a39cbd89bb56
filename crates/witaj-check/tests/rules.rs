//! Every rule of the one validator, as data: a valid service changed in
//! one field must be refused with a problem on that field.

use chrono::NaiveDate;
use witaj_check::Severity;
use witaj_model::{CityId, Phone, Service};
use witaj_testkit::{service, text};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).expect("a valid date")
}

/// `change` applied to a valid service gives an error on `field`.
fn check(change: impl Fn(&mut Service), field: &str) {
    let mut record = service(CityId::Krakow, 1);
    change(&mut record);
    let problems = witaj_check::service(&record, today());
    assert!(
        problems
            .iter()
            .any(|p| p.severity == Severity::Error && p.field.starts_with(field)),
        "expected an error on {field}, got {problems:?}"
    );
}

fn phone(number: &str) -> Phone {
    Phone {
        number: number.to_owned(),
        description: text("Infolinia"),
        languages: Vec::new(),
    }
}

#[test]
fn the_example_service_is_valid() {
    assert_eq!(
        witaj_check::service(&service(CityId::Krakow, 1), today()),
        Vec::new()
    );
}

#[test]
fn what_a_feed_could_use_to_mislead_is_refused() {
    // A right-to-left override shows "+48 12 1234567" and dials 7654321.
    check(
        |s| s.phones = vec![phone("+48 12 \u{202E}7654321")],
        "phones.number",
    );
    // Letters O in place of zeros, and Arabic-Indic digits, which a dialler drops.
    check(
        |s| s.phones = vec![phone("+48 12 616 12 OO")],
        "phones.number",
    );
    check(
        |s| s.phones = vec![phone("+48 12 ١٢٣ 45 67")],
        "phones.number",
    );
    // The same number twice (it also made the service page blank).
    check(
        |s| s.phones = vec![phone("+48 12 345 67 89"), phone("+48 123 456 789")],
        "phones.number",
    );
    check(
        |s| s.email = Some("info@krakow.pl?attach=/home/user/.ssh/id_ed25519".to_owned()),
        "email",
    );
    check(
        |s| s.website = Some("https://a.pl/\r\nTEL;TYPE=CELL:+48700123456".to_owned()),
        "website",
    );
    check(
        |s| s.website = Some("http://plain.example.pl/".to_owned()),
        "website",
    );
    check(
        |s| s.name = text("\u{1b}]0;pwned\u{7}\u{1b}[31mPunkt"),
        "name",
    );
    check(
        |s| s.description = text("Pomoc \u{2066}dla\u{2069} cudzoziemców"),
        "description",
    );
    check(
        |s| s.last_verified = NaiveDate::from_ymd_opt(2999, 1, 1).expect("date"),
        "last_verified",
    );
    check(|s| s.languages = vec!["<b>x</b>".to_owned()], "languages");
    check(|s| s.languages = vec!["xq".to_owned()], "languages");
    check(
        |s| {
            if let Some(location) = &mut s.location {
                location.accessibility = text(&"x".repeat(9000));
            }
        },
        "location.accessibility",
    );
    check(
        |s| s.opening_hours = Some("Mo-Fr 25:00-26:00".to_owned()),
        "opening_hours",
    );
    check(|s| s.id = "warszawa-example".to_owned(), "id");
    check(
        |s| {
            s.phones = (0..21)
                .map(|i| phone(&format!("+48 12 345 67 {i:02}")))
                .collect()
        },
        "phones",
    );
}

#[test]
fn http_needs_the_content_to_say_so() {
    let mut record = service(CityId::Krakow, 1);
    record.website = Some("http://szpital.example.pl/".to_owned());
    record.allow_http = true;
    assert_eq!(witaj_check::service(&record, today()), Vec::new());
}

#[test]
fn secondary_sources_are_recognised() {
    let check = |url: &str, expected: Option<&str>| {
        assert_eq!(witaj_check::secondary_source(url), expected, "{url}");
    };
    check(
        "https://pl.wikipedia.org/wiki/Kraków",
        Some("wikipedia.org"),
    );
    check("https://www.rmf24.pl/news", Some("rmf24.pl"));
    check("https://www.gov.pl/web/udsc", None);
    check("https://notwp.pl/", None);
}
