//! Review stages as pure functions, in the order a stage lives them: who reviews what
//! ([`assign`]), from reviewers' scores to one score per nomination ([`aggregate`]), how far
//! the reviewers agree ([`alpha`]), who advances or wins ([`rank`]), and the plan an admin
//! confirms, with their overrides ([`advance`]).
//!
//! Everything here is deterministic: the same inputs in any order give the same answer,
//! to the bit, because a stage's ranking must be reproducible when an admin, an auditor
//! or a disappointed member state asks how it came about.

pub mod advance;
pub mod aggregate;
pub mod alpha;
pub mod assign;
pub mod rank;

crate::stored_enum! {
    /// A reviewer's assignment: to do, done, or declined for a conflict of interest.
    pub enum AssignmentStatus ("assignment status") {
        Pending = "pending",
        Submitted = "submitted",
        Recused = "recused",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assignment_words_are_stable() {
        crate::assert_stored_words!(AssignmentStatus, ["pending", "submitted", "recused"]);
    }
}
