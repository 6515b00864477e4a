//! HTML pages for people: server-rendered, usable without JavaScript.

mod account;
mod audit;
mod auth;
mod charts;
mod cycles;
mod diff;
mod dossier;
mod entries;
pub(crate) mod feeds;
mod home;
mod nav;
mod nominations;
mod outbox;
mod people;
mod progress;
mod results;
mod reviews;
mod setup;
mod stages;
mod vote;

pub use nav::Nav;

use axum::http::{HeaderValue, header};
use axum::response::IntoResponse;

use crate::app::AppState;
use crate::http::routes::Routes;

pub fn routes() -> Routes<AppState> {
    Routes::new()
        .get("/static/laurel.css", stylesheet)
        .get("/static/nomination.js", nomination_script)
        .get("/static/setup.js", setup_script)
        .get("/static/print.js", print_script)
        .get("/static/review.js", review_script)
        .get("/favicon.svg", favicon)
        .get("/favicon.ico", favicon)
        .get("/api/docs", crate::http::api::openapi::docs)
        .merge(home::routes())
        .merge(feeds::routes())
        .merge(auth::routes())
        .merge(account::routes())
        .merge(people::routes())
        .merge(outbox::routes())
        .merge(audit::routes())
        .merge(entries::routes())
        .merge(dossier::routes())
        .merge(progress::routes())
        .merge(nominations::routes())
        .merge(reviews::routes())
        .merge(results::routes())
        .merge(cycles::routes())
        .merge(setup::routes())
        .merge(stages::routes())
        .merge(vote::routes())
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

/// The form's autosave and length counters; the form works without it.
async fn nomination_script() -> impl IntoResponse {
    script(include_str!("../../../templates/static/nomination.js"))
}

/// The cycle set-up form's warning before leaving with unsaved changes; the form works
/// without it.
async fn setup_script() -> impl IntoResponse {
    script(include_str!("../../../templates/static/setup.js"))
}

/// A juror's autosave of scores and comments; the rubric works without it.
async fn review_script() -> impl IntoResponse {
    script(include_str!("../../../templates/static/review.js"))
}

/// A receipt's "Print" button; the browser's own print works without it.
async fn print_script() -> impl IntoResponse {
    script(include_str!("../../../templates/static/print.js"))
}

/// The site's icon, for the tab and bookmarks; browsers that ask for `/favicon.ico` read
/// the SVG too.
async fn favicon() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("image/svg+xml")),
            (header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=604800")),
        ],
        include_str!("../../../templates/static/favicon.svg"),
    )
}

/// A script built into the binary, kept a day by browsers.
fn script(body: &'static str) -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("text/javascript; charset=utf-8")),
            (header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=86400")),
        ],
        body,
    )
}

#[cfg(test)]
mod stylesheet_tests {
    /// Arabic pages mirror only if the stylesheet speaks of the start and end of a line,
    /// never of its left and right.
    #[test]
    fn the_stylesheet_uses_logical_directions_only() {
        let css = include_str!("../../../templates/static/laurel.css");
        for physical in ["left", "right"] {
            let at: Vec<&str> = css.lines().filter(|l| l.contains(physical)).collect();
            assert!(at.is_empty(), "'{physical}' in the stylesheet: {at:?}");
        }
    }
}
