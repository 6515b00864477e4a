//! The outbox as admins and operators see it.

use chrono::{DateTime, Utc};
use entity::outbox_message;
use sea_orm::{
    ActiveModelTrait as _, ActiveValue::Set, ColumnTrait as _, DatabaseConnection, EntityTrait as _,
    PaginatorTrait as _, QueryFilter as _, QueryOrder as _, QuerySelect as _,
};
use serde_json::json;
use uuid::Uuid;

use super::audit::{self, Event};
use super::auth::Caller;
use super::{Error, Paging, Result};
use crate::db;
use crate::domain::Code;
use crate::domain::code::Refusal;
use crate::domain::outbox::OutboxStatus;

/// How many messages are in each status.
///
/// # Errors
/// Database failures only.
pub async fn depth(db: &DatabaseConnection) -> Result<Vec<(OutboxStatus, u64)>> {
    let mut out = Vec::new();
    for status in OutboxStatus::ALL.iter().copied() {
        out.push((
            status,
            outbox_message::Entity::find().filter(outbox_message::Column::Status.eq(status.as_str())).count(db).await?,
        ));
    }
    Ok(out)
}

/// An email as the secretariat reads it in the outbox.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
#[schema(as = OutboxItem)]
pub struct EmailView {
    pub id: Uuid,
    pub to: String,
    pub subject: String,
    pub status: OutboxStatus,
    pub attempts: i32,
    pub next_attempt_at: DateTime<Utc>,
    pub last_error: Option<String>,
    pub created_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
}

impl EmailView {
    fn of(m: outbox_message::Model) -> Result<Self> {
        Ok(Self {
            id: m.id,
            to: m.to_address,
            subject: m.subject,
            status: m.status.parse().map_err(anyhow::Error::new)?,
            attempts: m.attempts,
            next_attempt_at: m.next_attempt_at,
            last_error: m.last_error,
            created_at: m.created_at,
            sent_at: m.sent_at,
        })
    }
}

/// One email whole, as it was (or will be) sent: the list's facts and both its parts.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
#[schema(as = OutboxMessage)]
pub struct EmailMessage {
    pub id: Uuid,
    pub to: String,
    pub subject: String,
    /// The plain-text part, which every message has.
    pub text: String,
    /// The HTML part, when the message has one.
    pub html: Option<String>,
    pub status: OutboxStatus,
    pub attempts: i32,
    pub next_attempt_at: DateTime<Utc>,
    pub last_error: Option<String>,
    pub created_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
}

/// One message of the outbox.
///
/// # Errors
/// `Forbidden` for non-admins; `NotFound`.
pub async fn get(db: &DatabaseConnection, caller: &Caller, id: Uuid) -> Result<EmailMessage> {
    caller.require_admin()?;
    let m = outbox_message::Entity::find_by_id(id).one(db).await?.ok_or(Error::NotFound("email"))?;
    Ok(EmailMessage {
        id: m.id,
        to: m.to_address,
        subject: m.subject,
        text: m.body_text,
        html: m.body_html,
        status: m.status.parse().map_err(anyhow::Error::new)?,
        attempts: m.attempts,
        next_attempt_at: m.next_attempt_at,
        last_error: m.last_error,
        created_at: m.created_at,
        sent_at: m.sent_at,
    })
}

/// One page of messages, newest first, optionally in one status.
///
/// # Errors
/// `Forbidden` for non-admins.
pub async fn list(
    db: &DatabaseConnection,
    caller: &Caller,
    status: Option<OutboxStatus>,
    page: Paging,
) -> Result<Vec<EmailView>> {
    caller.require_admin()?;
    let mut query = outbox_message::Entity::find().order_by_desc(outbox_message::Column::Id).limit(page.limit);
    if let Some(status) = status {
        query = query.filter(outbox_message::Column::Status.eq(status.as_str()));
    }
    if let Some(before) = page.after {
        query = query.filter(outbox_message::Column::Id.lt(before));
    }
    query.all(db).await?.into_iter().map(EmailView::of).collect()
}

/// Puts a failed message back in the queue for delivery now, with its attempts reset.
///
/// # Errors
/// `Forbidden` for non-admins; `NotFound`; `Rule(NotFailed)` for a message that did not fail.
pub async fn resend(db: &DatabaseConnection, caller: &Caller, id: Uuid, now: DateTime<Utc>) -> Result<EmailView> {
    caller.require_admin()?;
    let tx = db::begin_write(db).await?;
    let found = outbox_message::Entity::find_by_id(id).one(&tx).await?.ok_or(Error::NotFound("email"))?;
    if found.status != OutboxStatus::Failed {
        return Err(NotFailed { status: found.status }.into());
    }
    let mut active: outbox_message::ActiveModel = found.into();
    active.status = Set(OutboxStatus::Pending.as_str().into());
    active.attempts = Set(0);
    active.next_attempt_at = Set(now);
    active.claimed_by = Set(None);
    active.claimed_until = Set(None);
    let updated = active.update(&tx).await?;
    audit::record(
        &tx,
        &caller.actor(),
        Event::new("email.resent", "outbox_message", id)
            .details(json!({ "to": crate::mail::mask(&updated.to_address) })),
        now,
    )
    .await?;
    tx.commit().await?;
    EmailView::of(updated)
}

/// Only failed messages are resent: a pending one is already queued, a sent one arrived.
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::i18n::say_with("refusal-email-not-failed", &[("status", .status.as_str().into())]))]
pub struct NotFailed {
    status: String,
}

impl Refusal for NotFailed {
    fn code(&self) -> Code {
        Code::InvalidState
    }
}
