//! Cycles: creating them from a definition, changing them, and how the public and the
//! API see them.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use entity::{category, criterion, cycle, programme, stage};
use sea_orm::{
    ColumnTrait as _, DatabaseConnection, EntityTrait as _, QueryFilter as _, QueryOrder as _, QuerySelect as _,
};
use uuid::Uuid;

use super::auth::Caller;
use super::{Error, Result};
use crate::cache::Caches;
use crate::domain::cycle::{Phase, Timeline};
use crate::domain::definition::Labels;
use crate::domain::stage::{StageKind, StageStatus};

mod change;
mod create;

pub use change::*;
pub use create::*;

/// A cycle's public face: who runs it, when it opens and closes, its categories.
/// Nothing about results: those appear only once a cycle is published.
#[derive(Debug, Clone)]
pub struct PublicCycle {
    pub id: Uuid,
    pub programme: String,
    pub name: String,
    pub year: i32,
    pub phase: Phase,
    pub time_zone: String,
    pub timeline: Timeline,
    pub categories: Vec<String>,
    pub updated_at: DateTime<Utc>,
}

impl PublicCycle {
    /// When what the public may know of this cycle last changed at `now`: an edit or a
    /// stored phase, or one of its dates passing, which moves its phase by the clock.
    pub fn last_changed(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        let t = &self.timeline;
        [t.opens_at, t.closes_at, t.publish_at].into_iter().filter(|at| *at <= now).fold(self.updated_at, Ord::max)
    }
}

/// Every cycle that is open or has been, newest first. Drafts stay private until
/// their `opens_at`.
///
/// # Errors
/// Database failures only.
pub async fn public_cycles(db: &DatabaseConnection, caches: &Caches, now: DateTime<Utc>) -> Result<Vec<PublicCycle>> {
    let mut rows = Vec::new();
    for head in super::publishing::CycleHead::select()
        .order_by_desc(cycle::Column::OpensAt)
        .into_model::<super::publishing::CycleHead>()
        .all(db)
        .await?
    {
        let phase = head.phase(now)?;
        if phase != Phase::Draft {
            rows.push((head, phase));
        }
    }
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<Uuid> = rows.iter().map(|(c, _)| c.id).collect();
    let categories: Vec<(Uuid, String, String)> = category::Entity::find()
        .select_only()
        .columns([category::Column::CycleId, category::Column::Key, category::Column::Name])
        .filter(category::Column::CycleId.is_in(ids))
        .order_by_asc(category::Column::Position)
        .into_tuple()
        .all(db)
        .await?;
    let versions: Vec<(Uuid, i32)> = rows.iter().map(|(c, _)| (c.id, c.version)).collect();
    let labels = labels(db, caches, &versions).await?;
    let lang = crate::i18n::current();
    Ok(rows
        .into_iter()
        .map(|(row, phase)| {
            let words = labels.of(row.id);
            PublicCycle {
                id: row.id,
                programme: words.programme(lang, &row.programme).to_owned(),
                name: words.cycle_name(lang, row.year, &row.name),
                year: row.year,
                phase,
                timeline: Timeline { opens_at: row.opens_at, closes_at: row.closes_at, publish_at: row.publish_at },
                categories: categories
                    .iter()
                    .filter(|(cycle, ..)| *cycle == row.id)
                    .map(|(_, key, name)| words.category(key, lang, name).to_owned())
                    .collect(),
                time_zone: row.time_zone,
                updated_at: row.updated_at,
            }
        })
        .collect())
}

