//! The reminders job: once a day, reviewers with reviews due soon or overdue are
//! reminded (`service::reminders`).

use chrono::{DateTime, Utc};

use crate::app::AppState;

/// How many reminders were queued.
///
/// # Errors
/// Database or rendering failures.
pub async fn run(state: &AppState, now: DateTime<Utc>) -> anyhow::Result<usize> {
    Ok(crate::service::reminders::queue_reminders(&state.db, &state.settings.base_url(), now).await?)
}
