//! The ballot for people, `/cycles/{id}/vote`: registering with an email address,
//! entering the code it was sent, then a vote per category, each confirmed on a page of
//! its own before it is cast, changeable and withdrawable until the vote closes. Works
//! without JavaScript; the voter's token lives in an HttpOnly cookie of its own.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use chrono::{DateTime, Utc};
use entity::stage;
use sea_orm::{ColumnTrait as _, EntityTrait as _, QueryFilter as _, QueryOrder as _, QuerySelect as _};
use serde::Deserialize;
use uuid::Uuid;

use super::nav::{FieldErrors, Nav};
use crate::app::AppState;
use crate::domain::stage::StageKind;
use crate::format::Zoned;
use crate::http::api::vote::VoteClient;
use crate::http::error::PageError;
use crate::http::extract::{CsrfForm, PagePath};
use crate::http::routes::Routes;
use crate::http::session::{self, Viewer};
use crate::service::vote::{Voter, ballot, voters};
use crate::service::{Error, member_states};

/// The voter's token, for the ballot page.
pub const VOTER_COOKIE: &str = "laurel_voter";

pub fn routes() -> Routes<AppState> {
    Routes::new()
        .get("/cycles/{id}/vote", page)
        .post("/cycles/{id}/vote/register", register)
        .get("/cycles/{id}/vote/confirm", confirm_page)
        .post("/cycles/{id}/vote/confirm", confirm)
        .post("/cycles/{id}/vote/choose", choose)
        .post("/cycles/{id}/vote/cast", cast)
        .post("/cycles/{id}/vote/withdraw", withdraw)
        .post("/cycles/{id}/vote/sign-out", sign_out)
}

/// The cycle's public vote: its first stage of that kind.
async fn vote_stage(state: &AppState, cycle: Uuid) -> Result<stage::Model, PageError> {
    Ok(stage::Entity::find()
        .filter(stage::Column::CycleId.eq(cycle))
        .filter(stage::Column::Kind.eq(StageKind::PublicVote.as_str()))
        .order_by_asc(stage::Column::Position)
        .one(&state.db)
        .await
        .map_err(Error::from)?
        .ok_or(Error::NotFound("vote"))?)
}

/// The voter the ballot page's cookie stands for, with the token.
async fn voter(state: &AppState, jar: &CookieJar) -> Result<Option<(Voter, String)>, PageError> {
    let Some(token) = jar.get(VOTER_COOKIE).map(|c| c.value().to_owned()) else { return Ok(None) };
    Ok(voters::voter_of_token(&state.db, &token, state.clock.now()).await?.map(|v| (v, token)))
}

fn voter_cookie(state: &AppState, token: String) -> Cookie<'static> {
    let mut c = session::cookie(VOTER_COOKIE, token, session::secure(state), SameSite::Lax);
    c.set_max_age(time::Duration::seconds(voters::TOKEN_LIFETIME.num_seconds()));
    c
}

/// One nomination as the ballot shows it.
pub struct Choice {
    pub id: Uuid,
    pub title: String,
    pub summary: String,
    pub state: String,
    pub chosen: bool,
    /// Valid votes, shown only once a vote that shows its counts has closed.
    pub votes: Option<u64>,
}

/// One category of the ballot.
pub struct Section {
    pub key: String,
    pub name: String,
    pub vote: Option<String>,
    pub choices: Vec<Choice>,
}

#[derive(Template, WebTemplate)]
#[template(path = "public/vote.html")]
pub struct VotePage {
    nav: Nav,
    cycle: Uuid,
    title: String,
    opens: String,
    closes: String,
    /// Open for votes now.
    open: bool,
    closed: bool,
    /// The valid votes are shown.
    counts: bool,
    complete_only: bool,
    /// Signed in as a voter, with their address.
    voter: Option<String>,
    sections: Vec<Section>,
    /// Categories still without a vote.
    missing: Vec<String>,
    email: String,
    errors: FieldErrors,
    notice: Option<String>,
}

impl VotePage {
    fn voted(&self) -> usize {
        self.sections.iter().filter(|s| s.vote.is_some()).count()
    }
}

