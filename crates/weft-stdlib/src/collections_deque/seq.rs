//! `deque`'s searches (`count`, `index`, `remove`, `in`) and positional access
//! (`d[i]`, `insert`, `rotate`, `reverse`).

use super::{deque_of, Deque, Kw};
use weft_vm::types::number::{as_int, IntRef};
use weft_vm::{clinic, PyResult, Value, Vm};

/// Compare the items from `start` to `stop` with `x` in order, calling `hit` with the
/// index of each equal one until it returns false. Items whose comparison runs no
/// Python code are compared under the lock; for any other the lock is let go while its
/// `__eq__` runs, and a deque changed meanwhile is an error (`mutated`).
fn scan(
    vm: &Vm,
    d: &Deque,
    x: &Value,
    start: usize,
    stop: usize,
    mutated: impl Fn() -> weft_vm::PyErr,
    mut hit: impl FnMut(usize) -> bool,
) -> PyResult<()> {
    // The state the search started at, read in its first critical section (read
    // before it, a change by another thread in between would look like a mutation).
    let mut state = None;
    let mut i = start;
    loop {
        let slow = {
            let g = d.inner.read();
            let state = *state.get_or_insert(g.state);
            if g.state != state {
                return Err(mutated());
            }
            loop {
                if i >= stop.min(g.items.len()) {
                    return Ok(());
                }
                let item = &g.items[i];
                match weft_vm::types::list::quick_eq(item, x) {
                    Some(true) => {
                        if !hit(i) {
                            return Ok(());
                        }
                        i += 1;
                    }
                    Some(false) => i += 1,
                    None => break item.clone(),
                }
            }
        };
        let eq = vm.eq(&slow, x)?;
        if Some(d.inner.read().state) != state {
            return Err(mutated());
        }
        if eq && !hit(i) {
            return Ok(());
        }
        i += 1;
    }
}

fn mutated_iter(vm: &Vm) -> impl Fn() -> weft_vm::PyErr + '_ {
    || vm.runtime_error("deque mutated during iteration")
}

pub(super) fn count(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    clinic::method_args(vm, "deque.count", a, kw, 1, 1)?;
    let d = deque_of(vm, &a[0])?;
    let mut n = 0;
    scan(vm, d, &a[1], 0, usize::MAX, mutated_iter(vm), |_| {
        n += 1;
        true
    })?;
    Ok(Value::Int(n))
}

pub(super) fn contains(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    clinic::method_args(vm, "deque.__contains__", a, kw, 1, 1)?;
    let d = deque_of(vm, &a[0])?;
    let mut found = false;
    scan(vm, d, &a[1], 0, usize::MAX, mutated_iter(vm), |_| {
        found = true;
        false
    })?;
    Ok(Value::Bool(found))
}

fn not_in_deque(vm: &Vm, x: &Value) -> PyResult<weft_vm::PyErr> {
    Ok(vm.value_error(format!("{} is not in deque", vm.repr(x)?)))
}

/// A start or stop argument of `index`: CPython's slice-index conversion (a huge int
/// clamped), None refused.
fn slice_index(vm: &Vm, v: &Value) -> PyResult<i64> {
    let indexable = as_int(v).is_some() || vm.lookup_special(v, "__index__").is_some();
    match weft_vm::types::seq::slice_bound(vm, v) {
        Ok(Some(i)) if indexable => Ok(i),
        Err(e) if indexable => Err(e),
        _ => Err(vm.type_error("slice indices must be integers or have an __index__ method")),
    }
}

pub(super) fn index(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    clinic::no_keywords(vm, "deque.index", kw)?;
    clinic::parse_tuple(vm, Some("index"), a.len() - 1, 1, 3)?;
    let d = deque_of(vm, &a[0])?;
    let x = &a[1];
    let n = d.inner.read().items.len() as i64;
    let bound = |i: i64| {
        if i < 0 {
            (i + n).max(0)
        } else {
            i.min(n)
        }
    };
    let start = match a.get(2) {
        Some(v) => bound(slice_index(vm, v)?),
        None => 0,
    };
    let stop = match a.get(3) {
        Some(v) => bound(slice_index(vm, v)?),
        None => n,
    };
    let mut found = None;
    if start < stop {
        scan(
            vm,
            d,
            x,
            start as usize,
            stop as usize,
            mutated_iter(vm),
            |i| {
                found = Some(i);
                false
            },
        )?;
    }
    match found {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(not_in_deque(vm, x)?),
    }
}

