//! How long the road is: a Monte Carlo model of the stages still ahead.
//!
//! Each stage lasts a triangular (min, mode, max) number of years from the framework's
//! timeline. The stage the person is in is sampled given the time already spent in it,
//! and never ends before the person has climbed the levels of it still above them.
//! A per-run pace factor, log-normal, is calibrated so that a whole career from the
//! first stage reproduces the framework's ranges: typical, high-growth startup joined
//! early, or enterprise, as P10–P90. Accelerators and decelerators the profile shows
//! multiply the result. The same seed gives the same forecast.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use ctopath_framework::TimelineFactor;

use crate::calibration::{Calibration, Pace};
use crate::career::{Career, covered_years};
use crate::model::{
    FactorUse, Forecast, PatternResult, Quantiles, Severity, SignalResult, SignalStatus,
    StageForecast,
};
use crate::rng::Rng;
use crate::{Engine, Options, round1};

pub const DEFAULT_RUNS: u32 = 10_000;
pub const DEFAULT_SEED: u64 = 2026;
/// The product of all factors stays within these bounds.
const MULTIPLIER_RANGE: (f64, f64) = (0.5, 2.0);
/// Stage that marks arrival at VP Engineering.
const VP_STAGE: &str = "vp_engineering";

/// What a simulation depends on. The multiplier is not part of it: it scales every
/// sampled duration alike, so it scales the quantiles too and is applied afterwards.
/// Time already spent is credited only up to the stage's minimum, so it is clamped
/// there before it becomes part of the key. Both keep the number of distinct
/// simulations in a large batch to a few hundred at most.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Key {
    first_stage: usize,
    spent_tenths: u32,
    /// Levels of the current stage above the person's, and the stage's levels.
    levels_above: (u8, u8),
    environment: u8,
    runs: u32,
    seed: u64,
}

/// Forecasts already computed: many people share a stage, time in stage and
/// environment, and the answer for one seed is the same for all of them.
#[derive(Default)]
pub struct Cache(RwLock<HashMap<Key, Arc<Simulated>>>);

/// Years to CTO, years to VP Engineering, and each stage ahead, unrounded and before
/// the multiplier.
type Simulated = (Quantiles, Quantiles, Vec<(String, Quantiles)>);

