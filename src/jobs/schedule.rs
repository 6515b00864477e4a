//! Wires cron lines to the jobs. Each tick first takes the job's lease, which runs a
//! little shorter than the interval: of several instances ticking at the same second,
//! one runs the job and the others skip it. A failing job is logged and tried again at
//! its next tick; nothing a job does can stop the scheduler.

use std::future::Future;

use chrono::Duration;
use tokio_cron_scheduler::{Job, JobScheduler};

use super::{digest, outbox, reminders, sweep, timeline};
use crate::app::AppState;
use crate::service::leases;

/// Starts the scheduler; call `shutdown` on the result to stop it.
///
/// # Errors
/// When the scheduler cannot be created (a bad cron line is a programming error).
pub async fn start(state: AppState) -> anyhow::Result<JobScheduler> {
    let scheduler = JobScheduler::new().await?;
    add(&scheduler, &state, "outbox", "*/5 * * * * *", Duration::seconds(4), |s| async move {
        outbox::run(&s, s.clock.now()).await.map(|t| format!("{t:?}"))
    })
    .await?;
    add(&scheduler, &state, "clock", "0 * * * * *", Duration::seconds(55), |s| async move {
        timeline::run(&s, s.clock.now()).await.map(|m| format!("{} cycles moved", m.len()))
    })
    .await?;
    add(&scheduler, &state, "sweep", "0 17 * * * *", Duration::minutes(50), |s| async move {
        sweep::run(&s, s.clock.now()).await.map(|t| format!("{t:?}"))
    })
    .await?;
    let reminders_cron = state.settings.reminders_cron.clone();
    let digest_cron = state.settings.digest_cron.clone();
    // A daily job's lease outlives its tick, so however many instances tick, it runs
    // once a day; the dedupe keys name the day in any case.
    add(&scheduler, &state, "reminders", &reminders_cron, Duration::hours(20), |s| async move {
        reminders::run(&s, s.clock.now()).await.map(|n| format!("{n} reminders queued"))
    })
    .await?;
    add(&scheduler, &state, "digest", &digest_cron, Duration::hours(20), |s| async move {
        digest::run(&s, s.clock.now()).await.map(|n| format!("{n} digests queued"))
    })
    .await?;
    scheduler.start().await?;
    Ok(scheduler)
}

async fn add<F, Fut>(
    scheduler: &JobScheduler,
    state: &AppState,
    name: &'static str,
    cron: &str,
    ttl: Duration,
    job: F,
) -> anyhow::Result<()>
where
    F: Fn(AppState) -> Fut + Send + Sync + Clone + 'static,
    Fut: Future<Output = anyhow::Result<String>> + Send + 'static,
{
    let state = state.clone();
    scheduler
        .add(
            Job::new_async(cron, move |_, _| {
                let (state, job) = (state.clone(), job.clone());
                Box::pin(async move { tick(state, name, ttl, job).await })
            })
            .map_err(|e| anyhow::anyhow!("the schedule '{cron}' of the {name} job is not a valid cron line: {e}"))?,
        )
        .await?;
    Ok(())
}

async fn tick<F, Fut>(state: AppState, name: &'static str, ttl: Duration, job: F)
where
    F: Fn(AppState) -> Fut,
    Fut: Future<Output = anyhow::Result<String>>,
{
    let holder = state.instance.clone();
    match leases::acquire(&state.db, name, &holder, ttl, state.clock.now()).await {
        Ok(true) => {}
        Ok(false) => return,
        Err(e) => {
            tracing::warn!(job = name, error = format!("{e:#}"), "cannot take the job lease");
            return;
        }
    }
    let result = job(state.clone()).await;
    state.metrics.job_run(name, result.is_ok());
    match result {
        Ok(summary) => tracing::debug!(job = name, %summary, "job ran"),
        Err(e) => tracing::warn!(job = name, error = format!("{e:#}"), "job failed; it runs again at its next tick"),
    }
}
