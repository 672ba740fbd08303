//! The command-line surface (see `shared/spec/cli-contract.md`).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

pub use crate::engine_args::*;
pub use crate::profile_args::*;

#[derive(Debug, Parser)]
#[command(
    name = "ctopath",
    version,
    about = "Career navigation from engineer to CTO: where you stand, what stalls you, and your next tours of duty",
    long_about = None,
    after_help = "Exit codes: 0 success, 2 bad input (nothing is written), 1 any other failure.\n\
                  Start with `ctopath framework show` to see the built-in CTO-path framework."
)]
pub struct Cli {
    /// Database: a SQLite file path or a sqlite:// / postgres:// URL (default: a SQLite
    /// file in the platform data directory)
    #[arg(long, global = true, env = "CTOPATH_DB", value_name = "PATH_OR_URL")]
    pub db: Option<String>,
    /// Work on this person instead of the active one
    #[arg(long, global = true, env = "CTOPATH_PERSON", value_name = "NAME")]
    pub person: Option<String>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Show, validate, import and describe career frameworks
    #[command(subcommand)]
    Framework(FrameworkCommand),
    /// Import, export, show and switch career profiles (JSON Resume or ctopath format)
    #[command(subcommand)]
    Profile(ProfileCommand),
    /// Add, edit, remove or list the positions of the active profile
    #[command(subcommand)]
    Position(PositionCommand),
    /// Keep the portfolio of outcomes: add, list, edit, remove achievements
    #[command(subcommand)]
    Achievement(AchievementCommand),
    /// Record a competency rating: by yourself, your manager or a peer
    Rate(RateArgs),
    /// Where you stand: level, tour, stage, route, competency gaps, stall patterns, signals,
    /// readiness, forecast and fit, each with its evidence
    #[command(
        after_help = "Examples:\n  ctopath assess\n  ctopath assess --profile resume.json --format json\n  ctopath assess --as-of 2026-06-30 --format md > review.md\n\nWith the store (no --profile), each run is kept as a snapshot so `ctopath status` can show what moved."
    )]
    Assess(AssessArgs),
    /// Your next tours of duty (mission, measurable success criteria, horizon, check-ins),
    /// a 3-month / 1-year / 2-3-year action plan and, near the top, the CTO playbooks
    #[command(
        after_help = "Examples:\n  ctopath plan\n  ctopath plan --profile me.yaml --format md > plan.md"
    )]
    Plan(PlanArgs),
    /// How long the road is: P10/P50/P90 years to VP Engineering and to CTO, per stage,
    /// from a seeded Monte Carlo model of the framework's timeline
    #[command(
        after_help = "Examples:\n  ctopath forecast\n  ctopath forecast --runs 100000 --seed 7 --format json"
    )]
    Forecast(PlanArgs),
    /// Work on many people at once (JSON Lines in, JSON Lines out)
    #[command(subcommand)]
    Batch(BatchCommand),
    /// The career report: where you stand with evidence, the charts, flagged patterns,
    /// the forecast, the next tours and your highlights (HTML, PDF or Markdown)
    #[command(after_help = crate::report_args::REPORT_AFTER_HELP)]
    Report(crate::report_args::ReportArgs),
    /// Fit to a job posting: a verdict and evidence per requirement, the gaps, the missing
    /// keywords, and a tailored CV or cover letter (JSON, Markdown, HTML or PDF)
    #[command(after_help = crate::tailor_args::TAILOR_AFTER_HELP)]
    Tailor(crate::tailor_args::TailorArgs),
    /// Interview preparation: the framework's questions (and a posting's) with your best
    /// story for each as situation, task, action, result
    #[command(after_help = crate::tailor_args::INTERVIEW_AFTER_HELP)]
    Interview(crate::tailor_args::InterviewArgs),
    /// Live your tours of duty: start one from the plan, check in, finish it, look back
    #[command(subcommand, after_help = crate::tour_args::TOUR_AFTER_HELP)]
    Tour(crate::tour_args::TourCommand),
    /// One screen: the active tour and its health, check-ins due, criteria at risk, the
    /// next step and what moved since the last assessment
    #[command(after_help = crate::tour_args::STATUS_AFTER_HELP)]
    Status(crate::tour_args::StatusArgs),
    /// The portfolio of outcomes: filter it, put numbers on it, export a brag document
    #[command(subcommand, after_help = crate::tour_args::PORTFOLIO_AFTER_HELP)]
    Portfolio(crate::tour_args::PortfolioCommand),
    /// The local web app: dashboard, profile editor, import, assessment, plan and tours,
    /// portfolio, tailoring and the framework, plus a JSON API; prints its URL
    #[command(after_help = crate::commands::serve::SERVE_AFTER_HELP)]
    Serve(crate::commands::serve::ServeArgs),
}

