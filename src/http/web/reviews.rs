//! A reviewer's pages: the assignments with their progress and due dates, and one page
//! per assignment with the nomination (as the stage lets them see it), the rubric with
//! each criterion's guidance and scale, and the scores to save, submit or, once
//! submitted, read. A conflict discovered on reading is declared from the same page.

use std::collections::BTreeMap;

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use uuid::Uuid;

use super::nav::{FieldErrors, Nav};
use crate::app::AppState;
use crate::domain::review::AssignmentStatus;
use crate::domain::stage::StageStatus;
use crate::format;
use crate::http::error::PageError;
use crate::http::extract::{CsrfForm, PagePath};
use crate::http::routes::Routes;
use crate::http::session::SignedIn;
use crate::service::review::{self, AssignmentDetail, ReviewDraft};
use crate::service::{Error, FieldError};

pub fn routes() -> Routes<AppState> {
    Routes::new()
        .get("/reviews", list)
        .get("/reviews/{id}", show)
        .post("/reviews/{id}", save)
        .post("/reviews/{id}/recuse", recuse)
}

#[derive(Template, WebTemplate)]
#[template(path = "reviewer/list.html")]
pub struct ListPage {
    nav: Nav,
    stages: Vec<StageRow>,
    notice: Option<String>,
}

pub struct StageRow {
    name: String,
    cycle: String,
    active: bool,
    due: String,
    time_left: String,
    done: usize,
    total: usize,
    /// Pending assignments, soonest due first.
    to_do: Vec<ItemRow>,
    /// Submitted and recused ones.
    finished: Vec<ItemRow>,
}

pub struct ItemRow {
    id: Uuid,
    title: String,
    category: String,
    status: String,
    /// The assignment's own due date where it differs from the stage's.
    due: Option<String>,
}

#[derive(Deserialize)]
struct Done {
    done: Option<String>,
}

async fn list(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Query(q): Query<Done>,
) -> Result<ListPage, PageError> {
    let now = state.clock.now();
    let desks = review::desk(&state.db, &signed_in.caller).await?;
    let lang = signed_in.viewer.lang;
    let stages = desks
        .into_iter()
        .map(|d| {
            let tz = d.time_zone.clone();
            let active: Vec<_> = d.items.iter().filter(|i| i.assignment.status != AssignmentStatus::Recused).collect();
            StageRow {
                name: d.name.clone(),
                cycle: d.cycle.clone(),
                active: d.status == StageStatus::Active,
                due: d.due_at.map(|t| format::instant(t, &tz)).unwrap_or_default(),
                time_left: d.due_at.map(|t| format::time_left(t, now)).unwrap_or_default(),
                done: active.iter().filter(|i| i.assignment.status == AssignmentStatus::Submitted).count(),
                total: active.len(),
                to_do: d
                    .items
                    .iter()
                    .filter(|i| i.assignment.status == AssignmentStatus::Pending)
                    .map(|i| item(lang, i, &d))
                    .collect(),
                finished: d
                    .items
                    .iter()
                    .filter(|i| i.assignment.status != AssignmentStatus::Pending)
                    .map(|i| item(lang, i, &d))
                    .collect(),
            }
        })
        .collect();
    let notice = match q.done.as_deref() {
        Some("recused") => Some(lang.t("reviews-notice-recused")),
        _ => None,
    };
    Ok(ListPage { nav: Nav::from(&signed_in.viewer), stages, notice })
}

