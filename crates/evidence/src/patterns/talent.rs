//! Growing people: hiring, mentoring and promotions of reports.
//!
//! Each fact has a counted form ("hired 25 engineers") and a plain form ("built the
//! hiring process"); the plain form is dropped later when the same text also has the
//! counted one, so a reader sees the most specific evidence.

use std::sync::LazyLock;

use super::gate::{Pattern, Text};
use super::{CHAIN, Hit, PEOPLE, QUAL, listed, next_token, plausible_people, prev_word};
use crate::Fact;
use crate::numbers::{count, parse_count};

const HIRE: &str = r"(?:hired|hire|hires|hiring|recruited|recruit|recruits|recruiting|onboarded|onboard|onboarding|brought\s+on|brought\s+in|added|adding|staffed)";
const MENTOR: &str = r"(?:mentored|mentoring|mentors|mentor\s+(?:to|for)|coach\s+(?:to|for)|coached|coaching|coaches|trained|training)";
/// People a leader grows: engineers, but also managers and leads, mentees and interns.
const GROWN: &str =
    r"(?:(?:managers|leads|mentees|students|apprentices|graduates|juniors)\b|PEOPLE)";

struct Patterns {
    hire_count: Pattern,
    hires_noun: Pattern,
    hire_process: Pattern,
    hire_bare: Pattern,
    interviewed: Pattern,
    hiring_manager: Pattern,
    mentor_count: Pattern,
    grew_into: Pattern,
    mentor_bare: Pattern,
    promo_of: Pattern,
    promoted_n: Pattern,
    n_promotions: Pattern,
    helped_n: Pattern,
    promo_bare: Pattern,
    bare_count: Pattern,
}

