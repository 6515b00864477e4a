//! The screening stage: the secretariat checks each nomination against the stage's
//! checklist. A nomination that fails becomes `ineligible` with the reason on record and
//! its focal points are told; one that passes waits for the stage to advance. Instead of
//! deciding, the secretariat may ask the focal points a question with a due date; they
//! edit and resubmit, and the nomination is back in screening.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use entity::{nomination, stage, stage_result, user};
use sea_orm::{
    ActiveModelTrait as _, ActiveValue::Set, ColumnTrait as _, DatabaseConnection, EntityTrait as _, QueryFilter as _,
};
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use super::audit::{self, Event};
use super::auth::Caller;
use super::nominations::{self, NominationView};
use super::review::{StageError, stage_context};
use super::{Error, FieldError, Result};
use crate::db;
use crate::domain::definition::Labels;
use crate::domain::nomination::{NominationError, NominationStatus, OutOfTurn};
use crate::domain::stage::{StageKind, StageOutcome, StageStatus};
use crate::domain::user::Role;
use crate::format;
use crate::mail::{self, messages};

#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ScreeningRequest {
    pub checks: BTreeMap<String, bool>,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Screened {
    pub nomination: Uuid,
    pub passed: bool,
    /// The labels of the checks it failed.
    pub failed: Vec<String>,
    pub status: &'static str,
}

/// The nomination in an active screening stage, for the secretariat.
async fn in_screening(
    db: &DatabaseConnection,
    caller: &Caller,
    id: Uuid,
) -> Result<(nomination::Model, super::review::StageContext)> {
    caller.require_admin()?;
    let n = nomination::Entity::find_by_id(id).one(db).await?.ok_or(Error::NotFound("nomination"))?;
    let stage_id = n.current_stage_id.ok_or(NominationError::OutOfTurn(OutOfTurn::ScreenNotInReview))?;
    let ctx = stage_context(db, stage_id).await?;
    let status: StageStatus = ctx.stage.status.parse().map_err(anyhow::Error::new)?;
    if ctx.stage.kind != StageKind::Screening || status != StageStatus::Active {
        return Err(StageError::NotActive { stage: ctx.stage.name.clone(), status }.into());
    }
    Ok((n, ctx))
}

/// Records the screening of one nomination. Every check of the stage must be answered.
///
/// # Errors
/// `Validation` naming missing or unknown checks; `Rule` outside an active screening
/// stage or for a nomination no longer in review.
pub async fn screen(
    db: &DatabaseConnection,
    caller: &Caller,
    id: Uuid,
    request: ScreeningRequest,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<Screened> {
    let (n, ctx) = in_screening(db, caller, id).await?;
    if n.status != NominationStatus::InReview.as_str() {
        return Err(NominationError::OutOfTurn(OutOfTurn::ScreenAwaitingAnswer).into());
    }
    let mut errors: Vec<FieldError> = ctx
        .criteria
        .iter()
        .filter(|c| !request.checks.contains_key(&c.key))
        .map(|c| {
            FieldError::new(
                format!("checks.{}", c.key),
                crate::i18n::say_with("refusal-check-answer", &[("check", c.label.as_str().into())]),
            )
        })
        .collect();
    errors.extend(
        request
            .checks
            .keys()
            .filter(|k| !ctx.criteria.iter().any(|c| &c.key == *k))
            .map(|k| FieldError::new(format!("checks.{k}"), crate::i18n::say("refusal-no-such-check"))),
    );
    if !errors.is_empty() {
        return Err(Error::Validation(errors));
    }
    let failed: Vec<String> =
        ctx.criteria.iter().filter(|c| request.checks.get(&c.key) == Some(&false)).map(|c| c.label.clone()).collect();
    let passed = failed.is_empty();
    let note = request.note.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned);
    let tx = db::begin_write(db).await?;
    stage_result::Entity::delete_many()
        .filter(stage_result::Column::StageId.eq(ctx.stage.id))
        .filter(stage_result::Column::NominationId.eq(n.id))
        .exec(&tx)
        .await?;
    stage_result::ActiveModel {
        id: Set(Uuid::now_v7()),
        stage_id: Set(ctx.stage.id),
        nomination_id: Set(n.id),
        ranking_group: Set(String::new()),
        score: Set(None),
        rank: Set(None),
        outcome: Set(if passed { StageOutcome::Advanced } else { StageOutcome::Ineligible }.as_str().to_owned()),
        overridden: Set(false),
        rationale: Set(note.clone()),
        details: Set(Some(json!({ "checks": request.checks }))),
        decided_by: Set(Some(caller.id)),
        decided_at: Set(now),
    }
    .insert(&tx)
    .await?;
    let status = if passed {
        NominationStatus::InReview
    } else {
        let reason = match &note {
            Some(note) => format!("{}. {note}", failed.join("; ")),
            None => failed.join("; "),
        };
        let mut active: nomination::ActiveModel = n.clone().into();
        active.status = Set(NominationStatus::Ineligible.as_str().to_owned());
        active.ineligible_reason = Set(Some(reason.clone()));
        active.updated_at = Set(now);
        active.update(&tx).await?;
        let message = messages::NominationIneligible {
            title: n.title.clone(),
            cycle: Labels::of(&ctx.cycle.definition).cycle_names(ctx.cycle.year, &ctx.cycle.name),
            reason,
            link: format!("{base_url}nominations/{}", n.id),
        };
        for person in focal_points(&tx, &n.member_state).await? {
            let key = format!("ineligible:{}:{}", n.id, person.email);
            mail::enqueue(&tx, mail::To::person(&person), key, &message, now).await?;
        }
        NominationStatus::Ineligible
    };
    audit::record(
        &tx,
        &caller.actor(),
        Event::new("nomination.screened", "nomination", n.id)
            .details(json!({ "stage": ctx.stage.id, "passed": passed, "checks": request.checks, "note": note })),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(Screened { nomination: n.id, passed, failed, status: status.as_str() })
}

/// A member state's active focal points, who hear about its nominations.
pub(crate) async fn focal_points(db: &impl sea_orm::ConnectionTrait, state: &str) -> Result<Vec<user::Model>> {
    Ok(user::Entity::find()
        .filter(user::Column::Role.eq(Role::Nominator.as_str()))
        .filter(user::Column::MemberState.eq(state))
        .filter(user::Column::Active.eq(true))
        .all(db)
        .await?)
}

#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ClarificationRequest {
    pub question: String,
    pub due_at: DateTime<Utc>,
}

