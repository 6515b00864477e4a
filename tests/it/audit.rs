//! The audit trail's hash chain catches any edited, inserted or deleted row.

use chrono::Utc;
use laurel::service::Actor;
use laurel::service::audit::{self, Break, Event, Verdict};
use sea_orm::{ConnectionTrait as _, DatabaseConnection};
use serde_json::json;

use crate::harness::TestApp;

/// Five events, as five use cases would write them.
async fn five_events(db: &DatabaseConnection) {
    for i in 1..=5 {
        let tx = laurel::db::begin_write(db).await.unwrap();
        let event = Event::new("nomination.edited", "nomination", format!("n-{i}"))
            .details(json!({ "field": "title", "n": i }));
        audit::record(&tx, &Actor::system(), event, Utc::now()).await.unwrap();
        tx.commit().await.unwrap();
    }
}

/// A fresh id in the form each database stores UUIDs (SQLite: 16-byte blobs).
fn forged_id(db: &DatabaseConnection) -> &'static str {
    match db.get_database_backend() {
        sea_orm::DbBackend::Sqlite => "X'018f0000000070008000000000000009'",
        _ => "'018f0000-0000-7000-8000-000000000009'",
    }
}

async fn sql(db: &DatabaseConnection, statement: &str) {
    db.execute_unprepared(statement).await.unwrap_or_else(|e| panic!("{statement}: {e}"));
}

#[tokio::test]
async fn an_untouched_trail_verifies() {
    let app = TestApp::spawn().await;
    five_events(&app.db).await;
    assert_eq!(audit::verify(&app.db).await.unwrap(), Verdict::Intact { events: 5 });
}

#[tokio::test]
async fn an_event_that_rolled_back_leaves_no_trace_in_the_chain() {
    let app = TestApp::spawn().await;
    five_events(&app.db).await;
    let tx = laurel::db::begin_write(&app.db).await.unwrap();
    audit::record(&tx, &Actor::system(), Event::new("nomination.submitted", "nomination", "n-9"), Utc::now())
        .await
        .unwrap();
    tx.rollback().await.unwrap();
    five_events(&app.db).await;
    assert_eq!(audit::verify(&app.db).await.unwrap(), Verdict::Intact { events: 10 });
}

#[tokio::test]
async fn tampering_is_caught_and_the_first_broken_event_named() {
    struct Case {
        what: &'static str,
        tamper: &'static [&'static str],
        expect: fn(&Break) -> bool,
    }
    let cases = [
        Case {
            what: "a detail edited in place",
            tamper: &["UPDATE audit_event SET action = 'nomination.withdrawn' WHERE seq = 3"],
            expect: |b| matches!(b, Break::Altered { seq: 3, .. }),
        },
        Case {
            what: "a row deleted from the middle",
            tamper: &["DELETE FROM audit_event WHERE seq = 2"],
            expect: |b| matches!(b, Break::Deleted { seq: 3, .. }),
        },
        Case {
            what: "the newest rows deleted",
            tamper: &["DELETE FROM audit_event WHERE seq >= 4"],
            expect: |b| matches!(b, Break::TailDeleted { expected_seq: 5, found_seq: 3 }),
        },
        Case {
            what: "a forged row squeezed in by renumbering",
            tamper: &[
                "UPDATE audit_event SET seq = seq + 100 WHERE seq >= 3",
                "INSERT INTO audit_event (seq, id, at, actor_id, actor_label, action, subject_type, subject_id, details, prev_hash, hash) \
                 SELECT 3, {forged_id}, at, actor_id, actor_label, 'nomination.forged', subject_type, subject_id, details, hash, hash FROM audit_event WHERE seq = 2",
                "UPDATE audit_event SET seq = seq - 99 WHERE seq >= 103",
            ],
            expect: |b| matches!(b, Break::Altered { seq: 3, .. } | Break::Inserted { seq: 3, .. }),
        },
        Case {
            what: "a row appended after the end",
            tamper: &[
                "INSERT INTO audit_event (seq, id, at, actor_id, actor_label, action, subject_type, subject_id, details, prev_hash, hash) \
                 SELECT 6, {forged_id}, at, actor_id, actor_label, action, subject_type, subject_id, details, hash, hash FROM audit_event WHERE seq = 5",
            ],
            expect: |b| matches!(b, Break::Altered { seq: 6, .. } | Break::Appended { .. }),
        },
    ];
    for case in cases {
        let app = TestApp::spawn().await;
        five_events(&app.db).await;
        for statement in case.tamper {
            sql(&app.db, &statement.replace("{forged_id}", forged_id(&app.db))).await;
        }
        match audit::verify(&app.db).await.unwrap() {
            Verdict::Broken(b) => assert!((case.expect)(&b), "{}: reported {b:?}: {b}", case.what),
            Verdict::Intact { .. } => panic!("{}: not detected", case.what),
        }
    }
}

