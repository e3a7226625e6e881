//! The `bytearray` type: construction, the mutating methods (`append extend pop insert
//! remove reverse clear copy`), item and slice assignment and deletion, and in-place
//! operators; the read-only methods are shared with `bytes`
//! (<https://docs.python.org/3.11/library/stdtypes.html#bytearray-objects>).
//! Each operation takes the buffer's lock once; Python code (iterating an argument,
//! `__index__`) always runs before the lock is taken.

use crate::payload::Payload;
use crate::types::bytes_methods::{byte_value, data, new_bytearray};
use crate::types::function::NativeFn;
use crate::types::str_methods::{not_implemented, repeat_count};
use crate::types::text::{bind, index_arg, pos_only, Kw};
use crate::types::{add_method, add_staticmethod, set_type_attr, types};
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use parking_lot::RwLock;

fn buf<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a RwLock<Vec<u8>>> {
    match v.payload() {
        Some(Payload::ByteArray(b)) => Ok(b),
        _ => Err(vm.type_error(format!(
            "descriptor requires a 'bytearray' object but received a '{}'",
            vm.type_name(v)
        ))),
    }
}

/// A bytearray shown by a memoryview cannot change size (CPython's BufferError).
fn resizable(vm: &Vm, v: &Value) -> PyResult<()> {
    crate::types::memoryview::check_resizable(vm, v)
}

fn ba_new(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let cls = match args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Type(_)) => o.clone(),
        _ => return Err(vm.type_error("bytearray.__new__(X): X is not a type object")),
    };
    if cls.ptr_eq(&types().bytearray) {
        return Ok(new_bytearray(Vec::new()));
    }
    Ok(crate::types::core::alloc(
        &cls,
        Payload::ByteArray(RwLock::new(Vec::new())),
    ))
}

fn ba_init(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = buf(vm, &args[0])?;
    let a = bind(
        vm,
        "bytearray",
        &args[1..],
        kw,
        &["source", "encoding", "errors"],
        0,
    )?;
    if !b.read().is_empty() {
        resizable(vm, &args[0])?;
    }
    let v = crate::types::bytes::from_source(vm, a[0], a[1], a[2], false, "bytearray")?;
    *b.write() = v;
    Ok(Value::None)
}

/// The bytes an `extend`/slice assignment/`+=` takes: a buffer or an iterable of ints.
fn bytes_of_iterable(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(d) = data(v) {
        return Ok(d.into_owned());
    }
    if !crate::ops::is_iterable(vm, v) {
        return Err(vm.type_error(format!("can't extend bytearray with {}", vm.type_name(v))));
    }
    let items = vm.collect(v)?;
    let mut out = Vec::with_capacity(items.len());
    for it in &items {
        out.push(byte_value(vm, it)?);
    }
    Ok(out)
}

fn ba_append(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pos_only(vm, kw, "bytearray", "append", &args[1..], 1, 1)?;
    let b = buf(vm, &args[0])?;
    let x = byte_value(vm, &args[1])?;
    resizable(vm, &args[0])?;
    b.write().push(x);
    Ok(Value::None)
}

fn ba_extend(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pos_only(vm, kw, "bytearray", "extend", &args[1..], 1, 1)?;
    let b = buf(vm, &args[0])?;
    let v = bytes_of_iterable(vm, &args[1])?;
    if !v.is_empty() {
        resizable(vm, &args[0])?;
    }
    b.write().extend_from_slice(&v);
    Ok(Value::None)
}

