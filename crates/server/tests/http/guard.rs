//! The safety nets: CSRF and Origin checks on every state-changing request, body
//! size limits, and useful error pages instead of bare statuses.

use crate::common::*;
use axum::body::Body;
use axum::http::{Request, header};
use ctopath_store::Store;

async fn revisions(app: &App) -> u32 {
    app.store
        .people()
        .await
        .unwrap()
        .first()
        .map_or(0, |p| p.revisions)
}

#[tokio::test]
async fn a_form_post_without_the_token_is_refused_and_writes_nothing() {
    let app = app().await;
    import_maya(&app).await;
    let before = revisions(&app).await;
    let fields = [("name", "Mallory"), ("target_role", "cto")];

    // No cookie, no field.
    let r = send(
        &app,
        form_request("/profile/person", form_body(&fields), None, None),
    )
    .await;
    assert_eq!(r.status, 403);
    assert!(r.body.contains("This form has expired"), "{}", r.body);
    assert!(
        r.headers[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );

    // A cookie, but the field carries another value (what a forging site would send).
    let mut forged = vec![(
        "csrf_token",
        "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
    )];
    forged.extend_from_slice(&fields);
    let r = send(
        &app,
        form_request("/profile/person", form_body(&forged), Some(TOKEN), None),
    )
    .await;
    assert_eq!(r.status, 403);

    assert_eq!(revisions(&app).await, before, "nothing was written");
    let r = post_form(&app, "/profile/person", &fields).await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(revisions(&app).await, before + 1);
}

#[tokio::test]
async fn a_cross_origin_post_is_refused_even_with_a_valid_token() {
    let app = app().await;
    import_maya(&app).await;
    let mut fields = vec![("csrf_token", TOKEN)];
    fields.push(("name", "Mallory"));
    let req = form_request(
        "/profile/person",
        form_body(&fields),
        Some(TOKEN),
        Some("http://evil.example"),
    );
    let r = send(&app, req).await;
    assert_eq!(r.status, 403);
    assert!(r.body.contains("another site"), "{}", r.body);

    let mut req = form_request("/profile/person", form_body(&fields), Some(TOKEN), None);
    req.headers_mut()
        .insert("sec-fetch-site", "cross-site".parse().unwrap());
    assert_eq!(send(&app, req).await.status, 403);

    // The JSON API applies the same Origin rule.
    let req = Request::put("/api/people/active")
        .header(header::HOST, HOST)
        .header(header::ORIGIN, "http://evil.example")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(r#"{"name":"Maya Okafor"}"#))
        .unwrap();
    let r = send(&app, req).await;
    assert_eq!(r.status, 403);
    assert!(
        r.json()["error"]["message"]
            .as_str()
            .unwrap()
            .contains("evil.example")
    );
}

#[tokio::test]
async fn api_posts_must_not_look_like_a_form() {
    let app = app().await;
    let req = Request::post("/api/profile/import")
        .header(header::HOST, HOST)
        .header(header::CONTENT_TYPE, "text/plain")
        .body(Body::from(MAYA))
        .unwrap();
    let r = send(&app, req).await;
    assert_eq!(r.status, 415);
    assert_eq!(r.json()["error"]["title"], "Send JSON");
    assert!(app.store.people().await.unwrap().is_empty());
}

#[tokio::test]
async fn the_first_page_issues_a_strict_cookie_and_forms_carry_its_token() {
    let app = app().await;
    import_maya(&app).await;
    let r = get(&app, "/profile").await;
    let cookie = r.headers[header::SET_COOKIE].to_str().unwrap().to_string();
    assert!(
        cookie.contains("SameSite=Strict") && cookie.contains("HttpOnly"),
        "{cookie}"
    );
    let token = cookie
        .split(';')
        .next()
        .unwrap()
        .trim_start_matches("ctopath_csrf=");
    assert_eq!(token.len(), 64);
    assert!(
        r.body
            .contains(&format!(r#"name="csrf_token" value="{token}""#))
    );
    assert!(r.headers.contains_key(header::CONTENT_SECURITY_POLICY));
}

#[tokio::test]
async fn bodies_over_the_limit_get_413_with_an_explanation() {
    let app = app().await;
    let big = vec![b' '; ctopath_server::UPLOAD_BODY_LIMIT + 1];
    let req = Request::post("/api/profile/import")
        .header(header::HOST, HOST)
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::CONTENT_LENGTH, big.len())
        .body(Body::from(big))
        .unwrap();
    let r = send(&app, req).await;
    assert_eq!(r.status, 413);
    assert!(
        r.json()["error"]["message"]
            .as_str()
            .unwrap()
            .contains("8 MiB")
    );

    // A form is held to the smaller limit, and the answer is a page; also without a
    // declared length, as a streamed body.
    let field = "x".repeat(ctopath_server::FORM_BODY_LIMIT + 10);
    let body = form_body(&[("csrf_token", TOKEN), ("name", &field)]);
    let mut req = form_request("/profile/person", body, Some(TOKEN), None);
    req.headers_mut().remove(header::CONTENT_LENGTH);
    let r = send(&app, req).await;
    assert_eq!(r.status, 413);
    assert!(
        r.body.contains("2 MiB") && r.body.contains("<html"),
        "{}",
        &r.body[..200.min(r.body.len())]
    );
    assert!(
        app.store.people().await.unwrap().is_empty(),
        "nothing was written"
    );
}

#[tokio::test]
async fn unknown_pages_get_a_useful_404() {
    let app = app().await;
    let r = get(&app, "/no/such/page").await;
    assert_eq!(r.status, 404);
    assert!(
        r.body.contains("here is no page at /no/such/page"),
        "{}",
        r.body
    );
    assert!(r.body.contains(r#"href="/""#), "the page leads on");
    assert!(!r.body.to_lowercase().contains("panicked"));

    let r = get(&app, "/api/no/such/thing").await;
    assert_eq!(r.status, 404);
    assert_eq!(r.json()["error"]["title"], "Not found");

    let r = get(&app, "/tours/not-a-tour").await;
    assert_eq!(
        r.status, 404,
        "no profile yet is also a 404 that leads to the import"
    );
    assert!(r.body.contains("/import"));

    let r = send(
        &app,
        Request::delete("/import")
            .header(header::HOST, HOST)
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert!(r.status == 405 || r.status == 403, "status {}", r.status);
}
