//! The secretariat's list of cycles, each with its stages, and publishing a decided
//! cycle's results now or at a set time.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use uuid::Uuid;

use super::nav::Nav;
use crate::app::AppState;
use crate::domain::cycle::Phase;
use crate::format;
use crate::http::error::PageError;
use crate::http::extract::{CsrfForm, PagePath};
use crate::http::routes::Routes;
use crate::http::session::SignedIn;
use crate::service::publishing::{self, PublishRequest};
use crate::service::{Error, cycles};

pub fn routes() -> Routes<AppState> {
    Routes::new().get("/admin/cycles", cycle_list).post("/admin/cycles/{id}/publish", publish)
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/cycles.html")]
pub struct CyclesPage {
    nav: Nav,
    cycles: Vec<cycles::CycleView>,
    notice: Option<String>,
}

#[derive(Deserialize)]
struct ListQuery {
    done: Option<String>,
}

async fn cycle_list(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Query(q): Query<ListQuery>,
) -> Result<CyclesPage, PageError> {
    signed_in.caller.require_admin()?;
    let cycles = cycles::list(&state.db, Some(&signed_in.caller), state.clock.now()).await?;
    let notice = match q.done.as_deref() {
        Some("published") => Some(signed_in.viewer.lang.t("admin-cycles-notice-published")),
        Some("scheduled") => Some(signed_in.viewer.lang.t("admin-cycles-notice-scheduled")),
        _ => None,
    };
    Ok(CyclesPage { nav: Nav::from(&signed_in.viewer), cycles, notice })
}

#[derive(Deserialize)]
struct PublishForm {
    /// A local date and time in the cycle's time zone, or empty for now.
    #[serde(default)]
    at: String,
}

async fn publish(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath(id): PagePath<Uuid>,
    CsrfForm(form): CsrfForm<PublishForm>,
) -> Result<Response, PageError> {
    let now = state.clock.now();
    let cycle = cycles::get(&state.db, Some(&signed_in.caller), id, now).await?;
    let at = match form.at.trim() {
        "" => None,
        raw => Some(
            chrono::NaiveDateTime::parse_from_str(raw, "%Y-%m-%dT%H:%M")
                .ok()
                .and_then(|t| format::local_to_utc(t, &cycle.time_zone))
                .ok_or_else(|| Error::validation("at", crate::i18n::say("refusal-datetime")))?,
        ),
    };
    let base = state.settings.base_url();
    let request = PublishRequest { at };
    let done = publishing::publish(&state.db, &state.caches, &signed_in.caller, id, request, &base, now).await?;
    let word = if done.phase == Phase::Published { "published" } else { "scheduled" };
    Ok(Redirect::to(&format!("/admin/cycles?done={word}")).into_response())
}
