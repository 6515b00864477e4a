//! Who reviews what: automatic and manual assignment, removal, and recusal with its
//! replacement.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use entity::{assignment, nomination, reviewer_conflict, stage, user};
use sea_orm::{
    ActiveModelTrait as _, ActiveValue::Set, ColumnTrait as _, ConnectionTrait, DatabaseConnection,
    DatabaseTransaction, EntityTrait as _, QueryFilter as _, QueryOrder as _, QuerySelect as _,
};
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use super::scores::own_pending;
use super::{StageContext, StageError, stage_context};
use crate::db::{self, UpdateOne as _};
use crate::domain::definition::Labels;
use crate::domain::nomination::NominationStatus;
use crate::domain::review::AssignmentStatus;
use crate::domain::review::assign::{self, NominationNeed, Reviewer, Shortfall, ShortfallReason};
use crate::domain::user::Role;
use crate::format;
use crate::mail::{self, messages};
use crate::service::audit::{self, Event};
use crate::service::auth::Caller;
use crate::service::{Error, Listed, Paging, Result};

/// `POST /stages/{id}/assignments`: automatic for the whole stage, or one pair by hand.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AssignRequest {
    pub auto: Option<Auto>,
    pub nomination: Option<Uuid>,
    pub reviewer: Option<Uuid>,
}

#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Auto {
    /// Defaults to the stage's `reviewers_per_nomination`.
    pub per_nomination: Option<u32>,
    pub max_load: Option<u32>,
}

/// An assignment as lists show it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct AssignmentView {
    pub id: Uuid,
    pub stage: Uuid,
    pub nomination: Uuid,
    pub reviewer: Uuid,
    pub status: AssignmentStatus,
    pub due_at: Option<DateTime<Utc>>,
    pub replaced_by: Option<Uuid>,
    pub created_at: DateTime<Utc>,
    pub submitted_at: Option<DateTime<Utc>>,
}

impl TryFrom<assignment::Model> for AssignmentView {
    type Error = Error;

    fn try_from(a: assignment::Model) -> Result<Self> {
        Ok(Self {
            id: a.id,
            stage: a.stage_id,
            nomination: a.nomination_id,
            reviewer: a.reviewer_id,
            status: a.status.parse().map_err(anyhow::Error::new)?,
            due_at: a.due_at,
            replaced_by: a.replaced_by,
            created_at: a.created_at,
            submitted_at: a.submitted_at,
        })
    }
}

/// A nomination the assignment could not fully cover, and why.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ShortfallView {
    pub nomination: Uuid,
    pub title: String,
    pub wanted: u32,
    pub missing: u32,
    pub reason: String,
}

/// What an assignment request did.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Assigned {
    pub assignments: Vec<AssignmentView>,
    pub shortfalls: Vec<ShortfallView>,
}

/// The nominations still competing in a stage, by title, as (id, title, member state):
/// what the secretariat chooses from to assign one reviewer by hand.
///
/// # Errors
/// `Forbidden` for anyone but the secretariat.
pub async fn competing(
    db: &DatabaseConnection,
    caller: &Caller,
    stage_id: Uuid,
) -> Result<Vec<(Uuid, String, String)>> {
    caller.require_admin()?;
    let mut found: Vec<_> =
        nominations_in(db, stage_id).await?.into_iter().map(|n| (n.id, n.title, n.member_state)).collect();
    found.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(found)
}

/// The nominations in a stage that still compete in it.
async fn nominations_in(db: &impl ConnectionTrait, stage_id: Uuid) -> Result<Vec<nomination::Model>> {
    Ok(nomination::Entity::find()
        .filter(nomination::Column::CurrentStageId.eq(stage_id))
        .filter(nomination::Column::Status.eq(NominationStatus::InReview.as_str()))
        .order_by_asc(nomination::Column::Id)
        .all(db)
        .await?)
}

