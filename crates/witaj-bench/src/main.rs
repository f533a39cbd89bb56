//! `witaj-bench` (also run as `witaj bench`): search latency and recall per
//! query class, over the real catalog and a generated multilingual one,
//! beside a plain SQLite FTS5 baseline measured in the same run on the same
//! queries; cold open to first result and the peak memory of a one-shot
//! `witaj search --db`; the saved index's size; and the time to verify and
//! apply a large city feed, index included.
//!
//! A query "finds" its target when the target is among the first 20 results.
//! This is a tool for developers; the `witaj` binary only forwards to it.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use chrono::{NaiveDate, Utc};
use clap::Parser;
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use rusqlite::Connection;
use witaj_catalog::{Catalog, SearchRequest};
use witaj_i18n::Localizer;
use witaj_model::{
    Address, Category, CityId, Locale, LocalizedText, Location, Organization, Service,
    ServiceStatus,
};

type CliError = Box<dyn std::error::Error>;

fn category_terms(l10n: &Localizer) -> witaj_catalog::CategoryTerms {
    witaj_catalog::CategoryTerms::from_iter(l10n.category_terms())
}

/// Writes all of `content` into `catalog` in one transaction.
fn write_content(
    catalog: &mut Catalog,
    content: &witaj_content::Content,
) -> Result<(), witaj_catalog::CatalogError> {
    catalog.replace_cities(&CityId::ALL, &content.services, &content.guides, &[])
}

/// The repository's content folder (or `WITAJ_CONTENT`).
fn content_dir() -> PathBuf {
    std::env::var_os("WITAJ_CONTENT")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../content")))
}

#[derive(Debug, Parser)]
#[command(name = "witaj-bench", about = "Witaj search and feed benchmark")]
struct BenchArgs {
    /// Size of the generated catalog (0 skips it).
    #[arg(long, default_value_t = 100_000)]
    services: usize,
    /// Queries per class.
    #[arg(long, default_value_t = 200)]
    queries: usize,
    #[arg(long, default_value_t = 7)]
    seed: u64,
    /// Size of the single-city feed whose verify and apply are timed (0 skips it).
    #[arg(long, default_value_t = 10_000)]
    feed_services: usize,
    /// Keep the generated catalog here instead of a temporary file.
    #[arg(long, value_name = "PATH")]
    keep_db: Option<PathBuf>,
}

const TOP: usize = 20;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    Exact,
    NoDiacritics,
    Prefix,
    OneTypo,
    CrossScript,
}

impl Class {
    const ALL: [Class; 5] = [
        Class::Exact,
        Class::NoDiacritics,
        Class::Prefix,
        Class::OneTypo,
        Class::CrossScript,
    ];

    fn name(self) -> &'static str {
        match self {
            Class::Exact => "exact",
            Class::NoDiacritics => "no-diacritics",
            Class::Prefix => "prefix",
            Class::OneTypo => "one-typo",
            Class::CrossScript => "cross-script",
        }
    }
}

struct Query {
    class: Class,
    text: String,
    city: CityId,
    target: String,
}

