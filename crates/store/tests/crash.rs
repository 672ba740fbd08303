//! Crash safety: a process killed with SIGKILL in the middle of an import
//! leaves the store exactly as it was before the import began.
//!
//! The test re-runs its own test binary as the child, selecting the ignored
//! `crash_child` test and telling it what to do through environment
//! variables, so no extra binary has to be built or found.

#![cfg(unix)]

mod common;

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use ctopath_store::{HookPoint, SqlStore, Store};
use serde_json::{Value, json};
use tempfile::TempDir;

use common::{profile, snapshot, state};

const DB_VAR: &str = "CTOPATH_STORE_CRASH_DB";
const NAME_VAR: &str = "CTOPATH_STORE_CRASH_NAME";
const MARKER: &str = "ctopath-store: inside the import transaction";

/// Large enough (several MB) that SQLite must spill pages into the WAL file
/// before commit, so the crash leaves uncommitted frames on disk.
fn big_profile() -> Value {
    json!({ "name": "Alice", "notes": "x".repeat(6 * 1024 * 1024) })
}

/// The child: starts an import, announces it is inside the transaction with
/// everything written, then sleeps until the parent kills it.
#[tokio::test]
#[ignore = "helper: run by the crash tests in a child process"]
async fn crash_child() {
    let (Ok(db), Ok(name)) = (std::env::var(DB_VAR), std::env::var(NAME_VAR)) else {
        return; // run by hand without a parent: nothing to do
    };
    let store = SqlStore::open(&db).await.unwrap();
    let stall = |point: HookPoint| {
        if point == HookPoint::BeforeCommit {
            println!("{MARKER}");
            std::io::stdout().flush().unwrap();
            std::thread::sleep(Duration::from_secs(120));
        }
        Ok(())
    };
    let _ = store
        .import_person_with_hook(&name, &big_profile(), true, &stall)
        .await;
    panic!("the parent should have killed this process before the commit");
}

/// Kills the child if the parent fails early, so no sleeper is left behind.
struct ChildGuard(Child);

impl Drop for ChildGuard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Runs the child on `db` importing `name`, and kills it mid-transaction.
/// Before the kill, a reader in this process still sees the old data: WAL
/// lets readers in while the writer holds its lock.
async fn kill_mid_import(db: &str, name: &str, expected_before: &common::State) {
    let exe = std::env::current_exe().unwrap();
    let mut child = ChildGuard(
        Command::new(exe)
            .args([
                "--exact",
                "crash_child",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(DB_VAR, db)
            .env(NAME_VAR, name)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap(),
    );
    let stdout = child.0.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if line.contains(MARKER) {
                let _ = tx.send(());
            }
        }
    });
    let reached = rx.recv_timeout(Duration::from_secs(60));
    assert!(
        reached.is_ok(),
        "the child never reached the middle of its import"
    );

    let reader = SqlStore::open(db).await.unwrap();
    assert_eq!(
        &state(&reader).await,
        expected_before,
        "uncommitted data is visible"
    );
    reader.close().await;

    child.0.kill().unwrap(); // SIGKILL: no destructors, no rollback, no cleanup
    let status = child.0.wait().unwrap();
    assert!(!status.success(), "the child must have died, not finished");
    // The big document did not fit SQLite's page cache, so uncommitted pages
    // were already in the WAL when the process died: recovery must skip them.
    let wal = std::fs::metadata(format!("{db}-wal"))
        .map(|m| m.len())
        .unwrap_or(0);
    assert!(
        wal > 1024 * 1024,
        "expected uncommitted frames in the WAL, found {wal} bytes"
    );
}

async fn seeded_store(dir: &TempDir) -> (String, common::State) {
    let db = dir.path().join("ctopath.db").display().to_string();
    let store = SqlStore::open(&db).await.unwrap();
    store
        .create_person("alice", &profile("Alice", 5))
        .await
        .unwrap();
    store
        .add_snapshot("alice", &snapshot(Some("senior"), Some(0.4)))
        .await
        .unwrap();
    let before = state(&store).await;
    store.close().await;
    (db, before)
}

/// After the crash: same data, intact file, and writable again (the dead
/// process's lock is gone).
async fn assert_intact(db: &str, before: &common::State) {
    let store = SqlStore::open(db).await.unwrap();
    store.check_integrity().await.unwrap();
    assert_eq!(&state(&store).await, before);
    let revision = store
        .save_profile("alice", &profile("Alice", 6))
        .await
        .unwrap();
    assert_eq!(revision, 2, "no half-written revision took a number");
    store.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killed_while_updating_a_person() {
    let dir = TempDir::new().unwrap();
    let (db, before) = seeded_store(&dir).await;
    kill_mid_import(&db, "alice", &before).await;
    assert_intact(&db, &before).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killed_while_creating_a_person() {
    let dir = TempDir::new().unwrap();
    let (db, before) = seeded_store(&dir).await;
    kill_mid_import(&db, "zed", &before).await;
    assert_intact(&db, &before).await;
    let store = SqlStore::open(&db).await.unwrap();
    assert_eq!(store.profile("zed").await.unwrap(), None);
}
