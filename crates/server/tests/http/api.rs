//! The JSON API: the contract's shapes, the OpenAPI document, validation with field
//! paths, and the store shared with the command line.

use crate::common::*;
use ctopath_store::Store;
use serde_json::json;

#[tokio::test]
async fn assessment_has_the_contract_shape_with_evidence() {
    let app = app().await;
    let r = import_maya(&app).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json()["outcome"], "created");

    let r = get(&app, "/api/assessment").await;
    assert_eq!(r.status, 200);
    assert_eq!(r.headers["content-type"], "application/json");
    let a = r.json();
    assert_eq!(a["framework"]["id"], "cto-path");
    assert_eq!(a["route"], "software_engineering");
    let level = a["level"]["number"].as_u64().unwrap();
    assert!((1..=10).contains(&level));
    assert_eq!(a["level"]["id"], format!("L{level}"));
    assert!(!a["level"]["evidence"].as_array().unwrap().is_empty());
    for e in a["level"]["evidence"].as_array().unwrap() {
        assert!(e["kind"].is_string() && e["text"].is_string() && e["source"].is_string());
    }
    for key in ["next_level", "cto"] {
        let x = a["readiness"][key].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&x));
    }
    assert!(a["tour"].is_string() && a["stage"].is_string());
    assert!(
        a["years_experience"].as_f64().unwrap() > 10.0,
        "Maya has worked since 2011"
    );
    let q = &a["forecast"]["years_to_cto"];
    assert!(q["p10"].as_f64().unwrap() <= q["p50"].as_f64().unwrap());
    assert!(q["p50"].as_f64().unwrap() <= q["p90"].as_f64().unwrap());
    for c in a["competencies"].as_array().unwrap() {
        for key in ["id", "current", "expected", "target", "gap"] {
            assert!(!c[key].is_null(), "competency {c} lacks {key}");
        }
    }
    assert!(a["stall_patterns"].is_array() && a["signals"].is_array() && a["path_fit"].is_array());
    assert!(a["role_fit"]["cto"].is_number() && a["role_fit"]["vp_engineering"].is_number());

    // The same answer twice comes from the cache, byte for byte.
    assert_eq!(get(&app, "/api/assessment").await.body, r.body);

    let plan = get(&app, "/api/plan").await.json();
    let tours = plan["tours"].as_array().unwrap();
    assert!((1..=3).contains(&tours.len()));
    for t in tours {
        let criteria = t["success_criteria"].as_array().unwrap();
        assert!((3..=5).contains(&criteria.len()), "{t}");
    }
    assert!(plan["action_plan"]["next_3_months"].is_array());
}

#[tokio::test]
async fn openapi_document_is_json_listing_every_path() {
    let app = app().await;
    let r = get(&app, "/api/openapi.json").await;
    assert_eq!(r.status, 200);
    let doc = r.json();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let paths = doc["paths"].as_object().unwrap();
    for p in [
        "/api/assessment",
        "/api/plan",
        "/api/forecast",
        "/api/profile",
        "/api/profile/import",
        "/api/profile/export",
        "/api/framework",
        "/api/achievements",
        "/api/achievements/{id}",
        "/api/positions",
        "/api/ratings",
        "/api/tours",
        "/api/tours/{id}/checkins",
        "/api/tailor",
        "/api/interview",
        "/api/schema/{kind}",
    ] {
        assert!(paths.contains_key(p), "{p} is documented");
    }
    let schemas = doc["components"]["schemas"].as_object().unwrap();
    assert!(schemas["Assessment"]["properties"]["level"].is_object());
    let text = r.body;
    for part in text.split("\"#/components/schemas/").skip(1) {
        let name = part.split('"').next().unwrap();
        assert!(schemas.contains_key(name), "dangling $ref {name}");
    }
    let schema = get(&app, "/api/schema/profile").await;
    assert_eq!(schema.status, 200);
    assert_eq!(
        schema.body,
        ctopath_profile::json_schema(),
        "the same schema as `ctopath profile schema`"
    );
    let ui = get(&app, "/api/docs/").await;
    assert_eq!(ui.status, 200);
    assert!(
        ui.body.contains("swagger"),
        "Swagger UI is served from the binary"
    );
}

#[tokio::test]
async fn a_change_made_beside_the_server_shows_in_the_next_answer() {
    let app = app().await;
    import_maya(&app).await;
    let first = get(&app, "/api/assessment").await.json();
    assert_eq!(first["person"], "Maya Okafor");

    // What `ctopath` does on the same database: append a revision.
    let stored = app.store.profile("Maya Okafor").await.unwrap().unwrap();
    let mut doc = stored.document.clone();
    doc["person"]["name"] = json!("Maya O.");
    app.store.save_profile("Maya Okafor", &doc).await.unwrap();

    let next = get(&app, "/api/assessment").await.json();
    assert_eq!(
        next["person"], "Maya O.",
        "the cache noticed the new revision"
    );
}

