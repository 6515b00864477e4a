//! Every public page passes axe-core's WCAG 2.1 A and AA rules in the real Chromium, at
//! desktop and phone widths, before and after a cycle's results are published.

use fantoccini::Client;
use serde_json::{Value, json};

use crate::harness::{axe, browser};
use crate::review::World;

/// The rules of WCAG 2.0 and 2.1, levels A and AA.
const TAGS: [&str; 4] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async fn violations(b: &Client, source: &str) -> Vec<String> {
    b.execute(source, vec![]).await.unwrap();
    let result = b
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { runOnly: { type: 'tag', values: arguments[0] } })
                .then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' — ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
                .catch(e => done(['axe failed: ' + e]));",
            vec![json!(TAGS)],
        )
        .await
        .unwrap();
    match result {
        Value::Array(items) => items.into_iter().map(|v| v.as_str().unwrap_or_default().to_owned()).collect(),
        other => vec![format!("unexpected answer from axe: {other}")],
    }
}

#[tokio::test]
async fn every_public_page_passes_wcag_2_1_aa_checks_before_and_after_publication() {
    let test = "every_public_page_passes_wcag_2_1_aa_checks_before_and_after_publication";
    let Some(source) = axe::source(test) else { return };
    let Some(browser) = browser::launch(test).await else { return };
    let w = World::new().await;
    w.decide().await;
    let cycle = w.cycle["id"].as_str().unwrap().to_owned();
    let b = &browser.client;
    let pages = [
        "/".to_owned(),
        "/archive".to_owned(),
        format!("/cycles/{cycle}"),
        "/member-states/KEN".to_owned(),
        "/sign-in".to_owned(),
        "/password-reset".to_owned(),
        "/api/docs".to_owned(),
    ];
    // The check sees what it should: an image planted without a text alternative fails it.
    b.goto(&w.app.url("/")).await.unwrap();
    b.execute("document.querySelector('main').appendChild(document.createElement('img'));", vec![]).await.unwrap();
    let planted = violations(b, &source).await;
    assert!(planted.iter().any(|v| v.starts_with("image-alt")), "axe missed a planted violation: {planted:?}");

    let mut failures = Vec::new();
    for published in [false, true] {
        if published {
            let (status, _) = w.post(&w.admin, &format!("/api/v1/cycles/{cycle}/publish"), json!({})).await;
            assert_eq!(status, 200);
        }
        let mut all = pages.to_vec();
        if published {
            all.push(format!("/initiatives/{}", w.nomination("KEN")));
            all.push(format!("/cycles/{cycle}?region=african"));
        }
        for (width, height) in [(1280, 900), (360, 740)] {
            b.set_window_size(width, height).await.unwrap();
            for page in &all {
                b.goto(&w.app.url(page)).await.unwrap();
                for v in violations(b, &source).await {
                    failures.push(format!("{page} at {width}px{}: {v}", if published { " (published)" } else { "" }));
                }
            }
        }
    }
    browser.close().await;
    assert!(failures.is_empty(), "{} accessibility violation(s):\n{}", failures.len(), failures.join("\n"));
}
