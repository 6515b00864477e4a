//! Changing a cycle: a merge patch or a whole definition, safe once it is open; copying
//! one to another year.

use chrono::{DateTime, Utc};
use entity::{category, criterion, cycle, programme, question, stage};
use sea_orm::{
    ActiveModelTrait as _, ActiveValue::Set, ColumnTrait as _, DatabaseConnection, EntityTrait as _, QueryFilter as _,
};
use uuid::Uuid;

use super::create::{create_cycle, insert_set_up};
use crate::db;
use crate::domain::cycle::Phase;
use crate::domain::definition::{Changeable, CycleDefinition, Labels, unsafe_change};
use crate::service::audit::{self, Event};
use crate::service::auth::Caller;
use crate::service::{Error, Result};

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
    let phase = crate::service::publishing::phase_of(&row, now)?;
    let merged = match change {
        Change::Patch(patch) => {
            let mut merged = row.definition.clone();
            merge_patch(&mut merged, patch);
            merged
        }
        Change::Whole(definition) => definition.clone(),
    };
    let d = crate::domain::definition::parse(&merged).map_err(|problems| {
        Error::Validation(problems.into_iter().map(|p| crate::service::FieldError::new(p.path, p.message)).collect())
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
    let phase = crate::service::publishing::phase_of(&row, now)?;
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