pub fn forecast(
    engine: &Engine<'_>,
    career: &Career<'_>,
    level: u32,
    patterns: &[PatternResult],
    signals: &[SignalResult],
    options: &Options,
) -> Forecast {
    let cal = &engine.calibration;
    let runs = options.runs.max(1);
    let zero = Quantiles {
        p10: 0.0,
        p50: 0.0,
        p90: 0.0,
    };
    let (environment, pace) = environment(career, cal);
    let factors = factors(engine, career, patterns, signals, environment);
    let stage = engine.stage_of(level);
    let stage_id = stage.map(|s| s.id.as_str());
    let first = stage_id.and_then(|id| cal.stages.iter().position(|(s, _)| s == id));
    // Zero years would read as "already there"; without a timeline they mean nothing.
    let unavailable = engine.framework.timeline.is_none().then(|| {
        format!(
            "the framework `{}` has no timeline model, so the years to VP Engineering and CTO \
             cannot be forecast",
            engine.framework.id
        )
    });
    let Some(first) = first.filter(|_| level < engine.max_level() && unavailable.is_none()) else {
        return Forecast {
            years_to_cto: zero,
            years_to_vp_engineering: zero,
            runs,
            seed: options.seed,
            environment: environment.to_string(),
            factors,
            stages: Vec::new(),
            unavailable,
        };
    };
    let multiplier = factors
        .iter()
        .filter(|f| f.applied)
        .map(|f| f.multiplier)
        .product::<f64>()
        .clamp(MULTIPLIER_RANGE.0, MULTIPLIER_RANGE.1);
    let in_stage: Vec<(f64, f64)> = career
        .positions
        .iter()
        .filter(|p| engine.stage_of(p.level()).map(|s| s.id.as_str()) == stage_id)
        .filter_map(|p| p.start.map(|s| (s, p.end)))
        .collect();
    let elapsed = covered_years(&in_stage, career.now) / multiplier;
    let spent = elapsed.min(cal.stages[first].1.min);
    let levels_above = stage.map_or((0, 1), |s| {
        let above = s
            .levels
            .iter()
            .filter_map(|id| engine.number_of(id))
            .filter(|&n| n > level)
            .count();
        (above.min(255) as u8, s.levels.len().clamp(1, 255) as u8)
    });
    let key = Key {
        first_stage: first,
        spent_tenths: (spent * 10.0).round() as u32,
        levels_above,
        environment: environment.as_bytes()[0],
        runs,
        seed: options.seed,
    };
    let cache = &engine.forecast_cache.0;
    let cached = cache.read().ok().and_then(|c| c.get(&key).cloned());
    let result = match cached {
        Some(r) => r,
        None => {
            let r = Arc::new(simulate(
                cal,
                first,
                f64::from(key.spent_tenths) / 10.0,
                f64::from(levels_above.0) / f64::from(levels_above.1),
                pace,
                runs,
                options.seed,
            ));
            if let Ok(mut c) = cache.write() {
                c.insert(key, r.clone());
            }
            r
        }
    };
    let scaled = |q: &Quantiles| Quantiles {
        p10: round1(q.p10 * multiplier),
        p50: round1(q.p50 * multiplier),
        p90: round1(q.p90 * multiplier),
    };
    let (cto, vp, stages) = &*result;
    Forecast {
        years_to_cto: scaled(cto),
        years_to_vp_engineering: scaled(vp),
        runs,
        seed: options.seed,
        environment: environment.to_string(),
        factors,
        stages: stages
            .iter()
            .map(|(stage, q)| StageForecast {
                stage: stage.clone(),
                years: scaled(q),
            })
            .collect(),
        unavailable: None,
    }
}

/// `above_share` is the part of the first stage's levels still above the person:
/// someone at the first of its three levels has two to climb before they can leave it,
/// however long they have been there, so at least two thirds of the stage lie ahead.
fn simulate(
    cal: &Calibration,
    first: usize,
    elapsed: f64,
    above_share: f64,
    pace: Pace,
    runs: u32,
    seed: u64,
) -> Simulated {
    let ahead = &cal.stages[first..];
    let vp_at = ahead.iter().position(|(id, _)| id == VP_STAGE);
    let n = runs as usize;
    let mut per_stage = vec![Vec::with_capacity(n); ahead.len()];
    let mut to_cto = Vec::with_capacity(n);
    let mut to_vp = Vec::with_capacity(n);
    let mut rng = Rng::new(seed);
    let (first_tri, spent) = (ahead[0].1, elapsed);
    // Only time up to the shortest stay in a stage earns credit: someone who has stayed
    // long has not shown they are about to leave it, so they keep what a person at that
    // point typically has left.
    let spent = spent.min(first_tri.min);
    let floor = first_tri.cdf(spent);
    for _ in 0..n {
        let pace = (pace.mu + pace.sigma * rng.normal()).exp();
        let (mut total, mut vp) = (0.0, 0.0);
        for (k, (_, tri)) in ahead.iter().enumerate() {
            let years = if k == 0 {
                let u = floor + rng.uniform() * (1.0 - floor);
                let stage = tri.quantile(u);
                (stage - spent).max(stage * above_share).max(0.0)
            } else {
                tri.quantile(rng.uniform())
            } * pace;
            per_stage[k].push(years);
            total += years;
            if vp_at.is_some_and(|v| k < v) {
                vp += years;
            }
        }
        to_cto.push(total);
        to_vp.push(vp);
    }
    let stages = ahead
        .iter()
        .zip(per_stage.iter())
        .map(|((id, _), xs)| (id.clone(), quantiles(xs)))
        .collect();
    (quantiles(&to_cto), quantiles(&to_vp), stages)
}

