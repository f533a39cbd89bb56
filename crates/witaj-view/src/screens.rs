//! Whole screens for the app, each one call: the search results with their
//! announced count, a service with everything a help desk needs (the Polish
//! version beside the reader's, a QR contact card), a guide with the
//! offices of the reader's city.

use qrcode::QrCode;
use qrcode::render::svg;
use serde::Serialize;
use witaj_catalog::{Catalog, CatalogError, SearchRequest};
use witaj_model::{Category, CityId, Locale, Service};

use crate::{GuideView, NoticeView, ServiceDetail, ServiceSummary, Viewer, markdown};

#[derive(Debug, Serialize)]
pub struct SearchScreen {
    pub count: usize,
    /// "5 services found", for the screen-reader announcement.
    pub count_label: String,
    pub results: Vec<ServiceSummary>,
    /// Guides matching the words typed (none when browsing).
    pub guides: Vec<GuideListItem>,
    /// When nothing was found: the query spelled as a service's name spells it.
    pub suggestion: Option<Suggestion>,
}

/// "Did you mean …?" for a search that found nothing.
#[derive(Debug, Serialize)]
pub struct Suggestion {
    pub query: String,
    /// "Did you mean “urząd”?"
    pub label: String,
}

#[derive(Debug, Serialize)]
pub struct CategoryTile {
    pub id: Category,
    pub name: String,
    pub services: u32,
}

#[derive(Debug, Serialize)]
pub struct PhoneAction {
    pub number: String,
    pub tel: String,
    /// "Call +48 12 …", for the button's accessible name.
    pub label: String,
}

#[derive(Debug, Serialize)]
pub struct ServiceScreen {
    pub detail: ServiceDetail,
    /// The same service resolved in Polish, for the clerk and the printout
    /// (absent when the reader reads Polish).
    pub polish: Option<ServiceDetail>,
    pub last_verified_label: String,
    pub phone_actions: Vec<PhoneAction>,
    /// A vCard of the contact details as an SVG QR code, to hand over to a phone.
    pub qr_svg: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct GuideListItem {
    pub id: String,
    pub title: String,
    pub summary: String,
    /// "Published by Kraków", for a city's own guide.
    pub owner_label: Option<String>,
}

/// What to read aloud.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Listen {
    /// A service in the reader's language, its Polish name and address in Polish.
    Service,
    /// The clerk card: all in Polish.
    Clerk,
    /// A guide, step by step.
    Guide,
}

/// How many matching guides a search shows above its results.
const GUIDES_BESIDE_RESULTS: usize = 3;

#[derive(Debug, Serialize)]
pub struct StepScreen {
    pub number_label: String,
    pub title: String,
    pub title_lang: Locale,
    /// Sanitized HTML rendered from the step's markdown.
    pub body_html: String,
    pub body_lang: Locale,
    pub category: Option<Category>,
}

#[derive(Debug, Serialize)]
pub struct Offices {
    pub category: Category,
    pub heading: String,
    pub services: Vec<ServiceSummary>,
    /// Shown when the city has no such office yet.
    pub empty_label: String,
}

#[derive(Debug, Serialize)]
pub struct GuideScreen {
    pub guide: GuideView,
    pub steps: Vec<StepScreen>,
    /// The same guide in Polish, for the help desk's side-by-side view
    /// (absent when the reader reads Polish).
    pub polish: Option<PolishGuide>,
    pub offices: Vec<Offices>,
    pub last_verified_label: String,
}

/// A guide's text in Polish.
#[derive(Debug, Serialize)]
pub struct PolishGuide {
    pub guide: GuideView,
    pub steps: Vec<StepScreen>,
}

impl Viewer<'_> {
    /// A service as the app's service screen shows it: also for entries
    /// that are not in a catalog yet (Studio's preview).
    pub fn service_screen(&self, service: &Service) -> ServiceScreen {
        let detail = self.detail(service);
        let polish = (self.locale != Locale::Pl).then(|| {
            Viewer {
                locale: Locale::Pl,
                ..*self
            }
            .detail(service)
        });
        ServiceScreen {
            last_verified_label: self.last_verified_label(service.last_verified),
            phone_actions: detail
                .phone_details
                .iter()
                .map(|p| PhoneAction {
                    number: p.number.clone(),
                    tel: p.tel.clone(),
                    label: self.msg_with("service-call", &[("number", p.number.clone())]),
                })
                .collect(),
            qr_svg: contact_qr(service),
            detail,
            polish,
        }
    }
}

