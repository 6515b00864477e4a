//! The landing page: open calls and recent cycles, as the public sees them.

use chrono::Duration;
use laurel::clock::Clock as _;

use crate::harness::{TestApp, html, texts};

/// When the demo's open call closes, as the public API states it.
async fn open_call_closes(app: &TestApp) -> chrono::DateTime<chrono::Utc> {
    let cycles: serde_json::Value = app.get("/api/v1/public/cycles").await.json().await.unwrap();
    let items = cycles["items"].as_array().cloned().unwrap_or_else(|| cycles.as_array().cloned().unwrap_or_default());
    let open = items.iter().find(|c| c["phase"] == "open").expect("the demo has an open call");
    open["closes_at"].as_str().unwrap().parse().unwrap()
}

#[tokio::test]
async fn an_empty_installation_says_no_call_is_open() {
    let app = TestApp::spawn().await;
    let response = app.get("/").await;
    assert_eq!(response.status(), 200);
    let page = html(&response.text().await.unwrap());
    assert_eq!(texts(&page, "h1"), ["Public-service awards"]);
    assert!(texts(&page, "#main p").iter().any(|t| t == "No call for nominations is open at the moment."));
}

#[tokio::test]
async fn open_calls_show_their_deadline_in_the_cycles_time_zone_and_time_left() {
    let app = TestApp::spawn().await;
    let now = app.clock.now();
    laurel::demo::seed(&app.db, &app.url("/"), now).await.unwrap();

    let page = html(&app.get("/").await.text().await.unwrap());
    let open = texts(&page, "section[aria-labelledby=open-title] li.card h3");
    assert_eq!(open, ["Public Sector Innovation Awards 2027"]);
    let deadline = texts(&page, "section[aria-labelledby=open-title] time");
    assert_eq!(deadline.len(), 1);
    assert!(deadline[0].ends_with("23:59 CET") || deadline[0].ends_with("23:59 CEST"), "in Paris time: {deadline:?}");
    assert!(texts(&page, "section[aria-labelledby=open-title] .badge").iter().any(|t| t == "12 days left"));

    let recent = texts(&page, "section[aria-labelledby=recent-title] li.card");
    assert_eq!(recent.len(), 4, "{recent:?}");
    assert!(recent[2].contains("UN Public Service Awards 2027") && recent[2].contains("Under review"), "{recent:?}");
    assert!(
        recent[3].contains("UN Public Service Awards 2026") && recent[3].contains("Results published"),
        "{recent:?}"
    );
    // The WSIS Prizes' public vote, open now, in Geneva's time.
    let votes = texts(&page, "section[aria-labelledby=votes-title] li.card");
    assert_eq!(votes.len(), 1, "{votes:?}");
    assert!(votes[0].contains("WSIS Prizes 2027") && votes[0].contains("Everyone may vote until"), "{votes:?}");
}

#[tokio::test]
async fn an_open_call_moves_to_recent_the_moment_its_deadline_passes() {
    let app = TestApp::spawn().await;
    let now = app.clock.now();
    laurel::demo::seed(&app.db, &app.url("/"), now).await.unwrap();

    let closes = open_call_closes(&app).await;
    app.clock.set(closes + Duration::seconds(1));
    let page = html(&app.get("/").await.text().await.unwrap());
    assert!(texts(&page, "section[aria-labelledby=open-title] li.card").is_empty());
    assert_eq!(texts(&page, "section[aria-labelledby=recent-title] li.card h3").len(), 5);
}

/// An answer kept for the public is not kept past a deadline: seconds before the close
/// the call reads as open, a second after it as closed, never as open on borrowed time.
#[tokio::test]
async fn a_kept_answer_turns_with_the_deadline() {
    let app = TestApp::spawn().await;
    let now = app.clock.now();
    laurel::demo::seed(&app.db, &app.url("/"), now).await.unwrap();
    let phase = |body: serde_json::Value| -> String {
        let items = body["items"].as_array().cloned().unwrap_or_else(|| body.as_array().cloned().unwrap_or_default());
        let call = items.iter().find(|c| c["name"].as_str().is_some_and(|n| n.contains("Innovation"))).cloned();
        call.map(|c| c["phase"].as_str().unwrap_or_default().to_owned()).unwrap_or_default()
    };
    // Ask five seconds before the call closes, then a second after.
    let closes = open_call_closes(&app).await;
    app.clock.set(closes - Duration::seconds(5));
    let before: serde_json::Value = app.get("/api/v1/public/cycles").await.json().await.unwrap();
    assert_eq!(phase(before), "open");
    app.clock.advance(Duration::seconds(6));
    let after: serde_json::Value = app.get("/api/v1/public/cycles").await.json().await.unwrap();
    assert_ne!(phase(after), "open", "the kept answer is not served past the deadline");
}

