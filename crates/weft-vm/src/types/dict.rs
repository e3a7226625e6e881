//! The insertion-ordered hash table behind `dict`, `set`, `frozenset`, module and
//! instance namespaces (<https://docs.python.org/3.11/library/stdtypes.html#mapping-types-dict>).
//!
//! Layout as CPython's compact dict: a dense `entries` vector in insertion order and an
//! index table (`hashbrown::HashTable<u32>`) of positions into it. A dict of at most
//! [`SMALL`] entries (most instance dicts) has no index table: a lookup compares the
//! hashes of its few entries in order. That keeps `Dict` at 88 bytes and every object
//! at 128 (two cache lines; the table inline made them 160), and an instance no longer
//! allocates a table of its own. Each `Dict` has its own
//! `RwLock`; every public operation takes it once, so single operations are atomic.
//! Python-level `__eq__` is never run under the lock: candidates are copied out, compared
//! unlocked and the operation is retried if the table changed meanwhile.

use crate::biased_lock::BiasedRwLock as RwLock;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use hashbrown::HashTable;
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

/// The most entries (live or deleted) a dict keeps without an index table.
const SMALL: usize = 8;

#[derive(Default)]
pub struct DictInner {
    /// Positions in `entries` by hash; `None` while there are at most [`SMALL`] entries.
    table: Option<Box<HashTable<u32>>>,
    /// Dense entries; deleted ones have `key == Null`.
    pub entries: Vec<Entry>,
    /// Live entries.
    used: u32,
    /// Every entry before this position is deleted: iteration and `pop_first` start
    /// here, so removing items from the front (`OrderedDict.popitem(last=False)`, FIFO
    /// use of a dict) stays linear overall instead of rescanning the deleted prefix.
    first: u32,
}

/// A thread-safe ordered hash map keyed by Python values.
pub struct Dict {
    pub inner: RwLock<DictInner>,
    /// Bumped on every mutation (used by caches and "changed size during iteration").
    pub version: AtomicU64,
    /// One bit per key ever inserted (bit `hash % 64`; cleared only by `clear`): a clear
    /// bit proves a key absent without taking the lock. `LOAD_METHOD` checks that an
    /// instance dict does not shadow a method this way on every method call.
    key_bits: AtomicU64,
}

/// The bit of [`Dict::key_bits`] for `hash`.
#[inline(always)]
fn key_bit(hash: i64) -> u64 {
    1 << (hash as u64 & 63)
}

impl Default for Dict {
    fn default() -> Self {
        Dict::new()
    }
}

