//! An append-only, hash-chained record of a change of state. `hash` is the
//! SHA-256 of the event's content and `prev_hash`; `seq` is the chain order.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "audit_event")]
pub struct Model {
    /// Assigned by the database on insert.
    #[sea_orm(primary_key, auto_increment = true)]
    pub seq: i64,
    #[sea_orm(unique)]
    pub id: Uuid,
    pub at: DateTimeUtc,
    /// No foreign key: the record outlives the people in it.
    pub actor_id: Option<Uuid>,
    /// Who acted, as shown at the time (e.g. name and email, or "system").
    pub actor_label: String,
    pub action: String,
    pub subject_type: String,
    pub subject_id: String,
    #[sea_orm(column_type = "JsonBinary")]
    pub details: Json,
    #[sea_orm(column_type = "String(StringLen::N(64))")]
    pub prev_hash: String,
    #[sea_orm(column_type = "String(StringLen::N(64))")]
    pub hash: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
