//! People and access: invitations, sign-in and throttling, password resets, the people
//! page, and the audit trail they leave.

use chrono::Duration;
use serde_json::{Value, json};

use crate::harness::{PASSWORD, TestApp, html, link, problem, texts};

async fn post_json(app: &TestApp, path: &str, token: Option<&str>, body: Value) -> reqwest::Response {
    let mut request = app.client.post(app.url(path)).json(&body);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    request.send().await.unwrap()
}

#[tokio::test]
async fn an_invitation_is_emailed_accepted_once_and_then_signs_in() {
    let app = TestApp::spawn().await;
    let admin = app.person("secretariat@un.example", "admin", None, None).await;
    let token = app.token(&admin.email).await;

    let invited = post_json(
        &app,
        "/api/v1/invitations",
        Some(&token),
        json!({ "email": "Focal.Point@Gov.KE", "role": "nominator", "member_state": "ken" }),
    )
    .await;
    assert_eq!(invited.status(), 201);
    let invited: Value = invited.json().await.unwrap();
    assert_eq!(
        (invited["email"].as_str(), invited["member_state"].as_str()),
        (Some("focal.point@gov.ke"), Some("KEN"))
    );

    let mail = app.outbox_to("focal.point@gov.ke").await;
    assert_eq!(mail.len(), 1);
    assert_eq!(mail[0].subject, "You are invited to Laurel as the focal point for Kenya");
    let url = link(&mail[0].body_text, "/invitations/");
    assert!(url.starts_with(&app.url("/invitations/")), "{url}");
    // The link opens the page in the invitation's language: `/invitations/<secret>?lang=en`.
    assert!(url.ends_with("?lang=en"), "{url}");
    let secret = url.rsplit('/').next().unwrap().trim_end_matches("?lang=en");

    let page = app.get(&format!("/invitations/{secret}")).await;
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().contains("focal.point@gov.ke"));

    // A name that would display as someone else's, or break an email header, is refused
    // beside the field, and the link still works for the corrected one.
    for spoofing in ["Wanjiru \u{202e}uamaK", "Wanjiru\r\nBcc: everyone@example.org"] {
        let refused = post_json(
            &app,
            &format!("/api/v1/invitations/{secret}/accept"),
            None,
            json!({ "name": spoofing, "password": PASSWORD }),
        )
        .await;
        assert_eq!(refused.status(), 422, "{spoofing:?}");
        assert_eq!(problem(refused).await["errors"][0]["field"], "name");
    }
    let accepted = post_json(
        &app,
        &format!("/api/v1/invitations/{secret}/accept"),
        None,
        json!({ "name": "Wanjiru Kamau", "password": PASSWORD }),
    )
    .await;
    assert_eq!(accepted.status(), 201);
    let user: Value = accepted.json().await.unwrap();
    assert_eq!((user["role"].as_str(), user["member_state"].as_str()), (Some("nominator"), Some("KEN")));

    let again = post_json(
        &app,
        &format!("/api/v1/invitations/{secret}/accept"),
        None,
        json!({ "name": "Someone Else", "password": PASSWORD }),
    )
    .await;
    assert_eq!(again.status(), 409);
    assert_eq!(problem(again).await["code"], "invalid_state");

    let me_token = app.token("focal.point@gov.ke").await;
    let me: Value =
        app.client.get(app.url("/api/v1/me")).bearer_auth(&me_token).send().await.unwrap().json().await.unwrap();
    assert_eq!(me["name"], "Wanjiru Kamau");

    let actions = app.audit_actions().await;
    for expected in ["invitation.created", "invitation.accepted", "user.signed_in"] {
        assert!(actions.iter().any(|a| a == expected), "{expected} in {actions:?}");
    }
}

