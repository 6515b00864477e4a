//! Someone who registered to vote in public votes with an email address, confirmed
//! with a one-time code. Not a person with a role: a voter reaches nothing but ballots.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "voter")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The mailbox, normalised (lower case, plus-tag dropped where the provider ignores
    /// it); unique.
    #[sea_orm(unique)]
    pub address: String,
    /// As typed, for the emails.
    pub email: String,
    pub domain: String,
    pub language: Option<String>,
    pub created_at: DateTimeUtc,
    pub confirmed_at: Option<DateTimeUtc>,
    /// The current one-time code's hash, until it is used or expires.
    pub code_hash: Option<String>,
    pub code_expires_at: Option<DateTimeUtc>,
    pub code_attempts: i32,
    /// Keyed hashes of the registering client's address and network.
    pub client_hash: String,
    pub network_hash: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(has_many = "super::voter_token::Entity")]
    VoterToken,
    #[sea_orm(has_many = "super::vote::Entity")]
    Vote,
}

impl Related<super::voter_token::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::VoterToken.def()
    }
}

impl Related<super::vote::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Vote.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
