//! The load harness: a dataset of 500 nominations in review (1,500 submitted reviews),
//! a published cycle of 120 awards, and a cycle of 1,000 nominations from all 193
//! member states with 3,000 reviews for the secretariat's dashboard, served by a real
//! `laurel serve` process, loaded over loopback, beside a minimal axum server returning
//! the same bytes from memory.
//!
//! `cargo bench --bench load`; results in docs/PERFORMANCE.md. It reports, per route,
//! requests per second, p50/p99 latency, the server's CPU time per request (from
//! /proc/<pid>/schedstat) and its memory (VmRSS after each run, VmHWM at the end).
//! Targets: public pages at least half the minimal server's throughput; the ranking
//! page at most 3 ms of server CPU per request; the dashboard at most 5 ms when nothing
//! changed and 50 ms when it must recompute; the entries table at most 5 ms; the server
//! under 64 MiB throughout.

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
use std::time::{Duration, Instant};

use chrono::Utc;
use entity::{assignment, criterion, cycle, nomination, review, review_score, stage, user};
use laurel::config::DatabaseUrl;
use laurel::service::Actor;
use rand::rngs::StdRng;
use rand::{Rng as _, SeedableRng as _};
use sea_orm::{ActiveModelTrait as _, ActiveValue::Set, ColumnTrait as _, EntityTrait as _, QueryFilter as _};
use uuid::Uuid;

#[path = "support/server.rs"]
mod server;
use server::{Server, free_port, wait_until_up};

const NOMINATIONS: usize = 500;
const REVIEWS_EACH: usize = 3;
const AWARDS: usize = 120;
/// The dashboard's cycle: nominations, and reviews of which some are still to come.
const DASHBOARD_NOMINATIONS: usize = 1_000;
const DASHBOARD_PENDING_EVERY: usize = 6;
const CONCURRENCY: usize = 8;
const RUN: Duration = Duration::from_secs(5);
const PASSWORD: &str = "lantern orbit cashew meadow";

fn main() {
    // Re-executed as the minimal server: serve the bytes in the file, at every path.
    if let Ok(file) = std::env::var("LAUREL_LOAD_MINIMAL") {
        minimal(&file);
        return;
    }
    // `cargo bench` passes `--bench`; `cargo test --benches` passes nothing: only run
    // the load when asked to measure.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    runtime.block_on(run());
}

struct Dataset {
    stage: Uuid,
    published: Uuid,
    dashboard: Uuid,
    /// One award of the published cycle, and its member state's code.
    initiative: Uuid,
    member_state: String,
}

