//! Supporting documents of a nomination. The bytes are stored in the database (so a
//! backup of it is a backup of everything) once per distinct SHA-256, and each
//! nomination's attachment rows point at them.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use entity::{attachment, blob, cycle};
use sea_orm::{
    ActiveModelTrait as _, ActiveValue::Set, ColumnTrait as _, ConnectionTrait, DatabaseConnection, EntityTrait as _,
    ModelTrait as _, PaginatorTrait as _, QueryFilter as _, QueryOrder as _, QuerySelect as _,
};
use serde_json::json;
use sha2::{Digest as _, Sha256};
use uuid::Uuid;

use super::audit::{self, Event};
use super::auth::Caller;
use super::nominations::{find_visible, for_action};
use super::{Error, Result};
use crate::db;
use crate::domain::attachment::{self as rules, FileKind};
use crate::domain::nomination::Action;
use crate::domain::user::Role;

/// An attachment as the nomination's readers see it.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct AttachmentView {
    pub id: Uuid,
    pub name: String,
    pub content_type: String,
    pub size: i64,
    pub sha256: String,
    pub created_at: DateTime<Utc>,
}

impl From<attachment::Model> for AttachmentView {
    fn from(a: attachment::Model) -> Self {
        Self {
            id: a.id,
            name: a.name,
            content_type: a.content_type,
            size: a.size,
            sha256: a.sha256,
            created_at: a.created_at,
        }
    }
}

