//! Flows people click through, in a real headless Chromium: the landing page at desktop
//! and phone widths, and an invitation from the secretariat's page to a first sign-out.

use fantoccini::{Client, Locator};
use laurel::clock::Clock as _;

use crate::harness::browser::{click, click_and_load, fill, sign_in, text, wait_for_new_page};
use crate::harness::{PASSWORD, TestApp, browser, link};

#[tokio::test]
async fn a_visitor_finds_the_open_call_and_its_deadline_on_desktop_and_phone() {
    let Some(browser) = browser::launch("a_visitor_finds_the_open_call_and_its_deadline_on_desktop_and_phone").await
    else {
        return;
    };
    let app = TestApp::spawn().await;
    laurel::demo::seed(&app.db, &app.url("/"), app.clock.now()).await.unwrap();
    let b = &browser.client;

    for (width, height) in [(1280, 900), (360, 740)] {
        b.set_window_size(width, height).await.unwrap();
        b.goto(&app.url("/")).await.unwrap();
        assert_eq!(b.title().await.unwrap(), "Public-service awards · Laurel");
        let card = b.find(Locator::Css("section[aria-labelledby=open-title] li.card")).await.unwrap();
        let text = card.text().await.unwrap();
        assert!(
            text.contains("Public Sector Innovation Awards 2027") && text.contains("12 days left"),
            "{width}px: {text}"
        );

        // Nothing scrolls sideways on a phone.
        assert_no_sideways_scroll(b, width).await;

        // The categories open without JavaScript, as a native disclosure.
        b.find(Locator::Css("section[aria-labelledby=open-title] summary")).await.unwrap().click().await.unwrap();
        let categories =
            b.find(Locator::Css("section[aria-labelledby=open-title] details ul")).await.unwrap().text().await.unwrap();
        assert!(categories.contains("Climate-resilient public services"), "{categories}");
    }

    // The skip link is the first thing a keyboard reaches.
    b.goto(&app.url("/")).await.unwrap();
    let first = b
        .execute("document.body.focus(); return document.querySelector('a.skip').getAttribute('href');", vec![])
        .await
        .unwrap();
    assert_eq!(first.as_str(), Some("#main"));
    browser.close().await;
}

#[tokio::test]
async fn an_invited_person_accepts_signs_in_and_signs_out_in_a_browser() {
    let Some(browser) = browser::launch("an_invited_person_accepts_signs_in_and_signs_out_in_a_browser").await else {
        return;
    };
    let app = TestApp::spawn().await;
    let admin = app.person("secretariat@un.example", "admin", None, None).await;
    let invited = "focal.point@gov.ke";
    let b = &browser.client;

    // The secretariat signs in and invites a focal point for Kenya.
    b.goto(&app.url("/sign-in")).await.unwrap();
    fill(b, "#email", &admin.email).await;
    fill(b, "#password", PASSWORD).await;
    click(b, "main form button[type=submit]").await;
    b.wait().for_element(Locator::Css("header form[action='/sign-out']")).await.unwrap();
    b.goto(&app.url("/admin/people")).await.unwrap();
    fill(b, "#invite-email", invited).await;
    b.find(Locator::Css("#invite-role")).await.unwrap().select_by_value("nominator").await.unwrap();
    b.find(Locator::Css("#invite-state")).await.unwrap().select_by_label("Kenya").await.unwrap();
    click(b, "form[action='/admin/people/invite'] button[type=submit]").await;
    let confirmation = text(b, "p.success[role=status]").await;
    assert!(confirmation.contains(&format!("An invitation is on its way to {invited}")), "{confirmation}");

    let mail = app.outbox_to(invited).await;
    assert_eq!(mail.len(), 1, "one invitation email");
    let invitation = link(&mail[0].body_text, "/invitations/");

    click(b, "header form[action='/sign-out'] button").await;
    assert_eq!(text(b, "header nav a[href='/sign-in']").await, "Sign in");

    // The focal point opens the link and first chooses a password that is too short.
    b.goto(&invitation).await.unwrap();
    assert_eq!(text(b, "main h1").await, "Accept your invitation");
    assert!(text(b, "main p").await.contains(invited));
    fill(b, "#name", "Wanjiru Kamau").await;
    fill(b, "#password", "too short").await;
    click(b, "main form button[type=submit]").await;
    // Chromium itself holds the form back (the field says minlength=12)...
    let too_short = b.execute("return document.getElementById('password').validity.tooShort;", vec![]).await.unwrap();
    assert_eq!(too_short.as_bool(), Some(true), "the browser flags the password as too short");
    assert_eq!(b.current_url().await.unwrap().as_str(), invitation, "the form was not sent");
    // ...and a browser that does not check lengths gets the same advice from the server,
    // next to the field, with the name kept.
    b.execute("document.querySelector('main form').noValidate = true;", vec![]).await.unwrap();
    click(b, "main form button[type=submit]").await;
    let error = text(b, "#password-error").await;
    assert!(error.contains("at least 12 characters"), "{error}");
    let password = b.find(Locator::Css("#password")).await.unwrap();
    assert_eq!(password.attr("aria-invalid").await.unwrap().as_deref(), Some("true"));
    assert!(password.attr("aria-describedby").await.unwrap().unwrap_or_default().contains("password-error"));
    let name = b.find(Locator::Css("#name")).await.unwrap().prop("value").await.unwrap();
    assert_eq!(name.as_deref(), Some("Wanjiru Kamau"));

    // Then a good one: the account is made and the focal point is signed in.
    fill(b, "#password", "quiet harbour lamp violet").await;
    click(b, "main form button[type=submit]").await;
    let welcome = text(b, "p.success[role=status]").await;
    assert!(welcome.contains("Welcome to Laurel, Wanjiru Kamau"), "{welcome}");
    assert_eq!(b.current_url().await.unwrap().path(), "/account");
    let facts = b.find(Locator::Css("dl.facts")).await.unwrap().text().await.unwrap();
    assert!(facts.contains("Focal point (nominator)") && facts.contains("Kenya"), "{facts}");
    assert!(facts.contains(invited), "{facts}");

    click(b, "header form[action='/sign-out'] button").await;
    assert_eq!(text(b, "header nav a[href='/sign-in']").await, "Sign in");
    let nav = text(b, "header nav").await;
    assert!(!nav.contains("Wanjiru Kamau") && !nav.contains("Sign out"), "{nav}");

    // The link works once.
    b.goto(&invitation).await.unwrap();
    let page = text(b, "main").await;
    assert!(page.contains("This link has already been used"), "{page}");
    assert!(b.find_all(Locator::Css("#password")).await.unwrap().is_empty(), "no form to accept again");
    browser.close().await;
}

