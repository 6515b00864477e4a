//! The focal point's dashboard: their state's nominations in each cycle, with what
//! each still needs.

use super::*;

#[derive(Template, WebTemplate)]
#[template(path = "nominator/dashboard.html")]
pub struct DashboardPage {
    pub(super) nav: Nav,
    pub(super) state_name: String,
    pub(super) cycles: Vec<CycleRow>,
}

pub struct CycleRow {
    pub(super) id: Uuid,
    pub(super) name: String,
    pub(super) deadline: String,
    pub(super) deadline_iso: String,
    pub(super) time_left: String,
    pub(super) open: bool,
    /// A closed cycle with a nomination still awaiting its state's answer.
    pub(super) answering: bool,
    pub(super) categories: Vec<CategoryRow>,
}

pub struct CategoryRow {
    pub(super) key: String,
    pub(super) name: String,
    pub(super) description: String,
    pub(super) used: i32,
    pub(super) max: i32,
    pub(super) rows: Vec<NominationRow>,
}

pub struct NominationRow {
    pub(super) id: Uuid,
    pub(super) title: String,
    pub(super) status: String,
    pub(super) status_key: &'static str,
    pub(super) updated: String,
    /// While the secretariat waits for an answer: by when, in the cycle's time zone.
    pub(super) answer_by: Option<String>,
}

pub(super) async fn dashboard_page(State(state): State<AppState>, signed_in: SignedIn) -> Result<Response, PageError> {
    let now = state.clock.now();
    let caller = &signed_in.caller;
    // The secretariat follows "My nominations" from a nomination's breadcrumb: its
    // nominations are the cycles'.
    if caller.role == crate::domain::user::Role::Admin {
        return Ok(Redirect::to(crate::http::web::auth::home(caller.role)).into_response());
    }
    let desks = dashboard::dashboard(&state.db, caller, now).await?;
    let code = caller.member_state.clone().unwrap_or_default();
    let state_name = member_states::find(&state.db, &state.caches, &code).await?.map_or(code, |s| s.name);
    let lang = signed_in.viewer.lang;
    let cycles = desks
        .into_iter()
        .map(|d| CycleRow {
            answering: d.categories.iter().flat_map(|c| &c.nominations).any(|n| {
                n.status == NominationStatus::ClarificationRequested.as_str()
                    && n.clarification_due_at.is_none_or(|due| now <= due)
            }),
            id: d.id,
            deadline: format::Zoned::new(d.closes_at, &d.time_zone).instant(lang),
            deadline_iso: iso(d.closes_at),
            time_left: format::time_left_in(lang, d.closes_at, now),
            open: d.open,
            categories: d
                .categories
                .into_iter()
                .map(|c| CategoryRow {
                    key: c.key,
                    name: c.name,
                    description: c.description.unwrap_or_default(),
                    used: c.used,
                    max: c.max_per_state,
                    rows: c
                        .nominations
                        .into_iter()
                        .map(|n| {
                            let status = n.status.parse::<NominationStatus>().unwrap_or(NominationStatus::Draft);
                            let answer_by = n
                                .clarification_due_at
                                .filter(|_| status == NominationStatus::ClarificationRequested)
                                .map(|due| format::Zoned::new(due, &d.time_zone).instant(lang));
                            NominationRow {
                                id: n.id,
                                title: if n.title.trim().is_empty() { lang.t("nomination-untitled") } else { n.title },
                                status: status.label(lang),
                                status_key: status.as_str(),
                                updated: format::Zoned::new(n.updated_at, &d.time_zone).instant(lang),
                                answer_by,
                            }
                        })
                        .collect(),
                })
                .collect(),
            name: d.name,
        })
        .collect();
    Ok(DashboardPage { nav: Nav::from(&signed_in.viewer), state_name, cycles }.into_response())
}

pub(super) fn iso(at: chrono::DateTime<chrono::Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}
