//! The JSON API under `/api`, as API.md specifies it.

mod auth;
mod invitations;
mod member_states;

use crate::app::AppState;
use crate::http::routes::Routes;

pub fn routes() -> Routes<AppState> {
    Routes::new().merge(auth::routes()).merge(invitations::routes()).merge(member_states::routes())
}
