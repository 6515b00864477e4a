//! Invitations through the API: an admin invites; the invited person accepts.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::auth::UserBody;
use crate::app::AppState;
use crate::http::error::ApiError;
use crate::http::extract::{ApiCaller, ApiJson, ApiPath};
use crate::http::routes::Routes;
use crate::i18n::Lang;
use crate::service::invitations::{self, NewInvitation};

pub fn routes() -> Routes<AppState> {
    Routes::new().post("/v1/invitations", invite).post("/v1/invitations/{token}/accept", accept)
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct Invite {
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
    path = "/api/v1/invitations/{token}/accept",
    tag = "people",
    params(("token" = String, Path, description = "The token from the invitation's link")),
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
