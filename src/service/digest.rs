//! The daily digest: each morning every active admin gets one summary per cycle in
//! progress (open or in review).

use chrono::{DateTime, Utc};
use entity::{assignment, cycle, nomination, outbox_message, stage, user};
use sea_orm::{
    ColumnTrait as _, DatabaseConnection, EntityTrait as _, PaginatorTrait as _, QueryFilter as _, QuerySelect as _,
};

use crate::db;
use crate::domain::cycle::{Phase, Timeline};
use crate::domain::definition::Labels;
use crate::domain::nomination::{COUNTS_TOWARD_QUOTA, NominationStatus};
use crate::domain::outbox::OutboxStatus;
use crate::domain::review::AssignmentStatus;
use crate::domain::user::Role;
use crate::format;
use crate::mail::{self, messages};

/// How many digests were queued.
///
/// # Errors
/// Database or rendering failures.
pub async fn queue_digests(db: &DatabaseConnection, base_url: &str, now: DateTime<Utc>) -> super::Result<usize> {
    let admins = user::Entity::find()
        .filter(user::Column::Role.eq(Role::Admin.as_str()))
        .filter(user::Column::Active.eq(true))
        .all(db)
        .await?;
    let failed_emails = outbox_message::Entity::find()
        .filter(outbox_message::Column::Status.eq(OutboxStatus::Failed.as_str()))
        .count(db)
        .await?;
    let date = now.format("%Y-%m-%d").to_string();
    let mut queued = 0;
    for c in cycle::Entity::find().all(db).await? {
        let stored = c.phase.parse::<Phase>().map_err(anyhow::Error::new)?;
        let phase =
            Timeline { opens_at: c.opens_at, closes_at: c.closes_at, publish_at: c.publish_at }.phase_at(stored, now);
        if !matches!(phase, Phase::Open | Phase::Reviewing) {
            continue;
        }
        let count = |statuses: &[NominationStatus]| {
            nomination::Entity::find()
                .filter(nomination::Column::CycleId.eq(c.id))
                .filter(nomination::Column::Status.is_in(statuses.iter().map(|s| s.as_str())))
                .count(db)
        };
        let drafts = count(&[NominationStatus::Draft]).await?;
        // Everything that was submitted, including what screening or review later set aside.
        let submitted = count(&COUNTS_TOWARD_QUOTA).await?;
        let stage_ids: Vec<uuid::Uuid> = stage::Entity::find()
            .filter(stage::Column::CycleId.eq(c.id))
            .select_only()
            .column(stage::Column::Id)
            .into_tuple()
            .all(db)
            .await?;
        let assignments = || assignment::Entity::find().filter(assignment::Column::StageId.is_in(stage_ids.clone()));
        let reviews_assigned =
            assignments().filter(assignment::Column::Status.ne(AssignmentStatus::Recused.as_str())).count(db).await?;
        let reviews_done =
            assignments().filter(assignment::Column::Status.eq(AssignmentStatus::Submitted.as_str())).count(db).await?;
        let overdue = assignments()
            .filter(assignment::Column::Status.eq(AssignmentStatus::Pending.as_str()))
            .filter(assignment::Column::DueAt.lt(now))
            .count(db)
            .await?;
        for admin in &admins {
            let message = messages::DailyDigest {
                cycle: Labels::of(&c.definition).cycle_names(c.year, &c.name),
                date: format::Zoned::new(now, &c.time_zone),
                phase: phase.as_str().to_owned(),
                deadline: format::Zoned::new(c.closes_at, &c.time_zone),
                submitted,
                drafts,
                reviews_done,
                reviews_assigned,
                overdue,
                failed_emails,
                link: base_url.to_owned(),
            };
            let tx = db::begin_write(db).await?;
            mail::enqueue(&tx, mail::To::person(admin), format!("digest:{}:{}:{date}", c.id, admin.id), &message, now)
                .await?;
            tx.commit().await?;
            queued += 1;
        }
    }
    Ok(queued)
}
