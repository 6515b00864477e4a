//! Reminders: once a day, each reviewer with reviews due within three days or overdue
//! gets one email per stage listing how many are left. The dedupe key names the day, so
//! a retried or doubled run sends nothing twice.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use entity::{assignment, cycle, stage, user};
use sea_orm::{ColumnTrait as _, DatabaseConnection, EntityTrait as _, QueryFilter as _};
use uuid::Uuid;

use crate::db;
use crate::domain::definition::Labels;
use crate::domain::review::AssignmentStatus;
use crate::format;
use crate::mail::{self, messages};

/// Reviews due within this long are reminded of.
pub const AHEAD: Duration = Duration::days(3);

/// How many reminders were queued.
///
/// # Errors
/// Database or rendering failures.
pub async fn queue_reminders(db: &DatabaseConnection, base_url: &str, now: DateTime<Utc>) -> super::Result<usize> {
    let due = assignment::Entity::find()
        .filter(assignment::Column::Status.eq(AssignmentStatus::Pending.as_str()))
        .filter(assignment::Column::DueAt.lte(now + AHEAD))
        .all(db)
        .await?;
    queue(db, &due, base_url, now).await
}

/// Reminds the jurors of `stage` with reviews not yet submitted (or only `reviewer`)
/// now, whatever their due date: the secretariat's "remind" button. The same key as the
/// daily reminder, so a juror hears at most once a day per stage however often it is
/// pressed.
///
/// Returns how many reminders were queued and the stage's cycle.
///
/// # Errors
/// `Forbidden` for anyone but the secretariat; `NotFound` for no such stage.
pub async fn remind_now(
    db: &DatabaseConnection,
    caller: &super::auth::Caller,
    stage_id: Uuid,
    reviewer: Option<Uuid>,
    base_url: &str,
    now: DateTime<Utc>,
) -> super::Result<(usize, Uuid)> {
    caller.require_admin()?;
    let stage = stage::Entity::find_by_id(stage_id).one(db).await?.ok_or(super::Error::NotFound("stage"))?;
    let mut pending = assignment::Entity::find()
        .filter(assignment::Column::StageId.eq(stage_id))
        .filter(assignment::Column::Status.eq(AssignmentStatus::Pending.as_str()));
    if let Some(reviewer) = reviewer {
        pending = pending.filter(assignment::Column::ReviewerId.eq(reviewer));
    }
    let pending: Vec<assignment::Model> = pending.all(db).await?.into_iter().filter(|a| a.due_at.is_some()).collect();
    let queued = queue(db, &pending, base_url, now).await?;
    let tx = db::begin_write(db).await?;
    let details = serde_json::json!({ "reviewer": reviewer, "queued": queued });
    let event = super::audit::Event::new("stage.reminded", "stage", stage_id).details(details);
    super::audit::record(&tx, &caller.actor(), event, now).await?;
    tx.commit().await?;
    Ok((queued, stage.cycle_id))
}

/// One reminder per (juror, stage) of `due`, each with its count and earliest due date.
async fn queue(
    db: &DatabaseConnection,
    due: &[assignment::Model],
    base_url: &str,
    now: DateTime<Utc>,
) -> super::Result<usize> {
    // (reviewer, stage) -> (pending count, earliest due)
    let mut groups: BTreeMap<(Uuid, Uuid), (usize, DateTime<Utc>)> = BTreeMap::new();
    for a in due {
        let Some(at) = a.due_at else { continue };
        let entry = groups.entry((a.reviewer_id, a.stage_id)).or_insert((0, at));
        entry.0 += 1;
        entry.1 = entry.1.min(at);
    }
    let date = now.format("%Y-%m-%d").to_string();
    let mut queued = 0;
    for ((reviewer_id, stage_id), (pending, due_at)) in groups {
        let Some(reviewer) = user::Entity::find_by_id(reviewer_id).one(db).await?.filter(|u| u.active) else {
            continue;
        };
        let Some((stage, Some(cycle))) =
            stage::Entity::find_by_id(stage_id).find_also_related(cycle::Entity).one(db).await?
        else {
            continue;
        };
        let labels = Labels::of(&cycle.definition);
        let message = messages::ReviewReminder {
            name: reviewer.name.clone(),
            cycle: labels.cycle_names(cycle.year, &cycle.name),
            stage: labels.stage_names(&stage.key, &stage.name),
            pending,
            due: format::Zoned::new(due_at, &cycle.time_zone),
            overdue: due_at < now,
            link: format!("{}reviews", base_url),
        };
        let tx = db::begin_write(db).await?;
        mail::enqueue(
            &tx,
            mail::To::person(&reviewer),
            format!("reminder:{reviewer_id}:{stage_id}:{date}"),
            &message,
            now,
        )
        .await?;
        tx.commit().await?;
        queued += 1;
    }
    Ok(queued)
}
