//! A member state's nominations, from draft to submitted, withdrawn, and edited while
//! the cycle is open. Every use case checks the deadline against `now` itself, so the
//! millisecond after `closes_at` is refused whatever the clock job has done.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use entity::{answer, category, cycle, member_state, nomination, question};
use sea_orm::{
    ColumnTrait as _, ConnectionTrait, DatabaseConnection, DatabaseTransaction, EntityTrait as _, QueryFilter as _,
    QueryOrder as _, QuerySelect as _,
};
use uuid::Uuid;

use super::attachments::{self, AttachmentView};
use super::auth::Caller;
use super::{Error, FieldError, Listed, Paging, Result};
use crate::domain::cycle::{Phase, Timeline};
use crate::domain::nomination::{
    Action, Award, FIXED_FIELDS, NominationError, NominationStatus, Question, QuestionKind, check_action, check_format,
    check_stored,
};
use crate::domain::text;
use crate::domain::user::Role;
use crate::format;

mod clarification;
mod drafts;
mod entries;
mod list;
mod redactions;
mod submission;

pub(crate) use clarification::snapshot;
pub use clarification::{ANSWER_LIMIT, Change, ClarificationAnswer, answer_clarification, changes};
pub use drafts::*;
pub use entries::{Entry, EntrySort, entries, reviews_csv};
use list::narrow;
pub use list::{ListFilter, entries_csv, list};
pub(crate) use redactions::of as redactions_of;
pub use redactions::{Redaction, RedactionRequest, redact, redactions, unredact, withhold};
pub use submission::*;

/// What a focal point sends to create or change a nomination. Absent fields stay.
#[derive(Debug, Clone, Default, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    pub category: Option<String>,
    pub title: Option<String>,
    pub institution: Option<String>,
    pub summary: Option<String>,
    #[serde(default)]
    pub answers: BTreeMap<String, String>,
    /// The language the nomination is written in; on creation, the focal point's own
    /// when left out.
    pub language: Option<crate::i18n::Lang>,
}

/// A nomination as its member state and the secretariat see it.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct NominationView {
    pub id: Uuid,
    pub cycle: Uuid,
    pub category: String,
    pub member_state: String,
    pub title: String,
    pub institution: String,
    pub summary: String,
    /// The language it is written in; absent on nominations from before it was asked.
    pub language: Option<crate::i18n::Lang>,
    pub status: &'static str,
    /// For a focal point, once the decision on their nomination is made but not yet
    /// public: "announced at publication". The status stays `in_review` until then.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decision: Option<&'static str>,
    pub version: i32,
    pub answers: BTreeMap<String, String>,
    pub attachments: Vec<AttachmentView>,
    /// What still blocks its submission, field by field: empty when it could be
    /// submitted, and for a nomination already submitted.
    pub problems: Vec<FieldError>,
    /// The secretariat's question while the status is `clarification_requested`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clarification: Option<Clarification>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ineligible_reason: Option<String>,
    /// Given at its first submission, unique within the cycle: `KEN-014`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    pub submitted_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A question screening asked the focal points, and their answer once given.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct Clarification {
    pub question: String,
    pub due_at: Option<DateTime<Utc>>,
    pub asked_at: Option<DateTime<Utc>>,
    /// The name of the member of the secretariat who asked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub asked_by: Option<String>,
    pub answer: Option<String>,
    pub answered_at: Option<DateTime<Utc>>,
}

impl Clarification {
    /// The question asked of `n`, and its answer once given; `None` when none was asked.
    /// The asker's name is the caller's to add.
    #[must_use]
    pub fn of(n: &nomination::Model) -> Option<Self> {
        n.clarification_question.clone().map(|question| Self {
            question,
            due_at: n.clarification_due_at,
            asked_at: n.clarification_asked_at,
            asked_by: None,
            answer: n.clarification_answer.clone(),
            answered_at: n.clarification_answered_at,
        })
    }
}

/// The cycle a nomination belongs to, with the clock's verdict on it.
pub(super) struct Window {
    pub cycle: cycle::Model,
    pub phase: Phase,
}

