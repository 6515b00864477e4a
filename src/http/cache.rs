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

/// Whether the client's `If-None-Match` names `etag`: it already holds these bytes.
pub fn client_holds(request_headers: &HeaderMap, etag: &str) -> bool {
    request_headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim().trim_start_matches("W/") == etag))
}

fn answer(request_headers: &HeaderMap, headers: HeaderMap, body: Bytes) -> Response {
    let etag = headers.get(header::ETAG).cloned();
    let fresh = etag.as_ref().is_some_and(|etag| client_holds(request_headers, etag.to_str().unwrap_or("")));
    if fresh {
        let mut response = StatusCode::NOT_MODIFIED.into_response();
        if let Some(etag) = etag {
            response.headers_mut().insert(header::ETAG, etag);
        }
        return response;
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
