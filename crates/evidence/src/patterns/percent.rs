//! Changes stated in percent: "cut cloud costs by 60%", "a 20% reduction in spend".
//!
//! A percent needs a verb or noun of change next to it: "99.9% uptime" is a level,
//! "85% coverage" a target, and neither is a change.

use std::sync::LazyLock;

use super::gate::{Pattern, Text};
use super::{Hit, listed, next_token};
use crate::numbers::APPROX;
use crate::{Direction, Fact};

const UP: &[&str] = &[
    "increased",
    "increase",
    "increases",
    "increasing",
    "grew",
    "grow",
    "grows",
    "growing",
    "boosted",
    "boost",
    "boosting",
    "raised",
    "raising",
    "lifted",
    "lifting",
    "accelerated",
    "expanded",
    "expanding",
];

const DOWN: &[&str] = &[
    "reduced",
    "reduce",
    "reduces",
    "reducing",
    "cut",
    "cuts",
    "cutting",
    "decreased",
    "decrease",
    "decreasing",
    "lowered",
    "lowering",
    "dropped",
    "dropping",
    "slashed",
    "slashing",
    "trimmed",
    "shrank",
    "shrunk",
    "shrinking",
    "saved",
    "saving",
    "eliminated",
];

/// "improved latency by 30%" went down; "improved coverage by 30%" went up.
const NEUTRAL: &[&str] = &[
    "improved",
    "improve",
    "improves",
    "improving",
    "optimized",
    "optimised",
    "optimizing",
    "optimising",
    "sped",
    "speeding",
];

struct Patterns {
    pct_verb: Pattern,
    pct_noun_after: Pattern,
    pct_noun_of: Pattern,
    pct_up_down: Pattern,
    halved: Pattern,
}

static RE: LazyLock<Patterns> = LazyLock::new(|| {
    let verbs = [UP, DOWN, NEUTRAL].concat().join("|");
    let pct = r"(?P<pct>[0-9]+(?:\.[0-9]+)?)\s*(?:%|percent\b|per\s?cent\b)";
    Patterns {
        pct_verb: Pattern::new(
            "percent.pct_verb",
            &format!(
                r"\b(?P<verb>{verbs})\b(?P<gap>(?:\s+[a-z](?:[a-z0-9'&/+-]|’){{0,40}}){{0,8}}?)\s+(?P<by>by\s+)?{APPROX}{pct}"
            ),
        ),
        pct_noun_after: Pattern::new(
            "percent.pct_noun_after",
            &format!(
                r"\b{APPROX}{pct}\s*(?:(?:year-over-year|year-on-year|yoy|annual|overall|net|total|month-over-month|quarter-over-quarter)\s+)?(?P<word>reduction|decrease|drop|decline|cut|savings?|fewer|less|lower|cheaper|smaller|shorter|faster|increase|improvement|growth|gain|boost|uplift|rise|lift|jump|more|higher|bigger|larger|greater|speedup|speed-up)\b"
            ),
        ),
        pct_noun_of: Pattern::new(
            "percent.pct_noun_of",
            &format!(
                r"\b(?P<word>reduction|decrease|drop|decline|cut|increase|improvement|growth|gain|boost|uplift|rise|lift|jump)\s+(?:in\s+[a-z-]+(?:\s+[a-z-]+)?\s+)?of\s+{APPROX}{pct}"
            ),
        ),
        pct_up_down: Pattern::new(
            "percent.pct_up_down",
            &format!(r"\b(?P<word>down|up)\s+(?:by\s+)?{APPROX}{pct}"),
        ),
        halved: Pattern::new(
            "percent.halved",
            r"\b(?:halved|halving|cut\s+(?:[a-z0-9-]+\s+){0,4}?in\s+half)\b",
        ),
    }
});

/// Words whose metric is better when lower.
fn lower_is_better(w: &str) -> bool {
    listed(
        w.trim_matches(|c: char| !c.is_alphanumeric()),
        "latency latencies cost costs spend spending time times duration errors \
        error incidents churn bugs defects mttr mttd downtime attrition turnover \
        p99 p95 p50 outages toil waste backlog failures failure pages alerts \
        tickets bill bills lead-time flakiness",
    )
}

fn percent(caps: &crate::matcher::Captures<'_>) -> Option<f64> {
    caps["pct"]
        .parse()
        .ok()
        .filter(|&p: &f64| p > 0.0 && p.is_finite())
}

/// Words in the gap between a change verb and its percent that show the percent
/// belongs to something else ("increased coverage to 85%", "while reaching 99.9%").
fn gap_blocks(gap: &str, has_by: bool) -> bool {
    let words: Vec<String> = gap.split_whitespace().map(str::to_lowercase).collect();
    let hard = words.iter().any(|w| {
        listed(
            w.as_str(),
            "achieving achieved maintaining maintained reaching reached hitting while \
            whilst but keeping",
        )
    });
    let soft = words.iter().any(|w| {
        listed(
            w.as_str(),
            "and or with to at of for from across over under than above below within",
        )
    });
    hard || (!has_by && (soft || words.len() > 3))
}

pub(super) fn scan(t: Text<'_>, out: &mut Vec<Hit>) {
    let text = t.as_str();
    let re = &*RE;
    let mut at = 0;
    while let Some(caps) = re.pct_verb.captures_at(t, at) {
        let m = caps.get(0).expect("group 0");
        let verb_end = caps.name("verb").expect("verb").end();
        let gap = caps.name("gap").map_or("", |g| g.as_str());
        let has_by = caps.name("by").is_some();
        let verb = caps["verb"].to_lowercase();
        match percent(&caps) {
            Some(percent) if !gap_blocks(gap, has_by) => {
                let direction = if UP.contains(&verb.as_str()) {
                    Direction::Up
                } else if DOWN.contains(&verb.as_str())
                    || gap
                        .split_whitespace()
                        .any(|w| lower_is_better(&w.to_lowercase()))
                {
                    Direction::Down
                } else {
                    Direction::Up
                };
                out.push(Hit::new(m, Fact::PercentChange { percent, direction }));
                at = m.end();
            }
            // A rejected match may hide a good one that starts at a later verb.
            _ => at = verb_end,
        }
    }

    for pattern in [&re.pct_noun_after, &re.pct_noun_of, &re.pct_up_down] {
        for caps in pattern.captures_iter(t) {
            let m = caps.get(0).expect("group 0");
            let Some(percent) = percent(&caps) else {
                continue;
            };
            // "signed up 40% of customers" is a share, not a change.
            if next_token(text, m.end()).as_deref() == Some("of") {
                continue;
            }
            let direction = match caps["word"].to_lowercase().as_str() {
                "reduction" | "decrease" | "drop" | "decline" | "cut" | "saving" | "savings"
                | "fewer" | "less" | "lower" | "cheaper" | "smaller" | "shorter" | "down" => {
                    Direction::Down
                }
                "improvement" if next_token(text, m.end()).as_deref() == Some("in") => {
                    let after = &text[m.end()..];
                    let window: String = after.chars().take(40).collect();
                    if window
                        .split_whitespace()
                        .take(4)
                        .any(|w| lower_is_better(&w.to_lowercase()))
                    {
                        Direction::Down
                    } else {
                        Direction::Up
                    }
                }
                _ => Direction::Up,
            };
            out.push(Hit::new(m, Fact::PercentChange { percent, direction }));
        }
    }

    // "halved build times", "cut change failure rate in half".
    for m in re.halved.find_iter(t) {
        let direction = Direction::Down;
        out.push(Hit::new(
            m,
            Fact::PercentChange {
                percent: 50.0,
                direction,
            },
        ));
    }
}
