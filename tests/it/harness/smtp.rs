//! A real SMTP server on a loopback port that keeps what it receives, so tests read
//! delivered email exactly as a mail server got it.

use std::net::TcpListener;
use std::sync::{Arc, Mutex};

use mailin_embedded::{Handler, Response, Server, response};

/// One message as the server received it, parsed.
#[derive(Debug, Clone)]
pub struct Received {
    pub envelope_to: Vec<String>,
    pub from: String,
    pub to: String,
    pub subject: String,
    pub message_id: String,
    pub text: String,
    pub html: Option<String>,
}

#[derive(Clone)]
struct Collector {
    to: Vec<String>,
    data: Vec<u8>,
    inbox: Arc<Mutex<Vec<Received>>>,
}

impl Handler for Collector {
    fn data_start(&mut self, _domain: &str, _from: &str, _is8bit: bool, to: &[String]) -> Response {
        self.to = to.to_vec();
        self.data.clear();
        response::OK
    }

    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.data.extend_from_slice(buf);
        Ok(())
    }

    fn data_end(&mut self) -> Response {
        let parsed = mailparse::parse_mail(&self.data).expect("a parseable message");
        let header = |name: &str| {
            use mailparse::MailHeaderMap as _;
            parsed.headers.get_first_value(name).unwrap_or_default()
        };
        let part = |mime: &str| {
            if parsed.subparts.is_empty() {
                (parsed.ctype.mimetype == mime).then(|| parsed.get_body().expect("body"))
            } else {
                parsed.subparts.iter().find(|p| p.ctype.mimetype == mime).map(|p| p.get_body().expect("part body"))
            }
        };
        let received = Received {
            envelope_to: self.to.clone(),
            from: header("From"),
            to: header("To"),
            subject: header("Subject"),
            message_id: header("Message-ID"),
            text: part("text/plain").unwrap_or_default(),
            html: part("text/html"),
        };
        self.inbox.lock().expect("inbox").push(received);
        response::OK
    }
}

/// The server's address and everything it has received so far.
pub struct SmtpSink {
    pub port: u16,
    inbox: Arc<Mutex<Vec<Received>>>,
}

impl SmtpSink {
    /// Listens on a free loopback port.
    pub fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind SMTP");
        Self::serve(listener)
    }

    /// Listens on `port`, e.g. to come back up where a server was down.
    pub fn start_on(port: u16) -> Self {
        Self::serve(TcpListener::bind(("127.0.0.1", port)).expect("bind SMTP on its port"))
    }

    fn serve(listener: TcpListener) -> Self {
        let port = listener.local_addr().expect("SMTP address").port();
        let inbox = Arc::new(Mutex::new(Vec::new()));
        let handler = Collector { to: Vec::new(), data: Vec::new(), inbox: inbox.clone() };
        // The server's error type is not Send, so it runs on a thread of its own for
        // the rest of the test process. Each open client connection holds one of its
        // threads until it closes, and an instance pools up to `IN_FLIGHT` of them, kept
        // open while idle: with two instances' pools full, a connection opened to
        // replace one closed would wait for a thread until an idle one timed out, so
        // there are twice as many threads as two pools need.
        std::thread::spawn(move || {
            let mut server = Server::new(handler);
            server
                .with_name("sink.laurel.test")
                .with_tcp_listener(listener)
                .with_num_threads(u32::try_from(4 * laurel::mail::worker::IN_FLIGHT).unwrap_or(64));
            let _ = server.serve();
        });
        Self { port, inbox }
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    pub fn messages(&self) -> Vec<Received> {
        self.inbox.lock().expect("inbox").clone()
    }

    /// Forgets what has arrived, e.g. the demo's history, so a test counts its own.
    pub fn clear(&self) {
        self.inbox.lock().expect("inbox").clear();
    }

    pub fn messages_to(&self, address: &str) -> Vec<Received> {
        self.messages().into_iter().filter(|m| m.envelope_to.iter().any(|t| t == address)).collect()
    }
}
