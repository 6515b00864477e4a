//! The `laurel` command: parses the command line, then hands over to the library.

use std::io::Read as _;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use laurel::config::{DatabaseUrl, MailUrl, Settings};
use laurel::service::{self, Actor};
use laurel::{app, db, demo};
use tracing_subscriber::EnvFilter;

#[derive(Parser)]
#[command(name = "laurel", version, about = "Nominations, review and results for public-service awards")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Apply migrations, then serve HTTP until Ctrl-C or SIGTERM.
    Serve(#[command(flatten)] Settings),
    /// Apply migrations and exit.
    Migrate(DatabaseArgs),
    /// Build a fresh demo database with a realistic cycle, then serve it.
    Demo(DemoArgs),
    /// Create a cycle from a definition file (TOML; see examples/unpsa-2027.toml).
    Import {
        /// The definition to import.
        file: std::path::PathBuf,
        #[command(flatten)]
        database: DatabaseArgs,
    },
    /// Manage people.
    #[command(subcommand)]
    User(UserCommand),
    /// Check the audit trail.
    #[command(subcommand)]
    Audit(AuditCommand),
    /// Public votes.
    #[command(subcommand)]
    Vote(VoteCommand),
}

#[derive(Subcommand)]
enum VoteCommand {
    /// Recompute a public vote's count from its log and voids alone, and print it: one
    /// line per nomination (category, nomination, valid votes, title), then the turnout.
    Recount {
        /// The public-vote stage's id.
        stage: uuid::Uuid,
        #[command(flatten)]
        database: DatabaseArgs,
    },
}

#[derive(Args)]
struct DatabaseArgs {
    #[arg(long = "database-url", env = "DATABASE_URL", value_name = "DATABASE_URL", default_value = "sqlite://laurel.db?mode=rwc", value_parser = DatabaseUrl::parse)]
    database_url: DatabaseUrl,
}

