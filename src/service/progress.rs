//! How far a cycle has come, in figures: nominations by status, regional group and
//! member state; how many of the member states have nominated; each stage's reviews,
//! per juror, with what is overdue. The secretariat's dashboard and
//! `GET /api/v1/cycles/{id}/progress` read the same figures.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use entity::{assignment, cycle, member_state, nomination, stage, user};
use sea_orm::{ColumnTrait as _, DatabaseConnection, EntityTrait as _, QueryFilter as _, QueryOrder as _};
use serde::Serialize;
use uuid::Uuid;

use super::auth::Caller;
use super::{Error, Result};
use crate::domain::definition::Labels;
use crate::domain::nomination::{COUNTS_TOWARD_QUOTA, NominationStatus};
use crate::domain::review::AssignmentStatus;

/// A cycle's progress.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Progress {
    pub cycle: Uuid,
    pub nominations: Nominations,
    /// Member states with at least one nomination submitted (and not withdrawn).
    pub states_nominated: usize,
    /// Member states of the United Nations, all of which may nominate.
    pub member_states: usize,
    pub stages: Vec<StageProgress>,
}

/// The cycle's nominations counted three ways.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Nominations {
    /// By status word; statuses with none are left out.
    pub by_status: BTreeMap<String, usize>,
    pub by_region: Vec<Tally>,
    /// Only the member states with a nomination, submitted or draft.
    pub by_member_state: Vec<Tally>,
}

/// Submitted (counting toward the quota: not a draft, not withdrawn) and draft
/// nominations of one regional group or member state.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Tally {
    /// A regional group's word (`african`) or a member state's code (`KEN`).
    pub key: String,
    pub name: String,
    pub submitted: usize,
    pub draft: usize,
}

/// A stage's reviews: assigned (not recused), submitted and overdue, in all and per juror.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct StageProgress {
    pub stage: Uuid,
    pub key: String,
    pub name: String,
    pub due_at: Option<DateTime<Utc>>,
    pub assigned: usize,
    pub submitted: usize,
    pub overdue: usize,
    pub by_reviewer: Vec<ReviewerProgress>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ReviewerProgress {
    pub reviewer: Uuid,
    pub name: String,
    pub assigned: usize,
    pub submitted: usize,
    pub overdue: usize,
}

/// The progress of cycle `id` at `now`.
///
/// # Errors
/// `Forbidden` for anyone but the secretariat; `NotFound` for no such cycle.
pub async fn of_cycle(db: &DatabaseConnection, caller: &Caller, id: Uuid, now: DateTime<Utc>) -> Result<Progress> {
    caller.require_admin()?;
    let cycle = cycle::Entity::find_by_id(id).one(db).await?.ok_or(Error::NotFound("cycle"))?;
    let lang = crate::i18n::current();
    let states = member_state::Entity::find().all(db).await?;
    let nominations = nomination::Entity::find().filter(nomination::Column::CycleId.eq(id)).all(db).await?;

    let counted = COUNTS_TOWARD_QUOTA.map(NominationStatus::as_str);
    let mut by_status: BTreeMap<String, usize> = BTreeMap::new();
    let mut by_state: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for n in &nominations {
        *by_status.entry(n.status.clone()).or_default() += 1;
        let tally = by_state.entry(n.member_state.as_str()).or_default();
        if n.status == NominationStatus::Draft.as_str() {
            tally.1 += 1;
        } else if counted.contains(&n.status.as_str()) {
            tally.0 += 1;
        }
    }
    let region_of: BTreeMap<&str, &str> = states.iter().map(|s| (s.code.as_str(), s.region.as_str())).collect();
    let mut by_region: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for (code, (submitted, draft)) in &by_state {
        let region = by_region.entry(region_of.get(code).copied().unwrap_or_default()).or_default();
        region.0 += submitted;
        region.1 += draft;
    }
    let by_region = crate::domain::member_state::Region::ALL
        .iter()
        .map(|r| {
            let (submitted, draft) = by_region.get(r.as_str()).copied().unwrap_or_default();
            Tally { key: r.as_str().to_owned(), name: r.label(lang), submitted, draft }
        })
        .collect();
    let name_of: BTreeMap<&str, &str> = states.iter().map(|s| (s.code.as_str(), s.name.as_str())).collect();
    let by_member_state = by_state
        .iter()
        .map(|(code, (submitted, draft))| Tally {
            key: (*code).to_owned(),
            name: name_of.get(code).copied().unwrap_or(code).to_owned(),
            submitted: *submitted,
            draft: *draft,
        })
        .collect::<Vec<_>>();
    let states_nominated = by_member_state.iter().filter(|t| t.submitted > 0).count();

    let labels = Labels::of(&cycle.definition);
    let stage_rows = stage::Entity::find()
        .filter(stage::Column::CycleId.eq(id))
        .order_by_asc(stage::Column::Position)
        .all(db)
        .await?;
    let stage_ids: Vec<Uuid> = stage_rows.iter().map(|s| s.id).collect();
    let assignments = assignment::Entity::find().filter(assignment::Column::StageId.is_in(stage_ids)).all(db).await?;
    let reviewer_ids: Vec<Uuid> = assignments.iter().map(|a| a.reviewer_id).collect();
    let names: BTreeMap<Uuid, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(reviewer_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.name))
        .collect();
    let stages = stage_rows
        .iter()
        .map(|s| {
            let mut per: BTreeMap<Uuid, ReviewerProgress> = BTreeMap::new();
            for a in assignments.iter().filter(|a| a.stage_id == s.id && a.status != AssignmentStatus::Recused) {
                let due = a.due_at.or(s.due_at);
                let r = per.entry(a.reviewer_id).or_insert_with(|| ReviewerProgress {
                    reviewer: a.reviewer_id,
                    name: names.get(&a.reviewer_id).cloned().unwrap_or_default(),
                    assigned: 0,
                    submitted: 0,
                    overdue: 0,
                });
                r.assigned += 1;
                if a.status == AssignmentStatus::Submitted {
                    r.submitted += 1;
                } else if due.is_some_and(|d| d < now) {
                    r.overdue += 1;
                }
            }
            let mut by_reviewer: Vec<ReviewerProgress> = per.into_values().collect();
            by_reviewer.sort_by(|a, b| a.name.cmp(&b.name));
            StageProgress {
                stage: s.id,
                key: s.key.clone(),
                name: labels.stage(&s.key, lang, &s.name).to_owned(),
                due_at: s.due_at,
                assigned: by_reviewer.iter().map(|r| r.assigned).sum(),
                submitted: by_reviewer.iter().map(|r| r.submitted).sum(),
                overdue: by_reviewer.iter().map(|r| r.overdue).sum(),
                by_reviewer,
            }
        })
        .collect();
    Ok(Progress {
        cycle: id,
        nominations: Nominations { by_status, by_region, by_member_state },
        states_nominated,
        member_states: states.len(),
        stages,
    })
}
