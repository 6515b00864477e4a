//! `laurel demo`: a fresh database with a realistic programme in progress, so that a
//! newcomer sees every role's work on first start.
//!
//! - The UN Public Service Awards 2026 are published: winners in every region and
//!   category, champions, the archive, member states' pages, the feed and open data.
//! - The 2027 edition is in review: forty nominations from every region screened (a few
//!   found ineligible), the experts' stage assigned and part-scored, the committee's
//!   stage waiting.
//! - The Digital Government Awards 2027 are in screening: some nominations to screen,
//!   questions asked of focal points, one answered.
//! - The WSIS Prizes 2027 (`examples/wsis-2027.toml`) are in their public vote: 54
//!   nominations in eighteen categories, voters with complete and incomplete ballots, and
//!   a cluster of new voters from one network for the secretariat's flags.
//! - The Public Sector Innovation Awards 2027 call is open, with drafts under way.
//!
//! Every one of them is played through the use cases (`story`), at the dates the work
//! would have been done.

use anyhow::Context as _;
use chrono::{DateTime, Duration, SubsecRound as _, Utc};
use sea_orm::DatabaseConnection;
use uuid::Uuid;

use crate::config::{Backend, DatabaseUrl};
use crate::db;
use crate::domain::definition::CycleDefinition;
use crate::domain::user::Role;
use crate::service::Actor;
use crate::service::accounts::{self, NewUser};
use crate::service::audit::{self, Event};
use crate::service::auth::Caller;

mod data;
mod definitions;
mod story;

use data::{
    DIGITAL_GOVERNMENT_2027, Entry, FOCAL_POINTS, INELIGIBLE, INNOVATION_2027, REVIEWERS, UNPSA_2026, UNPSA_2027,
    WSIS_2027,
};
use definitions::Dates;
use story::Story;

/// One password for every demo account, printed at start.
pub const PASSWORD: &str = "jacaranda-harbour-27";

/// An account the demo prints for the person trying it.
#[derive(Debug, Clone)]
pub struct Login {
    pub role: Role,
    pub email: String,
    pub password: &'static str,
}

/// Removes the demo database so that every `laurel demo` starts from the same state.
///
/// # Errors
/// When an existing database cannot be removed or reset.
pub async fn wipe(url: &DatabaseUrl) -> anyhow::Result<()> {
    match url.backend() {
        Backend::Sqlite => {
            let path = url.expose().trim_start_matches("sqlite:").trim_start_matches("//");
            let path = path.split('?').next().unwrap_or_default();
            if path.is_empty() || path == ":memory:" {
                return Ok(());
            }
            for suffix in ["", "-wal", "-shm"] {
                let file = format!("{path}{suffix}");
                match std::fs::remove_file(&file) {
                    Ok(()) => {}
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                    Err(e) => return Err(anyhow::anyhow!("cannot remove the old demo database {file}: {e}")),
                }
            }
        }
        Backend::Postgres => {
            use migration::MigratorTrait as _;
            let db = db::connect(url).await?;
            migration::Migrator::fresh(&db).await.context("resetting the demo database")?;
        }
    }
    Ok(())
}