fn item(lang: crate::i18n::Lang, i: &review::DeskItem, d: &review::StageDesk) -> ItemRow {
    ItemRow {
        id: i.assignment.id,
        status: lang.t(match (i.assignment.status, i.draft) {
            (AssignmentStatus::Submitted, _) => "reviews-item-submitted",
            (AssignmentStatus::Recused, _) => "reviews-item-recused",
            (_, true) => "reviews-item-saved",
            _ => "reviews-item-to-review",
        }),
        title: i.title.clone(),
        category: i.category.clone(),
        due: i
            .assignment
            .due_at
            .filter(|due| Some(*due) != d.due_at)
            .map(|due| format::Zoned::new(due, &d.time_zone).instant(lang)),
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "reviewer/review.html")]
pub struct ReviewPage {
    nav: Nav,
    id: Uuid,
    detail: AssignmentDetail,
    due: String,
    time_left: String,
    editable: bool,
    submitted: bool,
    recused: bool,
    criteria: Vec<CriterionRow>,
    comment: String,
    notice: Option<String>,
    alert: Option<String>,
    errors: FieldErrors,
    /// The juror's other assignments in this stage, in the order of their list.
    place: Place,
}

/// Where an assignment sits among the juror's assignments in its stage.
#[derive(Default)]
pub struct Place {
    previous: Option<Uuid>,
    next: Option<Uuid>,
    /// One-based position and the count, for "3 of 40".
    position: usize,
    total: usize,
}

pub struct CriterionRow {
    key: String,
    label: String,
    guidance: String,
    min: String,
    max: String,
    weight: String,
    /// The points a juror chooses from, each with its description where the definition
    /// gives one; empty for a scale too fine to list, which takes a typed number.
    points: Vec<Point>,
    value: String,
    comment: String,
    error: Option<String>,
    /// What still keeps this criterion from being submitted, while the review is a draft.
    todo: Option<String>,
}

pub struct Point {
    value: String,
    label: String,
}

impl CriterionRow {
    fn described_by(&self) -> String {
        let problem = if self.error.is_some() {
            Some(format!("score-{}-error", self.key))
        } else {
            self.todo.as_ref().map(|_| format!("score-{}-todo", self.key))
        };
        let guidance = (!self.guidance.is_empty()).then(|| format!("score-{}-help", self.key));
        problem.into_iter().chain(guidance).collect::<Vec<_>>().join(" ")
    }
}

/// A score as a person writes it: "7", "7.5".
pub(super) fn number(v: f64) -> String {
    if v.fract() == 0.0 { format!("{v:.0}") } else { format!("{v}") }
}

/// The most points a scale lists as choices; a finer one is typed.
const MOST_POINTS: f64 = 21.0;

/// Each whole point of the scale, described where the definition describes it.
fn points(c: &crate::service::cycles::CriterionView) -> Vec<Point> {
    let whole = c.min.fract() == 0.0 && c.max.fract() == 0.0 && c.max >= c.min;
    if !whole || c.max - c.min + 1.0 > MOST_POINTS {
        return Vec::new();
    }
    // Bounded by MOST_POINTS above.
    #[allow(clippy::cast_possible_truncation)]
    let (low, high) = (c.min as i64, c.max as i64);
    (low..=high)
        .map(|n| {
            // Whole numbers of at most a few digits: exact as floats.
            #[allow(clippy::cast_precision_loss)]
            let at = n as f64;
            let words = c.levels.iter().find(|l| (l.score - at).abs() < f64::EPSILON).map(|l| l.label.clone());
            Point { value: n.to_string(), label: words.unwrap_or_default() }
        })
        .collect()
}

