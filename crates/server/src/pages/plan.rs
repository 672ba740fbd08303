//! The plan: the tours of duty proposed next, the person's own tours with their
//! health, the action plan by horizon, and the CTO playbooks where they apply.

use ctopath_engine::{ActionItem, ProposedTour};
use ctopath_profile::tour_health::{self, CheckinState, TourHealth};
use ctopath_profile::{TourOfDuty, TourStatus};
use maud::{Markup, html};

use super::St;
use crate::error::PageResult;
use crate::views::components::{badge, name_in, words};
use crate::views::layout::{Ctx, Nav, page};

pub async fn show(state: St, ctx: Ctx) -> PageResult<Markup> {
    let (entry, plan) = state.plan().await?;
    let today = state.today();
    let has_active = entry
        .profile
        .tours
        .iter()
        .any(|t| t.status == TourStatus::Active);
    let body = html! {
        div.page-head {
            p.eyebrow { (plan.level) " · " (name_in(state.framework, &plan.stage)) }
            h1 { "Plan & tours of duty" }
            p.lead { "A tour of duty is a mission of a few years, agreed with a sponsor, with success criteria you can measure. Start one, check in on its cadence, and finish it with an outcome for your portfolio." }
        }
        @if !entry.profile.tours.is_empty() {
            section.card #my-tours {
                h2 { "Your tours" }
                div.tour-list { @for t in entry.profile.tours.iter().rev() { (tour_row(t, today)) } }
            }
        }
        section #proposed {
            h2.section-title { "Proposed next" }
            @if has_active {
                p.muted { "You are on a tour now: finish it before starting the next one (one at a time keeps each one real)." }
            }
            div.tour-cards {
                @for (i, t) in plan.tours.iter().enumerate() { (proposal(t, i == 0, has_active)) }
            }
        }
        section.card #action-plan {
            h2 { "Action plan" }
            div.grid-3 {
                (horizon("Next 3 months", &plan.action_plan.next_3_months))
                (horizon("6 to 12 months", &plan.action_plan.next_6_to_12_months))
                (horizon("2 to 3 years", &plan.action_plan.next_2_to_3_years))
            }
        }
        @if !plan.playbooks.is_empty() {
            section.card #playbooks {
                h2 { "CTO playbooks" }
                @for p in &plan.playbooks {
                    details.playbook {
                        summary { strong { (p.name) } " — " (p.summary) }
                        ol { @for s in &p.steps { li { strong { (s.name) } @if let Some(d) = s.days { " (" (d) " days)" } ": " (s.text) } } }
                    }
                }
            }
        }
    };
    Ok(page(&ctx, "Plan", Nav::Plan, body))
}

fn proposal(t: &ProposedTour, best: bool, blocked: bool) -> Markup {
    html! {
        article.card.tour-card {
            p.eyebrow {
                @if best { (badge("badge-accent", "Best fit")) " " }
                (words(&t.tour)) " · " (t.horizon_months) " months · check in every " (t.checkin_every_weeks) " weeks"
            }
            h3 { (t.title) }
            p { (t.mission) }
            h4 { "Success criteria" }
            ul.criteria { @for c in &t.success_criteria { li { (c.text) span.measure { (c.measure) } } } }
            div.grid-2.small {
                div { h4 { "You gain" } ul.plain { @for g in &t.person_gains { li { (g) } } } }
                div { h4 { "The company gains" } ul.plain { @for g in &t.company_gains { li { (g) } } } }
            }
            @if !t.why.is_empty() {
                details { summary { "Why this tour" } ul.plain.small { @for w in &t.why { li { (w) } } } }
            }
            div.actions {
                @if blocked {
                    span.muted.small { "Available once your current tour ends" }
                } @else {
                    a.btn.btn-primary href=(format!("/tours/start/{}", t.id)) { "Start this tour" }
                }
            }
        }
    }
}

pub fn health_badge(h: TourHealth) -> Markup {
    match h {
        TourHealth::NotCheckedIn => badge("badge-soft", "not checked in"),
        TourHealth::OnTrack => badge("badge-good", "on track"),
        TourHealth::AtRisk => badge("badge-warn", "at risk"),
        TourHealth::OffTrack => badge("badge-bad", "off track"),
        TourHealth::Met => badge("badge-accent", "all criteria met"),
    }
}

fn tour_row(t: &TourOfDuty, today: ctopath_profile::PartialDate) -> Markup {
    let schedule = tour_health::checkin_schedule(t, today);
    html! {
        a.tour-row href=(format!("/tours/{}", t.id)) {
            div {
                strong { (t.name()) }
                span.muted.small {
                    " " (t.status.id())
                    @if let Some(s) = t.start { " · since " (s) }
                    " · " (t.checkins.len()) " check-in(s)"
                }
            }
            div.row-badges {
                @if t.status == TourStatus::Active { (health_badge(tour_health::health(t))) }
                @if let Some(s) = &schedule {
                    @match s.state {
                        CheckinState::Overdue => (badge("badge-bad", &format!("check-in overdue since {}", s.next))),
                        CheckinState::Due => (badge("badge-warn", &format!("check-in due {}", s.next))),
                        CheckinState::Upcoming => (badge("badge-soft", &format!("next check-in {}", s.next))),
                    }
                }
            }
        }
    }
}

fn horizon(title: &str, items: &[ActionItem]) -> Markup {
    html! {
        div.horizon {
            h3.subtle { (title) }
            @if items.is_empty() { p.muted.small { "Nothing planned here yet." } }
            ol.steps { @for i in items { li { span { (i.text) } span.muted.small { (i.why) } } } }
        }
    }
}
