//! Titles that rose faster than the work: a move after a short stay to a higher title
//! with no bigger team. The chasing-titles pattern cites such jumps, and the level reads
//! a title reached through a run of them at most one step above where the run began.

use ctopath_framework::StallPattern;

use crate::Engine;
use crate::career::{Career, Pos};
use crate::patterns::param;

/// The chasing-titles pattern's limits: a stay shorter than the first is short, and a
/// run needs the second number of jumps.
pub fn limits(chasing: &StallPattern) -> (f64, usize) {
    (
        param(chasing, "short_tenure_years", 1.5),
        param(chasing, "min_jumps", 2.0) as usize,
    )
}

/// The team a role that states none is taken to have had, when judging growth.
const SMALL_TEAM: u32 = 3;

/// One move to a higher title after less than the short tenure.
pub struct Jump<'c, 'p> {
    pub from: &'c Pos<'p>,
    pub to: &'c Pos<'p>,
    pub title_from: u32,
    pub title_to: u32,
}

/// Every jump in the career, oldest first. Between fixed engagements (the framework's
/// `engagements` words: "Contract Senior Developer") each title is the client's name for
/// the role, so a move between two of them is no jump.
pub fn jumps<'c, 'p>(engine: &Engine<'_>, career: &'c Career<'p>, short: f64) -> Vec<Jump<'c, 'p>> {
    let chain: Vec<&Pos<'_>> = (career.chronological().into_iter())
        .filter(|p| p.start.is_some())
        .collect();
    let engagement = |pos: &Pos<'_>| {
        (engine.vocab("engagements")).is_some_and(|list| engine.names(pos.position, list))
    };
    let team = |p: &Pos<'_>| p.team.as_ref().map_or(0, |t| t.value);
    let mut out = Vec::new();
    for w in chain.windows(2) {
        let (from, to) = (w[0], w[1]);
        let (Some(a), Some(b)) = (from.reading.title_level, to.reading.title_level) else {
            continue;
        };
        if engagement(from) && engagement(to) {
            continue;
        }
        // A team of three or four is what any lead has: reaching one from a role that
        // stated none is no growth in scope.
        if from.years < short && b > a && team(to) <= team(from).max(SMALL_TEAM) * 3 / 2 {
            out.push(Jump {
                from,
                to,
                title_from: a,
                title_to: b,
            });
        }
    }
    out
}

/// The run of consecutive jumps that ends at `pos`, oldest first; empty when `pos` was
/// not reached by a jump.
pub fn run_to<'j, 'c, 'p>(jumps: &'j [Jump<'c, 'p>], pos: &Pos<'_>) -> &'j [Jump<'c, 'p>] {
    let mut start = jumps.len();
    let mut at = pos.index;
    while start > 0 && jumps[start - 1].to.index == at {
        start -= 1;
        at = jumps[start].from.index;
    }
    &jumps[start..]
}
