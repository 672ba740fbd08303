//! The JSON Resume sample job tailored against the JSON Resume example resumes.

mod common;

use common::*;

fn run(resume: &str) -> Option<ctopath_tailor::Tailoring> {
    let job = realworld("jsonresume/sample.job.json")?;
    let cv = realworld(&format!("jsonresume/examples/{resume}.resume.json"))?;
    Some(tailor(&profile(&cv), &posting(&job)))
}

#[test]
fn a_distributed_systems_staff_engineer_lacks_the_web_stack() {
    let Some(t) = run("senior-engineer") else {
        return;
    };
    assert_eq!(
        verdict(&t, "Mid-level"),
        "covered",
        "a staff engineer is past mid-level"
    );
    assert_eq!(
        verdict(&t, "Bachelor's degree in Computer Science"),
        "covered"
    );
    assert_eq!(
        verdict(&t, "Strong understanding of JavaScript, HTML, and CSS"),
        "missing"
    );
    assert_eq!(
        verdict(&t, "Develop and maintain web applications"),
        "missing"
    );
    assert_eq!(verdict(&t, "Web Development:"), "missing");
    // Fourteen years of experience, none of it in web development.
    assert_eq!(
        verdict(&t, "3+ years of experience in web development"),
        "weak"
    );
    for word in ["JavaScript", "HTML", "CSS", "React", "Node.js", "MongoDB"] {
        assert!(
            t.fit.missing_keywords.iter().any(|k| k == word),
            "{word} not in {:?}",
            t.fit.missing_keywords
        );
    }
}

#[test]
fn a_new_graduate_has_the_stack_but_not_the_seniority() {
    let Some(t) = run("new-grad") else { return };
    assert_eq!(
        verdict(&t, "Web Development:"),
        "covered",
        "React and Node.js are on the CV"
    );
    assert_eq!(
        verdict(&t, "Mid-level"),
        "weak",
        "an intern is one level short"
    );
    assert_ne!(
        verdict(&t, "3+ years of experience in web development"),
        "covered"
    );
    assert!(
        !t.fit
            .missing_keywords
            .iter()
            .any(|k| k == "React" || k == "Node.js")
    );
    let web = t
        .fit
        .requirements
        .iter()
        .find(|r| r.requirement.text.starts_with("Web Development"))
        .unwrap();
    let cited: Vec<&str> = web.evidence.iter().map(|e| e.source.as_str()).collect();
    assert!(cited.contains(&"skills[1]"), "{cited:?}");
}

#[test]
fn a_career_changer_brings_sql_but_no_engineering_role() {
    let Some(t) = run("career-changer") else {
        return;
    };
    assert_eq!(verdict(&t, "Mid-level"), "missing");
    assert_ne!(
        verdict(&t, "Database Management:"),
        "missing",
        "SQL is on the CV"
    );
    assert_eq!(verdict(&t, "Web Development:"), "missing");
}

#[test]
fn fit_orders_the_candidates_as_a_reader_would() {
    let (Some(grad), Some(changer)) = (run("new-grad"), run("career-changer")) else {
        return;
    };
    assert!(
        grad.fit.fit > changer.fit.fit,
        "{} vs {}",
        grad.fit.fit,
        changer.fit.fit
    );
}

#[test]
fn every_cited_source_resolves_to_its_text() {
    for resume in ["senior-engineer", "new-grad", "career-changer"] {
        let Some(path) = realworld(&format!("jsonresume/examples/{resume}.resume.json")) else {
            return;
        };
        let doc: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        let Some(t) = run(resume) else { return };
        for r in &t.fit.requirements {
            for e in &r.evidence {
                if e.source.contains("highlights[") || e.source.ends_with("summary") {
                    let found = resolve(&doc, &e.source).and_then(|v| v.as_str());
                    assert_eq!(found, Some(e.text.as_str()), "{resume}: {}", e.source);
                }
            }
        }
    }
}
