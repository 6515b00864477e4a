//! Input an attacker or an unlucky client sends, held to one set of rules through the
//! API and the HTML form alike: control characters, line breaks and direction overrides
//! in text, numbers and dates that only parse, text longer than a byte limit but within
//! the character limit, and paging parameters. On both databases: PostgreSQL refuses a
//! NUL that SQLite would store, so neither may ever see one.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::harness::{TestApp, WebClient, complete_nomination, example_cycle, html, problem, texts};

struct Setup {
    app: TestApp,
    cycle: String,
    kenya: String,
    admin: String,
    web: WebClient,
}

async fn setup() -> Setup {
    let app = TestApp::spawn().await;
    let definition = laurel::domain::definition::parse(&example_cycle(app.now(), -1, 30)).unwrap();
    let actor = laurel::service::Actor::operator();
    let cycle = laurel::service::cycles::create_cycle(&app.db, &actor, None, &definition, app.now()).await.unwrap();
    app.person("focal@gov.ke", "nominator", Some("KEN"), None).await;
    app.person("secretariat@un.example", "admin", None, None).await;
    let kenya = app.token("focal@gov.ke").await;
    let admin = app.token("secretariat@un.example").await;
    let web = app.browser_session("focal@gov.ke").await;
    Setup { app, cycle: cycle.to_string(), kenya, admin, web }
}

impl Setup {
    async fn create(&self, body: &Value) -> reqwest::Response {
        let url = self.app.url(&format!("/api/v1/cycles/{}/nominations", self.cycle));
        self.app.client.post(url).bearer_auth(&self.kenya).json(body).send().await.unwrap()
    }

    async fn get(&self, token: &str, path: &str) -> reqwest::Response {
        self.app.client.get(self.app.url(path)).bearer_auth(token).send().await.unwrap()
    }

    /// Posts the new-nomination form as a browser does (multipart, with its hidden fields).
    async fn post_form(&self, fields: &[(&str, &str)]) -> reqwest::Response {
        let from = format!("/cycles/{}/nominations/new?category=digital-transformation", self.cycle);
        let page = html(&self.web.get(&from).await.text().await.unwrap());
        let form = page.select(&scraper::Selector::parse("form.nomination").unwrap()).next().unwrap();
        let target = form.value().attr("action").unwrap().to_owned();
        let mut multipart = reqwest::multipart::Form::new();
        for input in form.select(&scraper::Selector::parse("input[type=hidden]").unwrap()) {
            let value = input.value().attr("value").unwrap_or_default().to_owned();
            multipart = multipart.text(input.value().attr("name").unwrap().to_owned(), value);
        }
        for (name, value) in fields {
            multipart = multipart.text((*name).to_owned(), (*value).to_owned());
        }
        multipart = multipart.text("action", "save");
        self.web.client.post(self.web.url(&target)).multipart(multipart).send().await.unwrap()
    }
}

fn with(field: &str, value: &str) -> Value {
    let mut body = complete_nomination("digital-transformation");
    match field.strip_prefix("answers.") {
        Some(key) => body["answers"][key] = json!(value),
        None => body[field] = json!(value),
    }
    body
}

