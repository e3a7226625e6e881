//! Inline caches: one per instruction of a code object, shared by every thread that runs
//! the code (PEP 659's caches, made safe without a GIL).
//!
//! Each cache is a seqlock made only of atomics: a reader takes a consistent snapshot and
//! writes nothing, so threads hitting the same cache never move its cache line between
//! cores; a writer claims the sequence number with one compare-and-swap and gives up if
//! another thread is writing. Values are stored as (tag, bits): only unboxed values and
//! immortal objects, so a hit needs no reference count and the object cannot be freed
//! while a reader uses it.
//!
//! * `LOAD_GLOBAL`: the value found for (globals version, builtins version).
//! * `LOAD_ATTR`/`LOAD_METHOD`/`STORE_ATTR` on plain instances: the attribute plan
//!   (`attr_plan.rs`) for the instance's class at one class version. Class versions come
//!   from one process-wide counter and are never reused, so a version names one class in
//!   one state. An entry keeps the first class it sees (a polymorphic site does not make
//!   threads rewrite the cache back and forth). A site that meets a second class gets
//!   [`POLY`] more entries, allocated once, each likewise owned by the first class that
//!   claims it; classes beyond those use the per-thread plans.
//! * `LOAD_ATTR`/`LOAD_METHOD` on a module: the value found in the module's namespace
//!   (immortal, never freed: its address and its version name one state of it).
//! * `LOAD_METHOD` on an instance of a built-in class: besides the plan, one word with
//!   the built-in method itself (`InlineCache::builtin_method`), checked against the
//!   instance's class through the method's owner (built-in classes cannot change).
//! * The first entry's "in the instance dict" plan is mirrored, with its dict hint, in
//!   the site's [`HotWord`], which lives outside the cache (one word per instruction,
//!   eight sites to a cache line): the usual `self.x` reads that word alone.
//! * Attribute sites also keep a hint per plan entry: the entry index where the name was
//!   last found in an instance dict of that entry's class. It is only a guess (checked
//!   against the entry's key under the dict's lock) and is written only when it was
//!   wrong, so a site whose instances all have the same layout stops writing it at once.

use crate::attr_plan::{GetPlan, SetPlan};
use crate::object::ObjRef;
use crate::value::Value;
use std::sync::atomic::{AtomicPtr, AtomicU32, AtomicU64, Ordering};

#[derive(Default)]
pub struct InlineCache {
    main: Entry,
    /// Attribute sites that meet more than one class: [`POLY`] more plan entries
    /// (allocated by the first thread that needs them, freed with the cache).
    poly: AtomicPtr<Poly>,
    /// The class version whose plan in the first entry is "in the instance dict", or 0:
    /// the attribute slow paths check this one word instead of reading the entry's
    /// seqlock, to refill the site's [`HotWord`] (which the fast paths read). A plan
    /// made for a version stays true for that version (versions are never reused and a
    /// class that changes gets a new one), so a stale value is never wrong, only
    /// useless, and the word needs no ordering with anything else.
    dict_version: AtomicU64,
    /// `LOAD_METHOD` sites: a built-in method of a built-in class (immortal), which
    /// names the one class it serves (its owner), or null. See
    /// [`InlineCache::builtin_method`].
    builtin: AtomicPtr<crate::object::Object>,
}

/// A polymorphic site's further plan entries, each with its own dict hint (instances
/// of different classes keep an attribute at different dict positions: one shared hint
/// would be rewritten at every change of class).
#[derive(Default)]
struct Poly {
    entries: [Entry; POLY],
    /// As [`InlineCache::dict_version`], per entry.
    dict_versions: [AtomicU64; POLY],
}

