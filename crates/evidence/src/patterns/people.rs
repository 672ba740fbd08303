//! Head counts: team size, managers managed and company size (growth is in `growth`).
//!
//! A number only becomes a head count when the words around it say so: a team noun
//! before it ("team of 12"), a people noun after it ("8 engineers") with a verb of
//! leading, or "N-person". Bare numbers are never guessed at.

use std::sync::LazyLock;

use crate::matcher::Captures;

use super::clause::{a_member_of, clause_words_before, leads_groups_before, leads_in};
use super::gate::{Pattern, Text};
use super::{
    CHAIN, Hit, LEAD, MANAGERS, PEOPLE, QUAL, count_may_end_here, is_engineer_word, listed,
    next_token, plausible_people, prev_word, words_before,
};
use crate::Fact;
use crate::numbers::{count, parse_count};

struct Patterns {
    team_of: Pattern,
    team_size: Pattern,
    person_unit: Pattern,
    lead_count: Pattern,
    direct_reports: Pattern,
    manager_of: Pattern,
    managers: Pattern,
    managers_also: Pattern,
    managers_report: Pattern,
    company_of: Pattern,
    employees: Pattern,
    headcount: Pattern,
}

static RE: LazyLock<Patterns> = LazyLock::new(|| {
    let c = count();
    Patterns {
        team_of: Pattern::new(
            "people.team_of",
            &format!(
                r"\b(?:(?P<lead>{LEAD}|head\s+of|leader\s+of)\s+(?P<gap>(?:[a-z&-]+\s+){{0,3}}?))?(?P<noun>team|teams|group|squad|squads|tribe|chapter|org|organi[sz]ation|engineering|department|division|function|practice|unit)\s+of\s+(?P<n>{c})(?:\s*(?:{QUAL}\s+){{0,2}}(?P<who>{PEOPLE}))?"
            ),
        ),
        team_size: Pattern::new(
            "people.team_size",
            &format!(r"\bteam\s+size\s*(?::|of|was|is|=|-|–|—)?\s*(?P<n>{c})"),
        ),
        person_unit: Pattern::new(
            "people.person_unit",
            &format!(
                r"\b(?:(?P<lead>{LEAD}|head\s+of|leader\s+of|manager\s+of)\s+(?:(?:a|an|the|my|our)\s+)?)?(?P<n>{c})[-\s]+(?P<unit>person|people|member|strong|engineer|engineers|developer|developers|employee|employees|staff|head)\s+(?:(?:pre-?seed|seed|seed-stage|seed-funded|early-stage|bootstrapped|venture-backed|vc-backed|series-[a-f]|b2b|b2c|saas|fintech|healthtech|edtech|ai)\s+){{0,2}}(?:(?P<qual>engineering|tech|technology|product|software|r&d|it|development|dev|platform|qa|global|remote|distributed|cross-functional)\s+)?(?:(?P<what>[a-z&/-]+)\s+)?(?P<noun>teams?|squad|group|org|organi[sz]ation|department|division|function|company|startup|start-up|business|firm|scale-?up|enterprise|agency|consultancy)\b"
            ),
        ),
        lead_count: Pattern::new(
            "people.lead_count",
            &format!(
                r"\b{LEAD}{CHAIN}\s+(?:(?:a\s+total\s+of|total\s+of|a|an|the|my|our)\s+)?(?P<n>{c})\s*(?:{QUAL}(?:\s*,\s*|\s+(?:and|&)\s+|\s+)){{0,3}}(?P<who>{PEOPLE})"
            ),
        ),
        direct_reports: Pattern::new(
            "people.direct_reports",
            &format!(
                r"(?:\b(?P<n>{c})\s*direct\s+reports\b|\b(?:with|had|have|has|having)\s+(?P<m>{c})\s*reports\b|\(\s*(?P<p>{c})\s*(?:reports|directs)\s*\))"
            ),
        ),
        // "acting manager of 12 engineers", "team lead for 5 developers", "people manager
        // for 7": the role named, then the people it covers.
        manager_of: Pattern::new(
            "people.manager_of",
            &format!(
                r"\b(?:manager|em|head|leader|lead)\s+(?:of|for|to)\s+(?:(?:a|an|the|my|our)\s+)?(?P<n>{c})(?:\s*(?:{QUAL}\s+){{0,2}}(?P<who>{PEOPLE}))?"
            ),
        ),
        managers: Pattern::new(
            "people.managers",
            &format!(
                r"\b(?:{LEAD}{CHAIN}|through|via|{PEOPLE}\s+across|including|incl\.?|comprising|of\s+whom|manager\s+of|leader\s+of)\s+(?:(?:a\s+total\s+of|a|an|the|my|our)\s+)?(?P<n>{c})\s*{MANAGERS}"
            ),
        ),
        // "Manage 3 teams (25 engineers) and 2 team leads": managers added to what a
        // verb of leading already governs; the code checks the clause for that verb.
        managers_also: Pattern::new(
            "people.managers_also",
            &format!(r"\b(?:and|plus|with)\s+(?:(?:a|an|the|my|our)\s+)?(?P<n>{c})\s*{MANAGERS}"),
        ),
        managers_report: Pattern::new(
            "people.managers_report",
            &format!(
                r"\b(?P<n>{c})\s*{MANAGERS}\s+(?:who\s+)?(?:reporting|reported|report|reports)\s+(?:directly\s+)?(?:to|into)\s+me\b"
            ),
        ),
        company_of: Pattern::new(
            "people.company_of",
            &format!(
                r"\b(?:company|startup|start-up|scale-?up|business|firm|employer|enterprise)\s+(?:of|with)\s+(?P<n>{c})\s*(?:(?P<qual>{QUAL})\s+)?(?P<who>people|employees|staff|engineers|developers|ftes|persons)\b"
            ),
        ),
        employees: Pattern::new(
            "people.employees",
            &format!(r"\b(?P<n>{c})\s*(?:full-time\s+)?(?:employees|ftes)\b"),
        ),
        headcount: Pattern::new(
            "people.headcount",
            &format!(
                r"\b(?P<n>{c})\s*(?P<qual>(?:{QUAL}\s+){{0,2}})(?P<who>engineers|developers|people|staff|sdes|swes|sdets|testers|sres|scientists|researchers)\b"
            ),
        ),
    }
});

