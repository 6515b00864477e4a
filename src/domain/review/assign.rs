//! Who reviews what in one stage: the automatic plan, the single-pair check that manual
//! assignment uses, and the pick of a replacement after a recusal.
//!
//! The rule that must always hold (DESIGN.md, "The workflow") is that a reviewer never
//! sees a nomination of their own member state nor one they declared a conflict on. On top
//! of that an admin wants every nomination to get its reviewers and the work spread evenly.
//! A greedy pass (most constrained nomination first, least loaded reviewers) gets close, but
//! with conflicts it can paint itself into a corner and leave a nomination short although a
//! full plan exists. So the plan is a flow problem solved exactly: greedy start, then
//! augmenting paths until no nomination can gain a reviewer, then load-moving paths until no
//! reviewer can hand work to one two or more below them. When the pool cannot cover a
//! nomination the plan says so, with the reason, rather than assigning fewer in silence.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use uuid::Uuid;

/// A nomination that needs (more) reviewers in the stage.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NominationNeed {
    pub id: Uuid,
    /// ISO alpha-3 code of the nominating member state (compared case-insensitively).
    pub member_state: String,
    /// How many more reviewers it should get.
    pub wanted: u32,
    /// Reviewers who must not be given it again: those already assigned to it in this
    /// stage and those who recused themselves from it.
    pub excluded: BTreeSet<Uuid>,
}

/// A reviewer of the stage's pool.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Reviewer {
    pub id: Uuid,
    /// Nationality, ISO alpha-3; `None` for a reviewer who represents no member state.
    pub member_state: Option<String>,
    /// Assignments the reviewer already has in this stage.
    pub load: u32,
    /// Member states the reviewer declared a conflict of interest with.
    pub conflict_states: BTreeSet<String>,
    /// Nominations the reviewer declared a conflict of interest on.
    pub conflict_nominations: BTreeSet<Uuid>,
}

/// Why one reviewer may not review one nomination.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
pub enum Ineligible {
    #[error("{}", crate::i18n::say("refusal-reviewer-same-state"))]
    SameMemberState,
    #[error("{}", crate::i18n::say("refusal-reviewer-conflict-state"))]
    ConflictOnState,
    #[error("{}", crate::i18n::say("refusal-reviewer-conflict-nomination"))]
    ConflictOnNomination,
    #[error("{}", crate::i18n::say("refusal-reviewer-already-assigned"))]
    AlreadyAssigned,
}

impl crate::domain::code::Refusal for Ineligible {
    fn code(&self) -> crate::domain::Code {
        match self {
            Ineligible::SameMemberState | Ineligible::ConflictOnState | Ineligible::ConflictOnNomination => {
                crate::domain::Code::ConflictOfInterest
            }
            Ineligible::AlreadyAssigned => crate::domain::Code::InvalidState,
        }
    }
}

/// Whether `reviewer` may be given `nomination`: the rule manual assignment checks, and the
/// one every pair of an automatic [`plan`] passes. The load is not part of it: an admin
/// assigning by hand may go above the `max_load` the automatic plan respects.
///
/// # Errors
/// The first broken rule, in the order of [`Ineligible`]'s variants.
pub fn check_pair(nomination: &NominationNeed, reviewer: &Reviewer) -> Result<(), Ineligible> {
    let state = nomination.member_state.as_str();
    if reviewer.member_state.as_deref().is_some_and(|s| s.eq_ignore_ascii_case(state)) {
        return Err(Ineligible::SameMemberState);
    }
    if reviewer.conflict_states.iter().any(|s| s.eq_ignore_ascii_case(state)) {
        return Err(Ineligible::ConflictOnState);
    }
    if reviewer.conflict_nominations.contains(&nomination.id) {
        return Err(Ineligible::ConflictOnNomination);
    }
    if nomination.excluded.contains(&reviewer.id) {
        return Err(Ineligible::AlreadyAssigned);
    }
    Ok(())
}

/// One (nomination, reviewer) pair of a plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Assignment {
    pub nomination: Uuid,
    pub reviewer: Uuid,
}

/// Why a nomination could not get every reviewer it wanted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ShortfallReason {
    /// Fewer reviewers in the pool may review it at all than it wants (own member state,
    /// declared conflicts, already assigned or recused).
    TooFewEligible { eligible: u32 },
    /// Enough reviewers may review it, but every one not already on it has reached
    /// `max_load`, and no reshuffle of the other assignments would free one.
    AtMaxLoad,
}

/// A nomination the plan leaves short, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Shortfall {
    pub nomination: Uuid,
    pub wanted: u32,
    /// How many of `wanted` the plan could not place.
    pub missing: u32,
    /// When both reasons apply, `TooFewEligible` is named.
    pub reason: ShortfallReason,
}

