//! The black-box harness: the real server on a free loopback port with a fresh
//! database, and clients that speak to it as people and programs do.

pub mod axe;
pub mod browser;
pub mod db;
pub mod smtp;

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

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
    /// The running app's state, for calling jobs as the scheduler would.
    pub state: AppState,
    /// Every SQL statement run on the app's connections so far, the test's own included.
    statements: Arc<AtomicU64>,
    shutdown: Option<oneshot::Sender<()>>,
    server: Option<tokio::task::JoinHandle<anyhow::Result<()>>>,
    // Dropped last: the database outlives the server using it.
    database: TestDatabase,
}

impl TestApp {
    /// A server on a fresh, migrated database whose clock reads the real time until a
    /// test moves it.
    pub async fn spawn() -> Self {
        Self::spawn_with(|_| {}).await
    }

    /// A server whose settings the test adjusts first (the mail transport, say).
    pub async fn spawn_with(configure: impl FnOnce(&mut Settings)) -> Self {
        let database = TestDatabase::create().await;
        let mut db = laurel::db::connect(&database.url).await.expect("connect to the test database");
        let statements = Arc::new(AtomicU64::new(0));
        let counted = statements.clone();
        // `LAUREL_TEST_PRINT_SQL=1` shows what a count is made of.
        let print = std::env::var_os("LAUREL_TEST_PRINT_SQL").is_some();
        db.set_metric_callback(move |info| {
            counted.fetch_add(1, Ordering::Relaxed);
            laurel::db::count_statement();
            if print {
                eprintln!("sql: {}", info.statement.sql);
            }
        });
        laurel::db::migrate(&db).await.expect("migrate the test database");

        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind a free port");
        let address = listener.local_addr().expect("local address");
        let mut settings = settings(database.url.clone(), address);
        configure(&mut settings);
        // Whole seconds, so "45 days left" reads the same as the data it was seeded from.
        let clock = Arc::new(ManualClock::new(Utc::now().trunc_subsecs(0)));
        let state = AppState::with_clock(db.clone(), settings, clock.clone()).expect("app state");
        let state_copy = state.clone();
        let (shutdown, stop) = oneshot::channel::<()>();
        let server = tokio::spawn(app::serve(state, listener, async move {
            let _ = stop.await;
        }));
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("http client");
        Self {
            address,
            db,
            clock,
            client,
            state: state_copy,
            statements,
            shutdown: Some(shutdown),
            server: Some(server),
            database,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.address, path)
    }

    /// The database the server runs on, for the command line's subcommands.
    pub fn database_url(&self) -> &laurel::config::DatabaseUrl {
        &self.database.url
    }

