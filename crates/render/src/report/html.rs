//! The report as one self-contained HTML page: inline CSS, inline SVG, no scripts and
//! no reference to anything outside the file, so it opens offline, prints cleanly and
//! can be mailed as an attachment.

use std::fmt::Write as _;

use super::html_parts as parts;
use super::html_plan as plan;
use super::words::{self, long_date, median_years, percent, range_years};
use super::{Charts, Report, SECTIONS};

const CSS: &str = include_str!("report.css");

/// The report as an HTML document.
pub fn html(r: &Report) -> String {
    html_with_charts(r, &Charts::build(r))
}

/// The report as an HTML document, with charts already drawn.
pub fn html_with_charts(r: &Report, charts: &Charts) -> String {
    let who = words::who(r);
    let mut out = String::with_capacity(96 * 1024);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"ctopath\">\n\
         <title>{} · Career report</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n<div class=\"paper\">\n",
        esc(&who)
    );
    cover(&mut out, r);
    toc(&mut out);
    out.push_str("<main>\n");
    let bodies = [
        parts::where_you_stand(r),
        parts::charts(r, charts),
        parts::patterns(r),
        plan::forecast(r),
        plan::next_tours(r),
        plan::highlights(r),
    ];
    for (i, (heading, body)) in SECTIONS.iter().zip(bodies).enumerate() {
        let _ = write!(
            out,
            "<section id=\"{}\" aria-labelledby=\"{}-h\">\n<p class=\"eyebrow\">{:02}</p>\n<h2 id=\"{}-h\">{}</h2>\n{body}</section>\n",
            anchor(heading),
            anchor(heading),
            i + 1,
            anchor(heading),
            esc(heading)
        );
    }
    out.push_str("</main>\n");
    footer(&mut out, r);
    out.push_str("</div>\n</body>\n</html>\n");
    out
}

fn cover(out: &mut String, r: &Report) {
    let a = &r.assessment;
    let _ = write!(
        out,
        "<header class=\"cover\">\n<p class=\"brand\">ctopath · Career report · {}</p>\n<h1>{}</h1>\n<p class=\"lede\">{} · {}</p>\n<dl class=\"kpis\">\n",
        esc(&long_date(&r.as_of)),
        esc(&words::who(r)),
        esc(&format!("{} {}", a.level.id, a.level.title)),
        esc(&r.names.stage(&a.stage)),
    );
    kpi(
        out,
        "Level",
        &a.level.id,
        &format!(
            "{} · {} confidence",
            a.level.title,
            percent(a.level.confidence)
        ),
    );
    match words::next_level(r) {
        Some(next) => kpi(
            out,
            &format!(
                "Ready for {}",
                a.readiness.next_level_id.as_deref().unwrap_or("")
            ),
            &percent(a.readiness.next_level),
            &next,
        ),
        None => kpi(out, "Next level", "—", "top of the ladder"),
    }
    kpi(
        out,
        "Ready for CTO",
        &percent(a.readiness.cto),
        "readiness today",
    );
    let cto = &a.forecast.years_to_cto;
    if words::reached(cto) {
        kpi(out, "CTO in", "now", "the forecast puts you there");
    } else {
        kpi(
            out,
            "CTO in",
            &median_years(cto),
            &format!("likely {}", range_years(cto)),
        );
    }
    out.push_str("</dl>\n</header>\n");
}

fn kpi(out: &mut String, label: &str, value: &str, note: &str) {
    let _ = writeln!(
        out,
        "<div class=\"kpi\"><dt>{}</dt><dd>{}</dd><span class=\"note\">{}</span></div>",
        esc(label),
        esc(value),
        esc(note)
    );
}

fn toc(out: &mut String) {
    out.push_str("<nav aria-label=\"Sections\"><ol class=\"toc\">\n");
    for (i, heading) in SECTIONS.iter().enumerate() {
        let _ = writeln!(
            out,
            "<li><a href=\"#{}\"><span>{:02}</span>{}</a></li>",
            anchor(heading),
            i + 1,
            esc(heading)
        );
    }
    out.push_str("</ol></nav>\n");
}

fn footer(out: &mut String, r: &Report) {
    let a = &r.assessment;
    let _ = writeln!(
        out,
        "<footer>Made by ctopath from the {} framework (version {}) as of {}. Every conclusion cites the part of the profile it rests on (the grey <code>source</code> tags). Estimates are marked as such; a rating from your manager or a peer makes them firmer.</footer>",
        esc(&a.framework.id),
        esc(&a.framework.version),
        esc(&long_date(&r.as_of)),
    );
}

/// `Where you stand` → `where-you-stand`.
pub fn anchor(heading: &str) -> String {
    heading
        .chars()
        .filter_map(|c| {
            if c.is_ascii_alphanumeric() {
                Some(c.to_ascii_lowercase())
            } else if c == ' ' {
                Some('-')
            } else {
                None
            }
        })
        .collect()
}

/// Escapes text for element content and attribute values.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A chart's SVG ready to sit inside the page. HTML puts inline `<svg>` in the SVG
/// namespace by itself, so the namespace declaration (the page's only URL) goes.
pub fn inline_svg(svg: &str) -> String {
    svg.replacen(" xmlns=\"http://www.w3.org/2000/svg\"", "", 1)
}
