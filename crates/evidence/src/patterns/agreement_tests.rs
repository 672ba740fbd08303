//! Every built-in pattern finds with the matcher what the regex crate finds.

use std::sync::LazyLock;

use proptest::prelude::*;

use super::gate::tests::{WORDS, all_patterns, real_lines};
use crate::matcher::Regex;
use crate::matcher::tests::{engines, spans};

/// Each pattern with both engines built for it, once: the regex crate compiles them
/// slowly in a test build.
/// Ours comes twice: backtracking alone, and hot (the regex crate finds each match,
/// our program reads its groups), as a batch runs it.
static ENGINES: LazyLock<Vec<Engines>> = LazyLock::new(|| {
    all_patterns()
        .into_iter()
        .map(|(name, source)| {
            let (ours, theirs) = engines(&source);
            let hot = Regex::always_hot(&source).unwrap_or_else(|e| panic!("{name}: {e}"));
            (name, ours, hot, theirs)
        })
        .collect()
});

type Engines = (&'static str, Regex, Regex, regex::Regex);

fn assert_agree(engines: &[Engines], text: &str) {
    for (name, ours, hot, theirs) in engines {
        let (mine, reference) = spans(ours, theirs, text);
        assert_eq!(mine, reference, "{name} on {text:?}");
        let (mine, _) = spans(hot, theirs, text);
        assert_eq!(mine, reference, "{name}, hot, on {text:?}");
    }
}

#[test]
fn every_pattern_matches_as_the_regex_crate_on_real_texts() {
    assert!(ENGINES.len() >= 40);
    for line in real_lines() {
        assert_agree(&ENGINES, &line);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn every_pattern_matches_as_the_regex_crate_on_word_salad(
        picks in prop::collection::vec(0..WORDS.len(), 0..40),
        glue in prop::collection::vec(prop::sample::select(vec![" ", " ", "", "-", "\n", "\u{a0}"]), 40),
    ) {
        let text: String = picks
            .iter()
            .zip(&glue)
            .map(|(&i, g)| format!("{}{g}", WORDS[i]))
            .collect();
        assert_agree(&ENGINES, &text);
    }
}
