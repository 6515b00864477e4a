//! Cycles: creating them from a definition, and how the public sees them.

use chrono::{DateTime, Utc};
use entity::{category, criterion, cycle, programme, question, stage};
use sea_orm::{
    ActiveModelTrait as _, ActiveValue::Set, ColumnTrait as _, DatabaseConnection, EntityTrait as _, QueryFilter as _,
    QueryOrder as _,
};
use uuid::Uuid;

use super::audit::{self, Event};
use super::auth::Caller;
use super::{Actor, Error, Result};
use crate::db;
use crate::domain::cycle::{Phase, Timeline};
use crate::domain::definition::{Advance, Changeable, CycleDefinition, Labels, unsafe_change};
use crate::domain::stage::{RuleKind, StageKind, StageStatus};

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
pub async fn public_cycles(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<Vec<PublicCycle>> {
    let rows = cycle::Entity::find()
        .find_also_related(programme::Entity)
        .order_by_desc(cycle::Column::OpensAt)
        .all(db)
        .await?;
    let ids: Vec<Uuid> = rows.iter().map(|(c, _)| c.id).collect();
    let categories = category::Entity::find()
        .filter(category::Column::CycleId.is_in(ids))
        .order_by_asc(category::Column::Position)
        .all(db)
        .await?;

    let mut cycles = Vec::new();
    for (row, programme) in rows {
        let timeline = Timeline { opens_at: row.opens_at, closes_at: row.closes_at, publish_at: row.publish_at };
        let stored = row.phase.parse::<Phase>().map_err(anyhow::Error::msg)?;
        let phase = timeline.phase_at(stored, now);
        if phase == Phase::Draft {
            continue;
        }
        let (labels, lang) = (Labels::of(&row.definition), crate::i18n::current());
        let programme = programme.map(|p| p.name).unwrap_or_default();
        cycles.push(PublicCycle {
            id: row.id,
            programme: labels.programme(lang, &programme).to_owned(),
            name: labels.cycle_name(lang, row.year, &row.name),
            year: row.year,
            phase,
            time_zone: row.time_zone,
            timeline,
            categories: categories
                .iter()
                .filter(|c| c.cycle_id == row.id)
                .map(|c| labels.category(&c.key, lang, &c.name).to_owned())
                .collect(),
            updated_at: row.updated_at,
        });
    }
    Ok(cycles)
}

/// Creates a cycle from a definition that `domain::definition` accepted: the programme
/// (found by name, or created), the cycle in `draft`, its categories, questions,
/// stages and criteria, in one transaction.
///
/// # Errors
/// `Validation` when the programme already has a cycle that year; `Forbidden` when a
/// signed-in caller is not an admin.
pub async fn create_cycle(
    db: &DatabaseConnection,
    actor: &Actor,
    caller: Option<&Caller>,
    definition: &CycleDefinition,
    now: DateTime<Utc>,
) -> Result<Uuid> {
    create_cycle_as(db, actor, caller, Uuid::now_v7(), definition, now).await
}

/// [`create_cycle`] under an id the caller reserved (an `Idempotency-Key` claim).
///
/// # Errors
/// As [`create_cycle`].
pub async fn create_cycle_as(
    db: &DatabaseConnection,
    actor: &Actor,
    caller: Option<&Caller>,
    cycle_id: Uuid,
    definition: &CycleDefinition,
    now: DateTime<Utc>,
) -> Result<Uuid> {
    if let Some(caller) = caller {
        caller.require_admin()?;
    }
    let d = definition;
    let programme_name = d.plain(&d.programme).to_owned();
    let tx = db::begin_write(db).await?;
    let programme_id =
        match programme::Entity::find().filter(programme::Column::Name.eq(&programme_name)).one(&tx).await? {
            Some(p) => p.id,
            None => {
                let id = Uuid::now_v7();
                programme::ActiveModel {
                    id: Set(id),
                    name: Set(programme_name.clone()),
                    slug: Set(slug(&programme_name)),
                    created_at: Set(now),
                }
                .insert(&tx)
                .await?;
                id
            }
        };
    let taken = cycle::Entity::find()
        .filter(cycle::Column::ProgrammeId.eq(programme_id))
        .filter(cycle::Column::Year.eq(d.year))
        .one(&tx)
        .await?;
    if taken.is_some() {
        return Err(Error::validation(
            "year",
            crate::i18n::say_with(
                "refusal-cycle-exists",
                &[("programme", programme_name.as_str().into()), ("year", d.year.to_string().into())],
            ),
        ));
    }
    cycle::ActiveModel {
        id: Set(cycle_id),
        programme_id: Set(programme_id),
        year: Set(d.year),
        name: Set(format!("{programme_name} {}", d.year)),
        time_zone: Set(d.time_zone.clone()),
        opens_at: Set(d.opens_at),
        closes_at: Set(d.closes_at),
        publish_at: Set(d.publish_at),
        phase: Set(Phase::Draft.as_str().to_owned()),
        published_at: Set(None),
        max_attachments: Set(d.max_attachments),
        min_attachments: Set(d.min_attachments),
        definition: Set(serde_json::to_value(d).map_err(anyhow::Error::from)?),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&tx)
    .await?;
    insert_set_up(&tx, cycle_id, d).await?;
    audit::record(
        &tx,
        actor,
        Event::new("cycle.created", "cycle", cycle_id)
            .details(serde_json::json!({ "programme": d.programme, "year": d.year })),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(cycle_id)
}

/// Inserts a cycle's categories, questions, stages and criteria.
async fn insert_set_up(tx: &sea_orm::DatabaseTransaction, cycle_id: Uuid, d: &CycleDefinition) -> Result<()> {
    for (position, c) in (0_i32..).zip(&d.categories) {
        category::ActiveModel {
            id: Set(Uuid::now_v7()),
            cycle_id: Set(cycle_id),
            key: Set(c.key.clone()),
            name: Set(d.plain(&c.name).to_owned()),
            description: Set(c.description.as_ref().map(|l| d.plain(l).to_owned())),
            position: Set(position),
            max_per_state: Set(c.max_per_state),
            winners: Set(c.winners),
            champions: Set(c.champions),
            per_region: Set(c.per_region),
        }
        .insert(tx)
        .await?;
    }
    for (position, q) in (0_i32..).zip(&d.questions) {
        question::ActiveModel {
            id: Set(Uuid::now_v7()),
            cycle_id: Set(cycle_id),
            key: Set(q.key.clone()),
            label: Set(d.plain(&q.label).to_owned()),
            help: Set(q.help.as_ref().map(|l| d.plain(l).to_owned())),
            kind: Set(q.kind.clone()),
            required: Set(q.required),
            max_length: Set(q.max_length),
            choices: Set(q
                .choices
                .as_ref()
                .map(|c| serde_json::json!(c.iter().map(|l| d.plain(l)).collect::<Vec<_>>()))),
            public: Set(q.public),
            position: Set(position),
        }
        .insert(tx)
        .await?;
    }
    for (position, s) in (0_i32..).zip(&d.stages) {
        let stage_id = Uuid::now_v7();
        let (rule, value) = match s.advance {
            Advance::TopN { n } => (RuleKind::TopN, Some(f64::from(n))),
            Advance::MinScore { score } => (RuleKind::MinScore, Some(score)),
            Advance::Manual => (RuleKind::Manual, None),
        };
        stage::ActiveModel {
            id: Set(stage_id),
            cycle_id: Set(cycle_id),
            key: Set(s.key.clone()),
            name: Set(d.plain(&s.name).to_owned()),
            kind: Set(s.kind.clone()),
            position: Set(position),
            blind: Set(s.blind),
            reviewers_per_nomination: Set(s.reviewers_per_nomination),
            aggregation: Set(s.aggregation.clone()),
            disagreement_threshold: Set(s.disagreement_threshold),
            advance_rule: Set(rule.as_str().to_owned()),
            advance_value: Set(value),
            due_at: Set(s.due_at),
            status: Set(StageStatus::Pending.as_str().to_owned()),
            opened_at: Set(None),
            closed_at: Set(None),
        }
        .insert(tx)
        .await?;
        for (position, c) in (0_i32..).zip(&s.criteria) {
            criterion::ActiveModel {
                id: Set(Uuid::now_v7()),
                stage_id: Set(stage_id),
                key: Set(c.key.clone()),
                label: Set(d.plain(&c.label).to_owned()),
                guidance: Set(c.guidance.as_ref().map(|l| d.plain(l).to_owned())),
                weight: Set(c.weight),
                min_score: Set(c.min),
                max_score: Set(c.max),
                position: Set(position),
            }
            .insert(tx)
            .await?;
        }
    }
    Ok(())
}

/// Changes a cycle: `patch` is merged over its definition (JSON merge patch, RFC
/// 7396) and the result validated as a whole. A draft's set-up is replaced; once
/// nominations have opened only what is safe changes (a later deadline while open,
/// and wording), in place, so nothing that refers to the set-up is disturbed.
///
/// # Errors
/// `Forbidden` for non-admins; `NotFound`; `VersionMismatch` when `if_match` is stale;
/// `Rule(NotDraft)` naming the first part that can no longer change; `Validation`
/// naming every problem.
pub async fn update_cycle(
    db: &DatabaseConnection,
    caller: &Caller,
    id: Uuid,
    patch: &serde_json::Value,
    if_match: Option<i32>,
    now: DateTime<Utc>,
) -> Result<()> {
    change(db, caller, id, Change::Patch(patch), if_match, now).await
}

/// Puts `definition` in place of a cycle's definition, as the set-up form does, with
/// the same rules as [`update_cycle`].
///
/// # Errors
/// As [`update_cycle`].
pub async fn replace_definition(
    db: &DatabaseConnection,
    caller: &Caller,
    id: Uuid,
    definition: &serde_json::Value,
    if_match: Option<i32>,
    now: DateTime<Utc>,
) -> Result<()> {
    change(db, caller, id, Change::Whole(definition), if_match, now).await
}

/// How a change to a definition is given.
enum Change<'a> {
    /// A JSON merge patch over the stored definition.
    Patch(&'a serde_json::Value),
    /// The whole definition.
    Whole(&'a serde_json::Value),
}

async fn change(
    db: &DatabaseConnection,
    caller: &Caller,
    id: Uuid,
    change: Change<'_>,
    if_match: Option<i32>,
    now: DateTime<Utc>,
) -> Result<()> {
    caller.require_admin()?;
    let tx = db::begin_write(db).await?;
    let row = cycle::Entity::find_by_id(id).one(&tx).await?.ok_or(Error::NotFound("cycle"))?;
    if let Some(expected) = if_match
        && expected != row.version
    {
        return Err(Error::VersionMismatch { current: row.version });
    }
    let phase = super::publishing::phase_of(&row, now)?;
    let merged = match change {
        Change::Patch(patch) => {
            let mut merged = row.definition.clone();
            merge_patch(&mut merged, patch);
            merged
        }
        Change::Whole(definition) => definition.clone(),
    };
    let d = crate::domain::definition::parse(&merged).map_err(|problems| {
        Error::Validation(problems.into_iter().map(|p| super::FieldError::new(p.path, p.message)).collect())
    })?;
    // Its name in the default language identifies the programme; translations may change.
    if d.plain(&d.programme) != row_programme(&tx, row.programme_id).await? || d.year != row.year {
        return Err(Error::validation("programme", crate::i18n::say("refusal-programme-fixed")));
    }
    // The whole definition before, so the set-up page can show what each save changed.
    let before =
        serde_json::json!({ "closes_at": row.closes_at, "phase": phase.as_str(), "definition": row.definition });
    if phase == Phase::Draft {
        category::Entity::delete_many().filter(category::Column::CycleId.eq(id)).exec(&tx).await?;
        question::Entity::delete_many().filter(question::Column::CycleId.eq(id)).exec(&tx).await?;
        stage::Entity::delete_many().filter(stage::Column::CycleId.eq(id)).exec(&tx).await?;
        insert_set_up(&tx, id, &d).await?;
    } else {
        let old: CycleDefinition = serde_json::from_value(row.definition.clone()).map_err(anyhow::Error::from)?;
        let allowed = if phase == Phase::Open { Changeable::LabelsAndDeadline } else { Changeable::Labels };
        if let Some(field) = unsafe_change(&old, &d, allowed) {
            return Err(NotDraft { phase, field }.into());
        }
        reword(&tx, id, &d).await?;
    }
    let version = row.version + 1;
    let mut active: cycle::ActiveModel = row.into();
    active.time_zone = Set(d.time_zone.clone());
    active.opens_at = Set(d.opens_at);
    active.closes_at = Set(d.closes_at);
    active.publish_at = Set(d.publish_at);
    active.max_attachments = Set(d.max_attachments);
    active.min_attachments = Set(d.min_attachments);
    active.definition = Set(serde_json::to_value(&d).map_err(anyhow::Error::from)?);
    active.version = Set(version);
    active.updated_at = Set(now);
    active.update(&tx).await?;
    let details = match change {
        Change::Patch(patch) => serde_json::json!({ "patch": patch, "before": before, "version": version }),
        Change::Whole(_) => serde_json::json!({ "before": before, "version": version }),
    };
    audit::record(&tx, &caller.actor(), Event::new("cycle.edited", "cycle", id).details(details), now).await?;
    tx.commit().await?;
    Ok(())
}

/// Rewrites the wording of a cycle's categories, questions, stages and criteria in
/// place, each found by its key: what an open cycle may change.
async fn reword(tx: &sea_orm::DatabaseTransaction, cycle_id: Uuid, d: &CycleDefinition) -> Result<()> {
    use sea_orm::sea_query::Expr;
    for c in &d.categories {
        category::Entity::update_many()
            .col_expr(category::Column::Name, Expr::value(d.plain(&c.name)))
            .col_expr(category::Column::Description, Expr::value(c.description.as_ref().map(|l| d.plain(l).to_owned())))
            .filter(category::Column::CycleId.eq(cycle_id))
            .filter(category::Column::Key.eq(c.key.as_str()))
            .exec(tx)
            .await?;
    }
    for q in &d.questions {
        question::Entity::update_many()
            .col_expr(question::Column::Label, Expr::value(d.plain(&q.label)))
            .col_expr(question::Column::Help, Expr::value(q.help.as_ref().map(|l| d.plain(l).to_owned())))
            .filter(question::Column::CycleId.eq(cycle_id))
            .filter(question::Column::Key.eq(q.key.as_str()))
            .exec(tx)
            .await?;
    }
    for s in &d.stages {
        let found = stage::Entity::find()
            .filter(stage::Column::CycleId.eq(cycle_id))
            .filter(stage::Column::Key.eq(s.key.as_str()))
            .one(tx)
            .await?
            .ok_or_else(|| anyhow::anyhow!("stage {} of cycle {cycle_id} is missing", s.key))?;
        stage::Entity::update_many()
            .col_expr(stage::Column::Name, Expr::value(d.plain(&s.name)))
            .filter(stage::Column::Id.eq(found.id))
            .exec(tx)
            .await?;
        for c in &s.criteria {
            criterion::Entity::update_many()
                .col_expr(criterion::Column::Label, Expr::value(d.plain(&c.label)))
                .col_expr(criterion::Column::Guidance, Expr::value(c.guidance.as_ref().map(|l| d.plain(l).to_owned())))
                .filter(criterion::Column::StageId.eq(found.id))
                .filter(criterion::Column::Key.eq(c.key.as_str()))
                .exec(tx)
                .await?;
        }
    }
    Ok(())
}

/// A cycle's definition as it stands (what `laurel import` takes).
///
/// # Errors
/// `Forbidden` for non-admins; `NotFound`.
pub async fn definition(db: &DatabaseConnection, caller: &Caller, id: Uuid) -> Result<CycleDefinition> {
    caller.require_admin()?;
    let row = cycle::Entity::find_by_id(id).one(db).await?.ok_or(Error::NotFound("cycle"))?;
    Ok(serde_json::from_value(row.definition).map_err(anyhow::Error::from)?)
}

/// A cycle as its set-up pages need it: its name in the reader's language, version,
/// phase at `now` and definition, from one read of its row.
pub struct SetUp {
    pub name: String,
    pub version: i32,
    pub phase: Phase,
    pub definition: CycleDefinition,
}

/// The cycle `id` for its set-up pages.
///
/// # Errors
/// `Forbidden` for non-admins; `NotFound`.
pub async fn set_up(db: &DatabaseConnection, caller: &Caller, id: Uuid, now: DateTime<Utc>) -> Result<SetUp> {
    caller.require_admin()?;
    let row = cycle::Entity::find_by_id(id).one(db).await?.ok_or(Error::NotFound("cycle"))?;
    let phase = super::publishing::phase_of(&row, now)?;
    let name = Labels::of(&row.definition).cycle_name(crate::i18n::current(), row.year, &row.name);
    let definition = serde_json::from_value(row.definition).map_err(anyhow::Error::from)?;
    Ok(SetUp { name, version: row.version, phase, definition })
}

/// The definition of `source` for another year: every date moved by the years between,
/// at the same time of day in the cycle's time zone (29 February becomes the 28th).
#[must_use]
pub fn for_year(source: &CycleDefinition, year: i32) -> CycleDefinition {
    let years = year - source.year;
    let months = chrono::Months::new(12 * years.unsigned_abs());
    let tz: chrono_tz::Tz = source.time_zone.parse().unwrap_or(chrono_tz::UTC);
    let shift = |at: DateTime<Utc>| {
        let local = at.with_timezone(&tz).naive_local();
        let moved = if years >= 0 { local.checked_add_months(months) } else { local.checked_sub_months(months) };
        moved.and_then(|m| crate::format::local_to_utc(m, &source.time_zone)).unwrap_or(at)
    };
    let mut copy = source.clone();
    copy.year = year;
    copy.opens_at = shift(source.opens_at);
    copy.closes_at = shift(source.closes_at);
    copy.publish_at = shift(source.publish_at);
    for stage in &mut copy.stages {
        stage.due_at = stage.due_at.map(shift);
    }
    copy
}

/// Starts another edition of a cycle: a new draft with the same definition, its dates
/// moved to `year` (the next year when not given), through the same use case as an
/// import.
///
/// # Errors
/// `Forbidden` for non-admins; `NotFound`; `Validation` when the programme already has
/// a cycle that year.
pub async fn copy(
    db: &DatabaseConnection,
    caller: &Caller,
    id: Uuid,
    year: Option<i32>,
    now: DateTime<Utc>,
) -> Result<Uuid> {
    let source = definition(db, caller, id).await?;
    let year = year.unwrap_or(source.year + 1);
    if !(2000..=2200).contains(&year) {
        let words = [("year", year.to_string().into())];
        return Err(Error::validation("year", crate::i18n::say_with("refusal-copy-year", &words)));
    }
    create_cycle(db, &caller.actor(), Some(caller), &for_year(&source, year), now).await
}

async fn row_programme(tx: &sea_orm::DatabaseTransaction, id: Uuid) -> Result<String> {
    Ok(programme::Entity::find_by_id(id).one(tx).await?.map(|p| p.name).unwrap_or_default())
}

/// RFC 7396: objects merge key by key, `null` removes, anything else replaces.
fn merge_patch(target: &mut serde_json::Value, patch: &serde_json::Value) {
    match (target, patch) {
        (serde_json::Value::Object(t), serde_json::Value::Object(p)) => {
            for (key, value) in p {
                if value.is_null() {
                    t.remove(key);
                } else {
                    merge_patch(t.entry(key.clone()).or_insert(serde_json::Value::Null), value);
                }
            }
        }
        (target, patch) => *target = patch.clone(),
    }
}

/// Most of a cycle's set-up is fixed once nominations open: focal points rely on it.
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::i18n::say_with("refusal-cycle-field-fixed", &[("phase", .phase.as_str().into()), ("field", .field.as_str().into())]))]
pub struct NotDraft {
    phase: Phase,
    /// The definition path that can no longer change.
    field: String,
}

impl crate::domain::code::Refusal for NotDraft {
    fn code(&self) -> crate::domain::Code {
        crate::domain::Code::InvalidState
    }

    fn field(&self) -> Option<&str> {
        Some(&self.field)
    }
}

/// "UN Public Service Awards" → "un-public-service-awards".
fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
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
    let mut out = Vec::new();
    for row in rows {
        if let Some(view) = view(db, caller, row, now).await? {
            out.push(view);
        }
    }
    Ok(out)
}

