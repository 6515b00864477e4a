//! The tip of the audit chain: a single row (`id` = 1) that appenders lock
//! (`SELECT … FOR UPDATE` on PostgreSQL) to serialise appends.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "audit_head")]
pub struct Model {
    /// Always 1.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: i32,
    /// `seq` of the last event, 0 before the first.
    pub seq: i64,
    /// `hash` of the last event, 64 zeros before the first.
    #[sea_orm(column_type = "String(StringLen::N(64))")]
    pub hash: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
