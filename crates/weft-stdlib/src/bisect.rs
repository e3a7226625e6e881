//! `_weft_bisect`: the fast path of `lib/bisect.py` for an exact list without a key,
//! whose items compare without running Python code (ints, floats, strs, tuples of
//! those): the search, and for `insort` the insertion too, run under one hold of the
//! list's lock. So `insort` is atomic, as CPython's C insort is under the GIL: threads
//! inserting into one shared list leave it sorted and complete. Anything else (another
//! sequence, a key function, items with Python-level comparisons, unusual bounds) is
//! answered None, and `bisect.py` takes its general path, which, like CPython's, runs
//! the comparisons with the list unlocked.

use weft_vm::import::{new_module, set};
use weft_vm::payload::Payload;
use weft_vm::types::function::BuiltinKind;
use weft_vm::types::{native, types};
use weft_vm::{ObjRef, PyResult, Value, Vm};

use crate::heapq::quick_lt;

type Kw<'a> = &'a [(Value, Value)];

/// Where `x` goes in `items[lo..hi]` (after equal items when `right`); None when a
/// comparison would run Python code.
fn search(items: &[Value], x: &Value, mut lo: usize, mut hi: usize, right: bool) -> Option<usize> {
    while lo < hi {
        let mid = (lo + hi) / 2;
        let go_left = if right {
            quick_lt(x, &items[mid])?
        } else {
            !quick_lt(&items[mid], x)?
        };
        if go_left {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Some(lo)
}

/// The exact list `a`'s lock and the bounds `lo`, `hi` (None: the list's length) when
/// they are plain ints with `0 <= lo` and `hi` not negative; None otherwise.
fn args(
    a: &[Value],
) -> Option<(
    &weft_vm::owner_bias::OwnedRwLock<Vec<Value>>,
    usize,
    Option<usize>,
)> {
    let [list, _x, lo, hi, _right] = a else {
        return None;
    };
    let l = match list {
        Value::Obj(o) if o.class.ptr_eq(&types().list) => match &o.payload {
            Payload::List(l) => l,
            _ => return None,
        },
        _ => return None,
    };
    let lo = match lo {
        Value::Int(i) if *i >= 0 => *i as usize,
        _ => return None,
    };
    let hi = match hi {
        Value::None => None,
        Value::Int(i) if *i >= 0 => Some(*i as usize),
        _ => return None,
    };
    Some((l, lo, hi))
}

/// The bounds within the list's `len` items: `hi` past the end (an IndexError on the
/// general path) is left to it.
fn bounds(lo: usize, hi: Option<usize>, len: usize) -> Option<(usize, usize)> {
    let hi = hi.unwrap_or(len);
    if hi > len {
        return None;
    }
    Some((lo, hi))
}

/// `_bisect(a, x, lo, hi, right)`: the index, or None for the general path.
fn bisect(_vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some((l, lo, hi)) = args(a) else {
        return Ok(Value::None);
    };
    let g = l.read();
    let Some((lo, hi)) = bounds(lo, hi, g.len()) else {
        return Ok(Value::None);
    };
    let right = matches!(a[4], Value::Bool(true));
    Ok(match search(&g, &a[1], lo, hi, right) {
        Some(i) => Value::Int(i as i64),
        None => Value::None,
    })
}

/// `_insort(a, x, lo, hi, right)`: True when `x` was inserted, None for the general
/// path (nothing done).
fn insort(_vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some((l, lo, hi)) = args(a) else {
        return Ok(Value::None);
    };
    let mut g = l.write();
    let Some((lo, hi)) = bounds(lo, hi, g.len()) else {
        return Ok(Value::None);
    };
    let right = matches!(a[4], Value::Bool(true));
    let Some(i) = search(&g, &a[1], lo, hi, right) else {
        return Ok(Value::None);
    };
    // `lo` past `hi` (the search does not run) inserts at `lo`, as list.insert does:
    // at the end when it is past it.
    let at = i.min(g.len());
    g.insert(at, a[1].clone());
    Ok(Value::Bool(true))
}

pub fn init(_vm: &Vm) -> PyResult<ObjRef> {
    let m = new_module("_weft_bisect");
    type F = weft_vm::types::function::NativeFn;
    let fns: &[(&'static str, F)] = &[("_bisect", bisect), ("_insort", insort)];
    for (name, f) in fns {
        set(
            &m,
            name,
            native(name, *f, BuiltinKind::Function, None, None),
        );
    }
    Ok(m)
}
