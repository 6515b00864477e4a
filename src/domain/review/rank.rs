//! Ranking within one ranking group (a category, or a category within one UN regional
//! group; the caller groups), and what follows from it: who advances from a stage, and who
//! wins, is champion or finalist after the last one.
//!
//! DESIGN.md: ties are broken by the highest-weighted criterion, then the next; a tie that
//! survives and decides who advances or wins must be settled by an admin with a written
//! rationale. So nothing here ever picks between truly tied nominations by chance or by id:
//! ids only give the page a stable order to list them in, and a tie across a boundary is
//! returned as blocking until overrides settle it.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

use uuid::Uuid;

/// Scores (and tie-break means) closer than this count as equal, so that float noise
/// (the last bits of a sum) never decides a ranking. All values are on a 0-100 scale.
pub const EPSILON: f64 = 1e-9;

/// A nomination to rank.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub nomination: Uuid,
    /// 0-100.
    pub score: f64,
    /// Per-criterion means, heaviest criterion first (as
    /// [`aggregate`](super::aggregate::aggregate) gives them).
    pub tie_break: Vec<f64>,
}

/// A nomination's place in a ranking.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranked {
    pub nomination: Uuid,
    pub score: f64,
    pub tie_break: Vec<f64>,
    /// Competition rank: 1, 2, 2, 4. Entries share a rank exactly when they are tied.
    pub rank: u32,
    /// The others equal to it on score and every tie-break: an unresolved tie. Empty when
    /// it is not tied.
    pub tied_with: Vec<Uuid>,
    /// The score as compared (see [`rank`]); a threshold is applied to this.
    compared_score: f64,
}

impl Ranked {
    /// The score as the ranking compared it: equal for every score chained within
    /// [`EPSILON`] of its neighbour.
    pub fn compared_score(&self) -> f64 {
        self.compared_score
    }
}

/// Ranks `entries`: score descending, then the tie-break vector lexicographically
/// descending; entries equal on all of that are tied and share a rank. Among tied entries
/// the listing order is by nomination id, only so that it is stable.
///
/// "Equal" tolerates float noise: in each column (the score, each tie-break position),
/// values are sorted and every run of values each within [`EPSILON`] of the next is
/// replaced by the run's largest. Unlike a pairwise |a − b| < ε test this keeps equality
/// transitive, so the comparison is a total order. NaN counts as −∞. Nomination ids must be
/// unique. The result does not depend on the order of `entries`.
pub fn rank(entries: &[Entry]) -> Vec<Ranked> {
    let mut keys: Vec<Entry> = entries
        .iter()
        .map(|e| Entry {
            nomination: e.nomination,
            score: finite(e.score),
            tie_break: e.tie_break.iter().map(|&v| finite(v)).collect(),
        })
        .collect();
    snap(keys.iter_mut().map(|k| &mut k.score).collect());
    let width = keys.iter().map(|k| k.tie_break.len()).max().unwrap_or(0);
    for column in 0..width {
        snap(keys.iter_mut().filter_map(|k| k.tie_break.get_mut(column)).collect());
    }
    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_by(|&a, &b| compare(&keys[a], &keys[b]));

    let mut out = Vec::with_capacity(entries.len());
    let mut start = 0;
    for group in order.chunk_by(|&a, &b| merit(&keys[a], &keys[b]).is_eq()) {
        let rank = u32::try_from(start + 1).unwrap_or(u32::MAX);
        for &i in group {
            let tied_with = if group.len() > 1 {
                group.iter().filter(|&&j| j != i).map(|&j| entries[j].nomination).collect()
            } else {
                Vec::new()
            };
            out.push(Ranked {
                nomination: entries[i].nomination,
                score: entries[i].score,
                tie_break: entries[i].tie_break.clone(),
                rank,
                tied_with,
                compared_score: keys[i].score,
            });
        }
        start += group.len();
    }
    out
}

fn finite(v: f64) -> f64 {
    if v.is_nan() { f64::NEG_INFINITY } else { v }
}

/// Replaces each run of values, each within EPSILON of the next, by the run's largest.
fn snap(mut column: Vec<&mut f64>) {
    column.sort_by(|a, b| b.total_cmp(a));
    // (the run's largest, the previous value)
    let mut run: Option<(f64, f64)> = None;
    for value in column {
        let v = *value;
        let representative = match run {
            Some((largest, previous)) if previous - v <= EPSILON => largest,
            _ => v,
        };
        run = Some((representative, v));
        *value = representative;
    }
}

