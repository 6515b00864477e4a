//! What kept figures are checked against: per status, how many rows and their latest
//! change. An index holding (parent, status, updated_at) answers these without reading
//! the rows, so checking whether kept figures are current costs little.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Asterisk, Expr, ExprTrait as _, IntoColumnRef};
use sea_orm::{ConnectionTrait, EntityTrait, QueryOrder as _, QuerySelect as _, Select};

use super::Result;

/// Rows by status: the status, how many, and the latest change.
pub type PerStatus = Vec<(String, i64, Option<DateTime<Utc>>)>;

/// Counts `rows` (already filtered and joined) per `status`, with the latest `updated`.
///
/// # Errors
/// Database failures.
pub async fn per_status<E: EntityTrait>(
    db: &impl ConnectionTrait,
    rows: Select<E>,
    status: impl IntoColumnRef + Clone,
    updated: impl IntoColumnRef,
) -> Result<PerStatus> {
    Ok(rows
        .select_only()
        .expr_as(Expr::col(status.clone()), "status")
        .column_as(Expr::col(Asterisk).count(), "n")
        .column_as(Expr::col(updated).max(), "latest")
        .group_by(Expr::col(status.clone()))
        .order_by_asc(Expr::col(status))
        .into_tuple::<(String, i64, Option<DateTime<Utc>>)>()
        .all(db)
        .await?)
}
