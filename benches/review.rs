//! Review stage computations at the size of a large cycle (targets on the project's 2-core
//! machine):
//! - aggregation and ranking of 10,000 nominations with 5 reviews of 8 criteria each:
//!   under 100 ms;
//! - assignment of 5,000 nominations to 200 reviewers, 3 each, with reviewers and
//!   nominations spread over 150 member states and a few declared conflicts: under 1 s.
//!
//! `cargo bench --bench review`; results in docs/PERFORMANCE.md.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;
use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion as Bench, criterion_group, criterion_main};
use laurel::domain::review::aggregate::{self, Criterion, Method, Review};
use laurel::domain::review::alpha;
use laurel::domain::review::assign::{self, NominationNeed, Reviewer};
use laurel::domain::review::rank::{self, Entry, Rule};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use uuid::Uuid;

const NOMINATIONS: usize = 10_000;
const REVIEWS_EACH: usize = 5;
const REVIEWERS: usize = 500;
const CATEGORIES: usize = 10;

fn nomination_id(i: usize) -> Uuid {
    Uuid::from_u128(0x1000_0000 + i as u128)
}

fn reviewer_id(i: usize) -> Uuid {
    Uuid::from_u128(0x2000_0000 + i as u128)
}

fn rubric() -> Vec<Criterion> {
    [30.0, 20.0, 15.0, 10.0, 10.0, 5.0, 5.0, 5.0]
        .iter()
        .enumerate()
        .map(|(i, &weight)| Criterion { key: format!("c{i}"), weight, min: 0.0, max: 10.0 })
        .collect()
}

/// Every nomination reviewed by 5 distinct reviewers, whole-number scores 0-10 around a
/// per-nomination quality and a per-reviewer bias, as a jury scores.
fn reviews() -> Vec<Review> {
    let mut rng = StdRng::seed_from_u64(2027);
    let bias: Vec<f64> = (0..REVIEWERS).map(|_| rng.random_range(-1.5..1.5)).collect();
    let mut out = Vec::with_capacity(NOMINATIONS * REVIEWS_EACH);
    for n in 0..NOMINATIONS {
        let quality: f64 = rng.random_range(2.0..9.0);
        let mut chosen = BTreeSet::new();
        while chosen.len() < REVIEWS_EACH {
            chosen.insert(rng.random_range(0..REVIEWERS));
        }
        for r in chosen {
            let scores =
                (0..8).map(|_| (quality + bias[r] + rng.random_range(-2.0..2.0)).round().clamp(0.0, 10.0)).collect();
            out.push(Review { reviewer: reviewer_id(r), nomination: nomination_id(n), scores });
        }
    }
    out
}

/// Aggregate, then rank and apply top 10 in each of 10 categories.
fn aggregate_and_rank(criteria: &[Criterion], reviews: &[Review], method: Method) -> usize {
    let scores = aggregate::aggregate(criteria, reviews, method, Some(20.0)).unwrap();
    let mut groups: Vec<Vec<Entry>> = vec![Vec::new(); CATEGORIES];
    for s in scores {
        let category = (s.nomination.as_u128() % CATEGORIES as u128) as usize;
        groups[category].push(Entry { nomination: s.nomination, score: s.score, tie_break: s.criterion_means });
    }
    groups.iter().map(|g| rank::advancement(&rank::rank(g), Rule::TopN(10)).blocking_ties.len()).sum()
}

fn aggregation(c: &mut Bench) {
    let criteria = rubric();
    let reviews = reviews();
    let mut group = c.benchmark_group("review");
    group.sample_size(20).measurement_time(Duration::from_secs(10));
    group.bench_function("aggregate (mean) and rank 10,000 nominations x 5 reviews x 8 criteria", |b| {
        b.iter(|| black_box(aggregate_and_rank(&criteria, black_box(&reviews), Method::Mean)));
    });
    group.bench_function("aggregate (zscore) and rank 10,000 nominations x 5 reviews x 8 criteria", |b| {
        b.iter(|| black_box(aggregate_and_rank(&criteria, black_box(&reviews), Method::ZScore)));
    });
    group.bench_function("interval alpha of 50,000 reviewer totals", |b| {
        let totals = aggregate::totals(&criteria, &reviews).unwrap();
        b.iter(|| black_box(alpha::stage_alpha(black_box(&totals))));
    });
    group.finish();
}

