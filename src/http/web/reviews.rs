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
    items: Vec<ItemRow>,
}

pub struct ItemRow {
    id: Uuid,
    title: String,
    category: String,
    status: String,
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
                items: d
                    .items
                    .into_iter()
                    .map(|i| ItemRow {
                        id: i.assignment.id,
                        status: lang.t(match (i.assignment.status, i.draft) {
                            (AssignmentStatus::Submitted, _) => "reviews-item-submitted",
                            (AssignmentStatus::Recused, _) => "reviews-item-recused",
                            (_, true) => "reviews-item-saved",
                            _ => "reviews-item-to-review",
                        }),
                        title: i.title,
                        category: i.category,
                    })
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
}

pub struct CriterionRow {
    key: String,
    label: String,
    guidance: String,
    min: String,
    max: String,
    weight: String,
    /// Each described point of the scale: its score and what it means.
    levels: Vec<(String, String)>,
    value: String,
    error: Option<String>,
}

/// A score as a person writes it: "7", "7.5".
pub(super) fn number(v: f64) -> String {
    if v.fract() == 0.0 { format!("{v:.0}") } else { format!("{v}") }
}

fn page(
    signed_in: &SignedIn,
    detail: AssignmentDetail,
    posted: Option<&BTreeMap<String, String>>,
    errors: Vec<FieldError>,
    now: chrono::DateTime<chrono::Utc>,
) -> ReviewPage {
    let errors = FieldErrors(errors);
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
            CriterionRow {
                error: errors.get(&name).map(str::to_owned),
                key: c.key.clone(),
                label: c.label.clone(),
                guidance: c.guidance.clone().unwrap_or_default(),
                min: number(c.min),
                max: number(c.max),
                weight: number(c.weight),
                levels: c.levels.iter().map(|l| (number(l.score), l.label.clone())).collect(),
                value,
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
    }
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
    Ok(page)
}

/// Reads the rubric's fields. A blank score is "not scored yet"; anything else must be a
/// number, which the service then checks against the scale.
fn draft(form: &BTreeMap<String, String>) -> (ReviewDraft, Vec<FieldError>) {
    let mut scores = BTreeMap::new();
    let mut errors = Vec::new();
    for (name, raw) in form {
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
    (ReviewDraft { scores, comment: form.get("comment").cloned() }, errors)
}

async fn save(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath(id): PagePath<Uuid>,
    CsrfForm(form): CsrfForm<BTreeMap<String, String>>,
) -> Result<Response, PageError> {
    let now = state.clock.now();
    let caller = &signed_in.caller;
    let (draft, mut errors) = draft(&form);
    let submit = form.get("action").map(String::as_str) == Some("submit");
    let outcome = if errors.is_empty() {
        match review::save(&state.db, caller, id, draft, now).await {
            Ok(_) if submit => review::submit(&state.db, caller, id, now).await.map(|_| "submitted"),
            Ok(_) => Ok("saved"),
            Err(e) => Err(e),
        }
    } else {
        Err(Error::Validation(std::mem::take(&mut errors)))
    };
    match outcome {
        Ok(done) => Ok(Redirect::to(&format!("/reviews/{id}?done={done}")).into_response()),
        Err(Error::Validation(errors)) => {
            let detail = review::get(&state.db, caller, id).await?;
            let mut page = page(&signed_in, detail, Some(&form), errors, now);
            page.alert = Some(page.nav.t("review-alert-scores"));
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(e) => Err(e.into()),
    }
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
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(e) => Err(e.into()),
    }
}
