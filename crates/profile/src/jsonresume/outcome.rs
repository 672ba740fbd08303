//! Which CV highlights state an outcome, and the number that moved when one says so.
//!
//! "Owned the repair scheduler" describes a duty; "Cut p99 latency 40%" describes a
//! result. Only results are evidence of impact, so only they become achievements.
//! The test is deliberately simple and explainable: a digit, a percentage, an
//! arrow, or a verb of change.

use crate::{Achievement, Metric, Position};

/// Verbs (in the forms CVs use) that report a change rather than an activity.
const CHANGE_VERBS: &[&str] = &[
    "reduce",
    "reduced",
    "reduces",
    "reducing",
    "increase",
    "increased",
    "increases",
    "increasing",
    "cut",
    "cuts",
    "cutting",
    "grew",
    "grow",
    "grown",
    "growing",
    "launch",
    "launched",
    "launches",
    "save",
    "saved",
    "saves",
    "saving",
    "improved",
    "improves",
    "doubled",
    "tripled",
    "halved",
    "raised",
    "lowered",
    "decreased",
    "boosted",
    "accelerated",
    "shipped",
    "eliminated",
    "expanded",
    "scaled",
    "won",
    "promoted",
    "shortened",
    "sped",
];

/// True when a highlight reports a result: it carries a number, a percentage, a
/// before → after, or a verb of change.
pub fn states_outcome(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_digit() || c == '%')
        || text.contains('→')
        || text.contains("->")
        || words(text).any(is_change_verb)
}

/// The achievements a JSON Resume import derives from the positions' highlights:
/// one per outcome highlight, pointing back at `work[i].highlights[j]`.
pub fn derive_achievements(positions: &[Position]) -> Vec<Achievement> {
    let mut out = Vec::new();
    for (i, position) in positions.iter().enumerate() {
        for (j, text) in position.highlights().iter().enumerate() {
            if !states_outcome(text) {
                continue;
            }
            out.push(Achievement {
                id: format!("{}-{}", position.id, j + 1),
                what_changed: text.clone(),
                metric: metric_in(text),
                position: (!position.id.is_empty()).then(|| position.id.clone()),
                source: Some(format!("work[{i}].highlights[{j}]")),
                ..Achievement::default()
            });
        }
    }
    out
}

/// A before/after pair written as "from 45 to 12 minutes" or "45 → 12 min".
pub fn metric_in(text: &str) -> Option<Metric> {
    let tokens: Vec<&str> = text.split_whitespace().collect();
    // "… from X to Y …". No letter outside ASCII lower-cases into these two words, so
    // comparing ASCII case-insensitively is the same as lower-casing every token.
    for (i, word) in tokens.iter().enumerate() {
        if !word.eq_ignore_ascii_case("from")
            || !tokens
                .get(i + 2)
                .is_some_and(|t| t.eq_ignore_ascii_case("to"))
        {
            continue;
        }
        let (Some(before), Some(after)) = (
            tokens.get(i + 1).and_then(|t| number(t)),
            tokens.get(i + 3).and_then(|t| number(t)),
        ) else {
            continue;
        };
        return Some(build(
            &tokens[..i],
            before,
            after,
            tokens.get(i + 4).copied(),
        ));
    }
    // "… X → Y …" or "X->Y" as one token.
    if !text.contains('→') && !text.contains("->") {
        return None;
    }
    for (i, token) in tokens.iter().enumerate() {
        if let Some((left, right)) = token.split_once('→').or_else(|| token.split_once("->"))
            && let (Some(before), Some(after)) = (number(left), number(right))
        {
            return Some(build(
                &tokens[..i],
                before,
                after,
                tokens.get(i + 1).copied(),
            ));
        }
        if (*token == "→" || *token == "->") && i > 0 {
            let before = number(tokens[i - 1]);
            let after = tokens.get(i + 1).and_then(|t| number(t));
            if let (Some(before), Some(after)) = (before, after) {
                return Some(build(
                    &tokens[..i - 1],
                    before,
                    after,
                    tokens.get(i + 2).copied(),
                ));
            }
        }
    }
    None
}

/// A number token with its unit, e.g. `45`, `1,200`, `40%`, `$3.5`, `120ms`.
struct Quantity {
    value: f64,
    unit: Option<String>,
}

