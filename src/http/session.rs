//! Who is looking at a page: the session cookie resolved once per request, and the
//! CSRF token every form on the page carries.
//!
//! Signed-in people's forms carry their session's token (stored with the session);
//! forms shown before sign-in (sign-in, accepting an invitation, a password reset)
//! carry a random token also set as an HttpOnly cookie, and must send both back.

use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::{IntoResponse as _, Response};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};

use super::error::{PageError, Problem};
use crate::app::AppState;
use crate::domain::Code;
use crate::i18n::{self, Lang};
use crate::service::auth::{self, Caller};
use crate::service::secret;

pub const SESSION_COOKIE: &str = "laurel_session";
pub const CSRF_COOKIE: &str = "laurel_csrf";
/// The reader's chosen language, set by `?lang=` (API.md, "Languages").
pub const LANG_COOKIE: &str = "lang";

/// The person viewing a page, if signed in, and the CSRF token for its forms.
#[derive(Debug, Clone)]
pub struct Viewer {
    pub caller: Option<Caller>,
    pub session_token: Option<String>,
    pub csrf: String,
    /// The language the page is written in (`i18n::negotiate`).
    pub lang: Lang,
    /// The page's address without its `lang` choice, for the language switcher: a
    /// reader who switches keeps the page and its filters.
    pub here: String,
}

impl Viewer {
    pub fn name(&self) -> Option<&str> {
        self.caller.as_ref().map(|c| c.name.as_str())
    }

    pub fn is_admin(&self) -> bool {
        self.caller.as_ref().is_some_and(Caller::is_admin)
    }
}

tokio::task_local! {
    /// The viewer of the page being answered, for what is rendered without an extractor:
    /// an error page still shows who is signed in.
    static VIEWER: Viewer;
}

/// The viewer of the page request being answered, if [`resolve`] has run for it.
#[must_use]
pub fn current_viewer() -> Option<Viewer> {
    VIEWER.try_with(Clone::clone).ok()
}

/// Resolves the session for every page request and keeps the anonymous CSRF cookie set.
pub async fn resolve(State(state): State<AppState>, jar: CookieJar, mut request: Request, next: Next) -> Response {
    let now = state.clock.now();
    let secure = secure(&state);
    let presented = jar.get(SESSION_COOKIE).map(|c| c.value().to_owned());
    let session = match &presented {
        Some(token) => match auth::session_caller(&state.db, token, now).await {
            Ok(found) => found,
            Err(e) => return PageError::from(e).into_response(),
        },
        None => None,
    };
    let mut set_csrf = None;
    let asked = asked_language(request.uri());
    let saved = session.as_ref().and_then(|(caller, _)| caller.language);
    let lang = request_language(request.headers(), asked.as_deref(), saved);
    // An explicit choice sticks without an account.
    let remember = asked.as_deref().and_then(|a| a.parse::<Lang>().ok()).filter(|l| *l == lang);
    let here = without_lang(request.uri());
    let viewer = match session {
        Some((caller, csrf)) => Viewer { caller: Some(caller), session_token: presented.clone(), csrf, lang, here },
        None => {
            let csrf = match jar.get(CSRF_COOKIE) {
                Some(c) if c.value().len() >= 32 => c.value().to_owned(),
                _ => {
                    let (fresh, _) = secret::generate();
                    set_csrf = Some(fresh.clone());
                    fresh
                }
            };
            Viewer { caller: None, session_token: None, csrf, lang, here }
        }
    };
    let stale_session = presented.is_some() && viewer.caller.is_none();
    request.extensions_mut().insert(viewer.clone());
    // The page's language also governs the refusals written on the way out, and an
    // error page is drawn for the person viewing it.
    let response = VIEWER.scope(viewer, i18n::in_language(lang, next.run(request))).await;

    let mut jar = CookieJar::new();
    if let Some(csrf) = set_csrf {
        jar = jar.add(cookie(CSRF_COOKIE, csrf, secure, SameSite::Strict));
    }
    if let Some(lang) = remember {
        let mut chosen = cookie(LANG_COOKIE, lang.as_str().to_owned(), secure, SameSite::Lax);
        chosen.set_max_age(time::Duration::days(365));
        jar = jar.add(chosen);
    }
    if stale_session && !response.headers().contains_key(axum::http::header::SET_COOKIE) {
        jar = jar.add(removal(SESSION_COOKIE));
    }
    (jar, response).into_response()
}

