//! The engine's answers: assessment, plan, forecast and snapshots; and tailoring to
//! a posting, with the tailored CV as PDF.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use ctopath_pdf::Theme;
use ctopath_store::{NewSnapshot, Store};
use ctopath_tailor::{Posting, Tailor};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use utoipa::ToSchema;

use super::openapi::{AssessmentDoc, ForecastDoc, PlanDoc};
use crate::error::{ApiResult, Failure};
use crate::state::AppState;

#[utoipa::path(get, path = "/api/assessment", tag = "engine",
    responses((status = 200, description = "Where the person stands, with evidence for every conclusion (`ctopath assess --format json`). Cached per profile revision and date.", body = AssessmentDoc),
              (status = 404, description = "No profile yet")))]
pub async fn assessment(State(state): State<AppState>) -> ApiResult<Response> {
    let entry = state.entry().await?;
    Ok((
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        entry.assessment_json.clone(),
    )
        .into_response())
}

#[utoipa::path(get, path = "/api/plan", tag = "engine",
    responses((status = 200, description = "Next tours of duty, action plan and playbooks (`ctopath plan --format json`)", body = PlanDoc)))]
pub async fn plan(State(state): State<AppState>) -> ApiResult<Json<Value>> {
    let (_, plan) = state.plan().await?;
    Ok(Json(
        serde_json::to_value(plan.as_ref()).map_err(|e| Failure::internal(e.to_string()))?,
    ))
}

#[utoipa::path(get, path = "/api/forecast", tag = "engine",
    responses((status = 200, description = "Years to VP Engineering and CTO, P10/P50/P90, per stage (`ctopath forecast --format json`)", body = ForecastDoc)))]
pub async fn forecast(State(state): State<AppState>) -> ApiResult<Json<Value>> {
    let entry = state.entry().await?;
    Ok(Json(
        serde_json::to_value(&entry.assessment.forecast)
            .map_err(|e| Failure::internal(e.to_string()))?,
    ))
}

/// A recorded assessment, summarised.
#[derive(Serialize, ToSchema)]
pub struct SnapshotInfo {
    pub id: String,
    pub created_at: String,
    pub level: Option<String>,
    pub readiness_next: Option<f64>,
    pub readiness_cto: Option<f64>,
}

#[utoipa::path(get, path = "/api/snapshots", tag = "engine",
    responses((status = 200, description = "Recorded assessments, oldest first", body = Vec<SnapshotInfo>)))]
pub async fn snapshots(State(state): State<AppState>) -> ApiResult<Json<Vec<SnapshotInfo>>> {
    let person = state.person().await?.ok_or_else(Failure::no_profile)?;
    let list = state.store.snapshots(&person).await?;
    Ok(Json(
        list.into_iter()
            .map(|s| SnapshotInfo {
                id: s.id.0,
                created_at: s.created_at,
                level: s.level,
                readiness_next: s.readiness_next,
                readiness_cto: s.readiness_cto,
            })
            .collect(),
    ))
}

#[utoipa::path(post, path = "/api/snapshots", tag = "engine", request_body(content = Object, description = "An empty JSON object", content_type = "application/json"),
    responses((status = 200, description = "The current assessment recorded, as `ctopath assess` does")))]
pub async fn add_snapshot(State(state): State<AppState>) -> ApiResult<Json<Value>> {
    let entry = state.entry().await?;
    let a = &entry.assessment;
    let id = state
        .store
        .add_snapshot(
            &entry.person,
            &NewSnapshot {
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
            },
        )
        .await?;
    Ok(Json(json!({ "id": id.0, "level": a.level.id })))
}

/// A job posting to tailor the career to.
#[derive(Deserialize, ToSchema)]
pub struct TailorRequest {
    /// The posting: plain text, or a JSON Resume job document as a string.
    pub posting: String,
    /// `classic` or `modern` (PDF only; default `modern`).
    #[serde(default)]
    pub theme: Option<String>,
}

