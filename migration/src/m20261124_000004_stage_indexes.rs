//! A stage's page checks whether its ranking is still current by counting the stage's
//! assignments and nominations per status with their latest change. These indexes hold
//! all three columns, so that check reads the stage's index entries alone, and finding a
//! stage's nominations no longer scans every nomination of every cycle.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

const NOMINATION: &str = "idx_nomination_current_stage_id_status_updated_at";
const ASSIGNMENT: &str = "idx_assignment_stage_id_status_updated_at";
/// The narrower index the new assignment index makes redundant.
const ASSIGNMENT_BEFORE: &str = "idx_assignment_stage_id_status";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create()
                    .name(NOMINATION)
                    .table(Nomination::Table)
                    .col(Nomination::CurrentStageId)
                    .col(Nomination::Status)
                    .col(Nomination::UpdatedAt)
                    .take(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name(ASSIGNMENT)
                    .table(Assignment::Table)
                    .col(Assignment::StageId)
                    .col(Assignment::Status)
                    .col(Assignment::UpdatedAt)
                    .take(),
            )
            .await?;
        manager.drop_index(Index::drop().name(ASSIGNMENT_BEFORE).table(Assignment::Table).to_owned()).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create()
                    .name(ASSIGNMENT_BEFORE)
                    .table(Assignment::Table)
                    .col(Assignment::StageId)
                    .col(Assignment::Status)
                    .take(),
            )
            .await?;
        manager.drop_index(Index::drop().name(ASSIGNMENT).table(Assignment::Table).to_owned()).await?;
        manager.drop_index(Index::drop().name(NOMINATION).table(Nomination::Table).to_owned()).await
    }
}

#[derive(DeriveIden)]
enum Nomination {
    Table,
    CurrentStageId,
    Status,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Assignment {
    Table,
    StageId,
    Status,
    UpdatedAt,
}
