//! Creating and changing a nomination while its cycle is open.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use entity::{answer, category, nomination};
use sea_orm::{
    ActiveModelTrait as _, ActiveValue::Set, ColumnTrait as _, DatabaseConnection, DatabaseTransaction,
    EntityTrait as _, QueryFilter as _,
};
use serde_json::json;
use uuid::Uuid;

use super::submission::receipt;
use super::{Draft, NominationView, check_answers, check_fixed_fields, for_action, get, questions, view, window};
use crate::db::{self, UpdateOne as _};
use crate::domain::nomination::{Action, NominationStatus, Question};
use crate::domain::user::Role;
use crate::i18n::Lang;
use crate::mail::messages;
use crate::service::audit::{self, Event};
use crate::service::auth::Caller;
use crate::service::{Error, FieldError, Result};

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
    create_as(db, caller, Uuid::now_v7(), cycle_id, draft, now).await
}

/// [`create`] under an id the caller reserved (an `Idempotency-Key` claim), so that a
/// retry can tell whether the draft was made.
///
/// # Errors
/// As [`create`].
pub async fn create_as(
    db: &DatabaseConnection,
    caller: &Caller,
    id: Uuid,
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
                errors.push(FieldError::new(
                    "category",
                    crate::i18n::say_with("refusal-category-unknown", &[("key", key.into())]),
                ));
            }
            found
        }
        None => {
            errors.push(FieldError::new("category", crate::i18n::say("refusal-category-choose")));
            None
        }
    };
    // A draft may start from any field: the title is asked for at submission.
    let title = draft.title.clone().unwrap_or_default();
    check_fixed_fields(&draft, &mut errors);
    let form = questions(db, cycle_id).await?;
    check_answers(&form, &draft.answers, &mut errors);
    let (Some(category), true) = (category, errors.is_empty()) else { return Err(Error::Validation(errors)) };

    let tx = db::begin_write(db).await?;
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
        language: Set(Some(draft.language.or(caller.language).unwrap_or(Lang::DEFAULT).as_str().to_owned())),
        ..Default::default()
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
    get(db, caller, id, now).await
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
        errors.push(FieldError::new("category", crate::i18n::say("refusal-category-fixed")));
    }
    check_fixed_fields(&draft, &mut errors);
    let form = questions(db, found.cycle_id).await?;
    check_answers(&form, &draft.answers, &mut errors);
    if !errors.is_empty() {
        return Err(Error::Validation(errors));
    }
    let stored = view(db, found.clone()).await?;
    // A draft keeps whatever fits and lists what still needs doing; a submitted
    // nomination stays one that could be submitted, so an edit that would leave it
    // with a problem is refused as a whole.
    if status == NominationStatus::Submitted {
        let pick = |new: &Option<String>, old: &str| new.clone().unwrap_or_else(|| old.to_owned());
        let (title, institution, summary) = (
            pick(&draft.title, &stored.title),
            pick(&draft.institution, &stored.institution),
            pick(&draft.summary, &stored.summary),
        );
        let mut answers = stored.answers.clone();
        answers.extend(draft.answers.iter().map(|(k, v)| (k.clone(), v.clone())));
        let fields = [("title", title.as_str()), ("institution", institution.as_str()), ("summary", summary.as_str())];
        let found = super::problems(&form, 0, fields, &answers, stored.attachments.len());
        if !found.is_empty() {
            return Err(Error::Validation(found));
        }
    }
    // A save that changes nothing (a second click, an autosave after a pause) writes
    // nothing: no new version, no audit event, no receipt to the state's focal points.
    let same = |new: &Option<String>, old: &str, trim: bool| {
        new.as_ref().is_none_or(|v| if trim { v.trim() == old } else { v == old })
    };
    let unchanged = same(&draft.title, &stored.title, true)
        && same(&draft.institution, &stored.institution, true)
        && same(&draft.summary, &stored.summary, false)
        && draft.language.is_none_or(|l| stored.language == Some(l))
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
    if let Some(l) = draft.language {
        bump = bump.col_expr(nomination::Column::Language, sea_orm::sea_query::Expr::value(l.as_str()));
    }
    if !bump.changed_one(&tx).await? {
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
    get(db, caller, id, now).await
}