fn page(
    signed_in: &SignedIn,
    detail: AssignmentDetail,
    posted: Option<&BTreeMap<String, String>>,
    errors: Vec<FieldError>,
    now: chrono::DateTime<chrono::Utc>,
) -> ReviewPage {
    let errors = FieldErrors(errors);
    let todos = FieldErrors(detail.problems.clone());
    let saved = detail.review.as_ref();
    let criteria = detail
        .criteria
        .iter()
        .map(|c| {
            let name = format!("scores.{}", c.key);
            let value = posted
                .and_then(|p| p.get(&name).cloned())
                .or_else(|| saved.and_then(|r| r.scores.get(&c.key)).map(|v| number(*v)))
                .unwrap_or_default();
            let comment = posted
                .and_then(|p| p.get(&format!("comments.{}", c.key)).cloned())
                .or_else(|| saved.and_then(|r| r.comments.get(&c.key)).cloned())
                .unwrap_or_default();
            // An unscored criterion shows as such; only a score outside its scale (kept
            // from the API) is worth a word beside it.
            let scored = saved.is_some_and(|r| r.scores.contains_key(&c.key));
            CriterionRow {
                error: errors.get(&name).map(str::to_owned),
                todo: todos.get(&name).filter(|_| scored).map(str::to_owned),
                key: c.key.clone(),
                label: c.label.clone(),
                guidance: c.guidance.clone().unwrap_or_default(),
                min: number(c.min),
                max: number(c.max),
                weight: number(c.weight),
                points: points(c),
                value,
                comment,
            }
        })
        .collect();
    let comment =
        posted.and_then(|p| p.get("comment").cloned()).or_else(|| saved.map(|r| r.comment.clone())).unwrap_or_default();
    let status = detail.status;
    ReviewPage {
        nav: Nav::from(&signed_in.viewer),
        id: detail.id,
        due: detail.stage.due_at.map(|t| format::instant(t, &detail.time_zone)).unwrap_or_default(),
        time_left: detail.stage.due_at.map(|t| format::time_left(t, now)).unwrap_or_default(),
        editable: status == AssignmentStatus::Pending,
        submitted: status == AssignmentStatus::Submitted,
        recused: status == AssignmentStatus::Recused,
        criteria,
        comment,
        notice: None,
        alert: None,
        errors,
        detail,
        place: Place::default(),
    }
}

/// The assignments before and after `id` in the juror's list of its stage.
async fn place(state: &AppState, signed_in: &SignedIn, id: Uuid) -> Result<Place, PageError> {
    // The secretariat reads an assignment on its own; only its juror pages through them.
    if signed_in.caller.role != crate::domain::user::Role::Reviewer {
        return Ok(Place::default());
    }
    let desks = review::desk(&state.db, &signed_in.caller).await?;
    let Some(stage) = desks.iter().find(|d| d.items.iter().any(|i| i.assignment.id == id)) else {
        return Ok(Place::default());
    };
    let order: Vec<Uuid> = stage
        .items
        .iter()
        .filter(|i| i.assignment.status != AssignmentStatus::Recused || i.assignment.id == id)
        .map(|i| i.assignment.id)
        .collect();
    let at = order.iter().position(|a| *a == id).unwrap_or(0);
    Ok(Place {
        previous: at.checked_sub(1).map(|i| order[i]),
        next: order.get(at + 1).copied(),
        position: at + 1,
        total: order.len(),
    })
}

async fn show(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath(id): PagePath<Uuid>,
    Query(q): Query<Done>,
) -> Result<ReviewPage, PageError> {
    let detail = review::get(&state.db, &signed_in.caller, id).await?;
    let mut page = page(&signed_in, detail, None, Vec::new(), state.clock.now());
    page.notice = match q.done.as_deref() {
        Some("saved") => Some(page.nav.t("review-notice-saved")),
        Some("submitted") => Some(page.nav.t("review-notice-submitted")),
        _ => None,
    };
    page.place = place(&state, &signed_in, id).await?;
    Ok(page)
}

/// Reads the rubric's fields. A blank score is "not scored yet"; anything else must be a
/// number, which the service keeps even outside the scale until submission. Every
/// score that is not a number is named at once.
fn draft(form: &BTreeMap<String, String>) -> (ReviewDraft, Vec<FieldError>) {
    let mut scores = BTreeMap::new();
    let mut comments = BTreeMap::new();
    let mut errors = Vec::new();
    for (name, raw) in form {
        if let Some(key) = name.strip_prefix("comments.") {
            comments.insert(key.to_owned(), raw.replace("\r\n", "\n"));
            continue;
        }
        let Some(key) = name.strip_prefix("scores.") else { continue };
        let raw = raw.trim().replace(',', ".");
        if raw.is_empty() {
            continue;
        }
        match raw.parse::<f64>() {
            Ok(v) if v.is_finite() => {
                scores.insert(key.to_owned(), v);
            }
            _ => errors.push(FieldError::new(name.clone(), crate::i18n::say("refusal-score-number"))),
        }
    }
    let comment = form.get("comment").map(|c| c.replace("\r\n", "\n"));
    (ReviewDraft { scores, comment, comments }, errors)
}

