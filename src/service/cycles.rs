//! Cycles as the public sees them.

use chrono::{DateTime, Utc};
use entity::{category, cycle, programme};
use sea_orm::{ColumnTrait as _, DatabaseConnection, EntityTrait as _, QueryFilter as _, QueryOrder as _};
use uuid::Uuid;

use super::Result;
use crate::domain::cycle::{Phase, Timeline};

/// A cycle's public face: who runs it, when it opens and closes, its categories.
/// Nothing about results: those appear only once a cycle is published.
#[derive(Debug, Clone)]
pub struct PublicCycle {
    pub id: Uuid,
    pub programme: String,
    pub name: String,
    pub year: i32,
    pub phase: Phase,
    pub time_zone: String,
    pub timeline: Timeline,
    pub categories: Vec<String>,
}

/// Every cycle that is open or has been, newest first. Drafts stay private until
/// their `opens_at`.
///
/// # Errors
/// Database failures only.
pub async fn public_cycles(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<Vec<PublicCycle>> {
    let rows = cycle::Entity::find()
        .find_also_related(programme::Entity)
        .order_by_desc(cycle::Column::OpensAt)
        .all(db)
        .await?;
    let ids: Vec<Uuid> = rows.iter().map(|(c, _)| c.id).collect();
    let categories = category::Entity::find()
        .filter(category::Column::CycleId.is_in(ids))
        .order_by_asc(category::Column::Position)
        .all(db)
        .await?;

    let mut cycles = Vec::new();
    for (row, programme) in rows {
        let timeline = Timeline { opens_at: row.opens_at, closes_at: row.closes_at, publish_at: row.publish_at };
        let stored = row.phase.parse::<Phase>().map_err(anyhow::Error::msg)?;
        let phase = timeline.phase_at(stored, now);
        if phase == Phase::Draft {
            continue;
        }
        cycles.push(PublicCycle {
            id: row.id,
            programme: programme.map(|p| p.name).unwrap_or_default(),
            name: row.name,
            year: row.year,
            phase,
            time_zone: row.time_zone,
            timeline,
            categories: categories.iter().filter(|c| c.cycle_id == row.id).map(|c| c.name.clone()).collect(),
        });
    }
    Ok(cycles)
}
