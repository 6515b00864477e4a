//! Planning a stage's advancement: for every ranking group, the outcome the stage's rule
//! gives each nomination, the admin's overrides on top, and what still needs deciding.
//! Outcomes stay [`StageOutcome`]s from here until the service writes them.

use std::collections::BTreeMap;

use uuid::Uuid;

use super::rank::{self, Award, Outcome, Override, Proposal, Ranked, Rule, SettleError};
use crate::domain::stage::{RuleKind, StageOutcome};

impl From<Outcome> for StageOutcome {
    fn from(o: Outcome) -> Self {
        match o {
            Outcome::Advanced => StageOutcome::Advanced,
            Outcome::Eliminated => StageOutcome::Eliminated,
        }
    }
}

impl From<Award> for StageOutcome {
    fn from(a: Award) -> Self {
        match a {
            Award::Winner => StageOutcome::Winner,
            Award::Champion => StageOutcome::Champion,
            Award::Finalist => StageOutcome::Finalist,
        }
    }
}

/// The rule a stage stores as its kind and number; a number missing where the kind needs
/// one leaves every decision to the secretariat rather than guessing.
pub fn rule(kind: RuleKind, value: Option<f64>) -> Rule {
    match (kind, value) {
        // Validated as at least 1 when the cycle was defined; a negative could only come
        // from a hand-edited row, and is read as "none advance" rather than wrapping.
        (RuleKind::TopN, Some(n)) => Rule::TopN(n.max(0.0) as u32),
        (RuleKind::MinScore, Some(s)) => Rule::MinScore(s),
        _ => Rule::Manual,
    }
}

/// A ranking group as advancement sees it.
#[derive(Debug, Clone)]
pub struct Group<'a> {
    pub key: &'a str,
    /// The scored nominations, ranked.
    pub ranked: &'a [Ranked],
    /// The nominations without a submitted review, which only an override can decide.
    pub unscored: &'a [Uuid],
    /// The award tiers, used out of the last stage.
    pub winners: u32,
    pub champions: u32,
}

/// An admin's override, already checked to be one of [`StageOutcome::choices`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub nomination: Uuid,
    pub outcome: StageOutcome,
    pub rationale: String,
}

/// One nomination's line in the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub nomination: Uuid,
    /// `None` for a nomination without a submitted review.
    pub rank: Option<u32>,
    /// `None` while it needs the secretariat's decision.
    pub outcome: Option<StageOutcome>,
    pub overridden: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupPlan {
    pub key: String,
    /// The ranked nominations in ranking order, then the unscored ones.
    pub lines: Vec<Line>,
    /// Tied nominations a cut runs through: each needs an override.
    pub blocking_ties: Vec<Vec<Uuid>>,
}

/// Why the plan cannot be applied yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unsettled {
    /// A nomination with no submitted review and no override.
    NoReview(Uuid),
    /// A group whose overrides do not settle it (see [`rank::settle`]).
    Overrides(SettleError),
}

/// The outcome each nomination gets, by group, with the overrides applied where possible.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Plan {
    pub groups: Vec<GroupPlan>,
    /// Every nomination with its outcome, and the rationale when an override decided it.
    /// Complete only when `unsettled` is empty.
    pub settled: BTreeMap<Uuid, (StageOutcome, Option<String>)>,
    pub unsettled: Vec<Unsettled>,
}

impl Plan {
    pub fn is_ready(&self) -> bool {
        self.unsettled.is_empty()
    }
}

