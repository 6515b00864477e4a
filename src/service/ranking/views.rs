//! A stage's ranking as the secretariat reads it: per group, each nomination's score,
//! rank, progress and flags, with every review on demand; and the same as a CSV, one row
//! per review.

use std::collections::BTreeMap;

use entity::{nomination, user};
use sea_orm::{ColumnTrait as _, DatabaseConnection, EntityTrait as _, QueryFilter as _};
use serde::Serialize;
use uuid::Uuid;

use super::{Computed, compute};
use crate::cache::Caches;
use crate::domain::review::rank::Ranked;
use crate::domain::stage::StageStatus;
use crate::domain::user::Role;
use crate::service::Result;
use crate::service::auth::Caller;

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
    pub status: StageStatus,
    pub aggregation: String,
    /// Krippendorff's alpha (interval) over the reviewer totals; `None` while undefined.
    pub reliability: Option<f64>,
    pub last_stage: bool,
    pub groups: Vec<Group>,
    /// Which computation of the stage this is (see [`super::version`]).
    #[serde(skip)]
    pub version: u64,
}

/// The stage's ranking per group, for the secretariat; with every review when `with_reviews`.
///
/// # Errors
/// `Forbidden` for non-admins, `NotFound` for no such stage.
pub async fn ranking(
    db: &DatabaseConnection,
    caches: &Caches,
    caller: &Caller,
    stage_id: Uuid,
    with_reviews: bool,
) -> Result<RankingView> {
    caller.require_admin()?;
    let c = compute(db, caches, stage_id).await?;
    view_of(db, &c, with_reviews).await
}

pub(super) async fn view_of(db: &DatabaseConnection, c: &Computed, with_reviews: bool) -> Result<RankingView> {
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
            c.unscored(key).iter().filter_map(|id| by_id.get(id)).map(|n| row(c, n, None, with_reviews, &names)),
        );
        groups.push(Group { key: key.clone(), category: category.name.clone(), region: region.clone(), rows });
    }
    Ok(RankingView {
        stage: c.ctx.stage.id,
        stage_name: c.ctx.stage.name.clone(),
        cycle: c.ctx.cycle.name.clone(),
        status: c.status,
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
pub async fn ranking_csv(db: &DatabaseConnection, caches: &Caches, caller: &Caller, stage_id: Uuid) -> Result<String> {
    caller.require_admin()?;
    let c = compute(db, caches, stage_id).await?;
    let view = view_of(db, &c, true).await?;
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
    header.extend(c.ctx.criteria.iter().map(|k| format!("score_{}", k.key)));
    header.push("comment".into());
    out.write_record(&header).map_err(anyhow::Error::from)?;
    let number = |v: Option<f64>| v.map(|v| format!("{v:.4}")).unwrap_or_default();
    let text = |s: &str| crate::sheet::text(s).into_owned();
    for group in &view.groups {
        for r in &group.rows {
            let lead = [
                text(&group.key),
                r.rank.map(|n| n.to_string()).unwrap_or_default(),
                r.nomination.to_string(),
                text(&r.title),
                text(&r.member_state),
                number(r.score),
                number(r.spread),
                r.flags.join(" "),
            ];
            for review in r.reviews.iter().flatten() {
                let mut record: Vec<String> = lead.to_vec();
                record.push(review.reviewer.to_string());
                record.push(text(&review.reviewer_name));
                record.push(number(Some(review.total)));
                record.extend(c.ctx.criteria.iter().map(|k| number(review.scores.get(&k.key).copied())));
                record.push(text(&review.comment));
                out.write_record(&record).map_err(anyhow::Error::from)?;
            }
        }
    }
    let bytes = out.into_inner().map_err(|e| anyhow::anyhow!("writing the CSV: {e}"))?;
    Ok(String::from_utf8(bytes).map_err(anyhow::Error::from)?)
}
