//! The reader's plan and their waiting reports, as the app shows them:
//! each saved entry resolved from the catalog in the reader's language
//! (and Polish), the bilingual printout, the contacts as vCards, and the
//! e-mail a reader may send with their reports.

use serde::Serialize;
use witaj_catalog::CatalogError;
use witaj_i18n::Args;
use witaj_model::{CityId, Locale};
use witaj_report::{Problem, Report};
use witaj_user::{ItemKind, ItemRef, PassedOn, PlanItem, QueuedReport};

use crate::{GuideScreen, OpenView, Screens, ServiceScreen, Viewer, contact_vcard};

#[derive(Debug, Serialize)]
pub struct PlanScreen {
    pub entries: Vec<PlanEntry>,
    /// "2 of 5 done".
    pub progress_label: String,
    pub reports: Vec<ReportView>,
}

/// One saved service or guide.
#[derive(Debug, Serialize)]
pub struct PlanEntry {
    #[serde(flatten)]
    pub item: ItemRef,
    pub note: String,
    pub done: bool,
    /// In the reader's language; `None` once a feed has removed the entry.
    pub title: Option<String>,
    /// The Polish name, to show a clerk (absent for a Polish reader).
    pub title_pl: Option<String>,
    pub open: Option<OpenView>,
    pub address: Option<String>,
    /// "3 of 7 ticked", for a guide with a checklist.
    pub checklist_label: Option<String>,
    /// "No longer in the catalog".
    pub gone_label: Option<String>,
}

/// The plan on paper: its title in the reader's language and in Polish
/// (absent for a Polish reader), and the entries.
#[derive(Debug, Serialize)]
pub struct PlanPrintout {
    pub title: String,
    pub title_pl: Option<String>,
    pub entries: Vec<PrintEntry>,
}

/// A saved entry with everything the printout shows.
#[derive(Debug, Serialize)]
pub struct PrintEntry {
    pub note: String,
    pub done: bool,
    pub service: Option<ServiceScreen>,
    pub guide: Option<GuideScreen>,
}

#[derive(Debug, Serialize)]
pub struct ReportView {
    pub id: i64,
    /// "Wrong phone number: Urząd …" or "Could not find: kurs polskiego".
    pub label: String,
    pub text: String,
    pub passed_on: Option<PassedOn>,
    /// "Sent by e-mail", "Saved to a file"; `None` while waiting.
    pub passed_on_label: Option<String>,
}

impl Viewer<'_> {
    fn count_of(&self, id: &str, done: usize, total: usize) -> String {
        let mut args = Args::new();
        args.set("done", done);
        args.set("total", total);
        self.l10n.format(self.locale, id, Some(&args))
    }

    /// The name of a problem a reader can report ("Wrong opening hours").
    pub fn problem_name(&self, problem: Problem) -> String {
        self.msg(&format!("report-problem-{}", problem.as_str()))
    }

    /// A waiting or passed-on report; `service_name` is the service's name
    /// in the reader's language when the catalog still has it.
    pub fn report(&self, queued: &QueuedReport, service_name: Option<String>) -> ReportView {
        let report = &queued.report;
        let subject = match report.problem {
            Problem::Missing => report.query.clone().unwrap_or_default(),
            _ => service_name
                .or_else(|| report.service_name.clone())
                .unwrap_or_default(),
        };
        ReportView {
            id: queued.id,
            label: format!("{}: {subject}", self.problem_name(report.problem)),
            text: report.text.clone(),
            passed_on: queued.passed_on,
            passed_on_label: queued.passed_on.map(|how| {
                self.msg(match how {
                    PassedOn::Email => "report-passed-on-email",
                    PassedOn::File => "report-passed-on-file",
                })
            }),
        }
    }

    /// The e-mail a reader may send to the city: written in Polish for the
    /// city's staff, with the reader's own words as they wrote them.
    pub fn reports_email(&self, to: &str, reports: &[Report]) -> String {
        let polish = Viewer {
            locale: Locale::Pl,
            ..*self
        };
        let subject = polish.msg_with(
            "report-email-subject",
            &[("count", reports.len().to_string())],
        );
        let mut body = polish.msg("report-email-intro");
        body.push('\n');
        for (n, report) in reports.iter().enumerate() {
            body.push_str(&format!(
                "\n{}. {}\n",
                n + 1,
                polish.problem_name(report.problem)
            ));
            if let (Some(id), Some(name)) = (&report.service_id, &report.service_name) {
                body.push_str(&format!("{name} [{id}]\n"));
            }
            if let Some(query) = &report.query {
                body.push_str(
                    &polish.msg_with("report-email-searched", &[("query", query.clone())]),
                );
                body.push('\n');
            }
            if !report.text.trim().is_empty() {
                body.push_str(&polish.msg_with(
                    "report-email-words",
                    &[("language", polish.language_name(report.locale.code()))],
                ));
                body.push_str(&format!("\n{}\n", report.text.trim()));
            }
            body.push_str(&format!(
                "{} · {}\n",
                polish.city_name(report.city),
                report.created_at.format("%Y-%m-%d %H:%M UTC")
            ));
        }
        witaj_report::mailto(to, &subject, &body)
    }
}

