//! A member state's nominations, from draft to submitted, withdrawn, and edited while
//! the cycle is open. Every use case checks the deadline against `now` itself, so the
//! millisecond after `closes_at` is refused whatever the clock job has done.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use entity::{answer, category, cycle, member_state, nomination, question, user};
use sea_orm::{
    ActiveModelTrait as _, ActiveValue::Set, ColumnTrait as _, ConnectionTrait, DatabaseConnection,
    DatabaseTransaction, EntityTrait as _, PaginatorTrait as _, QueryFilter as _, QueryOrder as _, QuerySelect as _,
};
use serde_json::json;
use uuid::Uuid;

use super::attachments::{self, AttachmentView};
use super::audit::{self, Event};
use super::auth::Caller;
use super::{Error, FieldError, Result};
use crate::db;
use crate::domain::cycle::{Phase, Timeline};
use crate::domain::nomination::{
    Action, COUNTS_TOWARD_QUOTA, FIXED_FIELDS, NominationError, NominationStatus, Question, check_action, check_answer,
};
use crate::domain::user::Role;
use crate::format;
use crate::mail::{self, messages};

/// What a focal point sends to create or change a nomination. Absent fields stay.
#[derive(Debug, Clone, Default, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    pub category: Option<String>,
    pub title: Option<String>,
    pub institution: Option<String>,
    pub summary: Option<String>,
    #[serde(default)]
    pub answers: BTreeMap<String, String>,
}

/// A nomination as its member state and the secretariat see it.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct NominationView {
    pub id: Uuid,
    pub cycle: Uuid,
    pub category: String,
    pub member_state: String,
    pub title: String,
    pub institution: String,
    pub summary: String,
    pub status: &'static str,
    pub version: i32,
    pub answers: BTreeMap<String, String>,
    pub attachments: Vec<AttachmentView>,
    /// The secretariat's question while the status is `clarification_requested`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clarification: Option<Clarification>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ineligible_reason: Option<String>,
    pub submitted_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct Clarification {
    pub question: String,
    pub due_at: Option<DateTime<Utc>>,
}

/// The cycle a nomination belongs to, with the clock's verdict on it.
pub(super) struct Window {
    pub cycle: cycle::Model,
    pub phase: Phase,
}

pub(super) async fn window(db: &impl ConnectionTrait, cycle_id: Uuid, now: DateTime<Utc>) -> Result<Window> {
    let cycle = cycle::Entity::find_by_id(cycle_id).one(db).await?.ok_or(Error::NotFound("cycle"))?;
    let stored = cycle.phase.parse::<Phase>().map_err(anyhow::Error::msg)?;
    let phase = Timeline { opens_at: cycle.opens_at, closes_at: cycle.closes_at, publish_at: cycle.publish_at }
        .phase_at(stored, now);
    Ok(Window { cycle, phase })
}

impl Window {
    /// The focal points' window: open, to the millisecond.
    pub(super) fn require_open(&self) -> Result<()> {
        match self.phase {
            Phase::Open => Ok(()),
            Phase::Draft => {
                Err(NominationError::NotOpenYet { opens: format::instant(self.cycle.opens_at, &self.cycle.time_zone) }
                    .into())
            }
            _ => Err(NominationError::DeadlinePassed {
                closes: format::instant(self.cycle.closes_at, &self.cycle.time_zone),
            }
            .into()),
        }
    }
}

/// The one finder: a nomination the caller may see, or `NotFound` (never `Forbidden`:
/// another state's nominations are not even known to exist).
pub(super) async fn find_visible(db: &impl ConnectionTrait, caller: &Caller, id: Uuid) -> Result<nomination::Model> {
    let found = nomination::Entity::find_by_id(id).one(db).await?.ok_or(Error::NotFound("nomination"))?;
    let visible = match caller.role {
        Role::Admin => true,
        Role::Nominator => caller.member_state.as_deref() == Some(found.member_state.as_str()),
        Role::Reviewer => false,
    };
    if visible { Ok(found) } else { Err(Error::NotFound("nomination")) }
}

