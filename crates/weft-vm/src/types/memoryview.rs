//! `memoryview` over `bytes` and `bytearray` (format 'B', one dimension): length,
//! indexing, slicing (views share the underlying object), `tobytes`, `tolist`, `hex`,
//! item assignment on writable views, comparison, `release` and context-manager use
//! (<https://docs.python.org/3.11/library/stdtypes.html#memoryview>).

use crate::payload::{Native, Payload};
use crate::types::function::NativeFn;
use crate::types::text::{index_arg, pos_only, Kw};
use crate::types::{add_method, add_staticmethod, types};
use crate::value::Value;
use crate::vm::Vm;
use crate::{new_list, new_str, new_tuple, ObjRef, PyResult};
use std::sync::atomic::{AtomicBool, Ordering};

pub struct MemView {
    /// The exported object (a bytes or bytearray).
    pub obj: Value,
    pub start: usize,
    pub len: usize,
    pub step: isize,
    pub readonly: bool,
    pub released: AtomicBool,
}

impl Native for MemView {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn view(v: &Value) -> Option<&MemView> {
    v.payload().and_then(|p| p.native::<MemView>())
}

impl MemView {
    /// Copy of the viewed bytes (None when the underlying buffer shrank).
    fn bytes(&self) -> Option<Vec<u8>> {
        let pick = |b: &[u8]| -> Option<Vec<u8>> {
            let mut out = Vec::with_capacity(self.len);
            let mut i = self.start as isize;
            for _ in 0..self.len {
                out.push(*b.get(i as usize)?);
                i += self.step;
            }
            Some(out)
        };
        match self.obj.payload()? {
            Payload::Bytes(b) => pick(b),
            Payload::ByteArray(b) => pick(&b.read()),
            _ => None,
        }
    }
}

/// The bytes a memoryview shows (for bytes-like arguments elsewhere).
pub fn view_bytes(v: &Value) -> Option<Vec<u8>> {
    let m = view(v)?;
    if m.released.load(Ordering::Relaxed) {
        return None;
    }
    m.bytes()
}

fn new_view(obj: Value, start: usize, len: usize, step: isize, readonly: bool) -> Value {
    Value::Obj(ObjRef::new(
        types().memoryview.clone(),
        None,
        Payload::Native(Box::new(MemView {
            obj,
            start,
            len,
            step,
            readonly,
            released: AtomicBool::new(false),
        })),
    ))
}

fn live<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a MemView> {
    let m = view(v).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'memoryview' object but received a '{}'",
            vm.type_name(v)
        ))
    })?;
    if m.released.load(Ordering::Relaxed) {
        return Err(vm.value_error("operation forbidden on released memoryview object"));
    }
    Ok(m)
}

fn contents(vm: &Vm, m: &MemView) -> PyResult<Vec<u8>> {
    m.bytes()
        .ok_or_else(|| vm.index_error("index out of bounds on dimension 1"))
}

fn mv_new(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = crate::types::text::bind(vm, "memoryview", &args[1..], kw, &["object"], 1)?;
    let o = a[0].unwrap();
    match o.payload() {
        Some(Payload::Bytes(b)) => Ok(new_view(o.clone(), 0, b.len(), 1, true)),
        Some(Payload::ByteArray(b)) => {
            let n = b.read().len();
            Ok(new_view(o.clone(), 0, n, 1, false))
        }
        _ => match view(o) {
            Some(m) => {
                if m.released.load(Ordering::Relaxed) {
                    return Err(vm.value_error("operation forbidden on released memoryview object"));
                }
                Ok(new_view(m.obj.clone(), m.start, m.len, m.step, m.readonly))
            }
            None => Err(vm.type_error(format!(
                "memoryview: a bytes-like object is required, not '{}'",
                vm.type_name(o)
            ))),
        },
    }
}

fn mv_len(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(live(vm, &args[0])?.len as i64))
}

fn item_index(vm: &Vm, m: &MemView, key: &Value) -> PyResult<usize> {
    if crate::types::number::as_int(key).is_none()
        && (matches!(key, Value::Float(_)) || vm.lookup_special(key, "__index__").is_none())
    {
        return Err(vm.type_error("memoryview: invalid slice key"));
    }
    let i = index_arg(vm, key)?;
    let n = m.len as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("index out of bounds on dimension 1"));
    }
    Ok((m.start as isize + j as isize * m.step) as usize)
}