/// Equality that needs no Python code, or `None` when it would.
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    use crate::payload::Payload;
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Obj(x), Value::Obj(y)) if x.ptr_eq(y) => Some(true),
        (Value::Obj(x), Value::Obj(y)) => match (&x.payload, &y.payload) {
            (Payload::Str(s1), Payload::Str(s2)) if x.class.ptr_eq(&y.class) && is_exact_str(x) => {
                Some(s1.text_eq(s2))
            }
            (Payload::Tuple(t1), Payload::Tuple(t2))
                if x.class.ptr_eq(&crate::types::types().tuple)
                    && y.class.ptr_eq(&crate::types::types().tuple) =>
            {
                if t1.len() != t2.len() {
                    return Some(false);
                }
                for (p, q) in t1.iter().zip(t2.iter()) {
                    // Exact strs and ints inline: the usual items of a key (`(word,
                    // word)`, `(x, y)`); the call per item cost more than the comparison.
                    match (p, q) {
                        (Value::Int(a), Value::Int(b)) => {
                            if a != b {
                                return Some(false);
                            }
                            continue;
                        }
                        (Value::Obj(a), Value::Obj(b)) => {
                            if a.ptr_eq(b) {
                                continue;
                            }
                            if let (Payload::Str(s1), Payload::Str(s2)) = (&a.payload, &b.payload) {
                                if is_exact_str(a) && is_exact_str(b) {
                                    if !s1.text_eq(s2) {
                                        return Some(false);
                                    }
                                    continue;
                                }
                            }
                        }
                        _ => {}
                    }
                    match fast_eq(p, q) {
                        Some(true) => {}
                        other => return other,
                    }
                }
                Some(true)
            }
            (Payload::Str(_), Payload::Tuple(_)) | (Payload::Tuple(_), Payload::Str(_))
                if !crate::types::typeobj::tdata(&x.class).heap
                    && !crate::types::typeobj::tdata(&y.class).heap =>
            {
                Some(false)
            }
            (Payload::Int(i1), Payload::Int(i2))
                if x.class.ptr_eq(&crate::types::types().int)
                    && y.class.ptr_eq(&crate::types::types().int) =>
            {
                Some(i1 == i2)
            }
            _ => None,
        },
        (Value::None, Value::None) => Some(true),
        (Value::Bool(x), Value::Bool(y)) => Some(x == y),
        (Value::Bool(x), Value::Int(y)) | (Value::Int(y), Value::Bool(x)) => Some(*x as i64 == *y),
        // Identity first, as CPython's containers: the same NaN (same bits) matches itself.
        (Value::Float(x), Value::Float(y)) => Some(x == y || x.to_bits() == y.to_bits()),
        (Value::Float(x), Value::Int(y)) | (Value::Int(y), Value::Float(x)) => {
            Some(*x == *y as f64 && (*x as i64) == *y)
        }
        (Value::Obj(o), v) | (v, Value::Obj(o)) => match (&o.payload, v) {
            // Only the exact types: a subclass may define `__eq__` (or be an IntEnum member
            // holding a small value as big).
            (Payload::Str(_), _) if is_exact_str(o) => Some(false),
            (Payload::Tuple(_), _) if o.class.ptr_eq(&crate::types::types().tuple) => Some(false),
            (Payload::Int(_), Value::Int(_)) if o.class.ptr_eq(&crate::types::types().int) => {
                Some(false)
            }
            _ => None,
        },
        (Value::None, _) | (_, Value::None) => Some(false),
        _ => None,
    }
}

/// Whether `o` is an exact `str` (a subclass may define `__eq__` or `__lt__`).
pub(crate) fn is_exact_str(o: &crate::object::ObjRef) -> bool {
    o.class.ptr_eq(&crate::types::types().str)
}

/// `hash(key)`, with an exact str's (cached) hash read inline.
#[inline(always)]
fn key_hash(vm: &Vm, key: &Value) -> PyResult<i64> {
    if let Value::Obj(o) = key {
        if let crate::payload::Payload::Str(s) = &o.payload {
            if is_exact_str(o) {
                return Ok(s.hash());
            }
        }
    }
    vm.hash(key)
}

