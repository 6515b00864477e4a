//! Every entity against the real migrations: a fully populated row of each table
//! is inserted and read back unchanged (names, types, nullability, JSON, UUIDs,
//! instants, bytes), and the foreign keys cascade or refuse as the schema says.
//!
//! Runs on an in-memory SQLite database, and also on PostgreSQL when
//! `LAUREL_TEST_POSTGRES_URL` is set (in a fresh database it creates and drops).

use chrono::{DateTime, Utc};
use entity::*;
use migration::{Migrator, MigratorTrait};
use sea_orm::{
    ActiveModelTrait, ActiveValue::NotSet, ConnectionTrait, Database, DatabaseConnection, EntityTrait, IntoActiveModel,
    ModelTrait, PaginatorTrait,
};
use serde_json::json;
use uuid::Uuid;

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

/// Microsecond precision: what PostgreSQL keeps.
fn at(secs: i64) -> Result<DateTime<Utc>> {
    Ok(DateTime::from_timestamp(1_800_000_000 + secs, 123_456_000).ok_or("bad instant")?)
}

/// Inserts `$model`, then checks the returned row and the table's contents.
macro_rules! roundtrip {
    ($db:expr, $module:ident, $model:expr) => {{
        let model: $module::Model = $model;
        let inserted = model.clone().into_active_model().insert($db).await?;
        assert_eq!(inserted, model, "{}: insert", stringify!($module));
        let all = $module::Entity::find().all($db).await?;
        assert!(all.contains(&model), "{}: read back {all:?}", stringify!($module));
        model
    }};
}

