//! Profile → JSON Resume. JSON Resume data goes back where it came from; what only
//! ctopath knows goes under `meta.ctopath`, and only when it cannot be rebuilt.

use serde_json::{Map, Value};

use super::carried::{Carried, PersonFacts, WORK_INDEX_KEY, career_facts, work_from_position};
use super::outcome::derive_achievements;
use super::{Basics, Location, NetworkProfile, Resume};
use crate::{Address, Person, Profile, SocialProfile, default_position_ids};

/// The profile as a JSON Resume document.
pub fn to_json_resume(profile: &Profile) -> Value {
    let kept = &profile.resume;
    let work = if profile.positions.is_empty() {
        kept.empty_work_list.then(Vec::new)
    } else {
        Some(profile.positions.iter().map(work_from_position).collect())
    };
    let resume = Resume {
        schema: kept.schema.clone(),
        basics: profile.person.as_ref().map(basics_from_person),
        work,
        volunteer: kept.volunteer.clone(),
        education: kept.education.clone(),
        awards: kept.awards.clone(),
        certificates: kept.certificates.clone(),
        publications: kept.publications.clone(),
        skills: kept.skills.clone(),
        languages: kept.languages.clone(),
        interests: kept.interests.clone(),
        references: kept.references.clone(),
        projects: kept.projects.clone(),
        meta: kept.meta.clone(),
        extra: kept.extra.clone(),
    };
    let mut document = serde_json::to_value(&resume).expect("a JSON Resume always serialises");
    let carried = carried(profile);
    if !carried.is_empty() {
        let carried = serde_json::to_value(&carried).expect("ctopath data always serialises");
        if let Some(root) = document.as_object_mut() {
            let meta = root
                .entry("meta")
                .or_insert_with(|| Value::Object(Map::new()));
            if let Some(meta) = meta.as_object_mut() {
                meta.insert("ctopath".to_string(), carried);
            }
        }
    }
    document
}

/// What `meta.ctopath` has to hold for import to rebuild this profile exactly.
fn carried(profile: &Profile) -> Carried {
    // Ids that import would generate anyway are left out, and so are achievements
    // that import would derive from the highlights: a plain JSON Resume then comes
    // back out exactly as it went in.
    let ids_are_generated =
        profile
            .positions
            .iter()
            .map(|p| p.id.as_str())
            .eq(default_position_ids(&profile.positions)
                .iter()
                .map(String::as_str));
    let positions = profile
        .positions
        .iter()
        .enumerate()
        .filter_map(|(i, position)| {
            let mut facts = career_facts(position);
            if ids_are_generated {
                facts.id.clear();
            }
            let Ok(Value::Object(facts)) = serde_json::to_value(&facts) else {
                return None;
            };
            if facts.is_empty() {
                return None;
            }
            let mut entry = Map::new();
            entry.insert(WORK_INDEX_KEY.to_string(), Value::from(i));
            entry.extend(facts);
            Some(Value::Object(entry))
        })
        .collect();
    let derived = derive_achievements(&profile.positions);
    Carried {
        version: profile.ctopath,
        schema: profile.schema.clone(),
        person: profile
            .person
            .as_ref()
            .and_then(|p| p.location.clone())
            .map(|location| PersonFacts {
                location: Some(location),
            }),
        goal: profile.goal.clone(),
        positions,
        ratings: profile.ratings.clone(),
        achievements: (profile.achievements != derived).then(|| profile.achievements.clone()),
        tours: profile.tours.clone(),
        signals: profile.signals.clone(),
    }
}

fn basics_from_person(person: &Person) -> Basics {
    Basics {
        name: person.name.clone(),
        label: person.label.clone(),
        image: person.image.clone(),
        email: person.email.clone(),
        phone: person.phone.clone(),
        url: person.url.clone(),
        summary: person.summary.clone(),
        location: person.address.as_ref().map(location_from_address),
        profiles: person
            .profiles
            .as_ref()
            .map(|list| list.iter().map(network_from_social).collect()),
        extra: person.extra.clone(),
    }
}

fn location_from_address(address: &Address) -> Location {
    Location {
        address: address.address.clone(),
        postal_code: address.postal_code.clone(),
        city: address.city.clone(),
        country_code: address.country_code.clone(),
        region: address.region.clone(),
        extra: address.extra.clone(),
    }
}

fn network_from_social(profile: &SocialProfile) -> NetworkProfile {
    NetworkProfile {
        network: profile.network.clone(),
        username: profile.username.clone(),
        url: profile.url.clone(),
        extra: profile.extra.clone(),
    }
}
