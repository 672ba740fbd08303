//! Arguments of the engine commands: `assess`, `plan`, `forecast` and `batch`.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use ctopath_engine::{DEFAULT_RUNS, DEFAULT_SEED};

use crate::cli::{FrameworkArg, ViewFormat};

/// What every engine command reads: the profile, the framework, the date and the
/// forecast's settings.
#[derive(Debug, Args, Clone)]
pub struct EngineInput {
    /// Work on this profile file (own format or JSON Resume) alone, without the database
    #[arg(long, value_name = "FILE")]
    pub profile: Option<PathBuf>,
    #[command(flatten)]
    pub framework: FrameworkArg,
    /// Assess as of this date (YYYY, YYYY-MM or YYYY-MM-DD; default: today)
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// Monte Carlo runs of the forecast
    #[arg(long, default_value_t = DEFAULT_RUNS, value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub runs: u32,
    /// Seed of the forecast: the same seed gives the same forecast
    #[arg(long, default_value_t = DEFAULT_SEED)]
    pub seed: u64,
}

#[derive(Debug, Args)]
pub struct AssessArgs {
    #[command(flatten)]
    pub input: EngineInput,
    /// Output format
    #[arg(long, value_enum)]
    pub format: Option<ViewFormat>,
    /// Do not record this assessment as a snapshot in the store
    #[arg(long)]
    pub no_save: bool,
}

#[derive(Debug, Args)]
pub struct PlanArgs {
    #[command(flatten)]
    pub input: EngineInput,
    /// Output format
    #[arg(long, value_enum)]
    pub format: Option<ViewFormat>,
}

#[derive(Debug, Subcommand)]
pub enum BatchCommand {
    /// Assess many people: one profile or JSON Resume per input line, one assessment per output line
    #[command(
        after_help = "Each output line is the `assess --format json` document of the input line with the\n\
                      same number, plus \"line\". A line that does not parse or validate becomes\n\
                      {\"line\": N, \"error\": {...}} and the run goes on; the exit code is then 2.\n\n\
                      Examples:\n  ctopath batch assess --input team.jsonl --output assessments.jsonl\n  \
                      ctopath batch generate --count 100000 -o resumes.jsonl && ctopath batch assess --input resumes.jsonl --output out.jsonl"
    )]
    Assess(BatchAssessArgs),
    /// Write synthetic JSON Resumes, one per line, for trying and benchmarking `batch assess`
    Generate(GenerateArgs),
}

#[derive(Debug, Args)]
pub struct BatchAssessArgs {
    /// JSON Lines file: one profile or JSON Resume per line (`-` reads standard input)
    #[arg(long, value_name = "FILE.jsonl")]
    pub input: PathBuf,
    /// Write the assessments here (default: standard output)
    #[arg(long, short, value_name = "FILE.jsonl")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub framework: FrameworkArg,
    /// Assess as of this date (default: today)
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// Monte Carlo runs of each forecast
    #[arg(long, default_value_t = DEFAULT_RUNS, value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub runs: u32,
    /// Seed of the forecasts
    #[arg(long, default_value_t = DEFAULT_SEED)]
    pub seed: u64,
    /// Worker threads (default: one per core)
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=256))]
    pub threads: Option<u32>,
    /// Only parse each line into JSON and write nothing: the baseline a batch's speed
    /// is measured against (`--input` the same file, compare the two rates)
    #[arg(long)]
    pub parse_only: bool,
    /// One short record per person instead of the full assessment: level, stage,
    /// readiness, the three biggest gaps, flagged patterns, the forecast and the best path
    #[arg(long, conflicts_with = "parse_only")]
    pub summary: bool,
    /// The summaries as CSV with a header row, for a spreadsheet; a line that could not
    /// be assessed keeps its row, with its error in the last column
    #[arg(long, conflicts_with_all = ["parse_only", "summary"])]
    pub csv: bool,
}

#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// How many resumes to write
    #[arg(long, default_value_t = 1000)]
    pub count: u64,
    /// Seed: the same seed writes the same file
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Output file (default: standard output)
    #[arg(short, long, value_name = "FILE.jsonl")]
    pub output: Option<PathBuf>,
}
