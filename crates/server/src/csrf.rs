//! Cross-site request forgery protection by double submit: a random token lives in a
//! `SameSite=Strict` cookie and is repeated in a hidden field of every form (or an
//! `X-CSRF-Token` header); a state-changing request is accepted only when both are
//! present and equal. Another site can make a browser send the cookie, but cannot
//! read it to put the same value in the form.

use axum::body::Bytes;
use axum::http::{HeaderMap, HeaderValue, header};
use futures_util::stream;

pub const COOKIE: &str = "ctopath_csrf";
/// The hidden form field carrying the token.
pub const FIELD: &str = "csrf_token";
/// The header scripts (and htmx, through `hx-headers`) may send instead.
pub const HEADER: &str = "x-csrf-token";
const TOKEN_BYTES: usize = 32;

/// The token of the current session, available to handlers as a request extension
/// so every form they render can carry it.
#[derive(Debug, Clone)]
pub struct CsrfToken(pub String);

/// A fresh random token, hex-encoded.
pub fn new_token() -> String {
    let mut bytes = [0u8; TOKEN_BYTES];
    // The OS random source failing is not something a web page can recover from;
    // a zero token would still be refused below because it is checked for shape.
    let _ = getrandom::fill(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A token of the shape this module issues.
pub fn is_well_formed(token: &str) -> bool {
    token.len() == TOKEN_BYTES * 2
        && token.bytes().all(|b| b.is_ascii_hexdigit())
        && token.bytes().any(|b| b != b'0')
}

/// The token in the request's cookies, if a well-formed one is there.
pub fn from_cookies(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .map(|(_, value)| value.trim().to_string())
        .filter(|t| is_well_formed(t))
}

pub fn set_cookie(token: &str) -> HeaderValue {
    HeaderValue::from_str(&format!(
        "{COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict"
    ))
    .expect("a hex token is a valid header value")
}

/// The token a request submits: the header, else the form field of a URL-encoded or
/// multipart body.
pub async fn submitted(headers: &HeaderMap, body: &Bytes) -> Option<String> {
    if let Some(v) = headers.get(HEADER).and_then(|v| v.to_str().ok()) {
        return Some(v.trim().to_string());
    }
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if content_type.starts_with("application/x-www-form-urlencoded") {
        return form_urlencoded::parse(body)
            .find(|(k, _)| k == FIELD)
            .map(|(_, v)| v.into_owned());
    }
    if content_type.starts_with("multipart/form-data") {
        let boundary = multer::parse_boundary(content_type).ok()?;
        let chunk = body.clone();
        let source = stream::once(async move { Ok::<Bytes, std::io::Error>(chunk) });
        let mut multipart = multer::Multipart::new(source, boundary);
        while let Ok(Some(field)) = multipart.next_field().await {
            if field.name() == Some(FIELD) {
                return field.text().await.ok();
            }
        }
    }
    None
}

/// Compares without stopping at the first difference, so timing says nothing.
pub fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_and_well_formed() {
        let a = new_token();
        let b = new_token();
        assert!(is_well_formed(&a));
        assert_ne!(a, b);
        assert!(!is_well_formed("abc"));
        assert!(!is_well_formed(&"0".repeat(64)));
    }

    #[test]
    fn reads_the_cookie_among_others() {
        let token = new_token();
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_str(&format!("theme=dark; {COOKIE}={token}; x=1")).unwrap(),
        );
        assert_eq!(from_cookies(&headers), Some(token));
    }

    #[tokio::test]
    async fn finds_the_field_in_form_bodies() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/x-www-form-urlencoded"),
        );
        let body = Bytes::from("a=1&csrf_token=abc&b=2");
        assert_eq!(submitted(&headers, &body).await.as_deref(), Some("abc"));

        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("multipart/form-data; boundary=XyZ"),
        );
        let body = Bytes::from(
            "--XyZ\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\ndef\r\n--XyZ--\r\n",
        );
        assert_eq!(submitted(&headers, &body).await.as_deref(), Some("def"));
        assert!(same("abc", "abc"));
        assert!(!same("abc", "abd"));
    }
}
