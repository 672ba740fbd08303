//! Achievements, positions and ratings of the current person: list, read, add,
//! replace and remove (`ctopath achievement|position …`, `ctopath rate`). Every
//! change is validated like the command line's; a rejected one writes nothing.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use ctopath_profile::{Achievement, Position, Rating};
use serde_json::{Value, json};

use super::openapi::{AchievementDoc, PositionDoc, RatingDoc};
use super::{editing, save};
use crate::error::{ApiResult, Failure};
use crate::state::AppState;

fn unknown(kind: &str, id: &str) -> Failure {
    Failure::not_found(format!("there is no {kind} {id:?}"))
        .help(format!("GET /api/{kind}s lists them with their ids"))
}

/// Entries the API addresses by id.
trait Identified {
    const KIND: &'static str;
    fn id(&self) -> &str;
}

impl Identified for Achievement {
    const KIND: &'static str = "achievement";
    fn id(&self) -> &str {
        &self.id
    }
}

impl Identified for Position {
    const KIND: &'static str = "position";
    fn id(&self) -> &str {
        &self.id
    }
}

/// Where the entry with `id` sits in `entries`, or a 404 that says how to list them.
fn index_of<T: Identified>(entries: &[T], id: &str) -> Result<usize, Failure> {
    entries
        .iter()
        .position(|e| e.id() == id)
        .ok_or_else(|| unknown(T::KIND, id))
}

fn saved(revision: u32, entry: impl serde::Serialize) -> (StatusCode, Json<Value>) {
    (
        StatusCode::OK,
        Json(json!({ "revision": revision, "entry": entry })),
    )
}

#[utoipa::path(get, path = "/api/achievements", tag = "portfolio",
    responses((status = 200, description = "The portfolio of outcomes", body = Vec<AchievementDoc>)))]
pub async fn list_achievements(State(state): State<AppState>) -> ApiResult<Json<Vec<Achievement>>> {
    Ok(Json(state.entry().await?.profile.achievements.clone()))
}

#[utoipa::path(get, path = "/api/achievements/{id}", tag = "portfolio", params(("id" = String, Path)),
    responses((status = 200, body = AchievementDoc), (status = 404, description = "No such achievement")))]
pub async fn get_achievement(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> ApiResult<Json<Achievement>> {
    let entry = state.entry().await?;
    let achievements = &entry.profile.achievements;
    Ok(Json(achievements[index_of(achievements, &id)?].clone()))
}

#[utoipa::path(post, path = "/api/achievements", tag = "portfolio", request_body = AchievementDoc,
    responses((status = 200, description = "Added: `{ \"revision\", \"entry\" }`; competencies are suggested from the text when none are given"),
              (status = 422, description = "Validation problems with field paths such as `achievements[3].date`")))]
pub async fn add_achievement(
    State(state): State<AppState>,
    Json(mut a): Json<Achievement>,
) -> ApiResult<(StatusCode, Json<Value>)> {
    let (person, mut profile) = editing(&state).await?;
    if a.competencies.is_empty() {
        a.competencies = state.framework.suggest_competencies(&a.what_changed);
    }
    profile.achievements.push(a);
    profile.assign_missing_ids();
    let revision = save(&state, &person, &profile).await?;
    Ok(saved(revision, profile.achievements.last()))
}

#[utoipa::path(put, path = "/api/achievements/{id}", tag = "portfolio", params(("id" = String, Path)), request_body = AchievementDoc,
    responses((status = 200, description = "Replaced"), (status = 404, description = "No such achievement"), (status = 422, description = "Validation problems")))]
pub async fn put_achievement(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Json(mut a): Json<Achievement>,
) -> ApiResult<(StatusCode, Json<Value>)> {
    let (person, mut profile) = editing(&state).await?;
    let i = index_of(&profile.achievements, &id)?;
    a.id = id;
    profile.achievements[i] = a;
    let revision = save(&state, &person, &profile).await?;
    Ok(saved(revision, &profile.achievements[i]))
}

#[utoipa::path(delete, path = "/api/achievements/{id}", tag = "portfolio", params(("id" = String, Path)),
    responses((status = 200, description = "Removed"), (status = 404, description = "No such achievement")))]
pub async fn delete_achievement(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    let (person, mut profile) = editing(&state).await?;
    let i = index_of(&profile.achievements, &id)?;
    profile.achievements.remove(i);
    let revision = save(&state, &person, &profile).await?;
    Ok(Json(json!({ "revision": revision, "removed": id })))
}

