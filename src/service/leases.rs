//! Leases: a row per timed job naming the instance that may run it until a time, so
//! that of several instances ticking together one runs each job.

use chrono::{DateTime, Duration, Utc};
use entity::job_lease;
use sea_orm::{ActiveModelTrait as _, ActiveValue::Set, DatabaseConnection, EntityTrait as _, QuerySelect as _};

use crate::db;

/// Takes (or renews) the lease on `name` for `holder` until `now + ttl`, unless another
/// holder's lease is still running.
///
/// # Errors
/// Database failures; losing a race for the lease is `Ok(false)`.
pub async fn acquire(
    db: &DatabaseConnection,
    name: &str,
    holder: &str,
    ttl: Duration,
    now: DateTime<Utc>,
) -> super::Result<bool> {
    let tx = db::begin_write(db).await?;
    let current = job_lease::Entity::find_by_id(name.to_owned()).lock_exclusive().one(&tx).await?;
    let row = job_lease::ActiveModel {
        name: Set(name.to_owned()),
        holder: Set(holder.to_owned()),
        expires_at: Set(now + ttl),
    };
    match current {
        Some(lease) if lease.holder != holder && lease.expires_at > now => return Ok(false),
        Some(_) => {
            row.update(&tx).await?;
        }
        None => {
            if let Err(e) = row.insert(&tx).await {
                // Another instance created the row first: it holds the lease.
                if matches!(e.sql_err(), Some(sea_orm::SqlErr::UniqueConstraintViolation(_))) {
                    return Ok(false);
                }
                return Err(e.into());
            }
        }
    }
    tx.commit().await?;
    Ok(true)
}