#[tokio::test]
async fn a_focal_point_saves_a_draft_with_malformed_answers_fixes_every_problem_at_once_and_submits_on_desktop_and_phone()
 {
    let test = "a_focal_point_saves_a_draft_with_malformed_answers_fixes_every_problem_at_once_and_submits_on_desktop_and_phone";
    let Some(browser) = browser::launch(test).await else {
        return;
    };
    let app = TestApp::spawn().await;
    let definition = crate::harness::example_cycle(app.now(), -1, 30);
    let definition = laurel::domain::definition::parse(&definition).unwrap();
    let actor = laurel::service::Actor::operator();
    laurel::service::cycles::create_cycle(&app.db, &actor, None, &definition, app.now()).await.unwrap();
    app.person("focal@gov.ke", "nominator", Some("KEN"), None).await;
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("Huduma plan.pdf");
    std::fs::write(&pdf, crate::attachments::PDF).unwrap();
    // One byte past the server's limit: refused on the form, before it is sent.
    let scan = dir.path().join("scan.pdf");
    std::fs::write(&scan, vec![b'%'; 10 * 1024 * 1024 + 1]).unwrap();
    let shots = std::env::var_os("LAUREL_SCREENSHOTS").map(std::path::PathBuf::from);
    let b = &browser.client;

    b.goto(&app.url("/sign-in?next=/nominations")).await.unwrap();
    fill(b, "#email", "focal@gov.ke").await;
    fill(b, "#password", PASSWORD).await;
    click_and_load(b, "main form button[type=submit]").await;
    assert_eq!(text(b, "main h1").await, "Nominations of Kenya");

    for ((width, height), category, title) in
        [((360, 740), "digital-transformation", "Huduma Centres"), ((1280, 900), "inclusive-services", "Ajira Digital")]
    {
        b.set_window_size(width, height).await.unwrap();
        b.goto(&app.url("/nominations")).await.unwrap();
        click_and_load(b, &format!("a[href$='category={category}']")).await;
        assert_eq!(text(b, "main h1").await, "New nomination");

        // A website without its scheme and a number in words: the draft saves itself
        // anyway, and the address becomes its own.
        fill(b, "#f-answers-website", "huduma.go.ke").await;
        fill(b, "#f-answers-beneficiaries", "about 9 million").await;
        b.wait()
            .for_element(Locator::XPath("//*[@id='autosave-status'][contains(., 'Draft saved')]"))
            .await
            .unwrap_or_else(|e| panic!("{width}px: autosave did not report: {e}"));
        let address = b.current_url().await.unwrap();
        assert!(address.path().starts_with("/nominations/"), "{width}px: {address}");
        let checklist = text(b, "#checklist").await;
        assert!(checklist.contains("Website") && checklist.contains("https://"), "{width}px: {checklist}");

        // The connection drops while the title is typed, and the tab is reloaded: the
        // copy kept on the device comes back and is saved.
        b.execute("window.fetch = () => Promise.reject(new TypeError('offline'));", vec![]).await.unwrap();
        fill(b, "#f-title", title).await;
        b.wait()
            .for_element(Locator::XPath("//*[@id='autosave-status'][contains(., 'connection dropped')]"))
            .await
            .unwrap_or_else(|e| panic!("{width}px: no word of the dropped connection: {e}"));
        b.refresh().await.unwrap();
        b.wait()
            .for_element(Locator::XPath("//*[@id='autosave-status'][contains(., 'Draft saved')]"))
            .await
            .unwrap_or_else(|e| panic!("{width}px: the kept copy was not saved: {e}"));
        let kept = b.find(Locator::Css("#f-title")).await.unwrap().prop("value").await.unwrap();
        assert_eq!(kept.as_deref(), Some(title), "{width}px: what was typed before the reload is back");

        fill(b, "#f-institution", "Ministry of Public Service").await;
        fill(b, "#f-summary", "One-stop centres for government services.").await;
        fill(b, "#f-answers-problem", "People travelled for days to reach a public office.").await;
        fill(b, "#f-answers-solution", "One front door for many ministries' services.").await;
        b.find(Locator::Css("#f-answers-sdgs"))
            .await
            .unwrap()
            .select_by_label("SDG 16: Peace, justice and strong institutions")
            .await
            .unwrap();
        // Date pickers take keystrokes in the browser's locale; set the value as a picker would.
        b.execute("document.getElementById('f-answers-operational-since').value = '2015-11-01';", vec![])
            .await
            .unwrap();
        // The button saves too, malformed answers and all.
        click_and_load(b, "button[value=save]").await;
        assert!(text(b, "p.success").await.contains("saved"), "{width}px");
        let website = b.find(Locator::Css("#f-answers-website")).await.unwrap().prop("value").await.unwrap();
        assert_eq!(website.as_deref(), Some("huduma.go.ke"), "{width}px");
        assert!(text(b, "#f-answers-beneficiaries-todo").await.contains("a number"), "{width}px");

        // A file too large is refused beside its field before anything is sent.
        b.find(Locator::Css("#f-file")).await.unwrap().send_keys(scan.to_str().unwrap()).await.unwrap();
        let refused = text(b, "#f-file-error").await;
        assert!(refused.contains("scan.pdf") && refused.contains("10.0 MiB"), "{width}px: {refused}");
        let chosen = b.execute("return document.getElementById('f-file').files.length;", vec![]).await.unwrap();
        assert_eq!(chosen, serde_json::json!(0), "{width}px: the file is not sent");

        // Submitting lists every problem at once, and the summary takes the focus; the
        // file chosen with it is attached.
        b.find(Locator::Css("#f-file")).await.unwrap().send_keys(pdf.to_str().unwrap()).await.unwrap();
        click_and_load(b, "button[value=submit]").await;
        let summary: Vec<String> = {
            let mut found = Vec::new();
            for item in b.find_all(Locator::Css("#problems li a")).await.unwrap() {
                found.push(item.text().await.unwrap());
            }
            found
        };
        assert_eq!(summary.len(), 3, "{width}px: impact, beneficiaries and website at once: {summary:?}");
        assert!(summary[0].trim_start_matches('\u{2068}').starts_with("What changed"), "{width}px: {summary:?}");
        let focused = b.execute("return document.activeElement.id;", vec![]).await.unwrap();
        assert_eq!(focused, serde_json::json!("problems"), "{width}px: the summary has the focus");
        assert_eq!(text(b, "#f-answers-impact-error").await, "required before submitting", "{width}px");
        assert_eq!(text(b, "ul.files a").await, "Huduma plan.pdf", "{width}px: attached, not dropped");
        if let Some(dir) = &shots {
            shoot(b, width, dir, &format!("nomination-refused-{category}")).await;
        }
        assert_no_sideways_scroll(b, width).await;

        fill(b, "#f-answers-impact", "Waiting times fell by two thirds.").await;
        fill(b, "#f-answers-website", "https://huduma.go.ke").await;
        fill(b, "#f-answers-beneficiaries", "9,000,000").await;
        click_and_load(b, "button[value=submit]").await;

        assert_eq!(text(b, "#status").await, "Submitted", "{width}px");
        assert!(text(b, "p.success[role=status]").await.contains("submitted"));
        assert_eq!(text(b, "ul.files a").await, "Huduma plan.pdf", "{width}px");
        let reference = text(b, "#reference").await;
        assert!(reference.starts_with("KEN-") && reference.len() == 7, "{width}px: {reference}");
        assert!(text(b, "#submitted-at").await.contains("20"), "{width}px: the time of submission");
        assert_no_sideways_scroll(b, width).await;
        click_and_load(b, "a[href$='/receipt']").await;
        assert!(text(b, "main h1").await.contains(&reference), "{width}px");
        if let Some(dir) = &shots {
            shoot(b, width, dir, &format!("receipt-{category}")).await;
        }
    }

    b.goto(&app.url("/nominations")).await.unwrap();
    let quotas = text(b, "main").await;
    assert_eq!(quotas.matches("1 of 2").count(), 2, "one submitted in each of the two categories: {quotas}");
    browser.close().await;
}

/// The whole page at `width`, however long, for a person to look at.
pub(crate) async fn shoot(b: &Client, width: u32, dir: &std::path::Path, name: &str) {
    let (_, height) = b.get_window_size().await.unwrap();
    let tall = b.execute("return document.documentElement.scrollHeight;", vec![]).await.unwrap();
    let tall = u32::try_from(tall.as_u64().unwrap_or(900)).unwrap_or(900).clamp(200, 8000);
    b.set_window_size(width, tall + 140).await.unwrap();
    std::fs::write(dir.join(format!("{name}-{width}.png")), b.screenshot().await.unwrap()).unwrap();
    b.set_window_size(width, u32::try_from(height).unwrap_or(900)).await.unwrap();
}

