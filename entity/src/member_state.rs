//! A UN member state: ISO 3166-1 alpha-3 code (the primary key), name, and UN
//! regional group (`african`, `asia_pacific`, `eastern_european`,
//! `latin_american_caribbean`, `western_european_others`). Seeded with all 193.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "member_state")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false, column_type = "String(StringLen::N(3))")]
    pub code: String,
    pub name: String,
    pub region: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// Users bound to this state (nominators).
    #[sea_orm(has_many = "super::user::Entity", via_rel = "Relation::MemberState")]
    UserMemberState,
    /// Users of this nationality (reviewers).
    #[sea_orm(has_many = "super::user::Entity", via_rel = "Relation::Nationality")]
    UserNationality,
    #[sea_orm(has_many = "super::invitation::Entity", via_rel = "Relation::MemberState")]
    InvitationMemberState,
    #[sea_orm(has_many = "super::invitation::Entity", via_rel = "Relation::Nationality")]
    InvitationNationality,
    #[sea_orm(has_many = "super::nomination::Entity")]
    Nomination,
    #[sea_orm(has_many = "super::reviewer_conflict::Entity")]
    ReviewerConflict,
}

impl Related<super::nomination::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Nomination.def()
    }
}

impl Related<super::reviewer_conflict::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::ReviewerConflict.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
