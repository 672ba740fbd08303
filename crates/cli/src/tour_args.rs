//! Arguments of the commands that follow a career as it happens: `tour`, `status` and
//! `portfolio`.

use std::path::PathBuf;

use clap::{ArgGroup, Args, Subcommand, ValueEnum};

use crate::cli::{FrameworkArg, ViewFormat};

pub const TOUR_AFTER_HELP: &str = "\
A tour of duty is a mission of a few months to a few years, agreed with a sponsor, with
success criteria you can measure. Live one from start to finish:

  ctopath plan                                  # the tours proposed for you, numbered
  ctopath tour start 1 --sponsor 'Dana Lee'     # take the first (asks on a terminal)
  ctopath tour checkin --criterion 1=on_track --criterion 2=at_risk:'one team late'
  ctopath tour finish --completed --outcome 'Three teams on one API'
  ctopath status                                # where it all stands

One tour is active at a time; finish or abandon it before starting the next.";

#[derive(Debug, Subcommand)]
pub enum TourCommand {
    /// Commit to a tour: one the plan proposes (by mission id or number) or your own
    #[command(after_help = START_AFTER_HELP)]
    Start(StartArgs),
    /// Record a check-in: where each success criterion stands, and what you learned
    #[command(after_help = CHECKIN_AFTER_HELP)]
    Checkin(CheckinArgs),
    /// End a tour as completed or abandoned; its outcomes join your portfolio and the
    /// assessment is run again to show what moved
    #[command(after_help = FINISH_AFTER_HELP)]
    Finish(FinishArgs),
    /// List current and past tours with their health
    #[command(after_help = "Examples:\n  ctopath tour list\n  ctopath tour list --format json")]
    List(TourViewArgs),
    /// Show one tour: charter, criteria, check-ins, outcome (default: the active one)
    #[command(
        after_help = "Examples:\n  ctopath tour show\n  ctopath tour show m_cross_team_project --format md"
    )]
    Show {
        /// Tour id (see `ctopath tour list`; default: the active tour, else the latest)
        tour: Option<String>,
        #[command(flatten)]
        view: TourViewArgs,
    },
}

const START_AFTER_HELP: &str = "\
On a terminal you edit the charter (mission, criteria, dates, gains, sponsor, cadence)
before committing; in scripts the flags set it and nothing is asked.

Examples:
  ctopath tour start                              # pick from the plan's proposals
  ctopath tour start m_cross_team_project --sponsor 'Dana Lee' --start 2026-01-05 --yes
  ctopath tour start --custom --title 'Own the incident process' \\
    --mission 'Halve time to recover from incidents' \\
    --criterion 'MTTR halves::median time to recover, incident tracker, 3 months' \\
    --horizon-months 6 --checkin-weeks 2 --sponsor 'Dana Lee'";

const CHECKIN_AFTER_HELP: &str = "\
Criteria are numbered from 1 as `ctopath tour show` lists them. Statuses: on_track,
at_risk, off_track, met. A criterion left out keeps its earlier status.

Examples:
  ctopath tour checkin                            # asks criterion by criterion on a terminal
  ctopath tour checkin --criterion 1=met --criterion 3=at_risk:'vendor slipped two weeks' \\
    --learned 'Agree interfaces before dates' --date 2026-02-02";

const FINISH_AFTER_HELP: &str = "\
Each --achievement becomes an outcome in your portfolio, linked to the tour and its
competencies: 'WHAT', or 'WHAT::METRIC::BEFORE::AFTER' with an optional '::UNIT'.
Without one, a completed tour's outcome is recorded as an achievement to quantify later
with `ctopath portfolio review`.

Examples:
  ctopath tour finish --completed --outcome 'Checkout runs on one API' \\
    --achievement 'Checkout incidents fell::incidents per month::9::2'
  ctopath tour finish --abandoned --outcome 'Reorg moved the project to another team'";

