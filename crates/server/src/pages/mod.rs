//! The pages people use, one module per section of the navigation.

mod assessment;
mod dashboard;
mod framework;
mod import;
mod plan;
mod portfolio;
mod profile;
mod tailor;
mod tours;

pub use import::problems_of as import_problems;

use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use ctopath_profile::Profile;
use maud::Markup;

use crate::error::{Failure, PageResult};
use crate::forms::{FormData, FormErrors};
use crate::state::{AppState, SaveError, validation_problems};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(dashboard::show))
        .route("/assessment", get(assessment::show))
        .route("/assessment/snapshot", post(assessment::snapshot))
        .route("/plan", get(plan::show))
        .route("/tours", post(tours::start))
        .route("/tours/start/{mission}", get(tours::charter))
        .route("/tours/{id}", get(tours::show))
        .route("/tours/{id}/checkins", post(tours::checkin))
        .route("/tours/{id}/finish", post(tours::finish))
        .route("/portfolio", get(portfolio::show))
        .route("/profile", get(profile::show))
        .route("/profile/person", post(profile::save_person))
        .route("/profile/positions", post(profile::add_position))
        .route("/profile/positions/new", get(profile::new_position))
        .route(
            "/profile/positions/{id}",
            get(profile::edit_position).post(profile::update_position),
        )
        .route(
            "/profile/positions/{id}/delete",
            post(profile::delete_position),
        )
        .route("/profile/achievements", post(profile::add_achievement))
        .route("/profile/achievements/new", get(profile::new_achievement))
        .route("/profile/achievements/suggest", post(profile::suggest))
        .route(
            "/profile/achievements/{id}",
            get(profile::edit_achievement).post(profile::update_achievement),
        )
        .route(
            "/profile/achievements/{id}/delete",
            post(profile::delete_achievement),
        )
        .route("/profile/ratings", post(profile::add_rating))
        .route(
            "/profile/ratings/{index}/delete",
            post(profile::delete_rating),
        )
        .route("/import", get(import::show).post(import::upload))
        .route("/people/active", post(import::switch_person))
        .route("/tailor", get(tailor::show).post(tailor::run))
        .route("/tailor/cv.pdf", post(tailor::pdf))
        .route("/framework", get(framework::show))
}

/// After a change: back to `to`, with the notice `done` shown once (303, so a
/// reload does not send the form again).
fn done(to: &str, done: &str) -> Response {
    let (path, anchor) = to.split_once('#').map_or((to, ""), |(p, a)| (p, a));
    let sep = if path.contains('?') { '&' } else { '?' };
    let anchor = if anchor.is_empty() {
        String::new()
    } else {
        format!("#{anchor}")
    };
    Redirect::to(&format!("{path}{sep}done={done}{anchor}")).into_response()
}

/// The person the app is about and their latest stored profile, for a change.
async fn editing(state: &AppState) -> Result<(String, Profile), Failure> {
    let person = state.person().await?.ok_or_else(Failure::no_profile)?;
    let profile = state.load(&person).await?;
    Ok((person, profile))
}

/// A change to save: the profile as it would be, and how validation problems map
/// back onto the form that made it.
struct Attempt<'a> {
    person: &'a str,
    profile: &'a Profile,
    /// The path of the edited entry, e.g. `positions[2]`.
    prefix: String,
    to_field: fn(&str) -> Option<&'static str>,
    errors: FormErrors,
}

impl Attempt<'_> {
    /// Saves the profile, or puts the validation problems next to the form's fields
    /// and shows the form again (422) with nothing written.
    async fn save(
        mut self,
        state: &AppState,
        success: Response,
        show: impl FnOnce(&FormErrors) -> Markup,
    ) -> PageResult<Response> {
        // Validate even when some fields did not parse, so every problem shows at once.
        let problems = validation_problems(self.profile, state.framework);
        if self.errors.is_empty() && problems.is_empty() {
            match state.save(self.person, self.profile).await {
                Ok(_) => return Ok(success),
                Err(SaveError::Invalid(problems)) => {
                    self.errors.absorb(problems, &self.prefix, self.to_field)
                }
                Err(SaveError::Failed(f)) => return Err(f.into()),
            }
        } else {
            self.errors.absorb(problems, &self.prefix, self.to_field);
        }
        Ok((StatusCode::UNPROCESSABLE_ENTITY, show(&self.errors)).into_response())
    }
}

/// Handler signatures stay short with these.
type Form = FormData;
type St = State<AppState>;
