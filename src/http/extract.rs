//! Extractors that turn a request into what a use case needs, with rejections in the
//! caller's language: problem details for the API, pages for people.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, FromRequest, FromRequestParts, Request};
use axum::http::header;
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

use super::error::{ApiError, PageError, Problem};
use super::session::Viewer;
use crate::app::AppState;
use crate::domain::{Code, text};
use crate::service::auth::{self, Caller};
use crate::service::{Error, secret};

/// A JSON body, rejected as a 400 problem (or 413) rather than axum's plain text. Every
/// string in it, keys included, is held to `text::control_free` before it is read into
/// `T`, so no use case and no database ever sees a NUL or an escape sequence.
#[derive(Debug, Clone, Copy, Default)]
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let axum::Json(value) = axum::Json::<serde_json::Value>::from_request(request, state).await?;
        if let Some((at, bad)) = control_in_json(&value, String::new()) {
            let refusal = text::control_refusal(&bad);
            let detail = if at.is_empty() {
                crate::i18n::say_with("problem-body-refused", &[("refusal", refusal.into())])
            } else {
                crate::i18n::say_with("problem-field-refused", &[("field", at.into()), ("refusal", refusal.into())])
            };
            return Err(ApiError(Problem::new(Code::BadRequest, detail)));
        }
        serde_path_to_error::deserialize(value).map(Self).map_err(|e| {
            ApiError(Problem::new(
                Code::BadRequest,
                crate::i18n::say_with("problem-json-shape", &[("error", e.to_string().into())]),
            ))
        })
    }
}

/// The first string in `value` (or key) holding a refused control character, with its path.
fn control_in_json(value: &serde_json::Value, at: String) -> Option<(String, String)> {
    use serde_json::Value;
    match value {
        Value::String(s) if !text::control_free(s) => Some((at, s.clone())),
        Value::Array(items) => items.iter().enumerate().find_map(|(i, v)| control_in_json(v, format!("{at}[{i}]"))),
        Value::Object(map) => map.iter().find_map(|(k, v)| {
            let here = if at.is_empty() { k.clone() } else { format!("{at}.{k}") };
            if text::control_free(k) { control_in_json(v, here) } else { Some((here, k.clone())) }
        }),
        _ => None,
    }
}

/// The first name or value of a query string or form body holding a refused control
/// character.
fn control_in_pairs(pairs: &[(String, String)]) -> Option<(String, String)> {
    pairs.iter().find_map(|(k, v)| {
        if !text::control_free(k) {
            Some((k.clone(), k.clone()))
        } else if !text::control_free(v) {
            Some((k.clone(), v.clone()))
        } else {
            None
        }
    })
}

/// Query parameters, rejected as a 400 problem; a control character in a name or value
/// is refused as in [`ApiJson`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ApiQuery<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let query = parts.uri.query().unwrap_or_default();
        let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query).unwrap_or_default();
        if let Some((name, bad)) = control_in_pairs(&pairs) {
            return Err(ApiError(Problem::new(
                Code::BadRequest,
                crate::i18n::say_with(
                    "problem-query-refused",
                    &[("name", name.into()), ("refusal", text::control_refusal(&bad).into())],
                ),
            )));
        }
        let axum::extract::Query(inner) = axum::extract::Query::<T>::from_request_parts(parts, state).await?;
        Ok(Self(inner))
    }
}

/// Path parameters; a malformed id is a 404 problem, since it names nothing.
#[derive(Debug, Clone, Copy, Default, FromRequestParts)]
#[from_request(via(axum::extract::Path), rejection(ApiError))]
pub struct ApiPath<T>(pub T);

/// A multipart form (an upload), rejected as a 400 problem.
pub struct ApiMultipart(pub axum::extract::Multipart);

impl<S: Send + Sync> FromRequest<S> for ApiMultipart {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        Ok(Self(axum::extract::Multipart::from_request(request, state).await?))
    }
}

/// Path parameters for pages; a malformed id is the not-found page.
#[derive(Debug, Clone, Copy, Default, FromRequestParts)]
#[from_request(via(axum::extract::Path), rejection(PageError))]
pub struct PagePath<T>(pub T);

/// The client, for throttling: the other end of the connection, or, when that is one
/// of `LAUREL_TRUSTED_PROXIES`, the address the proxy forwarded (`Forwarded: for=`, else
/// `X-Forwarded-For`). From anyone else the forwarded headers are ignored: a client
/// could write any address there.
#[derive(Debug, Clone)]
pub struct ClientAddr(pub String);

impl FromRequestParts<AppState> for ClientAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let Some(peer) = parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip()) else {
            return Ok(Self("unknown".to_owned()));
        };
        let proxies = &state.settings.trusted_proxies;
        if !proxies.contains(peer) {
            return Ok(Self(peer.to_string()));
        }
        Ok(Self(proxies.client(peer, &forwarded_chain(&parts.headers)).to_string()))
    }
}

