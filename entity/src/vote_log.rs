//! Every cast, change and withdrawal of a public vote, in order: the record a recount
//! replays and the programme's auditors read, with keyed hashes instead of addresses.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "vote_log")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub stage_id: Uuid,
    pub voter_id: Uuid,
    pub category_id: Uuid,
    /// `None`: the vote in this category was withdrawn.
    pub nomination_id: Option<Uuid>,
    pub at: DateTimeUtc,
    pub client_hash: String,
    pub network_hash: String,
    #[sea_orm(column_type = "Text")]
    pub user_agent: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
