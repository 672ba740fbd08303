//! Shared helpers: loading the repository's examples and the real-world files.
#![allow(dead_code)]

use std::path::PathBuf;

use ctopath_framework::Framework;
use ctopath_profile::Profile;
use ctopath_tailor::{Posting, Tailor, Tailoring};
use serde_json::Value;

/// A fixed "today", so years of experience do not drift with the calendar.
pub const TODAY: f64 = 2026.0;

pub fn repo(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}

/// A file under `../shared/realworld`, or `None` (the test then skips).
pub fn realworld(path: &str) -> Option<PathBuf> {
    let p = repo("../shared/realworld").join(path);
    if p.exists() {
        Some(p)
    } else {
        eprintln!("skipped: {} not present", p.display());
        None
    }
}

pub fn framework() -> &'static Framework {
    ctopath_framework::builtin::framework()
}

pub fn profile(path: &PathBuf) -> Profile {
    let bytes = std::fs::read(path).unwrap();
    ctopath_profile::load(&path.display().to_string(), &bytes, framework())
        .unwrap_or_else(|e| panic!("{}: {e:?}", path.display()))
        .profile
}

pub fn posting(path: &PathBuf) -> Posting {
    Posting::parse(&path.display().to_string(), &std::fs::read(path).unwrap()).unwrap()
}

pub fn tailor(profile: &Profile, posting: &Posting) -> Tailoring {
    Tailor::new(profile, framework(), TODAY)
        .fit(posting)
        .unwrap()
}

/// The verdict of the requirement whose text starts with `prefix`.
pub fn verdict(t: &Tailoring, prefix: &str) -> &'static str {
    let r = t
        .fit
        .requirements
        .iter()
        .find(|r| r.requirement.text.starts_with(prefix))
        .unwrap_or_else(|| panic!("no requirement starts with {prefix:?}"));
    r.verdict.as_str()
}

/// Follows a field path such as `work[1].highlights[0]` into a JSON document.
pub fn resolve<'a>(doc: &'a Value, path: &str) -> Option<&'a Value> {
    let mut at = doc;
    for part in path.split('.') {
        let (key, indices) = match part.find('[') {
            Some(i) => (&part[..i], &part[i..]),
            None => (part, ""),
        };
        if !key.is_empty() {
            at = at.get(key)?;
        }
        for index in indices.split('[').filter(|s| !s.is_empty()) {
            at = at.get(index.trim_end_matches(']').parse::<usize>().ok()?)?;
        }
    }
    Some(at)
}

/// The example profiles of the repository.
pub fn example_profiles() -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(repo("examples/profiles"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    out.sort();
    out.push(repo("examples/resumes/maya-okafor.json"));
    out
}