/// Asks the nomination's focal points a question during screening.
///
/// # Errors
/// `Validation` for an empty question or a due date not in the future; the refusals of
/// [`screen`].
pub async fn ask(
    db: &DatabaseConnection,
    caller: &Caller,
    id: Uuid,
    request: ClarificationRequest,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<NominationView> {
    let (n, ctx) = in_screening(db, caller, id).await?;
    if n.status != NominationStatus::InReview.as_str() {
        return Err(NominationError::OutOfTurn(OutOfTurn::QuestionPending).into());
    }
    let question = request.question.trim();
    let mut errors = Vec::new();
    if question.is_empty() {
        errors.push(FieldError::new("question", crate::i18n::say("refusal-question-empty")));
    }
    if request.due_at <= now {
        errors.push(FieldError::new("due_at", crate::i18n::say("refusal-due-future")));
    }
    if !errors.is_empty() {
        return Err(Error::Validation(errors));
    }
    // The nomination as it stands, for the secretariat to see what the answer changed.
    let before = nominations::snapshot(db, &n).await?;
    let tx = db::begin_write(db).await?;
    let mut active: nomination::ActiveModel = n.clone().into();
    active.status = Set(NominationStatus::ClarificationRequested.as_str().to_owned());
    active.clarification_question = Set(Some(question.to_owned()));
    active.clarification_due_at = Set(Some(request.due_at));
    active.clarification_asked_at = Set(Some(now));
    active.clarification_asked_by = Set(Some(caller.id));
    active.clarification_answer = Set(None);
    active.clarification_answered_at = Set(None);
    active.clarification_before = Set(Some(before));
    active.version = Set(n.version + 1);
    active.updated_at = Set(now);
    active.update(&tx).await?;
    let message = messages::ClarificationRequested {
        title: n.title.clone(),
        cycle: Labels::of(&ctx.cycle.definition).cycle_names(ctx.cycle.year, &ctx.cycle.name),
        question: question.to_owned(),
        due: format::Zoned::new(request.due_at, &ctx.cycle.time_zone),
        link: format!("{base_url}nominations/{}", n.id),
    };
    for person in focal_points(&tx, &n.member_state).await? {
        let key = format!("clarification:{}:{}:{}", n.id, n.version + 1, person.email);
        mail::enqueue(&tx, mail::To::person(&person), key, &message, now).await?;
    }
    audit::record(
        &tx,
        &caller.actor(),
        Event::new("nomination.clarification_requested", "nomination", n.id)
            .details(json!({ "question": question, "due_at": request.due_at })),
        now,
    )
    .await?;
    tx.commit().await?;
    nominations::get(db, caller, id, now).await
}

/// The screening stage's advancement: every nomination still in it must have passed.
pub(super) async fn unscreened(db: &impl sea_orm::ConnectionTrait, stage: &stage::Model) -> Result<Vec<String>> {
    let waiting = nomination::Entity::find()
        .filter(nomination::Column::CurrentStageId.eq(stage.id))
        .filter(
            nomination::Column::Status
                .is_in([NominationStatus::InReview.as_str(), NominationStatus::ClarificationRequested.as_str()]),
        )
        .all(db)
        .await?;
    let passed: Vec<Uuid> = stage_result::Entity::find()
        .filter(stage_result::Column::StageId.eq(stage.id))
        .filter(stage_result::Column::Outcome.eq(StageOutcome::Advanced.as_str()))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.nomination_id)
        .collect();
    Ok(waiting
        .into_iter()
        .filter(|n| n.status != NominationStatus::InReview.as_str() || !passed.contains(&n.id))
        .map(|n| {
            if n.status == NominationStatus::InReview.as_str() {
                crate::i18n::say_with("unsettled-not-screened", &[("title", n.title.as_str().into())])
            } else {
                crate::i18n::say_with("unsettled-clarification", &[("title", n.title.as_str().into())])
            }
        })
        .collect())
}

