//! `_weft_functools._lru_cache_wrapper`: the callable `functools.lru_cache` returns
//! (<https://docs.python.org/3.11/library/functools.html#functools.lru_cache>), native
//! as CPython's `functools._lru_cache_wrapper` is, so that a cache hit costs one key
//! build, one hash and one dict probe, and leaves no traceback entry.
//!
//! The cache is a weft `Dict` (thread-safe by itself; Python `__eq__` of colliding keys
//! runs outside its lock). With `maxsize=None` it maps keys to results. With a bound it
//! maps keys to *handles* of links in a doubly linked list kept in a `Vec` behind a
//! mutex ([`Lru`]), most recently used last; the mutex is never held while Python code
//! runs (hashing, comparing keys, the user function), so recursion, `__eq__` that calls
//! the cached function, and other threads can never deadlock on it. A handle carries its
//! link's generation, so one found after another thread evicted its link is recognised as
//! stale and treated as a miss: a hit always returns the result stored for that key.

use parking_lot::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;
use weft_vm::import::{new_module, set};
use weft_vm::payload::{Dict, Native, Payload};
use weft_vm::types::typeobj::{self, tdata, Layout, TypeData};
use weft_vm::types::{add_method, add_staticmethod, set_type_attr, types};
use weft_vm::{new_str, new_tuple, ObjRef, PyResult, Value, Vm};

type Kw<'a> = &'a [(Value, Value)];

const DOC: &str = "Create a cached callable that wraps another function.

user_function:      the function being cached

maxsize:  0         for no caching
          None      for unlimited cache size
          n         for a bounded cache

typed:    False     cache f(3) and f(3.0) as identical calls
          True      cache f(3) and f(3.0) as distinct calls

cache_info_type:    namedtuple class with the fields:
                        hits misses currsize maxsize
";

/// How a wrapper caches.
enum Kind {
    /// `maxsize=0`: every call is a miss.
    Uncached,
    /// `maxsize=None`: the dict maps keys to results.
    Unbounded,
    /// `maxsize=n`: the dict maps keys to link handles; the list orders them.
    Bounded(usize, Mutex<Lru>),
}

struct Wrapper {
    func: Value,
    kind: Kind,
    /// What `cache_info()` reports as maxsize (None or the int).
    maxsize: Value,
    typed: bool,
    info_type: Value,
    cache: Dict,
    hits: AtomicU64,
    misses: AtomicU64,
}

impl Native for Wrapper {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

const NIL: u32 = u32::MAX;

/// One cached call of a bounded cache. A free link has a null key.
struct Link {
    key: Value,
    hash: i64,
    result: Value,
    prev: u32,
    next: u32,
    /// Bumped whenever the link is freed: handles to its earlier use go stale.
    gen: u32,
}

/// The recency order of a bounded cache: `oldest` is evicted first, a hit moves its
/// link to `newest`.
struct Lru {
    links: Vec<Link>,
    free: Vec<u32>,
    oldest: u32,
    newest: u32,
    len: usize,
}

/// What an eviction takes out: the key and hash to remove from the dict, the handle
/// the dict should still hold for it, and the result (dropped outside the lock).
struct Evicted {
    key: Value,
    hash: i64,
    handle: i64,
    _result: Value,
}

impl Lru {
    fn new() -> Lru {
        Lru {
            links: Vec::new(),
            free: Vec::new(),
            oldest: NIL,
            newest: NIL,
            len: 0,
        }
    }

    fn handle(&self, slot: u32) -> i64 {
        ((self.links[slot as usize].gen as i64) << 32) | slot as i64
    }

    /// The slot a handle names, if its link is still the one the handle was made for.
    fn live(&self, handle: i64) -> Option<u32> {
        let slot = (handle & 0xffff_ffff) as u32;
        let gen = (handle >> 32) as u32;
        let l = self.links.get(slot as usize)?;
        (l.gen == gen && !l.key.is_null()).then_some(slot)
    }

    fn unlink(&mut self, slot: u32) {
        let (prev, next) = {
            let l = &self.links[slot as usize];
            (l.prev, l.next)
        };
        match prev {
            NIL => self.oldest = next,
            p => self.links[p as usize].next = next,
        }
        match next {
            NIL => self.newest = prev,
            n => self.links[n as usize].prev = prev,
        }
    }

    fn append(&mut self, slot: u32) {
        let last = self.newest;
        {
            let l = &mut self.links[slot as usize];
            l.prev = last;
            l.next = NIL;
        }
        match last {
            NIL => self.oldest = slot,
            p => self.links[p as usize].next = slot,
        }
        self.newest = slot;
    }

