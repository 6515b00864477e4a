//! `GET /api/v1/member-states`: the 193 member states and their regional groups.

use axum::Json;
use axum::extract::State;
use serde::Serialize;

use crate::app::AppState;
use crate::http::error::ApiError;
use crate::http::extract::ApiQuery;
use crate::http::routes::Routes;
use crate::service;

pub fn routes() -> Routes<AppState> {
    Routes::new().get("/v1/member-states", list)
}

#[derive(Serialize, utoipa::ToSchema)]
struct MemberState {
    code: String,
    name: String,
    region: &'static str,
    /// The region's name, in the language of `Accept-Language`.
    region_name: String,
}

/// The member states and their regional groups.
#[utoipa::path(
    get,
    path = "/api/v1/member-states",
    tag = "reference",
    params(
        ("limit" = Option<u32>, Query, description = "At most this many items, 1 to 500; 50 when absent", minimum = 1, maximum = 500),
        ("cursor" = Option<String>, Query, description = "The `next_cursor` of the previous page")
    ),
    responses(
        (status = 200, description = "The 193 UN member states with their regional groups, by code", body = super::Page<MemberState>),
        (status = 400, description = "A `limit` or `cursor` that cannot be read", body = crate::http::error::ProblemBody, content_type = "application/problem+json")
    ),
    security(())
)]
async fn list(
    State(state): State<AppState>,
    ApiQuery(page): ApiQuery<super::ListQuery>,
) -> Result<Json<super::Page<MemberState>>, ApiError> {
    let states = service::member_states::all(&state.db, &state.caches).await?;
    let items: Vec<MemberState> = states
        .iter()
        .map(|s| MemberState {
            code: s.code.clone(),
            name: s.name.clone(),
            region: s.region.as_str(),
            region_name: s.region.label(crate::i18n::current()),
        })
        .collect();
    Ok(Json(super::Page::cut(items, &page, |s: &MemberState| s.code.clone())?))
}
