//! The importers on the real published ladders in `../shared/realworld`. The files
//! are not part of the repository, so each test skips when they are absent.

use std::collections::HashSet;
use std::path::PathBuf;

use ctopath_framework::Framework;
use ctopath_framework::import::{Imported, import_ft, import_monzo};

const REALWORLD: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/realworld");

/// The text of a real file, or `None` (with a note) when the folder is not there.
fn real(dir: &str, file: &str) -> Option<String> {
    let path = PathBuf::from(REALWORLD).join(dir).join(file);
    if !PathBuf::from(REALWORLD).is_dir() {
        eprintln!("skipping: {REALWORLD} is absent");
        return None;
    }
    Some(std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
}

fn ft(file: &str) -> Option<Imported> {
    let text = real("ft-engineering-progression", file)?;
    Some(import_ft(file, &text).unwrap_or_else(|e| panic!("{e}")))
}

fn monzo() -> Option<Imported> {
    let mut files = Vec::new();
    for name in ["backend.md", "web.md", "qualityanalyst.md", "generic.md"] {
        files.push((name.to_string(), real("monzo-progression-framework", name)?));
    }
    Some(import_monzo(&files).unwrap_or_else(|e| panic!("{e}")))
}

/// The structural rules every import must satisfy, checked independently of `validate`.
fn assert_consistent(imported: &Imported) {
    let fw = &imported.framework;
    let level_ids: Vec<&str> = fw.levels.iter().map(|l| l.id.as_str()).collect();
    let unique = |ids: Vec<&str>, what: &str| {
        let set: HashSet<&str> = ids.iter().copied().collect();
        assert_eq!(set.len(), ids.len(), "duplicate {what} ids: {ids:?}");
    };
    unique(level_ids.clone(), "level");
    unique(fw.routes.iter().map(|r| r.id.as_str()).collect(), "route");
    unique(fw.tours.iter().map(|t| t.id.as_str()).collect(), "tour");
    unique(
        fw.competency_groups.iter().map(|g| g.id.as_str()).collect(),
        "group",
    );
    unique(
        fw.competencies.iter().map(|c| c.id.as_str()).collect(),
        "competency",
    );
    for (i, level) in fw.levels.iter().enumerate() {
        assert_eq!(level.id, format!("L{}", i + 1));
        assert_eq!(level.number as usize, i + 1);
        let tours: Vec<&str> = fw
            .tours
            .iter()
            .filter(|t| t.levels.contains(&level.id))
            .map(|t| t.id.as_str())
            .collect();
        assert_eq!(
            tours,
            [level.tour.as_str()],
            "level {} must be in exactly its own tour",
            level.id
        );
    }
    for route in &fw.routes {
        let titled: Vec<&str> = route.levels.iter().map(|t| t.level.as_str()).collect();
        assert_eq!(
            titled, level_ids,
            "route {} must title every level once",
            route.id
        );
        assert!(route.levels.iter().all(|t| !t.title.trim().is_empty()));
    }
    for c in &fw.competencies {
        assert!(
            fw.competency_groups.iter().any(|g| g.id == c.group),
            "{}: unknown group {}",
            c.id,
            c.group
        );
        assert!(!c.indicators.is_empty(), "{} has no indicators", c.id);
        for (level, text) in &c.indicators {
            assert!(
                level_ids.contains(&level.as_str()),
                "{}: unknown level {level}",
                c.id
            );
            assert!(!text.trim().is_empty());
        }
    }
    let problems = ctopath_framework::validate::validate(fw);
    assert!(
        problems.is_empty(),
        "validate found problems: {problems:#?}"
    );
    let json = serde_json::to_string(fw).unwrap();
    let back: Framework =
        serde_json::from_str(&json).unwrap_or_else(|e| panic!("JSON round trip: {e}"));
    assert_eq!(&back, fw);
    assert_eq!(
        fw.notes, imported.report,
        "every mapping is stated in the notes too"
    );
    for missing in [
        "not in source: tours of duty",
        "not in source: stall patterns",
        "not in source: title lexicon",
    ] {
        assert!(
            imported.report.iter().any(|l| l.starts_with(missing)),
            "report lacks {missing:?}"
        );
    }
}

#[test]
fn ft_engineering_merges_ic_and_pm_levels() {
    let Some(imported) = ft("engineering.yml") else {
        return;
    };
    assert_consistent(&imported);
    let fw = &imported.framework;
    assert_eq!(
        (fw.id.as_str(), fw.name.as_str(), fw.version.as_str()),
        ("ft-engineering", "Engineering", "imported")
    );
    let mapped: Vec<&str> = fw
        .levels
        .iter()
        .map(|l| l.mapped_from.as_deref().unwrap())
        .collect();
    assert_eq!(
        mapped,
        [
            "junior",
            "engineer",
            "senior-1",
            "senior-2-ic, senior-2-pm",
            "principal-ic, principal-pm",
            "tech-director"
        ]
    );
    let routes: Vec<(&str, &str)> = fw
        .routes
        .iter()
        .map(|r| (r.id.as_str(), r.name.as_str()))
        .collect();
    assert_eq!(
        routes,
        [
            ("individual_contributor", "Individual Contributor"),
            ("people_manager", "People Manager")
        ]
    );
    let titles = |route: usize| -> Vec<&str> {
        fw.routes[route]
            .levels
            .iter()
            .map(|t| t.title.as_str())
            .collect()
    };
    assert_eq!(titles(1)[3], "Senior Engineer 2 (People Manager)");
    assert_eq!(titles(0)[4], "Principal Engineer (Individual Contributor)");
    assert_eq!(
        (titles(0)[0], titles(1)[5]),
        ("Junior Engineer", "Technology Director")
    );
    assert_eq!(fw.competency_groups.len(), 9);
    let comm = fw
        .competencies
        .iter()
        .find(|c| c.id == "communication")
        .expect("communication");
    assert_eq!(
        comm.indicators.keys().collect::<Vec<_>>(),
        ["L1", "L2", "L3", "L4", "L5", "L6"]
    );
    assert!(comm.indicators["L1"].starts_with("Presents their work clearly"));
    assert!(comm.indicators["L1"].ends_with("(Proficiency: Awareness.)"));
    let l4 = &comm.indicators["L4"];
    assert!(
        l4.contains("Individual Contributor: ") && l4.contains("People Manager: Leads meetings"),
        "{l4}"
    );
    // Numbered FT lists become separate sentences.
    let tech = fw
        .competencies
        .iter()
        .find(|c| c.id == "technical")
        .unwrap();
    assert!(
        tech.indicators["L5"].contains("Hands-on solution delivery. Leads the design"),
        "{}",
        tech.indicators["L5"]
    );
    assert!(
        fw.competencies
            .iter()
            .any(|c| c.id == "problem_solving_decision_making")
    );
}

#[test]
fn ft_operations_keeps_three_levels_and_one_route() {
    let Some(imported) = ft("operations.yml") else {
        return;
    };
    assert_consistent(&imported);
    let fw = &imported.framework;
    assert_eq!(fw.id, "ft-operations");
    let mapped: Vec<&str> = fw
        .levels
        .iter()
        .map(|l| l.mapped_from.as_deref().unwrap())
        .collect();
    assert_eq!(mapped, ["engineer", "senior-1", "senior-2"]);
    assert_eq!(fw.routes.len(), 1);
    assert_eq!(fw.routes[0].levels[2].title, "Senior Engineer 2");
    let delivery = fw
        .competencies
        .iter()
        .find(|c| c.id == "delivery")
        .expect("delivery");
    assert_eq!(
        delivery.description, "Delivery",
        "themes without a summary are described by name"
    );
    let comm = fw
        .competencies
        .iter()
        .find(|c| c.id == "communication")
        .unwrap();
    assert!(
        comm.indicators["L1"]
            .contains("Incident Management. Recognises and performs the key tasks")
    );
    assert!(imported.report.iter().any(|l| l.contains("legacy")));
}

#[test]
fn monzo_disciplines_become_routes_with_generic_topics() {
    let Some(imported) = monzo() else { return };
    assert_consistent(&imported);
    let fw = &imported.framework;
    assert_eq!(fw.id, "monzo-backend");
    let routes: Vec<&str> = fw.routes.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(routes, ["backend", "web", "qualityanalyst"]);
    assert_eq!(fw.levels.len(), 6);
    assert_eq!(fw.routes[0].name, "Backend Engineering");
    assert_eq!(fw.routes[0].levels[2].title, "Backend Engineering level 3");
    assert!(
        fw.routes[2].levels[3]
            .title
            .contains("not defined for Quality Analyst")
    );
    assert!(
        imported
            .report
            .iter()
            .any(|l| l.contains("the source has no job titles"))
    );

    let generic = fw
        .competencies
        .iter()
        .find(|c| c.id == "communication")
        .expect("generic communication");
    assert_eq!(
        (generic.name.as_str(), generic.group.as_str()),
        ("Communication", "generic")
    );
    assert_eq!(
        generic.indicators["L6"],
        "An effective and inspiring communicator internally and externally."
    );
    for id in ["knowledge", "impact", "teamwork", "conduct"] {
        assert!(
            fw.competencies
                .iter()
                .any(|c| c.id == id && c.group == "generic"),
            "generic topic {id}"
        );
    }
    let backend = fw
        .competencies
        .iter()
        .find(|c| c.id == "backend_communication")
        .unwrap();
    assert_eq!(
        backend.name, "Communication (Backend Engineering)",
        "title inherited from generic.md"
    );
    let l2 = &backend.indicators["L2"];
    assert!(
        l2.starts_with("Proactively communicates to their team"),
        "{l2}"
    );
    assert!(
        l2.contains("Writes PR descriptions that provide context"),
        "exampleCriteria included: {l2}"
    );
    assert!(
        l2.ends_with("Proactively gives feedback to those they work with."),
        "generic criteria appended: {l2}"
    );
    let qa = fw
        .competencies
        .iter()
        .find(|c| c.id == "qualityanalyst_communication")
        .unwrap();
    let qa_levels: Vec<&str> = qa.indicators.keys().map(String::as_str).collect();
    assert_eq!(
        qa_levels,
        ["L1", "L2", "L3"],
        "generic criteria only at the page's own levels"
    );
    let lead = fw
        .competencies
        .iter()
        .find(|c| c.id == "qualityanalyst_leadership")
        .unwrap();
    assert_eq!(
        lead.indicators.keys().collect::<Vec<_>>(),
        ["L3"],
        "levels without criteria are omitted"
    );
    assert_eq!(
        fw.competencies.iter().filter(|c| c.group == "web").count(),
        5
    );
}

#[test]
fn errors_name_the_file() {
    let Some(text) = real("ft-engineering-progression", "engineering.yml") else {
        return;
    };
    let broken = text.replacen("levels:", "levels: [", 1);
    let err = import_ft("engineering.yml", &broken)
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("engineering.yml:"), "{err}");
    let no_levels: String = text
        .lines()
        .filter(|l| !l.starts_with("levels:"))
        .collect::<Vec<_>>()
        .join("\n");
    let err = import_ft("engineering.yml", &no_levels)
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("engineering.yml"), "{err}");

    let Some(md) = real("monzo-progression-framework", "web.md") else {
        return;
    };
    let body_only = md.splitn(3, "---\n").nth(2).unwrap().to_string();
    let err = import_monzo(&[("web.md".into(), body_only)])
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("web.md: no YAML front matter"), "{err}");
    let bad = md.replacen("levels: 6", "levels: [6", 1);
    let err = import_monzo(&[("web.md".into(), bad)])
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("web.md:"), "{err}");
    let err = import_monzo(&[("web.md".into(), String::new())])
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("web.md: the file is empty"), "{err}");
}

