//! The demo's history, played through the same use cases the secretariat, the focal
//! points and the reviewers call, each at the date it would have happened: what the demo
//! shows is what Laurel makes of a season's work, and its audit trail and outbox tell
//! that history as they would a real one.

use std::collections::{BTreeMap, HashMap};

use anyhow::Context as _;
use chrono::{DateTime, Duration, Utc};
use entity::{criterion, stage};
use rand::rngs::StdRng;
use rand::{Rng as _, SeedableRng as _};
use sea_orm::{ColumnTrait as _, DatabaseConnection, EntityTrait as _, QueryFilter as _, QueryOrder as _};
use uuid::Uuid;

use super::data::Entry;
use crate::cache::Caches;
use crate::domain::definition::CycleDefinition;
use crate::service::auth::Caller;
use crate::service::nominations::{self, Draft};
use crate::service::ranking::{self, AdvanceRequest};
use crate::service::review::{self, AssignRequest, AssignmentView, Auto, ReviewDraft};
use crate::service::screening::{self, ClarificationRequest, ScreeningRequest};
use crate::service::{cycles, timeline};

/// What reviewers write, chosen in turn so that lists do not repeat one sentence.
const COMMENTS: &[&str] = &[
    "Clear evidence of impact; the plan for transfer to other countries could be more concrete.",
    "Strong reach among rural women. The figures would be stronger with an independent evaluation.",
    "Well run and well documented; less new than it claims, as neighbouring countries do the same.",
    "An impressive change in waiting times, measured over three years. A model for the region.",
];

pub(super) struct Story<'a> {
    pub db: &'a DatabaseConnection,
    pub caches: Caches,
    pub base_url: &'a str,
    pub rng: StdRng,
    pub admin: Caller,
    pub focal_points: HashMap<String, Caller>,
    pub reviewers: HashMap<Uuid, Caller>,
    /// The public vote's limits, loose enough for a whole campaign from one network.
    vote_limits: crate::service::vote::Limits,
    /// Each nomination's merit, which its reviewers' scores scatter around.
    merit: HashMap<Uuid, f64>,
    turn: usize,
}

impl<'a> Story<'a> {
    pub fn new(
        db: &'a DatabaseConnection,
        base_url: &'a str,
        admin: Caller,
        focal_points: HashMap<String, Caller>,
        reviewers: HashMap<Uuid, Caller>,
    ) -> Self {
        Story {
            db,
            caches: Caches::default(),
            base_url,
            rng: StdRng::seed_from_u64(2027),
            admin,
            focal_points,
            reviewers,
            vote_limits: crate::service::vote::Limits::new(&crate::config::VoteSettings {
                registrations_per_address: 1_000,
                registrations_per_network: 1_000,
                changes_per_voter: 1_000,
                shared_networks: crate::config::Networks::default(),
            }),
            merit: HashMap::new(),
            turn: 0,
        }
    }

    /// The secretariat imports the definition a month before the call opens; the clock
    /// opens it.
    pub async fn cycle(&self, d: &CycleDefinition) -> anyhow::Result<Uuid> {
        let id =
            cycles::create_cycle(self.db, &self.admin.actor(), Some(&self.admin), d, d.opens_at - Duration::days(30))
                .await
                .with_context(|| format!("importing {:?} {}", d.programme, d.year))?;
        self.tick(d.opens_at + Duration::minutes(1)).await?;
        Ok(id)
    }

    /// The clock job's run at `at`: calls open and close, stages open, results publish.
    pub async fn tick(&self, at: DateTime<Utc>) -> anyhow::Result<()> {
        timeline::catch_up(self.db, &self.caches, self.base_url, at).await?;
        Ok(())
    }

    /// The cycle's stages, in order.
    pub async fn stages(&self, cycle: Uuid) -> anyhow::Result<Vec<Uuid>> {
        let stages = stage::Entity::find()
            .filter(stage::Column::CycleId.eq(cycle))
            .order_by_asc(stage::Column::Position)
            .all(self.db)
            .await?;
        Ok(stages.into_iter().map(|s| s.id).collect())
    }

    fn focal_point(&self, state: &str) -> anyhow::Result<&Caller> {
        self.focal_points.get(state).with_context(|| format!("no demo focal point for {state}"))
    }