#[derive(Deserialize, Default)]
struct PageQuery {
    /// The category just voted in, for the notice.
    voted: Option<String>,
    withdrawn: Option<String>,
}

async fn page(
    State(state): State<AppState>,
    viewer: Viewer,
    jar: CookieJar,
    PagePath(cycle): PagePath<Uuid>,
    Query(q): Query<PageQuery>,
) -> Result<Response, PageError> {
    let stage = vote_stage(&state, cycle).await?;
    let voter = voter(&state, &jar).await?;
    let mut page = render(&state, &viewer, &stage, voter.as_ref().map(|v| &v.0)).await?;
    let name_of = |key: &str| page.sections.iter().find(|s| s.key == key).map(|s| s.name.clone());
    page.notice = match (q.voted.as_deref().and_then(name_of), q.withdrawn.as_deref().and_then(name_of)) {
        (Some(name), _) => Some(viewer.lang.t_with("vote-page-cast", &[("category", name.into())])),
        (None, Some(name)) => Some(viewer.lang.t_with("vote-page-withdrawn", &[("category", name.into())])),
        _ => None,
    };
    Ok(page.into_response())
}

/// The page as it stands for this reader: the ballot for a voter, otherwise the
/// nominations in the vote and the registration form.
async fn render(
    state: &AppState,
    viewer: &Viewer,
    stage: &stage::Model,
    voter: Option<&Voter>,
) -> Result<VotePage, PageError> {
    let now = state.clock.now();
    let lang = viewer.lang;
    let (version, year, name, zone): (i32, i32, String, String) = entity::cycle::Entity::find_by_id(stage.cycle_id)
        .select_only()
        .columns([
            entity::cycle::Column::Version,
            entity::cycle::Column::Year,
            entity::cycle::Column::Name,
            entity::cycle::Column::TimeZone,
        ])
        .into_tuple()
        .one(&state.db)
        .await
        .map_err(Error::from)?
        .ok_or(Error::NotFound("cycle"))?;
    let words = crate::service::cycles::labels(&state.db, &state.caches, &[(stage.cycle_id, version)]).await?;
    let words = words.of(stage.cycle_id);
    let title = words.cycle_name(lang, year, &name).clone();
    let shown = ballot::ballot_of(&state.db, &state.caches, voter, stage, words, lang, now).await?;
    let closed = stage.closes_at.is_some_and(|c| now >= c);
    // Nothing of the count is public unless the stage says so, and then only after it closed.
    let counted: Option<std::collections::HashMap<Uuid, u64>> = if closed && stage.show_counts {
        let (count, _) = crate::service::vote::tally::count(&state.db, &state.caches, stage.id).await?;
        Some(count.totals.into_iter().map(|((_, nomination), votes)| (nomination, votes)).collect())
    } else {
        None
    };
    let states = member_states::all(&state.db, &state.caches).await?;
    let state_name =
        |code: &str| states.iter().find(|s| s.code == code).map_or_else(|| code.to_owned(), |s| s.name.clone());
    let at = |t: Option<DateTime<Utc>>| t.map(|t| Zoned::new(t, &zone).instant(lang)).unwrap_or_default();
    let sections: Vec<Section> = shown
        .categories
        .iter()
        .map(|c| {
            let mut choices: Vec<Choice> = c
                .nominations
                .iter()
                .map(|n| Choice {
                    id: n.id,
                    title: n.title.clone(),
                    summary: n.summary.clone(),
                    state: state_name(&n.member_state),
                    chosen: voter.is_some() && c.vote == Some(n.id),
                    votes: counted.as_ref().map(|count| count.get(&n.id).copied().unwrap_or_default()),
                })
                .collect();
            // Without a ballot of their own, readers see the nominations by title, or by
            // votes once counts are shown.
            if voter.is_none() {
                choices.sort_by(|a, b| b.votes.cmp(&a.votes).then_with(|| a.title.cmp(&b.title)));
            }
            let vote = c.vote.filter(|_| voter.is_some());
            let vote = vote.and_then(|v| choices.iter().find(|n| n.id == v)).map(|n| n.title.clone());
            Section { key: c.key.clone(), name: c.name.clone(), vote, choices }
        })
        .collect();
    let missing = sections.iter().filter(|s| s.vote.is_none()).map(|s| s.name.clone()).collect();
    Ok(VotePage {
        nav: Nav::from(viewer),
        cycle: stage.cycle_id,
        title,
        opens: at(stage.opens_at),
        closes: at(stage.closes_at),
        open: shown.open,
        closed,
        counts: counted.is_some(),
        complete_only: stage.complete_ballot_only,
        voter: voter.map(|v| v.email.clone()),
        sections,
        missing,
        email: String::new(),
        errors: FieldErrors::default(),
        notice: None,
    })
}