pub(super) fn remove(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    clinic::method_args(vm, "deque.remove", a, kw, 1, 1)?;
    let d = deque_of(vm, &a[0])?;
    let x = &a[1];
    let mutated = || vm.index_error("deque mutated during iteration");
    // Search and removal in one critical section when no Python code runs, so that two
    // threads removing equal items cannot both take the same one.
    // As in `scan`: the state is read in the search's first critical section.
    let mut state = None;
    let mut i = 0;
    loop {
        let slow = {
            let mut g = d.inner.write();
            if *state.get_or_insert(g.state) != g.state {
                return Err(mutated());
            }
            loop {
                if i >= g.items.len() {
                    // The message takes `repr(x)`, which may run Python code: not
                    // under the lock.
                    drop(g);
                    return Err(not_in_deque(vm, x)?);
                }
                let item = &g.items[i];
                match weft_vm::types::list::quick_eq(item, x) {
                    Some(true) => {
                        g.bump();
                        let old = g.items.remove(i);
                        drop(g);
                        drop(old);
                        return Ok(Value::None);
                    }
                    Some(false) => i += 1,
                    None => break item.clone(),
                }
            }
        };
        let eq = vm.eq(&slow, x)?;
        let mut g = d.inner.write();
        if Some(g.state) != state {
            return Err(mutated());
        }
        if eq {
            g.bump();
            let old = g.items.remove(i);
            drop(g);
            drop(old);
            return Ok(Value::None);
        }
        i += 1;
    }
}

/// An int argument converted as CPython's `n` format (ssize_t).
fn ssize_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    weft_vm::types::text::index_arg(vm, v)
}

pub(super) fn insert(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    clinic::no_keywords(vm, "deque.insert", kw)?;
    clinic::parse_tuple(vm, Some("insert"), a.len() - 1, 2, 2)?;
    let d = deque_of(vm, &a[0])?;
    let i = ssize_arg(vm, &a[1])?;
    let mut g = d.inner.write();
    let n = g.items.len() as i64;
    if g.maxlen == Some(n as usize) {
        return Err(vm.index_error("deque already at its maximum size"));
    }
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    g.bump();
    g.items.insert(at as usize, a[2].clone());
    Ok(Value::None)
}

pub(super) fn reverse(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    clinic::method_args(vm, "deque.reverse", a, kw, 0, 0)?;
    let d = deque_of(vm, &a[0])?;
    let mut g = d.inner.write();
    g.bump();
    g.items.make_contiguous().reverse();
    Ok(Value::None)
}

pub(super) fn rotate(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    clinic::method_args(vm, "deque.rotate", a, kw, 0, 1)?;
    let d = deque_of(vm, &a[0])?;
    let n = match a.get(1) {
        Some(v) => ssize_arg(vm, v)?,
        None => 1,
    };
    let mut g = d.inner.write();
    let size = g.items.len() as i64;
    if size <= 1 {
        return Ok(Value::None);
    }
    let k = n.rem_euclid(size) as usize;
    if k != 0 {
        g.bump();
        g.items.rotate_right(k);
    }
    Ok(Value::None)
}

/// A subscript as an int (`__index__` may run Python code: never called under the
/// lock). A huge int raises IndexError when reading and OverflowError when storing, as
/// CPython's ssize_t conversions do.
fn to_index(vm: &Vm, key: &Value, store: bool) -> PyResult<i64> {
    match as_int(key) {
        Some(IntRef::Small(i)) => Ok(i),
        Some(IntRef::Big(b)) => num_traits::ToPrimitive::to_i64(b).ok_or_else(|| {
            let msg = format!(
                "cannot fit '{}' into an index-sized integer",
                vm.type_name(key)
            );
            if store {
                vm.overflow_error(msg)
            } else {
                vm.index_error(msg)
            }
        }),
        None => match weft_vm::types::seq::index_value(vm, key)? {
            Some(i) => Ok(i),
            None => Err(vm.type_error(format!(
                "sequence index must be integer, not '{}'",
                vm.type_name(key)
            ))),
        },
    }
}

/// `i` made non-negative against length `n`, or "deque index out of range".
fn in_range(vm: &Vm, i: i64, n: usize) -> PyResult<usize> {
    let j = if i < 0 { i + n as i64 } else { i };
    if j < 0 || j >= n as i64 {
        return Err(vm.index_error("deque index out of range"));
    }
    Ok(j as usize)
}

pub(super) fn getitem(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    clinic::method_args(vm, "deque.__getitem__", a, kw, 1, 1)?;
    let d = deque_of(vm, &a[0])?;
    let i = to_index(vm, &a[1], false)?;
    let g = d.inner.read();
    let j = in_range(vm, i, g.items.len())?;
    Ok(g.items[j].clone())
}

/// `d[i] = x` and `del d[i]`.
fn store(vm: &Vm, d: &Deque, key: &Value, value: Option<Value>) -> PyResult<()> {
    let i = to_index(vm, key, true)?;
    let old = {
        let mut g = d.inner.write();
        let j = in_range(vm, i, g.items.len())?;
        match value {
            Some(v) => std::mem::replace(&mut g.items[j], v),
            None => {
                g.bump();
                g.items.remove(j).expect("index checked")
            }
        }
    };
    drop(old);
    Ok(())
}

pub(super) fn setitem(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    clinic::method_args(vm, "deque.__setitem__", a, kw, 2, 2)?;
    store(vm, deque_of(vm, &a[0])?, &a[1], Some(a[2].clone()))?;
    Ok(Value::None)
}

pub(super) fn delitem(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    clinic::method_args(vm, "deque.__delitem__", a, kw, 1, 1)?;
    store(vm, deque_of(vm, &a[0])?, &a[1], None)?;
    Ok(Value::None)
}
