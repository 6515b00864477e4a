//! The outbox as admins and operators see it.

use entity::outbox_message;
use sea_orm::{ColumnTrait as _, DatabaseConnection, EntityTrait as _, PaginatorTrait as _, QueryFilter as _};

use super::Result;

pub const STATUSES: [&str; 3] = ["pending", "sent", "failed"];

/// How many messages are in each status.
///
/// # Errors
/// Database failures only.
pub async fn depth(db: &DatabaseConnection) -> Result<Vec<(&'static str, u64)>> {
    let mut out = Vec::new();
    for status in STATUSES {
        out.push((
            status,
            outbox_message::Entity::find().filter(outbox_message::Column::Status.eq(status)).count(db).await?,
        ));
    }
    Ok(out)
}