/// Spread Python hashes (small ints hash to themselves) over all 64 bits for the table.
#[inline(always)]
fn mix(h: i64) -> u64 {
    let x = (h as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    x ^ (x >> 29)
}

enum Probe {
    Found(usize),
    Missing,
    /// Candidates whose equality needs Python code: (entry index, key).
    NeedEq(Vec<(usize, Value)>),
}

impl Entry {
    /// Whether the key is the object `k` (an interned name): compared as objects,
    /// without `Value::is`'s dispatch on the key's kind.
    #[inline(always)]
    fn keyed_by(&self, k: &crate::object::ObjRef) -> bool {
        matches!(&self.key, Value::Obj(o) if o.ptr_eq(k))
    }
}

impl DictInner {
    /// Entry `hint` if its key is the (interned) name `k`.
    #[inline(always)]
    pub fn hinted_entry(&mut self, k: &crate::object::ObjRef, hint: u32) -> Option<&mut Entry> {
        match self.entries.get_mut(hint as usize) {
            Some(e) if e.keyed_by(k) => Some(e),
            _ => None,
        }
    }

    /// The value of entry `hint` if its key is the (interned) name `k`, else `Null`.
    #[inline(always)]
    pub fn hinted_value(&self, k: &crate::object::ObjRef, hint: u32) -> Value {
        match self.entries.get(hint as usize) {
            Some(e) if e.keyed_by(k) => e.value.clone(),
            _ => Value::Null,
        }
    }

    /// The position of the entry with hash `hash` that `eq` accepts (`eq` sees the
    /// positions of candidates: in probe order from the table, else in entry order).
    #[inline(always)]
    fn find_where(&self, hash: i64, mut eq: impl FnMut(u32) -> bool) -> Option<usize> {
        match &self.table {
            Some(t) => t.find(mix(hash), |&i| eq(i)).map(|&i| i as usize),
            None => (self.first as usize..self.entries.len())
                .find(|&i| self.entries[i].hash == hash && eq(i as u32)),
        }
    }

    /// Live entries.
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.used as usize
    }

    /// Find `key`: the entry holding it, or that it is missing, or (when a candidate
    /// needs Python equality) the candidates for the caller to compare, in probe order.
    #[inline]
    fn probe(&self, hash: i64, key: &Value) -> Probe {
        // Keys the built-in equality answers for (strs, numbers, tuples of them: nearly
        // every key) are looked up without the candidates list, whose setting up and
        // dropping cost ~40 instructions a lookup; the first candidate that needs
        // Python equality sends the lookup the general way, from the start.
        let entries = &self.entries;
        let mut general = false;
        let found = self.find_where(hash, |i| {
            let e = &entries[i as usize];
            if e.hash != hash || e.key.is_null() {
                return false;
            }
            // (`fast_eq` answers identity first.)
            match fast_eq(&e.key, key) {
                Some(r) => r,
                None => {
                    general = true;
                    true
                }
            }
        });
        match found {
            _ if general => self.probe_general(hash, key),
            Some(i) => Probe::Found(i),
            None => Probe::Missing,
        }
    }

    /// [`DictInner::probe`] when a candidate needs Python equality.
    #[cold]
    #[inline(never)]
    fn probe_general(&self, hash: i64, key: &Value) -> Probe {
        use crate::payload::Payload;
        let mut slow = Vec::new();
        let entries = &self.entries;
        // An exact-str key (the usual case) is compared inline with exact-str entries.
        let str_type = &crate::types::types().str;
        let key_str = match key {
            Value::Obj(ko) if ko.class.ptr_eq(str_type) => match &ko.payload {
                Payload::Str(ks) => Some((ko, ks)),
                _ => None,
            },
            _ => None,
        };
        let found = self.find_where(hash, |i| {
            let e = &entries[i as usize];
            if e.hash != hash || e.key.is_null() {
                return false;
            }
            if let (Some((ko, ks)), Value::Obj(eo)) = (key_str, &e.key) {
                if eo.ptr_eq(ko) {
                    return true;
                }
                if let Payload::Str(es) = &eo.payload {
                    if eo.class.ptr_eq(str_type) {
                        return es.text_eq(ks);
                    }
                }
            }
            match fast_eq(&e.key, key) {
                // After a candidate that needs Python equality, a match waits its turn
                // (CPython compares the keys in probe order).
                Some(true) if !slow.is_empty() => {
                    slow.push((i as usize, e.key.clone()));
                    false
                }
                Some(r) => r,
                None => {
                    slow.push((i as usize, e.key.clone()));
                    false
                }
            }
        });
        match found {
            Some(i) => Probe::Found(i),
            None if slow.is_empty() => Probe::Missing,
            None => Probe::NeedEq(slow),
        }
    }

    /// `probe` for a `str` key, as the `*_str` operations use (attribute and global
    /// names): identity first, then the text; keys that are not exact strs never match
    /// here (those would need Python equality, which these operations do not run).
    #[inline]
    fn probe_str(&self, hash: i64, key: &Value) -> Option<usize> {
        use crate::payload::Payload;
        let Value::Obj(ko) = key else {
            return None;
        };
        let Payload::Str(ks) = &ko.payload else {
            return None;
        };
        let entries = &self.entries;
        self.find_where(hash, |i| {
            let e = &entries[i as usize];
            if e.hash != hash {
                return false;
            }
            match &e.key {
                Value::Obj(eo) => {
                    eo.ptr_eq(ko)
                        || matches!(&eo.payload, Payload::Str(es)
                            if is_exact_str(eo) && es.as_str() == ks.as_str())
                }
                _ => false,
            }
        })
    }

    /// Add an entry for a key known to be absent, recording it in `bits` (the owning
    /// dict's [`Dict::key_bits`]; writers hold the lock, so a load and a store suffice).
    fn insert_new(&mut self, bits: &AtomicU64, hash: i64, key: Value, value: Value) {
        let b = key_bit(hash);
        let old = bits.load(Ordering::Relaxed);
        if old & b == 0 {
            bits.store(old | b, Ordering::Release);
        }
        self.push_entry(hash, key, value);
    }

    fn push_entry(&mut self, hash: i64, key: Value, value: Value) {
        let idx = self.entries.len() as u32;
        if self.entries.capacity() == 0 {
            // Start small dicts at CPython's minimum (5 usable entries), not 1, 2, 4...
            self.entries.reserve_exact(5);
        }
        self.entries.push(Entry { hash, key, value });
        let entries = &self.entries;
        match &mut self.table {
            Some(t) => {
                t.insert_unique(mix(hash), idx, |&i| mix(entries[i as usize].hash));
            }
            None if entries.len() > SMALL => self.build_table(),
            None => {}
        }
        self.used += 1;
    }

    /// Index every live entry (the dict has outgrown [`SMALL`]).
    #[cold]
    fn build_table(&mut self) {
        let entries = &self.entries;
        let mut t = HashTable::with_capacity(entries.len() * 2);
        for (i, e) in entries.iter().enumerate() {
            if !e.key.is_null() {
                t.insert_unique(mix(e.hash), i as u32, |&j| mix(entries[j as usize].hash));
            }
        }
        self.table = Some(Box::new(t));
    }

    fn remove_at(&mut self, i: usize) -> Entry {
        let hash = self.entries[i].hash;
        if let Some(t) = &mut self.table {
            if let Ok(occ) = t.find_entry(mix(hash), |&j| j as usize == i) {
                occ.remove();
            }
        }
        let e = std::mem::replace(
            &mut self.entries[i],
            Entry {
                hash: 0,
                key: Value::Null,
                value: Value::Null,
            },
        );
        self.used -= 1;
        if i == self.first as usize {
            let mut f = i;
            while f < self.entries.len() && self.entries[f].key.is_null() {
                f += 1;
            }
            self.first = f as u32;
        }
        if self.entries.len() > 16 && self.len() * 2 < self.entries.len() {
            self.compact();
        }
        e
    }

    fn compact(&mut self) {
        let old = std::mem::take(&mut self.entries);
        self.table = None;
        self.used = 0;
        self.first = 0;
        for e in old {
            if !e.key.is_null() {
                self.push_entry(e.hash, e.key, e.value);
            }
        }
    }
}

