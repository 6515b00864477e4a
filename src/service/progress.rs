//! How far a cycle has come, in figures: nominations by status, regional group and
//! member state, and per day of the call; how many of the member states have nominated
//! and which have only drafts; the funnel through the stages; each stage's reviews per
//! juror with what is overdue, the spread of the scores per criterion and per juror, and
//! how far the jurors agree. The secretariat's dashboard and
//! `GET /api/v1/cycles/{id}/progress` read the same figures.
//!
//! Reading a 193-country cycle's rows takes tens of milliseconds, and the dashboard is
//! reloaded far more often than the cycle changes: the figures are kept with a stamp of
//! the cycle's data (counts and latest changes, read from indexes) and recomputed only
//! when the stamp differs. What depends on the clock alone, overdue reviews, is counted
//! afresh on every read from the kept due dates.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use chrono::{DateTime, NaiveDate, Utc};
use entity::{assignment, cycle, member_state, nomination, review, review_score, stage, stage_result, user};
use sea_orm::sea_query::{Asterisk, Expr, ExprTrait as _};
use sea_orm::{
    ColumnTrait as _, ConnectionTrait, DatabaseConnection, EntityTrait as _, JoinType, QueryFilter as _,
    QueryOrder as _, QuerySelect as _, RelationTrait as _,
};
use serde::Serialize;
use uuid::Uuid;

use super::auth::Caller;
use super::stamps;
use super::{Error, Result};
use crate::cache::Caches;
use crate::domain::definition::Labels;
use crate::domain::member_state::Region;
use crate::domain::nomination::{COUNTS_TOWARD_QUOTA, NominationStatus};
use crate::domain::review::AssignmentStatus;
use crate::domain::review::aggregate::{self, Criterion};
use crate::domain::review::alpha;
use crate::domain::stage::{StageKind, StageOutcome};
use crate::i18n::Lang;

/// A cycle's progress.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Progress {
    pub cycle: Uuid,
    pub nominations: Nominations,
    /// Member states with at least one nomination submitted (and not withdrawn).
    pub states_nominated: usize,
    /// Member states of the United Nations, all of which may nominate.
    pub member_states: usize,
    /// Nominations submitted on each day of the call, in the cycle's time zone, from the
    /// day it opened to the day it closes (or the last submission, if later).
    pub per_day: Vec<Day>,
    /// Per regional group: how many of its member states have submitted, how many have
    /// only drafts, and which those are.
    pub coverage: Vec<Coverage>,
    pub stages: Vec<StageProgress>,
}

/// The cycle's nominations counted three ways.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Nominations {
    /// By status word; statuses with none are left out.
    pub by_status: BTreeMap<String, usize>,
    pub by_region: Vec<Tally>,
    /// Only the member states with a nomination, submitted or draft.
    pub by_member_state: Vec<Tally>,
}

/// Submitted (counting toward the quota: not a draft, not withdrawn) and draft
/// nominations of one regional group or member state.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Tally {
    /// A regional group's word (`african`) or a member state's code (`KEN`).
    pub key: String,
    pub name: String,
    pub submitted: usize,
    pub draft: usize,
}

/// Nominations submitted on one day.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Day {
    pub day: NaiveDate,
    pub submitted: usize,
}

/// One regional group's member states by how far they have come.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Coverage {
    pub key: String,
    pub name: String,
    /// Member states in the group.
    pub states: usize,
    /// Those with a nomination submitted.
    pub submitted: usize,
    /// Those with a draft and nothing submitted: the ones to call before the deadline.
    pub drafting: Vec<Tally>,
}

