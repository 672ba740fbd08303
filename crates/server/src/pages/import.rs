//! Bringing a career in: upload a JSON Resume or a ctopath profile; every problem is
//! shown with its line:column and field path. Also switching between people.

use axum::extract::Multipart;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use ctopath_profile::ProfileError;
use ctopath_store::{ImportOutcome, Store, StoreError};
use maud::{Markup, html};

use super::{Form, St, done};
use crate::error::{Failure, PageResult, ProblemView};
use crate::views::components::{csrf_field, problem_list};
use crate::views::layout::{Ctx, Nav, page};

pub async fn show(ctx: Ctx) -> Markup {
    page(
        &ctx,
        "Import",
        Nav::Import,
        import_body(&ctx, &Upload::default()),
    )
}

/// The first page a new user sees: what ctopath does, and the upload form.
pub fn welcome(ctx: &Ctx) -> Markup {
    html! {
        section.hero.hero-welcome {
            div.hero-text {
                p.eyebrow { "Welcome" }
                h1 { "See where you stand on the road to CTO" }
                p.lead { "Bring your career as a JSON Resume (or a ctopath profile). ctopath reads it on this machine, places you on a ten-level ladder with the evidence for every conclusion, flags what is stalling you, and proposes your next tours of duty." }
            }
        }
        (upload_form(ctx, &Upload::default()))
        section.features {
            div.feature {
                h3 { "Where you stand" }
                p { "Your level, tour and stage on the road from engineer to CTO, with the line of your resume behind every conclusion." }
            }
            div.feature {
                h3 { "What stalls you" }
                p { "Readiness for the next level and for CTO, the gaps that matter most, and the patterns that slow careers down." }
            }
            div.feature {
                h3 { "Your next tours" }
                p { "Missions of a few years with measurable success criteria. Start one, check in, and build a portfolio of outcomes." }
            }
        }
        p.muted.small { "Prefer the terminal? " code { "ctopath profile import resume.json" } " does the same, on the same data." }
    }
}

/// What the last upload attempt left to show.
#[derive(Default)]
struct Upload {
    name: String,
    replace: bool,
    file: Option<String>,
    message: Option<String>,
    problems: Vec<ProblemView>,
    name_error: Option<String>,
}

fn import_body(ctx: &Ctx, upload: &Upload) -> Markup {
    html! {
        div.page-head {
            h1 { "Import your career" }
            p.lead { "A JSON Resume from any tool that writes one, or a ctopath profile in YAML or JSON. The format is recognised from the content." }
        }
        (upload_form(ctx, upload))
    }
}

fn upload_form(ctx: &Ctx, u: &Upload) -> Markup {
    html! {
        section.card.upload-card {
            @if let Some(message) = &u.message {
                div.form-alert role="alert" {
                    strong { "Nothing was imported. " }
                    @if let Some(file) = &u.file { code { (file) } " · " }
                    (message)
                    @if !u.problems.is_empty() { (problem_list(&u.problems)) }
                }
            }
            form.form #import-form method="post" action="/import" enctype="multipart/form-data" {
                (csrf_field(&ctx.csrf))
                div.field.dropzone {
                    label for="f-file" { "Resume or profile file" }
                    input #f-file type="file" name="file" accept=".json,.yaml,.yml,application/json" required;
                    p.field-hint { "JSON Resume (resume.json) or a ctopath profile; up to 8 MiB." }
                }
                div.grid-2 {
                    div class=(if u.name_error.is_some() { "field field-invalid" } else { "field" }) {
                        label for="f-name" { "Save as" }
                        input #f-name type="text" name="name" value=(u.name) placeholder="the name in the file"
                            aria-invalid=[u.name_error.as_ref().map(|_| "true")];
                        @if let Some(e) = &u.name_error { p.field-error { (e) } }
                        @else { p.field-hint { "Leave empty to use the name in the file." } }
                    }
                    div.field.field-check.align-end {
                        input #f-replace type="checkbox" name="replace" value="true" checked[u.replace];
                        label for="f-replace" { "Replace a profile with the same name (its history is kept)" }
                    }
                }
                div.form-actions {
                    button.btn.btn-primary type="submit" { "Import" }
                }
            }
        }
    }
}

