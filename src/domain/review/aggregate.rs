//! From the submitted reviews of a stage to one score per nomination (DESIGN.md, "The
//! workflow": mean by default, optionally per-reviewer z-scores or a trimmed mean), with the
//! spread that flags disagreement and the per-criterion means that break ties.
//!
//! Every sum runs in a canonical order (reviews sorted by nomination, then reviewer), so the
//! result is bit-identical whatever order the database returned the reviews in: a ranking
//! that changed between two page loads would be impossible to defend.

use std::collections::BTreeMap;

use uuid::Uuid;

/// A rubric line as aggregation needs it. The weight is relative: weights need not sum to
/// 100.
#[derive(Debug, Clone, PartialEq)]
pub struct Criterion {
    pub key: String,
    pub weight: f64,
    pub min: f64,
    pub max: f64,
}

impl Criterion {
    /// A score on this criterion's scale as a share of it, 0–100: how every total and
    /// mean is put on one scale whatever each criterion's range.
    #[must_use]
    pub fn scale(&self, score: f64) -> f64 {
        (score - self.min) / (self.max - self.min) * 100.0
    }
}

crate::stored_enum! {
    /// How a stage turns its reviewers' totals into one score per nomination.
    pub enum Method ("aggregation method") {
        /// The mean of the reviewers' totals.
        Mean = "mean",
        /// Each reviewer's totals are standardised across the nominations they reviewed, so a
        /// harsh and a lenient reviewer weigh alike; see [`zscore_to_score`].
        ZScore = "zscore",
        /// With four or more reviews, the highest and the lowest total are dropped.
        TrimmedMean = "trimmed_mean",
    }
}

/// One submitted review: scores aligned with the criteria's order.
#[derive(Debug, Clone, PartialEq)]
pub struct Review {
    pub reviewer: Uuid,
    pub nomination: Uuid,
    pub scores: Vec<f64>,
}

/// One reviewer's total for one nomination.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewerTotal {
    pub reviewer: Uuid,
    pub nomination: Uuid,
    /// Weighted mean of the scaled scores, 0-100.
    pub total: f64,
    /// Each score scaled to 0-100 by its criterion's range, in criteria order.
    pub scaled: Vec<f64>,
}

/// A nomination's result in the stage.
#[derive(Debug, Clone, PartialEq)]
pub struct NominationScore {
    pub nomination: Uuid,
    /// 0-100 whatever the method.
    pub score: f64,
    pub reviews: u32,
    /// Highest minus lowest reviewer total, 0-100; 0 for a single review.
    pub spread: f64,
    /// `spread` is above the stage's disagreement threshold.
    pub flagged: bool,
    /// Mean scaled score (0-100) of each criterion, in [`tie_break_order`].
    pub criterion_means: Vec<f64>,
}

/// Why scores could not be aggregated. Reviews are validated on submission, so any of
/// these means inconsistent data rather than a reviewer's mistake.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum AggregateError {
    #[error("the stage has no criteria to score against")]
    NoCriteria,
    #[error("criterion {key}: the weight must be a positive number")]
    BadWeight { key: String },
    #[error("criterion {key}: the scale's max must be above its min")]
    BadScale { key: String },
    #[error("the review of {nomination} by {reviewer} has {got} scores for {expected} criteria")]
    ScoreCount { nomination: Uuid, reviewer: Uuid, got: usize, expected: usize },
    #[error("the review of {nomination} by {reviewer} scores {key} {value}, outside {min}..{max}")]
    OutOfScale { nomination: Uuid, reviewer: Uuid, key: String, value: f64, min: f64, max: f64 },
    #[error("{reviewer} has two reviews of {nomination}")]
    DuplicateReview { nomination: Uuid, reviewer: Uuid },
}

