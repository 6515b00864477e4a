//! A nomination's states.

use super::text;
use crate::i18n::{say, say_with};

crate::stored_enum! {
    /// A nomination's state (DESIGN.md, "The workflow").
    pub enum NominationStatus ("nomination status") {
        Draft = "draft",
        Submitted = "submitted",
        ClarificationRequested = "clarification_requested",
        InReview = "in_review",
        Finalist = "finalist",
        Winner = "winner",
        Champion = "champion",
        Withdrawn = "withdrawn",
        Ineligible = "ineligible",
        Eliminated = "eliminated",
    }
}

impl NominationStatus {
    /// What a focal point reads on their dashboard.
    pub fn label(self, lang: impl std::borrow::Borrow<crate::i18n::Lang>) -> String {
        lang.borrow().t(match self {
            NominationStatus::Draft => "status-draft",
            NominationStatus::Submitted => "status-submitted",
            NominationStatus::ClarificationRequested => "status-clarification-requested",
            NominationStatus::InReview => "status-in-review",
            NominationStatus::Finalist => "status-finalist",
            NominationStatus::Winner => "status-winner",
            NominationStatus::Champion => "status-champion",
            NominationStatus::Withdrawn => "status-withdrawn",
            NominationStatus::Ineligible => "status-ineligible",
            NominationStatus::Eliminated => "status-eliminated",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_round_trips() {
        crate::assert_stored_words!(
            NominationStatus,
            [
                "draft",
                "submitted",
                "clarification_requested",
                "in_review",
                "finalist",
                "winner",
                "champion",
                "withdrawn",
                "ineligible",
                "eliminated"
            ]
        );
    }
}

/// Statuses that count toward a member state's `max_per_state` in a category: every
/// nomination it submitted and did not withdraw.
pub const COUNTS_TOWARD_QUOTA: [NominationStatus; 8] = [
    NominationStatus::Submitted,
    NominationStatus::ClarificationRequested,
    NominationStatus::InReview,
    NominationStatus::Finalist,
    NominationStatus::Winner,
    NominationStatus::Champion,
    NominationStatus::Ineligible,
    NominationStatus::Eliminated,
];

/// Why a focal point's action on a nomination was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NominationError {
    #[error("{}", say_with("refusal-deadline-passed", &[("closes", .closes.as_str().into())]))]
    DeadlinePassed { closes: String },
    #[error("{}", say_with("refusal-not-open-yet", &[("opens", .opens.as_str().into())]))]
    NotOpenYet { opens: String },
    #[error("{}", say_with("refusal-quota-exceeded", &[("state", .state.as_str().into()), ("max", (*.max).into())]))]
    QuotaExceeded { state: String, max: i32 },
    /// `status` and `action` are stored words (`draft`, `edit`), which the catalogue
    /// turns into a sentence.
    #[error("{}", say_with("refusal-invalid-state", &[("status", (*.status).into()), ("action", (*.action).into())]))]
    InvalidState { status: &'static str, action: &'static str },
    #[error("{}", say_with("refusal-clarification-overdue", &[("due", .due.as_str().into())]))]
    ClarificationOverdue { due: String },
    /// The secretariat's step the nomination or its cycle is not at, as a sentence.
    #[error("{}", say(.0.message()))]
    OutOfTurn(OutOfTurn),
}

/// A step of the secretariat's, or a focal point's answer, asked for at the wrong time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutOfTurn {
    /// Screening a nomination while its focal point has a question to answer.
    ScreenAwaitingAnswer,
    /// Asking a second question before the first is answered.
    QuestionPending,
    /// Screening a nomination that is in no open screening stage.
    ScreenNotInReview,
    /// Publishing results before the last stage decided the awards.
    PublishNotDecided,
    /// Answering when no question waits.
    NoQuestion,
}

impl OutOfTurn {
    fn message(self) -> &'static str {
        match self {
            OutOfTurn::ScreenAwaitingAnswer => "refusal-screen-awaiting-answer",
            OutOfTurn::QuestionPending => "refusal-question-pending",
            OutOfTurn::ScreenNotInReview => "refusal-screen-not-in-review",
            OutOfTurn::PublishNotDecided => "refusal-publish-not-decided",
            OutOfTurn::NoQuestion => "refusal-no-question",
        }
    }
}

