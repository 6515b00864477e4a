//! The Fluent catalogues stay whole: every message the templates and code ask for is in
//! all six languages, each translation uses only the placeables the English one offers,
//! and no catalogue quietly copies the English.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;
use laurel::i18n::Lang;

const LANGUAGES: [&str; 6] = ["ar", "zh", "en", "fr", "ru", "es"];

/// Message id → the variables its value and variants reference, and its plain text.
fn catalogue(lang: &str) -> BTreeMap<String, (BTreeSet<String>, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(lang);
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                let id = message.id.name.to_owned();
                let mut variables = BTreeSet::new();
                let mut plain = String::new();
                if let Some(value) = &message.value {
                    walk(value, &mut variables, &mut plain);
                }
                assert!(out.insert(id.clone(), (variables, plain)).is_none(), "{lang}: {id} twice");
            }
        }
    }
    out
}

fn walk(pattern: &ast::Pattern<&str>, variables: &mut BTreeSet<String>, plain: &mut String) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => plain.push_str(value),
            ast::PatternElement::Placeable { expression } => expression_variables(expression, variables, plain),
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, variables: &mut BTreeSet<String>, plain: &mut String) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, variables);
            for variant in variants {
                walk(&variant.value, variables, plain);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, variables),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, variables: &mut BTreeSet<String>) {
    if let ast::InlineExpression::VariableReference { id } = inline {
        variables.insert(id.name.to_owned());
    }
}

/// Message ids asked for by `.t("…")`, `.t_with("…"`, `say("…")` or `say_with("…"` in
/// templates and code, and those chosen in a `match` for one of them (`=> "status-draft"`).
fn used_ids() -> BTreeSet<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut ids = BTreeSet::new();
    let mut stack = vec![root.join("templates"), root.join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            for marker in [".t(\"", ".t_with(\"", "say(\"", "say_with(\"", "=> \""] {
                for (at, _) in text.match_indices(marker) {
                    let rest = &text[at + marker.len()..];
                    let id: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
                    if !id.is_empty() && rest[id.len()..].starts_with('"') && (marker != "=> \"" || chosen(&id)) {
                        ids.insert(id);
                    }
                }
            }
        }
    }
    ids
}

/// A word a `match` gives that names a message: lower-case words joined by hyphens,
/// starting as one of the catalogue's families does (`status-`, `refusal-`, …).
fn chosen(word: &str) -> bool {
    const FAMILIES: [&str; 12] = [
        "status-",
        "award-",
        "region-",
        "refusal-",
        "problem-",
        "nomination-",
        "account-",
        "reviews-",
        "review-",
        "admin-",
        "email-",
        "size-",
    ];
    FAMILIES.iter().any(|f| word.starts_with(f))
}

#[test]
fn every_message_is_in_all_six_catalogues_with_the_english_placeables() {
    let english = catalogue("en");
    for id in used_ids() {
        assert!(english.contains_key(&id), "\"{id}\" is used but not in locales/en");
    }
    for lang in LANGUAGES {
        let other = catalogue(lang);
        let missing: Vec<&String> = english.keys().filter(|id| !other.contains_key(*id)).collect();
        assert!(missing.is_empty(), "locales/{lang} lacks {missing:?}");
        let extra: Vec<&String> = other.keys().filter(|id| !english.contains_key(*id)).collect();
        assert!(extra.is_empty(), "locales/{lang} has messages English does not: {extra:?}");
        for (id, (variables, _)) in &other {
            let offered = &english[id].0;
            assert!(variables.is_subset(offered), "locales/{lang} {id} uses {variables:?}; English offers {offered:?}");
        }
    }
}

#[test]
fn no_catalogue_copies_the_english() {
    let english = catalogue("en");
    for lang in LANGUAGES.into_iter().filter(|l| *l != "en") {
        let other = catalogue(lang);
        let same: Vec<&String> = other
            .iter()
            .filter(|(id, (_, text))| !text.trim().is_empty() && english[*id].1 == *text)
            .map(|(id, _)| id)
            .collect();
        let share = same.len() as f64 / other.len() as f64;
        assert!(share <= 0.05, "locales/{lang}: {:.0}% of its values are the English ones: {same:?}", share * 100.0);
    }
}