/// Better merit first: score descending, then tie-breaks lexicographically descending.
fn merit(a: &Entry, b: &Entry) -> Ordering {
    b.score.total_cmp(&a.score).then_with(|| {
        let (x, y) = (&b.tie_break, &a.tie_break);
        x.iter().zip(y).map(|(p, q)| p.total_cmp(q)).find(|o| o.is_ne()).unwrap_or_else(|| x.len().cmp(&y.len()))
    })
}

/// The ranking's total order on (snapped) entries: merit, then nomination id ascending.
fn compare(a: &Entry, b: &Entry) -> Ordering {
    merit(a, b).then_with(|| a.nomination.cmp(&b.nomination))
}

/// How a stage decides who goes on (the stage's `advance`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Rule {
    /// The best n of each ranking group advance.
    TopN(u32),
    /// Every nomination whose score reaches the threshold advances.
    MinScore(f64),
    /// An admin decides every nomination.
    Manual,
}

/// A stage's outcome for a nomination.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Outcome {
    Advanced,
    Eliminated,
}

/// The award tier of a nomination that reached the last stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Award {
    Winner,
    Champion,
    Finalist,
}

/// Tied nominations that a boundary (the top-n cut, or an award tier's) runs through: the
/// places rank..rank+len−1 lie on both sides of it, so the ranking alone cannot say who is
/// in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlockingTie {
    pub rank: u32,
    /// In ranking order.
    pub nominations: Vec<Uuid>,
}

/// What the ranking decides for one nomination; `None` needs an override.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Proposed<T> {
    pub nomination: Uuid,
    pub rank: u32,
    pub outcome: Option<T>,
}

/// The automatic decision for a ranking group, before overrides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal<T> {
    /// In ranking order.
    pub decisions: Vec<Proposed<T>>,
    pub blocking_ties: Vec<BlockingTie>,
}

impl<T> Proposal<T> {
    /// Whether every nomination has an outcome without any override.
    pub fn is_decided(&self) -> bool {
        self.decisions.iter().all(|d| d.outcome.is_some())
    }
}

/// Applies a stage's rule to a ranking as [`rank`] returned it.
///
/// - `TopN(n)`: the first n advance, the rest are eliminated; a tie across the cut leaves its
///   members undecided and is returned as blocking, so never more than n advance without an
///   override, and exactly min(n, len) when nothing blocks.
/// - `MinScore(t)`: a nomination advances when its compared score is at least `t − EPSILON`.
///   Tied nominations share their compared score, so a tie can never straddle the
///   threshold.
/// - `Manual`: nothing is decided.
pub fn advancement(ranking: &[Ranked], rule: Rule) -> Proposal<Outcome> {
    match rule {
        Rule::TopN(n) => by_cuts(ranking, &[n as usize], &[Outcome::Advanced, Outcome::Eliminated]),
        Rule::MinScore(threshold) => Proposal {
            decisions: ranking
                .iter()
                .map(|r| Proposed {
                    nomination: r.nomination,
                    rank: r.rank,
                    outcome: Some(if r.compared_score + EPSILON >= threshold {
                        Outcome::Advanced
                    } else {
                        Outcome::Eliminated
                    }),
                })
                .collect(),
            blocking_ties: Vec::new(),
        },
        Rule::Manual => Proposal {
            decisions: ranking
                .iter()
                .map(|r| Proposed { nomination: r.nomination, rank: r.rank, outcome: None })
                .collect(),
            blocking_ties: Vec::new(),
        },
    }
}

/// The awards of a ranking group after the last stage: the first `winners` win, the next
/// `champions` are champions, the rest are finalists. A tie across either boundary blocks,
/// as for [`Rule::TopN`].
pub fn awards(ranking: &[Ranked], winners: u32, champions: u32) -> Proposal<Award> {
    let winners = winners as usize;
    by_cuts(ranking, &[winners, winners + champions as usize], &[Award::Winner, Award::Champion, Award::Finalist])
}

