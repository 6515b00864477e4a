//! A passage of a nomination's field the secretariat withholds from jurors in blind
//! stages (a name that slipped into free text). The answer itself is kept as written.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "redaction")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub nomination_id: Uuid,
    /// `title`, `institution`, `summary` or `answers.<key>`.
    pub field: String,
    #[sea_orm(column_type = "Text")]
    pub passage: String,
    pub created_by: Uuid,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::nomination::Entity",
        from = "Column::NominationId",
        to = "super::nomination::Column::Id",
        on_delete = "Cascade"
    )]
    Nomination,
}

impl Related<super::nomination::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Nomination.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
