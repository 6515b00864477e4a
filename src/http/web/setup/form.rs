//! A cycle definition as the set-up form carries it: every input named by its path in
//! the definition (`stages[1].criteria[0].levels[2].label.fr`), read back into the
//! definition's JSON. What cannot be read (a word where a number goes, a date that does
//! not exist) stays as typed, so the form shows it again, and is named as a problem
//! beside its field while the rest of the definition is still checked as a whole.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDateTime, Utc};
use serde_json::{Map, Value};

use crate::domain::definition::Problem;
use crate::domain::stage::RuleKind;
use crate::i18n::say;

/// Fields holding whole numbers.
const WHOLE: &[&str] = &[
    "year",
    "max_attachments",
    "min_attachments",
    "max_per_state",
    "winners",
    "champions",
    "max_length",
    "reviewers_per_nomination",
    "n",
];
/// Fields holding numbers that may have decimals.
const DECIMAL: &[&str] = &["weight", "min", "max", "score", "disagreement_threshold"];
/// Fields set by a checkbox: the form sends "false" before each, and "true" when ticked.
const TICKED: &[&str] = &["per_region", "required", "public", "identifying", "blind"];
/// Dates, typed in the cycle's time zone.
const DATES: &[&str] = &["opens_at", "closes_at", "publish_at", "due_at"];
/// Numbers and dates a definition cannot do without.
const NEEDED: &[&str] = &["year", "max_per_state", "winners", "n", "score", "opens_at", "closes_at", "publish_at"];
/// Words that may be left out altogether.
const OPTIONAL_WORDS: &[&str] = &["description", "help", "guidance"];

/// What the form's format for dates and times is: `<input type="datetime-local">`.
pub const LOCAL: &str = "%Y-%m-%dT%H:%M";

/// The definition the form describes, as typed, and the problems reading it found.
#[derive(Debug, Clone)]
pub struct Read {
    /// The definition with what could not be read kept as typed: what the form shows.
    pub shown: Value,
    /// The same with something valid in place of what could not be read: what is
    /// checked, so every other problem is named too.
    pub checked: Value,
    pub problems: Vec<Problem>,
}

/// Reads the form's fields over `base`: the stored definition for a change that keeps
/// its lists (an open cycle's wording), or the definition with its lists removed for a
/// draft, whose lists the form carries whole. `stored` is the definition as saved: a
/// date the form shows to the minute keeps its seconds when left as it was.
#[must_use]
pub fn read(base: Value, stored: &Value, fields: &BTreeMap<String, String>) -> Read {
    let time_zone = fields
        .get("time_zone")
        .map(|z| z.trim().to_owned())
        .or_else(|| base.get("time_zone").and_then(Value::as_str).map(str::to_owned))
        .unwrap_or_else(|| "UTC".to_owned());
    let (mut shown, mut checked) = (base.clone(), base);
    let mut problems = Vec::new();
    let mut languages: Option<Vec<Value>> = None;
    for (name, raw) in fields {
        if let Some(lang) = name.strip_prefix("languages.") {
            languages.get_or_insert_with(Vec::new).push(Value::String(lang.to_owned()));
            continue;
        }
        if name == "languages" {
            languages.get_or_insert_with(Vec::new);
            continue;
        }
        let Some(segments) = segments(name) else { continue };
        // A stage's rule asks for its own number; which one is checked once all is read.
        if name.contains(".advance.") && raw.trim().is_empty() {
            continue;
        }
        if let Some(kept) = unchanged_date(stored, &segments, raw.trim(), &time_zone) {
            set(&mut shown, &segments, kept.clone());
            set(&mut checked, &segments, kept);
            continue;
        }
        match typed(leaf(&segments), raw.trim(), &time_zone) {
            Typed::Value(v) => {
                set(&mut shown, &segments, v.clone());
                set(&mut checked, &segments, v);
            }
            Typed::Omitted => {}
            Typed::Unreadable { message, stand_in } => {
                problems.push(Problem { path: name.clone(), message });
                set(&mut shown, &segments, Value::String(raw.clone()));
                set(&mut checked, &segments, stand_in);
            }
        }
    }
    for value in [&mut shown, &mut checked] {
        if let Some(languages) = &languages {
            value["languages"] = Value::Array(languages.clone());
        }
        tidy(value);
    }
    // A stage's rule asks for its own number, read only now that the rule is known.
    let stages = checked.get_mut("stages").and_then(Value::as_array_mut).into_iter().flatten();
    for (i, stage) in stages.enumerate() {
        let Some(advance) = stage.get_mut("advance").and_then(Value::as_object_mut) else { continue };
        let wanted = match advance.get("rule").and_then(Value::as_str).and_then(|r| r.parse().ok()) {
            Some(RuleKind::TopN) => "n",
            Some(RuleKind::MinScore) => "score",
            _ => continue,
        };
        if !advance.contains_key(wanted) {
            let path = format!("stages[{i}].advance.{wanted}");
            if !problems.iter().any(|p| p.path == path) {
                problems.push(Problem { path, message: say("setup-needed") });
            }
            advance.insert(wanted.to_owned(), stand_in(wanted));
        }
    }
    Read { shown, checked, problems }
}

