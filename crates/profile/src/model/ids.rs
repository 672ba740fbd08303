//! Ids for entries the user did not name.
//!
//! An id has to stay the same from one run to the next (achievements, plans and
//! stored assessments refer to positions by id), so it is derived from the entry's
//! content rather than from a counter or a clock.

use std::collections::HashSet;

use super::{Achievement, Position};

/// Longest generated id; long enough to stay readable and unique in practice.
const MAX_SLUG_LEN: usize = 48;

/// Fills the empty ids of positions and achievements, avoiding every id in use.
pub(crate) fn fill_missing_ids(positions: &mut [Position], achievements: &mut [Achievement]) {
    let mut taken: HashSet<String> = positions
        .iter()
        .map(|p| p.id.clone())
        .filter(|id| !id.is_empty())
        .collect();
    for position in positions.iter_mut().filter(|p| p.id.is_empty()) {
        position.id = unique(position_base(position), &mut taken);
    }
    let mut taken: HashSet<String> = achievements
        .iter()
        .map(|a| a.id.clone())
        .filter(|id| !id.is_empty())
        .collect();
    for achievement in achievements.iter_mut().filter(|a| a.id.is_empty()) {
        let base = slug(&first_words(&achievement.what_changed, 6));
        let base = if base.is_empty() {
            "achievement".to_string()
        } else {
            base
        };
        achievement.id = unique(base, &mut taken);
    }
}

/// The ids positions would get if none had one: what import generates, and what
/// export can therefore leave out.
pub(crate) fn default_position_ids(positions: &[Position]) -> Vec<String> {
    let mut taken = HashSet::new();
    positions
        .iter()
        .map(|p| unique(position_base(p), &mut taken))
        .collect()
}

fn position_base(position: &Position) -> String {
    let text = [&position.organisation, &position.title]
        .into_iter()
        .filter_map(|p| p.as_deref())
        .collect::<Vec<_>>()
        .join(" ");
    let base = slug(&text);
    if base.is_empty() {
        "position".to_string()
    } else {
        base
    }
}

/// `base`, or `base-2`, `base-3`… whichever is free; marks the result as taken.
fn unique(base: String, taken: &mut HashSet<String>) -> String {
    let mut candidate = base.clone();
    let mut n = 2;
    while taken.contains(&candidate) {
        candidate = format!("{base}-{n}");
        n += 1;
    }
    taken.insert(candidate.clone());
    candidate
}

fn first_words(text: &str, n: usize) -> String {
    text.split_whitespace()
        .take(n)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Lower-case ASCII words joined by `-`, with common accented letters folded
/// (`Café Lumen` → `cafe-lumen`) so ids are easy to type on any keyboard.
pub(crate) fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if let Some(folded) = fold_accent(c) {
            out.push_str(folded);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let mut out = out.trim_end_matches('-').to_string();
    if out.len() > MAX_SLUG_LEN {
        let cut = out[..MAX_SLUG_LEN].rfind('-').unwrap_or(MAX_SLUG_LEN);
        out.truncate(cut);
    }
    out
}

fn fold_accent(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => "a",
        'æ' => "ae",
        'ç' => "c",
        'è' | 'é' | 'ê' | 'ë' => "e",
        'ì' | 'í' | 'î' | 'ï' => "i",
        'ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => "o",
        'ù' | 'ú' | 'û' | 'ü' => "u",
        'ý' | 'ÿ' => "y",
        'ß' => "ss",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_plain_ascii() {
        assert_eq!(
            slug("Café Lumen — Shift Supervisor"),
            "cafe-lumen-shift-supervisor"
        );
        assert_eq!(slug("  CEO/President "), "ceo-president");
        assert_eq!(slug("!!!"), "");
        assert!(slug(&"word ".repeat(40)).len() <= MAX_SLUG_LEN);
    }

    #[test]
    fn generated_ids_are_unique_and_keep_given_ones() {
        let mut positions = vec![
            Position {
                organisation: Some("Acme".into()),
                title: Some("Engineer".into()),
                ..Default::default()
            },
            Position {
                id: "acme-engineer".into(),
                ..Default::default()
            },
            Position::default(),
        ];
        fill_missing_ids(&mut positions, &mut []);
        let ids: Vec<&str> = positions.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["acme-engineer-2", "acme-engineer", "position"]);
    }
}
