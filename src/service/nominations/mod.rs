//! A member state's nominations, from draft to submitted, withdrawn, and edited while
//! the cycle is open. Every use case checks the deadline against `now` itself, so the
//! millisecond after `closes_at` is refused whatever the clock job has done.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use entity::{answer, category, cycle, nomination, question};
use sea_orm::{
    ColumnTrait as _, ConnectionTrait, DatabaseConnection, DatabaseTransaction, EntityTrait as _, QueryFilter as _,
    QueryOrder as _, QuerySelect as _,
};
use uuid::Uuid;

use super::attachments::{self, AttachmentView};
use super::auth::Caller;
use super::{Error, FieldError, Result};
use crate::domain::cycle::{Phase, Timeline};
use crate::domain::nomination::{
    Action, FIXED_FIELDS, NominationError, NominationStatus, Question, check_action, check_answer,
};
use crate::domain::user::Role;
use crate::format;

mod drafts;
mod submission;

pub use drafts::*;
pub use submission::*;

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

pub(super) fn status_of(n: &nomination::Model) -> Result<NominationStatus> {
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
pub(super) fn check_answers(
    form: &[(Uuid, Question)],
    answers: &BTreeMap<String, String>,
    errors: &mut Vec<FieldError>,
) {
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

pub(super) fn check_fixed_fields(draft: &Draft, errors: &mut Vec<FieldError>) {
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

/// One nomination.
///
/// # Errors
/// `NotFound` for no such nomination or one of another member state.
pub async fn get(db: &DatabaseConnection, caller: &Caller, id: Uuid) -> Result<NominationView> {
    let n = find_visible(db, caller, id).await?;
    view(db, n).await
}

pub(super) async fn view(db: &impl ConnectionTrait, n: nomination::Model) -> Result<NominationView> {
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
