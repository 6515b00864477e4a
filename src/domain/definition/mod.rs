//! A cycle definition, as `laurel import FILE.toml` and `POST /api/v1/cycles` take it
//! (API.md, "The cycle definition"), and every rule it must meet. Validation names every
//! problem at once, with the path of the field, so a secretariat fixes a file in one go.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::nomination::LONGEST_TEXT_CHARS;
use crate::i18n::{Lang, say, say_with};

mod labels;
mod validate;
mod zones;

pub use labels::{Labels, Named};
pub use validate::validate;
pub use zones::nearest_time_zones;

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
    /// A public vote's window: votes are taken from `opens_at` until `closes_at`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opens_at: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closes_at: Option<DateTime<Utc>>,
    /// A public vote counts a voter's ballot only if it has a vote in every category.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub complete_ballot_only: bool,
    /// A public vote's counts are shown on the public pages once it has closed; by
    /// default only who went on is.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub show_counts: bool,
}

impl StageDefinition {
    #[must_use]
    pub fn is_public_vote(&self) -> bool {
        self.kind == super::stage::StageKind::PublicVote.as_str()
    }
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
    "opens_at",
    "closes_at",
    "complete_ballot_only",
    "show_counts",
];
const ADVANCE_FIELDS: &[&str] = &["rule", "n", "score"];
const CRITERION_FIELDS: &[&str] = &["key", "label", "guidance", "weight", "min", "max", "levels"];
const LEVEL_FIELDS: &[&str] = &["score", "label"];

/// The words a definition may use for each kind, as the stored enums spell them.
pub const QUESTION_KINDS: &[&str] = super::nomination::QuestionKind::WORDS;
pub const STAGE_KINDS: &[&str] = super::stage::StageKind::WORDS;
pub const AGGREGATIONS: &[&str] = super::review::aggregate::Method::WORDS;
pub const RULES: &[&str] = super::stage::RuleKind::WORDS;

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

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = include_str!("../../../examples/unpsa-2027.toml");

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
