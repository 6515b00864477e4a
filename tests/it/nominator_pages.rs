//! A focal point's pages over plain HTTP, as a browser without JavaScript uses them:
//! the dashboard's quota and deadline, a refused submission that keeps every answer,
//! autosave, a stale version, the read-only view after the deadline, and page weight.

use reqwest::header;
use serde_json::Value;

use crate::attachments::PDF;
use crate::harness::{TestApp, WebClient, example_cycle, html, texts};

struct Setup {
    app: TestApp,
    cycle: String,
    web: WebClient,
}

async fn setup() -> Setup {
    setup_closing(None).await
}

/// The example cycle, closing in 30 days or after `closes_in`.
async fn setup_closing(closes_in: Option<chrono::Duration>) -> Setup {
    let app = TestApp::spawn().await;
    let mut definition = example_cycle(app.now(), -1, 30);
    if let Some(left) = closes_in {
        definition["closes_at"] = serde_json::json!((app.now() + left).to_rfc3339());
    }
    let definition = laurel::domain::definition::parse(&definition).unwrap();
    let actor = laurel::service::Actor::operator();
    let cycle = laurel::service::cycles::create_cycle(&app.db, &actor, None, &definition, app.now()).await.unwrap();
    app.person("focal@gov.ke", "nominator", Some("KEN"), None).await;
    let web = app.browser_session("focal@gov.ke").await;
    Setup { app, cycle: cycle.to_string(), web }
}

/// Every answer of the example form but `impact`, as the form names them.
fn answers_without_impact() -> Vec<(&'static str, &'static str)> {
    vec![
        ("title", "Huduma Centres"),
        ("institution", "Ministry of Public Service"),
        ("summary", "One-stop centres for government services."),
        ("answers.problem", "People travelled for days to reach a public office.\nSome gave up."),
        ("answers.solution", "One front door for many ministries' services."),
        ("answers.impact", ""),
        ("answers.sdgs", "SDG 16: Peace, justice and strong institutions"),
        ("answers.operational-since", "2015-11-01"),
    ]
}

impl Setup {
    /// Posts the nomination form from the page at `from`, as a browser does: multipart,
    /// with the page's CSRF token and version, and optionally a file.
    async fn post(
        &self,
        from: &str,
        fields: &[(&str, &str)],
        action: &str,
        file: Option<(&str, &[u8])>,
    ) -> reqwest::Response {
        let page = html(&self.web.get(from).await.text().await.unwrap());
        let form_selector = scraper::Selector::parse("form.nomination").unwrap();
        let form = page.select(&form_selector).next().unwrap_or_else(|| panic!("no nomination form on {from}"));
        let target = form.value().attr("action").unwrap().to_owned();
        let mut multipart = reqwest::multipart::Form::new();
        for input in form.select(&scraper::Selector::parse("input[type=hidden]").unwrap()) {
            let (name, value) = (input.value().attr("name").unwrap(), input.value().attr("value").unwrap_or_default());
            multipart = multipart.text(name.to_owned(), value.to_owned());
        }
        for (name, value) in fields {
            multipart = multipart.text((*name).to_owned(), (*value).to_owned());
        }
        multipart = multipart.text("action", action.to_owned());
        if let Some((name, bytes)) = file {
            multipart =
                multipart.part("file", reqwest::multipart::Part::bytes(bytes.to_vec()).file_name(name.to_owned()));
        }
        self.web.client.post(self.web.url(&target)).multipart(multipart).send().await.unwrap()
    }

    fn new_form(&self) -> String {
        format!("/cycles/{}/nominations/new?category=digital-transformation", self.cycle)
    }
}

fn location(response: &reqwest::Response) -> String {
    response.headers()[header::LOCATION].to_str().unwrap().to_owned()
}

fn value(page: &scraper::Html, id: &str) -> String {
    let selector = scraper::Selector::parse(&format!("#{id}")).unwrap();
    let element = page.select(&selector).next().unwrap_or_else(|| panic!("no #{id}"));
    match element.value().name() {
        "textarea" => element.text().collect(),
        "select" => element
            .select(&scraper::Selector::parse("option[selected]").unwrap())
            .next()
            .map(|o| o.text().collect())
            .unwrap_or_default(),
        _ => element.value().attr("value").unwrap_or_default().to_owned(),
    }
}

