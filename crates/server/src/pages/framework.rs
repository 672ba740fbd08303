//! The framework browser: routes and levels, tours of duty, stages, competencies,
//! paths, stall patterns and playbooks of the framework in use.

use axum::extract::Query;
use ctopath_framework::Framework;
use maud::{Markup, html};
use serde::Deserialize;

use super::St;
use crate::views::components::{badge, words};
use crate::views::layout::{Ctx, Nav, page};

const SECTIONS: [(&str, &str); 7] = [
    ("ladder", "Routes & levels"),
    ("tours", "Tours of duty"),
    ("stages", "Stages"),
    ("competencies", "Competencies"),
    ("paths", "Paths"),
    ("patterns", "Stall patterns"),
    ("playbooks", "Playbooks"),
];

#[derive(Deserialize)]
pub struct Pick {
    section: Option<String>,
}

pub async fn show(state: St, ctx: Ctx, Query(pick): Query<Pick>) -> Markup {
    let fw = state.framework;
    let section = pick
        .section
        .filter(|s| SECTIONS.iter().any(|(id, _)| id == s))
        .unwrap_or_else(|| "ladder".into());
    let body = html! {
        div.page-head {
            p.eyebrow { "Framework " (fw.id) " " (fw.version) }
            h1 { (fw.name) }
            p.lead { (fw.description) }
        }
        nav.tabs aria-label="Framework sections" {
            @for (id, label) in SECTIONS {
                a href=(format!("/framework?section={id}")) class=(if id == section { "tab active" } else { "tab" })
                    aria-current=[(id == section).then_some("page")] { (label) }
            }
        }
        @match section.as_str() {
            "tours" => (tours(fw)),
            "stages" => (stages(fw)),
            "competencies" => (competencies(fw)),
            "paths" => (paths(fw)),
            "patterns" => (patterns(fw)),
            "playbooks" => (playbooks(fw)),
            _ => (ladder(fw)),
        }
    };
    page(&ctx, "Framework", Nav::Framework, body)
}

fn ladder(fw: &Framework) -> Markup {
    let mut levels: Vec<_> = fw.levels.iter().collect();
    levels.sort_by_key(|l| l.number);
    html! {
        section.card {
            div.table-wrap {
                table.table {
                    thead { tr { th { "Level" } th { "Tour" } @for r in &fw.routes { th { (r.name) } } th { "What it means" } } }
                    tbody {
                        @for l in &levels {
                            tr {
                                td { span.level-chip { (l.id) } }
                                td { (words(&l.tour)) }
                                @for r in &fw.routes {
                                    td { (r.levels.iter().find(|t| t.level == l.id).map_or("—", |t| t.title.as_str())) }
                                }
                                td.small { (l.summary) }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn tours(fw: &Framework) -> Markup {
    html! {
        div.grid-3 {
            @for t in &fw.tours {
                article.card {
                    p.eyebrow { (t.levels.join(" · ")) }
                    h2 { (t.name) }
                    p { (t.purpose) }
                    p.muted.small { "Usually " (t.horizon_years.min) "–" (t.horizon_years.max.map_or("…".into(), |m| m.to_string())) " years" }
                    @if !t.charter.is_empty() { h4 { "A charter covers" } ul.plain.small { @for c in &t.charter { li { (c) } } } }
                }
            }
        }
    }
}

fn stages(fw: &Framework) -> Markup {
    html! {
        div.stage-list {
            @for s in &fw.stages {
                article.card {
                    div.card-head {
                        h2 { (s.name) }
                        span.muted.small { "Years " (s.years.min) "–" (s.years.max.map_or("…".into(), |m| m.to_string())) " · " (s.levels.join(", ")) " · coding " (s.coding_share.min) "–" (s.coding_share.max) "%" }
                    }
                    div.grid-3.small {
                        div { h4 { "Optimise for" } ul.plain { @for o in &s.optimize_for { li { (o) } } } }
                        div { h4 { "Milestone" } p { (s.milestone) } }
                        div { h4 { "The usual mistake" } p { (s.mistake) } }
                    }
                }
            }
        }
    }
}

fn competencies(fw: &Framework) -> Markup {
    html! {
        @for g in &fw.competency_groups {
            section.card {
                h2 { (g.name) }
                p.muted { (g.description) }
                @for c in fw.competencies.iter().filter(|c| c.group == g.id) {
                    details.competency {
                        summary { strong { (c.name) } @if c.commonly_lacking { " " (badge("badge-warn", "often lacking")) } span.muted.small { " — " (c.description) } }
                        dl.indicators { @for (level, text) in &c.indicators { dt { (level) } dd { (text) } } }
                    }
                }
            }
        }
    }
}

fn paths(fw: &Framework) -> Markup {
    html! {
        div.grid-2 {
            @for p in &fw.paths {
                article.card {
                    h2 { (p.name) }
                    p { (p.summary) }
                    div.grid-2.small {
                        div { h4 { "For" } ul.plain.pros { @for x in &p.pros { li { (x) } } } }
                        div { h4 { "Against" } ul.plain.cons { @for x in &p.cons { li { (x) } } } }
                    }
                }
            }
        }
    }
}

fn patterns(fw: &Framework) -> Markup {
    html! {
        div.grid-2 {
            @for p in &fw.stall_patterns {
                article.card {
                    h2 { (p.name) }
                    p { (p.description) }
                    p.advice { strong { "Advice: " } (p.advice) }
                }
            }
        }
    }
}

fn playbooks(fw: &Framework) -> Markup {
    html! {
        @for p in &fw.playbooks {
            section.card {
                h2 { (p.name) }
                p.muted { (p.summary) }
                ol.steps {
                    @for s in &p.steps {
                        li { span { strong { (s.name) } @if let Some(d) = s.days { " · " (d) " days" } @if let Some(x) = s.share_pct { " · " (x) "%" } br; (s.text) } }
                    }
                }
            }
        }
    }
}
