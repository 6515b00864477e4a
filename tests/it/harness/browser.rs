//! Headless Chromium through chromedriver, for the flows people click through.

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::{Client, ClientBuilder, Locator};

/// A browser session with its own chromedriver process, closed on drop.
pub struct Browser {
    pub client: Client,
    driver: Child,
    _profile: tempfile::TempDir,
}

/// Starts a browser, or explains in one line why not. Absence is a failure only when
/// `LAUREL_REQUIRE_BROWSER=1`, so a developer without Chromium still runs the rest.
pub async fn launch(test: &str) -> Option<Browser> {
    let required = std::env::var("LAUREL_REQUIRE_BROWSER").is_ok_and(|v| v == "1");
    let driver_path = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"]
        .into_iter()
        .find(|p| std::path::Path::new(p).exists());
    let chromium =
        ["/usr/bin/chromium", "/usr/bin/chromium-browser"].into_iter().find(|p| std::path::Path::new(p).exists());
    let (Some(driver_path), Some(chromium)) = (driver_path, chromium) else {
        assert!(!required, "{test}: LAUREL_REQUIRE_BROWSER=1 but chromium or chromedriver is not installed");
        eprintln!(
            "skipping {test}: chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)"
        );
        return None;
    };

    let port = free_port();
    let driver = Command::new(driver_path)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromedriver");
    let profile = tempfile::tempdir().expect("browser profile directory");
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({
            "binary": chromium,
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=1280,900",
                format!("--user-data-dir={}", profile.path().display()),
            ]
        }),
    );
    // Several TLS backends are linked into the test binary; pick one, once.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let mut builder = ClientBuilder::rustls().expect("TLS for the webdriver client");
    builder.capabilities(caps);
    let url = format!("http://127.0.0.1:{port}");
    // chromedriver takes a moment to listen.
    let mut last_error = None;
    for _ in 0..50 {
        match builder.connect(&url).await {
            Ok(client) => return Some(Browser { client, driver, _profile: profile }),
            Err(e) => last_error = Some(e),
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{test}: chromedriver did not start a session: {last_error:?}");
}

impl Browser {
    /// Ends the session; call at the end of a test so Chromium exits cleanly.
    pub async fn close(mut self) {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
    }
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port")
}

// ---------------------------------------------------------------------------------------
// What a person does on a page
// ---------------------------------------------------------------------------------------

/// Replaces what the field `css` holds with `value`, typed.
pub async fn fill(b: &Client, css: &str, value: &str) {
    let field = b.find(Locator::Css(css)).await.unwrap_or_else(|e| panic!("{css}: {e}"));
    field.clear().await.unwrap();
    field.send_keys(value).await.unwrap();
}

pub async fn click(b: &Client, css: &str) {
    b.find(Locator::Css(css)).await.unwrap_or_else(|e| panic!("{css}: {e}")).click().await.unwrap();
}

/// The text of the element `css` matches, waiting for it to appear.
pub async fn text(b: &Client, css: &str) -> String {
    let element = b.wait().for_element(Locator::Css(css)).await.unwrap_or_else(|e| panic!("{css}: {e}"));
    element.text().await.unwrap()
}

/// The text of every element `css` matches, in document order.
pub async fn texts(b: &Client, css: &str) -> Vec<String> {
    let mut out = Vec::new();
    for element in b.find_all(Locator::Css(css)).await.unwrap() {
        out.push(element.text().await.unwrap());
    }
    out
}

/// Clicks what leads to another page, and waits until the old page is gone, so that
/// what is read next comes from the new one.
pub async fn click_and_load(b: &Client, css: &str) {
    let old = b.find(Locator::Css("html")).await.unwrap();
    click(b, css).await;
    wait_for_new_page(&old, css).await;
}

pub async fn wait_for_new_page(old: &fantoccini::elements::Element, what: &str) {
    for _ in 0..200 {
        if old.tag_name().await.is_err() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("{what}: no new page after the click");
}

/// Signs in through the sign-in form and waits for the signed-in page.
pub async fn sign_in(b: &Client, app: &super::TestApp, email: &str, password: &str) {
    b.goto(&app.url("/sign-in")).await.unwrap();
    fill(b, "#email", email).await;
    fill(b, "#password", password).await;
    click_and_load(b, "main form button[type=submit]").await;
    b.wait().for_element(Locator::Css("header form[action='/sign-out']")).await.unwrap();
}
