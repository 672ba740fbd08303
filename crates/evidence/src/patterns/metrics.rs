//! Measured change: before/after metrics and explicit hypergrowth.
//!
//! A before/after pair needs a unit ("from 45 to 7 minutes"); without one it is as
//! likely a year range or a head count as a metric.

use std::sync::LazyLock;

use super::Hit;
use super::gate::{Pattern, Text};
use crate::Fact;
use crate::numbers::{APPROX, currency_of, leading_amount, money, multiplier_after};

const UNIT: &str = r"(?:%|percent\b|pp\b|ms\b|milliseconds?\b|µs|μs|microseconds?\b|ns\b|s\b|secs?\b|seconds?\b|m\b|mins?\b|minutes?\b|h\b|hrs?\b|hours?\b|d\b|days?\b|weeks?\b|months?\b|x\b|×|kb\b|mb\b|gb\b|tb\b|pb\b|qps\b|rps\b|rpm\b|tps\b|req/s|requests?\s+per\s+second\b|deploys?\b|deployments?\b|releases?\b|incidents?\b|bugs?\b|defects?\b|tickets?\b|alerts?\b|pages\b|outages?\b|builds?\b|tests?\b|services?\b|microservices?\b|repos?\b|repositories\b|users?\b|customers?\b|clusters?\b|servers?\b|nodes?\b|vms?\b)(?:\s*(?:per|/|a|an|each)\s*(?:day|week|month|quarter|year|sprint|release|hour|minute|second|deploy|request)\b)?";

struct Patterns {
    before_after: Pattern,
    hyper: Pattern,
}

static RE: LazyLock<Patterns> = LazyLock::new(|| {
    let money = money();
    let value = |name: &str| {
        format!(
            r"(?P<{name}>{money}|\b[0-9]+(?:[.,][0-9]+)*(?:\s?(?:thousand|million|billion|bn|k)\b)?(?:\s?{UNIT})?)"
        )
    };
    Patterns {
        before_after: Pattern::new(
            "metrics.before_after",
            &format!(
                r"(?:\b(?P<from>from)\s+)?{APPROX}{}\s*(?P<sep>to|→|->|⟶|=>|⇒|–|—)\s*(?:(?:under|below|less\s+than|just|only|over|above|more\s+than|about|around|~)\s*)?{}",
                value("a"),
                value("b")
            ),
        ),
        hyper: Pattern::new(
            "metrics.hyper",
            r"\bhyper[-\s]?growth\b|\b(?:fast|rapidly|quickly)[-\s]growing\b|\bhigh[-\s]growth\b|\bgrowing\s+(?:very\s+)?(?:fast|rapidly|quickly)\b|\b(?:tripled|tripling|quadrupled|quadrupling|quintupled|tenfold|10x'?d|10x-ed)\s+(?:(?:the|our|its|my|in)\s+)?(?:[a-z-]+\s+)?(?:headcount|team|teams|org|organi[sz]ation|engineering|company|revenue|arr|customers|users|size|employees|staff|business)\b|\b(?:grew|grow|grows|growing|scaled|scaling|expanded)\s+(?:(?:the|our|its|my)\s+)?(?:[a-z-]+\s+){0,2}?(?P<x>[0-9]+(?:\.[0-9]+)?)\s*(?:x\b|×)\s*(?:(?:in|within|over|during)\s+(?P<per>a|one|1|under\s+a|less\s+than\s+a|a\s+single|twelve|12|eighteen|18)\s+(?:years?|yrs?|months)\b|(?:year[-\s]over[-\s]year|year[-\s]on[-\s]year|yoy)\b)",
        ),
    }
});

/// Time and data units convert to a common one; other units must agree.
fn unit_scale(unit: &str) -> Option<(&'static str, f64)> {
    Some(match unit {
        "ns" => ("time", 1e-9),
        "µs" => ("time", 1e-6),
        "ms" => ("time", 1e-3),
        "s" => ("time", 1.0),
        "min" => ("time", 60.0),
        "h" => ("time", 3600.0),
        "days" => ("time", 86_400.0),
        "weeks" => ("time", 604_800.0),
        "months" => ("time", 2_629_800.0),
        "KB" => ("data", 1e3),
        "MB" => ("data", 1e6),
        "GB" => ("data", 1e9),
        "TB" => ("data", 1e12),
        "PB" => ("data", 1e15),
        _ => return None,
    })
}