/// One cycle with its set-up.
///
/// # Errors
/// `NotFound` for no such cycle, or a draft the caller may not see.
pub async fn get(db: &DatabaseConnection, caller: Option<&Caller>, id: Uuid, now: DateTime<Utc>) -> Result<CycleView> {
    let row = cycle::Entity::find_by_id(id).one(db).await?.ok_or(Error::NotFound("cycle"))?;
    view(db, caller, row, now).await?.ok_or(Error::NotFound("cycle"))
}

async fn view(
    db: &DatabaseConnection,
    caller: Option<&Caller>,
    row: cycle::Model,
    now: DateTime<Utc>,
) -> Result<Option<CycleView>> {
    let stored = row.phase.parse::<Phase>().map_err(anyhow::Error::msg)?;
    let timeline = Timeline { opens_at: row.opens_at, closes_at: row.closes_at, publish_at: row.publish_at };
    let phase = timeline.phase_at(stored, now);
    if phase == Phase::Draft && !caller.is_some_and(Caller::is_admin) {
        return Ok(None);
    }
    // Labels in the reader's language, where the definition gives them.
    let (labels, lang) = (Labels::of(&row.definition), crate::i18n::current());
    let programme = programme::Entity::find_by_id(row.programme_id).one(db).await?.map(|p| p.name).unwrap_or_default();
    let programme = labels.programme(lang, &programme).to_owned();
    let categories = category::Entity::find()
        .filter(category::Column::CycleId.eq(row.id))
        .order_by_asc(category::Column::Position)
        .all(db)
        .await?
        .into_iter()
        .map(|c| CategoryView {
            name: labels.category(&c.key, lang, &c.name).to_owned(),
            key: c.key,
            max_per_state: c.max_per_state,
            winners: c.winners,
            champions: c.champions,
            per_region: c.per_region,
        })
        .collect();
    let stages_rows = stage::Entity::find()
        .filter(stage::Column::CycleId.eq(row.id))
        .order_by_asc(stage::Column::Position)
        .find_with_related(criterion::Entity)
        .all(db)
        .await?;
    let stages = stages_rows
        .into_iter()
        .map(|(s, mut criteria)| {
            criteria.sort_by_key(|c| c.position);
            Ok(StageView {
                status: s.status.parse().map_err(anyhow::Error::new)?,
                kind: s.kind.parse().map_err(anyhow::Error::new)?,
                id: s.id,
                name: labels.stage(&s.key, lang, &s.name).to_owned(),
                criteria: criteria.iter().map(|c| CriterionView::read_in(c, &labels, &s.key, lang)).collect(),
                key: s.key,
                position: s.position,
                blind: s.blind,
                due_at: s.due_at,
            })
        })
        .collect::<Result<_>>()?;
    Ok(Some(CycleView {
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
    }))
}