    /// How many SQL statements have run so far; the difference across one request is
    /// what that request cost (the server runs no timed jobs in tests).
    pub fn statements(&self) -> u64 {
        self.statements.load(Ordering::Relaxed)
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
        mail_from: "Laurel <awards@laurel.test>".parse().expect("sender"),
        mail_max_attempts: 3,
        reminders_cron: "0 0 7 * * *".into(),
        draft_reminder_days: vec![7, 1],
        digest_cron: "0 30 6 * * *".into(),
        max_upload: 10 * 1024 * 1024,
        trusted_proxies: laurel::config::Networks::default(),
        vote: laurel::config::VoteSettings::default(),
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
        .map(|e| e.text().collect::<Vec<_>>().join(" ").split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

/// Reads a problem-details body, checking the content type on the way.
pub async fn problem(response: reqwest::Response) -> serde_json::Value {
    let content_type = response.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
    assert_eq!(content_type, "application/problem+json", "a problem response");
    response.json().await.expect("problem JSON")
}

/// The password every test account gets.
/// A one-pixel PNG that a browser decodes, for attachments a page shows.
pub const PIXEL_PNG: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00,
    0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89, 0x00, 0x00, 0x00, 0x0d, 0x49,
    0x44, 0x41, 0x54, 0x78, 0xda, 0x63, 0x64, 0x60, 0xf8, 0x5f, 0x0f, 0x00, 0x02, 0x87, 0x01, 0x80, 0xeb, 0x47, 0xba,
    0x92, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
];

pub const PASSWORD: &str = "lantern orbit cashew meadow";

/// A person the tests act as.
#[derive(Debug, Clone)]
pub struct Person {
    pub id: uuid::Uuid,
    pub email: String,
}

impl TestApp {
    /// Creates an active account directly, as `laurel user create` would.
    pub async fn person(
        &self,
        email: &str,
        role: &str,
        member_state: Option<&str>,
        nationality: Option<&str>,
    ) -> Person {
        let new = laurel::service::accounts::NewUser {
            email: email.to_owned(),
            name: email.split('@').next().unwrap_or_default().replace('.', " "),
            role: role.to_owned(),
            member_state: member_state.map(str::to_owned),
            nationality: nationality.map(str::to_owned),
            password: PASSWORD.to_owned(),
        };
        let user =
            laurel::service::accounts::create_user(&self.db, &laurel::service::Actor::operator(), new, self.now())
                .await
                .expect("create a test account");
        Person { id: user.id, email: user.email }
    }

    pub fn now(&self) -> chrono::DateTime<Utc> {
        laurel::clock::Clock::now(self.clock.as_ref())
    }

    /// Signs in through the API and returns the bearer token.
    pub async fn token(&self, email: &str) -> String {
        let response = self
            .client
            .post(self.url("/api/v1/auth/login"))
            .json(&serde_json::json!({ "email": email, "password": PASSWORD }))
            .send()
            .await
            .expect("POST login");
        assert_eq!(response.status(), 200, "API sign-in of {email}");
        let body: serde_json::Value = response.json().await.expect("login JSON");
        body["token"].as_str().expect("a token").to_owned()
    }

    /// A fresh browser-like client (own cookie jar) signed in through the sign-in form.
    pub async fn browser_session(&self, email: &str) -> WebClient {
        let web = self.web_client();
        let response = web.sign_in(email, PASSWORD).await;
        assert_eq!(response.status(), 303, "web sign-in of {email}");
        web
    }

    /// A fresh browser-like client with no session.
    pub fn web_client(&self) -> WebClient {
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("http client");
        WebClient { client, base: format!("http://{}", self.address) }
    }

    /// Messages queued for `to`, oldest first. Ids break ties: the test's clock may not
    /// move between two messages, and ids (UUIDv7) are made in order.
    pub async fn outbox_to(&self, to: &str) -> Vec<entity::outbox_message::Model> {
        use sea_orm::{ColumnTrait as _, EntityTrait as _, QueryFilter as _, QueryOrder as _};
        entity::outbox_message::Entity::find()
            .filter(entity::outbox_message::Column::ToAddress.eq(to))
            .order_by_asc(entity::outbox_message::Column::CreatedAt)
            .order_by_asc(entity::outbox_message::Column::Id)
            .all(&self.db)
            .await
            .expect("read the outbox")
    }

    /// The audit actions recorded so far, oldest first.
    pub async fn audit_actions(&self) -> Vec<String> {
        use sea_orm::{EntityTrait as _, QueryOrder as _};
        entity::audit_event::Entity::find()
            .order_by_asc(entity::audit_event::Column::Seq)
            .all(&self.db)
            .await
            .expect("read the audit trail")
            .into_iter()
            .map(|e| e.action)
            .collect()
    }
}

/// The first link in `text` that starts with `prefix` (a path such as `/invitations/`).
pub fn link(text: &str, prefix: &str) -> String {
    text.split_whitespace()
        .find(|w| w.contains(prefix))
        .map(|w| w.trim_end_matches(['.', ',', ')']).to_owned())
        .unwrap_or_else(|| panic!("no {prefix} link in: {text}"))
}

/// A client that behaves like a browser: keeps cookies, posts forms with their CSRF token.
pub struct WebClient {
    pub client: reqwest::Client,
    base: String,
}

impl WebClient {
    pub fn url(&self, path: &str) -> String {
        if path.starts_with("http") { path.to_owned() } else { format!("{}{}", self.base, path) }
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.expect("GET")
    }

    /// The CSRF token of the first form on the page at `path`.
    pub async fn csrf(&self, path: &str) -> String {
        let body = self.get(path).await.text().await.expect("page");
        let page = html(&body);
        let selector = scraper::Selector::parse("input[name=csrf]").expect("selector");
        page.select(&selector)
            .next()
            .and_then(|e| e.value().attr("value"))
            .unwrap_or_else(|| panic!("no CSRF token on {path}"))
            .to_owned()
    }

    /// Posts a form from the page at `from`, with that page's CSRF token.
    pub async fn submit(&self, from: &str, action: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let csrf = self.csrf(from).await;
        let mut form: Vec<(&str, &str)> = vec![("csrf", csrf.as_str())];
        form.extend_from_slice(fields);
        self.client.post(self.url(action)).form(&form).send().await.expect("POST form")
    }

    pub async fn sign_in(&self, email: &str, password: &str) -> reqwest::Response {
        self.submit("/sign-in", "/sign-in", &[("email", email), ("password", password)]).await
    }
}

/// The shipped example definition (`examples/unpsa-2027.toml`) with its timeline moved
/// to `now`: nominations open `opens` days from now (negative: already open) and close
/// `closes` days from now; reviews and publication follow.
pub fn example_cycle(now: chrono::DateTime<Utc>, opens: i64, closes: i64) -> serde_json::Value {
    let text = include_str!("../../../examples/unpsa-2027.toml");
    let mut definition = serde_json::to_value(toml::from_str::<toml::Value>(text).expect("the example")).expect("JSON");
    let at = |days: i64| serde_json::json!((now + chrono::Duration::days(days)).to_rfc3339());
    definition["opens_at"] = at(opens);
    definition["closes_at"] = at(closes);
    definition["stages"][1]["due_at"] = at(closes + 30);
    definition["stages"][2]["due_at"] = at(closes + 60);
    definition["publish_at"] = at(closes + 140);
    definition
}

/// A nomination of the example cycle with every field and required answer filled in.
pub fn complete_nomination(category: &str) -> serde_json::Value {
    serde_json::json!({
        "category": category,
        "title": "Huduma Centres",
        "institution": "Ministry of Public Service",
        "summary": "One-stop centres for government services.",
        "answers": {
            "problem": "People travelled for days to reach a public office.",
            "solution": "One front door for many ministries' services.",
            "impact": "Waiting times fell by two thirds.",
            "sdgs": "SDG 16: Peace, justice and strong institutions",
            "operational-since": "2015-11-01",
        }
    })
}
