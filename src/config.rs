//! Settings, read once at start from the environment (`DATABASE_URL`, `LAUREL_*`).
//!
//! Every setting is a clap argument with an `env` fallback, so `laurel serve --help`
//! lists them with their defaults, and a bad value ends the process with one line
//! naming the variable and what was expected.

use std::fmt;
use std::net::SocketAddr;
use std::path::PathBuf;

use clap::Args;
use secrecy::{ExposeSecret, SecretString};
use url::Url;

/// Everything a running Laurel needs to know about its surroundings.
#[derive(Debug, Clone, Args)]
pub struct Settings {
    /// Where the data lives: `sqlite://PATH?mode=rwc` or `postgres://USER@HOST:PORT/DB`.
    #[arg(long = "database-url", env = "DATABASE_URL", value_name = "DATABASE_URL", default_value = "sqlite://laurel.db?mode=rwc", value_parser = DatabaseUrl::parse)]
    pub database_url: DatabaseUrl,

    /// Address and port the HTTP server listens on.
    #[arg(long = "bind", env = "LAUREL_BIND", value_name = "LAUREL_BIND", default_value = "127.0.0.1:8080")]
    pub bind: SocketAddr,

    /// The public address of this Laurel, used to build links in emails.
    #[arg(long = "base-url", env = "LAUREL_BASE_URL", value_name = "LAUREL_BASE_URL", value_parser = parse_base_url)]
    pub base_url: Option<Url>,

    /// How email leaves: `smtp://USER:PASS@HOST:PORT`, `smtps://…`, `file://DIR` or `log:`.
    #[arg(long = "mail-url", env = "LAUREL_MAIL_URL", value_name = "LAUREL_MAIL_URL", default_value = "log:", value_parser = MailUrl::parse)]
    pub mail_url: MailUrl,

    /// The sender of every email, e.g. `Laurel <awards@example.org>`.
    #[arg(long = "mail-from", env = "LAUREL_MAIL_FROM", value_name = "LAUREL_MAIL_FROM", default_value = "Laurel <noreply@localhost>", value_parser = parse_mailbox)]
    pub mail_from: lettre::message::Mailbox,

    /// Delivery attempts for one email before it is marked failed for an admin to resend.
    #[arg(long = "mail-max-attempts", env = "LAUREL_MAIL_MAX_ATTEMPTS", value_name = "LAUREL_MAIL_MAX_ATTEMPTS", default_value_t = 8, value_parser = clap::value_parser!(i32).range(1..=50))]
    pub mail_max_attempts: i32,

    /// When reviewers get their daily reminder (cron with seconds, UTC).
    #[arg(
        long = "reminders-cron",
        env = "LAUREL_REMINDERS_CRON",
        value_name = "LAUREL_REMINDERS_CRON",
        default_value = "0 0 7 * * *"
    )]
    pub reminders_cron: String,

    /// How many days before a cycle's deadline focal points are reminded of their
    /// unsubmitted drafts (comma-separated); each reminder is sent once.
    #[arg(long = "draft-reminder-days", env = "LAUREL_DRAFT_REMINDER_DAYS", value_name = "LAUREL_DRAFT_REMINDER_DAYS", value_delimiter = ',', default_values_t = [7, 1], value_parser = clap::value_parser!(u32).range(1..=120))]
    pub draft_reminder_days: Vec<u32>,

    /// When admins get their daily digest (cron with seconds, UTC).
    #[arg(
        long = "digest-cron",
        env = "LAUREL_DIGEST_CRON",
        value_name = "LAUREL_DIGEST_CRON",
        default_value = "0 30 6 * * *"
    )]
    pub digest_cron: String,

    /// The largest attachment accepted, in bytes.
    #[arg(long = "max-upload", env = "LAUREL_MAX_UPLOAD", value_name = "LAUREL_MAX_UPLOAD", default_value_t = 10 * 1024 * 1024, value_parser = clap::value_parser!(u64).range(1024..))]
    pub max_upload: u64,

    /// Reverse proxies (CIDRs or addresses, comma-separated) whose `X-Forwarded-For` or
    /// `Forwarded` header names the client. Empty: no forwarded header is believed.
    #[arg(long = "trusted-proxies", env = "LAUREL_TRUSTED_PROXIES", value_name = "LAUREL_TRUSTED_PROXIES", default_value = "", value_parser = Networks::parse)]
    pub trusted_proxies: Networks,

    #[command(flatten)]
    pub vote: VoteSettings,
}

