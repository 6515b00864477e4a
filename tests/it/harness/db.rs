//! A database per test: a temporary SQLite file, or a PostgreSQL database created for
//! the test and dropped after it when `LAUREL_TEST_POSTGRES_URL` is set.

use laurel::config::DatabaseUrl;
use sea_orm::{ConnectionTrait as _, Database};

pub struct TestDatabase {
    pub url: DatabaseUrl,
    kind: Kind,
}

enum Kind {
    Sqlite(#[allow(dead_code)] tempfile::TempDir),
    Postgres { admin_url: String, name: String },
}

impl TestDatabase {
    pub async fn create() -> Self {
        match std::env::var("LAUREL_TEST_POSTGRES_URL").ok().filter(|u| !u.is_empty()) {
            Some(admin_url) => {
                let name = format!("laurel_test_{}", uuid::Uuid::now_v7().simple());
                let admin = Database::connect(&admin_url)
                    .await
                    .unwrap_or_else(|e| panic!("LAUREL_TEST_POSTGRES_URL is set but PostgreSQL is unreachable: {e}"));
                admin.execute_unprepared(&format!("CREATE DATABASE {name}")).await.expect("create test database");
                admin.close().await.ok();
                let url = replace_database(&admin_url, &name);
                Self {
                    url: DatabaseUrl::parse(&url).expect("test database URL"),
                    kind: Kind::Postgres { admin_url, name },
                }
            }
            None => {
                let dir = tempfile::tempdir().expect("temporary directory");
                let url = format!("sqlite://{}?mode=rwc", dir.path().join("laurel.db").display());
                Self { url: DatabaseUrl::parse(&url).expect("test database URL"), kind: Kind::Sqlite(dir) }
            }
        }
    }
}

/// `postgres://u@h:p/test?x` with the database swapped for `name`.
pub fn replace_database(url: &str, name: &str) -> String {
    let mut parsed = url::Url::parse(url).expect("LAUREL_TEST_POSTGRES_URL is a URL");
    parsed.set_path(&format!("/{name}"));
    parsed.to_string()
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        if let Kind::Postgres { admin_url, name } = &self.kind {
            let (admin_url, name) = (admin_url.clone(), name.clone());
            // Drop runs inside the test's runtime, which cannot be blocked on; a
            // thread with its own runtime drops the database before the test ends.
            let dropped = std::thread::spawn(move || {
                let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
                runtime.block_on(async {
                    if let Ok(admin) = Database::connect(&admin_url).await {
                        let _ = admin.execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).await;
                        admin.close().await.ok();
                    }
                });
            });
            let _ = dropped.join();
        }
    }
}
