//! The secretariat's review pages: the cycles and their stages; for a screening stage,
//! the checklist of each nomination and clarification requests; for a scoring stage,
//! assignment, the ranking per group with each review on demand, and advancement
//! previewed before it is confirmed, with overrides that need a written rationale.

use std::collections::BTreeMap;
use std::sync::Arc;

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use uuid::Uuid;

use super::nav::Nav;
use crate::app::AppState;
use crate::format;
use crate::http::error::{PageError, status_of};
use crate::http::extract::{CsrfForm, PagePath};
use crate::http::routes::Routes;
use crate::http::session::SignedIn;
use crate::service::ranking::{self, AdvanceRequest, AdvanceView, OverrideRequest};
use crate::service::review::{self, AssignRequest, Auto};
use crate::service::screening::{self, ClarificationRequest, ScreeningRequest};
use crate::service::{Error, cycles, people};

pub fn routes() -> Routes<AppState> {
    Routes::new()
        .get("/admin/cycles", cycle_list)
        .post("/admin/cycles/{id}/publish", publish)
        .get("/admin/stages/{id}", stage_page)
        .post("/admin/stages/{id}/assign", assign)
        .get("/admin/stages/{id}/assign-one", assign_one_page)
        .post("/admin/stages/{id}/assign-one", assign_one)
        .post("/admin/stages/{id}/advance", advance)
        .post("/admin/nominations/{id}/screening", screen)
        .post("/admin/nominations/{id}/clarification", clarify)
}

// ---------------------------------------------------------------------------------------
// Cycles
// ---------------------------------------------------------------------------------------

#[derive(Template, WebTemplate)]
#[template(path = "admin/cycles.html")]
pub struct CyclesPage {
    nav: Nav,
    cycles: Vec<cycles::CycleView>,
    notice: Option<String>,
}

#[derive(Deserialize)]
struct ListQuery {
    done: Option<String>,
}

async fn cycle_list(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Query(q): Query<ListQuery>,
) -> Result<CyclesPage, PageError> {
    signed_in.caller.require_admin()?;
    let cycles = cycles::list(&state.db, Some(&signed_in.caller), state.clock.now()).await?;
    let notice = match q.done.as_deref() {
        Some("published") => Some("The results are public, and the focal points and reviewers are being told.".into()),
        Some("scheduled") => Some("Publication is scheduled; the results stay private until then.".into()),
        _ => None,
    };
    Ok(CyclesPage { nav: Nav::from(&signed_in.viewer), cycles, notice })
}

#[derive(Deserialize)]
struct PublishForm {
    /// A local date and time in the cycle's time zone, or empty for now.
    #[serde(default)]
    at: String,
}

async fn publish(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath(id): PagePath<Uuid>,
    CsrfForm(form): CsrfForm<PublishForm>,
) -> Result<Response, PageError> {
    let now = state.clock.now();
    let cycle = cycles::get(&state.db, Some(&signed_in.caller), id, now).await?;
    let at = match form.at.trim() {
        "" => None,
        raw => Some(
            chrono::NaiveDateTime::parse_from_str(raw, "%Y-%m-%dT%H:%M")
                .ok()
                .and_then(|t| format::local_to_utc(t, &cycle.time_zone))
                .ok_or_else(|| Error::validation("at", "a date and time, such as 2027-06-23T14:00"))?,
        ),
    };
    let base = state.settings.base_url();
    let request = crate::service::publishing::PublishRequest { at };
    let done = crate::service::publishing::publish(&state.db, &signed_in.caller, id, request, &base, now).await?;
    state.public_cache.purge();
    let word = if done.phase == "published" { "published" } else { "scheduled" };
    Ok(Redirect::to(&format!("/admin/cycles?done={word}")).into_response())
}

// ---------------------------------------------------------------------------------------
// A stage
// ---------------------------------------------------------------------------------------

#[derive(Template, WebTemplate)]
#[template(path = "admin/stage.html")]
pub struct StagePage {
    nav: Nav,
    id: Uuid,
    name: String,
    cycle: String,
    kind: String,
    status: String,
    /// Scoring stages: the ranking and its advancement form, rendered.
    rendered: Option<Arc<RenderedRanking>>,
    /// Screening stages.
    preview: Option<AdvanceView>,
    queue: Vec<QueueRow>,
    checks: Vec<(String, String)>,
    notice: Option<String>,
    alert: Option<String>,
    shortfalls: Vec<String>,
}