impl fmt::Display for Shortfall {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (reason, eligible) = match self.reason {
            ShortfallReason::TooFewEligible { eligible: 0 } => ("none", 0),
            ShortfallReason::TooFewEligible { eligible } => ("few", eligible),
            ShortfallReason::AtMaxLoad => ("load", 0),
        };
        f.write_str(&crate::i18n::say_with(
            "shortfall",
            &[
                ("missing", self.missing.into()),
                ("wanted", self.wanted.into()),
                ("reason", reason.into()),
                ("eligible", eligible.into()),
            ],
        ))
    }
}

/// The outcome of [`plan`]: the new pairs, ordered by (nomination, reviewer), and the
/// nominations left short, ordered by nomination.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Plan {
    pub assignments: Vec<Assignment>,
    pub shortfalls: Vec<Shortfall>,
}

/// Plans the stage's automatic assignment.
///
/// Guarantees, for any input:
/// - every pair passes [`check_pair`]; no pair is repeated; no reviewer ends above
///   `max_load` (a reviewer already at or above it gets nothing new);
/// - coverage is maximal: no valid plan places more pairs. In particular, whenever every
///   nomination can get all it wants, however tangled the conflicts, there is no shortfall.
///   Every shortfall is reported with its reason;
/// - loads are as even as the rules allow: among valid plans that give each nomination the
///   same number of reviewers as this one, the final loads (existing plus new) have the
///   least sum of squares, hence are decreasingly minimal: the highest load is as low as it
///   can be, then as few reviewers as possible carry it, and so on down. Two reviewers end
///   two or more apart only when no chain of swaps could move work between them (conflicts,
///   `max_load`, or one's existing load). So when every reviewer may review every
///   nomination and all start equal, loads end at most one apart;
/// - the same inputs in any order give the same plan: inputs are put in id order first
///   (a repeated id keeps the entry that sorts first) and every choice breaks ties by id.
///
/// When not every nomination can be covered, which ones are left short is deterministic
/// and tends to be spread thinly (the greedy start gives every nomination its first reviewer
/// before any gets a second), but that is a heuristic, not a promise.
///
/// Cost: O(N·R) to build and per round of the greedy start (one round per reviewer
/// wanted), then one search of the N·R eligibility graph per pair the greedy start could
/// not place or per load move; with a realistic pool the greedy start leaves
/// almost nothing to do (see docs/PERFORMANCE.md, "Review").
pub fn plan(nominations: &[NominationNeed], reviewers: &[Reviewer], max_load: Option<u32>) -> Plan {
    let noms = canonical(nominations, |n| n.id);
    let revs = canonical(reviewers, |r| r.id);
    let mut graph = Graph::build(&noms, &revs, max_load);
    let mut scratch = Scratch::new(noms.len(), revs.len());
    graph.greedy();
    graph.fill_shortfalls(&mut scratch);
    graph.balance(&mut scratch);
    graph.into_plan(&noms, &revs)
}

/// Picks the reviewer to replace one who recused: the least loaded eligible reviewer
/// under `max_load`, the smallest id among equals. The recused reviewer must be in the
/// nomination's `excluded`, and `load` must be current.
///
/// # Errors
/// Why nobody can take it, as for a shortfall of one.
pub fn pick_replacement(
    nomination: &NominationNeed,
    reviewers: &[Reviewer],
    max_load: Option<u32>,
) -> Result<Uuid, ShortfallReason> {
    let limit = max_load.unwrap_or(u32::MAX);
    let mut eligible = 0_u32;
    let mut best: Option<(u32, Uuid)> = None;
    for reviewer in reviewers.iter().filter(|r| check_pair(nomination, r).is_ok()) {
        eligible = eligible.saturating_add(1);
        let key = (reviewer.load, reviewer.id);
        if reviewer.load < limit && best.is_none_or(|b| key < b) {
            best = Some(key);
        }
    }
    match best {
        Some((_, id)) => Ok(id),
        None if eligible == 0 => Err(ShortfallReason::TooFewEligible { eligible: 0 }),
        None => Err(ShortfallReason::AtMaxLoad),
    }
}

/// The items in canonical order, one per key.
fn canonical<T: Ord, K: PartialEq>(items: &[T], key: impl Fn(&T) -> K) -> Vec<&T> {
    let mut sorted: Vec<&T> = items.iter().collect();
    sorted.sort();
    sorted.dedup_by(|a, b| key(a) == key(b));
    sorted
}

const NONE: u32 = u32::MAX;

/// Index of a slice position; plans are far below 4 billion entries.
fn ix(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(NONE)
}

