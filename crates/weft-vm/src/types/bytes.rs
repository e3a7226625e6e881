//! The `bytes` type: its constructor, `decode`, `fromhex`, and the operators, indexing,
//! comparison and hashing dunders (most of them shared with `bytearray`)
//! (<https://docs.python.org/3.11/library/stdtypes.html#bytes-objects>).

use crate::ops::CmpOp;
use crate::payload::Payload;
use crate::types::bytes_methods::{buf_arg, byte_value, data, is_bytearray, mk, this, tname};
use crate::types::function::NativeFn;
use crate::types::str_methods::{defer_to, not_implemented, repeat_count};
use crate::types::text::{bind, index_arg, pos_only, Kw};
use crate::types::{add_classmethod, add_method, add_staticmethod, types};
use crate::value::Value;
use crate::vm::Vm;
use crate::{new_str, new_tuple_of, PyResult};

/// The contents `bytes(source, encoding, errors)` / `bytearray(...)` builds.
pub fn from_source(
    vm: &Vm,
    src: Option<&Value>,
    encoding: Option<&Value>,
    errors: Option<&Value>,
    is_bytes: bool,
    fname: &str,
) -> PyResult<Vec<u8>> {
    // Both names must be strings whatever the source is.
    crate::types::codecs::name_arg(vm, fname, "encoding", encoding, "")?;
    crate::types::codecs::name_arg(vm, fname, "errors", errors, "")?;
    let Some(src) = src else {
        if encoding.is_some() {
            return Err(vm.type_error("encoding without a string argument"));
        }
        if errors.is_some() {
            return Err(vm.type_error("errors without a string argument"));
        }
        return Ok(Vec::new());
    };
    if let Some(Payload::Str(s)) = src.payload() {
        let Some(e) = encoding else {
            return Err(vm.type_error("string argument without an encoding"));
        };
        let enc = crate::types::codecs::name_arg(vm, fname, "encoding", Some(e), "utf-8")?;
        let err = crate::types::codecs::name_arg(vm, fname, "errors", errors, "strict")?;
        let enc = crate::types::codecs::lookup_or_err(vm, enc, true)?;
        return crate::types::codecs::encode(vm, s.as_str(), enc, err);
    }
    if encoding.is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(vm.type_error("errors without a string argument"));
    }
    if let Some(d) = data(src) {
        return Ok(d.into_owned());
    }
    if is_bytes {
        if let Some(f) = vm.lookup_special(src, "__bytes__") {
            let r = vm.call(&f, &[])?;
            return match r.payload() {
                Some(Payload::Bytes(b)) => Ok(b.to_vec()),
                _ => Err(vm.type_error(format!(
                    "__bytes__ returned non-bytes (type {})",
                    vm.type_name(&r)
                ))),
            };
        }
    }
    let is_index = crate::types::number::as_int(src).is_some()
        || (!matches!(src, Value::Float(_)) && vm.lookup_special(src, "__index__").is_some());
    if is_index {
        let n = match crate::types::number::as_int(src) {
            Some(crate::types::number::IntRef::Big(b))
                if num_traits::ToPrimitive::to_i64(b).is_none() =>
            {
                return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"))
            }
            _ => index_arg(vm, src)?,
        };
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        // CPython's limit: the size plus a bytes object's header must fit in a ssize_t.
        if is_bytes && n > isize::MAX as i64 - 33 {
            return Err(vm.overflow_error("byte string is too large"));
        }
        vm.check_alloc(n as usize)?;
        return Ok(vec![0; n as usize]);
    }
    if !crate::ops::is_iterable(vm, src) {
        return Err(vm.type_error(if is_bytes {
            format!("cannot convert '{}' object to bytes", vm.type_name(src))
        } else {
            format!("cannot convert '{}' object to bytearray", vm.type_name(src))
        }));
    }
    let items = vm.collect(src)?;
    let mut out = Vec::with_capacity(items.len());
    for it in &items {
        // Any int out of range (however large) is a ValueError, as in CPython.
        let n = crate::types::int::index_arg(vm, it)?;
        out.push(num_traits::ToPrimitive::to_u8(&n).ok_or_else(|| {
            vm.value_error(if is_bytes {
                "bytes must be in range(0, 256)"
            } else {
                "byte must be in range(0, 256)"
            })
        })?);
    }
    Ok(out)
}