/// Three-letter codes for 150 member states.
fn state(i: usize) -> String {
    let letters = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    [letters[i / 26 % 26], letters[i % 26], b'X'].iter().map(|&b| b as char).collect()
}

fn pool() -> (Vec<NominationNeed>, Vec<Reviewer>) {
    let mut rng = StdRng::seed_from_u64(2026);
    // Larger states nominate more: weight state i by 1/(1 + i/10).
    let weights: Vec<f64> = (0..150).map(|i| 1.0 / (1.0 + i as f64 / 10.0)).collect();
    let total: f64 = weights.iter().sum();
    let pick_state = |rng: &mut StdRng| {
        let mut x = rng.random_range(0.0..total);
        for (i, w) in weights.iter().enumerate() {
            if x < *w {
                return i;
            }
            x -= w;
        }
        149
    };
    let nominations: Vec<NominationNeed> = (0..5_000)
        .map(|n| NominationNeed {
            id: nomination_id(n),
            member_state: state(pick_state(&mut rng)),
            wanted: 3,
            excluded: BTreeSet::new(),
        })
        .collect();
    let reviewers: Vec<Reviewer> = (0..200)
        .map(|r| {
            let member_state = if r % 10 == 0 { None } else { Some(state(pick_state(&mut rng))) };
            let mut conflict_states = BTreeSet::new();
            let mut conflict_nominations = BTreeSet::new();
            if r % 8 == 0 {
                conflict_states.insert(state(rng.random_range(0..150)));
            }
            if r % 5 == 0 {
                conflict_nominations.insert(nomination_id(rng.random_range(0..5_000)));
            }
            Reviewer { id: reviewer_id(r), member_state, load: 0, conflict_states, conflict_nominations }
        })
        .collect();
    (nominations, reviewers)
}

fn assignment(c: &mut Bench) {
    let (nominations, reviewers) = pool();
    let mut group = c.benchmark_group("review");
    group.sample_size(10).measurement_time(Duration::from_secs(15));
    for max_load in [None, Some(80), Some(75), Some(50)] {
        let plan = assign::plan(&nominations, &reviewers, max_load);
        assert_eq!(plan.assignments.len() + plan.shortfalls.iter().map(|s| s.missing as usize).sum::<usize>(), 15_000);
        println!("max_load {max_load:?}: {} pairs, {} shortfalls", plan.assignments.len(), plan.shortfalls.len());
        let name = format!("assign 5,000 nominations x 3 to 200 reviewers, max_load {max_load:?}");
        group.bench_function(name, |b| {
            b.iter(|| black_box(assign::plan(black_box(&nominations), black_box(&reviewers), max_load)));
        });
    }
    // Harder: uneven loads from an earlier round (0-40) and a third of the pool declaring
    // conflicts with three states each, so the greedy start leaves work for the flow passes.
    let mut rng = StdRng::seed_from_u64(7);
    let uneven: Vec<Reviewer> = reviewers
        .iter()
        .cloned()
        .map(|mut r| {
            r.load = rng.random_range(0..=40);
            if rng.random_range(0..3) == 0 {
                r.conflict_states.extend((0..3).map(|_| state(rng.random_range(0..20))));
            }
            r
        })
        .collect();
    let plan = assign::plan(&nominations, &uneven, Some(100));
    println!("uneven: {} pairs, {} shortfalls", plan.assignments.len(), plan.shortfalls.len());
    group.bench_function(
        "assign 5,000 nominations x 3 to 200 reviewers, uneven loads and conflicts, max_load 100",
        |b| {
            b.iter(|| black_box(assign::plan(black_box(&nominations), black_box(&uneven), Some(100))));
        },
    );
    group.finish();
}

criterion_group!(benches, aggregation, assignment);
criterion_main!(benches);