    /// A hit: move the link to the newest end and return its result.
    fn touch(&mut self, handle: i64) -> Option<Value> {
        let slot = self.live(handle)?;
        if self.newest != slot {
            self.unlink(slot);
            self.append(slot);
        }
        Some(self.links[slot as usize].result.clone())
    }

    /// Add a link as the newest; returns its handle.
    fn push(&mut self, key: Value, hash: i64, result: Value) -> i64 {
        let slot = match self.free.pop() {
            Some(s) => {
                let l = &mut self.links[s as usize];
                l.key = key;
                l.hash = hash;
                l.result = result;
                s
            }
            None => {
                self.links.push(Link {
                    key,
                    hash,
                    result,
                    prev: NIL,
                    next: NIL,
                    gen: 0,
                });
                (self.links.len() - 1) as u32
            }
        };
        self.append(slot);
        self.len += 1;
        self.handle(slot)
    }

    /// Free every link (`cache_clear`), returning what they held to drop unlocked.
    /// The links stay allocated with their generations advanced, so handles still in
    /// the dict, or read from it by another thread meanwhile, are stale from now on.
    fn clear(&mut self) -> Vec<Value> {
        let mut old = Vec::with_capacity(2 * self.len);
        let mut slot = self.oldest;
        while slot != NIL {
            let l = &mut self.links[slot as usize];
            l.gen = (l.gen + 1) & 0x7fff_ffff;
            old.push(std::mem::replace(&mut l.key, Value::Null));
            old.push(std::mem::replace(&mut l.result, Value::Null));
            self.free.push(slot);
            slot = l.next;
        }
        self.oldest = NIL;
        self.newest = NIL;
        self.len = 0;
        old
    }

    fn pop_oldest(&mut self) -> Option<Evicted> {
        let slot = self.oldest;
        if slot == NIL {
            return None;
        }
        let handle = self.handle(slot);
        self.unlink(slot);
        self.len -= 1;
        self.free.push(slot);
        let l = &mut self.links[slot as usize];
        l.gen = (l.gen + 1) & 0x7fff_ffff;
        Some(Evicted {
            key: std::mem::replace(&mut l.key, Value::Null),
            hash: l.hash,
            handle,
            _result: std::mem::replace(&mut l.result, Value::Null),
        })
    }
}

fn wrapper_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = types();
        let mut td = TypeData::new(
            "_lru_cache_wrapper",
            vec![t.object.clone()],
            Layout::Special,
            false,
        );
        td.has_dict = true;
        let ty = ObjRef::new_immortal(
            t.type_.clone(),
            Some(weft_vm::new_dict_obj()),
            Payload::Type(Box::new(td)),
        );
        tdata(&ty).mro.set(vec![ty.clone(), t.object.clone()]).ok();
        tdata(&t.object).subclasses.lock().push(ty.clone());
        set_type_attr(&ty, "__module__", new_str("functools"));
        set_type_attr(&ty, "__doc__", new_str(DOC));
        add_staticmethod(&ty, "__new__", wrapper_new);
        add_method(&ty, "__call__", wrapper_call);
        add_method(&ty, "__get__", wrapper_get);
        add_method(&ty, "cache_info", cache_info);
        add_method(&ty, "cache_clear", cache_clear);
        add_method(&ty, "__reduce__", wrapper_reduce);
        add_method(&ty, "__copy__", wrapper_copy);
        add_method(&ty, "__deepcopy__", wrapper_copy);
        let _ = typeobj::is_subtype;
        ty
    })
}

fn this<'a>(vm: &Vm, a: &'a [Value]) -> PyResult<&'a Wrapper> {
    a.first()
        .and_then(|v| v.payload())
        .and_then(|p| p.native::<Wrapper>())
        .ok_or_else(|| vm.type_error("descriptor requires a 'functools._lru_cache_wrapper' object"))
}

