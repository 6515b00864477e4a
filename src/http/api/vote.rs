//! The public vote's API: voters register and confirm their address, read their ballot,
//! and cast, change or withdraw a vote; the secretariat reads the count and flags,
//! voids voters, and exports the log.

use axum::Json;
use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use axum::response::Response;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::app::AppState;
use crate::domain::Code;
use crate::http::error::{ApiError, Problem};
use crate::http::extract::{ApiCaller, ApiJson, ApiPath, ClientAddr};
use crate::http::routes::Routes;
use crate::service::vote::tally::{Totals, VoidRequest};
use crate::service::vote::{Client, Voter, ballot, tally, voters};

pub fn routes() -> Routes<AppState> {
    Routes::new()
        .post("/v1/public/voters", register)
        .post("/v1/public/voters/confirm", confirm)
        .get("/v1/public/ballots/{stage}", read_ballot)
        .put("/v1/public/ballots/{stage}/{category}", cast)
        .delete("/v1/public/ballots/{stage}/{category}", withdraw)
        .get("/v1/stages/{id}/votes", totals)
        .post("/v1/stages/{id}/votes/void", void)
        .get("/v1/stages/{id}/votes.csv", log_csv)
}

/// A voter, from their bearer token. A person's API token is not a voter's: the two
/// kinds of caller reach nothing of each other's.
pub struct ApiVoter(pub Voter);

impl FromRequestParts<AppState> for ApiVoter {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let token = crate::http::extract::bearer(parts)
            .ok_or_else(|| ApiError(Problem::new(Code::Unauthenticated, crate::i18n::say("vote-api-token"))))?;
        match voters::voter_of_token(&state.db, &token, state.clock.now()).await? {
            Some(voter) => Ok(Self(voter)),
            None => Err(ApiError(Problem::new(Code::Unauthenticated, crate::i18n::say("vote-api-token-invalid")))),
        }
    }
}

/// Where a registration or a vote comes from, as the vote log keeps it: the client's
/// address (as `ClientAddr` reads it) and its user agent.
pub struct VoteClient(pub Client);

impl FromRequestParts<AppState> for VoteClient {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let ClientAddr(address) = ClientAddr::from_request_parts(parts, state).await?;
        let agent = parts.headers.get(header::USER_AGENT).and_then(|v| v.to_str().ok()).unwrap_or_default();
        Ok(Self(Client::new(&address, agent)))
    }
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Register {
    pub email: String,
    /// The cycle whose ballot the email's link should open.
    #[serde(default)]
    pub cycle: Option<Uuid>,
}

