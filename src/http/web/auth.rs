//! Signing in and out, accepting an invitation, and resetting a password.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use serde::Deserialize;

use super::nav::{FieldErrors, Nav};
use crate::app::AppState;
use crate::domain::user::Role;
use crate::http::error::PageError;
use crate::http::extract::{ClientAddr, CsrfForm, PagePath};
use crate::http::routes::Routes;
use crate::http::session::{self, SESSION_COOKIE, SignedIn, Viewer};
use crate::i18n::Lang;
use crate::service::auth::{self, Channel};
use crate::service::{Error, accounts, invitations, passwords};

pub fn routes() -> Routes<AppState> {
    Routes::new()
        .get("/sign-in", sign_in_page)
        .post("/sign-in", sign_in)
        .post("/sign-out", sign_out)
        .get("/invitations/{token}", invitation_page)
        .post("/invitations/{token}", accept_invitation)
        .get("/password-reset", reset_request_page)
        .post("/password-reset", request_reset)
        .get("/password-reset/{token}", reset_page)
        .post("/password-reset/{token}", reset_password)
}

/// Where to go after signing in: only a path on this site, never another site.
/// Browsers drop tabs and newlines from a `Location` and read `\` as `/`, so a path
/// with any of them could lead elsewhere (`/\t/evil.example` is `//evil.example`).
fn safe_next(next: Option<&str>) -> Option<String> {
    match next {
        Some(path)
            if path.starts_with('/')
                && !path.starts_with("//")
                && !path.chars().any(|c| c == '\\' || c.is_control() || c.is_whitespace()) =>
        {
            Some(path.to_owned())
        }
        _ => None,
    }
}

/// Where each role starts: the secretariat on its cycles, a focal point on their
/// state's nominations, a juror on their assignments.
pub fn home(role: Role) -> &'static str {
    match role {
        Role::Admin => "/admin/cycles",
        Role::Nominator => "/nominations",
        Role::Reviewer => "/reviews",
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "public/sign_in.html")]
pub struct SignInPage {
    nav: Nav,
    next: String,
    email: String,
    error: Option<String>,
    notice: Option<&'static str>,
}

#[derive(Deserialize)]
struct SignInQuery {
    next: Option<String>,
    reset: Option<String>,
}

async fn sign_in_page(viewer: Viewer, Query(q): Query<SignInQuery>) -> Response {
    if let Some(caller) = &viewer.caller {
        let next = safe_next(q.next.as_deref()).unwrap_or_else(|| home(caller.role).to_owned());
        return Redirect::to(&next).into_response();
    }
    SignInPage {
        nav: Nav::from(&viewer),
        next: safe_next(q.next.as_deref()).unwrap_or_default(),
        email: String::new(),
        error: None,
        // A message id: the page says it in the reader's language.
        notice: q.reset.is_some().then_some("sign-in-password-changed"),
    }
    .into_response()
}

#[derive(Deserialize)]
struct SignInForm {
    email: String,
    password: String,
    next: Option<String>,
}

async fn sign_in(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientAddr(client): ClientAddr,
    CsrfForm(form): CsrfForm<SignInForm>,
) -> Result<Response, PageError> {
    let next = safe_next(form.next.as_deref());
    let replacing = viewer.session_token.as_deref();
    let outcome =
        auth::sign_in(&state.db, &form.email, &form.password, &client, Channel::Web, replacing, state.clock.now())
            .await;
    let (status, error) = match outcome {
        Ok(signed_in) => {
            // Someone who never chose a language gets their emails in the one they sign
            // in with, rather than the programme's default: the page they read is the
            // best word on what they read. A choice made later on the account page wins.
            if signed_in.caller.language.is_none() {
                accounts::set_language(&state.db, &signed_in.caller, viewer.lang, state.clock.now()).await?;
            }
            let next = next.unwrap_or_else(|| home(signed_in.caller.role).to_owned());
            let jar = CookieJar::new().add(session::session_cookie(&state, signed_in.secret));
            return Ok((jar, Redirect::to(&next)).into_response());
        }
        Err(Error::WrongCredentials) => (StatusCode::UNAUTHORIZED, viewer.lang.t("sign-in-wrong")),
        Err(Error::RateLimited { retry_after }) => {
            let minutes = (retry_after + 59) / 60;
            (StatusCode::TOO_MANY_REQUESTS, viewer.lang.t_with("sign-in-throttled", &[("minutes", minutes.into())]))
        }
        Err(e) => return Err(e.into()),
    };
    let next = next.unwrap_or_default();
    let page = SignInPage { nav: Nav::from(&viewer), next, email: form.email, error: Some(error), notice: None };
    Ok((status, page).into_response())
}

#[derive(Deserialize)]
struct Empty {}