/// Builds screens from one catalog for one reader.
#[derive(Debug)]
pub struct Screens<'a> {
    pub catalog: &'a Catalog,
    pub viewer: Viewer<'a>,
}

impl Screens<'_> {
    fn label_with(&self, id: &str, key: &'static str, value: String) -> String {
        self.viewer.msg_with(id, &[(key, value)])
    }

    pub fn search(&self, request: &SearchRequest) -> Result<SearchScreen, CatalogError> {
        let results = self.catalog.search(request)?;
        let guides = if request.query.trim().is_empty() {
            Vec::new()
        } else {
            self.find_guides(&request.query, request.city, GUIDES_BESIDE_RESULTS)?
        };
        let suggestion = if results.is_empty() && !request.query.trim().is_empty() {
            self.catalog
                .spelling_suggestion(request)?
                .map(|query| Suggestion {
                    label: self.label_with("search-did-you-mean", "query", query.clone()),
                    query,
                })
        } else {
            None
        };
        Ok(SearchScreen {
            guides,
            suggestion,
            count: results.len(),
            count_label: self.viewer.count_label(results.len()),
            results: results
                .iter()
                .map(|r| self.viewer.search_result(r))
                .collect(),
        })
    }

    pub fn categories(&self, city: CityId) -> Result<Vec<CategoryTile>, CatalogError> {
        Ok(self
            .catalog
            .category_counts(Some(city))?
            .into_iter()
            .map(|c| CategoryTile {
                id: c.category,
                name: self.viewer.category_name(c.category),
                services: c.services,
            })
            .collect())
    }

    pub fn service(&self, id: &str) -> Result<Option<ServiceScreen>, CatalogError> {
        Ok(self
            .catalog
            .service(id)?
            .map(|service| self.viewer.service_screen(&service)))
    }

    /// What the "listen" button reads: `None` when there is no such entry.
    pub fn speech(
        &self,
        what: Listen,
        id: &str,
        city: CityId,
    ) -> Result<Option<witaj_speech::Utterance>, CatalogError> {
        let locale = self.viewer.locale;
        let mut utterance = witaj_speech::Utterance::new();
        match what {
            Listen::Service | Listen::Clerk => {
                let Some(service) = self.catalog.service(id)? else {
                    return Ok(None);
                };
                let polish = Viewer {
                    locale: Locale::Pl,
                    ..self.viewer
                };
                let viewer = if what == Listen::Clerk {
                    &polish
                } else {
                    &self.viewer
                };
                let detail = viewer.detail(&service);
                utterance.say(detail.summary.name_lang, &detail.summary.name);
                if detail.summary.name_lang != Locale::Pl {
                    utterance.say(Locale::Pl, &detail.summary.name_pl);
                }
                if let Some(organization) = &detail.organization {
                    utterance.say(organization.lang, &organization.text);
                }
                utterance.say(viewer.locale, &detail.summary.open.label);
                if let Some(appointment) = &detail.summary.appointment_label {
                    utterance.say(viewer.locale, appointment);
                }
                if let Some(address) = &detail.summary.address {
                    utterance.say(Locale::Pl, address);
                }
                for phone in &detail.summary.phones {
                    utterance.say(viewer.locale, phone);
                }
                if what == Listen::Service
                    && let Some(description) = &detail.description
                {
                    utterance.say(description.lang, &description.text);
                }
            }
            Listen::Guide => {
                let Some(guide) = self.catalog.guide(id, Some(city))? else {
                    return Ok(None);
                };
                let view = self.viewer.guide(&guide);
                utterance.say(view.title.lang, &view.title.text);
                utterance.say(view.summary.lang, &view.summary.text);
                for (i, step) in view.steps.iter().enumerate() {
                    utterance.say(
                        locale,
                        &self.label_with("guide-step-number", "number", (i + 1).to_string()),
                    );
                    utterance.say(step.title.lang, &step.title.text);
                    utterance.say(step.body.lang, &markdown::to_plain_text(&step.body.text));
                }
            }
        }
        Ok(Some(utterance))
    }

    /// The notices in force for a reader in `city` (all cities' when
    /// `None`) on the Warsaw day of the viewer's `now`.
    pub fn notices(&self, city: Option<CityId>) -> Result<Vec<NoticeView>, CatalogError> {
        let day = self
            .viewer
            .now
            .with_timezone(&chrono_tz::Europe::Warsaw)
            .date_naive();
        Ok(self
            .catalog
            .notices(city, day)?
            .iter()
            .map(|n| self.viewer.notice(n))
            .collect())
    }

    /// The guides a reader in `city` sees that match `query`, or all of
    /// them for an empty query. A city's own guides carry its name.
    pub fn find_guides(
        &self,
        query: &str,
        city: Option<CityId>,
        limit: usize,
    ) -> Result<Vec<GuideListItem>, CatalogError> {
        let guides = if query.trim().is_empty() {
            self.catalog.guides(city)?
        } else {
            self.catalog.search_guides(query, city, limit)?
        };
        Ok(guides
            .iter()
            .map(|g| {
                let view = self.viewer.guide(g);
                GuideListItem {
                    id: view.id,
                    title: view.title.text,
                    summary: view.summary.text,
                    owner_label: g.city.map(|c| {
                        self.label_with("guide-city-own", "city", self.viewer.city_name(c))
                    }),
                }
            })
            .collect())
    }

    /// Guide `id` as a reader in `city` sees it: a national guide, or one
    /// of that city's own (never another city's).
    pub fn guide(&self, id: &str, city: CityId) -> Result<Option<GuideScreen>, CatalogError> {
        let Some(guide) = self.catalog.guide(id, Some(city))? else {
            return Ok(None);
        };
        let view = self.viewer.guide(&guide);
        let steps = step_screens(&self.viewer, &view);
        let polish = (self.viewer.locale != Locale::Pl).then(|| {
            let viewer = Viewer {
                locale: Locale::Pl,
                ..self.viewer
            };
            let guide = viewer.guide(&guide);
            PolishGuide {
                steps: step_screens(&viewer, &guide),
                guide,
            }
        });
        let city_name = self.viewer.city_name(city);
        let mut offices = Vec::new();
        for &category in &guide.categories {
            let mut request = SearchRequest::new("", self.viewer.now);
            request.city = Some(city);
            request.category = Some(category);
            request.locale = self.viewer.locale;
            request.limit = 50;
            let services = self
                .catalog
                .search(&request)?
                .iter()
                .map(|r| self.viewer.search_result(r))
                .collect();
            offices.push(Offices {
                category,
                heading: format!(
                    "{} · {}",
                    self.viewer.category_name(category),
                    self.label_with("guide-offices", "city", city_name.clone())
                ),
                services,
                empty_label: self.label_with("guide-no-offices", "city", city_name.clone()),
            });
        }
        Ok(Some(GuideScreen {
            last_verified_label: self.viewer.last_verified_label(guide.last_verified),
            guide: view,
            steps,
            polish,
            offices,
        }))
    }
}