#[tokio::test]
async fn expired_and_forged_invitation_links_get_a_page_saying_what_to_do() {
    let app = TestApp::spawn().await;
    let admin = app.person("secretariat@un.example", "admin", None, None).await;
    let token = app.token(&admin.email).await;
    post_json(&app, "/api/v1/invitations", Some(&token), json!({ "email": "expert@uni.example", "role": "reviewer" }))
        .await;
    let url = link(&app.outbox_to("expert@uni.example").await[0].body_text, "/invitations/");
    let path = url.trim_start_matches(&app.url(""));

    let forged = app.get("/invitations/not-a-real-link").await;
    assert_eq!(forged.status(), 404);
    assert!(forged.text().await.unwrap().contains("This link is not valid"));

    app.clock.advance(Duration::days(7) + Duration::seconds(1));
    let expired = app.get(path).await;
    assert_eq!(expired.status(), 409);
    let page = html(&expired.text().await.unwrap());
    assert!(
        texts(&page, "main p")
            .iter()
            .any(|t| t.contains("This link has expired. Ask the secretariat for a new invitation."))
    );
}

#[tokio::test]
async fn only_the_newest_invitation_to_an_address_works() {
    let app = TestApp::spawn().await;
    let admin = app.person("secretariat@un.example", "admin", None, None).await;
    let token = app.token(&admin.email).await;
    for _ in 0..2 {
        let r = post_json(
            &app,
            "/api/v1/invitations",
            Some(&token),
            json!({ "email": "expert@uni.example", "role": "reviewer" }),
        )
        .await;
        assert_eq!(r.status(), 201);
    }
    let mail = app.outbox_to("expert@uni.example").await;
    assert_eq!(mail.len(), 2);
    let first = link(&mail[0].body_text, "/invitations/");
    let second = link(&mail[1].body_text, "/invitations/");
    assert_eq!(app.get(first.trim_start_matches(&app.url(""))).await.status(), 409);
    assert_eq!(app.get(second.trim_start_matches(&app.url(""))).await.status(), 200);
}

#[tokio::test]
async fn invitations_refuse_bad_input_naming_every_field() {
    let app = TestApp::spawn().await;
    let admin = app.person("secretariat@un.example", "admin", None, None).await;
    app.person("taken@gov.fr", "nominator", Some("FRA"), None).await;
    let token = app.token(&admin.email).await;

    let cases = [
        (json!({ "email": "focal@gov.ke", "role": "nominator" }), vec!["member_state"]),
        (
            json!({ "email": "not-an-address", "role": "juror", "member_state": "XXX" }),
            vec!["email", "role", "member_state"],
        ),
        (json!({ "email": "taken@gov.fr", "role": "reviewer" }), vec!["email"]),
        (json!({ "email": "expert@uni.example", "role": "reviewer", "member_state": "KEN" }), vec!["member_state"]),
    ];
    for (body, fields) in cases {
        let response = post_json(&app, "/api/v1/invitations", Some(&token), body.clone()).await;
        assert_eq!(response.status(), 422, "{body}");
        let problem = problem(response).await;
        assert_eq!(problem["code"], "validation_failed");
        let named: Vec<&str> =
            problem["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
        assert_eq!(named, fields, "{body}");
    }
    let unknown = post_json(
        &app,
        "/api/v1/invitations",
        Some(&token),
        json!({ "email": "a@b.org", "role": "reviewer", "rank": 1 }),
    )
    .await;
    assert_eq!(unknown.status(), 400);
    assert!(problem(unknown).await["detail"].as_str().unwrap().contains("rank"));
    assert!(app.outbox_to("focal@gov.ke").await.is_empty(), "nothing is sent for a refused invitation");
}

#[tokio::test]
async fn repeated_failed_sign_ins_are_throttled_and_released_after_the_window() {
    let app = TestApp::spawn().await;
    let person = app.person("focal@gov.ke", "nominator", Some("KEN"), None).await;
    let login = |password: &'static str| {
        post_json(&app, "/api/v1/auth/login", None, json!({ "email": person.email, "password": password }))
    };
    for _ in 0..5 {
        let wrong = login("not the password at all").await;
        assert_eq!(wrong.status(), 401);
        assert_eq!(problem(wrong).await["code"], "unauthenticated");
    }
    // Even the right password is refused while the account is throttled.
    let throttled = login(PASSWORD).await;
    assert_eq!(throttled.status(), 429);
    let retry_after: i64 = throttled.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=900).contains(&retry_after), "{retry_after}");
    assert_eq!(problem(throttled).await["code"], "rate_limited");

    // The HTML form is throttled too, with a page that says so.
    let web = app.web_client();
    let page = web.sign_in(&person.email, PASSWORD).await;
    assert_eq!(page.status(), 429);
    assert!(page.text().await.unwrap().contains("Too many failed attempts"));

    app.clock.advance(Duration::minutes(15) + Duration::seconds(1));
    assert_eq!(login(PASSWORD).await.status(), 200);
    assert!(app.audit_actions().await.iter().filter(|a| *a == "user.sign_in_failed").count() >= 5);
}

