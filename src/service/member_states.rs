//! The 193 member states, seeded by the migrations.

use entity::member_state;
use sea_orm::{DatabaseConnection, EntityTrait as _, QueryOrder as _};

use std::sync::Arc;

use super::Result;
use crate::cache::Caches;
use crate::domain::member_state::Region;

#[derive(Debug, Clone)]
pub struct MemberState {
    pub code: String,
    pub name: String,
    pub region: Region,
}

/// All member states, by name, read from the database once per process: pages that
/// name states or offer them in a menu cost no statement for it.
///
/// # Errors
/// Database failures on the first read, or a stored region Laurel does not know.
pub async fn all(db: &DatabaseConnection, caches: &Caches) -> Result<Arc<[MemberState]>> {
    caches.member_states.get_or_try_init(|| async { list(db).await.map(Arc::from) }).await.cloned()
}

/// The member state with `code` (any case), if there is one.
///
/// # Errors
/// As [`all`].
pub async fn find(db: &DatabaseConnection, caches: &Caches, code: &str) -> Result<Option<MemberState>> {
    Ok(all(db, caches).await?.iter().find(|s| s.code.eq_ignore_ascii_case(code)).cloned())
}

/// All member states, by name, from the database.
///
/// # Errors
/// Database failures, or a stored region Laurel does not know.
pub async fn list(db: &DatabaseConnection) -> Result<Vec<MemberState>> {
    member_state::Entity::find()
        .order_by_asc(member_state::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(|s| {
            let region = s.region.parse::<Region>().map_err(anyhow::Error::msg)?;
            Ok(MemberState { code: s.code, name: s.name, region })
        })
        .collect()
}
