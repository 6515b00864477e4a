//! The sweep job: every hour, expired sessions, stale links and old sign-in attempts go
//! (`service::housekeeping`).

use chrono::{DateTime, Utc};

use crate::app::AppState;
pub use crate::service::housekeeping::Swept;

/// # Errors
/// Database failures.
pub async fn run(state: &AppState, now: DateTime<Utc>) -> anyhow::Result<Swept> {
    Ok(crate::service::housekeeping::sweep(&state.db, now).await?)
}
