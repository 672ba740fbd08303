//! Gathering a report from the profile, the framework and the engine's conclusions.

use ctopath_charts::TourKind;
use ctopath_engine::{Assessment, Plan};
use ctopath_framework::Framework;
use ctopath_profile::scope::{self, PathStyle};
use ctopath_profile::{Achievement, PartialDate, Profile, TourOfDuty, TourStatus};

use super::{CareerPosition, CareerTour, Highlight, Names, ProgressPoint, Report};

/// How many achievements the portfolio section shows.
pub const MAX_HIGHLIGHTS: usize = 6;

impl Report {
    /// Gathers the report for `profile` as of `as_of`, the date `assessment` was made
    /// for. `history` holds earlier assessments (the store's snapshots) in any order;
    /// this assessment is added as the latest point unless the history already ends
    /// with it.
    pub fn new(
        framework: &Framework,
        profile: &Profile,
        assessment: Assessment,
        plan: Plan,
        as_of: PartialDate,
        history: Vec<ProgressPoint>,
    ) -> Report {
        let names = Names::new(framework, &assessment.route);
        let name = profile
            .person
            .as_ref()
            .and_then(|p| p.name.clone())
            .filter(|n| !n.trim().is_empty());
        let positions = positions(framework, profile);
        let mut tours: Vec<CareerTour> = profile
            .tours
            .iter()
            .map(|t| tour(framework, t, as_of, &positions))
            .collect();
        let has_next = profile
            .tours
            .iter()
            .any(|t| matches!(t.status, TourStatus::Active | TourStatus::Proposed));
        if !has_next && let Some(next) = plan.tours.first() {
            tours.push(CareerTour {
                name: next.title.clone(),
                kind: tour_kind(&next.tour),
                status: TourStatus::Proposed,
                start: Some(as_of),
                end: Some(add_months(as_of, next.horizon_months)),
                from_plan: true,
            });
        }
        let highlights = highlights(profile, &names);
        let progress = progress(history, &assessment, as_of);
        Report {
            name,
            as_of,
            assessment,
            plan,
            highlights,
            positions,
            tours,
            progress,
            names,
        }
    }
}

/// The chart's kind for a framework tour id; custom frameworks may name others.
pub fn tour_kind(id: &str) -> TourKind {
    match id {
        "rotational" => TourKind::Rotational,
        "transformational" => TourKind::Transformational,
        "foundational" => TourKind::Foundational,
        _ => TourKind::Unknown,
    }
}