/// `stages[1].criteria[0].key` as its steps; `None` for a name that is not a path.
fn segments(name: &str) -> Option<Vec<Step>> {
    let mut steps = Vec::new();
    for part in name.split('.') {
        let (field, rest) = part.split_once('[').unwrap_or((part, ""));
        if field.is_empty() || !field.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') {
            return None;
        }
        steps.push(Step::Field(field.to_owned()));
        if !rest.is_empty() {
            let index = rest.strip_suffix(']')?.parse::<usize>().ok().filter(|i| *i < 500)?;
            steps.push(Step::Index(index));
        }
    }
    Some(steps)
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    Field(String),
    Index(usize),
}

/// The field a path ends in, as its kind is decided: `label.fr` is words, whatever
/// field holds them.
fn leaf(steps: &[Step]) -> Leaf<'_> {
    let fields: Vec<&str> = steps
        .iter()
        .filter_map(|s| match s {
            Step::Field(f) => Some(f.as_str()),
            Step::Index(_) => None,
        })
        .collect();
    match fields.as_slice() {
        [.., "choices", _] | [.., "choices"] => Leaf::Words,
        [.., words, _] if is_words(words) => Leaf::Words,
        [.., field] => Leaf::Field(field),
        [] => Leaf::Words,
    }
}

fn is_words(field: &str) -> bool {
    ["programme", "name", "description", "label", "help", "guidance"].contains(&field)
}

enum Leaf<'a> {
    Words,
    Field(&'a str),
}

enum Typed {
    Value(Value),
    Omitted,
    Unreadable { message: String, stand_in: Value },
}

fn typed(leaf: Leaf<'_>, raw: &str, time_zone: &str) -> Typed {
    let Leaf::Field(field) = leaf else { return Typed::Value(Value::String(raw.to_owned())) };
    let needed = NEEDED.contains(&field);
    if raw.is_empty() && (WHOLE.contains(&field) || DECIMAL.contains(&field) || DATES.contains(&field)) {
        return if needed {
            Typed::Unreadable { message: say("setup-needed"), stand_in: stand_in(field) }
        } else {
            Typed::Omitted
        };
    }
    if WHOLE.contains(&field) {
        return raw.parse::<i64>().map_or_else(
            |_| Typed::Unreadable { message: say("setup-not-whole"), stand_in: stand_in(field) },
            |n| Typed::Value(n.into()),
        );
    }
    if DECIMAL.contains(&field) {
        return match raw.replace(',', ".").parse::<f64>() {
            Ok(n) if n.is_finite() => Typed::Value(n.into()),
            _ => Typed::Unreadable { message: say("setup-not-number"), stand_in: stand_in(field) },
        };
    }
    if TICKED.contains(&field) {
        return Typed::Value(Value::Bool(raw == "true"));
    }
    if DATES.contains(&field) {
        return NaiveDateTime::parse_from_str(raw, LOCAL)
            .ok()
            .and_then(|local| crate::format::local_to_utc(local, time_zone))
            .map_or_else(
                || Typed::Unreadable { message: say("setup-not-date"), stand_in: stand_in(field) },
                |at| Typed::Value(Value::String(at.to_rfc3339())),
            );
    }
    Typed::Value(Value::String(raw.to_owned()))
}

