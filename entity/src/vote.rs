//! A voter's current vote in one category of a public-vote stage: one row per voter,
//! stage and category, so a second vote is a change.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "vote")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub stage_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub voter_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub category_id: Uuid,
    pub nomination_id: Uuid,
    pub cast_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::voter::Entity",
        from = "Column::VoterId",
        to = "super::voter::Column::Id",
        on_delete = "Cascade"
    )]
    Voter,
    #[sea_orm(
        belongs_to = "super::stage::Entity",
        from = "Column::StageId",
        to = "super::stage::Column::Id",
        on_delete = "Cascade"
    )]
    Stage,
}

impl Related<super::voter::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Voter.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
