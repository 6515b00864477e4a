//! A member state's nominations through the API: the deadline to the millisecond, the
//! quota under concurrency, required answers, versions, withdrawal, receipts.

use chrono::Duration;
use serde_json::{Value, json};

use crate::harness::{TestApp, complete_nomination, example_cycle, problem};

struct Setup {
    app: TestApp,
    cycle: String,
    kenya: String,
    kenya_too: String,
}

/// The example cycle, open for thirty days, with two focal points of Kenya.
async fn setup() -> Setup {
    let app = TestApp::spawn().await;
    let definition = example_cycle(app.now(), -1, 30);
    let definition = laurel::domain::definition::parse(&definition).unwrap();
    let id = laurel::service::cycles::create_cycle(
        &app.db,
        &laurel::service::Actor::operator(),
        None,
        &definition,
        app.now(),
    )
    .await
    .unwrap();
    app.person("focal@gov.ke", "nominator", Some("KEN"), None).await;
    app.person("deputy@gov.ke", "nominator", Some("KEN"), None).await;
    let kenya = app.token("focal@gov.ke").await;
    let kenya_too = app.token("deputy@gov.ke").await;
    Setup { app, cycle: id.to_string(), kenya, kenya_too }
}

impl Setup {
    async fn create(&self, token: &str, body: Value) -> reqwest::Response {
        let url = self.app.url(&format!("/api/v1/cycles/{}/nominations", self.cycle));
        self.app.client.post(url).bearer_auth(token).json(&body).send().await.unwrap()
    }

    async fn draft(&self, token: &str, body: Value) -> String {
        let response = self.create(token, body).await;
        assert_eq!(response.status(), 201);
        response.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned()
    }

    async fn patch(&self, token: &str, id: &str, body: Value) -> reqwest::Response {
        let url = self.app.url(&format!("/api/v1/nominations/{id}"));
        self.app.client.patch(url).bearer_auth(token).json(&body).send().await.unwrap()
    }

    async fn get_nomination(&self, token: &str, id: &str) -> Value {
        let url = self.app.url(&format!("/api/v1/nominations/{id}"));
        self.app.client.get(url).bearer_auth(token).send().await.unwrap().json().await.unwrap()
    }

    async fn act(&self, token: &str, id: &str, action: &str) -> reqwest::Response {
        let url = self.app.url(&format!("/api/v1/nominations/{id}/{action}"));
        self.app.client.post(url).bearer_auth(token).send().await.unwrap()
    }
}

#[tokio::test]
async fn submitting_one_millisecond_after_closes_at_is_refused() {
    let s = setup().await;
    let on_time = s.draft(&s.kenya, complete_nomination("digital-transformation")).await;
    let late = s.draft(&s.kenya, complete_nomination("gender-responsive")).await;
    let cycle: Value = s.app.get(&format!("/api/v1/cycles/{}", s.cycle)).await.json().await.unwrap();
    let closes: chrono::DateTime<chrono::Utc> = cycle["closes_at"].as_str().unwrap().parse().unwrap();

    s.app.clock.set(closes);
    // API tokens last thirty days, as long as this call is open: sign in afresh.
    let kenya = s.app.token("focal@gov.ke").await;
    let response = s.act(&kenya, &on_time, "submit").await;
    assert_eq!(response.status(), 200, "at closes_at itself the call is still open");

    s.app.clock.set(closes + Duration::milliseconds(1));
    let response = s.act(&kenya, &late, "submit").await;
    assert_eq!(response.status(), 409);
    let problem = problem(response).await;
    assert_eq!(problem["code"], "deadline_passed");
    assert!(problem["detail"].as_str().unwrap().contains("closed at"), "{problem}");
    let after: Value = s
        .app
        .client
        .get(s.app.url(&format!("/api/v1/nominations/{late}")))
        .bearer_auth(&kenya)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(after["status"], "draft", "nothing half-done");
}

#[tokio::test]
async fn a_submission_names_every_missing_answer_and_keeps_the_draft() {
    let s = setup().await;
    let id = s.draft(&s.kenya, json!({ "category": "digital-transformation", "title": "Huduma Centres", "answers": { "problem": "Queues." } })).await;
    let response = s.act(&s.kenya, &id, "submit").await;
    assert_eq!(response.status(), 422);
    let problem = problem(response).await;
    let fields: Vec<&str> =
        problem["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    assert_eq!(
        fields,
        ["institution", "summary", "answers.solution", "answers.impact", "answers.sdgs", "answers.operational-since"]
    );
}