/// The assignment graph with nominations and reviewers as indices into the canonical
/// order, so every loop below is deterministic.
struct Graph {
    wanted: Vec<u32>,
    /// Per nomination: the reviewers who may review it, ascending.
    eligible: Vec<Vec<u32>>,
    /// Per nomination: the reviewers this plan gives it.
    assigned: Vec<Vec<u32>>,
    /// Per reviewer: the nominations this plan gives them.
    given: Vec<Vec<u32>>,
    /// Per reviewer: existing plus new.
    load: Vec<u32>,
    limit: u32,
    /// Nominations, most constrained first.
    order: Vec<u32>,
}

/// Breadth-first search state, reused between searches.
struct Scratch {
    stamp: u32,
    seen_nom: Vec<u32>,
    seen_rev: Vec<u32>,
    /// For a reached reviewer: the nomination that reached it (`NONE` for a source).
    via_nom: Vec<u32>,
    /// For a reached nomination: the reviewer that would leave it (`NONE` for a source).
    via_rev: Vec<u32>,
    queue: Vec<u32>,
    reached_revs: Vec<u32>,
}

impl Scratch {
    fn new(nominations: usize, reviewers: usize) -> Self {
        Scratch {
            stamp: 0,
            seen_nom: vec![0; nominations],
            seen_rev: vec![0; reviewers],
            via_nom: vec![NONE; reviewers],
            via_rev: vec![NONE; nominations],
            queue: Vec::new(),
            reached_revs: Vec::new(),
        }
    }

    fn next_stamp(&mut self) -> u32 {
        self.stamp += 1;
        self.queue.clear();
        self.reached_revs.clear();
        self.stamp
    }
}

impl Graph {
    fn build(noms: &[&NominationNeed], revs: &[&Reviewer], max_load: Option<u32>) -> Self {
        // Member states as small integers; only the nominations' states can matter.
        let mut states: BTreeMap<String, u32> = BTreeMap::new();
        let nom_state: Vec<u32> = noms
            .iter()
            .map(|n| {
                let next = ix(states.len());
                *states.entry(n.member_state.to_ascii_uppercase()).or_insert(next)
            })
            .collect();
        let lookup = |s: &str| states.get(&s.to_ascii_uppercase()).copied();
        // Per state: reviewers of it or in conflict with it.
        let mut barred_by_state: Vec<Vec<u32>> = vec![Vec::new(); states.len()];
        // Per nomination: reviewers in conflict with it or excluded from it.
        let mut barred_by_nom: Vec<Vec<u32>> = vec![Vec::new(); noms.len()];
        for (r, reviewer) in revs.iter().enumerate() {
            let r = ix(r);
            let own = reviewer.member_state.as_deref().and_then(lookup);
            for s in own.into_iter().chain(reviewer.conflict_states.iter().filter_map(|s| lookup(s))) {
                barred_by_state[s as usize].push(r);
            }
            for id in &reviewer.conflict_nominations {
                if let Ok(n) = noms.binary_search_by(|n| n.id.cmp(id)) {
                    barred_by_nom[n].push(r);
                }
            }
        }
        for (n, nomination) in noms.iter().enumerate() {
            for id in &nomination.excluded {
                if let Ok(r) = revs.binary_search_by(|r| r.id.cmp(id)) {
                    barred_by_nom[n].push(ix(r));
                }
            }
        }
        let mut mark = vec![NONE; revs.len()];
        let eligible: Vec<Vec<u32>> = noms
            .iter()
            .enumerate()
            .map(|(n, nomination)| {
                if nomination.wanted == 0 {
                    return Vec::new();
                }
                let stamp = ix(n);
                for &r in barred_by_state[nom_state[n] as usize].iter().chain(&barred_by_nom[n]) {
                    mark[r as usize] = stamp;
                }
                (0..revs.len()).filter(|&r| mark[r] != stamp).map(ix).collect()
            })
            .collect();
        let mut order: Vec<u32> = (0..noms.len()).map(ix).collect();
        order.sort_by_key(|&n| (eligible[n as usize].len(), n));
        Graph {
            wanted: noms.iter().map(|n| n.wanted).collect(),
            eligible,
            assigned: vec![Vec::new(); noms.len()],
            given: vec![Vec::new(); revs.len()],
            load: revs.iter().map(|r| r.load).collect(),
            limit: max_load.unwrap_or(u32::MAX),
            order,
        }
    }

    fn has_room(&self, r: u32) -> bool {
        self.load[r as usize] < self.limit
    }

    fn short(&self, n: u32) -> bool {
        self.assigned[n as usize].len() < self.wanted[n as usize] as usize
    }

    fn link(&mut self, n: u32, r: u32) {
        self.assigned[n as usize].push(r);
        self.given[r as usize].push(n);
        self.load[r as usize] += 1;
    }

