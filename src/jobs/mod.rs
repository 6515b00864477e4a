//! Timed jobs. Each is a plain function of the app state and `now`, callable from the
//! scheduler, the command line and tests; `schedule` only wires cron lines to them,
//! behind a database lease so that each tick runs on one instance.

pub mod digest;
pub mod outbox;
pub mod reminders;
pub mod schedule;
pub mod sweep;
pub mod timeline;