/// Fills a freshly migrated database with the demo programmes, as of `now`; emails link
/// to `base_url`.
///
/// # Errors
/// Database failures, or a use case refusing the demo's data (a bug in the demo).
pub async fn seed(db: &DatabaseConnection, base_url: &str, now: DateTime<Utc>) -> anyhow::Result<Vec<Login>> {
    let now = now.trunc_subsecs(0);
    let day = |n: i64| now + Duration::days(n);
    let mut people =
        vec![person("secretariat@demo.laurel.test", "Amina Diallo (Secretariat)", Role::Admin, None, None)];
    for (code, name) in FOCAL_POINTS {
        let email = format!("focal.{}@demo.laurel.test", code.to_lowercase());
        people.push(person(&email, name, Role::Nominator, Some(code), None));
    }
    for (i, (nationality, name)) in REVIEWERS.iter().enumerate() {
        let email =
            if i == 0 { "reviewer@demo.laurel.test".to_owned() } else { format!("expert{}@demo.laurel.test", i + 1) };
        people.push(person(&email, name, Role::Reviewer, None, Some(nationality)));
    }
    let created = accounts::create_users_sharing_password(db, &Actor::operator(), PASSWORD, people, day(-700)).await?;
    let mut callers = created.into_iter().map(Caller::from_user).collect::<Result<Vec<_>, _>>()?;
    let admin = callers.remove(0);
    let reviewers = callers.split_off(FOCAL_POINTS.len());
    let focal_points = callers.into_iter().map(|c| (c.member_state.clone().unwrap_or_default(), c)).collect();
    let reviewers = reviewers.into_iter().map(|c| (c.id, c)).collect();
    let mut story = Story::new(db, base_url, admin.clone(), focal_points, reviewers);

    let new_york = chrono_tz::America::New_York;
    published_unpsa(&mut story, Dates::around(now, new_york, (-560, -470, -180))).await?;
    unpsa_in_review(&mut story, Dates::around(now, new_york, (-150, -75, 180))).await?;
    let geneva = chrono_tz::Europe::Zurich;
    digital_government_in_screening(&mut story, Dates::around(now, geneva, (-60, -5, 150)), now).await?;
    wsis_voting(&mut story, Dates::around(now, geneva, (-120, -12, 120)), now).await?;
    innovation_open(&mut story, Dates::around(now, chrono_tz::Europe::Paris, (-30, 12, 200))).await?;

    let tx = db::begin_write(db).await?;
    audit::record(&tx, &Actor::operator(), Event::new("demo.seeded", "database", "demo"), now).await?;
    tx.commit().await?;

    Ok(vec![
        Login { role: Role::Admin, email: admin.email, password: PASSWORD },
        Login { role: Role::Nominator, email: "focal.ken@demo.laurel.test".into(), password: PASSWORD },
        Login { role: Role::Reviewer, email: "reviewer@demo.laurel.test".into(), password: PASSWORD },
    ])
}

fn person(email: &str, name: &str, role: Role, member_state: Option<&str>, nationality: Option<&str>) -> NewUser {
    NewUser {
        email: email.to_owned(),
        name: name.to_owned(),
        role: role.as_str().to_owned(),
        member_state: member_state.map(str::to_owned),
        nationality: nationality.map(str::to_owned),
        password: PASSWORD.to_owned(),
    }
}

/// `count` moments spread evenly from `from` to `to`.
fn spread(from: DateTime<Utc>, to: DateTime<Utc>, count: usize) -> impl Iterator<Item = DateTime<Utc>> {
    let count = i32::try_from(count.max(1)).unwrap_or(i32::MAX);
    let step = (to - from) / count;
    (0..count).map(move |i| from + step * i)
}

/// A call for nominations that has closed: its nominations' ids in the order of the
/// entries, its stages in order, and its screening checks.
struct Call {
    ids: Vec<Uuid>,
    stages: Vec<Uuid>,
    checks: Vec<String>,
}

/// Imports `d`, nominates and submits `entries` over the call's last weeks, and closes
/// the call, which opens its screening.
async fn call(story: &mut Story<'_>, d: &CycleDefinition, entries: &[Entry]) -> anyhow::Result<Call> {
    let (categories, checks) = keys(d);
    let cycle = story.cycle(d).await?;
    let mut ids = Vec::new();
    let from = d.opens_at + (d.closes_at - d.opens_at) / 4;
    for (entry, at) in entries.iter().zip(spread(from, d.closes_at - Duration::days(1), entries.len())) {
        let id = story.draft(cycle, &categories, entry, true, at).await?;
        story.submit(entry.0, id, at + Duration::days(2)).await?;
        ids.push(id);
    }
    story.tick(d.closes_at + Duration::minutes(1)).await?;
    Ok(Call { ids, stages: story.stages(cycle).await?, checks })
}

