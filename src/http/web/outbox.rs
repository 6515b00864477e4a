//! The secretariat's view of outgoing email: what is waiting, what went, what failed
//! and why, with a button to try a failed one again.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::response::Redirect;
use serde::Deserialize;
use uuid::Uuid;

use super::nav::Nav;
use crate::app::AppState;
use crate::domain::outbox::OutboxStatus;
use crate::format;
use crate::http::error::PageError;
use crate::http::extract::{CsrfForm, PagePath};
use crate::http::routes::Routes;
use crate::http::session::SignedIn;
use crate::service::{Paging, outbox};

pub fn routes() -> Routes<AppState> {
    Routes::new()
        .get("/admin/outbox", list)
        .get("/admin/email/{id}", email)
        .get("/admin/email/{id}/html", email_html)
        .post("/admin/outbox/{id}/resend", resend)
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/email.html")]
pub struct EmailPage {
    nav: Nav,
    m: outbox::EmailMessage,
    created: String,
    sent: Option<String>,
    next_attempt: String,
}

/// One email as the secretariat reads it: who it went to, what it said, how delivery went.
async fn email(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath(id): PagePath<Uuid>,
) -> Result<EmailPage, PageError> {
    let m = outbox::get(&state.db, &signed_in.caller, id).await?;
    Ok(EmailPage {
        nav: Nav::from(&signed_in.viewer),
        created: format::instant(m.created_at, "UTC"),
        sent: m.sent_at.map(|at| format::instant(at, "UTC")),
        next_attempt: format::instant(m.next_attempt_at, "UTC"),
        m,
    })
}

/// The HTML part on its own, as a mail client would show it: under a policy that runs
/// no script and loads nothing, so whatever a message holds cannot act on the page.
async fn email_html(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath(id): PagePath<Uuid>,
) -> Result<axum::response::Response, PageError> {
    use axum::http::{HeaderValue, header};
    use axum::response::IntoResponse as _;
    let m = outbox::get(&state.db, &signed_in.caller, id).await?;
    let html = m.html.ok_or(crate::service::Error::NotFound("email"))?;
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8")),
            (
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static("default-src 'none'; style-src 'unsafe-inline'; sandbox"),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("private, no-store")),
        ],
        html,
    )
        .into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/outbox.html")]
pub struct OutboxPage {
    nav: Nav,
    status: Option<OutboxStatus>,
    counts: Vec<(OutboxStatus, u64)>,
    rows: Vec<Row>,
}

impl OutboxPage {
    fn is_current(&self, status: &OutboxStatus) -> bool {
        self.status == Some(*status)
    }
}

pub struct Row {
    id: Uuid,
    to: String,
    subject: String,
    status: OutboxStatus,
    attempts: i32,
    when: String,
    last_error: String,
}

#[derive(Deserialize)]
struct OutboxQuery {
    status: Option<String>,
}

async fn list(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Query(q): Query<OutboxQuery>,
) -> Result<OutboxPage, PageError> {
    // "All" sends an empty status; a word that is no status shows every email too.
    let status = q.status.and_then(|s| s.parse::<OutboxStatus>().ok());
    let rows = outbox::list(&state.db, &signed_in.caller, status, Paging { limit: 200, after: None }).await?;
    let counts = outbox::depth(&state.db).await?;
    let rows = rows
        .into_iter()
        .map(|m| Row {
            id: m.id,
            to: m.to,
            subject: m.subject,
            when: format::instant(m.sent_at.unwrap_or(m.next_attempt_at), "UTC"),
            status: m.status,
            attempts: m.attempts,
            last_error: m.last_error.unwrap_or_default(),
        })
        .collect();
    Ok(OutboxPage { nav: Nav::from(&signed_in.viewer), status, counts, rows })
}

#[derive(Deserialize)]
struct Empty {}

async fn resend(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath(id): PagePath<Uuid>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Redirect, PageError> {
    outbox::resend(&state.db, &signed_in.caller, id, state.clock.now()).await?;
    Ok(Redirect::to(&format!("/admin/outbox?status={}", OutboxStatus::Pending)))
}