/// The stored instant at `steps` when the form shows it unchanged: the form's dates
/// have minutes, a definition's may have seconds (23:59:59).
fn unchanged_date(stored: &Value, steps: &[Step], raw: &str, time_zone: &str) -> Option<Value> {
    let Some(Step::Field(field)) = steps.last() else { return None };
    if !DATES.contains(&field.as_str()) || raw.is_empty() {
        return None;
    }
    let mut at = stored;
    for step in steps {
        at = match step {
            Step::Field(f) => at.get(f)?,
            Step::Index(i) => at.get(i)?,
        };
    }
    (local(at, time_zone) == raw).then(|| at.clone())
}

/// Something valid where a field could not be read, so the rest is checked on.
fn stand_in(field: &str) -> Value {
    if DATES.contains(&field) {
        Value::String(DateTime::<Utc>::UNIX_EPOCH.to_rfc3339())
    } else if field == "year" {
        Value::from(2027)
    } else {
        Value::from(1)
    }
}

fn set(value: &mut Value, steps: &[Step], v: Value) {
    let Some((first, rest)) = steps.split_first() else {
        *value = v;
        return;
    };
    let slot = match first {
        Step::Field(name) => {
            if !value.is_object() {
                *value = Value::Object(Map::new());
            }
            value.as_object_mut().map(|o| o.entry(name.clone()).or_insert(Value::Null))
        }
        Step::Index(i) => {
            if !value.is_array() {
                *value = Value::Array(Vec::new());
            }
            value.as_array_mut().map(|a| {
                if a.len() <= *i {
                    a.resize(i + 1, Value::Null);
                }
                &mut a[*i]
            })
        }
    };
    if let Some(slot) = slot {
        set(slot, rest, v);
    }
}

/// Words left blank are left out (so a missing translation is named as missing), and so
/// are optional words left blank in every language; lists lose the gaps a removed item
/// leaves; a stage's rule keeps only its own number; a question that is not a choice
/// keeps no choices.
fn tidy(value: &mut Value) {
    let Some(object) = value.as_object_mut() else {
        if let Some(list) = value.as_array_mut() {
            list.retain(|v| !v.is_null());
            list.iter_mut().for_each(tidy);
        }
        return;
    };
    for (key, v) in object.iter_mut() {
        if is_words(key) || key == "choices" {
            blank_words_out(v);
        }
        // A choice or a described point left wholly blank is no item at all.
        if (key == "choices" || key == "levels")
            && let Some(list) = v.as_array_mut()
        {
            let levels = key == "levels";
            list.retain(|item| if levels { !is_blank_level(item) } else { !is_empty_words(item) });
        }
    }
    object.retain(|key, v| !(OPTIONAL_WORDS.contains(&key.as_str()) && is_empty_words(v)));
    if object.get("kind").and_then(Value::as_str).is_some_and(|k| k != "choice") {
        object.remove("choices");
    }
    if let Some(advance) = object.get_mut("advance").and_then(Value::as_object_mut) {
        let rule = advance.get("rule").and_then(Value::as_str).and_then(|r| r.parse::<RuleKind>().ok());
        advance.retain(|k, _| {
            k == "rule"
                || (k == "n" && rule == Some(RuleKind::TopN))
                || (k == "score" && rule == Some(RuleKind::MinScore))
        });
    }
    for v in object.values_mut() {
        tidy(v);
    }
}

fn blank_words_out(v: &mut Value) {
    match v {
        Value::Object(by_language) => by_language.retain(|_, t| t.as_str().is_none_or(|t| !t.trim().is_empty())),
        Value::Array(list) => list.iter_mut().for_each(blank_words_out),
        _ => {}
    }
}

fn is_blank_level(v: &Value) -> bool {
    let Some(level) = v.as_object() else { return false };
    let label_blank = level.get("label").is_none_or(|l| {
        let mut l = l.clone();
        blank_words_out(&mut l);
        is_empty_words(&l)
    });
    level.get("score").is_none() && label_blank
}

fn is_empty_words(v: &Value) -> bool {
    match v {
        Value::Object(o) => o.is_empty(),
        Value::String(s) => s.trim().is_empty(),
        Value::Null => true,
        _ => false,
    }
}

