//! A rubric line of a stage: weight and scale (`min_score..=max_score`).

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "criterion")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub stage_id: Uuid,
    /// Unique within the stage.
    pub key: String,
    pub label: String,
    #[sea_orm(column_type = "Text")]
    pub guidance: Option<String>,
    pub weight: f64,
    pub min_score: f64,
    pub max_score: f64,
    pub position: i32,
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
    #[sea_orm(has_many = "super::review_score::Entity")]
    ReviewScore,
}

impl Related<super::stage::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Stage.def()
    }
}

impl Related<super::review_score::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::ReviewScore.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
