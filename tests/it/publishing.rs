//! Publication: nothing about results shows on any public route before the cycle is
//! published (scheduled or now), and afterwards the pages, the JSON, the CSV agree.

use reqwest::{StatusCode, header};
use serde_json::json;

use crate::harness::html;
use crate::review::World;

/// The titles of the awarded nominations: none may appear in public before publication.
const AWARDED: [&str; 4] = ["Initiative K", "Initiative N", "Initiative B", "Initiative F"];

/// Every GET route the router serves, called as nobody, with its parameters filled with
/// the decided cycle, Kenya's nomination and Kenya's code. Routes that ask to sign in
/// are not public and are skipped; every other answer must not name an awarded title.
async fn public_leaks(w: &World) -> Vec<String> {
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let cycle = w.cycle["id"].as_str().unwrap();
    let kenya = w.nomination("KEN");
    let mut leaks = Vec::new();
    for route in laurel::http::route_table() {
        if route.method != reqwest::Method::GET || route.path.starts_with("/static/") {
            continue;
        }
        let id =
            if route.path.starts_with("/cycles/") || route.path.starts_with("/api/v1/cycles/") { cycle } else { kenya };
        let mut paths =
            vec![route.path.replace("{id}", id).replace("{aid}", id).replace("{code}", "KEN").replace("{token}", "x")];
        if route.path.starts_with("/api/v1/public/winners") || route.path == "/cycles/{id}" {
            paths.push(format!("{}?cycle={cycle}&member_state=KEN", paths[0]));
        }
        for path in paths {
            let response = client.get(w.app.url(&path)).send().await.unwrap();
            let status = response.status();
            let to_sign_in = response
                .headers()
                .get(header::LOCATION)
                .is_some_and(|l| l.to_str().unwrap_or_default().starts_with("/sign-in"));
            if status == StatusCode::UNAUTHORIZED || to_sign_in {
                continue;
            }
            let body = response.text().await.unwrap();
            for title in AWARDED {
                if body.contains(title) {
                    leaks.push(format!("GET {path} ({status}) shows \"{title}\""));
                }
            }
        }
    }
    leaks
}

