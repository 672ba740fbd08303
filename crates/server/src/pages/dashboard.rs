//! The dashboard: where the person stands at a glance, and the next step.

use super::plan::health_badge;
use crate::views::layout::capitalise;
use axum::response::{IntoResponse, Response};
use ctopath_engine::{Assessment, Plan, SignalStatus};
use ctopath_framework::Framework;
use ctopath_profile::tour_health::{self, CheckinState};
use ctopath_profile::{PartialDate, Profile, TourStatus};
use ctopath_store::Store;
use maud::{Markup, html};

use super::St;
use crate::charts;
use crate::error::PageResult;
use crate::views::components::{
    badge, evidence_list, name_in, pct, role_label, severity_badge, stat, svg, words,
};
use crate::views::layout::{Ctx, Nav, page};

pub async fn show(state: St, ctx: Ctx) -> PageResult<Response> {
    if ctx.person.is_none() {
        return Ok(page(
            &ctx,
            "Welcome",
            Nav::Dashboard,
            super::import::welcome(&ctx),
        )
        .into_response());
    }
    let (entry, plan) = state.plan().await?;
    let snapshots = state
        .store
        .snapshots(&entry.person)
        .await
        .unwrap_or_default();
    let a = &entry.assessment;
    let timeline = charts::timeline(&entry.profile, a, state.framework, state.today());
    let fw = state.framework;
    let body = html! {
        (headline(a, &entry.person, fw))
        section.grid-dash {
            div.card.gauges {
                h2 { "Readiness" }
                div.gauge-row {
                    @if let Some(next) = &a.readiness.next_level_id {
                        figure.chart.chart-gauge { (svg(charts::gauge(&format!("Readiness for {next}"), Some(a.readiness.next_level)))) }
                    }
                    figure.chart.chart-gauge { (svg(charts::gauge("Readiness for CTO", Some(a.readiness.cto)))) }
                }
                (levers(a))
            }
            div.card.next-step {
                h2 { "Your next step" }
                (next_step(&plan, &entry.profile, state.today()))
            }
        }
        section.grid-2-wide {
            div.card {
                div.card-head {
                    h2 { "Competencies" }
                    a.link href="/assessment#competencies" { "Evidence for each →" }
                }
                figure.chart.chart-radar { (svg(charts::radar(a))) }
            }
            div.card {
                div.card-head {
                    h2 { "Stall patterns" }
                    span.muted.small { (a.stall_patterns.len()) " flagged" }
                }
                (patterns(a))
                (signals(a))
            }
        }
        section.card {
            div.card-head {
                h2 { "Career timeline" }
                span.muted.small { "Positions coloured by tour type, tours of duty, and the forecast band to CTO" }
            }
            figure.chart.chart-wide { (svg(timeline)) }
        }
        @if !snapshots.is_empty() {
            section.card {
                div.card-head {
                    h2 { "Progress" }
                    span.muted.small { (snapshots.len()) " snapshot(s)" }
                }
                figure.chart.chart-wide { (svg(charts::progress(&snapshots))) }
            }
        }
    };
    Ok(page(&ctx, "Dashboard", Nav::Dashboard, body).into_response())
}

fn headline(a: &Assessment, person: &str, fw: &Framework) -> Markup {
    let q = a.forecast.years_to_cto;
    let to_cto = if q.p90 == 0.0 {
        "Already at CTO level".to_string()
    } else {
        format!("{:.1} years", q.p50)
    };
    html! {
        section.hero {
            div.hero-text {
                p.eyebrow { (person) }
                h1 { span.level-chip { (a.level.id) } " " (a.level.title) }
                p.hero-meta {
                    span.tag { (name_in(fw, &a.tour)) }
                    span.tag { (name_in(fw, &a.stage)) }
                    span.tag { (name_in(fw, &a.route)) }
                    span.muted { "Confidence " (pct(a.level.confidence)) }
                }
            }
            div.hero-stats {
                (stat("Experience", &format!("{:.1} y", a.years_experience), &format!("{:.1} y leading people", a.leadership_years)))
                (stat("To CTO (median)", &to_cto, &if q.p90 > 0.0 { format!("{:.1}–{:.1} y, P10–P90", q.p10, q.p90) } else { String::new() }))
                (stat("Better fit today", &role_label(&a.role_fit.leaning), &format!("CTO {} · VP Eng {}", pct(a.role_fit.cto), pct(a.role_fit.vp_engineering))))
            }
        }
    }
}

