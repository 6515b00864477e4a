//! A cycle definition, as `laurel import FILE.toml` and `POST /api/v1/cycles` take it
//! (API.md, "The cycle definition"), and every rule it must meet. Validation names every
//! problem at once, with the path of the field, so a secretariat fixes a file in one go.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::nomination::LONGEST_TEXT_CHARS;
use crate::i18n::{Lang, say, say_with};

/// Words a person reads in a definition (a category's name, a question's label): one
/// string, in the cycle's default language, or a table by language,
/// `{ en = "Fostering innovation", fr = "Favoriser l'innovation" }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Label {
    One(String),
    ByLanguage(BTreeMap<Lang, String>),
}

impl Label {
    /// The words in `lang`; in `default` where this label lacks `lang`, so a page never
    /// shows a gap (validation keeps offered languages from lacking any).
    #[must_use]
    pub fn get(&self, lang: Lang, default: Lang) -> &str {
        match self {
            Label::One(text) => text,
            Label::ByLanguage(texts) => texts
                .get(&lang)
                .or_else(|| texts.get(&default))
                .or_else(|| texts.values().next())
                .map_or("", String::as_str),
        }
    }

    /// The languages of `offered` this label has no words in: a plain string speaks
    /// only the default language.
    fn missing(&self, offered: &[Lang], default: Lang) -> Vec<Lang> {
        offered
            .iter()
            .copied()
            .filter(|l| match self {
                Label::One(_) => *l != default,
                Label::ByLanguage(texts) => texts.get(l).is_none_or(|t| t.trim().is_empty()),
            })
            .collect()
    }

    fn is_blank(&self, default: Lang) -> bool {
        self.get(default, default).trim().is_empty()
    }
}

impl From<&str> for Label {
    fn from(text: &str) -> Self {
        Label::One(text.to_owned())
    }
}

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
    pub programme: Label,
    /// The language of labels given as plain strings, and of pages' fallback.
    #[serde(default = "english")]
    pub default_language: Lang,
    /// The languages the cycle's labels are written in; the default language alone
    /// when left out.
    #[serde(default)]
    pub languages: Vec<Lang>,
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

fn english() -> Lang {
    Lang::En
}

impl CycleDefinition {
    /// The languages its labels speak: those it names, always with its default.
    #[must_use]
    pub fn offered(&self) -> Vec<Lang> {
        let mut offered = vec![self.default_language];
        offered.extend(self.languages.iter().copied().filter(|l| *l != self.default_language));
        offered
    }

    /// A label in the default language: what the database's columns hold.
    #[must_use]
    pub fn plain<'a>(&self, label: &'a Label) -> &'a str {
        label.get(self.default_language, self.default_language)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CategoryDefinition {
    pub key: String,
    pub name: Label,
    #[serde(default)]
    pub description: Option<Label>,
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
    pub label: Label,
    #[serde(default)]
    pub help: Option<Label>,
    pub kind: String,
    #[serde(default)]
    pub required: bool,
    #[serde(default)]
    pub max_length: Option<i32>,
    /// An answer is stored as the choice's words in the default language.
    #[serde(default)]
    pub choices: Option<Vec<Label>>,
    #[serde(default)]
    pub public: bool,
    /// Answers that could name the nominating state (a website, a minister's name):
    /// withheld from jurors in blind stages.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub identifying: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StageDefinition {
    pub key: String,
    pub name: Label,
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
    pub label: Label,
    #[serde(default)]
    pub guidance: Option<Label>,
    #[serde(default = "one")]
    pub weight: f64,
    #[serde(default)]
    pub min: f64,
    #[serde(default = "one")]
    pub max: f64,
    /// What points on the scale mean, `[{ score = 1, label = "No evidence" }, …]`: what
    /// jurors read beside the score they give.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub levels: Vec<Level>,
}

/// One point on a criterion's scale, described.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Level {
    pub score: f64,
    pub label: Label,
}

fn one() -> f64 {
    1.0
}

