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
            let names: Vec<String> = bases.iter().map(|b| tdata(b).name.read().clone()).collect();
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

/// One entry of a thread's method cache: what `lookup(ty, name)` returned while `ty` had
/// `version`.
struct CacheEntry {
    ty: *const crate::object::Object,
    version: u64,
    /// Kept alive by the entry, so comparing pointers is comparing names.
    name: Value,
    value: Option<Value>,
}

const CACHE_SIZE: usize = 2048;

thread_local! {
    /// A per-thread type-attribute cache (as CPython's `_PyType_Lookup` cache, but one per
    /// thread so that hits and fills never write memory another thread reads).
    static METHOD_CACHE: std::cell::RefCell<Vec<CacheEntry>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Look `name` up along the MRO of `t` (no descriptors applied).
///
/// Served from the calling thread's cache when `t`'s version has not changed since the
/// last lookup of the same name; type versions change on every namespace mutation of the
/// type or of a base ([`invalidate`]), and are never reused.
#[inline]
pub fn lookup(t: &ObjRef, name: &Value, hash: i64) -> Option<Value> {
    let version = tdata(t).version.load(Ordering::Acquire);
    let name_ptr = match name {
        Value::Obj(o) => o.as_ptr(),
        _ => return lookup_uncached(t, name, hash),
    };
    let slot = ((t.as_ptr() as usize >> 4) ^ (hash as usize) ^ (hash as usize >> 16)) % CACHE_SIZE;
    // `try_with`: during thread exit the cache may already be destroyed.
    let hit = METHOD_CACHE.try_with(|c| {
        let c = c.borrow();
        let e = c.get(slot)?;
        match &e.name {
            Value::Obj(n)
                if e.ty == t.as_ptr() && e.version == version && n.as_ptr() == name_ptr =>
            {
                Some(e.value.clone())
            }
            _ => None,
        }
    });
    if let Ok(Some(v)) = hit {
        return v;
    }
    let value = lookup_uncached(t, name, hash);
    let _ = METHOD_CACHE.try_with(|c| {
        let mut c = c.borrow_mut();
        if c.is_empty() {
            c.resize_with(CACHE_SIZE, || CacheEntry {
                ty: std::ptr::null(),
                version: 0,
                name: Value::None,
                value: None,
            });
        }
        let old = std::mem::replace(
            &mut c[slot],
            CacheEntry {
                ty: t.as_ptr(),
                version,
                name: name.clone(),
                value: value.clone(),
            },
        );
        drop(c);
        // Dropping the old entry may free objects (and run nothing else): done unborrowed.
        drop(old);
    });
    value
}

/// [`lookup`] without the cache: walk the MRO's namespaces.
pub fn lookup_uncached(t: &ObjRef, name: &Value, hash: i64) -> Option<Value> {
    for k in mro(t) {
        if let Some(d) = &k.dict {
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
