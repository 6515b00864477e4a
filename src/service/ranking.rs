//! A stage's ranking and its advancement: submitted reviews become one score per
//! nomination, nominations are ranked within their ranking groups, and an admin
//! previews then confirms who goes on (with overrides that carry a written rationale).
//! Advancing out of the last stage decides the awards and moves the cycle to `decided`.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{DateTime, Utc};
use entity::{assignment, category, cycle, member_state, nomination, review, review_score, stage, stage_result, user};
use sea_orm::{
    ActiveModelTrait as _, ActiveValue::Set, ColumnTrait as _, ConnectionTrait, DatabaseConnection,
    DatabaseTransaction, EntityTrait as _, JoinType, QueryFilter as _, QueryOrder as _, QuerySelect as _,
    RelationTrait as _,
};
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use super::audit::{self, Event};
use super::auth::Caller;
use super::review::{RECUSED, SUBMITTED, StageContext, StageError, stage_context};
use super::{Error, FieldError, Result};
use crate::db;
use crate::domain::cycle::Phase;
use crate::domain::nomination::NominationStatus;
use crate::domain::review::aggregate::{self, Criterion, Method, NominationScore, ReviewerTotal};
use crate::domain::review::alpha;
use crate::domain::review::rank::{self, Award, Outcome, Override, Proposal, Ranked, Rule, Settled};
use crate::domain::user::Role;
use crate::mail::{self, messages};

/// One reviewer's submitted review, as the ranking shows it on demand.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ReviewLine {
    pub assignment: Uuid,
    pub reviewer: Uuid,
    pub reviewer_name: String,
    /// Weighted total, 0-100.
    pub total: f64,
    pub scores: BTreeMap<String, f64>,
    pub comment: String,
}

