//! Cycles through the API: created from a definition by admins, read by everyone,
//! drafts by admins only.

use serde_json::{Value, json};

use crate::harness::{TestApp, example_cycle, problem};

#[tokio::test]
async fn an_admin_creates_a_cycle_from_a_definition_and_everyone_reads_it_once_open() {
    let app = TestApp::spawn().await;
    let admin = app.person("secretariat@un.example", "admin", None, None).await;
    let token = app.token(&admin.email).await;
    // Opens in a week: a draft until then.
    let definition = example_cycle(app.now(), 7, 60);

    let created =
        app.client.post(app.url("/api/v1/cycles")).bearer_auth(&token).json(&definition).send().await.unwrap();
    assert_eq!(created.status(), 201);
    let cycle: Value = created.json().await.unwrap();
    assert_eq!(cycle["phase"], "draft");
    assert_eq!(cycle["categories"].as_array().unwrap().len(), 3);
    let stages = cycle["stages"].as_array().unwrap();
    assert_eq!(
        stages.iter().map(|s| s["key"].as_str().unwrap()).collect::<Vec<_>>(),
        ["screening", "experts", "committee"]
    );
    assert_eq!(stages[1]["criteria"][0]["weight"], 30.0);
    let id = cycle["id"].as_str().unwrap();

    let public = app.get(&format!("/api/v1/cycles/{id}")).await;
    assert_eq!(public.status(), 404, "a draft is not public");
    let listed: Value = app.get("/api/v1/cycles").await.json().await.unwrap();
    assert!(listed["items"].as_array().unwrap().is_empty());

    app.clock.advance(chrono::Duration::days(7));
    let open: Value = app.get(&format!("/api/v1/cycles/{id}")).await.json().await.unwrap();
    assert_eq!(open["phase"], "open");

    let again = app.client.post(app.url("/api/v1/cycles")).bearer_auth(&token).json(&definition).send().await.unwrap();
    assert_eq!(again.status(), 422, "one cycle per programme and year");
}

#[tokio::test]
async fn a_broken_definition_is_refused_with_every_problem_and_nothing_is_created() {
    let app = TestApp::spawn().await;
    let admin = app.person("secretariat@un.example", "admin", None, None).await;
    let token = app.token(&admin.email).await;
    let mut definition = example_cycle(app.now(), -1, 30);
    definition["colour"] = json!("blue");
    definition["publish_at"] = json!("2026-01-01T00:00:00Z");
    definition["categories"][1]["key"] = definition["categories"][0]["key"].clone();
    definition["stages"][1]["criteria"] = json!([]);

    let response =
        app.client.post(app.url("/api/v1/cycles")).bearer_auth(&token).json(&definition).send().await.unwrap();
    assert_eq!(response.status(), 422);
    let problem = problem(response).await;
    assert_eq!(problem["code"], "validation_failed");
    let fields: Vec<&str> =
        problem["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    for expected in ["colour", "publish_at", "categories", "stages[1].criteria"] {
        assert!(fields.contains(&expected), "{expected} in {fields:?}");
    }
    let listed: Value =
        app.client.get(app.url("/api/v1/cycles")).bearer_auth(&token).send().await.unwrap().json().await.unwrap();
    assert!(listed["items"].as_array().unwrap().is_empty());
}

#[tokio::test]
async fn a_draft_cycle_is_changed_with_its_version_and_frozen_once_open() {
    let app = TestApp::spawn().await;
    let admin = app.person("secretariat@un.example", "admin", None, None).await;
    let token = app.token(&admin.email).await;
    let definition = example_cycle(app.now(), 7, 60);
    let at = |days: i64| (app.now() + chrono::Duration::days(days)).to_rfc3339();
    let cycle: Value = app
        .client
        .post(app.url("/api/v1/cycles"))
        .bearer_auth(&token)
        .json(&definition)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let path = format!("/api/v1/cycles/{}", cycle["id"].as_str().unwrap());
    let patch = |version: &str, body: Value| {
        app.client
            .patch(app.url(&path))
            .bearer_auth(&token)
            .header("if-match", format!("\"{version}\""))
            .json(&body)
            .send()
    };

    let later = at(14);
    let changed = patch("1", json!({ "opens_at": later, "max_attachments": 3 })).await.unwrap();
    assert_eq!(changed.status(), 200);
    let changed: Value = changed.json().await.unwrap();
    assert_eq!((changed["version"].as_i64(), changed["max_attachments"].as_i64()), (Some(2), Some(3)));

    let stale = patch("1", json!({ "max_attachments": 4 })).await.unwrap();
    assert_eq!(stale.status(), 412);
    assert_eq!(problem(stale).await["code"], "version_mismatch");

    let impossible = patch("2", json!({ "opens_at": at(100) })).await.unwrap();
    assert_eq!(impossible.status(), 422, "opening after closing is refused");

    app.clock.advance(chrono::Duration::days(15));
    let frozen = patch("2", json!({ "max_attachments": 4 })).await.unwrap();
    assert_eq!(frozen.status(), 409);
    assert_eq!(problem(frozen).await["code"], "invalid_state");
}
