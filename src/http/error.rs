//! The one place where an error becomes an HTTP status: RFC 9457 problem details for
//! the API, a page in the site's layout for people.

use askama::Template;
use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use serde::Serialize;

use crate::domain::Code;
use crate::service::{self, FieldError};

/// An error on its way out, in the shape both renderings need.
#[derive(Debug)]
pub struct Problem {
    pub code: Code,
    pub detail: String,
    pub errors: Vec<FieldError>,
    /// Seconds until a rate-limited request may be made again (`Retry-After`).
    pub retry_after: Option<i64>,
}

/// The HTTP status of every refusal with `code`, for the API and the pages alike.
pub fn status_of(code: Code) -> StatusCode {
    match code {
        Code::BadRequest => StatusCode::BAD_REQUEST,
        Code::Unauthenticated => StatusCode::UNAUTHORIZED,
        Code::Forbidden => StatusCode::FORBIDDEN,
        Code::NotFound => StatusCode::NOT_FOUND,
        Code::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
        Code::InvalidState | Code::DeadlinePassed | Code::QuotaExceeded | Code::ConflictOfInterest => {
            StatusCode::CONFLICT
        }
        Code::VersionMismatch => StatusCode::PRECONDITION_FAILED,
        Code::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
        Code::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
        Code::ValidationFailed => StatusCode::UNPROCESSABLE_ENTITY,
        Code::RateLimited => StatusCode::TOO_MANY_REQUESTS,
        Code::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        Code::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
    }
}

impl Problem {
    pub fn new(code: Code, detail: impl Into<String>) -> Self {
        Self { code, detail: detail.into(), errors: Vec::new(), retry_after: None }
    }

    /// `Retry-After`, where the problem has one.
    fn retry_after(&self) -> Option<(header::HeaderName, HeaderValue)> {
        let seconds = self.retry_after?;
        HeaderValue::from_str(&seconds.to_string()).ok().map(|v| (header::RETRY_AFTER, v))
    }

    pub fn status(&self) -> StatusCode {
        status_of(self.code)
    }

    /// A short summary of the kind of problem, in the reader's language; the `code`
    /// beside it is what programs read.
    pub fn title(&self) -> String {
        let lang = crate::i18n::current();
        lang.t(match self.code {
            Code::BadRequest => "problem-bad-request",
            Code::Unauthenticated => "problem-unauthenticated",
            Code::Forbidden => "problem-forbidden",
            Code::NotFound => "problem-not-found",
            Code::MethodNotAllowed => "problem-method-not-allowed",
            Code::InvalidState => "problem-invalid-state",
            Code::DeadlinePassed => "problem-deadline-passed",
            Code::QuotaExceeded => "problem-quota-exceeded",
            Code::ConflictOfInterest => "problem-conflict-of-interest",
            Code::VersionMismatch => "problem-version-mismatch",
            Code::TooLarge => "problem-too-large",
            Code::UnsupportedMediaType => "problem-unsupported-media-type",
            Code::ValidationFailed => "problem-validation-failed",
            Code::RateLimited => "problem-rate-limited",
            Code::Internal => "problem-internal",
            Code::Unavailable => "problem-unavailable",
        })
    }
}

impl From<service::Error> for Problem {
    fn from(e: service::Error) -> Self {
        let code = e.code();
        match e {
            service::Error::Internal(cause) => {
                // The cause chain goes to the log, never to the client.
                tracing::error!(error = format!("{cause:#}"), "request failed");
                internal()
            }
            service::Error::Validation(errors) => Self { code, detail: summary(&errors), errors, retry_after: None },
            service::Error::RateLimited { retry_after } => {
                Self { retry_after: Some(retry_after), ..Self::new(code, e.to_string()) }
            }
            other => Self::new(code, other.to_string()),
        }
    }
}

fn summary(errors: &[FieldError]) -> String {
    let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
    crate::i18n::current().t_with("problem-correct-fields", &[("fields", fields.join(", ").into())])
}

/// The 500 everyone sees: no internals, a way forward.
pub fn internal() -> Problem {
    Problem::new(Code::Internal, crate::i18n::current().t("problem-internal-detail"))
}

/// What went wrong, as RFC 9457 problem details, with a stable `code` for programs and
/// the fields to correct in `errors`.
#[derive(Serialize, utoipa::ToSchema)]
#[schema(as = Problem)]
pub struct ProblemBody<'a> {
    #[serde(rename = "type")]
    #[schema(example = "urn:laurel:problem:validation_failed")]
    kind: String,
    #[schema(example = "Some fields need attention")]
    title: &'a str,
    #[schema(example = 422)]
    status: u16,
    #[schema(example = "Please correct: title.")]
    detail: &'a str,
    #[schema(example = "validation_failed")]
    code: &'static str,
    #[serde(skip_serializing_if = "<[FieldError]>::is_empty")]
    errors: &'a [FieldError],
}

