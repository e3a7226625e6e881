//! Subscription, slicing, comparison and hashing shared by the built-in sequences and
//! mappings (`list`, `tuple`, `str`, `bytes`, `range`, `dict`)
//! (<https://docs.python.org/3.11/library/stdtypes.html#common-sequence-operations>).

use crate::ops::CmpOp;
use crate::payload::Payload;
use crate::types::number::{as_int, IntRef};
use crate::types::typeobj::tdata;
use crate::value::Value;
use crate::vm::Vm;
use crate::{new_str, ObjRef, PyResult};

/// An index operand as i64 (ints, bools, objects with `__index__`).
pub fn index_value(vm: &Vm, v: &Value) -> PyResult<Option<i64>> {
    match as_int(v) {
        Some(IntRef::Small(i)) => Ok(Some(i)),
        // An int subclass instance (e.g. an IntEnum member) holds a small value as big.
        Some(IntRef::Big(b)) => match num_traits::ToPrimitive::to_i64(b) {
            Some(i) => Ok(Some(i)),
            None => Err(vm.new_error(
                "IndexError",
                format!(
                    "cannot fit '{}' into an index-sized integer",
                    vm.type_name(v)
                ),
            )),
        },
        None => {
            if let Some(f) = vm.lookup_special(v, "__index__") {
                let r = vm.call(&f, &[])?;
                if as_int(&r).is_none() {
                    return Err(vm.type_error(format!(
                        "__index__ returned non-int (type {})",
                        vm.type_name(&r)
                    )));
                }
                crate::types::number::warn_int_subclass(vm, "__index__", &r)?;
                return index_value(vm, &r);
            }
            Ok(None)
        }
    }
}

/// One bound of a slice: `None`, or an int (a huge one clamped), or the result of
/// `__index__`. The usual `None` and small int are decided inline.
#[inline(always)]
pub fn slice_bound(vm: &Vm, v: &Value) -> PyResult<Option<i64>> {
    match v {
        Value::None => Ok(None),
        Value::Int(i) => Ok(Some(*i)),
        _ => slice_bound_slow(vm, v),
    }
}

#[inline(never)]
fn slice_bound_slow(vm: &Vm, v: &Value) -> PyResult<Option<i64>> {
    match as_int(v) {
        Some(IntRef::Small(i)) => Ok(Some(i)),
        Some(IntRef::Big(b)) => Ok(Some(match num_traits::ToPrimitive::to_i64(b) {
            Some(i) => i.clamp(i64::MIN / 2, i64::MAX / 2),
            None if num_traits::Signed::is_negative(b) => i64::MIN / 2,
            None => i64::MAX / 2,
        })),
        None => match vm.lookup_special(v, "__index__") {
            Some(f) => {
                let r = vm.call(&f, &[])?;
                if as_int(&r).is_some() {
                    crate::types::number::warn_int_subclass(vm, "__index__", &r)?;
                }
                match as_int(&r) {
                    Some(IntRef::Small(i)) => Ok(Some(i)),
                    Some(IntRef::Big(b)) => Ok(Some(
                        num_traits::ToPrimitive::to_i64(b)
                            .map_or(i64::MAX / 2, |i| i.clamp(i64::MIN / 2, i64::MAX / 2)),
                    )),
                    None => Err(vm.type_error(format!(
                        "__index__ returned non-int (type {})",
                        vm.type_name(&r)
                    ))),
                }
            }
            None => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        },
    }
}

/// Resolve a slice against a length: (start, stop, step, count).
pub fn slice_indices(
    vm: &Vm,
    s: &[Value; 3],
    len: usize,
) -> PyResult<(isize, isize, isize, usize)> {
    Ok(slice_adjust(slice_unpack(vm, s)?, len))
}

/// A slice's bounds as ints, `__index__` called once for each (step first, as
/// CPython's `PySlice_Unpack`): (start, stop, step), the step checked.
pub fn slice_unpack(vm: &Vm, s: &[Value; 3]) -> PyResult<(Option<i64>, Option<i64>, i64)> {
    let step = slice_bound(vm, &s[2])?.unwrap_or(1);
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    Ok((slice_bound(vm, &s[0])?, slice_bound(vm, &s[1])?, step))
}