#[tokio::test]
async fn nothing_shows_before_publication_and_everything_agrees_after_it() {
    let w = World::new().await;
    w.decide().await;
    let cycle = w.cycle["id"].as_str().unwrap().to_owned();
    let (_, c) = w.get(&w.admin, &format!("/api/v1/cycles/{cycle}")).await;
    assert_eq!(c["phase"], "decided");

    let leaks = public_leaks(&w).await;
    assert!(leaks.is_empty(), "results leak before publication:\n{}", leaks.join("\n"));
    let page = w.app.get(&format!("/cycles/{cycle}")).await.text().await.unwrap();
    assert!(page.contains("will be published on"), "the page says when instead");
    let (_, winners) = w.get(&w.admin, "/api/v1/public/winners").await;
    assert_eq!(winners["items"].as_array().unwrap().len(), 0);

    // Scheduled for an hour from now: still nothing until then, to the second.
    let at = w.app.now() + chrono::Duration::hours(1);
    let (status, body) =
        w.post(&w.admin, &format!("/api/v1/cycles/{cycle}/publish"), json!({ "at": at.to_rfc3339() })).await;
    assert_eq!((status, body["phase"].as_str()), (StatusCode::OK, Some("decided")), "{body}");
    w.app.clock.set(at - chrono::Duration::seconds(1));
    assert!(public_leaks(&w).await.is_empty(), "nothing a second early");
    let (status, _) = w.post(&w.admin, "/api/v1/cycles/00000000-0000-0000-0000-000000000000/publish", json!({})).await;
    assert_eq!(status, 404);

    w.app.clock.set(at);
    let (_, winners) = w.get(&w.admin, "/api/v1/public/winners").await;
    let items = winners["items"].as_array().unwrap();
    let awards: Vec<(&str, &str)> =
        items.iter().map(|a| (a["award"].as_str().unwrap(), a["nomination"]["title"].as_str().unwrap())).collect();
    assert_eq!(
        awards,
        [
            ("winner", "Initiative K"),
            ("champion", "Initiative B"),
            ("champion", "Initiative N"),
            ("finalist", "Initiative F")
        ]
    );
    let kenya = &items[0];
    assert_eq!(kenya["member_state"], json!({ "code": "KEN", "name": "Kenya", "region": "african" }));
    assert_eq!(kenya["category"]["key"], "gender-responsive");
    let public: Vec<&str> =
        kenya["nomination"]["answers"].as_array().unwrap().iter().map(|a| a["key"].as_str().unwrap()).collect();
    assert_eq!(public, ["problem", "impact"], "only the answers the cycle marks public");
    assert!(!winners.to_string().contains("score"), "scores stay with the secretariat");

    // The clock job records it and tells the focal points of the states that nominated
    // and the cycle's jurors, each thanked for what they did, and no one else.
    w.app.person("idle@uni.example", "reviewer", None, Some("CAN")).await;
    w.app.person("focal@chl.example", "nominator", Some("CHL"), None).await;
    laurel::jobs::timeline::run(&w.app.state, w.app.now()).await.unwrap();
    let told = |m: &entity::outbox_message::Model| {
        m.subject.contains("UN Public Service Awards 2027") && m.body_text.contains(&format!("/cycles/{cycle}"))
    };
    let kenya = w.app.outbox_to("focal@ken.example").await;
    assert!(kenya.iter().any(|m| told(m) && m.body_text.contains("Thank you for nominating")));
    let juror = w.reviewers.keys().next().unwrap();
    let thanked = w.app.outbox_to(juror).await;
    assert!(thanked.iter().any(|m| told(m) && m.body_text.contains("Thank you for your reviews")), "{juror}");
    assert!(thanked.iter().all(|m| !m.body_text.contains("Thank you for nominating")));
    for nobody in ["idle@uni.example", "focal@chl.example"] {
        assert!(w.app.outbox_to(nobody).await.iter().all(|m| !told(m)), "{nobody} had no part in the cycle");
    }

    // The page, the CSV and the JSON agree.
    let page = html(&w.app.get(&format!("/cycles/{cycle}")).await.text().await.unwrap());
    let listed: Vec<String> = crate::harness::texts(&page, "ul.awards li a[href^='/initiatives/']");
    assert_eq!(listed, ["Initiative K", "Initiative B", "Initiative N", "Initiative F"]);
    let csv = w.app.get("/api/v1/public/winners.csv").await.text().await.unwrap();
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(
        rows[0],
        "cycle_id,programme,year,cycle,category_key,category,award,nomination_id,title,institution,member_state_code,member_state,region,summary,published_at,language"
    );
    assert_eq!(rows.len(), 5);
    assert!(rows[1].contains(",winner,") && rows[1].contains("Initiative K"), "{}", rows[1]);
    assert!(rows[1].ends_with(",en"), "the language it is written in: {}", rows[1]);

    // Light on a slow line: every public page of the results under 100 KB, in every language.
    let css = w.app.get("/static/laurel.css").await.bytes().await.unwrap().len();
    // A reader of its own: `?lang=` is remembered in a cookie.
    let reader = w.app.web_client();
    for path in [
        format!("/cycles/{cycle}"),
        format!("/initiatives/{}", w.nomination("KEN")),
        "/member-states/KEN".to_owned(),
        "/archive".to_owned(),
        "/".to_owned(),
    ] {
        for lang in laurel::i18n::Lang::OFFERED {
            let separator = if path.contains('?') { '&' } else { '?' };
            let page = reader.get(&format!("{path}{separator}lang={lang}")).await.bytes().await.unwrap().len();
            assert!(page + css < 100 * 1024, "{path} in {lang} weighs {page} bytes with {css} of stylesheet");
        }
    }

    // Filters.
    let only_kenya = html(&w.app.get(&format!("/cycles/{cycle}?member_state=KEN")).await.text().await.unwrap());
    assert_eq!(crate::harness::texts(&only_kenya, "ul.awards li a[href^='/initiatives/']"), ["Initiative K"]);
    let (_, european) =
        w.get(&w.admin, &format!("/api/v1/public/winners?region=western_european_others&cycle={cycle}")).await;
    let titles: Vec<&str> =
        european["items"].as_array().unwrap().iter().map(|a| a["nomination"]["title"].as_str().unwrap()).collect();
    assert_eq!(titles, ["Initiative F"], "France is in Western European and Others");

    // An initiative's page shows the public fields only.
    let page = w.app.get(&format!("/initiatives/{}", w.nomination("KEN"))).await.text().await.unwrap();
    assert!(page.contains("People travelled for days") && page.contains("Ministry of Public Service of Kenya"));
    assert!(!page.contains("One front door"), "a question the cycle keeps private stays private");
    let state = w.app.get("/member-states/ken").await.text().await.unwrap();
    assert!(state.contains("Initiative K") && state.contains("Winner"));
    assert!(w.app.get("/archive").await.text().await.unwrap().contains("UN Public Service Awards 2027"));
    assert_eq!(w.app.get(&format!("/initiatives/{}", w.nomination("JPN"))).await.status(), 404, "not a finalist");

    // The feed names the winner and links to the page; the calendar has the dates.
    let feed = w.app.get("/feed.atom").await;
    assert_eq!(feed.headers()[header::CONTENT_TYPE], "application/atom+xml; charset=utf-8");
    let feed = feed.text().await.unwrap();
    assert!(
        feed.contains("Results of UN Public Service Awards 2027") && feed.contains("Initiative K (Kenya"),
        "{feed}"
    );
    assert!(feed.contains(&format!("/cycles/{cycle}")), "{feed}");
    assert!(!feed.contains("Initiative F"), "the feed names winners and champions, not every finalist");
    let home = w.app.get("/").await.text().await.unwrap();
    assert!(home.contains(&format!("href=\"/cycles/{cycle}\"")), "the home page links to the results");
    let ics = w.app.get(&format!("/cycles/{cycle}/deadlines.ics")).await.text().await.unwrap();
    let closes: chrono::DateTime<chrono::Utc> = w.cycle["closes_at"].as_str().unwrap().parse().unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR"), "{ics}");
    assert!(ics.contains("SUMMARY:Nominations close: UN Public Service Awards 2027"), "{ics}");
    assert!(ics.contains(&format!("DTSTART:{}", closes.format("%Y%m%dT%H%M%SZ"))), "{ics}");

    // Repeated reads are cheap: each open-data answer says when it last changed and
    // what its bytes are, and a client that holds them gets a 304 without a body.
    let published = httpdate::fmt_http_date(at.into());
    // The cycle itself last changed when its results came out: its phase moved.
    for path in [
        "/api/v1/public/winners".to_owned(),
        "/api/v1/public/winners.csv".to_owned(),
        "/feed.atom".to_owned(),
        "/api/v1/public/cycles".to_owned(),
        format!("/cycles/{cycle}/deadlines.ics"),
    ] {
        let modified = published.clone();
        let first = w.app.get(&path).await;
        assert_eq!(first.status(), 200, "{path}");
        assert_eq!(first.headers()[header::LAST_MODIFIED], modified.as_str(), "{path}");
        let etag = first.headers()[header::ETAG].clone();
        let body = first.bytes().await.unwrap();
        let read =
            |name: header::HeaderName, value: String| w.app.client.get(w.app.url(&path)).header(name, value).send();
        let by_tag = read(header::IF_NONE_MATCH, etag.to_str().unwrap().to_owned()).await.unwrap();
        assert_eq!(by_tag.status(), 304, "{path}");
        assert_eq!(by_tag.headers()[header::ETAG], etag, "{path}: a 304 names what the client holds");
        assert!(by_tag.bytes().await.unwrap().is_empty());
        let by_date = read(header::IF_MODIFIED_SINCE, modified.clone()).await.unwrap();
        assert_eq!(by_date.status(), 304, "{path}");
        let older = httpdate::parse_http_date(&modified).unwrap() - std::time::Duration::from_secs(1);
        let stale = read(header::IF_MODIFIED_SINCE, httpdate::fmt_http_date(older)).await.unwrap();
        assert_eq!(stale.status(), 200, "{path}: a copy from before the change is refreshed");
        assert_eq!(stale.bytes().await.unwrap(), body, "{path}");
        // A tag that no longer matches wins over a date that would (RFC 9110 §13.2.2).
        let changed = w
            .app
            .client
            .get(w.app.url(&path))
            .header(header::IF_NONE_MATCH, "\"an-older-version\"")
            .header(header::IF_MODIFIED_SINCE, modified.clone())
            .send()
            .await
            .unwrap();
        assert_eq!(changed.status(), 200, "{path}");
    }
}

