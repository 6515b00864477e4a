//! Invitations the secretariat can manage at the scale of 193 member states: a name
//! given when inviting (a bulk list carries one; the acceptance page starts from it) and
//! the moment an invitation was revoked, after which its link refuses.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{string_null, timestamp_with_time_zone_null};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters a table one column at a time.
        manager
            .alter_table(Table::alter().table(Invitation::Table).add_column(string_null(Invitation::Name)).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Invitation::Table)
                    .add_column(timestamp_with_time_zone_null(Invitation::RevokedAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(Table::alter().table(Invitation::Table).drop_column(Invitation::RevokedAt).to_owned())
            .await?;
        manager.alter_table(Table::alter().table(Invitation::Table).drop_column(Invitation::Name).to_owned()).await
    }
}

#[derive(DeriveIden)]
enum Invitation {
    Table,
    Name,
    RevokedAt,
}
