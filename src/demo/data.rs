//! The demo's people, programmes and nominations: invented, but shaped like a real call
//! (every region, the categories and rubric of the actual awards).

use super::{CategorySpec, CriterionSpec};
use crate::domain::nomination::QuestionKind;

pub(super) const FOCAL_POINTS: &[(&str, &str)] = &[
    ("KEN", "Wanjiru Kamau"),
    ("BRA", "Lucas Oliveira"),
    ("EST", "Kadri Tamm"),
    ("IND", "Priya Raman"),
    ("FRA", "Claire Martin"),
    ("MAR", "Youssef El Amrani"),
    ("KOR", "Ji-woo Park"),
    ("URY", "Sofía Pereira"),
];

pub(super) const REVIEWERS: &[(&str, &str)] = &[
    ("CAN", "Dr. Marie Tremblay"),
    ("GHA", "Prof. Kwame Mensah"),
    ("SGP", "Dr. Wei Ling Tan"),
    ("POL", "Dr. Anna Kowalska"),
    ("CHL", "Prof. Matías Rojas"),
    ("NZL", "Dr. Aroha Ngata"),
    ("EGY", "Dr. Nour Hassan"),
    ("IDN", "Dr. Budi Santoso"),
    ("ESP", "Prof. Lucía García"),
    ("JAM", "Dr. Andre Campbell"),
];

pub(super) const UNPSA_CATEGORIES: &[CategorySpec] = &[
    CategorySpec {
        key: "digital-transformation",
        name: "Promoting digital transformation in the public sector",
        max_per_state: 2,
        winners: 1,
        champions: 0,
        per_region: true,
    },
    CategorySpec {
        key: "inclusive-services",
        name: "Fostering innovation to deliver inclusive and equitable services",
        max_per_state: 2,
        winners: 1,
        champions: 0,
        per_region: true,
    },
    CategorySpec {
        key: "gender-responsive",
        name: "Promoting gender-responsive public services",
        max_per_state: 1,
        winners: 1,
        champions: 2,
        per_region: false,
    },
];

pub(super) const WSIS_CATEGORIES: &[CategorySpec] = &[
    CategorySpec {
        key: "c1-governance",
        name: "C1. The role of governments in the promotion of ICTs",
        max_per_state: 1,
        winners: 1,
        champions: 4,
        per_region: false,
    },
    CategorySpec {
        key: "c7-e-government",
        name: "C7. ICT applications: e-government",
        max_per_state: 1,
        winners: 1,
        champions: 4,
        per_region: false,
    },
    CategorySpec {
        key: "c7-e-health",
        name: "C7. ICT applications: e-health",
        max_per_state: 1,
        winners: 1,
        champions: 4,
        per_region: false,
    },
];

pub(super) const QUESTIONS: &[(&str, &str, QuestionKind, bool, Option<i32>)] = &[
    ("problem", "What problem did the initiative address?", QuestionKind::LongText, true, Some(3000)),
    ("solution", "How does the initiative solve it?", QuestionKind::LongText, true, Some(3000)),
    ("impact", "What changed, and how do you know?", QuestionKind::LongText, true, Some(3000)),
    ("website", "Website of the initiative", QuestionKind::Url, false, None),
    ("operational_since", "Operational since", QuestionKind::Date, true, None),
    ("beneficiaries", "People reached in the last year", QuestionKind::Number, false, None),
];

pub(super) const SCREENING_CHECKS: &[CriterionSpec] = &[
    CriterionSpec {
        key: "two-years",
        label: "Operational for at least two years",
        guidance: "Evidence of operation since at least two years before the deadline.",
        weight: 1.0,
        max: 1.0,
    },
    CriterionSpec {
        key: "public-institution",
        label: "Led by a public institution",
        guidance: "Private or multilateral initiatives are not eligible.",
        weight: 1.0,
        max: 1.0,
    },
    CriterionSpec {
        key: "complete",
        label: "All required documents supplied",
        guidance: "Endorsement letter and evidence of impact attached.",
        weight: 1.0,
        max: 1.0,
    },
];

pub(super) const RUBRIC: &[CriterionSpec] = &[
    CriterionSpec {
        key: "impact",
        label: "Impact",
        guidance: "Measured, attributable change in people's lives.",
        weight: 30.0,
        max: 10.0,
    },
    CriterionSpec {
        key: "innovation",
        label: "Innovation",
        guidance: "New to the country or the region, not only new technology.",
        weight: 25.0,
        max: 10.0,
    },
    CriterionSpec {
        key: "inclusion",
        label: "Leaving no one behind",
        guidance: "Reaches the poorest and most vulnerable, women and girls.",
        weight: 25.0,
        max: 10.0,
    },
    CriterionSpec {
        key: "transfer",
        label: "Transferability",
        guidance: "Could be adapted elsewhere; has been.",
        weight: 20.0,
        max: 10.0,
    },
];