/// The dataset, written straight to the tables (the use cases are not what is measured).
async fn seed(url: &DatabaseUrl) -> Dataset {
    let db = laurel::db::connect(url).await.unwrap();
    laurel::db::migrate(&db).await.unwrap();
    let now = Utc::now();
    let actor = Actor::operator();
    let admin = laurel::service::accounts::create_user(
        &db,
        &actor,
        laurel::service::accounts::NewUser {
            email: "secretariat@load.test".into(),
            name: "Secretariat".into(),
            role: "admin".into(),
            member_state: None,
            nationality: None,
            password: PASSWORD.into(),
        },
        now,
    )
    .await
    .unwrap();
    let mut reviewers = Vec::new();
    for i in 0..60 {
        let id = Uuid::now_v7();
        user::ActiveModel {
            id: Set(id),
            email: Set(format!("reviewer{i}@load.test")),
            name: Set(format!("Reviewer {i}")),
            password_hash: Set(None),
            role: Set("reviewer".into()),
            member_state: Set(None),
            nationality: Set(None),
            active: Set(true),
            created_at: Set(now),
            updated_at: Set(now),
            language: Set(None),
        }
        .insert(&db)
        .await
        .unwrap();
        reviewers.push(id);
    }
    let states: Vec<String> =
        laurel::service::member_states::list(&db).await.unwrap().into_iter().map(|s| s.code).collect();
    let text = include_str!("../examples/unpsa-2027.toml");
    let mut rng = StdRng::seed_from_u64(2027);

    // A cycle in review: 500 nominations in the experts' stage, three reviews each.
    let reviewing = {
        let mut d = laurel::domain::definition::parse_toml(text).unwrap();
        d.opens_at = now - chrono::Duration::days(90);
        d.closes_at = now - chrono::Duration::days(30);
        d.stages[1].due_at = Some(now + chrono::Duration::days(30));
        d.stages[2].due_at = Some(now + chrono::Duration::days(60));
        d.publish_at = now + chrono::Duration::days(120);
        laurel::service::cycles::create_cycle(&db, &actor, None, &d, now).await.unwrap()
    };
    set_phase(&db, reviewing, "reviewing", None).await;
    let stages = stage::Entity::find().filter(stage::Column::CycleId.eq(reviewing)).all(&db).await.unwrap();
    let experts = stages.iter().find(|s| s.key == "experts").unwrap().id;
    let mut active: stage::ActiveModel = stage::Entity::find_by_id(experts).one(&db).await.unwrap().unwrap().into();
    active.status = Set("active".into());
    active.update(&db).await.unwrap();
    let criteria = criterion::Entity::find().filter(criterion::Column::StageId.eq(experts)).all(&db).await.unwrap();
    let categories = entity::category::Entity::find()
        .filter(entity::category::Column::CycleId.eq(reviewing))
        .all(&db)
        .await
        .unwrap();
    let mut noms = Vec::new();
    let mut assignments = Vec::new();
    let mut reviews = Vec::new();
    let mut scores = Vec::new();
    for i in 0..NOMINATIONS {
        let id = Uuid::now_v7();
        let quality: f64 = rng.random_range(3.0..9.5);
        noms.push(nomination_row(
            id,
            reviewing,
            categories[i % categories.len()].id,
            &states[i % states.len()],
            admin.id,
            "in_review",
            Some(experts),
            i,
            now,
        ));
        for k in 0..REVIEWS_EACH {
            let reviewer = reviewers[(i * REVIEWS_EACH + k) % reviewers.len()];
            let (a, written) = review_rows(experts, id, reviewer, Some(quality), &criteria, &mut rng, now);
            assignments.push(a);
            if let Some((r, given)) = written {
                reviews.push(r);
                scores.extend(given);
            }
        }
    }

    // A published cycle with 120 awards.
    let published = {
        let mut d = laurel::domain::definition::parse_toml(text).unwrap();
        d.year = 2026;
        d.opens_at = now - chrono::Duration::days(400);
        d.closes_at = now - chrono::Duration::days(300);
        d.stages[1].due_at = Some(now - chrono::Duration::days(250));
        d.stages[2].due_at = Some(now - chrono::Duration::days(200));
        d.publish_at = now - chrono::Duration::days(100);
        laurel::service::cycles::create_cycle(&db, &actor, None, &d, now).await.unwrap()
    };
    set_phase(&db, published, "published", Some(now - chrono::Duration::days(100))).await;
    let categories = entity::category::Entity::find()
        .filter(entity::category::Column::CycleId.eq(published))
        .all(&db)
        .await
        .unwrap();
    let mut initiative = None;
    for i in 0..AWARDS {
        let status = match i % 10 {
            0 => "winner",
            1 | 2 => "champion",
            _ => "finalist",
        };
        let id = Uuid::now_v7();
        initiative.get_or_insert((id, states[(i * 7) % states.len()].clone()));
        noms.push(nomination_row(
            id,
            published,
            categories[i % categories.len()].id,
            &states[(i * 7) % states.len()],
            admin.id,
            status,
            None,
            i,
            now,
        ));
    }

    // The dashboard's cycle: 1,000 nominations from every member state, screened in,
    // three reviews each in the experts' stage, one in six still to come and overdue.
    let dashboard = {
        let mut d = laurel::domain::definition::parse_toml(text).unwrap();
        d.year = 2028;
        d.opens_at = now - chrono::Duration::days(60);
        d.closes_at = now - chrono::Duration::days(10);
        d.stages[1].due_at = Some(now - chrono::Duration::days(1));
        d.stages[2].due_at = Some(now + chrono::Duration::days(60));
        d.publish_at = now + chrono::Duration::days(120);
        laurel::service::cycles::create_cycle(&db, &actor, None, &d, now).await.unwrap()
    };
    set_phase(&db, dashboard, "reviewing", None).await;
    let stages = stage::Entity::find().filter(stage::Column::CycleId.eq(dashboard)).all(&db).await.unwrap();
    let screening = stages.iter().find(|s| s.key == "screening").unwrap().id;
    let dashboard_experts = stages.iter().find(|s| s.key == "experts").unwrap().id;
    for (id, status) in [(screening, "closed"), (dashboard_experts, "active")] {
        let mut active: stage::ActiveModel = stage::Entity::find_by_id(id).one(&db).await.unwrap().unwrap().into();
        active.status = Set(status.into());
        active.update(&db).await.unwrap();
    }
    let criteria =
        criterion::Entity::find().filter(criterion::Column::StageId.eq(dashboard_experts)).all(&db).await.unwrap();
    let categories = entity::category::Entity::find()
        .filter(entity::category::Column::CycleId.eq(dashboard))
        .all(&db)
        .await
        .unwrap();
    let mut results = Vec::new();
    for i in 0..DASHBOARD_NOMINATIONS {
        let id = Uuid::now_v7();
        let quality: f64 = rng.random_range(3.0..9.5);
        let mut row = nomination_row(
            id,
            dashboard,
            categories[i % categories.len()].id,
            &states[i % states.len()],
            admin.id,
            "in_review",
            Some(dashboard_experts),
            i,
            now,
        );
        // Most arrive in the last days of the call, as they do.
        let days_before = (i * i) % 50;
        row.submitted_at = Set(Some(now - chrono::Duration::days(10 + i64::try_from(days_before).unwrap())));
        noms.push(row);
        results.push(entity::stage_result::ActiveModel {
            id: Set(Uuid::now_v7()),
            stage_id: Set(screening),
            nomination_id: Set(id),
            ranking_group: Set(String::new()),
            score: Set(None),
            rank: Set(None),
            outcome: Set("advanced".into()),
            overridden: Set(false),
            rationale: Set(None),
            details: Set(None),
            decided_by: Set(Some(admin.id)),
            decided_at: Set(now - chrono::Duration::days(5)),
        });
        for k in 0..REVIEWS_EACH {
            let reviewer = reviewers[(i * REVIEWS_EACH + k) % reviewers.len()];
            let pending = (i * REVIEWS_EACH + k).is_multiple_of(DASHBOARD_PENDING_EVERY);
            let submitted = (!pending).then_some(quality);
            let (a, written) = review_rows(dashboard_experts, id, reviewer, submitted, &criteria, &mut rng, now);
            assignments.push(a);
            if let Some((r, given)) = written {
                reviews.push(r);
                scores.extend(given);
            }
        }
    }

    for chunk in noms.chunks(200) {
        nomination::Entity::insert_many(chunk.to_vec()).exec(&db).await.unwrap();
    }
    for chunk in results.chunks(300) {
        entity::stage_result::Entity::insert_many(chunk.to_vec()).exec(&db).await.unwrap();
    }
    for chunk in assignments.chunks(300) {
        assignment::Entity::insert_many(chunk.to_vec()).exec(&db).await.unwrap();
    }
    for chunk in reviews.chunks(300) {
        review::Entity::insert_many(chunk.to_vec()).exec(&db).await.unwrap();
    }
    for chunk in scores.chunks(500) {
        review_score::Entity::insert_many(chunk.to_vec()).exec(&db).await.unwrap();
    }
    db.close().await.unwrap();
    let (initiative, member_state) = initiative.unwrap();
    Dataset { stage: experts, published, dashboard, initiative, member_state }
}

