//! A person with an account: `admin`, `nominator` (bound to one member state) or
//! `reviewer` (with a nationality). The email is stored lowercased.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "user")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    #[sea_orm(unique)]
    pub email: String,
    pub name: String,
    /// Argon2id PHC string; `None` until a password is set.
    pub password_hash: Option<String>,
    pub role: String,
    /// The state a nominator acts for.
    #[sea_orm(column_type = "String(StringLen::N(3))")]
    pub member_state: Option<String>,
    /// A reviewer's nationality (they never review their own state).
    #[sea_orm(column_type = "String(StringLen::N(3))")]
    pub nationality: Option<String>,
    pub active: bool,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// The language they chose for pages and emails (ISO 639-1); `None` until they do.
    #[sea_orm(column_type = "String(StringLen::N(8))")]
    pub language: Option<String>,
}

/// Two relations lead to `member_state` (and two from `invitation`), so there is
/// no `Related<member_state::Entity>`: join with the `Relation` variant you mean.
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
    #[sea_orm(has_many = "super::session::Entity")]
    Session,
    #[sea_orm(has_many = "super::api_token::Entity")]
    ApiToken,
    /// Invitations this user sent.
    #[sea_orm(has_many = "super::invitation::Entity", via_rel = "Relation::InvitedBy")]
    InvitationInvitedBy,
    /// The invitation(s) this user accepted.
    #[sea_orm(has_many = "super::invitation::Entity", via_rel = "Relation::AcceptedUser")]
    InvitationAcceptedUser,
    #[sea_orm(has_many = "super::password_reset::Entity")]
    PasswordReset,
    /// Nominations this user created.
    #[sea_orm(has_many = "super::nomination::Entity")]
    Nomination,
    /// Attachments this user uploaded.
    #[sea_orm(has_many = "super::attachment::Entity")]
    Attachment,
    /// Conflicts this reviewer declared.
    #[sea_orm(has_many = "super::reviewer_conflict::Entity")]
    ReviewerConflict,
    /// Assignments of this reviewer.
    #[sea_orm(has_many = "super::assignment::Entity")]
    Assignment,
    /// Stage results this admin decided.
    #[sea_orm(has_many = "super::stage_result::Entity")]
    StageResult,
    #[sea_orm(has_many = "super::idempotency_key::Entity")]
    IdempotencyKey,
}

impl Related<super::session::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Session.def()
    }
}

impl Related<super::api_token::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::ApiToken.def()
    }
}

impl Related<super::password_reset::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::PasswordReset.def()
    }
}

impl Related<super::nomination::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Nomination.def()
    }
}

impl Related<super::attachment::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Attachment.def()
    }
}

impl Related<super::reviewer_conflict::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::ReviewerConflict.def()
    }
}

impl Related<super::assignment::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Assignment.def()
    }
}

impl Related<super::stage_result::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::StageResult.def()
    }
}

impl Related<super::idempotency_key::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::IdempotencyKey.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
