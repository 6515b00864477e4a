//! A person's chosen language (`ar`, `zh`, `en`, `fr`, `ru`, `es`): pages and emails are
//! written in it wherever they go. Empty until they choose; then the browser decides.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(User::Table)
                    .add_column(ColumnDef::new(User::Language).string_len(8).null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table(User::Table).drop_column(User::Language).to_owned()).await
    }
}

#[derive(DeriveIden)]
enum User {
    Table,
    Language,
}
