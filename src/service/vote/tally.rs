//! The count of a public vote, for the secretariat: totals after voids and the
//! complete-ballot rule, turnout, ballots set aside and why, the flags, the voids
//! themselves, and the log for the programme's auditors. [`recount`] makes the same
//! count from the log alone, so anyone with the log and the voids can check it.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{DateTime, Utc};
use entity::{vote, vote_log, vote_void, voter};
use sea_orm::{
    ActiveValue::Set, ColumnTrait as _, ConnectionTrait, DatabaseConnection, EntityTrait as _, QueryFilter as _,
    QueryOrder as _, QuerySelect as _,
};
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use super::ballot::{Book, book};
use super::vote_stage;
use crate::cache::Caches;
use crate::db;
use crate::domain::vote::{self as rules, Count, Flag, FlagKind, Logged, Sensitivity, Vote, VoterTrace};
use crate::service::audit::{self, Event};
use crate::service::auth::Caller;
use crate::service::{Error, FieldError, Result};

/// The votes standing now.
async fn standing(db: &impl ConnectionTrait, stage_id: Uuid) -> Result<Vec<Vote>> {
    Ok(vote::Entity::find()
        .select_only()
        .columns([vote::Column::VoterId, vote::Column::CategoryId, vote::Column::NominationId])
        .filter(vote::Column::StageId.eq(stage_id))
        .into_tuple::<(Uuid, Uuid, Uuid)>()
        .all(db)
        .await?
        .into_iter()
        .map(|(voter, category, nomination)| Vote { voter, category, nomination })
        .collect())
}

async fn voided(db: &impl ConnectionTrait, stage_id: Uuid) -> Result<HashSet<Uuid>> {
    Ok(vote_void::Entity::find()
        .select_only()
        .column(vote_void::Column::VoterId)
        .filter(vote_void::Column::StageId.eq(stage_id))
        .into_tuple::<Uuid>()
        .all(db)
        .await?
        .into_iter()
        .collect())
}

/// The stage's count from its standing votes.
///
/// # Errors
/// `NotFound` for no such stage, `Rule` for one that is not a public vote.
pub async fn count(
    db: &impl ConnectionTrait,
    caches: &Caches,
    stage_id: Uuid,
) -> Result<(Count, std::sync::Arc<Book>)> {
    let read = read(db, caches, stage_id).await?;
    Ok((read.count(), read.book))
}

/// What a count is made of, read once.
struct Read {
    stage: entity::stage::Model,
    book: std::sync::Arc<Book>,
    votes: Vec<Vote>,
    voided: HashSet<Uuid>,
}

impl Read {
    fn count(&self) -> Count {
        rules::count(&self.votes, &self.voided, self.book.categories.len(), self.stage.complete_ballot_only)
    }
}

async fn read(db: &impl ConnectionTrait, caches: &Caches, stage_id: Uuid) -> Result<Read> {
    let stage = vote_stage(db, stage_id).await?;
    let book = book(db, caches, &stage).await?;
    let votes = standing(db, stage_id).await?;
    let voided = voided(db, stage_id).await?;
    Ok(Read { stage, book, votes, voided })
}

/// The valid votes of each nomination in the stage, for its ranking (`service::ranking`),
/// read without the kept book.
///
/// # Errors
/// As [`count`].
pub async fn valid_votes(db: &impl ConnectionTrait, stage_id: Uuid) -> Result<HashMap<Uuid, u64>> {
    let stage = vote_stage(db, stage_id).await?;
    let book = super::ballot::read_book(db, &stage).await?;
    let votes = standing(db, stage_id).await?;
    let voided = voided(db, stage_id).await?;
    let count = rules::count(&votes, &voided, book.categories.len(), stage.complete_ballot_only);
    Ok(count.totals.into_iter().map(|((_, nomination), n)| (nomination, n)).collect())
}

/// What a public vote's count is made of at a moment: the last line of its log and
/// the voids. Any vote or void changes it.
///
/// # Errors
/// Database failures.
pub async fn stamp(db: &impl ConnectionTrait, stage_id: Uuid) -> Result<(Option<i64>, u64)> {
    use sea_orm::PaginatorTrait as _;
    let last: Option<i64> = vote_log::Entity::find()
        .select_only()
        .column(vote_log::Column::Id)
        .filter(vote_log::Column::StageId.eq(stage_id))
        .order_by_desc(vote_log::Column::Id)
        .into_tuple()
        .one(db)
        .await?;
    let voids = vote_void::Entity::find().filter(vote_void::Column::StageId.eq(stage_id)).count(db).await?;
    Ok((last, voids))
}

