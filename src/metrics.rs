//! Prometheus metrics: request counts and latencies by route and status. The registry
//! belongs to the app, not the process, so several apps in one test binary do not mix.

use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::Response;
use prometheus::{Encoder as _, HistogramOpts, HistogramVec, IntCounterVec, IntGaugeVec, Opts, Registry, TextEncoder};

#[derive(Clone)]
pub struct Metrics {
    registry: Registry,
    requests: IntCounterVec,
    latency: HistogramVec,
    statements: IntCounterVec,
    jobs: IntCounterVec,
    outbox: IntGaugeVec,
    delivery: prometheus::Histogram,
}

impl Metrics {
    /// # Errors
    /// Only if two metrics were registered under one name, a programming error.
    pub fn new() -> anyhow::Result<Self> {
        let registry = Registry::new_custom(Some("laurel".into()), None)?;
        let requests = IntCounterVec::new(
            Opts::new("http_requests_total", "HTTP requests answered, by route template and status"),
            &["method", "route", "status"],
        )?;
        let latency = HistogramVec::new(
            HistogramOpts::new("http_request_duration_seconds", "Time to answer HTTP requests, by route template")
                .buckets(vec![0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0]),
            &["method", "route", "status"],
        )?;
        let statements = IntCounterVec::new(
            Opts::new(
                "http_sql_statements_total",
                "SQL statements run to answer HTTP requests, by route template: divided by the requests, what \
                 one answer costs the database",
            ),
            &["method", "route"],
        )?;
        let jobs =
            IntCounterVec::new(Opts::new("job_runs_total", "Timed job runs, by job and outcome"), &["job", "outcome"])?;
        let outbox = IntGaugeVec::new(Opts::new("outbox_messages", "Emails in the outbox, by status"), &["status"])?;
        registry.register(Box::new(requests.clone()))?;
        registry.register(Box::new(latency.clone()))?;
        registry.register(Box::new(statements.clone()))?;
        registry.register(Box::new(jobs.clone()))?;
        let delivery = prometheus::Histogram::with_opts(
            HistogramOpts::new(
                "email_delivery_seconds",
                "Time from queueing an email to its handover to the transport",
            )
            .buckets(vec![1.0, 5.0, 10.0, 30.0, 60.0, 300.0, 900.0, 3600.0, 14400.0]),
        )?;
        registry.register(Box::new(outbox.clone()))?;
        registry.register(Box::new(delivery.clone()))?;
        Ok(Self { registry, requests, latency, statements, jobs, outbox, delivery })
    }

    pub fn job_run(&self, job: &str, ok: bool) {
        self.jobs.with_label_values(&[job, if ok { "ok" } else { "failed" }]).inc();
    }

    /// Records how long a delivered email waited in the outbox.
    pub fn delivered_after(&self, waited: chrono::Duration) {
        #[allow(clippy::cast_precision_loss)]
        self.delivery.observe(waited.num_milliseconds().max(0) as f64 / 1000.0);
    }

    /// Sets the outbox depth, read from the database when metrics are scraped.
    pub fn outbox_depth(&self, status: &str, count: u64) {
        self.outbox.with_label_values(&[status]).set(i64::try_from(count).unwrap_or(i64::MAX));
    }

    /// The text exposition format.
    pub fn render(&self) -> String {
        let mut out = Vec::new();
        // Encoding into a Vec cannot fail for the text format.
        let _ = TextEncoder::new().encode(&self.registry.gather(), &mut out);
        String::from_utf8(out).unwrap_or_default()
    }
}

/// Records each request under its route template (`/api/v1/nominations/{id}`), never
/// the raw path, so ids do not explode the number of series.
pub async fn track(State(metrics): State<Metrics>, request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().as_str().to_owned();
    let route =
        request.extensions().get::<MatchedPath>().map_or_else(|| "unmatched".to_owned(), |p| p.as_str().to_owned());
    let (response, statements) = crate::db::counting(next.run(request)).await;
    let status = response.status().as_u16().to_string();
    let labels = [method.as_str(), route.as_str(), status.as_str()];
    metrics.requests.with_label_values(&labels).inc();
    metrics.latency.with_label_values(&labels).observe(started.elapsed().as_secs_f64());
    metrics.statements.with_label_values(&[method.as_str(), route.as_str()]).inc_by(u64::from(statements));
    response
}
