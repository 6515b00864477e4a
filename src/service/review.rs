//! Scoring stages from the jury's side: who reviews what (automatic and manual
//! assignment, recusal and replacement), what a reviewer may see of a nomination (a
//! blind stage hides its member state, institution and nominator everywhere), and the
//! scores they save and submit. The rules themselves live in `domain::review`.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use entity::{
    assignment, attachment, category, criterion, cycle, nomination, review, review_score, reviewer_conflict, stage,
    user,
};
use sea_orm::{
    ActiveModelTrait as _, ActiveValue::Set, ColumnTrait as _, ConnectionTrait, DatabaseConnection,
    DatabaseTransaction, EntityTrait as _, QueryFilter as _, QueryOrder as _, QuerySelect as _,
};
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use super::audit::{self, Event};
use super::auth::Caller;
use super::cycles::CriterionView;
use super::{Error, FieldError, Result};
use crate::db;
use crate::domain::nomination::NominationStatus;
use crate::domain::review::AssignmentStatus;
use crate::domain::review::assign::{self, NominationNeed, Reviewer, Shortfall, ShortfallReason};
use crate::domain::stage::{StageKind, StageStatus};
use crate::domain::user::Role;
use crate::format;
use crate::mail::{self, messages};

/// Why a stage refuses work it is not in the state for.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StageError {
    #[error("stage \"{stage}\" is {status}; reviewers work only in the active stage")]
    NotActive { stage: String, status: StageStatus },
    #[error("stage \"{stage}\" is a {kind} stage; reviewers are assigned only in scoring stages")]
    NotScoring { stage: String, kind: StageKind },
    #[error("this review was submitted on {at}; it can be read but no longer changed")]
    AlreadySubmitted { at: String },
    #[error("this assignment was recused; it can no longer be scored")]
    Recused,
}

impl crate::domain::code::Refusal for StageError {
    fn code(&self) -> crate::domain::Code {
        crate::domain::Code::InvalidState
    }
}

/// A stage with its rubric and cycle, as every use case here needs them.
#[derive(Debug)]
pub(super) struct StageContext {
    pub stage: stage::Model,
    pub criteria: Vec<criterion::Model>,
    pub cycle: cycle::Model,
}

pub(super) async fn stage_context(db: &impl ConnectionTrait, stage_id: Uuid) -> Result<StageContext> {
    let stage = stage::Entity::find_by_id(stage_id).one(db).await?.ok_or(Error::NotFound("stage"))?;
    let criteria = criterion::Entity::find()
        .filter(criterion::Column::StageId.eq(stage_id))
        .order_by_asc(criterion::Column::Position)
        .all(db)
        .await?;
    let cycle = cycle::Entity::find_by_id(stage.cycle_id).one(db).await?.ok_or(Error::NotFound("cycle"))?;
    Ok(StageContext { stage, criteria, cycle })
}

