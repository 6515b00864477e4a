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

pub const STATUSES: [&str; 3] = ["pending", "sent", "failed"];

/// How many messages are in each status.
///
/// # Errors
/// Database failures only.
pub async fn depth(db: &DatabaseConnection) -> Result<Vec<(&'static str, u64)>> {
    let mut out = Vec::new();
    for status in STATUSES {
        out.push((
            status,
            outbox_message::Entity::find().filter(outbox_message::Column::Status.eq(status)).count(db).await?,
        ));
    }
    Ok(out)
}

/// One page of messages, newest first, optionally in one status.
///
/// # Errors
/// `Forbidden` for non-admins; `Validation` for an unknown status.
pub async fn list(
    db: &DatabaseConnection,
    caller: &Caller,
    status: Option<&str>,
    page: Paging,
) -> Result<Vec<outbox_message::Model>> {
    caller.require_admin()?;
    let mut query = outbox_message::Entity::find().order_by_desc(outbox_message::Column::Id).limit(page.limit);
    if let Some(status) = status {
        if !STATUSES.contains(&status) {
            return Err(Error::validation("status", format!("'{status}' is not one of pending, sent, failed")));
        }
        query = query.filter(outbox_message::Column::Status.eq(status));
    }
    if let Some(before) = page.after {
        query = query.filter(outbox_message::Column::Id.lt(before));
    }
    Ok(query.all(db).await?)
}

/// Puts a failed message back in the queue for delivery now, with its attempts reset.
///
/// # Errors
/// `Forbidden` for non-admins; `NotFound`; `Rule(NotFailed)` for a message that did not fail.
pub async fn resend(
    db: &DatabaseConnection,
    caller: &Caller,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<outbox_message::Model> {
    caller.require_admin()?;
    let tx = db::begin_write(db).await?;
    let found = outbox_message::Entity::find_by_id(id).one(&tx).await?.ok_or(Error::NotFound("email"))?;
    if found.status != "failed" {
        return Err(NotFailed { status: found.status }.into());
    }
    let mut active: outbox_message::ActiveModel = found.into();
    active.status = Set("pending".into());
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
    Ok(updated)
}

/// Only failed messages are resent: a pending one is already queued, a sent one arrived.
#[derive(Debug, thiserror::Error)]
#[error("only a failed email can be resent; this one is {status}")]
pub struct NotFailed {
    status: String,
}

impl Refusal for NotFailed {
    fn code(&self) -> Code {
        Code::InvalidState
    }
}
