//! Whatever career comes in, the assessment stays well-formed: levels on the ladder,
//! scores in range, evidence behind every flagged pattern.

use ctopath_engine::{Engine, Options};
use ctopath_framework::builtin;
use ctopath_profile::{PartialDate, Position, Profile};
use proptest::prelude::*;

const TITLES: &[&str] = &[
    "Software Engineer",
    "Senior Software Engineer",
    "Staff Engineer",
    "Engineering Manager",
    "Director of Engineering",
    "VP of Engineering",
    "CTO",
    "Co-founder & CTO",
    "Fractional CTO",
    "QA Engineer",
    "Senior SDET",
    "Head of Quality",
    "Chief Happiness Wizard",
    "",
];
const HIGHLIGHTS: &[&str] = &[
    "Led a team of 12 engineers",
    "Managed a $3M budget",
    "Presented to the board",
    "Grew engineering from 5 to 80 engineers",
    "Rewrote the billing engine from scratch",
    "Wrote most of the code personally",
    "Hired 9 engineers",
    "Cut revenue churn by 12%",
    "Acting manager of 7 engineers; promotion postponed",
    "🚀 ✨ ünïcödé",
];

fn position() -> impl Strategy<Value = Position> {
    (
        prop::sample::select(TITLES),
        1995u16..2027,
        0u16..12,
        prop::option::of(0u32..500),
        prop::option::of(0u32..40),
        prop::collection::vec(prop::sample::select(HIGHLIGHTS), 0..5),
        any::<bool>(),
    )
        .prop_map(
            |(title, year, len, org, reports, highlights, current)| Position {
                id: String::new(),
                title: (!title.is_empty()).then(|| title.to_string()),
                organisation: Some(format!("Org{}", year % 3)),
                org_engineers: org,
                direct_reports: reports,
                start: Some(PartialDate::year_only(year)),
                end: (!current).then(|| PartialDate::year_only((year + len).min(2026))),
                highlights: Some(highlights.iter().map(|h| h.to_string()).collect()),
                ..Position::default()
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn any_career_gives_a_well_formed_assessment(positions in prop::collection::vec(position(), 0..8)) {
        let mut profile = Profile { positions, ..Profile::default() };
        profile.assign_missing_ids();
        let engine = Engine::new(builtin::framework());
        let options = Options { today: PartialDate::parse("2026-11-21").unwrap(), runs: 500, seed: 1 };
        let a = engine.assess(&profile, &options);
        prop_assert!((1..=10).contains(&a.level.number));
        prop_assert!((0.0..=1.0).contains(&a.level.confidence));
        prop_assert!((0.0..=1.0).contains(&a.readiness.next_level));
        prop_assert!((0.0..=1.0).contains(&a.readiness.cto));
        prop_assert!(a.years_experience >= 0.0);
        let f = &a.forecast.years_to_cto;
        prop_assert!(f.p10 <= f.p50 && f.p50 <= f.p90 && f.p10 >= 0.0);
        prop_assert_eq!(a.competencies.len(), builtin::framework().competencies.len());
        for c in &a.competencies {
            prop_assert!(c.current <= 10 && c.gap <= 10);
        }
        for p in &a.stall_patterns {
            prop_assert!(!p.evidence.is_empty());
        }
        for w in a.path_fit.windows(2) {
            prop_assert!(w[0].score >= w[1].score);
        }
        let plan = engine.plan(&profile, &a);
        prop_assert!(plan.tours.len() <= 3);
    }
}