/// Runs a cycle to published results: screening (the `ineligible` found so), both
/// review stages scored in full, the awards decided and published on their date.
async fn published_unpsa(story: &mut Story<'_>, dates: Dates) -> anyhow::Result<()> {
    let d = definitions::unpsa(2026, dates);
    let Call { ids, stages, checks } = call(story, &d, UNPSA_2026).await?;
    let day = |n: i64| dates.closes + Duration::days(n);
    for (i, (id, at)) in ids.iter().zip(spread(day(2), day(12), ids.len())).enumerate() {
        let failed = (i == 15).then_some(("two-years", "Operational for eighteen months at the deadline."));
        story.screen(*id, &checks, failed, at).await?;
    }
    story.advance(stages[0], day(14)).await?;
    for (n, stage) in stages.iter().enumerate().skip(1) {
        let start = day(15 + 90 * i64::try_from(n - 1).unwrap_or(0));
        let assigned = story.assign(*stage, start).await?;
        story.review(*stage, &assigned, 1.0, (start + Duration::days(3), start + Duration::days(60))).await?;
        story.advance(*stage, start + Duration::days(75)).await?;
    }
    story.tick(dates.publish).await
}

/// A cycle in its experts' stage: screened, assigned, about half the reviews in and a
/// few saved as drafts, due in ten days.
async fn unpsa_in_review(story: &mut Story<'_>, dates: Dates) -> anyhow::Result<()> {
    let d = definitions::unpsa(2027, dates);
    let Call { ids, stages, checks } = call(story, &d, UNPSA_2027).await?;
    let day = |n: i64| dates.closes + Duration::days(n);
    for (i, (id, at)) in ids.iter().zip(spread(day(1), day(9), ids.len())).enumerate() {
        let failed = INELIGIBLE.iter().find(|(n, ..)| *n == i).map(|(_, check, note)| (*check, *note));
        story.screen(*id, &checks, failed, at).await?;
    }
    story.advance(stages[0], day(10)).await?;
    let assigned = story.assign(stages[1], day(10)).await?;
    story.review(stages[1], &assigned, 0.5, (day(14), day(72))).await
}

/// A cycle in screening: five nominations screened, three questions asked of focal
/// points (Kenya's among them, unanswered), one answered, the rest waiting.
async fn digital_government_in_screening(
    story: &mut Story<'_>,
    dates: Dates,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    let d = definitions::digital_government(dates);
    let Call { ids, checks, .. } = call(story, &d, DIGITAL_GOVERNMENT_2027).await?;
    let by_state = |state: &str| {
        DIGITAL_GOVERNMENT_2027.iter().position(|e| e.0 == state).map(|i| ids[i]).context(state.to_owned())
    };
    let day = |n: i64| dates.closes + Duration::days(n);
    for state in ["EST", "IND", "FRA", "URY"] {
        story.screen(by_state(state)?, &checks, None, day(1)).await?;
    }
    story
        .screen(
            by_state("GHA")?,
            &checks,
            Some(("endorsed", "No endorsement letter from the government was supplied.")),
            day(1),
        )
        .await?;
    let due = definitions::end_of_day(now + Duration::days(4), dates.zone);
    story
        .ask(
            by_state("KEN")?,
            "Please attach the letter of endorsement from the Ministry of ICT, and say which counties use the service today.",
            due,
            day(2),
        )
        .await?;
    story
        .ask(by_state("MAR")?, "Your impact figures have no source: which body measured them, and when?", due, day(2))
        .await?;
    story
        .ask(
            by_state("PHL")?,
            "Is eKonsulta run by the Department of Health itself, or by a contractor?",
            due + Duration::days(2),
            day(2),
        )
        .await?;
    story
        .answer(
            "MAR",
            by_state("MAR")?,
            (
                "impact",
                "Waiting times fell by two thirds, and the share of rural women served doubled within two years, as the High Commission for Planning measured in its 2025 survey.",
            ),
            "The figures come from the High Commission for Planning's 2025 household survey; the form now says so.",
            day(3),
        )
        .await
}

