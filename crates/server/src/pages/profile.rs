//! The profile editor: who the person is, positions, ratings and achievements,
//! each added, edited or removed with validation messages next to the fields.

use axum::extract::Path;
use axum::response::Response;
use ctopath_profile::{Achievement, Position, Profile, Rater};
use maud::{Markup, html};

use super::{Attempt, Form, St, done, editing};
use crate::error::{Failure, PageResult};
use crate::forms::{FormData, FormErrors, achievement, person, position, rating};
use crate::views::components::{badge, csrf_field};
use crate::views::layout::{Ctx, Nav, page};

pub async fn show(state: St, ctx: Ctx) -> PageResult<Markup> {
    let entry = state.entry().await?;
    let p = &entry.profile;
    let body = overview(
        &ctx,
        &state,
        p,
        &person::values(p),
        &FormErrors::default(),
        &FormData::default(),
        &FormErrors::default(),
    );
    Ok(page(&ctx, "Profile", Nav::Profile, body))
}

fn overview(
    ctx: &Ctx,
    state: &St,
    p: &Profile,
    person_form: &FormData,
    person_errors: &FormErrors,
    rating_form: &FormData,
    rating_errors: &FormErrors,
) -> Markup {
    html! {
        div.page-head.page-head-row {
            div {
                h1 { "Profile" }
                p.lead { "Everything ctopath knows about your career. Every change is saved as a new revision; " code { "ctopath profile history" } " lists them all." }
            }
            a.btn href="/api/profile/export?format=jsonresume" download="resume.json" { "Export JSON Resume" }
        }
        section.card #person {
            h2 { "You" }
            (person::render(&ctx.csrf, person_form, person_errors, state.framework))
        }
        section.card #positions {
            div.card-head { h2 { "Positions" } a.btn.btn-primary href="/profile/positions/new" { "Add a position" } }
            @if p.positions.is_empty() { p.muted { "No positions yet: add your jobs, most recent first." } }
            ul.entry-list {
                @for pos in &p.positions {
                    li.entry {
                        div {
                            strong { (pos.title.as_deref().unwrap_or("Untitled")) }
                            @if let Some(org) = &pos.organisation { " · " (org) }
                            br;
                            span.muted.small {
                                (pos.start.map(|d| d.to_string()).unwrap_or_else(|| "?".into())) " – "
                                (pos.end.map(|d| d.to_string()).unwrap_or_else(|| "now".into()))
                                @if let Some(n) = pos.direct_reports { " · " (n) " reports" }
                                @if let Some(n) = pos.org_engineers { " · " (n) " engineers" }
                            }
                        }
                        div.entry-actions {
                            a.btn.btn-small href=(format!("/profile/positions/{}", pos.id)) { "Edit" }
                            (remove_button(&ctx.csrf, &format!("/profile/positions/{}/delete", pos.id), "Remove"))
                        }
                    }
                }
            }
        }
        section.card #ratings {
            h2 { "Competency ratings" }
            @if !p.ratings.is_empty() {
                ul.entry-list {
                    @for (i, r) in p.ratings.iter().enumerate() {
                        li.entry {
                            div {
                                strong { (competency_name(state, &r.competency)) } " " (badge("badge-soft", &r.level))
                                span.muted.small { " by " (rater(r.by)) " · " (r.date) }
                                @if let Some(e) = &r.evidence { br; span.small { (e) } }
                            }
                            div.entry-actions { (remove_button(&ctx.csrf, &format!("/profile/ratings/{i}/delete"), "Remove")) }
                        }
                    }
                }
            }
            h3.subtle { "Add a rating" }
            (rating::render(&ctx.csrf, rating_form, rating_errors, state.framework, state.today()))
        }
        section.card #achievements {
            div.card-head {
                h2 { "Achievements" }
                div.actions { a.btn href="/portfolio" { "Open portfolio" } a.btn.btn-primary href="/profile/achievements/new" { "Add an achievement" } }
            }
            p.muted { (p.achievements.len()) " outcomes; " (p.achievements.iter().filter(|a| a.metric.is_some()).count()) " with a number that moved." }
        }
    }
}

fn competency_name(state: &St, id: &str) -> String {
    state
        .framework
        .competencies
        .iter()
        .find(|c| c.id == id)
        .map_or_else(|| id.to_string(), |c| c.name.clone())
}

fn rater(r: Rater) -> &'static str {
    match r {
        Rater::Myself => "yourself",
        Rater::Manager => "your manager",
        Rater::Peer => "a peer",
    }
}

pub fn remove_button(csrf: &str, action: &str, label: &str) -> Markup {
    html! {
        form.inline method="post" action=(action) {
            (csrf_field(csrf))
            button.btn.btn-small.btn-danger type="submit" { (label) }
        }
    }
}

