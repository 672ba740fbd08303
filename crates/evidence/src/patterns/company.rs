//! The company around the writer: its stage, and whether the writer founded it.
//!
//! Words around a match veto the readings that name somebody else ("reported to the
//! founder", "a company founded in 2012") or another thing ("JVM startup time").

use std::sync::LazyLock;

use super::gate::{Pattern, Text};
use super::{
    Hit, QUAL, is_engineer_word, listed, next_token, plausible_people, prev_word, words_before,
};
use crate::Fact;
use crate::numbers::parse_count;

struct Patterns {
    stage: Pattern,
    series: Pattern,
    founder: Pattern,
    we_are: Pattern,
    only_engineer: Pattern,
    whole_team: Pattern,
}

static RE: LazyLock<Patterns> = LazyLock::new(|| Patterns {
    // "Only engineer besides the CTO", "sole developer", "one of three engineers": the
    // writer's whole engineering team, counted.
    only_engineer: Pattern::new(
        "company.only_engineer",
        &format!(
            r"\b(?:(?P<only>only|sole|lone|single|first\s+and\s+only)\s+(?:full-time\s+|in-house\s+|software\s+)?(?:engineer|developer|programmer|dev)\b(?:\s+(?P<besides>besides|apart\s+from|other\s+than|alongside|except(?:\s+for)?)\b)?|\bone\s+of\s+(?:just\s+|only\s+)?(?P<n>{})\s+(?:engineers|developers|programmers)\b)",
            crate::numbers::number_token()
        ),
    ),
    // "Just me and one other engineer", "building our MVP with one other engineer": the
    // writer and the others named are the whole engineering team. A plain "with two other
    // engineers" is left alone: it may be one project's crew at a large company.
    whole_team: Pattern::new(
        "company.whole_team",
        &format!(
            r"\b(?:(?:just|only)\s+)?me\s+and\s+(?P<me>{n}|another)\s+(?:other\s+)?(?:engineers?|developers?|devs?)\b|\bwith\s+(?:just|only)\s+(?P<only>{n}|another)\s+other\s+(?:engineers?|developers?|devs?)\b|\b(?:built|building|build|wrote|writing|shipped|shipping|launched|launching|developed|developing)\s+(?:the|our)\s+(?:first\s+)?(?:mvp|product|prototype|v1|first\s+version)\b(?:\s+[a-z0-9-]+){{0,4}}?\s+with\s+(?:(?:just|only)\s+)?(?P<with>{n}|another)\s+other\s+(?:engineers?|developers?|devs?)\b",
            n = crate::numbers::number_token()
        ),
    ),
    // "We are 4 people", "we're now 30 engineers": the writer's whole company counted.
    we_are: Pattern::new(
        "company.we_are",
        &format!(
            r"\b(?:we\s+are|we're|we\s+were|we\s+have|we\s+had|we\s+now\s+have)\s+(?:(?:now|just|only|still|currently|already|about|around|nearly|over|almost)\s+)?(?P<n>{})\s*(?:(?P<qual>{QUAL})\s+)?(?P<who>people|persons|employees|staff|engineers|developers|full-time\s+employees|ftes)\b",
            crate::numbers::number_token()
        ),
    ),
    stage: Pattern::new(
        "company.stage",
        r"\b(?P<startup>pre-?seed|seed[-\s]stage|seed-funded|seed\s+(?:round|funding)|early[-\s]stage|start-?ups?)\b|\b(?P<scaleup>scale-?ups?|growth[-\s]stage|late[-\s]stage|pre-?ipo|unicorn)\b|\b(?P<enterprise>fortune\s*(?:50|100|500|1000|global\s*500)|ftse\s*(?:100|250|350)|s&p\s*500|global\s*2000|publicly[-\s](?:listed|traded|held)|public\s+(?:listed\s+)?compan(?:y|ies)|(?:nyse|nasdaq|lse|tsx|asx)[-\s]?listed|post-?ipo|multinational)\b|\b(?P<employer>(?P<adj>enterprise|multinational|global|international|large|major|tier[-\s]?(?:1|one))\s+(?:(?P<middle>[a-z&-]+)\s+)?(?P<noun>banks?|insurers?|insurance\s+(?:company|group)|retailers?|telcos?|telecoms?\s+(?:operator|company|group)|corporations?|conglomerates?|groups?|compan(?:y|ies)|firms?|manufacturers?|organi[sz]ations?|employers?|airlines?|utilit(?:y|ies)|enterprises?))\b",
    ),
    // The series letter is matched case-sensitively: "Series B", not "a series a".
    series: Pattern::new("company.series", r"\bseries[-\s](?-i:(?P<letter>[A-F]))\b"),
    founder: Pattern::new(
        "company.founder",
        r"\b(?P<cofounded>co-?found(?:ed|ing))\b|\bone\s+of\s+(?:the\s+|[a-z]+\s+|[0-9]+\s+)?(?:co-?)?founders\b|\b(?P<noun>(?:co-?)?founder)\b|\b(?P<founded>founded)\b|\bfounding\s+(?:engineer|engineering\s+(?:hire|lead|manager)|team|member|cto|developer|architect|employee|hire)\b|\b(?P<first>first\s+(?:engineer|engineering\s+hire|technical\s+hire|employee|developer))\b",
    ),
});

