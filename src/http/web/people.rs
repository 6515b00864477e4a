//! The secretariat's people pages: everyone with an account (searched and filtered),
//! the member states still without a focal point, invitations one at a time or by the
//! list, the invitations sent with resend and revoke, and deactivation (confirmed) and
//! reactivation.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Multipart, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use uuid::Uuid;

use super::nav::{FieldErrors, Nav};
use crate::app::AppState;
use crate::domain::user::{InvitationStatus, Role};

use crate::http::error::PageError;
use crate::http::extract::{CsrfForm, PagePath};
use crate::http::routes::Routes;
use crate::http::session::SignedIn;
use crate::http::upload;
use crate::service::invitations::{self, NewInvitation};
use crate::service::member_states::MemberState;
use crate::service::{self, Error, FieldError, Paging, people};

pub fn routes() -> Routes<AppState> {
    Routes::new()
        .get("/admin/people", list)
        .post("/admin/people/invite", invite)
        .get("/admin/people/bulk", bulk_form)
        .post("/admin/people/bulk", bulk)
        .get("/admin/people/{id}/deactivate", confirm_deactivation)
        .post("/admin/people/{id}/deactivate", deactivate)
        .post("/admin/people/{id}/reactivate", reactivate)
        .post("/admin/people/{id}/role", change_role)
        .get("/admin/invitations", invitation_list)
        .post("/admin/invitations/{id}/resend", resend)
        .post("/admin/invitations/{id}/revoke", revoke)
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/people.html")]
pub struct PeoplePage {
    nav: Nav,
    people: Vec<PersonRow>,
    states: std::sync::Arc<[MemberState]>,
    /// Member states with no active focal point.
    uncovered: Vec<MemberState>,
    asked: PeopleQuery,
    /// Whether any filter is set, so the count reads "found" rather than "everyone".
    filtered: bool,
    done: Option<Done>,
    form: InviteForm,
    errors: FieldErrors,
}

pub struct PersonRow {
    id: Uuid,
    name: String,
    email: String,
    role: String,
    member_state: String,
    active: bool,
    is_me: bool,
}

/// What the last action did, said at the top of the page it returned to.
#[derive(Debug, Clone)]
pub enum Done {
    Invited(String),
    Deactivated(String),
    Reactivated(String),
}

#[derive(Debug, Clone, Default, Deserialize)]
struct PeopleQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    member_state: String,
    /// `active`, `deactivated`, or empty for both.
    #[serde(default)]
    status: String,
    #[serde(default)]
    invited: Option<String>,
    #[serde(default)]
    deactivated: Option<String>,
    #[serde(default)]
    reactivated: Option<String>,
}

impl PeopleQuery {
    fn filter(&self) -> people::Filter {
        people::Filter {
            role: self.role.parse::<Role>().ok(),
            member_state: Some(self.member_state.clone()).filter(|s| !s.is_empty()),
            active: match self.status.as_str() {
                "active" => Some(true),
                "deactivated" => Some(false),
                _ => None,
            },
            q: Some(self.q.clone()).filter(|q| !q.trim().is_empty()),
        }
    }

    fn done(&self) -> Option<Done> {
        let named = |v: &Option<String>| v.clone().filter(|s| !s.is_empty());
        named(&self.invited)
            .map(Done::Invited)
            .or_else(|| named(&self.deactivated).map(Done::Deactivated))
            .or_else(|| named(&self.reactivated).map(Done::Reactivated))
    }
}

async fn page(
    state: &AppState,
    signed_in: &SignedIn,
    asked: PeopleQuery,
    form: InviteForm,
    errors: FieldErrors,
) -> Result<PeoplePage, PageError> {
    let filter = asked.filter();
    let found = people::list(&state.db, &signed_in.caller, &filter).await?;
    let states = service::member_states::all(&state.db, &state.caches).await?;
    let uncovered = people::states_without_focal_point(&state.db, &signed_in.caller).await?;
    let people = found
        .into_iter()
        .map(|u| PersonRow {
            is_me: u.id == signed_in.caller.id,
            id: u.id,
            name: u.name,
            email: u.email,
            role: u.role,
            member_state: u.member_state.unwrap_or_default(),
            active: u.active,
        })
        .collect();
    let filtered =
        filter.role.is_some() || filter.member_state.is_some() || filter.active.is_some() || filter.q.is_some();
    Ok(PeoplePage {
        nav: Nav::from(&signed_in.viewer),
        people,
        states,
        uncovered,
        done: asked.done(),
        asked,
        filtered,
        form,
        errors,
    })
}