/// Criteria indices by weight, heaviest first; equal weights keep definition order. Ties
/// are broken by the highest-weighted criterion, then the next (DESIGN.md).
pub fn tie_break_order(criteria: &[Criterion]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..criteria.len()).collect();
    order.sort_by(|&a, &b| criteria[b].weight.total_cmp(&criteria[a].weight).then(a.cmp(&b)));
    order
}

fn check_criteria(criteria: &[Criterion]) -> Result<(), AggregateError> {
    if criteria.is_empty() {
        return Err(AggregateError::NoCriteria);
    }
    for c in criteria {
        if !(c.weight.is_finite() && c.weight > 0.0) {
            return Err(AggregateError::BadWeight { key: c.key.clone() });
        }
        if !(c.min.is_finite() && c.max.is_finite() && c.max > c.min) {
            return Err(AggregateError::BadScale { key: c.key.clone() });
        }
    }
    Ok(())
}

/// Each review's total and scaled scores, ordered by (nomination, reviewer).
///
/// A total is Σ wᵢ·(sᵢ − minᵢ)/(maxᵢ − minᵢ)·100 / Σ wᵢ.
///
/// # Errors
/// Invalid criteria, a review with the wrong number of scores or a score off its scale
/// (NaN included), or two reviews by one reviewer of one nomination. Reviews are checked in
/// canonical order, so the error named does not depend on the input order either.
pub fn totals(criteria: &[Criterion], reviews: &[Review]) -> Result<Vec<ReviewerTotal>, AggregateError> {
    check_criteria(criteria)?;
    let mut sorted: Vec<&Review> = reviews.iter().collect();
    sorted.sort_by(|a, b| {
        (a.nomination, a.reviewer)
            .cmp(&(b.nomination, b.reviewer))
            .then_with(|| a.scores.len().cmp(&b.scores.len()))
            .then_with(|| {
                a.scores
                    .iter()
                    .zip(&b.scores)
                    .map(|(x, y)| x.total_cmp(y))
                    .find(|o| o.is_ne())
                    .unwrap_or(std::cmp::Ordering::Equal)
            })
    });
    let weight_sum: f64 = criteria.iter().map(|c| c.weight).sum();
    let mut out: Vec<ReviewerTotal> = Vec::with_capacity(sorted.len());
    for review in sorted {
        let (nomination, reviewer) = (review.nomination, review.reviewer);
        if out.last().is_some_and(|t| t.nomination == nomination && t.reviewer == reviewer) {
            return Err(AggregateError::DuplicateReview { nomination, reviewer });
        }
        if review.scores.len() != criteria.len() {
            return Err(AggregateError::ScoreCount {
                nomination,
                reviewer,
                got: review.scores.len(),
                expected: criteria.len(),
            });
        }
        let mut scaled = Vec::with_capacity(criteria.len());
        let mut weighted = 0.0;
        for (c, &value) in criteria.iter().zip(&review.scores) {
            if !(c.min..=c.max).contains(&value) {
                return Err(AggregateError::OutOfScale {
                    nomination,
                    reviewer,
                    key: c.key.clone(),
                    value,
                    min: c.min,
                    max: c.max,
                });
            }
            let s = c.scale(value);
            weighted += c.weight * s;
            scaled.push(s);
        }
        out.push(ReviewerTotal { reviewer, nomination, total: weighted / weight_sum, scaled });
    }
    Ok(out)
}

/// The stage's result per nomination, ordered by nomination id. `disagreement_threshold`
/// `None` never flags.
///
/// # Errors
/// As [`totals`].
pub fn aggregate(
    criteria: &[Criterion],
    reviews: &[Review],
    method: Method,
    disagreement_threshold: Option<f64>,
) -> Result<Vec<NominationScore>, AggregateError> {
    let totals = totals(criteria, reviews)?;
    let order = tie_break_order(criteria);
    let scores = scores(&totals, method);
    let mut out = Vec::with_capacity(scores.len());
    for (group, (nomination, score)) in groups(&totals).zip(scores) {
        debug_assert_eq!(group[0].nomination, nomination);
        let (lo, hi) =
            group.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), t| (lo.min(t.total), hi.max(t.total)));
        let spread = hi - lo;
        let count = group.len() as f64;
        let criterion_means = order.iter().map(|&i| group.iter().map(|t| t.scaled[i]).sum::<f64>() / count).collect();
        out.push(NominationScore {
            nomination,
            score,
            reviews: u32::try_from(group.len()).unwrap_or(u32::MAX),
            spread,
            flagged: disagreement_threshold.is_some_and(|limit| spread > limit),
            criterion_means,
        });
    }
    Ok(out)
}

