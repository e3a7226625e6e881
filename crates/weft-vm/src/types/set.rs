//! `set` and `frozenset`: constructors, methods and operators, with CPython's algorithms
//! for each operation so results iterate in CPython's order
//! (<https://docs.python.org/3.11/library/stdtypes.html#set-types-set-frozenset>).

use crate::object::ObjRef;
use crate::ops::CmpOp;
use crate::payload::Payload;
use crate::types::set_table::PySet;
use crate::types::typeobj::is_subtype;
use crate::types::{add_method, add_staticmethod, types};
use crate::value::Value;
use crate::vm::{type_of, Vm};
use crate::PyResult;

type Kw<'a> = &'a [(Value, Value)];

/// The set table of any set/frozenset (or subclass instance).
pub fn as_set(v: &Value) -> Option<&PySet> {
    match v.payload() {
        Some(Payload::Set(s)) => Some(s),
        _ => None,
    }
}

fn set_of(v: &Value) -> &PySet {
    as_set(v).expect("set method on non-set")
}

fn not_implemented() -> Value {
    Value::Obj(types().not_implemented.clone())
}

fn is_frozen_type(t: &ObjRef) -> bool {
    is_subtype(t, &types().frozenset)
}

/// A new set whose type is `set` or `frozenset` following `like`'s type
/// (CPython's make_new_set_basetype).
fn new_like(like: &Value, s: PySet) -> Value {
    let t = type_of(like);
    let frozen = !is_subtype(t, &types().set) && is_frozen_type(t);
    crate::new_set(s, frozen)
}

/// `key in s`, where an unhashable `set` key is looked up as a frozenset.
#[inline]
pub fn set_contains(vm: &Vm, s: &PySet, key: &Value) -> PyResult<bool> {
    if let Value::Int(i) = key {
        return s.contains_hashed(vm, crate::ops::hash_int(*i), key);
    }
    set_contains_any(vm, s, key)
}

fn set_contains_any(vm: &Vm, s: &PySet, key: &Value) -> PyResult<bool> {
    match vm.hash(key) {
        Ok(h) => s.contains_hashed(vm, h, key),
        Err(e) => match as_set(key) {
            Some(k) if vm.err_matches(&e, "TypeError") => {
                let h = k.frozen_hash_uncached();
                s.contains_hashed(vm, h, key)
            }
            _ => Err(e),
        },
    }
}

/// Iterate `other`, taking one snapshot first when it is a dict or a dict view (as
/// CPython reads them under the GIL), so a concurrent writer cannot raise
/// "changed size during iteration".
enum Source {
    Snap(std::vec::IntoIter<Value>),
    Iter(Value),
}

impl Source {
    fn new(vm: &Vm, other: &Value) -> PyResult<Source> {
        if let Some(o) = other.as_obj() {
            let snap = match &o.payload {
                Payload::Dict(_) => o.class.ptr_eq(&types().dict),
                Payload::DictView(_) => true,
                _ => false,
            };
            if snap {
                return Ok(Source::Snap(vm.collect(other)?.into_iter()));
            }
        }
        Ok(Source::Iter(vm.iter(other)?))
    }
    fn next(&mut self, vm: &Vm) -> PyResult<Option<Value>> {
        match self {
            Source::Snap(v) => Ok(v.next()),
            Source::Iter(it) => vm.next(it),
        }
    }
}

/// Add everything from `other` (set_update_internal).
pub fn update_from(vm: &Vm, s: &PySet, other: &Value) -> PyResult<()> {
    if let Some(o) = as_set(other) {
        return s.merge(vm, o);
    }
    if let Some(o) = other.as_obj() {
        if let Payload::Dict(d) = &o.payload {
            if o.class.ptr_eq(&types().dict) {
                return s.merge_dict(vm, d);
            }
        }
        // Dict views: one consistent snapshot (CPython copies under the GIL), so a
        // concurrent writer cannot raise "changed size during iteration" here.
        if let Payload::DictView(_) = &o.payload {
            for x in vm.collect(other)? {
                s.add(vm, x)?;
            }
            return Ok(());
        }
    }
    let it = vm.iter(other)?;
    while let Some(x) = vm.next(&it)? {
        s.add(vm, x)?;
    }
    Ok(())
}

