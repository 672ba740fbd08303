//! Competencies suggested for a piece of text from the framework's keywords, so the CLI
//! and the web app propose the same ones when someone records an achievement.

use crate::Framework;

/// Most suggestions offered at once.
const MAX_SUGGESTIONS: usize = 3;

impl Framework {
    /// Competencies whose keywords appear in `text` as whole words (ignoring case), the
    /// most keywords first, ties by id, at most three.
    pub fn suggest_competencies(&self, text: &str) -> Vec<String> {
        let lower = text.to_lowercase();
        let mut scored: Vec<(usize, &str)> = self
            .competencies
            .iter()
            .map(|c| {
                let hits = c
                    .keywords
                    .iter()
                    .filter(|k| has_word(&lower, &k.to_lowercase()))
                    .count();
                (hits, c.id.as_str())
            })
            .filter(|(n, _)| *n > 0)
            .collect();
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
        scored
            .into_iter()
            .take(MAX_SUGGESTIONS)
            .map(|(_, id)| id.to_string())
            .collect()
    }
}

/// `phrase` occurs in `text` with no letter or digit directly before or after it.
fn has_word(text: &str, phrase: &str) -> bool {
    !phrase.is_empty()
        && text.match_indices(phrase).any(|(i, _)| {
            let before = text[..i]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let after = text[i + phrase.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            before && after
        })
}

#[cfg(test)]
mod tests {
    use crate::builtin;

    #[test]
    fn suggests_by_whole_keywords_best_first() {
        let fw = builtin::framework();
        let s = fw.suggest_competencies("Hired 12 engineers and ran the interview loop for hiring");
        assert_eq!(s.first().map(String::as_str), Some("hiring"));
        assert!(s.len() <= 3);
        assert!(
            fw.suggest_competencies("nothing relevant here at all")
                .is_empty()
        );
        // "product" inside "production" is not the keyword "product".
        assert!(
            !fw.suggest_competencies("fixed production")
                .contains(&"product_thinking".to_string())
        );
    }
}