/// One client guessing across many accounts is slowed: its further wrong guesses are
/// refused. A correct password for an account it has not been guessing still works, so
/// made-up addresses from one office network (or from whoever shares its proxy) cannot
/// lock the secretariat out.
#[tokio::test]
async fn one_client_guessing_across_many_accounts_is_slowed_without_locking_out_the_right_password() {
    let app = TestApp::spawn().await;
    app.person("real@gov.ke", "nominator", Some("KEN"), None).await;
    app.person("admin@un.example", "admin", None, None).await;
    let login = |email: String, password: &'static str| {
        post_json(&app, "/api/v1/auth/login", None, json!({ "email": email, "password": password }))
    };
    for n in 0..20 {
        let r = login(format!("guess{n}@gov.ke"), "wrong password here").await;
        assert_eq!(r.status(), 401, "attempt {n}");
    }
    let r = login("guess21@gov.ke".into(), "wrong password here").await;
    assert_eq!(r.status(), 429, "further guesses are refused");
    assert!(r.headers().contains_key("retry-after"));
    assert_eq!(login("admin@un.example".into(), PASSWORD).await.status(), 200, "the right password still works");
    assert_eq!(login("real@gov.ke".into(), "wrong password here").await.status(), 429);
    assert_eq!(
        login("real@gov.ke".into(), PASSWORD).await.status(),
        429,
        "an account this client has been guessing stays refused"
    );
}

/// Behind a trusted reverse proxy, the forwarded address is the client; from anyone
/// else, a forwarded header is ignored (or every guess could claim a new address).
#[tokio::test]
async fn throttling_counts_the_forwarded_client_only_behind_a_trusted_proxy() {
    let login = |app: &TestApp, forwarded_for: String, n: usize| {
        let request = app.client.post(app.url("/api/v1/auth/login")).header("x-forwarded-for", forwarded_for);
        request.json(&json!({ "email": format!("guess{n}@gov.ke"), "password": "wrong password here" })).send()
    };
    let behind_proxy = TestApp::spawn_with(|s| {
        s.trusted_proxies = laurel::config::Networks::parse("127.0.0.0/8, ::1").unwrap();
    })
    .await;
    for n in 0..20 {
        assert_eq!(login(&behind_proxy, "203.0.113.5".into(), n).await.unwrap().status(), 401);
    }
    assert_eq!(login(&behind_proxy, "203.0.113.5".into(), 20).await.unwrap().status(), 429, "that client is slowed");
    let other = login(&behind_proxy, "198.51.100.7, 203.0.113.9".into(), 21).await.unwrap();
    assert_eq!(other.status(), 401, "another client behind the same proxy is not");

    let direct = TestApp::spawn().await;
    for n in 0..20 {
        assert_eq!(login(&direct, format!("203.0.113.{n}"), n).await.unwrap().status(), 401);
    }
    let spoofed = login(&direct, "198.51.100.77".into(), 20).await.unwrap();
    assert_eq!(spoofed.status(), 429, "a forwarded header from an untrusted peer changes nothing");
}

#[tokio::test]
async fn an_unknown_address_and_a_wrong_password_get_the_same_answer() {
    let app = TestApp::spawn().await;
    app.person("focal@gov.ke", "nominator", Some("KEN"), None).await;
    let unknown = problem(
        post_json(&app, "/api/v1/auth/login", None, json!({ "email": "nobody@gov.ke", "password": PASSWORD })).await,
    )
    .await;
    let wrong = problem(
        post_json(
            &app,
            "/api/v1/auth/login",
            None,
            json!({ "email": "focal@gov.ke", "password": "wrong password here" }),
        )
        .await,
    )
    .await;
    assert_eq!(unknown, wrong);
}