/// Sets the reader's language for every request ([`i18n::current`]) before anything
/// else reads it: for the API, its problems follow `Accept-Language`; pages refine it
/// with the signed-in person's saved choice in [`resolve`].
pub async fn language(request: Request, next: Next) -> Response {
    let asked = asked_language(request.uri());
    let lang = request_language(request.headers(), asked.as_deref(), None);
    i18n::in_language(lang, next.run(request)).await
}

/// `uri`'s path and query without `lang`, ready for `lang=` to be appended.
fn without_lang(uri: &axum::http::Uri) -> String {
    let kept: Vec<(String, String)> = uri
        .query()
        .and_then(|q| serde_urlencoded::from_str::<Vec<(String, String)>>(q).ok())
        .unwrap_or_default()
        .into_iter()
        .filter(|(k, _)| k != "lang")
        .collect();
    let query = serde_urlencoded::to_string(&kept).unwrap_or_default();
    if query.is_empty() { format!("{}?", uri.path()) } else { format!("{}?{query}&", uri.path()) }
}

/// The `?lang=` of a request, if it has one.
fn asked_language(uri: &axum::http::Uri) -> Option<String> {
    uri.query()
        .and_then(|q| serde_urlencoded::from_str::<Vec<(String, String)>>(q).ok())
        .and_then(|pairs| pairs.into_iter().find(|(k, _)| k == "lang").map(|(_, v)| v))
}

/// The language for a request with these headers, `?lang=` value and saved choice: the
/// one negotiation the pages and the public-answer cache share, so a kept copy is
/// always filed under the language its page was written in.
pub fn request_language(headers: &axum::http::HeaderMap, asked: Option<&str>, saved: Option<Lang>) -> Lang {
    let jar = CookieJar::from_headers(headers);
    let accept = headers.get(axum::http::header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    i18n::negotiate(asked, saved, jar.get(LANG_COOKIE).map(|c| c.value()), accept, Lang::DEFAULT)
}

pub(crate) fn secure(state: &AppState) -> bool {
    state.settings.base_url().starts_with("https://")
}

/// A cookie scripts cannot read, sent only to this site.
pub fn cookie(name: &'static str, value: String, secure: bool, same_site: SameSite) -> Cookie<'static> {
    Cookie::build((name, value)).path("/").http_only(true).secure(secure).same_site(same_site).build()
}

/// The session cookie set at sign-in: Lax, so following a link from an email to Laurel
/// arrives signed in, while other sites' forms do not carry it.
pub fn session_cookie(state: &AppState, token: String) -> Cookie<'static> {
    let mut c = cookie(SESSION_COOKIE, token, secure(state), SameSite::Lax);
    c.set_max_age(time::Duration::seconds(auth::SESSION_LIFETIME.num_seconds()));
    c
}

pub fn removal(name: &'static str) -> Cookie<'static> {
    Cookie::build((name, "")).path("/").max_age(time::Duration::ZERO).build()
}

impl<S: Send + Sync> FromRequestParts<S> for Viewer {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<Viewer>()
            .cloned()
            .ok_or_else(|| PageError(Problem::new(Code::Internal, "the session layer is missing")))
    }
}

/// A page that needs a signed-in person. Without one, the browser is sent to sign in
/// and brought back afterwards.
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub caller: Caller,
    pub viewer: Viewer,
}

pub struct SignInFirst(String);

impl axum::response::IntoResponse for SignInFirst {
    fn into_response(self) -> Response {
        let target = format!("/sign-in?next={}", urlencode(&self.0));
        axum::response::Redirect::to(&target).into_response()
    }
}

fn urlencode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

impl<S: Send + Sync> FromRequestParts<S> for SignedIn {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let viewer =
            Viewer::from_request_parts(parts, state).await.map_err(axum::response::IntoResponse::into_response)?;
        match viewer.caller.clone() {
            Some(caller) => Ok(Self { caller, viewer }),
            None => {
                // Coming back to a form's address with GET would find no page, so a
                // form posted after the session ended returns to the account page.
                let here = if parts.method == axum::http::Method::GET {
                    parts.uri.path_and_query().map_or("/", |p| p.as_str()).to_owned()
                } else {
                    "/account".to_owned()
                };
                Err(SignInFirst(here).into_response())
            }
        }
    }
}
