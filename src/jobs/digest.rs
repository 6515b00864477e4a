//! The digest job: each morning, one summary per cycle in progress to every active admin
//! (`service::digest`).

use chrono::{DateTime, Utc};

use crate::app::AppState;

/// How many digests were queued.
///
/// # Errors
/// Database or rendering failures.
pub async fn run(state: &AppState, now: DateTime<Utc>) -> anyhow::Result<usize> {
    Ok(crate::service::digest::queue_digests(&state.db, &state.settings.base_url(), now).await?)
}
