//! Lists of nominations, filtered as the secretariat and focal points ask, and their
//! CSV.

use super::*;

/// Which nominations a list shows; each filter is optional.
#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    pub cycle: Option<Uuid>,
    /// A category key; the same key in several cycles matches each.
    pub category: Option<String>,
    /// As the caller sees it: for a focal point, an award under embargo is `in_review`.
    pub status: Option<NominationStatus>,
    /// A member state's ISO 3166-1 alpha-3 code, in either case.
    pub member_state: Option<String>,
    /// A UN regional group: the nominations of its member states.
    pub region: Option<crate::domain::member_state::Region>,
    /// Words found in the title or the institution, whatever their case.
    pub q: Option<String>,
    /// Nominations a stage gave this outcome (the secretariat's entries only).
    pub outcome: Option<crate::domain::stage::StageOutcome>,
}

/// Nominations the caller may see, oldest first: a nominator their state's, an admin
/// all. One page at a time, after the cursor.
///
/// # Errors
/// `Forbidden` for reviewers (they see nominations through their assignments).
pub async fn list(
    db: &DatabaseConnection,
    caller: &Caller,
    filter: &ListFilter,
    page: Paging,
    now: DateTime<Utc>,
) -> Result<Listed<NominationView>> {
    let mut query = nomination::Entity::find().order_by_asc(nomination::Column::Id);
    let published = match caller.role {
        Role::Admin => None,
        Role::Nominator => {
            query = query.filter(nomination::Column::MemberState.eq(caller.member_state.clone().unwrap_or_default()));
            Some(published_cycles(db, now).await?)
        }
        Role::Reviewer => return Err(Error::Forbidden("reviewers see nominations through their assignments".into())),
    };
    query = narrow(db, query, filter, published.as_ref()).await?;
    if let Some(after) = page.after {
        query = query.filter(nomination::Column::Id.gt(after));
    }
    let mut rows = query.limit(page.rows_to_read()).all(db).await?;
    let next = page.cut(&mut rows, |n| n.id);
    let mut items = views(db, rows).await?;
    for v in &mut items {
        let shown = published.as_ref().is_none_or(|p| p.contains(&v.cycle));
        embargo(v, caller, shown);
    }
    Ok(Listed { items, next })
}

/// `query` kept to the nominations `filter` asks for; `published` as for
/// [`status_as_seen`].
pub(super) async fn narrow(
    db: &impl ConnectionTrait,
    mut query: sea_orm::Select<nomination::Entity>,
    filter: &ListFilter,
    published: Option<&BTreeSet<Uuid>>,
) -> Result<sea_orm::Select<nomination::Entity>> {
    if let Some(cycle) = filter.cycle {
        query = query.filter(nomination::Column::CycleId.eq(cycle));
    }
    if let Some(key) = &filter.category {
        let ids: Vec<Uuid> = category::Entity::find()
            .filter(category::Column::Key.eq(key.as_str()))
            .all(db)
            .await?
            .into_iter()
            .map(|c| c.id)
            .collect();
        query = query.filter(nomination::Column::CategoryId.is_in(ids));
    }
    if let Some(status) = filter.status {
        query = query.filter(status_as_seen(status, published));
    }
    if let Some(code) = filter.member_state.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
        query = query.filter(nomination::Column::MemberState.eq(code.to_ascii_uppercase()));
    }
    if let Some(region) = filter.region {
        let codes: Vec<String> = member_state::Entity::find()
            .filter(member_state::Column::Region.eq(region.as_str()))
            .all(db)
            .await?
            .into_iter()
            .map(|s| s.code)
            .collect();
        query = query.filter(nomination::Column::MemberState.is_in(codes));
    }
    if let Some(words) = filter.q.as_deref().map(str::trim).filter(|w| !w.is_empty()) {
        query = query.filter(matching(words));
    }
    // Outcomes are the secretariat's to filter by: for a focal point they would reveal
    // a decision under embargo.
    if let Some(outcome) = filter.outcome.filter(|_| published.is_none()) {
        use sea_orm::sea_query::Query;
        let decided = Query::select()
            .column(entity::stage_result::Column::NominationId)
            .from(entity::stage_result::Entity)
            .and_where(entity::stage_result::Column::Outcome.eq(outcome.as_str()))
            .to_owned();
        query = query.filter(nomination::Column::Id.in_subquery(decided));
    }
    Ok(query)
}

/// Title or institution containing `words`, case aside.
fn matching(words: &str) -> sea_orm::Condition {
    crate::db::containing([nomination::Column::Title, nomination::Column::Institution], words)
}

/// The rows a status filter means for the caller: for a focal point (`published` is the
/// set of published cycles) an award under embargo counts as `in_review` and not as
/// itself, so filtering cannot lift the embargo.
fn status_as_seen(status: NominationStatus, published: Option<&BTreeSet<Uuid>>) -> sea_orm::Condition {
    use sea_orm::Condition;
    let is = |s: NominationStatus| nomination::Column::Status.eq(s.as_str());
    let Some(published) = published else { return Condition::all().add(is(status)) };
    let published: Vec<Uuid> = published.iter().copied().collect();
    let awards = Award::ALL.iter().map(|a| a.as_str());
    if Award::of(status).is_some() {
        Condition::all().add(is(status)).add(nomination::Column::CycleId.is_in(published))
    } else if status == NominationStatus::InReview {
        Condition::any().add(is(status)).add(
            Condition::all()
                .add(nomination::Column::Status.is_in(awards))
                .add(nomination::Column::CycleId.is_not_in(published)),
        )
    } else {
        Condition::all().add(is(status))
    }
}

/// Nominations as CSV for the secretariat's spreadsheet: one row each, its answers in a
/// column per question key, every cell a spreadsheet would evaluate neutralised.
///
/// # Errors
/// Only if writing to memory fails.
pub fn entries_csv(nominations: &[NominationView]) -> Result<String> {
    let keys: BTreeSet<&str> = nominations.iter().flat_map(|n| n.answers.keys().map(String::as_str)).collect();
    let mut out = csv::Writer::from_writer(Vec::new());
    let mut header: Vec<String> = [
        "id",
        "member_state",
        "category",
        "status",
        "title",
        "institution",
        "summary",
        "language",
        "version",
        "submitted_at",
        "updated_at",
    ]
    .map(str::to_owned)
    .to_vec();
    header.extend(keys.iter().map(|k| format!("answers.{k}")));
    out.write_record(&header).map_err(anyhow::Error::from)?;
    let when = |at: DateTime<Utc>| at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    for n in nominations {
        let text = |s: &str| crate::sheet::text(s).into_owned();
        let mut row = vec![
            n.id.to_string(),
            n.member_state.clone(),
            text(&n.category),
            n.status.to_owned(),
            text(&n.title),
            text(&n.institution),
            text(&n.summary),
            n.language.map(|l| l.as_str().to_owned()).unwrap_or_default(),
            n.version.to_string(),
            n.submitted_at.map(when).unwrap_or_default(),
            when(n.updated_at),
        ];
        row.extend(keys.iter().map(|k| n.answers.get(*k).map(|a| text(a)).unwrap_or_default()));
        out.write_record(&row).map_err(anyhow::Error::from)?;
    }
    let bytes = out.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(String::from_utf8(bytes).map_err(anyhow::Error::from)?)
}
