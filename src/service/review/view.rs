//! What a reviewer may see of a nomination: a blind stage hides its member state,
//! institution and nominator from the data itself, not just the page.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use entity::{assignment, attachment, category, criterion, nomination, review, review_score, stage};
use sea_orm::{
    ColumnTrait as _, ConnectionTrait, DatabaseConnection, EntityTrait as _, QueryFilter as _, QueryOrder as _,
};
use serde::Serialize;
use uuid::Uuid;

use super::assignments::AssignmentView;
use super::stage_context;
use crate::domain::definition::Labels;
use crate::domain::review::AssignmentStatus;
use crate::domain::user::Role;
use crate::service::auth::Caller;
use crate::service::cycles::CriterionView;
use crate::service::{Error, Result};

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
    /// A comment on each criterion, by its key.
    pub comments: BTreeMap<String, String>,
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

/// One assignment with everything its reviewer needs to score it. The stage and the
/// nomination are objects here, where a list's `AssignmentView` names them by id; each
/// key is written once.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct AssignmentDetail {
    pub id: Uuid,
    pub reviewer: Uuid,
    pub status: AssignmentStatus,
    pub due_at: Option<DateTime<Utc>>,
    pub replaced_by: Option<Uuid>,
    pub created_at: DateTime<Utc>,
    pub submitted_at: Option<DateTime<Utc>>,
    pub stage: StageInfo,
    pub cycle: String,
    pub time_zone: String,
    pub nomination: ReviewedNomination,
    pub criteria: Vec<CriterionView>,
    pub review: Option<ReviewView>,
    /// What still stands between a pending review and its submission: each criterion
    /// unscored or scored outside its scale. Empty once submitted.
    pub problems: Vec<crate::service::FieldError>,
}

/// The assignment if the caller is its reviewer or an admin; `NotFound` otherwise.
pub(super) async fn visible_assignment(
    db: &impl ConnectionTrait,
    caller: &Caller,
    id: Uuid,
) -> Result<assignment::Model> {
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
    // The cycle's words in the reviewer's language, where its definition has them.
    let (labels, lang) = (Labels::of(&ctx.cycle.definition), crate::i18n::current());
    let nomination = reviewed_nomination(db, &n, blind, &labels, lang).await?;
    let review = review_of(db, a.id, &ctx.criteria).await?;
    let a = AssignmentView::try_from(a)?;
    let problems = if a.status == AssignmentStatus::Pending {
        super::scores::problems(&ctx.criteria, review.as_ref().map(|r| &r.scores))
    } else {
        Vec::new()
    };
    Ok(AssignmentDetail {
        id: a.id,
        reviewer: a.reviewer,
        status: a.status,
        due_at: a.due_at,
        replaced_by: a.replaced_by,
        created_at: a.created_at,
        submitted_at: a.submitted_at,
        stage: StageInfo {
            id: ctx.stage.id,
            key: ctx.stage.key.clone(),
            name: labels.stage(&ctx.stage.key, lang, &ctx.stage.name).to_owned(),
            blind: ctx.stage.blind,
            due_at: ctx.stage.due_at,
        },
        cycle: labels.cycle_name(lang, ctx.cycle.year, &ctx.cycle.name),
        time_zone: ctx.cycle.time_zone.clone(),
        criteria: ctx.criteria.iter().map(|c| CriterionView::read_in(c, &labels, &ctx.stage.key, lang)).collect(),
        nomination,
        review,
        problems,
    })
}

async fn reviewed_nomination(
    db: &impl ConnectionTrait,
    n: &nomination::Model,
    blind: bool,
    labels: &Labels,
    lang: crate::i18n::Lang,
) -> Result<ReviewedNomination> {
    let category = category::Entity::find_by_id(n.category_id)
        .one(db)
        .await?
        .map(|c| labels.category(&c.key, lang, &c.name).to_owned())
        .unwrap_or_default();
    let answers = entity::answer::Entity::find()
        .filter(entity::answer::Column::NominationId.eq(n.id))
        .find_also_related(entity::question::Entity)
        .all(db)
        .await?;
    let mut answers: Vec<(i32, Answer)> = answers
        .into_iter()
        .filter_map(|(a, q)| {
            q.filter(|q| !(blind && labels.withheld(&q.key))).map(|q| {
                let label = labels.question(&q.key, lang, &q.label).to_owned();
                (q.position, Answer { key: q.key, label, value: a.value })
            })
        })
        .collect();
    answers.sort_by_key(|(p, _)| *p);
    // Passages the secretariat withheld, replaced wherever a blind stage shows them.
    let withheld = if blind { crate::service::nominations::redactions_of(db, n.id).await? } else { Vec::new() };
    let mark = crate::i18n::say("review-withheld-passage");
    let hide = |text: &str, field: &str| crate::service::nominations::withhold(text, field, &withheld, &mark);
    for (_, a) in &mut answers {
        a.value = hide(&a.value, &format!("answers.{}", a.key));
    }
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
        title: hide(&n.title, "title"),
        category,
        summary: hide(&n.summary, "summary"),
        answers: answers.into_iter().map(|(_, a)| a).collect(),
        attachments,
        member_state: (!blind).then(|| n.member_state.clone()),
        institution: (!blind).then(|| n.institution.clone()),
    })
}

/// The name a blind stage shows for the `index`th attachment.
pub(in crate::service) fn blind_name(index: usize, content_type: &str) -> String {
    let extension = match content_type {
        "image/png" => "png",
        "image/jpeg" => "jpg",
        _ => "pdf",
    };
    crate::i18n::say_with("review-attachment-name", &[("number", (index + 1).into()), ("extension", extension.into())])
}

pub(super) async fn review_of(
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
    let comments = r.comments.and_then(|c| serde_json::from_value(c).ok()).unwrap_or_default();
    Ok(Some(ReviewView {
        scores,
        comment: r.comment,
        comments,
        updated_at: r.updated_at,
        submitted_at: r.submitted_at,
    }))
}

/// Whether `caller` reviews `nomination` in its current stage, and whether that stage is
/// blind: what attachment downloads need to know.
pub(in crate::service) async fn reviewer_access(
    db: &impl ConnectionTrait,
    caller: &Caller,
    nomination_id: Uuid,
) -> Result<bool> {
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
