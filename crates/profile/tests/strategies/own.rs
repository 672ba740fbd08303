//! ctopath's own data, and whole profiles built from it.

use ctopath_profile::{
    Achievement, Budget, CheckIn, CriterionProgress, CriterionStatus, Goal, Growth, Metric,
    OrgStage, Position, Profile, Rater, Rating, SuccessCriterion, TargetRole, TourOfDuty,
    TourStatus, from_json_resume,
};
use indexmap::IndexMap;
use proptest::prelude::*;

use super::{date, json_resume, text};

fn small_id() -> BoxedStrategy<String> {
    "[a-z][a-z0-9_-]{0,10}".boxed()
}

fn opt_text() -> BoxedStrategy<Option<String>> {
    prop::option::of(text()).boxed()
}

/// What ctopath alone knows about one position.
fn position_facts() -> BoxedStrategy<Position> {
    let scope = (
        prop::option::of(prop_oneof![
            Just(OrgStage::Startup),
            Just(OrgStage::Scaleup),
            Just(OrgStage::Enterprise)
        ]),
        prop::option::of(0u32..200_000),
        prop::option::of((
            prop::option::of(0u32..5000),
            prop::option::of(0u32..5000),
            any::<bool>(),
        )),
        prop::option::of(small_id()),
        prop::option::of(0u32..150),
        prop::option::of(any::<bool>()),
    );
    let people = (
        prop::option::of(0u32..300),
        prop::option::of(0u32..50),
        prop::option::of((0f64..1e9, "[A-Z]{3}")),
        prop::option::of(any::<bool>()),
        prop::option::of(any::<bool>()),
        prop::option::of(any::<bool>()),
        any::<bool>(),
    );
    (scope, people)
        .prop_map(
            |(
                (org_stage, org_engineers, growth, route, coding_share, tech_differentiator),
                people,
            )| {
                let (
                    direct_reports,
                    managers_reporting,
                    budget,
                    board_exposure,
                    on_call,
                    cross_functional,
                    acting,
                ) = people;
                Position {
                    org_stage,
                    org_engineers,
                    growth: growth.map(|(engineers_start, engineers_end, hypergrowth)| Growth {
                        engineers_start,
                        engineers_end,
                        hypergrowth,
                    }),
                    route,
                    coding_share,
                    direct_reports,
                    managers_reporting,
                    budget: budget.map(|(amount, currency)| Budget { amount, currency }),
                    board_exposure,
                    on_call,
                    cross_functional,
                    tech_differentiator,
                    acting,
                    ..Position::default()
                }
            },
        )
        .boxed()
}

fn rating() -> BoxedStrategy<Rating> {
    (
        small_id(),
        "L[0-9]{1,2}",
        prop_oneof![Just(Rater::Myself), Just(Rater::Manager), Just(Rater::Peer)],
        date(),
        opt_text(),
    )
        .prop_map(|(competency, level, by, date, evidence)| Rating {
            competency,
            level,
            by,
            date,
            evidence,
        })
        .boxed()
}

fn achievement() -> BoxedStrategy<Achievement> {
    let metric = prop::option::of((text(), -1e9f64..1e9, -1e9f64..1e9, opt_text())).prop_map(|m| {
        m.map(|(name, before, after, unit)| Metric {
            name,
            before,
            after,
            unit,
        })
    });
    (
        prop::option::of(small_id()),
        text(),
        metric,
        opt_text(),
        prop::option::of(date()),
        prop::collection::vec(small_id(), 0..3),
        prop::collection::vec(text(), 0..2),
        (
            prop::option::of(small_id()),
            opt_text(),
            prop::option::of(small_id()),
        ),
    )
        .prop_map(
            |(
                id,
                what_changed,
                metric,
                scope,
                date,
                competencies,
                tags,
                (position, source, tour),
            )| Achievement {
                id: id.unwrap_or_default(),
                what_changed,
                metric,
                scope,
                date,
                competencies,
                tags,
                position,
                source,
                tour,
            },
        )
        .boxed()
}

fn checkin() -> BoxedStrategy<CheckIn> {
    let status = prop_oneof![
        Just(CriterionStatus::OnTrack),
        Just(CriterionStatus::AtRisk),
        Just(CriterionStatus::OffTrack),
        Just(CriterionStatus::Met)
    ];
    let progress =
        (0usize..4, status, opt_text()).prop_map(|(index, status, note)| CriterionProgress {
            index,
            status,
            note,
        });
    (date(), prop::collection::vec(progress, 0..3), opt_text())
        .prop_map(|(date, criteria, learned)| CheckIn {
            date,
            criteria,
            learned,
        })
        .boxed()
}

