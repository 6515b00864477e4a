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

/// A cycle an admin creates from `definition`, as the API answers.
async fn created_cycle(app: &TestApp, token: &str, definition: &Value) -> Value {
    let response = app.client.post(app.url("/api/v1/cycles")).bearer_auth(token).json(definition).send().await.unwrap();
    assert_eq!(response.status(), 201);
    response.json().await.unwrap()
}

/// The definition an admin reads back, as JSON.
async fn definition_of(app: &TestApp, token: &str, id: &str) -> Value {
    let response =
        app.client.get(app.url(&format!("/api/v1/cycles/{id}/definition"))).bearer_auth(token).send().await.unwrap();
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

#[tokio::test]
async fn an_open_cycle_takes_a_later_deadline_and_new_wording_and_refuses_what_nominations_rely_on() {
    let app = TestApp::spawn().await;
    let admin = app.person("secretariat@un.example", "admin", None, None).await;
    let token = app.token(&admin.email).await;
    let created = created_cycle(&app, &token, &example_cycle(app.now(), -1, 10)).await;
    let id = created["id"].as_str().unwrap().to_owned();
    assert_eq!(created["phase"], "open");
    let path = format!("/api/v1/cycles/{id}");
    let patch = |version: i64, body: Value| {
        app.client
            .patch(app.url(&path))
            .bearer_auth(&token)
            .header("if-match", format!("\"{version}\""))
            .json(&body)
            .send()
    };
    let at = |days: i64| (app.now() + chrono::Duration::days(days)).to_rfc3339();

    // A quota is what focal points planned their nominations around.
    let mut categories = definition_of(&app, &token, &id).await["categories"].clone();
    categories[0]["max_per_state"] = json!(5);
    let refused = patch(1, json!({ "categories": categories })).await.unwrap();
    assert_eq!(refused.status(), 409);
    let refused = problem(refused).await;
    assert_eq!(refused["code"], "invalid_state");
    assert!(refused["detail"].as_str().unwrap().contains("categories[0].max_per_state"), "{refused}");

    let earlier = patch(1, json!({ "closes_at": at(5) })).await.unwrap();
    assert_eq!(earlier.status(), 409, "a deadline focal points rely on does not come sooner");
    assert!(problem(earlier).await["detail"].as_str().unwrap().contains("closes_at"));

    // The public reads the cycle's words (and the server keeps them) before they change.
    let public_categories = |n: u32| {
        let app = &app;
        let id = id.clone();
        async move {
            // A parameter of its own each time, so no kept public answer is served.
            let cycles: Value = app.get(&format!("/api/v1/public/cycles?read={n}")).await.json().await.unwrap();
            let items = cycles["items"].as_array().unwrap().clone();
            items.into_iter().find(|c| c["id"] == id.as_str()).unwrap()["categories"].clone()
        }
    };
    assert!(!public_categories(1).await.to_string().contains("inclusively"));

    // Wording and a later deadline change in place.
    let mut categories = definition_of(&app, &token, &id).await["categories"].clone();
    categories[0]["name"]["en"] = json!("Delivering services inclusively");
    let changed = patch(1, json!({ "closes_at": at(17), "categories": categories })).await.unwrap();
    let status = changed.status();
    let changed: Value = changed.json().await.unwrap();
    assert_eq!(status, 200, "{changed}");
    assert_eq!(changed["version"], 2);
    assert_eq!(changed["categories"][0]["name"], "Delivering services inclusively");
    assert_eq!(changed["categories"][0]["max_per_state"], created["categories"][0]["max_per_state"]);
    assert_eq!(
        public_categories(2).await[0],
        "Delivering services inclusively",
        "the public reads the new words at once"
    );

    // The old deadline passes and nominations are still taken.
    app.clock.advance(chrono::Duration::days(12));
    let read: Value = app.get(&path).await.json().await.unwrap();
    assert_eq!(read["phase"], "open");
    let focal = app.person("focal@ke.example", "nominator", Some("KEN"), None).await;
    let focal_token = app.token(&focal.email).await;
    let nominated = app
        .client
        .post(app.url(&format!("{path}/nominations")))
        .bearer_auth(&focal_token)
        .json(&crate::harness::complete_nomination("digital-transformation"))
        .send()
        .await
        .unwrap();
    assert_eq!(nominated.status(), 201, "{}", nominated.text().await.unwrap());

    // The trail says what was there before.
    let trail: Value = app
        .client
        .get(app.url(&format!("/api/v1/audit?subject={id}&action=cycle.edited")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let items = trail["items"].as_array().unwrap();
    assert_eq!(items.len(), 1, "refused changes leave no trace: {trail}");
    let details = &items[0]["details"];
    assert_eq!(details["before"]["phase"], "open");
    assert_eq!(details["version"], 2);
    let before: chrono::DateTime<chrono::Utc> = serde_json::from_value(details["before"]["closes_at"].clone()).unwrap();
    let stored: chrono::DateTime<chrono::Utc> = serde_json::from_value(created["closes_at"].clone()).unwrap();
    assert_eq!(before, stored);
    assert_eq!(details["patch"]["categories"][0]["name"]["en"], "Delivering services inclusively");

    // Closed to nominations, the deadline no longer moves; wording still does.
    app.clock.advance(chrono::Duration::days(6));
    let late = patch(2, json!({ "closes_at": at(1) })).await.unwrap();
    assert_eq!(late.status(), 409);
    let reworded =
        patch(2, json!({ "programme": { "fr": "Prix des Nations Unies pour la fonction publique" } })).await.unwrap();
    assert_eq!(reworded.status(), 200, "{}", reworded.text().await.unwrap());
}

#[tokio::test]
async fn a_cycle_is_copied_to_another_year_with_its_dates_moved_and_round_trips_as_toml() {
    let app = TestApp::spawn().await;
    let admin = app.person("secretariat@un.example", "admin", None, None).await;
    let token = app.token(&admin.email).await;
    let source = created_cycle(&app, &token, &example_cycle(app.now(), -1, 30)).await;
    let id = source["id"].as_str().unwrap();
    let copy_path = format!("/api/v1/cycles/{id}/copy");

    let copied = app.client.post(app.url(&copy_path)).bearer_auth(&token).json(&json!({})).send().await.unwrap();
    assert_eq!(copied.status(), 201);
    let copied: Value = copied.json().await.unwrap();
    assert_eq!(copied["year"], source["year"].as_i64().unwrap() + 1);
    assert_eq!(copied["phase"], "draft");
    let date = |v: &Value| chrono::DateTime::parse_from_rfc3339(v.as_str().unwrap()).unwrap();
    for field in ["opens_at", "closes_at", "publish_at"] {
        let (before, after) = (date(&source[field]), date(&copied[field]));
        let days = (after - before).num_days();
        assert!((365..=366).contains(&days), "{field} moved {days} days");
        assert_eq!(before.time(), after.time(), "{field} keeps its time of day");
    }
    assert_eq!(copied["categories"], source["categories"]);

    let again = app.client.post(app.url(&copy_path)).bearer_auth(&token).json(&json!({})).send().await.unwrap();
    assert_eq!(again.status(), 422, "that year already has its cycle");
    let nonsense =
        app.client.post(app.url(&copy_path)).bearer_auth(&token).json(&json!({ "year": 1850 })).send().await.unwrap();
    assert_eq!(nonsense.status(), 422);
    assert_eq!(problem(nonsense).await["errors"][0]["field"], "year");

    // What the secretariat downloads is what `laurel import` takes, unchanged.
    let toml = app
        .client
        .get(app.url(&format!("/api/v1/cycles/{id}/definition.toml")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(toml.status(), 200);
    assert!(toml.headers()["content-type"].to_str().unwrap().starts_with("application/toml"));
    assert!(toml.headers()["content-disposition"].to_str().unwrap().contains(".toml"));
    let text = toml.text().await.unwrap();
    let negotiated = app
        .client
        .get(app.url(&format!("/api/v1/cycles/{id}/definition")))
        .bearer_auth(&token)
        .header("accept", "application/toml")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(negotiated, text);
    let parsed = laurel::domain::definition::parse_toml(&text).expect("the download imports");
    assert_eq!(serde_json::to_value(&parsed).unwrap(), definition_of(&app, &token, id).await);

    let elsewhere = TestApp::spawn().await;
    let their_admin = elsewhere.person("secretariat@itu.example", "admin", None, None).await;
    let actor = laurel::service::Actor::operator();
    let imported =
        laurel::service::cycles::create_cycle(&elsewhere.db, &actor, None, &parsed, elsewhere.now()).await.unwrap();
    let their_token = elsewhere.token(&their_admin.email).await;
    let again = elsewhere
        .client
        .get(elsewhere.url(&format!("/api/v1/cycles/{imported}/definition.toml")))
        .bearer_auth(&their_token)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(again, text, "a definition survives the round trip byte for byte");
}

#[tokio::test]
async fn an_open_cycles_set_up_page_shows_what_is_fixed_and_saves_a_later_deadline_and_new_wording() {
    let app = TestApp::spawn().await;
    let admin = app.person("secretariat@un.example", "admin", None, None).await;
    let token = app.token(&admin.email).await;
    // A deadline at 23:59:59, as secretariats set them.
    let mut definition = example_cycle(app.now(), -1, 10);
    let closes = chrono::Timelike::with_second(&(app.now() + chrono::Duration::days(10)), 59).unwrap();
    definition["closes_at"] = json!(closes.to_rfc3339());
    let created = created_cycle(&app, &token, &definition).await;
    let id = created["id"].as_str().unwrap().to_owned();
    let edit = format!("/admin/cycles/{id}/edit");
    let web = app.browser_session(&admin.email).await;

    let page = web.get(&edit).await.text().await.unwrap();
    let html = crate::harness::html(&page);
    let input = |name: &str| {
        let selector = scraper::Selector::parse(&format!("input[name='{name}']")).unwrap();
        html.select(&selector).next().and_then(|e| e.value().attr("value")).map(str::to_owned)
    };
    assert_eq!(input("categories[0].max_per_state"), None, "a quota is shown, not offered for change");
    assert!(page.contains("only the deadline (moved later)"), "the page says why");
    assert!(input("categories[0].name.fr").is_some(), "wording stays editable");
    let closes = input("closes_at").expect("the deadline stays editable while open");
    let later = chrono::NaiveDateTime::parse_from_str(&closes, "%Y-%m-%dT%H:%M").unwrap() + chrono::Duration::days(7);
    let later = later.format("%Y-%m-%dT%H:%M").to_string();

    // The browser sends every field; a deadline shown to the minute and left alone keeps
    // its seconds, so rewording alone is not refused as an earlier deadline.
    let reworded = web
        .submit(
            &edit,
            &edit,
            &[
                ("version", "1"),
                ("closes_at", &closes),
                ("categories[0].name.es", "Transformación digital"),
                ("action", "save"),
            ],
        )
        .await;
    assert_eq!(reworded.status(), 303);
    assert_eq!(definition_of(&app, &token, &id).await["closes_at"], created["closes_at"]);

    let saved = web
        .submit(
            &edit,
            &edit,
            &[
                ("version", "2"),
                ("closes_at", &later),
                ("categories[0].name.fr", "Transformation numérique"),
                ("action", "save"),
            ],
        )
        .await;
    assert_eq!(saved.status(), 303);
    let definition = definition_of(&app, &token, &id).await;
    assert_eq!(definition["categories"][0]["name"]["fr"], "Transformation numérique");
    let moved = chrono::DateTime::parse_from_rfc3339(definition["closes_at"].as_str().unwrap()).unwrap();
    let before = chrono::DateTime::parse_from_rfc3339(created["closes_at"].as_str().unwrap()).unwrap();
    // The form shows minutes; a deadline moved by a week loses the stored seconds.
    let week = moved - before;
    assert!(
        week > chrono::Duration::days(7) - chrono::Duration::minutes(1) && week <= chrono::Duration::days(7),
        "{week}"
    );
    let page = web.get(&format!("{edit}?done=saved")).await.text().await.unwrap();
    assert!(page.contains("Transformation numérique"), "the page shows what the save changed");

    // A quota slipped into the form by hand is refused beside the form, naming it.
    let refused =
        web.submit(&edit, &edit, &[("version", "3"), ("categories[0].max_per_state", "5"), ("action", "save")]).await;
    assert_eq!(refused.status(), 422);
    let page = refused.text().await.unwrap();
    assert!(page.contains("categories[0].max_per_state") && page.contains("can no longer change"), "{page}");
    let untouched = web.submit(&edit, &edit, &[("version", "3"), ("closes_at", &later), ("action", "save")]).await;
    assert_eq!(untouched.status(), 303, "a deadline left as shown is no change");
    assert_eq!(definition_of(&app, &token, &id).await["closes_at"], definition["closes_at"]);
    let sooner = (chrono::NaiveDateTime::parse_from_str(&closes, "%Y-%m-%dT%H:%M").unwrap()
        - chrono::Duration::days(1))
    .format("%Y-%m-%dT%H:%M")
    .to_string();
    let earlier = web.submit(&edit, &edit, &[("version", "4"), ("closes_at", &sooner), ("action", "save")]).await;
    assert_eq!(earlier.status(), 422);
    let page = crate::harness::html(&earlier.text().await.unwrap());
    let beside = scraper::Selector::parse("#d-closes_at-error").unwrap();
    assert!(page.select(&beside).next().is_some(), "the deadline's refusal is shown beside it");
    assert_eq!(
        definition_of(&app, &token, &id).await["categories"][0]["max_per_state"],
        created["categories"][0]["max_per_state"]
    );
}

/// The fields of the set-up form on `page` as a browser would send them: each input's
/// value (a ticked checkbox's, after its hidden "false"), each select's chosen option.
fn form_fields(page: &str) -> Vec<(String, String)> {
    let html = crate::harness::html(page);
    let fields =
        scraper::Selector::parse("form#setup input[name], form#setup select[name], form#setup textarea[name]").unwrap();
    let mut out = Vec::new();
    for e in html.select(&fields) {
        let name = e.value().attr("name").unwrap().to_owned();
        let value = match e.value().name() {
            "select" => {
                let chosen = scraper::Selector::parse("option[selected]").unwrap();
                let first = scraper::Selector::parse("option").unwrap();
                let option = e.select(&chosen).next().or_else(|| e.select(&first).next());
                option.and_then(|o| o.value().attr("value")).unwrap_or_default().to_owned()
            }
            "textarea" => e.text().collect(),
            _ if e.value().attr("type") == Some("checkbox") && e.value().attr("checked").is_none() => continue,
            _ => e.value().attr("value").unwrap_or_default().to_owned(),
        };
        if name != "csrf" {
            out.push((name, value));
        }
    }
    out
}

#[tokio::test]
async fn a_cycle_is_set_up_from_scratch_in_the_form_problems_named_until_it_is_whole() {
    let app = TestApp::spawn().await;
    let admin = app.person("secretariat@un.example", "admin", None, None).await;
    let token = app.token(&admin.email).await;
    let web = app.browser_session(&admin.email).await;
    let page = web.get("/admin/cycles/new").await.text().await.unwrap();
    let mut fields = form_fields(&page);
    let post = |fields: Vec<(String, String)>| {
        let web = &web;
        async move {
            let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            web.submit("/admin/cycles/new", "/admin/cycles/new", &pairs).await
        }
    };

    // Sent blank, every problem is named at once and nothing is created.
    let mut blank = fields.clone();
    blank.push(("action".into(), "save".into()));
    let refused = post(blank).await;
    assert_eq!(refused.status(), 422);
    let page = refused.text().await.unwrap();
    for field in ["programme", "opens_at", "categories[0].key", "questions[0].label", "stages[1].criteria[0].key"] {
        assert!(page.contains(&format!("<code dir=\"ltr\">{field}")), "{field} is named");
    }
    let listed: Value =
        app.client.get(app.url("/api/v1/cycles")).bearer_auth(&token).send().await.unwrap().json().await.unwrap();
    assert!(listed["items"].as_array().unwrap().is_empty());

    // Filled in, it is created as a draft with what was typed.
    let set = |fields: &mut Vec<(String, String)>, name: &str, value: &str| {
        fields.retain(|(k, _)| k != name);
        fields.push((name.to_owned(), value.to_owned()));
    };
    let at = |days: i64| (app.now() + chrono::Duration::days(days)).format("%Y-%m-%dT%H:%M").to_string();
    for (name, value) in [
        ("programme.en", "Open Government Awards"),
        ("opens_at", &at(10)),
        ("closes_at", &at(40)),
        ("publish_at", &at(120)),
        ("categories[0].key", "open-data"),
        ("categories[0].name.en", "Open data"),
        ("questions[0].key", "story"),
        ("questions[0].label.en", "What did the initiative change?"),
        ("stages[0].name.en", "Eligibility"),
        ("stages[0].criteria[0].key", "eligible"),
        ("stages[0].criteria[0].label.en", "Meets the rules of the call"),
        ("stages[1].key", "jury"),
        ("stages[1].name.en", "The jury"),
        ("stages[1].due_at", &at(60)),
        ("stages[1].criteria[0].key", "impact"),
        ("stages[1].criteria[0].label.en", "Impact"),
    ] {
        set(&mut fields, name, value);
    }
    fields.push(("action".into(), "save".into()));
    let created = post(fields).await;
    assert_eq!(created.status(), 303, "{}", created.text().await.unwrap());
    let location = created.headers()["location"].to_str().unwrap().to_owned();
    assert!(location.ends_with("/edit?done=created"), "{location}");
    let id = location.trim_start_matches("/admin/cycles/").trim_end_matches("/edit?done=created");
    let d = definition_of(&app, &token, id).await;
    assert_eq!(d["programme"]["en"], "Open Government Awards");
    assert_eq!(d["stages"][1]["advance"], json!({ "rule": "top_n", "n": 10 }));
    assert_eq!(d["questions"][0]["kind"], "long_text");
    let cycle: Value = app
        .client
        .get(app.url(&format!("/api/v1/cycles/{id}")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(cycle["phase"], "draft");
}