/// An attribute site's hot word: the class version whose plan in the site's first
/// entry is "in the instance dict", packed with the entry index where the name was last
/// found in such an instance's dict (`version << 24 | index`; 0 when none).
///
/// It lives apart from the site's [`InlineCache`], in an array of one word per
/// instruction (`CodeData::hot`): the monomorphic `self.x` path reads this word alone,
/// and eight neighbouring sites share one cache line, where each site's 64-byte cache
/// is a line of its own. Measured on richards (cachegrind): the first touch of a
/// `LOAD_ATTR` site's cache line was a fifth of its L1 data misses.
///
/// Like the hint it replaces, the index is a guess checked against the entry's key, and
/// the word is written only when it is wrong. A version too large to pack (2^40 class
/// changes) or an index past 2^24 is never stored: such sites use the cache's entries.
#[derive(Default)]
pub struct HotWord(AtomicU64);

const HOT_INDEX_BITS: u32 = 24;

impl HotWord {
    /// The dict index hint kept for a class at `version` (never 0: versions start at 1).
    #[inline(always)]
    pub fn hint_for(&self, version: u64) -> Option<u32> {
        let w = self.0.load(Ordering::Relaxed);
        if w >> HOT_INDEX_BITS == version {
            Some((w & ((1 << HOT_INDEX_BITS) - 1)) as u32)
        } else {
            None
        }
    }

    /// Keep `index` as the hint for a class at `version`, when both fit and it changed.
    pub fn set(&self, version: u64, index: usize) {
        if version >> (64 - HOT_INDEX_BITS) != 0 || index >> HOT_INDEX_BITS != 0 {
            return;
        }
        let w = version << HOT_INDEX_BITS | index as u64;
        if self.0.load(Ordering::Relaxed) != w {
            self.0.store(w, Ordering::Relaxed);
        }
    }
}

/// Where an attribute lives on an instance (see [`InlineCache::stored_plan`]).
pub enum Stored {
    /// In the instance dict.
    Dict,
    /// In a `__slots__` member (the instance's slots table).
    Slot,
}

/// Plan entries a polymorphic attribute site has besides its first.
pub const POLY: usize = 3;

/// One cached fact: a seqlock over (k1, k2, tag, bits), and (outside the seqlock) the
/// attribute sites' dict hint for the entry's class. The 32-bit sequence number shares
/// a word with the hint, which keeps a whole cache in 64 bytes, one cache line (a
/// reader would have to stay inside `read` across 2^31 writes to be fooled by a wrap).
#[derive(Default)]
struct Entry {
    seq: AtomicU32,
    /// Attribute sites: where the name was last found in an instance dict of the
    /// entry's class (a guess, checked on use; rewritten only when wrong).
    hint: AtomicU32,
    k1: AtomicU64,
    k2: AtomicU64,
    tag: AtomicU64,
    bits: AtomicU64,
}

impl Drop for InlineCache {
    fn drop(&mut self) {
        let p = *self.poly.get_mut();
        if !p.is_null() {
            // SAFETY: `poly` only ever holds a pointer from `Box::into_raw` (see
            // `poly_entries`), and the cache is being dropped, so no reader remains.
            drop(unsafe { Box::from_raw(p) });
        }
    }
}

/// The tag `encode` gives an (immortal) object.
const OBJ: u64 = 4;

fn encode(v: &Value) -> Option<(u64, u64)> {
    Some(match v {
        Value::None => (0, 0),
        Value::Bool(b) => (1, *b as u64),
        Value::Int(i) => (2, *i as u64),
        Value::Float(f) => (3, f.to_bits()),
        Value::Obj(o) if o.is_immortal() => (OBJ, o.as_ptr() as u64),
        _ => return None,
    })
}

fn decode(tag: u64, bits: u64) -> Value {
    match tag {
        0 => Value::None,
        1 => Value::Bool(bits != 0),
        2 => Value::Int(bits as i64),
        3 => Value::Float(f64::from_bits(bits)),
        // SAFETY: only immortal objects are stored (see `encode`), so the pointer is valid
        // forever and needs no reference count.
        _ => Value::Obj(unsafe { ObjRef::from_immortal_ptr(bits as *const crate::object::Object) }),
    }
}