#[tokio::test]
async fn api_logout_revokes_the_token() {
    let app = TestApp::spawn().await;
    app.person("focal@gov.ke", "nominator", Some("KEN"), None).await;
    let token = app.token("focal@gov.ke").await;
    let me = app.client.get(app.url("/api/v1/me")).bearer_auth(&token).send().await.unwrap();
    assert_eq!(me.status(), 200);
    let out = app.client.post(app.url("/api/v1/auth/logout")).bearer_auth(&token).send().await.unwrap();
    assert_eq!(out.status(), 204);
    let after = app.client.get(app.url("/api/v1/me")).bearer_auth(&token).send().await.unwrap();
    assert_eq!(after.status(), 401);
    assert!(app.audit_actions().await.contains(&"user.signed_out".to_owned()));
}

#[tokio::test]
async fn a_password_reset_never_reveals_an_account_and_its_link_works_once() {
    let app = TestApp::spawn().await;
    let person = app.person("focal@gov.ke", "nominator", Some("KEN"), None).await;
    let old_session = app.browser_session(&person.email).await;
    assert_eq!(old_session.get("/account").await.status(), 200);

    let web = app.web_client();
    let known = web.submit("/password-reset", "/password-reset", &[("email", "focal@gov.ke")]).await;
    let unknown = web.submit("/password-reset", "/password-reset", &[("email", "nobody@gov.ke")]).await;
    assert_eq!((known.status().as_u16(), unknown.status().as_u16()), (200, 200));
    let (known, unknown) = (known.text().await.unwrap(), unknown.text().await.unwrap());
    assert_eq!(known.replace("focal@gov.ke", "X"), unknown.replace("nobody@gov.ke", "X"), "the same page either way");
    assert!(app.outbox_to("nobody@gov.ke").await.is_empty());

    let mail = app.outbox_to("focal@gov.ke").await;
    assert_eq!(mail.len(), 1);
    assert_eq!(mail[0].subject, "Choose a new password for Laurel");
    let path = link(&mail[0].body_text, "/password-reset/").trim_start_matches(&app.url("")).to_owned();

    let weak = web.submit(&path, &path, &[("password", "password1234")]).await;
    assert_eq!(weak.status(), 422);
    assert!(weak.text().await.unwrap().contains("most common"));

    let new_password = "quiet harbour lamp violet";
    let done = web.submit(&path, &path, &[("password", new_password)]).await;
    assert_eq!(done.status(), 303);
    assert_eq!(done.headers()["location"], "/sign-in?reset=1");

    // Whoever held the old password is signed out everywhere.
    assert_eq!(old_session.get("/account").await.status(), 303);
    assert_eq!(web.get(&path).await.status(), 409, "the link works once");
    assert_eq!(web.sign_in(&person.email, new_password).await.status(), 303);
    assert_eq!(app.web_client().sign_in(&person.email, PASSWORD).await.status(), 401, "the old password is gone");
}

#[tokio::test]
async fn admins_change_roles_and_the_change_is_audited_and_applies_at_next_sign_in() {
    let app = TestApp::spawn().await;
    let admin = app.person("secretariat@un.example", "admin", None, None).await;
    let expert = app.person("expert@uni.example", "reviewer", None, Some("CAN")).await;
    let expert_web = app.browser_session(&expert.email).await;
    let admin_web = app.browser_session(&admin.email).await;

    let path = format!("/admin/people/{}/role", expert.id);
    let refused = admin_web.submit("/admin/people", &path, &[("role", "nominator"), ("member_state", "")]).await;
    assert_eq!(refused.status(), 422);
    let changed = admin_web.submit("/admin/people", &path, &[("role", "nominator"), ("member_state", "can")]).await;
    assert_eq!(changed.status(), 303);

    assert_eq!(expert_web.get("/account").await.status(), 303, "sessions end with the old role");
    let again = app.browser_session(&expert.email).await;
    let page = html(&again.get("/account").await.text().await.unwrap());
    assert!(texts(&page, "dl.facts dd").contains(&"Focal point (nominator)".to_owned()));
    assert!(texts(&page, "dl.facts dd").contains(&"Canada".to_owned()));
    assert!(app.audit_actions().await.contains(&"user.role_changed".to_owned()));
}