/// The feed and calendars say when they were last revised: an empty feed as new as the
/// newest public cycle, not the epoch; each event stamped with its cycle's last edit,
/// not with the event's own date.
#[tokio::test]
async fn an_empty_feed_and_a_calendar_carry_real_revision_times() {
    let app = TestApp::spawn().await;
    let now = app.clock.now();
    laurel::demo::seed(&app.db, &app.url("/"), now).await.unwrap();
    let feed = app.get("/feed.atom").await.text().await.unwrap();
    assert!(!feed.contains("1970-01-01"), "{feed}");
    let cycles: serde_json::Value = app.get("/api/v1/public/cycles").await.json().await.unwrap();
    let items = cycles["items"].as_array().cloned().unwrap_or_else(|| cycles.as_array().cloned().unwrap_or_default());
    let id = items[0]["id"].as_str().unwrap().to_owned();
    let ics = app.get(&format!("/cycles/{id}/deadlines.ics")).await.text().await.unwrap();
    let stamps: Vec<&str> = ics.lines().filter(|l| l.starts_with("DTSTAMP")).collect();
    let starts: Vec<&str> = ics.lines().filter(|l| l.starts_with("DTSTART")).collect();
    assert_eq!(stamps.len(), 3, "{ics}");
    assert!(stamps.windows(2).all(|w| w[0] == w[1]), "one revision time for the file: {stamps:?}");
    for (stamp, start) in stamps.iter().zip(&starts) {
        assert_ne!(stamp.split(':').next_back(), start.split(':').next_back(), "{stamp} is not the event's own date");
    }
}

/// The footer's "Open data" leads to a page that says what may be taken and reused, and
/// every address it offers answers; the site has an icon.
#[tokio::test]
async fn the_open_data_page_explains_each_address_and_every_link_on_it_answers() {
    let app = TestApp::spawn().await;
    laurel::demo::seed(&app.db, &app.url("/"), app.clock.now()).await.unwrap();
    let home = html(&app.get("/").await.text().await.unwrap());
    let footer = home.select(&scraper::Selector::parse("footer a[href='/open-data']").unwrap()).count();
    assert_eq!(footer, 1, "the footer links to the page");
    let page = html(&app.get("/open-data").await.text().await.unwrap());
    assert_eq!(texts(&page, "h1"), ["Open data"]);
    assert!(texts(&page, "main p").join(" ").contains("Creative Commons Attribution 4.0"));
    let columns = texts(&page, "ol.columns li");
    assert_eq!(columns.first().map(String::as_str), Some("cycle_id"));
    assert_eq!(columns.len(), laurel::service::publishing::WINNERS_CSV_COLUMNS.len());
    let links: Vec<String> = page
        .select(&scraper::Selector::parse("main a[href]").unwrap())
        .map(|a| a.value().attr("href").unwrap().to_owned())
        .collect();
    assert!(links.iter().any(|l| l.ends_with("/deadlines.ics")), "{links:?}");
    for link in links {
        assert_eq!(app.get(&link).await.status(), 200, "{link}");
    }
    for icon in ["/favicon.ico", "/favicon.svg"] {
        let response = app.get(icon).await;
        assert_eq!(response.status(), 200, "{icon}");
        assert_eq!(response.headers()["content-type"], "image/svg+xml");
    }
}

/// Each cycle's card leads to the cycle; an open call offers its focal points to
/// nominate, and a visitor to sign in first.
#[tokio::test]
async fn cycle_cards_link_to_the_cycle_and_an_open_call_invites_nominations() {
    let app = TestApp::spawn().await;
    laurel::demo::seed(&app.db, &app.url("/"), app.clock.now()).await.unwrap();
    let visitor = html(&app.get("/").await.text().await.unwrap());
    let titles = visitor.select(&scraper::Selector::parse("li.card h3 a[href^='/cycles/']").unwrap()).count();
    assert_eq!(titles, 6, "every card links to its cycle, or its vote");
    let open = texts(&visitor, "section[aria-labelledby=open-title] a.button");
    assert!(open[0].starts_with("Sign in to nominate"), "{open:?}");
    app.person("focal@gov.ke", "nominator", Some("KEN"), None).await;
    let focal = app.browser_session("focal@gov.ke").await;
    let page = html(&focal.get("/").await.text().await.unwrap());
    let action = page.select(&scraper::Selector::parse("section[aria-labelledby=open-title] a.button").unwrap()).next();
    let action = action.expect("a nominate button");
    assert!(action.text().collect::<String>().starts_with("Nominate"));
    assert_eq!(action.value().attr("href"), Some("/nominations"));
}
