//! `laurel demo`: a fresh database with a realistic programme in progress, so that a
//! newcomer sees every role's work on first start.
//!
//! The UN Public Service Awards 2027 cycle is in review: forty nominations from every
//! region have been screened (a few found ineligible), the expert stage is assigned and
//! part-scored, the committee stage waits. The WSIS Prizes 2027 call is open, with
//! drafts under way.

use anyhow::Context as _;
use chrono::{DateTime, Duration, SubsecRound as _, Utc};
use entity::{
    answer, assignment, category, criterion, cycle, nomination, programme, question, review, review_score, stage,
    stage_result, user,
};
use rand::rngs::StdRng;
use rand::{Rng as _, SeedableRng as _};
use sea_orm::{ActiveValue::Set, DatabaseConnection, DatabaseTransaction, EntityTrait as _};
use serde_json::json;
use uuid::Uuid;

use crate::config::{Backend, DatabaseUrl};
use crate::db;
use crate::domain::cycle::Phase;
use crate::domain::nomination::NominationStatus;
use crate::domain::review::AssignmentStatus;
use crate::domain::review::aggregate::Method;
use crate::domain::stage::{RuleKind, StageKind, StageOutcome, StageStatus};
use crate::domain::user::Role;
use crate::service::audit::{self, Event};
use crate::service::{Actor, accounts};

mod data;

use data::*;

/// One password for every demo account, printed at start.
pub const PASSWORD: &str = "laurel-demo-2027";

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

/// Fills a freshly migrated database with the demo programme, in one transaction.
///
/// # Errors
/// Database failures only.
pub async fn seed(db: &DatabaseConnection, now: DateTime<Utc>) -> anyhow::Result<Vec<Login>> {
    let now = now.trunc_subsecs(0);
    let hash = accounts::hash_password(PASSWORD.to_owned()).await?;
    let tx = db::begin_write(db).await?;
    let mut seeder = Seeder { tx: &tx, now, hash, rng: StdRng::seed_from_u64(2027) };

    let admin =
        seeder.user("secretariat@demo.laurel.test", "Amina Diallo (Secretariat)", Role::Admin, None, None).await?;
    let mut nominators = Vec::new();
    for (code, name) in FOCAL_POINTS {
        let email = format!("focal.{}@demo.laurel.test", code.to_lowercase());
        nominators.push((*code, seeder.user(&email, name, Role::Nominator, Some(code), None).await?));
    }
    let mut reviewers = Vec::new();
    for (i, (nationality, name)) in REVIEWERS.iter().enumerate() {
        let email =
            if i == 0 { "reviewer@demo.laurel.test".to_owned() } else { format!("expert{}@demo.laurel.test", i + 1) };
        reviewers.push(seeder.user(&email, name, Role::Reviewer, None, Some(nationality)).await?);
    }

    seeder.unpsa(&admin, &nominators, &reviewers).await?;
    seeder.wsis(&nominators).await?;

    audit::record(&tx, &Actor::operator(), Event::new("demo.seeded", "database", "demo"), now).await?;
    tx.commit().await?;

    Ok(vec![
        Login { role: Role::Admin, email: admin.email, password: PASSWORD },
        Login { role: Role::Nominator, email: "focal.ken@demo.laurel.test".into(), password: PASSWORD },
        Login { role: Role::Reviewer, email: "reviewer@demo.laurel.test".into(), password: PASSWORD },
    ])
}

struct Seeder<'a> {
    tx: &'a DatabaseTransaction,
    now: DateTime<Utc>,
    hash: String,
    rng: StdRng,
}

struct CategorySpec {
    key: &'static str,
    name: &'static str,
    max_per_state: i32,
    winners: i32,
    champions: i32,
    per_region: bool,
}

struct CriterionSpec {
    key: &'static str,
    label: &'static str,
    guidance: &'static str,
    weight: f64,
    max: f64,
}

