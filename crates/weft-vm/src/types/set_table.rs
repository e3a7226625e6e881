//! The hash table behind `set` and `frozenset`, laid out like CPython 3.11's so that
//! iteration order (and therefore `print({3, 1, 2})`) matches CPython's exactly
//! (<https://docs.python.org/3.11/library/stdtypes.html#set-types-set-frozenset>).
//!
//! An open-addressing table of `mask + 1` slots (8 at first). A lookup starts at
//! `hash & mask`, inspects up to `LINEAR_PROBES` following slots, then jumps with
//! `perturb >>= 5; i = (i * 5 + 1 + perturb) & mask`. Deleted slots become dummies; the
//! table grows (to the smallest power of two above `used * 4`, or `used * 2` for large
//! sets) once `fill * 5 >= mask * 3`. Each table has its own lock, taken once per
//! operation; Python `__eq__` runs with the lock released and the probe is retried
//! (skipping keys already known to differ) when the table has not changed meanwhile.

mod filter;
mod retry;

use crate::biased_lock::BiasedRwLock as RwLock;
use crate::types::dict::fast_eq;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const SLOT_SIZE: usize = std::mem::size_of::<Slot>();
/// Hash stored in a dummy (deleted) slot; no Python hash is ever -1.
const DUMMY: i64 = -1;

/// One slot: `key` is `Null` for empty (hash 0) and dummy (hash -1) slots.
#[derive(Clone)]
pub struct Slot {
    pub hash: i64,
    pub key: Value,
}

const EMPTY: Slot = Slot {
    hash: 0,
    key: Value::Null,
};

#[derive(Clone, Default)]
pub struct SetInner {
    /// The slots; empty until the first insertion (then `mask + 1` long).
    pub table: Vec<Slot>,
    /// Active plus dummy slots.
    pub fill: usize,
    /// Active slots.
    pub used: usize,
    /// Where `pop` continues searching.
    pub finger: usize,
}

/// Result of probing for a key.
enum Probe {
    /// Slot index of the equal key.
    Found(usize),
    /// Key absent: slot to insert into and whether it is a reused dummy.
    Missing(usize, bool),
    /// A same-hash key whose equality needs Python code: (slot, key).
    NeedEq(usize, Value),
}

impl SetInner {
    #[inline]
    fn mask(&self) -> usize {
        if self.table.is_empty() {
            MINSIZE - 1
        } else {
            self.table.len() - 1
        }
    }