pub(super) fn scan(t: Text<'_>, out: &mut Vec<Hit>) {
    scan_stage(t, out);
    scan_founder(t, out);
    scan_we_are(t, out);
    scan_whole_team(t, out);
    let text = t.as_str();
    for caps in RE.only_engineer.captures_iter(t) {
        let m = caps.get(0).expect("group 0");
        // "The only engineer who knew the system", "the only engineer on call": a
        // distinction, not a head count.
        if caps.name("only").is_some() && caps.name("besides").is_none() {
            let after = words_after(text, m.end(), 2);
            let distinction = after.first().is_some_and(|w| {
                listed(
                    w,
                    "who that to with able trusted allowed certified promoted selected invited \
                    chosen asked given named awarded on-call",
                )
            }) || after.as_slice() == ["on", "call"];
            if distinction {
                continue;
            }
        }
        let people = match caps.name("n") {
            Some(n) => parse_count(n.as_str()).filter(|&n| plausible_people(n)),
            None => Some(if caps.name("besides").is_some() { 2 } else { 1 }),
        };
        if let Some(people) = people {
            out.push(Hit::new(
                m,
                Fact::CompanySize {
                    people,
                    engineers: true,
                },
            ));
        }
    }
}

/// The writer and the engineers named beside them: "me and 2 other developers" is an
/// engineering team of three.
fn scan_whole_team(t: Text<'_>, out: &mut Vec<Hit>) {
    for caps in RE.whole_team.captures_iter(t) {
        let m = caps.get(0).expect("group 0");
        let others = ["me", "only", "with"]
            .iter()
            .find_map(|g| caps.name(g))
            .and_then(|n| match n.as_str().to_lowercase().as_str() {
                "another" => Some(1),
                n => parse_count(n),
            });
        if let Some(people) = others.map(|n| n + 1).filter(|&n| plausible_people(n)) {
            out.push(Hit::new(
                m,
                Fact::CompanySize {
                    people,
                    engineers: true,
                },
            ));
        }
    }
}

/// "We are 4 people" counts the company the writer is in; "we have 12 engineers" its
/// engineering. "We have 3 engineers in my team" is a team, and is left alone.
fn scan_we_are(t: Text<'_>, out: &mut Vec<Hit>) {
    let text = t.as_str();
    for caps in RE.we_are.captures_iter(t) {
        let m = caps.get(0).expect("group 0");
        let Some(people) = parse_count(&caps["n"]).filter(|&n| plausible_people(n)) else {
            continue;
        };
        let after = words_after(text, m.end(), 3);
        if after.first().is_some_and(|w| listed(w, "in on"))
            && after.iter().any(|w| w.starts_with("team") || w == "squad")
        {
            continue;
        }
        let engineers = is_engineer_word(&caps["who"].to_lowercase())
            || caps
                .name("qual")
                .is_some_and(|q| is_engineer_word(&q.as_str().to_lowercase()));
        out.push(Hit::new(m, Fact::CompanySize { people, engineers }));
    }
}

/// Up to `n` lower-case words after `at`, within the clause.
fn words_after(text: &str, at: usize, n: usize) -> Vec<String> {
    let mut hi = (at + 40).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    text[at..hi]
        .split(['.', ';', ',', '!', '?'])
        .next()
        .unwrap_or("")
        .split_whitespace()
        .take(n)
        .map(str::to_lowercase)
        .collect()
}

fn scan_stage(t: Text<'_>, out: &mut Vec<Hit>) {
    let text = t.as_str();
    for caps in RE.stage.captures_iter(t) {
        let m = caps.get(0).expect("group 0");
        let stage = if caps.name("startup").is_some() {
            // "startup time", "JVM startup", "startup scripts" are about booting software.
            let next = next_token(text, m.end());
            let prev = prev_word(text, m.start());
            let booting = next.as_deref().is_some_and(|w| {
                listed(
                    w,
                    "time times latency script scripts sequence performance speed logic code \
                    routine phase config configuration cost costs screen page process hook \
                    hooks probe probes check checks delay overhead path crash crashes \
                    failure failures errors flag flags",
                )
            }) || (prev.as_deref().is_some_and(|w| {
                listed(
                    w,
                    "app application jvm cold warm fast slow faster slower container boot pod \
                    service server system",
                )
            }) && !names_the_company(text, m.start()));
            if booting {
                continue;
            }
            "startup"
        } else if caps.name("scaleup").is_some() {
            "scaleup"
        } else if caps.name("employer").is_some()
            && !names_an_employer(&caps, text, m.start(), m.end())
        {
            continue;
        } else {
            "enterprise"
        };
        let stage = stage.to_string();
        out.push(Hit::new(m, Fact::CompanyStage { stage }));
    }
    for caps in RE.series.captures_iter(t) {
        let m = caps.get(0).expect("group 0");
        let stage = if matches!(&caps["letter"], "A" | "B") {
            "startup"
        } else {
            "scaleup"
        };
        let stage = stage.to_string();
        out.push(Hit::new(m, Fact::CompanyStage { stage }));
    }
}

