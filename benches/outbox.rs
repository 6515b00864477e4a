//! Outbox delivery throughput to a loopback SMTP server: how many queued emails a
//! single instance hands over per second (target: at least 200).
//!
//! `cargo bench --bench outbox`; results in docs/PERFORMANCE.md.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../tests/it/harness/smtp.rs"]
#[allow(dead_code)]
mod smtp;

use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use laurel::config::{DatabaseUrl, MailUrl};
use laurel::mail::messages::ResultsPublished;
use laurel::mail::transport::Transport;
use laurel::mail::worker::Deliverer;

const BATCH: u64 = 500;

fn delivery(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    // The pooled SMTP transport spawns its housekeeping on the current runtime.
    let _guard = runtime.enter();
    let dir = tempfile::tempdir().unwrap();
    let url = DatabaseUrl::parse(&format!("sqlite://{}?mode=rwc", dir.path().join("bench.db").display())).unwrap();
    let db = runtime.block_on(async {
        let db = laurel::db::connect(&url).await.unwrap();
        laurel::db::migrate(&db).await.unwrap();
        db
    });
    let sink = smtp::SmtpSink::start();
    let transport = Transport::new(&MailUrl::parse(&sink.url()).unwrap()).unwrap();
    let from = "Laurel <awards@laurel.test>".parse().unwrap();
    let mut round = 0_u64;

    let mut group = c.benchmark_group("outbox");
    group.throughput(Throughput::Elements(BATCH));
    group.sample_size(10).measurement_time(Duration::from_secs(20));
    group.bench_function("deliver 500 emails over loopback SMTP", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                round += 1;
                let now = chrono::Utc::now();
                runtime.block_on(async {
                    let tx = laurel::db::begin_write(&db).await.unwrap();
                    for n in 0..BATCH {
                        let message = ResultsPublished {
                            cycle: format!("Cycle {n}").into(),
                            to_jury: false,
                            link: "https://awards.example.org/".into(),
                        };
                        let key = format!("bench:{round}:{n}");
                        let address = format!("person{n}@example.org");
                        let to = laurel::mail::To { address: &address, lang: laurel::i18n::Lang::En };
                        laurel::mail::enqueue(&tx, to, key, &message, now).await.unwrap();
                    }
                    tx.commit().await.unwrap();
                });
                let deliverer = Deliverer {
                    db: &db,
                    transport: &transport,
                    from: &from,
                    instance: "bench",
                    max_attempts: 3,
                    metrics: None,
                };
                let started = Instant::now();
                let tally = runtime.block_on(deliverer.run(now, usize::try_from(BATCH).unwrap())).unwrap();
                total += started.elapsed();
                assert_eq!(u64::from(tally.sent), BATCH);
            }
            total
        });
    });
    group.finish();
}

criterion_group!(benches, delivery);
criterion_main!(benches);