/// Positions, most recent first, each coloured by the tour of the level its title
/// reads as. The title is the one witness every position has; scope is read by the
/// engine for the career as a whole.
fn positions(framework: &Framework, profile: &Profile) -> Vec<CareerPosition> {
    let read = scope::positions(profile, framework, PathStyle::of(profile));
    let mut out: Vec<CareerPosition> = profile
        .positions
        .iter()
        .zip(read)
        .map(|(p, evidence)| {
            let level = evidence.title_match.map(|m| m.level);
            let tour = level
                .as_deref()
                .and_then(|id| framework.levels.iter().find(|l| l.id == id))
                .map_or(TourKind::Unknown, |l| tour_kind(&l.tour));
            CareerPosition {
                title: p.title.clone().unwrap_or_default(),
                organisation: p.organisation.clone().unwrap_or_default(),
                start: p.start,
                end: p.end,
                level,
                tour,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        let key = |p: &CareerPosition| p.start.map_or(f64::MIN, |d| d.as_fractional_year());
        key(b).total_cmp(&key(a))
    });
    out
}

/// A tour of duty as the timeline draws it. A tour whose type is not stated (nor its
/// mission's) takes the type of the position held when it began: a tour is lived in
/// a job.
fn tour(
    framework: &Framework,
    t: &TourOfDuty,
    as_of: PartialDate,
    positions: &[CareerPosition],
) -> CareerTour {
    let kind_id = t.tour.clone().or_else(|| {
        let mission = t.mission_id.as_deref()?;
        framework
            .missions
            .iter()
            .find(|m| m.id == mission)
            .map(|m| m.tour.clone())
    });
    let start = t
        .start
        .or((t.status == TourStatus::Proposed).then_some(as_of));
    let end = t.finished.or_else(|| {
        let months = t.horizon_months?;
        start.map(|s| add_months(s, months))
    });
    let kind = match kind_id.as_deref().map(tour_kind) {
        Some(kind) if kind != TourKind::Unknown => kind,
        _ => start.map_or(TourKind::Unknown, |s| kind_at(positions, s)),
    };
    CareerTour {
        name: t.name().to_string(),
        kind,
        status: t.status,
        start,
        end,
        from_plan: false,
    }
}

/// The tour kind of the position held on `date` (the latest one begun by then).
fn kind_at(positions: &[CareerPosition], date: PartialDate) -> TourKind {
    let at = date.as_fractional_year();
    positions
        .iter()
        .filter(|p| {
            let began = p.start.is_some_and(|s| s.as_fractional_year() <= at);
            let ended = p.end.is_some_and(|e| e.as_fractional_year() < at);
            began && !ended
        })
        .max_by(|a, b| {
            let key = |p: &CareerPosition| p.start.map_or(f64::MIN, |d| d.as_fractional_year());
            key(a).total_cmp(&key(b))
        })
        .map_or(TourKind::Unknown, |p| p.tour)
}

/// `date` moved on by `months`, kept to month precision.
pub fn add_months(date: PartialDate, months: u32) -> PartialDate {
    let month0 = u32::from(date.month().unwrap_or(1)) - 1 + months;
    let year = u32::from(date.year()) + month0 / 12;
    let text = format!("{year:04}-{:02}", month0 % 12 + 1);
    PartialDate::parse(&text).unwrap_or(date)
}

/// Achievements with a number that moved come first, the biggest relative change
/// first; then the rest, most recent first.
fn highlights(profile: &Profile, names: &Names) -> Vec<Highlight> {
    let mut ranked: Vec<&Achievement> = profile.achievements.iter().collect();
    let weight = |a: &Achievement| {
        a.metric
            .as_ref()
            .map(|m| m.relative_change().map_or(1.0, f64::abs))
    };
    let when = |a: &Achievement| a.date.map_or(f64::MIN, |d| d.as_fractional_year());
    ranked.sort_by(|a, b| match (weight(a), weight(b)) {
        (Some(x), Some(y)) => y.total_cmp(&x).then(when(b).total_cmp(&when(a))),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => when(b).total_cmp(&when(a)),
    });
    ranked
        .into_iter()
        .take(MAX_HIGHLIGHTS)
        .map(|a| Highlight {
            text: a.what_changed.clone(),
            metric: a.metric.clone(),
            date: a.date,
            scope: a.scope.clone().filter(|s| !s.trim().is_empty()),
            position: a
                .position
                .as_deref()
                .and_then(|id| profile.position(id))
                .map(|p| {
                    [p.title.as_deref(), p.organisation.as_deref()]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .filter(|s| !s.is_empty()),
            competencies: a.competencies.iter().map(|c| names.competency(c)).collect(),
        })
        .collect()
}

/// The history sorted by date, ending with this assessment.
fn progress(
    mut history: Vec<ProgressPoint>,
    a: &Assessment,
    as_of: PartialDate,
) -> Vec<ProgressPoint> {
    history.sort_by(|x, y| {
        x.date
            .as_fractional_year()
            .total_cmp(&y.date.as_fractional_year())
    });
    let now = ProgressPoint {
        date: as_of,
        level: Some(a.level.number),
        readiness_next: a
            .readiness
            .next_level_id
            .as_ref()
            .map(|_| a.readiness.next_level),
        readiness_cto: Some(a.readiness.cto),
    };
    // The store usually already holds this very assessment (`assess` saves one).
    if history.last() != Some(&now) {
        history.push(now);
    }
    history
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_roll_over_into_the_next_year() {
        let d = PartialDate::parse("2025-11").unwrap();
        assert_eq!(add_months(d, 3).to_string(), "2026-02");
        assert_eq!(add_months(d, 0).to_string(), "2025-11");
        let year = PartialDate::parse("2024").unwrap();
        assert_eq!(add_months(year, 12).to_string(), "2025-01");
    }
}
