//! Passages the secretariat withholds from jurors in blind stages: a state's name that
//! slipped into a free-text answer. The answer is never changed; jurors in a blind
//! stage read it with the passage replaced, everyone else reads it as written.

use chrono::{DateTime, Utc};
use entity::{nomination, redaction};
use sea_orm::{
    ActiveModelTrait as _, ActiveValue::Set, ColumnTrait as _, ConnectionTrait, DatabaseConnection, EntityTrait as _,
    QueryFilter as _, QueryOrder as _,
};
use serde_json::json;
use uuid::Uuid;

use super::{find_visible, view};
use crate::db;
use crate::service::audit::{self, Event};
use crate::service::auth::Caller;
use crate::service::{Error, FieldError, Result};

/// What the secretariat sends to withhold a passage.
#[derive(Debug, Clone, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RedactionRequest {
    /// `title`, `summary` or `answers.<key>`.
    pub field: String,
    /// Text as it appears in that field; every occurrence is withheld.
    pub passage: String,
}

/// A passage withheld from jurors in blind stages.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct Redaction {
    pub id: Uuid,
    pub field: String,
    pub passage: String,
    pub created_at: DateTime<Utc>,
}

impl From<redaction::Model> for Redaction {
    fn from(r: redaction::Model) -> Self {
        Self { id: r.id, field: r.field, passage: r.passage, created_at: r.created_at }
    }
}

/// The longest passage one redaction withholds, in characters.
const PASSAGE_LIMIT: usize = 500;

/// The nomination's redactions, oldest first.
///
/// # Errors
/// `Forbidden` for anyone but the secretariat; `NotFound`.
pub async fn redactions(db: &DatabaseConnection, caller: &Caller, id: Uuid) -> Result<Vec<Redaction>> {
    caller.require_admin()?;
    find_visible(db, caller, id).await?;
    Ok(of(db, id).await?.into_iter().map(Redaction::from).collect())
}

pub(crate) async fn of(db: &impl ConnectionTrait, id: Uuid) -> Result<Vec<redaction::Model>> {
    Ok(redaction::Entity::find()
        .filter(redaction::Column::NominationId.eq(id))
        .order_by_asc(redaction::Column::CreatedAt)
        .order_by_asc(redaction::Column::Id)
        .all(db)
        .await?)
}

/// Withholds a passage of one field from jurors in blind stages. Audited.
///
/// # Errors
/// `Validation` for a field the nomination has not, or a passage it does not contain;
/// `Forbidden`; `NotFound`.
pub async fn redact(
    db: &DatabaseConnection,
    caller: &Caller,
    id: Uuid,
    request: RedactionRequest,
    now: DateTime<Utc>,
) -> Result<Redaction> {
    caller.require_admin()?;
    let n = find_visible(db, caller, id).await?;
    let passage = request.passage.trim();
    let text = field_text(db, &n, &request.field).await?;
    let problem = match text {
        None => Some(FieldError::new("field", crate::i18n::say("refusal-redaction-field"))),
        Some(_) if passage.is_empty() => Some(FieldError::new("passage", crate::i18n::say("refusal-redaction-empty"))),
        Some(_) if passage.chars().count() > PASSAGE_LIMIT => Some(FieldError::new(
            "passage",
            crate::i18n::say_with(
                "refusal-too-long",
                &[("limit", PASSAGE_LIMIT.into()), ("length", passage.chars().count().into())],
            ),
        )),
        Some(t) if !t.contains(passage) => {
            Some(FieldError::new("passage", crate::i18n::say("refusal-redaction-not-found")))
        }
        Some(_) => None,
    };
    if let Some(problem) = problem {
        return Err(Error::Validation(vec![problem]));
    }
    let tx = db::begin_write(db).await?;
    let row = redaction::ActiveModel {
        id: Set(Uuid::now_v7()),
        nomination_id: Set(id),
        field: Set(request.field.clone()),
        passage: Set(passage.to_owned()),
        created_by: Set(caller.id),
        created_at: Set(now),
    }
    .insert(&tx)
    .await?;
    audit::record(
        &tx,
        &caller.actor(),
        Event::new("nomination.redacted", "nomination", id)
            .details(json!({ "redaction": row.id, "field": request.field, "passage": passage })),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(row.into())
}

/// Shows a withheld passage to jurors again. Audited.
///
/// # Errors
/// `Forbidden`; `NotFound` for no such redaction on the nomination.
pub async fn unredact(
    db: &DatabaseConnection,
    caller: &Caller,
    id: Uuid,
    redaction_id: Uuid,
    now: DateTime<Utc>,
) -> Result<()> {
    caller.require_admin()?;
    find_visible(db, caller, id).await?;
    let found = redaction::Entity::find_by_id(redaction_id)
        .filter(redaction::Column::NominationId.eq(id))
        .one(db)
        .await?
        .ok_or(Error::NotFound("redaction"))?;
    let tx = db::begin_write(db).await?;
    redaction::Entity::delete_by_id(found.id).exec(&tx).await?;
    audit::record(
        &tx,
        &caller.actor(),
        Event::new("nomination.unredacted", "nomination", id)
            .details(json!({ "redaction": found.id, "field": found.field, "passage": found.passage })),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The text of a field jurors read: the title, the summary or an answer.
async fn field_text(db: &impl ConnectionTrait, n: &nomination::Model, field: &str) -> Result<Option<String>> {
    Ok(match field {
        "title" => Some(n.title.clone()),
        "summary" => Some(n.summary.clone()),
        other => match other.strip_prefix("answers.") {
            Some(key) => view(db, n.clone()).await?.answers.get(key).cloned(),
            None => None,
        },
    })
}

/// `text` with every passage withheld from `field` replaced by `mark`.
#[must_use]
pub fn withhold(text: &str, field: &str, redactions: &[redaction::Model], mark: &str) -> String {
    redactions
        .iter()
        .filter(|r| r.field == field && !r.passage.is_empty())
        .fold(text.to_owned(), |t, r| t.replace(&r.passage, mark))
}
