//! Publication and the public's view of results. Nothing about results leaves this
//! module for a cycle that is not published at `now`: every public reader goes through
//! [`published_cycles`], which decides with the same clock rule as everything else.

use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, Utc};
use entity::{answer, assignment, category, cycle, member_state, nomination, programme, question, stage, user};
use sea_orm::{
    ActiveModelTrait as _, ActiveValue::Set, ColumnTrait as _, Condition, ConnectionTrait, DatabaseConnection,
    DatabaseTransaction, EntityTrait as _, JoinType, QueryFilter as _, QueryOrder as _, QuerySelect as _,
    QueryTrait as _, RelationTrait as _,
};
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use super::audit::{self, Event};
use super::auth::Caller;
use super::{Error, Result};
use crate::cache::Caches;
use crate::db;
use crate::domain::cycle::{Phase, Timeline};
use crate::domain::definition::Labels;
use crate::domain::nomination::{Award, NominationError, NominationStatus, OutOfTurn};
use crate::domain::user::Role;
use crate::format;
use crate::mail::{self, messages};

#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PublishRequest {
    /// When to publish; absent or past means now.
    pub at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Publication {
    pub cycle: Uuid,
    pub phase: Phase,
    pub publish_at: DateTime<Utc>,
    pub published_at: Option<DateTime<Utc>>,
}

/// The phase a cycle is in at `now`, from its stored phase and its timeline.
pub(super) fn phase_of(c: &cycle::Model, now: DateTime<Utc>) -> Result<Phase> {
    phase_at(&c.phase, Timeline { opens_at: c.opens_at, closes_at: c.closes_at, publish_at: c.publish_at }, now)
}

/// The phase at `now` of a cycle stored as `stored` with `timeline`.
fn phase_at(stored: &str, timeline: Timeline, now: DateTime<Utc>) -> Result<Phase> {
    Ok(timeline.phase_at(stored.parse::<Phase>().map_err(anyhow::Error::msg)?, now))
}

