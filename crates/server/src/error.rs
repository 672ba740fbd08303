//! What goes wrong, said usefully: a page that explains and offers a way on for
//! people, a JSON error for programs; never a stack trace.

use std::net::SocketAddr;

use axum::Json;
use axum::extract::OriginalUri;
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use ctopath_store::StoreError;
use serde::Serialize;

use crate::views::layout;

/// Why the server could not start or keep running.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("server error: {0}")]
    Io(std::io::Error),
}

impl ServerError {
    /// One sentence on what the user can do.
    pub fn help(&self) -> &'static str {
        match self {
            ServerError::Bind { .. } => {
                "another program may be using that port: pick another with --addr 127.0.0.1:PORT"
            }
            ServerError::Store(_) => {
                "check --db / CTOPATH_DB; `ctopath profile list` uses the same store"
            }
            ServerError::Io(_) => "try again; if it persists, restart `ctopath serve`",
        }
    }
}

/// One problem inside a document or form, placed where the user can find it.
#[derive(Debug, Clone, Serialize)]
pub struct ProblemView {
    /// Field path as written in the user's file, e.g. `work[2].startDate`.
    pub path: String,
    /// `line:column` in the file, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    pub message: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub help: String,
}

/// A request that could not be served, with what, where and how to fix it. Boxed,
/// so that results carrying it stay small.
#[derive(Debug, Clone, Serialize)]
#[serde(transparent)]
pub struct Failure(Box<Detail>);

#[derive(Debug, Clone, Serialize)]
pub struct Detail {
    #[serde(skip)]
    pub status: StatusCode,
    pub title: String,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<ProblemView>,
    /// A link that leads on from the error page: (href, label).
    #[serde(skip)]
    pub action: Option<(String, String)>,
}

impl std::ops::Deref for Failure {
    type Target = Detail;
    fn deref(&self) -> &Detail {
        &self.0
    }
}

impl Failure {
    pub fn new(status: StatusCode, title: &str, message: impl Into<String>) -> Self {
        Failure(Box::new(Detail {
            status,
            title: title.to_string(),
            message: message.into(),
            help: None,
            problems: Vec::new(),
            action: None,
        }))
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.0.help = Some(help.into());
        self
    }

    pub fn action(mut self, href: &str, label: &str) -> Self {
        self.0.action = Some((href.to_string(), label.to_string()));
        self
    }

    pub fn problems(mut self, problems: Vec<ProblemView>) -> Self {
        self.0.problems = problems;
        self
    }

    pub fn bad_request(message: impl Into<String>) -> Self {
        Failure::new(
            StatusCode::BAD_REQUEST,
            "That request is not valid",
            message,
        )
    }

    pub fn not_found(what: impl Into<String>) -> Self {
        Failure::new(StatusCode::NOT_FOUND, "Not found", what)
    }

    pub fn internal(message: impl Into<String>) -> Self {
        Failure::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "Something went wrong",
            message,
        )
        .help("nothing was changed; try again, and if it keeps happening run the same step with the `ctopath` command to see more")
    }

    /// Nobody has a profile yet: the way on is an import.
    pub fn no_profile() -> Self {
        Failure::new(
            StatusCode::NOT_FOUND,
            "No profile yet",
            "there is no career in the store to work on yet",
        )
        .help("import a JSON Resume or a ctopath profile to begin")
        .action("/import", "Import your career")
    }
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Self {
        let status = if e.is_input() {
            StatusCode::BAD_REQUEST
        } else {
            StatusCode::SERVICE_UNAVAILABLE
        };
        Failure::new(status, "The store could not do that", e.to_string())
            .help("`ctopath profile list` shows the same store from the command line")
    }
}

/// A failure shown as an HTML page.
#[derive(Debug)]
pub struct PageError(pub Failure);

impl<E: Into<Failure>> From<E> for PageError {
    fn from(e: E) -> Self {
        PageError(e.into())
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let status = self.0.status;
        (status, layout::error_page(&self.0)).into_response()
    }
}

/// A failure as JSON: `{ "error": { "title", "message", "help", "problems" } }`.
#[derive(Debug)]
pub struct ApiError(pub Failure);

impl<E: Into<Failure>> From<E> for ApiError {
    fn from(e: E) -> Self {
        ApiError(e.into())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.0.status;
        (status, Json(serde_json::json!({ "error": self.0 }))).into_response()
    }
}

pub type PageResult<T> = Result<T, PageError>;
pub type ApiResult<T> = Result<T, ApiError>;

/// The failure in the form its caller expects: JSON under `/api`, a page elsewhere.
pub fn respond(path: &str, failure: Failure) -> Response {
    if is_api(path) {
        ApiError(failure).into_response()
    } else {
        PageError(failure).into_response()
    }
}

pub fn is_api(path: &str) -> bool {
    path == "/api" || path.starts_with("/api/")
}

pub async fn not_found(uri: Uri) -> Response {
    respond(
        uri.path(),
        Failure::not_found(format!("there is no page at {}", uri.path()))
            .help("the links at the top of the page lead to everything ctopath shows")
            .action("/", "Go to the dashboard"),
    )
}

/// The API's own fallback: nested routers see the path without `/api`, so this
/// one always answers in JSON.
pub async fn api_not_found(OriginalUri(uri): OriginalUri) -> Response {
    ApiError(
        Failure::not_found(format!("there is no API endpoint at {}", uri.path()))
            .help("/api/openapi.json lists every endpoint; /api/docs/ lets you try them"),
    )
    .into_response()
}

pub async fn method_not_allowed(uri: Uri) -> Response {
    respond(
        uri.path(),
        Failure::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "Not allowed here",
            format!("{} does not accept that kind of request", uri.path()),
        )
        .help("open the page and use its form; the API is described at /api/docs")
        .action("/", "Go to the dashboard"),
    )
}
