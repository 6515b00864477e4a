//! What Laurel keeps in memory, in one place, under one eviction policy.
//!
//! Every memory here is an optimisation that is never allowed to show stale data:
//! - the public answers about results are what the route answered, kept ten seconds at
//!   most and forgotten by the use case that publishes a cycle;
//! - a stage's computed ranking is kept with a stamp of its data and used only while the
//!   stamp is unchanged;
//! - a scoring stage's rendered ranking section is kept with the computation it shows;
//! - a cycle's progress figures are kept with a stamp of its data, like a ranking.
//!
//! The policy: each memory has a capacity, and when it is full it starts afresh. What
//! is kept is cheap to rebuild and read far more often than it changes, so a simple
//! bound that no made-up query string can push past is worth more than an LRU's
//! bookkeeping on every read.
//!
//! Use cases that change what is kept take `&Caches` and forget what they changed
//! after their transaction commits, so no caller has to remember to.
//!
//! With several instances on one database each keeps its own memories; a publication on
//! one instance reaches the others' public answers within their ten seconds.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, RwLock};

use axum::body::Bytes;
use axum::http::HeaderMap;
use chrono::{DateTime, Utc};
use uuid::Uuid;

/// A bounded map that starts afresh when full. Poisoned locks (a panic while holding
/// one) degrade to "nothing kept", never to an error: a memory is only ever a shortcut.
pub struct Memo<K, V> {
    entries: RwLock<HashMap<K, V>>,
    capacity: usize,
}

impl<K: Eq + Hash, V: Clone> Memo<K, V> {
    pub fn new(capacity: usize) -> Self {
        Self { entries: RwLock::new(HashMap::new()), capacity }
    }

    /// The value kept for `key`, if `usable` accepts it.
    pub fn get(&self, key: &K, usable: impl FnOnce(&V) -> bool) -> Option<V> {
        let entries = self.entries.read().ok()?;
        entries.get(key).filter(|v| usable(v)).cloned()
    }

    pub fn put(&self, key: K, value: V) {
        if let Ok(mut entries) = self.entries.write() {
            if entries.len() >= self.capacity && !entries.contains_key(&key) {
                entries.clear();
            }
            entries.insert(key, value);
        }
    }

    pub fn clear(&self) {
        if let Ok(mut entries) = self.entries.write() {
            entries.clear();
        }
    }
}

impl<K, V> std::fmt::Debug for Memo<K, V> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Memo").field("capacity", &self.capacity).finish_non_exhaustive()
    }
}

/// An anonymous public answer as it was sent.
#[derive(Debug, Clone)]
pub struct PublicAnswer {
    pub expires: DateTime<Utc>,
    pub headers: HeaderMap,
    pub body: Bytes,
}

/// A scoring stage's ranking section as rendered for the stage page, with the
/// computation it shows.
#[derive(Debug)]
pub struct RenderedRanking {
    /// The computation it shows (`service::ranking::version`).
    pub version: u64,
    /// What the page heads with, as of that computation.
    pub summary: crate::service::ranking::StageSummary,
    /// Whether it holds the advancement form, which the page gives its CSRF token.
    pub advancing: bool,
    pub section: String,
}

/// Every memory of the application; `AppState` holds one.
#[derive(Debug)]
pub struct Caches {
    /// Anonymous answers of the public result routes, by URI (`http::cache`).
    pub public: Memo<String, Arc<PublicAnswer>>,
    /// Stages' computed rankings with the stamp of their data (`service::ranking`).
    pub rankings: Memo<Uuid, crate::service::ranking::Kept>,
    /// Scoring stages' ranking sections as last rendered as they stand, without typed
    /// overrides or the reviews (`http::web::stages`), one per language read in.
    pub ranking_pages: Memo<(Uuid, crate::i18n::Lang), Arc<RenderedRanking>>,
    /// Cycles' progress figures with the stamp of their data, per language read in
    /// (`service::progress`).
    pub progress:
        Memo<(Uuid, crate::i18n::Lang), (crate::service::progress::Stamp, Arc<crate::service::progress::Kept>)>,
    /// The audit chain's last check on this instance, for the secretariat's audit page.
    pub audit_check: std::sync::Mutex<Option<crate::service::audit::Check>>,
}

/// Few stages are scored at once; beyond this many, start afresh.
const STAGES: usize = 32;
/// Few cycles run at once, each read in a few languages; beyond this many, start afresh.
const CYCLES: usize = 64;
/// Public result pages by URI; beyond this many (query strings made up to fill it),
/// start afresh.
const PUBLIC_ANSWERS: usize = 2_000;

impl Default for Caches {
    fn default() -> Self {
        Self {
            public: Memo::new(PUBLIC_ANSWERS),
            rankings: Memo::new(STAGES),
            ranking_pages: Memo::new(STAGES),
            progress: Memo::new(CYCLES),
            audit_check: std::sync::Mutex::new(None),
        }
    }
}

impl Caches {
    /// A cycle's results became public (or its publication was scheduled): no public
    /// answer from before may be served again.
    pub fn results_changed(&self) {
        self.public.clear();
    }
}
