//! What the layout needs to know about the viewer on every page.

use crate::http::session::Viewer;
use crate::i18n::Lang;

/// The site navigation's view of who is looking, and in which language.
#[derive(Debug, Clone)]
pub struct Nav {
    pub name: Option<String>,
    pub admin: bool,
    /// A member state's focal point, who has a dashboard of nominations.
    pub nominator: bool,
    pub reviewer: bool,
    pub csrf: String,
    pub lang: Lang,
    /// The page's address ending in `?` or `&`, for the switcher to add `lang=`.
    pub here: String,
}

impl Default for Nav {
    fn default() -> Self {
        Self {
            name: None,
            admin: false,
            nominator: false,
            reviewer: false,
            csrf: String::new(),
            lang: Lang::En,
            here: "?".into(),
        }
    }
}

impl Nav {
    /// A message of the catalogue in the page's language.
    pub fn t(&self, id: &str) -> String {
        self.lang.t(id)
    }

    /// Every language a reader may choose, the page's own marked: a form's choice.
    pub fn choices(&self) -> Vec<(Lang, bool)> {
        Lang::OFFERED.iter().map(|&l| (l, l == self.lang)).collect()
    }

    /// The languages the switcher offers, with the page's own marked; none when there
    /// is nothing to switch to.
    pub fn languages(&self) -> Vec<(Lang, bool)> {
        if Lang::OFFERED.len() < 2 { Vec::new() } else { Lang::OFFERED.iter().map(|&l| (l, l == self.lang)).collect() }
    }
}

impl From<&Viewer> for Nav {
    fn from(v: &Viewer) -> Self {
        Self {
            name: v.name().map(str::to_owned),
            admin: v.is_admin(),
            nominator: v.caller.as_ref().is_some_and(|c| c.role == crate::domain::user::Role::Nominator),
            reviewer: v.caller.as_ref().is_some_and(|c| c.role == crate::domain::user::Role::Reviewer),
            csrf: v.csrf.clone(),
            lang: v.lang,
            here: v.here.clone(),
        }
    }
}

/// The messages beside a form's fields, by field name.
#[derive(Debug, Clone, Default)]
pub struct FieldErrors(pub Vec<crate::service::FieldError>);

impl FieldErrors {
    pub fn get(&self, field: &str) -> Option<&str> {
        self.0.iter().find(|e| e.field == field).map(|e| e.message.as_str())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}
