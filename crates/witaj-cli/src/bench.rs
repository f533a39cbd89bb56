use clap::Args;

#[derive(Debug, Args)]
pub(crate) struct BenchArgs {}

pub(crate) fn run(_: BenchArgs) -> crate::commands::CliResult {
    Ok(std::process::ExitCode::SUCCESS)
}
