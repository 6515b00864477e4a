//! The emails Laurel sends, each a struct with its subject, text and HTML templates in
//! `templates/email/<name>.{subject.txt,txt,html}`.

use askama::Template;

use super::{Email, Rendered};
use crate::domain::definition::Named;
use crate::format::Zoned;
use crate::i18n::Lang;

/// Renders the three templates of a message whose template structs borrow it as `m`,
/// in the recipient's language `lang`.
macro_rules! email {
    ($message:ident, $subject:literal, $text:literal, $html:literal) => {
        const _: () = {
            // A subject need not use every field of its message.
            #[allow(dead_code)]
            #[derive(Template)]
            #[template(path = $subject)]
            struct Subject<'a> {
                m: &'a $message,
                lang: Lang,
            }
            #[derive(Template)]
            #[template(path = $text)]
            struct Text<'a> {
                m: &'a $message,
                lang: Lang,
            }
            #[derive(Template)]
            #[template(path = $html)]
            struct Html<'a> {
                m: &'a $message,
                lang: Lang,
            }
            impl Email for $message {
                fn render(&self, lang: Lang) -> askama::Result<Rendered> {
                    Ok(Rendered {
                        subject: Subject { m: self, lang }.render()?.trim().to_owned(),
                        text: Text { m: self, lang }.render()?,
                        html: Some(Html { m: self, lang }.render()?),
                    })
                }
            }
        };
    };
}

/// An invitation to join Laurel in a role.
#[derive(Debug, Clone)]
pub struct Invitation {
    pub invited_by: String,
    pub role: String,
    pub member_state: Option<String>,
    pub link: String,
    pub expires: Zoned,
}
email!(Invitation, "email/invitation.subject.txt", "email/invitation.txt", "email/invitation.html");

/// A link to choose a new password.
#[derive(Debug, Clone)]
pub struct PasswordReset {
    pub name: String,
    pub link: String,
    pub expires: Zoned,
}
email!(PasswordReset, "email/password_reset.subject.txt", "email/password_reset.txt", "email/password_reset.html");

/// A voter's one-time code.
#[derive(Debug, Clone)]
pub struct VoterCode {
    pub code: String,
    /// The ballot's confirmation form, when registration came from one.
    pub link: Option<String>,
    /// The mailbox had registered before: this code signs its voter in again.
    pub again: bool,
    pub expires: Zoned,
}
email!(VoterCode, "email/voter_code.subject.txt", "email/voter_code.txt", "email/voter_code.html");

/// What happened to a nomination, for its receipt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReceiptKind {
    Submitted,
    Edited,
    Withdrawn,
}

/// A receipt to a member state's focal points when one of its nominations is
/// submitted, edited after submission, or withdrawn.
#[derive(Debug, Clone)]
pub struct NominationReceipt {
    pub kind: ReceiptKind,
    pub by: String,
    pub title: String,
    pub category: Named,
    pub member_state: String,
    pub cycle: Named,
    /// The nomination deadline in the cycle's time zone.
    pub deadline: Zoned,
    /// The nomination's reference, once submitted.
    pub reference: Option<String>,
    /// When it was submitted, in the cycle's time zone; the email adds UTC.
    pub submitted: Option<Zoned>,
    pub link: String,
    /// The printable summary of what was submitted.
    pub receipt_link: String,
}
email!(
    NominationReceipt,
    "email/nomination_receipt.subject.txt",
    "email/nomination_receipt.txt",
    "email/nomination_receipt.html"
);

/// A nomination failed screening.
#[derive(Debug, Clone)]
pub struct NominationIneligible {
    pub title: String,
    pub cycle: Named,
    pub reason: String,
    pub link: String,
}
email!(
    NominationIneligible,
    "email/nomination_ineligible.subject.txt",
    "email/nomination_ineligible.txt",
    "email/nomination_ineligible.html"
);

/// A reviewer has new nominations to score.
#[derive(Debug, Clone)]
pub struct ReviewerAssigned {
    pub name: String,
    pub cycle: Named,
    pub stage: Named,
    pub count: usize,
    /// `None` when the stage has no due date.
    pub due: Option<Zoned>,
    pub link: String,
}
email!(
    ReviewerAssigned,
    "email/reviewer_assigned.subject.txt",
    "email/reviewer_assigned.txt",
    "email/reviewer_assigned.html"
);

/// A reviewer takes over an assignment another reviewer recused from.
#[derive(Debug, Clone)]
pub struct AssignmentReplaced {
    pub name: String,
    pub cycle: Named,
    pub stage: Named,
    /// `None` when the stage has no due date.
    pub due: Option<Zoned>,
    pub link: String,
}
email!(
    AssignmentReplaced,
    "email/assignment_replaced.subject.txt",
    "email/assignment_replaced.txt",
    "email/assignment_replaced.html"
);

