//! Submitting, resubmitting after a clarification request, and withdrawing; each
//! emails the focal points a receipt.

use chrono::{DateTime, Utc};
use entity::{category, cycle, member_state, nomination, user};
use sea_orm::{
    ColumnTrait as _, DatabaseConnection, DatabaseTransaction, EntityTrait as _, PaginatorTrait as _, QueryFilter as _,
    QuerySelect as _,
};
use uuid::Uuid;

use super::{NominationView, for_action, get, view, window};
use crate::db::{self, UpdateOne as _};
use crate::domain::definition::Labels;
use crate::domain::nomination::{Action, COUNTS_TOWARD_QUOTA, NominationError, NominationStatus};
use crate::domain::user::Role;
use crate::format;
use crate::mail::{self, messages};
use crate::service::audit::{self, Event};
use crate::service::auth::Caller;
use crate::service::{Error, Result};

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
    ready(db, &found).await?;

    if status == NominationStatus::ClarificationRequested {
        return resubmit(db, caller, &found, None, base_url, now).await;
    }

    let tx = db::begin_write(db).await?;
    // Lock the cycle's row: submissions in one cycle take their reference numbers one
    // after another (on SQLite the write transaction already serialises them).
    cycle::Entity::find_by_id(found.cycle_id).lock_exclusive().one(&tx).await?.ok_or(Error::NotFound("cycle"))?;
    // Lock the category row: two focal points of one state submitting at the same
    // moment are serialised here, so the count below cannot be stale.
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
    let reference = next_reference(&tx, found.cycle_id, &found.member_state).await?;
    let claimed = nomination::Entity::update_many()
        .col_expr(nomination::Column::Reference, sea_orm::sea_query::Expr::value(reference))
        .col_expr(nomination::Column::Status, sea_orm::sea_query::Expr::value(NominationStatus::Submitted.as_str()))
        .col_expr(nomination::Column::SubmittedAt, sea_orm::sea_query::Expr::value(now))
        .col_expr(nomination::Column::Version, sea_orm::sea_query::Expr::value(found.version + 1))
        .col_expr(nomination::Column::UpdatedAt, sea_orm::sea_query::Expr::value(now))
        .filter(nomination::Column::Id.eq(id))
        .filter(nomination::Column::Status.eq(NominationStatus::Draft.as_str()))
        .changed_one(&tx)
        .await?;
    if !claimed {
        return Err(
            NominationError::InvalidState { status: NominationStatus::Submitted.as_str(), action: "submit" }.into()
        );
    }
    audit::record(&tx, &caller.actor(), Event::new("nomination.submitted", "nomination", id), now).await?;
    receipt(&tx, caller, id, messages::ReceiptKind::Submitted, base_url, now).await?;
    tx.commit().await?;
    get(db, caller, id, now).await
}

/// The next reference in the cycle: the member state's code and the nomination's place
/// among the cycle's submissions, `KEN-014`. Short enough to read over the telephone;
/// the caller holds the cycle's row, so two submissions cannot take the same number.
async fn next_reference(tx: &DatabaseTransaction, cycle_id: Uuid, state: &str) -> Result<String> {
    let given = nomination::Entity::find()
        .filter(nomination::Column::CycleId.eq(cycle_id))
        .filter(nomination::Column::Reference.is_not_null())
        .count(tx)
        .await?;
    Ok(format!("{state}-{:03}", given + 1))
}

/// Refuses, with every problem at once, a nomination that is not ready to submit.
/// The view lists them already: a draft's or clarified nomination's `problems` are
/// computed with it, from the same form, answers and documents.
pub(super) async fn ready(db: &DatabaseConnection, found: &nomination::Model) -> Result<()> {
    let problems = view(db, found.clone()).await?.problems;
    if problems.is_empty() { Ok(()) } else { Err(Error::Validation(problems)) }
}

/// A clarified nomination goes back to screening, where it was, with the focal point's
/// answer to the question when they gave one.
pub(super) async fn resubmit(
    db: &DatabaseConnection,
    caller: &Caller,
    found: &nomination::Model,
    answer: Option<&str>,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<NominationView> {
    let tx = db::begin_write(db).await?;
    let mut update = nomination::Entity::update_many();
    if let Some(answer) = answer {
        update = update
            .col_expr(nomination::Column::ClarificationAnswer, sea_orm::sea_query::Expr::value(answer))
            .col_expr(nomination::Column::ClarificationAnsweredAt, sea_orm::sea_query::Expr::value(now));
    }
    let done = update
        .col_expr(nomination::Column::Status, sea_orm::sea_query::Expr::value(NominationStatus::InReview.as_str()))
        .col_expr(nomination::Column::Version, sea_orm::sea_query::Expr::value(found.version + 1))
        .col_expr(nomination::Column::UpdatedAt, sea_orm::sea_query::Expr::value(now))
        .filter(nomination::Column::Id.eq(found.id))
        .filter(nomination::Column::Status.eq(NominationStatus::ClarificationRequested.as_str()))
        .changed_one(&tx)
        .await?;
    if !done {
        return Err(Error::VersionMismatch { current: found.version + 1 });
    }
    let event = Event::new("nomination.resubmitted", "nomination", found.id)
        .details(serde_json::json!({ "answered": answer.is_some() }));
    audit::record(&tx, &caller.actor(), event, now).await?;
    receipt(&tx, caller, found.id, messages::ReceiptKind::Submitted, base_url, now).await?;
    tx.commit().await?;
    get(db, caller, found.id, now).await
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
        .changed_one(&tx)
        .await?;
    if !done {
        return Err(Error::VersionMismatch { current: found.version + 1 });
    }
    audit::record(&tx, &caller.actor(), Event::new("nomination.withdrawn", "nomination", id), now).await?;
    if status == NominationStatus::Submitted {
        receipt(&tx, caller, id, messages::ReceiptKind::Withdrawn, base_url, now).await?;
    }
    tx.commit().await?;
    get(db, caller, id, now).await
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
    let labels = Labels::of(&cycle.definition);
    let category = category::Entity::find_by_id(n.category_id)
        .one(tx)
        .await?
        .map(|c| labels.category_names(&c.key, &c.name))
        .unwrap_or_default();
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
        cycle: labels.cycle_names(cycle.year, &cycle.name),
        deadline: format::Zoned::new(cycle.closes_at, &cycle.time_zone),
        reference: n.reference.clone(),
        submitted: n.submitted_at.map(|at| format::Zoned::new(at, &cycle.time_zone)),
        link: format!("{base_url}nominations/{}", n.id),
        receipt_link: format!("{base_url}nominations/{}/receipt", n.id),
    };
    let tag = match kind {
        messages::ReceiptKind::Submitted => "submitted",
        messages::ReceiptKind::Edited => "edited",
        messages::ReceiptKind::Withdrawn => "withdrawn",
    };
    for person in focal_points {
        mail::enqueue(
            tx,
            mail::To::person(&person),
            format!("receipt:{}:{tag}:{}:{}", n.id, n.version, person.id),
            &message,
            now,
        )
        .await?;
    }
    Ok(())
}