pub(super) async fn window(db: &impl ConnectionTrait, cycle_id: Uuid, now: DateTime<Utc>) -> Result<Window> {
    let cycle = cycle::Entity::find_by_id(cycle_id).one(db).await?.ok_or(Error::NotFound("cycle"))?;
    let stored = cycle.phase.parse::<Phase>().map_err(anyhow::Error::msg)?;
    let phase = Timeline { opens_at: cycle.opens_at, closes_at: cycle.closes_at, publish_at: cycle.publish_at }
        .phase_at(stored, now);
    Ok(Window { cycle, phase })
}

impl Window {
    /// The focal points' window: open, to the millisecond.
    pub(super) fn require_open(&self) -> Result<()> {
        match self.phase {
            Phase::Open => Ok(()),
            Phase::Draft => {
                Err(NominationError::NotOpenYet { opens: format::instant(self.cycle.opens_at, &self.cycle.time_zone) }
                    .into())
            }
            _ => Err(NominationError::DeadlinePassed {
                closes: format::instant(self.cycle.closes_at, &self.cycle.time_zone),
            }
            .into()),
        }
    }
}

/// The one finder: a nomination the caller may see, or `NotFound` (never `Forbidden`:
/// another state's nominations are not even known to exist).
pub(super) async fn find_visible(db: &impl ConnectionTrait, caller: &Caller, id: Uuid) -> Result<nomination::Model> {
    let found = nomination::Entity::find_by_id(id).one(db).await?.ok_or(Error::NotFound("nomination"))?;
    let visible = match caller.role {
        Role::Admin => true,
        Role::Nominator => caller.member_state.as_deref() == Some(found.member_state.as_str()),
        Role::Reviewer => false,
    };
    if visible { Ok(found) } else { Err(Error::NotFound("nomination")) }
}

/// The nomination a focal point acts on: their state's, in a cycle open at `now`, in
/// a status that allows `action`.
pub(super) async fn for_action(
    db: &DatabaseConnection,
    caller: &Caller,
    id: Uuid,
    action: Action,
    now: DateTime<Utc>,
) -> Result<(nomination::Model, NominationStatus)> {
    caller.require(Role::Nominator)?;
    let found = find_visible(db, caller, id).await?;
    let status = status_of(&found)?;
    if status == NominationStatus::ClarificationRequested {
        // Screening has asked a question: the focal point answers by the date it set,
        // whatever the cycle's own deadline.
        let window = window(db, found.cycle_id, now).await?;
        if let Some(due) = found.clarification_due_at
            && now > due
        {
            return Err(
                NominationError::ClarificationOverdue { due: format::instant(due, &window.cycle.time_zone) }.into()
            );
        }
    } else {
        window(db, found.cycle_id, now).await?.require_open()?;
    }
    check_action(status, action)?;
    Ok((found, status))
}

/// Holds the nomination's row until the transaction ends, so changes that depend on
/// what it already has (its attachment count, say) are serialised.
pub(super) async fn lock(tx: &DatabaseTransaction, id: Uuid) -> Result<()> {
    nomination::Entity::find_by_id(id).lock_exclusive().one(tx).await?.ok_or(Error::NotFound("nomination"))?;
    Ok(())
}

pub(super) fn status_of(n: &nomination::Model) -> Result<NominationStatus> {
    Ok(n.status.parse::<NominationStatus>().map_err(anyhow::Error::msg)?)
}

pub(super) async fn questions(db: &impl ConnectionTrait, cycle_id: Uuid) -> Result<Vec<(Uuid, Question)>> {
    question::Entity::find()
        .filter(question::Column::CycleId.eq(cycle_id))
        .order_by_asc(question::Column::Position)
        .all(db)
        .await?
        .into_iter()
        .map(|q| {
            let choices = q
                .choices
                .as_ref()
                .and_then(|c| serde_json::from_value::<Vec<String>>(c.clone()).ok())
                .unwrap_or_default();
            Ok((
                q.id,
                Question {
                    key: q.key,
                    label: q.label,
                    help: q.help,
                    kind: q.kind.parse().map_err(anyhow::Error::new)?,
                    required: q.required,
                    max_length: q.max_length,
                    choices,
                },
            ))
        })
        .collect()
}