/// Words that make the thing before "of N" or "from A to B" a group of people.
pub(super) fn is_group_word(w: &str) -> bool {
    listed(
        w,
        "team teams engineering eng org organization organisation department \
        headcount staff group function people workforce engineers squad tribe \
        division",
    )
}

/// Prepositions that show a leading verb was about something else
/// ("managed budgets across the org of 300").
fn gap_breaks_lead(gap: &str) -> bool {
    gap.split_whitespace().any(|w| {
        listed(
            w.to_lowercase().as_str(),
            "across in of for with at to from within throughout by on and or",
        )
    })
}

/// The head count in group `name`, when it is a plausible number of people.
pub(super) fn people(caps: &Captures<'_>, name: &str) -> Option<u32> {
    parse_count(caps.name(name)?.as_str()).filter(|&n| plausible_people(n))
}

/// "2 teams of 5 engineers each": the number of groups before a plural group noun, when
/// "each" follows the count, so the people are counted across all of them.
fn each_of(text: &str, noun_start: usize, noun: &str, end: usize) -> Option<u32> {
    if !noun.ends_with('s') || next_token(text, end).as_deref() != Some("each") {
        return None;
    }
    prev_word(text, noun_start)
        .and_then(|w| parse_count(&w))
        .filter(|&k| (2..=50).contains(&k))
}

pub(super) fn first_word(s: &str) -> String {
    s.split_whitespace().next().unwrap_or("").to_lowercase()
}

