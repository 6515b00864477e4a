//! Headless Chromium through chromedriver, for the flows people click through.

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::{Client, ClientBuilder};

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
