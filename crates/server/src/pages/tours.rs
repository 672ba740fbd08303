//! One tour of duty: start it from a proposal (editing the charter first), record
//! check-ins per criterion, and finish it with an outcome for the portfolio.

use axum::extract::Path;
use axum::response::Response;
use ctopath_profile::tour_health::{self, CheckinState};
use ctopath_profile::{CriterionStatus, Metric, TourOfDuty, TourStatus};
use maud::{Markup, html};

use super::plan::health_badge;
use super::{Attempt, Form, St, done, editing};
use crate::error::{Failure, PageResult};
use crate::forms::tour::{
    charter_field, charter_values, checkin_field, finish_field, read_charter, read_checkin,
    read_finish,
};
use crate::forms::{FormData, FormErrors, number, text};
use crate::views::components::{Field, badge, csrf_field, problem_list, select, words};
use crate::views::layout::{Ctx, Nav, page};

/// The charter form for a proposed tour, filled from the plan.
pub async fn charter(state: St, ctx: Ctx, Path(mission): Path<String>) -> PageResult<Markup> {
    let (_, plan) = state.plan().await?;
    let proposal = plan
        .tours
        .iter()
        .find(|t| t.id == mission)
        .ok_or_else(|| unknown_proposal(&mission))?;
    let form = charter_values(proposal, state.today());
    Ok(charter_page(
        &ctx,
        &form,
        &FormErrors::default(),
        &proposal.title,
    ))
}

fn unknown_proposal(mission: &str) -> Failure {
    Failure::not_found(format!("the plan does not propose a tour {mission:?} now"))
        .help("pick one of the tours the plan proposes")
        .action("/plan", "Open the plan")
}

fn charter_page(ctx: &Ctx, form: &FormData, errors: &FormErrors, title: &str) -> Markup {
    let f = |name: &'static str, label: &'static str| {
        Field::new(name, label, form.get(name)).error(errors.get(name))
    };
    let body = html! {
        div.page-head {
            p.eyebrow { a href="/plan" { "Plan" } " / Start a tour" }
            h1 { (title) }
            p.lead { "Agree the charter with your sponsor before you commit: edit anything that does not fit your situation." }
        }
        section.card {
            form.form method="post" action="/tours" novalidate {
                (csrf_field(&ctx.csrf))
                input type="hidden" name="mission_id" value=(form.get("mission_id"));
                @if !errors.is_empty() {
                    div.form-alert role="alert" {
                        strong { "The tour has not started yet. " } "Fix the fields marked below."
                        @if !errors.general.is_empty() { (problem_list(&errors.general)) }
                    }
                }
                (f("title", "Title").render())
                (f("mission", "Mission").kind("textarea").hint("What the tour should leave behind, in a sentence").render())
                (f("criteria", "Success criteria").kind("textarea")
                    .hint("One per line: the criterion, then :: and how it is measured").render())
                div.grid-4 {
                    (f("start", "Start").render())
                    (f("horizon_months", "Horizon (months)").kind("number").attrs(&[("min", "1")]).render())
                    (f("checkin_every_weeks", "Check in every (weeks)").kind("number").attrs(&[("min", "1")]).render())
                    (f("sponsor", "Sponsor").hint("Usually your manager").render())
                }
                div.grid-2 {
                    (f("person_gains", "What you gain").kind("textarea").hint("One per line").render())
                    (f("company_gains", "What the company gains").kind("textarea").hint("One per line").render())
                }
                div.form-actions {
                    button.btn.btn-primary type="submit" { "Start the tour" }
                    a.btn href="/plan" { "Cancel" }
                }
            }
        }
    };
    page(ctx, "Start a tour", Nav::Plan, body)
}

pub async fn start(state: St, ctx: Ctx, form: Form) -> PageResult<Response> {
    let (_, plan) = state.plan().await?;
    let (person, mut profile) = editing(&state).await?;
    let mission_id = form.get("mission_id").to_string();
    let proposal = plan.tours.iter().find(|t| t.id == mission_id);
    let id = crate::tour_ops::new_id(&profile, &mission_id);
    let mut errors = FormErrors::default();
    let tour = read_charter(&form, id.clone(), proposal, &mut errors);
    let index = profile.tours.len();
    profile.tours.push(tour);
    let title = proposal.map_or_else(|| "Start a tour".to_string(), |p| p.title.clone());
    Attempt {
        person: &person,
        profile: &profile,
        prefix: format!("tours[{index}]"),
        to_field: charter_field,
        errors,
    }
    .save(&state, done(&format!("/tours/{id}"), "tour-started"), |e| {
        charter_page(&ctx, &form, e, &title)
    })
    .await
}

pub async fn show(state: St, ctx: Ctx, Path(id): Path<String>) -> PageResult<Markup> {
    let entry = state.entry().await?;
    let tour = find(&entry.profile.tours, &id)?;
    Ok(tour_page(
        &ctx,
        tour,
        state.today(),
        &FormData::default(),
        &FormErrors::default(),
        &FormErrors::default(),
    ))
}

