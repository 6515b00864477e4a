//! The 193 member states, seeded by the migrations.

use entity::member_state;
use sea_orm::{DatabaseConnection, EntityTrait as _, QueryOrder as _};

use super::Result;
use crate::domain::member_state::Region;

#[derive(Debug, Clone)]
pub struct MemberState {
    pub code: String,
    pub name: String,
    pub region: Region,
}

/// All member states, by name.
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
