//! Type objects: name, bases, the C3 method resolution order and attribute lookup along
//! it (<https://docs.python.org/3.11/library/stdtypes.html#special-attributes>,
//! <https://www.python.org/download/releases/2.3/mro/>).

use crate::object::ObjRef;
use crate::payload::Payload;
use crate::value::Value;
use parking_lot::{Mutex, RwLock};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

/// Which built-in layout instances of a type carry (inherited from the first built-in
/// base that has one).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Plain,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    Tuple,
    List,
    Dict,
    Set,
    Exception,
    Type,
    Module,
    Function,
    /// The built-in iterators Python classes may subclass (`enumerate`, `zip`, `map`,
    /// `filter`, `reversed`): a `Payload::Iter` that only the type's `__new__` makes.
    Iter,
    /// Instances cannot be created from Python (`NoneType`, iterators, ...).
    Special,
}

pub struct TypeData {
    pub name: RwLock<String>,
    pub qualname: RwLock<String>,
    pub bases: RwLock<Vec<ObjRef>>,
    pub mro: OnceLock<Vec<ObjRef>>,
    pub layout: Layout,
    /// True for classes created by `class` statements / `type(...)`.
    pub heap: bool,
    /// Names from `__slots__` (None when instances have a `__dict__`).
    pub slots: Option<Vec<String>>,
    /// Changes whenever this type's or a base's namespace changes (lookup caches key on it).
    pub version: AtomicU64,
    pub subclasses: Mutex<Vec<ObjRef>>,
    /// Whether instances get a `__dict__`.
    pub has_dict: bool,
    /// Whether the class or a base defines `__del__` (checked when an instance dies).
    pub has_del: std::sync::atomic::AtomicBool,
    /// The class (or its first base, when it was made) was once given a `__new__` of its
    /// own. CPython keeps such a class's `__new__` slot pointing at the Python-level
    /// lookup even after `del C.__new__`, so `object.__new__` then rejects arguments
    /// whatever `__init__` is ("object.__new__() takes exactly one argument ...").
    pub new_sticky: std::sync::atomic::AtomicBool,
    /// For a built-in class: what a call of it runs (`call.rs`), resolved on its first
    /// call and kept with the class version it was resolved at.
    pub ctor: OnceLock<(u64, Option<crate::call::BuiltinCtor>)>,
    /// Facts about the class's comparison methods: whether one is not native (CPython's
    /// slot_tp_richcompare), whether `__eq__` and `__ne__` are `object`'s. Kept with the
    /// class version (`ops::class_facts`, `ops::richcmp_facts`).
    pub richcmp: AtomicU64,
    /// Whether the class (with its bases) defines `__bool__` or `__len__`, which truth
    /// testing calls (`ops::truthy_obj`); without either, every instance is true (`if
    /// node:` on a plain instance). Kept with the class version (`ops::class_facts`).
    pub truth_dunders: AtomicU64,
    /// The most attributes an instance dict of this class has been seen to hold (up to
    /// [`ATTRS_SEEN_MAX`]): new instances' dicts are made with room for that many, so a
    /// `Point` with three attributes takes a 120-byte entries block, not the default
    /// five entries, and one with six is not grown on its sixth. Written only when it
    /// grows ([`note_attrs`]).
    pub attrs_seen: std::sync::atomic::AtomicU32,
}

/// The largest capacity [`TypeData::attrs_seen`] gives a new instance dict.
pub const ATTRS_SEEN_MAX: u32 = 16;

/// An instance of `t` has an attribute stored at dict entry `index`: keep the dict
/// capacity that needs (a load, and a store only when it grows).
#[inline]
pub fn note_attrs(t: &ObjRef, index: usize) {
    let n = (index as u32).saturating_add(1).min(ATTRS_SEEN_MAX);
    let seen = &tdata(t).attrs_seen;
    if n > seen.load(std::sync::atomic::Ordering::Relaxed) {
        seen.store(n, std::sync::atomic::Ordering::Relaxed);
    }
}

static NEXT_VERSION: AtomicU64 = AtomicU64::new(1);

