//! The public vote at WSIS scale: `cargo bench --bench vote`.
//!
//! A vote of eighteen categories of 55 nominations (990) and its voters, each with a
//! token, are written straight to the tables (registration is not what is measured);
//! then votes are cast through HTTP on loopback against a real `laurel serve` by many
//! clients at once, each vote a `PUT /api/v1/public/ballots/{stage}/{category}`. The
//! harness reports votes per second, p50 and p99 latency, the server's CPU per vote and
//! its peak memory (VmHWM), then times the count from the standing votes and the
//! recount replayed from the log (in process, as `laurel vote recount` does).
//!
//! Sizes: `LAUREL_VOTE_BENCH_VOTERS` (default 300,000) and `LAUREL_VOTE_BENCH_VOTES`
//! (default 1,500,000). With `LAUREL_VOTE_BENCH_POSTGRES` (a PostgreSQL URL whose user
//! may create databases), the same run is made against two instances sharing a fresh
//! PostgreSQL database. Targets (issue 19): at least 2,000 votes a second on one
//! instance on SQLite on a 2-core machine, p99 under 50 ms, the recount of 1.5 million
//! votes under a second, the server under 128 MiB. Results in docs/PERFORMANCE.md.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::print_stdout,
    clippy::cast_precision_loss,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss
)]

use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use chrono::Utc;
use laurel::config::DatabaseUrl;
use rand::rngs::StdRng;
use rand::{Rng as _, SeedableRng as _};
use sea_orm::{ActiveModelTrait as _, ActiveValue::Set, ColumnTrait as _, EntityTrait as _, QueryFilter as _};
use uuid::Uuid;

#[path = "support/server.rs"]
mod server;
use server::{Server, free_port, wait_until_up};

const CATEGORIES: usize = 18;
const PER_CATEGORY: usize = 55;
/// Clients sending votes at once.
const CONCURRENCY: usize = 64;
/// Rows written per statement while seeding.
const BATCH: usize = 1_000;

fn main() {
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    runtime.block_on(run());
}

fn size(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.replace('_', "").parse().ok()).unwrap_or(default)
}