/// Unpacked slice bounds against a length (`PySlice_AdjustIndices`): (start, stop,
/// step, count).
pub fn slice_adjust(
    (start, stop, step): (Option<i64>, Option<i64>, i64),
    len: usize,
) -> (isize, isize, isize, usize) {
    let len = len as i64;
    let (lo, hi) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let fix = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(mut i) => {
                if i < 0 {
                    i += len;
                    if i < lo {
                        i = lo;
                    }
                } else if i > hi {
                    i = hi;
                }
                i
            }
        }
    };
    let start = fix(start, if step < 0 { hi } else { lo });
    let stop = fix(stop, if step < 0 { lo } else { hi });
    let count = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    (start as isize, stop as isize, step as isize, count as usize)
}

pub fn norm_index(vm: &Vm, i: i64, len: usize, what: &str) -> PyResult<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.index_error(format!("{what} index out of range")));
    }
    Ok(j as usize)
}

pub fn take_slice<T: Clone>(items: &[T], start: isize, step: isize, count: usize) -> Vec<T> {
    if step == 1 {
        let a = start as usize;
        return items[a..a + count].to_vec();
    }
    let mut out = Vec::with_capacity(count);
    let mut i = start;
    for _ in 0..count {
        out.push(items[i as usize].clone());
        i += step;
    }
    out
}

pub fn fast_getitem(vm: &Vm, obj: &Value, key: &Value) -> PyResult<Option<Value>> {
    let Value::Obj(o) = obj else { return Ok(None) };
    if tdata(&o.class).heap {
        // Subclasses may override __getitem__; only use the fast path if they don't.
        let k = crate::intern("__getitem__");
        if let Some(f) = crate::types::typeobj::lookup(&o.class, &k, crate::str_hash(&k)) {
            if matches!(f.payload(), Some(Payload::Function(_))) {
                return Ok(None);
            }
        }
    }
    match &o.payload {
        Payload::List(l) => crate::types::list::list_getitem(vm, l, key).map(Some),
        Payload::Tuple(t) => crate::types::tuple::tuple_getitem(vm, obj, t, key).map(Some),
        Payload::Str(s) => {
            if let Some(Payload::Slice(sl)) = key.payload() {
                let (start, _, step, count) = slice_indices(vm, sl, s.char_len())?;
                if step == 1 {
                    return Ok(Some(crate::types::str_methods::new_str_ref_len(
                        s.slice(start as usize, start as usize + count),
                        count,
                    )));
                }
                let chars: Vec<char> = s.as_str().chars().collect();
                let out: String = take_slice(&chars, start, step, count).into_iter().collect();
                return Ok(Some(new_str(out)));
            }
            let Some(i) = index_value(vm, key)? else {
                return Err(vm.type_error(format!(
                    "string indices must be integers, not '{}'",
                    vm.type_name(key)
                )));
            };
            let j = norm_index(vm, i, s.char_len(), "string")?;
            let c = s.char_at(j);
            let mut b = [0u8; 4];
            Ok(Some(crate::intern_char(c.encode_utf8(&mut b))))
        }
        Payload::Bytes(b) => crate::types::bytes::getitem_data(vm, obj, b, key, "byte").map(Some),
        Payload::ByteArray(b) => crate::types::bytes::bytearray_getitem(vm, obj, b, key).map(Some),
        Payload::Dict(d) => crate::types::dictobj::dict_getitem(vm, obj, d, key).map(Some),
        _ => Ok(None),
    }
}