/// Importers must reject, never panic on, anything a user might pass.
#[test]
fn garbage_never_panics() {
    let binary: Vec<u8> = (0..=255u8).cycle().take(4096).collect();
    let inputs = [
        String::from_utf8_lossy(&binary).into_owned(),
        "[".repeat(100_000),
        "{a: ".repeat(10_000),
        "- ".repeat(50_000),
        "levels: x\n".repeat(20_000),
        "---\n".repeat(1000),
        format!("---\n{}", "[".repeat(100_000)),
        format!(
            "---\ntopics:\n{}---\n",
            "  - name: a\n    content:\n      - level: 1\n".repeat(500)
        ),
        "---\nlevels: 4000000000\ntopics: []\n---\n".to_string(),
        "---\ntopics:\n  - name: x\n    content:\n      - level: 99999999\n---\n".to_string(),
        "levels: [{id: a}]\ncompetencies: [{level: b, theme: c}]\n".to_string(),
        "\u{feff}---\r\ntitle: x\r\n---\r\n".to_string(),
    ];
    for input in &inputs {
        assert!(
            import_ft("garbage.yml", input)
                .unwrap_err()
                .to_string()
                .starts_with("garbage.yml")
        );
        let err = import_monzo(&[("garbage.md".into(), input.clone())]).unwrap_err();
        assert_eq!(err.file(), Some("garbage.md"), "{err}");
        let pair = [
            ("generic.md".to_string(), input.clone()),
            ("b.md".to_string(), input.clone()),
        ];
        assert!(import_monzo(&pair).is_err());
    }
}
