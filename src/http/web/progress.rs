//! A cycle's dashboard for the secretariat: where the call and the reviews stand, in
//! tables a screen reader and a printout read alike.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use uuid::Uuid;

use super::nav::Nav;
use crate::app::AppState;
use crate::domain::nomination::NominationStatus;
use crate::format;
use crate::http::error::PageError;
use crate::http::extract::PagePath;
use crate::http::routes::Routes;
use crate::http::session::SignedIn;
use crate::service::cycles;
use crate::service::progress::{self, Progress, StageProgress};

pub fn routes() -> Routes<AppState> {
    Routes::new().get("/admin/cycles/{id}", dashboard)
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/dashboard.html")]
pub struct DashboardPage {
    nav: Nav,
    id: Uuid,
    name: String,
    closes: String,
    p: Progress,
    /// Status label and count, in the statuses' order.
    statuses: Vec<(String, usize)>,
    /// Each stage with its due date as the cycle reads it.
    stages: Vec<(StageProgress, String)>,
}

async fn dashboard(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath(id): PagePath<Uuid>,
) -> Result<DashboardPage, PageError> {
    let now = state.clock.now();
    let caller = &signed_in.caller;
    let p = progress::of_cycle(&state.db, &state.caches, caller, id, now).await?;
    let cycle = cycles::get(&state.db, Some(caller), id, now).await?;
    let lang = signed_in.viewer.lang;
    let statuses = NominationStatus::ALL
        .iter()
        .filter_map(|s| p.nominations.by_status.get(s.as_str()).map(|n| (s.label(lang), *n)))
        .collect();
    let stages = p
        .stages
        .iter()
        .map(|s| (s.clone(), s.due_at.map(|d| format::instant(d, &cycle.time_zone)).unwrap_or_default()))
        .collect();
    Ok(DashboardPage {
        nav: Nav::from(&signed_in.viewer),
        id,
        name: cycle.name,
        closes: format::instant(cycle.closes_at, &cycle.time_zone),
        p,
        statuses,
        stages,
    })
}
