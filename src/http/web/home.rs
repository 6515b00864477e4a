//! The landing page: open calls with their deadlines, and recent cycles.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;

use super::nav::Nav;
use crate::app::AppState;
use crate::domain::cycle::Phase;
use crate::format;
use crate::http::error::PageError;
use crate::http::routes::Routes;
use crate::http::session::Viewer;
use crate::service;

pub fn routes() -> Routes<AppState> {
    Routes::new().get("/", home)
}

#[derive(Template, WebTemplate)]
#[template(path = "public/home.html")]
pub struct HomePage {
    nav: Nav,
    open: Vec<CycleCard>,
    /// Public votes open now, or about to open.
    votes: Vec<VoteCard>,
    recent: Vec<CycleCard>,
}

pub struct VoteCard {
    cycle: uuid::Uuid,
    name: String,
    /// Taking votes now.
    open: bool,
    opens: String,
    closes: String,
}

pub struct CycleCard {
    id: uuid::Uuid,
    /// Its results are public.
    published: bool,
    programme: String,
    name: String,
    status: String,
    /// When nominations close, or closed, in the cycle's own time zone.
    deadline: String,
    deadline_iso: String,
    time_left: String,
    categories: Vec<String>,
}

async fn home(State(state): State<AppState>, viewer: Viewer) -> Result<HomePage, PageError> {
    let now = state.clock.now();
    let lang = viewer.lang;
    let cycles = service::cycles::public_cycles(&state.db, &state.caches, now).await?;
    let votes = service::vote::ballot::running(&state.db, now)
        .await?
        .into_iter()
        .filter_map(|v| {
            let c = cycles.iter().find(|c| c.id == v.cycle)?;
            Some(VoteCard {
                cycle: v.cycle,
                name: c.name.clone(),
                open: v.opens_at <= now,
                opens: format::instant(v.opens_at, &c.time_zone),
                closes: format::instant(v.closes_at, &c.time_zone),
            })
        })
        .collect();
    let (open, recent): (Vec<_>, Vec<_>) = cycles
        .into_iter()
        .map(|c| {
            let card = CycleCard {
                id: c.id,
                published: c.phase == Phase::Published,
                programme: c.programme,
                name: c.name,
                status: lang.t(match c.phase {
                    Phase::Draft | Phase::Open => "phase-open",
                    Phase::Reviewing => "phase-reviewing",
                    Phase::Decided => "phase-decided",
                    Phase::Published => "phase-published",
                }),
                deadline: format::instant(c.timeline.closes_at, &c.time_zone),
                deadline_iso: c.timeline.closes_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                time_left: format::time_left_in(lang, c.timeline.closes_at, now),
                categories: c.categories,
            };
            (c.phase == Phase::Open, card)
        })
        .partition(|(is_open, _)| *is_open);
    Ok(HomePage {
        nav: Nav::from(&viewer),
        open: open.into_iter().map(|(_, c)| c).collect(),
        votes,
        recent: recent.into_iter().map(|(_, c)| c).take(10).collect(),
    })
}