/// `_lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)`, with
/// `PyArg_ParseTupleAndKeywords`' messages.
fn wrapper_new(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    const NAMES: [&str; 4] = ["user_function", "maxsize", "typed", "cache_info_type"];
    let Some(Value::Obj(cls)) = a.first() else {
        return Err(vm.type_error("_lru_cache_wrapper.__new__(X): X is not a type object"));
    };
    let pos = &a[1..];
    if pos.len() + kw.len() > 4 {
        return Err(vm.type_error(format!(
            "lru_cache() takes at most 4 arguments ({} given)",
            pos.len() + kw.len()
        )));
    }
    let mut got: [Option<Value>; 4] = Default::default();
    for (i, v) in pos.iter().enumerate() {
        got[i] = Some(v.clone());
    }
    for (k, v) in kw {
        let name = match k.payload() {
            Some(Payload::Str(s)) => s.as_str().to_string(),
            _ => String::new(),
        };
        match NAMES.iter().position(|n| *n == name) {
            Some(i) if i < pos.len() => {
                return Err(vm.type_error(format!(
                    "argument for lru_cache() given by name ('{name}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => got[i] = Some(v.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "'{name}' is an invalid keyword argument for lru_cache()"
                )))
            }
        }
    }
    for (i, g) in got.iter().enumerate() {
        if g.is_none() {
            return Err(vm.type_error(format!(
                "lru_cache() missing required argument '{}' (pos {})",
                NAMES[i],
                i + 1
            )));
        }
    }
    let [Some(func), Some(maxsize), Some(typed), Some(info_type)] = got else {
        unreachable!("every argument was checked above")
    };
    if !weft_vm::builtins::is_callable(vm, &func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let (kind, maxsize) = if maxsize.is_none() {
        (Kind::Unbounded, Value::None)
    } else {
        let n = match weft_vm::types::number::as_int(&maxsize) {
            Some(weft_vm::types::number::IntRef::Small(i)) => i,
            Some(weft_vm::types::number::IntRef::Big(_)) => {
                return Err(vm.overflow_error(format!(
                    "cannot fit '{}' into an index-sized integer",
                    vm.type_name(&maxsize)
                )))
            }
            None => match weft_vm::types::seq::index_value(vm, &maxsize) {
                Ok(Some(i)) => i,
                Ok(None) => return Err(vm.type_error("maxsize should be integer or None")),
                Err(e) => return Err(e),
            },
        };
        let n = n.max(0);
        let kind = if n == 0 {
            Kind::Uncached
        } else {
            Kind::Bounded(n as usize, Mutex::new(Lru::new()))
        };
        (kind, Value::Int(n))
    };
    let typed = vm.truthy(&typed)?;
    let w = Wrapper {
        func,
        kind,
        maxsize,
        typed,
        info_type,
        cache: Dict::new(),
        hits: AtomicU64::new(0),
        misses: AtomicU64::new(0),
    };
    Ok(Value::Obj(ObjRef::new(
        cls.clone(),
        Some(weft_vm::new_dict_obj()),
        Payload::Native(Box::new(w)),
    )))
}

/// The separator between positional and keyword arguments in a key.
fn kwd_mark() -> &'static Value {
    static M: OnceLock<Value> = OnceLock::new();
    M.get_or_init(|| {
        Value::Obj(ObjRef::new_immortal(
            types().object.clone(),
            None,
            Payload::Plain,
        ))
    })
}

/// The cache key of a call: the argument alone when it is the only one and an exact
/// int or str, else a tuple of the positional arguments, then (after a marker) the
/// keyword names and values in call order, then, when typed, the types of all values.
fn make_key(args: &[Value], kw: Kw, typed: bool) -> Value {
    if !typed && kw.is_empty() && args.len() == 1 {
        let exact = match &args[0] {
            Value::Int(_) => true,
            Value::Obj(o) => {
                let t = types();
                (o.class.ptr_eq(&t.str) || o.class.ptr_eq(&t.int))
                    && matches!(o.payload, Payload::Str(_) | Payload::Int(_))
            }
            _ => false,
        };
        if exact {
            return args[0].clone();
        }
    }
    let mut key = Vec::with_capacity(args.len() + 2 * kw.len() + 1);
    key.extend_from_slice(args);
    if !kw.is_empty() {
        key.push(kwd_mark().clone());
        for (k, v) in kw {
            key.push(k.clone());
            key.push(v.clone());
        }
    }
    if typed {
        let ty = |v: &Value| Value::Obj(weft_vm::vm::type_of(v).clone());
        key.extend(args.iter().map(ty));
        key.extend(kw.iter().map(|(_, v)| ty(v)));
    }
    new_tuple(key)
}

/// `wrapper(*args, **kw)`. Counted against the recursion limit as CPython counts a call
/// through a type's `tp_call`: a recursive cached function recurses twice per level.
fn wrapper_call(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let w = this(vm, a)?;
    vm.enter_native(" while calling a Python object")?;
    let r = cached_call(vm, w, &a[1..], kw);
    vm.leave();
    r
}

fn cached_call(vm: &Vm, w: &Wrapper, args: &[Value], kw: Kw) -> PyResult<Value> {
    match &w.kind {
        Kind::Uncached => {
            w.misses.fetch_add(1, Ordering::Relaxed);
            weft_vm::call::call(vm, &w.func, args, kw)
        }
        Kind::Unbounded => {
            let key = make_key(args, kw, w.typed);
            let hash = vm.hash(&key)?;
            if let Some(r) = w.cache.get_hashed(vm, hash, &key)? {
                w.hits.fetch_add(1, Ordering::Relaxed);
                return Ok(r);
            }
            w.misses.fetch_add(1, Ordering::Relaxed);
            let r = weft_vm::call::call(vm, &w.func, args, kw)?;
            w.cache.set_hashed(vm, hash, key, r.clone())?;
            Ok(r)
        }
        Kind::Bounded(maxsize, lru) => bounded_call(vm, w, *maxsize, lru, args, kw),
    }
}