// Plan kinds in the high bits of `tag` (the value's tag in the low byte).
const PLAN_SLOW: u64 = 1 << 8;
const PLAN_DICT: u64 = 2 << 8;
const PLAN_METHOD: u64 = 3 << 8;
const PLAN_CLASS_VALUE: u64 = 4 << 8;
const PLAN_PROPERTY: u64 = 5 << 8;
const PLAN_SLOT: u64 = 6 << 8;
const MODULE_ATTR: u64 = 7 << 8;
/// `C.name` read on a class itself (keyed by the class's own version, which no other
/// class shares; see [`InlineCache::type_value`]).
const PLAN_TYPE_VALUE: u64 = 8 << 8;
/// `C.name` on a class that the site found it must look up the general way at that
/// version (a descriptor, or one of `type`'s own attributes).
const PLAN_TYPE_SLOW: u64 = 9 << 8;

impl Entry {
    /// A consistent snapshot (k1, k2, tag, bits), or None while empty or being written.
    #[inline(always)]
    fn read(&self) -> Option<(u64, u64, u64, u64)> {
        let s1 = self.seq.load(Ordering::Acquire);
        if s1 & 1 == 1 || s1 == 0 {
            return None;
        }
        let k1 = self.k1.load(Ordering::Relaxed);
        let k2 = self.k2.load(Ordering::Relaxed);
        let tag = self.tag.load(Ordering::Relaxed);
        let bits = self.bits.load(Ordering::Relaxed);
        std::sync::atomic::fence(Ordering::Acquire);
        if self.seq.load(Ordering::Relaxed) != s1 {
            return None;
        }
        Some((k1, k2, tag, bits))
    }

    fn write(&self, k1: u64, k2: u64, tag: u64, bits: u64) {
        let s = self.seq.load(Ordering::Relaxed);
        if s & 1 == 1
            || self
                .seq
                .compare_exchange(s, s.wrapping_add(1), Ordering::Acquire, Ordering::Relaxed)
                .is_err()
        {
            return;
        }
        self.k1.store(k1, Ordering::Relaxed);
        self.k2.store(k2, Ordering::Relaxed);
        self.tag.store(tag, Ordering::Relaxed);
        self.bits.store(bits, Ordering::Relaxed);
        self.seq.store(s.wrapping_add(2), Ordering::Release);
    }

    /// Write unless the entry already belongs to another class or module (`owner`).
    fn claim_and_write(&self, owner: &ObjRef, version: u64, tag: u64, bits: u64) {
        let tp = owner.as_ptr() as u64;
        if self.free_or_owned_by(tp) {
            self.write(version, tp, tag, bits);
        }
    }

    /// The plan (tag, bits) this entry holds for a class at `version`. A seqlock read
    /// like [`Entry::read`], that gives up as soon as the version differs (a
    /// polymorphic site checks several entries).
    #[inline(always)]
    fn plan_at(&self, version: u64) -> Option<(u64, u64)> {
        let s1 = self.seq.load(Ordering::Acquire);
        if s1 & 1 == 1 || self.k1.load(Ordering::Relaxed) != version {
            return None;
        }
        let tag = self.tag.load(Ordering::Relaxed);
        let bits = self.bits.load(Ordering::Relaxed);
        std::sync::atomic::fence(Ordering::Acquire);
        if self.seq.load(Ordering::Relaxed) != s1 || tag & !0xff == MODULE_ATTR {
            return None;
        }
        Some((tag, bits))
    }

    /// Whether the entry is unused or belongs to the class or module at address `tp`.
    fn free_or_owned_by(&self, tp: u64) -> bool {
        self.seq.load(Ordering::Relaxed) == 0 || self.k2.load(Ordering::Relaxed) == tp
    }
}

const _: () = assert!(std::mem::size_of::<InlineCache>() == 64);

impl InlineCache {
    /// The first entry's dict hint (see [`Entry::hint`]).
    #[inline(always)]
    pub fn hint(&self) -> &AtomicU32 {
        &self.main.hint
    }

    /// LOAD_GLOBAL: the cached value if both namespaces are still at these versions.
    #[inline(always)]
    pub fn get_global(&self, gver: u64, bver: u64) -> Option<Value> {
        match self.main.read() {
            Some((g, b, tag, bits)) if g == gver && b == bver => Some(decode(tag, bits)),
            _ => None,
        }
    }

