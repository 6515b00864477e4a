//! A juror's comment on each criterion beside the overall one, and the passages the
//! secretariat withholds from jurors in blind stages.
//!
//! Comments by criterion are a small map kept with the review (a juror writes a few
//! of them, and they are read and written together). A redaction names a passage of
//! one field of a nomination; the answer itself is never changed, so the original
//! stays for the secretariat and for open stages, and the audit trail records who
//! withheld what.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{json_null, pk_uuid, string, text, timestamp_with_time_zone, uuid};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(Table::alter().table(Review::Table).add_column(json_null(Review::Comments)).to_owned())
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Redaction::Table)
                    .col(pk_uuid(Redaction::Id))
                    .col(uuid(Redaction::NominationId))
                    // `title`, `institution`, `summary` or `answers.<key>`.
                    .col(string(Redaction::Field))
                    .col(text(Redaction::Passage))
                    .col(uuid(Redaction::CreatedBy))
                    .col(timestamp_with_time_zone(Redaction::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Redaction::Table, Redaction::NominationId)
                            .to(Nomination::Table, Nomination::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("redaction_nomination")
                    .table(Redaction::Table)
                    .col(Redaction::NominationId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(Redaction::Table).to_owned()).await?;
        manager.alter_table(Table::alter().table(Review::Table).drop_column(Review::Comments).to_owned()).await
    }
}

#[derive(DeriveIden)]
enum Review {
    Table,
    Comments,
}

#[derive(DeriveIden)]
enum Redaction {
    Table,
    Id,
    NominationId,
    Field,
    Passage,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Nomination {
    Table,
    Id,
}