#[utoipa::path(get, path = "/api/positions", tag = "profile",
    responses((status = 200, description = "Jobs held, with their scope", body = Vec<PositionDoc>)))]
pub async fn list_positions(State(state): State<AppState>) -> ApiResult<Json<Vec<Position>>> {
    Ok(Json(state.entry().await?.profile.positions.clone()))
}

#[utoipa::path(get, path = "/api/positions/{id}", tag = "profile", params(("id" = String, Path)),
    responses((status = 200, body = PositionDoc), (status = 404, description = "No such position")))]
pub async fn get_position(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> ApiResult<Json<Position>> {
    let entry = state.entry().await?;
    let positions = &entry.profile.positions;
    Ok(Json(positions[index_of(positions, &id)?].clone()))
}

#[utoipa::path(post, path = "/api/positions", tag = "profile", request_body = PositionDoc,
    responses((status = 200, description = "Added as the most recent position"), (status = 422, description = "Validation problems")))]
pub async fn add_position(
    State(state): State<AppState>,
    Json(p): Json<Position>,
) -> ApiResult<(StatusCode, Json<Value>)> {
    let (person, mut profile) = editing(&state).await?;
    profile.positions.insert(0, p);
    profile.assign_missing_ids();
    let revision = save(&state, &person, &profile).await?;
    Ok(saved(revision, &profile.positions[0]))
}

#[utoipa::path(put, path = "/api/positions/{id}", tag = "profile", params(("id" = String, Path)), request_body = PositionDoc,
    responses((status = 200, description = "Replaced"), (status = 404, description = "No such position"), (status = 422, description = "Validation problems")))]
pub async fn put_position(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Json(mut p): Json<Position>,
) -> ApiResult<(StatusCode, Json<Value>)> {
    let (person, mut profile) = editing(&state).await?;
    let i = index_of(&profile.positions, &id)?;
    p.id = id;
    profile.positions[i] = p;
    let revision = save(&state, &person, &profile).await?;
    Ok(saved(revision, &profile.positions[i]))
}

#[utoipa::path(delete, path = "/api/positions/{id}", tag = "profile", params(("id" = String, Path)),
    responses((status = 200, description = "Removed; achievements that pointed at it keep their text"), (status = 404, description = "No such position")))]
pub async fn delete_position(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    let (person, mut profile) = editing(&state).await?;
    let i = index_of(&profile.positions, &id)?;
    profile.positions.remove(i);
    for a in profile
        .achievements
        .iter_mut()
        .filter(|a| a.position.as_deref() == Some(id.as_str()))
    {
        a.position = None;
    }
    let revision = save(&state, &person, &profile).await?;
    Ok(Json(json!({ "revision": revision, "removed": id })))
}

#[utoipa::path(get, path = "/api/ratings", tag = "profile",
    responses((status = 200, description = "Competency ratings, in the order given", body = Vec<RatingDoc>)))]
pub async fn list_ratings(State(state): State<AppState>) -> ApiResult<Json<Vec<Rating>>> {
    Ok(Json(state.entry().await?.profile.ratings.clone()))
}

#[utoipa::path(post, path = "/api/ratings", tag = "profile", request_body = RatingDoc,
    responses((status = 200, description = "Added (`ctopath rate`)"), (status = 422, description = "Unknown competency or level, or a bad date")))]
pub async fn add_rating(
    State(state): State<AppState>,
    Json(r): Json<Rating>,
) -> ApiResult<(StatusCode, Json<Value>)> {
    let (person, mut profile) = editing(&state).await?;
    profile.ratings.push(r);
    let revision = save(&state, &person, &profile).await?;
    Ok(saved(revision, profile.ratings.last()))
}

#[utoipa::path(delete, path = "/api/ratings/{index}", tag = "profile", params(("index" = usize, Path, description = "Position in the list, from 0")),
    responses((status = 200, description = "Removed"), (status = 404, description = "No rating at that index")))]
pub async fn delete_rating(
    State(state): State<AppState>,
    Path(index): Path<usize>,
) -> ApiResult<Json<Value>> {
    let (person, mut profile) = editing(&state).await?;
    if index >= profile.ratings.len() {
        return Err(unknown("rating", &index.to_string()).into());
    }
    profile.ratings.remove(index);
    let revision = save(&state, &person, &profile).await?;
    Ok(Json(json!({ "revision": revision, "removed": index })))
}
