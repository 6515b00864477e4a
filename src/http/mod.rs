//! HTTP: HTML pages for people (`web`), JSON for programs (`api`), both thin adapters
//! over `service`, plus the operational endpoints and the middleware around them.

pub mod api;
pub mod cache;
pub mod download;
pub mod error;
pub mod extract;
pub mod ops;
pub mod routes;
pub mod session;
pub mod upload;
pub mod web;

use std::any::Any;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::{DefaultBodyLimit, Request};
use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::sensitive_headers::SetSensitiveHeadersLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use self::error::{ApiError, PageError, Problem};
use self::routes::Routes;
use crate::app::AppState;
use crate::domain::Code;
use crate::i18n;

const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// What a browser may load and do on Laurel's pages: only Laurel's own stylesheet and
/// script, no plugins, forms that post only to Laurel, and never inside another site's
/// frame (clickjacking a juror's "Submit" or a secretariat's "Publish").
const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; img-src 'self' data:; object-src 'none'; \
     base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// The headers every answer carries unless its handler set its own.
fn security_headers() -> impl Iterator<Item = (HeaderName, HeaderValue)> {
    [
        (header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY),
        // For browsers that predate `frame-ancestors`.
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        // Invitation and password links carry their token in the path; no other site
        // learns it from a Referer.
        (header::REFERRER_POLICY, "same-origin"),
    ]
    .into_iter()
    .map(|(name, value)| (name, HeaderValue::from_static(value)))
}

/// Every route Laurel serves, each group with its own error handling. `pages_layer`
/// wraps the HTML pages (with the session middleware when serving).
fn all_routes(pages_layer: impl FnOnce(Router<AppState>) -> Router<AppState>) -> Routes<AppState> {
    Routes::new()
        .merge(ops::routes())
        .nest("/api", api::routes().map(json_api))
        .merge(web::routes().map(|r| pages_layer(pages(r))))
}

/// What the router serves, for tests that must cover every route.
pub fn route_table() -> Vec<routes::Route> {
    all_routes(|r| r).into_parts().1
}

/// The whole application's routes with their middleware.
pub fn router(state: AppState) -> Router {
    // Room for the largest attachment plus the multipart envelope around it.
    let body_limit = usize::try_from(state.settings.max_upload).unwrap_or(usize::MAX).saturating_add(64 * 1024);
    let session_state = state.clone();
    let (routes, _) =
        all_routes(move |pages| pages.layer(axum::middleware::from_fn_with_state(session_state, session::resolve)))
            .into_parts();

    let mut routes = routes;
    for (name, value) in security_headers() {
        routes = routes.layer(SetResponseHeaderLayer::if_not_present(name, value));
    }
    routes
        // Inside the cache: a kept public answer is served without a second negotiation.
        .layer(axum::middleware::from_fn(session::language))
        .layer(axum::middleware::from_fn_with_state(state.clone(), cache::layer))
        .layer(axum::middleware::from_fn_with_state(state.metrics.clone(), crate::metrics::track))
        .layer(
            ServiceBuilder::new()
                .layer(SetSensitiveHeadersLayer::new([header::AUTHORIZATION, header::COOKIE, header::SET_COOKIE]))
                .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid))
                .layer(TraceLayer::new_for_http().make_span_with(|request: &Request<Body>| {
                    let id = request.headers().get(REQUEST_ID).and_then(|v| v.to_str().ok()).unwrap_or("-");
                    tracing::info_span!("request", method = %request.method(), path = %request.uri().path(), request_id = %id)
                }))
                .layer(PropagateRequestIdLayer::new(REQUEST_ID))
                .layer(TimeoutLayer::with_status_code(StatusCode::SERVICE_UNAVAILABLE, Duration::from_secs(30)))
                .layer(DefaultBodyLimit::max(body_limit)),
        )
        .with_state(state)
}

/// The JSON API's own fallbacks and panic handling: every answer under `/api` is a
/// problem document, whatever went wrong.
fn json_api<S: Clone + Send + Sync + 'static>(routes: Router<S>) -> Router<S> {
    routes
        .fallback(|| async { ApiError(Problem::new(Code::NotFound, i18n::current().t("problem-no-endpoint"))) })
        .method_not_allowed_fallback(|| async {
            ApiError(Problem::new(Code::MethodNotAllowed, i18n::current().t("problem-endpoint-method")))
        })
        .layer(CatchPanicLayer::custom(api_panic))
}

/// The pages' fallback and panic handling: every failure is a page in the layout.
fn pages<S: Clone + Send + Sync + 'static>(routes: Router<S>) -> Router<S> {
    routes
        .fallback(|| async { PageError(Problem::new(Code::NotFound, i18n::current().t("problem-no-page"))) })
        .method_not_allowed_fallback(|| async {
            PageError(Problem::new(Code::MethodNotAllowed, i18n::current().t("problem-page-method")))
        })
        .layer(CatchPanicLayer::custom(page_panic))
}

fn panic_message(panic: &(dyn Any + Send)) -> &str {
    panic
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| panic.downcast_ref::<&str>().copied())
        .unwrap_or("(no message)")
}

fn api_panic(panic: Box<dyn Any + Send + 'static>) -> Response {
    tracing::error!(panic = panic_message(panic.as_ref()), "handler panicked");
    ApiError(error::internal()).into_response()
}

fn page_panic(panic: Box<dyn Any + Send + 'static>) -> Response {
    tracing::error!(panic = panic_message(panic.as_ref()), "handler panicked");
    PageError(error::internal()).into_response()
}

#[cfg(test)]
mod tests {
    use axum::body::to_bytes;
    use axum::routing::get;
    use tower::ServiceExt as _;

    use super::*;

    async fn boom() -> &'static str {
        panic!("internal detail: password hunter2, row 42");
    }

    async fn call(router: Router, path: &str) -> (StatusCode, String, String) {
        let request = Request::builder().uri(path).body(Body::empty()).unwrap();
        let response = router.oneshot(request).await.unwrap();
        let status = response.status();
        let kind = response.headers()[header::CONTENT_TYPE].to_str().unwrap().to_owned();
        let body = String::from_utf8(to_bytes(response.into_body(), 1 << 20).await.unwrap().to_vec()).unwrap();
        (status, kind, body)
    }

    #[tokio::test]
    async fn a_panicking_api_handler_answers_a_500_problem_without_internals() {
        let router = json_api(Router::new().route("/boom", get(boom)));
        let (status, kind, body) = call(router, "/boom").await;
        assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(kind, "application/problem+json");
        let problem: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(problem["code"], "internal");
        assert!(!body.contains("hunter2") && !body.contains("row 42"), "{body}");
    }

    #[tokio::test]
    async fn a_panicking_page_answers_a_500_page_without_internals() {
        let router = pages(Router::new().route("/boom", get(boom)));
        let (status, kind, body) = call(router, "/boom").await;
        assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
        assert!(kind.starts_with("text/html"), "{kind}");
        assert!(body.contains("Something went wrong on our side"), "{body}");
        assert!(!body.contains("hunter2"), "{body}");
    }
}
