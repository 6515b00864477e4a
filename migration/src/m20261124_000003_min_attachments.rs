//! Cycles may require supporting documents: `min_attachments` is how many a
//! nomination must carry before it can be submitted (0 keeps them optional).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Cycle::Table)
                    .add_column(ColumnDef::new(Cycle::MinAttachments).integer().not_null().default(0))
                    .take(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table(Cycle::Table).drop_column(Cycle::MinAttachments).take()).await
    }
}

#[derive(DeriveIden)]
enum Cycle {
    Table,
    MinAttachments,
}
