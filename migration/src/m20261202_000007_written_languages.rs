//! Two more languages to remember. An invitation's: the secretariat writes to a new
//! colleague in the language it chose for them, and the acceptance page opens in it. A
//! nomination's: the language its focal point wrote it in, which public pages and open
//! data state beside it. Both empty on rows from before they were asked.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Invitation::Table)
                    .add_column(ColumnDef::new(Invitation::Language).string_len(8).null())
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Nomination::Table)
                    .add_column(ColumnDef::new(Nomination::Language).string_len(8).null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(Table::alter().table(Nomination::Table).drop_column(Nomination::Language).to_owned())
            .await?;
        manager.alter_table(Table::alter().table(Invitation::Table).drop_column(Invitation::Language).to_owned()).await
    }
}

#[derive(DeriveIden)]
enum Invitation {
    Table,
    Language,
}

#[derive(DeriveIden)]
enum Nomination {
    Table,
    Language,
}
