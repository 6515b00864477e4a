//! One edition of a programme (e.g. 2027) with its timeline and stored phase
//! (`draft`, `open`, `reviewing`, `decided`, `published`).

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "cycle")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub programme_id: Uuid,
    pub year: i32,
    /// Display name, e.g. "UN Public Service Awards 2027".
    pub name: String,
    /// IANA time zone used to display the timeline; instants are UTC.
    pub time_zone: String,
    pub opens_at: DateTimeUtc,
    pub closes_at: DateTimeUtc,
    pub publish_at: DateTimeUtc,
    pub phase: String,
    pub published_at: Option<DateTimeUtc>,
    pub max_attachments: i32,
    /// Attachments a nomination needs before it can be submitted.
    pub min_attachments: i32,
    /// The cycle definition as imported, kept for export.
    #[sea_orm(column_type = "JsonBinary")]
    pub definition: Json,
    /// Optimistic-concurrency counter.
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::programme::Entity",
        from = "Column::ProgrammeId",
        to = "super::programme::Column::Id",
        on_delete = "Restrict"
    )]
    Programme,
    #[sea_orm(has_many = "super::category::Entity")]
    Category,
    #[sea_orm(has_many = "super::question::Entity")]
    Question,
    #[sea_orm(has_many = "super::stage::Entity")]
    Stage,
    #[sea_orm(has_many = "super::nomination::Entity")]
    Nomination,
}

impl Related<super::programme::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Programme.def()
    }
}

impl Related<super::category::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Category.def()
    }
}

impl Related<super::question::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Question.def()
    }
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

impl ActiveModelBehavior for ActiveModel {}