/// Plans the advancement of every group: out of the last stage the awards by each
/// group's tiers, otherwise `rule`; then the overrides.
///
/// The scored and the unscored nominations of a group are planned apart on purpose: the
/// rule and its ties concern only a ranking, while an unscored nomination has no place
/// in it and is decided by its override alone (or waits for its reviews).
pub fn plan(groups: &[Group<'_>], rule: Rule, last_stage: bool, overrides: &[Choice]) -> Plan {
    let mut out = Plan::default();
    for group in groups {
        let mine: Vec<&Choice> = overrides
            .iter()
            .filter(|o| {
                group.ranked.iter().any(|r| r.nomination == o.nomination) || group.unscored.contains(&o.nomination)
            })
            .collect();
        for &id in group.unscored {
            if !mine.iter().any(|o| o.nomination == id) {
                out.unsettled.push(Unsettled::NoReview(id));
            }
        }
        let ranked_overrides = mine.iter().filter(|o| !group.unscored.contains(&o.nomination));
        let (mut lines, blocking_ties) = if last_stage {
            let proposal = rank::awards(group.ranked, group.winners, group.champions);
            let typed: Vec<Override<Award>> = ranked_overrides
                .map(|o| Override {
                    nomination: o.nomination,
                    outcome: award(o.outcome),
                    rationale: o.rationale.clone(),
                })
                .collect();
            settle_group(&proposal, &typed, &mut out)
        } else {
            let proposal = rank::advancement(group.ranked, rule);
            let typed: Vec<Override<Outcome>> = ranked_overrides
                .map(|o| Override {
                    nomination: o.nomination,
                    outcome: if o.outcome == StageOutcome::Advanced { Outcome::Advanced } else { Outcome::Eliminated },
                    rationale: o.rationale.clone(),
                })
                .collect();
            settle_group(&proposal, &typed, &mut out)
        };
        for &id in group.unscored {
            let chosen = mine.iter().find(|o| o.nomination == id);
            if let Some(o) = chosen {
                out.settled.insert(id, (o.outcome, Some(o.rationale.clone())));
            }
            lines.push(Line {
                nomination: id,
                rank: None,
                outcome: chosen.map(|o| o.outcome),
                overridden: chosen.is_some(),
            });
        }
        out.groups.push(GroupPlan { key: group.key.to_owned(), lines, blocking_ties });
    }
    out
}

fn award(outcome: StageOutcome) -> Award {
    match outcome {
        StageOutcome::Winner => Award::Winner,
        StageOutcome::Champion => Award::Champion,
        _ => Award::Finalist,
    }
}

/// The group's lines from its proposal and overrides; a group the overrides do not
/// settle still shows what each line would be, with the overrides given so far.
fn settle_group<T: Copy + Into<StageOutcome>>(
    proposal: &Proposal<T>,
    overrides: &[Override<T>],
    out: &mut Plan,
) -> (Vec<Line>, Vec<Vec<Uuid>>) {
    let ties = proposal.blocking_ties.iter().map(|t| t.nominations.clone()).collect();
    let lines = match rank::settle(proposal, overrides) {
        Ok(settled) => {
            let by_id: BTreeMap<Uuid, &rank::Settled<T>> = settled.iter().map(|s| (s.nomination, s)).collect();
            proposal
                .decisions
                .iter()
                .map(|d| {
                    let s = by_id.get(&d.nomination);
                    if let Some(s) = s {
                        out.settled.insert(d.nomination, (s.outcome.into(), s.rationale.clone()));
                    }
                    Line {
                        nomination: d.nomination,
                        rank: Some(d.rank),
                        outcome: s.map(|s| s.outcome.into()),
                        overridden: s.is_some_and(|s| s.rationale.is_some()),
                    }
                })
                .collect()
        }
        Err(e) => {
            out.unsettled.push(Unsettled::Overrides(e));
            proposal
                .decisions
                .iter()
                .map(|d| {
                    let forced = overrides.iter().find(|o| o.nomination == d.nomination);
                    Line {
                        nomination: d.nomination,
                        rank: Some(d.rank),
                        outcome: forced.map(|o| o.outcome).or(d.outcome).map(Into::into),
                        overridden: forced.is_some(),
                    }
                })
                .collect()
        }
    };
    (lines, ties)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::review::rank::Entry;

    fn id(n: u128) -> Uuid {
        Uuid::from_u128(n)
    }

    fn ranked(scores: &[(u128, f64)]) -> Vec<Ranked> {
        rank::rank(
            &scores.iter().map(|&(n, s)| Entry { nomination: id(n), score: s, tie_break: vec![] }).collect::<Vec<_>>(),
        )
    }

    #[test]
    fn a_top_n_cut_advances_the_best_and_eliminates_the_rest() {
        let r = ranked(&[(1, 90.0), (2, 80.0), (3, 70.0)]);
        let groups = [Group { key: "g", ranked: &r, unscored: &[], winners: 1, champions: 0 }];
        let plan = plan(&groups, Rule::TopN(2), false, &[]);
        assert!(plan.is_ready());
        assert_eq!(plan.settled[&id(1)].0, StageOutcome::Advanced);
        assert_eq!(plan.settled[&id(2)].0, StageOutcome::Advanced);
        assert_eq!(plan.settled[&id(3)].0, StageOutcome::Eliminated);
    }

    #[test]
    fn an_unscored_nomination_waits_for_an_override_and_takes_it_with_its_rationale() {
        let r = ranked(&[(1, 90.0)]);
        let unscored = [id(9)];
        let groups = [Group { key: "g", ranked: &r, unscored: &unscored, winners: 1, champions: 0 }];
        let waiting = plan(&groups, Rule::TopN(1), false, &[]);
        assert_eq!(waiting.unsettled, vec![Unsettled::NoReview(id(9))]);
        let chosen = Choice { nomination: id(9), outcome: StageOutcome::Eliminated, rationale: "withdrawn".into() };
        let decided = plan(&groups, Rule::TopN(1), false, &[chosen]);
        assert!(decided.is_ready());
        assert_eq!(decided.settled[&id(9)], (StageOutcome::Eliminated, Some("withdrawn".into())));
        let line = decided.groups[0].lines.last().cloned();
        assert_eq!(
            line,
            Some(Line { nomination: id(9), rank: None, outcome: Some(StageOutcome::Eliminated), overridden: true })
        );
    }

    #[test]
    fn out_of_the_last_stage_the_tiers_decide_winners_champions_and_finalists() {
        let r = ranked(&[(1, 90.0), (2, 80.0), (3, 70.0), (4, 60.0)]);
        let groups = [Group { key: "g", ranked: &r, unscored: &[], winners: 1, champions: 2 }];
        let plan = plan(&groups, Rule::Manual, true, &[]);
        let outcomes: Vec<StageOutcome> = (1..=4).map(|n| plan.settled[&id(n)].0).collect();
        use StageOutcome::{Champion, Finalist, Winner};
        assert_eq!(outcomes, vec![Winner, Champion, Champion, Finalist]);
    }

    #[test]
    fn a_tie_across_the_cut_blocks_until_each_tied_nomination_has_an_override() {
        let r = ranked(&[(1, 90.0), (2, 80.0), (3, 80.0)]);
        let groups = [Group { key: "g", ranked: &r, unscored: &[], winners: 1, champions: 0 }];
        let blocked = plan(&groups, Rule::TopN(2), false, &[]);
        assert!(!blocked.is_ready());
        assert_eq!(blocked.groups[0].blocking_ties, vec![vec![id(2), id(3)]]);
        let one = |n, outcome| Choice { nomination: id(n), outcome, rationale: "the jury's reading".into() };
        let half = plan(&groups, Rule::TopN(2), false, &[one(2, StageOutcome::Advanced)]);
        assert!(!half.is_ready());
        let both =
            plan(&groups, Rule::TopN(2), false, &[one(2, StageOutcome::Advanced), one(3, StageOutcome::Eliminated)]);
        assert!(both.is_ready());
        assert_eq!(both.settled[&id(3)].0, StageOutcome::Eliminated);
    }

    #[test]
    fn a_stored_rule_without_its_number_leaves_the_decisions_to_the_secretariat() {
        assert_eq!(rule(RuleKind::TopN, Some(5.0)), Rule::TopN(5));
        assert_eq!(rule(RuleKind::MinScore, Some(70.0)), Rule::MinScore(70.0));
        assert_eq!(rule(RuleKind::TopN, None), Rule::Manual);
        assert_eq!(rule(RuleKind::Manual, Some(3.0)), Rule::Manual);
    }
}
