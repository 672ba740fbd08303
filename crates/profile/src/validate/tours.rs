//! The rules a tour of duty must keep, from its charter to its check-ins and finish.
//!
//! - the mission says something, and every success criterion says how it is measured;
//! - dates exist and run forwards: start, then check-ins in order, then the finish;
//! - check-ins name criteria that exist, each at most once, and say something;
//! - the status agrees with the rest: only a started tour has check-ins, only a
//!   finished one has a finish date;
//! - at most one tour is active at a time. A tour of duty is a commitment agreed with
//!   a sponsor, and two at once split the attention each needs; finish or abandon one
//!   before starting the next. Proposed tours may be any number.
//!
//! Ids (competencies, the mission, the tour kind) are checked with the other
//! references in `references.rs`.

use ctopath_source::FieldPath;

use super::dates::real;
use super::numbers::at_most;
use super::{Problem, Rule, root};
use crate::{PartialDate, Profile, TourOfDuty, TourStatus};

/// Tours of duty run for a few years; ten is the outer edge.
const MAX_TOUR_MONTHS: u32 = 120;
/// A check-in less often than once a year is not a check-in.
const MAX_CHECKIN_WEEKS: u32 = 52;

pub(super) fn check(profile: &Profile, out: &mut Vec<Problem>) {
    let mut first_active: Option<usize> = None;
    for (i, t) in profile.tours.iter().enumerate() {
        let at = root("tours").index(i);
        charter(t, &at, out);
        dates(t, &at, out);
        checkins(t, &at, out);
        if t.status == TourStatus::Active {
            match first_active {
                None => first_active = Some(i),
                Some(j) => out.push(
                    Problem::new(
                        Rule::Conflict,
                        at.child("status"),
                        format!(
                            "tour `{}` is active, but so is `{}`",
                            t.id, profile.tours[j].id
                        ),
                        "run one tour at a time: finish or abandon the other first (`ctopath tour finish`), or mark this one `proposed`",
                    )
                    .related(root("tours").index(j).child("status")),
                ),
            }
        }
    }
}

fn charter(t: &TourOfDuty, at: &FieldPath, out: &mut Vec<Problem>) {
    if t.mission.trim().is_empty() {
        out.push(Problem::new(
            Rule::Malformed,
            at.child("mission"),
            format!("tour `{}` has no mission", t.id),
            "state in a sentence what the tour should leave behind",
        ));
    }
    for (j, c) in t.success_criteria.iter().enumerate() {
        let here = at.child("success_criteria").index(j);
        if c.text.trim().is_empty() {
            out.push(Problem::new(
                Rule::Malformed,
                here.child("text"),
                format!("success criterion {} of tour `{}` is empty", j + 1, t.id),
                "say what will be true when the tour has succeeded",
            ));
        }
        if c.measure.trim().is_empty() {
            out.push(Problem::new(
                Rule::Malformed,
                here.child("measure"),
                format!(
                    "success criterion \"{}\" says nothing about how it is measured",
                    c.text
                ),
                "name the number or artefact that shows it was met",
            ));
        }
    }
    if let Some(months) = t.horizon_months {
        at_most(
            out,
            at.child("horizon_months"),
            months,
            MAX_TOUR_MONTHS,
            "months",
        );
    }
    if let Some(weeks) = t.checkin_every_weeks
        && !(1..=MAX_CHECKIN_WEEKS).contains(&weeks)
    {
        out.push(Problem::new(
            Rule::OutOfRange,
            at.child("checkin_every_weeks"),
            format!("a check-in every {weeks} weeks is not a cadence"),
            format!("check in every 1 to {MAX_CHECKIN_WEEKS} weeks; every 2 to 6 is usual"),
        ));
    }
}

