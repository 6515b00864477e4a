//! Scoring stages from the jury's side: who reviews what (automatic and manual
//! assignment, recusal and replacement), what a reviewer may see of a nomination (a
//! blind stage hides its member state, institution and nominator everywhere), and the
//! scores they save and submit. The rules themselves live in `domain::review`.

use entity::{criterion, cycle, stage};
use sea_orm::{ColumnTrait as _, ConnectionTrait, EntityTrait as _, QueryFilter as _, QueryOrder as _};
use uuid::Uuid;

use super::{Error, Result};
use crate::domain::stage::{StageKind, StageStatus};
use crate::i18n::{say, say_with};

mod assignments;
mod desk;
mod scores;
mod view;

pub use assignments::*;
pub use desk::*;
pub use scores::*;
pub use view::*;
pub(super) use view::{blind_name, reviewer_access};

/// Why a stage refuses work it is not in the state for.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StageError {
    #[error("{}", say_with("refusal-stage-not-active", &[("stage", .stage.as_str().into()), ("status", .status.as_str().into())]))]
    NotActive { stage: String, status: StageStatus },
    #[error("{}", say_with("refusal-stage-not-scoring", &[("stage", .stage.as_str().into()), ("kind", .kind.as_str().into())]))]
    NotScoring { stage: String, kind: StageKind },
    #[error("{}", say_with("refusal-review-submitted", &[("at", .at.as_str().into())]))]
    AlreadySubmitted { at: String },
    #[error("{}", say("refusal-recused"))]
    Recused,
}

impl crate::domain::code::Refusal for StageError {
    fn code(&self) -> crate::domain::Code {
        crate::domain::Code::InvalidState
    }
}

/// A stage with its rubric and cycle, as every use case here needs them.
#[derive(Debug)]
pub(super) struct StageContext {
    pub stage: stage::Model,
    pub criteria: Vec<criterion::Model>,
    pub cycle: cycle::Model,
}

pub(super) async fn stage_context(db: &impl ConnectionTrait, stage_id: Uuid) -> Result<StageContext> {
    let stage = stage::Entity::find_by_id(stage_id).one(db).await?.ok_or(Error::NotFound("stage"))?;
    let criteria = criterion::Entity::find()
        .filter(criterion::Column::StageId.eq(stage_id))
        .order_by_asc(criterion::Column::Position)
        .all(db)
        .await?;
    let cycle = cycle::Entity::find_by_id(stage.cycle_id).one(db).await?.ok_or(Error::NotFound("cycle"))?;
    Ok(StageContext { stage, criteria, cycle })
}

impl StageContext {
    fn require_active_scoring(&self) -> Result<()> {
        let kind: StageKind = self.stage.kind.parse().map_err(anyhow::Error::new)?;
        if kind != StageKind::Scoring {
            return Err(StageError::NotScoring { stage: self.stage.name.clone(), kind }.into());
        }
        let status: StageStatus = self.stage.status.parse().map_err(anyhow::Error::new)?;
        if status != StageStatus::Active {
            return Err(StageError::NotActive { stage: self.stage.name.clone(), status }.into());
        }
        Ok(())
    }
}
