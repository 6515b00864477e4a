//! Invitations: the secretariat invites a person by email in a role; the person
//! accepts through a one-time link, valid seven days, by choosing a name and password.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, Utc};
use entity::{invitation, member_state, user};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait as _, ActiveValue::Set, ColumnTrait as _, DatabaseConnection, DatabaseTransaction,
    EntityTrait as _, QueryFilter as _, QueryOrder as _, QuerySelect as _,
};
use serde_json::json;
use uuid::Uuid;

use super::audit::{self, Event};
use super::auth::Caller;
use super::{Actor, Error, FieldError, Paging, Result, accounts, secret};
use crate::db::{self, UpdateOne as _};
use crate::domain::member_state::MemberStateCode;
use crate::domain::user::{Email, InvitationStatus, Role, check_password};
use crate::i18n::Lang;
use crate::mail::{self, messages};

mod accept;
mod bulk;

pub use accept::*;
pub use bulk::*;

pub const VALID_FOR: Duration = Duration::days(7);

/// Whom to invite, as typed by an admin.
#[derive(Debug, Clone, Default)]
pub struct NewInvitation {
    /// Their name, when known: the acceptance page starts from it.
    pub name: Option<String>,
    pub email: String,
    pub role: String,
    /// A member state's code (`KEN`); a bulk list may also give its name (`Kenya`).
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

impl Sent {
    fn of(found: invitation::Model) -> Result<Self> {
        Ok(Self {
            id: found.id,
            email: found.email,
            role: found.role.parse().map_err(anyhow::Error::new)?,
            member_state: found.member_state,
            language: Lang::saved(found.language.as_deref()),
            expires_at: found.expires_at,
        })
    }
}

/// The invitation `id` as its sender saw it, if it exists.
///
/// # Errors
/// `Forbidden` for non-admins.
pub async fn sent(db: &DatabaseConnection, caller: &Caller, id: Uuid) -> Result<Option<Sent>> {
    caller.require_admin()?;
    invitation::Entity::find_by_id(id).one(db).await?.map(Sent::of).transpose()
}

/// An invitation that passed every check, ready to write.
struct Invitee {
    name: Option<String>,
    email: Email,
    role: Role,
    member_state: Option<(String, String)>,
    nationality: Option<String>,
    language: Lang,
}

/// The member states by code, and their codes by lower-cased English name, read once
/// for a whole list of people.
struct States {
    names: HashMap<String, String>,
    codes: HashMap<String, String>,
}

impl States {
    async fn read(db: &DatabaseConnection) -> Result<Self> {
        let all = super::member_states::list(db).await?;
        Ok(Self {
            codes: all.iter().map(|s| (s.name.to_lowercase(), s.code.clone())).collect(),
            names: all.into_iter().map(|s| (s.code, s.name)).collect(),
        })
    }

