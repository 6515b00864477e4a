//! Publication and the public's view of results. Nothing about results leaves this
//! module for a cycle that is not published at `now`: every public reader goes through
//! [`published_cycles`], which decides with the same clock rule as everything else.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use entity::{answer, assignment, category, cycle, member_state, nomination, programme, question, stage, user};
use sea_orm::{
    ActiveModelTrait as _, ActiveValue::Set, ColumnTrait as _, ConnectionTrait, DatabaseConnection,
    DatabaseTransaction, EntityTrait as _, QueryFilter as _, QueryOrder as _, QuerySelect as _, QueryTrait as _,
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
    let stored = c.phase.parse::<Phase>().map_err(anyhow::Error::msg)?;
    Ok(Timeline { opens_at: c.opens_at, closes_at: c.closes_at, publish_at: c.publish_at }.phase_at(stored, now))
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
    let rows = decided_or_published().all(db).await?;
    let mut out = Vec::new();
    for c in rows {
        if phase_of(&c, now)? == Phase::Published {
            out.push(c);
        }
    }
    Ok(out)
}

/// Cycles stored as decided or published, newest publication first: those whose
/// results are public once [`phase_of`] says so.
fn decided_or_published() -> sea_orm::Select<cycle::Entity> {
    cycle::Entity::find()
        .filter(cycle::Column::Phase.is_in([Phase::Decided.as_str(), Phase::Published.as_str()]))
        .order_by_desc(cycle::Column::PublishAt)
}

/// The earliest scheduled publication still to come, if any: until then, what the
/// public sees of results cannot change by itself.
///
/// # Errors
/// Database failures.
pub async fn next_publication(db: &impl ConnectionTrait, now: DateTime<Utc>) -> Result<Option<DateTime<Utc>>> {
    Ok(cycle::Entity::find()
        .filter(cycle::Column::Phase.eq(Phase::Decided.as_str()))
        .filter(cycle::Column::PublishAt.gt(now))
        .order_by_asc(cycle::Column::PublishAt)
        .one(db)
        .await?
        .map(|c| c.publish_at))
}

/// The next moment a call opens or closes after `now`: a public page that states a
/// deadline or counts down to it is kept no longer than that, so no badge counts on
/// past the close.
///
/// # Errors
/// Database failures.
pub async fn next_deadline(db: &impl ConnectionTrait, now: DateTime<Utc>) -> Result<Option<DateTime<Utc>>> {
    let opens = cycle::Entity::find()
        .filter(cycle::Column::OpensAt.gt(now))
        .order_by_asc(cycle::Column::OpensAt)
        .one(db)
        .await?
        .map(|c| c.opens_at);
    let closes = cycle::Entity::find()
        .filter(cycle::Column::ClosesAt.gt(now))
        .order_by_asc(cycle::Column::ClosesAt)
        .one(db)
        .await?
        .map(|c| c.closes_at);
    Ok(opens.into_iter().chain(closes).min())
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
pub async fn winners(db: &DatabaseConnection, filter: &WinnersFilter, now: DateTime<Utc>) -> Result<Vec<PublicAward>> {
    // Three statements whatever the number of awards: the cycles with their programmes,
    // the awarded nominations with their categories and member states, and the public
    // answers with their questions.
    let cycles = decided_or_published()
        .apply_if(filter.cycle, |q, id| q.filter(cycle::Column::Id.eq(id)))
        .find_also_related(programme::Entity)
        .all(db)
        .await?;
    let mut published = Vec::new();
    for (c, programme) in cycles {
        if phase_of(&c, now)? == Phase::Published {
            published.push((c, programme.map(|p| p.name).unwrap_or_default()));
        }
    }
    if published.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<Uuid> = published.iter().map(|(c, _)| c.id).collect();
    let mut nominations = nomination::Entity::find()
        .filter(nomination::Column::CycleId.is_in(ids))
        .filter(nomination::Column::Status.is_in(AWARDED.map(NominationStatus::as_str)));
    if let Some(code) = &filter.member_state {
        nominations = nominations.filter(nomination::Column::MemberState.eq(code.to_uppercase()));
    }
    if let Some(id) = filter.nomination {
        nominations = nominations.filter(nomination::Column::Id.eq(id));
    }
    let nominations =
        nominations.find_also_related(category::Entity).find_also_related(member_state::Entity).all(db).await?;
    let nomination_ids: Vec<Uuid> = nominations.iter().map(|(n, ..)| n.id).collect();
    let answers = if nomination_ids.is_empty() {
        Vec::new()
    } else {
        answer::Entity::find()
            .filter(answer::Column::NominationId.is_in(nomination_ids))
            .find_also_related(question::Entity)
            .filter(question::Column::Public.eq(true))
            .all(db)
            .await?
    };
    // Each cycle's words in the reader's language, where its definition has them.
    let lang = crate::i18n::current();
    let labels: BTreeMap<Uuid, Labels> = published.iter().map(|(c, _)| (c.id, Labels::of(&c.definition))).collect();
    let mut out = Vec::new();
    let mut category_position: BTreeMap<(Uuid, String), i32> = BTreeMap::new();
    for (n, k, s) in nominations {
        let (Some((c, programme)), Some(k), Some(s)) = (published.iter().find(|(c, _)| c.id == n.cycle_id), k, s)
        else {
            continue;
        };
        category_position.insert((c.id, k.key.clone()), k.position);
        let words = &labels[&c.id];
        let mut public: Vec<(i32, PublicAnswer)> = answers
            .iter()
            .filter(|(a, _)| a.nomination_id == n.id)
            .filter_map(|(a, q)| {
                let q = q.as_ref()?;
                let label = words.question(&q.key, lang, &q.label).to_owned();
                Some((q.position, PublicAnswer { key: q.key.clone(), label, value: a.value.clone() }))
            })
            .collect();
        public.sort_by_key(|(p, _)| *p);
        let award = n.status.parse::<NominationStatus>().ok().and_then(Award::of).unwrap_or(Award::Finalist);
        let award = PublicAward {
            award,
            nomination: PublicNomination {
                id: n.id,
                title: n.title.clone(),
                institution: n.institution.clone(),
                summary: n.summary.clone(),
                language: n.language.as_deref().and_then(|l| l.parse().ok()),
                answers: public.into_iter().map(|(_, a)| a).collect(),
            },
            member_state: PublicState { code: s.code.clone(), name: s.name.clone(), region: s.region.clone() },
            category: PublicCategory { key: k.key.clone(), name: words.category(&k.key, lang, &k.name).to_owned() },
            cycle: PublicCycleRef {
                id: c.id,
                name: words.cycle_name(lang, c.year, &c.name),
                programme: words.programme(lang, programme).to_owned(),
                year: c.year,
                published_at: c.published_at.unwrap_or(c.publish_at),
            },
        };
        if filter.admits(&award) {
            out.push(award);
        }
    }
    let position: BTreeMap<Uuid, usize> = published.iter().enumerate().map(|(i, (c, _))| (c.id, i)).collect();
    let key_position =
        |a: &PublicAward| category_position.get(&(a.cycle.id, a.category.key.clone())).copied().unwrap_or(0);
    out.sort_by(|a, b| {
        (position.get(&a.cycle.id), key_position(a), a.award, &a.nomination.title).cmp(&(
            position.get(&b.cycle.id),
            key_position(b),
            b.award,
            &b.nomination.title,
        ))
    });
    Ok(out)
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
