//! `GET /api/v1/member-states`: the 193 member states and their regional groups.

use axum::Json;
use axum::extract::State;
use sea_orm::DatabaseConnection;
use serde::Serialize;

use crate::app::AppState;
use crate::http::error::ApiError;
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
    region_name: &'static str,
}

/// The member states and their regional groups.
#[utoipa::path(
    get,
    path = "/api/v1/member-states",
    tag = "reference",
    responses(
        (status = 200, description = "The 193 UN member states with their regional groups", body = super::Page<MemberState>)
    ),
    security(())
)]
async fn list(State(db): State<DatabaseConnection>) -> Result<Json<super::Page<MemberState>>, ApiError> {
    let states = service::member_states::list(&db).await?;
    let items = states
        .into_iter()
        .map(|s| MemberState { code: s.code, name: s.name, region: s.region.as_str(), region_name: s.region.label() })
        .collect();
    Ok(Json(super::Page { items, next_cursor: None }))
}
