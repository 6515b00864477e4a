//! An initiative nominated by one member state in one category of one cycle.
//! `status`: `draft`, `submitted`, `clarification_requested`, `in_review`,
//! `finalist`, `winner`, `champion`, `withdrawn`, `ineligible`, `eliminated`.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "nomination")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub cycle_id: Uuid,
    pub category_id: Uuid,
    #[sea_orm(column_type = "String(StringLen::N(3))")]
    pub member_state: String,
    pub created_by: Uuid,
    pub title: String,
    pub institution: String,
    #[sea_orm(column_type = "Text")]
    pub summary: String,
    pub status: String,
    /// Optimistic-concurrency counter.
    pub version: i32,
    pub current_stage_id: Option<Uuid>,
    #[sea_orm(column_type = "Text")]
    pub clarification_question: Option<String>,
    pub clarification_due_at: Option<DateTimeUtc>,
    #[sea_orm(column_type = "Text")]
    pub ineligible_reason: Option<String>,
    pub submitted_at: Option<DateTimeUtc>,
    pub withdrawn_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// The language the nomination is written in (ISO 639-1); `None` on older rows.
    pub language: Option<String>,
    /// Given at first submission (`KEN-014`), unique within the cycle.
    pub reference: Option<String>,
    pub clarification_asked_at: Option<DateTimeUtc>,
    pub clarification_asked_by: Option<Uuid>,
    #[sea_orm(column_type = "Text")]
    pub clarification_answer: Option<String>,
    pub clarification_answered_at: Option<DateTimeUtc>,
    /// The title, institution, summary and answers when the question was asked.
    pub clarification_before: Option<Json>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::cycle::Entity",
        from = "Column::CycleId",
        to = "super::cycle::Column::Id",
        on_delete = "Restrict"
    )]
    Cycle,
    #[sea_orm(
        belongs_to = "super::category::Entity",
        from = "Column::CategoryId",
        to = "super::category::Column::Id",
        on_delete = "Restrict"
    )]
    Category,
    #[sea_orm(
        belongs_to = "super::member_state::Entity",
        from = "Column::MemberState",
        to = "super::member_state::Column::Code",
        on_delete = "Restrict"
    )]
    MemberState,
    #[sea_orm(
        belongs_to = "super::user::Entity",
        from = "Column::CreatedBy",
        to = "super::user::Column::Id",
        on_delete = "Restrict"
    )]
    CreatedBy,
    #[sea_orm(
        belongs_to = "super::stage::Entity",
        from = "Column::CurrentStageId",
        to = "super::stage::Column::Id",
        on_delete = "Restrict"
    )]
    CurrentStage,
    #[sea_orm(has_many = "super::answer::Entity")]
    Answer,
    #[sea_orm(has_many = "super::attachment::Entity")]
    Attachment,
    #[sea_orm(has_many = "super::reviewer_conflict::Entity")]
    ReviewerConflict,
    #[sea_orm(has_many = "super::assignment::Entity")]
    Assignment,
    #[sea_orm(has_many = "super::stage_result::Entity")]
    StageResult,
}

impl Related<super::cycle::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Cycle.def()
    }
}

impl Related<super::category::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Category.def()
    }
}

impl Related<super::member_state::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::MemberState.def()
    }
}

impl Related<super::user::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::CreatedBy.def()
    }
}

impl Related<super::stage::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::CurrentStage.def()
    }
}

impl Related<super::answer::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Answer.def()
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

impl ActiveModelBehavior for ActiveModel {}
