//! The public's pages of results: a cycle's winners, champions and finalists by
//! category, filterable by region and member state; an initiative's page; a member
//! state's awards across cycles; and the archive. Before a cycle is published its page
//! says when results will be out and shows nothing else.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use uuid::Uuid;

use super::nav::Nav;
use crate::app::AppState;
use crate::domain::cycle::Phase;
use crate::domain::member_state::Region;
use crate::format;
use crate::http::error::PageError;
use crate::http::extract::PagePath;
use crate::http::routes::Routes;
use crate::http::session::Viewer;
use crate::service::publishing::{self, PublicAward, WinnersFilter};
use crate::service::{Error, cycles, member_states};

pub fn routes() -> Routes<AppState> {
    Routes::new()
        .get("/cycles/{id}", cycle_results)
        .get("/initiatives/{id}", initiative)
        .get("/member-states/{code}", member_state)
        .get("/archive", archive)
        .get("/open-data", open_data)
}

pub struct CategoryBlock {
    name: String,
    awards: Vec<PublicAward>,
}

fn by_category(awards: Vec<PublicAward>) -> Vec<CategoryBlock> {
    let mut blocks: Vec<CategoryBlock> = Vec::new();
    for a in awards {
        match blocks.last_mut() {
            Some(b) if b.name == a.category.name => b.awards.push(a),
            _ => blocks.push(CategoryBlock { name: a.category.name.clone(), awards: vec![a] }),
        }
    }
    blocks
}

#[derive(Template, WebTemplate)]
#[template(path = "public/results.html")]
pub struct ResultsPage {
    nav: Nav,
    name: String,
    programme: String,
    published: bool,
    /// When results are (or were) published, in the cycle's time zone.
    when: String,
    blocks: Vec<CategoryBlock>,
    /// Key and label.
    regions: Vec<(String, String)>,
    states: Vec<(String, String)>,
    region: String,
    member_state: String,
    id: Uuid,
}

/// The results page's filter form.
#[derive(Debug, Default, serde::Deserialize)]
struct ResultsQuery {
    region: Option<String>,
    member_state: Option<String>,
}

async fn cycle_results(
    State(state): State<AppState>,
    viewer: Viewer,
    PagePath(id): PagePath<Uuid>,
    Query(asked): Query<ResultsQuery>,
) -> Result<ResultsPage, PageError> {
    let now = state.clock.now();
    let mut cycle =
        publishing::cycle_results(&state.db, &state.caches, id, now).await?.ok_or(Error::NotFound("cycle"))?;
    let published = cycle.phase == Phase::Published;
    // The filter form's "All" is an empty value; a region that is not one (an old or
    // hand-edited link) shows every region rather than an error.
    let chosen = WinnersFilter {
        region: asked.region.as_deref().and_then(|r| r.parse::<Region>().ok()),
        member_state: asked.member_state.filter(|s| !s.is_empty()),
        ..WinnersFilter::default()
    };
    let (blocks, regions, states) = if published {
        // One read of the cycle's awards: the menus offer all of them, the list shows
        // those the reader chose.
        let all = std::mem::take(&mut cycle.awards);
        let mut regions: Vec<(String, String)> = all
            .iter()
            .map(|a| {
                let key = a.member_state.region.clone();
                let label = key.parse::<Region>().map_or_else(|_| key.clone(), |r| r.label(viewer.lang));
                (key, label)
            })
            .collect();
        regions.sort();
        regions.dedup();
        let mut states: Vec<(String, String)> =
            all.iter().map(|a| (a.member_state.code.clone(), a.member_state.name.clone())).collect();
        states.sort_by(|a, b| a.1.cmp(&b.1));
        states.dedup();
        let shown = all.into_iter().filter(|a| chosen.admits(a)).collect();
        (by_category(shown), regions, states)
    } else {
        (Vec::new(), Vec::new(), Vec::new())
    };
    Ok(ResultsPage {
        nav: Nav::from(&viewer),
        name: cycle.name,
        programme: cycle.programme,
        published,
        when: format::date(cycle.publish_at, &cycle.time_zone),
        blocks,
        regions,
        states,
        region: chosen.region.map(|r| r.as_str().to_owned()).unwrap_or_default(),
        member_state: chosen.member_state.unwrap_or_default(),
        id,
    })
}

#[derive(Template, WebTemplate)]
#[template(path = "public/initiative.html")]
pub struct InitiativePage {
    nav: Nav,
    award: PublicAward,
    label: String,
}

async fn initiative(
    State(state): State<AppState>,
    viewer: Viewer,
    PagePath(id): PagePath<Uuid>,
) -> Result<InitiativePage, PageError> {
    let filter = WinnersFilter { nomination: Some(id), ..WinnersFilter::default() };
    let award = publishing::winners(&state.db, &state.caches, &filter, state.clock.now())
        .await?
        .pop()
        .ok_or(Error::NotFound("initiative"))?;
    Ok(InitiativePage { nav: Nav::from(&viewer), label: award.award.label(viewer.lang), award })
}

#[derive(Template, WebTemplate)]
#[template(path = "public/member_state.html")]
pub struct MemberStatePage {
    nav: Nav,
    name: String,
    region: String,
    awards: Vec<PublicAward>,
}

async fn member_state(
    State(state): State<AppState>,
    viewer: Viewer,
    PagePath(code): PagePath<String>,
) -> Result<MemberStatePage, PageError> {
    let code = code.to_uppercase();
    let found = member_states::find(&state.db, &state.caches, &code).await?.ok_or(Error::NotFound("member-state"))?;
    let filter = WinnersFilter { member_state: Some(code), ..Default::default() };
    let awards = publishing::winners(&state.db, &state.caches, &filter, state.clock.now()).await?;
    Ok(MemberStatePage { nav: Nav::from(&viewer), name: found.name, region: found.region.label(viewer.lang), awards })
}

#[derive(Template, WebTemplate)]
#[template(path = "public/archive.html")]
pub struct ArchivePage {
    nav: Nav,
    cycles: Vec<(Uuid, String, String, String)>,
}

async fn archive(State(state): State<AppState>, viewer: Viewer) -> Result<ArchivePage, PageError> {
    let published = publishing::published(&state.db, &state.caches, state.clock.now()).await?;
    let cycles = published.into_iter().map(|c| (c.id, c.name, c.year.to_string(), c.published_on)).collect();
    Ok(ArchivePage { nav: Nav::from(&viewer), cycles })
}

/// What the public may take and reuse, and where: the page the footer's "Open data"
/// leads to.
#[derive(Template, WebTemplate)]
#[template(path = "public/open_data.html")]
pub struct OpenDataPage {
    nav: Nav,
    /// The public cycles' calendars, by name.
    calendars: Vec<(Uuid, String)>,
    columns: &'static [&'static str],
}

async fn open_data(State(state): State<AppState>, viewer: Viewer) -> Result<OpenDataPage, PageError> {
    let calendars = cycles::public_cycles(&state.db, &state.caches, state.clock.now())
        .await?
        .into_iter()
        .map(|c| (c.id, c.name))
        .collect();
    Ok(OpenDataPage { nav: Nav::from(&viewer), calendars, columns: &publishing::WINNERS_CSV_COLUMNS })
}
