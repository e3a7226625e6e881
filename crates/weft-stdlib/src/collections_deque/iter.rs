//! `_collections._deque_iterator` and `_deque_reverse_iterator`: they read the deque in
//! place and raise "deque mutated during iteration" once its state has moved on, as
//! CPython's do.

use std::sync::OnceLock;

use std::sync::atomic::{AtomicUsize, Ordering};
use weft_vm::payload::{Native, Payload};
use weft_vm::types::typeobj::tdata;
use weft_vm::types::{add_method, add_staticmethod, set_type_attr, types};
use weft_vm::vm::type_of;
use weft_vm::{clinic, new_str, new_tuple_of, ObjRef, PyResult, Value, Vm};

use super::{deque_of, deque_type, Kw};

struct DequeIter {
    deque: Value,
    /// The deque's state when the iterator was made.
    state: u64,
    /// Its length then.
    len: usize,
    /// Items still to give (CPython's `counter`).
    left: AtomicUsize,
    rev: bool,
}

impl Native for DequeIter {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

pub(crate) struct IterTypes {
    pub(crate) fwd: ObjRef,
    pub(crate) rev: ObjRef,
}

pub(crate) fn iter_types() -> &'static IterTypes {
    static T: OnceLock<IterTypes> = OnceLock::new();
    T.get_or_init(|| IterTypes {
        fwd: make_type("_deque_iterator", iter_new),
        rev: make_type("_deque_reverse_iterator", rev_iter_new),
    })
}

fn make_type(name: &str, new: weft_vm::types::function::NativeFn) -> ObjRef {
    let ty = weft_vm::builtins::new_builtin_type(name);
    tdata(&types().object).subclasses.lock().push(ty.clone());
    set_type_attr(&ty, "__module__", new_str("_collections"));
    add_staticmethod(&ty, "__new__", new);
    add_method(&ty, "__iter__", iter_self);
    add_method(&ty, "__next__", iter_next);
    add_method(&ty, "__length_hint__", length_hint);
    add_method(&ty, "__reduce__", iter_reduce);
    ty
}

fn make(vm: &Vm, dq: &Value, rev: bool) -> PyResult<Value> {
    let d = deque_of(vm, dq)?;
    let (state, len) = {
        let g = d.inner.read();
        (g.state, g.items.len())
    };
    let ty = if rev {
        &iter_types().rev
    } else {
        &iter_types().fwd
    };
    Ok(Value::Obj(ObjRef::new(
        ty.clone(),
        None,
        Payload::Native(Box::new(DequeIter {
            deque: dq.clone(),
            state,
            len,
            left: AtomicUsize::new(len),
            rev,
        })),
    )))
}

pub(super) fn deque_iter(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    clinic::method_args(vm, "deque.__iter__", a, kw, 0, 0)?;
    make(vm, &a[0], false)
}

pub(super) fn deque_reversed(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    clinic::method_args(vm, "deque.__reversed__", a, kw, 0, 0)?;
    make(vm, &a[0], true)
}

/// `_deque_iterator(deque, index=0)`: an iterator `index` items in (how pickle and
/// copy rebuild one). Keywords are ignored, as CPython's `dequeiter_new` ignores them.
fn new_at(vm: &Vm, a: &[Value], rev: bool) -> PyResult<Value> {
    let pos = &a[1.min(a.len())..];
    clinic::parse_tuple(vm, None, pos.len(), 1, 2)?;
    if !pos[0]
        .as_obj()
        .is_some_and(|o| weft_vm::types::typeobj::is_subtype(&o.class, deque_type()))
    {
        return Err(vm.type_error(format!(
            "argument 1 must be collections.deque, not {}",
            vm.type_name(&pos[0])
        )));
    }
    let index = match pos.get(1) {
        Some(v) => weft_vm::types::text::index_arg(vm, v)?,
        None => 0,
    };
    let it = make(vm, &pos[0], rev)?;
    for _ in 0..index.max(0) {
        if next_item(vm, &it)?.is_none() {
            break;
        }
    }
    Ok(it)
}

fn iter_new(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    new_at(vm, a, false)
}

fn rev_iter_new(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    new_at(vm, a, true)
}

fn this<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a DequeIter> {
    v.payload()
        .and_then(|p| p.native::<DequeIter>())
        .ok_or_else(|| vm.type_error("descriptor requires a deque iterator"))
}

fn iter_self(_vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(a[0].clone())
}

fn next_item(vm: &Vm, it: &Value) -> PyResult<Option<Value>> {
    let it = this(vm, it)?;
    let d = deque_of(vm, &it.deque)?;
    let g = d.inner.read();
    if g.state != it.state {
        it.left.store(0, Ordering::Relaxed);
        return Err(vm.runtime_error("deque mutated during iteration"));
    }
    // One atomic step: threads sharing the iterator each get their own item.
    let Ok(left) = it
        .left
        .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| n.checked_sub(1))
    else {
        return Ok(None);
    };
    let i = if it.rev { left - 1 } else { it.len - left };
    Ok(Some(g.items[i].clone()))
}

fn iter_next(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    match next_item(vm, &a[0])? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

fn length_hint(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(
        this(vm, &a[0])?.left.load(Ordering::Relaxed) as i64
    ))
}

fn iter_reduce(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let it = this(vm, &a[0])?;
    let d = deque_of(vm, &it.deque)?;
    let n = d.inner.read().items.len();
    let left = it.left.load(Ordering::Relaxed);
    Ok(new_tuple_of([
        Value::Obj(type_of(&a[0]).clone()),
        new_tuple_of([it.deque.clone(), Value::Int(n as i64 - left as i64)]),
    ]))
}