/// Tiers by position: positions before `cuts[0]` get `tiers[0]`, and so on; a tie group
/// whose positions fall in two tiers blocks.
fn by_cuts<T: Copy>(ranking: &[Ranked], cuts: &[usize], tiers: &[T]) -> Proposal<T> {
    let tier_index = |position: usize| cuts.iter().filter(|&&c| c <= position).count();
    let mut proposal = Proposal { decisions: Vec::with_capacity(ranking.len()), blocking_ties: Vec::new() };
    let mut start = 0;
    for group in ranking.chunk_by(|a, b| a.rank == b.rank) {
        let last = start + group.len() - 1;
        let straddles = tier_index(start) != tier_index(last);
        if straddles {
            proposal
                .blocking_ties
                .push(BlockingTie { rank: group[0].rank, nominations: group.iter().map(|r| r.nomination).collect() });
        }
        for r in group {
            let outcome = if straddles { None } else { Some(tiers[tier_index(start)]) };
            proposal.decisions.push(Proposed { nomination: r.nomination, rank: r.rank, outcome });
        }
        start += group.len();
    }
    proposal
}

/// An admin's decision for one nomination, with the reason on record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Override<T> {
    pub nomination: Uuid,
    pub outcome: T,
    pub rationale: String,
}

/// A nomination's final outcome; `rationale` is set when an override decided it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settled<T> {
    pub nomination: Uuid,
    pub outcome: T,
    pub rationale: Option<String>,
}

/// Why overrides could not be applied.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SettleError {
    #[error("{}", crate::i18n::say_with("refusal-override-not-in-group", &[("nomination", .0.to_string().into())]))]
    NotInGroup(Uuid),
    #[error("{}", crate::i18n::say_with("refusal-override-twice", &[("nomination", .0.to_string().into())]))]
    DuplicateOverride(Uuid),
    #[error("{}", crate::i18n::say_with("refusal-override-no-rationale", &[("nomination", .0.to_string().into())]))]
    EmptyRationale(Uuid),
    #[error("{}", unsettled_message(.nominations, .ties))]
    Unsettled {
        /// Every nomination still without an outcome, in ranking order.
        nominations: Vec<Uuid>,
        /// The blocking ties among them.
        ties: Vec<BlockingTie>,
    },
}

fn unsettled_message(nominations: &[Uuid], ties: &[BlockingTie]) -> String {
    let list = |ids: &[Uuid]| ids.iter().map(Uuid::to_string).collect::<Vec<_>>().join(", ");
    let mut message = crate::i18n::say_with(
        "unsettled-need-outcome",
        &[("count", nominations.len().into()), ("nominations", list(nominations).into())],
    );
    for tie in ties {
        message.push_str("; ");
        let tied = [("rank", tie.rank.into()), ("nominations", list(&tie.nominations).into())];
        message.push_str(&crate::i18n::say_with("unsettled-tie", &tied));
    }
    message
}

impl crate::domain::code::Refusal for SettleError {
    fn code(&self) -> crate::domain::Code {
        match self {
            SettleError::NotInGroup(_) | SettleError::DuplicateOverride(_) | SettleError::EmptyRationale(_) => {
                crate::domain::Code::ValidationFailed
            }
            SettleError::Unsettled { .. } => crate::domain::Code::InvalidState,
        }
    }
}