/// A stage's reviews: assigned (not recused), submitted and overdue, in all and per juror;
/// how many nominations entered it and went on; the spread of its scores.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct StageProgress {
    pub stage: Uuid,
    pub key: String,
    pub name: String,
    pub kind: StageKind,
    pub due_at: Option<DateTime<Utc>>,
    /// Nominations that reached the stage.
    pub entered: usize,
    /// Nominations the stage has decided on.
    pub decided: usize,
    /// Nominations the stage sent on (or, out of the last stage, gave an award).
    pub advanced: usize,
    pub assigned: usize,
    pub submitted: usize,
    pub overdue: usize,
    /// Krippendorff's alpha (interval) over the submitted reviews' totals; absent while
    /// it cannot be measured.
    pub reliability: Option<f64>,
    /// Each criterion's scores, scaled to 0–100, over the submitted reviews.
    pub by_criterion: Vec<Spread>,
    pub by_reviewer: Vec<ReviewerProgress>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ReviewerProgress {
    pub reviewer: Uuid,
    pub name: String,
    pub assigned: usize,
    pub submitted: usize,
    pub overdue: usize,
    /// The earliest due date of their reviews still to come.
    pub next_due: Option<DateTime<Utc>>,
    /// The totals (0–100) of their submitted reviews; absent before the first.
    pub scores: Option<Spread>,
}

/// Lowest, mean and highest of some scores on 0–100.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Spread {
    /// The criterion's key, or the juror's id.
    pub key: String,
    pub name: String,
    pub reviews: usize,
    pub min: f64,
    pub mean: f64,
    pub max: f64,
}

impl Spread {
    fn of(key: String, name: String, values: &[f64]) -> Option<Self> {
        if values.is_empty() {
            return None;
        }
        let min = values.iter().copied().fold(f64::INFINITY, f64::min);
        let max = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        // Display only: a stage has thousands of reviews at most.
        #[allow(clippy::cast_precision_loss)]
        let mean = values.iter().sum::<f64>() / values.len() as f64;
        Some(Self { key, name, reviews: values.len(), min, mean, max })
    }
}

/// The progress of cycle `id` at `now`, in the reader's language.
///
/// # Errors
/// `Forbidden` for anyone but the secretariat; `NotFound` for no such cycle.
pub async fn of_cycle(
    db: &DatabaseConnection,
    caches: &Caches,
    caller: &Caller,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<Progress> {
    caller.require_admin()?;
    let lang = crate::i18n::current();
    let stamp = stamp(db, id).await?;
    let kept = match caches.progress.get(&(id, lang), |(seen, _)| *seen == stamp) {
        Some((_, kept)) => kept,
        None => {
            let fresh = Arc::new(compute(db, id, lang).await?);
            caches.progress.put((id, lang), (stamp, fresh.clone()));
            fresh
        }
    };
    Ok(kept.at(now))
}

/// What identifies a cycle's data at a moment: its last edit, its stages' statuses, its
/// nominations, assignments and decisions per status with their latest change, and the
/// people's latest change (jurors are named).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    cycle_edited: DateTime<Utc>,
    stages: Vec<String>,
    nominations: stamps::PerStatus,
    assignments: stamps::PerStatus,
    results: (i64, Option<DateTime<Utc>>),
    people: (i64, Option<DateTime<Utc>>),
}

async fn stamp(db: &impl ConnectionTrait, id: Uuid) -> Result<Stamp> {
    let cycle_edited = cycle::Entity::find_by_id(id)
        .select_only()
        .column(cycle::Column::UpdatedAt)
        .into_tuple::<DateTime<Utc>>()
        .one(db)
        .await?
        .ok_or(Error::NotFound("cycle"))?;
    let stages = stage::Entity::find()
        .select_only()
        .column(stage::Column::Status)
        .filter(stage::Column::CycleId.eq(id))
        .order_by_asc(stage::Column::Position)
        .into_tuple::<String>()
        .all(db)
        .await?;
    let nominations = stamps::per_status(
        db,
        nomination::Entity::find().filter(nomination::Column::CycleId.eq(id)),
        nomination::Column::Status,
        nomination::Column::UpdatedAt,
    )
    .await?;
    let assignments = stamps::per_status(
        db,
        assignment::Entity::find()
            .join(JoinType::InnerJoin, assignment::Relation::Stage.def())
            .filter(stage::Column::CycleId.eq(id)),
        (assignment::Entity, assignment::Column::Status),
        (assignment::Entity, assignment::Column::UpdatedAt),
    )
    .await?;
    let results = stage_result::Entity::find()
        .select_only()
        .column_as(Expr::col(Asterisk).count(), "n")
        .column_as(Expr::col(stage_result::Column::DecidedAt).max(), "latest")
        .join(JoinType::InnerJoin, stage_result::Relation::Stage.def())
        .filter(stage::Column::CycleId.eq(id))
        .into_tuple::<(i64, Option<DateTime<Utc>>)>()
        .one(db)
        .await?
        .unwrap_or_default();
    let people = user::Entity::find()
        .select_only()
        .column_as(Expr::col(Asterisk).count(), "n")
        .column_as(Expr::col(user::Column::UpdatedAt).max(), "latest")
        .into_tuple::<(i64, Option<DateTime<Utc>>)>()
        .one(db)
        .await?
        .unwrap_or_default();
    Ok(Stamp { cycle_edited, stages, nominations, assignments, results, people })
}

