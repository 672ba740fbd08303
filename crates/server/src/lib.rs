//! The local web app behind `ctopath serve`.
//!
//! Server-rendered pages (maud) that work without JavaScript, with htmx (vendored,
//! served from the binary) for partial updates, and a JSON API under `/api`
//! described by an OpenAPI document with a vendored Swagger UI. The app reads and
//! writes the same store as the command line, so a change made in one shows in the
//! other.
//!
//! - [`router`] builds the whole application for a [`AppState`]; tests drive it with
//!   `tower::ServiceExt::oneshot`.
//! - [`Server::bind`] opens the store and the listening socket; [`Server::run`]
//!   serves until Ctrl-C. [`serve`] does both and prints the URL.
//!
//! Safety nets every request passes through ([`guard`]): body size limits (2 MiB,
//! 8 MiB for uploads), and for every state-changing request an Origin check plus a
//! double-submit CSRF token (cookie and hidden form field) for forms, or a
//! non-form content type for the API.

mod api;
mod assets;
mod cache;
mod charts;
mod config;
mod csrf;
mod error;
mod forms;
mod guard;
mod pages;
mod state;
mod tour_ops;
mod views;

use std::net::SocketAddr;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::middleware;
use ctopath_store::SqlStore;
use tokio::net::TcpListener;

pub use config::{ServerConfig, Today};
pub use error::ServerError;
pub use guard::{FORM_BODY_LIMIT, UPLOAD_BODY_LIMIT};
pub use state::AppState;

/// The whole application: pages, static files, the API and its documentation,
/// behind the body-limit and CSRF guard, with useful pages for 404 and 405.
pub fn router(state: AppState) -> Router {
    Router::new()
        .merge(pages::routes())
        .merge(assets::routes())
        .nest("/api", api::routes())
        .merge(api::docs())
        .fallback(error::not_found)
        .method_not_allowed_fallback(error::method_not_allowed)
        .layer(middleware::from_fn(guard::guard))
        // The guard enforces the per-path limits; this only lifts axum's own
        // default so uploads up to the larger limit reach the handlers.
        .layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT))
        .with_state(state)
}

/// A bound server: the store is open and the socket is listening.
pub struct Server {
    listener: TcpListener,
    state: AppState,
}

impl Server {
    /// Opens the store named in `config` (or the default SQLite file) and binds the
    /// address. Binding port 0 picks a free port; [`Server::url`] tells which.
    pub async fn bind(config: ServerConfig) -> Result<Server, ServerError> {
        let location = match &config.db {
            Some(db) => db.clone(),
            None => SqlStore::default_location()?.display().to_string(),
        };
        let store = SqlStore::open(&location).await?;
        let listener =
            TcpListener::bind(config.addr)
                .await
                .map_err(|source| ServerError::Bind {
                    addr: config.addr,
                    source,
                })?;
        let state = AppState::new(store, config);
        Ok(Server { listener, state })
    }

    pub fn local_addr(&self) -> Result<SocketAddr, ServerError> {
        self.listener.local_addr().map_err(ServerError::Io)
    }

    /// The address to open in a browser, e.g. `http://127.0.0.1:7878/`.
    pub fn url(&self) -> Result<String, ServerError> {
        Ok(format!("http://{}/", self.local_addr()?))
    }

    /// Serves requests until Ctrl-C (or SIGTERM), then finishes the ones in flight.
    pub async fn run(self) -> Result<(), ServerError> {
        let app = router(self.state);
        axum::serve(self.listener, app)
            .with_graceful_shutdown(shutdown_signal())
            .await
            .map_err(ServerError::Io)
    }
}

/// Binds, prints the URL on standard output and serves until interrupted.
pub async fn serve(config: ServerConfig) -> Result<(), ServerError> {
    let server = Server::bind(config).await?;
    println!("ctopath is running at {}", server.url()?);
    server.run().await
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
}