pub(super) fn scan(t: Text<'_>, out: &mut Vec<Hit>) {
    let text = t.as_str();
    let re = &*RE;
    for caps in re.team_of.captures_iter(t) {
        let m = caps.get(0).expect("group 0");
        let Some(n) = people(&caps, "n") else {
            continue;
        };
        let who = caps.name("who").map(|w| first_word(w.as_str()));
        if who.is_none() && !count_may_end_here(next_token(text, m.end()).as_deref()) {
            continue;
        }
        let noun = caps["noun"].to_lowercase();
        let led = caps.name("lead").is_some()
            && !caps
                .name("gap")
                .is_some_and(|g| gap_breaks_lead(g.as_str()));
        let noun_start = caps.name("noun").expect("noun").start();
        let start = if led { m.start() } else { noun_start };
        let team_noun = listed(noun.as_str(), "team teams group squad squads tribe chapter");
        if team_noun && !led && a_member_of(text, noun_start) {
            continue;
        }
        let fact = if team_noun || led {
            Fact::TeamSize {
                people: (each_of(text, noun_start, &noun, m.end()))
                    .map(|k| n.saturating_mul(k))
                    .filter(|&all| plausible_people(all))
                    .unwrap_or(n),
            }
        } else if let Some(who) = who {
            // An org the writer worked in, not one they ran: its size, not their team's.
            let before = prev_word(text, noun_start);
            let engineers = is_engineer_word(&who)
                || is_engineer_word(&noun)
                || before.is_some_and(|b| is_engineer_word(&b));
            Fact::CompanySize {
                people: n,
                engineers,
            }
        } else if prev_word(text, noun_start).is_some_and(|b| is_engineer_word(&b)) {
            // "An engineering organisation of 200": the count already ends its phrase
            // (checked above), and the word before the noun says what it counts.
            Fact::CompanySize {
                people: n,
                engineers: true,
            }
        } else {
            continue;
        };
        out.push(Hit {
            start,
            end: m.end(),
            fact,
        });
    }
    for caps in re.team_size.captures_iter(t) {
        let m = caps.get(0).expect("group 0");
        let Some(n) = people(&caps, "n") else {
            continue;
        };
        if count_may_end_here(next_token(text, m.end()).as_deref()) {
            out.push(Hit::new(m, Fact::TeamSize { people: n }));
        }
    }
    for caps in re.person_unit.captures_iter(t) {
        let m = caps.get(0).expect("group 0");
        let Some(n) = people(&caps, "n") else {
            continue;
        };
        // The free word names the team's work ("5-person SRE team"); a word of grammar
        // there ("coached two engineers into team lead roles") joins two phrases.
        if caps.name("what").is_some_and(|w| {
            listed(
                &w.as_str().to_lowercase(),
                "into in on at for to from with of across and or the a an my our their \
                 his her as per",
            )
        }) {
            continue;
        }
        let noun = caps["noun"].to_lowercase();
        let unit = caps["unit"].to_lowercase();
        let engineers = is_engineer_word(&unit)
            || caps
                .name("qual")
                .is_some_and(|q| is_engineer_word(&q.as_str().to_lowercase()));
        let fact = match noun.as_str() {
            "team" | "teams" | "squad" | "group"
                if caps.name("lead").is_none() && a_member_of(text, m.start()) =>
            {
                continue;
            }
            "team" | "teams" | "squad" | "group" => Fact::TeamSize { people: n },
            "org" | "organization" | "organisation" | "department" | "division" | "function"
                if caps.name("lead").is_some() =>
            {
                Fact::TeamSize { people: n }
            }
            _ => Fact::CompanySize {
                people: n,
                engineers,
            },
        };
        out.push(Hit::new(m, fact));
    }
    for caps in re.lead_count.captures_iter(t) {
        let m = caps.get(0).expect("group 0");
        if caps["who"].eq_ignore_ascii_case("hires") {
            continue;
        }
        if let Some(n) = people(&caps, "n") {
            out.push(Hit::new(m, Fact::TeamSize { people: n }));
        }
    }
    for caps in re.direct_reports.captures_iter(t) {
        let m = caps.get(0).expect("group 0");
        if let Some(n) = ["n", "m", "p"].iter().find_map(|g| people(&caps, g)) {
            out.push(Hit::new(m, Fact::TeamSize { people: n }));
        }
    }
    for caps in re.manager_of.captures_iter(t) {
        let m = caps.get(0).expect("group 0");
        // "People manager for 7": without a noun the count must end its phrase, so
        // "lead for 3 months" counts no one.
        if caps.name("who").is_none() && !count_may_end_here(next_token(text, m.end()).as_deref()) {
            continue;
        }
        if let Some(n) = people(&caps, "n") {
            out.push(Hit::new(m, Fact::TeamSize { people: n }));
        }
    }
    super::growth::scan(t, out);
    scan_headcount(t, out);
    super::group_list::scan(t, out);
    // The pattern, and whether its clause must hold a verb of leading.
    for (re, needs_lead) in [
        (&re.managers, false),
        (&re.managers_report, false),
        (&re.managers_also, true),
    ] {
        for caps in re.captures_iter(t) {
            let m = caps.get(0).expect("group 0");
            if needs_lead && !super::clause::led_before(text, m.start()) {
                continue;
            }
            if let Some(managers) = people(&caps, "n") {
                out.push(Hit::new(m, Fact::ManagersManaged { managers }));
            }
        }
    }
    for caps in re.company_of.captures_iter(t) {
        let m = caps.get(0).expect("group 0");
        let Some(n) = people(&caps, "n") else {
            continue;
        };
        let engineers = is_engineer_word(&caps["who"].to_lowercase())
            || caps
                .name("qual")
                .is_some_and(|q| is_engineer_word(&q.as_str().to_lowercase()));
        out.push(Hit::new(
            m,
            Fact::CompanySize {
                people: n,
                engineers,
            },
        ));
    }
    for caps in re.employees.captures_iter(t) {
        let m = caps.get(0).expect("group 0");
        let Some(n) = people(&caps, "n") else {
            continue;
        };
        // "managed 40 employees" is a team and "hired 40 employees" is hiring; "a team
        // of 40 employees" is a team too. Only the remaining uses describe the company.
        let before = words_before(text, m.start(), 2);
        let skip = before.last().is_some_and(|w| {
            listed(
                w.as_str(),
                "led lead leading managed managing manage ran running run oversaw \
                overseeing supervised hired hiring recruited onboarded mentored coached \
                trained directed headed heading promoted off added",
            )
        }) || (before.len() == 2 && before[1] == "of" && is_group_word(&before[0]));
        if !skip {
            out.push(Hit::new(
                m,
                Fact::CompanySize {
                    people: n,
                    engineers: false,
                },
            ));
        }
    }
}

