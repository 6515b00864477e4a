//! The 193 member states of the United Nations: ISO 3166-1 alpha-3 code, the short
//! name the UN uses (M49 / UNTERM), and the UN regional group the state belongs to
//! for electoral purposes.
//!
//! Groups: Türkiye, although it also takes part in the Asia-Pacific Group, votes
//! with the Western European and Others Group (WEOG), and so does Israel. The United
//! States belongs to no group but attends WEOG as an observer and is counted there.
//! Kiribati is in the Asia-Pacific Group, which therefore has 54 members (the UN's
//! current count; older sources say 53): 54 + 54 + 23 + 33 + 29 = 193.

/// UN African Group.
pub const AFRICAN: &str = "african";
/// UN Asia-Pacific Group.
pub const ASIA_PACIFIC: &str = "asia_pacific";
/// UN Eastern European Group.
pub const EASTERN_EUROPEAN: &str = "eastern_european";
/// UN Latin American and Caribbean Group (GRULAC).
pub const LATIN_AMERICAN_CARIBBEAN: &str = "latin_american_caribbean";
/// UN Western European and Others Group (WEOG), counting the United States.
pub const WESTERN_EUROPEAN_OTHERS: &str = "western_european_others";

const AF: &str = AFRICAN;
const AP: &str = ASIA_PACIFIC;
const EE: &str = EASTERN_EUROPEAN;
const LA: &str = LATIN_AMERICAN_CARIBBEAN;
const WE: &str = WESTERN_EUROPEAN_OTHERS;