/// An error from a JSON endpoint.
#[derive(Debug)]
pub struct ApiError(pub Problem);

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let problem = self.0;
        let status = problem.status();
        let title = problem.title();
        let body = ProblemBody {
            kind: format!("urn:laurel:problem:{}", problem.code.as_str()),
            title: &title,
            status: status.as_u16(),
            detail: &problem.detail,
            code: problem.code.as_str(),
            errors: &problem.errors,
        };
        let json = serde_json::to_vec(&body).unwrap_or_default();
        let mut response =
            (status, [(header::CONTENT_TYPE, HeaderValue::from_static("application/problem+json"))], json)
                .into_response();
        if let Some((name, value)) = problem.retry_after() {
            response.headers_mut().insert(name, value);
        }
        response
    }
}

impl<E: Into<Problem>> From<E> for ApiError {
    fn from(e: E) -> Self {
        Self(e.into())
    }
}

/// An error from a page.
#[derive(Debug)]
pub struct PageError(pub Problem);

impl<E: Into<Problem>> From<E> for PageError {
    fn from(e: E) -> Self {
        Self(e.into())
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    nav: crate::http::web::Nav,
    title: &'a str,
    detail: &'a str,
    status: u16,
    errors: &'a [FieldError],
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let problem = self.0;
        let status = problem.status();
        let title = problem.title();
        let page = ErrorPage {
            nav: crate::http::session::current_viewer().map_or_else(
                || crate::http::web::Nav { lang: crate::i18n::current(), ..crate::http::web::Nav::default() },
                |viewer| crate::http::web::Nav::from(&viewer),
            ),
            title: &title,
            detail: &problem.detail,
            status: status.as_u16(),
            errors: &problem.errors,
        };
        let retry_after = problem.retry_after();
        match page.render() {
            Ok(html) => {
                let mut response = (status, Html(html)).into_response();
                if let Some((name, value)) = retry_after {
                    response.headers_mut().insert(name, value);
                }
                response
            }
            Err(e) => {
                tracing::error!(error = %e, "rendering the error page");
                (status, format!("{}\n\n{}", problem.title(), problem.detail)).into_response()
            }
        }
    }
}

impl From<JsonRejection> for Problem {
    fn from(rejection: JsonRejection) -> Self {
        match rejection {
            JsonRejection::MissingJsonContentType(_) => {
                Problem::new(Code::BadRequest, crate::i18n::say("problem-json-content-type"))
            }
            JsonRejection::JsonDataError(e) => Problem::new(
                Code::BadRequest,
                crate::i18n::say_with("problem-json-shape", &[("error", e.body_text().into())]),
            ),
            JsonRejection::JsonSyntaxError(e) => Problem::new(
                Code::BadRequest,
                crate::i18n::say_with("problem-json-syntax", &[("error", e.body_text().into())]),
            ),
            JsonRejection::BytesRejection(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                Problem::new(Code::TooLarge, crate::i18n::say("problem-body-too-large"))
            }
            other => Problem::new(Code::BadRequest, other.body_text()),
        }
    }
}

impl From<QueryRejection> for Problem {
    fn from(rejection: QueryRejection) -> Self {
        Problem::new(
            Code::BadRequest,
            crate::i18n::say_with("problem-query", &[("error", rejection.body_text().into())]),
        )
    }
}

impl From<PathRejection> for Problem {
    fn from(rejection: PathRejection) -> Self {
        // A malformed id names nothing that exists: to a person, an address with nothing
        // at it. The parser's words are for the log.
        tracing::debug!(rejection = %rejection.body_text(), "a path that names nothing");
        Problem::new(Code::NotFound, crate::i18n::say("problem-address"))
    }
}

impl From<axum::extract::multipart::MultipartRejection> for Problem {
    fn from(rejection: axum::extract::multipart::MultipartRejection) -> Self {
        Problem::new(
            Code::BadRequest,
            crate::i18n::say_with("problem-multipart", &[("error", rejection.body_text().into())]),
        )
    }
}

impl From<axum::extract::multipart::MultipartError> for Problem {
    fn from(e: axum::extract::multipart::MultipartError) -> Self {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            Problem::new(Code::TooLarge, crate::i18n::say("problem-upload-too-large"))
        } else {
            Problem::new(
                Code::BadRequest,
                crate::i18n::say_with("problem-upload-unreadable", &[("error", e.body_text().into())]),
            )
        }
    }
}