/// An assignment and, when it is submitted with scores around `quality`, its review
/// and one score per criterion.
fn review_rows(
    stage: Uuid,
    nomination: Uuid,
    reviewer: Uuid,
    quality: Option<f64>,
    criteria: &[criterion::Model],
    rng: &mut StdRng,
    now: chrono::DateTime<Utc>,
) -> (assignment::ActiveModel, Option<(review::ActiveModel, Vec<review_score::ActiveModel>)>) {
    let a = Uuid::now_v7();
    let assignment = assignment::ActiveModel {
        id: Set(a),
        stage_id: Set(stage),
        nomination_id: Set(nomination),
        reviewer_id: Set(reviewer),
        status: Set(if quality.is_some() { "submitted" } else { "pending" }.into()),
        due_at: Set(None),
        recused_reason: Set(None),
        replaced_by: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        submitted_at: Set(quality.map(|_| now)),
    };
    let written = quality.map(|quality| {
        let r = Uuid::now_v7();
        let review = review::ActiveModel {
            id: Set(r),
            assignment_id: Set(a),
            comment: Set("Clear evidence of impact; the figures are independently evaluated.".into()),
            created_at: Set(now),
            updated_at: Set(now),
            submitted_at: Set(Some(now)),
            comments: Set(None),
        };
        let scores = criteria
            .iter()
            .map(|c| {
                let s: f64 = (quality + rng.random_range(-1.5..1.5)).clamp(0.0, 10.0).round();
                review_score::ActiveModel { review_id: Set(r), criterion_id: Set(c.id), score: Set(s) }
            })
            .collect();
        (review, scores)
    });
    (assignment, written)
}

