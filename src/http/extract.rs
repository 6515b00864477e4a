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
use crate::domain::Code;
use crate::service::auth::{self, Caller};
use crate::service::{Error, secret};

/// A JSON body, rejected as a 400 problem (or 413) rather than axum's plain text.
#[derive(Debug, Clone, Copy, Default, FromRequest)]
#[from_request(via(axum::Json), rejection(ApiError))]
pub struct ApiJson<T>(pub T);

/// Query parameters, rejected as a 400 problem.
#[derive(Debug, Clone, Copy, Default, FromRequestParts)]
#[from_request(via(axum::extract::Query), rejection(ApiError))]
pub struct ApiQuery<T>(pub T);

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

/// The other end of the connection, for throttling. Forwarded headers are not trusted:
/// anyone can send them.
#[derive(Debug, Clone)]
pub struct ClientAddr(pub String);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let ip = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map_or_else(|| "unknown".to_owned(), |c| c.0.ip().to_string());
        Ok(Self(ip))
    }
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

fn bearer(parts: &Parts) -> Option<String> {
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
        let axum::Form(envelope) = axum::Form::<Envelope<T>>::from_request(request, state).await.map_err(|e| {
            PageError(Problem::new(Code::BadRequest, format!("The form could not be read: {}", e.body_text())))
        })?;
        if !secret::same(&envelope.csrf, &viewer.csrf) {
            return Err(PageError(
                Error::Forbidden(
                    "This form has expired or was sent from another site. Go back, reload the page and try again."
                        .into(),
                )
                .into(),
            ));
        }
        Ok(Self(envelope.inner))
    }
}
