//! The report as a [`ctopath_pdf::Document`] and the chart files it refers to, for
//! [`ctopath_pdf::PdfEngine::document`]. Same sections, same words, same SVG.

use ctopath_engine::Evidence;
use ctopath_pdf::{Block, Document, Section, Tone};

use super::html_parts::{capitalised, level};
use super::html_plan::horizons;
use super::words::{self, median_years, range_years};
use super::{
    CHARTS, Chart, Charts, FORECAST, HIGHLIGHTS, NEXT_TOURS, PATTERNS, Report, WHERE_YOU_STAND,
};

/// File name of the two readiness gauges drawn side by side.
const READINESS_FILE: &str = "readiness.svg";

/// The report as a PDF document and its images (file name, SVG bytes).
pub fn pdf_document(r: &Report) -> (Document, Vec<(String, Vec<u8>)>) {
    pdf_document_with_charts(r, &Charts::build(r))
}

/// The same, with charts already drawn.
pub fn pdf_document_with_charts(r: &Report, charts: &Charts) -> (Document, Vec<(String, Vec<u8>)>) {
    let gauges: Vec<&Chart> = charts
        .readiness_next
        .iter()
        .chain([&charts.readiness_cto])
        .collect();
    let readiness_svg = side_by_side(
        "Readiness",
        &gauges.iter().map(|c| c.svg.as_str()).collect::<Vec<_>>(),
    );
    let images = vec![
        file(&charts.radar),
        file(&charts.timeline),
        (READINESS_FILE.to_string(), readiness_svg.into_bytes()),
        file(&charts.progress),
    ];
    let readiness_alt = gauges
        .iter()
        .map(|c| c.description.clone())
        .collect::<Vec<_>>()
        .join(" ");
    let document = Document {
        title: format!("Career report: {}", words::who(r)),
        subtitle: Some(words::subtitle(r)),
        author: r.name.clone(),
        sections: vec![
            where_you_stand(r),
            Section {
                heading: CHARTS.into(),
                blocks: vec![
                    image(&charts.radar, 88),
                    gap_table(r),
                    image(&charts.timeline, 100),
                    Block::Image {
                        file: READINESS_FILE.into(),
                        alt: readiness_alt,
                        width_pct: Some(if gauges.len() > 1 { 72 } else { 38 }),
                    },
                    image(&charts.progress, 90),
                ],
            },
            patterns(r),
            forecast(r),
            next_tours(r),
            highlights(r),
        ],
    };
    (document, images)
}

fn file(chart: &Chart) -> (String, Vec<u8>) {
    (chart.file.to_string(), chart.svg.clone().into_bytes())
}

fn image(chart: &Chart, width: u8) -> Block {
    Block::Image {
        file: chart.file.into(),
        alt: chart.description.clone(),
        width_pct: Some(width),
    }
}

fn paragraph(text: impl Into<String>) -> Block {
    Block::Paragraph { text: text.into() }
}

fn evidence_items<'a>(items: impl Iterator<Item = &'a Evidence>) -> Vec<String> {
    items
        .map(|e| format!("{} ({})", e.text, e.source))
        .collect()
}

fn where_you_stand(r: &Report) -> Section {
    let a = &r.assessment;
    let mut blocks = vec![
        paragraph(format!("{} {}", words::standing(r), words::readiness(r))),
        paragraph("Why this level:"),
        Block::List {
            items: evidence_items(
                a.level
                    .evidence
                    .iter()
                    .chain(a.route_evidence.iter().take(2)),
            ),
        },
    ];
    let next = a
        .readiness
        .next_level_id
        .as_deref()
        .unwrap_or("the next level");
    let levers: Vec<String> = a
        .readiness
        .raise_next_level
        .iter()
        .take(4)
        .map(|l| format!("+{:.0} pts for {next}: {}", l.gain * 100.0, l.text))
        .chain(
            a.readiness
                .raise_cto
                .iter()
                .take(2)
                .map(|l| format!("+{:.0} pts for CTO: {}", l.gain * 100.0, l.text)),
        )
        .collect();
    if !levers.is_empty() {
        blocks.push(paragraph("What would raise readiness most:"));
        blocks.push(Block::List { items: levers });
    }
    if !a.milestones.is_empty() {
        blocks.push(paragraph("Milestones on the way:"));
        blocks.push(Block::List {
            items: a
                .milestones
                .iter()
                .map(|m| {
                    format!(
                        "{} — {}",
                        capitalised(m.text.trim_end_matches('.')),
                        words::status(&m.status).to_lowercase()
                    )
                })
                .collect(),
        });
    }
    Section {
        heading: WHERE_YOU_STAND.into(),
        blocks,
    }
}

