//! Use cases: one public async function per action, one transaction each. A use case
//! reads what the rule needs, asks the domain, and writes the change together with its
//! audit event and outgoing email, or writes nothing.

pub mod accounts;
pub mod attachments;
pub mod audit;
pub mod auth;
pub mod cycles;
pub mod dashboard;
pub mod digest;
pub mod dossier;
pub mod health;
pub mod housekeeping;
pub mod idempotency;
pub mod invitations;
pub mod leases;
pub mod member_states;
pub mod nominations;
pub mod outbox;
pub mod passwords;
pub mod people;
pub mod progress;
pub mod publishing;
pub mod ranking;
pub mod reminders;
pub mod review;
pub mod screening;
pub mod secret;
pub mod stages;
pub mod stamps;
pub mod timeline;
pub mod vote;

use std::fmt;

use uuid::Uuid;

use crate::domain::Code;
use crate::domain::code::Refusal;
use crate::i18n::{say, say_with};

/// Who is acting, as the audit trail records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub id: Option<Uuid>,
    pub label: String,
}

impl Actor {
    /// The scheduler and other work nobody asked for in person.
    pub fn system() -> Self {
        Self { id: None, label: "system".into() }
    }

    /// An operator at the command line of the server.
    pub fn operator() -> Self {
        Self { id: None, label: "operator (command line)".into() }
    }

    pub fn user(id: Uuid, email: &str) -> Self {
        Self { id: Some(id), label: email.to_owned() }
    }
}

/// A field a person must fix, with what to do about it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

impl FieldError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self { field: field.into(), message: message.into() }
    }
}

/// Why a use case did not happen. `http::error` turns each variant into a status, once.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// No such thing, or one the caller may not know exists.
    /// The word names the thing (`nomination`, `member state`), a catalogue selector.
    #[error("{}", say_with("refusal-not-found", &[("thing", (*.0).into())]))]
    NotFound(&'static str),
    #[error("{}", say("refusal-sign-in"))]
    Unauthenticated,
    /// A sign-in that failed: the same answer for an unknown address and a wrong password.
    #[error("{}", say("refusal-wrong-credentials"))]
    WrongCredentials,
    #[error("{0}")]
    Forbidden(String),
    #[error("{}", say_with("refusal-version-mismatch", &[("current", (*.current).into())]))]
    VersionMismatch { current: i32 },
    #[error("{}", say_with("refusal-rate-limited", &[("minutes", ((.retry_after + 59) / 60).into())]))]
    RateLimited { retry_after: i64 },
    #[error("{}", summarise(.0))]
    Validation(Vec<FieldError>),
    /// A request that cannot be read as asked: a paging or filter parameter out of its
    /// range or not one of its words. Unlike `Validation`, nothing a person typed is wrong.
    #[error("{0}")]
    BadRequest(String),
    /// A workflow rule said no; the inner error names the rule.
    #[error("{0}")]
    Rule(Box<dyn Refusal>),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

fn summarise(errors: &[FieldError]) -> String {
    match errors {
        [one] => format!("{}: {}", one.field, one.message),
        _ => say_with("refusal-fields", &[("count", errors.len().into())]),
    }
}

impl Error {
    pub fn code(&self) -> Code {
        match self {
            Error::NotFound(_) => Code::NotFound,
            Error::Unauthenticated | Error::WrongCredentials => Code::Unauthenticated,
            Error::Forbidden(_) => Code::Forbidden,
            Error::VersionMismatch { .. } => Code::VersionMismatch,
            Error::Validation(_) => Code::ValidationFailed,
            Error::BadRequest(_) => Code::BadRequest,
            Error::RateLimited { .. } => Code::RateLimited,
            Error::Rule(refusal) => refusal.code(),
            Error::Internal(_) => Code::Internal,
        }
    }

    pub fn validation(field: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Validation(vec![FieldError::new(field, message)])
    }
}

impl<R: Refusal> From<R> for Error {
    fn from(refusal: R) -> Self {
        Error::Rule(Box::new(refusal))
    }
}

/// Database errors are infrastructure failures unless a use case has classified them
/// first (a unique violation that means "already taken", say).
impl From<sea_orm::DbErr> for Error {
    fn from(e: sea_orm::DbErr) -> Self {
        Error::Internal(anyhow::Error::new(e).context("database"))
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Keyset paging over v7 ids (which sort by creation): at most `limit` rows after the
/// row `after`, so a page is stable while rows are added.
#[derive(Debug, Clone, Copy)]
pub struct Paging {
    pub limit: u64,
    pub after: Option<Uuid>,
}

/// One page of a list and the id to continue after, when there is more.
#[derive(Debug, Clone)]
pub struct Listed<T> {
    pub items: Vec<T>,
    pub next: Option<Uuid>,
}

impl Paging {
    /// How many rows to read: one more than the page, to know whether another follows.
    #[must_use]
    pub fn rows_to_read(self) -> u64 {
        self.limit + 1
    }

    /// Cuts rows read with [`Paging::rows_to_read`] to the page, and names the id to
    /// continue after when the extra row showed there is more.
    pub fn cut<R>(self, rows: &mut Vec<R>, id: impl Fn(&R) -> Uuid) -> Option<Uuid> {
        let more = rows.len() as u64 > self.limit;
        rows.truncate(usize::try_from(self.limit).unwrap_or(usize::MAX));
        if more { rows.last().map(id) } else { None }
    }
}

impl Error {
    /// A `cursor` no list handed out.
    #[must_use]
    pub fn unknown_cursor() -> Self {
        Error::BadRequest("cursor is not one this list handed out; start again without it".into())
    }
}

impl fmt::Display for Actor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label)
    }
}
