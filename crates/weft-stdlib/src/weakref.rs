//! `_weakref`: `ref`, `proxy`, `getweakrefcount`, `getweakrefs` for `lib/weakref.py`.
//! <https://docs.python.org/3.11/library/weakref.html>
//!
//! weft objects are reference counted and have no weak count, so a weak reference here
//! holds a strong reference and *detects* death instead: the referent is dead when
//! every reference left to it is held by weak references (its count equals the number
//! of weak references to it). Death is noticed lazily: when a reference is called, by
//! `getweakrefcount`, by `gc.collect()` (a full sweep) and by periodic sweeps as weak
//! references are created; callbacks run then. Limitations: objects in reference
//! cycles never die (weft has no cycle collector), and a weak reference with a
//! callback stays alive until its referent dies, so its callback runs even if the
//! reference object itself was dropped first.

use parking_lot::Mutex;
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};
use weft_vm::builtins::kwarg;
use weft_vm::import::{new_module, set};
use weft_vm::payload::{Native, Payload};
use weft_vm::types::function::{BuiltinKind, NativeFn};
use weft_vm::types::typeobj::{self, tdata, Layout, TypeData};
use weft_vm::types::{add_method, add_staticmethod, native, set_type_attr, types};
use weft_vm::{new_list, new_str, ObjRef, PyResult, Value, Vm};

type Kw<'a> = &'a [(Value, Value)];

/// What a weak reference object shares with the registry.
struct Cell {
    target: Mutex<Option<ObjRef>>,
    /// The callback and the weak reference object to pass it.
    callback: Mutex<Option<(Value, ObjRef)>>,
    hash: Mutex<Option<i64>>,
}

struct WeakRef {
    cell: Arc<Cell>,
    /// Address of the referent (the registry key).
    addr: usize,
}

impl Native for WeakRef {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl Drop for WeakRef {
    fn drop(&mut self) {
        let mut reg = registry().lock();
        if let Some(v) = reg.get_mut(&self.addr) {
            v.retain(|c| !Arc::ptr_eq(c, &self.cell));
            if v.is_empty() {
                reg.remove(&self.addr);
            }
        }
    }
}

type Registry = Mutex<HashMap<usize, Vec<Arc<Cell>>>>;

fn registry() -> &'static Registry {
    static R: OnceLock<Registry> = OnceLock::new();
    R.get_or_init(|| Mutex::new(HashMap::new()))
}

/// What dies with a referent: the callbacks to run (newest first, as CPython) and the
/// last references to the referent, to drop once the registry lock is released
/// (dropping may free other weak references, which take the lock).
type Reaped = (Vec<(Value, ObjRef)>, Vec<ObjRef>);

/// If the referent at `addr` is only held by weak references, clear them all.
fn reap(reg: &mut HashMap<usize, Vec<Arc<Cell>>>, addr: usize) -> Reaped {
    let Some(cells) = reg.get(&addr) else {
        return (vec![], vec![]);
    };
    let holders = cells.iter().filter(|c| c.target.lock().is_some()).count();
    let dead = cells.iter().find_map(|c| {
        c.target
            .lock()
            .as_ref()
            .map(|t| !t.is_immortal() && t.refcount() <= holders)
    });
    if dead != Some(true) {
        return (vec![], vec![]);
    }
    let cells = reg.remove(&addr).unwrap_or_default();
    let mut cbs = Vec::new();
    let mut dropped = Vec::new();
    for c in cells.iter().rev() {
        if let Some(t) = c.target.lock().take() {
            dropped.push(t);
        }
        if let Some(cb) = c.callback.lock().take() {
            cbs.push(cb);
        }
    }
    (cbs, dropped)
}

fn run_callbacks(vm: &Vm, reaped: Reaped) {
    let (cbs, dropped) = reaped;
    let any = !dropped.is_empty();
    drop(dropped);
    if any {
        // CPython runs the referent's `__del__` before the weak reference callbacks.
        weft_vm::finalize::run_queue(vm);
    }
    for (cb, wr) in cbs {
        if let Err(e) = vm.call(&cb, &[Value::Obj(wr)]) {
            // CPython reports callback errors as unraisable and continues.
            weft_vm::finalize::write_unraisable(vm, &e.value(), None, Some(&cb));
        }
    }
}

/// Referents watched at every `del` statement at most: with
/// more, death is only noticed lazily (calls, periodic sweeps), to bound the cost.
const WATCH_MAX: usize = 32;