/// The ranking section of a scoring stage: the ranking per group and, while the stage
/// is active, the advancement preview beside each line, with overrides as last typed.
#[derive(Template)]
#[template(path = "admin/stage_ranking.html")]
struct RankingSection<'a> {
    id: Uuid,
    with_reviews: bool,
    reliability: String,
    preview: Option<AdvanceView>,
    /// One table per group.
    table: Vec<TableGroup>,
    /// The outcomes an override may choose.
    outcomes: &'static [&'static str],
    /// Overrides as last typed, by nomination.
    typed: &'a BTreeMap<Uuid, (String, String)>,
}

/// A scoring stage's ranking as HTML. The ranking of 500 nominations with its
/// advancement form is half a megabyte of markup, the same for every admin until the
/// stage's data change, so a page shown as it stands is kept (see [`RankingPages`]).
pub struct RenderedRanking {
    /// The computation it shows (`ranking::version`).
    version: u64,
    /// What the page heads with, as of that computation.
    summary: ranking::StageSummary,
    /// Whether it holds the advancement form, which the page gives its CSRF token.
    advancing: bool,
    section: String,
}

/// Scoring stages' rankings as last rendered without typed overrides and without the
/// reviews, by stage. An entry is used only while its version is the stage's current
/// one, so a secretariat never sees a ranking older than its data.
#[derive(Default)]
pub struct RankingPages {
    pages: std::sync::Mutex<std::collections::HashMap<Uuid, Arc<RenderedRanking>>>,
}

/// Few stages are scored at once; beyond this many, start afresh.
const RANKING_PAGES: usize = 32;

impl RankingPages {
    fn get(&self, stage: Uuid, version: u64) -> Option<Arc<RenderedRanking>> {
        let pages = self.pages.lock().ok()?;
        pages.get(&stage).filter(|p| p.version == version).cloned()
    }

    fn put(&self, stage: Uuid, page: Arc<RenderedRanking>) {
        if let Ok(mut pages) = self.pages.lock() {
            if pages.len() >= RANKING_PAGES {
                pages.clear();
            }
            pages.insert(stage, page);
        }
    }
}

impl std::fmt::Debug for RankingPages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RankingPages")
    }
}

pub struct TableGroup {
    title: String,
    rows: Vec<TableRow>,
}

pub struct TableRow {
    row: ranking::Row,
    /// What the rule decides: `None` outside a preview, `Some(None)` when it needs a decision.
    rule: Option<Option<&'static str>>,
}

pub struct QueueRow {
    id: Uuid,
    title: String,
    member_state: String,
    status: &'static str,
    screened: &'static str,
}

impl RankingSection<'_> {
    fn percent(v: &f64) -> String {
        format!("{v:.1}")
    }

    fn typed_outcome(&self, nomination: &Uuid) -> &str {
        self.typed.get(nomination).map_or("", |(o, _)| o.as_str())
    }

    fn typed_rationale(&self, nomination: &Uuid) -> &str {
        self.typed.get(nomination).map_or("", |(_, r)| r.as_str())
    }
}

#[derive(Deserialize)]
struct StageQuery {
    reviews: Option<String>,
    done: Option<String>,
}