/// Between the decision and publication a focal point sees their nomination as in
/// review, by every road: the nomination, the list and its status filter, the dashboard.
#[tokio::test]
async fn a_focal_point_learns_of_an_award_only_at_publication() {
    let w = World::new().await;
    w.decide().await;
    let cycle = w.cycle["id"].as_str().unwrap().to_owned();
    let kenya = w.nomination("KEN").to_owned();
    let (_, focal, _) = &w.nominations["KEN"];
    let (_, before) = w.get(focal, &format!("/api/v1/nominations/{kenya}")).await;
    assert_eq!(
        (before["status"].as_str(), before["decision"].as_str()),
        (Some("in_review"), Some("announced at publication"))
    );
    let (_, admin_view) = w.get(&w.admin, &format!("/api/v1/nominations/{kenya}")).await;
    assert_eq!(admin_view["status"], "winner", "the secretariat sees the decision");
    let (_, winners) = w.get(focal, "/api/v1/nominations?status=winner").await;
    assert_eq!(winners["items"].as_array().unwrap().len(), 0, "filtering cannot lift the embargo");
    let (_, in_review) = w.get(focal, "/api/v1/nominations?status=in_review").await;
    assert!(in_review["items"].as_array().unwrap().iter().any(|n| n["id"] == kenya.as_str()));
    let (_, all) = w.get(focal, "/api/v1/nominations").await;
    assert!(!all.to_string().contains("winner"), "{all}");
    let web = w.app.browser_session("focal@ken.example").await;
    let dashboard = web.get("/nominations").await.text().await.unwrap();
    assert!(!dashboard.contains("Winner") && dashboard.contains("Initiative K"), "the dashboard keeps the embargo");
    let page = web.get(&format!("/nominations/{kenya}")).await.text().await.unwrap();
    assert!(!page.contains("Winner"), "the nomination's page keeps the embargo");

    let (status, _) = w.post(&w.admin, &format!("/api/v1/cycles/{cycle}/publish"), json!({})).await;
    assert_eq!(status, StatusCode::OK);
    let (_, after) = w.get(focal, &format!("/api/v1/nominations/{kenya}")).await;
    assert_eq!(after["status"], "winner");
    assert!(after.get("decision").is_none());
    let (_, winners) = w.get(focal, "/api/v1/nominations?status=winner").await;
    assert_eq!(winners["items"].as_array().unwrap().len(), 1);
}

