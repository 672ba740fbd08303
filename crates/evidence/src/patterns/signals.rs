//! Facts that are phrases rather than numbers: board exposure, on-call, incidents,
//! migrations, hands-on practice, cross-functional work and fractional roles.
//!
//! Each phrase is narrow on purpose ("on-call", not "call"; "presented to the board",
//! not "board"), and the words around a match veto the readings that name another
//! thing ("kanban board", "hands-on experience with").

use std::sync::LazyLock;

use crate::matcher::Match;

use super::gate::{Pattern, Text};
use super::{Hit, listed, next_token, prev_word};
use crate::Fact;
use crate::numbers::count;

struct Patterns {
    board: Pattern,
    on_call: Pattern,
    incidents_counted: Pattern,
    incidents: Pattern,
    migration: Pattern,
    hands_on: Pattern,
    cross_functional: Pattern,
    fractional: Pattern,
}

static RE: LazyLock<Patterns> = LazyLock::new(|| {
    let c = count();
    Patterns {
        board: Pattern::new(
            "signals.board",
            r"\b(?:present(?:ed|ing|s)?|report(?:ed|ing|s)?|pitch(?:ed|ing)?|brief(?:ed|ing)?|updat(?:ed|ing)|advis(?:ed|ing)|answer(?:ed|ing))\s+(?:(?:[a-z0-9'&-]|’)+\s+){0,7}?to\s+(?:the|our|its)\s+(?:company'?s\s+)?board\b|\bboard\s+(?:meetings?|updates?|decks?|presentations?|reports?|reporting|members?|of\s+directors|level|seat|observer|packs?|papers?|materials)\b|\bboard-level\b|\b(?:quarterly|monthly|annual)\s+board(?:\s+(?:meetings?|updates?|decks?|presentations?|reports?|reporting|packs?|papers?|reviews?))?\b|\binvestor\s+(?:updates?|relations|meetings?|reporting|decks?|presentations?|calls?)\b|\b(?:sat|sit|sits|served|serve|serving)\s+on\s+(?:the|a|its)\s+board\b|\b(?:updates?|reports?|presentations?|briefings?|papers?|decks?)\s+to\s+(?:the|our|its)\s+(?:board|investors)\b|\bboard[-\s]facing\b|\b(?:present(?:ed|ing|s)?|report(?:ed|ing|s)?|brief(?:ed|ing|s)?)\s+to\s+(?:the\s+|our\s+)?(?:ceo|founders?|cfo|coo|chair(?:man|woman|person)?|executive\s+team|leadership\s+team)\s+(?:and|&)\s+(?:to\s+)?(?:the\s+|our\s+|its\s+)?board\b|\b(?:present(?:ed|ing|s)?|pitch(?:ed|ing|es)?|report(?:ed|ing|s)?)\s+to\s+(?:our\s+|the\s+|prospective\s+|new\s+)?(?:investors|vcs)\b",
        ),
        on_call: Pattern::new(
            "signals.on_call",
            r"\bon-?call\b|\bon\s+call\s+(?:rotations?|schedules?|duty|duties|shifts?|engineers?|program|process|coverage|load|burden|health|support|team|pager|responsibilities)\b|\b(?:carried|carry|carrying|held|holding)\s+(?:the\s+)?pager\b|\bpager\s+(?:rotations?|duty)\b",
        ),
        incidents_counted: Pattern::new(
            "signals.incidents_counted",
            &format!(
                r"\b(?:led|lead|leading|ran|run|running|managed|managing|handled|handling|resolved|resolving|commanded|coordinated|coordinating|triaged|triaging|responded\s+to|investigated|owned|drove|mitigated|debugged|fixed|incident\s+(?:response|command|commander|management)\s+(?:for|across|on|during))\s+(?:(?:the|our|a\s+total\s+of)\s+)?(?P<n>{c})\s*(?:(?:major|critical|sev-?[0-4]|sev\s?[0-4]|p[0-4]|production|prod|high-severity|high\s+severity|severity-?[0-4]|customer-facing|security|priority|live|serious|complex|large-scale)\s+){{0,2}}(?:incidents|outages|escalations|sevs)\b"
            ),
        ),
        incidents: Pattern::new(
            "signals.incidents",
            r"\bincident\s+(?:response|management|command(?:er)?|commanders|coordination|reviews?|process|handling|retrospectives|retros)\b|\bpost-?mortems?\b|\bpost-incident\b|\b(?:led|lead|leading|ran|managed|handled|resolved|commanded|coordinated|triaged|owned)\s+(?:(?:the|our|a|an|all|major|critical|production|sev-?[0-4]|p[0-4])\s+){0,2}(?:incidents?|outages?)\b",
        ),
        migration: Pattern::new(
            "signals.migration",
            r"\bmigrat(?:e|ed|es|ing|ion|ions)\b|\bre-?platform(?:ed|ing|s)?\b|\b(?:move|moves|moved|moving|transitioned|transitioning|ported|porting|shifted)\s+(?:[a-z0-9-]+\s+){0,4}?(?:from|off|off\s+of)\s+(?:(?:a|an|the|our|its|their)\s+)?(?:monolith|on-?prem(?:ise|ises)?|data\s*cent(?:er|re)s?|legacy|mainframe|self-hosted|bare[-\s]metal|heroku|jenkins|oracle|vms?|ec2)\b|\b(?:decomposed|broke\s+up|broke\s+apart|split|carved\s+up|strangled)\s+(?:the|a|our)\s+(?:[a-z-]+\s+)?monolith\b|\b(?:lift-and-shift|lift\s+and\s+shift|strangler(?:\s+fig)?)\b",
        ),
        hands_on: Pattern::new(
            "signals.hands_on",
            r"\b(?P<review>review(?:ed|ing|s)?\s+(?:(?:every|all|each|most|the\s+team's|critical|key|production|hundreds\s+of|dozens\s+of)\s+)?(?:(?:pull|merge)\s+requests?|prs|mrs|diffs|code\s+changes|code)\b|(?:did|do|does|doing|performed|perform|performing|conducted|conduct|conducting)\s+(?:(?:daily|regular|weekly|all|the|most)\s+)?code\s+reviews?\b)|\b(?P<coding>(?:still|continue[ds]?\s+to|continuing\s+to|kept|keep|keeps|regularly|personally|actively)\s+(?:[a-z]+\s+)?(?:writ(?:e|es|ing)|wrote|ship(?:s|ping|ped)?|commit(?:s|ting|ted)?|contribut(?:e|es|ing|ed)|code|codes|coding|coded|program(?:s|ming|med)?)\b|(?:write|writes|wrote|writing|ship|ships|shipped|shipping)\s+(?:production\s+)?code\s+(?:daily|every\s+day|weekly|every\s+week|regularly|myself|most\s+days))|\b(?P<debug>debug(?:ged|ging|s)?\s+(?:[a-z-]+\s+){0,3}?(?:production|prod|outages?|live\s+(?:issues|systems|incidents))\b)|\b(?P<hands>hands-?\s?on)\b",
        ),
        cross_functional: Pattern::new(
            "signals.cross_functional",
            r"\bcross[-\s]?functional(?:ly)?\b|\b(?:partnered|partnering|partner|collaborated|collaborating|worked|working|teamed\s+up|aligned|aligning|coordinated)\s+(?:closely\s+|directly\s+|tightly\s+)?with\s+(?:the\s+|our\s+)?(?:ceo|cfo|coo|cmo|cro|cpo|founders?|sales|marketing|finance|product(?:\s+management)?|product\s+managers|design|designers|legal|operations|customer\s+success|customer\s+support|support|hr|people\s+(?:ops|team)|go-to-market|gtm|business\s+(?:stakeholders|leaders|teams|units)|commercial|revenue|executives|the\s+executive\s+team|leadership\s+team|c-suite|compliance|procurement|partnerships)\b",
        ),
        fractional: Pattern::new(
            "signals.fractional",
            r"\bfractional\s+(?:cto|cpo|cio|ciso|vpe|vp|vice\s+president|head|chief|technology|technical|tech|engineering|executive|exec|leader|leadership|architect)\b|\bpart-?\s?time\s+(?:cto|cpo|cio|vpe|vp\s+(?:of\s+)?engineering|head\s+of\s+engineering|technical\s+(?:co-?founder|director))\b|\bcto[-\s]as[-\s]a[-\s]service\b",
        ),
    }
});

