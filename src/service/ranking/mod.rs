//! A stage's ranking and its advancement: submitted reviews become one score per
//! nomination, nominations are ranked within their ranking groups, and an admin
//! previews then confirms who goes on (with overrides that carry a written rationale).
//! Advancing out of the last stage decides the awards and moves the cycle to `decided`.
//!
//! - this module computes a stage's ranking, and keeps the computation while the stage's
//!   data are unchanged;
//! - [`views`] turns a computation into what the secretariat reads: the ranking and its CSV;
//! - [`advance`] previews and applies advancement, over `domain::review::advance`'s plan.

mod advance;
mod views;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use chrono::{DateTime, Utc};
use entity::{assignment, category, cycle, member_state, nomination, review, review_score, stage};
use sea_orm::{
    ColumnTrait as _, ConnectionTrait, DatabaseConnection, EntityTrait as _, JoinType, QueryFilter as _,
    QueryOrder as _, QuerySelect as _, RelationTrait as _,
};
use uuid::Uuid;

pub use self::advance::{
    AdvanceRequest, AdvanceView, Decision, GroupDecision, OverrideRequest, advance, page, preview,
};
pub use self::views::{Group, RankingView, ReviewLine, Row, ranking, ranking_csv};
use super::auth::Caller;
use super::review::{StageContext, stage_context};
use super::stamps;
use super::{Error, Result};
use crate::cache::Caches;
use crate::domain::nomination::NominationStatus;
use crate::domain::review::AssignmentStatus;
use crate::domain::review::aggregate::{self, Criterion, Method, NominationScore, ReviewerTotal};
use crate::domain::review::alpha;
use crate::domain::review::rank::{self, Ranked};
use crate::domain::stage::{StageKind, StageStatus};

/// A computation kept with the stamp of the data it was made from (`Caches::rankings`).
pub type Kept = (Stamp, Arc<Computed>);

/// Everything computed from a stage's data, shared by the ranking, its CSV and advancement.
pub struct Computed {
    /// Distinct for every computation in this process, so that what is made from it can
    /// be kept and known to be current (see [`version`]).
    generation: u64,
    ctx: StageContext,
    kind: StageKind,
    status: StageStatus,
    criteria: Vec<Criterion>,
    nominations: Vec<nomination::Model>,
    /// By nomination.
    scores: BTreeMap<Uuid, NominationScore>,
    totals: Vec<ReviewerTotal>,
    /// Group key → (category, region, ranking of the scored nominations).
    groups: BTreeMap<String, (category::Model, Option<String>, Vec<Ranked>)>,
    group_of: BTreeMap<Uuid, String>,
    assignments: Vec<assignment::Model>,
    reviews: Vec<(assignment::Model, review::Model, Vec<f64>)>,
    /// Per nomination: reviews assigned (not recused) and submitted.
    counts: HashMap<Uuid, (usize, usize)>,
    /// Krippendorff's alpha over the reviewer totals.
    reliability: Option<f64>,
    last_stage: bool,
}

impl Computed {
    /// The group's nominations without a submitted review, in the stage's order.
    fn unscored(&self, key: &str) -> Vec<Uuid> {
        self.nominations
            .iter()
            .filter(|n| self.group_of.get(&n.id).map(String::as_str) == Some(key) && !self.scores.contains_key(&n.id))
            .map(|n| n.id)
            .collect()
    }
}

/// What identifies a stage's data at a moment: any assignment, recusal, submission,
/// removal or advancement changes a count or a latest change per status. Submitted
/// reviews never change, so the assignments' own rows say when the ranking's input did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    kind: String,
    status: String,
    /// The cycle's last edit, which may rename the stage or change its rules.
    cycle_edited: DateTime<Utc>,
    /// Per status: how many, and the latest change.
    assignments: stamps::PerStatus,
    nominations: stamps::PerStatus,
    /// A public vote's last logged vote and voids.
    votes: Option<(Option<i64>, u64)>,
}

async fn stamp(db: &impl ConnectionTrait, stage_id: Uuid) -> Result<Stamp> {
    let (kind, status, cycle_edited) = stage::Entity::find_by_id(stage_id)
        .select_only()
        .columns([stage::Column::Kind, stage::Column::Status])
        .column(cycle::Column::UpdatedAt)
        .join(JoinType::InnerJoin, stage::Relation::Cycle.def())
        .into_tuple::<(String, String, DateTime<Utc>)>()
        .one(db)
        .await?
        .ok_or(Error::NotFound("stage"))?;
    // `COUNT(*)` rather than of a column, so the indexes on (stage, status, updated_at)
    // answer without reading the rows.
    let assignments = stamps::per_status(
        db,
        assignment::Entity::find().filter(assignment::Column::StageId.eq(stage_id)),
        assignment::Column::Status,
        assignment::Column::UpdatedAt,
    )
    .await?;
    let nominations = stamps::per_status(
        db,
        nomination::Entity::find().filter(nomination::Column::CurrentStageId.eq(stage_id)),
        nomination::Column::Status,
        nomination::Column::UpdatedAt,
    )
    .await?;
    let votes = if kind == StageKind::PublicVote.as_str() {
        Some(super::vote::tally::stamp(db, stage_id).await?)
    } else {
        None
    };
    Ok(Stamp { kind, status, cycle_edited, assignments, nominations, votes })
}