fn canonical_unit(raw: &str) -> String {
    let lower = raw
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    let unit = match lower.as_str() {
        "ms" | "millisecond" | "milliseconds" => "ms",
        // The micro sign and the Greek letter mu look alike; both are written.
        "µs" | "μs" | "us" | "microsecond" | "microseconds" => "µs",
        "s" | "sec" | "secs" | "second" | "seconds" => "s",
        "m" | "min" | "mins" | "minute" | "minutes" => "min",
        "h" | "hr" | "hrs" | "hour" | "hours" => "h",
        "d" | "day" | "days" => "days",
        "week" | "weeks" => "weeks",
        "month" | "months" => "months",
        "%" | "percent" => "%",
        "×" | "x" => "x",
        "kb" | "mb" | "gb" | "tb" | "pb" => return lower.to_uppercase(),
        other => other,
    };
    unit.to_string()
}

/// One side of a before/after pair: amount in units, unit, whether a multiplier was written.
struct Side {
    amount: f64,
    unit: Option<String>,
    multiplied: Option<f64>,
}

fn side(span: &str) -> Option<Side> {
    let currency = currency_of(span);
    let (raw, end) = leading_amount(span)?;
    let tail = &span[end..];
    // Without a currency a bare "m" is minutes ("45m → 7m"), never millions.
    let word: String = tail
        .trim_start()
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .collect();
    // A capital "M" ("10k to 2M users") is millions even without a currency.
    let spelled = word == "M"
        || matches!(
            word.to_lowercase().as_str(),
            "k" | "thousand" | "million" | "billion" | "bn"
        );
    let mult = multiplier_after(tail).filter(|_| currency.is_some() || spelled);
    let unit = match currency {
        Some(code) => Some(code.to_string()),
        None => {
            let rest = tail.trim_start();
            let rest = match mult {
                Some(_) => rest
                    .trim_start_matches(|c: char| c.is_ascii_alphabetic())
                    .trim_start(),
                None => rest,
            };
            (!rest.is_empty()).then(|| canonical_unit(rest))
        }
    };
    Some(Side {
        amount: raw * mult.unwrap_or(1.0),
        unit,
        multiplied: mult,
    })
}

fn metric_change(a: &str, b: &str) -> Option<Fact> {
    let (mut a, b) = (side(a)?, side(b)?);
    // "from 2 to 5 million users": the multiplier usually covers both numbers; take
    // whichever reading puts the two sides closer together.
    let ratio = |x: f64| (x / b.amount).ln().abs();
    if a.multiplied.is_none()
        && let Some(m) = b.multiplied
        && ratio(a.amount * m) < ratio(a.amount)
    {
        a.amount *= m;
    }
    let (before, after, unit) = match (a.unit, b.unit) {
        (None, None) => return None,
        (Some(u), None) | (None, Some(u)) => (a.amount, b.amount, u),
        (Some(ua), Some(ub)) if ua == ub => (a.amount, b.amount, ua),
        (Some(ua), Some(ub)) => {
            let ((fa, sa), (fb, sb)) = (unit_scale(&ua)?, unit_scale(&ub)?);
            if fa != fb {
                return None;
            }
            // Report in the smaller unit, so "2 hours to 15 minutes" is 120 → 15 min.
            let (unit, scale) = if sa <= sb { (ua, sa) } else { (ub, sb) };
            (a.amount * sa / scale, b.amount * sb / scale, unit)
        }
    };
    let sane = |x: f64| x.is_finite() && x >= 0.0;
    (sane(before) && sane(after) && before != after).then_some(Fact::MetricChange {
        before,
        after,
        unit,
    })
}

pub(super) fn scan(t: Text<'_>, out: &mut Vec<Hit>) {
    let re = &*RE;
    for caps in re.before_after.captures_iter(t) {
        let m = caps.get(0).expect("group 0");
        let arrow = !matches!(caps["sep"].to_lowercase().as_str(), "to" | "–" | "—");
        // "10–15 engineers" and "2019 to 2021" are ranges; only "from" or an arrow
        // makes a before and an after.
        if caps.name("from").is_none() && !arrow {
            continue;
        }
        if let Some(fact) = metric_change(&caps["a"], &caps["b"]) {
            out.push(Hit::new(m, fact));
        }
    }

    for caps in re.hyper.captures_iter(t) {
        let m = caps.get(0).expect("group 0");
        if let Some(x) = caps.name("x") {
            let factor: f64 = x.as_str().parse().unwrap_or(0.0);
            let per = caps.name("per").map(|p| p.as_str().to_lowercase());
            let needed = if matches!(per.as_deref(), Some("eighteen" | "18")) {
                2.5
            } else {
                2.0
            };
            if factor < needed {
                continue;
            }
        }
        out.push(Hit::new(m, Fact::Hypergrowth));
    }
}