async fn build(
    state: &AppState,
    signed_in: &SignedIn,
    id: Uuid,
    with_reviews: bool,
    overrides: &[OverrideRequest],
) -> Result<StagePage, PageError> {
    let caller = &signed_in.caller;
    caller.require_admin()?;
    // A scoring stage's ranking as it stands is kept: the stamp's reads and this page's
    // frame are all a reload costs. With typed overrides or every review, it is made for
    // this request alone.
    let as_it_stands = overrides.is_empty() && !with_reviews;
    let kept = match as_it_stands {
        true => ranking::version(&state.db, caller, id).await?.and_then(|v| state.ranking_pages.get(id, v)),
        false => None,
    };
    let detail = match &kept {
        Some(rendered) => rendered.summary.clone(),
        None => ranking::stage_summary(&state.db, caller, id).await?,
    };
    let mut page = StagePage {
        nav: Nav::from(&signed_in.viewer),
        id,
        name: detail.name.clone(),
        cycle: detail.cycle.clone(),
        kind: detail.kind.clone(),
        status: detail.status.clone(),
        rendered: kept,
        preview: None,
        queue: Vec::new(),
        checks: detail.checks.clone(),
        notice: None,
        alert: None,
        shortfalls: Vec::new(),
    };
    if detail.kind == "screening" {
        page.queue = screening::queue(&state.db, caller, id)
            .await?
            .into_iter()
            .map(|q| QueueRow {
                id: q.nomination.id,
                title: q.nomination.title.clone(),
                member_state: q.nomination.member_state.clone(),
                status: q
                    .nomination
                    .status
                    .parse::<crate::domain::nomination::NominationStatus>()
                    .map_or("unknown", |s| s.label()),
                screened: match q.passed {
                    Some(true) => "Passed",
                    Some(false) => "Failed",
                    None => "Not screened",
                },
            })
            .collect();
        if detail.status == "active" {
            let request = AdvanceRequest { confirm: false, overrides: Vec::new() };
            page.preview = Some(ranking::advance(&state.db, caller, id, request, "", state.clock.now()).await?);
        }
        return Ok(page);
    }
    if page.rendered.is_none() {
        let (rendered, alert) = render_ranking(state, caller, detail, with_reviews, overrides).await?;
        let rendered = Arc::new(rendered);
        if as_it_stands && alert.is_none() {
            state.ranking_pages.put(id, rendered.clone());
        }
        page.rendered = Some(rendered);
        page.alert = alert;
    }
    Ok(page)
}

/// The ranking section of a scoring stage, and the reason the typed overrides could not
/// shape the preview, if they could not.
async fn render_ranking(
    state: &AppState,
    caller: &crate::service::auth::Caller,
    summary: ranking::StageSummary,
    with_reviews: bool,
    overrides: &[OverrideRequest],
) -> Result<(RenderedRanking, Option<String>), PageError> {
    let id = summary.id;
    // The overrides that are complete shape the preview; the rest stay typed in the
    // form, with the refusal saying what they lack.
    let complete: Vec<OverrideRequest> = overrides.iter().filter(|o| !o.rationale.trim().is_empty()).cloned().collect();
    let now = state.clock.now();
    let mut alert = None;
    let (view, preview) = match ranking::page(&state.db, caller, id, with_reviews, &complete, now).await {
        Ok(both) => both,
        Err(Error::Validation(errors)) => {
            alert = Some(errors.iter().map(|e| e.message.clone()).collect::<Vec<_>>().join("; "));
            (ranking::ranking(&state.db, caller, id, with_reviews).await?, None)
        }
        Err(e) => return Err(e.into()),
    };
    let decided: std::collections::HashMap<Uuid, Option<&'static str>> = preview
        .iter()
        .flat_map(|p| p.groups.iter().flat_map(|g| g.decisions.iter()))
        .map(|d| (d.nomination, d.outcome))
        .collect();
    let typed = overrides.iter().map(|o| (o.nomination, (o.outcome.clone(), o.rationale.clone()))).collect();
    let section = RankingSection {
        id,
        with_reviews,
        reliability: view.reliability.map_or_else(|| "not yet measurable".into(), |a| format!("{a:.3}")),
        table: view
            .groups
            .iter()
            .map(|g| TableGroup {
                title: match &g.region {
                    Some(region) => format!("{} — {region}", g.category),
                    None => g.category.clone(),
                },
                rows: g
                    .rows
                    .iter()
                    .map(|r| TableRow {
                        rule: preview.as_ref().map(|_| decided.get(&r.nomination).copied().flatten()),
                        row: r.clone(),
                    })
                    .collect(),
            })
            .collect(),
        preview,
        outcomes: if summary.last_stage { &["winner", "champion", "finalist"] } else { &["advanced", "eliminated"] },
        typed: &typed,
    };
    let advancing = section.preview.is_some();
    let section = section.render().map_err(|e| Error::Internal(e.into()))?;
    Ok((RenderedRanking { version: view.version, summary, advancing, section }, alert))
}

async fn stage_page(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath(id): PagePath<Uuid>,
    Query(q): Query<StageQuery>,
) -> Result<StagePage, PageError> {
    let mut page = build(&state, &signed_in, id, q.reviews.is_some(), &[]).await?;
    page.notice = match q.done.as_deref() {
        Some("assigned") => Some("Reviewers are assigned and have been emailed.".into()),
        Some("advanced") => Some("The stage is closed and its outcomes are recorded.".into()),
        Some("screened") => Some("The screening is recorded.".into()),
        Some("asked") => Some("The question is on its way to the nomination's focal points.".into()),
        _ => None,
    };
    Ok(page)
}

