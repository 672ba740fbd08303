//! A router over a fresh SQLite file, and requests as a browser or a script sends them.

#![allow(dead_code)]

use std::time::Duration;

use axum::Router;
use axum::body::{Body, to_bytes};
use axum::http::{Request, Response, header};
use ctopath_profile::PartialDate;
use ctopath_server::{AppState, ServerConfig, Today, router};
use ctopath_store::SqlStore;
use tower::ServiceExt;

pub const MAYA: &[u8] = include_bytes!("../../../../../examples/resumes/maya-okafor.json");
/// A token of the shape the server issues; double submit only needs cookie == field.
pub const TOKEN: &str = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
pub const HOST: &str = "127.0.0.1:7878";

pub struct App {
    pub router: Router,
    pub store: SqlStore,
    pub db: String,
    _dir: tempfile::TempDir,
}

pub async fn app() -> App {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ctopath.db").display().to_string();
    let store = SqlStore::open(&db).await.unwrap();
    let config = ServerConfig {
        db: Some(db.clone()),
        today: Today::Fixed(PartialDate::parse("2026-06-30").unwrap()),
        // Every request reads the store, so writes made beside the server show at once.
        fresh_for: Duration::ZERO,
        ..ServerConfig::new()
    };
    let state = AppState::new(SqlStore::open(&db).await.unwrap(), config);
    App {
        router: router(state),
        store,
        db,
        _dir: dir,
    }
}

pub struct Reply {
    pub status: u16,
    pub headers: axum::http::HeaderMap,
    pub body: String,
}

impl Reply {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    pub fn location(&self) -> &str {
        self.headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }
}

pub async fn send(app: &App, req: Request<Body>) -> Reply {
    let res: Response<Body> = app.router.clone().oneshot(req).await.unwrap();
    let status = res.status().as_u16();
    let headers = res.headers().clone();
    let bytes = to_bytes(res.into_body(), 64 * 1024 * 1024).await.unwrap();
    Reply {
        status,
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

pub async fn get(app: &App, uri: &str) -> Reply {
    send(
        app,
        Request::get(uri)
            .header(header::HOST, HOST)
            .body(Body::empty())
            .unwrap(),
    )
    .await
}

/// A form post from one of the app's own pages: same origin, token in cookie and field.
pub async fn post_form(app: &App, uri: &str, fields: &[(&str, &str)]) -> Reply {
    let mut all = vec![("csrf_token", TOKEN)];
    all.extend_from_slice(fields);
    let body = form_body(&all);
    send(
        app,
        form_request(uri, body, Some(TOKEN), Some("http://127.0.0.1:7878")),
    )
    .await
}

pub fn form_body(fields: &[(&str, &str)]) -> String {
    let mut s = form_urlencoded::Serializer::new(String::new());
    for (k, v) in fields {
        s.append_pair(k, v);
    }
    s.finish()
}

pub fn form_request(
    uri: &str,
    body: String,
    cookie: Option<&str>,
    origin: Option<&str>,
) -> Request<Body> {
    let mut req = Request::post(uri)
        .header(header::HOST, HOST)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    if let Some(token) = cookie {
        req = req.header(header::COOKIE, format!("ctopath_csrf={token}"));
    }
    if let Some(origin) = origin {
        req = req.header(header::ORIGIN, origin);
    }
    req.body(Body::from(body)).unwrap()
}

pub async fn api(app: &App, method: &str, uri: &str, json: Option<serde_json::Value>) -> Reply {
    let mut req = Request::builder()
        .method(method)
        .uri(uri)
        .header(header::HOST, HOST);
    let body = match json {
        Some(v) => {
            req = req.header(header::CONTENT_TYPE, "application/json");
            Body::from(v.to_string())
        }
        None => Body::empty(),
    };
    send(app, req.body(body).unwrap()).await
}

/// Imports Maya's JSON Resume through the API, as a script would.
pub async fn import_maya(app: &App) -> Reply {
    let req = Request::post("/api/profile/import")
        .header(header::HOST, HOST)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(MAYA))
        .unwrap();
    send(app, req).await
}