/// Runs of totals of one nomination, in order; `totals` must be sorted by nomination.
fn groups(totals: &[ReviewerTotal]) -> impl Iterator<Item = &[ReviewerTotal]> {
    totals.chunk_by(|a, b| a.nomination == b.nomination)
}

fn mean(values: impl ExactSizeIterator<Item = f64>) -> f64 {
    let n = values.len() as f64;
    values.sum::<f64>() / n
}

/// Per nomination (in the order of `totals`, which must be sorted by (nomination,
/// reviewer)), the score by `method`. Separate from [`aggregate`] so the tests can shift a
/// reviewer's totals directly.
fn scores(totals: &[ReviewerTotal], method: Method) -> Vec<(Uuid, f64)> {
    match method {
        Method::Mean => groups(totals).map(|g| (g[0].nomination, mean(g.iter().map(|t| t.total)))).collect(),
        Method::TrimmedMean => groups(totals)
            .map(|g| {
                let mut values: Vec<f64> = g.iter().map(|t| t.total).collect();
                values.sort_by(f64::total_cmp);
                let kept = if values.len() >= 4 { &values[1..values.len() - 1] } else { &values[..] };
                (g[0].nomination, mean(kept.iter().copied()))
            })
            .collect(),
        Method::ZScore => {
            let z = zscores(totals);
            let mut out = Vec::new();
            let mut start = 0;
            for g in groups(totals) {
                let zbar = mean(z[start..start + g.len()].iter().copied());
                out.push((g[0].nomination, zscore_to_score(zbar)));
                start += g.len();
            }
            out
        }
    }
}

/// Below this range (on the 0-100 scale) a reviewer's totals count as all equal: float
/// noise in a mean must not turn into huge z-scores.
const FLAT: f64 = 1e-9;

/// Each total's z-score within its reviewer's totals of the stage (population standard
/// deviation), aligned with `totals`. A reviewer with a single review, or who gave every
/// nomination the same total, tells nothing about relative merit: z = 0.
fn zscores(totals: &[ReviewerTotal]) -> Vec<f64> {
    // Per reviewer, the indices of their totals in nomination order.
    let mut by_reviewer: BTreeMap<Uuid, Vec<usize>> = BTreeMap::new();
    for (i, t) in totals.iter().enumerate() {
        by_reviewer.entry(t.reviewer).or_default().push(i);
    }
    let mut z = vec![0.0; totals.len()];
    for indices in by_reviewer.values() {
        let values = || indices.iter().map(|&i| totals[i].total);
        let (lo, hi) = values().fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| (lo.min(v), hi.max(v)));
        if indices.len() < 2 || hi - lo <= FLAT {
            continue;
        }
        let mu = mean(values());
        let sd = mean(values().map(|v| (v - mu) * (v - mu))).sqrt();
        for &i in indices {
            z[i] = (totals[i].total - mu) / sd;
        }
    }
    z
}

