//! The public vote through the API: voters register and confirm with the code emailed to
//! them, one mailbox is one voter, a vote per category is cast, changed and withdrawn
//! within the window to the millisecond, concurrent votes of one voter stand as one, the
//! complete-ballot rule and voids change the count, and `laurel vote recount` replays it.

use std::collections::{BTreeMap, HashSet};

use reqwest::StatusCode;
use sea_orm::{ColumnTrait as _, EntityTrait as _, PaginatorTrait as _, QueryFilter as _, QueryOrder as _};
use serde_json::{Value, json};

use crate::harness::TestApp;

/// The categories of the WSIS-style example the tests keep: three, so a complete
/// ballot is three votes.
const CATEGORIES: usize = 3;
/// The member states nominating, one nomination each per category.
const STATES: [&str; 3] = ["KEN", "BRA", "FRA"];

/// `examples/wsis-2027.toml` cut to three categories, with its timeline moved so the
/// call closes within the hour and the vote follows.
pub fn vote_cycle(now: chrono::DateTime<chrono::Utc>) -> Value {
    let text = include_str!("../../examples/wsis-2027.toml");
    let mut d = serde_json::to_value(toml::from_str::<toml::Value>(text).expect("the example")).expect("JSON");
    d["categories"].as_array_mut().unwrap().truncate(CATEGORIES);
    let at = |minutes: i64| json!((now + chrono::Duration::minutes(minutes)).to_rfc3339());
    d["opens_at"] = at(-60);
    d["closes_at"] = at(30);
    d["stages"][1]["opens_at"] = at(60);
    d["stages"][1]["closes_at"] = at(60 * 24 * 7);
    d["stages"][2]["due_at"] = at(60 * 24 * 14);
    d["publish_at"] = at(60 * 24 * 30);
    d
}

pub struct VoteWorld {
    pub app: TestApp,
    pub admin: String,
    pub cycle: String,
    pub stage: String,
    /// Category key → its nominations' ids, in submission order.
    pub nominations: BTreeMap<String, Vec<String>>,
}

impl VoteWorld {
    /// A cycle whose nominations passed screening and whose vote is open.
    pub async fn open() -> Self {
        Self::open_with(|_| {}).await
    }

    pub async fn open_with(configure: impl FnOnce(&mut laurel::config::Settings)) -> Self {
        Self::open_defined(configure, |_| {}).await
    }

    /// As [`open_with`], the definition changed by `define` first.
    pub async fn open_defined(
        configure: impl FnOnce(&mut laurel::config::Settings),
        define: impl FnOnce(&mut Value),
    ) -> Self {
        let app = TestApp::spawn_with(configure).await;
        let mut definition = vote_cycle(app.now());
        define(&mut definition);
        let definition = laurel::domain::definition::parse(&definition).unwrap();
        let actor = laurel::service::Actor::operator();
        let cycle = laurel::service::cycles::create_cycle(&app.db, &actor, None, &definition, app.now()).await.unwrap();
        app.person("secretariat@itu.example", "admin", None, None).await;
        let admin = app.token("secretariat@itu.example").await;
        let mut nominations: BTreeMap<String, Vec<String>> = BTreeMap::new();
        let mut submitted = Vec::new();
        for state in STATES {
            let email = format!("focal@{}.example", state.to_lowercase());
            app.person(&email, "nominator", Some(state), None).await;
            let token = app.token(&email).await;
            for category in definition.categories.iter().map(|c| c.key.clone()) {
                let body = json!({
                    "category": category,
                    "title": format!("{state} {category}"),
                    "institution": format!("Digital agency of {state}"),
                    "summary": "A service that brings people closer to their government, described in about two hundred words for the public.",
                    "answers": { "stakeholder-type": "Government", "impact": "Two million people served." },
                });
                let url = app.url(&format!("/api/v1/cycles/{cycle}/nominations"));
                let response = app.client.post(url).bearer_auth(&token).json(&body).send().await.unwrap();
                assert_eq!(response.status(), 201);
                let id = response.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned();
                let url = app.url(&format!("/api/v1/nominations/{id}/submit"));
                let response = app.client.post(url).bearer_auth(&token).json(&json!({})).send().await.unwrap();
                assert_eq!(response.status(), 200, "{}", response.text().await.unwrap());
                nominations.entry(category).or_default().push(id.clone());
                submitted.push(id);
            }
        }
        let cycle_json: Value = app.get(&format!("/api/v1/cycles/{cycle}")).await.json().await.unwrap();
        let stage_of = |key: &str| {
            cycle_json["stages"].as_array().unwrap().iter().find(|s| s["key"] == key).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_owned()
        };
        let closes = definition.closes_at;
        app.clock.set(closes + chrono::Duration::seconds(1));
        laurel::jobs::timeline::run(&app.state, app.now()).await.unwrap();
        let checks = json!({ "checks": { "action-line": true, "operational": true, "complete": true } });
        for id in &submitted {
            let url = app.url(&format!("/api/v1/nominations/{id}/screening"));
            let response = app.client.post(url).bearer_auth(&admin).json(&checks).send().await.unwrap();
            assert_eq!(response.status(), 200);
        }
        let screening = stage_of("screening");
        let url = app.url(&format!("/api/v1/stages/{screening}/advance"));
        let response = app.client.post(url).bearer_auth(&admin).json(&json!({ "confirm": true })).send().await.unwrap();
        assert_eq!(response.status(), 200, "{}", response.text().await.unwrap());
        let world = Self { stage: stage_of("public-vote"), app, admin, cycle: cycle.to_string(), nominations };
        let (opens, _) = world.window().await;
        world.app.clock.set(opens + chrono::Duration::seconds(1));
        world
    }

