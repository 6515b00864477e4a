//! The JSON API under `/api/v1`, as API.md specifies it.

mod member_states;

use axum::Router;

use crate::app::AppState;

pub fn routes() -> Router<AppState> {
    Router::new().merge(member_states::routes())
}
