//! What the regression suites share: loading people and reading their assessment.
#![allow(dead_code)]

use ctopath_engine::{Assessment, Engine, Options, Plan, Severity};
use ctopath_framework::builtin;
use ctopath_profile::PartialDate;

pub fn load(file: &str) -> ctopath_profile::Profile {
    let path = format!("{}/../../examples/{file}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    ctopath_profile::load(file, &bytes, builtin::framework())
        .unwrap_or_else(|e| panic!("{file}: {e}"))
        .profile
}

pub fn assess(file: &str) -> Assessment {
    assess_profile(&load(file))
}

pub fn assess_profile(profile: &ctopath_profile::Profile) -> Assessment {
    let engine = Engine::new(builtin::framework());
    let options = Options::new(PartialDate::parse("2026-11-21").unwrap());
    engine.assess(profile, &options)
}

/// A JSON Resume given inline or read from outside `examples/`.
pub fn parse(name: &str, bytes: &[u8]) -> ctopath_profile::Profile {
    ctopath_profile::load(name, bytes, builtin::framework())
        .unwrap_or_else(|e| panic!("{name}: {e}"))
        .profile
}

/// A JSON Resume written inline in a test, assessed.
pub fn assess_json(name: &str, resume: &serde_json::Value) -> Assessment {
    assess_profile(&parse(name, resume.to_string().as_bytes()))
}

/// A JSON Resume from `../shared/realworld/jsonresume/`, assessed; `None` when the
/// shared files are not there (a checkout of this repository alone).
pub fn assess_shared(file: &str) -> Option<Assessment> {
    let path = format!(
        "{}/../../../shared/realworld/jsonresume/{file}",
        env!("CARGO_MANIFEST_DIR")
    );
    let bytes = std::fs::read(path).ok()?;
    Some(assess_profile(&parse(file, &bytes)))
}

pub fn plan(file: &str) -> (Assessment, Plan) {
    let engine = Engine::new(builtin::framework());
    let options = Options::new(PartialDate::parse("2026-11-21").unwrap());
    let profile = load(file);
    let a = engine.assess(&profile, &options);
    let p = engine.plan(&profile, &a);
    (a, p)
}

pub fn flagged(a: &Assessment) -> Vec<&str> {
    a.stall_patterns.iter().map(|p| p.id.as_str()).collect()
}

pub fn severity(a: &Assessment, id: &str) -> Option<Severity> {
    a.stall_patterns
        .iter()
        .find(|p| p.id == id)
        .map(|p| p.severity)
}

/// The first line of the level's evidence of `kind`; the whole evidence in the failure
/// message when there is none.
pub fn level_evidence<'a>(a: &'a Assessment, kind: &str) -> &'a ctopath_engine::Evidence {
    (a.level.evidence.iter().find(|e| e.kind == kind))
        .unwrap_or_else(|| panic!("no {kind} in {:?}", a.level.evidence))
}

pub fn best_path(a: &Assessment) -> &str {
    &a.path_fit[0].id
}
