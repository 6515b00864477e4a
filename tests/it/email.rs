//! Email leaves through the outbox over real SMTP: what arrives, retries while the mail
//! server is down, no duplicates, and the timed jobs around it.

use chrono::Duration;
use laurel::config::MailUrl;
use laurel::i18n::Lang;
use laurel::jobs;
use serde_json::json;

use crate::harness::smtp::SmtpSink;
use crate::harness::{TestApp, link};

async fn invite(app: &TestApp, token: &str, email: &str) {
    let response = app
        .client
        .post(app.url("/api/v1/invitations"))
        .bearer_auth(token)
        .json(&json!({ "email": email, "role": "reviewer", "nationality": "CAN" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
}

/// An app whose mail server never answers, with an admin (and their API token) whose
/// invitation to expert@uni.example failed all three attempts. The port is free for a
/// test to bring a server up on.
async fn an_invitation_that_failed_for_good() -> (TestApp, u16, crate::harness::Person, String) {
    let port = crate::harness::browser::free_port();
    let app = app_mailing_to(&format!("smtp://127.0.0.1:{port}")).await;
    let admin = app.person("secretariat@un.example", "admin", None, None).await;
    let token = app.token(&admin.email).await;
    invite(&app, &token, "expert@uni.example").await;
    for _ in 0..3 {
        jobs::outbox::run(&app.state, app.now()).await.unwrap();
        app.clock.advance(Duration::hours(3));
    }
    (app, port, admin, token)
}

async fn app_mailing_to(url: &str) -> TestApp {
    let url = MailUrl::parse(url).unwrap();
    TestApp::spawn_with(move |s| s.mail_url = url).await
}

#[tokio::test]
async fn an_invitation_arrives_over_smtp_with_both_parts_and_a_working_link() {
    let sink = SmtpSink::start();
    let app = app_mailing_to(&sink.url()).await;
    let admin = app.person("secretariat@un.example", "admin", None, None).await;
    let token = app.token(&admin.email).await;
    invite(&app, &token, "expert@uni.example").await;

    let tally = jobs::outbox::run(&app.state, app.now()).await.unwrap();
    assert_eq!(tally.sent, 1);

    let arrived = sink.messages_to("expert@uni.example");
    assert_eq!(arrived.len(), 1);
    let message = &arrived[0];
    assert_eq!(message.subject, "You are invited to Laurel as a reviewer");
    assert_eq!(message.from, "Laurel <awards@laurel.test>");
    assert_eq!(message.to, "expert@uni.example");
    assert!(message.message_id.ends_with("@laurel.test>"), "{}", message.message_id);
    let url = link(&message.text, "/invitations/");
    assert!(message.html.as_deref().unwrap().contains(&format!("href=\"{url}\"")));
    let page = app.client.get(&url).send().await.unwrap();
    assert_eq!(page.status(), 200, "the emailed link opens the acceptance page");

    let outbox = app.outbox_to("expert@uni.example").await;
    assert_eq!((outbox[0].status.as_str(), outbox[0].attempts), ("sent", 1));
    assert_eq!(jobs::outbox::run(&app.state, app.now()).await.unwrap().sent, 0, "nothing is sent twice");
    assert_eq!(sink.messages().len(), 1);

    let metrics = app.get("/metrics").await.text().await.unwrap();
    assert!(metrics.contains("laurel_email_delivery_seconds_count 1"), "{metrics}");
    assert!(metrics.contains(r#"laurel_outbox_messages{status="sent"} 1"#), "{metrics}");
}

#[tokio::test]
async fn while_the_mail_server_is_down_messages_wait_and_all_arrive_once_when_it_returns() {
    // A port with nothing listening: connections are refused, as when the server is down.
    let port = crate::harness::browser::free_port();
    let app = app_mailing_to(&format!("smtp://127.0.0.1:{port}")).await;
    let admin = app.person("secretariat@un.example", "admin", None, None).await;
    let token = app.token(&admin.email).await;
    let addresses: Vec<String> = (1..=5).map(|n| format!("expert{n}@uni.example")).collect();
    for address in &addresses {
        invite(&app, &token, address).await;
    }

    let down = jobs::outbox::run(&app.state, app.now()).await.unwrap();
    assert_eq!((down.sent, down.retrying), (0, 5));
    let waiting = app.outbox_to(&addresses[0]).await;
    assert_eq!((waiting[0].status.as_str(), waiting[0].attempts), ("pending", 1));
    assert!(waiting[0].last_error.is_some());
    // Before the backoff has passed, nothing is tried again.
    assert_eq!(jobs::outbox::run(&app.state, app.now()).await.unwrap(), Default::default());

    let sink = SmtpSink::start_on(port);
    app.clock.advance(Duration::minutes(1));
    let up = jobs::outbox::run(&app.state, app.now()).await.unwrap();
    assert_eq!(up.sent, 5);
    jobs::outbox::run(&app.state, app.now() + Duration::hours(3)).await.unwrap();
    for address in &addresses {
        assert_eq!(sink.messages_to(address).len(), 1, "{address} got exactly one invitation");
    }
}

/// Makes the database refuse, `times` times, to record that the email to `to` was sent
/// (replacing any earlier refusal): a trigger raises an error while a counter that
/// outlives the refused statement lasts, a sequence on PostgreSQL and on SQLite a table
/// whose change `RAISE(FAIL)` keeps.
async fn refuse_to_record_sent(app: &TestApp, to: &str, times: u32) {
    use sea_orm::ConnectionTrait as _;
    let sql = match app.db.get_database_backend() {
        sea_orm::DatabaseBackend::Postgres => format!(
            "DROP TRIGGER IF EXISTS refuse_sent ON outbox_message;
             DROP FUNCTION IF EXISTS refuse_sent();
             DROP SEQUENCE IF EXISTS refusals;
             CREATE SEQUENCE refusals;
             CREATE FUNCTION refuse_sent() RETURNS trigger AS $$ BEGIN
               IF NEW.status = 'sent' AND OLD.to_address = '{to}' AND nextval('refusals') <= {times} THEN
                 RAISE EXCEPTION 'refused by the test';
               END IF;
               RETURN NEW;
             END $$ LANGUAGE plpgsql;
             CREATE TRIGGER refuse_sent BEFORE UPDATE ON outbox_message FOR EACH ROW EXECUTE FUNCTION refuse_sent();"
        ),
        _ => format!(
            "DROP TRIGGER IF EXISTS refuse_sent;
             DROP TABLE IF EXISTS refusals;
             CREATE TABLE refusals (remaining INTEGER NOT NULL);
             INSERT INTO refusals VALUES ({times});
             CREATE TRIGGER refuse_sent BEFORE UPDATE ON outbox_message
             WHEN NEW.status = 'sent' AND OLD.to_address = '{to}' AND (SELECT remaining FROM refusals) > 0
             BEGIN
               UPDATE refusals SET remaining = remaining - 1;
               SELECT RAISE(FAIL, 'refused by the test');
             END;"
        ),
    };
    app.db.execute_unprepared(&sql).await.unwrap();
}

#[tokio::test]
async fn a_delivery_whose_record_fails_is_retried_and_never_strands_the_rest_of_its_batch() {
    let sink = SmtpSink::start();
    let app = app_mailing_to(&sink.url()).await;
    let admin = app.person("secretariat@un.example", "admin", None, None).await;
    let token = app.token(&admin.email).await;
    let addresses: Vec<String> = (1..=5).map(|i| format!("expert{i}@uni.example")).collect();
    for address in &addresses {
        invite(&app, &token, address).await;
    }

    // Two passing failures to record one delivery: retried, and everything is recorded.
    refuse_to_record_sent(&app, "expert1@uni.example", 2).await;
    let tally = jobs::outbox::run(&app.state, app.now()).await.unwrap();
    assert_eq!(tally.sent, 5);
    for address in &addresses {
        assert_eq!(sink.messages_to(address).len(), 1, "{address}");
        assert_eq!(app.outbox_to(address).await[0].status, "sent", "{address}");
    }

    // A failure that lasts: the run says so, but only after every other message of the
    // batch went out and was recorded; none is left claimed and unsent.
    let more: Vec<String> = (6..=10).map(|i| format!("expert{i}@uni.example")).collect();
    for address in &more {
        invite(&app, &token, address).await;
    }
    refuse_to_record_sent(&app, "expert6@uni.example", 1000).await;
    let failed = jobs::outbox::run(&app.state, app.now()).await;
    assert!(failed.is_err(), "a write that keeps failing is reported");
    for address in &more[1..] {
        assert_eq!(sink.messages_to(address).len(), 1, "{address}");
        assert_eq!(app.outbox_to(address).await[0].status, "sent", "{address} is not stranded");
    }
    assert_eq!(sink.messages_to("expert6@uni.example").len(), 1, "it went out; only its record failed");
}

#[tokio::test]
async fn a_message_that_keeps_failing_stops_as_failed_after_the_configured_attempts() {
    let (app, _, _, _) = an_invitation_that_failed_for_good().await;
    let row = &app.outbox_to("expert@uni.example").await[0];
    assert_eq!((row.status.as_str(), row.attempts), ("failed", 3));

    let metrics = app.get("/metrics").await.text().await.unwrap();
    assert!(metrics.contains(r#"laurel_outbox_messages{status="failed"} 1"#), "{metrics}");
}

#[tokio::test]
async fn the_file_transport_writes_one_eml_file_per_message() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_mailing_to(&format!("file://{}", dir.path().display())).await;
    let admin = app.person("secretariat@un.example", "admin", None, None).await;
    let token = app.token(&admin.email).await;
    invite(&app, &token, "expert@uni.example").await;
    jobs::outbox::run(&app.state, app.now()).await.unwrap();
    let files: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].extension().and_then(|e| e.to_str()), Some("eml"));
    let content = std::fs::read_to_string(&files[0]).unwrap();
    assert!(content.contains("To: expert@uni.example"), "{content}");
}

#[tokio::test]
async fn a_job_lease_lets_one_instance_run_until_it_expires() {
    let app = TestApp::spawn().await;
    let now = app.now();
    let ttl = Duration::seconds(4);
    assert!(laurel::service::leases::acquire(&app.db, "outbox", "instance-a", ttl, now).await.unwrap());
    assert!(!laurel::service::leases::acquire(&app.db, "outbox", "instance-b", ttl, now).await.unwrap());
    assert!(
        laurel::service::leases::acquire(&app.db, "outbox", "instance-a", ttl, now).await.unwrap(),
        "the holder renews"
    );
    assert!(
        laurel::service::leases::acquire(&app.db, "clock", "instance-b", ttl, now).await.unwrap(),
        "leases are per job"
    );
    assert!(
        laurel::service::leases::acquire(&app.db, "outbox", "instance-b", ttl, now + Duration::seconds(5))
            .await
            .unwrap()
    );
}

#[tokio::test]
async fn the_clock_job_closes_a_cycle_at_its_deadline_and_records_it() {
    let app = TestApp::spawn().await;
    laurel::demo::seed(&app.db, &app.url("/"), app.now()).await.unwrap();
    assert!(jobs::timeline::run(&app.state, app.now()).await.unwrap().is_empty(), "nothing is due yet");

    app.clock.advance(Duration::days(45) + Duration::milliseconds(1001));
    let moved = jobs::timeline::run(&app.state, app.now()).await.unwrap();
    assert_eq!(moved.len(), 1);
    assert_eq!(moved[0].1, laurel::domain::cycle::Phase::Reviewing);
    assert!(jobs::timeline::run(&app.state, app.now()).await.unwrap().is_empty(), "it moves once");
    assert!(app.audit_actions().await.contains(&"cycle.phase_changed".to_owned()));
}

#[tokio::test]
async fn the_sweep_drops_expired_sessions() {
    let app = TestApp::spawn().await;
    let person = app.person("focal@gov.ke", "nominator", Some("KEN"), None).await;
    let web = app.browser_session(&person.email).await;
    app.clock.advance(Duration::hours(13));
    let swept = jobs::sweep::run(&app.state, app.now()).await.unwrap();
    assert_eq!(swept.sessions, 1);
    assert_eq!(web.get("/account").await.status(), 303);
}

#[tokio::test]
async fn admins_list_the_outbox_by_status_and_resend_a_failed_email() {
    let (app, port, _, token) = an_invitation_that_failed_for_good().await;
    let get = |path: &str| app.client.get(app.url(path)).bearer_auth(&token).send();
    let failed: serde_json::Value = get("/api/v1/outbox?status=failed").await.unwrap().json().await.unwrap();
    let items = failed["items"].as_array().unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["to"], "expert@uni.example");
    assert!(items[0]["last_error"].as_str().unwrap().len() > 3);
    // The statuses are the enum's words, as the OpenAPI document lists them; another word
    // is a malformed filter.
    let lost = get("/api/v1/outbox?status=lost").await.unwrap();
    assert_eq!(lost.status(), 400);
    let problem: serde_json::Value = lost.json().await.unwrap();
    assert_eq!(problem["code"], "bad_request");
    assert!(problem["detail"].as_str().unwrap().contains("pending"), "the refusal names the statuses: {problem}");
    assert_eq!(get("/api/v1/outbox?limit=0").await.unwrap().status(), 400);

    let id = items[0]["id"].as_str().unwrap();
    let sink = SmtpSink::start_on(port);
    let resent =
        app.client.post(app.url(&format!("/api/v1/outbox/{id}/resend"))).bearer_auth(&token).send().await.unwrap();
    assert_eq!(resent.status(), 200);
    jobs::outbox::run(&app.state, app.now()).await.unwrap();
    assert_eq!(sink.messages_to("expert@uni.example").len(), 1);
    let again =
        app.client.post(app.url(&format!("/api/v1/outbox/{id}/resend"))).bearer_auth(&token).send().await.unwrap();
    assert_eq!(again.status(), 409, "a sent email is not resent");

    let trail: serde_json::Value = get("/api/v1/audit?action=email.resent").await.unwrap().json().await.unwrap();
    assert_eq!(trail["items"].as_array().unwrap().len(), 1);
    let page: serde_json::Value = get("/api/v1/audit?limit=2").await.unwrap().json().await.unwrap();
    let cursor = page["next_cursor"].as_str().expect("a next page");
    let next: serde_json::Value =
        get(&format!("/api/v1/audit?limit=2&cursor={cursor}")).await.unwrap().json().await.unwrap();
    assert!(next["items"][0]["seq"].as_i64().unwrap() < page["items"][1]["seq"].as_i64().unwrap());
}

#[tokio::test]
async fn the_email_page_shows_a_failure_with_its_reason_and_resends_it() {
    let (app, _, admin, _) = an_invitation_that_failed_for_good().await;
    let web = app.browser_session(&admin.email).await;
    let page = crate::harness::html(&web.get("/admin/outbox?status=failed").await.text().await.unwrap());
    let rows = crate::harness::texts(&page, "tbody tr");
    assert_eq!(rows.len(), 1);
    assert!(rows[0].contains("expert@uni.example") && rows[0].contains("failed"), "{rows:?}");

    let id = app.outbox_to("expert@uni.example").await[0].id;
    // The message itself: its subject links to it, and it reads as sent, with its reason.
    assert!(page.html().contains(&format!(r#"href="/admin/email/{id}""#)));
    let message = web.get(&format!("/admin/email/{id}")).await;
    assert_eq!(message.status(), 200);
    let message = crate::harness::html(&message.text().await.unwrap());
    assert_eq!(crate::harness::texts(&message, "main h1"), ["You are invited to Laurel as a reviewer"]);
    let text = crate::harness::texts(&message, "pre.email-text").join("");
    assert!(text.contains("/invitations/"), "the text part, whole: {text}");
    let facts = crate::harness::texts(&message, "dl.facts dd").join(" | ");
    assert!(facts.contains("expert@uni.example") && facts.contains('3'), "{facts}");
    // Its HTML part stands alone, where nothing it holds can run.
    let html = web.get(&format!("/admin/email/{id}/html")).await;
    assert_eq!(html.status(), 200);
    let policy = html.headers()["content-security-policy"].to_str().unwrap().to_owned();
    assert!(policy.contains("default-src 'none'") && policy.contains("sandbox"), "{policy}");
    assert!(html.text().await.unwrap().contains("/invitations/"));
    // The API answers the same message with both parts.
    let api = app.client.get(app.url(&format!("/api/v1/outbox/{id}"))).bearer_auth(app.token(&admin.email).await);
    let body: serde_json::Value = api.send().await.unwrap().json().await.unwrap();
    assert_eq!(body["to"], "expert@uni.example");
    assert!(body["text"].as_str().unwrap().contains("/invitations/") && body["html"].is_string());
    assert_eq!((body["status"].as_str(), body["attempts"].as_i64()), (Some("failed"), Some(3)));

    let resent = web.submit(&format!("/admin/email/{id}"), &format!("/admin/outbox/{id}/resend"), &[]).await;
    assert_eq!(resent.status(), 303);
    assert_eq!(app.outbox_to("expert@uni.example").await[0].status, "pending");
}

/// Queues `message` for `to` as a use case would, then delivers the outbox over SMTP.
async fn deliver(app: &TestApp, to: &str, key: &str, message: &dyn laurel::mail::Email) {
    let tx = laurel::db::begin_write(&app.db).await.unwrap();
    let to = laurel::mail::To { address: to, lang: laurel::i18n::Lang::En };
    laurel::mail::enqueue(&tx, to, key.to_owned(), message, app.now()).await.unwrap();
    tx.commit().await.unwrap();
    jobs::outbox::run(&app.state, app.now()).await.unwrap();
}

#[tokio::test]
async fn every_email_arrives_over_smtp_with_its_subject_both_parts_and_its_link() {
    use laurel::mail::messages::*;
    let sink = SmtpSink::start();
    let app = app_mailing_to(&sink.url()).await;
    let link = "https://awards.example.org/nominations/42";
    let cycle = "UN Public Service Awards 2027".to_owned();
    let zoned = |at: &str| laurel::format::Zoned::new(at.parse().unwrap(), "America/New_York");
    let deadline = zoned("2027-02-01T04:59:00Z");
    let due = zoned("2027-03-16T03:59:00Z");
    let receipt = |kind| NominationReceipt {
        kind,
        by: "Wanjiru Kamau".into(),
        title: "Huduma Centres".into(),
        category: "Digital transformation".into(),
        member_state: "Kenya".into(),
        cycle: cycle.clone().into(),
        deadline,
        reference: Some("KEN-014".into()),
        submitted: Some(zoned("2027-01-20T15:04:00Z")),
        link: link.into(),
        receipt_link: format!("{link}/receipt"),
    };
    let cases: Vec<(&str, Box<dyn laurel::mail::Email>, &str, &str)> = vec![
        (
            "receipt",
            Box::new(receipt(ReceiptKind::Submitted)),
            "Received: Huduma Centres (Kenya)",
            "Reference: KEN-014. Submitted on 20 January 2027, 10:04 EST (20 January 2027, 15:04 UTC).",
        ),
        (
            "edited",
            Box::new(receipt(ReceiptKind::Edited)),
            "Updated: Huduma Centres (Kenya)",
            "The latest version is the one that will be reviewed",
        ),
        (
            "withdrawn",
            Box::new(receipt(ReceiptKind::Withdrawn)),
            "Withdrawn: Huduma Centres (Kenya)",
            "It will not be reviewed",
        ),
    ];
    let mut cases = cases;
    cases.push((
        "ineligible",
        Box::new(NominationIneligible {
            title: "Huduma Centres".into(),
            cycle: cycle.clone().into(),
            reason: "Operational for less than two years.".into(),
            link: link.into(),
        }),
        "Not eligible: Huduma Centres",
        "Operational for less than two years.",
    ));
    cases.push((
        "assigned",
        Box::new(ReviewerAssigned {
            name: "Dr. Tremblay".into(),
            cycle: cycle.clone().into(),
            stage: "Experts".into(),
            count: 12,
            due: Some(due),
            link: link.into(),
        }),
        "12 nominations to review for UN Public Service Awards 2027",
        "Please submit your scores by 15 March 2027, 23:59 EDT",
    ));
    cases.push((
        "replaced",
        Box::new(AssignmentReplaced {
            name: "Dr. Mensah".into(),
            cycle: cycle.clone().into(),
            stage: "Experts".into(),
            due: Some(due),
            link: link.into(),
        }),
        "A nomination to review for UN Public Service Awards 2027 (replacing a colleague)",
        "declared a conflict of interest",
    ));
    cases.push((
        "reminder",
        Box::new(ReviewReminder {
            name: "Dr. Tremblay".into(),
            cycle: cycle.clone().into(),
            stage: "Experts".into(),
            pending: 3,
            due,
            overdue: true,
            link: link.into(),
        }),
        "Overdue: 3 reviews for UN Public Service Awards 2027",
        "were due 15 March 2027, 23:59 EDT, and 3 are not submitted yet",
    ));
    cases.push((
        "outcome",
        Box::new(StageOutcome {
            title: "Huduma Centres".into(),
            cycle: cycle.clone().into(),
            stage: "Experts".into(),
            advanced: true,
            score: None,
            link: link.into(),
        }),
        "Advanced: Huduma Centres in UN Public Service Awards 2027",
        "goes on to the next round",
    ));
    cases.push((
        "published",
        Box::new(ResultsPublished { cycle: cycle.clone().into(), to_jury: false, link: link.into() }),
        "The results of UN Public Service Awards 2027 are published",
        "The winners of UN Public Service Awards 2027 are now public",
    ));
    cases.push((
        "digest",
        Box::new(DailyDigest {
            cycle: cycle.clone().into(),
            date: zoned("2027-02-02T12:00:00Z"),
            phase: "reviewing".into(),
            deadline,
            submitted: 40,
            drafts: 2,
            reviews_done: 51,
            reviews_assigned: 111,
            overdue: 4,
            failed_emails: 0,
            link: link.into(),
        }),
        "UN Public Service Awards 2027: progress on 2 February 2027",
        "Reviews submitted: 51 of 111; overdue: 4",
    ));

    for (n, (name, make, subject, phrase)) in cases.iter().enumerate() {
        let to = format!("person{n}@example.org");
        deliver(&app, &to, name, make.as_ref()).await;
        let arrived = sink.messages_to(&to);
        assert_eq!(arrived.len(), 1, "{name}");
        let m = &arrived[0];
        assert_eq!(&m.subject, subject, "{name}");
        assert!(m.text.contains(phrase), "{name} text: {}", m.text);
        assert!(m.text.contains(link), "{name}: the text part has the link");
        let html = m.html.as_deref().unwrap_or_else(|| panic!("{name} has an HTML part"));
        assert!(html.contains(&format!("href=\"{link}\"")), "{name} html: {html}");
        // The same message in each other language: its own words, the same link.
        let english = make.render(Lang::En).unwrap();
        for lang in Lang::ALL.iter().copied().filter(|l| *l != Lang::En) {
            let r = make.render(lang).unwrap();
            assert_ne!(r.subject, english.subject, "{name} in {lang}");
            assert!(r.text.contains(link), "{name} in {lang}: {}", r.text);
            let html = r.html.unwrap();
            assert!(
                html.contains(&format!(r#"<html lang="{lang}" dir="{}">"#, lang.dir())),
                "{name} in {lang}: {html}"
            );
        }
    }
}

#[tokio::test]
async fn reviewers_get_one_reminder_a_day_while_reviews_are_due_within_three_days_or_overdue() {
    let sink = SmtpSink::start();
    let app = app_mailing_to(&sink.url()).await;
    laurel::demo::seed(&app.db, &app.url("/"), app.now()).await.unwrap();
    jobs::outbox::run(&app.state, app.now()).await.unwrap();
    sink.clear();
    // The demo's expert reviews are due in ten days: too early for a reminder.
    assert_eq!(jobs::reminders::run(&app.state, app.now()).await.unwrap(), 0);

    app.clock.advance(Duration::days(8));
    let first = jobs::reminders::run(&app.state, app.now()).await.unwrap();
    assert!(first > 0);
    assert_eq!(jobs::reminders::run(&app.state, app.now()).await.unwrap(), first, "a second run the same day…");
    jobs::outbox::run(&app.state, app.now()).await.unwrap();
    assert_eq!(sink.messages().len(), first, "…sends nothing more");
    let demo_reviewer = sink.messages_to("reviewer@demo.laurel.test");
    assert_eq!(demo_reviewer.len(), 1);
    assert!(demo_reviewer[0].subject.starts_with("Due "), "{}", demo_reviewer[0].subject);

    app.clock.advance(Duration::days(3));
    jobs::reminders::run(&app.state, app.now()).await.unwrap();
    jobs::outbox::run(&app.state, app.now()).await.unwrap();
    let demo_reviewer = sink.messages_to("reviewer@demo.laurel.test");
    assert_eq!(demo_reviewer.len(), 2, "one more the next day");
    assert!(demo_reviewer[1].subject.starts_with("Overdue: "), "{}", demo_reviewer[1].subject);
}

#[tokio::test]
async fn admins_get_a_daily_digest_of_each_cycle_in_progress() {
    let sink = SmtpSink::start();
    let app = app_mailing_to(&sink.url()).await;
    laurel::demo::seed(&app.db, &app.url("/"), app.now()).await.unwrap();
    jobs::outbox::run(&app.state, app.now()).await.unwrap();
    sink.clear();
    assert_eq!(jobs::digest::run(&app.state, app.now()).await.unwrap(), 4, "four cycles in progress, one admin");
    jobs::digest::run(&app.state, app.now()).await.unwrap();
    jobs::outbox::run(&app.state, app.now()).await.unwrap();
    let digests = sink.messages_to("secretariat@demo.laurel.test");
    assert_eq!(digests.len(), 4, "once a day each");
    let unpsa = digests.iter().find(|m| m.subject.starts_with("UN Public Service Awards 2027")).expect("UNPSA digest");
    assert!(unpsa.text.contains("Nominations submitted: 40"), "{}", unpsa.text);
}

/// A focal point invited in Spanish accepts in Spanish; the invitation and, later, the
/// receipt of the nomination they submit arrive in Spanish over SMTP, quoting the
/// nomination as it was written.
#[tokio::test]
async fn an_invitation_accepted_in_spanish_and_then_a_receipt_arrive_in_spanish() {
    let sink = SmtpSink::start();
    let app = app_mailing_to(&sink.url()).await;
    let definition = crate::harness::example_cycle(app.now(), -1, 30);
    let definition = laurel::domain::definition::parse(&definition).unwrap();
    let actor = laurel::service::Actor::operator();
    let cycle = laurel::service::cycles::create_cycle(&app.db, &actor, None, &definition, app.now()).await.unwrap();
    // The secretariat reads Laurel in English and writes to Lima in Spanish.
    let admin = app.person("secretariat@un.example", "admin", None, None).await;
    let token = app.token(&admin.email).await;
    let invited = app
        .client
        .post(app.url("/api/v1/invitations"))
        .bearer_auth(&token)
        .json(&json!({ "email": "punto.focal@gob.pe", "role": "nominator", "member_state": "PER", "language": "es" }))
        .send()
        .await
        .unwrap();
    assert_eq!(invited.status(), 201);
    jobs::outbox::run(&app.state, app.now()).await.unwrap();
    let invitation = &sink.messages_to("punto.focal@gob.pe")[0];
    let es = Lang::Es;
    let subject = es.t_with("email-invitation-subject", &[("role", "nominator".into()), ("state", "Peru".into())]);
    assert_eq!(invitation.subject, subject);
    assert!(invitation.text.contains(&es.t("email-invitation-how-to-accept")), "{}", invitation.text);
    assert!(invitation.html.as_deref().unwrap().contains(r#"<html lang="es" dir="ltr">"#));

    // The link opens the acceptance page in Spanish; they keep Spanish and accept.
    let url = link(&invitation.text, "/invitations/");
    let web = app.web_client();
    let page = web.get(&url).await.text().await.unwrap();
    assert!(page.contains(r#"<html lang="es""#) && page.contains(&es.t("invitation-accept-title")), "{page}");
    let fields = [("name", "Rosa Quispe"), ("password", crate::harness::PASSWORD), ("language", "es")];
    let accepted = web.submit(&url, &url, &fields).await;
    assert_eq!(accepted.status(), 303);
    let welcome = web.get("/account?welcome=1").await.text().await.unwrap();
    assert!(welcome.contains(&es.t("account-title")), "the account page greets them in Spanish");

    // Their nomination's receipt, written in Spanish, quotes the title as typed.
    let token = app.token("punto.focal@gob.pe").await;
    let mut body = crate::harness::complete_nomination("digital-transformation");
    body["title"] = json!("Ventanilla Única Digital");
    let created: serde_json::Value = app
        .client
        .post(app.url(&format!("/api/v1/cycles/{cycle}/nominations")))
        .bearer_auth(&token)
        .json(&body)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(created["language"], "es", "written in the focal point's language unless they say otherwise");
    let id = created["id"].as_str().unwrap();
    let submitted = app.client.post(app.url(&format!("/api/v1/nominations/{id}/submit"))).bearer_auth(&token).send();
    assert_eq!(submitted.await.unwrap().status(), 200);
    jobs::outbox::run(&app.state, app.now()).await.unwrap();
    let mail = sink.messages_to("punto.focal@gob.pe");
    let receipt = mail.last().unwrap();
    let subject = es.t_with(
        "email-receipt-subject-submitted",
        &[("title", "Ventanilla Única Digital".into()), ("state", "Peru".into())],
    );
    assert_eq!(receipt.subject, subject);
    assert!(receipt.text.contains("Ventanilla Única Digital"));
    // The cycle's own words in Spanish, from its definition.
    let category = definition.categories.iter().find(|c| c.key == "digital-transformation").unwrap();
    assert!(receipt.text.contains(category.name.get(es, Lang::En)), "{}", receipt.text);
    assert!(receipt.text.contains(definition.programme.get(es, Lang::En)), "{}", receipt.text);
    assert!(receipt.text.contains(&es.t("email-hello")), "{}", receipt.text);
    assert!(receipt.html.as_deref().unwrap().contains(r#"<html lang="es" dir="ltr">"#));
}

/// Focal points hear of their state's unsubmitted drafts a week and a day before the
/// deadline: once each, one email per person listing every draft; a state whose
/// nomination is submitted hears nothing.
#[tokio::test]
async fn drafts_get_their_reminder_seven_days_and_one_day_before_the_deadline_once_each() {
    let sink = SmtpSink::start();
    let app = app_mailing_to(&sink.url()).await;
    let definition = crate::harness::example_cycle(app.now(), -1, 10);
    let closes: chrono::DateTime<chrono::Utc> = definition["closes_at"].as_str().unwrap().parse().unwrap();
    let definition = laurel::domain::definition::parse(&definition).unwrap();
    let actor = laurel::service::Actor::operator();
    let cycle = laurel::service::cycles::create_cycle(&app.db, &actor, None, &definition, app.now()).await.unwrap();
    app.person("focal@gov.ke", "nominator", Some("KEN"), None).await;
    app.person("deputy@gov.ke", "nominator", Some("KEN"), None).await;
    app.person("focal@gov.gh", "nominator", Some("GHA"), None).await;
    let kenya = app.token("focal@gov.ke").await;
    let ghana = app.token("focal@gov.gh").await;
    let create = |token: String, body: serde_json::Value| {
        let url = app.url(&format!("/api/v1/cycles/{cycle}/nominations"));
        let client = app.client.clone();
        async move {
            let response = client.post(url).bearer_auth(token).json(&body).send().await.unwrap();
            assert_eq!(response.status(), 201);
            response.json::<serde_json::Value>().await.unwrap()["id"].as_str().unwrap().to_owned()
        }
    };
    create(kenya.clone(), serde_json::json!({ "category": "digital-transformation", "title": "Huduma Centres" })).await;
    create(kenya.clone(), serde_json::json!({ "category": "inclusive-services" })).await;
    let submitted = create(ghana.clone(), crate::harness::complete_nomination("digital-transformation")).await;
    let response = app
        .client
        .post(app.url(&format!("/api/v1/nominations/{submitted}/submit")))
        .bearer_auth(&ghana)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    jobs::outbox::run(&app.state, app.now()).await.unwrap();
    let receipts = sink.messages().len();

    let remind_at = |at: chrono::DateTime<chrono::Utc>| {
        app.clock.set(at);
        async {
            jobs::reminders::run(&app.state, app.now()).await.unwrap();
            jobs::outbox::run(&app.state, app.now()).await.unwrap();
        }
    };
    let reminders = |to: &str| -> Vec<crate::harness::smtp::Received> {
        sink.messages_to(to).into_iter().filter(|m| m.subject.starts_with("Not yet submitted")).collect()
    };
    // Ten days out: nothing yet.
    remind_at(app.now()).await;
    assert_eq!(sink.messages().len(), receipts);
    // A week before, and again later that day and the next: one each.
    for at in [closes - Duration::days(7) + Duration::hours(1), closes - Duration::days(7) + Duration::hours(5)] {
        remind_at(at).await;
    }
    remind_at(closes - Duration::days(6)).await;
    for person in ["focal@gov.ke", "deputy@gov.ke"] {
        let got = reminders(person);
        assert_eq!(got.len(), 1, "{person}: one reminder a week before");
        assert!(got[0].subject.contains("2 draft nominations"), "{}", got[0].subject);
        assert!(
            got[0].text.contains("Huduma Centres") && got[0].text.contains("Untitled nomination"),
            "{}",
            got[0].text
        );
    }
    // A day before: one more each, however often the job runs.
    remind_at(closes - Duration::hours(20)).await;
    remind_at(closes - Duration::hours(2)).await;
    for person in ["focal@gov.ke", "deputy@gov.ke"] {
        assert_eq!(reminders(person).len(), 2, "{person}: and one a day before");
    }
    // After the deadline, and for a state with nothing left to submit: none.
    remind_at(closes + Duration::hours(1)).await;
    assert_eq!(reminders("focal@gov.ke").len(), 2);
    assert!(reminders("focal@gov.gh").is_empty(), "a submitted nomination is not reminded of");
}
