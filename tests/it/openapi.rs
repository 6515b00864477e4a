//! The OpenAPI document: it names exactly the API routes the router serves, every
//! reference in it resolves, who may call each operation is stated, and real answers
//! have the shape it describes.

use std::collections::BTreeSet;

use serde_json::{Value, json};

use crate::review::World;

async fn document(w: &World) -> Value {
    let response = w.app.get("/api/openapi.json").await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/json");
    response.json().await.unwrap()
}

/// The schema `reference` points at (`#/components/schemas/Name`), or `schema` itself.
fn resolve<'a>(doc: &'a Value, schema: &'a Value) -> &'a Value {
    match schema.get("$ref").and_then(Value::as_str) {
        Some(r) => {
            let name = r.strip_prefix("#/components/schemas/").unwrap_or_else(|| panic!("unexpected reference {r}"));
            let found = &doc["components"]["schemas"][name];
            assert!(!found.is_null(), "{r} names no schema");
            resolve(doc, found)
        }
        None => schema,
    }
}

/// Where `value` does not have the shape `schema` describes: keys the schema does not
/// name, required keys missing, and the same within nested objects and arrays.
fn misfits(doc: &Value, schema: &Value, value: &Value, at: &str) -> Vec<String> {
    let schema = resolve(doc, schema);
    for choice in ["oneOf", "anyOf"] {
        if let Some(options) = schema.get(choice).and_then(Value::as_array) {
            return match options.iter().any(|o| misfits(doc, o, value, at).is_empty()) {
                true => Vec::new(),
                false => vec![format!("{at}: {value} fits none of {choice}")],
            };
        }
    }
    if value.is_null() {
        let nullable = schema["type"].as_array().is_some_and(|t| t.contains(&json!("null")))
            || schema["type"] == "null"
            || schema.as_object().is_some_and(|o| o.is_empty());
        return if nullable { Vec::new() } else { vec![format!("{at}: null where the schema has no null")] };
    }
    let mut found = Vec::new();
    match value {
        Value::Object(fields) if schema.get("properties").is_some() => {
            let properties = schema["properties"].as_object().unwrap();
            for (key, v) in fields {
                match properties.get(key) {
                    Some(s) => found.extend(misfits(doc, s, v, &format!("{at}.{key}"))),
                    None => found.push(format!("{at}.{key}: not in the schema")),
                }
            }
            for key in schema["required"].as_array().into_iter().flatten() {
                if !fields.contains_key(key.as_str().unwrap()) {
                    found.push(format!("{at}.{}: required, but missing", key.as_str().unwrap()));
                }
            }
        }
        Value::Array(items) if schema.get("items").is_some() => {
            for (i, item) in items.iter().enumerate() {
                found.extend(misfits(doc, &schema["items"], item, &format!("{at}[{i}]")));
            }
        }
        _ => {}
    }
    found
}

/// The JSON schema of `method path`'s `status` answer.
fn answer_schema<'a>(doc: &'a Value, method: &str, path: &str, status: &str) -> &'a Value {
    let schema = &doc["paths"][path][method]["responses"][status]["content"]["application/json"]["schema"];
    assert!(!schema.is_null(), "{method} {path} documents no JSON for {status}");
    schema
}

