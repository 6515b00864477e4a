//! Email: messages are rendered and queued in the outbox inside the use case's own
//! transaction, so an email exists exactly when the change that caused it committed.
//! Delivery happens later, outside any request.

pub mod messages;
pub mod transport;
pub mod worker;

use chrono::{DateTime, Utc};
use entity::outbox_message;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ActiveValue::Set, ConnectionTrait, EntityTrait as _};
use uuid::Uuid;

use crate::domain::outbox::OutboxStatus;

/// A message ready to send: subject, plain text (always), HTML (optional).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: Option<String>,
}

/// Something that renders into an email.
pub trait Email {
    /// # Errors
    /// When a template fails to render (a programming error, caught by the tests).
    fn render(&self) -> askama::Result<Rendered>;
}

/// Queues `email` for `to`. A second message with the same `dedupe_key` is dropped, so
/// a retried job or a repeated request never sends twice.
///
/// # Errors
/// Rendering or database failures; the caller's transaction then rolls back.
pub async fn enqueue(
    db: &impl ConnectionTrait,
    to: &str,
    dedupe_key: String,
    email: &(impl Email + ?Sized),
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    let rendered = email.render().map_err(|e| anyhow::anyhow!("rendering an email: {e}"))?;
    let row = outbox_message::ActiveModel {
        id: Set(Uuid::now_v7()),
        dedupe_key: Set(dedupe_key),
        to_address: Set(to.to_owned()),
        subject: Set(rendered.subject),
        body_text: Set(rendered.text),
        body_html: Set(rendered.html),
        status: Set(OutboxStatus::Pending.as_str().into()),
        attempts: Set(0),
        next_attempt_at: Set(now),
        last_error: Set(None),
        claimed_by: Set(None),
        claimed_until: Set(None),
        created_at: Set(now),
        sent_at: Set(None),
    };
    outbox_message::Entity::insert(row)
        .on_conflict(OnConflict::column(outbox_message::Column::DedupeKey).do_nothing().to_owned())
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// `a***@example.org`: enough to tell messages apart in logs without the address.
pub fn mask(address: &str) -> String {
    match address.split_once('@') {
        Some((local, domain)) => {
            let first = local.chars().next().map(String::from).unwrap_or_default();
            format!("{first}***@{domain}")
        }
        None => "***".into(),
    }
}

/// An instant as emails state it: in UTC, since recipients live in every time zone.
pub fn when(at: DateTime<Utc>) -> String {
    at.format("%-d %B %Y, %H:%M UTC").to_string()
}
