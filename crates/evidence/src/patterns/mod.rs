//! The pattern families and the vocabulary they share.
//!
//! Every family scans the text once per regex it may match (see [`gate`]) and checks
//! each match with a bounded look at its neighbouring words, so the work per call stays
//! linear in the length of the text however many matches there are.

mod clause;
mod company;
mod gate;
mod group_list;
mod growth;
mod metrics;
mod money;
mod people;
pub use clause::led_before;
mod percent;
mod prefixes;
mod programs;
mod reports;
mod signals;
mod talent;

#[cfg(test)]
mod agreement_tests;

use crate::matcher::{Match, Regex};

pub(crate) use gate::Text;

use crate::Fact;

/// One fact found at a byte span of the text.
pub(crate) struct Hit {
    pub start: usize,
    pub end: usize,
    pub fact: Fact,
}

impl Hit {
    pub(crate) fn new(m: Match<'_>, fact: Fact) -> Self {
        Hit {
            start: m.start(),
            end: m.end(),
            fact,
        }
    }
}

/// Runs every family over the text.
pub(crate) fn scan(t: Text<'_>, out: &mut Vec<Hit>) {
    people::scan(t, out);
    reports::scan(t, out);
    talent::scan(t, out);
    money::scan(t, out);
    metrics::scan(t, out);
    percent::scan(t, out);
    signals::scan(t, out);
    company::scan(t, out);
}

/// Compiles a built-in pattern: case-insensitive for ASCII letters, `\b` at ASCII word
/// boundaries, `\s` as Unicode white space (text from PDFs and word processors is full
/// of non-breaking spaces). See [`crate::matcher`] for why this is not the regex crate.
/// Patterns are constants, so a failure here is a defect caught by the test suite.
pub(crate) fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| panic!("invalid built-in pattern: {e}"))
}

/// Verbs of running a team. Nouns that follow them decide what is being run.
pub(crate) const LEAD: &str = r"(?:led|lead|leads|leading|look(?:ed|s|ing)?\s+after|tlm|line[-\s]manag(?:e|ed|es|ing)|managed|manage|manages|managing|ran|run|runs|running|headed|heads|heading|oversaw|oversee|oversees|overseeing|supervised|supervise|supervising|directed|directing|responsible\s+for|in\s+charge\s+of|accountable\s+for)";

/// Further verbs joined to the first one: "hired, onboarded and led 8 engineers".
pub(crate) const CHAIN: &str = r"(?:(?:\s*,\s*|\s+and\s+|\s*&\s*|\s*/\s*)[a-z]+){0,3}";

/// Words that can sit between a count and a people noun ("12 senior backend engineers").
pub(crate) const QUAL: &str = r"(?:senior|junior|mid-level|backend|back-end|frontend|front-end|full-stack|fullstack|full\s+stack|mobile|ios|android|web|platform|infrastructure|infra|data|ml|ai|qa|qe|quality|test|automation|digital|technology|devops|security|site\s+reliability|software|product|design|remote|offshore|nearshore|onshore|contract|distributed|global|in-house|talented|high-performing|cross-functional|direct|embedded|staff|principal|external|internal|international|new|technical|tech|sre|ux|ui|additional|more|first-time|aspiring|emerging|early-career|full-time|part-time|engineering|dedicated|permanent|enterprise|solutions?|cloud)";

/// Nouns for people, but not for managers (those are counted separately).
pub(crate) const PEOPLE: &str = r"(?:engineers?|developers?|devs|programmers|people|persons|staff|employees|reports|ics|individual\s+contributors|sres|sdes|swes|testers|sdets|analysts|data\s+scientists|scientists|designers|architects|contractors|consultants|freelancers|interns|team\s+members|headcount|ftes?|specialists|researchers|technologists|hires|juniors|graduates|apprentices|trainees|dbas|pms|product\s+owners|tech\s+leads)\b";