/// Start and finish: real, in order, and a finish only on a finished tour.
fn dates(t: &TourOfDuty, at: &FieldPath, out: &mut Vec<Problem>) {
    let start = t.start.filter(|d| real(out, at.child("start"), d));
    let Some(finished) = t.finished else {
        return;
    };
    if !real(out, at.child("finished"), &finished) {
        return;
    }
    if !t.is_finished() {
        out.push(Problem::new(
            Rule::Conflict,
            at.child("finished"),
            format!("tour `{}` has a finish date but is {}", t.id, t.status.id()),
            "set `status` to `completed` or `abandoned`, or remove `finished`",
        ));
    }
    if let Some(start) = start
        && finished.is_before(&start)
    {
        out.push(
            Problem::new(
                Rule::InvertedDates,
                at.child("finished"),
                format!(
                    "tour `{}` finishes ({finished}) before it starts ({start})",
                    t.id
                ),
                "correct whichever date is wrong; a tour finishes on or after its start",
            )
            .related(at.child("start")),
        );
    }
}

fn checkins(t: &TourOfDuty, at: &FieldPath, out: &mut Vec<Problem>) {
    if t.status == TourStatus::Proposed && !t.checkins.is_empty() {
        out.push(Problem::new(
            Rule::Conflict,
            at.child("checkins"),
            format!("tour `{}` is only proposed but has check-ins", t.id),
            "set `status: active` (and a `start`) once the tour is agreed; check-ins follow",
        ));
    }
    let mut previous: Option<(usize, PartialDate)> = None;
    for (k, c) in t.checkins.iter().enumerate() {
        let here = at.child("checkins").index(k);
        if real(out, here.child("date"), &c.date) {
            in_order(t, at, &here, k, c.date, previous, out);
            previous = Some((k, c.date));
        }
        if c.criteria.is_empty() && c.learned.as_deref().is_none_or(|l| l.trim().is_empty()) {
            out.push(Problem::new(
                Rule::Malformed,
                here.clone(),
                format!("check-in {} of tour `{}` records nothing", k + 1, t.id),
                "give the status of at least one success criterion, or what was learned",
            ));
        }
        let mut seen: Vec<(usize, usize)> = Vec::new();
        for (n, p) in c.criteria.iter().enumerate() {
            let field = here.child("criteria").index(n).child("index");
            if p.index >= t.success_criteria.len() {
                out.push(Problem::new(
                    Rule::OutOfRange,
                    field,
                    format!(
                        "check-in reports on criterion index {}, but tour `{}` has {} success criteria",
                        p.index,
                        t.id,
                        t.success_criteria.len()
                    ),
                    "indexes count from 0 within `success_criteria`; correct the index or add the criterion",
                ));
            } else if let Some(&(_, first)) = seen.iter().find(|(i, _)| *i == p.index) {
                out.push(
                    Problem::new(
                        Rule::DuplicateId,
                        field,
                        format!("the check-in reports twice on criterion index {}", p.index),
                        "keep one status per criterion in a check-in",
                    )
                    .related(here.child("criteria").index(first).child("index")),
                );
            } else {
                seen.push((p.index, n));
            }
        }
    }
}

/// A check-in falls on or after the start, after the check-in before it and on or
/// before the finish.
fn in_order(
    t: &TourOfDuty,
    at: &FieldPath,
    here: &FieldPath,
    k: usize,
    date: PartialDate,
    previous: Option<(usize, PartialDate)>,
    out: &mut Vec<Problem>,
) {
    let field = here.child("date");
    let backwards = |what: String, related: FieldPath| {
        Problem::new(
            Rule::InvertedDates,
            field.clone(),
            what,
            "check-ins are kept in the order they happened, between the tour's start and finish; correct the date or move the entry",
        )
        .related(related)
    };
    if let Some(start) = t.start.filter(PartialDate::is_real)
        && date.is_before(&start)
    {
        out.push(backwards(
            format!(
                "check-in on {date} is before tour `{}` starts ({start})",
                t.id
            ),
            at.child("start"),
        ));
    }
    if let Some((j, before)) = previous
        && date.is_before(&before)
    {
        out.push(backwards(
            format!(
                "check-in {} ({date}) is dated before check-in {} ({before})",
                k + 1,
                j + 1
            ),
            at.child("checkins").index(j).child("date"),
        ));
    }
    if let Some(finished) = t.finished.filter(PartialDate::is_real)
        && finished.is_before(&date)
    {
        out.push(backwards(
            format!(
                "check-in on {date} is after tour `{}` finished ({finished})",
                t.id
            ),
            at.child("finished"),
        ));
    }
}