#[derive(Debug, Args)]
pub struct StartArgs {
    /// A tour from `ctopath plan`: its mission id or its number in the list
    #[arg(value_name = "MISSION_ID|N", conflicts_with = "custom")]
    pub proposal: Option<String>,
    /// Write your own tour instead of taking a proposed one
    #[arg(long)]
    pub custom: bool,
    /// Id for the tour (default: the mission id, or one made from the title)
    #[arg(long)]
    pub id: Option<String>,
    #[arg(long)]
    pub title: Option<String>,
    /// The mission, in a sentence
    #[arg(long)]
    pub mission: Option<String>,
    /// A success criterion as 'TEXT::MEASURE' (repeatable; replaces the proposal's)
    #[arg(long = "criterion", value_name = "TEXT::MEASURE")]
    pub criteria: Vec<String>,
    /// First day of the tour (YYYY, YYYY-MM or YYYY-MM-DD; default: today)
    #[arg(long)]
    pub start: Option<String>,
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=120))]
    pub horizon_months: Option<u32>,
    /// Who backs the tour, usually your manager
    #[arg(long)]
    pub sponsor: Option<String>,
    /// Weeks between check-ins
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=52))]
    pub checkin_weeks: Option<u32>,
    /// What you gain (repeatable; replaces the proposal's)
    #[arg(long = "person-gain")]
    pub person_gains: Vec<String>,
    /// What the company gains (repeatable; replaces the proposal's)
    #[arg(long = "company-gain")]
    pub company_gains: Vec<String>,
    /// Competency id the tour builds (repeatable; replaces the proposal's)
    #[arg(long = "competency")]
    pub competencies: Vec<String>,
    /// Commit the charter as given, without asking
    #[arg(long, short)]
    pub yes: bool,
    #[command(flatten)]
    pub framework: FrameworkArg,
}

#[derive(Debug, Args)]
pub struct CheckinArgs {
    /// Tour id (default: the active tour)
    pub tour: Option<String>,
    /// Where a criterion stands: N=STATUS or N=STATUS:NOTE (repeatable)
    #[arg(long = "criterion", value_name = "N=STATUS[:NOTE]")]
    pub criteria: Vec<String>,
    /// What you learned since the last check-in
    #[arg(long)]
    pub learned: Option<String>,
    /// Day of the check-in (default: today)
    #[arg(long)]
    pub date: Option<String>,
    #[command(flatten)]
    pub framework: FrameworkArg,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("ending").args(["completed", "abandoned"])))]
pub struct FinishArgs {
    /// Tour id (default: the active tour)
    pub tour: Option<String>,
    /// The tour reached its mission
    #[arg(long)]
    pub completed: bool,
    /// The tour stopped short of its mission
    #[arg(long)]
    pub abandoned: bool,
    /// What the tour left behind, or why it stopped
    #[arg(long)]
    pub outcome: Option<String>,
    /// An outcome for the portfolio: 'WHAT' or 'WHAT::METRIC::BEFORE::AFTER[::UNIT]' (repeatable)
    #[arg(long = "achievement", value_name = "WHAT::METRIC::BEFORE::AFTER::UNIT")]
    pub achievements: Vec<String>,
    /// Who felt the outcomes (a team, a product, all customers)
    #[arg(long)]
    pub scope: Option<String>,
    /// Day the tour ended (default: today)
    #[arg(long)]
    pub date: Option<String>,
    /// Output format of what moved
    #[arg(long, value_enum)]
    pub format: Option<ViewFormat>,
    /// Do not ask; use the flags as given
    #[arg(long, short)]
    pub yes: bool,
    #[command(flatten)]
    pub framework: FrameworkArg,
}

#[derive(Debug, Args)]
pub struct TourViewArgs {
    #[arg(long, value_enum)]
    pub format: Option<ViewFormat>,
    /// Read this profile file instead of the store (nothing is written)
    #[arg(long, value_name = "FILE")]
    pub profile: Option<PathBuf>,
    /// Count check-ins as due or overdue as of this date (default: today)
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    #[command(flatten)]
    pub framework: FrameworkArg,
}

pub const STATUS_AFTER_HELP: &str = "\
One screen: the active tour and its health, check-ins due or overdue, the criteria at
risk, the next step of your action plan, and what moved in the assessment since the last
snapshot (`ctopath assess` and `ctopath tour finish` take snapshots).

Examples:
  ctopath status
  ctopath status --format json | jq .active_tour.health";

