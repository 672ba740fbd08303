//! What a record says about the companies around its roles: their stage (startup,
//! scale-up, enterprise), read from the role's own words, from another role at the same
//! company, from the person's summary when it names the current role, and last from a
//! head count large enough to name it.

use ctopath_evidence::Fact;
use ctopath_profile::Profile;
use ctopath_profile::scope::{PathStyle, Sourced};

use crate::Engine;
use crate::career::{Pos, current_positions};

/// Fills in each position's company stage where its own words leave it out.
pub fn fill_stages(engine: &Engine<'_>, profile: &Profile, style: PathStyle, out: &mut [Pos<'_>]) {
    // A company's stage, stated once, holds for every role there.
    for i in 0..out.len() {
        if out[i].evidence.scope.org_stage.is_some() {
            continue;
        }
        let org = out[i].position.organisation.as_deref();
        let sibling = out
            .iter()
            .find(|p| {
                org.is_some()
                    && p.position.organisation.as_deref() == org
                    && p.evidence.scope.org_stage.is_some()
            })
            .and_then(|p| p.evidence.scope.org_stage.clone());
        out[i].evidence.scope.org_stage = sibling;
    }
    company_from_summary(profile, style, out);
    // A head count big enough names the stage the words did not.
    if let Some(rules) = engine.rules() {
        for pos in out.iter_mut() {
            if pos.evidence.scope.org_stage.is_some() {
                continue;
            }
            let Some((people, source)) = pos.company_people() else {
                continue;
            };
            let stage = rules
                .stage_from_people
                .iter()
                .filter(|&(_, &from)| people >= from)
                .max_by_key(|&(_, &from)| from);
            if let Some((stage, _)) = stage {
                pos.evidence.scope.org_stage = Some(Sourced {
                    value: stage.clone(),
                    source: source.to_string(),
                    stated: false,
                    text: None,
                });
            }
        }
    }
}

/// "Head of Engineering at a Series B scale-up (110 employees, 35 engineers)": a
/// person's summary that names the current role or company describes that company, so
/// its stage and head counts count for the role where the role itself says nothing.
fn company_from_summary(profile: &Profile, style: PathStyle, out: &mut [Pos<'_>]) {
    let Some(summary) = profile.person.as_ref().and_then(|p| p.summary.as_deref()) else {
        return;
    };
    let lower = summary.to_lowercase();
    let source = match style {
        PathStyle::JsonResume => "basics.summary",
        PathStyle::Own => "person.summary",
    };
    let mut facts: Option<Vec<ctopath_evidence::Evidence>> = None;
    for i in current_positions(out) {
        let pos = &mut out[i];
        let p = pos.position;
        let named = [p.title.as_deref(), p.organisation.as_deref()]
            .into_iter()
            .flatten()
            .any(|n| n.len() >= 3 && lower.contains(&n.to_lowercase()));
        if !named {
            continue;
        }
        let facts = facts.get_or_insert_with(|| ctopath_evidence::extract(summary, source));
        let scope = &mut pos.evidence.scope;
        let has_size = pos
            .evidence
            .facts
            .iter()
            .any(|e| matches!(e.fact, Fact::CompanySize { .. }));
        for e in facts.iter() {
            match &e.fact {
                Fact::CompanyStage { stage } if scope.org_stage.is_none() => {
                    scope.org_stage = Some(Sourced::read(stage.clone(), e));
                }
                Fact::CompanySize { people, engineers } if !has_size => {
                    if *engineers && scope.org_engineers.is_none() {
                        scope.org_engineers = Some(Sourced::read(*people, e));
                    }
                    pos.evidence.facts.push(e.clone());
                }
                _ => {}
            }
        }
    }
}
