//! A short-lived memory of public result responses, so that the public's reads of
//! published results cost a lookup rather than a rebuild from the database.
//!
//! It can never lift the embargo early: an entry is what the route answered at the
//! time, and before publication that is a page without results. It expires after ten
//! seconds, at the next scheduled publication (whichever comes first), and at once when
//! a cycle is published by hand, so results appear on time. Only anonymous GETs with a
//! 200 answer are kept, without any `Set-Cookie`.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use chrono::Duration;

use crate::app::AppState;
use crate::cache::PublicAnswer;
use crate::i18n::Lang;

/// The routes whose anonymous answers are kept.
const PREFIXES: [&str; 6] =
    ["/cycles/", "/initiatives/", "/member-states/", "/archive", "/feed.atom", "/api/v1/public/"];
const TTL: i64 = 10;

fn cacheable(request: &Request) -> bool {
    let path = request.uri().path();
    // `?lang=` sets a cookie, which a kept answer never carries.
    let chooses_language = request.uri().query().is_some_and(|q| q.split('&').any(|p| p.starts_with("lang=")));
    !chooses_language
        && request.method() == Method::GET
        && PREFIXES.iter().any(|p| path.starts_with(p))
        && !path.contains("/nominations")
        // A ballot is each voter's own, and its forms carry the reader's CSRF token.
        && !path.contains("/vote")
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

fn answer(request_headers: &HeaderMap, kept: &PublicAnswer) -> Response {
    if client_holds(request_headers, &kept.headers) {
        return not_modified(&kept.headers);
    }
    let mut response = Response::new(Body::from(kept.body.clone()));
    *response.headers_mut() = kept.headers.clone();
    response
}

/// The middleware: answers from memory when it can, and remembers what it may.
pub async fn layer(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if !cacheable(&request) {
        return next.run(request).await;
    }
    // One copy per language: the same address reads differently in French and Arabic.
    // Kept answers are anonymous and never for `?lang=` (see `cacheable`): no saved
    // choice, no explicit one.
    let lang: Lang = crate::http::session::request_language(request.headers(), None, None);
    let key = format!("{lang}|{}", request.uri());
    let now = state.clock.now();
    if let Some(kept) = state.caches.public.get(&key, |kept| kept.expires > now) {
        return answer(request.headers(), &kept);
    }
    let request_headers = request.headers().clone();
    let response = next.run(request).await;
    if response.status() != StatusCode::OK {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, usize::MAX).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    parts.headers.remove(header::SET_COOKIE);
    // Shared caches downstream must keep a copy per language too.
    parts.headers.insert(header::VARY, axum::http::HeaderValue::from_static("Accept-Language, Cookie"));
    // Kept until the next change the clock makes: results published, a call opened or
    // closed (so a countdown never outlives its deadline), or the usual few seconds.
    let next_change = crate::service::publishing::next_change(&state.db, now).await.ok().flatten();
    let expires = next_change.into_iter().fold(now + Duration::seconds(TTL), std::cmp::min);
    let kept = Arc::new(PublicAnswer { expires, headers: parts.headers, body: bytes });
    state.caches.public.put(key, kept.clone());
    answer(&request_headers, &kept)
}
