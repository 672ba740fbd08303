//! The portfolio of outcomes, filtered by competency, tag, year or words. The
//! filter form works without JavaScript; with htmx it updates the list in place.

use axum::extract::Query;
use ctopath_framework::Framework;
use ctopath_profile::{Achievement, Metric, Position};
use maud::{Markup, html};
use serde::Deserialize;

use super::St;
use super::profile::remove_button;
use crate::error::PageResult;
use crate::views::components::badge;
use crate::views::layout::{Ctx, Nav, page};

#[derive(Debug, Default, Deserialize)]
pub struct Filter {
    #[serde(default)]
    pub competency: String,
    #[serde(default)]
    pub tag: String,
    #[serde(default)]
    pub year: String,
    #[serde(default)]
    pub q: String,
    /// `with` for achievements with a number, `without` for those still to quantify.
    #[serde(default)]
    pub metric: String,
}

impl Filter {
    pub fn keeps(&self, a: &Achievement) -> bool {
        (self.competency.is_empty() || a.competencies.contains(&self.competency))
            && (self.tag.is_empty() || a.tags.iter().any(|t| t.eq_ignore_ascii_case(&self.tag)))
            && (self.year.is_empty() || a.date.is_some_and(|d| d.year().to_string() == self.year))
            && (self.q.trim().is_empty()
                || a.what_changed
                    .to_lowercase()
                    .contains(&self.q.trim().to_lowercase()))
            && match self.metric.as_str() {
                "with" => a.metric.is_some(),
                "without" => a.metric.is_none(),
                _ => true,
            }
    }
}

pub async fn show(state: St, ctx: Ctx, Query(filter): Query<Filter>) -> PageResult<Markup> {
    let entry = state.entry().await?;
    let all = &entry.profile.achievements;
    let shown: Vec<&Achievement> = all.iter().filter(|a| filter.keeps(a)).collect();
    let mut tags: Vec<&str> = all
        .iter()
        .flat_map(|a| a.tags.iter().map(String::as_str))
        .collect();
    tags.sort_unstable();
    tags.dedup();
    let mut years: Vec<u16> = all
        .iter()
        .filter_map(|a| a.date.map(|d| d.year()))
        .collect();
    years.sort_unstable_by(|a, b| b.cmp(a));
    years.dedup();
    let fw = state.framework;
    let quantified = all.iter().filter(|a| a.metric.is_some()).count();
    let body = html! {
        div.page-head.page-head-row {
            div {
                h1 { "Portfolio" }
                p.lead { (all.len()) " outcomes, " (quantified) " with a number that moved. Outcomes with numbers are what promotion committees and boards remember." }
            }
            a.btn.btn-primary href="/profile/achievements/new" { "Add an achievement" }
        }
        form.card.filters method="get" action="/portfolio"
            hx-get="/portfolio" hx-target="#portfolio-list" hx-select="#portfolio-list" hx-swap="outerHTML"
            hx-trigger="change, keyup changed delay:300ms from:#f-q" hx-push-url="true" {
            div.field { label for="f-q" { "Words" } input #f-q type="search" name="q" value=(filter.q) placeholder="e.g. latency"; }
            div.field {
                label for="f-competency" { "Competency" }
                select #f-competency name="competency" {
                    option value="" { "All" }
                    @for c in &fw.competencies { option value=(c.id) selected[c.id == filter.competency] { (c.name) } }
                }
            }
            div.field {
                label for="f-tag" { "Tag" }
                select #f-tag name="tag" {
                    option value="" { "All" }
                    @for t in &tags { option value=(t) selected[*t == filter.tag] { (t) } }
                }
            }
            div.field {
                label for="f-year" { "Year" }
                select #f-year name="year" {
                    option value="" { "Any" }
                    @for y in &years { option value=(y) selected[y.to_string() == filter.year] { (y) } }
                }
            }
            div.field {
                label for="f-metric" { "Numbers" }
                select #f-metric name="metric" {
                    option value="" { "All" }
                    option value="with" selected[filter.metric == "with"] { "With a metric" }
                    option value="without" selected[filter.metric == "without"] { "To quantify" }
                }
            }
            noscript { button.btn type="submit" { "Filter" } }
        }
        section #portfolio-list {
            p.muted.small.count { "Showing " (shown.len()) " of " (all.len()) }
            @if shown.is_empty() {
                div.card.empty-state {
                    p { strong { "Nothing matches." } }
                    p.muted { "Clear a filter, or add the outcome you are thinking of." }
                }
            }
            div.achievements {
                @for a in &shown { (card(a, fw, &entry.profile.positions, &ctx.csrf)) }
            }
        }
    };
    Ok(page(&ctx, "Portfolio", Nav::Portfolio, body))
}

/// Date, reach, position, tour and source, whichever the achievement has.
fn meta(a: &Achievement, positions: &[Position]) -> Vec<Markup> {
    let mut parts = Vec::new();
    if let Some(d) = a.date {
        parts.push(html! { (d) });
    }
    if let Some(s) = &a.scope {
        parts.push(html! { (s) });
    }
    if let Some(p) = a
        .position
        .as_deref()
        .and_then(|id| positions.iter().find(|p| p.id == id))
    {
        let label = [p.title.as_deref(), p.organisation.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" at ");
        parts.push(html! { (label) });
    }
    if let Some(t) = &a.tour {
        parts.push(html! { "from tour " a href=(format!("/tours/{t}")) { (t) } });
    }
    if let Some(src) = &a.source {
        parts.push(html! { code.source title="Where this came from in your resume" { (src) } });
    }
    parts
}

fn card(a: &Achievement, fw: &Framework, positions: &[Position], csrf: &str) -> Markup {
    html! {
        article.card.achievement id=(format!("a-{}", a.id)) {
            @if let Some(m) = &a.metric { (metric(m)) }
            p.what { (a.what_changed) }
            p.muted.small.meta {
                @for (i, part) in meta(a, positions).iter().enumerate() {
                    @if i > 0 { " · " }
                    (part)
                }
            }
            div.chips {
                @for c in &a.competencies {
                    span.chip { (fw.competencies.iter().find(|x| &x.id == c).map_or(c.as_str(), |x| x.name.as_str())) }
                }
                @for t in &a.tags { span.chip.chip-tag { "#" (t) } }
                @if a.metric.is_none() { (badge("badge-warn", "to quantify")) }
            }
            div.entry-actions {
                a.btn.btn-small href=(format!("/profile/achievements/{}", a.id)) { "Edit" }
                (remove_button(csrf, &format!("/profile/achievements/{}/delete", a.id), "Remove"))
            }
        }
    }
}

fn metric(m: &Metric) -> Markup {
    let unit = m.unit.as_deref().unwrap_or("");
    html! {
        div.metric {
            span.metric-name { (m.name) }
            span.metric-values { (num(m.before)) " → " strong { (num(m.after)) } " " (unit) }
            @if let Some(r) = m.relative_change() {
                span class=(if r < 0.0 { "metric-change down" } else { "metric-change up" }) {
                    (format!("{:+.0}%", r * 100.0))
                }
            }
        }
    }
}

fn num(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{x:.0}")
    } else {
        format!("{x}")
    }
}
