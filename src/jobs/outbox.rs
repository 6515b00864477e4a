//! The outbox job: delivers what is due.

use chrono::{DateTime, Utc};

use crate::app::AppState;
use crate::mail::worker::{Deliverer, Tally};

/// Messages handled per run at most; the next tick carries on.
const PER_RUN: usize = 2000;

/// # Errors
/// Database failures.
pub async fn run(state: &AppState, now: DateTime<Utc>) -> anyhow::Result<Tally> {
    Deliverer {
        db: &state.db,
        transport: &state.transport,
        from: &state.settings.mail_from,
        instance: &state.instance,
        max_attempts: state.settings.mail_max_attempts,
        metrics: Some(&state.metrics),
    }
    .run(now, PER_RUN)
    .await
}
