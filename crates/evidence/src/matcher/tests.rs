//! The matcher finds what the regex crate finds, group for group.

use proptest::prelude::*;

use super::{Regex, program::Outcome};

/// Every match with every group's span, as each engine reports them.
pub(crate) type Spans = Vec<Vec<Option<(usize, usize)>>>;

/// What `ours` and `theirs` find in `text`, in the same shape so they compare.
pub(crate) fn spans(ours: &Regex, theirs: &regex::Regex, text: &str) -> (Spans, Spans) {
    let groups = theirs.captures_len();
    let mine = ours
        .captures_iter(text)
        .map(|c| {
            (0..groups)
                .map(|i| c.get(i).map(|m| (m.start(), m.end())))
                .collect()
        })
        .collect();
    let reference = theirs
        .captures_iter(text)
        .map(|c| {
            (0..groups)
                .map(|i| c.get(i).map(|m| (m.start(), m.end())))
                .collect()
        })
        .collect();
    (mine, reference)
}

/// Both engines built for one pattern; ours never hands a search over.
pub(crate) fn engines(pattern: &str) -> (Regex, regex::Regex) {
    let ours = Regex::backtracking_only(pattern).unwrap_or_else(|e| panic!("{pattern}: {e}"));
    let theirs = regex::Regex::new(&Regex::regex_crate_equivalent(pattern))
        .unwrap_or_else(|e| panic!("{pattern}: {e}"));
    (ours, theirs)
}

fn assert_same(pattern: &str, text: &str) {
    let (ours, theirs) = engines(pattern);
    let (mine, reference) = spans(&ours, &theirs, text);
    assert_eq!(mine, reference, "pattern {pattern:?} on {text:?}");
    let hot = Regex::always_hot(pattern).unwrap();
    let (mine, _) = spans(&hot, &theirs, text);
    assert_eq!(mine, reference, "hot pattern {pattern:?} on {text:?}");
    let found: Vec<_> = hot.find_iter(text).map(|m| (m.start(), m.end())).collect();
    let whole: Vec<_> = reference.iter().filter_map(|groups| groups[0]).collect();
    assert_eq!(found, whole, "hot pattern {pattern:?} finding in {text:?}");
}

/// Patterns that exercise each piece of the syntax, and the order alternatives and
/// repetitions are tried in, which decides the match the regex crate reports.
const PATTERNS: &[&str] = &[
    r"\bteam\s+of\s+(?P<n>[0-9]+)",
    r"(?P<a>led|lead|leading)\s+(?P<n>\d+)",
    r"a|ab|abc",
    r"abc|ab|a",
    r"(?:[a-z&-]+\s+){0,3}?to\b",
    r"(?:[a-z&-]+\s+){0,3}to\b",
    r"(?P<x>\w+)\s*(?P<y>\w*?)z",
    r"(?P<w>[a-z]+)(?:,\s*(?P<v>[a-z]+))*",
    r"x{2,4}?y?",
    r"(?:ab){1,3}",
    r"\$[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?",
    r"(?:€|£|\$)\s?[0-9]+(?:k|m|bn)?\b",
    r"→|->|⟶",
    r"µs|μs|ms\b",
    r"\bseries\s+(?-i:(?P<letter>[A-F]))\b",
    r"[0-9,.$]+",
    r"\Bing\b",
    r"on-?call",
    r"(?:a|an|the)?\s*\bdozen\b",
    r"(\d+)\s*(?:-|–|—|to)\s*(\d+)\+?",
    r"q(?:u(?:i(?:c(?:k)?)?)?)?",
    r"[.,;:!]",
    r"\s+",
    r"bare[-\s]metal|cross[\s-]?functional|[\s]x|[a\s-]+z",
];

const TEXTS: &[&str] = &[
    "Led a team of 12 engineers, grew it from 12 to 45.",
    "LEAD 40 people; lead  7; leading\u{a0}3 teams",
    "abc ab a abcd",
    "went from one team to two and back to three",
    "xyz xxz x z foo bar baz z",
    "apples, pears,oranges and, kiwis",
    "xxxxxy xxy xy",
    "ababababab",
    "$1,250,000.50 and $999 and $1,00",
    "€3m £40k $ 7bn €12mm",
    "from 4 → 19, 5 -> 6, 7 ⟶ 8",
    "p99 of 800 µs or 120 μs or 9ms",
    "raised a Series B, then series c, then SERIES d",
    "Über-team: 12 → 40!!",
    "singing ring ingot",
    "on-call, oncall, on call",
    "a dozen, the  dozen, dozens",
    "10–15 people, 3 to 5+, 7 — 9",
    "q qu qui quic quick quickly",
    "",
    "日本語🙂 tea\u{2003}m of\u{202f}3",
    "bare metal, bare\u{a0}metal, bare-metal, bare(metal, baresmetal, cross-functional, crossufunctional",
    "\u{a0}x a-a z -z",
];

#[test]
fn matches_and_groups_are_the_regex_crates() {
    for pattern in PATTERNS {
        for text in TEXTS {
            assert_same(pattern, text);
        }
    }
}

#[test]
fn case_is_ignored_for_ascii_letters_only() {
    assert_same("straße", "STRASSE strasse Straße STRAßE");
    assert_same("émigré", "ÉMIGRÉ émigré Émigré");
    assert_same("[a-c]+", "ABCabcÀ");
}

