//! The assessment of each person, computed once per profile revision and date.
//!
//! The engine is fast, but an assessment runs a Monte Carlo forecast and the API
//! promises ten thousand answers a second, so the hot path must not assess. A
//! person's entry is keyed by a [`Fingerprint`]: when they were last written, how
//! many revisions they have, and the date. Any write (through the server or the
//! command line) changes the fingerprint, so a stale entry is never served once
//! the new fingerprint has been read from the store (see [`crate::state`]).

use std::collections::HashMap;
use std::sync::{Arc, OnceLock, RwLock};

use axum::body::Bytes;
use ctopath_engine::{Assessment, Plan};
use ctopath_profile::{PartialDate, Profile};

/// What identifies one version of one person's data on one day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprint {
    pub updated_at: String,
    pub revisions: u32,
    pub today: PartialDate,
}

/// A person's profile with its assessment, ready to serve.
pub struct Entry {
    pub key: Fingerprint,
    pub person: String,
    pub profile: Arc<Profile>,
    pub assessment: Arc<Assessment>,
    /// The assessment as the API sends it, serialised once.
    pub assessment_json: Bytes,
    /// The plan, made on first use: most requests never need it.
    plan: OnceLock<Arc<Plan>>,
}

impl Entry {
    pub fn new(
        key: Fingerprint,
        person: String,
        profile: Profile,
        assessment: Assessment,
    ) -> Entry {
        let json = serde_json::to_vec(&assessment).expect("an assessment always serialises");
        Entry {
            key,
            person,
            profile: Arc::new(profile),
            assessment: Arc::new(assessment),
            assessment_json: Bytes::from(json),
            plan: OnceLock::new(),
        }
    }

    pub fn plan(&self, make: impl FnOnce(&Profile, &Assessment) -> Plan) -> Arc<Plan> {
        self.plan
            .get_or_init(|| Arc::new(make(&self.profile, &self.assessment)))
            .clone()
    }
}

/// One entry per person; an entry whose fingerprint no longer matches is replaced.
#[derive(Default)]
pub struct AssessmentCache {
    entries: RwLock<HashMap<String, Arc<Entry>>>,
}

impl AssessmentCache {
    /// The entry for `person` if it was made for exactly `key`.
    pub fn get(&self, person: &str, key: &Fingerprint) -> Option<Arc<Entry>> {
        let entries = self.entries.read().unwrap_or_else(|e| e.into_inner());
        entries.get(person).filter(|e| &e.key == key).cloned()
    }

    pub fn put(&self, entry: Arc<Entry>) {
        let mut entries = self.entries.write().unwrap_or_else(|e| e.into_inner());
        entries.insert(entry.person.clone(), entry);
    }

    /// Forgets people who are no longer in the store.
    pub fn retain(&self, keep: impl Fn(&str) -> bool) {
        let mut entries = self.entries.write().unwrap_or_else(|e| e.into_inner());
        entries.retain(|name, _| keep(name));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(rev: u32) -> Fingerprint {
        Fingerprint {
            updated_at: "2026-01-01T00:00:00Z".into(),
            revisions: rev,
            today: PartialDate::parse("2026-01-02").unwrap(),
        }
    }

    #[test]
    fn an_entry_serves_only_its_own_fingerprint() {
        let fw = ctopath_framework::builtin::framework();
        let engine = ctopath_engine::Engine::new(fw);
        let profile = Profile::default();
        let options = ctopath_engine::Options::new(key(1).today);
        let a = engine.assess(&profile, &options);
        let cache = AssessmentCache::default();
        cache.put(Arc::new(Entry::new(key(1), "ada".into(), profile, a)));
        assert!(cache.get("ada", &key(1)).is_some());
        assert!(
            cache.get("ada", &key(2)).is_none(),
            "a newer revision misses"
        );
        assert!(cache.get("bob", &key(1)).is_none());
        cache.retain(|name| name != "ada");
        assert!(cache.get("ada", &key(1)).is_none());
    }
}