#[tokio::test]
async fn a_row_rewritten_with_a_recomputed_hash_still_breaks_the_chain_after_it() {
    let app = TestApp::spawn().await;
    five_events(&app.db).await;
    // A forger who recomputes row 3's own hash cannot also fix row 4's link to it
    // without rewriting the rest of the chain: the break shows at row 4.
    sql(&app.db, "UPDATE audit_event SET hash = (SELECT hash FROM audit_event WHERE seq = 1) WHERE seq = 3").await;
    match audit::verify(&app.db).await.unwrap() {
        Verdict::Broken(b) => assert!(matches!(b, Break::Altered { seq: 3, .. }), "{b:?}"),
        Verdict::Intact { .. } => panic!("not detected"),
    }
}

/// The secretariat reads the trail in the browser, filtered by action and by day, a page
/// at a time, and checks the chain there: whole, then tampered with.
#[tokio::test]
async fn the_secretariat_reads_filters_and_checks_the_trail_in_its_pages() {
    let app = TestApp::spawn().await;
    let admin = app.person("secretariat@un.example", "admin", None, None).await;
    five_events(&app.db).await;
    let web = app.browser_session(&admin.email).await;
    let rows = |body: &str| crate::harness::texts(&crate::harness::html(body), "tbody tr");

    let page = web.get("/admin/audit").await;
    assert_eq!(page.status(), 200);
    let body = page.text().await.unwrap();
    assert!(body.contains("has not been checked"), "no check has run yet");
    let all = rows(&body);
    assert!(all.len() >= 6, "the five events and the sign-in's: {all:?}");

    let edited = rows(&web.get("/admin/audit?action=nomination.edited").await.text().await.unwrap());
    assert_eq!(edited.len(), 5);
    assert!(edited[0].contains("n-5") && edited[4].contains("n-1"), "newest first: {edited:?}");
    let today = app.now().format("%Y-%m-%d").to_string();
    let on_the_day = web.get(&format!("/admin/audit?action=nomination.edited&from={today}&until={today}")).await;
    assert_eq!(rows(&on_the_day.text().await.unwrap()).len(), 5);
    let before = web.get("/admin/audit?action=nomination.edited&until=2000-01-01").await;
    assert!(rows(&before.text().await.unwrap()).is_empty());

    let checked = web.submit("/admin/audit", "/admin/audit/verify", &[]).await;
    assert_eq!(checked.status(), 303);
    let body = web.get("/admin/audit").await.text().await.unwrap();
    assert!(body.contains("events are as they were recorded"), "{body}");

    sql(&app.db, "UPDATE audit_event SET action = 'nomination.withdrawn' WHERE seq = 3").await;
    web.submit("/admin/audit", "/admin/audit/verify", &[]).await;
    let body = web.get("/admin/audit").await.text().await.unwrap();
    assert!(body.contains("tampered with") && body.contains("event 3"), "{body}");
}
