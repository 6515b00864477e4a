//! Invitations through the API: an admin invites; the invited person accepts.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::auth::UserBody;
use super::{ListQuery, Page};
use crate::app::AppState;
use crate::domain::user::InvitationStatus;
use crate::http::error::ApiError;
use crate::http::extract::{ApiCaller, ApiJson, ApiPath, ApiQuery};
use crate::http::routes::Routes;
use crate::i18n::Lang;
use crate::service::Paging;
use crate::service::invitations::{self, NewInvitation};

pub fn routes() -> Routes<AppState> {
    Routes::new()
        .post("/v1/invitations", invite)
        .get("/v1/invitations", list)
        .post("/v1/invitations/bulk", bulk)
        .post("/v1/invitations/{id}/resend", resend)
        .delete("/v1/invitations/{id}", revoke)
        .post("/v1/invitations/{id}/accept", accept)
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct Invite {
    /// Their name, when known: the acceptance page starts from it.
    name: Option<String>,
    #[schema(min_length = 3)]
    email: String,
    #[schema(value_type = crate::domain::user::Role)]
    role: String,
    member_state: Option<String>,
    nationality: Option<String>,
    /// The language of the invitation email and of the page it links to; the
    /// sender's own when left out.
    language: Option<Lang>,
}

#[derive(Serialize, utoipa::ToSchema)]
struct Invited {
    id: Uuid,
    email: String,
    role: &'static str,
    member_state: Option<String>,
    /// The language the invitation is written in.
    language: Lang,
    expires_at: DateTime<Utc>,
}

/// Invites a person by email to a role (admins).
#[utoipa::path(
    post,
    path = "/api/v1/invitations",
    tag = "people",
    params(("Idempotency-Key" = Option<String>, Header, description = "Retrying with the same key and body returns the first answer instead of acting twice; 1 to 255 visible ASCII characters", min_length = 1, max_length = 255, pattern = "^[\\x20-\\x7E]+$")),
    request_body = Invite,
    responses(
        (status = 201, description = "The invitation, emailed with its link", body = Invited),
        (status = 403, description = "The caller's role may not do this", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "No valid bearer token", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "Fields to correct, each named in `errors`", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 400, description = "The body is not JSON of this shape", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn invite(
    State(state): State<AppState>,
    api: ApiCaller,
    headers: axum::http::HeaderMap,
    ApiJson(raw): ApiJson<serde_json::Value>,
) -> Result<axum::response::Response, ApiError> {
    let body: Invite = serde_json::from_value(raw.clone()).map_err(|e| {
        ApiError(crate::http::error::Problem::new(
            crate::domain::Code::BadRequest,
            crate::i18n::say_with("problem-json-shape", &[("error", e.to_string().into())]),
        ))
    })?;
    let (db, caller) = (&state.db, &api.caller);
    super::idempotent(
        &state,
        caller,
        &headers,
        &raw,
        |id| invite_once(&state, &api, id, body),
        |id| async move {
            Ok(invitations::sent(db, caller, id).await?.map(|sent| (StatusCode::CREATED, Invited::from(sent))))
        },
    )
    .await
}

async fn invite_once(
    state: &AppState,
    api: &ApiCaller,
    id: Uuid,
    body: Invite,
) -> Result<(StatusCode, Invited), ApiError> {
    let new = NewInvitation {
        name: body.name,
        email: body.email,
        role: body.role,
        member_state: body.member_state,
        nationality: body.nationality,
        language: body.language,
    };
    let base = state.settings.base_url();
    let sent = invitations::invite_as(&state.db, &api.caller, id, new, &base, state.clock.now()).await?;
    Ok((StatusCode::CREATED, Invited::from(sent)))
}

impl From<invitations::Sent> for Invited {
    fn from(sent: invitations::Sent) -> Self {
        Self {
            id: sent.id,
            email: sent.email,
            role: sent.role.as_str(),
            member_state: sent.member_state,
            language: sent.language,
            expires_at: sent.expires_at,
        }
    }
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct Accept {
    name: String,
    password: String,
    /// The language for their pages and emails; the invitation's when left out.
    language: Option<Lang>,
}

/// Accepts an invitation: sets a name and password.
#[utoipa::path(
    post,
    path = "/api/v1/invitations/{id}/accept",
    tag = "people",
    params(("id" = String, Path, description = "The token from the invitation's link (a path segment shared with the invitation's id in the secretariat's routes)")),
    request_body = Accept,
    responses(
        (status = 201, description = "The account, ready to sign in", body = UserBody),
        (status = 404, description = "No such invitation, or not one the caller may see", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 409, description = "The invitation was used or has expired", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "Fields to correct, each named in `errors`", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(())
)]
async fn accept(
    State(state): State<AppState>,
    ApiPath(token): ApiPath<String>,
    ApiJson(body): ApiJson<Accept>,
) -> Result<(StatusCode, Json<UserBody>), ApiError> {
    let caller =
        invitations::accept(&state.db, &token, &body.name, &body.password, body.language, state.clock.now()).await?;
    Ok((StatusCode::CREATED, Json(caller.into())))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct BulkInvite {
    /// Check every row and send nothing.
    #[serde(default)]
    dry_run: bool,
    /// At most 500 people.
    people: Vec<Invite>,
}

#[derive(Serialize, utoipa::ToSchema)]
struct BulkAnswer {
    /// Whether the invitations went out: never for a dry run, nor when any row is refused.
    sent: bool,
    rows: Vec<BulkRowBody>,
}

#[derive(Serialize, utoipa::ToSchema)]
struct BulkRowBody {
    /// The row's place in `people`, from 1.
    row: usize,
    email: String,
    ok: bool,
    /// Every field of the row to correct.
    errors: Vec<crate::service::FieldError>,
    /// The invitation's id, once sent.
    id: Option<Uuid>,
}

/// Invites many people at once (admins): every row is checked, and the invitations go
/// out only when none is refused, all in one step.
#[utoipa::path(
    post,
    path = "/api/v1/invitations/bulk",
    tag = "people",
    request_body = BulkInvite,
    responses(
        (status = 200, description = "A dry run, or a list with refused rows: each row with its problems; nothing sent", body = BulkAnswer),
        (status = 201, description = "Every row was invited and emailed", body = BulkAnswer),
        (status = 403, description = "The caller's role may not do this", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "No valid bearer token", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "An empty list, or one of more than 500 people", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 400, description = "The body is not JSON of this shape", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn bulk(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiJson(body): ApiJson<BulkInvite>,
) -> Result<(StatusCode, Json<BulkAnswer>), ApiError> {
    let people = body
        .people
        .into_iter()
        .map(|p| NewInvitation {
            name: p.name,
            email: p.email,
            role: p.role,
            member_state: p.member_state,
            nationality: p.nationality,
            language: p.language,
        })
        .collect();
    let base = state.settings.base_url();
    let done = invitations::invite_many(&state.db, &api.caller, people, body.dry_run, &base, state.clock.now()).await?;
    let status = if done.sent { StatusCode::CREATED } else { StatusCode::OK };
    let rows = done
        .rows
        .into_iter()
        .map(|r| BulkRowBody {
            row: r.row,
            email: r.email,
            ok: r.errors.is_empty(),
            errors: r.errors,
            id: r.sent.map(|s| s.id),
        })
        .collect();
    Ok((status, Json(BulkAnswer { sent: done.sent, rows })))
}

#[derive(Serialize, utoipa::ToSchema)]
struct InvitationBody {
    id: Uuid,
    name: Option<String>,
    email: String,
    role: crate::domain::user::Role,
    member_state: Option<String>,
    nationality: Option<String>,
    status: InvitationStatus,
    created_at: DateTime<Utc>,
    expires_at: DateTime<Utc>,
    accepted_at: Option<DateTime<Utc>>,
    revoked_at: Option<DateTime<Utc>>,
}

impl From<invitations::Listed> for InvitationBody {
    fn from(i: invitations::Listed) -> Self {
        Self {
            id: i.id,
            name: i.name,
            email: i.email,
            role: i.role,
            member_state: i.member_state,
            nationality: i.nationality,
            status: i.status,
            created_at: i.created_at,
            expires_at: i.expires_at,
            accepted_at: i.accepted_at,
            revoked_at: i.revoked_at,
        }
    }
}

#[derive(Deserialize)]
struct InvitationQuery {
    status: Option<InvitationStatus>,
    #[serde(flatten)]
    page: ListQuery,
}

/// Invitations, newest first (admins).
#[utoipa::path(
    get,
    path = "/api/v1/invitations",
    tag = "people",
    params(("status" = Option<InvitationStatus>, Query, description = "Only invitations in this status"), ("limit" = Option<u32>, Query, description = "At most this many items, 1 to 500; 50 when absent", minimum = 1, maximum = 500), ("cursor" = Option<String>, Query, description = "The `next_cursor` of the previous page")),
    responses(
        (status = 200, description = "Invitations with their status", body = Page<InvitationBody>),
        (status = 403, description = "The caller's role may not do this", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "No valid bearer token", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 400, description = "An unknown status, limit or cursor", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn list(
    State(state): State<AppState>,
    api: ApiCaller,
    query: Result<ApiQuery<InvitationQuery>, ApiError>,
) -> Result<Json<Page<InvitationBody>>, ApiError> {
    api.caller.require_admin()?;
    let ApiQuery(q) = query?;
    let paging = Paging { limit: q.page.limit()?, after: q.page.uuid_cursor()? };
    let found = invitations::list(&state.db, &api.caller, q.status, paging, state.clock.now()).await?;
    Ok(Json(Page {
        items: found.items.into_iter().map(InvitationBody::from).collect(),
        next_cursor: found.next.map(|id| id.to_string()),
    }))
}

/// Sends a fresh link, valid seven days; the link sent before stops working (admins).
#[utoipa::path(
    post,
    path = "/api/v1/invitations/{id}/resend",
    tag = "people",
    params(("id" = Uuid, Path, description = "The invitation's id")),
    responses(
        (status = 200, description = "The invitation, emailed again with its new link", body = InvitationBody),
        (status = 403, description = "The caller's role may not do this", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "No valid bearer token", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such invitation", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 409, description = "The invitation was accepted or revoked", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn resend(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Json<InvitationBody>, ApiError> {
    let base = state.settings.base_url();
    let resent = invitations::resend(&state.db, &api.caller, id, &base, state.clock.now()).await?;
    Ok(Json(resent.into()))
}

/// Revokes an invitation: its link refuses from now on (admins).
#[utoipa::path(
    delete,
    path = "/api/v1/invitations/{id}",
    tag = "people",
    params(("id" = Uuid, Path, description = "The invitation's id")),
    responses(
        (status = 204, description = "Revoked (or already revoked)"),
        (status = 403, description = "The caller's role may not do this", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "No valid bearer token", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such invitation", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 409, description = "The invitation was accepted: deactivate the account instead", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn revoke(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<StatusCode, ApiError> {
    invitations::revoke(&state.db, &api.caller, id, state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}
