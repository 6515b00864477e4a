//! `Idempotency-Key`: a client that repeats a create (a dropped connection on a slow
//! line, a double tap) within 24 hours gets the first response instead of a second
//! resource. The key is claimed before the work starts, so two copies of a request
//! racing each other cannot both create.
//!
//! A claim also reserves the id of the resource to create. A request may never finish
//! (the server is killed, the client hangs up and the handler is dropped), leaving its
//! claim pending. Once a pending claim is older than any request can run ([`LEASE`]), a
//! retry takes it over and looks for the reserved id: found, the work was done and its
//! answer is rebuilt and kept; not found, the work is done now, under the same id, so
//! that even two takeovers racing cannot create twice.

use chrono::{DateTime, Duration, Utc};
use entity::idempotency_key;
use sea_orm::{
    ActiveModelTrait as _, ActiveValue::Set, ColumnTrait as _, DatabaseConnection, EntityTrait as _, QueryFilter as _,
};
use uuid::Uuid;

use super::{Error, Result};
use crate::db::UpdateOne as _;
use crate::domain::Code;
use crate::domain::code::Refusal;

/// How long a key is remembered.
pub const KEPT_FOR: Duration = Duration::hours(24);
/// A claim with no response yet.
const PENDING: i32 = 0;
/// How long a pending claim is held for its request: longer than the 30 seconds after
/// which the server gives up on any request.
pub const LEASE: Duration = Duration::seconds(45);

/// What to do with a request that carries a key.
#[derive(Debug)]
pub enum Claim {
    /// First time: do the work creating `resource`, then `finish` (or `abandon` on
    /// failure).
    Fresh { resource: Uuid },
    /// A claim whose request never finished, now this request's: answer from `resource`
    /// if it exists, else do the work creating it; then `finish`.
    TakenOver { resource: Uuid },
    /// Seen before: answer this again.
    Replay { status: u16, body: String },
}

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("{}", crate::i18n::say("refusal-idempotency-in-progress"))]
    InProgress,
    #[error("{}", crate::i18n::say("refusal-idempotency-reused"))]
    Reused,
}

impl Refusal for KeyError {
    fn code(&self) -> Code {
        match self {
            KeyError::InProgress => Code::InvalidState,
            KeyError::Reused => Code::ValidationFailed,
        }
    }
}

/// Claims `key` for `user`'s request with hash `request_hash`.
///
/// # Errors
/// `Rule(InProgress | Reused)`, or database failures.
pub async fn claim(
    db: &DatabaseConnection,
    user: Uuid,
    key: &str,
    request_hash: &str,
    now: DateTime<Utc>,
) -> Result<Claim> {
    if key.is_empty() || key.len() > 255 || !key.bytes().all(|b| b.is_ascii_graphic() || b == b' ') {
        return Err(Error::BadRequest("Idempotency-Key is 1 to 255 visible ASCII characters, such as a UUID".into()));
    }
    // An expired key is forgotten, so it may be claimed afresh.
    idempotency_key::Entity::delete_many()
        .filter(idempotency_key::Column::UserId.eq(user))
        .filter(idempotency_key::Column::Key.eq(key))
        .filter(idempotency_key::Column::CreatedAt.lt(now - KEPT_FOR))
        .exec(db)
        .await?;
    let resource = Uuid::now_v7();
    let row = idempotency_key::ActiveModel {
        user_id: Set(user),
        key: Set(key.to_owned()),
        request_hash: Set(request_hash.to_owned()),
        response_status: Set(PENDING),
        response_body: Set(String::new()),
        created_at: Set(now),
        resource_id: Set(Some(resource)),
    };
    match row.insert(db).await {
        Ok(_) => Ok(Claim::Fresh { resource }),
        Err(e) if matches!(e.sql_err(), Some(sea_orm::SqlErr::UniqueConstraintViolation(_))) => {
            let existing = idempotency_key::Entity::find_by_id((user, key.to_owned()))
                .one(db)
                .await?
                .ok_or(KeyError::InProgress)?;
            if existing.request_hash != request_hash {
                Err(KeyError::Reused.into())
            } else if existing.response_status != PENDING {
                Ok(Claim::Replay {
                    status: u16::try_from(existing.response_status).unwrap_or(200),
                    body: existing.response_body,
                })
            } else if existing.created_at > now - LEASE {
                Err(KeyError::InProgress.into())
            } else {
                take_over(db, existing, now).await
            }
        }
        Err(e) => Err(e.into()),
    }
}

/// Takes over a claim whose lease has run out; of two retries racing, one wins.
async fn take_over(db: &DatabaseConnection, stale: idempotency_key::Model, now: DateTime<Utc>) -> Result<Claim> {
    // A claim from before ids were reserved gets one now: its request created nothing
    // that could be found again, so at worst it is done a second time, as before.
    let resource = stale.resource_id.unwrap_or_else(Uuid::now_v7);
    let won = idempotency_key::Entity::update_many()
        .col_expr(idempotency_key::Column::CreatedAt, sea_orm::sea_query::Expr::value(now))
        .col_expr(idempotency_key::Column::ResourceId, sea_orm::sea_query::Expr::value(resource))
        .filter(idempotency_key::Column::UserId.eq(stale.user_id))
        .filter(idempotency_key::Column::Key.eq(stale.key))
        .filter(idempotency_key::Column::ResponseStatus.eq(PENDING))
        .filter(idempotency_key::Column::CreatedAt.eq(stale.created_at))
        .changed_one(db)
        .await?;
    if won { Ok(Claim::TakenOver { resource }) } else { Err(KeyError::InProgress.into()) }
}

/// Stores the response to replay.
///
/// # Errors
/// Database failures only.
pub async fn finish(db: &DatabaseConnection, user: Uuid, key: &str, status: u16, body: &str) -> Result<()> {
    idempotency_key::Entity::update_many()
        .col_expr(idempotency_key::Column::ResponseStatus, sea_orm::sea_query::Expr::value(i32::from(status)))
        .col_expr(idempotency_key::Column::ResponseBody, sea_orm::sea_query::Expr::value(body))
        .filter(idempotency_key::Column::UserId.eq(user))
        .filter(idempotency_key::Column::Key.eq(key))
        .exec(db)
        .await?;
    Ok(())
}

/// Releases the key after a refused request, so the corrected request may use it.
///
/// # Errors
/// Database failures only.
pub async fn abandon(db: &DatabaseConnection, user: Uuid, key: &str) -> Result<()> {
    idempotency_key::Entity::delete_by_id((user, key.to_owned())).exec(db).await?;
    Ok(())
}
