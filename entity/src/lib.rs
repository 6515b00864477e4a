//! sea-orm entities for Laurel's schema, one module per table. They mirror the
//! `migration` crate (which is the authority on the schema) and hold no business
//! rules: status, kind and role columns are plain strings whose values the
//! domain enums own.
//!
//! Relation variants are named after the foreign-key column (`CreatedBy`,
//! `Reviewer`, `CurrentStage`). Where a table has two foreign keys to the same
//! table (`user` and `invitation` to `member_state`, `invitation` to `user`),
//! there is no `Related` impl between the two: join with the variant you mean.

pub use sea_orm;

pub mod prelude;

pub mod answer;
pub mod api_token;
pub mod assignment;
pub mod attachment;
pub mod audit_event;
pub mod audit_head;
pub mod blob;
pub mod category;
pub mod criterion;
pub mod cycle;
pub mod idempotency_key;
pub mod invitation;
pub mod job_lease;
pub mod login_attempt;
pub mod member_state;
pub mod nomination;
pub mod outbox_message;
pub mod password_reset;
pub mod programme;
pub mod question;
pub mod redaction;
pub mod review;
pub mod review_score;
pub mod reviewer_conflict;
pub mod server_key;
pub mod session;
pub mod stage;
pub mod stage_result;
pub mod user;
pub mod vote;
pub mod vote_log;
pub mod vote_void;
pub mod voter;
pub mod voter_token;
