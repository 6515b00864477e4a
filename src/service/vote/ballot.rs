//! A voter's ballot: each category's nominations in the voter's own order, the vote in
//! each, and casting, changing and withdrawing a vote while the window is open.
//!
//! The nominations in a vote do not change while it runs (they entered the stage when
//! screening advanced), so the ballot's book is read once per stage and kept, checked
//! against one aggregate read. A vote is then one upsert of the standing vote and one
//! line of the log, in one transaction: the standing vote's row is written first, so
//! of two votes of one voter at once the second waits for the first, and the log's
//! order is the order the standing vote took.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use entity::{category, nomination, vote, vote_log};
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveValue::Set, ColumnTrait as _, ConnectionTrait, DatabaseConnection, EntityTrait as _, QueryFilter as _,
    QueryOrder as _, QuerySelect as _,
};
use serde::Serialize;
use uuid::Uuid;

use super::{Client, Hashed, Limits, Voter, hash_key, require_open, vote_stage};
use crate::cache::Caches;
use crate::db;
use crate::domain::nomination::NominationStatus;
use crate::domain::vote::place;
use crate::i18n::{Lang, say};
use crate::service::{Error, Result, stamps};

/// The nominations in a vote, by category: what every ballot of the stage is made of.
#[derive(Debug)]
pub struct Book {
    pub cycle_id: Uuid,
    /// In the cycle's order; only categories with a nomination in the vote.
    pub categories: Vec<BookCategory>,
    /// Nomination → its category.
    category_of: HashMap<Uuid, Uuid>,
}

#[derive(Debug)]
pub struct BookCategory {
    pub id: Uuid,
    pub key: String,
    /// As stored (the default language's words).
    pub name: String,
    pub nominations: Vec<Entry>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Entry {
    pub id: Uuid,
    pub title: String,
    pub summary: String,
    /// ISO 3166-1 alpha-3.
    pub member_state: String,
}

impl Book {
    /// The category a nomination is on the ballot in.
    #[must_use]
    pub fn category_of(&self, nomination: Uuid) -> Option<Uuid> {
        self.category_of.get(&nomination).copied()
    }

    #[must_use]
    pub fn category(&self, key: &str) -> Option<&BookCategory> {
        self.categories.iter().find(|c| c.key == key)
    }
}

/// What the book was read from: the stage's state and the nominations in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BookStamp {
    status: String,
    opened_at: Option<DateTime<Utc>>,
    nominations: stamps::PerStatus,
}

/// The stage's book, kept while the stage and its nominations are unchanged.
pub(crate) async fn book(
    db: &impl ConnectionTrait,
    caches: &Caches,
    stage: &entity::stage::Model,
) -> Result<Arc<Book>> {
    let stamp = BookStamp {
        status: stage.status.clone(),
        opened_at: stage.opened_at,
        nominations: stamps::per_status(
            db,
            nomination::Entity::find().filter(nomination::Column::CurrentStageId.eq(stage.id)),
            nomination::Column::Status,
            nomination::Column::UpdatedAt,
        )
        .await?,
    };
    if let Some((_, kept)) = caches.ballots.get(&stage.id, |(seen, _)| *seen == stamp) {
        return Ok(kept);
    }
    let kept = Arc::new(read_book(db, stage).await?);
    caches.ballots.put(stage.id, (stamp, kept.clone()));
    Ok(kept)
}

