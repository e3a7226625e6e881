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
    /// Whether the class or a base defines `__del__` (checked when an instance dies).
    pub has_del: std::sync::atomic::AtomicBool,
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

/// Look `name` up along the MRO of `t` (no descriptors applied).
pub fn lookup(t: &ObjRef, name: &Value, hash: i64) -> Option<Value> {
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
