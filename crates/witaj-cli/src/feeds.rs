//! Feed commands: keys, building and verifying a city's feed, syncing a
//! catalog from one, and the catalog's feed status.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::{DateTime, SubsecRound, Utc};
use clap::{Args, Subcommand};
use serde::Serialize;
use witaj_catalog::Catalog;
use witaj_feed::{BuildOptions, FeedError, PublicKey, SecretKey, Source, SyncOptions, SyncStatus};
use witaj_i18n::Localizer;
use witaj_model::CityId;

use crate::commands::{CliError, CliResult, category_terms, print_json, today};

/// For scripts: the password that protects (keygen) or unlocks (build) a
/// secret key. On a terminal the commands ask for it instead.
const PASSWORD_VARIABLE: &str = "WITAJ_FEED_PASSWORD";

/// The password from the environment, else asked for on the terminal;
/// `None` when neither is available.
fn password(prompt: &str) -> Result<Option<String>, CliError> {
    use std::io::IsTerminal;
    if let Some(password) = std::env::var(PASSWORD_VARIABLE)
        .ok()
        .filter(|p| !p.is_empty())
    {
        return Ok(Some(password));
    }
    if !std::io::stdin().is_terminal() {
        return Ok(None);
    }
    let password = rpassword::prompt_password(prompt).map_err(|source| CliError::Write {
        path: "the terminal".into(),
        source,
    })?;
    Ok(Some(password).filter(|p| !p.is_empty()))
}