fn bytes_new(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let cls = match args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Type(_)) => o.clone(),
        _ => return Err(vm.type_error("bytes.__new__(X): X is not a type object")),
    };
    let a = bind(
        vm,
        "bytes",
        &args[1..],
        kw,
        &["source", "encoding", "errors"],
        0,
    )?;
    if let (Some(src), None, None) = (a[0], a[1], a[2]) {
        if matches!(src, Value::Obj(o) if o.class.ptr_eq(&types().bytes))
            && cls.ptr_eq(&types().bytes)
        {
            return Ok(src.clone());
        }
    }
    let b = from_source(vm, a[0], a[1], a[2], true, "bytes")?;
    if cls.ptr_eq(&types().bytes) {
        return Ok(crate::new_bytes(b));
    }
    Ok(crate::types::core::alloc(
        &cls,
        Payload::Bytes(b.into_boxed_slice()),
    ))
}

/// `decode(encoding='utf-8', errors='strict')` for bytes and bytearray.
fn b_decode(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let h = this(vm, &args[0])?;
    let a = bind(vm, "decode", &args[1..], kw, &["encoding", "errors"], 0)?;
    let enc = crate::types::codecs::name_arg(vm, "decode", "encoding", a[0], "utf-8")?;
    let err = crate::types::codecs::name_arg(vm, "decode", "errors", a[1], "strict")?;
    if h.is_empty() {
        // CPython returns '' for empty input before looking the codec up.
        return Ok(new_str(""));
    }
    let enc = crate::types::codecs::lookup_or_err(vm, enc, false)?;
    Ok(new_str(crate::types::codecs::decode(vm, &h, enc, err)?))
}

/// Parse `fromhex` text.
pub fn parse_hex(vm: &Vm, s: &str) -> PyResult<Vec<u8>> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len() / 2);
    let mut i = 0;
    let hexval = |c: u8| (c as char).to_digit(16).filter(|_| c.is_ascii());
    while i < b.len() {
        if crate::types::bytes_methods::is_ws(b[i]) {
            i += 1;
            continue;
        }
        let err = |p: usize| {
            vm.value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {p}"
            ))
        };
        let hi = hexval(b[i]).ok_or_else(|| err(s[..i].chars().count()))?;
        let lo = b
            .get(i + 1)
            .and_then(|&c| hexval(c))
            .ok_or_else(|| err(s[..i + 1].chars().count()))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

fn b_fromhex(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let cls = args[0].clone();
    let tname = match &cls {
        Value::Obj(c) if crate::types::typeobj::is_subtype(c, &types().bytearray) => "bytearray",
        _ => "bytes",
    };
    pos_only(vm, kw, tname, "fromhex", &args[1..], 1, 1)?;
    let s = match args[1].payload() {
        Some(Payload::Str(s)) => s.as_str(),
        _ => {
            return Err(vm.type_error(format!(
                "fromhex() argument must be str, not {}",
                crate::types::text::arg_type_name(vm, &args[1])
            )))
        }
    };
    let b = parse_hex(vm, s)?;
    if cls.is(&Value::Obj(types().bytes.clone())) {
        return Ok(crate::new_bytes(b));
    }
    if cls.is(&Value::Obj(types().bytearray.clone())) {
        return Ok(crate::types::bytes_methods::new_bytearray(b));
    }
    vm.call(&cls, &[crate::new_bytes(b)])
}

// ----- dunders shared with bytearray --------------------------------------------------------

fn b_add(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let a = this(vm, &args[0])?;
    match data(&args[1]) {
        Some(b) => {
            let mut v = Vec::with_capacity(a.len() + b.len());
            v.extend_from_slice(&a);
            v.extend_from_slice(&b);
            Ok(mk(&args[0], v))
        }
        None => {
            if defer_to(&args[1], "__radd__") {
                return Ok(not_implemented());
            }
            Err(vm.type_error(format!(
                "can't concat {} to {}",
                vm.type_name(&args[1]),
                vm.type_name(&args[0])
            )))
        }
    }
}