/// The safe-point sweep (installed as `finalize::SWEEP_HOOK`).
fn safe_point_sweep(vm: &Vm) {
    let dead = {
        let Some(reg) = registry().try_lock() else {
            return;
        };
        if reg.is_empty() {
            weft_vm::finalize::watch(false);
        }
        reg.len() <= WATCH_MAX
            && reg.values().any(|cells| {
                let holders = cells.iter().filter(|c| c.target.lock().is_some()).count();
                cells.iter().any(|c| {
                    c.target
                        .lock()
                        .as_ref()
                        .is_some_and(|t| !t.is_immortal() && t.refcount() <= holders)
                })
            })
    };
    if dead {
        sweep(vm);
    }
}

/// Sweep every registered referent (`gc.collect()`).
pub fn sweep(vm: &Vm) -> usize {
    let (cbs, dropped) = {
        let mut reg = registry().lock();
        let addrs: Vec<usize> = reg.keys().copied().collect();
        let (mut cbs, mut dropped) = (Vec::new(), Vec::new());
        for a in addrs {
            let (c, d) = reap(&mut reg, a);
            cbs.extend(c);
            dropped.extend(d);
        }
        (cbs, dropped)
    };
    let n = dropped.len();
    run_callbacks(vm, (cbs, dropped));
    n
}

fn heap_native_type(name: &str) -> ObjRef {
    let t = types();
    let mut td = TypeData::new(name, vec![t.object.clone()], Layout::Special, true);
    td.has_dict = false;
    let ty = ObjRef::new_immortal(
        t.type_.clone(),
        Some(weft_vm::new_dict_obj()),
        Payload::Type(Box::new(td)),
    );
    tdata(&ty).mro.set(vec![ty.clone(), t.object.clone()]).ok();
    set_type_attr(&ty, "__module__", new_str("weakref"));
    ty
}

fn ref_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = heap_native_type("ReferenceType");
        set_type_attr(&t, "__weft_tpname__", new_str("weakref.ReferenceType"));
        add_staticmethod(&t, "__new__", ref_new);
        add_method(&t, "__init__", noop);
        add_method(&t, "__call__", ref_call);
        add_method(&t, "__hash__", ref_hash);
        add_method(&t, "__eq__", ref_eq);
        add_method(&t, "__ne__", ref_ne);
        add_method(&t, "__repr__", ref_repr);
        add_method(&t, "__getattr__", ref_getattr);
        add_staticmethod(
            &t,
            "__class_getitem__",
            weft_vm::types::genericalias::class_getitem,
        );
        t
    })
}

fn proxy_type(callable: bool) -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    static C: OnceLock<ObjRef> = OnceLock::new();
    let make = |name: &str| {
        let t = heap_native_type(name);
        let methods: &[(&'static str, NativeFn)] = &[
            ("__getattr__", px_getattr),
            ("__setattr__", px_setattr),
            ("__repr__", px_repr),
            ("__str__", px_str),
            ("__bool__", px_bool),
            ("__len__", px_len),
            ("__iter__", px_iter),
            ("__getitem__", px_getitem),
            ("__setitem__", px_setitem),
            ("__contains__", px_contains),
            ("__eq__", px_eq),
            ("__hash__", px_hash),
        ];
        for (n, f) in methods {
            add_method(&t, n, *f);
        }
        t
    };
    if callable {
        C.get_or_init(|| {
            let t = make("CallableProxyType");
            add_method(&t, "__call__", px_call);
            t
        })
    } else {
        T.get_or_init(|| make("ProxyType"))
    }
}

fn noop(_vm: &Vm, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::None)
}

fn weakrefable(vm: &Vm, v: &Value) -> PyResult<ObjRef> {
    let err = || {
        vm.type_error(format!(
            "cannot create weak reference to '{}' object",
            vm.type_name(v)
        ))
    };
    let Value::Obj(o) = v else { return Err(err()) };
    let heap = tdata(&o.class).heap;
    match &o.payload {
        Payload::Int(_)
        | Payload::Float(_)
        | Payload::Complex(..)
        | Payload::Str(_)
        | Payload::Bytes(_)
        | Payload::Tuple(_) => Err(err()),
        Payload::List(_) | Payload::Dict(_) | Payload::ByteArray(_) if !heap => Err(err()),
        p if !takes_weakrefs(&o.class, p) => Err(err()),
        _ => Ok(o.clone()),
    }
}

/// Whether instances of `cls` take weak references, as CPython decides: a Python class
/// gives them unless it declares `__slots__` without `__weakref__`; past the Python
/// classes of the MRO, the built-in base decides (not `object`, `list`, `dict`,
/// `bytearray` or the exceptions; `set` and the rest of weft's built-ins do).
fn takes_weakrefs(cls: &ObjRef, payload: &Payload) -> bool {
    let t = types();
    for m in typeobj::mro(cls) {
        let td = tdata(m);
        if !td.heap {
            let plain = [&t.object, &t.list, &t.dict, &t.bytearray]
                .iter()
                .any(|b| m.ptr_eq(b));
            return !plain && !matches!(payload, Payload::Exception(_));
        }
        let slots = td.slots.as_ref();
        if slots.is_none_or(|s| s.iter().any(|x| x == "__weakref__")) {
            return true;
        }
    }
    true
}