fn push(out: &mut Vec<Hit>, m: Match<'_>, fact: Fact) {
    out.push(Hit::new(m, fact));
}

/// Words before "board" that make it a kanban board or a review board, not directors.
fn other_board(text: &str, m: Match<'_>) -> bool {
    let at = m
        .as_str()
        .to_lowercase()
        .find("board")
        .map_or(m.start(), |i| m.start() + i);
    let Some(w) = prev_word(text, at) else {
        return false;
    };
    listed(
        w.as_str(),
        "kanban jira scrum task sprint story white dash circuit key sound message \
        job bulletin mood vision planning project trello miro review \
        architecture change advisory design safety editorial school exam",
    )
}

pub(super) fn scan(t: Text<'_>, out: &mut Vec<Hit>) {
    let text = t.as_str();
    let re = &*RE;
    for m in re.board.find_iter(t) {
        if !other_board(text, m) {
            push(out, m, Fact::BoardExposure);
        }
    }
    for m in re.on_call.find_iter(t) {
        push(out, m, Fact::OnCall);
    }
    for caps in re.incidents_counted.captures_iter(t) {
        let m = caps.get(0).expect("group 0");
        let count = crate::numbers::parse_count(&caps["n"]).filter(|&n| n > 0);
        if count.is_some() {
            push(out, m, Fact::Incidents { count });
        }
    }
    for m in re.incidents.find_iter(t) {
        push(out, m, Fact::Incidents { count: None });
    }
    for m in re.migration.find_iter(t) {
        // "wrote database migrations" is routine schema work, not a migration project;
        // "bird migration" is not software at all.
        let prev = prev_word(text, m.start());
        let plural = m.as_str().to_lowercase().ends_with("migrations");
        let routine = prev.as_deref().is_some_and(|w| {
            (plural
                && listed(
                    w,
                    "schema database db sql django rails alembic flyway liquibase",
                ))
                || listed(
                    w,
                    "bird birds animal wildlife seasonal human labour labor population mass \
                    salmon whale",
                )
        });
        if !routine {
            push(out, m, Fact::Migration);
        }
    }
    scan_hands_on(t, out);
    for m in re.cross_functional.find_iter(t) {
        push(out, m, Fact::CrossFunctional);
    }
    for m in re.fractional.find_iter(t) {
        push(out, m, Fact::Fractional);
    }
}

fn scan_hands_on(t: Text<'_>, out: &mut Vec<Hit>) {
    let text = t.as_str();
    for caps in RE.hands_on.captures_iter(t) {
        let m = caps.get(0).expect("group 0");
        let practice = if caps.name("review").is_some() {
            "code_review"
        } else if caps.name("coding").is_some() {
            "coding"
        } else if caps.name("debug").is_some() {
            "debugging"
        } else {
            // "hands-on experience with Kubernetes" is a skill claim; only a leader who
            // stays hands-on, or a hands-on role, is evidence of practice.
            let prev = prev_word(text, m.start());
            let next = next_token(text, m.end());
            let stays = prev.as_deref().is_some_and(|w| {
                listed(
                    w,
                    "remained remain remains stayed stay stays staying still am was being be \
                    very deeply highly fully remaining",
                )
            });
            let role = next.as_deref().is_some_and(|w| {
                listed(
                    w,
                    "coding cto leader manager technical architect vp director head \
                    engineering leadership contributor",
                )
            });
            if !(stays || role) {
                continue;
            }
            "hands_on"
        };
        push(
            out,
            m,
            Fact::HandsOn {
                practice: practice.to_string(),
            },
        );
    }
}