/// P10, P50 and P90 of the runs, each the run at its rank (rounded), as a full sort
/// would give. The median is selected first, so P10 and P90 are looked for in its
/// halves only; comparing the values' order-preserving integer keys instead of the
/// floats makes each comparison a single instruction. Together that is a third of
/// the work of three independent float selections.
fn quantiles(xs: &[f64]) -> Quantiles {
    if xs.is_empty() {
        return Quantiles {
            p10: 0.0,
            p50: 0.0,
            p90: 0.0,
        };
    }
    let mut keys: Vec<u64> = xs.iter().map(|&x| order_key(x)).collect();
    let last = (keys.len() - 1) as f64;
    let rank = |q: f64| (last * q).round() as usize;
    let (lo, mid, hi) = (rank(0.1), rank(0.5), rank(0.9));
    let (below, &mut p50, above) = keys.select_nth_unstable(mid);
    let p10 = if lo < mid {
        *below.select_nth_unstable(lo).1
    } else {
        p50
    };
    let p90 = if hi > mid {
        *above.select_nth_unstable(hi - mid - 1).1
    } else {
        p50
    };
    Quantiles {
        p10: from_order_key(p10),
        p50: from_order_key(p50),
        p90: from_order_key(p90),
    }
}

/// An integer that sorts as `f64::total_cmp` sorts the float.
fn order_key(x: f64) -> u64 {
    let bits = x.to_bits();
    if bits >> 63 == 1 {
        !bits
    } else {
        bits | 1 << 63
    }
}

fn from_order_key(key: u64) -> f64 {
    f64::from_bits(if key >> 63 == 1 {
        key & !(1 << 63)
    } else {
        !key
    })
}

/// Which calibration range applies: a high-growth startup or scale-up joined early, an
/// enterprise, or the typical road.
fn environment(career: &Career<'_>, cal: &Calibration) -> (&'static str, Pace) {
    let Some(main) = career.main_current() else {
        return ("typical", cal.typical);
    };
    let hyper = main
        .evidence
        .scope
        .hypergrowth
        .as_ref()
        .is_some_and(|h| h.value);
    let early = crate::fit::EARLY_SIZE;
    // Joined early: the company or its engineering was small when the person came, or
    // is small still.
    let small_now = main.org_engineers().is_some_and(|n| n <= early)
        || main.company_people().is_some_and(|(n, _)| n <= early);
    let joined_small = small_now || main.started_small(early);
    match main.org_stage() {
        Some("startup" | "scaleup") if hyper && joined_small => ("startup", cal.startup),
        Some("enterprise") => ("enterprise", cal.enterprise),
        _ => ("typical", cal.typical),
    }
}