async fn check(db: &DatabaseConnection) -> Result {
    Migrator::up(db, None).await?;
    assert_eq!(member_state::Entity::find().count(db).await?, 193);
    let fra = member_state::Entity::find_by_id("FRA").one(db).await?.ok_or("FRA missing")?;
    assert_eq!(fra.region, "western_european_others");
    let head = audit_head::Entity::find_by_id(1).one(db).await?;
    assert_eq!(head, Some(audit_head::Model { id: 1, seq: 0, hash: "0".repeat(64) }));

    let programme = roundtrip!(
        db,
        programme,
        programme::Model {
            id: Uuid::now_v7(),
            name: "UN Public Service Awards".into(),
            slug: "unpsa".into(),
            created_at: at(0)?,
        }
    );
    let cycle = roundtrip!(
        db,
        cycle,
        cycle::Model {
            id: Uuid::now_v7(),
            programme_id: programme.id,
            year: 2027,
            name: "UN Public Service Awards 2027".into(),
            time_zone: "America/New_York".into(),
            opens_at: at(1)?,
            closes_at: at(2)?,
            publish_at: at(3)?,
            phase: "open".into(),
            published_at: Some(at(4)?),
            max_attachments: 5,
            min_attachments: 0,
            definition: json!({"categories": [{"key": "digital", "winners": 1}], "ok": true}),
            version: 3,
            created_at: at(5)?,
            updated_at: at(6)?,
        }
    );
    let category = roundtrip!(
        db,
        category,
        category::Model {
            id: Uuid::now_v7(),
            cycle_id: cycle.id,
            key: "digital".into(),
            name: "Digital transformation".into(),
            description: Some("Long text".into()),
            position: 1,
            max_per_state: 2,
            winners: 1,
            champions: 4,
            per_region: true,
        }
    );
    let question = roundtrip!(
        db,
        question,
        question::Model {
            id: Uuid::now_v7(),
            cycle_id: cycle.id,
            key: "impact".into(),
            label: "Impact".into(),
            help: Some("Tell us".into()),
            kind: "choice".into(),
            required: true,
            max_length: Some(2000),
            choices: Some(json!(["low", "high"])),
            public: true,
            position: 1,
        }
    );
    let admin = roundtrip!(
        db,
        user,
        user::Model {
            id: Uuid::now_v7(),
            email: "admin@example.org".into(),
            name: "Admin".into(),
            password_hash: Some("$argon2id$...".into()),
            role: "admin".into(),
            member_state: None,
            nationality: None,
            active: true,
            created_at: at(7)?,
            updated_at: at(8)?,
            language: Some("fr".into()),
        }
    );
    let nominator = roundtrip!(
        db,
        user,
        user::Model {
            id: Uuid::now_v7(),
            email: "focal@example.fr".into(),
            name: "Focal Point".into(),
            password_hash: None,
            role: "nominator".into(),
            member_state: Some("FRA".into()),
            nationality: Some("FRA".into()),
            active: false,
            created_at: at(7)?,
            updated_at: at(8)?,
            language: Some("fr".into()),
        }
    );
    let reviewer = roundtrip!(
        db,
        user,
        user::Model {
            id: Uuid::now_v7(),
            email: "expert@example.org".into(),
            name: "Expert".into(),
            password_hash: None,
            role: "reviewer".into(),
            member_state: None,
            nationality: Some("KEN".into()),
            active: true,
            created_at: at(7)?,
            updated_at: at(8)?,
            language: Some("fr".into()),
        }
    );
    roundtrip!(
        db,
        session,
        session::Model {
            id: "a".repeat(64),
            user_id: nominator.id,
            csrf_token: "csrf".into(),
            created_at: at(9)?,
            last_seen_at: at(10)?,
            expires_at: at(11)?,
        }
    );
    roundtrip!(
        db,
        api_token,
        api_token::Model {
            id: Uuid::now_v7(),
            user_id: admin.id,
            token_hash: "b".repeat(64),
            name: "ci".into(),
            created_at: at(9)?,
            last_used_at: Some(at(10)?),
            expires_at: Some(at(11)?),
            revoked_at: None,
        }
    );
    roundtrip!(
        db,
        invitation,
        invitation::Model {
            id: Uuid::now_v7(),
            email: "focal@example.fr".into(),
            role: "nominator".into(),
            member_state: Some("FRA".into()),
            nationality: None,
            token_hash: "c".repeat(64),
            invited_by: Some(admin.id),
            created_at: at(9)?,
            expires_at: at(10)?,
            accepted_at: Some(at(11)?),
            accepted_user_id: Some(nominator.id),
            language: Some("fr".into()),
            name: Some("Camille Martin".into()),
            revoked_at: Some(at(12)?),
        }
    );
    roundtrip!(
        db,
        password_reset,
        password_reset::Model {
            id: Uuid::now_v7(),
            user_id: nominator.id,
            token_hash: "d".repeat(64),
            created_at: at(9)?,
            expires_at: at(10)?,
            used_at: None,
        }
    );
    roundtrip!(
        db,
        login_attempt,
        login_attempt::Model {
            id: Uuid::now_v7(),
            email: "nobody@example.org".into(),
            client: "203.0.113.7".into(),
            succeeded: false,
            at: at(12)?,
        }
    );
    let stage = roundtrip!(
        db,
        stage,
        stage::Model {
            id: Uuid::now_v7(),
            cycle_id: cycle.id,
            key: "expert".into(),
            name: "Expert review".into(),
            kind: "scoring".into(),
            position: 1,
            blind: true,
            reviewers_per_nomination: Some(3),
            aggregation: "zscore".into(),
            disagreement_threshold: Some(1.5),
            advance_rule: "top_n".into(),
            advance_value: Some(10.0),
            due_at: Some(at(13)?),
            status: "active".into(),
            opened_at: Some(at(14)?),
            closed_at: None,
            opens_at: None,
            closes_at: None,
            complete_ballot_only: false,
            show_counts: false,
        }
    );
    let criterion = roundtrip!(
        db,
        criterion,
        criterion::Model {
            id: Uuid::now_v7(),
            stage_id: stage.id,
            key: "innovation".into(),
            label: "Innovation".into(),
            guidance: Some("Is it new?".into()),
            weight: 0.25,
            min_score: 0.0,
            max_score: 10.0,
            position: 1,
        }
    );
    let nomination = roundtrip!(
        db,
        nomination,
        nomination::Model {
            id: Uuid::now_v7(),
            cycle_id: cycle.id,
            category_id: category.id,
            member_state: "FRA".into(),
            created_by: nominator.id,
            title: "One-stop portal".into(),
            institution: "Ministry".into(),
            summary: "Ça marche — «très» bien".into(),
            status: "in_review".into(),
            version: 2,
            current_stage_id: Some(stage.id),
            clarification_question: Some("Which year?".into()),
            clarification_due_at: Some(at(15)?),
            ineligible_reason: None,
            submitted_at: Some(at(16)?),
            withdrawn_at: None,
            created_at: at(17)?,
            updated_at: at(18)?,
            language: Some("fr".into()),
            reference: Some("FRA-014".into()),
            clarification_asked_at: Some(at(14)?),
            clarification_asked_by: Some(nominator.id),
            clarification_answer: Some("En 2021 — «depuis»".into()),
            clarification_answered_at: Some(at(15)?),
            clarification_before: Some(json!({ "title": "One-stop", "answers": { "q": "é" } })),
        }
    );
    roundtrip!(
        db,
        redaction,
        redaction::Model {
            id: Uuid::now_v7(),
            nomination_id: nomination.id,
            field: "answers.q".into(),
            passage: "République française".into(),
            created_by: nominator.id,
            created_at: at(19)?,
        }
    );
    roundtrip!(
        db,
        answer,
        answer::Model {
            id: Uuid::now_v7(),
            nomination_id: nomination.id,
            question_id: question.id,
            value: "high".into(),
        }
    );
    let content: Vec<u8> = (0..=255).collect();
    let blob = roundtrip!(
        db,
        blob,
        blob::Model { sha256: "e".repeat(64), size: content.len() as i64, content, created_at: at(19)? }
    );
    roundtrip!(
        db,
        attachment,
        attachment::Model {
            id: Uuid::now_v7(),
            nomination_id: nomination.id,
            name: "report.pdf".into(),
            content_type: "application/pdf".into(),
            size: 5_000_000_000,
            sha256: blob.sha256.clone(),
            uploaded_by: nominator.id,
            created_at: at(20)?,
        }
    );
    roundtrip!(
        db,
        reviewer_conflict,
        reviewer_conflict::Model {
            id: Uuid::now_v7(),
            reviewer_id: reviewer.id,
            member_state: Some("DEU".into()),
            nomination_id: Some(nomination.id),
            reason: "Former employer".into(),
            created_at: at(21)?,
        }
    );
    let assignment = roundtrip!(
        db,
        assignment,
        assignment::Model {
            id: Uuid::now_v7(),
            stage_id: stage.id,
            nomination_id: nomination.id,
            reviewer_id: reviewer.id,
            status: "submitted".into(),
            due_at: Some(at(22)?),
            recused_reason: None,
            replaced_by: Some(Uuid::now_v7()),
            created_at: at(23)?,
            updated_at: at(24)?,
            submitted_at: Some(at(25)?),
        }
    );
    let review = roundtrip!(
        db,
        review,
        review::Model {
            id: Uuid::now_v7(),
            assignment_id: assignment.id,
            comment: String::new(),
            created_at: at(26)?,
            updated_at: at(27)?,
            submitted_at: Some(at(28)?),
            comments: Some(json!({ "impact": "Données solides" })),
        }
    );
    roundtrip!(db, review_score, review_score::Model { review_id: review.id, criterion_id: criterion.id, score: 7.5 });
    roundtrip!(
        db,
        stage_result,
        stage_result::Model {
            id: Uuid::now_v7(),
            stage_id: stage.id,
            nomination_id: nomination.id,
            ranking_group: "digital/western_european_others".into(),
            score: Some(7.5),
            rank: Some(1),
            outcome: "advanced".into(),
            overridden: true,
            rationale: Some("Tie settled".into()),
            details: Some(json!({"reviewers": 1, "totals": [7.5]})),
            decided_by: Some(admin.id),
            decided_at: at(29)?,
        }
    );
    roundtrip!(
        db,
        outbox_message,
        outbox_message::Model {
            id: Uuid::now_v7(),
            dedupe_key: "reminder:x:2027-01-01".into(),
            to_address: "expert@example.org".into(),
            subject: "Reminder".into(),
            body_text: "Hello".into(),
            body_html: Some("<p>Hello</p>".into()),
            status: "pending".into(),
            attempts: 0,
            next_attempt_at: at(30)?,
            last_error: None,
            claimed_by: Some("host-1".into()),
            claimed_until: Some(at(31)?),
            created_at: at(30)?,
            sent_at: None,
        }
    );
    roundtrip!(db, job_lease, job_lease::Model { name: "clock".into(), holder: "host-1".into(), expires_at: at(32)? });
    roundtrip!(
        db,
        idempotency_key,
        idempotency_key::Model {
            user_id: admin.id,
            key: "req-1".into(),
            request_hash: "f".repeat(64),
            response_status: 201,
            response_body: "{}".into(),
            created_at: at(33)?,
            resource_id: Some(Uuid::now_v7()),
        }
    );

    // audit_event.seq is assigned by the database.
    let event = audit_event::Model {
        seq: 1,
        id: Uuid::now_v7(),
        at: at(34)?,
        actor_id: Some(admin.id),
        actor_label: "Admin <admin@example.org>".into(),
        action: "nomination.submitted".into(),
        subject_type: "nomination".into(),
        subject_id: nomination.id.to_string(),
        details: json!({"from": "draft", "to": "submitted"}),
        prev_hash: "0".repeat(64),
        hash: "1".repeat(64),
    };
    let mut active = event.clone().into_active_model();
    active.seq = NotSet;
    assert_eq!(active.insert(db).await?, event);

    // RESTRICT: people and blobs still referenced cannot go.
    assert!(nominator.clone().delete(db).await.is_err());
    assert!(blob.clone().delete(db).await.is_err());
    // CASCADE: a nomination takes its answers, files, conflicts, assignments
    // (with their reviews and scores) and results with it.
    nomination.delete(db).await?;
    assert_eq!(answer::Entity::find().count(db).await?, 0);
    assert_eq!(attachment::Entity::find().count(db).await?, 0);
    assert_eq!(reviewer_conflict::Entity::find().count(db).await?, 0);
    assert_eq!(assignment::Entity::find().count(db).await?, 0);
    assert_eq!(review::Entity::find().count(db).await?, 0);
    assert_eq!(review_score::Entity::find().count(db).await?, 0);
    assert_eq!(stage_result::Entity::find().count(db).await?, 0);
    blob.delete(db).await?;
    Ok(())
}

