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
    serve_with(database_url, free_port(), &[("LAUREL_MAIL_URL", smtp), ("LAUREL_REMINDERS_CRON", "*/2 * * * * *")])
}

/// `laurel serve` on `port` with the settings `env` adds.
fn serve_with(database_url: &str, port: u16, env: &[(&str, &str)]) -> Instance {
    let child = Command::new(env!("CARGO_BIN_EXE_laurel"))
        .arg("serve")
        .env("DATABASE_URL", database_url)
        .env("LAUREL_BIND", format!("127.0.0.1:{port}"))
        .env("LAUREL_LOG", "warn")
        .envs(env.iter().copied())
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
    // The demo's voters had their codes when they registered.
    let sent_before = entity::outbox_message::Entity::find()
        .filter(entity::outbox_message::Column::Status.eq("sent"))
        .count(&db)
        .await
        .unwrap();
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
    let mut subjects: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
    for m in &received {
        *subjects.entry(m.subject.split_whitespace().take(3).collect::<Vec<_>>().join(" ")).or_default() += 1;
    }
    assert_eq!(received.len(), expected, "{subjects:?}");
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
    assert_eq!(sent - sent_before, u64::try_from(expected).unwrap());
}

/// Starts `laurel serve` on `port` with the public vote's limits raised for a crowd from
/// one loopback address.
fn serve_votes(database_url: &str, port: u16) -> Instance {
    let limits = [
        ("LAUREL_MAIL_URL", "log:"),
        ("LAUREL_VOTE_REGISTRATIONS_PER_ADDRESS", "10000"),
        ("LAUREL_VOTE_REGISTRATIONS_PER_NETWORK", "10000"),
    ];
    serve_with(database_url, port, &limits)
}

async fn until_ready(client: &reqwest::Client, base: &str) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while client.get(format!("{base}/readyz")).send().await.map(|r| r.status() != 200).unwrap_or(true) {
        assert!(Instant::now() < deadline, "{base} did not start");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Two `laurel serve` instances on one database take a burst of votes at once, some of
/// them the same voter's same vote sent to both: the count equals the votes they
/// acknowledged, and the recount from the log agrees.
#[tokio::test]
async fn two_instances_take_a_burst_of_votes_and_count_each_acknowledged_vote_once() {
    use serde_json::{Value, json};
    let database = TestDatabase::create().await;
    let db = laurel::db::connect(&database.url).await.unwrap();
    laurel::db::migrate(&db).await.unwrap();
    let now = chrono::Utc::now();
    let vote = crate::vote::seed_open_vote(&db, now, 4, None).await;

    let (a, b) = (free_port(), free_port());
    let _instances = [serve_votes(database.url.expose(), a), serve_votes(database.url.expose(), b)];
    let client = reqwest::Client::new();
    let bases = [format!("http://127.0.0.1:{a}"), format!("http://127.0.0.1:{b}")];
    for base in &bases {
        until_ready(&client, base).await;
    }

    // Forty voters, registered and confirmed on alternate instances.
    let mut tokens = Vec::new();
    for n in 0..40_usize {
        let base = &bases[n % 2];
        let email = format!("voter{n}@example.org");
        let sent = client.post(format!("{base}/api/v1/public/voters")).json(&json!({ "email": email })).send().await;
        assert_eq!(sent.unwrap().status(), 202);
        let code = entity::outbox_message::Entity::find()
            .filter(entity::outbox_message::Column::ToAddress.eq(email.as_str()))
            .one(&db)
            .await
            .unwrap()
            .map(|m| crate::vote::code_in(&m.body_text))
            .unwrap();
        let confirm = json!({ "email": email, "code": code });
        let other = &bases[(n + 1) % 2];
        let body: Value = client
            .post(format!("{other}/api/v1/public/voters/confirm"))
            .json(&confirm)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        tokens.push(body["token"].as_str().unwrap().to_owned());
    }

    // Every voter votes in every category at once, each vote to one instance or the
    // other; a quarter of them send the same vote to both.
    let mut requests = Vec::new();
    for (n, token) in tokens.iter().enumerate() {
        for (c, (key, nominations)) in vote.categories.iter().enumerate() {
            let nomination = nominations[(n + c) % nominations.len()];
            let targets: &[usize] = if n % 4 == 0 {
                &[0, 1]
            } else if (n + c) % 2 == 0 {
                &[0]
            } else {
                &[1]
            };
            for &i in targets {
                let url = format!("{}/api/v1/public/ballots/{}/{key}", bases[i], vote.stage);
                let request = client.put(url).bearer_auth(token).json(&json!({ "nomination": nomination }));
                requests.push(async move {
                    (request.send().await.map(|r| r.status().as_u16()), n, key.clone(), nomination)
                });
            }
        }
    }
    let answers = futures::future::join_all(requests).await;
    let mut acknowledged: std::collections::BTreeMap<(String, uuid::Uuid), std::collections::BTreeSet<usize>> =
        std::collections::BTreeMap::new();
    for (status, voter, key, nomination) in answers {
        assert_eq!(status.unwrap(), 200, "every vote in the window is taken");
        acknowledged.entry((key, nomination)).or_default().insert(voter);
    }

    let admin = laurel::service::accounts::NewUser {
        email: "secretariat@itu.example".into(),
        name: "Secretariat".into(),
        role: "admin".into(),
        member_state: None,
        nationality: None,
        password: crate::harness::PASSWORD.into(),
    };
    laurel::service::accounts::create_user(&db, &laurel::service::Actor::operator(), admin, now).await.unwrap();
    let login = json!({ "email": "secretariat@itu.example", "password": crate::harness::PASSWORD });
    let body: Value =
        client.post(format!("{}/api/v1/auth/login", bases[0])).json(&login).send().await.unwrap().json().await.unwrap();
    let token = body["token"].as_str().unwrap();
    let totals: Value = client
        .get(format!("{}/api/v1/stages/{}/votes", bases[1], vote.stage))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(totals["voters"], 40);
    assert_eq!(totals["ballots_counted"], 40, "{totals}");
    for line in totals["totals"].as_array().unwrap() {
        let key =
            (line["category"].as_str().unwrap().to_owned(), line["nomination"].as_str().unwrap().parse().unwrap());
        let expected = acknowledged.get(&key).map_or(0, std::collections::BTreeSet::len);
        assert_eq!(line["votes"].as_u64().unwrap(), u64::try_from(expected).unwrap(), "{key:?}");
    }
    let standing = entity::vote::Entity::find().count(&db).await.unwrap();
    assert_eq!(standing, 40 * u64::try_from(vote.categories.len()).unwrap(), "one vote per voter and category");
    let caches = laurel::cache::Caches::default();
    let (recount, _) = laurel::service::vote::tally::recount(&db, &caches, vote.stage).await.unwrap();
    let counted: u64 = totals["totals"].as_array().unwrap().iter().map(|t| t["votes"].as_u64().unwrap()).sum();
    assert_eq!(recount.totals.values().sum::<u64>(), counted, "the log replays to the same count");
}