    /// A focal point starts a nomination; `complete` fills every question.
    pub async fn draft(
        &mut self,
        cycle: Uuid,
        categories: &[String],
        entry: &Entry,
        complete: bool,
        at: DateTime<Utc>,
    ) -> anyhow::Result<Uuid> {
        let (state, category, title, institution) = *entry;
        let mut answers = BTreeMap::from([
            ("problem".to_owned(), format!("Before {title}, people travelled for days to reach a public office, and many gave up.")),
            (
                "solution".to_owned(),
                "It joins up the services of several ministries behind one front door, online and at local centres, with staff trained to help those who cannot go online."
                    .to_owned(),
            ),
        ]);
        if complete {
            let since = 2014 + self.rng.random_range(0..8_i32);
            answers.extend([
                (
                    "impact".to_owned(),
                    "Waiting times fell by two thirds, and the share of rural women served doubled within two years, as the national statistics office measured."
                        .to_owned(),
                ),
                ("sdgs".to_owned(), SDGS[category % SDGS.len()].to_owned()),
                ("operational-since".to_owned(), format!("{since}-03-01")),
                ("beneficiaries".to_owned(), (self.rng.random_range(20..900_u32) * 1000).to_string()),
                ("website".to_owned(), "https://example.org/initiative".to_owned()),
            ]);
        }
        let draft = Draft {
            category: Some(categories[category].clone()),
            title: Some(title.to_owned()),
            institution: Some(institution.to_owned()),
            summary: complete.then(|| {
                format!(
                    "{title} is run by the {institution}. It brings public services to people who were left out, and other countries are adapting it."
                )
            }),
            answers,
            language: None,
        };
        let caller = self.focal_point(state)?;
        let made = nominations::create(self.db, caller, cycle, draft, at).await.with_context(|| title.to_owned())?;
        Ok(made.id)
    }

    pub async fn submit(&self, state: &str, id: Uuid, at: DateTime<Utc>) -> anyhow::Result<()> {
        nominations::submit(self.db, self.focal_point(state)?, id, self.base_url, at).await?;
        Ok(())
    }

    /// A focal point nominates an initiative for the WSIS Prizes (whose questions are the
    /// example's own) and submits it two days later.
    pub async fn nominate_wsis(
        &mut self,
        cycle: Uuid,
        categories: &[String],
        entry: &Entry,
        at: DateTime<Utc>,
    ) -> anyhow::Result<Uuid> {
        let (state, category, title, institution) = *entry;
        let people = self.rng.random_range(40..2_000_u32) * 1_000;
        let answers = BTreeMap::from([
            ("stakeholder-type".to_owned(), "Government".to_owned()),
            (
                "impact".to_owned(),
                format!(
                    "{people} people used it in its first two years; the national statistics office measured the time it saved them."
                ),
            ),
            ("website".to_owned(), "https://example.org/initiative".to_owned()),
        ]);
        let summary = format!(
            "{title} is run by the {institution}. Before it, people and businesses had to travel to a \
             government office, often several times, to do what now takes minutes on a phone or at a \
             local centre where trained staff help those who cannot go online. It was designed with the \
             people who use it: early versions were tested in rural districts and in the languages spoken \
             there, and every service is available in them. The data it holds stays in the country, \
             protected by law and audited each year by an independent body. The project publishes its \
             figures every quarter, including who is not yet reached, and its code and guidance are open, \
             so that other countries in the region are now adapting it to their own services and laws."
        );
        let draft = Draft {
            category: Some(categories[category].clone()),
            title: Some(title.to_owned()),
            institution: Some(institution.to_owned()),
            summary: Some(summary),
            answers,
            language: None,
        };
        let caller = self.focal_point(state)?;
        let made = nominations::create(self.db, caller, cycle, draft, at).await.with_context(|| title.to_owned())?;
        self.submit(state, made.id, at + Duration::days(2)).await?;
        Ok(made.id)
    }

    /// Someone registers to vote from `ip`, confirms with the code the outbox holds for
    /// them (the email was delivered then), and casts `votes` (category key, nomination)
    /// a few minutes apart from `at`.
    pub async fn voter(
        &self,
        stage: Uuid,
        email: &str,
        ip: &str,
        votes: &[(String, Uuid)],
        at: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        use crate::service::vote::{Client, ballot, voters};
        let client = Client::new(ip, "Mozilla/5.0 (Linux; Android 14) Mobile Safari/537.36");
        let registration = voters::Registration { email, lang: crate::i18n::Lang::En, cycle: None };
        voters::register(self.db, &self.caches, &self.vote_limits, registration, &client, self.base_url, at).await?;
        let sent = entity::outbox_message::Entity::find()
            .filter(entity::outbox_message::Column::ToAddress.eq(email))
            .order_by_desc(entity::outbox_message::Column::CreatedAt)
            .one(self.db)
            .await?
            .context("the voter's code")?;
        let code = sent.body_text.split(|c: char| !c.is_ascii_digit()).find(|w| w.len() == 6).context("a code")?;
        let (voter, _) = voters::confirm(self.db, email, code, at + Duration::minutes(2)).await?;
        let mut delivered: entity::outbox_message::ActiveModel = sent.into();
        delivered.status = sea_orm::ActiveValue::Set("sent".into());
        delivered.sent_at = sea_orm::ActiveValue::Set(Some(at));
        sea_orm::ActiveModelTrait::update(delivered, self.db).await?;
        for (i, (category, nomination)) in votes.iter().enumerate() {
            let when = at + Duration::minutes(3) + Duration::seconds(50 * i64::try_from(i).unwrap_or(0));
            let request = ballot::Request { voter: &voter, stage, category, client: &client };
            ballot::cast(self.db, &self.caches, &self.vote_limits, &request, *nomination, when).await?;
        }
        Ok(())
    }

