//! Cycles: created from a definition by admins, read by everyone (drafts by admins only).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use uuid::Uuid;

use super::Page;
use crate::app::AppState;
use crate::http::error::ApiError;
use crate::http::extract::{ApiCaller, ApiJson, ApiPath, MaybeApiCaller};
use crate::http::routes::Routes;
use crate::service::cycles::{self, CycleView};
use crate::service::{Error, FieldError};

pub fn routes() -> Routes<AppState> {
    Routes::new()
        .post("/v1/cycles", create)
        .get("/v1/cycles", list)
        .get("/v1/cycles/{id}", get)
        .patch("/v1/cycles/{id}", update)
        .post("/v1/cycles/{id}/publish", publish)
}

async fn create(
    State(state): State<AppState>,
    api: ApiCaller,
    headers: axum::http::HeaderMap,
    ApiJson(body): ApiJson<serde_json::Value>,
) -> Result<axum::response::Response, ApiError> {
    // Authorisation comes before reading the definition: a nominator learns nothing
    // about what a valid one looks like.
    api.caller.require_admin()?;
    super::idempotent(&state, &api.caller, &headers, &body, async {
        let definition = crate::domain::definition::parse(&body).map_err(|problems| {
            Error::Validation(problems.into_iter().map(|p| FieldError::new(p.path, p.message)).collect())
        })?;
        let now = state.clock.now();
        let id = cycles::create_cycle(&state.db, &api.caller.actor(), Some(&api.caller), &definition, now).await?;
        Ok((StatusCode::CREATED, cycles::get(&state.db, Some(&api.caller), id, now).await?))
    })
    .await
}

async fn list(
    State(state): State<AppState>,
    MaybeApiCaller(caller): MaybeApiCaller,
) -> Result<Json<Page<CycleView>>, ApiError> {
    let items = cycles::list(&state.db, caller.as_ref(), state.clock.now()).await?;
    Ok(Json(Page { items, next_cursor: None }))
}

async fn get(
    State(state): State<AppState>,
    MaybeApiCaller(caller): MaybeApiCaller,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Json<CycleView>, ApiError> {
    Ok(Json(cycles::get(&state.db, caller.as_ref(), id, state.clock.now()).await?))
}

async fn update(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(id): ApiPath<Uuid>,
    headers: axum::http::HeaderMap,
    ApiJson(patch): ApiJson<serde_json::Value>,
) -> Result<Json<CycleView>, ApiError> {
    let if_match = super::if_match(&headers)?;
    let now = state.clock.now();
    cycles::update_cycle(&state.db, &api.caller, id, &patch, if_match, now).await?;
    Ok(Json(cycles::get(&state.db, Some(&api.caller), id, now).await?))
}

async fn publish(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(id): ApiPath<Uuid>,
    ApiJson(request): ApiJson<crate::service::publishing::PublishRequest>,
) -> Result<Json<crate::service::publishing::Publication>, ApiError> {
    let base = state.settings.base_url();
    let done =
        crate::service::publishing::publish(&state.db, &api.caller, id, request, &base, state.clock.now()).await?;
    state.public_cache.purge();
    Ok(Json(done))
}