#[derive(Deserialize)]
struct AssignForm {
    per_nomination: String,
    #[serde(default)]
    max_load: String,
}

async fn assign(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath(id): PagePath<Uuid>,
    CsrfForm(form): CsrfForm<AssignForm>,
) -> Result<Response, PageError> {
    let parse = |field: &str, raw: &str| -> Result<Option<u32>, Error> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Ok(None);
        }
        raw.parse::<u32>().map(Some).map_err(|_| Error::validation(field, "a whole number"))
    };
    let request = AssignRequest {
        auto: Some(Auto {
            per_nomination: parse("per_nomination", &form.per_nomination)?,
            max_load: parse("max_load", &form.max_load)?,
        }),
        nomination: None,
        reviewer: None,
    };
    let base = state.settings.base_url();
    let done = review::assign(&state.db, &signed_in.caller, id, request, &base, state.clock.now()).await?;
    if done.shortfalls.is_empty() {
        return Ok(Redirect::to(&format!("/admin/stages/{id}?done=assigned")).into_response());
    }
    let mut page = build(&state, &signed_in, id, false, &[]).await?;
    page.notice = Some(format!("{} assignments made.", done.assignments.len()));
    page.shortfalls = done.shortfalls.iter().map(|s| format!("\"{}\": {}", s.title, s.reason)).collect();
    Ok(page.into_response())
}

#[derive(Deserialize)]
struct PairForm {
    nomination: Uuid,
    reviewer: Uuid,
}

/// Choosing one reviewer for one nomination of a scoring stage.
#[derive(Template, WebTemplate)]
#[template(path = "admin/assign_one.html")]
pub struct AssignOnePage {
    nav: Nav,
    stage: ranking::StageSummary,
    /// The stage's nominations in ranking order: id, title and member state.
    nominations: Vec<(Uuid, String, String)>,
    /// Active reviewers: id, name and nationality.
    reviewers: Vec<(Uuid, String, String)>,
    /// What was chosen, on a refusal.
    chosen: (Option<Uuid>, Option<Uuid>),
    alert: Option<String>,
}

impl AssignOnePage {
    async fn build(state: &AppState, signed_in: &SignedIn, id: Uuid) -> Result<Self, PageError> {
        let caller = &signed_in.caller;
        let stage = ranking::stage_summary(&state.db, caller, id).await?;
        if stage.kind != "scoring" {
            return Err(Error::NotFound("scoring stage").into());
        }
        let nominations = ranking::ranking(&state.db, caller, id, false)
            .await?
            .groups
            .into_iter()
            .flat_map(|g| g.rows)
            .map(|r| (r.nomination, r.title, r.member_state))
            .collect();
        Ok(Self {
            nav: Nav::from(&signed_in.viewer),
            stage,
            nominations,
            reviewers: people::reviewers(&state.db, caller).await?,
            chosen: (None, None),
            alert: None,
        })
    }
}

async fn assign_one_page(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath(id): PagePath<Uuid>,
) -> Result<AssignOnePage, PageError> {
    AssignOnePage::build(&state, &signed_in, id).await
}