/// `obj[key] = value` for lists and dicts (and subclasses not overriding `__setitem__`
/// in Python); `Ok(Some((key, value)))` hands the operands back for the general path.
pub fn fast_setitem(
    vm: &Vm,
    obj: &Value,
    key: Value,
    value: Value,
) -> PyResult<Option<(Value, Value)>> {
    let Value::Obj(o) = obj else {
        return Ok(Some((key, value)));
    };
    if tdata(&o.class).heap {
        let k = crate::intern("__setitem__");
        if let Some(f) = crate::types::typeobj::lookup(&o.class, &k, crate::str_hash(&k)) {
            if matches!(f.payload(), Some(Payload::Function(_))) {
                return Ok(Some((key, value)));
            }
        }
    }
    match &o.payload {
        Payload::List(l) => {
            crate::types::list::list_setitem(vm, l, &key, &value)?;
            Ok(None)
        }
        Payload::Dict(d) => {
            d.set(vm, key, value)?;
            Ok(None)
        }
        _ => Ok(Some((key, value))),
    }
}

pub fn fast_delitem(vm: &Vm, obj: &Value, key: &Value) -> PyResult<bool> {
    let Value::Obj(o) = obj else { return Ok(false) };
    if tdata(&o.class).heap {
        let k = crate::intern("__delitem__");
        if let Some(f) = crate::types::typeobj::lookup(&o.class, &k, crate::str_hash(&k)) {
            if matches!(f.payload(), Some(Payload::Function(_))) {
                return Ok(false);
            }
        }
    }
    match &o.payload {
        Payload::List(l) => {
            crate::types::list::list_delitem(vm, l, key)?;
            Ok(true)
        }
        Payload::Dict(d) => match d.remove(vm, key)? {
            Some(_) => Ok(true),
            None => Err(vm.key_error(key.clone())),
        },
        _ => Ok(false),
    }
}

fn seq_items(v: &Value) -> Option<(u8, Vec<Value>)> {
    match v.payload()? {
        Payload::List(l) => Some((0, l.read().clone())),
        Payload::Tuple(t) => Some((1, t.to_vec())),
        _ => None,
    }
}

/// Lexicographic comparison of str/bytes/list/tuple.
pub fn fast_compare(vm: &Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
    let (Value::Obj(x), Value::Obj(y)) = (a, b) else {
        return Ok(None);
    };
    if tdata(&x.class).heap || tdata(&y.class).heap {
        return Ok(None);
    }
    match (&x.payload, &y.payload) {
        (Payload::Str(s), Payload::Str(t)) => return Ok(Some(op.test(s.as_str().cmp(t.as_str())))),
        (Payload::Bytes(s), Payload::Bytes(t)) => return Ok(Some(op.test(s.cmp(t)))),
        (Payload::Tuple(s), Payload::Tuple(t)) => return compare_items(vm, s, t, op).map(Some),
        _ => {}
    }
    let (Some((ka, xs)), Some((kb, ys))) = (seq_items(a), seq_items(b)) else {
        return Ok(None);
    };
    if ka != kb {
        return Ok(None);
    }
    compare_items(vm, &xs, &ys, op).map(Some)
}

/// Lexicographic rich comparison of two item sequences (list/tuple semantics).
///
/// The leading items that are numbers or exact strings are compared here without
/// counting a recursion level (they cannot recurse): `(count, word)` keys in `max` and
/// `sorted` compared at about twice CPython's cost when every item paid the count.
pub fn compare_items(vm: &Vm, xs: &[Value], ys: &[Value], op: CmpOp) -> PyResult<bool> {
    if matches!(op, CmpOp::Eq | CmpOp::Ne) && xs.len() != ys.len() {
        return Ok(op == CmpOp::Ne);
    }
    for (i, (p, q)) in xs.iter().zip(ys.iter()).enumerate() {
        if p.is(q) {
            continue;
        }
        match scalar_compare(p, q, CmpOp::Eq) {
            Some(true) => continue,
            Some(false) => {
                return Ok(match op {
                    CmpOp::Eq => false,
                    CmpOp::Ne => true,
                    _ => scalar_compare(p, q, op).expect("answered for Eq"),
                })
            }
            None => {
                // nested containers recurse: count the depth as CPython's rich comparison does
                vm.enter_native(" in comparison")?;
                let r = compare_items_at_depth(vm, &xs[i..], &ys[i..], op);
                vm.leave();
                return r;
            }
        }
    }
    Ok(op.test(xs.len().cmp(&ys.len())))
}

