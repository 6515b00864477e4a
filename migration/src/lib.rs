//! Laurel's database migrations, written in SeaQuery so that each one runs on
//! both SQLite and PostgreSQL. Migrations are append-only: change the schema by
//! adding a migration, never by editing one that has shipped.

pub use sea_orm_migration::prelude::*;

/// The UN member states seeded by `m20261123_000002_member_states`.
pub mod member_states;

mod m20261123_000001_schema;
mod m20261123_000002_member_states;
mod m20261124_000003_min_attachments;
mod m20261124_000004_stage_indexes;
mod m20261202_000005_idempotency_resource;
mod m20261202_000006_user_language;
mod m20261202_000007_written_languages;
mod m20261202_000008_invitation_lifecycle;
mod m20261203_000009_references_and_clarifications;
mod m20261203_000010_criterion_comments_and_redactions;
mod m20261204_000011_public_vote;

/// Every migration, in the order it is applied.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261123_000001_schema::Migration),
            Box::new(m20261123_000002_member_states::Migration),
            Box::new(m20261124_000003_min_attachments::Migration),
            Box::new(m20261124_000004_stage_indexes::Migration),
            Box::new(m20261202_000005_idempotency_resource::Migration),
            Box::new(m20261202_000006_user_language::Migration),
            Box::new(m20261202_000007_written_languages::Migration),
            Box::new(m20261202_000008_invitation_lifecycle::Migration),
            Box::new(m20261203_000009_references_and_clarifications::Migration),
            Box::new(m20261203_000010_criterion_comments_and_redactions::Migration),
            Box::new(m20261204_000011_public_vote::Migration),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sea_orm_migration::sea_orm::{Database, DbErr};

    /// Every migration applies, rolls back and applies again on an empty database.
    #[tokio::test]
    async fn up_down_up_on_sqlite() -> Result<(), DbErr> {
        let db = Database::connect("sqlite::memory:").await?;
        Migrator::up(&db, None).await?;
        Migrator::down(&db, None).await?;
        let manager = SchemaManager::new(&db);
        assert!(!manager.has_table("nomination").await?);
        assert!(!manager.has_table("member_state").await?);
        Migrator::up(&db, None).await?;
        assert!(manager.has_table("idempotency_key").await?);
        assert!(manager.has_table("vote_log").await?);
        Ok(())
    }
}
