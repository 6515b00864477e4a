//! The public vote's rules: one voter per mailbox, the network a client counts in, each
//! voter's own order of a category's nominations, the count (voids and the
//! complete-ballot rule applied) and the patterns that flag a cluster of voters for the
//! secretariat's review.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::net::IpAddr;

use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use sha2::{Digest as _, Sha256};
use uuid::Uuid;

use super::user::Email;
use crate::i18n::say_with;

/// Providers that deliver `name+anything@` to `name@`: a plus-tag there is the same
/// mailbox, so the same voter.
const PLUS_TAG_PROVIDERS: &[&str] = &[
    "gmail.com",
    "googlemail.com",
    "outlook.com",
    "hotmail.com",
    "live.com",
    "msn.com",
    "icloud.com",
    "me.com",
    "mac.com",
    "proton.me",
    "protonmail.com",
    "pm.me",
    "fastmail.com",
    "yandex.ru",
    "yandex.com",
    "zoho.com",
];

/// A voter's mailbox: what registration keeps unique.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mailbox {
    /// Lower case, plus-tag dropped where the provider ignores it, and Gmail's dots.
    pub address: String,
    pub domain: String,
}

/// The mailbox an address reaches.
///
/// # Errors
/// A sentence for the person who typed it when it is not an email address.
pub fn mailbox(raw: &str) -> Result<Mailbox, String> {
    let email = Email::parse(raw)?;
    let (local, domain) = email.as_str().rsplit_once('@').unwrap_or_default();
    let domain = if domain == "googlemail.com" { "gmail.com" } else { domain };
    let mut local = local.to_owned();
    if PLUS_TAG_PROVIDERS.contains(&domain)
        && let Some((base, _tag)) = local.split_once('+')
        && !base.is_empty()
    {
        local = base.to_owned();
    }
    if domain == "gmail.com" {
        local.retain(|c| c != '.');
    }
    Ok(Mailbox { address: format!("{local}@{domain}"), domain: domain.to_owned() })
}

/// Whether an address belongs to a throwaway-mailbox service (the `mailchecker`
/// list, which its maintainers keep up to date).
#[must_use]
pub fn is_disposable(raw: &str) -> bool {
    !mailchecker::is_valid(raw.trim())
}

/// The network a client is counted in for rate limits and flags: its /24 for IPv4,
/// its /48 for IPv6 (what one household, office or small provider is usually given).
#[must_use]
pub fn network(ip: IpAddr) -> ipnet::IpNet {
    let prefix = if ip.is_ipv4() { 24 } else { 48 };
    ipnet::IpNet::new(ip, prefix).map_or_else(|_| ipnet::IpNet::from(ip), |n| n.trunc())
}

/// Where a voter's nomination sits in their ballot: a hash of the two, so every voter
/// sees their own order, the same on every visit, and no nomination is always first.
#[must_use]
pub fn place(voter: Uuid, nomination: Uuid) -> [u8; 32] {
    let mut hash = Sha256::new();
    hash.update(voter.as_bytes());
    hash.update(nomination.as_bytes());
    hash.finalize().into()
}

/// One vote as the count reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Vote {
    pub voter: Uuid,
    pub category: Uuid,
    pub nomination: Uuid,
}

/// One line of the vote log: a cast or change (`nomination`), or a withdrawal (`None`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Logged {
    pub voter: Uuid,
    pub category: Uuid,
    pub nomination: Option<Uuid>,
}

/// The votes standing at the end of the log: the last line of each voter and category
/// decides, and a withdrawal leaves nothing.
#[must_use]
pub fn replay(log: impl IntoIterator<Item = Logged>) -> Vec<Vote> {
    let mut standing: HashMap<(Uuid, Uuid), Uuid> = HashMap::new();
    for line in log {
        match line.nomination {
            Some(n) => standing.insert((line.voter, line.category), n),
            None => standing.remove(&(line.voter, line.category)),
        };
    }
    let mut votes: Vec<Vote> =
        standing.into_iter().map(|((voter, category), nomination)| Vote { voter, category, nomination }).collect();
    votes.sort_by_key(|v| (v.voter, v.category));
    votes
}