/// `p op q` for two machine ints, two floats, an int and a float, or two exact strings
/// (what cannot run Python code or recurse); None for anything else.
#[inline(always)]
fn scalar_compare(p: &Value, q: &Value, op: CmpOp) -> Option<bool> {
    match (p, q) {
        (Value::Int(x), Value::Int(y)) => Some(op.test(x.cmp(y))),
        (Value::Float(_) | Value::Int(_), Value::Float(_) | Value::Int(_)) => {
            crate::types::number::num_compare(p, q, op)
        }
        (Value::Obj(x), Value::Obj(y)) => match (&x.payload, &y.payload) {
            (Payload::Str(s), Payload::Str(t))
                if crate::types::dict::is_exact_str(x) && crate::types::dict::is_exact_str(y) =>
            {
                Some(match op {
                    CmpOp::Eq => s.text_eq(t),
                    CmpOp::Ne => !s.text_eq(t),
                    _ => op.test(s.as_str().cmp(t.as_str())),
                })
            }
            _ => None,
        },
        _ => None,
    }
}

/// [`compare_items`] from the first pair it could not compare as scalars, one
/// recursion level down.
fn compare_items_at_depth(vm: &Vm, xs: &[Value], ys: &[Value], op: CmpOp) -> PyResult<bool> {
    for (p, q) in xs.iter().zip(ys.iter()) {
        if p.is(q) {
            continue;
        }
        if !vm.eq(p, q)? {
            return match op {
                CmpOp::Eq => Ok(false),
                CmpOp::Ne => Ok(true),
                _ => crate::ops::compare_bool(vm, p, q, op),
            };
        }
    }
    Ok(op.test(xs.len().cmp(&ys.len())))
}

pub fn builtin_len(vm: &Vm, obj: &Value) -> PyResult<usize> {
    if let Some(p) = obj.payload() {
        match p {
            Payload::Str(s) => return Ok(s.char_len()),
            Payload::List(l) => return Ok(l.read().len()),
            Payload::Tuple(t) => return Ok(t.len()),
            Payload::Dict(d) => return Ok(d.len()),
            Payload::Set(s) => return Ok(s.len()),
            Payload::Bytes(b) => return Ok(b.len()),
            Payload::ByteArray(b) => return Ok(b.read().len()),
            Payload::DictView(v) => {
                if let Payload::Dict(d) = &v.0.payload {
                    return Ok(d.len());
                }
            }
            _ => {}
        }
    }
    Err(vm.type_error(format!(
        "object of type '{}' has no len()",
        vm.type_name(obj)
    )))
}

/// Hash of built-in hashable objects; `None` if the type is not built-in hashable here.
pub fn builtin_hash(vm: &Vm, v: &Value, o: &ObjRef) -> PyResult<Option<i64>> {
    Ok(Some(match &o.payload {
        Payload::Str(s) => s.hash(),
        Payload::Int(b) => crate::types::number::hash_bigint(b),
        Payload::Float(f) => crate::ops::hash_float(*f),
        Payload::Bytes(b) => crate::types::str::hash_str(&String::from_utf8_lossy(b)),
        Payload::Tuple(t) => {
            // CPython's xxHash-based tuple hash.
            const P1: u64 = 11400714785074694791;
            const P2: u64 = 14029467366897019727;
            const P5: u64 = 2870177450012600261;
            let mut acc: u64 = P5;
            for x in t.iter() {
                // An exact str's cached hash is read here (the usual key: `(word, word)`).
                let h = match x {
                    Value::Obj(xo) if xo.class.ptr_eq(&crate::types::types().str) => {
                        match &xo.payload {
                            Payload::Str(s) => s.hash(),
                            _ => vm.hash(x)?,
                        }
                    }
                    Value::Int(i) => crate::ops::hash_int(*i),
                    _ => vm.hash(x)?,
                } as u64;
                acc = acc.wrapping_add(h.wrapping_mul(P2));
                acc = acc.rotate_left(31);
                acc = acc.wrapping_mul(P1);
            }
            acc = acc.wrapping_add((t.len() as u64) ^ (P5 ^ 3527539));
            if acc == u64::MAX {
                1546275796
            } else {
                acc as i64
            }
        }
        // Classes whose metaclass is exactly `type` hash by identity (as `hash_object`).
        Payload::Type(_) if o.class.ptr_eq(&crate::types::types().type_) => {
            crate::ops::hash_int((o.id() >> 4) as i64)
        }
        Payload::Set(d)
            if crate::types::typeobj::is_subtype(&o.class, &crate::types::types().frozenset) =>
        {
            d.frozen_hash()
        }
        Payload::List(_) | Payload::Dict(_) | Payload::Set(_) | Payload::ByteArray(_) => {
            return Err(vm.type_error(format!("unhashable type: '{}'", vm.type_name(v))));
        }
        _ => return Ok(None),
    }))
}

