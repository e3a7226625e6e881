//! `range`: O(1) `len`, `in`, `index`, `count` and indexing (big ranges included),
//! slicing to a new range, reversal, equality and hashing as a sequence
//! (<https://docs.python.org/3.11/library/stdtypes.html#ranges>).

use crate::new_tuple_of;
use crate::payload::Payload;
use crate::types::iter::IterData;
use crate::types::number::{as_int, to_big, IntRef};
use crate::types::types;
use crate::value::Value;
use crate::vm::Vm;
use crate::{new_bigint, new_tuple, ObjRef, PyResult};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use parking_lot::Mutex;

type Kw<'a> = &'a [(Value, Value)];

struct R {
    start: BigInt,
    stop: BigInt,
    step: BigInt,
}

fn parts(v: &Value) -> &[Value; 3] {
    match v.payload() {
        Some(Payload::Range(r)) => r,
        _ => unreachable!("range method on non-range"),
    }
}

fn big(v: &Value) -> BigInt {
    as_int(v).map(|i| to_big(&i)).unwrap_or_default()
}

fn unpack(v: &Value) -> R {
    let p = parts(v);
    R {
        start: big(&p[0]),
        stop: big(&p[1]),
        step: big(&p[2]),
    }
}

/// Small ranges as (start, stop, step) when everything fits in i64.
fn small(v: &Value) -> Option<(i64, i64, i64)> {
    match parts(v) {
        [Value::Int(a), Value::Int(b), Value::Int(c)] => Some((*a, *b, *c)),
        _ => None,
    }
}

fn len_small(start: i64, stop: i64, step: i64) -> i128 {
    let (a, b, c) = (start as i128, stop as i128, step as i128);
    if c > 0 && a < b {
        (b - a - 1) / c + 1
    } else if c < 0 && a > b {
        (a - b - 1) / (-c) + 1
    } else {
        0
    }
}

fn len_big(r: &R) -> BigInt {
    if r.step.is_positive() && r.start < r.stop {
        (&r.stop - &r.start - 1u32) / &r.step + 1u32
    } else if r.step.is_negative() && r.start > r.stop {
        (&r.start - &r.stop - 1u32) / (-&r.step) + 1u32
    } else {
        BigInt::zero()
    }
}

/// The length of a range as a BigInt.
pub fn range_len(v: &Value) -> BigInt {
    match small(v) {
        Some((a, b, c)) => BigInt::from(len_small(a, b, c)),
        None => len_big(&unpack(v)),
    }
}

fn len_usize(vm: &Vm, v: &Value) -> PyResult<usize> {
    range_len(v)
        .to_usize()
        .filter(|n| *n <= i64::MAX as usize)
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))
}

fn r_len(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(len_usize(vm, &args[0])? as i64))
}

fn r_bool(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(!range_len(&args[0]).is_zero()))
}

fn new_range(start: BigInt, stop: BigInt, step: BigInt) -> Value {
    Value::Obj(ObjRef::new(
        types().range.clone(),
        None,
        Payload::Range([new_bigint(start), new_bigint(stop), new_bigint(step)]),
    ))
}

/// Position of int `x` in the range, if present.
fn position(v: &Value, x: &IntRef) -> Option<BigInt> {
    if let (Some((a, b, c)), IntRef::Small(x)) = (small(v), x) {
        let (a, b, c, x) = (a as i128, b as i128, c as i128, *x as i128);
        let inside = if c > 0 {
            a <= x && x < b
        } else {
            b < x && x <= a
        };
        return if inside && (x - a) % c == 0 {
            Some(BigInt::from((x - a) / c))
        } else {
            None
        };
    }
    let r = unpack(v);
    let x = to_big(x);
    let inside = if r.step.is_positive() {
        r.start <= x && x < r.stop
    } else {
        r.stop < x && x <= r.start
    };
    if !inside {
        return None;
    }
    let (q, m) = (&x - &r.start).div_mod_floor(&r.step);
    if m.is_zero() {
        Some(q)
    } else {
        None
    }
}

fn exact_int(v: &Value) -> Option<IntRef<'_>> {
    match v {
        Value::Int(_) | Value::Bool(_) => as_int(v),
        Value::Obj(o) if o.class.ptr_eq(&types().int) => as_int(v),
        _ => None,
    }
}

