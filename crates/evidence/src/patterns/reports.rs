//! Teams stated by what is done for them or by a label: "run weekly 1:1s with the 6
//! engineers on the claims team" counts the team the writer manages, whatever the
//! title says (someone doing a manager's work without the title often states it only
//! this way), and "Direct reports: 8" or "Team: 12 engineers" counts it outright.

use std::sync::LazyLock;

use super::gate::{Pattern, Text};
use super::people::people;
use super::{Hit, PEOPLE, QUAL, count_may_end_here, listed, next_token, prev_word};
use crate::Fact;
use crate::numbers::count;

static MANAGING_ACTS: LazyLock<Pattern> = LazyLock::new(|| {
    let c = count();
    Pattern::new(
        "people.managing_acts",
        &format!(
            r"\b(?:1:1s?|1-1s?|1on1s?|one[-\s]on[-\s]ones?|one[-\s]to[-\s]ones?|performance\s+reviews?|appraisals?|career\s+conversations?)\s+(?:with|for|of)\s+(?:(?:the|my|our|all|all\s+of\s+the|all\s+of\s+my|each\s+of\s+the|each\s+of\s+my)\s+)?(?P<n>{c})\s*(?:{QUAL}\s+){{0,2}}{PEOPLE}"
        ),
    )
});

/// "Direct reports: 8", "Team: 12 engineers", "Team size – 6": a label, then the count.
static LABELLED: LazyLock<Pattern> = LazyLock::new(|| {
    let c = count();
    Pattern::new(
        "people.labelled",
        &format!(
            r"\b(?:direct\s+reports|team\s+size|team|reports)\s*:\s*(?P<n>{c})(?:\s*(?:{QUAL}\s+){{0,2}}{PEOPLE})?"
        ),
    )
});

/// Whether the word before the colon that precedes `at` labels a team ("Team: 12").
pub(super) fn labels_a_team(text: &str, at: usize) -> bool {
    let colon = text[..at].trim_end();
    let Some(colon) = colon.strip_suffix(':') else {
        return false;
    };
    prev_word(text, colon.len()).is_some_and(|w| listed(&w, "team reports size"))
}

pub(super) fn scan(t: Text<'_>, out: &mut Vec<Hit>) {
    let text = t.as_str();
    let labelled = LABELLED.captures_iter(t).map(|caps| (caps, true));
    let acts = MANAGING_ACTS.captures_iter(t).map(|caps| (caps, false));
    for (caps, is_label) in labelled.chain(acts) {
        let m = caps.get(0).expect("group 0");
        // "Reports: 8 dashboards" counts something else.
        if is_label && !count_may_end_here(next_token(text, m.end()).as_deref()) {
            continue;
        }
        if let Some(n) = people(&caps, "n") {
            out.push(Hit::new(m, Fact::TeamSize { people: n }));
        }
    }
}
