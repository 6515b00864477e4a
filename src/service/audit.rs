//! The audit trail: an append-only, hash-chained record of every change of state.
//!
//! Each event stores the SHA-256 of its own content and of the previous event's hash,
//! and `audit_head` holds the newest hash. Editing, inserting or deleting any row
//! breaks the chain at that row, and [`verify`] names it.

use chrono::{DateTime, SubsecRound as _, Utc};
use entity::{audit_event, audit_head};
use sea_orm::{
    ActiveModelTrait as _, ActiveValue::Set, ConnectionTrait, DatabaseTransaction, EntityTrait as _, QueryFilter as _,
    QueryOrder as _, QuerySelect as _,
};
use sea_orm::{ColumnTrait as _, DatabaseConnection};
use serde_json::{Value, json};
use sha2::{Digest as _, Sha256};
use uuid::Uuid;

use super::{Actor, Result};

/// The hash the first event points back to.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// What happened to what; the actor and time come from the use case.
#[derive(Debug, Clone)]
pub struct Event {
    pub action: &'static str,
    pub subject_type: &'static str,
    pub subject_id: String,
    pub details: Value,
}

impl Event {
    pub fn new(action: &'static str, subject_type: &'static str, subject_id: impl ToString) -> Self {
        Self { action, subject_type, subject_id: subject_id.to_string(), details: json!({}) }
    }

    #[must_use]
    pub fn details(mut self, details: Value) -> Self {
        self.details = details;
        self
    }
}

/// Appends `event` to the chain inside the caller's transaction, so the record commits
/// or rolls back with the change it describes.
///
/// # Errors
/// Database failures only.
pub async fn record(tx: &DatabaseTransaction, actor: &Actor, event: Event, now: DateTime<Utc>) -> Result<()> {
    // Locking the head row serialises appenders on PostgreSQL; on SQLite the write
    // transaction (see `db::begin_write`) already does.
    let head = audit_head::Entity::find_by_id(1)
        .lock_exclusive()
        .one(tx)
        .await?
        .ok_or_else(|| anyhow::anyhow!("the audit_head row is missing; run `laurel migrate`"))?;

    let content = Content {
        seq: head.seq + 1,
        id: Uuid::now_v7(),
        // Both databases keep microseconds; hashing what is stored keeps `verify` exact.
        at: now.trunc_subsecs(6),
        actor_id: actor.id,
        actor_label: actor.label.clone(),
        action: event.action.to_owned(),
        subject_type: event.subject_type.to_owned(),
        subject_id: event.subject_id,
        details: event.details,
    };
    let hash = content.hash(&head.hash);

    audit_event::ActiveModel {
        seq: Set(content.seq),
        id: Set(content.id),
        at: Set(content.at),
        actor_id: Set(content.actor_id),
        actor_label: Set(content.actor_label),
        action: Set(content.action),
        subject_type: Set(content.subject_type),
        subject_id: Set(content.subject_id),
        details: Set(content.details),
        prev_hash: Set(head.hash.clone()),
        hash: Set(hash.clone()),
    }
    .insert(tx)
    .await?;

    audit_head::ActiveModel { id: Set(1), seq: Set(content.seq), hash: Set(hash) }.update(tx).await?;
    Ok(())
}

/// The fields an event's hash covers: all of them but the hashes themselves.
struct Content {
    seq: i64,
    id: Uuid,
    at: DateTime<Utc>,
    actor_id: Option<Uuid>,
    actor_label: String,
    action: String,
    subject_type: String,
    subject_id: String,
    details: Value,
}

impl Content {
    fn from_row(row: &audit_event::Model) -> Self {
        Self {
            seq: row.seq,
            id: row.id,
            at: row.at,
            actor_id: row.actor_id,
            actor_label: row.actor_label.clone(),
            action: row.action.clone(),
            subject_type: row.subject_type.clone(),
            subject_id: row.subject_id.clone(),
            details: row.details.clone(),
        }
    }