fn find<'t>(tours: &'t [TourOfDuty], id: &str) -> Result<&'t TourOfDuty, Failure> {
    tours.iter().find(|t| t.id == id).ok_or_else(|| {
        Failure::not_found(format!("there is no tour {id:?}"))
            .help("your tours are listed on the plan page")
            .action("/plan", "Open the plan")
    })
}

fn tour_page(
    ctx: &Ctx,
    t: &TourOfDuty,
    today: ctopath_profile::PartialDate,
    form: &FormData,
    checkin_errors: &FormErrors,
    finish_errors: &FormErrors,
) -> Markup {
    let states = tour_health::criterion_states(t);
    let schedule = tour_health::checkin_schedule(t, today);
    let statuses: Vec<(String, String)> = std::iter::once((String::new(), "No change".to_string()))
        .chain(
            CriterionStatus::ALL
                .iter()
                .map(|s| (s.id().to_string(), words(s.id()))),
        )
        .collect();
    let today_text = today.to_string();
    let value = |name: &str| -> String {
        let v = form.get(name);
        if v.is_empty() && (name == "date" || name == "finished") {
            today_text.clone()
        } else {
            v.to_string()
        }
    };
    let body = html! {
        div.page-head.page-head-row {
            div {
                p.eyebrow { a href="/plan" { "Plan" } " / Tour" @if let Some(k) = &t.tour { " · " (words(k)) } }
                h1 { (t.name()) }
                p.lead { (t.mission) }
            }
            div.row-badges {
                (badge("badge-soft", t.status.id()))
                @if t.status == TourStatus::Active { (health_badge(tour_health::health(t))) }
            }
        }
        section.grid-2-wide {
            div.card {
                h2 { "Success criteria" }
                table.table {
                    thead { tr { th { "#" } th { "Criterion" } th { "Status" } th { "Latest note" } } }
                    tbody {
                        @for s in &states {
                            tr {
                                td { (s.number) }
                                td { (s.text) br; span.muted.small { "Measure: " (s.measure) } }
                                td { @match s.status { Some(st) => (status_badge(st)), None => (badge("badge-soft", "not yet")) } }
                                td.small { (s.note.unwrap_or("")) @if let Some(d) = s.since { br; span.muted { (d) } } }
                            }
                        }
                    }
                }
            }
            div.card {
                h2 { "Charter" }
                dl.facts {
                    @if let Some(s) = t.start { dt { "Started" } dd { (s) } }
                    @if let Some(end) = tour_health::planned_end(t) { dt { "Planned end" } dd { (end) } }
                    @if let Some(s) = &t.sponsor { dt { "Sponsor" } dd { (s) } }
                    @if let Some(w) = t.checkin_every_weeks { dt { "Check-ins" } dd { "every " (w) " weeks" } }
                    @if let Some(s) = &schedule {
                        dt { "Next check-in" }
                        dd { (s.next) " " @match s.state {
                            CheckinState::Overdue => (badge("badge-bad", "overdue")),
                            CheckinState::Due => (badge("badge-warn", "due")),
                            CheckinState::Upcoming => (badge("badge-soft", "upcoming")),
                        } }
                    }
                    @if let Some(m) = &t.milestone { dt { "Milestone" } dd { (m) } }
                    @if let Some(o) = &t.outcome { dt { "Outcome" } dd { (o) } }
                }
                @if !t.person_gains.is_empty() { h4 { "You gain" } ul.plain { @for g in &t.person_gains { li { (g) } } } }
            }
        }
        @if t.status == TourStatus::Active {
            section.card #checkin {
                h2 { "Record a check-in" }
                form.form method="post" action=(format!("/tours/{}/checkins", t.id)) novalidate {
                    (csrf_field(&ctx.csrf))
                    @if !checkin_errors.is_empty() {
                        div.form-alert role="alert" { strong { "The check-in was not recorded. " } "Fix the fields marked below."
                            @if !checkin_errors.general.is_empty() { (problem_list(&checkin_errors.general)) } }
                    }
                    div.grid-4 { (Field::new("date", "Date", &value("date")).error(checkin_errors.get("date")).render()) }
                    @for s in &states {
                        div.grid-criterion {
                            (select(&format!("status_{}", s.number - 1), &format!("{}. {}", s.number, s.text), &statuses,
                                form.get(&format!("status_{}", s.number - 1)), checkin_errors.get(&format!("status_{}", s.number - 1))))
                            (Field::new(&format!("note_{}", s.number - 1), "Progress note", form.get(&format!("note_{}", s.number - 1))).render())
                        }
                    }
                    (Field::new("learned", "What you learned", form.get("learned")).kind("textarea").error(checkin_errors.get("learned")).render())
                    div.form-actions { button.btn.btn-primary type="submit" { "Record check-in" } }
                }
            }
            section.card #finish {
                h2 { "Finish the tour" }
                form.form method="post" action=(format!("/tours/{}/finish", t.id)) novalidate {
                    (csrf_field(&ctx.csrf))
                    @if !finish_errors.is_empty() {
                        div.form-alert role="alert" { strong { "The tour is still running. " } "Fix the fields marked below."
                            @if !finish_errors.general.is_empty() { (problem_list(&finish_errors.general)) } }
                    }
                    div.grid-2 {
                        (select("result", "Result", &[("completed".into(), "Completed".into()), ("abandoned".into(), "Abandoned".into())], form.get("result"), finish_errors.get("result")))
                        (Field::new("finished", "Finished on", &value("finished")).error(finish_errors.get("finished")).render())
                    }
                    (Field::new("outcome", "Outcome", form.get("outcome")).kind("textarea").error(finish_errors.get("outcome"))
                        .hint("What the tour left behind; a completed tour's outcome goes into your portfolio").render())
                    div.grid-4 {
                        (Field::new("metric", "Metric", form.get("metric")).render())
                        (Field::new("before", "Before", form.get("before")).error(finish_errors.get("before")).render())
                        (Field::new("after", "After", form.get("after")).error(finish_errors.get("after")).render())
                        (Field::new("unit", "Unit", form.get("unit")).render())
                    }
                    div.form-actions { button.btn type="submit" { "Finish the tour" } }
                }
            }
        }
        @if !t.checkins.is_empty() {
            section.card {
                h2 { "Check-ins" }
                ol.timeline-list {
                    @for c in t.checkins.iter().rev() {
                        li {
                            strong { (c.date) }
                            ul.bare { @for p in &c.criteria { li { (p.index + 1) ". " (status_badge(p.status)) @if let Some(n) = &p.note { " " (n) } } } }
                            @if let Some(l) = &c.learned { p.small { "Learned: " (l) } }
                        }
                    }
                }
            }
        }
    };
    page(ctx, t.name(), Nav::Plan, body)
}