#[derive(Args)]
struct DemoArgs {
    /// The demo's own database, wiped and rebuilt on every start.
    #[arg(long = "demo-database-url", env = "LAUREL_DEMO_DATABASE_URL", value_name = "LAUREL_DEMO_DATABASE_URL", default_value = "sqlite://laurel-demo.db?mode=rwc", value_parser = DatabaseUrl::parse)]
    database_url: DatabaseUrl,
    #[arg(long = "bind", env = "LAUREL_BIND", value_name = "LAUREL_BIND", default_value = "127.0.0.1:8080")]
    bind: std::net::SocketAddr,
    #[arg(long = "base-url", env = "LAUREL_BASE_URL", value_name = "LAUREL_BASE_URL")]
    base_url: Option<url::Url>,
    /// Where the demo's emails go; by default .eml files in ./outbox.
    #[arg(long = "mail-url", env = "LAUREL_MAIL_URL", value_name = "LAUREL_MAIL_URL", default_value = "file://./outbox", value_parser = MailUrl::parse)]
    mail_url: MailUrl,
    /// Build the database and exit without serving.
    #[arg(long)]
    no_serve: bool,
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create an active account without an invitation; the password is read from standard input.
    Create {
        #[arg(long)]
        email: String,
        #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(laurel::domain::user::Role::WORDS))]
        role: String,
        /// The person's name; defaults to the part of the email before the @.
        #[arg(long)]
        name: Option<String>,
        /// For a nominator: the member state they act for (ISO 3166-1 alpha-3).
        #[arg(long)]
        member_state: Option<String>,
        /// For a reviewer: their nationality (ISO 3166-1 alpha-3).
        #[arg(long)]
        nationality: Option<String>,
        /// Read the password from standard input (required: passwords never go on the command line).
        #[arg(long, required = true)]
        password_stdin: bool,
        #[command(flatten)]
        database: DatabaseArgs,
    },
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Walk the hash chain and name the first event that was altered, inserted or deleted.
    Verify(DatabaseArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_tracing();
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("laurel: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli.command)) {
        Ok(code) => code,
        Err(e) => {
            // One line a person can act on; the chain is joined, never a backtrace.
            eprintln!("laurel: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// Laurel's own events at `info`; the libraries' start-up chatter (each migration, each
/// scheduled job, each pooled connection) only when something is wrong, so the demo's
/// banner is the last thing on the screen. `LAUREL_LOG` turns any of it up.
const DEFAULT_LOG: &str = "info,sqlx=warn,sea_orm_migration=warn,tokio_cron_scheduler=warn,sea_orm=warn";

fn init_tracing() {
    let filter = EnvFilter::try_from_env("LAUREL_LOG").unwrap_or_else(|_| EnvFilter::new(DEFAULT_LOG));
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).with_ansi(ansi);
    if std::env::var("LAUREL_LOG_FORMAT").is_ok_and(|f| f == "json") {
        builder.json().init();
    } else {
        builder.init();
    }
}

async fn run(command: Command) -> anyhow::Result<ExitCode> {
    match command {
        Command::Serve(settings) => {
            // The address first: a port that is taken is one line, before anything
            // touches the database.
            let listener = app::bind(&settings).await?;
            let db = db::connect(&settings.database_url).await?;
            db::migrate(&db).await?;
            tracing::info!(address = %settings.bind, database = %settings.database_url, "Laurel is serving");
            println!("Laurel is serving at {}", settings.base_url());
            app::run(app::AppState::new(db, settings)?, listener, app::shutdown_signal()).await?;
        }
        Command::Migrate(args) => {
            let db = db::connect(&args.database_url).await?;
            db::migrate(&db).await?;
            println!("migrations applied to {}", args.database_url);
        }
        Command::Demo(args) => return run_demo(args).await,
        Command::User(UserCommand::Create {
            email,
            role,
            name,
            member_state,
            nationality,
            password_stdin: _,
            database,
        }) => {
            let mut password = String::new();
            std::io::stdin()
                .read_to_string(&mut password)
                .map_err(|e| anyhow::anyhow!("reading the password from standard input: {e}"))?;
            let password = password.trim_end_matches(['\r', '\n']).to_owned();
            let db = db::connect(&database.database_url).await?;
            db::migrate(&db).await?;
            let name = name.unwrap_or_else(|| email.split('@').next().unwrap_or_default().to_owned());
            let new = service::accounts::NewUser { email, name, role, member_state, nationality, password };
            match service::accounts::create_user(&db, &Actor::operator(), new, chrono::Utc::now()).await {
                Ok(user) => println!("created {} ({}) with id {}", user.email, user.role, user.id),
                Err(service::Error::Validation(errors)) => {
                    for e in errors {
                        eprintln!("laurel: {}: {}", e.field.replace('_', "-"), e.message);
                    }
                    return Ok(ExitCode::from(2));
                }
                Err(e) => return Err(e.into()),
            }
        }
        Command::Import { file, database } => {
            let text =
                std::fs::read_to_string(&file).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", file.display()))?;
            let definition = match laurel::domain::definition::parse_toml(&text) {
                Ok(d) => d,
                Err(problems) => {
                    eprintln!("laurel: {} is not a valid cycle definition:", file.display());
                    for p in problems {
                        let at = if p.path.is_empty() { String::new() } else { format!("{}: ", p.path) };
                        eprintln!("  - {at}{}", p.message);
                    }
                    return Ok(ExitCode::from(2));
                }
            };
            let db = db::connect(&database.database_url).await?;
            db::migrate(&db).await?;
            match service::cycles::create_cycle(&db, &Actor::operator(), None, &definition, chrono::Utc::now()).await {
                Ok(id) => println!(
                    "created the cycle {} {} ({id}) in draft",
                    definition.plain(&definition.programme),
                    definition.year
                ),
                Err(service::Error::Validation(errors)) => {
                    for e in errors {
                        eprintln!("laurel: {}: {}", e.field, e.message);
                    }
                    return Ok(ExitCode::from(2));
                }
                Err(e) => return Err(e.into()),
            }
        }
        Command::Vote(VoteCommand::Recount { stage, database }) => {
            let db = db::connect(&database.database_url).await?;
            let caches = laurel::cache::Caches::default();
            let (count, book) = service::vote::tally::recount(&db, &caches, stage).await?;
            for line in service::vote::tally::lines(&count, &book) {
                println!("{}\t{}\t{}\t{}", line.category, line.nomination, line.votes, line.title);
            }
            println!(
                "voters {}, ballots counted {}, discarded {} (voided {}, incomplete {})",
                count.voters,
                count.ballots_counted,
                count.ballots_discarded(),
                count.discarded_voided,
                count.discarded_incomplete
            );
        }
        Command::Audit(AuditCommand::Verify(args)) => {
            let db = db::connect(&args.database_url).await?;
            match service::audit::verify(&db).await? {
                service::audit::Verdict::Intact { events } => println!("audit trail intact: {events} events verified"),
                service::audit::Verdict::Broken(broken) => {
                    eprintln!("laurel: audit trail broken: {broken}");
                    return Ok(ExitCode::from(3));
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

async fn run_demo(args: DemoArgs) -> anyhow::Result<ExitCode> {
    let settings = Settings {
        database_url: args.database_url,
        bind: args.bind,
        base_url: args.base_url,
        mail_url: args.mail_url,
        mail_from: "Laurel demo <awards@demo.laurel.test>".parse()?,
        mail_max_attempts: 8,
        reminders_cron: "0 0 7 * * *".into(),
        draft_reminder_days: vec![7, 1],
        digest_cron: "0 30 6 * * *".into(),
        max_upload: 10 * 1024 * 1024,
        trusted_proxies: laurel::config::Networks::default(),
        vote: laurel::config::VoteSettings::default(),
    };
    // A taken port is found before the demo database is wiped and seeded again.
    let listener = if args.no_serve { None } else { Some(app::bind(&settings).await?) };
    demo::wipe(&settings.database_url).await?;
    let db = db::connect(&settings.database_url).await?;
    db::migrate(&db).await?;
    let logins = demo::seed(&db, &settings.base_url(), chrono::Utc::now()).await?;
    let Some(listener) = listener else {
        println!("demo database ready at {}", settings.database_url);
        return Ok(ExitCode::SUCCESS);
    };
    println!();
    println!("Laurel demo is running: open {}", settings.base_url());
    println!();
    for login in &logins {
        println!("  {:<10} {:<32} password: {}", login.role.as_str(), login.email, login.password);
    }
    println!();
    println!("Emails go to {}. Stop with Ctrl-C.", settings.mail_url);
    app::run(app::AppState::new(db, settings)?, listener, app::shutdown_signal()).await?;
    Ok(ExitCode::SUCCESS)
}
