//! Scoring stages from the jury's side: who reviews what (automatic and manual
//! assignment, recusal and replacement), what a reviewer may see of a nomination (a
//! blind stage hides its member state, institution and nominator everywhere), and the
//! scores they save and submit. The rules themselves live in `domain::review`.

use entity::{criterion, cycle, stage};
use sea_orm::{ColumnTrait as _, ConnectionTrait, EntityTrait as _, QueryFilter as _, QueryOrder as _};
use uuid::Uuid;

use super::{Error, Result};
use crate::domain::stage::{StageKind, StageStatus};

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
    #[error("stage \"{stage}\" is {status}; reviewers work only in the active stage")]
    NotActive { stage: String, status: StageStatus },
    #[error("stage \"{stage}\" is a {kind} stage; reviewers are assigned only in scoring stages")]
    NotScoring { stage: String, kind: StageKind },
    #[error("this review was submitted on {at}; it can be read but no longer changed")]
    AlreadySubmitted { at: String },
    #[error("this assignment was recused; it can no longer be scored")]
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