#[derive(Deserialize)]
struct RegisterForm {
    email: String,
}

async fn register(
    State(state): State<AppState>,
    viewer: Viewer,
    VoteClient(client): VoteClient,
    PagePath(cycle): PagePath<Uuid>,
    CsrfForm(form): CsrfForm<RegisterForm>,
) -> Result<Response, PageError> {
    let stage = vote_stage(&state, cycle).await?;
    let registration = voters::Registration { email: &form.email, lang: viewer.lang, cycle: Some(cycle) };
    let outcome = voters::register(
        &state.db,
        &state.caches,
        &state.vote_limits,
        registration,
        &client,
        &state.settings.base_url(),
        state.clock.now(),
    )
    .await;
    let status = match outcome {
        Ok(()) => {
            let page = ConfirmPage::new(&viewer, cycle, form.email, FieldErrors::default(), true);
            return Ok(page.into_response());
        }
        Err(Error::Validation(errors)) => (StatusCode::UNPROCESSABLE_ENTITY, FieldErrors(errors)),
        Err(Error::RateLimited { retry_after }) => {
            let minutes = (retry_after + 59) / 60;
            let message = viewer.lang.t_with("vote-page-throttled", &[("minutes", minutes.into())]);
            (StatusCode::TOO_MANY_REQUESTS, FieldErrors(vec![crate::service::FieldError::new("email", message)]))
        }
        Err(e) => return Err(e.into()),
    };
    let mut page = render(&state, &viewer, &stage, None).await?;
    page.email = form.email;
    page.errors = status.1;
    Ok((status.0, page).into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "public/vote_code.html")]
pub struct ConfirmPage {
    nav: Nav,
    cycle: Uuid,
    email: String,
    errors: FieldErrors,
    /// Just registered: a code is on its way.
    sent: bool,
}

impl ConfirmPage {
    fn new(viewer: &Viewer, cycle: Uuid, email: String, errors: FieldErrors, sent: bool) -> Self {
        Self { nav: Nav::from(viewer), cycle, email, errors, sent }
    }
}

#[derive(Deserialize)]
struct ConfirmQuery {
    #[serde(default)]
    email: String,
}

async fn confirm_page(
    State(state): State<AppState>,
    viewer: Viewer,
    PagePath(cycle): PagePath<Uuid>,
    Query(q): Query<ConfirmQuery>,
) -> Result<Response, PageError> {
    vote_stage(&state, cycle).await?;
    Ok(ConfirmPage::new(&viewer, cycle, q.email, FieldErrors::default(), false).into_response())
}

#[derive(Deserialize)]
struct ConfirmForm {
    email: String,
    code: String,
}