/// Nouns for managers of people.
pub(crate) const MANAGERS: &str = r"(?:(?:engineering|software|qa|qe|quality|test|line|first-line|front-line|frontline|people|senior|product|development|dev|delivery|group|regional|eng)\s+){0,2}(?:managers?|mgrs|ems|directors|vps|vice\s+presidents|heads\s+of\s+[a-z]+|team\s+leads|team\s+leaders)\b";

/// The word before `at` (lower-cased), looking back a bounded distance.
pub(crate) fn prev_word(text: &str, at: usize) -> Option<String> {
    words_before(text, at, 1).pop()
}

/// Up to `n` words before `at`, nearest last, lower-cased. Stops at punctuation other
/// than apostrophes and hyphens, which belong to words; looks at most 80 bytes back.
pub(crate) fn words_before(text: &str, at: usize, n: usize) -> Vec<String> {
    let mut lo = at.saturating_sub(80);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let window = &text[lo..at];
    let mut out = Vec::new();
    let mut current = String::new();
    for c in window.chars().rev() {
        if c.is_alphanumeric() || c == '\'' || c == '-' || c == '’' {
            current.insert(0, c);
        } else {
            if !current.is_empty() {
                let word = std::mem::take(&mut current);
                // A lone dash is a bullet or a break, not a word.
                if !word.chars().any(char::is_alphanumeric) {
                    break;
                }
                out.push(word.to_lowercase());
                if out.len() == n {
                    break;
                }
            }
            if !c.is_whitespace() {
                break;
            }
        }
    }
    if lo == 0 && out.len() < n && current.chars().any(char::is_alphanumeric) {
        out.push(current.to_lowercase());
    }
    out.reverse();
    out
}

/// What follows `at`: the next word (lower-cased), or the next punctuation character,
/// or `None` at the end of the text. Looks at most 40 bytes ahead.
pub(crate) fn next_token(text: &str, at: usize) -> Option<String> {
    let mut hi = (at + 40).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let window = text[at..hi].trim_start();
    let first = window.chars().next()?;
    if !first.is_alphanumeric() {
        return Some(first.to_string());
    }
    let end = window
        .find(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
        .unwrap_or(window.len());
    Some(window[..end].to_lowercase())
}

/// Whether `w` is a people noun on its own ("engineers", "people", "staff").
pub(crate) fn is_people_word(w: &str) -> bool {
    listed(
        w,
        "engineer engineers developer developers devs programmers people persons \
        staff employees reports ics sres sdes swes testers sdets analysts scientists \
        designers architects contractors consultants freelancers interns members \
        headcount fte ftes specialists researchers technologists hires dbas pms",
    )
}

/// Whether `w` names engineers rather than people in general.
pub(crate) fn is_engineer_word(w: &str) -> bool {
    listed(
        w,
        "engineer engineers engineering developer developers devs programmers \
        sres sdes swes sdets testers tech technology r&d software development dev platform \
        qa",
    )
}

/// After a bare count ("a team of 12 …"), the words that still leave it a head count.
/// Anything else ("12 years", "12 microservices", "12%") makes it something else, and
/// precision matters more than recall.
pub(crate) fn count_may_end_here(next: Option<&str>) -> bool {
    match next {
        None => true,
        Some(w) => {
            listed(
                w,
                ", ; . ) ( : ! – — and across in at on with after before until since \
                during when spanning based who that which for from including distributed located working reporting covering \
                delivering building responsible plus while into through over by within \
                to as under inside strong split organised organized owning serving \
                supporting focused where",
            ) || is_people_word(w)
        }
    }
}

/// Whether `w` is one of the space-separated words in `list`. The vocabularies read
/// better as text than as long `matches!` arms, and each is short enough to scan.
pub(crate) fn listed(w: &str, list: &str) -> bool {
    list.split_whitespace().any(|x| x == w)
}

/// Non-zero, sane head counts only: "a team of 0" and "a team of 40,000,000" are noise.
pub(crate) fn plausible_people(n: u32) -> bool {
    (1..=5_000_000).contains(&n)
}
