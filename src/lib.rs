//! Laurel: a workflow engine for public-sector awards.

/// The running application: shared state, router, serving until shutdown.
pub mod app;
/// What is kept in memory, in one place, under one eviction policy.
pub mod cache;
/// The clock, passed down as `now` so tests and the demo control time.
pub mod clock;
/// Settings from `DATABASE_URL` and `LAUREL_*`, validated once at start.
pub mod config;
/// Connecting to SQLite or PostgreSQL, migrating, starting write transactions.
pub mod db;
/// A fresh database with a realistic cycle, people and reviews.
pub mod demo;
/// Pure workflow rules: states, transitions, eligibility, ranking. No I/O.
pub mod domain;
/// Dates and durations as people read them, in a cycle's time zone.
pub mod format;
/// HTTP adapters: HTML pages, the JSON API, operations endpoints, error mapping.
pub mod http;
/// The six UN languages: the Fluent catalogues and choosing a reader's language.
pub mod i18n;
/// Timed jobs (clock, outbox, sweep), each behind a database lease.
pub mod jobs;
/// Emails: rendered and queued in the outbox inside the use case's transaction.
pub mod mail;
/// Prometheus metrics: requests, jobs, the outbox.
pub mod metrics;
/// Use cases: one transaction each, with their audit events and emails.
pub mod service;
/// Text cells of the CSV exports, safe to open in a spreadsheet.
pub mod sheet;