pub fn next_version() -> u64 {
    NEXT_VERSION.fetch_add(1, Ordering::Relaxed)
}

impl TypeData {
    pub fn new(name: &str, bases: Vec<ObjRef>, layout: Layout, heap: bool) -> TypeData {
        TypeData {
            name: RwLock::new(name.to_string()),
            qualname: RwLock::new(name.to_string()),
            bases: RwLock::new(bases),
            mro: OnceLock::new(),
            layout,
            heap,
            slots: None,
            version: AtomicU64::new(next_version()),
            subclasses: Mutex::new(Vec::new()),
            has_dict: heap,
            has_del: std::sync::atomic::AtomicBool::new(false),
            new_sticky: std::sync::atomic::AtomicBool::new(false),
            ctor: OnceLock::new(),
            richcmp: AtomicU64::new(0),
            truth_dunders: AtomicU64::new(0),
            attrs_seen: std::sync::atomic::AtomicU32::new(0),
        }
    }
}

/// The type data of a type object (panics if `t` is not a type).
#[inline(always)]
pub fn tdata(t: &ObjRef) -> &TypeData {
    match &t.payload {
        Payload::Type(d) => d,
        _ => panic!("not a type object"),
    }
}

#[inline(always)]
pub fn mro(t: &ObjRef) -> &[ObjRef] {
    tdata(t).mro.get().map(|v| v.as_slice()).unwrap_or(&[])
}

