//! The catalog and content commands.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Europe::Warsaw;
use clap::{Args, Subcommand};
use serde::Serialize;
use witaj_catalog::{Catalog, CatalogError, CategoryTerms, SearchRequest};
use witaj_content::{Content, ContentError, Severity};
use witaj_i18n::{I18nError, Localizer};
use witaj_model::{
    Category, CityId, Locale, UnknownCategory, UnknownCity, UnknownLocale, Verification,
};
use witaj_view::{Screens, Viewer};

use crate::CatalogArgs;

#[derive(Debug, thiserror::Error)]
pub(crate) enum CliError {
    #[error(transparent)]
    Catalog(#[from] CatalogError),
    #[error(transparent)]
    Content(#[from] ContentError),
    #[error(transparent)]
    I18n(#[from] I18nError),
    #[error(transparent)]
    City(#[from] UnknownCity),
    #[error(transparent)]
    Category(#[from] UnknownCategory),
    #[error(transparent)]
    Locale(#[from] UnknownLocale),
    #[error("no service with id `{0}`")]
    NotFound(String),
    #[error("`{value}` is not an RFC 3339 time (like 2026-11-26T10:00:00+01:00): {reason}")]
    Time { value: String, reason: String },
    #[error("--spoken `{0}` is not an ISO 639-1 code: expected two lowercase letters like uk")]
    Spoken(String),
    #[error(transparent)]
    Feed(#[from] witaj_feed::FeedError),
    #[error(transparent)]
    Speech(#[from] witaj_speech::SpeechError),
    #[error(transparent)]
    Hsds(#[from] witaj_hsds::HsdsError),
    #[error("--{flag} must be {expected}")]
    Argument {
        flag: &'static str,
        expected: &'static str,
    },
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

pub(crate) type CliResult = Result<ExitCode, CliError>;

/// The repository's content folder, for commands run without `--db`.
pub(crate) fn default_content_dir() -> PathBuf {
    std::env::var_os("WITAJ_CONTENT")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content"))
}

pub(crate) fn today() -> NaiveDate {
    Utc::now().with_timezone(&Warsaw).date_naive()
}

pub(crate) fn category_terms(l10n: &Localizer) -> CategoryTerms {
    CategoryTerms::from_iter(l10n.category_terms())
}

/// Writes all of `content` into `catalog` in one transaction.
pub(crate) fn write_content(catalog: &mut Catalog, content: &Content) -> Result<(), CatalogError> {
    let writer = catalog.writer()?;
    writer.write_content(
        &CityId::ALL,
        &content.services,
        &content.guides,
        &content.notices,
    )?;
    writer.commit()
}

pub(crate) fn open_catalog(args: &CatalogArgs, l10n: &Localizer) -> Result<Catalog, CliError> {
    let terms = category_terms(l10n);
    match &args.db {
        Some(path) => Ok(Catalog::open_existing(path, terms)?),
        None => {
            // Dates were checked when the content was linted (CI); a wrong
            // clock here must not drop entries.
            let content = witaj_content::compile(&default_content_dir())?;
            let mut catalog = Catalog::open_in_memory(terms)?;
            write_content(&mut catalog, &content)?;
            Ok(catalog)
        }
    }
}

fn parse_time(value: &str) -> Result<DateTime<Utc>, CliError> {
    DateTime::parse_from_rfc3339(value)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| CliError::Time {
            value: value.to_owned(),
            reason: e.to_string(),
        })
}

pub(crate) fn print_json<T: Serialize>(value: &T) {
    println!(
        "{}",
        serde_json::to_string_pretty(value).expect("views always serialize")
    );
}

#[derive(Debug, Args)]
pub(crate) struct SearchArgs {
    #[command(flatten)]
    catalog: CatalogArgs,
    /// City id, e.g. krakow.
    #[arg(long)]
    city: Option<String>,
    /// Category id, e.g. health.
    #[arg(long)]
    category: Option<String>,
    /// Reader's language for names and labels (pl, en, uk, ru, be, ka, ar, hi, vi, tr).
    #[arg(long, default_value = "en")]
    lang: String,
    /// Only services where this language (ISO 639-1) is spoken.
    #[arg(long, value_name = "LANG")]
    spoken: Option<String>,
    /// Only services free of charge.
    #[arg(long)]
    free: bool,
    /// Only services open at this RFC 3339 instant (hours are evaluated then).
    #[arg(long, value_name = "RFC3339", conflicts_with = "at")]
    open_at: Option<String>,
    /// Only services open now.
    #[arg(long, conflicts_with_all = ["open_at", "at"])]
    open_now: bool,
    /// Evaluate opening hours at this RFC 3339 instant without filtering.
    #[arg(long, value_name = "RFC3339")]
    at: Option<String>,
    #[arg(long, default_value_t = 20)]
    limit: usize,
    /// Print a JSON array.
    #[arg(long)]
    json: bool,
    /// Words to search for; none lists every service that passes the filters.
    query: Vec<String>,
}

pub(crate) fn search(args: SearchArgs) -> CliResult {
    let l10n = Localizer::bundled()?;
    let locale: Locale = args.lang.parse()?;
    if let Some(code) = &args.spoken
        && !(code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase()))
    {
        return Err(CliError::Spoken(code.clone()));
    }
    let now = match args.open_at.as_deref().or(args.at.as_deref()) {
        Some(value) => parse_time(value)?,
        None => Utc::now(),
    };
    let catalog = open_catalog(&args.catalog, &l10n)?;
    let request = SearchRequest {
        query: args.query.join(" "),
        city: args.city.as_deref().map(str::parse).transpose()?,
        category: args
            .category
            .as_deref()
            .map(str::parse::<Category>)
            .transpose()?,
        spoken: args.spoken,
        free_only: args.free,
        open_only: args.open_at.is_some() || args.open_now,
        now,
        locale,
        limit: args.limit,
    };
    let viewer = Viewer {
        l10n: &l10n,
        locale,
        now,
    };
    let results = catalog.search(&request)?;
    let views: Vec<_> = results.iter().map(|r| viewer.search_result(r)).collect();
    if args.json {
        print_json(&views);
    } else {
        println!("{}", viewer.count_label(views.len()));
        if views.is_empty()
            && let Some(suggestion) = catalog.spelling_suggestion(&request)?
        {
            let mut words = witaj_i18n::Args::new();
            words.set("query", suggestion);
            println!(
                "{}",
                l10n.format(locale, "search-did-you-mean", Some(&words))
            );
        }
        for view in &views {
            println!();
            println!("{}  [{}]", view.name, view.id);
            if view.name_pl != view.name {
                println!("  {}", view.name_pl);
            }
            println!("  {} · {}", view.category_name, view.open.label);
            if let Some(address) = &view.address {
                println!("  {address}");
            }
            for phone in &view.phones {
                println!("  {phone}");
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Debug, Args)]
pub(crate) struct ShowArgs {
    #[command(flatten)]
    catalog: CatalogArgs,
    #[arg(long, default_value = "en")]
    lang: String,
    #[arg(long)]
    json: bool,
    /// Service id, as printed by `witaj search`.
    id: String,
}

pub(crate) fn show(args: ShowArgs) -> CliResult {
    let l10n = Localizer::bundled()?;
    let locale: Locale = args.lang.parse()?;
    let catalog = open_catalog(&args.catalog, &l10n)?;
    let service = catalog
        .service(&args.id)?
        .ok_or_else(|| CliError::NotFound(args.id.clone()))?;
    let viewer = Viewer {
        l10n: &l10n,
        locale,
        now: Utc::now(),
    };
    let detail = viewer.detail(&service);
    if args.json {
        print_json(&detail);
        return Ok(ExitCode::SUCCESS);
    }
    let label = |id: &str| l10n.format(locale, id, None);
    let s = &detail.summary;
    println!("{}", s.name);
    if s.name_pl != s.name {
        println!("{}: {}", label("service-polish-name"), s.name_pl);
    }
    println!("{} · {} · {}", s.city_name, s.category_name, s.open.label);
    for (heading, text) in [
        ("service-what", &detail.description),
        ("service-how", &detail.application_process),
        ("service-cost", &detail.fees),
    ] {
        if let Some(text) = text {
            println!("\n{}\n{}", label(heading), text.text);
        }
    }
    if !detail.documents.is_empty() {
        println!("\n{}", label("service-documents"));
        for document in &detail.documents {
            println!("  - {}", document.text);
        }
    }
    if let Some(address) = &s.address {
        println!("\n{}: {address}", label("service-address"));
    }
    for phone in &detail.phone_details {
        println!("{}: {}", label("service-phones"), phone.number);
    }
    if let Some(website) = &detail.website {
        println!("{}: {website}", label("service-website"));
    }
    if !detail.week.is_empty() {
        println!("\n{}", label("hours-week"));
        for day in &detail.week {
            let spans = if day.spans.is_empty() {
                label("hours-day-closed")
            } else {
                day.spans.join(", ")
            };
            let holiday = day
                .holiday
                .as_deref()
                .map(|h| format!(" ({h})"))
                .unwrap_or_default();
            println!("  {} {}: {spans}{holiday}", day.weekday, day.date);
        }
    }
    if !detail.language_names.is_empty() {
        println!(
            "\n{}: {}",
            label("service-languages"),
            detail.language_names.join(", ")
        );
    }
    println!(
        "\n{} · {}: {}",
        viewer.last_verified_label(s.last_verified),
        label("service-source"),
        detail.source_url
    );
    Ok(ExitCode::SUCCESS)
}

#[derive(Debug, Args)]
pub(crate) struct CitiesArgs {
    #[command(flatten)]
    catalog: CatalogArgs,
    #[arg(long, default_value = "en")]
    lang: String,
    #[arg(long)]
    json: bool,
}

#[derive(Serialize)]
struct CityView {
    id: CityId,
    name: String,
    name_pl: &'static str,
    voivodeship: &'static str,
    services: u32,
}

pub(crate) fn cities(args: CitiesArgs) -> CliResult {
    let l10n = Localizer::bundled()?;
    let locale: Locale = args.lang.parse()?;
    let catalog = open_catalog(&args.catalog, &l10n)?;
    let viewer = Viewer {
        l10n: &l10n,
        locale,
        now: Utc::now(),
    };
    let views: Vec<CityView> = catalog
        .cities()?
        .into_iter()
        .map(|c| CityView {
            id: c.city,
            name: viewer.city_name(c.city),
            name_pl: c.city.info().name_pl,
            voivodeship: c.city.info().voivodeship,
            services: c.services,
        })
        .collect();
    if args.json {
        print_json(&views);
    } else {
        for city in &views {
            println!(
                "{:<10} {:<12} {:>4}",
                city.id.as_str(),
                city.name,
                city.services
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Debug, Args)]
pub(crate) struct CategoriesArgs {
    #[command(flatten)]
    catalog: CatalogArgs,
    #[arg(long, default_value = "en")]
    lang: String,
    /// Count services of this city only.
    #[arg(long)]
    city: Option<String>,
    #[arg(long)]
    json: bool,
}

#[derive(Serialize)]
struct CategoryView {
    id: Category,
    name: String,
    services: u32,
}

pub(crate) fn categories(args: CategoriesArgs) -> CliResult {
    let l10n = Localizer::bundled()?;
    let locale: Locale = args.lang.parse()?;
    let city: Option<CityId> = args.city.as_deref().map(str::parse).transpose()?;
    let catalog = open_catalog(&args.catalog, &l10n)?;
    let viewer = Viewer {
        l10n: &l10n,
        locale,
        now: Utc::now(),
    };
    let views: Vec<CategoryView> = catalog
        .category_counts(city)?
        .into_iter()
        .map(|c| CategoryView {
            id: c.category,
            name: viewer.category_name(c.category),
            services: c.services,
        })
        .collect();
    if args.json {
        print_json(&views);
    } else {
        for category in &views {
            println!(
                "{:<20} {:<40} {:>4}",
                category.id.as_str(),
                category.name,
                category.services
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Debug, Args)]
pub(crate) struct NoticesArgs {
    #[command(flatten)]
    catalog: CatalogArgs,
    /// Notices for this city (and those for every city); without it, all.
    #[arg(long)]
    city: Option<String>,
    #[arg(long, default_value = "en")]
    lang: String,
    /// The notices in force at this RFC 3339 instant (default: now).
    #[arg(long, value_name = "RFC3339")]
    at: Option<String>,
    #[arg(long)]
    json: bool,
}

/// `witaj notices`: the announcements in force, most urgent first.
pub(crate) fn notices(args: NoticesArgs) -> CliResult {
    let l10n = Localizer::bundled()?;
    let locale: Locale = args.lang.parse()?;
    let city = args.city.as_deref().map(str::parse::<CityId>).transpose()?;
    let now = args
        .at
        .as_deref()
        .map(parse_time)
        .transpose()?
        .unwrap_or_else(Utc::now);
    let catalog = open_catalog(&args.catalog, &l10n)?;
    let screens = Screens {
        catalog: &catalog,
        viewer: Viewer {
            l10n: &l10n,
            locale,
            now,
        },
    };
    let notices = screens.notices(city)?;
    if args.json {
        print_json(&notices);
    } else {
        for notice in &notices {
            println!(
                "[{}] {}  ({} – {})\n  {}{}\n",
                notice.severity_label,
                notice.title,
                notice.valid_from,
                notice.valid_until,
                notice.body,
                notice
                    .link
                    .as_ref()
                    .map(|l| format!("\n  {l}"))
                    .unwrap_or_default()
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Debug, Args)]
pub(crate) struct GuidesArgs {
    #[command(flatten)]
    catalog: CatalogArgs,
    /// Show the guides a reader in this city sees (national and the city's own).
    #[arg(long)]
    city: Option<String>,
    #[arg(long, default_value = "en")]
    lang: String,
    #[arg(long)]
    json: bool,
    /// Words to look for; none lists every guide.
    query: Vec<String>,
}

/// How many guides a search for words lists.
const GUIDES_LISTED: usize = 10;

pub(crate) fn guides(args: GuidesArgs) -> CliResult {
    let l10n = Localizer::bundled()?;
    let locale: Locale = args.lang.parse()?;
    let catalog = open_catalog(&args.catalog, &l10n)?;
    let screens = Screens {
        catalog: &catalog,
        viewer: Viewer {
            l10n: &l10n,
            locale,
            now: Utc::now(),
        },
    };
    let city = args.city.as_deref().map(str::parse::<CityId>).transpose()?;
    let guides = screens.find_guides(&args.query.join(" "), city, GUIDES_LISTED)?;
    if args.json {
        print_json(&guides);
    } else {
        for guide in &guides {
            let owner = guide
                .owner_label
                .as_ref()
                .map(|label| format!(" ({label})"))
                .unwrap_or_default();
            println!(
                "{}{owner}  [{}]\n  {}\n",
                guide.title, guide.id, guide.summary
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Debug, Args)]
pub(crate) struct GuideArgs {
    #[command(flatten)]
    catalog: CatalogArgs,
    #[arg(long, default_value = "en")]
    lang: String,
    /// The city whose offices are listed.
    #[arg(long, default_value = "warszawa")]
    city: String,
    #[arg(long)]
    json: bool,
    id: String,
}

pub(crate) fn guide(args: GuideArgs) -> CliResult {
    let l10n = Localizer::bundled()?;
    let locale: Locale = args.lang.parse()?;
    let city: CityId = args.city.parse()?;
    let catalog = open_catalog(&args.catalog, &l10n)?;
    let screens = Screens {
        catalog: &catalog,
        viewer: Viewer {
            l10n: &l10n,
            locale,
            now: Utc::now(),
        },
    };
    let screen = screens
        .guide(&args.id, city)?
        .ok_or_else(|| CliError::NotFound(args.id.clone()))?;
    if args.json {
        print_json(&screen);
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "{}\n{}\n",
        screen.guide.title.text, screen.guide.summary.text
    );
    println!("{}", l10n.format(locale, "guide-checklist", None));
    for item in &screen.guide.checklist {
        println!("  [ ] {}", item.text);
    }
    for (step, view) in screen.steps.iter().zip(&screen.guide.steps) {
        println!("\n{} {}\n{}", step.number_label, step.title, view.body.text);
    }
    for group in &screen.offices {
        println!("\n{}", group.heading);
        if group.services.is_empty() {
            println!("  {}", group.empty_label);
        }
        for service in &group.services {
            println!(
                "  {}  [{}] · {}",
                service.name, service.id, service.open.label
            );
        }
    }
    println!("\n{}", screen.last_verified_label);
    Ok(ExitCode::SUCCESS)
}

#[derive(Debug, Subcommand)]
pub(crate) enum ContentCommand {
    /// Compile a content folder into a catalog database.
    Build {
        content_dir: PathBuf,
        #[arg(long, value_name = "DB")]
        out: PathBuf,
    },
    /// Check a content folder; exits non-zero on any error.
    Lint {
        content_dir: PathBuf,
        /// Print diagnostics and coverage as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Per-city counts by category and per-language coverage.
    Stats {
        content_dir: PathBuf,
        #[arg(long)]
        json: bool,
    },
}

/// Services, categories, verification and translation coverage per city,
/// for people.
fn print_stats(stats: &witaj_content::ContentStats) {
    let mut header = format!(
        "{:<10} {:>8} {:>6} {:>10} {:>7} {:>9}",
        "city", "services", "active", "categories", "drafted", "confirmed"
    );
    for locale in Locale::ALL {
        header.push_str(&format!(" {:>5}", format!("{locale}%")));
    }
    println!("{header}");
    for city in stats.cities.iter().filter(|c| c.services > 0) {
        let count = |v: Verification| city.verification.get(&v).copied().unwrap_or(0);
        let mut line = format!(
            "{:<10} {:>8} {:>6} {:>10} {:>7} {:>9}",
            city.city.as_str(),
            city.services,
            city.active,
            city.categories,
            count(Verification::Drafted),
            count(Verification::Confirmed)
        );
        for locale in Locale::ALL {
            line.push_str(&format!(" {:>5}", city.coverage[&locale].percent));
        }
        println!("{line}");
    }
    println!("guides: {}", stats.guides);
}

#[derive(Serialize)]
struct LintReport<'a> {
    ok: bool,
    files: usize,
    errors: usize,
    warnings: usize,
    diagnostics: &'a [witaj_content::Diagnostic],
    stats: witaj_content::ContentStats,
}

pub(crate) fn content(command: ContentCommand) -> CliResult {
    match command {
        ContentCommand::Build { content_dir, out } => {
            let (content, warnings) = witaj_content::load_valid(&content_dir, today())?;
            for warning in &warnings {
                eprintln!("{warning}");
            }
            let l10n = Localizer::bundled()?;
            if out.exists() {
                std::fs::remove_file(&out).map_err(|source| CliError::Write {
                    path: out.clone(),
                    source,
                })?;
            }
            let mut catalog = Catalog::open(&out, category_terms(&l10n))?;
            write_content(&mut catalog, &content)?;
            println!(
                "{}: {} services, {} guides",
                out.display(),
                content.services.len(),
                content.guides.len()
            );
            Ok(ExitCode::SUCCESS)
        }
        ContentCommand::Lint { content_dir, json } => {
            let loaded = witaj_content::load(&content_dir, today())?;
            let errors = loaded
                .diagnostics
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .count();
            let warnings = loaded.diagnostics.len() - errors;
            if json {
                print_json(&LintReport {
                    ok: errors == 0,
                    files: loaded.files,
                    errors,
                    warnings,
                    diagnostics: &loaded.diagnostics,
                    stats: witaj_content::stats(&loaded.content),
                });
            } else {
                for diagnostic in &loaded.diagnostics {
                    println!("{diagnostic}");
                }
                print_stats(&witaj_content::stats(&loaded.content));
                println!(
                    "{} files checked: {errors} error(s), {warnings} warning(s)",
                    loaded.files
                );
            }
            Ok(if errors == 0 {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
        ContentCommand::Stats { content_dir, json } => {
            let loaded = witaj_content::load(&content_dir, today())?;
            let stats = witaj_content::stats(&loaded.content);
            if json {
                print_json(&stats);
            } else {
                print_stats(&stats);
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// `witaj bench`: the benchmark lives in its own binary, so the shipped
/// `witaj` carries none of it; this runs `witaj-bench` from beside it.
pub(crate) fn bench(args: &[String]) -> CliResult {
    let beside = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|dir| dir.join("witaj-bench")))
        .filter(|path| path.is_file())
        .ok_or(CliError::Argument {
            flag: "bench",
            expected: "run where witaj-bench was built too (cargo build -p witaj-bench)",
        })?;
    let status = std::process::Command::new(&beside)
        .args(args)
        .status()
        .map_err(|source| CliError::Write {
            path: beside.clone(),
            source,
        })?;
    Ok(if status.success() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

#[derive(Debug, Args)]
pub(crate) struct SpeakArgs {
    #[arg(long, default_value = "pl")]
    lang: String,
    /// Write the speech here as WAV; without it, play it.
    #[arg(long, value_name = "FILE.wav")]
    out: Option<PathBuf>,
    /// What to say; phone numbers and postal codes are read digit by digit.
    #[arg(required = true)]
    text: Vec<String>,
}

/// `witaj speak`: reads text aloud with espeak-ng, offline.
pub(crate) fn speak(args: SpeakArgs) -> CliResult {
    let locale: Locale = args.lang.parse()?;
    let mut utterance = witaj_speech::Utterance::new();
    utterance.say(locale, &args.text.join(" "));
    let wav = witaj_speech::Espeak::default().wav(&utterance)?;
    let path = args.out.clone().unwrap_or_else(|| {
        std::env::temp_dir().join(format!("witaj-speech-{}.wav", std::process::id()))
    });
    std::fs::write(&path, &wav).map_err(|source| CliError::Write {
        path: path.clone(),
        source,
    })?;
    if args.out.is_some() {
        return Ok(ExitCode::SUCCESS);
    }
    // No file asked for: play it on the first player that finds a sound device.
    let played = ["paplay", "aplay", "pw-play"].iter().any(|player| {
        std::process::Command::new(player)
            .arg(&path)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|status| status.success())
    });
    let _ = std::fs::remove_file(&path);
    if played {
        Ok(ExitCode::SUCCESS)
    } else {
        Err(CliError::Argument {
            flag: "out",
            expected: "given: no sound device was found to play on (write a file with --out FILE.wav)",
        })
    }
}
