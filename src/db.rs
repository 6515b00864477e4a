//! The database connection: SQLite by default, PostgreSQL for deployments that share
//! one database between several instances. Everything else sees only sea-orm.

use std::future::Future;
use std::time::Duration;

use anyhow::Context as _;
use migration::MigratorTrait as _;
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{
    ConnectOptions, DatabaseConnection, DatabaseTransaction, DbBackend, DbErr, SqliteTransactionMode,
    TransactionOptions, TransactionTrait as _,
};

use crate::config::{Backend, DatabaseUrl};

/// Opens a pool to the database named by `url`, failing within seconds when it is
/// unreachable so that a mistyped host does not leave `laurel serve` hanging.
///
/// # Errors
/// A message naming the (password-free) URL and the cause.
pub async fn connect(url: &DatabaseUrl) -> anyhow::Result<DatabaseConnection> {
    let mut options = ConnectOptions::new(url.expose().to_owned());
    options.connect_timeout(Duration::from_secs(5)).acquire_timeout(Duration::from_secs(10)).sqlx_logging(false);
    match url.backend() {
        Backend::Sqlite => {
            // sea-orm's SQLite default is a single connection; WAL lets readers run
            // beside the one writer, so a small pool pays off. Writers queue on the
            // busy timeout instead of failing. Each connection keeps its own page cache
            // and prepared statements: eight of SQLite's default 2 MiB caches and a
            // hundred statements each held tens of MiB that the operating system's file
            // cache holds anyway. Four connections keep the server under its 64 MiB under
            // load (eight peaked at 70 MiB: each connection's thread grows its own heap);
            // on two cores more readers bring little.
            options.max_connections(4).min_connections(1).map_sqlx_sqlite_opts(|o| {
                o.create_if_missing(true)
                    .journal_mode(SqliteJournalMode::Wal)
                    .synchronous(SqliteSynchronous::Normal)
                    .foreign_keys(true)
                    .busy_timeout(Duration::from_secs(10))
                    .pragma("cache_size", "-512")
                    .statement_cache_capacity(48)
                    // The worker thread hands rows over a channel; with room for a whole
                    // page's rows it never waits for the request's task to take them.
                    .row_buffer_size(1024)
            });
        }
        Backend::Postgres => {
            options.max_connections(16).min_connections(1);
        }
    }
    let mut db = sea_orm::Database::connect(options)
        .await
        .map_err(|e| anyhow::anyhow!("cannot connect to the database at {url}: {}", db_cause(&e)))?;
    db.set_metric_callback(|_| count_statement());
    Ok(db)
}

tokio::task_local! {
    /// The SQL statements run so far by the work being counted on this task.
    static STATEMENTS: std::cell::Cell<u32>;
}

/// Runs `work`, counting the SQL statements it runs on its own task: what one request
/// costs the database, reported by `/metrics` per route so that a page reading the
/// same rows twice, or once per row, shows in production as it does in the tests'
/// query budget.
pub async fn counting<F: Future>(work: F) -> (F::Output, u32) {
    STATEMENTS
        .scope(std::cell::Cell::new(0), async move {
            let out = work.await;
            (out, STATEMENTS.with(std::cell::Cell::get))
        })
        .await
}

/// Counts one statement for the work being counted on this task, if any. Every
/// connection `connect` opens calls it; a connection given another metric callback
/// (the test harness's) calls it too.
pub fn count_statement() {
    let _ = STATEMENTS.try_with(|n| n.set(n.get().saturating_add(1)));
}

/// Applies every pending migration.
///
/// # Errors
/// When a migration fails; the database is left as the failed migration found it.
pub async fn migrate(db: &DatabaseConnection) -> anyhow::Result<()> {
    migration::Migrator::up(db, None).await.context("applying database migrations")
}

/// Starts a transaction that will write.
///
/// On SQLite a deferred transaction that reads first and writes later fails with
/// `SQLITE_BUSY` if another writer committed in between; taking the write lock at
/// `BEGIN` makes writers queue instead (PostgreSQL ignores the option).
///
/// # Errors
/// When the database cannot start a transaction.
pub async fn begin_write(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    db.begin_with_options(TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..TransactionOptions::default()
    })
    .await
}

/// Whether `SELECT … FOR UPDATE` is available to lock rows (PostgreSQL); on SQLite the
/// immediate transaction already holds the only write lock.
pub fn locks_rows(db: &impl sea_orm::ConnectionTrait) -> bool {
    db.get_database_backend() == DbBackend::Postgres
}

/// Rows where any of `columns` contains `words`, case aside, on both databases (SQLite's
/// `LIKE` ignores ASCII case, PostgreSQL's does not, so both sides are lower-cased). `%`
/// and `_` typed are matched as themselves, not as wildcards.
pub fn containing<C: sea_orm::ColumnTrait>(columns: impl IntoIterator<Item = C>, words: &str) -> sea_orm::Condition {
    use sea_orm::sea_query::{Expr, ExprTrait as _, Func, LikeExpr};
    let escaped = words.to_lowercase().replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
    columns.into_iter().fold(sea_orm::Condition::any(), |any, column| {
        let pattern = LikeExpr::new(format!("%{escaped}%")).escape('\\');
        any.add(Expr::expr(Func::lower(Expr::col(column))).like(pattern))
    })
}

/// The part of a connection error a person can act on, without sqlx's wrapping.
fn db_cause(e: &DbErr) -> String {
    let text = e.to_string();
    // sqlx's messages come wrapped as "Connection Error: error communicating with
    // database: Connection refused (os error 111)"; the tail is the useful part.
    text.rsplit_once(": ").map_or(text.clone(), |(_, tail)| tail.to_owned())
}

/// The conditional update every change of state is made with: `UPDATE … WHERE` the row
/// is the one meant and is still as it was read (its status, its version, an unused
/// link), then whether that row changed. Of two requests racing to make the same change,
/// exactly one sees `true`; the other refuses with the reason, and nothing is lost.
pub trait UpdateOne {
    /// # Errors
    /// Database failures; a row no longer as it was read is `Ok(false)`.
    fn changed_one(self, db: &impl sea_orm::ConnectionTrait) -> impl Future<Output = Result<bool, DbErr>> + Send;
}

impl<E: sea_orm::EntityTrait> UpdateOne for sea_orm::UpdateMany<E> {
    async fn changed_one(self, db: &impl sea_orm::ConnectionTrait) -> Result<bool, DbErr> {
        Ok(self.exec(db).await?.rows_affected == 1)
    }
}

/// The same for a removal: delete the row only while it is still as it was read.
impl<E: sea_orm::EntityTrait> UpdateOne for sea_orm::DeleteMany<E> {
    async fn changed_one(self, db: &impl sea_orm::ConnectionTrait) -> Result<bool, DbErr> {
        Ok(self.exec(db).await?.rows_affected == 1)
    }
}
