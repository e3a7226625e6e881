//! weft's virtual machine: values, objects, built-in types, the evaluation loop and
//! per-thread state. See `ARCHITECTURE.md` at the repository root for the map, and
//! `object.rs` for why all of this is safe to share between threads.

pub mod attr;
pub mod attr_plan;
pub mod biased_lock;
pub mod bootstrap;
pub mod borrow;
pub mod builtins;
pub mod builtins_misc;
pub mod call;
pub mod clinic;
pub mod convert;
pub mod eval;
pub mod finalize;
pub mod frame;
pub mod gil;
pub mod import;
pub mod inline_cache;
pub mod interp;
pub mod matching;
pub mod names;
pub mod object;
pub mod ops;
pub mod owner_bias;
pub mod payload;
pub mod quicken;
pub mod refcount;
pub mod repr;
pub mod suggestions;
pub mod thread_globals;
pub mod timeline;
pub mod traceback;
pub mod types;
pub mod value;
pub mod vm;

pub use object::ObjRef;
pub use payload::Payload;
pub use value::Value;
pub use vm::Vm;

use parking_lot::Mutex;
use std::collections::HashMap;
use std::sync::OnceLock;

/// A raised Python exception (the exception instance).
#[derive(Clone, Debug)]
pub struct PyErr(pub ObjRef);

impl PyErr {
    pub fn value(&self) -> Value {
        Value::Obj(self.0.clone())
    }
}

pub type PyResult<T = Value> = Result<T, PyErr>;

static INTERNED: OnceLock<Mutex<HashMap<Box<str>, Value>>> = OnceLock::new();

/// An immortal, shared `str` object for `s` (used for names and constants).
pub fn intern(s: &str) -> Value {
    // Hot paths intern dunder names on every call: a per-thread cache in front of the
    // process-wide table keeps those lookups free of shared writes (the values are
    // immortal, so cloning them writes nothing either).
    thread_local! {
        static LOCAL: std::cell::RefCell<hashbrown::HashMap<Box<str>, Value>> = std::cell::RefCell::new(hashbrown::HashMap::new());
    }
    if let Some(v) = LOCAL.with(|l| l.borrow().get(s).cloned()) {
        return v;
    }
    let v = intern_global(s);
    LOCAL.with(|l| l.borrow_mut().insert(s.into(), v.clone()));
    v
}

