//! The contact card a reader hands to a phone carries exactly the phones
//! the screen shows: no text can start a line of its own.

use witaj_model::{CityId, Locale, LocalizedText};
use witaj_view::contact_vcard;

#[test]
fn no_field_can_add_a_line_to_the_card() {
    let mut service = witaj_testkit::service(CityId::Krakow, 1);
    service.name = LocalizedText::new().with(Locale::Pl, "Punkt\rTEL:+48700000000");
    service.organization.name =
        LocalizedText::new().with(Locale::Pl, "Urząd\r\nTEL;TYPE=CELL:+48700000001");
    service.website = Some("https://a.pl/\r\nTEL;TYPE=CELL:+48700123456".to_owned());
    service.email = Some("a@b.pl\nTEL:+48700000002".to_owned());
    if let Some(location) = &mut service.location {
        location.address.address_1 = "ul. Długa 1\nTEL:+48700000003".to_owned();
    }
    let card = contact_vcard(&service);
    let tel_lines = card
        .split("\r\n")
        .filter(|line| line.starts_with("TEL"))
        .count();
    assert_eq!(tel_lines, service.phones.len(), "{card}");
    assert!(!card.replace("\r\n", "").contains(['\r', '\n']), "{card:?}");
}

#[test]
fn values_are_escaped_as_rfc_6350_says() {
    let mut service = witaj_testkit::service(CityId::Krakow, 1);
    service.name =
        LocalizedText::new().with(Locale::Pl, r"Pomoc; prawna, bezpłatna \ dla wszystkich");
    let card = contact_vcard(&service);
    assert!(
        card.contains(r"FN:Pomoc\; prawna\, bezpłatna \\ dla wszystkich"),
        "{card}"
    );
}
