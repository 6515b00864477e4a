//! The whole journey of a cycle on a fresh server, in Chromium: the secretariat imports
//! the example cycle and invites focal points and reviewers (the links read from the
//! emails as delivered over SMTP), the focal points submit, the secretariat screens,
//! the reviewers score two stages, the secretariat advances and decides, the public
//! sees nothing, the secretariat publishes, and the public page, the CSV and the feed
//! name the same winners.

use fantoccini::{Client, Locator};
use laurel::config::MailUrl;
use laurel::jobs;
use serde_json::Value;

use crate::harness::smtp::SmtpSink;
use crate::harness::{PASSWORD, TestApp, browser, example_cycle, link};

/// A password the people choose when they accept their invitations.
const CHOSEN: &str = "quiet harbour lamp violet";

struct Journey<'a> {
    app: &'a TestApp,
    sink: &'a SmtpSink,
    b: &'a Client,
}

impl Journey<'_> {
    async fn fill(&self, css: &str, value: &str) {
        browser::fill(self.b, css, value).await;
    }

    /// Clicks something that loads another page and waits for it.
    async fn go(&self, css: &str) {
        browser::click_and_load(self.b, css).await;
    }

    async fn text(&self, css: &str) -> String {
        browser::text(self.b, css).await
    }

    async fn open(&self, path: &str) {
        self.b.goto(&self.app.url(path)).await.unwrap();
    }

    async fn sign_in(&self, email: &str, password: &str) {
        browser::sign_in(self.b, self.app, email, password).await;
    }

    async fn sign_out(&self) {
        self.go("header form[action='/sign-out'] button").await;
    }

    /// The secretariat invites someone from the people page.
    async fn invite(&self, email: &str, role: &str, state: Option<&str>, nationality: Option<&str>) {
        self.open("/admin/people").await;
        self.fill("#invite-email", email).await;
        self.b.find(Locator::Css("#invite-role")).await.unwrap().select_by_value(role).await.unwrap();
        if let Some(state) = state {
            self.b.find(Locator::Css("#invite-state")).await.unwrap().select_by_label(state).await.unwrap();
        }
        if let Some(n) = nationality {
            self.b.find(Locator::Css("#invite-nationality")).await.unwrap().select_by_label(n).await.unwrap();
        }
        self.go("form[action='/admin/people/invite'] button[type=submit]").await;
        assert!(self.text("p.success[role=status]").await.contains(email));
    }

    /// Delivers the outbox over SMTP and returns the invitation link `email` received.
    async fn invitation_link(&self, email: &str) -> String {
        jobs::outbox::run(&self.app.state, self.app.now()).await.unwrap();
        let received = self.sink.messages_to(email);
        let invitation = received.iter().find(|m| m.subject.starts_with("You are invited")).expect("an invitation");
        link(&invitation.text, "/invitations/")
    }

    async fn accept(&self, url: &str, name: &str) {
        self.b.goto(url).await.unwrap();
        self.fill("#name", name).await;
        self.fill("#password", CHOSEN).await;
        self.go("main form button[type=submit]").await;
        assert!(self.text("p.success[role=status]").await.contains("Welcome to Laurel"));
    }

    async fn nominate(&self, title: &str) {
        self.open("/nominations").await;
        self.go("a[href$='category=gender-responsive']").await;
        for (css, value) in [
            ("#f-title", title),
            ("#f-institution", "Ministry of Public Service"),
            ("#f-summary", "One front door for the services of many ministries."),
            ("#f-answers-problem", "People travelled for days to reach a public office."),
            ("#f-answers-solution", "Shared counters and one queue."),
            ("#f-answers-impact", "Waiting times fell by two thirds."),
        ] {
            self.fill(css, value).await;
        }
        self.b
            .find(Locator::Css("#f-answers-sdgs"))
            .await
            .unwrap()
            .select_by_label("SDG 16: Peace, justice and strong institutions")
            .await
            .unwrap();
        self.b
            .execute("document.getElementById('f-answers-operational-since').value = '2015-11-01';", vec![])
            .await
            .unwrap();
        self.go("button[value=submit]").await;
        assert_eq!(self.text("#status").await, "Submitted", "{title}");
    }

    /// A reviewer scores every assignment on their list with `score` and submits.
    async fn score_all(&self, score: impl Fn(&str) -> &'static str) {
        loop {
            self.open("/reviews").await;
            let next = self.b.find_all(Locator::XPath("//ol[contains(@class, 'to-do')]/li/a")).await.unwrap();
            let Some(first) = next.first() else { return };
            let old = self.b.find(Locator::Css("html")).await.unwrap();
            first.click().await.unwrap();
            browser::wait_for_new_page(&old, "an assignment").await;
            let title = self.text("main h1").await;
            // Each scale's point, as a juror clicks it; a scale too fine to list is typed.
            let chosen = self
                .b
                .execute(
                    "let n = 0; document.querySelectorAll('fieldset.scale').forEach(f => {
                       const r = f.querySelector(\"input[type=radio][value='\" + arguments[0] + \"']\");
                       if (r) { r.click(); n += 1; } }); return n;",
                    vec![serde_json::json!(score(&title))],
                )
                .await
                .unwrap();
            let typed = self.b.find_all(Locator::Css("input.score")).await.unwrap();
            assert!(chosen.as_u64().unwrap_or(0) > 0 || !typed.is_empty(), "{title}: nothing to score");
            for input in typed {
                input.clear().await.unwrap();
                input.send_keys(score(&title)).await.unwrap();
            }
            self.go("button[value=submit]").await;
            assert!(self.text("p.success[role=status]").await.contains("submitted"), "{title}");
        }
    }

    async fn stage_page(&self, key: &str) {
        self.open("/admin/cycles").await;
        let name = match key {
            "screening" => "Preliminary assessment",
            "experts" => "Evaluation by the pool of experts",
            _ => "Committee of Experts on Public Administration",
        };
        let link = self.b.find(Locator::LinkText(name)).await.unwrap();
        let old = self.b.find(Locator::Css("html")).await.unwrap();
        link.click().await.unwrap();
        browser::wait_for_new_page(&old, name).await;
        assert_eq!(self.text("main h1").await, name);
    }
}