/// `(code, name, region)`, in the UN's alphabetical order of names.
pub const MEMBER_STATES: &[(&str, &str, &str)] = &[
    ("AFG", "Afghanistan", AP),
    ("ALB", "Albania", EE),
    ("DZA", "Algeria", AF),
    ("AND", "Andorra", WE),
    ("AGO", "Angola", AF),
    ("ATG", "Antigua and Barbuda", LA),
    ("ARG", "Argentina", LA),
    ("ARM", "Armenia", EE),
    ("AUS", "Australia", WE),
    ("AUT", "Austria", WE),
    ("AZE", "Azerbaijan", EE),
    ("BHS", "Bahamas", LA),
    ("BHR", "Bahrain", AP),
    ("BGD", "Bangladesh", AP),
    ("BRB", "Barbados", LA),
    ("BLR", "Belarus", EE),
    ("BEL", "Belgium", WE),
    ("BLZ", "Belize", LA),
    ("BEN", "Benin", AF),
    ("BTN", "Bhutan", AP),
    ("BOL", "Bolivia (Plurinational State of)", LA),
    ("BIH", "Bosnia and Herzegovina", EE),
    ("BWA", "Botswana", AF),
    ("BRA", "Brazil", LA),
    ("BRN", "Brunei Darussalam", AP),
    ("BGR", "Bulgaria", EE),
    ("BFA", "Burkina Faso", AF),
    ("BDI", "Burundi", AF),
    ("CPV", "Cabo Verde", AF),
    ("KHM", "Cambodia", AP),
    ("CMR", "Cameroon", AF),
    ("CAN", "Canada", WE),
    ("CAF", "Central African Republic", AF),
    ("TCD", "Chad", AF),
    ("CHL", "Chile", LA),
    ("CHN", "China", AP),
    ("COL", "Colombia", LA),
    ("COM", "Comoros", AF),
    ("COG", "Congo", AF),
    ("CRI", "Costa Rica", LA),
    ("CIV", "Côte d'Ivoire", AF),
    ("HRV", "Croatia", EE),
    ("CUB", "Cuba", LA),
    ("CYP", "Cyprus", AP),
    ("CZE", "Czechia", EE),
    ("PRK", "Democratic People's Republic of Korea", AP),
    ("COD", "Democratic Republic of the Congo", AF),
    ("DNK", "Denmark", WE),
    ("DJI", "Djibouti", AF),
    ("DMA", "Dominica", LA),
    ("DOM", "Dominican Republic", LA),
    ("ECU", "Ecuador", LA),
    ("EGY", "Egypt", AF),
    ("SLV", "El Salvador", LA),
    ("GNQ", "Equatorial Guinea", AF),
    ("ERI", "Eritrea", AF),
    ("EST", "Estonia", EE),
    ("SWZ", "Eswatini", AF),
    ("ETH", "Ethiopia", AF),
    ("FJI", "Fiji", AP),
    ("FIN", "Finland", WE),
    ("FRA", "France", WE),
    ("GAB", "Gabon", AF),
    ("GMB", "Gambia", AF),
    ("GEO", "Georgia", EE),
    ("DEU", "Germany", WE),
    ("GHA", "Ghana", AF),
    ("GRC", "Greece", WE),
    ("GRD", "Grenada", LA),
    ("GTM", "Guatemala", LA),
    ("GIN", "Guinea", AF),
    ("GNB", "Guinea-Bissau", AF),
    ("GUY", "Guyana", LA),
    ("HTI", "Haiti", LA),
    ("HND", "Honduras", LA),
    ("HUN", "Hungary", EE),
    ("ISL", "Iceland", WE),
    ("IND", "India", AP),
    ("IDN", "Indonesia", AP),
    ("IRN", "Iran (Islamic Republic of)", AP),
    ("IRQ", "Iraq", AP),
    ("IRL", "Ireland", WE),
    ("ISR", "Israel", WE),
    ("ITA", "Italy", WE),
    ("JAM", "Jamaica", LA),
    ("JPN", "Japan", AP),
    ("JOR", "Jordan", AP),
    ("KAZ", "Kazakhstan", AP),
    ("KEN", "Kenya", AF),
    ("KIR", "Kiribati", AP),
    ("KWT", "Kuwait", AP),
    ("KGZ", "Kyrgyzstan", AP),
    ("LAO", "Lao People's Democratic Republic", AP),
    ("LVA", "Latvia", EE),
    ("LBN", "Lebanon", AP),
    ("LSO", "Lesotho", AF),
    ("LBR", "Liberia", AF),
    ("LBY", "Libya", AF),
    ("LIE", "Liechtenstein", WE),
    ("LTU", "Lithuania", EE),
    ("LUX", "Luxembourg", WE),
    ("MDG", "Madagascar", AF),
    ("MWI", "Malawi", AF),
    ("MYS", "Malaysia", AP),
    ("MDV", "Maldives", AP),
    ("MLI", "Mali", AF),
    ("MLT", "Malta", WE),
    ("MHL", "Marshall Islands", AP),
    ("MRT", "Mauritania", AF),
    ("MUS", "Mauritius", AF),
    ("MEX", "Mexico", LA),
    ("FSM", "Micronesia (Federated States of)", AP),
    ("MCO", "Monaco", WE),
    ("MNG", "Mongolia", AP),
    ("MNE", "Montenegro", EE),
    ("MAR", "Morocco", AF),
    ("MOZ", "Mozambique", AF),
    ("MMR", "Myanmar", AP),
    ("NAM", "Namibia", AF),
    ("NRU", "Nauru", AP),
    ("NPL", "Nepal", AP),
    ("NLD", "Netherlands (Kingdom of the)", WE),
    ("NZL", "New Zealand", WE),
    ("NIC", "Nicaragua", LA),
    ("NER", "Niger", AF),
    ("NGA", "Nigeria", AF),
    ("MKD", "North Macedonia", EE),
    ("NOR", "Norway", WE),
    ("OMN", "Oman", AP),
    ("PAK", "Pakistan", AP),
    ("PLW", "Palau", AP),
    ("PAN", "Panama", LA),
    ("PNG", "Papua New Guinea", AP),
    ("PRY", "Paraguay", LA),
    ("PER", "Peru", LA),
    ("PHL", "Philippines", AP),
    ("POL", "Poland", EE),
    ("PRT", "Portugal", WE),
    ("QAT", "Qatar", AP),
    ("KOR", "Republic of Korea", AP),
    ("MDA", "Republic of Moldova", EE),
    ("ROU", "Romania", EE),
    ("RUS", "Russian Federation", EE),
    ("RWA", "Rwanda", AF),
    ("KNA", "Saint Kitts and Nevis", LA),
    ("LCA", "Saint Lucia", LA),
    ("VCT", "Saint Vincent and the Grenadines", LA),
    ("WSM", "Samoa", AP),
    ("SMR", "San Marino", WE),
    ("STP", "Sao Tome and Principe", AF),
    ("SAU", "Saudi Arabia", AP),
    ("SEN", "Senegal", AF),
    ("SRB", "Serbia", EE),
    ("SYC", "Seychelles", AF),
    ("SLE", "Sierra Leone", AF),
    ("SGP", "Singapore", AP),
    ("SVK", "Slovakia", EE),
    ("SVN", "Slovenia", EE),
    ("SLB", "Solomon Islands", AP),
    ("SOM", "Somalia", AF),
    ("ZAF", "South Africa", AF),
    ("SSD", "South Sudan", AF),
    ("ESP", "Spain", WE),
    ("LKA", "Sri Lanka", AP),
    ("SDN", "Sudan", AF),
    ("SUR", "Suriname", LA),
    ("SWE", "Sweden", WE),
    ("CHE", "Switzerland", WE),
    ("SYR", "Syrian Arab Republic", AP),
    ("TJK", "Tajikistan", AP),
    ("THA", "Thailand", AP),
    ("TLS", "Timor-Leste", AP),
    ("TGO", "Togo", AF),
    ("TON", "Tonga", AP),
    ("TTO", "Trinidad and Tobago", LA),
    ("TUN", "Tunisia", AF),
    ("TUR", "Türkiye", WE),
    ("TKM", "Turkmenistan", AP),
    ("TUV", "Tuvalu", AP),
    ("UGA", "Uganda", AF),
    ("UKR", "Ukraine", EE),
    ("ARE", "United Arab Emirates", AP),
    ("GBR", "United Kingdom of Great Britain and Northern Ireland", WE),
    ("TZA", "United Republic of Tanzania", AF),
    ("USA", "United States of America", WE),
    ("URY", "Uruguay", LA),
    ("UZB", "Uzbekistan", AP),
    ("VUT", "Vanuatu", AP),
    ("VEN", "Venezuela (Bolivarian Republic of)", LA),
    ("VNM", "Viet Nam", AP),
    ("YEM", "Yemen", AP),
    ("ZMB", "Zambia", AF),
    ("ZWE", "Zimbabwe", AF),
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeSet, HashMap};

    #[test]
    fn there_are_193_states_with_unique_alpha3_codes() {
        assert_eq!(MEMBER_STATES.len(), 193);
        let codes: BTreeSet<&str> = MEMBER_STATES.iter().map(|(code, _, _)| *code).collect();
        assert_eq!(codes.len(), 193, "duplicate codes");
        for code in codes {
            assert!(code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()), "bad code {code:?}");
        }
        let names: BTreeSet<&str> = MEMBER_STATES.iter().map(|(_, name, _)| *name).collect();
        assert_eq!(names.len(), 193, "duplicate names");
    }

    #[test]
    fn regional_groups_have_their_un_sizes() {
        let mut sizes: HashMap<&str, usize> = HashMap::new();
        for (_, _, region) in MEMBER_STATES {
            *sizes.entry(region).or_default() += 1;
        }
        assert_eq!(sizes.len(), 5, "unexpected region in {sizes:?}");
        assert_eq!(sizes[AFRICAN], 54);
        // The UN's current count, with Kiribati (older sources say 53).
        assert_eq!(sizes[ASIA_PACIFIC], 54);
        assert_eq!(sizes[EASTERN_EUROPEAN], 23);
        assert_eq!(sizes[LATIN_AMERICAN_CARIBBEAN], 33);
        // 28 members plus the United States.
        assert_eq!(sizes[WESTERN_EUROPEAN_OTHERS], 29);
    }

    #[test]
    fn groups_that_are_easy_to_get_wrong() {
        let region = |code: &str| MEMBER_STATES.iter().find(|(c, _, _)| *c == code).map(|(_, _, r)| *r);
        assert_eq!(region("KIR"), Some(ASIA_PACIFIC));
        assert_eq!(region("CYP"), Some(ASIA_PACIFIC));
        assert_eq!(region("TUR"), Some(WESTERN_EUROPEAN_OTHERS));
        assert_eq!(region("ISR"), Some(WESTERN_EUROPEAN_OTHERS));
        assert_eq!(region("USA"), Some(WESTERN_EUROPEAN_OTHERS));
        assert_eq!(region("SSD"), Some(AFRICAN));
    }
}
