//! The running application: shared state, the router, and serving until shutdown.

use std::future::Future;
use std::sync::Arc;

use anyhow::Context as _;
use axum::extract::FromRef;
use sea_orm::DatabaseConnection;
use tokio::net::TcpListener;

use crate::cache::Caches;
use crate::clock::{Clock, SystemClock};
use crate::config::Settings;
use crate::mail::transport::Transport;
use crate::metrics::Metrics;

/// What every handler may reach. Cheap to clone: everything inside is shared.
#[derive(Clone, FromRef)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub settings: Arc<Settings>,
    pub clock: Arc<dyn Clock>,
    pub metrics: Metrics,
    pub transport: Transport,
    /// This process's name on job leases and outbox claims.
    pub instance: String,
    /// Everything kept in memory (`cache`).
    pub caches: Arc<Caches>,
    /// The public vote's rate limits on this instance.
    pub vote_limits: Arc<crate::service::vote::Limits>,
}

impl AppState {
    /// # Errors
    /// Only if the metrics registry cannot be built.
    pub fn new(db: DatabaseConnection, settings: Settings) -> anyhow::Result<Self> {
        Self::with_clock(db, settings, Arc::new(SystemClock))
    }

    /// # Errors
    /// If the metrics registry or the mail transport cannot be built.
    pub fn with_clock(db: DatabaseConnection, settings: Settings, clock: Arc<dyn Clock>) -> anyhow::Result<Self> {
        let transport = Transport::new(&settings.mail_url)?;
        let instance = format!("{}-{}", hostname(), uuid::Uuid::now_v7().simple());
        Ok(Self {
            db,
            vote_limits: Arc::new(crate::service::vote::Limits::new(&settings.vote)),
            settings: Arc::new(settings),
            clock,
            metrics: Metrics::new()?,
            transport,
            instance,
            caches: Arc::default(),
        })
    }
}

fn hostname() -> String {
    std::env::var("HOSTNAME").ok().filter(|h| !h.is_empty()).unwrap_or_else(|| "laurel".into())
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
    // Reference data every instance reads alike, read before the first request needs it;
    // a database not yet reachable is for `/readyz` to report, and the first page that
    // needs the states reads them.
    if let Err(e) = crate::service::member_states::all(&state.db, &state.caches).await {
        tracing::warn!(error = %e, "the member states could not be read yet");
    }
    let router = crate::http::router(state);
    axum::serve(listener, router.into_make_service_with_connect_info::<std::net::SocketAddr>())
        .with_graceful_shutdown(shutdown)
        .await
        .context("serving HTTP")
}

/// Serves with the timed jobs running beside the server, as `laurel serve` does; on
/// shutdown the jobs stop first, then the requests in flight finish.
///
/// # Errors
/// When the scheduler cannot start or the server fails.
pub async fn run(
    state: AppState,
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let mut scheduler = crate::jobs::schedule::start(state.clone()).await.context("starting the timed jobs")?;
    let served = serve(state, listener, shutdown).await;
    if let Err(e) = scheduler.shutdown().await {
        tracing::warn!(error = %e, "stopping the timed jobs");
    }
    served
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