/// The stage's reviewer pool with their current loads and declared conflicts.
async fn pool(db: &impl ConnectionTrait, assignments: &[assignment::Model]) -> Result<Vec<Reviewer>> {
    let people = user::Entity::find()
        .filter(user::Column::Role.eq(Role::Reviewer.as_str()))
        .filter(user::Column::Active.eq(true))
        .order_by_asc(user::Column::Id)
        .all(db)
        .await?;
    let conflicts = reviewer_conflict::Entity::find().all(db).await?;
    Ok(people
        .into_iter()
        .map(|p| {
            let load =
                assignments.iter().filter(|a| a.reviewer_id == p.id && a.status != AssignmentStatus::Recused).count();
            let mine = conflicts.iter().filter(|c| c.reviewer_id == p.id);
            Reviewer {
                id: p.id,
                member_state: p.nationality,
                load: u32::try_from(load).unwrap_or(u32::MAX),
                conflict_states: mine.clone().filter_map(|c| c.member_state.clone()).collect(),
                conflict_nominations: mine.filter_map(|c| c.nomination_id).collect(),
            }
        })
        .collect())
}

async fn stage_assignments(db: &impl ConnectionTrait, stage_id: Uuid) -> Result<Vec<assignment::Model>> {
    Ok(assignment::Entity::find()
        .filter(assignment::Column::StageId.eq(stage_id))
        .order_by_asc(assignment::Column::Id)
        .all(db)
        .await?)
}

fn need(n: &nomination::Model, assignments: &[assignment::Model], wanted_total: u32) -> NominationNeed {
    let on_it: Vec<&assignment::Model> = assignments.iter().filter(|a| a.nomination_id == n.id).collect();
    let active = on_it.iter().filter(|a| a.status != AssignmentStatus::Recused).count();
    NominationNeed {
        id: n.id,
        member_state: n.member_state.clone(),
        wanted: wanted_total.saturating_sub(u32::try_from(active).unwrap_or(u32::MAX)),
        excluded: on_it.iter().map(|a| a.reviewer_id).collect(),
    }
}

