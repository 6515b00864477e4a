//! The public vote (a stage of kind `public_vote`): anyone registers with an email
//! address and confirms it with a one-time code; a voter then casts, changes or
//! withdraws one vote per category while the stage's window is open; the secretariat
//! reads the count, turnout and flags, voids voters with a written rationale, and
//! exports the log for the programme's auditors.
//!
//! - [`voters`]: registration, confirmation, and who a voter's token belongs to;
//! - [`ballot`]: a voter's ballot, casting and withdrawing;
//! - [`tally`]: the count (from the standing votes, or replayed from the log), flags,
//!   voids and the export;
//! - [`limits`]: the rate limits of registration and voting.
//!
//! A voter is not a person with a role: their token is of its own kind, so it reaches
//! the ballot and nothing of a focal point's, a juror's or the secretariat's.

pub mod ballot;
pub mod limits;
pub mod tally;
pub mod voters;

use std::net::IpAddr;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use entity::{server_key, stage};
use hmac::{Hmac, Mac as _};
use sea_orm::{ActiveValue::Set, ConnectionTrait, DatabaseConnection, EntityTrait as _};
use sha2::Sha256;
use uuid::Uuid;

pub use self::limits::Limits;
use super::{Error, Result};
use crate::cache::Caches;
use crate::domain::Code;
use crate::domain::stage::StageKind;

/// A voter who presented a valid token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Voter {
    pub id: Uuid,
    pub email: String,
}

/// Where a request came from, as the vote log keeps it.
#[derive(Debug, Clone)]
pub struct Client {
    pub ip: Option<IpAddr>,
    pub user_agent: String,
}

impl Client {
    /// The log keeps at most this much of a user agent.
    const USER_AGENT_CHARS: usize = 300;

    #[must_use]
    pub fn new(address: &str, user_agent: &str) -> Self {
        Self {
            ip: address.parse().ok(),
            user_agent: user_agent.chars().filter(|c| !c.is_control()).take(Self::USER_AGENT_CHARS).collect(),
        }
    }
}

/// Why a vote was refused.
#[derive(Debug, Clone, thiserror::Error)]
pub enum VoteError {
    #[error("{}", crate::i18n::say_with("vote-refusal-not-open", &[("opens", .0.clone().into())]))]
    NotOpen(String),
    #[error("{}", crate::i18n::say("vote-refusal-closed"))]
    Closed,
    #[error("{}", crate::i18n::say("vote-refusal-not-a-vote"))]
    NotAVote,
    /// Advancing out of a vote before it has closed.
    #[error("{}", crate::i18n::say_with("vote-refusal-still-open", &[("closes", .0.clone().into())]))]
    StillOpen(String),
}

impl crate::domain::code::Refusal for VoteError {
    fn code(&self) -> Code {
        match self {
            VoteError::Closed => Code::DeadlinePassed,
            VoteError::NotOpen(_) | VoteError::NotAVote | VoteError::StillOpen(_) => Code::InvalidState,
        }
    }
}

/// A public-vote stage as every vote reads it.
pub(crate) async fn vote_stage(db: &impl ConnectionTrait, stage_id: Uuid) -> Result<stage::Model> {
    let stage = stage::Entity::find_by_id(stage_id).one(db).await?.ok_or(Error::NotFound("stage"))?;
    if stage.kind != StageKind::PublicVote.as_str() {
        return Err(VoteError::NotAVote.into());
    }
    Ok(stage)
}

/// The deployment's key for hashing client addresses: made by the first instance that
/// needs it and read by every other, so hashes agree across instances and restarts.
async fn hash_key(db: &DatabaseConnection, caches: &Caches) -> Result<Arc<[u8; 32]>> {
    const NAME: &str = "vote-client-hash";
    let key = caches
        .vote_key
        .get_or_try_init(|| async {
            let (fresh, _) = super::secret::generate();
            server_key::Entity::insert(server_key::ActiveModel {
                name: Set(NAME.to_owned()),
                value: Set(fresh),
                created_at: Set(Utc::now()),
            })
            .on_conflict_do_nothing()
            .exec(db)
            .await?;
            let stored = server_key::Entity::find_by_id(NAME.to_owned())
                .one(db)
                .await?
                .ok_or_else(|| anyhow::anyhow!("the vote key was written and is gone"))?;
            let digest: [u8; 32] = <Sha256 as sha2::Digest>::digest(stored.value.as_bytes()).into();
            Ok::<_, Error>(Arc::new(digest))
        })
        .await?;
    Ok(key.clone())
}

/// The keyed hashes of a client's address and network: the same client gives the same
/// hashes, and no one without the key can tell which address they stand for.
#[derive(Debug, Clone)]
pub(crate) struct Hashed {
    pub client: String,
    pub network: String,
}

impl Hashed {
    fn of(key: &[u8; 32], client: &Client) -> Self {
        let keyed = |text: &str| {
            // HMAC takes a key of any length: this never returns early.
            let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(key) else { return String::new() };
            mac.update(text.as_bytes());
            hex::encode(&mac.finalize().into_bytes()[..16])
        };
        match client.ip {
            Some(ip) => {
                Self { client: keyed(&ip.to_string()), network: keyed(&crate::domain::vote::network(ip).to_string()) }
            }
            None => Self { client: keyed("unknown"), network: keyed("unknown") },
        }
    }
}

/// When a stage's window is open at `now`, to the millisecond; the refusal otherwise.
pub(crate) fn require_open(stage: &stage::Model, now: DateTime<Utc>) -> Result<()> {
    let (Some(opens), Some(closes)) = (stage.opens_at, stage.closes_at) else {
        return Err(VoteError::NotAVote.into());
    };
    if now >= closes {
        return Err(VoteError::Closed.into());
    }
    let active = stage.status == crate::domain::stage::StageStatus::Active.as_str();
    if now < opens || !active {
        let when = crate::format::Zoned::utc(opens.max(now)).instant(crate::i18n::current());
        return Err(VoteError::NotOpen(when).into());
    }
    Ok(())
}
