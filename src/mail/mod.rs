//! Email: messages are rendered and queued in the outbox inside the use case's own
//! transaction, so an email exists exactly when the change that caused it committed.
//! Delivery happens later, outside any request.

pub mod messages;
pub mod transport;
pub mod worker;

use chrono::{DateTime, Utc};
use entity::outbox_message;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ActiveValue::Set, ConnectionTrait, EntityTrait as _};
use uuid::Uuid;

use crate::domain::outbox::OutboxStatus;
use crate::i18n::Lang;

/// A message ready to send: subject, plain text (always), HTML (optional).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: Option<String>,
}

/// Something that renders into an email, in the language its recipient reads.
pub trait Email {
    /// # Errors
    /// When a template fails to render (a programming error, caught by the tests).
    fn render(&self, lang: Lang) -> askama::Result<Rendered>;
}

/// Who a message goes to: the address, and the language they read (their saved
/// choice, or the programme's default for someone who has not made one).
#[derive(Debug, Clone, Copy)]
pub struct To<'a> {
    pub address: &'a str,
    pub lang: Lang,
}

impl<'a> To<'a> {
    /// A person with an account, in the language they chose.
    #[must_use]
    pub fn person(person: &'a entity::user::Model) -> Self {
        Self { address: &person.email, lang: Lang::saved(person.language.as_deref()) }
    }
}

/// Queues `email` for `to`, rendered in their language. A second message with the same `dedupe_key` is dropped, so
/// a retried job or a repeated request never sends twice.
///
/// # Errors
/// Rendering or database failures; the caller's transaction then rolls back.
pub async fn enqueue(
    db: &impl ConnectionTrait,
    to: To<'_>,
    dedupe_key: String,
    email: &(impl Email + ?Sized),
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    let rendered = email.render(to.lang).map_err(|e| anyhow::anyhow!("rendering an email: {e}"))?;
    let row = outbox_message::ActiveModel {
        id: Set(Uuid::now_v7()),
        dedupe_key: Set(dedupe_key),
        to_address: Set(to.address.to_owned()),
        subject: Set(rendered.subject),
        body_text: Set(rendered.text),
        body_html: Set(rendered.html),
        status: Set(OutboxStatus::Pending.as_str().into()),
        attempts: Set(0),
        next_attempt_at: Set(now),
        last_error: Set(None),
        claimed_by: Set(None),
        claimed_until: Set(None),
        created_at: Set(now),
        sent_at: Set(None),
    };
    outbox_message::Entity::insert(row)
        .on_conflict(OnConflict::column(outbox_message::Column::DedupeKey).do_nothing().to_owned())
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// `a***@example.org`: enough to tell messages apart in logs without the address.
pub fn mask(address: &str) -> String {
    match address.split_once('@') {
        Some((local, domain)) => {
            let first = local.chars().next().map(String::from).unwrap_or_default();
            format!("{first}***@{domain}")
        }
        None => "***".into(),
    }
}