/// The figures as computed, with what the clock changes kept apart.
#[derive(Debug)]
pub struct Kept {
    progress: Progress,
    /// Per stage (in order), the due date of each open review: (reviewer, due).
    open: Vec<Vec<(Uuid, Option<DateTime<Utc>>)>>,
}

impl Kept {
    /// The figures at `now`: reviews past their due date are overdue.
    fn at(&self, now: DateTime<Utc>) -> Progress {
        let mut p = self.progress.clone();
        for (stage, open) in p.stages.iter_mut().zip(&self.open) {
            let mut late: BTreeMap<Uuid, usize> = BTreeMap::new();
            for (reviewer, due) in open {
                if due.is_some_and(|d| d < now) {
                    *late.entry(*reviewer).or_default() += 1;
                }
            }
            for r in &mut stage.by_reviewer {
                r.overdue = late.get(&r.reviewer).copied().unwrap_or_default();
            }
            stage.overdue = late.values().sum();
        }
        p
    }
}

/// Reads the cycle's rows and counts. Long because every figure is a pass over the same
/// few reads; split, each part would need them passed back in.
async fn compute(db: &DatabaseConnection, id: Uuid, lang: Lang) -> Result<Kept> {
    let cycle = cycle::Entity::find_by_id(id).one(db).await?.ok_or(Error::NotFound("cycle"))?;
    let labels = Labels::of(&cycle.definition);
    let states = member_state::Entity::find().all(db).await?;
    let nominations = nomination::Entity::find()
        .select_only()
        .columns([
            nomination::Column::Id,
            nomination::Column::MemberState,
            nomination::Column::Status,
            nomination::Column::SubmittedAt,
            nomination::Column::CurrentStageId,
        ])
        .filter(nomination::Column::CycleId.eq(id))
        .into_tuple::<(Uuid, String, String, Option<DateTime<Utc>>, Option<Uuid>)>()
        .all(db)
        .await?;

    let counted = COUNTS_TOWARD_QUOTA.map(NominationStatus::as_str);
    let mut by_status: BTreeMap<String, usize> = BTreeMap::new();
    let mut by_state: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut per_day: BTreeMap<NaiveDate, usize> = BTreeMap::new();
    let zone: chrono_tz::Tz = cycle.time_zone.parse().unwrap_or(chrono_tz::UTC);
    for (_, state, status, submitted_at, _) in &nominations {
        *by_status.entry(status.clone()).or_default() += 1;
        let tally = by_state.entry(state.as_str()).or_default();
        if status == NominationStatus::Draft.as_str() {
            tally.1 += 1;
        } else if counted.contains(&status.as_str()) {
            tally.0 += 1;
            if let Some(at) = submitted_at {
                *per_day.entry(at.with_timezone(&zone).date_naive()).or_default() += 1;
            }
        }
    }
    let region_of: BTreeMap<&str, &str> = states.iter().map(|s| (s.code.as_str(), s.region.as_str())).collect();
    let name_of: BTreeMap<&str, &str> = states.iter().map(|s| (s.code.as_str(), s.name.as_str())).collect();
    let mut by_region: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for (code, (submitted, draft)) in &by_state {
        let region = by_region.entry(region_of.get(code).copied().unwrap_or_default()).or_default();
        region.0 += submitted;
        region.1 += draft;
    }
    let tally = |code: &str, (submitted, draft): (usize, usize)| Tally {
        key: code.to_owned(),
        name: name_of.get(code).copied().unwrap_or(code).to_owned(),
        submitted,
        draft,
    };
    let by_member_state: Vec<Tally> = by_state.iter().map(|(code, counts)| tally(code, *counts)).collect();
    let states_nominated = by_member_state.iter().filter(|t| t.submitted > 0).count();
    let by_region = Region::ALL
        .iter()
        .map(|r| {
            let (submitted, draft) = by_region.get(r.as_str()).copied().unwrap_or_default();
            Tally { key: r.as_str().to_owned(), name: r.label(lang), submitted, draft }
        })
        .collect();
    let coverage = Region::ALL
        .iter()
        .map(|r| {
            let in_region = |code: &&str| region_of.get(code).copied() == Some(r.as_str());
            let mut drafting: Vec<Tally> = by_member_state
                .iter()
                .filter(|t| t.submitted == 0 && t.draft > 0 && in_region(&t.key.as_str()))
                .cloned()
                .collect();
            drafting.sort_by(|a, b| a.name.cmp(&b.name));
            Coverage {
                key: r.as_str().to_owned(),
                name: r.label(lang),
                states: states.iter().filter(|s| s.region == r.as_str()).count(),
                submitted: by_member_state.iter().filter(|t| t.submitted > 0 && in_region(&t.key.as_str())).count(),
                drafting,
            }
        })
        .collect();
    let first = cycle.opens_at.with_timezone(&zone).date_naive();
    let closes = cycle.closes_at.with_timezone(&zone).date_naive();
    let last = Ord::max(per_day.keys().next_back().copied().unwrap_or(first), closes);
    let first = Ord::max(first, last - chrono::Days::new(MAX_DAYS - 1));
    let per_day = first
        .iter_days()
        .take_while(|d| *d <= last)
        .map(|day| Day { day, submitted: per_day.get(&day).copied().unwrap_or_default() })
        .collect();

    let stage_rows = stage::Entity::find()
        .filter(stage::Column::CycleId.eq(id))
        .order_by_asc(stage::Column::Position)
        .all(db)
        .await?;
    let stage_ids: Vec<Uuid> = stage_rows.iter().map(|s| s.id).collect();
    let assignments: Vec<Assigned> = assignment::Entity::find()
        .select_only()
        .columns([
            assignment::Column::Id,
            assignment::Column::StageId,
            assignment::Column::NominationId,
            assignment::Column::ReviewerId,
            assignment::Column::Status,
            assignment::Column::DueAt,
        ])
        .filter(assignment::Column::StageId.is_in(stage_ids.clone()))
        .into_tuple::<(Uuid, Uuid, Uuid, Uuid, String, Option<DateTime<Utc>>)>()
        .all(db)
        .await?
        .into_iter()
        .map(|(id, stage_id, nomination_id, reviewer_id, status, due_at)| Assigned {
            id,
            stage_id,
            nomination_id,
            reviewer_id,
            status: status.parse().unwrap_or(AssignmentStatus::Pending),
            due_at,
        })
        .collect();
    let results = stage_result::Entity::find()
        .select_only()
        .columns([stage_result::Column::StageId, stage_result::Column::NominationId, stage_result::Column::Outcome])
        .filter(stage_result::Column::StageId.is_in(stage_ids.clone()))
        .into_tuple::<(Uuid, Uuid, String)>()
        .all(db)
        .await?;
    let criteria = entity::criterion::Entity::find()
        .filter(entity::criterion::Column::StageId.is_in(stage_ids))
        .order_by_asc(entity::criterion::Column::Position)
        .all(db)
        .await?;
    let (per_review, per_criterion) = score_sums(db, id).await?;
    let names: BTreeMap<Uuid, String> = user::Entity::find()
        .select_only()
        .columns([user::Column::Id, user::Column::Name])
        .filter(user::Column::Id.is_in(assignments.iter().map(|a| a.reviewer_id).collect::<BTreeSet<_>>()))
        .into_tuple::<(Uuid, String)>()
        .all(db)
        .await?
        .into_iter()
        .collect();

    let mut open = Vec::with_capacity(stage_rows.len());
    let mut stages = Vec::with_capacity(stage_rows.len());
    for s in &stage_rows {
        let mine: Vec<&Assigned> = assignments.iter().filter(|a| a.stage_id == s.id).collect();
        let rubric: Vec<&entity::criterion::Model> = criteria.iter().filter(|c| c.stage_id == s.id).collect();
        let entered: BTreeSet<Uuid> = mine
            .iter()
            .map(|a| a.nomination_id)
            .chain(results.iter().filter(|r| r.0 == s.id).map(|r| r.1))
            .chain(nominations.iter().filter(|n| n.4 == Some(s.id)).map(|n| n.0))
            .collect();
        let decided = results.iter().filter(|r| r.0 == s.id).count();
        let advanced = results
            .iter()
            .filter(|r| r.0 == s.id)
            .filter(|r| {
                r.2.parse::<StageOutcome>()
                    .is_ok_and(|o| !matches!(o, StageOutcome::Eliminated | StageOutcome::Ineligible))
            })
            .count();
        let (by_criterion, reviewer_totals, reliability) =
            spreads(s, &rubric, &mine, &per_review, &per_criterion, &labels, lang);
        let mut per: BTreeMap<Uuid, ReviewerProgress> = BTreeMap::new();
        let mut waiting = Vec::new();
        for a in mine.iter().filter(|a| a.status != AssignmentStatus::Recused) {
            let r = per.entry(a.reviewer_id).or_insert_with(|| ReviewerProgress {
                reviewer: a.reviewer_id,
                name: names.get(&a.reviewer_id).cloned().unwrap_or_default(),
                assigned: 0,
                submitted: 0,
                overdue: 0,
                next_due: None,
                scores: None,
            });
            r.assigned += 1;
            if a.status == AssignmentStatus::Submitted {
                r.submitted += 1;
            } else {
                let due = a.due_at.or(s.due_at);
                r.next_due = match (r.next_due, due) {
                    (Some(x), Some(y)) => Some(Ord::min(x, y)),
                    (x, y) => x.or(y),
                };
                waiting.push((a.reviewer_id, due));
            }
        }
        for r in per.values_mut() {
            let totals = reviewer_totals.get(&r.reviewer).map(Vec::as_slice).unwrap_or_default();
            r.scores = Spread::of(r.reviewer.to_string(), r.name.clone(), totals);
        }
        let mut by_reviewer: Vec<ReviewerProgress> = per.into_values().collect();
        by_reviewer.sort_by(|a, b| a.name.cmp(&b.name));
        open.push(waiting);
        stages.push(StageProgress {
            stage: s.id,
            key: s.key.clone(),
            name: labels.stage(&s.key, lang, &s.name).to_owned(),
            kind: s.kind.parse().unwrap_or(StageKind::Scoring),
            due_at: s.due_at,
            entered: entered.len(),
            decided,
            advanced,
            assigned: by_reviewer.iter().map(|r| r.assigned).sum(),
            submitted: by_reviewer.iter().map(|r| r.submitted).sum(),
            overdue: 0,
            reliability,
            by_criterion,
            by_reviewer,
        });
    }
    Ok(Kept {
        progress: Progress {
            cycle: id,
            nominations: Nominations { by_status, by_region, by_member_state },
            states_nominated,
            member_states: states.len(),
            per_day,
            coverage,
            stages,
        },
        open,
    })
}

