//! `cargo run -p migration -- [up|down -n N|status|fresh|refresh|reset] -u URL`
//! (the URL may also come from `DATABASE_URL`).

use sea_orm_migration::prelude::*;

#[tokio::main]
async fn main() {
    cli::run_cli(migration::Migrator).await;
}