fn levers(a: &Assessment) -> Markup {
    html! {
        @if !a.readiness.raise_next_level.is_empty() {
            h3.subtle { "What would raise it most" }
            ol.levers {
                @for l in a.readiness.raise_next_level.iter().take(3) {
                    li { span { (capitalise(&l.text)) } span.gain { "+" (format!("{:.0}", l.gain * 100.0)) " pts" } }
                }
            }
        }
    }
}

fn next_step(plan: &Plan, profile: &Profile, today: PartialDate) -> Markup {
    let active = profile
        .tours
        .iter()
        .find(|t| t.status == TourStatus::Active);
    html! {
        @if let Some(step) = plan.action_plan.next_3_months.first() {
            p.next-action { (step.text) }
            p.muted.small { (step.why) }
        }
        @if let Some(t) = active {
            div.tour-teaser {
                p.eyebrow { "Your tour of duty" }
                h3 { (t.name()) " " (health_badge(tour_health::health(t))) }
                @if let Some(s) = tour_health::checkin_schedule(t, today) {
                    p { "Next check-in " strong { (s.next) }
                        @match s.state {
                            CheckinState::Overdue => { " " (badge("badge-bad", "overdue")) },
                            CheckinState::Due => { " " (badge("badge-warn", "due")) },
                            CheckinState::Upcoming => {},
                        } }
                }
                @for c in tour_health::criteria_in_trouble(t) {
                    p.small { (badge("badge-warn", "needs attention")) " " (c.text) }
                }
                div.actions { a.btn.btn-primary href=(format!("/tours/{}#checkin", t.id)) { "Record a check-in" } }
            }
        } @else if let Some(tour) = plan.tours.first() {
            div.tour-teaser {
                p.eyebrow { "Proposed tour · " (words(&tour.tour)) " · " (tour.horizon_months) " months" }
                h3 { (tour.title) }
                p { (tour.mission) }
                div.actions {
                    a.btn.btn-primary href=(format!("/tours/start/{}", tour.id)) { "Start this tour" }
                    a.btn href="/plan" { "See the whole plan" }
                }
            }
        } @else {
            a.btn href="/plan" { "See the plan" }
        }
    }
}

/// The on-track signals at a glance: how many the evidence shows, and which.
fn signals(a: &Assessment) -> Markup {
    let present = a
        .signals
        .iter()
        .filter(|s| s.status == SignalStatus::Present)
        .count();
    html! {
        div.signals-summary {
            div.card-head {
                h2 { "On-track signals" }
                span.muted.small { (present) " of " (a.signals.len()) " shown" }
            }
            ul.signal-mini {
                @for s in &a.signals {
                    li {
                        @match s.status {
                            SignalStatus::Present => (badge("badge-good", "yes")),
                            SignalStatus::Absent => (badge("badge-bad", "no")),
                            SignalStatus::Unknown => (badge("badge-soft", "?")),
                        }
                        span { (s.description) }
                    }
                }
            }
            a.link href="/assessment#signals" { "How each was judged →" }
        }
    }
}

fn patterns(a: &Assessment) -> Markup {
    html! {
        @if a.stall_patterns.is_empty() {
            div.empty-state {
                p { strong { "No stall pattern flagged." } }
                p.muted { "Nothing in the profile matches the patterns that slow careers down. Keep it that way by recording achievements as they happen." }
            }
        } @else {
            ul.patterns {
                @for p in &a.stall_patterns {
                    li.pattern {
                        div.pattern-head { (severity_badge(p.severity)) h3 { (p.name) } }
                        p.advice { (p.advice) }
                        details {
                            summary { "Why this was flagged (" (p.evidence.len()) ")" }
                            (evidence_list(&p.evidence))
                        }
                    }
                }
            }
        }
    }
}