fn gap_table(r: &Report) -> Block {
    let a = &r.assessment;
    let mut rows: Vec<_> = a.competencies.iter().collect();
    rows.sort_by(|x, y| y.gap.cmp(&x.gap).then(x.name.cmp(&y.name)));
    let next = a.readiness.next_level_id.as_deref().unwrap_or("next");
    // Three columns: the PDF gives every column the same width, so the levels share one.
    Block::Table {
        columns: vec![
            "Competency".into(),
            format!("Now · expected · {next} · CTO"),
            format!("Gap to {next}"),
        ],
        rows: rows
            .into_iter()
            .map(|c| {
                vec![
                    c.name.clone(),
                    [c.current, c.expected, c.target, c.target_cto]
                        .map(level)
                        .join(" · "),
                    match c.gap {
                        0 => "there".to_string(),
                        1 => "1 level".to_string(),
                        n => format!("{n} levels"),
                    },
                ]
            })
            .collect(),
    }
}

fn patterns(r: &Report) -> Section {
    let a = &r.assessment;
    let mut blocks = Vec::new();
    if a.stall_patterns.is_empty() {
        blocks.push(Block::Callout {
            text: words::no_patterns(a).into(),
            tone: Tone::Info,
        });
    }
    for p in &a.stall_patterns {
        blocks.push(Block::Table {
            columns: vec![format!(
                "{} · {} severity",
                p.name,
                words::severity(p.severity).to_lowercase()
            )],
            rows: evidence_items(p.evidence.iter())
                .into_iter()
                .map(|e| vec![e])
                .collect(),
        });
        blocks.push(Block::Callout {
            text: format!("What to do: {}", p.advice.trim()),
            tone: Tone::Warning,
        });
    }
    Section {
        heading: PATTERNS.into(),
        blocks,
    }
}

fn forecast(r: &Report) -> Section {
    let f = &r.assessment.forecast;
    let mut rows: Vec<Vec<String>> = [
        ("VP Engineering", &f.years_to_vp_engineering),
        ("CTO", &f.years_to_cto),
    ]
    .into_iter()
    .map(|(role, q)| vec![role.to_string(), median_years(q), range_years(q)])
    .collect();
    rows.extend(f.stages.iter().map(|s| {
        vec![
            format!("{} stage", r.names.stage(&s.stage)),
            median_years(&s.years),
            range_years(&s.years),
        ]
    }));
    let mut blocks = vec![paragraph(words::forecast(r))];
    if f.unavailable.is_none() {
        blocks.push(Block::Table {
            columns: vec!["To".into(), "Most likely".into(), "Range (P10–P90)".into()],
            rows,
        });
    }
    let applied: Vec<String> = f
        .factors
        .iter()
        .filter(|x| x.applied)
        .map(|x| format!("{} (pace ×{})", capitalised(&x.why), x.multiplier))
        .collect();
    if !applied.is_empty() {
        blocks.push(Block::List { items: applied });
    }
    blocks.push(paragraph(words::forecast_method(r)));
    Section {
        heading: FORECAST.into(),
        blocks,
    }
}