/// Registers an email address to vote and emails it a one-time code. The answer is the
/// same whether or not the address has registered before.
#[utoipa::path(
    post,
    path = "/api/v1/public/voters",
    tag = "vote",
    request_body = Register,
    responses(
        (status = 202, description = "A code is on its way to the address (to the address first registered, for a mailbox that has registered before)"),
        (status = 422, description = "Not an email address, or one of a throwaway-mailbox service", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 429, description = "Too many registrations from this address or network; `Retry-After` says when to try again", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(())
)]
async fn register(
    State(state): State<AppState>,
    VoteClient(client): VoteClient,
    ApiJson(body): ApiJson<Register>,
) -> Result<StatusCode, ApiError> {
    let registration = voters::Registration { email: &body.email, lang: crate::i18n::current(), cycle: body.cycle };
    voters::register(
        &state.db,
        &state.caches,
        &state.vote_limits,
        registration,
        &client,
        &state.settings.base_url(),
        state.clock.now(),
    )
    .await?;
    Ok(StatusCode::ACCEPTED)
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Confirm {
    pub email: String,
    pub code: String,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Confirmed {
    /// The voter's bearer token for the ballot routes.
    pub token: String,
    pub voter: Uuid,
    pub expires_at: DateTime<Utc>,
}

/// Confirms an address with the code emailed to it, and hands out the voter's token.
#[utoipa::path(
    post,
    path = "/api/v1/public/voters/confirm",
    tag = "vote",
    request_body = Confirm,
    responses(
        (status = 201, description = "The voter's token", body = Confirmed),
        (status = 422, description = "The code is wrong, used or expired (`errors` names `code`)", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(())
)]
async fn confirm(
    State(state): State<AppState>,
    ApiJson(body): ApiJson<Confirm>,
) -> Result<(StatusCode, Json<Confirmed>), ApiError> {
    let now = state.clock.now();
    let (voter, token) = voters::confirm(&state.db, &body.email, &body.code, now).await?;
    Ok((StatusCode::CREATED, Json(Confirmed { token, voter: voter.id, expires_at: now + voters::TOKEN_LIFETIME })))
}

/// The voter's ballot: each category's nominations in the voter's own order, and their
/// vote in each.
#[utoipa::path(
    get,
    path = "/api/v1/public/ballots/{stage}",
    tag = "vote",
    params(("stage" = Uuid, Path, description = "The public-vote stage's id")),
    responses(
        (status = 200, description = "The ballot", body = ballot::Ballot),
        (status = 401, description = "No valid voter's token", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such stage", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 409, description = "The stage is not a public vote", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("voter" = []))
)]
async fn read_ballot(
    State(state): State<AppState>,
    ApiPath(stage): ApiPath<Uuid>,
    ApiVoter(voter): ApiVoter,
) -> Result<Json<ballot::Ballot>, ApiError> {
    let now = state.clock.now();
    Ok(Json(ballot::ballot(&state.db, &state.caches, &voter, stage, crate::i18n::current(), now).await?))
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Cast {
    pub nomination: Uuid,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Standing {
    pub category: String,
    pub vote: Uuid,
}

/// Casts the voter's vote in a category, or changes it.
#[utoipa::path(
    put,
    path = "/api/v1/public/ballots/{stage}/{category}",
    tag = "vote",
    params(
        ("stage" = Uuid, Path, description = "The public-vote stage's id"),
        ("category" = String, Path, description = "The category's key")
    ),
    request_body = Cast,
    responses(
        (status = 200, description = "The vote stands", body = Standing),
        (status = 401, description = "No valid voter's token", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such stage, or no such category on its ballot", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 409, description = "The vote has closed (`deadline_passed`) or is not open yet (`invalid_state`)", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "The nomination is not on the ballot in this category", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 429, description = "Too many votes from this voter this hour; `Retry-After` says when to try again", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("voter" = []))
)]
async fn cast(
    State(state): State<AppState>,
    ApiPath((stage, category)): ApiPath<(Uuid, String)>,
    ApiVoter(voter): ApiVoter,
    VoteClient(client): VoteClient,
    ApiJson(body): ApiJson<Cast>,
) -> Result<Json<Standing>, ApiError> {
    let request = ballot::Request { voter: &voter, stage, category: &category, client: &client };
    ballot::cast(&state.db, &state.caches, &state.vote_limits, &request, body.nomination, state.clock.now()).await?;
    Ok(Json(Standing { category, vote: body.nomination }))
}

/// Withdraws the voter's vote in a category.
#[utoipa::path(
    delete,
    path = "/api/v1/public/ballots/{stage}/{category}",
    tag = "vote",
    params(
        ("stage" = Uuid, Path, description = "The public-vote stage's id"),
        ("category" = String, Path, description = "The category's key")
    ),
    responses(
        (status = 204, description = "No vote stands in the category"),
        (status = 401, description = "No valid voter's token", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such stage or category", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 409, description = "The vote has closed or is not open yet", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 429, description = "Too many votes from this voter this hour", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("voter" = []))
)]
async fn withdraw(
    State(state): State<AppState>,
    ApiPath((stage, category)): ApiPath<(Uuid, String)>,
    ApiVoter(voter): ApiVoter,
    VoteClient(client): VoteClient,
) -> Result<StatusCode, ApiError> {
    let request = ballot::Request { voter: &voter, stage, category: &category, client: &client };
    ballot::withdraw(&state.db, &state.caches, &state.vote_limits, &request, state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The count of a public vote: turnout, ballots counted and set aside, valid votes per
/// nomination, and the clusters flagged for review (admins).
#[utoipa::path(
    get,
    path = "/api/v1/stages/{id}/votes",
    tag = "vote",
    params(("id" = Uuid, Path, description = "The public-vote stage's id")),
    responses(
        (status = 200, description = "The count", body = Totals),
        (status = 403, description = "The caller's role may not do this", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such stage", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 409, description = "The stage is not a public vote", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn totals(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(stage): ApiPath<Uuid>,
) -> Result<Json<Totals>, ApiError> {
    Ok(Json(tally::totals(&state.db, &state.caches, &api.caller, stage).await?))
}

/// Voids voters' votes in a stage with a written rationale (audited); the count
/// leaves them out from then on (admins).
#[utoipa::path(
    post,
    path = "/api/v1/stages/{id}/votes/void",
    tag = "vote",
    params(("id" = Uuid, Path, description = "The public-vote stage's id")),
    request_body = VoidRequest,
    responses(
        (status = 200, description = "The count recomputed", body = Totals),
        (status = 403, description = "The caller's role may not do this", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such stage", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 409, description = "The stage is not a public vote", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "No rationale, no voters, or a voter with no vote in the stage", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn void(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(stage): ApiPath<Uuid>,
    ApiJson(body): ApiJson<VoidRequest>,
) -> Result<Json<Totals>, ApiError> {
    tally::void(&state.db, &api.caller, stage, &body, state.clock.now()).await?;
    Ok(Json(tally::totals(&state.db, &state.caches, &api.caller, stage).await?))
}

/// Lines of the log read per query while the export streams.
const LOG_PAGE: u64 = 5_000;

/// The vote log for auditors, as CSV: every cast, change and withdrawal in order, with
/// keyed hashes of the client's address and network instead of the addresses (admins).
#[utoipa::path(
    get,
    path = "/api/v1/stages/{id}/votes.csv",
    tag = "vote",
    params(("id" = Uuid, Path, description = "The public-vote stage's id")),
    responses(
        (status = 200, description = "`line,at,voter,category,nomination,action,client_hash,network_hash,user_agent,voided`", content_type = "text/csv"),
        (status = 403, description = "The caller's role may not do this", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such stage", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 409, description = "The stage is not a public vote", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn log_csv(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(stage): ApiPath<Uuid>,
) -> Result<Response, ApiError> {
    Ok(log_download(state, api.caller, stage).await?)
}

/// The vote log as a CSV download, streamed a page of lines at a time: for the API and
/// the secretariat's stage page alike.
///
/// # Errors
/// `Forbidden` for non-admins, `NotFound` for no such stage.
pub(crate) async fn log_download(
    state: AppState,
    caller: crate::service::auth::Caller,
    stage: Uuid,
) -> Result<Response, crate::service::Error> {
    let (categories, voided) = tally::log_legend(&state.db, &caller, stage).await?;
    let header_row = "line,at,voter,category,nomination,action,client_hash,network_hash,user_agent,voided\n";
    let pages = futures::stream::unfold(Some(0_i64), move |after| {
        let (state, caller, categories, voided) = (state.clone(), caller.clone(), categories.clone(), voided.clone());
        async move {
            let after = after?;
            let lines = match tally::log_page(&state.db, &caller, stage, after, LOG_PAGE).await {
                Ok(lines) => lines,
                Err(e) => return Some((Err(std::io::Error::other(e.to_string())), None)),
            };
            let last = lines.last().map(|l| l.id);
            let mut out = csv::WriterBuilder::new().has_headers(false).from_writer(Vec::new());
            for l in &lines {
                let record = [
                    l.id.to_string(),
                    l.at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
                    l.voter_id.to_string(),
                    categories.get(&l.category_id).cloned().unwrap_or_default(),
                    l.nomination_id.map(|n| n.to_string()).unwrap_or_default(),
                    if l.nomination_id.is_some() { "cast" } else { "withdrawn" }.to_owned(),
                    l.client_hash.clone(),
                    l.network_hash.clone(),
                    l.user_agent.clone(),
                    if voided.contains(&l.voter_id) { "yes" } else { "no" }.to_owned(),
                ];
                if let Err(e) = out.write_record(&record) {
                    return Some((Err(std::io::Error::other(e.to_string())), None));
                }
            }
            let bytes = out.into_inner().unwrap_or_default();
            // A short page is the last; an empty one ends the stream.
            let next = last.filter(|_| lines.len() as u64 == LOG_PAGE);
            if lines.is_empty() { None } else { Some((Ok::<_, std::io::Error>(bytes), next)) }
        }
    });
    let body = futures::StreamExt::chain(
        futures::stream::once(async move { Ok::<_, std::io::Error>(header_row.as_bytes().to_vec()) }),
        pages,
    );
    Ok(crate::http::download::csv(&format!("votes-{stage}.csv"), axum::body::Body::from_stream(body)))
}
