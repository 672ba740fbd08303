//! The engine's conclusions and the profile, turned into the chart inputs of
//! ctopath-charts: the competency radar, readiness gauges, the career timeline and
//! progress over time.

use ctopath_charts::{
    Forecast, Gauge, Position, Progress, Radar, RadarSeries, SeriesStyle, Snapshot, Timeline,
    TimelineTour, TourKind, TourStatus,
};
use ctopath_engine::Assessment;
use ctopath_evidence::TitleIndex;
use ctopath_framework::Framework;
use ctopath_profile::{PartialDate, Profile, TourStatus as ProfileTourStatus};
use ctopath_store::Snapshot as StoredSnapshot;

/// Current, expected-at-this-level and next-level target, one spoke per competency.
pub fn radar(a: &Assessment) -> String {
    let level = |n: u32| (n > 0).then_some(f64::from(n));
    let series =
        |label: &str, style, pick: fn(&ctopath_engine::CompetencyResult) -> u32| RadarSeries {
            label: label.to_string(),
            values: a.competencies.iter().map(|c| level(pick(c))).collect(),
            style,
        };
    let next = a.readiness.next_level_id.as_deref().unwrap_or("the top");
    ctopath_charts::radar(&Radar {
        title: "Competency radar".into(),
        axes: a.competencies.iter().map(|c| c.name.clone()).collect(),
        series: vec![
            series("Current", SeriesStyle::Current, |c| c.current),
            series(
                &format!("Expected at {}", a.level.id),
                SeriesStyle::Expected,
                |c| c.expected,
            ),
            series(&format!("Target for {next}"), SeriesStyle::Target, |c| {
                c.target
            }),
        ],
    })
}

pub fn gauge(label: &str, value: Option<f64>) -> String {
    ctopath_charts::gauge(&Gauge {
        label: label.to_string(),
        value,
    })
}

/// Positions coloured by the tour type their title reads as, the tours of duty, and
/// the P10–P90 forecast band to CTO.
pub fn timeline(profile: &Profile, a: &Assessment, fw: &Framework, today: PartialDate) -> String {
    let now = today.as_fractional_year();
    let titles = fw
        .title_lexicon
        .as_ref()
        .map(|lexicon| TitleIndex::new(lexicon, &fw.levels));
    let positions = profile
        .positions
        .iter()
        .filter_map(|p| {
            let start = p.start?.as_fractional_year();
            Some(Position {
                title: p
                    .title
                    .clone()
                    .unwrap_or_else(|| "Untitled position".into()),
                organisation: p.organisation.clone().unwrap_or_default(),
                start,
                end: p.end.map(|e| e.as_fractional_year()),
                tour: p.title.as_deref().map_or(TourKind::Unknown, |t| {
                    tour_of_title(t, p.organisation.as_deref(), titles.as_ref(), fw)
                }),
            })
        })
        .collect();
    let tours = profile
        .tours
        .iter()
        .filter_map(|t| {
            let start = t.start?.as_fractional_year();
            let end = match t.finished {
                Some(f) => f.as_fractional_year(),
                None => start + f64::from(t.horizon_months.unwrap_or(12)) / 12.0,
            };
            Some(TimelineTour {
                label: t.name().to_string(),
                kind: t.tour.as_deref().map_or(TourKind::Unknown, tour_kind),
                status: match t.status {
                    ProfileTourStatus::Proposed => TourStatus::Proposed,
                    ProfileTourStatus::Active => TourStatus::Active,
                    ProfileTourStatus::Completed => TourStatus::Completed,
                    ProfileTourStatus::Abandoned => TourStatus::Abandoned,
                },
                start,
                end: end.max(start),
            })
        })
        .collect();
    let q = a.forecast.years_to_cto;
    ctopath_charts::timeline(&Timeline {
        title: "Career timeline".into(),
        today: now,
        positions,
        tours,
        forecast: (q.p90 > 0.0).then_some(Forecast {
            p10: q.p10,
            p50: q.p50,
            p90: q.p90,
        }),
    })
}

/// Level and readiness for CTO at each recorded snapshot.
pub fn progress(snapshots: &[StoredSnapshot]) -> String {
    let points = snapshots
        .iter()
        .filter_map(|s| {
            let date = s.created_at.get(..10)?;
            let at = PartialDate::parse(date).ok()?.as_fractional_year();
            Some(Snapshot {
                label: date.to_string(),
                at,
                level: s
                    .level
                    .as_deref()
                    .and_then(|l| l.trim_start_matches('L').parse::<f64>().ok()),
                readiness: s.readiness_cto,
            })
        })
        .collect();
    ctopath_charts::progress(&Progress {
        title: "Progress over time".into(),
        readiness_label: "Readiness for CTO".into(),
        snapshots: points,
    })
}

fn tour_of_title(
    title: &str,
    organisation: Option<&str>,
    titles: Option<&TitleIndex<'_>>,
    fw: &Framework,
) -> TourKind {
    let Some(titles) = titles else {
        return TourKind::Unknown;
    };
    titles
        .match_title_at(title, organisation)
        .and_then(|m| fw.levels.iter().find(|l| l.id == m.level))
        .map_or(TourKind::Unknown, |l| tour_kind(&l.tour))
}

fn tour_kind(id: &str) -> TourKind {
    match id {
        "rotational" => TourKind::Rotational,
        "transformational" => TourKind::Transformational,
        "foundational" => TourKind::Foundational,
        _ => TourKind::Unknown,
    }
}