/// A stored instant as the form shows it, in the cycle's time zone; what was typed when
/// it is not an instant.
#[must_use]
pub fn local(value: &Value, time_zone: &str) -> String {
    let Some(text) = value.as_str() else { return String::new() };
    match (DateTime::parse_from_rfc3339(text), time_zone.parse::<chrono_tz::Tz>()) {
        (Ok(at), Ok(tz)) => at.with_timezone(&tz).format(LOCAL).to_string(),
        (Ok(at), Err(_)) => at.with_timezone(&Utc).format(LOCAL).to_string(),
        _ => text.to_owned(),
    }
}

/// The element id of a path: ids may not hold dots or brackets a fragment link or CSS
/// selector would need escaped.
#[must_use]
pub fn id(path: &str) -> String {
    let mut id = String::from("d-");
    id.extend(path.chars().map(|c| if c.is_ascii_alphanumeric() || c == '_' { c } else { '-' }));
    id
}

/// Changes the form asks for without saving: add, remove or move an item of a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// `categories`, `stages[1].criteria`, `questions[2].choices`.
    Add(String),
    Remove(String, usize),
    Up(String, usize),
    Down(String, usize),
}

impl Edit {
    /// `add:stages[1].criteria`, `remove:categories[2]`, `up:questions[1]`.
    #[must_use]
    pub fn parse(action: &str) -> Option<Self> {
        let (verb, path) = action.split_once(':')?;
        segments(path)?;
        if verb == "add" {
            return Some(Self::Add(path.to_owned()));
        }
        let (list, index) = path.strip_suffix(']')?.rsplit_once('[')?;
        let index = index.parse().ok()?;
        match verb {
            "remove" => Some(Self::Remove(list.to_owned(), index)),
            "up" => Some(Self::Up(list.to_owned(), index)),
            "down" => Some(Self::Down(list.to_owned(), index)),
            _ => None,
        }
    }

    /// Applies the change to the definition as typed; `blank` gives a new item of a list.
    pub fn apply(&self, value: &mut Value, blank: impl Fn(&str) -> Value) {
        let list_path = match self {
            Self::Add(p) | Self::Remove(p, _) | Self::Up(p, _) | Self::Down(p, _) => p,
        };
        let Some(steps) = segments(list_path) else { return };
        let Some(list) = get_mut(value, &steps) else { return };
        if !list.is_array() {
            *list = Value::Array(Vec::new());
        }
        let Some(items) = list.as_array_mut() else { return };
        match self {
            Self::Add(_) => items.push(blank(list_path)),
            Self::Remove(_, i) if *i < items.len() => {
                items.remove(*i);
            }
            Self::Up(_, i) if *i > 0 && *i < items.len() => items.swap(*i - 1, *i),
            Self::Down(_, i) if i + 1 < items.len() => items.swap(*i, *i + 1),
            _ => {}
        }
    }
}

