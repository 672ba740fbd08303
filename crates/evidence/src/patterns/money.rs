//! Budgets the writer owned.
//!
//! Money in a resume is mostly revenue, funding or savings ("$3M ARR", "raised a $5M
//! seed", "saved $400k"). Only money that a budget noun names — budget, spend, P&L,
//! opex, capex, cost base — right next to the amount is taken, and never when the
//! amount is what was saved or cut.

use std::sync::LazyLock;

use super::gate::{Pattern, Text};
use super::{Hit, listed, prev_word};
use crate::Fact;
use crate::numbers::{APPROX, money, parse_money};

const BUDGET_NOUN: &str =
    r"(?:budgets?|spend|spending|p&l|p\s?and\s?l|opex|capex|cost\s+base|cost\s+cent(?:er|re))\b";

const BUDGET_QUAL: &str = r"(?:annual|annualized|annualised|yearly|monthly|quarterly|engineering|eng|cloud|infrastructure|infra|aws|gcp|azure|tech|technology|it|r&d|operating|opex|capex|hiring|headcount|vendor|software|saas|tooling|licen[cs]e|licensing|total|department|departmental|team|program|programme|project|marketing|product|data|platform|security|consulting|contractor|training|capital|operational|combined|overall|global|multi-year|business|unit|test|testing|qa|quality)";

struct Patterns {
    noun_first: Pattern,
    money_first: Pattern,
}

static RE: LazyLock<Patterns> = LazyLock::new(|| {
    let money = money();
    Patterns {
        // "budget of $3M", "P&L of €5m", "cloud spend of $12M", "P&L owner for a $60M
        // business"
        noun_first: Pattern::new(
            "money.noun_first",
            &format!(
                r"\b{BUDGET_NOUN}\s*(?:(?:owner|ownership|responsibility|holder)\s+(?:for|of|over)\s+(?:(?:a|an|the)\s+)?)?(?:(?:of|worth|totall?ing|around|exceeding|over|above|:)\s*)?{APPROX}(?P<money>{money})\s*\+?"
            ),
        ),
        // "a $3M budget", "$12M cloud spend", "$40M in annual AWS spend"
        money_first: Pattern::new(
            "money.money_first",
            &format!(
                r"(?:\b(?:a|an|the)\s+)?{APPROX}(?P<money>{money})\s*\+?\s*(?:(?:in|of)\s+)?(?:{BUDGET_QUAL}\s+){{0,3}}{BUDGET_NOUN}"
            ),
        ),
    }
});

/// Verbs and prepositions that make the amount a saving or a cut, not a budget held.
fn is_saving(word: &str) -> bool {
    listed(
        word,
        "saved saving saves save cut cutting cuts reduced reducing reduces \
        trimmed lowered decreased slashed by eliminated recovered freed avoided \
        unlocked returned",
    )
}

pub(super) fn scan(t: Text<'_>, out: &mut Vec<Hit>) {
    let text = t.as_str();
    let re = &*RE;
    for pattern in [&re.noun_first, &re.money_first] {
        for caps in pattern.captures_iter(t) {
            let m = caps.get(0).expect("group 0");
            if prev_word(text, m.start()).is_some_and(|w| is_saving(&w)) {
                continue;
            }
            let Some((amount, currency)) = parse_money(&caps["money"]) else {
                continue;
            };
            if amount <= 0.0 {
                continue;
            }
            let currency = currency.to_string();
            out.push(Hit::new(m, Fact::Budget { amount, currency }));
        }
    }
}