/// Each tour as a one-column table: its header row names it, as a subheading would.
fn next_tours(r: &Report) -> Section {
    let mut blocks = Vec::new();
    for (i, t) in r.plan.tours.iter().enumerate() {
        let mut rows = vec![vec![format!(
            "{}, {} months, check-ins every {} weeks. {}",
            r.names.tour(&t.tour),
            t.horizon_months,
            t.checkin_every_weeks,
            t.mission.trim()
        )]];
        rows.extend(
            t.success_criteria
                .iter()
                .enumerate()
                .map(|(n, c)| vec![format!("{}. {} Measured by: {}", n + 1, c.text, c.measure)]),
        );
        if !t.why.is_empty() {
            rows.push(vec![format!("Why: {}", t.why.join("; "))]);
        }
        blocks.push(Block::Table {
            columns: vec![format!("Tour {}: {}", i + 1, t.title)],
            rows,
        });
    }
    // The three horizons side by side, as in the HTML.
    let horizons = horizons(r);
    let depth = horizons
        .iter()
        .map(|(_, items)| items.len())
        .max()
        .unwrap_or(0);
    if depth > 0 {
        blocks.push(paragraph("Action plan:"));
        blocks.push(Block::Table {
            columns: horizons.iter().map(|(name, _)| name.to_string()).collect(),
            rows: (0..depth)
                .map(|row| {
                    horizons
                        .iter()
                        .map(|(_, items)| {
                            items.get(row).map_or(String::new(), |it| it.text.clone())
                        })
                        .collect()
                })
                .collect(),
        });
    }
    Section {
        heading: NEXT_TOURS.into(),
        blocks,
    }
}

fn highlights(r: &Report) -> Section {
    let blocks = if r.highlights.is_empty() {
        vec![Block::Callout {
            text: words::NO_HIGHLIGHTS.into(),
            tone: Tone::Info,
        }]
    } else {
        vec![Block::Table {
            columns: vec!["Outcome".into(), "Number that moved".into(), "Where".into()],
            rows: r
                .highlights
                .iter()
                .map(|h| {
                    let metric = h.metric.as_ref().map_or(String::new(), |m| {
                        let delta =
                            words::metric_delta(m).map_or(String::new(), |d| format!(" ({d})"));
                        format!("{}: {}{delta}", m.name, words::metric_change(m))
                    });
                    let mut place: Vec<String> = h.position.iter().cloned().collect();
                    place.extend(h.date.as_ref().map(words::short_date));
                    vec![h.text.clone(), metric, place.join(", ")]
                })
                .collect(),
        }]
    };
    Section {
        heading: HIGHLIGHTS.into(),
        blocks,
    }
}

/// Several standalone SVGs placed in one row as a single SVG (nested `<svg>`
/// elements), so the PDF can show the gauges next to each other.
fn side_by_side(title: &str, svgs: &[&str]) -> String {
    const GAP: f64 = 24.0;
    let sizes: Vec<(f64, f64)> = svgs.iter().map(|s| size_of(s)).collect();
    let width: f64 = sizes.iter().map(|s| s.0).sum::<f64>() + GAP * (sizes.len().max(1) - 1) as f64;
    let height = sizes.iter().map(|s| s.1).fold(0.0, f64::max);
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\"><title>{title}</title>"
    );
    let mut x = 0.0;
    for (svg, (w, _)) in svgs.iter().zip(&sizes) {
        out.push_str(&svg.replacen("<svg ", &format!("<svg x=\"{x}\" y=\"0\" "), 1));
        x += w + GAP;
    }
    out.push_str("</svg>\n");
    out
}

/// The `width` and `height` of an SVG's root element.
fn size_of(svg: &str) -> (f64, f64) {
    let root = svg.split('>').next().unwrap_or_default();
    let attr = |name: &str| {
        root.split(&format!(" {name}=\""))
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    (attr("width"), attr("height"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gauges_are_placed_next_to_each_other() {
        let a = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"260\" height=\"180\" viewBox=\"0 0 260 180\"><rect/></svg>";
        let b = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"260\" height=\"200\" viewBox=\"0 0 260 200\"><rect/></svg>";
        assert_eq!(size_of(a), (260.0, 180.0));
        let both = side_by_side("Readiness", &[a, b]);
        assert!(
            both.starts_with(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"544\" height=\"200\""
            ),
            "{both}"
        );
        assert!(both.contains("<svg x=\"284\" y=\"0\" xmlns"), "{both}");
        assert_eq!(both.matches("<svg").count(), 3);
    }
}