#[tokio::test]
async fn a_reviewer_declares_a_conflict_of_interest_on_their_account_page() {
    let app = TestApp::spawn().await;
    let expert = app.person("expert@uni.example", "reviewer", None, Some("CAN")).await;
    let web = app.browser_session(&expert.email).await;
    let missing = web.submit("/account", "/account/conflicts", &[("member_state", "BRA"), ("reason", " ")]).await;
    assert_eq!(missing.status(), 422);
    assert!(missing.text().await.unwrap().contains("say briefly why"));
    let declared = web
        .submit(
            "/account",
            "/account/conflicts",
            &[("member_state", "BRA"), ("reason", "Advised its ministry in 2025")],
        )
        .await;
    assert_eq!(declared.status(), 303);
    let page = html(&web.get("/account").await.text().await.unwrap());
    let rows = texts(&page, "section[aria-labelledby=conflicts-title] tbody tr");
    assert_eq!(rows.len(), 1);
    assert!(rows[0].starts_with("Brazil Advised its ministry in 2025"), "{rows:?}");
}

#[tokio::test]
async fn each_role_lands_on_its_own_home_after_signing_in() {
    let app = TestApp::spawn().await;
    for (email, role, state, nationality, home) in [
        ("secretariat@un.example", "admin", None, None, "/admin/cycles"),
        ("focal@gov.ke", "nominator", Some("KEN"), None, "/nominations"),
        ("expert@uni.example", "reviewer", None, Some("CAN"), "/reviews"),
    ] {
        app.person(email, role, state, nationality).await;
        let web = app.web_client();
        let signed_in = web.sign_in(email, PASSWORD).await;
        assert_eq!(signed_in.status(), 303);
        assert_eq!(signed_in.headers()["location"], home, "{role}");
        assert_eq!(web.get(home).await.status(), 200, "{role}'s home opens");
        // A link that asked for another page still wins.
        let again = web.get("/sign-in?next=/account").await;
        assert_eq!(again.headers()["location"], "/account", "{role}");
    }
    // The secretariat following "My nominations" from a nomination reaches its cycles.
    let admin = app.browser_session("secretariat@un.example").await;
    assert_eq!(admin.get("/nominations").await.headers()["location"], "/admin/cycles");
}

#[tokio::test]
async fn a_hostile_next_address_after_sign_in_stays_on_this_site_and_never_errors() {
    let app = TestApp::spawn().await;
    let person = app.person("focal@gov.ke", "nominator", Some("KEN"), None).await;
    let web = app.web_client();
    for next in ["/\t/evil.example", "//evil.example", "/a\nb", "https://evil.example/"] {
        let csrf = web.csrf("/sign-in").await;
        let response = web
            .client
            .post(web.url("/sign-in"))
            .form(&[("csrf", csrf.as_str()), ("email", &person.email), ("password", PASSWORD), ("next", next)])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 303, "{next:?}");
        assert_eq!(response.headers()["location"], "/nominations", "{next:?}: a focal point's own home");
        let signed_in_visit = web
            .get(&format!(
                "/sign-in?next={}",
                url::form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>()
            ))
            .await;
        assert_eq!(signed_in_visit.headers()["location"], "/nominations", "{next:?}");
        web.submit("/account", "/sign-out", &[]).await;
    }
}

#[tokio::test]
async fn opening_a_form_address_directly_explains_itself_in_a_page() {
    let app = TestApp::spawn().await;
    let expert = app.person("expert@uni.example", "reviewer", None, Some("CAN")).await;
    let web = app.browser_session(&expert.email).await;
    let response = web.get("/account/conflicts").await;
    assert_eq!(response.status(), 405);
    let page = html(&response.text().await.unwrap());
    assert_eq!(texts(&page, "h1"), ["Method not allowed"]);
    assert!(texts(&page, "main p").iter().any(|t| t.contains("Go back to the page the form is on")));
}

async fn get_json(app: &TestApp, path: &str, token: &str) -> Value {
    let response = app.client.get(app.url(path)).bearer_auth(token).send().await.unwrap();
    assert_eq!(response.status(), 200, "{path}");
    response.json().await.unwrap()
}

fn fields(errors: &Value) -> Vec<&str> {
    errors.as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect()
}

