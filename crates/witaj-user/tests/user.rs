use chrono::{DateTime, TimeZone, Utc};
use witaj_model::{CityId, Locale};
use witaj_report::{Problem, Report};
use witaj_user::{ItemKind, ItemRef, PassedOn, UserData};

fn at(hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 1, hour, 0, 0)
        .single()
        .expect("a valid instant")
}

fn service(id: &str) -> ItemRef {
    ItemRef {
        kind: ItemKind::Service,
        city: CityId::Krakow,
        id: id.to_owned(),
    }
}

fn guide(city: CityId, id: &str) -> ItemRef {
    ItemRef {
        kind: ItemKind::Guide,
        city,
        id: id.to_owned(),
    }
}

/// The plan as (id, note, done), to compare in one line.
fn summary(user: &UserData) -> Vec<(String, String, bool)> {
    user.plan()
        .expect("the call succeeds")
        .into_iter()
        .map(|p| (p.item.id, p.note, p.done))
        .collect()
}

fn row(id: &str, note: &str, done: bool) -> (String, String, bool) {
    (id.to_owned(), note.to_owned(), done)
}

#[test]
fn a_plan_keeps_its_order_notes_and_done_marks_across_restarts() {
    let dir = tempfile::tempdir().expect("the call succeeds");
    let path = dir.path().join("user.sqlite");
    {
        let mut user = UserData::open(&path).expect("the call succeeds");
        user.save(&service("krakow-muw"), at(9))
            .expect("the call succeeds");
        user.save(&guide(CityId::Krakow, "pesel"), at(10))
            .expect("the call succeeds");
        user.save(&service("krakow-mops"), at(11))
            .expect("the call succeeds");
        user.save(&service("krakow-muw"), at(12))
            .expect("the call succeeds");
        user.set_note(&service("krakow-muw"), "  Bring the passport, window 4  ")
            .expect("the call succeeds");
        user.set_done(&guide(CityId::Krakow, "pesel"), true)
            .expect("the call succeeds");
        user.remove(&service("krakow-mops"))
            .expect("the call succeeds");
    }
    let user = UserData::open(&path).expect("the call succeeds");
    assert_eq!(
        summary(&user),
        [
            row("krakow-muw", "Bring the passport, window 4", false),
            row("pesel", "", true)
        ]
    );
    assert_eq!(user.plan().expect("the call succeeds")[0].added_at, at(9));
    assert!(
        user.is_saved(&guide(CityId::Krakow, "pesel"))
            .expect("the call succeeds")
    );
    assert!(
        !user
            .is_saved(&guide(CityId::Warszawa, "pesel"))
            .expect("the call succeeds")
    );
}

#[test]
fn what_is_not_in_the_plan_or_too_long_is_refused() {
    let mut user = UserData::open_in_memory().expect("the call succeeds");
    let code = |r: Result<(), witaj_user::UserError>| r.expect_err("the call fails").code();
    assert_eq!(
        code(user.set_done(&service("nowhere"), true)),
        "not-in-plan"
    );
    user.save(&service("krakow-muw"), at(9))
        .expect("the call succeeds");
    assert_eq!(
        code(user.set_note(&service("krakow-muw"), &"ż".repeat(501))),
        "note-too-long"
    );
    user.set_note(&service("krakow-muw"), &"ż".repeat(500))
        .expect("the call succeeds");
    for n in 1..200 {
        user.save(&service(&format!("s{n}")), at(10))
            .expect("the call succeeds");
    }
    assert_eq!(
        code(user.save(&service("one-too-many"), at(11))),
        "plan-full"
    );
}

#[test]
fn checklist_ticks_belong_to_one_guide_of_one_city() {
    let mut user = UserData::open_in_memory().expect("the call succeeds");
    user.set_checked(CityId::Krakow, "pesel", 2, true)
        .expect("the call succeeds");
    user.set_checked(CityId::Krakow, "pesel", 0, true)
        .expect("the call succeeds");
    user.set_checked(CityId::Krakow, "pesel", 0, true)
        .expect("the call succeeds");
    user.set_checked(CityId::Warszawa, "pesel", 1, true)
        .expect("the call succeeds");
    user.set_checked(CityId::Krakow, "pesel", 2, false)
        .expect("the call succeeds");
    assert_eq!(
        user.checklist(CityId::Krakow, "pesel")
            .expect("the call succeeds"),
        [0]
    );
    assert_eq!(
        user.checklist(CityId::Warszawa, "pesel")
            .expect("the call succeeds"),
        [1]
    );
    assert_eq!(
        user.checklist(CityId::Krakow, "other")
            .expect("the call succeeds"),
        [] as [u32; 0]
    );
}

