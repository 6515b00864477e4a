//! Invitations: the secretariat invites a person by email in a role; the person
//! accepts through a one-time link, valid seven days, by choosing a name and password.

use chrono::{DateTime, Duration, Utc};
use entity::{invitation, member_state, user};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait as _, ActiveValue::Set, ColumnTrait as _, DatabaseConnection, EntityTrait as _, QueryFilter as _,
};
use serde_json::json;
use uuid::Uuid;

use super::audit::{self, Event};
use super::auth::Caller;
use super::{Actor, Error, FieldError, Result, accounts, secret};
use crate::db::{self, UpdateOne as _};
use crate::domain::user::{Email, Role, check_password};
use crate::i18n::Lang;
use crate::mail::{self, messages};

pub const VALID_FOR: Duration = Duration::days(7);

/// Whom to invite, as typed by an admin.
#[derive(Debug, Clone, Default)]
pub struct NewInvitation {
    pub email: String,
    pub role: String,
    pub member_state: Option<String>,
    pub nationality: Option<String>,
    /// The language to write to them in; the sender's own when not chosen.
    pub language: Option<Lang>,
}

/// What an admin learns of an invitation they sent (never the link itself).
#[derive(Debug, Clone)]
pub struct Sent {
    pub id: Uuid,
    pub email: String,
    pub role: Role,
    pub member_state: Option<String>,
    pub language: Lang,
    pub expires_at: DateTime<Utc>,
}

/// The invitation `id` as its sender saw it, if it exists.
///
/// # Errors
/// `Forbidden` for non-admins.
pub async fn sent(db: &DatabaseConnection, caller: &Caller, id: Uuid) -> Result<Option<Sent>> {
    caller.require_admin()?;
    let Some(found) = invitation::Entity::find_by_id(id).one(db).await? else { return Ok(None) };
    Ok(Some(Sent {
        id: found.id,
        email: found.email,
        role: found.role.parse().map_err(anyhow::Error::new)?,
        member_state: found.member_state,
        language: Lang::saved(found.language.as_deref()),
        expires_at: found.expires_at,
    }))
}

