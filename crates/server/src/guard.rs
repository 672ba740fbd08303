//! The checks every request passes before a handler sees it, and the clean-up of
//! every response after: body size limits, the CSRF token, the Origin check,
//! security headers, and plain-text errors turned into useful pages or JSON.

use axum::body::{Body, to_bytes};
use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;
use http_body_util::Limited;

use crate::csrf::{self, CsrfToken};
use crate::error::{Failure, is_api, respond};

/// The most a form or API request body may carry.
pub const FORM_BODY_LIMIT: usize = 2 * 1024 * 1024;
/// The most an uploaded profile may weigh.
pub const UPLOAD_BODY_LIMIT: usize = 8 * 1024 * 1024;

/// Paths that accept a whole document.
fn limit_for(path: &str) -> usize {
    match path {
        "/import" | "/api/profile/import" => UPLOAD_BODY_LIMIT,
        _ => FORM_BODY_LIMIT,
    }
}

pub async fn guard(req: Request, next: Next) -> Response {
    let path = req.uri().path().to_string();
    let limit = limit_for(&path);
    if declared_length(req.headers()).is_some_and(|n| n > limit) {
        return respond(&path, too_large(limit));
    }
    let cookie = csrf::from_cookies(req.headers());
    let token = cookie.clone().unwrap_or_else(csrf::new_token);
    let issue_cookie = cookie.is_none();

    let req = if is_safe(req.method()) {
        req.map(|body| Body::new(Limited::new(body, limit)))
    } else {
        match check_unsafe(req, &path, limit, cookie.as_deref()).await {
            Ok(req) => req,
            Err(failure) => return finish(respond(&path, failure), &path, &token, issue_cookie),
        }
    };
    let mut req = req;
    req.extensions_mut().insert(CsrfToken(token.clone()));
    let response = next.run(req).await;
    let response = explain_plain_errors(response, &path, limit).await;
    finish(response, &path, &token, issue_cookie)
}

fn is_safe(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

fn declared_length(headers: &HeaderMap) -> Option<usize> {
    headers
        .get(header::CONTENT_LENGTH)?
        .to_str()
        .ok()?
        .parse()
        .ok()
}

/// A state-changing request must come from this app's own pages (Origin), and carry
/// the session's token (forms) or a content type no other site can send without
/// the browser asking first (API).
async fn check_unsafe(
    req: Request,
    path: &str,
    limit: usize,
    cookie: Option<&str>,
) -> Result<Request, Failure> {
    check_origin(req.headers())?;
    if is_api(path) {
        if req.method() == Method::POST && !is_preflighted_type(req.headers()) {
            return Err(Failure::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "Send JSON",
                "API requests that change data must have Content-Type: application/json (or application/yaml for an import)",
            )
            .help("e.g. curl -X POST -H 'Content-Type: application/json' --data @body.json …"));
        }
        return Ok(req.map(|body| Body::new(Limited::new(body, limit))));
    }
    let (parts, body) = req.into_parts();
    let bytes = to_bytes(body, limit).await.map_err(|_| too_large(limit))?;
    let submitted = csrf::submitted(&parts.headers, &bytes).await;
    let valid = matches!((cookie, submitted.as_deref()), (Some(c), Some(s)) if csrf::same(c, s));
    if !valid {
        return Err(Failure::new(
            StatusCode::FORBIDDEN,
            "This form has expired",
            "the form was not sent from an open ctopath page (its security token is missing or old), so nothing was changed",
        )
        .help("go back, reload the page and send the form again")
        .action(path, "Reload the page"));
    }
    Ok(Request::from_parts(parts, Body::from(bytes)))
}

/// Refuses requests a browser marks as coming from another site or origin.
fn check_origin(headers: &HeaderMap) -> Result<(), Failure> {
    let refuse = |why: String| {
        Failure::new(
            StatusCode::FORBIDDEN,
            "Request from another site refused",
            why,
        )
        .help("ctopath only accepts changes made from its own pages; open the page from the URL `ctopath serve` printed")
        .action("/", "Open ctopath")
    };
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok())
        && !matches!(site, "same-origin" | "none")
    {
        return Err(refuse(format!(
            "the browser says this request came from a {site} page"
        )));
    }
    let Some(origin) = headers.get(header::ORIGIN) else {
        return Ok(());
    };
    let origin = origin.to_str().unwrap_or("null");
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let same = origin
        .strip_prefix("http://")
        .or_else(|| origin.strip_prefix("https://"))
        .is_some_and(|rest| !host.is_empty() && rest.eq_ignore_ascii_case(host));
    if same {
        Ok(())
    } else {
        Err(refuse(format!(
            "it came from {origin}, not from this app ({host})"
        )))
    }
}

/// True for content types a cross-site page cannot send without a CORS preflight
/// (which this server never grants).
fn is_preflighted_type(headers: &HeaderMap) -> bool {
    let Some(ct) = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
    else {
        return false;
    };
    let essence = ct
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    !essence.is_empty()
        && !matches!(
            essence.as_str(),
            "text/plain" | "multipart/form-data" | "application/x-www-form-urlencoded"
        )
}

fn too_large(limit: usize) -> Failure {
    Failure::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        "That is too large",
        format!(
            "the request body is larger than {} MiB, the most this page accepts",
            limit / (1024 * 1024)
        ),
    )
    .help("a profile or JSON Resume is normally well under a megabyte; remove embedded images or split the file")
}

/// Axum's own rejections (a malformed form, a missing field, an oversized body) are
/// short plain-text messages; this puts them in the app's page or JSON error shape.
async fn explain_plain_errors(response: Response, path: &str, limit: usize) -> Response {
    let status = response.status();
    let plain = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("text/plain"));
    if !(status.is_client_error() || status.is_server_error()) || !plain {
        return response;
    }
    if status == StatusCode::PAYLOAD_TOO_LARGE {
        return respond(path, too_large(limit));
    }
    let text = to_bytes(response.into_body(), 64 * 1024)
        .await
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default();
    let failure = if status.is_server_error() {
        Failure::internal(text)
    } else {
        Failure::new(status, "That request is not valid", text)
            .help("check the form or request body and try again")
    };
    respond(path, failure)
}

fn finish(mut response: Response, path: &str, token: &str, issue_cookie: bool) -> Response {
    let headers = response.headers_mut();
    if issue_cookie {
        headers.append(header::SET_COOKIE, csrf::set_cookie(token));
    }
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    // Swagger UI brings its own inline bootstrap; every other page is held to
    // same-origin scripts and styles only.
    if !path.starts_with("/api/docs") && !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            ),
        );
    }
    response
}