/// Checks the answers given against what storage holds: unknown keys, answers too long
/// or carrying line breaks or disguising characters are named. Format is
/// [`problems`]'s to report, so a draft keeps "about 9 million" until it is fixed.
pub(super) fn check_answers(
    form: &[(Uuid, Question)],
    answers: &BTreeMap<String, String>,
    errors: &mut Vec<FieldError>,
) {
    for (key, value) in answers {
        match form.iter().find(|(_, q)| &q.key == key) {
            None => {
                errors.push(FieldError::new(format!("answers.{key}"), crate::i18n::say("refusal-no-such-question")))
            }
            Some((_, q)) => {
                if let Err(m) = check_stored(q, value) {
                    errors.push(FieldError::new(format!("answers.{key}"), m));
                }
            }
        }
    }
}

/// Everything that stands between a nomination and its submission, in the form's
/// order: each missing or malformed field and answer, then missing documents. One list
/// for the draft's checklist, the API's `problems` and the refusal of `submit`, so the
/// three never disagree and a focal point learns of every problem at once.
pub(super) fn problems(
    form: &[(Uuid, Question)],
    min_attachments: i32,
    fields: [(&str, &str); 3],
    answers: &BTreeMap<String, String>,
    attached: usize,
) -> Vec<FieldError> {
    let required = || crate::i18n::say("refusal-required");
    let mut found: Vec<FieldError> = fields
        .iter()
        .filter(|(_, value)| value.trim().is_empty())
        .map(|(field, _)| FieldError::new(*field, required()))
        .collect();
    for (_, q) in form {
        let answer = answers.get(&q.key).map(|v| v.trim()).unwrap_or_default();
        let field = format!("answers.{}", q.key);
        if q.required && answer.is_empty() {
            found.push(FieldError::new(field, required()));
        } else if let Err(m) = check_stored(q, answer).and_then(|()| check_format(q, answer)) {
            found.push(FieldError::new(field, m));
        }
    }
    if attached < usize::try_from(min_attachments).unwrap_or(0) {
        found.push(FieldError::new(
            "attachments",
            crate::i18n::say_with("refusal-attachments-required", &[("count", min_attachments.into())]),
        ));
    }
    found
}

pub(super) fn check_fixed_fields(draft: &Draft, errors: &mut Vec<FieldError>) {
    for field in FIXED_FIELDS {
        let value = match field.name {
            "title" => draft.title.as_ref(),
            "institution" => draft.institution.as_ref(),
            _ => draft.summary.as_ref(),
        };
        let Some(value) = value else { continue };
        let length = value.chars().count();
        let shape = if field.kind == QuestionKind::Text { text::check_line(value) } else { text::check_block(value) };
        if length > field.max_chars {
            errors.push(FieldError::new(
                field.name,
                crate::i18n::say_with(
                    "refusal-too-long",
                    &[("limit", field.max_chars.into()), ("length", length.into())],
                ),
            ));
        } else if let Err(problem) = shape {
            errors.push(FieldError::new(field.name, problem));
        }
    }
}

/// One nomination.
///
/// # Errors
/// `NotFound` for no such nomination or one of another member state.
pub async fn get(db: &DatabaseConnection, caller: &Caller, id: Uuid, now: DateTime<Utc>) -> Result<NominationView> {
    let n = find_visible(db, caller, id).await?;
    let published =
        if caller.role == Role::Admin { true } else { published_cycles(db, now).await?.contains(&n.cycle_id) };
    let mut v = view(db, n).await?;
    embargo(&mut v, caller, published);
    Ok(v)
}

/// The ids of the cycles whose results are public at `now`, for the embargo: the same
/// clock rule every public reader of results goes through.
async fn published_cycles(db: &impl ConnectionTrait, now: DateTime<Utc>) -> Result<BTreeSet<Uuid>> {
    Ok(super::publishing::published_cycles(db, now).await?.into_iter().map(|c| c.id).collect())
}

/// What a focal point may know of a decision before publication: that it is made and
/// when it will be announced, not what it is.
fn embargo(v: &mut NominationView, caller: &Caller, published: bool) {
    if caller.role != Role::Nominator {
        return;
    }
    let Ok(status) = v.status.parse::<NominationStatus>() else { return };
    let seen = status.as_nominator_sees(published);
    if seen != status {
        v.status = seen.as_str();
        v.decision = Some(UNDER_EMBARGO);
    }
}

/// `decision` on a focal point's nomination whose award is under embargo.
pub const UNDER_EMBARGO: &str = "announced at publication";

pub(super) async fn view(db: &impl ConnectionTrait, n: nomination::Model) -> Result<NominationView> {
    views(db, vec![n]).await?.pop().ok_or(Error::NotFound("nomination"))
}

