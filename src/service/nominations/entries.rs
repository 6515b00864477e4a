//! The secretariat's entries: a cycle's nominations in any status, filtered as a list is,
//! sorted, a page at a time, read in one query of the columns the table shows; and the
//! CSV downloads of what is filtered, a row per nomination or a row per review.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use entity::{assignment, criterion, nomination, review, review_score, stage, user};
use sea_orm::{
    ColumnTrait as _, Condition, DatabaseConnection, EntityTrait as _, JoinType, QueryFilter as _, QueryOrder as _,
    QuerySelect as _, RelationTrait as _,
};
use uuid::Uuid;

use super::{ListFilter, NominationView, narrow};
use crate::service::auth::Caller;
use crate::service::{Error, Listed, Paging, Result};

crate::stored_enum! {
    /// How the entries are ordered.
    pub enum EntrySort ("order") {
        /// As they were created.
        Oldest = "oldest",
        /// The latest changed first.
        Changed = "changed",
        Title = "title",
        MemberState = "member_state",
    }
}

/// A line of the entries table.
#[derive(Debug, Clone)]
pub struct Entry {
    pub id: Uuid,
    pub title: String,
    pub member_state: String,
    /// The category's key.
    pub category: String,
    pub status: String,
    pub updated_at: DateTime<Utc>,
}

/// The entries `filter` asks for, in `sort` order, after `page.after` (the last entry
/// of the page before: the order continues from its place).
///
/// # Errors
/// `Forbidden` for anyone but the secretariat; `Validation` for a cursor no page handed
/// out.
pub async fn entries(
    db: &DatabaseConnection,
    caller: &Caller,
    filter: &ListFilter,
    sort: EntrySort,
    page: Paging,
) -> Result<Listed<Entry>> {
    use nomination::Column as C;
    caller.require_admin()?;
    let mut query = narrow(db, nomination::Entity::find(), filter, None).await?;
    query = match sort {
        EntrySort::Oldest => query,
        EntrySort::Changed => query.order_by_desc(C::UpdatedAt),
        EntrySort::Title => query.order_by_asc(C::Title),
        EntrySort::MemberState => query.order_by_asc(C::MemberState),
    }
    .order_by_asc(C::Id);
    if let Some(after) = page.after {
        let last = nomination::Entity::find_by_id(after).one(db).await?.ok_or_else(Error::unknown_cursor)?;
        let beyond = |column: C, value: sea_orm::Value, descending: bool| {
            let further = if descending { column.lt(value.clone()) } else { column.gt(value.clone()) };
            Condition::any().add(further).add(Condition::all().add(column.eq(value)).add(C::Id.gt(after)))
        };
        query = query.filter(match sort {
            EntrySort::Oldest => Condition::all().add(C::Id.gt(after)),
            EntrySort::Changed => beyond(C::UpdatedAt, last.updated_at.into(), true),
            EntrySort::Title => beyond(C::Title, last.title.into(), false),
            EntrySort::MemberState => beyond(C::MemberState, last.member_state.into(), false),
        });
    }
    let mut rows = query
        .select_only()
        .columns([C::Id, C::Title, C::MemberState])
        .column(entity::category::Column::Key)
        .columns([C::Status, C::UpdatedAt])
        .join(JoinType::InnerJoin, nomination::Relation::Category.def())
        .limit(page.rows_to_read())
        .into_tuple::<(Uuid, String, String, String, String, DateTime<Utc>)>()
        .all(db)
        .await?;
    let next = page.cut(&mut rows, |r| r.0);
    let items = rows
        .into_iter()
        .map(|(id, title, member_state, category, status, updated_at)| Entry {
            id,
            title,
            member_state,
            category,
            status,
            updated_at,
        })
        .collect();
    Ok(Listed { items, next })
}