/// A title or a reviewer's comment that a spreadsheet would run as a formula is written
/// to the CSV exports as text.
#[tokio::test]
async fn csv_exports_neutralise_cells_a_spreadsheet_would_evaluate() {
    let title = "=HYPERLINK(\"http://evil.example\",\"Open\")";
    let cells = |csv: &str| -> Vec<String> {
        csv::Reader::from_reader(csv.as_bytes())
            .records()
            .flat_map(|r| r.unwrap().iter().map(str::to_owned).collect::<Vec<_>>())
            .collect()
    };

    // The secretariat's ranking export, while the experts' stage is scored.
    let w = World::new().await;
    retitle(&w, title).await;
    w.bring_to_experts().await;
    let experts = w.stage("experts");
    let (status, _) = w
        .post(&w.admin, &format!("/api/v1/stages/{experts}/assignments"), json!({ "auto": { "per_nomination": 3 } }))
        .await;
    assert_eq!(status, 201);
    w.score_everything(&experts).await;
    <entity::review::Entity as sea_orm::EntityTrait>::update_many()
        .col_expr(entity::review::Column::Comment, sea_orm::sea_query::Expr::value("=cmd|' /C calc'!A0"))
        .exec(&w.app.db)
        .await
        .unwrap();
    let ranking = w
        .app
        .client
        .get(w.app.url(&format!("/api/v1/stages/{experts}/ranking.csv?reviews=true")))
        .bearer_auth(&w.admin)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let ranking_cells = cells(&ranking);
    assert!(ranking_cells.contains(&format!("'{title}")), "the title is text in the ranking export: {ranking}");
    assert!(ranking_cells.contains(&"'=cmd|' /C calc'!A0".to_owned()), "so is the comment: {ranking}");
    assert!(!ranking_cells.iter().any(|c| c.starts_with(['=', '+', '@'])), "no cell is a formula");

    // The open data, once published.
    let w = World::new().await;
    retitle(&w, title).await;
    w.decide().await;
    let cycle = w.cycle["id"].as_str().unwrap().to_owned();
    let (status, _) = w.post(&w.admin, &format!("/api/v1/cycles/{cycle}/publish"), json!({})).await;
    assert_eq!(status, StatusCode::OK);
    let winners = w.app.get("/api/v1/public/winners.csv").await.text().await.unwrap();
    let winner_cells = cells(&winners);
    assert!(winner_cells.contains(&format!("'{title}")), "the title is text in the open data: {winners}");
    assert!(!winner_cells.iter().any(|c| c.starts_with(['=', '+', '@'])), "no cell is a formula");
    let (_, json) = w.get(&w.admin, "/api/v1/public/winners").await;
    assert_eq!(json["items"][0]["nomination"]["title"], title, "the JSON keeps the title as typed");
}

/// Kenya's draft retitled through the API, as its focal point would.
async fn retitle(w: &World, title: &str) {
    let kenya = w.nomination("KEN").to_owned();
    let (_, focal, _) = &w.nominations["KEN"];
    let (status, body) = w
        .call(reqwest::Method::PATCH, focal, &format!("/api/v1/nominations/{kenya}"), Some(json!({ "title": title })))
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
}