#[allow(clippy::too_many_arguments)]
fn nomination_row(
    id: Uuid,
    cycle: Uuid,
    category: Uuid,
    state: &str,
    by: Uuid,
    status: &str,
    stage: Option<Uuid>,
    i: usize,
    now: chrono::DateTime<Utc>,
) -> nomination::ActiveModel {
    nomination::ActiveModel {
        id: Set(id),
        cycle_id: Set(cycle),
        category_id: Set(category),
        member_state: Set(state.to_owned()),
        created_by: Set(by),
        title: Set(format!("Initiative {i}: one front door for public services")),
        institution: Set(format!("Ministry of Public Service {i}")),
        summary: Set("One-stop centres where people reach the services of many ministries in a single visit.".into()),
        status: Set(status.to_owned()),
        version: Set(1),
        current_stage_id: Set(stage),
        clarification_question: Set(None),
        clarification_due_at: Set(None),
        ineligible_reason: Set(None),
        submitted_at: Set(Some(now)),
        withdrawn_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        language: Set(Some("en".into())),
        reference: Set((status != "draft").then(|| format!("{state}-{i:05}"))),
        ..Default::default()
    }
}

async fn set_phase(
    db: &sea_orm::DatabaseConnection,
    id: Uuid,
    phase: &str,
    published_at: Option<chrono::DateTime<Utc>>,
) {
    let mut active: cycle::ActiveModel = cycle::Entity::find_by_id(id).one(db).await.unwrap().unwrap().into();
    active.phase = Set(phase.to_owned());
    active.published_at = Set(published_at);
    active.update(db).await.unwrap();
}

/// What one run measured.
struct Measure {
    requests: usize,
    rps: f64,
    p50_ms: f64,
    p99_ms: f64,
    cpu_ms_per_request: f64,
}

/// `CONCURRENCY` clients fetch `url` for `RUN`, each checking it got 200.
async fn load(client: &reqwest::Client, url: &str, server: &Server) -> Measure {
    load_for(client, url, Vary::No, RUN, server).await
}

/// Whether each request asks for an address of its own.
#[derive(Clone, Copy, PartialEq)]
enum Vary {
    No,
    /// A query parameter the route ignores, different on every request: no kept
    /// answer ever matches, so each request is answered afresh.
    IgnoredParameter,
}