async fn list(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Query(asked): Query<PeopleQuery>,
) -> Result<PeoplePage, PageError> {
    page(&state, &signed_in, asked, InviteForm::default(), FieldErrors::default()).await
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    name: String,
    email: String,
    role: String,
    #[serde(default)]
    member_state: String,
    #[serde(default)]
    nationality: String,
    /// The language to write to them in; the secretariat's own when not one of the six.
    #[serde(default)]
    language: String,
}

fn optional(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_owned())
}

fn encoded(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

async fn invite(
    State(state): State<AppState>,
    signed_in: SignedIn,
    CsrfForm(form): CsrfForm<InviteForm>,
) -> Result<Response, PageError> {
    let new = NewInvitation {
        name: optional(&form.name),
        email: form.email.clone(),
        role: form.role.clone(),
        member_state: optional(&form.member_state),
        nationality: optional(&form.nationality),
        language: form.language.parse().ok(),
    };
    match invitations::invite(&state.db, &signed_in.caller, new, &state.settings.base_url(), state.clock.now()).await {
        Ok(sent) => Ok(Redirect::to(&format!("/admin/people?invited={}", encoded(&sent.email))).into_response()),
        Err(Error::Validation(errors)) => {
            let page = page(&state, &signed_in, PeopleQuery::default(), form, FieldErrors(errors)).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/deactivate.html")]
pub struct DeactivatePage {
    nav: Nav,
    id: Uuid,
    name: String,
    email: String,
    role: String,
}

/// Deactivation asks first: the person is signed out everywhere at once.
async fn confirm_deactivation(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath(id): PagePath<Uuid>,
) -> Result<DeactivatePage, PageError> {
    let person = people::one(&state.db, &signed_in.caller, id).await?;
    Ok(DeactivatePage {
        nav: Nav::from(&signed_in.viewer),
        id,
        name: person.name,
        email: person.email,
        role: person.role,
    })
}

#[derive(Deserialize)]
struct Empty {}

async fn deactivate(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath(id): PagePath<Uuid>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Redirect, PageError> {
    let person = people::deactivate(&state.db, &signed_in.caller, id, state.clock.now()).await?;
    Ok(Redirect::to(&format!("/admin/people?deactivated={}", encoded(&person.name))))
}

async fn reactivate(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath(id): PagePath<Uuid>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Redirect, PageError> {
    let person = people::reactivate(&state.db, &signed_in.caller, id, state.clock.now()).await?;
    Ok(Redirect::to(&format!("/admin/people?reactivated={}", encoded(&person.name))))
}

#[derive(Deserialize)]
struct RoleForm {
    role: String,
    #[serde(default)]
    member_state: String,
}

async fn change_role(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath(id): PagePath<Uuid>,
    CsrfForm(form): CsrfForm<RoleForm>,
) -> Result<Redirect, PageError> {
    let state_code = optional(&form.member_state);
    people::change_role(&state.db, &signed_in.caller, id, &form.role, state_code.as_deref(), state.clock.now()).await?;
    Ok(Redirect::to("/admin/people"))
}

// ---------------------------------------------------------------------------------------
// Inviting by the list
// ---------------------------------------------------------------------------------------

#[derive(Template, WebTemplate)]
#[template(path = "admin/people_bulk.html")]
pub struct BulkPage {
    nav: Nav,
    /// The list as pasted or uploaded, kept for the next step.
    text: String,
    /// The list could not be read at all, or was empty.
    problem: Option<String>,
    rows: Vec<BulkRowView>,
    refused: usize,
    /// How many went out, once sent.
    sent: Option<usize>,
}

pub struct BulkRowView {
    line: usize,
    name: String,
    email: String,
    role: String,
    /// Whether `role` is one Laurel knows, to be named in the reader's language.
    known_role: bool,
    member_state: String,
    nationality: String,
    errors: Vec<FieldError>,
}

async fn bulk_form(State(_): State<AppState>, signed_in: SignedIn) -> Result<BulkPage, PageError> {
    signed_in.caller.require_admin()?;
    Ok(BulkPage {
        nav: Nav::from(&signed_in.viewer),
        text: String::new(),
        problem: None,
        rows: Vec::new(),
        refused: 0,
        sent: None,
    })
}

/// Previews a pasted or uploaded list with every row's problems, or sends it when asked
/// and nothing is refused. The list travels in the form, so a refused send keeps it.
async fn bulk(State(state): State<AppState>, signed_in: SignedIn, multipart: Multipart) -> Result<Response, PageError> {
    signed_in.caller.require_admin()?;
    let form = upload::read_signed(multipart, state.settings.max_upload, &signed_in.viewer).await?;
    if form.oversize.is_some() {
        let limit = state.settings.max_upload;
        let said = crate::domain::attachment::AttachmentError::OverLimit { limit }.to_string();
        return Err(crate::service::Error::validation("file", said).into());
    }
    let text = match &form.file {
        Some((_, bytes)) if !bytes.is_empty() => String::from_utf8_lossy(bytes).into_owned(),
        _ => form.fields.get("list").cloned().unwrap_or_default(),
    };
    let send = form.fields.get("action").is_some_and(|a| a == "send");
    let nav = Nav::from(&signed_in.viewer);
    let refuse = |problem: String, text: String| BulkPage {
        nav: nav.clone(),
        text,
        problem: Some(problem),
        rows: Vec::new(),
        refused: 0,
        sent: None,
    };
    let list = match invitations::read_list(&text) {
        Ok(list) if list.people.is_empty() => {
            let page = refuse(signed_in.viewer.lang.t("admin-bulk-empty"), text);
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
        Ok(list) => list,
        Err(problem) => return Ok((StatusCode::UNPROCESSABLE_ENTITY, refuse(problem, text)).into_response()),
    };
    let lines: Vec<usize> = list.people.iter().map(|(line, _)| *line).collect();
    let typed: Vec<NewInvitation> = list.people.into_iter().map(|(_, p)| p).collect();
    let base = state.settings.base_url();
    let done =
        match invitations::invite_many(&state.db, &signed_in.caller, typed.clone(), !send, &base, state.clock.now())
            .await
        {
            Ok(done) => done,
            Err(Error::Validation(errors)) => {
                let problem = errors.into_iter().map(|e| e.message).collect::<Vec<_>>().join(" ");
                return Ok((StatusCode::UNPROCESSABLE_ENTITY, refuse(problem, text)).into_response());
            }
            Err(e) => return Err(e.into()),
        };
    let refused = done.refused();
    let sent = done.sent.then_some(done.rows.len());
    let rows = done
        .rows
        .into_iter()
        .zip(typed)
        .zip(lines)
        .map(|((row, p), line)| BulkRowView {
            line,
            name: p.name.unwrap_or_default(),
            email: row.email,
            known_role: p.role.parse::<Role>().is_ok(),
            role: p.role,
            member_state: p.member_state.unwrap_or_default(),
            nationality: p.nationality.unwrap_or_default(),
            errors: row.errors,
        })
        .collect();
    let status = if send && sent.is_none() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let page =
        BulkPage { nav, text: if sent.is_some() { String::new() } else { text }, problem: None, rows, refused, sent };
    Ok((status, page).into_response())
}

// ---------------------------------------------------------------------------------------
// Invitations sent
// ---------------------------------------------------------------------------------------

#[derive(Template, WebTemplate)]
#[template(path = "admin/invitations.html")]
pub struct InvitationsPage {
    nav: Nav,
    invitations: Vec<invitations::Listed>,
    statuses: &'static [InvitationStatus],
    asked: InvitationQuery,
    next: Option<Uuid>,
    done: Option<(String, String)>,
}

#[derive(Debug, Clone, Default, Deserialize)]
struct InvitationQuery {
    #[serde(default)]
    status: String,
    #[serde(default)]
    after: Option<Uuid>,
    /// `resent` or `revoked`, with the address it was done to.
    #[serde(default)]
    done: String,
    #[serde(default)]
    email: String,
}

/// A page of invitations: enough for a call's focal points and jury at once.
const INVITATIONS_PER_PAGE: u64 = 200;

async fn invitation_list(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Query(asked): Query<InvitationQuery>,
) -> Result<InvitationsPage, PageError> {
    let status = asked.status.parse::<InvitationStatus>().ok();
    let paging = Paging { limit: INVITATIONS_PER_PAGE, after: asked.after };
    let found = invitations::list(&state.db, &signed_in.caller, status, paging, state.clock.now()).await?;
    let done = (!asked.done.is_empty()).then(|| (asked.done.clone(), asked.email.clone()));
    Ok(InvitationsPage {
        nav: Nav::from(&signed_in.viewer),
        invitations: found.items,
        statuses: InvitationStatus::ALL,
        asked,
        next: found.next,
        done,
    })
}

async fn resend(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath(id): PagePath<Uuid>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Redirect, PageError> {
    let base = state.settings.base_url();
    let resent = invitations::resend(&state.db, &signed_in.caller, id, &base, state.clock.now()).await?;
    Ok(Redirect::to(&format!("/admin/invitations?done=resent&email={}", encoded(&resent.email))))
}

async fn revoke(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath(id): PagePath<Uuid>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Redirect, PageError> {
    let found = invitations::revoke(&state.db, &signed_in.caller, id, state.clock.now()).await?;
    Ok(Redirect::to(&format!("/admin/invitations?done=revoked&email={}", encoded(&found))))
}