fn b_mul(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let a = this(vm, &args[0])?;
    let Some(n) = repeat_count(vm, &args[1])? else {
        return Ok(not_implemented());
    };
    if (a.len() as u128) * (n as u128) > isize::MAX as u128 {
        return Err(vm.overflow_error("repeated bytes are too long"));
    }
    vm.check_alloc(a.len() * n as usize)?;
    Ok(mk(&args[0], a.repeat(n as usize)))
}

fn b_rmul(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if crate::types::str_methods::is_builtin_seq(&args[1]) {
        return Ok(not_implemented());
    }
    b_mul(vm, args, kw)
}

fn b_mod(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let a = this(vm, &args[0])?;
    Ok(mk(
        &args[0],
        crate::types::strformat::percent_format_bytes(vm, &a, &args[1])?,
    ))
}

fn b_rmod(_vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(not_implemented())
}

fn b_contains(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let h = this(vm, &args[0])?;
    let v = &args[1];
    if let Some(d) = data(v) {
        return Ok(Value::Bool(crate::types::text::find(&h, &d).is_some()));
    }
    if crate::types::number::as_int(v).is_some()
        || (!matches!(v, Value::Float(_)) && vm.lookup_special(v, "__index__").is_some())
    {
        let b = byte_value(vm, v)?;
        return Ok(Value::Bool(h.contains(&b)));
    }
    Err(vm.type_error(format!(
        "a bytes-like object is required, not '{}'",
        vm.type_name(v)
    )))
}

/// `b[key]` for bytes-like data.
pub fn getitem_data(vm: &Vm, this: &Value, h: &[u8], key: &Value, what: &str) -> PyResult<Value> {
    if let Some(Payload::Slice(sl)) = key.payload() {
        let (start, _, step, count) = crate::types::seq::slice_indices(vm, sl, h.len())?;
        let mut out = Vec::with_capacity(count);
        let mut i = start;
        for _ in 0..count {
            out.push(h[i as usize]);
            i += step;
        }
        return Ok(mk(this, out));
    }
    if crate::types::number::as_int(key).is_none()
        && (matches!(key, Value::Float(_)) || vm.lookup_special(key, "__index__").is_none())
    {
        return Err(vm.type_error(format!(
            "{what} indices must be integers or slices, not {}",
            vm.type_name(key)
        )));
    }
    let i = index_arg(vm, key)
        .map_err(|_| vm.index_error("cannot fit 'int' into an index-sized integer"))?;
    let n = h.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error(if what == "byte" {
            "index out of range".to_string()
        } else {
            format!("{what} index out of range")
        }));
    }
    Ok(Value::Int(h[j as usize] as i64))
}

/// `ba[key]`: the key is resolved (which may run `__index__`) before the lock is taken.
pub fn bytearray_getitem(
    vm: &Vm,
    this: &Value,
    b: &parking_lot::RwLock<Vec<u8>>,
    key: &Value,
) -> PyResult<Value> {
    if let Some(Payload::Slice(sl)) = key.payload() {
        let len = b.read().len();
        let (start, _, step, count) = crate::types::seq::slice_indices(vm, sl, len)?;
        let g = b.read();
        let mut out = Vec::with_capacity(count);
        let mut i = start;
        for _ in 0..count {
            out.push(*g.get(i as usize).unwrap_or(&0));
            i += step;
        }
        return Ok(mk(this, out));
    }
    if crate::types::number::as_int(key).is_none()
        && (matches!(key, Value::Float(_)) || vm.lookup_special(key, "__index__").is_none())
    {
        return Err(vm.type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            vm.type_name(key)
        )));
    }
    let i = index_arg(vm, key)
        .map_err(|_| vm.index_error("cannot fit 'int' into an index-sized integer"))?;
    let g = b.read();
    let n = g.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("bytearray index out of range"));
    }
    Ok(Value::Int(g[j as usize] as i64))
}