    /// The vote's window, as stored.
    pub async fn window(&self) -> (chrono::DateTime<chrono::Utc>, chrono::DateTime<chrono::Utc>) {
        let id = uuid::Uuid::parse_str(&self.stage).unwrap();
        let stage = entity::stage::Entity::find_by_id(id).one(&self.app.db).await.unwrap().unwrap();
        (stage.opens_at.unwrap(), stage.closes_at.unwrap())
    }

    pub fn category(&self, i: usize) -> &str {
        self.nominations.keys().nth(i).unwrap()
    }

    pub async fn call(
        &self,
        method: reqwest::Method,
        token: Option<&str>,
        path: &str,
        body: Option<Value>,
    ) -> (StatusCode, Value) {
        let mut request = self.app.client.request(method, self.app.url(path));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.unwrap();
        let status = response.status();
        let text = response.text().await.unwrap();
        (status, serde_json::from_str(&text).unwrap_or(Value::String(text)))
    }

    /// Registers `email`, reads the code from the outbox and confirms it: the voter's token.
    pub async fn voter(&self, email: &str) -> String {
        let (status, body) =
            self.call(reqwest::Method::POST, None, "/api/v1/public/voters", Some(json!({ "email": email }))).await;
        assert_eq!(status, 202, "{body}");
        let code = self.latest_code(email).await;
        let (status, body) = self
            .call(
                reqwest::Method::POST,
                None,
                "/api/v1/public/voters/confirm",
                Some(json!({ "email": email, "code": code })),
            )
            .await;
        assert_eq!(status, 201, "{body}");
        body["token"].as_str().unwrap().to_owned()
    }

    /// The code in the latest email to `to`.
    pub async fn latest_code(&self, to: &str) -> String {
        let messages = self.app.outbox_to(to).await;
        let text = &messages.last().unwrap_or_else(|| panic!("no email to {to}")).body_text;
        code_in(text)
    }

    pub async fn vote(&self, token: &str, category: &str, nomination: &str) -> (StatusCode, Value) {
        let path = format!("/api/v1/public/ballots/{}/{category}", self.stage);
        self.call(reqwest::Method::PUT, Some(token), &path, Some(json!({ "nomination": nomination }))).await
    }

    pub async fn ballot(&self, token: &str) -> Value {
        let path = format!("/api/v1/public/ballots/{}", self.stage);
        let (status, body) = self.call(reqwest::Method::GET, Some(token), &path, None).await;
        assert_eq!(status, 200, "{body}");
        body
    }

    pub async fn totals(&self) -> Value {
        let path = format!("/api/v1/stages/{}/votes", self.stage);
        let (status, body) = self.call(reqwest::Method::GET, Some(&self.admin), &path, None).await;
        assert_eq!(status, 200, "{body}");
        body
    }

    /// The valid votes per (category, nomination) the secretariat reads.
    pub async fn counted(&self) -> BTreeMap<(String, String), u64> {
        let totals = self.totals().await;
        totals["totals"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| {
                (
                    (t["category"].as_str().unwrap().to_owned(), t["nomination"].as_str().unwrap().to_owned()),
                    t["votes"].as_u64().unwrap(),
                )
            })
            .collect()
    }

    /// What `laurel vote recount` prints, as (category, nomination) → votes, and its last line.
    pub fn recount(&self) -> (BTreeMap<(String, String), u64>, String) {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_laurel"))
            .args(["vote", "recount", &self.stage])
            .env("DATABASE_URL", self.app.database_url().expose())
            .env("LAUREL_LOG", "warn")
            .output()
            .unwrap();
        let stdout = String::from_utf8(output.stdout).unwrap();
        assert!(output.status.success(), "{stdout}{}", String::from_utf8_lossy(&output.stderr));
        let mut lines: Vec<&str> = stdout.lines().collect();
        let summary = lines.pop().unwrap().to_owned();
        let totals = lines
            .into_iter()
            .map(|l| {
                let parts: Vec<&str> = l.split('\t').collect();
                ((parts[0].to_owned(), parts[1].to_owned()), parts[2].parse().unwrap())
            })
            .collect();
        (totals, summary)
    }
}

/// The six-digit code in an email's text.
pub fn code_in(text: &str) -> String {
    text.split(|c: char| !c.is_ascii_digit())
        .find(|w| w.len() == 6)
        .unwrap_or_else(|| panic!("no code in: {text}"))
        .to_owned()
}