/// The words of cycles' definitions, by id, each as of the version given: kept in
/// `caches.labels` and read (one statement for all that are missing) only when a
/// cycle's definition has changed since it was kept. Every change of a definition
/// goes through `replace_definition` or `update_cycle`, which raise the cycle's
/// version, so a page that read the version with the cycle never shows older words,
/// on this instance or any other.
///
/// # Errors
/// Database failures.
pub async fn labels(db: &impl sea_orm::ConnectionTrait, caches: &Caches, cycles: &[(Uuid, i32)]) -> Result<Words> {
    let mut found = HashMap::with_capacity(cycles.len());
    let mut missing = Vec::new();
    for &(id, version) in cycles {
        match caches.labels.get(&id, |(kept, _)| *kept == version) {
            Some((_, words)) => {
                found.insert(id, words);
            }
            None => missing.push(id),
        }
    }
    if !missing.is_empty() {
        let read: Vec<(Uuid, i32, serde_json::Value)> = cycle::Entity::find()
            .select_only()
            .columns([cycle::Column::Id, cycle::Column::Version, cycle::Column::Definition])
            .filter(cycle::Column::Id.is_in(missing))
            .into_tuple()
            .all(db)
            .await?;
        for (id, version, definition) in read {
            let words = Arc::new(Labels::of(&definition));
            caches.labels.put(id, (version, words.clone()));
            found.insert(id, words);
        }
    }
    Ok(Words(found))
}

/// Cycles' words as [`labels`] found them.
#[derive(Debug)]
pub struct Words(HashMap<Uuid, Arc<Labels>>);

impl Words {
    /// The words of cycle `id`; none (every page shows the stored words) for a cycle
    /// gone since it was read.
    #[must_use]
    pub fn of(&self, id: Uuid) -> &Labels {
        static NONE: std::sync::LazyLock<Labels> = std::sync::LazyLock::new(Labels::default);
        self.0.get(&id).map_or(&*NONE, AsRef::as_ref)
    }
}

/// A cycle with its set-up, as the API shows it.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct CycleView {
    pub id: Uuid,
    pub programme: String,
    pub name: String,
    pub year: i32,
    pub phase: Phase,
    pub time_zone: String,
    pub opens_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
    pub publish_at: DateTime<Utc>,
    pub max_attachments: i32,
    pub min_attachments: i32,
    pub version: i32,
    pub categories: Vec<CategoryView>,
    pub stages: Vec<StageView>,
}

#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct CategoryView {
    pub key: String,
    pub name: String,
    pub max_per_state: i32,
    pub winners: i32,
    pub champions: i32,
    pub per_region: bool,
}

#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct StageView {
    pub id: Uuid,
    pub key: String,
    pub name: String,
    pub kind: StageKind,
    pub position: i32,
    pub blind: bool,
    pub status: StageStatus,
    pub due_at: Option<DateTime<Utc>>,
    pub criteria: Vec<CriterionView>,
}

/// A criterion of a scoring stage's rubric, as the cycle and a reviewer's assignment
/// both show it.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct CriterionView {
    pub key: String,
    pub label: String,
    pub guidance: Option<String>,
    pub weight: f64,
    pub min: f64,
    pub max: f64,
    /// What points on the scale mean, lowest first, where the definition says.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub levels: Vec<LevelView>,
}

/// One described point of a criterion's scale.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct LevelView {
    pub score: f64,
    pub label: String,
}

impl CriterionView {
    /// The criterion with its label and guidance in `lang` where the definition has them.
    #[must_use]
    pub fn read_in(c: &criterion::Model, labels: &Labels, stage: &str, lang: crate::i18n::Lang) -> Self {
        let guidance = c.guidance.as_deref().map(|g| labels.criterion_guidance(stage, &c.key, lang, g).to_owned());
        let levels =
            labels.levels(stage, &c.key, lang).into_iter().map(|(score, label)| LevelView { score, label }).collect();
        Self { label: labels.criterion(stage, &c.key, lang, &c.label).to_owned(), guidance, levels, ..Self::from(c) }
    }
}

impl From<&criterion::Model> for CriterionView {
    fn from(c: &criterion::Model) -> Self {
        Self {
            key: c.key.clone(),
            label: c.label.clone(),
            guidance: c.guidance.clone(),
            weight: c.weight,
            min: c.min_score,
            max: c.max_score,
            levels: Vec::new(),
        }
    }
}

/// Cycles with their set-up, newest first: every cycle for admins, the ones past
/// draft for everyone else.
///
/// # Errors
/// Database failures only.
pub async fn list(db: &DatabaseConnection, caller: Option<&Caller>, now: DateTime<Utc>) -> Result<Vec<CycleView>> {
    let rows = cycle::Entity::find().order_by_desc(cycle::Column::OpensAt).all(db).await?;
    views(db, caller, rows, now).await
}

