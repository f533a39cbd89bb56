use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// One of the twelve cities of the Union of Polish Metropolises.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CityId {
    Bialystok,
    Bydgoszcz,
    Gdansk,
    Katowice,
    Krakow,
    Lublin,
    Lodz,
    Poznan,
    Rzeszow,
    Szczecin,
    Warszawa,
    Wroclaw,
}

/// Facts about a city that do not change with a feed.
#[derive(Debug)]
pub struct City {
    pub id: CityId,
    pub name_pl: &'static str,
    pub voivodeship: &'static str,
    pub center: (f64, f64),
    /// Services further than this from `center` are flagged by the content lint.
    pub radius_km: f64,
    /// Ways people write the city's name (other scripts, Polish case forms),
    /// so "lodz urzad" or "Краків лікар" can treat the name as a city filter.
    pub aliases: &'static [&'static str],
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error(
    "unknown city `{0}`: expected one of bialystok, bydgoszcz, gdansk, katowice, krakow, lublin, lodz, poznan, rzeszow, szczecin, warszawa, wroclaw"
)]
pub struct UnknownCity(pub String);

const CITIES: [City; 12] = [
    City {
        id: CityId::Bialystok,
        name_pl: "Białystok",
        voivodeship: "podlaskie",
        center: (53.1325, 23.1688),
        radius_km: 15.0,
        aliases: &[
            "Białystok",
            "Białymstoku",
            "Bialystok",
            "Білосток",
            "Белосток",
            "Беласток",
        ],
    },
    City {
        id: CityId::Bydgoszcz,
        name_pl: "Bydgoszcz",
        voivodeship: "kujawsko-pomorskie",
        center: (53.1235, 18.0084),
        radius_km: 18.0,
        aliases: &["Bydgoszcz", "Bydgoszczy", "Бидгощ", "Быдгощ", "Быдгашч"],
    },
    City {
        id: CityId::Gdansk,
        name_pl: "Gdańsk",
        voivodeship: "pomorskie",
        center: (54.3520, 18.6466),
        radius_km: 20.0,
        aliases: &[
            "Gdańsk",
            "Gdańsku",
            "Gdansk",
            "Ґданськ",
            "Гданськ",
            "Гданьск",
            "Гданск",
        ],
    },
    City {
        id: CityId::Katowice,
        name_pl: "Katowice",
        voivodeship: "śląskie",
        center: (50.2649, 19.0238),
        radius_km: 18.0,
        aliases: &["Katowice", "Katowicach", "Катовіце", "Катовице", "Катавіцы"],
    },
    City {
        id: CityId::Krakow,
        name_pl: "Kraków",
        voivodeship: "małopolskie",
        center: (50.0647, 19.9450),
        radius_km: 20.0,
        aliases: &[
            "Kraków",
            "Krakowie",
            "Krakow",
            "Cracow",
            "Краків",
            "Кракові",
            "Краков",
            "Кракаў",
        ],
    },
    City {
        id: CityId::Lublin,
        name_pl: "Lublin",
        voivodeship: "lubelskie",
        center: (51.2465, 22.5684),
        radius_km: 15.0,
        aliases: &["Lublin", "Lublinie", "Люблін", "Люблине", "Люблин"],
    },
    City {
        id: CityId::Lodz,
        name_pl: "Łódź",
        voivodeship: "łódzkie",
        center: (51.7592, 19.4560),
        radius_km: 18.0,
        aliases: &["Łódź", "Łodzi", "Lodz", "Лодзь", "Лодзі", "Лодзи", "Лодзь"],
    },
    City {
        id: CityId::Poznan,
        name_pl: "Poznań",
        voivodeship: "wielkopolskie",
        center: (52.4064, 16.9252),
        radius_km: 18.0,
        aliases: &[
            "Poznań",
            "Poznaniu",
            "Poznan",
            "Познань",
            "Познані",
            "Познани",
        ],
    },
    City {
        id: CityId::Rzeszow,
        name_pl: "Rzeszów",
        voivodeship: "podkarpackie",
        center: (50.0412, 21.9991),
        radius_km: 15.0,
        aliases: &[
            "Rzeszów",
            "Rzeszowie",
            "Rzeszow",
            "Жешув",
            "Жешуві",
            "Жешове",
        ],
    },
    City {
        id: CityId::Szczecin,
        name_pl: "Szczecin",
        voivodeship: "zachodniopomorskie",
        center: (53.4285, 14.5528),
        radius_km: 20.0,
        aliases: &[
            "Szczecin",
            "Szczecinie",
            "Щецин",
            "Щеціні",
            "Щецине",
            "Шчэцін",
        ],
    },
    City {
        id: CityId::Warszawa,
        name_pl: "Warszawa",
        voivodeship: "mazowieckie",
        center: (52.2297, 21.0122),
        radius_km: 25.0,
        aliases: &[
            "Warszawa",
            "Warszawie",
            "Warsaw",
            "Варшава",
            "Варшаві",
            "Варшаве",
        ],
    },
    City {
        id: CityId::Wroclaw,
        name_pl: "Wrocław",
        voivodeship: "dolnośląskie",
        center: (51.1079, 17.0385),
        radius_km: 18.0,
        aliases: &[
            "Wrocław",
            "Wrocławiu",
            "Wroclaw",
            "Вроцлав",
            "Вроцлаві",
            "Вроцлаве",
        ],
    },
];

