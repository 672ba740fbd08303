//! JSON Resume → profile. Total: every property of the document lands somewhere.

use std::collections::HashMap;

use ctopath_source::{Document, FieldError, FieldPath};
use serde_json::Value;

use super::carried::{Carried, WORK_INDEX_KEY, misplaced_work_field, position_from_work};
use super::outcome::derive_achievements;
use super::paths::Origin;
use super::{Basics, Location, NetworkProfile, Resume, shape};
use crate::decode::{decode, decode_at, field_error};
use crate::{Address, Person, Position, Profile, ResumeData, SocialProfile, fill_missing_ids};

/// A profile imported from a JSON Resume, with what is needed to point problems
/// found later back at the document's own fields.
pub(crate) struct Imported {
    pub profile: Profile,
    pub origin: Origin,
}

pub(crate) fn import(doc: &Document) -> Result<Imported, FieldError> {
    shape::check_document(&doc.value).map_err(|e| field_error(doc, e.path, e.message))?;
    let mut resume: Resume = decode(doc)?;
    let carried = take_carried(doc, &mut resume)?;

    let work = resume.work.take();
    let empty_work_list = work.as_ref().is_some_and(Vec::is_empty);
    let work = work.unwrap_or_default();
    let (facts, facts_entry) = position_facts(doc, &carried.positions, work.len())?;
    let mut positions: Vec<Position> = work
        .into_iter()
        .zip(facts)
        .map(|(w, f)| position_from_work(w, f))
        .collect();
    fill_missing_ids(&mut positions, &mut []);

    let achievements_from_meta = carried.achievements.is_some();
    let mut achievements = carried
        .achievements
        .unwrap_or_else(|| derive_achievements(&positions));
    fill_missing_ids(&mut [], &mut achievements);

    let mut person = resume.basics.take().map(person_from_basics);
    if let Some(facts) = carried.person {
        person.get_or_insert_default().location = facts.location;
    }

    let profile = Profile {
        schema: carried.schema,
        ctopath: carried.version,
        person,
        goal: carried.goal,
        positions,
        ratings: carried.ratings,
        achievements,
        tours: carried.tours,
        signals: carried.signals,
        resume: ResumeData {
            schema: resume.schema,
            volunteer: resume.volunteer,
            education: resume.education,
            awards: resume.awards,
            certificates: resume.certificates,
            publications: resume.publications,
            skills: resume.skills,
            languages: resume.languages,
            interests: resume.interests,
            references: resume.references,
            projects: resume.projects,
            meta: resume.meta,
            empty_work_list,
            extra: resume.extra,
        },
        read_from_json_resume: true,
    };
    Ok(Imported {
        origin: Origin::new(facts_entry, achievements_from_meta, &profile.achievements),
        profile,
    })
}

/// Takes `meta.ctopath` out of the document's meta and decodes it.
fn take_carried(doc: &Document, resume: &mut Resume) -> Result<Carried, FieldError> {
    let Some(meta) = resume.meta.as_mut() else {
        return Ok(Carried::default());
    };
    let Some(value) = meta.extra.shift_remove("ctopath") else {
        return Ok(Carried::default());
    };
    // Export adds a `meta` holding only `ctopath` when the profile had no meta of
    // its own; dropping it again keeps export-then-import exact.
    if meta.is_empty() {
        resume.meta = None;
    }
    decode_at(doc, &FieldPath::parse("meta.ctopath"), value)
}

/// The carried facts for each `work` item (defaults where none were carried) and,
/// per item, the `meta.ctopath.positions` entry they came from.
fn position_facts(
    doc: &Document,
    entries: &[Value],
    work_len: usize,
) -> Result<(Vec<Position>, Vec<Option<usize>>), FieldError> {
    let mut facts = vec![Position::default(); work_len];
    let mut entry_of: Vec<Option<usize>> = vec![None; work_len];
    let mut seen: HashMap<usize, usize> = HashMap::new();
    for (k, entry) in entries.iter().enumerate() {
        let at = FieldPath::parse("meta.ctopath.positions").index(k);
        let Some(map) = entry.as_object() else {
            return Err(field_error(
                doc,
                at,
                "expected a mapping with `work` (the index of the work entry) and ctopath's facts about it",
            ));
        };
        let index_path = at.child(WORK_INDEX_KEY);
        let index = match map.get(WORK_INDEX_KEY) {
            Some(v) => v
                .as_u64()
                .and_then(|i| usize::try_from(i).ok())
                .ok_or_else(|| {
                    field_error(
                        doc,
                        index_path.clone(),
                        "expected the index of a `work` entry (0, 1, …)",
                    )
                })?,
            None => {
                return Err(field_error(
                    doc,
                    index_path,
                    "missing field `work`: which `work` entry these facts belong to",
                ));
            }
        };
        if index >= work_len {
            return Err(field_error(
                doc,
                index_path,
                format!("refers to work[{index}], but the document has {work_len} work entries"),
            ));
        }
        if let Some(first) = seen.insert(index, k) {
            return Err(field_error(
                doc,
                index_path,
                format!("work[{index}] already has its facts in meta.ctopath.positions[{first}]"),
            ));
        }
        let mut rest = map.clone();
        rest.shift_remove(WORK_INDEX_KEY);
        let decoded: Position = decode_at(doc, &at, Value::Object(rest))?;
        if let Some((own, json_resume)) = misplaced_work_field(&decoded) {
            return Err(field_error(
                doc,
                at.child(own),
                format!(
                    "`{own}` belongs in work[{index}].{json_resume}; meta.ctopath keeps only what JSON Resume has no field for"
                ),
            ));
        }
        facts[index] = decoded;
        entry_of[index] = Some(k);
    }
    Ok((facts, entry_of))
}

fn person_from_basics(basics: Basics) -> Person {
    Person {
        name: basics.name,
        label: basics.label,
        email: basics.email,
        phone: basics.phone,
        url: basics.url,
        location: None,
        address: basics.location.map(address_from_location),
        summary: basics.summary,
        image: basics.image,
        profiles: basics
            .profiles
            .map(|list| list.into_iter().map(social_from_network).collect()),
        extra: basics.extra,
    }
}

fn address_from_location(location: Location) -> Address {
    Address {
        address: location.address,
        postal_code: location.postal_code,
        city: location.city,
        country_code: location.country_code,
        region: location.region,
        extra: location.extra,
    }
}

fn social_from_network(profile: NetworkProfile) -> SocialProfile {
    SocialProfile {
        network: profile.network,
        username: profile.username,
        url: profile.url,
        extra: profile.extra,
    }
}