#[derive(Debug, Subcommand)]
pub enum FrameworkCommand {
    /// Show a framework: routes, levels, tours, stages, competencies, paths, patterns, playbooks
    Show(ShowArgs),
    /// Check a framework file and report every problem with its line:column and field path
    Validate(ValidateArgs),
    /// Print the JSON Schema of the framework format (for editors and CI)
    Schema,
    /// Convert a published company ladder (FT YAML, Monzo Markdown) into a ctopath framework
    #[command(
        after_help = "Examples:\n  ctopath framework import --from ft engineering.yml -o ft.yaml\n  ctopath framework import --from monzo backend.md web.md generic.md -o monzo.yaml\n\nLevels are mapped onto L1..Ln and the mapping is reported; sections the source lacks (tours, stall patterns, missions, ...) are listed, never invented."
    )]
    Import(ImportArgs),
}

/// Selects the framework: the built-in `cto-path` unless a file is given.
#[derive(Debug, Args, Clone, Default)]
pub struct FrameworkArg {
    /// Framework file (YAML or JSON) to use instead of the built-in cto-path
    #[arg(long, value_name = "FILE", env = "CTOPATH_FRAMEWORK")]
    pub framework: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ViewFormat {
    /// Tables for a terminal (default when stdout is a terminal)
    Table,
    /// One JSON document (default when stdout is not a terminal)
    Json,
    /// Markdown
    Md,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    #[command(flatten)]
    pub framework: FrameworkArg,
    /// Output format
    #[arg(long, value_enum)]
    pub format: Option<ViewFormat>,
    /// Show only these sections (table and md views)
    #[arg(long, value_enum, value_delimiter = ',')]
    pub section: Vec<Section>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Section {
    Ladder,
    Tours,
    Stages,
    Competencies,
    Paths,
    Patterns,
    Signals,
    Timeline,
    Missions,
    Plan,
    Questions,
    Playbooks,
    Roles,
}

#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Framework file to check (YAML or JSON; `-` reads standard input)
    pub file: PathBuf,
    /// Report format
    #[arg(long, value_enum, default_value = "table")]
    pub format: ReportFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Human-readable diagnostics on stderr
    Table,
    /// A JSON report on stdout: `{ "valid", "problems": [{ "rule", "message", "path", "line", "column", "help" }] }`
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImportSource {
    /// Financial Times engineering-progression YAML (one file)
    Ft,
    /// Monzo progression-framework Markdown with YAML front matter (one or more files)
    Monzo,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Which published format the files are in
    #[arg(long, value_enum)]
    pub from: ImportSource,
    /// Source files
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Write the framework (YAML) here instead of standard output
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,
    /// Import the ladder alone. By default the imported levels are lined up with the
    /// built-in ladder by their titles, and its title lexicon, assessment rules, tours and
    /// stages are carried over at the matching levels, so `assess --framework` can place
    /// people; the import report lists every level's match
    #[arg(long)]
    pub no_align: bool,
}