/// A nomination's attachments, oldest first.
pub(super) async fn of(db: &impl ConnectionTrait, nomination_id: Uuid) -> Result<Vec<AttachmentView>> {
    Ok(attachment::Entity::find()
        .filter(attachment::Column::NominationId.eq(nomination_id))
        .order_by_asc(attachment::Column::CreatedAt)
        .order_by_asc(attachment::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(AttachmentView::from)
        .collect())
}

/// The attachments of several nominations, each's in the order they were added.
pub(super) async fn of_many(db: &impl ConnectionTrait, ids: &[Uuid]) -> Result<BTreeMap<Uuid, Vec<AttachmentView>>> {
    let mut by: BTreeMap<Uuid, Vec<AttachmentView>> = BTreeMap::new();
    for a in attachment::Entity::find()
        .filter(attachment::Column::NominationId.is_in(ids.iter().copied()))
        .order_by_asc(attachment::Column::CreatedAt)
        .order_by_asc(attachment::Column::Id)
        .all(db)
        .await?
    {
        by.entry(a.nomination_id).or_default().push(AttachmentView::from(a));
    }
    Ok(by)
}

/// How many attachments a nomination has.
pub(super) async fn count(db: &impl ConnectionTrait, nomination_id: Uuid) -> Result<u64> {
    Ok(attachment::Entity::find().filter(attachment::Column::NominationId.eq(nomination_id)).count(db).await?)
}

/// Attaches a file to a nomination its focal point may still edit.
///
/// # Errors
/// `Rule(TooLarge | UnsupportedType)` for the file itself, `Validation` on `file` when
/// the cycle's `max_attachments` is reached, and the nomination's own refusals
/// (`NotFound`, deadline, status).
pub async fn add(
    db: &DatabaseConnection,
    caller: &Caller,
    nomination_id: Uuid,
    uploaded_name: &str,
    bytes: Vec<u8>,
    limit: u64,
    now: DateTime<Utc>,
) -> Result<AttachmentView> {
    let (found, _) = for_action(db, caller, nomination_id, Action::Edit, now).await?;
    let kind: FileKind = rules::check(&bytes, limit)?;
    let name = rules::clean_name(uploaded_name, kind);
    let sha256 = hex::encode(Sha256::digest(&bytes));
    let size = i64::try_from(bytes.len()).map_err(anyhow::Error::from)?;

    let tx = db::begin_write(db).await?;
    // Two uploads racing for the last free place: the nomination's row lock makes
    // the second one count the first.
    crate::service::nominations::lock(&tx, nomination_id).await?;
    let max = cycle::Entity::find_by_id(found.cycle_id).one(&tx).await?.map_or(0, |c| c.max_attachments);
    if count(&tx, nomination_id).await? >= u64::try_from(max).unwrap_or(0) {
        return Err(Error::validation(
            "file",
            format!("this cycle accepts at most {max} attachments per nomination; remove one before adding another"),
        ));
    }
    blob::Entity::insert(blob::ActiveModel {
        sha256: Set(sha256.clone()),
        content: Set(bytes),
        size: Set(size),
        created_at: Set(now),
    })
    .on_conflict_do_nothing()
    .exec(&tx)
    .await?;
    let row = attachment::ActiveModel {
        id: Set(Uuid::now_v7()),
        nomination_id: Set(nomination_id),
        name: Set(name),
        content_type: Set(kind.content_type().to_owned()),
        size: Set(size),
        sha256: Set(sha256),
        uploaded_by: Set(caller.id),
        created_at: Set(now),
    }
    .insert(&tx)
    .await?;
    audit::record(
        &tx,
        &caller.actor(),
        Event::new("nomination.attachment_added", "nomination", nomination_id).details(json!({
            "attachment": row.id, "name": row.name, "size": row.size, "sha256": row.sha256,
        })),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(row.into())
}

/// Removes an attachment from a nomination its focal point may still edit. The bytes
/// stay while another attachment shares them.
///
/// # Errors
/// `NotFound` for an attachment of another nomination, and the nomination's refusals.
pub async fn remove(
    db: &DatabaseConnection,
    caller: &Caller,
    nomination_id: Uuid,
    attachment_id: Uuid,
    now: DateTime<Utc>,
) -> Result<()> {
    for_action(db, caller, nomination_id, Action::Edit, now).await?;
    let tx = db::begin_write(db).await?;
    let row = attachment::Entity::find_by_id(attachment_id)
        .filter(attachment::Column::NominationId.eq(nomination_id))
        .one(&tx)
        .await?
        .ok_or(Error::NotFound("attachment"))?;
    let sha256 = row.sha256.clone();
    let name = row.name.clone();
    row.delete(&tx).await?;
    if attachment::Entity::find().filter(attachment::Column::Sha256.eq(sha256.clone())).count(&tx).await? == 0 {
        blob::Entity::delete_by_id(sha256.clone()).exec(&tx).await?;
    }
    audit::record(
        &tx,
        &caller.actor(),
        Event::new("nomination.attachment_removed", "nomination", nomination_id)
            .details(json!({ "attachment": attachment_id, "name": name, "sha256": sha256 })),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// An attachment's description and bytes, for whoever may see its nomination: its
/// state's focal points, the secretariat, and the reviewers assigned to it.
///
/// # Errors
/// `NotFound` when the caller may not see the nomination or it has no such attachment.
pub async fn download(
    db: &DatabaseConnection,
    caller: &Caller,
    nomination_id: Uuid,
    attachment_id: Uuid,
) -> Result<(AttachmentView, Vec<u8>)> {
    // Reviewers reach a nomination's files through their assignments; in a blind stage
    // the file goes out under a neutral name, since the uploaded one may name the state.
    let blind = if caller.role == Role::Reviewer {
        super::review::reviewer_access(db, caller, nomination_id).await?
    } else {
        find_visible(db, caller, nomination_id).await?;
        false
    };
    let row = attachment::Entity::find_by_id(attachment_id)
        .filter(attachment::Column::NominationId.eq(nomination_id))
        .one(db)
        .await?
        .ok_or(Error::NotFound("attachment"))?;
    let mut view = AttachmentView::from(row.clone());
    if blind {
        let index = of(db, nomination_id).await?.iter().position(|a| a.id == row.id).unwrap_or(0);
        view.name = super::review::blind_name(index, &row.content_type);
    }
    let content = blob::Entity::find_by_id(row.sha256.clone())
        .select_only()
        .column(blob::Column::Content)
        .into_tuple::<Vec<u8>>()
        .one(db)
        .await?
        .ok_or_else(|| anyhow::anyhow!("attachment {} has no stored content", row.id))?;
    Ok((view, content))
}
