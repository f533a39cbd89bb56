//! The catalog bundled with the app, and how it meets the cities' feeds.
//!
//! The bundle is written on first start and whenever a release ships
//! different content, for every city whose data did not come from a feed
//! this release still trusts. A feed signed by a key that is no longer
//! pinned, or at or below a version the release resets, is forgotten and
//! its city reseeded: unpinning a leaked key undoes what it signed.

use witaj_catalog::Catalog;
use witaj_model::{CityId, Guide, Notice, Service};

use crate::{Directory, FeedError};

const BUNDLE_KEY: &str = "bundled_content";

/// What [`seed_bundle`] did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SeedReport {
    /// Cities written from the bundle (none when it was already in place).
    pub seeded: Vec<CityId>,
    /// Cities whose feed this release no longer trusts.
    pub distrusted: Vec<CityId>,
}

/// Whether the bundle identified by `fingerprint` is already in place and
/// every city's feed is still trusted: then start-up need not even read the
/// bundle's files.
pub fn bundle_is_current(
    catalog: &Catalog,
    fingerprint: &str,
    directory: &Directory,
) -> Result<bool, FeedError> {
    Ok(distrusted(catalog, directory)?.1.is_empty()
        && catalog.meta(BUNDLE_KEY)?.as_deref() == Some(fingerprint))
}

/// Cities whose data came from a feed this release still trusts, and those
/// whose feed it no longer trusts.
fn distrusted(
    catalog: &Catalog,
    directory: &Directory,
) -> Result<(Vec<CityId>, Vec<CityId>), FeedError> {
    let mut from_feed = Vec::new();
    let mut distrusted = Vec::new();
    for city in CityId::ALL {
        if let Some(state) = catalog.feed_state(city)? {
            if directory.trusts(city, &state.key_id) && state.version > directory.min_version(city)
            {
                from_feed.push(city);
            } else {
                distrusted.push(city);
            }
        }
    }
    Ok((from_feed, distrusted))
}

/// Writes the bundled `services`, `guides` and `notices` (identified by `fingerprint`)
/// in one transaction, keeping the data of cities updated by a feed that
/// `directory` still trusts.
pub fn seed_bundle(
    catalog: &mut Catalog,
    services: &[Service],
    guides: &[Guide],
    notices: &[Notice],
    fingerprint: &str,
    directory: &Directory,
) -> Result<SeedReport, FeedError> {
    let (from_feed, distrusted) = distrusted(catalog, directory)?;
    if distrusted.is_empty() && catalog.meta(BUNDLE_KEY)?.as_deref() == Some(fingerprint) {
        return Ok(SeedReport::default());
    }
    let seeded: Vec<CityId> = CityId::ALL
        .into_iter()
        .filter(|city| !from_feed.contains(city))
        .collect();
    let writer = catalog.writer()?;
    for &city in &distrusted {
        writer.clear_feed_state(city)?;
    }
    writer.write_content(&seeded, services, guides, notices)?;
    writer.set_meta(BUNDLE_KEY, fingerprint)?;
    writer.commit()?;
    Ok(SeedReport { seeded, distrusted })
}
