//! Tour of duty forms: the charter agreed when a tour starts, a check-in per
//! criterion, and the finish with its outcome.

use ctopath_engine::ProposedTour;
use ctopath_profile::{
    CheckIn, CriterionProgress, CriterionStatus, PartialDate, SuccessCriterion, TourOfDuty,
    TourStatus,
};

use super::{FormData, FormErrors, date, lines, text, whole};

/// Separates a criterion from its measure on one line of the charter form.
pub const MEASURE_SEPARATOR: &str = "::";

/// The charter form's values for a tour the plan proposes.
pub fn charter_values(p: &ProposedTour, today: PartialDate) -> FormData {
    FormData(vec![
        ("mission_id".into(), p.id.clone()),
        ("title".into(), p.title.clone()),
        ("mission".into(), p.mission.clone()),
        (
            "criteria".into(),
            p.success_criteria
                .iter()
                .map(|c| format!("{} {MEASURE_SEPARATOR} {}", c.text, c.measure))
                .collect::<Vec<_>>()
                .join("\n"),
        ),
        ("start".into(), today.to_string()),
        ("horizon_months".into(), p.horizon_months.to_string()),
        (
            "checkin_every_weeks".into(),
            p.checkin_every_weeks.to_string(),
        ),
        ("sponsor".into(), String::new()),
        ("person_gains".into(), p.person_gains.join("\n")),
        ("company_gains".into(), p.company_gains.join("\n")),
    ])
}

/// A new active tour from the charter form; `proposal` supplies what the form does
/// not show (type, competencies, milestone).
pub fn read_charter(
    form: &FormData,
    id: String,
    proposal: Option<&ProposedTour>,
    errors: &mut FormErrors,
) -> TourOfDuty {
    let mission = form.get("mission").to_string();
    if mission.is_empty() {
        errors.add(
            "mission",
            "state in a sentence what the tour should leave behind",
        );
    }
    let mut criteria = Vec::new();
    for line in lines(form.get("criteria")) {
        match line.split_once(MEASURE_SEPARATOR) {
            Some((text, measure)) if !text.trim().is_empty() && !measure.trim().is_empty() => {
                criteria.push(SuccessCriterion {
                    text: text.trim().to_string(),
                    measure: measure.trim().to_string(),
                })
            }
            _ => errors.add(
                "criteria",
                format!("“{line}” needs a measure: write the criterion, then {MEASURE_SEPARATOR}, then how it is measured"),
            ),
        }
    }
    if criteria.is_empty() && errors.get("criteria").is_none() {
        errors.add(
            "criteria",
            "give at least one success criterion with its measure",
        );
    }
    let start = date(form, "start", errors);
    if start.is_none() && errors.get("start").is_none() {
        errors.add("start", "give the date the tour starts");
    }
    TourOfDuty {
        id,
        title: text(form.get("title")),
        mission_id: text(form.get("mission_id")),
        tour: proposal.map(|p| p.tour.clone()),
        mission,
        status: TourStatus::Active,
        sponsor: text(form.get("sponsor")),
        start,
        horizon_months: whole(form, "horizon_months", errors),
        checkin_every_weeks: whole(form, "checkin_every_weeks", errors),
        success_criteria: criteria,
        person_gains: lines(form.get("person_gains")),
        company_gains: lines(form.get("company_gains")),
        competencies: proposal.map(|p| p.competencies.clone()).unwrap_or_default(),
        milestone: proposal.and_then(|p| p.milestone.clone()),
        ..Default::default()
    }
}

/// The charter field a validation path inside a tour belongs to.
pub fn charter_field(rest: &str) -> Option<&'static str> {
    Some(match rest {
        "mission" => "mission",
        "title" => "title",
        "start" => "start",
        "horizon_months" => "horizon_months",
        "checkin_every_weeks" => "checkin_every_weeks",
        "sponsor" => "sponsor",
        "status" => "mission",
        r if super::list_field(r, "success_criteria") => "criteria",
        r if super::list_field(r, "person_gains") => "person_gains",
        r if super::list_field(r, "company_gains") => "company_gains",
        _ => return None,
    })
}

/// A check-in from the form: `status_N` and `note_N` per criterion (N from 0),
/// blank statuses leaving a criterion as it was.
pub fn read_checkin(
    form: &FormData,
    tour: &TourOfDuty,
    today: PartialDate,
    errors: &mut FormErrors,
) -> CheckIn {
    let when = date(form, "date", errors).unwrap_or(today);
    let mut criteria = Vec::new();
    for index in 0..tour.success_criteria.len() {
        let field = format!("status_{index}");
        let value = form.get(&field);
        if value.is_empty() {
            continue;
        }
        match CriterionStatus::parse(value) {
            Some(status) => criteria.push(CriterionProgress {
                index,
                status,
                note: text(form.get(&format!("note_{index}"))),
            }),
            None => errors.add(&field, "pick on track, at risk, off track or met"),
        }
    }
    let learned = text(form.get("learned"));
    if criteria.is_empty() && learned.is_none() {
        errors.add(
            "learned",
            "a check-in needs something to record: a status for at least one criterion, or what you learned",
        );
    }
    CheckIn {
        date: when,
        criteria,
        learned,
    }
}

/// The check-in field a validation path inside `checkins[k]` belongs to.
pub fn checkin_field(rest: &str) -> Option<&'static str> {
    Some(match rest {
        "date" => "date",
        "learned" => "learned",
        r if r.starts_with("criteria") => "learned",
        _ => return None,
    })
}

/// How a tour ends: completed or abandoned, when, and what it left behind.
pub struct Finish {
    pub status: TourStatus,
    pub date: Option<PartialDate>,
    pub outcome: Option<String>,
}

pub fn read_finish(form: &FormData, today: PartialDate, errors: &mut FormErrors) -> Finish {
    let status = match form.get("result") {
        "completed" => TourStatus::Completed,
        "abandoned" => TourStatus::Abandoned,
        _ => {
            errors.add("result", "say whether the tour was completed or abandoned");
            TourStatus::Completed
        }
    };
    let outcome = text(form.get("outcome"));
    if outcome.is_none() {
        errors.add(
            "outcome",
            "say what the tour left behind (or why it stopped), in a sentence",
        );
    }
    Finish {
        status,
        date: Some(date(form, "finished", errors).unwrap_or(today)),
        outcome,
    }
}

pub fn finish_field(rest: &str) -> Option<&'static str> {
    Some(match rest {
        "finished" => "finished",
        "outcome" => "outcome",
        "status" => "result",
        _ => return None,
    })
}
