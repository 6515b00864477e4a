//! "My account": who I am, and for reviewers, the conflicts of interest I declared.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::nav::{FieldErrors, Nav};
use crate::app::AppState;
use crate::domain::user::Role;
use crate::format;
use crate::http::error::PageError;
use crate::http::extract::CsrfForm;
use crate::http::routes::Routes;
use crate::http::session::SignedIn;
use crate::i18n::Lang;
use crate::service::{self, Error, auth::Caller, member_states::MemberState, people};

pub fn routes() -> Routes<AppState> {
    Routes::new()
        .get("/account", account)
        .post("/account/conflicts", declare_conflict)
        .post("/account/language", choose_language)
}

#[derive(Template, WebTemplate)]
#[template(path = "account/account.html")]
pub struct AccountPage {
    nav: Nav,
    name: String,
    email: String,
    role: String,
    member_state: Option<String>,
    nationality: Option<String>,
    welcome: bool,
    /// The language was just saved.
    language_saved: bool,
    reviewer: bool,
    conflicts: Vec<ConflictRow>,
    states: std::sync::Arc<[MemberState]>,
    errors: FieldErrors,
}

pub struct ConflictRow {
    with: String,
    reason: String,
    declared: String,
}

#[derive(Deserialize)]
struct AccountQuery {
    welcome: Option<String>,
    done: Option<String>,
}

fn role_label(lang: Lang, role: Role) -> String {
    lang.t(match role {
        Role::Admin => "account-role-admin",
        Role::Nominator => "account-role-nominator",
        Role::Reviewer => "account-role-reviewer",
    })
}

async fn page(
    state: &AppState,
    signed_in: &SignedIn,
    welcome: bool,
    errors: FieldErrors,
) -> Result<AccountPage, PageError> {
    let caller: &Caller = &signed_in.caller;
    let states = service::member_states::all(&state.db, &state.caches).await?;
    let name_of = |code: &Option<String>| {
        code.as_ref().map(|c| states.iter().find(|s| &s.code == c).map_or_else(|| c.clone(), |s| s.name.clone()))
    };
    let reviewer = caller.role == Role::Reviewer;
    let conflicts = if reviewer {
        people::conflicts(&state.db, caller)
            .await?
            .into_iter()
            .map(|(c, state_name)| ConflictRow {
                with: state_name.unwrap_or_else(|| signed_in.viewer.lang.t("account-conflict-nomination")),
                reason: c.reason,
                declared: format::instant(c.created_at, "UTC"),
            })
            .collect()
    } else {
        Vec::new()
    };
    Ok(AccountPage {
        nav: Nav::from(&signed_in.viewer),
        name: caller.name.clone(),
        email: caller.email.clone(),
        role: role_label(signed_in.viewer.lang, caller.role),
        member_state: name_of(&caller.member_state),
        nationality: name_of(&caller.nationality),
        welcome,
        language_saved: false,
        reviewer,
        conflicts,
        states: if reviewer { states } else { std::sync::Arc::from([]) },
        errors,
    })
}

async fn account(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Query(q): Query<AccountQuery>,
) -> Result<AccountPage, PageError> {
    let mut page = page(&state, &signed_in, q.welcome.is_some(), FieldErrors::default()).await?;
    page.language_saved = q.done.as_deref() == Some("language");
    Ok(page)
}

#[derive(Deserialize)]
struct LanguageForm {
    language: String,
}

/// Saves the language the person reads Laurel in: their pages from now on, wherever
/// they sign in, and the emails Laurel sends them.
async fn choose_language(
    State(state): State<AppState>,
    signed_in: SignedIn,
    CsrfForm(form): CsrfForm<LanguageForm>,
) -> Result<Response, PageError> {
    let Ok(language) = form.language.parse::<Lang>() else {
        let errors = vec![service::FieldError::new("language", crate::i18n::say("refusal-language"))];
        let page = page(&state, &signed_in, false, FieldErrors(errors)).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    };
    service::accounts::set_language(&state.db, &signed_in.caller, language, state.clock.now()).await?;
    Ok(Redirect::to("/account?done=language").into_response())
}

#[derive(Deserialize)]
struct ConflictForm {
    member_state: String,
    reason: String,
}

async fn declare_conflict(
    State(state): State<AppState>,
    signed_in: SignedIn,
    CsrfForm(form): CsrfForm<ConflictForm>,
) -> Result<Response, PageError> {
    let now = state.clock.now();
    match people::declare_state_conflict(&state.db, &signed_in.caller, &form.member_state, &form.reason, now).await {
        Ok(()) => Ok(Redirect::to("/account").into_response()),
        Err(Error::Validation(errors)) => {
            let page = page(&state, &signed_in, false, FieldErrors(errors)).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(e) => Err(e.into()),
    }
}