/// The classes of built-in iterators, named as CPython's (`list_iterator`, ...).
pub struct IterTypes {
    pub list: ObjRef,
    pub tuple: ObjRef,
    pub str_ascii: ObjRef,
    pub str: ObjRef,
    pub bytes: ObjRef,
    pub bytearray: ObjRef,
    pub dict_keys: ObjRef,
    pub dict_values: ObjRef,
    pub dict_items: ObjRef,
    pub set: ObjRef,
    pub range: ObjRef,
    pub longrange: ObjRef,
    pub list_reverse: ObjRef,
    pub dict_reverse_keys: ObjRef,
    pub dict_reverse_values: ObjRef,
    pub dict_reverse_items: ObjRef,
    /// `iter(callable, sentinel)`.
    pub callable: ObjRef,
    /// `iter(memoryview)`.
    pub memory: ObjRef,
}

fn iter_self(_vm: &Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn iter_next(vm: &Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    match vm.next(&args[0])? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

pub fn iter_types() -> &'static IterTypes {
    static T: std::sync::OnceLock<IterTypes> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let mk = |name: &str| {
            let t = crate::builtins::new_builtin_type(name);
            crate::types::add_method(&t, "__iter__", iter_self);
            crate::types::add_method(&t, "__next__", iter_next);
            crate::types::add_method(&t, "__length_hint__", crate::types::iter::length_hint);
            crate::types::add_method(&t, "__reduce__", crate::types::iter::reduce);
            if !name.starts_with("dict_") && name != "set_iterator" {
                crate::types::add_method(&t, "__setstate__", crate::types::iter::setstate);
            }
            t
        };
        IterTypes {
            list: mk("list_iterator"),
            tuple: mk("tuple_iterator"),
            str_ascii: mk("str_ascii_iterator"),
            str: mk("str_iterator"),
            bytes: mk("bytes_iterator"),
            bytearray: mk("bytearray_iterator"),
            dict_keys: mk("dict_keyiterator"),
            dict_values: mk("dict_valueiterator"),
            dict_items: mk("dict_itemiterator"),
            set: mk("set_iterator"),
            range: mk("range_iterator"),
            longrange: mk("longrange_iterator"),
            list_reverse: mk("list_reverseiterator"),
            dict_reverse_keys: mk("dict_reversekeyiterator"),
            dict_reverse_values: mk("dict_reversevalueiterator"),
            dict_reverse_items: mk("dict_reverseitemiterator"),
            callable: {
                // no __length_hint__, as in CPython
                let t = crate::builtins::new_builtin_type("callable_iterator");
                crate::types::add_method(&t, "__iter__", iter_self);
                crate::types::add_method(&t, "__next__", iter_next);
                crate::types::add_method(&t, "__reduce__", crate::types::iter::reduce);
                t
            },
            memory: {
                // only __iter__ and __next__, as in CPython
                let t = crate::builtins::new_builtin_type("memory_iterator");
                crate::types::add_method(&t, "__iter__", iter_self);
                crate::types::add_method(&t, "__next__", iter_next);
                t
            },
        }
    })
}