/// The home page's `<html>` tag and its heading, as a reader in `lang` should get them.
fn reads_in(body: &str, lang: Lang) -> bool {
    body.contains(&format!(r#"<html lang="{lang}" dir="{}">"#, lang.dir()))
        && body.contains(&format!("<h1>{}</h1>", lang.t("home-title")))
        && body.contains(&lang.t("skip-to-content"))
}

fn sets_cookie(response: &reqwest::Response, lang: &str) -> bool {
    response.headers().get_all("set-cookie").iter().any(|c| c.to_str().unwrap().starts_with(&format!("lang={lang};")))
}

#[tokio::test]
async fn each_language_is_chosen_by_the_header_an_explicit_choice_or_the_saved_preference() {
    let app = crate::harness::TestApp::spawn().await;
    app.person("focal@gov.sn", "nominator", Some("SEN"), None).await;
    for lang in [Lang::Fr, Lang::Ar, Lang::Zh, Lang::Ru, Lang::Es] {
        // The browser's language, matched by its region-free code.
        let header = format!("{lang}-XX, {lang};q=0.9, en;q=0.5");
        let page = app.client.get(app.url("/")).header("accept-language", &header).send().await.unwrap();
        assert!(!sets_cookie(&page, lang.as_str()), "a header is not a choice to remember");
        let body = page.text().await.unwrap();
        assert!(reads_in(&body, lang), "Accept-Language {header}: {}", &body[..300.min(body.len())]);

        // An explicit choice wins over the header and sticks, without an account.
        let web = app.web_client();
        let chosen = web.client.get(web.url(&format!("/?lang={lang}"))).header("accept-language", "en").send().await;
        let chosen = chosen.unwrap();
        assert!(sets_cookie(&chosen, lang.as_str()), "?lang={lang} sets the cookie");
        assert!(reads_in(&chosen.text().await.unwrap(), lang));
        let next = web.client.get(web.url("/archive")).header("accept-language", "en").send().await.unwrap();
        assert!(next.text().await.unwrap().contains(&format!(r#"<html lang="{lang}""#)), "the cookie remembers it");

        // A signed-in person's saved language wins over the cookie and the header.
        let person = app.browser_session("focal@gov.sn").await;
        let saved = person.submit("/account", "/account/language", &[("language", lang.as_str())]).await;
        assert_eq!(saved.status(), 303);
        person.get("/?lang=en").await; // a cookie for English
        let page = person.client.get(person.url("/")).header("accept-language", "en").send().await.unwrap();
        assert!(reads_in(&page.text().await.unwrap(), lang), "the saved {lang} beats the cookie and the header");
    }
    // An unknown language in any of them falls back to the programme's default.
    let page = app.client.get(app.url("/?lang=tlh")).header("accept-language", "de-DE").send().await.unwrap();
    assert!(reads_in(&page.text().await.unwrap(), Lang::En));
}

#[tokio::test]
async fn the_api_answers_problems_in_the_language_of_accept_language_with_a_stable_code() {
    let app = crate::harness::TestApp::spawn().await;
    for lang in Lang::ALL {
        let response = app
            .client
            .get(app.url("/api/v1/cycles/00000000-0000-0000-0000-000000000000"))
            .header("accept-language", lang.as_str())
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 404);
        let problem: serde_json::Value = response.json().await.unwrap();
        assert_eq!(problem["code"], "not_found", "{lang}");
        assert_eq!(problem["title"], lang.t("problem-not-found"), "{lang}");
        let detail = lang.t_with("refusal-not-found", &[("thing", "cycle".into())]);
        assert_eq!(problem["detail"], detail, "{lang}");
    }
}

#[tokio::test]
async fn the_error_page_and_a_refused_field_speak_the_readers_language() {
    let app = crate::harness::TestApp::spawn().await;
    let page = app.client.get(app.url("/no/such/page")).header("accept-language", "ru").send().await.unwrap();
    assert_eq!(page.status(), 404);
    let body = page.text().await.unwrap();
    assert!(
        body.contains(r#"<html lang="ru" dir="ltr">"#) && body.contains(&Lang::Ru.t("problem-not-found")),
        "{body}"
    );
    assert!(body.contains(&Lang::Ru.t("problem-no-page")));
    // A password too short for an invitation's acceptance, refused in Arabic beside the field.
    app.person("secretariat@un.example", "admin", None, None).await;
    let token = app.token("secretariat@un.example").await;
    let invited: serde_json::Value = app
        .client
        .post(app.url("/api/v1/invitations"))
        .bearer_auth(&token)
        .json(
            &serde_json::json!({ "email": "new@gov.eg", "role": "nominator", "member_state": "EGY", "language": "ar" }),
        )
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(invited["language"], "ar");
    let mail = app.outbox_to("new@gov.eg").await;
    assert!(mail[0].body_text.contains(&Lang::Ar.t("email-hello")), "{}", mail[0].body_text);
    let url = crate::harness::link(&mail[0].body_text, "/invitations/");
    assert!(url.ends_with("?lang=ar"), "the link opens the page in Arabic: {url}");
    let web = app.web_client();
    let form = web.get(&url).await.text().await.unwrap();
    assert!(form.contains(r#"<html lang="ar" dir="rtl">"#));
    let refused = web.submit(&url, &url, &[("name", "منى"), ("password", "short"), ("language", "ar")]).await;
    assert_eq!(refused.status(), 422);
    let body = refused.text().await.unwrap();
    let beside = Lang::Ar.t_with("refusal-password-short", &[("min", 12.into())]);
    assert!(body.contains(&beside), "the refusal beside the field is in Arabic: {body}");
}

#[tokio::test]
async fn a_person_saves_their_language_and_the_api_refuses_one_laurel_does_not_speak() {
    let app = crate::harness::TestApp::spawn().await;
    app.person("focal@gov.sn", "nominator", Some("SEN"), None).await;
    let token = app.token("focal@gov.sn").await;
    let me = || app.client.get(app.url("/api/v1/me")).bearer_auth(&token).send();
    let before: serde_json::Value = me().await.unwrap().json().await.unwrap();
    assert!(before["language"].is_null(), "no choice until they make one");
    let patch =
        |body: serde_json::Value| app.client.patch(app.url("/api/v1/me")).bearer_auth(&token).json(&body).send();
    let saved = patch(serde_json::json!({ "language": "fr" })).await.unwrap();
    assert_eq!(saved.status(), 200);
    let saved: serde_json::Value = saved.json().await.unwrap();
    assert_eq!(saved["language"], "fr");
    assert_eq!(me().await.unwrap().json::<serde_json::Value>().await.unwrap()["language"], "fr");
    for refused in [serde_json::json!({ "language": "de" }), serde_json::json!({ "language": "fr", "name": "x" })] {
        let response = patch(refused.clone()).await.unwrap();
        assert_eq!(response.status(), 400, "{refused}");
    }
    assert!(app.audit_actions().await.contains(&"user.language_set".to_owned()));
}

/// The public pages kept in memory are kept per language, say so to caches downstream,
/// and a `?lang=` choice on them is remembered, not swallowed by the kept copy.
#[tokio::test]
async fn kept_public_pages_vary_by_language_and_a_choice_on_them_is_remembered() {
    let app = crate::harness::TestApp::spawn().await;
    for _ in 0..2 {
        let page = app.get("/archive").await;
        assert_eq!(page.status(), 200);
        assert_eq!(page.headers()["vary"], "Accept-Language, Cookie");
    }
    let chosen = app.get("/archive?lang=en").await;
    assert!(chosen.headers().get_all("set-cookie").iter().any(|c| c.to_str().unwrap().starts_with("lang=en;")));
}

/// A cycle defined in six languages reads in the reader's: its categories on the home
/// page, its questions on the nomination form, its names in the API.
#[tokio::test]
async fn a_cycle_defined_in_six_languages_shows_its_labels_in_the_readers_language() {
    let app = crate::harness::TestApp::spawn().await;
    let definition = crate::harness::example_cycle(app.now(), -1, 30);
    let parsed = laurel::domain::definition::parse(&definition).unwrap();
    let actor = laurel::service::Actor::operator();
    let cycle = laurel::service::cycles::create_cycle(&app.db, &actor, None, &parsed, app.now()).await.unwrap();
    let category = &parsed.categories[0];
    let question = &parsed.questions[0];
    for lang in Lang::OFFERED.iter().copied() {
        let home = app.web_client().get(&format!("/?lang={lang}")).await.text().await.unwrap();
        let name = category.name.get(lang, Lang::En);
        assert!(home.contains(name), "{lang}: the home page names the category {name:?}");

        let api = app.client.get(app.url(&format!("/api/v1/cycles/{cycle}"))).header("accept-language", lang.as_str());
        let body: serde_json::Value = api.send().await.unwrap().json().await.unwrap();
        assert_eq!(body["categories"][0]["name"], name, "{lang}");
        assert!(body["name"].as_str().unwrap().starts_with(parsed.programme.get(lang, Lang::En)), "{lang}: {body}");
    }
    app.person("focal@gov.eg", "nominator", Some("EGY"), None).await;
    let web = app.browser_session("focal@gov.eg").await;
    let key = &category.key;
    let form = web.get(&format!("/cycles/{cycle}/nominations/new?category={key}&lang=ar")).await.text().await.unwrap();
    assert!(form.contains(question.label.get(Lang::Ar, Lang::En)), "the question's Arabic label");
    let sdgs = parsed.questions.iter().find(|q| q.key == "sdgs").unwrap();
    let choice = sdgs.choices.as_ref().unwrap().last().unwrap();
    let english = choice.get(Lang::En, Lang::En);
    // Shown in Arabic, stored as the default language's words whatever the reader reads.
    assert!(
        form.contains(&format!(r#"<option value="{english}" dir="auto">{}</option>"#, choice.get(Lang::Ar, Lang::En)))
    );
}

/// The switcher, on every page, names each language in itself and keeps the page and
/// its filters: switching reads the same thing in another language.
#[tokio::test]
async fn the_language_switcher_keeps_the_page_and_its_filters() {
    let app = crate::harness::TestApp::spawn().await;
    let page = app.web_client().get("/archive?lang=fr&x=1").await.text().await.unwrap();
    for lang in Lang::OFFERED {
        let link = format!(r#"<a href="/archive?x=1&#38;lang={lang}" lang="{lang}" hreflang="{lang}""#);
        assert!(page.contains(&link), "{link} in {page}");
        assert!(page.contains(lang.native_name()));
    }
    assert!(page.contains(r#"hreflang="fr" aria-current="true""#), "the page's own language is marked");
}