/// A reviewer recused and nobody in the pool may take the nomination over: the
/// secretariat must find someone or accept fewer reviews.
#[derive(Debug, Clone)]
pub struct NoReplacement {
    pub title: String,
    pub cycle: Named,
    pub stage: Named,
    pub why: String,
    pub link: String,
}
email!(NoReplacement, "email/no_replacement.subject.txt", "email/no_replacement.txt", "email/no_replacement.html");

/// Screening asks the focal points a question, with a date to answer by.
#[derive(Debug, Clone)]
pub struct ClarificationRequested {
    pub title: String,
    pub cycle: Named,
    pub question: String,
    pub due: Zoned,
    pub link: String,
}
email!(
    ClarificationRequested,
    "email/clarification_requested.subject.txt",
    "email/clarification_requested.txt",
    "email/clarification_requested.html"
);

/// Reviews due soon or overdue.
#[derive(Debug, Clone)]
pub struct ReviewReminder {
    pub name: String,
    pub cycle: Named,
    pub stage: Named,
    pub pending: usize,
    pub due: Zoned,
    pub overdue: bool,
    pub link: String,
}
email!(ReviewReminder, "email/review_reminder.subject.txt", "email/review_reminder.txt", "email/review_reminder.html");

/// A focal point's unsubmitted drafts in a cycle, before its deadline.
#[derive(Debug, Clone)]
pub struct DraftReminder {
    pub name: String,
    pub cycle: Named,
    /// The nomination deadline in the cycle's time zone.
    pub deadline: Zoned,
    /// Each draft's title (or "untitled", in the reader's words) and address.
    pub drafts: Vec<(Option<String>, String)>,
    pub link: String,
}
email!(DraftReminder, "email/draft_reminder.subject.txt", "email/draft_reminder.txt", "email/draft_reminder.html");

/// A clarification question still unanswered as its answer-by date nears.
#[derive(Debug, Clone)]
pub struct ClarificationReminder {
    pub name: String,
    pub title: String,
    pub cycle: Named,
    pub question: String,
    pub due: Zoned,
    pub link: String,
}
email!(
    ClarificationReminder,
    "email/clarification_reminder.subject.txt",
    "email/clarification_reminder.txt",
    "email/clarification_reminder.html"
);

/// Whether a nomination advanced from a stage. Scores only where the cycle shares them.
#[derive(Debug, Clone)]
pub struct StageOutcome {
    pub title: String,
    pub cycle: Named,
    pub stage: Named,
    pub advanced: bool,
    pub score: Option<String>,
    pub link: String,
}
email!(StageOutcome, "email/stage_outcome.subject.txt", "email/stage_outcome.txt", "email/stage_outcome.html");

/// A cycle's results are public.
#[derive(Debug, Clone)]
pub struct ResultsPublished {
    pub cycle: Named,
    /// Told to a juror of the cycle (thanks for reviewing) rather than to a focal point
    /// of a state that nominated (thanks for nominating).
    pub to_jury: bool,
    pub link: String,
}
email!(
    ResultsPublished,
    "email/results_published.subject.txt",
    "email/results_published.txt",
    "email/results_published.html"
);

/// The secretariat's morning summary of a cycle.
#[derive(Debug, Clone)]
pub struct DailyDigest {
    pub cycle: Named,
    pub date: Zoned,
    pub phase: String,
    pub deadline: Zoned,
    pub submitted: u64,
    pub drafts: u64,
    pub reviews_done: u64,
    pub reviews_assigned: u64,
    pub overdue: u64,
    pub failed_emails: u64,
    pub link: String,
}
email!(DailyDigest, "email/daily_digest.subject.txt", "email/daily_digest.txt", "email/daily_digest.html");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_invitation_renders_its_link_in_both_parts_and_escapes_html() {
        let m = Invitation {
            invited_by: "Amina <Secretariat>".into(),
            role: "nominator".into(),
            member_state: Some("Kenya".into()),
            link: "https://awards.example.org/invitations/abc".into(),
            expires: Zoned::utc(chrono::TimeZone::with_ymd_and_hms(&chrono::Utc, 2026, 11, 30, 21, 0, 0).unwrap()),
        };
        let r = m.render(Lang::En).unwrap();
        assert_eq!(r.subject, "You are invited to Laurel as the focal point for Kenya");
        assert!(r.text.contains("https://awards.example.org/invitations/abc"));
        assert!(r.text.contains("30 November 2026, 21:00 UTC"));
        let html = r.html.unwrap();
        assert!(html.contains(r#"href="https://awards.example.org/invitations/abc""#), "{html}");
        assert!(html.contains("Amina &#60;Secretariat&#62;") || html.contains("Amina &lt;Secretariat&gt;"), "{html}");
    }
}