async fn load_for(client: &reqwest::Client, url: &str, vary: Vary, run: Duration, server: &Server) -> Measure {
    let deadline = Instant::now() + run;
    let cpu_before = server.cpu_ns();
    let started = Instant::now();
    let mut tasks = Vec::new();
    let counter = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    for _ in 0..CONCURRENCY {
        let client = client.clone();
        let url = url.to_owned();
        let counter = counter.clone();
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            while Instant::now() < deadline {
                let t = Instant::now();
                let address = match vary {
                    Vary::No => url.clone(),
                    Vary::IgnoredParameter => {
                        let n = counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        format!("{url}{}miss={n}", if url.contains('?') { '&' } else { '?' })
                    }
                };
                let response = client.get(&address).send().await.unwrap();
                assert_eq!(response.status(), 200, "{url}");
                response.bytes().await.unwrap();
                latencies.push(t.elapsed());
            }
            latencies
        }));
    }
    let mut latencies: Vec<Duration> = Vec::new();
    for t in tasks {
        latencies.extend(t.await.unwrap());
    }
    let elapsed = started.elapsed();
    let cpu = server.cpu_ns().saturating_sub(cpu_before);
    latencies.sort();
    let at = |q: f64| latencies[((latencies.len() as f64 - 1.0) * q).round() as usize].as_secs_f64() * 1000.0;
    Measure {
        requests: latencies.len(),
        rps: latencies.len() as f64 / elapsed.as_secs_f64(),
        p50_ms: at(0.5),
        p99_ms: at(0.99),
        cpu_ms_per_request: cpu as f64 / 1e6 / latencies.len() as f64,
    }
}

fn print(name: &str, m: &Measure, server: &Server) {
    println!(
        "{name:<34} {:>7} req {:>8.0} req/s  p50 {:>6.2} ms  p99 {:>6.2} ms  cpu {:>5.2} ms/req  rss {:>6.1} MiB",
        m.requests,
        m.rps,
        m.p50_ms,
        m.p99_ms,
        m.cpu_ms_per_request,
        server.memory_kib("VmRSS:") as f64 / 1024.0
    );
}