    /// Probe for `key`; `skip` lists slots already known to hold unequal keys.
    ///
    /// The hot loop of every set operation: each step walks a run of up to
    /// `LINEAR_PROBES + 1` slots as a slice (no per-slot bounds checks) and tests the
    /// stored hash first, since most slots passed over hold other keys.
    #[inline(always)]
    fn probe(&self, hash: i64, key: &Value, skip: impl Fn(usize) -> bool) -> Probe {
        let table = &self.table[..];
        if table.is_empty() {
            return Probe::Missing((hash as u64 as usize) & (MINSIZE - 1), false);
        }
        let mask = table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        // Slots are walked by reference; an index is only computed for the answer.
        let index = |e: *const Slot| (e as usize - table.as_ptr() as usize) / SLOT_SIZE;
        // The last dummy passed (null: none yet), where an absent key would go.
        let mut freeslot: *const Slot = std::ptr::null();
        // One slot of the walk: returns from `probe` when it settles the answer. A macro,
        // not a closure, so that it is inlined into both walks below.
        macro_rules! visit {
            ($e:expr) => {{
                let e: &Slot = $e;
                if e.hash == hash && !e.key.is_null() {
                    let j = index(e);
                    if !skip(j) {
                        if e.key.is(key) {
                            return Probe::Found(j);
                        }
                        match fast_eq(&e.key, key) {
                            Some(true) => return Probe::Found(j),
                            Some(false) => {}
                            None => return Probe::NeedEq(j, e.key.clone()),
                        }
                    }
                } else if e.key.is_null() {
                    if e.hash == 0 {
                        return if freeslot.is_null() {
                            Probe::Missing(index(e), false)
                        } else {
                            Probe::Missing(index(freeslot), true)
                        };
                    }
                    freeslot = e;
                }
            }};
        }
        loop {
            if i + LINEAR_PROBES <= mask {
                // A whole run, as an array so that the walk over it is unrolled.
                // SAFETY: `i + LINEAR_PROBES <= mask < table.len()`.
                let run: &[Slot; LINEAR_PROBES + 1] =
                    unsafe { &*(table.as_ptr().add(i) as *const [Slot; LINEAR_PROBES + 1]) };
                for e in run {
                    visit!(e);
                }
            } else {
                // SAFETY: `i <= mask < table.len()`.
                visit!(unsafe { table.get_unchecked(i) });
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Place a key known to be absent into a table without dummies.
    fn insert_clean(table: &mut [Slot], hash: i64, key: Value) {
        let mask = table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for slot in &mut table[i..=i + probes] {
                if slot.key.is_null() {
                    *slot = Slot { hash, key };
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Rebuild the table with room for `minused` keys (dummies are dropped).
    #[inline(never)]
    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        if newsize == MINSIZE && self.table.len() == MINSIZE && self.fill == self.used {
            return;
        }
        let old = std::mem::replace(&mut self.table, vec![EMPTY; newsize]);
        for e in old {
            if !e.key.is_null() {
                Self::insert_clean(&mut self.table, e.hash, e.key);
            }
        }
        self.fill = self.used;
    }

    /// Store `key` at the slot a probe returned as missing. Inlined: its callers are
    /// the insertions that just probed, and the table's resize is out of line.
    #[inline(always)]
    fn place(&mut self, slot: usize, reuse_dummy: bool, hash: i64, key: Value) {
        if self.table.is_empty() {
            self.table = vec![EMPTY; MINSIZE];
        }
        self.table[slot] = Slot { hash, key };
        self.used += 1;
        if reuse_dummy {
            return;
        }
        self.fill += 1;
        let mask = self.mask();
        if self.fill * 5 >= mask * 3 {
            let n = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(n);
        }
    }

    /// Add a key known to be absent (no Python code runs).
    pub fn add_unique(&mut self, hash: i64, key: Value) {
        if let Probe::Missing(s, d) = self.probe(hash, &key, |_| true) {
            self.place(s, d, hash, key)
        }
    }

    fn active(&self) -> impl Iterator<Item = &Slot> {
        self.table.iter().filter(|e| !e.key.is_null())
    }
}

/// A thread-safe set table keyed by Python values.
pub struct PySet {
    pub inner: RwLock<SetInner>,
    /// Bumped on every mutation (retry detection for unlocked comparisons).
    pub version: AtomicU64,
    /// Cached frozenset hash (-1: not computed).
    hash: AtomicI64,
    /// Which hashes may be present (`set_table/filter.rs`): misses without the lock.
    filter: filter::HashFilter,
}

impl Default for PySet {
    fn default() -> Self {
        PySet::new()
    }
}

impl Clone for PySet {
    fn clone(&self) -> Self {
        PySet::from_inner(self.inner.read().clone())
    }
}

impl From<crate::types::dict::Dict> for PySet {
    /// Build from a dict's keys in insertion order (as adding them one by one would).
    fn from(d: crate::types::dict::Dict) -> PySet {
        let mut inner = SetInner::default();
        for e in d.entries() {
            inner.add_unique(e.hash, e.key);
        }
        PySet::from_inner(inner)
    }
}

impl PySet {
    pub fn new() -> PySet {
        PySet::from_inner(SetInner::default())
    }

    pub fn from_inner(inner: SetInner) -> PySet {
        let filter = filter::HashFilter::default();
        filter.recount(inner.active().map(|e| e.hash));
        PySet {
            inner: RwLock::new(inner),
            version: AtomicU64::new(0),
            hash: AtomicI64::new(-1),
            filter,
        }
    }

    /// Count a mutation. Only called with the write lock held, so a plain load and store
    /// (no read-modify-write) cannot lose an update.
    #[inline]
    fn bump(&self) {
        let v = self.version.load(Ordering::Relaxed);
        self.version.store(v.wrapping_add(1), Ordering::Release);
    }

    pub fn len(&self) -> usize {
        self.inner.read().used
    }

    /// Whether `key` is present. The first probe settles every key whose equality needs
    /// no Python code; only a same-hash key with a Python `__eq__` takes the slow path.
    #[inline]
    fn find(&self, vm: &Vm, hash: i64, key: &Value) -> PyResult<bool> {
        if self.filter.surely_absent(hash) {
            return Ok(false);
        }
        let (j, k, ver) = {
            let g = self.inner.read();
            match g.probe(hash, key, |_| false) {
                Probe::Found(_) => return Ok(true),
                Probe::Missing(..) => return Ok(false),
                Probe::NeedEq(j, k) => (j, k, self.version.load(Ordering::Acquire)),
            }
        };
        self.find_slow(vm, hash, key, j, k, ver)
    }

    /// `key in self`. The filter's answer for an absent key is inlined into the caller;
    /// the probe is the one out-of-line call of the `in` fast path (`ops::contains`).
    /// (Behind the call, the filter's early answer paid the probe's prologue and
    /// epilogue: 16 instructions of a 40-instruction `in`.)
    #[inline(always)]
    pub fn contains_hashed(&self, vm: &Vm, hash: i64, key: &Value) -> PyResult<bool> {
        if self.filter.surely_absent(hash) {
            return Ok(false);
        }
        self.contains_probe(vm, hash, key)
    }

    #[inline(never)]
    fn contains_probe(&self, vm: &Vm, hash: i64, key: &Value) -> PyResult<bool> {
        self.find(vm, hash, key)
    }

    /// `key in self` when it can be answered without Python code (no key of the same
    /// hash needs a Python `__eq__`); `None` otherwise. For callers that must not run
    /// Python code (`eval::deref_contains`).
    pub fn find_simple(&self, hash: i64, key: &Value) -> Option<bool> {
        if self.filter.surely_absent(hash) {
            return Some(false);
        }
        let g = self.inner.read();
        match g.probe(hash, key, |_| false) {
            Probe::Found(_) => Some(true),
            Probe::Missing(..) => Some(false),
            Probe::NeedEq(..) => None,
        }
    }

    pub fn contains(&self, vm: &Vm, key: &Value) -> PyResult<bool> {
        let h = vm.hash(key)?;
        self.find(vm, h, key)
    }

    /// Add with a known hash; returns whether the key was new. Inlined into `set.add`
    /// and the other insertions (a call layer cost ~25 instructions per `s.add(x)`).
    #[inline(always)]
    pub fn add_hashed(&self, vm: &Vm, hash: i64, key: Value) -> PyResult<bool> {
        let (j, k, ver) = {
            let mut g = self.inner.write();
            match g.probe(hash, &key, |_| false) {
                Probe::Found(_) => return Ok(false),
                Probe::Missing(s, d) => {
                    g.place(s, d, hash, key);
                    self.filter.added(hash);
                    self.bump();
                    return Ok(true);
                }
                Probe::NeedEq(j, k) => (j, k, self.version.load(Ordering::Acquire)),
            }
        };
        self.add_slow(vm, hash, key, j, k, ver)
    }

    #[inline(always)]
    pub fn add(&self, vm: &Vm, key: Value) -> PyResult<bool> {
        let h = match key {
            Value::Int(i) => crate::ops::hash_int(i),
            _ => vm.hash(&key)?,
        };
        self.add_hashed(vm, h, key)
    }

    /// Dict-compatible insertion (`value` is ignored).
    pub fn set(&self, vm: &Vm, key: Value, _value: Value) -> PyResult<()> {
        self.add(vm, key).map(|_| ())
    }

    /// Empty slot `j` (write lock held): the key is returned to be dropped unlocked.
    fn take_slot(&self, g: &mut SetInner, j: usize) -> Value {
        let old = std::mem::replace(
            &mut g.table[j],
            Slot {
                hash: DUMMY,
                key: Value::Null,
            },
        );
        g.used -= 1;
        self.filter.removed(old.hash);
        self.bump();
        old.key
    }

    /// Remove `key` if present (its hash known); returns whether it was there.
    #[inline(always)]
    pub fn discard_hashed(&self, vm: &Vm, hash: i64, key: &Value) -> PyResult<bool> {
        if self.filter.surely_absent(hash) {
            return Ok(false);
        }
        let (j, k, ver) = {
            let mut g = self.inner.write();
            match g.probe(hash, key, |_| false) {
                Probe::Found(j) => {
                    let old = self.take_slot(&mut g, j);
                    drop(g);
                    drop(old);
                    return Ok(true);
                }
                Probe::Missing(..) => return Ok(false),
                Probe::NeedEq(j, k) => (j, k, self.version.load(Ordering::Acquire)),
            }
        };
        self.discard_slow(vm, hash, key, j, k, ver)
    }

    pub fn discard(&self, vm: &Vm, key: &Value) -> PyResult<bool> {
        let h = vm.hash(key)?;
        self.discard_hashed(vm, h, key)
    }

    /// Dict-compatible removal.
    pub fn remove(&self, vm: &Vm, key: &Value) -> PyResult<Option<Value>> {
        Ok(if self.discard(vm, key)? {
            Some(Value::None)
        } else {
            None
        })
    }

    /// `set.pop()`: the next active slot from the finger.
    pub fn pop(&self) -> Option<Value> {
        let mut g = self.inner.write();
        if g.used == 0 {
            return None;
        }
        let mask = g.mask();
        let mut i = g.finger & mask;
        while g.table[i].key.is_null() {
            i += 1;
            if i > mask {
                i = 0;
            }
        }
        let e = std::mem::replace(
            &mut g.table[i],
            Slot {
                hash: DUMMY,
                key: Value::Null,
            },
        );
        g.used -= 1;
        g.finger = i + 1;
        self.filter.removed(e.hash);
        self.bump();
        drop(g);
        Some(e.key)
    }

    pub fn clear(&self) {
        let old = {
            let mut g = self.inner.write();
            g.fill = 0;
            g.used = 0;
            self.filter.recount(std::iter::empty());
            self.bump();
            std::mem::take(&mut g.table)
        };
        drop(old);
    }

    /// Keys in table order.
    pub fn keys(&self) -> Vec<Value> {
        self.inner.read().active().map(|e| e.key.clone()).collect()
    }

    /// (hash, key) pairs in table order.
    pub fn entries(&self) -> Vec<(i64, Value)> {
        self.inner
            .read()
            .active()
            .map(|e| (e.hash, e.key.clone()))
            .collect()
    }

    /// The active key at slot `pos` or later: (next position, key).
    pub fn entry_at(&self, pos: usize) -> Option<(usize, Value)> {
        let g = self.inner.read();
        let mut i = pos;
        while i < g.table.len() {
            if !g.table[i].key.is_null() {
                return Some((i + 1, g.table[i].key.clone()));
            }
            i += 1;
        }
        None
    }

    /// `self |= other` for another set (CPython's set_merge, including its
    /// one-resize-up-front and clean-copy shortcuts, which decide the resulting order).
    pub fn merge(&self, vm: &Vm, other: &PySet) -> PyResult<()> {
        if std::ptr::eq(self, other) {
            return Ok(());
        }
        let o = other.inner.read().clone();
        if o.used == 0 {
            return Ok(());
        }
        let slow: Vec<(i64, Value)> = {
            let mut g = self.inner.write();
            if (g.fill + o.used) * 5 >= g.mask() * 3 {
                let n = (g.used + o.used) * 2;
                g.resize(n);
                self.bump();
            }
            if g.fill == 0 && g.mask() == o.mask() && o.fill == o.used {
                g.table = o.table.clone();
                g.fill = o.fill;
                g.used = o.used;
                self.filter.recount(o.active().map(|e| e.hash));
                self.bump();
                return Ok(());
            }
            if g.fill == 0 {
                if g.table.is_empty() {
                    g.table = vec![EMPTY; MINSIZE];
                }
                for e in o.active() {
                    SetInner::insert_clean(&mut g.table, e.hash, e.key.clone());
                }
                g.fill = o.used;
                g.used = o.used;
                self.filter.recount(o.active().map(|e| e.hash));
                self.bump();
                return Ok(());
            }
            o.active().map(|e| (e.hash, e.key.clone())).collect()
        };
        for (h, k) in slow {
            self.add_hashed(vm, h, k)?;
        }
        Ok(())
    }

    /// Add a dict's keys (CPython resizes once up front for dicts).
    pub fn merge_dict(&self, vm: &Vm, d: &crate::types::dict::Dict) -> PyResult<()> {
        let entries = d.entries();
        {
            let mut g = self.inner.write();
            if (g.fill + entries.len()) * 5 >= g.mask() * 3 {
                let n = (g.used + entries.len()) * 2;
                g.resize(n);
                self.bump();
            }
        }
        for e in entries {
            self.add_hashed(vm, e.hash, e.key)?;
        }
        Ok(())
    }

    /// After bulk removals: purge dummies if more than a quarter of the table.
    pub fn maybe_shrink(&self) {
        let mut g = self.inner.write();
        if g.fill - g.used <= g.mask() / 4 {
            return;
        }
        let n = if g.used > 50000 {
            g.used * 2
        } else {
            g.used * 4
        };
        g.resize(n);
        self.filter.recount(g.active().map(|e| e.hash));
        self.bump();
    }

    /// Exchange contents with another table (`intersection_update` and friends).
    pub fn swap_with(&self, other: SetInner) {
        let old = {
            let mut g = self.inner.write();
            self.filter.recount(other.active().map(|e| e.hash));
            self.bump();
            std::mem::replace(&mut *g, other)
        };
        self.hash.store(-1, Ordering::Relaxed);
        drop(old);
    }

    /// A new table built by adding this one's keys in iteration order.
    pub fn rebuilt(&self) -> PySet {
        let mut inner = SetInner::default();
        for (h, k) in self.entries() {
            inner.add_unique(h, k);
        }
        PySet::from_inner(inner)
    }

    pub fn take_inner(&self) -> SetInner {
        self.inner.read().clone()
    }

    /// CPython's frozenset hash (order-independent, cached).
    pub fn frozen_hash(&self) -> i64 {
        let c = self.hash.load(Ordering::Relaxed);
        if c != -1 {
            return c;
        }
        let r = self.frozen_hash_uncached();
        self.hash.store(r, Ordering::Relaxed);
        r
    }

    /// The frozenset hash of the current contents (for looking up a `set` as a key).
    pub fn frozen_hash_uncached(&self) -> i64 {
        let g = self.inner.read();
        let shuffle = |h: u64| ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
        let mut h: u64 = 0;
        for e in g.active() {
            h ^= shuffle(e.hash as u64);
        }
        h ^= (g.used as u64 + 1).wrapping_mul(1927868237);
        h ^= (h >> 11) ^ (h >> 25);
        h = h.wrapping_mul(69069).wrapping_add(907133923);
        if h == u64::MAX {
            h = 590923713;
        }
        h as i64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order(keys: &[i64]) -> Vec<i64> {
        let mut s = SetInner::default();
        for &k in keys {
            let h = crate::ops::hash_int(k);
            if let Probe::Missing(slot, d) = s.probe(h, &Value::Int(k), |_| false) {
                s.place(slot, d, h, Value::Int(k));
            }
        }
        s.active()
            .map(|e| match e.key {
                Value::Int(i) => i,
                _ => 0,
            })
            .collect()
    }

    #[test]
    fn cpython_order() {
        assert_eq!(order(&[3, 1, 2]), vec![1, 2, 3]);
        assert_eq!(order(&[10, 100, 1000]), vec![1000, 10, 100]);
        assert_eq!(order(&[-1, -2, -3]), vec![-3, -1, -2]);
        let r: Vec<i64> = (0..7).map(|i| 20 - 3 * i).collect();
        assert_eq!(order(&r), vec![2, 5, 8, 11, 14, 17, 20]);
    }
}