/// A nomination's line in a ranking group.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Row {
    pub nomination: Uuid,
    pub title: String,
    pub member_state: String,
    /// 0-100; `None` until a review is submitted.
    pub score: Option<f64>,
    pub rank: Option<u32>,
    pub reviews_done: u32,
    pub reviews_assigned: u32,
    pub spread: Option<f64>,
    /// `disagreement`, `tie`, `no_reviews`.
    pub flags: Vec<&'static str>,
    pub tied_with: Vec<Uuid>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reviews: Option<Vec<ReviewLine>>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Group {
    /// The category key, or `{category}/{region}` where the category ranks per region.
    pub key: String,
    pub category: String,
    pub region: Option<String>,
    pub rows: Vec<Row>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct RankingView {
    pub stage: Uuid,
    pub stage_name: String,
    pub cycle: String,
    pub status: String,
    pub aggregation: String,
    /// Krippendorff's alpha (interval) over the reviewer totals; `None` while undefined.
    pub reliability: Option<f64>,
    pub last_stage: bool,
    pub groups: Vec<Group>,
    /// Which computation of the stage this is (see [`version`]).
    #[serde(skip)]
    pub version: u64,
}

/// Everything computed from a stage's data, shared by the ranking, its CSV and advancement.
struct Computed {
    /// Distinct for every computation in this process, so that what is made from it can
    /// be kept and known to be current (see [`version`]).
    generation: u64,
    ctx: StageContext,
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

/// What identifies a stage's data at a moment: any assignment, recusal, submission,
/// removal or advancement changes a count or a latest change per status. Submitted
/// reviews never change, so the assignments' own rows say when the ranking's input did.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Stamp {
    kind: String,
    status: String,
    /// The cycle's last edit, which may rename the stage or change its rules.
    cycle_edited: DateTime<Utc>,
    /// Per status: how many, and the latest change.
    assignments: Vec<(String, i64, Option<DateTime<Utc>>)>,
    nominations: Vec<(String, i64, Option<DateTime<Utc>>)>,
}

async fn stamp(db: &impl ConnectionTrait, stage_id: Uuid) -> Result<Stamp> {
    use sea_orm::sea_query::{Asterisk, Expr, ExprTrait as _};
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
    let assignments = assignment::Entity::find()
        .select_only()
        .column(assignment::Column::Status)
        .column_as(Expr::col(Asterisk).count(), "n")
        .column_as(Expr::col(assignment::Column::UpdatedAt).max(), "latest")
        .filter(assignment::Column::StageId.eq(stage_id))
        .group_by(assignment::Column::Status)
        .order_by_asc(assignment::Column::Status)
        .into_tuple::<(String, i64, Option<DateTime<Utc>>)>()
        .all(db)
        .await?;
    let nominations = nomination::Entity::find()
        .select_only()
        .column(nomination::Column::Status)
        .column_as(Expr::col(Asterisk).count(), "n")
        .column_as(Expr::col(nomination::Column::UpdatedAt).max(), "latest")
        .filter(nomination::Column::CurrentStageId.eq(stage_id))
        .group_by(nomination::Column::Status)
        .order_by_asc(nomination::Column::Status)
        .into_tuple::<(String, i64, Option<DateTime<Utc>>)>()
        .all(db)
        .await?;
    Ok(Stamp { kind, status, cycle_edited, assignments, nominations })
}

/// Stages computed recently, with the stamp of the data they were computed from. A
/// secretariat reloading a ranking of 500 nominations reads two aggregate rows instead
/// of 9,500 rows of reviews and scores; any change to the stage makes the stamp differ.
static COMPUTED: std::sync::LazyLock<std::sync::Mutex<Remembered>> = std::sync::LazyLock::new(Default::default);

type Remembered = HashMap<Uuid, (Stamp, std::sync::Arc<Computed>)>;

static GENERATION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Few stages are active at once; beyond this many, start afresh.
const COMPUTED_CAPACITY: usize = 32;

async fn compute(db: &impl ConnectionTrait, stage_id: Uuid) -> Result<std::sync::Arc<Computed>> {
    compute_at(db, stage_id, stamp(db, stage_id).await?).await
}

/// The stage's computation for the data `now` identifies: the one kept, or a new one.
async fn compute_at(db: &impl ConnectionTrait, stage_id: Uuid, now: Stamp) -> Result<std::sync::Arc<Computed>> {
    if let Ok(cache) = COMPUTED.lock()
        && let Some((seen, computed)) = cache.get(&stage_id)
        && *seen == now
    {
        return Ok(computed.clone());
    }
    let computed = std::sync::Arc::new(compute_afresh(db, stage_id).await?);
    if let Ok(mut cache) = COMPUTED.lock() {
        if cache.len() >= COMPUTED_CAPACITY {
            cache.clear();
        }
        cache.insert(stage_id, (now, computed.clone()));
    }
    Ok(computed)
}

async fn compute_afresh(db: &impl ConnectionTrait, stage_id: Uuid) -> Result<Computed> {
    let ctx = stage_context(db, stage_id).await?;
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
        .filter(assignment::Column::Status.eq(SUBMITTED))
        .all(db)
        .await?;
    let score_rows = review_score::Entity::find()
        .join(JoinType::InnerJoin, review_score::Relation::Review.def())
        .join(JoinType::InnerJoin, review::Relation::Assignment.def())
        .filter(assignment::Column::StageId.eq(stage_id))
        .filter(assignment::Column::Status.eq(SUBMITTED))
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
    let (scores, totals) = if criteria.is_empty() || domain_reviews.is_empty() {
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
    let last_stage = next_stage(db, &ctx.stage).await?.is_none();
    let reliability = alpha::stage_alpha(&totals);
    let mut counts: HashMap<Uuid, (usize, usize)> = HashMap::new();
    for a in &assignments {
        let entry = counts.entry(a.nomination_id).or_default();
        if a.status != RECUSED {
            entry.0 += 1;
        }
        if a.status == SUBMITTED {
            entry.1 += 1;
        }
    }
    Ok(Computed {
        generation: GENERATION.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        ctx,
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

/// The stage's ranking per group, for the secretariat; with every review when `with_reviews`.
///
/// # Errors
/// `Forbidden` for non-admins, `NotFound` for no such stage.
pub async fn ranking(
    db: &DatabaseConnection,
    caller: &Caller,
    stage_id: Uuid,
    with_reviews: bool,
) -> Result<RankingView> {
    caller.require_admin()?;
    let c = compute(db, stage_id).await?;
    view_of(db, &c, with_reviews).await
}

/// Which computation of a scoring stage's ranking is current (`None` for a screening
/// stage): it changes whenever the stage's data or its cycle's definition do, so anything
/// made from a view of this version still shows them as they are, reviewer names aside
/// (shown only with every review). Costs the stamp's three
/// small reads while nothing changes.
///
/// # Errors
/// `Forbidden` for non-admins, `NotFound` for no such stage.
pub async fn version(db: &DatabaseConnection, caller: &Caller, stage_id: Uuid) -> Result<Option<u64>> {
    caller.require_admin()?;
    let now = stamp(db, stage_id).await?;
    if now.kind != "scoring" {
        return Ok(None);
    }
    Ok(Some(compute_at(db, stage_id, now).await?.generation))
}

/// The ranking of a stage's page and, while it is active, its advancement preview, from
/// one reading of the stage.
///
/// # Errors
/// As [`ranking`] and [`advance`] (malformed overrides).
pub async fn page(
    db: &DatabaseConnection,
    caller: &Caller,
    stage_id: Uuid,
    with_reviews: bool,
    overrides: &[OverrideRequest],
    now: DateTime<Utc>,
) -> Result<(RankingView, Option<AdvanceView>)> {
    caller.require_admin()?;
    let c = compute(db, stage_id).await?;
    let view = view_of(db, &c, with_reviews).await?;
    if c.ctx.stage.status != "active" {
        return Ok((view, None));
    }
    let preview = if c.ctx.stage.kind == "screening" {
        advance_screening(db, caller, &c, false, now).await?
    } else {
        preview_of(&c, plan(&c, overrides)?)
    };
    Ok((view, Some(preview)))
}

fn preview_of(c: &Computed, plan: Plan) -> AdvanceView {
    let pending = c.assignments.iter().filter(|a| a.status == super::review::PENDING).count();
    AdvanceView {
        stage: c.ctx.stage.id,
        last_stage: c.last_stage,
        applied: false,
        ready: plan.unsettled.is_empty(),
        unsettled: plan.unsettled,
        pending_reviews: u32::try_from(pending).unwrap_or(u32::MAX),
        groups: plan.groups,
    }
}

async fn view_of(db: &DatabaseConnection, c: &Computed, with_reviews: bool) -> Result<RankingView> {
    let names: BTreeMap<Uuid, String> = if with_reviews {
        user::Entity::find()
            .filter(user::Column::Role.eq(Role::Reviewer.as_str()))
            .all(db)
            .await?
            .into_iter()
            .map(|u| (u.id, u.name))
            .collect()
    } else {
        BTreeMap::new()
    };
    let by_id: BTreeMap<Uuid, &nomination::Model> = c.nominations.iter().map(|n| (n.id, n)).collect();
    let mut groups = Vec::new();
    for (key, (category, region, ranked)) in &c.groups {
        let mut rows: Vec<Row> = ranked
            .iter()
            .filter_map(|r| by_id.get(&r.nomination).map(|n| row(c, n, Some(r), with_reviews, &names)))
            .collect();
        // Nominations without a submitted review yet, below the ranked ones.
        rows.extend(
            c.nominations
                .iter()
                .filter(|n| c.group_of.get(&n.id) == Some(key) && !c.scores.contains_key(&n.id))
                .map(|n| row(c, n, None, with_reviews, &names)),
        );
        groups.push(Group { key: key.clone(), category: category.name.clone(), region: region.clone(), rows });
    }
    Ok(RankingView {
        stage: c.ctx.stage.id,
        stage_name: c.ctx.stage.name.clone(),
        cycle: c.ctx.cycle.name.clone(),
        status: c.ctx.stage.status.clone(),
        aggregation: c.ctx.stage.aggregation.clone(),
        reliability: c.reliability,
        last_stage: c.last_stage,
        groups,
        version: c.generation,
    })
}

fn row(
    c: &Computed,
    n: &nomination::Model,
    ranked: Option<&Ranked>,
    with_reviews: bool,
    names: &BTreeMap<Uuid, String>,
) -> Row {
    let (assigned, done) = c.counts.get(&n.id).copied().unwrap_or_default();
    let score = c.scores.get(&n.id);
    let mut flags = Vec::new();
    if score.is_some_and(|s| s.flagged) {
        flags.push("disagreement");
    }
    if ranked.is_some_and(|r| !r.tied_with.is_empty()) {
        flags.push("tie");
    }
    if score.is_none() {
        flags.push("no_reviews");
    }
    let reviews = with_reviews.then(|| {
        c.reviews
            .iter()
            .filter(|(a, _, _)| a.nomination_id == n.id)
            .map(|(a, r, scores)| ReviewLine {
                assignment: a.id,
                reviewer: a.reviewer_id,
                reviewer_name: names.get(&a.reviewer_id).cloned().unwrap_or_default(),
                total: c
                    .totals
                    .iter()
                    .find(|t| t.nomination == n.id && t.reviewer == a.reviewer_id)
                    .map_or(0.0, |t| t.total),
                scores: c.criteria.iter().zip(scores).map(|(k, s)| (k.key.clone(), *s)).collect(),
                comment: r.comment.clone(),
            })
            .collect()
    });
    Row {
        nomination: n.id,
        title: n.title.clone(),
        member_state: n.member_state.clone(),
        score: score.map(|s| s.score),
        rank: ranked.map(|r| r.rank),
        reviews_done: u32::try_from(done).unwrap_or(u32::MAX),
        reviews_assigned: u32::try_from(assigned).unwrap_or(u32::MAX),
        spread: score.map(|s| s.spread),
        flags,
        tied_with: ranked.map(|r| r.tied_with.clone()).unwrap_or_default(),
        reviews,
    }
}

/// The ranking with every review, one row per review, for a spreadsheet.
///
/// # Errors
/// As [`ranking`].
pub async fn ranking_csv(db: &DatabaseConnection, caller: &Caller, stage_id: Uuid) -> Result<String> {
    let view = ranking(db, caller, stage_id, true).await?;
    let ctx = stage_context(db, stage_id).await?;
    let mut out = csv::Writer::from_writer(Vec::new());
    let mut header: Vec<String> = [
        "ranking_group",
        "rank",
        "nomination_id",
        "title",
        "member_state",
        "score",
        "spread",
        "flags",
        "reviewer_id",
        "reviewer_name",
        "reviewer_total",
    ]
    .map(str::to_owned)
    .to_vec();
    header.extend(ctx.criteria.iter().map(|c| format!("score_{}", c.key)));
    header.push("comment".into());
    out.write_record(&header).map_err(anyhow::Error::from)?;
    let number = |v: Option<f64>| v.map(|v| format!("{v:.4}")).unwrap_or_default();
    for group in &view.groups {
        for r in &group.rows {
            let lead = [
                group.key.clone(),
                r.rank.map(|n| n.to_string()).unwrap_or_default(),
                r.nomination.to_string(),
                r.title.clone(),
                r.member_state.clone(),
                number(r.score),
                number(r.spread),
                r.flags.join(" "),
            ];
            for review in r.reviews.iter().flatten() {
                let mut record: Vec<String> = lead.to_vec();
                record.push(review.reviewer.to_string());
                record.push(review.reviewer_name.clone());
                record.push(number(Some(review.total)));
                record.extend(ctx.criteria.iter().map(|c| number(review.scores.get(&c.key).copied())));
                record.push(review.comment.clone());
                out.write_record(&record).map_err(anyhow::Error::from)?;
            }
        }
    }
    let bytes = out.into_inner().map_err(|e| anyhow::anyhow!("writing the CSV: {e}"))?;
    Ok(String::from_utf8(bytes).map_err(anyhow::Error::from)?)
}

// ---------------------------------------------------------------------------------------
// Advancement
// ---------------------------------------------------------------------------------------

#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AdvanceRequest {
    #[serde(default)]
    pub confirm: bool,
    #[serde(default)]
    pub overrides: Vec<OverrideRequest>,
}

#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OverrideRequest {
    pub nomination: Uuid,
    /// `advanced` / `eliminated`, or after the last stage `winner` / `champion` / `finalist`.
    pub outcome: String,
    pub rationale: String,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Decision {
    pub nomination: Uuid,
    pub title: String,
    pub rank: Option<u32>,
    pub score: Option<f64>,
    /// `None` while it needs an admin's decision.
    pub outcome: Option<&'static str>,
    pub overridden: bool,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct GroupDecision {
    pub key: String,
    pub decisions: Vec<Decision>,
    /// Tied nominations a cut runs through: each needs an override.
    pub blocking_ties: Vec<Vec<Uuid>>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct AdvanceView {
    pub stage: Uuid,
    pub last_stage: bool,
    pub applied: bool,
    /// Every nomination has an outcome with the overrides given.
    pub ready: bool,
    /// What still needs deciding, in words.
    pub unsettled: Vec<String>,
    pub pending_reviews: u32,
    pub groups: Vec<GroupDecision>,
}

fn outcome_name(o: Outcome) -> &'static str {
    match o {
        Outcome::Advanced => "advanced",
        Outcome::Eliminated => "eliminated",
    }
}

fn award_name(a: Award) -> &'static str {
    match a {
        Award::Winner => "winner",
        Award::Champion => "champion",
        Award::Finalist => "finalist",
    }
}

/// The outcome each nomination gets, by group, with the overrides applied where possible.
struct Plan {
    groups: Vec<GroupDecision>,
    settled: BTreeMap<Uuid, (&'static str, Option<String>)>,
    unsettled: Vec<String>,
}

fn plan(c: &Computed, overrides: &[OverrideRequest]) -> Result<Plan> {
    let mut errors = Vec::new();
    for (i, o) in overrides.iter().enumerate() {
        if !c.group_of.contains_key(&o.nomination) {
            errors.push(FieldError::new(format!("overrides[{i}].nomination"), "not a nomination of this stage"));
        }
        let allowed: &[&str] =
            if c.last_stage { &["winner", "champion", "finalist"] } else { &["advanced", "eliminated"] };
        if !allowed.contains(&o.outcome.as_str()) {
            errors.push(FieldError::new(format!("overrides[{i}].outcome"), format!("one of: {}", allowed.join(", "))));
        }
        if o.rationale.trim().is_empty() {
            errors.push(FieldError::new(format!("overrides[{i}].rationale"), "an override needs a written rationale"));
        }
    }
    if !errors.is_empty() {
        return Err(Error::Validation(errors));
    }
    let titles: BTreeMap<Uuid, &nomination::Model> = c.nominations.iter().map(|n| (n.id, n)).collect();
    let mut out = Plan { groups: Vec::new(), settled: BTreeMap::new(), unsettled: Vec::new() };
    let rule = match (c.ctx.stage.advance_rule.as_str(), c.ctx.stage.advance_value) {
        ("top_n", Some(n)) => Rule::TopN(n.max(0.0) as u32),
        ("min_score", Some(s)) => Rule::MinScore(s),
        _ => Rule::Manual,
    };
    for (key, (category, _, ranked)) in &c.groups {
        let unscored: Vec<Uuid> = c
            .nominations
            .iter()
            .filter(|n| c.group_of.get(&n.id) == Some(key) && !c.scores.contains_key(&n.id))
            .map(|n| n.id)
            .collect();
        for id in &unscored {
            if !overrides.iter().any(|o| o.nomination == *id) {
                let title = titles.get(id).map_or(String::new(), |n| n.title.clone());
                out.unsettled.push(format!(
                    "\"{title}\" has no submitted review: decide it with an override or wait for its reviews"
                ));
            }
        }
        let mine: Vec<&OverrideRequest> =
            overrides.iter().filter(|o| c.group_of.get(&o.nomination) == Some(key)).collect();
        let (decisions, ties) = if c.last_stage {
            let proposal = rank::awards(
                ranked,
                u32::try_from(category.winners).unwrap_or(0),
                u32::try_from(category.champions).unwrap_or(0),
            );
            let parsed: Vec<Override<Award>> = mine
                .iter()
                .filter(|o| !unscored.contains(&o.nomination))
                .map(|o| Override {
                    nomination: o.nomination,
                    outcome: match o.outcome.as_str() {
                        "winner" => Award::Winner,
                        "champion" => Award::Champion,
                        _ => Award::Finalist,
                    },
                    rationale: o.rationale.clone(),
                })
                .collect();
            settle_group(&proposal, &parsed, award_name, &mut out)
        } else {
            let proposal = rank::advancement(ranked, rule);
            let parsed: Vec<Override<Outcome>> = mine
                .iter()
                .filter(|o| !unscored.contains(&o.nomination))
                .map(|o| Override {
                    nomination: o.nomination,
                    outcome: if o.outcome == "advanced" { Outcome::Advanced } else { Outcome::Eliminated },
                    rationale: o.rationale.clone(),
                })
                .collect();
            settle_group(&proposal, &parsed, outcome_name, &mut out)
        };
        let mut decisions: Vec<Decision> = decisions
            .into_iter()
            .map(|(id, rank, outcome, overridden)| Decision {
                nomination: id,
                title: titles.get(&id).map_or(String::new(), |n| n.title.clone()),
                rank: Some(rank),
                score: c.scores.get(&id).map(|s| s.score),
                outcome,
                overridden,
            })
            .collect();
        for id in unscored {
            let o = mine.iter().find(|o| o.nomination == id);
            let outcome = o.map(|o| {
                let name: &'static str = match o.outcome.as_str() {
                    "advanced" => "advanced",
                    "eliminated" => "eliminated",
                    "winner" => "winner",
                    "champion" => "champion",
                    _ => "finalist",
                };
                out.settled.insert(id, (name, Some(o.rationale.clone())));
                name
            });
            decisions.push(Decision {
                nomination: id,
                title: titles.get(&id).map_or(String::new(), |n| n.title.clone()),
                rank: None,
                score: None,
                outcome,
                overridden: outcome.is_some(),
            });
        }
        out.groups.push(GroupDecision { key: key.clone(), decisions, blocking_ties: ties });
    }
    Ok(out)
}

type Line = (Uuid, u32, Option<&'static str>, bool);

fn settle_group<T: Copy + PartialEq>(
    proposal: &Proposal<T>,
    overrides: &[Override<T>],
    name: fn(T) -> &'static str,
    out: &mut Plan,
) -> (Vec<Line>, Vec<Vec<Uuid>>) {
    let ties = proposal.blocking_ties.iter().map(|t| t.nominations.clone()).collect();
    match rank::settle(proposal, overrides) {
        Ok(settled) => {
            let settled: HashMap<Uuid, &Settled<T>> = settled.iter().map(|s| (s.nomination, s)).collect();
            let lines = proposal
                .decisions
                .iter()
                .map(|d| {
                    let s: Option<&Settled<T>> = settled.get(&d.nomination).copied();
                    let outcome = s.map(|s| name(s.outcome));
                    if let Some(s) = s {
                        out.settled.insert(d.nomination, (name(s.outcome), s.rationale.clone()));
                    }
                    (d.nomination, d.rank, outcome, s.is_some_and(|s| s.rationale.is_some()))
                })
                .collect();
            (lines, ties)
        }
        Err(e) => {
            out.unsettled.push(e.to_string());
            let lines = proposal
                .decisions
                .iter()
                .map(|d| {
                    let forced = overrides.iter().find(|o| o.nomination == d.nomination);
                    let outcome = forced.map(|o| o.outcome).or(d.outcome).map(name);
                    (d.nomination, d.rank, outcome, forced.is_some())
                })
                .collect();
            (lines, ties)
        }
    }
}

/// Previews (`confirm: false`) or applies the stage's advancement.
///
/// # Errors
/// `Forbidden` for non-admins; `Validation` for malformed overrides; `Rule` when the
/// stage is not active, or on confirm while a nomination is still undecided.
pub async fn advance(
    db: &DatabaseConnection,
    caller: &Caller,
    stage_id: Uuid,
    request: AdvanceRequest,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<AdvanceView> {
    caller.require_admin()?;
    let c = compute(db, stage_id).await?;
    if c.ctx.stage.status != "active" {
        return Err(
            StageError::NotActive { stage: c.ctx.stage.name.clone(), status: c.ctx.stage.status.clone() }.into()
        );
    }
    if c.ctx.stage.kind == "screening" {
        return advance_screening(db, caller, &c, request.confirm, now).await;
    }
    let plan = plan(&c, &request.overrides)?;
    let mut view = preview_of(
        &c,
        Plan { groups: plan.groups.clone(), settled: BTreeMap::new(), unsettled: plan.unsettled.clone() },
    );
    if !request.confirm {
        return Ok(view);
    }
    if !plan.unsettled.is_empty() {
        return Err(AdvanceError::Unsettled(plan.unsettled.join("; ")).into());
    }
    apply(db, caller, &c, &plan, base_url, now).await?;
    view.applied = true;
    Ok(view)
}

/// Screening advances by its checklist, not a ranking: once every nomination in it has
/// been screened (and none awaits a clarification), those that passed move on.
async fn advance_screening(
    db: &DatabaseConnection,
    caller: &Caller,
    c: &Computed,
    confirm: bool,
    now: DateTime<Utc>,
) -> Result<AdvanceView> {
    let unsettled = super::screening::unscreened(db, &c.ctx.stage).await?;
    let passing: Vec<&nomination::Model> = c.nominations.iter().collect();
    let decisions = passing
        .iter()
        .map(|n| Decision {
            nomination: n.id,
            title: n.title.clone(),
            rank: None,
            score: None,
            outcome: Some("advanced"),
            overridden: false,
        })
        .collect();
    let mut view = AdvanceView {
        stage: c.ctx.stage.id,
        last_stage: c.last_stage,
        applied: false,
        ready: unsettled.is_empty(),
        unsettled: unsettled.clone(),
        pending_reviews: 0,
        groups: vec![GroupDecision { key: "screening".into(), decisions, blocking_ties: Vec::new() }],
    };
    if !confirm {
        return Ok(view);
    }
    if !unsettled.is_empty() {
        return Err(AdvanceError::Unsettled(unsettled.join("; ")).into());
    }
    let tx = db::begin_write(db).await?;
    lock_active(&tx, c.ctx.stage.id).await?;
    let next = next_stage(&tx, &c.ctx.stage)
        .await?
        .ok_or_else(|| AdvanceError::Unsettled("a cycle cannot end with its screening stage".into()))?;
    nomination::Entity::update_many()
        .col_expr(nomination::Column::CurrentStageId, sea_orm::sea_query::Expr::value(next.id))
        .col_expr(nomination::Column::UpdatedAt, sea_orm::sea_query::Expr::value(now))
        .filter(nomination::Column::CurrentStageId.eq(c.ctx.stage.id))
        .filter(nomination::Column::Status.eq(NominationStatus::InReview.as_str()))
        .exec(&tx)
        .await?;
    hand_over(&tx, c.ctx.stage.id, Some(next.id), now).await?;
    audit::record(
        &tx,
        &caller.actor(),
        Event::new("stage.advanced", "stage", c.ctx.stage.id)
            .details(json!({ "outcomes": { "advanced": passing.len() }, "next_stage": next.id })),
        now,
    )
    .await?;
    tx.commit().await?;
    view.applied = true;
    Ok(view)
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum AdvanceError {
    #[error("the stage cannot advance yet: {0}")]
    Unsettled(String),
}

impl crate::domain::code::Refusal for AdvanceError {
    fn code(&self) -> crate::domain::Code {
        crate::domain::Code::InvalidState
    }
}

/// The stage after `current` in its cycle's pipeline, if any.
async fn next_stage(db: &impl ConnectionTrait, current: &stage::Model) -> Result<Option<stage::Model>> {
    Ok(stage::Entity::find()
        .filter(stage::Column::CycleId.eq(current.cycle_id))
        .filter(stage::Column::Position.gt(current.position))
        .order_by_asc(stage::Column::Position)
        .one(db)
        .await?)
}

/// Locks the stage for its advancement: of two admins confirming at once, the second
/// finds it closed.
async fn lock_active(tx: &DatabaseTransaction, stage_id: Uuid) -> Result<()> {
    let locked = stage::Entity::find_by_id(stage_id).lock_exclusive().one(tx).await?.ok_or(Error::NotFound("stage"))?;
    if locked.status != "active" {
        return Err(StageError::NotActive { stage: locked.name, status: locked.status }.into());
    }
    Ok(())
}

/// Closes `from` and opens `to`, now.
async fn hand_over(tx: &DatabaseTransaction, from: Uuid, to: Option<Uuid>, now: DateTime<Utc>) -> Result<()> {
    let moves = [Some((from, "closed", stage::Column::ClosedAt)), to.map(|to| (to, "active", stage::Column::OpenedAt))];
    for (id, status, column) in moves.into_iter().flatten() {
        stage::Entity::update_many()
            .col_expr(stage::Column::Status, sea_orm::sea_query::Expr::value(status))
            .col_expr(column, sea_orm::sea_query::Expr::value(now))
            .filter(stage::Column::Id.eq(id))
            .exec(tx)
            .await?;
    }
    Ok(())
}

async fn apply(
    db: &DatabaseConnection,
    caller: &Caller,
    c: &Computed,
    plan: &Plan,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    let stage_id = c.ctx.stage.id;
    let tx = db::begin_write(db).await?;
    lock_active(&tx, stage_id).await?;
    let next = next_stage(&tx, &c.ctx.stage).await?;
    let ranks: BTreeMap<Uuid, u32> =
        c.groups.values().flat_map(|(_, _, r)| r.iter().map(|r| (r.nomination, r.rank))).collect();
    let mut counts: BTreeMap<&str, u32> = BTreeMap::new();
    for n in &c.nominations {
        let Some((outcome, rationale)) = plan.settled.get(&n.id) else { continue };
        *counts.entry(outcome).or_default() += 1;
        let score = c.scores.get(&n.id);
        stage_result::ActiveModel {
            id: Set(Uuid::now_v7()),
            stage_id: Set(stage_id),
            nomination_id: Set(n.id),
            ranking_group: Set(c.group_of.get(&n.id).cloned().unwrap_or_default()),
            score: Set(score.map(|s| s.score)),
            rank: Set(ranks.get(&n.id).and_then(|r| i32::try_from(*r).ok())),
            outcome: Set((*outcome).to_owned()),
            overridden: Set(rationale.is_some()),
            rationale: Set(rationale.clone()),
            details: Set(Some(json!({
                "reviews": score.map_or(0, |s| s.reviews),
                "spread": score.map(|s| s.spread),
                "flagged": score.is_some_and(|s| s.flagged),
                "criterion_means": score.map(|s| s.criterion_means.clone()),
            }))),
            decided_by: Set(rationale.as_ref().map(|_| caller.id)),
            decided_at: Set(now),
        }
        .insert(&tx)
        .await?;
        if let Some(r) = rationale {
            audit::record(
                &tx,
                &caller.actor(),
                Event::new("stage.override", "nomination", n.id)
                    .details(json!({ "stage": stage_id, "outcome": outcome, "rationale": r })),
                now,
            )
            .await?;
        }
        let mut active: nomination::ActiveModel = n.clone().into();
        match (*outcome, &next) {
            ("advanced", Some(next)) => active.current_stage_id = Set(Some(next.id)),
            ("eliminated", _) => active.status = Set(NominationStatus::Eliminated.as_str().to_owned()),
            ("winner", _) => active.status = Set(NominationStatus::Winner.as_str().to_owned()),
            ("champion", _) => active.status = Set(NominationStatus::Champion.as_str().to_owned()),
            ("finalist", _) => active.status = Set(NominationStatus::Finalist.as_str().to_owned()),
            _ => {}
        }
        active.updated_at = Set(now);
        active.update(&tx).await?;
        if !c.last_stage {
            tell_focal_points(&tx, c, n, *outcome == "advanced", score, base_url, now).await?;
        }
    }
    hand_over(&tx, stage_id, next.as_ref().map(|n| n.id), now).await?;
    if next.is_none() {
        cycle::Entity::update_many()
            .col_expr(cycle::Column::Phase, sea_orm::sea_query::Expr::value(Phase::Decided.as_str()))
            .col_expr(cycle::Column::UpdatedAt, sea_orm::sea_query::Expr::value(now))
            .filter(cycle::Column::Id.eq(c.ctx.cycle.id))
            .exec(&tx)
            .await?;
    }
    audit::record(
        &tx,
        &caller.actor(),
        Event::new(if c.last_stage { "cycle.decided" } else { "stage.advanced" }, "stage", stage_id)
            .details(json!({ "outcomes": counts, "next_stage": next.as_ref().map(|s| s.id) })),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

async fn tell_focal_points(
    tx: &impl ConnectionTrait,
    c: &Computed,
    n: &nomination::Model,
    advanced: bool,
    score: Option<&NominationScore>,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    let focal_points = super::screening::focal_points(tx, &n.member_state).await?;
    let message = messages::StageOutcome {
        title: n.title.clone(),
        cycle: c.ctx.cycle.name.clone(),
        stage: c.ctx.stage.name.clone(),
        advanced,
        score: score.map(|s| format!("{:.1}", s.score)),
        link: format!("{base_url}nominations/{}", n.id),
    };
    for email in focal_points {
        mail::enqueue(tx, &email, format!("outcome:{}:{}:{email}", c.ctx.stage.id, n.id), &message, now).await?;
    }
    Ok(())
}

/// What a stage's page heads with.
#[derive(Debug, Clone)]
pub struct StageSummary {
    pub id: Uuid,
    pub name: String,
    pub cycle: String,
    pub time_zone: String,
    pub kind: String,
    pub status: String,
    pub last_stage: bool,
    /// The checklist (screening) or rubric (scoring): key and label.
    pub checks: Vec<(String, String)>,
}

/// # Errors
/// `Forbidden` for non-admins, `NotFound` for no such stage.
pub async fn stage_summary(db: &DatabaseConnection, caller: &Caller, stage_id: Uuid) -> Result<StageSummary> {
    caller.require_admin()?;
    let ctx = stage_context(db, stage_id).await?;
    let last_stage = next_stage(db, &ctx.stage).await?.is_none();
    Ok(StageSummary {
        id: stage_id,
        name: ctx.stage.name.clone(),
        cycle: ctx.cycle.name.clone(),
        time_zone: ctx.cycle.time_zone.clone(),
        kind: ctx.stage.kind.clone(),
        status: ctx.stage.status.clone(),
        last_stage,
        checks: ctx.criteria.iter().map(|c| (c.key.clone(), c.label.clone())).collect(),
    })
}
