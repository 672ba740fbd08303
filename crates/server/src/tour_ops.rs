//! What starting and finishing a tour does to a profile, shared by the pages and
//! the API so both follow the same rules.

use ctopath_engine::ProposedTour;
use ctopath_profile::{Achievement, Metric, PartialDate, Profile, TourOfDuty, TourStatus};

/// An id for a new tour: the mission id, or `-2`, `-3`… when taken.
pub fn new_id(profile: &Profile, base: &str) -> String {
    let base = if base.trim().is_empty() {
        "tour"
    } else {
        base.trim()
    };
    (1..)
        .map(|n| {
            if n == 1 {
                base.to_string()
            } else {
                format!("{base}-{n}")
            }
        })
        .find(|id| !profile.tours.iter().any(|t| &t.id == id))
        .expect("an unused id exists")
}

/// An active tour with the proposal's charter as it stands.
pub fn from_proposal(
    id: String,
    p: &ProposedTour,
    start: PartialDate,
    sponsor: Option<String>,
) -> TourOfDuty {
    TourOfDuty {
        id,
        title: Some(p.title.clone()),
        mission_id: Some(p.id.clone()),
        tour: Some(p.tour.clone()),
        mission: p.mission.clone(),
        status: TourStatus::Active,
        sponsor,
        start: Some(start),
        horizon_months: Some(p.horizon_months),
        checkin_every_weeks: Some(p.checkin_every_weeks),
        success_criteria: p
            .success_criteria
            .iter()
            .map(|c| ctopath_profile::SuccessCriterion {
                text: c.text.clone(),
                measure: c.measure.clone(),
            })
            .collect(),
        person_gains: p.person_gains.clone(),
        company_gains: p.company_gains.clone(),
        competencies: p.competencies.clone(),
        milestone: p.milestone.clone(),
        ..Default::default()
    }
}

/// Ends tour `index`. A completed tour's outcome becomes an achievement linked to
/// the tour, with the tour's competencies and the number behind it when given.
pub fn finish(
    profile: &mut Profile,
    index: usize,
    status: TourStatus,
    date: PartialDate,
    outcome: String,
    metric: Option<Metric>,
) {
    let tour = &mut profile.tours[index];
    tour.status = status;
    tour.finished = Some(date);
    tour.outcome = Some(outcome.clone());
    if status == TourStatus::Completed {
        let achievement = Achievement {
            what_changed: outcome,
            metric,
            date: Some(date),
            competencies: tour.competencies.clone(),
            tour: Some(tour.id.clone()),
            tags: vec!["tour".into()],
            ..Default::default()
        };
        profile.achievements.push(achievement);
        profile.assign_missing_ids();
    }
}
