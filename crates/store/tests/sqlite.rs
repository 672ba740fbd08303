//! The store on real SQLite files.

mod common;

use std::path::Path;

use ctopath_store::{Backend, SqlStore, Store, StoreError};
use tempfile::TempDir;

use common::{behaviour_suite, profile};

fn db_in(dir: &TempDir) -> String {
    dir.path()
        .join("data")
        .join("ctopath.db")
        .display()
        .to_string()
}

#[tokio::test]
async fn behaviour_on_a_sqlite_file() {
    let dir = TempDir::new().unwrap();
    let path = db_in(&dir);
    behaviour_suite(&path).await;
    // The parent directory was created and the file is a SQLite database.
    let header = std::fs::read(&path).unwrap();
    assert!(header.starts_with(b"SQLite format 3\0"));
}

#[tokio::test]
async fn behaviour_through_a_sqlite_url() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("with space #1.db");
    behaviour_suite(&format!("sqlite://{}", path.display()).replace(' ', "%20")).await;
    assert!(path.is_file(), "the URL should name {}", path.display());
}

#[tokio::test]
async fn in_memory_store_works_for_tests_of_other_crates() {
    let store = SqlStore::open("sqlite::memory:").await.unwrap();
    store
        .create_person("alice", &profile("Alice", 1))
        .await
        .unwrap();
    store
        .save_profile("alice", &profile("Alice", 2))
        .await
        .unwrap();
    assert_eq!(store.people().await.unwrap()[0].revisions, 2);
    assert_eq!(store.backend(), Backend::Sqlite);
}

#[tokio::test]
async fn unknown_person_error_names_the_known_ones() {
    let dir = TempDir::new().unwrap();
    let store = SqlStore::open(&db_in(&dir)).await.unwrap();
    store
        .create_person("alice", &profile("Alice", 1))
        .await
        .unwrap();
    store
        .create_person("bob", &profile("Bob", 1))
        .await
        .unwrap();
    let err = store.profile_revisions("Alcie").await.unwrap_err();
    assert!(err.is_input());
    let text = err.to_string();
    assert!(text.contains("no person named \"Alcie\""), "{text}");
    assert!(text.contains("did you mean \"alice\"?"), "{text}");
    assert!(text.contains("known: alice, bob"), "{text}");
}

#[tokio::test]
async fn bad_names_and_numbers_are_refused() {
    let store = SqlStore::open("sqlite::memory:").await.unwrap();
    for name in ["", "  ", " alice", "al\nice"] {
        let err = store
            .create_person(name, &profile("A", 1))
            .await
            .unwrap_err();
        assert!(matches!(err, StoreError::Invalid { .. }), "{name:?}: {err}");
    }
    store
        .create_person("alice", &profile("A", 1))
        .await
        .unwrap();
    let mut nan = common::snapshot(Some("staff"), Some(f64::NAN));
    let err = store.add_snapshot("alice", &nan).await.unwrap_err();
    assert!(err.to_string().contains("not a finite number"), "{err}");
    nan.readiness_next = Some(0.5);
    nan.framework_id = String::new();
    assert!(store.add_snapshot("alice", &nan).await.is_err());
    assert!(store.snapshots("alice").await.unwrap().is_empty());
}

#[tokio::test]
async fn a_file_in_the_way_gives_an_open_error_with_a_fix() {
    let dir = TempDir::new().unwrap();
    let blocker = dir.path().join("not-a-dir");
    std::fs::write(&blocker, "x").unwrap();
    let location = blocker.join("ctopath.db");
    let err = SqlStore::open(&location.display().to_string())
        .await
        .expect_err("opening under a file must fail");
    let text = err.to_string();
    assert!(matches!(err, StoreError::Open { .. }), "{text}");
    assert!(text.contains(&location.display().to_string()), "{text}");
    assert!(
        text.contains("--db") && text.contains("CTOPATH_DB"),
        "{text}"
    );

    let err = SqlStore::open(&dir.path().display().to_string())
        .await
        .expect_err("must fail");
    assert!(err.to_string().contains("is a directory"), "{err}");
}

#[tokio::test]
async fn a_file_that_is_not_a_database_is_reported_as_such() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("notes.db");
    std::fs::write(&path, "these are my notes, not a database ".repeat(100)).unwrap();
    let err = SqlStore::open(&path.display().to_string())
        .await
        .expect_err("must fail");
    assert!(matches!(err, StoreError::Corrupt { .. }), "{err}");
    assert!(
        err.to_string().contains("restore it from a backup"),
        "{err}"
    );
    // The file was left alone.
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .starts_with("these are my notes")
    );
}

#[test]
fn default_location_is_in_the_data_directory() {
    let path = SqlStore::default_location().unwrap();
    assert!(
        path.ends_with(Path::new("ctopath").join("ctopath.db")),
        "{}",
        path.display()
    );
}

/// Two handles on one file (two ctopath processes, in effect) writing at the
/// same time: every save gets its own revision number, none is lost.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_writers_take_turns() {
    let dir = TempDir::new().unwrap();
    let path = db_in(&dir);
    let first = SqlStore::open(&path).await.unwrap();
    first
        .create_person("alice", &profile("Alice", 0))
        .await
        .unwrap();
    let second = SqlStore::open(&path).await.unwrap();
    let write = |store: SqlStore, offset: u32| async move {
        for i in 0..10 {
            store
                .save_profile("alice", &profile("Alice", offset + i))
                .await
                .unwrap();
        }
        store
    };
    let (a, b) = tokio::join!(
        tokio::spawn(write(first, 100)),
        tokio::spawn(write(second, 200))
    );
    let store = a.unwrap();
    drop(b.unwrap());
    let revisions: Vec<u32> = store
        .profile_revisions("alice")
        .await
        .unwrap()
        .iter()
        .map(|r| r.revision)
        .collect();
    assert_eq!(revisions, (1..=21).collect::<Vec<_>>());
}
