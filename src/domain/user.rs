//! People and what they are.

use std::fmt;

use crate::i18n::{say, say_with};

crate::stored_enum! {
    /// What a person does in Laurel (DESIGN.md, "Who uses it").
    pub enum Role ("role") {
        /// The programme's secretariat.
        Admin = "admin",
        /// A member state's focal point.
        Nominator = "nominator",
        /// A jury member or expert.
        Reviewer = "reviewer",
    }
}

crate::stored_enum! {
    /// Where an invitation stands. Read from its dates rather than stored: an invitation
    /// expires by the clock alone.
    pub enum InvitationStatus ("invitation status") {
        /// Sent, and its link still works.
        Pending = "pending",
        /// The person chose a name and password: they have an account.
        Accepted = "accepted",
        /// Not accepted within its seven days; it can be resent.
        Expired = "expired",
        /// Withdrawn by the secretariat, or replaced by a newer invitation to the address.
        Revoked = "revoked",
    }
}

impl InvitationStatus {
    /// The status of an invitation with these dates at `now`; acceptance outranks a
    /// later revocation or expiry, which no longer matter once the account exists.
    #[must_use]
    pub fn at(
        accepted: bool,
        revoked: bool,
        expires_at: chrono::DateTime<chrono::Utc>,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        match (accepted, revoked) {
            (true, _) => Self::Accepted,
            (false, true) => Self::Revoked,
            (false, false) if expires_at <= now => Self::Expired,
            (false, false) => Self::Pending,
        }
    }
}

/// An email address, trimmed and lower-cased so that one person has one account.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

impl Email {
    /// # Errors
    /// A sentence for the person who typed it.
    pub fn parse(raw: &str) -> Result<Self, String> {
        let value = raw.trim().to_lowercase();
        let valid = value.len() <= 254
            && !value.contains(char::is_whitespace)
            && matches!(value.split_once('@'), Some((local, domain))
                if !local.is_empty() && domain.contains('.') && !domain.starts_with('.')
                    && !domain.ends_with('.') && !domain.contains('@'));
        if valid { Ok(Self(value)) } else { Err(say_with("refusal-email", &[("email", raw.trim().into())])) }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The shortest password accepted; NIST SP 800-63B's floor for memorised secrets
/// chosen by the person is 8, raised here because these accounts decide awards.
pub const MIN_PASSWORD_LEN: usize = 12;

/// Long enough for any passphrase, short enough that hashing it costs nothing extra.
pub const MAX_PASSWORD_LEN: usize = 256;

/// Checks a new password against the rules people are told about: its length, and
/// that it is not among the most common passwords or built from the person's own name
/// or address (zxcvbn's dictionaries and patterns: fewer than 10^8 guesses).
///
/// # Errors
/// A sentence saying what to change.
pub fn check_password(password: &str, personal: &[&str]) -> Result<(), String> {
    let length = password.chars().count();
    if length < MIN_PASSWORD_LEN {
        return Err(say_with("refusal-password-short", &[("min", MIN_PASSWORD_LEN.into())]));
    }
    if length > MAX_PASSWORD_LEN {
        return Err(say_with("refusal-password-long", &[("max", MAX_PASSWORD_LEN.into())]));
    }
    // zxcvbn matches whole inputs; the parts of a name or address are guessable too.
    let parts: Vec<&str> = personal
        .iter()
        .flat_map(|p| std::iter::once(*p).chain(p.split(|c: char| !c.is_alphanumeric())))
        .filter(|p| p.chars().count() >= 4)
        .collect();
    let lowered = password.to_lowercase();
    if parts.iter().any(|p| lowered.contains(&p.to_lowercase())) {
        return Err(say("refusal-password-personal"));
    }
    if u8::from(zxcvbn::zxcvbn(password, &parts).score()) < 3 {
        return Err(say("refusal-password-guessable"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_round_trip() {
        crate::assert_stored_words!(Role, ["admin", "nominator", "reviewer"]);
        crate::assert_stored_words!(InvitationStatus, ["pending", "accepted", "expired", "revoked"]);
    }

    #[test]
    fn an_invitation_is_accepted_revoked_expired_or_pending_in_that_order() {
        let now = chrono::Utc::now();
        let (past, future) = (now - chrono::Duration::days(1), now + chrono::Duration::days(1));
        assert_eq!(InvitationStatus::at(true, true, past, now), InvitationStatus::Accepted);
        assert_eq!(InvitationStatus::at(false, true, future, now), InvitationStatus::Revoked);
        assert_eq!(InvitationStatus::at(false, false, now, now), InvitationStatus::Expired);
        assert_eq!(InvitationStatus::at(false, false, future, now), InvitationStatus::Pending);
    }

    #[test]
    fn emails_are_normalised_and_checked() {
        assert_eq!(Email::parse(" Focal.Point@Gov.FR ").map(|e| e.to_string()), Ok("focal.point@gov.fr".into()));
        for bad in ["", "nobody", "a@b", "a b@c.org", "@c.org", "a@.org", "a@c.org."] {
            assert!(Email::parse(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn short_common_and_personal_passwords_are_refused() {
        assert!(check_password("short", &[]).is_err_and(|m| m.contains("at least 12")));
        for common in ["passwordpassword", "123456789012", "qwertyuiop123"] {
            assert!(check_password(common, &[]).is_err_and(|m| m.contains("most common")), "{common}");
        }
        assert!(check_password("wanjiru.kamau1", &["wanjiru.kamau@gov.ke", "Wanjiru Kamau"]).is_err());
        assert!(check_password("lantern orbit cashew meadow", &[]).is_ok());
    }
}