    fn unlink(&mut self, n: u32, r: u32) {
        let on = &mut self.assigned[n as usize];
        if let Some(i) = on.iter().position(|&x| x == r) {
            on.swap_remove(i);
        }
        let given = &mut self.given[r as usize];
        if let Some(i) = given.iter().position(|&x| x == n) {
            given.swap_remove(i);
        }
        self.load[r as usize] -= 1;
    }

    /// The start, in rounds: every nomination gets its first reviewer before any gets its
    /// second, so when the pool runs short the shortfall tends to spread thinly rather than
    /// leave some nominations with nobody. Within a round, the most constrained nomination
    /// goes first and takes the least loaded eligible reviewer with room (smallest id among
    /// equals).
    fn greedy(&mut self) {
        let rounds = self.wanted.iter().copied().max().unwrap_or(0);
        for round in 0..rounds {
            for i in 0..self.order.len() {
                let n = self.order[i];
                if self.wanted[n as usize] <= round {
                    continue;
                }
                let on = &self.assigned[n as usize];
                let best = self.eligible[n as usize]
                    .iter()
                    .filter(|&&r| self.has_room(r) && !on.contains(&r))
                    .min_by_key(|&&r| (self.load[r as usize], r))
                    .copied();
                if let Some(r) = best {
                    self.link(n, r);
                }
            }
        }
    }

    /// Augmenting paths (maximum flow): a short nomination takes an eligible reviewer who
    /// has room, or one who hands one of their nominations on to another reviewer, and so
    /// on. When no such path exists for any nomination, no valid plan covers more.
    fn fill_shortfalls(&mut self, s: &mut Scratch) {
        // Nodes from which no reviewer with room can be reached stay so: later paths never
        // pass through them and loads only grow in this phase.
        let mut dead_nom = vec![false; self.wanted.len()];
        let mut dead_rev = vec![false; self.load.len()];
        for i in 0..self.order.len() {
            let n = self.order[i];
            while self.short(n) && !dead_nom[n as usize] {
                match self.path_to_room(n, s, &dead_nom, &dead_rev) {
                    Some(end) => self.augment(end, s),
                    None => {
                        for &x in &s.queue {
                            dead_nom[x as usize] = true;
                        }
                        for &r in &s.reached_revs {
                            dead_rev[r as usize] = true;
                        }
                    }
                }
            }
        }
    }

    fn path_to_room(&self, start: u32, s: &mut Scratch, dead_nom: &[bool], dead_rev: &[bool]) -> Option<u32> {
        let stamp = s.next_stamp();
        s.seen_nom[start as usize] = stamp;
        s.via_rev[start as usize] = NONE;
        s.queue.push(start);
        let mut head = 0;
        while let Some(&x) = s.queue.get(head) {
            head += 1;
            for &r in &self.eligible[x as usize] {
                let ri = r as usize;
                if s.seen_rev[ri] == stamp || dead_rev[ri] || self.assigned[x as usize].contains(&r) {
                    continue;
                }
                s.seen_rev[ri] = stamp;
                s.via_nom[ri] = x;
                s.reached_revs.push(r);
                if self.has_room(r) {
                    return Some(r);
                }
                for &y in &self.given[ri] {
                    if s.seen_nom[y as usize] != stamp && !dead_nom[y as usize] {
                        s.seen_nom[y as usize] = stamp;
                        s.via_rev[y as usize] = r;
                        s.queue.push(y);
                    }
                }
            }
        }
        None
    }

    /// Applies a path found by [`Graph::path_to_room`]: `end` gains one, nobody else changes.
    fn augment(&mut self, end: u32, s: &Scratch) {
        let mut r = end;
        loop {
            let x = s.via_nom[r as usize];
            self.link(x, r);
            let leaving = s.via_rev[x as usize];
            if leaving == NONE {
                return;
            }
            self.unlink(x, leaving);
            r = leaving;
        }
    }

    /// Load-moving paths: a reviewer at level `t` hands one nomination on, along a chain
    /// of swaps, to a reviewer at `t - 2` or below who has room. Levels are cleared from
    /// the top down; a cleared level stays clear (a move below it cannot open a path from
    /// it, or that path would have existed before). When no level has a path, the loads
    /// have the least sum of squares for the plan's per-nomination counts.
    fn balance(&mut self, s: &mut Scratch) {
        let mut level = self.top_level(u32::MAX);
        while let Some(t) = level {
            let floor = (0..self.load.len()).filter(|&r| self.has_room(ix(r))).map(|r| self.load[r]).min();
            let Some(floor) = floor else { return };
            if t < floor.saturating_add(2) {
                return;
            }
            match self.path_to_lighter(t, s) {
                Some(end) => self.transfer(end, s),
                None => level = self.top_level(t),
            }
        }
    }