fn ba_pop(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pos_only(vm, kw, "bytearray", "pop", &args[1..], 0, 1)?;
    let b = buf(vm, &args[0])?;
    let i = match args.get(1) {
        Some(v) => index_arg(vm, v)?,
        None => -1,
    };
    let mut g = b.write();
    if g.is_empty() {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let n = g.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    resizable(vm, &args[0])?;
    Ok(Value::Int(g.remove(j as usize) as i64))
}

fn ba_insert(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pos_only(vm, kw, "bytearray", "insert", &args[1..], 2, 2)?;
    let b = buf(vm, &args[0])?;
    let i = index_arg(vm, &args[1])?;
    let x = byte_value(vm, &args[2])?;
    resizable(vm, &args[0])?;
    let mut g = b.write();
    let n = g.len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    g.insert(j as usize, x);
    Ok(Value::None)
}

fn ba_remove(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pos_only(vm, kw, "bytearray", "remove", &args[1..], 1, 1)?;
    let b = buf(vm, &args[0])?;
    let x = byte_value(vm, &args[1])?;
    let mut g = b.write();
    match g.iter().position(|&c| c == x) {
        Some(p) => {
            resizable(vm, &args[0])?;
            g.remove(p);
            Ok(Value::None)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn ba_reverse(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pos_only(vm, kw, "bytearray", "reverse", &args[1..], 0, 0)?;
    buf(vm, &args[0])?.write().reverse();
    Ok(Value::None)
}

fn ba_clear(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pos_only(vm, kw, "bytearray", "clear", &args[1..], 0, 0)?;
    if !buf(vm, &args[0])?.read().is_empty() {
        resizable(vm, &args[0])?;
    }
    buf(vm, &args[0])?.write().clear();
    Ok(Value::None)
}

fn ba_copy(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pos_only(vm, kw, "bytearray", "copy", &args[1..], 0, 0)?;
    Ok(new_bytearray(buf(vm, &args[0])?.read().clone()))
}

fn ba_setitem(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let b = buf(vm, &args[0])?;
    let (key, value) = (&args[1], &args[2]);
    if let Some(Payload::Slice(sl)) = key.payload() {
        let new = if crate::types::number::as_int(value).is_some()
            || matches!(value.payload(), Some(Payload::Str(_)))
        {
            return Err(vm.type_error(
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
            ));
        } else {
            bytes_of_iterable(vm, value)?
        };
        let len = b.read().len();
        let (start, stop, step, count) = crate::types::seq::slice_indices(vm, sl, len)?;
        if new.is_empty() && step != 1 {
            // CPython deletes an extended slice assigned an empty buffer.
            return ba_delitem(vm, &args[..2], &[]);
        }
        let mut g = b.write();
        if g.len() != len {
            return Err(vm.runtime_error("bytearray changed size during assignment"));
        }
        if step == 1 {
            let stop = stop.max(start) as usize;
            if new.len() != stop - start as usize {
                resizable(vm, &args[0])?;
            }
            g.splice(start as usize..stop, new);
        } else {
            if new.len() != count {
                return Err(vm.value_error(format!(
                    "attempt to assign bytes of size {} to extended slice of size {}",
                    new.len(),
                    count
                )));
            }
            let mut i = start;
            for x in new {
                g[i as usize] = x;
                i += step;
            }
        }
        return Ok(Value::None);
    }
    if crate::types::number::as_int(key).is_none()
        && (matches!(key, Value::Float(_)) || vm.lookup_special(key, "__index__").is_none())
    {
        return Err(vm.type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            vm.type_name(key)
        )));
    }
    let i = subscript_index(vm, key)?;
    let x = byte_value(vm, value)?;
    let mut g = b.write();
    let n = g.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("bytearray index out of range"));
    }
    g[j as usize] = x;
    Ok(Value::None)
}

/// An integer subscript (already checked to be one): an index too large for a machine
/// word is an IndexError, as for every sequence subscript.
fn subscript_index(vm: &Vm, key: &Value) -> PyResult<i64> {
    crate::types::seq::index_value(vm, key)?.ok_or_else(|| {
        vm.type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            vm.type_name(key)
        ))
    })
}

fn ba_delitem(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let b = buf(vm, &args[0])?;
    let key = &args[1];
    if let Some(Payload::Slice(sl)) = key.payload() {
        let len = b.read().len();
        let (start, _, step, count) = crate::types::seq::slice_indices(vm, sl, len)?;
        let mut g = b.write();
        if g.len() != len {
            return Err(vm.runtime_error("bytearray changed size during deletion"));
        }
        if count > 0 {
            resizable(vm, &args[0])?;
        }
        if step == 1 {
            g.drain(start as usize..start as usize + count);
        } else {
            let mut kill = vec![false; g.len()];
            let mut i = start;
            for _ in 0..count {
                kill[i as usize] = true;
                i += step;
            }
            let mut k = 0;
            g.retain(|_| {
                k += 1;
                !kill[k - 1]
            });
        }
        return Ok(Value::None);
    }
    if crate::types::number::as_int(key).is_none()
        && (matches!(key, Value::Float(_)) || vm.lookup_special(key, "__index__").is_none())
    {
        return Err(vm.type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            vm.type_name(key)
        )));
    }
    let i = subscript_index(vm, key)?;
    let mut g = b.write();
    let n = g.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("bytearray index out of range"));
    }
    resizable(vm, &args[0])?;
    g.remove(j as usize);
    Ok(Value::None)
}

