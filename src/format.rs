//! Dates and durations as people read them: in the cycle's time zone, in the reader's
//! language, in words.
//!
//! The shape of a date is the catalogue's (`format-instant`, `format-date`, strftime
//! patterns a translator can change: "31 января 2027 г.", "2027年1月31日"); month names
//! come from the CLDR-derived locale data chrono carries.

use std::borrow::Borrow;

use chrono::{DateTime, Locale, Utc};
use chrono_tz::Tz;

use crate::i18n::Lang;

/// An instant and the time zone it is read in: a deadline as its cycle states it.
/// `Copy`, so a template can hand it to the reader's language as it is; the language
/// is taken by value or by reference (askama passes a template's fields by reference).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Zoned {
    pub at: DateTime<Utc>,
    pub time_zone: Tz,
}

impl Zoned {
    /// `at` in the zone named `time_zone`, or in UTC when the name is unknown.
    #[must_use]
    pub fn new(at: DateTime<Utc>, time_zone: &str) -> Self {
        Self { at, time_zone: time_zone.parse().unwrap_or(Tz::UTC) }
    }

    /// `at` in UTC, as emails state instants (their readers live in every zone).
    #[must_use]
    pub const fn utc(at: DateTime<Utc>) -> Self {
        Self { at, time_zone: Tz::UTC }
    }

    /// The same instant read in UTC: beside the local time on a receipt, for the
    /// secretariat in another zone.
    #[must_use]
    pub const fn in_utc(self) -> Self {
        Self::utc(self.at)
    }

    /// "31 January 2027, 23:59 EST", "31 janvier 2027 à 23:59 EST".
    #[must_use]
    pub fn instant(self, lang: impl Borrow<Lang>) -> String {
        self.shaped(*lang.borrow(), "format-instant")
    }

    /// The day alone: "31 January 2027", "2027年1月31日".
    #[must_use]
    pub fn date(self, lang: impl Borrow<Lang>) -> String {
        self.shaped(*lang.borrow(), "format-date")
    }

    fn shaped(self, lang: Lang, pattern: &str) -> String {
        self.at.with_timezone(&self.time_zone).format_localized(&lang.t(pattern), locale(lang)).to_string()
    }
}

/// The locale whose month names a language's dates use.
const fn locale(lang: Lang) -> Locale {
    match lang {
        Lang::Ar => Locale::ar_EG,
        Lang::Zh => Locale::zh_CN,
        Lang::En => Locale::en_GB,
        Lang::Fr => Locale::fr_FR,
        Lang::Ru => Locale::ru_RU,
        Lang::Es => Locale::es_ES,
    }
}

/// "31 January 2027, 23:59 EST" in `time_zone` (UTC if the zone is unknown), in the
/// language of the request being answered ([`crate::i18n::current`]).
pub fn instant(at: DateTime<Utc>, time_zone: &str) -> String {
    Zoned::new(at, time_zone).instant(crate::i18n::current())
}

/// The date alone, "31 January 2027", in `time_zone`, in the reader's language.
pub fn date(at: DateTime<Utc>, time_zone: &str) -> String {
    Zoned::new(at, time_zone).date(crate::i18n::current())
}

/// A wall-clock time in `time_zone` as an instant; `None` when the zone is unknown or
/// the time does not exist there (a daylight-saving gap). An ambiguous time takes the
/// later instant, so a deadline is never earlier than it reads.
pub fn local_to_utc(local: chrono::NaiveDateTime, time_zone: &str) -> Option<DateTime<Utc>> {
    use chrono::TimeZone as _;
    let tz = time_zone.parse::<Tz>().ok()?;
    tz.from_local_datetime(&local).latest().map(|t| t.with_timezone(&Utc))
}

/// "3 days left", "5 hours left", "40 minutes left"; "closed" once past; in the
/// reader's language.
pub fn time_left(until: DateTime<Utc>, now: DateTime<Utc>) -> String {
    time_left_in(crate::i18n::current(), until, now)
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
    fn dates_read_in_the_readers_language() {
        let at = Zoned::new(Utc.with_ymd_and_hms(2027, 2, 1, 4, 59, 0).unwrap(), "America/New_York");
        assert_eq!(at.instant(Lang::Fr), "31 janvier 2027 à 23:59 EST");
        assert_eq!(at.instant(Lang::Es), "31 de enero de 2027, 23:59 EST");
        assert_eq!(at.date(Lang::Ru), "31 января 2027 г.");
        assert_eq!(at.date(Lang::Zh), "2027年1月31日");
        assert_eq!(at.date(Lang::Ar), "31 يناير 2027");
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