/// The result of a count.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Count {
    /// Voters with at least one vote standing.
    pub voters: u64,
    pub ballots_counted: u64,
    /// Ballots set aside, by why.
    pub discarded_voided: u64,
    pub discarded_incomplete: u64,
    /// Valid votes per (category, nomination); nominations without one are absent.
    pub totals: BTreeMap<(Uuid, Uuid), u64>,
}

impl Count {
    #[must_use]
    pub fn ballots_discarded(&self) -> u64 {
        self.discarded_voided + self.discarded_incomplete
    }
}

/// Counts the standing votes: a voided voter's ballot is set aside, and when
/// `complete_only` holds so is every ballot without a vote in each of `categories`.
#[must_use]
pub fn count(votes: &[Vote], voided: &HashSet<Uuid>, categories: usize, complete_only: bool) -> Count {
    let mut ballots: BTreeMap<Uuid, Vec<&Vote>> = BTreeMap::new();
    for v in votes {
        ballots.entry(v.voter).or_default().push(v);
    }
    let mut result = Count { voters: ballots.len() as u64, ..Count::default() };
    for (voter, ballot) in ballots {
        if voided.contains(&voter) {
            result.discarded_voided += 1;
            continue;
        }
        let chosen: HashSet<Uuid> = ballot.iter().map(|v| v.category).collect();
        if complete_only && chosen.len() < categories {
            result.discarded_incomplete += 1;
            continue;
        }
        result.ballots_counted += 1;
        for v in ballot {
            *result.totals.entry((v.category, v.nomination)).or_default() += 1;
        }
    }
    result
}

/// What a flag points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum FlagKind {
    /// Many voters new to the vote from one network in a short time, voting the same
    /// nomination.
    Network,
    /// The same from one email domain.
    Domain,
    /// Votes arriving faster than a person reads a category's nominations.
    Fast,
}

/// A voter as the flags read them.
#[derive(Debug, Clone)]
pub struct VoterTrace {
    pub voter: Uuid,
    pub registered_at: DateTime<Utc>,
    pub network: String,
    pub domain: String,
    /// When each of their standing or past votes arrived, in order.
    pub cast_at: Vec<DateTime<Utc>>,
}

/// A cluster of voters for the secretariat to look at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Flag {
    /// Stable while the cluster is the same: the kind and what it is about, hashed.
    pub id: String,
    pub kind: FlagKind,
    /// What the cluster shares, in words.
    pub detail: String,
    pub voters: Vec<Uuid>,
}

/// How sensitive the flags are.
#[derive(Debug, Clone, Copy)]
pub struct Sensitivity {
    /// Voters registered within `window` of each other from one network or domain,
    /// voting the same nomination, at least this many.
    pub cluster: usize,
    pub window: Duration,
    /// Consecutive votes this close together, at least `fast_votes` of them.
    pub fast_gap: Duration,
    pub fast_votes: usize,
}

impl Default for Sensitivity {
    fn default() -> Self {
        Self { cluster: 20, window: Duration::hours(1), fast_gap: Duration::seconds(2), fast_votes: 5 }
    }
}