#[tokio::test]
async fn a_cycle_goes_from_import_to_published_winners_on_a_fresh_server() {
    let test = "a_cycle_goes_from_import_to_published_winners_on_a_fresh_server";
    let Some(browser) = browser::launch(test).await else { return };
    let sink = SmtpSink::start();
    let mail = MailUrl::parse(&sink.url()).unwrap();
    let app = TestApp::spawn_with(move |s| s.mail_url = mail).await;
    let j = Journey { app: &app, sink: &sink, b: &browser.client };

    // The secretariat imports the example cycle, closing in an hour.
    app.person("secretariat@un.example", "admin", None, None).await;
    let admin = app.token("secretariat@un.example").await;
    let mut definition = example_cycle(app.now(), -1, 30);
    definition["closes_at"] = serde_json::json!((app.now() + chrono::Duration::hours(1)).to_rfc3339());
    let created =
        app.client.post(app.url("/api/v1/cycles")).bearer_auth(&admin).json(&definition).send().await.unwrap();
    assert_eq!(created.status(), 201);
    let cycle: Value = created.json().await.unwrap();
    let cycle_id = cycle["id"].as_str().unwrap().to_owned();

    // Invitations, accepted from the emails' links.
    j.sign_in("secretariat@un.example", PASSWORD).await;
    let people = [
        ("focal@gov.ke", "nominator", Some("Kenya"), None, "Wanjiru Kamau"),
        ("focal@gov.br", "nominator", Some("Brazil"), None, "Ana Souza"),
        ("expert.ca@uni.example", "reviewer", None, Some("Canada"), "Claire Tremblay"),
        ("expert.de@uni.example", "reviewer", None, Some("Germany"), "Jonas Weber"),
        ("expert.mx@uni.example", "reviewer", None, Some("Mexico"), "Lucía Pérez"),
    ];
    for (email, role, state, nationality, _) in people {
        j.invite(email, role, state, nationality).await;
    }
    j.sign_out().await;
    for (email, _, _, _, name) in people {
        let url = j.invitation_link(email).await;
        j.accept(&url, name).await;
        j.sign_out().await;
    }

    // The focal points submit.
    for (email, title) in [("focal@gov.ke", "Huduma Centres"), ("focal@gov.br", "Poupatempo")] {
        j.sign_in(email, CHOSEN).await;
        j.nominate(title).await;
        j.sign_out().await;
    }

    // Nominations close; the secretariat screens both and opens the experts' stage.
    let closes: chrono::DateTime<chrono::Utc> = cycle["closes_at"].as_str().unwrap().parse().unwrap();
    app.clock.set(closes + chrono::Duration::seconds(1));
    jobs::timeline::run(&app.state, app.now()).await.unwrap();
    j.sign_in("secretariat@un.example", PASSWORD).await;
    j.stage_page("screening").await;
    for _ in 0..2 {
        let boxes = j.b.find_all(Locator::Css("form[action$='/screening'] input[type=checkbox]")).await.unwrap();
        for checkbox in boxes.iter().take(3) {
            checkbox.click().await.unwrap();
        }
        j.go("form[action$='/screening'] button[type=submit]").await;
        assert!(j.text("p.success[role=status]").await.contains("screening is recorded"));
    }
    j.go("button[name=confirm][value='1']").await;
    assert_eq!(j.text("#stage-status").await, "closed");

    // Experts: three reviewers each; Kenya's scores higher.
    let score = |title: &str| if title == "Huduma Centres" { "9" } else { "7" };
    j.stage_page("experts").await;
    j.go("form[action$='/assign'] button[type=submit]").await;
    j.sign_out().await;
    for (email, ..) in &people[2..] {
        j.sign_in(email, CHOSEN).await;
        j.score_all(score).await;
        j.sign_out().await;
    }
    j.sign_in("secretariat@un.example", PASSWORD).await;
    j.stage_page("experts").await;
    j.go("button[name=confirm][value='1']").await;
    assert_eq!(j.text("#stage-status").await, "closed");

    // The committee: two reviewers each, then the awards.
    j.stage_page("committee").await;
    j.fill("#per_nomination", "2").await;
    j.go("form[action$='/assign'] button[type=submit]").await;
    j.sign_out().await;
    for (email, ..) in &people[2..] {
        j.sign_in(email, CHOSEN).await;
        j.score_all(score).await;
        j.sign_out().await;
    }
    j.sign_in("secretariat@un.example", PASSWORD).await;
    j.stage_page("committee").await;
    assert_eq!(j.text("#advance-title").await, "Decide the awards");
    j.go("button[name=confirm][value='1']").await;
    assert_eq!(j.text("#stage-status").await, "closed");
    j.sign_out().await;

    // The public sees nothing yet.
    j.open(&format!("/cycles/{cycle_id}")).await;
    let page = j.text("main").await;
    assert!(page.contains("will be published on") && !page.contains("Huduma Centres"), "{page}");
    let csv = app.get("/api/v1/public/winners.csv").await.text().await.unwrap();
    assert_eq!(csv.lines().count(), 1, "only the header: {csv}");

    // The secretariat publishes; the public sees the winners.
    j.sign_in("secretariat@un.example", PASSWORD).await;
    j.open("/admin/cycles").await;
    j.go(&format!("form[action='/admin/cycles/{cycle_id}/publish'] button[type=submit]")).await;
    assert!(j.text("p.success[role=status]").await.contains("The results are public"));
    j.sign_out().await;
    j.open(&format!("/cycles/{cycle_id}")).await;
    let on_page = browser::texts(j.b, "ul.awards li").await;
    assert_eq!(on_page.len(), 2, "{on_page:?}");
    assert!(on_page[0].starts_with("Winner") && on_page[0].contains("Huduma Centres") && on_page[0].contains("Kenya"));
    assert!(on_page[1].starts_with("Champion") && on_page[1].contains("Poupatempo") && on_page[1].contains("Brazil"));

    // The CSV and the feed agree with the page.
    let csv = app.get("/api/v1/public/winners.csv").await.text().await.unwrap();
    let rows: Vec<Vec<String>> = csv.lines().skip(1).map(|l| l.split(',').map(str::to_owned).collect()).collect();
    let from_csv: Vec<(String, String)> = rows.iter().map(|r| (r[6].clone(), r[8].clone())).collect();
    assert_eq!(
        from_csv,
        [("winner".to_owned(), "Huduma Centres".to_owned()), ("champion".to_owned(), "Poupatempo".to_owned())]
    );
    let feed = app.get("/feed.atom").await.text().await.unwrap();
    assert!(feed.contains("Huduma Centres (Kenya") && feed.contains("Poupatempo (Brazil"), "{feed}");
    jobs::outbox::run(&app.state, app.now()).await.unwrap();
    let told = sink.messages_to("focal@gov.ke");
    assert!(told.iter().any(|m| m.text.contains(&format!("/cycles/{cycle_id}"))), "Kenya's focal point is told");
    browser.close().await;
}
