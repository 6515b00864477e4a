//! How email leaves: SMTP (pooled, STARTTLS or TLS), `.eml` files, or the log.

use std::path::PathBuf;

use anyhow::Context as _;
use lettre::message::header::ContentType;
use lettre::message::{Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::AsyncSmtpTransport;
use lettre::{AsyncFileTransport, AsyncTransport as _, Message, Tokio1Executor};
use secrecy::ExposeSecret as _;

use super::mask;
use crate::config::MailUrl;

/// A queued message as the worker hands it over.
#[derive(Debug, Clone)]
pub struct Outgoing {
    /// Our own id, used as the Message-ID so a delivered message can be traced back.
    pub id: uuid::Uuid,
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: Option<String>,
}

#[derive(Clone)]
pub enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    File(AsyncFileTransport<Tokio1Executor>, PathBuf),
    Log,
}

impl Transport {
    /// Builds the transport `LAUREL_MAIL_URL` names. Nothing connects yet: a mail
    /// server that is down delays email, never the start of Laurel.
    ///
    /// # Errors
    /// A URL lettre cannot use, or a directory that cannot be created.
    pub fn new(url: &MailUrl) -> anyhow::Result<Self> {
        match url {
            MailUrl::Smtp { url, .. } => {
                let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url.expose_secret())
                    .context("LAUREL_MAIL_URL is not a usable SMTP URL")?
                    .timeout(Some(std::time::Duration::from_secs(20)))
                    // One connection per message in flight (see `worker::IN_FLIGHT`).
                    .pool_config(lettre::transport::smtp::PoolConfig::new().max_size(super::worker::IN_FLIGHT as u32))
                    .build();
                Ok(Self::Smtp(transport))
            }
            MailUrl::File(dir) => {
                std::fs::create_dir_all(dir)
                    .with_context(|| format!("creating the mail directory {}", dir.display()))?;
                Ok(Self::File(AsyncFileTransport::new(dir), dir.clone()))
            }
            MailUrl::Log => Ok(Self::Log),
        }
    }

    /// Hands one message to the transport.
    ///
    /// # Errors
    /// The transport's own error, as a sentence for the outbox's `last_error`.
    pub async fn send(&self, from: &Mailbox, message: &Outgoing) -> Result<(), String> {
        let email = build(from, message)?;
        match self {
            Self::Smtp(smtp) => smtp.send(email).await.map(|_| ()).map_err(|e| e.to_string()),
            Self::File(file, _) => file.send(email).await.map(|_| ()).map_err(|e| e.to_string()),
            Self::Log => {
                tracing::info!(to = %mask(&message.to), message_id = %message.id, subject = %message.subject, "email (log transport)");
                Ok(())
            }
        }
    }
}

fn build(from: &Mailbox, message: &Outgoing) -> Result<Message, String> {
    let to: Mailbox = message.to.parse().map_err(|e| format!("recipient {}: {e}", mask(&message.to)))?;
    let domain = from.email.domain();
    let builder = Message::builder()
        .from(from.clone())
        .to(to)
        .subject(message.subject.clone())
        .message_id(Some(format!("<{}@{domain}>", message.id)));
    let text = SinglePart::builder().header(ContentType::TEXT_PLAIN).body(message.text.clone());
    let built = match &message.html {
        Some(html) => builder.multipart(
            MultiPart::alternative()
                .singlepart(text)
                .singlepart(SinglePart::builder().header(ContentType::TEXT_HTML).body(html.clone())),
        ),
        None => builder.singlepart(text),
    };
    built.map_err(|e| format!("building the message: {e}"))
}