/// C3 linearisation; `Err` carries CPython's message.
pub fn compute_mro(this: &ObjRef, bases: &[ObjRef]) -> Result<Vec<ObjRef>, String> {
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| x.ptr_eq(b)) {
            return Err(format!("duplicate base class {}", tdata(b).name.read()));
        }
    }
    let mut seqs: Vec<Vec<ObjRef>> = bases.iter().map(|b| mro(b).to_vec()).collect();
    seqs.push(bases.to_vec());
    let mut out = vec![this.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut cand = None;
        for s in &seqs {
            let head = &s[0];
            if !seqs.iter().any(|t| t[1..].iter().any(|x| x.ptr_eq(head))) {
                cand = Some(head.clone());
                break;
            }
        }
        let Some(c) = cand else {
            // As CPython's set_mro_error: the heads the merge was left with, each once.
            let mut heads: Vec<&ObjRef> = Vec::new();
            for s in &seqs {
                if !heads.iter().any(|h| h.ptr_eq(&s[0])) {
                    heads.push(&s[0]);
                }
            }
            let names: Vec<String> = heads.iter().map(|b| tdata(b).name.read().clone()).collect();
            return Err(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ));
        };
        for s in seqs.iter_mut() {
            if s[0].ptr_eq(&c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

/// A direct-mapped, per-thread cache of facts about `(type, name)` pairs that hold while
/// the type's version is unchanged: the method cache below and the attribute plans of
/// `attr_plan.rs`. Each thread has its own, so hits and fills never write memory that
/// another thread reads. Type versions change on every namespace mutation of the type
/// or of a base ([`invalidate`]) and are never reused.
pub struct TypeCache<V> {
    entries: Vec<CacheEntry<V>>,
}

struct CacheEntry<V> {
    ty: *const crate::object::Object,
    version: u64,
    /// Kept alive by the entry, so comparing pointers is comparing names.
    name: Value,
    value: Option<V>,
}

const CACHE_SIZE: usize = 2048;

impl<V: Clone> TypeCache<V> {
    pub const fn new() -> Self {
        TypeCache {
            entries: Vec::new(),
        }
    }

    #[inline(always)]
    fn slot(t: &ObjRef, hash: i64) -> usize {
        ((t.as_ptr() as usize >> 4) ^ (hash as usize) ^ (hash as usize >> 16)) % CACHE_SIZE
    }

    /// The cached fact for `(t, name)` if `t` is still at `version`.
    #[inline(always)]
    pub fn get(&self, t: &ObjRef, version: u64, name: &ObjRef, hash: i64) -> Option<V> {
        let e = self.entries.get(Self::slot(t, hash))?;
        match &e.name {
            Value::Obj(n) if e.ty == t.as_ptr() && e.version == version && n.ptr_eq(name) => {
                e.value.clone()
            }
            _ => None,
        }
    }

    /// Store a fact; returns the displaced entry's values, to be dropped by the caller
    /// once the cache is no longer borrowed (dropping may free objects).
    pub fn put(
        &mut self,
        t: &ObjRef,
        version: u64,
        name: &Value,
        hash: i64,
        value: V,
    ) -> (Value, Option<V>) {
        if self.entries.is_empty() {
            self.entries.resize_with(CACHE_SIZE, || CacheEntry {
                ty: std::ptr::null(),
                version: 0,
                name: Value::None,
                value: None,
            });
        }
        let e = &mut self.entries[Self::slot(t, hash)];
        e.ty = t.as_ptr();
        e.version = version;
        (
            std::mem::replace(&mut e.name, name.clone()),
            e.value.replace(value),
        )
    }
}

/// The fact for `(t, name)` from the calling thread's `cache`, or `compute()`d and
/// stored there. `try_with`: during thread exit the cache may already be destroyed, and
/// then the fact is simply computed.
#[inline]
pub fn cached<V: Clone + 'static>(
    cache: &'static std::thread::LocalKey<std::cell::RefCell<TypeCache<V>>>,
    t: &ObjRef,
    name: &ObjRef,
    hash: i64,
    compute: impl FnOnce() -> V,
) -> V {
    let version = tdata(t).version.load(Ordering::Acquire);
    if let Ok(Some(v)) = cache.try_with(|c| c.borrow().get(t, version, name, hash)) {
        return v;
    }
    let value = compute();
    let name = Value::Obj(name.clone());
    let _ = cache.try_with(|c| {
        // The displaced entry is dropped after the borrow ends (dropping may free objects).
        let old = c.borrow_mut().put(t, version, &name, hash, value.clone());
        drop(old);
    });
    value
}

impl<V: Clone> Default for TypeCache<V> {
    fn default() -> Self {
        Self::new()
    }
}

thread_local! {
    /// The per-thread method cache (as CPython's `_PyType_Lookup` cache).
    static METHOD_CACHE: std::cell::RefCell<TypeCache<Option<Value>>> = const { std::cell::RefCell::new(TypeCache::new()) };
}

/// Look `name` up along the MRO of `t` (no descriptors applied), through the calling
/// thread's method cache.
#[inline]
pub fn lookup(t: &ObjRef, name: &Value, hash: i64) -> Option<Value> {
    match name {
        Value::Obj(n) => cached(&METHOD_CACHE, t, n, hash, || lookup_uncached(t, name, hash)),
        _ => lookup_uncached(t, name, hash),
    }
}

/// [`lookup`] of a name written in the interpreter's own code (`"__eq__"`), interned
/// once ([`crate::intern_static`]).
#[inline]
pub fn lookup_static(t: &ObjRef, name: &'static str) -> Option<Value> {
    let k = crate::intern_static(name);
    lookup(t, k, crate::str_hash(k))
}

/// [`lookup`] without the cache: walk the MRO's namespaces.
pub fn lookup_uncached(t: &ObjRef, name: &Value, hash: i64) -> Option<Value> {
    for k in mro(t) {
        if let Some(d) = k.dict.as_ref() {
            if let Payload::Dict(d) = &d.payload {
                if let Some(v) = d.get_str(name, hash) {
                    return Some(v);
                }
            }
        }
    }
    None
}

/// Bump the version of `t` and all its subclasses (their lookups may change).
pub fn invalidate(t: &ObjRef) {
    tdata(t).version.store(next_version(), Ordering::Release);
    let subs = tdata(t).subclasses.lock().clone();
    for s in subs {
        invalidate(&s);
    }
}

pub fn is_subtype(t: &ObjRef, base: &ObjRef) -> bool {
    t.ptr_eq(base) || mro(t).iter().any(|k| k.ptr_eq(base))
}
