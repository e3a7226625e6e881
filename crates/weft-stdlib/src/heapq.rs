//! `_heapq`: the heap primitives behind `lib/heapq.py` (heappush, heappop, heapify,
//! heapreplace, heappushpop and the max-heap helpers `merge` and `nlargest` use), with
//! CPython's sift order so heaps have the same layout
//! (<https://docs.python.org/3.11/library/heapq.html>).
//!
//! The list is changed under its own lock. Items whose `<` runs no Python code (ints,
//! floats, strs, tuples of those) are compared under the lock; for any other the lock
//! is let go while `<` runs, and a list whose size changed meanwhile is a RuntimeError,
//! as in CPython.

use weft_vm::import::{new_module, set};
use weft_vm::ops::{compare_bool, CmpOp};
use weft_vm::owner_bias::{OwnedRwLock, WriteGuard};
use weft_vm::payload::Payload;
use weft_vm::types::function::BuiltinKind;
use weft_vm::types::{native, types};
use weft_vm::{new_str, ObjRef, PyResult, Value, Vm};

type Kw<'a> = &'a [(Value, Value)];
type Items = OwnedRwLock<Vec<Value>>;
type Guard<'a> = WriteGuard<'a, Vec<Value>>;

/// `a < b` when deciding it runs no Python code (exact ints, floats and strs, and
/// tuples decided by such items); None otherwise.
pub(crate) fn quick_lt(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => return Some(x < y),
        (Value::Float(x), Value::Float(y)) => return Some(x < y),
        (Value::Obj(x), Value::Obj(y)) => {
            let t = types();
            if !x.class.ptr_eq(&y.class) {
                return None;
            }
            match (&x.payload, &y.payload) {
                (Payload::Str(s), Payload::Str(u)) if x.class.ptr_eq(&t.str) => {
                    return Some(s.as_str() < u.as_str())
                }
                (Payload::Tuple(s), Payload::Tuple(u)) if x.class.ptr_eq(&t.tuple) => {
                    for (p, q) in s.iter().zip(u.iter()) {
                        match weft_vm::types::list::quick_eq(p, q)? {
                            true => continue,
                            false => return quick_lt(p, q),
                        }
                    }
                    return Some(s.len() < u.len());
                }
                _ => {}
            }
        }
        _ => {}
    }
    None
}

/// Whether `heap[i] < heap[j]` (`heap[j] < heap[i]` for a max-heap), with `g` the held
/// guard: it is released for a comparison that runs Python code and taken again
/// after, and then the list must still have `size` items.
macro_rules! less {
    ($vm:expr, $l:expr, $g:ident, $i:expr, $j:expr, $max:expr, $size:expr) => {{
        let (x, y) = if $max { ($j, $i) } else { ($i, $j) };
        match quick_lt(&$g[x], &$g[y]) {
            Some(r) => r,
            None => {
                let (a, b) = ($g[x].clone(), $g[y].clone());
                drop($g);
                let r = compare_bool($vm, &a, &b, CmpOp::Lt);
                drop((a, b));
                $g = $l.write();
                let r = r?;
                if $g.len() != $size {
                    return Err($vm.runtime_error("list changed size during iteration"));
                }
                r
            }
        }
    }};
}

/// Move `heap[pos]` up towards `start` while it is less than its parent. `g` is the
/// list's guard: the whole operation is one critical section unless a comparison runs
/// Python code.
fn sift_down<'a>(
    vm: &Vm,
    l: &'a Items,
    mut g: Guard<'a>,
    start: usize,
    mut pos: usize,
    max: bool,
) -> PyResult<Guard<'a>> {
    let size = g.len();
    if pos >= size {
        return Err(vm.index_error("index out of range"));
    }
    while pos > start {
        let parent = (pos - 1) >> 1;
        if !less!(vm, l, g, pos, parent, max, size) {
            break;
        }
        g.swap(pos, parent);
        pos = parent;
    }
    Ok(g)
}

/// Walk the smaller child up from `pos` to a leaf, then sift the item there back down
/// (CPython's order: fewer comparisons on average than stopping early).
fn sift_up<'a>(
    vm: &Vm,
    l: &'a Items,
    mut g: Guard<'a>,
    mut pos: usize,
    max: bool,
) -> PyResult<Guard<'a>> {
    let start = pos;
    let end = g.len();
    if pos >= end {
        return Err(vm.index_error("index out of range"));
    }
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end && !less!(vm, l, g, child, child + 1, max, end) {
            child += 1;
        }
        g.swap(child, pos);
        pos = child;
    }
    sift_down(vm, l, g, start, pos, max)
}