impl StageContext {
    fn require_active_scoring(&self) -> Result<()> {
        let kind: StageKind = self.stage.kind.parse().map_err(anyhow::Error::new)?;
        if kind != StageKind::Scoring {
            return Err(StageError::NotScoring { stage: self.stage.name.clone(), kind }.into());
        }
        let status: StageStatus = self.stage.status.parse().map_err(anyhow::Error::new)?;
        if status != StageStatus::Active {
            return Err(StageError::NotActive { stage: self.stage.name.clone(), status }.into());
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------
// Assignment
// ---------------------------------------------------------------------------------------

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
                return Err(Error::validation("auto.per_nomination", "at least 1"));
            }
            let needs: Vec<NominationNeed> = nominations.iter().map(|n| need(n, &existing, per)).collect();
            let plan = assign::plan(&needs, &reviewers, auto.max_load);
            (plan.assignments.iter().map(|a| (a.nomination, a.reviewer)).collect(), plan.shortfalls)
        }
        AssignRequest { auto: None, nomination: Some(n), reviewer: Some(r) } => {
            let found = nominations.iter().find(|x| x.id == n).ok_or_else(|| {
                Error::validation("nomination", "no nomination in this stage has that id (it may have been eliminated)")
            })?;
            let reviewer = reviewers
                .iter()
                .find(|x| x.id == r)
                .ok_or_else(|| Error::validation("reviewer", "no active reviewer has that id"))?;
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
    for (reviewer_id, count) in per_reviewer {
        let Some(person) = user::Entity::find_by_id(reviewer_id).one(&tx).await? else { continue };
        let first = made.iter().find(|a| a.reviewer_id == reviewer_id).map_or(Uuid::nil(), |a| a.id);
        let message = messages::ReviewerAssigned {
            name: person.name.clone(),
            cycle: ctx.cycle.name.clone(),
            stage: ctx.stage.name.clone(),
            count,
            due: due_text(&ctx),
            link: format!("{base_url}reviews"),
        };
        mail::enqueue(&tx, &person.email, format!("assigned:{stage_id}:{reviewer_id}:{first}"), &message, now).await?;
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

fn due_text(ctx: &StageContext) -> String {
    ctx.stage.due_at.map_or_else(|| "no due date".to_owned(), |d| format::instant(d, &ctx.cycle.time_zone))
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
        .exec(&tx)
        .await?;
    if gone.rows_affected != 1 {
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

/// Assignments the caller may see: a reviewer their own, an admin all.
///
/// # Errors
/// `Forbidden` for nominators.
pub async fn list(
    db: &DatabaseConnection,
    caller: &Caller,
    stage: Option<Uuid>,
    status: Option<AssignmentStatus>,
) -> Result<Vec<AssignmentView>> {
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
    query.all(db).await?.into_iter().map(AssignmentView::try_from).collect()
}

// ---------------------------------------------------------------------------------------
// What a reviewer sees
// ---------------------------------------------------------------------------------------

/// A nomination as a reviewer sees it. In a blind stage the identifying fields are not
/// merely hidden in the page: they are absent from the data.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ReviewedNomination {
    pub id: Uuid,
    pub title: String,
    pub category: String,
    pub summary: String,
    pub answers: Vec<Answer>,
    pub attachments: Vec<ReviewedAttachment>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub member_state: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub institution: Option<String>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[schema(as = ReviewedAnswer)]
pub struct Answer {
    pub key: String,
    pub label: String,
    pub value: String,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ReviewedAttachment {
    pub id: Uuid,
    /// In a blind stage, "Attachment 1.pdf": the uploaded name may name the state.
    pub name: String,
    pub content_type: String,
    pub size: i64,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ReviewView {
    pub scores: BTreeMap<String, f64>,
    pub comment: String,
    pub updated_at: DateTime<Utc>,
    pub submitted_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct StageInfo {
    pub id: Uuid,
    pub key: String,
    pub name: String,
    pub blind: bool,
    pub due_at: Option<DateTime<Utc>>,
}

/// One assignment with everything its reviewer needs to score it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct AssignmentDetail {
    #[serde(flatten)]
    pub assignment: AssignmentView,
    pub stage: StageInfo,
    pub cycle: String,
    pub time_zone: String,
    pub nomination: ReviewedNomination,
    pub criteria: Vec<CriterionView>,
    pub review: Option<ReviewView>,
}

/// The assignment if the caller is its reviewer or an admin; `NotFound` otherwise.
async fn visible_assignment(db: &impl ConnectionTrait, caller: &Caller, id: Uuid) -> Result<assignment::Model> {
    let found = assignment::Entity::find_by_id(id).one(db).await?.ok_or(Error::NotFound("assignment"))?;
    match caller.role {
        Role::Admin => Ok(found),
        Role::Reviewer if found.reviewer_id == caller.id => Ok(found),
        _ => Err(Error::NotFound("assignment")),
    }
}

/// One assignment, redacted for its reviewer when the stage is blind.
///
/// # Errors
/// `NotFound` for another reviewer's assignment.
pub async fn get(db: &DatabaseConnection, caller: &Caller, id: Uuid) -> Result<AssignmentDetail> {
    let a = visible_assignment(db, caller, id).await?;
    let ctx = stage_context(db, a.stage_id).await?;
    let n = nomination::Entity::find_by_id(a.nomination_id).one(db).await?.ok_or(Error::NotFound("nomination"))?;
    let blind = ctx.stage.blind && caller.role != Role::Admin;
    let nomination = reviewed_nomination(db, &n, blind).await?;
    let review = review_of(db, a.id, &ctx.criteria).await?;
    Ok(AssignmentDetail {
        stage: StageInfo {
            id: ctx.stage.id,
            key: ctx.stage.key.clone(),
            name: ctx.stage.name.clone(),
            blind: ctx.stage.blind,
            due_at: ctx.stage.due_at,
        },
        cycle: ctx.cycle.name.clone(),
        time_zone: ctx.cycle.time_zone.clone(),
        criteria: ctx.criteria.iter().map(CriterionView::from).collect(),
        assignment: a.try_into()?,
        nomination,
        review,
    })
}

async fn reviewed_nomination(
    db: &impl ConnectionTrait,
    n: &nomination::Model,
    blind: bool,
) -> Result<ReviewedNomination> {
    let category = category::Entity::find_by_id(n.category_id).one(db).await?.map(|c| c.name).unwrap_or_default();
    let answers = entity::answer::Entity::find()
        .filter(entity::answer::Column::NominationId.eq(n.id))
        .find_also_related(entity::question::Entity)
        .all(db)
        .await?;
    let mut answers: Vec<(i32, Answer)> = answers
        .into_iter()
        .filter_map(|(a, q)| q.map(|q| (q.position, Answer { key: q.key, label: q.label, value: a.value })))
        .collect();
    answers.sort_by_key(|(p, _)| *p);
    let files = attachment::Entity::find()
        .filter(attachment::Column::NominationId.eq(n.id))
        .order_by_asc(attachment::Column::CreatedAt)
        .order_by_asc(attachment::Column::Id)
        .all(db)
        .await?;
    let attachments = files
        .into_iter()
        .enumerate()
        .map(|(i, f)| ReviewedAttachment {
            id: f.id,
            name: if blind { blind_name(i, &f.content_type) } else { f.name },
            content_type: f.content_type,
            size: f.size,
        })
        .collect();
    Ok(ReviewedNomination {
        id: n.id,
        title: n.title.clone(),
        category,
        summary: n.summary.clone(),
        answers: answers.into_iter().map(|(_, a)| a).collect(),
        attachments,
        member_state: (!blind).then(|| n.member_state.clone()),
        institution: (!blind).then(|| n.institution.clone()),
    })
}

/// The name a blind stage shows for the `index`th attachment.
pub(super) fn blind_name(index: usize, content_type: &str) -> String {
    let extension = match content_type {
        "image/png" => "png",
        "image/jpeg" => "jpg",
        _ => "pdf",
    };
    format!("Attachment {}.{extension}", index + 1)
}

async fn review_of(
    db: &impl ConnectionTrait,
    assignment_id: Uuid,
    criteria: &[criterion::Model],
) -> Result<Option<ReviewView>> {
    let Some(r) = review::Entity::find().filter(review::Column::AssignmentId.eq(assignment_id)).one(db).await? else {
        return Ok(None);
    };
    let scores = review_score::Entity::find().filter(review_score::Column::ReviewId.eq(r.id)).all(db).await?;
    let scores = scores
        .into_iter()
        .filter_map(|s| criteria.iter().find(|c| c.id == s.criterion_id).map(|c| (c.key.clone(), s.score)))
        .collect();
    Ok(Some(ReviewView { scores, comment: r.comment, updated_at: r.updated_at, submitted_at: r.submitted_at }))
}

/// Whether `caller` reviews `nomination` in its current stage, and whether that stage is
/// blind: what attachment downloads need to know.
pub(super) async fn reviewer_access(db: &impl ConnectionTrait, caller: &Caller, nomination_id: Uuid) -> Result<bool> {
    let mine = assignment::Entity::find()
        .filter(assignment::Column::ReviewerId.eq(caller.id))
        .filter(assignment::Column::NominationId.eq(nomination_id))
        .filter(assignment::Column::Status.ne(AssignmentStatus::Recused.as_str()))
        .all(db)
        .await?;
    if mine.is_empty() {
        return Err(Error::NotFound("nomination"));
    }
    let stages: BTreeSet<Uuid> = mine.iter().map(|a| a.stage_id).collect();
    let blind = stage::Entity::find().filter(stage::Column::Id.is_in(stages)).all(db).await?.iter().any(|s| s.blind);
    Ok(blind)
}

// ---------------------------------------------------------------------------------------
// Scores
// ---------------------------------------------------------------------------------------

/// `PUT /assignments/{id}/review`.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReviewDraft {
    #[serde(default)]
    pub scores: BTreeMap<String, f64>,
    pub comment: Option<String>,
}

const COMMENT_LIMIT: usize = 10_000;

fn check_scores(criteria: &[criterion::Model], draft: &ReviewDraft, errors: &mut Vec<FieldError>) {
    for (key, value) in &draft.scores {
        match criteria.iter().find(|c| &c.key == key) {
            None => errors.push(FieldError::new(format!("scores.{key}"), "this rubric has no such criterion")),
            Some(c) if !value.is_finite() || *value < c.min_score || *value > c.max_score => errors.push(
                FieldError::new(format!("scores.{key}"), format!("a score from {} to {}", c.min_score, c.max_score)),
            ),
            Some(_) => {}
        }
    }
    if draft.comment.as_ref().is_some_and(|c| c.chars().count() > COMMENT_LIMIT) {
        errors.push(FieldError::new("comment", format!("at most {COMMENT_LIMIT} characters")));
    }
}

/// The caller's own pending assignment in an active scoring stage.
async fn own_pending(
    db: &impl ConnectionTrait,
    caller: &Caller,
    id: Uuid,
) -> Result<(assignment::Model, StageContext)> {
    caller.require(Role::Reviewer)?;
    let a = visible_assignment(db, caller, id).await?;
    let ctx = stage_context(db, a.stage_id).await?;
    match a.status.parse().map_err(anyhow::Error::new)? {
        AssignmentStatus::Submitted => {
            let at = a.submitted_at.map(|t| format::instant(t, &ctx.cycle.time_zone)).unwrap_or_default();
            return Err(StageError::AlreadySubmitted { at }.into());
        }
        AssignmentStatus::Recused => return Err(StageError::Recused.into()),
        AssignmentStatus::Pending => {}
    }
    ctx.require_active_scoring()?;
    Ok((a, ctx))
}

/// Saves scores and comment; may be repeated until the review is submitted.
///
/// # Errors
/// `Validation` naming each score out of its scale or unknown; `Rule` once submitted,
/// recused, or the stage is not active; `NotFound` for another's assignment.
pub async fn save(
    db: &DatabaseConnection,
    caller: &Caller,
    id: Uuid,
    draft: ReviewDraft,
    now: DateTime<Utc>,
) -> Result<AssignmentDetail> {
    let (a, ctx) = own_pending(db, caller, id).await?;
    let mut errors = Vec::new();
    check_scores(&ctx.criteria, &draft, &mut errors);
    if !errors.is_empty() {
        return Err(Error::Validation(errors));
    }
    let tx = db::begin_write(db).await?;
    let review_id = match review::Entity::find().filter(review::Column::AssignmentId.eq(a.id)).one(&tx).await? {
        Some(r) => {
            let mut active: review::ActiveModel = r.clone().into();
            if let Some(c) = &draft.comment {
                active.comment = Set(c.clone());
            }
            active.updated_at = Set(now);
            active.update(&tx).await?;
            r.id
        }
        None => {
            review::ActiveModel {
                id: Set(Uuid::now_v7()),
                assignment_id: Set(a.id),
                comment: Set(draft.comment.clone().unwrap_or_default()),
                created_at: Set(now),
                updated_at: Set(now),
                submitted_at: Set(None),
            }
            .insert(&tx)
            .await?
            .id
        }
    };
    for (key, value) in &draft.scores {
        let Some(c) = ctx.criteria.iter().find(|c| &c.key == key) else { continue };
        review_score::Entity::delete_many()
            .filter(review_score::Column::ReviewId.eq(review_id))
            .filter(review_score::Column::CriterionId.eq(c.id))
            .exec(&tx)
            .await?;
        review_score::ActiveModel { review_id: Set(review_id), criterion_id: Set(c.id), score: Set(*value) }
            .insert(&tx)
            .await?;
    }
    audit::record(
        &tx,
        &caller.actor(),
        Event::new("review.saved", "assignment", a.id)
            .details(json!({ "scores": draft.scores.keys().collect::<Vec<_>>() })),
        now,
    )
    .await?;
    tx.commit().await?;
    get(db, caller, id).await
}

/// Submits the review: every criterion scored within its scale. Final.
///
/// # Errors
/// `Validation` naming every criterion without a score; the refusals of [`save`].
pub async fn submit(
    db: &DatabaseConnection,
    caller: &Caller,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<AssignmentDetail> {
    let (a, ctx) = own_pending(db, caller, id).await?;
    let stored = review_of(db, a.id, &ctx.criteria).await?;
    let scores = stored.as_ref().map(|r| r.scores.clone()).unwrap_or_default();
    let missing: Vec<FieldError> = ctx
        .criteria
        .iter()
        .filter(|c| !scores.contains_key(&c.key))
        .map(|c| {
            FieldError::new(format!("scores.{}", c.key), format!("\"{}\" needs a score before submitting", c.label))
        })
        .collect();
    if !missing.is_empty() {
        return Err(Error::Validation(missing));
    }
    let tx = db::begin_write(db).await?;
    let done = assignment::Entity::update_many()
        .col_expr(assignment::Column::Status, sea_orm::sea_query::Expr::value(AssignmentStatus::Submitted.as_str()))
        .col_expr(assignment::Column::SubmittedAt, sea_orm::sea_query::Expr::value(now))
        .col_expr(assignment::Column::UpdatedAt, sea_orm::sea_query::Expr::value(now))
        .filter(assignment::Column::Id.eq(a.id))
        .filter(assignment::Column::Status.eq(AssignmentStatus::Pending.as_str()))
        .exec(&tx)
        .await?;
    if done.rows_affected != 1 {
        return Err(StageError::AlreadySubmitted { at: format::instant(now, &ctx.cycle.time_zone) }.into());
    }
    review::Entity::update_many()
        .col_expr(review::Column::SubmittedAt, sea_orm::sea_query::Expr::value(now))
        .filter(review::Column::AssignmentId.eq(a.id))
        .exec(&tx)
        .await?;
    audit::record(
        &tx,
        &caller.actor(),
        Event::new("review.submitted", "assignment", a.id).details(json!({ "scores": scores })),
        now,
    )
    .await?;
    tx.commit().await?;
    get(db, caller, id).await
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
        .exec(&tx)
        .await?;
    if done.rows_affected != 1 {
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
                let message = messages::AssignmentReplaced {
                    name: person.name.clone(),
                    cycle: ctx.cycle.name.clone(),
                    stage: ctx.stage.name.clone(),
                    due: due_text(&ctx),
                    link: format!("{base_url}reviews/{}", row.id),
                };
                mail::enqueue(&tx, &person.email, format!("replacement:{}", row.id), &message, now).await?;
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
    let message = messages::NoReplacement {
        title: n.title.clone(),
        cycle: ctx.cycle.name.clone(),
        stage: ctx.stage.name.clone(),
        why: why.to_owned(),
        link: format!("{base_url}admin/stages/{}", ctx.stage.id),
    };
    for admin in admins {
        mail::enqueue(
            tx,
            &admin.email,
            format!("no-replacement:{}:{}:{}", ctx.stage.id, n.id, now.timestamp_millis()),
            &message,
            now,
        )
        .await?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// A reviewer's desk
// ---------------------------------------------------------------------------------------

/// A stage on a reviewer's list of work.
#[derive(Debug, Clone)]
pub struct StageDesk {
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
    let categories: BTreeMap<Uuid, String> =
        category::Entity::find().all(db).await?.into_iter().map(|c| (c.id, c.name)).collect();
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
    let mut desks = Vec::new();
    for s in stages {
        let Some(c) = cycle::Entity::find_by_id(s.cycle_id).one(db).await? else { continue };
        let mut items = Vec::new();
        for a in mine.iter().filter(|a| a.stage_id == s.id) {
            let Some(n) = nominations.get(&a.nomination_id) else { continue };
            let assignment = AssignmentView::try_from(a.clone())?;
            items.push(DeskItem {
                draft: assignment.status == AssignmentStatus::Pending && drafts.contains(&a.id),
                assignment,
                title: n.title.clone(),
                category: categories.get(&n.category_id).cloned().unwrap_or_default(),
            });
        }
        desks.push(StageDesk {
            name: s.name,
            status: s.status.parse().map_err(anyhow::Error::new)?,
            due_at: s.due_at,
            opened_at: s.opened_at,
            cycle: c.name,
            time_zone: c.time_zone,
            items,
        });
    }
    desks.sort_by_key(|d| (d.status != StageStatus::Active, std::cmp::Reverse(d.opened_at)));
    Ok(desks)
}