/// A call longer than this many days shows its last ones only.
const MAX_DAYS: u64 = 366;

/// An assignment as the figures need it.
struct Assigned {
    id: Uuid,
    stage_id: Uuid,
    nomination_id: Uuid,
    reviewer_id: Uuid,
    status: AssignmentStatus,
    due_at: Option<DateTime<Utc>>,
}

/// Per submitted review: Σ weight·(score − min)/(max − min), and how many scores.
type ReviewSums = BTreeMap<Uuid, (f64, i64)>;
/// Per criterion: the lowest, mean and highest submitted score, and how many.
type CriterionSums = BTreeMap<Uuid, (f64, f64, f64, i64)>;

/// The cycle's submitted scores, added up by the database: 3,000 reviews of four criteria
/// are 2,500 sums and a few rows rather than 12,000 rows read and decoded.
async fn score_sums(db: &DatabaseConnection, cycle: Uuid) -> Result<(ReviewSums, CriterionSums)> {
    use entity::criterion::{Column as K, Entity as Criteria};
    use review_score::Column as S;
    let submitted = || {
        review_score::Entity::find()
            .select_only()
            .join(JoinType::InnerJoin, review_score::Relation::Review.def())
            .join(JoinType::InnerJoin, review::Relation::Assignment.def())
            .join(JoinType::InnerJoin, assignment::Relation::Stage.def())
            .filter(stage::Column::CycleId.eq(cycle))
            .filter(assignment::Column::Status.eq(AssignmentStatus::Submitted.as_str()))
    };
    let col = |c: K| Expr::col((Criteria, c));
    let score = || Expr::col((review_score::Entity, S::Score));
    let share = col(K::Weight).mul(score().sub(col(K::MinScore))).div(col(K::MaxScore).sub(col(K::MinScore)));
    let per_review = submitted()
        .column(assignment::Column::Id)
        .expr_as(share.sum(), "weighted")
        .expr_as(Expr::col(Asterisk).count(), "n")
        .join(JoinType::InnerJoin, review_score::Relation::Criterion.def())
        .group_by(assignment::Column::Id)
        .into_tuple::<(Uuid, f64, i64)>()
        .all(db)
        .await?
        .into_iter()
        .map(|(a, weighted, n)| (a, (weighted, n)))
        .collect();
    let per_criterion = submitted()
        .column(S::CriterionId)
        .expr_as(score().min(), "low")
        .expr_as(score().avg(), "mean")
        .expr_as(score().max(), "high")
        .expr_as(Expr::col(Asterisk).count(), "n")
        .group_by(S::CriterionId)
        .into_tuple::<(Uuid, f64, f64, f64, i64)>()
        .all(db)
        .await?
        .into_iter()
        .map(|(c, low, mean, high, n)| (c, (low, mean, high, n)))
        .collect();
    Ok((per_review, per_criterion))
}