/// "Global bank", "an enterprise healthcare group", "engineering manager at a large
/// insurer": the writer's own employer, described. Not "a large engineering
/// organisation" (a department), "migrated a large retailer" (a client), or "large
/// enterprise customers" (a market).
fn names_an_employer(
    caps: &crate::matcher::Captures<'_>,
    text: &str,
    start: usize,
    end: usize,
) -> bool {
    let lower = |name: &str| caps.name(name).map(|m| m.as_str().to_ascii_lowercase());
    let department = lower("middle").is_some_and(|w| {
        listed(
            &w,
            "engineering platform product data development dev qa test testing sre devops \
            infrastructure infra design delivery support security team teams r&d it ops \
            operations sales marketing",
        )
    });
    // A group or an organisation may be a department of any company; an enterprise or a
    // multinational one is the company.
    let noun = lower("noun").unwrap_or_default();
    let vague = (noun.starts_with("group") || noun.starts_with("organi"))
        && !matches!(
            lower("adj").as_deref(),
            Some("enterprise" | "multinational")
        );
    let market = next_token(text, end).is_some_and(|w| {
        listed(
            &w,
            "customer customers client clients deal deals account accounts sales software \
            market markets segment contract contracts products product features plan tier",
        )
    });
    if department || vague || market {
        return false;
    }
    let before = words_before(text, start, 2);
    let place = before
        .iter()
        .rev()
        .find(|w| !matches!(w.as_str(), "a" | "an" | "the"))
        // Not "for": "built the app for a large bank" names a client.
        .is_some_and(|w| listed(w, "at within inside joined"));
    names_the_company(text, start) || place
}

/// "Consumer app startup, 6 people" names the company where "improved app startup"
/// names boot time: the phrase opens the text (within three words) and no verb of
/// changing something comes before it.
fn names_the_company(text: &str, start: usize) -> bool {
    let before = words_before(text, start, 4);
    before.len() <= 3
        && !before.iter().any(|w| {
            w.ends_with("ed")
                || listed(
                    w,
                    "cut sped made halve speed fix make reduce improve optimise optimize \
                    shrink shrank trim profile tune debug measure",
                )
        })
}

/// "Founder of the engineering book club" founds a community, not a company. Looks at
/// the next few words only.
fn founded_a_community(text: &str, end: usize) -> bool {
    let mut hi = (end + 60).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let window = text[end..hi].split(['.', ';', ',']).next().unwrap_or("");
    window.split_whitespace().take(6).any(|w| {
        listed(
            w.to_lowercase()
                .trim_matches(|c: char| !c.is_alphanumeric()),
            "club meetup meetups guild community chapter podcast newsletter blog \
            initiative forum conference hackathon society erg workshop league choir \
            band team guilds communities programme program reading circle",
        )
    })
}

fn scan_founder(t: Text<'_>, out: &mut Vec<Hit>) {
    let text = t.as_str();
    for caps in RE.founder.captures_iter(t) {
        let m = caps.get(0).expect("group 0");
        let before = words_before(text, m.start(), 2);
        let prev = before.last().map(String::as_str);
        let next = next_token(text, m.end());
        // "reported to the founder", "after the founding CTO left", "worked with our
        // co-founder" name another person; "as the founding engineer" is the writer.
        let another = match prev {
            Some(
                "our" | "my" | "their" | "his" | "her" | "its" | "with" | "to" | "for" | "by"
                | "fellow",
            ) => true,
            Some("the") => !matches!(
                before.first().map(String::as_str),
                Some("as" | "was" | "am")
            ),
            _ => false,
        };
        let ok = if caps.name("cofounded").is_some() {
            // "a company co-founded by …" is someone else's founding.
            next.as_deref() != Some("by") && !matches!(prev, Some("was" | "were" | "company"))
        } else if caps.name("noun").is_some() {
            // "founder-led" describes the company.
            let led = text[m.end()..].starts_with("-led") || text[m.end()..].starts_with("-mode");
            // "with my co-founder": only a co-founder has one.
            let mine = prev == Some("my") && m.as_str().to_ascii_lowercase().starts_with("co");
            (mine || !another) && !led
        } else if caps.name("founded").is_some() {
            // Only a bullet that opens with "Founded" or "I/and founded" is the writer's.
            matches!(prev, None | Some("i" | "and" | "also" | "then"))
                && !matches!(next.as_deref(), Some("in" | "by" | "on" | "at"))
        } else if caps.name("first").is_some() {
            // "hired our first engineer" is hiring, not being first.
            !before.iter().any(|w| {
                listed(
                    w.as_str(),
                    "hired hire hiring recruited our my their onboarded brought",
                )
            })
        } else {
            // "founding CTO", "one of the founders".
            !another
        };
        if ok && !founded_a_community(text, m.end()) {
            out.push(Hit::new(m, Fact::Founder));
        }
    }
}