const CYCLE_FIELDS: &[&str] = &[
    "programme",
    "default_language",
    "languages",
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
const QUESTION_FIELDS: &[&str] =
    &["key", "label", "help", "kind", "required", "max_length", "choices", "public", "identifying"];
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
const CRITERION_FIELDS: &[&str] = &["key", "label", "guidance", "weight", "min", "max", "levels"];
const LEVEL_FIELDS: &[&str] = &["score", "label"];

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
    let value: toml::Value = toml::from_str(text)
        .map_err(|e| vec![problem("", say_with("definition-toml", &[("error", e.to_string().into())]))])?;
    let json = serde_json::to_value(value).map_err(|e| vec![problem("", e.to_string())])?;
    parse(&json)
}

/// What may change in a cycle once nominations have opened: focal points have started
/// answering its questions in its categories, and jurors may be scoring its criteria.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Changeable {
    /// Labels and help text, and the deadline moved later: the cycle is open.
    LabelsAndDeadline,
    /// Labels and help text alone: nominations have closed.
    Labels,
}

/// The first part of `new` that differs from `old` where `allowed` does not permit a
/// change, as a definition path (`categories[0].max_per_state`); `None` when every
/// difference is a safe one. Labels may be reworded in every language but a choice's
/// words in the default language, which are what stored answers hold; a deadline may
/// only move later.
#[must_use]
pub fn unsafe_change(old: &CycleDefinition, new: &CycleDefinition, allowed: Changeable) -> Option<String> {
    if new.closes_at != old.closes_at && (allowed != Changeable::LabelsAndDeadline || new.closes_at < old.closes_at) {
        return Some("closes_at".into());
    }
    let (Ok(mut old_value), Ok(mut new_value)) = (serde_json::to_value(old), serde_json::to_value(new)) else {
        return Some(String::new());
    };
    for value in [&mut old_value, &mut new_value] {
        if let Some(object) = value.as_object_mut() {
            object.remove("closes_at");
        }
    }
    first_difference(&old_value, &new_value, "", old.default_language)
}

/// How a difference at a path may be treated once a cycle is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    /// Words people read: may be reworded in any language.
    Wording,
    /// A choice of a choice question: its default-language words are what answers
    /// store, so only its other languages may be reworded.
    Choice,
    /// Anything the engine relies on.
    Fixed,
}

/// What a definition path names: `categories[0].name.fr` is wording,
/// `questions[2].choices[1]` a choice, `categories[0].max_per_state` fixed.
fn part(path: &str) -> Part {
    const WORDING: &[&str] = &["programme", "name", "description", "label", "help", "guidance"];
    let fields: Vec<&str> = path.split('.').map(|s| s.split('[').next().unwrap_or_default()).collect();
    let last = path.rsplit('.').next().unwrap_or_default();
    let is_language = |s: &str| Lang::OFFERED.iter().any(|l| l.as_str() == s);
    match fields.as_slice() {
        [.., field] if WORDING.contains(field) => Part::Wording,
        [.., field, language] if WORDING.contains(field) && is_language(language) => Part::Wording,
        [.., "choices"] if last.ends_with(']') => Part::Choice,
        [.., "choices", language] if is_language(language) => Part::Choice,
        _ => Part::Fixed,
    }
}

fn first_difference(old: &Value, new: &Value, path: &str, default: Lang) -> Option<String> {
    if old == new {
        return None;
    }
    let at = |key: &str| if path.is_empty() { key.to_owned() } else { format!("{path}.{key}") };
    // The words a choice stores, whether written as one string or a table by language.
    let stored = |v: &Value| match v {
        Value::String(s) => Some(s.clone()),
        Value::Object(o) => o.get(default.as_str()).and_then(Value::as_str).map(str::to_owned),
        _ => None,
    };
    match (part(path), old, new) {
        (Part::Wording, _, _) => None,
        (Part::Choice, _, _) if path.ends_with(']') => (stored(old) != stored(new)).then(|| path.to_owned()),
        (Part::Choice, _, _) => path.ends_with(&format!(".{default}")).then(|| path.to_owned()),
        (Part::Fixed, Value::Object(a), Value::Object(b)) => {
            let keys: std::collections::BTreeSet<&String> = a.keys().chain(b.keys()).collect();
            keys.into_iter().find_map(|key| {
                let (x, y) = (a.get(key).unwrap_or(&Value::Null), b.get(key).unwrap_or(&Value::Null));
                first_difference(x, y, &at(key), default)
            })
        }
        (Part::Fixed, Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            a.iter().zip(b).enumerate().find_map(|(i, (x, y))| first_difference(x, y, &format!("{path}[{i}]"), default))
        }
        (Part::Fixed, _, _) => Some(path.to_owned()),
    }
}

