//! The public vote's rate limits, kept in memory on each instance (`governor`'s keyed
//! GCRA limiters): registrations per client address and per network, and vote changes
//! per voter. Each instance limits what reaches it; behind a load balancer that spreads
//! one client over `n` instances the limits are `n` times looser, which the flags still
//! see.

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU64, Ordering};

use governor::clock::{Clock as _, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use uuid::Uuid;

use crate::config::{Networks, VoteSettings};
use crate::service::{Error, Result};

/// Every this many checks, keys whose limits have fully recovered are dropped, so a
/// month of voters does not stay in memory.
const RETAIN_EVERY: u64 = 50_000;

pub struct Limits {
    per_address: DefaultKeyedRateLimiter<IpAddr>,
    per_network: DefaultKeyedRateLimiter<ipnet::IpNet>,
    per_voter: DefaultKeyedRateLimiter<Uuid>,
    shared: Networks,
    checks: AtomicU64,
}

impl std::fmt::Debug for Limits {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Limits").field("shared", &self.shared).finish_non_exhaustive()
    }
}

fn hourly(n: u32) -> Quota {
    let n = NonZeroU32::new(n).unwrap_or(NonZeroU32::MIN);
    Quota::per_hour(n).allow_burst(n)
}

impl Limits {
    #[must_use]
    pub fn new(settings: &VoteSettings) -> Self {
        Self {
            per_address: RateLimiter::keyed(hourly(settings.registrations_per_address)),
            per_network: RateLimiter::keyed(hourly(settings.registrations_per_network)),
            per_voter: RateLimiter::keyed(hourly(settings.changes_per_voter)),
            shared: settings.shared_networks.clone(),
            checks: AtomicU64::new(0),
        }
    }

    /// A registration from `ip`: refused while its address or its network has used its
    /// hour's allowance, unless it comes from a network known to be shared.
    ///
    /// # Errors
    /// `RateLimited` with the seconds until the next is allowed.
    pub fn register(&self, ip: Option<IpAddr>) -> Result<()> {
        self.tidy();
        let Some(ip) = ip else { return Ok(()) };
        if self.shared.contains(ip) {
            return Ok(());
        }
        // The network is charged only for registrations its address was allowed.
        self.per_address.check_key(&ip).map_err(refused)?;
        self.per_network.check_key(&crate::domain::vote::network(ip)).map_err(refused)
    }

    /// A vote cast, changed or withdrawn by `voter`.
    ///
    /// # Errors
    /// `RateLimited` with the seconds until the next is allowed.
    pub fn vote(&self, voter: Uuid) -> Result<()> {
        self.tidy();
        self.per_voter.check_key(&voter).map_err(refused)
    }

    fn tidy(&self) {
        if self.checks.fetch_add(1, Ordering::Relaxed) % RETAIN_EVERY == RETAIN_EVERY - 1 {
            self.per_address.retain_recent();
            self.per_network.retain_recent();
            self.per_voter.retain_recent();
        }
    }
}

fn refused(not_until: governor::NotUntil<<DefaultClock as governor::clock::Clock>::Instant>) -> Error {
    let wait = not_until.wait_time_from(DefaultClock::default().now());
    Error::RateLimited { retry_after: i64::try_from(wait.as_secs()).unwrap_or(i64::MAX).max(1) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_a_network_and_a_voter_each_have_their_allowance() {
        let settings = VoteSettings {
            registrations_per_address: 2,
            registrations_per_network: 3,
            changes_per_voter: 2,
            shared_networks: Networks::parse("198.51.100.0/24").unwrap(),
        };
        let limits = Limits::new(&settings);
        let ip = |s: &str| Some(s.parse::<IpAddr>().unwrap());
        assert!(limits.register(ip("192.0.2.1")).is_ok());
        assert!(limits.register(ip("192.0.2.1")).is_ok());
        match limits.register(ip("192.0.2.1")) {
            Err(Error::RateLimited { retry_after }) => assert!((1..=3600).contains(&retry_after), "{retry_after}"),
            other => panic!("{other:?}"),
        }
        // Its neighbour shares the network's allowance: two used, one left.
        assert!(limits.register(ip("192.0.2.2")).is_ok());
        assert!(limits.register(ip("192.0.2.3")).is_err());
        // A shared network is never shut out.
        for _ in 0..10 {
            assert!(limits.register(ip("198.51.100.9")).is_ok());
        }
        let voter = Uuid::now_v7();
        assert!(limits.vote(voter).is_ok() && limits.vote(voter).is_ok());
        assert!(limits.vote(voter).is_err());
        assert!(limits.vote(Uuid::now_v7()).is_ok(), "another voter has their own");
    }
}