#[tokio::test]
async fn a_voter_registers_confirms_votes_changes_and_withdraws_and_one_mailbox_is_one_voter() {
    let w = VoteWorld::open().await;
    let (status, body) = w
        .call(reqwest::Method::POST, None, "/api/v1/public/voters", Some(json!({ "email": "Ana.Lima@Gmail.com" })))
        .await;
    assert_eq!(status, 202, "{body}");
    let code = w.latest_code("Ana.Lima@Gmail.com").await;
    let wrong = if code == "000000" { "111111" } else { "000000" };
    let confirm = |code: &str| json!({ "email": "ana.lima@gmail.com", "code": code });
    let (status, body) =
        w.call(reqwest::Method::POST, None, "/api/v1/public/voters/confirm", Some(confirm(wrong))).await;
    assert_eq!(status, 422, "{body}");
    assert_eq!(body["errors"][0]["field"], "code");
    let (status, body) =
        w.call(reqwest::Method::POST, None, "/api/v1/public/voters/confirm", Some(confirm(&code))).await;
    assert_eq!(status, 201, "{body}");
    let token = body["token"].as_str().unwrap().to_owned();
    let (status, _) = w.call(reqwest::Method::POST, None, "/api/v1/public/voters/confirm", Some(confirm(&code))).await;
    assert_eq!(status, 422, "a code works once");

    let ballot = w.ballot(&token).await;
    assert_eq!(ballot["complete"], false);
    let categories = ballot["categories"].as_array().unwrap();
    assert_eq!(categories.len(), CATEGORIES);
    for c in categories {
        assert_eq!(c["nominations"].as_array().unwrap().len(), STATES.len());
        assert!(c["vote"].is_null());
        assert!(!c["name"].as_str().unwrap().is_empty());
    }
    assert_eq!(w.ballot(&token).await["categories"], ballot["categories"], "the voter's order is stable");

    let (first, second) = (w.category(0).to_owned(), w.category(1).to_owned());
    let (a, b) = (w.nominations[&first][0].clone(), w.nominations[&first][1].clone());
    let (status, body) = w.vote(&token, &first, &a).await;
    assert_eq!(status, 200, "{body}");
    let (status, _) = w.vote(&token, &first, &b).await;
    assert_eq!(status, 200, "a vote is changed");
    let ballot = w.ballot(&token).await;
    assert_eq!(
        ballot["categories"].as_array().unwrap().iter().find(|c| c["key"] == first.as_str()).unwrap()["vote"],
        b
    );
    let (status, body) = w.vote(&token, &second, &a).await;
    assert_eq!(status, 422, "a nomination of another category: {body}");
    assert_eq!(body["errors"][0]["field"], "nomination");
    let (status, _) = w.vote(&token, "no-such-category", &a).await;
    assert_eq!(status, 404);
    let path = format!("/api/v1/public/ballots/{}/{first}", w.stage);
    let (status, _) = w.call(reqwest::Method::DELETE, Some(&token), &path, None).await;
    assert_eq!(status, 204);
    let ballot = w.ballot(&token).await;
    assert!(ballot["categories"].as_array().unwrap().iter().all(|c| c["vote"].is_null()), "withdrawn");
    let log = entity::vote_log::Entity::find().count(&w.app.db).await.unwrap();
    assert_eq!(log, 3, "two casts and a withdrawal are logged");

    // Each kind of caller reaches only its own routes.
    let (status, _) =
        w.call(reqwest::Method::GET, Some(&w.admin), &format!("/api/v1/public/ballots/{}", w.stage), None).await;
    assert_eq!(status, 401, "a person's token is not a voter's");
    let (status, _) =
        w.call(reqwest::Method::GET, Some(&token), &format!("/api/v1/stages/{}/votes", w.stage), None).await;
    assert_eq!(status, 401, "a voter's token is not a person's");
    let (status, _) = w.call(reqwest::Method::GET, Some(&token), "/api/v1/me", None).await;
    assert_eq!(status, 401);

    // The same mailbox again, in another case and with a plus-tag: no second voter, and
    // the code goes to the address first registered.
    let again = "analima+again@googlemail.com";
    let (status, _) =
        w.call(reqwest::Method::POST, None, "/api/v1/public/voters", Some(json!({ "email": again }))).await;
    assert_eq!(status, 202, "the same answer as for a new address");
    assert_eq!(entity::voter::Entity::find().count(&w.app.db).await.unwrap(), 1);
    assert!(w.app.outbox_to(again).await.is_empty());
    let sent = w.app.outbox_to("Ana.Lima@Gmail.com").await;
    assert_eq!(sent.len(), 2);
    assert!(sent[1].body_text.contains("already registered"), "{}", sent[1].body_text);
    let code = code_in(&sent[1].body_text);
    let (status, body) = w
        .call(
            reqwest::Method::POST,
            None,
            "/api/v1/public/voters/confirm",
            Some(json!({ "email": again, "code": code })),
        )
        .await;
    assert_eq!(status, 201, "{body}");
    assert_eq!(body["voter"], w.ballot_voter(&token).await, "the same voter, signed in again");

    let (status, body) = w
        .call(reqwest::Method::POST, None, "/api/v1/public/voters", Some(json!({ "email": "x@mailinator.com" })))
        .await;
    assert_eq!(status, 422, "{body}");
    assert_eq!(body["errors"][0]["field"], "email");
    let (status, _) =
        w.call(reqwest::Method::POST, None, "/api/v1/public/voters", Some(json!({ "email": "not an address" }))).await;
    assert_eq!(status, 422);
}

impl VoteWorld {
    /// The voter a token stands for.
    async fn ballot_voter(&self, token: &str) -> Value {
        let voter = laurel::service::vote::voters::voter_of_token(&self.app.db, token, self.app.now()).await.unwrap();
        json!(voter.unwrap().id)
    }
}

