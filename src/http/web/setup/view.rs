//! The set-up form's fields, built from a definition as typed (valid or not) with each
//! problem placed beside the field it names.

use serde_json::Value;

use super::form::{id, local};
use crate::domain::definition::{AGGREGATIONS, Problem, QUESTION_KINDS, RULES, STAGE_KINDS};
use crate::i18n::Lang;

/// How much the form may change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// A draft: everything.
    Everything,
    /// Open for nominations: words, and a later deadline.
    WordsAndDeadline,
    /// Closed: words alone.
    Words,
}

/// One input: its name (the definition path), element id, value as shown, problem.
pub struct Input {
    pub path: String,
    pub id: String,
    pub value: String,
    pub error: Option<String>,
    /// Shown, not sent: the cycle's phase fixes it.
    pub fixed: bool,
    /// The first field of an item just added: the page opens there.
    pub focus: bool,
}

impl Input {
    pub fn ticked(&self) -> bool {
        self.value == "true"
    }
}

/// Words in each of the cycle's languages.
pub struct Words {
    pub path: String,
    pub id: String,
    /// A problem with the words as a whole ("a label is required").
    pub error: Option<String>,
    pub by_language: Vec<(Lang, Input)>,
}

impl Words {
    /// The words in the first language that has any, for naming an item.
    pub fn first(&self) -> &str {
        self.by_language.iter().map(|(_, i)| i.value.as_str()).find(|v| !v.is_empty()).unwrap_or_default()
    }
}

pub struct Category {
    pub at: String,
    pub id: String,
    pub n: usize,
    pub key: Input,
    pub name: Words,
    pub description: Words,
    pub max_per_state: Input,
    pub winners: Input,
    pub champions: Input,
    pub per_region: Input,
}

pub struct Question {
    pub at: String,
    pub id: String,
    pub n: usize,
    pub key: Input,
    pub label: Words,
    pub help: Words,
    pub kind: Input,
    pub required: Input,
    pub public: Input,
    pub identifying: Input,
    pub max_length: Input,
    pub choices: Vec<Words>,
    pub choices_path: String,
    pub choices_id: String,
    pub choices_error: Option<String>,
}

pub struct Stage {
    pub at: String,
    pub id: String,
    pub n: usize,
    pub key: Input,
    pub name: Words,
    pub kind: Input,
    pub reviewers: Input,
    pub blind: Input,
    pub aggregation: Input,
    pub spread: Input,
    pub rule: Input,
    pub top: Input,
    pub score: Input,
    pub due_at: Input,
    pub criteria: Vec<Criterion>,
    pub criteria_path: String,
    pub criteria_id: String,
    pub criteria_error: Option<String>,
}

pub struct Criterion {
    pub at: String,
    pub id: String,
    pub n: usize,
    pub key: Input,
    pub label: Words,
    pub guidance: Words,
    pub weight: Input,
    pub min: Input,
    pub max: Input,
    pub levels: Vec<Level>,
    pub levels_path: String,
}

pub struct Level {
    pub at: String,
    pub id: String,
    pub n: usize,
    pub score: Input,
    pub label: Words,
}

