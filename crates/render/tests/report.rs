//! The career report from real example profiles: what it gathers, and what the HTML,
//! Markdown and PDF outputs must hold for the person reading them.

use std::path::Path;
use std::process::Command;

use ctopath_charts::TourKind;
use ctopath_engine::{Engine, Options};
use ctopath_framework::builtin;
use ctopath_profile::{PartialDate, Profile, TourStatus};
use ctopath_render::report::{
    self, CHARTS, Charts, HIGHLIGHTS, ProgressPoint, Report, SECTIONS, WHERE_YOU_STAND,
};

const AS_OF: &str = "2026-03-01";

fn example(name: &str) -> Profile {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples")
        .join(name);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    ctopath_profile::load(name, &bytes, builtin::framework())
        .unwrap_or_else(|e| panic!("{name}: {e}"))
        .profile
}

fn report_for(profile: &Profile, history: Vec<ProgressPoint>) -> Report {
    let fw = builtin::framework();
    let today = PartialDate::parse(AS_OF).unwrap();
    let engine = Engine::new(fw);
    let a = engine.assess(profile, &Options::new(today));
    let plan = engine.plan(profile, &a);
    Report::new(fw, profile, a, plan, today, history)
}

fn director() -> Report {
    report_for(&example("profiles/director-hypergrowth.yaml"), Vec::new())
}

/// Every `href`/`src` attribute value in the page.
fn references(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attr in ["href=\"", "src=\"", "href='", "src='"] {
        for (i, _) in html.match_indices(attr) {
            let rest = &html[i + attr.len()..];
            let quote = attr.chars().last().unwrap();
            out.push(rest.split(quote).next().unwrap_or_default().to_string());
        }
    }
    out
}

#[test]
fn the_report_gathers_positions_tours_highlights_and_progress() {
    let r = director();
    assert_eq!(r.name.as_deref(), Some("Tomasz Wieczorek"));
    // Most recent first, coloured by the tour of the level the title reads as.
    let director = &r.positions[0];
    assert_eq!(director.title, "Director of Engineering");
    assert_eq!(director.level.as_deref(), Some("L7"));
    assert_eq!(director.tour, TourKind::Transformational);
    // The profile's active tour states no type: it takes the one of the job it runs in.
    let active = r
        .tours
        .iter()
        .find(|t| t.status == TourStatus::Active)
        .unwrap();
    assert_eq!(active.kind, TourKind::Transformational);
    assert!(
        !r.tours.iter().any(|t| t.from_plan),
        "an active tour exists"
    );
    // Achievements with a number first, the biggest relative change first.
    assert!(r.highlights.iter().take(3).all(|h| h.metric.is_some()));
    assert!(
        r.highlights[0].text.contains("Releases"),
        "{:?}",
        r.highlights[0]
    );
    let hiring = r
        .highlights
        .iter()
        .find(|h| h.text.contains("quadrupled"))
        .unwrap();
    assert_eq!(
        hiring.position.as_deref(),
        Some("Director of Engineering, Ledgerly")
    );
    assert!(
        hiring
            .competencies
            .contains(&"Organisation design".to_string())
    );
    // With no history the progress chart still has today's assessment.
    assert_eq!(r.progress.len(), 1);
    assert_eq!(r.progress[0].level, Some(7));
}

#[test]
fn history_is_sorted_and_today_is_not_counted_twice() {
    let profile = example("profiles/director-hypergrowth.yaml");
    let first = report_for(&profile, Vec::new());
    let today = first.progress[0].clone();
    let older = ProgressPoint {
        date: PartialDate::parse("2025-06-01").unwrap(),
        level: Some(6),
        readiness_next: Some(0.4),
        readiness_cto: Some(0.3),
    };
    let r = report_for(&profile, vec![today.clone(), older.clone()]);
    assert_eq!(r.progress, vec![older, today]);
}

