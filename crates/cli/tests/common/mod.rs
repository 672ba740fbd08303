//! The binary run as a user would, against a scratch store of its own.

#![allow(dead_code)]

use std::process::Output;

use assert_cmd::Command;
use serde_json::Value;

pub const EXAMPLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples");

/// A scratch directory holding the store; nothing from the caller's environment
/// (person, framework, colours) leaks into the commands.
pub struct Env {
    pub dir: tempfile::TempDir,
}

impl Env {
    pub fn new() -> Self {
        Env {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    /// A store with `import` (a path under `examples/`) as the active profile.
    pub fn with_import(import: &str) -> Self {
        let env = Env::new();
        env.ok(&["profile", "import", &format!("{EXAMPLES}/{import}")]);
        env
    }

    pub fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("ctopath").unwrap();
        cmd.env("CTOPATH_DB", self.dir.path().join("store.db"))
            .env_remove("CTOPATH_PERSON")
            .env_remove("CTOPATH_FRAMEWORK")
            .env("NO_COLOR", "1");
        cmd
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd().args(args).output().unwrap()
    }

    /// Stdout of a command that must succeed.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// Stdout of a command that must succeed, as one JSON document.
    pub fn json(&self, args: &[&str]) -> Value {
        serde_json::from_str(&self.ok(args))
            .unwrap_or_else(|e| panic!("{args:?}: stdout is not one JSON document: {e}"))
    }

    /// Revisions in the active profile's history (0 when there is none yet).
    pub fn revisions(&self) -> usize {
        String::from_utf8(self.run(&["profile", "history"]).stdout)
            .unwrap()
            .matches("revision")
            .count()
    }

    pub fn write(&self, name: &str, text: &str) -> std::path::PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path
    }
}
