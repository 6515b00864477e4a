//! Two `laurel serve` processes on one database share the timed jobs: every queued
//! email is delivered exactly once, and each reminder is sent once.

use std::collections::HashMap;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use sea_orm::{ColumnTrait as _, ConnectionTrait as _, EntityTrait as _, PaginatorTrait as _, QueryFilter as _};

use crate::harness::TestDatabase;
use crate::harness::browser::free_port;
use crate::harness::smtp::SmtpSink;

struct Instance(Child);

impl Drop for Instance {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn serve(database_url: &str, smtp: &str) -> Instance {
    let child = Command::new(env!("CARGO_BIN_EXE_laurel"))
        .arg("serve")
        .env("DATABASE_URL", database_url)
        .env("LAUREL_BIND", format!("127.0.0.1:{}", free_port()))
        .env("LAUREL_MAIL_URL", smtp)
        .env("LAUREL_REMINDERS_CRON", "*/2 * * * * *")
        .env("LAUREL_LOG", "warn")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start laurel serve");
    Instance(child)
}

#[tokio::test]
async fn two_instances_deliver_a_thousand_emails_and_the_reminders_exactly_once() {
    let database = TestDatabase::create().await;
    let db = laurel::db::connect(&database.url).await.unwrap();
    laurel::db::migrate(&db).await.unwrap();
    let now = chrono::Utc::now();
    laurel::demo::seed(&db, "http://127.0.0.1:8080/", now).await.unwrap();
    // Bring the demo's expert reviews due tomorrow, so the reminder job has work.
    let due = now + chrono::Duration::days(1);
    entity::assignment::Entity::update_many()
        .col_expr(entity::assignment::Column::DueAt, sea_orm::sea_query::Expr::value(due))
        .filter(entity::assignment::Column::Status.eq("pending"))
        .exec(&db)
        .await
        .unwrap();
    let reviewers_with_work = db
        .query_one_raw(sea_orm::Statement::from_string(
            db.get_database_backend(),
            "SELECT COUNT(DISTINCT reviewer_id) AS n FROM assignment WHERE status = 'pending'",
        ))
        .await
        .unwrap()
        .unwrap()
        .try_get::<i64>("", "n")
        .unwrap();
    assert!(reviewers_with_work > 5);

    let tx = laurel::db::begin_write(&db).await.unwrap();
    for n in 0..1000 {
        let message = laurel::mail::messages::ResultsPublished {
            cycle: format!("Cycle {n}").into(),
            to_jury: false,
            link: "https://awards.example.org/".into(),
        };
        let address = format!("bulk{n}@example.org");
        let to = laurel::mail::To { address: &address, lang: laurel::i18n::Lang::En };
        laurel::mail::enqueue(&tx, to, format!("bulk:{n}"), &message, now).await.unwrap();
    }
    tx.commit().await.unwrap();

    let sink = SmtpSink::start();
    // Everything queued (the thousand, and the demo's own history of receipts,
    // assignments and results) and one reminder per reviewer with work.
    let queued = entity::outbox_message::Entity::find()
        .filter(entity::outbox_message::Column::Status.eq("pending"))
        .count(&db)
        .await
        .unwrap();
    assert!(queued > 1000);
    let expected = usize::try_from(queued).unwrap() + usize::try_from(reviewers_with_work).unwrap();
    let instances = [serve(database.url.expose(), &sink.url()), serve(database.url.expose(), &sink.url())];

    let deadline = Instant::now() + Duration::from_secs(90);
    while sink.messages().len() < expected {
        if Instant::now() >= deadline {
            let stuck = entity::outbox_message::Entity::find()
                .filter(entity::outbox_message::Column::Status.ne("sent"))
                .all(&db)
                .await
                .unwrap();
            let sample: Vec<_> =
                stuck.iter().take(3).map(|m| (&m.status, m.attempts, &m.last_error, &m.claimed_by)).collect();
            panic!(
                "only {} of {expected} emails arrived; {} not sent, e.g. {sample:?}",
                sink.messages().len(),
                stuck.len()
            );
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    // Give both instances several more ticks in which to send anything twice.
    tokio::time::sleep(Duration::from_secs(7)).await;
    drop(instances);

    let received = sink.messages();
    // Each message's id is its outbox row's: one arrival per id is exactly once.
    let mut per_message: HashMap<&str, usize> = HashMap::new();
    for m in &received {
        *per_message.entry(m.message_id.as_str()).or_default() += 1;
    }
    let doubled: Vec<_> = per_message.iter().filter(|(_, n)| **n > 1).collect();
    assert!(doubled.is_empty(), "sent more than once: {doubled:?}");
    assert_eq!(received.len(), expected);
    let reminded: std::collections::HashSet<&str> = received
        .iter()
        .filter(|m| m.subject.starts_with("Due ") || m.subject.starts_with("Overdue"))
        .map(|m| m.to.as_str())
        .collect();
    assert_eq!(reminded.len(), usize::try_from(reviewers_with_work).unwrap(), "one reminder per reviewer");
    let sent = entity::outbox_message::Entity::find()
        .filter(entity::outbox_message::Column::Status.eq("sent"))
        .count(&db)
        .await
        .unwrap();
    assert_eq!(sent, u64::try_from(expected).unwrap());
}
