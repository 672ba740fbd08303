//! What kind of role a position is, beyond its title: outside technology altogether, or
//! a side project held beside the real job. The ladder reads neither.

use crate::Engine;
use crate::career::{Hit, Pos, Text, texts_with};
use crate::lexicon::ListId;

/// Marks the positions outside technology and the side projects.
pub fn mark(engine: &Engine<'_>, out: &mut [Pos<'_>], texts: &[Text<'_>], hits: &[Vec<Hit<'_>>]) {
    let technology = engine.vocab("technology");
    let side_words = engine.vocab("side_project");
    let break_words = engine.vocab("career_break");
    let solo_words = engine.vocab("solo");
    for pos in out.iter_mut() {
        pos.solo = solo_words.and_then(|list| {
            let mut found = texts_with(&hits[list], texts, pos.index);
            found.next().map(|(_, t)| t.source.clone())
        });
        pos.on_break = on_break(engine, pos, break_words);
        // Time away is off the ladder as a role outside technology is.
        pos.outside_tech = pos.on_break || outside_technology(pos, technology, texts, hits);
        pos.side = side_project(engine, pos, side_words, texts, hits);
    }
    // Only a role held beside another one is a side project: a stray phrase in the
    // one job a person has must not take it off the ladder.
    for i in 0..out.len() {
        let beside_another = out[i].side
            && out
                .iter()
                .any(|o| o.index != i && !o.side && !o.outside_tech && overlap(&out[i], o) > 0.25);
        out[i].side = beside_another;
    }
}

/// Whether a role lies outside technology, so that the engineering ladder must not read
/// it: its title is not in the lexicon, and either it names another function ("VP of
/// Sales") or it has prose to judge by and neither that prose nor the title has a word
/// of the framework's `technology` vocabulary; nor does the person state a route, an
/// engineering headcount or a share of time coding for it. A role with no prose is
/// given the benefit of the doubt, as before.
fn outside_technology(
    pos: &Pos<'_>,
    technology: Option<ListId>,
    texts: &[Text<'_>],
    hits: &[Vec<Hit<'_>>],
) -> bool {
    let Some(list) = technology else {
        return false;
    };
    let p = pos.position;
    let stated = p.route.is_some() || p.org_engineers.is_some() || p.coding_share.is_some();
    let prose = p.summary.is_some() || p.description.is_some() || !p.highlights().is_empty();
    // A title in another function ("VP of Sales") is off the ladder whatever its prose
    // mentions: working beside engineers is not engineering.
    let no_technology = || prose && texts_with(&hits[list], texts, pos.index).next().is_none();
    pos.evidence.title_match.is_none()
        && !stated
        && (pos.evidence.other_function || no_technology())
}

/// Whether a role is time away from work ("Career break", "Parental leave"), by the
/// framework's `career_break` words in its title or its organisation's name. Its prose
/// is not read: "travelling to clients" in a real job must not end it.
fn on_break(engine: &Engine<'_>, pos: &Pos<'_>, words: Option<ListId>) -> bool {
    words.is_some_and(|list| engine.names(pos.position, list))
}

/// Years two positions overlap (0 when either is undated or they do not meet).
fn overlap(a: &Pos<'_>, b: &Pos<'_>) -> f64 {
    match (a.start, b.start) {
        (Some(sa), Some(sb)) => (a.end.min(b.end) - sa.max(sb)).max(0.0),
        _ => 0.0,
    }
}

/// Whether a role's words make it a side project: its texts or its organisation's name say so
/// ("PetPal (side project)", "built on weekends with a friend").
fn side_project(
    engine: &Engine<'_>,
    pos: &Pos<'_>,
    side_words: Option<ListId>,
    texts: &[Text<'_>],
    hits: &[Vec<Hit<'_>>],
) -> bool {
    let Some(list) = side_words else {
        return false;
    };
    let in_texts = texts_with(&hits[list], texts, pos.index).next().is_some();
    let org = pos.position.organisation.as_deref();
    in_texts || org.is_some_and(|org| engine.lexicon.mentions(org, list))
}