#[tokio::test]
async fn votes_are_taken_until_the_millisecond_the_vote_closes_and_never_after() {
    let w = VoteWorld::open().await;
    let token = w.voter("late@example.org").await;
    let (opens, closes) = w.window().await;
    let category = w.category(0).to_owned();
    let n = w.nominations[&category][0].clone();
    w.app.clock.set(opens - chrono::Duration::milliseconds(1));
    let (status, body) = w.vote(&token, &category, &n).await;
    assert_eq!((status, body["code"].as_str()), (StatusCode::CONFLICT, Some("invalid_state")), "{body}");
    w.app.clock.set(closes - chrono::Duration::milliseconds(1));
    let (status, body) = w.vote(&token, &category, &n).await;
    assert_eq!(status, 200, "{body}");
    w.app.clock.set(closes);
    let (status, body) = w.vote(&token, &category, &n).await;
    assert_eq!((status, body["code"].as_str()), (StatusCode::CONFLICT, Some("deadline_passed")), "{body}");
    let path = format!("/api/v1/public/ballots/{}/{category}", w.stage);
    let (status, _) = w.call(reqwest::Method::DELETE, Some(&token), &path, None).await;
    assert_eq!(status, 409, "nor withdrawn after it");
    let totals = w.totals().await;
    assert_eq!((totals["voters"].as_u64(), totals["discarded_incomplete"].as_u64()), (Some(1), Some(1)), "{totals}");
}

