//! People through the API: the secretariat finds, deactivates and reactivates accounts.

use axum::Json;
use axum::extract::State;
use serde::Deserialize;
use uuid::Uuid;

use super::{ListQuery, Page};
use crate::app::AppState;
use crate::domain::user::Role;
use crate::http::error::ApiError;
use crate::http::extract::{ApiCaller, ApiPath, ApiQuery};
use crate::http::routes::Routes;
use crate::service::Paging;
use crate::service::people::{self, Person};

pub fn routes() -> Routes<AppState> {
    Routes::new()
        .get("/v1/users", list)
        .post("/v1/users/{id}/deactivate", deactivate)
        .post("/v1/users/{id}/reactivate", reactivate)
}

#[derive(Deserialize)]
struct PeopleQuery {
    role: Option<Role>,
    member_state: Option<String>,
    active: Option<bool>,
    q: Option<String>,
    #[serde(flatten)]
    page: ListQuery,
}

/// People with an account, in the order their accounts were made (admins).
#[utoipa::path(
    get,
    path = "/api/v1/users",
    tag = "people",
    params(
        ("role" = Option<Role>, Query, description = "Only people in this role"),
        ("member_state" = Option<String>, Query, description = "Only this member state's focal points and jurors of its nationality (ISO3)"),
        ("active" = Option<bool>, Query, description = "Only active (`true`) or deactivated (`false`) accounts"),
        ("q" = Option<String>, Query, description = "Words in the name or email address, case aside"),
        ("limit" = Option<u32>, Query, description = "At most this many items, 1 to 500; 50 when absent", minimum = 1, maximum = 500),
        ("cursor" = Option<String>, Query, description = "The `next_cursor` of the previous page")
    ),
    responses(
        (status = 200, description = "People", body = Page<Person>),
        (status = 403, description = "The caller's role may not do this", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "No valid bearer token", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 400, description = "An unknown role, limit or cursor", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn list(
    State(state): State<AppState>,
    api: ApiCaller,
    query: Result<ApiQuery<PeopleQuery>, ApiError>,
) -> Result<Json<Page<Person>>, ApiError> {
    api.caller.require_admin()?;
    let ApiQuery(q) = query?;
    let paging = Paging { limit: q.page.limit()?, after: q.page.uuid_cursor()? };
    let filter = people::Filter { role: q.role, member_state: q.member_state, active: q.active, q: q.q };
    let found = people::page(&state.db, &api.caller, &filter, paging).await?;
    Ok(Json(Page {
        items: found.items.into_iter().map(Person::try_from).collect::<Result<_, _>>()?,
        next_cursor: found.next.map(|id| id.to_string()),
    }))
}

/// Deactivates an account: its sessions and tokens stop working at once (admins).
#[utoipa::path(
    post,
    path = "/api/v1/users/{id}/deactivate",
    tag = "people",
    params(("id" = Uuid, Path, description = "The person's id")),
    responses(
        (status = 200, description = "The account, deactivated", body = Person),
        (status = 403, description = "The caller's role may not do this, or it is their own account", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "No valid bearer token", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such person", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn deactivate(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Json<Person>, ApiError> {
    Ok(Json(people::deactivate(&state.db, &api.caller, id, state.clock.now()).await?.try_into()?))
}

/// Reactivates a deactivated account, in the role it had (admins).
#[utoipa::path(
    post,
    path = "/api/v1/users/{id}/reactivate",
    tag = "people",
    params(("id" = Uuid, Path, description = "The person's id")),
    responses(
        (status = 200, description = "The account, active again", body = Person),
        (status = 403, description = "The caller's role may not do this, or it is their own account", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "No valid bearer token", body = crate::http::error::ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such person", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn reactivate(
    State(state): State<AppState>,
    api: ApiCaller,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Json<Person>, ApiError> {
    Ok(Json(people::reactivate(&state.db, &api.caller, id, state.clock.now()).await?.try_into()?))
}