async fn confirm(
    State(state): State<AppState>,
    viewer: Viewer,
    PagePath(cycle): PagePath<Uuid>,
    CsrfForm(form): CsrfForm<ConfirmForm>,
) -> Result<Response, PageError> {
    vote_stage(&state, cycle).await?;
    match voters::confirm(&state.db, &form.email, &form.code, state.clock.now()).await {
        Ok((_, token)) => {
            let jar = CookieJar::new().add(voter_cookie(&state, token));
            Ok((jar, Redirect::to(&format!("/cycles/{cycle}/vote"))).into_response())
        }
        Err(Error::Validation(errors)) => {
            let page = ConfirmPage::new(&viewer, cycle, form.email, FieldErrors(errors), false);
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "public/vote_choice.html")]
pub struct ChoicePage {
    nav: Nav,
    cycle: Uuid,
    category: String,
    category_name: String,
    nomination: Uuid,
    title: String,
    state: String,
    /// What it replaces, if the voter had voted in the category.
    replaces: Option<String>,
}

#[derive(Deserialize)]
struct ChooseForm {
    category: String,
    nomination: Option<Uuid>,
}

/// Without a voter's cookie, a ballot form sends the reader to register.
fn to_registration(cycle: Uuid) -> Response {
    Redirect::to(&format!("/cycles/{cycle}/vote#register")).into_response()
}

/// The choice, to confirm before it is cast.
async fn choose(
    State(state): State<AppState>,
    viewer: Viewer,
    jar: CookieJar,
    PagePath(cycle): PagePath<Uuid>,
    CsrfForm(form): CsrfForm<ChooseForm>,
) -> Result<Response, PageError> {
    let stage = vote_stage(&state, cycle).await?;
    let Some((voter, _)) = voter(&state, &jar).await? else { return Ok(to_registration(cycle)) };
    let page = render(&state, &viewer, &stage, Some(&voter)).await?;
    let Some(section) = page.sections.iter().find(|s| s.key == form.category) else {
        return Err(Error::NotFound("category").into());
    };
    let Some(choice) = form.nomination.and_then(|n| section.choices.iter().find(|c| c.id == n)) else {
        // Nothing chosen: the ballot again, with the problem beside the category.
        let mut page = page;
        let message = viewer.lang.t("vote-page-choose-one");
        page.errors = FieldErrors(vec![crate::service::FieldError::new(form.category.clone(), message)]);
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    };
    Ok(ChoicePage {
        nav: Nav::from(&viewer),
        cycle,
        category: section.key.clone(),
        category_name: section.name.clone(),
        nomination: choice.id,
        title: choice.title.clone(),
        state: choice.state.clone(),
        replaces: section.vote.clone().filter(|v| *v != choice.title),
    }
    .into_response())
}

#[derive(Deserialize)]
struct CastForm {
    category: String,
    nomination: Uuid,
}

async fn cast(
    State(state): State<AppState>,
    jar: CookieJar,
    VoteClient(client): VoteClient,
    PagePath(cycle): PagePath<Uuid>,
    CsrfForm(form): CsrfForm<CastForm>,
) -> Result<Response, PageError> {
    let stage = vote_stage(&state, cycle).await?;
    let Some((voter, _)) = voter(&state, &jar).await? else { return Ok(to_registration(cycle)) };
    let request = ballot::Request { voter: &voter, stage: stage.id, category: &form.category, client: &client };
    ballot::cast(&state.db, &state.caches, &state.vote_limits, &request, form.nomination, state.clock.now()).await?;
    Ok(Redirect::to(&format!("/cycles/{cycle}/vote?voted={}#{}", form.category, form.category)).into_response())
}

#[derive(Deserialize)]
struct WithdrawForm {
    category: String,
}

async fn withdraw(
    State(state): State<AppState>,
    jar: CookieJar,
    VoteClient(client): VoteClient,
    PagePath(cycle): PagePath<Uuid>,
    CsrfForm(form): CsrfForm<WithdrawForm>,
) -> Result<Response, PageError> {
    let stage = vote_stage(&state, cycle).await?;
    let Some((voter, _)) = voter(&state, &jar).await? else { return Ok(to_registration(cycle)) };
    let request = ballot::Request { voter: &voter, stage: stage.id, category: &form.category, client: &client };
    ballot::withdraw(&state.db, &state.caches, &state.vote_limits, &request, state.clock.now()).await?;
    Ok(Redirect::to(&format!("/cycles/{cycle}/vote?withdrawn={}#{}", form.category, form.category)).into_response())
}

#[derive(Deserialize)]
struct Empty {}

async fn sign_out(
    State(state): State<AppState>,
    jar: CookieJar,
    PagePath(cycle): PagePath<Uuid>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, PageError> {
    if let Some(token) = jar.get(VOTER_COOKIE) {
        voters::sign_out(&state.db, token.value()).await?;
    }
    let jar = CookieJar::new().add(session::removal(VOTER_COOKIE));
    Ok((jar, Redirect::to(&format!("/cycles/{cycle}/vote"))).into_response())
}
