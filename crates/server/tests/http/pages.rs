//! The pages as a browser without JavaScript uses them: forms post, errors appear
//! next to their fields, successes redirect with a notice.

use crate::common::*;
use axum::body::Body;
use axum::http::{Request, header};
use ctopath_store::Store;

#[tokio::test]
async fn every_page_renders_for_an_imported_career() {
    let app = app().await;
    let welcome = get(&app, "/").await;
    assert_eq!(welcome.status, 200);
    assert!(
        welcome.body.contains(r#"action="/import""#),
        "a new user is offered the import"
    );

    import_maya(&app).await;
    for page in [
        "/",
        "/assessment",
        "/plan",
        "/portfolio",
        "/profile",
        "/tailor",
        "/import",
        "/framework",
        "/framework?section=competencies",
        "/framework?section=playbooks",
        "/profile/positions/new",
        "/profile/achievements/new",
    ] {
        let r = get(&app, page).await;
        assert_eq!(
            r.status,
            200,
            "{page}: {}",
            &r.body[..300.min(r.body.len())]
        );
        assert!(
            r.body.contains("<nav class=\"mainnav\""),
            "{page} has the navigation"
        );
    }
    let dash = get(&app, "/").await.body;
    assert!(
        dash.contains("Competency radar") && dash.contains("<svg"),
        "the radar is inline SVG"
    );
    assert!(dash.contains("Readiness for CTO"));
    assert!(dash.contains("Career timeline"));
}

#[tokio::test]
async fn an_invalid_position_shows_each_error_next_to_its_field() {
    let app = app().await;
    import_maya(&app).await;
    let before = app.store.people().await.unwrap()[0].revisions;
    let r = post_form(
        &app,
        "/profile/positions",
        &[
            ("title", "Head of Platform"),
            ("organisation", "Ledgerly"),
            ("start", "2024-13"),
            ("coding_share", "140"),
        ],
    )
    .await;
    assert_eq!(r.status, 422);
    let start = field_block(&r.body, "f-start");
    assert!(
        start.contains("field-error") && start.contains("YYYY-MM"),
        "{start}"
    );
    assert!(start.contains(r#"value="2024-13""#), "what was typed stays");
    let share = field_block(&r.body, "f-coding_share");
    assert!(
        share.contains("field-error"),
        "the profile's own rule lands on its field: {share}"
    );
    assert_eq!(
        app.store.people().await.unwrap()[0].revisions,
        before,
        "nothing was saved"
    );

    // Fixed, it saves and goes back to the profile with a notice.
    let r = post_form(
        &app,
        "/profile/positions",
        &[
            ("title", "Head of Platform"),
            ("organisation", "Ledgerly"),
            ("start", "2024-01"),
            ("coding_share", "10"),
        ],
    )
    .await;
    assert_eq!(r.status, 303);
    assert_eq!(r.location(), "/profile?done=position-saved#positions");
    let profile = get(&app, "/profile?done=position-saved").await.body;
    assert!(profile.contains("Position saved.") && profile.contains("Head of Platform"));
}

/// The markup of the form field whose input has `id`.
fn field_block<'a>(html: &'a str, id: &str) -> &'a str {
    let at = html
        .find(&format!(r#"id="{id}""#))
        .unwrap_or_else(|| panic!("no field {id}"));
    let start = html[..at].rfind("<div class=\"field").unwrap();
    let end = html[at..].find("</div>").map_or(html.len(), |e| at + e);
    &html[start..end]
}

#[tokio::test]
async fn adding_an_achievement_suggests_competencies_and_lists_it() {
    let app = app().await;
    import_maya(&app).await;
    let r = post_form(
        &app,
        "/profile/achievements/suggest",
        &[(
            "what_changed",
            "Hired 12 engineers and built the hiring pipeline",
        )],
    )
    .await;
    assert_eq!(r.status, 200);
    assert!(r.body.contains("suggested"), "{}", r.body);

    let r = post_form(
        &app,
        "/profile/achievements",
        &[
            ("what_changed", "Cut p99 latency of the ledger API"),
            ("metric", "p99 latency"),
            ("before", "800"),
            ("after", "120"),
            ("unit", "ms"),
            ("date", "2026-02"),
            ("competencies", "systems_thinking"),
            ("tags", "platform, reliability"),
        ],
    )
    .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let page = get(&app, "/portfolio?tag=reliability").await.body;
    assert!(page.contains("Cut p99 latency of the ledger API"));
    assert!(page.contains("-85%"), "the change is shown");
    assert!(page.contains("Showing 1 of"));

    let r = post_form(
        &app,
        "/profile/achievements",
        &[("what_changed", ""), ("before", "3")],
    )
    .await;
    assert_eq!(r.status, 422);
    assert!(field_block(&r.body, "f-what_changed").contains("field-error"));
    assert!(field_block(&r.body, "f-after").contains("field-error"));
}

#[tokio::test]
async fn uploading_a_broken_file_shows_where_it_breaks() {
    let app = app().await;
    let boundary = "XBOUNDARY";
    let file = "{\n  \"basics\": {\"name\": \"A\"},\n  \"work\": [ {\"name\": \"X\" \"position\": \"CTO\"} ]\n}\n";
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n{TOKEN}\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"resume.json\"\r\nContent-Type: application/json\r\n\r\n{file}\r\n\
         --{boundary}--\r\n"
    );
    let req = Request::post("/import")
        .header(header::HOST, HOST)
        .header(header::COOKIE, format!("ctopath_csrf={TOKEN}"))
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={boundary}"),
        )
        .body(Body::from(body))
        .unwrap();
    let r = send(&app, req).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("Nothing was imported") && r.body.contains("resume.json"));
    assert!(r.body.contains("line:column 3:"), "{}", r.body);
    assert!(app.store.people().await.unwrap().is_empty());
}