fn tailoring(
    state: &AppState,
    profile: &ctopath_profile::Profile,
    posting: &str,
) -> Result<ctopath_tailor::Tailoring, Failure> {
    let today = state.today().as_fractional_year();
    Posting::parse("posting", posting.as_bytes())
        .and_then(|p| Tailor::new(profile, state.framework, today).fit(&p))
        .map_err(|e| {
            Failure::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "The posting cannot be used",
                e.to_string(),
            )
            .help(e.help())
        })
}

#[utoipa::path(post, path = "/api/tailor", tag = "tailor", request_body = TailorRequest,
    responses((status = 200, description = "Fit, requirements with verdicts and evidence, missing keywords and the tailored CV (`ctopath tailor --format json`)"),
              (status = 422, description = "Empty, binary or requirement-free posting")))]
pub async fn tailor(
    State(state): State<AppState>,
    Json(req): Json<TailorRequest>,
) -> ApiResult<Json<Value>> {
    let entry = state.entry().await?;
    let t = tailoring(&state, &entry.profile, &req.posting)?;
    Ok(Json(
        serde_json::to_value(&t).map_err(|e| Failure::internal(e.to_string()))?,
    ))
}

#[utoipa::path(post, path = "/api/tailor/cv.pdf", tag = "tailor", request_body = TailorRequest,
    responses((status = 200, description = "The tailored CV as PDF", content_type = "application/pdf"),
              (status = 422, description = "The posting cannot be used")))]
pub async fn tailor_pdf(
    State(state): State<AppState>,
    Json(req): Json<TailorRequest>,
) -> ApiResult<Response> {
    let entry = state.entry().await?;
    let t = tailoring(&state, &entry.profile, &req.posting)?;
    let theme = match req.theme.as_deref().unwrap_or("modern") {
        "classic" => Theme::Classic,
        "modern" => Theme::Modern,
        other => {
            return Err(Failure::bad_request(format!("unknown theme {other:?}"))
                .help("use classic or modern")
                .into());
        }
    };
    let st = state.clone();
    let pdf = tokio::task::spawn_blocking(move || st.pdf().cv(&t.cv, theme))
        .await
        .map_err(|e| Failure::internal(format!("the PDF stopped: {e}")))?
        .map_err(|e| Failure::internal(format!("the PDF could not be made: {e}")))?;
    Ok((
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/pdf"),
        )],
        pdf,
    )
        .into_response())
}

/// An optional posting whose questions join the framework's.
#[derive(Deserialize, ToSchema)]
pub struct InterviewRequest {
    pub posting: Option<String>,
}

#[utoipa::path(post, path = "/api/interview", tag = "tailor", request_body = InterviewRequest,
    responses((status = 200, description = "The framework's questions (and the posting's) with the best story for each as situation, task, action, result (`ctopath interview --format json`)"),
              (status = 422, description = "The posting cannot be used")))]
pub async fn interview(
    State(state): State<AppState>,
    Json(req): Json<InterviewRequest>,
) -> ApiResult<Json<Value>> {
    let entry = state.entry().await?;
    let today = state.today().as_fractional_year();
    let tailor = Tailor::new(&entry.profile, state.framework, today);
    let fitted = match req.posting.as_deref().filter(|p| !p.trim().is_empty()) {
        Some(text) => Some(tailoring(&state, &entry.profile, text)?),
        None => None,
    };
    let prep = tailor.interview(fitted.as_ref());
    Ok(Json(
        serde_json::to_value(&prep).map_err(|e| Failure::internal(e.to_string()))?,
    ))
}

#[utoipa::path(get, path = "/api/schema/{kind}", tag = "framework", params(("kind" = String, Path, description = "`profile` or `framework`")),
    responses((status = 200, description = "The JSON Schema of the profile or framework format (`ctopath profile schema`, `ctopath framework schema`)"),
              (status = 404, description = "Unknown kind")))]
pub async fn schema(axum::extract::Path(kind): axum::extract::Path<String>) -> ApiResult<Response> {
    let text = match kind.as_str() {
        "profile" => ctopath_profile::json_schema(),
        "framework" => ctopath_framework::schema::json_schema(),
        other => {
            return Err(Failure::not_found(format!("there is no schema {other:?}"))
                .help("use /api/schema/profile or /api/schema/framework")
                .into());
        }
    };
    Ok((
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/schema+json"),
        )],
        text,
    )
        .into_response())
}
