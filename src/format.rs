//! Dates and durations as people read them: in the cycle's time zone, in words.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use crate::i18n::Lang;

/// "31 January 2027, 23:59 EST" in `time_zone`, or in UTC if the zone is unknown.
pub fn instant(at: DateTime<Utc>, time_zone: &str) -> String {
    match time_zone.parse::<Tz>() {
        Ok(tz) => at.with_timezone(&tz).format("%-d %B %Y, %H:%M %Z").to_string(),
        Err(_) => at.format("%-d %B %Y, %H:%M UTC").to_string(),
    }
}

/// The date alone, "31 January 2027", in `time_zone`.
pub fn date(at: DateTime<Utc>, time_zone: &str) -> String {
    match time_zone.parse::<Tz>() {
        Ok(tz) => at.with_timezone(&tz).format("%-d %B %Y").to_string(),
        Err(_) => at.format("%-d %B %Y").to_string(),
    }
}

/// A wall-clock time in `time_zone` as an instant; `None` when the zone is unknown or
/// the time does not exist there (a daylight-saving gap). An ambiguous time takes the
/// later instant, so a deadline is never earlier than it reads.
pub fn local_to_utc(local: chrono::NaiveDateTime, time_zone: &str) -> Option<DateTime<Utc>> {
    use chrono::TimeZone as _;
    let tz = time_zone.parse::<Tz>().ok()?;
    tz.from_local_datetime(&local).latest().map(|t| t.with_timezone(&Utc))
}

/// "3 days left", "5 hours left", "40 minutes left"; "closed" once past.
pub fn time_left(until: DateTime<Utc>, now: DateTime<Utc>) -> String {
    time_left_in(Lang::En, until, now)
}

/// [`time_left`] in `lang`, with its plural forms.
pub fn time_left_in(lang: Lang, until: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let left = until - now;
    if left <= chrono::Duration::zero() {
        return lang.t("time-left-closed");
    }
    let (n, id) = if left.num_days() >= 2 {
        (left.num_days(), "time-left-days")
    } else if left.num_hours() >= 2 {
        (left.num_hours(), "time-left-hours")
    } else {
        (left.num_minutes().max(1), "time-left-minutes")
    };
    lang.t_with(id, &[("count", n.into())])
}

#[cfg(test)]
mod tests {
    use chrono::{Duration, TimeZone as _};

    use super::*;

    #[test]
    fn instants_show_in_the_cycles_time_zone() {
        let at = Utc.with_ymd_and_hms(2027, 2, 1, 4, 59, 0).unwrap();
        assert_eq!(instant(at, "America/New_York"), "31 January 2027, 23:59 EST");
        assert_eq!(instant(at, "Not/AZone"), "1 February 2027, 04:59 UTC");
    }

    #[test]
    fn time_left_reads_naturally() {
        let now = Utc.with_ymd_and_hms(2027, 1, 1, 0, 0, 0).unwrap();
        assert_eq!(time_left(now + Duration::days(30), now), "30 days left");
        assert_eq!(time_left(now + Duration::hours(30), now), "30 hours left");
        assert_eq!(time_left(now + Duration::seconds(20), now), "1 minute left");
        assert_eq!(time_left(now - Duration::seconds(1), now), "closed");
        assert_eq!(time_left_in(Lang::Ru, now + Duration::days(5), now), "осталось 5 дней");
        assert_eq!(time_left_in(Lang::Fr, now + Duration::hours(3), now), "3 heures restantes");
        assert_eq!(time_left_in(Lang::Ar, now + Duration::days(2), now), "بقي يومان");
    }
}
