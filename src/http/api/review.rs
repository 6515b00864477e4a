//! Review stages through the API: assignment, reviewers' scores, the ranking and advancement.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use uuid::Uuid;

use super::Page;
use crate::app::AppState;
use crate::domain::review::AssignmentStatus;
use crate::http::error::ApiError;
use crate::http::extract::{ApiCaller, ApiJson, ApiPath, ApiQuery};
use crate::http::routes::Routes;
use crate::service::ranking::{self, AdvanceRequest, AdvanceView, RankingView};
use crate::service::review::{self, AssignRequest, Assigned, AssignmentDetail, AssignmentView, Recused, ReviewDraft};

pub fn routes() -> Routes<AppState> {
    Routes::new()
        .post("/v1/stages/{id}/assignments", assign)
        .get("/v1/stages/{id}/ranking", ranking)
        .get("/v1/stages/{id}/ranking.csv", ranking_csv)
        .post("/v1/stages/{id}/reminders", remind)
        .post("/v1/stages/{id}/advance", advance)
        .get("/v1/assignments", list)
        .get("/v1/assignments/{id}", get)
        .delete("/v1/assignments/{id}", remove)
        .put("/v1/assignments/{id}/review", save)
        .post("/v1/assignments/{id}/submit", submit)
        .post("/v1/assignments/{id}/recuse", recuse)
}

