//! A cycle's dashboard for the secretariat: where the call and the reviews stand, in
//! charts drawn on the server, each with a sentence and a table carrying the same facts
//! for a screen reader and a printout; and the "remind" buttons beside late jurors.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::response::{IntoResponse as _, Redirect, Response};
use chrono::NaiveDate;
use serde::Deserialize;
use uuid::Uuid;

use super::charts::{Bars, Columns, Ranges, Series};
use super::nav::Nav;
use crate::app::AppState;
use crate::domain::nomination::NominationStatus;
use crate::domain::stage::StageKind;
use crate::format;
use crate::http::error::PageError;
use crate::http::extract::{CsrfForm, PagePath};
use crate::http::routes::Routes;
use crate::http::session::SignedIn;
use crate::i18n::Lang;
use crate::service::progress::{self, Progress, Spread, StageProgress};
use crate::service::{cycles, reminders};

pub fn routes() -> Routes<AppState> {
    Routes::new().get("/admin/cycles/{id}", dashboard).post("/admin/stages/{id}/remind", remind)
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/dashboard.html")]
pub struct DashboardPage {
    nav: Nav,
    id: Uuid,
    name: String,
    time_zone: String,
    closes: String,
    p: Progress,
    notice: Option<String>,
    /// Status label and count, in the statuses' order.
    statuses: Vec<(String, usize)>,
    per_day: Columns,
    /// The days with a submission: the date as read and the count.
    busy_days: Vec<(String, usize)>,
    coverage: Bars,
    funnel: Bars,
    /// The funnel's steps: name, reached, went on (none for the first).
    steps: Vec<(String, usize, Option<usize>)>,
    stages: Vec<Stage>,
}

/// One stage's part of the dashboard.
pub struct Stage {
    s: StageProgress,
    due: String,
    /// Reviews per juror; absent while the stage has none.
    jurors: Option<Bars>,
    by_criterion: Option<Ranges>,
    by_juror: Option<Ranges>,
    /// The jurors' agreement as a sentence.
    agreement: Option<String>,
}

impl DashboardPage {
    fn is_screening(st: &Stage) -> bool {
        st.s.kind == StageKind::Screening
    }

    /// A date as the cycle's time zone reads it.
    fn when(&self, at: &chrono::DateTime<chrono::Utc>) -> String {
        format::instant(*at, &self.time_zone)
    }
}

#[derive(Deserialize)]
struct Done {
    done: Option<String>,
}

async fn dashboard(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath(id): PagePath<Uuid>,
    Query(q): Query<Done>,
) -> Result<DashboardPage, PageError> {
    let now = state.clock.now();
    let caller = &signed_in.caller;
    let p = progress::of_cycle(&state.db, &state.caches, caller, id, now).await?;
    let cycle = cycles::get(&state.db, Some(caller), id, now).await?;
    let lang = signed_in.viewer.lang;
    let zone = cycle.time_zone.as_str();
    let statuses = NominationStatus::ALL
        .iter()
        .filter_map(|s| p.nominations.by_status.get(s.as_str()).map(|n| (s.label(lang), *n)))
        .collect();
    let day = |d: NaiveDate| format::date(d.and_hms_opt(12, 0, 0).unwrap_or_default().and_utc(), "UTC");
    let closes = format::instant(cycle.closes_at, zone);
    let per_day = per_day_chart(
        lang,
        &p,
        cycle.closes_at.with_timezone(&zone.parse().unwrap_or(chrono_tz::UTC)).date_naive(),
        &closes,
        day,
    );
    let busy_days = p.per_day.iter().filter(|d| d.submitted > 0).map(|d| (day(d.day), d.submitted)).collect();
    let coverage = coverage_chart(lang, &p);
    let (funnel, steps) = funnel_chart(lang, &p);
    let stages = p
        .stages
        .iter()
        .map(|s| Stage {
            s: s.clone(),
            due: s.due_at.map(|d| format::instant(d, zone)).unwrap_or_default(),
            jurors: jurors_chart(lang, s),
            by_criterion: criteria_chart(lang, s),
            by_juror: juror_scores_chart(lang, s),
            agreement: (s.kind == StageKind::Scoring && s.submitted > 0).then(|| agreement(lang, s.reliability)),
        })
        .collect();
    Ok(DashboardPage {
        nav: Nav::from(&signed_in.viewer),
        id,
        name: cycle.name,
        time_zone: cycle.time_zone.clone(),
        closes,
        notice: q.done.as_deref().filter(|d| *d == "reminded").map(|_| lang.t("admin-dashboard-reminded")),
        statuses,
        per_day,
        busy_days,
        coverage,
        funnel,
        steps,
        stages,
        p,
    })
}

fn per_day_chart(
    lang: Lang,
    p: &Progress,
    closes_day: NaiveDate,
    closes: &str,
    day: impl Fn(NaiveDate) -> String,
) -> Columns {
    let counts: Vec<usize> = p.per_day.iter().map(|d| d.submitted).collect();
    let total: usize = counts.iter().sum();
    let summary =
        match p.per_day.iter().filter(|d| d.submitted > 0).max_by_key(|d| (d.submitted, std::cmp::Reverse(d.day))) {
            Some(busiest) => lang.t_with(
                "admin-chart-days-summary",
                &[
                    ("count", total.into()),
                    ("day", day(busiest.day).into()),
                    ("most", busiest.submitted.into()),
                    ("closes", closes.into()),
                ],
            ),
            None => lang.t_with("admin-chart-days-none", &[("closes", closes.into())]),
        };
    let deadline = p.per_day.iter().position(|d| d.day == closes_day);
    let mut ticks = Vec::new();
    if let Some(first) = p.per_day.first() {
        ticks.push((0, day(first.day)));
    }
    // The last day's label only where it cannot run into the first's.
    if let Some(last) = p.per_day.last().filter(|_| p.per_day.len() > 7) {
        ticks.push((p.per_day.len() - 1, day(last.day)));
    }
    Columns::new(
        "per-day",
        lang.t("admin-chart-days-title"),
        summary,
        &counts,
        deadline.map(|i| (i, lang.t("admin-chart-deadline"))),
        ticks,
    )
}

fn coverage_chart(lang: Lang, p: &Progress) -> Bars {
    let drafting: usize = p.coverage.iter().map(|c| c.drafting.len()).sum();
    let summary = format!(
        "{} {}",
        lang.t_with("admin-dashboard-states", &[("count", p.states_nominated.into()), ("all", p.member_states.into())]),
        lang.t_with("admin-chart-coverage-drafting", &[("count", drafting.into())])
    );
    let rows = p
        .coverage
        .iter()
        .map(|c| {
            let none = c.states.saturating_sub(c.submitted + c.drafting.len());
            let label = lang.t_with(
                "admin-chart-coverage-row",
                &[
                    ("region", c.name.as_str().into()),
                    ("submitted", c.submitted.into()),
                    ("drafting", c.drafting.len().into()),
                    ("states", c.states.into()),
                ],
            );
            (label, vec![(Series::Done, c.submitted), (Series::Waiting, c.drafting.len()), (Series::Missing, none)])
        })
        .collect();
    Bars::new(
        "coverage",
        lang.t("admin-chart-coverage-title"),
        summary,
        vec![
            (Series::Done, lang.t("admin-dashboard-submitted")),
            (Series::Waiting, lang.t("admin-chart-draft-only")),
            (Series::Missing, lang.t("admin-chart-not-yet")),
        ],
        rows,
        None,
    )
}

fn funnel_chart(lang: Lang, p: &Progress) -> (Bars, Vec<(String, usize, Option<usize>)>) {
    let submitted = p.nominations.by_member_state.iter().map(|t| t.submitted).sum::<usize>();
    let mut steps = vec![(lang.t("admin-dashboard-submitted"), submitted, None)];
    steps.extend(p.stages.iter().map(|s| (s.name.clone(), s.entered, Some(s.advanced))));
    let rows = steps
        .iter()
        .map(|(name, reached, went_on)| match went_on {
            None => (
                lang.t_with(
                    "admin-chart-funnel-first",
                    &[("step", name.as_str().into()), ("count", (*reached).into())],
                ),
                vec![(Series::Done, *reached)],
            ),
            Some(on) => (
                lang.t_with(
                    "admin-chart-funnel-row",
                    &[("step", name.as_str().into()), ("count", (*reached).into()), ("on", (*on).into())],
                ),
                vec![(Series::Done, *on), (Series::Missing, reached.saturating_sub(*on))],
            ),
        })
        .collect();
    let summary = lang.t("admin-chart-funnel-summary");
    let bars = Bars::new(
        "funnel",
        lang.t("admin-chart-funnel-title"),
        summary,
        vec![(Series::Done, lang.t("admin-chart-went-on")), (Series::Missing, lang.t("admin-chart-stopped"))],
        rows,
        None,
    );
    (bars, steps)
}

fn jurors_chart(lang: Lang, s: &StageProgress) -> Option<Bars> {
    if s.by_reviewer.is_empty() {
        return None;
    }
    let rows = s
        .by_reviewer
        .iter()
        .map(|r| {
            let waiting = r.assigned.saturating_sub(r.submitted + r.overdue);
            let label = lang.t_with(
                "admin-chart-juror-row",
                &[
                    ("name", r.name.as_str().into()),
                    ("submitted", r.submitted.into()),
                    ("assigned", r.assigned.into()),
                    ("overdue", r.overdue.into()),
                ],
            );
            (label, vec![(Series::Done, r.submitted), (Series::Waiting, waiting), (Series::Late, r.overdue)])
        })
        .collect();
    let summary = lang.t_with(
        "admin-dashboard-reviews",
        &[("submitted", s.submitted.into()), ("assigned", s.assigned.into()), ("overdue", s.overdue.into())],
    );
    Some(Bars::new(
        &format!("jurors-{}", s.stage),
        lang.t_with("admin-chart-jurors-title", &[("stage", s.name.as_str().into())]),
        summary,
        vec![
            (Series::Done, lang.t("admin-dashboard-submitted")),
            (Series::Waiting, lang.t("admin-chart-not-due")),
            (Series::Late, lang.t("admin-dashboard-overdue")),
        ],
        rows,
        None,
    ))
}

fn range_rows(lang: Lang, spreads: &[&Spread]) -> Vec<(String, f64, f64, f64)> {
    spreads
        .iter()
        .map(|x| {
            let label = lang.t_with(
                "admin-chart-range-row",
                &[
                    ("name", x.name.as_str().into()),
                    ("min", rounded(x.min).into()),
                    ("mean", rounded(x.mean).into()),
                    ("max", rounded(x.max).into()),
                ],
            );
            (label, x.min, x.mean, x.max)
        })
        .collect()
}

fn criteria_chart(lang: Lang, s: &StageProgress) -> Option<Ranges> {
    if s.by_criterion.is_empty() {
        return None;
    }
    let spreads: Vec<&Spread> = s.by_criterion.iter().collect();
    Some(Ranges::new(
        &format!("criteria-{}", s.stage),
        lang.t_with("admin-chart-criteria-title", &[("stage", s.name.as_str().into())]),
        lang.t("admin-chart-range-summary"),
        range_rows(lang, &spreads),
    ))
}

fn juror_scores_chart(lang: Lang, s: &StageProgress) -> Option<Ranges> {
    let spreads: Vec<&Spread> = s.by_reviewer.iter().filter_map(|r| r.scores.as_ref()).collect();
    let lowest = spreads.iter().min_by(|a, b| a.mean.total_cmp(&b.mean))?;
    let highest = spreads.iter().max_by(|a, b| a.mean.total_cmp(&b.mean))?;
    let summary = lang.t_with(
        "admin-chart-juror-scores-summary",
        &[
            ("low", rounded(lowest.mean).into()),
            ("lowname", lowest.name.as_str().into()),
            ("high", rounded(highest.mean).into()),
            ("highname", highest.name.as_str().into()),
        ],
    );
    Some(Ranges::new(
        &format!("juror-scores-{}", s.stage),
        lang.t_with("admin-chart-juror-scores-title", &[("stage", s.name.as_str().into())]),
        summary,
        range_rows(lang, &spreads),
    ))
}

/// Krippendorff's own reading of alpha: from 0.8 the data are reliable, from 0.667
/// tentatively so, below that not.
fn agreement(lang: Lang, alpha: Option<f64>) -> String {
    match alpha {
        None => format!("{} {}", lang.t("admin-ranking-reliability"), lang.t("admin-ranking-not-measurable")),
        Some(a) => {
            let level = if a >= 0.8 {
                "good"
            } else if a >= 0.667 {
                "tentative"
            } else {
                "low"
            };
            lang.t_with("admin-dashboard-agreement", &[("alpha", format!("{a:.2}").into()), ("level", level.into())])
        }
    }
}

/// A score on 0–100 as a whole number: the charts compare, they do not rank.
fn rounded(v: f64) -> i64 {
    // Display only: 0–100.
    #[allow(clippy::cast_possible_truncation)]
    let r = v.round() as i64;
    r
}

#[derive(Deserialize)]
struct RemindForm {
    #[serde(default)]
    reviewer: Option<Uuid>,
}

/// The dashboard's "remind" buttons: one juror, or every juror with reviews outstanding.
async fn remind(
    State(state): State<AppState>,
    signed_in: SignedIn,
    PagePath(id): PagePath<Uuid>,
    CsrfForm(form): CsrfForm<RemindForm>,
) -> Result<Response, PageError> {
    let now = state.clock.now();
    let base = state.settings.base_url();
    let (_, cycle) = reminders::remind_now(&state.db, &signed_in.caller, id, form.reviewer, &base, now).await?;
    Ok(Redirect::to(&format!("/admin/cycles/{cycle}?done=reminded#stage-{id}")).into_response())
}