impl Screens<'_> {
    /// The plan as its screen shows it; `ticks` says how many checklist
    /// items of a guide are ticked.
    pub fn plan(
        &self,
        items: &[PlanItem],
        ticks: impl Fn(CityId, &str) -> usize,
        reports: &[QueuedReport],
    ) -> Result<PlanScreen, CatalogError> {
        let viewer = &self.viewer;
        let mut entries = Vec::with_capacity(items.len());
        for saved in items {
            let mut entry = PlanEntry {
                item: saved.item.clone(),
                note: saved.note.clone(),
                done: saved.done,
                title: None,
                title_pl: None,
                open: None,
                address: None,
                checklist_label: None,
                gone_label: None,
            };
            match saved.item.kind {
                ItemKind::Service => {
                    if let Some(service) = self.catalog.service(&saved.item.id)? {
                        let detail = viewer.detail(&service);
                        entry.title_pl =
                            (viewer.locale != Locale::Pl).then(|| detail.summary.name_pl.clone());
                        entry.title = Some(detail.summary.name);
                        entry.open = Some(detail.summary.open);
                        entry.address = detail.summary.address;
                    }
                }
                ItemKind::Guide => {
                    if let Some(guide) =
                        self.catalog.guide(&saved.item.id, Some(saved.item.city))?
                    {
                        let view = viewer.guide(&guide);
                        if !view.checklist.is_empty() {
                            entry.checklist_label = Some(viewer.count_of(
                                "plan-checklist-progress",
                                ticks(saved.item.city, &saved.item.id),
                                view.checklist.len(),
                            ));
                        }
                        entry.title_pl = (viewer.locale != Locale::Pl)
                            .then(|| guide.title.get(Locale::Pl).to_owned());
                        entry.title = Some(view.title.text);
                    }
                }
            }
            if entry.title.is_none() {
                entry.gone_label = Some(viewer.msg("plan-gone"));
            }
            entries.push(entry);
        }
        let done = items.iter().filter(|item| item.done).count();
        Ok(PlanScreen {
            progress_label: viewer.count_of("plan-progress", done, items.len()),
            entries,
            reports: reports
                .iter()
                .map(|queued| {
                    let name = match &queued.report.service_id {
                        Some(id) => self.catalog.service(id)?.and_then(|service| {
                            service
                                .name
                                .resolve(viewer.locale)
                                .map(|(_, name)| name.to_owned())
                        }),
                        None => None,
                    };
                    Ok(viewer.report(queued, name))
                })
                .collect::<Result<_, CatalogError>>()?,
        })
    }

    /// The saved entries with all the printout shows, the reader's language
    /// beside Polish; entries no longer in the catalog are left out.
    pub fn plan_printout(&self, items: &[PlanItem]) -> Result<PlanPrintout, CatalogError> {
        let mut entries = Vec::new();
        for saved in items {
            let (service, guide) = match saved.item.kind {
                ItemKind::Service => (self.service(&saved.item.id)?, None),
                ItemKind::Guide => (None, self.guide(&saved.item.id, saved.item.city)?),
            };
            if service.is_some() || guide.is_some() {
                entries.push(PrintEntry {
                    note: saved.note.clone(),
                    done: saved.done,
                    service,
                    guide,
                });
            }
        }
        let polish = Viewer {
            locale: Locale::Pl,
            ..self.viewer
        };
        Ok(PlanPrintout {
            title: self.viewer.msg("plan-title"),
            title_pl: (self.viewer.locale != Locale::Pl).then(|| polish.msg("plan-title")),
            entries,
        })
    }

    /// Every saved service's contact card, in one vCard file.
    pub fn plan_vcards(&self, items: &[PlanItem]) -> Result<String, CatalogError> {
        let mut cards = String::new();
        for saved in items.iter().filter(|s| s.item.kind == ItemKind::Service) {
            if let Some(service) = self.catalog.service(&saved.item.id)? {
                cards.push_str(&contact_vcard(&service));
            }
        }
        Ok(cards)
    }
}
