//! `gc`: weft frees objects by reference counting and has no cycle collector, so this
//! module is an interface only; `collect()` sweeps weak references whose referents are
//! otherwise unreferenced (see `weakref.rs`).
//! <https://docs.python.org/3.11/library/gc.html>

use std::sync::atomic::{AtomicBool, Ordering};
use weft_vm::import::{new_module, set};
use weft_vm::types::function::{BuiltinKind, NativeFn};
use weft_vm::types::native;
use weft_vm::{new_list, new_tuple_of, ObjRef, PyResult, Value, Vm};

type Kw<'a> = &'a [(Value, Value)];

static ENABLED: AtomicBool = AtomicBool::new(true);

fn collect(vm: &Vm, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    // A safe point: objects other threads handed back to this one are merged, and the
    // queued finalizers run, before the weak-reference sweep.
    weft_vm::finalize::run_pending(vm);
    crate::weakref::sweep(vm);
    Ok(Value::Int(0))
}

fn enable(_vm: &Vm, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    ENABLED.store(true, Ordering::Relaxed);
    Ok(Value::None)
}

fn disable(_vm: &Vm, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    ENABLED.store(false, Ordering::Relaxed);
    Ok(Value::None)
}

fn isenabled(_vm: &Vm, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(ENABLED.load(Ordering::Relaxed)))
}

fn get_count(_vm: &Vm, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(new_tuple_of([Value::Int(0), Value::Int(0), Value::Int(0)]))
}

fn get_threshold(_vm: &Vm, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(new_tuple_of([
        Value::Int(700),
        Value::Int(10),
        Value::Int(10),
    ]))
}

fn empty_list(_vm: &Vm, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(new_list(vec![]))
}

fn falsy(_vm: &Vm, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn noop(_vm: &Vm, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::None)
}

fn zero(_vm: &Vm, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(0))
}

pub fn init(_vm: &Vm) -> PyResult<ObjRef> {
    let m = new_module("gc");
    let fns: &[(&'static str, NativeFn)] = &[
        ("collect", collect),
        ("enable", enable),
        ("disable", disable),
        ("isenabled", isenabled),
        ("get_count", get_count),
        ("get_threshold", get_threshold),
        ("set_threshold", noop),
        ("set_debug", noop),
        ("get_debug", zero),
        ("get_objects", empty_list),
        ("get_referrers", empty_list),
        ("get_referents", empty_list),
        ("get_stats", empty_list),
        ("is_tracked", falsy),
        ("is_finalized", falsy),
        ("freeze", noop),
        ("unfreeze", noop),
        ("get_freeze_count", zero),
    ];
    for (n, f) in fns {
        set(&m, n, native(n, *f, BuiltinKind::Function, None, None));
    }
    set(&m, "garbage", new_list(vec![]));
    set(&m, "callbacks", new_list(vec![]));
    for (n, v) in [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", 32),
        ("DEBUG_LEAK", 38),
    ] {
        set(&m, n, Value::Int(v));
    }
    Ok(m)
}