async fn run() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("load.db");
    let url = DatabaseUrl::parse(&format!("sqlite://{}?mode=rwc", file.display())).unwrap();
    let seeded = Instant::now();
    let data = seed(&url).await;
    println!(
        "dataset: {NOMINATIONS} nominations in review with {} reviews, {AWARDS} awards; a dashboard cycle of \
         {DASHBOARD_NOMINATIONS} nominations with {} reviews ({:.1} s)",
        NOMINATIONS * REVIEWS_EACH,
        DASHBOARD_NOMINATIONS * REVIEWS_EACH,
        seeded.elapsed().as_secs_f64()
    );

    let port = free_port();
    let laurel = Server {
        child: Command::new(env!("CARGO_BIN_EXE_laurel"))
            .arg("serve")
            .env("DATABASE_URL", url.expose())
            .env("LAUREL_BIND", format!("127.0.0.1:{port}"))
            .env("LAUREL_MAIL_URL", "log:")
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
        base: format!("http://127.0.0.1:{port}"),
    };
    wait_until_up(&laurel.base).await;

    // The admin's browser session, through the sign-in form.
    let admin = reqwest::Client::builder().cookie_store(true).build().unwrap();
    let page = admin.get(format!("{}/sign-in", laurel.base)).send().await.unwrap().text().await.unwrap();
    let csrf = page.split("name=\"csrf\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_owned();
    let signed = admin
        .post(format!("{}/sign-in", laurel.base))
        .form(&[("csrf", csrf.as_str()), ("email", "secretariat@load.test"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert!(signed.status().is_success(), "sign-in: {}", signed.status());
    // A French reader: every public request negotiates its language from the header,
    // and the kept answers are kept per language.
    let mut french = reqwest::header::HeaderMap::new();
    french
        .insert(reqwest::header::ACCEPT_LANGUAGE, reqwest::header::HeaderValue::from_static("fr-FR,fr;q=0.9,en;q=0.5"));
    let public = reqwest::Client::builder().default_headers(french).build().unwrap();

    let results_path = format!("/cycles/{}", data.published);
    let winners_path = "/api/v1/public/winners".to_owned();
    let ranking_path = format!("/admin/stages/{}", data.stage);
    let results_bytes =
        public.get(format!("{}{results_path}", laurel.base)).send().await.unwrap().bytes().await.unwrap();
    let winners_bytes =
        public.get(format!("{}{winners_path}", laurel.base)).send().await.unwrap().bytes().await.unwrap();
    let ranking_bytes =
        admin.get(format!("{}{ranking_path}", laurel.base)).send().await.unwrap().bytes().await.unwrap();
    assert!(
        String::from_utf8_lossy(&results_bytes).matches("class=\"award ").count() == AWARDS,
        "the results page lists every award"
    );
    assert!(String::from_utf8_lossy(&results_bytes).contains(r#"<html lang="fr""#), "in the reader's language");
    assert!(
        String::from_utf8_lossy(&ranking_bytes).matches("<tr>").count() > NOMINATIONS,
        "the ranking lists every nomination"
    );
    println!(
        "bytes: results page {} KB, winners JSON {} KB, ranking page {} KB",
        results_bytes.len() / 1024,
        winners_bytes.len() / 1024,
        ranking_bytes.len() / 1024
    );

    println!("\nLaurel (laurel serve, SQLite), {CONCURRENCY} concurrent clients, {} s each:", RUN.as_secs());
    let results = load(&public, &format!("{}{results_path}", laurel.base), &laurel).await;
    print("GET /cycles/{id} (results page)", &results, &laurel);
    let winners = load(&public, &format!("{}{winners_path}", laurel.base), &laurel).await;
    print("GET /api/v1/public/winners", &winners, &laurel);
    let before = statements(&public, &laurel, "/admin/stages/{id}").await;
    let ranking = load(&admin, &format!("{}{ranking_path}", laurel.base), &laurel).await;
    print("GET /admin/stages/{id} (ranking)", &ranking, &laurel);
    let ranking_statements = per_request(before, statements(&public, &laurel, "/admin/stages/{id}").await);
    let dashboard_path = format!("/admin/cycles/{}", data.dashboard);
    let entries_path = format!("/admin/cycles/{}/nominations", data.dashboard);
    let dashboard_bytes =
        admin.get(format!("{}{dashboard_path}", laurel.base)).send().await.unwrap().bytes().await.unwrap();
    let dashboard_page = String::from_utf8_lossy(&dashboard_bytes);
    assert!(dashboard_page.contains("193 member states"), "the dashboard counts the member states");
    assert!(dashboard_page.matches("<figure class=\"chart\"").count() >= 6, "and draws its charts");
    let before = statements(&public, &laurel, "/admin/cycles/{id}").await;
    let dashboard = load(&admin, &format!("{}{dashboard_path}", laurel.base), &laurel).await;
    print("GET /admin/cycles/{id} (dashboard)", &dashboard, &laurel);
    let dashboard_statements = per_request(before, statements(&public, &laurel, "/admin/cycles/{id}").await);
    let recompute =
        recomputed(&admin, &url, data.dashboard, &format!("{}{dashboard_path}", laurel.base), &laurel).await;
    println!("{:<34} {:>7} req, each after a change   cpu {recompute:>5.2} ms/req", "  … recomputed", RECOMPUTES);
    let before = statements(&public, &laurel, "/admin/cycles/{id}/nominations").await;
    let entries = load(&admin, &format!("{}{entries_path}", laurel.base), &laurel).await;
    print("GET /admin/cycles/{id}/nominations", &entries, &laurel);
    let entries_statements = per_request(before, statements(&public, &laurel, "/admin/cycles/{id}/nominations").await);
    let cold = public_routes(&public, &admin, &laurel, &data).await;
    let peak = laurel.memory_kib("VmHWM:") as f64 / 1024.0;
    println!("peak memory (VmHWM): {peak:.1} MiB");

    println!("\nMinimal axum server, the same bytes from memory:");
    let mut ratios = Vec::new();
    for (name, bytes, content_type, laurel_rps) in [
        ("results page", &results_bytes, "text/html; charset=utf-8", results.rps),
        ("winners JSON", &winners_bytes, "application/json", winners.rps),
    ] {
        let body = dir.path().join(format!("{}.body", name.replace(' ', "-")));
        std::fs::write(&body, bytes).unwrap();
        let port = free_port();
        let minimal = Server {
            child: Command::new(std::env::current_exe().unwrap())
                .env("LAUREL_LOAD_MINIMAL", &body)
                .env("LAUREL_LOAD_PORT", port.to_string())
                .env("LAUREL_LOAD_TYPE", content_type)
                .stdout(Stdio::null())
                .spawn()
                .unwrap(),
            base: format!("http://127.0.0.1:{port}"),
        };
        wait_until_up(&minimal.base).await;
        let m = load(&public, &format!("{}/", minimal.base), &minimal).await;
        print(&format!("minimal: {name}"), &m, &minimal);
        ratios.push((name, laurel_rps / m.rps));
    }
    println!();
    for (name, ratio) in &ratios {
        println!("{name}: Laurel at {:.0}% of the minimal server's throughput (target: at least 50%)", ratio * 100.0);
    }
    println!(
        "ranking page: {:.2} ms of server CPU per request (target: at most 3 ms), {ranking_statements:.1} statements",
        ranking.cpu_ms_per_request
    );
    println!(
        "dashboard: {:.2} ms of server CPU per request unchanged (target: at most 5 ms), {recompute:.2} ms recomputed \
         (target: at most 50 ms), {dashboard_statements:.1} statements unchanged",
        dashboard.cpu_ms_per_request
    );
    println!(
        "entries table: {:.2} ms of server CPU per request (target: at most 5 ms), {entries_statements:.1} statements",
        entries.cpu_ms_per_request
    );
    println!("server peak memory: {peak:.1} MiB (target: under 64 MiB)");
    for line in cold {
        println!("{line}");
    }
}

/// How long each public route is loaded in each of its three ways.
const COLD_RUN: Duration = Duration::from_secs(3);

/// Every public route loaded three ways: anonymously from the kept answer, anonymously
/// past it, and signed in (never kept), with the SQL statements each request ran as the
/// server's `/metrics` counts them. Returns the verdicts against issue 20's targets.
async fn public_routes(
    public: &reqwest::Client,
    admin: &reqwest::Client,
    laurel: &Server,
    data: &Dataset,
) -> Vec<String> {
    let published = data.published;
    let routes: Vec<(&str, String, f64)> = vec![
        ("/cycles/{id}", format!("/cycles/{published}"), 1.0),
        ("/api/v1/public/winners", "/api/v1/public/winners".into(), 0.7),
        ("/api/v1/public/winners.csv", "/api/v1/public/winners.csv".into(), 2.0),
        ("/api/v1/public/cycles", "/api/v1/public/cycles".into(), 2.0),
        ("/initiatives/{id}", format!("/initiatives/{}", data.initiative), 2.0),
        ("/member-states/{code}", format!("/member-states/{}", data.member_state), 2.0),
        ("/feed.atom", "/feed.atom".into(), 2.0),
        ("/archive", "/archive".into(), 2.0),
        ("/cycles/{id}/deadlines.ics", format!("/cycles/{published}/deadlines.ics"), 2.0),
        ("/", "/".into(), 2.0),
        ("/open-data", "/open-data".into(), 2.0),
    ];
    println!(
        "\nPublic routes, {CONCURRENCY} concurrent clients, {} s each way: kept (anonymous, the same address), \
         missed (anonymous, an ignored parameter new on every request), signed in (the secretariat's session)",
        COLD_RUN.as_secs()
    );
    println!(
        "{:<28} {:>22} {:>30} {:>30}",
        "route", "kept: req/s, cpu ms", "missed: req/s, cpu ms, stmts", "signed in: req/s, cpu ms, stmts"
    );
    let mut verdicts = Vec::new();
    for (template, path, target) in routes {
        let url = format!("{}{path}", laurel.base);
        let kept = load_for(public, &url, Vary::No, COLD_RUN, laurel).await;
        let before = statements(public, laurel, template).await;
        let missed = load_for(public, &url, Vary::IgnoredParameter, COLD_RUN, laurel).await;
        let after_missed = statements(public, laurel, template).await;
        let signed = load_for(admin, &url, Vary::No, COLD_RUN, laurel).await;
        let after_signed = statements(public, laurel, template).await;
        let (missed_statements, signed_statements) =
            (per_request(before, after_missed), per_request(after_missed, after_signed));
        println!(
            "{template:<28} {:>9.0} {:>6.3} ms {:>9.0} {:>6.3} ms {:>5.1} {:>9.0} {:>6.3} ms {:>5.1}",
            kept.rps,
            kept.cpu_ms_per_request,
            missed.rps,
            missed.cpu_ms_per_request,
            missed_statements,
            signed.rps,
            signed.cpu_ms_per_request,
            signed_statements,
        );
        let worst = missed.cpu_ms_per_request.max(signed.cpu_ms_per_request);
        let most = missed_statements.max(signed_statements);
        verdicts.push(format!(
            "{template}: uncached {worst:.3} ms of server CPU at worst (target: at most {target} ms), {most:.1} \
             statements (target: at most 5)"
        ));
    }
    verdicts
}

/// Statements per request between two readings of [`statements`].
fn per_request(
    (statements_before, requests_before): (u64, u64),
    (statements_after, requests_after): (u64, u64),
) -> f64 {
    (statements_after - statements_before) as f64 / (requests_after - requests_before).max(1) as f64
}

/// The statements the server has run for `route`'s requests, and how many it answered
/// with 200, from its `/metrics`.
async fn statements(client: &reqwest::Client, laurel: &Server, route: &str) -> (u64, u64) {
    let text = client.get(format!("{}/metrics", laurel.base)).send().await.unwrap().text().await.unwrap();
    let value = |prefix: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(prefix))
            .and_then(|v| v.trim().parse::<f64>().ok())
            .map_or(0, |v| v as u64)
    };
    (
        value(&format!(r#"laurel_http_sql_statements_total{{method="GET",route="{route}"}} "#)),
        value(&format!(r#"laurel_http_requests_total{{method="GET",route="{route}",status="200"}} "#)),
    )
}

/// Dashboard views each made after a change to the cycle, so each recomputes.
const RECOMPUTES: usize = 30;

/// The server's CPU per dashboard view when every view follows a change: a nomination
/// of the cycle is touched (from this process, as another instance would) before each.
async fn recomputed(client: &reqwest::Client, db_url: &DatabaseUrl, cycle: Uuid, url: &str, server: &Server) -> f64 {
    let db = laurel::db::connect(db_url).await.unwrap();
    let one = nomination::Entity::find().filter(nomination::Column::CycleId.eq(cycle)).one(&db).await.unwrap().unwrap();
    let mut cpu = 0;
    for i in 0..RECOMPUTES {
        let mut touched: nomination::ActiveModel = one.clone().into();
        touched.updated_at = Set(Utc::now() + chrono::Duration::milliseconds(i64::try_from(i).unwrap()));
        touched.update(&db).await.unwrap();
        let before = server.cpu_ns();
        let response = client.get(url).send().await.unwrap();
        assert_eq!(response.status(), 200);
        response.bytes().await.unwrap();
        cpu += server.cpu_ns().saturating_sub(before);
    }
    db.close().await.unwrap();
    cpu as f64 / 1e6 / RECOMPUTES as f64
}

/// The minimal server: one handler, the bytes from memory.
fn minimal(file: &str) {
    let body: &'static [u8] = Box::leak(std::fs::read(file).unwrap().into_boxed_slice());
    let content_type: &'static str = Box::leak(std::env::var("LAUREL_LOAD_TYPE").unwrap().into_boxed_str());
    let port: u16 = std::env::var("LAUREL_LOAD_PORT").unwrap().parse().unwrap();
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    runtime.block_on(async move {
        let shared = Arc::new(());
        let app = axum::Router::new().fallback(move || {
            let _keep = shared.clone();
            async move { ([(axum::http::header::CONTENT_TYPE, content_type)], body) }
        });
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await.unwrap();
        axum::serve(listener, app).await.unwrap();
    });
}