fn copy_of(vm: &Vm, s: &PySet) -> PyResult<PySet> {
    let n = PySet::new();
    n.merge(vm, s)?;
    Ok(n)
}

fn from_iterable(vm: &Vm, v: &Value) -> PyResult<PySet> {
    let n = PySet::new();
    update_from(vm, &n, v)?;
    Ok(n)
}

fn intersection(vm: &Vm, so: &Value, other: &Value) -> PyResult<PySet> {
    let s = set_of(so);
    if so.is(other) {
        return copy_of(vm, s);
    }
    let result = PySet::new();
    if let Some(o) = as_set(other) {
        let (big, small) = if o.len() > s.len() { (o, s) } else { (s, o) };
        for (h, k) in small.entries() {
            if big.contains_hashed(vm, h, &k)? {
                result.add_hashed(vm, h, k)?;
            }
        }
        return Ok(result);
    }
    let mut it = Source::new(vm, other)?;
    while let Some(k) = it.next(vm)? {
        let h = vm.hash(&k)?;
        if s.contains_hashed(vm, h, &k)? {
            result.add_hashed(vm, h, k)?;
            if result.len() >= s.len() {
                break;
            }
        }
    }
    Ok(result)
}

fn difference_update(vm: &Vm, s: &PySet, so: &Value, other: &Value) -> PyResult<()> {
    if so.is(other) {
        s.clear();
        return Ok(());
    }
    if let Some(o) = as_set(other) {
        let entries = if (o.len() >> 3) > s.len() {
            intersection(vm, so, other)?.entries()
        } else {
            o.entries()
        };
        for (h, k) in entries {
            s.discard_hashed(vm, h, &k)?;
        }
    } else {
        let mut it = Source::new(vm, other)?;
        while let Some(k) = it.next(vm)? {
            s.discard(vm, &k)?;
        }
    }
    s.maybe_shrink();
    Ok(())
}

fn difference(vm: &Vm, so: &Value, other: &Value) -> PyResult<PySet> {
    let s = set_of(so);
    let dict = other.as_obj().and_then(|o| match &o.payload {
        Payload::Dict(d) if o.class.ptr_eq(&types().dict) => Some(d),
        _ => None,
    });
    let other_size = match (as_set(other), dict) {
        (Some(o), _) => o.len(),
        (None, Some(d)) => d.len(),
        _ => usize::MAX,
    };
    if other_size == usize::MAX || (s.len() >> 2) > other_size {
        let r = copy_of(vm, s)?;
        let tmp = crate::new_set(r, false);
        difference_update(vm, set_of(&tmp), &tmp, other)?;
        return Ok(set_of(&tmp).clone());
    }
    let result = PySet::new();
    for (h, k) in s.entries() {
        let present = match (as_set(other), dict) {
            (Some(o), _) => o.contains_hashed(vm, h, &k)?,
            (None, Some(d)) => d.get_hashed(vm, h, &k)?.is_some(),
            _ => false,
        };
        if !present {
            result.add_hashed(vm, h, k)?;
        }
    }
    Ok(result)
}

fn symmetric_difference_update(vm: &Vm, s: &PySet, so: &Value, other: &Value) -> PyResult<()> {
    if so.is(other) {
        s.clear();
        return Ok(());
    }
    let entries: Vec<(i64, Value)> = match other
        .as_obj()
        .map(|o| (&o.payload, o.class.ptr_eq(&types().dict)))
    {
        Some((Payload::Dict(d), true)) => {
            d.entries().into_iter().map(|e| (e.hash, e.key)).collect()
        }
        _ => match as_set(other) {
            Some(o) => o.entries(),
            None => from_iterable(vm, other)?.entries(),
        },
    };
    for (h, k) in entries {
        if !s.discard_hashed(vm, h, &k)? {
            s.add_hashed(vm, h, k)?;
        }
    }
    Ok(())
}