#[tokio::test]
async fn a_tour_starts_from_the_plan_and_takes_check_ins() {
    let app = app().await;
    import_maya(&app).await;
    let plan = get(&app, "/api/plan").await.json();
    let mission = plan["tours"][0]["id"].as_str().unwrap().to_string();
    let charter = get(&app, &format!("/tours/start/{mission}")).await;
    assert_eq!(charter.status, 200);
    assert!(charter.body.contains("Start the tour"));

    let criteria: Vec<String> = plan["tours"][0]["success_criteria"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            format!(
                "{} :: {}",
                c["text"].as_str().unwrap(),
                c["measure"].as_str().unwrap()
            )
        })
        .collect();
    let criteria = criteria.join("\n");
    let r = post_form(
        &app,
        "/tours",
        &[
            ("mission_id", &mission),
            ("title", "Cross-team project"),
            ("mission", "Lead a project across teams"),
            ("criteria", "A criterion without a measure"),
            ("start", "2026-01-15"),
        ],
    )
    .await;
    assert_eq!(r.status, 422, "a criterion needs its measure");
    assert!(field_block(&r.body, "f-criteria").contains("needs a measure"));

    let r = post_form(
        &app,
        "/tours",
        &[
            ("mission_id", &mission),
            ("title", "Cross-team project"),
            ("mission", "Lead a project across teams"),
            ("criteria", &criteria),
            ("start", "2026-01-15"),
            ("horizon_months", "9"),
            ("checkin_every_weeks", "2"),
            ("sponsor", "Priya (CEO)"),
        ],
    )
    .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let tour_url = r.location().split('?').next().unwrap().to_string();
    let r = post_form(
        &app,
        &format!("{tour_url}/checkins"),
        &[
            ("date", "2026-02-01"),
            ("status_0", "on_track"),
            ("note_0", "all leads signed"),
            ("learned", "Start with the skeptics"),
        ],
    )
    .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let page = get(&app, &tour_url).await.body;
    assert!(page.contains("all leads signed") && page.contains("on track"));
}
