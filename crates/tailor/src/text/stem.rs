//! English stemming (Snowball), so "scaling", "scaled" and "scales" meet.

use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};

static ENGLISH: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// The Snowball English stem of a lower-case word.
pub fn stem_word(word: &str) -> String {
    ENGLISH.stem(word).into_owned()
}

#[cfg(test)]
mod tests {
    use super::stem_word;

    #[test]
    fn inflections_meet() {
        for group in [
            ["scaling", "scaled", "scales"],
            ["hiring", "hires", "hired"],
            ["engineers", "engineering", "engineer"],
        ] {
            let stems: Vec<String> = group.iter().map(|w| stem_word(w)).collect();
            assert!(
                stems.windows(2).all(|w| w[0] == w[1]),
                "{group:?} → {stems:?}"
            );
        }
        assert_eq!(stem_word("migrations"), stem_word("migration"));
    }
}
