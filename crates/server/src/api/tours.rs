//! Tours of duty through the API: list, start one the plan proposes, check in,
//! finish (`ctopath tour …`).

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use ctopath_profile::tour_health;
use ctopath_profile::{CheckIn, Metric, PartialDate, TourOfDuty, TourStatus};
use serde::Deserialize;
use serde_json::{Value, json};
use utoipa::ToSchema;

use super::openapi::{CheckInDoc, TourDoc};
use super::{editing, save};
use crate::error::{ApiResult, Failure};
use crate::state::AppState;
use crate::tour_ops;

fn unknown(id: &str) -> Failure {
    Failure::not_found(format!("there is no tour {id:?}"))
        .help("GET /api/tours lists them with their ids")
}

fn with_health(t: &TourOfDuty, today: PartialDate) -> Value {
    json!({
        "tour": t,
        "health": tour_health::health(t).id(),
        "criteria": tour_health::criterion_states(t),
        "next_checkin": tour_health::checkin_schedule(t, today),
    })
}

#[utoipa::path(get, path = "/api/tours", tag = "tours",
    responses((status = 200, description = "The person's tours, each with its health, criteria and next check-in", body = Vec<TourDoc>)))]
pub async fn list(State(state): State<AppState>) -> ApiResult<Json<Vec<Value>>> {
    let entry = state.entry().await?;
    let today = state.today();
    Ok(Json(
        entry
            .profile
            .tours
            .iter()
            .map(|t| with_health(t, today))
            .collect(),
    ))
}

#[utoipa::path(get, path = "/api/tours/{id}", tag = "tours", params(("id" = String, Path)),
    responses((status = 200, body = TourDoc), (status = 404, description = "No such tour")))]
pub async fn get(State(state): State<AppState>, Path(id): Path<String>) -> ApiResult<Json<Value>> {
    let entry = state.entry().await?;
    let t = entry
        .profile
        .tours
        .iter()
        .find(|t| t.id == id)
        .ok_or_else(|| unknown(&id))?;
    Ok(Json(with_health(t, state.today())))
}

/// Which proposed tour to start, and the parts of the charter only the person knows.
#[derive(Deserialize, ToSchema)]
pub struct StartTour {
    /// The mission id of a tour `GET /api/plan` proposes.
    pub mission_id: String,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; default today.
    pub start: Option<String>,
    pub sponsor: Option<String>,
}

fn date(text: Option<&str>, field: &str, today: PartialDate) -> Result<PartialDate, Failure> {
    match text {
        None => Ok(today),
        Some(t) => PartialDate::parse(t).map_err(|e| {
            Failure::bad_request(format!("`{field}` {t:?} is not a date: {e}"))
                .help("write YYYY, YYYY-MM or YYYY-MM-DD")
        }),
    }
}

#[utoipa::path(post, path = "/api/tours", tag = "tours", request_body = StartTour,
    responses((status = 200, description = "Started: `{ \"revision\", \"tour\" }`"),
              (status = 404, description = "The plan does not propose that mission"),
              (status = 422, description = "Another tour is active, or the charter breaks a rule")))]
pub async fn start(
    State(state): State<AppState>,
    Json(req): Json<StartTour>,
) -> ApiResult<Json<Value>> {
    let (_, plan) = state.plan().await?;
    let (person, mut profile) = editing(&state).await?;
    let proposal = plan
        .tours
        .iter()
        .find(|t| t.id == req.mission_id)
        .ok_or_else(|| {
            Failure::not_found(format!(
                "the plan does not propose a tour {:?} now",
                req.mission_id
            ))
            .help("GET /api/plan lists the proposed tours; use one of their ids")
        })?;
    let start = date(req.start.as_deref(), "start", state.today())?;
    let id = tour_ops::new_id(&profile, &proposal.id);
    profile
        .tours
        .push(tour_ops::from_proposal(id, proposal, start, req.sponsor));
    let revision = save(&state, &person, &profile).await?;
    Ok(Json(
        json!({ "revision": revision, "tour": profile.tours.last() }),
    ))
}

#[utoipa::path(post, path = "/api/tours/{id}/checkins", tag = "tours", params(("id" = String, Path)), request_body = CheckInDoc,
    responses((status = 200, description = "Recorded; the answer carries the tour's new health"),
              (status = 404, description = "No such tour"),
              (status = 422, description = "A finished tour, an unknown criterion index, or dates out of order")))]
pub async fn checkin(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Json(c): Json<CheckIn>,
) -> ApiResult<Json<Value>> {
    let (person, mut profile) = editing(&state).await?;
    let i = profile
        .tours
        .iter()
        .position(|t| t.id == id)
        .ok_or_else(|| unknown(&id))?;
    if profile.tours[i].is_finished() {
        return Err(Failure::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "That tour is finished",
            format!(
                "tour {id:?} is {}; check-ins go on a running tour",
                profile.tours[i].status.id()
            ),
        )
        .into());
    }
    profile.tours[i].checkins.push(c);
    let revision = save(&state, &person, &profile).await?;
    Ok(Json(
        json!({ "revision": revision, "health": tour_health::health(&profile.tours[i]).id() }),
    ))
}

/// How the tour ended.
#[derive(Deserialize, ToSchema)]
pub struct FinishTour {
    /// `completed` or `abandoned`.
    pub result: String,
    /// What the tour left behind (or why it stopped); a completed tour's outcome
    /// becomes an achievement.
    pub outcome: String,
    /// Default today.
    pub date: Option<String>,
    /// The number behind the outcome.
    #[schema(value_type = Option<Object>)]
    pub metric: Option<Metric>,
}

#[utoipa::path(post, path = "/api/tours/{id}/finish", tag = "tours", params(("id" = String, Path)), request_body = FinishTour,
    responses((status = 200, description = "Finished; a completed tour's outcome is in the portfolio"),
              (status = 404, description = "No such tour"), (status = 422, description = "Not running, or the finish breaks a rule")))]
pub async fn finish(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Json(req): Json<FinishTour>,
) -> ApiResult<Json<Value>> {
    let (person, mut profile) = editing(&state).await?;
    let i = profile
        .tours
        .iter()
        .position(|t| t.id == id)
        .ok_or_else(|| unknown(&id))?;
    if profile.tours[i].status != TourStatus::Active {
        return Err(Failure::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "That tour is not running",
            format!("tour {id:?} is {}", profile.tours[i].status.id()),
        )
        .into());
    }
    let status = match req.result.as_str() {
        "completed" => TourStatus::Completed,
        "abandoned" => TourStatus::Abandoned,
        other => {
            return Err(Failure::bad_request(format!(
                "`result` {other:?} is not completed or abandoned"
            ))
            .into());
        }
    };
    if req.outcome.trim().is_empty() {
        return Err(Failure::bad_request("`outcome` is empty")
            .help("say in a sentence what the tour left behind")
            .into());
    }
    let when = date(req.date.as_deref(), "date", state.today())?;
    tour_ops::finish(
        &mut profile,
        i,
        status,
        when,
        req.outcome.trim().to_string(),
        req.metric,
    );
    let revision = save(&state, &person, &profile).await?;
    Ok(Json(
        json!({ "revision": revision, "tour": profile.tours[i] }),
    ))
}
