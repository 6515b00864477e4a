//! Password resets by email, with the same one-time link rules as invitations. The
//! request never says whether an address has an account.

use chrono::{DateTime, Duration, Utc};
use entity::{password_reset, user};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait as _, ActiveValue::Set, ColumnTrait as _, DatabaseConnection, EntityTrait as _,
    PaginatorTrait as _, QueryFilter as _,
};
use uuid::Uuid;

use super::audit::{self, Event};
use super::invitations::LinkError;
use super::{Actor, Error, Result, accounts, auth, secret};
use crate::db::{self, UpdateOne as _};
use crate::domain::user::{Email, check_password};
use crate::mail::{self, messages};

/// Short: a reset link in a mailbox is a key to the account.
pub const VALID_FOR: Duration = Duration::hours(2);
/// Resets requested for one account per hour; more are silently dropped so a stranger
/// cannot flood someone's mailbox.
const MAX_PER_HOUR: u64 = 3;

/// Queues a reset link for `email` if it belongs to an active account; otherwise does
/// nothing. Either way the caller learns nothing.
///
/// # Errors
/// Database failures only.
pub async fn request_reset(db: &DatabaseConnection, email: &str, base_url: &str, now: DateTime<Utc>) -> Result<()> {
    let Ok(email) = Email::parse(email) else { return Ok(()) };
    let Some(account) = user::Entity::find()
        .filter(user::Column::Email.eq(email.as_str()))
        .filter(user::Column::Active.eq(true))
        .one(db)
        .await?
    else {
        return Ok(());
    };
    let recent = password_reset::Entity::find()
        .filter(password_reset::Column::UserId.eq(account.id))
        .filter(password_reset::Column::CreatedAt.gt(now - Duration::hours(1)))
        .count(db)
        .await?;
    if recent >= MAX_PER_HOUR {
        return Ok(());
    }
    let (token, hash) = secret::generate();
    let id = Uuid::now_v7();
    let expires_at = now + VALID_FOR;
    let tx = db::begin_write(db).await?;
    password_reset::ActiveModel {
        id: Set(id),
        user_id: Set(account.id),
        token_hash: Set(hash),
        created_at: Set(now),
        expires_at: Set(expires_at),
        used_at: Set(None),
    }
    .insert(&tx)
    .await?;
    let message = messages::PasswordReset {
        name: account.name.clone(),
        link: format!("{base_url}password-reset/{token}"),
        expires: crate::format::Zoned::utc(expires_at),
    };
    mail::enqueue(&tx, mail::To::person(&account), format!("password-reset:{id}"), &message, now).await?;
    audit::record(
        &tx,
        &Actor::user(account.id, &account.email),
        Event::new("user.password_reset_requested", "user", account.id),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The reset behind a link, if it can still be used.
///
/// # Errors
/// `Rule(LinkError)` saying why the link does not work.
pub async fn pending(db: &DatabaseConnection, token: &str, now: DateTime<Utc>) -> Result<password_reset::Model> {
    let found = password_reset::Entity::find()
        .filter(password_reset::Column::TokenHash.eq(secret::digest(token)))
        .one(db)
        .await?
        .ok_or(LinkError::Unknown)?;
    if found.used_at.is_some() {
        return Err(LinkError::Used.into());
    }
    if found.expires_at <= now {
        return Err(LinkError::Expired.into());
    }
    Ok(found)
}

/// Sets a new password through a reset link, and signs the account out everywhere:
/// whoever knew the old password is locked out.
///
/// # Errors
/// `Rule(LinkError)` for a link that does not work; `Validation` for the password.
pub async fn reset(db: &DatabaseConnection, token: &str, password: &str, now: DateTime<Utc>) -> Result<user::Model> {
    let found = pending(db, token, now).await?;
    let account = user::Entity::find_by_id(found.user_id).one(db).await?.ok_or(LinkError::Unknown)?;
    check_password(password, &[&account.email, &account.name]).map_err(|m| Error::validation("password", m))?;
    let hash = accounts::hash_password(password.to_owned()).await?;

    let tx = db::begin_write(db).await?;
    let claimed = password_reset::Entity::update_many()
        .col_expr(password_reset::Column::UsedAt, Expr::value(now))
        .filter(password_reset::Column::Id.eq(found.id))
        .filter(password_reset::Column::UsedAt.is_null())
        .changed_one(&tx)
        .await?;
    if !claimed {
        return Err(LinkError::Used.into());
    }
    let mut active: user::ActiveModel = account.clone().into();
    active.password_hash = Set(Some(hash));
    active.updated_at = Set(now);
    let updated = active.update(&tx).await?;
    auth::end_all_access(&tx, account.id, now).await?;
    audit::record(
        &tx,
        &Actor::user(account.id, &account.email),
        Event::new("user.password_reset", "user", account.id),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(updated)
}
