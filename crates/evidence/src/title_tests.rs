//! The title index against a plain scan of every phrase, and its normalisation.

use proptest::prelude::*;

use super::*;

/// The plain reading of the rule the index speeds up: every phrase of the lexicon
/// tried at every word, the best kept (ties go to the first tried).
fn best_by_scanning<'l>(
    words: &[String],
    lexicon: &'l TitleLexicon,
    levels: &[Level],
) -> Option<(&'l str, usize)> {
    let mut best: Option<(Rank, &'l str, usize)> = None;
    for entry in &lexicon.entries {
        let level = level_number(levels, &entry.level).unwrap_or(0);
        for phrase in &entry.phrases {
            let tokens = normalise(phrase);
            for start in 0..words.len() {
                if tokens.is_empty() || !words[start..].starts_with(&tokens) {
                    continue;
                }
                let chars = tokens.iter().map(String::len).sum();
                let rank = (tokens.len(), chars, level, usize::MAX - start);
                if best.as_ref().is_none_or(|(r, _, _)| rank > *r) {
                    best = Some((rank, phrase.as_str(), start));
                }
            }
        }
    }
    best.map(|(_, phrase, start)| (phrase, start))
}

/// Words of the built-in lexicon's phrases and modifiers, and a few others.
fn vocabulary(lexicon: &TitleLexicon) -> Vec<String> {
    let mut words: Vec<String> = lexicon
        .entries
        .iter()
        .flat_map(|e| e.phrases.iter())
        .chain(lexicon.modifiers.iter().flat_map(|m| m.phrases.iter()))
        .flat_map(|p| normalise(p))
        .chain(["acting", "of", "and", "platform", "x"].map(String::from))
        .collect();
    words.sort();
    words.dedup();
    words
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]
    #[test]
    fn the_index_finds_the_phrase_a_scan_of_the_whole_lexicon_finds(
        picks in prop::collection::vec(any::<prop::sample::Index>(), 0..7),
    ) {
        let fw = ctopath_framework::builtin::framework();
        let lexicon = fw.title_lexicon.as_ref().expect("the built-in lexicon");
        let vocabulary = vocabulary(lexicon);
        let words: Vec<String> =
            picks.iter().map(|i| i.get(&vocabulary).clone()).collect();
        let index = TitleIndex::new(lexicon, &fw.levels);
        let found = index.best(&words).map(|f| (f.phrase.text, f.start));
        prop_assert_eq!(found, best_by_scanning(&words, lexicon, &fw.levels));
    }
}