#[tokio::test]
async fn text_rules_hold_for_the_api_and_the_form_alike() {
    let s = setup().await;
    // (field, value, the API's status, the form's status). What storage cannot hold is
    // refused; a malformed number or date is kept in the draft and listed among what
    // blocks its submission.
    let table: &[(&str, &str, u16, u16)] = &[
        ("title", "Huduma\u{0}Centres", 400, 400),
        ("summary", "Escape \u{1b}[31m codes", 400, 400),
        ("answers.problem", "A C1 control \u{85} here", 400, 400),
        ("title", "Huduma Centres\r\nBcc: everyone@example.org", 422, 422),
        ("institution", "Ministry\nof Public Service", 422, 422),
        ("title", "Huduma \u{202e}txt.exe", 422, 422),
        ("answers.beneficiaries", "NaN", 201, 303),
        ("answers.beneficiaries", "inf", 201, 303),
        ("answers.beneficiaries", "1e999", 201, 303),
        ("answers.operational-since", "2021-1-1", 201, 303),
        ("answers.operational-since", "0000-01-01", 201, 303),
        ("answers.operational-since", "+10000-01-01", 201, 303),
    ];
    let mut kept = 0;
    for &(field, value, api, form) in table {
        let response = s.create(&with(field, value)).await;
        assert_eq!(response.status().as_u16(), api, "API, {field} = {value:?}");
        if api == 201 {
            kept += 1;
            let draft: Value = response.json().await.unwrap();
            let named: Vec<&str> =
                draft["problems"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
            assert_eq!(named, [field], "the draft lists {field} as still to fix: {draft}");
        } else {
            let body = problem(response).await;
            if api == 422 {
                let named: Vec<&str> =
                    body["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
                assert_eq!(named, [field], "API names {field}: {body}");
            } else {
                assert_eq!(body["code"], "bad_request", "{body}");
                assert!(body["detail"].as_str().unwrap().contains("control character"), "{body}");
            }
        }

        let mut fields = vec![("title", "Huduma Centres"), ("summary", "One-stop centres.")];
        fields.retain(|(k, _)| *k != field);
        fields.push((field, value));
        let response = s.post_form(&fields).await;
        assert_eq!(response.status().as_u16(), form, "form, {field} = {value:?}");
        let id = format!("f-{}", field.replace('.', "-"));
        if form == 422 {
            let page = html(&response.text().await.unwrap());
            assert_eq!(texts(&page, &format!("#{id}-error")).len(), 1, "the problem sits beside {field}");
            if field != "title" {
                let title = page.select(&scraper::Selector::parse("#f-title").unwrap()).next().unwrap();
                assert_eq!(title.value().attr("value"), Some("Huduma Centres"), "what was typed is kept");
            }
        } else if form == 303 {
            kept += 1;
            let at = response.headers()["location"].to_str().unwrap().to_owned();
            let page = html(&s.web.get(&at).await.text().await.unwrap());
            assert_eq!(texts(&page, &format!("#{id}-todo")).len(), 1, "still to fix, beside {field}");
            let input = page.select(&scraper::Selector::parse(&format!("#{id}")).unwrap()).next().unwrap();
            assert_eq!(input.value().attr("value"), Some(value), "kept as typed");
        }
    }
    let listed: Value = s.get(&s.kenya, "/api/v1/nominations").await.json().await.unwrap();
    assert_eq!(listed["items"].as_array().unwrap().len(), kept, "nothing refused was stored");

    // Everywhere else text arrives: signing in, query strings, invitations.
    let login = s
        .app
        .client
        .post(s.app.url("/api/v1/auth/login"))
        .json(&json!({ "email": "focal@gov.ke\u{0}", "password": "x" }))
        .send()
        .await
        .unwrap();
    assert_eq!(login.status(), StatusCode::BAD_REQUEST);
    for path in ["/api/v1/nominations?status=%00", "/api/v1/nominations?category=%00", "/api/v1/audit?action=a%00b"] {
        let response = s.get(&s.admin, path).await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{path}");
    }
    let invite = s
        .app
        .client
        .post(s.app.url("/api/v1/invitations"))
        .bearer_auth(&s.admin)
        .json(&json!({ "email": "new@gov.ke", "role": "nominator\u{0}", "member_state": "KEN" }))
        .send()
        .await
        .unwrap();
    assert_eq!(invite.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn the_form_takes_the_apis_limits_in_characters_and_keeps_the_text_when_refusing() {
    let s = setup().await;
    // 5,000 characters of summary and 2,100 Cyrillic characters (4,200 bytes) of an
    // answer allowing 3,000: within the limits, though past any 4 KiB byte cap.
    let summary = "a".repeat(5000);
    let russian = "Ж".repeat(2100);
    let arabic_title = "ب".repeat(200);
    let saved = s.post_form(&[("title", &arabic_title), ("summary", &summary), ("answers.problem", &russian)]).await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER, "{}", saved.text().await.unwrap());
    let listed: Value = s.get(&s.kenya, "/api/v1/nominations").await.json().await.unwrap();
    let stored = &listed["items"][0];
    assert_eq!(stored["summary"].as_str().unwrap().chars().count(), 5000);
    assert_eq!(stored["answers"]["problem"].as_str().unwrap().chars().count(), 2100);

    // One character more is refused beside the field, with what was typed kept.
    let long = format!("{summary}b");
    let refused = s.post_form(&[("title", "Huduma Centres"), ("summary", &long), ("answers.problem", &russian)]).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = html(&refused.text().await.unwrap());
    let error = texts(&page, "#f-summary-error").join(" ");
    assert!(error.contains("5,000"), "the limit, written as English writes numbers: {error}");
    let kept: String = page.select(&scraper::Selector::parse("#f-summary").unwrap()).next().unwrap().text().collect();
    assert_eq!(kept, long, "the summary comes back as typed");
    let kept: String =
        page.select(&scraper::Selector::parse("#f-answers-problem").unwrap()).next().unwrap().text().collect();
    assert_eq!(kept, russian);

    // The API has the same limit in characters.
    let response = s.create(&with("summary", &long)).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let response = s.create(&with("summary", &"Ж".repeat(5000))).await;
    assert_eq!(response.status(), StatusCode::CREATED);
}

#[tokio::test]
async fn lists_page_by_limit_and_cursor_filter_as_documented_and_refuse_what_they_cannot_read() {
    let s = setup().await;
    let mut created = Vec::new();
    for category in ["digital-transformation", "digital-transformation", "gender-responsive"] {
        let response = s.create(&complete_nomination(category)).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        created.push(response.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned());
    }
    let mut seen = Vec::new();
    let mut path = "/api/v1/nominations?limit=1".to_owned();
    loop {
        let page: Value = s.get(&s.kenya, &path).await.json().await.unwrap();
        let items = page["items"].as_array().unwrap();
        assert!(items.len() <= 1, "limit=1 gives at most one: {page}");
        seen.extend(items.iter().map(|n| n["id"].as_str().unwrap().to_owned()));
        match page["next_cursor"].as_str() {
            Some(cursor) => path = format!("/api/v1/nominations?limit=1&cursor={cursor}"),
            None => break,
        }
        assert!(seen.len() <= 3, "the pages end");
    }
    assert_eq!(seen, created, "every nomination once, oldest first");
    let gender: Value = s.get(&s.kenya, "/api/v1/nominations?category=gender-responsive").await.json().await.unwrap();
    assert_eq!(gender["items"].as_array().unwrap().len(), 1);
    let drafts: Value = s.get(&s.kenya, "/api/v1/nominations?status=draft&limit=2").await.json().await.unwrap();
    assert_eq!(drafts["items"].as_array().unwrap().len(), 2);
    assert!(drafts["next_cursor"].is_string());

    let states: Value = s.app.get("/api/v1/member-states?limit=500").await.json().await.unwrap();
    assert_eq!(states["items"].as_array().unwrap().len(), 193);
    let first: Value = s.app.get("/api/v1/member-states?limit=2").await.json().await.unwrap();
    let cursor = first["next_cursor"].as_str().unwrap();
    let next: Value = s.app.get(&format!("/api/v1/member-states?limit=2&cursor={cursor}")).await.json().await.unwrap();
    assert_eq!(next["items"][0]["code"], states["items"][2]["code"]);

    for path in [
        "/api/v1/nominations?limit=0",
        "/api/v1/nominations?limit=501",
        "/api/v1/nominations?limit=lots",
        "/api/v1/nominations?cursor=not-a-cursor",
        "/api/v1/nominations?status=approved",
        "/api/v1/assignments?limit=0",
        "/api/v1/member-states?limit=lots",
        "/api/v1/cycles?limit=0",
        "/api/v1/public/cycles?limit=-1",
        "/api/v1/public/winners?limit=0",
        "/api/v1/public/winners?region=atlantis",
        "/api/v1/member-states?cursor=ZZZ",
    ] {
        let token = if path.contains("assignments") { &s.admin } else { &s.kenya };
        let response = s.get(token, path).await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{path}");
        assert_eq!(problem(response).await["code"], "bad_request", "{path}");
    }
    // Who may ask comes first: a focal point learns nothing of the secretariat's lists,
    // not even which of its parameters are well formed.
    for path in ["/api/v1/outbox?status=bogus", "/api/v1/audit?limit=0", "/api/v1/audit?cursor=x"] {
        assert_eq!(s.get(&s.kenya, path).await.status(), StatusCode::FORBIDDEN, "{path}");
    }
}

/// A malformed id names nothing: every route answers it with the not-found page (in the
/// layout, for the person signed in) or a `not_found` problem, never the parser's words.
#[tokio::test]
async fn every_route_answers_a_malformed_id_as_not_found_in_words_a_person_reads() {
    let s = setup().await;
    let admin = s.app.browser_session("secretariat@un.example").await;
    let mut failures = Vec::new();
    for route in laurel::http::route_table() {
        // Ids are UUIDs; a link's token or a state's code is any text, and an unknown
        // one is answered by its own page.
        // (An invitation is accepted by its link's token, under `{id}`.)
        let text_param =
            route.path.contains("{token}") || route.path.contains("{code}") || route.path.ends_with("/accept");
        if !route.path.contains('{') || text_param {
            continue;
        }
        let path = route
            .path
            .split('/')
            .map(|part| if part.starts_with('{') { "not-a-uuid" } else { part })
            .collect::<Vec<_>>()
            .join("/");
        let api = path.starts_with("/api/");
        let method = reqwest::Method::from_bytes(route.method.as_str().as_bytes()).unwrap();
        let response = if api {
            s.app.client.request(method, s.app.url(&path)).bearer_auth(&s.admin).send().await.unwrap()
        } else {
            admin.client.request(method, admin.url(&path)).send().await.unwrap()
        };
        let status = response.status();
        let body = response.text().await.unwrap();
        let worded = ["UUID", "parse", "Invalid URL", "invalid character"].iter().any(|w| body.contains(w));
        if status != StatusCode::NOT_FOUND || worded {
            failures.push(format!("{} {path}: {status} {}", route.method, body.chars().take(160).collect::<String>()));
        }
        if !api && route.method == axum::http::Method::GET && !body.contains("Nothing exists at this address") {
            failures.push(format!("GET {path}: not the not-found page"));
        }
    }
    assert!(failures.is_empty(), "{} route(s):\n{}", failures.len(), failures.join("\n"));

    // The not-found page knows who is reading it.
    let page = html(&admin.get("/nominations/not-a-uuid").await.text().await.unwrap());
    let header = texts(&page, "header.site nav").join(" ");
    assert!(header.contains("Sign out") && !header.contains("Sign in"), "{header}");
}
