//! Operations endpoints, request ids, and errors for requests nobody can serve.

use crate::harness::{TestApp, html, problem, texts};

#[tokio::test]
async fn health_and_readiness_answer_when_the_database_is_up() {
    let app = TestApp::spawn().await;

    let health = app.get("/healthz").await;
    assert_eq!(health.status(), 200);
    let ready = app.get("/readyz").await;
    assert_eq!(ready.status(), 200);
    assert_eq!(ready.text().await.unwrap(), "ready\n");

    // A graceful stop ends the server task without error.
    let address = app.address;
    app.stop().await;
    assert!(reqwest::get(format!("http://{address}/healthz")).await.is_err(), "no longer listening");
}

#[tokio::test]
async fn readiness_fails_with_a_problem_when_the_database_is_gone() {
    let app = TestApp::spawn().await;
    app.db.clone().close().await.unwrap();

    let ready = app.get("/readyz").await;
    assert_eq!(ready.status(), 503);
    assert_eq!(problem(ready).await["code"], "unavailable");
}

#[tokio::test]
async fn metrics_count_requests_by_route_template_and_status() {
    let app = TestApp::spawn().await;
    // Up, with what it reads on starting read.
    assert_eq!(app.get("/healthz").await.status(), 200);
    for _ in 0..3 {
        assert_eq!(app.get("/api/v1/member-states").await.status(), 200);
    }
    let before = app.statements();
    // Past the public cache, so each reads the cycles.
    for n in 0..3 {
        assert_eq!(app.get(&format!("/api/v1/public/cycles?n={n}")).await.status(), 200);
    }
    let spent = app.statements() - before;
    assert!(spent >= 3, "{spent}");
    assert_eq!(app.get("/api/v1/no-such-thing").await.status(), 404);

    let text = app.get("/metrics").await.text().await.unwrap();
    assert!(
        text.contains(r#"laurel_http_requests_total{method="GET",route="/api/v1/member-states",status="200"} 3"#),
        "{text}"
    );
    // What the database spent answering them, as the harness counted it.
    assert!(
        text.contains(&format!(
            r#"laurel_http_sql_statements_total{{method="GET",route="/api/v1/public/cycles"}} {spent}"#
        )),
        "{spent} statements: {text}"
    );
    assert!(text.contains(r#"status="404""#), "{text}");
    assert!(text.contains("laurel_http_request_duration_seconds_bucket"), "{text}");
}

#[tokio::test]
async fn every_response_carries_a_request_id_and_keeps_the_callers() {
    let app = TestApp::spawn().await;
    let fresh = app.get("/healthz").await;
    let id = fresh.headers().get("x-request-id").expect("a request id").to_str().unwrap();
    assert_eq!(id.len(), 36, "a UUID: {id}");

    let given = app.client.get(app.url("/healthz")).header("x-request-id", "trace-me-42").send().await.unwrap();
    assert_eq!(given.headers()["x-request-id"], "trace-me-42");
}

#[tokio::test]
async fn unknown_api_routes_and_methods_are_problem_details() {
    let app = TestApp::spawn().await;

    let missing = problem(app.get("/api/v1/nothing-here").await).await;
    assert_eq!(missing["status"], 404);
    assert_eq!(missing["code"], "not_found");
    assert!(missing["title"].is_string() && missing["detail"].is_string() && missing["type"].is_string());

    let wrong_method = app.client.delete(app.url("/api/v1/member-states")).send().await.unwrap();
    assert_eq!(wrong_method.status(), 405);
    assert_eq!(problem(wrong_method).await["code"], "method_not_allowed");
}

#[tokio::test]
async fn unknown_pages_are_a_friendly_page_in_the_site_layout() {
    let app = TestApp::spawn().await;
    let response = app.get("/no/such/page").await;
    assert_eq!(response.status(), 404);
    assert!(response.headers()["content-type"].to_str().unwrap().starts_with("text/html"));
    let page = html(&response.text().await.unwrap());
    assert_eq!(texts(&page, "h1"), ["Not found"]);
    assert_eq!(texts(&page, "a.brand"), ["Laurel"], "rendered inside the layout");
}

#[tokio::test]
async fn member_states_are_all_193_with_their_regional_groups() {
    let app = TestApp::spawn().await;
    let body: serde_json::Value = app.get("/api/v1/member-states?limit=500").await.json().await.unwrap();
    let items = body["items"].as_array().unwrap();
    assert_eq!(items.len(), 193);
    let kenya = items.iter().find(|s| s["code"] == "KEN").expect("Kenya");
    assert_eq!(kenya["region"], "african");
    let count = |region: &str| items.iter().filter(|s| s["region"] == region).count();
    assert_eq!(
        [
            count("african"),
            count("asia_pacific"),
            count("eastern_european"),
            count("latin_american_caribbean"),
            count("western_european_others")
        ],
        // Türkiye and Israel sit with the Western European and Others, as does the
        // United States for elections; Kiribati with Asia-Pacific.
        [54, 54, 23, 33, 29]
    );
}

/// Every answer, page, API or error, tells the browser not to frame it, not to sniff
/// types, not to load anything from elsewhere and not to pass its address on.
#[tokio::test]
async fn every_answer_carries_the_security_headers() {
    let app = TestApp::spawn().await;
    for path in ["/", "/sign-in", "/api/v1/member-states", "/no-such-page", "/api/v1/no-such-route", "/healthz"] {
        let response = app.get(path).await;
        let header = |name: &str| response.headers().get(name).and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
        let csp = header("content-security-policy");
        assert!(csp.contains("frame-ancestors 'none'") && csp.contains("default-src 'self'"), "{path}: {csp}");
        assert_eq!(header("x-frame-options"), "DENY", "{path}");
        assert_eq!(header("x-content-type-options"), "nosniff", "{path}");
        assert_eq!(header("referrer-policy"), "same-origin", "{path}");
    }
}
