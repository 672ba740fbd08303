//! Extraction must never panic, must cite only text that is really there, and must
//! stay linear on large or hostile input.

use std::time::{Duration, Instant};

use ctopath_evidence::{extract, match_title};
use proptest::prelude::*;

/// Words that make the patterns fire, so random sentences reach deep into the matchers.
const VOCAB: &[&str] = &[
    "led",
    "managed",
    "a",
    "team",
    "of",
    "12",
    "1,200",
    "twenty-five",
    "a dozen",
    "10–15",
    "40+",
    "engineers",
    "managers",
    "from",
    "to",
    "→",
    "->",
    "—",
    "$3M",
    "€12",
    "million",
    "£500k",
    "budget",
    "spend",
    "P&L",
    "by",
    "60%",
    "percent",
    "reduced",
    "increased",
    "board",
    "presented",
    "on-call",
    "incident",
    "response",
    "migrated",
    "hired",
    "mentored",
    "promoted",
    "of my reports were",
    "Series",
    "A",
    "startup",
    "Fortune 500",
    "-person",
    "company",
    "hypergrowth",
    "tripled",
    "3x",
    "in a year",
    "still",
    "write code",
    "daily",
    "review",
    "every",
    "pull request",
    "cross-functional",
    "partnered with",
    "sales",
    "fractional",
    "CTO",
    "co-founded",
    "founder",
    "the",
    "ms",
    "minutes",
    "h",
    "é",
    "日本",
    "🙂",
    ",",
    ".",
    ";",
    "(",
    ")",
    "~",
    "over",
    "through",
    "VPs",
    "direct reports",
    "P1",
];

fn soup() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(VOCAB), 0..40).prop_map(|w| w.join(" "))
}

fn assert_cited(text: &str) {
    for e in extract(text, "work[3].highlights[1]") {
        assert_eq!(e.source, "work[3].highlights[1]");
        assert!(!e.text.is_empty());
        assert!(text.contains(&e.text), "{:?} is not in {:?}", e.text, text);
    }
}

proptest! {
    // No failure files: this crate's tests have no source directory proptest can find.
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings_never_panic(s in any::<String>()) {
        assert_cited(&s);
    }

    #[test]
    fn resume_like_soup_never_panics(s in soup()) {
        assert_cited(&s);
    }

    #[test]
    fn titles_never_panic(s in any::<String>(), t in soup()) {
        let fw = ctopath_framework::builtin::framework();
        if let Some(lx) = fw.title_lexicon.as_ref() {
            let _ = match_title(&s, lx, &fw.levels);
            let _ = match_title(&t, lx, &fw.levels);
            let _ = match_title(&s, lx, &[]);
        }
    }
}

/// Generous for an unoptimised test build on a small machine; a super-linear matcher
/// blows far past it on a megabyte.
const LIMIT: Duration = Duration::from_secs(60);

fn megabyte_of(unit: &str) -> String {
    unit.repeat(1_000_000 / unit.len() + 1)
}

fn timed(name: &str, text: &str) -> usize {
    let start = Instant::now();
    let n = extract(text, "s").len();
    let took = start.elapsed();
    eprintln!("{name}: {} bytes, {n} facts, {took:?}", text.len());
    assert!(took < LIMIT, "{name} took {took:?}");
    n
}

/// A deterministic, dependency-free mix of ASCII, accented and wide characters.
fn noise(len: usize) -> String {
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let pool: Vec<char> = "abcdefghijklmnopqrstuvwxyz 0123456789 .,;:-–—→$€£%+~ éüß日本語🙂\n"
        .chars()
        .collect();
    let mut out = String::with_capacity(len);
    while out.len() < len {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        out.push(pool[(state % pool.len() as u64) as usize]);
    }
    out
}

#[test]
fn a_megabyte_of_resume_is_linear() {
    let resume = "Led a team of 12 engineers and grew engineering from 12 to 45. Managed a $3M budget; \
                  cut p99 latency from 800ms to 120ms and cloud costs by 60%. Presented to the board. ";
    let n = timed("resume", &megabyte_of(resume));
    // Repeated facts are reported once each.
    assert!(n <= 10, "{n} facts");
}

#[test]
fn a_megabyte_of_hostile_input_is_linear() {
    for (name, unit) in [
        ("digits", "1 "),
        ("verbs", "led "),
        ("ranges", "10–15 "),
        ("growth", "from 1 to "),
        ("money", "$3M "),
        ("percent verbs", "reduced costs and "),
        ("word", "a"),
        ("unicode", "日本語🙂 "),
    ] {
        timed(name, &megabyte_of(unit));
    }
    timed("noise", &noise(1_000_000));
}