impl super::code::Refusal for NominationError {
    fn code(&self) -> super::Code {
        match self {
            NominationError::DeadlinePassed { .. } | NominationError::ClarificationOverdue { .. } => {
                super::Code::DeadlinePassed
            }
            NominationError::QuotaExceeded { .. } => super::Code::QuotaExceeded,
            NominationError::NotOpenYet { .. }
            | NominationError::InvalidState { .. }
            | NominationError::OutOfTurn(_) => super::Code::InvalidState,
        }
    }
}

/// What a focal point may do with a nomination in `status` (while the cycle is open, or
/// for a clarification until its due date): edit drafts, submitted ones and those
/// awaiting clarification, submit drafts and clarified ones, withdraw drafts and
/// submitted ones.
///
/// # Errors
/// `InvalidState` naming the status and the action.
pub fn check_action(status: NominationStatus, action: Action) -> Result<(), NominationError> {
    use NominationStatus::{ClarificationRequested, Draft, Submitted};
    let allowed = match action {
        Action::Edit => matches!(status, Draft | Submitted | ClarificationRequested),
        Action::Withdraw => matches!(status, Draft | Submitted),
        Action::Submit => matches!(status, Draft | ClarificationRequested),
    };
    if allowed {
        Ok(())
    } else {
        Err(NominationError::InvalidState { status: status.as_str(), action: action.as_str() })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Edit,
    Submit,
    Withdraw,
}

impl Action {
    fn as_str(self) -> &'static str {
        match self {
            Action::Edit => "edit",
            Action::Submit => "submit",
            Action::Withdraw => "withdraw",
        }
    }
}

crate::stored_enum! {
    /// What a published nomination won, in the order the results list them. The public
    /// API and open data speak of awards; the words are the nomination statuses they
    /// come from.
    pub enum Award ("award") {
        Winner = "winner",
        Champion = "champion",
        Finalist = "finalist",
    }
}

impl NominationStatus {
    /// The status the nominating state is shown. An award is decided before it is
    /// announced; until the cycle's results are published its focal points see the
    /// nomination as still in review, so the embargo holds for them as for the public.
    #[must_use]
    pub const fn as_nominator_sees(self, published: bool) -> Self {
        if !published && Award::of(self).is_some() { Self::InReview } else { self }
    }
}

impl Award {
    /// The award a decided nomination carries, if any.
    #[must_use]
    pub const fn of(status: NominationStatus) -> Option<Self> {
        match status {
            NominationStatus::Winner => Some(Self::Winner),
            NominationStatus::Champion => Some(Self::Champion),
            NominationStatus::Finalist => Some(Self::Finalist),
            _ => None,
        }
    }

    /// The award as the results pages name it.
    #[must_use]
    pub fn label(self, lang: impl std::borrow::Borrow<crate::i18n::Lang>) -> String {
        lang.borrow().t(match self {
            Self::Winner => "award-winner",
            Self::Champion => "award-champion",
            Self::Finalist => "award-finalist",
        })
    }
}

crate::stored_enum! {
    /// What a question of the nomination form asks for (`question.kind`).
    pub enum QuestionKind ("question kind") {
        /// One line.
        Text = "text",
        LongText = "long_text",
        Number = "number",
        /// A web address.
        Url = "url",
        Date = "date",
        /// One of the question's choices.
        Choice = "choice",
    }
}

/// A question of a cycle's form, as the answer checks need it.
#[derive(Debug, Clone)]
pub struct Question {
    pub key: String,
    pub label: String,
    pub help: Option<String>,
    pub kind: QuestionKind,
    pub required: bool,
    pub max_length: Option<i32>,
    pub choices: Vec<String>,
}

/// A field every nomination has beside its answers to the cycle's questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FixedField {
    /// Also its label's place in the catalogue: `nomination-field-<name>`.
    pub name: &'static str,
    pub kind: QuestionKind,
    /// In characters, not bytes: a limit in bytes would give Arabic, Chinese and Russian
    /// half the room of English.
    pub max_chars: usize,
}

/// The title, institution and summary, with the limits the API, the HTML form and the
/// checks share.
pub const FIXED_FIELDS: [FixedField; 3] = [
    FixedField { name: "title", kind: QuestionKind::Text, max_chars: 200 },
    FixedField { name: "institution", kind: QuestionKind::Text, max_chars: 200 },
    FixedField { name: "summary", kind: QuestionKind::LongText, max_chars: 5000 },
];