#[derive(Debug, Subcommand)]
pub(crate) enum FeedCommand {
    /// Write a new signing key: DIR/feed.key (secret) and DIR/feed.pub.
    Keygen {
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Store the secret key without a password (only for keys kept on
        /// an offline machine or in a secrets store).
        #[arg(long)]
        unencrypted: bool,
    },
    /// Lint, compile and sign one city's content into a feed folder.
    Build {
        content_dir: PathBuf,
        #[arg(long)]
        city: String,
        #[arg(long, value_name = "SECRET_KEY_FILE")]
        key: PathBuf,
        #[arg(long, value_name = "OUT_DIR")]
        out: PathBuf,
        /// Defaults to the issue time in Unix seconds.
        #[arg(long)]
        version: Option<i64>,
        #[arg(long, value_name = "DAYS", default_value_t = 90)]
        expires_in: i64,
        /// Sign even with a secret key file that other users can read.
        #[arg(long)]
        force: bool,
        #[arg(long)]
        json: bool,
    },
    /// Check a feed folder's signature, sizes and hashes before publishing.
    Verify {
        dir: PathBuf,
        #[arg(long, value_name = "PUBKEY_FILE")]
        pubkey: PathBuf,
        #[arg(long)]
        json: bool,
    },
}

pub(crate) fn feed(command: FeedCommand) -> CliResult {
    match command {
        FeedCommand::Keygen { out, unencrypted } => {
            let password = if unencrypted {
                None
            } else {
                let Some(first) = password("Password for the new key: ")? else {
                    return Err(CliError::Argument {
                        flag: "unencrypted",
                        expected: "given to store a key without a password (or set WITAJ_FEED_PASSWORD, or run on a terminal)",
                    });
                };
                if std::env::var_os(PASSWORD_VARIABLE).is_none()
                    && password("The same password again: ")?.as_deref() != Some(first.as_str())
                {
                    return Err(CliError::Argument {
                        flag: "password",
                        expected: "the same both times",
                    });
                }
                Some(first)
            };
            witaj_feed::generate_keys(&out, password)?;
            println!(
                "wrote {} (keep it secret) and {}",
                out.join("feed.key").display(),
                out.join("feed.pub").display()
            );
            Ok(ExitCode::SUCCESS)
        }
        FeedCommand::Build {
            content_dir,
            city,
            key,
            out,
            version,
            expires_in,
            force,
            json,
        } => {
            let city: CityId = city.parse()?;
            if !(1..=witaj_feed::MAX_VALIDITY_DAYS).contains(&expires_in) {
                return Err(CliError::Argument {
                    flag: "expires-in",
                    expected: "between 1 and 400 days",
                });
            }
            if !force {
                witaj_feed::check_key_permissions(&key)?;
            }
            let key = SecretKey::from_file(&key, password("Password of the secret key: ")?)?;
            let (content, warnings) = witaj_content::load_valid(&content_dir, today())?;
            for warning in &warnings {
                eprintln!("{warning}");
            }
            let services = content.services_of(city).cloned().collect();
            let guides = content.guides_of(city).cloned().collect();
            let options = BuildOptions {
                city,
                version,
                issued: Utc::now().trunc_subsecs(0),
                expires_in_days: expires_in,
                min_app: env!("CARGO_PKG_VERSION").to_owned(),
            };
            let notices = content.notices_of(city).cloned().collect();
            let report = witaj_feed::build_feed(services, guides, notices, &key, &out, &options)?;
            if json {
                print_json(&report);
            } else {
                println!(
                    "{}: {} v{}, {} services, expires {}",
                    report.manifest.display(),
                    report.city,
                    report.version,
                    report.services,
                    report.expires.to_rfc3339()
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        FeedCommand::Verify { dir, pubkey, json } => {
            let key = PublicKey::from_file(&pubkey)?;
            let report = witaj_feed::verify_feed(&dir, &key)?;
            if json {
                print_json(&report);
            } else {
                println!(
                    "ok: {} v{}, {} services, signature and {} file(s) verified",
                    report.city,
                    report.version,
                    report.services,
                    report.files.len()
                );
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

#[derive(Debug, Args)]
pub(crate) struct SyncArgs {
    #[arg(long, value_name = "DB")]
    db: PathBuf,
    /// An http(s) URL of a feed folder, or a local folder.
    #[arg(long, value_name = "URL_OR_DIR")]
    feed: String,
    #[arg(long, value_name = "PUBKEY_FILE")]
    pubkey: PathBuf,
    /// Refuse a feed for any other city.
    #[arg(long)]
    city: Option<String>,
    /// Per-request timeout in seconds.
    #[arg(long, default_value_t = 60)]
    timeout: u64,
    /// Retries for network failures (with exponential backoff).
    #[arg(long, default_value_t = 3)]
    retries: u32,
    #[arg(long)]
    json: bool,
}

#[derive(Serialize)]
struct Rejection<'a> {
    status: &'static str,
    code: &'a str,
    message: String,
}

pub(crate) fn sync(args: SyncArgs) -> CliResult {
    let key = PublicKey::from_file(&args.pubkey)?;
    let source = Source::parse(&args.feed)?;
    let city: Option<CityId> = args.city.as_deref().map(str::parse).transpose()?;
    let l10n = Localizer::bundled()?;
    let mut catalog = Catalog::open(&args.db, category_terms(&l10n))?;
    let mut options = SyncOptions::new(Utc::now());
    options.request_timeout = std::time::Duration::from_secs(args.timeout);
    options.retries = args.retries;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|source| CliError::Write {
            path: "<runtime>".into(),
            source,
        })?;
    match runtime.block_on(witaj_feed::sync(
        &mut catalog,
        &source,
        std::slice::from_ref(&key),
        city,
        &options,
    )) {
        Ok(report) => {
            if args.json {
                print_json(&report);
            } else {
                match report.status {
                    SyncStatus::Applied => println!(
                        "applied: {} v{} ({} services, {} bytes transferred)",
                        report.city.map(|c| c.to_string()).unwrap_or_default(),
                        report.version.unwrap_or_default(),
                        report.services.unwrap_or_default(),
                        report.bytes_transferred
                    ),
                    SyncStatus::Current => println!(
                        "current: nothing newer ({} bytes transferred)",
                        report.bytes_transferred
                    ),
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(error) => {
            if args.json {
                print_json(&Rejection {
                    status: "rejected",
                    code: error.code(),
                    message: error.to_string(),
                });
            }
            Err(CliError::Feed(error))
        }
    }
}

#[derive(Debug, Subcommand)]
pub(crate) enum CatalogCommand {
    /// Each city's feed version, dates and a hash of its catalog content.
    Status {
        #[arg(long, value_name = "DB")]
        db: PathBuf,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Serialize)]
struct CityStatus {
    city: CityId,
    services: u32,
    /// Where the data came from: `feed` or `bundled`.
    origin: &'static str,
    version: Option<i64>,
    issued: Option<DateTime<Utc>>,
    expires: Option<DateTime<Utc>>,
    applied_at: Option<DateTime<Utc>>,
    expired: bool,
    content_hash: String,
}

pub(crate) fn catalog(command: CatalogCommand) -> CliResult {
    let CatalogCommand::Status { db, json } = command;
    let l10n = Localizer::bundled()?;
    let catalog = Catalog::open_existing(&db, category_terms(&l10n))?;
    let now = Utc::now();
    let statuses = catalog
        .cities()?
        .into_iter()
        .map(|summary| {
            let state = catalog.feed_state(summary.city)?;
            Ok(CityStatus {
                city: summary.city,
                services: summary.services,
                origin: if state.is_some() { "feed" } else { "bundled" },
                version: state.as_ref().map(|s| s.version),
                issued: state.as_ref().map(|s| s.issued),
                expires: state.as_ref().map(|s| s.expires),
                applied_at: state.as_ref().map(|s| s.applied_at),
                expired: state.as_ref().is_some_and(|s| s.expires <= now),
                content_hash: witaj_feed::content_hash(&catalog, summary.city)?,
            })
        })
        .collect::<Result<Vec<_>, FeedError>>()?;
    if json {
        print_json(&statuses);
    } else {
        for s in &statuses {
            let version = s.version.map_or("bundled".to_owned(), |v| format!("v{v}"));
            let expires = s.expires.map(|e| e.to_rfc3339()).unwrap_or_default();
            println!(
                "{:<10} {:>4} services  {:<14} {}  {}",
                s.city.as_str(),
                s.services,
                version,
                expires,
                &s.content_hash[..16]
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
