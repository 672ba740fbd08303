//! The report's charts, drawn once and shared by the HTML page and the PDF.

use ctopath_charts::{
    Forecast, Gauge, Position, Progress, Radar, RadarSeries, SeriesStyle, Snapshot, Timeline,
    TimelineTour, TourStatus as ChartTourStatus, gauge, progress, radar, timeline,
};
use ctopath_profile::TourStatus;

use super::Report;
use super::words::{self, short_date};

/// One chart: the file name it travels under in the PDF, its title and the SVG.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    pub file: &'static str,
    pub title: String,
    /// The chart's text alternative (the SVG's `<desc>`), in plain text.
    pub description: String,
    pub svg: String,
}

impl Chart {
    fn new(file: &'static str, title: String, svg: String) -> Chart {
        let description = desc_of(&svg);
        Chart {
            file,
            title,
            description,
            svg,
        }
    }
}

/// Every chart in the report.
#[derive(Debug, Clone, PartialEq)]
pub struct Charts {
    pub radar: Chart,
    pub timeline: Chart,
    /// Absent at the top of the ladder, where there is no next level.
    pub readiness_next: Option<Chart>,
    pub readiness_cto: Chart,
    pub progress: Chart,
}

impl Charts {
    pub fn build(r: &Report) -> Charts {
        let a = &r.assessment;
        let next = words::next_level(r);
        let radar_title = match &next {
            Some(n) => format!(
                "Competencies: now, expected at {}, needed for {n}",
                a.level.id
            ),
            None => format!("Competencies: now and expected at {}", a.level.id),
        };
        let readiness_next = next.as_ref().map(|n| {
            let title = format!("Readiness for {n}");
            let svg = gauge(&Gauge {
                label: title.clone(),
                value: Some(a.readiness.next_level),
            });
            Chart::new("readiness-next.svg", title, svg)
        });
        let cto_title = "Readiness for CTO".to_string();
        let readiness_cto = Chart::new(
            "readiness-cto.svg",
            cto_title.clone(),
            gauge(&Gauge {
                label: cto_title,
                value: Some(a.readiness.cto),
            }),
        );
        let radar_svg = radar(&radar_input(r, radar_title.clone(), next.is_some()));
        let timeline_title = "Career timeline and the road to CTO".to_string();
        let timeline_svg = timeline(&timeline_input(r, timeline_title.clone()));
        let progress_title = "Level and readiness for CTO over time".to_string();
        let progress_svg = progress(&Progress {
            title: progress_title.clone(),
            readiness_label: "Readiness for CTO".into(),
            snapshots: r
                .progress
                .iter()
                .map(|p| Snapshot {
                    label: short_date(&p.date),
                    at: p.date.as_fractional_year(),
                    level: p.level.map(f64::from),
                    readiness: p.readiness_cto,
                })
                .collect(),
        });
        Charts {
            radar: Chart::new("radar.svg", radar_title, radar_svg),
            timeline: Chart::new("timeline.svg", timeline_title, timeline_svg),
            readiness_next,
            readiness_cto,
            progress: Chart::new("progress.svg", progress_title, progress_svg),
        }
    }

    /// Every chart, in the order the report shows them.
    pub fn all(&self) -> Vec<&Chart> {
        let mut out = vec![&self.radar, &self.timeline];
        out.extend(self.readiness_next.as_ref());
        out.push(&self.readiness_cto);
        out.push(&self.progress);
        out
    }
}

fn radar_input(r: &Report, title: String, with_target: bool) -> Radar {
    let cs = &r.assessment.competencies;
    let values = |f: fn(&ctopath_engine::CompetencyResult) -> u32| -> Vec<Option<f64>> {
        // 0 means "no sign yet": drawn at the centre, not left out, because the
        // assessment did look and found nothing.
        cs.iter().map(|c| Some(f64::from(f(c)))).collect()
    };
    let mut series = vec![
        RadarSeries {
            label: "Now".into(),
            values: values(|c| c.current),
            style: SeriesStyle::Current,
        },
        RadarSeries {
            label: format!("Expected at {}", r.assessment.level.id),
            values: values(|c| c.expected),
            style: SeriesStyle::Expected,
        },
    ];
    if with_target && let Some(next) = &r.assessment.readiness.next_level_id {
        series.push(RadarSeries {
            label: format!("Needed for {next}"),
            values: values(|c| c.target),
            style: SeriesStyle::Target,
        });
    }
    Radar {
        title,
        axes: cs.iter().map(|c| c.name.clone()).collect(),
        series,
    }
}

fn timeline_input(r: &Report, title: String) -> Timeline {
    let today = r.as_of.as_fractional_year();
    let f = &r.assessment.forecast.years_to_cto;
    Timeline {
        title,
        today,
        positions: r
            .positions
            .iter()
            .filter_map(|p| {
                Some(Position {
                    title: p.title.clone(),
                    organisation: p.organisation.clone(),
                    start: p.start?.as_fractional_year(),
                    end: p.end.map(|e| e.as_fractional_year()),
                    tour: p.tour,
                })
            })
            .collect(),
        tours: r
            .tours
            .iter()
            .filter_map(|t| {
                let start = t.start?.as_fractional_year();
                // An open tour without a horizon runs to today on the chart.
                let end = t.end.map_or(today.max(start), |e| e.as_fractional_year());
                Some(TimelineTour {
                    label: t.name.clone(),
                    kind: t.kind,
                    status: match t.status {
                        TourStatus::Active => ChartTourStatus::Active,
                        TourStatus::Completed => ChartTourStatus::Completed,
                        TourStatus::Abandoned => ChartTourStatus::Abandoned,
                        TourStatus::Proposed => ChartTourStatus::Proposed,
                    },
                    start,
                    end,
                })
            })
            .collect(),
        forecast: (!words::reached(f)).then_some(Forecast {
            p10: f.p10,
            p50: f.p50,
            p90: f.p90,
        }),
    }
}

/// The text of an SVG's `<desc>`, unescaped.
fn desc_of(svg: &str) -> String {
    let Some(open) = svg.find("<desc") else {
        return String::new();
    };
    let rest = &svg[open..];
    let (Some(start), Some(end)) = (rest.find('>'), rest.find("</desc>")) else {
        return String::new();
    };
    if end <= start {
        return String::new();
    }
    rest[start + 1..end]
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_description_is_read_back_as_plain_text() {
        let svg = "<svg><title id=\"t\">T</title><desc id=\"d\">A &amp; B &lt;3</desc></svg>";
        assert_eq!(desc_of(svg), "A & B <3");
        assert_eq!(desc_of("<svg/>"), "");
    }
}
