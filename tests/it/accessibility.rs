//! Every public and focal-point page passes axe-core's WCAG 2.1 A and AA rules in the
//! real Chromium, at desktop and phone widths, before and after a cycle's results are
//! published, and in each of the six languages.

use fantoccini::Client;
use serde_json::{Value, json};

use laurel::i18n::Lang;

use crate::harness::browser::{click_and_load, fill};
use crate::harness::{PASSWORD, TestApp, axe, browser};
use crate::review::World;

/// The rules of WCAG 2.0 and 2.1, levels A and AA.
const TAGS: [&str; 4] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

pub(crate) async fn violations(b: &Client, source: &str) -> Vec<String> {
    b.execute(source, vec![]).await.unwrap();
    let result = b
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { runOnly: { type: 'tag', values: arguments[0] } })
                .then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' — ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
                .catch(e => done(['axe failed: ' + e]));",
            vec![json!(TAGS)],
        )
        .await
        .unwrap();
    match result {
        Value::Array(items) => items.into_iter().map(|v| v.as_str().unwrap_or_default().to_owned()).collect(),
        other => vec![format!("unexpected answer from axe: {other}")],
    }
}

#[tokio::test]
async fn every_public_page_passes_wcag_2_1_aa_checks_before_and_after_publication() {
    let test = "every_public_page_passes_wcag_2_1_aa_checks_before_and_after_publication";
    let Some(source) = axe::source(test) else { return };
    let Some(browser) = browser::launch(test).await else { return };
    let w = World::new().await;
    w.decide().await;
    let cycle = w.cycle["id"].as_str().unwrap().to_owned();
    let b = &browser.client;
    let pages = [
        "/".to_owned(),
        "/archive".to_owned(),
        "/open-data".to_owned(),
        format!("/cycles/{cycle}"),
        "/member-states/KEN".to_owned(),
        "/sign-in".to_owned(),
        "/password-reset".to_owned(),
        "/api/docs".to_owned(),
    ];
    // The check sees what it should: an image planted without a text alternative fails it.
    b.goto(&w.app.url("/")).await.unwrap();
    b.execute("document.querySelector('main').appendChild(document.createElement('img'));", vec![]).await.unwrap();
    let planted = violations(b, &source).await;
    assert!(planted.iter().any(|v| v.starts_with("image-alt")), "axe missed a planted violation: {planted:?}");

    let mut failures = Vec::new();
    for published in [false, true] {
        if published {
            let (status, _) = w.post(&w.admin, &format!("/api/v1/cycles/{cycle}/publish"), json!({})).await;
            assert_eq!(status, 200);
        }
        let mut all = pages.to_vec();
        if published {
            all.push(format!("/initiatives/{}", w.nomination("KEN")));
            all.push(format!("/cycles/{cycle}?region=african"));
        }
        // Before publication in English; after it, in every language (the results pages
        // carry the most text a translation could break: long names, right-to-left).
        let languages: &[Lang] = if published { Lang::OFFERED } else { &[Lang::En] };
        for lang in languages {
            for (width, height) in [(1280, 900), (360, 740)] {
                b.set_window_size(width, height).await.unwrap();
                for page in &all {
                    let separator = if page.contains('?') { '&' } else { '?' };
                    b.goto(&w.app.url(&format!("{page}{separator}lang={lang}"))).await.unwrap();
                    for v in violations(b, &source).await {
                        let when = if published { " (published)" } else { "" };
                        failures.push(format!("{page} in {lang} at {width}px{when}: {v}"));
                    }
                }
            }
        }
    }
    browser.close().await;
    assert!(failures.is_empty(), "{} accessibility violation(s):\n{}", failures.len(), failures.join("\n"));
}

