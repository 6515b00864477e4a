//! The scores a reviewer saves and submits.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use entity::{assignment, criterion, review, review_score};
use sea_orm::{
    ActiveModelTrait as _, ActiveValue::Set, ColumnTrait as _, ConnectionTrait, DatabaseConnection,
    DatabaseTransaction, EntityTrait as _, QueryFilter as _,
};
use serde::Deserialize;
use serde_json::json;
use uuid::Uuid;

use super::view::{AssignmentDetail, get, review_of, visible_assignment};
use super::{StageContext, StageError, stage_context};
use crate::db::{self, UpdateOne as _};
use crate::domain::review::AssignmentStatus;
use crate::domain::user::Role;
use crate::format;
use crate::service::audit::{self, Event};
use crate::service::auth::Caller;
use crate::service::{Error, FieldError, Result};

/// `PUT /assignments/{id}/review`.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReviewDraft {
    #[serde(default)]
    pub scores: BTreeMap<String, f64>,
    pub comment: Option<String>,
    /// A comment on each criterion, by its key; an empty one removes it. Criteria not
    /// named keep theirs.
    #[serde(default)]
    pub comments: BTreeMap<String, String>,
}

const COMMENT_LIMIT: usize = 10_000;

/// What a save refuses: only what cannot be kept (a criterion the stage does not have,
/// a score that is not a number, a comment past its length). A score outside its scale
/// is kept in the draft and listed among its [`problems`], so a juror's work is never
/// thrown back at them half-typed.
fn check_scores(criteria: &[criterion::Model], draft: &ReviewDraft, errors: &mut Vec<FieldError>) {
    for (key, value) in &draft.scores {
        match criteria.iter().find(|c| &c.key == key) {
            None => {
                errors.push(FieldError::new(format!("scores.{key}"), crate::i18n::say("refusal-no-such-criterion")))
            }
            Some(_) if !value.is_finite() => {
                errors.push(FieldError::new(format!("scores.{key}"), crate::i18n::say("refusal-score-number")))
            }
            Some(_) => {}
        }
    }
    let long = |text: &str| text.chars().count() > COMMENT_LIMIT;
    if draft.comment.as_deref().is_some_and(long) {
        errors.push(FieldError::new(
            "comment",
            crate::i18n::say_with("refusal-comment-long", &[("limit", COMMENT_LIMIT.into())]),
        ));
    }
    for (key, text) in &draft.comments {
        let field = format!("comments.{key}");
        if !criteria.iter().any(|c| &c.key == key) {
            errors.push(FieldError::new(field, crate::i18n::say("refusal-no-such-criterion")));
        } else if long(text) {
            errors.push(FieldError::new(
                field,
                crate::i18n::say_with("refusal-comment-long", &[("limit", COMMENT_LIMIT.into())]),
            ));
        }
    }
}

/// Every criterion a review cannot yet be submitted for, in the rubric's order: not
/// scored, or scored outside its scale. One list for the draft's `problems` and the
/// refusal of `submit`, each naming the criterion by its field.
pub(super) fn problems(criteria: &[criterion::Model], scores: Option<&BTreeMap<String, f64>>) -> Vec<FieldError> {
    criteria
        .iter()
        .filter_map(|c| {
            let field = format!("scores.{}", c.key);
            match scores.and_then(|s| s.get(&c.key)) {
                None => Some(FieldError::new(field, crate::i18n::say("refusal-required"))),
                Some(v) if *v < c.min_score || *v > c.max_score => Some(FieldError::new(
                    field,
                    crate::i18n::say_with(
                        "refusal-score-range",
                        &[("min", c.min_score.into()), ("max", c.max_score.into())],
                    ),
                )),
                Some(_) => None,
            }
        })
        .collect()
}

/// The stored comments by criterion with `changes` applied: an empty text removes one.
fn merged_comments(stored: Option<&serde_json::Value>, changes: &BTreeMap<String, String>) -> serde_json::Value {
    let mut comments: BTreeMap<String, String> =
        stored.and_then(|c| serde_json::from_value(c.clone()).ok()).unwrap_or_default();
    for (key, text) in changes {
        if text.trim().is_empty() {
            comments.remove(key);
        } else {
            comments.insert(key.clone(), text.clone());
        }
    }
    json!(comments)
}

/// The caller's own pending assignment in an active scoring stage.
pub(super) async fn own_pending(
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

/// The refusal for an assignment found no longer pending inside a write transaction.
async fn no_longer_pending(tx: &DatabaseTransaction, id: Uuid, ctx: &StageContext) -> Error {
    match assignment::Entity::find_by_id(id).one(tx).await {
        Ok(Some(a)) if a.status == AssignmentStatus::Recused => StageError::Recused.into(),
        Ok(Some(a)) => {
            let at = a.submitted_at.map(|t| format::instant(t, &ctx.cycle.time_zone)).unwrap_or_default();
            StageError::AlreadySubmitted { at }.into()
        }
        Ok(None) => Error::NotFound("assignment"),
        Err(e) => e.into(),
    }
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
    // The check above was read outside this transaction; a submit may have landed since.
    // Touching the assignment on condition that it is still pending both re-checks and
    // holds its row, so a submit racing this save waits for it (or this save for it).
    let still_pending = assignment::Entity::update_many()
        .col_expr(assignment::Column::UpdatedAt, sea_orm::sea_query::Expr::value(now))
        .filter(assignment::Column::Id.eq(a.id))
        .filter(assignment::Column::Status.eq(AssignmentStatus::Pending.as_str()))
        .changed_one(&tx)
        .await?;
    if !still_pending {
        return Err(no_longer_pending(&tx, a.id, &ctx).await);
    }
    let review_id = match review::Entity::find().filter(review::Column::AssignmentId.eq(a.id)).one(&tx).await? {
        Some(r) => {
            let mut active: review::ActiveModel = r.clone().into();
            if let Some(c) = &draft.comment {
                active.comment = Set(c.clone());
            }
            if !draft.comments.is_empty() {
                active.comments = Set(Some(merged_comments(r.comments.as_ref(), &draft.comments)));
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
                comments: Set(Some(merged_comments(None, &draft.comments))),
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
    let tx = db::begin_write(db).await?;
    // Claim first, then read the scores in the same transaction: the claim holds the
    // assignment's row, so a save racing this submit has either committed (and its
    // scores are read here) or waits and then finds the review submitted. What the audit
    // records is exactly what the ranking will read.
    let done = assignment::Entity::update_many()
        .col_expr(assignment::Column::Status, sea_orm::sea_query::Expr::value(AssignmentStatus::Submitted.as_str()))
        .col_expr(assignment::Column::SubmittedAt, sea_orm::sea_query::Expr::value(now))
        .col_expr(assignment::Column::UpdatedAt, sea_orm::sea_query::Expr::value(now))
        .filter(assignment::Column::Id.eq(a.id))
        .filter(assignment::Column::Status.eq(AssignmentStatus::Pending.as_str()))
        .changed_one(&tx)
        .await?;
    if !done {
        return Err(no_longer_pending(&tx, a.id, &ctx).await);
    }
    let stored = review_of(&tx, a.id, &ctx.criteria).await?;
    let scores = stored.as_ref().map(|r| r.scores.clone()).unwrap_or_default();
    let missing = problems(&ctx.criteria, Some(&scores));
    if !missing.is_empty() {
        // Dropping the transaction undoes the claim.
        return Err(Error::Validation(missing));
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
