//! Arguments of the profile-editing commands: `profile`, `position`, `achievement`, `rate`.

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

use crate::cli::{FrameworkArg, ViewFormat};

#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    /// Import a career from a JSON Resume or a ctopath profile (detected by content)
    #[command(
        after_help = "Examples:\n  ctopath profile import resume.json\n  ctopath profile import me.yaml --name ada --replace"
    )]
    Import(ImportProfileArgs),
    /// Export the active profile as YAML, JSON or JSON Resume
    Export(ExportArgs),
    /// Show a profile: positions, ratings, achievements
    Show(ShowProfileArgs),
    /// Show what ctopath reads from each position: title level, scope and cited facts
    Evidence(ShowProfileArgs),
    /// Print the JSON Schema of the profile format
    Schema,
    /// Start a new profile (asks on a terminal; use flags in scripts)
    Init(InitArgs),
    /// List the people in the store; the active one is marked
    List,
    /// Make NAME the active profile
    Use { name: String },
    /// List the saved revisions of the active profile (every change is kept)
    History,
    /// Delete a person and all their revisions and snapshots from the store
    Delete {
        name: String,
        /// Confirm the deletion
        #[arg(long)]
        yes: bool,
    },
}

#[derive(Debug, Args)]
pub struct ImportProfileArgs {
    /// Profile or JSON Resume file (YAML or JSON; `-` reads standard input)
    pub file: PathBuf,
    /// Name to keep this person under (default: the name in the file)
    #[arg(long)]
    pub name: Option<String>,
    /// Replace the stored profile of a person with the same name (the old one stays in history)
    #[arg(long)]
    pub replace: bool,
    #[command(flatten)]
    pub framework: FrameworkArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Yaml,
    Json,
    /// JSON Resume; ctopath's own data rides under meta.ctopath
    Jsonresume,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[arg(long, value_enum, default_value = "yaml")]
    pub format: ExportFormat,
    /// Write here instead of standard output
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,
    /// Export this file instead of the stored profile (no database is touched)
    #[arg(long, value_name = "FILE")]
    pub profile: Option<PathBuf>,
    #[command(flatten)]
    pub framework: FrameworkArg,
}

#[derive(Debug, Args)]
pub struct ShowProfileArgs {
    #[arg(long, value_enum)]
    pub format: Option<ViewFormat>,
    /// Show this file instead of the stored profile (no database is touched)
    #[arg(long, value_name = "FILE")]
    pub profile: Option<PathBuf>,
    #[command(flatten)]
    pub framework: FrameworkArg,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Your name (also the name the profile is kept under)
    #[arg(long)]
    pub name: Option<String>,
    /// The role you are heading for
    #[arg(long, value_enum)]
    pub target: Option<TargetArg>,
    /// Years you give yourself
    #[arg(long)]
    pub horizon: Option<u32>,
    /// Preferred path id (e.g. corporate_ladder, fractional_cto)
    #[arg(long)]
    pub path: Option<String>,
    #[arg(long)]
    pub email: Option<String>,
    /// Never ask; fail if a required value is missing
    #[arg(long)]
    pub no_input: bool,
    #[command(flatten)]
    pub framework: FrameworkArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TargetArg {
    Cto,
    VpEngineering,
}

#[derive(Debug, Subcommand)]
pub enum PositionCommand {
    /// Add a position
    #[command(
        after_help = "Example:\n  ctopath position add --title 'Engineering Manager' --org Acme --start 2021-03 \\\n    --direct-reports 8 --org-stage scaleup --org-engineers 60"
    )]
    Add(PositionFields),
    /// Change fields of a position (only the flags given change)
    Edit {
        /// Position id (see `ctopath position list`)
        id: String,
        #[command(flatten)]
        fields: PositionFields,
        /// Mark the position as current (remove its end date)
        #[arg(long, conflicts_with = "end")]
        current: bool,
    },
    /// Remove a position
    Remove { id: String },
    /// List positions with their ids
    List,
}

