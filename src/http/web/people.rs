//! The secretariat's people page: everyone with an account, invitations, deactivation
//! and role changes.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use uuid::Uuid;

use super::nav::{FieldErrors, Nav};
use crate::app::AppState;
use crate::http::error::PageError;
use crate::http::extract::{CsrfForm, PagePath};
use crate::http::routes::Routes;
use crate::http::session::SignedIn;
use crate::service::invitations::{self, NewInvitation};
use crate::service::member_states::MemberState;
use crate::service::{self, Error, people};

pub fn routes() -> Routes<AppState> {
    Routes::new()
        .get("/admin/people", list)
        .post("/admin/people/invite", invite)
        .post("/admin/people/{id}/deactivate", deactivate)
        .post("/admin/people/{id}/role", change_role)
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/people.html")]
pub struct PeoplePage {
    nav: Nav,
    people: Vec<PersonRow>,
    states: Vec<MemberState>,
    invited: Option<String>,
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

#[derive(Deserialize)]
struct PeopleQuery {
    invited: Option<String>,
}

async fn page(
    state: &AppState,
    signed_in: &SignedIn,
    invited: Option<String>,
    form: InviteForm,
    errors: FieldErrors,
) -> Result<PeoplePage, PageError> {
    let everyone = people::list(&state.db, &signed_in.caller).await?;
    let states = service::member_states::list(&state.db).await?;
    let people = everyone
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
    Ok(PeoplePage { nav: Nav::from(&signed_in.viewer), people, states, invited, form, errors })
}

async fn list(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Query(q): Query<PeopleQuery>,
) -> Result<PeoplePage, PageError> {
    page(&state, &signed_in, q.invited, InviteForm::default(), FieldErrors::default()).await
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct InviteForm {
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

async fn invite(
    State(state): State<AppState>,
    signed_in: SignedIn,
    CsrfForm(form): CsrfForm<InviteForm>,
) -> Result<Response, PageError> {
    let new = NewInvitation {
        email: form.email.clone(),
        role: form.role.clone(),
        member_state: optional(&form.member_state),
        nationality: optional(&form.nationality),
        language: form.language.parse().ok(),
    };
    match invitations::invite(&state.db, &signed_in.caller, new, &state.settings.base_url(), state.clock.now()).await {
        Ok(sent) => {
            let target = format!(
                "/admin/people?invited={}",
                url::form_urlencoded::byte_serialize(sent.email.as_bytes()).collect::<String>()
            );
            Ok(Redirect::to(&target).into_response())
        }
        Err(Error::Validation(errors)) => {
            let page = page(&state, &signed_in, None, form, FieldErrors(errors)).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
struct Empty {}

async fn deactivate(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath(id): PagePath<Uuid>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Redirect, PageError> {
    people::deactivate(&state.db, &signed_in.caller, id, state.clock.now()).await?;
    Ok(Redirect::to("/admin/people"))
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