#[derive(Debug, Args)]
pub struct StatusArgs {
    #[arg(long, value_enum)]
    pub format: Option<StatusFormat>,
    /// Read this profile file instead of the store (no snapshots to compare)
    #[arg(long, value_name = "FILE")]
    pub profile: Option<PathBuf>,
    /// As of this date (default: today)
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    #[command(flatten)]
    pub framework: FrameworkArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatusFormat {
    Table,
    Json,
}

pub const PORTFOLIO_AFTER_HELP: &str = "\
Outcomes come from `ctopath achievement add`, from the highlights of an imported CV and
from finished tours of duty.

Examples:
  ctopath portfolio list --period 2026-H1 --competency hiring
  ctopath portfolio review                       # asks for the numbers behind each outcome
  ctopath portfolio export --period 2026-H1 --format md -o brag.md";

#[derive(Debug, Subcommand)]
pub enum PortfolioCommand {
    /// List outcomes, filtered by period, competency, tag or tour
    #[command(
        after_help = "Periods: 2026, 2026-H1, 2026-Q3, 2026-05, or a range such as 2026-01..2026-06\n(either end may be left open: 2025-07..).\n\nExamples:\n  ctopath portfolio list --period 2026-H1 --competency hiring\n  ctopath portfolio list --tag performance --format json"
    )]
    List(PortfolioFilter),
    /// Put numbers on outcomes that have none: what changed, by how much, for whom,
    /// compared to what
    #[command(
        after_help = "On a terminal, each outcome without a number is asked about in turn. In scripts,\nwithout --id it lists them; with --id it records the answer.\n\nExamples:\n  ctopath portfolio review\n  ctopath portfolio review --id a3 --metric 'deploy time' --before 45 --after 7 --unit minutes \\\n    --scope 'all 40 engineers' --compared-to 'the Q1 median'"
    )]
    Review(ReviewArgs),
    /// Write a brag document for a performance review, grouped by competency, each
    /// outcome with its evidence and where it came from
    #[command(
        after_help = "Examples:\n  ctopath portfolio export --period 2026-H1 --format md -o brag-2026-h1.md\n  ctopath portfolio export --period 2025 --format json"
    )]
    Export(ExportPortfolioArgs),
}

#[derive(Debug, Args)]
pub struct PortfolioFilter {
    /// Only outcomes dated in this period (undated ones are left out)
    #[arg(long)]
    pub period: Option<String>,
    /// Only outcomes that show this competency id
    #[arg(long)]
    pub competency: Option<String>,
    /// Only outcomes with this tag
    #[arg(long)]
    pub tag: Option<String>,
    /// Only outcomes of this tour of duty
    #[arg(long)]
    pub tour: Option<String>,
    #[arg(long, value_enum)]
    pub format: Option<ViewFormat>,
    /// Read this profile file instead of the store (nothing is written)
    #[arg(long, value_name = "FILE")]
    pub profile: Option<PathBuf>,
    #[command(flatten)]
    pub framework: FrameworkArg,
}

#[derive(Debug, Args)]
pub struct ReviewArgs {
    /// The achievement to quantify (see `ctopath portfolio review` or `achievement list`)
    #[arg(long)]
    pub id: Option<String>,
    /// What changed, reworded
    #[arg(long, requires = "id")]
    pub text: Option<String>,
    /// The number that moved, e.g. 'deploy time'
    #[arg(long, requires = "id")]
    pub metric: Option<String>,
    #[arg(long, allow_hyphen_values = true, requires = "id")]
    pub before: Option<f64>,
    #[arg(long, allow_hyphen_values = true, requires = "id")]
    pub after: Option<f64>,
    #[arg(long, requires = "id")]
    pub unit: Option<String>,
    /// For whom: who or what felt the change
    #[arg(long, requires = "id")]
    pub scope: Option<String>,
    /// What the before value is, e.g. 'the Q1 median'
    #[arg(long, requires = "id")]
    pub compared_to: Option<String>,
    /// Format of the list of outcomes without a number
    #[arg(long, value_enum)]
    pub format: Option<ViewFormat>,
    #[command(flatten)]
    pub framework: FrameworkArg,
}

#[derive(Debug, Args)]
pub struct ExportPortfolioArgs {
    #[command(flatten)]
    pub filter: PortfolioFilter,
    /// Write the document here instead of standard output
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,
}