/// Assigns reviewers: automatically for the whole stage, or one pair by hand (admins).
#[utoipa::path(
    post,
    path = "/api/v1/stages/{id}/assignments",
    tag = "review",
    params(("id" = Uuid, Path, description = "The stage's id")),
    request_body = AssignRequest,
    responses(
        (status = 201, description = "The assignments made, and any nomination that could not get every reviewer it needs", body = Assigned),
        (status = 403, description = "The caller's role may not do this", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such stage, or not one the caller may see", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 409, description = "The reviewer has a conflict with the nomination (`conflict_of_interest`), or the stage is not active", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "Fields to correct, each named in `errors`", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn assign(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(stage): ApiPath<Uuid>,
    ApiJson(request): ApiJson<AssignRequest>,
) -> Result<(StatusCode, Json<Assigned>), ApiError> {
    let base = state.settings.base_url();
    let done = review::assign(&state.db, &api.caller, stage, request, &base, state.clock.now()).await?;
    Ok((StatusCode::CREATED, Json(done)))
}

#[derive(Deserialize)]
struct ListQuery {
    stage: Option<Uuid>,
    status: Option<AssignmentStatus>,
    #[serde(flatten)]
    page: super::ListQuery,
}

/// Assignments the caller may see.
#[utoipa::path(
    get,
    path = "/api/v1/assignments",
    tag = "review",
    params(
        ("stage" = Option<Uuid>, Query, description = "Only this stage's"),
        ("status" = Option<AssignmentStatus>, Query, description = "Only assignments in this status"),
        ("limit" = Option<u32>, Query, description = "At most this many items, 1 to 500; 50 when absent", minimum = 1, maximum = 500),
        ("cursor" = Option<String>, Query, description = "The `next_cursor` of the previous page")
    ),
    responses(
        (status = 200, description = "A reviewer's own assignments, or all for admins, oldest first", body = Page<AssignmentView>),
        (status = 400, description = "A filter, `limit` or `cursor` that cannot be read", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "No valid bearer token", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 403, description = "Assignments are for reviewers and the secretariat", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn list(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiQuery(q): ApiQuery<ListQuery>,
) -> Result<Json<Page<AssignmentView>>, ApiError> {
    let page = crate::service::Paging { limit: q.page.limit()?, after: q.page.uuid_cursor()? };
    let listed = review::list(&state.db, &api.caller, q.stage, q.status, page).await?;
    Ok(Json(Page::from(listed)))
}

/// One assignment, for its reviewer or an admin.
#[utoipa::path(
    get,
    path = "/api/v1/assignments/{id}",
    tag = "review",
    params(("id" = Uuid, Path, description = "The assignment's id")),
    responses(
        (status = 200, description = "The assignment with the nomination as the stage shows it (blind stages hide who nominated) and the rubric", body = AssignmentDetail),
        (status = 401, description = "No valid bearer token", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such assignment, or not one the caller may see", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn get(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Json<AssignmentDetail>, ApiError> {
    Ok(Json(review::get(&state.db, &api.caller, id).await?))
}

/// Saves a review draft (its reviewer).
#[utoipa::path(
    put,
    path = "/api/v1/assignments/{id}/review",
    tag = "review",
    params(("id" = Uuid, Path, description = "The assignment's id")),
    request_body = ReviewDraft,
    responses(
        (status = 200, description = "Saved as a draft", body = AssignmentDetail),
        (status = 401, description = "No valid bearer token", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such assignment, or not one the caller may see", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 409, description = "Not possible in the current state; `code` says why", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "A score off its criterion's scale, named in `errors`", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn save(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(id): ApiPath<Uuid>,
    ApiJson(draft): ApiJson<ReviewDraft>,
) -> Result<Json<AssignmentDetail>, ApiError> {
    Ok(Json(review::save(&state.db, &api.caller, id, draft, state.clock.now()).await?))
}

/// Submits a review with every criterion scored (its reviewer).
#[utoipa::path(
    post,
    path = "/api/v1/assignments/{id}/submit",
    tag = "review",
    params(("id" = Uuid, Path, description = "The assignment's id")),
    responses(
        (status = 200, description = "Submitted; it can no longer change", body = AssignmentDetail),
        (status = 401, description = "No valid bearer token", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such assignment, or not one the caller may see", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 409, description = "Not possible in the current state; `code` says why", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "Criteria without a score, each named in `errors`", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn submit(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Json<AssignmentDetail>, ApiError> {
    Ok(Json(review::submit(&state.db, &api.caller, id, state.clock.now()).await?))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct Recusal {
    /// Why the reviewer may not judge it; kept on record.
    #[schema(min_length = 1)]
    reason: String,
}

/// Declares a conflict and steps back from an assignment (its reviewer).
#[utoipa::path(
    post,
    path = "/api/v1/assignments/{id}/recuse",
    tag = "review",
    params(("id" = Uuid, Path, description = "The assignment's id")),
    request_body = Recusal,
    responses(
        (status = 200, description = "Recused; a replacement is assigned by the same rules if anyone can take it", body = Recused),
        (status = 401, description = "No valid bearer token", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such assignment, or not one the caller may see", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 409, description = "Not possible in the current state; `code` says why", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "Fields to correct, each named in `errors`", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn recuse(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(id): ApiPath<Uuid>,
    ApiJson(body): ApiJson<Recusal>,
) -> Result<Json<Recused>, ApiError> {
    let base = state.settings.base_url();
    Ok(Json(review::recuse(&state.db, &api.caller, id, &body.reason, &base, state.clock.now()).await?))
}

#[derive(Deserialize)]
struct RankingQuery {
    #[serde(default)]
    reviews: bool,
}

/// A stage's ranking (admins).
#[utoipa::path(
    get,
    path = "/api/v1/stages/{id}/ranking",
    tag = "review",
    params(("id" = Uuid, Path, description = "The stage's id"), ("reviews" = Option<bool>, Query, description = "Include every submitted review")),
    responses(
        (status = 200, description = "The ranking per group, with the inter-rater reliability", body = RankingView),
        (status = 403, description = "The caller's role may not do this", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such stage, or not one the caller may see", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn ranking(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(stage): ApiPath<Uuid>,
    ApiQuery(q): ApiQuery<RankingQuery>,
) -> Result<Json<RankingView>, ApiError> {
    Ok(Json(ranking::ranking(&state.db, &state.caches, &api.caller, stage, q.reviews).await?))
}

/// A stage's reviews as CSV (admins).
#[utoipa::path(
    get,
    path = "/api/v1/stages/{id}/ranking.csv",
    tag = "review",
    params(("id" = Uuid, Path, description = "The stage's id")),
    responses(
        (status = 200, description = "One row per review, with every score and the comment", content_type = "text/csv"),
        (status = 403, description = "The caller's role may not do this", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such stage, or not one the caller may see", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn ranking_csv(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(stage): ApiPath<Uuid>,
) -> Result<Response, ApiError> {
    let body = ranking::ranking_csv(&state.db, &state.caches, &api.caller, stage).await?;
    Ok(crate::http::download::csv(&format!("ranking-{stage}.csv"), body))
}

/// Previews, or confirms, who leaves a stage and how (admins).
#[utoipa::path(
    post,
    path = "/api/v1/stages/{id}/advance",
    tag = "review",
    params(("id" = Uuid, Path, description = "The stage's id")),
    request_body = AdvanceRequest,
    responses(
        (status = 200, description = "The decisions per group; applied when `confirm` was true and nothing is left to settle", body = AdvanceView),
        (status = 403, description = "The caller's role may not do this", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such stage, or not one the caller may see", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 409, description = "Not possible in the current state; `code` says why", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "An override without a rationale, or a tie across the cut not settled", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn advance(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(stage): ApiPath<Uuid>,
    ApiJson(request): ApiJson<AdvanceRequest>,
) -> Result<Json<AdvanceView>, ApiError> {
    let base = state.settings.base_url();
    Ok(Json(ranking::advance(&state.db, &state.caches, &api.caller, stage, request, &base, state.clock.now()).await?))
}

/// Removes a pending assignment (admins).
#[utoipa::path(
    delete,
    path = "/api/v1/assignments/{id}",
    tag = "review",
    params(("id" = Uuid, Path, description = "The assignment's id")),
    responses(
        (status = 204, description = "Removed"),
        (status = 403, description = "The caller's role may not do this", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such assignment, or not one the caller may see", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 409, description = "Only a pending assignment may be removed", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn remove(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<StatusCode, ApiError> {
    review::remove(&state.db, &api.caller, id, state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct Remind {
    /// Only this juror; every juror of the stage with reviews left when absent.
    reviewer: Option<Uuid>,
}

#[derive(serde::Serialize, utoipa::ToSchema)]
struct Reminded {
    /// Reminders queued: one per juror, at most once a day per stage.
    queued: usize,
}

/// Reminds a stage's jurors of the reviews they have left, now (admins).
#[utoipa::path(
    post,
    path = "/api/v1/stages/{id}/reminders",
    tag = "review",
    params(("id" = Uuid, Path, description = "The stage's id")),
    request_body = Remind,
    responses(
        (status = 200, description = "Reminders queued; a juror already reminded today about this stage is not reminded again", body = Reminded),
        (status = 400, description = "The body is not JSON of this shape", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "No valid bearer token", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 403, description = "The caller's role may not do this", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such stage", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn remind(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(stage): ApiPath<Uuid>,
    ApiJson(body): ApiJson<Remind>,
) -> Result<Json<Reminded>, ApiError> {
    let base = state.settings.base_url();
    let queued =
        crate::service::reminders::remind_now(&state.db, &api.caller, stage, body.reviewer, &base, state.clock.now())
            .await?
            .0;
    Ok(Json(Reminded { queued }))
}