fn tour() -> BoxedStrategy<TourOfDuty> {
    let status = prop_oneof![
        Just(TourStatus::Proposed),
        Just(TourStatus::Active),
        Just(TourStatus::Completed),
        Just(TourStatus::Abandoned)
    ];
    let criteria = prop::collection::vec(
        (text(), text()).prop_map(|(text, measure)| SuccessCriterion { text, measure }),
        0..3,
    );
    let basics = (
        small_id(),
        text(),
        status,
        prop::option::of(date()),
        prop::option::of(0u32..200),
        criteria,
    );
    let charter = (
        opt_text(),
        prop::option::of(small_id()),
        prop::option::of(small_id()),
        opt_text(),
        prop::option::of(0u32..60),
        prop::collection::vec(text(), 0..2),
        prop::collection::vec(text(), 0..2),
        prop::collection::vec(small_id(), 0..2),
        opt_text(),
    );
    let progress = (
        prop::collection::vec(checkin(), 0..3),
        prop::option::of(date()),
        opt_text(),
    );
    (basics, charter, progress)
        .prop_map(
            |(
                (id, mission, status, start, horizon_months, success_criteria),
                (
                    title,
                    mission_id,
                    tour,
                    sponsor,
                    checkin_every_weeks,
                    person_gains,
                    company_gains,
                    competencies,
                    milestone,
                ),
                (checkins, finished, outcome),
            )| TourOfDuty {
                id,
                title,
                mission_id,
                tour,
                mission,
                status,
                sponsor,
                start,
                horizon_months,
                checkin_every_weeks,
                success_criteria,
                person_gains,
                company_gains,
                competencies,
                milestone,
                checkins,
                finished,
                outcome,
            },
        )
        .boxed()
}

fn goal() -> BoxedStrategy<Goal> {
    (
        prop_oneof![Just(TargetRole::Cto), Just(TargetRole::VpEngineering)],
        prop::option::of(0u32..60),
        prop::option::of(small_id()),
    )
        .prop_map(|(target_role, horizon_years, preferred_path)| Goal {
            target_role,
            horizon_years,
            preferred_path,
        })
        .boxed()
}

/// A profile in ctopath's own terms: an imported JSON Resume with ctopath's own
/// data added on top, the way a real profile comes to be.
pub fn profile() -> BoxedStrategy<Profile> {
    let own = (
        prop::option::of(goal()),
        prop::collection::vec(position_facts(), 4),
        any::<bool>(),
        prop::collection::vec(rating(), 0..3),
        prop::option::of(prop::collection::vec(achievement(), 0..3)),
        prop::collection::vec(tour(), 0..2),
        prop::collection::vec((small_id(), any::<bool>()), 0..3),
    );
    let header = (prop::option::of(text()), 1u32..3, prop::option::of(text()));
    (json_resume(), own, header)
        .prop_map(|(doc, own, (schema, version, location))| {
            let (goal, facts, explicit_ids, ratings, achievements, tours, signals) = own;
            let mut p = from_json_resume(&doc).expect("generated documents follow the schema");
            p.schema = schema;
            p.ctopath = version;
            if location.is_some() {
                p.person.get_or_insert_default().location = location;
            }
            p.goal = goal;
            for (i, (position, facts)) in p.positions.iter_mut().zip(facts).enumerate() {
                let id = if explicit_ids {
                    format!("job-{i}")
                } else {
                    position.id.clone()
                };
                *position = Position {
                    id,
                    title: position.title.take(),
                    organisation: position.organisation.take(),
                    start: position.start,
                    end: position.end,
                    highlights: position.highlights.take(),
                    summary: position.summary.take(),
                    location: position.location.take(),
                    url: position.url.take(),
                    description: position.description.take(),
                    extra: std::mem::take(&mut position.extra),
                    ..facts
                };
            }
            p.ratings = ratings;
            if let Some(mut list) = achievements {
                // Loading fills missing achievement ids; a profile in memory has them.
                for (i, a) in list.iter_mut().enumerate() {
                    if a.id.is_empty() {
                        a.id = format!("win-{i}");
                    }
                }
                p.achievements = list;
            }
            p.tours = tours;
            p.signals = signals.into_iter().collect::<IndexMap<_, _>>();
            // An empty `meta: {}` next to ctopath's data exports as a `meta` holding
            // only `ctopath`, which reads back as no meta at all: the one profile
            // difference a round trip cannot see, so it is left out here.
            if p.resume.meta.as_ref().is_some_and(|m| m.is_empty()) {
                p.resume.meta = None;
            }
            p
        })
        .boxed()
}