/// The longest text any field may hold, in characters: the most a cycle's question may
/// set as its `max_length`, and more than any fixed field.
pub const LONGEST_TEXT_CHARS: usize = 20_000;

/// The longest answer to a text question without its own limit.
const DEFAULT_TEXT_LIMIT: usize = 500;
const DEFAULT_LONG_TEXT_LIMIT: usize = 10_000;

/// Checks one answer against its question: [`check_stored`], then [`check_format`].
///
/// # Errors
/// A sentence for the focal point.
pub fn check_answer(q: &Question, value: &str) -> Result<(), String> {
    check_stored(q, value)?;
    check_format(q, value)
}

/// What any answer must be to be kept, even in a draft: within its length, and free of
/// line breaks (on one line) and of characters that disguise text. A draft saved with
/// anything less would be refused, and an evening's typing with it.
///
/// # Errors
/// A sentence for the focal point.
pub fn check_stored(q: &Question, value: &str) -> Result<(), String> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(());
    }
    let limit = q.max_length.and_then(|n| usize::try_from(n).ok()).unwrap_or(match q.kind {
        QuestionKind::LongText => DEFAULT_LONG_TEXT_LIMIT,
        _ => DEFAULT_TEXT_LIMIT,
    });
    let length = value.chars().count();
    if length > limit {
        return Err(say_with("refusal-too-long", &[("limit", limit.into()), ("length", length.into())]));
    }
    match q.kind {
        QuestionKind::LongText => text::check_block(value),
        _ => text::check_line(value),
    }
}

/// What an answer must be to be submitted: a number, a web address, a date or one of
/// the choices, as its question asks. A draft keeps a malformed answer and lists it
/// among the problems still to fix.
///
/// # Errors
/// A sentence for the focal point.
pub fn check_format(q: &Question, value: &str) -> Result<(), String> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(());
    }
    match q.kind {
        QuestionKind::Number if !is_plain_number(value) => Err(say("refusal-number")),
        QuestionKind::Url => match url::Url::parse(value) {
            Ok(u) if matches!(u.scheme(), "http" | "https") => Ok(()),
            _ => Err(say("refusal-url")),
        },
        QuestionKind::Date if !is_plain_date(value) => {
            // Years as text: a number would be grouped, "1,900".
            Err(say_with(
                "refusal-date",
                &[("first", FIRST_YEAR.to_string().into()), ("last", LAST_YEAR.to_string().into())],
            ))
        }
        QuestionKind::Choice if !q.choices.iter().any(|c| c == value) => {
            Err(say_with("refusal-choice", &[("choices", q.choices.join("; ").into())]))
        }
        _ => Ok(()),
    }
}

/// Digits with an optional sign and decimal point, grouped by commas or spaces (a
/// French thin space too) if the typist likes. `NaN`, `inf` and `1e999` parse as floats
/// but are not numbers a person reports, and would be published as "NaN".
fn is_plain_number(value: &str) -> bool {
    let digits: String = value.chars().filter(|c| !matches!(c, ',' | ' ' | '\u{a0}' | '\u{202f}')).collect();
    let unsigned = digits.strip_prefix(['-', '+']).unwrap_or(&digits);
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, "0"));
    !whole.is_empty()
        && !fraction.is_empty()
        && whole.bytes().chain(fraction.bytes()).all(|b| b.is_ascii_digit())
        && digits.parse::<f64>().is_ok_and(f64::is_finite)
}

/// The years a date answer may fall in: an initiative's launch, a milestone, a plan.
const FIRST_YEAR: i32 = 1900;
const LAST_YEAR: i32 = 2100;

/// Exactly `YYYY-MM-DD`: chrono alone also reads `2021-1-1`, `0000-01-01` and
/// `+10000-01-01`.
fn is_plain_date(value: &str) -> bool {
    let b = value.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d")
            .is_ok_and(|d| (FIRST_YEAR..=LAST_YEAR).contains(&chrono::Datelike::year(&d)))
}

#[cfg(test)]
mod action_tests {
    use super::*;

    fn question(kind: QuestionKind) -> Question {
        Question {
            key: "q".into(),
            label: "Q".into(),
            help: None,
            kind,
            required: true,
            max_length: Some(20),
            choices: vec!["Yes".into(), "No".into()],
        }
    }

