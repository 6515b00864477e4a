//! Accounts: creating one, and the password hashing and role rules every way of making
//! an account shares (the operator command, invitations, the demo).

use argon2::password_hash::{PasswordHasher as _, SaltString};
use chrono::{DateTime, Utc};
use entity::{member_state, user};
use rand::RngCore as _;
use sea_orm::DatabaseConnection;
use sea_orm::{
    ActiveModelTrait as _, ActiveValue::Set, ColumnTrait as _, ConnectionTrait, EntityTrait as _, QueryFilter as _,
    SqlErr,
};
use serde_json::json;
use uuid::Uuid;

use super::audit::{self, Event};
use super::{Actor, Error, FieldError, Result};
use crate::db;
use crate::domain::member_state::MemberStateCode;
use crate::domain::user::{Email, Role, check_password};

/// A person to create, as typed at the command line or in a form.
#[derive(Debug, Clone)]
pub struct NewUser {
    pub email: String,
    pub name: String,
    pub role: String,
    pub member_state: Option<String>,
    pub nationality: Option<String>,
    pub password: String,
}

/// Creates an active account without an invitation (bootstrapping).
///
/// # Errors
/// `Validation` naming every field to fix, including an email already in use.
pub async fn create_user(
    db: &DatabaseConnection,
    actor: &Actor,
    new: NewUser,
    now: DateTime<Utc>,
) -> Result<user::Model> {
    let checked = check_new_user(db, &new).await?;
    let password_hash = hash_password(new.password).await?;
    insert_user(db, actor, checked, password_hash, now).await
}

/// Creates active accounts that share one password, hashed once: the hash is slow on
/// purpose, and the demo makes one account for every member state it shows.
///
/// # Errors
/// As [`create_user`], for the first person refused; those before it are created.
pub async fn create_users_sharing_password(
    db: &DatabaseConnection,
    actor: &Actor,
    password: &str,
    people: Vec<NewUser>,
    now: DateTime<Utc>,
) -> Result<Vec<user::Model>> {
    let password_hash = hash_password(password.to_owned()).await?;
    let mut created = Vec::with_capacity(people.len());
    for mut new in people {
        new.password = password.to_owned();
        let checked = check_new_user(db, &new).await?;
        created.push(insert_user(db, actor, checked, password_hash.clone(), now).await?);
    }
    Ok(created)
}

/// A person's fields as they will be stored, every one checked.
struct Checked {
    email: Email,
    role: Role,
    name: String,
    member_state: Option<String>,
    nationality: Option<String>,
}

async fn check_new_user(db: &DatabaseConnection, new: &NewUser) -> Result<Checked> {
    let mut errors = Vec::new();
    let email = Email::parse(&new.email).map_err(|m| errors.push(FieldError::new("email", m))).ok();
    let role = new.role.parse::<Role>().map_err(|m| errors.push(FieldError::new("role", m.to_string()))).ok();
    let name = new.name.trim().to_owned();
    if name.is_empty() {
        errors.push(FieldError::new("name", crate::i18n::say("refusal-name-required")));
    } else if let Err(problem) = crate::domain::text::check_line(&name) {
        errors.push(FieldError::new("name", problem));
    }
    if let Err(m) = check_password(&new.password, &[&new.email, &new.name]) {
        errors.push(FieldError::new("password", m));
    }
    let member_state = known_state(db, "member_state", new.member_state.as_deref(), &mut errors).await?;
    let nationality = known_state(db, "nationality", new.nationality.as_deref(), &mut errors).await?;
    check_role_binding(role, member_state.as_deref(), &mut errors);
    let (Some(email), Some(role), true) = (email, role, errors.is_empty()) else {
        return Err(Error::Validation(errors));
    };
    Ok(Checked { email, role, name, member_state, nationality })
}