/// The whole form.
pub struct Editor {
    /// Whether items may be added, removed and moved.
    pub lists: bool,
    pub offered: Vec<Lang>,
    pub default_language: Input,
    pub languages: Vec<(Lang, bool)>,
    pub programme: Words,
    pub year: Input,
    pub time_zone: Input,
    pub opens_at: Input,
    pub closes_at: Input,
    pub publish_at: Input,
    pub max_attachments: Input,
    pub min_attachments: Input,
    pub categories: Vec<Category>,
    pub questions: Vec<Question>,
    pub stages: Vec<Stage>,
    pub list_errors: Vec<(&'static str, Option<String>)>,
    /// Each select's choices, as `(value, words in the reader's language)`.
    pub kind_options: Vec<(String, String)>,
    pub stage_kind_options: Vec<(String, String)>,
    pub aggregation_options: Vec<(String, String)>,
    pub rule_options: Vec<(String, String)>,
    pub language_options: Vec<(String, String)>,
}

/// The words for each of `values`, from the catalogue message `id` selecting on `$name`.
fn options(lang: Lang, values: &[&str], id: &str, name: &'static str) -> Vec<(String, String)> {
    values.iter().map(|v| ((*v).to_owned(), lang.t_with(id, &[(name, (*v).into())]))).collect()
}

impl Editor {
    /// The list-wide problem of `list` (`categories`: "the key … is used twice").
    pub fn list_error(&self, list: &str) -> Option<&str> {
        self.list_errors.iter().find(|(l, _)| *l == list).and_then(|(_, e)| e.as_deref())
    }
}

/// A problem as the summary at the top lists it: where to go, and what is wrong.
pub struct Shown {
    pub href: String,
    pub path: String,
    pub message: String,
}

/// Builds the form, marking each field that may not change in `scope`.
struct Build<'a> {
    problems: &'a [Problem],
    offered: Vec<Lang>,
    time_zone: String,
    scope: Scope,
    focus: Option<&'a str>,
    /// Paths rendered, with their ids, for the summary's links.
    placed: std::cell::RefCell<Vec<(String, String)>>,
}

fn text(v: Option<&Value>) -> String {
    match v {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => {
            let f = n.as_f64().unwrap_or_default();
            if f.fract() == 0.0 && f.abs() < 1e15 { format!("{f:.0}") } else { n.to_string() }
        }
        Some(Value::Bool(b)) => b.to_string(),
        _ => String::new(),
    }
}

impl Build<'_> {
    fn error(&self, path: &str) -> Option<String> {
        let found: Vec<&str> = self.problems.iter().filter(|p| p.path == path).map(|p| p.message.as_str()).collect();
        (!found.is_empty()).then(|| found.join("; "))
    }

    fn place(&self, path: &str) -> String {
        let id = id(path);
        self.placed.borrow_mut().push((path.to_owned(), id.clone()));
        id
    }

    /// A field the phase fixes unless it is words (or the deadline while open).
    fn fixed(&self, words: bool) -> bool {
        self.scope != Scope::Everything && !words
    }

    fn input(&self, object: &Value, at: &str, field: &str) -> Input {
        let path = if at.is_empty() { field.to_owned() } else { format!("{at}.{field}") };
        let raw = object.get(field);
        let value = if ["opens_at", "closes_at", "publish_at", "due_at"].contains(&field) {
            raw.map(|v| local(v, &self.time_zone)).unwrap_or_default()
        } else {
            text(raw)
        };
        let fixed = if path == "closes_at" { self.scope == Scope::Words } else { self.fixed(false) };
        Input {
            id: self.place(&path),
            error: self.error(&path),
            focus: self.focus == Some(path.as_str()),
            value,
            path,
            fixed,
        }
    }

    fn words(&self, object: &Value, at: &str, field: &str) -> Words {
        let path = if at.is_empty() { field.to_owned() } else { format!("{at}.{field}") };
        self.words_at(object.get(field), path, false)
    }

    fn words_at(&self, value: Option<&Value>, path: String, fixed: bool) -> Words {
        let by_language = self
            .offered
            .iter()
            .map(|lang| {
                let at = format!("{path}.{lang}");
                let value = match value {
                    Some(Value::Object(o)) => text(o.get(lang.as_str())),
                    Some(Value::String(s)) if Some(lang) == self.offered.first() => s.clone(),
                    _ => String::new(),
                };
                let focus = self.focus == Some(at.as_str());
                (*lang, Input { id: self.place(&at), error: self.error(&at), value, path: at, fixed, focus })
            })
            .collect();
        Words { id: self.place(&path), error: self.error(&path), by_language, path }
    }

    /// The list-wide problem at `path` (`stages[1].criteria`).
    fn list(&self, path: &str) -> (String, Option<String>) {
        (self.place(path), self.error(path))
    }
}

fn items(value: &Value, field: &str) -> Vec<Value> {
    value.get(field).and_then(Value::as_array).cloned().unwrap_or_default()
}