    /// The secretariat's screening: every check passed, or `failed` with its note.
    pub async fn screen(
        &self,
        id: Uuid,
        checks: &[String],
        failed: Option<(&str, &str)>,
        at: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        let request = ScreeningRequest {
            checks: checks.iter().map(|c| (c.clone(), failed.is_none_or(|(key, _)| key != c))).collect(),
            note: failed.map(|(_, note)| note.to_owned()),
        };
        screening::screen(self.db, &self.admin, id, request, self.base_url, at).await?;
        Ok(())
    }

    pub async fn ask(&self, id: Uuid, question: &str, due: DateTime<Utc>, at: DateTime<Utc>) -> anyhow::Result<()> {
        let request = ClarificationRequest { question: question.to_owned(), due_at: due };
        screening::ask(self.db, &self.admin, id, request, self.base_url, at).await?;
        Ok(())
    }

    /// A focal point answers screening's question, having first corrected the form.
    pub async fn answer(
        &self,
        state: &str,
        id: Uuid,
        correction: (&str, &str),
        answer: &str,
        at: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        let caller = self.focal_point(state)?;
        let draft =
            Draft { answers: BTreeMap::from([(correction.0.to_owned(), correction.1.to_owned())]), ..Draft::default() };
        nominations::update(self.db, caller, id, draft, None, self.base_url, at).await?;
        nominations::answer_clarification(self.db, caller, id, answer, self.base_url, at + Duration::minutes(5))
            .await?;
        Ok(())
    }

    /// The secretariat confirms the stage's outcome as ranked, which opens the next.
    pub async fn advance(&self, stage: Uuid, at: DateTime<Utc>) -> anyhow::Result<()> {
        let request = AdvanceRequest { confirm: true, overrides: Vec::new() };
        ranking::advance(self.db, &self.caches, &self.admin, stage, request, self.base_url, at)
            .await
            .context("advancing a demo stage")?;
        Ok(())
    }

    /// The secretariat's automatic assignment, with the stage's own number of reviewers.
    pub async fn assign(&self, stage: Uuid, at: DateTime<Utc>) -> anyhow::Result<Vec<AssignmentView>> {
        let request = AssignRequest {
            auto: Some(Auto { per_nomination: None, max_load: None }),
            nomination: None,
            reviewer: None,
        };
        Ok(review::assign(self.db, &self.admin, stage, request, self.base_url, at).await?.assignments)
    }

    /// Every assignment of `stage` reviewed between `from` and `to`; with `share` below
    /// one, only that part submitted, a few more saved as drafts and the rest untouched.
    pub async fn review(
        &mut self,
        stage: Uuid,
        assignments: &[AssignmentView],
        share: f64,
        (from, to): (DateTime<Utc>, DateTime<Utc>),
    ) -> anyhow::Result<()> {
        let criteria = criterion::Entity::find()
            .filter(criterion::Column::StageId.eq(stage))
            .order_by_asc(criterion::Column::Position)
            .all(self.db)
            .await?;
        let span = (to - from).num_minutes().max(1);
        let count = i64::try_from(assignments.len()).unwrap_or(i64::MAX).max(1);
        for (i, a) in (0_i64..).zip(assignments) {
            let progress: f64 = self.rng.random_range(0.0..1.0);
            if progress >= share + 0.1 {
                continue;
            }
            let merit = *self.merit.entry(a.nomination).or_insert_with(|| self.rng.random_range(4.0..9.5));
            let scores = criteria
                .iter()
                .map(|c| {
                    let score = (merit + self.rng.random_range(-1.5..1.5_f64)).round().clamp(c.min_score, c.max_score);
                    (c.key.clone(), score)
                })
                .collect();
            self.turn += 1;
            let draft = ReviewDraft {
                scores,
                comment: Some(COMMENTS[self.turn % COMMENTS.len()].to_owned()),
                comments: BTreeMap::new(),
            };
            let reviewer = self.reviewers.get(&a.reviewer).context("a demo reviewer")?;
            let at = from + Duration::minutes(span * i / count);
            review::save(self.db, reviewer, a.id, draft, at).await?;
            if progress < share {
                review::submit(self.db, reviewer, a.id, at + Duration::minutes(20)).await?;
            }
        }
        Ok(())
    }
}

/// The example's Sustainable Development Goals, one per category in turn.
const SDGS: &[&str] =
    &["SDG 16: Peace, justice and strong institutions", "SDG 10: Reduced inequalities", "SDG 5: Gender equality"];