fn mv_getitem(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let m = live(vm, &args[0])?;
    let key = &args[1];
    if let Some(Payload::Slice(sl)) = key.payload() {
        let (start, _, step, count) = crate::types::seq::slice_indices(vm, sl, m.len)?;
        let abs_start = m.start as isize + start * m.step;
        return Ok(new_view(
            m.obj.clone(),
            abs_start.max(0) as usize,
            count,
            step * m.step,
            m.readonly,
        ));
    }
    if let Some(Payload::Tuple(t)) = key.payload() {
        if t.is_empty() {
            return Err(vm.type_error("invalid indexing of 0-dim memory"));
        }
        return Err(vm.new_error(
            "NotImplementedError",
            "multi-dimensional sub-views are not implemented",
        ));
    }
    let i = item_index(vm, m, key)?;
    let b = match m.obj.payload() {
        Some(Payload::Bytes(b)) => b.get(i).copied(),
        Some(Payload::ByteArray(b)) => b.read().get(i).copied(),
        _ => None,
    };
    b.map(|x| Value::Int(x as i64))
        .ok_or_else(|| vm.index_error("index out of bounds on dimension 1"))
}

fn mv_setitem(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let m = live(vm, &args[0])?;
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let Some(Payload::ByteArray(buf)) = m.obj.payload() else {
        return Err(vm.type_error("cannot modify read-only memory"));
    };
    let key = &args[1];
    if let Some(Payload::Slice(sl)) = key.payload() {
        let (start, _, step, count) = crate::types::seq::slice_indices(vm, sl, m.len)?;
        let src = crate::types::bytes_methods::data(&args[2])
            .ok_or_else(|| {
                vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(&args[2])
                ))
            })?
            .into_owned();
        if src.len() != count {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        let mut g = buf.write();
        let mut i = m.start as isize + start * m.step;
        for x in src {
            if let Some(slot) = g.get_mut(i as usize) {
                *slot = x;
            }
            i += step * m.step;
        }
        return Ok(Value::None);
    }
    let i = item_index(vm, m, key)?;
    let x = match crate::types::number::as_int(&args[2]) {
        Some(_) => index_arg(vm, &args[2])?,
        None => return Err(vm.type_error("memoryview: invalid type for format 'B'")),
    };
    let x =
        u8::try_from(x).map_err(|_| vm.value_error("memoryview: invalid value for format 'B'"))?;
    if let Some(slot) = buf.write().get_mut(i) {
        *slot = x;
    }
    Ok(Value::None)
}

fn mv_tobytes(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let m = live(vm, &args[0])?;
    let _ = crate::types::text::bind(vm, "tobytes", &args[1..], kw, &["order"], 0)?;
    Ok(crate::new_bytes(contents(vm, m)?))
}

fn mv_tolist(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pos_only(vm, kw, "memoryview", "tolist", &args[1..], 0, 0)?;
    let m = live(vm, &args[0])?;
    Ok(new_list(
        contents(vm, m)?
            .into_iter()
            .map(|b| Value::Int(b as i64))
            .collect(),
    ))
}

fn mv_hex(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let m = live(vm, &args[0])?;
    let b = contents(vm, m)?;
    crate::types::bytes_methods::hex_impl(vm, &b, &args[1..], kw)
}

fn mv_release(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pos_only(vm, kw, "memoryview", "release", &args[1..], 0, 0)?;
    if let Some(m) = view(&args[0]) {
        m.released.store(true, Ordering::Relaxed);
    }
    Ok(Value::None)
}

fn mv_delitem(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let m = live(vm, &args[0])?;
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    Err(vm.type_error("cannot delete memory"))
}

/// `cast(format)`: only the byte formats 'B' (and 'b'/'c' refused) are supported.
fn mv_cast(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let m = live(vm, &args[0])?;
    let a = crate::types::text::bind(vm, "cast", &args[1..], kw, &["format", "shape"], 1)?;
    match a[0].and_then(|v| v.payload()) {
        Some(Payload::Str(s)) if s.as_str() == "B" => {
            Ok(new_view(m.obj.clone(), m.start, m.len, m.step, m.readonly))
        }
        Some(Payload::Str(_)) => Err(vm.new_error(
            "NotImplementedError",
            "memoryview: only format 'B' is supported",
        )),
        _ => Err(vm.type_error(format!(
            "cast() argument 'format' must be str, not {}",
            vm.type_name(a[0].unwrap())
        ))),
    }
}

fn mv_enter(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    live(vm, &args[0])?;
    Ok(args[0].clone())
}

fn mv_exit(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if let Some(m) = view(&args[0]) {
        m.released.store(true, Ordering::Relaxed);
    }
    Ok(Value::None)
}