/// Invites a person and queues the email with their link. An earlier invitation to the
/// same address that was not accepted stops working: only the newest link counts.
///
/// # Errors
/// `Forbidden` for non-admins; `Validation` naming each field to fix, including an
/// address that already has an account.
pub async fn invite(
    db: &DatabaseConnection,
    caller: &Caller,
    new: NewInvitation,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<Sent> {
    invite_as(db, caller, Uuid::now_v7(), new, base_url, now).await
}

/// [`invite`] under an id the caller reserved (an `Idempotency-Key` claim).
///
/// # Errors
/// As [`invite`].
pub async fn invite_as(
    db: &DatabaseConnection,
    caller: &Caller,
    id: Uuid,
    new: NewInvitation,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<Sent> {
    caller.require_admin()?;
    let mut errors = Vec::new();
    let email = Email::parse(&new.email).map_err(|m| errors.push(FieldError::new("email", m))).ok();
    let role = new.role.parse::<Role>().map_err(|m| errors.push(FieldError::new("role", m.to_string()))).ok();
    let state = accounts::known_state(db, "member_state", new.member_state.as_deref(), &mut errors).await?;
    let nationality = accounts::known_state(db, "nationality", new.nationality.as_deref(), &mut errors).await?;
    accounts::check_role_binding(role, state.as_deref(), &mut errors);
    if let Some(email) = &email
        && user::Entity::find().filter(user::Column::Email.eq(email.as_str())).one(db).await?.is_some()
    {
        errors.push(FieldError::new(
            "email",
            crate::i18n::say_with("refusal-has-account", &[("email", email.as_str().into())]),
        ));
    }
    let (Some(email), Some(role), true) = (email, role, errors.is_empty()) else {
        return Err(Error::Validation(errors));
    };

    let state_name = match &state {
        Some(code) => member_state::Entity::find_by_id(code.clone()).one(db).await?.map(|s| s.name),
        None => None,
    };
    let (token, hash) = secret::generate();
    let expires_at = now + VALID_FOR;
    let language = new.language.or(caller.language).unwrap_or(Lang::DEFAULT);
    let tx = db::begin_write(db).await?;
    invitation::Entity::update_many()
        .col_expr(invitation::Column::ExpiresAt, Expr::value(now))
        .filter(invitation::Column::Email.eq(email.as_str()))
        .filter(invitation::Column::AcceptedAt.is_null())
        .filter(invitation::Column::ExpiresAt.gt(now))
        .exec(&tx)
        .await?;
    invitation::ActiveModel {
        id: Set(id),
        email: Set(email.as_str().to_owned()),
        role: Set(role.as_str().to_owned()),
        member_state: Set(state.clone()),
        nationality: Set(nationality.clone()),
        token_hash: Set(hash),
        invited_by: Set(Some(caller.id)),
        created_at: Set(now),
        expires_at: Set(expires_at),
        accepted_at: Set(None),
        accepted_user_id: Set(None),
        language: Set(Some(language.as_str().to_owned())),
    }
    .insert(&tx)
    .await?;
    let message = messages::Invitation {
        invited_by: caller.name.clone(),
        role: role.as_str().to_owned(),
        member_state: state_name,
        // The link opens the acceptance page in the language the email is written in.
        link: format!("{base_url}invitations/{token}?lang={language}"),
        expires: crate::format::Zoned::utc(expires_at),
    };
    let to = mail::To { address: email.as_str(), lang: language };
    mail::enqueue(&tx, to, format!("invitation:{id}"), &message, now).await?;
    audit::record(
        &tx,
        &caller.actor(),
        Event::new("invitation.created", "invitation", id)
            .details(json!({ "email": email.as_str(), "role": role.as_str(), "member_state": state })),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(Sent { id, email: email.as_str().to_owned(), role, member_state: state, language, expires_at })
}

/// Why a link does not work, for a page that says what to do next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum LinkError {
    #[error("{}", crate::i18n::say("refusal-link-unknown"))]
    Unknown,
    #[error("{}", crate::i18n::say("refusal-link-expired"))]
    Expired,
    #[error("{}", crate::i18n::say("refusal-link-used"))]
    Used,
}

impl crate::domain::code::Refusal for LinkError {
    fn code(&self) -> crate::domain::Code {
        match self {
            LinkError::Unknown => crate::domain::Code::NotFound,
            LinkError::Expired | LinkError::Used => crate::domain::Code::InvalidState,
        }
    }
}

/// The invitation behind a link, if it can still be accepted.
///
/// # Errors
/// `Rule(LinkError)` saying why the link does not work.
pub async fn pending(db: &DatabaseConnection, token: &str, now: DateTime<Utc>) -> Result<invitation::Model> {
    let found = invitation::Entity::find()
        .filter(invitation::Column::TokenHash.eq(secret::digest(token)))
        .one(db)
        .await?
        .ok_or(LinkError::Unknown)?;
    if found.accepted_at.is_some() {
        return Err(LinkError::Used.into());
    }
    if found.expires_at <= now {
        return Err(LinkError::Expired.into());
    }
    Ok(found)
}

/// Accepts an invitation: creates the account with the chosen name and password, and
/// the language they chose on the way in (the invitation's own when they did not).
///
/// # Errors
/// `Rule(LinkError)` for a link that does not work; `Validation` for the name or password.
pub async fn accept(
    db: &DatabaseConnection,
    token: &str,
    name: &str,
    password: &str,
    language: Option<Lang>,
    now: DateTime<Utc>,
) -> Result<Caller> {
    let found = pending(db, token, now).await?;
    let language = language.or_else(|| found.language.as_deref().and_then(|l| l.parse().ok()));
    let mut errors = Vec::new();
    let name = name.trim();
    if name.is_empty() {
        errors.push(FieldError::new("name", crate::i18n::say("refusal-name-enter")));
    } else if let Err(problem) = crate::domain::text::check_line(name) {
        errors.push(FieldError::new("name", problem));
    }
    if let Err(m) = check_password(password, &[&found.email, name]) {
        errors.push(FieldError::new("password", m));
    }
    if !errors.is_empty() {
        return Err(Error::Validation(errors));
    }
    let password_hash = accounts::hash_password(password.to_owned()).await?;

    let tx = db::begin_write(db).await?;
    // Claim the invitation first: of two tabs accepting at once, one wins.
    let claimed = invitation::Entity::update_many()
        .col_expr(invitation::Column::AcceptedAt, Expr::value(now))
        .filter(invitation::Column::Id.eq(found.id))
        .filter(invitation::Column::AcceptedAt.is_null())
        .changed_one(&tx)
        .await?;
    if !claimed {
        return Err(LinkError::Used.into());
    }
    let created = user::ActiveModel {
        id: Set(Uuid::now_v7()),
        email: Set(found.email.clone()),
        name: Set(name.to_owned()),
        password_hash: Set(Some(password_hash)),
        role: Set(found.role.clone()),
        member_state: Set(found.member_state.clone()),
        nationality: Set(found.nationality.clone()),
        active: Set(true),
        created_at: Set(now),
        updated_at: Set(now),
        language: Set(language.map(|l| l.as_str().to_owned())),
    }
    .insert(&tx)
    .await
    .map_err(|e| match e.sql_err() {
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => Error::validation(
            "email",
            crate::i18n::say_with("refusal-has-account-sign-in", &[("email", found.email.as_str().into())]),
        ),
        _ => e.into(),
    })?;
    invitation::Entity::update_many()
        .col_expr(invitation::Column::AcceptedUserId, Expr::value(created.id))
        .filter(invitation::Column::Id.eq(found.id))
        .exec(&tx)
        .await?;
    audit::record(
        &tx,
        &Actor::user(created.id, &created.email),
        Event::new("invitation.accepted", "invitation", found.id).details(json!({ "user": created.id })),
        now,
    )
    .await?;
    tx.commit().await?;
    Caller::from_user(created)
}
