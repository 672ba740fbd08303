//! Rules `unsupported-version` and `out-of-range`.
//!
//! Negative counts never get here: they are not a `u32`, and decoding refuses them
//! naming the field. What is left is numbers that fit the type but not the world.

use ctopath_source::FieldPath;

use super::{Problem, Rule, root};
use crate::{FORMAT_VERSION, Profile};

/// Larger than any engineering organisation on record (the biggest employ tens of
/// thousands of engineers), so anything above is a typo or a unit mistake.
const MAX_ENGINEERS: u32 = 100_000;
/// Spans of control past a few dozen exist only on paper; 200 is a data error.
const MAX_DIRECT_REPORTS: u32 = 200;
/// A career goal further out than a working life is not a plan.
const MAX_HORIZON_YEARS: u32 = 40;
/// A yearly budget beyond a trillion in any currency is a misplaced unit.
const MAX_BUDGET: f64 = 1e12;

pub(super) fn check(profile: &Profile, out: &mut Vec<Problem>) {
    if profile.ctopath != FORMAT_VERSION {
        out.push(Problem::new(
            Rule::UnsupportedVersion,
            root("ctopath"),
            format!(
                "profile format version {} is not supported (this ctopath reads version {FORMAT_VERSION})",
                profile.ctopath
            ),
            format!("set `ctopath: {FORMAT_VERSION}`, or update ctopath"),
        ));
    }
    if let Some(years) = profile.goal.as_ref().and_then(|g| g.horizon_years) {
        at_most(
            out,
            root("goal").child("horizon_years"),
            years,
            MAX_HORIZON_YEARS,
            "years",
        );
    }
    for (i, p) in profile.positions.iter().enumerate() {
        let at = root("positions").index(i);
        if let Some(share) = p.coding_share
            && share > 100
        {
            out.push(Problem::new(
                Rule::OutOfRange,
                at.child("coding_share"),
                format!("coding share is {share} %, more than all of the time"),
                "give the share of working time spent coding as a percentage from 0 to 100",
            ));
        }
        if let Some(n) = p.org_engineers {
            at_most(
                out,
                at.child("org_engineers"),
                n,
                MAX_ENGINEERS,
                "engineers",
            );
        }
        if let Some(n) = p.direct_reports {
            at_most(
                out,
                at.child("direct_reports"),
                n,
                MAX_DIRECT_REPORTS,
                "direct reports",
            );
        }
        if let Some(managers) = p.managers_reporting {
            match p.direct_reports {
                Some(reports) if managers > reports => out.push(
                    Problem::new(
                        Rule::OutOfRange,
                        at.child("managers_reporting"),
                        format!("{managers} managers report in, but there are only {reports} direct reports"),
                        "managers reporting are counted among the direct reports; check both numbers",
                    )
                    .related(at.child("direct_reports")),
                ),
                _ => at_most(out, at.child("managers_reporting"), managers, MAX_DIRECT_REPORTS, "managers"),
            }
        }
        if let Some(g) = &p.growth {
            let growth = at.child("growth");
            for (key, n) in [
                ("engineers_start", g.engineers_start),
                ("engineers_end", g.engineers_end),
            ] {
                if let Some(n) = n {
                    at_most(out, growth.child(key), n, MAX_ENGINEERS, "engineers");
                }
            }
        }
        if let Some(b) = &p.budget
            && !(b.amount.is_finite() && (0.0..=MAX_BUDGET).contains(&b.amount))
        {
            out.push(Problem::new(
                Rule::OutOfRange,
                at.child("budget").child("amount"),
                format!("a budget of {} {} is not believable", b.amount, b.currency),
                "give the yearly budget you were accountable for as a positive amount in whole currency units (not thousands or cents)",
            ));
        }
    }
}

pub(super) fn at_most(out: &mut Vec<Problem>, at: FieldPath, value: u32, max: u32, unit: &str) {
    if value > max {
        out.push(Problem::new(
            Rule::OutOfRange,
            at,
            format!("{value} {unit} is more than is plausible (at most {max})"),
            "check the number for a typo or an extra digit",
        ));
    }
}
