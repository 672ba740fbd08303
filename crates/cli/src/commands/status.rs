//! `ctopath status`: one screen on where things stand: the active tour and its
//! health, the check-in due, the criteria at risk, the next step of the action plan,
//! and what moved in the assessment since the last snapshot. Reads only.

pub mod change;

use ctopath_engine::{ActionItem, Engine, Options};
use ctopath_profile::tour_health::{CheckinSchedule, CriterionState, criteria_in_trouble};
use ctopath_profile::{TourOfDuty, TourStatus};
use ctopath_store::Store;
use serde::Serialize;

use self::change::{Change, Summary};
use super::framework::{load as load_framework, to_json};
use super::profile::{Globals, load_file};
use crate::clock;
use crate::diagnostic::Diagnostic;
use crate::error::{CliError, CliResult};
use crate::io::{format_or_default, print_stdout};
use crate::session::{Session, store_error};
use crate::tour_args::{StatusArgs, StatusFormat};
use crate::views;
use crate::views::tour::TourView;

#[derive(Serialize)]
pub struct Status<'a> {
    pub person: String,
    pub as_of: String,
    /// The tour under way, with its health and check-in schedule.
    pub active_tour: Option<TourView<'a>>,
    /// When the active tour's next check-in falls due.
    pub checkin: Option<CheckinSchedule>,
    /// The active tour's criteria at risk or off track, worst first.
    pub criteria_at_risk: Vec<CriterionState<'a>>,
    /// The first step of the action plan.
    pub next_step: Option<ActionItem>,
    pub assessment: AssessmentStatus,
    pub portfolio: PortfolioCounts,
}

#[derive(Serialize)]
pub struct AssessmentStatus {
    #[serde(flatten)]
    pub now: Summary,
    /// Against the latest snapshot; when nothing moved since then, against the one
    /// before, so the last step that moved something stays in view. `None` without
    /// snapshots.
    pub change: Option<Change>,
    pub snapshots: usize,
}

#[derive(Serialize)]
pub struct PortfolioCounts {
    pub outcomes: usize,
    pub without_number: usize,
    pub tours_completed: usize,
    pub tours_abandoned: usize,
}

pub fn status(args: StatusArgs, g: &Globals) -> CliResult {
    let fw = load_framework(&args.framework)?;
    let today = match &args.as_of {
        None => clock::today(),
        Some(text) => ctopath_profile::PartialDate::parse(text).map_err(|e| {
            CliError::input(
                Diagnostic::error(format!("--as-of {text:?}: {e}"))
                    .help("write the date as YYYY, YYYY-MM or YYYY-MM-DD"),
            )
        })?,
    };
    let (profile, person, snapshots) = match &args.profile {
        Some(path) => {
            let (profile, _, name) = load_file(path, &fw)?;
            (profile, name, Vec::new())
        }
        None => {
            let s = Session::open(g.db, g.person)?;
            let person = s.person()?;
            let (profile, _) = s.load(&person)?;
            let snapshots = s.run(s.store.snapshots(&person)).map_err(store_error)?;
            (profile, person, snapshots)
        }
    };
    let engine = Engine::new(&fw);
    let a = engine.assess(&profile, &Options::new(today));
    let plan = engine.plan(&profile, &a);
    let now = Summary::of(&a);
    let earlier: Vec<Summary> = snapshots
        .iter()
        .rev()
        .filter_map(Summary::of_snapshot)
        .collect();
    let change = match earlier.as_slice() {
        [] => None,
        [latest, previous, ..] if latest.same_as(&now) => Some(Change::between(previous, latest)),
        [latest, ..] => Some(Change::between(latest, &now)),
    };
    let active: Option<&TourOfDuty> = profile
        .tours
        .iter()
        .find(|t| t.status == TourStatus::Active);
    let view = active.map(|t| TourView::of(t, &profile, today));
    let count = |s: TourStatus| profile.tours.iter().filter(|t| t.status == s).count();
    let status = Status {
        person: a.person.clone().unwrap_or_else(|| person.clone()),
        as_of: a.as_of.clone(),
        checkin: view.as_ref().and_then(|v| v.next_checkin.clone()),
        criteria_at_risk: active.map(criteria_in_trouble).unwrap_or_default(),
        active_tour: view,
        next_step: plan
            .action_plan
            .next_3_months
            .first()
            .or(plan.action_plan.next_6_to_12_months.first())
            .cloned(),
        assessment: AssessmentStatus {
            now,
            change,
            snapshots: snapshots.len(),
        },
        portfolio: PortfolioCounts {
            outcomes: profile.achievements.len(),
            without_number: profile
                .achievements
                .iter()
                .filter(|a| a.metric.is_none())
                .count(),
            tours_completed: count(TourStatus::Completed),
            tours_abandoned: count(TourStatus::Abandoned),
        },
    };
    let format = format_or_default(args.format, StatusFormat::Table, StatusFormat::Json);
    let text = match format {
        StatusFormat::Json => to_json(&status),
        StatusFormat::Table => views::status::screen(&status),
    };
    print_stdout(&text)
}
