//! A reviewer's list of work across stages.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use entity::{assignment, category, cycle, nomination, review, stage};
use sea_orm::{ColumnTrait as _, DatabaseConnection, EntityTrait as _, QueryFilter as _, QueryOrder as _};
use uuid::Uuid;

use super::assignments::AssignmentView;
use crate::domain::definition::Labels;
use crate::domain::review::AssignmentStatus;
use crate::domain::stage::StageStatus;
use crate::domain::user::Role;
use crate::service::Result;
use crate::service::auth::Caller;

/// A stage on a reviewer's list of work.
#[derive(Debug, Clone)]
pub struct StageDesk {
    pub id: Uuid,
    pub name: String,
    pub status: StageStatus,
    pub due_at: Option<DateTime<Utc>>,
    pub opened_at: Option<DateTime<Utc>>,
    pub cycle: String,
    pub time_zone: String,
    pub items: Vec<DeskItem>,
}

#[derive(Debug, Clone)]
pub struct DeskItem {
    pub assignment: AssignmentView,
    pub title: String,
    pub category: String,
    /// Scores saved but not yet submitted.
    pub draft: bool,
}

/// The caller's assignments by stage, active stages first.
///
/// # Errors
/// `Forbidden` for anyone but a reviewer.
pub async fn desk(db: &DatabaseConnection, caller: &Caller) -> Result<Vec<StageDesk>> {
    caller.require(Role::Reviewer)?;
    let mine = assignment::Entity::find()
        .filter(assignment::Column::ReviewerId.eq(caller.id))
        .order_by_asc(assignment::Column::Id)
        .all(db)
        .await?;
    let stage_ids: BTreeSet<Uuid> = mine.iter().map(|a| a.stage_id).collect();
    let nomination_ids: BTreeSet<Uuid> = mine.iter().map(|a| a.nomination_id).collect();
    let assignment_ids: Vec<Uuid> = mine.iter().map(|a| a.id).collect();
    let stages = stage::Entity::find().filter(stage::Column::Id.is_in(stage_ids)).all(db).await?;
    let nominations: BTreeMap<Uuid, nomination::Model> = nomination::Entity::find()
        .filter(nomination::Column::Id.is_in(nomination_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|n| (n.id, n))
        .collect();
    let categories: BTreeMap<Uuid, category::Model> =
        category::Entity::find().all(db).await?.into_iter().map(|c| (c.id, c)).collect();
    let drafts: BTreeSet<Uuid> = if assignment_ids.is_empty() {
        BTreeSet::new()
    } else {
        review::Entity::find()
            .filter(review::Column::AssignmentId.is_in(assignment_ids))
            .all(db)
            .await?
            .into_iter()
            .map(|r| r.assignment_id)
            .collect()
    };
    // Titles with passages withheld, for the blind stages' lists.
    let withheld = entity::redaction::Entity::find()
        .filter(entity::redaction::Column::Field.eq("title"))
        .filter(entity::redaction::Column::NominationId.is_in(nominations.keys().copied()))
        .all(db)
        .await?;
    let mark = crate::i18n::say("review-withheld-passage");
    let mut desks = Vec::new();
    for s in stages {
        let Some(c) = cycle::Entity::find_by_id(s.cycle_id).one(db).await? else { continue };
        // The cycle's words in the reviewer's language, where its definition has them.
        let (labels, lang) = (Labels::of(&c.definition), crate::i18n::current());
        let mut items = Vec::new();
        for a in mine.iter().filter(|a| a.stage_id == s.id) {
            let Some(n) = nominations.get(&a.nomination_id) else { continue };
            let assignment = AssignmentView::try_from(a.clone())?;
            items.push(DeskItem {
                draft: assignment.status == AssignmentStatus::Pending && drafts.contains(&a.id),
                assignment,
                title: if s.blind {
                    let own: Vec<entity::redaction::Model> =
                        withheld.iter().filter(|r| r.nomination_id == n.id).cloned().collect();
                    crate::service::nominations::withhold(&n.title, "title", &own, &mark)
                } else {
                    n.title.clone()
                },
                category: categories
                    .get(&n.category_id)
                    .map(|k| labels.category(&k.key, lang, &k.name).to_owned())
                    .unwrap_or_default(),
            });
        }
        // In the order a juror works: soonest due first, then by title.
        items.sort_by(|a, b| {
            (a.assignment.due_at.or(s.due_at), &a.title, a.assignment.id).cmp(&(
                b.assignment.due_at.or(s.due_at),
                &b.title,
                b.assignment.id,
            ))
        });
        desks.push(StageDesk {
            id: s.id,
            name: labels.stage(&s.key, lang, &s.name).to_owned(),
            status: s.status.parse().map_err(anyhow::Error::new)?,
            due_at: s.due_at,
            opened_at: s.opened_at,
            cycle: labels.cycle_name(lang, c.year, &c.name),
            time_zone: c.time_zone,
            items,
        });
    }
    desks.sort_by_key(|d| (d.status != StageStatus::Active, std::cmp::Reverse(d.opened_at)));
    Ok(desks)
}