fn status_badge(s: CriterionStatus) -> Markup {
    match s {
        CriterionStatus::OnTrack => badge("badge-good", "on track"),
        CriterionStatus::AtRisk => badge("badge-warn", "at risk"),
        CriterionStatus::OffTrack => badge("badge-bad", "off track"),
        CriterionStatus::Met => badge("badge-accent", "met"),
    }
}

pub async fn checkin(
    state: St,
    ctx: Ctx,
    Path(id): Path<String>,
    form: Form,
) -> PageResult<Response> {
    let (person, mut profile) = editing(&state).await?;
    let today = state.today();
    let index = profile
        .tours
        .iter()
        .position(|t| t.id == id)
        .ok_or_else(|| find(&[], &id).unwrap_err())?;
    let mut errors = FormErrors::default();
    if profile.tours[index].is_finished() {
        errors.add(
            "learned",
            "this tour is finished; check-ins go on a running tour",
        );
    }
    let c = read_checkin(&form, &profile.tours[index], today, &mut errors);
    let k = profile.tours[index].checkins.len();
    profile.tours[index].checkins.push(c);
    let shown = {
        let mut t = profile.tours[index].clone();
        t.checkins.pop();
        t
    };
    Attempt {
        person: &person,
        profile: &profile,
        prefix: format!("tours[{index}].checkins[{k}]"),
        to_field: checkin_field,
        errors,
    }
    .save(
        &state,
        done(&format!("/tours/{id}"), "checkin-saved"),
        |e| tour_page(&ctx, &shown, today, &form, e, &FormErrors::default()),
    )
    .await
}

pub async fn finish(
    state: St,
    ctx: Ctx,
    Path(id): Path<String>,
    form: Form,
) -> PageResult<Response> {
    let (person, mut profile) = editing(&state).await?;
    let today = state.today();
    let index = profile
        .tours
        .iter()
        .position(|t| t.id == id)
        .ok_or_else(|| find(&[], &id).unwrap_err())?;
    let shown = profile.tours[index].clone();
    let mut errors = FormErrors::default();
    if shown.status != TourStatus::Active {
        errors.add(
            "result",
            format!("this tour is {}, not running", shown.status.id()),
        );
    }
    let f = read_finish(&form, today, &mut errors);
    let metric = outcome_metric(&form, &mut errors);
    if let (Some(date), Some(outcome)) = (f.date, f.outcome) {
        crate::tour_ops::finish(&mut profile, index, f.status, date, outcome, metric);
    }
    Attempt {
        person: &person,
        profile: &profile,
        prefix: format!("tours[{index}]"),
        to_field: finish_field,
        errors,
    }
    .save(&state, done("/portfolio", "tour-finished"), |e| {
        tour_page(&ctx, &shown, today, &form, &FormErrors::default(), e)
    })
    .await
}

/// The number behind a finished tour's outcome, when the form gives one.
fn outcome_metric(form: &FormData, errors: &mut FormErrors) -> Option<Metric> {
    let before = number(form, "before", errors);
    let after = number(form, "after", errors);
    match (before, after) {
        (Some(before), Some(after)) => Some(Metric {
            name: text(form.get("metric")).unwrap_or_else(|| "result".into()),
            before,
            after,
            unit: text(form.get("unit")),
        }),
        (None, None) => None,
        _ => {
            errors.add("after", "give both the value before and after, or neither");
            None
        }
    }
}
