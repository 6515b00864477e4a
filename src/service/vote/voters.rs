//! Voters: registration with an email address, confirmation with the one-time code sent
//! to it, and the token that stands for the voter afterwards. A registration answers
//! the same whether or not the address is known: a second registration of a mailbox
//! (in another case, or with a plus-tag its provider ignores) makes no second voter,
//! and its code goes to the address the voter first gave.

use chrono::{DateTime, Duration, Utc};
use entity::{voter, voter_token};
use rand::Rng as _;
use sea_orm::sea_query::{Expr, ExprTrait as _};
use sea_orm::{
    ActiveModelTrait as _, ActiveValue::Set, ColumnTrait as _, DatabaseConnection, EntityTrait as _, QueryFilter as _,
};
use uuid::Uuid;

use super::{Client, Hashed, Limits, Voter, hash_key};
use crate::cache::Caches;
use crate::db;
use crate::domain::vote::{is_disposable, mailbox};
use crate::i18n::{Lang, say};
use crate::mail::{self, messages};
use crate::service::{Error, Result, secret};

/// A code works for this long after it was sent.
pub const CODE_LIFETIME: Duration = Duration::minutes(30);
/// Wrong codes before a code stops working and a new one must be asked for: with six
/// digits, a guesser's chance is five in a million per code sent.
pub const CODE_ATTEMPTS: i32 = 5;
/// A voter stays signed in for the length of a vote.
pub const TOKEN_LIFETIME: Duration = Duration::days(60);

/// What registration needs to know.
#[derive(Debug, Clone)]
pub struct Registration<'a> {
    pub email: &'a str,
    pub lang: Lang,
    /// The cycle whose ballot the email's link opens.
    pub cycle: Option<Uuid>,
}

/// Registers `email` (or finds its voter) and emails a fresh one-time code.
///
/// # Errors
/// `RateLimited` past the client's or network's allowance; `Validation` on `email` for
/// a malformed or disposable address.
pub async fn register(
    db: &DatabaseConnection,
    caches: &Caches,
    limits: &Limits,
    r: Registration<'_>,
    client: &Client,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    let found = mailbox(r.email).map_err(|e| Error::validation("email", e))?;
    if is_disposable(r.email) {
        return Err(Error::validation("email", say("vote-refusal-disposable")));
    }
    limits.register(client.ip)?;
    let hashed = Hashed::of(&*hash_key(db, caches).await?, client);
    let tx = db::begin_write(db).await?;
    voter::Entity::insert(voter::ActiveModel {
        id: Set(Uuid::now_v7()),
        address: Set(found.address.clone()),
        email: Set(r.email.trim().to_owned()),
        domain: Set(found.domain.clone()),
        language: Set(Some(r.lang.as_str().to_owned())),
        created_at: Set(now),
        confirmed_at: Set(None),
        code_hash: Set(None),
        code_expires_at: Set(None),
        code_attempts: Set(0),
        client_hash: Set(hashed.client),
        network_hash: Set(hashed.network),
    })
    .on_conflict_do_nothing_on([voter::Column::Address])
    .exec(&tx)
    .await?;
    let voter = voter::Entity::find()
        .filter(voter::Column::Address.eq(&found.address))
        .one(&tx)
        .await?
        .ok_or_else(|| anyhow::anyhow!("a voter written and gone"))?;
    let code = format!("{:06}", rand::rng().random_range(0..1_000_000));
    let code_hash = code_digest(voter.id, &code);
    voter::Entity::update_many()
        .col_expr(voter::Column::CodeHash, Expr::value(&code_hash))
        .col_expr(voter::Column::CodeExpiresAt, Expr::value(now + CODE_LIFETIME))
        .col_expr(voter::Column::CodeAttempts, Expr::value(0))
        .filter(voter::Column::Id.eq(voter.id))
        .exec(&tx)
        .await?;
    let link = r.cycle.map(|c| {
        let email: String = url::form_urlencoded::byte_serialize(voter.email.as_bytes()).collect();
        format!("{base_url}cycles/{c}/vote/confirm?email={email}")
    });
    let message = messages::VoterCode {
        code,
        link,
        again: voter.confirmed_at.is_some(),
        expires: crate::format::Zoned::utc(now + CODE_LIFETIME),
    };
    let lang = Lang::saved(voter.language.as_deref());
    let to = mail::To { address: &voter.email, lang: if voter.confirmed_at.is_some() { lang } else { r.lang } };
    mail::enqueue(&tx, to, format!("voter-code:{}:{}", voter.id, &code_hash[..16]), &message, now).await?;
    tx.commit().await?;
    Ok(())
}

fn code_digest(voter: Uuid, code: &str) -> String {
    secret::digest(&format!("{voter}:{code}"))
}

/// Checks a one-time code and, when it is right and in time, confirms the voter and
/// hands out a token.
///
/// # Errors
/// `Validation` on `code` when the address has no code waiting, or the code is wrong,
/// used up or expired (the same answer for each).
pub async fn confirm(db: &DatabaseConnection, email: &str, code: &str, now: DateTime<Utc>) -> Result<(Voter, String)> {
    let refused = || Error::validation("code", say("vote-refusal-code"));
    let found = mailbox(email).map_err(|e| Error::validation("email", e))?;
    let tx = db::begin_write(db).await?;
    let Some(v) = voter::Entity::find().filter(voter::Column::Address.eq(&found.address)).one(&tx).await? else {
        return Err(refused());
    };
    let waiting =
        v.code_hash.is_some() && v.code_expires_at.is_some_and(|at| at > now) && v.code_attempts < CODE_ATTEMPTS;
    let right = v.code_hash.as_deref().is_some_and(|h| secret::same(h, &code_digest(v.id, code.trim())));
    if !(waiting && right) {
        if waiting {
            voter::Entity::update_many()
                .col_expr(voter::Column::CodeAttempts, Expr::col(voter::Column::CodeAttempts).add(1))
                .filter(voter::Column::Id.eq(v.id))
                .exec(&tx)
                .await?;
            tx.commit().await?;
        }
        return Err(refused());
    }
    let mut active: voter::ActiveModel = v.clone().into();
    active.code_hash = Set(None);
    active.code_expires_at = Set(None);
    active.code_attempts = Set(0);
    if v.confirmed_at.is_none() {
        active.confirmed_at = Set(Some(now));
    }
    active.update(&tx).await?;
    let (token, token_hash) = secret::generate();
    voter_token::ActiveModel {
        token_hash: Set(token_hash),
        voter_id: Set(v.id),
        created_at: Set(now),
        expires_at: Set(now + TOKEN_LIFETIME),
    }
    .insert(&tx)
    .await?;
    tx.commit().await?;
    Ok((Voter { id: v.id, email: v.email }, token))
}

/// The voter a token stands for, while it lasts.
///
/// # Errors
/// Database failures only.
pub async fn voter_of_token(db: &DatabaseConnection, token: &str, now: DateTime<Utc>) -> Result<Option<Voter>> {
    let found = voter_token::Entity::find_by_id(secret::digest(token)).find_also_related(voter::Entity).one(db).await?;
    Ok(match found {
        Some((t, Some(v))) if t.expires_at > now => Some(Voter { id: v.id, email: v.email }),
        _ => None,
    })
}

/// Ends a voter's token (the ballot page's "sign out").
///
/// # Errors
/// Database failures only.
pub async fn sign_out(db: &DatabaseConnection, token: &str) -> Result<()> {
    voter_token::Entity::delete_by_id(secret::digest(token)).exec(db).await?;
    Ok(())
}
