//! A short-lived memory of public result responses, so that the public's reads of
//! published results cost a lookup rather than a rebuild from the database.
//!
//! It can never lift the embargo early: an entry is what the route answered at the
//! time, and before publication that is a page without results. It expires after ten
//! seconds, at the next scheduled publication (whichever comes first), and at once when
//! a cycle is published by hand, so results appear on time. Only anonymous GETs with a
//! 200 answer are kept, without any `Set-Cookie`.

use std::collections::HashMap;
use std::sync::RwLock;

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Duration, Utc};

use crate::app::AppState;

/// The routes whose anonymous answers are kept.
const PREFIXES: [&str; 6] =
    ["/cycles/", "/initiatives/", "/member-states/", "/archive", "/feed.atom", "/api/v1/public/"];
/// Beyond this many entries (say, query strings made up to fill it), it starts afresh.
const CAPACITY: usize = 2_000;
const TTL: i64 = 10;

struct Entry {
    expires: DateTime<Utc>,
    headers: HeaderMap,
    body: Bytes,
}

#[derive(Default)]
pub struct PublicCache {
    entries: RwLock<HashMap<String, Entry>>,
}

impl std::fmt::Debug for PublicCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PublicCache")
    }
}

impl PublicCache {
    /// Forgets everything: a cycle was just published.
    pub fn purge(&self) {
        if let Ok(mut entries) = self.entries.write() {
            entries.clear();
        }
    }

    fn get(&self, key: &str, now: DateTime<Utc>) -> Option<(HeaderMap, Bytes)> {
        let entries = self.entries.read().ok()?;
        let entry = entries.get(key).filter(|e| e.expires > now)?;
        Some((entry.headers.clone(), entry.body.clone()))
    }

    fn put(&self, key: String, entry: Entry) {
        if let Ok(mut entries) = self.entries.write() {
            if entries.len() >= CAPACITY {
                entries.clear();
            }
            entries.insert(key, entry);
        }
    }
}

fn cacheable(request: &Request) -> bool {
    let path = request.uri().path();
    request.method() == Method::GET
        && PREFIXES.iter().any(|p| path.starts_with(p))
        && !path.contains("/nominations")
        && !request.headers().contains_key(header::AUTHORIZATION)
        && !request
            .headers()
            .get_all(header::COOKIE)
            .iter()
            .any(|c| c.to_str().is_ok_and(|c| c.contains("laurel_session=")))
}

/// Whether the client already holds what a response with `response` headers would
/// send (RFC 9110 §13.2.2): its `If-None-Match` names the ETag or, only when it sends
/// none, its `If-Modified-Since` is no earlier than the `Last-Modified`.
pub fn client_holds(request: &HeaderMap, response: &HeaderMap) -> bool {
    if request.contains_key(header::IF_NONE_MATCH) {
        let Some(etag) = response.get(header::ETAG).and_then(|v| v.to_str().ok()) else { return false };
        return request
            .get_all(header::IF_NONE_MATCH)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(str::trim)
            .any(|tag| tag == "*" || tag.trim_start_matches("W/") == etag);
    }
    let date = |headers: &HeaderMap, name| {
        headers.get(name).and_then(|v| v.to_str().ok()).and_then(|v| httpdate::parse_http_date(v).ok())
    };
    match (date(request, header::IF_MODIFIED_SINCE), date(response, header::LAST_MODIFIED)) {
        (Some(since), Some(modified)) => modified <= since,
        _ => false,
    }
}

/// The 304 for a response with these headers: its validators and caching rules, no body.
pub fn not_modified(response: &HeaderMap) -> Response {
    let mut answer = StatusCode::NOT_MODIFIED.into_response();
    for name in [header::ETAG, header::LAST_MODIFIED, header::CACHE_CONTROL] {
        if let Some(value) = response.get(&name) {
            answer.headers_mut().insert(name, value.clone());
        }
    }
    answer
}

fn answer(request_headers: &HeaderMap, headers: HeaderMap, body: Bytes) -> Response {
    if client_holds(request_headers, &headers) {
        return not_modified(&headers);
    }
    let mut response = Response::new(Body::from(body));
    *response.headers_mut() = headers;
    response
}

/// The middleware: answers from memory when it can, and remembers what it may.
pub async fn layer(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if !cacheable(&request) {
        return next.run(request).await;
    }
    let key = request.uri().to_string();
    let now = state.clock.now();
    let request_headers = request.headers().clone();
    if let Some((headers, body)) = state.public_cache.get(&key, now) {
        return answer(&request_headers, headers, body);
    }
    let response = next.run(request).await;
    if response.status() != StatusCode::OK {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, usize::MAX).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    parts.headers.remove(header::SET_COOKIE);
    let next_publication = crate::service::publishing::next_publication(&state.db, now).await.ok().flatten();
    let expires = next_publication.map_or(now + Duration::seconds(TTL), |at| at.min(now + Duration::seconds(TTL)));
    state.public_cache.put(key, Entry { expires, headers: parts.headers.clone(), body: bytes.clone() });
    answer(&request_headers, parts.headers, bytes)
}
