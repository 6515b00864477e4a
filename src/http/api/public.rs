//! The public's API: open calls, and published awards as JSON and CSV. Answers carry
//! an ETag of their bytes, so a repeated read with `If-None-Match` costs a 304.

use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use serde::Serialize;
use sha2::{Digest as _, Sha256};

use super::Page;
use crate::app::AppState;
use crate::http::cache::{client_holds, not_modified};
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
/// `modified` is when what the body says last changed, where that is known: a
/// publication, an edit, a date passing.
pub fn cacheable(
    request: &HeaderMap,
    content_type: &'static str,
    body: Vec<u8>,
    modified: Option<DateTime<Utc>>,
) -> Response {
    let mut headers = HeaderMap::new();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    let etag = format!("\"{}\"", hex::encode(&Sha256::digest(&body)[..16]));
    if let Ok(v) = HeaderValue::from_str(&etag) {
        headers.insert(header::ETAG, v);
    }
    if let Some(v) = modified.and_then(|at| HeaderValue::from_str(&httpdate::fmt_http_date(at.into())).ok()) {
        headers.insert(header::LAST_MODIFIED, v);
    }
    // Short: publication must show within a minute of its time, even through a cache.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=60"));
    if client_holds(request, &headers) {
        return not_modified(&headers);
    }
    (headers, body).into_response()
}

fn json<T: Serialize>(headers: &HeaderMap, value: &T, modified: Option<DateTime<Utc>>) -> Result<Response, ApiError> {
    let body = serde_json::to_vec(value).map_err(|e| crate::service::Error::Internal(e.into()))?;
    Ok(cacheable(headers, "application/json", body, modified))
}

/// Awards change only when their cycle is published: the latest publication among them.
fn published(items: &[publishing::PublicAward]) -> Option<DateTime<Utc>> {
    items.iter().map(|a| a.cycle.published_at).max()
}

#[derive(Serialize, utoipa::ToSchema)]
struct PublicCycle {
    id: uuid::Uuid,
    programme: String,
    name: String,
    year: i32,
    phase: crate::domain::cycle::Phase,
    time_zone: String,
    opens_at: chrono::DateTime<chrono::Utc>,
    closes_at: chrono::DateTime<chrono::Utc>,
    categories: Vec<String>,
}

/// Open and past cycles, for everyone.
#[utoipa::path(
    get,
    path = "/api/v1/public/cycles",
    tag = "public",
    params(
        ("limit" = Option<u32>, Query, description = "At most this many items, 1 to 500; 50 when absent", minimum = 1, maximum = 500),
        ("cursor" = Option<String>, Query, description = "The `next_cursor` of the previous page"),
        ("If-None-Match" = Option<String>, Header, description = "An ETag read before: 304 if unchanged"),
        ("If-Modified-Since" = Option<String>, Header, description = "A date read before as `Last-Modified`: 304 if unchanged since")
    ),
    responses(
        (status = 200, description = "Open and past cycles, newest first", body = Page<PublicCycle>),
        (status = 304, description = "Unchanged since the client read it"),
        (status = 400, description = "A `limit` or `cursor` that cannot be read", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(())
)]
async fn public_cycles(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiQuery(page): ApiQuery<super::ListQuery>,
) -> Result<Response, ApiError> {
    let now = state.clock.now();
    let cycles = cycles::public_cycles(&state.db, &state.caches, now).await?;
    let modified = cycles.iter().map(|c| c.last_changed(now)).max();
    let items: Vec<PublicCycle> = cycles
        .into_iter()
        .map(|c| PublicCycle {
            id: c.id,
            programme: c.programme,
            name: c.name,
            year: c.year,
            phase: c.phase,
            time_zone: c.time_zone,
            opens_at: c.timeline.opens_at,
            closes_at: c.timeline.closes_at,
            categories: c.categories,
        })
        .collect();
    json(&headers, &Page::cut(items, &page, |c: &PublicCycle| c.id.to_string())?, modified)
}

/// The winners' filters and the page.
#[derive(Debug, serde::Deserialize)]
struct WinnersQuery {
    #[serde(flatten)]
    filter: WinnersFilter,
    #[serde(flatten)]
    page: super::ListQuery,
}

/// Published awards as JSON, for everyone.
#[utoipa::path(
    get,
    path = "/api/v1/public/winners",
    tag = "public",
    params(("cycle" = Option<Uuid>, Query, description = "Only this cycle's"), ("category" = Option<String>, Query, description = "Only this category key"), ("region" = Option<crate::domain::member_state::Region>, Query, description = "Only this UN regional group"), ("limit" = Option<u32>, Query, description = "At most this many items, 1 to 500; 50 when absent", minimum = 1, maximum = 500), ("cursor" = Option<String>, Query, description = "The `next_cursor` of the previous page"), ("member_state" = Option<String>, Query, description = "Only this member state (ISO 3166-1 alpha-3)"), ("If-None-Match" = Option<String>, Header, description = "An ETag read before: 304 if unchanged"), ("If-Modified-Since" = Option<String>, Header, description = "A date read before as `Last-Modified`: 304 if unchanged since")),
    responses(
        (status = 200, description = "Published awards; nothing before publication", body = Page<publishing::PublicAward>),
        (status = 304, description = "Unchanged since the client read it"),
        (status = 400, description = "A filter, `limit` or `cursor` that cannot be read", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(())
)]
async fn winners(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiQuery(q): ApiQuery<WinnersQuery>,
) -> Result<Response, ApiError> {
    let items = publishing::winners(&state.db, &state.caches, &q.filter, state.clock.now()).await?;
    let modified = published(&items);
    json(&headers, &Page::cut(items, &q.page, |a| a.nomination.id.to_string())?, modified)
}

/// Published awards as CSV, for everyone.
#[utoipa::path(
    get,
    path = "/api/v1/public/winners.csv",
    tag = "public",
    params(("cycle" = Option<Uuid>, Query, description = "Only this cycle's"), ("category" = Option<String>, Query, description = "Only this category key"), ("region" = Option<crate::domain::member_state::Region>, Query, description = "Only this UN regional group"), ("member_state" = Option<String>, Query, description = "Only this member state (ISO 3166-1 alpha-3)"), ("If-None-Match" = Option<String>, Header, description = "An ETag read before: 304 if unchanged"), ("If-Modified-Since" = Option<String>, Header, description = "A date read before as `Last-Modified`: 304 if unchanged since")),
    responses(
        (status = 200, description = "The same awards as CSV, with the stable columns of docs/OPEN-DATA.md", content_type = "text/csv"),
        (status = 304, description = "Unchanged since the client read it")
    ),
    security(())
)]
async fn winners_csv(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiQuery(filter): ApiQuery<WinnersFilter>,
) -> Result<Response, ApiError> {
    let items = publishing::winners(&state.db, &state.caches, &filter, state.clock.now()).await?;
    let body = publishing::winners_csv(&items)?.into_bytes();
    Ok(cacheable(&headers, "text/csv; charset=utf-8", body, published(&items)))
}
