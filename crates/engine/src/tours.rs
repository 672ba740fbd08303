//! What lived tours of duty add to the evidence: each success criterion met counts for
//! the tour's competencies, and a tour built for a milestone (running the organisation
//! for two weeks, taking an initiative to the board) counts toward that milestone. A
//! milestone the record already shows (a bullet with every group of the mission's
//! `milestone_signs`) is met without a tour.

use ctopath_profile::{CriterionStatus, Profile, TourOfDuty, TourStatus};

use crate::Engine;
use crate::career::Career;
use crate::model::{Evidence, MilestoneResult};

/// A success criterion the latest check-in marks as met.
pub struct Met<'p> {
    pub tour: &'p TourOfDuty,
    pub source: String,
    pub text: &'p str,
}

/// The competencies a tour works on: its own list, else its mission's.
pub fn competencies<'a>(engine: &Engine<'a>, tour: &'a TourOfDuty) -> &'a [String] {
    if !tour.competencies.is_empty() {
        return &tour.competencies;
    }
    tour.mission_id
        .as_deref()
        .and_then(|id| engine.framework.missions.iter().find(|m| m.id == id))
        .map_or(&[], |m| m.competencies.as_slice())
}

/// Criteria whose latest recorded status is met, in every tour of the profile.
pub fn met(profile: &Profile) -> Vec<Met<'_>> {
    let mut out = Vec::new();
    for (t, tour) in profile.tours.iter().enumerate() {
        for (c, criterion) in tour.success_criteria.iter().enumerate() {
            let latest = tour
                .checkins
                .iter()
                .rev()
                .find_map(|k| k.criteria.iter().find(|p| p.index == c).map(|p| p.status));
            if latest == Some(CriterionStatus::Met) {
                out.push(Met {
                    tour,
                    source: format!("tours[{t}].success_criteria[{c}]"),
                    text: &criterion.text,
                });
            }
        }
    }
    out
}

/// The milestones the framework's missions are built for, with how far the person's
/// tours have taken each.
pub fn milestones(
    engine: &Engine<'_>,
    profile: &Profile,
    career: &Career<'_>,
) -> Vec<MilestoneResult> {
    let met = met(profile);
    engine
        .framework
        .missions
        .iter()
        .enumerate()
        .filter_map(|(i, m)| m.milestone.as_ref().map(|text| (i, m, text)))
        .map(|(i, m, text)| {
            let tours: Vec<(usize, &TourOfDuty)> = profile
                .tours
                .iter()
                .enumerate()
                .filter(|(_, t)| t.mission_id.as_deref() == Some(m.id.as_str()))
                .collect();
            let mut evidence: Vec<Evidence> = met
                .iter()
                .filter(|x| x.tour.mission_id.as_deref() == Some(m.id.as_str()))
                .map(|x| Evidence::new("criterion_met", x.text.to_string(), x.source.clone()))
                .collect();
            let all_met = tours.iter().any(|(_, t)| {
                t.status == TourStatus::Completed
                    && !t.success_criteria.is_empty()
                    && met.iter().filter(|x| std::ptr::eq(x.tour, *t)).count()
                        == t.success_criteria.len()
            });
            let shown = shown_in_record(career, &engine.milestone_lists[i]);
            if let Some(t) = shown {
                let t = &career.texts[t];
                evidence.push(Evidence::new(
                    "record",
                    t.text.to_string(),
                    t.source.clone(),
                ));
            }
            let status = if all_met || shown.is_some() {
                "met"
            } else if tours.iter().any(|(_, t)| t.status == TourStatus::Active)
                || !evidence.is_empty()
            {
                "in_progress"
            } else {
                "not_started"
            };
            for (i, t) in &tours {
                evidence.push(Evidence::new(
                    "tour",
                    format!("tour \"{}\" is {}", t.name(), t.status.id()),
                    format!("tours[{i}]"),
                ));
            }
            MilestoneResult {
                mission: m.id.clone(),
                text: text.clone(),
                stages: m.stages.clone(),
                status: status.to_string(),
                evidence,
            }
        })
        .collect()
}

/// The first text of the person's own words with a hit of every group, if any.
fn shown_in_record(career: &Career<'_>, groups: &[crate::lexicon::ListId]) -> Option<usize> {
    let (first, rest) = groups.split_first()?;
    career.hits(*first).iter().map(|h| h.text).find(|&t| {
        rest.iter()
            .all(|&g| career.hits(g).iter().any(|h| h.text == t))
    })
}
