//! The wording every output of the report shares: numbers, dates, ranges and the
//! sentences that sum a section up, so HTML, Markdown and PDF say the same thing.

use ctopath_engine::{Quantiles, Severity, SignalStatus};
use ctopath_profile::{Metric, PartialDate};

use super::Report;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `0.562` → `56%`.
pub fn percent(x: f64) -> String {
    format!("{:.0}%", (x * 100.0).clamp(0.0, 100.0))
}

/// `1 March 2026`, `March 2026` or `2026`, as precise as the date is.
pub fn long_date(d: &PartialDate) -> String {
    let Some(m) = d.month() else {
        return d.year().to_string();
    };
    let month = MONTHS[usize::from(m.clamp(1, 12)) - 1];
    match d.day() {
        Some(day) => format!("{day} {month} {}", d.year()),
        None => format!("{month} {}", d.year()),
    }
}

/// `Mar 2026` or `2026`: short enough for chart labels and table cells.
pub fn short_date(d: &PartialDate) -> String {
    match d.month() {
        Some(m) => format!(
            "{} {}",
            &MONTHS[usize::from(m.clamp(1, 12)) - 1][..3],
            d.year()
        ),
        None => d.year().to_string(),
    }
}

/// `Feb 2021 – now`, `2015 – Apr 2019`.
pub fn period(start: Option<&PartialDate>, end: Option<&PartialDate>) -> String {
    let from = start.map_or_else(|| "?".to_string(), short_date);
    let to = end.map_or_else(|| "now".to_string(), short_date);
    format!("{from} – {to}")
}

/// True when the forecast says the role is already reached.
pub fn reached(q: &Quantiles) -> bool {
    q.p90 <= 0.0
}

/// `2.0 years`, the median.
pub fn median_years(q: &Quantiles) -> String {
    if reached(q) {
        "reached".to_string()
    } else {
        format!("{:.1} years", q.p50)
    }
}

/// `1.3–3.0 years`: the P10–P90 range.
pub fn range_years(q: &Quantiles) -> String {
    if reached(q) {
        "already there".to_string()
    } else {
        format!("{:.1}–{:.1} years", q.p10, q.p90)
    }
}

/// The calendar years the range falls in: `2027–2029`.
pub fn range_calendar(q: &Quantiles, as_of: &PartialDate) -> String {
    let now = as_of.as_fractional_year();
    let (a, b) = ((now + q.p10).floor(), (now + q.p90).floor());
    if a == b {
        format!("{a:.0}")
    } else {
        format!("{a:.0}–{b:.0}")
    }
}

/// A number as people write it: no trailing `.0`, thousands kept plain.
fn number(x: f64) -> String {
    if x.fract().abs() < 1e-9 {
        format!("{x:.0}")
    } else {
        let s = format!("{x:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

fn with_unit(x: f64, unit: Option<&str>) -> String {
    match unit.map(str::trim).filter(|u| !u.is_empty()) {
        Some("%") => format!("{}%", number(x)),
        Some(u) => format!("{} {u}", number(x)),
        None => number(x),
    }
}

/// `35 → 140 engineers`.
pub fn metric_change(m: &Metric) -> String {
    let unit = m.unit.as_deref();
    format!(
        "{} → {}",
        with_unit(m.before, unit.filter(|u| u.trim() == "%")),
        with_unit(m.after, unit)
    )
}

/// `+300%` when the metric has a base to compare with.
pub fn metric_delta(m: &Metric) -> Option<String> {
    if m.unit.as_deref().map(str::trim) == Some("%") {
        let points = m.after - m.before;
        let sign = if points >= 0.0 { "+" } else { "−" };
        return Some(format!("{sign}{} pts", number(points.abs())));
    }
    m.relative_change().map(|r| {
        format!(
            "{}{:.0}%",
            if r >= 0.0 { "+" } else { "−" },
            r.abs() * 100.0
        )
    })
}

pub fn severity(s: Severity) -> &'static str {
    match s {
        Severity::High => "High",
        Severity::Medium => "Medium",
        Severity::Low => "Low",
    }
}

pub fn signal(s: SignalStatus) -> &'static str {
    match s {
        SignalStatus::Present => "Present",
        SignalStatus::Absent => "Absent",
        SignalStatus::Unknown => "Not known",
    }
}

/// `met` → `Met`, `in_progress` → `In progress`.
pub fn status(id: &str) -> String {
    let plain = id.replace('_', " ");
    let mut chars = plain.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => plain,
    }
}

/// Who the report is for.
pub fn who(r: &Report) -> String {
    r.name
        .clone()
        .unwrap_or_else(|| "Your career report".to_string())
}

/// `L7 Director of Engineering · as of 1 March 2026`.
pub fn subtitle(r: &Report) -> String {
    let a = &r.assessment;
    format!(
        "{} {} · as of {}",
        a.level.id,
        a.level.title,
        long_date(&r.as_of)
    )
}