#[tokio::test]
async fn the_dashboard_shows_each_categorys_quota_and_the_deadline_in_the_cycles_time_zone() {
    let s = setup().await;
    let page = s.web.get("/nominations").await;
    assert_eq!(page.status(), 200);
    let page = html(&page.text().await.unwrap());
    assert_eq!(texts(&page, "main h1"), ["Nominations of Kenya"]);
    let body = texts(&page, "main").join(" ");
    assert!(body.contains("UN Public Service Awards 2027"), "{body}");
    assert!(body.contains("30 days left"), "{body}");
    // America/New_York, as the cycle says: EST or EDT depending on the date.
    assert!(body.contains(" ES") || body.contains(" ED"), "the deadline is in New York time: {body}");
    assert!(texts(&page, ".quota").iter().all(|q| q.starts_with("0 of")), "{:?}", texts(&page, ".quota"));

    // Submitting one shows up as one of two used.
    let created = s.post(&s.new_form(), &answers_without_impact(), "save", None).await;
    let id_path = location(&created);
    let id_path = id_path.split('?').next().unwrap();
    let mut fixed = answers_without_impact();
    fixed.retain(|(k, _)| *k != "answers.impact");
    fixed.push(("answers.impact", "Waiting times fell by two thirds."));
    assert_eq!(s.post(id_path, &fixed, "submit", None).await.status(), 303);
    let page = html(&s.web.get("/nominations").await.text().await.unwrap());
    let quotas = texts(&page, ".quota");
    assert!(quotas[0].starts_with("1 of 2"), "{quotas:?}");
    let rows = texts(&page, "ul.nominations li").join(" ");
    assert!(rows.contains("Huduma Centres") && rows.contains("Submitted"), "{rows}");
}

#[tokio::test]
async fn a_refused_submission_names_the_missing_answer_beside_its_field_and_keeps_every_other_answer() {
    let s = setup().await;
    let response = s.post(&s.new_form(), &answers_without_impact(), "submit", None).await;
    // The draft is saved first, then the submission is refused on the page it returns to.
    assert_eq!(response.status(), 422);
    let page = html(&response.text().await.unwrap());
    let error = texts(&page, "#f-answers-impact-error");
    assert_eq!(error.len(), 1, "the error sits beside the field");
    assert_eq!(error[0], "required before submitting", "the label is not repeated beside its field");
    let summary = texts(&page, "#problems li a");
    assert_eq!(summary.len(), 1, "{summary:?}");
    assert!(summary[0].contains("What changed, and how do you know?"), "{summary:?}");
    assert_eq!(summary[0].matches("What changed").count(), 1, "named once: {summary:?}");
    let alert = page.select(&scraper::Selector::parse("#problems").unwrap()).next().unwrap();
    assert!(alert.value().attr("autofocus").is_some(), "the summary takes the focus");
    assert_eq!(value(&page, "f-answers-problem"), "People travelled for days to reach a public office.\nSome gave up.");
    assert_eq!(value(&page, "f-answers-sdgs"), "SDG 16: Peace, justice and strong institutions");
    assert_eq!(value(&page, "f-answers-operational-since"), "2015-11-01");
    assert_eq!(value(&page, "f-title"), "Huduma Centres");
    assert_eq!(texts(&page, "#status"), ["Draft"]);

    // The draft exists and resumes from any device: the dashboard lists it.
    let other_device = s.app.browser_session("focal@gov.ke").await;
    let dashboard = html(&other_device.get("/nominations").await.text().await.unwrap());
    let link = dashboard
        .select(&scraper::Selector::parse("ul.nominations a").unwrap())
        .next()
        .map(|a| a.value().attr("href").unwrap().to_owned())
        .expect("the draft is listed");
    let resumed = html(&other_device.get(&link).await.text().await.unwrap());
    assert_eq!(value(&resumed, "f-answers-solution"), "One front door for many ministries' services.");

    // Answering and attaching in one go submits it.
    let mut fixed = answers_without_impact();
    fixed.retain(|(k, _)| *k != "answers.impact");
    fixed.push(("answers.impact", "Waiting times fell by two thirds."));
    let done = s.post(&link, &fixed, "submit", Some(("plan.pdf", PDF))).await;
    assert_eq!(done.status(), 303);
    let page = html(&s.web.get(&location(&done)).await.text().await.unwrap());
    assert_eq!(texts(&page, "#status"), ["Submitted"]);
    assert!(texts(&page, "p.success").join(" ").contains("submitted"));
    assert_eq!(texts(&page, "ul.files a"), ["plan.pdf"]);
}

