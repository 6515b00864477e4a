//! A stage's advancement: previewed as often as the secretariat likes (reading only),
//! then applied once, in one transaction, with the overrides it was previewed with.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use entity::{cycle, nomination, stage_result};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait as _, ActiveValue::Set, ColumnTrait as _, ConnectionTrait, DatabaseConnection, EntityTrait as _,
    QueryFilter as _,
};
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use super::views::{RankingView, view_of};
use super::{Computed, compute};
use crate::cache::Caches;
use crate::db;
use crate::domain::cycle::Phase;
use crate::domain::definition::Labels;
use crate::domain::nomination::NominationStatus;
use crate::domain::review::AssignmentStatus;
use crate::domain::review::advance::{self as planning, Choice, Plan, Unsettled};
use crate::domain::stage::{RuleKind, StageKind, StageOutcome, StageStatus};
use crate::mail::{self, messages};
use crate::service::audit::{self, Event};
use crate::service::auth::Caller;
use crate::service::review::StageError;
use crate::service::{Error, FieldError, Result, screening, stages};

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
    /// Taken as text and checked with the rest, so a wrong word is named beside its field.
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
    pub outcome: Option<StageOutcome>,
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

impl AdvanceView {
    fn of(c: &Computed, unsettled: Vec<String>, pending_reviews: usize, groups: Vec<GroupDecision>) -> Self {
        Self {
            stage: c.ctx.stage.id,
            last_stage: c.last_stage,
            applied: false,
            ready: unsettled.is_empty(),
            unsettled,
            pending_reviews: u32::try_from(pending_reviews).unwrap_or(u32::MAX),
            groups,
        }
    }
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum AdvanceError {
    #[error("{}", crate::i18n::say_with("refusal-cannot-advance", &[("why", .0.as_str().into())]))]
    Unsettled(String),
}

impl crate::domain::code::Refusal for AdvanceError {
    fn code(&self) -> crate::domain::Code {
        crate::domain::Code::InvalidState
    }
}

/// What advancing the stage would do with these overrides. Reads only: a page load and
/// `{confirm: false}` both come here, and nothing here can close a stage.
///
/// # Errors
/// `Forbidden` for non-admins; `Validation` for malformed overrides; `Rule` when the
/// stage is not active.
pub async fn preview(
    db: &DatabaseConnection,
    caches: &Caches,
    caller: &Caller,
    stage_id: Uuid,
    overrides: &[OverrideRequest],
) -> Result<AdvanceView> {
    caller.require_admin()?;
    let c = compute(db, caches, stage_id).await?;
    require_active(&c)?;
    preview_of(db, &c, overrides).await.map(|(view, _)| view)
}

/// The ranking of a stage's page and, while it is active, its advancement preview, from
/// one reading of the stage.
///
/// # Errors
/// As [`super::ranking`] and [`preview`].
pub async fn page(
    db: &DatabaseConnection,
    caches: &Caches,
    caller: &Caller,
    stage_id: Uuid,
    with_reviews: bool,
    overrides: &[OverrideRequest],
) -> Result<(RankingView, Option<AdvanceView>)> {
    caller.require_admin()?;
    let c = compute(db, caches, stage_id).await?;
    let view = view_of(db, &c, with_reviews).await?;
    if c.status != StageStatus::Active {
        return Ok((view, None));
    }
    Ok((view, Some(preview_of(db, &c, overrides).await?.0)))
}

/// Applies the stage's advancement with the overrides: every nomination gets its
/// outcome, the stage closes and the next opens (or, out of the last stage, the awards
/// are decided). `confirm: false` only previews, as [`preview`] does.
///
/// # Errors
/// `Forbidden` for non-admins; `Validation` for malformed overrides; `Rule` when the
/// stage is not active, or while a nomination is still undecided.
pub async fn advance(
    db: &DatabaseConnection,
    caches: &Caches,
    caller: &Caller,
    stage_id: Uuid,
    request: AdvanceRequest,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<AdvanceView> {
    caller.require_admin()?;
    let c = compute(db, caches, stage_id).await?;
    require_active(&c)?;
    let (mut view, plan) = preview_of(db, &c, &request.overrides).await?;
    if !request.confirm {
        return Ok(view);
    }
    if c.kind == StageKind::PublicVote
        && let Some(closes) = c.ctx.stage.closes_at.filter(|at| now < *at)
    {
        let when = crate::format::Zoned::utc(closes).instant(crate::i18n::current());
        return Err(crate::service::vote::VoteError::StillOpen(when).into());
    }
    if !view.unsettled.is_empty() {
        return Err(AdvanceError::Unsettled(view.unsettled.join("; ")).into());
    }
    match plan {
        Some(plan) => apply(db, caller, &c, &plan, base_url, now).await?,
        None => apply_screening(db, caller, &c, now).await?,
    }
    view.applied = true;
    Ok(view)
}

fn require_active(c: &Computed) -> Result<()> {
    if c.status != StageStatus::Active {
        return Err(StageError::NotActive { stage: c.ctx.stage.name.clone(), status: c.status }.into());
    }
    Ok(())
}

/// The preview and, for a ranked stage, the plan it shows. Screening advances by its
/// checklist, not a ranking: once every nomination in it has been screened (and none
/// awaits a clarification), those that passed move on.
async fn preview_of(
    db: &impl ConnectionTrait,
    c: &Computed,
    overrides: &[OverrideRequest],
) -> Result<(AdvanceView, Option<Plan>)> {
    if c.kind == StageKind::Screening {
        let unsettled = screening::unscreened(db, &c.ctx.stage).await?;
        let decisions = c
            .nominations
            .iter()
            .map(|n| Decision {
                nomination: n.id,
                title: n.title.clone(),
                rank: None,
                score: None,
                outcome: Some(StageOutcome::Advanced),
                overridden: false,
            })
            .collect();
        let groups = vec![GroupDecision { key: "screening".into(), decisions, blocking_ties: Vec::new() }];
        return Ok((AdvanceView::of(c, unsettled, 0, groups), None));
    }
    let plan = plan(c, overrides)?;
    let titles: BTreeMap<Uuid, &str> = c.nominations.iter().map(|n| (n.id, n.title.as_str())).collect();
    let title = |id: &Uuid| titles.get(id).map_or_else(String::new, |t| (*t).to_owned());
    let groups = plan
        .groups
        .iter()
        .map(|g| GroupDecision {
            key: g.key.clone(),
            decisions: g
                .lines
                .iter()
                .map(|l| Decision {
                    nomination: l.nomination,
                    title: title(&l.nomination),
                    rank: l.rank,
                    score: l.rank.and(c.scores.get(&l.nomination).map(|s| s.score)),
                    outcome: l.outcome,
                    overridden: l.overridden,
                })
                .collect(),
            blocking_ties: g.blocking_ties.clone(),
        })
        .collect();
    let unsettled: Vec<String> = plan
        .unsettled
        .iter()
        .map(|u| match u {
            Unsettled::NoReview(id) => crate::i18n::say_with("unsettled-no-review", &[("title", title(id).into())]),
            Unsettled::Overrides(e) => e.to_string(),
        })
        .collect();
    let pending = c.assignments.iter().filter(|a| a.status == AssignmentStatus::Pending).count();
    Ok((AdvanceView::of(c, unsettled, pending, groups), Some(plan)))
}

/// Checks the overrides as typed, naming each problem beside its field, then asks the
/// domain for the plan.
fn plan(c: &Computed, overrides: &[OverrideRequest]) -> Result<Plan> {
    let allowed = StageOutcome::choices(c.last_stage);
    let mut errors = Vec::new();
    let mut choices = Vec::with_capacity(overrides.len());
    for (i, o) in overrides.iter().enumerate() {
        if !c.group_of.contains_key(&o.nomination) {
            errors.push(FieldError::new(
                format!("overrides[{i}].nomination"),
                crate::i18n::say("refusal-override-nomination"),
            ));
        }
        let outcome = o.outcome.parse::<StageOutcome>().ok().filter(|x| allowed.contains(x));
        if outcome.is_none() {
            let words: Vec<&str> = allowed.iter().map(|a| a.as_str()).collect();
            errors.push(FieldError::new(
                format!("overrides[{i}].outcome"),
                crate::i18n::say_with("refusal-choice", &[("choices", words.join(", ").into())]),
            ));
        }
        if o.rationale.trim().is_empty() {
            errors.push(FieldError::new(
                format!("overrides[{i}].rationale"),
                crate::i18n::say("refusal-override-rationale"),
            ));
        }
        if let Some(outcome) = outcome {
            choices.push(Choice { nomination: o.nomination, outcome, rationale: o.rationale.clone() });
        }
    }
    if !errors.is_empty() {
        return Err(Error::Validation(errors));
    }
    let rule_kind: RuleKind = c.ctx.stage.advance_rule.parse().map_err(anyhow::Error::new)?;
    let unscored: BTreeMap<&str, Vec<Uuid>> = c.groups.keys().map(|k| (k.as_str(), c.unscored(k))).collect();
    let groups: Vec<planning::Group<'_>> = c
        .groups
        .iter()
        .map(|(key, (category, _, ranked))| planning::Group {
            key,
            ranked,
            unscored: unscored.get(key.as_str()).map_or(&[], Vec::as_slice),
            winners: u32::try_from(category.winners).unwrap_or(0),
            champions: u32::try_from(category.champions).unwrap_or(0),
        })
        .collect();
    Ok(planning::plan(&groups, planning::rule(rule_kind, c.ctx.stage.advance_value), c.last_stage, &choices))
}

/// Moves every nomination that passed screening into the next stage.
async fn apply_screening(db: &DatabaseConnection, caller: &Caller, c: &Computed, now: DateTime<Utc>) -> Result<()> {
    let tx = db::begin_write(db).await?;
    stages::lock_active(&tx, c.ctx.stage.id).await?;
    let next = stages::next(&tx, &c.ctx.stage)
        .await?
        .ok_or_else(|| AdvanceError::Unsettled(crate::i18n::say("unsettled-screening-last")))?;
    nomination::Entity::update_many()
        .col_expr(nomination::Column::CurrentStageId, Expr::value(next.id))
        .col_expr(nomination::Column::UpdatedAt, Expr::value(now))
        .filter(nomination::Column::CurrentStageId.eq(c.ctx.stage.id))
        .filter(nomination::Column::Status.eq(NominationStatus::InReview.as_str()))
        .exec(&tx)
        .await?;
    stages::hand_over(&tx, c.ctx.stage.id, Some(next.id), now).await?;
    audit::record(
        &tx,
        &caller.actor(),
        Event::new("stage.advanced", "stage", c.ctx.stage.id).details(json!({
            "outcomes": { StageOutcome::Advanced.as_str(): c.nominations.len() },
            "next_stage": next.id,
        })),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Writes the plan: a stage result per nomination (with the override's rationale, each
/// audited), the nominations moved on, out, or to their awards, the stage handed over,
/// the focal points told (except of awards, which wait for publication), and the cycle
/// decided after its last stage. One transaction, so a failure leaves the stage as it was.
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
    stages::lock_active(&tx, stage_id).await?;
    let next = stages::next(&tx, &c.ctx.stage).await?;
    let ranks: BTreeMap<Uuid, u32> =
        c.groups.values().flat_map(|(_, _, r)| r.iter().map(|r| (r.nomination, r.rank))).collect();
    let mut counts: BTreeMap<StageOutcome, u32> = BTreeMap::new();
    for n in &c.nominations {
        let Some(&(outcome, ref rationale)) = plan.settled.get(&n.id) else { continue };
        *counts.entry(outcome).or_default() += 1;
        let score = c.scores.get(&n.id);
        stage_result::ActiveModel {
            id: Set(Uuid::now_v7()),
            stage_id: Set(stage_id),
            nomination_id: Set(n.id),
            ranking_group: Set(c.group_of.get(&n.id).cloned().unwrap_or_default()),
            score: Set(score.map(|s| s.score)),
            rank: Set(ranks.get(&n.id).and_then(|r| i32::try_from(*r).ok())),
            outcome: Set(outcome.as_str().to_owned()),
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
        let status = match outcome {
            StageOutcome::Advanced => None,
            StageOutcome::Eliminated | StageOutcome::Ineligible => Some(NominationStatus::Eliminated),
            StageOutcome::Winner => Some(NominationStatus::Winner),
            StageOutcome::Champion => Some(NominationStatus::Champion),
            StageOutcome::Finalist => Some(NominationStatus::Finalist),
        };
        match (status, &next) {
            (Some(status), _) => active.status = Set(status.as_str().to_owned()),
            (None, Some(next)) => active.current_stage_id = Set(Some(next.id)),
            (None, None) => {}
        }
        active.updated_at = Set(now);
        active.update(&tx).await?;
        if !c.last_stage {
            tell_focal_points(&tx, c, n, outcome == StageOutcome::Advanced, score, base_url, now).await?;
        }
    }
    stages::hand_over(&tx, stage_id, next.as_ref().map(|n| n.id), now).await?;
    if next.is_none() {
        cycle::Entity::update_many()
            .col_expr(cycle::Column::Phase, Expr::value(Phase::Decided.as_str()))
            .col_expr(cycle::Column::UpdatedAt, Expr::value(now))
            .filter(cycle::Column::Id.eq(c.ctx.cycle.id))
            .exec(&tx)
            .await?;
    }
    let counts: BTreeMap<&str, u32> = counts.into_iter().map(|(o, n)| (o.as_str(), n)).collect();
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
    score: Option<&crate::domain::review::aggregate::NominationScore>,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    let focal_points = screening::focal_points(tx, &n.member_state).await?;
    let labels = Labels::of(&c.ctx.cycle.definition);
    let message = messages::StageOutcome {
        title: n.title.clone(),
        cycle: labels.cycle_names(c.ctx.cycle.year, &c.ctx.cycle.name),
        stage: labels.stage_names(&c.ctx.stage.key, &c.ctx.stage.name),
        advanced,
        score: score.map(|s| format!("{:.1}", s.score)),
        link: format!("{base_url}nominations/{}", n.id),
    };
    for person in focal_points {
        let key = format!("outcome:{}:{}:{}", c.ctx.stage.id, n.id, person.email);
        mail::enqueue(tx, mail::To::person(&person), key, &message, now).await?;
    }
    Ok(())
}