/// The final outcomes of a ranking group: the proposal's, with `overrides` on top.
///
/// An override may force any nomination's outcome. Every undecided nomination needs one:
/// each member of a blocking tie (even the one the admin means to keep where the cut put
/// it, so the record says why), and every nomination of a manual stage.
///
/// # Errors
/// An override for a nomination not in the group, two for one nomination, or one with a
/// blank rationale (checked in nomination order); otherwise `Unsettled`, naming every
/// nomination still without an outcome and the ties among them.
pub fn settle<T: Copy>(proposal: &Proposal<T>, overrides: &[Override<T>]) -> Result<Vec<Settled<T>>, SettleError> {
    let members: BTreeSet<Uuid> = proposal.decisions.iter().map(|d| d.nomination).collect();
    let mut sorted: Vec<&Override<T>> = overrides.iter().collect();
    sorted.sort_by_key(|o| o.nomination);
    let mut by_nomination: BTreeMap<Uuid, &Override<T>> = BTreeMap::new();
    for o in sorted {
        if !members.contains(&o.nomination) {
            return Err(SettleError::NotInGroup(o.nomination));
        }
        if by_nomination.insert(o.nomination, o).is_some() {
            return Err(SettleError::DuplicateOverride(o.nomination));
        }
        if o.rationale.trim().is_empty() {
            return Err(SettleError::EmptyRationale(o.nomination));
        }
    }
    let missing: Vec<Uuid> = proposal
        .decisions
        .iter()
        .filter(|d| d.outcome.is_none() && !by_nomination.contains_key(&d.nomination))
        .map(|d| d.nomination)
        .collect();
    if !missing.is_empty() {
        let ties = proposal
            .blocking_ties
            .iter()
            .filter(|t| t.nominations.iter().any(|n| missing.contains(n)))
            .cloned()
            .collect();
        return Err(SettleError::Unsettled { nominations: missing, ties });
    }
    let mut settled = Vec::with_capacity(proposal.decisions.len());
    for d in &proposal.decisions {
        let item = match (by_nomination.get(&d.nomination), d.outcome) {
            (Some(o), _) => {
                Settled { nomination: d.nomination, outcome: o.outcome, rationale: Some(o.rationale.clone()) }
            }
            (None, Some(outcome)) => Settled { nomination: d.nomination, outcome, rationale: None },
            (None, None) => return Err(SettleError::Unsettled { nominations: vec![d.nomination], ties: Vec::new() }),
        };
        settled.push(item);
    }
    Ok(settled)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn id(n: u128) -> Uuid {
        Uuid::from_u128(n)
    }

    fn entry(n: u128, score: f64, tie_break: &[f64]) -> Entry {
        Entry { nomination: id(n), score, tie_break: tie_break.to_vec() }
    }

    fn ranks(r: &[Ranked]) -> Vec<(u128, u32)> {
        r.iter().map(|r| (r.nomination.as_u128(), r.rank)).collect()
    }

    #[test]
    fn competition_ranks_with_tie_breaks() {
        let r = rank(&[
            entry(1, 80.0, &[70.0, 50.0]),
            entry(2, 90.0, &[10.0, 10.0]),
            entry(3, 80.0, &[70.0, 60.0]),
            entry(4, 80.0, &[70.0, 50.0]),
            entry(5, 70.0, &[100.0, 100.0]),
        ]);
        assert_eq!(ranks(&r), vec![(2, 1), (3, 2), (1, 3), (4, 3), (5, 5)]);
        assert_eq!(r[2].tied_with, vec![id(4)]);
        assert_eq!(r[3].tied_with, vec![id(1)]);
        assert!(r[0].tied_with.is_empty() && r[1].tied_with.is_empty());
    }

    #[test]
    fn float_noise_does_not_decide() {
        let a = 0.1 + 0.2 + 0.3; // 0.6000000000000001
        let b = 0.3 + 0.2 + 0.1; // 0.6
        assert_ne!(a, b);
        let r = rank(&[entry(2, a * 100.0, &[b]), entry(1, b * 100.0, &[a])]);
        assert_eq!(ranks(&r), vec![(1, 1), (2, 1)]);
        // A real difference still counts.
        let r = rank(&[entry(2, 60.0, &[]), entry(1, 60.0 - 2e-9, &[])]);
        assert_eq!(ranks(&r), vec![(2, 1), (1, 2)]);
    }

    fn three_tied_for_second() -> Vec<Ranked> {
        rank(&[entry(1, 90.0, &[]), entry(2, 80.0, &[]), entry(3, 80.0, &[]), entry(4, 80.0, &[]), entry(5, 70.0, &[])])
    }

    #[test]
    fn top_n_blocks_on_a_tie_across_the_cut() {
        let r = three_tied_for_second();
        let p = advancement(&r, Rule::TopN(2));
        assert_eq!(p.blocking_ties, vec![BlockingTie { rank: 2, nominations: vec![id(2), id(3), id(4)] }]);
        let outcomes: Vec<_> = p.decisions.iter().map(|d| d.outcome).collect();
        assert_eq!(outcomes, vec![Some(Outcome::Advanced), None, None, None, Some(Outcome::Eliminated)]);
        // A cut at the tie's edge does not block.
        let p = advancement(&r, Rule::TopN(4));
        assert!(p.blocking_ties.is_empty() && p.is_decided());
        assert_eq!(p.decisions.iter().filter(|d| d.outcome == Some(Outcome::Advanced)).count(), 4);
        assert!(advancement(&r, Rule::TopN(10)).decisions.iter().all(|d| d.outcome == Some(Outcome::Advanced)));
    }

    #[test]
    fn overrides_settle_a_blocking_tie() {
        let p = advancement(&three_tied_for_second(), Rule::TopN(2));
        let o = |n: u128, outcome, why: &str| Override { nomination: id(n), outcome, rationale: why.into() };
        let err = settle(&p, &[o(2, Outcome::Advanced, "stronger evidence of impact")]).unwrap_err();
        assert_eq!(
            err,
            SettleError::Unsettled { nominations: vec![id(3), id(4)], ties: vec![p.blocking_ties[0].clone()] }
        );
        assert!(err.to_string().starts_with("2 nominations still need an outcome with a rationale"));
        let overrides = [
            o(4, Outcome::Eliminated, "committee vote 5-2"),
            o(2, Outcome::Advanced, "committee vote 5-2"),
            o(3, Outcome::Eliminated, "committee vote 5-2"),
        ];
        let settled = settle(&p, &overrides).unwrap();
        let got: Vec<_> = settled.iter().map(|s| (s.nomination.as_u128(), s.outcome, s.rationale.is_some())).collect();
        assert_eq!(
            got,
            vec![
                (1, Outcome::Advanced, false),
                (2, Outcome::Advanced, true),
                (3, Outcome::Eliminated, true),
                (4, Outcome::Eliminated, true),
                (5, Outcome::Eliminated, false)
            ]
        );
        // An override may also force a decided outcome.
        let mut forced = overrides.to_vec();
        forced.push(o(5, Outcome::Advanced, "late correction of a scoring error"));
        assert_eq!(settle(&p, &forced).unwrap()[4].outcome, Outcome::Advanced);
    }

    #[test]
    fn bad_overrides_are_refused() {
        let p = advancement(&three_tied_for_second(), Rule::TopN(1));
        let o = |n: u128, why: &str| Override { nomination: id(n), outcome: Outcome::Advanced, rationale: why.into() };
        assert_eq!(settle(&p, &[o(9, "x")]), Err(SettleError::NotInGroup(id(9))));
        assert_eq!(settle(&p, &[o(1, "x"), o(1, "y")]), Err(SettleError::DuplicateOverride(id(1))));
        assert_eq!(settle(&p, &[o(1, "  ")]), Err(SettleError::EmptyRationale(id(1))));
        assert!(settle(&p, &[]).unwrap().iter().all(|s| s.rationale.is_none()));
    }

    #[test]
    fn manual_stages_need_every_outcome() {
        let p = advancement(&three_tied_for_second(), Rule::Manual);
        assert!(!p.is_decided() && p.blocking_ties.is_empty());
        let some: Vec<_> = (1..=4)
            .map(|n| Override { nomination: id(n), outcome: Outcome::Advanced, rationale: "panel".into() })
            .collect();
        assert_eq!(settle(&p, &some), Err(SettleError::Unsettled { nominations: vec![id(5)], ties: Vec::new() }));
    }

    #[test]
    fn min_score_counts_a_hair_below_as_reaching() {
        let r = rank(&[entry(1, 70.0 - 1e-12, &[]), entry(2, 69.99, &[]), entry(3, 85.0, &[])]);
        let p = advancement(&r, Rule::MinScore(70.0));
        let got: Vec<_> = p.decisions.iter().map(|d| (d.nomination.as_u128(), d.outcome)).collect();
        assert_eq!(
            got,
            vec![(3, Some(Outcome::Advanced)), (1, Some(Outcome::Advanced)), (2, Some(Outcome::Eliminated))]
        );
        assert!(p.blocking_ties.is_empty());
    }

    #[test]
    fn awards_by_tier_and_ties_across_tiers() {
        let r = rank(&[
            entry(1, 95.0, &[]),
            entry(2, 90.0, &[]),
            entry(3, 85.0, &[]),
            entry(4, 85.0, &[]),
            entry(5, 60.0, &[]),
        ]);
        use Award::{Champion, Finalist, Winner};
        let p = awards(&r, 1, 3);
        assert!(p.blocking_ties.is_empty());
        let tiers: Vec<_> = p.decisions.iter().map(|d| d.outcome).collect();
        assert_eq!(tiers, vec![Some(Winner), Some(Champion), Some(Champion), Some(Champion), Some(Finalist)]);
        // Two champion places, but the tie at rank 3 spans places 3 and 4.
        let p = awards(&r, 1, 2);
        assert_eq!(p.blocking_ties, vec![BlockingTie { rank: 3, nominations: vec![id(3), id(4)] }]);
        let settled = settle(
            &p,
            &[
                Override { nomination: id(3), outcome: Champion, rationale: "jury deliberation".into() },
                Override { nomination: id(4), outcome: Finalist, rationale: "jury deliberation".into() },
            ],
        )
        .unwrap();
        let got: Vec<_> = settled.iter().map(|s| s.outcome).collect();
        assert_eq!(got, vec![Winner, Champion, Champion, Finalist, Finalist]);
    }

    // ---- properties ----

    /// Scores from a few levels plus float-noise-sized jitter, so ties are frequent.
    fn value() -> impl Strategy<Value = f64> {
        (
            prop::sample::select(vec![40.0, 55.5, 70.0, 100.0]),
            prop::sample::select(vec![0.0, 1e-13, -1e-13, 5e-9, -5e-9]),
        )
            .prop_map(|(v, noise)| v + noise)
    }

    fn entries() -> impl Strategy<Value = Vec<Entry>> {
        prop::collection::vec((value(), prop::collection::vec(value(), 2)), 0..25).prop_map(|v| {
            v.into_iter()
                .enumerate()
                .map(|(i, (score, tie_break))| Entry { nomination: id(i as u128 + 1), score, tie_break })
                .collect()
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn compare_is_a_total_order(v in entries()) {
            for a in &v {
                for b in &v {
                    prop_assert_eq!(compare(a, b), compare(b, a).reverse());
                    prop_assert_eq!(compare(a, b).is_eq(), a.nomination == b.nomination);
                    for c in &v {
                        if compare(a, b).is_le() && compare(b, c).is_le() {
                            prop_assert!(compare(a, c).is_le());
                        }
                    }
                }
            }
        }

        #[test]
        fn ranking_is_consistent_and_independent_of_input_order(
            (v, shuffled) in entries().prop_flat_map(|v| (Just(v.clone()), Just(v).prop_shuffle()))
        ) {
            let r = rank(&v);
            prop_assert_eq!(&r, &rank(&shuffled));
            prop_assert_eq!(r.len(), v.len());
            for (i, x) in r.iter().enumerate() {
                // Rank is one plus the number strictly ahead.
                let ahead = r.iter().filter(|y| y.rank < x.rank).count();
                prop_assert_eq!(x.rank as usize, ahead + 1);
                prop_assert!(i + 1 >= x.rank as usize);
                // Tied exactly with those sharing the rank.
                let mut peers: Vec<Uuid> = r.iter().filter(|y| y.rank == x.rank && y.nomination != x.nomination).map(|y| y.nomination).collect();
                let mut tied = x.tied_with.clone();
                peers.sort();
                tied.sort();
                prop_assert_eq!(peers, tied);
                if let Some(next) = r.get(i + 1) {
                    // Never better than the one before, and ties listed by id.
                    prop_assert!(next.compared_score() <= x.compared_score());
                    if next.rank == x.rank {
                        prop_assert!(next.nomination > x.nomination);
                    }
                }
            }
            // Scores within float noise of each other are never split apart by it.
            for a in &r {
                for b in &r {
                    if (a.score - b.score).abs() < 1e-12 {
                        prop_assert_eq!(a.compared_score(), b.compared_score());
                    }
                }
            }
        }

        #[test]
        fn top_n_blocks_exactly_when_a_tie_straddles_the_cut(v in entries(), n in 0_u32..30) {
            let r = rank(&v);
            let p = advancement(&r, Rule::TopN(n));
            let cut = n as usize;
            let straddles = cut >= 1 && cut < r.len() && r[cut - 1].rank == r[cut].rank;
            prop_assert_eq!(!p.blocking_ties.is_empty(), straddles);
            prop_assert!(p.blocking_ties.len() <= 1);
            let advanced = p.decisions.iter().filter(|d| d.outcome == Some(Outcome::Advanced)).count();
            prop_assert!(advanced <= cut);
            if !straddles {
                prop_assert_eq!(advanced, cut.min(r.len()));
                prop_assert!(p.is_decided());
            } else {
                let undecided: Vec<Uuid> = p.decisions.iter().filter(|d| d.outcome.is_none()).map(|d| d.nomination).collect();
                prop_assert_eq!(&undecided, &p.blocking_ties[0].nominations);
                prop_assert!(p.blocking_ties[0].rank as usize <= cut);
            }
        }

        #[test]
        fn min_score_never_splits_a_tie(v in entries(), threshold in prop::sample::select(vec![40.0, 55.5, 70.0, 100.0])) {
            let r = rank(&v);
            let p = advancement(&r, Rule::MinScore(threshold));
            for (a, da) in r.iter().zip(&p.decisions) {
                for (b, db) in r.iter().zip(&p.decisions) {
                    if a.rank == b.rank {
                        prop_assert_eq!(da.outcome, db.outcome);
                    }
                }
            }
        }
    }
}
