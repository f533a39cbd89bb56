//! Each service reads back its own organization, even when two
//! organizations of a city share a Polish name (a city's social welfare
//! centre listed with another website or other translations).

use witaj_catalog::{Catalog, CategoryTerms};
use witaj_model::{CityId, Locale};

#[test]
fn organizations_that_share_a_polish_name_stay_apart() {
    let mut services = witaj_testkit::services(CityId::Krakow, 3);
    for service in &mut services {
        service.organization.name = witaj_testkit::text("Miejski Ośrodek Pomocy Społecznej");
    }
    services[0].organization.website = Some("https://mops.krakow.pl".to_owned());
    services[1].organization.website = Some("http://mops.krakow.pl".to_owned());
    services[2]
        .organization
        .name
        .insert(Locale::Uk, "Міський центр соціальної допомоги");
    let mut catalog = Catalog::open_in_memory(CategoryTerms::default()).expect("opens");
    catalog
        .replace_cities(&[CityId::Krakow], &services, &[], &[])
        .expect("written");
    for written in &services {
        let read = catalog
            .service(&written.id)
            .expect("reads")
            .expect("is there");
        assert_eq!(read.organization, written.organization, "{}", written.id);
    }
}
