//! A submitted nomination's reference, and a clarification's whole exchange.
//!
//! The reference (`KEN-014`) is what a focal point quotes on the telephone and the
//! secretariat files under: short, and unique within its cycle, which the index holds
//! even if two submissions race. Nominations submitted before it existed are given
//! theirs here, in the order they were submitted.
//!
//! A clarification keeps, beside its question and due date, when and by whom it was
//! asked, the focal point's answer and when it came, and the nomination as it stood
//! when asked, so the secretariat sees what the answer changed.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column a statement: SQLite alters a table one change at a time.
        let columns = [
            ColumnDef::new(Nomination::Reference).string_len(16).null().to_owned(),
            ColumnDef::new(Nomination::ClarificationAskedAt).timestamp_with_time_zone().null().to_owned(),
            ColumnDef::new(Nomination::ClarificationAskedBy).uuid().null().to_owned(),
            ColumnDef::new(Nomination::ClarificationAnswer).text().null().to_owned(),
            ColumnDef::new(Nomination::ClarificationAnsweredAt).timestamp_with_time_zone().null().to_owned(),
            ColumnDef::new(Nomination::ClarificationBefore).json().null().to_owned(),
        ];
        for mut column in columns {
            manager.alter_table(Table::alter().table(Nomination::Table).add_column(&mut column).to_owned()).await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("nomination_cycle_reference")
                    .table(Nomination::Table)
                    .col(Nomination::CycleId)
                    .col(Nomination::Reference)
                    .unique()
                    .to_owned(),
            )
            .await?;
        backfill(manager).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(Index::drop().name("nomination_cycle_reference").table(Nomination::Table).to_owned())
            .await?;
        for column in [
            Nomination::ClarificationBefore,
            Nomination::ClarificationAnsweredAt,
            Nomination::ClarificationAnswer,
            Nomination::ClarificationAskedBy,
            Nomination::ClarificationAskedAt,
            Nomination::Reference,
        ] {
            manager.alter_table(Table::alter().table(Nomination::Table).drop_column(column).to_owned()).await?;
        }
        Ok(())
    }
}

/// References for the nominations already submitted, numbered within each cycle in the
/// order of submission, as new ones are.
async fn backfill(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    let db = manager.get_connection();
    let select = Query::select()
        .columns([Nomination::Id, Nomination::CycleId, Nomination::MemberState])
        .from(Nomination::Table)
        .and_where(Expr::col(Nomination::SubmittedAt).is_not_null())
        .order_by(Nomination::CycleId, Order::Asc)
        .order_by(Nomination::SubmittedAt, Order::Asc)
        .order_by(Nomination::Id, Order::Asc)
        .to_owned();
    let rows = db.query_all(&select).await?;
    let mut cycle: Option<Vec<u8>> = None;
    let mut number = 0;
    for row in rows {
        let id: sea_orm_migration::sea_orm::prelude::Uuid = row.try_get("", "id")?;
        let in_cycle: sea_orm_migration::sea_orm::prelude::Uuid = row.try_get("", "cycle_id")?;
        let state: String = row.try_get("", "member_state")?;
        let key = in_cycle.as_bytes().to_vec();
        if cycle.as_ref() != Some(&key) {
            cycle = Some(key);
            number = 0;
        }
        number += 1;
        let update = Query::update()
            .table(Nomination::Table)
            .value(Nomination::Reference, format!("{state}-{number:03}"))
            .and_where(Expr::col(Nomination::Id).eq(id))
            .to_owned();
        db.execute(&update).await?;
    }
    Ok(())
}

#[derive(DeriveIden)]
enum Nomination {
    Table,
    Id,
    CycleId,
    MemberState,
    SubmittedAt,
    Reference,
    ClarificationAskedAt,
    ClarificationAskedBy,
    ClarificationAnswer,
    ClarificationAnsweredAt,
    ClarificationBefore,
}