/// The stage's book, read afresh.
pub(crate) async fn read_book(db: &impl ConnectionTrait, stage: &entity::stage::Model) -> Result<Book> {
    let categories = category::Entity::find()
        .filter(category::Column::CycleId.eq(stage.cycle_id))
        .order_by_asc(category::Column::Position)
        .all(db)
        .await?;
    let rows: Vec<(Uuid, Uuid, String, String, String)> = nomination::Entity::find()
        .select_only()
        .columns([
            nomination::Column::Id,
            nomination::Column::CategoryId,
            nomination::Column::Title,
            nomination::Column::Summary,
            nomination::Column::MemberState,
        ])
        .filter(nomination::Column::CurrentStageId.eq(stage.id))
        .filter(nomination::Column::Status.eq(NominationStatus::InReview.as_str()))
        .order_by_asc(nomination::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    let mut by_category: HashMap<Uuid, Vec<Entry>> = HashMap::new();
    let mut category_of = HashMap::with_capacity(rows.len());
    for (id, category, title, summary, member_state) in rows {
        category_of.insert(id, category);
        by_category.entry(category).or_default().push(Entry { id, title, summary, member_state });
    }
    let categories = categories
        .into_iter()
        .filter_map(|c| {
            let nominations = by_category.remove(&c.id)?;
            Some(BookCategory { id: c.id, key: c.key, name: c.name, nominations })
        })
        .collect();
    Ok(Book { cycle_id: stage.cycle_id, categories, category_of })
}

/// A public vote that has not closed, for the landing page.
#[derive(Debug, Clone)]
pub struct Running {
    pub cycle: Uuid,
    pub opens_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
}

/// The public votes whose nominations are known (screening has handed over) and that
/// have not closed at `now`, soonest to close first.
///
/// # Errors
/// Database failures.
pub async fn running(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<Vec<Running>> {
    use entity::stage;
    type Window = (Uuid, Option<DateTime<Utc>>, Option<DateTime<Utc>>);
    let rows: Vec<Window> = stage::Entity::find()
        .select_only()
        .columns([stage::Column::CycleId, stage::Column::OpensAt, stage::Column::ClosesAt])
        .filter(stage::Column::Kind.eq(crate::domain::stage::StageKind::PublicVote.as_str()))
        .filter(stage::Column::Status.eq(crate::domain::stage::StageStatus::Active.as_str()))
        .filter(stage::Column::ClosesAt.gt(now))
        .order_by_asc(stage::Column::ClosesAt)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(cycle, opens, closes)| Some(Running { cycle, opens_at: opens?, closes_at: closes? }))
        .collect())
}

/// One voter's ballot.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Ballot {
    pub stage: Uuid,
    pub opens_at: Option<DateTime<Utc>>,
    pub closes_at: Option<DateTime<Utc>>,
    /// Open for votes now.
    pub open: bool,
    /// A vote in every category.
    pub complete: bool,
    /// Only complete ballots count.
    pub complete_ballot_only: bool,
    pub categories: Vec<BallotCategory>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct BallotCategory {
    pub key: String,
    /// In the reader's language.
    pub name: String,
    /// The nomination voted for, if any.
    pub vote: Option<Uuid>,
    /// In this voter's own order.
    pub nominations: Vec<Entry>,
}

/// The voter's ballot for a public-vote stage, the category names in `lang`.
///
/// # Errors
/// `NotFound` for no such stage; `Rule` when the stage is not a public vote.
pub async fn ballot(
    db: &DatabaseConnection,
    caches: &Caches,
    voter: &Voter,
    stage_id: Uuid,
    lang: Lang,
    now: DateTime<Utc>,
) -> Result<Ballot> {
    let stage = vote_stage(db, stage_id).await?;
    let version: i32 = entity::cycle::Entity::find_by_id(stage.cycle_id)
        .select_only()
        .column(entity::cycle::Column::Version)
        .into_tuple()
        .one(db)
        .await?
        .unwrap_or_default();
    let words = crate::service::cycles::labels(db, caches, &[(stage.cycle_id, version)]).await?;
    ballot_of(db, caches, Some(voter), &stage, words.of(stage.cycle_id), lang, now).await
}

/// The ballot of a stage already read, in the words of its cycle: a voter's own, or
/// for a reader who is not one, the nominations in their stored order without votes.
///
/// # Errors
/// Database failures.
pub async fn ballot_of(
    db: &impl ConnectionTrait,
    caches: &Caches,
    voter: Option<&Voter>,
    stage: &entity::stage::Model,
    words: &crate::domain::definition::Labels,
    lang: Lang,
    now: DateTime<Utc>,
) -> Result<Ballot> {
    let book = book(db, caches, stage).await?;
    let cast: HashMap<Uuid, Uuid> = match voter {
        Some(voter) => vote::Entity::find()
            .select_only()
            .columns([vote::Column::CategoryId, vote::Column::NominationId])
            .filter(vote::Column::StageId.eq(stage.id))
            .filter(vote::Column::VoterId.eq(voter.id))
            .into_tuple::<(Uuid, Uuid)>()
            .all(db)
            .await?
            .into_iter()
            .collect(),
        None => HashMap::new(),
    };
    let categories: Vec<BallotCategory> = book
        .categories
        .iter()
        .map(|c| {
            let mut nominations = c.nominations.clone();
            if let Some(voter) = voter {
                nominations.sort_by_cached_key(|n| place(voter.id, n.id));
            }
            BallotCategory {
                key: c.key.clone(),
                name: words.category(&c.key, lang, &c.name).to_owned(),
                vote: cast.get(&c.id).copied(),
                nominations,
            }
        })
        .collect();
    Ok(Ballot {
        stage: stage.id,
        opens_at: stage.opens_at,
        closes_at: stage.closes_at,
        open: require_open(stage, now).is_ok(),
        complete: categories.iter().all(|c| c.vote.is_some()),
        complete_ballot_only: stage.complete_ballot_only,
        categories,
    })
}

