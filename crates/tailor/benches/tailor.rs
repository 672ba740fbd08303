//! Tailoring one posting against a career with 10,000 achievements: indexing the
//! portfolio, extracting and matching every requirement, and building the CV.
//! Goal: under 50 ms.

use criterion::{Criterion, criterion_group, criterion_main};
use ctopath_profile::{Achievement, Metric, Position, Profile};
use ctopath_tailor::{Posting, Tailor};

const POSTING: &str = include_str!("../../../examples/jobs/cto-scaleup.txt");

/// Varied, realistic outcome sentences: verbs, objects and systems combine into
/// many distinct texts, so the index is not a handful of repeated documents.
fn career(achievements: usize) -> Profile {
    let verbs = [
        "Cut",
        "Grew",
        "Reduced",
        "Raised",
        "Rebuilt",
        "Migrated",
        "Launched",
        "Automated",
        "Scaled",
        "Hired for",
    ];
    let objects = [
        "p99 latency of the payments API",
        "the on-call load of the platform team",
        "cloud spend on Kubernetes clusters",
        "deploy frequency through CI/CD",
        "the data pipeline on Kafka and PostgreSQL",
        "engineering headcount across four teams",
        "SOC 2 audit findings",
        "attrition among senior engineers",
        "time to recovery after incidents",
        "revenue from the invoicing product",
        "test coverage of the mobile app",
        "the interview loop for engineering managers",
    ];
    let competencies = [
        "system_design",
        "hiring",
        "engineering_process",
        "financial_literacy",
        "org_design",
        "infrastructure_cloud",
    ];
    let positions: Vec<Position> = (0..8)
        .map(|i| Position {
            id: format!("p{i}"),
            title: Some(if i == 0 {
                "VP Engineering".into()
            } else {
                "Engineering Manager".into()
            }),
            organisation: Some(format!("Company {i}")),
            highlights: Some(
                (0..6)
                    .map(|j| {
                        format!(
                            "{} {} at company {i}, step {j}",
                            verbs[(i + j) % verbs.len()],
                            objects[(i * 3 + j) % objects.len()]
                        )
                    })
                    .collect(),
            ),
            ..Position::default()
        })
        .collect();
    let achievements = (0..achievements)
        .map(|k| Achievement {
            id: format!("a{k}"),
            what_changed: format!(
                "{} {} by {}% in quarter {}",
                verbs[k % verbs.len()],
                objects[(k / verbs.len()) % objects.len()],
                5 + k % 60,
                k % 40
            ),
            metric: (k % 3 == 0).then(|| Metric {
                name: objects[k % objects.len()].to_string(),
                before: 100.0,
                after: 40.0 + (k % 50) as f64,
                unit: Some("%".into()),
            }),
            competencies: vec![competencies[k % competencies.len()].to_string()],
            position: Some(format!("p{}", k % 8)),
            ..Achievement::default()
        })
        .collect();
    Profile {
        positions,
        achievements,
        ..Profile::default()
    }
}

fn bench(c: &mut Criterion) {
    let framework = ctopath_framework::builtin::framework();
    let profile = career(10_000);
    let posting =
        Posting::parse("cto-scaleup.txt", POSTING.as_bytes()).expect("the example posting parses");
    c.bench_function("tailor one posting against 10,000 achievements", |b| {
        b.iter(|| {
            let tailor = Tailor::new(&profile, framework, 2026.0);
            tailor.fit(&posting).expect("the posting has requirements")
        })
    });
    let tailor = Tailor::new(&profile, framework, 2026.0);
    c.bench_function(
        "match one posting against an indexed 10,000-achievement portfolio",
        |b| b.iter(|| tailor.fit(&posting).expect("the posting has requirements")),
    );
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);