    /// The highest load below `below` among reviewers this plan gives something.
    fn top_level(&self, below: u32) -> Option<u32> {
        (0..self.load.len()).filter(|&r| !self.given[r].is_empty() && self.load[r] < below).map(|r| self.load[r]).max()
    }

    fn path_to_lighter(&self, t: u32, s: &mut Scratch) -> Option<u32> {
        let stamp = s.next_stamp();
        for r in 0..self.load.len() {
            if self.load[r] == t && !self.given[r].is_empty() {
                s.seen_rev[r] = stamp;
                s.via_nom[r] = NONE;
                s.queue.push(ix(r));
            }
        }
        let mut head = 0;
        while let Some(&r) = s.queue.get(head) {
            head += 1;
            for &y in &self.given[r as usize] {
                if s.seen_nom[y as usize] == stamp {
                    continue;
                }
                s.seen_nom[y as usize] = stamp;
                s.via_rev[y as usize] = r;
                for &r2 in &self.eligible[y as usize] {
                    let ri = r2 as usize;
                    if s.seen_rev[ri] == stamp || self.assigned[y as usize].contains(&r2) {
                        continue;
                    }
                    s.seen_rev[ri] = stamp;
                    s.via_nom[ri] = y;
                    if self.load[ri] <= t - 2 && self.has_room(r2) {
                        return Some(r2);
                    }
                    s.queue.push(r2);
                }
            }
        }
        None
    }

    /// Applies a path found by [`Graph::path_to_lighter`]: `end` gains one, the source
    /// loses one, nobody else changes.
    fn transfer(&mut self, end: u32, s: &Scratch) {
        let mut r = end;
        loop {
            let y = s.via_nom[r as usize];
            let leaving = s.via_rev[y as usize];
            self.link(y, r);
            self.unlink(y, leaving);
            if s.via_nom[leaving as usize] == NONE {
                return;
            }
            r = leaving;
        }
    }

