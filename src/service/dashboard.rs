//! What a focal point's pages show: their state's nominations per cycle and category
//! with the quota used and the time left, and a nomination's form with what the
//! cycle asks and what may still be done with it.

use chrono::{DateTime, Utc};
use entity::{category, cycle, nomination};
use sea_orm::{ColumnTrait as _, DatabaseConnection, EntityTrait as _, QueryFilter as _, QueryOrder as _};
use uuid::Uuid;

use super::auth::Caller;
use super::nominations::{self, NominationView, questions, window};
use super::{Error, Result};
use crate::domain::cycle::{Phase, Timeline};
use crate::domain::definition::Labels;
use crate::domain::nomination::{Action, COUNTS_TOWARD_QUOTA, NominationStatus, Question, check_action};
use crate::domain::user::Role;

/// One cycle on a focal point's dashboard.
#[derive(Debug, Clone)]
pub struct CycleDesk {
    pub id: Uuid,
    pub name: String,
    pub time_zone: String,
    pub closes_at: DateTime<Utc>,
    pub open: bool,
    pub categories: Vec<CategoryDesk>,
}

/// One category of a cycle, with the state's nominations in it.
#[derive(Debug, Clone)]
pub struct CategoryDesk {
    pub key: String,
    pub name: String,
    pub description: Option<String>,
    pub max_per_state: i32,
    /// Nominations that count toward `max_per_state` (submitted and beyond).
    pub used: i32,
    pub nominations: Vec<nomination::Model>,
}

/// The cycles a focal point works on: every open one, and every other (not in draft)
/// where their state has nominations. Newest deadline first.
///
/// # Errors
/// `Forbidden` for anyone but a nominator.
pub async fn dashboard(db: &DatabaseConnection, caller: &Caller, now: DateTime<Utc>) -> Result<Vec<CycleDesk>> {
    caller.require(Role::Nominator)?;
    let state = caller.member_state.clone().unwrap_or_default();
    let ours = nomination::Entity::find()
        .filter(nomination::Column::MemberState.eq(state))
        .order_by_asc(nomination::Column::CreatedAt)
        .all(db)
        .await?;
    let lang = crate::i18n::current();
    let mut shown = Vec::new();
    for c in cycle::Entity::find().order_by_desc(cycle::Column::ClosesAt).all(db).await? {
        let stored = c.phase.parse::<Phase>().map_err(anyhow::Error::msg)?;
        let phase =
            Timeline { opens_at: c.opens_at, closes_at: c.closes_at, publish_at: c.publish_at }.phase_at(stored, now);
        let published = phase == Phase::Published;
        let mine: Vec<nomination::Model> = ours
            .iter()
            .filter(|n| n.cycle_id == c.id)
            .map(|n| {
                let mut n = n.clone();
                if let Ok(status) = n.status.parse::<NominationStatus>() {
                    n.status = status.as_nominator_sees(published).as_str().to_owned();
                }
                n
            })
            .collect();
        if phase == Phase::Draft || (phase != Phase::Open && mine.is_empty()) {
            continue;
        }
        shown.push((c, phase, mine));
    }
    // Every shown cycle's categories in one read, however many cycles there are.
    let mut categories_of: std::collections::HashMap<uuid::Uuid, Vec<category::Model>> =
        std::collections::HashMap::new();
    for k in category::Entity::find()
        .filter(category::Column::CycleId.is_in(shown.iter().map(|(c, ..)| c.id)))
        .order_by_asc(category::Column::Position)
        .all(db)
        .await?
    {
        categories_of.entry(k.cycle_id).or_default().push(k);
    }
    let counted = COUNTS_TOWARD_QUOTA.map(NominationStatus::as_str);
    let mut desks = Vec::with_capacity(shown.len());
    for (c, phase, mine) in shown {
        let labels = Labels::of(&c.definition);
        let categories = categories_of
            .remove(&c.id)
            .unwrap_or_default()
            .into_iter()
            .map(|k| {
                let nominations: Vec<nomination::Model> =
                    mine.iter().filter(|n| n.category_id == k.id).cloned().collect();
                let used = nominations.iter().filter(|n| counted.contains(&n.status.as_str())).count();
                CategoryDesk {
                    name: labels.category(&k.key, lang, &k.name).to_owned(),
                    description: k
                        .description
                        .as_deref()
                        .map(|d| labels.category_description(&k.key, lang, d).to_owned()),
                    key: k.key,
                    max_per_state: k.max_per_state,
                    used: i32::try_from(used).unwrap_or(i32::MAX),
                    nominations,
                }
            })
            .collect();
        desks.push(CycleDesk {
            id: c.id,
            name: labels.cycle_name(lang, c.year, &c.name),
            time_zone: c.time_zone,
            closes_at: c.closes_at,
            open: phase == Phase::Open,
            categories,
        });
    }
    Ok(desks)
}

