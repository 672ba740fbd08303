//! The JSON API: everything the command line does, under `/api`, described by the
//! OpenAPI document at `/api/openapi.json` and browsable in the vendored Swagger UI
//! at `/api/docs/`.

mod engine;
mod entries;
mod openapi;
mod profile;
mod tours;

use axum::Router;
use axum::routing::{get, post, put};
use utoipa_swagger_ui::SwaggerUi;

use crate::error::{ApiResult, Failure};
use crate::state::{AppState, SaveError};
use ctopath_profile::Profile;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/framework", get(profile::framework))
        .route("/people", get(profile::people))
        .route("/people/active", put(profile::set_active))
        .route(
            "/profile",
            get(profile::get_profile).put(profile::put_profile),
        )
        .route("/profile/import", post(profile::import))
        .route("/profile/export", get(profile::export))
        .route("/assessment", get(engine::assessment))
        .route("/plan", get(engine::plan))
        .route("/forecast", get(engine::forecast))
        .route(
            "/snapshots",
            get(engine::snapshots).post(engine::add_snapshot),
        )
        .route("/tailor", post(engine::tailor))
        .route("/tailor/cv.pdf", post(engine::tailor_pdf))
        .route("/interview", post(engine::interview))
        .route("/schema/{kind}", get(engine::schema))
        .route(
            "/achievements",
            get(entries::list_achievements).post(entries::add_achievement),
        )
        .route(
            "/achievements/{id}",
            get(entries::get_achievement)
                .put(entries::put_achievement)
                .delete(entries::delete_achievement),
        )
        .route(
            "/positions",
            get(entries::list_positions).post(entries::add_position),
        )
        .route(
            "/positions/{id}",
            get(entries::get_position)
                .put(entries::put_position)
                .delete(entries::delete_position),
        )
        .route(
            "/ratings",
            get(entries::list_ratings).post(entries::add_rating),
        )
        .route(
            "/ratings/{index}",
            axum::routing::delete(entries::delete_rating),
        )
        .route("/tours", get(tours::list).post(tours::start))
        .route("/tours/{id}", get(tours::get))
        .route("/tours/{id}/checkins", post(tours::checkin))
        .route("/tours/{id}/finish", post(tours::finish))
        .fallback(crate::error::api_not_found)
}

/// `/api/openapi.json` and the Swagger UI, all served from the binary.
pub fn docs() -> Router<AppState> {
    Router::new().merge(
        SwaggerUi::new("/api/docs")
            .external_url_unchecked("/api/openapi.json", openapi::document()),
    )
}

/// The current person's stored profile, for a change made through the API.
async fn editing(state: &AppState) -> ApiResult<(String, Profile)> {
    let person = state.person().await?.ok_or_else(Failure::no_profile)?;
    let profile = state.load(&person).await?;
    Ok((person, profile))
}

/// Saves and returns the new revision, or the validation problems (422).
async fn save(state: &AppState, person: &str, profile: &Profile) -> ApiResult<u32> {
    state
        .save(person, profile)
        .await
        .map_err(|e: SaveError| Failure::from(e).into())
}