/// `x in r`.
pub fn range_contains(vm: &Vm, r: &Value, x: &Value) -> PyResult<bool> {
    if let Some(i) = exact_int(x) {
        return Ok(position(r, &i).is_some());
    }
    let it = vm.iter(r)?;
    while let Some(v) = vm.next(&it)? {
        if vm.eq(&v, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn r_contains(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(range_contains(vm, &args[0], &args[1])?))
}

fn r_index(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "range.index() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    if let Some(i) = exact_int(&args[1]) {
        return match position(&args[0], &i) {
            Some(p) => Ok(new_bigint(p)),
            None => Err(vm.value_error(format!("{} is not in range", vm.repr(&args[1])?))),
        };
    }
    let it = vm.iter(&args[0])?;
    let mut n = 0i64;
    while let Some(v) = vm.next(&it)? {
        if vm.eq(&v, &args[1])? {
            return Ok(Value::Int(n));
        }
        n += 1;
    }
    Err(vm.value_error("sequence.index(x): x not in sequence"))
}

fn r_count(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "range.count() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    if let Some(i) = exact_int(&args[1]) {
        return Ok(Value::Int(position(&args[0], &i).is_some() as i64));
    }
    let it = vm.iter(&args[0])?;
    let mut n = 0i64;
    while let Some(v) = vm.next(&it)? {
        if vm.eq(&v, &args[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

/// `r[key]`.
pub fn range_getitem(vm: &Vm, r: &Value, key: &Value) -> PyResult<Value> {
    if let Some(Payload::Slice(s)) = key.payload() {
        let len = range_len(r);
        let R { start, step, .. } = unpack(r);
        let (a, b, c) = crate::types::slice::indices_big(vm, s, &len)?;
        return Ok(new_range(
            &start + &a * &step,
            &start + &b * &step,
            &step * &c,
        ));
    }
    let i = match as_int(key) {
        Some(i) => to_big(&i),
        None => match vm.lookup_special(key, "__index__") {
            Some(_) => crate::types::int::index_arg(vm, key)?,
            None => {
                return Err(vm.type_error(format!(
                    "range indices must be integers or slices, not {}",
                    vm.type_name(key)
                )))
            }
        },
    };
    if let (Some((a, b, c)), Some(i)) = (small(r), i.to_i64()) {
        let n = len_small(a, b, c);
        let j = if i < 0 { i as i128 + n } else { i as i128 };
        if j < 0 || j >= n {
            return Err(vm.index_error("range object index out of range"));
        }
        return Ok(new_bigint(BigInt::from(a as i128 + j * c as i128)));
    }
    let n = range_len(r);
    let j = if i.is_negative() { &i + &n } else { i };
    if j.is_negative() || j >= n {
        return Err(vm.index_error("range object index out of range"));
    }
    let R { start, step, .. } = unpack(r);
    Ok(new_bigint(start + j * step))
}

fn r_getitem(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(format!("expected 1 argument, got {}", args.len() - 1)));
    }
    range_getitem(vm, &args[0], &args[1])
}

fn r_iter(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let _ = vm;
    Ok(crate::types::iter::builtin_iter(args[0].as_obj().unwrap()).unwrap())
}

fn r_reversed(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let n = range_len(&args[0]);
    let R { start, step, .. } = unpack(&args[0]);
    let last = &start + (&n - 1u32) * &step;
    let stop = &start - &step;
    let back = -step;
    // (Empty: `last` is `stop`, so the iterator starts exhausted, and reduces to
    // `range(start - step, start - step, -step)` as CPython's does.)
    if let (Some(a), Some(b), Some(c)) = (last.to_i64(), stop.to_i64(), back.to_i64()) {
        return Ok(crate::types::iter::new_iter_of(
            &crate::types::seq::iter_types().range,
            IterData::range(a, b, c),
        ));
    }
    if n.is_zero() {
        return Ok(crate::types::iter::new_iter_of(
            &crate::types::seq::iter_types().range,
            IterData::range(0, 0, 1),
        ));
    }
    Ok(crate::types::iter::new_iter_of(
        &crate::types::seq::iter_types().longrange,
        IterData::BigRange(Box::new(crate::types::iter::BigRangeState {
            cur: Mutex::new(new_bigint(last)),
            stop: new_bigint(stop),
            step: new_bigint(back),
        })),
    ))
}

/// Ranges are equal when they describe the same sequence.
fn same(a: &Value, b: &Value) -> bool {
    let (la, lb) = (range_len(a), range_len(b));
    if la != lb {
        return false;
    }
    if la.is_zero() {
        return true;
    }
    let (x, y) = (unpack(a), unpack(b));
    if x.start != y.start {
        return false;
    }
    la.is_one() || x.step == y.step
}

fn r_eq(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args[1].payload() {
        Some(Payload::Range(_)) => Ok(Value::Bool(
            args[0].is(&args[1]) || same(&args[0], &args[1]),
        )),
        _ => Ok(Value::Obj(types().not_implemented.clone())),
    }
}

fn r_ne(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args[1].payload() {
        Some(Payload::Range(_)) => Ok(Value::Bool(
            !(args[0].is(&args[1]) || same(&args[0], &args[1])),
        )),
        _ => Ok(Value::Obj(types().not_implemented.clone())),
    }
}

fn r_hash(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let n = range_len(&args[0]);
    let p = parts(&args[0]);
    let t = if n.is_zero() {
        new_tuple_of([Value::Int(0), Value::None, Value::None])
    } else if n.is_one() {
        new_tuple_of([Value::Int(1), p[0].clone(), Value::None])
    } else {
        new_tuple_of([new_bigint(n), p[0].clone(), p[2].clone()])
    };
    Ok(Value::Int(vm.hash(&t)?))
}

fn r_reduce(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let p = parts(&args[0]);
    Ok(new_tuple_of([
        Value::Obj(types().range.clone()),
        new_tuple(p.to_vec()),
    ]))
}

fn r_repr(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(crate::new_str(crate::repr::builtin_repr(vm, &args[0])?))
}

pub fn init() {
    let t = &types().range;
    type F = crate::types::function::NativeFn;
    let methods: &[(&'static str, F)] = &[
        ("__len__", r_len),
        ("__bool__", r_bool),
        ("__contains__", r_contains),
        ("__getitem__", r_getitem),
        ("__iter__", r_iter),
        ("__reversed__", r_reversed),
        ("__eq__", r_eq),
        ("__ne__", r_ne),
        ("__hash__", r_hash),
        ("__reduce__", r_reduce),
        ("__repr__", r_repr),
        ("index", r_index),
        ("count", r_count),
    ];
    for (n, f) in methods {
        crate::types::add_method(t, n, *f);
    }
}
