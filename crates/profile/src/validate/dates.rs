//! Rules `impossible-date` and `inverted-dates` (tours have their own module).

use ctopath_source::FieldPath;

use super::{Problem, Rule, root};
use crate::{PartialDate, Profile};

pub(super) fn check(profile: &Profile, out: &mut Vec<Problem>) {
    for (i, p) in profile.positions.iter().enumerate() {
        let at = root("positions").index(i);
        span(out, &at, ("start", p.start), ("end", p.end), "the position");
    }
    for (i, r) in profile.ratings.iter().enumerate() {
        real(out, root("ratings").index(i).child("date"), &r.date);
    }
    for (i, a) in profile.achievements.iter().enumerate() {
        if let Some(date) = &a.date {
            real(out, root("achievements").index(i).child("date"), date);
        }
    }
    kept_sections(profile, out);
}

/// Dates in the JSON Resume sections ctopath keeps: a CV with an impossible
/// graduation date is as broken as one with an impossible job.
fn kept_sections(profile: &Profile, out: &mut Vec<Problem>) {
    let kept = &profile.resume;
    let resume = root("resume");
    let spans = [
        (
            "volunteer",
            kept.volunteer
                .iter()
                .flatten()
                .map(|v| (v.start_date, v.end_date))
                .collect::<Vec<_>>(),
        ),
        (
            "education",
            kept.education
                .iter()
                .flatten()
                .map(|e| (e.start_date, e.end_date))
                .collect(),
        ),
        (
            "projects",
            kept.projects
                .iter()
                .flatten()
                .map(|p| (p.start_date, p.end_date))
                .collect(),
        ),
    ];
    for (section, items) in spans {
        for (i, (start, end)) in items.into_iter().enumerate() {
            let at = resume.child(section).index(i);
            span(
                out,
                &at,
                ("startDate", start),
                ("endDate", end),
                "the entry",
            );
        }
    }
    let single = [
        (
            "awards",
            "date",
            kept.awards
                .iter()
                .flatten()
                .map(|a| a.date)
                .collect::<Vec<_>>(),
        ),
        (
            "certificates",
            "date",
            kept.certificates.iter().flatten().map(|c| c.date).collect(),
        ),
        (
            "publications",
            "releaseDate",
            kept.publications
                .iter()
                .flatten()
                .map(|p| p.release_date)
                .collect(),
        ),
    ];
    for (section, field, dates) in single {
        for (i, date) in dates.into_iter().enumerate() {
            if let Some(date) = date {
                real(out, resume.child(section).index(i).child(field), &date);
            }
        }
    }
}

/// A start and an end: each must be real, and the end must not come first.
fn span(
    out: &mut Vec<Problem>,
    at: &FieldPath,
    (start_key, start): (&str, Option<PartialDate>),
    (end_key, end): (&str, Option<PartialDate>),
    what: &str,
) {
    let start_ok = start.is_none_or(|d| real(out, at.child(start_key), &d));
    let end_ok = end.is_none_or(|d| real(out, at.child(end_key), &d));
    if let (Some(start), Some(end), true, true) = (start, end, start_ok, end_ok)
        && end.is_before(&start)
    {
        out.push(
            Problem::new(
                Rule::InvertedDates,
                at.child(end_key),
                format!("{what} ends ({end}) before it starts ({start})"),
                format!(
                    "swap the two dates, or correct the one that is wrong; leave `{end_key}` out while it is still going on"
                ),
            )
            .related(at.child(start_key)),
        );
    }
}

/// Reports `date` unless it exists on the calendar; returns whether it does.
pub(super) fn real(out: &mut Vec<Problem>, at: FieldPath, date: &PartialDate) -> bool {
    match date.calendar_error() {
        None => true,
        Some(err) => {
            out.push(Problem::new(
                Rule::ImpossibleDate,
                at,
                err.to_string(),
                "write a date that exists: months run 01–12, and days to the end of that month (29 February only in leap years)",
            ));
            false
        }
    }
}
