//! The framework, the people in the store, and the current person's profile: read,
//! replace, import and export.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use ctopath_framework::Framework;
use ctopath_profile::Profile;
use ctopath_store::{ImportOutcome, Store, StoreError};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use utoipa::{IntoParams, ToSchema};

use super::openapi::{FrameworkDoc, ProfileDoc};
use super::{editing, save};
use crate::error::{ApiResult, Failure};
use crate::state::AppState;

#[utoipa::path(get, path = "/api/framework", tag = "framework",
    responses((status = 200, description = "The framework in use (`ctopath framework show --format json`)", body = FrameworkDoc)))]
pub async fn framework(State(state): State<AppState>) -> Json<&'static Framework> {
    Json(state.framework)
}

/// One person in the store.
#[derive(Serialize, ToSchema)]
pub struct PersonInfo {
    pub name: String,
    pub revisions: u32,
    pub updated_at: String,
    pub active: bool,
}

#[utoipa::path(get, path = "/api/people", tag = "profile",
    responses((status = 200, description = "Everyone in the store (`ctopath profile list`)", body = Vec<PersonInfo>)))]
pub async fn people(State(state): State<AppState>) -> ApiResult<Json<Vec<PersonInfo>>> {
    let people = state.store.people().await?;
    Ok(Json(
        people
            .into_iter()
            .map(|p| PersonInfo {
                name: p.name,
                revisions: p.revisions,
                updated_at: p.updated_at,
                active: p.active,
            })
            .collect(),
    ))
}

#[derive(Deserialize, ToSchema)]
pub struct ActivePerson {
    pub name: String,
}

#[utoipa::path(put, path = "/api/people/active", tag = "profile", request_body = ActivePerson,
    responses((status = 200, description = "The person commands act on (`ctopath profile use`)", body = ActivePerson),
              (status = 400, description = "No such person")))]
pub async fn set_active(
    State(state): State<AppState>,
    Json(body): Json<ActivePerson>,
) -> ApiResult<Json<Value>> {
    state.store.set_active(&body.name).await?;
    state.invalidate();
    Ok(Json(json!({ "name": body.name })))
}

#[utoipa::path(get, path = "/api/profile", tag = "profile",
    responses((status = 200, description = "The current person's profile (`ctopath profile export --format json`)", body = ProfileDoc),
              (status = 404, description = "No profile yet")))]
pub async fn get_profile(State(state): State<AppState>) -> ApiResult<Json<Value>> {
    let entry = state.entry().await?;
    Ok(Json(
        serde_json::to_value(entry.profile.as_ref())
            .map_err(|e| Failure::internal(e.to_string()))?,
    ))
}

#[utoipa::path(put, path = "/api/profile", tag = "profile", request_body = ProfileDoc,
    responses((status = 200, description = "Saved as the next revision: `{ \"revision\": N }`"),
              (status = 422, description = "The profile breaks validation rules; nothing was saved")))]
pub async fn put_profile(
    State(state): State<AppState>,
    Json(mut profile): Json<Profile>,
) -> ApiResult<Json<Value>> {
    let (person, _) = editing(&state).await?;
    profile.assign_missing_ids();
    let revision = save(&state, &person, &profile).await?;
    Ok(Json(json!({ "person": person, "revision": revision })))
}

#[derive(Deserialize, IntoParams)]
pub struct ImportParams {
    /// Store under this name (default: the name in the document).
    pub name: Option<String>,
    /// Replace a person of the same name with this document as a new revision.
    #[serde(default)]
    pub replace: bool,
}

#[utoipa::path(post, path = "/api/profile/import", tag = "profile", params(ImportParams),
    request_body(content = String, description = "A JSON Resume or ctopath profile document (JSON or YAML)", content_type = "application/json"),
    responses((status = 200, description = "Imported: `{ \"person\", \"revision\", \"outcome\": \"created|updated|unchanged\" }`"),
              (status = 409, description = "A person of that name exists and `replace` was not given"),
              (status = 422, description = "The document does not parse or validate; problems carry field paths and line:column")))]
pub async fn import(
    State(state): State<AppState>,
    Query(params): Query<ImportParams>,
    body: Bytes,
) -> ApiResult<Json<Value>> {
    let file = "request body";
    let loaded = ctopath_profile::load(file, &body, state.framework).map_err(|e| {
        let (message, problems) = crate::pages::import_problems(e);
        Failure::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "The document was not imported",
            message,
        )
        .problems(problems)
    })?;
    let name = params
        .name
        .or_else(|| loaded.profile.person.as_ref().and_then(|p| p.name.clone()))
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| "me".into());
    let value = serde_json::to_value(&loaded.profile).expect("a profile always serialises");
    let outcome = state
        .store
        .import_person(&name, &value, params.replace)
        .await
        .map_err(|e| match e {
            StoreError::PersonExists { .. } => Failure::new(
                StatusCode::CONFLICT,
                "That name is taken",
                format!("a profile named {name:?} already exists"),
            )
            .help("add ?replace=true to store this document as its new revision, or ?name= to keep both"),
            other => other.into(),
        })?;
    state.invalidate();
    let kind = match outcome {
        ImportOutcome::Created { .. } => "created",
        ImportOutcome::Updated { .. } => "updated",
        ImportOutcome::Unchanged { .. } => "unchanged",
    };
    Ok(Json(
        json!({ "person": name, "revision": outcome.revision(), "outcome": kind }),
    ))
}

#[derive(Deserialize, IntoParams)]
pub struct ExportParams {
    /// `json` (ctopath's own format, the default) or `jsonresume`.
    pub format: Option<String>,
}

#[utoipa::path(get, path = "/api/profile/export", tag = "profile", params(ExportParams),
    responses((status = 200, description = "The profile as ctopath JSON or as a JSON Resume (`ctopath profile export`)"),
              (status = 400, description = "Unknown format")))]
pub async fn export(
    State(state): State<AppState>,
    Query(params): Query<ExportParams>,
) -> ApiResult<Json<Value>> {
    let entry = state.entry().await?;
    match params.format.as_deref().unwrap_or("json") {
        "json" => Ok(Json(
            serde_json::to_value(entry.profile.as_ref())
                .map_err(|e| Failure::internal(e.to_string()))?,
        )),
        "jsonresume" => Ok(Json(ctopath_profile::to_json_resume(&entry.profile))),
        other => Err(
            Failure::bad_request(format!("unknown export format {other:?}"))
                .help("use format=json or format=jsonresume")
                .into(),
        ),
    }
}
