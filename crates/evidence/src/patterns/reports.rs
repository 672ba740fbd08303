//! The people a writer holds one-on-ones or writes reviews for: "run weekly 1:1s with
//! the 6 engineers on the claims team" counts the team they manage, whatever the title
//! says. Someone doing a manager's work without the title often states it only this way.

use std::sync::LazyLock;

use super::gate::{Pattern, Text};
use super::{Hit, PEOPLE, QUAL, plausible_people};
use crate::Fact;
use crate::numbers::{count, parse_count};

static MANAGING_ACTS: LazyLock<Pattern> = LazyLock::new(|| {
    let c = count();
    Pattern::new(
        "people.managing_acts",
        &format!(
            r"\b(?:1:1s?|1-1s?|1on1s?|one[-\s]on[-\s]ones?|one[-\s]to[-\s]ones?|performance\s+reviews?|appraisals?|career\s+conversations?)\s+(?:with|for|of)\s+(?:(?:the|my|our|all|all\s+of\s+the|all\s+of\s+my|each\s+of\s+the|each\s+of\s+my)\s+)?(?P<n>{c})\s*(?:{QUAL}\s+){{0,2}}{PEOPLE}"
        ),
    )
});

pub(super) fn scan(t: Text<'_>, out: &mut Vec<Hit>) {
    for caps in MANAGING_ACTS.captures_iter(t) {
        let m = caps.get(0).expect("group 0");
        let Some(n) = parse_count(&caps["n"]).filter(|&n| plausible_people(n)) else {
            continue;
        };
        out.push(Hit::new(m, Fact::TeamSize { people: n }));
    }
}
