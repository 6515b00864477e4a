//! An `Idempotency-Key` claim remembers the id reserved for the resource its request
//! creates. A claim whose request never finished (the server was killed, the client hung
//! up) can then be settled by a retry: if the resource exists the work was done and is
//! answered again, and if not it is done now, under the same id, so it happens once.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(IdempotencyKey::Table)
                    .add_column(ColumnDef::new(IdempotencyKey::ResourceId).uuid().null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(Table::alter().table(IdempotencyKey::Table).drop_column(IdempotencyKey::ResourceId).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum IdempotencyKey {
    Table,
    ResourceId,
}
