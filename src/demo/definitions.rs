//! The demo's cycle definitions: the example definitions a secretariat would import
//! (`examples/unpsa-2027.toml`, `examples/wsis-2027.toml`), moved to dates around today,
//! and two programmes made from the first, so every cycle speaks the six languages and
//! is checked as an import is.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, NaiveTime, TimeZone as _, Utc};
use chrono_tz::Tz;

use crate::domain::definition::{self, Advance, CategoryDefinition, CycleDefinition, Label};
use crate::i18n::Lang;

const EXAMPLE: &str = include_str!("../../examples/unpsa-2027.toml");
const WSIS_EXAMPLE: &str = include_str!("../../examples/wsis-2027.toml");

/// When a cycle's call opens and closes and its results are published, in its zone.
#[derive(Debug, Clone, Copy)]
pub(super) struct Dates {
    pub zone: Tz,
    pub opens: DateTime<Utc>,
    pub closes: DateTime<Utc>,
    pub publish: DateTime<Utc>,
}

impl Dates {
    /// Days from `now` as a secretariat sets them: the call opens at the start of a day
    /// in the cycle's zone and closes at its end, results are published at 14:00. A
    /// deadline `closes` days away is never nearer than that many days.
    pub fn around(now: DateTime<Utc>, zone: Tz, (opens, closes, publish): (i64, i64, i64)) -> Self {
        Dates {
            zone,
            opens: at_local(now + Duration::days(opens), zone, NaiveTime::MIN),
            closes: end_of_day(now + Duration::days(closes), zone),
            publish: at_local(
                now + Duration::days(publish),
                zone,
                NaiveTime::from_hms_opt(14, 0, 0).unwrap_or_default(),
            ),
        }
    }

    /// The end of the day, in the cycle's zone, `fraction` of the way from the close
    /// to publication: when a review stage is due.
    fn due(&self, fraction: f64) -> DateTime<Utc> {
        let span = (self.publish - self.closes).num_seconds() as f64;
        end_of_day(self.closes + Duration::seconds((span * fraction) as i64), self.zone)
    }
}

/// The last second of the day `at` falls on in `zone`, as a deadline is set.
pub(super) fn end_of_day(at: DateTime<Utc>, zone: Tz) -> DateTime<Utc> {
    at_local(at, zone, NaiveTime::from_hms_opt(23, 59, 59).unwrap_or_default())
}

/// `time` on the day `at` falls on in `zone`.
fn at_local(at: DateTime<Utc>, zone: Tz, time: NaiveTime) -> DateTime<Utc> {
    let day = at.with_timezone(&zone).date_naive();
    zone.from_local_datetime(&day.and_time(time)).earliest().map_or(at, |t| t.with_timezone(&Utc))
}

/// The UN Public Service Awards of `year`: three categories, screening, the experts'
/// blind scoring and the committee's choice.
pub(super) fn unpsa(year: i32, dates: Dates) -> CycleDefinition {
    let mut d = definition::parse_toml(EXAMPLE).unwrap_or_else(|p| panic!("the example definition: {p:?}"));
    d.year = year;
    d.time_zone = dates.zone.name().to_owned();
    d.opens_at = dates.opens;
    d.closes_at = dates.closes;
    d.publish_at = dates.publish;
    // Each review stage is due a third of the way further towards publication.
    let mut third = 0.0;
    for stage in d.stages.iter_mut().filter(|s| s.due_at.is_some()) {
        third += 1.0 / 3.0;
        stage.due_at = Some(dates.due(third));
    }
    d
}

/// The WSIS Prizes 2027 as `examples/wsis-2027.toml` defines them, moved to `dates`:
/// screening, the public vote in its window `vote` (opening and closing days from the
/// call's close), then the experts.
pub(super) fn wsis_vote(dates: Dates, (opens, closes): (i64, i64)) -> CycleDefinition {
    let mut d = definition::parse_toml(WSIS_EXAMPLE).unwrap_or_else(|p| panic!("the WSIS example: {p:?}"));
    d.time_zone = dates.zone.name().to_owned();
    d.opens_at = dates.opens;
    d.closes_at = dates.closes;
    d.publish_at = dates.publish;
    if let Some(vote) = d.stages.iter_mut().find(|s| s.is_public_vote()) {
        vote.opens_at = Some(at_local(dates.closes + Duration::days(opens), dates.zone, NaiveTime::MIN));
        vote.closes_at = Some(end_of_day(dates.closes + Duration::days(closes), dates.zone));
    }
    if let Some(experts) = d.stages.last_mut() {
        experts.due_at = Some(dates.due(0.6));
    }
    d
}

