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
        customise: |bundle| {
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(write_number));
        },
    };
}

/// How a language writes a number (CLDR): its group and decimal separators, and the
/// fewest integer digits it groups at all (Spanish leaves 2027 and 9999 alone).
#[derive(Debug)]
struct NumberShape {
    group: &'static str,
    decimal: &'static str,
    grouped_from: usize,
}

impl intl_memoizer::Memoizable for NumberShape {
    type Args = ();
    type Error = std::convert::Infallible;

    fn construct(lang: LanguageIdentifier, (): ()) -> Result<Self, Self::Error> {
        Ok(match lang.language.as_str() {
            "fr" => Self { group: "\u{202f}", decimal: ",", grouped_from: 4 },
            "ru" => Self { group: "\u{a0}", decimal: ",", grouped_from: 4 },
            "es" => Self { group: ".", decimal: ",", grouped_from: 5 },
            _ => Self { group: ",", decimal: ".", grouped_from: 4 },
        })
    }
}

impl NumberShape {
    /// `written` (digits, an optional `-` and `.`) in this language's shape.
    fn shape(&self, written: &str, grouping: bool) -> String {
        let (sign, unsigned) = written.strip_prefix('-').map_or(("", written), |rest| ("-", rest));
        let (whole, fraction) = unsigned.split_once('.').map_or((unsigned, None), |(w, f)| (w, Some(f)));
        let mut out = String::from(sign);
        if grouping && whole.len() >= self.grouped_from {
            for (i, digit) in whole.chars().enumerate() {
                if i > 0 && (whole.len() - i) % 3 == 0 {
                    out.push_str(self.group);
                }
                out.push(digit);
            }
        } else {
            out.push_str(whole);
        }
        if let Some(fraction) = fraction {
            out.push_str(self.decimal);
            out.push_str(fraction);
        }
        out
    }
}

/// Numbers in messages as their language writes them: "12 500" in French, "12.500" in
/// Spanish, "3,5" in Russian. A message that must not group (a year) says
/// `NUMBER($year, useGrouping: "false")`, or is given the number as text.
fn write_number(value: &FluentValue<'_>, intls: &intl_memoizer::concurrent::IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else { return None };
    if !number.value.is_finite() {
        return None;
    }
    let written = number.as_string();
    intls.with_try_get::<NumberShape, _, _>((), |shape| shape.shape(&written, number.options.use_grouping)).ok()
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
    /// The languages a reader may be given: every page, email and refusal speaks them.
    /// A language joins only once that is true of it (see `docs/TRANSLATING.md`).
    pub const OFFERED: &'static [Lang] = &[Lang::Ar, Lang::Zh, Lang::En, Lang::Fr, Lang::Ru, Lang::Es];

    /// The programme's language for a reader who has said nothing else.
    pub const DEFAULT: Lang = Lang::En;

    /// A person's saved language (`user.language`), or the default for someone who
    /// has not chosen, or whose saved word is no longer one Laurel speaks.
    #[must_use]
    pub fn saved(word: Option<&str>) -> Lang {
        word.and_then(|w| w.parse().ok()).unwrap_or(Self::DEFAULT)
    }

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
        CATALOGUES.try_lookup(&self.id(), id).unwrap_or_else(|| missing(id))
    }

    /// The message `id` with its placeables filled, e.g. `("count", 3.into())`.
    #[must_use]
    pub fn t_with(self, id: &str, args: &[(&'static str, FluentValue<'_>)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue<'_>> =
            args.iter().map(|(k, v)| (Cow::Borrowed(*k), v.clone())).collect();
        CATALOGUES.try_lookup_with_args(&self.id(), id, &args).unwrap_or_else(|| missing(id))
    }
}

/// A message no catalogue has: a programming error the tests catch by failing here;
/// a release build logs it and shows the id rather than nothing.
fn missing(id: &str) -> String {
    tracing::error!(id, "no catalogue has this message");
    debug_assert!(false, "no catalogue has the message {id:?}");
    id.to_owned()
}