/// One row per review of `nominations`, in every stage: who reviewed, its status, each
/// criterion's score (a column per stage and criterion) and the comment. Every cell a
/// spreadsheet would evaluate is neutralised.
///
/// # Errors
/// `Forbidden` for anyone but the secretariat.
pub async fn reviews_csv(db: &DatabaseConnection, caller: &Caller, nominations: &[NominationView]) -> Result<String> {
    caller.require_admin()?;
    let by_id: BTreeMap<Uuid, &NominationView> = nominations.iter().map(|n| (n.id, n)).collect();
    let mut assignments = Vec::new();
    // In slices, so no list of ids outgrows what a database takes as parameters.
    for ids in by_id.keys().copied().collect::<Vec<_>>().chunks(500) {
        assignments.extend(
            assignment::Entity::find()
                .filter(assignment::Column::NominationId.is_in(ids.iter().copied()))
                .all(db)
                .await?,
        );
    }
    let stages: BTreeMap<Uuid, stage::Model> = stage::Entity::find()
        .filter(stage::Column::Id.is_in(assignments.iter().map(|a| a.stage_id).collect::<BTreeSet<_>>()))
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.id, s))
        .collect();
    let criteria = criterion::Entity::find()
        .filter(criterion::Column::StageId.is_in(stages.keys().copied()))
        .order_by_asc(criterion::Column::Position)
        .all(db)
        .await?;
    let mut reviews: BTreeMap<Uuid, review::Model> = BTreeMap::new();
    let mut scores: BTreeMap<(Uuid, Uuid), f64> = BTreeMap::new();
    for ids in assignments.iter().map(|a| a.id).collect::<Vec<_>>().chunks(500) {
        let written =
            review::Entity::find().filter(review::Column::AssignmentId.is_in(ids.iter().copied())).all(db).await?;
        for s in review_score::Entity::find()
            .filter(review_score::Column::ReviewId.is_in(written.iter().map(|r| r.id)))
            .all(db)
            .await?
        {
            scores.insert((s.review_id, s.criterion_id), s.score);
        }
        reviews.extend(written.into_iter().map(|r| (r.assignment_id, r)));
    }
    let people: BTreeMap<Uuid, user::Model> = user::Entity::find()
        .filter(user::Column::Id.is_in(assignments.iter().map(|a| a.reviewer_id).collect::<BTreeSet<_>>()))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u))
        .collect();

    // Stages in their order, then their criteria in theirs.
    let mut ordered: Vec<&stage::Model> = stages.values().collect();
    ordered.sort_by_key(|s| s.position);
    let columns: Vec<(&stage::Model, &criterion::Model)> =
        ordered.iter().flat_map(|s| criteria.iter().filter(|c| c.stage_id == s.id).map(move |c| (*s, c))).collect();
    let mut out = csv::Writer::from_writer(Vec::new());
    let mut header: Vec<String> =
        ["nomination", "member_state", "title", "stage", "reviewer", "reviewer_email", "status", "submitted_at"]
            .map(str::to_owned)
            .to_vec();
    header.extend(columns.iter().map(|(s, c)| format!("score.{}.{}", s.key, c.key)));
    header.push("comment".to_owned());
    out.write_record(&header).map_err(anyhow::Error::from)?;
    let position = |a: &assignment::Model| stages.get(&a.stage_id).map_or(i32::MAX, |s| s.position);
    assignments.sort_by_key(|a| (by_id.get(&a.nomination_id).map(|n| n.title.clone()), position(a), a.id));
    let text = |s: &str| crate::sheet::text(s).into_owned();
    for a in &assignments {
        let (Some(n), Some(s)) = (by_id.get(&a.nomination_id), stages.get(&a.stage_id)) else { continue };
        let person = people.get(&a.reviewer_id);
        let written = reviews.get(&a.id);
        let mut row = vec![
            n.id.to_string(),
            n.member_state.clone(),
            text(&n.title),
            s.key.clone(),
            text(person.map(|p| p.name.as_str()).unwrap_or_default()),
            person.map(|p| p.email.clone()).unwrap_or_default(),
            a.status.clone(),
            a.submitted_at.map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)).unwrap_or_default(),
        ];
        row.extend(columns.iter().map(|(cs, c)| {
            written
                .filter(|_| cs.id == s.id)
                .and_then(|w| scores.get(&(w.id, c.id)))
                .map(ToString::to_string)
                .unwrap_or_default()
        }));
        row.push(text(written.map(|w| w.comment.as_str()).unwrap_or_default()));
        out.write_record(&row).map_err(anyhow::Error::from)?;
    }
    let bytes = out.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(String::from_utf8(bytes).map_err(anyhow::Error::from)?)
}
