//! `deque`'s copy, repr, pickling, comparisons and operators (`+`, `*`, `+=`, `*=`).

use std::cell::RefCell;
use std::collections::VecDeque;

use super::{clear_deque, deque_of, deque_type, extend_from, is_deque, new_deque_of, Kw};
use weft_vm::ops::CmpOp;
use weft_vm::types::typeobj::{self, tdata};
use weft_vm::types::types;
use weft_vm::vm::type_of;
use weft_vm::{clinic, new_str, new_tuple_of, ObjRef, PyResult, Value, Vm};

fn not_implemented() -> Value {
    Value::Obj(types().not_implemented.clone())
}

/// A copy of `v` (a deque): an exact deque directly; a subclass by calling its class
/// with the deque (and maxlen), as CPython does, which must give a deque back.
fn copy_of(vm: &Vm, v: &Value) -> PyResult<Value> {
    let d = deque_of(vm, v)?;
    let cls = type_of(v);
    if cls.ptr_eq(deque_type()) {
        let (items, maxlen) = {
            let g = d.inner.read();
            (g.items.clone(), g.maxlen)
        };
        return Ok(new_deque_of(cls, items, maxlen));
    }
    let callee = Value::Obj(cls.clone());
    let r = match d.maxlen() {
        None => vm.call(&callee, std::slice::from_ref(v))?,
        Some(m) => vm.call(&callee, &[v.clone(), Value::Int(m as i64)])?,
    };
    if !is_deque(&r) {
        return Err(vm.type_error(format!(
            "{}() must return a deque, not {}",
            vm.type_name(v),
            vm.type_name(&r)
        )));
    }
    Ok(r)
}

pub(super) fn copy(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    clinic::method_args(vm, "deque.copy", a, kw, 0, 0)?;
    copy_of(vm, &a[0])
}

/// `deque.__copy__`: [`copy`] under its own name in the messages.
pub(super) fn dunder_copy(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    clinic::method_args(vm, "deque.__copy__", a, kw, 0, 0)?;
    copy_of(vm, &a[0])
}

thread_local! {
    /// Deques whose repr this thread is writing (a deque inside itself shows `[...]`).
    static IN_REPR: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

pub(super) fn repr(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    clinic::method_args(vm, "deque.__repr__", a, kw, 0, 0)?;
    let d = deque_of(vm, &a[0])?;
    let id = a[0].as_obj().map_or(0, ObjRef::id);
    if IN_REPR.with(|s| s.borrow().contains(&id)) {
        return Ok(new_str("[...]"));
    }
    IN_REPR.with(|s| s.borrow_mut().push(id));
    let body = vm.repr(&weft_vm::new_list(d.snapshot()));
    IN_REPR.with(|s| s.borrow_mut().pop());
    let body = body?;
    let name = tdata(type_of(&a[0])).name.read().clone();
    Ok(new_str(match d.maxlen() {
        Some(m) => format!("{name}({body}, maxlen={m})"),
        None => format!("{name}({body})"),
    }))
}

/// `(type(d), ((), maxlen) or (), state, iter(d))`, the state being `__getstate__()`'s.
pub(super) fn reduce(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    clinic::method_args(vm, "deque.__reduce__", a, kw, 0, 0)?;
    let d = deque_of(vm, &a[0])?;
    let state = state_of(vm, &a[0])?;
    let args = match d.maxlen() {
        Some(m) => new_tuple_of([new_tuple_of([]), Value::Int(m as i64)]),
        None => new_tuple_of([]),
    };
    let it = vm.iter(&a[0])?;
    Ok(new_tuple_of([
        Value::Obj(type_of(&a[0]).clone()),
        args,
        state,
        it,
    ]))
}

/// What `__getstate__` gives: a class's own method's result, else the instance dict
/// (None when it is empty or absent), as CPython's default.
fn state_of(vm: &Vm, v: &Value) -> PyResult<Value> {
    let t = type_of(v);
    let k = weft_vm::intern("__getstate__");
    let h = weft_vm::str_hash(&k);
    if let (Some(mine), Some(base)) = (
        typeobj::lookup(t, &k, h),
        typeobj::lookup(&types().object, &k, h),
    ) {
        if !mine.is(&base) {
            return vm.call_method(v, "__getstate__", &[]);
        }
    }
    if !tdata(t).has_dict {
        return Ok(Value::None);
    }
    let d = vm.getattr(v, "__dict__")?;
    Ok(if weft_vm::ops::len(vm, &d)? == 0 {
        Value::None
    } else {
        d
    })
}

/// CPython's size: the object and its 64-slot blocks, counted as for a deque filled
/// from empty by `extend` (CPython then starts at slot 1 of the first block).
pub(super) fn sizeof(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    clinic::method_args(vm, "deque.__sizeof__", a, kw, 0, 0)?;
    Ok(Value::Int(deque_of(vm, &a[0])?.size()))
}

fn compare(vm: &Vm, a: &[Value], op: CmpOp) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            a.len().saturating_sub(1)
        )));
    }
    let (v, w) = (&a[0], &a[1]);
    if !is_deque(v) || !is_deque(w) {
        return Ok(not_implemented());
    }
    if v.is(w) && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(Value::Bool(op == CmpOp::Eq));
    }
    let xs = deque_of(vm, v)?.snapshot();
    let ys = deque_of(vm, w)?.snapshot();
    Ok(Value::Bool(weft_vm::types::seq::compare_items(
        vm, &xs, &ys, op,
    )?))
}

