//! The same behaviour on PostgreSQL, when a server is configured through
//! `CTOPATH_TEST_POSTGRES_URL` (e.g. `postgres://user:pw@127.0.0.1/ctopath_test`).
//! The database should be a scratch one: the test deletes every person in it.

mod common;

use ctopath_store::{Backend, SqlStore, Store};

const URL_VAR: &str = "CTOPATH_TEST_POSTGRES_URL";

fn server() -> Option<String> {
    let url = std::env::var(URL_VAR).ok().filter(|u| !u.is_empty());
    if url.is_none() {
        eprintln!("skipped: set {URL_VAR} to run the PostgreSQL suite");
    }
    url
}

/// Both PostgreSQL tests share one database, so they must not interleave.
static SERIAL: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

#[tokio::test]
async fn behaviour_on_postgres() {
    let Some(url) = server() else { return };
    let _turn = SERIAL.lock().await;
    let store = SqlStore::open(&url).await.unwrap();
    assert_eq!(store.backend(), Backend::Postgres);
    assert_eq!(
        store.schema_version().await.unwrap(),
        SqlStore::latest_schema_version()
    );
    common::wipe(&store).await;
    store.close().await;
    common::behaviour_suite(&url).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_writers_on_postgres_take_turns() {
    let Some(url) = server() else { return };
    let _turn = SERIAL.lock().await;
    let store = SqlStore::open(&url).await.unwrap();
    common::wipe(&store).await;
    store
        .create_person("alice", &common::profile("Alice", 0))
        .await
        .unwrap();
    let second = SqlStore::open(&url).await.unwrap();
    let write = |store: SqlStore, offset: u32| async move {
        for i in 0..10 {
            store
                .save_profile("alice", &common::profile("Alice", offset + i))
                .await
                .unwrap();
        }
        store
    };
    let (a, b) = tokio::join!(
        tokio::spawn(write(store, 100)),
        tokio::spawn(write(second, 200))
    );
    let store = a.unwrap();
    drop(b.unwrap());
    let count = store.profile_revisions("alice").await.unwrap().len();
    assert_eq!(count, 21);
    common::wipe(&store).await;
}

/// Needs no server: nothing listens on port 1, so the refusal must come back
/// at once as an `Open` error that hides the password and says how to fix it.
#[tokio::test]
async fn unreachable_server_is_an_open_error() {
    let started = std::time::Instant::now();
    let err = SqlStore::open("postgres://me:secret@127.0.0.1:1/ctopath")
        .await
        .expect_err("nothing listens on port 1");
    let text = err.to_string();
    assert!(
        matches!(err, ctopath_store::StoreError::Open { .. }),
        "{text}"
    );
    assert!(
        text.contains("postgres://me:***@127.0.0.1:1/ctopath"),
        "{text}"
    );
    assert!(!text.contains("secret"), "{text}");
    assert!(
        started.elapsed() < std::time::Duration::from_secs(10),
        "took {:?}",
        started.elapsed()
    );
}