#[test]
fn syntax_the_regex_crate_reads_otherwise_is_refused() {
    for bad in [
        "^start",
        "end$",
        "(?x)a",
        "a**",
        "(unclosed",
        "closed)",
        "[a-",
        "a{3,1}",
        r"\p{L}",
        "[[a]]",
        "(?P<n>a)(?P<n>b)",
        "a|",
        "x*?|",
        r"\1",
        "[^a]",
        "a.b",
        r"\S",
    ] {
        assert!(Regex::new(bad).is_err(), "{bad:?} was accepted");
    }
}

#[test]
fn a_search_that_runs_out_of_steps_is_redone_by_the_regex_crate() {
    // Each `a` can start a match that fails only at the end: quadratic work for a
    // backtracker, which runs out of its budget and hands over.
    let pattern = r"(?:a\s*)+b";
    let text = "a ".repeat(20_000);
    let ours = Regex::backtracking_only(pattern).unwrap();
    let mut slots = vec![None; ours.program.slots];
    let mut budget = Regex::budget(&text, 0);
    assert!(matches!(
        ours.program.search(&text, 0, &mut slots, &mut budget),
        Outcome::OutOfSteps
    ));
    assert_same(pattern, &text);
    // Once out of steps, the pattern stays with the regex crate: searching from one
    // offset after another cannot cost a budget each time.
    let re = Regex::new(pattern).unwrap();
    assert!(re.captures_at(&text, 0).is_none());
    assert!(re.fallback.get().is_some());
    assert!(re.searches.load(std::sync::atomic::Ordering::Relaxed) >= re.hot_after);
    let with_match = format!("{text}b");
    assert_same(pattern, &with_match);
    assert_eq!(ours.find_iter(&with_match).count(), 1);
}

#[test]
fn a_pattern_searched_often_goes_to_the_regex_crate_with_the_same_results() {
    let pattern = r"\b(?P<verb>led|managed)\s+(?P<n>[0-9]+)\s+engineers\b";
    let text = "Led 4 engineers, then managed 12 engineers.";
    let re = Regex::new(pattern).unwrap();
    let first: Vec<_> = re.find_iter(text).map(|m| (m.start(), m.end())).collect();
    assert!(
        re.fallback.get().is_none(),
        "a few searches stay with the backtracker"
    );
    for _ in 0..super::HOT_SEARCHES {
        re.captures_at(text, 0);
    }
    let later: Vec<_> = re.find_iter(text).map(|m| (m.start(), m.end())).collect();
    assert!(
        re.fallback.get().is_some(),
        "a hot pattern is compiled by the regex crate"
    );
    assert_eq!(first, later);
    assert_eq!(first, vec![(0, 15), (22, 42)]);
}

#[test]
fn captures_by_name_and_index() {
    let re = Regex::new(r"(?P<verb>led|grew)\s+(?:a\s+)?(?P<what>team)?").unwrap();
    let caps = re.captures_at("we grew a team", 0).unwrap();
    assert_eq!(&caps["verb"], "grew");
    assert_eq!(caps.name("what").map(|m| m.as_str()), Some("team"));
    assert_eq!(caps.get(0).map(|m| (m.start(), m.end())), Some((3, 14)));
    assert!(re.captures_at("we grew a team", 4).is_none());
}

const PIECES: &[&str] = &[
    "a", "ab", "b", "x", "z", "team", "of", "12", "to", "led", " ", "  ", "\u{a0}", ",", "-", "→",
    "µs", "ß", "Series", "B", "ing", "q", "qu", "$", "1,000", ".",
];

proptest! {
    #[test]
    fn any_text_gives_the_regex_crates_matches(
        picks in prop::collection::vec(0..PIECES.len(), 0..30),
        pattern in 0..PATTERNS.len(),
    ) {
        let text: String = picks.iter().map(|&i| PIECES[i]).collect();
        assert_same(PATTERNS[pattern], &text);
    }

    #[test]
    fn any_string_is_searched_without_panicking(s in any::<String>(), pattern in 0..PATTERNS.len()) {
        assert_same(PATTERNS[pattern], &s);
    }
}

/// Random patterns from the syntax the matcher takes: alternations, groups, classes
/// and greedy or lazy repetitions nested a few levels deep.
fn pattern() -> impl Strategy<Value = String> {
    let atom = prop::sample::select(vec![
        "a", "b", "ab", "x", " ", r"\s", r"\b", "[ab]", r"[-\s]", "[a-c]", r"\d", "µ", "→",
    ])
    .prop_map(str::to_string);
    atom.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 2..4).prop_map(|v| v.concat()),
            prop::collection::vec(inner.clone(), 2..4).prop_map(|v| format!("(?:{})", v.join("|"))),
            inner.clone().prop_map(|p| format!("({p})")),
            (
                inner,
                prop::sample::select(vec![
                    "?", "*", "+", "??", "*?", "+?", "{0,2}", "{1,3}?", "{2}"
                ])
            )
                .prop_map(|(p, q)| format!("(?:{p}){q}")),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]
    /// Whatever the matcher accepts, the regex crate reads the same way.
    #[test]
    fn random_patterns_match_as_the_regex_crate(
        pattern in pattern(),
        picks in prop::collection::vec(0..PIECES.len(), 0..16),
    ) {
        if Regex::new(&pattern).is_ok() {
            let text: String = picks.iter().map(|&i| PIECES[i]).collect();
            assert_same(&pattern, &text);
        }
    }
}