static GENERATION: AtomicU64 = AtomicU64::new(0);

async fn compute(db: &impl ConnectionTrait, caches: &Caches, stage_id: Uuid) -> Result<Arc<Computed>> {
    compute_at(db, caches, stage_id, stamp(db, stage_id).await?).await
}

/// The stage's computation for the data `now` identifies: the one kept, or a new one.
/// A secretariat reloading a ranking of 500 nominations reads two aggregate rows instead
/// of 9,500 rows of reviews and scores; any change to the stage makes the stamp differ.
async fn compute_at(db: &impl ConnectionTrait, caches: &Caches, stage_id: Uuid, now: Stamp) -> Result<Arc<Computed>> {
    if let Some((_, computed)) = caches.rankings.get(&stage_id, |(seen, _)| *seen == now) {
        return Ok(computed);
    }
    let computed = Arc::new(compute_afresh(db, stage_id).await?);
    caches.rankings.put(stage_id, (now, computed.clone()));
    Ok(computed)
}

/// Reads the stage in five queries and hands the numbers to the domain. Long because
/// its reads feed one another (the criteria order the scores, the assignments say which
/// reviews count); split, each part would need the others' results passed back in.
async fn compute_afresh(db: &impl ConnectionTrait, stage_id: Uuid) -> Result<Computed> {
    let ctx = stage_context(db, stage_id).await?;
    let kind: StageKind = ctx.stage.kind.parse().map_err(anyhow::Error::new)?;
    let status: StageStatus = ctx.stage.status.parse().map_err(anyhow::Error::new)?;
    let criteria: Vec<Criterion> = ctx
        .criteria
        .iter()
        .map(|c| Criterion { key: c.key.clone(), weight: c.weight, min: c.min_score, max: c.max_score })
        .collect();
    let nominations = nomination::Entity::find()
        .filter(nomination::Column::CurrentStageId.eq(stage_id))
        .filter(nomination::Column::Status.eq(NominationStatus::InReview.as_str()))
        .order_by_asc(nomination::Column::Id)
        .all(db)
        .await?;
    let assignments = assignment::Entity::find()
        .filter(assignment::Column::StageId.eq(stage_id))
        .order_by_asc(assignment::Column::Id)
        .all(db)
        .await?;
    // Two joined reads rather than lists of ids: a stage of 500 nominations has 1,500
    // reviews and 6,000 scores, and SQLite's parameter lists are not the place for them.
    let review_rows = review::Entity::find()
        .join(JoinType::InnerJoin, review::Relation::Assignment.def())
        .filter(assignment::Column::StageId.eq(stage_id))
        .filter(assignment::Column::Status.eq(AssignmentStatus::Submitted.as_str()))
        .all(db)
        .await?;
    let score_rows = review_score::Entity::find()
        .join(JoinType::InnerJoin, review_score::Relation::Review.def())
        .join(JoinType::InnerJoin, review::Relation::Assignment.def())
        .filter(assignment::Column::StageId.eq(stage_id))
        .filter(assignment::Column::Status.eq(AssignmentStatus::Submitted.as_str()))
        .all(db)
        .await?;
    let mut by_review: HashMap<Uuid, HashMap<Uuid, f64>> = HashMap::with_capacity(review_rows.len());
    for s in score_rows {
        by_review.entry(s.review_id).or_default().insert(s.criterion_id, s.score);
    }
    let by_id: HashMap<Uuid, &assignment::Model> = assignments.iter().map(|a| (a.id, a)).collect();
    let in_stage: BTreeSet<Uuid> = nominations.iter().map(|n| n.id).collect();
    let mut reviews = Vec::with_capacity(review_rows.len());
    let mut domain_reviews = Vec::with_capacity(review_rows.len());
    for r in review_rows {
        let Some(a) = by_id.get(&r.assignment_id) else { continue };
        if !in_stage.contains(&a.nomination_id) {
            continue;
        }
        let given = by_review.get(&r.id);
        let scores: Vec<f64> =
            ctx.criteria.iter().map(|c| given.and_then(|g| g.get(&c.id)).copied().unwrap_or(f64::NAN)).collect();
        domain_reviews.push(aggregate::Review {
            reviewer: a.reviewer_id,
            nomination: a.nomination_id,
            scores: scores.clone(),
        });
        reviews.push(((*a).clone(), r, scores));
    }
    let method = ctx.stage.aggregation.parse::<Method>().unwrap_or(Method::Mean);
    let (scores, totals) = if kind == StageKind::PublicVote {
        // A public vote ranks by valid votes; ties are settled as a scoring stage's are.
        let votes = super::vote::tally::valid_votes(db, stage_id).await?;
        let scores = nominations
            .iter()
            .map(|n| NominationScore {
                nomination: n.id,
                score: votes.get(&n.id).copied().unwrap_or_default() as f64,
                reviews: 0,
                spread: 0.0,
                flagged: false,
                criterion_means: Vec::new(),
            })
            .collect();
        (scores, Vec::new())
    } else if criteria.is_empty() || domain_reviews.is_empty() {
        (Vec::new(), Vec::new())
    } else {
        let totals =
            aggregate::totals(&criteria, &domain_reviews).map_err(|e| anyhow::anyhow!("stage {stage_id}: {e}"))?;
        let scores = aggregate::aggregate(&criteria, &domain_reviews, method, ctx.stage.disagreement_threshold)
            .map_err(|e| anyhow::anyhow!("stage {stage_id}: {e}"))?;
        (scores, totals)
    };
    let scores: BTreeMap<Uuid, NominationScore> = scores.into_iter().map(|s| (s.nomination, s)).collect();

    let categories: BTreeMap<Uuid, category::Model> = category::Entity::find()
        .filter(category::Column::CycleId.eq(ctx.cycle.id))
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    let regions: BTreeMap<String, String> =
        member_state::Entity::find().all(db).await?.into_iter().map(|s| (s.code, s.region)).collect();
    let mut entries: BTreeMap<String, (category::Model, Option<String>, Vec<rank::Entry>)> = BTreeMap::new();
    let mut group_of = BTreeMap::new();
    for n in &nominations {
        let Some(c) = categories.get(&n.category_id) else { continue };
        let region = c.per_region.then(|| regions.get(&n.member_state).cloned().unwrap_or_default());
        let key = region.as_ref().map_or_else(|| c.key.clone(), |r| format!("{}/{r}", c.key));
        group_of.insert(n.id, key.clone());
        let slot = entries.entry(key).or_insert_with(|| (c.clone(), region.clone(), Vec::new()));
        if let Some(s) = scores.get(&n.id) {
            slot.2.push(rank::Entry { nomination: n.id, score: s.score, tie_break: s.criterion_means.clone() });
        }
    }
    let groups = entries.into_iter().map(|(k, (c, r, e))| (k, (c, r, rank::rank(&e)))).collect();
    let last_stage = super::stages::next(db, &ctx.stage).await?.is_none();
    let reliability = alpha::stage_alpha(&totals);
    let mut counts: HashMap<Uuid, (usize, usize)> = HashMap::new();
    for a in &assignments {
        let entry = counts.entry(a.nomination_id).or_default();
        if a.status != AssignmentStatus::Recused {
            entry.0 += 1;
        }
        if a.status == AssignmentStatus::Submitted {
            entry.1 += 1;
        }
    }
    Ok(Computed {
        generation: GENERATION.fetch_add(1, Ordering::Relaxed),
        ctx,
        kind,
        status,
        criteria,
        nominations,
        scores,
        totals,
        groups,
        group_of,
        assignments,
        reviews,
        counts,
        reliability,
        last_stage,
    })
}

