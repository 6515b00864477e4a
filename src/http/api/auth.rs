//! Sign-in for programs, and who the caller is.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::app::AppState;
use crate::http::error::ApiError;
use crate::http::extract::{ApiCaller, ApiJson, ClientAddr};
use crate::http::routes::Routes;
use crate::service::auth::{self, Caller, Channel};

pub fn routes() -> Routes<AppState> {
    Routes::new()
        .post("/v1/auth/login", login)
        .post("/v1/auth/logout", logout)
        .get("/v1/me", me)
        .patch("/v1/me", update_me)
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct Login {
    email: String,
    password: String,
}

/// A person as the API shows them.
#[derive(Serialize, utoipa::ToSchema)]
pub struct UserBody {
    pub id: Uuid,
    pub email: String,
    pub name: String,
    pub role: &'static str,
    pub member_state: Option<String>,
    pub nationality: Option<String>,
    /// The language they chose for pages and emails; `null` until they choose.
    pub language: Option<crate::i18n::Lang>,
}

impl From<Caller> for UserBody {
    fn from(c: Caller) -> Self {
        Self {
            id: c.id,
            email: c.email,
            name: c.name,
            role: c.role.as_str(),
            member_state: c.member_state,
            nationality: c.nationality,
            language: c.language,
        }
    }
}

#[derive(Serialize, utoipa::ToSchema)]
struct LoggedIn {
    token: String,
    expires_at: DateTime<Utc>,
    user: UserBody,
}

/// Signs in with email and password and returns a bearer token.
#[utoipa::path(
    post,
    path = "/api/v1/auth/login",
    tag = "auth",
    request_body = Login,
    responses(
        (status = 200, description = "Signed in: the bearer token and who it belongs to", body = LoggedIn),
        (status = 401, description = "Wrong email or password, or the account is deactivated", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 429, description = "Too many failed attempts; `Retry-After` says when to try again", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 400, description = "The body is not JSON of this shape", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(())
)]
async fn login(
    State(state): State<AppState>,
    ClientAddr(client): ClientAddr,
    ApiJson(body): ApiJson<Login>,
) -> Result<Response, ApiError> {
    // A throttled sign-in's `Retry-After` is set with every rate-limited problem.
    let signed_in =
        auth::sign_in(&state.db, &body.email, &body.password, &client, Channel::Api, None, state.clock.now()).await?;
    Ok(Json(LoggedIn { token: signed_in.secret, expires_at: signed_in.expires_at, user: signed_in.caller.into() })
        .into_response())
}

/// Revokes the bearer token used for this request.
#[utoipa::path(
    post,
    path = "/api/v1/auth/logout",
    tag = "auth",
    responses(
        (status = 204, description = "The token no longer works"),
        (status = 401, description = "No valid bearer token", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn logout(State(state): State<AppState>, api: ApiCaller) -> Result<StatusCode, ApiError> {
    auth::revoke_token(&state.db, &api.caller, &api.token, state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The person behind the bearer token.
#[utoipa::path(
    get,
    path = "/api/v1/me",
    tag = "auth",
    responses(
        (status = 200, description = "The signed-in person", body = UserBody),
        (status = 401, description = "No valid bearer token", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn me(api: ApiCaller) -> Json<UserBody> {
    Json(api.caller.into())
}

/// What a person may change about themselves.
#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct MeChange {
    /// The language for their pages and emails.
    language: crate::i18n::Lang,
}

/// Saves the signed-in person's language.
#[utoipa::path(
    patch,
    path = "/api/v1/me",
    tag = "auth",
    request_body = MeChange,
    responses(
        (status = 200, description = "The person, with the language saved", body = UserBody),
        (status = 400, description = "Not a language Laurel speaks (`ar`, `zh`, `en`, `fr`, `ru`, `es`), or not JSON of this shape", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "No valid bearer token", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn update_me(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiJson(change): ApiJson<MeChange>,
) -> Result<Json<UserBody>, ApiError> {
    let caller =
        crate::service::accounts::set_language(&state.db, &api.caller, change.language, state.clock.now()).await?;
    Ok(Json(caller.into()))
}