fn number(token: &str) -> Option<Quantity> {
    let token = token.trim_matches(|c: char| matches!(c, ',' | '.' | ';' | ':' | '(' | ')'));
    let (prefix_unit, rest) = match token.chars().next()? {
        c @ ('$' | '€' | '£') => (Some(c.to_string()), &token[c.len_utf8()..]),
        _ => (None, token),
    };
    let digits_end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(rest.len());
    let digits = rest[..digits_end].replace(',', "");
    if digits.is_empty() || !digits.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let value: f64 = digits.parse().ok()?;
    let suffix = &rest[digits_end..];
    let unit = match suffix.to_lowercase().as_str() {
        "" => prefix_unit,
        "k" => {
            return Some(Quantity {
                value: value * 1e3,
                unit: prefix_unit,
            });
        }
        "m" if prefix_unit.is_some() => {
            return Some(Quantity {
                value: value * 1e6,
                unit: prefix_unit,
            });
        }
        s if s.chars().all(|c| c.is_alphabetic() || c == '%') => Some(suffix.to_string()),
        _ => return None,
    };
    Some(Quantity { value, unit })
}

fn build(lead: &[&str], before: Quantity, after: Quantity, next: Option<&str>) -> Metric {
    let unit = after
        .unit
        .or(before.unit)
        .or_else(|| next.map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string()))
        .filter(|u| {
            !u.is_empty() && !["and", "by", "in", "per", "while", "with"].contains(&u.as_str())
        });
    Metric {
        name: metric_name(lead),
        before: before.value,
        after: after.value,
        unit,
    }
}

/// The words naming the measure: what stands between the verb and "from"
/// ("Reduced *deploy time* from 45 to 12 minutes").
fn metric_name(lead: &[&str]) -> String {
    let start = lead
        .iter()
        .rposition(|w| {
            CHANGE_VERBS.contains(&w.to_lowercase().trim_matches(|c: char| !c.is_alphabetic()))
        })
        .map_or(0, |i| i + 1);
    let words: Vec<&str> = lead[start..].iter().rev().take(5).rev().copied().collect();
    let name = words
        .join(" ")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string();
    if name.is_empty() {
        "value".to_string()
    } else {
        name
    }
}

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// Whether `word`, in any case, is a verb of change. The verbs are ASCII and none has
/// a `k` (the Kelvin sign lower-cases to one), so ASCII case folding is the same as
/// lower-casing the word first, without the allocation.
fn is_change_verb(word: &str) -> bool {
    CHANGE_VERBS.iter().any(|v| v.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn change_verbs_fold_by_ascii_case_alone() {
        // What lets `is_change_verb` skip lower-casing: a verb with a `k` would also
        // be written with the Kelvin sign, which only Unicode lower-casing folds.
        for v in CHANGE_VERBS {
            assert!(
                v.bytes().all(|b| b.is_ascii_lowercase() && b != b'k'),
                "{v}"
            );
        }
        assert!(states_outcome("REDUCED the backlog"));
        assert!(!states_outcome("Reducedness is not a verb"));
    }

    #[test]
    fn outcomes_are_told_from_duties() {
        assert!(states_outcome(
            "Cut p99 produce latency 40% by reworking the fetch path"
        ));
        assert!(states_outcome("Successfully won Techcrunch Disrupt"));
        assert!(states_outcome(
            "Mentored four engineers, two of whom were promoted"
        ));
        assert!(states_outcome("Hired a team of 35"));
        assert!(!states_outcome(
            "Owned the cross-zone repair scheduler responsible for durability SLAs"
        ));
        assert!(!states_outcome(
            "Wrote the onboarding runbook used by the next intern cohort"
        ));
    }

    #[test]
    fn before_and_after_are_read() {
        let m = metric_in("Reduced deploy time from 45 to 12 minutes").unwrap();
        assert_eq!(
            (m.name.as_str(), m.before, m.after),
            ("deploy time", 45.0, 12.0)
        );
        assert_eq!(m.unit.as_deref(), Some("minutes"));
        let m = metric_in("Test flakiness 18% → 2% across 400 suites").unwrap();
        assert_eq!(
            (m.before, m.after, m.unit.as_deref()),
            (18.0, 2.0, Some("%"))
        );
        assert_eq!(m.name, "Test flakiness");
        let m = metric_in("Grew the team from 6 to 40 engineers").unwrap();
        assert_eq!(
            (m.name.as_str(), m.before, m.after),
            ("the team", 6.0, 40.0)
        );
        assert_eq!(
            metric_in("Reduced experiment turnaround from hours to minutes"),
            None
        );
        assert_eq!(metric_in("Cut p99 latency 40%"), None);
    }
}
