//! `_weft_collections`: native pieces of `lib/collections` that CPython writes in C and
//! that show as built-ins there: `defaultdict.__missing__`
//! (<https://docs.python.org/3.11/library/collections.html#collections.defaultdict.__missing__>)
//! and `deque` with its iterators (`collections_deque.rs`).

use weft_vm::import::{new_module, set};
use weft_vm::types::function::BuiltinKind;
use weft_vm::types::native;
use weft_vm::{ObjRef, PyResult, Value, Vm};

type Kw<'a> = &'a [(Value, Value)];

/// `defaultdict.__missing__(key)`: store and return `default_factory()`, or raise
/// KeyError(key) when there is no factory.
fn dd_missing(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    if a.len() != 2 || !kw.is_empty() {
        return Err(vm.type_error(format!(
            "defaultdict.__missing__() takes exactly one argument ({} given)",
            a.len().saturating_sub(1) + kw.len()
        )));
    }
    let factory = vm.getattr(&a[0], "default_factory")?;
    if factory.is_none() {
        return Err(vm.key_error(a[1].clone()));
    }
    let value = vm.call(&factory, &[])?;
    weft_vm::ops::setitem(vm, &a[0], a[1].clone(), value.clone())?;
    Ok(value)
}

/// `missing_method(cls)`: the native `__missing__` method descriptor for `cls`.
fn missing_method(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = a.first() else {
        return Err(vm.type_error("missing_method(cls)"));
    };
    Ok(native(
        "__missing__",
        dd_missing,
        BuiltinKind::Method,
        None,
        Some(cls.clone()),
    ))
}

pub fn init(_vm: &Vm) -> PyResult<ObjRef> {
    let m = new_module("_weft_collections");
    set(
        &m,
        "missing_method",
        native(
            "missing_method",
            missing_method,
            BuiltinKind::Function,
            None,
            None,
        ),
    );
    let it = crate::collections_deque::iter_types();
    set(
        &m,
        "deque",
        Value::Obj(crate::collections_deque::deque_type().clone()),
    );
    set(&m, "_deque_iterator", Value::Obj(it.fwd.clone()));
    set(&m, "_deque_reverse_iterator", Value::Obj(it.rev.clone()));
    Ok(m)
}