/// The addresses a request passed through, nearest last, as the proxies wrote them.
fn forwarded_chain(headers: &axum::http::HeaderMap) -> Vec<std::net::IpAddr> {
    let values = |name: &str| -> Vec<String> {
        headers
            .get_all(name)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(|s| s.trim().to_owned())
            .collect()
    };
    let forwarded: Vec<std::net::IpAddr> = values("forwarded")
        .iter()
        .filter_map(|element| {
            element.split(';').find_map(|pair| {
                let (key, value) = pair.trim().split_once('=')?;
                key.eq_ignore_ascii_case("for").then(|| node_ip(value.trim_matches('"')))?
            })
        })
        .collect();
    if !forwarded.is_empty() {
        return forwarded;
    }
    values("x-forwarded-for").iter().filter_map(|v| node_ip(v)).collect()
}

/// An address from a forwarded header: `203.0.113.9`, `203.0.113.9:4711`,
/// `[2001:db8::1]:4711` or `2001:db8::1`.
fn node_ip(node: &str) -> Option<std::net::IpAddr> {
    node.parse()
        .ok()
        .or_else(|| node.parse::<SocketAddr>().ok().map(|s| s.ip()))
        .or_else(|| node.trim_start_matches('[').split(']').next()?.parse().ok())
}

/// An API caller authenticated by `Authorization: Bearer <token>`. The session cookie
/// is deliberately ignored here: the API is not reachable with a browser's ambient
/// credentials, so it needs no CSRF defence.
#[derive(Debug, Clone)]
pub struct ApiCaller {
    pub caller: Caller,
    pub token: String,
}

impl FromRequestParts<AppState> for ApiCaller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let token = bearer(parts).ok_or_else(|| {
            ApiError(Problem::new(
                Code::Unauthenticated,
                "Send a token from POST /api/v1/auth/login as 'Authorization: Bearer <token>'.",
            ))
        })?;
        match auth::token_caller(&state.db, &token, state.clock.now()).await? {
            Some(caller) => Ok(Self { caller, token }),
            None => Err(ApiError(Problem::new(
                Code::Unauthenticated,
                "This token is not valid: it expired, was revoked, or its account was deactivated. Sign in again.",
            ))),
        }
    }
}

/// An API caller who may be anonymous: public routes answer both.
#[derive(Debug, Clone)]
pub struct MaybeApiCaller(pub Option<Caller>);

impl FromRequestParts<AppState> for MaybeApiCaller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        if bearer(parts).is_none() {
            return Ok(Self(None));
        }
        ApiCaller::from_request_parts(parts, state).await.map(|c| Self(Some(c.caller)))
    }
}

pub(crate) fn bearer(parts: &Parts) -> Option<String> {
    let value = parts.headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    (scheme.eq_ignore_ascii_case("bearer") && !token.trim().is_empty()).then(|| token.trim().to_owned())
}

/// A form posted from one of Laurel's own pages: it must carry the CSRF token the page
/// was rendered with.
#[derive(Debug, Clone)]
pub struct CsrfForm<T>(pub T);

#[derive(serde::Deserialize)]
struct Envelope<T> {
    #[serde(default)]
    csrf: String,
    #[serde(flatten)]
    inner: T,
}

impl<T, S> FromRequest<S> for CsrfForm<T>
where
    T: DeserializeOwned + Send,
    S: Send + Sync,
{
    type Rejection = PageError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let (mut parts, body) = request.into_parts();
        let viewer = Viewer::from_request_parts(&mut parts, state).await?;
        let request = Request::from_parts(parts, body);
        let unreadable = |e: &dyn std::fmt::Display| {
            PageError(Problem::new(
                Code::BadRequest,
                crate::i18n::say_with("problem-form-unreadable", &[("error", e.to_string().into())]),
            ))
        };
        let bytes = axum::body::Bytes::from_request(request, state).await.map_err(|e| unreadable(&e.body_text()))?;
        let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&bytes).map_err(|e| unreadable(&e))?;
        if let Some((name, bad)) = control_in_pairs(&pairs) {
            return Err(PageError(Problem::new(
                Code::BadRequest,
                crate::i18n::say_with(
                    "problem-field-refused",
                    &[("field", name.into()), ("refusal", text::control_refusal(&bad).into())],
                ),
            )));
        }
        let envelope: Envelope<T> = serde_urlencoded::from_bytes(&bytes).map_err(|e| unreadable(&e))?;
        if !secret::same(&envelope.csrf, &viewer.csrf) {
            return Err(PageError(Error::Forbidden(viewer.lang.t("problem-form-expired")).into()));
        }
        Ok(Self(envelope.inner))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forwarded_headers_are_read_in_both_forms() {
        let mut headers = axum::http::HeaderMap::new();
        headers.append("x-forwarded-for", "203.0.113.5, 10.0.0.2".parse().unwrap());
        let ip = |s: &str| s.parse::<std::net::IpAddr>().unwrap();
        assert_eq!(forwarded_chain(&headers), [ip("203.0.113.5"), ip("10.0.0.2")]);
        headers.append("forwarded", "for=198.51.100.7;proto=https, for=\"[2001:db8::1]:4711\"".parse().unwrap());
        assert_eq!(forwarded_chain(&headers), [ip("198.51.100.7"), ip("2001:db8::1")], "Forwarded wins");
        assert_eq!(node_ip("203.0.113.9:4711"), Some(ip("203.0.113.9")));
        assert_eq!(node_ip("unknown"), None);
    }
}