#[tokio::test]
async fn the_openapi_document_names_every_api_route_and_real_answers_fit_it() {
    let w = World::new().await;
    let doc = document(&w).await;
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."), "{}", doc["openapi"]);

    // The same routes as the router serves under /api/v1, and the two feeds, no more
    // and no fewer.
    let feeds = ["/feed.atom", "/cycles/{id}/deadlines.ics"];
    let served: BTreeSet<(String, String)> = laurel::http::route_table()
        .into_iter()
        .filter(|r| r.path.starts_with("/api/v1/") || feeds.contains(&r.path.as_str()))
        .map(|r| (r.method.as_str().to_lowercase(), r.path))
        .collect();
    let documented: BTreeSet<(String, String)> = doc["paths"]
        .as_object()
        .unwrap()
        .iter()
        .flat_map(|(path, item)| item.as_object().unwrap().keys().map(move |m| (m.clone(), path.clone())))
        .collect();
    assert_eq!(documented, served, "the document and the router disagree");

    // Every reference resolves, every operation says what it answers on success, and
    // every error is a problem document.
    let text = doc.to_string();
    for reference in text.split("\"$ref\":\"").skip(1).map(|r| r.split('"').next().unwrap()) {
        let _ = resolve(&doc, &json!({ "$ref": reference }));
    }
    for (method, path) in &documented {
        let operation = &doc["paths"][path][method];
        let responses = operation["responses"].as_object().unwrap();
        assert!(responses.keys().any(|s| s.starts_with('2')), "{method} {path} documents no success");
        for (status, response) in responses {
            // The feeds are served with the pages, whose errors are pages.
            if status.starts_with('4') && !feeds.contains(&path.as_str()) {
                let problem = &response["content"]["application/problem+json"]["schema"];
                assert_eq!(problem["$ref"], "#/components/schemas/Problem", "{method} {path} {status}");
            }
        }
        // Who may call it: open routes say so; a voter's ballot takes the voter's token;
        // the rest need a person's bearer token.
        let ballot = path.starts_with("/api/v1/public/ballots/");
        let open = (path.starts_with("/api/v1/public/") && !ballot)
            || feeds.contains(&path.as_str())
            || ["/api/v1/auth/login", "/api/v1/member-states", "/api/v1/invitations/{id}/accept"]
                .contains(&path.as_str());
        // Cycles are read by everyone, and drafts by admins with their token.
        let either = method == "get" && ["/api/v1/cycles", "/api/v1/cycles/{id}"].contains(&path.as_str());
        let schemes = operation["security"].as_array().unwrap();
        let anonymous = schemes.iter().any(|s| s.as_object().is_some_and(serde_json::Map::is_empty));
        let bearer = schemes.iter().any(|s| s.get("bearer").is_some());
        let voter = schemes.iter().any(|s| s.get("voter").is_some());
        assert_eq!((anonymous, bearer, voter), (open || either, !open && !ballot, ballot), "{method} {path}");
    }
    assert_eq!(doc["components"]["securitySchemes"]["bearer"]["scheme"], "bearer");
    let problem = resolve(&doc, &doc["components"]["schemas"]["Problem"]);
    for field in ["type", "title", "status", "detail", "code"] {
        assert!(problem["properties"].get(field).is_some(), "the problem schema lacks {field}");
    }

    // Real answers have the documented shape.
    w.decide().await;
    let cycle = w.cycle["id"].as_str().unwrap().to_owned();
    let (_, published) = w.post(&w.admin, &format!("/api/v1/cycles/{cycle}/publish"), json!({})).await;
    let experts = w.stage("experts");
    let (email, (_, reviewer)) = w.reviewers.iter().next().unwrap();
    let (_, assignments) = w.get(reviewer, "/api/v1/assignments").await;
    let assignment = assignments["items"][0]["id"].as_str().unwrap().to_owned();
    let checks = [
        ("get", "/api/v1/cycles/{id}", format!("/api/v1/cycles/{cycle}"), w.admin.clone()),
        ("get", "/api/v1/cycles", "/api/v1/cycles".to_owned(), w.admin.clone()),
        ("get", "/api/v1/nominations/{id}", format!("/api/v1/nominations/{}", w.nomination("KEN")), w.admin.clone()),
        ("get", "/api/v1/nominations", "/api/v1/nominations".to_owned(), w.admin.clone()),
        (
            "get",
            "/api/v1/stages/{id}/ranking",
            format!("/api/v1/stages/{experts}/ranking?reviews=true"),
            w.admin.clone(),
        ),
        ("get", "/api/v1/assignments/{id}", format!("/api/v1/assignments/{assignment}"), reviewer.clone()),
        ("get", "/api/v1/assignments", "/api/v1/assignments".to_owned(), reviewer.clone()),
        ("get", "/api/v1/public/winners", "/api/v1/public/winners".to_owned(), w.admin.clone()),
        ("get", "/api/v1/public/cycles", "/api/v1/public/cycles".to_owned(), w.admin.clone()),
        ("get", "/api/v1/member-states", "/api/v1/member-states".to_owned(), w.admin.clone()),
        ("get", "/api/v1/me", "/api/v1/me".to_owned(), reviewer.clone()),
        ("get", "/api/v1/audit", "/api/v1/audit?limit=20".to_owned(), w.admin.clone()),
        ("get", "/api/v1/outbox", "/api/v1/outbox?limit=20".to_owned(), w.admin.clone()),
    ];
    // The comparison sees what it should: a field the document does not name, and a
    // required one missing, deep in a nested object.
    let (_, mut planted) = w.get(&w.admin, &format!("/api/v1/cycles/{cycle}")).await;
    planted["categories"][0]["surprise"] = json!(true);
    planted["stages"][0].as_object_mut().unwrap().remove("id");
    let seen = misfits(&doc, answer_schema(&doc, "get", "/api/v1/cycles/{id}", "200"), &planted, "cycle");
    assert_eq!(seen, ["cycle.categories[0].surprise: not in the schema", "cycle.stages[0].id: required, but missing"]);

    let mut problems = Vec::new();
    for (method, template, path, token) in checks {
        let (status, body) = w.get(&token, &path).await;
        assert_eq!(status, 200, "{path}: {body}");
        problems.extend(misfits(&doc, answer_schema(&doc, method, template, "200"), &body, &path));
    }
    problems.extend(misfits(
        &doc,
        answer_schema(&doc, "post", "/api/v1/cycles/{id}/publish", "200"),
        &published,
        "publish",
    ));
    let (status, refused) = w.get(&w.admin, "/api/v1/nominations/00000000-0000-0000-0000-000000000000").await;
    assert_eq!(status, 404);
    problems.extend(misfits(&doc, &doc["components"]["schemas"]["Problem"], &refused, "404"));
    let (status, invalid) =
        w.post(reviewer, &format!("/api/v1/assignments/{assignment}/recuse"), json!({ "reason": "" })).await;
    assert!(status.is_client_error(), "{email}: {invalid}");
    problems.extend(misfits(&doc, &doc["components"]["schemas"]["Problem"], &invalid, "refusal"));
    assert!(problems.is_empty(), "answers that do not fit the document:\n{}", problems.join("\n"));
}

