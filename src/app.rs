//! The running application: shared state, the router, and serving until shutdown.

use std::future::Future;
use std::sync::Arc;

use anyhow::Context as _;
use axum::extract::FromRef;
use sea_orm::DatabaseConnection;
use tokio::net::TcpListener;

use crate::clock::{Clock, SystemClock};
use crate::config::Settings;
use crate::http::metrics::Metrics;

/// What every handler may reach. Cheap to clone: everything inside is shared.
#[derive(Clone, FromRef)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub settings: Arc<Settings>,
    pub clock: Arc<dyn Clock>,
    pub metrics: Metrics,
}

impl AppState {
    /// # Errors
    /// Only if the metrics registry cannot be built.
    pub fn new(db: DatabaseConnection, settings: Settings) -> anyhow::Result<Self> {
        Self::with_clock(db, settings, Arc::new(SystemClock))
    }

    /// # Errors
    /// Only if the metrics registry cannot be built.
    pub fn with_clock(db: DatabaseConnection, settings: Settings, clock: Arc<dyn Clock>) -> anyhow::Result<Self> {
        Ok(Self { db, settings: Arc::new(settings), clock, metrics: Metrics::new()? })
    }
}

/// Binds the configured address, with a message that says what to do when it is taken.
///
/// # Errors
/// When the address cannot be bound.
pub async fn bind(settings: &Settings) -> anyhow::Result<TcpListener> {
    TcpListener::bind(settings.bind).await.map_err(|e| {
        let hint = if e.kind() == std::io::ErrorKind::AddrInUse {
            "; another program is using it: stop it or choose another address with LAUREL_BIND"
        } else {
            ""
        };
        anyhow::anyhow!("cannot listen on {} (LAUREL_BIND): {e}{hint}", settings.bind)
    })
}

/// Serves until `shutdown` resolves, then stops taking connections and lets the
/// requests in flight finish.
///
/// # Errors
/// When the server fails while running.
pub async fn serve(
    state: AppState,
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let router = crate::http::router(state);
    axum::serve(listener, router.into_make_service_with_connect_info::<std::net::SocketAddr>())
        .with_graceful_shutdown(shutdown)
        .await
        .context("serving HTTP")
}

/// Resolves on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::warn!(error = %e, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(e) => {
                tracing::warn!(error = %e, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}
