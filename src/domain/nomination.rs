//! A nomination's states.

use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NominationStatus {
    Draft,
    Submitted,
    ClarificationRequested,
    InReview,
    Finalist,
    Winner,
    Champion,
    Withdrawn,
    Ineligible,
    Eliminated,
}

impl NominationStatus {
    pub const ALL: [NominationStatus; 10] = [
        NominationStatus::Draft,
        NominationStatus::Submitted,
        NominationStatus::ClarificationRequested,
        NominationStatus::InReview,
        NominationStatus::Finalist,
        NominationStatus::Winner,
        NominationStatus::Champion,
        NominationStatus::Withdrawn,
        NominationStatus::Ineligible,
        NominationStatus::Eliminated,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            NominationStatus::Draft => "draft",
            NominationStatus::Submitted => "submitted",
            NominationStatus::ClarificationRequested => "clarification_requested",
            NominationStatus::InReview => "in_review",
            NominationStatus::Finalist => "finalist",
            NominationStatus::Winner => "winner",
            NominationStatus::Champion => "champion",
            NominationStatus::Withdrawn => "withdrawn",
            NominationStatus::Ineligible => "ineligible",
            NominationStatus::Eliminated => "eliminated",
        }
    }

    /// What a focal point reads on their dashboard.
    pub fn label(self) -> &'static str {
        match self {
            NominationStatus::Draft => "Draft",
            NominationStatus::Submitted => "Submitted",
            NominationStatus::ClarificationRequested => "Clarification requested",
            NominationStatus::InReview => "In review",
            NominationStatus::Finalist => "Finalist",
            NominationStatus::Winner => "Winner",
            NominationStatus::Champion => "Champion",
            NominationStatus::Withdrawn => "Withdrawn",
            NominationStatus::Ineligible => "Ineligible",
            NominationStatus::Eliminated => "Not advanced",
        }
    }
}

impl fmt::Display for NominationStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for NominationStatus {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        NominationStatus::ALL
            .into_iter()
            .find(|v| v.as_str() == s)
            .ok_or_else(|| format!("'{s}' is not a nomination status"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_round_trips() {
        for s in NominationStatus::ALL {
            assert_eq!(s.as_str().parse::<NominationStatus>(), Ok(s));
        }
    }
}