#[tokio::test]
async fn achievements_crud_validates_with_field_paths() {
    let app = app().await;
    import_maya(&app).await;
    let before = get(&app, "/api/achievements")
        .await
        .json()
        .as_array()
        .unwrap()
        .len();

    let r = api(
        &app,
        "POST",
        "/api/achievements",
        Some(json!({
            "what_changed": "Cut cloud spend by 30% by retiring two legacy clusters",
            "metric": {"name": "cloud spend", "before": 100, "after": 70, "unit": "kEUR/month"},
            "date": "2026-03"
        })),
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let made = &r.json()["entry"];
    let id = made["id"].as_str().unwrap().to_string();
    assert!(
        !made["competencies"].as_array().unwrap().is_empty(),
        "suggested from the text"
    );

    let r = api(
        &app,
        "POST",
        "/api/achievements",
        Some(json!({
            "what_changed": "Something", "date": "2026-02-30"
        })),
    )
    .await;
    assert_eq!(r.status, 422, "{}", r.body);
    let problems = r.json()["error"]["problems"].clone();
    assert_eq!(
        problems[0]["path"],
        format!("achievements[{}].date", before + 1)
    );

    let r = api(
        &app,
        "PUT",
        &format!("/api/achievements/{id}"),
        Some(json!({
            "what_changed": "Cut cloud spend by a third", "tags": ["cost"]
        })),
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(
        get(&app, &format!("/api/achievements/{id}")).await.json()["tags"][0],
        "cost"
    );

    let r = api(&app, "DELETE", &format!("/api/achievements/{id}"), None).await;
    assert_eq!(r.status, 200);
    assert_eq!(
        get(&app, &format!("/api/achievements/{id}")).await.status,
        404
    );
    assert_eq!(
        get(&app, "/api/achievements")
            .await
            .json()
            .as_array()
            .unwrap()
            .len(),
        before
    );
}

#[tokio::test]
async fn import_errors_carry_line_and_column() {
    let app = app().await;
    let bad = b"{\n  \"basics\": {\"name\": \"A\"},\n  \"work\": [ {\"name\": \"X\", \"startDate\": \"2020-13\"} ]\n}\n";
    let req = axum::http::Request::post("/api/profile/import")
        .header("host", HOST)
        .header("content-type", "application/json")
        .body(axum::body::Body::from(&bad[..]))
        .unwrap();
    let r = send(&app, req).await;
    assert_eq!(r.status, 422, "{}", r.body);
    let p = &r.json()["error"]["problems"][0];
    assert_eq!(p["path"], "work[0].startDate");
    assert_eq!(p["location"], "3:27", "line 3, where `startDate` is");
    assert!(app.store.people().await.unwrap().is_empty());
}

#[tokio::test]
async fn tours_start_check_in_and_finish_through_the_api() {
    let app = app().await;
    import_maya(&app).await;
    let plan = get(&app, "/api/plan").await.json();
    let mission = plan["tours"][0]["id"].as_str().unwrap().to_string();
    let r = api(
        &app,
        "POST",
        "/api/tours",
        Some(json!({"mission_id": mission, "start": "2026-01", "sponsor": "CEO"})),
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let id = r.json()["tour"]["id"].as_str().unwrap().to_string();

    let r = api(&app, "POST", &format!("/api/tours/{id}/checkins"), Some(json!({
        "date": "2026-03-01", "criteria": [{"index": 0, "status": "at_risk", "note": "two teams left"}]
    }))).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json()["health"], "at_risk");

    let r = api(
        &app,
        "POST",
        &format!("/api/tours/{id}/checkins"),
        Some(json!({
            "date": "2026-04-01", "criteria": [{"index": 99, "status": "met"}]
        })),
    )
    .await;
    assert_eq!(r.status, 422, "an unknown criterion is refused: {}", r.body);

    let r = api(
        &app,
        "POST",
        &format!("/api/tours/{id}/finish"),
        Some(json!({
            "result": "completed", "outcome": "Four teams ship on one plan", "date": "2026-06"
        })),
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let achievements = get(&app, "/api/achievements").await.json();
    assert!(
        achievements
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["tour"] == id.as_str())
    );

    let r = api(
        &app,
        "POST",
        &format!("/api/tours/{id}/checkins"),
        Some(json!({"date": "2026-06-10"})),
    )
    .await;
    assert_eq!(r.status, 422, "no check-in on a finished tour");
}
