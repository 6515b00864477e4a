//! A cycle's review through the API, from screening to the decided winners: screening
//! with a clarification and an ineligible nomination, automatic assignment around
//! conflicts, a blind stage that leaks nothing, recusal and replacement, scoring with
//! its checks, the ranking and its CSV, advancement with an override, and the awards.

use std::collections::{BTreeMap, BTreeSet};

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::attachments::PDF;
use crate::harness::{TestApp, complete_nomination, example_cycle};

pub struct World {
    pub app: TestApp,
    pub admin: String,
    pub cycle: Value,
    /// Member state code → (state name, focal point token, nomination id).
    pub nominations: BTreeMap<&'static str, (&'static str, String, String)>,
    /// Reviewer email → (nationality, token).
    pub reviewers: BTreeMap<String, (&'static str, String)>,
    /// Reviewer email → user id.
    pub reviewer_ids: BTreeMap<String, String>,
}

/// Nominations in the gender-responsive category (ranked in one group), with the score
/// their reviewers will give every criterion.
const STATES: [(&str, &str, f64); 6] = [
    ("KEN", "Kenya", 9.0),
    ("NGA", "Nigeria", 8.0),
    ("BRA", "Brazil", 7.0),
    ("FRA", "France", 6.0),
    ("JPN", "Japan", 5.0),
    ("IND", "India", 4.0),
];

const REVIEWERS: [&str; 6] = ["KEN", "NGA", "CAN", "DEU", "MEX", "CHN"];

impl World {
    pub async fn new() -> Self {
        let app = TestApp::spawn().await;
        let mut definition = example_cycle(app.now(), -1, 30);
        definition["stages"][1]["advance"] = json!({ "rule": "top_n", "n": 3 });
        // Closing within the hour keeps every token and session of the test valid.
        definition["closes_at"] = json!((app.now() + chrono::Duration::hours(1)).to_rfc3339());
        let definition = laurel::domain::definition::parse(&definition).unwrap();
        let actor = laurel::service::Actor::operator();
        let id = laurel::service::cycles::create_cycle(&app.db, &actor, None, &definition, app.now()).await.unwrap();
        app.person("secretariat@un.example", "admin", None, None).await;
        let admin = app.token("secretariat@un.example").await;
        let mut nominations = BTreeMap::new();
        for (code, name, _) in STATES {
            let email = format!("focal@{}.example", code.to_lowercase());
            app.person(&email, "nominator", Some(code), None).await;
            let token = app.token(&email).await;
            let mut body = complete_nomination("gender-responsive");
            body["title"] = json!(format!("Initiative {}", &code[..1]));
            body["institution"] = json!(format!("Ministry of Public Service of {name}"));
            // A web address names its state as surely as the institution does.
            body["answers"]["website"] = json!(format!("https://services.gov-{}.example", code.to_lowercase()));
            let response = app
                .client
                .post(app.url(&format!("/api/v1/cycles/{id}/nominations")))
                .bearer_auth(&token)
                .json(&body)
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 201);
            let nomination = response.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned();
            nominations.insert(code, (name, token, nomination));
        }
        let mut reviewers = BTreeMap::new();
        let mut reviewer_ids = BTreeMap::new();
        for nationality in REVIEWERS {
            let email = format!("expert.{}@uni.example", nationality.to_lowercase());
            let person = app.person(&email, "reviewer", None, Some(nationality)).await;
            let token = app.token(&email).await;
            reviewers.insert(email.clone(), (nationality, token));
            reviewer_ids.insert(email, person.id.to_string());
        }
        let cycle = app.get(&format!("/api/v1/cycles/{id}")).await.json().await.unwrap();
        Self { app, admin, cycle, nominations, reviewers, reviewer_ids }
    }

    pub async fn call(
        &self,
        method: reqwest::Method,
        token: &str,
        path: &str,
        body: Option<Value>,
    ) -> (StatusCode, Value) {
        let mut request = self.app.client.request(method, self.app.url(path)).bearer_auth(token);
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.unwrap();
        let status = response.status();
        let text = response.text().await.unwrap();
        (status, serde_json::from_str(&text).unwrap_or(Value::String(text)))
    }

    pub async fn post(&self, token: &str, path: &str, body: Value) -> (StatusCode, Value) {
        self.call(reqwest::Method::POST, token, path, Some(body)).await
    }

    pub async fn get(&self, token: &str, path: &str) -> (StatusCode, Value) {
        self.call(reqwest::Method::GET, token, path, None).await
    }

    pub fn stage(&self, key: &str) -> String {
        let stages = self.cycle["stages"].as_array().unwrap();
        stages.iter().find(|s| s["key"] == key).unwrap()["id"].as_str().unwrap().to_owned()
    }

    pub fn nomination(&self, code: &str) -> &str {
        &self.nominations[code].2
    }

    pub fn code_of(&self, nomination: &str) -> &'static str {
        self.nominations.iter().find(|(_, (_, _, id))| id == nomination).map(|(c, _)| *c).unwrap()
    }

    pub fn quality(&self, nomination: &str) -> f64 {
        let code = self.code_of(nomination);
        STATES.iter().find(|(c, _, _)| *c == code).unwrap().2
    }

    pub async fn status_of(&self, code: &str) -> String {
        let (_, n) = self.get(&self.admin, &format!("/api/v1/nominations/{}", self.nomination(code))).await;
        n["status"].as_str().unwrap().to_owned()
    }

    /// Every nomination submitted, screened as passing, and in the experts stage.
    pub async fn bring_to_experts(&self) {
        self.close_the_call().await;
        self.screen_everything().await;
    }

    /// Every nomination submitted, and the deadline passed: screening is open.
    pub async fn close_the_call(&self) {
        for (_, token, id) in self.nominations.values() {
            let (status, body) = self.post(token, &format!("/api/v1/nominations/{id}/submit"), json!({})).await;
            assert_eq!(status, 200, "{body}");
        }
        let closes: chrono::DateTime<chrono::Utc> = self.cycle["closes_at"].as_str().unwrap().parse().unwrap();
        self.app.clock.set(closes + chrono::Duration::seconds(1));
        laurel::jobs::timeline::run(&self.app.state, self.app.now()).await.unwrap();
    }

    /// Every nomination passes screening, and the experts' stage opens.
    pub async fn screen_everything(&self) {
        let all_pass = json!({ "checks": { "two-years": true, "public-institution": true, "endorsed": true } });
        for (_, _, id) in self.nominations.values() {
            let (status, _) =
                self.post(&self.admin, &format!("/api/v1/nominations/{id}/screening"), all_pass.clone()).await;
            assert_eq!(status, 200);
        }
        let screening = self.stage("screening");
        let (status, _) =
            self.post(&self.admin, &format!("/api/v1/stages/{screening}/advance"), json!({ "confirm": true })).await;
        assert_eq!(status, 200);
    }

    /// The whole review, as the API test walks it: Kenya wins, Nigeria and Brazil are
    /// champions, France a finalist; Japan and India go no further.
    pub async fn decide(&self) {
        self.bring_to_experts().await;
        self.decide_after_screening().await;
    }

    /// [`decide`] once the call has closed: screening, then the two scoring stages.
    pub async fn decide_after_the_call(&self) {
        self.screen_everything().await;
        self.decide_after_screening().await;
    }

    async fn decide_after_screening(&self) {
        let experts = self.stage("experts");
        let committee = self.stage("committee");
        let (status, _) = self
            .post(
                &self.admin,
                &format!("/api/v1/stages/{experts}/assignments"),
                json!({ "auto": { "per_nomination": 3 } }),
            )
            .await;
        assert_eq!(status, 201);
        self.score_everything(&experts).await;
        let france = json!([{ "nomination": self.nomination("FRA"), "outcome": "advanced", "rationale": "Asked for by the committee." }]);
        let (status, body) = self
            .post(
                &self.admin,
                &format!("/api/v1/stages/{experts}/advance"),
                json!({ "confirm": true, "overrides": france }),
            )
            .await;
        assert_eq!(status, 200, "{body}");
        for (reviewer, codes) in
            [("NGA", ["KEN", "BRA"]), ("DEU", ["NGA", "FRA"]), ("MEX", ["KEN", "NGA"]), ("CHN", ["BRA", "FRA"])]
        {
            let id = self.reviewer_ids[&format!("expert.{}@uni.example", reviewer.to_lowercase())].clone();
            for code in codes {
                let body = json!({ "nomination": self.nomination(code), "reviewer": id });
                let (status, _) =
                    self.post(&self.admin, &format!("/api/v1/stages/{committee}/assignments"), body).await;
                assert_eq!(status, 201);
            }
        }
        self.score_everything(&committee).await;
        let (status, body) =
            self.post(&self.admin, &format!("/api/v1/stages/{committee}/advance"), json!({ "confirm": true })).await;
        assert_eq!(status, 200, "{body}");
    }

    /// Every reviewer scores each pending assignment of `stage` with its nomination's
    /// quality on every criterion, and submits.
    pub async fn score_everything(&self, stage: &str) {
        self.score_everything_with(stage, |_, q| q).await;
    }

    /// As [`score_everything`], with `adjust(code, quality)` as the score.
    pub async fn score_everything_with(&self, stage: &str, adjust: impl Fn(&str, f64) -> f64) {
        self.score_everything_by(stage, |_, code, q| adjust(code, q)).await;
    }

    /// As [`score_everything`], with `adjust(juror's nationality, code, quality)` as the score.
    pub async fn score_everything_by(&self, stage: &str, adjust: impl Fn(&str, &str, f64) -> f64) {
        for (nationality, token) in self.reviewers.values() {
            let (_, mine) = self.get(token, &format!("/api/v1/assignments?stage={stage}&status=pending")).await;
            for a in mine["items"].as_array().unwrap() {
                let id = a["id"].as_str().unwrap();
                let (_, detail) = self.get(token, &format!("/api/v1/assignments/{id}")).await;
                let nomination = a["nomination"].as_str().unwrap();
                let q = adjust(nationality, self.code_of(nomination), self.quality(nomination));
                let scores: BTreeMap<String, f64> = detail["criteria"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|c| (c["key"].as_str().unwrap().to_owned(), q))
                    .collect();
                let path = format!("/api/v1/assignments/{id}/review");
                let (status, _) = self
                    .call(
                        reqwest::Method::PUT,
                        token,
                        &path,
                        Some(json!({ "scores": scores, "comment": "Solid evidence." })),
                    )
                    .await;
                assert_eq!(status, 200);
                let (status, body) = self.post(token, &format!("/api/v1/assignments/{id}/submit"), json!({})).await;
                assert_eq!(status, 200, "{body}");
            }
        }
    }
}

