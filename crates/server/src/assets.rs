//! Static files compiled into the binary: the stylesheet, htmx and its licence,
//! and the icon. Nothing is fetched from anywhere else.

use axum::Router;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use crate::state::AppState;

const APP_CSS: &str = include_str!("../static/app.css");
const HTMX_JS: &[u8] = include_bytes!("../static/htmx.min.js");
const HTMX_LICENSE: &str = include_str!("../static/htmx.LICENSE");
const ICON_SVG: &str = include_str!("../static/icon.svg");

/// The stylesheet's URL carries a hash of its content, so browsers may keep it
/// forever and still see a new version the moment it changes.
pub fn css_url() -> &'static str {
    static URL: std::sync::LazyLock<String> =
        std::sync::LazyLock::new(|| format!("/static/app.css?v={:x}", fnv(APP_CSS.as_bytes())));
    &URL
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/static/app.css",
            get(|| async { asset("text/css; charset=utf-8", APP_CSS.as_bytes()) }),
        )
        .route(
            "/static/htmx.min.js",
            get(|| async { asset("text/javascript; charset=utf-8", HTMX_JS) }),
        )
        .route(
            "/static/htmx.LICENSE",
            get(|| async { asset("text/plain; charset=utf-8", HTMX_LICENSE.as_bytes()) }),
        )
        .route(
            "/static/icon.svg",
            get(|| async { asset("image/svg+xml", ICON_SVG.as_bytes()) }),
        )
        .route(
            "/favicon.ico",
            get(|| async { asset("image/svg+xml", ICON_SVG.as_bytes()) }),
        )
}

fn asset(content_type: &'static str, body: &'static [u8]) -> Response {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=31536000, immutable"),
            ),
        ],
        body,
    )
        .into_response()
}

/// FNV-1a: a tiny, stable content hash for cache busting (not for security).
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}