macro_rules! cmp_fns {
    ($($name:ident => $op:expr;)*) => {
        $( pub(super) fn $name(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> { compare(vm, a, $op) } )*
    };
}
cmp_fns! { eq => CmpOp::Eq; ne => CmpOp::Ne; lt => CmpOp::Lt; le => CmpOp::Le; gt => CmpOp::Gt; ge => CmpOp::Ge; }

pub(super) fn add(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    clinic::method_args(vm, "deque.__add__", a, kw, 1, 1)?;
    if !is_deque(&a[1]) {
        return Err(vm.type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            tdata(type_of(&a[1])).name.read()
        )));
    }
    let new = copy_of(vm, &a[0])?;
    extend_from(vm, deque_of(vm, &new)?, &a[1], false)?;
    Ok(new)
}

pub(super) fn iadd(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    clinic::method_args(vm, "deque.__iadd__", a, kw, 1, 1)?;
    extend_from(vm, deque_of(vm, &a[0])?, &a[1], false)?;
    Ok(a[0].clone())
}

fn is_index(vm: &Vm, v: &Value) -> bool {
    weft_vm::types::number::as_int(v).is_some() || vm.lookup_special(v, "__index__").is_some()
}

/// `d *= n` in place: the items repeated `n` times, of which a bounded deque keeps the
/// last `maxlen` (so `deque([1], maxlen=3) * 10**15` is quick, as CPython's).
fn repeat_in_place(vm: &Vm, target: &Value, n: &Value) -> PyResult<()> {
    let n = weft_vm::types::text::index_arg(vm, n)?;
    let d = deque_of(vm, target)?;
    if n <= 0 {
        clear_deque(d);
        return Ok(());
    }
    let mut g = d.inner.write();
    let size = g.items.len();
    if n == 1 || size == 0 {
        return Ok(());
    }
    let n = n as usize;
    let total = match (size.checked_mul(n), g.maxlen) {
        (_, Some(m)) if size.saturating_mul(n) > m => m,
        (Some(t), _) if t <= isize::MAX as usize => t,
        _ => {
            drop(g);
            return Err(vm.new_error("MemoryError", ""));
        }
    };
    let items: Vec<Value> = g.items.iter().cloned().collect();
    // The last `total` items of the repetition: it ends on the last item.
    let skip = (size - total % size) % size;
    let mut out = VecDeque::with_capacity(total);
    out.extend(items.iter().cycle().skip(skip).take(total).cloned());
    g.bump();
    let old = std::mem::replace(&mut g.items, out);
    drop(g);
    drop(old);
    Ok(())
}

/// `deque * x` for an `x` that is not an int: CPython's sequence-repeat error, or (with
/// `defer`, for `*` and `*=`) NotImplemented when `x` is an instance of a Python class
/// with an `__rmul__`, which still gets its turn (CPython tries number slots before the
/// sequence repeat).
fn not_a_count(vm: &Vm, x: &Value, defer: bool) -> PyResult<Value> {
    if defer && tdata(type_of(x)).heap && vm.lookup_special(x, "__rmul__").is_some() {
        return Ok(not_implemented());
    }
    Err(vm.type_error(format!(
        "can't multiply sequence by non-int of type '{}'",
        vm.type_name(x)
    )))
}

pub(super) fn mul(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    clinic::method_args(vm, "deque.__mul__", a, kw, 1, 1)?;
    if !is_index(vm, &a[1]) {
        return not_a_count(vm, &a[1], true);
    }
    let new = copy_of(vm, &a[0])?;
    repeat_in_place(vm, &new, &a[1])?;
    Ok(new)
}

/// `x * deque`: reached once `x`'s own `__mul__` declined.
pub(super) fn rmul(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    clinic::method_args(vm, "deque.__rmul__", a, kw, 1, 1)?;
    if !is_index(vm, &a[1]) {
        return not_a_count(vm, &a[1], false);
    }
    let new = copy_of(vm, &a[0])?;
    repeat_in_place(vm, &new, &a[1])?;
    Ok(new)
}

pub(super) fn imul(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    clinic::method_args(vm, "deque.__imul__", a, kw, 1, 1)?;
    if !is_index(vm, &a[1]) {
        return not_a_count(vm, &a[1], true);
    }
    repeat_in_place(vm, &a[0], &a[1])?;
    Ok(a[0].clone())
}