/// "Healthtech scale-up, 220 engineers" or "consumer app startup, 6 people": a head
/// count standing alone between commas, with no verb to make it a team led or people
/// hired, describes the organisation (its engineering when the noun says engineers).
fn scan_headcount(t: Text<'_>, out: &mut Vec<Hit>) {
    let text = t.as_str();
    for caps in RE.headcount.captures_iter(t) {
        let m = caps.get(0).expect("group 0");
        let Some(n) = people(&caps, "n") else {
            continue;
        };
        // "Manage 3 teams (25 engineers)", "led an organisation of 3 teams and 22
        // engineers": the head count of groups the writer leads is their team.
        if leads_groups_before(text, m.start()) || leads_spread_over_groups(text, m) {
            out.push(Hit::new(m, Fact::TeamSize { people: n }));
            continue;
        }
        let before = text[..m.start()].trim_end().chars().next_back();
        let after = text[m.end()..].trim_start().chars().next();
        let opens =
            before.is_none_or(|c| matches!(c, ',' | ';' | ':' | '(' | '–' | '—' | '|' | '·'));
        let closes = after.is_none_or(|c| matches!(c, ',' | '.' | ';' | ')' | '|' | '·'));
        // "Team: 12 engineers" is a team, read with the other labelled counts.
        if before == Some(':') && super::reports::labels_a_team(text, m.start()) {
            continue;
        }
        // "Lead product and design, 25 people": set off after a clause that opens with a
        // verb of leading, the count is the writer's team, not the company.
        if opens && closes && opens_with_leading_verb(text, m.start()) {
            out.push(Hit::new(m, Fact::TeamSize { people: n }));
            continue;
        }
        if opens && closes {
            let engineers = is_engineer_word(&caps["who"].to_lowercase())
                || caps["qual"]
                    .split_whitespace()
                    .any(|q| is_engineer_word(&q.to_lowercase()));
            out.push(Hit::new(
                m,
                Fact::CompanySize {
                    people: n,
                    engineers,
                },
            ));
        }
    }
}

/// Whether the text before `at` opens with a verb of leading ("Lead", "Managed",
/// "Running") and does not name an employer: "Lead Engineer at Acme (40 engineers)" is
/// a title and a company's size, "Lead product and design, 25 people" a team.
fn opens_with_leading_verb(text: &str, at: usize) -> bool {
    let words: Vec<String> = text[..at]
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let verb = words.first().is_some_and(|w| {
        listed(
            w,
            "lead leads led leading manage manages managed managing run runs ran running \
             oversee oversees oversaw overseeing directed directing supervise supervised \
             supervising",
        )
    });
    let title = words.get(1).is_some_and(|w| {
        listed(
            w,
            "engineer developer architect designer consultant analyst scientist programmer \
             tester sdet sre",
        )
    });
    verb && !title && !words.iter().any(|w| w == "at")
}

/// "Lead delivery of a migration programme with 40 engineers across 4 teams": a head
/// count spread over groups, in a clause that opens with a word of leading, is the team
/// the writer runs. Without the leading word ("worked with 40 engineers across 4
/// teams") it is only the people around them.
fn leads_spread_over_groups(text: &str, m: crate::matcher::Match<'_>) -> bool {
    let mut hi = (m.end() + 40).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let after: Vec<String> = text[m.end()..hi]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(4)
        .map(str::to_lowercase)
        .collect();
    let spread = after
        .first()
        .is_some_and(|w| listed(w, "across in over spanning into"))
        && after[1..]
            .iter()
            .any(|w| is_group_word(w) || listed(w, "squads groups tribes divisions"));
    spread && leads_in(&clause_words_before(text, m.start(), 16))
}