/// The nomination a focal point acts on: their state's, in a cycle open at `now`, in
/// a status that allows `action`.
pub(super) async fn for_action(
    db: &DatabaseConnection,
    caller: &Caller,
    id: Uuid,
    action: Action,
    now: DateTime<Utc>,
) -> Result<(nomination::Model, NominationStatus)> {
    caller.require(Role::Nominator)?;
    let found = find_visible(db, caller, id).await?;
    let status = status_of(&found)?;
    if status == NominationStatus::ClarificationRequested {
        // Screening has asked a question: the focal point answers by the date it set,
        // whatever the cycle's own deadline.
        let window = window(db, found.cycle_id, now).await?;
        if let Some(due) = found.clarification_due_at
            && now > due
        {
            return Err(
                NominationError::ClarificationOverdue { due: format::instant(due, &window.cycle.time_zone) }.into()
            );
        }
    } else {
        window(db, found.cycle_id, now).await?.require_open()?;
    }
    check_action(status, action)?;
    Ok((found, status))
}

/// Holds the nomination's row until the transaction ends, so changes that depend on
/// what it already has (its attachment count, say) are serialised.
pub(super) async fn lock(tx: &DatabaseTransaction, id: Uuid) -> Result<()> {
    nomination::Entity::find_by_id(id).lock_exclusive().one(tx).await?.ok_or(Error::NotFound("nomination"))?;
    Ok(())
}

fn status_of(n: &nomination::Model) -> Result<NominationStatus> {
    Ok(n.status.parse::<NominationStatus>().map_err(anyhow::Error::msg)?)
}

pub(super) async fn questions(db: &impl ConnectionTrait, cycle_id: Uuid) -> Result<Vec<(Uuid, Question)>> {
    question::Entity::find()
        .filter(question::Column::CycleId.eq(cycle_id))
        .order_by_asc(question::Column::Position)
        .all(db)
        .await?
        .into_iter()
        .map(|q| {
            let choices = q
                .choices
                .as_ref()
                .and_then(|c| serde_json::from_value::<Vec<String>>(c.clone()).ok())
                .unwrap_or_default();
            Ok((
                q.id,
                Question {
                    key: q.key,
                    label: q.label,
                    help: q.help,
                    kind: q.kind.parse().map_err(anyhow::Error::new)?,
                    required: q.required,
                    max_length: q.max_length,
                    choices,
                },
            ))
        })
        .collect()
}

/// Checks the answers given against the form; unknown keys and bad values are named.
fn check_answers(form: &[(Uuid, Question)], answers: &BTreeMap<String, String>, errors: &mut Vec<FieldError>) {
    for (key, value) in answers {
        match form.iter().find(|(_, q)| &q.key == key) {
            None => errors.push(FieldError::new(format!("answers.{key}"), "this form has no such question")),
            Some((_, q)) => {
                if let Err(m) = check_answer(q, value) {
                    errors.push(FieldError::new(format!("answers.{key}"), m));
                }
            }
        }
    }
}

fn check_fixed_fields(draft: &Draft, errors: &mut Vec<FieldError>) {
    for field in FIXED_FIELDS {
        let value = match field.name {
            "title" => draft.title.as_ref(),
            "institution" => draft.institution.as_ref(),
            _ => draft.summary.as_ref(),
        };
        if value.is_some_and(|v| v.chars().count() > field.max_chars) {
            errors.push(FieldError::new(field.name, format!("at most {} characters", field.max_chars)));
        }
    }
}

/// Creates a draft for the caller's member state.
///
/// # Errors
/// `Forbidden` for anyone but a nominator; `Rule` when the cycle is not open;
/// `Validation` for an unknown category or bad answers.
pub async fn create(
    db: &DatabaseConnection,
    caller: &Caller,
    cycle_id: Uuid,
    draft: Draft,
    now: DateTime<Utc>,
) -> Result<NominationView> {
    caller.require(Role::Nominator)?;
    let state =
        caller.member_state.clone().ok_or_else(|| Error::Forbidden("your account acts for no member state".into()))?;
    let window = window(db, cycle_id, now).await?;
    window.require_open()?;
    let mut errors = Vec::new();
    let category = match draft.category.as_deref() {
        Some(key) => {
            let found = category::Entity::find()
                .filter(category::Column::CycleId.eq(cycle_id))
                .filter(category::Column::Key.eq(key))
                .one(db)
                .await?;
            if found.is_none() {
                errors.push(FieldError::new("category", format!("'{key}' is not a category of this cycle")));
            }
            found
        }
        None => {
            errors.push(FieldError::new("category", "choose the category"));
            None
        }
    };
    let title = draft.title.clone().unwrap_or_default();
    if title.trim().is_empty() {
        errors.push(FieldError::new("title", "a draft needs at least a title"));
    }
    check_fixed_fields(&draft, &mut errors);
    let form = questions(db, cycle_id).await?;
    check_answers(&form, &draft.answers, &mut errors);
    let (Some(category), true) = (category, errors.is_empty()) else { return Err(Error::Validation(errors)) };

    let tx = db::begin_write(db).await?;
    let id = Uuid::now_v7();
    nomination::ActiveModel {
        id: Set(id),
        cycle_id: Set(cycle_id),
        category_id: Set(category.id),
        member_state: Set(state),
        created_by: Set(caller.id),
        title: Set(title.trim().to_owned()),
        institution: Set(draft.institution.unwrap_or_default().trim().to_owned()),
        summary: Set(draft.summary.unwrap_or_default()),
        status: Set(NominationStatus::Draft.as_str().to_owned()),
        version: Set(1),
        current_stage_id: Set(None),
        clarification_question: Set(None),
        clarification_due_at: Set(None),
        ineligible_reason: Set(None),
        submitted_at: Set(None),
        withdrawn_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&tx)
    .await?;
    save_answers(&tx, id, &form, &draft.answers).await?;
    audit::record(
        &tx,
        &caller.actor(),
        Event::new("nomination.created", "nomination", id).details(json!({ "title": title.trim() })),
        now,
    )
    .await?;
    tx.commit().await?;
    get(db, caller, id).await
}