fn report(text: &str) -> Report {
    Report {
        created_at: at(9),
        city: CityId::Krakow,
        problem: Problem::WrongHours,
        service_id: Some("krakow-muw".to_owned()),
        service_name: None,
        query: None,
        text: text.to_owned(),
        locale: Locale::Ar,
    }
}

#[test]
fn reports_wait_until_the_reader_passes_them_on() {
    let mut user = UserData::open_in_memory().expect("the call succeeds");
    let first = user
        .queue_report(&report("مغلق يوم الجمعة"))
        .expect("the call succeeds");
    let second = user
        .queue_report(&report("second"))
        .expect("the call succeeds");
    let invalid = Report {
        service_id: None,
        ..report("x")
    };
    assert_eq!(
        user.queue_report(&invalid)
            .expect_err("the call fails")
            .code(),
        "no-service"
    );
    user.mark_passed_on(&[first], PassedOn::File)
        .expect("the call succeeds");
    let state: Vec<_> = user
        .reports()
        .expect("the call succeeds")
        .into_iter()
        .map(|r| (r.id, r.report.text, r.passed_on))
        .collect();
    assert_eq!(
        state,
        [
            (first, "مغلق يوم الجمعة".to_owned(), Some(PassedOn::File)),
            (second, "second".to_owned(), None)
        ]
    );
    let waiting: Vec<i64> = user
        .waiting_reports(Some(CityId::Krakow))
        .expect("the call succeeds")
        .iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(waiting, [second]);
    assert!(
        user.waiting_reports(Some(CityId::Warszawa))
            .expect("the call succeeds")
            .is_empty()
    );
    user.delete_report(second).expect("the call succeeds");
    assert_eq!(user.reports().expect("the call succeeds").len(), 1);
}

#[test]
fn forgetting_everything_leaves_nothing_readable_in_the_file() {
    let dir = tempfile::tempdir().expect("the call succeeds");
    let path = dir.path().join("user.sqlite");
    let secret = "Meet-Olena-at-Przy-Rondzie";
    {
        let mut user = UserData::open(&path).expect("the call succeeds");
        user.save(&service("krakow-muw"), at(9))
            .expect("the call succeeds");
        user.set_note(&service("krakow-muw"), secret)
            .expect("the call succeeds");
        user.set_checked(CityId::Krakow, "pesel", 1, true)
            .expect("the call succeeds");
        user.queue_report(&report(secret))
            .expect("the call succeeds");
        user.forget_everything().expect("the call succeeds");
        assert!(user.plan().expect("the call succeeds").is_empty());
        assert!(user.reports().expect("the call succeeds").is_empty());
        assert!(
            user.checklist(CityId::Krakow, "pesel")
                .expect("the call succeeds")
                .is_empty()
        );
    }
    for file in std::fs::read_dir(dir.path()).expect("the call succeeds") {
        let bytes =
            std::fs::read(file.expect("the call succeeds").path()).expect("the call succeeds");
        assert!(
            !bytes.windows(secret.len()).any(|w| w == secret.as_bytes()),
            "the note is still in the file"
        );
    }
}

#[test]
fn a_saved_file_never_replaces_an_earlier_one() {
    let dir = tempfile::tempdir().expect("the call succeeds");
    let downloads = dir.path().join("Downloads");
    let first = witaj_user::write_new_file(&downloads, "witaj-reports", "json", b"one")
        .expect("the call succeeds");
    let second = witaj_user::write_new_file(&downloads, "witaj-reports", "json", b"two")
        .expect("the call succeeds");
    assert_eq!(first, downloads.join("witaj-reports.json"));
    assert_eq!(second, downloads.join("witaj-reports-2.json"));
    assert_eq!(std::fs::read(first).expect("the call succeeds"), b"one");
    assert_eq!(std::fs::read(second).expect("the call succeeds"), b"two");
}
