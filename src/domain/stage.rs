//! A review stage's kind and life, the advancement rule it applies, and the outcomes it
//! records for each nomination.

use crate::stored_enum;

stored_enum! {
    /// What a stage asks of its people.
    pub enum StageKind ("stage kind") {
        /// A pass/fail checklist answered by the secretariat.
        Screening = "screening",
        /// A rubric scored by reviewers.
        Scoring = "scoring",
        /// Votes from the public.
        PublicVote = "public_vote",
    }
}

stored_enum! {
    /// Stages run in order, one active at a time.
    pub enum StageStatus ("stage status") {
        Pending = "pending",
        Active = "active",
        Closed = "closed",
    }
}

stored_enum! {
    /// What a stage decided for one nomination (`stage_result.outcome`).
    pub enum StageOutcome ("stage outcome") {
        /// Goes on to the next stage.
        Advanced = "advanced",
        /// Did not go on.
        Eliminated = "eliminated",
        /// Failed screening.
        Ineligible = "ineligible",
        /// Out of the last stage: the awards.
        Winner = "winner",
        Champion = "champion",
        Finalist = "finalist",
    }
}

impl StageOutcome {
    /// The outcomes an override may choose: the awards out of the last stage, otherwise
    /// advancing or not.
    pub fn choices(last_stage: bool) -> &'static [StageOutcome] {
        if last_stage {
            &[StageOutcome::Winner, StageOutcome::Champion, StageOutcome::Finalist]
        } else {
            &[StageOutcome::Advanced, StageOutcome::Eliminated]
        }
    }
}

stored_enum! {
    /// The kind of a stage's advancement rule (`stage.advance_rule`); its number, where
    /// it has one, is stored beside it (`stage.advance_value`).
    pub enum RuleKind ("advancement rule") {
        /// The best `n` of each ranking group.
        TopN = "top_n",
        /// Every nomination scoring at least this.
        MinScore = "min_score",
        /// The secretariat decides each.
        Manual = "manual",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stage_words_are_stable() {
        crate::assert_stored_words!(StageKind, ["screening", "scoring", "public_vote"]);
        crate::assert_stored_words!(StageStatus, ["pending", "active", "closed"]);
        crate::assert_stored_words!(
            StageOutcome,
            ["advanced", "eliminated", "ineligible", "winner", "champion", "finalist"]
        );
        crate::assert_stored_words!(RuleKind, ["top_n", "min_score", "manual"]);
    }
}
