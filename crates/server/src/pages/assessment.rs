//! The assessment in full: every conclusion with the evidence it rests on and where
//! in the profile that evidence came from.

use axum::response::Response;
use ctopath_engine::{Assessment, Lever, Quantiles, SignalStatus};
use ctopath_store::{NewSnapshot, Store};
use maud::{Markup, html};

use super::{St, done};
use crate::charts;
use crate::error::{Failure, PageResult};
use crate::views::components::{
    badge, csrf_field, evidence_list, name_in, pct, role_label, severity_badge, svg, words,
};
use crate::views::layout::{Ctx, Nav, capitalise, page};

pub async fn show(state: St, ctx: Ctx) -> PageResult<Markup> {
    let entry = state.entry().await?;
    let a = &entry.assessment;
    let fw = state.framework;
    let body = html! {
        div.page-head.page-head-row {
            div {
                p.eyebrow { "Assessment as of " (a.as_of) " · framework " (a.framework.id) " " (a.framework.version) }
                h1 { span.level-chip { (a.level.id) } " " (a.level.title) }
                p.lead { (name_in(fw, &a.tour)) " · " (name_in(fw, &a.stage)) " · " (name_in(fw, &a.route)) " · confidence " (pct(a.level.confidence)) }
            }
            form method="post" action="/assessment/snapshot" {
                (csrf_field(&ctx.csrf))
                button.btn type="submit" title="Keep this assessment so the progress chart can show change" { "Save snapshot" }
            }
        }
        nav.toc aria-label="On this page" {
            a href="#level" { "Level" } a href="#readiness" { "Readiness" } a href="#competencies" { "Competencies" }
            a href="#patterns" { "Stall patterns" } a href="#signals" { "Signals" } a href="#forecast" { "Forecast" } a href="#fit" { "Fit" }
        }
        (level(a))
        (readiness(a))
        (competencies(a))
        (patterns(a))
        (signals(a))
        (forecast(a, fw))
        (fit(a))
    };
    Ok(page(&ctx, "Assessment", Nav::Assessment, body))
}

fn level(a: &Assessment) -> Markup {
    html! {
        section.card #level {
            h2 { "Why " (a.level.id) }
            p.muted {
                @if let Some(t) = &a.level.title_level { "The title alone reads as " strong { (t) } ". " }
                @if let Some(s) = &a.level.scope_level { "The scope alone shows " strong { (s) } ". " }
                (format!("{:.1}", a.years_experience)) " years of experience, " (format!("{:.1}", a.leadership_years)) " leading people."
            }
            (evidence_list(&a.level.evidence))
            h3.subtle { "Route: " (words(&a.route)) }
            (evidence_list(&a.route_evidence))
        }
    }
}

fn readiness(a: &Assessment) -> Markup {
    let next = a
        .readiness
        .next_level_id
        .clone()
        .unwrap_or_else(|| "the top".into());
    html! {
        section.card #readiness {
            h2 { "Readiness" }
            div.grid-2 {
                div {
                    figure.chart.chart-gauge { (svg(charts::gauge(&format!("Readiness for {next}"), a.readiness.next_level_id.as_ref().map(|_| a.readiness.next_level)))) }
                    (lever_list(&a.readiness.raise_next_level))
                }
                div {
                    figure.chart.chart-gauge { (svg(charts::gauge("Readiness for CTO", Some(a.readiness.cto)))) }
                    (lever_list(&a.readiness.raise_cto))
                }
            }
        }
    }
}

fn lever_list(levers: &[Lever]) -> Markup {
    html! {
        @if !levers.is_empty() {
            ol.levers {
                @for l in levers {
                    li { span { (capitalise(&l.text)) } span.gain { "+" (format!("{:.0}", l.gain * 100.0)) " pts" } }
                }
            }
        }
    }
}

fn level_cell(n: u32) -> Markup {
    html! { @if n == 0 { span.muted { "—" } } @else { "L" (n) } }
}