/// A focal point's pages, in each language at both widths: the dashboard, a new
/// nomination, a draft refused for a missing answer (errors beside their fields), the
/// account page, and an invitation's acceptance page.
#[tokio::test]
async fn every_focal_point_page_passes_wcag_2_1_aa_checks_in_all_six_languages() {
    let test = "every_focal_point_page_passes_wcag_2_1_aa_checks_in_all_six_languages";
    let Some(source) = axe::source(test) else { return };
    let Some(browser) = browser::launch(test).await else { return };
    let app = TestApp::spawn().await;
    let definition = crate::harness::example_cycle(app.now(), -1, 30);
    let definition = laurel::domain::definition::parse(&definition).unwrap();
    let actor = laurel::service::Actor::operator();
    let cycle = laurel::service::cycles::create_cycle(&app.db, &actor, None, &definition, app.now()).await.unwrap();
    app.person("focal@gov.ke", "nominator", Some("KEN"), None).await;
    let admin = app.person("secretariat@un.example", "admin", None, None).await;
    let token = app.token(&admin.email).await;
    let invite = json!({ "email": "new@gov.ke", "role": "nominator", "member_state": "KEN" });
    let invited = app.client.post(app.url("/api/v1/invitations")).bearer_auth(&token).json(&invite).send().await;
    assert_eq!(invited.unwrap().status(), 201);
    let invitation = crate::harness::link(&app.outbox_to("new@gov.ke").await[0].body_text, "/invitations/");
    let invitation = invitation.split('?').next().unwrap().to_owned();

    let b = &browser.client;
    b.goto(&app.url("/sign-in?next=/nominations")).await.unwrap();
    fill(b, "#email", "focal@gov.ke").await;
    fill(b, "#password", PASSWORD).await;
    click_and_load(b, "main form button[type=submit]").await;
    let focal = app.token("focal@gov.ke").await;
    let body = json!({ "category": "digital-transformation", "title": "Huduma Centres" });
    let url = app.url(&format!("/api/v1/cycles/{cycle}/nominations"));
    let created: Value =
        app.client.post(url).bearer_auth(&focal).json(&body).send().await.unwrap().json().await.unwrap();
    let draft = format!("/nominations/{}", created["id"].as_str().unwrap());
    // A submitted one, with its reference and printable receipt.
    let url = app.url(&format!("/api/v1/cycles/{cycle}/nominations"));
    let body = crate::harness::complete_nomination("inclusive-services");
    let created: Value =
        app.client.post(url).bearer_auth(&focal).json(&body).send().await.unwrap().json().await.unwrap();
    let submitted = format!("/nominations/{}", created["id"].as_str().unwrap());
    let done = app.client.post(app.url(&format!("/api/v1{submitted}/submit"))).bearer_auth(&focal).send().await;
    assert_eq!(done.unwrap().status(), 200);

    let mut failures = Vec::new();
    for lang in Lang::OFFERED {
        for (width, height) in [(1280, 900), (360, 740)] {
            b.set_window_size(width, height).await.unwrap();
            let pages = [
                "/nominations".to_owned(),
                format!("/cycles/{cycle}/nominations/new?category=inclusive-services"),
                draft.clone(),
                submitted.clone(),
                format!("{submitted}/receipt"),
                "/account".to_owned(),
            ];
            for page in &pages {
                let separator = if page.contains('?') { '&' } else { '?' };
                b.goto(&app.url(&format!("{page}{separator}lang={lang}"))).await.unwrap();
                if page == &draft {
                    // Refused for the missing answers: the errors stand beside their fields.
                    click_and_load(b, "button[value=submit]").await;
                    assert!(!b.find_all(fantoccini::Locator::Css(".field-error")).await.unwrap().is_empty());
                }
                for v in violations(b, &source).await {
                    failures.push(format!("{page} in {lang} at {width}px: {v}"));
                }
            }
        }
    }
    // The acceptance page, signed out.
    b.delete_all_cookies().await.unwrap();
    for lang in Lang::OFFERED {
        b.goto(&format!("{invitation}?lang={lang}")).await.unwrap();
        for v in violations(b, &source).await {
            failures.push(format!("the invitation in {lang}: {v}"));
        }
    }
    browser.close().await;
    assert!(failures.is_empty(), "{} accessibility violation(s):\n{}", failures.len(), failures.join("\n"));
}