/// A nomination's form: the cycle's questions and what the viewer may do now.
#[derive(Debug, Clone)]
pub struct Form {
    pub cycle_id: Uuid,
    pub cycle_name: String,
    pub time_zone: String,
    pub closes_at: DateTime<Utc>,
    pub category_key: String,
    pub category_name: String,
    pub questions: Vec<Question>,
    /// The cycle's words by language, for the questions' labels, help and choices.
    pub labels: Labels,
    pub max_attachments: i32,
    pub min_attachments: i32,
    /// The nomination, or `None` for a new one.
    pub nomination: Option<NominationView>,
    pub status: NominationStatus,
    pub can_edit: bool,
    pub can_submit: bool,
    pub can_withdraw: bool,
}

/// The form of an existing nomination, for its state's focal points and the secretariat.
///
/// # Errors
/// `NotFound` when the caller may not see it.
pub async fn form(db: &DatabaseConnection, caller: &Caller, id: Uuid, now: DateTime<Utc>) -> Result<Form> {
    let view = nominations::get(db, caller, id, now).await?;
    let status = view.status.parse::<NominationStatus>().map_err(anyhow::Error::msg)?;
    let mut form = blank(db, view.cycle, &view.category, now).await?;
    let answering = status == NominationStatus::ClarificationRequested
        && view.clarification.as_ref().and_then(|c| c.due_at).is_none_or(|due| now <= due);
    let acts = caller.role == Role::Nominator && (form.can_edit || answering);
    form.can_edit = acts && check_action(status, Action::Edit).is_ok();
    form.can_submit = acts && check_action(status, Action::Submit).is_ok();
    form.can_withdraw = acts && check_action(status, Action::Withdraw).is_ok();
    form.status = status;
    form.nomination = Some(view);
    Ok(form)
}

/// The form for a new nomination in `category` of an open cycle.
///
/// # Errors
/// `Forbidden` for anyone but a nominator, `NotFound` for an unknown cycle or category,
/// and the deadline's refusal once the cycle is not open.
pub async fn new_form(
    db: &DatabaseConnection,
    caller: &Caller,
    cycle_id: Uuid,
    category: &str,
    now: DateTime<Utc>,
) -> Result<Form> {
    caller.require(Role::Nominator)?;
    window(db, cycle_id, now).await?.require_open()?;
    let mut form = blank(db, cycle_id, category, now).await?;
    form.can_submit = true;
    Ok(form)
}

/// The nomination form of a category as a focal point will see it, for the secretariat
/// to preview in any phase: nothing it shows can be sent.
///
/// # Errors
/// `Forbidden` for non-admins; `NotFound` for a cycle or category that does not exist.
pub async fn preview_form(
    db: &DatabaseConnection,
    caller: &Caller,
    cycle_id: Uuid,
    category: &str,
    now: DateTime<Utc>,
) -> Result<Form> {
    caller.require_admin()?;
    let mut form = blank(db, cycle_id, category, now).await?;
    form.can_edit = true;
    form.can_submit = true;
    Ok(form)
}

async fn blank(db: &DatabaseConnection, cycle_id: Uuid, category: &str, now: DateTime<Utc>) -> Result<Form> {
    let window = window(db, cycle_id, now).await?;
    let category = category::Entity::find()
        .filter(category::Column::CycleId.eq(cycle_id))
        .filter(category::Column::Key.eq(category))
        .one(db)
        .await?
        .ok_or(Error::NotFound("category"))?;
    let questions = questions(db, cycle_id).await?.into_iter().map(|(_, q)| q).collect();
    let c = window.cycle;
    let (labels, lang) = (Labels::of(&c.definition), crate::i18n::current());
    Ok(Form {
        cycle_id,
        cycle_name: labels.cycle_name(lang, c.year, &c.name),
        time_zone: c.time_zone,
        closes_at: c.closes_at,
        category_name: labels.category(&category.key, lang, &category.name).to_owned(),
        category_key: category.key,
        questions,
        labels,
        max_attachments: c.max_attachments,
        min_attachments: c.min_attachments,
        nomination: None,
        status: NominationStatus::Draft,
        can_edit: window.phase == Phase::Open,
        can_submit: false,
        can_withdraw: false,
    })
}
