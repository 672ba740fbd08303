//! The team a position leads, and whether it manages that team.
//!
//! A head count in a record is not always a team the writer leads. Under a Software
//! Engineer title, "Team of 7 engineers building the payments API" is the team they
//! work in; under an Engineering Manager title it is the team they run. So for an
//! individual contributor's title (or none) a team figure counts only where something
//! says the person leads it: its own verb ("led a team of 7", "managing 6"), a word of
//! leading earlier in its clause ("lead the roadmap across three teams of 20"), or a
//! word of the framework's `leading` or `managing` vocabulary in the same text ("tech
//! lead on a team of 6", "acting engineering manager for a team of 12").
//!
//! And leading is not managing. A tech lead of six is a tech lead: without a word of
//! the `managing` vocabulary in the position, or managers reporting, the scope of an
//! individual contributor's role stops at the framework's `tech_lead_cap`.

use ctopath_evidence::Fact;
use ctopath_framework::TitleKind;
use ctopath_profile::scope::Sourced;

use crate::Engine;
use crate::career::{Hit, Pos, Text, team_led, texts_with};

/// Nouns that open a team figure without saying who leads it.
const TEAM_NOUNS: [&str; 6] = ["team", "teams", "squad", "group", "tribe", "crew"];

/// Settles `pos.team` and `pos.manages` once the texts and word-list hits are known.
pub fn settle(engine: &Engine<'_>, pos: &mut Pos<'_>, texts: &[Text<'_>], hits: &[Vec<Hit<'_>>]) {
    let in_position = |list: Option<crate::lexicon::ListId>| -> Vec<&str> {
        list.map(|l| {
            (texts_with(&hits[l], texts, pos.index))
                .map(|(_, t)| t.source.as_str())
                .collect()
        })
        .unwrap_or_default()
    };
    let managing = in_position(engine.vocab("managing"));
    let mut leading = in_position(engine.vocab("leading").or(engine.vocab("leadership")));
    leading.extend(&managing);
    pos.manages = !managing.is_empty()
        || pos.has_fact(|f| matches!(f, Fact::ManagersManaged { .. }))
        || pos.evidence.scope.managers.is_some()
        // People stated as reporting to the person are people they manage.
        || pos.position.direct_reports.is_some_and(|n| n >= 1)
        // A rank in a title the ladder cannot read ("Chief Product Officer", "Head of
        // Design") still says its holder manages the people they lead. A title it reads
        // ("Chief Architect") has a kind of its own.
        || pos.kind.is_none()
            && engine
                .vocab("leader_ranks")
                .is_some_and(|l| engine.names_title(pos.position, l));
    if matches!(pos.kind, Some(TitleKind::Individual) | None) {
        pos.team = ic_team(pos, texts, &leading);
    } else {
        pos.team = team_led(&pos.evidence, pos.kind);
    }
}

/// The largest team an individual contributor's texts say they lead, or the direct
/// reports a profile states.
fn ic_team(pos: &Pos<'_>, texts: &[Text<'_>], leading_sources: &[&str]) -> Option<Sourced<u32>> {
    let stated = pos
        .evidence
        .scope
        .team_size
        .clone()
        .filter(|t| t.source.ends_with("direct_reports"));
    let read = pos
        .evidence
        .facts
        .iter()
        .filter_map(|e| {
            let people = match e.fact {
                Fact::TeamSize { people } => people,
                Fact::TeamGrowth { .. } if pos.evidence.organisation_growth(e) => return None,
                Fact::TeamGrowth { to, .. } => to,
                _ => return None,
            };
            let bare = e
                .text
                .split(|c: char| !c.is_alphanumeric())
                .find(|w| !w.is_empty())
                .is_some_and(|w| TEAM_NOUNS.contains(&w.to_lowercase().as_str()));
            let led = !bare
                || leading_sources.contains(&e.source.as_str())
                || texts
                    .iter()
                    .find(|t| t.source == e.source)
                    .and_then(|t| Some((t.text, t.text.find(e.text.as_str())?)))
                    .is_some_and(|(text, at)| ctopath_evidence::led_before(text, at));
            led.then(|| Sourced::read(people, e))
        })
        .max_by_key(|t| t.value);
    match (stated, read) {
        (Some(s), Some(r)) if r.value > s.value => Some(r),
        (Some(s), _) => Some(s),
        (None, r) => r,
    }
}

/// The framework's `tech_lead_cap` as a level number.
pub fn lead_cap(engine: &Engine<'_>) -> Option<u32> {
    engine.number_of(engine.rules()?.tech_lead_cap.as_deref()?)
}

/// The level an individual contributor's scope can show without managing anyone.
pub fn tech_lead_cap(engine: &Engine<'_>, pos: &Pos<'_>) -> Option<u32> {
    if pos.manages || !matches!(pos.kind, Some(TitleKind::Individual) | None) {
        return None;
    }
    lead_cap(engine)
}