/// A guide's steps, numbered and rendered to safe HTML, as `viewer` words them.
fn step_screens(viewer: &Viewer<'_>, guide: &GuideView) -> Vec<StepScreen> {
    guide
        .steps
        .iter()
        .enumerate()
        .map(|(i, step)| StepScreen {
            number_label: viewer.msg_with("guide-step-number", &[("number", (i + 1).to_string())]),
            title: step.title.text.clone(),
            title_lang: step.title.lang,
            body_html: markdown::to_safe_html(&step.body.text),
            body_lang: step.body.lang,
            category: step.category,
        })
        .collect()
}

/// A vCard 3.0 of the service's contact details, as an SVG QR code.
fn contact_qr(service: &Service) -> Option<String> {
    let code = QrCode::new(contact_vcard(service).as_bytes()).ok()?;
    Some(
        code.render::<svg::Color<'_>>()
            .min_dimensions(QR_MIN_PIXELS, QR_MIN_PIXELS)
            .quiet_zone(true)
            .build(),
    )
}

const QR_MIN_PIXELS: u32 = 200;

/// The service's contact details as a vCard 3.0. Every value is escaped as
/// RFC 6350 says (`\\`, `\;`, `\,`, line breaks as `\n`), and control
/// characters are dropped, so no text can start a line of its own (a
/// second `TEL:` that the screen never showed).
pub fn contact_vcard(service: &Service) -> String {
    fn escape(value: &str) -> String {
        let mut out = String::with_capacity(value.len());
        for c in value.chars() {
            match c {
                '\\' => out.push_str("\\\\"),
                ';' => out.push_str("\\;"),
                ',' => out.push_str("\\,"),
                '\n' => out.push_str("\\n"),
                c if c.is_control() => {}
                c => out.push(c),
            }
        }
        out
    }
    let mut card = String::from("BEGIN:VCARD\r\nVERSION:3.0\r\n");
    let mut line = |property: &str, value: String| {
        card.push_str(property);
        card.push(':');
        card.push_str(&value);
        card.push_str("\r\n");
    };
    line("FN", escape(service.name.get(Locale::Pl)));
    line("ORG", escape(service.organization.name.get(Locale::Pl)));
    for phone in &service.phones {
        line("TEL", phone.dial_string());
    }
    if let Some(location) = &service.location {
        let a = &location.address;
        line(
            "ADR",
            format!(
                ";;{};{};;{};PL",
                escape(&a.address_1),
                escape(&a.city),
                escape(a.postal_code.as_deref().unwrap_or_default())
            ),
        );
    }
    if let Some(url) = service
        .website
        .as_ref()
        .or(service.organization.website.as_ref())
    {
        line("URL", escape(url));
    }
    if let Some(email) = &service.email {
        line("EMAIL", escape(email));
    }
    card.push_str("END:VCARD\r\n");
    card
}