/// The public vote's rate limits (per hour, on each instance).
#[derive(Debug, Clone, Args)]
pub struct VoteSettings {
    /// Voter registrations (codes asked for) from one client address per hour.
    #[arg(long = "vote-registrations-per-address", env = "LAUREL_VOTE_REGISTRATIONS_PER_ADDRESS", value_name = "LAUREL_VOTE_REGISTRATIONS_PER_ADDRESS", default_value_t = 30, value_parser = clap::value_parser!(u32).range(1..))]
    pub registrations_per_address: u32,

    /// Voter registrations from one network (/24, /48) per hour.
    #[arg(long = "vote-registrations-per-network", env = "LAUREL_VOTE_REGISTRATIONS_PER_NETWORK", value_name = "LAUREL_VOTE_REGISTRATIONS_PER_NETWORK", default_value_t = 300, value_parser = clap::value_parser!(u32).range(1..))]
    pub registrations_per_network: u32,

    /// Votes cast, changed or withdrawn by one voter per hour.
    #[arg(long = "vote-changes-per-voter", env = "LAUREL_VOTE_CHANGES_PER_VOTER", value_name = "LAUREL_VOTE_CHANGES_PER_VOTER", default_value_t = 60, value_parser = clap::value_parser!(u32).range(1..))]
    pub changes_per_voter: u32,

    /// Networks that put many people behind one address (a ministry, a university),
    /// comma-separated: registrations from them are not limited per address or
    /// network, and their clusters are left to the secretariat's review of flags.
    #[arg(long = "vote-shared-networks", env = "LAUREL_VOTE_SHARED_NETWORKS", value_name = "LAUREL_VOTE_SHARED_NETWORKS", default_value = "", value_parser = Networks::parse)]
    pub shared_networks: Networks,
}

impl Default for VoteSettings {
    fn default() -> Self {
        Self {
            registrations_per_address: 30,
            registrations_per_network: 300,
            changes_per_voter: 60,
            shared_networks: Networks::default(),
        }
    }
}

/// A list of networks: `LAUREL_TRUSTED_PROXIES`, the reverse proxies in front of
/// Laurel (anyone can send a forwarded header, so it is read only from a connection
/// that comes from one of these; sign-in throttling then counts the real client, not
/// the proxy that every user behind it shares), and `LAUREL_VOTE_SHARED_NETWORKS`.
#[derive(Debug, Clone, Default)]
pub struct Networks(Vec<ipnet::IpNet>);

impl Networks {
    /// # Errors
    /// A sentence naming the entry that is neither a CIDR nor an address.
    pub fn parse(raw: &str) -> Result<Self, String> {
        raw.split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| {
                s.parse::<ipnet::IpNet>()
                    .or_else(|_| s.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
                    .map_err(|_| format!("'{s}' is not a network such as 10.0.0.0/8 or an address such as 10.0.0.1"))
            })
            .collect::<Result<_, _>>()
            .map(Self)
    }

    #[must_use]
    pub fn contains(&self, ip: std::net::IpAddr) -> bool {
        self.0.iter().any(|net| net.contains(&ip))
    }

    /// The client's address: `peer` itself unless it is a trusted proxy, in which case
    /// the forwarded chain is walked from the nearest hop back, skipping the trusted
    /// proxies, and the first other address is the client (an address the client wrote
    /// itself further left is never reached).
    #[must_use]
    pub fn client(&self, peer: std::net::IpAddr, forwarded: &[std::net::IpAddr]) -> std::net::IpAddr {
        if !self.contains(peer) {
            return peer;
        }
        forwarded.iter().rev().copied().find(|ip| !self.contains(*ip)).unwrap_or(peer)
    }
}

impl Settings {
    /// The address links in emails and feeds start with, ending in `/`.
    pub fn base_url(&self) -> String {
        match &self.base_url {
            Some(url) => {
                let url = url.as_str();
                if url.ends_with('/') { url.to_owned() } else { format!("{url}/") }
            }
            None => format!("http://{}/", self.bind),
        }
    }
}

