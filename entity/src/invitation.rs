//! An invitation to create an account with a given role (and state or
//! nationality), redeemed with a token stored as its hash.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "invitation")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub email: String,
    pub role: String,
    #[sea_orm(column_type = "String(StringLen::N(3))")]
    pub member_state: Option<String>,
    #[sea_orm(column_type = "String(StringLen::N(3))")]
    pub nationality: Option<String>,
    #[sea_orm(unique)]
    pub token_hash: String,
    /// `None` when invited from the command line.
    pub invited_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub expires_at: DateTimeUtc,
    pub accepted_at: Option<DateTimeUtc>,
    pub accepted_user_id: Option<Uuid>,
    /// The language the invitation was written in (ISO 639-1), chosen by its sender.
    pub language: Option<String>,
    /// The name the secretariat gave when inviting; the acceptance page starts from it.
    pub name: Option<String>,
    /// Set when the secretariat withdrew the invitation: its link then refuses.
    pub revoked_at: Option<DateTimeUtc>,
}

/// Two relations each lead to `member_state` and to `user`, so there is no
/// `Related` impl for them: join with the `Relation` variant you mean.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::member_state::Entity",
        from = "Column::MemberState",
        to = "super::member_state::Column::Code",
        on_delete = "Restrict"
    )]
    MemberState,
    #[sea_orm(
        belongs_to = "super::member_state::Entity",
        from = "Column::Nationality",
        to = "super::member_state::Column::Code",
        on_delete = "Restrict"
    )]
    Nationality,
    #[sea_orm(
        belongs_to = "super::user::Entity",
        from = "Column::InvitedBy",
        to = "super::user::Column::Id",
        on_delete = "Restrict"
    )]
    InvitedBy,
    #[sea_orm(
        belongs_to = "super::user::Entity",
        from = "Column::AcceptedUserId",
        to = "super::user::Column::Id",
        on_delete = "Restrict"
    )]
    AcceptedUser,
}

impl ActiveModelBehavior for ActiveModel {}
