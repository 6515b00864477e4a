//! A field of a cycle's nomination form. `kind` is one of `text`, `long_text`,
//! `number`, `url`, `date`, `choice`.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "question")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub cycle_id: Uuid,
    /// Unique within the cycle.
    pub key: String,
    pub label: String,
    #[sea_orm(column_type = "Text")]
    pub help: Option<String>,
    pub kind: String,
    pub required: bool,
    pub max_length: Option<i32>,
    /// The options of a `choice` question.
    #[sea_orm(column_type = "JsonBinary")]
    pub choices: Option<Json>,
    /// Whether answers may be published with the results.
    pub public: bool,
    pub position: i32,
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
    #[sea_orm(has_many = "super::answer::Entity")]
    Answer,
}

impl Related<super::cycle::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Cycle.def()
    }
}

impl Related<super::answer::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Answer.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