fn ba_iadd(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let b = buf(vm, &args[0])?;
    match data(&args[1]) {
        Some(d) => {
            if !d.is_empty() {
                resizable(vm, &args[0])?;
            }
            b.write().extend_from_slice(&d);
            Ok(args[0].clone())
        }
        None => Err(vm.type_error(format!(
            "can't concat {} to bytearray",
            vm.type_name(&args[1])
        ))),
    }
}

fn ba_imul(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let b = buf(vm, &args[0])?;
    let Some(n) = repeat_count(vm, &args[1])? else {
        return Ok(not_implemented());
    };
    let mut g = b.write();
    if (g.len() as u128) * (n as u128) > isize::MAX as u128 {
        return Err(vm.no_memory());
    }
    vm.check_alloc(g.len() * n as usize)?;
    if n != 1 && !g.is_empty() {
        resizable(vm, &args[0])?;
    }
    let r = g.repeat(n as usize);
    *g = r;
    drop(g);
    Ok(args[0].clone())
}

fn ba_alloc(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(buf(vm, &args[0])?.read().capacity() as i64 + 1))
}

fn ba_sizeof(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(56 + buf(vm, &args[0])?.read().capacity() as i64))
}

/// `bytearray.__reduce_ex__(proto=0, /)`: `(cls, (latin-1 str, 'latin-1'), dict)`
/// below protocol 3, `(cls, (bytes,), dict)` from 3 on.
fn ba_reduce_ex(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    crate::clinic::positional(vm, "__reduce_ex__", args.len().saturating_sub(1), 0, 1)?;
    let proto = match args.get(1) {
        Some(p) => crate::types::str_case::c_int_arg(vm, p)?,
        None => 0,
    };
    ba_reduce_proto(vm, &args[0], proto)
}

/// `bytearray.__reduce__()`: the protocol 0 form of [`ba_reduce_ex`].
fn ba_reduce(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    ba_reduce_proto(vm, &args[0], 0)
}

fn ba_reduce_proto(vm: &Vm, this: &Value, proto: i64) -> PyResult<Value> {
    let b = buf(vm, this)?.read().clone();
    let cls = Value::Obj(crate::vm::type_of(this).clone());
    let state = if proto < 3 {
        let latin: String = b.iter().map(|&x| x as char).collect();
        crate::new_tuple_of([crate::new_str(latin), crate::new_str("latin-1")])
    } else {
        crate::new_tuple_of([crate::new_bytes(b)])
    };
    // The state is what `__getstate__` gives (None for an empty instance dict).
    let getstate = vm.getattr(this, "__getstate__")?;
    let dict = vm.call(&getstate, &[])?;
    Ok(crate::new_tuple_of([cls, state, dict]))
}

pub fn init() {
    let t = &types().bytearray;
    let fns: &[(&'static str, NativeFn)] = &[
        ("__init__", ba_init),
        ("append", ba_append),
        ("extend", ba_extend),
        ("pop", ba_pop),
        ("insert", ba_insert),
        ("remove", ba_remove),
        ("reverse", ba_reverse),
        ("clear", ba_clear),
        ("copy", ba_copy),
        ("__setitem__", ba_setitem),
        ("__delitem__", ba_delitem),
        ("__iadd__", ba_iadd),
        ("__imul__", ba_imul),
        ("__alloc__", ba_alloc),
        ("__sizeof__", ba_sizeof),
        ("__reduce_ex__", ba_reduce_ex),
        ("__reduce__", ba_reduce),
    ];
    for (n, f) in fns {
        add_method(t, n, *f);
    }
    add_staticmethod(t, "__new__", ba_new);
    set_type_attr(t, "__hash__", Value::None);
}