#[tokio::test]
async fn a_list_of_people_is_checked_row_by_row_and_sent_only_whole() {
    let app = TestApp::spawn().await;
    let admin = app.person("secretariat@un.example", "admin", None, None).await;
    app.person("taken@gov.fr", "nominator", Some("FRA"), None).await;
    let token = app.token(&admin.email).await;
    let people = json!([
        { "name": "Amina Diallo", "email": "focal@gov.sn", "role": "nominator", "member_state": "Senegal" },
        { "email": "expert@uni.example", "role": "reviewer", "nationality": "can" },
        { "email": "taken@gov.fr", "role": "reviewer" },
        { "email": "EXPERT@uni.example", "role": "reviewer" },
        { "email": "nobody", "role": "chair", "member_state": "XXX" },
    ]);
    for dry_run in [true, false] {
        let checked =
            post_json(&app, "/api/v1/invitations/bulk", Some(&token), json!({ "dry_run": dry_run, "people": people }))
                .await;
        assert_eq!(checked.status(), 200, "dry run {dry_run}");
        let body: Value = checked.json().await.unwrap();
        assert_eq!(body["sent"], false);
        let rows = body["rows"].as_array().unwrap();
        let ok: Vec<bool> = rows.iter().map(|r| r["ok"].as_bool().unwrap()).collect();
        assert_eq!(ok, [true, true, false, false, false]);
        assert_eq!(rows[2]["row"], 3);
        assert_eq!(fields(&rows[2]["errors"]), ["email"], "an address with an account");
        assert_eq!(fields(&rows[3]["errors"]), ["email"], "an address twice in the list, case aside");
        assert_eq!(fields(&rows[4]["errors"]), ["email", "role", "member_state"]);
        assert!(rows.iter().all(|r| r["id"].is_null()));
    }
    assert!(app.outbox_to("focal@gov.sn").await.is_empty(), "nothing is sent while any row is refused");

    let good = json!({ "people": people.as_array().unwrap()[..2] });
    let sent = post_json(&app, "/api/v1/invitations/bulk", Some(&token), good).await;
    assert_eq!(sent.status(), 201);
    let body: Value = sent.json().await.unwrap();
    assert_eq!(body["sent"], true);
    assert!(body["rows"].as_array().unwrap().iter().all(|r| r["id"].is_string()));
    let mail = app.outbox_to("focal@gov.sn").await;
    assert_eq!(mail.len(), 1);
    assert_eq!(mail[0].subject, "You are invited to Laurel as the focal point for Senegal");
    assert_eq!(app.outbox_to("expert@uni.example").await.len(), 1);
    // The name given comes back on the page the link opens.
    let url = link(&mail[0].body_text, "/invitations/");
    let page = html(&app.get(url.trim_start_matches(&app.url(""))).await.text().await.unwrap());
    let name = page.select(&scraper::Selector::parse("#name").unwrap()).next().unwrap().attr("value");
    assert_eq!(name, Some("Amina Diallo"));

    let empty = post_json(&app, "/api/v1/invitations/bulk", Some(&token), json!({ "people": [] })).await;
    assert_eq!(empty.status(), 422);
    assert_eq!(fields(&problem(empty).await["errors"]), ["people"]);
}