    /// SHA-256 over the previous hash and a canonical JSON rendering of the content.
    /// serde_json's maps are sorted, so PostgreSQL's jsonb reordering keys on storage
    /// does not change the hash.
    fn hash(&self, prev_hash: &str) -> String {
        let canonical = json!([
            self.seq,
            self.id,
            self.at.to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
            self.actor_id,
            self.actor_label,
            self.action,
            self.subject_type,
            self.subject_id,
            self.details,
        ]);
        let mut hasher = Sha256::new();
        hasher.update(prev_hash.as_bytes());
        hasher.update(b"\n");
        hasher.update(canonical.to_string().as_bytes());
        hex::encode(hasher.finalize())
    }
}

/// The outcome of walking the chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Every event is as it was written.
    Intact { events: i64 },
    /// The first place where the chain breaks.
    Broken(Break),
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Break {
    #[error("event {seq} ({id}) was altered: its content no longer matches its hash")]
    Altered { seq: i64, id: Uuid },
    #[error("event {seq} ({id}) was inserted: the chain runs from event {before} to event {after} without it")]
    Inserted { seq: i64, id: Uuid, before: i64, after: i64 },
    #[error("events were deleted before event {seq} ({id}): {detail}")]
    Deleted { seq: i64, id: Uuid, detail: String },
    #[error(
        "the chain breaks at event {seq} ({id}): it does not follow from event {prev_seq}, which was altered with its hash recomputed, or events between them were deleted"
    )]
    Relinked { seq: i64, id: Uuid, prev_seq: i64 },
    #[error(
        "the newest events were deleted: the chain should end at event {expected_seq}, but ends at event {found_seq}"
    )]
    TailDeleted { expected_seq: i64, found_seq: i64 },
    #[error("event {seq} was added after the end of the chain (the chain ends at event {head_seq})")]
    Appended { seq: i64, head_seq: i64 },
}

/// Walks the whole chain in order, a page at a time, and reports the first break.
///
/// # Errors
/// Database failures only; tampering is a [`Verdict`], not an error.
pub async fn verify(db: &DatabaseConnection) -> Result<Verdict> {
    const PAGE: u64 = 1000;
    let head = audit_head::Entity::find_by_id(1)
        .one(db)
        .await?
        .ok_or_else(|| anyhow::anyhow!("the audit_head row is missing; run `laurel migrate`"))?;

    let mut prev: Option<audit_event::Model> = None;
    let mut pending: Option<audit_event::Model> = None;
    let mut count = 0_i64;
    let mut after = 0_i64;
    loop {
        let page = audit_event::Entity::find()
            .filter(audit_event::Column::Seq.gt(after))
            .order_by_asc(audit_event::Column::Seq)
            .limit(PAGE)
            .all(db)
            .await?;
        let Some(last) = page.last() else { break };
        after = last.seq;
        for row in page {
            // Judge each row with its successor in view, which tells an inserted row
            // (the successor still points past it) from a deleted predecessor.
            if let Some(current) = pending.take() {
                if let Some(broken) = check(prev.as_ref(), &current, Some(&row)) {
                    return Ok(Verdict::Broken(broken));
                }
                count += 1;
                prev = Some(current);
            }
            pending = Some(row);
        }
    }
    if let Some(current) = pending.take() {
        if let Some(broken) = check(prev.as_ref(), &current, None) {
            return Ok(Verdict::Broken(broken));
        }
        count += 1;
        prev = Some(current);
    }

    let (last_seq, last_hash) = prev.map_or((0, GENESIS.to_owned()), |p| (p.seq, p.hash));
    if last_seq < head.seq {
        return Ok(Verdict::Broken(Break::TailDeleted { expected_seq: head.seq, found_seq: last_seq }));
    }
    if last_seq > head.seq || last_hash != head.hash {
        return Ok(Verdict::Broken(Break::Appended { seq: head.seq + 1, head_seq: head.seq }));
    }
    Ok(Verdict::Intact { events: count })
}

