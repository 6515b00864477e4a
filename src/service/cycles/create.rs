//! Creating a cycle from a definition: its programme, set-up, stages and criteria.

use chrono::{DateTime, Utc};
use entity::{category, criterion, cycle, programme, question, stage};
use sea_orm::{
    ActiveModelTrait as _, ActiveValue::Set, ColumnTrait as _, DatabaseConnection, EntityTrait as _, QueryFilter as _,
};
use uuid::Uuid;

use crate::db;
use crate::domain::cycle::Phase;
use crate::domain::definition::{Advance, CycleDefinition};
use crate::domain::stage::{RuleKind, StageStatus};
use crate::service::audit::{self, Event};
use crate::service::auth::Caller;
use crate::service::{Actor, Error, Result};

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
pub(super) async fn insert_set_up(
    tx: &sea_orm::DatabaseTransaction,
    cycle_id: Uuid,
    d: &CycleDefinition,
) -> Result<()> {
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
            opens_at: Set(s.opens_at),
            closes_at: Set(s.closes_at),
            complete_ballot_only: Set(s.complete_ballot_only),
            show_counts: Set(s.show_counts),
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