/// The clusters worth a look. Domains of the large public providers are still
/// flagged only as clusters voting one nomination within the window, which a real
/// campaign among friends rarely reaches and a script always does.
#[must_use]
pub fn flags(voters: &[VoterTrace], votes: &[Vote], s: Sensitivity) -> Vec<Flag> {
    let traces: HashMap<Uuid, &VoterTrace> = voters.iter().map(|t| (t.voter, t)).collect();
    let mut flags = Vec::new();
    for kind in [FlagKind::Network, FlagKind::Domain] {
        // (what they share, the nomination) → the voters, by registration.
        let mut groups: BTreeMap<(&str, Uuid), Vec<&VoterTrace>> = BTreeMap::new();
        for v in votes {
            let Some(t) = traces.get(&v.voter) else { continue };
            let shared = if kind == FlagKind::Network { t.network.as_str() } else { t.domain.as_str() };
            groups.entry((shared, v.nomination)).or_default().push(t);
        }
        // One flag per cluster: the same voters voting alike in several categories are
        // one thing to look at, however many nominations they agree on.
        let mut clusters: BTreeMap<(&str, Vec<Uuid>), usize> = BTreeMap::new();
        for ((shared, _), mut group) in groups {
            group.sort_by_key(|t| (t.registered_at, t.voter));
            group.dedup_by_key(|t| t.voter);
            if let Some(mut cluster) = densest(&group, s.window).filter(|c| c.len() >= s.cluster) {
                cluster.sort_unstable();
                *clusters.entry((shared, cluster)).or_default() += 1;
            }
        }
        for ((shared, cluster), nominations) in clusters {
            let key = format!("{kind:?}/{shared}/{}", cluster.first().map(Uuid::to_string).unwrap_or_default());
            // A network is a keyed hash, read by its start as a commit's is; a domain is
            // read whole.
            let short: String =
                if kind == FlagKind::Network { shared.chars().take(12).collect() } else { shared.to_owned() };
            let words =
                [("count", cluster.len().into()), ("shared", short.into()), ("minutes", s.window.num_minutes().into())];
            let mut detail = match kind {
                FlagKind::Network => say_with("vote-flag-network", &words),
                _ => say_with("vote-flag-domain", &words),
            };
            if nominations > 1 {
                detail.push(' ');
                detail.push_str(&say_with("vote-flag-alike", &[("count", nominations.into())]));
            }
            flags.push(Flag { id: flag_id(&key), kind, detail, voters: cluster });
        }
    }
    let fast: Vec<Uuid> = voters
        .iter()
        .filter(|t| {
            let quick = t.cast_at.windows(2).filter(|w| w[1] - w[0] < s.fast_gap).count();
            quick + 1 >= s.fast_votes && quick > 0
        })
        .map(|t| t.voter)
        .collect();
    if !fast.is_empty() {
        let words = [("count", fast.len().into()), ("votes", s.fast_votes.into())];
        flags.push(Flag {
            id: flag_id("fast"),
            kind: FlagKind::Fast,
            detail: say_with("vote-flag-fast", &words),
            voters: fast,
        });
    }
    flags
}

/// The largest run of voters registered within `window` of the first of them.
fn densest(sorted: &[&VoterTrace], window: Duration) -> Option<Vec<Uuid>> {
    let mut best: Option<(usize, usize)> = None;
    let mut start = 0;
    for end in 0..sorted.len() {
        while sorted[end].registered_at - sorted[start].registered_at > window {
            start += 1;
        }
        if best.is_none_or(|(a, b)| end + 1 - start > b - a) {
            best = Some((start, end + 1));
        }
    }
    best.map(|(a, b)| sorted[a..b].iter().map(|t| t.voter).collect())
}

