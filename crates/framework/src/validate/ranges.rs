//! Rules `inverted-range` and `unmeasurable-criterion`: ranges run low to high,
//! and every success criterion says how it is measured.

use ctopath_source::FieldPath;

use super::{Problem, Rule, root};
use crate::{Framework, YearRange};

pub(super) fn check(fw: &Framework, out: &mut Vec<Problem>) {
    for (i, s) in fw.stages.iter().enumerate() {
        let p = root("stages").index(i);
        years(
            out,
            p.child("years"),
            &s.years,
            &format!("stage `{}`", s.id),
        );
        let share = &s.coding_share;
        if share.min > share.max || share.max > 100 {
            out.push(Problem::new(
                Rule::InvertedRange,
                p.child("coding_share"),
                format!(
                    "stage `{}` has coding share {}–{} %, which is not a range within 0–100",
                    s.id, share.min, share.max
                ),
                "write the coding share as `{ min, max }` with 0 ≤ min ≤ max ≤ 100",
            ));
        }
    }
    for (i, t) in fw.tours.iter().enumerate() {
        years(
            out,
            root("tours").index(i).child("horizon_years"),
            &t.horizon_years,
            &format!("tour `{}`", t.id),
        );
    }
    if let Some(t) = &fw.timeline {
        let p = root("timeline");
        years(out, p.child("typical"), &t.typical, "the typical timeline");
        years(out, p.child("startup"), &t.startup, "the startup timeline");
        years(
            out,
            p.child("enterprise"),
            &t.enterprise,
            "the enterprise timeline",
        );
        for (i, ph) in t.phases.iter().enumerate() {
            years(
                out,
                p.child("phases").index(i).child("years"),
                &ph.years,
                &format!("phase `{}`", ph.id),
            );
        }
        for (i, d) in t.stage_durations.iter().enumerate() {
            if !(d.min >= 0.0 && d.min <= d.mode && d.mode <= d.max) {
                out.push(Problem::new(
                    Rule::InvertedRange,
                    p.child("stage_durations").index(i),
                    format!("stage duration for `{}` must satisfy 0 ≤ min ≤ mode ≤ max, got {} / {} / {}", d.stage, d.min, d.mode, d.max),
                    "reorder the three numbers so they rise",
                ));
            }
        }
        let factors = t
            .accelerators
            .iter()
            .map(|f| ("accelerators", f))
            .chain(t.decelerators.iter().map(|f| ("decelerators", f)));
        let mut counts = [0usize; 2];
        for (list, f) in factors {
            let slot = usize::from(list == "decelerators");
            let path = p.child(list).index(counts[slot]).child("multiplier");
            counts[slot] += 1;
            if !(f.multiplier.is_finite() && f.multiplier > 0.0) {
                out.push(Problem::new(
                    Rule::InvertedRange,
                    path,
                    format!(
                        "timeline factor `{}` has multiplier {}, which must be a positive number",
                        f.id, f.multiplier
                    ),
                    "use a multiplier below 1 to speed the road up and above 1 to slow it down",
                ));
            }
        }
    }
    if let Some(b) = &fw.typical_background {
        let p = root("typical_background");
        years(
            out,
            p.child("years_experience"),
            &b.years_experience,
            "the typical background",
        );
        years(
            out,
            p.child("leadership_years"),
            &b.leadership_years,
            "the typical background",
        );
    }
    if let Some(c) = &fw.career_design {
        years(
            out,
            root("career_design").child("ask_horizon_months"),
            &c.ask_horizon_months,
            "the career-design horizon",
        );
    }
    for (i, h) in fw.action_plan.iter().enumerate() {
        years(
            out,
            root("action_plan").index(i).child("months"),
            &h.months,
            &format!("plan horizon `{}`", h.id),
        );
    }
    for (i, r) in fw.roles.iter().enumerate() {
        for (j, v) in r.by_company_size.iter().enumerate() {
            if let Some(e) = &v.engineers {
                let p = root("roles")
                    .index(i)
                    .child("by_company_size")
                    .index(j)
                    .child("engineers");
                years(out, p, e, &format!("role `{}` size `{}`", r.id, v.id));
            }
        }
    }
    if let Some(share) = fw
        .assessment
        .as_ref()
        .and_then(|a| a.company_engineering_share)
        && !(share > 0.0 && share <= 1.0)
    {
        out.push(Problem::new(
            Rule::InvertedRange,
            root("assessment").child("company_engineering_share"),
            format!(
                "the company engineering share is {share}, which is not a share between 0 and 1"
            ),
            "write the share of a company's people who are engineers, e.g. 0.5 for half",
        ));
    }
    missions(fw, out);
}

fn years(out: &mut Vec<Problem>, path: FieldPath, range: &YearRange, what: &str) {
    if let Some(max) = range.max
        && range.min > max
    {
        out.push(Problem::new(
            Rule::InvertedRange,
            path,
            format!("{what} has min {} greater than max {max}", range.min),
            "swap the two values, or set `max: null` for an open-ended range",
        ));
    }
}

fn missions(fw: &Framework, out: &mut Vec<Problem>) {
    for (i, m) in fw.missions.iter().enumerate() {
        let p = root("missions").index(i);
        if m.success_criteria.is_empty() {
            out.push(Problem::new(
                Rule::Unmeasurable,
                p.child("success_criteria"),
                format!("mission `{}` has no success criteria", m.id),
                "give each mission 3–5 criteria, each with a `measure`",
            ));
        }
        for (j, c) in m.success_criteria.iter().enumerate() {
            if c.measure.trim().is_empty() {
                out.push(Problem::new(
                    Rule::Unmeasurable,
                    p.child("success_criteria").index(j).child("measure"),
                    format!(
                        "criterion “{}” of mission `{}` has no measure",
                        c.text, m.id
                    ),
                    "say how success is measured: a metric, a threshold and who confirms it",
                ));
            }
        }
        if m.horizon_months == 0 || m.checkin_every_weeks == 0 {
            out.push(Problem::new(
                Rule::InvertedRange,
                p,
                format!(
                    "mission `{}` needs a horizon and a check-in cadence above zero",
                    m.id
                ),
                "set `horizon_months` and `checkin_every_weeks` to positive numbers",
            ));
        }
    }
}
