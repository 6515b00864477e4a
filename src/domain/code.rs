//! The stable error codes of the API (API.md's table). Clients branch on these, so a
//! variant's string never changes once published.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Code {
    BadRequest,
    Unauthenticated,
    Forbidden,
    NotFound,
    MethodNotAllowed,
    InvalidState,
    DeadlinePassed,
    QuotaExceeded,
    ConflictOfInterest,
    VersionMismatch,
    TooLarge,
    UnsupportedMediaType,
    ValidationFailed,
    RateLimited,
    Internal,
    /// The service cannot answer for now (its database is unreachable).
    Unavailable,
}

impl Code {
    pub const ALL: [Code; 16] = [
        Code::BadRequest,
        Code::Unauthenticated,
        Code::Forbidden,
        Code::NotFound,
        Code::MethodNotAllowed,
        Code::InvalidState,
        Code::DeadlinePassed,
        Code::QuotaExceeded,
        Code::ConflictOfInterest,
        Code::VersionMismatch,
        Code::TooLarge,
        Code::UnsupportedMediaType,
        Code::ValidationFailed,
        Code::RateLimited,
        Code::Internal,
        Code::Unavailable,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Code::BadRequest => "bad_request",
            Code::Unauthenticated => "unauthenticated",
            Code::Forbidden => "forbidden",
            Code::NotFound => "not_found",
            Code::MethodNotAllowed => "method_not_allowed",
            Code::InvalidState => "invalid_state",
            Code::DeadlinePassed => "deadline_passed",
            Code::QuotaExceeded => "quota_exceeded",
            Code::ConflictOfInterest => "conflict_of_interest",
            Code::VersionMismatch => "version_mismatch",
            Code::TooLarge => "too_large",
            Code::UnsupportedMediaType => "unsupported_media_type",
            Code::ValidationFailed => "validation_failed",
            Code::RateLimited => "rate_limited",
            Code::Internal => "internal",
            Code::Unavailable => "unavailable",
        }
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A refusal by a domain rule: every transition's error type implements this so the
/// service layer can carry it to HTTP without knowing each type.
pub trait Refusal: std::error::Error + Send + Sync + 'static {
    fn code(&self) -> Code;

    /// The field the refusal is about, where it is one: a form shows it there.
    fn field(&self) -> Option<&str> {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_snake_case_strings() {
        let mut seen = std::collections::HashSet::new();
        for code in Code::ALL {
            let s = code.as_str();
            assert!(s.chars().all(|c| c.is_ascii_lowercase() || c == '_'), "{s}");
            assert!(seen.insert(s), "{s} twice");
        }
    }
}