#[tokio::test]
async fn a_cycle_is_screened_assigned_scored_ranked_advanced_with_an_override_and_decided() {
    let w = World::new().await;
    let screening = w.stage("screening");
    let experts = w.stage("experts");
    let committee = w.stage("committee");

    // A Kenyan document whose name gives the state away; a blind stage must not show it.
    let (_, kenya_token, kenya) = &w.nominations["KEN"];
    let part = reqwest::multipart::Part::bytes(PDF.to_vec()).file_name("Kenya Huduma evaluation.pdf");
    let attached = w
        .app
        .client
        .post(w.app.url(&format!("/api/v1/nominations/{kenya}/attachments")))
        .bearer_auth(kenya_token)
        .multipart(reqwest::multipart::Form::new().part("file", part))
        .send()
        .await
        .unwrap();
    assert_eq!(attached.status(), 201);
    // Kenya's focal point names the country in a free-text answer.
    let slipped = "Before the centres, people in Kenya travelled for days to reach a public office.";
    let (_, kenya_token, kenya_id) = &w.nominations["KEN"];
    let (status, _) = w
        .call(
            reqwest::Method::PATCH,
            kenya_token,
            &format!("/api/v1/nominations/{kenya_id}"),
            Some(json!({ "answers": { "problem": slipped } })),
        )
        .await;
    assert_eq!(status, 200);
    for (_, token, id) in w.nominations.values() {
        let (status, body) = w.post(token, &format!("/api/v1/nominations/{id}/submit"), json!({})).await;
        assert_eq!(status, 200, "{body}");
    }

    // Nominations close; the clock opens screening.
    let closes: chrono::DateTime<chrono::Utc> = w.cycle["closes_at"].as_str().unwrap().parse().unwrap();
    w.app.clock.set(closes + chrono::Duration::seconds(1));
    laurel::jobs::timeline::run(&w.app.state, w.app.now()).await.unwrap();
    assert_eq!(w.status_of("KEN").await, "in_review");

    // Screening: India fails a check; Brazil is asked a question, answers, and passes.
    let all_pass = json!({ "checks": { "two-years": true, "public-institution": true, "endorsed": true } });
    let (status, body) = w
        .post(
            &w.admin,
            &format!("/api/v1/nominations/{}/screening", w.nomination("KEN")),
            json!({ "checks": { "two-years": true } }),
        )
        .await;
    assert_eq!(status, 422, "every check must be answered: {body}");
    let (status, body) = w
        .post(
            &w.admin,
            &format!("/api/v1/nominations/{}/screening", w.nomination("IND")),
            json!({ "checks": { "two-years": false, "public-institution": true, "endorsed": true }, "note": "Launched in 2025." }),
        )
        .await;
    assert_eq!((status, body["passed"].as_bool()), (StatusCode::OK, Some(false)), "{body}");
    assert_eq!(w.status_of("IND").await, "ineligible");
    let ineligible = w.app.outbox_to("focal@ind.example").await;
    assert!(ineligible.iter().any(|m| m.body_text.contains("Launched in 2025.")), "India's focal point is told why");

    let due = (w.app.now() + chrono::Duration::days(7)).to_rfc3339();
    let (status, body) = w
        .post(
            &w.admin,
            &format!("/api/v1/nominations/{}/clarification", w.nomination("BRA")),
            json!({ "question": "Which ministry endorsed it?", "due_at": due }),
        )
        .await;
    assert_eq!((status, body["status"].as_str()), (StatusCode::OK, Some("clarification_requested")), "{body}");
    // Screening it, or asking again, before the answer is refused in words that fit.
    let (status, body) = w
        .post(
            &w.admin,
            &format!("/api/v1/nominations/{}/screening", w.nomination("BRA")),
            json!({ "checks": { "two-years": true, "public-institution": true, "endorsed": true } }),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    assert_eq!(
        body["detail"], "this nomination is waiting for its focal point's answer; screen it once they have replied",
        "{body}"
    );
    let (status, body) = w
        .post(
            &w.admin,
            &format!("/api/v1/nominations/{}/clarification", w.nomination("BRA")),
            json!({ "question": "And the year?", "due_at": due }),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    assert_eq!(body["detail"], "a question is already waiting for the focal point's answer", "{body}");
    let (_, preview) =
        w.post(&w.admin, &format!("/api/v1/stages/{screening}/advance"), json!({ "confirm": false })).await;
    assert_eq!(preview["ready"], false);
    assert!(preview["unsettled"].to_string().contains("awaits the focal points' clarification"), "{preview}");
    let (_, brazil_token, brazil) = &w.nominations["BRA"];
    let (status, _) = w
        .call(
            reqwest::Method::PATCH,
            brazil_token,
            &format!("/api/v1/nominations/{brazil}"),
            Some(json!({ "institution": "Ministry of Women, endorsed by the Presidency" })),
        )
        .await;
    assert_eq!(status, 200, "the focal point edits after the deadline to answer");
    let answer = format!("/api/v1/nominations/{brazil}/clarification/answer");
    let (status, body) = w.post(brazil_token, &answer, json!({ "answer": "  " })).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["errors"][0]["field"], "answer", "{body}");
    let (status, body) =
        w.post(brazil_token, &answer, json!({ "answer": "The Presidency endorsed it in March." })).await;
    assert_eq!((status, body["status"].as_str()), (StatusCode::OK, Some("in_review")), "{body}");
    let (_, seen) = w.get(&w.admin, &format!("/api/v1/nominations/{brazil}")).await;
    assert_eq!(seen["clarification"]["question"], "Which ministry endorsed it?", "{seen}");
    assert_eq!(seen["clarification"]["answer"], "The Presidency endorsed it in March.", "{seen}");
    assert!(seen["clarification"]["answered_at"].is_string(), "{seen}");
    let web = w.app.browser_session("secretariat@un.example").await;
    let dossier = web.get(&format!("/admin/nominations/{brazil}")).await.text().await.unwrap();
    assert!(dossier.contains("The Presidency endorsed it in March."), "the dossier shows the answer");
    assert!(dossier.contains("endorsed by the Presidency</ins>"), "and what changed: {dossier}");
    let card = web.get(&format!("/admin/stages/{screening}")).await.text().await.unwrap();
    assert!(card.contains("The Presidency endorsed it in March.") && card.contains("</ins>"), "on the screening card");
    for code in ["KEN", "NGA", "BRA", "FRA", "JPN"] {
        let (status, body) =
            w.post(&w.admin, &format!("/api/v1/nominations/{}/screening", w.nomination(code)), all_pass.clone()).await;
        assert_eq!(status, 200, "{code}: {body}");
    }
    let (status, body) =
        w.post(&w.admin, &format!("/api/v1/stages/{screening}/advance"), json!({ "confirm": true })).await;
    assert_eq!((status, body["applied"].as_bool()), (StatusCode::OK, Some(true)), "{body}");

    // Experts: automatic assignment never gives a reviewer their own state's nomination.
    let (status, assigned) = w
        .post(&w.admin, &format!("/api/v1/stages/{experts}/assignments"), json!({ "auto": { "per_nomination": 3 } }))
        .await;
    assert_eq!(status, 201, "{assigned}");
    let pairs = assigned["assignments"].as_array().unwrap();
    assert_eq!(pairs.len(), 15, "five nominations, three reviewers each");
    assert_eq!(assigned["shortfalls"].as_array().unwrap().len(), 0);
    let nationality_of = |reviewer: &str| -> &str {
        let email = w.reviewer_ids.iter().find(|(_, id)| id.as_str() == reviewer).map(|(e, _)| e).unwrap();
        w.reviewers[email].0
    };
    let mut loads: BTreeMap<String, usize> = BTreeMap::new();
    for a in pairs {
        let reviewer = a["reviewer"].as_str().unwrap();
        *loads.entry(reviewer.to_owned()).or_default() += 1;
        assert_ne!(nationality_of(reviewer), w.code_of(a["nomination"].as_str().unwrap()), "no own-state review");
    }
    let (min, max) = (loads.values().min().unwrap(), loads.values().max().unwrap());
    assert!(max - min <= 1, "loads within one: {loads:?}");

    // By hand, the same rule: Kenya's reviewer may not take Kenya's nomination.
    let kenyan_reviewer = reviewer_id(&w, "expert.ken@uni.example");
    let (status, body) = w
        .post(
            &w.admin,
            &format!("/api/v1/stages/{experts}/assignments"),
            json!({ "nomination": kenya, "reviewer": kenyan_reviewer }),
        )
        .await;
    assert_eq!((status, body["code"].as_str()), (StatusCode::CONFLICT, Some("conflict_of_interest")), "{body}");

    // The secretariat withholds the slipped name from blind stages; a passage the
    // answer does not contain is refused.
    let redactions = format!("/api/v1/nominations/{kenya}/redactions");
    let (status, body) =
        w.post(&w.admin, &redactions, json!({ "field": "answers.problem", "passage": "Nairobi" })).await;
    assert_eq!((status, body["errors"][0]["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("passage")));
    let (status, body) = w.post(&w.admin, &redactions, json!({ "field": "answers.problem", "passage": "Kenya" })).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let (_, listed) = w.get(&w.admin, &redactions).await;
    assert_eq!(listed[0]["passage"], "Kenya");
    let (_, original) = w.get(&w.admin, &format!("/api/v1/nominations/{kenya}")).await;
    assert_eq!(original["answers"]["problem"], slipped, "the answer itself is kept as written");
    assert!(w.app.audit_actions().await.contains(&"nomination.redacted".to_owned()));

    // The stage is blind: nothing a reviewer can fetch names Kenya.
    let mut withheld_seen = false;
    for (email, (_, token)) in &w.reviewers {
        let (_, list) = w.get(token, "/api/v1/assignments").await;
        let mut seen = list.to_string();
        for a in list["items"].as_array().unwrap() {
            let (_, detail) = w.get(token, &format!("/api/v1/assignments/{}", a["id"].as_str().unwrap())).await;
            seen.push_str(&detail.to_string());
            withheld_seen |= detail.to_string().contains("people in [withheld] travelled");
            let levels = &detail["criteria"][0]["levels"];
            assert_eq!(
                (levels[0]["label"].as_str(), levels[2]["score"].as_f64()),
                (Some("No evidence of change"), Some(10.0)),
                "the rubric says what its points mean"
            );
            for file in detail["nomination"]["attachments"].as_array().unwrap() {
                let path = format!(
                    "/api/v1/nominations/{}/attachments/{}",
                    detail["nomination"]["id"].as_str().unwrap(),
                    file["id"].as_str().unwrap()
                );
                let response = w.app.client.get(w.app.url(&path)).bearer_auth(token).send().await.unwrap();
                assert_eq!(response.status(), 200, "{email} downloads an assigned nomination's file");
                seen.push_str(&format!("{:?}", response.headers()));
            }
        }
        for (code, (name, _, _)) in &w.nominations {
            assert!(!seen.contains(name), "{email} can see the name {name}: {seen}");
            assert!(!seen.contains(&format!("gov-{}", code.to_lowercase())), "{email} can see {code}'s website");
            assert!(
                !seen.contains(&format!("\"{code}\"")) && !seen.contains(&format!(" {code}")),
                "{email} can see the code {code}"
            );
        }
    }

    assert!(withheld_seen, "Kenya's jurors read the answer with the passage withheld");

    // Nor do the pages a reviewer reads.
    for email in w.reviewers.keys() {
        let web = w.app.browser_session(email).await;
        let mut seen = web.get("/reviews").await.text().await.unwrap();
        let (_, list) = w.get(&w.reviewers[email].1, "/api/v1/assignments").await;
        for a in list["items"].as_array().unwrap() {
            seen.push_str(&web.get(&format!("/reviews/{}", a["id"].as_str().unwrap())).await.text().await.unwrap());
        }
        for (code, (name, _, _)) in &w.nominations {
            assert!(!seen.contains(name), "{email}'s pages show the name {name}");
            assert!(!seen.contains(&format!("gov-{}", code.to_lowercase())), "{email}'s pages show {code}'s website");
            for form in [format!(">{code}<"), format!(" {code} "), format!("\"{code}\"")] {
                assert!(!seen.contains(&form), "{email}'s pages show the code {code}");
            }
        }
    }

    // A reviewer recuses; a replacement is assigned by the same rules and told.
    let canadian =
        w.reviewers.iter().find(|(_, (n, _))| *n == "CAN").map(|(e, (_, t))| (e.clone(), t.clone())).unwrap();
    let (_, mine) = w.get(&canadian.1, &format!("/api/v1/assignments?stage={experts}")).await;
    let first = mine["items"][0].clone();
    let (status, body) = w
        .post(
            &canadian.1,
            &format!("/api/v1/assignments/{}/recuse", first["id"].as_str().unwrap()),
            json!({ "reason": "  " }),
        )
        .await;
    assert_eq!(status, 422, "a recusal needs a reason: {body}");
    let (status, recused) = w
        .post(
            &canadian.1,
            &format!("/api/v1/assignments/{}/recuse", first["id"].as_str().unwrap()),
            json!({ "reason": "I advised this ministry in 2025." }),
        )
        .await;
    assert_eq!(status, 200, "{recused}");
    assert_eq!(recused["assignment"]["status"], "recused");
    let replacement = &recused["replacement"];
    let new_reviewer = replacement["reviewer"].as_str().expect("a replacement was found");
    assert_ne!(new_reviewer, reviewer_id(&w, &canadian.0));
    assert_ne!(nationality_of(new_reviewer), w.code_of(first["nomination"].as_str().unwrap()));
    let replacement_email = w.reviewers.keys().find(|e| reviewer_id(&w, e) == new_reviewer).unwrap();
    assert!(w.app.outbox_to(replacement_email).await.iter().any(|m| m.subject.contains("replacing a colleague")));

    // Scores are checked: an unknown criterion is refused; a score out of its scale is
    // kept in the draft and listed, with every criterion still unscored; submission
    // names every criterion at fault at once.
    let (_, theirs) = w.get(&canadian.1, &format!("/api/v1/assignments?stage={experts}&status=pending")).await;
    let some = theirs["items"][0]["id"].as_str().unwrap().to_owned();
    let review = format!("/api/v1/assignments/{some}/review");
    let (status, body) = w
        .call(reqwest::Method::PUT, &canadian.1, &review, Some(json!({ "scores": { "impact": 11, "charm": 5 } })))
        .await;
    assert_eq!(status, 422);
    let fields: BTreeSet<String> =
        body["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap().to_owned()).collect();
    assert_eq!(fields, BTreeSet::from(["scores.charm".to_owned()]));
    let (status, body) = w
        .call(
            reqwest::Method::PUT,
            &canadian.1,
            &review,
            Some(
                json!({ "scores": { "impact": 11 }, "comments": { "impact": "Strong evidence from three counties." } }),
            ),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["review"]["scores"]["impact"], 11.0, "kept as a draft: {body}");
    assert_eq!(body["review"]["comments"]["impact"], "Strong evidence from three counties.");
    let listed: Vec<&str> = body["problems"].as_array().unwrap().iter().map(|p| p["field"].as_str().unwrap()).collect();
    assert_eq!(listed.len(), 4, "impact out of its scale and three criteria unscored: {body}");
    assert_eq!(listed[0], "scores.impact");
    let (status, body) = w.post(&canadian.1, &format!("/api/v1/assignments/{some}/submit"), json!({})).await;
    assert_eq!(status, 422);
    assert_eq!(body["errors"].as_array().unwrap().len(), 4, "every criterion at fault at once: {body}");
    w.call(reqwest::Method::PUT, &canadian.1, &review, Some(json!({ "scores": { "impact": 7 } }))).await;
    let (status, body) = w.post(&canadian.1, &format!("/api/v1/assignments/{some}/submit"), json!({})).await;
    assert_eq!(status, 422);
    assert_eq!(body["errors"].as_array().unwrap().len(), 3, "three criteria still unscored: {body}");
    // Another reviewer cannot touch it.
    let (_, other_token) = w.reviewers.values().find(|(n, _)| *n == "MEX").unwrap();
    assert_eq!(w.get(other_token, &format!("/api/v1/assignments/{some}")).await.0, 404);

    w.score_everything(&experts).await;

    // The ranking: one group, every review counted, reliability reported.
    let (status, ranking) = w.get(&w.admin, &format!("/api/v1/stages/{experts}/ranking")).await;
    assert_eq!(status, 200, "{ranking}");
    let rows = ranking["groups"][0]["rows"].as_array().unwrap();
    let order: Vec<&str> = rows.iter().map(|r| w.code_of(r["nomination"].as_str().unwrap())).collect();
    assert_eq!(order, ["KEN", "NGA", "BRA", "FRA", "JPN"]);
    assert!(rows.iter().all(|r| r["reviews_done"] == 3 && r["reviews_assigned"] == 3), "{rows:?}");
    assert!((rows[0]["score"].as_f64().unwrap() - 90.0).abs() < 1e-9);
    assert!(ranking["reliability"].as_f64().unwrap() > 0.99, "the jury agrees perfectly here: {ranking}");
    let csv = w
        .app
        .client
        .get(w.app.url(&format!("/api/v1/stages/{experts}/ranking.csv")))
        .bearer_auth(&w.admin)
        .send()
        .await
        .unwrap();
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    let csv = csv.text().await.unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert!(lines[0].starts_with("ranking_group,rank,nomination_id,title,member_state,score"), "{}", lines[0]);
    assert!(lines[0].ends_with("score_impact,score_innovation,score_inclusion,score_transfer,comment"), "{}", lines[0]);
    assert_eq!(lines.len(), 1 + 15, "one row per submitted review");

    // Advance: the rule takes three; the secretariat also takes France, with its reason.
    let path = format!("/api/v1/stages/{experts}/advance");
    let (_, preview) = w.post(&w.admin, &path, json!({ "confirm": false })).await;
    let advanced: Vec<&str> = preview["groups"][0]["decisions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["outcome"] == "advanced")
        .map(|d| w.code_of(d["nomination"].as_str().unwrap()))
        .collect();
    assert_eq!(advanced, ["KEN", "NGA", "BRA"]);
    let france = w.nomination("FRA");
    let (status, body) = w
        .post(
            &w.admin,
            &path,
            json!({ "confirm": true, "overrides": [{ "nomination": france, "outcome": "advanced", "rationale": "" }] }),
        )
        .await;
    assert_eq!(status, 422, "an override needs its rationale: {body}");
    let (status, body) = w
        .post(&w.admin, &path, json!({ "confirm": true, "overrides": [{ "nomination": france, "outcome": "advanced", "rationale": "Only public-transport entry; the committee asked to see it." }] }))
        .await;
    assert_eq!((status, body["applied"].as_bool()), (StatusCode::OK, Some(true)), "{body}");
    assert_eq!(w.status_of("JPN").await, "eliminated");
    assert!(
        w.app.outbox_to("focal@jpn.example").await.iter().any(|m| m.subject.starts_with("Not advanced: Initiative J")),
        "Japan is told"
    );
    let (status, body) = w.post(&w.admin, &path, json!({ "confirm": true })).await;
    assert_eq!(
        (status, body["code"].as_str()),
        (StatusCode::CONFLICT, Some("invalid_state")),
        "a closed stage does not advance twice"
    );

    // Committee: assigned by hand so every reviewer compares two nominations (z-scores);
    // not the Canadian, whose declared conflict stands.
    for (reviewer, codes) in
        [("NGA", ["KEN", "BRA"]), ("DEU", ["NGA", "FRA"]), ("MEX", ["KEN", "NGA"]), ("CHN", ["BRA", "FRA"])]
    {
        let email = format!("expert.{}@uni.example", reviewer.to_lowercase());
        for code in codes {
            let (status, body) = w
                .post(
                    &w.admin,
                    &format!("/api/v1/stages/{committee}/assignments"),
                    json!({ "nomination": w.nomination(code), "reviewer": reviewer_id(&w, &email) }),
                )
                .await;
            assert_eq!(status, 201, "{body}");
        }
    }
    w.score_everything(&committee).await;
    let (status, decided) =
        w.post(&w.admin, &format!("/api/v1/stages/{committee}/advance"), json!({ "confirm": true })).await;
    assert_eq!((status, decided["last_stage"].as_bool()), (StatusCode::OK, Some(true)), "{decided}");
    let mut awards: BTreeMap<&str, String> = BTreeMap::new();
    for code in ["KEN", "NGA", "BRA", "FRA"] {
        awards.insert(code, w.status_of(code).await);
    }
    assert_eq!(awards["KEN"], "winner");
    assert_eq!(awards["FRA"], "finalist");
    assert_eq!(
        (awards["NGA"].as_str(), awards["BRA"].as_str()),
        ("champion", "champion"),
        "gender-responsive has two champions"
    );
    let (_, cycle) = w.get(&w.admin, &format!("/api/v1/cycles/{}", w.cycle["id"].as_str().unwrap())).await;
    assert_eq!(cycle["phase"], "decided");
    let actions = w.app.audit_actions().await;
    for action in [
        "nomination.screened",
        "nomination.clarification_requested",
        "assignment.created",
        "assignment.recused",
        "review.submitted",
        "stage.override",
        "stage.advanced",
        "cycle.decided",
    ] {
        assert!(actions.iter().any(|a| a == action), "audit has {action}");
    }
}

/// The id of the reviewer with `email`.
fn reviewer_id(w: &World, email: &str) -> String {
    w.reviewer_ids[email].clone()
}

#[tokio::test]
async fn a_recusal_nobody_can_replace_is_reported_to_the_secretariat_and_admins_correct_assignments() {
    let w = World::new().await;
    w.bring_to_experts().await;
    let experts = w.stage("experts");
    // Five reviewers per nomination: Kenya's takes every reviewer not from Kenya.
    let (status, assigned) = w
        .post(&w.admin, &format!("/api/v1/stages/{experts}/assignments"), json!({ "auto": { "per_nomination": 5 } }))
        .await;
    assert_eq!(status, 201, "{assigned}");
    let kenya = w.nomination("KEN").to_owned();
    let (mexican, token) =
        w.reviewers.iter().find(|(_, (n, _))| *n == "MEX").map(|(e, (_, t))| (e.clone(), t.clone())).unwrap();
    let (_, mine) = w.get(&token, &format!("/api/v1/assignments?stage={experts}")).await;
    let on_kenya =
        mine["items"].as_array().unwrap().iter().find(|a| a["nomination"] == kenya.as_str()).unwrap().clone();
    let (status, recused) = w
        .post(
            &token,
            &format!("/api/v1/assignments/{}/recuse", on_kenya["id"].as_str().unwrap()),
            json!({ "reason": "My sister leads it." }),
        )
        .await;
    assert_eq!(status, 200, "{recused}");
    assert!(recused["replacement"].is_null());
    assert!(recused["shortfall"].as_str().unwrap().contains("no reviewer in the pool may review it"), "{recused}");
    let told = w.app.outbox_to("secretariat@un.example").await;
    assert!(
        told.iter().any(|m| m.subject.starts_with("No replacement reviewer for “Initiative K”")),
        "the secretariat is told"
    );
    let (_, again) = w.get(&token, &format!("/api/v1/assignments/{}", on_kenya["id"].as_str().unwrap())).await;
    assert_eq!(again["status"], "recused", "{mexican}'s assignment stays on record as recused");

    // The secretariat removes a pending assignment; a submitted one stays.
    let (_, all) = w.get(&w.admin, &format!("/api/v1/assignments?stage={experts}&status=pending")).await;
    let pending = all["items"][0]["id"].as_str().unwrap().to_owned();
    let (status, _) = w.call(reqwest::Method::DELETE, &w.admin, &format!("/api/v1/assignments/{pending}"), None).await;
    assert_eq!(status, 204);
    assert_eq!(w.get(&w.admin, &format!("/api/v1/assignments/{pending}")).await.0, 404);
    w.score_everything(&experts).await;
    let (_, done) = w.get(&w.admin, &format!("/api/v1/assignments?stage={experts}&status=submitted")).await;
    let submitted = done["items"][0]["id"].as_str().unwrap().to_owned();
    let (status, body) =
        w.call(reqwest::Method::DELETE, &w.admin, &format!("/api/v1/assignments/{submitted}"), None).await;
    assert_eq!((status, body["code"].as_str()), (StatusCode::CONFLICT, Some("invalid_state")), "{body}");
}

#[tokio::test]
async fn a_tie_across_the_cut_blocks_advancement_until_each_tied_nomination_is_settled_with_a_rationale() {
    let w = World::new().await;
    w.bring_to_experts().await;
    let experts = w.stage("experts");
    let (status, _) = w
        .post(&w.admin, &format!("/api/v1/stages/{experts}/assignments"), json!({ "auto": { "per_nomination": 3 } }))
        .await;
    assert_eq!(status, 201);
    // Brazil and France score alike on every criterion: tied for third, and three advance.
    w.score_everything_with(&experts, |code, q| if code == "FRA" { 7.0 } else { q }).await;
    let path = format!("/api/v1/stages/{experts}/advance");
    let (_, preview) = w.post(&w.admin, &path, json!({ "confirm": false })).await;
    assert_eq!(preview["ready"], false);
    let tie: BTreeSet<String> = preview["groups"][0]["blocking_ties"][0]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect();
    assert_eq!(tie, BTreeSet::from([w.nomination("BRA").to_owned(), w.nomination("FRA").to_owned()]));
    let (_, ranking) = w.get(&w.admin, &format!("/api/v1/stages/{experts}/ranking")).await;
    let flagged: Vec<&str> = ranking["groups"][0]["rows"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["flags"].to_string().contains("tie"))
        .map(|r| w.code_of(r["nomination"].as_str().unwrap()))
        .collect();
    assert_eq!(flagged.len(), 2, "both tied nominations are flagged: {flagged:?}");

    let (status, body) = w.post(&w.admin, &path, json!({ "confirm": true })).await;
    assert_eq!((status, body["code"].as_str()), (StatusCode::CONFLICT, Some("invalid_state")), "{body}");
    let one = json!([{ "nomination": w.nomination("BRA"), "outcome": "advanced", "rationale": "Stronger evidence of inclusion." }]);
    let (status, _) = w.post(&w.admin, &path, json!({ "confirm": true, "overrides": one })).await;
    assert_eq!(status, 409, "every tied nomination needs its own decision");
    let both = json!([
        { "nomination": w.nomination("BRA"), "outcome": "advanced", "rationale": "Stronger evidence of inclusion." },
        { "nomination": w.nomination("FRA"), "outcome": "eliminated", "rationale": "Tied; the jury preferred Brazil's evidence." },
    ]);
    let (status, body) = w.post(&w.admin, &path, json!({ "confirm": true, "overrides": both })).await;
    assert_eq!((status, body["applied"].as_bool()), (StatusCode::OK, Some(true)), "{body}");
    assert_eq!(w.status_of("FRA").await, "eliminated");
    assert_eq!(w.status_of("BRA").await, "in_review");
    let audit: Vec<String> = w.app.audit_actions().await.into_iter().filter(|a| a == "stage.override").collect();
    assert_eq!(audit.len(), 2);
}

/// The cells of each nomination's line on the secretariat's stage page: title → the
/// text of its "Reviews" and "Score" cells.
fn stage_lines(body: &str) -> BTreeMap<String, (String, String)> {
    let page = crate::harness::html(body);
    let row = scraper::Selector::parse("table.ranking tbody tr:not(.review-line)").unwrap();
    let cell = scraper::Selector::parse("td").unwrap();
    let muted = scraper::Selector::parse("span.muted").unwrap();
    page.select(&row)
        .map(|tr| {
            let cells: Vec<_> = tr.select(&cell).collect();
            let state: String = cells[1].select(&muted).flat_map(|m| m.text()).collect();
            let title: String = cells[1].text().collect::<String>().replace(&state, "").trim().to_owned();
            (title, (cells[3].text().collect(), cells[2].text().collect()))
        })
        .collect()
}

#[tokio::test]
async fn the_stage_page_shows_each_change_on_the_next_load_and_a_refused_hand_assignment_keeps_the_choice() {
    let w = World::new().await;
    w.bring_to_experts().await;
    let experts = w.stage("experts");
    let web = w.app.browser_session("secretariat@un.example").await;
    let path = format!("/admin/stages/{experts}");
    let load = || async { stage_lines(&web.get(&path).await.text().await.unwrap()) };

    let before = load().await;
    assert_eq!(before.len(), STATES.len(), "{before:?}");
    assert!(before.values().all(|(reviews, score)| reviews == "0 of 0" && score == "—"), "{before:?}");
    assert_eq!(load().await, before, "reloading changes nothing");

    let (status, _) = w
        .post(&w.admin, &format!("/api/v1/stages/{experts}/assignments"), json!({ "auto": { "per_nomination": 2 } }))
        .await;
    assert_eq!(status, 201);
    let assigned = load().await;
    assert!(assigned.values().all(|(reviews, _)| reviews == "0 of 2"), "{assigned:?}");

    // One review submitted: its nomination's line has a score on the next load.
    let (email, (_, token)) = w.reviewers.iter().next().unwrap();
    let (_, mine) = w.get(token, &format!("/api/v1/assignments?stage={experts}&status=pending")).await;
    let first = &mine["items"][0];
    let (id, nomination) = (first["id"].as_str().unwrap(), first["nomination"].as_str().unwrap());
    let scores = json!({ "impact": 8, "innovation": 8, "inclusion": 8, "transfer": 8 });
    let (status, body) = w
        .call(
            reqwest::Method::PUT,
            token,
            &format!("/api/v1/assignments/{id}/review"),
            Some(json!({ "scores": scores })),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let (status, _) = w.post(token, &format!("/api/v1/assignments/{id}/submit"), json!({})).await;
    assert_eq!(status, 200);
    let title = format!("Initiative {}", &w.code_of(nomination)[..1]);
    let scored = load().await;
    assert_eq!(scored[&title], ("1 of 2".to_owned(), "80.0".to_owned()), "{email} scored {title}: {scored:?}");

    // By hand: Kenya's reviewer may not take Kenya's nomination; the choice stays.
    let kenyan = w.reviewer_ids["expert.ken@uni.example"].clone();
    let kenya = w.nomination("KEN").to_owned();
    let form = format!("/admin/stages/{experts}/assign-one");
    let chooser = web.get(&form).await.text().await.unwrap();
    assert!(chooser.contains("Initiative K (KEN)") && chooser.contains("(KEN)</option>"), "{chooser}");
    let refused = web.submit(&form, &form, &[("nomination", &kenya), ("reviewer", &kenyan)]).await;
    assert_eq!(refused.status(), 409);
    let refused = crate::harness::html(&refused.text().await.unwrap());
    let alert: String =
        refused.select(&scraper::Selector::parse("[role=alert]").unwrap()).flat_map(|e| e.text()).collect();
    assert!(alert.contains("Not assigned"), "{alert}");
    let selected = |select: &str| -> String {
        let css = format!("select#{select} option[selected]");
        refused.select(&scraper::Selector::parse(&css).unwrap()).filter_map(|o| o.value().attr("value")).collect()
    };
    assert_eq!((selected("pair-nomination"), selected("pair-reviewer")), (kenya.clone(), kenyan));
    let kenyas = |lines: BTreeMap<String, (String, String)>| lines["Initiative K"].0.clone();
    assert_eq!(kenyas(load().await), kenyas(scored.clone()), "nothing was assigned");

    let german = w.reviewer_ids["expert.deu@uni.example"].clone();
    let done = web.submit(&form, &form, &[("nomination", &kenya), ("reviewer", &german)]).await;
    assert_eq!(done.status(), 303);
    let three = kenyas(scored).replace("of 2", "of 3");
    assert_eq!(kenyas(load().await), three, "the hand assignment shows at once");
}

/// A reviewer who presses "Save" and "Submit" at once (two tabs, a double tap on a slow
/// line): whichever lands first, the review that is submitted is the one stored, the
/// audit records exactly those scores, and nothing changes them afterwards.
#[tokio::test]
async fn a_save_racing_a_submit_never_changes_a_submitted_review_and_the_audit_records_what_is_stored() {
    let w = World::new().await;
    w.bring_to_experts().await;
    let experts = w.stage("experts");
    let (status, assigned) = w
        .post(&w.admin, &format!("/api/v1/stages/{experts}/assignments"), json!({ "auto": { "per_nomination": 3 } }))
        .await;
    assert_eq!(status, 201, "{assigned}");
    let mut tries = 0;
    for (_, token) in w.reviewers.values() {
        let (_, mine) = w.get(token, &format!("/api/v1/assignments?stage={experts}&status=pending")).await;
        for (i, a) in mine["items"].as_array().unwrap().iter().enumerate() {
            let id = a["id"].as_str().unwrap().to_owned();
            let (_, detail) = w.get(token, &format!("/api/v1/assignments/{id}")).await;
            let keys: Vec<String> =
                detail["criteria"].as_array().unwrap().iter().map(|c| c["key"].as_str().unwrap().to_owned()).collect();
            let all =
                |score: f64| json!({ "scores": keys.iter().map(|k| (k.clone(), score)).collect::<BTreeMap<_, _>>() });
            let path = format!("/api/v1/assignments/{id}/review");
            assert_eq!(w.call(reqwest::Method::PUT, token, &path, Some(all(5.0))).await.0, 200);
            let save = w.call(reqwest::Method::PUT, token, &path, Some(all(7.0)));
            let submit_path = format!("/api/v1/assignments/{id}/submit");
            let submit = w.post(token, &submit_path, json!({}));
            // Half the tries send the submit first.
            let ((saved, body), (submitted, _)) = if i % 2 == 0 {
                tokio::join!(save, submit)
            } else {
                let (b, a) = tokio::join!(submit, save);
                (a, b)
            };
            assert_eq!(submitted, 200, "the submit of {id} goes through");
            assert!(
                saved == 200 || (saved == StatusCode::CONFLICT && body["code"] == "invalid_state"),
                "a save refused after the submit says why: {saved} {body}"
            );
            let (_, after) = w.get(&w.admin, &format!("/api/v1/assignments/{id}")).await;
            let stored = after["review"]["scores"].clone();
            let expected = if saved == 200 { 7.0 } else { 5.0 };
            assert!(
                stored.as_object().unwrap().values().all(|v| v.as_f64() == Some(expected)),
                "a save answered {saved} means the stored scores are {expected}: {stored}"
            );
            let audited = submitted_scores(&w, &id).await;
            assert_eq!(audited, stored, "the audit of {id}'s submission records exactly the stored scores");
            // And afterwards nothing changes them.
            let (late, _) = w.call(reqwest::Method::PUT, token, &path, Some(all(1.0))).await;
            assert_eq!(late, StatusCode::CONFLICT);
            tries += 1;
        }
    }
    assert!(tries >= 12, "enough races were run: {tries}");
}

async fn submitted_scores(w: &World, assignment: &str) -> Value {
    use sea_orm::{ColumnTrait as _, EntityTrait as _, QueryFilter as _};
    let event = entity::audit_event::Entity::find()
        .filter(entity::audit_event::Column::Action.eq("review.submitted"))
        .filter(entity::audit_event::Column::SubjectId.eq(assignment))
        .one(&w.app.db)
        .await
        .unwrap()
        .expect("a review.submitted event");
    event.details["scores"].clone()
}

/// The object keys of a JSON document's top level, in order, repeats included (a map
/// type would keep one of each and hide the defect).
fn top_level_keys(text: &str) -> Vec<String> {
    struct Keys(Vec<String>);
    impl<'de> serde::Deserialize<'de> for Keys {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct Visit;
            impl<'de> serde::de::Visitor<'de> for Visit {
                type Value = Keys;
                fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                    f.write_str("an object")
                }
                fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Keys, A::Error> {
                    let mut keys = Vec::new();
                    while let Some((k, _)) = map.next_entry::<String, serde::de::IgnoredAny>()? {
                        keys.push(k);
                    }
                    Ok(Keys(keys))
                }
            }
            d.deserialize_map(Visit)
        }
    }
    serde_json::from_str::<Keys>(text).unwrap().0
}

#[tokio::test]
async fn an_assignment_names_each_key_once_with_its_stage_and_nomination_as_objects() {
    let w = World::new().await;
    w.bring_to_experts().await;
    let experts = w.stage("experts");
    let (status, _) = w
        .post(&w.admin, &format!("/api/v1/stages/{experts}/assignments"), json!({ "auto": { "per_nomination": 1 } }))
        .await;
    assert_eq!(status, 201);
    let (_, all) = w.get(&w.admin, &format!("/api/v1/assignments?stage={experts}")).await;
    let id = all["items"][0]["id"].as_str().unwrap();
    let text = w
        .app
        .client
        .get(w.app.url(&format!("/api/v1/assignments/{id}")))
        .bearer_auth(&w.admin)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let keys = top_level_keys(&text);
    let unique: BTreeSet<&String> = keys.iter().collect();
    assert_eq!(unique.len(), keys.len(), "each key once: {keys:?}");
    let detail: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(detail["stage"]["id"], experts.as_str());
    assert_eq!(detail["nomination"]["id"], all["items"][0]["nomination"]);
    assert_eq!(detail["id"], id);
}

/// The secretariat filters a cycle's entries to one regional group, and the CSV of the
/// same filter holds the same nominations, with their answers.
#[tokio::test]
async fn the_entries_filter_by_region_and_the_csv_holds_the_same_rows() {
    let w = World::new().await;
    let cycle = w.cycle["id"].as_str().unwrap().to_owned();
    let web = w.app.browser_session("secretariat@un.example").await;
    let listed = |path: String| {
        let web = &web;
        async move {
            let response = web.get(&path).await;
            assert_eq!(response.status(), 200, "{path}");
            let page = crate::harness::html(&response.text().await.unwrap());
            let mut titles = crate::harness::texts(&page, "tbody tr td:first-child a");
            titles.sort();
            titles
        }
    };
    let every = listed(format!("/admin/cycles/{cycle}/nominations")).await;
    assert_eq!(every.len(), STATES.len(), "{every:?}");
    let african = listed(format!("/admin/cycles/{cycle}/nominations?region=african")).await;
    assert_eq!(african, ["Initiative K", "Initiative N"]);
    let words = listed(format!("/admin/cycles/{cycle}/nominations?q=initiative%20f")).await;
    assert_eq!(words, ["Initiative F"]);

    let csv = web.get(&format!("/admin/cycles/{cycle}/nominations.csv?region=african")).await;
    assert_eq!(csv.status(), 200);
    assert!(csv.headers()["content-disposition"].to_str().unwrap().starts_with("attachment"));
    let body = csv.text().await.unwrap();
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    let header = reader.headers().unwrap().clone();
    let title = header.iter().position(|h| h == "title").unwrap();
    assert!(header.iter().any(|h| h == "answers.problem"), "{header:?}");
    let mut rows: Vec<String> = reader.records().map(|r| r.unwrap()[title].to_owned()).collect();
    rows.sort();
    assert_eq!(rows, african, "the CSV holds exactly what the page shows");
}

/// The entries sort and continue page after page in that order; they filter by a
/// stage's outcome and by an unanswered clarification; and the reviews' CSV has a row
/// per review with each criterion's score.
#[tokio::test]
async fn the_entries_sort_page_filter_by_outcome_and_clarification_and_export_every_review() {
    use laurel::service::Paging;
    use laurel::service::nominations::{self, EntrySort, ListFilter};
    use sea_orm::{ColumnTrait as _, EntityTrait as _, QueryFilter as _};
    let w = World::new().await;
    let cycle: uuid::Uuid = w.cycle["id"].as_str().unwrap().parse().unwrap();
    let admin = entity::user::Entity::find()
        .filter(entity::user::Column::Email.eq("secretariat@un.example"))
        .one(&w.app.db)
        .await
        .unwrap()
        .unwrap();
    let caller = laurel::service::auth::Caller {
        id: admin.id,
        email: admin.email.clone(),
        name: admin.name.clone(),
        role: laurel::domain::user::Role::Admin,
        member_state: None,
        nationality: None,
        language: None,
    };
    let filter = ListFilter { cycle: Some(cycle), ..ListFilter::default() };
    // Two at a time, each order continues where its page ended.
    for (sort, expected) in [
        (
            EntrySort::Title,
            vec!["Initiative B", "Initiative F", "Initiative I", "Initiative J", "Initiative K", "Initiative N"],
        ),
        (
            EntrySort::MemberState,
            vec!["Initiative B", "Initiative F", "Initiative I", "Initiative J", "Initiative K", "Initiative N"],
        ),
    ] {
        let mut seen = Vec::new();
        let mut after = None;
        loop {
            let page =
                nominations::entries(&w.app.db, &caller, &filter, sort, Paging { limit: 2, after }).await.unwrap();
            seen.extend(page.items.iter().map(|e| e.title.clone()));
            match page.next {
                Some(next) => after = Some(next),
                None => break,
            }
        }
        assert_eq!(seen, expected, "{sort:?}");
    }
    // The latest changed first: touch Japan's, then France's.
    for code in ["JPN", "FRA"] {
        let body = json!({ "summary": format!("Revised by {code}.") });
        let path = format!("/api/v1/nominations/{}", w.nomination(code));
        w.app.clock.advance(chrono::Duration::seconds(1));
        assert_eq!(w.call(reqwest::Method::PATCH, &w.nominations[code].1, &path, Some(body)).await.0, 200);
    }
    let changed =
        nominations::entries(&w.app.db, &caller, &filter, EntrySort::Changed, Paging { limit: 1, after: None })
            .await
            .unwrap();
    let second =
        nominations::entries(&w.app.db, &caller, &filter, EntrySort::Changed, Paging { limit: 1, after: changed.next })
            .await
            .unwrap();
    assert_eq!((changed.items[0].title.as_str(), second.items[0].title.as_str()), ("Initiative F", "Initiative J"));

    // A clarification pending, then outcomes.
    w.close_the_call().await;
    let due = (w.app.now() + chrono::Duration::days(5)).to_rfc3339();
    let (status, _) = w
        .post(
            &w.admin,
            &format!("/api/v1/nominations/{}/clarification", w.nomination("BRA")),
            json!({ "question": "Which year?", "due_at": due }),
        )
        .await;
    assert_eq!(status, 200);
    let web = w.app.browser_session("secretariat@un.example").await;
    let titles = |path: String| {
        let web = &web;
        async move {
            let page = crate::harness::html(&web.get(&path).await.text().await.unwrap());
            crate::harness::texts(&page, "tbody tr td:first-child a")
        }
    };
    assert_eq!(titles(format!("/admin/cycles/{cycle}/nominations?clarification=1")).await, ["Initiative B"]);
    let answered = json!({ "summary": "Since 2019." });
    let path = format!("/api/v1/nominations/{}", w.nomination("BRA"));
    assert_eq!(w.call(reqwest::Method::PATCH, &w.nominations["BRA"].1, &path, Some(answered)).await.0, 200);
    assert_eq!(w.post(&w.nominations["BRA"].1, &format!("{path}/submit"), json!({})).await.0, 200);
    assert!(titles(format!("/admin/cycles/{cycle}/nominations?clarification=1")).await.is_empty());

    w.decide_after_the_call().await;
    assert_eq!(titles(format!("/admin/cycles/{cycle}/nominations?outcome=winner")).await, ["Initiative K"]);
    let mut champions = titles(format!("/admin/cycles/{cycle}/nominations?outcome=champion")).await;
    champions.sort();
    assert_eq!(champions, ["Initiative B", "Initiative N"]);

    // Every review, with its scores and comment.
    let csv = web.get(&format!("/admin/cycles/{cycle}/nominations.csv?member_state=KEN&rows=reviews")).await;
    assert_eq!(csv.status(), 200);
    let body = csv.text().await.unwrap();
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    let header = reader.headers().unwrap().clone();
    assert!(header.iter().any(|h| h == "score.experts.impact"), "{header:?}");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let kenya = entity::assignment::Entity::find()
        .filter(entity::assignment::Column::NominationId.eq(w.nomination("KEN").parse::<uuid::Uuid>().unwrap()))
        .all(&w.app.db)
        .await
        .unwrap();
    assert_eq!(rows.len(), kenya.len(), "one row per review of Kenya's nomination");
    let impact = header.iter().position(|h| h == "score.experts.impact").unwrap();
    let stage = header.iter().position(|h| h == "stage").unwrap();
    let comment = header.iter().position(|h| h == "comment").unwrap();
    for row in rows.iter().filter(|r| &r[stage] == "experts") {
        assert_eq!((&row[impact], &row[comment]), ("9", "Solid evidence."));
    }
}

/// From a screening card and from a ranking row, the secretariat opens the nomination's
/// dossier to read what it is judging.
#[tokio::test]
async fn screening_cards_and_ranking_rows_link_to_the_dossier() {
    let w = World::new().await;
    let web = w.app.browser_session("secretariat@un.example").await;
    let kenya = w.nomination("KEN").to_owned();
    let link = format!(r#"href="/admin/nominations/{kenya}""#);
    w.close_the_call().await;
    let screening = web.get(&format!("/admin/stages/{}", w.stage("screening"))).await.text().await.unwrap();
    assert!(screening.contains(&link), "the screening card links to it");
    w.screen_everything().await;
    let experts = w.stage("experts");
    let assign = json!({ "auto": { "per_nomination": 3 } });
    assert_eq!(w.post(&w.admin, &format!("/api/v1/stages/{experts}/assignments"), assign).await.0, 201);
    w.score_everything(&experts).await;
    let ranking = web.get(&format!("/admin/stages/{experts}")).await.text().await.unwrap();
    assert!(ranking.contains(&link), "the ranking row links to it");
    let entries = web.get(&format!("/admin/cycles/{}/nominations", w.cycle["id"].as_str().unwrap())).await;
    assert!(entries.text().await.unwrap().contains(&link), "and so does its line among the entries");
}

/// The dossier holds the entry with its files readable in place, the screening checks,
/// every review with the juror's name, each stage's decision with an override's
/// rationale, the emails the nomination caused and its history.
#[tokio::test]
async fn the_dossier_holds_the_entry_its_reviews_decisions_emails_and_history() {
    use sea_orm::{ColumnTrait as _, EntityTrait as _, QueryFilter as _};
    let w = World::new().await;
    let france = w.nomination("FRA").to_owned();
    let part = reqwest::multipart::Part::bytes(crate::harness::PIXEL_PNG.to_vec()).file_name("site.png");
    let attached = w
        .app
        .client
        .post(w.app.url(&format!("/api/v1/nominations/{france}/attachments")))
        .bearer_auth(&w.nominations["FRA"].1)
        .multipart(reqwest::multipart::Form::new().part("file", part))
        .send()
        .await
        .unwrap();
    assert_eq!(attached.status(), 201);
    let attachment = attached.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned();
    w.decide().await;

    let web = w.app.browser_session("secretariat@un.example").await;
    let response = web.get(&format!("/admin/nominations/{france}")).await;
    assert_eq!(response.status(), 200);
    let body = response.text().await.unwrap();
    let page = crate::harness::html(&body);
    assert_eq!(crate::harness::texts(&page, "h1"), ["Initiative F"]);
    assert!(body.contains("Ministry of Public Service of France"));
    let file = format!("/admin/nominations/{france}/attachments/{attachment}");
    assert!(body.contains(&format!(r#"<img src="{file}""#)), "the image shows in the page");
    let inline = web.get(&file).await;
    assert_eq!(inline.status(), 200);
    assert_eq!(inline.headers()["content-type"], "image/png");
    assert!(inline.headers()["content-disposition"].to_str().unwrap().starts_with("inline"));

    // Screening: each check, met.
    let screening =
        crate::harness::texts(&page, &format!("section[aria-labelledby=stage-{}] ul.checks li", w.stage("screening")));
    assert_eq!(screening.len(), 3, "{screening:?}");
    assert!(screening.iter().all(|c| c.contains("met") && !c.contains("not met")), "{screening:?}");
    // Experts: every assigned juror by name, with a score per criterion; the override.
    let experts = w.stage("experts");
    let section = format!("section[aria-labelledby=stage-{experts}]");
    let jurors = crate::harness::texts(&page, &format!("{section} tbody th"));
    let assigned = entity::assignment::Entity::find()
        .filter(entity::assignment::Column::StageId.eq(experts.parse::<uuid::Uuid>().unwrap()))
        .filter(entity::assignment::Column::NominationId.eq(france.parse::<uuid::Uuid>().unwrap()))
        .all(&w.app.db)
        .await
        .unwrap();
    let mut names = Vec::new();
    for a in &assigned {
        names.push(entity::user::Entity::find_by_id(a.reviewer_id).one(&w.app.db).await.unwrap().unwrap().name);
    }
    names.sort();
    assert_eq!(jurors, names);
    let scores = crate::harness::texts(&page, &format!("{section} tbody td"));
    assert!(scores.iter().filter(|s| s.as_str() == "6").count() >= assigned.len(), "{scores:?}");
    let decision = crate::harness::texts(&page, &format!("{section} p")).join(" ");
    assert!(decision.contains("Asked for by the committee."), "{decision}");
    assert!(decision.contains("Decided by secretariat"), "the one who decided is named: {decision}");

    // Its emails, each opening the message as sent; its history.
    let emails = crate::harness::texts(&page, "section[aria-labelledby=emails-title] tbody td:first-child a");
    assert!(emails.iter().any(|s| s.starts_with("Received: Initiative F")), "the receipt: {emails:?}");
    let receipt = w.app.outbox_to("focal@fra.example").await.into_iter().next().unwrap();
    assert!(body.contains(&format!("/admin/email/{}", receipt.id)));
    let history = crate::harness::texts(&page, "section[aria-labelledby=history-title] tbody code");
    for action in
        ["nomination.created", "nomination.submitted", "nomination.screened", "review.submitted", "stage.override"]
    {
        assert!(history.iter().any(|h| h == action), "{action} in {history:?}");
    }
    // Another nomination's emails are not among them.
    assert!(!body.contains("focal@ken.example"));
}

/// The cycle's figures agree with the database: nominations per status and regional
/// group, the member states that nominated, and each juror's reviews and overdue ones.
#[tokio::test]
async fn the_progress_figures_agree_with_the_database() {
    use sea_orm::{ColumnTrait as _, EntityTrait as _, QueryFilter as _};
    let w = World::new().await;
    let cycle = w.cycle["id"].as_str().unwrap().to_owned();
    let progress = || async { w.get(&w.admin, &format!("/api/v1/cycles/{cycle}/progress")).await.1 };

    let before = progress().await;
    assert_eq!(before["nominations"]["by_status"], json!({ "draft": STATES.len() }));
    assert_eq!(before["states_nominated"], 0, "drafts are not nominations yet");
    assert_eq!(before["member_states"], 193);
    let african =
        before["nominations"]["by_region"].as_array().unwrap().iter().find(|r| r["key"] == "african").unwrap();
    assert_eq!((african["submitted"].as_u64(), african["draft"].as_u64()), (Some(0), Some(2)), "Kenya and Nigeria");

    w.close_the_call().await;
    w.screen_everything().await;
    let experts = w.stage("experts");
    let assign = json!({ "auto": { "per_nomination": 3 } });
    assert_eq!(w.post(&w.admin, &format!("/api/v1/stages/{experts}/assignments"), assign).await.0, 201);
    // The reviews fell due an hour ago (moving the clock a month would end every session).
    let past = w.app.now() - chrono::Duration::hours(1);
    let experts_id: uuid::Uuid = experts.parse().unwrap();
    entity::stage::Entity::update_many()
        .col_expr(entity::stage::Column::DueAt, sea_orm::sea_query::Expr::value(past))
        .filter(entity::stage::Column::Id.eq(experts_id))
        .exec(&w.app.db)
        .await
        .unwrap();
    entity::assignment::Entity::update_many()
        .col_expr(entity::assignment::Column::DueAt, sea_orm::sea_query::Expr::value(past))
        .filter(entity::assignment::Column::StageId.eq(experts_id))
        .exec(&w.app.db)
        .await
        .unwrap();
    let after = progress().await;
    assert_eq!(after["states_nominated"], STATES.len());
    let stage = after["stages"].as_array().unwrap().iter().find(|s| s["key"] == "experts").unwrap();
    let rows = entity::assignment::Entity::find()
        .filter(entity::assignment::Column::StageId.eq(experts_id))
        .all(&w.app.db)
        .await
        .unwrap();
    assert_eq!(stage["assigned"].as_u64(), Some(rows.len() as u64));
    assert_eq!(stage["overdue"], stage["assigned"], "none submitted, all past due");
    for juror in stage["by_reviewer"].as_array().unwrap() {
        let id: uuid::Uuid = juror["reviewer"].as_str().unwrap().parse().unwrap();
        let theirs = rows.iter().filter(|a| a.reviewer_id == id).count() as u64;
        assert_eq!(juror["assigned"].as_u64(), Some(theirs), "{juror}");
    }
    // "Remind" twice the same day: each late juror hears once.
    for _ in 0..2 {
        let (status, body) = w.post(&w.admin, &format!("/api/v1/stages/{experts}/reminders"), json!({})).await;
        assert_eq!(status, 200, "{body}");
    }
    for juror in w.reviewers.keys() {
        let reminders = w.app.outbox_to(juror).await.into_iter().filter(|m| m.subject.starts_with("Overdue")).count();
        let has_work = rows.iter().any(|a| Some(a.reviewer_id.to_string()) == w.reviewer_ids.get(juror).cloned());
        assert_eq!(reminders, usize::from(has_work), "{juror}");
    }
    assert!(w.app.audit_actions().await.contains(&"stage.reminded".to_owned()));
    // The dashboard shows the same figures, in tables.
    let web = w.app.browser_session("secretariat@un.example").await;
    let page = web.get(&format!("/admin/cycles/{cycle}")).await;
    assert_eq!(page.status(), 200);
    let page = crate::harness::html(&page.text().await.unwrap());
    let lead = crate::harness::texts(&page, "p.lead").join("");
    assert_eq!(lead, format!("{} of 193 member states have submitted a nomination.", STATES.len()));
    let jurors = crate::harness::texts(&page, &format!("section[aria-labelledby=stage-{experts}] tbody tr"));
    assert_eq!(jurors.len(), stage["by_reviewer"].as_array().unwrap().len(), "{jurors:?}");
    // The page's "remind" beside one juror: recorded, and still one reminder a day.
    let juror = stage["by_reviewer"][0]["reviewer"].as_str().unwrap().to_owned();
    let reminded = web
        .submit(&format!("/admin/cycles/{cycle}"), &format!("/admin/stages/{experts}/remind"), &[("reviewer", &juror)])
        .await;
    assert_eq!(reminded.status(), 303);
    assert_eq!(reminded.headers()["location"], format!("/admin/cycles/{cycle}?done=reminded#stage-{experts}"));
    let times = w.app.audit_actions().await.iter().filter(|a| *a == "stage.reminded").count();
    assert_eq!(times, 3, "each press is on the record");
    let name = stage["by_reviewer"][0]["name"].as_str().unwrap();
    let email = w.reviewer_ids.iter().find(|(_, id)| **id == juror).map(|(e, _)| e.clone()).unwrap();
    let overdue = w.app.outbox_to(&email).await.into_iter().filter(|m| m.subject.starts_with("Overdue")).count();
    assert_eq!(overdue, 1, "{name} still hears once today");
    // Jurors who differ: Canada's expert marks everything a point up, Germany's down.
    let bias = |juror: &str| match juror {
        "CAN" => 1.0,
        "DEU" => -1.0,
        _ => 0.0,
    };
    w.score_everything_by(&experts, |juror, _, q| (q + bias(juror)).clamp(0.0, 10.0)).await;
    let scored = progress().await;
    let stage = scored["stages"].as_array().unwrap().iter().find(|s| s["key"] == "experts").unwrap();
    assert_eq!((stage["submitted"].clone(), stage["overdue"].as_u64()), (stage["assigned"].clone(), Some(0)));
    // Each juror's spread is the ranking's own totals of their reviews; the agreement is
    // the ranking's reliability.
    let (_, ranking) = w.get(&w.admin, &format!("/api/v1/stages/{experts}/ranking?reviews=true")).await;
    let mut totals: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    for group in ranking["groups"].as_array().unwrap() {
        for row in group["rows"].as_array().unwrap() {
            for line in row["reviews"].as_array().unwrap() {
                totals
                    .entry(line["reviewer"].as_str().unwrap().to_owned())
                    .or_default()
                    .push(line["total"].as_f64().unwrap());
            }
        }
    }
    for juror in stage["by_reviewer"].as_array().unwrap() {
        let theirs = &totals[juror["reviewer"].as_str().unwrap()];
        let mean = theirs.iter().sum::<f64>() / theirs.len() as f64;
        let low = theirs.iter().copied().fold(f64::INFINITY, f64::min);
        let spread = &juror["scores"];
        assert!((spread["mean"].as_f64().unwrap() - mean).abs() < 1e-9, "{juror} vs {theirs:?}");
        assert!((spread["min"].as_f64().unwrap() - low).abs() < 1e-9, "{juror} vs {theirs:?}");
        assert_eq!(spread["reviews"].as_u64(), Some(theirs.len() as u64));
    }
    let (stage_alpha, ranking_alpha) = (stage["reliability"].as_f64(), ranking["reliability"].as_f64());
    assert!(
        stage_alpha.zip(ranking_alpha).is_some_and(|(a, b)| (a - b).abs() < 1e-9),
        "{stage_alpha:?} {ranking_alpha:?}"
    );
    let impact = stage["by_criterion"].as_array().unwrap().iter().find(|c| c["key"] == "impact").unwrap();
    assert_eq!(impact["reviews"], stage["submitted"]);
}

/// A question not yet answered is reminded of once, two days before its answer-by date;
/// an answered one is not.
#[tokio::test]
async fn focal_points_are_reminded_once_of_a_question_they_have_not_answered() {
    let w = World::new().await;
    for (_, token, id) in w.nominations.values() {
        let (status, body) = w.post(token, &format!("/api/v1/nominations/{id}/submit"), json!({})).await;
        assert_eq!(status, 200, "{body}");
    }
    let closes: chrono::DateTime<chrono::Utc> = w.cycle["closes_at"].as_str().unwrap().parse().unwrap();
    w.app.clock.set(closes + chrono::Duration::seconds(1));
    laurel::jobs::timeline::run(&w.app.state, w.app.now()).await.unwrap();
    let due = w.app.now() + chrono::Duration::days(7);
    for code in ["BRA", "FRA"] {
        let (status, body) = w
            .post(
                &w.admin,
                &format!("/api/v1/nominations/{}/clarification", w.nomination(code)),
                json!({ "question": "Which ministry endorsed it?", "due_at": due.to_rfc3339() }),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{code}: {body}");
    }
    let (_, france_token, france) = &w.nominations["FRA"];
    let (status, body) = w
        .post(
            france_token,
            &format!("/api/v1/nominations/{france}/clarification/answer"),
            json!({ "answer": "The Ministry of the Interior." }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let reminded = |to: &'static str| {
        let app = &w.app;
        async move { app.outbox_to(to).await.into_iter().filter(|m| m.subject.starts_with("Answer needed by")).count() }
    };
    laurel::jobs::reminders::run(&w.app.state, w.app.now()).await.unwrap();
    assert_eq!(reminded("focal@bra.example").await, 0, "a week ahead: not yet");
    for hours in [1, 6, 30] {
        w.app.clock.set(due - chrono::Duration::days(2) + chrono::Duration::hours(hours));
        laurel::jobs::reminders::run(&w.app.state, w.app.now()).await.unwrap();
    }
    assert_eq!(reminded("focal@bra.example").await, 1, "once, two days before");
    assert_eq!(reminded("focal@fra.example").await, 0, "an answered question is not reminded of");
}

/// The secretariat withholds a passage from the dossier's page: a passage the field does
/// not contain comes back beside its box as typed; one it contains is listed, and can be
/// shown again.
#[tokio::test]
async fn the_secretariat_withholds_a_passage_from_the_dossier_and_shows_it_again() {
    let w = World::new().await;
    let kenya = w.nomination("KEN").to_owned();
    let web = w.app.browser_session("secretariat@un.example").await;
    let dossier = format!("/admin/nominations/{kenya}");
    let action = format!("{dossier}/redactions");
    let refused = web.submit(&dossier, &action, &[("field", "institution"), ("passage", "Kenya")]).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let refused = web.submit(&dossier, &action, &[("field", "answers.problem"), ("passage", "Nairobi")]).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = crate::harness::html(&refused.text().await.unwrap());
    assert!(crate::harness::texts(&page, "#redaction-passage-error")[0].contains("does not appear"));
    let typed = page.select(&scraper::Selector::parse("#redaction-passage").unwrap()).next().unwrap();
    assert_eq!(typed.value().attr("value"), Some("Nairobi"), "what was typed is kept");

    let done = web.submit(&dossier, &action, &[("field", "title"), ("passage", "Initiative")]).await;
    assert_eq!(done.status(), StatusCode::SEE_OTHER);
    let page = crate::harness::html(&web.get(&dossier).await.text().await.unwrap());
    let listed = crate::harness::texts(&page, "ul.redactions li");
    assert_eq!(listed.len(), 1);
    assert!(listed[0].contains("Title of the initiative") && listed[0].contains("Initiative"), "{listed:?}");
    let remove = page
        .select(&scraper::Selector::parse("ul.redactions form").unwrap())
        .next()
        .unwrap()
        .value()
        .attr("action")
        .unwrap()
        .to_owned();
    assert_eq!(web.submit(&dossier, &remove, &[]).await.status(), StatusCode::SEE_OTHER);
    let page = crate::harness::html(&web.get(&dossier).await.text().await.unwrap());
    assert!(crate::harness::texts(&page, "ul.redactions li").is_empty());
    let actions = w.app.audit_actions().await;
    assert!(
        actions.contains(&"nomination.redacted".to_owned()) && actions.contains(&"nomination.unredacted".to_owned())
    );
}

/// A conflict declared without a reason comes back with the section open, the problem
/// beside the reason and named in the summary at the top.
#[tokio::test]
async fn a_conflict_without_a_reason_opens_its_section_with_the_problem_beside_the_field() {
    let w = World::new().await;
    w.bring_to_experts().await;
    let experts = w.stage("experts");
    let (status, _) = w
        .post(&w.admin, &format!("/api/v1/stages/{experts}/assignments"), json!({ "auto": { "per_nomination": 3 } }))
        .await;
    assert!(status.is_success());
    let (email, (_, token)) = w.reviewers.iter().next().unwrap();
    let (_, mine) = w.get(token, &format!("/api/v1/assignments?stage={experts}")).await;
    let id = mine["items"][0]["id"].as_str().unwrap().to_owned();
    let web = w.app.browser_session(email).await;
    let page = format!("/reviews/{id}");
    let refused = web.submit(&page, &format!("{page}/recuse"), &[("reason", "  ")]).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = crate::harness::html(&refused.text().await.unwrap());
    let open = html.select(&scraper::Selector::parse("details.withdraw[open]").unwrap()).count();
    assert_eq!(open, 1, "the section holding the reason is open");
    assert_eq!(crate::harness::texts(&html, "#reason-error").len(), 1);
    let summary = html.select(&scraper::Selector::parse("#problems a[href='#reason']").unwrap()).count();
    assert_eq!(summary, 1, "the summary links to the reason");
}
