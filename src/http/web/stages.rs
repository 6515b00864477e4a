//! The secretariat's page of a stage: for a screening stage, the checklist of each
//! nomination and clarification requests; for a scoring stage,
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
use crate::cache::RenderedRanking;
use crate::domain::member_state::Region;
use crate::domain::nomination::NominationStatus;
use crate::domain::stage::{StageKind, StageOutcome, StageStatus};
use crate::format;
use crate::http::error::{PageError, status_of};
use crate::http::extract::{CsrfForm, PagePath};
use crate::http::routes::Routes;
use crate::http::session::SignedIn;
use crate::i18n::Lang;
use crate::service::ranking::{self, AdvanceRequest, AdvanceView, OverrideRequest};
use crate::service::review::{self, AssignRequest, Auto};
use crate::service::screening::{self, ClarificationRequest, ScreeningRequest};
use crate::service::{Error, people};

pub fn routes() -> Routes<AppState> {
    Routes::new()
        .get("/admin/stages/{id}", stage_page)
        .get("/admin/stages/{id}/ranking.csv", ranking_csv)
        .post("/admin/stages/{id}/assign", assign)
        .get("/admin/stages/{id}/assign-one", assign_one_page)
        .post("/admin/stages/{id}/assign-one", assign_one)
        .post("/admin/stages/{id}/advance", advance)
        .get("/admin/stages/{id}/votes.csv", votes_csv)
        .post("/admin/stages/{id}/votes/void", void_votes)
        .post("/admin/nominations/{id}/screening", screen)
        .post("/admin/nominations/{id}/clarification", clarify)
}

// ---------------------------------------------------------------------------------------
// A stage
// ---------------------------------------------------------------------------------------

/// The ranking as CSV for the secretariat's browser, signed in by its session (the
/// API's `ranking.csv` wants a bearer token a browser does not have).
async fn ranking_csv(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath(id): PagePath<Uuid>,
) -> Result<Response, PageError> {
    let body = ranking::ranking_csv(&state.db, &state.caches, &signed_in.caller, id).await?;
    Ok(crate::http::download::csv(&format!("ranking-{id}.csv"), body))
}

/// A public vote's log, for the programme's auditors.
async fn votes_csv(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath(id): PagePath<Uuid>,
) -> Result<Response, PageError> {
    Ok(crate::http::api::vote::log_download(state, signed_in.caller, id).await?)
}

#[derive(Deserialize)]
struct VoidForm {
    flag: String,
    #[serde(default)]
    rationale: String,
}