#[tokio::test]
async fn a_bad_file_is_refused_beside_the_file_field_and_the_text_typed_with_it_is_saved() {
    let s = setup().await;
    let created = s.post(&s.new_form(), &answers_without_impact(), "save", None).await;
    let path = location(&created).split('?').next().unwrap().to_owned();
    let mut fields = answers_without_impact();
    fields.retain(|(k, _)| *k != "summary");
    fields.push(("summary", "A revised summary typed just before choosing the file."));
    let refused = s.post(&path, &fields, "save", Some(("notes.pdf", b"just some text"))).await;
    assert_eq!(refused.status(), 422);
    let page = html(&refused.text().await.unwrap());
    assert!(texts(&page, "#f-file-error").join(" ").contains("not a PDF, PNG or JPEG"));
    let stored = html(&s.web.get(&path).await.text().await.unwrap());
    assert_eq!(value(&stored, "f-summary"), "A revised summary typed just before choosing the file.");
}

#[tokio::test]
async fn autosave_answers_in_json_and_a_stale_version_keeps_what_was_typed() {
    let s = setup().await;
    let first = s.post(&s.new_form(), &[("title", "Huduma")], "autosave", None).await;
    assert_eq!(first.status(), 200);
    let saved: Value = first.json().await.unwrap();
    assert_eq!(saved["version"], 1);
    let path = saved["url"].as_str().unwrap().to_owned();

    // Two tabs: the first saves, the second still holds version 1.
    let stale_page = s.web.get(&path).await.text().await.unwrap();
    assert_eq!(s.post(&path, &[("title", "Huduma Centres")], "autosave", None).await.status(), 200);
    let csrf = s.web.csrf(&path).await;
    let multipart = reqwest::multipart::Form::new()
        .text("csrf", csrf)
        .text("version", "1")
        .text("title", "Huduma Centres of Kenya")
        .text("action", "save");
    let conflict = s.web.client.post(s.web.url(&path)).multipart(multipart).send().await.unwrap();
    assert_eq!(conflict.status(), 412);
    let page = html(&conflict.text().await.unwrap());
    assert!(texts(&page, "#problems").join(" ").contains("Someone changed this nomination"));
    assert_eq!(value(&page, "f-title"), "Huduma Centres of Kenya", "what was typed is still there");
    assert!(stale_page.contains("name=\"version\" value=\"1\""));
    let version = page
        .select(&scraper::Selector::parse("input[name=version]").unwrap())
        .next()
        .unwrap()
        .value()
        .attr("value")
        .unwrap()
        .to_owned();
    assert_eq!(version, "2", "saving again from this page replaces the other tab's change knowingly");

    // A malformed value is saved, and the checklist the answer carries names it.
    let bad = s.post(&path, &[("answers.operational-since", "last spring")], "autosave", None).await;
    assert_eq!(bad.status(), 200);
    let body: Value = bad.json().await.unwrap();
    let todo: Vec<&str> = body["todo"].as_array().unwrap().iter().map(|t| t["href"].as_str().unwrap()).collect();
    assert!(todo.contains(&"#f-answers-operational-since"), "{body}");
    let line = body["todo"].as_array().unwrap().iter().find(|t| t["href"] == "#f-answers-operational-since").unwrap();
    assert!(line["text"].as_str().unwrap().contains("YYYY-MM-DD"), "{line}");

    // What storage cannot hold is still refused, in JSON, and nothing of it is saved.
    let long = "x".repeat(201);
    let refused = s.post(&path, &[("title", long.as_str())], "autosave", None).await;
    assert_eq!(refused.status(), 422);
    let body: Value = refused.json().await.unwrap();
    assert!(body["message"].as_str().unwrap().contains("title"), "{body}");
}

