//! A cycle's category, with its quota per member state and award tiers.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "category")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub cycle_id: Uuid,
    /// Unique within the cycle.
    pub key: String,
    pub name: String,
    #[sea_orm(column_type = "Text")]
    pub description: Option<String>,
    pub position: i32,
    /// Nominations a member state may submit in this category.
    pub max_per_state: i32,
    pub winners: i32,
    pub champions: i32,
    /// Winners are chosen within each UN regional group.
    pub per_region: bool,
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
    #[sea_orm(has_many = "super::nomination::Entity")]
    Nomination,
}

impl Related<super::cycle::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Cycle.def()
    }
}

impl Related<super::nomination::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Nomination.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