/// The next level as "L8 VP of Engineering", or `None` at the top of the ladder.
pub fn next_level(r: &Report) -> Option<String> {
    r.assessment
        .readiness
        .next_level_id
        .as_deref()
        .map(|id| r.names.level(id))
}

/// One sentence on where the person stands.
pub fn standing(r: &Report) -> String {
    let a = &r.assessment;
    let mut tour = r.names.tour(&a.tour).to_lowercase();
    if !tour.ends_with("tour") {
        tour.push_str(" tour");
    }
    format!(
        "The record reads as {} ({}) on the {} route: a {} in the {} stage, after {:.1} years of work, {:.1} of them leading people. Confidence in this reading: {}.",
        a.level.id,
        a.level.title,
        r.names.route(&a.route).to_lowercase(),
        tour,
        r.names.stage(&a.stage),
        a.years_experience,
        a.leadership_years,
        percent(a.level.confidence),
    )
}

/// One sentence on readiness.
pub fn readiness(r: &Report) -> String {
    let a = &r.assessment;
    match next_level(r) {
        Some(next) => format!(
            "Readiness is {} for {next} and {} for CTO.",
            percent(a.readiness.next_level),
            percent(a.readiness.cto)
        ),
        None => format!(
            "You are at the top of the ladder; readiness for CTO is {}.",
            percent(a.readiness.cto)
        ),
    }
}

/// One sentence on the forecast.
pub fn forecast(r: &Report) -> String {
    let f = &r.assessment.forecast;
    if let Some(why) = &f.unavailable {
        return format!("No forecast: {why}.");
    }
    if reached(&f.years_to_cto) {
        return "The forecast has you at CTO level already.".to_string();
    }
    format!(
        "At the pace your record shows, CTO is most likely {} away ({} in eight runs out of ten, so between {}). VP Engineering: {}.",
        median_years(&f.years_to_cto),
        range_years(&f.years_to_cto),
        range_calendar(&f.years_to_cto, &r.as_of),
        if reached(&f.years_to_vp_engineering) {
            "reached".to_string()
        } else {
            format!(
                "{} ({})",
                median_years(&f.years_to_vp_engineering),
                range_years(&f.years_to_vp_engineering)
            )
        },
    )
}

/// How the forecast was made, for the curious and the sceptical.
pub fn forecast_method(r: &Report) -> String {
    let f = &r.assessment.forecast;
    format!(
        "{} simulated careers (seed {}) on the {} calibration of the framework's timeline. The range runs from the 10th to the 90th percentile.",
        f.runs, f.seed, f.environment
    )
}

/// What to say when no stall pattern was flagged. A framework that defines none (an
/// imported ladder, say) has looked for nothing, and a clean bill would mislead.
pub fn no_patterns(a: &ctopath_engine::Assessment) -> &'static str {
    if a.patterns_checked == 0 {
        NO_PATTERNS_DEFINED
    } else {
        NO_PATTERNS
    }
}

const NO_PATTERNS: &str = "No stall pattern shows in the record. Keep it that way: the patterns below the surface are easier to avoid than to undo.";

pub const NO_PATTERNS_DEFINED: &str = "This framework defines no stall patterns, so none was looked for. A clean record here says nothing either way.";

pub const NO_HIGHLIGHTS: &str = "No achievements are recorded yet. Add your outcomes with a before and after number (`ctopath achievement add`); they are the strongest evidence a report can show.";

pub const CHARTS_ELSEWHERE: &str = "The HTML and PDF versions of this report draw these figures as charts: the competency radar, the career timeline, the readiness gauges and progress over time.";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_as_precise_as_they_were_written() {
        let d = |s| PartialDate::parse(s).unwrap();
        assert_eq!(long_date(&d("2026-03-01")), "1 March 2026");
        assert_eq!(long_date(&d("2026-03")), "March 2026");
        assert_eq!(short_date(&d("2015")), "2015");
        assert_eq!(period(Some(&d("2021-02")), None), "Feb 2021 – now");
    }

    #[test]
    fn metrics_read_as_a_change() {
        let m = Metric {
            name: "engineers".into(),
            before: 35.0,
            after: 140.0,
            unit: Some("engineers".into()),
        };
        assert_eq!(metric_change(&m), "35 → 140 engineers");
        assert_eq!(metric_delta(&m).unwrap(), "+300%");
        let share = Metric {
            name: "share".into(),
            before: 0.0,
            after: 22.0,
            unit: Some("%".into()),
        };
        assert_eq!(metric_change(&share), "0% → 22%");
        assert_eq!(metric_delta(&share).unwrap(), "+22 pts");
        let down = Metric {
            name: "latency".into(),
            before: 800.0,
            after: 200.0,
            unit: Some("ms".into()),
        };
        assert_eq!(metric_delta(&down).unwrap(), "−75%");
    }
}
