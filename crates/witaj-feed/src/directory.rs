//! Where each city publishes its feed and which keys the app trusts for it.
//! The app embeds `feeds/cities.toml`; a city without a URL and a key is
//! served by the bundled catalog alone.

use std::collections::BTreeMap;

use serde::Deserialize;
use witaj_model::CityId;

use crate::PublicKey;

#[derive(Clone, Debug, Default)]
pub struct CityFeed {
    pub url: Option<String>,
    /// Several during a key rotation; any one verifies.
    pub keys: Vec<PublicKey>,
    /// A release can clear a poisoned feed: versions at or below this are
    /// refused, and a device whose city data is older is reseeded.
    pub min_version: i64,
    /// Where readers' reports of wrong or missing information go (sent
    /// only when a reader chooses to, from their own mail app).
    pub contact_email: Option<String>,
}

#[derive(Clone, Debug, Default)]
pub struct Directory {
    cities: BTreeMap<CityId, CityFeed>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCity {
    #[serde(default)]
    url: String,
    #[serde(default)]
    keys: Vec<String>,
    #[serde(default)]
    min_version: i64,
    #[serde(default)]
    contact_email: Option<String>,
}

impl Directory {
    /// Parses the directory TOML: one table per city id with `url` and `keys`.
    pub fn parse(text: &str) -> Result<Self, String> {
        let raw: BTreeMap<String, RawCity> = toml::from_str(text).map_err(|e| e.to_string())?;
        let mut cities = BTreeMap::new();
        for (id, city) in raw {
            let id: CityId = id
                .parse()
                .map_err(|e: witaj_model::UnknownCity| e.to_string())?;
            let keys = city
                .keys
                .iter()
                .map(|k| PublicKey::parse(k).map_err(|e| format!("{id}: key: {e}")))
                .collect::<Result<_, _>>()?;
            let url = Some(city.url.trim().to_owned()).filter(|u| !u.is_empty());
            if let Some(url) = &url
                && !url.starts_with("https://")
                && !(cfg!(debug_assertions) && url.starts_with("http://"))
            {
                return Err(format!(
                    "{id}: url: feeds are fetched over https only, found `{url}`"
                ));
            }
            if let Some(email) = &city.contact_email {
                witaj_check::email(email).map_err(|e| format!("{id}: contact_email: {e}"))?;
            }
            cities.insert(
                id,
                CityFeed {
                    url,
                    keys,
                    min_version: city.min_version,
                    contact_email: city.contact_email,
                },
            );
        }
        Ok(Self { cities })
    }

    pub fn city(&self, city: CityId) -> Option<&CityFeed> {
        self.cities.get(&city).filter(|c| !c.keys.is_empty())
    }

    /// The version a city's feed must exceed, as pinned in this release.
    pub fn min_version(&self, city: CityId) -> i64 {
        self.cities.get(&city).map_or(0, |c| c.min_version)
    }

    /// The address that receives readers' reports for `city`, if it has one.
    pub fn contact_email(&self, city: CityId) -> Option<&str> {
        self.cities.get(&city)?.contact_email.as_deref()
    }

    /// Whether the key with `key_id` is still pinned for `city`.
    pub fn trusts(&self, city: CityId, key_id: &str) -> bool {
        self.city(city)
            .is_some_and(|feed| feed.keys.iter().any(|key| key.id() == key_id))
    }

    /// Cities whose feeds can be verified, for importing a folder.
    pub fn trusted(&self) -> impl Iterator<Item = (CityId, &CityFeed)> {
        self.cities
            .iter()
            .filter(|(_, c)| !c.keys.is_empty())
            .map(|(&id, c)| (id, c))
    }
}