impl Seeder<'_> {
    async fn user(
        &mut self,
        email: &str,
        name: &str,
        role: Role,
        member_state: Option<&str>,
        nationality: Option<&str>,
    ) -> anyhow::Result<user::Model> {
        let model = user::Model {
            id: Uuid::now_v7(),
            email: email.to_owned(),
            name: name.to_owned(),
            password_hash: Some(self.hash.clone()),
            role: role.as_str().to_owned(),
            member_state: member_state.map(str::to_owned),
            nationality: nationality.map(str::to_owned),
            active: true,
            created_at: self.now - Duration::days(120),
            updated_at: self.now - Duration::days(120),
            language: None,
        };
        user::Entity::insert(user::ActiveModel::from(model.clone())).exec(self.tx).await?;
        Ok(model)
    }

    async fn programme(&mut self, name: &str, slug: &str) -> anyhow::Result<Uuid> {
        let id = Uuid::now_v7();
        programme::Entity::insert(programme::ActiveModel {
            id: Set(id),
            name: Set(name.to_owned()),
            slug: Set(slug.to_owned()),
            created_at: Set(self.now - Duration::days(400)),
        })
        .exec(self.tx)
        .await?;
        Ok(id)
    }

    #[allow(clippy::too_many_arguments)]
    async fn cycle(
        &mut self,
        programme_id: Uuid,
        name: &str,
        year: i32,
        time_zone: &str,
        (opens_at, closes_at, publish_at): (DateTime<Utc>, DateTime<Utc>, DateTime<Utc>),
        phase: Phase,
    ) -> anyhow::Result<Uuid> {
        let id = Uuid::now_v7();
        cycle::Entity::insert(cycle::ActiveModel {
            id: Set(id),
            programme_id: Set(programme_id),
            year: Set(year),
            name: Set(name.to_owned()),
            time_zone: Set(time_zone.to_owned()),
            opens_at: Set(opens_at),
            closes_at: Set(closes_at),
            publish_at: Set(publish_at),
            phase: Set(phase.as_str().to_owned()),
            published_at: Set(None),
            max_attachments: Set(5),
            min_attachments: Set(0),
            definition: Set(json!({ "source": "demo" })),
            version: Set(1),
            created_at: Set(opens_at - Duration::days(30)),
            updated_at: Set(opens_at - Duration::days(30)),
        })
        .exec(self.tx)
        .await?;
        Ok(id)
    }

    async fn categories(&mut self, cycle_id: Uuid, specs: &[CategorySpec]) -> anyhow::Result<Vec<Uuid>> {
        let mut ids = Vec::new();
        for (position, spec) in (0_i32..).zip(specs) {
            let id = Uuid::now_v7();
            category::Entity::insert(category::ActiveModel {
                id: Set(id),
                cycle_id: Set(cycle_id),
                key: Set(spec.key.to_owned()),
                name: Set(spec.name.to_owned()),
                description: Set(None),
                position: Set(position),
                max_per_state: Set(spec.max_per_state),
                winners: Set(spec.winners),
                champions: Set(spec.champions),
                per_region: Set(spec.per_region),
            })
            .exec(self.tx)
            .await?;
            ids.push(id);
        }
        Ok(ids)
    }

    async fn questions(&mut self, cycle_id: Uuid) -> anyhow::Result<Vec<Uuid>> {
        let mut ids = Vec::new();
        for (position, (key, label, kind, required, max_length)) in (0_i32..).zip(QUESTIONS) {
            let id = Uuid::now_v7();
            question::Entity::insert(question::ActiveModel {
                id: Set(id),
                cycle_id: Set(cycle_id),
                key: Set((*key).to_owned()),
                label: Set((*label).to_owned()),
                help: Set(None),
                kind: Set(kind.as_str().to_owned()),
                required: Set(*required),
                max_length: Set(*max_length),
                choices: Set(None),
                public: Set(*key == "problem" || *key == "impact"),
                position: Set(position),
            })
            .exec(self.tx)
            .await?;
            ids.push(id);
        }
        Ok(ids)
    }

    #[allow(clippy::too_many_arguments)]
    async fn stage(
        &mut self,
        cycle_id: Uuid,
        position: i32,
        (key, name, kind): (&str, &str, StageKind),
        blind: bool,
        reviewers: Option<i32>,
        aggregation: Method,
        (rule, value): (RuleKind, Option<f64>),
        status: StageStatus,
        criteria: &[CriterionSpec],
    ) -> anyhow::Result<(Uuid, Vec<Uuid>)> {
        let id = Uuid::now_v7();
        stage::Entity::insert(stage::ActiveModel {
            id: Set(id),
            cycle_id: Set(cycle_id),
            key: Set(key.to_owned()),
            name: Set(name.to_owned()),
            kind: Set(kind.as_str().to_owned()),
            position: Set(position),
            blind: Set(blind),
            reviewers_per_nomination: Set(reviewers),
            aggregation: Set(aggregation.as_str().to_owned()),
            disagreement_threshold: Set(reviewers.map(|_| 20.0)),
            advance_rule: Set(rule.as_str().to_owned()),
            advance_value: Set(value),
            due_at: Set(reviewers.map(|_| self.now + Duration::days(10 + i64::from(position) * 30))),
            status: Set(status.as_str().to_owned()),
            opened_at: Set((status != StageStatus::Pending).then_some(self.now - Duration::days(18))),
            closed_at: Set((status == StageStatus::Closed).then_some(self.now - Duration::days(12))),
        })
        .exec(self.tx)
        .await?;
        let mut criterion_ids = Vec::new();
        for (position, spec) in (0_i32..).zip(criteria) {
            let cid = Uuid::now_v7();
            criterion::Entity::insert(criterion::ActiveModel {
                id: Set(cid),
                stage_id: Set(id),
                key: Set(spec.key.to_owned()),
                label: Set(spec.label.to_owned()),
                guidance: Set(Some(spec.guidance.to_owned())),
                weight: Set(spec.weight),
                min_score: Set(0.0),
                max_score: Set(spec.max),
                position: Set(position),
            })
            .exec(self.tx)
            .await?;
            criterion_ids.push(cid);
        }
        Ok((id, criterion_ids))
    }

    async fn unpsa(
        &mut self,
        admin: &user::Model,
        nominators: &[(&str, user::Model)],
        reviewers: &[user::Model],
    ) -> anyhow::Result<()> {
        let now = self.now;
        let programme = self.programme("UN Public Service Awards", "unpsa").await?;
        let cycle_id = self
            .cycle(
                programme,
                "UN Public Service Awards 2027",
                2027,
                "America/New_York",
                (now - Duration::days(90), now - Duration::days(20), now + Duration::days(120)),
                Phase::Reviewing,
            )
            .await?;
        let categories = self.categories(cycle_id, UNPSA_CATEGORIES).await?;
        let questions = self.questions(cycle_id).await?;
        let (screening, _) = self
            .stage(
                cycle_id,
                0,
                ("screening", "Preliminary assessment", StageKind::Screening),
                false,
                None,
                Method::Mean,
                (RuleKind::Manual, None),
                StageStatus::Closed,
                SCREENING_CHECKS,
            )
            .await?;
        let (experts, expert_criteria) = self
            .stage(
                cycle_id,
                1,
                ("experts", "Evaluation by the pool of experts", StageKind::Scoring),
                true,
                Some(3),
                Method::Mean,
                (RuleKind::TopN, Some(5.0)),
                StageStatus::Active,
                RUBRIC,
            )
            .await?;
        self.stage(
            cycle_id,
            2,
            ("committee", "Committee of Experts on Public Administration", StageKind::Scoring),
            false,
            Some(2),
            Method::ZScore,
            (RuleKind::TopN, Some(1.0)),
            StageStatus::Pending,
            RUBRIC,
        )
        .await?;

        let creators: std::collections::HashMap<&str, &user::Model> = nominators.iter().map(|(c, u)| (*c, u)).collect();
        let mut in_review = Vec::new();
        for (i, (state, category_index, title, institution)) in UNPSA_NOMINATIONS.iter().enumerate() {
            let ineligible = INELIGIBLE.iter().find(|(n, _)| *n == i).map(|(_, reason)| *reason);
            let status = if ineligible.is_some() { NominationStatus::Ineligible } else { NominationStatus::InReview };
            let submitted_at = now - Duration::days(21 + i64::try_from(i % 40).unwrap_or(0));
            let id = Uuid::now_v7();
            nomination::Entity::insert(nomination::ActiveModel {
                id: Set(id),
                cycle_id: Set(cycle_id),
                category_id: Set(categories[*category_index]),
                member_state: Set((*state).to_owned()),
                created_by: Set(creators.get(state).map_or(admin.id, |u| u.id)),
                title: Set((*title).to_owned()),
                institution: Set((*institution).to_owned()),
                summary: Set(format!(
                    "{title} is run by the {institution}. It brings public services to people who were left out, and is being adapted by other countries."
                )),
                status: Set(status.as_str().to_owned()),
                version: Set(3),
                current_stage_id: Set(Some(if ineligible.is_some() { screening } else { experts })),
                clarification_question: Set(None),
                clarification_due_at: Set(None),
                ineligible_reason: Set(ineligible.map(str::to_owned)),
                submitted_at: Set(Some(submitted_at)),
                withdrawn_at: Set(None),
                created_at: Set(submitted_at - Duration::days(14)),
                updated_at: Set(submitted_at),
                language: Set(Some("en".to_owned())),
                reference: Set(Some(format!("{state}-{:03}", i + 1))),
                ..Default::default()
            })
            .exec(self.tx)
            .await?;
            self.answers(id, &questions, title).await?;
            stage_result::Entity::insert(stage_result::ActiveModel {
                id: Set(Uuid::now_v7()),
                stage_id: Set(screening),
                nomination_id: Set(id),
                ranking_group: Set(UNPSA_CATEGORIES[*category_index].key.to_owned()),
                score: Set(None),
                rank: Set(None),
                outcome: Set(if ineligible.is_some() { StageOutcome::Ineligible } else { StageOutcome::Advanced }
                    .as_str()
                    .to_owned()),
                overridden: Set(false),
                rationale: Set(ineligible.map(str::to_owned)),
                details: Set(None),
                decided_by: Set(Some(admin.id)),
                decided_at: Set(now - Duration::days(12)),
            })
            .exec(self.tx)
            .await?;
            if ineligible.is_none() {
                in_review.push((id, *state));
            }
        }
        self.assign_and_review(experts, &expert_criteria, &in_review, reviewers).await
    }

    /// Three reviewers per nomination, never of its own state, in turn so loads stay
    /// even; about half the reviews are in, a few saved as drafts.
    async fn assign_and_review(
        &mut self,
        stage_id: Uuid,
        criteria: &[Uuid],
        nominations: &[(Uuid, &str)],
        reviewers: &[user::Model],
    ) -> anyhow::Result<()> {
        let now = self.now;
        let mut next = 0_usize;
        for (nomination_id, state) in nominations {
            let mut chosen: Vec<usize> = Vec::new();
            while chosen.len() < 3 {
                let index = next % reviewers.len();
                next += 1;
                if reviewers[index].nationality.as_deref() != Some(*state) && !chosen.contains(&index) {
                    chosen.push(index);
                }
            }
            for index in chosen {
                let reviewer = &reviewers[index];
                // Spread the work so that every reviewer, the demo login included, has
                // some reviews submitted, one saved as a draft, and some still to do.
                let progress = self.rng.random_range(0..10_u32);
                let submitted = progress < 5;
                let drafted = progress == 5;
                let id = Uuid::now_v7();
                assignment::Entity::insert(assignment::ActiveModel {
                    id: Set(id),
                    stage_id: Set(stage_id),
                    nomination_id: Set(*nomination_id),
                    reviewer_id: Set(reviewer.id),
                    status: Set(if submitted { AssignmentStatus::Submitted } else { AssignmentStatus::Pending }
                        .as_str()
                        .to_owned()),
                    due_at: Set(Some(now + Duration::days(10))),
                    recused_reason: Set(None),
                    replaced_by: Set(None),
                    created_at: Set(now - Duration::days(18)),
                    updated_at: Set(now - Duration::days(2)),
                    submitted_at: Set(submitted.then_some(now - Duration::days(3))),
                })
                .exec(self.tx)
                .await?;
                if submitted || drafted {
                    let review_id = Uuid::now_v7();
                    review::Entity::insert(review::ActiveModel {
                        id: Set(review_id),
                        assignment_id: Set(id),
                        comment: Set(if submitted {
                            "Clear evidence of impact; the transfer plan could be more concrete."
                        } else {
                            ""
                        }
                        .to_owned()),
                        created_at: Set(now - Duration::days(5)),
                        updated_at: Set(now - Duration::days(3)),
                        submitted_at: Set(submitted.then_some(now - Duration::days(3))),
                        comments: Set(None),
                    })
                    .exec(self.tx)
                    .await?;
                    let quality = self.rng.random_range(4.0..9.0_f64);
                    for criterion_id in criteria {
                        let score = (quality + self.rng.random_range(-1.5..1.5_f64)).clamp(0.0, 10.0).round();
                        review_score::Entity::insert(review_score::ActiveModel {
                            review_id: Set(review_id),
                            criterion_id: Set(*criterion_id),
                            score: Set(score),
                        })
                        .exec(self.tx)
                        .await?;
                    }
                }
            }
        }
        Ok(())
    }

    async fn answers(&mut self, nomination_id: Uuid, questions: &[Uuid], title: &str) -> anyhow::Result<()> {
        let values = [
            format!("Before {title}, people travelled for days to reach a public office and many gave up."),
            format!(
                "{title} joins up the services of several ministries behind one front door, online and at local centres."
            ),
            "Waiting times fell by two thirds and the share of rural women served doubled within two years.".to_owned(),
            "https://example.org/initiative".to_owned(),
            "2021-03-01".to_owned(),
            "250000".to_owned(),
        ];
        for (question_id, value) in questions.iter().zip(values) {
            answer::Entity::insert(answer::ActiveModel {
                id: Set(Uuid::now_v7()),
                nomination_id: Set(nomination_id),
                question_id: Set(*question_id),
                value: Set(value),
            })
            .exec(self.tx)
            .await?;
        }
        Ok(())
    }

    async fn wsis(&mut self, nominators: &[(&str, user::Model)]) -> anyhow::Result<()> {
        let now = self.now;
        let programme = self.programme("WSIS Prizes", "wsis-prizes").await?;
        let cycle_id = self
            .cycle(
                programme,
                "WSIS Prizes 2027",
                2027,
                "Europe/Zurich",
                (now - Duration::days(10), now + Duration::days(45), now + Duration::days(200)),
                Phase::Open,
            )
            .await?;
        let categories = self.categories(cycle_id, WSIS_CATEGORIES).await?;
        let questions = self.questions(cycle_id).await?;
        self.stage(
            cycle_id,
            0,
            ("experts", "Expert review", StageKind::Scoring),
            false,
            Some(3),
            Method::TrimmedMean,
            (RuleKind::TopN, Some(5.0)),
            StageStatus::Pending,
            RUBRIC,
        )
        .await?;
        for (i, (state, nominator)) in nominators.iter().take(4).enumerate() {
            let id = Uuid::now_v7();
            let title = WSIS_DRAFTS[i % WSIS_DRAFTS.len()];
            nomination::Entity::insert(nomination::ActiveModel {
                id: Set(id),
                cycle_id: Set(cycle_id),
                category_id: Set(categories[i % categories.len()]),
                member_state: Set((*state).to_owned()),
                created_by: Set(nominator.id),
                title: Set(title.to_owned()),
                institution: Set(format!("Ministry of ICT ({state})")),
                summary: Set(String::new()),
                status: Set(NominationStatus::Draft.as_str().to_owned()),
                version: Set(1),
                current_stage_id: Set(None),
                clarification_question: Set(None),
                clarification_due_at: Set(None),
                ineligible_reason: Set(None),
                submitted_at: Set(None),
                withdrawn_at: Set(None),
                created_at: Set(now - Duration::days(3)),
                updated_at: Set(now - Duration::days(1)),
                language: Set(Some("en".to_owned())),
                ..Default::default()
            })
            .exec(self.tx)
            .await?;
            self.answers(id, &questions[..2], title).await?;
        }
        Ok(())
    }
}