#[derive(Debug, Args, Default)]
pub struct PositionFields {
    #[arg(long)]
    pub title: Option<String>,
    #[arg(long, visible_alias = "organisation", visible_alias = "company")]
    pub org: Option<String>,
    /// Start date: YYYY, YYYY-MM or YYYY-MM-DD
    #[arg(long)]
    pub start: Option<String>,
    /// End date (omit for a current position)
    #[arg(long)]
    pub end: Option<String>,
    /// Route id (software_engineering, quality_engineering)
    #[arg(long)]
    pub route: Option<String>,
    #[arg(long, value_enum)]
    pub org_stage: Option<OrgStageArg>,
    /// Engineering headcount of the organisation
    #[arg(long)]
    pub org_engineers: Option<u32>,
    /// Percent of time spent coding (0-100)
    #[arg(long)]
    pub coding_share: Option<u32>,
    #[arg(long)]
    pub direct_reports: Option<u32>,
    /// Managers reporting to you
    #[arg(long)]
    pub managers: Option<u32>,
    /// Budget owned (a number, e.g. 3000000)
    #[arg(long)]
    pub budget: Option<f64>,
    /// Currency of the budget (ISO code)
    #[arg(long, default_value = "USD")]
    pub currency: String,
    /// You present to the board
    #[arg(long)]
    pub board: Option<bool>,
    #[arg(long)]
    pub on_call: Option<bool>,
    #[arg(long)]
    pub cross_functional: Option<bool>,
    /// Technology sets the organisation apart from its competitors (false: it is a
    /// support function there, e.g. in-house IT, which slows the road to CTO)
    #[arg(long)]
    pub tech_differentiator: Option<bool>,
    /// Acting or interim in a role above the title
    #[arg(long)]
    pub acting: Option<bool>,
    /// A highlight (repeatable; replaces the list when editing)
    #[arg(long = "highlight")]
    pub highlights: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OrgStageArg {
    Startup,
    Scaleup,
    Enterprise,
}

#[derive(Debug, Subcommand)]
pub enum AchievementCommand {
    /// Add an outcome to your portfolio
    #[command(
        after_help = "Example:\n  ctopath achievement add 'Cut deploy time for 40 engineers' --metric 'deploy time' --before 45 --after 7 --unit minutes"
    )]
    Add {
        /// What changed, in a sentence
        text: String,
        #[command(flatten)]
        fields: AchievementFields,
    },
    /// List achievements
    List {
        #[arg(long)]
        competency: Option<String>,
        #[arg(long)]
        tag: Option<String>,
        /// Only achievements dated on or after this date
        #[arg(long)]
        since: Option<String>,
        #[arg(long, value_enum)]
        format: Option<ViewFormat>,
    },
    /// Change an achievement (only the flags given change)
    Edit {
        id: String,
        /// New text
        #[arg(long)]
        text: Option<String>,
        #[command(flatten)]
        fields: AchievementFields,
    },
    /// Remove an achievement
    Remove { id: String },
}

#[derive(Debug, Args, Default)]
pub struct AchievementFields {
    /// Name of the metric that moved
    #[arg(long)]
    pub metric: Option<String>,
    #[arg(long, allow_hyphen_values = true)]
    pub before: Option<f64>,
    #[arg(long, allow_hyphen_values = true)]
    pub after: Option<f64>,
    #[arg(long)]
    pub unit: Option<String>,
    /// When: YYYY, YYYY-MM or YYYY-MM-DD
    #[arg(long)]
    pub date: Option<String>,
    /// Competency id (repeatable; suggested from the text when omitted)
    #[arg(long = "competency")]
    pub competencies: Vec<String>,
    #[arg(long = "tag")]
    pub tags: Vec<String>,
    /// Position id this happened in
    #[arg(long)]
    pub position: Option<String>,
}

#[derive(Debug, Args)]
pub struct RateArgs {
    /// Competency id (see `ctopath framework show --section competencies`)
    pub competency: String,
    /// Level the competency is shown at, L1..L10
    pub level: String,
    #[arg(long, value_enum)]
    pub by: RaterArg,
    /// What the rating rests on
    #[arg(long)]
    pub evidence: String,
    /// When (default: today)
    #[arg(long)]
    pub date: Option<String>,
    #[command(flatten)]
    pub framework: FrameworkArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RaterArg {
    #[value(name = "self")]
    Myself,
    Manager,
    Peer,
}