fn main() -> ExitCode {
    match run(BenchArgs::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("witaj-bench: {error}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: BenchArgs) -> Result<(), CliError> {
    let l10n = Localizer::bundled()?;
    let mut rng = StdRng::seed_from_u64(args.seed);

    println!("== real catalog (content/) ==");
    let work = std::env::temp_dir().join(format!("witaj-bench-real-{}", std::process::id()));
    std::fs::create_dir_all(&work)?;
    let real_path = work.join("catalog.sqlite");
    let started = Instant::now();
    let content = witaj_content::compile(&content_dir())?;
    let mut catalog = Catalog::open(&real_path, category_terms(&l10n))?;
    write_content(&mut catalog, &content)?;
    let services = catalog.services(None)?;
    let queries = make_queries(&services, args.queries, &mut rng);
    let first = Instant::now();
    catalog.search(&SearchRequest::new("urzad", Utc::now()))?;
    println!(
        "compile content + open: {:.1} ms; index build + first query: {:.1} ms; {} services",
        (first - started).as_secs_f64() * 1e3,
        first.elapsed().as_secs_f64() * 1e3,
        services.len()
    );
    report_index(&real_path)?;
    cold_open(&real_path, &l10n)?;
    one_shot(&real_path);
    measure(&catalog, &services, &queries)?;
    drop(catalog);
    let _ = std::fs::remove_dir_all(&work);

    if args.feed_services > 0 {
        bench_feed(args.feed_services, &l10n, &mut rng)?;
    }

    if args.services > 0 {
        println!(
            "\n== generated catalog: {} services, pl/en/uk text ==",
            args.services
        );
        let temp = std::env::temp_dir().join(format!("witaj-bench-{}.sqlite", std::process::id()));
        let path = args.keep_db.clone().unwrap_or(temp);
        let _ = std::fs::remove_file(&path);
        let generated = generate(args.services, &mut rng);
        let started = Instant::now();
        let mut catalog = Catalog::open(&path, category_terms(&l10n))?;
        let content = witaj_content::Content {
            services: generated,
            guides: Vec::new(),
            notices: Vec::new(),
        };
        write_content(&mut catalog, &content)?;
        let written = started.elapsed();
        let started = Instant::now();
        catalog.search(&SearchRequest::new("urzad", Utc::now()))?;
        println!(
            "write catalog: {:.2} s; load + index build + first query: {:.2} s",
            written.as_secs_f64(),
            started.elapsed().as_secs_f64()
        );
        report_index(&path)?;
        cold_open(&path, &l10n)?;
        one_shot(&path);
        let queries = make_queries(&content.services, args.queries, &mut rng);
        measure(&catalog, &content.services, &queries)?;
        if args.keep_db.is_none() {
            drop(catalog);
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
            }
        }
    }
    Ok(())
}

/// The saved index: its bytes in the catalog file, per city and in all.
fn report_index(path: &Path) -> Result<(), CliError> {
    let conn = Connection::open(path)?;
    let (cities, bytes): (i64, i64) = conn.query_row(
        "SELECT count(*), ifnull(sum(length(bytes)), 0) FROM search_index",
        [],
        |row| Ok((row.get(0)?, row.get(1)?)),
    )?;
    let largest: i64 = conn.query_row(
        "SELECT ifnull(max(length(bytes)), 0) FROM search_index",
        [],
        |row| row.get(0),
    )?;
    println!(
        "saved search index: {cities} cities, {:.1} MB in all, largest city {:.1} MB",
        bytes as f64 / 1e6,
        largest as f64 / 1e6
    );
    Ok(())
}

/// A fresh connection (as after a restart): open, then the first result for
/// a city, which reads that city's saved index.
fn cold_open(path: &Path, l10n: &Localizer) -> Result<(), CliError> {
    let terms = category_terms(l10n);
    let started = Instant::now();
    let catalog = Catalog::open_existing(path, terms)?;
    let mut request = SearchRequest::new("urzad pracy", Utc::now());
    request.city = Some(CityId::Krakow);
    let found = catalog.search(&request)?.len();
    println!(
        "cold open → first result (Kraków, saved index): {:.1} ms ({found} results)",
        started.elapsed().as_secs_f64() * 1e3
    );
    Ok(())
}

/// A one-shot `witaj search --db` in its own process: wall time and peak
/// resident memory (from GNU time, when it is installed).
fn one_shot(path: &Path) {
    let Some(witaj) = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|dir| dir.join("witaj")))
        .filter(|w| w.is_file())
    else {
        println!("one-shot witaj search: skipped (build witaj beside witaj-bench)");
        return;
    };
    let args = [
        "search",
        "--db",
        &path.display().to_string(),
        "--city",
        "krakow",
        "--json",
        "urzad pracy",
    ]
    .map(str::to_owned);
    let timer = Path::new("/usr/bin/time");
    let started = Instant::now();
    let output = if timer.is_file() {
        std::process::Command::new(timer)
            .arg("-f")
            .arg("%M")
            .arg(&witaj)
            .args(&args)
            .output()
    } else {
        std::process::Command::new(&witaj).args(&args).output()
    };
    let elapsed = started.elapsed();
    match output {
        Ok(output) if output.status.success() => {
            let peak = String::from_utf8_lossy(&output.stderr)
                .lines()
                .last()
                .and_then(|line| line.trim().parse::<f64>().ok())
                .map_or_else(
                    || "n/a (install GNU time)".to_owned(),
                    |kib| format!("{:.1} MiB", kib / 1024.0),
                );
            println!(
                "one-shot `witaj search --db … --city krakow`: {:.0} ms, peak memory {peak}",
                elapsed.as_secs_f64() * 1e3
            );
        }
        _ => println!("one-shot witaj search: failed to run {}", witaj.display()),
    }
}

