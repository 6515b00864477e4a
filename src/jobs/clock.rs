//! The clock job: stores the phase changes the timeline makes (open at `opens_at`,
//! reviewing after `closes_at`, published at `publish_at`) and records them. When
//! review begins, the first stage opens and the submitted nominations enter it.
//!
//! Requests never wait for it: every use case compares with the time itself
//! (`Timeline::phase_at`), so deadlines hold to the millisecond between ticks.

use chrono::{DateTime, Utc};
use entity::{cycle, nomination, stage};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait as _, ActiveValue::Set, ColumnTrait as _, DatabaseTransaction, EntityTrait as _, QueryFilter as _,
    QueryOrder as _,
};
use serde_json::json;

use crate::app::AppState;
use crate::db;
use crate::domain::cycle::{Phase, Timeline};
use crate::domain::nomination::NominationStatus;
use crate::service::Actor;
use crate::service::audit::{self, Event};

/// The cycles whose stored phase moved, as (cycle id, new phase).
///
/// # Errors
/// Database failures.
pub async fn run(state: &AppState, now: DateTime<Utc>) -> anyhow::Result<Vec<(uuid::Uuid, Phase)>> {
    let candidates = cycle::Entity::find()
        .filter(cycle::Column::Phase.is_in([Phase::Draft.as_str(), Phase::Open.as_str(), Phase::Decided.as_str()]))
        .all(&state.db)
        .await?;
    let mut moved = Vec::new();
    for row in candidates {
        let stored = row.phase.parse::<Phase>().map_err(anyhow::Error::msg)?;
        let timeline = Timeline { opens_at: row.opens_at, closes_at: row.closes_at, publish_at: row.publish_at };
        let phase = timeline.phase_at(stored, now);
        if phase == stored {
            continue;
        }
        let tx = db::begin_write(&state.db).await?;
        // Re-read inside the transaction: another instance or an admin may have moved it.
        let Some(fresh) = cycle::Entity::find_by_id(row.id).one(&tx).await? else { continue };
        if fresh.phase != row.phase {
            continue;
        }
        let id = fresh.id;
        let mut active: cycle::ActiveModel = fresh.into();
        active.phase = Set(phase.as_str().to_owned());
        active.updated_at = Set(now);
        if phase == Phase::Published {
            active.published_at = Set(Some(now));
        }
        let saved = active.update(&tx).await?;
        if phase == Phase::Reviewing {
            start_review(&tx, id, now).await?;
        }
        if phase == Phase::Published {
            crate::service::publishing::announce(&tx, &saved, &state.settings.base_url(), now).await?;
        }
        audit::record(
            &tx,
            &Actor::system(),
            Event::new("cycle.phase_changed", "cycle", id)
                .details(json!({ "from": stored.as_str(), "to": phase.as_str() })),
            now,
        )
        .await?;
        tx.commit().await?;
        if phase == Phase::Published {
            // After the commit, so no request can cache the page from before it.
            state.public_cache.purge();
        }
        moved.push((id, phase));
    }
    Ok(moved)
}

/// When nominations close, review begins: the first stage opens and every submitted
/// nomination enters it.
async fn start_review(tx: &DatabaseTransaction, cycle_id: uuid::Uuid, now: DateTime<Utc>) -> anyhow::Result<()> {
    let Some(first) = stage::Entity::find()
        .filter(stage::Column::CycleId.eq(cycle_id))
        .order_by_asc(stage::Column::Position)
        .one(tx)
        .await?
    else {
        return Ok(());
    };
    if first.status == "pending" {
        stage::Entity::update_many()
            .col_expr(stage::Column::Status, Expr::value("active"))
            .col_expr(stage::Column::OpenedAt, Expr::value(now))
            .filter(stage::Column::Id.eq(first.id))
            .exec(tx)
            .await?;
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