impl Dict {
    pub fn new() -> Dict {
        Dict {
            inner: RwLock::new(DictInner::default()),
            version: AtomicU64::new(0),
            key_bits: AtomicU64::new(0),
        }
    }

    pub fn with_capacity(n: usize) -> Dict {
        Dict {
            inner: RwLock::new(DictInner {
                table: (n > SMALL).then(|| Box::new(HashTable::with_capacity(n))),
                entries: Vec::with_capacity(n),
                used: 0,
                first: 0,
            }),
            version: AtomicU64::new(0),
            key_bits: AtomicU64::new(0),
        }
    }

    /// A dict of distinct exact-`str` keys with their hashes, built without probing (for
    /// instance dicts made natively, e.g. `re.Match`).
    pub fn from_distinct_str(items: Vec<(Value, i64, Value)>) -> Dict {
        let d = Dict::with_capacity(items.len());
        {
            let mut g = d.inner.write();
            for (k, h, v) in items {
                debug_assert!(g.probe_str(h, &k).is_none());
                g.insert_new(&d.key_bits, h, k, v);
            }
        }
        d
    }

    /// False when no key with this hash was ever inserted (since the last `clear`).
    #[inline(always)]
    pub fn may_contain(&self, hash: i64) -> bool {
        self.key_bits.load(Ordering::Acquire) & key_bit(hash) != 0
    }