/// Publishes a decided cycle now, or schedules it: the clock job publishes it at
/// `publish_at`, and every public reader treats it as published from that instant. Once
/// committed, no public answer kept from before is served again.
///
/// # Errors
/// `Forbidden` for non-admins; `Rule(InvalidState)` for a cycle not decided.
pub async fn publish(
    db: &DatabaseConnection,
    caches: &Caches,
    caller: &Caller,
    cycle_id: Uuid,
    request: PublishRequest,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<Publication> {
    caller.require_admin()?;
    let tx = db::begin_write(db).await?;
    let c = cycle::Entity::find_by_id(cycle_id).lock_exclusive().one(&tx).await?.ok_or(Error::NotFound("cycle"))?;
    if phase_of(&c, now)? != Phase::Decided {
        return Err(NominationError::OutOfTurn(OutOfTurn::PublishNotDecided).into());
    }
    let mut active: cycle::ActiveModel = c.clone().into();
    active.updated_at = Set(now);
    let immediate = request.at.is_none_or(|at| at <= now);
    if immediate {
        active.phase = Set(Phase::Published.as_str().to_owned());
        active.published_at = Set(Some(now));
        active.publish_at = Set(now.min(c.publish_at));
    } else if let Some(at) = request.at {
        active.publish_at = Set(at);
    }
    let saved = active.update(&tx).await?;
    audit::record(
        &tx,
        &caller.actor(),
        Event::new(if immediate { "cycle.published" } else { "cycle.publication_scheduled" }, "cycle", cycle_id)
            .details(json!({ "publish_at": saved.publish_at })),
        now,
    )
    .await?;
    if immediate {
        announce(&tx, &saved, base_url, now).await?;
    }
    tx.commit().await?;
    caches.results_changed();
    Ok(Publication {
        cycle: cycle_id,
        phase: if immediate { Phase::Published } else { Phase::Decided },
        publish_at: saved.publish_at,
        published_at: saved.published_at,
    })
}

/// Tells the focal points of every state that nominated in the cycle, and the jurors who
/// reviewed in it, that the results are public, each with words for what they did. No
/// one else: a reviewer of another programme has nothing to be thanked for here.
///
/// # Errors
/// Database failures.
pub async fn announce(tx: &DatabaseTransaction, c: &cycle::Model, base_url: &str, now: DateTime<Utc>) -> Result<()> {
    let states: BTreeSet<String> = nomination::Entity::find()
        .filter(nomination::Column::CycleId.eq(c.id))
        .filter(nomination::Column::Status.ne(NominationStatus::Draft.as_str()))
        .select_only()
        .column(nomination::Column::MemberState)
        .into_tuple::<String>()
        .all(tx)
        .await?
        .into_iter()
        .collect();
    let stages: Vec<Uuid> = stage::Entity::find()
        .filter(stage::Column::CycleId.eq(c.id))
        .select_only()
        .column(stage::Column::Id)
        .into_tuple()
        .all(tx)
        .await?;
    let jurors: BTreeSet<Uuid> = assignment::Entity::find()
        .filter(assignment::Column::StageId.is_in(stages))
        .select_only()
        .column(assignment::Column::ReviewerId)
        .into_tuple::<Uuid>()
        .all(tx)
        .await?
        .into_iter()
        .collect();
    let people = user::Entity::find()
        .filter(user::Column::Active.eq(true))
        .filter(user::Column::Role.is_in([Role::Nominator.as_str(), Role::Reviewer.as_str()]))
        .all(tx)
        .await?;
    let cycle = Labels::of(&c.definition).cycle_names(c.year, &c.name);
    let link = format!("{base_url}cycles/{}", c.id);
    for person in people {
        let nominated =
            person.role == Role::Nominator.as_str() && person.member_state.as_ref().is_some_and(|s| states.contains(s));
        let reviewed = person.role == Role::Reviewer.as_str() && jurors.contains(&person.id);
        if nominated || reviewed {
            let message = messages::ResultsPublished { cycle: cycle.clone(), to_jury: reviewed, link: link.clone() };
            mail::enqueue(tx, mail::To::person(&person), format!("published:{}:{}", c.id, person.id), &message, now)
                .await?;
        }
    }
    Ok(())
}

/// The cycles published at `now`, newest first.
///
/// # Errors
/// Database failures.
pub async fn published_cycles(db: &impl ConnectionTrait, now: DateTime<Utc>) -> Result<Vec<cycle::Model>> {
    let rows = decided_or_published(cycle::Entity::find()).all(db).await?;
    let mut out = Vec::new();
    for c in rows {
        if phase_of(&c, now)? == Phase::Published {
            out.push(c);
        }
    }
    Ok(out)
}

/// A published cycle as the archive and the feed list it.
#[derive(Debug, Clone)]
pub struct PublishedCycle {
    pub id: Uuid,
    /// In the reader's language.
    pub name: String,
    pub year: i32,
    /// When its results came out: as published by hand, or on their date.
    pub published_at: DateTime<Utc>,
    /// That day in the cycle's time zone.
    pub published_on: String,
}

/// The published cycles, newest publication first, in one statement (their words are
/// kept, `cycles::labels`).
///
/// # Errors
/// Database failures.
pub async fn published(db: &DatabaseConnection, caches: &Caches, now: DateTime<Utc>) -> Result<Vec<PublishedCycle>> {
    let shown = published_heads(db, None, now).await?;
    let versions: Vec<(Uuid, i32)> = shown.iter().map(|c| (c.id, c.version)).collect();
    let labels = super::cycles::labels(db, caches, &versions).await?;
    let lang = crate::i18n::current();
    Ok(shown
        .into_iter()
        .map(|c| {
            let words = labels.of(c.id);
            let published_at = c.published_at.unwrap_or(c.publish_at);
            PublishedCycle {
                id: c.id,
                name: words.cycle_name(lang, c.year, &c.name),
                year: c.year,
                published_at,
                published_on: format::date(published_at, &c.time_zone),
            }
        })
        .collect())
}

/// Cycles stored as decided or published, newest publication first: those whose
/// results are public once [`phase_of`] says so.
fn decided_or_published(cycles: sea_orm::Select<cycle::Entity>) -> sea_orm::Select<cycle::Entity> {
    cycles
        .filter(cycle::Column::Phase.is_in([Phase::Decided.as_str(), Phase::Published.as_str()]))
        .order_by_desc(cycle::Column::PublishAt)
}

/// The next moment the clock changes what the public sees, if any is scheduled: a
/// decided cycle's publication (until then results cannot appear by themselves), or a
/// call opening or closing (a page that states a deadline or counts down to it is kept
/// no longer than that, so no badge counts on past the close). One statement: the
/// cycles with a date still to come, few at any time.
///
/// # Errors
/// Database failures.
pub async fn next_change(db: &impl ConnectionTrait, now: DateTime<Utc>) -> Result<Option<DateTime<Utc>>> {
    /// A cycle's opening, closing, publication and stored phase.
    type Dates = (DateTime<Utc>, DateTime<Utc>, DateTime<Utc>, String);
    let upcoming: Vec<Dates> = cycle::Entity::find()
        .select_only()
        .columns([cycle::Column::OpensAt, cycle::Column::ClosesAt, cycle::Column::PublishAt, cycle::Column::Phase])
        .filter(
            Condition::any().add(cycle::Column::OpensAt.gt(now)).add(cycle::Column::ClosesAt.gt(now)).add(
                Condition::all()
                    .add(cycle::Column::Phase.eq(Phase::Decided.as_str()))
                    .add(cycle::Column::PublishAt.gt(now)),
            ),
        )
        .into_tuple()
        .all(db)
        .await?;
    let decided = Phase::Decided.as_str();
    Ok(upcoming
        .into_iter()
        .flat_map(|(opens, closes, publish, phase)| [Some(opens), Some(closes), (phase == decided).then_some(publish)])
        .flatten()
        .filter(|at| *at > now)
        .min())
}

/// One published award, with only what the cycle makes public.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PublicAward {
    /// `winner`, `champion` or `finalist`.
    pub award: Award,
    pub nomination: PublicNomination,
    pub member_state: PublicState,
    pub category: PublicCategory,
    pub cycle: PublicCycleRef,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PublicNomination {
    pub id: Uuid,
    pub title: String,
    pub institution: String,
    pub summary: String,
    /// The language it is written in (ISO 639-1); absent for nominations from before
    /// Laurel asked.
    pub language: Option<crate::i18n::Lang>,
    /// The answers to questions the cycle marks public.
    pub answers: Vec<PublicAnswer>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PublicAnswer {
    pub key: String,
    pub label: String,
    pub value: String,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PublicState {
    pub code: String,
    pub name: String,
    pub region: String,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PublicCategory {
    pub key: String,
    pub name: String,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PublicCycleRef {
    pub id: Uuid,
    pub name: String,
    pub programme: String,
    pub year: i32,
    pub published_at: DateTime<Utc>,
}

/// `?cycle=&category=&region=&member_state=`
#[derive(Debug, Clone, Default, Deserialize)]
pub struct WinnersFilter {
    pub cycle: Option<Uuid>,
    pub category: Option<String>,
    pub region: Option<crate::domain::member_state::Region>,
    pub member_state: Option<String>,
    /// One initiative, for its own page; not a query parameter.
    #[serde(skip)]
    pub nomination: Option<Uuid>,
}

impl WinnersFilter {
    /// Whether an award is one the filter asks for, by its category, region and member
    /// state (the cycle and initiative are narrowed in the query).
    #[must_use]
    pub fn admits(&self, award: &PublicAward) -> bool {
        self.category.as_ref().is_none_or(|f| f == &award.category.key)
            && self.region.is_none_or(|f| f.as_str() == award.member_state.region)
            && self.member_state.as_ref().is_none_or(|f| f.eq_ignore_ascii_case(&award.member_state.code))
    }
}

const AWARDED: [NominationStatus; 3] =
    [NominationStatus::Winner, NominationStatus::Champion, NominationStatus::Finalist];

/// Published awards matching `filter`: winners first, then champions, then finalists,
/// by cycle (newest first), category and title.
///
/// # Errors
/// Database failures.
pub async fn winners(
    db: &DatabaseConnection,
    caches: &Caches,
    filter: &WinnersFilter,
    now: DateTime<Utc>,
) -> Result<Vec<PublicAward>> {
    // Three statements whatever the number of awards: the cycles with their programmes,
    // then the awards (`awards_of`); the cycles' words are kept (`cycles::labels`).
    let published = published_heads(db, filter.cycle, now).await?;
    awards_of(db, caches, &published, filter).await
}

/// The published cycles (or the one asked for, if it is), newest publication first.
async fn published_heads(db: &DatabaseConnection, only: Option<Uuid>, now: DateTime<Utc>) -> Result<Vec<CycleHead>> {
    let heads = decided_or_published(CycleHead::select())
        .apply_if(only, |q, id| q.filter(cycle::Column::Id.eq(id)))
        .into_model::<CycleHead>()
        .all(db)
        .await?;
    let mut published = Vec::new();
    for head in heads {
        if head.phase(now)? == Phase::Published {
            published.push(head);
        }
    }
    Ok(published)
}

/// What the public pages need of a cycle, without its stored definition: the words
/// it holds are kept apart, by version (`cycles::labels`), so a page does not parse it.
#[derive(Debug, Clone, sea_orm::FromQueryResult)]
pub(crate) struct CycleHead {
    pub(crate) id: Uuid,
    pub(crate) year: i32,
    pub(crate) name: String,
    pub(crate) time_zone: String,
    pub(crate) opens_at: DateTime<Utc>,
    pub(crate) closes_at: DateTime<Utc>,
    pub(crate) publish_at: DateTime<Utc>,
    pub(crate) phase: String,
    pub(crate) published_at: Option<DateTime<Utc>>,
    pub(crate) version: i32,
    pub(crate) updated_at: DateTime<Utc>,
    /// The programme's name as stored.
    pub(crate) programme: String,
}

impl CycleHead {
    pub(crate) fn select() -> sea_orm::Select<cycle::Entity> {
        cycle::Entity::find()
            .select_only()
            .columns([
                cycle::Column::Id,
                cycle::Column::Year,
                cycle::Column::Name,
                cycle::Column::TimeZone,
                cycle::Column::OpensAt,
                cycle::Column::ClosesAt,
                cycle::Column::PublishAt,
                cycle::Column::Phase,
                cycle::Column::PublishedAt,
                cycle::Column::Version,
                cycle::Column::UpdatedAt,
            ])
            .column_as(programme::Column::Name, "programme")
            .join(JoinType::InnerJoin, cycle::Relation::Programme.def())
    }

    pub(crate) fn phase(&self, now: DateTime<Utc>) -> Result<Phase> {
        let timeline = Timeline { opens_at: self.opens_at, closes_at: self.closes_at, publish_at: self.publish_at };
        phase_at(&self.phase, timeline, now)
    }
}

/// A cycle's own page as the public sees it: what it is called, when its results are
/// out, and, once they are, its awards.
#[derive(Debug, Clone)]
pub struct CycleResults {
    pub name: String,
    pub programme: String,
    pub phase: Phase,
    pub time_zone: String,
    pub publish_at: DateTime<Utc>,
    /// Empty until the cycle is published.
    pub awards: Vec<PublicAward>,
}

/// One cycle's results page in three statements: the cycle with its programme, then,
/// once it is published, its awards. `None` for no such cycle or one still a draft.
///
/// # Errors
/// Database failures.
pub async fn cycle_results(
    db: &DatabaseConnection,
    caches: &Caches,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<Option<CycleResults>> {
    let Some(head) = CycleHead::select().filter(cycle::Column::Id.eq(id)).into_model::<CycleHead>().one(db).await?
    else {
        return Ok(None);
    };
    let phase = head.phase(now)?;
    if phase == Phase::Draft {
        return Ok(None);
    }
    let labels = super::cycles::labels(db, caches, &[(head.id, head.version)]).await?;
    let lang = crate::i18n::current();
    let words = labels.of(head.id);
    let page = CycleResults {
        name: words.cycle_name(lang, head.year, &head.name),
        programme: words.programme(lang, &head.programme).to_owned(),
        phase,
        time_zone: head.time_zone.clone(),
        publish_at: head.publish_at,
        awards: Vec::new(),
    };
    if phase != Phase::Published {
        return Ok(Some(page));
    }
    let filter = WinnersFilter { cycle: Some(id), ..WinnersFilter::default() };
    Ok(Some(CycleResults { awards: awards_of(db, caches, &[head], &filter).await?, ..page }))
}

/// An award as read: the nomination with its category and member state, in the columns
/// the public sees.
#[derive(Debug, sea_orm::FromQueryResult)]
struct AwardRow {
    id: Uuid,
    cycle_id: Uuid,
    title: String,
    institution: String,
    summary: String,
    status: String,
    language: Option<String>,
    category_key: String,
    category_name: String,
    category_position: i32,
    state_code: String,
    state_name: String,
    state_region: String,
}

/// A public answer as read, with its question.
#[derive(Debug, sea_orm::FromQueryResult)]
struct AnswerRow {
    nomination_id: Uuid,
    value: String,
    key: String,
    label: String,
}

/// The awards of `published` cycles that `filter` admits, in two statements: the awarded
/// nominations with their categories and member states, and their public answers with
/// the questions, each in the columns shown; the cycles' words come from the kept
/// labels (one more statement only when a definition changed).
async fn awards_of(
    db: &DatabaseConnection,
    caches: &Caches,
    published: &[CycleHead],
    filter: &WinnersFilter,
) -> Result<Vec<PublicAward>> {
    if published.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<Uuid> = published.iter().map(|c| c.id).collect();
    let rows = nomination::Entity::find()
        .select_only()
        .columns([
            nomination::Column::Id,
            nomination::Column::CycleId,
            nomination::Column::Title,
            nomination::Column::Institution,
            nomination::Column::Summary,
            nomination::Column::Status,
            nomination::Column::Language,
        ])
        .column_as(category::Column::Key, "category_key")
        .column_as(category::Column::Name, "category_name")
        .column_as(category::Column::Position, "category_position")
        .column_as(member_state::Column::Code, "state_code")
        .column_as(member_state::Column::Name, "state_name")
        .column_as(member_state::Column::Region, "state_region")
        .join(JoinType::InnerJoin, nomination::Relation::Category.def())
        .join(JoinType::InnerJoin, nomination::Relation::MemberState.def())
        .filter(nomination::Column::CycleId.is_in(ids))
        .filter(nomination::Column::Status.is_in(AWARDED.map(NominationStatus::as_str)))
        .apply_if(filter.member_state.as_ref(), |q, code| {
            q.filter(nomination::Column::MemberState.eq(code.to_uppercase()))
        })
        .apply_if(filter.nomination, |q, id| q.filter(nomination::Column::Id.eq(id)))
        .into_model::<AwardRow>()
        .all(db)
        .await?;
    let mut answers: HashMap<Uuid, Vec<AnswerRow>> = HashMap::new();
    if !rows.is_empty() {
        let read = answer::Entity::find()
            .select_only()
            .columns([answer::Column::NominationId, answer::Column::Value])
            .columns([question::Column::Key, question::Column::Label])
            .join(JoinType::InnerJoin, answer::Relation::Question.def())
            .filter(answer::Column::NominationId.is_in(rows.iter().map(|r| r.id)))
            .filter(question::Column::Public.eq(true))
            .order_by_asc(question::Column::Position)
            .into_model::<AnswerRow>()
            .all(db)
            .await?;
        for a in read {
            answers.entry(a.nomination_id).or_default().push(a);
        }
    }
    // Each cycle's words in the reader's language, where its definition has them.
    let lang = crate::i18n::current();
    let versions: Vec<(Uuid, i32)> = published.iter().map(|c| (c.id, c.version)).collect();
    let labels = super::cycles::labels(db, caches, &versions).await?;
    let cycles: HashMap<Uuid, (usize, &CycleHead, &Labels)> =
        published.iter().enumerate().map(|(i, c)| (c.id, (i, c, labels.of(c.id)))).collect();
    let mut out: Vec<(usize, i32, PublicAward)> = Vec::with_capacity(rows.len());
    for n in rows {
        let Some(&(position, c, words)) = cycles.get(&n.cycle_id) else { continue };
        let public = answers
            .remove(&n.id)
            .unwrap_or_default()
            .into_iter()
            .map(|a| PublicAnswer {
                label: words.question(&a.key, lang, &a.label).to_owned(),
                key: a.key,
                value: a.value,
            })
            .collect();
        let award = n.status.parse::<NominationStatus>().ok().and_then(Award::of).unwrap_or(Award::Finalist);
        let award = PublicAward {
            award,
            nomination: PublicNomination {
                id: n.id,
                title: n.title,
                institution: n.institution,
                summary: n.summary,
                language: n.language.as_deref().and_then(|l| l.parse().ok()),
                answers: public,
            },
            member_state: PublicState { code: n.state_code, name: n.state_name, region: n.state_region },
            category: PublicCategory {
                name: words.category(&n.category_key, lang, &n.category_name).to_owned(),
                key: n.category_key,
            },
            cycle: PublicCycleRef {
                id: c.id,
                name: words.cycle_name(lang, c.year, &c.name),
                programme: words.programme(lang, &c.programme).to_owned(),
                year: c.year,
                published_at: c.published_at.unwrap_or(c.publish_at),
            },
        };
        if filter.admits(&award) {
            out.push((position, n.category_position, award));
        }
    }
    // By cycle (newest publication first), category, award, then title.
    out.sort_by(|(p, k, a), (q, l, b)| (p, k, a.award, &a.nomination.title).cmp(&(q, l, b.award, &b.nomination.title)));
    Ok(out.into_iter().map(|(.., award)| award).collect())
}

/// The columns of the winners' CSV, in order; new ones are only ever added at the end.
pub const WINNERS_CSV_COLUMNS: [&str; 16] = [
    "cycle_id",
    "programme",
    "year",
    "cycle",
    "category_key",
    "category",
    "award",
    "nomination_id",
    "title",
    "institution",
    "member_state_code",
    "member_state",
    "region",
    "summary",
    "published_at",
    "language",
];

/// The same awards as CSV, with the columns documented in docs/OPEN-DATA.md.
///
/// # Errors
/// As [`winners`].
pub fn winners_csv(awards: &[PublicAward]) -> Result<String> {
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(WINNERS_CSV_COLUMNS).map_err(anyhow::Error::from)?;
    for a in awards {
        let text = |s: &str| crate::sheet::text(s).into_owned();
        out.write_record([
            a.cycle.id.to_string(),
            text(&a.cycle.programme),
            a.cycle.year.to_string(),
            text(&a.cycle.name),
            text(&a.category.key),
            text(&a.category.name),
            a.award.as_str().to_owned(),
            a.nomination.id.to_string(),
            text(&a.nomination.title),
            text(&a.nomination.institution),
            a.member_state.code.clone(),
            text(&a.member_state.name),
            a.member_state.region.clone(),
            text(&a.nomination.summary),
            a.cycle.published_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            a.nomination.language.map(|l| l.as_str().to_owned()).unwrap_or_default(),
        ])
        .map_err(anyhow::Error::from)?;
    }
    let bytes = out.into_inner().map_err(|e| anyhow::anyhow!("writing the CSV: {e}"))?;
    Ok(String::from_utf8(bytes).map_err(anyhow::Error::from)?)
}

/// A readable instant for a published cycle's page.
pub fn published_on(c: &cycle::Model) -> String {
    format::date(c.published_at.unwrap_or(c.publish_at), &c.time_zone)
}