/// Voids the voters of one flagged cluster, with the secretariat's reason.
async fn void_votes(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath(id): PagePath<Uuid>,
    CsrfForm(form): CsrfForm<VoidForm>,
) -> Result<Response, PageError> {
    use crate::service::vote::tally;
    let totals = tally::totals(&state.db, &state.caches, &signed_in.caller, id).await?;
    let flag = totals.flags.into_iter().find(|f| f.id == form.flag).ok_or(Error::NotFound("flag"))?;
    let request = tally::VoidRequest { voters: flag.voters, rationale: form.rationale };
    match tally::void(&state.db, &signed_in.caller, id, &request, state.clock.now()).await {
        Ok(_) => Ok(Redirect::to(&format!("/admin/stages/{id}?done=voided#vote-title")).into_response()),
        Err(Error::Validation(errors)) => {
            let mut page = build(&state, &signed_in, id, false, &[]).await?;
            page.alert = Some(errors.into_iter().map(|e| e.message).collect::<Vec<_>>().join(" "));
            Ok((axum::http::StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/stage.html")]
pub struct StagePage {
    nav: Nav,
    id: Uuid,
    name: String,
    cycle: String,
    kind: StageKind,
    status: StageStatus,
    /// Scoring stages: the ranking and its advancement form, rendered.
    rendered: Option<Arc<RenderedRanking>>,
    /// Screening stages.
    preview: Option<AdvanceView>,
    queue: Vec<QueueRow>,
    checks: Vec<(String, String)>,
    notice: Option<String>,
    alert: Option<String>,
    shortfalls: Vec<String>,
    /// A public vote: its count, turnout and flags.
    vote: Option<crate::service::vote::tally::Totals>,
}

/// The ranking section of a scoring stage: the ranking per group and, while the stage
/// is active, the advancement preview beside each line, with overrides as last typed.
#[derive(Template)]
#[template(path = "admin/stage_ranking.html")]
struct RankingSection<'a> {
    lang: Lang,
    id: Uuid,
    with_reviews: bool,
    reliability: String,
    preview: Option<AdvanceView>,
    /// One table per group.
    table: Vec<TableGroup>,
    /// The outcomes an override may choose.
    outcomes: &'static [StageOutcome],
    /// Overrides as last typed, by nomination.
    typed: &'a BTreeMap<Uuid, (String, String)>,
}

pub struct TableGroup {
    title: String,
    rows: Vec<TableRow>,
}

pub struct TableRow {
    row: ranking::Row,
    /// What the rule decides: `None` outside a preview, `Some(None)` when it needs a decision.
    rule: Option<Option<StageOutcome>>,
}

pub struct QueueRow {
    id: Uuid,
    title: String,
    member_state: String,
    status: NominationStatus,
    /// `Some(true)` passed, `Some(false)` failed, `None` not yet screened.
    passed: Option<bool>,
    /// A question asked, with its answer and what the answer changed.
    clarification: Option<crate::service::nominations::Clarification>,
    changes: Vec<(String, crate::service::nominations::Change)>,
}

impl QueueRow {
    /// Whether the checklist can be answered for it now.
    fn to_screen(&self) -> bool {
        self.status == NominationStatus::InReview && self.passed.is_none()
    }

    fn screened(&self, lang: &Lang) -> String {
        lang.t(match self.passed {
            Some(true) => "admin-stage-screen-passed",
            Some(false) => "admin-stage-screen-failed",
            None => "admin-stage-screen-none",
        })
    }
}

impl RankingSection<'_> {
    fn percent(v: &f64) -> String {
        format!("{v:.1}")
    }

    fn is_typed(&self, nomination: &Uuid, outcome: &StageOutcome) -> bool {
        self.typed.get(nomination).is_some_and(|(o, _)| o == outcome)
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
        true => ranking::version(&state.db, &state.caches, caller, id)
            .await?
            .and_then(|v| state.caches.ranking_pages.get(&(id, signed_in.viewer.lang), |kept| kept.version == v)),
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
        kind: detail.kind,
        status: detail.status,
        rendered: kept,
        preview: None,
        queue: Vec::new(),
        checks: detail.checks.clone(),
        notice: None,
        alert: None,
        shortfalls: Vec::new(),
        vote: None,
    };
    if detail.kind == StageKind::PublicVote {
        page.vote = Some(crate::service::vote::tally::totals(&state.db, &state.caches, caller, id).await?);
    }
    if detail.kind == StageKind::Screening {
        page.queue = screening::queue(&state.db, caller, id)
            .await?
            .into_iter()
            .map(|q| QueueRow {
                id: q.id,
                title: q.title,
                member_state: q.member_state,
                status: q.status,
                passed: q.passed,
                clarification: q.clarification,
                changes: q.changes,
            })
            .collect();
        if detail.status == StageStatus::Active {
            page.preview = Some(ranking::preview(&state.db, &state.caches, caller, id, &[]).await?);
        }
        return Ok(page);
    }
    if page.rendered.is_none() {
        let (rendered, alert) =
            render_ranking(state, caller, signed_in.viewer.lang, detail, with_reviews, overrides).await?;
        let rendered = Arc::new(rendered);
        if as_it_stands && alert.is_none() {
            state.caches.ranking_pages.put((id, signed_in.viewer.lang), rendered.clone());
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
    lang: Lang,
    summary: ranking::StageSummary,
    with_reviews: bool,
    overrides: &[OverrideRequest],
) -> Result<(RenderedRanking, Option<String>), PageError> {
    let id = summary.id;
    // The overrides that are complete shape the preview; the rest stay typed in the
    // form, with the refusal saying what they lack.
    let complete: Vec<OverrideRequest> = overrides.iter().filter(|o| !o.rationale.trim().is_empty()).cloned().collect();
    let mut alert = None;
    let (view, preview) = match ranking::page(&state.db, &state.caches, caller, id, with_reviews, &complete).await {
        Ok(both) => both,
        Err(Error::Validation(errors)) => {
            alert = Some(errors.iter().map(|e| e.message.clone()).collect::<Vec<_>>().join("; "));
            (ranking::ranking(&state.db, &state.caches, caller, id, with_reviews).await?, None)
        }
        Err(e) => return Err(e.into()),
    };
    let decided: std::collections::HashMap<Uuid, Option<StageOutcome>> = preview
        .iter()
        .flat_map(|p| p.groups.iter().flat_map(|g| g.decisions.iter()))
        .map(|d| (d.nomination, d.outcome))
        .collect();
    let typed = overrides.iter().map(|o| (o.nomination, (o.outcome.clone(), o.rationale.clone()))).collect();
    let section = RankingSection {
        lang,
        id,
        with_reviews,
        reliability: view.reliability.map_or_else(|| lang.t("admin-ranking-not-measurable"), |a| format!("{a:.3}")),
        table: view
            .groups
            .iter()
            .map(|g| TableGroup {
                title: match &g.region {
                    Some(region) => {
                        let region = region.parse::<Region>().map_or_else(|_| region.clone(), |r| r.label(lang));
                        format!("{} — {region}", g.category)
                    }
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
        outcomes: StageOutcome::choices(summary.last_stage),
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
        Some("assigned") => Some(page.nav.t("admin-stage-notice-assigned")),
        Some("advanced") => Some(page.nav.t("admin-stage-notice-advanced")),
        Some("screened") => Some(page.nav.t("admin-stage-notice-screened")),
        Some("asked") => Some(page.nav.t("admin-stage-notice-asked")),
        Some("voided") => Some(page.nav.t("admin-vote-notice-voided")),
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
        raw.parse::<u32>().map(Some).map_err(|_| Error::validation(field, crate::i18n::say("refusal-whole-number")))
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
        if stage.kind != StageKind::Scoring {
            return Err(Error::NotFound("scoring-stage").into());
        }
        let nominations = review::competing(&state.db, caller, id).await?;
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
            page.alert = Some(page.nav.lang.t_with("admin-assign-refused", &[("why", e.to_string().into())]));
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
    let now = state.clock.now();
    match ranking::advance(&state.db, &state.caches, &signed_in.caller, id, request, &base, now).await {
        Ok(view) if view.applied => Ok(Redirect::to(&format!("/admin/stages/{id}?done=advanced")).into_response()),
        Ok(_) => Ok(build(&state, &signed_in, id, false, &overrides).await?.into_response()),
        Err(e @ (Error::Validation(_) | Error::Rule(_))) => {
            let message = match &e {
                Error::Validation(errors) => errors.iter().map(|e| e.message.clone()).collect::<Vec<_>>().join("; "),
                other => other.to_string(),
            };
            refused(
                &state,
                &signed_in,
                id,
                &overrides,
                &e,
                signed_in.viewer.lang.t_with("admin-stage-nothing-changed", &[("why", message.into())]),
            )
            .await
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
        .ok_or_else(|| Error::validation("due", crate::i18n::say("refusal-day")))?;
    let request = ClarificationRequest { question: form.get("question").cloned().unwrap_or_default(), due_at: due };
    let base = state.settings.base_url();
    screening::ask(&state.db, caller, id, request, &base, state.clock.now()).await?;
    Ok(Redirect::to(&format!("/admin/stages/{stage}?done=asked")).into_response())
}
