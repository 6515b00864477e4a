//! The `laurel` command as an operator meets it: clear one-line failures, the demo,
//! people created from the shell, and the audit check.

use std::io::{BufRead as _, BufReader, Write as _};
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::harness::browser::free_port;
use crate::harness::{TestDatabase, html, texts};

fn laurel() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_laurel"));
    // Only what each test sets; nothing from the developer's shell.
    for var in
        ["DATABASE_URL", "LAUREL_BIND", "LAUREL_BASE_URL", "LAUREL_MAIL_URL", "LAUREL_MAIL_FROM", "LAUREL_MAX_UPLOAD"]
    {
        command.env_remove(var);
    }
    command.env("LAUREL_LOG", "warn");
    command
}

/// Runs to completion and returns (exit code, stdout, stderr).
fn run(command: &mut Command) -> (i32, String, String) {
    let output = command.stdin(Stdio::null()).output().expect("run laurel");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// The lines of stderr a person reads, without clap's usage hints.
fn error_lines(stderr: &str) -> Vec<&str> {
    stderr.lines().filter(|l| !l.trim().is_empty() && !l.starts_with("For more information")).collect()
}

#[test]
fn a_bad_setting_ends_with_one_line_naming_it() {
    let cases = [
        ("DATABASE_URL", "mysql://root@localhost/laurel", "expected sqlite://"),
        ("LAUREL_BIND", "localhost-8080", "LAUREL_BIND"),
        ("LAUREL_MAIL_URL", "carrier-pigeon://coop", "LAUREL_MAIL_URL"),
        ("LAUREL_MAX_UPLOAD", "ten megabytes", "LAUREL_MAX_UPLOAD"),
        ("LAUREL_BASE_URL", "ftp://example.org", "LAUREL_BASE_URL"),
    ];
    for (var, value, expected) in cases {
        let (code, _, stderr) = run(laurel().arg("serve").env(var, value));
        assert_ne!(code, 0, "{var}={value} was accepted");
        let lines = error_lines(&stderr);
        assert_eq!(lines.len(), 1, "{var}: one line, got {lines:?}");
        assert!(lines[0].contains(expected), "{var}: {lines:?}");
        assert!(!stderr.contains("panicked") && !stderr.contains("backtrace"), "{var}: {stderr}");
    }
}

#[test]
fn an_unreachable_postgresql_ends_with_one_line() {
    let port = free_port();
    let (code, _, stderr) =
        run(laurel().arg("serve").env("DATABASE_URL", format!("postgres://postgres@127.0.0.1:{port}/laurel")));
    assert_ne!(code, 0);
    let lines = error_lines(&stderr);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].starts_with("laurel: cannot connect to the database at postgres://postgres@127.0.0.1:"),
        "{lines:?}"
    );
}

#[test]
fn a_port_in_use_ends_with_one_line_saying_what_to_do() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = taken.local_addr().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("laurel.db").display());
    let (code, _, stderr) = run(laurel().arg("serve").env("DATABASE_URL", url).env("LAUREL_BIND", address.to_string()));
    assert_ne!(code, 0);
    let lines = error_lines(&stderr);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].contains(&format!("cannot listen on {address}")) && lines[0].contains("LAUREL_BIND"), "{lines:?}");
    assert!(!dir.path().join("laurel.db").exists(), "the address is checked before the database is touched");
}

#[tokio::test]
async fn user_create_reads_the_password_from_stdin_and_refuses_bad_input_by_field() {
    let database = TestDatabase::create().await;
    let create = |args: &[&str], password: &str| {
        let mut child = laurel()
            .args(["user", "create"])
            .args(args)
            .arg("--password-stdin")
            .env("DATABASE_URL", database.url.expose())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(password.as_bytes()).unwrap();
        let out = child.wait_with_output().unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };

    let (code, stdout, _) =
        create(&["--email", "Focal@Gov.KE", "--role", "nominator", "--member-state", "ken"], "a long enough secret\n");
    assert_eq!(code, 0);
    assert!(stdout.contains("created focal@gov.ke (nominator)"), "{stdout}");

    let (code, _, stderr) =
        create(&["--email", "focal@gov.ke", "--role", "nominator", "--member-state", "XYZ"], "short");
    assert_eq!(code, 2);
    assert!(stderr.contains("password: the password must be at least 12 characters"), "{stderr}");
    assert!(stderr.contains("member-state: XYZ is not a UN member state"), "{stderr}");

    let (code, _, stderr) = create(&["--email", "focal@gov.ke", "--role", "admin"], "a long enough secret");
    assert_eq!(code, 2);
    assert!(stderr.contains("email: an account with the address focal@gov.ke already exists"), "{stderr}");

    let (code, stdout, _) = run(laurel().args(["audit", "verify"]).env("DATABASE_URL", database.url.expose()));
    assert_eq!(code, 0);
    assert!(stdout.contains("audit trail intact: 1 events verified"), "{stdout}");
}

