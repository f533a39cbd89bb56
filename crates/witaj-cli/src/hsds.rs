//! `witaj hsds`: Open Referral HSDS 3.0 export and import.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::Utc;
use clap::{Args, Subcommand, ValueEnum};
use witaj_content::Severity;
use witaj_i18n::Localizer;
use witaj_model::{CityId, Locale};
use witaj_view::Viewer;

use crate::CatalogArgs;
use crate::commands::{CliError, CliResult, default_content_dir, open_catalog, today};

#[derive(Debug, Subcommand)]
pub(crate) enum HsdsCommand {
    /// Write services as HSDS 3.0: a JSON array of service objects, or the
    /// HSDS CSV tables with their datapackage.json. The text is in one
    /// language; every translation and every Witaj field rides along in
    /// attributes, so `witaj hsds import` gets all of it back.
    Export(ExportArgs),
    /// Read HSDS JSON or a tabular package into one city's content files,
    /// with a diagnostic for whatever staff must add or check.
    Import(ImportArgs),
}

#[derive(Debug, Args)]
pub(crate) struct ExportArgs {
    #[command(flatten)]
    catalog: CatalogArgs,
    /// Only this city's services; without it, every city's.
    #[arg(long)]
    city: Option<String>,
    /// The language of the HSDS text fields (pl, en, uk, ru, be, ka, ar, hi, vi, tr).
    #[arg(long, default_value = "pl")]
    lang: String,
    #[arg(long, value_enum, default_value_t = Format::Json)]
    format: Format,
    /// The JSON file, or the folder for the tables.
    #[arg(long, value_name = "PATH")]
    out: PathBuf,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum Format {
    /// An array of HSDS `service` objects.
    Json,
    /// HSDS CSV tables and a Frictionless datapackage.json.
    Tabular,
}

#[derive(Debug, Args)]
pub(crate) struct ImportArgs {
    /// An HSDS JSON file, or a tabular package (its folder or datapackage.json).
    input: PathBuf,
    /// The city the services belong to.
    #[arg(long)]
    city: String,
    /// The content folder; files go to <city>/services/<id>.toml.
    #[arg(long, value_name = "CONTENT_DIR")]
    out: PathBuf,
    /// The language of the HSDS text, where it has no Witaj translations.
    #[arg(long, default_value = "pl")]
    lang: String,
}

pub(crate) fn hsds(command: HsdsCommand) -> CliResult {
    match command {
        HsdsCommand::Export(args) => export(args),
        HsdsCommand::Import(args) => import(args),
    }
}

fn export(args: ExportArgs) -> CliResult {
    let l10n = Localizer::bundled()?;
    let locale: Locale = args.lang.parse()?;
    let city: Option<CityId> = args.city.as_deref().map(str::parse).transpose()?;
    // Without a database the content is exported as it compiles: the
    // catalog keeps one organization per name and city, content files one
    // per service.
    let services = match &args.catalog.db {
        Some(_) => open_catalog(&args.catalog, &l10n)?.services(city)?,
        None => witaj_content::compile(&default_content_dir())?
            .services
            .into_iter()
            .filter(|s| city.is_none_or(|city| s.city == city))
            .collect(),
    };
    let viewer = Viewer {
        l10n: &l10n,
        locale,
        now: Utc::now(),
    };
    let category_name = |category| viewer.category_name(category);
    let options = witaj_hsds::ExportOptions {
        locale,
        today: today(),
        category_name: &category_name,
    };
    let services = witaj_hsds::export_services(&services, &options);
    match args.format {
        Format::Json => {
            std::fs::write(&args.out, witaj_hsds::to_json(&services)).map_err(|source| {
                CliError::Write {
                    path: args.out.clone(),
                    source,
                }
            })?
        }
        Format::Tabular => witaj_hsds::write_tabular(&args.out, &services)?,
    }
    println!(
        "{} services written to {}",
        services.len(),
        args.out.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn import(args: ImportArgs) -> CliResult {
    let city: CityId = args.city.parse()?;
    let locale: Locale = args.lang.parse()?;
    let imported = witaj_hsds::import(&args.input, city, locale)?;
    let written = witaj_hsds::write_content(&args.out, &imported.services)?;
    for diagnostic in &imported.diagnostics {
        println!("{diagnostic}");
    }
    for path in &written {
        println!("wrote {}", path.display());
    }
    let errors = imported
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    println!(
        "service files written: {}; errors to fix before `witaj content lint {}` passes: {errors}",
        written.len(),
        args.out.display()
    );
    Ok(ExitCode::SUCCESS)
}
