//! Housekeeping: dropping what has expired and is no use to anyone.

use chrono::{DateTime, Duration, Utc};
use entity::{invitation, login_attempt, password_reset, session};
use sea_orm::{ColumnTrait as _, Condition, DatabaseConnection, EntityTrait as _, QueryFilter as _};

use super::auth::{FAILURE_WINDOW, SESSION_IDLE};

/// How many rows went, by kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Swept {
    pub sessions: u64,
    pub links: u64,
    pub attempts: u64,
}

/// Expired sessions, unaccepted invitations and reset links a week past expiry (kept
/// a while so a late click gets "expired" rather than "not valid"), and sign-in
/// attempts too old to count toward throttling.
///
/// # Errors
/// Database failures.
pub async fn sweep(db: &DatabaseConnection, now: DateTime<Utc>) -> super::Result<Swept> {
    let sessions = session::Entity::delete_many()
        .filter(
            Condition::any()
                .add(session::Column::ExpiresAt.lte(now))
                .add(session::Column::LastSeenAt.lte(now - SESSION_IDLE)),
        )
        .exec(db)
        .await?
        .rows_affected;
    let grace = now - Duration::days(7);
    let invitations = invitation::Entity::delete_many()
        .filter(invitation::Column::AcceptedAt.is_null())
        .filter(invitation::Column::ExpiresAt.lte(grace))
        .exec(db)
        .await?
        .rows_affected;
    let resets = password_reset::Entity::delete_many()
        .filter(password_reset::Column::ExpiresAt.lte(grace))
        .exec(db)
        .await?
        .rows_affected;
    let attempts = login_attempt::Entity::delete_many()
        .filter(login_attempt::Column::At.lte(now - FAILURE_WINDOW - Duration::days(1)))
        .exec(db)
        .await?
        .rows_affected;
    Ok(Swept { sessions, links: invitations + resets, attempts })
}