    #[test]
    fn awards_are_the_decided_statuses_in_the_order_results_list_them() {
        crate::assert_stored_words!(Award, ["winner", "champion", "finalist"]);
        for award in Award::ALL {
            let status: NominationStatus = award.as_str().parse().unwrap();
            assert_eq!(Award::of(status), Some(*award));
        }
        assert_eq!(Award::of(NominationStatus::InReview), None);
        assert!(Award::Winner < Award::Champion && Award::Champion < Award::Finalist);
    }

    #[test]
    fn focal_points_see_an_award_only_once_it_is_published() {
        for award in Award::ALL {
            let status: NominationStatus = award.as_str().parse().unwrap();
            assert_eq!(status.as_nominator_sees(false), NominationStatus::InReview);
            assert_eq!(status.as_nominator_sees(true), status);
        }
        for status in [NominationStatus::Eliminated, NominationStatus::Ineligible, NominationStatus::Draft] {
            assert_eq!(status.as_nominator_sees(false), status, "{status} is not embargoed");
        }
    }

    #[test]
    fn numbers_are_plain_finite_numbers() {
        let q = question(QuestionKind::Number);
        for good in ["250000", "250,000", "250 000", "12.5", "-3", "1\u{202f}000"] {
            assert_eq!(check_answer(&q, good), Ok(()), "{good:?}");
        }
        for bad in ["NaN", "nan", "inf", "-Infinity", "1e999", "1e3", "12.", ".5", "0x10", "12..5", "-"] {
            assert!(check_answer(&q, bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn dates_are_exactly_yyyy_mm_dd_in_a_plausible_century() {
        let q = question(QuestionKind::Date);
        for good in ["2021-03-01", "1900-01-01", "2100-12-31"] {
            assert_eq!(check_answer(&q, good), Ok(()), "{good:?}");
        }
        for bad in ["0000-01-01", "+10000-01-01", "2021-1-1", "2021-02-30", "1899-12-31", "21-03-01", "2021/03/01"] {
            assert!(check_answer(&q, bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn text_answers_refuse_line_breaks_and_direction_overrides() {
        assert!(check_answer(&question(QuestionKind::Text), "a\r\nb").is_err());
        assert!(check_answer(&question(QuestionKind::Text), "evil\u{202e}txt").is_err());
        assert!(check_answer(&question(QuestionKind::LongText), "two\nlines").is_ok());
        assert!(check_answer(&question(QuestionKind::LongText), "x\u{202d}y").is_err());
    }

    #[test]
    fn question_kinds_are_stable() {
        crate::assert_stored_words!(QuestionKind, ["text", "long_text", "number", "url", "date", "choice"]);
    }

    #[test]
    fn answers_are_checked_by_kind_and_length() {
        use QuestionKind::{Choice, Date, LongText, Number, Text, Url};
        let ok =
            [(Text, "Ministry"), (Number, "250,000"), (Url, "https://gov.ke"), (Date, "2021-03-01"), (Choice, "Yes")];
        for (kind, value) in ok {
            assert_eq!(check_answer(&question(kind), value), Ok(()), "{kind}: {value}");
        }
        let long = "x".repeat(21);
        let bad = [
            (Text, "two\nlines"),
            (Number, "many"),
            (Url, "gov.ke"),
            (Date, "1 March 2021"),
            (Choice, "Maybe"),
            (LongText, long.as_str()),
        ];
        for (kind, value) in bad {
            assert!(check_answer(&question(kind), value).is_err(), "{kind}: {value}");
        }
    }

    #[test]
    fn only_drafts_are_submitted_and_only_open_work_is_withdrawn() {
        assert!(check_action(NominationStatus::Draft, Action::Submit).is_ok());
        assert!(check_action(NominationStatus::Submitted, Action::Submit).is_err());
        assert!(check_action(NominationStatus::Submitted, Action::Edit).is_ok());
        assert!(check_action(NominationStatus::Withdrawn, Action::Withdraw).is_err());
        assert!(check_action(NominationStatus::InReview, Action::Edit).is_err());
        assert!(check_action(NominationStatus::ClarificationRequested, Action::Edit).is_ok());
        assert!(check_action(NominationStatus::ClarificationRequested, Action::Submit).is_ok());
        assert!(check_action(NominationStatus::ClarificationRequested, Action::Withdraw).is_err());
    }
}