    pub fn put_global(&self, gver: u64, bver: u64, v: &Value) {
        if let Some((tag, bits)) = encode(v) {
            self.main.write(gver, bver, tag, bits);
        }
    }

    /// `module.name` (LOAD_ATTR/LOAD_METHOD on a module): the value cached for the module
    /// namespace `dict` (immortal, so its address names it) at `version`.
    #[inline(always)]
    pub fn get_module_attr(&self, dict: &ObjRef, version: u64) -> Option<Value> {
        match self.main.read() {
            Some((v, d, tag, bits))
                if v == version && d == dict.as_ptr() as u64 && tag & !0xff == MODULE_ATTR =>
            {
                Some(decode(tag & 0xff, bits))
            }
            _ => None,
        }
    }

    pub fn put_module_attr(&self, dict: &ObjRef, version: u64, v: &Value) {
        if let Some((tag, bits)) = encode(v) {
            self.main
                .claim_and_write(dict, version, MODULE_ATTR | tag, bits);
        }
    }

    /// The plan entry (tag, bits) cached for a class at `version`: the site's first
    /// entry, then its polymorphic ones.
    #[inline(always)]
    fn plan_entry(&self, version: u64) -> Option<(u64, u64)> {
        self.plan_entry_hinted(version).map(|(t, b, _)| (t, b))
    }

    /// [`InlineCache::plan_entry`] with the entry's dict hint.
    #[inline(always)]
    fn plan_entry_hinted(&self, version: u64) -> Option<(u64, u64, &AtomicU32)> {
        match self.main.plan_at(version) {
            Some((t, b)) => Some((t, b, &self.main.hint)),
            None => self.poly_plan_entry(version),
        }
    }

    #[inline(always)]
    fn poly_plan_entry(&self, version: u64) -> Option<(u64, u64, &AtomicU32)> {
        let p = self.poly.load(Ordering::Acquire);
        if p.is_null() {
            return None;
        }
        // SAFETY: a non-null `poly` points at entries that live as long as the cache.
        let poly = unsafe { &*p };
        // The entries are passed over by their key alone (one load and compare each; a
        // class has one entry at most), and only the one found is read under its
        // seqlock.
        let e = poly
            .entries
            .iter()
            .find(|e| e.k1.load(Ordering::Relaxed) == version)?;
        e.plan_at(version).map(|(t, b)| (t, b, &e.hint))
    }

    /// Store a plan for class `t` at `version`: in the first entry if it is free or
    /// belongs to `t`, else in a polymorphic entry that is (allocating them once).
    fn put_plan_entry(&self, t: &ObjRef, version: u64, tag: u64, bits: u64) {
        let tp = t.as_ptr() as u64;
        if self.main.free_or_owned_by(tp) {
            self.main.write(version, tp, tag, bits);
            if tag == PLAN_DICT {
                self.dict_version.store(version, Ordering::Relaxed);
            }
            return;
        }
        let mut p = self.poly.load(Ordering::Acquire);
        if p.is_null() {
            let fresh = Box::into_raw(Box::<Poly>::default());
            p = match self.poly.compare_exchange(
                std::ptr::null_mut(),
                fresh,
                Ordering::AcqRel,
                Ordering::Acquire,
            ) {
                Ok(_) => fresh,
                Err(other) => {
                    // SAFETY: `fresh` was never published; this thread owns it.
                    drop(unsafe { Box::from_raw(fresh) });
                    other
                }
            };
        }
        // SAFETY: as in `poly_plan_entry`.
        let poly = unsafe { &*p };
        if let Some(i) = poly.entries.iter().position(|e| e.free_or_owned_by(tp)) {
            poly.entries[i].write(version, tp, tag, bits);
            if tag == PLAN_DICT {
                poly.dict_versions[i].store(version, Ordering::Relaxed);
            }
        }
    }

