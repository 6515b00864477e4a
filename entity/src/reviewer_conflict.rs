//! A conflict of interest declared by a reviewer, on a whole member state or on
//! one nomination.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "reviewer_conflict")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub reviewer_id: Uuid,
    #[sea_orm(column_type = "String(StringLen::N(3))")]
    pub member_state: Option<String>,
    pub nomination_id: Option<Uuid>,
    #[sea_orm(column_type = "Text")]
    pub reason: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::user::Entity",
        from = "Column::ReviewerId",
        to = "super::user::Column::Id",
        on_delete = "Cascade"
    )]
    Reviewer,
    #[sea_orm(
        belongs_to = "super::member_state::Entity",
        from = "Column::MemberState",
        to = "super::member_state::Column::Code",
        on_delete = "Restrict"
    )]
    MemberState,
    #[sea_orm(
        belongs_to = "super::nomination::Entity",
        from = "Column::NominationId",
        to = "super::nomination::Column::Id",
        on_delete = "Cascade"
    )]
    Nomination,
}

impl Related<super::user::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Reviewer.def()
    }
}

impl Related<super::member_state::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::MemberState.def()
    }
}

impl Related<super::nomination::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Nomination.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