/// Times building, verifying and applying one city's feed of `count` services.
fn bench_feed(count: usize, l10n: &Localizer, rng: &mut StdRng) -> Result<(), CliError> {
    println!("\n== feed of {count} services for one city ==");
    let work = std::env::temp_dir().join(format!("witaj-bench-feed-{}", std::process::id()));
    std::fs::create_dir_all(&work)?;
    witaj_feed::generate_keys(&work.join("keys"), None)?;
    let key = witaj_feed::SecretKey::from_file(&work.join("keys/feed.key"), None)?;
    let public = witaj_feed::PublicKey::from_file(&work.join("keys/feed.pub"))?;
    let services: Vec<Service> = generate(count * CityId::ALL.len(), rng)
        .into_iter()
        .filter(|s| s.city == CityId::Krakow)
        .take(count)
        .collect();
    let options = witaj_feed::BuildOptions {
        city: CityId::Krakow,
        version: Some(1),
        issued: Utc::now(),
        expires_in_days: 30,
        min_app: "0.1.0".to_owned(),
    };
    let started = Instant::now();
    let report = witaj_feed::build_feed(
        services,
        Vec::new(),
        Vec::new(),
        &key,
        &work.join("feed"),
        &options,
    )?;
    let built = started.elapsed();
    let size: u64 = report.files.iter().map(|f| f.size).sum();
    let mut catalog = Catalog::open(&work.join("catalog.sqlite"), category_terms(l10n))?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let source = witaj_feed::Source::Dir(work.join("feed"));
    let sync_options = witaj_feed::SyncOptions::new(Utc::now());
    let started = Instant::now();
    let outcome = runtime.block_on(witaj_feed::fetch_update(
        &source,
        std::slice::from_ref(&public),
        None,
        &[],
        &sync_options,
    ))?;
    let verified = started.elapsed();
    let witaj_feed::Outcome::Update(update) = outcome else {
        return Ok(());
    };
    let started = Instant::now();
    witaj_feed::apply(&mut catalog, &update, Utc::now())?;
    let applied = started.elapsed();
    println!(
        "build + sign: {:.2} s; payload {:.1} MB compressed; read + verify + decompress + validate: {:.2} s; apply (one transaction): {:.2} s",
        built.as_secs_f64(),
        size as f64 / 1e6,
        verified.as_secs_f64(),
        applied.as_secs_f64()
    );
    drop(catalog);
    let _ = std::fs::remove_dir_all(&work);
    Ok(())
}

fn measure(catalog: &Catalog, services: &[Service], queries: &[Query]) -> Result<(), CliError> {
    let fts = Fts::build(services)?;
    let now = "2026-11-26T10:00:00Z".parse().expect("valid instant");
    println!(
        "{:<14} {:>5}  {:>26}  {:>7}   {:>26}  {:>7}",
        "class", "n", "witaj p50/p95/p99/max ms", "found", "fts5 p50/p95/p99/max ms", "found"
    );
    let mut all_witaj = Vec::new();
    let mut all_fts = Vec::new();
    for class in Class::ALL {
        let class_queries: Vec<&Query> = queries.iter().filter(|q| q.class == class).collect();
        let (mut witaj_times, mut fts_times) = (Vec::new(), Vec::new());
        let (mut witaj_found, mut fts_found) = (0, 0);
        for query in &class_queries {
            let mut request = SearchRequest::new(query.text.clone(), now);
            request.city = Some(query.city);
            request.limit = TOP;
            let started = Instant::now();
            let results = catalog.search(&request)?;
            witaj_times.push(started.elapsed());
            witaj_found += usize::from(results.iter().any(|r| r.service.id == query.target));

            let started = Instant::now();
            let ids = fts.search(&query.text, query.city)?;
            fts_times.push(started.elapsed());
            fts_found += usize::from(ids.contains(&query.target));
        }
        let n = class_queries.len().max(1);
        println!(
            "{:<14} {:>5}  {:>26}  {:>6.1}%   {:>26}  {:>6.1}%",
            class.name(),
            class_queries.len(),
            percentiles(&mut witaj_times),
            witaj_found as f64 * 100.0 / n as f64,
            percentiles(&mut fts_times),
            fts_found as f64 * 100.0 / n as f64,
        );
        all_witaj.extend(witaj_times);
        all_fts.extend(fts_times);
    }
    println!(
        "{:<14} {:>5}  {:>26}  {:>7}   {:>26}",
        "all",
        all_witaj.len(),
        percentiles(&mut all_witaj),
        "",
        percentiles(&mut all_fts)
    );
    Ok(())
}