/// One cycle with its set-up.
///
/// # Errors
/// `NotFound` for no such cycle, or a draft the caller may not see.
pub async fn get(db: &DatabaseConnection, caller: Option<&Caller>, id: Uuid, now: DateTime<Utc>) -> Result<CycleView> {
    let row = cycle::Entity::find_by_id(id).one(db).await?.ok_or(Error::NotFound("cycle"))?;
    views(db, caller, vec![row], now).await?.pop().ok_or(Error::NotFound("cycle"))
}

/// The cycles of `rows` the caller may see, with their set-up, in the order given: the
/// programmes, categories, and stages with their criteria read once for all of them.
async fn views(
    db: &DatabaseConnection,
    caller: Option<&Caller>,
    rows: Vec<cycle::Model>,
    now: DateTime<Utc>,
) -> Result<Vec<CycleView>> {
    let mut visible = Vec::new();
    for row in rows {
        let phase = super::publishing::phase_of(&row, now)?;
        if phase != Phase::Draft || caller.is_some_and(Caller::is_admin) {
            visible.push((row, phase));
        }
    }
    if visible.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<Uuid> = visible.iter().map(|(r, _)| r.id).collect();
    let programme_ids: Vec<Uuid> = visible.iter().map(|(r, _)| r.programme_id).collect();
    let programmes = programme::Entity::find().filter(programme::Column::Id.is_in(programme_ids)).all(db).await?;
    let categories = category::Entity::find()
        .filter(category::Column::CycleId.is_in(ids.clone()))
        .order_by_asc(category::Column::Position)
        .all(db)
        .await?;
    let stages = stage::Entity::find()
        .filter(stage::Column::CycleId.is_in(ids))
        .order_by_asc(stage::Column::Position)
        .find_with_related(criterion::Entity)
        .all(db)
        .await?;
    // Labels in the reader's language, where the definition gives them.
    let lang = crate::i18n::current();
    let mut out = Vec::with_capacity(visible.len());
    for (row, phase) in visible {
        let labels = Labels::of(&row.definition);
        let programme = programmes.iter().find(|p| p.id == row.programme_id).map_or("", |p| p.name.as_str());
        let programme = labels.programme(lang, programme).to_owned();
        let categories = categories
            .iter()
            .filter(|c| c.cycle_id == row.id)
            .map(|c| CategoryView {
                name: labels.category(&c.key, lang, &c.name).to_owned(),
                key: c.key.clone(),
                max_per_state: c.max_per_state,
                winners: c.winners,
                champions: c.champions,
                per_region: c.per_region,
            })
            .collect();
        let stages = stages
            .iter()
            .filter(|(s, _)| s.cycle_id == row.id)
            .map(|(s, criteria)| {
                let mut criteria: Vec<&criterion::Model> = criteria.iter().collect();
                criteria.sort_by_key(|c| c.position);
                Ok(StageView {
                    status: s.status.parse().map_err(anyhow::Error::new)?,
                    kind: s.kind.parse().map_err(anyhow::Error::new)?,
                    id: s.id,
                    name: labels.stage(&s.key, lang, &s.name).to_owned(),
                    criteria: criteria.iter().map(|c| CriterionView::read_in(c, &labels, &s.key, lang)).collect(),
                    key: s.key.clone(),
                    position: s.position,
                    blind: s.blind,
                    due_at: s.due_at,
                })
            })
            .collect::<Result<_>>()?;
        out.push(CycleView {
            id: row.id,
            programme,
            name: labels.cycle_name(lang, row.year, &row.name),
            year: row.year,
            phase,
            time_zone: row.time_zone,
            opens_at: row.opens_at,
            closes_at: row.closes_at,
            publish_at: row.publish_at,
            max_attachments: row.max_attachments,
            min_attachments: row.min_attachments,
            version: row.version,
            categories,
            stages,
        });
    }
    Ok(out)
}
