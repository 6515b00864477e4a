//! `Idempotency-Key`: a client that repeats a create (a dropped connection on a slow
//! line, a double tap) within 24 hours gets the first response instead of a second
//! resource. The key is claimed before the work starts, so two copies of a request
//! racing each other cannot both create.

use chrono::{DateTime, Duration, Utc};
use entity::idempotency_key;
use sea_orm::{
    ActiveModelTrait as _, ActiveValue::Set, ColumnTrait as _, DatabaseConnection, EntityTrait as _, QueryFilter as _,
};
use uuid::Uuid;

use super::{Error, Result};
use crate::domain::Code;
use crate::domain::code::Refusal;

/// How long a key is remembered.
pub const KEPT_FOR: Duration = Duration::hours(24);
/// A claim with no response yet.
const PENDING: i32 = 0;

/// What to do with a request that carries a key.
#[derive(Debug)]
pub enum Claim {
    /// First time: do the work, then `finish` (or `abandon` on failure).
    Fresh,
    /// Seen before: answer this again.
    Replay { status: u16, body: String },
}

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("a request with this Idempotency-Key is still being processed; retry in a moment")]
    InProgress,
    #[error("this Idempotency-Key was used for a different request; use a new key for a new request")]
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
    if key.is_empty() || key.len() > 255 {
        return Err(Error::validation("Idempotency-Key", "between 1 and 255 characters"));
    }
    // An expired key is forgotten, so it may be claimed afresh.
    idempotency_key::Entity::delete_many()
        .filter(idempotency_key::Column::UserId.eq(user))
        .filter(idempotency_key::Column::Key.eq(key))
        .filter(idempotency_key::Column::CreatedAt.lt(now - KEPT_FOR))
        .exec(db)
        .await?;
    let row = idempotency_key::ActiveModel {
        user_id: Set(user),
        key: Set(key.to_owned()),
        request_hash: Set(request_hash.to_owned()),
        response_status: Set(PENDING),
        response_body: Set(String::new()),
        created_at: Set(now),
    };
    match row.insert(db).await {
        Ok(_) => Ok(Claim::Fresh),
        Err(e) if matches!(e.sql_err(), Some(sea_orm::SqlErr::UniqueConstraintViolation(_))) => {
            let existing = idempotency_key::Entity::find_by_id((user, key.to_owned()))
                .one(db)
                .await?
                .ok_or(KeyError::InProgress)?;
            if existing.request_hash != request_hash {
                Err(KeyError::Reused.into())
            } else if existing.response_status == PENDING {
                Err(KeyError::InProgress.into())
            } else {
                Ok(Claim::Replay {
                    status: u16::try_from(existing.response_status).unwrap_or(200),
                    body: existing.response_body,
                })
            }
        }
        Err(e) => Err(e.into()),
    }
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