pub async fn save_person(state: St, ctx: Ctx, form: Form) -> PageResult<Response> {
    let (name, mut profile) = editing(&state).await?;
    let mut errors = FormErrors::default();
    person::apply(&form, &mut profile, &mut errors);
    let shown = profile.clone();
    Attempt {
        person: &name,
        profile: &profile,
        prefix: String::new(),
        to_field: person::field_of,
        errors,
    }
    .save(&state, done("/profile#person", "person-saved"), |e| {
        page(
            &ctx,
            "Profile",
            Nav::Profile,
            overview(
                &ctx,
                &state,
                &shown,
                &form,
                e,
                &FormData::default(),
                &FormErrors::default(),
            ),
        )
    })
    .await
}

fn position_page(
    ctx: &Ctx,
    state: &St,
    title: &str,
    action: &str,
    form: &FormData,
    errors: &FormErrors,
) -> Markup {
    let body = html! {
        div.page-head { p.eyebrow { a href="/profile#positions" { "Profile" } " / Positions" } h1 { (title) } }
        section.card { (position::render(&ctx.csrf, action, form, errors, state.framework)) }
    };
    page(ctx, title, Nav::Profile, body)
}

pub async fn new_position(state: St, ctx: Ctx) -> Markup {
    position_page(
        &ctx,
        &state,
        "Add a position",
        "/profile/positions",
        &FormData::default(),
        &FormErrors::default(),
    )
}

pub async fn add_position(state: St, ctx: Ctx, form: Form) -> PageResult<Response> {
    let (name, mut profile) = editing(&state).await?;
    let mut errors = FormErrors::default();
    let pos = position::read(&form, Position::default(), &mut errors);
    profile.positions.insert(0, pos);
    profile.assign_missing_ids();
    Attempt {
        person: &name,
        profile: &profile,
        prefix: "positions[0]".into(),
        to_field: position::field_of,
        errors,
    }
    .save(&state, done("/profile#positions", "position-saved"), |e| {
        position_page(
            &ctx,
            &state,
            "Add a position",
            "/profile/positions",
            &form,
            e,
        )
    })
    .await
}

fn position_index(profile: &Profile, id: &str) -> Result<usize, Failure> {
    profile
        .positions
        .iter()
        .position(|p| p.id == id)
        .ok_or_else(|| {
            Failure::not_found(format!("there is no position {id:?}"))
                .action("/profile#positions", "Back to the profile")
        })
}

pub async fn edit_position(state: St, ctx: Ctx, Path(id): Path<String>) -> PageResult<Markup> {
    let (_, profile) = editing(&state).await?;
    let i = position_index(&profile, &id)?;
    let form = position::values(&profile.positions[i]);
    Ok(position_page(
        &ctx,
        &state,
        "Edit position",
        &format!("/profile/positions/{id}"),
        &form,
        &FormErrors::default(),
    ))
}

pub async fn update_position(
    state: St,
    ctx: Ctx,
    Path(id): Path<String>,
    form: Form,
) -> PageResult<Response> {
    let (name, mut profile) = editing(&state).await?;
    let i = position_index(&profile, &id)?;
    let mut errors = FormErrors::default();
    profile.positions[i] = position::read(&form, profile.positions[i].clone(), &mut errors);
    let action = format!("/profile/positions/{id}");
    Attempt {
        person: &name,
        profile: &profile,
        prefix: format!("positions[{i}]"),
        to_field: position::field_of,
        errors,
    }
    .save(&state, done("/profile#positions", "position-saved"), |e| {
        position_page(&ctx, &state, "Edit position", &action, &form, e)
    })
    .await
}

pub async fn delete_position(state: St, Path(id): Path<String>) -> PageResult<Response> {
    let (name, mut profile) = editing(&state).await?;
    let i = position_index(&profile, &id)?;
    profile.positions.remove(i);
    for a in profile
        .achievements
        .iter_mut()
        .filter(|a| a.position.as_deref() == Some(id.as_str()))
    {
        a.position = None;
    }
    state.save(&name, &profile).await.map_err(Failure::from)?;
    Ok(done("/profile#positions", "position-removed"))
}

fn achievement_page(
    ctx: &Ctx,
    state: &St,
    profile: &Profile,
    title: &str,
    action: &str,
    form: &FormData,
    errors: &FormErrors,
) -> Markup {
    let body = html! {
        div.page-head { p.eyebrow { a href="/portfolio" { "Portfolio" } " / Achievements" } h1 { (title) }
            p.lead { "An outcome you caused, ideally with the number that moved: before, after, and the unit." } }
        section.card { (achievement::render(&ctx.csrf, action, form, errors, state.framework, profile)) }
    };
    page(ctx, title, Nav::Portfolio, body)
}