/// The stage's count replayed from its log and voids alone (`laurel vote recount`).
///
/// # Errors
/// As [`count`].
pub async fn recount(
    db: &DatabaseConnection,
    caches: &Caches,
    stage_id: Uuid,
) -> Result<(Count, std::sync::Arc<Book>)> {
    let stage = vote_stage(db, stage_id).await?;
    let book = book(db, caches, &stage).await?;
    let log: Vec<(Uuid, Uuid, Option<Uuid>)> = vote_log::Entity::find()
        .select_only()
        .columns([vote_log::Column::VoterId, vote_log::Column::CategoryId, vote_log::Column::NominationId])
        .filter(vote_log::Column::StageId.eq(stage_id))
        .order_by_asc(vote_log::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    let votes =
        rules::replay(log.into_iter().map(|(voter, category, nomination)| Logged { voter, category, nomination }));
    let voided = voided(db, stage_id).await?;
    Ok((rules::count(&votes, &voided, book.categories.len(), stage.complete_ballot_only), book))
}

/// What the secretariat reads (`GET /api/v1/stages/{id}/votes`).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Totals {
    /// Voters with a vote standing: the turnout.
    pub voters: u64,
    pub ballots_counted: u64,
    pub ballots_discarded: u64,
    /// Ballots set aside because their voter was voided.
    pub discarded_voided: u64,
    /// Ballots set aside for lacking a category, where only complete ballots count.
    pub discarded_incomplete: u64,
    /// Valid votes per nomination, most first within each category.
    pub totals: Vec<Total>,
    pub flags: Vec<FlagView>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Total {
    /// The category's key.
    pub category: String,
    pub nomination: Uuid,
    pub title: String,
    pub votes: u64,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct FlagView {
    pub id: String,
    pub kind: FlagKind,
    pub detail: String,
    pub voters: Vec<Uuid>,
    /// Of those, already voided.
    pub voided: u64,
}

/// Every nomination of the ballot with its valid votes (none as 0), in the cycle's
/// order of categories and most votes first within each.
#[must_use]
pub fn lines(count: &Count, book: &Book) -> Vec<Total> {
    let mut totals = Vec::new();
    for c in &book.categories {
        let mut lines: Vec<Total> = c
            .nominations
            .iter()
            .map(|n| Total {
                category: c.key.clone(),
                nomination: n.id,
                title: n.title.clone(),
                votes: count.totals.get(&(c.id, n.id)).copied().unwrap_or_default(),
            })
            .collect();
        lines.sort_by(|a, b| b.votes.cmp(&a.votes).then(a.nomination.cmp(&b.nomination)));
        totals.extend(lines);
    }
    totals
}

impl Totals {
    fn of(count: &Count, book: &Book, flags: Vec<FlagView>) -> Self {
        let totals = lines(count, book);
        Self {
            voters: count.voters,
            ballots_counted: count.ballots_counted,
            ballots_discarded: count.ballots_discarded(),
            discarded_voided: count.discarded_voided,
            discarded_incomplete: count.discarded_incomplete,
            totals,
            flags,
        }
    }
}

/// The count, turnout and flags of a public vote.
///
/// # Errors
/// `Forbidden` for non-admins; `NotFound`; `Rule` for a stage that is not a public vote.
pub async fn totals(db: &DatabaseConnection, caches: &Caches, caller: &Caller, stage_id: Uuid) -> Result<Totals> {
    caller.require_admin()?;
    let read = read(db, caches, stage_id).await?;
    let voided = &read.voided;
    let flags = flags(db, stage_id, &read.votes)
        .await?
        .into_iter()
        .map(|f| FlagView {
            voided: f.voters.iter().filter(|v| voided.contains(v)).count() as u64,
            id: f.id,
            kind: f.kind,
            detail: f.detail,
            voters: f.voters,
        })
        .collect();
    Ok(Totals::of(&read.count(), &read.book, flags))
}

/// The clusters of voters worth a look, read from the voters and the log.
async fn flags(db: &DatabaseConnection, stage_id: Uuid, votes: &[Vote]) -> Result<Vec<Flag>> {
    // Everyone who voted in the stage, whether or not a vote of theirs still stands.
    let in_log = sea_orm::sea_query::Query::select()
        .column(vote_log::Column::VoterId)
        .from(vote_log::Entity)
        .and_where(vote_log::Column::StageId.eq(stage_id))
        .distinct()
        .to_owned();
    let people: Vec<(Uuid, DateTime<Utc>, String, String)> = voter::Entity::find()
        .select_only()
        .columns([voter::Column::Id, voter::Column::CreatedAt, voter::Column::NetworkHash, voter::Column::Domain])
        .filter(sea_orm::sea_query::ExprTrait::in_subquery(sea_orm::sea_query::Expr::col(voter::Column::Id), in_log))
        .into_tuple()
        .all(db)
        .await?;
    let mut cast: HashMap<Uuid, Vec<DateTime<Utc>>> = HashMap::new();
    let log: Vec<(Uuid, DateTime<Utc>)> = vote_log::Entity::find()
        .select_only()
        .columns([vote_log::Column::VoterId, vote_log::Column::At])
        .filter(vote_log::Column::StageId.eq(stage_id))
        .order_by_asc(vote_log::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    for (voter, at) in log {
        cast.entry(voter).or_default().push(at);
    }
    let traces: Vec<VoterTrace> = people
        .into_iter()
        .map(|(voter, registered_at, network, domain)| VoterTrace {
            voter,
            registered_at,
            network,
            domain,
            cast_at: cast.remove(&voter).unwrap_or_default(),
        })
        .collect();
    Ok(rules::flags(&traces, votes, Sensitivity::default()))
}

#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct VoidRequest {
    pub voters: Vec<Uuid>,
    pub rationale: String,
}

/// Sets the votes of `voters` aside in this stage, with the secretariat's reason; the
/// count leaves them out from then on. Voiding a voter twice changes nothing.
///
/// # Errors
/// `Forbidden` for non-admins; `Validation` for no voters, a voter with no vote in the
/// stage, or no rationale.
pub async fn void(
    db: &DatabaseConnection,
    caller: &Caller,
    stage_id: Uuid,
    request: &VoidRequest,
    now: DateTime<Utc>,
) -> Result<u64> {
    caller.require_admin()?;
    vote_stage(db, stage_id).await?;
    let mut errors = Vec::new();
    if request.rationale.trim().is_empty() {
        errors.push(FieldError::new("rationale", crate::i18n::say("vote-refusal-rationale")));
    }
    if request.voters.is_empty() {
        errors.push(FieldError::new("voters", crate::i18n::say("vote-refusal-no-voters")));
    }
    let known: HashSet<Uuid> = vote_log::Entity::find()
        .select_only()
        .column(vote_log::Column::VoterId)
        .filter(vote_log::Column::StageId.eq(stage_id))
        .filter(vote_log::Column::VoterId.is_in(request.voters.iter().copied()))
        .distinct()
        .into_tuple::<Uuid>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    for (i, v) in request.voters.iter().enumerate() {
        if !known.contains(v) {
            errors.push(FieldError::new(format!("voters[{i}]"), crate::i18n::say("vote-refusal-unknown-voter")));
        }
    }
    if !errors.is_empty() {
        return Err(Error::Validation(errors));
    }
    let tx = db::begin_write(db).await?;
    let before = voided(&tx, stage_id).await?;
    let asked: std::collections::BTreeSet<&Uuid> = request.voters.iter().collect();
    let added = asked.iter().filter(|v| !before.contains(v)).count() as u64;
    let rows: Vec<vote_void::ActiveModel> = asked
        .into_iter()
        .map(|v| vote_void::ActiveModel {
            id: Set(Uuid::now_v7()),
            stage_id: Set(stage_id),
            voter_id: Set(*v),
            rationale: Set(request.rationale.trim().to_owned()),
            voided_by: Set(Some(caller.id)),
            at: Set(now),
        })
        .collect();
    vote_void::Entity::insert_many(rows)
        .on_conflict_do_nothing_on([vote_void::Column::StageId, vote_void::Column::VoterId])
        .exec(&tx)
        .await?;
    audit::record(
        &tx,
        &caller.actor(),
        Event::new("vote.voided", "stage", stage_id).details(json!({
            "voters": request.voters,
            "rationale": request.rationale.trim(),
            "newly_voided": added,
        })),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(added)
}

/// One page of the log, after line `after`, for the auditors' export.
///
/// # Errors
/// `Forbidden` for non-admins; database failures.
pub async fn log_page(
    db: &DatabaseConnection,
    caller: &Caller,
    stage_id: Uuid,
    after: i64,
    limit: u64,
) -> Result<Vec<vote_log::Model>> {
    caller.require_admin()?;
    Ok(vote_log::Entity::find()
        .filter(vote_log::Column::StageId.eq(stage_id))
        .filter(vote_log::Column::Id.gt(after))
        .order_by_asc(vote_log::Column::Id)
        .limit(limit)
        .all(db)
        .await?)
}

/// The words the export writes for a log's category ids and voided voters.
///
/// # Errors
/// As [`count`], and `Forbidden` for non-admins.
pub async fn log_legend(
    db: &DatabaseConnection,
    caller: &Caller,
    stage_id: Uuid,
) -> Result<(BTreeMap<Uuid, String>, HashSet<Uuid>)> {
    caller.require_admin()?;
    let stage = vote_stage(db, stage_id).await?;
    let categories = entity::category::Entity::find()
        .filter(entity::category::Column::CycleId.eq(stage.cycle_id))
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c.key))
        .collect();
    Ok((categories, voided(db, stage_id).await?))
}