fn percentiles(times: &mut [Duration]) -> String {
    if times.is_empty() {
        return "-".to_owned();
    }
    times.sort();
    let at = |p: f64| {
        times[((times.len() as f64 * p).ceil() as usize).clamp(1, times.len()) - 1].as_secs_f64()
            * 1e3
    };
    format!(
        "{:.2}/{:.2}/{:.2}/{:.2}",
        at(0.50),
        at(0.95),
        at(0.99),
        at(1.0)
    )
}

/// The baseline: SQLite FTS5 with diacritics removed and prefix indexes,
/// ranked by bm25 — what one would build first.
struct Fts {
    conn: Connection,
}

impl Fts {
    fn build(services: &[Service]) -> Result<Self, CliError> {
        let conn = Connection::open_in_memory()?;
        let run = |sql: &str| {
            conn.execute_batch(sql)
                .map_err(witaj_catalog::CatalogError::from)
        };
        run(
            "CREATE VIRTUAL TABLE fts USING fts5(id UNINDEXED, city UNINDEXED, name, description,
             tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');",
        )?;
        run("BEGIN")?;
        {
            let mut insert = conn
                .prepare("INSERT INTO fts (id, city, name, description) VALUES (?1, ?2, ?3, ?4)")
                .map_err(witaj_catalog::CatalogError::from)?;
            for service in services {
                let join = |text: &LocalizedText| {
                    text.iter().map(|(_, t)| t).collect::<Vec<_>>().join(" ")
                };
                insert
                    .execute(rusqlite::params![
                        service.id,
                        service.city.as_str(),
                        join(&service.name),
                        join(&service.description)
                    ])
                    .map_err(witaj_catalog::CatalogError::from)?;
            }
        }
        run("COMMIT")?;
        Ok(Self { conn })
    }

    fn search(&self, query: &str, city: CityId) -> Result<Vec<String>, CliError> {
        let words: Vec<String> = query
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| format!("\"{}\"", w.replace('"', "")))
            .collect();
        if words.is_empty() {
            return Ok(Vec::new());
        }
        let expression = format!("{}*", words.join(" "));
        let mut statement = self
            .conn
            .prepare_cached(
                "SELECT id FROM fts WHERE fts MATCH ?1 AND city = ?2 ORDER BY bm25(fts) LIMIT 20",
            )
            .map_err(witaj_catalog::CatalogError::from)?;
        let ids = statement
            .query_map(rusqlite::params![expression, city.as_str()], |row| {
                row.get(0)
            })
            .map_err(witaj_catalog::CatalogError::from)?
            .collect::<Result<Vec<String>, _>>()
            .map_err(witaj_catalog::CatalogError::from)?;
        Ok(ids)
    }
}

fn strip_polish(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'ą' => 'a',
            'ć' => 'c',
            'ę' => 'e',
            'ł' => 'l',
            'ń' => 'n',
            'ó' => 'o',
            'ś' => 's',
            'ź' | 'ż' => 'z',
            'Ą' => 'A',
            'Ć' => 'C',
            'Ę' => 'E',
            'Ł' => 'L',
            'Ń' => 'N',
            'Ó' => 'O',
            'Ś' => 'S',
            'Ź' | 'Ż' => 'Z',
            c => c,
        })
        .collect()
}