fn bounded_call(
    vm: &Vm,
    w: &Wrapper,
    maxsize: usize,
    lru: &Mutex<Lru>,
    args: &[Value],
    kw: Kw,
) -> PyResult<Value> {
    let key = make_key(args, kw, w.typed);
    let hash = vm.hash(&key)?;
    if let Some(Value::Int(h)) = w.cache.get_hashed(vm, hash, &key)? {
        let hit = lru.lock().touch(h);
        if let Some(r) = hit {
            w.hits.fetch_add(1, Ordering::Relaxed);
            return Ok(r);
        }
    }
    w.misses.fetch_add(1, Ordering::Relaxed);
    let result = weft_vm::call::call(vm, &w.func, args, kw)?;
    // The call itself (recursion) or another thread may have cached the key meanwhile:
    // keep that entry, as CPython does.
    if let Some(Value::Int(h)) = w.cache.get_hashed(vm, hash, &key)? {
        if lru.lock().live(h).is_some() {
            return Ok(result);
        }
    }
    let (handle, evicted) = {
        let mut l = lru.lock();
        let handle = l.push(key.clone(), hash, result.clone());
        let evicted = if l.len > maxsize {
            l.pop_oldest()
        } else {
            None
        };
        (handle, evicted)
    };
    if let Some(e) = evicted {
        // Only if the dict still names that link (a racing thread may have replaced it).
        if let Some(Value::Int(h)) = w.cache.get_hashed(vm, e.hash, &e.key)? {
            if h == e.handle {
                w.cache.remove_hashed(vm, e.hash, &e.key)?;
            }
        }
    }
    w.cache.set_hashed(vm, hash, key, Value::Int(handle))?;
    Ok(result)
}

/// `__get__`: a method when read through an instance, the wrapper itself through the
/// class.
fn wrapper_get(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    this(vm, a)?;
    if a.len() < 2 {
        return Err(vm.type_error("expected at least 1 argument, got 0"));
    }
    if a.len() > 3 {
        return Err(vm.type_error(format!("expected at most 2 arguments, got {}", a.len() - 1)));
    }
    if a[1].is_none() {
        return Ok(a[0].clone());
    }
    Ok(Value::Obj(ObjRef::new(
        types().method.clone(),
        None,
        Payload::Method(Box::new((a[0].clone(), a[1].clone()))),
    )))
}

fn no_args(vm: &Vm, a: &[Value], kw: Kw, name: &str) -> PyResult<()> {
    if a.len() > 1 {
        return Err(vm.type_error(format!(
            "_lru_cache_wrapper.{name}() takes no arguments ({} given)",
            a.len() - 1
        )));
    }
    if !kw.is_empty() {
        return Err(vm.type_error(format!(
            "_lru_cache_wrapper.{name}() takes no keyword arguments"
        )));
    }
    Ok(())
}

fn cache_info(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let w = this(vm, a)?;
    no_args(vm, a, kw, "cache_info")?;
    let size = match &w.kind {
        Kind::Bounded(_, lru) => lru.lock().len,
        _ => w.cache.len(),
    };
    let n = |x: &AtomicU64| Value::Int(x.load(Ordering::Relaxed) as i64);
    vm.call(
        &w.info_type,
        &[
            n(&w.hits),
            n(&w.misses),
            w.maxsize.clone(),
            Value::Int(size as i64),
        ],
    )
}

fn cache_clear(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let w = this(vm, a)?;
    no_args(vm, a, kw, "cache_clear")?;
    // What the cache held is dropped after the locks are released.
    let _old = match &w.kind {
        Kind::Bounded(_, lru) => Some(lru.lock().clear()),
        _ => None,
    };
    w.hits.store(0, Ordering::Relaxed);
    w.misses.store(0, Ordering::Relaxed);
    w.cache.clear();
    Ok(Value::None)
}

/// Pickled by name: `__reduce__` answers the wrapper's `__qualname__`.
fn wrapper_reduce(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    this(vm, a)?;
    no_args(vm, a, kw, "__reduce__")?;
    vm.getattr(&a[0], "__qualname__")
}

/// `__copy__` and `__deepcopy__(memo)`: the wrapper itself.
fn wrapper_copy(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    this(vm, a)?;
    Ok(a[0].clone())
}

pub fn init(_vm: &Vm) -> PyResult<ObjRef> {
    let m = new_module("_weft_functools");
    set(&m, "_lru_cache_wrapper", Value::Obj(wrapper_type().clone()));
    Ok(m)
}
