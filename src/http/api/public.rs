//! The public's API: open calls, and published awards as JSON and CSV. Answers carry
//! an ETag of their bytes, so a repeated read with `If-None-Match` costs a 304.

use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use sha2::{Digest as _, Sha256};

use super::Page;
use crate::app::AppState;
use crate::http::error::ApiError;
use crate::http::extract::ApiQuery;
use crate::http::routes::Routes;
use crate::service::cycles;
use crate::service::publishing::{self, WinnersFilter};

pub fn routes() -> Routes<AppState> {
    Routes::new()
        .get("/v1/public/cycles", public_cycles)
        .get("/v1/public/winners", winners)
        .get("/v1/public/winners.csv", winners_csv)
}

/// `body` with `content_type`, or 304 when the client already holds these bytes.
pub fn cacheable(headers: &HeaderMap, content_type: &'static str, body: Vec<u8>) -> Response {
    let etag = format!("\"{}\"", hex::encode(&Sha256::digest(&body)[..16]));
    let fresh = crate::http::cache::client_holds(headers, &etag);
    let mut response = if fresh { StatusCode::NOT_MODIFIED.into_response() } else { body.into_response() };
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(v) = HeaderValue::from_str(&etag) {
        h.insert(header::ETAG, v);
    }
    // Short: publication must show within a minute of its time, even through a cache.
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=60"));
    response
}

fn json<T: Serialize>(headers: &HeaderMap, value: &T) -> Result<Response, ApiError> {
    let body = serde_json::to_vec(value).map_err(|e| crate::service::Error::Internal(e.into()))?;
    Ok(cacheable(headers, "application/json", body))
}

#[derive(Serialize)]
struct PublicCycle {
    id: uuid::Uuid,
    programme: String,
    name: String,
    year: i32,
    phase: &'static str,
    time_zone: String,
    opens_at: chrono::DateTime<chrono::Utc>,
    closes_at: chrono::DateTime<chrono::Utc>,
    categories: Vec<String>,
}

async fn public_cycles(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, ApiError> {
    let items: Vec<PublicCycle> = cycles::public_cycles(&state.db, state.clock.now())
        .await?
        .into_iter()
        .map(|c| PublicCycle {
            id: c.id,
            programme: c.programme,
            name: c.name,
            year: c.year,
            phase: c.phase.as_str(),
            time_zone: c.time_zone,
            opens_at: c.timeline.opens_at,
            closes_at: c.timeline.closes_at,
            categories: c.categories,
        })
        .collect();
    json(&headers, &Page { items, next_cursor: None })
}

async fn winners(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiQuery(filter): ApiQuery<WinnersFilter>,
) -> Result<Response, ApiError> {
    let items = publishing::winners(&state.db, &filter, state.clock.now()).await?;
    json(&headers, &Page { items, next_cursor: None })
}

async fn winners_csv(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiQuery(filter): ApiQuery<WinnersFilter>,
) -> Result<Response, ApiError> {
    let items = publishing::winners(&state.db, &filter, state.clock.now()).await?;
    Ok(cacheable(&headers, "text/csv; charset=utf-8", publishing::winners_csv(&items)?.into_bytes()))
}