/// The secretariat's pages for the trail, the outbox and a cycle's entries, at both widths, in English and
/// in Arabic (right to left).
#[tokio::test]
async fn the_secretariats_audit_and_email_pages_pass_wcag_2_1_aa_checks() {
    let test = "the_secretariats_audit_and_email_pages_pass_wcag_2_1_aa_checks";
    let Some(source) = axe::source(test) else { return };
    let Some(browser) = browser::launch(test).await else { return };
    let app = TestApp::spawn().await;
    let admin = app.person("secretariat@un.example", "admin", None, None).await;
    let token = app.token(&admin.email).await;
    let invite = json!({ "email": "new@gov.ke", "role": "nominator", "member_state": "KEN" });
    let invited = app.client.post(app.url("/api/v1/invitations")).bearer_auth(&token).json(&invite).send().await;
    assert_eq!(invited.unwrap().status(), 201);
    let email = app.outbox_to("new@gov.ke").await[0].id;
    let definition = crate::harness::example_cycle(app.now(), -1, 30);
    let definition = laurel::domain::definition::parse(&definition).unwrap();
    let actor = laurel::service::Actor::operator();
    let cycle = laurel::service::cycles::create_cycle(&app.db, &actor, None, &definition, app.now()).await.unwrap();
    let copied = app
        .client
        .post(app.url(&format!("/api/v1/cycles/{cycle}/copy")))
        .bearer_auth(&token)
        .json(&json!({}))
        .send()
        .await;
    let draft = copied.unwrap().json::<serde_json::Value>().await.unwrap()["id"].as_str().unwrap().to_owned();
    let focal_point = app.person("focal@gov.ke", "nominator", Some("KEN"), None).await;
    let focal = app.token("focal@gov.ke").await;
    let body = json!({ "category": "digital-transformation", "title": "Huduma Centres" });
    let url = app.url(&format!("/api/v1/cycles/{cycle}/nominations"));
    let created = app.client.post(url).bearer_auth(&focal).json(&body).send().await.unwrap();
    assert_eq!(created.status(), 201);
    let nomination = created.json::<serde_json::Value>().await.unwrap()["id"].as_str().unwrap().to_owned();

    let b = &browser.client;
    b.goto(&app.url("/sign-in")).await.unwrap();
    fill(b, "#email", &admin.email).await;
    fill(b, "#password", PASSWORD).await;
    click_and_load(b, "main form button[type=submit]").await;
    let mut failures = Vec::new();
    for lang in [Lang::En, Lang::Ar] {
        for (width, height) in [(1280, 900), (360, 740)] {
            b.set_window_size(width, height).await.unwrap();
            for page in [
                "/admin/audit".to_owned(),
                "/admin/outbox".to_owned(),
                format!("/admin/email/{email}"),
                format!("/admin/cycles/{cycle}/nominations"),
                format!("/admin/cycles/{cycle}"),
                format!("/admin/nominations/{nomination}"),
                "/admin/people".to_owned(),
                "/admin/people/bulk".to_owned(),
                "/admin/invitations".to_owned(),
                format!("/admin/people/{}/deactivate", focal_point.id),
                "/admin/cycles/new".to_owned(),
                format!("/admin/cycles/{draft}/edit"),
                format!("/admin/cycles/{cycle}/edit"),
                format!("/admin/cycles/{draft}/preview"),
                format!("/admin/cycles/{draft}/preview?stage=experts"),
            ] {
                let join = if page.contains('?') { '&' } else { '?' };
                b.goto(&app.url(&format!("{page}{join}lang={lang}"))).await.unwrap();
                for v in violations(b, &source).await {
                    failures.push(format!("{page} in {lang} at {width}px: {v}"));
                }
            }
        }
    }
    browser.close().await;
    assert!(failures.is_empty(), "{} accessibility violation(s):\n{}", failures.len(), failures.join("\n"));
}
