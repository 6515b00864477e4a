//! Everything about one nomination for the secretariat, on one page: what was
//! submitted, what each stage made of it and who decided, the emails it caused and its
//! audit history. Reviewers are named here, as they never are to the focal points.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use entity::{
    assignment, audit_event, category, criterion, cycle, member_state, outbox_message, question, review, review_score,
    stage, stage_result, user,
};
use sea_orm::{ColumnTrait as _, Condition, DatabaseConnection, EntityTrait as _, QueryFilter as _, QueryOrder as _};
use uuid::Uuid;

use super::auth::Caller;
use super::nominations::{self, NominationView};
use super::{Error, Result};
use crate::domain::definition::Labels;
use crate::domain::review::AssignmentStatus;
use crate::domain::stage::{StageKind, StageOutcome};

/// One nomination as the secretariat reads it.
#[derive(Debug, Clone)]
pub struct Dossier {
    pub nomination: NominationView,
    pub cycle: cycle::Model,
    /// The category's name in the reader's language.
    pub category: String,
    pub member_state: String,
    /// Each question of the cycle with the answer given, in the form's order; unanswered
    /// questions are kept so a gap shows.
    pub answers: Vec<(String, String)>,
    /// The fields jurors read, by path (`title`, `summary`, `answers.<key>`) with their
    /// labels: where the secretariat may withhold a passage.
    pub fields: Vec<(String, String)>,
    /// The passages withheld from jurors in blind stages.
    pub redactions: Vec<nominations::Redaction>,
    /// What the focal point changed while answering a clarification, each change with
    /// its field's label; empty when no question was asked.
    pub changes: Vec<(String, nominations::Change)>,
    /// Who asked the clarification question, by name.
    pub asked_by: Option<String>,
    /// The stages the nomination reached, in order.
    pub stages: Vec<StageRecord>,
    /// Emails about the nomination, oldest first.
    pub emails: Vec<outbox_message::Model>,
    /// The nomination's audit history and its assignments', newest first.
    pub history: Vec<audit_event::Model>,
}

/// Each change with its field's label in `lang`, as the form names it.
pub(crate) fn labelled(
    changes: Vec<nominations::Change>,
    questions: &[question::Model],
    labels: &Labels,
    lang: crate::i18n::Lang,
) -> Vec<(String, nominations::Change)> {
    changes
        .into_iter()
        .map(|c| {
            let label = match c.field.strip_prefix("answers.") {
                Some(key) => questions
                    .iter()
                    .find(|q| q.key == key)
                    .map_or_else(|| key.to_owned(), |q| labels.question(&q.key, lang, &q.label).to_owned()),
                None => lang.t(&format!("nomination-field-{}", c.field)),
            };
            (label, c)
        })
        .collect()
}

/// What one stage did with the nomination.
#[derive(Debug, Clone)]
pub struct StageRecord {
    pub stage: Uuid,
    pub name: String,
    pub kind: StageKind,
    /// The stage's criteria (for screening, its checks), in order, as the reader reads them.
    pub criteria: Vec<(Uuid, String, String)>,
    pub reviews: Vec<ReviewRecord>,
    pub result: Option<ResultRecord>,
}

/// One reviewer's work on the nomination.
#[derive(Debug, Clone)]
pub struct ReviewRecord {
    pub reviewer: String,
    pub status: AssignmentStatus,
    pub due_at: Option<DateTime<Utc>>,
    pub submitted_at: Option<DateTime<Utc>>,
    pub recused_reason: Option<String>,
    /// Score per criterion id; a draft's scores too, since the secretariat may need to
    /// see how far a late juror has come.
    pub scores: BTreeMap<Uuid, f64>,
    pub comment: String,
}

/// The stage's decision on the nomination.
#[derive(Debug, Clone)]
pub struct ResultRecord {
    pub outcome: StageOutcome,
    pub score: Option<f64>,
    pub rank: Option<i32>,
    pub overridden: bool,
    pub rationale: Option<String>,
    /// For a screening: each check's key and whether it passed.
    pub checks: BTreeMap<String, bool>,
    pub decided_by: Option<String>,
    pub decided_at: DateTime<Utc>,
}

