//! The shared JSON Resume sample and examples: they import into sensible positions
//! and achievements, and export gives them back.

mod common;

use common::{framework, jsonresume_dir, read_json, without_carried};
use ctopath_profile::{ProfileSource, load, to_json_resume};

fn load_file(name: &str) -> Option<(serde_json::Value, ctopath_profile::Loaded)> {
    let path = jsonresume_dir()?.join(name);
    let value = read_json(&path);
    let bytes = std::fs::read(&path).unwrap();
    let loaded = load(name, &bytes, framework()).unwrap_or_else(|e| panic!("{name}: {e:#?}"));
    assert_eq!(loaded.format, ProfileSource::JsonResume);
    Some((value, loaded))
}

#[test]
fn sample_resume_imports_and_round_trips() {
    let Some((original, loaded)) = load_file("sample.resume.json") else {
        return;
    };
    let p = &loaded.profile;
    let person = p.person.as_ref().unwrap();
    assert_eq!(person.name.as_deref(), Some("Richard Hendriks"));
    assert_eq!(
        person.location_text().as_deref(),
        Some("San Francisco, California, US")
    );
    assert_eq!(p.positions.len(), 1);
    assert_eq!(p.positions[0].organisation.as_deref(), Some("Pied Piper"));
    assert_eq!(p.positions[0].title.as_deref(), Some("CEO/President"));
    assert_eq!(p.positions[0].id, "pied-piper-ceo-president");
    assert_eq!(p.positions[0].end.unwrap().to_string(), "2014-12-01");
    // "Successfully won Techcrunch Disrupt" is the one outcome among three duties.
    let sources: Vec<_> = p
        .achievements
        .iter()
        .map(|a| a.source.as_deref().unwrap())
        .collect();
    assert_eq!(sources, ["work[0].highlights[1]"]);
    assert_eq!(
        p.achievements[0].position.as_deref(),
        Some("pied-piper-ceo-president")
    );
    assert_eq!(
        p.resume.projects.as_ref().unwrap()[0].kind.as_deref(),
        Some("application")
    );
    let exported = to_json_resume(p);
    assert_eq!(
        exported, original,
        "a plain JSON Resume needs no meta.ctopath"
    );
}

#[test]
fn example_resumes_import_and_round_trip() {
    for (name, positions, outcome_sources) in [
        (
            "examples/senior-engineer.resume.json",
            3,
            vec![
                "work[0].highlights[0]",
                "work[0].highlights[2]",
                "work[1].highlights[0]",
                "work[1].highlights[2]",
                "work[2].highlights[1]",
            ],
        ),
        (
            "examples/career-changer.resume.json",
            3,
            vec![
                "work[0].highlights[0]",
                "work[0].highlights[2]",
                "work[1].highlights[0]",
                "work[1].highlights[1]",
                "work[1].highlights[2]",
                "work[2].highlights[0]",
                // "Trained six baristas who were later promoted": a people outcome.
                "work[2].highlights[1]",
            ],
        ),
        (
            "examples/new-grad.resume.json",
            2,
            vec!["work[0].highlights[1]", "work[1].highlights[1]"],
        ),
    ] {
        let Some((original, loaded)) = load_file(name) else {
            return;
        };
        let p = &loaded.profile;
        assert_eq!(p.positions.len(), positions, "{name}");
        let sources: Vec<_> = p
            .achievements
            .iter()
            .filter_map(|a| a.source.as_deref())
            .collect();
        assert_eq!(sources, outcome_sources, "{name}");
        for a in &p.achievements {
            let position = p.position(a.position.as_deref().unwrap()).unwrap();
            assert!(
                position.highlights().contains(&a.what_changed),
                "{name}: {a:?}"
            );
        }
        assert_eq!(
            without_carried(to_json_resume(p), &original),
            original,
            "{name}"
        );
    }
}

#[test]
fn position_ids_are_readable_slugs() {
    let Some((_, loaded)) = load_file("examples/career-changer.resume.json") else {
        return;
    };
    let ids: Vec<&str> = loaded
        .profile
        .positions
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "freelance-data-analyst-contract",
            "salt-cedar-restaurant-group-general-manager",
            "cafe-lumen-shift-supervisor"
        ]
    );
    assert!(!loaded.profile.positions[0].is_current());
}

/// Resumes written for JSON Resume's early schema name the employer `company`; it is
/// read as the organisation, and export keeps the field as it was.
#[test]
fn an_early_schema_company_names_the_organisation() {
    let resume = serde_json::json!({ "work": [
        { "company": "Acme Corp", "position": "Engineering Manager", "startDate": "2020-01-01" },
        { "name": "Beta Ltd", "company": "Ignored Inc", "position": "Developer" } ] });
    let loaded = load("old.json", resume.to_string().as_bytes(), framework()).unwrap();
    let orgs: Vec<Option<&str>> = (loaded.profile.positions.iter())
        .map(|p| p.organisation.as_deref())
        .collect();
    assert_eq!(orgs, [Some("Acme Corp"), Some("Beta Ltd")]);
    let back = to_json_resume(&loaded.profile);
    let back = serde_json::to_value(back).unwrap();
    assert_eq!(back["work"][0]["company"], "Acme Corp");
}