/// Polish spelling typed phonetically in Ukrainian Cyrillic, as a newcomer
/// would write a Polish name they heard.
fn polish_to_cyrillic(text: &str) -> String {
    const DIGRAPHS: [(&str, &str); 6] = [
        ("szcz", "щ"),
        ("sz", "ш"),
        ("cz", "ч"),
        ("ch", "х"),
        ("rz", "ж"),
        ("ie", "є"),
    ];
    let lower = text.to_lowercase();
    let mut out = String::new();
    let mut rest = lower.as_str();
    while let Some(c) = rest.chars().next() {
        if let Some((from, to)) = DIGRAPHS.iter().find(|(from, _)| rest.starts_with(from)) {
            out.push_str(to);
            rest = &rest[from.len()..];
            continue;
        }
        let mapped = match c {
            'a' | 'ą' => "а",
            'b' => "б",
            'c' => "ц",
            'ć' => "ць",
            'd' => "д",
            'e' | 'ę' => "е",
            'f' => "ф",
            'g' => "г",
            'h' => "х",
            'i' => "і",
            'j' => "й",
            'k' => "к",
            'l' => "л",
            'ł' => "л",
            'm' => "м",
            'n' => "н",
            'ń' => "нь",
            'o' => "о",
            'ó' => "у",
            'p' => "п",
            'r' => "р",
            's' => "с",
            'ś' => "сь",
            't' => "т",
            'u' => "у",
            'w' => "в",
            'y' => "и",
            'z' => "з",
            'ź' => "зь",
            'ż' => "ж",
            _ => "",
        };
        if mapped.is_empty() {
            out.push(c);
        } else {
            out.push_str(mapped);
        }
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// Ukrainian Cyrillic in the passport (KMU 2010) romanisation.
fn ukrainian_to_latin(text: &str) -> String {
    text.to_lowercase().chars().map(ukrainian_letter).collect()
}

fn ukrainian_letter(c: char) -> String {
    let table = [
        ('а', "a"),
        ('б', "b"),
        ('в', "v"),
        ('г', "h"),
        ('ґ', "g"),
        ('д', "d"),
        ('е', "e"),
        ('є', "ie"),
        ('ж', "zh"),
        ('з', "z"),
        ('и', "y"),
        ('і', "i"),
        ('ї', "i"),
        ('й', "i"),
        ('к', "k"),
        ('л', "l"),
        ('м', "m"),
        ('н', "n"),
        ('о', "o"),
        ('п', "p"),
        ('р', "r"),
        ('с', "s"),
        ('т', "t"),
        ('у', "u"),
        ('ф', "f"),
        ('х', "kh"),
        ('ц', "ts"),
        ('ч', "ch"),
        ('ш', "sh"),
        ('щ', "shch"),
        ('ю', "iu"),
        ('я', "ia"),
    ];
    if matches!(c, 'ь' | '\'' | '’') {
        return String::new();
    }
    table
        .iter()
        .find(|(from, _)| *from == c)
        .map_or_else(|| c.to_string(), |(_, to)| (*to).to_owned())
}

/// One edit (substitution, deletion, insertion or transposition) inside the
/// longest word of at least five letters, never its first letter.
fn with_typo(text: &str, rng: &mut StdRng) -> Option<String> {
    let words: Vec<&str> = text.split(' ').collect();
    let (index, word) = words
        .iter()
        .enumerate()
        .filter(|(_, w)| w.chars().count() >= 5)
        .max_by_key(|(_, w)| w.chars().count())?;
    let mut letters: Vec<char> = word.chars().collect();
    let at = rng.random_range(1..letters.len() - 1);
    match rng.random_range(0..4) {
        0 => letters[at] = if letters[at] == 'e' { 'a' } else { 'e' },
        1 => {
            letters.remove(at);
        }
        2 => letters.insert(at, letters[at]),
        _ => letters.swap(at, at + 1),
    }
    let mut words: Vec<String> = words.iter().map(|w| (*w).to_owned()).collect();
    words[index] = letters.into_iter().collect();
    Some(words.join(" "))
}

fn make_queries(services: &[Service], per_class: usize, rng: &mut StdRng) -> Vec<Query> {
    let mut queries = Vec::new();
    let candidates: Vec<&Service> = services
        .iter()
        .filter(|s| s.status != ServiceStatus::Defunct)
        .collect();
    for class in Class::ALL {
        let mut made = 0;
        let mut attempts = 0;
        while made < per_class && attempts < per_class * 20 {
            attempts += 1;
            let Some(service) = candidates.choose(rng) else {
                break;
            };
            let polish: String = service
                .name
                .get(Locale::Pl)
                .split(|c: char| !c.is_alphanumeric() && c != ' ')
                .collect::<Vec<_>>()
                .join(" ");
            let polish = polish.split_whitespace().collect::<Vec<_>>().join(" ");
            let text = match class {
                Class::Exact => Some(polish.clone()),
                Class::NoDiacritics => {
                    (strip_polish(&polish) != polish).then(|| strip_polish(&polish).to_lowercase())
                }
                Class::Prefix => {
                    let (head, last) = polish.rsplit_once(' ').unwrap_or(("", polish.as_str()));
                    let keep = last.chars().count() * 3 / 5;
                    (keep >= 3).then(|| {
                        let cut: String = last.chars().take(keep).collect();
                        format!("{head} {cut}").trim().to_owned()
                    })
                }
                Class::OneTypo => with_typo(&polish, rng),
                Class::CrossScript => {
                    if rng.random_bool(0.5) {
                        Some(polish_to_cyrillic(&polish))
                    } else {
                        service.name.exact(Locale::Uk).map(|uk| {
                            let uk: String = uk
                                .split(|c: char| !c.is_alphanumeric() && c != ' ' && c != '\'')
                                .collect::<Vec<_>>()
                                .join(" ");
                            ukrainian_to_latin(&uk.split_whitespace().collect::<Vec<_>>().join(" "))
                        })
                    }
                }
            };
            if let Some(text) = text.filter(|t| !t.trim().is_empty()) {
                queries.push(Query {
                    class,
                    text,
                    city: service.city,
                    target: service.id.clone(),
                });
                made += 1;
            }
        }
    }
    queries
}

struct Kind {
    category: Category,
    pl: &'static str,
    en: &'static str,
    uk: &'static str,
}

const KINDS: &[Kind] = &[
    Kind {
        category: Category::Employment,
        pl: "Urząd Pracy",
        en: "Labour Office",
        uk: "Центр зайнятості",
    },
    Kind {
        category: Category::Health,
        pl: "Przychodnia Zdrowia",
        en: "Health Clinic",
        uk: "Поліклініка",
    },
    Kind {
        category: Category::Health,
        pl: "Szpital Miejski",
        en: "City Hospital",
        uk: "Міська лікарня",
    },
    Kind {
        category: Category::Health,
        pl: "Apteka",
        en: "Pharmacy",
        uk: "Аптека",
    },
    Kind {
        category: Category::Education,
        pl: "Szkoła Podstawowa",
        en: "Primary School",
        uk: "Початкова школа",
    },
    Kind {
        category: Category::Education,
        pl: "Przedszkole",
        en: "Kindergarten",
        uk: "Дитячий садок",
    },
    Kind {
        category: Category::SocialWelfare,
        pl: "Ośrodek Pomocy Społecznej",
        en: "Social Welfare Centre",
        uk: "Центр соціальної допомоги",
    },
    Kind {
        category: Category::LegalAid,
        pl: "Punkt Nieodpłatnej Pomocy Prawnej",
        en: "Free Legal Aid Point",
        uk: "Пункт безоплатної правової допомоги",
    },
    Kind {
        category: Category::Integration,
        pl: "Punkt Informacyjny dla Cudzoziemców",
        en: "Information Point for Foreigners",
        uk: "Інформаційний пункт для іноземців",
    },
    Kind {
        category: Category::LanguageCourses,
        pl: "Szkoła Języka Polskiego",
        en: "Polish Language School",
        uk: "Школа польської мови",
    },
    Kind {
        category: Category::CrisisSupport,
        pl: "Ośrodek Interwencji Kryzysowej",
        en: "Crisis Intervention Centre",
        uk: "Центр кризового втручання",
    },
    Kind {
        category: Category::Housing,
        pl: "Schronisko dla Bezdomnych",
        en: "Homeless Shelter",
        uk: "Притулок для бездомних",
    },
    Kind {
        category: Category::CivilRegistration,
        pl: "Urząd Dzielnicy",
        en: "District Office",
        uk: "Районна адміністрація",
    },
    Kind {
        category: Category::TaxInsurance,
        pl: "Urząd Skarbowy",
        en: "Tax Office",
        uk: "Податкова інспекція",
    },
];

const SYLLABLES: &[&str] = &[
    "ka", "wo", "ło", "rzy", "szcz", "ką", "mi", "nie", "ża", "dź", "ko", "wal", "ski", "cki",
    "ów", "ba", "gu", "ry", "ść", "lę", "po", "zna", "tu", "chó", "je", "sło", "bi", "ja", "ni",
    "dę", "sta", "grze", "czy", "pio", "tro", "wi",
];

fn pseudo_word(rng: &mut StdRng) -> String {
    let count = rng.random_range(2..=4);
    let word: String = (0..count)
        .map(|_| *SYLLABLES.choose(rng).unwrap_or(&"ka"))
        .collect();
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// A synthetic catalog shaped like the real one: kind + two proper names
/// per service, in pl/en/uk, spread over the twelve cities.
fn generate(count: usize, rng: &mut StdRng) -> Vec<Service> {
    let verified = NaiveDate::from_ymd_opt(2026, 11, 1).expect("valid date");
    (0..count)
        .map(|i| {
            let kind = KINDS.choose(rng).unwrap_or(&KINDS[0]);
            let city = CityId::ALL[i % CityId::ALL.len()];
            let (patron, district) = (pseudo_word(rng), pseudo_word(rng));
            let uk_names = format!("{} {}", polish_to_cyrillic(&patron), polish_to_cyrillic(&district));
            let name = LocalizedText::new()
                .with(Locale::Pl, format!("{} {} {}", kind.pl, patron, district))
                .with(Locale::En, format!("{} {} {}", kind.en, patron, district))
                .with(Locale::Uk, format!("{} {}", kind.uk, uk_names));
            let description = LocalizedText::new()
                .with(Locale::Pl, format!("{} w dzielnicy {district}. Pomoc dla mieszkańców i cudzoziemców, zapisy telefoniczne.", kind.pl))
                .with(Locale::En, format!("{} in the {district} district. Help for residents and foreigners, appointments by phone.", kind.en))
                .with(Locale::Uk, format!("{} у районі {}. Допомога мешканцям та іноземцям, запис телефоном.", kind.uk, polish_to_cyrillic(&district)));
            Service {
                id: format!("{city}-gen-{i}"),
                city,
                category: kind.category,
                status: ServiceStatus::Active,
                organization: Organization { name: LocalizedText::new().with(Locale::Pl, format!("Miasto {}", city.info().name_pl)), website: None },
                name,
                description,
                application_process: LocalizedText::new(),
                fees: LocalizedText::new(),
                keywords: Vec::new(),
                website: None,
                email: None,
                free: Some(rng.random_bool(0.7)),
                opening_hours: Some("Mo-Fr 08:00-16:00; PH off".to_owned()),
                languages: vec!["pl".to_owned()],
                location: Some(Location {
                    address: Address { address_1: format!("ul. {district} {}", rng.random_range(1..200)), postal_code: None, city: city.info().name_pl.to_owned(), country: "PL".to_owned() },
                    latitude: None,
                    longitude: None,
                    accessibility: LocalizedText::new(),
                }),
                phones: Vec::new(),
                documents: Vec::new(),
                source_url: "https://example.org/generated".to_owned(),
                last_verified: verified,
                verification: witaj_model::Verification::Drafted,
                appointment: None,
                booking_url: None,
                allow_http: false,
                machine_translated: vec![Locale::En, Locale::Uk],
            }
        })
        .collect()
}