pub async fn upload(state: St, ctx: Ctx, mut multipart: Multipart) -> PageResult<Response> {
    let mut u = Upload::default();
    let mut bytes = Vec::new();
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|e| Failure::bad_request(format!("the upload could not be read: {e}")))?
    {
        match field.name() {
            Some("file") => {
                u.file = field
                    .file_name()
                    .map(str::to_string)
                    .filter(|f| !f.is_empty());
                bytes = field
                    .bytes()
                    .await
                    .map_err(|e| Failure::bad_request(format!("the file could not be read: {e}")))?
                    .to_vec();
            }
            Some("name") => u.name = field.text().await.unwrap_or_default().trim().to_string(),
            Some("replace") => u.replace = !field.text().await.unwrap_or_default().is_empty(),
            _ => {}
        }
    }
    let file = u.file.clone().unwrap_or_else(|| "upload".into());
    if bytes.is_empty() {
        u.message = Some("choose a file to import (it was empty or missing)".into());
        return Ok(again(&ctx, &u));
    }
    let loaded = match ctopath_profile::load(&file, &bytes, state.framework) {
        Ok(loaded) => loaded,
        Err(e) => {
            (u.message, u.problems) = explain(e);
            return Ok(again(&ctx, &u));
        }
    };
    let name = [
        Some(u.name.clone()),
        loaded.profile.person.as_ref().and_then(|p| p.name.clone()),
        file.rsplit_once('.').map(|(stem, _)| stem.to_string()),
    ]
    .into_iter()
    .flatten()
    .map(|n| n.trim().to_string())
    .find(|n| !n.is_empty())
    .unwrap_or_else(|| "me".into());
    let value = serde_json::to_value(&loaded.profile).expect("a profile always serialises");
    let outcome = match state.store.import_person(&name, &value, u.replace).await {
        Ok(outcome) => outcome,
        Err(StoreError::PersonExists { .. }) => {
            u.name = name.clone();
            u.message = Some(format!("a profile named {name:?} already exists"));
            u.name_error = Some(format!(
                "{name:?} is taken: tick “Replace” to store this file as its new revision, or choose another name"
            ));
            return Ok(again(&ctx, &u));
        }
        Err(e) => return Err(Failure::from(e).into()),
    };
    state.store.set_active(&name).await?;
    state.invalidate();
    Ok(match outcome {
        ImportOutcome::Unchanged { .. } => done("/", "unchanged"),
        ImportOutcome::Created { .. } | ImportOutcome::Updated { .. } => done("/", "imported"),
    })
}

fn again(ctx: &Ctx, u: &Upload) -> Response {
    (
        StatusCode::UNPROCESSABLE_ENTITY,
        page(ctx, "Import", Nav::Import, import_body(ctx, u)),
    )
        .into_response()
}

/// The loader's error as a sentence and, for validation, one line per problem with
/// its field path and line:column.
fn explain(e: ProfileError) -> (Option<String>, Vec<ProblemView>) {
    match e {
        ProfileError::Input(e) => {
            let at = e
                .location()
                .map(|l| format!(" at line:column {l}"))
                .unwrap_or_default();
            (
                Some(format!("{}{at}. {}", e.reason(), e.help())),
                Vec::new(),
            )
        }
        ProfileError::Field(e) => (
            Some("a field has the wrong shape".into()),
            vec![ProblemView {
                path: e.path.as_str().to_string(),
                location: e.location.map(|l| l.to_string()),
                message: e.message,
                help: String::new(),
            }],
        ),
        ProfileError::Invalid { problems, .. } => (
            Some(format!(
                "the file has {} problem(s) to fix first",
                problems.len()
            )),
            problems
                .into_iter()
                .map(|p| ProblemView {
                    path: p.problem.path.as_str().to_string(),
                    location: p.location.map(|l| l.to_string()),
                    message: p.problem.message,
                    help: p.problem.help,
                })
                .collect(),
        ),
    }
}

pub async fn switch_person(state: St, form: Form) -> PageResult<Response> {
    let name = form.get("name").to_string();
    state.store.set_active(&name).await?;
    state.invalidate();
    Ok(done("/", "switched"))
}

/// Exposed for the API, which imports the same way.
pub fn problems_of(e: ProfileError) -> (String, Vec<ProblemView>) {
    let (message, problems) = explain(e);
    (message.unwrap_or_default(), problems)
}
