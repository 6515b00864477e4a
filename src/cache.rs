//! What Laurel keeps in memory, in one place, under one eviction policy.
//!
//! Every memory here is an optimisation that is never allowed to show stale data:
//! - the public answers about results are what the route answered, kept ten seconds at
//!   most and forgotten by the use case that publishes a cycle;
//! - a stage's computed ranking is kept with a stamp of its data and used only while the
//!   stamp is unchanged;
//! - a scoring stage's rendered ranking section is kept with the computation it shows;
//! - a cycle's progress figures are kept with a stamp of its data, like a ranking;
//! - cycles' words (their definitions' labels) are kept with the version of the
//!   definition they come from, and used only while the cycle's version is unchanged;
//! - the member states are read once: the migrations seed them and nothing in Laurel
//!   changes them (a state added by hand is seen after a restart).
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

/// A bounded map that starts afresh when full: when it holds `capacity` entries, or
/// when what it holds would weigh more than its `max_weight` (each entry weighed by
/// the memo's `weigh`). Poisoned locks (a panic while holding one) degrade to "nothing
/// kept", never to an error: a memory is only ever a shortcut.
pub struct Memo<K, V> {
    entries: RwLock<Held<K, V>>,
    capacity: usize,
    max_weight: usize,
    weigh: fn(&V) -> usize,
}

struct Held<K, V> {
    map: HashMap<K, V>,
    weight: usize,
}

impl<K: Eq + Hash, V: Clone> Memo<K, V> {
    /// At most `capacity` entries, whatever they weigh.
    pub fn new(capacity: usize) -> Self {
        Self::weighed(capacity, usize::MAX, |_| 0)
    }

    /// At most `capacity` entries weighing `max_weight` together; an entry heavier
    /// than that alone is not kept.
    pub fn weighed(capacity: usize, max_weight: usize, weigh: fn(&V) -> usize) -> Self {
        Self { entries: RwLock::new(Held { map: HashMap::new(), weight: 0 }), capacity, max_weight, weigh }
    }

    /// The value kept for `key`, if `usable` accepts it.
    pub fn get(&self, key: &K, usable: impl FnOnce(&V) -> bool) -> Option<V> {
        let entries = self.entries.read().ok()?;
        entries.map.get(key).filter(|v| usable(v)).cloned()
    }

    pub fn put(&self, key: K, value: V) {
        let weight = (self.weigh)(&value);
        if weight > self.max_weight {
            return;
        }
        if let Ok(mut held) = self.entries.write() {
            if let Some(old) = held.map.remove(&key) {
                held.weight -= (self.weigh)(&old);
            }
            if held.map.len() >= self.capacity || held.weight + weight > self.max_weight {
                held.map.clear();
                held.weight = 0;
            }
            held.map.insert(key, value);
            held.weight += weight;
        }
    }

    pub fn clear(&self) {
        if let Ok(mut held) = self.entries.write() {
            held.map.clear();
            held.weight = 0;
        }
    }

    /// What the kept entries weigh together.
    pub fn weight(&self) -> usize {
        self.entries.read().map_or(0, |held| held.weight)
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
    /// Cycles' words in every language, with the version of the definition they were
    /// read from (`service::cycles::labels`).
    pub labels: Memo<Uuid, (i32, Arc<crate::domain::definition::Labels>)>,
    /// The member states, by name (`service::member_states::all`).
    pub member_states: tokio::sync::OnceCell<Arc<[crate::service::member_states::MemberState]>>,
    /// Public votes' books (the nominations on every ballot) with what they were read
    /// from (`service::vote::ballot`).
    pub ballots: Memo<Uuid, (crate::service::vote::ballot::BookStamp, Arc<crate::service::vote::ballot::Book>)>,
    /// The key of the vote log's hashed client addresses (`service::vote`).
    pub vote_key: tokio::sync::OnceCell<Arc<[u8; 32]>>,
}

/// Few stages are scored at once; beyond this many, start afresh.
const STAGES: usize = 32;
/// Few cycles run at once, each read in a few languages; beyond this many, start afresh.
const CYCLES: usize = 64;
/// Public result pages by URI; beyond this many (query strings made up to fill it),
/// start afresh.
const PUBLIC_ANSWERS: usize = 2_000;
/// And beyond this many bytes of them: a results page weighs 50 KB, so made-up query
/// strings could otherwise hold a hundred megabytes.
const PUBLIC_BYTES: usize = 8 * 1024 * 1024;

impl Default for Caches {
    fn default() -> Self {
        Self {
            public: Memo::weighed(PUBLIC_ANSWERS, PUBLIC_BYTES, |kept: &Arc<PublicAnswer>| kept.body.len()),
            rankings: Memo::new(STAGES),
            ranking_pages: Memo::new(STAGES),
            progress: Memo::new(CYCLES),
            audit_check: std::sync::Mutex::new(None),
            labels: Memo::new(CYCLES),
            member_states: tokio::sync::OnceCell::new(),
            ballots: Memo::new(STAGES),
            vote_key: tokio::sync::OnceCell::new(),
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

#[cfg(test)]
mod tests {
    use super::Memo;

    #[test]
    fn a_memo_starts_afresh_before_what_it_holds_would_weigh_more_than_its_bound() {
        let memo: Memo<u32, Vec<u8>> = Memo::weighed(100, 1_000, Vec::len);
        for key in 0..50 {
            memo.put(key, vec![0; 300]);
            assert!(memo.weight() <= 1_000, "{} bytes held after {key}", memo.weight());
        }
        assert!(memo.get(&49, |_| true).is_some(), "the latest is kept");
        // Three entries fit; the fourth starts afresh: 48 began a run, 49 joined it.
        assert_eq!(memo.weight(), 600, "what is held is counted once");

        memo.put(49, vec![0; 100]);
        assert_eq!(memo.get(&49, |_| true).map(|v| v.len()), Some(100), "a key put again is replaced");
        memo.put(7, vec![0; 2_000]);
        assert!(memo.get(&7, |_| true).is_none(), "heavier than the bound alone, never kept");
        memo.clear();
        assert_eq!(memo.weight(), 0);
    }
}
