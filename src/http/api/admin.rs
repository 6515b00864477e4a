//! Administration: the audit trail and the outbox.

use axum::Json;
use axum::extract::State;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{ListQuery, Page};
use crate::app::AppState;
use crate::domain::outbox::OutboxStatus;
use crate::http::error::ApiError;
use crate::http::extract::{ApiCaller, ApiPath, ApiQuery};
use crate::http::routes::Routes;
use crate::service::outbox::{EmailMessage, EmailView};
use crate::service::{Error, Paging, audit, outbox};

pub fn routes() -> Routes<AppState> {
    Routes::new()
        .get("/v1/audit", audit_trail)
        .get("/v1/outbox", list_outbox)
        .get("/v1/outbox/{id}", email)
        .post("/v1/outbox/{id}/resend", resend)
}

#[derive(Deserialize)]
struct AuditQuery {
    subject: Option<String>,
    actor: Option<String>,
    action: Option<String>,
    #[serde(flatten)]
    page: ListQuery,
}

#[derive(Serialize, utoipa::ToSchema)]
struct AuditItem {
    seq: i64,
    id: Uuid,
    at: DateTime<Utc>,
    actor_id: Option<Uuid>,
    actor: String,
    action: String,
    subject_type: String,
    subject_id: String,
    details: serde_json::Value,
    hash: String,
}

/// The audit trail (admins).
#[utoipa::path(
    get,
    path = "/api/v1/audit",
    tag = "admin",
    params(("subject" = Option<String>, Query, description = "Only events about this subject id"), ("actor" = Option<String>, Query, description = "Only events by this person's id"), ("action" = Option<String>, Query, description = "Only this action, e.g. `nomination.submitted`"), ("limit" = Option<u32>, Query, description = "At most this many items, 1 to 500; 50 when absent", minimum = 1, maximum = 500), ("cursor" = Option<String>, Query, description = "The `next_cursor` of the previous page")),
    responses(
        (status = 200, description = "Audit events, newest first, each chained to the one before by its hash", body = Page<AuditItem>),
        (status = 403, description = "The caller's role may not do this", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "No valid bearer token", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
async fn audit_trail(
    State(state): State<AppState>,
    api: ApiCaller,
    query: Result<ApiQuery<AuditQuery>, ApiError>,
) -> Result<Json<Page<AuditItem>>, ApiError> {
    // Who may ask comes before whether the question is well formed: a nominator learns
    // nothing about this route's parameters.
    api.caller.require_admin()?;
    let ApiQuery(q) = query?;
    let limit = q.page.limit()?;
    let before = q.page.cursor.as_deref().map(|c| c.parse::<i64>().map_err(|_| Error::unknown_cursor())).transpose()?;
    let filter = audit::Filter { subject: q.subject, actor: q.actor, action: q.action, ..Default::default() };
    let rows = audit::list(&state.db, &api.caller, &filter, limit, before).await?;
    let next = (rows.len() as u64 == limit).then(|| rows.last().map(|r| r.seq.to_string())).flatten();
    let items = rows
        .into_iter()
        .map(|r| AuditItem {
            seq: r.seq,
            id: r.id,
            at: r.at,
            actor_id: r.actor_id,
            actor: r.actor_label,
            action: r.action,
            subject_type: r.subject_type,
            subject_id: r.subject_id,
            details: r.details,
            hash: r.hash,
        })
        .collect();
    Ok(Json(Page { items, next_cursor: next }))
}

#[derive(Deserialize)]
struct OutboxQuery {
    status: Option<OutboxStatus>,
    #[serde(flatten)]
    page: ListQuery,
}

/// The email outbox (admins).
#[utoipa::path(
    get,
    path = "/api/v1/outbox",
    tag = "admin",
    params(("status" = Option<OutboxStatus>, Query, description = "Only emails in this status"), ("limit" = Option<u32>, Query, description = "At most this many items, 1 to 500; 50 when absent", minimum = 1, maximum = 500), ("cursor" = Option<String>, Query, description = "The `next_cursor` of the previous page")),
    responses(
        (status = 200, description = "Queued, sent and failed emails", body = Page<EmailView>),
        (status = 403, description = "The caller's role may not do this", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "No valid bearer token", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn list_outbox(
    State(state): State<AppState>,
    api: ApiCaller,
    query: Result<ApiQuery<OutboxQuery>, ApiError>,
) -> Result<Json<Page<EmailView>>, ApiError> {
    api.caller.require_admin()?;
    let ApiQuery(q) = query?;
    let limit = q.page.limit()?;
    let after = q.page.uuid_cursor()?;
    let rows = outbox::list(&state.db, &api.caller, q.status, Paging { limit, after }).await?;
    let next = (rows.len() as u64 == limit).then(|| rows.last().map(|r| r.id.to_string())).flatten();
    Ok(Json(Page { items: rows, next_cursor: next }))
}

/// One email, with its text and HTML parts (admins).
#[utoipa::path(
    get,
    path = "/api/v1/outbox/{id}",
    tag = "admin",
    params(("id" = Uuid, Path, description = "The message's id")),
    responses(
        (status = 200, description = "The message as sent, or as it will be", body = EmailMessage),
        (status = 403, description = "The caller's role may not do this", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "No valid bearer token", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such message, or not one the caller may see", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn email(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Json<EmailMessage>, ApiError> {
    Ok(Json(outbox::get(&state.db, &api.caller, id).await?))
}

/// Queues a failed email again (admins).
#[utoipa::path(
    post,
    path = "/api/v1/outbox/{id}/resend",
    tag = "admin",
    params(("id" = Uuid, Path, description = "The message's id")),
    responses(
        (status = 200, description = "Queued again", body = EmailView),
        (status = 403, description = "The caller's role may not do this", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such message, or not one the caller may see", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 409, description = "Not possible in the current state; `code` says why", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn resend(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Json<EmailView>, ApiError> {
    Ok(Json(outbox::resend(&state.db, &api.caller, id, state.clock.now()).await?))
}