fn get_mut<'a>(value: &'a mut Value, steps: &[Step]) -> Option<&'a mut Value> {
    let Some((first, rest)) = steps.split_first() else { return Some(value) };
    if !matches!(first, Step::Field(_)) && !value.is_array() {
        return None;
    }
    let next = match first {
        Step::Field(name) => {
            if !value.is_object() {
                *value = Value::Object(Map::new());
            }
            value.as_object_mut()?.entry(name.clone()).or_insert(Value::Null)
        }
        Step::Index(i) => value.as_array_mut()?.get_mut(*i)?,
    };
    get_mut(next, rest)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn fields(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
    }

    #[test]
    fn inputs_named_by_path_read_back_into_a_definition_in_its_time_zone() {
        let read = read(
            json!({}),
            &json!({}),
            &fields(&[
                ("time_zone", "America/New_York"),
                ("closes_at", "2027-01-31T23:59"),
                ("year", "2028"),
                ("categories[0].key", "digital"),
                ("categories[0].name.en", "Digital"),
                ("categories[0].name.fr", " "),
                ("categories[0].description.en", ""),
                ("categories[0].per_region", "true"),
                ("categories[1].key", "inclusion"),
                ("stages[0].advance.rule", "top_n"),
                ("stages[0].advance.n", "5"),
                ("stages[0].advance.score", "60"),
                ("stages[0].criteria[0].weight", "2,5"),
                ("stages[0].criteria[0].levels[0].label.en", "None"),
                ("questions[0].kind", "text"),
                ("questions[0].choices[0].en", "Stray"),
                ("questions[1].kind", "choice"),
                ("questions[1].choices[0].en", "Yes"),
                ("questions[1].choices[1].en", " "),
                ("stages[0].criteria[0].levels[0].score", "0"),
                ("stages[0].criteria[0].levels[1].label.en", ""),
                ("languages", ""),
                ("languages.fr", "on"),
            ]),
        );
        assert_eq!(read.problems, Vec::new());
        let d = read.shown;
        assert_eq!(d["closes_at"], "2027-02-01T04:59:00+00:00", "New York is five hours behind in winter");
        assert_eq!(d["year"], 2028);
        assert_eq!(d["categories"][0]["name"], json!({ "en": "Digital" }), "a blank translation is missing");
        assert!(d["categories"][0].get("description").is_none());
        assert_eq!(d["categories"][0]["per_region"], true);
        assert_eq!(d["categories"][1]["key"], "inclusion");
        assert_eq!(d["stages"][0]["advance"], json!({ "rule": "top_n", "n": 5 }));
        assert_eq!(d["stages"][0]["criteria"][0]["weight"], 2.5);
        assert!(d["questions"][0].get("choices").is_none(), "a text question has no choices");
        assert_eq!(d["questions"][1]["choices"], json!([{ "en": "Yes" }]), "a blank choice is no choice");
        assert_eq!(d["stages"][0]["criteria"][0]["levels"], json!([{ "score": 0.0, "label": { "en": "None" } }]));
        assert_eq!(d["languages"], json!(["fr"]));
    }

    #[test]
    fn what_cannot_be_read_is_kept_as_typed_and_named_while_the_rest_is_checked() {
        let read = read(
            json!({}),
            &json!({}),
            &fields(&[
                ("time_zone", "UTC"),
                ("opens_at", "soon"),
                ("categories[0].max_per_state", "two"),
                ("categories[0].winners", ""),
            ]),
        );
        let paths: Vec<&str> = read.problems.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(paths, ["categories[0].max_per_state", "categories[0].winners", "opens_at"]);
        assert_eq!(read.shown["categories"][0]["max_per_state"], "two");
        assert_eq!(read.checked["categories"][0]["max_per_state"], 1);
        assert_eq!(read.shown["opens_at"], "soon");
        assert_eq!(local(&read.shown["opens_at"], "UTC"), "soon");
    }

    #[test]
    fn a_date_left_as_shown_keeps_its_seconds() {
        let stored =
            json!({ "closes_at": "2027-02-01T04:59:59+00:00", "stages": [{ "due_at": "2027-03-01T04:59:59+00:00" }] });
        let zone = "America/New_York";
        let untouched =
            fields(&[("time_zone", zone), ("closes_at", "2027-01-31T23:59"), ("stages[0].due_at", "2027-03-01T00:00")]);
        let read = read(json!({}), &stored, &untouched);
        assert_eq!(read.shown["closes_at"], "2027-02-01T04:59:59+00:00");
        assert_eq!(read.shown["stages"][0]["due_at"], "2027-03-01T05:00:00+00:00", "a changed date is read as typed");
    }

    #[test]
    fn items_are_added_removed_and_moved_by_path() {
        let mut d = json!({ "stages": [{ "criteria": [{ "key": "a" }, { "key": "b" }, { "key": "c" }] }] });
        let blank = |_: &str| json!({ "key": "" });
        Edit::parse("down:stages[0].criteria[0]").unwrap().apply(&mut d, blank);
        Edit::parse("remove:stages[0].criteria[2]").unwrap().apply(&mut d, blank);
        Edit::parse("add:stages[0].criteria").unwrap().apply(&mut d, blank);
        Edit::parse("up:stages[0].criteria[0]").unwrap().apply(&mut d, blank);
        let keys: Vec<&str> =
            d["stages"][0]["criteria"].as_array().unwrap().iter().map(|c| c["key"].as_str().unwrap()).collect();
        assert_eq!(keys, ["b", "a", ""]);
        Edit::parse("add:questions").unwrap().apply(&mut d, blank);
        assert_eq!(d["questions"], json!([{ "key": "" }]));
        for nonsense in ["add:", "remove:stages", "up:stages[x]", "explode:stages[0]", "add:stages[0]..key"] {
            assert_eq!(Edit::parse(nonsense), None, "{nonsense}");
        }
    }
}