fn check(
    prev: Option<&audit_event::Model>,
    row: &audit_event::Model,
    next: Option<&audit_event::Model>,
) -> Option<Break> {
    let (prev_seq, prev_hash) = prev.map_or((0, GENESIS), |p| (p.seq, p.hash.as_str()));
    if Content::from_row(row).hash(&row.prev_hash) != row.hash {
        return Some(Break::Altered { seq: row.seq, id: row.id });
    }
    if row.prev_hash == prev_hash && row.seq == prev_seq + 1 {
        return None;
    }
    if next.is_some_and(|n| n.prev_hash == prev_hash) {
        return Some(Break::Inserted { seq: row.seq, id: row.id, before: prev_seq, after: next.map_or(0, |n| n.seq) });
    }
    if row.seq != prev_seq + 1 {
        let missing = if row.seq == prev_seq + 2 {
            format!("event {} is missing", prev_seq + 1)
        } else {
            format!("events {} to {} are missing", prev_seq + 1, row.seq - 1)
        };
        return Some(Break::Deleted { seq: row.seq, id: row.id, detail: missing });
    }
    Some(Break::Relinked { seq: row.seq, id: row.id, prev_seq })
}

/// The trail for one subject, newest first, for admin pages and the API.
///
/// # Errors
/// Database failures only.
pub async fn for_subject(
    db: &impl ConnectionTrait,
    subject_type: &str,
    subject_id: &str,
) -> Result<Vec<audit_event::Model>> {
    Ok(audit_event::Entity::find()
        .filter(audit_event::Column::SubjectType.eq(subject_type))
        .filter(audit_event::Column::SubjectId.eq(subject_id))
        .order_by_desc(audit_event::Column::Seq)
        .all(db)
        .await?)
}

/// Filters for reading the trail.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub subject: Option<String>,
    pub actor: Option<String>,
    pub action: Option<String>,
    /// Events at or after this instant.
    pub from: Option<DateTime<Utc>>,
    /// Events before this instant.
    pub until: Option<DateTime<Utc>>,
}

/// A walk of the whole chain and when it was made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    pub at: DateTime<Utc>,
    pub verdict: Verdict,
}

/// Walks the chain now (as `laurel audit verify` does) and keeps the verdict for the
/// audit page.
///
/// # Errors
/// `Forbidden` for non-admins; database failures.
pub async fn check_now(
    db: &DatabaseConnection,
    caches: &crate::cache::Caches,
    caller: &super::auth::Caller,
    now: DateTime<Utc>,
) -> Result<Check> {
    caller.require_admin()?;
    let check = Check { at: now, verdict: verify(db).await? };
    if let Ok(mut kept) = caches.audit_check.lock() {
        *kept = Some(check.clone());
    }
    Ok(check)
}

/// The last check this instance made, if any.
#[must_use]
pub fn last_check(caches: &crate::cache::Caches) -> Option<Check> {
    caches.audit_check.lock().ok().and_then(|kept| kept.clone())
}

/// The trail for admins, newest first, a page at a time (`after` is a sequence number).
///
/// # Errors
/// `Forbidden` for non-admins.
pub async fn list(
    db: &DatabaseConnection,
    caller: &super::auth::Caller,
    filter: &Filter,
    limit: u64,
    before_seq: Option<i64>,
) -> Result<Vec<audit_event::Model>> {
    caller.require_admin()?;
    let mut query = audit_event::Entity::find().order_by_desc(audit_event::Column::Seq).limit(limit);
    if let Some(subject) = &filter.subject {
        query = query.filter(audit_event::Column::SubjectId.eq(subject.as_str()));
    }
    if let Some(actor) = &filter.actor {
        query = match Uuid::parse_str(actor) {
            Ok(id) => query.filter(audit_event::Column::ActorId.eq(id)),
            Err(_) => query.filter(audit_event::Column::ActorLabel.eq(actor.as_str())),
        };
    }
    if let Some(action) = &filter.action {
        query = query.filter(audit_event::Column::Action.eq(action.as_str()));
    }
    if let Some(from) = filter.from {
        query = query.filter(audit_event::Column::At.gte(from));
    }
    if let Some(until) = filter.until {
        query = query.filter(audit_event::Column::At.lt(until));
    }
    if let Some(seq) = before_seq {
        query = query.filter(audit_event::Column::Seq.lt(seq));
    }
    Ok(query.all(db).await?)
}
