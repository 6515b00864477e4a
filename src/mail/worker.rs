//! Delivery: claims due messages from the outbox, hands them to the transport, and
//! records the outcome. Claims are leases, so several instances share one outbox
//! without sending a message twice, and a crashed instance's claims expire.

use chrono::{DateTime, Duration, Utc};
use entity::outbox_message;
use futures::StreamExt as _;
use lettre::message::Mailbox;
use rand::Rng as _;
use sea_orm::sea_query::{Expr, LockBehavior, LockType};
use sea_orm::{
    ActiveValue::Set, ColumnTrait as _, Condition, DatabaseConnection, EntityTrait as _, QueryFilter as _,
    QueryOrder as _, QuerySelect as _,
};

use super::transport::{Outgoing, Transport};
use crate::db;
use crate::domain::outbox::OutboxStatus;

/// How many times the outcome of a delivery is written before the run gives up on it.
const RECORD_TRIES: u32 = 4;

/// How long a claim lasts before another instance may take the message over.
pub const CLAIM: Duration = Duration::minutes(5);
/// The first retry waits this long; each later one twice as long, up to [`MAX_DELAY`].
pub const FIRST_DELAY: Duration = Duration::seconds(30);
pub const MAX_DELAY: Duration = Duration::hours(2);

/// Messages handed to the transport at once. An SMTP exchange is several round trips
/// (tens of milliseconds with delayed acknowledgements), so one at a time would cap
/// an instance at a few dozen a second.
pub const IN_FLIGHT: usize = 16;

/// What became of one message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Sent,
    Retry { at: DateTime<Utc> },
    Failed,
}

/// The tally of one delivery run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub sent: u32,
    pub retrying: u32,
    pub failed: u32,
}

/// Who is delivering, and where to.
pub struct Deliverer<'a> {
    pub db: &'a DatabaseConnection,
    pub transport: &'a Transport,
    pub from: &'a Mailbox,
    /// This instance's name on its claims.
    pub instance: &'a str,
    pub max_attempts: i32,
    /// Where to record delivery latency, if anywhere.
    pub metrics: Option<&'a crate::metrics::Metrics>,
}