async fn assert_no_sideways_scroll(b: &Client, width: u32) {
    let overflow = b
        .execute("return document.documentElement.scrollWidth - document.documentElement.clientWidth;", vec![])
        .await
        .unwrap();
    if overflow.as_i64() != Some(0) {
        let culprits = b
            .execute(
                "const w = document.documentElement.clientWidth;
                 return [...document.querySelectorAll('body *')]
                   .filter(e => e.getBoundingClientRect().right > w + 1 && !(e.parentElement && e.parentElement.closest('.table-scroll')))
                   .slice(0, 8).map(e => e.tagName + '.' + e.className + ' ' + (e.textContent || '').slice(0, 40));",
                vec![],
            )
            .await
            .unwrap();
        panic!("{width}px: the page is wider than the window by {overflow}px, past its edge: {culprits}");
    }
}

#[tokio::test]
async fn the_secretariat_and_a_juror_take_two_scoring_stages_to_the_winners_in_a_browser() {
    let Some(browser) =
        browser::launch("the_secretariat_and_a_juror_take_two_scoring_stages_to_the_winners_in_a_browser").await
    else {
        return;
    };
    let w = crate::review::World::new().await;
    w.bring_to_experts().await;
    let app = &w.app;
    let b = &browser.client;
    let experts = w.stage("experts");
    let committee = w.stage("committee");

    // The secretariat assigns the experts from the stage's page.
    sign_in(b, app, "secretariat@un.example", PASSWORD).await;
    b.goto(&app.url("/admin/cycles")).await.unwrap();
    click_and_load(b, &format!("a[href='/admin/stages/{experts}']")).await;
    assert_eq!(text(b, "main h1").await, "Evaluation by the pool of experts");
    fill(b, "#per_nomination", "3").await;
    click_and_load(b, "form[action$='/assign'] button[type=submit]").await;
    assert!(text(b, "p.success[role=status]").await.contains("Reviewers are assigned"));
    click_and_load(b, "header form[action='/sign-out'] button").await;

    // A juror opens their list, recuses from one nomination and scores the others,
    // first with a score off the scale.
    sign_in(b, app, "expert.can@uni.example", PASSWORD).await;
    b.goto(&app.url("/reviews")).await.unwrap();
    assert_eq!(text(b, ".progress").await, "0 of 3 submitted");
    click_and_load(b, "ol.to-do li:first-child a").await;
    let page = text(b, "main").await;
    assert!(page.contains("This stage is blind"), "{page}");
    for (name, _, _) in w.nominations.values() {
        assert!(!page.contains(name), "the blind page names {name}");
    }
    click(b, "details.withdraw summary").await;
    fill(b, "#reason", "I advised this ministry in 2025.").await;
    click_and_load(b, "form[action$='/recuse'] button").await;
    assert!(text(b, "p.success[role=status]").await.contains("You are recused"));
    assert_eq!(text(b, ".progress").await, "0 of 2 submitted", "the recused one no longer counts");

    for round in 0..2 {
        b.goto(&app.url("/reviews")).await.unwrap();
        let old = b.find(Locator::Css("html")).await.unwrap();
        click(b, "ol.to-do li:first-child a").await;
        wait_for_new_page(&old, "an assignment link").await;
        // The first time, two criteria are left unscored: both are named at once.
        let scored: &[&str] =
            if round == 0 { &["impact", "innovation"] } else { &["impact", "innovation", "inclusion", "transfer"] };
        for key in scored {
            click(b, &format!("#score-{key}-8")).await;
        }
        fill(b, "#comment", "Strong evidence of impact.").await;
        click_and_load(b, "button[value=submit]").await;
        if round == 0 {
            let summary = text(b, "#problems").await;
            assert!(summary.contains("These 2 things"), "{summary}");
            assert!(
                summary.contains("Leaving no one behind") && summary.contains("Transferability"),
                "each criterion named: {summary}"
            );
            let kept = b.find(Locator::Css("#comment")).await.unwrap().prop("value").await.unwrap();
            assert_eq!(kept.as_deref(), Some("Strong evidence of impact."));
            let checked = b.find(Locator::Css("#score-impact-8")).await.unwrap().prop("checked").await.unwrap();
            assert_eq!(checked.as_deref(), Some("true"), "the scores given are kept");
            for key in ["inclusion", "transfer"] {
                click(b, &format!("#score-{key}-9")).await;
            }
            click_and_load(b, "button[value=submit]").await;
        }
        assert!(text(b, "p.success[role=status]").await.contains("Your review is submitted"));
        assert!(b.find_all(Locator::Css("form.rubric")).await.unwrap().is_empty(), "read-only once submitted");
    }
    b.goto(&app.url("/reviews")).await.unwrap();
    assert_eq!(text(b, ".progress").await, "2 of 2 submitted");
    click_and_load(b, "header form[action='/sign-out'] button").await;

    // The rest of the jury scores through the API.
    w.score_everything(&experts).await;

    // The secretariat reads the ranking, is refused an override without a rationale,
    // then advances with one.
    sign_in(b, app, "secretariat@un.example", PASSWORD).await;
    b.goto(&app.url(&format!("/admin/stages/{experts}"))).await.unwrap();
    assert!(!text(b, "#reliability").await.is_empty());
    let rows = b.find_all(Locator::Css("table.ranking tbody tr")).await.unwrap();
    assert_eq!(rows.len(), 6, "six nominations ranked");
    let first_out = b
        .find(Locator::XPath(
            "//table[contains(@class,'advance')]//tr[td[@class='rule'][text()='eliminated']][1]//select",
        ))
        .await
        .unwrap();
    let select_id = first_out.attr("id").await.unwrap().unwrap();
    let nomination = select_id.trim_start_matches("o-").to_owned();
    first_out.select_by_value("advanced").await.unwrap();
    click_and_load(b, "button[name=confirm][value='1']").await;
    assert!(text(b, "#problems").await.contains("needs a written rationale"));
    let kept = b.find(Locator::Css(&format!("#o-{nomination}"))).await.unwrap().prop("value").await.unwrap();
    assert_eq!(kept.as_deref(), Some("advanced"), "the override is kept on the refused form");
    fill(b, &format!("#r-{nomination}"), "The only entry from its region.").await;
    click_and_load(b, "button[name=confirm][value='1']").await;
    assert!(text(b, "p.success[role=status]").await.contains("The stage is closed"));
    assert_eq!(text(b, "#stage-status").await, "closed");

    // The committee: assigned and scored through the API, decided in the browser.
    let (status, body) = w
        .post(
            &w.admin,
            &format!("/api/v1/stages/{committee}/assignments"),
            serde_json::json!({ "auto": { "per_nomination": 2 } }),
        )
        .await;
    assert_eq!(status, 201, "{body}");
    w.score_everything(&committee).await;
    b.goto(&app.url(&format!("/admin/stages/{committee}"))).await.unwrap();
    assert_eq!(text(b, "#advance-title").await, "Decide the awards");
    click_and_load(b, "button[name=confirm][value='1']").await;
    assert!(b.find_all(Locator::Css("#problems")).await.unwrap().is_empty(), "the committee's ranking decides alone");
    assert_eq!(text(b, "#stage-status").await, "closed");
    let (_, cycle) = w.get(&w.admin, &format!("/api/v1/cycles/{}", w.cycle["id"].as_str().unwrap())).await;
    assert_eq!(cycle["phase"], "decided");
    let (_, winners) = w.get(&w.admin, "/api/v1/nominations?status=winner").await;
    assert_eq!(winners["items"].as_array().unwrap().len(), 1, "gender-responsive has one winner");
    browser.close().await;
}

