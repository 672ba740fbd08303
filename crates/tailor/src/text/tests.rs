use super::*;
use crate::lexicon;

fn analyzer() -> Analyzer {
    Analyzer::new(lexicon::builtin(), ["system design", "data structures"])
}

fn keys(a: &Analyzer, text: &str) -> Vec<String> {
    a.analyze(text).into_iter().map(|t| t.key).collect()
}

#[test]
fn technical_tokens_survive_analysis() {
    let a = analyzer();
    let k = keys(
        &a,
        "C++, C#, Node.js, .NET, CI/CD, SOC 2, ISO 27001 and A/B testing",
    );
    for want in [
        "c++",
        "c#",
        "node.js",
        ".net",
        "ci/cd",
        "soc 2",
        "iso 27001",
        "a/b test",
    ] {
        assert!(k.contains(&want.to_string()), "{want} missing from {k:?}");
    }
}

#[test]
fn aliases_meet_their_canonical_term() {
    let a = analyzer();
    assert_eq!(keys(&a, "k8s"), keys(&a, "Kubernetes"));
    assert_eq!(keys(&a, "Golang"), keys(&a, "Go"));
    assert_eq!(keys(&a, "SOC2"), keys(&a, "SOC 2"));
    assert_eq!(keys(&a, "Postgres"), keys(&a, "PostgreSQL"));
    assert_eq!(keys(&a, "CICD"), keys(&a, "CI/CD"));
    assert_eq!(a.key_of("Amazon Web Services"), a.key_of("AWS"));
}

#[test]
fn everyday_words_are_not_technologies() {
    let a = analyzer();
    assert!(keys(&a, "go to market").iter().all(|k| k != "go"));
    assert!(keys(&a, "Written in Go").contains(&"go".to_string()));
    assert!(keys(&a, "the rest of the team").iter().all(|k| k != "rest"));
}

#[test]
fn unknown_slash_and_hyphen_compounds_split() {
    let a = analyzer();
    let k = keys(&a, "AWS/GCP/Azure, event-driven");
    for want in ["aws", "gcp", "azure", "event", "driven"] {
        assert!(k.contains(&want.to_string()), "{want} missing from {k:?}");
    }
    assert!(keys(&a, "on-call rotation").contains(&"on-call".to_string()));
}

#[test]
fn phrases_sit_next_to_their_words_and_stop_words_go() {
    let a = analyzer();
    let k = keys(&a, "Strong system designs and the data structures");
    assert!(k.contains(&"system design".to_string()), "{k:?}");
    assert!(k.contains(&"data structur".to_string()), "{k:?}");
    assert!(k.contains(&"system".to_string()));
    assert!(!k.contains(&"the".to_string()) && !k.contains(&"and".to_string()));
}

#[test]
fn spans_point_at_the_words() {
    let a = analyzer();
    let text = "Led SOC 2 audits on k8s";
    for t in a.analyze(text) {
        assert!(!text[t.start..t.end].trim().is_empty());
    }
    let soc = a
        .analyze(text)
        .into_iter()
        .find(|t| t.key == "soc 2")
        .unwrap();
    assert_eq!(&text[soc.start..soc.end], "SOC 2");
}

#[test]
fn the_token_cache_gives_the_same_terms_as_a_fresh_read() {
    let a = analyzer();
    let text = "AI and ML on k8s: hiring engineers, Go services, SOC2";
    let first = keys(&a, text);
    assert_eq!(first, keys(&a, text));
    assert!(
        first.contains(&a.key_of("artificial intelligence")),
        "{first:?}"
    );
    assert!(first.contains(&"kubernetes".to_string()) && first.contains(&"soc 2".to_string()));
}