/// A stage's submitted scores on 0–100 as the ranking scales them
/// (`aggregate::Criterion::scale`; a review's total is the weighted mean of its scaled
/// scores, as `aggregate::totals` has it): per criterion, per juror, and the jurors'
/// agreement. Only complete reviews make a total, as in the ranking.
fn spreads(
    s: &stage::Model,
    rubric: &[&entity::criterion::Model],
    assignments: &[&Assigned],
    per_review: &ReviewSums,
    per_criterion: &CriterionSums,
    labels: &Labels,
    lang: Lang,
) -> (Vec<Spread>, BTreeMap<Uuid, Vec<f64>>, Option<f64>) {
    let by_criterion = rubric
        .iter()
        .filter_map(|c| {
            let (low, mean, high, n) = per_criterion.get(&c.id)?;
            let k = Criterion { key: c.key.clone(), weight: c.weight, min: c.min_score, max: c.max_score };
            Some(Spread {
                key: c.key.clone(),
                name: labels.criterion(&s.key, &c.key, lang, &c.label).to_owned(),
                reviews: usize::try_from(*n).unwrap_or_default(),
                min: k.scale(*low),
                mean: k.scale(*mean),
                max: k.scale(*high),
            })
        })
        .collect();
    let weights: f64 = rubric.iter().map(|c| c.weight).sum();
    let complete = i64::try_from(rubric.len()).unwrap_or(i64::MAX);
    let totals: Vec<aggregate::ReviewerTotal> = assignments
        .iter()
        .filter_map(|a| {
            let (weighted, n) = per_review.get(&a.id)?;
            (*n == complete && weights > 0.0).then(|| aggregate::ReviewerTotal {
                reviewer: a.reviewer_id,
                nomination: a.nomination_id,
                total: weighted * 100.0 / weights,
                scaled: Vec::new(),
            })
        })
        .collect();
    let mut per_reviewer: BTreeMap<Uuid, Vec<f64>> = BTreeMap::new();
    for t in &totals {
        per_reviewer.entry(t.reviewer).or_default().push(t.total);
    }
    (by_criterion, per_reviewer, alpha::stage_alpha(&totals))
}