fn symmetric_difference(vm: &Vm, so: &Value, other: &Value) -> PyResult<PySet> {
    let r = crate::new_set(from_iterable(vm, other)?, false);
    symmetric_difference_update(vm, set_of(&r), &r, so)?;
    Ok(set_of(&r).clone())
}

fn issubset(vm: &Vm, a: &PySet, b: &PySet) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for (h, k) in a.entries() {
        if !b.contains_hashed(vm, h, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn issuperset_iter(vm: &Vm, s: &PySet, other: &Value) -> PyResult<bool> {
    if let Some(o) = as_set(other) {
        return issubset(vm, o, s);
    }
    let mut it = Source::new(vm, other)?;
    while let Some(k) = it.next(vm)? {
        if !set_contains(vm, s, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

// ----- methods ---------------------------------------------------------------------

/// A method's name as CPython's messages give it: qualified by the type defining it
/// (`frozenset.copy`, `set.issubset`; a subclass's instance names the built-in type).
fn qual(args: &[Value], name: &str) -> String {
    if name.contains('.') || name.starts_with("__") {
        return name.to_string();
    }
    let owner = match args.first() {
        Some(v) if is_frozen_type(type_of(v)) => "frozenset",
        _ => "set",
    };
    format!("{owner}.{name}")
}

fn one_arg<'a>(vm: &Vm, name: &str, args: &'a [Value]) -> PyResult<&'a Value> {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "{}() takes exactly one argument ({} given)",
            qual(args, name),
            args.len() - 1
        )));
    }
    Ok(&args[1])
}

fn no_args(vm: &Vm, name: &str, args: &[Value]) -> PyResult<()> {
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "{}() takes no arguments ({} given)",
            qual(args, name),
            args.len() - 1
        )));
    }
    Ok(())
}

fn set_add(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let k = one_arg(vm, "set.add", args)?;
    set_of(&args[0]).add(vm, k.clone())?;
    Ok(Value::None)
}

fn set_clear(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    no_args(vm, "set.clear", args)?;
    set_of(&args[0]).clear();
    Ok(Value::None)
}

fn set_copy(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    no_args(vm, "copy", args)?;
    if type_of(&args[0]).ptr_eq(&types().frozenset) {
        return Ok(args[0].clone());
    }
    Ok(new_like(&args[0], copy_of(vm, set_of(&args[0]))?))
}

#[inline(always)]
fn discard_key(vm: &Vm, s: &PySet, key: &Value) -> PyResult<bool> {
    if let Value::Int(i) = key {
        return s.discard_hashed(vm, crate::ops::hash_int(*i), key);
    }
    match vm.hash(key) {
        Ok(h) => s.discard_hashed(vm, h, key),
        Err(e) => match as_set(key) {
            Some(k) if vm.err_matches(&e, "TypeError") => {
                s.discard_hashed(vm, k.frozen_hash_uncached(), key)
            }
            _ => Err(e),
        },
    }
}

fn set_discard(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let k = one_arg(vm, "set.discard", args)?;
    discard_key(vm, set_of(&args[0]), k)?;
    Ok(Value::None)
}

fn set_remove(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let k = one_arg(vm, "set.remove", args)?;
    if !discard_key(vm, set_of(&args[0]), k)? {
        return Err(vm.key_error(k.clone()));
    }
    Ok(Value::None)
}

fn set_pop(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    no_args(vm, "set.pop", args)?;
    set_of(&args[0])
        .pop()
        .ok_or_else(|| vm.new_error("KeyError", "pop from an empty set"))
}

fn set_union(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let r = copy_of(vm, set_of(&args[0]))?;
    for o in &args[1..] {
        if !o.is(&args[0]) {
            update_from(vm, &r, o)?;
        }
    }
    Ok(new_like(&args[0], r))
}

