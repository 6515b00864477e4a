//! Where a stage opens and closes: the first when nominations close, each next one when
//! the one before it advances. The one place a stage's status changes.

use chrono::{DateTime, Utc};
use entity::{nomination, stage};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait as _, ConnectionTrait, DatabaseTransaction, EntityTrait as _, QueryFilter as _, QueryOrder as _,
    QuerySelect as _,
};
use uuid::Uuid;

use super::review::StageError;
use super::{Error, Result};
use crate::domain::nomination::NominationStatus;
use crate::domain::stage::StageStatus;

/// The stage after `current` in its cycle's pipeline, if any.
pub(super) async fn next(db: &impl ConnectionTrait, current: &stage::Model) -> Result<Option<stage::Model>> {
    Ok(stage::Entity::find()
        .filter(stage::Column::CycleId.eq(current.cycle_id))
        .filter(stage::Column::Position.gt(current.position))
        .order_by_asc(stage::Column::Position)
        .one(db)
        .await?)
}

/// Locks the stage for its advancement: of two admins confirming at once, the second
/// finds it closed.
pub(super) async fn lock_active(tx: &DatabaseTransaction, stage_id: Uuid) -> Result<()> {
    let locked = stage::Entity::find_by_id(stage_id).lock_exclusive().one(tx).await?.ok_or(Error::NotFound("stage"))?;
    let status: StageStatus = locked.status.parse().map_err(anyhow::Error::new)?;
    if status != StageStatus::Active {
        return Err(StageError::NotActive { stage: locked.name, status }.into());
    }
    Ok(())
}

/// Closes `from` and opens `to`, now.
pub(super) async fn hand_over(
    tx: &DatabaseTransaction,
    from: Uuid,
    to: Option<Uuid>,
    now: DateTime<Utc>,
) -> Result<()> {
    set_status(tx, from, StageStatus::Closed, now).await?;
    if let Some(to) = to {
        set_status(tx, to, StageStatus::Active, now).await?;
    }
    Ok(())
}

async fn set_status(tx: &DatabaseTransaction, id: Uuid, status: StageStatus, now: DateTime<Utc>) -> Result<()> {
    let at = match status {
        StageStatus::Closed => stage::Column::ClosedAt,
        StageStatus::Active | StageStatus::Pending => stage::Column::OpenedAt,
    };
    stage::Entity::update_many()
        .col_expr(stage::Column::Status, Expr::value(status.as_str()))
        .col_expr(at, Expr::value(now))
        .filter(stage::Column::Id.eq(id))
        .exec(tx)
        .await?;
    Ok(())
}

/// When nominations close, review begins: the first stage opens and every submitted
/// nomination enters it.
pub(super) async fn open_first(tx: &DatabaseTransaction, cycle_id: Uuid, now: DateTime<Utc>) -> Result<()> {
    let Some(first) = stage::Entity::find()
        .filter(stage::Column::CycleId.eq(cycle_id))
        .order_by_asc(stage::Column::Position)
        .one(tx)
        .await?
    else {
        return Ok(());
    };
    if first.status == StageStatus::Pending {
        set_status(tx, first.id, StageStatus::Active, now).await?;
    }
    nomination::Entity::update_many()
        .col_expr(nomination::Column::Status, Expr::value(NominationStatus::InReview.as_str()))
        .col_expr(nomination::Column::CurrentStageId, Expr::value(first.id))
        .col_expr(nomination::Column::UpdatedAt, Expr::value(now))
        .filter(nomination::Column::CycleId.eq(cycle_id))
        .filter(nomination::Column::Status.eq(NominationStatus::Submitted.as_str()))
        .exec(tx)
        .await?;
    Ok(())
}