fn mv_toreadonly(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let m = live(vm, &args[0])?;
    Ok(new_view(m.obj.clone(), m.start, m.len, m.step, true))
}

fn mv_eq(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(m) = view(&args[0]) else {
        return Ok(crate::types::str_methods::not_implemented());
    };
    if args[0].is(&args[1]) {
        return Ok(Value::Bool(true));
    }
    if m.released.load(Ordering::Relaxed) {
        return Ok(Value::Bool(false));
    }
    if let Some(o) = view(&args[1]) {
        if o.released.load(Ordering::Relaxed) {
            return Ok(Value::Bool(false));
        }
    }
    match crate::types::bytes_methods::data(&args[1]) {
        Some(other) => Ok(Value::Bool(m.bytes().as_deref() == Some(&other[..]))),
        None => Ok(crate::types::str_methods::not_implemented()),
    }
}

fn mv_ne(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = mv_eq(vm, args, kw)?;
    Ok(match r {
        Value::Bool(b) => Value::Bool(!b),
        other => other,
    })
}

fn mv_hash(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let m = live(vm, &args[0])?;
    if !m.readonly {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    let b = contents(vm, m)?;
    Ok(Value::Int(crate::types::str::hash_str(
        &String::from_utf8_lossy(&b),
    )))
}

fn mv_iter(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let m = live(vm, &args[0])?;
    let l = new_list(
        contents(vm, m)?
            .into_iter()
            .map(|b| Value::Int(b as i64))
            .collect(),
    );
    vm.iter(&l)
}

fn mv_repr(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let released = view(&args[0])
        .map(|m| m.released.load(Ordering::Relaxed))
        .unwrap_or(false);
    Ok(new_str(format!(
        "<{}memory at {:#x}>",
        if released { "released " } else { "" },
        args[0].id()
    )))
}

/// Attributes: obj, nbytes, readonly, itemsize, format, ndim, shape, strides, ...
fn attr(vm: &Vm, v: &Value, name: &str) -> PyResult<Value> {
    let m = live(vm, v)?;
    let n = m.len as i64;
    Ok(match name {
        "obj" => m.obj.clone(),
        "nbytes" => Value::Int(n),
        "readonly" => Value::Bool(m.readonly),
        "itemsize" => Value::Int(1),
        "format" => new_str("B"),
        "ndim" => Value::Int(1),
        "shape" => new_tuple(vec![Value::Int(n)]),
        "strides" => new_tuple(vec![Value::Int(m.step as i64)]),
        "suboffsets" => new_tuple(vec![]),
        _ => Value::Bool(m.step == 1 || m.len <= 1),
    })
}

macro_rules! getters {
    ($($f:ident => $n:literal),*) => {
        $(fn $f(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> { attr(vm, &args[0], $n) })*
        const GETTERS: &[(&str, NativeFn)] = &[$(($n, $f)),*];
    };
}

getters!(g_obj => "obj", g_nbytes => "nbytes", g_readonly => "readonly", g_itemsize => "itemsize", g_format => "format",
    g_ndim => "ndim", g_shape => "shape", g_strides => "strides", g_suboffsets => "suboffsets",
    g_c => "c_contiguous", g_f => "f_contiguous", g_contig => "contiguous");

pub fn init() {
    let t = &types().memoryview;
    let fns: &[(&'static str, NativeFn)] = &[
        ("__len__", mv_len),
        ("__getitem__", mv_getitem),
        ("__setitem__", mv_setitem),
        ("__delitem__", mv_delitem),
        ("cast", mv_cast),
        ("tobytes", mv_tobytes),
        ("tolist", mv_tolist),
        ("hex", mv_hex),
        ("release", mv_release),
        ("__enter__", mv_enter),
        ("__exit__", mv_exit),
        ("toreadonly", mv_toreadonly),
        ("__eq__", mv_eq),
        ("__ne__", mv_ne),
        ("__hash__", mv_hash),
        ("__iter__", mv_iter),
        ("__repr__", mv_repr),
    ];
    for (n, f) in fns {
        add_method(t, n, *f);
    }
    add_staticmethod(t, "__new__", mv_new);
    for (n, f) in GETTERS {
        let fget = crate::types::native(
            n,
            *f,
            crate::types::function::BuiltinKind::Function,
            None,
            None,
        );
        let p = ObjRef::new_immortal(
            types().property.clone(),
            None,
            Payload::Property(Box::new([fget, Value::None, Value::None, Value::None])),
        );
        crate::types::set_type_attr(t, n, Value::Obj(p));
    }
}
