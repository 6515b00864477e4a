//! Laurel's vocabulary and rules as plain types and functions: no database, no HTTP,
//! no clock (the caller passes `now`), so every rule is tested in milliseconds.

pub mod attachment;
pub mod code;
pub mod cycle;
pub mod definition;
pub mod member_state;
pub mod nomination;
pub mod outbox;
/// Review stages: reviewer assignment, score aggregation, reliability, ranking and outcomes.
pub mod review;
pub mod stage;
pub mod stored;
pub mod text;
pub mod user;
pub mod vote;

pub use code::Code;