tokio::task_local! {
    /// The language of the request being answered, set once at the edge
    /// ([`in_language`]) so that whatever writes words for it on the way out (a refusal,
    /// a field's problem, an error page) writes them in the reader's language without
    /// every layer passing it along.
    static READER: Lang;
}

/// The language of the request being answered; the default outside one (jobs, the
/// command line), whose words go to people by their own saved language instead.
#[must_use]
pub fn current() -> Lang {
    READER.try_with(|lang| *lang).unwrap_or(Lang::DEFAULT)
}

/// `text` set apart from the sentence around it (Unicode's first-strong isolate), so that
/// a label or title in one direction placed in a sentence of the other keeps its own
/// order: an English question's label inside an Arabic refusal.
#[must_use]
pub fn isolate(text: &str) -> String {
    format!("\u{2068}{text}\u{2069}")
}

/// The message `id` in the reader's language ([`current`]): for words written deep in
/// a use case (a refusal, a field's problem) that reach the reader unchanged.
#[must_use]
pub fn say(id: &str) -> String {
    current().t(id)
}

/// [`say`] with placeables.
#[must_use]
pub fn say_with(id: &str, args: &[(&'static str, FluentValue<'_>)]) -> String {
    current().t_with(id, args)
}

/// Runs `answer` with `lang` as the reader's language ([`current`]).
pub async fn in_language<F: std::future::Future>(lang: Lang, answer: F) -> F::Output {
    READER.scope(lang, answer).await
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
    // Laurel's languages carry no region or script, so a lookup is the first requested
    // tag (best q first) whose language is one of them: `fr-CA` is `fr`. On every
    // public request, so without the allocations of a general negotiation.
    fluent_langneg::accepted_languages::parse(header)
        .iter()
        .find_map(|id| id.language.as_str().parse::<Lang>().ok().filter(|l| Lang::OFFERED.contains(l)))
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
        // Digits grouped and decimals marked as each language writes them.
        assert_eq!(count(Lang::En, 12_500), "12,500 nominations");
        assert_eq!(count(Lang::Fr, 12_500), "12\u{202f}500 candidatures");
        assert_eq!(count(Lang::Ru, 1_234), "1\u{a0}234 заявки");
        assert_eq!(count(Lang::Es, 9_999), "9999 candidaturas");
        assert_eq!(count(Lang::Es, 12_500), "12.500 candidaturas");
        let limit = Lang::Ru.t_with("refusal-score-range", &[("min", 0.5.into()), ("max", 10.into())]);
        assert!(limit.contains("0,5") && limit.contains("10"), "{limit}");
    }

    #[test]
    fn the_language_is_negotiated_in_the_contracts_order_among_offered_languages() {
        let en = Lang::En;
        let (header, cookie) = (Some("es-ES,es;q=0.9"), Some("ru"));
        assert_eq!(negotiate(None, None, None, None, en), en);
        assert_eq!(negotiate(Some("fr"), Some(Lang::Ar), cookie, header, en), Lang::Fr, "?lang= first");
        assert_eq!(negotiate(None, Some(Lang::Ar), cookie, header, en), Lang::Ar, "then the saved choice");
        assert_eq!(negotiate(None, None, cookie, header, en), Lang::Ru, "then the cookie");
        assert_eq!(negotiate(None, None, None, header, en), Lang::Es, "then Accept-Language");
        // A word that names no language Laurel speaks is passed over, not an error.
        assert_eq!(negotiate(Some("klingon"), None, Some("xx"), Some("de"), en), en);
        assert_eq!(from_accept_language("de-DE, fr-CA;q=0.8, en;q=0.5"), Some(Lang::Fr));
        assert_eq!(from_accept_language("zh-Hans-CN"), Some(Lang::Zh));
        assert_eq!(from_accept_language("de-DE"), None);
    }
}