#[tokio::test]
async fn invitations_are_listed_by_status_resent_with_a_new_link_and_revoked() {
    let app = TestApp::spawn().await;
    let admin = app.person("secretariat@un.example", "admin", None, None).await;
    let token = app.token(&admin.email).await;
    let mut ids = Vec::new();
    for email in ["a@uni.example", "b@uni.example", "c@uni.example"] {
        let r =
            post_json(&app, "/api/v1/invitations", Some(&token), json!({ "email": email, "role": "reviewer" })).await;
        assert_eq!(r.status(), 201);
        ids.push(r.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned());
    }
    let first_link = |email: &'static str| {
        let app = &app;
        async move {
            let url = link(&app.outbox_to(email).await[0].body_text, "/invitations/");
            url.trim_start_matches(&app.url("")).to_owned()
        }
    };
    let c_link = first_link("c@uni.example").await;
    let secret = c_link.trim_start_matches("/invitations/").split('?').next().unwrap().to_owned();
    let accepted = post_json(
        &app,
        &format!("/api/v1/invitations/{secret}/accept"),
        None,
        json!({ "name": "Chen Li", "password": "quiet harbour lamp violet" }),
    )
    .await;
    assert_eq!(accepted.status(), 201);

    let emails = |page: &Value| -> Vec<String> {
        page["items"].as_array().unwrap().iter().map(|i| i["email"].as_str().unwrap().to_owned()).collect()
    };
    let pending = get_json(&app, "/api/v1/invitations?status=pending", &token).await;
    assert_eq!(emails(&pending), ["b@uni.example", "a@uni.example"], "newest first");
    assert_eq!(emails(&get_json(&app, "/api/v1/invitations?status=accepted", &token).await), ["c@uni.example"]);
    let one = get_json(&app, "/api/v1/invitations?limit=1", &token).await;
    let cursor = one["next_cursor"].as_str().unwrap().to_owned();
    let rest = get_json(&app, &format!("/api/v1/invitations?limit=5&cursor={cursor}"), &token).await;
    assert_eq!(emails(&rest), ["b@uni.example", "a@uni.example"]);

    // Resending makes a new link; the first stops working.
    let a_link = first_link("a@uni.example").await;
    let resent = post_json(&app, &format!("/api/v1/invitations/{}/resend", ids[0]), Some(&token), json!({})).await;
    assert_eq!(resent.status(), 200);
    let mail = app.outbox_to("a@uni.example").await;
    assert_eq!(mail.len(), 2);
    let new_link = link(&mail[1].body_text, "/invitations/");
    assert_eq!(app.get(&a_link).await.status(), 404);
    assert_eq!(app.get(new_link.trim_start_matches(&app.url(""))).await.status(), 200);

    // Revoking stops the link, says why, and cannot be undone by resending.
    let b_link = first_link("b@uni.example").await;
    let revoke = || app.client.delete(app.url(&format!("/api/v1/invitations/{}", ids[1]))).bearer_auth(&token).send();
    assert_eq!(revoke().await.unwrap().status(), 204);
    assert_eq!(revoke().await.unwrap().status(), 204, "revoking twice is harmless");
    let refused = app.get(&b_link).await;
    assert_eq!(refused.status(), 409);
    assert!(refused.text().await.unwrap().contains("This invitation was withdrawn"));
    assert_eq!(emails(&get_json(&app, "/api/v1/invitations?status=revoked", &token).await), ["b@uni.example"]);
    let again = post_json(&app, &format!("/api/v1/invitations/{}/resend", ids[1]), Some(&token), json!({})).await;
    assert_eq!(again.status(), 409);
    assert_eq!(problem(again).await["code"], "invalid_state");

    // An accepted invitation is the account's now: revoking it is refused.
    let accepted = app.client.delete(app.url(&format!("/api/v1/invitations/{}", ids[2]))).bearer_auth(&token).send();
    assert_eq!(accepted.await.unwrap().status(), 409);

    // A week later the unanswered one has expired, and a resend revives it.
    app.clock.advance(Duration::days(8));
    let token = app.token(&admin.email).await;
    assert_eq!(emails(&get_json(&app, "/api/v1/invitations?status=expired", &token).await), ["a@uni.example"]);
    let revived = post_json(&app, &format!("/api/v1/invitations/{}/resend", ids[0]), Some(&token), json!({})).await;
    assert_eq!(revived.json::<Value>().await.unwrap()["status"], "pending");
    let unknown = app.client.get(app.url("/api/v1/invitations?status=lost")).bearer_auth(&token).send().await;
    assert_eq!(unknown.unwrap().status(), 400);
    for action in ["invitation.resent", "invitation.revoked"] {
        assert!(app.audit_actions().await.iter().any(|a| a == action), "{action}");
    }
}