pub async fn new_achievement(state: St, ctx: Ctx) -> PageResult<Markup> {
    let (_, profile) = editing(&state).await?;
    let today = FormData::parse(format!("date={}", state.today()).as_bytes());
    Ok(achievement_page(
        &ctx,
        &state,
        &profile,
        "Add an achievement",
        "/profile/achievements",
        &today,
        &FormErrors::default(),
    ))
}

pub async fn add_achievement(state: St, ctx: Ctx, form: Form) -> PageResult<Response> {
    let (name, mut profile) = editing(&state).await?;
    let shown = profile.clone();
    let mut errors = FormErrors::default();
    let a = achievement::read(&form, Achievement::default(), state.framework, &mut errors);
    let i = profile.achievements.len();
    profile.achievements.push(a);
    profile.assign_missing_ids();
    Attempt {
        person: &name,
        profile: &profile,
        prefix: format!("achievements[{i}]"),
        to_field: achievement::field_of,
        errors,
    }
    .save(&state, done("/portfolio", "achievement-saved"), |e| {
        achievement_page(
            &ctx,
            &state,
            &shown,
            "Add an achievement",
            "/profile/achievements",
            &form,
            e,
        )
    })
    .await
}

fn achievement_index(profile: &Profile, id: &str) -> Result<usize, Failure> {
    profile
        .achievements
        .iter()
        .position(|a| a.id == id)
        .ok_or_else(|| {
            Failure::not_found(format!("there is no achievement {id:?}"))
                .action("/portfolio", "Back to the portfolio")
        })
}

pub async fn edit_achievement(state: St, ctx: Ctx, Path(id): Path<String>) -> PageResult<Markup> {
    let (_, profile) = editing(&state).await?;
    let i = achievement_index(&profile, &id)?;
    let form = achievement::values(&profile.achievements[i]);
    Ok(achievement_page(
        &ctx,
        &state,
        &profile,
        "Edit achievement",
        &format!("/profile/achievements/{id}"),
        &form,
        &FormErrors::default(),
    ))
}

pub async fn update_achievement(
    state: St,
    ctx: Ctx,
    Path(id): Path<String>,
    form: Form,
) -> PageResult<Response> {
    let (name, mut profile) = editing(&state).await?;
    let shown = profile.clone();
    let i = achievement_index(&profile, &id)?;
    let mut errors = FormErrors::default();
    profile.achievements[i] = achievement::read(
        &form,
        profile.achievements[i].clone(),
        state.framework,
        &mut errors,
    );
    let action = format!("/profile/achievements/{id}");
    Attempt {
        person: &name,
        profile: &profile,
        prefix: format!("achievements[{i}]"),
        to_field: achievement::field_of,
        errors,
    }
    .save(&state, done("/portfolio", "achievement-saved"), |e| {
        achievement_page(&ctx, &state, &shown, "Edit achievement", &action, &form, e)
    })
    .await
}

pub async fn delete_achievement(state: St, Path(id): Path<String>) -> PageResult<Response> {
    let (name, mut profile) = editing(&state).await?;
    let i = achievement_index(&profile, &id)?;
    profile.achievements.remove(i);
    state.save(&name, &profile).await.map_err(Failure::from)?;
    Ok(done("/portfolio", "achievement-removed"))
}

/// The competency choices for the text typed so far (htmx partial).
pub async fn suggest(state: St, form: Form) -> Markup {
    achievement::competency_choices(&form, &FormErrors::default(), state.framework)
}

pub async fn add_rating(state: St, ctx: Ctx, form: Form) -> PageResult<Response> {
    let (name, mut profile) = editing(&state).await?;
    let shown = profile.clone();
    let mut errors = FormErrors::default();
    let i = profile.ratings.len();
    if let Some(r) = rating::read(&form, state.today(), &mut errors) {
        profile.ratings.push(r);
    }
    Attempt {
        person: &name,
        profile: &profile,
        prefix: format!("ratings[{i}]"),
        to_field: rating::field_of,
        errors,
    }
    .save(&state, done("/profile#ratings", "rating-saved"), |e| {
        page(
            &ctx,
            "Profile",
            Nav::Profile,
            overview(
                &ctx,
                &state,
                &shown,
                &person::values(&shown),
                &FormErrors::default(),
                &form,
                e,
            ),
        )
    })
    .await
}

pub async fn delete_rating(state: St, Path(index): Path<usize>) -> PageResult<Response> {
    let (name, mut profile) = editing(&state).await?;
    if index >= profile.ratings.len() {
        return Err(
            Failure::not_found(format!("there is no rating number {}", index + 1))
                .action("/profile#ratings", "Back to the profile")
                .into(),
        );
    }
    profile.ratings.remove(index);
    state.save(&name, &profile).await.map_err(Failure::from)?;
    Ok(done("/profile#ratings", "rating-removed"))
}