/// [`intern`] for a name written in the interpreter's own code (`"__eq__"`), as a
/// reference that lives forever: what the special-method paths (`a == b`, `o[k]`,
/// `for x in it`) look up on every operation.
///
/// A `&'static str` never changes, so its address and length name its text for the
/// life of the process: a small per-thread cache keyed by them answers a repeated name
/// with two compares, instead of hashing the text and probing the table as [`intern`]
/// does (measured: ~95 instructions a name, a quarter of a `==` between two plain
/// instances). Each distinct text is boxed once, process-wide, and never freed.
pub fn intern_static(s: &'static str) -> &'static Value {
    use std::cell::Cell;
    const WAYS: usize = 128;
    type Slot = Cell<(usize, usize, Option<&'static Value>)>;
    thread_local! {
        static FRONT: [Slot; WAYS] = const { [const { Cell::new((0, 0, None)) }; WAYS] };
        static BACK: std::cell::RefCell<hashbrown::HashMap<(usize, usize), &'static Value>> =
            std::cell::RefCell::new(hashbrown::HashMap::new());
    }
    static BOXED: OnceLock<Mutex<HashMap<Box<str>, &'static Value>>> = OnceLock::new();
    let key = (s.as_ptr() as usize, s.len());
    let slot = ((key.0 >> 3) ^ (key.0 >> 11) ^ key.1) & (WAYS - 1);
    if let (a, n, Some(v)) = FRONT.with(|f| f[slot].get()) {
        if (a, n) == key {
            return v;
        }
    }
    let v = match BACK.with(|b| b.borrow().get(&key).copied()) {
        Some(v) => v,
        None => {
            let mut g = BOXED.get_or_init(|| Mutex::new(HashMap::new())).lock();
            let v: &'static Value = match g.get(s) {
                Some(v) => v,
                None => {
                    let v: &'static Value = Box::leak(Box::new(intern(s)));
                    g.insert(s.into(), v);
                    v
                }
            };
            drop(g);
            BACK.with(|b| b.borrow_mut().insert(key, v));
            v
        }
    };
    FRONT.with(|f| f[slot].set((key.0, key.1, Some(v))));
    v
}

fn intern_global(s: &str) -> Value {
    let m = INTERNED.get_or_init(|| Mutex::new(HashMap::new()));
    let mut g = m.lock();
    if let Some(v) = g.get(s) {
        return v.clone();
    }
    let v = new_str(s);
    if let Value::Obj(o) = &v {
        o.make_immortal();
    }
    g.insert(s.into(), v.clone());
    v
}

/// Hash of a `str` value (panics if not a str). Inlined: the method fast path
/// (`attr::load_method_fast`) hashes the method's name on every call, and the
/// out-of-line call cost more than reading the name's cached hash.
#[inline(always)]
pub fn str_hash(v: &Value) -> i64 {
    if let Value::Obj(o) = v {
        if let Payload::Str(s) = &o.payload {
            return s.hash();
        }
    }
    not_a_str()
}

#[cold]
#[inline(never)]
fn not_a_str() -> ! {
    panic!("str_hash of non-str")
}

/// A new `str` object.
pub fn new_str(s: impl Into<String>) -> Value {
    Value::Obj(ObjRef::new(
        types::types().str.clone(),
        None,
        Payload::Str(types::str::PyStr::new(s)),
    ))
}

/// A new `str` copied from borrowed text (short ones are stored inline: prefer this to
/// `new_str(s.to_string())`).
pub fn new_str_from(s: &str) -> Value {
    if s.len() <= types::str::INLINE {
        let chars = types::str::text_chars(s);
        return new_short_str(|p| p.fill_copy(s, chars));
    }
    Value::Obj(ObjRef::new(
        types::types().str.clone(),
        None,
        Payload::Str(types::str::PyStr::copy_of(s)),
    ))
}

/// A new short `str` (at most `types::str::INLINE` bytes) whose text `fill` writes in
/// place (`PyStr::fill_copy`, `PyStr::fill_ascii_case`).
#[inline(always)]
pub fn new_short_str(fill: impl FnOnce(&mut types::str::PyStr)) -> Value {
    let mut o = ObjRef::new(
        types::types().str.clone(),
        None,
        Payload::Str(types::str::PyStr::empty_inline()),
    );
    // SAFETY: `o` was made just now and not shared: this is the only reference to it.
    if let Payload::Str(p) = unsafe { o.payload_mut_unshared() } {
        fill(p);
    }
    Value::Obj(o)
}

pub fn new_tuple(items: Vec<Value>) -> Value {
    new_tuple_iter(items.len(), items.into_iter())
}

/// The one empty tuple (immortal), as CPython shares it: `tuple() is ()`.
pub fn empty_tuple() -> Value {
    static EMPTY: std::sync::OnceLock<ObjRef> = std::sync::OnceLock::new();
    Value::Obj(
        EMPTY
            .get_or_init(|| {
                ObjRef::new_immortal(
                    types::types().tuple.clone(),
                    None,
                    Payload::Tuple(crate::types::tuple::TupleItems::EMPTY),
                )
            })
            .clone(),
    )
}

/// A tuple of the `N` values of `items`: for a small tuple the object is the only
/// allocation (`new_tuple(vec![..])` also makes and frees a vector).
#[inline]
pub fn new_tuple_of<const N: usize>(items: [Value; N]) -> Value {
    new_tuple_iter(N, items.into_iter())
}

/// A tuple of the `n` items `it` yields (exactly `n`).
#[inline(always)]
pub fn new_tuple_iter(n: usize, it: impl Iterator<Item = Value>) -> Value {
    use crate::types::tuple::{TupleItems, INLINE};
    if n == 0 {
        return empty_tuple();
    }
    let class = types::types().tuple.clone();
    if n > INLINE {
        let items: Box<[Value]> = it.collect();
        return Value::Obj(ObjRef::new(
            class,
            None,
            Payload::Tuple(TupleItems::Heap(items)),
        ));
    }
    let mut o = ObjRef::new(class, None, Payload::Tuple(TupleItems::EMPTY));
    // SAFETY: `o` was made just now and not shared: this is the only reference to it.
    if let Payload::Tuple(t) = unsafe { o.payload_mut_unshared() } {
        t.fill(n, it);
    }
    Value::Obj(o)
}

/// A tuple of the values of `stack[base..]`, moved off the stack (BUILD_TUPLE).
#[inline(always)]
pub fn new_tuple_from_stack(stack: &mut Vec<Value>, base: usize) -> Value {
    let n = stack.len() - base;
    let t = new_tuple_iter(
        n,
        stack[base..]
            .iter_mut()
            .map(|x| std::mem::replace(x, Value::Null)),
    );
    crate::value::truncate_values(stack, base);
    t
}

pub fn new_list(items: Vec<Value>) -> Value {
    Value::Obj(ObjRef::new(
        types::types().list.clone(),
        None,
        Payload::List(crate::owner_bias::OwnedRwLock::new(items)),
    ))
}

pub fn new_dict() -> Value {
    Value::Obj(ObjRef::new(
        types::types().dict.clone(),
        None,
        Payload::Dict(types::dict::Dict::new()),
    ))
}

pub fn new_dict_from(d: types::dict::Dict) -> Value {
    Value::Obj(ObjRef::new(
        types::types().dict.clone(),
        None,
        Payload::Dict(d),
    ))
}

pub fn new_set(d: impl Into<types::set_table::PySet>, frozen: bool) -> Value {
    let t = if frozen {
        types::types().frozenset.clone()
    } else {
        types::types().set.clone()
    };
    Value::Obj(ObjRef::new(t, None, Payload::Set(Box::new(d.into()))))
}

pub fn new_bytes(b: impl Into<Box<[u8]>>) -> Value {
    Value::Obj(ObjRef::new(
        types::types().bytes.clone(),
        None,
        Payload::Bytes(b.into()),
    ))
}

/// An int value from a BigInt (unboxed when it fits in i64).
pub fn new_bigint(b: num_bigint::BigInt) -> Value {
    use num_traits::ToPrimitive;
    match b.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::Obj(ObjRef::new(
            types::types().int.clone(),
            None,
            Payload::Int(b),
        )),
    }
}

