//! `kill -9` in the middle of a burst of creates that carry an `Idempotency-Key`: after
//! a restart, every request the server acknowledged is there, every request it did not
//! is completed by its retry exactly once (not lost, not doubled), and the audit trail
//! still verifies. On SQLite and PostgreSQL, with the real `laurel serve`.

use std::collections::{BTreeMap, BTreeSet};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::harness::browser::free_port;
use crate::harness::{PASSWORD, TestDatabase, complete_nomination, example_cycle};

struct Server {
    child: Child,
    base: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(database_url: &str) -> Server {
    let port = free_port();
    let child = Command::new(env!("CARGO_BIN_EXE_laurel"))
        .arg("serve")
        .env("DATABASE_URL", database_url)
        .env("LAUREL_BIND", format!("127.0.0.1:{port}"))
        .env("LAUREL_MAIL_URL", "log:")
        .env("LAUREL_LOG", "warn")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start laurel serve");
    Server { child, base: format!("http://127.0.0.1:{port}") }
}

async fn ready(client: &reqwest::Client, server: &Server) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while client.get(format!("{}/healthz", server.base)).send().await.is_err() {
        assert!(Instant::now() < deadline, "the server answers within 30 s");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

const REQUESTS: usize = 40;

#[tokio::test]
async fn a_server_killed_mid_burst_loses_no_acknowledged_create_and_doubles_no_retry() {
    let database = TestDatabase::create().await;
    let db = laurel::db::connect(&database.url).await.unwrap();
    laurel::db::migrate(&db).await.unwrap();
    let now = chrono::Utc::now();
    let definition = laurel::domain::definition::parse(&example_cycle(now, -1, 30)).unwrap();
    let actor = laurel::service::Actor::operator();
    let cycle = laurel::service::cycles::create_cycle(&db, &actor, None, &definition, now).await.unwrap();
    let new = laurel::service::accounts::NewUser {
        email: "focal@gov.ke".into(),
        name: "Focal Point".into(),
        role: "nominator".into(),
        member_state: Some("KEN".into()),
        nationality: None,
        password: PASSWORD.into(),
    };
    laurel::service::accounts::create_user(&db, &actor, new, now).await.unwrap();

    let client = reqwest::Client::builder().timeout(Duration::from_secs(20)).build().unwrap();
    let first = serve(database.url.expose());
    ready(&client, &first).await;
    let login = json!({ "email": "focal@gov.ke", "password": PASSWORD });
    let token: Value = client
        .post(format!("{}/api/v1/auth/login", first.base))
        .json(&login)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let token = token["token"].as_str().unwrap().to_owned();
    let body = |n: usize| {
        let mut body = complete_nomination("digital-transformation");
        body["title"] = json!(format!("Initiative {n}"));
        body
    };
    let create = |base: String, n: usize| {
        let (client, token, body) = (client.clone(), token.clone(), body(n));
        async move {
            let response = client
                .post(format!("{base}/api/v1/cycles/{cycle}/nominations"))
                .bearer_auth(token)
                .header("idempotency-key", format!("burst-{n}"))
                .json(&body)
                .send()
                .await
                .ok()?;
            let status = response.status().as_u16();
            let answer: Value = response.json().await.ok()?;
            Some((status, answer))
        }
    };

    // The burst, with the server killed once a few have been answered.
    let mut burst = tokio::task::JoinSet::new();
    for n in 0..REQUESTS {
        let request = create(first.base.clone(), n);
        burst.spawn(async move { (n, request.await) });
    }
    let mut acknowledged = BTreeMap::new();
    let mut first = Some(first);
    while let Some(done) = burst.join_next().await {
        let (n, answer) = done.unwrap();
        if let Some((201, answer)) = answer {
            acknowledged.insert(n, answer["id"].as_str().unwrap().to_owned());
        }
        if acknowledged.len() == 5
            && let Some(mut server) = first.take()
        {
            server.child.kill().unwrap(); // SIGKILL
            server.child.wait().unwrap();
        }
    }
    drop(first);
    assert!(acknowledged.len() < REQUESTS, "the kill landed mid-burst ({} answered)", acknowledged.len());

    // A restart; every request is retried with its key until it is answered.
    let second = serve(database.url.expose());
    ready(&client, &second).await;
    let deadline = Instant::now() + laurel::service::idempotency::LEASE.to_std().unwrap() + Duration::from_secs(30);
    let mut settled = BTreeMap::new();
    for n in 0..REQUESTS {
        loop {
            match create(second.base.clone(), n).await {
                Some((201, answer)) => {
                    settled.insert(n, answer["id"].as_str().unwrap().to_owned());
                    break;
                }
                // A claim left by the killed server, within its lease.
                Some((409, answer)) if answer["detail"].as_str().unwrap_or("").contains("still being processed") => {}
                other => panic!("request {n} retried: {other:?}"),
            }
            assert!(Instant::now() < deadline, "request {n} is settled once its lease runs out");
            tokio::time::sleep(Duration::from_secs(1)).await;
        }
    }
    for (n, id) in &acknowledged {
        assert_eq!(&settled[n], id, "request {n} was acknowledged and its retry answers the same nomination");
    }
    let mine: Value = client
        .get(format!("{}/api/v1/nominations?limit=500", second.base))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let stored: BTreeSet<String> =
        mine["items"].as_array().unwrap().iter().map(|n| n["id"].as_str().unwrap().to_owned()).collect();
    let answered: BTreeSet<String> = settled.values().cloned().collect();
    assert_eq!(answered.len(), REQUESTS, "each request its own nomination");
    assert_eq!(stored, answered, "exactly the answered nominations are stored: none lost, none doubled");
    drop(second);

    let verify = Command::new(env!("CARGO_BIN_EXE_laurel"))
        .args(["audit", "verify"])
        .env("DATABASE_URL", database.url.expose())
        .output()
        .unwrap();
    assert!(verify.status.success(), "{}", String::from_utf8_lossy(&verify.stderr));
    assert!(String::from_utf8_lossy(&verify.stdout).contains("intact"));
}
