//! HTML pages for people: server-rendered, usable without JavaScript.

mod format;
mod home;

use axum::Router;
use axum::http::{HeaderValue, header};
use axum::response::IntoResponse;
use axum::routing::get;

use crate::app::AppState;

pub fn routes() -> Router<AppState> {
    Router::new().route("/static/laurel.css", get(stylesheet)).merge(home::routes())
}

/// The one stylesheet, built into the binary so a deployment is a single file.
async fn stylesheet() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("text/css; charset=utf-8")),
            (header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=86400")),
        ],
        include_str!("../../../templates/static/laurel.css"),
    )
}