impl Deliverer<'_> {
    /// Delivers due messages in batches until none is due or `limit` were handled.
    ///
    /// # Errors
    /// Database failures; a transport failure is an outcome, not an error.
    pub async fn run(&self, now: DateTime<Utc>, limit: usize) -> anyhow::Result<Tally> {
        let mut tally = Tally::default();
        let mut handled = 0;
        while handled < limit {
            let batch = self.claim(now, (limit - handled).min(50)).await?;
            if batch.is_empty() {
                break;
            }
            handled += batch.len();
            let mut outcomes = futures::stream::iter(batch.into_iter().map(|message| self.deliver(message, now)))
                .buffer_unordered(IN_FLIGHT);
            // Every claimed message is tried before an error is reported: returning at
            // the first one would drop the rest of the batch, leaving them claimed and
            // unsent until their claims lapse.
            let mut first_error = None;
            while let Some(outcome) = outcomes.next().await {
                match outcome {
                    Ok(Outcome::Sent) => tally.sent += 1,
                    Ok(Outcome::Retry { .. }) => tally.retrying += 1,
                    Ok(Outcome::Failed) => tally.failed += 1,
                    Err(e) => {
                        first_error.get_or_insert(e);
                    }
                }
            }
            if let Some(e) = first_error {
                return Err(e);
            }
        }
        Ok(tally)
    }

    /// Takes up to `n` due messages for this instance. On PostgreSQL, rows another
    /// instance is claiming at the same moment are skipped rather than waited for.
    async fn claim(&self, now: DateTime<Utc>, n: usize) -> anyhow::Result<Vec<outbox_message::Model>> {
        let tx = db::begin_write(self.db).await?;
        let mut query = outbox_message::Entity::find()
            .filter(outbox_message::Column::Status.eq(OutboxStatus::Pending.as_str()))
            .filter(outbox_message::Column::NextAttemptAt.lte(now))
            .filter(
                Condition::any()
                    .add(outbox_message::Column::ClaimedUntil.is_null())
                    .add(outbox_message::Column::ClaimedUntil.lt(now)),
            )
            .order_by_asc(outbox_message::Column::NextAttemptAt)
            .limit(u64::try_from(n).unwrap_or(50));
        if db::locks_rows(&tx) {
            query = query.lock_with_behavior(LockType::Update, LockBehavior::SkipLocked);
        }
        let rows = query.all(&tx).await?;
        if !rows.is_empty() {
            outbox_message::Entity::update_many()
                .col_expr(outbox_message::Column::ClaimedBy, Expr::value(self.instance))
                .col_expr(outbox_message::Column::ClaimedUntil, Expr::value(now + CLAIM))
                .filter(outbox_message::Column::Id.is_in(rows.iter().map(|r| r.id)))
                .exec(&tx)
                .await?;
        }
        tx.commit().await?;
        Ok(rows)
    }

    async fn deliver(&self, message: outbox_message::Model, now: DateTime<Utc>) -> anyhow::Result<Outcome> {
        let outgoing = Outgoing {
            id: message.id,
            to: message.to_address.clone(),
            subject: message.subject.clone(),
            text: message.body_text.clone(),
            html: message.body_html.clone(),
        };
        let result = self.transport.send(self.from, &outgoing).await;
        let attempts = message.attempts + 1;
        let (outcome, row) = match result {
            Ok(()) => {
                if let Some(metrics) = self.metrics {
                    metrics.delivered_after(now - message.created_at);
                }
                (
                    Outcome::Sent,
                    outbox_message::ActiveModel {
                        status: Set(OutboxStatus::Sent.as_str().into()),
                        sent_at: Set(Some(now)),
                        last_error: Set(None),
                        ..Default::default()
                    },
                )
            }
            Err(error) if attempts >= self.max_attempts => {
                tracing::warn!(message_id = %message.id, to = %super::mask(&message.to_address), %error, attempts, "email failed for good");
                (
                    Outcome::Failed,
                    outbox_message::ActiveModel {
                        status: Set(OutboxStatus::Failed.as_str().into()),
                        last_error: Set(Some(error)),
                        ..Default::default()
                    },
                )
            }
            Err(error) => {
                let at = now + backoff(attempts);
                tracing::info!(message_id = %message.id, %error, attempts, retry_at = %at, "email will be retried");
                (
                    Outcome::Retry { at },
                    outbox_message::ActiveModel {
                        next_attempt_at: Set(at),
                        last_error: Set(Some(error)),
                        ..Default::default()
                    },
                )
            }
        };
        let mut row = row;
        row.attempts = Set(attempts);
        row.claimed_by = Set(None);
        row.claimed_until = Set(None);
        // Only the claimant records the outcome: if its claim lapsed and another
        // instance took the message over, this write changes nothing. The message has
        // gone out, so a passing database failure (a full connection pool, say) is
        // retried: unrecorded, it would be sent again once its claim lapsed.
        let record = || {
            outbox_message::Entity::update_many()
                .set(row.clone())
                .filter(outbox_message::Column::Id.eq(message.id))
                .filter(outbox_message::Column::ClaimedBy.eq(self.instance))
                .exec(self.db)
        };
        let mut tries = 1;
        while let Err(e) = record().await {
            if tries == RECORD_TRIES {
                return Err(anyhow::Error::new(e).context(format!("recording the outcome of email {}", message.id)));
            }
            tracing::warn!(message_id = %message.id, error = %e, "recording an email's outcome failed; trying again");
            tokio::time::sleep(std::time::Duration::from_millis(200 * u64::from(tries))).await;
            tries += 1;
        }
        Ok(outcome)
    }
}

/// Exponential backoff with ±20% jitter, so messages that failed together (a mail
/// server restart) do not all retry in the same second.
pub fn backoff(attempts: i32) -> Duration {
    let exponent = u32::try_from(attempts.saturating_sub(1)).unwrap_or(0).min(16);
    let base = FIRST_DELAY.num_milliseconds().saturating_mul(1_i64 << exponent).min(MAX_DELAY.num_milliseconds());
    let jitter = rand::rng().random_range(0.8..1.2_f64);
    #[allow(clippy::cast_possible_truncation, clippy::cast_precision_loss)]
    let millis = (base as f64 * jitter) as i64;
    Duration::milliseconds(millis)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_within_jitter_and_is_capped() {
        for attempts in 1..=20 {
            let expected = (FIRST_DELAY.num_milliseconds() << (attempts - 1).min(16)).min(MAX_DELAY.num_milliseconds());
            let got = backoff(attempts).num_milliseconds();
            #[allow(clippy::cast_possible_truncation, clippy::cast_precision_loss)]
            let (low, high) = ((expected as f64 * 0.8) as i64, (expected as f64 * 1.2) as i64);
            assert!((low..=high).contains(&got), "attempt {attempts}: {got} not in {low}..={high}");
        }
    }
}