fn set_update(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    for o in &args[1..] {
        update_from(vm, set_of(&args[0]), o)?;
    }
    Ok(Value::None)
}

fn intersection_multi(vm: &Vm, args: &[Value]) -> PyResult<PySet> {
    if args.len() == 1 {
        return copy_of(vm, set_of(&args[0]));
    }
    let mut cur = args[0].clone();
    let mut res = None;
    for o in &args[1..] {
        let r = intersection(vm, &cur, o)?;
        cur = crate::new_set(r.clone(), false);
        res = Some(r);
    }
    Ok(res.unwrap())
}

fn set_intersection(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(new_like(&args[0], intersection_multi(vm, args)?))
}

fn set_intersection_update(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let r = intersection_multi(vm, args)?;
    set_of(&args[0]).swap_with(r.take_inner());
    Ok(Value::None)
}

fn set_difference(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() == 1 {
        return Ok(new_like(&args[0], copy_of(vm, set_of(&args[0]))?));
    }
    let r = crate::new_set(difference(vm, &args[0], &args[1])?, false);
    for o in &args[2..] {
        difference_update(vm, set_of(&r), &r, o)?;
    }
    Ok(new_like(&args[0], set_of(&r).clone()))
}

fn set_difference_update(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    for o in &args[1..] {
        difference_update(vm, set_of(&args[0]), &args[0], o)?;
    }
    Ok(Value::None)
}

fn set_symmetric_difference(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let o = one_arg(vm, "symmetric_difference", args)?;
    Ok(new_like(&args[0], symmetric_difference(vm, &args[0], o)?))
}

fn set_symmetric_difference_update(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let o = one_arg(vm, "symmetric_difference_update", args)?;
    symmetric_difference_update(vm, set_of(&args[0]), &args[0], o)?;
    Ok(Value::None)
}

fn set_issubset(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let o = one_arg(vm, "issubset", args)?;
    let s = set_of(&args[0]);
    Ok(Value::Bool(match as_set(o) {
        Some(b) => issubset(vm, s, b)?,
        None => issubset(vm, s, &from_iterable(vm, o)?)?,
    }))
}

fn set_issuperset(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let o = one_arg(vm, "issuperset", args)?;
    Ok(Value::Bool(issuperset_iter(vm, set_of(&args[0]), o)?))
}