fn new_ref(vm: &Vm, cls: &ObjRef, target: &Value, callback: Option<&Value>) -> PyResult<Value> {
    let t = weakrefable(vm, target)?;
    static CREATED: AtomicUsize = AtomicUsize::new(0);
    if CREATED.fetch_add(1, Ordering::Relaxed) % 1024 == 1023 {
        sweep(vm);
    }
    let addr = t.id();
    weft_vm::finalize::watch(true);
    let cell = Arc::new(Cell {
        target: Mutex::new(Some(t)),
        callback: Mutex::new(None),
        hash: Mutex::new(None),
    });
    let o = ObjRef::new(
        cls.clone(),
        None,
        Payload::Native(Box::new(WeakRef {
            cell: cell.clone(),
            addr,
        })),
    );
    if let Some(cb) = callback.filter(|c| !c.is_none()) {
        *cell.callback.lock() = Some((cb.clone(), o.clone()));
    }
    registry().lock().entry(addr).or_default().push(cell);
    Ok(Value::Obj(o))
}

fn ref_new(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = a.first() else {
        return Err(vm.type_error("ReferenceType.__new__(X): X is not a type object"));
    };
    if a.len() < 2 || a.len() > 3 {
        return Err(vm.type_error(format!(
            "__new__ expected at most 2 arguments, got {}",
            a.len().saturating_sub(1)
        )));
    }
    new_ref(vm, cls, &a[1], a.get(2).or_else(|| kwarg(kw, "callback")))
}

fn wr<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a WeakRef> {
    v.payload()
        .and_then(|p| p.native::<WeakRef>())
        .ok_or_else(|| vm.type_error("expected a weak reference"))
}

/// The referent, or None if it has died (running callbacks if it just did).
fn deref(vm: &Vm, w: &WeakRef) -> Value {
    let (v, cbs) = {
        let mut reg = registry().lock();
        let cbs = reap(&mut reg, w.addr);
        let v = w
            .cell
            .target
            .lock()
            .clone()
            .map(Value::Obj)
            .unwrap_or(Value::None);
        (v, cbs)
    };
    run_callbacks(vm, cbs);
    v
}

fn ref_call(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    if a.len() > 1 {
        return Err(vm.type_error(format!(
            "weakref() takes exactly 0 arguments ({} given)",
            a.len() - 1
        )));
    }
    Ok(deref(vm, wr(vm, &a[0])?))
}

fn ref_hash(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let w = wr(vm, &a[0])?;
    if let Some(h) = *w.cell.hash.lock() {
        return Ok(Value::Int(h));
    }
    let t = deref(vm, w);
    if t.is_none() {
        return Err(vm.type_error("weak object has gone away"));
    }
    let h = vm.hash(&t)?;
    *w.cell.hash.lock() = Some(h);
    Ok(Value::Int(h))
}

fn ref_eq(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let (Ok(x), Some(Ok(y))) = (wr(vm, &a[0]), a.get(1).map(|b| wr(vm, b))) else {
        return Ok(Value::Obj(types().not_implemented.clone()));
    };
    let (tx, ty) = (deref(vm, x), deref(vm, y));
    if tx.is_none() || ty.is_none() {
        return Ok(Value::Bool(a[0].is(&a[1])));
    }
    Ok(Value::Bool(vm.eq(&tx, &ty)?))
}

fn ref_ne(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    match ref_eq(vm, a, kw)? {
        Value::Bool(b) => Ok(Value::Bool(!b)),
        other => Ok(other),
    }
}

fn ref_repr(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let w = wr(vm, &a[0])?;
    let t = deref(vm, w);
    if t.is_none() {
        return Ok(new_str(format!("<weakref at {:#x}; dead>", a[0].id())));
    }
    Ok(new_str(format!(
        "<weakref at {:#x}; to '{}' at {:#x}>",
        a[0].id(),
        vm.type_name(&t),
        t.id()
    )))
}

fn ref_getattr(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let name = a.get(1).and_then(weft_vm::builtins::str_arg).unwrap_or("");
    if name == "__callback__" {
        let w = wr(vm, &a[0])?;
        return Ok(w
            .cell
            .callback
            .lock()
            .as_ref()
            .map(|c| c.0.clone())
            .unwrap_or(Value::None));
    }
    Err(vm.attribute_error(format!(
        "'weakref.ReferenceType' object has no attribute '{name}'"
    )))
}