/// The logistic approximation of the standard normal CDF, 1/(1 + e^(−1.702·z̄)), as a
/// 0-100 score.
///
/// Why this mapping: it depends on z̄ alone, so no reviewer's raw level leaks back in (a
/// reviewer adding a constant to all their totals changes nothing, exactly in arithmetic
/// and to within float rounding, around 1e-13, in practice); it reads like a
/// percentile, 50 being the average nomination, within one point of 100·Φ(z̄); it is
/// strictly increasing and does not saturate at realistic z̄ (a clamp at ±3 would turn
/// distinct nominations into ties the admin must settle by hand); and it needs no erf,
/// which the standard library lacks.
pub fn zscore_to_score(zbar: f64) -> f64 {
    100.0 / (1.0 + (-1.702 * zbar).exp())
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn id(n: u128) -> Uuid {
        Uuid::from_u128(n)
    }

    fn rubric() -> Vec<Criterion> {
        vec![
            Criterion { key: "impact".into(), weight: 30.0, min: 0.0, max: 10.0 },
            Criterion { key: "innovation".into(), weight: 25.0, min: 0.0, max: 10.0 },
            Criterion { key: "inclusion".into(), weight: 25.0, min: 0.0, max: 10.0 },
            Criterion { key: "transfer".into(), weight: 20.0, min: 1.0, max: 5.0 },
        ]
    }

    fn review(reviewer: u128, nomination: u128, scores: &[f64]) -> Review {
        Review { reviewer: id(reviewer), nomination: id(nomination), scores: scores.to_vec() }
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn a_total_is_the_weighted_mean_of_scaled_scores() {
        let t = totals(&rubric(), &[review(1, 1, &[10.0, 5.0, 0.0, 3.0])]).unwrap();
        // (30·100 + 25·50 + 25·0 + 20·50) / 100 = 52.5
        assert!(close(t[0].total, 52.5), "{}", t[0].total);
        assert_eq!(t[0].scaled, vec![100.0, 50.0, 0.0, 50.0]);
    }

    #[test]
    fn mean_spread_flags_and_tie_break_means() {
        let reviews = [review(1, 7, &[10.0, 10.0, 10.0, 5.0]), review(2, 7, &[5.0, 5.0, 5.0, 3.0])];
        let r = aggregate(&rubric(), &reviews, Method::Mean, Some(20.0)).unwrap();
        assert_eq!(r.len(), 1);
        let s = &r[0];
        assert!(close(s.score, 75.0));
        assert_eq!(s.reviews, 2);
        assert!(close(s.spread, 50.0));
        assert!(s.flagged);
        // Weight order: impact 30, innovation 25, inclusion 25 (definition order), transfer 20.
        assert_eq!(tie_break_order(&rubric()), vec![0, 1, 2, 3]);
        assert!(s.criterion_means.iter().all(|&m| close(m, 75.0)));
        assert!(!aggregate(&rubric(), &reviews, Method::Mean, None).unwrap()[0].flagged);
        assert!(!aggregate(&rubric(), &reviews, Method::Mean, Some(50.0)).unwrap()[0].flagged);
    }

    #[test]
    fn tie_break_order_is_by_weight_then_definition() {
        let mut c = rubric();
        c[3].weight = 40.0;
        assert_eq!(tie_break_order(&c), vec![3, 0, 1, 2]);
        let reviews = [review(1, 1, &[10.0, 0.0, 5.0, 1.0])];
        let s = &aggregate(&c, &reviews, Method::Mean, None).unwrap()[0];
        assert_eq!(s.criterion_means, vec![0.0, 100.0, 0.0, 50.0]);
    }

    #[test]
    fn trimmed_mean_drops_one_high_and_one_low_from_four_reviews() {
        let one = |r: u128, v: f64| Review { reviewer: id(r), nomination: id(1), scores: vec![v] };
        let c = [Criterion { key: "x".into(), weight: 1.0, min: 0.0, max: 100.0 }];
        let three = [one(1, 0.0), one(2, 50.0), one(3, 100.0)];
        assert!(close(aggregate(&c, &three, Method::TrimmedMean, None).unwrap()[0].score, 50.0));
        let four = [one(1, 0.0), one(2, 40.0), one(3, 60.0), one(4, 100.0), one(5, 100.0)];
        assert!(close(aggregate(&c, &four, Method::TrimmedMean, None).unwrap()[0].score, (40.0 + 60.0 + 100.0) / 3.0));
    }

    #[test]
    fn zscore_evens_out_harsh_and_lenient_reviewers() {
        let c = [Criterion { key: "x".into(), weight: 1.0, min: 0.0, max: 100.0 }];
        // Reviewer 1 is lenient, reviewer 2 harsh; both prefer nomination 1 to 2 to 3.
        let reviews = [
            review(1, 1, &[95.0]),
            review(1, 2, &[90.0]),
            review(1, 3, &[85.0]),
            review(2, 4, &[40.0]),
            review(2, 5, &[30.0]),
            review(2, 6, &[20.0]),
            // A single review says nothing about its reviewer's scale.
            review(3, 7, &[100.0]),
        ];
        let r = aggregate(&c, &reviews, Method::ZScore, None).unwrap();
        let score = |n: u128| r.iter().find(|s| s.nomination == id(n)).unwrap().score;
        assert!(close(score(1), score(4)));
        assert!(close(score(3), score(6)));
        assert!(close(score(2), 50.0) && close(score(7), 50.0));
        assert!(score(1) > score(2) && score(2) > score(3));
        // z = ±1.2247 here: the logistic mapping puts it near Φ's 89th percentile.
        assert!((score(1) - 88.9).abs() < 0.1, "{}", score(1));
    }

    #[test]
    fn zscore_mapping_is_monotone_and_close_to_the_normal_cdf() {
        // Φ at 0, 1, 2, 3.
        for (z, phi) in [(0.0, 0.5), (1.0, 0.841_344_7), (2.0, 0.977_249_9), (3.0, 0.998_650_1)] {
            assert!((zscore_to_score(z) - 100.0 * phi).abs() < 1.0, "{z}");
            assert!((zscore_to_score(-z) - 100.0 * (1.0 - phi)).abs() < 1.0, "{z}");
        }
        assert!(zscore_to_score(8.0) < zscore_to_score(8.5));
    }

    #[test]
    fn bad_input_is_named() {
        assert_eq!(totals(&[], &[]), Err(AggregateError::NoCriteria));
        let mut c = rubric();
        c[1].weight = 0.0;
        assert_eq!(totals(&c, &[]), Err(AggregateError::BadWeight { key: "innovation".into() }));
        let mut c = rubric();
        c[2].max = c[2].min;
        assert_eq!(totals(&c, &[]), Err(AggregateError::BadScale { key: "inclusion".into() }));
        assert!(matches!(totals(&rubric(), &[review(1, 1, &[1.0])]), Err(AggregateError::ScoreCount { got: 1, .. })));
        assert!(matches!(
            totals(&rubric(), &[review(1, 1, &[1.0, 1.0, 1.0, 0.0])]),
            Err(AggregateError::OutOfScale { value: 0.0, .. })
        ));
        assert!(matches!(
            totals(&rubric(), &[review(1, 1, &[f64::NAN, 1.0, 1.0, 1.0])]),
            Err(AggregateError::OutOfScale { .. })
        ));
        let twice = [review(1, 1, &[1.0, 1.0, 1.0, 1.0]), review(1, 1, &[2.0, 1.0, 1.0, 1.0])];
        assert_eq!(
            totals(&rubric(), &twice),
            Err(AggregateError::DuplicateReview { nomination: id(1), reviewer: id(1) })
        );
    }

    #[test]
    fn methods_round_trip() {
        crate::assert_stored_words!(Method, ["mean", "zscore", "trimmed_mean"]);
    }

    fn method() -> impl Strategy<Value = Method> {
        prop::sample::select(Method::ALL.to_vec())
    }

    /// Reviews by up to 6 reviewers of up to 8 nominations, at most one per pair.
    fn reviews() -> impl Strategy<Value = Vec<Review>> {
        prop::collection::btree_map((0_u128..6, 0_u128..8), prop::collection::vec(0.0_f64..=10.0, 4), 1..30).prop_map(
            |m| {
                m.into_iter()
                    .map(|((r, n), mut scores)| {
                        scores[3] = 1.0 + scores[3] * 0.4;
                        Review { reviewer: id(r), nomination: id(n), scores }
                    })
                    .collect()
            },
        )
    }

    fn bits(r: &[NominationScore]) -> Vec<(Uuid, u64, u32, u64, bool, Vec<u64>)> {
        r.iter()
            .map(|s| {
                (
                    s.nomination,
                    s.score.to_bits(),
                    s.reviews,
                    s.spread.to_bits(),
                    s.flagged,
                    s.criterion_means.iter().map(|m| m.to_bits()).collect(),
                )
            })
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn aggregation_does_not_depend_on_review_order(
            (reviews, shuffled) in reviews().prop_flat_map(|r| (Just(r.clone()), Just(r).prop_shuffle())),
            method in method(),
        ) {
            let a = aggregate(&rubric(), &reviews, method, Some(15.0)).unwrap();
            let b = aggregate(&rubric(), &shuffled, method, Some(15.0)).unwrap();
            prop_assert_eq!(bits(&a), bits(&b));
        }

        #[test]
        fn scores_stay_within_0_to_100(reviews in reviews(), method in method()) {
            for s in aggregate(&rubric(), &reviews, method, None).unwrap() {
                prop_assert!((0.0..=100.0).contains(&s.score), "{}", s.score);
                prop_assert!((0.0..=100.0).contains(&s.spread));
            }
        }

        /// Tested on totals (the private path `scores` takes), because at the level of raw
        /// scores a constant shift would leave the criteria's scales. Float rounding makes
        /// the shifted run differ in the last bits, so the comparison allows 1e-9.
        #[test]
        fn zscore_ignores_a_reviewer_shifting_all_their_totals(
            reviews in reviews(),
            who in 0_u128..6,
            shift in -40.0_f64..40.0,
        ) {
            let base = totals(&rubric(), &reviews).unwrap();
            let mut shifted = base.clone();
            for t in shifted.iter_mut().filter(|t| t.reviewer == id(who)) {
                t.total += shift;
            }
            let a = scores(&base, Method::ZScore);
            let b = scores(&shifted, Method::ZScore);
            prop_assert_eq!(a.len(), b.len());
            for ((na, sa), (nb, sb)) in a.iter().zip(&b) {
                prop_assert_eq!(na, nb);
                prop_assert!((sa - sb).abs() < 1e-9, "{} vs {}", sa, sb);
            }
        }

        /// The same at the level of raw scores, where it fits the scale: a reviewer whose
        /// scores all lie in 0..=5 adds 5 to every score of every criterion on a 0-10 scale.
        #[test]
        fn zscore_ignores_a_reviewer_shifting_all_their_scores(
            reviews in reviews(),
            who in 0_u128..6,
        ) {
            let c: Vec<Criterion> = rubric().into_iter().map(|c| Criterion { min: 0.0, max: 10.0, ..c }).collect();
            let halve = |mut r: Review| {
                for s in &mut r.scores {
                    *s = (*s / 2.0).clamp(0.0, 5.0);
                }
                r
            };
            let base: Vec<Review> = reviews.into_iter().map(halve).collect();
            let shifted: Vec<Review> = base
                .iter()
                .cloned()
                .map(|mut r| {
                    if r.reviewer == id(who) {
                        r.scores.iter_mut().for_each(|s| *s += 5.0);
                    }
                    r
                })
                .collect();
            let a = aggregate(&c, &base, Method::ZScore, None).unwrap();
            let b = aggregate(&c, &shifted, Method::ZScore, None).unwrap();
            for (x, y) in a.iter().zip(&b) {
                prop_assert!((x.score - y.score).abs() < 1e-9, "{} vs {}", x.score, y.score);
            }
        }
    }
}
