//! Accepting an invitation: the one-time link checked, the account made.

use super::*;

/// Why a link does not work, for a page that says what to do next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum LinkError {
    #[error("{}", crate::i18n::say("refusal-link-unknown"))]
    Unknown,
    #[error("{}", crate::i18n::say("refusal-link-expired"))]
    Expired,
    #[error("{}", crate::i18n::say("refusal-link-used"))]
    Used,
    #[error("{}", crate::i18n::say("refusal-link-revoked"))]
    Revoked,
}

impl crate::domain::code::Refusal for LinkError {
    fn code(&self) -> crate::domain::Code {
        match self {
            LinkError::Unknown => crate::domain::Code::NotFound,
            LinkError::Expired | LinkError::Used | LinkError::Revoked => crate::domain::Code::InvalidState,
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
    if found.revoked_at.is_some() {
        return Err(LinkError::Revoked.into());
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
