//! The HTML of the last three sections: the forecast, the next tours with the action
//! plan, and the portfolio highlights.

use std::fmt::Write as _;

use ctopath_engine::{ActionItem, Quantiles};

use super::html::esc;
use super::html_parts::capitalised;
use super::words::{self, median_years, range_calendar, range_years};
use super::{Report, words::NO_HIGHLIGHTS};

pub fn forecast(r: &Report) -> String {
    let f = &r.assessment.forecast;
    let mut out = String::new();
    let _ = writeln!(out, "<p class=\"intro\">{}</p>", esc(&words::forecast(r)));
    if f.unavailable.is_some() {
        return out;
    }
    // Both bands share one scale so their lengths compare.
    let scale = f
        .years_to_cto
        .p90
        .max(f.years_to_vp_engineering.p90)
        .max(1.0);
    out.push_str("<div class=\"grid-2\">\n");
    for (role, q) in [
        ("VP Engineering", &f.years_to_vp_engineering),
        ("CTO", &f.years_to_cto),
    ] {
        role_card(&mut out, r, role, q, scale);
    }
    out.push_str("</div>\n");
    if !f.stages.is_empty() {
        out.push_str("<h3>The stages ahead</h3>\n<table>\n<thead><tr><th>Stage</th><th class=\"num\">Most likely</th><th class=\"num\">Range (P10–P90)</th></tr></thead>\n<tbody>\n");
        for s in &f.stages {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
                esc(&r.names.stage(&s.stage)),
                esc(&median_years(&s.years)),
                esc(&range_years(&s.years))
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    let applied: Vec<_> = f.factors.iter().filter(|x| x.applied).collect();
    if !applied.is_empty() {
        out.push_str("<h3>What moves the pace</h3>\n<ul class=\"clean evidence\">\n");
        for x in applied {
            let effect = if x.multiplier < 1.0 {
                format!("{:.0}% faster", (1.0 - x.multiplier) * 100.0)
            } else {
                format!("{:.0}% slower", (x.multiplier - 1.0) * 100.0)
            };
            let _ = writeln!(
                out,
                "<li>{} <span class=\"src\">{}</span></li>",
                esc(&capitalised(&x.why)),
                esc(&effect)
            );
        }
        out.push_str("</ul>\n");
    }
    let _ = writeln!(
        out,
        "<p class=\"small muted\">{}</p>",
        esc(&words::forecast_method(r))
    );
    out
}

fn role_card(out: &mut String, r: &Report, role: &str, q: &Quantiles, scale: f64) {
    let _ = write!(out, "<div class=\"card soft\">\n<h4>{}</h4>\n", esc(role));
    if words::reached(q) {
        out.push_str("<div class=\"big\">Reached</div>\n<p class=\"range\">Your level already matches this role.</p>\n</div>\n");
        return;
    }
    let at = |x: f64| (x / scale * 100.0).clamp(0.0, 100.0);
    let _ = writeln!(
        out,
        "<div class=\"big\">{}</div>\n<p class=\"range\">Likely {} · {}</p>\n\
         <div class=\"band\" role=\"img\" aria-label=\"{} from now, most likely {}\">\
         <i style=\"left:{:.1}%;width:{:.1}%\"></i><em style=\"left:calc({:.1}% - 1px)\"></em></div>\n\
         <p class=\"small muted\">Bar: today at the left edge, {:.0} years at the right.</p>\n</div>",
        esc(&median_years(q)),
        esc(&range_years(q)),
        esc(&range_calendar(q, &r.as_of)),
        esc(&range_years(q)),
        esc(&median_years(q)),
        at(q.p10),
        (at(q.p90) - at(q.p10)).max(0.5),
        at(q.p50),
        scale.ceil(),
    );
}

pub fn next_tours(r: &Report) -> String {
    let p = &r.plan;
    let mut out = String::new();
    if p.tours.is_empty() {
        out.push_str("<p class=\"muted\">The mission library has no tour that fits your stage and gaps.</p>\n");
    } else {
        out.push_str("<p class=\"intro\">Tours of duty picked from the mission library for the gaps and patterns above, best first. Each has a mission, a horizon and criteria you can check.</p>\n<div class=\"grid-3\">\n");
        for (i, t) in p.tours.iter().enumerate() {
            let _ = writeln!(
                out,
                "<div class=\"card tour {}\">\n<p class=\"eyebrow\">Tour {}</p>\n<h4>{}</h4>\n<div class=\"meta\">{} · {} months · check-ins every {} weeks</div>\n<p class=\"small\">{}</p>\n<ol>",
                esc(&t.tour),
                i + 1,
                esc(&t.title),
                esc(&r.names.tour(&t.tour)),
                t.horizon_months,
                t.checkin_every_weeks,
                esc(t.mission.trim())
            );
            for c in &t.success_criteria {
                let _ = writeln!(
                    out,
                    "<li>{}<span class=\"measure\">{}</span></li>",
                    esc(&c.text),
                    esc(&c.measure)
                );
            }
            out.push_str("</ol>\n");
            if !t.why.is_empty() {
                let _ = writeln!(
                    out,
                    "<p class=\"why\"><b>Why:</b> {}</p>",
                    esc(&t.why.join("; "))
                );
            }
            out.push_str("</div>\n");
        }
        out.push_str("</div>\n");
    }
    out.push_str("<h3>Action plan</h3>\n<div class=\"grid-3\">\n");
    for (name, items) in horizons(r) {
        let _ = writeln!(
            out,
            "<div class=\"card horizon\">\n<h4>{}</h4>\n<ul class=\"clean\">",
            esc(name)
        );
        if items.is_empty() {
            out.push_str("<li class=\"muted\">Nothing for this horizon yet.</li>\n");
        }
        for it in items {
            let _ = writeln!(
                out,
                "<li>{}<small>{}</small></li>",
                esc(&it.text),
                esc(&it.why)
            );
        }
        out.push_str("</ul>\n</div>\n");
    }
    out.push_str("</div>\n");
    if !p.playbooks.is_empty() {
        out.push_str("<h3>Playbooks for the top job</h3>\n<ul class=\"clean evidence\">\n");
        for pb in &p.playbooks {
            let _ = writeln!(
                out,
                "<li><b>{}</b> — {}</li>",
                esc(&pb.name),
                esc(pb.summary.trim())
            );
        }
        out.push_str("</ul>\n");
    }
    out
}

/// The three horizons of the action plan with their names.
pub fn horizons(r: &Report) -> [(&'static str, &[ActionItem]); 3] {
    let a = &r.plan.action_plan;
    [
        ("Next 3 months", &a.next_3_months),
        ("Next 6 to 12 months", &a.next_6_to_12_months),
        ("Next 2 to 3 years", &a.next_2_to_3_years),
    ]
}

pub fn highlights(r: &Report) -> String {
    let mut out = String::new();
    if r.highlights.is_empty() {
        let _ = writeln!(out, "<p class=\"callout info\">{}</p>", esc(NO_HIGHLIGHTS));
        return out;
    }
    out.push_str("<p class=\"intro\">The outcomes your record can prove, those with numbers first. They are the material for a CV, a promotion case or an interview story.</p>\n<div class=\"grid-3\">\n");
    for h in &r.highlights {
        out.push_str("<div class=\"card highlight\">\n");
        if let Some(m) = &h.metric {
            let delta = words::metric_delta(m)
                .map(|d| format!("<span class=\"delta\">{}</span>", esc(&d)))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "<div class=\"metric-name\">{}</div>\n<div class=\"metric\">{}{delta}</div>",
                esc(&m.name),
                esc(&words::metric_change(m))
            );
        }
        let _ = writeln!(out, "<p>{}</p>", esc(&h.text));
        let mut context: Vec<String> = Vec::new();
        context.extend(h.position.clone());
        context.extend(h.scope.clone());
        context.extend(h.date.as_ref().map(words::short_date));
        if !context.is_empty() {
            let _ = writeln!(
                out,
                "<div class=\"small muted\">{}</div>",
                esc(&context.join(" · "))
            );
        }
        if !h.competencies.is_empty() {
            let _ = writeln!(
                out,
                "<div class=\"tags\">Shows: {}</div>",
                esc(&h.competencies.join(", "))
            );
        }
        out.push_str("</div>\n");
    }
    out.push_str("</div>\n");
    out
}
