//! The audit trail for the secretariat: every recorded change, filtered by who, what,
//! which subject and when, with the chain's last verification.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::response::Redirect;
use serde::Deserialize;

use super::nav::Nav;
use crate::app::AppState;
use crate::format;
use crate::http::error::PageError;
use crate::http::extract::CsrfForm;
use crate::http::routes::Routes;
use crate::http::session::SignedIn;
use crate::service::audit::{self, Filter, Verdict};

/// Events on one page of the trail.
const PAGE: u64 = 50;

pub fn routes() -> Routes<AppState> {
    Routes::new().get("/admin/audit", trail).post("/admin/audit/verify", verify)
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/audit.html")]
pub struct AuditPage {
    nav: Nav,
    asked: AuditQuery,
    rows: Vec<Row>,
    /// The address of the next (older) page, with the same filters.
    older: Option<String>,
    /// When the chain was last walked, and whether it held.
    check: Option<(String, Option<String>)>,
    events: i64,
}

pub struct Row {
    seq: i64,
    at: String,
    actor: String,
    action: String,
    subject: String,
    details: String,
}

/// The filter form as typed; blank fields filter nothing.
#[derive(Debug, Clone, Default, Deserialize, serde::Serialize)]
pub struct AuditQuery {
    #[serde(default)]
    actor: String,
    #[serde(default)]
    action: String,
    #[serde(default)]
    subject: String,
    /// A day, `YYYY-MM-DD`, in UTC.
    #[serde(default)]
    from: String,
    #[serde(default)]
    until: String,
    #[serde(default, skip_serializing)]
    before: Option<i64>,
}

fn optional(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_owned())
}

/// A day typed as `YYYY-MM-DD`, at midnight UTC; anything else filters nothing.
fn day(s: &str) -> Option<chrono::DateTime<chrono::Utc>> {
    chrono::NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|t| t.and_utc())
}

async fn trail(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Query(asked): Query<AuditQuery>,
) -> Result<AuditPage, PageError> {
    let filter = Filter {
        actor: optional(&asked.actor),
        action: optional(&asked.action),
        subject: optional(&asked.subject),
        from: day(&asked.from),
        // The whole of the last day asked for.
        until: day(&asked.until).map(|d| d + chrono::Duration::days(1)),
    };
    let found = audit::list(&state.db, &signed_in.caller, &filter, PAGE, asked.before).await?;
    let older = (found.len() as u64 == PAGE).then(|| found.last().map(|e| e.seq)).flatten().map(|seq| {
        let query = serde_urlencoded::to_string(&asked).unwrap_or_default();
        format!("/admin/audit?{query}&before={seq}")
    });
    let rows = found
        .into_iter()
        .map(|e| Row {
            seq: e.seq,
            at: format::instant(e.at, "UTC"),
            actor: e.actor_label,
            action: e.action,
            subject: format!("{} {}", e.subject_type, e.subject_id),
            details: if e.details.is_null() { String::new() } else { e.details.to_string() },
        })
        .collect();
    let last = audit::last_check(&state.caches);
    let events = match last.as_ref().map(|c| &c.verdict) {
        Some(Verdict::Intact { events }) => *events,
        _ => 0,
    };
    let check = last.map(|c| {
        let broken = match c.verdict {
            Verdict::Intact { .. } => None,
            Verdict::Broken(at) => Some(at.to_string()),
        };
        (format::instant(c.at, "UTC"), broken)
    });
    Ok(AuditPage { nav: Nav::from(&signed_in.viewer), asked, rows, older, check, events })
}

#[derive(Deserialize)]
struct Empty {}

/// Walks the whole chain now, as `laurel audit verify` does, and shows the verdict.
async fn verify(
    State(state): State<AppState>,
    signed_in: SignedIn,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Redirect, PageError> {
    audit::check_now(&state.db, &state.caches, &signed_in.caller, state.clock.now()).await?;
    Ok(Redirect::to("/admin/audit"))
}