/// A nomination in a screening stage, with the screening recorded so far.
#[derive(Debug, Clone)]
pub struct QueueItem {
    pub id: Uuid,
    pub title: String,
    pub member_state: String,
    pub status: NominationStatus,
    /// `Some(true)` passed, `Some(false)` failed, `None` not yet screened.
    pub passed: Option<bool>,
    /// The question asked, the focal point's answer once given, and what they changed
    /// with it (each change with its field's label).
    pub clarification: Option<nominations::Clarification>,
    pub changes: Vec<(String, nominations::Change)>,
}

/// The screening stage's nominations: those still in it, those awaiting clarification,
/// and those it found ineligible.
///
/// # Errors
/// `Forbidden` for non-admins.
pub async fn queue(db: &DatabaseConnection, caller: &Caller, stage_id: Uuid) -> Result<Vec<QueueItem>> {
    use sea_orm::QueryOrder as _;
    caller.require_admin()?;
    let results = stage_result::Entity::find().filter(stage_result::Column::StageId.eq(stage_id)).all(db).await?;
    let nominations = nomination::Entity::find()
        .filter(nomination::Column::CurrentStageId.eq(stage_id))
        .order_by_asc(nomination::Column::Title)
        .all(db)
        .await?;
    // What answered questions changed, read only for the nominations that have one.
    let answered: Vec<nomination::Model> =
        nominations.iter().filter(|n| n.clarification_answer.is_some()).cloned().collect();
    let mut changes: BTreeMap<Uuid, Vec<(String, nominations::Change)>> = BTreeMap::new();
    if let Some(first) = answered.first() {
        let cycle = entity::cycle::Entity::find_by_id(first.cycle_id).one(db).await?.ok_or(Error::NotFound("cycle"))?;
        let labels = Labels::of(&cycle.definition);
        let questions =
            entity::question::Entity::find().filter(entity::question::Column::CycleId.eq(cycle.id)).all(db).await?;
        let befores: BTreeMap<Uuid, Option<serde_json::Value>> =
            answered.iter().map(|n| (n.id, n.clarification_before.clone())).collect();
        for v in nominations::views(db, answered).await? {
            let found = nominations::changes(befores.get(&v.id).and_then(Option::as_ref), &v);
            changes.insert(v.id, super::dossier::labelled(found, &questions, &labels, crate::i18n::current()));
        }
    }
    nominations
        .into_iter()
        .map(|n| {
            let passed = results.iter().find(|r| r.nomination_id == n.id).map(|r| r.outcome == StageOutcome::Advanced);
            Ok(QueueItem {
                status: n.status.parse().map_err(anyhow::Error::new)?,
                id: n.id,
                clarification: nominations::Clarification::of(&n),
                changes: changes.remove(&n.id).unwrap_or_default(),
                title: n.title,
                member_state: n.member_state,
                passed,
            })
        })
        .collect()
}
