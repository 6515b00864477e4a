//! Seeds the 193 UN member states (see `member_states.rs` for the data and its
//! sources). Nominations, users and conflicts refer to states by code, so they
//! must exist before anyone can be invited.

use sea_orm_migration::prelude::*;

use crate::member_states::MEMBER_STATES;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One multi-row INSERT: 193 × 3 parameters is far below the bind limits
        // of both SQLite (32766) and PostgreSQL (65535).
        let mut insert = Query::insert();
        insert.into_table(MemberState::Table).columns([MemberState::Code, MemberState::Name, MemberState::Region]);
        for &(code, name, region) in MEMBER_STATES {
            insert.values([code.into(), name.into(), region.into()]).map_err(|e| DbErr::Migration(e.to_string()))?;
        }
        manager.exec_stmt(insert).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Only the seeded codes, so rows added later by hand are left alone (and
        // a state still referenced by a user or nomination makes this fail
        // loudly rather than cascade).
        let codes = MEMBER_STATES.iter().map(|&(code, _, _)| code);
        manager
            .exec_stmt(
                Query::delete()
                    .from_table(MemberState::Table)
                    .and_where(Expr::col(MemberState::Code).is_in(codes))
                    .take(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum MemberState {
    Table,
    Code,
    Name,
    Region,
}
