//! Time-zone names people mean when they type a place that is not one.

/// Places people write as a time zone that are not IANA names, with the zone they keep:
/// cities of UN offices and capitals that share a neighbour's zone.
const PLACES: [(&str, &str); 9] = [
    ("geneva", "Europe/Zurich"),
    ("washington", "America/New_York"),
    ("new york", "America/New_York"),
    ("the hague", "Europe/Amsterdam"),
    ("bonn", "Europe/Berlin"),
    ("beijing", "Asia/Shanghai"),
    ("new delhi", "Asia/Kolkata"),
    ("delhi", "Asia/Kolkata"),
    ("montreal", "America/Toronto"),
];

/// The IANA names closest to what was typed, best first (at most three): a known place's
/// zone, then names that read most alike.
#[must_use]
pub fn nearest_time_zones(typed: &str) -> Vec<&'static str> {
    let wanted = typed.trim().to_lowercase().replace('_', " ");
    let city = wanted.rsplit('/').next().unwrap_or(&wanted).to_owned();
    let mut found: Vec<&'static str> =
        PLACES.iter().filter(|(place, _)| city == *place || wanted == *place).map(|(_, zone)| *zone).collect();
    let mut scored: Vec<(f64, &'static str)> = chrono_tz::TZ_VARIANTS
        .iter()
        .map(|tz| {
            let name = tz.name();
            let lower = name.to_lowercase().replace('_', " ");
            let whole = strsim::jaro_winkler(&wanted, &lower);
            let own_city = strsim::jaro_winkler(&city, lower.rsplit('/').next().unwrap_or(&lower));
            (whole.max(own_city), name)
        })
        .filter(|(score, _)| *score >= 0.85)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    for (_, name) in scored {
        if !found.contains(&name) {
            found.push(name);
        }
    }
    found.truncate(3);
    found
}

#[cfg(test)]
mod time_zone_tests {
    use super::nearest_time_zones;

    #[test]
    fn a_city_that_is_not_a_zone_is_answered_with_the_zone_it_keeps_and_typos_with_the_nearest_names() {
        assert_eq!(nearest_time_zones("Europe/Geneva")[0], "Europe/Zurich");
        assert_eq!(nearest_time_zones("America/Washington")[0], "America/New_York");
        assert!(nearest_time_zones("Africa/Nairbi").contains(&"Africa/Nairobi"));
        assert!(nearest_time_zones("europe/paris").contains(&"Europe/Paris"));
        assert!(nearest_time_zones("qqqqqq").is_empty());
    }
}
