//! Shared helpers for the profile tests: the built-in framework and the shared
//! JSON Resume data, which lives outside the repository.

#![allow(dead_code)]

use std::path::PathBuf;

use ctopath_framework::Framework;
use serde_json::Value;

pub fn framework() -> &'static Framework {
    ctopath_framework::builtin::framework()
}

/// `shared/realworld/jsonresume` beside the repository, when it is there.
pub fn jsonresume_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/realworld/jsonresume"
    ));
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("skipping: {} is not present", dir.display());
        None
    }
}

pub fn read_json(path: &std::path::Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The repository's `examples/profiles` directory.
pub fn examples_dir() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/profiles"
    ))
}

/// `exported` without the `meta.ctopath` that export may add, and without a `meta`
/// that held nothing else when `original` had none.
pub fn without_carried(mut exported: Value, original: &Value) -> Value {
    if let Some(root) = exported.as_object_mut() {
        let meta_now_empty = match root.get_mut("meta").and_then(Value::as_object_mut) {
            Some(meta) => {
                meta.shift_remove("ctopath");
                meta.is_empty()
            }
            None => false,
        };
        if meta_now_empty && original.get("meta").is_none() {
            root.shift_remove("meta");
        }
    }
    exported
}

/// 1-based number of the first line of `text` containing `needle`.
pub fn line_of(needle: &str, text: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .expect("needle present")
        + 1
}