/// The dossier of nomination `id`.
///
/// # Errors
/// `Forbidden` for anyone but the secretariat; `NotFound` for no such nomination.
pub async fn of(db: &DatabaseConnection, caller: &Caller, id: Uuid) -> Result<Dossier> {
    caller.require_admin()?;
    // The row itself, once: its view, and the stage it is in now.
    let row = nominations::find_visible(db, caller, id).await?;
    let current_stage = row.current_stage_id;
    let before = row.clarification_before.clone();
    let asked_by = match row.clarification_asked_by {
        Some(who) => entity::user::Entity::find_by_id(who).one(db).await?.map(|u| u.name),
        None => None,
    };
    let nomination = nominations::view(db, row).await?;
    let lang = crate::i18n::current();
    let cycle = cycle::Entity::find_by_id(nomination.cycle).one(db).await?.ok_or(Error::NotFound("cycle"))?;
    let labels = Labels::of(&cycle.definition);
    let category = category::Entity::find()
        .filter(category::Column::CycleId.eq(cycle.id))
        .filter(category::Column::Key.eq(&nomination.category))
        .one(db)
        .await?
        .map(|c| labels.category(&c.key, lang, &c.name).to_owned())
        .unwrap_or_else(|| nomination.category.clone());
    let member_state = member_state::Entity::find_by_id(nomination.member_state.clone())
        .one(db)
        .await?
        .map_or_else(|| nomination.member_state.clone(), |s| s.name);
    let questions = question::Entity::find()
        .filter(question::Column::CycleId.eq(cycle.id))
        .order_by_asc(question::Column::Position)
        .all(db)
        .await?;
    let answers = questions
        .iter()
        .map(|q| {
            let answer = nomination.answers.get(&q.key).cloned().unwrap_or_default();
            (labels.question(&q.key, lang, &q.label).to_owned(), answer)
        })
        .collect();
    let changes = labelled(nominations::changes(before.as_ref(), &nomination), &questions, &labels, lang);
    let fields = [("title", "nomination-field-title"), ("summary", "nomination-field-summary")]
        .into_iter()
        .map(|(f, id)| (f.to_owned(), lang.t(id)))
        .chain(
            questions
                .iter()
                .map(|q| (format!("answers.{}", q.key), labels.question(&q.key, lang, &q.label).to_owned())),
        )
        .collect();
    let redactions = nominations::redactions_of(db, id).await?.into_iter().map(nominations::Redaction::from).collect();

    let assignments = assignment::Entity::find().filter(assignment::Column::NominationId.eq(id)).all(db).await?;
    let results = stage_result::Entity::find().filter(stage_result::Column::NominationId.eq(id)).all(db).await?;
    let reached: Vec<Uuid> =
        assignments.iter().map(|a| a.stage_id).chain(results.iter().map(|r| r.stage_id)).chain(current_stage).collect();
    let stage_rows = stage::Entity::find()
        .filter(stage::Column::Id.is_in(reached))
        .order_by_asc(stage::Column::Position)
        .all(db)
        .await?;
    let criteria = criterion::Entity::find()
        .filter(criterion::Column::StageId.is_in(stage_rows.iter().map(|s| s.id)))
        .order_by_asc(criterion::Column::Position)
        .all(db)
        .await?;
    let reviews = review::Entity::find()
        .filter(review::Column::AssignmentId.is_in(assignments.iter().map(|a| a.id)))
        .all(db)
        .await?;
    let scores = review_score::Entity::find()
        .filter(review_score::Column::ReviewId.is_in(reviews.iter().map(|r| r.id)))
        .all(db)
        .await?;
    let people: BTreeMap<Uuid, String> = user::Entity::find()
        .filter(
            user::Column::Id
                .is_in(assignments.iter().map(|a| a.reviewer_id).chain(results.iter().filter_map(|r| r.decided_by))),
        )
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.name))
        .collect();
    let name_of = |id: &Uuid| people.get(id).cloned().unwrap_or_default();

    let stages = stage_rows
        .iter()
        .map(|s| {
            let mut reviews: Vec<ReviewRecord> = assignments
                .iter()
                .filter(|a| a.stage_id == s.id)
                .map(|a| {
                    let written = reviews.iter().find(|r| r.assignment_id == a.id);
                    ReviewRecord {
                        reviewer: name_of(&a.reviewer_id),
                        status: a.status.parse().unwrap_or(AssignmentStatus::Pending),
                        due_at: a.due_at.or(s.due_at),
                        submitted_at: a.submitted_at,
                        recused_reason: a.recused_reason.clone(),
                        scores: written
                            .map(|w| {
                                scores
                                    .iter()
                                    .filter(|x| x.review_id == w.id)
                                    .map(|x| (x.criterion_id, x.score))
                                    .collect()
                            })
                            .unwrap_or_default(),
                        comment: written.map(|w| w.comment.clone()).unwrap_or_default(),
                    }
                })
                .collect();
            reviews.sort_by(|a, b| a.reviewer.cmp(&b.reviewer));
            let result = results.iter().find(|r| r.stage_id == s.id).map(|r| ResultRecord {
                outcome: r.outcome.parse().unwrap_or(StageOutcome::Eliminated),
                score: r.score,
                rank: r.rank,
                overridden: r.overridden,
                rationale: r.rationale.clone(),
                checks: r
                    .details
                    .as_ref()
                    .and_then(|d| d.get("checks"))
                    .and_then(|c| serde_json::from_value(c.clone()).ok())
                    .unwrap_or_default(),
                decided_by: r.decided_by.as_ref().map(name_of),
                decided_at: r.decided_at,
            });
            StageRecord {
                stage: s.id,
                name: labels.stage(&s.key, lang, &s.name).to_owned(),
                kind: s.kind.parse().unwrap_or(StageKind::Scoring),
                criteria: criteria
                    .iter()
                    .filter(|c| c.stage_id == s.id)
                    .map(|c| (c.id, c.key.clone(), labels.criterion(&s.key, &c.key, lang, &c.label).to_owned()))
                    .collect(),
                reviews,
                result,
            }
        })
        .collect();

    // Every email Laurel sends about a nomination carries its id in the key that keeps
    // it from being sent twice: receipts, clarifications, outcomes, replacements.
    let emails = outbox_message::Entity::find()
        .filter(outbox_message::Column::DedupeKey.contains(id.to_string()))
        .order_by_asc(outbox_message::Column::CreatedAt)
        .all(db)
        .await?;
    let history = audit_event::Entity::find()
        .filter(
            Condition::any()
                .add(
                    Condition::all()
                        .add(audit_event::Column::SubjectType.eq("nomination"))
                        .add(audit_event::Column::SubjectId.eq(id.to_string())),
                )
                .add(
                    Condition::all()
                        .add(audit_event::Column::SubjectType.eq("assignment"))
                        .add(audit_event::Column::SubjectId.is_in(assignments.iter().map(|a| a.id.to_string()))),
                ),
        )
        .order_by_desc(audit_event::Column::Seq)
        .all(db)
        .await?;

    Ok(Dossier {
        nomination,
        cycle,
        category,
        member_state,
        answers,
        fields,
        redactions,
        changes,
        asked_by,
        stages,
        emails,
        history,
    })
}
