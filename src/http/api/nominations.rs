//! A member state's nominations through the API.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use serde::Deserialize;
use uuid::Uuid;

use super::Page;
use crate::app::AppState;
use crate::domain::nomination::NominationStatus;
use crate::http::error::ApiError;
use crate::http::extract::{ApiCaller, ApiJson, ApiMultipart, ApiPath, ApiQuery};
use crate::http::routes::Routes;
use crate::http::upload;
use crate::service::Paging;
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
        .post("/v1/nominations/{id}/clarification/answer", answer_clarification)
        .post("/v1/nominations/{id}/withdraw", withdraw)
        .post("/v1/nominations/{id}/screening", screening)
        .post("/v1/nominations/{id}/clarification", clarification)
        .get("/v1/nominations/{id}/redactions", list_redactions)
        .post("/v1/nominations/{id}/redactions", redact)
        .delete("/v1/nominations/{id}/redactions/{rid}", unredact)
        .post("/v1/nominations/{id}/attachments", attach)
        .get("/v1/nominations/{id}/attachments/{aid}", download)
        .delete("/v1/nominations/{id}/attachments/{aid}", detach)
}

/// Starts a nomination in a cycle's category (focal points).
#[utoipa::path(
    post,
    path = "/api/v1/cycles/{id}/nominations",
    tag = "nominations",
    params(("id" = Uuid, Path, description = "The cycle's id"), ("Idempotency-Key" = Option<String>, Header, description = "Retrying with the same key and body returns the first answer instead of acting twice; 1 to 255 visible ASCII characters", min_length = 1, max_length = 255, pattern = "^[\\x20-\\x7E]+$")),
    request_body = Draft,
    responses(
        (status = 201, description = "The draft", body = NominationView),
        (status = 403, description = "The caller's role may not do this", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "No valid bearer token", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such cycle, or not one the caller may see", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 409, description = "Nominations are closed (`deadline_passed`) or the category's quota is used (`quota_exceeded`)", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "Fields to correct, each named in `errors`", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 400, description = "The body is not JSON of this shape", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
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
            crate::i18n::say_with("problem-json-shape", &[("error", e.to_string().into())]),
        ))
    })?;
    let (db, caller, now) = (&state.db, &api.caller, state.clock.now());
    super::idempotent(
        &state,
        caller,
        &headers,
        &body,
        |id| async move { Ok((StatusCode::CREATED, nominations::create_as(db, caller, id, cycle, draft, now).await?)) },
        |id| async move {
            match nominations::get(db, caller, id, now).await {
                Ok(view) => Ok(Some((StatusCode::CREATED, view))),
                Err(crate::service::Error::NotFound(_)) => Ok(None),
                Err(e) => Err(e.into()),
            }
        },
    )
    .await
}

#[derive(Deserialize)]
struct ListQuery {
    cycle: Option<Uuid>,
    category: Option<String>,
    status: Option<NominationStatus>,
    member_state: Option<String>,
    region: Option<crate::domain::member_state::Region>,
    q: Option<String>,
    #[serde(flatten)]
    page: super::ListQuery,
}