/// The Digital Government Awards: three of WSIS's Action Lines as categories, screening,
/// then the experts choose one winner and four champions in each.
pub(super) fn digital_government(dates: Dates) -> CycleDefinition {
    let mut d = unpsa(2027, dates);
    d.programme = six([
        "جوائز الحكومة الرقمية",
        "数字政府奖",
        "Digital Government Awards",
        "Prix de l’administration numérique",
        "Премии в области цифрового правительства",
        "Premios al Gobierno Digital",
    ]);
    d.categories = vec![
        category(
            "c1-governance",
            [
                "ج1. دور الحكومات في تعزيز تكنولوجيا المعلومات والاتصالات",
                "C1. 政府在推广信息通信技术方面的作用",
                "C1. The role of governments in the promotion of ICTs",
                "C1. Rôle des gouvernements dans la promotion des TIC",
                "C1. Роль правительств в содействии применению ИКТ",
                "C1. Papel de los gobiernos en la promoción de las TIC",
            ],
        ),
        category(
            "c7-e-government",
            [
                "ج7. تطبيقات تكنولوجيا المعلومات والاتصالات: الحكومة الإلكترونية",
                "C7. 信息通信技术应用：电子政务",
                "C7. ICT applications: e-government",
                "C7. Applications des TIC : administration électronique",
                "C7. Применение ИКТ: электронное правительство",
                "C7. Aplicaciones de las TIC: gobierno electrónico",
            ],
        ),
        category(
            "c7-e-health",
            [
                "ج7. تطبيقات تكنولوجيا المعلومات والاتصالات: الصحة الإلكترونية",
                "C7. 信息通信技术应用：电子卫生",
                "C7. ICT applications: e-health",
                "C7. Applications des TIC : cybersanté",
                "C7. Применение ИКТ: электронное здравоохранение",
                "C7. Aplicaciones de las TIC: cibersalud",
            ],
        ),
    ];
    for c in &mut d.categories {
        c.winners = 1;
        c.champions = 4;
    }
    final_experts(&mut d);
    d
}

/// A smaller award whose call is open: local, open and climate-resilient services.
pub(super) fn innovation(dates: Dates) -> CycleDefinition {
    let mut d = unpsa(2027, dates);
    d.programme = six([
        "جوائز الابتكار في القطاع العام",
        "公共部门创新奖",
        "Public Sector Innovation Awards",
        "Prix de l'innovation dans le secteur public",
        "Премия за инновации в государственном секторе",
        "Premios a la Innovación en el Sector Público",
    ]);
    d.categories = vec![
        category(
            "local-services",
            [
                "الخدمات العامة المحلية",
                "地方公共服务",
                "Local public services",
                "Services publics locaux",
                "Местные государственные услуги",
                "Servicios públicos locales",
            ],
        ),
        category(
            "open-institutions",
            [
                "مؤسسات منفتحة وخاضعة للمساءلة",
                "开放和负责任的机构",
                "Open and accountable institutions",
                "Institutions ouvertes et redevables",
                "Открытые и подотчетные институты",
                "Instituciones abiertas y responsables",
            ],
        ),
        category(
            "climate-resilience",
            [
                "خدمات عامة قادرة على الصمود أمام تغير المناخ",
                "具有气候韧性的公共服务",
                "Climate-resilient public services",
                "Services publics résilients face au climat",
                "Государственные услуги, устойчивые к изменению климата",
                "Servicios públicos resilientes al clima",
            ],
        ),
    ];
    final_experts(&mut d);
    d
}

/// Ends the cycle with the experts' stage, which then decides the awards.
fn final_experts(d: &mut CycleDefinition) {
    d.stages.truncate(2);
    if let Some(experts) = d.stages.last_mut() {
        experts.advance = Advance::TopN { n: 5 };
    }
}

fn category(key: &str, names: [&str; 6]) -> CategoryDefinition {
    CategoryDefinition {
        key: key.to_owned(),
        name: six(names),
        description: None,
        max_per_state: 2,
        winners: 1,
        champions: 2,
        per_region: false,
    }
}

/// Words in the six languages, in the order of [`Lang::OFFERED`].
fn six(texts: [&str; 6]) -> Label {
    Label::ByLanguage(Lang::OFFERED.iter().copied().zip(texts.map(str::to_owned)).collect::<BTreeMap<_, _>>())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_demo_definition_passes_the_checks_an_import_makes() {
        let now: DateTime<Utc> = "2026-12-03T12:00:00Z".parse().unwrap();
        let dates = Dates::around(now, chrono_tz::Europe::Zurich, (-60, -5, 150));
        assert_eq!(dates.closes.to_rfc3339(), "2026-11-28T22:59:59+00:00", "the end of the day in Geneva");
        for d in [unpsa(2026, dates), digital_government(dates), wsis_vote(dates, (3, 30)), innovation(dates)] {
            assert_eq!(definition::validate(&d), Vec::new(), "{:?}", d.programme);
        }
    }
}