/// The part of a message before the placeable `marker` stands in for, trimmed: what a
/// script's sentence starts with whatever it fills in.
fn before(message: &str, marker: &str) -> String {
    message.split(marker).next().unwrap_or_default().trim().to_owned()
}

/// The focal point's whole journey (sign in, draft, a refused submission, attach,
/// submit, the receipt) in Arabic on a phone and in Russian on a desktop: every word
/// from the catalogue, the Arabic page laid out right to left, nothing wider than the
/// window.
#[tokio::test]
async fn a_focal_point_nominates_in_arabic_on_a_phone_and_in_russian_on_a_desktop() {
    use laurel::i18n::Lang;
    let test = "a_focal_point_nominates_in_arabic_on_a_phone_and_in_russian_on_a_desktop";
    let Some(browser) = browser::launch(test).await else { return };
    let app = TestApp::spawn().await;
    let definition = crate::harness::example_cycle(app.clock.now(), -1, 30);
    let definition = laurel::domain::definition::parse(&definition).unwrap();
    let actor = laurel::service::Actor::operator();
    laurel::service::cycles::create_cycle(&app.db, &actor, None, &definition, app.clock.now()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("خطة.pdf");
    std::fs::write(&pdf, crate::attachments::PDF).unwrap();
    let b = &browser.client;
    let shots = std::env::var_os("LAUREL_SCREENSHOTS").map(std::path::PathBuf::from);

    for (lang, (width, height), email, state, title) in [
        (Lang::Ar, (360, 740), "focal@gov.eg", "EGY", "بوابة مصر الرقمية"),
        (Lang::Ru, (1280, 900), "focal@gov.uz", "UZB", "Единый портал интерактивных госуслуг"),
    ] {
        app.person(email, "nominator", Some(state), None).await;
        b.set_window_size(width, height).await.unwrap();
        b.delete_all_cookies().await.unwrap();
        b.goto(&app.url(&format!("/sign-in?lang={lang}&next=/nominations"))).await.unwrap();
        let html = b.find(Locator::Css("html")).await.unwrap();
        assert_eq!(html.attr("lang").await.unwrap().as_deref(), Some(lang.as_str()));
        assert_eq!(html.attr("dir").await.unwrap().as_deref(), Some(lang.dir()));
        assert_eq!(text(b, "main h1").await, lang.t("sign-in-title"));
        fill(b, "#email", email).await;
        fill(b, "#password", PASSWORD).await;
        click_and_load(b, "main form button[type=submit]").await;
        let heading = text(b, "main h1").await;
        assert!(
            heading.starts_with(&before(&lang.t_with("dashboard-title", &[("state", "@".into())]), "@")),
            "{heading}"
        );

        click_and_load(b, "a[href$='category=digital-transformation']").await;
        assert_eq!(text(b, "main h1").await, lang.t("nomination-new"));
        let chosen = b.find(Locator::Css("#f-language")).await.unwrap().prop("value").await.unwrap();
        assert_eq!(chosen.as_deref(), Some(lang.as_str()), "a nomination is written in the page's language by default");
        fill(b, "#f-title", title).await;
        let saved = before(&lang.t_with("autosave-saved", &[("when", "@".into())]), "@");
        b.wait()
            .for_element(Locator::XPath(&format!("//*[@id='autosave-status'][contains(., '{saved}')]")))
            .await
            .unwrap_or_else(|e| panic!("{lang}: autosave did not report: {e}"));

        fill(b, "#f-institution", "Ministry").await;
        fill(b, "#f-summary", title).await;
        fill(b, "#f-answers-problem", title).await;
        fill(b, "#f-answers-solution", title).await;
        b.find(Locator::Css("#f-answers-sdgs")).await.unwrap().select_by_index(1).await.unwrap();
        b.execute("document.getElementById('f-answers-operational-since').value = '2015-11-01';", vec![])
            .await
            .unwrap();
        click_and_load(b, "button[value=submit]").await;
        let error = text(b, "#f-answers-impact-error").await;
        assert_eq!(error, lang.t("refusal-required"), "{lang}: the refusal beside the field is in the page's language");
        assert_no_sideways_scroll(b, width).await;
        if let Some(dir) = &shots {
            std::fs::write(dir.join(format!("refused-{lang}-{width}.png")), b.screenshot().await.unwrap()).unwrap();
        }

        fill(b, "#f-answers-impact", title).await;
        b.find(Locator::Css("#f-file")).await.unwrap().send_keys(pdf.to_str().unwrap()).await.unwrap();
        click_and_load(b, "button[value=submit]").await;
        assert_eq!(text(b, "#status").await, lang.t("status-submitted"), "{lang}");
        assert_eq!(text(b, "p.success[role=status]").await, lang.t("nomination-notice-submitted"));
        assert_eq!(text(b, "ul.files a").await, "خطة.pdf", "{lang}");
        assert_no_sideways_scroll(b, width).await;
        if let Some(dir) = &shots {
            std::fs::write(dir.join(format!("submitted-{lang}-{width}.png")), b.screenshot().await.unwrap()).unwrap();
        }

        // The receipt is written to them in the language they work in.
        let receipt = app.outbox_to(email).await.pop().expect("a receipt");
        assert!(receipt.subject.contains(title), "{}", receipt.subject);
        assert!(receipt.body_text.starts_with(&lang.t("email-hello")), "{lang}: {}", receipt.body_text);
        assert!(receipt.body_html.unwrap().contains(&format!(r#"<html lang="{lang}" dir="{}">"#, lang.dir())));
    }
    browser.close().await;
}

/// The secretariat reads its cycle in a browser: the dashboard's charts with their
/// tables, the entries filtered to one regional group and the CSV of exactly those, a
/// dossier opened from a screening card and from a ranking row with its image read in
/// place, that nomination's audit trail and an email sent about it. At 1280 and 360 px,
/// with no accessibility violation on the way.
#[tokio::test]
async fn the_secretariat_reads_its_cycle_from_the_dashboard_to_a_dossier_and_a_sent_email() {
    let test = "the_secretariat_reads_its_cycle_from_the_dashboard_to_a_dossier_and_a_sent_email";
    let Some(axe) = crate::harness::axe::source(test) else { return };
    let Some(browser) = browser::launch(test).await else { return };
    let w = crate::review::World::new().await;
    let app = &w.app;
    let kenya = w.nomination("KEN").to_owned();
    let part = reqwest::multipart::Part::bytes(crate::harness::PIXEL_PNG.to_vec()).file_name("centre.png");
    let attached = app
        .client
        .post(app.url(&format!("/api/v1/nominations/{kenya}/attachments")))
        .bearer_auth(&w.nominations["KEN"].1)
        .multipart(reqwest::multipart::Form::new().part("file", part))
        .send()
        .await
        .unwrap();
    assert_eq!(attached.status(), 201);
    w.close_the_call().await;
    laurel::jobs::outbox::run(&app.state, app.now()).await.unwrap();
    let cycle = w.cycle["id"].as_str().unwrap().to_owned();
    let b = &browser.client;
    let shots = std::env::var_os("LAUREL_SCREENSHOTS").map(std::path::PathBuf::from);
    let mut failures = Vec::new();
    sign_in(b, app, "secretariat@un.example", PASSWORD).await;

    // From a screening card to the dossier.
    b.goto(&app.url(&format!("/admin/stages/{}", w.stage("screening")))).await.unwrap();
    click_and_load(b, &format!("a[href='/admin/nominations/{kenya}']")).await;
    assert_eq!(text(b, "main h1").await, "Initiative K");

    w.screen_everything().await;
    let experts = w.stage("experts");
    let (status, _) = w
        .post(
            &w.admin,
            &format!("/api/v1/stages/{experts}/assignments"),
            serde_json::json!({ "auto": { "per_nomination": 3 } }),
        )
        .await;
    assert_eq!(status, 201);
    w.score_everything(&experts).await;

    for (width, height) in [(1280, 900), (360, 740)] {
        b.set_window_size(width, height).await.unwrap();
        // The dashboard: every chart has its title, its sentence and its table.
        b.goto(&app.url(&format!("/admin/cycles/{cycle}"))).await.unwrap();
        let charts = b.find_all(Locator::Css("figure.chart")).await.unwrap();
        assert!(charts.len() >= 6, "{width}px: per day, coverage, funnel, jurors, criteria, juror scores");
        for chart in &charts {
            let title = chart.find(Locator::Css("svg > title")).await.unwrap().text().await.unwrap_or_default();
            let caption = chart.find(Locator::Css("figcaption h3")).await.unwrap().text().await.unwrap();
            let summary = chart.find(Locator::Css("figcaption p")).await.unwrap().text().await.unwrap();
            assert!(!caption.is_empty() && !summary.is_empty(), "{width}px: {caption:?} {summary:?} {title:?}");
        }
        let coverage = text(b, "#coverage-summary").await;
        assert!(coverage.starts_with("6 of 193 member states have submitted"), "{coverage}");
        let funnel = text(b, "section[aria-labelledby=funnel-section] tbody").await;
        assert!(funnel.contains("Submitted 6"), "{funnel}");
        assert_no_sideways_scroll(b, width).await;
        if let Some(dir) = &shots {
            shoot(b, width, dir, "dashboard").await;
        }
        for v in crate::accessibility::violations(b, &axe).await {
            failures.push(format!("dashboard at {width}px: {v}"));
        }
    }

    // In Arabic on a phone, the bars grow from the right and nothing is wider than the window.
    b.set_window_size(360, 740).await.unwrap();
    b.goto(&app.url(&format!("/admin/cycles/{cycle}?lang=ar"))).await.unwrap();
    assert_eq!(text(b, "#coverage-title").await, laurel::i18n::Lang::Ar.t("admin-chart-coverage-title"));
    assert_no_sideways_scroll(b, 360).await;
    if let Some(dir) = &shots {
        shoot(b, 360, dir, "dashboard-ar").await;
    }
    for v in crate::accessibility::violations(b, &axe).await {
        failures.push(format!("dashboard in Arabic at 360px: {v}"));
    }
    b.set_window_size(1280, 900).await.unwrap();
    b.goto(&app.url(&format!("/admin/cycles/{cycle}?lang=en"))).await.unwrap();

    // The entries of one regional group, and the CSV of exactly those.
    b.goto(&app.url(&format!("/admin/cycles/{cycle}/nominations"))).await.unwrap();
    b.find(Locator::Css("#region")).await.unwrap().select_by_value("african").await.unwrap();
    click_and_load(b, "form.filters-form button[type=submit]").await;
    let mut shown = Vec::new();
    for row in b.find_all(Locator::Css("tbody tr td:first-child a")).await.unwrap() {
        shown.push(row.text().await.unwrap());
    }
    shown.sort();
    assert_eq!(shown, ["Initiative K", "Initiative N"]);
    let csv = b.find(Locator::Css("a[download]")).await.unwrap().attr("href").await.unwrap().unwrap();
    let cookies = b.get_all_cookies().await.unwrap();
    let cookie = cookies.iter().map(|c| format!("{}={}", c.name(), c.value())).collect::<Vec<_>>().join("; ");
    let body =
        reqwest::Client::new().get(app.url(&csv)).header("cookie", cookie).send().await.unwrap().text().await.unwrap();
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    let title = reader.headers().unwrap().iter().position(|h| h == "title").unwrap();
    let mut downloaded: Vec<String> = reader.records().map(|r| r.unwrap()[title].to_owned()).collect();
    downloaded.sort();
    assert_eq!(downloaded, shown, "the CSV holds the rows the page shows");
    if let Some(dir) = &shots {
        shoot(b, 1280, dir, "entries").await;
    }

    // From a ranking row to the dossier; its image shows in the page.
    b.goto(&app.url(&format!("/admin/stages/{experts}"))).await.unwrap();
    click_and_load(b, &format!("a[href='/admin/nominations/{kenya}']")).await;
    assert_eq!(text(b, "main h1").await, "Initiative K");
    let decoded = b
        .execute(
            "const i = document.querySelector('.attachment-preview img'); return i.complete && i.naturalWidth;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(decoded.as_i64(), Some(1), "the image is read in place");
    for (width, height) in [(1280, 900), (360, 740)] {
        b.set_window_size(width, height).await.unwrap();
        b.refresh().await.unwrap();
        assert_no_sideways_scroll(b, width).await;
        if let Some(dir) = &shots {
            shoot(b, width, dir, "dossier").await;
        }
        for v in crate::accessibility::violations(b, &axe).await {
            failures.push(format!("dossier at {width}px: {v}"));
        }
    }

    // The nomination's audit trail.
    click_and_load(b, &format!("a[href='/admin/audit?subject={kenya}']")).await;
    let trail = text(b, "main table tbody").await;
    assert!(trail.contains("nomination.submitted") && trail.contains("nomination.screened"), "{trail}");

    // An email sent about it, as sent.
    b.back().await.unwrap();
    let receipt = app.outbox_to("focal@ken.example").await.into_iter().next().unwrap();
    assert_eq!(receipt.status, "sent");
    click_and_load(b, &format!("a[href='/admin/email/{}']", receipt.id)).await;
    assert_eq!(text(b, "main h1").await, receipt.subject);
    assert!(text(b, "pre.email-text").await.contains("Initiative K"));
    for width in [360, 1280] {
        b.set_window_size(width, 740).await.unwrap();
        b.goto(&app.url("/admin/outbox")).await.unwrap();
        assert_no_sideways_scroll(b, width).await;
        if let Some(dir) = &shots {
            shoot(b, width, dir, "outbox").await;
        }
    }
    browser.close().await;
    assert!(failures.is_empty(), "{} accessibility violation(s):\n{}", failures.len(), failures.join("\n"));
}

#[tokio::test]
async fn the_secretariat_invites_a_list_of_thirty_then_revokes_one_and_resends_another() {
    let test = "the_secretariat_invites_a_list_of_thirty_then_revokes_one_and_resends_another";
    let Some(browser) = browser::launch(test).await else { return };
    let sink = crate::harness::smtp::SmtpSink::start();
    let mail = laurel::config::MailUrl::parse(&sink.url()).unwrap();
    let app = TestApp::spawn_with(move |s| s.mail_url = mail).await;
    let admin = app.person("secretariat@un.example", "admin", None, None).await;
    let b = &browser.client;
    sign_in(b, &app, &admin.email, PASSWORD).await;

    // Thirty people as a spreadsheet would give them, two of them wrong.
    let states = ["Kenya", "Brazil", "France", "India", "Chile", "Ghana", "Japan", "Peru", "Egypt", "Nepal"];
    let mut good: Vec<String> = (0..28)
        .map(|i| {
            if i < 10 {
                format!("Focal Point {i},focal{i}@gov.example,focal point,{},", states[i])
            } else {
                format!("Juror {i},juror{i}@uni.example,juror,,{}", states[i % 10])
            }
        })
        .collect();
    let mut list = vec!["name,email,role,member_state,nationality".to_owned()];
    list.extend(good.iter().take(14).cloned());
    list.push("No Address,not-an-address,juror,,".to_owned());
    list.extend(good.iter().skip(14).cloned());
    list.push("Somebody,somebody@gov.example,focal point,Atlantis,".to_owned());

    b.goto(&app.url("/admin/people/bulk")).await.unwrap();
    fill(b, "#list", &list.join("\n")).await;
    click_and_load(b, "button[value=preview]").await;
    let summary = text(b, "section[aria-labelledby=preview-title] p.alert").await;
    assert!(summary.starts_with("2 of 30 rows need correcting"), "{summary}");
    let refused = b.find_all(Locator::Css("tr.refused")).await.unwrap();
    assert_eq!(refused.len(), 2);
    let first = refused[0].text().await.unwrap();
    assert!(first.contains("16") && first.contains("Email:") && first.contains("not-an-address"), "{first}");
    let second = refused[1].text().await.unwrap();
    assert!(second.contains("31") && second.contains("Member state:") && second.contains("Atlantis"), "{second}");
    assert!(b.find(Locator::Css("button[value=send]")).await.is_err(), "nothing can be sent while rows are refused");
    let kept = b.find(Locator::Css("#list")).await.unwrap().prop("value").await.unwrap().unwrap_or_default();
    assert_eq!(kept.lines().count(), 31, "the list is kept as typed");
    if let Some(dir) = std::env::var_os("LAUREL_SCREENSHOTS") {
        for width in [1280, 360] {
            shoot(b, width, std::path::Path::new(&dir), "people-bulk-preview").await;
        }
    }

    // The list without its two bad rows goes out: twenty-eight emails.
    good.insert(0, "name,email,role,member_state,nationality".to_owned());
    fill(b, "#list", &good.join("\n")).await;
    click_and_load(b, "button[value=preview]").await;
    assert!(text(b, "section[aria-labelledby=preview-title] p[role=status]").await.contains("All 28 people"));
    click_and_load(b, "button[value=send]").await;
    let sent = text(b, "p.success[role=status]").await;
    assert!(sent.starts_with("28 invitations are on their way"), "{sent}");
    laurel::jobs::outbox::run(&app.state, app.now()).await.unwrap();
    let invited = sink.messages().into_iter().filter(|m| m.subject.starts_with("You are invited")).count();
    assert_eq!(invited, 28);
    let kenya = sink.messages_to("focal0@gov.example");
    assert!(kenya[0].subject.contains("Kenya"), "{}", kenya[0].subject);

    // One is revoked: its link then refuses, saying why.
    b.goto(&app.url("/admin/invitations?status=pending")).await.unwrap();
    assert_eq!(b.find_all(Locator::Css("tbody tr")).await.unwrap().len(), 28);
    click_and_load(b, "button[aria-label='Revoke the invitation to focal1@gov.example']").await;
    assert!(text(b, "p.success[role=status]").await.contains("focal1@gov.example is revoked"));
    let revoked_link = link(&sink.messages_to("focal1@gov.example")[0].text, "/invitations/");
    let refused = app.client.get(&revoked_link).send().await.unwrap();
    assert_eq!(refused.status(), 409);
    assert!(refused.text().await.unwrap().contains("This invitation was withdrawn"));

    // Another is resent: a second email, and only its link works.
    b.goto(&app.url("/admin/invitations?status=pending")).await.unwrap();
    click_and_load(b, "button[aria-label='Resend the invitation to juror12@uni.example']").await;
    laurel::jobs::outbox::run(&app.state, app.now()).await.unwrap();
    let juror = sink.messages_to("juror12@uni.example");
    assert_eq!(juror.len(), 2, "a second email with a new link");
    let (old, new) = (link(&juror[0].text, "/invitations/"), link(&juror[1].text, "/invitations/"));
    assert_ne!(old, new);
    assert_eq!(app.client.get(&old).send().await.unwrap().status(), 404, "the first link no longer works");
    assert_eq!(app.client.get(&new).send().await.unwrap().status(), 200);
    let actions = app.audit_actions().await;
    assert!(actions.iter().any(|a| a == "invitation.revoked") && actions.iter().any(|a| a == "invitation.resent"));
    if let Some(dir) = std::env::var_os("LAUREL_SCREENSHOTS") {
        for width in [1280, 360] {
            shoot(b, width, std::path::Path::new(&dir), "invitations").await;
        }
        b.goto(&app.url("/admin/people")).await.unwrap();
        for width in [1280, 360] {
            shoot(b, width, std::path::Path::new(&dir), "people").await;
        }
    }
    browser.close().await;
}

/// Fills the words of `path` in each of the example cycle's six languages.
async fn fill_words(b: &Client, path_id: &str, words: &str) {
    for lang in ["en", "ar", "zh", "fr", "ru", "es"] {
        fill(b, &format!("#{path_id}-{lang}"), &format!("{words} ({lang})")).await;
    }
}

#[tokio::test]
async fn the_secretariat_copies_last_years_cycle_changes_it_previews_the_form_and_downloads_what_imports_again() {
    let test = "the_secretariat_copies_last_years_cycle_changes_it_previews_the_form_and_downloads_what_imports_again";
    let Some(browser) = browser::launch(test).await else { return };
    let app = TestApp::spawn().await;
    let admin = app.person("secretariat@un.example", "admin", None, None).await;
    let definition = laurel::domain::definition::parse(&crate::harness::example_cycle(app.now(), -30, -1)).unwrap();
    let actor = laurel::service::Actor::operator();
    laurel::service::cycles::create_cycle(&app.db, &actor, None, &definition, app.now()).await.unwrap();
    let b = &browser.client;
    sign_in(b, &app, &admin.email, PASSWORD).await;

    // Last year's cycle, copied into next year's draft.
    b.goto(&app.url("/admin/cycles")).await.unwrap();
    click_and_load(b, "a[href='/admin/cycles/new']").await;
    fill(b, "#copy-year", &(definition.year + 1).to_string()).await;
    click_and_load(b, "button[value=copy]").await;
    assert!(text(b, "p.success[role=status]").await.contains("The copy was created as a draft"));
    let edit = b.current_url().await.unwrap();
    let id = edit.path().trim_start_matches("/admin/cycles/").trim_end_matches("/edit").to_owned();

    // A quota changes; a question with a list of choices and a criterion with described
    // points of its scale are added, each through the plain form.
    fill(b, "#d-categories-0--max_per_state", "3").await;
    click_and_load(b, "button[value='add:questions']").await;
    assert_eq!(
        b.find(Locator::Css("#d-categories-0--max_per_state")).await.unwrap().prop("value").await.unwrap().as_deref(),
        Some("3"),
        "what was typed is kept"
    );
    let focused = b.active_element().await.unwrap().attr("id").await.unwrap();
    assert_eq!(focused.as_deref(), Some("d-questions-7--key"), "the page opens at the question just added");
    fill(b, "#d-questions-7--key", "channel").await;
    fill_words(b, "d-questions-7--label", "Main channel of delivery").await;
    b.find(Locator::Css("#d-questions-7--kind")).await.unwrap().select_by_value("choice").await.unwrap();
    click_and_load(b, "button[value='add:stages[1].criteria']").await;
    fill(b, "#d-stages-1--criteria-4--key", "sustainability").await;
    fill_words(b, "d-stages-1--criteria-4--label", "Sustainability").await;
    fill(b, "#d-stages-1--criteria-4--weight", "heavy").await;
    click_and_load(b, "button[value='add:stages[1].criteria[4].levels']").await;
    fill(b, "#d-stages-1--criteria-4--levels-0--score", "0").await;
    fill_words(b, "d-stages-1--criteria-4--levels-0--label", "No plan beyond the pilot").await;
    click_and_load(b, "button[value='add:stages[1].criteria[4].levels']").await;
    fill(b, "#d-stages-1--criteria-4--levels-1--score", "10").await;
    fill_words(b, "d-stages-1--criteria-4--levels-1--label", "Funded in the national budget").await;

    // Saving names both problems at once, each beside its field, and keeps what was typed.
    click_and_load(b, "button[value=save]").await;
    let summary = text(b, "#problems").await;
    assert!(summary.starts_with("2 problems keep this from being saved"), "{summary}");
    let weight = text(b, "#d-stages-1--criteria-4--weight-error").await;
    assert!(weight.contains("Write a number"), "{weight}");
    let choices = text(b, "#d-questions-7--choices .field-error").await;
    assert!(!choices.is_empty(), "the missing choices are named beside them");
    let typed = b.find(Locator::Css("#d-stages-1--criteria-4--weight")).await.unwrap().prop("value").await.unwrap();
    assert_eq!(typed.as_deref(), Some("heavy"));
    if let Some(dir) = std::env::var_os("LAUREL_SCREENSHOTS") {
        for width in [1280, 360] {
            shoot(b, width, std::path::Path::new(&dir), "setup-refused").await;
        }
    }
    fill(b, "#d-stages-1--criteria-4--weight", "15").await;
    fill_words(b, "d-questions-7--choices-0-", "Service centres").await;
    fill_words(b, "d-questions-7--choices-1-", "Mobile phones").await;
    click_and_load(b, "button[value=save]").await;
    assert!(text(b, "p.success[role=status]").await.starts_with("Saved."));
    let diff = text(b, "pre.diff").await;
    assert!(diff.contains("max_per_state = 3") && diff.contains("Funded in the national budget (en)"), "{diff}");
    if let Some(dir) = std::env::var_os("LAUREL_SCREENSHOTS") {
        for width in [1280, 360] {
            shoot(b, width, std::path::Path::new(&dir), "setup-saved").await;
        }
    }

    // The focal point's form, before the call opens, carries the new question.
    click_and_load(b, "a[href$='/preview']").await;
    let question = text(b, "label[for='f-answers-channel']").await;
    assert!(question.contains("Main channel of delivery (en)"), "{question}");
    let choices = b.find(Locator::Css("#f-answers-channel")).await.unwrap().html(false).await.unwrap();
    assert!(choices.contains("Mobile phones (en)"), "{choices}");
    assert!(b.find(Locator::Css("button[value=submit][disabled]")).await.is_ok(), "a preview sends nothing");
    if let Some(dir) = std::env::var_os("LAUREL_SCREENSHOTS") {
        for width in [1280, 360] {
            shoot(b, width, std::path::Path::new(&dir), "setup-preview-form").await;
        }
    }
    click_and_load(b, "a[href$='?stage=experts']").await;
    let levels = text(b, "#score-sustainability-levels").await;
    assert!(levels.contains("No plan beyond the pilot (en)") && levels.contains("10"), "{levels}");
    if let Some(dir) = std::env::var_os("LAUREL_SCREENSHOTS") {
        for width in [1280, 360] {
            shoot(b, width, std::path::Path::new(&dir), "setup-preview-rubric").await;
        }
    }

    // The TOML the page offers imports elsewhere to the same cycle.
    b.goto(edit.as_ref()).await.unwrap();
    let href = b.find(Locator::Css("a[download]")).await.unwrap().attr("href").await.unwrap().unwrap();
    assert_eq!(href, format!("/admin/cycles/{id}/definition.toml"));
    let web = app.browser_session(&admin.email).await;
    let file = web.get(&href).await.text().await.unwrap();
    let imported = laurel::domain::definition::parse_toml(&file).expect("the download imports");
    let token = app.token(&admin.email).await;
    let definition_of = |app: &TestApp, token: String, id: String| {
        let request = app.client.get(app.url(&format!("/api/v1/cycles/{id}/definition"))).bearer_auth(token);
        async move { request.send().await.unwrap().json::<serde_json::Value>().await.unwrap() }
    };
    let stored = definition_of(&app, token, id.clone()).await;
    assert_eq!(serde_json::to_value(&imported).unwrap(), stored);
    assert_eq!(imported.categories[0].max_per_state, 3);
    assert_eq!(imported.stages[1].criteria[4].levels.len(), 2);
    let elsewhere = TestApp::spawn().await;
    let copy =
        laurel::service::cycles::create_cycle(&elsewhere.db, &actor, None, &imported, elsewhere.now()).await.unwrap();
    elsewhere.person("secretariat@itu.example", "admin", None, None).await;
    let their = elsewhere.token("secretariat@itu.example").await;
    assert_eq!(definition_of(&elsewhere, their, copy.to_string()).await, stored, "an identical cycle");
    browser.close().await;
}

/// The clarification loop from both sides: the secretariat asks from the screening card;
/// the focal point finds the question on the dashboard and the nomination, answers,
/// changes one answer and resubmits; the secretariat reads the answer and what changed.
#[tokio::test]
async fn the_secretariat_asks_a_question_and_the_focal_point_answers_and_resubmits_in_a_browser() {
    let test = "the_secretariat_asks_a_question_and_the_focal_point_answers_and_resubmits_in_a_browser";
    let Some(axe) = crate::harness::axe::source(test) else { return };
    let Some(browser) = browser::launch(test).await else { return };
    let w = crate::review::World::new().await;
    for (_, token, id) in w.nominations.values() {
        let (status, body) = w.post(token, &format!("/api/v1/nominations/{id}/submit"), serde_json::json!({})).await;
        assert_eq!(status, 200, "{body}");
    }
    let closes: chrono::DateTime<chrono::Utc> = w.cycle["closes_at"].as_str().unwrap().parse().unwrap();
    w.app.clock.set(closes + chrono::Duration::seconds(1));
    laurel::jobs::timeline::run(&w.app.state, w.app.now()).await.unwrap();
    let brazil = w.nomination("BRA").to_owned();
    let screening = w.stage("screening");
    let due = (w.app.now() + chrono::Duration::days(7)).format("%Y-%m-%d").to_string();
    let shots = std::env::var_os("LAUREL_SCREENSHOTS").map(std::path::PathBuf::from);
    let b = &browser.client;
    let mut failures = Vec::new();

    sign_in(b, &w.app, "secretariat@un.example", PASSWORD).await;
    b.goto(&w.app.url(&format!("/admin/stages/{screening}#n-{brazil}"))).await.unwrap();
    click(b, &format!("#n-{brazil} details summary")).await;
    fill(b, &format!("#question-{brazil}"), "Which ministry endorsed the initiative, and when?").await;
    b.execute(&format!("document.getElementById('due-{brazil}').value = '{due}';"), vec![]).await.unwrap();
    click_and_load(b, &format!("#n-{brazil} details button[type=submit]")).await;
    assert!(text(b, &format!("#n-{brazil}")).await.contains("No answer yet"));
    click_and_load(b, "header form[action='/sign-out'] button").await;

    sign_in(b, &w.app, "focal@bra.example", PASSWORD).await;
    for (width, height) in [(360, 740), (1280, 900)] {
        b.set_window_size(width, height).await.unwrap();
        b.goto(&w.app.url("/nominations")).await.unwrap();
        let row = text(b, "ul.nominations li").await;
        assert!(row.contains("Clarification requested: answer by"), "{width}px: {row}");
        assert!(text(b, "main").await.contains("except one the secretariat has asked a question about"));
        for v in crate::accessibility::violations(b, &axe).await {
            failures.push(format!("the dashboard at {width}px: {v}"));
        }
        b.goto(&w.app.url(&format!("/nominations/{brazil}"))).await.unwrap();
        let asked = text(b, "#clarification").await;
        assert!(asked.contains("Which ministry endorsed the initiative, and when?"), "{width}px: {asked}");
        assert!(asked.contains("Asked by"), "{width}px: {asked}");
        let facts = text(b, "dl.facts").await;
        assert!(facts.contains("Answer by") && facts.contains("days left"), "{width}px: {facts}");
        assert!(!facts.contains("closed"), "{width}px: the call's deadline is not the one that counts: {facts}");
        for v in crate::accessibility::violations(b, &axe).await {
            failures.push(format!("the nomination awaiting an answer at {width}px: {v}"));
        }
        if let Some(dir) = &shots {
            shoot(b, width, dir, "clarification-asked").await;
        }
        assert_no_sideways_scroll(b, width).await;
    }
    // Sent empty, the answer is asked for beside its box; then answered with one change.
    click_and_load(b, "button[value=answer]").await;
    assert!(text(b, "#problems").await.contains("Your answer to the secretariat"));
    fill(b, "#f-clarification-answer", "The Ministry of Women endorsed it in March 2024.").await;
    fill(b, "#f-institution", "Ministry of Women, with the Presidency").await;
    click_and_load(b, "button[value=answer]").await;
    assert!(text(b, "p.success").await.contains("Your answer is sent"));
    assert_eq!(text(b, "#status").await, "In review");
    click_and_load(b, "header form[action='/sign-out'] button").await;

    sign_in(b, &w.app, "secretariat@un.example", PASSWORD).await;
    for (width, height) in [(1280, 900), (360, 740)] {
        b.set_window_size(width, height).await.unwrap();
        for page in [format!("/admin/nominations/{brazil}"), format!("/admin/stages/{screening}")] {
            b.goto(&w.app.url(&page)).await.unwrap();
            let exchange = text(b, ".clarification").await;
            assert!(exchange.contains("The Ministry of Women endorsed it in March 2024."), "{page}: {exchange}");
            let added = text(b, ".changes ins").await;
            assert_eq!(added, "Women, with the Presidency", "{page}");
            for v in crate::accessibility::violations(b, &axe).await {
                failures.push(format!("{page} at {width}px: {v}"));
            }
            assert_no_sideways_scroll(b, width).await;
        }
        if let Some(dir) = &shots {
            shoot(b, width, dir, "clarification-answered-dossier").await;
        }
    }
    browser.close().await;
    assert!(failures.is_empty(), "{} accessibility violation(s):\n{}", failures.len(), failures.join("\n"));
}

/// A juror works through three assignments in a row: the nomination beside the rubric,
/// each score chosen by its description, a comment per criterion, saved as a draft
/// without a button and still there after a reload, then "Save and go to the next".
#[tokio::test]
async fn a_juror_scores_three_assignments_in_a_row_with_next_and_the_drafts_survive_a_reload() {
    let test = "a_juror_scores_three_assignments_in_a_row_with_next_and_the_drafts_survive_a_reload";
    let Some(axe) = crate::harness::axe::source(test) else { return };
    let Some(browser) = browser::launch(test).await else { return };
    let w = crate::review::World::new().await;
    w.bring_to_experts().await;
    let experts = w.stage("experts");
    let (status, body) = w
        .post(
            &w.admin,
            &format!("/api/v1/stages/{experts}/assignments"),
            serde_json::json!({ "auto": { "per_nomination": 3 } }),
        )
        .await;
    assert!(status.is_success(), "{body}");
    // A juror with at least three assignments.
    let mut juror = None;
    for (email, (_, token)) in &w.reviewers {
        let (_, mine) = w.get(token, &format!("/api/v1/assignments?stage={experts}")).await;
        if mine["items"].as_array().unwrap().len() >= 3 {
            juror = Some(email.clone());
            break;
        }
    }
    let juror = juror.expect("a juror with three assignments");
    let shots = std::env::var_os("LAUREL_SCREENSHOTS").map(std::path::PathBuf::from);
    let b = &browser.client;
    let mut failures = Vec::new();
    sign_in(b, &w.app, &juror, PASSWORD).await;

    for (width, height) in [(1280, 900), (360, 740)] {
        b.set_window_size(width, height).await.unwrap();
        b.goto(&w.app.url("/reviews")).await.unwrap();
        for v in crate::accessibility::violations(b, &axe).await {
            failures.push(format!("/reviews at {width}px: {v}"));
        }
    }
    b.set_window_size(1280, 900).await.unwrap();
    b.goto(&w.app.url("/reviews")).await.unwrap();
    click_and_load(b, "ol.to-do li:first-child a").await;
    // Side by side on a wide screen.
    let beside = b
        .execute(
            "const e = document.querySelector('.entry').getBoundingClientRect();
             const r = document.querySelector('.rubric-panel').getBoundingClientRect();
             return r.left >= e.right - 1 && r.top < e.bottom;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(beside, serde_json::json!(true), "the rubric sits beside the nomination at 1280px");

    let mut visited = Vec::new();
    for round in 0..3 {
        let here = b.current_url().await.unwrap().path().to_owned();
        visited.push(here.clone());
        assert!(text(b, ".pager").await.contains(&format!("{} of", round + 1)), "round {round}");
        // The scale's points read as the definition describes them.
        let point = text(b, "label.point:has(#score-impact-5)").await;
        assert!(point.contains("Real change, partly measured"), "{point}");
        click(b, "#score-impact-5").await;
        click(b, "#score-innovation-7").await;
        fill(b, "#comment-impact", &format!("Round {round}: the evidence is partial but real.")).await;
        b.wait()
            .for_element(Locator::XPath("//*[@id='autosave-status'][contains(., 'saved as a draft')]"))
            .await
            .unwrap_or_else(|e| panic!("round {round}: the scores were not saved as a draft: {e}"));
        if round == 0 {
            if let Some(dir) = &shots {
                shoot(b, 1280, dir, "juror-workbench").await;
            }
            for v in crate::accessibility::violations(b, &axe).await {
                failures.push(format!("{here} at 1280px: {v}"));
            }
            // A reload brings back what was chosen and written.
            b.refresh().await.unwrap();
            let checked = b.find(Locator::Css("#score-impact-5")).await.unwrap().prop("checked").await.unwrap();
            assert_eq!(checked.as_deref(), Some("true"), "the score survives a reload");
            let comment = b.find(Locator::Css("#comment-impact")).await.unwrap().prop("value").await.unwrap();
            assert_eq!(comment.as_deref(), Some("Round 0: the evidence is partial but real."));
            b.set_window_size(360, 740).await.unwrap();
            for v in crate::accessibility::violations(b, &axe).await {
                failures.push(format!("{here} at 360px: {v}"));
            }
            if let Some(dir) = &shots {
                shoot(b, 360, dir, "juror-workbench").await;
            }
            assert_no_sideways_scroll(b, 360).await;
            b.set_window_size(1280, 900).await.unwrap();
        }
        click_and_load(b, if round < 2 { "button[value=next]" } else { "button[value=save]" }).await;
    }
    assert_eq!(visited.iter().collect::<std::collections::BTreeSet<_>>().len(), 3, "three different assignments");

    // Back on the first: the draft is there, and submission names every criterion left.
    b.goto(&w.app.url(&visited[0])).await.unwrap();
    let checked = b.find(Locator::Css("#score-innovation-7")).await.unwrap().prop("checked").await.unwrap();
    assert_eq!(checked.as_deref(), Some("true"));
    click_and_load(b, "button[value=submit]").await;
    let problems = text(b, "#problems").await;
    assert!(problems.contains("Leaving no one behind") && problems.contains("Transferability"), "{problems}");
    let focused = b.execute("return document.activeElement.id;", vec![]).await.unwrap();
    assert_eq!(focused, serde_json::json!("problems"));
    b.goto(&w.app.url("/reviews")).await.unwrap();
    let saved = text(b, "ol.to-do").await;
    assert_eq!(saved.matches("Scores saved, not submitted").count(), 3, "{saved}");
    browser.close().await;
    assert!(failures.is_empty(), "{} accessibility violation(s):\n{}", failures.len(), failures.join("\n"));
}
