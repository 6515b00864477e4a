//! Member states and the UN regional groups that awards such as UNPSA rank within.

use std::fmt;

/// An ISO 3166-1 alpha-3 code, upper case. Whether it names one of the 193 member
/// states is the database's to say; this type only guarantees the shape.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MemberStateCode(String);

impl MemberStateCode {
    /// Accepts three ASCII letters in any case.
    ///
    /// # Errors
    /// A sentence for the person who typed it.
    pub fn parse(raw: &str) -> Result<Self, String> {
        let raw = raw.trim();
        if raw.len() == 3 && raw.chars().all(|c| c.is_ascii_alphabetic()) {
            Ok(Self(raw.to_ascii_uppercase()))
        } else {
            Err(crate::i18n::say_with("refusal-state-code", &[("code", raw.into())]))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for MemberStateCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

crate::stored_enum! {
    /// The five UN regional groups.
    pub enum Region ("UN regional group") {
        African = "african",
        AsiaPacific = "asia_pacific",
        EasternEuropean = "eastern_european",
        LatinAmericanCaribbean = "latin_american_caribbean",
        WesternEuropeanOthers = "western_european_others",
    }
}

impl Region {
    /// The group's name as the UN writes it.
    pub fn label(self, lang: impl std::borrow::Borrow<crate::i18n::Lang>) -> String {
        lang.borrow().t(match self {
            Region::African => "region-african",
            Region::AsiaPacific => "region-asia-pacific",
            Region::EasternEuropean => "region-eastern-european",
            Region::LatinAmericanCaribbean => "region-latin-american-caribbean",
            Region::WesternEuropeanOthers => "region-western-european-others",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_normalised_to_upper_case() {
        assert_eq!(MemberStateCode::parse(" fra ").map(|c| c.to_string()), Ok("FRA".to_owned()));
        assert!(MemberStateCode::parse("FR").is_err());
        assert!(MemberStateCode::parse("F1A").is_err());
    }

    #[test]
    fn every_region_round_trips() {
        for &region in Region::ALL {
            assert_eq!(region.as_str().parse::<Region>(), Ok(region));
        }
    }
}