    /// Advance the version. Every mutation does this while it holds the write lock
    /// (`_held` proves it), so bumps never race and a plain load and store suffice: an
    /// atomic add would cost a locked instruction on every attribute store.
    #[inline(always)]
    fn bump(&self, _held: &mut crate::biased_lock::WriteGuard<'_, DictInner>) {
        self.advance_version();
    }

    /// [`Dict::bump`] for the owner inside (see `BiasedRwLock::try_owned`).
    #[inline(always)]
    pub fn bump_owned(&self, _held: &mut crate::biased_lock::OwnedGuard<'_, DictInner>) {
        self.advance_version();
    }

    /// Only with exclusive access (the callers' guards prove it).
    #[inline(always)]
    fn advance_version(&self) {
        let v = self.version.load(Ordering::Relaxed);
        self.version.store(v + 1, Ordering::Release);
    }

    pub fn len(&self) -> usize {
        self.inner.read().len()
    }

    /// Resolve a probe that needs Python equality; returns the matching entry index
    /// (valid only if the version is unchanged).
    fn resolve_slow(
        &self,
        vm: &Vm,
        key: &Value,
        cands: Vec<(usize, Value)>,
    ) -> PyResult<Option<usize>> {
        for (i, k) in cands {
            if vm.eq(&k, key)? {
                return Ok(Some(i));
            }
        }
        Ok(None)
    }

    /// Find the entry index for `key` with `hash`.
    fn find(&self, vm: &Vm, hash: i64, key: &Value) -> PyResult<Option<usize>> {
        loop {
            let (probe, ver) = {
                let g = self.inner.read();
                (g.probe(hash, key), self.version.load(Ordering::Acquire))
            };
            match probe {
                Probe::Found(i) => return Ok(Some(i)),
                Probe::Missing => return Ok(None),
                Probe::NeedEq(c) => {
                    let r = self.resolve_slow(vm, key, c)?;
                    if self.version.load(Ordering::Acquire) == ver {
                        return Ok(r);
                    }
                }
            }
        }
    }

    pub fn get(&self, vm: &Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = key_hash(vm, key)?;
        self.get_hashed(vm, hash, key)
    }

    /// `self[key]` when `key` is an exact str or an int and is present, found without
    /// running Python code (the eval loop's subscript fast path); None: take the general
    /// path (which also raises the KeyError of a missing key). Out of line: the list and
    /// tuple paths it sits beside stay small.
    #[inline(never)]
    pub fn get_fast(&self, key: &Value) -> Option<Value> {
        let hash = match key {
            Value::Int(i) => crate::ops::hash_int(*i),
            Value::Obj(o) => match &o.payload {
                crate::payload::Payload::Str(s) if is_exact_str(o) => s.hash(),
                _ => return None,
            },
            _ => return None,
        };
        let g = self.inner.read();
        match g.probe(hash, key) {
            Probe::Found(i) => Some(g.entries[i].value.clone()),
            _ => None,
        }
    }

    /// `key in self` when it can be answered without Python code (no key of the same
    /// hash needs a Python `__eq__`); `None` otherwise. For callers that must not run
    /// Python code (`eval::deref_contains`).
    pub fn contains_simple(&self, hash: i64, key: &Value) -> Option<bool> {
        if !self.may_contain(hash) {
            return Some(false);
        }
        let g = self.inner.read();
        match g.probe(hash, key) {
            Probe::Found(_) => Some(true),
            Probe::Missing => Some(false),
            Probe::NeedEq(_) => None,
        }
    }

    pub fn get_hashed(&self, vm: &Vm, hash: i64, key: &Value) -> PyResult<Option<Value>> {
        {
            let g = self.inner.read();
            match g.probe(hash, key) {
                Probe::Found(i) => return Ok(Some(g.entries[i].value.clone())),
                Probe::Missing => return Ok(None),
                Probe::NeedEq(_) => {}
            }
        }
        loop {
            let ver = self.version.load(Ordering::Acquire);
            match self.find(vm, hash, key)? {
                None => return Ok(None),
                Some(i) => {
                    let g = self.inner.read();
                    if self.version.load(Ordering::Acquire) == ver {
                        return Ok(Some(g.entries[i].value.clone()));
                    }
                }
            }
        }
    }

