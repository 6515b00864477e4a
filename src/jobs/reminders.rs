//! The reminders job: once a day, reviewers with reviews due soon or overdue, focal
//! points with drafts as the deadline nears, and focal points with a clarification
//! question still to answer are reminded (`service::reminders`).

use chrono::{DateTime, Utc};

use crate::app::AppState;

/// How many reminders were queued.
///
/// # Errors
/// Database or rendering failures.
pub async fn run(state: &AppState, now: DateTime<Utc>) -> anyhow::Result<usize> {
    use crate::service::reminders;
    let base = state.settings.base_url();
    let reviews = reminders::queue_reminders(&state.db, &base, now).await?;
    let drafts = reminders::queue_draft_reminders(&state.db, &state.settings.draft_reminder_days, &base, now).await?;
    let questions = reminders::queue_clarification_reminders(&state.db, &base, now).await?;
    Ok(reviews + drafts + questions)
}
