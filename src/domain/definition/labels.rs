//! A stored definition's words, read back in the reader's language.

use super::*;

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