    /// Lookup by a string key (no Python code can run: str equality is built in).
    pub fn get_str(&self, key: &Value, hash: i64) -> Option<Value> {
        if !self.may_contain(hash) {
            return None;
        }
        let g = self.inner.read();
        g.probe_str(hash, key).map(|i| g.entries[i].value.clone())
    }

    /// Whether the dict has the string key `key` (see [`Dict::get_str`]).
    #[inline(always)]
    pub fn has_str(&self, key: &Value, hash: i64) -> bool {
        self.may_contain(hash) && self.has_str_probed(key, hash)
    }

    #[inline(never)]
    fn has_str_probed(&self, key: &Value, hash: i64) -> bool {
        self.inner.read().probe_str(hash, key).is_some()
    }

    /// [`Dict::get_str`] trying entry `hint` first (an instruction's guess of where its
    /// attribute name sits in instance dicts; names are interned, so a hit is one pointer
    /// comparison). The hint is updated when the key is found elsewhere.
    #[inline(always)]
    pub fn get_str_hinted(&self, key: &Value, hint: &AtomicU32) -> Option<Value> {
        let Value::Obj(k) = key else {
            return self.get_str_probe(key, hint);
        };
        let hit = self
            .inner
            .read()
            .hinted_value(k, hint.load(Ordering::Relaxed));
        if hit.is_null() {
            return self.get_str_probe(key, hint);
        }
        Some(hit)
    }

    /// The entry index and value of the string key `key` (the index for an attribute
    /// site's hint: `inline_cache::HotWord`).
    #[inline(never)]
    pub fn get_str_index(&self, key: &Value) -> Option<(usize, Value)> {
        let g = self.inner.read();
        let i = g.probe_str(crate::str_hash(key), key)?;
        Some((i, g.entries[i].value.clone()))
    }

    /// [`Dict::get_str_hinted`] when the hint was wrong: probe, and move the hint.
    #[inline(never)]
    fn get_str_probe(&self, key: &Value, hint: &AtomicU32) -> Option<Value> {
        let (i, v) = self.get_str_index(key)?;
        hint.store(i as u32, Ordering::Relaxed);
        Some(v)
    }

    /// [`Dict::set_str`] trying entry `hint` first (see [`Dict::get_str_hinted`]); the
    /// index of the entry set.
    #[inline(never)]
    pub fn set_str_hinted(&self, key: &Value, value: Value, hint: &AtomicU32) -> usize {
        let mut g = self.inner.write();
        let h = hint.load(Ordering::Relaxed) as usize;
        let i = match g.entries.get(h) {
            Some(e) if e.key.is(key) => Some(h),
            _ => g.probe_str(crate::str_hash(key), key),
        };
        match i {
            Some(i) => {
                if i != h {
                    hint.store(i as u32, Ordering::Relaxed);
                }
                let old = std::mem::replace(&mut g.entries[i].value, value);
                self.bump(&mut g);
                drop(g);
                drop(old);
                i
            }
            None => {
                let i = g.entries.len();
                hint.store(i as u32, Ordering::Relaxed);
                g.insert_new(&self.key_bits, crate::str_hash(key), key.clone(), value);
                self.bump(&mut g);
                drop(g);
                i
            }
        }
    }

    /// Insert or replace under a `str` key (no Python code can run).
    pub fn set_str(&self, key: Value, hash: i64, value: Value) {
        let mut g = self.inner.write();
        match g.probe_str(hash, &key) {
            Some(i) => {
                let old = std::mem::replace(&mut g.entries[i].value, value);
                self.bump(&mut g);
                drop(g);
                drop(old);
            }
            None => {
                g.insert_new(&self.key_bits, hash, key, value);
                self.bump(&mut g);
                drop(g);
            }
        }
    }

