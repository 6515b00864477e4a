//! The landing page in a real headless Chromium, at desktop and phone widths.

use fantoccini::Locator;
use laurel::clock::Clock as _;

use crate::harness::{TestApp, browser};

#[tokio::test]
async fn a_visitor_finds_the_open_call_and_its_deadline_on_desktop_and_phone() {
    let Some(browser) = browser::launch("a_visitor_finds_the_open_call_and_its_deadline_on_desktop_and_phone").await
    else {
        return;
    };
    let app = TestApp::spawn().await;
    laurel::demo::seed(&app.db, app.clock.now()).await.unwrap();
    let b = &browser.client;

    for (width, height) in [(1280, 900), (360, 740)] {
        b.set_window_size(width, height).await.unwrap();
        b.goto(&app.url("/")).await.unwrap();
        assert_eq!(b.title().await.unwrap(), "Public-service awards · Laurel");
        let card = b.find(Locator::Css("section[aria-labelledby=open-title] li.card")).await.unwrap();
        let text = card.text().await.unwrap();
        assert!(text.contains("WSIS Prizes 2027") && text.contains("45 days left"), "{width}px: {text}");

        // Nothing scrolls sideways on a phone.
        let overflow = b
            .execute("return document.documentElement.scrollWidth - document.documentElement.clientWidth;", vec![])
            .await
            .unwrap();
        assert_eq!(overflow.as_i64(), Some(0), "{width}px: the page is wider than the window");

        // The categories open without JavaScript, as a native disclosure.
        b.find(Locator::Css("section[aria-labelledby=open-title] summary")).await.unwrap().click().await.unwrap();
        let categories =
            b.find(Locator::Css("section[aria-labelledby=open-title] details ul")).await.unwrap().text().await.unwrap();
        assert!(categories.contains("C7. ICT applications: e-government"), "{categories}");
    }

    // The skip link is the first thing a keyboard reaches.
    b.goto(&app.url("/")).await.unwrap();
    let first = b
        .execute("document.body.focus(); return document.querySelector('a.skip').getAttribute('href');", vec![])
        .await
        .unwrap();
    assert_eq!(first.as_str(), Some("#main"));
    browser.close().await;
}
