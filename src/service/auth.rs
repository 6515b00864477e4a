//! Who is asking: sign-in with throttling, sessions for people, bearer tokens for
//! programs, and [`Caller`], through which every use case states what it requires.

use argon2::{PasswordHash, PasswordVerifier as _};
use chrono::{DateTime, Duration, Utc};
use entity::{api_token, login_attempt, session, user};
use sea_orm::{
    ActiveModelTrait as _, ActiveValue::Set, ColumnTrait as _, DatabaseConnection, DatabaseTransaction,
    EntityTrait as _, PaginatorTrait as _, QueryFilter as _, QueryOrder as _, QuerySelect as _,
};
use serde_json::json;
use uuid::Uuid;

use super::audit::{self, Event};
use super::{Actor, Error, Result, secret};
use crate::db;
use crate::domain::user::{Email, Role};

/// A session lasts at most this long, however active.
pub const SESSION_LIFETIME: Duration = Duration::days(7);
/// A session unused for this long ends: a shared computer left signed in is safe by morning.
pub const SESSION_IDLE: Duration = Duration::hours(12);
/// API tokens expire; programs sign in again.
pub const TOKEN_LIFETIME: Duration = Duration::days(30);
/// Failed sign-ins are counted over this window.
pub const FAILURE_WINDOW: Duration = Duration::minutes(15);
/// Failures for one account before it is refused for the rest of the window.
pub const MAX_ACCOUNT_FAILURES: u64 = 5;
/// Failures from one client (any accounts) before its wrong guesses are refused for the
/// rest of the window; a correct password for an account it has not failed on still works.
pub const MAX_CLIENT_FAILURES: u64 = 20;

/// An authenticated, active person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    pub id: Uuid,
    pub email: String,
    pub name: String,
    pub role: Role,
    pub member_state: Option<String>,
    pub nationality: Option<String>,
    /// The language they chose, if they have.
    pub language: Option<crate::i18n::Lang>,
}

impl Caller {
    pub fn actor(&self) -> Actor {
        Actor::user(self.id, &self.email)
    }

    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }

    /// The rule every admin-only use case starts with.
    ///
    /// # Errors
    /// `Forbidden` naming the role needed.
    pub fn require_admin(&self) -> Result<()> {
        self.require(Role::Admin)
    }

    /// # Errors
    /// `Forbidden` naming the role needed.
    pub fn require(&self, role: Role) -> Result<()> {
        if self.role == role {
            Ok(())
        } else {
            let who = match role {
                Role::Admin => "the secretariat (administrators)",
                Role::Nominator => "member states' focal points",
                Role::Reviewer => "reviewers",
            };
            Err(Error::Forbidden(format!("only {who} may do this")))
        }
    }

    pub(crate) fn from_user(u: user::Model) -> Result<Self> {
        let role = u.role.parse::<Role>().map_err(anyhow::Error::msg)?;
        Ok(Self {
            id: u.id,
            email: u.email,
            name: u.name,
            role,
            member_state: u.member_state,
            nationality: u.nationality,
            // A word this version does not know is as good as no choice.
            language: u.language.and_then(|l| l.parse().ok()),
        })
    }
}

/// Where a sign-in came from, for the credential it receives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    /// A browser: a session cookie.
    Web,
    /// A program: a bearer token.
    Api,
}

/// A successful sign-in: the person and the secret to present from now on.
#[derive(Debug)]
pub struct NewSession {
    pub caller: Caller,
    pub secret: String,
    pub expires_at: DateTime<Utc>,
}