fn proxy(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(target) = a.first() else {
        return Err(vm.type_error("proxy expected at least 1 argument, got 0"));
    };
    let callable = weft_vm::builtins::is_callable(vm, target);
    new_ref(
        vm,
        proxy_type(callable),
        target,
        a.get(1).or_else(|| kwarg(kw, "callback")),
    )
}

fn px_target(vm: &Vm, v: &Value) -> PyResult<Value> {
    let t = deref(vm, wr(vm, v)?);
    if t.is_none() {
        return Err(vm.new_error(
            "ReferenceError",
            "weakly-referenced object no longer exists",
        ));
    }
    Ok(t)
}

fn px_getattr(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let t = px_target(vm, &a[0])?;
    let name = a.get(1).and_then(weft_vm::builtins::str_arg).unwrap_or("");
    vm.getattr(&t, name)
}

fn px_setattr(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let t = px_target(vm, &a[0])?;
    let setattr = weft_vm::interp::module_get(weft_vm::interp::interp().builtins(), "setattr")
        .ok_or_else(|| vm.runtime_error("no setattr"))?;
    vm.call(&setattr, &[t, a[1].clone(), a[2].clone()])
}

fn px_repr(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let t = deref(vm, wr(vm, &a[0])?);
    Ok(new_str(format!(
        "<weakproxy at {:#x}; to '{}' at {:#x}>",
        a[0].id(),
        vm.type_name(&t),
        t.id()
    )))
}

fn px_str(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let t = px_target(vm, &a[0])?;
    Ok(new_str(vm.str(&t)?))
}

fn px_bool(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let t = px_target(vm, &a[0])?;
    Ok(Value::Bool(vm.truthy(&t)?))
}

fn px_len(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let t = px_target(vm, &a[0])?;
    Ok(Value::Int(weft_vm::ops::len(vm, &t)? as i64))
}

fn px_iter(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let t = px_target(vm, &a[0])?;
    vm.iter(&t)
}

fn px_getitem(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let t = px_target(vm, &a[0])?;
    weft_vm::ops::getitem(vm, &t, &a[1])
}

fn px_setitem(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let t = px_target(vm, &a[0])?;
    weft_vm::ops::setitem(vm, &t, a[1].clone(), a[2].clone())?;
    Ok(Value::None)
}

fn px_contains(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let t = px_target(vm, &a[0])?;
    Ok(Value::Bool(weft_vm::ops::contains(vm, &t, &a[1])?))
}

fn px_eq(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let t = px_target(vm, &a[0])?;
    Ok(Value::Bool(vm.eq(&t, &a[1])?))
}

fn px_hash(vm: &Vm, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    Err(vm.type_error("unhashable type: 'weakproxy'"))
}

fn px_call(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let t = px_target(vm, &a[0])?;
    vm.call_kw(&t, &a[1..], kw)
}

fn live_refs(vm: &Vm, target: &Value) -> Vec<Arc<Cell>> {
    let Value::Obj(o) = target else { return vec![] };
    let addr = o.id();
    let reaped = reap(&mut registry().lock(), addr);
    run_callbacks(vm, reaped);
    registry().lock().get(&addr).cloned().unwrap_or_default()
}

fn getweakrefcount(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(t) = a.first() else {
        return Err(vm.type_error("getweakrefcount() takes exactly one argument (0 given)"));
    };
    Ok(Value::Int(live_refs(vm, t).len() as i64))
}

fn getweakrefs(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(t) = a.first() else {
        return Err(vm.type_error("getweakrefs() takes exactly one argument (0 given)"));
    };
    // Only references with callbacks can be handed back (the cell knows its object).
    let out: Vec<Value> = live_refs(vm, t)
        .iter()
        .filter_map(|c| c.callback.lock().as_ref().map(|x| Value::Obj(x.1.clone())))
        .collect();
    Ok(new_list(out))
}

fn sweep_fn(vm: &Vm, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(sweep(vm) as i64))
}

pub fn init(_vm: &Vm) -> PyResult<ObjRef> {
    let m = new_module("_weakref");
    weft_vm::finalize::SWEEP_HOOK.set(safe_point_sweep).ok();
    set(&m, "ref", Value::Obj(ref_type().clone()));
    set(&m, "ReferenceType", Value::Obj(ref_type().clone()));
    set(&m, "ProxyType", Value::Obj(proxy_type(false).clone()));
    set(
        &m,
        "CallableProxyType",
        Value::Obj(proxy_type(true).clone()),
    );
    let fns: &[(&'static str, NativeFn)] = &[
        ("proxy", proxy),
        ("getweakrefcount", getweakrefcount),
        ("getweakrefs", getweakrefs),
        ("_sweep", sweep_fn),
    ];
    for (n, f) in fns {
        set(&m, n, native(n, *f, BuiltinKind::Function, None, None));
    }
    let _ = typeobj::is_subtype;
    Ok(m)
}
