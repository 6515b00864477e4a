//! The six official languages of the United Nations, and the words Laurel speaks in
//! them. The words live in Project Fluent catalogues under `locales/<lang>/`, compiled
//! into the binary, so a page or an email asks for a message by its id and gets it with
//! the language's own plural rules (Arabic has six forms, Russian three, Chinese one).
//!
//! Which language a reader gets is negotiated once per request ([`negotiate`]): an
//! explicit `?lang=` first, then the person's saved choice, then the `lang` cookie, then
//! `Accept-Language`, then the default. Only languages in [`Lang::OFFERED`] are ever
//! chosen: a language is offered once every page a reader can reach speaks it, so no
//! one gets a French frame around an English page.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::{Loader as _, fluent_bundle::FluentValue};
use unic_langid::LanguageIdentifier;

fluent_templates::static_loader! {
    static CATALOGUES = {
        locales: "./locales",
        fallback_language: "en",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

crate::stored_enum! {
    /// A language Laurel speaks, by its ISO 639-1 code (`user.language`, `?lang=`).
    pub enum Lang ("language") {
        Ar = "ar",
        Zh = "zh",
        En = "en",
        Fr = "fr",
        Ru = "ru",
        Es = "es",
    }
}

impl Lang {
    /// The languages a reader may be given today. The catalogues hold all six; the
    /// others join as the pages are moved onto the catalogues.
    pub const OFFERED: &'static [Lang] = &[Lang::En];

    /// The language's name in itself, as a language switcher shows it.
    #[must_use]
    pub const fn native_name(self) -> &'static str {
        match self {
            Lang::Ar => "العربية",
            Lang::Zh => "中文",
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Ru => "Русский",
            Lang::Es => "Español",
        }
    }

    /// `rtl` for Arabic, `ltr` for the others: the page's `dir`.
    #[must_use]
    pub const fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            _ => "ltr",
        }
    }

    fn id(self) -> LanguageIdentifier {
        // The codes are two ASCII letters, always a valid identifier.
        self.as_str().parse().unwrap_or_default()
    }

    /// The message `id` in this language; the English one if this catalogue lacks it
    /// (the completeness test keeps that from happening).
    #[must_use]
    pub fn t(self, id: &str) -> String {
        CATALOGUES.lookup(&self.id(), id)
    }

    /// The message `id` with its placeables filled, e.g. `("count", 3.into())`.
    #[must_use]
    pub fn t_with(self, id: &str, args: &[(&'static str, FluentValue<'_>)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue<'_>> =
            args.iter().map(|(k, v)| (Cow::Borrowed(*k), v.clone())).collect();
        CATALOGUES.lookup_with_args(&self.id(), id, &args)
    }
}

/// The language for a request, in the order the API contract gives: `?lang=`, the
/// person's saved language, the `lang` cookie, `Accept-Language`, the default. A value
/// that names no offered language is passed over, not an error: a stale cookie or an
/// old link still gets a page.
#[must_use]
pub fn negotiate(
    query: Option<&str>,
    saved: Option<Lang>,
    cookie: Option<&str>,
    accept_language: Option<&str>,
    default: Lang,
) -> Lang {
    let offered = |lang: Lang| Lang::OFFERED.contains(&lang).then_some(lang);
    let named = |code: Option<&str>| code.and_then(|c| c.trim().parse::<Lang>().ok()).and_then(offered);
    named(query)
        .or_else(|| saved.and_then(offered))
        .or_else(|| named(cookie))
        .or_else(|| accept_language.and_then(from_accept_language))
        .unwrap_or(default)
}

/// The reader's most preferred offered language from `Accept-Language`, by its
/// q-values, matching `fr-CA` to `fr` and `zh-Hans-CN` to `zh`.
fn from_accept_language(header: &str) -> Option<Lang> {
    let requested = fluent_langneg::accepted_languages::parse(header);
    let available: Vec<LanguageIdentifier> = Lang::OFFERED.iter().map(|l| l.id()).collect();
    let chosen =
        fluent_langneg::negotiate_languages(&requested, &available, None, fluent_langneg::NegotiationStrategy::Lookup);
    chosen.first().and_then(|id| id.language.as_str().parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_the_six_iso_codes() {
        crate::assert_stored_words!(Lang, ["ar", "zh", "en", "fr", "ru", "es"]);
        assert_eq!(Lang::Ar.dir(), "rtl");
        assert!(Lang::ALL.iter().filter(|l| **l != Lang::Ar).all(|l| l.dir() == "ltr"));
    }

    #[test]
    fn each_catalogue_answers_in_its_own_language_with_its_plural_rules() {
        assert_eq!(Lang::En.t("nav-sign-in"), "Sign in");
        assert_eq!(Lang::Fr.t("nav-sign-in"), "Se connecter");
        assert_eq!(Lang::Ar.t("nav-sign-in"), "تسجيل الدخول");
        let count = |lang: Lang, n: i64| lang.t_with("nominations-count", &[("count", n.into())]);
        assert_eq!(count(Lang::En, 1), "1 nomination");
        assert_eq!(count(Lang::En, 2), "2 nominations");
        assert_eq!(count(Lang::Ru, 2), "2 заявки");
        assert_eq!(count(Lang::Ru, 5), "5 заявок");
        assert_eq!(count(Lang::Ru, 21), "21 заявка");
        assert_eq!(count(Lang::Ar, 2), "ترشيحان");
        assert_eq!(count(Lang::Ar, 3), "3 ترشيحات");
        assert_eq!(count(Lang::Ar, 11), "11 ترشيحًا");
        assert_eq!(count(Lang::Zh, 7), "7 项提名");
    }

    #[test]
    fn the_language_is_negotiated_in_the_contracts_order_among_offered_languages() {
        let en = Lang::En;
        assert_eq!(negotiate(None, None, None, None, en), en);
        assert_eq!(negotiate(Some("en"), None, Some("xx"), Some("de"), en), en);
        // Nothing offered but English yet: other choices fall through to the default.
        assert_eq!(negotiate(Some("fr"), Some(Lang::Ar), Some("ru"), Some("es-ES,es;q=0.9"), en), en);
        assert_eq!(negotiate(Some("klingon"), None, None, None, en), en);
        // The saved choice comes before the cookie and the header, after `?lang=`.
        assert_eq!(negotiate(None, Some(Lang::En), Some("fr"), Some("fr"), Lang::Fr), en);
        assert_eq!(from_accept_language("de-DE, en-GB;q=0.8"), Some(Lang::En));
        assert_eq!(from_accept_language("de-DE"), None);
    }
}