impl Editor {
    /// The form for `d` with `problems` beside their fields; the summary's entries, each
    /// linking to its field or, failing that, to the nearest part of the form.
    pub fn build(
        d: &Value,
        problems: &[Problem],
        scope: Scope,
        new: bool,
        focus: Option<&str>,
        lang: Lang,
    ) -> (Self, Vec<Shown>) {
        let default = d.get("default_language").and_then(Value::as_str).and_then(|l| l.parse().ok()).unwrap_or(lang);
        let chosen: Vec<Lang> = items(d, "languages").iter().filter_map(|l| l.as_str()?.parse().ok()).collect();
        let mut offered = vec![default];
        offered.extend(chosen.iter().copied().filter(|l| *l != default));
        let time_zone = text(d.get("time_zone"));
        let b = Build { problems, offered: offered.clone(), time_zone, scope, focus, placed: Default::default() };
        let mut year = b.input(d, "", "year");
        year.fixed = !new;
        let categories = items(d, "categories")
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let at = format!("categories[{i}]");
                Category {
                    id: b.place(&at),
                    n: i + 1,
                    key: b.input(c, &at, "key"),
                    name: b.words(c, &at, "name"),
                    description: b.words(c, &at, "description"),
                    max_per_state: b.input(c, &at, "max_per_state"),
                    winners: b.input(c, &at, "winners"),
                    champions: b.input(c, &at, "champions"),
                    per_region: b.input(c, &at, "per_region"),
                    at,
                }
            })
            .collect();
        let questions = items(d, "questions")
            .iter()
            .enumerate()
            .map(|(i, q)| {
                let at = format!("questions[{i}]");
                let choices_path = format!("{at}.choices");
                let mut choices: Vec<Words> = items(q, "choices")
                    .iter()
                    .enumerate()
                    .map(|(j, c)| b.words_at(Some(c), format!("{choices_path}[{j}]"), b.fixed(false)))
                    .collect();
                let is_choice = q.get("kind").and_then(Value::as_str) == Some("choice");
                // A list needs two choices at least: offer the places to type them.
                while is_choice && choices.len() < 2 && scope == Scope::Everything {
                    let j = choices.len();
                    choices.push(b.words_at(None, format!("{choices_path}[{j}]"), false));
                }
                let (choices_id, choices_error) = b.list(&choices_path);
                Question {
                    id: b.place(&at),
                    n: i + 1,
                    key: b.input(q, &at, "key"),
                    label: b.words(q, &at, "label"),
                    help: b.words(q, &at, "help"),
                    kind: b.input(q, &at, "kind"),
                    required: b.input(q, &at, "required"),
                    public: b.input(q, &at, "public"),
                    identifying: b.input(q, &at, "identifying"),
                    max_length: b.input(q, &at, "max_length"),
                    choices,
                    choices_path,
                    choices_id,
                    choices_error,
                    at,
                }
            })
            .collect();
        let stages = items(d, "stages")
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let at = format!("stages[{i}]");
                let advance = s.get("advance").cloned().unwrap_or(Value::Null);
                let advance_at = format!("{at}.advance");
                let criteria_path = format!("{at}.criteria");
                let criteria = items(s, "criteria")
                    .iter()
                    .enumerate()
                    .map(|(j, c)| {
                        let at = format!("{criteria_path}[{j}]");
                        let levels_path = format!("{at}.levels");
                        let levels = items(c, "levels")
                            .iter()
                            .enumerate()
                            .map(|(k, l)| {
                                let at = format!("{levels_path}[{k}]");
                                Level {
                                    id: b.place(&at),
                                    n: k + 1,
                                    score: b.input(l, &at, "score"),
                                    label: b.words(l, &at, "label"),
                                    at,
                                }
                            })
                            .collect();
                        Criterion {
                            id: b.place(&at),
                            n: j + 1,
                            key: b.input(c, &at, "key"),
                            label: b.words(c, &at, "label"),
                            guidance: b.words(c, &at, "guidance"),
                            weight: b.input(c, &at, "weight"),
                            min: b.input(c, &at, "min"),
                            max: b.input(c, &at, "max"),
                            levels,
                            levels_path,
                            at,
                        }
                    })
                    .collect();
                let (criteria_id, criteria_error) = b.list(&criteria_path);
                Stage {
                    id: b.place(&at),
                    n: i + 1,
                    key: b.input(s, &at, "key"),
                    name: b.words(s, &at, "name"),
                    kind: b.input(s, &at, "kind"),
                    reviewers: b.input(s, &at, "reviewers_per_nomination"),
                    blind: b.input(s, &at, "blind"),
                    aggregation: b.input(s, &at, "aggregation"),
                    spread: b.input(s, &at, "disagreement_threshold"),
                    rule: b.input(&advance, &advance_at, "rule"),
                    top: b.input(&advance, &advance_at, "n"),
                    score: b.input(&advance, &advance_at, "score"),
                    due_at: b.input(s, &at, "due_at"),
                    criteria,
                    criteria_path,
                    criteria_id,
                    criteria_error,
                    at,
                }
            })
            .collect();
        let list_errors = ["categories", "questions", "stages", "languages"]
            .into_iter()
            .map(|l| {
                b.place(l);
                (l, b.error(l))
            })
            .collect();
        let editor = Self {
            lists: scope == Scope::Everything,
            default_language: b.input(d, "", "default_language"),
            languages: Lang::OFFERED.iter().map(|l| (*l, chosen.contains(l))).collect(),
            offered,
            programme: b.words(d, "", "programme"),
            year,
            time_zone: b.input(d, "", "time_zone"),
            opens_at: b.input(d, "", "opens_at"),
            closes_at: b.input(d, "", "closes_at"),
            publish_at: b.input(d, "", "publish_at"),
            max_attachments: b.input(d, "", "max_attachments"),
            min_attachments: b.input(d, "", "min_attachments"),
            categories,
            questions,
            stages,
            list_errors,
            kind_options: options(lang, QUESTION_KINDS, "setup-kind-option", "kind"),
            stage_kind_options: options(lang, STAGE_KINDS, "setup-stage-kind-option", "kind"),
            aggregation_options: options(lang, AGGREGATIONS, "setup-aggregation-option", "aggregation"),
            rule_options: options(lang, RULES, "setup-rule-option", "rule"),
            language_options: Lang::OFFERED
                .iter()
                .map(|l| (l.as_str().to_owned(), l.native_name().to_owned()))
                .collect(),
        };
        let placed = b.placed.into_inner();
        let shown = problems
            .iter()
            .map(|p| {
                // The field itself, else the nearest part of the form that holds it.
                let mut at = p.path.as_str();
                let href = loop {
                    if let Some((_, id)) = placed.iter().find(|(path, _)| path == at) {
                        break format!("#{id}");
                    }
                    match at.rfind(['.', '[']) {
                        Some(cut) => at = &at[..cut],
                        None => break "#setup".to_owned(),
                    }
                };
                Shown { href, path: p.path.clone(), message: p.message.clone() }
            })
            .collect();
        (editor, shown)
    }
}

/// What a save changed: the definition's TOML before and after, line by line.
pub struct Changes {
    pub who: String,
    pub when: String,
    /// Each line with `+` (added), `-` (removed) or ` ` (kept, for context); `None`
    /// between two distant groups.
    pub lines: Vec<Option<(char, String)>>,
}

impl Changes {
    #[must_use]
    pub fn between(old: &str, new: &str, who: String, when: String) -> Self {
        let diff = similar::TextDiff::from_lines(old, new);
        let mut lines = Vec::new();
        for (i, group) in diff.grouped_ops(2).iter().enumerate() {
            if i > 0 {
                lines.push(None);
            }
            for op in group {
                for change in diff.iter_changes(op) {
                    let sign = match change.tag() {
                        similar::ChangeTag::Insert => '+',
                        similar::ChangeTag::Delete => '-',
                        similar::ChangeTag::Equal => ' ',
                    };
                    lines.push(Some((sign, change.value().trim_end_matches('\n').to_owned())));
                }
            }
        }
        Self { who, when, lines }
    }
}