fn competencies(a: &Assessment) -> Markup {
    html! {
        section.card #competencies {
            div.card-head { h2 { "Competencies" } span.muted.small { "Current against what " (a.level.id) " expects and what the next level needs" } }
            figure.chart.chart-radar { (svg(charts::radar(a))) }
            div.table-wrap {
                table.table {
                    thead { tr { th { "Competency" } th { "Current" } th { "Expected" } th { "Next level" } th { "CTO" } th { "Gap" } th { "Evidence" } } }
                    tbody {
                        @for c in &a.competencies {
                            tr {
                                td { strong { (c.name) } br; span.muted.small { (c.basis) } }
                                td { (level_cell(c.current)) }
                                td { (level_cell(c.expected)) }
                                td { (level_cell(c.target)) }
                                td { (level_cell(c.target_cto)) }
                                td { @if c.gap > 0 { (badge("badge-warn", &c.gap.to_string())) } @else { (badge("badge-good", "0")) } }
                                td.evidence-cell {
                                    @if c.evidence.is_empty() { span.muted.small { "none yet" } }
                                    @else {
                                        details {
                                            summary { (c.evidence.len()) " item(s)" }
                                            (evidence_list(&c.evidence))
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn patterns(a: &Assessment) -> Markup {
    html! {
        section.card #patterns {
            h2 { "Stall patterns" }
            @if a.stall_patterns.is_empty() {
                p.muted { "None flagged: nothing in the profile matches a pattern that slows careers down." }
            }
            @for p in &a.stall_patterns {
                article.pattern {
                    div.pattern-head { (severity_badge(p.severity)) h3 { (p.name) } }
                    p.advice { strong { "Advice: " } (p.advice) }
                    (evidence_list(&p.evidence))
                }
            }
        }
    }
}

fn signals(a: &Assessment) -> Markup {
    html! {
        section.card #signals {
            h2 { "On-track signals" }
            ul.signal-list {
                @for s in &a.signals {
                    li {
                        @match s.status {
                            SignalStatus::Present => (badge("badge-good", "present")),
                            SignalStatus::Absent => (badge("badge-bad", "absent")),
                            SignalStatus::Unknown => (badge("badge-soft", "unknown")),
                        }
                        span { (s.description) }
                        @if !s.evidence.is_empty() { (evidence_list(&s.evidence)) }
                    }
                }
            }
        }
    }
}

fn years(q: &Quantiles) -> String {
    if q.p90 == 0.0 {
        "already there".into()
    } else {
        format!("{:.1} years (P10 {:.1} – P90 {:.1})", q.p50, q.p10, q.p90)
    }
}

fn forecast(a: &Assessment, fw: &ctopath_framework::Framework) -> Markup {
    let f = &a.forecast;
    html! {
        section.card #forecast {
            h2 { "Forecast" }
            @if let Some(why) = &f.unavailable {
                p { "No forecast: " (why) "." }
            } @else {
            p { "To CTO: " strong { (years(&f.years_to_cto)) } " · to VP Engineering: " strong { (years(&f.years_to_vp_engineering)) } }
            p.muted.small { (f.runs) " simulated careers, seed " (f.seed) ", " (f.environment) " environment." }
            @if !f.stages.is_empty() {
                div.table-wrap { table.table {
                    thead { tr { th { "Stage ahead" } th { "Median years" } th { "P10–P90" } } }
                    tbody { @for s in &f.stages { tr { td { (name_in(fw, &s.stage)) } td { (format!("{:.1}", s.years.p50)) } td { (format!("{:.1}–{:.1}", s.years.p10, s.years.p90)) } } } }
                } }
            }
            h3.subtle { "What speeds you up or slows you down" }
            ul.factors {
                @for x in f.factors.iter().filter(|x| x.applied) {
                    li { (badge(if x.multiplier < 1.0 { "badge-good" } else { "badge-warn" }, &format!("×{:.2}", x.multiplier))) " " (x.why) }
                }
                @if !f.factors.iter().any(|x| x.applied) { li.muted { "No accelerator or decelerator applies yet." } }
            }
            }
        }
    }
}

fn fit(a: &Assessment) -> Markup {
    html! {
        section.card #fit {
            h2 { "Fit" }
            div.grid-2 {
                div {
                    h3.subtle { "Roles" }
                    p { "CTO " strong { (pct(a.role_fit.cto)) } " · VP Engineering " strong { (pct(a.role_fit.vp_engineering)) } " — leaning " (role_label(&a.role_fit.leaning)) }
                    ul.plain { @for w in &a.role_fit.why_cto { li { "CTO: " (w) } } @for w in &a.role_fit.why_vp_engineering { li { "VP: " (w) } } }
                }
                div {
                    h3.subtle { "Paths, best first" }
                    ol.paths {
                        @for p in a.path_fit.iter().take(4) {
                            li { strong { (p.name) } " " (badge("badge-soft", &pct(p.score)))
                                @if !p.why.is_empty() { ul.plain.small { @for w in &p.why { li { (w) } } } } }
                        }
                    }
                }
            }
        }
    }
}

/// Records the current assessment as a snapshot, as `ctopath assess` does.
pub async fn snapshot(state: St) -> PageResult<Response> {
    let entry = state.entry().await?;
    let a = &entry.assessment;
    let snapshot = NewSnapshot {
        framework_id: a.framework.id.clone(),
        framework_version: a.framework.version.clone(),
        level: Some(a.level.id.clone()),
        readiness_next: a
            .readiness
            .next_level_id
            .as_ref()
            .map(|_| a.readiness.next_level),
        readiness_cto: Some(a.readiness.cto),
        assessment: serde_json::to_value(a.as_ref())
            .map_err(|e| Failure::internal(e.to_string()))?,
    };
    state.store.add_snapshot(&entry.person, &snapshot).await?;
    Ok(done("/", "snapshot-saved"))
}
