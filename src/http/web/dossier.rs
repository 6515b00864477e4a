//! A nomination's dossier for the secretariat: the entry as submitted with its files
//! readable in the browser, every stage's checks, reviews and decision with the people
//! who made them, the emails it caused and its audit history.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse as _, Redirect, Response};
use uuid::Uuid;

use super::nav::Nav;
use crate::app::AppState;
use crate::domain::nomination::NominationStatus;
use crate::domain::review::AssignmentStatus;
use crate::domain::stage::StageKind;
use crate::format;
use crate::http::error::PageError;
use crate::http::extract::{CsrfForm, PagePath};
use crate::http::routes::Routes;
use crate::http::session::SignedIn;
use crate::http::upload::{self, Disposition};
use crate::service::attachments::{self, AttachmentView};
use crate::service::dossier::{self, StageRecord};
use crate::service::{Error, nominations};

pub fn routes() -> Routes<AppState> {
    Routes::new()
        .get("/admin/nominations/{id}", dossier_page)
        .get("/admin/nominations/{id}/attachments/{aid}", attachment)
        .post("/admin/nominations/{id}/redactions", redact)
        .post("/admin/nominations/{id}/redactions/{rid}/remove", unredact)
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/dossier.html")]
pub struct DossierPage {
    nav: Nav,
    d: dossier::Dossier,
    status: String,
    status_key: &'static str,
    submitted: Option<String>,
    clarification_due: Option<String>,
    files: Vec<File>,
    stages: Vec<Stage>,
    emails: Vec<Email>,
    history: Vec<Event>,
    /// A refused redaction: the field and passage as typed, and the problem.
    redaction: RedactionForm,
    notice: Option<String>,
}

impl DossierPage {
    /// A field's label as the form names it, or its path.
    fn field_label<'a>(d: &'a dossier::Dossier, path: &'a str) -> &'a str {
        d.fields.iter().find(|(p, _)| p == path).map_or(path, |(_, label)| label.as_str())
    }
}

#[derive(Default)]
pub struct RedactionForm {
    field: String,
    passage: String,
    error: Option<String>,
}

pub struct File {
    a: AttachmentView,
    size: String,
    image: bool,
}

pub struct Stage {
    s: StageRecord,
    /// Per review: the reviewer, status word, due or submitted date, each criterion's
    /// score in the stage's order (blank where none), comment and any recusal reason.
    reviews: Vec<Review>,
    decided: Option<String>,
    /// For a screening: each check's label and whether it passed.
    checks: Vec<(String, bool)>,
}

pub struct Review {
    reviewer: String,
    status: AssignmentStatus,
    when: String,
    scores: Vec<String>,
    comment: String,
    recused: Option<String>,
}

pub struct Email {
    id: Uuid,
    to: String,
    subject: String,
    status: String,
    queued: String,
}

pub struct Event {
    seq: i64,
    at: String,
    actor: String,
    action: String,
    details: String,
}

impl DossierPage {
    fn is_screening(s: &Stage) -> bool {
        s.s.kind == StageKind::Screening
    }
}

#[derive(serde::Deserialize)]
struct Done {
    done: Option<String>,
}

async fn dossier_page(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath(id): PagePath<Uuid>,
    Query(q): Query<Done>,
) -> Result<DossierPage, PageError> {
    let mut page = build(&state, &signed_in, id).await?;
    page.notice = match q.done.as_deref() {
        Some("redacted") => Some(page.nav.t("admin-redaction-notice-added")),
        Some("unredacted") => Some(page.nav.t("admin-redaction-notice-removed")),
        _ => None,
    };
    Ok(page)
}

async fn build(state: &AppState, signed_in: &SignedIn, id: Uuid) -> Result<DossierPage, PageError> {
    let d = dossier::of(&state.db, &signed_in.caller, id).await?;
    let lang = signed_in.viewer.lang;
    let zone = d.cycle.time_zone.clone();
    let at = |t| format::instant(t, &zone);
    let status = d.nomination.status.parse::<NominationStatus>().unwrap_or(NominationStatus::Draft);
    let files = d
        .nomination
        .attachments
        .iter()
        .map(|a| File {
            a: a.clone(),
            size: super::nominations::human_size(lang, a.size),
            image: a.content_type.starts_with("image/"),
        })
        .collect();
    let stages = d
        .stages
        .iter()
        .map(|s| Stage {
            reviews: s
                .reviews
                .iter()
                .map(|r| Review {
                    reviewer: r.reviewer.clone(),
                    status: r.status,
                    when: r.submitted_at.or(r.due_at).map(at).unwrap_or_default(),
                    scores: s
                        .criteria
                        .iter()
                        .map(|(c, _, _)| r.scores.get(c).map(ToString::to_string).unwrap_or_default())
                        .collect(),
                    comment: r.comment.clone(),
                    recused: r.recused_reason.clone(),
                })
                .collect(),
            decided: s.result.as_ref().map(|r| at(r.decided_at)),
            checks: s.result.as_ref().map_or_else(Vec::new, |r| {
                s.criteria
                    .iter()
                    .filter_map(|(_, key, label)| r.checks.get(key).map(|ok| (label.clone(), *ok)))
                    .collect()
            }),
            s: s.clone(),
        })
        .collect();
    let emails = d
        .emails
        .iter()
        .map(|m| Email {
            id: m.id,
            to: m.to_address.clone(),
            subject: m.subject.clone(),
            status: m.status.clone(),
            queued: at(m.created_at),
        })
        .collect();
    let history = d
        .history
        .iter()
        .map(|e| Event {
            seq: e.seq,
            at: at(e.at),
            actor: e.actor_label.clone(),
            action: e.action.clone(),
            details: if e.details.is_null() { String::new() } else { e.details.to_string() },
        })
        .collect();
    Ok(DossierPage {
        nav: Nav::from(&signed_in.viewer),
        status: status.label(lang),
        status_key: status.as_str(),
        submitted: d.nomination.submitted_at.map(at),
        clarification_due: d.nomination.clarification.as_ref().and_then(|c| c.due_at).map(at),
        files,
        stages,
        emails,
        history,
        d,
        redaction: RedactionForm::default(),
        notice: None,
    })
}

#[derive(serde::Deserialize)]
struct RedactionFields {
    field: String,
    passage: String,
}

/// Withholds a passage from jurors in blind stages; a refusal shows the dossier again
/// with what was typed and the problem beside the passage.
async fn redact(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath(id): PagePath<Uuid>,
    CsrfForm(form): CsrfForm<RedactionFields>,
) -> Result<Response, PageError> {
    let request = nominations::RedactionRequest { field: form.field.clone(), passage: form.passage.clone() };
    match nominations::redact(&state.db, &signed_in.caller, id, request, state.clock.now()).await {
        Ok(_) => Ok(Redirect::to(&format!("/admin/nominations/{id}?done=redacted#redactions")).into_response()),
        Err(Error::Validation(errors)) => {
            let mut page = build(&state, &signed_in, id).await?;
            let error = errors.into_iter().next().map(|e| e.message);
            page.redaction = RedactionForm { field: form.field, passage: form.passage, error };
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(serde::Deserialize)]
struct Nothing {}

async fn unredact(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath((id, rid)): PagePath<(Uuid, Uuid)>,
    CsrfForm(_): CsrfForm<Nothing>,
) -> Result<Response, PageError> {
    nominations::unredact(&state.db, &signed_in.caller, id, rid, state.clock.now()).await?;
    Ok(Redirect::to(&format!("/admin/nominations/{id}?done=unredacted#redactions")).into_response())
}

/// An attachment for reading in the browser: a PDF or an image opens in place; the
/// bytes are checked again before they are let through inline.
async fn attachment(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath((id, aid)): PagePath<(Uuid, Uuid)>,
) -> Result<Response, PageError> {
    signed_in.caller.require_admin()?;
    let (view, bytes) = attachments::download(&state.db, &signed_in.caller, id, aid).await?;
    Ok(upload::file_response_as(&view, bytes, Disposition::Inline))
}