fn flag_id(key: &str) -> String {
    hex::encode(&Sha256::digest(key.as_bytes())[..8])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(n: u128) -> Uuid {
        Uuid::from_u128(n)
    }

    #[test]
    fn one_mailbox_is_one_voter_whatever_its_case_tags_or_dots() {
        let plain = mailbox("Ana.Lima@Gmail.com").unwrap();
        assert_eq!(plain.address, "analima@gmail.com");
        assert_eq!(mailbox("ana.lima+wsis@googlemail.com").unwrap(), plain);
        assert_eq!(mailbox("ANA+x@outlook.com").unwrap().address, "ana@outlook.com");
        // Elsewhere a plus may be part of the mailbox's name.
        assert_eq!(mailbox("ana+x@ministry.gov.example").unwrap().address, "ana+x@ministry.gov.example");
        assert_eq!(mailbox("a.b@ministry.gov.example").unwrap().address, "a.b@ministry.gov.example");
        assert!(mailbox("not an address").is_err());
    }

    #[test]
    fn throwaway_mailboxes_are_known() {
        assert!(is_disposable("someone@mailinator.com"));
        assert!(!is_disposable("someone@gmail.com"));
    }

    #[test]
    fn clients_count_in_their_network() {
        assert_eq!(network("192.0.2.77".parse().unwrap()).to_string(), "192.0.2.0/24");
        assert_eq!(network("2001:db8:1:2::5".parse().unwrap()).to_string(), "2001:db8:1::/48");
    }

    #[test]
    fn the_last_line_of_the_log_decides_and_a_withdrawal_leaves_nothing() {
        let (a, b, c1, c2) = (id(1), id(2), id(10), id(11));
        let log = [
            Logged { voter: a, category: c1, nomination: Some(id(100)) },
            Logged { voter: a, category: c1, nomination: Some(id(101)) },
            Logged { voter: a, category: c2, nomination: Some(id(200)) },
            Logged { voter: b, category: c1, nomination: Some(id(100)) },
            Logged { voter: b, category: c1, nomination: None },
        ];
        assert_eq!(
            replay(log),
            vec![
                Vote { voter: a, category: c1, nomination: id(101) },
                Vote { voter: a, category: c2, nomination: id(200) }
            ]
        );
    }

    #[test]
    fn voided_and_incomplete_ballots_are_set_aside() {
        let (c1, c2) = (id(10), id(11));
        let (n1, n2) = (id(100), id(200));
        let votes = [
            Vote { voter: id(1), category: c1, nomination: n1 },
            Vote { voter: id(1), category: c2, nomination: n2 },
            Vote { voter: id(2), category: c1, nomination: n1 },
            Vote { voter: id(3), category: c1, nomination: n1 },
            Vote { voter: id(3), category: c2, nomination: n2 },
        ];
        let all = count(&votes, &HashSet::new(), 2, false);
        assert_eq!(all.totals[&(c1, n1)], 3);
        assert_eq!(all.ballots_counted, 3);
        let complete = count(&votes, &HashSet::new(), 2, true);
        assert_eq!(complete.totals[&(c1, n1)], 2);
        assert_eq!(complete.discarded_incomplete, 1);
        let voided = count(&votes, &[id(3)].into_iter().collect(), 2, true);
        assert_eq!(voided.totals[&(c1, n1)], 1);
        assert_eq!((voided.ballots_counted, voided.discarded_voided, voided.discarded_incomplete), (1, 1, 1));
        assert_eq!(voided.voters, 3);
    }

    #[test]
    fn a_burst_from_one_network_for_one_nomination_is_flagged_and_a_spread_one_is_not() {
        let start = DateTime::parse_from_rfc3339("2027-01-20T10:00:00Z").unwrap().with_timezone(&Utc);
        let trace = |n: u128, minutes: i64, network: &str| VoterTrace {
            voter: id(n),
            registered_at: start + Duration::minutes(minutes),
            network: network.into(),
            domain: format!("d{n}.example"),
            cast_at: vec![start + Duration::minutes(minutes + 1)],
        };
        let mut voters: Vec<VoterTrace> = (0..25).map(|n| trace(n, i64::try_from(n).unwrap(), "a")).collect();
        // The same number from another network, a day apart each.
        voters.extend((100..125).map(|n| trace(n, i64::try_from(n).unwrap() * 1440, "b")));
        let votes: Vec<Vote> =
            voters.iter().map(|t| Vote { voter: t.voter, category: id(10), nomination: id(100) }).collect();
        let found = flags(&voters, &votes, Sensitivity::default());
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].kind, FlagKind::Network);
        assert_eq!(found[0].voters.len(), 25);
        assert_eq!(found, flags(&voters, &votes, Sensitivity::default()), "stable ids");
    }

    #[test]
    fn votes_faster_than_reading_are_flagged() {
        let start = DateTime::parse_from_rfc3339("2027-01-20T10:00:00Z").unwrap().with_timezone(&Utc);
        let bot = VoterTrace {
            voter: id(1),
            registered_at: start,
            network: "n".into(),
            domain: "d".into(),
            cast_at: (0..18).map(|i| start + Duration::milliseconds(300 * i)).collect(),
        };
        let person = VoterTrace {
            voter: id(2),
            cast_at: (0..18).map(|i| start + Duration::seconds(40 * i)).collect(),
            ..bot.clone()
        };
        let found = flags(&[bot, person], &[], Sensitivity::default());
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].kind, found[0].voters.clone()), (FlagKind::Fast, vec![id(1)]));
    }

    #[test]
    fn each_voter_has_an_order_of_their_own() {
        let nominations: Vec<Uuid> = (0..20).map(id).collect();
        let order = |voter: Uuid| {
            let mut o = nominations.clone();
            o.sort_by_key(|n| place(voter, *n));
            o
        };
        assert_eq!(order(id(1)), order(id(1)));
        assert_ne!(order(id(1)), order(id(2)));
    }
}
