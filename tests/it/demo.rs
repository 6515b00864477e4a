//! `laurel demo` as a newcomer meets it, in Chromium: the process started as the README
//! says, the public side full (published winners, an initiative, a member state, the
//! open data), and each demo login landing on work to do.

use std::io::{BufRead as _, BufReader};
use std::process::{Child, Command, Stdio};

use fantoccini::{Client, Locator};

use crate::browser::shoot;
use crate::harness::browser::{self, click_and_load, fill, free_port, text, texts};

/// A running `laurel demo`, stopped when dropped.
struct Demo {
    child: Child,
    url: String,
    _dir: tempfile::TempDir,
}

impl Drop for Demo {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Demo {
    /// Starts the demo in a fresh directory and waits for its banner.
    fn start() -> Demo {
        let dir = tempfile::tempdir().unwrap();
        let port = free_port();
        let mut child = Command::new(env!("CARGO_BIN_EXE_laurel"))
            .arg("demo")
            .current_dir(dir.path())
            .env("LAUREL_BIND", format!("127.0.0.1:{port}"))
            .env_remove("LAUREL_DEMO_DATABASE_URL")
            .env_remove("LAUREL_BASE_URL")
            .env_remove("LAUREL_MAIL_URL")
            .env("LAUREL_LOG", "warn")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let url = loop {
            let line = lines.next().expect("the demo prints its address").unwrap();
            if let Some(url) = line.strip_prefix("Laurel demo is running: open ") {
                break url.trim_end_matches('/').to_owned();
            }
        };
        // The rest of its output is read, so the demo never writes to a closed pipe.
        std::thread::spawn(move || lines.for_each(drop));
        Demo { child, url, _dir: dir }
    }

