//! A member state's nominations through the API.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use serde::Deserialize;
use uuid::Uuid;

use super::Page;
use crate::app::AppState;
use crate::http::error::ApiError;
use crate::http::extract::{ApiCaller, ApiJson, ApiMultipart, ApiPath, ApiQuery};
use crate::http::routes::Routes;
use crate::http::upload;
use crate::service::attachments::{self, AttachmentView};
use crate::service::nominations::{self, Draft, NominationView};
use crate::service::screening::{self, ClarificationRequest, Screened, ScreeningRequest};

pub fn routes() -> Routes<AppState> {
    Routes::new()
        .post("/v1/cycles/{id}/nominations", create)
        .get("/v1/nominations", list)
        .get("/v1/nominations/{id}", get)
        .patch("/v1/nominations/{id}", update)
        .post("/v1/nominations/{id}/submit", submit)
        .post("/v1/nominations/{id}/withdraw", withdraw)
        .post("/v1/nominations/{id}/screening", screening)
        .post("/v1/nominations/{id}/clarification", clarification)
        .post("/v1/nominations/{id}/attachments", attach)
        .get("/v1/nominations/{id}/attachments/{aid}", download)
        .delete("/v1/nominations/{id}/attachments/{aid}", detach)
}

async fn create(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(cycle): ApiPath<Uuid>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<serde_json::Value>,
) -> Result<axum::response::Response, ApiError> {
    let draft: Draft = serde_json::from_value(body.clone()).map_err(|e| {
        ApiError(crate::http::error::Problem::new(
            crate::domain::Code::BadRequest,
            format!("The JSON does not fit: {e}"),
        ))
    })?;
    super::idempotent(&state, &api.caller, &headers, &body, async {
        let created = nominations::create(&state.db, &api.caller, cycle, draft, state.clock.now()).await?;
        Ok((StatusCode::CREATED, created))
    })
    .await
}

#[derive(Deserialize)]
struct ListQuery {
    cycle: Option<Uuid>,
    status: Option<String>,
}

async fn list(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiQuery(q): ApiQuery<ListQuery>,
) -> Result<Json<Page<NominationView>>, ApiError> {
    let items = nominations::list(&state.db, &api.caller, q.cycle, q.status.as_deref()).await?;
    Ok(Json(Page { items, next_cursor: None }))
}

async fn get(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Json<NominationView>, ApiError> {
    Ok(Json(nominations::get(&state.db, &api.caller, id).await?))
}

async fn update(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(id): ApiPath<Uuid>,
    headers: HeaderMap,
    ApiJson(draft): ApiJson<Draft>,
) -> Result<Json<NominationView>, ApiError> {
    let if_match = super::if_match(&headers)?;
    let base = state.settings.base_url();
    Ok(Json(nominations::update(&state.db, &api.caller, id, draft, if_match, &base, state.clock.now()).await?))
}

async fn submit(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Json<NominationView>, ApiError> {
    let base = state.settings.base_url();
    Ok(Json(nominations::submit(&state.db, &api.caller, id, &base, state.clock.now()).await?))
}

async fn withdraw(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Json<NominationView>, ApiError> {
    let base = state.settings.base_url();
    Ok(Json(nominations::withdraw(&state.db, &api.caller, id, &base, state.clock.now()).await?))
}

async fn attach(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(id): ApiPath<Uuid>,
    ApiMultipart(form): ApiMultipart,
) -> Result<(StatusCode, Json<AttachmentView>), ApiError> {
    let limit = state.settings.max_upload;
    let upload = upload::read(form, limit).await?;
    let Some((name, bytes)) = upload.file else {
        return Err(crate::service::Error::validation("file", "send the document in the multipart field 'file'").into());
    };
    let added = attachments::add(&state.db, &api.caller, id, &name, bytes, limit, state.clock.now()).await?;
    Ok((StatusCode::CREATED, Json(added)))
}

async fn download(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath((id, aid)): ApiPath<(Uuid, Uuid)>,
) -> Result<axum::response::Response, ApiError> {
    let (view, bytes) = attachments::download(&state.db, &api.caller, id, aid).await?;
    Ok(upload::file_response(&view, bytes))
}

async fn detach(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath((id, aid)): ApiPath<(Uuid, Uuid)>,
) -> Result<StatusCode, ApiError> {
    attachments::remove(&state.db, &api.caller, id, aid, state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn screening(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(id): ApiPath<Uuid>,
    ApiJson(request): ApiJson<ScreeningRequest>,
) -> Result<Json<Screened>, ApiError> {
    let base = state.settings.base_url();
    Ok(Json(screening::screen(&state.db, &api.caller, id, request, &base, state.clock.now()).await?))
}

async fn clarification(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(id): ApiPath<Uuid>,
    ApiJson(request): ApiJson<ClarificationRequest>,
) -> Result<Json<NominationView>, ApiError> {
    let base = state.settings.base_url();
    Ok(Json(screening::ask(&state.db, &api.caller, id, request, &base, state.clock.now()).await?))
}
