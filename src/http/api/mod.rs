//! The JSON API under `/api`, as API.md specifies it.

mod admin;
mod auth;
mod cycles;
mod invitations;
mod member_states;
mod nominations;
pub mod openapi;
mod people;
pub mod public;
mod review;
pub(crate) mod vote;

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
        .merge(people::routes())
        .merge(review::routes())
        .merge(public::routes())
        .merge(vote::routes())
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
    /// `BadRequest` when `limit` is not a number from 1 to 500.
    pub fn limit(&self) -> Result<u64, crate::service::Error> {
        match self.limit.as_deref() {
            None => Ok(50),
            Some(raw) => match raw.parse::<u64>() {
                Ok(n @ 1..=500) => Ok(n),
                _ => Err(crate::service::Error::BadRequest(format!(
                    "limit is the number of items per page, from 1 to 500; '{raw}' is not"
                ))),
            },
        }
    }

    /// # Errors
    /// `BadRequest` when `cursor` is not one this API handed out.
    pub fn uuid_cursor(&self) -> Result<Option<uuid::Uuid>, crate::service::Error> {
        self.cursor
            .as_deref()
            .map(|c| uuid::Uuid::parse_str(c).map_err(|_| crate::service::Error::unknown_cursor()))
            .transpose()
    }
}

/// A page of a list, with the cursor for the next one.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub next_cursor: Option<String>,
}

impl<T> From<crate::service::Listed<T>> for Page<T> {
    fn from(listed: crate::service::Listed<T>) -> Self {
        Self { items: listed.items, next_cursor: listed.next.map(|id| id.to_string()) }
    }
}

impl<T> Page<T> {
    /// A page of a list small enough to read whole (the member states, the cycles, the
    /// published awards), cut after the cursor by each item's `key`.
    ///
    /// # Errors
    /// `BadRequest` for a bad `limit`, or a cursor that is no item's key.
    pub fn cut(items: Vec<T>, query: &ListQuery, key: impl Fn(&T) -> String) -> Result<Self, crate::service::Error> {
        let limit = usize::try_from(query.limit()?).unwrap_or(usize::MAX);
        let start = match query.cursor.as_deref() {
            None => 0,
            Some(cursor) => items
                .iter()
                .position(|i| key(i) == cursor)
                .map(|p| p + 1)
                .ok_or_else(crate::service::Error::unknown_cursor)?,
        };
        let mut rest: Vec<T> = items.into_iter().skip(start).collect();
        let next_cursor = (rest.len() > limit).then(|| key(&rest[limit - 1]));
        rest.truncate(limit);
        Ok(Self { items: rest, next_cursor })
    }
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
/// same request within 24 hours gets the first response again, unchanged. `create`
/// makes the resource under the id it is given; `found` rebuilds the answer for an id
/// when the resource exists, for a retry of a request that never finished (see
/// `service::idempotency`).
///
/// # Errors
/// The create's own error, or a refusal of the key (in progress, reused, not ASCII).
pub async fn idempotent<T, C, CF, F, FF>(
    state: &crate::app::AppState,
    caller: &crate::service::auth::Caller,
    headers: &axum::http::HeaderMap,
    request: &serde_json::Value,
    create: C,
    found: F,
) -> Result<axum::response::Response, crate::http::error::ApiError>
where
    T: serde::Serialize,
    C: FnOnce(uuid::Uuid) -> CF,
    CF: std::future::Future<Output = Result<(axum::http::StatusCode, T), crate::http::error::ApiError>>,
    F: FnOnce(uuid::Uuid) -> FF,
    FF: std::future::Future<Output = Result<Option<(axum::http::StatusCode, T)>, crate::http::error::ApiError>>,
{
    use crate::service::idempotency::{self, Claim};
    use axum::http::header::CONTENT_TYPE;
    use axum::response::IntoResponse as _;

    let Some(raw) = headers.get("idempotency-key") else {
        let (status, body) = create(uuid::Uuid::now_v7()).await?;
        return Ok((status, axum::Json(body)).into_response());
    };
    // A key that is not ASCII is refused rather than ignored: ignored, the retry it was
    // meant to protect would create a second resource.
    let key = raw.to_str().map(str::trim).map_err(|_| {
        crate::service::Error::BadRequest("Idempotency-Key is 1 to 255 visible ASCII characters, such as a UUID".into())
    })?;
    // serde_json's maps are sorted, so the same JSON in another key order is the same request.
    let hash = crate::service::secret::digest(&request.to_string());
    let (resource, settled) = match idempotency::claim(&state.db, caller.id, key, &hash, state.clock.now()).await? {
        Claim::Replay { status, body } => {
            let status = axum::http::StatusCode::from_u16(status).unwrap_or(axum::http::StatusCode::OK);
            return Ok((status, [(CONTENT_TYPE, "application/json")], body).into_response());
        }
        Claim::Fresh { resource } => (resource, None),
        Claim::TakenOver { resource } => (resource, found(resource).await?),
    };
    let outcome = match settled {
        Some(done) => Ok(done),
        None => create(resource).await,
    };
    match outcome {
        Ok((status, body)) => {
            let json = serde_json::to_string(&body).map_err(|e| crate::service::Error::Internal(e.into()))?;
            idempotency::finish(&state.db, caller.id, key, status.as_u16(), &json).await?;
            Ok((status, [(CONTENT_TYPE, "application/json")], json).into_response())
        }
        Err(e) => {
            idempotency::abandon(&state.db, caller.id, key).await?;
            Err(e)
        }
    }
}