#[tokio::test]
async fn a_draft_keeps_malformed_answers_and_lists_them_until_submission_which_names_every_problem() {
    let s = setup().await;
    // A question the form does not ask has nowhere to be stored.
    let mut body = complete_nomination("digital-transformation");
    body["answers"]["colour"] = json!("blue");
    let response = s.create(&s.kenya, body).await;
    assert_eq!(response.status(), 422);
    let refused = problem(response).await;
    let fields: Vec<&str> =
        refused["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["answers.colour"]);

    // A website without its scheme and a number in words are kept, and listed.
    let mut body = json!({ "category": "digital-transformation", "answers": {} });
    body["answers"]["website"] = json!("huduma.go.ke");
    body["answers"]["beneficiaries"] = json!("about 9 million");
    let response = s.create(&s.kenya, body).await;
    assert_eq!(response.status(), 201, "a draft needs no title to be saved");
    let draft: Value = response.json().await.unwrap();
    assert_eq!(draft["answers"]["website"], "huduma.go.ke");
    assert_eq!(draft["answers"]["beneficiaries"], "about 9 million");
    let listed: Vec<&str> =
        draft["problems"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    assert_eq!(
        listed,
        [
            "title",
            "institution",
            "summary",
            "answers.problem",
            "answers.solution",
            "answers.impact",
            "answers.sdgs",
            "answers.operational-since",
            "answers.beneficiaries",
            "answers.website"
        ]
    );
    let website = draft["problems"].as_array().unwrap().iter().find(|p| p["field"] == "answers.website").unwrap();
    assert!(website["message"].as_str().unwrap().contains("https://"), "{website}");
    let id = draft["id"].as_str().unwrap().to_owned();

    // The whole list is the refusal of a submission: every problem at once.
    let refused = s.act(&s.kenya, &id, "submit").await;
    assert_eq!(refused.status(), 422);
    let refused = problem(refused).await;
    let named: Vec<&str> = refused["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    assert_eq!(named, listed);

    // Fixed in one PATCH, nothing is left and the draft submits.
    let mut fix = complete_nomination("digital-transformation");
    fix.as_object_mut().unwrap().remove("category");
    fix["answers"]["website"] = json!("https://huduma.go.ke");
    fix["answers"]["beneficiaries"] = json!("9,000,000");
    let fixed: Value = s.patch(&s.kenya, &id, fix).await.json().await.unwrap();
    assert_eq!(fixed["problems"], json!([]), "{fixed}");
    assert_eq!(s.act(&s.kenya, &id, "submit").await.status(), 200);
    let submitted: Value = s.get_nomination(&s.kenya, &id).await;
    assert_eq!(submitted["problems"], json!([]));

    // A submitted nomination stays one that could be submitted: an edit that would
    // break it is refused whole.
    let broken = s.patch(&s.kenya, &id, json!({ "answers": { "website": "huduma", "impact": "" } })).await;
    assert_eq!(broken.status(), 422);
    let broken = problem(broken).await;
    let named: Vec<&str> = broken["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    assert_eq!(named, ["answers.impact", "answers.website"]);
    assert_eq!(s.get_nomination(&s.kenya, &id).await["answers"]["website"], "https://huduma.go.ke");
}

#[tokio::test]
async fn two_focal_points_submitting_at_once_cannot_exceed_the_quota() {
    let s = setup().await;
    // gender-responsive allows one nomination per state.
    let first = s.draft(&s.kenya, complete_nomination("gender-responsive")).await;
    let second = s.draft(&s.kenya_too, complete_nomination("gender-responsive")).await;
    let (a, b) = tokio::join!(s.act(&s.kenya, &first, "submit"), s.act(&s.kenya_too, &second, "submit"));
    let mut statuses = [a.status().as_u16(), b.status().as_u16()];
    statuses.sort_unstable();
    assert_eq!(statuses, [200, 409]);
    let refused = if a.status() == 409 { a } else { b };
    assert_eq!(problem(refused).await["code"], "quota_exceeded");
}

#[tokio::test]
async fn two_simultaneous_edits_of_one_version_leave_one_winner_and_a_412() {
    let s = setup().await;
    let id = s.draft(&s.kenya, complete_nomination("digital-transformation")).await;
    let url = s.app.url(&format!("/api/v1/nominations/{id}"));
    let edit = |token: &str, title: &str| {
        s.app.client.patch(&url).bearer_auth(token).header("if-match", "\"1\"").json(&json!({ "title": title })).send()
    };
    let (a, b) = tokio::join!(edit(&s.kenya, "Title from Nairobi"), edit(&s.kenya_too, "Title from Mombasa"));
    let (a, b) = (a.unwrap(), b.unwrap());
    let mut statuses = [a.status().as_u16(), b.status().as_u16()];
    statuses.sort_unstable();
    assert_eq!(statuses, [200, 412]);
    let now: Value = s.app.client.get(&url).bearer_auth(&s.kenya).send().await.unwrap().json().await.unwrap();
    assert_eq!(now["version"], 2);
    assert!(["Title from Nairobi", "Title from Mombasa"].contains(&now["title"].as_str().unwrap()));
}

#[tokio::test]
async fn a_submitted_nomination_is_edited_and_withdrawn_while_open_with_receipts_to_every_focal_point() {
    let s = setup().await;
    let id = s.draft(&s.kenya, complete_nomination("digital-transformation")).await;
    assert_eq!(s.act(&s.kenya, &id, "submit").await.status(), 200);
    for to in ["focal@gov.ke", "deputy@gov.ke"] {
        let mail = s.app.outbox_to(to).await;
        assert_eq!(mail.len(), 1, "{to}");
        assert_eq!(mail[0].subject, "Received: Huduma Centres (Kenya)");
    }
    let url = s.app.url(&format!("/api/v1/nominations/{id}"));
    let edited = s
        .app
        .client
        .patch(&url)
        .bearer_auth(&s.kenya_too)
        .json(&json!({ "summary": "Updated figures." }))
        .send()
        .await
        .unwrap();
    assert_eq!(edited.status(), 200);
    assert_eq!(s.app.outbox_to("focal@gov.ke").await[1].subject, "Updated: Huduma Centres (Kenya)");

    assert_eq!(s.act(&s.kenya, &id, "withdraw").await.status(), 200);
    assert_eq!(s.app.outbox_to("deputy@gov.ke").await[2].subject, "Withdrawn: Huduma Centres (Kenya)");
    let again = s.act(&s.kenya, &id, "withdraw").await;
    assert_eq!(again.status(), 409);
    assert_eq!(problem(again).await["code"], "invalid_state");

    let actions = s.app.audit_actions().await;
    for expected in ["nomination.created", "nomination.submitted", "nomination.edited", "nomination.withdrawn"] {
        assert!(actions.contains(&expected.to_owned()), "{expected} in {actions:?}");
    }
}

#[tokio::test]
async fn nothing_is_withdrawn_or_edited_after_the_deadline() {
    let s = setup().await;
    let id = s.draft(&s.kenya, complete_nomination("digital-transformation")).await;
    assert_eq!(s.act(&s.kenya, &id, "submit").await.status(), 200);
    s.app.clock.advance(Duration::days(31));
    let kenya = s.app.token("focal@gov.ke").await;
    let withdrawn = s.act(&kenya, &id, "withdraw").await;
    assert_eq!(withdrawn.status(), 409);
    assert_eq!(problem(withdrawn).await["code"], "deadline_passed");
    let url = s.app.url(&format!("/api/v1/nominations/{id}"));
    let edited = s.app.client.patch(&url).bearer_auth(&kenya).json(&json!({ "title": "Late" })).send().await.unwrap();
    assert_eq!(edited.status(), 409);
}

#[tokio::test]
async fn a_cycle_closing_in_seconds_is_closed_by_the_clock_job_and_refuses_submissions_right_after() {
    let app = TestApp::spawn().await;
    let now = app.now();
    let mut definition = example_cycle(now, -1, 10);
    definition["closes_at"] = json!((now + Duration::seconds(3)).to_rfc3339());
    let definition = laurel::domain::definition::parse(&definition).unwrap();
    let cycle =
        laurel::service::cycles::create_cycle(&app.db, &laurel::service::Actor::operator(), None, &definition, now)
            .await
            .unwrap();
    assert!(laurel::jobs::timeline::run(&app.state, app.now()).await.unwrap().len() == 1, "the clock opens it");
    app.person("focal@gov.ke", "nominator", Some("KEN"), None).await;
    let token = app.token("focal@gov.ke").await;
    let create = app.client.post(app.url(&format!("/api/v1/cycles/{cycle}/nominations"))).bearer_auth(&token);
    let draft: Value =
        create.json(&complete_nomination("digital-transformation")).send().await.unwrap().json().await.unwrap();
    let id = draft["id"].as_str().unwrap();
    let create = app.client.post(app.url(&format!("/api/v1/cycles/{cycle}/nominations"))).bearer_auth(&token);
    let on_time: Value =
        create.json(&complete_nomination("inclusive-services")).send().await.unwrap().json().await.unwrap();
    let on_time = on_time["id"].as_str().unwrap();
    let submitted = app.client.post(app.url(&format!("/api/v1/nominations/{on_time}/submit"))).bearer_auth(&token);
    assert_eq!(submitted.send().await.unwrap().status(), 200);

    app.clock.advance(Duration::seconds(3) + Duration::milliseconds(1));
    let moved = laurel::jobs::timeline::run(&app.state, app.now()).await.unwrap();
    assert_eq!(moved, [(cycle, laurel::domain::cycle::Phase::Reviewing)]);
    let phase: Value = app.get(&format!("/api/v1/cycles/{cycle}")).await.json().await.unwrap();
    assert_eq!(phase["phase"], "reviewing");
    let refused =
        app.client.post(app.url(&format!("/api/v1/nominations/{id}/submit"))).bearer_auth(&token).send().await.unwrap();
    assert_eq!(refused.status(), 409);
    assert_eq!(problem(refused).await["code"], "deadline_passed");

    // Review has begun: the submitted nomination is in the first stage, the draft is not.
    let get = |id: &str| app.client.get(app.url(&format!("/api/v1/nominations/{id}"))).bearer_auth(&token).send();
    let in_review: Value = get(on_time).await.unwrap().json().await.unwrap();
    assert_eq!(in_review["status"], "in_review");
    let still_draft: Value = get(id).await.unwrap().json().await.unwrap();
    assert_eq!(still_draft["status"], "draft");
    let stages = phase["stages"].as_array().unwrap();
    assert_eq!(stages[0]["key"], "screening");
}

#[tokio::test]
async fn repeating_a_create_with_its_idempotency_key_returns_the_first_nomination() {
    let s = setup().await;
    let url = s.app.url(&format!("/api/v1/cycles/{}/nominations", s.cycle));
    let post = |key: &str, body: Value| {
        s.app.client.post(&url).bearer_auth(&s.kenya).header("idempotency-key", key).json(&body).send()
    };

    let refused = post("tap-1", json!({ "category": "nope", "title": "Huduma Centres" })).await.unwrap();
    assert_eq!(refused.status(), 422);
    let first = post("tap-1", complete_nomination("digital-transformation")).await.unwrap();
    assert_eq!(first.status(), 201, "a refused request leaves its key free for the corrected one");
    let first: Value = first.json().await.unwrap();
    let again = post("tap-1", complete_nomination("digital-transformation")).await.unwrap();
    assert_eq!(again.status(), 201);
    let again: Value = again.json().await.unwrap();
    assert_eq!(first["id"], again["id"], "the same nomination, not a second one");

    let other = post("tap-1", complete_nomination("inclusive-services")).await.unwrap();
    assert_eq!(other.status(), 422);
    assert!(problem(other).await["detail"].as_str().unwrap().contains("different request"));

    let mine: Value = s
        .app
        .client
        .get(s.app.url("/api/v1/nominations"))
        .bearer_auth(&s.kenya)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(mine["items"].as_array().unwrap().len(), 1);
}

/// A request that never finished (the server was killed mid-request, or the client hung
/// up and the handler was dropped) leaves its key claimed. Within the lease a retry is
/// told to wait; after it, the retry settles the claim: it answers with the nomination if
/// the first request made it, and makes it now if not. Once, either way.
#[tokio::test]
async fn a_key_whose_request_never_finished_is_settled_by_the_retry_exactly_once() {
    use laurel::service::idempotency::{self, Claim, LEASE};
    let s = setup().await;
    let url = s.app.url(&format!("/api/v1/cycles/{}/nominations", s.cycle));
    let body = complete_nomination("digital-transformation");
    let post = |key: &'static str| {
        s.app.client.post(&url).bearer_auth(&s.kenya).header("idempotency-key", key).json(&body).send()
    };
    let caller = laurel::service::auth::token_caller(&s.app.db, &s.kenya, s.app.now()).await.unwrap().unwrap();
    let kenya = caller.id;
    let hash = laurel::service::secret::digest(&body.to_string());
    let count = || async {
        let mine: Value = s
            .app
            .client
            .get(s.app.url("/api/v1/nominations"))
            .bearer_auth(&s.kenya)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        mine["items"].as_array().unwrap().len()
    };

    // Killed before the work: the claim is all there is.
    let Claim::Fresh { .. } = idempotency::claim(&s.app.db, kenya, "lost-1", &hash, s.app.now()).await.unwrap() else {
        panic!("a fresh claim")
    };
    let waiting = post("lost-1").await.unwrap();
    assert_eq!(waiting.status(), 409, "within the lease the request may still be running");
    assert_eq!(count().await, 0);
    s.app.clock.advance(LEASE + Duration::seconds(1));
    let retried = post("lost-1").await.unwrap();
    assert_eq!(retried.status(), 201, "after it, the retry does the work");
    let retried: Value = retried.json().await.unwrap();
    assert_eq!(count().await, 1);
    let replayed: Value = post("lost-1").await.unwrap().json().await.unwrap();
    assert_eq!(replayed["id"], retried["id"]);

    // Killed after the work committed, before its answer was stored.
    let Claim::Fresh { resource } = idempotency::claim(&s.app.db, kenya, "lost-2", &hash, s.app.now()).await.unwrap()
    else {
        panic!("a fresh claim")
    };
    let draft: laurel::service::nominations::Draft = serde_json::from_value(body.clone()).unwrap();
    laurel::service::nominations::create_as(&s.app.db, &caller, resource, s.cycle.parse().unwrap(), draft, s.app.now())
        .await
        .unwrap();
    assert_eq!(count().await, 2);
    s.app.clock.advance(LEASE + Duration::seconds(1));
    let settled = post("lost-2").await.unwrap();
    assert_eq!(settled.status(), 201);
    let settled: Value = settled.json().await.unwrap();
    assert_eq!(settled["id"], resource.to_string(), "the retry answers with what the lost request made");
    assert_eq!(count().await, 2, "and makes nothing more");

    // A key the server cannot read as ASCII is refused, not ignored.
    let odd = s
        .app
        .client
        .post(&url)
        .bearer_auth(&s.kenya)
        .header("idempotency-key", reqwest::header::HeaderValue::from_bytes(b"cl\xe9-1").unwrap())
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(odd.status(), 400);
    assert_eq!(count().await, 2);
}

/// The secretariat finds nominations by state, regional group and words of their title
/// or institution, whatever the case; wildcards typed are taken as themselves.
#[tokio::test]
async fn admins_filter_nominations_by_state_region_and_words() {
    let s = setup().await;
    s.app.person("focal@gouv.fr", "nominator", Some("FRA"), None).await;
    let france = s.app.token("focal@gouv.fr").await;
    s.draft(&s.kenya, complete_nomination("digital-transformation")).await;
    let mut french = complete_nomination("digital-transformation");
    french["title"] = json!("Guichet unique 100% numérique");
    french["institution"] = json!("Direction interministérielle du numérique");
    s.draft(&france, french).await;
    s.app.person("secretariat@un.example", "admin", None, None).await;
    let admin = s.app.token("secretariat@un.example").await;
    let titles = |query: &'static str| {
        let app = &s.app;
        let admin = admin.clone();
        async move {
            let url = app.url(&format!("/api/v1/nominations?{query}"));
            let response = app.client.get(url).bearer_auth(&admin).send().await.unwrap();
            assert_eq!(response.status(), 200, "{query}");
            let body: Value = response.json().await.unwrap();
            let mut found: Vec<String> =
                body["items"].as_array().unwrap().iter().map(|n| n["title"].as_str().unwrap().to_owned()).collect();
            found.sort();
            found
        }
    };
    assert_eq!(titles("member_state=ken").await, ["Huduma Centres"]);
    assert_eq!(titles("region=western_european_others").await, ["Guichet unique 100% numérique"]);
    assert_eq!(titles("region=african").await, ["Huduma Centres"]);
    assert_eq!(titles("q=HUDUMA").await, ["Huduma Centres"]);
    assert_eq!(titles("q=interministérielle").await, ["Guichet unique 100% numérique"], "the institution too");
    assert_eq!(titles("q=100%25").await, ["Guichet unique 100% numérique"]);
    assert!(titles("q=%25%25%25x").await.is_empty(), "a typed % is not a wildcard");
    let refused = s.app.client.get(s.app.url("/api/v1/nominations?region=atlantis")).bearer_auth(&admin).send();
    assert_eq!(refused.await.unwrap().status(), 400);
    // A focal point's own state bounds whatever they ask for.
    let url = s.app.url("/api/v1/nominations?member_state=FRA");
    let theirs: Value = s.app.client.get(url).bearer_auth(&s.kenya).send().await.unwrap().json().await.unwrap();
    assert!(theirs["items"].as_array().unwrap().is_empty());
}