/// The definition as TOML that [`parse_toml`] reads back to the same definition: what
/// a programme keeps under version control and imports elsewhere.
///
/// # Errors
/// When a value has no TOML form (none of a definition's does).
pub fn to_toml(d: &CycleDefinition) -> anyhow::Result<String> {
    Ok(toml::to_string_pretty(d)?)
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
            for (k, l) in c.get("levels").and_then(Value::as_array).into_iter().flatten().enumerate() {
                check_keys(l, &format!("{path}.criteria[{j}].levels[{k}]"), LEVEL_FIELDS, problems);
            }
        }
    }
}

fn check_keys(value: &Value, path: &str, known: &[&str], problems: &mut Vec<Problem>) {
    if let Some(object) = value.as_object() {
        for key in object.keys().filter(|k| !known.contains(&k.as_str())) {
            let at = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
            problems.push(problem(
                at,
                say_with(
                    "definition-unknown-field",
                    &[("field", key.as_str().into()), ("known", known.join(", ").into())],
                ),
            ));
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
    labels_complete(d, &mut p);
    if d.programme.is_blank(d.default_language) {
        p.push(problem("programme", say("definition-programme")));
    }
    if !(2000..=2100).contains(&d.year) {
        p.push(problem("year", say("definition-year")));
    }
    if d.time_zone.parse::<chrono_tz::Tz>().is_err() {
        let near = nearest_time_zones(&d.time_zone);
        let said = if near.is_empty() {
            say_with("definition-time-zone-unknown", &[("zone", d.time_zone.as_str().into())])
        } else {
            say_with(
                "definition-time-zone",
                &[("zone", d.time_zone.as_str().into()), ("suggestions", near.join(", ").into())],
            )
        };
        p.push(problem("time_zone", said));
    }
    if d.opens_at >= d.closes_at {
        p.push(problem("closes_at", say("definition-closes")));
    }
    if d.closes_at >= d.publish_at {
        p.push(problem("publish_at", say("definition-publish")));
    }
    if !(0..=20).contains(&d.max_attachments) {
        p.push(problem("max_attachments", say("definition-max-attachments")));
    }
    if d.min_attachments < 0 || d.min_attachments > d.max_attachments {
        p.push(problem("min_attachments", say("definition-min-attachments")));
    }
    if d.categories.is_empty() {
        p.push(problem("categories", say("definition-no-category")));
    }
    keys_unique(d.categories.iter().map(|c| c.key.as_str()), "categories", &mut p);
    for (i, c) in d.categories.iter().enumerate() {
        let at = |f: &str| format!("categories[{i}].{f}");
        key_rule(&c.key, &at("key"), &mut p);
        if c.name.is_blank(d.default_language) {
            p.push(problem(at("name"), say("definition-name")));
        }
        if c.max_per_state < 1 {
            p.push(problem(at("max_per_state"), say("refusal-at-least-one")));
        }
        if c.winners < 1 {
            p.push(problem(at("winners"), say("refusal-at-least-one")));
        }
        if c.champions < 0 {
            p.push(problem(at("champions"), say("definition-zero-or-more")));
        }
    }
    keys_unique(d.questions.iter().map(|q| q.key.as_str()), "questions", &mut p);
    for (i, q) in d.questions.iter().enumerate() {
        let at = |f: &str| format!("questions[{i}].{f}");
        key_rule(&q.key, &at("key"), &mut p);
        if q.label.is_blank(d.default_language) {
            p.push(problem(at("label"), say("definition-label")));
        }
        if !QUESTION_KINDS.contains(&q.kind.as_str()) {
            p.push(problem(
                at("kind"),
                say_with(
                    "definition-not-one-of",
                    &[("word", q.kind.as_str().into()), ("known", QUESTION_KINDS.join(", ").into())],
                ),
            ));
        }
        if q.max_length.is_some_and(|n| n < 1 || usize::try_from(n).is_ok_and(|n| n > LONGEST_TEXT_CHARS)) {
            p.push(problem(
                at("max_length"),
                say_with("definition-max-length", &[("most", LONGEST_TEXT_CHARS.into())]),
            ));
        }
        match (&q.kind[..], &q.choices) {
            ("choice", None) => p.push(problem(at("choices"), say("definition-choices-needed"))),
            ("choice", Some(c)) if c.len() < 2 => p.push(problem(at("choices"), say("definition-two-choices"))),
            ("choice", _) => {}
            (_, Some(_)) => p.push(problem(at("choices"), say("definition-choices-only"))),
            _ => {}
        }
    }
    if d.stages.is_empty() {
        p.push(problem("stages", say("definition-no-stage")));
    }
    keys_unique(d.stages.iter().map(|s| s.key.as_str()), "stages", &mut p);
    for (i, s) in d.stages.iter().enumerate() {
        validate_stage(d, i, s, &mut p);
    }
    if d.stages.last().is_some_and(|s| s.kind != "scoring" && s.kind != "public_vote") {
        p.push(problem(format!("stages[{}].kind", d.stages.len() - 1), say("definition-last-stage")));
    }
    p
}

fn validate_stage(d: &CycleDefinition, i: usize, s: &StageDefinition, p: &mut Vec<Problem>) {
    let at = |f: &str| format!("stages[{i}].{f}");
    key_rule(&s.key, &at("key"), p);
    if s.name.is_blank(d.default_language) {
        p.push(problem(at("name"), say("definition-name")));
    }
    if !STAGE_KINDS.contains(&s.kind.as_str()) {
        p.push(problem(
            at("kind"),
            say_with(
                "definition-not-one-of",
                &[("word", s.kind.as_str().into()), ("known", STAGE_KINDS.join(", ").into())],
            ),
        ));
    }
    if !AGGREGATIONS.contains(&s.aggregation.as_str()) {
        p.push(problem(
            at("aggregation"),
            say_with(
                "definition-not-one-of",
                &[("word", s.aggregation.as_str().into()), ("known", AGGREGATIONS.join(", ").into())],
            ),
        ));
    }
    if s.criteria.is_empty() {
        p.push(problem(at("criteria"), say("definition-no-criterion")));
    }
    if s.kind == "scoring" {
        match s.reviewers_per_nomination {
            Some(n) if (1..=20).contains(&n) => {}
            Some(_) => p.push(problem(at("reviewers_per_nomination"), say("definition-reviewers"))),
            None => p.push(problem(at("reviewers_per_nomination"), say("definition-reviewers-needed"))),
        }
    }
    if s.disagreement_threshold.is_some_and(|t| !(0.0..=100.0).contains(&t)) {
        p.push(problem(at("disagreement_threshold"), say("definition-spread")));
    }
    match s.advance {
        Advance::TopN { n } if n < 1 => p.push(problem(at("advance.n"), say("refusal-at-least-one"))),
        Advance::MinScore { score } if !(0.0..=100.0).contains(&score) => {
            p.push(problem(at("advance.score"), say("definition-score")));
        }
        _ => {}
    }
    if let Some(due) = s.due_at
        && due <= d.closes_at
    {
        p.push(problem(at("due_at"), say("definition-due")));
    }
    keys_unique(s.criteria.iter().map(|c| c.key.as_str()), &at("criteria"), p);
    for (j, c) in s.criteria.iter().enumerate() {
        let at = |f: &str| format!("stages[{i}].criteria[{j}].{f}");
        key_rule(&c.key, &at("key"), p);
        if c.label.is_blank(d.default_language) {
            p.push(problem(at("label"), say("definition-label")));
        }
        if !(c.weight > 0.0 && c.weight.is_finite()) {
            p.push(problem(at("weight"), say("definition-weight")));
        }
        if !(c.min < c.max && c.min.is_finite() && c.max.is_finite()) {
            p.push(problem(at("max"), say("definition-scale")));
        }
        let mut scores = Vec::new();
        for (k, l) in c.levels.iter().enumerate() {
            let at = |f: &str| format!("stages[{i}].criteria[{j}].levels[{k}].{f}");
            if !(c.min..=c.max).contains(&l.score) {
                let words = [("min", c.min.into()), ("max", c.max.into())];
                p.push(problem(at("score"), say_with("definition-level-score", &words)));
            } else if scores.contains(&l.score) {
                p.push(problem(at("score"), say("definition-level-repeated")));
            }
            scores.push(l.score);
            if l.label.is_blank(d.default_language) {
                p.push(problem(at("label"), say("definition-label")));
            }
        }
    }
}

/// Every label a person reads, with its path.
fn labels(d: &CycleDefinition) -> Vec<(String, &Label)> {
    let mut all = vec![("programme".to_owned(), &d.programme)];
    for (i, c) in d.categories.iter().enumerate() {
        all.push((format!("categories[{i}].name"), &c.name));
        all.extend(c.description.iter().map(|l| (format!("categories[{i}].description"), l)));
    }
    for (i, q) in d.questions.iter().enumerate() {
        all.push((format!("questions[{i}].label"), &q.label));
        all.extend(q.help.iter().map(|l| (format!("questions[{i}].help"), l)));
        for (j, c) in q.choices.iter().flatten().enumerate() {
            all.push((format!("questions[{i}].choices[{j}]"), c));
        }
    }
    for (i, s) in d.stages.iter().enumerate() {
        all.push((format!("stages[{i}].name"), &s.name));
        for (j, c) in s.criteria.iter().enumerate() {
            all.push((format!("stages[{i}].criteria[{j}].label"), &c.label));
            all.extend(c.guidance.iter().map(|l| (format!("stages[{i}].criteria[{j}].guidance"), l)));
            for (k, l) in c.levels.iter().enumerate() {
                all.push((format!("stages[{i}].criteria[{j}].levels[{k}].label"), &l.label));
            }
        }
    }
    all
}

/// Names every label that lacks one of the cycle's languages, at `path.lang`, so the
/// secretariat sees at once which words are still to translate.
fn labels_complete(d: &CycleDefinition, p: &mut Vec<Problem>) {
    let offered = d.offered();
    for (path, label) in labels(d) {
        for lang in label.missing(&offered, d.default_language) {
            let words = [("language", lang.native_name().into()), ("code", lang.as_str().into())];
            p.push(problem(format!("{path}.{lang}"), say_with("refusal-label-missing", &words)));
        }
    }
}

/// A cycle's labels by language, read back from its stored definition for pages that
/// show them in the reader's language.
#[derive(Debug, Clone, Default)]
pub struct Labels {
    default: Option<Lang>,
    programme: Option<Label>,
    categories: HashMap<String, (Label, Option<Label>)>,
    questions: HashMap<String, (Label, Option<Label>, Vec<Label>)>,
    stages: HashMap<String, Label>,
    criteria: HashMap<(String, String), (Label, Option<Label>)>,
    levels: HashMap<(String, String), Vec<Level>>,
    /// Questions whose answers blind stages withhold.
    identifying: HashSet<String>,
}

impl Labels {
    /// The labels of a stored definition; none (every page shows the stored words)
    /// when it cannot be read.
    #[must_use]
    pub fn of(stored: &Value) -> Self {
        let Ok(d) = CycleDefinition::deserialize(stored) else { return Self::default() };
        let identifying =
            d.questions.iter().filter(|q| q.identifying || q.kind == "url").map(|q| q.key.clone()).collect();
        Self {
            identifying,
            default: Some(d.default_language),
            programme: Some(d.programme),
            categories: d.categories.into_iter().map(|c| (c.key, (c.name, c.description))).collect(),
            questions: d
                .questions
                .into_iter()
                .map(|q| (q.key, (q.label, q.help, q.choices.unwrap_or_default())))
                .collect(),
            levels: d
                .stages
                .iter()
                .flat_map(|s| s.criteria.iter().map(|c| ((s.key.clone(), c.key.clone()), c.levels.clone())))
                .collect(),
            criteria: d
                .stages
                .iter()
                .flat_map(|s| {
                    s.criteria.iter().map(|c| ((s.key.clone(), c.key.clone()), (c.label.clone(), c.guidance.clone())))
                })
                .collect(),
            stages: d.stages.into_iter().map(|s| (s.key, s.name)).collect(),
        }
    }

    fn pick<'a>(&self, label: Option<&'a Label>, lang: Lang, stored: &'a str) -> &'a str {
        match (label, self.default) {
            (Some(label), Some(default)) => label.get(lang, default),
            _ => stored,
        }
    }

    /// The cycle's name, "UN Public Service Awards 2027", in `lang`.
    #[must_use]
    pub fn cycle_name(&self, lang: Lang, year: i32, stored: &str) -> String {
        match (&self.programme, self.default) {
            (Some(programme), Some(default)) => format!("{} {year}", programme.get(lang, default)),
            _ => stored.to_owned(),
        }
    }

    /// The programme's name in `lang`.
    #[must_use]
    pub fn programme<'a>(&'a self, lang: Lang, stored: &'a str) -> &'a str {
        self.pick(self.programme.as_ref(), lang, stored)
    }

    #[must_use]
    pub fn category<'a>(&'a self, key: &str, lang: Lang, stored: &'a str) -> &'a str {
        self.pick(self.categories.get(key).map(|c| &c.0), lang, stored)
    }

    #[must_use]
    pub fn category_description<'a>(&'a self, key: &str, lang: Lang, stored: &'a str) -> &'a str {
        self.pick(self.categories.get(key).and_then(|c| c.1.as_ref()), lang, stored)
    }

    #[must_use]
    pub fn question<'a>(&'a self, key: &str, lang: Lang, stored: &'a str) -> &'a str {
        self.pick(self.questions.get(key).map(|q| &q.0), lang, stored)
    }

    #[must_use]
    pub fn question_help<'a>(&'a self, key: &str, lang: Lang, stored: &'a str) -> &'a str {
        self.pick(self.questions.get(key).and_then(|q| q.1.as_ref()), lang, stored)
    }

    /// The words of a choice whose stored (default-language) words are `stored`.
    #[must_use]
    pub fn choice<'a>(&'a self, key: &str, lang: Lang, stored: &'a str) -> &'a str {
        let Some(default) = self.default else { return stored };
        let found = self.questions.get(key).and_then(|q| q.2.iter().find(|c| c.get(default, default) == stored));
        self.pick(found, lang, stored)
    }

    #[must_use]
    pub fn stage<'a>(&'a self, key: &str, lang: Lang, stored: &'a str) -> &'a str {
        self.pick(self.stages.get(key), lang, stored)
    }

    #[must_use]
    pub fn criterion<'a>(&'a self, stage: &str, key: &str, lang: Lang, stored: &'a str) -> &'a str {
        self.pick(self.criteria.get(&(stage.to_owned(), key.to_owned())).map(|c| &c.0), lang, stored)
    }

    /// The described points of a criterion's scale, `(score, words in lang)`, lowest first.
    #[must_use]
    pub fn levels(&self, stage: &str, key: &str, lang: Lang) -> Vec<(f64, String)> {
        let default = self.default.unwrap_or(lang);
        let mut levels: Vec<(f64, String)> = self
            .levels
            .get(&(stage.to_owned(), key.to_owned()))
            .into_iter()
            .flatten()
            .map(|l| (l.score, l.label.get(lang, default).to_owned()))
            .collect();
        levels.sort_by(|a, b| a.0.total_cmp(&b.0));
        levels
    }

    /// Whether a blind stage withholds the answers to `question`: those the definition
    /// marks identifying, and every web address (a ministry's site names its state).
    /// When the definition could not be read, every answer is withheld.
    #[must_use]
    pub fn withheld(&self, question: &str) -> bool {
        self.default.is_none() || self.identifying.contains(question)
    }

    #[must_use]
    pub fn criterion_guidance<'a>(&'a self, stage: &str, key: &str, lang: Lang, stored: &'a str) -> &'a str {
        let found = self.criteria.get(&(stage.to_owned(), key.to_owned())).and_then(|c| c.1.as_ref());
        self.pick(found, lang, stored)
    }
}

/// A name a definition gives in several languages, carried whole to where the language
/// is chosen later: an email rendered in each recipient's.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Named {
    by_language: BTreeMap<Lang, String>,
    otherwise: String,
}

impl Named {
    /// The words in `lang`, or as stored.
    #[must_use]
    pub fn read(&self, lang: impl std::borrow::Borrow<Lang>) -> &str {
        self.by_language.get(lang.borrow()).map_or(&self.otherwise, String::as_str)
    }
}

impl From<String> for Named {
    /// The same words in every language.
    fn from(otherwise: String) -> Self {
        Self { by_language: BTreeMap::new(), otherwise }
    }
}

impl From<&str> for Named {
    fn from(otherwise: &str) -> Self {
        Self::from(otherwise.to_owned())
    }
}

impl Labels {
    fn named(&self, stored: &str, read: impl Fn(Lang) -> String) -> Named {
        Named { by_language: Lang::ALL.iter().map(|&l| (l, read(l))).collect(), otherwise: stored.to_owned() }
    }

    /// The cycle's name in every language.
    #[must_use]
    pub fn cycle_names(&self, year: i32, stored: &str) -> Named {
        self.named(stored, |l| self.cycle_name(l, year, stored))
    }

    #[must_use]
    pub fn category_names(&self, key: &str, stored: &str) -> Named {
        self.named(stored, |l| self.category(key, l, stored).to_owned())
    }

    #[must_use]
    pub fn stage_names(&self, key: &str, stored: &str) -> Named {
        self.named(stored, |l| self.stage(key, l, stored).to_owned())
    }
}

fn key_rule(key: &str, path: &str, p: &mut Vec<Problem>) {
    if !is_key(key) {
        p.push(problem(path, say_with("definition-key", &[("key", key.into())])));
    }
}

fn keys_unique<'a>(keys: impl Iterator<Item = &'a str>, path: &str, p: &mut Vec<Problem>) {
    let mut seen = HashSet::new();
    for key in keys {
        if !seen.insert(key) {
            p.push(problem(path, say_with("definition-key-twice", &[("key", key.into())])));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = include_str!("../../examples/unpsa-2027.toml");

    #[test]
    fn an_open_cycle_takes_new_wording_and_a_later_deadline_and_nothing_else() {
        let old = parse_toml(EXAMPLE).unwrap();
        let open = Changeable::LabelsAndDeadline;
        let mut new = old.clone();
        new.closes_at += chrono::Duration::days(7);
        new.categories[0].name = Label::One("Delivering services inclusively".into());
        new.questions[0].help = Some(Label::One("As the ministry names it.".into()));
        new.stages[1].criteria[0].guidance = Some(Label::One("Evidence of change.".into()));
        assert_eq!(unsafe_change(&old, &new, open), None);
        assert_eq!(
            unsafe_change(&old, &new, Changeable::Labels).as_deref(),
            Some("closes_at"),
            "closed: no later deadline"
        );

        let mut earlier = old.clone();
        earlier.closes_at -= chrono::Duration::days(1);
        assert_eq!(unsafe_change(&old, &earlier, open).as_deref(), Some("closes_at"));

        let mut quota = old.clone();
        quota.categories[0].max_per_state += 1;
        assert_eq!(unsafe_change(&old, &quota, open).as_deref(), Some("categories[0].max_per_state"));
        let mut fewer = old.clone();
        fewer.questions.pop();
        assert_eq!(unsafe_change(&old, &fewer, open).as_deref(), Some("questions"));
        let mut weight = old.clone();
        weight.stages[1].criteria[0].weight = 1.0;
        assert_eq!(unsafe_change(&old, &weight, open).as_deref(), Some("stages[1].criteria[0].weight"));

        // A choice's words in the default language are what answers store.
        let with_choice = old.questions.iter().position(|q| q.choices.is_some()).unwrap();
        let mut reworded = old.clone();
        reworded.questions[with_choice].choices.as_mut().unwrap()[0] = Label::One("Something else".into());
        let path = format!("questions[{with_choice}].choices[0]");
        assert_eq!(unsafe_change(&old, &reworded, open), Some(path));
        let mut translated = old.clone();
        let first = translated.questions[with_choice].choices.as_mut().unwrap();
        let words = first[0].get(Lang::En, Lang::En).to_owned();
        first[0] = Label::ByLanguage([(Lang::En, words), (Lang::Fr, "Autre".to_owned())].into_iter().collect());
        assert_eq!(unsafe_change(&old, &translated, open), None, "a translation added to a choice");
    }

    #[test]
    fn a_criterions_levels_lie_on_its_scale_once_each_and_say_something() {
        let mut d = parse_toml(EXAMPLE).unwrap();
        // Untranslated words would be problems of their own.
        d.languages.clear();
        let c = &mut d.stages[1].criteria[0];
        let (min, max) = (c.min, c.max);
        c.levels = vec![
            Level { score: min, label: "No evidence".into() },
            Level { score: max, label: "Transformative, with evidence".into() },
        ];
        assert_eq!(validate(&d), Vec::new());
        let back = parse_toml(&to_toml(&d).unwrap()).unwrap();
        assert_eq!(back, d, "levels survive the TOML round trip");

        d.stages[1].criteria[0].levels.push(Level { score: max + 1.0, label: "Beyond".into() });
        d.stages[1].criteria[0].levels.push(Level { score: min, label: "".into() });
        let paths: Vec<String> = validate(&d).into_iter().map(|p| p.path).collect();
        for expected in [
            "stages[1].criteria[0].levels[2].score",
            "stages[1].criteria[0].levels[3].score",
            "stages[1].criteria[0].levels[3].label",
        ] {
            assert!(paths.iter().any(|p| p == expected), "{expected} in {paths:?}");
        }
    }

    #[test]
    fn the_shipped_example_is_valid() {
        let d = parse_toml(EXAMPLE).unwrap();
        assert_eq!(d.plain(&d.programme), "UN Public Service Awards");
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
    fn the_example_speaks_six_languages_and_pages_read_it_in_theirs() {
        let d = parse_toml(EXAMPLE).unwrap();
        assert_eq!(d.offered().len(), 6);
        let labels = Labels::of(&serde_json::to_value(&d).unwrap());
        let stored = "Promoting digital transformation in the public sector";
        assert_eq!(labels.category("digital-transformation", Lang::En, stored), stored);
        let french = labels.category("digital-transformation", Lang::Fr, stored);
        assert!(french.starts_with("Promouvoir"), "{french}");
        assert!(labels.cycle_name(Lang::Zh, 2027, "x").ends_with(" 2027"));
        assert_ne!(
            labels.choice("sdgs", Lang::Ru, "SDG 16: Peace, justice and strong institutions"),
            "SDG 16: Peace, justice and strong institutions"
        );
        // What the definition does not know, the page shows as stored.
        assert_eq!(labels.category("no-such-category", Lang::Fr, "as stored"), "as stored");
        assert_eq!(Labels::of(&serde_json::json!({})).category("x", Lang::Ar, "as stored"), "as stored");
    }

    #[test]
    fn every_label_missing_in_an_offered_language_is_named_by_its_path() {
        let mut d = parse_toml(EXAMPLE).unwrap();
        d.categories[1].name = Label::One("Fostering innovation".into());
        if let Label::ByLanguage(texts) = &mut d.stages[1].criteria[0].label {
            texts.remove(&Lang::Ar);
        }
        let problems = validate(&d);
        let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
        // A plain string is the default language's words only.
        for lang in ["ar", "zh", "fr", "ru", "es"] {
            assert!(paths.contains(&format!("categories[1].name.{lang}").as_str()), "{paths:?}");
        }
        assert!(paths.contains(&"stages[1].criteria[0].label.ar"), "{paths:?}");
        assert!(!paths.contains(&"categories[1].name.en"), "{paths:?}");
        // A single-language cycle needs no tables at all.
        let mut english = parse_toml(EXAMPLE).unwrap();
        english.languages = vec![Lang::En];
        english.categories[1].name = Label::One("Fostering innovation".into());
        let problems = validate(&english);
        assert!(problems.is_empty(), "words beyond the cycle's languages are kept, unused: {problems:?}");
        // A language Laurel does not speak is refused where it is written.
        let unknown = EXAMPLE.replace("programme.ar =", "programme.xx =");
        let problems = parse_toml(&unknown).unwrap_err();
        assert!(problems.iter().any(|p| p.path.starts_with("programme")), "{problems:?}");
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