fn factors(
    engine: &Engine<'_>,
    career: &Career<'_>,
    patterns: &[PatternResult],
    signals: &[SignalResult],
    environment: &str,
) -> Vec<FactorUse> {
    let Some(t) = &engine.framework.timeline else {
        return Vec::new();
    };
    // A low-severity finding is a question to ask, not a brake on the whole road.
    let flagged = |id: &str| {
        patterns
            .iter()
            .any(|p| p.id == id && p.severity >= Severity::Medium)
    };
    let signal = |id: &str| {
        signals
            .iter()
            .any(|s| s.id == id && s.status == SignalStatus::Present)
    };
    let decide =
        |f: &TimelineFactor| -> (bool, String) {
            match f.id.as_str() {
            "hypergrowth" if environment == "startup" => (
                false,
                "already counted: the high-growth startup range applies".into(),
            ),
            "hypergrowth" => match career.positions.iter().find(|p| {
                p.evidence
                    .scope
                    .hypergrowth
                    .as_ref()
                    .is_some_and(|h| h.value)
            }) {
                Some(p) => (true, format!("hypergrowth as {}", p.label())),
                None => (false, "no hypergrowth in the record".into()),
            },
            "early_cross_functional" => {
                let half = career
                    .chronological()
                    .first()
                    .and_then(|p| p.start)
                    .map(|s| s + career.years_experience / 2.0);
                let early = career.positions.iter().find(|p| {
                    p.evidence
                        .scope
                        .cross_functional
                        .as_ref()
                        .is_some_and(|c| c.value)
                        && p.start.zip(half).is_some_and(|(s, h)| s <= h)
                });
                match early {
                    Some(p) => (
                        true,
                        format!("cross-functional work early on, as {}", p.label()),
                    ),
                    None => (
                        false,
                        "no cross-functional work in the first half of the career".into(),
                    ),
                }
            }
            "business_acumen" if signal("names_business_metrics") => {
                (true, "the record names business metrics".into())
            }
            "business_acumen" => (false, "no business metrics named in the record".into()),
            "long_pure_technical" if flagged("ic_too_long") => {
                (true, "many years in purely technical roles".into())
            }
            "long_pure_technical" => (
                false,
                "leadership exposure or too few IC years to matter".into(),
            ),
            "avoids_management" if flagged("avoiding_people_decisions") => {
                (true, "management roles without people decisions".into())
            }
            "avoids_management" if patterns.iter().any(|p| p.id == "avoiding_people_decisions") => (
                false,
                "few descriptions mention people decisions: a question to answer, not a brake"
                    .into(),
            ),
            "avoids_management" => (false, "no sign of avoiding management".into()),
            "tech_not_differentiator" => tech_not_differentiator(engine, career),
            _ => (
                false,
                "not something a profile shows; consider it yourself".into(),
            ),
        }
        };
    t.accelerators
        .iter()
        .chain(&t.decelerators)
        .map(|f| {
            let (applied, why) = decide(f);
            FactorUse {
                id: f.id.clone(),
                multiplier: f.multiplier,
                applied,
                why,
            }
        })
        .collect()
}

/// Whether the organisation the person works at now (or last did) runs technology as a
/// support function rather than as what sets it apart. The person's own answer on the
/// position wins; otherwise its description or summary must say so in words from the
/// framework's `tech_not_differentiator` vocabulary. Highlights do not count: "rebuilt
/// the back office" says what was built, not what the company is.
fn tech_not_differentiator(engine: &Engine<'_>, career: &Career<'_>) -> (bool, String) {
    let Some(pos) = career
        .main_current()
        .or_else(|| career.chronological().last().copied())
    else {
        return (false, "no position to judge".into());
    };
    let at = pos.label();
    match pos.position.tech_differentiator {
        Some(false) => {
            return (
                true,
                format!("you say technology does not set the organisation apart ({at})"),
            );
        }
        Some(true) => {
            return (
                false,
                format!("you say technology sets the organisation apart ({at})"),
            );
        }
        None => {}
    }
    let hit = engine.vocab("tech_not_differentiator").and_then(|list| {
        career.hits_in(list, pos.index).find(|h| {
            let t = career.text(h);
            t.source.ends_with(".description") || t.source.ends_with(".summary")
        })
    });
    match hit {
        Some(h) => (
            true,
            format!(
                "\"{}\" in {}: technology supports the business there rather than setting it apart",
                h.phrase,
                career.text(h).source
            ),
        ),
        None => (
            false,
            format!("nothing says technology is only a support function ({at})"),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantiles_are_the_runs_at_their_ranks() {
        let mut rng = Rng::new(3);
        for n in [1usize, 2, 3, 10, 11, 57, 1000] {
            let xs: Vec<f64> = (0..n)
                .map(|i| match i % 7 {
                    0 => 2.5,
                    1 => -rng.uniform(),
                    2 => 0.0,
                    _ => rng.uniform() * 20.0,
                })
                .collect();
            let mut sorted = xs.clone();
            sorted.sort_by(f64::total_cmp);
            let at = |q: f64| sorted[((n - 1) as f64 * q).round() as usize];
            let got = quantiles(&xs);
            assert_eq!(
                (got.p10, got.p50, got.p90),
                (at(0.1), at(0.5), at(0.9)),
                "{n} runs"
            );
        }
        for x in [0.0, -0.0, 1.5, -7.25, f64::MAX, f64::MIN_POSITIVE] {
            assert_eq!(from_order_key(order_key(x)).to_bits(), x.to_bits());
        }
    }
}
