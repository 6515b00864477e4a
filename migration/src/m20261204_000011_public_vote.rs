//! The public vote: a stage's voting window and rules, the voters who registered with
//! an email address, their current ballot and the log every count is made from.
//!
//! `vote` holds each voter's current choice per category of a stage (its key makes a
//! second vote in a category a change, never a second row); `vote_log` is append-only
//! and records every cast, change and withdrawal with the keyed hashes of where it came
//! from, so that a recount replays it and an auditor reads it without raw addresses.
//! A void sets a voter aside for one stage with a written rationale. `server_key` keeps
//! the key of those hashes, made once per deployment.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    big_integer, boolean, integer, pk_uuid, string, string_null, string_uniq, text, timestamp_with_time_zone,
    timestamp_with_time_zone_null, uuid, uuid_null,
};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters a table one column at a time.
        for column in [
            timestamp_with_time_zone_null(Stage::OpensAt),
            timestamp_with_time_zone_null(Stage::ClosesAt),
            boolean(Stage::CompleteBallotOnly).default(false).to_owned(),
            boolean(Stage::ShowCounts).default(false).to_owned(),
        ] {
            let mut column = column;
            manager.alter_table(Table::alter().table(Stage::Table).add_column(&mut column).to_owned()).await?;
        }
        // A random key per deployment, made once, for keyed hashes every instance
        // must agree on (the vote log's client addresses).
        manager
            .create_table(
                Table::create()
                    .table(ServerKey::Table)
                    .col(string(ServerKey::Name).primary_key())
                    .col(string(ServerKey::Value))
                    .col(timestamp_with_time_zone(ServerKey::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Voter::Table)
                    .col(pk_uuid(Voter::Id))
                    // Lower case, without the plus-tag where the provider ignores it:
                    // one voter per mailbox.
                    .col(string_uniq(Voter::Address))
                    .col(string(Voter::Email))
                    .col(string(Voter::Domain))
                    .col(string_null(Voter::Language))
                    .col(timestamp_with_time_zone(Voter::CreatedAt))
                    .col(timestamp_with_time_zone_null(Voter::ConfirmedAt))
                    .col(string_null(Voter::CodeHash))
                    .col(timestamp_with_time_zone_null(Voter::CodeExpiresAt))
                    .col(integer(Voter::CodeAttempts).default(0))
                    .col(string(Voter::ClientHash))
                    .col(string(Voter::NetworkHash))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(VoterToken::Table)
                    .col(string(VoterToken::TokenHash).primary_key())
                    .col(uuid(VoterToken::VoterId))
                    .col(timestamp_with_time_zone(VoterToken::CreatedAt))
                    .col(timestamp_with_time_zone(VoterToken::ExpiresAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(VoterToken::Table, VoterToken::VoterId)
                            .to(Voter::Table, Voter::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Vote::Table)
                    .col(uuid(Vote::StageId))
                    .col(uuid(Vote::VoterId))
                    .col(uuid(Vote::CategoryId))
                    .col(uuid(Vote::NominationId))
                    .col(timestamp_with_time_zone(Vote::CastAt))
                    .primary_key(Index::create().col(Vote::StageId).col(Vote::VoterId).col(Vote::CategoryId))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Vote::Table, Vote::StageId)
                            .to(Stage::Table, Stage::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Vote::Table, Vote::VoterId)
                            .to(Voter::Table, Voter::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("vote_nomination")
                    .table(Vote::Table)
                    .col(Vote::StageId)
                    .col(Vote::NominationId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(VoteLog::Table)
                    .col(big_integer(VoteLog::Id).auto_increment().primary_key())
                    .col(uuid(VoteLog::StageId))
                    .col(uuid(VoteLog::VoterId))
                    .col(uuid(VoteLog::CategoryId))
                    // None: the vote in this category was withdrawn.
                    .col(uuid_null(VoteLog::NominationId))
                    .col(timestamp_with_time_zone(VoteLog::At))
                    .col(string(VoteLog::ClientHash))
                    .col(string(VoteLog::NetworkHash))
                    .col(text(VoteLog::UserAgent))
                    .foreign_key(
                        ForeignKey::create()
                            .from(VoteLog::Table, VoteLog::StageId)
                            .to(Stage::Table, Stage::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("vote_log_stage")
                    .table(VoteLog::Table)
                    .col(VoteLog::StageId)
                    .col(VoteLog::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(VoteVoid::Table)
                    .col(pk_uuid(VoteVoid::Id))
                    .col(uuid(VoteVoid::StageId))
                    .col(uuid(VoteVoid::VoterId))
                    .col(text(VoteVoid::Rationale))
                    .col(uuid_null(VoteVoid::VoidedBy))
                    .col(timestamp_with_time_zone(VoteVoid::At))
                    .foreign_key(
                        ForeignKey::create()
                            .from(VoteVoid::Table, VoteVoid::StageId)
                            .to(Stage::Table, Stage::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("vote_void_voter")
                    .table(VoteVoid::Table)
                    .col(VoteVoid::StageId)
                    .col(VoteVoid::VoterId)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [VoteVoid::Table.into_iden(), VoteLog::Table.into_iden(), Vote::Table.into_iden()] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        manager.drop_table(Table::drop().table(VoterToken::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(Voter::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(ServerKey::Table).to_owned()).await?;
        for column in [Stage::ShowCounts, Stage::CompleteBallotOnly, Stage::ClosesAt, Stage::OpensAt] {
            manager.alter_table(Table::alter().table(Stage::Table).drop_column(column).to_owned()).await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Stage {
    Table,
    Id,
    OpensAt,
    ClosesAt,
    CompleteBallotOnly,
    ShowCounts,
}

#[derive(DeriveIden)]
enum ServerKey {
    Table,
    Name,
    Value,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Voter {
    Table,
    Id,
    Address,
    Email,
    Domain,
    Language,
    CreatedAt,
    ConfirmedAt,
    CodeHash,
    CodeExpiresAt,
    CodeAttempts,
    ClientHash,
    NetworkHash,
}

#[derive(DeriveIden)]
enum VoterToken {
    Table,
    TokenHash,
    VoterId,
    CreatedAt,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum Vote {
    Table,
    StageId,
    VoterId,
    CategoryId,
    NominationId,
    CastAt,
}

#[derive(DeriveIden)]
enum VoteLog {
    Table,
    Id,
    StageId,
    VoterId,
    CategoryId,
    NominationId,
    At,
    ClientHash,
    NetworkHash,
    UserAgent,
}

#[derive(DeriveIden)]
enum VoteVoid {
    Table,
    Id,
    StageId,
    VoterId,
    Rationale,
    VoidedBy,
    At,
}
