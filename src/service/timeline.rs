//! The timeline's own changes: a cycle opens at `opens_at`, moves to review after
//! `closes_at` (its first stage opening), and is published at `publish_at`. The clock job
//! asks for them; requests never wait for it, since every use case compares with the
//! time itself (`Timeline::phase_at`), so deadlines hold to the millisecond between ticks.

use chrono::{DateTime, Utc};
use entity::cycle;
use sea_orm::{
    ActiveModelTrait as _, ActiveValue::Set, ColumnTrait as _, DatabaseConnection, EntityTrait as _, QueryFilter as _,
};
use serde_json::json;
use uuid::Uuid;

use super::audit::{self, Event};
use super::{Actor, Result, publishing, stages};
use crate::cache::Caches;
use crate::db;
use crate::domain::cycle::{Phase, Timeline};

/// Stores every phase change the timeline has made by `now`, each with its audit event,
/// in a transaction of its own; the cycles whose stored phase moved, as (id, new phase).
///
/// # Errors
/// Database failures; the cycles moved before the failure stay moved.
pub async fn catch_up(
    db: &DatabaseConnection,
    caches: &Caches,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<Vec<(Uuid, Phase)>> {
    let candidates = cycle::Entity::find()
        .filter(cycle::Column::Phase.is_in([Phase::Draft.as_str(), Phase::Open.as_str(), Phase::Decided.as_str()]))
        .all(db)
        .await?;
    let mut moved = Vec::new();
    for row in candidates {
        let stored: Phase = row.phase.parse().map_err(anyhow::Error::new)?;
        let timeline = Timeline { opens_at: row.opens_at, closes_at: row.closes_at, publish_at: row.publish_at };
        let phase = timeline.phase_at(stored, now);
        if phase == stored {
            continue;
        }
        let tx = db::begin_write(db).await?;
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
            stages::open_first(&tx, id, now).await?;
        }
        if phase == Phase::Published {
            publishing::announce(&tx, &saved, base_url, now).await?;
        }
        audit::record(
            &tx,
            &Actor::system(),
            Event::new("cycle.phase_changed", "cycle", id).details(json!({ "from": stored, "to": phase })),
            now,
        )
        .await?;
        tx.commit().await?;
        if phase == Phase::Published {
            // After the commit, so no request can keep the page from before it.
            caches.results_changed();
        }
        moved.push((id, phase));
    }
    Ok(moved)
}