/// The views of many nominations in a handful of reads, whatever their number: a page
/// of a hundred, or the thousand rows of a CSV.
pub(super) async fn views(db: &impl ConnectionTrait, rows: Vec<nomination::Model>) -> Result<Vec<NominationView>> {
    let ids: Vec<Uuid> = rows.iter().map(|n| n.id).collect();
    let categories: BTreeMap<Uuid, String> = category::Entity::find()
        .filter(category::Column::Id.is_in(rows.iter().map(|n| n.category_id).collect::<BTreeSet<_>>()))
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c.key))
        .collect();
    let mut answers: BTreeMap<Uuid, BTreeMap<String, String>> = BTreeMap::new();
    for (a, q) in answer::Entity::find()
        .filter(answer::Column::NominationId.is_in(ids.clone()))
        .find_also_related(question::Entity)
        .all(db)
        .await?
    {
        if let Some(q) = q {
            answers.entry(a.nomination_id).or_default().insert(q.key, a.value);
        }
    }
    let mut files = attachments::of_many(db, &ids).await?;
    let askers: BTreeSet<Uuid> = rows.iter().filter_map(|n| n.clarification_asked_by).collect();
    let names: BTreeMap<Uuid, String> = if askers.is_empty() {
        BTreeMap::new()
    } else {
        entity::user::Entity::find()
            .filter(entity::user::Column::Id.is_in(askers))
            .all(db)
            .await?
            .into_iter()
            .map(|u| (u.id, u.name))
            .collect()
    };
    // The forms of the cycles whose nominations can still be submitted, for their
    // problems; a list of the secretariat's in-review entries reads none.
    let open: BTreeSet<Uuid> = rows.iter().filter(|n| can_be_submitted(n)).map(|n| n.cycle_id).collect();
    let mut forms: BTreeMap<Uuid, (Vec<(Uuid, Question)>, i32)> = BTreeMap::new();
    for c in cycle::Entity::find().filter(cycle::Column::Id.is_in(open)).all(db).await? {
        forms.insert(c.id, (questions(db, c.id).await?, c.min_attachments));
    }
    Ok(rows
        .into_iter()
        .map(|n| {
            let category = categories.get(&n.category_id).cloned().unwrap_or_default();
            let given = answers.remove(&n.id).unwrap_or_default();
            let attached = files.remove(&n.id).unwrap_or_default();
            let problems = match forms.get(&n.cycle_id) {
                Some((form, min)) if can_be_submitted(&n) => problems(
                    form,
                    *min,
                    [("title", &n.title), ("institution", &n.institution), ("summary", &n.summary)],
                    &given,
                    attached.len(),
                ),
                _ => Vec::new(),
            };
            let asker = n.clarification_asked_by.and_then(|id| names.get(&id).cloned());
            let mut v = assemble(n, category, given, attached);
            v.problems = problems;
            if let Some(c) = v.clarification.as_mut() {
                c.asked_by = asker;
            }
            v
        })
        .collect())
}

/// A draft, or a nomination the secretariat asked about: the two a focal point still
/// submits, and so the two with problems to list.
fn can_be_submitted(n: &nomination::Model) -> bool {
    n.status == NominationStatus::Draft.as_str() || n.status == NominationStatus::ClarificationRequested.as_str()
}

fn assemble(
    n: nomination::Model,
    category: String,
    answers: BTreeMap<String, String>,
    attachments: Vec<AttachmentView>,
) -> NominationView {
    let clarification = Clarification::of(&n);
    NominationView {
        id: n.id,
        cycle: n.cycle_id,
        category,
        member_state: n.member_state,
        title: n.title,
        institution: n.institution,
        summary: n.summary,
        language: n.language.as_deref().and_then(|l| l.parse().ok()),
        status: status_of_str(&n.status),
        decision: None,
        version: n.version,
        answers,
        attachments,
        problems: Vec::new(),
        // The exchange stays on the nomination once answered, for the secretariat to
        // read beside what changed.
        clarification,
        ineligible_reason: n.ineligible_reason.clone(),
        reference: n.reference.clone(),
        submitted_at: n.submitted_at,
        created_at: n.created_at,
        updated_at: n.updated_at,
    }
}

fn status_of_str(s: &str) -> &'static str {
    s.parse::<NominationStatus>().map_or("unknown", NominationStatus::as_str)
}