fn set_isdisjoint(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let o = one_arg(vm, "isdisjoint", args)?;
    let s = set_of(&args[0]);
    if args[0].is(o) {
        return Ok(Value::Bool(s.len() == 0));
    }
    if let Some(b) = as_set(o) {
        let (big, small) = if b.len() > s.len() { (b, s) } else { (s, b) };
        for (h, k) in small.entries() {
            if big.contains_hashed(vm, h, &k)? {
                return Ok(Value::Bool(false));
            }
        }
        return Ok(Value::Bool(true));
    }
    let mut it = Source::new(vm, o)?;
    while let Some(k) = it.next(vm)? {
        if set_contains(vm, s, &k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

// ----- operators -----------------------------------------------------------------

fn binop(
    vm: &Vm,
    args: &[Value],
    f: fn(&Vm, &Value, &Value) -> PyResult<PySet>,
) -> PyResult<Value> {
    if as_set(&args[1]).is_none() {
        return Ok(not_implemented());
    }
    Ok(new_like(&args[0], f(vm, &args[0], &args[1])?))
}

fn union2(vm: &Vm, a: &Value, b: &Value) -> PyResult<PySet> {
    let r = copy_of(vm, set_of(a))?;
    if !a.is(b) {
        update_from(vm, &r, b)?;
    }
    Ok(r)
}

fn set_or(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    binop(vm, args, union2)
}
fn set_and(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    binop(vm, args, intersection)
}
fn set_sub(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    binop(vm, args, difference)
}
fn set_xor(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    binop(vm, args, symmetric_difference)
}

/// Reflected operators: `b.__rop__(a)` computes `a op b` with the result typed like `a`.
fn rbinop(
    vm: &Vm,
    args: &[Value],
    f: fn(&Vm, &Value, &Value) -> PyResult<PySet>,
) -> PyResult<Value> {
    if as_set(&args[1]).is_none() {
        return Ok(not_implemented());
    }
    Ok(new_like(&args[1], f(vm, &args[1], &args[0])?))
}
fn set_ror(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    rbinop(vm, args, union2)
}
fn set_rand(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    rbinop(vm, args, intersection)
}
fn set_rsub(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    rbinop(vm, args, difference)
}
fn set_rxor(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    rbinop(vm, args, symmetric_difference)
}

fn set_ior(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if as_set(&args[1]).is_none() {
        return Ok(not_implemented());
    }
    update_from(vm, set_of(&args[0]), &args[1])?;
    Ok(args[0].clone())
}
fn set_iand(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if as_set(&args[1]).is_none() {
        return Ok(not_implemented());
    }
    let r = intersection(vm, &args[0], &args[1])?;
    set_of(&args[0]).swap_with(r.take_inner());
    Ok(args[0].clone())
}
fn set_isub(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if as_set(&args[1]).is_none() {
        return Ok(not_implemented());
    }
    difference_update(vm, set_of(&args[0]), &args[0], &args[1])?;
    Ok(args[0].clone())
}
fn set_ixor(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if as_set(&args[1]).is_none() {
        return Ok(not_implemented());
    }
    symmetric_difference_update(vm, set_of(&args[0]), &args[0], &args[1])?;
    Ok(args[0].clone())
}

/// Rich comparison of two sets (subset order); `None` if `b` is not a set.
pub fn compare(vm: &Vm, a: &PySet, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
    let Some(b) = as_set(b) else { return Ok(None) };
    Ok(Some(match op {
        CmpOp::Eq => a.len() == b.len() && issubset(vm, a, b)?,
        CmpOp::Ne => !(a.len() == b.len() && issubset(vm, a, b)?),
        CmpOp::Le => issubset(vm, a, b)?,
        CmpOp::Ge => issubset(vm, b, a)?,
        CmpOp::Lt => a.len() < b.len() && issubset(vm, a, b)?,
        CmpOp::Gt => a.len() > b.len() && issubset(vm, b, a)?,
    }))
}

fn cmp_method(vm: &Vm, args: &[Value], op: CmpOp) -> PyResult<Value> {
    Ok(match compare(vm, set_of(&args[0]), &args[1], op)? {
        Some(b) => Value::Bool(b),
        None => not_implemented(),
    })
}
fn set_eq(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    cmp_method(vm, args, CmpOp::Eq)
}
fn set_ne(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    cmp_method(vm, args, CmpOp::Ne)
}
fn set_lt(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    cmp_method(vm, args, CmpOp::Lt)
}
fn set_le(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    cmp_method(vm, args, CmpOp::Le)
}
fn set_gt(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    cmp_method(vm, args, CmpOp::Gt)
}
fn set_ge(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    cmp_method(vm, args, CmpOp::Ge)
}

fn set_len(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(set_of(&args[0]).len() as i64))
}

fn set_contains_m(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let k = one_arg(vm, "__contains__", args)?;
    Ok(Value::Bool(set_contains(vm, set_of(&args[0]), k)?))
}

fn set_iter(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(crate::types::iter::builtin_iter(args[0].as_obj().unwrap()).unwrap())
}

fn set_repr(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(crate::new_str(crate::repr::builtin_repr(vm, &args[0])?))
}

fn frozenset_hash(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(set_of(&args[0]).frozen_hash()))
}

fn set_reduce(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let keys = crate::new_list(set_of(&args[0]).keys());
    let state = match &args[0].as_obj().and_then(|o| o.dict.get()) {
        Some(d) => Value::Obj(d.clone()),
        None => Value::None,
    };
    let _ = vm;
    Ok(crate::new_tuple_of([
        Value::Obj(type_of(&args[0]).clone()),
        crate::new_tuple_of([keys]),
        state,
    ]))
}

// ----- construction --------------------------------------------------------------

fn set_new(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first() else {
        return Err(vm.type_error("set.__new__(X): X is not a type object"));
    };
    let frozen = is_frozen_type(cls);
    if frozen {
        let name = crate::types::typeobj::tdata(cls).name.read().clone();
        if cls.ptr_eq(&types().frozenset) && !kw.is_empty() {
            return Err(vm.type_error("frozenset() takes no keyword arguments"));
        }
        if args.len() > 2 {
            return Err(vm.type_error(format!(
                "{name} expected at most 1 argument, got {}",
                args.len() - 1
            )));
        }
        if let Some(it) = args.get(1) {
            if cls.ptr_eq(&types().frozenset) && type_of(it).ptr_eq(&types().frozenset) {
                return Ok(it.clone());
            }
        }
        let s = match args.get(1) {
            Some(it) => from_iterable(vm, it)?,
            None => PySet::new(),
        };
        return Ok(crate::types::core::alloc(cls, Payload::Set(Box::new(s))));
    }
    Ok(crate::types::core::alloc(cls, Payload::Set(Box::default())))
}

fn set_init(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if is_frozen_type(type_of(&args[0])) {
        return Ok(Value::None);
    }
    if !kw.is_empty() && type_of(&args[0]).ptr_eq(&types().set) {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "set expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    let s = set_of(&args[0]);
    s.clear();
    if let Some(it) = args.get(1) {
        update_from(vm, s, it)?;
    }
    Ok(Value::None)
}

pub fn init() {
    let t = types();
    type F = crate::types::function::NativeFn;
    let shared: &[(&'static str, F)] = &[
        ("copy", set_copy),
        ("difference", set_difference),
        ("intersection", set_intersection),
        ("isdisjoint", set_isdisjoint),
        ("issubset", set_issubset),
        ("issuperset", set_issuperset),
        ("symmetric_difference", set_symmetric_difference),
        ("union", set_union),
        ("__or__", set_or),
        ("__and__", set_and),
        ("__sub__", set_sub),
        ("__xor__", set_xor),
        ("__ror__", set_ror),
        ("__rand__", set_rand),
        ("__rsub__", set_rsub),
        ("__rxor__", set_rxor),
        ("__eq__", set_eq),
        ("__ne__", set_ne),
        ("__lt__", set_lt),
        ("__le__", set_le),
        ("__gt__", set_gt),
        ("__ge__", set_ge),
        ("__len__", set_len),
        ("__contains__", set_contains_m),
        ("__iter__", set_iter),
        ("__repr__", set_repr),
        ("__reduce__", set_reduce),
    ];
    for ty in [&t.set, &t.frozenset] {
        for (n, f) in shared {
            add_method(ty, n, *f);
        }
        add_staticmethod(ty, "__new__", set_new);
        crate::types::add_classmethod(
            ty,
            "__class_getitem__",
            crate::types::genericalias::class_getitem,
        );
    }
    let only_set: &[(&'static str, F)] = &[
        ("add", set_add),
        ("clear", set_clear),
        ("discard", set_discard),
        ("remove", set_remove),
        ("pop", set_pop),
        ("update", set_update),
        ("intersection_update", set_intersection_update),
        ("difference_update", set_difference_update),
        (
            "symmetric_difference_update",
            set_symmetric_difference_update,
        ),
        ("__ior__", set_ior),
        ("__iand__", set_iand),
        ("__isub__", set_isub),
        ("__ixor__", set_ixor),
        ("__init__", set_init),
    ];
    for (n, f) in only_set {
        add_method(&t.set, n, *f);
    }
    crate::types::set_type_attr(&t.set, "__hash__", Value::None);
    add_method(&t.frozenset, "__hash__", frozenset_hash);
}