async fn save_answers(
    tx: &DatabaseTransaction,
    nomination_id: Uuid,
    form: &[(Uuid, Question)],
    answers: &BTreeMap<String, String>,
) -> Result<()> {
    for (key, value) in answers {
        let Some((question_id, _)) = form.iter().find(|(_, q)| &q.key == key) else { continue };
        answer::Entity::delete_many()
            .filter(answer::Column::NominationId.eq(nomination_id))
            .filter(answer::Column::QuestionId.eq(*question_id))
            .exec(tx)
            .await?;
        if !value.trim().is_empty() {
            answer::ActiveModel {
                id: Set(Uuid::now_v7()),
                nomination_id: Set(nomination_id),
                question_id: Set(*question_id),
                value: Set(value.trim().to_owned()),
            }
            .insert(tx)
            .await?;
        }
    }
    Ok(())
}

/// One nomination.
///
/// # Errors
/// `NotFound` for no such nomination or one of another member state.
pub async fn get(db: &DatabaseConnection, caller: &Caller, id: Uuid) -> Result<NominationView> {
    let n = find_visible(db, caller, id).await?;
    view(db, n).await
}

async fn view(db: &impl ConnectionTrait, n: nomination::Model) -> Result<NominationView> {
    let category = category::Entity::find_by_id(n.category_id).one(db).await?.map(|c| c.key).unwrap_or_default();
    let rows = answer::Entity::find()
        .filter(answer::Column::NominationId.eq(n.id))
        .find_also_related(question::Entity)
        .all(db)
        .await?;
    let answers = rows.into_iter().filter_map(|(a, q)| q.map(|q| (q.key, a.value))).collect();
    let attachments = attachments::of(db, n.id).await?;
    Ok(NominationView {
        id: n.id,
        cycle: n.cycle_id,
        category,
        member_state: n.member_state,
        title: n.title,
        institution: n.institution,
        summary: n.summary,
        status: status_of_str(&n.status),
        version: n.version,
        answers,
        attachments,
        clarification: (n.status == NominationStatus::ClarificationRequested.as_str()).then(|| Clarification {
            question: n.clarification_question.clone().unwrap_or_default(),
            due_at: n.clarification_due_at,
        }),
        ineligible_reason: n.ineligible_reason.clone(),
        submitted_at: n.submitted_at,
        created_at: n.created_at,
        updated_at: n.updated_at,
    })
}

fn status_of_str(s: &str) -> &'static str {
    s.parse::<NominationStatus>().map_or("unknown", NominationStatus::as_str)
}

/// Nominations the caller may see: a nominator their state's, an admin all.
///
/// # Errors
/// `Forbidden` for reviewers (they see nominations through their assignments).
pub async fn list(
    db: &DatabaseConnection,
    caller: &Caller,
    cycle: Option<Uuid>,
    status: Option<&str>,
) -> Result<Vec<NominationView>> {
    let mut query = nomination::Entity::find().order_by_asc(nomination::Column::CreatedAt);
    match caller.role {
        Role::Admin => {}
        Role::Nominator => {
            query = query.filter(nomination::Column::MemberState.eq(caller.member_state.clone().unwrap_or_default()));
        }
        Role::Reviewer => return Err(Error::Forbidden("reviewers see nominations through their assignments".into())),
    }
    if let Some(cycle) = cycle {
        query = query.filter(nomination::Column::CycleId.eq(cycle));
    }
    if let Some(status) = status {
        query = query.filter(nomination::Column::Status.eq(status));
    }
    let mut out = Vec::new();
    for n in query.all(db).await? {
        out.push(view(db, n).await?);
    }
    Ok(out)
}