#[tokio::test]
async fn after_the_deadline_the_nomination_reads_without_a_form_and_a_late_save_shows_what_was_typed() {
    // Closing within the session's idle limit, so the page left open is still signed in.
    let s = setup_closing(Some(chrono::Duration::hours(2))).await;
    let created = s.post(&s.new_form(), &answers_without_impact(), "save", None).await;
    let path = location(&created).split('?').next().unwrap().to_owned();
    let open_page = s.web.get(&path).await.text().await.unwrap();
    let csrf = s.web.csrf(&path).await;

    let cycle: Value = s.app.get(&format!("/api/v1/cycles/{}", s.cycle)).await.json().await.unwrap();
    let closes: chrono::DateTime<chrono::Utc> = cycle["closes_at"].as_str().unwrap().parse().unwrap();
    s.app.clock.set(closes + chrono::Duration::milliseconds(1));

    // The page left open before the deadline is saved a millisecond after it.
    assert!(open_page.contains("form"));
    let multipart = reqwest::multipart::Form::new()
        .text("csrf", csrf)
        .text("version", "1")
        .text("title", "Huduma Centres")
        .text("answers.impact", "Typed in the last minute.")
        .text("action", "save");
    let late = s.web.client.post(s.web.url(&path)).multipart(multipart).send().await.unwrap();
    assert_eq!(late.status(), 409);
    let page = html(&late.text().await.unwrap());
    assert!(texts(&page, "#problems").join(" ").contains("closed at"), "{:?}", texts(&page, "#problems"));
    assert!(texts(&page, ".read-only").join(" ").contains("Typed in the last minute."), "shown so it can be copied");

    let page = html(&s.web.get(&path).await.text().await.unwrap());
    assert!(texts(&page, "form.nomination").is_empty(), "no form after the deadline");
    let read = texts(&page, ".read-only").join(" ");
    assert!(read.contains("People travelled for days") && read.contains("No answer."), "{read}");
    let dashboard = texts(&html(&s.web.get("/nominations").await.text().await.unwrap()), "main").join(" ");
    assert!(dashboard.contains("no longer be changed") || dashboard.contains("no longer changed"), "{dashboard}");
}

#[tokio::test]
async fn a_nomination_page_with_its_stylesheet_and_script_weighs_under_100_kb() {
    let s = setup().await;
    let long = "An answer at its full length. ".repeat(100);
    let mut owned: Vec<(String, String)> = answers_without_impact()
        .into_iter()
        .filter(|(k, _)| !k.starts_with("answers."))
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
    for key in ["problem", "solution", "impact"] {
        owned.push((format!("answers.{key}"), long.clone()));
    }
    let fields: Vec<(&str, &str)> = owned.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let created = s.post(&s.new_form(), &fields, "save", None).await;
    let path = location(&created).split('?').next().unwrap().to_owned();
    // In each language: Arabic and Russian take two bytes a letter, Chinese three.
    for lang in laurel::i18n::Lang::OFFERED {
        let mut total = 0;
        for part in [format!("{path}?lang={lang}").as_str(), "/static/laurel.css", "/static/nomination.js"] {
            let response = s.web.get(part).await;
            assert_eq!(response.status(), 200, "{part}");
            total += response.bytes().await.unwrap().len();
        }
        assert!(total < 100 * 1024, "the page in {lang} weighs {total} bytes");
    }
}

#[tokio::test]
async fn another_states_focal_point_and_reviewers_cannot_open_the_page() {
    let s = setup().await;
    let created = s.post(&s.new_form(), &answers_without_impact(), "save", None).await;
    let path = location(&created).split('?').next().unwrap().to_owned();
    s.app.person("focal@gouv.fr", "nominator", Some("FRA"), None).await;
    let france = s.app.browser_session("focal@gouv.fr").await;
    let page = france.get(&path).await;
    assert_eq!(page.status(), 404);
    assert!(texts(&html(&page.text().await.unwrap()), "main").join(" ").contains("nomination"));
}

#[tokio::test]
async fn a_file_past_the_limit_comes_back_beside_its_field_with_the_text_typed_with_it_saved() {
    let s = setup().await;
    let created = s.post(&s.new_form(), &answers_without_impact(), "save", None).await;
    let path = location(&created).split('?').next().unwrap().to_owned();
    let mut fields = answers_without_impact();
    fields.retain(|(k, _)| *k != "summary");
    fields.push(("summary", "Typed on a slow line just before choosing a scan that is too big."));
    // One byte past the server's limit: the page, not a bare "too large".
    let scan = vec![b'%'; 10 * 1024 * 1024 + 1];
    let refused = s.post(&path, &fields, "submit", Some(("scan.pdf", &scan))).await;
    assert_eq!(refused.status(), 422);
    let page = html(&refused.text().await.unwrap());
    let error = texts(&page, "#f-file-error").join(" ");
    assert!(error.contains("scan.pdf") && error.contains("larger than the 10.0 MiB"), "{error}");
    assert_eq!(texts(&page, "#status"), ["Draft"], "not submitted without its file");
    assert_eq!(value(&page, "f-summary"), "Typed on a slow line just before choosing a scan that is too big.");
    let stored = html(&s.web.get(&path).await.text().await.unwrap());
    assert_eq!(value(&stored, "f-summary"), "Typed on a slow line just before choosing a scan that is too big.");
    // The form tells the browser the limit, so a script refuses the file before sending it.
    let input = stored.select(&scraper::Selector::parse("#f-file").unwrap()).next().unwrap();
    assert_eq!(input.value().attr("data-max-bytes"), Some("10485760"));
}