async fn sign_out(
    State(state): State<AppState>,
    signed_in: SignedIn,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, PageError> {
    if let Some(token) = &signed_in.viewer.session_token {
        auth::sign_out(&state.db, &signed_in.caller, token, state.clock.now()).await?;
    }
    let jar = CookieJar::new().add(session::removal(SESSION_COOKIE));
    Ok((jar, Redirect::to("/")).into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "public/accept_invitation.html")]
pub struct AcceptPage {
    nav: Nav,
    email: String,
    role: String,
    name: String,
    /// The language chosen for their pages and emails: the page's until they pick one.
    language: Lang,
    errors: FieldErrors,
}

async fn invitation_page(
    State(state): State<AppState>,
    viewer: Viewer,
    PagePath(token): PagePath<String>,
) -> Result<AcceptPage, PageError> {
    let found = invitations::pending(&state.db, &token, state.clock.now()).await?;
    Ok(AcceptPage {
        nav: Nav::from(&viewer),
        email: found.email,
        role: found.role,
        name: found.name.unwrap_or_default(),
        language: viewer.lang,
        errors: FieldErrors::default(),
    })
}

#[derive(Deserialize)]
struct AcceptForm {
    name: String,
    password: String,
    /// One of the six codes; anything else leaves the invitation's language.
    #[serde(default)]
    language: String,
}

async fn accept_invitation(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientAddr(client): ClientAddr,
    PagePath(token): PagePath<String>,
    CsrfForm(form): CsrfForm<AcceptForm>,
) -> Result<Response, PageError> {
    let now = state.clock.now();
    match invitations::accept(&state.db, &token, &form.name, &form.password, form.language.parse().ok(), now).await {
        Ok(caller) => {
            // Accepting signs the person in: they just proved the link and chose the password.
            let replacing = viewer.session_token.as_deref();
            let signed_in = auth::start_session_for(&state.db, &caller, &client, replacing, now).await?;
            let jar = CookieJar::new().add(session::session_cookie(&state, signed_in.secret));
            Ok((jar, Redirect::to("/account?welcome=1")).into_response())
        }
        Err(Error::Validation(errors)) => {
            let found = invitations::pending(&state.db, &token, now).await?;
            let page = AcceptPage {
                nav: Nav::from(&viewer),
                email: found.email,
                role: found.role,
                name: form.name,
                language: form.language.parse().unwrap_or(viewer.lang),
                errors: FieldErrors(errors),
            };
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "public/reset_request.html")]
pub struct ResetRequestPage {
    nav: Nav,
    sent_to: Option<String>,
}

async fn reset_request_page(viewer: Viewer) -> ResetRequestPage {
    ResetRequestPage { nav: Nav::from(&viewer), sent_to: None }
}

#[derive(Deserialize)]
struct ResetRequestForm {
    email: String,
}

async fn request_reset(
    State(state): State<AppState>,
    viewer: Viewer,
    CsrfForm(form): CsrfForm<ResetRequestForm>,
) -> Result<ResetRequestPage, PageError> {
    passwords::request_reset(&state.db, &form.email, &state.settings.base_url(), state.clock.now()).await?;
    // The same page whether or not the address has an account.
    Ok(ResetRequestPage { nav: Nav::from(&viewer), sent_to: Some(form.email.trim().to_owned()) })
}

#[derive(Template, WebTemplate)]
#[template(path = "public/reset_choose.html")]
pub struct ResetPage {
    nav: Nav,
    errors: FieldErrors,
}

async fn reset_page(
    State(state): State<AppState>,
    viewer: Viewer,
    PagePath(token): PagePath<String>,
) -> Result<ResetPage, PageError> {
    passwords::pending(&state.db, &token, state.clock.now()).await?;
    Ok(ResetPage { nav: Nav::from(&viewer), errors: FieldErrors::default() })
}

#[derive(Deserialize)]
struct ResetForm {
    password: String,
}

async fn reset_password(
    State(state): State<AppState>,
    viewer: Viewer,
    PagePath(token): PagePath<String>,
    CsrfForm(form): CsrfForm<ResetForm>,
) -> Result<Response, PageError> {
    match passwords::reset(&state.db, &token, &form.password, state.clock.now()).await {
        Ok(_) => Ok(Redirect::to("/sign-in?reset=1").into_response()),
        Err(Error::Validation(errors)) => {
            let page = ResetPage { nav: Nav::from(&viewer), errors: FieldErrors(errors) };
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn sign_in_returns_only_to_paths_on_this_site() {
        assert_eq!(safe_next(Some("/admin/people?invited=1")).as_deref(), Some("/admin/people?invited=1"));
        for hostile in
            ["//evil.example", "/\t/evil.example", "/\\evil.example", "https://evil.example", "/a\nb", "/ /x", "x"]
        {
            assert_eq!(safe_next(Some(hostile)), None, "{hostile:?}");
        }
        assert_eq!(safe_next(None), None);
    }
}