    /// Whether the site's first entry holds the "in the instance dict" plan for a class at
    /// `version` (the plan whose hint the site's [`HotWord`] keeps).
    #[inline(always)]
    pub fn main_is_dict(&self, version: u64) -> bool {
        self.dict_version.load(Ordering::Relaxed) == version
    }

    /// The dict hint of a polymorphic entry whose plan for a class at `version` is "in
    /// the instance dict" (the first entry's is in the site's [`HotWord`]).
    #[inline(always)]
    pub fn poly_dict_hint(&self, version: u64) -> Option<&AtomicU32> {
        let p = self.poly.load(Ordering::Acquire);
        if p.is_null() {
            return None;
        }
        // SAFETY: as in `poly_plan_entry`.
        let poly = unsafe { &*p };
        let i = poly
            .dict_versions
            .iter()
            .position(|v| v.load(Ordering::Relaxed) == version)?;
        Some(&poly.entries[i].hint)
    }

    /// Where the site's attribute is stored on the instance for a class at `version`,
    /// when its plan says so (`GetPlan::Dict`/`Slot` at a LOAD_ATTR, `SetPlan::Dict`/
    /// `Slot` at a STORE_ATTR): the eval loop's fast path, which skips building a plan.
    /// With it, the entry's dict hint.
    #[inline(always)]
    pub fn stored_plan(&self, version: u64) -> Option<(Stored, &AtomicU32)> {
        match self.plan_entry_hinted(version) {
            Some((PLAN_DICT, _, h)) => Some((Stored::Dict, h)),
            Some((PLAN_SLOT, _, h)) => Some((Stored::Slot, h)),
            _ => None,
        }
    }

    /// `C.name` on a class `C` whose metaclass is `type`, at `C`'s version `version`:
    /// `Some(Some(v))` when the site holds the value (a class constant, a function),
    /// `Some(None)` when it found that the lookup must go the general way, `None` when
    /// it does not know yet.
    #[inline(always)]
    pub fn type_value(&self, version: u64) -> Option<Option<Value>> {
        match self.plan_entry(version) {
            Some((tag, bits)) if tag & !0xff == PLAN_TYPE_VALUE => {
                Some(Some(decode(tag & 0xff, bits)))
            }
            Some((PLAN_TYPE_SLOW, _)) => Some(None),
            _ => None,
        }
    }

    /// Remember `C.name` at `C`'s version `version`: its value `v`, or (`None`, or a
    /// value that cannot be cached: neither unboxed nor immortal) that it goes the
    /// general way.
    pub fn put_type_value(&self, c: &ObjRef, version: u64, v: Option<&Value>) {
        let (tag, bits) = match v.and_then(encode) {
            Some((vtag, bits)) => (PLAN_TYPE_VALUE | vtag, bits),
            None => (PLAN_TYPE_SLOW, 0),
        };
        self.put_plan_entry(c, version, tag, bits);
    }

    /// At a `LOAD_METHOD` site: the immortal built-in method object that `name` gave on
    /// an instance of the method's own built-in class (`list.append` for a list), or
    /// null. Built-in classes cannot change, so the method is what `name` gives on every
    /// instance of that class without an instance dict: the caller checks the class
    /// against the method's owner, and needs no class version.
    #[inline(always)]
    pub fn builtin_method(&self) -> *const crate::object::Object {
        self.builtin.load(Ordering::Acquire)
    }

    /// Keep `m` (immortal) if the site holds no built-in method yet (the first one a
    /// site meets stays, so a site that meets several classes is not rewritten back and
    /// forth).
    pub fn put_builtin_method(&self, m: &ObjRef) {
        debug_assert!(m.is_immortal());
        let _ = self.builtin.compare_exchange(
            std::ptr::null_mut(),
            m.as_ptr() as *mut crate::object::Object,
            Ordering::Release,
            Ordering::Relaxed,
        );
    }

    /// The value of the plan of kind `kind` the site holds for a class at `version`.
    #[inline(always)]
    fn plan_value(&self, version: u64, kind: u64) -> Option<Value> {
        match self.plan_entry(version) {
            Some((tag, bits)) if tag & !0xff == kind => Some(decode(tag & 0xff, bits)),
            _ => None,
        }
    }