/// Where a city's data comes from and how fresh it is, for Settings.
#[derive(Debug, Serialize)]
pub struct CityDataStatus {
    pub city: CityId,
    pub city_name: String,
    pub origin: DataOrigin,
    pub version: Option<i64>,
    /// "Version 1764…", for the screen.
    pub version_label: Option<String>,
    /// "Updated 2026-11-26" or "Included with the app".
    pub label: String,
    pub outdated: bool,
    /// The city publishes a feed this app can verify.
    pub can_update: bool,
}

/// Where a city's data comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DataOrigin {
    /// Shipped with the app.
    Bundled,
    /// A signed update was applied.
    Feed,
}

/// Data older than this is flagged "may be outdated" even when not expired.
const OUTDATED_AFTER_DAYS: i64 = 180;

impl Screens<'_> {
    /// Every city's data status; `can_update` says which cities publish a
    /// feed this app trusts.
    pub fn data_status(
        &self,
        can_update: impl Fn(CityId) -> bool,
    ) -> Result<Vec<CityDataStatus>, CatalogError> {
        let now = self.viewer.now;
        CityId::ALL
            .iter()
            .map(|&city| {
                let state = self.catalog.feed_state(city)?;
                let (origin, label, outdated) = match &state {
                    Some(state) => (
                        DataOrigin::Feed,
                        self.label_with(
                            "data-updated",
                            "date",
                            state.applied_at.date_naive().to_string(),
                        ),
                        state.expires <= now
                            || (now - state.issued).num_days() > OUTDATED_AFTER_DAYS,
                    ),
                    None => {
                        let newest = self.catalog.newest_verification(city)?;
                        let old = newest.is_some_and(|d| {
                            (now.date_naive() - d).num_days() > OUTDATED_AFTER_DAYS
                        });
                        (
                            DataOrigin::Bundled,
                            self.viewer.l10n.format(
                                self.viewer.locale,
                                "data-source-bundled",
                                None,
                            ),
                            old,
                        )
                    }
                };
                Ok(CityDataStatus {
                    city,
                    city_name: self.viewer.city_name(city),
                    origin,
                    version_label: state
                        .as_ref()
                        .map(|s| self.label_with("data-version", "version", s.version.to_string())),
                    version: state.map(|s| s.version),
                    label,
                    outdated,
                    can_update: can_update(city),
                })
            })
            .collect()
    }
}