/// What the review page's script is told after an autosave.
#[derive(serde::Serialize)]
struct Autosaved {
    saved: String,
}

async fn save(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath(id): PagePath<Uuid>,
    CsrfForm(form): CsrfForm<BTreeMap<String, String>>,
) -> Result<Response, PageError> {
    let now = state.clock.now();
    let caller = &signed_in.caller;
    let (draft, unreadable) = draft(&form);
    let action = form.get("action").map_or("save", String::as_str);
    // The readable scores are saved even when another is not a number, so nothing
    // typed is lost; the page then names every score still to fix.
    let saved = review::save(&state.db, caller, id, draft, now).await;
    if action == "autosave" {
        return Ok(match (saved, unreadable.is_empty()) {
            (Ok(detail), true) => {
                let at = format::Zoned::new(now, &detail.time_zone).instant(signed_in.viewer.lang);
                axum::Json(Autosaved { saved: at }).into_response()
            }
            (Ok(_), false) => autosave_refused(unreadable),
            (Err(Error::Validation(errors)), _) => autosave_refused(errors),
            (Err(e), _) => return Err(e.into()),
        });
    }
    let outcome = match saved {
        Ok(_) if !unreadable.is_empty() => Err(Error::Validation(unreadable)),
        Ok(_) if action == "submit" => review::submit(&state.db, caller, id, now).await.map(|_| "submitted"),
        Ok(_) => Ok("saved"),
        Err(Error::Validation(mut errors)) => {
            errors.extend(unreadable);
            Err(Error::Validation(errors))
        }
        Err(e) => Err(e),
    };
    match outcome {
        Ok(done) => {
            let next = if action == "next" { place(&state, &signed_in, id).await?.next } else { None };
            Ok(match next {
                Some(next) => Redirect::to(&format!("/reviews/{next}")),
                None => Redirect::to(&format!("/reviews/{id}?done={done}")),
            }
            .into_response())
        }
        Err(Error::Validation(errors)) => {
            let detail = review::get(&state.db, caller, id).await?;
            let count = errors.len();
            let mut page = page(&signed_in, detail, Some(&form), errors, now);
            page.alert = Some(page.nav.lang.t_with("review-alert-scores-count", &[("count", count.into())]));
            page.place = place(&state, &signed_in, id).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

/// An autosave that kept what it could: what is left to fix, in words.
fn autosave_refused(errors: Vec<FieldError>) -> Response {
    let message =
        errors.iter().map(|e| format!("{}: {}", e.field.split('.').next_back().unwrap_or_default(), e.message));
    let body = serde_json::json!({ "message": message.collect::<Vec<_>>().join("; ") });
    (StatusCode::UNPROCESSABLE_ENTITY, axum::Json(body)).into_response()
}

#[derive(Deserialize)]
struct Recusal {
    reason: String,
}

async fn recuse(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath(id): PagePath<Uuid>,
    CsrfForm(form): CsrfForm<Recusal>,
) -> Result<Response, PageError> {
    let now = state.clock.now();
    let base = state.settings.base_url();
    match review::recuse(&state.db, &signed_in.caller, id, &form.reason, &base, now).await {
        Ok(_) => Ok(Redirect::to("/reviews?done=recused").into_response()),
        Err(Error::Validation(errors)) => {
            let detail = review::get(&state.db, &signed_in.caller, id).await?;
            let mut page = page(&signed_in, detail, None, errors, now);
            page.alert = Some(page.nav.t("review-alert-conflict"));
            page.place = place(&state, &signed_in, id).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(e) => Err(e.into()),
    }
}
