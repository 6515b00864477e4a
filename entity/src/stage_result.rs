//! A nomination's aggregate score, rank and outcome in a stage. `outcome`:
//! `advanced`, `eliminated`, `ineligible`, `winner`, `champion`, `finalist`.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "stage_result")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub stage_id: Uuid,
    pub nomination_id: Uuid,
    /// The category key, or `"{category_key}/{region}"` for per-region categories.
    pub ranking_group: String,
    pub score: Option<f64>,
    pub rank: Option<i32>,
    pub outcome: String,
    /// An admin changed what the rule decided (see `rationale`).
    pub overridden: bool,
    #[sea_orm(column_type = "Text")]
    pub rationale: Option<String>,
    /// Aggregation details (per-reviewer totals, disagreement, tie-breaks).
    #[sea_orm(column_type = "JsonBinary")]
    pub details: Option<Json>,
    /// The admin who overrode or decided manually; `None` when the rule decided.
    pub decided_by: Option<Uuid>,
    pub decided_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::stage::Entity",
        from = "Column::StageId",
        to = "super::stage::Column::Id",
        on_delete = "Cascade"
    )]
    Stage,
    #[sea_orm(
        belongs_to = "super::nomination::Entity",
        from = "Column::NominationId",
        to = "super::nomination::Column::Id",
        on_delete = "Cascade"
    )]
    Nomination,
    #[sea_orm(
        belongs_to = "super::user::Entity",
        from = "Column::DecidedBy",
        to = "super::user::Column::Id",
        on_delete = "Restrict"
    )]
    DecidedBy,
}

impl Related<super::stage::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Stage.def()
    }
}

impl Related<super::nomination::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Nomination.def()
    }
}

impl Related<super::user::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::DecidedBy.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
