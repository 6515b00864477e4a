//! A cycle's entries for the secretariat: every nomination in any status, filtered by
//! member state, regional group, category, status, a stage's outcome, a pending
//! clarification and words, sorted, a page at a time; and the same rows as CSV, one per
//! nomination or one per review.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::response::Response;
use serde::Deserialize;
use uuid::Uuid;

use super::nav::Nav;
use crate::app::AppState;
use crate::domain::member_state::Region;
use crate::domain::nomination::NominationStatus;
use crate::domain::stage::StageOutcome;
use crate::format;
use crate::http::error::PageError;
use crate::http::extract::PagePath;
use crate::http::routes::Routes;
use crate::http::session::SignedIn;
use crate::service::nominations::{self, EntrySort, ListFilter, NominationView};
use crate::service::{Paging, cycles, member_states};

/// Rows on one page of entries.
const PAGE: u64 = 100;
/// The most rows one CSV download holds.
const CSV_ROWS: u64 = 10_000;

pub fn routes() -> Routes<AppState> {
    Routes::new().get("/admin/cycles/{id}/nominations", entries).get("/admin/cycles/{id}/nominations.csv", entries_csv)
}

/// The filters as typed; a blank or unknown value filters nothing.
#[derive(Debug, Clone, Default, Deserialize, serde::Serialize)]
pub struct EntriesQuery {
    #[serde(default)]
    member_state: String,
    #[serde(default)]
    region: String,
    #[serde(default)]
    category: String,
    #[serde(default)]
    status: String,
    #[serde(default)]
    q: String,
    /// A stage outcome's word: nominations a stage gave it.
    #[serde(default)]
    outcome: String,
    /// Any value: only nominations whose focal points have a question to answer.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    clarification: String,
    #[serde(default)]
    sort: String,
    #[serde(default, skip_serializing)]
    after: Option<Uuid>,
    /// `reviews` for the CSV with a row per review.
    #[serde(default, skip_serializing)]
    rows: String,
}

impl EntriesQuery {
    fn filter(&self, cycle: Uuid) -> ListFilter {
        let text = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        let status = if self.clarification.is_empty() {
            self.status.parse().ok()
        } else {
            Some(NominationStatus::ClarificationRequested)
        };
        ListFilter {
            cycle: Some(cycle),
            category: text(&self.category),
            status,
            member_state: text(&self.member_state),
            region: self.region.parse().ok(),
            q: text(&self.q),
            outcome: self.outcome.parse().ok(),
        }
    }

    fn sort(&self) -> EntrySort {
        self.sort.parse().unwrap_or(EntrySort::Oldest)
    }

    /// These filters as a query string, for the next page and the CSV link.
    fn query(&self) -> String {
        serde_urlencoded::to_string(self).unwrap_or_default()
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/entries.html")]
pub struct EntriesPage {
    nav: Nav,
    id: Uuid,
    cycle: String,
    asked: EntriesQuery,
    categories: Vec<(String, String)>,
    states: Vec<(String, String)>,
    statuses: &'static [NominationStatus],
    regions: Vec<(Region, String)>,
    outcomes: &'static [StageOutcome],
    sorts: &'static [EntrySort],
    rows: Vec<Row>,
    more: Option<String>,
    csv: String,
}

pub struct Row {
    id: Uuid,
    title: String,
    state: String,
    category: String,
    status: String,
    status_key: &'static str,
    updated: String,
}

async fn entries(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath(id): PagePath<Uuid>,
    Query(asked): Query<EntriesQuery>,
) -> Result<EntriesPage, PageError> {
    let now = state.clock.now();
    let caller = &signed_in.caller;
    caller.require_admin()?;
    let cycle = cycles::get(&state.db, Some(caller), id, now).await?;
    let filter = asked.filter(id);
    let listed =
        nominations::entries(&state.db, caller, &filter, asked.sort(), Paging { limit: PAGE, after: asked.after })
            .await?;
    let names = member_states::all(&state.db, &state.caches).await?;
    let state_name =
        |code: &str| names.iter().find(|s| s.code == code).map_or_else(|| code.to_owned(), |s| s.name.clone());
    let category_name =
        |key: &str| cycle.categories.iter().find(|c| c.key == key).map_or_else(|| key.to_owned(), |c| c.name.clone());
    let lang = signed_in.viewer.lang;
    let rows = listed
        .items
        .iter()
        .map(|n| {
            let status = n.status.parse::<NominationStatus>().unwrap_or(NominationStatus::Draft);
            Row {
                id: n.id,
                title: n.title.clone(),
                state: state_name(&n.member_state),
                category: category_name(&n.category),
                status: status.label(lang),
                status_key: status.as_str(),
                updated: format::instant(n.updated_at, &cycle.time_zone),
            }
        })
        .collect();
    let query = asked.query();
    let more = listed.next.map(|after| format!("/admin/cycles/{id}/nominations?{query}&after={after}"));
    let mut states: Vec<(String, String)> = names.iter().map(|s| (s.code.clone(), s.name.clone())).collect();
    states.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(EntriesPage {
        nav: Nav::from(&signed_in.viewer),
        id,
        cycle: cycle.name.clone(),
        categories: cycle.categories.iter().map(|c| (c.key.clone(), c.name.clone())).collect(),
        states,
        statuses: NominationStatus::ALL,
        regions: Region::ALL.iter().map(|r| (*r, r.label(lang))).collect(),
        outcomes: StageOutcome::ALL,
        sorts: EntrySort::ALL,
        csv: format!("/admin/cycles/{id}/nominations.csv?{query}"),
        asked,
        rows,
        more,
    })
}

/// Exactly the filtered nominations, one row each with its answers by question key.
async fn entries_csv(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath(id): PagePath<Uuid>,
    Query(asked): Query<EntriesQuery>,
) -> Result<Response, PageError> {
    let now = state.clock.now();
    let caller = &signed_in.caller;
    caller.require_admin()?;
    cycles::get(&state.db, Some(caller), id, now).await?;
    let filter = asked.filter(id);
    let mut all: Vec<NominationView> = Vec::new();
    let mut after = None;
    loop {
        let listed = nominations::list(&state.db, caller, &filter, Paging { limit: 500, after }, now).await?;
        all.extend(listed.items);
        match listed.next {
            Some(next) if (all.len() as u64) < CSV_ROWS => after = Some(next),
            _ => break,
        }
    }
    if asked.rows == "reviews" {
        let body = nominations::reviews_csv(&state.db, caller, &all).await?;
        return Ok(crate::http::download::csv(&format!("reviews-{id}.csv"), body));
    }
    let body = nominations::entries_csv(&all)?;
    Ok(crate::http::download::csv(&format!("nominations-{id}.csv"), body))
}
