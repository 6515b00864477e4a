//! Review stages through the API: assignment, reviewers' scores, the ranking and advancement.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use uuid::Uuid;

use super::Page;
use crate::app::AppState;
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
        .post("/v1/stages/{id}/advance", advance)
        .get("/v1/assignments", list)
        .get("/v1/assignments/{id}", get)
        .delete("/v1/assignments/{id}", remove)
        .put("/v1/assignments/{id}/review", save)
        .post("/v1/assignments/{id}/submit", submit)
        .post("/v1/assignments/{id}/recuse", recuse)
}

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
    status: Option<String>,
}

async fn list(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiQuery(q): ApiQuery<ListQuery>,
) -> Result<Json<Page<AssignmentView>>, ApiError> {
    let items = review::list(&state.db, &api.caller, q.stage, q.status.as_deref()).await?;
    Ok(Json(Page { items, next_cursor: None }))
}

async fn get(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Json<AssignmentDetail>, ApiError> {
    Ok(Json(review::get(&state.db, &api.caller, id).await?))
}

async fn save(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(id): ApiPath<Uuid>,
    ApiJson(draft): ApiJson<ReviewDraft>,
) -> Result<Json<AssignmentDetail>, ApiError> {
    Ok(Json(review::save(&state.db, &api.caller, id, draft, state.clock.now()).await?))
}

async fn submit(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Json<AssignmentDetail>, ApiError> {
    Ok(Json(review::submit(&state.db, &api.caller, id, state.clock.now()).await?))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Recusal {
    reason: String,
}

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

async fn ranking(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(stage): ApiPath<Uuid>,
    ApiQuery(q): ApiQuery<RankingQuery>,
) -> Result<Json<RankingView>, ApiError> {
    Ok(Json(ranking::ranking(&state.db, &api.caller, stage, q.reviews).await?))
}

async fn ranking_csv(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(stage): ApiPath<Uuid>,
) -> Result<Response, ApiError> {
    let body = ranking::ranking_csv(&state.db, &api.caller, stage).await?;
    let disposition = format!("attachment; filename=\"ranking-{stage}.csv\"");
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8")),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&disposition).unwrap_or(HeaderValue::from_static("attachment")),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("private, no-store")),
        ],
        body,
    )
        .into_response())
}

async fn advance(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(stage): ApiPath<Uuid>,
    ApiJson(request): ApiJson<AdvanceRequest>,
) -> Result<Json<AdvanceView>, ApiError> {
    let base = state.settings.base_url();
    Ok(Json(ranking::advance(&state.db, &api.caller, stage, request, &base, state.clock.now()).await?))
}

async fn remove(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<StatusCode, ApiError> {
    review::remove(&state.db, &api.caller, id, state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}