    fn at(&self, path: &str) -> String {
        format!("{}{path}", self.url)
    }
}

async fn sign_in(b: &Client, demo: &Demo, email: &str) {
    b.goto(&demo.at("/sign-in")).await.unwrap();
    fill(b, "#email", email).await;
    fill(b, "#password", laurel::demo::PASSWORD).await;
    click_and_load(b, "main form button[type=submit]").await;
    b.wait().for_element(Locator::Css("header form[action='/sign-out']")).await.unwrap();
}

async fn sign_out(b: &Client) {
    click_and_load(b, "header form[action='/sign-out'] button").await;
}

#[tokio::test]
async fn the_demo_shows_published_winners_to_the_public_and_work_to_every_login() {
    let test = "the_demo_shows_published_winners_to_the_public_and_work_to_every_login";
    let Some(browser) = browser::launch(test).await else { return };
    let demo = Demo::start();
    let b = &browser.client;
    let shots = std::env::var_os("LAUREL_SCREENSHOTS").map(std::path::PathBuf::from);

    // The public: last year's winners, from the home page's card.
    b.goto(&demo.at("/")).await.unwrap();
    let card = b
        .find(Locator::XPath("//li[contains(@class, 'card')][.//a[text()='UN Public Service Awards 2026']]"))
        .await
        .unwrap();
    assert!(card.text().await.unwrap().contains("Results published"));
    let old = b.find(Locator::Css("html")).await.unwrap();
    card.find(Locator::Css("h3 a")).await.unwrap().click().await.unwrap();
    browser::wait_for_new_page(&old, "the results").await;
    assert_eq!(text(b, "main h1").await, "UN Public Service Awards 2026");
    let awards = texts(b, "ul.awards li").await;
    let winners = awards.iter().filter(|a| a.starts_with("Winner")).count();
    assert_eq!(winners, 11, "one per region in two categories, one in the third: {awards:?}");
    assert_eq!(awards.iter().filter(|a| a.starts_with("Champion")).count(), 2, "{awards:?}");
    if let Some(dir) = &shots {
        for width in [1280, 360] {
            shoot(b, width, dir, "demo-results").await;
        }
    }

    // A winner's page, then its member state's.
    let first = &awards[0];
    let title = first.trim_start_matches("Winner").trim().split(" — ").next().unwrap().to_owned();
    click_and_load(b, "ul.awards li a[href^='/initiatives/']").await;
    assert_eq!(text(b, "main h1").await, title);
    let state = b.find(Locator::Css("main a[href^='/member-states/']")).await.unwrap();
    let state_name = state.text().await.unwrap();
    click_and_load(b, "main a[href^='/member-states/']").await;
    assert_eq!(text(b, "main h1").await, state_name);
    assert!(text(b, "main").await.contains(&title), "{state_name}'s page lists {title}");

    // The open data, from the footer.
    click_and_load(b, "footer a[href='/open-data']").await;
    assert_eq!(text(b, "main h1").await, "Open data");

    // The WSIS Prizes' public vote, from the landing page: eighteen categories of
    // nominations, open to anyone.
    b.goto(&demo.at("/")).await.unwrap();
    click_and_load(b, "section[aria-labelledby=votes-title] a.button").await;
    assert_eq!(text(b, "main h1").await, "Public vote");
    assert_eq!(b.find_all(Locator::Css("details.ballot-category")).await.unwrap().len(), 18);
    assert!(text(b, "#window").await.starts_with("The vote is open until"));
    if let Some(dir) = &shots {
        for width in [1280, 360] {
            shoot(b, width, dir, "demo-vote").await;
        }
    }

    // The secretariat: the Digital Government Awards in screening, with nominations to
    // screen and an answer to read.
    sign_in(b, &demo, "secretariat@demo.laurel.test").await;
    assert!(text(b, "main").await.contains("Digital Government Awards 2027"));
    let screening = b
        .find(Locator::XPath(
            "//section[.//*[contains(text(), 'Digital Government Awards 2027')]]//a[contains(text(), 'Preliminary assessment')]",
        ))
        .await
        .unwrap();
    let href = screening.attr("href").await.unwrap().unwrap();
    b.goto(&demo.at(&href)).await.unwrap();
    assert_eq!(text(b, "main h1").await, "Preliminary assessment");
    let to_screen = b.find_all(Locator::Css("form[action$='/screening']")).await.unwrap();
    assert!(to_screen.len() >= 5, "nominations wait to be screened: {}", to_screen.len());
    assert!(text(b, "main").await.contains("High Commission for Planning"), "Morocco's answer is there to read");
    if let Some(dir) = &shots {
        for width in [1280, 360] {
            shoot(b, width, dir, "demo-screening").await;
        }
    }

    // The WSIS Prizes' vote, as the secretariat reads it: turnout, ballots set aside and
    // the cluster flagged.
    b.goto(&demo.at("/admin/cycles")).await.unwrap();
    let vote = b
        .find(Locator::XPath(
            "//section[.//*[contains(text(), 'WSIS Prizes 2027')]]//a[contains(text(), 'Public online voting')]",
        ))
        .await
        .unwrap();
    let href = vote.attr("href").await.unwrap().unwrap();
    b.goto(&demo.at(&href)).await.unwrap();
    assert_eq!(text(b, "#vote-turnout").await, "58");
    let flags = b.find_all(Locator::Css("form[action$='/votes/void']")).await.unwrap();
    assert!(!flags.is_empty(), "the campaign from one network is flagged");
    if let Some(dir) = &shots {
        for width in [1280, 360] {
            shoot(b, width, dir, "demo-vote-count").await;
        }
    }
    sign_out(b).await;

    // Kenya's focal point: a question to answer, and a draft to finish.
    sign_in(b, &demo, "focal.ken@demo.laurel.test").await;
    let dashboard = text(b, "main").await;
    assert!(dashboard.contains("Clarification requested"), "{dashboard}");
    assert!(dashboard.contains("Digital county revenue collection"), "the open call's draft: {dashboard}");
    if let Some(dir) = &shots {
        for width in [1280, 360] {
            shoot(b, width, dir, "demo-focal-point").await;
        }
    }
    sign_out(b).await;

    // The reviewer: assignments still to score.
    sign_in(b, &demo, "reviewer@demo.laurel.test").await;
    let to_do = b.find_all(Locator::XPath("//ol[contains(@class, 'to-do')]/li")).await.unwrap();
    assert!(!to_do.is_empty(), "the demo reviewer has work");
    browser.close().await;
}