/// The list argument, or CPython's "heappush() argument 1 must be list, not int".
fn heap_arg<'a>(vm: &Vm, name: &str, v: &'a Value, which: &str) -> PyResult<&'a Items> {
    if let Some(o) = v.as_obj() {
        if let Payload::List(l) = &o.payload {
            return Ok(l);
        }
    }
    let t = if v.is_none() {
        "None".to_string()
    } else {
        weft_vm::types::typeobj::tdata(weft_vm::vm::type_of(v))
            .name
            .read()
            .clone()
    };
    Err(vm.type_error(format!("{name}() argument{which} must be list, not {t}")))
}

fn one_arg<'a>(vm: &Vm, name: &str, a: &'a [Value], kw: Kw) -> PyResult<&'a Items> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("_heapq.{name}() takes no keyword arguments")));
    }
    if a.len() != 1 {
        return Err(vm.type_error(format!(
            "_heapq.{name}() takes exactly one argument ({} given)",
            a.len()
        )));
    }
    heap_arg(vm, name, &a[0], "")
}

fn two_args<'a>(vm: &Vm, name: &str, a: &'a [Value], kw: Kw) -> PyResult<&'a Items> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("_heapq.{name}() takes no keyword arguments")));
    }
    if a.len() != 2 {
        return Err(vm.type_error(format!("{name} expected 2 arguments, got {}", a.len())));
    }
    heap_arg(vm, name, &a[0], " 1")
}

fn heappush(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let l = two_args(vm, "heappush", a, kw)?;
    let mut g = l.write();
    g.push(a[1].clone());
    let last = g.len() - 1;
    sift_down(vm, l, g, 0, last, false)?;
    Ok(Value::None)
}

fn pop(vm: &Vm, l: &Items, max: bool) -> PyResult<Value> {
    let mut g = l.write();
    let Some(last) = g.pop() else {
        return Err(vm.index_error("index out of range"));
    };
    if g.is_empty() {
        return Ok(last);
    }
    let ret = std::mem::replace(&mut g[0], last);
    let g = sift_up(vm, l, g, 0, max)?;
    drop(g);
    Ok(ret)
}

fn heappop(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    pop(vm, one_arg(vm, "heappop", a, kw)?, false)
}

fn heappop_max(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    pop(vm, one_arg(vm, "_heappop_max", a, kw)?, true)
}

fn replace(vm: &Vm, l: &Items, item: &Value, max: bool) -> PyResult<Value> {
    let mut g = l.write();
    if g.is_empty() {
        return Err(vm.index_error("index out of range"));
    }
    let ret = std::mem::replace(&mut g[0], item.clone());
    let g = sift_up(vm, l, g, 0, max)?;
    drop(g);
    Ok(ret)
}

fn heapreplace(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    replace(vm, two_args(vm, "heapreplace", a, kw)?, &a[1], false)
}

fn heapreplace_max(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    replace(vm, two_args(vm, "_heapreplace_max", a, kw)?, &a[1], true)
}

fn heappushpop(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let l = two_args(vm, "heappushpop", a, kw)?;
    let item = &a[1];
    let mut g = l.write();
    let Some(top) = g.first() else {
        return Ok(item.clone());
    };
    let lt = match quick_lt(top, item) {
        Some(r) => r,
        None => {
            let top = top.clone();
            drop(g);
            let r = compare_bool(vm, &top, item, CmpOp::Lt)?;
            g = l.write();
            if r && g.is_empty() {
                return Err(vm.index_error("index out of range"));
            }
            r
        }
    };
    if !lt {
        return Ok(item.clone());
    }
    let ret = std::mem::replace(&mut g[0], item.clone());
    let g = sift_up(vm, l, g, 0, false)?;
    drop(g);
    Ok(ret)
}

fn heapify_list(vm: &Vm, l: &Items, max: bool) -> PyResult<Value> {
    let mut g = l.write();
    let n = g.len();
    for i in (0..n / 2).rev() {
        g = sift_up(vm, l, g, i, max)?;
    }
    Ok(Value::None)
}

fn heapify(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    heapify_list(vm, one_arg(vm, "heapify", a, kw)?, false)
}

fn heapify_max(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    heapify_list(vm, one_arg(vm, "_heapify_max", a, kw)?, true)
}

pub fn init(_vm: &Vm) -> PyResult<ObjRef> {
    let m = new_module("_heapq");
    type F = weft_vm::types::function::NativeFn;
    let fns: &[(&'static str, F)] = &[
        ("heappush", heappush),
        ("heappop", heappop),
        ("heapreplace", heapreplace),
        ("heappushpop", heappushpop),
        ("heapify", heapify),
        ("_heappop_max", heappop_max),
        ("_heapreplace_max", heapreplace_max),
        ("_heapify_max", heapify_max),
    ];
    for (name, f) in fns {
        set(
            &m,
            name,
            native(name, *f, BuiltinKind::Function, None, None),
        );
    }
    set(&m, "__about__", new_str("Heap queues"));
    Ok(m)
}