/// `DATABASE_URL`, checked for a backend Laurel supports. The password, if any, never
/// appears in `Debug` or `Display`.
#[derive(Clone)]
pub struct DatabaseUrl {
    url: SecretString,
    backend: Backend,
    redacted: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl DatabaseUrl {
    /// Accepts `sqlite:` and `postgres:`/`postgresql:` URLs.
    ///
    /// # Errors
    /// A sentence saying what was expected, for clap to print beside the variable name.
    pub fn parse(raw: &str) -> Result<Self, String> {
        let raw = raw.trim();
        let scheme = raw.split(':').next().unwrap_or_default();
        let backend = match scheme {
            "sqlite" => Backend::Sqlite,
            "postgres" | "postgresql" => Backend::Postgres,
            _ => {
                return Err(format!(
                    "expected sqlite://PATH?mode=rwc or postgres://USER@HOST:PORT/DATABASE, got a URL starting with '{scheme}:'"
                ));
            }
        };
        let redacted = match backend {
            Backend::Sqlite => raw.to_owned(),
            Backend::Postgres => {
                let mut url = Url::parse(raw).map_err(|e| format!("not a valid PostgreSQL URL: {e}"))?;
                if url.host_str().is_none_or(str::is_empty) {
                    return Err("a PostgreSQL URL needs a host, as in postgres://USER@HOST:PORT/DATABASE".into());
                }
                if url.path().trim_start_matches('/').is_empty() {
                    return Err(
                        "a PostgreSQL URL needs a database name, as in postgres://USER@HOST:PORT/DATABASE".into()
                    );
                }
                if url.password().is_some() {
                    // Cannot fail: the URL has a host, so it can carry a password.
                    let _ = url.set_password(Some("***"));
                }
                url.to_string()
            }
        };
        Ok(Self { url: SecretString::from(raw.to_owned()), backend, redacted })
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The URL with its password, for the connection itself and nothing else.
    pub fn expose(&self) -> &str {
        self.url.expose_secret()
    }
}

impl fmt::Display for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.redacted)
    }
}

impl fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DatabaseUrl({})", self.redacted)
    }
}

/// Where outgoing email goes.
#[derive(Clone)]
pub enum MailUrl {
    /// `smtp://` (STARTTLS when offered) or `smtps://` (TLS from the start).
    Smtp { url: SecretString, redacted: String },
    /// `file://DIR`: each message is written to DIR as an `.eml` file.
    File(PathBuf),
    /// `log:`: each message is written to the log.
    Log,
}

impl MailUrl {
    /// # Errors
    /// A sentence saying which forms are accepted.
    pub fn parse(raw: &str) -> Result<Self, String> {
        let raw = raw.trim();
        if raw == "log:" || raw == "log" {
            return Ok(Self::Log);
        }
        if let Some(dir) = raw.strip_prefix("file://") {
            if dir.is_empty() {
                return Err("file:// needs a directory, as in file://./outbox".into());
            }
            return Ok(Self::File(PathBuf::from(dir)));
        }
        let url = Url::parse(raw).map_err(|e| {
            format!("not a valid URL ({e}); expected smtp://HOST:PORT, smtps://HOST, file://DIR or log:")
        })?;
        match url.scheme() {
            "smtp" | "smtps" if url.host_str().is_some_and(|h| !h.is_empty()) => {
                let mut shown = url.clone();
                if shown.password().is_some() {
                    let _ = shown.set_password(Some("***"));
                }
                Ok(Self::Smtp { url: SecretString::from(raw.to_owned()), redacted: shown.to_string() })
            }
            "smtp" | "smtps" => Err("an SMTP URL needs a host, as in smtp://mail.example.org:587".into()),
            other => Err(format!("unsupported scheme '{other}:'; expected smtp://, smtps://, file:// or log:")),
        }
    }
}

impl fmt::Debug for MailUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Smtp { redacted, .. } => write!(f, "Smtp({redacted})"),
            Self::File(dir) => write!(f, "File({})", dir.display()),
            Self::Log => f.write_str("Log"),
        }
    }
}