fn b_getitem(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args[0].payload() {
        Some(Payload::ByteArray(b)) => bytearray_getitem(vm, &args[0], b, &args[1]),
        _ => {
            let h = this(vm, &args[0])?;
            getitem_data(vm, &args[0], &h, &args[1], "byte")
        }
    }
}

fn b_iter(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    this(vm, &args[0])?;
    // `bytes_iterator` / `bytearray_iterator`, as `iter()` hands out.
    let o = args[0].as_obj().unwrap();
    Ok(crate::types::iter::builtin_iter(o).expect("bytes and bytearray have iterators"))
}

fn b_len(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args[0])?.len() as i64))
}

fn b_hash(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let h = this(vm, &args[0])?;
    Ok(Value::Int(crate::types::str::hash_str(
        &String::from_utf8_lossy(&h),
    )))
}

fn cmp(vm: &Vm, args: &[Value], op: CmpOp) -> PyResult<Value> {
    let a = this(vm, &args[0])?;
    match args[1].payload() {
        Some(Payload::Bytes(_)) | Some(Payload::ByteArray(_)) => {
            let b = data(&args[1]).unwrap_or_default();
            Ok(Value::Bool(op.test(a[..].cmp(&b[..]))))
        }
        _ => Ok(not_implemented()),
    }
}
fn b_eq(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    cmp(vm, args, CmpOp::Eq)
}
fn b_ne(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    cmp(vm, args, CmpOp::Ne)
}
fn b_lt(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    cmp(vm, args, CmpOp::Lt)
}
fn b_le(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    cmp(vm, args, CmpOp::Le)
}
fn b_gt(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    cmp(vm, args, CmpOp::Gt)
}
fn b_ge(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    cmp(vm, args, CmpOp::Ge)
}

fn b_repr(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let h = this(vm, &args[0])?;
    let r = crate::repr::bytes_repr(&h);
    if is_bytearray(&args[0]) {
        let name = crate::types::typeobj::tdata(crate::vm::type_of(&args[0]))
            .name
            .read()
            .clone();
        return Ok(new_str(crate::repr::bytearray_repr(&name, &h)));
    }
    Ok(new_str(r))
}

fn b_getnewargs(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pos_only(vm, kw, tname(&args[0]), "__getnewargs__", &args[1..], 0, 0)?;
    let h = this(vm, &args[0])?;
    Ok(new_tuple_of([crate::new_bytes(h.to_vec())]))
}

fn b_bytes(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let h = this(vm, &args[0])?;
    match &args[0] {
        Value::Obj(o) if o.class.ptr_eq(&types().bytes) => Ok(args[0].clone()),
        _ => Ok(crate::new_bytes(h.to_vec())),
    }
}

fn b_sizeof(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(33 + this(vm, &args[0])?.len() as i64))
}

pub fn init() {
    crate::types::bytes_methods::init();
    let shared: &[(&'static str, NativeFn)] = &[
        ("decode", b_decode),
        ("__add__", b_add),
        ("__mul__", b_mul),
        ("__rmul__", b_rmul),
        ("__mod__", b_mod),
        ("__rmod__", b_rmod),
        ("__contains__", b_contains),
        ("__getitem__", b_getitem),
        ("__iter__", b_iter),
        ("__len__", b_len),
        ("__eq__", b_eq),
        ("__ne__", b_ne),
        ("__lt__", b_lt),
        ("__le__", b_le),
        ("__gt__", b_gt),
        ("__ge__", b_ge),
        ("__repr__", b_repr),
        ("__str__", b_repr),
    ];
    for t in [&types().bytes, &types().bytearray] {
        for (n, f) in shared {
            add_method(t, n, *f);
        }
        add_classmethod(t, "fromhex", b_fromhex);
    }
    let t = &types().bytes;
    add_method(t, "__hash__", b_hash);
    add_method(t, "__getnewargs__", b_getnewargs);
    add_method(t, "__bytes__", b_bytes);
    add_method(t, "__sizeof__", b_sizeof);
    add_staticmethod(t, "__new__", bytes_new);
    let _ = buf_arg;
}