/// Checks a password and hands out a session or token.
///
/// `client` identifies the other end (its IP address), so that one client guessing
/// across many accounts is throttled as well as many clients guessing one account.
/// A sign-in replacing an existing session (`replacing`) ends it: the session id
/// changes at every sign-in, so an id planted before sign-in is worthless after.
///
/// # Errors
/// `RateLimited` while throttled, `WrongCredentials` for a wrong email or password
/// (the same answer for both, so addresses cannot be probed).
pub async fn sign_in(
    db: &DatabaseConnection,
    email: &str,
    password: &str,
    client: &str,
    channel: Channel,
    replacing: Option<&str>,
    now: DateTime<Utc>,
) -> Result<NewSession> {
    let email = Email::parse(email).map_or_else(|_| email.trim().to_lowercase(), |e| e.as_str().to_owned());
    let slowed = throttle(db, &email, client, now).await?;

    let account = user::Entity::find().filter(user::Column::Email.eq(&email)).one(db).await?;
    let stored_hash = account.as_ref().and_then(|u| u.password_hash.clone());
    let password_ok = verify_password(password.to_owned(), stored_hash).await?;
    let account = account.filter(|u| u.active && password_ok);

    let tx = db::begin_write(db).await?;
    login_attempt::ActiveModel {
        id: Set(Uuid::now_v7()),
        email: Set(email.clone()),
        client: Set(client.to_owned()),
        succeeded: Set(account.is_some()),
        at: Set(now),
    }
    .insert(&tx)
    .await?;

    let Some(account) = account else {
        audit::record(
            &tx,
            &Actor { id: None, label: email.clone() },
            Event::new("user.sign_in_failed", "user", &email).details(json!({ "client": client })),
            now,
        )
        .await?;
        tx.commit().await?;
        return Err(match slowed {
            Some(retry_after) => Error::RateLimited { retry_after },
            None => Error::WrongCredentials,
        });
    };

    let caller = Caller::from_user(account)?;
    let (secret, expires_at) = match channel {
        Channel::Web => {
            if let Some(old) = replacing {
                session::Entity::delete_by_id(secret::digest(old)).exec(&tx).await?;
            }
            start_session(&tx, caller.id, now).await?
        }
        Channel::Api => issue_token(&tx, caller.id, now).await?,
    };
    audit::record(
        &tx,
        &caller.actor(),
        Event::new("user.signed_in", "user", caller.id)
            .details(json!({ "client": client, "channel": if channel == Channel::Web { "web" } else { "api" } })),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(NewSession { caller, secret, expires_at })
}

/// Starts a browser session for a person who just proved who they are another way
/// (accepting an invitation with the password they chose), ending `replacing`.
///
/// # Errors
/// Database failures only.
pub async fn start_session_for(
    db: &DatabaseConnection,
    caller: &Caller,
    client: &str,
    replacing: Option<&str>,
    now: DateTime<Utc>,
) -> Result<NewSession> {
    let tx = db::begin_write(db).await?;
    if let Some(old) = replacing {
        session::Entity::delete_by_id(secret::digest(old)).exec(&tx).await?;
    }
    let (secret, expires_at) = start_session(&tx, caller.id, now).await?;
    audit::record(
        &tx,
        &caller.actor(),
        Event::new("user.signed_in", "user", caller.id).details(json!({ "client": client, "channel": "web" })),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(NewSession { caller: caller.clone(), secret, expires_at })
}

/// Refuses a sign-in while the account has failed too often lately, from anywhere, or
/// while this client has failed on this account. A client that has failed too often on
/// any accounts is slowed rather than shut out (the answer is `Some(retry_after)`): its
/// wrong guesses are refused as rate-limited, but a correct password for an account it
/// has not been guessing is let through. Everyone behind one proxy or office network
/// shares an address, and twenty typos or made-up addresses there must not lock the
/// secretariat out.
async fn throttle(db: &DatabaseConnection, email: &str, client: &str, now: DateTime<Utc>) -> Result<Option<i64>> {
    let since = now - FAILURE_WINDOW;
    let recent = || {
        login_attempt::Entity::find()
            .filter(login_attempt::Column::Succeeded.eq(false))
            .filter(login_attempt::Column::At.gt(since))
    };
    // When `failures` reach `limit`, the seconds until the oldest that counts ages out.
    let locked_for = |failures: sea_orm::Select<login_attempt::Entity>, limit: u64| async move {
        if failures.clone().count(db).await? < limit {
            return Ok::<_, Error>(None);
        }
        let oldest =
            failures.order_by_desc(login_attempt::Column::At).offset(limit - 1).one(db).await?.map_or(now, |a| a.at);
        Ok(Some((oldest + FAILURE_WINDOW - now).num_seconds().max(1)))
    };
    if let Some(retry_after) =
        locked_for(recent().filter(login_attempt::Column::Email.eq(email)), MAX_ACCOUNT_FAILURES).await?
    {
        return Err(Error::RateLimited { retry_after });
    }
    let from_client = recent().filter(login_attempt::Column::Client.eq(client));
    let Some(retry_after) = locked_for(from_client.clone(), MAX_CLIENT_FAILURES).await? else { return Ok(None) };
    if from_client.filter(login_attempt::Column::Email.eq(email)).count(db).await? > 0 {
        return Err(Error::RateLimited { retry_after });
    }
    Ok(Some(retry_after))
}

async fn start_session(tx: &DatabaseTransaction, user_id: Uuid, now: DateTime<Utc>) -> Result<(String, DateTime<Utc>)> {
    let (token, hash) = secret::generate();
    let (csrf, _) = secret::generate();
    let expires_at = now + SESSION_LIFETIME;
    session::ActiveModel {
        id: Set(hash),
        user_id: Set(user_id),
        csrf_token: Set(csrf),
        created_at: Set(now),
        last_seen_at: Set(now),
        expires_at: Set(expires_at),
    }
    .insert(tx)
    .await?;
    Ok((token, expires_at))
}

async fn issue_token(tx: &DatabaseTransaction, user_id: Uuid, now: DateTime<Utc>) -> Result<(String, DateTime<Utc>)> {
    let (token, hash) = secret::generate();
    let expires_at = now + TOKEN_LIFETIME;
    api_token::ActiveModel {
        id: Set(Uuid::now_v7()),
        user_id: Set(user_id),
        token_hash: Set(hash),
        name: Set("sign-in".into()),
        created_at: Set(now),
        last_used_at: Set(None),
        expires_at: Set(Some(expires_at)),
        revoked_at: Set(None),
    }
    .insert(tx)
    .await?;
    Ok((token, expires_at))
}

/// Checks a password against a stored Argon2id hash off the async threads. With no
/// account, a dummy hash is checked all the same, so timing does not tell whether an
/// address has an account.
async fn verify_password(password: String, stored: Option<String>) -> Result<bool> {
    tokio::task::spawn_blocking(move || {
        let stored = stored.unwrap_or_else(|| DUMMY_HASH.to_owned());
        let Ok(parsed) = PasswordHash::new(&stored) else { return false };
        argon2::Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok()
    })
    .await
    .map_err(|e| Error::Internal(anyhow::anyhow!("password check task: {e}")))
}

/// An Argon2id hash of a random string nobody knows, with the default parameters.
const DUMMY_HASH: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$bGF1cmVsLWR1bW15LXNhbHQ$Lr5lS0pYbqYl1OwNfm5FAn4Xb5C2fr3Ec2bW4Sd0m0I";

/// The person behind a session cookie, if the session is live and the account active.
///
/// # Errors
/// Database failures only.
pub async fn session_caller(
    db: &DatabaseConnection,
    token: &str,
    now: DateTime<Utc>,
) -> Result<Option<(Caller, String)>> {
    let Some((row, Some(account))) =
        session::Entity::find_by_id(secret::digest(token)).find_also_related(user::Entity).one(db).await?
    else {
        return Ok(None);
    };
    if row.expires_at <= now || row.last_seen_at + SESSION_IDLE <= now || !account.active {
        return Ok(None);
    }
    // Writing on every request would serialise readers behind SQLite's one writer;
    // a minute's precision is plenty for a 12-hour idle limit.
    if now - row.last_seen_at > Duration::minutes(1) {
        let csrf = row.csrf_token.clone();
        let mut active: session::ActiveModel = row.into();
        active.last_seen_at = Set(now);
        active.update(db).await?;
        return Ok(Some((Caller::from_user(account)?, csrf)));
    }
    Ok(Some((Caller::from_user(account)?, row.csrf_token)))
}

/// The person behind a bearer token, if it is live and the account active.
///
/// # Errors
/// Database failures only.
pub async fn token_caller(db: &DatabaseConnection, token: &str, now: DateTime<Utc>) -> Result<Option<Caller>> {
    let Some((row, Some(account))) = api_token::Entity::find()
        .filter(api_token::Column::TokenHash.eq(secret::digest(token)))
        .find_also_related(user::Entity)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let expired = row.expires_at.is_some_and(|at| at <= now);
    if row.revoked_at.is_some() || expired || !account.active {
        return Ok(None);
    }
    if row.last_used_at.is_none_or(|at| now - at > Duration::minutes(1)) {
        let mut active: api_token::ActiveModel = row.into();
        active.last_used_at = Set(Some(now));
        active.update(db).await?;
    }
    Ok(Some(Caller::from_user(account)?))
}

/// Ends a browser session.
///
/// # Errors
/// Database failures only.
pub async fn sign_out(db: &DatabaseConnection, caller: &Caller, session_token: &str, now: DateTime<Utc>) -> Result<()> {
    let tx = db::begin_write(db).await?;
    session::Entity::delete_by_id(secret::digest(session_token)).exec(&tx).await?;
    audit::record(&tx, &caller.actor(), Event::new("user.signed_out", "user", caller.id), now).await?;
    tx.commit().await?;
    Ok(())
}

/// Revokes the bearer token a program signed in with.
///
/// # Errors
/// Database failures only.
pub async fn revoke_token(db: &DatabaseConnection, caller: &Caller, token: &str, now: DateTime<Utc>) -> Result<()> {
    let tx = db::begin_write(db).await?;
    api_token::Entity::update_many()
        .col_expr(api_token::Column::RevokedAt, sea_orm::sea_query::Expr::value(now))
        .filter(api_token::Column::TokenHash.eq(secret::digest(token)))
        .exec(&tx)
        .await?;
    audit::record(
        &tx,
        &caller.actor(),
        Event::new("user.signed_out", "user", caller.id).details(json!({ "channel": "api" })),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Ends every session and revokes every token of a person, inside the caller's
/// transaction: used when an account is deactivated or its password reset.
///
/// # Errors
/// Database failures only.
pub async fn end_all_access(tx: &DatabaseTransaction, user_id: Uuid, now: DateTime<Utc>) -> Result<()> {
    session::Entity::delete_many().filter(session::Column::UserId.eq(user_id)).exec(tx).await?;
    api_token::Entity::update_many()
        .col_expr(api_token::Column::RevokedAt, sea_orm::sea_query::Expr::value(now))
        .filter(api_token::Column::UserId.eq(user_id))
        .filter(api_token::Column::RevokedAt.is_null())
        .exec(tx)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dummy_hash_parses_so_unknown_addresses_cost_a_real_verification() {
        let parsed = PasswordHash::new(DUMMY_HASH).unwrap();
        assert_eq!(parsed.algorithm.as_str(), "argon2id");
        assert!(argon2::Argon2::default().verify_password(b"anything", &parsed).is_err());
    }
}