/// Nominations the caller may see.
#[utoipa::path(
    get,
    path = "/api/v1/nominations",
    tag = "nominations",
    params(
        ("cycle" = Option<Uuid>, Query, description = "Only this cycle's"),
        ("category" = Option<String>, Query, description = "Only this category's (its key)"),
        ("status" = Option<NominationStatus>, Query, description = "Only this status. A focal point sees an award as `in_review` until the cycle is published, and filters by what they see"),
        ("member_state" = Option<String>, Query, description = "Only this member state's (ISO 3166-1 alpha-3, either case)"),
        ("region" = Option<crate::domain::member_state::Region>, Query, description = "Only those of this UN regional group's member states"),
        ("q" = Option<String>, Query, description = "Only those whose title or institution contains these words, case aside"),
        ("limit" = Option<u32>, Query, description = "At most this many items, 1 to 500; 50 when absent", minimum = 1, maximum = 500),
        ("cursor" = Option<String>, Query, description = "The `next_cursor` of the previous page")
    ),
    responses(
        (status = 200, description = "Nominations the caller may see, oldest first: a focal point's own state's, or all for admins", body = Page<NominationView>),
        (status = 400, description = "A filter, `limit` or `cursor` that cannot be read", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "No valid bearer token", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 403, description = "Reviewers see nominations through their assignments", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn list(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiQuery(q): ApiQuery<ListQuery>,
) -> Result<Json<Page<NominationView>>, ApiError> {
    let page = Paging { limit: q.page.limit()?, after: q.page.uuid_cursor()? };
    let filter = nominations::ListFilter {
        cycle: q.cycle,
        category: q.category,
        status: q.status,
        member_state: q.member_state,
        region: q.region,
        q: q.q,
        outcome: None,
    };
    let listed = nominations::list(&state.db, &api.caller, &filter, page, state.clock.now()).await?;
    Ok(Json(Page::from(listed)))
}

/// One nomination.
#[utoipa::path(
    get,
    path = "/api/v1/nominations/{id}",
    tag = "nominations",
    params(("id" = Uuid, Path, description = "The nomination's id")),
    responses(
        (status = 200, description = "The nomination with its answers and attachments", body = NominationView),
        (status = 401, description = "No valid bearer token", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such nomination, or not one the caller may see", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn get(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Json<NominationView>, ApiError> {
    Ok(Json(nominations::get(&state.db, &api.caller, id, state.clock.now()).await?))
}

/// Saves changes to a nomination while it may be edited.
#[utoipa::path(
    patch,
    path = "/api/v1/nominations/{id}",
    tag = "nominations",
    params(("id" = Uuid, Path, description = "The nomination's id"), ("If-Match" = Option<String>, Header, description = "The version read, quoted: `\"3\"`. A stale one is refused with 412")),
    request_body = Draft,
    responses(
        (status = 200, description = "Saved, with the new version", body = NominationView),
        (status = 401, description = "No valid bearer token", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such nomination, or not one the caller may see", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 409, description = "Past the deadline, or no longer editable", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 412, description = "`If-Match` names an older version", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "Fields to correct, each named in `errors`", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 400, description = "The body is not JSON of this shape", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
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

/// Submits a complete nomination before the deadline.
#[utoipa::path(
    post,
    path = "/api/v1/nominations/{id}/submit",
    tag = "nominations",
    params(("id" = Uuid, Path, description = "The nomination's id")),
    responses(
        (status = 200, description = "Submitted; the focal points get a receipt", body = NominationView),
        (status = 401, description = "No valid bearer token", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such nomination, or not one the caller may see", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 409, description = "Not possible in the current state; `code` says why", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "Required answers or documents missing, each named in `errors`", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn submit(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Json<NominationView>, ApiError> {
    let base = state.settings.base_url();
    Ok(Json(nominations::submit(&state.db, &api.caller, id, &base, state.clock.now()).await?))
}

/// Answers the secretariat's clarification question and returns the nomination to
/// screening (a resubmission: it must be complete, and the focal points get a receipt).
#[utoipa::path(
    post,
    path = "/api/v1/nominations/{id}/clarification/answer",
    tag = "nominations",
    params(("id" = Uuid, Path, description = "The nomination's id")),
    request_body = nominations::ClarificationAnswer,
    responses(
        (status = 200, description = "Answered and back in screening", body = NominationView),
        (status = 401, description = "No valid bearer token", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such nomination, or not one the caller may see", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 409, description = "No question is waiting, or its answer-by date has passed; `code` says which", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "An empty answer, or what the nomination still lacks, each named in `errors`", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn answer_clarification(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(id): ApiPath<Uuid>,
    ApiJson(body): ApiJson<nominations::ClarificationAnswer>,
) -> Result<Json<NominationView>, ApiError> {
    let base = state.settings.base_url();
    let now = state.clock.now();
    Ok(Json(nominations::answer_clarification(&state.db, &api.caller, id, &body.answer, &base, now).await?))
}

/// Withdraws a nomination while the call is open.
#[utoipa::path(
    post,
    path = "/api/v1/nominations/{id}/withdraw",
    tag = "nominations",
    params(("id" = Uuid, Path, description = "The nomination's id")),
    responses(
        (status = 200, description = "Withdrawn", body = NominationView),
        (status = 401, description = "No valid bearer token", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such nomination, or not one the caller may see", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 409, description = "Not possible in the current state; `code` says why", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn withdraw(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Json<NominationView>, ApiError> {
    let base = state.settings.base_url();
    Ok(Json(nominations::withdraw(&state.db, &api.caller, id, &base, state.clock.now()).await?))
}

/// Attaches a supporting document (PDF, PNG or JPEG).
#[utoipa::path(
    post,
    path = "/api/v1/nominations/{id}/attachments",
    tag = "nominations",
    params(("id" = Uuid, Path, description = "The nomination's id")),
    request_body(content = Object, content_type = "multipart/form-data", description = "The document in the field `file`"),
    responses(
        (status = 201, description = "Attached", body = AttachmentView),
        (status = 401, description = "No valid bearer token", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such nomination, or not one the caller may see", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 409, description = "Not possible in the current state; `code` says why", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 413, description = "Larger than the server's upload limit", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 415, description = "Not a PDF, PNG or JPEG (judged by its bytes)", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "Fields to correct, each named in `errors`", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn attach(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(id): ApiPath<Uuid>,
    ApiMultipart(form): ApiMultipart,
) -> Result<(StatusCode, Json<AttachmentView>), ApiError> {
    let limit = state.settings.max_upload;
    let upload = upload::read(form, limit).await?;
    let Some((name, bytes)) = upload.file else {
        return Err(crate::service::Error::validation("file", crate::i18n::say("refusal-multipart-file")).into());
    };
    let added = attachments::add(&state.db, &api.caller, id, &name, bytes, limit, state.clock.now()).await?;
    Ok((StatusCode::CREATED, Json(added)))
}

/// Downloads an attachment.
#[utoipa::path(
    get,
    path = "/api/v1/nominations/{id}/attachments/{aid}",
    tag = "nominations",
    params(("id" = Uuid, Path, description = "The nomination's id"), ("aid" = Uuid, Path, description = "The attachment's id")),
    responses(
        (status = 200, description = "The file, as an attachment", content_type = "application/octet-stream"),
        (status = 401, description = "No valid bearer token", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such attachment, or not one the caller may see", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn download(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath((id, aid)): ApiPath<(Uuid, Uuid)>,
) -> Result<axum::response::Response, ApiError> {
    let (view, bytes) = attachments::download(&state.db, &api.caller, id, aid).await?;
    Ok(upload::file_response(&view, bytes))
}

/// Removes an attachment while the nomination may be edited.
#[utoipa::path(
    delete,
    path = "/api/v1/nominations/{id}/attachments/{aid}",
    tag = "nominations",
    params(("id" = Uuid, Path, description = "The nomination's id"), ("aid" = Uuid, Path, description = "The attachment's id")),
    responses(
        (status = 204, description = "Removed"),
        (status = 401, description = "No valid bearer token", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such attachment, or not one the caller may see", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 409, description = "Not possible in the current state; `code` says why", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn detach(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath((id, aid)): ApiPath<(Uuid, Uuid)>,
) -> Result<StatusCode, ApiError> {
    attachments::remove(&state.db, &api.caller, id, aid, state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Answers a nomination's eligibility checklist (admins).
#[utoipa::path(
    post,
    path = "/api/v1/nominations/{id}/screening",
    tag = "review",
    params(("id" = Uuid, Path, description = "The nomination's id")),
    request_body = ScreeningRequest,
    responses(
        (status = 200, description = "Recorded; a failure makes the nomination ineligible and tells its focal points", body = Screened),
        (status = 403, description = "The caller's role may not do this", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such nomination, or not one the caller may see", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 409, description = "Not possible in the current state; `code` says why", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "Fields to correct, each named in `errors`", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn screening(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(id): ApiPath<Uuid>,
    ApiJson(request): ApiJson<ScreeningRequest>,
) -> Result<Json<Screened>, ApiError> {
    let base = state.settings.base_url();
    Ok(Json(screening::screen(&state.db, &api.caller, id, request, &base, state.clock.now()).await?))
}

/// Asks a nomination's focal points a question during screening (admins).
#[utoipa::path(
    post,
    path = "/api/v1/nominations/{id}/clarification",
    tag = "review",
    params(("id" = Uuid, Path, description = "The nomination's id")),
    request_body = ClarificationRequest,
    responses(
        (status = 200, description = "Asked; the focal points may edit until `due_at`", body = NominationView),
        (status = 403, description = "The caller's role may not do this", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such nomination, or not one the caller may see", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 409, description = "Not possible in the current state; `code` says why", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "Fields to correct, each named in `errors`", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn clarification(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(id): ApiPath<Uuid>,
    ApiJson(request): ApiJson<ClarificationRequest>,
) -> Result<Json<NominationView>, ApiError> {
    let base = state.settings.base_url();
    Ok(Json(screening::ask(&state.db, &api.caller, id, request, &base, state.clock.now()).await?))
}

/// The passages withheld from jurors in blind stages (admins).
#[utoipa::path(
    get,
    path = "/api/v1/nominations/{id}/redactions",
    tag = "review",
    params(("id" = Uuid, Path, description = "The nomination's id")),
    responses(
        (status = 200, description = "Oldest first", body = Vec<nominations::Redaction>),
        (status = 403, description = "The caller's role may not do this", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such nomination", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn list_redactions(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Json<Vec<nominations::Redaction>>, ApiError> {
    Ok(Json(nominations::redactions(&state.db, &api.caller, id).await?))
}

/// Withholds a passage of the title, summary or an answer from jurors in blind stages
/// (admins). The answer itself is kept as written; audited.
#[utoipa::path(
    post,
    path = "/api/v1/nominations/{id}/redactions",
    tag = "review",
    params(("id" = Uuid, Path, description = "The nomination's id")),
    request_body = nominations::RedactionRequest,
    responses(
        (status = 201, description = "Withheld from now on", body = nominations::Redaction),
        (status = 403, description = "The caller's role may not do this", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such nomination", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "No such field, or a passage the field does not contain", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn redact(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(id): ApiPath<Uuid>,
    ApiJson(request): ApiJson<nominations::RedactionRequest>,
) -> Result<(StatusCode, Json<nominations::Redaction>), ApiError> {
    let made = nominations::redact(&state.db, &api.caller, id, request, state.clock.now()).await?;
    Ok((StatusCode::CREATED, Json(made)))
}

/// Shows a withheld passage to jurors again (admins); audited.
#[utoipa::path(
    delete,
    path = "/api/v1/nominations/{id}/redactions/{rid}",
    tag = "review",
    params(("id" = Uuid, Path, description = "The nomination's id"), ("rid" = Uuid, Path, description = "The redaction's id")),
    responses(
        (status = 204, description = "Shown again"),
        (status = 403, description = "The caller's role may not do this", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such redaction", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn unredact(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath((id, rid)): ApiPath<(Uuid, Uuid)>,
) -> Result<StatusCode, ApiError> {
    nominations::unredact(&state.db, &api.caller, id, rid, state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}