/// Which computation of a scoring stage's ranking is current (`None` for a screening
/// stage): it changes whenever the stage's data or its cycle's definition do, so anything
/// made from a view of this version still shows them as they are, reviewer names aside
/// (shown only with every review). Costs the stamp's three small reads while nothing
/// changes.
///
/// # Errors
/// `Forbidden` for non-admins, `NotFound` for no such stage.
pub async fn version(db: &DatabaseConnection, caches: &Caches, caller: &Caller, stage_id: Uuid) -> Result<Option<u64>> {
    caller.require_admin()?;
    let now = stamp(db, stage_id).await?;
    if now.kind != StageKind::Scoring {
        return Ok(None);
    }
    Ok(Some(compute_at(db, caches, stage_id, now).await?.generation))
}

/// What a stage's page heads with.
#[derive(Debug, Clone)]
pub struct StageSummary {
    pub id: Uuid,
    pub name: String,
    pub cycle: String,
    pub time_zone: String,
    pub kind: StageKind,
    pub status: StageStatus,
    pub last_stage: bool,
    /// The checklist (screening) or rubric (scoring): key and label.
    pub checks: Vec<(String, String)>,
}

/// # Errors
/// `Forbidden` for non-admins, `NotFound` for no such stage.
pub async fn stage_summary(db: &DatabaseConnection, caller: &Caller, stage_id: Uuid) -> Result<StageSummary> {
    caller.require_admin()?;
    let ctx = stage_context(db, stage_id).await?;
    let last_stage = super::stages::next(db, &ctx.stage).await?.is_none();
    Ok(StageSummary {
        id: stage_id,
        name: ctx.stage.name.clone(),
        cycle: ctx.cycle.name.clone(),
        time_zone: ctx.cycle.time_zone.clone(),
        kind: ctx.stage.kind.parse().map_err(anyhow::Error::new)?,
        status: ctx.stage.status.parse().map_err(anyhow::Error::new)?,
        last_stage,
        checks: ctx.criteria.iter().map(|c| (c.key.clone(), c.label.clone())).collect(),
    })
}