#[tokio::test]
async fn one_voter_voting_many_times_at_once_has_one_vote_and_the_log_agrees() {
    let w = VoteWorld::open().await;
    let token = w.voter("eager@example.org").await;
    let category = w.category(0).to_owned();
    let choices = w.nominations[&category].clone();
    // The rest of a complete ballot, so that the vote counts.
    for other in w.nominations.keys().skip(1) {
        assert_eq!(w.vote(&token, other, &w.nominations[other][0]).await.0, 200);
    }
    let votes = (0..12).map(|i| {
        let (token, category, n) = (token.clone(), category.clone(), choices[i % choices.len()].clone());
        let w = &w;
        async move { w.vote(&token, &category, &n).await.0 }
    });
    let statuses = futures::future::join_all(votes).await;
    assert!(statuses.iter().all(|s| *s == 200), "{statuses:?}");
    let category_id = entity::category::Entity::find()
        .filter(entity::category::Column::Key.eq(&category))
        .one(&w.app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    let standing = entity::vote::Entity::find()
        .filter(entity::vote::Column::CategoryId.eq(category_id))
        .all(&w.app.db)
        .await
        .unwrap();
    assert_eq!(standing.len(), 1, "one vote per category per voter");
    let counted = w.counted().await;
    assert_eq!(counted.values().sum::<u64>(), CATEGORIES as u64);
    assert_eq!(counted[&(category, standing[0].nomination_id.to_string())], 1);
    let (recounted, _) = w.recount();
    assert_eq!(recounted, counted, "the log's last word is the standing vote");
}

#[tokio::test]
async fn incomplete_ballots_are_set_aside_a_voided_cluster_leaves_the_count_and_the_recount_agrees() {
    let w = VoteWorld::open().await;
    let categories: Vec<String> = w.nominations.keys().cloned().collect();
    // A cluster: 21 new voters from one network within minutes, all for the same entries.
    let mut cluster = Vec::new();
    for i in 0..21 {
        let token = w.voter(&format!("fan{i}@campaign.example")).await;
        for c in &categories {
            let (status, body) = w.vote(&token, c, &w.nominations[c][2]).await;
            assert_eq!(status, 200, "{body}");
        }
        cluster.push(w.ballot_voter(&token).await);
    }
    // Two people with complete ballots, one without.
    for (email, complete) in [("amina@example.org", true), ("jonas@example.net", true), ("li@example.com", false)] {
        let token = w.voter(email).await;
        let take = if complete { CATEGORIES } else { CATEGORIES - 1 };
        for c in categories.iter().take(take) {
            let (status, _) = w.vote(&token, c, &w.nominations[c][0]).await;
            assert_eq!(status, 200);
        }
    }
    let totals = w.totals().await;
    assert_eq!(totals["voters"], 24);
    assert_eq!(totals["ballots_counted"], 23);
    assert_eq!(totals["discarded_incomplete"], 1, "{totals}");
    let counted = w.counted().await;
    assert_eq!(
        counted[&(categories[0].clone(), w.nominations[&categories[0]][0].clone())],
        2,
        "the incomplete ballot does not count"
    );
    assert_eq!(counted[&(categories[0].clone(), w.nominations[&categories[0]][2].clone())], 21);

    let flags = totals["flags"].as_array().unwrap();
    let network = flags.iter().find(|f| f["kind"] == "network").unwrap_or_else(|| panic!("{flags:?}"));
    let flagged: HashSet<&str> = network["voters"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    let expected: HashSet<&str> = cluster.iter().map(|v| v.as_str().unwrap()).collect();
    assert_eq!(flagged, expected, "the cluster and no one else");
    assert!(flags.iter().any(|f| f["kind"] == "domain"), "one domain too: {flags:?}");

    let path = format!("/api/v1/stages/{}/votes/void", w.stage);
    let (status, body) = w
        .call(
            reqwest::Method::POST,
            Some(&w.admin),
            &path,
            Some(json!({ "voters": network["voters"], "rationale": " " })),
        )
        .await;
    assert_eq!(status, 422, "{body}");
    assert_eq!(body["errors"][0]["field"], "rationale");
    let rationale = "21 registrations from one network in 20 minutes, all for the same three entries.";
    let (status, body) = w
        .call(
            reqwest::Method::POST,
            Some(&w.admin),
            &path,
            Some(json!({ "voters": network["voters"], "rationale": rationale })),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["ballots_counted"], 2);
    assert_eq!(body["discarded_voided"], 21);
    let counted = w.counted().await;
    assert_eq!(counted[&(categories[0].clone(), w.nominations[&categories[0]][2].clone())], 0);
    assert!(w.app.audit_actions().await.contains(&"vote.voided".to_owned()));

    let (recounted, summary) = w.recount();
    assert_eq!(recounted, counted);
    assert_eq!(summary, "voters 24, ballots counted 2, discarded 22 (voided 21, incomplete 1)");

    // The log for the auditors: every line, with hashed addresses and the voids marked.
    let response = w
        .app
        .client
        .get(w.app.url(&format!("/api/v1/stages/{}/votes.csv", w.stage)))
        .bearer_auth(&w.admin)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let csv = response.text().await.unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 1 + 21 * 3 + 2 * 3 + 2, "a header and a line per vote");
    assert!(!csv.contains("127.0.0.1"), "no raw address");
    assert_eq!(lines.iter().filter(|l| l.ends_with(",yes")).count(), 63);
    let votes = entity::vote_log::Entity::find()
        .filter(entity::vote_log::Column::NominationId.is_not_null())
        .count(&w.app.db)
        .await
        .unwrap();
    assert_eq!(votes, 71);
}

#[tokio::test]
async fn the_ballot_page_registers_confirms_and_takes_each_vote_after_a_confirmation_without_a_script() {
    let w = VoteWorld::open().await;
    let web = w.app.web_client();
    let page = format!("/cycles/{}/vote", w.cycle);
    let reader = web.get(&page).await;
    assert_eq!(reader.status(), 200);
    let body = reader.text().await.unwrap();
    assert!(body.contains("Register to vote"), "{body}");
    let listed = crate::harness::texts(&crate::harness::html(&body), ".nominees li strong");
    assert_eq!(listed.len(), CATEGORIES * STATES.len(), "the nominations in the vote, for everyone");
    assert!(!body.contains("votes"), "no count before publication");

    let refused = web.submit(&page, &format!("{page}/register"), &[("email", "x@mailinator.com")]).await;
    assert_eq!(refused.status(), 422);
    let again = crate::harness::html(&refused.text().await.unwrap());
    assert_eq!(crate::harness::texts(&again, "#email-error").len(), 1, "the problem beside the field");

    let sent = web.submit(&page, &format!("{page}/register"), &[("email", "Voter@Example.org")]).await;
    assert_eq!(sent.status(), 200);
    let code = w.latest_code("Voter@Example.org").await;
    let wrong =
        web.submit(&page, &format!("{page}/confirm"), &[("email", "voter@example.org"), ("code", "12345x")]).await;
    assert_eq!(wrong.status(), 422);
    let confirmed =
        web.submit(&page, &format!("{page}/confirm"), &[("email", "voter@example.org"), ("code", code.as_str())]).await;
    assert_eq!(confirmed.status(), 303);
    let cookie = confirmed.headers().get_all(reqwest::header::SET_COOKIE).iter().find_map(|c| {
        let c = c.to_str().unwrap();
        c.starts_with("laurel_voter=").then(|| c.to_ascii_lowercase())
    });
    let cookie = cookie.expect("the voter's cookie");
    assert!(cookie.contains("httponly") && cookie.contains("samesite=lax"), "{cookie}");

    let ballot = web.get(&page).await.text().await.unwrap();
    assert!(ballot.contains("You have voted in 0 of 3 categories"), "{ballot}");
    let first = w.category(0).to_owned();
    let choice = w.nominations[&first][1].clone();
    let nothing = web.submit(&page, &format!("{page}/choose"), &[("category", first.as_str())]).await;
    assert_eq!(nothing.status(), 422, "nothing chosen: the ballot again");
    let confirm = web
        .submit(&page, &format!("{page}/choose"), &[("category", first.as_str()), ("nomination", choice.as_str())])
        .await;
    assert_eq!(confirm.status(), 200);
    let confirm = confirm.text().await.unwrap();
    assert!(confirm.contains("Confirm your vote"), "{confirm}");
    assert!(entity::vote::Entity::find().all(&w.app.db).await.unwrap().is_empty(), "nothing is cast before confirming");
    let cast = web
        .submit(&page, &format!("{page}/cast"), &[("category", first.as_str()), ("nomination", choice.as_str())])
        .await;
    assert_eq!(cast.status(), 303);
    let location = cast.headers()[reqwest::header::LOCATION].to_str().unwrap().to_owned();
    let after = web.get(&location).await.text().await.unwrap();
    assert!(after.contains("is recorded"), "{after}");
    assert!(after.contains("You have voted in 1 of 3 categories"), "{after}");
    assert_eq!(entity::vote::Entity::find().all(&w.app.db).await.unwrap().len(), 1);

    let withdrawn = web.submit(&page, &format!("{page}/withdraw"), &[("category", first.as_str())]).await;
    assert_eq!(withdrawn.status(), 303);
    assert!(entity::vote::Entity::find().all(&w.app.db).await.unwrap().is_empty());

    // Another reader's browser, without the cookie, is sent to register.
    let stranger = w.app.web_client();
    let sent = stranger
        .submit(&page, &format!("{page}/cast"), &[("category", first.as_str()), ("nomination", choice.as_str())])
        .await;
    assert_eq!(sent.status(), 303);
    assert!(sent.headers()[reqwest::header::LOCATION].to_str().unwrap().ends_with("/vote#register"));
}

#[tokio::test]
async fn counts_stay_private_until_the_vote_closes_and_then_only_if_the_stage_shows_them() {
    let w = VoteWorld::open().await;
    let token = w.voter("counted@example.org").await;
    for c in w.nominations.keys() {
        assert_eq!(w.vote(&token, c, &w.nominations[c][0]).await.0, 200);
    }
    let page = format!("/cycles/{}/vote", w.cycle);
    let counts = |body: &str| crate::harness::texts(&crate::harness::html(body), ".count");
    let open = w.app.get(&page).await.text().await.unwrap();
    assert!(counts(&open).is_empty(), "no count while the vote runs");
    let (_, closes) = w.window().await;
    w.app.clock.set(closes + chrono::Duration::seconds(1));
    let closed = w.app.get(&page).await.text().await.unwrap();
    assert!(counts(&closed).is_empty(), "nor after it, by default");
    let public = w.app.get(&format!("/api/v1/public/winners?cycle={}", w.cycle)).await.text().await.unwrap();
    assert!(!public.contains(&w.nominations[w.category(0)][0]), "the open data says nothing of the vote: {public}");

    let id = uuid::Uuid::parse_str(&w.stage).unwrap();
    let stage = entity::stage::Entity::find_by_id(id).one(&w.app.db).await.unwrap().unwrap();
    let mut shown: entity::stage::ActiveModel = stage.into();
    shown.show_counts = sea_orm::ActiveValue::Set(true);
    sea_orm::ActiveModelTrait::update(shown, &w.app.db).await.unwrap();
    let shown = w.app.get(&page).await.text().await.unwrap();
    let found = counts(&shown);
    assert_eq!(found.len(), CATEGORIES * STATES.len(), "{shown}");
    assert_eq!(found.iter().filter(|c| c.as_str() == "1 valid vote").count(), CATEGORIES, "{found:?}");
}

/// A voter on a phone: a throwaway address refused beside the field, then registration,
/// the code read from the email delivered over SMTP, a vote in every category each
/// confirmed on its own page, one vote changed, the ballot complete; the same mailbox
/// registering again in another case and with a plus-tag gets no second ballot. Every
/// page passes axe at 360 and 1280 px.
#[tokio::test]
async fn a_voter_registers_with_the_emailed_code_votes_in_every_category_and_changes_one_in_a_browser() {
    use crate::harness::browser::{self, click, click_and_load, fill, text};
    use fantoccini::Locator;
    let test = "a_voter_registers_with_the_emailed_code_votes_in_every_category_and_changes_one_in_a_browser";
    let Some(axe) = crate::harness::axe::source(test) else { return };
    let Some(browser) = browser::launch(test).await else { return };
    let sink = crate::harness::smtp::SmtpSink::start();
    let mail = laurel::config::MailUrl::parse(&sink.url()).unwrap();
    let w = VoteWorld::open_with(move |s| s.mail_url = mail).await;
    let b = &browser.client;
    let shots = std::env::var_os("LAUREL_SCREENSHOTS").map(std::path::PathBuf::from);
    let mut failures = Vec::new();
    let page = w.app.url(&format!("/cycles/{}/vote", w.cycle));
    let mut check = async |name: &str| {
        for (width, height) in [(1280, 900), (360, 740)] {
            b.set_window_size(width, height).await.unwrap();
            let overflow = b
                .execute("return document.documentElement.scrollWidth - document.documentElement.clientWidth;", vec![])
                .await
                .unwrap();
            assert_eq!(overflow.as_i64(), Some(0), "{name} at {width}px scrolls sideways");
            if let Some(dir) = &shots {
                crate::browser::shoot(b, width, dir, name).await;
            }
            for v in crate::accessibility::violations(b, &axe).await {
                failures.push(format!("{name} at {width}px: {v}"));
            }
        }
    };

    b.goto(&page).await.unwrap();
    check("vote-register").await;
    fill(b, "#email", "someone@mailinator.com").await;
    click_and_load(b, "#register button[type=submit]").await;
    assert!(text(b, "#email-error").await.contains("throwaway"), "refused beside the field");
    check("vote-register-refused").await;

    fill(b, "#email", "Ana.Lima@Gmail.com").await;
    click_and_load(b, "#register button[type=submit]").await;
    assert!(text(b, "p.success[role=status]").await.contains("Ana.Lima@Gmail.com"));
    check("vote-code").await;
    laurel::jobs::outbox::run(&w.app.state, w.app.now()).await.unwrap();
    let delivered = sink.messages_to("Ana.Lima@Gmail.com");
    assert_eq!(delivered.len(), 1);
    fill(b, "#code", &code_in(&delivered[0].text)).await;
    click_and_load(b, "main form button[type=submit]").await;
    assert_eq!(text(b, "#ballot-state").await, "You have voted in 0 of 3 categories.");

    let keys: Vec<String> = w.nominations.keys().cloned().collect();
    for (i, key) in keys.iter().enumerate() {
        click(b, &format!("section[id='{key}'] input[type=radio]")).await;
        click_and_load(b, &format!("section[id='{key}'] form button[type=submit]")).await;
        assert_eq!(text(b, "main h1").await, "Confirm your vote");
        if i == 0 {
            check("vote-confirm").await;
        }
        click_and_load(b, "main form button[type=submit]").await;
        assert!(text(b, "p.success[role=status]").await.ends_with("is recorded."));
    }
    assert!(text(b, "#ballot-state").await.starts_with("Your ballot is complete"));

    // A change: the second nomination of the first category, which replaces the first.
    let radios = b.find_all(Locator::Css(&format!("section[id='{}'] input[type=radio]", keys[0]))).await.unwrap();
    radios[1].click().await.unwrap();
    click_and_load(b, &format!("section[id='{}'] form button[type=submit]", keys[0])).await;
    assert!(text(b, "main").await.contains("This replaces your vote for"));
    click_and_load(b, "main form button[type=submit]").await;
    assert!(text(b, "#ballot-state").await.starts_with("Your ballot is complete"));
    check("vote-ballot").await;
    let standing = entity::vote::Entity::find().all(&w.app.db).await.unwrap();
    assert_eq!(standing.len(), 3, "one vote in each category");
    assert_eq!(entity::vote_log::Entity::find().count(&w.app.db).await.unwrap(), 4, "three casts and a change");

    // The same mailbox again, from a fresh start: no second ballot.
    click_and_load(b, "form[action$='/vote/sign-out'] button").await;
    fill(b, "#email", "analima+second@googlemail.com").await;
    click_and_load(b, "#register button[type=submit]").await;
    laurel::jobs::outbox::run(&w.app.state, w.app.now()).await.unwrap();
    assert!(sink.messages_to("analima+second@googlemail.com").is_empty(), "no code to the tagged address");
    let again = sink.messages_to("Ana.Lima@Gmail.com");
    assert_eq!(again.len(), 2);
    assert!(again[1].text.contains("already registered"), "{}", again[1].text);
    assert_eq!(entity::voter::Entity::find().count(&w.app.db).await.unwrap(), 1, "one voter per mailbox");
    fill(b, "#code", &code_in(&again[1].text)).await;
    click_and_load(b, "main form button[type=submit]").await;
    assert!(text(b, "#ballot-state").await.starts_with("Your ballot is complete"), "the same ballot, as left");

    browser.close().await;
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A public vote open at `now` on a database no server has touched: `categories` of the
/// WSIS-style example with three nominations each in the vote, seeded directly.
pub struct SeededVote {
    pub cycle: uuid::Uuid,
    pub stage: uuid::Uuid,
    /// Category key → its nominations in the vote.
    pub categories: Vec<(String, Vec<uuid::Uuid>)>,
}

/// The nominations are `author`'s, or a Kenyan focal point's made for them.
pub async fn seed_open_vote(
    db: &sea_orm::DatabaseConnection,
    now: chrono::DateTime<chrono::Utc>,
    categories: usize,
    author: Option<uuid::Uuid>,
) -> SeededVote {
    use sea_orm::{ActiveModelTrait as _, ActiveValue::Set};
    let mut definition = vote_cycle(now);
    definition["categories"].as_array_mut().unwrap().truncate(categories);
    let definition = laurel::domain::definition::parse(&definition).unwrap();
    let actor = laurel::service::Actor::operator();
    let cycle = laurel::service::cycles::create_cycle(db, &actor, None, &definition, now).await.unwrap();
    let author = match author {
        Some(id) => id,
        None => {
            let focal = laurel::service::accounts::NewUser {
                email: "focal@gov.ke".into(),
                name: "Focal point".into(),
                role: "nominator".into(),
                member_state: Some("KEN".into()),
                nationality: None,
                password: crate::harness::PASSWORD.into(),
            };
            laurel::service::accounts::create_user(db, &actor, focal, now).await.unwrap().id
        }
    };
    let stage = entity::stage::Entity::find()
        .filter(entity::stage::Column::CycleId.eq(cycle))
        .filter(entity::stage::Column::Kind.eq("public_vote"))
        .one(db)
        .await
        .unwrap()
        .unwrap();
    let mut open: entity::stage::ActiveModel = stage.clone().into();
    open.status = Set("active".into());
    open.opens_at = Set(Some(now - chrono::Duration::days(1)));
    open.closes_at = Set(Some(now + chrono::Duration::days(1)));
    open.update(db).await.unwrap();
    let mut seeded = Vec::new();
    let all = entity::category::Entity::find()
        .filter(entity::category::Column::CycleId.eq(cycle))
        .order_by_asc(entity::category::Column::Position)
        .all(db)
        .await
        .unwrap();
    for c in all {
        let mut ids = Vec::new();
        for (i, state) in ["KEN", "BRA", "FRA"].into_iter().enumerate() {
            let id = uuid::Uuid::now_v7();
            entity::nomination::ActiveModel {
                id: Set(id),
                cycle_id: Set(cycle),
                category_id: Set(c.id),
                member_state: Set(state.into()),
                created_by: Set(author),
                title: Set(format!("{state} {} {i}", c.key)),
                institution: Set(format!("Digital agency of {state}")),
                summary: Set("A service that brings people closer to their government.".into()),
                status: Set("in_review".into()),
                version: Set(1),
                current_stage_id: Set(Some(stage.id)),
                submitted_at: Set(Some(now)),
                created_at: Set(now),
                updated_at: Set(now),
                language: Set(Some("en".into())),
                ..Default::default()
            }
            .insert(db)
            .await
            .unwrap();
            ids.push(id);
        }
        seeded.push((c.key, ids));
    }
    SeededVote { cycle, stage: stage.id, categories: seeded }
}

#[tokio::test]
async fn the_secretariat_reads_the_count_on_the_stage_page_and_voids_a_flagged_cluster_with_its_reason() {
    let w = VoteWorld::open().await;
    let categories: Vec<String> = w.nominations.keys().cloned().collect();
    for i in 0..20 {
        let token = w.voter(&format!("fan{i}@campaign.example")).await;
        for c in &categories {
            assert_eq!(w.vote(&token, c, &w.nominations[c][1]).await.0, 200);
        }
    }
    w.app.person("clerk@itu.example", "admin", None, None).await;
    let web = w.app.browser_session("clerk@itu.example").await;
    let page = format!("/admin/stages/{}", w.stage);
    let body = web.get(&page).await.text().await.unwrap();
    let html = crate::harness::html(&body);
    assert_eq!(crate::harness::texts(&html, "#vote-turnout"), ["20"]);
    assert_eq!(crate::harness::texts(&html, "#vote-counted"), ["20"]);
    assert!(crate::harness::texts(&html, "#assign-title").is_empty(), "a vote has no jurors to assign");
    let selector = scraper::Selector::parse("form[action$='/votes/void'] input[name=flag]").unwrap();
    let flags: Vec<String> = html.select(&selector).map(|e| e.value().attr("value").unwrap().to_owned()).collect();
    assert!(!flags.is_empty(), "the cluster is flagged: {body}");

    let refused =
        web.submit(&page, &format!("{page}/votes/void"), &[("flag", flags[0].as_str()), ("rationale", "")]).await;
    assert_eq!(refused.status(), 422, "a void needs its reason");
    let reason = "Twenty registrations from one network in twenty minutes, all for the same entries.";
    let voided =
        web.submit(&page, &format!("{page}/votes/void"), &[("flag", flags[0].as_str()), ("rationale", reason)]).await;
    assert_eq!(voided.status(), 303);
    let after = crate::harness::html(&web.get(&page).await.text().await.unwrap());
    assert_eq!(crate::harness::texts(&after, "#vote-counted"), ["0"]);
    let csv = web.get(&format!("{page}/votes.csv")).await;
    assert_eq!(csv.status(), 200);
    assert_eq!(csv.text().await.unwrap().lines().filter(|l| l.ends_with(",yes")).count(), 60);
}

/// The most-voted nomination of each category goes on to the experts once the vote has
/// closed, and not a moment before; the rest are eliminated.
#[tokio::test]
async fn the_valid_votes_decide_who_goes_on_once_the_vote_has_closed() {
    let w = VoteWorld::open_defined(|_| {}, |d| d["stages"][1]["advance"] = json!({ "rule": "top_n", "n": 1 })).await;
    // Two complete ballots for each category's first nomination, one for its second,
    // and an incomplete one for its third, which does not count.
    for (i, pick) in [0, 0, 1].into_iter().enumerate() {
        let token = w.voter(&format!("citizen{i}@example.org")).await;
        for c in w.nominations.keys() {
            assert_eq!(w.vote(&token, c, &w.nominations[c][pick]).await.0, 200);
        }
    }
    let partial = w.voter("partial@example.org").await;
    for _ in 0..3 {
        let c = w.category(0).to_owned();
        assert_eq!(w.vote(&partial, &c, &w.nominations[&c][2]).await.0, 200);
    }
    let advance = format!("/api/v1/stages/{}/advance", w.stage);
    let (status, body) =
        w.call(reqwest::Method::POST, Some(&w.admin), &advance, Some(json!({ "confirm": true }))).await;
    assert_eq!((status, body["code"].as_str()), (StatusCode::CONFLICT, Some("invalid_state")), "{body}");

    let (_, closes) = w.window().await;
    w.app.clock.set(closes + chrono::Duration::seconds(1));
    let (status, body) =
        w.call(reqwest::Method::POST, Some(&w.admin), &advance, Some(json!({ "confirm": true }))).await;
    assert_eq!(status, 200, "{body}");
    for (c, nominations) in &w.nominations {
        for (i, id) in nominations.iter().enumerate() {
            let (_, n) = w.call(reqwest::Method::GET, Some(&w.admin), &format!("/api/v1/nominations/{id}"), None).await;
            let went_on = n["status"] == "in_review";
            assert_eq!(went_on, i == 0, "{c} {i}: {}", n["status"]);
        }
    }
}