/// (index into UNPSA_NOMINATIONS, reason recorded at screening)
pub(super) const INELIGIBLE: &[(usize, &str)] = &[
    (7, "Operational for less than two years at the deadline."),
    (19, "Led by a private company rather than a public institution."),
    (31, "The endorsement letter from the government was not supplied."),
];

/// (member state, category index, title, institution); every region is represented.
pub(super) const UNPSA_NOMINATIONS: &[(&str, usize, &str, &str)] = &[
    ("KEN", 0, "Huduma Centres: one-stop government services", "Ministry of Public Service"),
    ("RWA", 0, "Irembo e-citizen platform", "Rwanda Information Society Authority"),
    ("GHA", 1, "Ghana Card for financial inclusion", "National Identification Authority"),
    ("MAR", 2, "Women's cooperatives digital marketplace", "Ministry of Solidarity"),
    ("ZAF", 1, "Thusong community service centres", "Government Communication and Information System"),
    ("NGA", 0, "Integrated payroll and personnel information system", "Office of the Accountant-General"),
    ("SEN", 2, "Birth registration by mobile phone", "Ministry of Local Government"),
    ("ETH", 0, "Digital land registry pilot", "Ministry of Urban Development"),
    ("TUN", 1, "Open budget portal", "Ministry of Finance"),
    ("BWA", 1, "Mobile clinics scheduling service", "Ministry of Health"),
    ("IND", 0, "Unified payments for public services", "Ministry of Electronics and IT"),
    ("KOR", 0, "Government 24 integrated civil service portal", "Ministry of the Interior and Safety"),
    ("SGP", 1, "LifeSG: services around life moments", "GovTech Singapore"),
    ("BGD", 2, "Union digital centres run by women entrepreneurs", "a2i Programme"),
    ("PHL", 1, "Disaster cash transfers by text message", "Department of Social Welfare"),
    ("IDN", 0, "One data Indonesia", "Ministry of National Development Planning"),
    ("ARE", 0, "Zero bureaucracy programme", "Prime Minister's Office"),
    ("MNG", 1, "E-Mongolia mobile services", "Ministry of Digital Development"),
    ("NPL", 2, "Safe migration information desks for women", "Ministry of Labour"),
    ("JPN", 1, "My Number card health insurance link", "Digital Agency"),
    ("EST", 0, "Proactive family benefits", "Social Insurance Board"),
    ("POL", 0, "mObywatel digital identity app", "Ministry of Digital Affairs"),
    ("UKR", 0, "Diia: the state in a smartphone", "Ministry of Digital Transformation"),
    ("MDA", 1, "MCabinet: one access to personal data", "e-Government Agency"),
    ("GEO", 1, "Public Service Halls", "Public Service Development Agency"),
    ("SRB", 2, "Gender budgeting in municipalities", "Ministry of Finance"),
    ("LTU", 1, "Electronic prescriptions nationwide", "State Health Insurance Fund"),
    ("BRA", 0, "gov.br: one account for all federal services", "Ministry of Management and Innovation"),
    ("URY", 0, "Digital government for every citizen", "AGESIC"),
    ("MEX", 1, "Bank accounts for scholarship recipients", "Welfare Bank"),
    ("COL", 2, "Women's houses for justice", "Ministry of Justice"),
    ("CHL", 1, "ChileAtiende multichannel services", "Social Security Institute"),
    ("JAM", 0, "Online business registration in one day", "Companies Office of Jamaica"),
    ("CRI", 1, "Digital medical record for all", "Costa Rican Social Security Fund"),
    ("FRA", 0, "France Connect", "Interministerial Digital Directorate"),
    ("PRT", 1, "Citizen spots in rural post offices", "Agency for Administrative Modernisation"),
    ("NOR", 2, "Equal pay reporting made simple", "Equality and Anti-Discrimination Ombud"),
    ("CAN", 1, "Benefits finder for newcomers", "Employment and Social Development Canada"),
    ("NZL", 0, "SmartStart for new parents", "Department of Internal Affairs"),
    ("ESP", 2, "Gender violence victims' protection app", "Ministry of Equality"),
];

pub(super) const WSIS_DRAFTS: &[&str] = &[
    "County e-services interoperability",
    "Telehealth in the Amazon",
    "X-Road for cross-border data exchange",
    "Digital public goods for farmers",
];