/// `laurel serve` on `url`, on a free port.
fn start(url: &DatabaseUrl) -> Server {
    let port = free_port();
    let child = Command::new(env!("CARGO_BIN_EXE_laurel"))
        .arg("serve")
        .env("DATABASE_URL", url.expose())
        .env("LAUREL_BIND", format!("127.0.0.1:{port}"))
        .env("LAUREL_MAIL_URL", "log:")
        .env("LAUREL_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    Server { child, base: format!("http://127.0.0.1:{port}") }
}

struct Dataset {
    stage: Uuid,
    /// Category key → its nominations.
    categories: Vec<(String, Vec<Uuid>)>,
    voters: usize,
}

/// The voter `n`'s token: known to the harness, stored hashed like any other.
fn token(n: usize) -> String {
    format!("bench-voter-{n:07}")
}

async fn seed(url: &DatabaseUrl, voters: usize) -> Dataset {
    let db = laurel::db::connect(url).await.unwrap();
    laurel::db::migrate(&db).await.unwrap();
    let now = Utc::now();
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/wsis-2027.toml")).unwrap();
    let mut d = laurel::domain::definition::parse_toml(&text).unwrap();
    d.opens_at = now - chrono::Duration::days(90);
    d.closes_at = now - chrono::Duration::days(10);
    d.publish_at = now + chrono::Duration::days(90);
    d.stages[1].opens_at = Some(now - chrono::Duration::days(1));
    d.stages[1].closes_at = Some(now + chrono::Duration::days(30));
    d.stages[2].due_at = Some(now + chrono::Duration::days(60));
    let actor = laurel::service::Actor::operator();
    let cycle = laurel::service::cycles::create_cycle(&db, &actor, None, &d, now).await.unwrap();
    let author = laurel::service::accounts::NewUser {
        email: "focal@gov.example".into(),
        name: "Focal point".into(),
        role: "nominator".into(),
        member_state: Some("KEN".into()),
        nationality: None,
        password: "lantern orbit cashew meadow".into(),
    };
    let author = laurel::service::accounts::create_user(&db, &actor, author, now).await.unwrap().id;
    let stage = entity::stage::Entity::find()
        .filter(entity::stage::Column::CycleId.eq(cycle))
        .filter(entity::stage::Column::Kind.eq("public_vote"))
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    let mut open: entity::stage::ActiveModel = stage.clone().into();
    open.status = Set("active".into());
    open.update(&db).await.unwrap();
    let states = migration::member_states::MEMBER_STATES;
    let mut categories = Vec::new();
    let mut rows = Vec::new();
    for c in
        entity::category::Entity::find().filter(entity::category::Column::CycleId.eq(cycle)).all(&db).await.unwrap()
    {
        let mut ids = Vec::new();
        for i in 0..PER_CATEGORY {
            let id = Uuid::now_v7();
            let state = states[(ids.len() + categories.len() * PER_CATEGORY) % states.len()].0;
            rows.push(entity::nomination::ActiveModel {
                id: Set(id),
                cycle_id: Set(cycle),
                category_id: Set(c.id),
                member_state: Set(state.to_owned()),
                created_by: Set(author),
                title: Set(format!("{} initiative {i}", c.key)),
                institution: Set(format!("Digital agency of {state}")),
                summary: Set("A service that brings people closer to their government, described for the public in \
                              about two hundred words, as the WSIS Prizes ask of every project on the ballot."
                    .into()),
                status: Set("in_review".into()),
                version: Set(1),
                current_stage_id: Set(Some(stage.id)),
                submitted_at: Set(Some(now)),
                created_at: Set(now),
                updated_at: Set(now),
                language: Set(Some("en".into())),
                ..Default::default()
            });
            ids.push(id);
        }
        categories.push((c.key, ids));
    }
    for chunk in rows.chunks(100) {
        entity::nomination::Entity::insert_many(chunk.to_vec()).exec(&db).await.unwrap();
    }
    for start in (0..voters).step_by(BATCH) {
        let end = (start + BATCH).min(voters);
        let ids: Vec<Uuid> = (start..end).map(|_| Uuid::now_v7()).collect();
        let people = (start..end).zip(&ids).map(|(n, id)| entity::voter::ActiveModel {
            id: Set(*id),
            address: Set(format!("voter{n}@mail.example")),
            email: Set(format!("voter{n}@mail.example")),
            domain: Set("mail.example".into()),
            language: Set(Some("en".into())),
            created_at: Set(now - chrono::Duration::hours(1)),
            confirmed_at: Set(Some(now)),
            code_hash: Set(None),
            code_expires_at: Set(None),
            code_attempts: Set(0),
            client_hash: Set(format!("{n:032x}")),
            network_hash: Set(format!("{:032x}", n / 200)),
        });
        entity::voter::Entity::insert_many(people).exec(&db).await.unwrap();
        let tokens = (start..end).zip(&ids).map(|(n, id)| entity::voter_token::ActiveModel {
            token_hash: Set(laurel::service::secret::digest(&token(n))),
            voter_id: Set(*id),
            created_at: Set(now),
            expires_at: Set(now + chrono::Duration::days(60)),
        });
        entity::voter_token::Entity::insert_many(tokens).exec(&db).await.unwrap();
    }
    db.close().await.unwrap();
    Dataset { stage: stage.id, categories, voters }
}

/// One measured run of `votes` votes against `bases` (spread over them in turn).
struct Measured {
    seconds: f64,
    latencies_us: Vec<u32>,
    failed: usize,
}

async fn cast(data: Arc<Dataset>, bases: Vec<String>, votes: usize) -> Measured {
    let client = reqwest::Client::builder().pool_max_idle_per_host(CONCURRENCY).build().unwrap();
    let next = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let mut tasks = Vec::new();
    for worker in 0..CONCURRENCY {
        let (client, data, bases, next) = (client.clone(), data.clone(), bases.clone(), next.clone());
        tasks.push(tokio::spawn(async move {
            let mut rng = StdRng::seed_from_u64(worker as u64);
            let mut latencies = Vec::new();
            let mut failed = 0;
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= votes {
                    break;
                }
                // Each voter votes in turn through the categories: vote i is voter
                // i mod voters' (i / voters)-th category.
                let voter = i % data.voters;
                let (key, nominations) = &data.categories[(i / data.voters + voter) % CATEGORIES];
                let nomination = nominations[rng.random_range(0..nominations.len())];
                let url = format!("{}/api/v1/public/ballots/{}/{key}", bases[i % bases.len()], data.stage);
                let sent = Instant::now();
                let answer = client
                    .put(url)
                    .bearer_auth(token(voter))
                    .json(&serde_json::json!({ "nomination": nomination }))
                    .send()
                    .await;
                latencies.push(sent.elapsed().as_micros() as u32);
                if !answer.is_ok_and(|a| a.status().is_success()) {
                    failed += 1;
                }
            }
            (latencies, failed)
        }));
    }
    let mut latencies_us = Vec::with_capacity(votes);
    let mut failed = 0;
    for task in tasks {
        let (l, f) = task.await.unwrap();
        latencies_us.extend(l);
        failed += f;
    }
    Measured { seconds: started.elapsed().as_secs_f64(), latencies_us, failed }
}