/// A new, empty dict object as an ObjRef (for `__dict__`s and namespaces).
/// A new empty dict with room for `n` items (the usual growth when `n` is 0).
pub fn new_dict_obj_with_capacity(n: usize) -> ObjRef {
    let d = match n {
        0 => types::dict::Dict::new(),
        n => types::dict::Dict::with_capacity(n),
    };
    ObjRef::new(types::types().dict.clone(), None, Payload::Dict(d))
}

pub fn new_dict_obj() -> ObjRef {
    ObjRef::new(
        types::types().dict.clone(),
        None,
        Payload::Dict(types::dict::Dict::new()),
    )
}

/// A one-character string (Latin-1 ones are shared immortal objects, as in CPython).
pub fn intern_char(s: &str) -> Value {
    static LATIN1: OnceLock<Vec<Value>> = OnceLock::new();
    let b = s.as_bytes();
    let cp = match b.len() {
        1 => b[0] as u32,
        2 if b[0] < 0xc4 => s.chars().next().map(|c| c as u32).unwrap_or(u32::MAX),
        _ => u32::MAX,
    };
    if cp < 256 && s.chars().count() == 1 {
        let t = LATIN1.get_or_init(|| {
            (0u32..256)
                .map(|c| {
                    let v = new_str(char::from_u32(c).unwrap().to_string());
                    if let Value::Obj(o) = &v {
                        o.make_immortal();
                    }
                    v
                })
                .collect()
        });
        return t[cp as usize].clone();
    }
    new_str(s)
}

/// Periodic checks on backward jumps (pending signals such as Ctrl-C).
#[inline(always)]
pub fn interp_checks(vm: &Vm) -> PyResult<()> {
    refcount::merge_pending();
    if gil::PENDING_SIGNAL.load(std::sync::atomic::Ordering::Relaxed) && vm.is_main {
        gil::PENDING_SIGNAL.store(false, std::sync::atomic::Ordering::Relaxed);
        if let Some(hook) = gil::SIGNAL_HOOK.get() {
            return hook(vm);
        }
        return Err(vm.new_error("KeyboardInterrupt", ""));
    }
    Ok(())
}
