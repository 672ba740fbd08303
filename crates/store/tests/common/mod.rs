//! The behaviour every backend must show, run against SQLite files here and
//! against PostgreSQL when a server is configured.

#![allow(dead_code)] // each test binary uses a different part of this module

use ctopath_store::{
    HookPoint, ImportOutcome, NewSnapshot, PersonSummary, RevisionInfo, SqlStore, Store, StoreError,
};
use serde_json::{Value, json};

/// Everything observable about the store, to compare before and after.
#[derive(Debug, PartialEq)]
pub struct State {
    pub people: Vec<PersonSummary>,
    pub active: Option<String>,
    pub revisions: Vec<(String, Vec<RevisionInfo>, Value)>,
    pub snapshots: Vec<(String, usize)>,
}

pub async fn state(store: &SqlStore) -> State {
    let people = store.people().await.unwrap();
    let mut revisions = Vec::new();
    let mut snapshots = Vec::new();
    for p in &people {
        let latest = store.profile(&p.name).await.unwrap().unwrap();
        revisions.push((
            p.name.clone(),
            store.profile_revisions(&p.name).await.unwrap(),
            latest.document,
        ));
        snapshots.push((
            p.name.clone(),
            store.snapshots(&p.name).await.unwrap().len(),
        ));
    }
    State {
        people,
        active: store.active().await.unwrap(),
        revisions,
        snapshots,
    }
}

pub fn profile(name: &str, years: u32) -> Value {
    json!({ "name": name, "experience_years": years, "skills": { "rust": 3, "hiring": 1 } })
}

pub fn snapshot(level: Option<&str>, next: Option<f64>) -> NewSnapshot {
    NewSnapshot {
        framework_id: "cto-path".into(),
        framework_version: "1.0.0".into(),
        level: level.map(str::to_string),
        readiness_next: next,
        readiness_cto: Some(0.125),
        assessment: json!({ "level": level, "gaps": ["budgeting", "hiring"] }),
    }
}

fn names(people: &[PersonSummary]) -> Vec<&str> {
    people.iter().map(|p| p.name.as_str()).collect()
}

/// A failure injected after the first write of an import.
pub fn fail_midway(point: HookPoint) -> Result<(), String> {
    match point {
        HookPoint::AfterFirstWrite => Err("simulated failure between writes".into()),
        HookPoint::BeforeCommit => Ok(()),
    }
}

