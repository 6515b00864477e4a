//! The JSON API under `/api`, as API.md specifies it.

mod admin;
mod auth;
mod cycles;
mod invitations;
mod member_states;
mod nominations;
pub mod openapi;
pub mod public;
mod review;

use crate::app::AppState;
use crate::http::routes::Routes;

pub fn routes() -> Routes<AppState> {
    Routes::new()
        .merge(admin::routes())
        .merge(auth::routes())
        .merge(cycles::routes())
        .merge(invitations::routes())
        .merge(member_states::routes())
        .merge(nominations::routes())
        .merge(review::routes())
        .merge(public::routes())
        .merge(openapi::routes())
}

/// `?limit=&cursor=` on every list (API.md: default 50, at most 500).
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct ListQuery {
    pub limit: Option<String>,
    pub cursor: Option<String>,
}

impl ListQuery {
    /// # Errors
    /// `Validation` naming `limit` when it is not a number from 1 to 500.
    pub fn limit(&self) -> Result<u64, crate::service::Error> {
        match self.limit.as_deref() {
            None => Ok(50),
            Some(raw) => match raw.parse::<u64>() {
                Ok(n @ 1..=500) => Ok(n),
                _ => Err(crate::service::Error::validation("limit", "a number from 1 to 500")),
            },
        }
    }

    /// # Errors
    /// `Validation` naming `cursor` when it is not one this API handed out.
    pub fn uuid_cursor(&self) -> Result<Option<uuid::Uuid>, crate::service::Error> {
        self.cursor
            .as_deref()
            .map(|c| {
                uuid::Uuid::parse_str(c)
                    .map_err(|_| crate::service::Error::validation("cursor", "not a cursor from this list"))
            })
            .transpose()
    }
}

/// A page of a list, with the cursor for the next one.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub next_cursor: Option<String>,
}

/// The version named by `If-Match: "<version>"`, if the header is there.
///
/// # Errors
/// `bad_request` when the header is not a quoted version number.
pub fn if_match(headers: &axum::http::HeaderMap) -> Result<Option<i32>, crate::http::error::ApiError> {
    let Some(value) = headers.get(axum::http::header::IF_MATCH) else { return Ok(None) };
    value
        .to_str()
        .ok()
        .map(|v| v.trim().trim_start_matches("W/").trim_matches('"'))
        .and_then(|v| v.parse::<i32>().ok())
        .map(Some)
        .ok_or_else(|| {
            crate::http::error::ApiError(crate::http::error::Problem::new(
                crate::domain::Code::BadRequest,
                "If-Match takes the version you last read, in quotes: If-Match: \"3\"",
            ))
        })
}

/// Runs a create once per `Idempotency-Key` (when the request has one): a repeat of the
/// same request within 24 hours gets the first response again, unchanged.
///
/// # Errors
/// The create's own error, or a refusal of the key (in progress, reused).
pub async fn idempotent<T, F>(
    state: &crate::app::AppState,
    caller: &crate::service::auth::Caller,
    headers: &axum::http::HeaderMap,
    request: &serde_json::Value,
    create: F,
) -> Result<axum::response::Response, crate::http::error::ApiError>
where
    T: serde::Serialize,
    F: std::future::Future<Output = Result<(axum::http::StatusCode, T), crate::http::error::ApiError>>,
{
    use crate::service::idempotency::{self, Claim};
    use axum::response::IntoResponse as _;

    let Some(key) = headers.get("idempotency-key").and_then(|v| v.to_str().ok()).map(str::trim) else {
        let (status, body) = create.await?;
        return Ok((status, axum::Json(body)).into_response());
    };
    // serde_json's maps are sorted, so the same JSON in another key order is the same request.
    let hash = crate::service::secret::digest(&request.to_string());
    match idempotency::claim(&state.db, caller.id, key, &hash, state.clock.now()).await? {
        Claim::Replay { status, body } => {
            let status = axum::http::StatusCode::from_u16(status).unwrap_or(axum::http::StatusCode::OK);
            Ok((status, [(axum::http::header::CONTENT_TYPE, "application/json")], body).into_response())
        }
        Claim::Fresh => match create.await {
            Ok((status, body)) => {
                let json = serde_json::to_string(&body).map_err(|e| crate::service::Error::Internal(e.into()))?;
                idempotency::finish(&state.db, caller.id, key, status.as_u16(), &json).await?;
                Ok((status, [(axum::http::header::CONTENT_TYPE, "application/json")], json).into_response())
            }
            Err(e) => {
                idempotency::abandon(&state.db, caller.id, key).await?;
                Err(e)
            }
        },
    }
}
