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

/// How long before its answer-by date an unanswered clarification is reminded of.
pub const CLARIFICATION_AHEAD: Duration = Duration::days(2);

/// Reminds focal points of their state's unsubmitted drafts before a cycle's deadline:
/// at each of `offsets` (days before `closes_at`), one email per focal point listing
/// every draft of their state in that cycle. Run once a day; each offset's reminder is
/// sent once, on the first run inside its window, and one missed (a cycle opened late,
/// a stopped server) gives way to the nearer one rather than arriving with it.
///
/// Returns how many reminders were queued.
///
/// # Errors
/// Database or rendering failures.
pub async fn queue_draft_reminders(
    db: &DatabaseConnection,
    offsets: &[u32],
    base_url: &str,
    now: DateTime<Utc>,
) -> super::Result<usize> {
    use crate::domain::nomination::NominationStatus;
    use entity::nomination;
    let open = cycle::Entity::find()
        .filter(cycle::Column::OpensAt.lte(now))
        .filter(cycle::Column::ClosesAt.gt(now))
        .all(db)
        .await?;
    let mut queued = 0;
    for cycle in open {
        // The nearest offset whose window has begun: 1 day before, once inside it;
        // 7 days before, from then until the 1-day window starts.
        let Some(days) =
            offsets.iter().copied().filter(|d| cycle.closes_at - Duration::days(i64::from(*d)) <= now).min()
        else {
            continue;
        };
        let drafts = nomination::Entity::find()
            .filter(nomination::Column::CycleId.eq(cycle.id))
            .filter(nomination::Column::Status.eq(NominationStatus::Draft.as_str()))
            .all(db)
            .await?;
        let mut by_state: BTreeMap<String, Vec<nomination::Model>> = BTreeMap::new();
        for n in drafts {
            by_state.entry(n.member_state.clone()).or_default().push(n);
        }
        let labels = Labels::of(&cycle.definition);
        for (state, drafts) in by_state {
            let list: Vec<(Option<String>, String)> = drafts
                .iter()
                .map(|n| {
                    let title = Some(n.title.trim().to_owned()).filter(|t| !t.is_empty());
                    (title, format!("{base_url}nominations/{}", n.id))
                })
                .collect();
            let tx = db::begin_write(db).await?;
            for person in super::screening::focal_points(&tx, &state).await? {
                let message = messages::DraftReminder {
                    name: person.name.clone(),
                    cycle: labels.cycle_names(cycle.year, &cycle.name),
                    deadline: format::Zoned::new(cycle.closes_at, &cycle.time_zone),
                    drafts: list.clone(),
                    link: format!("{base_url}nominations"),
                };
                let key = format!("draft-reminder:{}:{days}d:{}", cycle.id, person.id);
                mail::enqueue(&tx, mail::To::person(&person), key, &message, now).await?;
                queued += 1;
            }
            tx.commit().await?;
        }
    }
    Ok(queued)
}

/// Reminds the focal points of a clarification question still unanswered within
/// [`CLARIFICATION_AHEAD`] of its answer-by date: once per question.
///
/// Returns how many reminders were queued.
///
/// # Errors
/// Database or rendering failures.
pub async fn queue_clarification_reminders(
    db: &DatabaseConnection,
    base_url: &str,
    now: DateTime<Utc>,
) -> super::Result<usize> {
    use crate::domain::nomination::NominationStatus;
    use entity::nomination;
    let waiting = nomination::Entity::find()
        .filter(nomination::Column::Status.eq(NominationStatus::ClarificationRequested.as_str()))
        .filter(nomination::Column::ClarificationDueAt.gt(now))
        .filter(nomination::Column::ClarificationDueAt.lte(now + CLARIFICATION_AHEAD))
        .all(db)
        .await?;
    let mut queued = 0;
    for n in waiting {
        let (Some(due), Some(question)) = (n.clarification_due_at, n.clarification_question.clone()) else { continue };
        let Some(cycle) = cycle::Entity::find_by_id(n.cycle_id).one(db).await? else { continue };
        let labels = Labels::of(&cycle.definition);
        let tx = db::begin_write(db).await?;
        for person in super::screening::focal_points(&tx, &n.member_state).await? {
            let message = messages::ClarificationReminder {
                name: person.name.clone(),
                title: n.title.clone(),
                cycle: labels.cycle_names(cycle.year, &cycle.name),
                question: question.clone(),
                due: format::Zoned::new(due, &cycle.time_zone),
                link: format!("{base_url}nominations/{}#clarification", n.id),
            };
            // The version names the question: a second question is reminded of afresh.
            let key = format!("clarification-reminder:{}:{}:{}", n.id, n.version, person.id);
            mail::enqueue(&tx, mail::To::person(&person), key, &message, now).await?;
            queued += 1;
        }
        tx.commit().await?;
    }
    Ok(queued)
}