    /// The function of a `GetPlan::Method` the site holds for a class at
    /// `version` (the eval loop's LOAD_METHOD fast path).
    #[inline(always)]
    pub fn method_plan(&self, version: u64) -> Option<Value> {
        match self.plan_entry(version) {
            // The usual value, an immortal function, made without `decode`'s jump table
            // (an indirect branch on every method call).
            Some((tag, bits)) if tag == PLAN_METHOD | OBJ => {
                // SAFETY: as in `decode`: only immortal objects are stored.
                Some(Value::Obj(unsafe {
                    ObjRef::from_immortal_ptr(bits as *const crate::object::Object)
                }))
            }
            Some((tag, bits)) if tag & !0xff == PLAN_METHOD => Some(decode(tag & 0xff, bits)),
            _ => None,
        }
    }

    /// The getter of a `GetPlan::Property` the site holds for a class at `version` (the
    /// eval loop runs a Python getter as an inlined call).
    #[inline(always)]
    pub fn property_plan(&self, version: u64) -> Option<Value> {
        self.plan_value(version, PLAN_PROPERTY)
    }

    /// The cached get plan for a class at `version`.
    #[inline(always)]
    pub fn get_plan(&self, version: u64) -> Option<GetPlan> {
        let (tag, bits) = self.plan_entry(version)?;
        Some(match tag & !0xff {
            PLAN_SLOW => GetPlan::Slow,
            PLAN_DICT => GetPlan::Dict,
            PLAN_METHOD => GetPlan::Method(decode(tag & 0xff, bits)),
            PLAN_CLASS_VALUE => GetPlan::ClassValue(decode(tag & 0xff, bits)),
            PLAN_PROPERTY => GetPlan::Property(decode(tag & 0xff, bits)),
            PLAN_SLOT => GetPlan::Slot,
            _ => return None,
        })
    }

    /// Remember `plan` for class `t` at `version` (if the site has an entry free or
    /// already belonging to `t`, and the plan's value can be cached).
    pub fn put_plan(&self, t: &ObjRef, version: u64, plan: &GetPlan) {
        let (kind, (vtag, bits)) = match plan {
            GetPlan::Slow => (PLAN_SLOW, (0, 0)),
            GetPlan::Dict => (PLAN_DICT, (0, 0)),
            GetPlan::Slot => (PLAN_SLOT, (0, 0)),
            GetPlan::Method(v) => match encode(v) {
                Some(e) => (PLAN_METHOD, e),
                None => return,
            },
            GetPlan::ClassValue(v) => match encode(v) {
                Some(e) => (PLAN_CLASS_VALUE, e),
                None => return,
            },
            GetPlan::Property(v) => match encode(v) {
                Some(e) => (PLAN_PROPERTY, e),
                None => return,
            },
        };
        self.put_plan_entry(t, version, kind | vtag, bits);
    }

    /// The cached set plan for a class at `version`.
    #[inline(always)]
    pub fn get_set_plan(&self, version: u64) -> Option<SetPlan> {
        self.set_plan_hinted(version).map(|(p, _)| p)
    }

    /// [`InlineCache::get_set_plan`] with the entry's dict hint.
    #[inline(always)]
    pub fn set_plan_hinted(&self, version: u64) -> Option<(SetPlan, &AtomicU32)> {
        let (tag, _, h) = self.plan_entry_hinted(version)?;
        Some((
            match tag {
                PLAN_DICT => SetPlan::Dict,
                PLAN_SLOT => SetPlan::Slot,
                _ => SetPlan::Slow,
            },
            h,
        ))
    }

    pub fn put_set_plan(&self, t: &ObjRef, version: u64, plan: SetPlan) {
        let kind = match plan {
            SetPlan::Dict => PLAN_DICT,
            SetPlan::Slot => PLAN_SLOT,
            SetPlan::Slow => PLAN_SLOW,
        };
        self.put_plan_entry(t, version, kind, 0);
    }
}