    /// Remove a `str` key (no Python code can run).
    pub fn remove_str(&self, key: &Value, hash: i64) -> Option<Value> {
        let mut g = self.inner.write();
        match g.probe(hash, key) {
            Probe::Found(i) => {
                let e = g.remove_at(i);
                self.bump(&mut g);
                drop(g);
                Some(e.value)
            }
            _ => None,
        }
    }

    pub fn contains(&self, vm: &Vm, key: &Value) -> PyResult<bool> {
        Ok(self.get(vm, key)?.is_some())
    }

    #[inline]
    pub fn set(&self, vm: &Vm, key: Value, value: Value) -> PyResult<()> {
        let hash = key_hash(vm, &key)?;
        self.set_hashed(vm, hash, key, value)
    }

    pub fn set_hashed(&self, vm: &Vm, hash: i64, key: Value, value: Value) -> PyResult<()> {
        loop {
            let ver;
            {
                let mut g = self.inner.write();
                match g.probe(hash, &key) {
                    Probe::Found(i) => {
                        let old = std::mem::replace(&mut g.entries[i].value, value);
                        self.bump(&mut g);
                        drop(g);
                        drop(old);
                        return Ok(());
                    }
                    Probe::Missing => {
                        g.insert_new(&self.key_bits, hash, key, value);
                        self.bump(&mut g);
                        return Ok(());
                    }
                    Probe::NeedEq(_) => {
                        ver = self.version.load(Ordering::Acquire);
                    }
                }
            }
            let found = self.find(vm, hash, &key)?;
            let mut g = self.inner.write();
            if self.version.load(Ordering::Acquire) != ver {
                continue;
            }
            match found {
                Some(i) => {
                    let old = std::mem::replace(&mut g.entries[i].value, value);
                    self.bump(&mut g);
                    drop(g);
                    drop(old);
                }
                None => {
                    g.insert_new(&self.key_bits, hash, key, value);
                    self.bump(&mut g);
                }
            }
            return Ok(());
        }
    }

    /// Insert only if absent; returns the value now stored (`setdefault`).
    pub fn setdefault(&self, vm: &Vm, key: Value, value: Value) -> PyResult<Value> {
        let hash = key_hash(vm, &key)?;
        // A key already there is found under the read lock; an absent one is inserted
        // under the write lock after probing again.
        {
            let g = self.inner.read();
            if let Probe::Found(i) = g.probe(hash, &key) {
                return Ok(g.entries[i].value.clone());
            }
        }
        {
            let mut g = self.inner.write();
            match g.probe(hash, &key) {
                Probe::Found(i) => return Ok(g.entries[i].value.clone()),
                Probe::Missing => {
                    g.insert_new(&self.key_bits, hash, key, value.clone());
                    self.bump(&mut g);
                    return Ok(value);
                }
                Probe::NeedEq(_) => {}
            }
        }
        loop {
            let ver = self.version.load(Ordering::Acquire);
            let found = self.find(vm, hash, &key)?;
            let mut g = self.inner.write();
            if self.version.load(Ordering::Acquire) != ver {
                continue;
            }
            return Ok(match found {
                Some(i) => g.entries[i].value.clone(),
                None => {
                    g.insert_new(&self.key_bits, hash, key, value.clone());
                    self.bump(&mut g);
                    value
                }
            });
        }
    }

    pub fn remove(&self, vm: &Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = key_hash(vm, key)?;
        self.remove_hashed(vm, hash, key)
    }

    pub fn remove_hashed(&self, vm: &Vm, hash: i64, key: &Value) -> PyResult<Option<Value>> {
        loop {
            let ver = self.version.load(Ordering::Acquire);
            let found = self.find(vm, hash, key)?;
            let mut g = self.inner.write();
            if self.version.load(Ordering::Acquire) != ver {
                continue;
            }
            return Ok(match found {
                Some(i) => {
                    let e = g.remove_at(i);
                    self.bump(&mut g);
                    drop(g);
                    Some(e.value)
                }
                None => None,
            });
        }
    }