impl CityId {
    pub const ALL: [CityId; 12] = [
        CityId::Bialystok,
        CityId::Bydgoszcz,
        CityId::Gdansk,
        CityId::Katowice,
        CityId::Krakow,
        CityId::Lublin,
        CityId::Lodz,
        CityId::Poznan,
        CityId::Rzeszow,
        CityId::Szczecin,
        CityId::Warszawa,
        CityId::Wroclaw,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            CityId::Bialystok => "bialystok",
            CityId::Bydgoszcz => "bydgoszcz",
            CityId::Gdansk => "gdansk",
            CityId::Katowice => "katowice",
            CityId::Krakow => "krakow",
            CityId::Lublin => "lublin",
            CityId::Lodz => "lodz",
            CityId::Poznan => "poznan",
            CityId::Rzeszow => "rzeszow",
            CityId::Szczecin => "szczecin",
            CityId::Warszawa => "warszawa",
            CityId::Wroclaw => "wroclaw",
        }
    }

    pub fn info(self) -> &'static City {
        &CITIES[self as usize]
    }

    /// Great-circle distance in kilometres from the city's centre.
    pub fn distance_km(self, latitude: f64, longitude: f64) -> f64 {
        const EARTH_RADIUS_KM: f64 = 6371.0;
        let (lat0, lon0) = self.info().center;
        let (phi1, phi2) = (lat0.to_radians(), latitude.to_radians());
        let d_phi = (latitude - lat0).to_radians();
        let d_lambda = (longitude - lon0).to_radians();
        let a =
            (d_phi / 2.0).sin().powi(2) + phi1.cos() * phi2.cos() * (d_lambda / 2.0).sin().powi(2);
        2.0 * EARTH_RADIUS_KM * a.sqrt().asin()
    }
}

impl fmt::Display for CityId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for CityId {
    type Err = UnknownCity;

    fn from_str(id: &str) -> Result<Self, Self::Err> {
        CityId::ALL
            .into_iter()
            .find(|city| city.as_str() == id)
            .ok_or_else(|| UnknownCity(id.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_in_enum_order() {
        for city in CityId::ALL {
            assert_eq!(city.info().id, city);
            assert_eq!(city.as_str().parse(), Ok(city));
        }
    }

    #[test]
    fn distance_between_warsaw_and_krakow_is_about_250_km() {
        let (lat, lon) = CityId::Krakow.info().center;
        let km = CityId::Warszawa.distance_km(lat, lon);
        assert!((245.0..260.0).contains(&km), "{km}");
    }
}