#[test]
fn a_tour_is_proposed_from_the_plan_when_none_is_running() {
    let r = report_for(&example("profiles/long-time-ic.yaml"), Vec::new());
    let proposed: Vec<_> = r.tours.iter().filter(|t| t.from_plan).collect();
    assert_eq!(proposed.len(), 1);
    assert_eq!(proposed[0].name, r.plan.tours[0].title);
    assert_eq!(proposed[0].start, Some(PartialDate::parse(AS_OF).unwrap()));
}

#[test]
fn the_html_is_one_file_that_fetches_nothing() {
    let html = report::html(&director());
    assert!(html.starts_with("<!DOCTYPE html>"));
    for banned in [
        "http://", "https://", "@import", "url(", "<script", "<link", "<img", "<iframe",
    ] {
        assert!(!html.contains(banned), "the page contains {banned:?}");
    }
    let refs = references(&html);
    assert!(!refs.is_empty(), "the table of contents links the sections");
    assert!(
        refs.iter().all(|r| r.starts_with('#')),
        "only links within the page: {refs:?}"
    );
    assert!(html.contains("@media print"), "laid out for print too");
}

#[test]
fn the_html_holds_every_chart_section_level_and_pattern() {
    let r = director();
    let charts = Charts::build(&r);
    let html = report::html_with_charts(&r, &charts);
    assert_eq!(charts.all().len(), 5);
    for chart in charts.all() {
        let inline = chart
            .svg
            .replacen(" xmlns=\"http://www.w3.org/2000/svg\"", "", 1);
        assert!(html.contains(&inline), "{} is not in the page", chart.file);
        assert!(
            html.contains(&format!(">{}</title>", chart.title)),
            "{}",
            chart.title
        );
        assert!(
            !chart.description.is_empty(),
            "{} has a text alternative",
            chart.file
        );
    }
    assert_eq!(html.matches("<svg").count(), 5);
    for heading in SECTIONS {
        assert!(
            html.contains(&format!(">{heading}</h2>")),
            "missing section {heading}"
        );
    }
    assert!(html.contains("L7 Director of Engineering"));
    let pattern = &r.assessment.stall_patterns[0];
    assert_eq!(pattern.name, "Dead-end environment");
    assert!(html.contains(&pattern.name));
    assert!(html.contains(pattern.advice.trim().split(';').next().unwrap()));
    assert!(
        html.contains("positions[0].managers_reporting"),
        "evidence cites its source"
    );
    for tour in &r.plan.tours {
        assert!(html.contains(&tour.title), "next tour {}", tour.title);
    }
    assert!(
        html.contains("35 → 140 engineers"),
        "highlight metrics are shown"
    );
    // Chart ids are unique so several inline SVGs do not collide.
    let mut ids: Vec<&str> = html
        .match_indices("<title id=\"")
        .map(|(i, _)| html[i + 11..].split('"').next().unwrap())
        .collect();
    let n = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), n);
}

#[test]
fn user_text_is_escaped_in_the_html() {
    let mut profile = example("profiles/director-hypergrowth.yaml");
    profile.person.as_mut().unwrap().name = Some("<script>alert('x')</script> & Co".into());
    profile.achievements[0].what_changed = "Shipped <img src=x onerror=alert(1)>".into();
    profile.positions[0].organisation = Some("\"Quoted\" <b>Org</b>".into());
    let html = report::html(&report_for(&profile, Vec::new()));
    assert!(!html.contains("<script"), "a name cannot inject a script");
    assert!(
        !html.contains("<img"),
        "an achievement cannot inject an image"
    );
    assert!(!html.contains("<b>Org"));
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co"));
    assert!(html.contains("Shipped &lt;img src=x onerror=alert(1)&gt;"));
}

