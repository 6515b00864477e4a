//! The Fluent catalogues stay whole: every message the templates and code ask for is in
//! all six languages, each translation uses only the placeables the English one offers,
//! and no catalogue quietly copies the English.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;

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

/// Message ids asked for by `.t("…")` / `.t_with("…"` in templates and code.
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
            for marker in [".t(\"", ".t_with(\""] {
                for (at, _) in text.match_indices(marker) {
                    let rest = &text[at + marker.len()..];
                    let id: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
                    if !id.is_empty() && rest[id.len()..].starts_with('"') {
                        ids.insert(id);
                    }
                }
            }
        }
    }
    ids
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

#[tokio::test]
async fn pages_name_their_language_and_direction_and_remember_an_explicit_choice() {
    let app = crate::harness::TestApp::spawn().await;
    let page = app.get("/?lang=en").await;
    let remembered = page.headers().get_all("set-cookie").iter().any(|c| c.to_str().unwrap().starts_with("lang=en;"));
    assert!(remembered, "?lang= sets the lang cookie");
    let body = page.text().await.unwrap();
    assert!(body.contains(r#"<html lang="en" dir="ltr">"#), "{}", &body[..200.min(body.len())]);
    assert!(body.contains("Skip to content") && body.contains("Open data"), "the frame comes from the catalogue");
    // Until a language's pages are all translated it is not offered: a reader asking for
    // it gets the whole page in English rather than a mixed one.
    let asked = app.client.get(app.url("/?lang=fr")).header("accept-language", "fr-CA, fr;q=0.9").send().await.unwrap();
    assert!(asked.headers().get_all("set-cookie").iter().all(|c| !c.to_str().unwrap().starts_with("lang=")));
    assert!(asked.text().await.unwrap().contains(r#"<html lang="en" dir="ltr">"#));
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