#[tokio::test]
async fn entities_match_the_migrations_on_sqlite() -> Result {
    let db = Database::connect("sqlite::memory:").await?;
    check(&db).await
}

#[tokio::test]
async fn entities_match_the_migrations_on_postgres() -> Result {
    let Ok(url) = std::env::var("LAUREL_TEST_POSTGRES_URL") else {
        eprintln!("LAUREL_TEST_POSTGRES_URL not set; skipped");
        return Ok(());
    };
    // A fresh database beside the one in the URL, dropped afterwards.
    let (base, query) = match url.split_once('?') {
        Some((base, query)) => (base, format!("?{query}")),
        None => (url.as_str(), String::new()),
    };
    let slash = base.rfind('/').ok_or("database URL without a path")?;
    let name = format!("entity_roundtrip_{}", Uuid::now_v7().simple());
    let admin = Database::connect(&url).await?;
    admin.execute_unprepared(&format!("CREATE DATABASE \"{name}\"")).await?;
    let db = Database::connect(format!("{}/{name}{query}", &base[..slash])).await;
    let outcome = match db {
        Ok(db) => {
            let outcome = check(&db).await;
            db.close().await?;
            outcome
        }
        Err(e) => Err(e.into()),
    };
    admin.execute_unprepared(&format!("DROP DATABASE \"{name}\" WITH (FORCE)")).await?;
    outcome
}