    /// The code of the state typed as `raw` (a code in any case, or its name).
    fn code(&self, field: &str, raw: Option<&str>, errors: &mut Vec<FieldError>) -> Option<String> {
        let raw = raw.map(str::trim).filter(|r| !r.is_empty())?;
        if let Some(code) = self.codes.get(&raw.to_lowercase()) {
            return Some(code.clone());
        }
        match MemberStateCode::parse(raw) {
            Ok(code) if self.names.contains_key(code.as_str()) => Some(code.as_str().to_owned()),
            Ok(code) => {
                let words = [("code", code.as_str().into())];
                errors.push(FieldError::new(field, crate::i18n::say_with("refusal-not-member-state", &words)));
                None
            }
            Err(m) => {
                errors.push(FieldError::new(field, m));
                None
            }
        }
    }
}

/// Checks one person to invite, naming every field to fix; `taken` holds the addresses
/// that already have an account.
fn check(
    new: NewInvitation,
    states: &States,
    taken: &HashSet<String>,
    default_language: Lang,
) -> std::result::Result<Invitee, Vec<FieldError>> {
    let mut errors = Vec::new();
    let name = new.name.as_deref().map(str::trim).filter(|n| !n.is_empty()).map(str::to_owned);
    if let Some(Err(problem)) = name.as_deref().map(crate::domain::text::check_line) {
        errors.push(FieldError::new("name", problem));
    }
    let email = Email::parse(&new.email).map_err(|m| errors.push(FieldError::new("email", m))).ok();
    let role = new.role.trim().parse::<Role>().map_err(|m| errors.push(FieldError::new("role", m.to_string()))).ok();
    let state = states.code("member_state", new.member_state.as_deref(), &mut errors);
    let nationality = states.code("nationality", new.nationality.as_deref(), &mut errors);
    accounts::check_role_binding(role, state.as_deref(), &mut errors);
    if let Some(email) = email.as_ref().filter(|e| taken.contains(e.as_str())) {
        let words = [("email", email.as_str().into())];
        errors.push(FieldError::new("email", crate::i18n::say_with("refusal-has-account", &words)));
    }
    match (email, role, errors.is_empty()) {
        (Some(email), Some(role), true) => Ok(Invitee {
            name,
            email,
            role,
            member_state: state.map(|code| {
                let name = states.names.get(&code).cloned().unwrap_or_default();
                (code, name)
            }),
            nationality,
            language: new.language.unwrap_or(default_language),
        }),
        _ => Err(errors),
    }
}

/// Which of `emails` already belong to an account.
async fn with_accounts(db: &DatabaseConnection, emails: impl IntoIterator<Item = String>) -> Result<HashSet<String>> {
    let emails: Vec<String> = emails.into_iter().map(|e| e.trim().to_lowercase()).collect();
    let mut taken = HashSet::new();
    // In slices, so a list of hundreds stays within every database's parameter limit.
    for slice in emails.chunks(500) {
        let found = user::Entity::find()
            .select_only()
            .column(user::Column::Email)
            .filter(user::Column::Email.is_in(slice.iter().cloned()))
            .into_tuple::<String>()
            .all(db)
            .await?;
        taken.extend(found);
    }
    Ok(taken)
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
    let states = States::read(db).await?;
    let taken = with_accounts(db, [new.email.clone()]).await?;
    let invitee = check(new, &states, &taken, caller.language.unwrap_or(Lang::DEFAULT)).map_err(Error::Validation)?;
    let tx = db::begin_write(db).await?;
    let sent = write(&tx, caller, id, invitee, base_url, now).await?;
    tx.commit().await?;
    Ok(sent)
}

/// Writes one checked invitation and queues its email, replacing any earlier
/// invitation to the address that is still waiting.
async fn write(
    tx: &DatabaseTransaction,
    caller: &Caller,
    id: Uuid,
    invitee: Invitee,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<Sent> {
    let Invitee { name, email, role, member_state, nationality, language } = invitee;
    let (state, state_name) = member_state.unzip();
    invitation::Entity::update_many()
        .col_expr(invitation::Column::RevokedAt, Expr::value(now))
        .filter(invitation::Column::Email.eq(email.as_str()))
        .filter(invitation::Column::AcceptedAt.is_null())
        .filter(invitation::Column::RevokedAt.is_null())
        .exec(tx)
        .await?;
    let (token, hash) = secret::generate();
    let expires_at = now + VALID_FOR;
    invitation::ActiveModel {
        id: Set(id),
        email: Set(email.as_str().to_owned()),
        role: Set(role.as_str().to_owned()),
        member_state: Set(state.clone()),
        nationality: Set(nationality),
        token_hash: Set(hash),
        invited_by: Set(Some(caller.id)),
        created_at: Set(now),
        expires_at: Set(expires_at),
        accepted_at: Set(None),
        accepted_user_id: Set(None),
        language: Set(Some(language.as_str().to_owned())),
        name: Set(name),
        revoked_at: Set(None),
    }
    .insert(tx)
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
    mail::enqueue(tx, to, format!("invitation:{id}"), &message, now).await?;
    audit::record(
        tx,
        &caller.actor(),
        Event::new("invitation.created", "invitation", id)
            .details(json!({ "email": email.as_str(), "role": role.as_str(), "member_state": state })),
        now,
    )
    .await?;
    Ok(Sent { id, email: email.as_str().to_owned(), role, member_state: state, language, expires_at })
}

/// An invitation as the secretariat's list shows it.
#[derive(Debug, Clone)]
pub struct Listed {
    pub id: Uuid,
    pub name: Option<String>,
    pub email: String,
    pub role: Role,
    pub member_state: Option<String>,
    pub nationality: Option<String>,
    pub status: InvitationStatus,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub accepted_at: Option<DateTime<Utc>>,
    pub revoked_at: Option<DateTime<Utc>>,
}

impl Listed {
    fn of(found: invitation::Model, now: DateTime<Utc>) -> Result<Self> {
        Ok(Self {
            status: InvitationStatus::at(
                found.accepted_at.is_some(),
                found.revoked_at.is_some(),
                found.expires_at,
                now,
            ),
            id: found.id,
            name: found.name,
            email: found.email,
            role: found.role.parse().map_err(anyhow::Error::new)?,
            member_state: found.member_state,
            nationality: found.nationality,
            created_at: found.created_at,
            expires_at: found.expires_at,
            accepted_at: found.accepted_at,
            revoked_at: found.revoked_at,
        })
    }

    /// Whether a fresh link can be sent: not once accepted or withdrawn.
    #[must_use]
    pub fn can_resend(&self) -> bool {
        matches!(self.status, InvitationStatus::Pending | InvitationStatus::Expired)
    }
}

/// Invitations, newest first, optionally in one status.
///
/// # Errors
/// `Forbidden` for non-admins.
pub async fn list(
    db: &DatabaseConnection,
    caller: &Caller,
    status: Option<InvitationStatus>,
    page: Paging,
    now: DateTime<Utc>,
) -> Result<super::Listed<Listed>> {
    caller.require_admin()?;
    use invitation::Column as C;
    let mut query = invitation::Entity::find().order_by_desc(C::Id).limit(page.rows_to_read());
    query = match status {
        None => query,
        Some(InvitationStatus::Accepted) => query.filter(C::AcceptedAt.is_not_null()),
        Some(InvitationStatus::Revoked) => query.filter(C::AcceptedAt.is_null()).filter(C::RevokedAt.is_not_null()),
        Some(InvitationStatus::Expired) => {
            query.filter(C::AcceptedAt.is_null()).filter(C::RevokedAt.is_null()).filter(C::ExpiresAt.lte(now))
        }
        Some(InvitationStatus::Pending) => {
            query.filter(C::AcceptedAt.is_null()).filter(C::RevokedAt.is_null()).filter(C::ExpiresAt.gt(now))
        }
    };
    if let Some(after) = page.after {
        query = query.filter(C::Id.lt(after));
    }
    let mut rows = query.all(db).await?;
    let next = page.cut(&mut rows, |r| r.id);
    let items = rows.into_iter().map(|r| Listed::of(r, now)).collect::<Result<_>>()?;
    Ok(super::Listed { items, next })
}

/// Refusals of a change to an invitation that is past it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Closed {
    #[error("{}", crate::i18n::say("refusal-invitation-accepted"))]
    Accepted,
    #[error("{}", crate::i18n::say("refusal-invitation-revoked"))]
    Revoked,
}

impl crate::domain::code::Refusal for Closed {
    fn code(&self) -> crate::domain::Code {
        crate::domain::Code::InvalidState
    }
}

/// Sends a fresh link for an invitation that is waiting or has expired, valid another
/// seven days; the link sent before stops working.
///
/// # Errors
/// `Forbidden` for non-admins; `NotFound`; `Rule(Closed)` once accepted or revoked.
pub async fn resend(
    db: &DatabaseConnection,
    caller: &Caller,
    id: Uuid,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<Listed> {
    caller.require_admin()?;
    let tx = db::begin_write(db).await?;
    let found = invitation::Entity::find_by_id(id).one(&tx).await?.ok_or(Error::NotFound("invitation"))?;
    refuse_if_closed(&found)?;
    let (token, hash) = secret::generate();
    let expires_at = now + VALID_FOR;
    let replaced = invitation::Entity::update_many()
        .col_expr(invitation::Column::TokenHash, Expr::value(hash))
        .col_expr(invitation::Column::ExpiresAt, Expr::value(expires_at))
        .filter(invitation::Column::Id.eq(id))
        .filter(invitation::Column::TokenHash.eq(found.token_hash.as_str()))
        .filter(invitation::Column::AcceptedAt.is_null())
        .filter(invitation::Column::RevokedAt.is_null())
        .changed_one(&tx)
        .await?;
    if !replaced {
        // Accepted or revoked since it was read; say which.
        let now_found = invitation::Entity::find_by_id(id).one(&tx).await?.ok_or(Error::NotFound("invitation"))?;
        refuse_if_closed(&now_found)?;
        return Err(Error::Internal(anyhow::anyhow!("invitation {id} changed while a new link was made")));
    }
    let language = Lang::saved(found.language.as_deref());
    let state_name = match &found.member_state {
        Some(code) => member_state::Entity::find_by_id(code.clone()).one(&tx).await?.map(|s| s.name),
        None => None,
    };
    let message = messages::Invitation {
        invited_by: caller.name.clone(),
        role: found.role.clone(),
        member_state: state_name,
        link: format!("{base_url}invitations/{token}?lang={language}"),
        expires: crate::format::Zoned::utc(expires_at),
    };
    let to = mail::To { address: &found.email, lang: language };
    mail::enqueue(&tx, to, format!("invitation:{id}:{}", now.timestamp_micros()), &message, now).await?;
    audit::record(
        &tx,
        &caller.actor(),
        Event::new("invitation.resent", "invitation", id).details(json!({ "email": found.email })),
        now,
    )
    .await?;
    let updated = invitation::Entity::find_by_id(id).one(&tx).await?.ok_or(Error::NotFound("invitation"))?;
    tx.commit().await?;
    Listed::of(updated, now)
}

/// Withdraws an invitation: its link refuses from now on. Revoking twice is harmless.
/// Answers the address it was sent to.
///
/// # Errors
/// `Forbidden` for non-admins; `NotFound`; `Rule(Closed::Accepted)` once accepted (to
/// stop an account, deactivate it).
pub async fn revoke(db: &DatabaseConnection, caller: &Caller, id: Uuid, now: DateTime<Utc>) -> Result<String> {
    caller.require_admin()?;
    let tx = db::begin_write(db).await?;
    let found = invitation::Entity::find_by_id(id).one(&tx).await?.ok_or(Error::NotFound("invitation"))?;
    if found.accepted_at.is_some() {
        return Err(Closed::Accepted.into());
    }
    if found.revoked_at.is_some() {
        return Ok(found.email);
    }
    let revoked = invitation::Entity::update_many()
        .col_expr(invitation::Column::RevokedAt, Expr::value(now))
        .filter(invitation::Column::Id.eq(id))
        .filter(invitation::Column::AcceptedAt.is_null())
        .filter(invitation::Column::RevokedAt.is_null())
        .changed_one(&tx)
        .await?;
    if !revoked {
        return Err(Closed::Accepted.into());
    }
    audit::record(
        &tx,
        &caller.actor(),
        Event::new("invitation.revoked", "invitation", id).details(json!({ "email": found.email })),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(found.email)
}

fn refuse_if_closed(found: &invitation::Model) -> Result<()> {
    if found.accepted_at.is_some() {
        return Err(Closed::Accepted.into());
    }
    if found.revoked_at.is_some() {
        return Err(Closed::Revoked.into());
    }
    Ok(())
}