#[tokio::test]
async fn the_api_reference_page_lists_every_operation_of_the_document() {
    let w = World::new().await;
    let doc = document(&w).await;
    let page = w.app.get("/api/docs").await;
    assert_eq!(page.status(), 200);
    let page = crate::harness::html(&page.text().await.unwrap());
    let listed: BTreeSet<String> = crate::harness::texts(&page, ".operations li code").into_iter().collect();
    let documented: BTreeSet<String> = doc["paths"]
        .as_object()
        .unwrap()
        .iter()
        .flat_map(|(path, item)| item.as_object().unwrap().keys().map(move |m| format!("{} {path}", m.to_uppercase())))
        .collect();
    assert_eq!(listed, documented);
    assert!(!crate::harness::texts(&page, "a[href='/api/openapi.json']").is_empty(), "the page links to the document");
}

/// The `status` filter of a list operation, as the document enumerates it.
fn documented_statuses(doc: &Value, path: &str) -> Vec<String> {
    let parameters = doc["paths"][path]["get"]["parameters"].as_array().unwrap();
    let status = parameters.iter().find(|p| p["name"] == "status").unwrap_or_else(|| panic!("{path} has no status"));
    let schema = resolve(doc, &status["schema"]);
    let choices = schema["enum"].as_array().or_else(|| {
        schema["oneOf"].as_array().and_then(|o| o.iter().map(|s| resolve(doc, s)).find_map(|s| s["enum"].as_array()))
    });
    choices
        .unwrap_or_else(|| panic!("{path}: status lists no values: {schema}"))
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn the_status_filters_the_document_lists_are_the_stored_statuses_and_the_api_takes_each() {
    let app = crate::harness::TestApp::spawn().await;
    app.person("secretariat@un.example", "admin", None, None).await;
    let token = app.token("secretariat@un.example").await;
    let doc: Value = app.get("/api/openapi.json").await.json().await.unwrap();
    let lists = [
        ("/api/v1/outbox", laurel::domain::outbox::OutboxStatus::WORDS),
        ("/api/v1/assignments", laurel::domain::review::AssignmentStatus::WORDS),
    ];
    for (path, words) in lists {
        assert_eq!(documented_statuses(&doc, path), words, "{path}: the document lists the enum's words");
        for word in words {
            let answer =
                app.client.get(app.url(&format!("{path}?status={word}"))).bearer_auth(&token).send().await.unwrap();
            assert_eq!(answer.status(), 200, "{path}?status={word}");
        }
    }
}

/// The refusals that come before any handler runs are documented on every operation that
/// can meet them (API.md's statuses): 401 where a bearer token is taken, 403 where one is
/// required (roles), and 400 where a query parameter, a body or `If-Match` can be unreadable.
#[tokio::test]
async fn every_operation_documents_the_refusals_it_can_meet_before_its_handler() {
    let app = crate::harness::TestApp::spawn().await;
    let doc: Value = app.get("/api/openapi.json").await.json().await.unwrap();
    let mut missing = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        // The feeds are served with the pages, whose errors are pages.
        if !path.starts_with("/api/") {
            continue;
        }
        for (method, operation) in item.as_object().unwrap() {
            let schemes = operation["security"].as_array().unwrap();
            let person = schemes.iter().any(|s| s.get("bearer").is_some());
            // A voter's token has no role, so nothing is refused as 403 for it.
            let takes_token = person || schemes.iter().any(|s| s.get("voter").is_some());
            let anonymous = schemes.iter().any(|s| s.as_object().is_some_and(serde_json::Map::is_empty));
            let parameters = operation["parameters"].as_array().map(Vec::as_slice).unwrap_or_default();
            let query = parameters.iter().any(|p| p["in"] == "query");
            let if_match = parameters.iter().any(|p| p["in"] == "header" && p["name"] == "If-Match");
            let body = operation.get("requestBody").is_some();
            let due = [("401", takes_token), ("403", person && !anonymous), ("400", query || body || if_match)];
            for (status, needed) in due {
                let response = &operation["responses"][status];
                if !needed {
                    continue;
                }
                if response.is_null() {
                    missing.push(format!("{} {path}: no {status}", method.to_uppercase()));
                } else if response["content"]["application/problem+json"]["schema"]["$ref"]
                    != "#/components/schemas/Problem"
                {
                    missing.push(format!("{} {path}: {status} is not a problem document", method.to_uppercase()));
                }
            }
        }
    }
    assert!(missing.is_empty(), "refusals the document leaves out:\n{}", missing.join("\n"));

    // The document says what the server does: a query parameter that cannot be read is a
    // 400 `bad_request`, not a 422.
    for path in ["/api/v1/public/winners?cycle=", "/api/v1/public/winners.csv?cycle=not-a-uuid"] {
        let answer = app.get(path).await;
        assert_eq!(answer.status(), 400, "{path}");
        let body: Value = answer.json().await.unwrap();
        assert_eq!(body["code"], "bad_request", "{path}");
        let template = path.split('?').next().unwrap();
        assert!(doc["paths"][template]["get"]["responses"].get("422").is_none(), "{template} never answers 422");
    }
}
