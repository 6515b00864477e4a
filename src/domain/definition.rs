//! A cycle definition, as `laurel import FILE.toml` and `POST /api/v1/cycles` take it
//! (API.md, "The cycle definition"), and every rule it must meet. Validation names every
//! problem at once, with the path of the field, so a secretariat fixes a file in one go.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::nomination::LONGEST_TEXT_CHARS;

/// A problem with one field of a definition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where, e.g. `stages[1].criteria[0].weight`.
    pub path: String,
    pub message: String,
}

fn problem(path: impl Into<String>, message: impl Into<String>) -> Problem {
    Problem { path: path.into(), message: message.into() }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CycleDefinition {
    pub programme: String,
    pub year: i32,
    pub time_zone: String,
    pub opens_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
    pub publish_at: DateTime<Utc>,
    #[serde(default = "five")]
    pub max_attachments: i32,
    /// Supporting documents a nomination must carry to be submitted.
    #[serde(default)]
    pub min_attachments: i32,
    #[serde(default)]
    pub categories: Vec<CategoryDefinition>,
    #[serde(default)]
    pub questions: Vec<QuestionDefinition>,
    #[serde(default)]
    pub stages: Vec<StageDefinition>,
}

fn five() -> i32 {
    5
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CategoryDefinition {
    pub key: String,
    pub name: String,
    #[serde(default)]
    pub description: Option<String>,
    pub max_per_state: i32,
    pub winners: i32,
    #[serde(default)]
    pub champions: i32,
    #[serde(default)]
    pub per_region: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuestionDefinition {
    pub key: String,
    pub label: String,
    #[serde(default)]
    pub help: Option<String>,
    pub kind: String,
    #[serde(default)]
    pub required: bool,
    #[serde(default)]
    pub max_length: Option<i32>,
    #[serde(default)]
    pub choices: Option<Vec<String>>,
    #[serde(default)]
    pub public: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StageDefinition {
    pub key: String,
    pub name: String,
    pub kind: String,
    #[serde(default)]
    pub reviewers_per_nomination: Option<i32>,
    #[serde(default)]
    pub blind: bool,
    #[serde(default = "mean")]
    pub aggregation: String,
    #[serde(default)]
    pub disagreement_threshold: Option<f64>,
    pub advance: Advance,
    #[serde(default)]
    pub due_at: Option<DateTime<Utc>>,
    #[serde(default)]
    pub criteria: Vec<CriterionDefinition>,
}

fn mean() -> String {
    "mean".into()
}

/// How a stage decides who goes on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum Advance {
    TopN { n: i32 },
    MinScore { score: f64 },
    Manual,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CriterionDefinition {
    pub key: String,
    pub label: String,
    #[serde(default)]
    pub guidance: Option<String>,
    #[serde(default = "one")]
    pub weight: f64,
    #[serde(default)]
    pub min: f64,
    #[serde(default = "one")]
    pub max: f64,
}

fn one() -> f64 {
    1.0
}

const CYCLE_FIELDS: &[&str] = &[
    "programme",
    "year",
    "time_zone",
    "opens_at",
    "closes_at",
    "publish_at",
    "max_attachments",
    "min_attachments",
    "categories",
    "questions",
    "stages",
];
const CATEGORY_FIELDS: &[&str] = &["key", "name", "description", "max_per_state", "winners", "champions", "per_region"];
const QUESTION_FIELDS: &[&str] = &["key", "label", "help", "kind", "required", "max_length", "choices", "public"];
const STAGE_FIELDS: &[&str] = &[
    "key",
    "name",
    "kind",
    "reviewers_per_nomination",
    "blind",
    "aggregation",
    "disagreement_threshold",
    "advance",
    "due_at",
    "criteria",
];
const ADVANCE_FIELDS: &[&str] = &["rule", "n", "score"];
const CRITERION_FIELDS: &[&str] = &["key", "label", "guidance", "weight", "min", "max"];

pub const QUESTION_KINDS: &[&str] = &["text", "long_text", "number", "url", "date", "choice"];
pub const STAGE_KINDS: &[&str] = &["screening", "scoring", "public_vote"];
pub const AGGREGATIONS: &[&str] = &["mean", "zscore", "trimmed_mean"];

/// Parses a definition from JSON (TOML is converted to JSON first), naming every
/// unknown field and every rule broken.
///
/// # Errors
/// Every problem found, each with its path.
pub fn parse(value: &Value) -> Result<CycleDefinition, Vec<Problem>> {
    let mut problems = Vec::new();
    unknown_fields(value, &mut problems);
    let parsed: Result<CycleDefinition, _> = serde_path_to_error::deserialize(value);
    let definition = match parsed {
        Ok(d) => Some(d),
        Err(e) => {
            let path = e.path().to_string();
            problems.push(problem(if path == "." { String::new() } else { path }, e.into_inner().to_string()));
            None
        }
    };
    if let Some(d) = &definition {
        problems.extend(validate(d));
    }
    match definition {
        Some(d) if problems.is_empty() => Ok(d),
        _ => Err(problems),
    }
}

/// Parses the TOML form of a definition.
///
/// # Errors
/// A syntax error (with its line), or every problem `parse` finds.
pub fn parse_toml(text: &str) -> Result<CycleDefinition, Vec<Problem>> {
    let value: toml::Value = toml::from_str(text).map_err(|e| vec![problem("", format!("not valid TOML: {e}"))])?;
    let json = serde_json::to_value(value).map_err(|e| vec![problem("", e.to_string())])?;
    parse(&json)
}

fn unknown_fields(value: &Value, problems: &mut Vec<Problem>) {
    check_keys(value, "", CYCLE_FIELDS, problems);
    let list = |name: &str| value.get(name).and_then(Value::as_array).cloned().unwrap_or_default();
    for (i, c) in list("categories").iter().enumerate() {
        check_keys(c, &format!("categories[{i}]"), CATEGORY_FIELDS, problems);
    }
    for (i, q) in list("questions").iter().enumerate() {
        check_keys(q, &format!("questions[{i}]"), QUESTION_FIELDS, problems);
    }
    for (i, s) in list("stages").iter().enumerate() {
        let path = format!("stages[{i}]");
        check_keys(s, &path, STAGE_FIELDS, problems);
        if let Some(advance) = s.get("advance") {
            check_keys(advance, &format!("{path}.advance"), ADVANCE_FIELDS, problems);
        }
        for (j, c) in s.get("criteria").and_then(Value::as_array).into_iter().flatten().enumerate() {
            check_keys(c, &format!("{path}.criteria[{j}]"), CRITERION_FIELDS, problems);
        }
    }
}

fn check_keys(value: &Value, path: &str, known: &[&str], problems: &mut Vec<Problem>) {
    if let Some(object) = value.as_object() {
        for key in object.keys().filter(|k| !known.contains(&k.as_str())) {
            let at = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
            problems.push(problem(at, format!("unknown field '{key}'; expected one of: {}", known.join(", "))));
        }
    }
}

fn is_key(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
        && s.starts_with(|c: char| c.is_ascii_lowercase())
}

/// Every rule a well-formed definition breaks.
pub fn validate(d: &CycleDefinition) -> Vec<Problem> {
    let mut p = Vec::new();
    if d.programme.trim().is_empty() {
        p.push(problem("programme", "name the programme, e.g. \"UN Public Service Awards\""));
    }
    if !(2000..=2100).contains(&d.year) {
        p.push(problem("year", "a year between 2000 and 2100"));
    }
    if d.time_zone.parse::<chrono_tz::Tz>().is_err() {
        p.push(problem("time_zone", format!("'{}' is not an IANA time zone such as Europe/Geneva", d.time_zone)));
    }
    if d.opens_at >= d.closes_at {
        p.push(problem("closes_at", "nominations must close after they open"));
    }
    if d.closes_at >= d.publish_at {
        p.push(problem("publish_at", "results must be published after nominations close"));
    }
    if !(0..=20).contains(&d.max_attachments) {
        p.push(problem("max_attachments", "between 0 and 20"));
    }
    if d.min_attachments < 0 || d.min_attachments > d.max_attachments {
        p.push(problem("min_attachments", "between 0 and max_attachments"));
    }
    if d.categories.is_empty() {
        p.push(problem("categories", "a cycle needs at least one category"));
    }
    keys_unique(d.categories.iter().map(|c| c.key.as_str()), "categories", &mut p);
    for (i, c) in d.categories.iter().enumerate() {
        let at = |f: &str| format!("categories[{i}].{f}");
        key_rule(&c.key, &at("key"), &mut p);
        if c.name.trim().is_empty() {
            p.push(problem(at("name"), "a name is required"));
        }
        if c.max_per_state < 1 {
            p.push(problem(at("max_per_state"), "at least 1"));
        }
        if c.winners < 1 {
            p.push(problem(at("winners"), "at least 1"));
        }
        if c.champions < 0 {
            p.push(problem(at("champions"), "0 or more"));
        }
    }
    keys_unique(d.questions.iter().map(|q| q.key.as_str()), "questions", &mut p);
    for (i, q) in d.questions.iter().enumerate() {
        let at = |f: &str| format!("questions[{i}].{f}");
        key_rule(&q.key, &at("key"), &mut p);
        if q.label.trim().is_empty() {
            p.push(problem(at("label"), "a label is required"));
        }
        if !QUESTION_KINDS.contains(&q.kind.as_str()) {
            p.push(problem(at("kind"), format!("'{}' is not one of {}", q.kind, QUESTION_KINDS.join(", "))));
        }
        if q.max_length.is_some_and(|n| n < 1 || usize::try_from(n).is_ok_and(|n| n > LONGEST_TEXT_CHARS)) {
            p.push(problem(at("max_length"), format!("from 1 to {LONGEST_TEXT_CHARS} characters")));
        }
        match (&q.kind[..], &q.choices) {
            ("choice", None) => p.push(problem(at("choices"), "a choice question lists its choices")),
            ("choice", Some(c)) if c.len() < 2 => p.push(problem(at("choices"), "at least two choices")),
            ("choice", _) => {}
            (_, Some(_)) => p.push(problem(at("choices"), "only a question of kind \"choice\" has choices")),
            _ => {}
        }
    }
    if d.stages.is_empty() {
        p.push(problem("stages", "a cycle needs at least one review stage"));
    }
    keys_unique(d.stages.iter().map(|s| s.key.as_str()), "stages", &mut p);
    for (i, s) in d.stages.iter().enumerate() {
        validate_stage(d, i, s, &mut p);
    }
    if d.stages.last().is_some_and(|s| s.kind != "scoring" && s.kind != "public_vote") {
        p.push(problem(
            format!("stages[{}].kind", d.stages.len() - 1),
            "the last stage ranks the nominations to decide the winners, so it must be a scoring stage",
        ));
    }
    p
}

fn validate_stage(d: &CycleDefinition, i: usize, s: &StageDefinition, p: &mut Vec<Problem>) {
    let at = |f: &str| format!("stages[{i}].{f}");
    key_rule(&s.key, &at("key"), p);
    if s.name.trim().is_empty() {
        p.push(problem(at("name"), "a name is required"));
    }
    if !STAGE_KINDS.contains(&s.kind.as_str()) {
        p.push(problem(at("kind"), format!("'{}' is not one of {}", s.kind, STAGE_KINDS.join(", "))));
    }
    if !AGGREGATIONS.contains(&s.aggregation.as_str()) {
        p.push(problem(at("aggregation"), format!("'{}' is not one of {}", s.aggregation, AGGREGATIONS.join(", "))));
    }
    if s.criteria.is_empty() {
        p.push(problem(at("criteria"), "a stage needs at least one criterion"));
    }
    if s.kind == "scoring" {
        match s.reviewers_per_nomination {
            Some(n) if (1..=20).contains(&n) => {}
            Some(_) => p.push(problem(at("reviewers_per_nomination"), "between 1 and 20")),
            None => p.push(problem(
                at("reviewers_per_nomination"),
                "a scoring stage says how many reviewers score each nomination",
            )),
        }
    }
    if s.disagreement_threshold.is_some_and(|t| !(0.0..=100.0).contains(&t)) {
        p.push(problem(at("disagreement_threshold"), "a spread between 0 and 100"));
    }
    match s.advance {
        Advance::TopN { n } if n < 1 => p.push(problem(at("advance.n"), "at least 1")),
        Advance::MinScore { score } if !(0.0..=100.0).contains(&score) => {
            p.push(problem(at("advance.score"), "a score between 0 and 100"));
        }
        _ => {}
    }
    if let Some(due) = s.due_at
        && due <= d.closes_at
    {
        p.push(problem(at("due_at"), "reviews fall due after nominations close"));
    }
    keys_unique(s.criteria.iter().map(|c| c.key.as_str()), &at("criteria"), p);
    for (j, c) in s.criteria.iter().enumerate() {
        let at = |f: &str| format!("stages[{i}].criteria[{j}].{f}");
        key_rule(&c.key, &at("key"), p);
        if c.label.trim().is_empty() {
            p.push(problem(at("label"), "a label is required"));
        }
        if !(c.weight > 0.0 && c.weight.is_finite()) {
            p.push(problem(at("weight"), "a weight must be positive"));
        }
        if !(c.min < c.max && c.min.is_finite() && c.max.is_finite()) {
            p.push(problem(at("max"), "the scale's max must be above its min"));
        }
    }
}

fn key_rule(key: &str, path: &str, p: &mut Vec<Problem>) {
    if !is_key(key) {
        p.push(problem(
            path,
            format!("'{key}' is not a key: lower-case letters, digits, '-' and '_', starting with a letter"),
        ));
    }
}

fn keys_unique<'a>(keys: impl Iterator<Item = &'a str>, path: &str, p: &mut Vec<Problem>) {
    let mut seen = HashSet::new();
    for key in keys {
        if !seen.insert(key) {
            p.push(problem(path, format!("the key '{key}' is used twice")));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = include_str!("../../examples/unpsa-2027.toml");

    #[test]
    fn the_shipped_example_is_valid() {
        let d = parse_toml(EXAMPLE).unwrap();
        assert_eq!(d.programme, "UN Public Service Awards");
        assert_eq!(d.stages.len(), 3);
    }

    #[test]
    fn a_broken_copy_is_refused_with_every_problem_listed() {
        let broken = EXAMPLE
            .replace("closes_at  = \"2027-01-31T23:59:59Z\"", "closes_at  = \"2026-10-01T00:00:00Z\"")
            .replace("weight = 30", "weight = -30")
            .replace("max_per_state = 2", "max_per_state = 2\nmax_per_sate = 3")
            .replace("key = \"innovation\"", "key = \"impact\"");
        let problems = parse_toml(&broken).unwrap_err();
        let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
        for expected in
            ["categories[0].max_per_sate", "closes_at", "stages[1].criteria[0].weight", "stages[1].criteria"]
        {
            assert!(paths.contains(&expected), "{expected} missing from {problems:?}");
        }
    }

    #[test]
    fn a_stage_with_no_criteria_and_a_screening_last_stage_are_refused() {
        let mut d = parse_toml(EXAMPLE).unwrap();
        d.stages[2].criteria.clear();
        d.stages.swap(0, 2);
        let problems = validate(&d);
        assert!(problems.iter().any(|p| p.path == "stages[0].criteria"), "{problems:?}");
        assert!(problems.iter().any(|p| p.path == "stages[2].kind"), "{problems:?}");
    }
}
