//! A clarification from the focal point's side: the answer to screening's question,
//! and, for the secretariat, what the nomination looked like when it was asked.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use entity::nomination;
use sea_orm::{ConnectionTrait, DatabaseConnection};
use uuid::Uuid;

use super::submission::{ready, resubmit};
use super::{NominationView, for_action, view};
use crate::domain::nomination::{Action, NominationError, NominationStatus, OutOfTurn};
use crate::domain::text;
use crate::service::auth::Caller;
use crate::service::{Error, Result};

/// The longest answer to a clarification question, in characters.
pub const ANSWER_LIMIT: usize = 5000;

/// What the focal point sends to answer a question.
#[derive(Debug, Clone, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ClarificationAnswer {
    pub answer: String,
}

/// Answers screening's question and returns the nomination to screening: a
/// resubmission, so the nomination must be ready to submit, and the state's focal
/// points get a receipt.
///
/// # Errors
/// `Validation` for an empty or overlong answer, with every problem the nomination
/// still has; `Rule` when no question is waiting or its due date has passed.
pub async fn answer_clarification(
    db: &DatabaseConnection,
    caller: &Caller,
    id: Uuid,
    answer: &str,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<NominationView> {
    let (found, status) = for_action(db, caller, id, Action::Submit, now).await?;
    if status != NominationStatus::ClarificationRequested {
        return Err(NominationError::OutOfTurn(OutOfTurn::NoQuestion).into());
    }
    let answer = answer.trim();
    let mut errors = match ready(db, &found).await {
        Ok(()) => Vec::new(),
        Err(Error::Validation(errors)) => errors,
        Err(other) => return Err(other),
    };
    let length = answer.chars().count();
    let problem = if answer.is_empty() {
        Some(crate::i18n::say("refusal-answer-empty"))
    } else if length > ANSWER_LIMIT {
        Some(crate::i18n::say_with("refusal-too-long", &[("limit", ANSWER_LIMIT.into()), ("length", length.into())]))
    } else {
        text::check_block(answer).err()
    };
    if let Some(problem) = problem {
        errors.insert(0, crate::service::FieldError::new("answer", problem));
    }
    if !errors.is_empty() {
        return Err(Error::Validation(errors));
    }
    resubmit(db, caller, &found, Some(answer), base_url, now).await
}

/// The nomination's text as it stands: what a clarification's answer is compared with.
pub(crate) async fn snapshot(db: &impl ConnectionTrait, n: &nomination::Model) -> Result<serde_json::Value> {
    let v = view(db, n.clone()).await?;
    Ok(serde_json::json!({
        "title": v.title,
        "institution": v.institution,
        "summary": v.summary,
        "answers": v.answers,
    }))
}

/// One field the focal point changed while answering a question.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Change {
    /// `title`, `institution`, `summary` or `answers.<key>`.
    pub field: String,
    pub before: String,
    pub after: String,
}

/// What changed since the question was asked, field by field in the form's order
/// (the fixed fields, then answers by key); empty when nothing was asked.
#[must_use]
pub fn changes(before: Option<&serde_json::Value>, now: &NominationView) -> Vec<Change> {
    let Some(before) = before else { return Vec::new() };
    let text = |v: &serde_json::Value| v.as_str().unwrap_or_default().to_owned();
    let mut found = Vec::new();
    for (field, after) in [("title", &now.title), ("institution", &now.institution), ("summary", &now.summary)] {
        let was = text(&before[field]);
        if was != *after {
            found.push(Change { field: field.to_owned(), before: was, after: after.clone() });
        }
    }
    let old: BTreeMap<String, String> = before["answers"]
        .as_object()
        .map(|m| m.iter().map(|(k, v)| (k.clone(), text(v))).collect())
        .unwrap_or_default();
    let keys: BTreeSet<&String> = old.keys().chain(now.answers.keys()).collect();
    for key in keys {
        let (was, is) = (old.get(key).cloned().unwrap_or_default(), now.answers.get(key).cloned().unwrap_or_default());
        if was != is {
            found.push(Change { field: format!("answers.{key}"), before: was, after: is });
        }
    }
    found
}