/// A voter's request about their vote in one category.
#[derive(Debug, Clone, Copy)]
pub struct Request<'a> {
    pub voter: &'a Voter,
    pub stage: Uuid,
    /// The category's key.
    pub category: &'a str,
    pub client: &'a Client,
}

/// What every change of a vote is checked for, in order: the window, the category (and
/// the nomination in it, for a cast), then the voter's allowance. The category's id and
/// the client's hashes, for the log.
async fn admit(
    db: &DatabaseConnection,
    caches: &Caches,
    limits: &Limits,
    r: &Request<'_>,
    nomination: Option<Uuid>,
    now: DateTime<Utc>,
) -> Result<(Uuid, Hashed)> {
    let stage = vote_stage(db, r.stage).await?;
    require_open(&stage, now)?;
    let book = book(db, caches, &stage).await?;
    let category = book.category(r.category).ok_or(Error::NotFound("category"))?;
    if nomination.is_some_and(|n| book.category_of(n) != Some(category.id)) {
        return Err(Error::validation("nomination", say("vote-refusal-nomination")));
    }
    limits.vote(r.voter.id)?;
    Ok((category.id, Hashed::of(&*hash_key(db, caches).await?, r.client)))
}

/// Casts or changes the voter's vote in a category.
///
/// # Errors
/// `Rule` (`deadline_passed` after the window, `invalid_state` before it);
/// `NotFound` for a category not on the ballot; `Validation` on `nomination` for one not
/// in that category's vote; `RateLimited` past the voter's allowance.
pub async fn cast(
    db: &DatabaseConnection,
    caches: &Caches,
    limits: &Limits,
    r: &Request<'_>,
    nomination: Uuid,
    now: DateTime<Utc>,
) -> Result<()> {
    let (category, hashed) = admit(db, caches, limits, r, Some(nomination), now).await?;
    let tx = db::begin_write(db).await?;
    vote::Entity::insert(vote::ActiveModel {
        stage_id: Set(r.stage),
        voter_id: Set(r.voter.id),
        category_id: Set(category),
        nomination_id: Set(nomination),
        cast_at: Set(now),
    })
    .on_conflict(
        OnConflict::columns([vote::Column::StageId, vote::Column::VoterId, vote::Column::CategoryId])
            .update_columns([vote::Column::NominationId, vote::Column::CastAt])
            .to_owned(),
    )
    .exec_without_returning(&tx)
    .await?;
    log(&tx, r, category, Some(nomination), &hashed, now).await?;
    tx.commit().await?;
    Ok(())
}

/// Withdraws the voter's vote in a category; nothing to withdraw is no error.
///
/// # Errors
/// As [`cast`].
pub async fn withdraw(
    db: &DatabaseConnection,
    caches: &Caches,
    limits: &Limits,
    r: &Request<'_>,
    now: DateTime<Utc>,
) -> Result<()> {
    let (category, hashed) = admit(db, caches, limits, r, None, now).await?;
    let tx = db::begin_write(db).await?;
    let gone = vote::Entity::delete_many()
        .filter(vote::Column::StageId.eq(r.stage))
        .filter(vote::Column::VoterId.eq(r.voter.id))
        .filter(vote::Column::CategoryId.eq(category))
        .exec(&tx)
        .await?;
    if gone.rows_affected > 0 {
        log(&tx, r, category, None, &hashed, now).await?;
    }
    tx.commit().await?;
    Ok(())
}

async fn log(
    tx: &impl ConnectionTrait,
    r: &Request<'_>,
    category: Uuid,
    nomination: Option<Uuid>,
    hashed: &Hashed,
    now: DateTime<Utc>,
) -> Result<()> {
    vote_log::Entity::insert(vote_log::ActiveModel {
        id: sea_orm::ActiveValue::NotSet,
        stage_id: Set(r.stage),
        voter_id: Set(r.voter.id),
        category_id: Set(category),
        nomination_id: Set(nomination),
        at: Set(now),
        client_hash: Set(hashed.client.clone()),
        network_hash: Set(hashed.network.clone()),
        user_agent: Set(r.client.user_agent.clone()),
    })
    .exec_without_returning(tx)
    .await?;
    Ok(())
}