static RE: LazyLock<Patterns> = LazyLock::new(|| {
    let c = count();
    let article = r"(?:(?:a\s+total\s+of|total\s+of|(?:the|our|my)\s+first|a|an|the|my|our)\s+)?";
    let grown = GROWN.replace("PEOPLE", PEOPLE);
    let roles = format!(
        r"(?:(?:{QUAL}|open|new|engineering|technical)\s+){{0,2}}(?:roles|positions|openings|reqs|requisitions|vacancies|hires|{PEOPLE})"
    );
    Patterns {
        hire_count: Pattern::new(
            "talent.hire_count",
            &format!(
                r"\b{HIRE}{CHAIN}\s+{article}(?P<n>{c})\s*(?:{QUAL}\s+){{0,2}}(?:{PEOPLE}|candidates\b)"
            ),
        ),
        hires_noun: Pattern::new(
            "talent.hires_noun",
            &format!(
                r"\b(?P<n>{c})\s*(?:(?:new|engineering|technical|senior|external|successful|key|critical|diverse|net)\s+){{0,2}}hires\b"
            ),
        ),
        hire_process: Pattern::new(
            "talent.hire_process",
            r"\b(?:built|build|building|designed|design|created|established|establish|ran|run|running|owned|own|led|overhauled|revamped|redesigned|introduced|set\s+up|rebuilt|standardi[sz]ed|scaled|improved|launched|defined|structured|formali[sz]ed|implemented)\s+(?:(?:a|an|the|our|my|its)\s+)?(?:[a-z-]+\s+){0,2}?(?:hiring|recruiting|recruitment|interview|interviewing|talent)\s+(?:process|processes|pipeline|pipelines|loop|loops|program|programme|framework|strategy|plan|function|practice|rubrics?|bar|engine|playbook|machine)\b",
        ),
        hire_bare: Pattern::new(
            "talent.hire_bare",
            &format!(
                r"\b(?:hired|recruited){CHAIN}\s+(?:(?:a|an|the|my|our)\s+)?(?:(?:{QUAL}|founding|first|key|strong|great|diverse)\s+){{0,2}}(?:{PEOPLE}|team\b|leadership\s+team\b)"
            ),
        ),
        interviewed: Pattern::new(
            "talent.interviewed",
            &format!(
                r"\binterview(?:ed|ing)\s+(?P<n>{c})\s*(?:{QUAL}\s+){{0,2}}(?:candidates|engineers|people|applicants)\b"
            ),
        ),
        // "Hiring manager for 15 roles", "ran hiring for 12 engineers", "filled 8 roles":
        // the person who decides hires, counted where the text counts the roles.
        hiring_manager: Pattern::new(
            "talent.hiring_manager",
            &format!(
                r"(?:\b(?:hiring\s+manager|(?:ran|run|running|led|lead|leading|owned|own|owning|drove|drive|driving|managed|manage|managing|oversaw|oversee|overseeing)\s+(?:(?:the|all|our|engineering|technical)\s+){{0,2}}(?:hiring|recruiting|recruitment))\b(?:\s+(?:for|on|of|across)\s+{article}(?P<n>{c})\s*{roles})?|\bfilled\s+{article}(?P<m>{c})\s*{roles})"
            ),
        ),
        mentor_count: Pattern::new(
            "talent.mentor_count",
            &format!(
                r"\b{MENTOR}{CHAIN}\s+{article}(?P<n>{c})\s*(?:{QUAL}\s+){{0,2}}(?:{grown}|tech\s+leads\b)"
            ),
        ),
        grew_into: Pattern::new(
            "talent.grew_into",
            &format!(
                r"\b(?:developed|developing|grew|grown|growing)\s+(?P<n>{c})\s*(?:{QUAL}\s+){{0,2}}{PEOPLE}\s+into\b"
            ),
        ),
        mentor_bare: Pattern::new(
            "talent.mentor_bare",
            r"\b(?:mentor(?:ed|ing|ship|s)|coach(?:ed|ing)|as\s+(?:a\s+)?mentor)\b",
        ),
        promo_of: Pattern::new(
            "talent.promo_of",
            &format!(
                r"\b(?P<n>{c})\s+(?:of\s+(?:my|our|the|his|her|their)\s+(?:[a-z-]+\s+){{0,2}}?)?(?:{QUAL}\s+){{0,2}}(?:{grown}|team\s+members\b)\s+(?:(?:were|was|got|have\s+been|had\s+been|been|who\s+were|successfully|later|all|have|had)\s+){{0,2}}(?:promoted|(?:earned|received|got|secured|achieved|won)\s+(?:their\s+|a\s+)?promotions?)\b"
            ),
        ),
        promoted_n: Pattern::new(
            "talent.promoted_n",
            &format!(
                r"\b(?:promoted|promotions?\s+of)\s+(?P<n>{c})\s*(?:of\s+(?:my|our|the|his|her|their)\s+)?(?:{QUAL}\s+){{0,2}}(?:{grown}|team\s+members\b)"
            ),
        ),
        n_promotions: Pattern::new(
            "talent.n_promotions",
            &format!(
                r"\b(?P<n>{c})\s*(?:(?:internal|successful|engineering|team|career)\s+){{0,2}}promotions\b"
            ),
        ),
        helped_n: Pattern::new(
            "talent.helped_n",
            &format!(
                r"\b(?:helped|supported|sponsored|coached|guided|enabled|mentored)\s+(?P<n>{c})\s*(?:{QUAL}\s+){{0,2}}{grown}\s+(?:to\s+)?(?:get|earn|achieve|secure|win|through|towards?|into|reach)\s+(?:a\s+|their\s+)?promot[a-z]*"
            ),
        ),
        bare_count: Pattern::new(
            "talent.bare_count",
            &format!(r"\b(?P<verb>hired|recruited|mentored|coached|promoted)\s+(?P<n>{c})"),
        ),
        promo_bare: Pattern::new(
            "talent.promo_bare",
            r"\b(?:(?:sponsored|championed|drove|ran|owned|led|wrote|authored|prepared|built|designed|calibrated|supported|advocated\s+for)\s+(?:(?:the|our|a|an|multiple|several|many|successful)\s+)?(?:[a-z-]+\s+)?promotion(?:s\b|\s+(?:cases?|packets?|packages?|process|committees?|calibrations?|cycles?|docs?|documents?)\b)|helped\s+(?:[a-z-]+\s+){1,3}?(?:get|earn|achieve|win|secure)\s+(?:a\s+|their\s+)?promot[a-z]*)",
        ),
    }
});