/// The full behaviour suite. `location` must name an empty store.
pub async fn behaviour_suite(location: &str) {
    let store = SqlStore::open(location).await.unwrap();
    assert!(store.people().await.unwrap().is_empty());
    assert_eq!(store.active().await.unwrap(), None);

    // Creating: revision 1, and the first person becomes active.
    store
        .create_person("alice", &profile("Alice", 8))
        .await
        .unwrap();
    assert_eq!(store.active().await.unwrap().as_deref(), Some("alice"));
    let again = store.create_person("alice", &profile("Other", 1)).await;
    assert!(
        matches!(again, Err(StoreError::PersonExists { .. })),
        "{again:?}"
    );

    // Saving appends revisions; nothing is overwritten.
    assert_eq!(
        store
            .save_profile("alice", &profile("Alice", 9))
            .await
            .unwrap(),
        2
    );
    let latest = store.profile("alice").await.unwrap().unwrap();
    assert_eq!((latest.revision, latest.document), (2, profile("Alice", 9)));
    let first = store.profile_revision("alice", 1).await.unwrap().unwrap();
    assert_eq!(first.document, profile("Alice", 8));
    assert_eq!(store.profile_revision("alice", 7).await.unwrap(), None);
    let revs = store.profile_revisions("alice").await.unwrap();
    assert_eq!(revs.iter().map(|r| r.revision).collect::<Vec<_>>(), [1, 2]);
    assert!(revs[0].created_at <= revs[1].created_at);

    // Undo = save an older revision again.
    assert_eq!(
        store.save_profile("alice", &first.document).await.unwrap(),
        3
    );
    assert_eq!(
        store.profile("alice").await.unwrap().unwrap().document,
        profile("Alice", 8)
    );

    // Importing: create, refuse without replace, skip if equal, else update.
    let bob = profile("Bob", 3);
    let created = store.import_person("bob", &bob, false).await.unwrap();
    assert!(
        matches!(created, ImportOutcome::Created { revision: 1, .. }),
        "{created:?}"
    );
    let refused = store.import_person("bob", &profile("Bob", 4), false).await;
    assert!(
        matches!(refused, Err(StoreError::PersonExists { .. })),
        "{refused:?}"
    );
    let same = store.import_person("bob", &bob, true).await.unwrap();
    assert_eq!(same, ImportOutcome::Unchanged { revision: 1 });
    let updated = store
        .import_person("bob", &profile("Bob", 4), true)
        .await
        .unwrap();
    assert_eq!(updated, ImportOutcome::Updated { revision: 2 });

    // Two people, listed by name; alice stays active.
    let people = store.people().await.unwrap();
    assert_eq!(names(&people), ["alice", "bob"]);
    assert_eq!((people[0].revisions, people[0].active), (3, true));
    assert_eq!((people[1].revisions, people[1].active), (2, false));
    assert_eq!(
        store.profile("bob").await.unwrap().unwrap().document,
        profile("Bob", 4)
    );

    // Switching the active person; unknown names list the known ones.
    store.set_active("bob").await.unwrap();
    assert_eq!(store.active().await.unwrap().as_deref(), Some("bob"));
    match store.set_active("alcie").await {
        Err(StoreError::UnknownPerson { name, known }) => {
            assert_eq!(name, "alcie");
            assert_eq!(known, ["alice", "bob"]);
        }
        other => panic!("expected UnknownPerson, got {other:?}"),
    }
    assert_eq!(store.profile("nobody").await.unwrap(), None);
    for failed in [
        store.save_profile("nobody", &bob).await.err(),
        store.profile_revisions("nobody").await.err(),
        store.snapshots("nobody").await.err(),
        store.delete_person("nobody").await.err(),
        store
            .add_snapshot("nobody", &snapshot(None, None))
            .await
            .err(),
    ] {
        assert!(
            matches!(failed, Some(StoreError::UnknownPerson { .. })),
            "{failed:?}"
        );
    }

    // Snapshots keep every field, oldest first.
    let early = snapshot(Some("staff"), Some(0.7));
    let late = snapshot(None, None);
    let early_id = store.add_snapshot("alice", &early).await.unwrap();
    let late_id = store.add_snapshot("alice", &late).await.unwrap();
    let shots = store.snapshots("alice").await.unwrap();
    assert_eq!(shots.len(), 2);
    assert_eq!((&shots[0].id, &shots[1].id), (&early_id, &late_id));
    assert_eq!(shots[0].level.as_deref(), Some("staff"));
    assert_eq!(shots[0].readiness_next, Some(0.7));
    assert_eq!(shots[0].readiness_cto, Some(0.125));
    assert_eq!(shots[0].assessment, early.assessment);
    assert_eq!(
        (shots[1].level.as_deref(), shots[1].readiness_next),
        (None, None)
    );
    assert!(store.snapshots("bob").await.unwrap().is_empty());

    // A failing import changes nothing, for a new person and an existing one.
    let before = state(&store).await;
    for name in ["carol", "bob"] {
        let failed = store
            .import_person_with_hook(name, &profile("X", 1), true, &fail_midway)
            .await;
        assert!(failed.is_err(), "{failed:?}");
        assert_eq!(state(&store).await, before, "import of {name} left traces");
    }

    // Everything survives closing and reopening.
    store.close().await;
    let store = SqlStore::open(location).await.unwrap();
    assert_eq!(state(&store).await, before);
    assert_eq!(store.snapshots("alice").await.unwrap(), shots);

    // Deleting the active person leaves nobody active, and removes their data.
    store.delete_person("bob").await.unwrap();
    assert_eq!(store.active().await.unwrap(), None);
    assert_eq!(names(&store.people().await.unwrap()), ["alice"]);
    assert_eq!(store.profile("bob").await.unwrap(), None);
    // …so the next person created becomes active, and a name can be reused.
    store.create_person("bob", &bob).await.unwrap();
    assert_eq!(store.active().await.unwrap().as_deref(), Some("bob"));
    assert_eq!(store.profile_revisions("bob").await.unwrap().len(), 1);
    store.check_integrity().await.unwrap();
    store.close().await;
}

/// Removes every person, so the suite can run on a shared test database.
pub async fn wipe(store: &SqlStore) {
    for p in store.people().await.unwrap() {
        store.delete_person(&p.name).await.unwrap();
    }
}