/// Assigns reviewers in an active scoring stage: automatically to every nomination that
/// has fewer than it should, or one reviewer to one nomination by hand. Each reviewer
/// given work is emailed once.
///
/// # Errors
/// `Forbidden` for non-admins; `Rule(StageError)` outside an active scoring stage;
/// `Rule(Ineligible)` (409 `conflict_of_interest`) for a manual pair the rules forbid;
/// `Validation` for a request that is neither automatic nor a pair.
pub async fn assign(
    db: &DatabaseConnection,
    caller: &Caller,
    stage_id: Uuid,
    request: AssignRequest,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<Assigned> {
    caller.require_admin()?;
    let tx = db::begin_write(db).await?;
    // Lock the stage, so two admins assigning at once do not both fill the same gaps.
    stage::Entity::find_by_id(stage_id).lock_exclusive().one(&tx).await?.ok_or(Error::NotFound("stage"))?;
    let ctx = stage_context(&tx, stage_id).await?;
    ctx.require_active_scoring()?;
    let existing = stage_assignments(&tx, stage_id).await?;
    let nominations = nominations_in(&tx, stage_id).await?;
    let reviewers = pool(&tx, &existing).await?;

    let (pairs, shortfalls): (Vec<(Uuid, Uuid)>, Vec<Shortfall>) = match request {
        AssignRequest { auto: Some(auto), nomination: None, reviewer: None } => {
            let per = auto
                .per_nomination
                .or_else(|| ctx.stage.reviewers_per_nomination.and_then(|n| u32::try_from(n).ok()))
                .unwrap_or(3);
            if per == 0 {
                return Err(Error::validation("auto.per_nomination", crate::i18n::say("refusal-at-least-one")));
            }
            let needs: Vec<NominationNeed> = nominations.iter().map(|n| need(n, &existing, per)).collect();
            let plan = assign::plan(&needs, &reviewers, auto.max_load);
            (plan.assignments.iter().map(|a| (a.nomination, a.reviewer)).collect(), plan.shortfalls)
        }
        AssignRequest { auto: None, nomination: Some(n), reviewer: Some(r) } => {
            let found = nominations
                .iter()
                .find(|x| x.id == n)
                .ok_or_else(|| Error::validation("nomination", crate::i18n::say("refusal-assign-nomination")))?;
            let reviewer = reviewers
                .iter()
                .find(|x| x.id == r)
                .ok_or_else(|| Error::validation("reviewer", crate::i18n::say("refusal-assign-reviewer")))?;
            assign::check_pair(&need(found, &existing, u32::MAX), reviewer)?;
            (vec![(n, r)], Vec::new())
        }
        _ => {
            return Err(Error::validation(
                "auto",
                "send {\"auto\": {\"per_nomination\": 3}} to assign the whole stage, or {\"nomination\", \"reviewer\"} for one pair",
            ));
        }
    };

    let mut made = Vec::with_capacity(pairs.len());
    for (nomination_id, reviewer_id) in pairs {
        made.push(insert_assignment(&tx, caller, &ctx, nomination_id, reviewer_id, None, now).await?);
    }
    let per_reviewer: BTreeMap<Uuid, usize> = made.iter().fold(BTreeMap::new(), |mut m, a| {
        *m.entry(a.reviewer_id).or_default() += 1;
        m
    });
    let labels = Labels::of(&ctx.cycle.definition);
    for (reviewer_id, count) in per_reviewer {
        let Some(person) = user::Entity::find_by_id(reviewer_id).one(&tx).await? else { continue };
        let first = made.iter().find(|a| a.reviewer_id == reviewer_id).map_or(Uuid::nil(), |a| a.id);
        let message = messages::ReviewerAssigned {
            name: person.name.clone(),
            cycle: labels.cycle_names(ctx.cycle.year, &ctx.cycle.name),
            stage: labels.stage_names(&ctx.stage.key, &ctx.stage.name),
            count,
            due: due(&ctx),
            link: format!("{base_url}reviews"),
        };
        mail::enqueue(
            &tx,
            mail::To::person(&person),
            format!("assigned:{stage_id}:{reviewer_id}:{first}"),
            &message,
            now,
        )
        .await?;
    }
    let titles: BTreeMap<Uuid, String> = nominations.iter().map(|n| (n.id, n.title.clone())).collect();
    let shortfalls = shortfalls
        .into_iter()
        .map(|s| ShortfallView {
            nomination: s.nomination,
            title: titles.get(&s.nomination).cloned().unwrap_or_default(),
            wanted: s.wanted,
            missing: s.missing,
            reason: s.to_string(),
        })
        .collect::<Vec<_>>();
    if !shortfalls.is_empty() {
        audit::record(
            &tx,
            &caller.actor(),
            Event::new("stage.assignment_short", "stage", stage_id).details(json!({
                "shortfalls": shortfalls.iter().map(|s| json!({"nomination": s.nomination, "missing": s.missing, "reason": s.reason})).collect::<Vec<_>>(),
            })),
            now,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(Assigned { assignments: made.into_iter().map(AssignmentView::try_from).collect::<Result<_>>()?, shortfalls })
}

fn due(ctx: &StageContext) -> Option<format::Zoned> {
    ctx.stage.due_at.map(|d| format::Zoned::new(d, &ctx.cycle.time_zone))
}

async fn insert_assignment(
    tx: &DatabaseTransaction,
    caller: &Caller,
    ctx: &StageContext,
    nomination_id: Uuid,
    reviewer_id: Uuid,
    replacing: Option<Uuid>,
    now: DateTime<Utc>,
) -> Result<assignment::Model> {
    let row = assignment::ActiveModel {
        id: Set(Uuid::now_v7()),
        stage_id: Set(ctx.stage.id),
        nomination_id: Set(nomination_id),
        reviewer_id: Set(reviewer_id),
        status: Set(AssignmentStatus::Pending.as_str().to_owned()),
        due_at: Set(ctx.stage.due_at),
        recused_reason: Set(None),
        replaced_by: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        submitted_at: Set(None),
    }
    .insert(tx)
    .await?;
    audit::record(
        tx,
        &caller.actor(),
        Event::new("assignment.created", "assignment", row.id).details(json!({
            "stage": ctx.stage.id, "nomination": nomination_id, "reviewer": reviewer_id, "replacing": replacing,
        })),
        now,
    )
    .await?;
    Ok(row)
}

/// Removes a pending assignment (an admin's correction). A submitted review stays: it
/// is part of the record the ranking was built from.
///
/// # Errors
/// `Forbidden` for non-admins; `Rule` for a submitted or recused assignment or outside
/// an active stage.
pub async fn remove(db: &DatabaseConnection, caller: &Caller, id: Uuid, now: DateTime<Utc>) -> Result<()> {
    caller.require_admin()?;
    let a = assignment::Entity::find_by_id(id).one(db).await?.ok_or(Error::NotFound("assignment"))?;
    let ctx = stage_context(db, a.stage_id).await?;
    ctx.require_active_scoring()?;
    let tx = db::begin_write(db).await?;
    let gone = assignment::Entity::delete_many()
        .filter(assignment::Column::Id.eq(id))
        .filter(assignment::Column::Status.eq(AssignmentStatus::Pending.as_str()))
        .changed_one(&tx)
        .await?;
    if !gone {
        return Err(match a.status.parse() {
            Ok(AssignmentStatus::Recused) => StageError::Recused,
            _ => StageError::AlreadySubmitted {
                at: a.submitted_at.map(|t| format::instant(t, &ctx.cycle.time_zone)).unwrap_or_default(),
            },
        }
        .into());
    }
    audit::record(
        &tx,
        &caller.actor(),
        Event::new("assignment.removed", "assignment", id)
            .details(json!({ "stage": a.stage_id, "nomination": a.nomination_id, "reviewer": a.reviewer_id })),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Assignments the caller may see, oldest first: a reviewer their own, an admin all. One
/// page at a time, after the cursor.
///
/// # Errors
/// `Forbidden` for nominators.
pub async fn list(
    db: &DatabaseConnection,
    caller: &Caller,
    stage: Option<Uuid>,
    status: Option<AssignmentStatus>,
    page: Paging,
) -> Result<Listed<AssignmentView>> {
    let mut query = assignment::Entity::find().order_by_asc(assignment::Column::Id);
    match caller.role {
        Role::Admin => {}
        Role::Reviewer => query = query.filter(assignment::Column::ReviewerId.eq(caller.id)),
        Role::Nominator => return Err(Error::Forbidden("assignments are for reviewers and the secretariat".into())),
    }
    if let Some(stage) = stage {
        query = query.filter(assignment::Column::StageId.eq(stage));
    }
    if let Some(status) = status {
        query = query.filter(assignment::Column::Status.eq(status.as_str()));
    }
    if let Some(after) = page.after {
        query = query.filter(assignment::Column::Id.gt(after));
    }
    let mut rows = query.limit(page.rows_to_read()).all(db).await?;
    let next = page.cut(&mut rows, |a| a.id);
    let items = rows.into_iter().map(AssignmentView::try_from).collect::<Result<_>>()?;
    Ok(Listed { items, next })
}

/// What a recusal did.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Recused {
    pub assignment: AssignmentView,
    /// The replacement's assignment, or `None` with the reason in `shortfall`.
    pub replacement: Option<AssignmentView>,
    pub shortfall: Option<String>,
}

/// A reviewer declares a conflict on an assignment: it is recused, the conflict is
/// recorded (so no later assignment repeats it), and a replacement is assigned by the
/// same rules. When nobody can take it, the secretariat is emailed.
///
/// # Errors
/// `Validation` without a reason; the refusals of [`save`].
pub async fn recuse(
    db: &DatabaseConnection,
    caller: &Caller,
    id: Uuid,
    reason: &str,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<Recused> {
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(Error::validation(
            "reason",
            "say briefly what the conflict is; the secretariat keeps it on record",
        ));
    }
    let (a, _) = own_pending(db, caller, id).await?;
    let tx = db::begin_write(db).await?;
    stage::Entity::find_by_id(a.stage_id).lock_exclusive().one(&tx).await?;
    let ctx = stage_context(&tx, a.stage_id).await?;
    reviewer_conflict::ActiveModel {
        id: Set(Uuid::now_v7()),
        reviewer_id: Set(caller.id),
        member_state: Set(None),
        nomination_id: Set(Some(a.nomination_id)),
        reason: Set(reason.to_owned()),
        created_at: Set(now),
    }
    .insert(&tx)
    .await?;
    let done = assignment::Entity::update_many()
        .col_expr(assignment::Column::Status, sea_orm::sea_query::Expr::value(AssignmentStatus::Recused.as_str()))
        .col_expr(assignment::Column::RecusedReason, sea_orm::sea_query::Expr::value(reason))
        .col_expr(assignment::Column::UpdatedAt, sea_orm::sea_query::Expr::value(now))
        .filter(assignment::Column::Id.eq(a.id))
        .filter(assignment::Column::Status.eq(AssignmentStatus::Pending.as_str()))
        .changed_one(&tx)
        .await?;
    if !done {
        return Err(StageError::Recused.into());
    }
    audit::record(
        &tx,
        &caller.actor(),
        Event::new("assignment.recused", "assignment", a.id)
            .details(json!({ "nomination": a.nomination_id, "reason": reason })),
        now,
    )
    .await?;

    let existing = stage_assignments(&tx, a.stage_id).await?;
    let reviewers = pool(&tx, &existing).await?;
    let n = nomination::Entity::find_by_id(a.nomination_id).one(&tx).await?.ok_or(Error::NotFound("nomination"))?;
    let wanted = need(&n, &existing, u32::MAX);
    let (replacement, shortfall) = match assign::pick_replacement(&wanted, &reviewers, None) {
        Ok(reviewer_id) => {
            let row = insert_assignment(&tx, caller, &ctx, n.id, reviewer_id, Some(a.id), now).await?;
            assignment::Entity::update_many()
                .col_expr(assignment::Column::ReplacedBy, sea_orm::sea_query::Expr::value(row.id))
                .filter(assignment::Column::Id.eq(a.id))
                .exec(&tx)
                .await?;
            if let Some(person) = user::Entity::find_by_id(reviewer_id).one(&tx).await? {
                let labels = Labels::of(&ctx.cycle.definition);
                let message = messages::AssignmentReplaced {
                    name: person.name.clone(),
                    cycle: labels.cycle_names(ctx.cycle.year, &ctx.cycle.name),
                    stage: labels.stage_names(&ctx.stage.key, &ctx.stage.name),
                    due: due(&ctx),
                    link: format!("{base_url}reviews/{}", row.id),
                };
                mail::enqueue(&tx, mail::To::person(&person), format!("replacement:{}", row.id), &message, now).await?;
            }
            (Some(row), None)
        }
        Err(reason) => {
            let text = Shortfall { nomination: n.id, wanted: 1, missing: 1, reason }.to_string();
            tell_admins_no_replacement(&tx, &ctx, &n, &text, base_url, now).await?;
            let _: ShortfallReason = reason;
            (None, Some(text))
        }
    };
    tx.commit().await?;
    let recused = assignment::Entity::find_by_id(a.id).one(db).await?.ok_or(Error::NotFound("assignment"))?;
    Ok(Recused {
        assignment: recused.try_into()?,
        replacement: replacement.map(TryInto::try_into).transpose()?,
        shortfall,
    })
}

async fn tell_admins_no_replacement(
    tx: &impl ConnectionTrait,
    ctx: &StageContext,
    n: &nomination::Model,
    why: &str,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    let admins = user::Entity::find()
        .filter(user::Column::Role.eq(Role::Admin.as_str()))
        .filter(user::Column::Active.eq(true))
        .all(tx)
        .await?;
    let labels = Labels::of(&ctx.cycle.definition);
    let message = messages::NoReplacement {
        title: n.title.clone(),
        cycle: labels.cycle_names(ctx.cycle.year, &ctx.cycle.name),
        stage: labels.stage_names(&ctx.stage.key, &ctx.stage.name),
        why: why.to_owned(),
        link: format!("{base_url}admin/stages/{}", ctx.stage.id),
    };
    for admin in admins {
        mail::enqueue(
            tx,
            mail::To::person(&admin),
            format!("no-replacement:{}:{}:{}", ctx.stage.id, n.id, now.timestamp_millis()),
            &message,
            now,
        )
        .await?;
    }
    Ok(())
}