fn report(what: &str, m: &mut Measured, votes: usize, servers: &[&Server], cpu_before: u64) {
    m.latencies_us.sort_unstable();
    let at = |q: f64| f64::from(m.latencies_us[((m.latencies_us.len() - 1) as f64 * q) as usize]) / 1000.0;
    let cpu: u64 = servers.iter().map(|s| s.cpu_ns()).sum::<u64>() - cpu_before;
    let peak = servers.iter().map(|s| s.memory_kib("VmHWM:")).max().unwrap_or(0);
    println!(
        "{what}: {votes} votes in {:.1} s = {:.0} votes/s; p50 {:.2} ms, p99 {:.2} ms; {} refused; \
         server CPU {:.3} ms per vote; peak memory {:.1} MiB",
        m.seconds,
        votes as f64 / m.seconds,
        at(0.50),
        at(0.99),
        m.failed,
        cpu as f64 / votes as f64 / 1e6,
        peak as f64 / 1024.0
    );
}

async fn recount(url: &DatabaseUrl, stage: Uuid) {
    let db = laurel::db::connect(url).await.unwrap();
    let caches = laurel::cache::Caches::default();
    let logged =
        entity::vote_log::Entity::find().filter(entity::vote_log::Column::StageId.eq(stage)).count(&db).await.unwrap();
    let standing =
        entity::vote::Entity::find().filter(entity::vote::Column::StageId.eq(stage)).count(&db).await.unwrap();
    let started = Instant::now();
    let (count, _) = laurel::service::vote::tally::count(&db, &caches, stage).await.unwrap();
    let counted = started.elapsed();
    let started = Instant::now();
    let (replayed, _) = laurel::service::vote::tally::recount(&db, &caches, stage).await.unwrap();
    let recounted = started.elapsed();
    assert_eq!(count.totals, replayed.totals, "the log replays to the count");
    println!(
        "count of {standing} standing votes: {:.2} s; recount replaying {logged} logged votes: {:.2} s \
         ({} ballots counted, {} set aside as incomplete)",
        counted.as_secs_f64(),
        recounted.as_secs_f64(),
        replayed.ballots_counted,
        replayed.discarded_incomplete
    );
}

use sea_orm::PaginatorTrait as _;

async fn run() {
    let voters = size("LAUREL_VOTE_BENCH_VOTERS", 300_000);
    let votes = size("LAUREL_VOTE_BENCH_VOTES", 1_500_000);

    let dir = tempfile::tempdir().unwrap();
    let url = DatabaseUrl::parse(&format!("sqlite://{}?mode=rwc", dir.path().join("vote.db").display())).unwrap();
    let seeded = Instant::now();
    let data = Arc::new(seed(&url, voters).await);
    println!(
        "dataset: {CATEGORIES} categories of {PER_CATEGORY} nominations, {voters} voters ({:.1} s to seed)",
        seeded.elapsed().as_secs_f64()
    );
    let server = start(&url);
    wait_until_up(&server.base).await;
    let before = server.cpu_ns();
    let mut m = cast(data.clone(), vec![server.base.clone()], votes).await;
    report("SQLite, one instance", &mut m, votes, &[&server], before);
    drop(server);
    recount(&url, data.stage).await;

    let Ok(admin) = std::env::var("LAUREL_VOTE_BENCH_POSTGRES") else { return };
    let name = format!("laurel_vote_bench_{}", Uuid::now_v7().simple());
    let admin_db = sea_orm::Database::connect(&admin).await.unwrap();
    sea_orm::ConnectionTrait::execute_unprepared(&admin_db, &format!("CREATE DATABASE {name}")).await.unwrap();
    let mut pg = url::Url::parse(&admin).unwrap();
    pg.set_path(&format!("/{name}"));
    let url = DatabaseUrl::parse(pg.as_str()).unwrap();
    let data = Arc::new(seed(&url, voters).await);
    let servers = [start(&url), start(&url)];
    for s in &servers {
        wait_until_up(&s.base).await;
    }
    let before = servers.iter().map(Server::cpu_ns).sum();
    let mut m = cast(data.clone(), servers.iter().map(|s| s.base.clone()).collect(), votes).await;
    report("PostgreSQL, two instances", &mut m, votes, &[&servers[0], &servers[1]], before);
    drop(servers);
    recount(&url, data.stage).await;
    let _ =
        sea_orm::ConnectionTrait::execute_unprepared(&admin_db, &format!("DROP DATABASE {name} WITH (FORCE)")).await;
}
