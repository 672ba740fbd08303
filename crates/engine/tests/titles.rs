//! People whose title and record disagree, written as JSON Resumes the way other
//! people write them: the title alone must not decide what the engine concludes.

mod common;

use common::*;
use ctopath_engine::Severity;
use serde_json::json;

fn staff_engineer(last_highlights: &[&str]) -> serde_json::Value {
    json!({
        "basics": { "name": "Kim S", "label": "Staff Engineer" },
        "work": [
            { "name": "Initech", "position": "Software Engineer",
              "startDate": "2010-03-01", "endDate": "2014-12-31",
              "highlights": ["Implemented the caching layer in C++"] },
            { "name": "Initech", "position": "Senior Software Engineer",
              "startDate": "2015-01-01", "endDate": "2019-12-31",
              "highlights": ["Rewrote the storage engine for 3x throughput", "Optimised the query planner"] },
            { "name": "Hooli", "position": "Staff Engineer",
              "startDate": "2020-01-01", "highlights": last_highlights }
        ]
    })
}

#[test]
fn a_staff_engineer_who_never_led_anyone_has_stayed_ic_too_long() {
    let a = assess_json(
        "staff.json",
        &staff_engineer(&[
            "Designed the distributed cache",
            "Deep-dived into kernel performance bugs",
            "Refactored the compaction code",
        ]),
    );
    assert_eq!(a.level.id, "L4", "the Staff title still places the work");
    assert_eq!(a.leadership_years, 0.0, "a Staff title alone leads nobody");
    assert_eq!(severity(&a, "ic_too_long"), Some(Severity::High), "{:?}", flagged(&a));
    let finding = a.stall_patterns.iter().find(|p| p.id == "ic_too_long").unwrap();
    assert!(finding.evidence[0].text.contains("16.7 years"), "{:?}", finding.evidence);
}

#[test]
fn a_staff_engineer_who_leads_a_team_is_not_flagged_for_it() {
    let a = assess_json(
        "staff-lead.json",
        &staff_engineer(&[
            "Tech lead for the storage team of 5 engineers",
            "Designed the distributed cache",
        ]),
    );
    assert!(a.leadership_years > 6.0, "{}", a.leadership_years);
    assert!(!flagged(&a).contains(&"ic_too_long"), "{:?}", flagged(&a));
}