fn counted(re: &Pattern, t: Text<'_>, out: &mut Vec<Hit>, make: fn(Option<u32>) -> Fact) {
    for caps in re.captures_iter(t) {
        let m = caps.get(0).expect("group 0");
        if let Some(n) = caps.name("n").and_then(|n| parse_count(n.as_str()))
            && plausible_people(n)
        {
            out.push(Hit::new(m, make(Some(n))));
        }
    }
}

fn plain(re: &Pattern, t: Text<'_>, out: &mut Vec<Hit>, fact: Fact) {
    for m in re.find_iter(t) {
        out.push(Hit::new(m, fact.clone()));
    }
}

pub(super) fn scan(t: Text<'_>, out: &mut Vec<Hit>) {
    let text = t.as_str();
    let re = &*RE;
    let hiring = |hires| Fact::Hiring { hires };
    counted(&re.hire_count, t, out, hiring);
    counted(&re.hires_noun, t, out, hiring);
    plain(&re.hire_process, t, out, Fact::Hiring { hires: None });
    plain(&re.hire_bare, t, out, Fact::Hiring { hires: None });
    plain(&re.interviewed, t, out, Fact::Hiring { hires: None });
    for caps in re.hiring_manager.captures_iter(t) {
        let m = caps.get(0).expect("group 0");
        let n = caps.name("n").or_else(|| caps.name("m"));
        let hires = (n.and_then(|n| parse_count(n.as_str()))).filter(|&n| plausible_people(n));
        out.push(Hit::new(m, Fact::Hiring { hires }));
    }

    let mentoring = |people| Fact::Mentoring { people };
    counted(&re.mentor_count, t, out, mentoring);
    counted(&re.grew_into, t, out, mentoring);
    for m in re.mentor_bare.find_iter(t) {
        // "was mentored by", "received coaching", "my mentor": the writer was the one
        // being helped, which says nothing about their leadership.
        let after = next_token(text, m.end());
        let before = prev_word(text, m.start());
        let passive = after.as_deref() == Some("by")
            || before.as_deref().is_some_and(|w| {
                listed(
                    w,
                    "was were been being received receiving got under my our his her their \
                    get getting",
                )
            });
        if !passive {
            out.push(Hit::new(m, Fact::Mentoring { people: None }));
        }
    }

    let promotions = |people| Fact::Promotions { people };
    counted(&re.promo_of, t, out, promotions);
    counted(&re.promoted_n, t, out, promotions);
    counted(&re.helped_n, t, out, promotions);
    for caps in re.n_promotions.captures_iter(t) {
        let m = caps.get(0).expect("group 0");
        // "earned 2 promotions" is the writer's own career; only promotions the writer
        // caused for others count here.
        let cause = prev_word(text, m.start()).is_some_and(|w| {
            listed(
                w.as_str(),
                "drove driving sponsored sponsoring supported supporting enabled enabling \
                championed championing facilitated facilitating in to oversaw",
            )
        });
        let n = parse_count(&caps["n"]).filter(|&n| plausible_people(n));
        if let (true, Some(n)) = (cause, n) {
            out.push(Hit::new(m, Fact::Promotions { people: Some(n) }));
        }
    }
    plain(&re.promo_bare, t, out, Fact::Promotions { people: None });

    // "Hired 8, mentored 5 and promoted 2": a count with no noun, accepted only where
    // the clause ends right after it ("hired 8 months ago" is not a hire count).
    for caps in re.bare_count.captures_iter(t) {
        let m = caps.get(0).expect("group 0");
        let next = next_token(text, m.end());
        let ends = matches!(
            next.as_deref(),
            None | Some(
                "," | ";" | "." | ")" | "–" | "—" | "and" | "in" | "across" | "during" | "within"
            )
        );
        let n = parse_count(&caps["n"]).filter(|&n| plausible_people(n));
        let (true, Some(n)) = (ends, n) else { continue };
        let fact = match caps["verb"].to_lowercase().as_str() {
            "hired" | "recruited" => Fact::Hiring { hires: Some(n) },
            "promoted" => Fact::Promotions { people: Some(n) },
            _ => Fact::Mentoring { people: Some(n) },
        };
        out.push(Hit::new(m, fact));
    }
}