#[tokio::test]
async fn audit_verify_exits_non_zero_naming_the_tampered_event() {
    use sea_orm::ConnectionTrait as _;
    let database = TestDatabase::create().await;
    let db = laurel::db::connect(&database.url).await.unwrap();
    laurel::db::migrate(&db).await.unwrap();
    laurel::demo::seed(&db, "http://127.0.0.1:8080/", chrono::Utc::now()).await.unwrap();
    db.execute_unprepared("UPDATE audit_event SET actor_label = 'someone else' WHERE seq = 1").await.unwrap();

    let (code, _, stderr) = run(laurel().args(["audit", "verify"]).env("DATABASE_URL", database.url.expose()));
    assert_eq!(code, 3);
    assert!(stderr.contains("audit trail broken: event 1 ("), "{stderr}");
    assert!(stderr.contains("was altered"), "{stderr}");
}

#[tokio::test]
async fn the_demo_serves_its_cycle_and_stops_cleanly_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let log = dir.path().join("stderr.log");
    let mut child = laurel()
        .arg("demo")
        .current_dir(dir.path())
        .env("LAUREL_BIND", format!("127.0.0.1:{port}"))
        .env_remove("LAUREL_DEMO_DATABASE_URL")
        .env_remove("LAUREL_LOG")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::from(std::fs::File::create(&log).unwrap()))
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut printed = Vec::new();
    let url = loop {
        let line = lines.next().expect("the demo prints its address").unwrap();
        printed.push(line.clone());
        if let Some(url) = line.strip_prefix("Laurel demo is running: open ") {
            break url.to_owned();
        }
    };
    assert_eq!(url, format!("http://127.0.0.1:{port}/"));
    for _ in 0..6 {
        printed.push(lines.next().unwrap().unwrap());
    }
    let logins = printed.join("\n");
    for role in ["admin", "nominator", "reviewer"] {
        assert!(logins.contains(&format!("  {role}")), "a {role} login is printed: {logins}");
    }
    assert!(logins.contains(laurel::demo::PASSWORD));
    // The banner is what the operator sees: the libraries' start-up lines stay quiet.
    std::thread::sleep(Duration::from_millis(500));
    let chatter = std::fs::read_to_string(&log).unwrap();
    assert!(chatter.lines().count() <= 3, "the demo's log around the banner:\n{chatter}");

    let body = reqwest::get(&url).await.unwrap().text().await.unwrap();
    let page = html(&body);
    assert_eq!(texts(&page, "section[aria-labelledby=open-title] h3"), ["Public Sector Innovation Awards 2027"]);
    assert!(dir.path().join("laurel-demo.db").exists(), "the demo keeps its own database file");

    // SIGTERM: the process finishes and exits successfully.
    let pid = i32::try_from(child.id()).unwrap();
    Command::new("kill").args(["-TERM", &pid.to_string()]).status().unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(std::time::Instant::now() < deadline, "the demo did not stop on SIGTERM");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "{status:?}");
}

#[tokio::test]
async fn import_creates_the_example_cycle_and_refuses_a_broken_copy_listing_every_problem() {
    let database = TestDatabase::create().await;
    let example = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/unpsa-2027.toml");
    let import = |file: &str| run(laurel().args(["import", file]).env("DATABASE_URL", database.url.expose()));

    let (code, stdout, stderr) = import(example);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("created the cycle UN Public Service Awards 2027"), "{stdout}");

    let (code, _, stderr) = import(example);
    assert_eq!(code, 2);
    assert!(stderr.contains("UN Public Service Awards already has a 2027 cycle"), "{stderr}");

    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.toml");
    let text = std::fs::read_to_string(example)
        .unwrap()
        .replace("year       = 2027", "year       = 2028\nyaer = 2028")
        .replace("closes_at  = \"2027-01-31T23:59:59Z\"", "closes_at  = \"2026-10-31T23:59:59Z\"")
        .replace("weight = 30\n", "weight = 0\n")
        .replace("time_zone  = \"America/New_York\"", "time_zone  = \"America/Gotham\"");
    std::fs::write(&broken, text).unwrap();
    let (code, _, stderr) = import(broken.to_str().unwrap());
    assert_eq!(code, 2);
    for expected in [
        "yaer: unknown field 'yaer'",
        "closes_at: nominations must close after they open",
        "time_zone: 'America/Gotham' is not an IANA time zone",
        "stages[1].criteria[0].weight: a weight must be positive",
        "stages[2].criteria[1].weight: a weight must be positive",
    ] {
        assert!(stderr.contains(expected), "{expected:?} in:\n{stderr}");
    }

    let db = laurel::db::connect(&database.url).await.unwrap();
    let cycles = laurel::service::cycles::public_cycles(&db, &laurel::cache::Caches::default(), chrono::Utc::now())
        .await
        .unwrap();
    assert_eq!(cycles.len(), 1, "the broken copy created nothing");
    assert_eq!(cycles[0].categories.len(), 3);
}
