//! The public API around extraction: citations, ordering, de-duplication and the
//! serialised shape of facts.

use ctopath_evidence::{Direction, Evidence, Fact, extract, extract_all};

fn show(found: &[Evidence]) -> String {
    found
        .iter()
        .map(|e| format!("\n    {:?} <- {:?}", e.fact, e.text))
        .collect()
}

#[test]
fn snippets_are_verbatim_and_sources_carried() {
    let items = [
        ("Led a team of 12 engineers.", "work[0].highlights[0]"),
        ("Owned $12M cloud spend.", "work[1].highlights[2]"),
        ("Nothing countable here.", "work[1].summary"),
    ];
    let found = extract_all(items);
    assert_eq!(found.len(), 2, "{}", show(&found));
    assert_eq!(found[0].source, "work[0].highlights[0]");
    assert_eq!(found[0].text, "Led a team of 12 engineers");
    assert_eq!(found[1].source, "work[1].highlights[2]");
    assert_eq!(
        found[1].fact,
        Fact::Budget {
            amount: 12e6,
            currency: "USD".into()
        }
    );
    for e in &found {
        let (text, _) = items.iter().find(|(_, s)| *s == e.source).expect("source");
        assert!(text.contains(&e.text), "{:?} not in {:?}", e.text, text);
    }
}

#[test]
fn repeated_fact_reported_once_and_in_text_order() {
    let found = extract(
        "On-call for the API; later ran the on-call rotation. Hired 4 engineers.",
        "s",
    );
    let kinds: Vec<&str> = found.iter().map(|e| e.fact.kind()).collect();
    assert_eq!(kinds, ["on_call", "hiring"], "{}", show(&found));
}

#[test]
fn facts_serialise_with_a_kind_tag() {
    let json = serde_json::to_value(Fact::PercentChange {
        percent: 60.0,
        direction: Direction::Down,
    })
    .expect("serialise");
    assert_eq!(
        json,
        serde_json::json!({"kind": "percent_change", "percent": 60.0, "direction": "down"})
    );
    let json = serde_json::to_value(Fact::BoardExposure).expect("serialise");
    assert_eq!(json, serde_json::json!({"kind": "board_exposure"}));
    let back: Fact = serde_json::from_value(serde_json::json!({"kind": "team_size", "people": 12}))
        .expect("parse");
    assert_eq!(back, Fact::TeamSize { people: 12 });
    let schema = serde_json::to_value(schemars::schema_for!(Evidence)).expect("schema");
    assert!(schema.to_string().contains("team_growth"));
}
