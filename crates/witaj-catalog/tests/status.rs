//! A service that is temporarily closed or inactive is never shown as open
//! and never passes the open-now filter, whatever its hours say.

use witaj_catalog::{Catalog, CategoryTerms, SearchRequest};
use witaj_hours::OpenState;
use witaj_model::{CityId, ServiceStatus};

#[test]
fn a_service_that_is_not_active_is_never_open() {
    let mut services = witaj_testkit::services(CityId::Krakow, 3);
    services[1].status = ServiceStatus::TemporarilyClosed;
    services[2].status = ServiceStatus::Inactive;
    let mut catalog = Catalog::open_in_memory(CategoryTerms::default()).expect("opens");
    catalog
        .replace_cities(&[CityId::Krakow], &services, &[], &[])
        .expect("written");
    // A Thursday at 10:00 in Warsaw: all three are within their hours.
    let mut request = SearchRequest::new("punkt", "2026-11-26T09:00:00Z".parse().expect("instant"));
    request.city = Some(CityId::Krakow);
    let results = catalog.search(&request).expect("search");
    assert_eq!(results.len(), 3);
    for result in &results {
        let open = result.service.status == ServiceStatus::Active;
        assert_eq!(result.open.is_open(), open, "{}", result.service.id);
        if !open {
            assert_eq!(
                result.open.state,
                OpenState::Closed,
                "{}",
                result.service.id
            );
        }
    }
    request.open_only = true;
    let open_now: Vec<String> = catalog
        .search(&request)
        .expect("search")
        .into_iter()
        .map(|r| r.service.id)
        .collect();
    assert_eq!(open_now, ["krakow-example-0"]);
}
