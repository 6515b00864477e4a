//! A cycle's phases and the clock that moves them.

use chrono::{DateTime, Utc};

crate::stored_enum! {
    /// Where a cycle is in its life (`cycle.phase`).
    pub enum Phase ("cycle phase") {
        Draft = "draft",
        /// Nominations accepted.
        Open = "open",
        Reviewing = "reviewing",
        /// Winners chosen, under embargo until published.
        Decided = "decided",
        Published = "published",
    }
}

/// The instants that move a cycle without anyone acting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timeline {
    pub opens_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
    pub publish_at: DateTime<Utc>,
}

impl Timeline {
    /// The phase a cycle is in at `now`, given the phase last stored for it.
    ///
    /// The clock job stores these transitions too, but every request asks this
    /// function, so a deadline holds to the millisecond even between clock ticks.
    /// `closes_at` itself is still open: the deadline is "until 23:59:59".
    pub fn phase_at(&self, stored: Phase, now: DateTime<Utc>) -> Phase {
        match stored {
            Phase::Draft | Phase::Open if now > self.closes_at => Phase::Reviewing,
            Phase::Draft if now >= self.opens_at => Phase::Open,
            Phase::Decided if now >= self.publish_at => Phase::Published,
            other => other,
        }
    }

    /// Whether nominations are accepted at `now`.
    pub fn accepts_nominations(&self, stored: Phase, now: DateTime<Utc>) -> bool {
        self.phase_at(stored, now) == Phase::Open
    }
}

#[cfg(test)]
mod tests {
    use chrono::{Duration, TimeZone as _};

    use super::*;

    fn timeline() -> Timeline {
        Timeline {
            opens_at: Utc.with_ymd_and_hms(2026, 11, 1, 0, 0, 0).unwrap(),
            closes_at: Utc.with_ymd_and_hms(2027, 1, 31, 23, 59, 59).unwrap(),
            publish_at: Utc.with_ymd_and_hms(2027, 6, 23, 14, 0, 0).unwrap(),
        }
    }

    #[test]
    fn the_deadline_holds_to_the_millisecond() {
        let t = timeline();
        assert_eq!(t.phase_at(Phase::Open, t.closes_at), Phase::Open);
        assert_eq!(t.phase_at(Phase::Open, t.closes_at + Duration::milliseconds(1)), Phase::Reviewing);
        assert!(!t.accepts_nominations(Phase::Open, t.closes_at + Duration::milliseconds(1)));
    }

    #[test]
    fn a_draft_cycle_opens_at_opens_at() {
        let t = timeline();
        assert_eq!(t.phase_at(Phase::Draft, t.opens_at - Duration::milliseconds(1)), Phase::Draft);
        assert_eq!(t.phase_at(Phase::Draft, t.opens_at), Phase::Open);
    }

    #[test]
    fn decided_results_stay_under_embargo_until_publish_at() {
        let t = timeline();
        assert_eq!(t.phase_at(Phase::Decided, t.publish_at - Duration::seconds(1)), Phase::Decided);
        assert_eq!(t.phase_at(Phase::Decided, t.publish_at), Phase::Published);
        // Reaching publish_at does not skip a review still in progress.
        assert_eq!(t.phase_at(Phase::Reviewing, t.publish_at), Phase::Reviewing);
    }

    #[test]
    fn phases_round_trip() {
        crate::assert_stored_words!(Phase, ["draft", "open", "reviewing", "decided", "published"]);
    }
}