    pub fn clear(&self) {
        let old = {
            let mut g = self.inner.write();
            g.table = None;
            g.used = 0;
            g.first = 0;
            self.key_bits.store(0, Ordering::Release);
            self.bump(&mut g);
            std::mem::take(&mut g.entries)
        };
        drop(old);
    }

    /// Remove and return the last item (`popitem`).
    pub fn pop_last(&self) -> Option<(Value, Value)> {
        let mut g = self.inner.write();
        let i = g.entries.iter().rposition(|e| !e.key.is_null())?;
        let e = g.remove_at(i);
        // Trim trailing tombstones so repeated popitem stays O(1).
        while matches!(g.entries.last(), Some(e) if e.key.is_null()) {
            g.entries.pop();
        }
        g.first = g.first.min(g.entries.len() as u32);
        self.bump(&mut g);
        Some((e.key, e.value))
    }

    /// Remove and return the first item.
    pub fn pop_first(&self) -> Option<(Value, Value)> {
        let mut g = self.inner.write();
        let start = g.first as usize;
        let i = start + g.entries[start..].iter().position(|e| !e.key.is_null())?;
        let e = g.remove_at(i);
        self.bump(&mut g);
        Some((e.key, e.value))
    }

    pub fn keys(&self) -> Vec<Value> {
        let g = self.inner.read();
        g.entries
            .iter()
            .filter(|e| !e.key.is_null())
            .map(|e| e.key.clone())
            .collect()
    }
    pub fn values(&self) -> Vec<Value> {
        let g = self.inner.read();
        g.entries
            .iter()
            .filter(|e| !e.key.is_null())
            .map(|e| e.value.clone())
            .collect()
    }
    pub fn items(&self) -> Vec<(Value, Value)> {
        let g = self.inner.read();
        g.entries
            .iter()
            .filter(|e| !e.key.is_null())
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }
    pub fn entries(&self) -> Vec<Entry> {
        let g = self.inner.read();
        g.entries
            .iter()
            .filter(|e| !e.key.is_null())
            .cloned()
            .collect()
    }

    /// The entry at dense position `pos` or later: returns (next position, entry) for
    /// iteration that tolerates concurrent changes.
    pub fn entry_at(&self, pos: usize) -> Option<(usize, Entry)> {
        let g = self.inner.read();
        let mut i = pos.max(g.first as usize);
        while i < g.entries.len() {
            if !g.entries[i].key.is_null() {
                return Some((i + 1, g.entries[i].clone()));
            }
            i += 1;
        }
        None
    }

    /// One step of an iterator over the dict, under one read of its lock: the first
    /// live entry at dense position `pos` or later, passed to `take` (which clones what
    /// the iterator hands out), with the position after it. `None` when the dict no
    /// longer has `len0` entries (the iterator's "changed size" error); `Some(None)` at
    /// the end.
    #[inline]
    pub fn iter_step<R>(
        &self,
        pos: usize,
        len0: usize,
        take: impl FnOnce(&Entry) -> R,
    ) -> Option<Option<(usize, R)>> {
        let g = self.inner.read();
        if g.len() != len0 {
            return None;
        }
        let mut i = pos.max(g.first as usize);
        while let Some(e) = g.entries.get(i) {
            if !e.key.is_null() {
                return Some(Some((i + 1, take(e))));
            }
            i += 1;
        }
        Some(None)
    }

    pub fn copy(&self) -> Dict {
        let g = self.inner.read();
        let d = Dict::with_capacity(g.len());
        {
            let mut n = d.inner.write();
            for e in g.entries.iter().filter(|e| !e.key.is_null()) {
                n.insert_new(&d.key_bits, e.hash, e.key.clone(), e.value.clone());
            }
        }
        d
    }

    /// Insert an entry known to be absent (used when building from another dict).
    pub fn insert_unique_hashed(&self, hash: i64, key: Value, value: Value) {
        let mut g = self.inner.write();
        g.insert_new(&self.key_bits, hash, key, value);
        self.bump(&mut g);
    }
}

const _: () = assert!(std::mem::size_of::<Dict>() <= 88);
const _: () = assert!(std::mem::size_of::<crate::object::Object>() == 128);
