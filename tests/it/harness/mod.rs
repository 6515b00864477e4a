//! The black-box harness: the real server on a free loopback port with a fresh
//! database, and clients that speak to it as people and programs do.

pub mod browser;
pub mod db;

use std::net::SocketAddr;
use std::sync::Arc;

use chrono::{SubsecRound as _, Utc};
use laurel::app::{self, AppState};
use laurel::clock::ManualClock;
use laurel::config::{DatabaseUrl, MailUrl, Settings};
use sea_orm::DatabaseConnection;
use tokio::sync::oneshot;

pub use self::db::TestDatabase;

/// One running Laurel with its own database.
pub struct TestApp {
    pub address: SocketAddr,
    pub db: DatabaseConnection,
    pub clock: Arc<ManualClock>,
    pub client: reqwest::Client,
    shutdown: Option<oneshot::Sender<()>>,
    server: Option<tokio::task::JoinHandle<anyhow::Result<()>>>,
    // Dropped last: the database outlives the server using it.
    _database: TestDatabase,
}

impl TestApp {
    /// A server on a fresh, migrated database whose clock reads the real time until a
    /// test moves it.
    pub async fn spawn() -> Self {
        let database = TestDatabase::create().await;
        let db = laurel::db::connect(&database.url).await.expect("connect to the test database");
        laurel::db::migrate(&db).await.expect("migrate the test database");

        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind a free port");
        let address = listener.local_addr().expect("local address");
        let settings = settings(database.url.clone(), address);
        // Whole seconds, so "45 days left" reads the same as the data it was seeded from.
        let clock = Arc::new(ManualClock::new(Utc::now().trunc_subsecs(0)));
        let state = AppState::with_clock(db.clone(), settings, clock.clone()).expect("app state");
        let (shutdown, stop) = oneshot::channel::<()>();
        let server = tokio::spawn(app::serve(state, listener, async move {
            let _ = stop.await;
        }));
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("http client");
        Self { address, db, clock, client, shutdown: Some(shutdown), server: Some(server), _database: database }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.address, path)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.expect("GET")
    }

    /// Stops accepting connections and waits for the server to finish.
    pub async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(server) = self.server.take() {
            server.await.expect("server task").expect("server ran cleanly");
        }
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

pub fn settings(database_url: DatabaseUrl, bind: SocketAddr) -> Settings {
    Settings {
        database_url,
        bind,
        base_url: None,
        mail_url: MailUrl::Log,
        mail_from: "Laurel <awards@laurel.test>".into(),
        max_upload: 10 * 1024 * 1024,
    }
}

/// Parses a page for CSS-selector assertions.
pub fn html(body: &str) -> scraper::Html {
    scraper::Html::parse_document(body)
}

/// The trimmed texts of the elements `selector` matches.
pub fn texts(page: &scraper::Html, selector: &str) -> Vec<String> {
    let selector = scraper::Selector::parse(selector).expect("valid selector");
    page.select(&selector)
        .map(|e| e.text().collect::<String>().split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

/// Reads a problem-details body, checking the content type on the way.
pub async fn problem(response: reqwest::Response) -> serde_json::Value {
    let content_type = response.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
    assert_eq!(content_type, "application/problem+json", "a problem response");
    response.json().await.expect("problem JSON")
}
