use chrono::{TimeZone, Utc};
use witaj_model::{CityId, Locale};
use witaj_report::{Problem, Report, ReportError, ReportFile, mailto};

fn report(problem: Problem) -> Report {
    Report {
        created_at: Utc
            .with_ymd_and_hms(2026, 12, 1, 9, 30, 0)
            .single()
            .expect("a valid instant"),
        city: CityId::Krakow,
        problem,
        service_id: Some("krakow-muw".to_owned()),
        service_name: Some("Małopolski Urząd Wojewódzki".to_owned()),
        query: None,
        text: "Переїхали на вул. Przy Rondzie 6".to_owned(),
        locale: Locale::Uk,
    }
}

#[test]
fn a_saved_file_reads_back_the_same_reports() {
    let missing = Report {
        problem: Problem::Missing,
        service_id: None,
        service_name: None,
        query: Some("kurs polskiego nowa huta".to_owned()),
        text: String::new(),
        ..report(Problem::Missing)
    };
    let file = ReportFile::new(vec![report(Problem::Moved), missing]);
    let read = ReportFile::parse(&file.to_json(), "r.json").expect("the call succeeds");
    assert_eq!(read, file);
}

#[test]
fn the_file_is_plain_json_a_person_can_read() {
    let json = ReportFile::new(vec![report(Problem::WrongPhone)]).to_json();
    let expected = r#"{
  "format": "witaj-report",
  "version": 1,
  "reports": [
    {
      "created_at": "2026-12-01T09:30:00Z",
      "city": "krakow",
      "problem": "wrong-phone",
      "service_id": "krakow-muw",
      "service_name": "Małopolski Urząd Wojewódzki",
      "text": "Переїхали на вул. Przy Rondzie 6",
      "locale": "uk"
    }
  ]
}"#;
    assert_eq!(json, expected);
}

fn check_refused(text: &str, expected: &str) {
    let error = ReportFile::parse(text, "in.json").expect_err("the call fails");
    assert_eq!(error.to_string(), expected);
}

#[test]
fn files_that_are_not_reports_are_refused_with_where_and_why() {
    check_refused(
        "{",
        "in.json: line 1, column 1: EOF while parsing an object",
    );
    check_refused(
        r#"{"format": "hsds", "version": 1, "reports": []}"#,
        r#"in.json: this is not a Witaj report file (expected "format": "witaj-report")"#,
    );
    check_refused(
        r#"{"format": "witaj-report", "version": 7, "reports": []}"#,
        "in.json: report file version 7; this build reads version 1",
    );
    check_refused(
        "{\"format\": \"witaj-report\", \"version\": 1, \"reports\": [\n {\"city\": \"paris\"}]}",
        "in.json: line 2, column 17: unknown variant `paris`, expected one of `bialystok`, `bydgoszcz`, `gdansk`, `katowice`, `krakow`, `lublin`, `lodz`, `poznan`, `rzeszow`, `szczecin`, `warszawa`, `wroclaw`",
    );
}

#[test]
fn what_the_reader_wrote_is_checked_before_it_is_queued() {
    let check = |report: Report, expected: Option<&str>| {
        assert_eq!(
            report.validate().err().as_ref().map(ReportError::code),
            expected
        );
    };
    check(report(Problem::Closed), None);
    check(
        Report {
            service_id: None,
            ..report(Problem::Closed)
        },
        Some("no-service"),
    );
    let nothing = Report {
        service_id: None,
        text: " ".to_owned(),
        ..report(Problem::Missing)
    };
    check(nothing.clone(), Some("nothing-said"));
    check(
        Report {
            query: Some("szkoła".to_owned()),
            ..nothing
        },
        None,
    );
    check(
        Report {
            text: "x".repeat(2001),
            ..report(Problem::Other)
        },
        Some("too-long"),
    );
}

#[test]
fn a_mail_link_carries_the_text_and_nothing_else() {
    let link = mailto(
        "cudzoziemcy@um.krakow.pl",
        "Witaj: zgłoszenie",
        "Linia 1\nBcc: x@evil.example&cc=y@evil.example\r\nŁ",
    );
    assert_eq!(
        link,
        "mailto:cudzoziemcy@um.krakow.pl?subject=Witaj%3A%20zg%C5%82oszenie\
         &body=Linia%201%0D%0ABcc%3A%20x%40evil.example%26cc%3Dy%40evil.example%0D%0A%C5%81"
    );
}