/// Changes a draft, or a submitted nomination while the cycle is open (recorded, and
/// the state's focal points told).
///
/// # Errors
/// `NotFound`; `VersionMismatch` for a stale `if_match`; `Rule` for the deadline or
/// status; `Validation` for bad fields.
pub async fn update(
    db: &DatabaseConnection,
    caller: &Caller,
    id: Uuid,
    draft: Draft,
    if_match: Option<i32>,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<NominationView> {
    let (found, status) = for_action(db, caller, id, Action::Edit, now).await?;
    let mut errors = Vec::new();
    if draft.category.is_some() {
        errors.push(FieldError::new("category", "a nomination stays in its category; withdraw it and start another"));
    }
    if draft.title.as_ref().is_some_and(|t| t.trim().is_empty()) {
        errors.push(FieldError::new("title", "the title cannot be empty"));
    }
    check_fixed_fields(&draft, &mut errors);
    let form = questions(db, found.cycle_id).await?;
    check_answers(&form, &draft.answers, &mut errors);
    if !errors.is_empty() {
        return Err(Error::Validation(errors));
    }
    // A save that changes nothing (a second click, an autosave after a pause) writes
    // nothing: no new version, no audit event, no receipt to the state's focal points.
    let stored = view(db, found.clone()).await?;
    let same = |new: &Option<String>, old: &str, trim: bool| {
        new.as_ref().is_none_or(|v| if trim { v.trim() == old } else { v == old })
    };
    let unchanged = same(&draft.title, &stored.title, true)
        && same(&draft.institution, &stored.institution, true)
        && same(&draft.summary, &stored.summary, false)
        && draft.answers.iter().all(|(k, v)| stored.answers.get(k).map_or("", String::as_str) == v.trim());
    if unchanged {
        return match if_match {
            Some(v) if v != found.version => Err(Error::VersionMismatch { current: found.version }),
            _ => Ok(stored),
        };
    }

    let tx = db::begin_write(db).await?;
    // The version is checked and bumped in one statement, so of two simultaneous
    // edits exactly one wins and the other learns it is stale.
    let expected = if_match.unwrap_or(found.version);
    let mut bump = nomination::Entity::update_many()
        .col_expr(nomination::Column::Version, sea_orm::sea_query::Expr::value(expected + 1))
        .col_expr(nomination::Column::UpdatedAt, sea_orm::sea_query::Expr::value(now))
        .filter(nomination::Column::Id.eq(id))
        .filter(nomination::Column::Version.eq(expected))
        .filter(nomination::Column::Status.eq(found.status.clone()));
    if let Some(t) = &draft.title {
        bump = bump.col_expr(nomination::Column::Title, sea_orm::sea_query::Expr::value(t.trim()));
    }
    if let Some(i) = &draft.institution {
        bump = bump.col_expr(nomination::Column::Institution, sea_orm::sea_query::Expr::value(i.trim()));
    }
    if let Some(s) = &draft.summary {
        bump = bump.col_expr(nomination::Column::Summary, sea_orm::sea_query::Expr::value(s.clone()));
    }
    if bump.exec(&tx).await?.rows_affected != 1 {
        let current = nomination::Entity::find_by_id(id).one(&tx).await?.map_or(found.version, |n| n.version);
        return Err(Error::VersionMismatch { current });
    }
    save_answers(&tx, id, &form, &draft.answers).await?;
    let changed: Vec<&str> = [
        ("title", draft.title.is_some()),
        ("institution", draft.institution.is_some()),
        ("summary", draft.summary.is_some()),
    ]
    .into_iter()
    .filter(|(_, c)| *c)
    .map(|(f, _)| f)
    .chain(draft.answers.keys().map(String::as_str))
    .collect();
    audit::record(
        &tx,
        &caller.actor(),
        Event::new("nomination.edited", "nomination", id)
            .details(json!({ "fields": changed, "version": expected + 1 })),
        now,
    )
    .await?;
    if status == NominationStatus::Submitted {
        receipt(&tx, caller, id, messages::ReceiptKind::Edited, base_url, now).await?;
    }
    tx.commit().await?;
    get(db, caller, id).await
}

/// Submits a draft: the cycle is open, every required field and answer is there, and
/// the state has room in the category's quota. Emails a receipt to the state's focal points.
///
/// # Errors
/// `Rule(DeadlinePassed | QuotaExceeded | InvalidState)`; `Validation` naming each
/// missing field; `NotFound`.
pub async fn submit(
    db: &DatabaseConnection,
    caller: &Caller,
    id: Uuid,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<NominationView> {
    let (found, status) = for_action(db, caller, id, Action::Submit, now).await?;
    let form = questions(db, found.cycle_id).await?;
    let given: BTreeMap<String, String> = view(db, found.clone()).await?.answers;
    let mut errors = Vec::new();
    for (field, value) in [("title", &found.title), ("institution", &found.institution), ("summary", &found.summary)] {
        if value.trim().is_empty() {
            errors.push(FieldError::new(field, "required before submitting"));
        }
    }
    for (_, q) in &form {
        let answer = given.get(&q.key).map(|v| v.trim()).unwrap_or_default();
        if q.required && answer.is_empty() {
            errors.push(FieldError::new(
                format!("answers.{}", q.key),
                format!("\"{}\" needs an answer before submitting", q.label),
            ));
        } else if let Err(m) = check_answer(q, answer) {
            errors.push(FieldError::new(format!("answers.{}", q.key), m));
        }
    }
    let required = window(db, found.cycle_id, now).await?.cycle.min_attachments;
    if attachments::count(db, id).await? < u64::try_from(required).unwrap_or(0) {
        errors.push(FieldError::new(
            "attachments",
            format!(
                "attach at least {required} supporting document{} before submitting",
                if required == 1 { "" } else { "s" }
            ),
        ));
    }
    if !errors.is_empty() {
        return Err(Error::Validation(errors));
    }

    if status == NominationStatus::ClarificationRequested {
        return resubmit(db, caller, &found, base_url, now).await;
    }

    let tx = db::begin_write(db).await?;
    // Lock the category row: two focal points of one state submitting at the same
    // moment are serialised here, so the count below cannot be stale (on SQLite the
    // write transaction already serialises them).
    let category = category::Entity::find_by_id(found.category_id)
        .lock_exclusive()
        .one(&tx)
        .await?
        .ok_or(Error::NotFound("category"))?;
    // Re-check the clock inside the transaction: the deadline may have passed while
    // waiting for the lock.
    window(&tx, found.cycle_id, now).await?.require_open()?;
    let used = nomination::Entity::find()
        .filter(nomination::Column::CategoryId.eq(category.id))
        .filter(nomination::Column::MemberState.eq(found.member_state.clone()))
        .filter(nomination::Column::Status.is_in(COUNTS_TOWARD_QUOTA.map(NominationStatus::as_str)))
        .count(&tx)
        .await?;
    if used >= u64::try_from(category.max_per_state).unwrap_or(0) {
        let state = member_state::Entity::find_by_id(found.member_state.clone())
            .one(&tx)
            .await?
            .map_or(found.member_state.clone(), |s| s.name);
        return Err(NominationError::QuotaExceeded { state, max: category.max_per_state }.into());
    }
    let claimed = nomination::Entity::update_many()
        .col_expr(nomination::Column::Status, sea_orm::sea_query::Expr::value(NominationStatus::Submitted.as_str()))
        .col_expr(nomination::Column::SubmittedAt, sea_orm::sea_query::Expr::value(now))
        .col_expr(nomination::Column::Version, sea_orm::sea_query::Expr::value(found.version + 1))
        .col_expr(nomination::Column::UpdatedAt, sea_orm::sea_query::Expr::value(now))
        .filter(nomination::Column::Id.eq(id))
        .filter(nomination::Column::Status.eq(NominationStatus::Draft.as_str()))
        .exec(&tx)
        .await?;
    if claimed.rows_affected != 1 {
        return Err(NominationError::InvalidState { status: "submitted", action: "submitted" }.into());
    }
    audit::record(&tx, &caller.actor(), Event::new("nomination.submitted", "nomination", id), now).await?;
    receipt(&tx, caller, id, messages::ReceiptKind::Submitted, base_url, now).await?;
    tx.commit().await?;
    get(db, caller, id).await
}

/// A clarified nomination goes back to screening, where it was.
async fn resubmit(
    db: &DatabaseConnection,
    caller: &Caller,
    found: &nomination::Model,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<NominationView> {
    let tx = db::begin_write(db).await?;
    let done = nomination::Entity::update_many()
        .col_expr(nomination::Column::Status, sea_orm::sea_query::Expr::value(NominationStatus::InReview.as_str()))
        .col_expr(nomination::Column::Version, sea_orm::sea_query::Expr::value(found.version + 1))
        .col_expr(nomination::Column::UpdatedAt, sea_orm::sea_query::Expr::value(now))
        .filter(nomination::Column::Id.eq(found.id))
        .filter(nomination::Column::Status.eq(NominationStatus::ClarificationRequested.as_str()))
        .exec(&tx)
        .await?;
    if done.rows_affected != 1 {
        return Err(Error::VersionMismatch { current: found.version + 1 });
    }
    audit::record(&tx, &caller.actor(), Event::new("nomination.resubmitted", "nomination", found.id), now).await?;
    receipt(&tx, caller, found.id, messages::ReceiptKind::Submitted, base_url, now).await?;
    tx.commit().await?;
    get(db, caller, found.id).await
}

/// Withdraws a draft or submitted nomination while the cycle is open.
///
/// # Errors
/// `Rule(DeadlinePassed | InvalidState)`; `NotFound`.
pub async fn withdraw(
    db: &DatabaseConnection,
    caller: &Caller,
    id: Uuid,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<NominationView> {
    let (found, status) = for_action(db, caller, id, Action::Withdraw, now).await?;
    let tx = db::begin_write(db).await?;
    let done = nomination::Entity::update_many()
        .col_expr(nomination::Column::Status, sea_orm::sea_query::Expr::value(NominationStatus::Withdrawn.as_str()))
        .col_expr(nomination::Column::WithdrawnAt, sea_orm::sea_query::Expr::value(now))
        .col_expr(nomination::Column::Version, sea_orm::sea_query::Expr::value(found.version + 1))
        .col_expr(nomination::Column::UpdatedAt, sea_orm::sea_query::Expr::value(now))
        .filter(nomination::Column::Id.eq(id))
        .filter(nomination::Column::Status.eq(found.status.clone()))
        .exec(&tx)
        .await?;
    if done.rows_affected != 1 {
        return Err(Error::VersionMismatch { current: found.version + 1 });
    }
    audit::record(&tx, &caller.actor(), Event::new("nomination.withdrawn", "nomination", id), now).await?;
    if status == NominationStatus::Submitted {
        receipt(&tx, caller, id, messages::ReceiptKind::Withdrawn, base_url, now).await?;
    }
    tx.commit().await?;
    get(db, caller, id).await
}

/// Queues a receipt to every active focal point of the nomination's member state.
pub(super) async fn receipt(
    tx: &DatabaseTransaction,
    caller: &Caller,
    id: Uuid,
    kind: messages::ReceiptKind,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    // Read inside the transaction, so the receipt states the change just made.
    let n = &nomination::Entity::find_by_id(id).one(tx).await?.ok_or(Error::NotFound("nomination"))?;
    let cycle = cycle::Entity::find_by_id(n.cycle_id).one(tx).await?.ok_or(Error::NotFound("cycle"))?;
    let category = category::Entity::find_by_id(n.category_id).one(tx).await?.map(|c| c.name).unwrap_or_default();
    let state = member_state::Entity::find_by_id(n.member_state.clone())
        .one(tx)
        .await?
        .map_or(n.member_state.clone(), |s| s.name);
    let focal_points = user::Entity::find()
        .filter(user::Column::Role.eq(Role::Nominator.as_str()))
        .filter(user::Column::MemberState.eq(n.member_state.clone()))
        .filter(user::Column::Active.eq(true))
        .all(tx)
        .await?;
    let message = messages::NominationReceipt {
        kind,
        by: caller.name.clone(),
        title: n.title.clone(),
        category,
        member_state: state,
        cycle: cycle.name.clone(),
        deadline: format::instant(cycle.closes_at, &cycle.time_zone),
        link: format!("{base_url}nominations/{}", n.id),
    };
    let tag = match kind {
        messages::ReceiptKind::Submitted => "submitted",
        messages::ReceiptKind::Edited => "edited",
        messages::ReceiptKind::Withdrawn => "withdrawn",
    };
    for person in focal_points {
        mail::enqueue(tx, &person.email, format!("receipt:{}:{tag}:{}:{}", n.id, n.version, person.id), &message, now)
            .await?;
    }
    Ok(())
}