#[tokio::test]
async fn people_are_found_by_role_state_status_and_words_and_reactivated() {
    let app = TestApp::spawn().await;
    let admin = app.person("secretariat@un.example", "admin", None, None).await;
    app.person("wanjiru.kamau@gov.ke", "nominator", Some("KEN"), None).await;
    let france = app.person("focal@gov.fr", "nominator", Some("FRA"), None).await;
    app.person("expert@uni.example", "reviewer", None, Some("KEN")).await;
    let token = app.token(&admin.email).await;
    let emails = |page: &Value| -> Vec<String> {
        let mut found: Vec<String> =
            page["items"].as_array().unwrap().iter().map(|i| i["email"].as_str().unwrap().to_owned()).collect();
        found.sort();
        found
    };
    let find = |query: &'static str| {
        let (app, token) = (&app, &token);
        async move { emails(&get_json(app, &format!("/api/v1/users{query}"), token).await) }
    };
    assert_eq!(find("?role=nominator").await, ["focal@gov.fr", "wanjiru.kamau@gov.ke"]);
    assert_eq!(find("?member_state=ken").await, ["expert@uni.example", "wanjiru.kamau@gov.ke"]);
    assert_eq!(find("?q=WANJ").await, ["wanjiru.kamau@gov.ke"]);
    assert_eq!(find("?q=100%25").await, Vec::<String>::new(), "a percent sign is matched as itself");

    let deactivated =
        post_json(&app, &format!("/api/v1/users/{}/deactivate", france.id), Some(&token), json!({})).await;
    assert_eq!(deactivated.json::<Value>().await.unwrap()["active"], false);
    assert_eq!(find("?active=false").await, ["focal@gov.fr"]);
    let reactivated =
        post_json(&app, &format!("/api/v1/users/{}/reactivate", france.id), Some(&token), json!({})).await;
    assert_eq!(reactivated.json::<Value>().await.unwrap()["active"], true);
    assert!(find("?active=false").await.is_empty());
    let token_fr = app.token(&france.email).await;
    assert!(!token_fr.is_empty(), "reactivated, they sign in again");

    let own = post_json(&app, &format!("/api/v1/users/{}/deactivate", admin.id), Some(&token), json!({})).await;
    assert_eq!(own.status(), 403);

    let first = get_json(&app, "/api/v1/users?limit=2", &token).await;
    let cursor = first["next_cursor"].as_str().unwrap();
    let second = get_json(&app, &format!("/api/v1/users?limit=2&cursor={cursor}"), &token).await;
    assert_eq!(first["items"].as_array().unwrap().len() + second["items"].as_array().unwrap().len(), 4);
    assert!(second["next_cursor"].is_null());
}

#[tokio::test]
async fn the_people_page_searches_names_the_states_without_a_focal_point_and_confirms_deactivation() {
    let app = TestApp::spawn().await;
    let admin = app.person("secretariat@un.example", "admin", None, None).await;
    let kenya = app.person("wanjiru.kamau@gov.ke", "nominator", Some("KEN"), None).await;
    app.person("focal@gov.fr", "nominator", Some("FRA"), None).await;
    let web = app.browser_session(&admin.email).await;

    let page = html(&web.get("/admin/people").await.text().await.unwrap());
    let coverage = texts(&page, "section[aria-labelledby=coverage-title] summary");
    assert_eq!(coverage, ["191 member states have no active focal point"]);
    let missing = texts(&page, "section[aria-labelledby=coverage-title] li");
    assert!(missing.iter().any(|s| s.starts_with("Brazil")) && !missing.iter().any(|s| s.starts_with("Kenya")));

    let found = html(&web.get("/admin/people?q=kamau&role=nominator").await.text().await.unwrap());
    assert_eq!(texts(&found, "#people-title"), ["1 person found"]);
    assert_eq!(texts(&found, "tbody tr").len(), 1);

    // Deactivation asks first, and says what it does.
    let confirm = web.get(&format!("/admin/people/{}/deactivate", kenya.id)).await;
    assert_eq!(confirm.status(), 200);
    let confirm = html(&confirm.text().await.unwrap());
    assert!(texts(&confirm, "main p").iter().any(|p| p.contains("signed out on every device")));
    let path = format!("/admin/people/{}/deactivate", kenya.id);
    let done = web.submit(&path, &path, &[]).await;
    assert_eq!(done.status(), 303);
    let back = done.headers()["location"].to_str().unwrap().to_owned();
    let page = html(&web.get(&back).await.text().await.unwrap());
    assert!(texts(&page, "p.success").iter().any(|p| p.contains("is deactivated")));
    let coverage = texts(&page, "section[aria-labelledby=coverage-title] summary");
    assert_eq!(coverage, ["192 member states have no active focal point"], "a deactivated focal point covers no one");
    let reactivate = format!("form[action='/admin/people/{}/reactivate']", kenya.id);
    assert_eq!(page.select(&scraper::Selector::parse(&reactivate).unwrap()).count(), 1);
}
