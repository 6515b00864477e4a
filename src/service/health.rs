//! Readiness: can this instance reach its database?

use sea_orm::DatabaseConnection;

use super::Result;

/// Pings the database.
///
/// # Errors
/// `Internal` with the cause when the database does not answer.
pub async fn check_database(db: &DatabaseConnection) -> Result<()> {
    db.ping().await.map_err(|e| anyhow::anyhow!("database unreachable: {e}"))?;
    Ok(())
}
