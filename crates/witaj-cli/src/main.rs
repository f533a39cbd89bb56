//! `witaj`: the command-line face of the catalog, for city staff and scripts.
//! Its commands, flags and JSON fields are a stable contract (see README).

mod commands;
mod feeds;
mod hsds;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "witaj",
    version,
    about = "Witaj: public services for newcomers in Polish cities"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Args)]
struct CatalogArgs {
    /// Catalog database; without it, the repository's content/ is compiled in memory.
    #[arg(long, value_name = "PATH")]
    db: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Search services (an empty query lists everything that passes the filters).
    Search(commands::SearchArgs),
    /// Show one service.
    Show(commands::ShowArgs),
    /// List the twelve cities.
    Cities(commands::CitiesArgs),
    /// List the categories.
    Categories(commands::CategoriesArgs),
    /// List guides, or find guides matching words.
    Guides(commands::GuidesArgs),
    /// Show one guide with the offices of a city.
    Guide(commands::GuideArgs),
    /// List the notices in force (law changes, closures, deadlines).
    Notices(commands::NoticesArgs),
    /// Read text aloud (espeak-ng), or write it as a WAV file.
    Speak(commands::SpeakArgs),
    /// Build, check and count content files.
    #[command(subcommand)]
    Content(commands::ContentCommand),
    /// Publish a city's catalog as a signed feed.
    #[command(subcommand)]
    Feed(feeds::FeedCommand),
    /// Apply a newer signed feed (URL or folder) to a catalog.
    Sync(feeds::SyncArgs),
    /// Inspect a catalog's feeds.
    #[command(subcommand)]
    Catalog(feeds::CatalogCommand),
    /// Exchange data in Open Referral HSDS 3.0.
    #[command(subcommand)]
    Hsds(hsds::HsdsCommand),
    /// Measure search and feeds (runs `witaj-bench`, built beside `witaj`).
    Bench {
        /// Passed on to `witaj-bench` (see `witaj-bench --help`).
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
}

fn main() -> ExitCode {
    std::panic::set_hook(Box::new(|info| {
        // `witaj search | head` closes the pipe early; that is not an error.
        if info.to_string().contains("Broken pipe") {
            std::process::exit(0);
        }
        eprintln!("witaj: internal error: {info}");
    }));
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Search(args) => commands::search(args),
        Command::Show(args) => commands::show(args),
        Command::Cities(args) => commands::cities(args),
        Command::Categories(args) => commands::categories(args),
        Command::Guides(args) => commands::guides(args),
        Command::Guide(args) => commands::guide(args),
        Command::Notices(args) => commands::notices(args),
        Command::Speak(args) => commands::speak(args),
        Command::Content(command) => commands::content(command),
        Command::Feed(command) => feeds::feed(command),
        Command::Sync(args) => feeds::sync(args),
        Command::Catalog(command) => feeds::catalog(command),
        Command::Hsds(command) => hsds::hsds(command),
        Command::Bench { args } => commands::bench(&args),
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            eprintln!("witaj: error: {error}");
            ExitCode::FAILURE
        }
    }
}
