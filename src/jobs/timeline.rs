//! The clock job: every minute, the timeline's changes of phase are stored and recorded
//! (`service::timeline`).

use chrono::{DateTime, Utc};

use crate::app::AppState;
use crate::domain::cycle::Phase;

/// The cycles whose stored phase moved, as (cycle id, new phase).
///
/// # Errors
/// Database failures.
pub async fn run(state: &AppState, now: DateTime<Utc>) -> anyhow::Result<Vec<(uuid::Uuid, Phase)>> {
    Ok(crate::service::timeline::catch_up(&state.db, &state.caches, &state.settings.base_url(), now).await?)
}