#[test]
fn a_quiet_record_says_so_instead_of_leaving_gaps() {
    let mut profile = example("profiles/tech-lead.yaml");
    profile.achievements.clear();
    let r = report_for(&profile, Vec::new());
    assert!(r.assessment.stall_patterns.is_empty());
    let html = report::html(&r);
    assert!(html.contains("No stall pattern shows in the record"));
    assert!(html.contains("No achievements are recorded yet"));
    let md = report::markdown(&r);
    assert!(md.contains("No stall pattern shows in the record"));
}

#[test]
fn at_the_top_of_the_ladder_there_is_no_next_level_gauge() {
    let r = report_for(&example("profiles/enterprise-cto.yaml"), Vec::new());
    assert_eq!(r.assessment.readiness.next_level_id, None);
    let charts = Charts::build(&r);
    assert!(charts.readiness_next.is_none());
    assert_eq!(charts.all().len(), 4);
    let html = report::html_with_charts(&r, &charts);
    assert!(html.contains("top of the ladder"));
    let (doc, images) = report::pdf_document_with_charts(&r, &charts);
    doc.check().unwrap();
    assert_eq!(doc.image_files().len(), images.len());
}

#[test]
fn the_markdown_has_the_sections_and_tells_the_charts_as_text() {
    let r = director();
    let md = report::markdown(&r);
    assert!(md.starts_with("# Career report: Tomasz Wieczorek"));
    for heading in SECTIONS {
        assert!(
            md.contains(&format!("\n## {heading}\n")),
            "missing section {heading}"
        );
    }
    let order: Vec<usize> = SECTIONS
        .iter()
        .map(|h| md.find(&format!("## {h}")).unwrap())
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "sections in order");
    assert!(md.contains("| Competency | Now | Expected | L8 | CTO | Gap | Basis |"));
    assert!(md.contains("| Strategic thinking | L5 | L7 | L8 | L10 | 3 | rated |"));
    assert!(md.contains("HTML and PDF versions"));
    let f = &r.assessment.forecast.years_to_cto;
    assert!(
        md.contains(&format!("{:.1}–{:.1} years", f.p10, f.p90)),
        "forecast range"
    );
    assert!(md.contains("### Dead-end environment (Medium severity)"));
    assert!(md.contains("**What to do:**"));
    assert!(!md.contains("<svg"));
    let stand = md.find(&format!("## {WHERE_YOU_STAND}")).unwrap();
    let charts = md.find(&format!("## {CHARTS}")).unwrap();
    assert!(
        md[stand..charts].contains("`positions[0].title`"),
        "evidence with sources"
    );
    assert!(md[md.find(&format!("## {HIGHLIGHTS}")).unwrap()..].contains("35 → 140 engineers"));
}

#[test]
fn the_pdf_has_the_charts_and_the_words() {
    let r = director();
    let (doc, images) = report::pdf_document(&r);
    doc.check().unwrap();
    let headings: Vec<&str> = doc.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(headings, SECTIONS);
    let files = doc.image_files();
    assert_eq!(
        files.len(),
        4,
        "radar, timeline, both gauges in one row, progress"
    );
    for f in &files {
        let (_, bytes) = images.iter().find(|(name, _)| name == f).unwrap();
        assert!(bytes.starts_with(b"<svg"), "{f} is an SVG");
    }
    let pdf = ctopath_pdf::PdfEngine::new()
        .document(&doc, &images)
        .unwrap();
    assert!(pdf.starts_with(b"%PDF-"));

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.pdf");
    std::fs::write(&path, &pdf).unwrap();
    let Ok(out) = Command::new("pdftotext").arg(&path).arg("-").output() else {
        eprintln!("pdftotext is not installed; skipping the text check");
        return;
    };
    let text = String::from_utf8_lossy(&out.stdout);
    for wanted in [
        "Tomasz Wieczorek",
        "L7 Director of Engineering",
        "Dead-end environment",
        "Portfolio highlights",
    ] {
        assert!(
            text.contains(wanted),
            "{wanted:?} not found in the PDF text"
        );
    }
}