impl fmt::Display for MailUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Smtp { redacted, .. } => write!(f, "the mail server at {redacted}"),
            Self::File(dir) => write!(f, ".eml files in {}", dir.display()),
            Self::Log => f.write_str("the log"),
        }
    }
}

fn parse_base_url(raw: &str) -> Result<Url, String> {
    let url = Url::parse(raw.trim())
        .map_err(|e| format!("not a valid URL ({e}); expected e.g. https://awards.example.org/"))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(format!("expected an http:// or https:// URL, got '{}:'", url.scheme()));
    }
    Ok(url)
}

fn parse_mailbox(raw: &str) -> Result<lettre::message::Mailbox, String> {
    raw.trim().parse::<lettre::message::Mailbox>().map_err(|e| {
        format!(
            "'{}' is not a sender address ({e}); expected e.g. awards@example.org or 'Laurel <awards@example.org>'",
            raw.trim()
        )
    })
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_forwarded_address_is_believed_only_from_a_trusted_proxy() {
        let ip = |s: &str| s.parse::<std::net::IpAddr>().unwrap();
        let proxies = Networks::parse("10.0.0.0/8, 192.0.2.1").unwrap();
        // Straight from a client: its own address, whatever it forwarded.
        assert_eq!(proxies.client(ip("198.51.100.7"), &[ip("203.0.113.5")]), ip("198.51.100.7"));
        // Through the proxy: the nearest address that is not a proxy.
        assert_eq!(proxies.client(ip("10.1.2.3"), &[ip("203.0.113.5")]), ip("203.0.113.5"));
        // A client cannot hide behind an address it wrote further left.
        assert_eq!(
            proxies.client(ip("10.1.2.3"), &[ip("1.1.1.1"), ip("203.0.113.5"), ip("192.0.2.1")]),
            ip("203.0.113.5")
        );
        // A proxy that forwarded nothing: the proxy.
        assert_eq!(proxies.client(ip("10.1.2.3"), &[]), ip("10.1.2.3"));
        assert!(Networks::parse("10.0.0.0/33").is_err());
        assert!(Networks::parse("proxy.example.org").is_err());
        assert!(Networks::parse("").unwrap().0.is_empty());
    }

    use super::*;

    #[test]
    fn database_urls_are_accepted_only_for_supported_backends() {
        assert_eq!(DatabaseUrl::parse("sqlite://laurel.db?mode=rwc").map(|u| u.backend()), Ok(Backend::Sqlite));
        assert_eq!(
            DatabaseUrl::parse("postgres://postgres@127.0.0.1:5432/test").map(|u| u.backend()),
            Ok(Backend::Postgres)
        );
        assert!(DatabaseUrl::parse("mysql://root@localhost/x").is_err_and(|e| e.contains("'mysql:'")));
        assert!(DatabaseUrl::parse("postgres://127.0.0.1:5432").is_err_and(|e| e.contains("database name")));
    }

    #[test]
    fn a_database_password_never_shows_in_logs() {
        let url = DatabaseUrl::parse("postgres://laurel:s3cret@db.example.org/laurel").map_err(|e| e.to_string());
        let url = url.unwrap();
        assert!(!format!("{url} {url:?}").contains("s3cret"));
        assert!(url.expose().contains("s3cret"));
    }

    #[test]
    fn mail_urls_name_what_is_wrong() {
        assert!(matches!(MailUrl::parse("log:"), Ok(MailUrl::Log)));
        assert!(matches!(MailUrl::parse("file://./outbox"), Ok(MailUrl::File(_))));
        assert!(matches!(MailUrl::parse("smtp://user:pw@127.0.0.1:2525"), Ok(MailUrl::Smtp { .. })));
        assert!(MailUrl::parse("http://example.org").is_err_and(|e| e.contains("unsupported scheme")));
        assert!(!format!("{:?}", MailUrl::parse("smtp://user:pw@host").unwrap()).contains("pw"));
    }

    #[test]
    fn sender_addresses_are_checked() {
        assert!(parse_mailbox("Laurel <awards@example.org>").is_ok());
        assert!(parse_mailbox("awards@example.org").is_ok());
        assert!(parse_mailbox("awards").is_err());
    }
}
