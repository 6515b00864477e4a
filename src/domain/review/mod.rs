//! Review stages as pure functions, in the order a stage lives them: who reviews what
//! ([`assign`]), from reviewers' scores to one score per nomination ([`aggregate`]), how far
//! the reviewers agree ([`alpha`]), and who advances or wins ([`rank`]).
//!
//! Everything here is deterministic: the same inputs in any order give the same answer,
//! to the bit, because a stage's ranking must be reproducible when an admin, an auditor
//! or a disappointed member state asks how it came about.

pub mod aggregate;
pub mod alpha;
pub mod assign;
pub mod rank;
