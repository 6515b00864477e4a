//! The secretariat's view of people: the list, deactivation, role changes; and a
//! reviewer's declared conflicts of interest.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use entity::{member_state, reviewer_conflict, user};
use sea_orm::{
    ActiveModelTrait as _, ActiveValue::Set, ColumnTrait as _, DatabaseConnection, EntityTrait as _, QueryFilter as _,
    QueryOrder as _, QuerySelect as _,
};
use serde_json::json;
use uuid::Uuid;

use super::audit::{self, Event};
use super::auth::{self, Caller};
use super::member_states::MemberState;
use super::{Error, FieldError, Listed, Paging, Result, accounts};
use crate::db;
use crate::domain::user::Role;

#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
/// An account as the secretariat's API shows it.
pub struct Person {
    pub id: Uuid,
    pub name: String,
    pub email: String,
    pub role: Role,
    pub member_state: Option<String>,
    pub nationality: Option<String>,
    pub active: bool,
    pub created_at: DateTime<Utc>,
}

impl TryFrom<user::Model> for Person {
    type Error = Error;

    fn try_from(u: user::Model) -> Result<Self, Error> {
        Ok(Self {
            role: u.role.parse().map_err(anyhow::Error::new)?,
            id: u.id,
            name: u.name,
            email: u.email,
            member_state: u.member_state,
            nationality: u.nationality,
            active: u.active,
            created_at: u.created_at,
        })
    }
}

/// Which people to list; every part optional.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub role: Option<Role>,
    /// A member state's code: its focal points, and jurors of that nationality.
    pub member_state: Option<String>,
    pub active: Option<bool>,
    /// Words in the name or email address.
    pub q: Option<String>,
}

impl Filter {
    fn query(&self) -> sea_orm::Select<user::Entity> {
        let mut query = user::Entity::find();
        if let Some(role) = self.role {
            query = query.filter(user::Column::Role.eq(role.as_str()));
        }
        if let Some(code) = self.member_state.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
            let code = code.to_ascii_uppercase();
            query = query.filter(
                sea_orm::Condition::any()
                    .add(user::Column::MemberState.eq(code.as_str()))
                    .add(user::Column::Nationality.eq(code.as_str())),
            );
        }
        if let Some(active) = self.active {
            query = query.filter(user::Column::Active.eq(active));
        }
        if let Some(words) = self.q.as_deref().map(str::trim).filter(|q| !q.is_empty()) {
            query = query.filter(db::containing([user::Column::Name, user::Column::Email], words));
        }
        query
    }
}

/// Everyone with an account who fits `filter`, by name: the secretariat's page, a few
/// hundred people at most.
///
/// # Errors
/// `Forbidden` for non-admins.
pub async fn list(db: &DatabaseConnection, caller: &Caller, filter: &Filter) -> Result<Vec<user::Model>> {
    caller.require_admin()?;
    Ok(filter.query().order_by_asc(user::Column::Name).order_by_asc(user::Column::Id).all(db).await?)
}

/// One person's account.
///
/// # Errors
/// `Forbidden` for non-admins; `NotFound`.
pub async fn one(db: &DatabaseConnection, caller: &Caller, id: Uuid) -> Result<user::Model> {
    caller.require_admin()?;
    user::Entity::find_by_id(id).one(db).await?.ok_or(Error::NotFound("person"))
}

/// The same people a page at a time, in the order accounts were made (the API).
///
/// # Errors
/// `Forbidden` for non-admins.
pub async fn page(
    db: &DatabaseConnection,
    caller: &Caller,
    filter: &Filter,
    page: Paging,
) -> Result<Listed<user::Model>> {
    caller.require_admin()?;
    let mut query = filter.query().order_by_asc(user::Column::Id).limit(page.rows_to_read());
    if let Some(after) = page.after {
        query = query.filter(user::Column::Id.gt(after));
    }
    let mut items = query.all(db).await?;
    let next = page.cut(&mut items, |u| u.id);
    Ok(Listed { items, next })
}

/// The member states with no active focal point, by name: whom the secretariat still
/// has to invite before the call opens.
///
/// # Errors
/// Database failures.
pub async fn states_without_focal_point(db: &DatabaseConnection, caller: &Caller) -> Result<Vec<MemberState>> {
    caller.require_admin()?;
    let covered: HashSet<String> = user::Entity::find()
        .select_only()
        .column(user::Column::MemberState)
        .filter(user::Column::Role.eq(Role::Nominator.as_str()))
        .filter(user::Column::Active.eq(true))
        .filter(user::Column::MemberState.is_not_null())
        .into_tuple::<String>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    Ok(super::member_states::list(db).await?.into_iter().filter(|s| !covered.contains(&s.code)).collect())
}

/// The active reviewers, by name, as the hand-assignment list shows them: id, name and
/// nationality (empty when none is declared).
///
/// # Errors
/// `Forbidden` for non-admins.
pub async fn reviewers(db: &DatabaseConnection, caller: &Caller) -> Result<Vec<(Uuid, String, String)>> {
    caller.require_admin()?;
    let found = user::Entity::find()
        .select_only()
        .columns([user::Column::Id, user::Column::Name, user::Column::Nationality])
        .filter(user::Column::Role.eq(Role::Reviewer.as_str()))
        .filter(user::Column::Active.eq(true))
        .order_by_asc(user::Column::Name)
        .into_tuple::<(Uuid, String, Option<String>)>()
        .all(db)
        .await?;
    Ok(found.into_iter().map(|(id, name, nationality)| (id, name, nationality.unwrap_or_default())).collect())
}