async fn insert_user(
    db: &DatabaseConnection,
    actor: &Actor,
    checked: Checked,
    password_hash: String,
    now: DateTime<Utc>,
) -> Result<user::Model> {
    let Checked { email, role, name, member_state, nationality } = checked;
    let tx = db::begin_write(db).await?;
    let created = user::ActiveModel {
        id: Set(Uuid::now_v7()),
        email: Set(email.as_str().to_owned()),
        name: Set(name),
        password_hash: Set(Some(password_hash)),
        role: Set(role.as_str().to_owned()),
        member_state: Set(member_state),
        nationality: Set(nationality),
        active: Set(true),
        created_at: Set(now),
        updated_at: Set(now),
        language: Set(None),
    }
    .insert(&tx)
    .await
    .map_err(|e| match e.sql_err() {
        Some(SqlErr::UniqueConstraintViolation(_)) => Error::validation(
            "email",
            crate::i18n::say_with("refusal-account-exists", &[("email", email.as_str().into())]),
        ),
        _ => e.into(),
    })?;
    audit::record(
        &tx,
        actor,
        Event::new("user.created", "user", created.id)
            .details(json!({ "email": created.email, "role": created.role, "member_state": created.member_state })),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(created)
}

/// A nominator acts for exactly one member state; nobody else is bound to one.
pub(crate) fn check_role_binding(role: Option<Role>, member_state: Option<&str>, errors: &mut Vec<FieldError>) {
    match (role, member_state) {
        (Some(Role::Nominator), None) if !errors.iter().any(|e| e.field == "member_state") => {
            errors.push(FieldError::new("member_state", crate::i18n::say("refusal-nominator-state")));
        }
        (Some(Role::Admin | Role::Reviewer), Some(_)) => {
            errors.push(FieldError::new("member_state", crate::i18n::say("refusal-state-nominators-only")));
        }
        _ => {}
    }
}

/// Checks an optional member state code against the 193 seeded ones.
pub(crate) async fn known_state(
    db: &impl ConnectionTrait,
    field: &str,
    raw: Option<&str>,
    errors: &mut Vec<FieldError>,
) -> Result<Option<String>> {
    let Some(raw) = raw.filter(|r| !r.trim().is_empty()) else { return Ok(None) };
    let code = match MemberStateCode::parse(raw) {
        Ok(code) => code,
        Err(m) => {
            errors.push(FieldError::new(field, m));
            return Ok(None);
        }
    };
    let found = member_state::Entity::find().filter(member_state::Column::Code.eq(code.as_str())).one(db).await?;
    if found.is_none() {
        errors.push(FieldError::new(
            field,
            crate::i18n::say_with("refusal-not-member-state", &[("code", code.as_str().into())]),
        ));
        return Ok(None);
    }
    Ok(Some(code.as_str().to_owned()))
}

/// Argon2id with the crate's defaults (19 MiB, 2 passes), off the async threads: a
/// hash takes tens of milliseconds of CPU.
///
/// # Errors
/// Only if the hasher itself fails.
pub async fn hash_password(password: String) -> Result<String> {
    tokio::task::spawn_blocking(move || {
        let mut bytes = [0_u8; 16];
        rand::rng().fill_bytes(&mut bytes);
        let salt = SaltString::encode_b64(&bytes).map_err(|e| anyhow::anyhow!("encoding a salt: {e}"))?;
        argon2::Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| anyhow::anyhow!("hashing a password: {e}"))
    })
    .await
    .map_err(|e| anyhow::anyhow!("password hashing task: {e}"))?
    .map_err(Error::Internal)
}

/// Saves the language a person chose for their pages and emails.
///
/// # Errors
/// Database failures only; the language is one of the six by its type.
pub async fn set_language(
    db: &DatabaseConnection,
    caller: &crate::service::auth::Caller,
    language: crate::i18n::Lang,
    now: DateTime<Utc>,
) -> Result<crate::service::auth::Caller> {
    let tx = db::begin_write(db).await?;
    user::Entity::update_many()
        .col_expr(user::Column::Language, sea_orm::sea_query::Expr::value(language.as_str()))
        .col_expr(user::Column::UpdatedAt, sea_orm::sea_query::Expr::value(now))
        .filter(user::Column::Id.eq(caller.id))
        .exec(&tx)
        .await?;
    crate::service::audit::record(
        &tx,
        &caller.actor(),
        crate::service::audit::Event::new("user.language_set", "user", caller.id)
            .details(json!({ "language": language.as_str() })),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(crate::service::auth::Caller { language: Some(language), ..caller.clone() })
}
