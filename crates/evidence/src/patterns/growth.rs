//! Growth in head count: a team grown to a size ("grew the team to 30 engineers") or
//! from one size to another ("scaled engineering from 12 to 45"), and, when the thing
//! grown is the employer, the company's size and pace instead.

use std::sync::LazyLock;

use super::clause::clause_words_before;
use super::gate::{Pattern, Text};
use super::people::{first_word, is_group_word, people};
use super::{
    Hit, PEOPLE, QUAL, count_may_end_here, is_engineer_word, is_people_word, listed, next_token,
    plausible_people,
};
use crate::Fact;
use crate::numbers::{count, number_token, parse_count};

struct Patterns {
    team_to: Pattern,
    from_to: Pattern,
}

static RE: LazyLock<Patterns> = LazyLock::new(|| {
    let c = count();
    let n = number_token();
    let arrow = r"(?:→|->|⟶|=>|⇒)";
    Patterns {
        team_to: Pattern::new(
            "growth.team_to",
            &format!(
                r"\b(?:grew|grow|grows|growing|scaled|scale|scaling|built|building|expanded|expanding|doubled|tripled|quadrupled|increased)\s+(?:(?:the|my|our|an?|its)\s+)?(?:{QUAL}\s+){{0,2}}(?:team|teams|org|organi[sz]ation|engineering|department|function|headcount)\s+(?:(?P<times>[0-9]+(?:\.[0-9]+)?)\s*(?:x|×)(?:\s+|\b))?(?:to\s+(?P<n>{c})(?:\s*(?:{QUAL}\s+){{0,2}}(?P<who>{PEOPLE}))?)?"
            ),
        ),
        from_to: Pattern::new(
            "growth.from_to",
            &format!(
                r"\b(?:(?:grew|grow|grows|growing|scaled|scale|scales|scaling|expanded|expand|expanding|built|build|building|took|take|taking|increased|increasing|doubled|tripled|quadrupled)\s+(?:(?:the|my|our|an?|its)\s+)?(?P<object>(?:[a-z&-]+\s+){{0,3}}?)|(?P<subject>team|teams|org|organi[sz]ation|engineering|headcount|department)\s+(?:[a-z]+\s+)?(?:grew|went|scaled|expanded|increased|doubled|tripled)\s+)(?P<from_kw>from\s+(?:(?:a|an)\s+(?:team|group)\s+of\s+)?)?(?P<a>{n})\s*(?:(?:{QUAL}\s+){{0,2}}(?P<who_a>{PEOPLE})\s*)?(?P<sep>to|{arrow}|–|—)\s*{}(?P<b>{n})\s*\+?(?:\s*(?:{QUAL}\s+){{0,2}}(?P<who_b>{PEOPLE}))?",
                crate::numbers::APPROX
            ),
        ),
    }
});

pub(super) fn scan(t: Text<'_>, out: &mut Vec<Hit>) {
    let text = t.as_str();
    for caps in RE.team_to.captures_iter(t) {
        let m = caps.get(0).expect("group 0");
        // "Grew the team 3x to 30 engineers": a stated multiple of 2.5 or more is
        // hypergrowth, with or without the size it reached.
        let times = caps
            .name("times")
            .and_then(|x| x.as_str().parse::<f64>().ok());
        if times.is_some_and(|x| (crate::HYPERGROWTH_FACTOR..=1000.0).contains(&x)) {
            out.push(Hit::new(m, Fact::Hypergrowth));
        }
        let Some(n) = people(&caps, "n") else {
            continue;
        };
        if caps.name("who").is_none() && !count_may_end_here(next_token(text, m.end()).as_deref()) {
            continue;
        }
        out.push(Hit::new(m, Fact::TeamSize { people: n }));
    }
    scan_from_to(t, out);
}

/// "grew engineering from 12 to 45": both numbers must be about people, which the
/// thing grown ("engineering", "the team") or a people noun after a number shows.
fn scan_from_to(t: Text<'_>, out: &mut Vec<Hit>) {
    let text = t.as_str();
    for caps in RE.from_to.captures_iter(t) {
        let m = caps.get(0).expect("group 0");
        let from_kw = caps.name("from_kw");
        let sep = caps["sep"].to_lowercase();
        // Without "from", only an arrow reads as growth: "grew the team 2 to 3 times" does not.
        if from_kw.is_none() && matches!(sep.as_str(), "to" | "–" | "—") {
            continue;
        }
        // "from zero to 20 engineers" is a team built from nothing; zero is allowed here.
        let a = parse_count(&caps["a"]).filter(|&n| n == 0 || plausible_people(n));
        let (Some(a), Some(b)) = (a, people(&caps, "b")) else {
            continue;
        };
        if b <= a {
            continue;
        }
        let group_named = caps.name("subject").is_some()
            // "from a team of 5": the longer form of the keyword names the group.
            || from_kw.is_some_and(|f| f.as_str().split_whitespace().count() > 1)
            || caps
                .name("object")
                .is_some_and(|o| o.as_str().split_whitespace().any(|w| is_group_word(&w.to_lowercase())));
        let noun = caps
            .name("who_b")
            .or(caps.name("who_a"))
            .map(|w| first_word(w.as_str()));
        let people_noun = noun
            .as_deref()
            .is_some_and(|w| is_people_word(w) && w != "hires");
        if !(group_named || people_noun) {
            continue;
        }
        if noun.is_none() && !count_may_end_here(next_token(text, m.end()).as_deref()) {
            continue;
        }
        // "The company grew from 6 to 40 people", "we grew from 6 to 40": the employer
        // grew around the writer, which says how big it is and how fast it grew, not
        // whom the writer leads.
        let object = caps.name("object").map_or("", |o| o.as_str());
        if company_grew(text, m.start(), object) {
            let engineers = noun.as_deref().is_some_and(is_engineer_word);
            out.push(Hit::new(
                m,
                Fact::CompanySize {
                    people: b,
                    engineers,
                },
            ));
            if a > 0 && f64::from(b) >= crate::HYPERGROWTH_FACTOR * f64::from(a) {
                out.push(Hit::new(m, Fact::Hypergrowth));
            }
            continue;
        }
        out.push(Hit::new(m, Fact::TeamGrowth { from: a, to: b }));
    }
}

/// Words that name the employer as a whole.
const COMPANY_WORDS: &str = "company startup start-up business firm scale-up scaleup";

/// Whether the growth at `at` is the company's: it is the thing grown ("grew the
/// company from 6 to 40") or the subject before the verb ("the company grew", "we
/// grew", "saw the startup grow").
fn company_grew(text: &str, at: usize, object: &str) -> bool {
    let object: Vec<String> = object.split_whitespace().map(str::to_lowercase).collect();
    if object.iter().any(|w| listed(w, COMPANY_WORDS)) {
        return true;
    }
    // "We grew the team from 5 to 20": a group of the writer's own.
    if object.iter().any(|w| is_group_word(w)) {
        return false;
    }
    // The subject: the nearest words before the verb, within its clause.
    let before = clause_words_before(text, at, 3);
    before.first().is_some_and(|w| w == "we")
        || before.iter().take(2).any(|w| listed(w, COMPANY_WORDS))
}