/// Deactivates an account: its sessions and tokens stop working at once. The account
/// and everything it did stay, for the record, and it can be reactivated.
///
/// # Errors
/// `Forbidden` for non-admins and for deactivating oneself; `NotFound`.
pub async fn deactivate(db: &DatabaseConnection, caller: &Caller, id: Uuid, now: DateTime<Utc>) -> Result<user::Model> {
    set_active(db, caller, id, false, now).await
}

/// Reactivates a deactivated account: the person signs in again with their password
/// (or resets it), in the role they had.
///
/// # Errors
/// `Forbidden` for non-admins and for oneself; `NotFound`.
pub async fn reactivate(db: &DatabaseConnection, caller: &Caller, id: Uuid, now: DateTime<Utc>) -> Result<user::Model> {
    set_active(db, caller, id, true, now).await
}

async fn set_active(
    db: &DatabaseConnection,
    caller: &Caller,
    id: Uuid,
    active: bool,
    now: DateTime<Utc>,
) -> Result<user::Model> {
    caller.require_admin()?;
    if id == caller.id {
        return Err(Error::Forbidden(crate::i18n::say("refusal-own-account-active")));
    }
    let tx = db::begin_write(db).await?;
    let found = user::Entity::find_by_id(id).one(&tx).await?.ok_or(Error::NotFound("person"))?;
    if found.active == active {
        // Already so: nothing to record, and the answer is the same as for the change.
        return Ok(found);
    }
    let mut row: user::ActiveModel = found.into();
    row.active = Set(active);
    row.updated_at = Set(now);
    let updated = row.update(&tx).await?;
    if !active {
        auth::end_all_access(&tx, id, now).await?;
    }
    let action = if active { "user.reactivated" } else { "user.deactivated" };
    audit::record(&tx, &caller.actor(), Event::new(action, "user", id).details(json!({ "email": updated.email })), now)
        .await?;
    tx.commit().await?;
    Ok(updated)
}

/// Changes a person's role (and the member state a nominator acts for). Their open
/// sessions end, so the new role applies from their next sign-in on every device.
///
/// # Errors
/// `Forbidden` for non-admins and for changing one's own role; `NotFound`; `Validation`.
pub async fn change_role(
    db: &DatabaseConnection,
    caller: &Caller,
    id: Uuid,
    role: &str,
    member_state: Option<&str>,
    now: DateTime<Utc>,
) -> Result<user::Model> {
    caller.require_admin()?;
    if id == caller.id {
        return Err(Error::Forbidden("you cannot change your own role; ask another administrator".into()));
    }
    let mut errors = Vec::new();
    let role = role.parse::<Role>().map_err(|m| errors.push(FieldError::new("role", m.to_string()))).ok();
    let state = accounts::known_state(db, "member_state", member_state, &mut errors).await?;
    accounts::check_role_binding(role, state.as_deref(), &mut errors);
    let (Some(role), true) = (role, errors.is_empty()) else { return Err(Error::Validation(errors)) };

    let tx = db::begin_write(db).await?;
    let found = user::Entity::find_by_id(id).one(&tx).await?.ok_or(Error::NotFound("person"))?;
    let before = json!({ "role": found.role, "member_state": found.member_state });
    let mut active: user::ActiveModel = found.into();
    active.role = Set(role.as_str().to_owned());
    active.member_state = Set(state.clone());
    active.updated_at = Set(now);
    let updated = active.update(&tx).await?;
    auth::end_all_access(&tx, id, now).await?;
    audit::record(
        &tx,
        &caller.actor(),
        Event::new("user.role_changed", "user", id)
            .details(json!({ "before": before, "after": { "role": role.as_str(), "member_state": state } })),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(updated)
}

/// A reviewer's conflicts, with the member state's name where the conflict is with a state.
///
/// # Errors
/// `Forbidden` for non-reviewers.
pub async fn conflicts(
    db: &DatabaseConnection,
    caller: &Caller,
) -> Result<Vec<(reviewer_conflict::Model, Option<String>)>> {
    caller.require(Role::Reviewer)?;
    let rows = reviewer_conflict::Entity::find()
        .filter(reviewer_conflict::Column::ReviewerId.eq(caller.id))
        .find_also_related(member_state::Entity)
        .order_by_asc(reviewer_conflict::Column::CreatedAt)
        .all(db)
        .await?;
    Ok(rows.into_iter().map(|(c, s)| (c, s.map(|s| s.name))).collect())
}

/// A reviewer declares a conflict of interest with a member state (a past employer,
/// a consultancy): they are never assigned its nominations.
///
/// # Errors
/// `Forbidden` for non-reviewers; `Validation` for an unknown state or a missing reason.
pub async fn declare_state_conflict(
    db: &DatabaseConnection,
    caller: &Caller,
    member_state: &str,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    caller.require(Role::Reviewer)?;
    let mut errors = Vec::new();
    let state = accounts::known_state(db, "member_state", Some(member_state), &mut errors).await?;
    if state.is_none() && errors.is_empty() {
        errors.push(FieldError::new("member_state", crate::i18n::say("refusal-state-choose")));
    }
    let reason = reason.trim();
    if reason.is_empty() {
        errors.push(FieldError::new("reason", crate::i18n::say("refusal-conflict-reason")));
    }
    let (Some(state), true) = (state, errors.is_empty()) else { return Err(Error::Validation(errors)) };
    let tx = db::begin_write(db).await?;
    let id = Uuid::now_v7();
    reviewer_conflict::ActiveModel {
        id: Set(id),
        reviewer_id: Set(caller.id),
        member_state: Set(Some(state.clone())),
        nomination_id: Set(None),
        reason: Set(reason.to_owned()),
        created_at: Set(now),
    }
    .insert(&tx)
    .await?;
    audit::record(
        &tx,
        &caller.actor(),
        Event::new("reviewer.conflict_declared", "user", caller.id)
            .details(json!({ "member_state": state, "reason": reason })),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