/// The WSIS Prizes in their public vote, which opened a week ago: every nomination
/// screened in (but one), thirty people with complete ballots, eight without, and twenty
/// new voters from one network within the hour, all for the same entry.
async fn wsis_voting(story: &mut Story<'_>, dates: Dates, now: DateTime<Utc>) -> anyhow::Result<()> {
    use rand::Rng as _;
    let d = definitions::wsis_vote(dates, (5, 35));
    let (categories, checks) = keys(&d);
    let cycle = story.cycle(&d).await?;
    let from = d.opens_at + (d.closes_at - d.opens_at) / 4;
    let mut ids = Vec::new();
    for (entry, at) in WSIS_2027.iter().zip(spread(from, d.closes_at - Duration::days(3), WSIS_2027.len())) {
        ids.push(story.nominate_wsis(cycle, &categories, entry, at).await?);
    }
    story.tick(d.closes_at + Duration::minutes(1)).await?;
    let stages = story.stages(cycle).await?;
    let day = |n: i64| dates.closes + Duration::days(n);
    for (i, (id, at)) in ids.iter().zip(spread(day(1), day(3), ids.len())).enumerate() {
        let failed =
            (i == 7).then_some(("operational", "The service was still a pilot in one district at the deadline."));
        story.screen(*id, &checks, failed, at).await?;
    }
    story.advance(stages[0], day(4)).await?;
    let (opens, vote) = (d.stages[1].opens_at.context("the vote's window")?, stages[1]);
    // What is on the ballot: each category's nominations still in the running.
    let ballot: Vec<(String, Vec<Uuid>)> = categories
        .iter()
        .enumerate()
        .map(|(c, key)| {
            let running =
                WSIS_2027.iter().zip(&ids).enumerate().filter(|(i, ((_, category, ..), _))| *category == c && *i != 7);
            (key.clone(), running.map(|(_, (_, id))| *id).collect())
        })
        .collect();
    let hours = (now - opens).num_hours().max(2);
    for n in 0..38 {
        let complete = n < 30;
        let votes: Vec<(String, Uuid)> = ballot
            .iter()
            .take(if complete { ballot.len() } else { 1 + n % 12 })
            .filter_map(|(key, running)| {
                // The first of each category is the people's favourite.
                let pick = if story.rng.random_bool(0.5) { 0 } else { story.rng.random_range(0..running.len()) };
                running.get(pick).map(|id| (key.clone(), *id))
            })
            .collect();
        let at = opens + Duration::hours(story.rng.random_range(0..hours - 1));
        let email = format!("voter.{n}@mail.example");
        story.voter(vote, &email, &format!("203.0.{}.{}", n % 200, 10 + n), &votes, at).await?;
    }
    let campaign = opens + Duration::hours(hours / 2);
    for n in 0..20 {
        // Complete ballots, all for the same entry in e-government.
        let votes: Vec<(String, Uuid)> = ballot
            .iter()
            .enumerate()
            .filter_map(|(c, (key, running))| {
                let pick = if c == 6 { running.last() } else { running.first() };
                pick.map(|id| (key.clone(), *id))
            })
            .collect();
        let at = campaign + Duration::minutes(2 * n);
        story
            .voter(vote, &format!("supporter{n}@campaign.example"), &format!("198.51.100.{}", 20 + n), &votes, at)
            .await?;
    }
    Ok(())
}

/// An open call: drafts under way (Kenya's among them) and two nominations submitted.
async fn innovation_open(story: &mut Story<'_>, dates: Dates) -> anyhow::Result<()> {
    let d = definitions::innovation(dates);
    let (categories, _) = keys(&d);
    let cycle = story.cycle(&d).await?;
    let (drafts, submitted) = INNOVATION_2027.split_at(4);
    for (entry, at) in
        drafts.iter().zip(spread(dates.opens + Duration::days(10), dates.opens + Duration::days(28), drafts.len()))
    {
        story.draft(cycle, &categories, entry, false, at).await?;
    }
    for (entry, at) in
        submitted.iter().zip(spread(dates.opens + Duration::days(5), dates.opens + Duration::days(25), submitted.len()))
    {
        let id = story.draft(cycle, &categories, entry, true, at).await?;
        story.submit(entry.0, id, at + Duration::days(1)).await?;
    }
    Ok(())
}

/// A definition's category keys and its screening stage's checks.
fn keys(d: &CycleDefinition) -> (Vec<String>, Vec<String>) {
    let categories = d.categories.iter().map(|c| c.key.clone()).collect();
    let checks = d.stages.first().map(|s| s.criteria.iter().map(|c| c.key.clone()).collect()).unwrap_or_default();
    (categories, checks)
}
