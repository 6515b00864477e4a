//! Cycles: created from a definition by admins, read by everyone (drafts by admins only).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use uuid::Uuid;

use super::Page;
use crate::app::AppState;
use crate::http::error::ApiError;
use crate::http::extract::{ApiCaller, ApiJson, ApiPath, ApiQuery, MaybeApiCaller};
use crate::http::routes::Routes;
use crate::service::cycles::{self, CycleView};
use crate::service::{Error, FieldError};

pub fn routes() -> Routes<AppState> {
    Routes::new()
        .post("/v1/cycles", create)
        .get("/v1/cycles", list)
        .get("/v1/cycles/{id}", get)
        .get("/v1/cycles/{id}/progress", progress)
        .patch("/v1/cycles/{id}", update)
        .post("/v1/cycles/{id}/copy", copy)
        .get("/v1/cycles/{id}/definition", definition)
        .get("/v1/cycles/{id}/definition.toml", definition_toml)
        .post("/v1/cycles/{id}/publish", publish)
}

/// Creates a cycle from its definition (admins).
#[utoipa::path(
    post,
    path = "/api/v1/cycles",
    tag = "cycles",
    params(("Idempotency-Key" = Option<String>, Header, description = "Retrying with the same key and body returns the first answer instead of acting twice; 1 to 255 visible ASCII characters", min_length = 1, max_length = 255, pattern = "^[\\x20-\\x7E]+$")),
    request_body(content = Object, description = "A cycle definition, as in `examples/unpsa-2027.toml` (as JSON): programme, year, dates, categories, questions, stages with their criteria and rules"),
    responses(
        (status = 201, description = "The cycle, in `draft`", body = CycleView),
        (status = 403, description = "The caller's role may not do this", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "No valid bearer token", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "Fields to correct, each named in `errors`", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 400, description = "The body is not JSON of this shape", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn create(
    State(state): State<AppState>,
    api: ApiCaller,
    headers: axum::http::HeaderMap,
    ApiJson(body): ApiJson<serde_json::Value>,
) -> Result<axum::response::Response, ApiError> {
    // Authorisation comes before reading the definition: a nominator learns nothing
    // about what a valid one looks like.
    api.caller.require_admin()?;
    let (db, caller, now, definition) = (&state.db, &api.caller, state.clock.now(), &body);
    super::idempotent(
        &state,
        caller,
        &headers,
        &body,
        |id| async move {
            let definition = crate::domain::definition::parse(definition).map_err(|problems| {
                Error::Validation(problems.into_iter().map(|p| FieldError::new(p.path, p.message)).collect())
            })?;
            let id = cycles::create_cycle_as(db, &caller.actor(), Some(caller), id, &definition, now).await?;
            Ok((StatusCode::CREATED, cycles::get(db, Some(caller), id, now).await?))
        },
        |id| async move {
            match cycles::get(db, Some(caller), id, now).await {
                Ok(view) => Ok(Some((StatusCode::CREATED, view))),
                Err(Error::NotFound(_)) => Ok(None),
                Err(e) => Err(e.into()),
            }
        },
    )
    .await
}

/// Every cycle the caller may see.
#[utoipa::path(
    get,
    path = "/api/v1/cycles",
    tag = "cycles",
    params(
        ("limit" = Option<u32>, Query, description = "At most this many items, 1 to 500; 50 when absent", minimum = 1, maximum = 500),
        ("cursor" = Option<String>, Query, description = "The `next_cursor` of the previous page")
    ),
    responses(
        (status = 200, description = "Cycles, newest first; drafts only for admins", body = Page<CycleView>),
        (status = 400, description = "A `limit` or `cursor` that cannot be read", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security((), ("bearer" = []))
)]
async fn list(
    State(state): State<AppState>,
    MaybeApiCaller(caller): MaybeApiCaller,
    ApiQuery(page): ApiQuery<super::ListQuery>,
) -> Result<Json<Page<CycleView>>, ApiError> {
    let items = cycles::list(&state.db, caller.as_ref(), state.clock.now()).await?;
    Ok(Json(Page::cut(items, &page, |c| c.id.to_string())?))
}

/// One cycle.
#[utoipa::path(
    get,
    path = "/api/v1/cycles/{id}",
    tag = "cycles",
    params(("id" = Uuid, Path, description = "The cycle's id")),
    responses(
        (status = 200, description = "The cycle with its categories and stages", body = CycleView),
        (status = 404, description = "No such cycle, or not one the caller may see", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security((), ("bearer" = []))
)]
async fn get(
    State(state): State<AppState>,
    MaybeApiCaller(caller): MaybeApiCaller,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Json<CycleView>, ApiError> {
    Ok(Json(cycles::get(&state.db, caller.as_ref(), id, state.clock.now()).await?))
}

/// How far a cycle has come (admins): nominations by status, regional group and member
/// state, how many member states have nominated, each stage's reviews per juror.
#[utoipa::path(
    get,
    path = "/api/v1/cycles/{id}/progress",
    tag = "cycles",
    params(("id" = Uuid, Path, description = "The cycle's id")),
    responses(
        (status = 200, description = "The cycle's figures, as the secretariat's dashboard shows them", body = crate::service::progress::Progress),
        (status = 401, description = "No valid bearer token", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 403, description = "The caller's role may not do this", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such cycle", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn progress(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Json<crate::service::progress::Progress>, ApiError> {
    Ok(Json(crate::service::progress::of_cycle(&state.db, &state.caches, &api.caller, id, state.clock.now()).await?))
}

/// Changes a cycle (admins); dates and rules freeze as the cycle moves on.
#[utoipa::path(
    patch,
    path = "/api/v1/cycles/{id}",
    tag = "cycles",
    params(("id" = Uuid, Path, description = "The cycle's id"), ("If-Match" = Option<String>, Header, description = "The version read, quoted: `\"3\"`. A stale one is refused with 412")),
    request_body(content = Object, description = "The fields of the definition to change; which may change depends on the cycle's phase"),
    responses(
        (status = 200, description = "The cycle as changed, with its new version", body = CycleView),
        (status = 403, description = "The caller's role may not do this", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such cycle, or not one the caller may see", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 409, description = "Not possible in the current state; `code` says why", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 412, description = "`If-Match` names an older version: someone else changed it", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "Fields to correct, each named in `errors`", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
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

/// Publishes a decided cycle's results now, or schedules them (admins).
#[utoipa::path(
    post,
    path = "/api/v1/cycles/{id}/publish",
    tag = "cycles",
    params(("id" = Uuid, Path, description = "The cycle's id")),
    request_body = crate::service::publishing::PublishRequest,
    responses(
        (status = 200, description = "Published now, or scheduled", body = crate::service::publishing::Publication),
        (status = 403, description = "The caller's role may not do this", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such cycle, or not one the caller may see", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 409, description = "Not possible in the current state; `code` says why", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "Fields to correct, each named in `errors`", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn publish(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(id): ApiPath<Uuid>,
    ApiJson(request): ApiJson<crate::service::publishing::PublishRequest>,
) -> Result<Json<crate::service::publishing::Publication>, ApiError> {
    let base = state.settings.base_url();
    let now = state.clock.now();
    let done =
        crate::service::publishing::publish(&state.db, &state.caches, &api.caller, id, request, &base, now).await?;
    Ok(Json(done))
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct CopyRequest {
    /// The new edition's year; the year after the source's when left out.
    year: Option<i32>,
}

/// Starts another edition: a new draft cycle with the same definition, every date moved
/// to the new year (admins).
#[utoipa::path(
    post,
    path = "/api/v1/cycles/{id}/copy",
    tag = "cycles",
    params(("id" = Uuid, Path, description = "The cycle to copy")),
    request_body = CopyRequest,
    responses(
        (status = 201, description = "The new cycle, in `draft`", body = CycleView),
        (status = 403, description = "The caller's role may not do this", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such cycle", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "The programme already has a cycle that year, or the year is not one", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn copy(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(id): ApiPath<Uuid>,
    ApiJson(body): ApiJson<CopyRequest>,
) -> Result<(StatusCode, Json<CycleView>), ApiError> {
    let now = state.clock.now();
    let created = cycles::copy(&state.db, &api.caller, id, body.year, now).await?;
    Ok((StatusCode::CREATED, Json(cycles::get(&state.db, Some(&api.caller), created, now).await?)))
}

/// A cycle's definition as JSON, or as TOML for `laurel import` when asked with
/// `Accept: application/toml` (admins).
#[utoipa::path(
    get,
    path = "/api/v1/cycles/{id}/definition",
    tag = "cycles",
    params(("id" = Uuid, Path, description = "The cycle's id")),
    responses(
        (status = 200, description = "The definition", content(
            (Object = "application/json"),
            (String = "application/toml")
        )),
        (status = 403, description = "The caller's role may not do this", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such cycle", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn definition(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(id): ApiPath<Uuid>,
    headers: axum::http::HeaderMap,
) -> Result<axum::response::Response, ApiError> {
    use axum::response::IntoResponse as _;
    let d = cycles::definition(&state.db, &api.caller, id).await?;
    let wants_toml = headers
        .get(axum::http::header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|accept| accept.split(',').any(|t| t.trim().starts_with("application/toml")));
    if wants_toml {
        return Ok(crate::http::download::definition(&d).map_err(Error::Internal)?);
    }
    Ok(Json(d).into_response())
}

/// The same definition as a TOML file (admins).
#[utoipa::path(
    get,
    path = "/api/v1/cycles/{id}/definition.toml",
    tag = "cycles",
    params(("id" = Uuid, Path, description = "The cycle's id")),
    responses(
        (status = 200, description = "The definition as TOML, as `laurel import` takes it", content_type = "application/toml", body = String),
        (status = 403, description = "The caller's role may not do this", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such cycle", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn definition_toml(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<axum::response::Response, ApiError> {
    let d = cycles::definition(&state.db, &api.caller, id).await?;
    Ok(crate::http::download::definition(&d).map_err(Error::Internal)?)
}
