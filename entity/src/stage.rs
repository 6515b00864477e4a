//! One step of a cycle's review pipeline. `kind`: `screening`, `scoring`,
//! `public_vote`; `aggregation`: `mean`, `zscore`, `trimmed_mean`;
//! `advance_rule`: `top_n`, `min_score`, `manual`; `status`: `pending`, `active`,
//! `closed`.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "stage")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub cycle_id: Uuid,
    /// Unique within the cycle.
    pub key: String,
    pub name: String,
    pub kind: String,
    /// Order in the pipeline; unique within the cycle.
    pub position: i32,
    /// Hide the member state, institution and nominator from reviewers.
    pub blind: bool,
    pub reviewers_per_nomination: Option<i32>,
    pub aggregation: String,
    pub disagreement_threshold: Option<f64>,
    pub advance_rule: String,
    /// n for `top_n`, the threshold for `min_score`.
    pub advance_value: Option<f64>,
    pub due_at: Option<DateTimeUtc>,
    pub status: String,
    pub opened_at: Option<DateTimeUtc>,
    pub closed_at: Option<DateTimeUtc>,
    /// A public vote's window.
    pub opens_at: Option<DateTimeUtc>,
    pub closes_at: Option<DateTimeUtc>,
    /// A public vote counts a voter's ballot only with a vote in every category.
    pub complete_ballot_only: bool,
    /// A public vote's counts are shown publicly once it has closed.
    pub show_counts: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::cycle::Entity",
        from = "Column::CycleId",
        to = "super::cycle::Column::Id",
        on_delete = "Cascade"
    )]
    Cycle,
    #[sea_orm(has_many = "super::criterion::Entity")]
    Criterion,
    #[sea_orm(has_many = "super::assignment::Entity")]
    Assignment,
    #[sea_orm(has_many = "super::stage_result::Entity")]
    StageResult,
    /// Nominations currently in this stage.
    #[sea_orm(has_many = "super::nomination::Entity")]
    Nomination,
}

impl Related<super::cycle::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Cycle.def()
    }
}

impl Related<super::criterion::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Criterion.def()
    }
}

impl Related<super::assignment::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Assignment.def()
    }
}

impl Related<super::stage_result::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::StageResult.def()
    }
}

impl Related<super::nomination::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Nomination.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