/// One reviewer to one nomination, by hand; the conflict rules still apply. A refusal
/// shows the choice again with the reason.
async fn assign_one(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath(id): PagePath<Uuid>,
    CsrfForm(form): CsrfForm<PairForm>,
) -> Result<Response, PageError> {
    let request = AssignRequest { auto: None, nomination: Some(form.nomination), reviewer: Some(form.reviewer) };
    let base = state.settings.base_url();
    match review::assign(&state.db, &signed_in.caller, id, request, &base, state.clock.now()).await {
        Ok(_) => Ok(Redirect::to(&format!("/admin/stages/{id}?done=assigned")).into_response()),
        Err(e @ (Error::Rule(_) | Error::Validation(_))) => {
            let mut page = AssignOnePage::build(&state, &signed_in, id).await?;
            page.chosen = (Some(form.nomination), Some(form.reviewer));
            page.alert = Some(format!("Not assigned: {e}."));
            let status = status_of(e.code());
            Ok((status, page).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

/// The stage's page again, with what was typed and why the request was refused, under
/// the status the refusal carries (409 for a rule, 422 for a field).
async fn refused(
    state: &AppState,
    signed_in: &SignedIn,
    id: Uuid,
    overrides: &[OverrideRequest],
    error: &Error,
    alert: String,
) -> Result<Response, PageError> {
    let mut page = build(state, signed_in, id, false, overrides).await?;
    page.alert = Some(alert);
    let status = status_of(error.code());
    Ok((status, page).into_response())
}

/// The advancement form: `confirm`, and per nomination `outcome.{id}` and `rationale.{id}`.
async fn advance(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath(id): PagePath<Uuid>,
    CsrfForm(form): CsrfForm<BTreeMap<String, String>>,
) -> Result<Response, PageError> {
    let overrides: Vec<OverrideRequest> = form
        .iter()
        .filter_map(|(k, outcome)| {
            let nomination = k.strip_prefix("outcome.")?.parse::<Uuid>().ok()?;
            let rationale = form.get(&format!("rationale.{nomination}")).cloned().unwrap_or_default();
            (!outcome.is_empty()).then(|| OverrideRequest { nomination, outcome: outcome.clone(), rationale })
        })
        .collect();
    let confirm = form.get("confirm").map(String::as_str) == Some("1");
    let base = state.settings.base_url();
    let request = AdvanceRequest { confirm, overrides: overrides.clone() };
    match ranking::advance(&state.db, &signed_in.caller, id, request, &base, state.clock.now()).await {
        Ok(view) if view.applied => Ok(Redirect::to(&format!("/admin/stages/{id}?done=advanced")).into_response()),
        Ok(_) => Ok(build(&state, &signed_in, id, false, &overrides).await?.into_response()),
        Err(e @ (Error::Validation(_) | Error::Rule(_))) => {
            let message = match &e {
                Error::Validation(errors) => errors.iter().map(|e| e.message.clone()).collect::<Vec<_>>().join("; "),
                other => other.to_string(),
            };
            refused(&state, &signed_in, id, &overrides, &e, format!("Nothing was changed: {message}.")).await
        }
        Err(e) => Err(e.into()),
    }
}

async fn screen(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath(id): PagePath<Uuid>,
    CsrfForm(form): CsrfForm<BTreeMap<String, String>>,
) -> Result<Response, PageError> {
    let caller = &signed_in.caller;
    let stage = form.get("stage").and_then(|s| s.parse::<Uuid>().ok()).ok_or(Error::NotFound("stage"))?;
    let summary = ranking::stage_summary(&state.db, caller, stage).await?;
    // An unticked checkbox is not sent: every check of the list is answered, no or yes.
    let checks =
        summary.checks.iter().map(|(key, _)| (key.clone(), form.contains_key(&format!("check.{key}")))).collect();
    let note = form.get("note").cloned();
    let base = state.settings.base_url();
    screening::screen(&state.db, caller, id, ScreeningRequest { checks, note }, &base, state.clock.now()).await?;
    Ok(Redirect::to(&format!("/admin/stages/{stage}?done=screened")).into_response())
}

async fn clarify(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath(id): PagePath<Uuid>,
    CsrfForm(form): CsrfForm<BTreeMap<String, String>>,
) -> Result<Response, PageError> {
    let caller = &signed_in.caller;
    let stage = form.get("stage").and_then(|s| s.parse::<Uuid>().ok()).ok_or(Error::NotFound("stage"))?;
    let summary = ranking::stage_summary(&state.db, caller, stage).await?;
    // The date is the last day to answer, in the cycle's time zone: its end.
    let due = form
        .get("due")
        .and_then(|d| chrono::NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").ok())
        .and_then(|d| d.and_hms_opt(23, 59, 59))
        .and_then(|t| format::local_to_utc(t, &summary.time_zone))
        .ok_or_else(|| Error::validation("due", "a date as YYYY-MM-DD"))?;
    let request = ClarificationRequest { question: form.get("question").cloned().unwrap_or_default(), due_at: due };
    let base = state.settings.base_url();
    screening::ask(&state.db, caller, id, request, &base, state.clock.now()).await?;
    Ok(Redirect::to(&format!("/admin/stages/{stage}?done=asked")).into_response())
}
