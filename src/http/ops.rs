//! Endpoints for operators and orchestrators.

use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::IntoResponse;
use sea_orm::DatabaseConnection;

use super::error::{ApiError, Problem};
use super::routes::Routes;
use crate::app::AppState;
use crate::domain::Code;
use crate::metrics::Metrics;
use crate::service;

pub fn routes() -> Routes<AppState> {
    Routes::new().get("/healthz", healthz).get("/readyz", readyz).get("/metrics", metrics)
}

/// The process is up and answering.
async fn healthz() -> &'static str {
    "ok\n"
}

/// The process can serve: its database answers. 503 otherwise, so a load balancer
/// takes the instance out of rotation.
async fn readyz(State(db): State<DatabaseConnection>) -> Result<&'static str, ApiError> {
    service::health::check_database(&db).await.map_err(|e| {
        tracing::warn!(error = %e, "readiness check failed");
        ApiError(Problem::new(Code::Unavailable, "The database is not reachable; this instance cannot serve requests."))
    })?;
    Ok("ready\n")
}

async fn metrics(State(metrics): State<Metrics>, State(db): State<DatabaseConnection>) -> impl IntoResponse {
    match service::outbox::depth(&db).await {
        Ok(depth) => {
            for (status, count) in depth {
                metrics.outbox_depth(status.as_str(), count);
            }
        }
        Err(e) => tracing::warn!(error = %e, "cannot read the outbox depth for metrics"),
    }
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"))],
        metrics.render(),
    )
}