    fn into_plan(mut self, noms: &[&NominationNeed], revs: &[&Reviewer]) -> Plan {
        let mut plan = Plan::default();
        for (n, nomination) in noms.iter().enumerate() {
            let on = &mut self.assigned[n];
            on.sort_unstable();
            plan.assignments
                .extend(on.iter().map(|&r| Assignment { nomination: nomination.id, reviewer: revs[r as usize].id }));
            let placed = ix(on.len());
            if placed < nomination.wanted {
                let eligible = ix(self.eligible[n].len());
                plan.shortfalls.push(Shortfall {
                    nomination: nomination.id,
                    wanted: nomination.wanted,
                    missing: nomination.wanted - placed,
                    reason: if eligible < nomination.wanted {
                        ShortfallReason::TooFewEligible { eligible }
                    } else {
                        ShortfallReason::AtMaxLoad
                    },
                });
            }
        }
        plan
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use proptest::prelude::*;

    use super::*;

    fn id(n: u128) -> Uuid {
        Uuid::from_u128(n)
    }

    fn nom(n: u128, state: &str, wanted: u32) -> NominationNeed {
        NominationNeed { id: id(n), member_state: state.into(), wanted, excluded: BTreeSet::new() }
    }

    fn rev(n: u128, state: Option<&str>, load: u32) -> Reviewer {
        Reviewer {
            id: id(n),
            member_state: state.map(Into::into),
            load,
            conflict_states: BTreeSet::new(),
            conflict_nominations: BTreeSet::new(),
        }
    }

    fn loads(plan: &Plan, reviewers: &[Reviewer]) -> BTreeMap<Uuid, u32> {
        let mut loads: BTreeMap<Uuid, u32> = reviewers.iter().map(|r| (r.id, r.load)).collect();
        for a in &plan.assignments {
            *loads.entry(a.reviewer).or_default() += 1;
        }
        loads
    }

    #[test]
    fn check_pair_names_the_broken_rule() {
        let n = nom(1, "FRA", 1);
        assert_eq!(check_pair(&n, &rev(100, Some("fra"), 0)), Err(Ineligible::SameMemberState));
        let mut r = rev(100, Some("KEN"), 0);
        assert_eq!(check_pair(&n, &r), Ok(()));
        r.conflict_nominations.insert(id(1));
        assert_eq!(check_pair(&n, &r), Err(Ineligible::ConflictOnNomination));
        r.conflict_states.insert("FRA".into());
        assert_eq!(check_pair(&n, &r), Err(Ineligible::ConflictOnState));
        let mut n2 = nom(2, "BRA", 1);
        n2.excluded.insert(id(100));
        assert_eq!(check_pair(&n2, &rev(100, None, 0)), Err(Ineligible::AlreadyAssigned));
    }

    #[test]
    fn spreads_work_evenly_and_skips_own_state() {
        let noms: Vec<_> = (0..6).map(|i| nom(i, if i % 2 == 0 { "FRA" } else { "KEN" }, 2)).collect();
        let revs =
            vec![rev(100, Some("FRA"), 0), rev(101, Some("KEN"), 0), rev(102, None, 0), rev(103, Some("BRA"), 0)];
        let plan = plan(&noms, &revs, None);
        assert!(plan.shortfalls.is_empty());
        assert_eq!(plan.assignments.len(), 12);
        let by_id: BTreeMap<Uuid, &Reviewer> = revs.iter().map(|r| (r.id, r)).collect();
        let nom_by_id: BTreeMap<Uuid, &NominationNeed> = noms.iter().map(|n| (n.id, n)).collect();
        for a in &plan.assignments {
            assert_eq!(check_pair(nom_by_id[&a.nomination], by_id[&a.reviewer]), Ok(()));
        }
        assert!(loads(&plan, &revs).values().all(|&l| l == 3));
    }

    #[test]
    fn greedy_corner_is_escaped() {
        // Both nominations have two eligible reviewers, so the greedy pass serves KEN's
        // first and gives it 100 (least loaded, smallest id). FRA's other reviewer, 102, is
        // already at max_load, so FRA's only way in is 100: an augmenting path moves KEN's
        // review to 101 and gives 100 to FRA.
        let noms = vec![nom(0, "KEN", 1), nom(1, "FRA", 1)];
        let revs = vec![rev(100, None, 0), rev(101, Some("FRA"), 0), rev(102, Some("KEN"), 1)];
        let plan = plan(&noms, &revs, Some(1));
        assert!(plan.shortfalls.is_empty(), "{:?}", plan.shortfalls);
        assert_eq!(
            plan.assignments,
            vec![
                Assignment { nomination: id(0), reviewer: id(101) },
                Assignment { nomination: id(1), reviewer: id(100) }
            ]
        );
    }

    #[test]
    fn shortfalls_name_the_reason() {
        let mut n0 = nom(0, "FRA", 3);
        n0.excluded.insert(id(101));
        let noms = vec![n0, nom(1, "KEN", 2)];
        let revs = vec![rev(100, Some("FRA"), 0), rev(101, None, 0), rev(102, None, 5), rev(103, None, 0)];
        let plan = plan(&noms, &revs, Some(5));
        assert_eq!(
            plan.shortfalls,
            vec![Shortfall {
                nomination: id(0),
                wanted: 3,
                missing: 2,
                reason: ShortfallReason::TooFewEligible { eligible: 2 }
            }]
        );
        assert_eq!(
            plan.shortfalls[0].to_string(),
            "2 of 3 reviewers missing: only 2 reviewers in the pool may review it"
        );
        let full = super::plan(&[nom(0, "FRA", 2)], &[rev(100, None, 1), rev(101, None, 0)], Some(1));
        assert_eq!(full.shortfalls[0].reason, ShortfallReason::AtMaxLoad);
        assert_eq!(full.shortfalls[0].missing, 1);
    }

    #[test]
    fn a_short_pool_spreads_the_shortfall() {
        // Room for 4 of the 6 reviews wanted: two nominations miss one each, rather than
        // one missing both.
        let noms = vec![nom(0, "FRA", 2), nom(1, "FRA", 2), nom(2, "FRA", 2)];
        let plan = plan(&noms, &[rev(100, None, 0), rev(101, None, 0)], Some(2));
        assert_eq!(plan.assignments.len(), 4);
        assert_eq!(plan.shortfalls.len(), 2);
        assert!(plan.shortfalls.iter().all(|s| s.missing == 1 && s.reason == ShortfallReason::AtMaxLoad));
    }

    #[test]
    fn a_replacement_is_the_least_loaded_eligible_reviewer() {
        let mut n = nom(0, "FRA", 1);
        n.excluded.insert(id(100));
        let revs = vec![rev(100, None, 0), rev(101, Some("FRA"), 0), rev(103, None, 2), rev(102, None, 2)];
        assert_eq!(pick_replacement(&n, &revs, None), Ok(id(102)));
        assert_eq!(pick_replacement(&n, &revs, Some(2)), Err(ShortfallReason::AtMaxLoad));
        assert_eq!(pick_replacement(&n, &revs[..2], None), Err(ShortfallReason::TooFewEligible { eligible: 0 }));
    }

    // ---- properties ----

    const STATES: [&str; 4] = ["FRA", "KEN", "BRA", "JPN"];

    #[derive(Debug, Clone)]
    struct Instance {
        noms: Vec<NominationNeed>,
        revs: Vec<Reviewer>,
        max_load: Option<u32>,
    }

    fn instance() -> impl Strategy<Value = Instance> {
        (1_usize..10, 1_usize..7).prop_flat_map(|(n, r)| {
            let noms =
                prop::collection::vec((0..4_usize, 0_u32..4, prop::collection::btree_set(0..r as u128, 0..2)), n);
            let revs = prop::collection::vec(
                (
                    prop::option::of(0..4_usize),
                    0_u32..3,
                    prop::collection::btree_set(0..4_usize, 0..2),
                    prop::collection::btree_set(0..n as u128, 0..3),
                ),
                r,
            );
            (noms, revs, prop::option::of(0_u32..8)).prop_map(|(noms, revs, max_load)| Instance {
                noms: noms
                    .into_iter()
                    .enumerate()
                    .map(|(i, (s, wanted, excluded))| NominationNeed {
                        id: id(i as u128),
                        member_state: STATES[s].into(),
                        wanted,
                        excluded: excluded.into_iter().map(|r| id(1000 + r)).collect(),
                    })
                    .collect(),
                revs: revs
                    .into_iter()
                    .enumerate()
                    .map(|(i, (s, load, cs, cn))| Reviewer {
                        id: id(1000 + i as u128),
                        member_state: s.map(|s| STATES[s].into()),
                        load,
                        conflict_states: cs.into_iter().map(|s| STATES[s].into()).collect(),
                        conflict_nominations: cn.into_iter().map(id).collect(),
                    })
                    .collect(),
                max_load,
            })
        })
    }

    /// Maximum flow by plain augmenting paths on a capacity matrix: an oracle independent
    /// of the planner. Nominations demand `demand[n]`, reviewer `r` takes up to `cap[r]`.
    fn max_flow(inst: &Instance, demand: &[u32], cap: &[u32]) -> u32 {
        let (n, r) = (inst.noms.len(), inst.revs.len());
        let size = n + r + 2;
        let (source, sink) = (n + r, n + r + 1);
        let mut c = vec![vec![0_i64; size]; size];
        for (i, nomination) in inst.noms.iter().enumerate() {
            c[source][i] = i64::from(demand[i]);
            for (j, reviewer) in inst.revs.iter().enumerate() {
                if check_pair(nomination, reviewer).is_ok() {
                    c[i][n + j] = 1;
                }
            }
        }
        for j in 0..r {
            c[n + j][sink] = i64::from(cap[j]);
        }
        let mut flow = 0;
        loop {
            let mut prev = vec![usize::MAX; size];
            prev[source] = source;
            let mut stack = vec![source];
            while let Some(u) = stack.pop() {
                for v in 0..size {
                    if prev[v] == usize::MAX && c[u][v] > 0 {
                        prev[v] = u;
                        stack.push(v);
                    }
                }
            }
            if prev[sink] == usize::MAX {
                return flow;
            }
            let mut v = sink;
            while v != source {
                let u = prev[v];
                c[u][v] -= 1;
                c[v][u] += 1;
                v = u;
            }
            flow += 1;
        }
    }

    fn assert_valid(inst: &Instance, plan: &Plan) {
        let noms: BTreeMap<Uuid, &NominationNeed> = inst.noms.iter().map(|n| (n.id, n)).collect();
        let revs: BTreeMap<Uuid, &Reviewer> = inst.revs.iter().map(|r| (r.id, r)).collect();
        let mut placed: BTreeMap<Uuid, u32> = BTreeMap::new();
        let mut seen = BTreeSet::new();
        for a in &plan.assignments {
            assert!(seen.insert(*a), "{a:?} twice");
            assert_eq!(check_pair(noms[&a.nomination], revs[&a.reviewer]), Ok(()), "{a:?}");
            *placed.entry(a.nomination).or_default() += 1;
        }
        let loads = loads(plan, &inst.revs);
        if let Some(max) = inst.max_load {
            for r in &inst.revs {
                assert!(loads[&r.id] <= max.max(r.load), "{} above max_load {max}", r.id);
                if r.load >= max {
                    assert_eq!(loads[&r.id], r.load, "a reviewer at max_load got more");
                }
            }
        }
        let short: BTreeMap<Uuid, &Shortfall> = plan.shortfalls.iter().map(|s| (s.nomination, s)).collect();
        for n in &inst.noms {
            let got = placed.get(&n.id).copied().unwrap_or(0);
            let missing = short.get(&n.id).map_or(0, |s| s.missing);
            assert_eq!(got + missing, n.wanted, "{} placed {got} missing {missing}", n.id);
            if let Some(s) = short.get(&n.id) {
                let eligible = inst.revs.iter().filter(|r| check_pair(n, r).is_ok()).count() as u32;
                match s.reason {
                    ShortfallReason::TooFewEligible { eligible: e } => {
                        assert_eq!(e, eligible);
                        assert!(e < n.wanted);
                    }
                    ShortfallReason::AtMaxLoad => {
                        assert!(eligible >= n.wanted);
                        let max = inst.max_load.expect("only max_load can fill a pool");
                        for r in inst.revs.iter().filter(|r| check_pair(n, r).is_ok()) {
                            let on = plan.assignments.contains(&Assignment { nomination: n.id, reviewer: r.id });
                            assert!(on || loads[&r.id] >= max, "{} has room for {}", r.id, n.id);
                        }
                    }
                }
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        #[test]
        fn plans_keep_every_rule_and_cover_as_much_as_possible(inst in instance()) {
            let plan = plan(&inst.noms, &inst.revs, inst.max_load);
            assert_valid(&inst, &plan);
            // Coverage equals the maximum flow of the same instance.
            let demand: Vec<u32> = inst.noms.iter().map(|n| n.wanted).collect();
            let limit = inst.max_load.unwrap_or(u32::MAX / 4);
            let cap: Vec<u32> = inst.revs.iter().map(|r| limit.saturating_sub(r.load)).collect();
            prop_assert_eq!(plan.assignments.len() as u32, max_flow(&inst, &demand, &cap));
        }

        #[test]
        fn the_highest_new_load_is_as_low_as_possible(inst in instance()) {
            let plan = plan(&inst.noms, &inst.revs, inst.max_load);
            let loads = loads(&plan, &inst.revs);
            let mut per_nom: BTreeMap<Uuid, u32> = BTreeMap::new();
            let mut touched = BTreeSet::new();
            for a in &plan.assignments {
                *per_nom.entry(a.nomination).or_default() += 1;
                touched.insert(a.reviewer);
            }
            let highest = touched.iter().map(|r| loads[r]).max();
            if let Some(highest) = highest {
                // With the plan's per-nomination counts, no cap below `highest` can carry them.
                let demand: Vec<u32> = inst.noms.iter().map(|n| per_nom.get(&n.id).copied().unwrap_or(0)).collect();
                let total: u32 = demand.iter().sum();
                let limit = inst.max_load.unwrap_or(u32::MAX);
                let lower = highest - 1;
                let cap: Vec<u32> = inst.revs.iter().map(|r| lower.min(limit).saturating_sub(r.load)).collect();
                prop_assert!(max_flow(&inst, &demand, &cap) < total, "loads {loads:?} could all stay at or below {lower}");
            }
        }

        #[test]
        fn feasible_instances_have_no_shortfall(inst in instance(), seed in any::<u64>()) {
            // Plant a valid plan, then ask for exactly what it gives: the instance is feasible
            // by construction, whatever the conflicts.
            let mut inst = inst;
            let limit = inst.max_load.unwrap_or(u32::MAX);
            let mut load: Vec<u32> = inst.revs.iter().map(|r| r.load).collect();
            let mut pick = seed;
            for n in &mut inst.noms {
                let mut wanted = 0;
                for (j, r) in inst.revs.iter().enumerate() {
                    pick = pick.rotate_left(7) ^ 0x9E37_79B9_7F4A_7C15;
                    if pick % 3 != 0 && check_pair(n, r).is_ok() && load[j] < limit {
                        load[j] += 1;
                        wanted += 1;
                    }
                }
                n.wanted = wanted;
            }
            let plan = plan(&inst.noms, &inst.revs, inst.max_load);
            assert_valid(&inst, &plan);
            prop_assert!(plan.shortfalls.is_empty(), "{:?}", plan.shortfalls);
        }

        #[test]
        fn without_conflicts_loads_end_at_most_one_apart(
            wanted in prop::collection::vec(0_u32..5, 1..30),
            pool in 4_usize..12,
            stateless in prop::collection::vec(any::<bool>(), 12),
        ) {
            let noms: Vec<_> = wanted.iter().enumerate().map(|(i, &w)| nom(i as u128, "FRA", w)).collect();
            let revs: Vec<_> = (0..pool)
                .map(|j| rev(1000 + j as u128, if stateless[j] { None } else { Some(STATES[1 + j % 3]) }, 0))
                .collect();
            let plan = plan(&noms, &revs, None);
            prop_assert!(plan.shortfalls.is_empty());
            let loads = loads(&plan, &revs);
            let (lo, hi) = (loads.values().min().copied().unwrap_or(0), loads.values().max().copied().unwrap_or(0));
            prop_assert!(hi - lo <= 1, "{loads:?}");
        }

        #[test]
        fn plans_do_not_depend_on_input_order(
            (inst, noms, revs) in instance().prop_flat_map(|inst| {
                let noms = Just(inst.noms.clone()).prop_shuffle();
                let revs = Just(inst.revs.clone()).prop_shuffle();
                (Just(inst), noms, revs)
            })
        ) {
            prop_assert_eq!(plan(&inst.noms, &inst.revs, inst.max_load), plan(&noms, &revs, inst.max_load));
        }
    }
}
