//! `memoryview` over `bytes` and `bytearray` (one dimension; `cast` to the native
//! `struct` formats B b c ? H h I i L l Q q N n f d): length,
//! indexing, slicing (views share the underlying object), `tobytes`, `tolist`, `hex`,
//! item assignment on writable views, comparison, `release` and context-manager use
//! (<https://docs.python.org/3.11/library/stdtypes.html#memoryview>).

use crate::payload::{Native, Payload};
use crate::types::function::NativeFn;
use crate::types::text::{index_arg, pos_only, Kw};
use crate::types::{add_method, add_staticmethod, types};
use crate::value::Value;
use crate::vm::Vm;
use crate::{new_list, new_str, new_tuple_of, ObjRef, PyResult};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

pub struct MemView {
    /// The exported object (a bytes or bytearray).
    pub obj: Value,
    pub start: usize,
    pub len: usize,
    /// Distance in bytes between consecutive items.
    pub step: isize,
    pub readonly: bool,
    pub released: AtomicBool,
    /// The item format (a `struct` character).
    pub fmt: char,
}

/// Size in bytes of one item of format `f` (None: unsupported format).
fn item_size(f: char) -> Option<usize> {
    Some(match f {
        'B' | 'b' | 'c' | '?' => 1,
        'H' | 'h' => 2,
        'I' | 'i' | 'f' => 4,
        'L' | 'l' | 'Q' | 'q' | 'N' | 'n' | 'd' => 8,
        _ => return None,
    })
}

/// One item decoded from its native-endian bytes.
fn decode_item(f: char, b: &[u8]) -> Value {
    let u = b.iter().rev().fold(0u64, |acc, &x| (acc << 8) | x as u64);
    let signed = |bits: u32| -> i64 { ((u << (64 - bits)) as i64) >> (64 - bits) };
    match f {
        'c' => crate::new_bytes(b.to_vec()),
        '?' => Value::Bool(u != 0),
        'b' => Value::Int(signed(8)),
        'h' => Value::Int(signed(16)),
        'i' => Value::Int(signed(32)),
        'l' | 'q' | 'n' => Value::Int(u as i64),
        'f' => Value::Float(f32::from_bits(u as u32) as f64),
        'd' => Value::Float(f64::from_bits(u)),
        _ => match i64::try_from(u) {
            Ok(v) => Value::Int(v),
            Err(_) => crate::new_bigint(num_bigint::BigInt::from(u)),
        },
    }
}

/// `v` encoded as one item of format `f` (native endianness).
fn encode_item(vm: &Vm, f: char, v: &Value) -> PyResult<Vec<u8>> {
    let size = item_size(f).unwrap_or(1);
    let bad_type = || vm.type_error(format!("memoryview: invalid type for format '{f}'"));
    let bad_value = || vm.value_error(format!("memoryview: invalid value for format '{f}'"));
    match f {
        'c' => match v.payload() {
            Some(Payload::Bytes(b)) if b.len() == 1 => Ok(b.to_vec()),
            Some(Payload::Bytes(_)) => Err(bad_value()),
            _ => Err(bad_type()),
        },
        '?' => Ok(vec![vm.truthy(v)? as u8]),
        'f' | 'd' => {
            let x = crate::types::number::as_float(v).ok_or_else(bad_type)?;
            Ok(if f == 'f' {
                (x as f32).to_le_bytes().to_vec()
            } else {
                x.to_le_bytes().to_vec()
            })
        }
        _ => {
            let n = match crate::types::number::as_int(v) {
                Some(i) => crate::types::number::to_big(&i),
                None => return Err(bad_type()),
            };
            let bits = size as u32 * 8;
            let signed = matches!(f, 'b' | 'h' | 'i' | 'l' | 'q' | 'n');
            let (lo, hi) = if signed {
                (
                    -(num_bigint::BigInt::from(1) << (bits - 1)),
                    (num_bigint::BigInt::from(1) << (bits - 1)) - 1,
                )
            } else {
                (
                    num_bigint::BigInt::from(0),
                    (num_bigint::BigInt::from(1) << bits) - 1,
                )
            };
            if n < lo || n > hi {
                return Err(bad_value());
            }
            let mut bytes = n.to_signed_bytes_le();
            let fill = if n < num_bigint::BigInt::from(0) {
                0xff
            } else {
                0
            };
            bytes.resize(size.max(bytes.len()), fill);
            bytes.truncate(size);
            Ok(bytes)
        }
    }
}

/// CPython's buffer exports: how many live (unreleased) memoryviews show each
/// bytearray, by the bytearray's address. A bytearray with any refuses to change size,
/// since the views would point past its end. `ANY_EXPORTS` lets resizes skip the lock.
static EXPORTS: parking_lot::Mutex<Vec<(i64, usize)>> = parking_lot::Mutex::new(Vec::new());
static ANY_EXPORTS: AtomicUsize = AtomicUsize::new(0);

fn is_bytearray(obj: &Value) -> bool {
    matches!(obj.payload(), Some(Payload::ByteArray(_)))
}

fn export(obj: &Value) {
    if !is_bytearray(obj) {
        return;
    }
    let mut t = EXPORTS.lock();
    ANY_EXPORTS.fetch_add(1, Ordering::SeqCst);
    match t.iter_mut().find(|(k, _)| *k == obj.id()) {
        Some((_, n)) => *n += 1,
        None => t.push((obj.id(), 1)),
    }
}

fn unexport(obj: &Value) {
    if !is_bytearray(obj) {
        return;
    }
    let mut t = EXPORTS.lock();
    if let Some(i) = t.iter().position(|(k, _)| *k == obj.id()) {
        ANY_EXPORTS.fetch_sub(1, Ordering::SeqCst);
        t[i].1 -= 1;
        if t[i].1 == 0 {
            t.swap_remove(i);
        }
    }
}

/// Refuse to resize a bytearray that memoryviews still show ("Existing exports...").
pub fn check_resizable(vm: &Vm, obj: &Value) -> PyResult<()> {
    if ANY_EXPORTS.load(Ordering::SeqCst) == 0 {
        return Ok(());
    }
    if EXPORTS.lock().iter().any(|(k, _)| *k == obj.id()) {
        return Err(vm.new_error(
            "BufferError",
            "Existing exports of data: object cannot be re-sized",
        ));
    }
    Ok(())
}

impl Drop for MemView {
    fn drop(&mut self) {
        self.release();
    }
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
    /// Mark released (once) and give up the export of the underlying object.
    fn release(&self) {
        if !self.released.swap(true, Ordering::SeqCst) {
            unexport(&self.obj);
        }
    }

    fn itemsize(&self) -> usize {
        item_size(self.fmt).unwrap_or(1)
    }

    /// The items, decoded.
    fn items(&self) -> Option<Vec<Value>> {
        let b = self.bytes()?;
        Some(
            b.chunks(self.itemsize())
                .map(|c| decode_item(self.fmt, c))
                .collect(),
        )
    }

    /// Copy of the viewed bytes (None when the underlying buffer shrank).
    fn bytes(&self) -> Option<Vec<u8>> {
        let size = self.itemsize();
        let pick = |b: &[u8]| -> Option<Vec<u8>> {
            let mut out = Vec::with_capacity(self.len * size);
            let mut i = self.start as isize;
            for _ in 0..self.len {
                out.extend_from_slice(b.get(i as usize..i as usize + size)?);
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
    new_view_fmt(obj, start, len, step, readonly, 'B')
}

fn new_view_fmt(
    obj: Value,
    start: usize,
    len: usize,
    step: isize,
    readonly: bool,
    fmt: char,
) -> Value {
    export(&obj);
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
            fmt,
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
                Ok(new_view_fmt(
                    m.obj.clone(),
                    m.start,
                    m.len,
                    m.step,
                    m.readonly,
                    m.fmt,
                ))
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
    // An index beyond a C ssize_t is an IndexError here, as for sequences.
    let i = index_arg(vm, key).map_err(|e| {
        if vm.err_matches(&e, "OverflowError") {
            vm.index_error("cannot fit 'int' into an index-sized integer")
        } else {
            e
        }
    })?;
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
        return Ok(new_view_fmt(
            m.obj.clone(),
            abs_start.max(0) as usize,
            count,
            step * m.step,
            m.readonly,
            m.fmt,
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
    let size = m.itemsize();
    let b = match m.obj.payload() {
        Some(Payload::Bytes(b)) => b.get(i..i + size).map(|x| x.to_vec()),
        Some(Payload::ByteArray(b)) => b.read().get(i..i + size).map(|x| x.to_vec()),
        _ => None,
    };
    b.map(|x| decode_item(m.fmt, &x))
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
        if m.fmt != 'B' {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
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
    let x = encode_item(vm, m.fmt, &args[2])?;
    if let Some(slot) = buf.write().get_mut(i..i + x.len()) {
        slot.copy_from_slice(&x);
    }
    Ok(Value::None)
}

fn mv_tobytes(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let m = live(vm, &args[0])?;
    let a = crate::types::text::bind(vm, "tobytes", &args[1..], kw, &["order"], 0)?;
    match a[0].filter(|v| !v.is_none()) {
        None => {}
        Some(v) => match v.payload() {
            Some(Payload::Str(s)) if matches!(s.as_str(), "C" | "F" | "A") => {}
            Some(Payload::Str(_)) => return Err(vm.value_error("order must be 'C', 'F' or 'A'")),
            _ => {
                return Err(vm.type_error(format!(
                    "tobytes() argument 'order' must be str or None, not {}",
                    crate::types::text::arg_type_name(vm, v)
                )))
            }
        },
    }
    Ok(crate::new_bytes(contents(vm, m)?))
}

fn mv_tolist(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pos_only(vm, kw, "memoryview", "tolist", &args[1..], 0, 0)?;
    let m = live(vm, &args[0])?;
    Ok(new_list(m.items().ok_or_else(|| {
        vm.index_error("index out of bounds on dimension 1")
    })?))
}

fn mv_hex(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let m = live(vm, &args[0])?;
    let b = contents(vm, m)?;
    crate::types::bytes_methods::hex_impl(vm, &b, &args[1..], kw)
}

fn mv_release(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pos_only(vm, kw, "memoryview", "release", &args[1..], 0, 0)?;
    if let Some(m) = view(&args[0]) {
        m.release();
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

/// `cast(format)`: a one-dimensional view of the same bytes with another item format.
fn mv_cast(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let m = live(vm, &args[0])?;
    let a = crate::types::text::bind(vm, "cast", &args[1..], kw, &["format", "shape"], 1)?;
    if a.get(1).copied().flatten().is_some() {
        return Err(vm.new_error(
            "NotImplementedError",
            "memoryview: casting to a shape is not supported",
        ));
    }
    match a[0].and_then(|v| v.payload()) {
        Some(Payload::Str(s)) => {
            let f = s.as_str().strip_prefix('@').unwrap_or(s.as_str());
            let mut cs = f.chars();
            let size = match (cs.next(), cs.next()) {
                (Some(c), None) => item_size(c).map(|n| (c, n)),
                _ => None,
            };
            let Some((fmt, size)) = size else {
                return Err(vm.value_error(
                    "memoryview: destination format must be a native single character format prefixed with an optional '@'",
                ));
            };
            let old = m.itemsize();
            if m.step != old as isize {
                return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
            }
            let byte_fmt = |c: char| matches!(c, 'B' | 'b' | 'c');
            if !byte_fmt(m.fmt) && !byte_fmt(fmt) {
                return Err(vm.type_error("memoryview: cannot cast between two non-byte formats"));
            }
            let nbytes = m.len * old;
            if nbytes % size != 0 {
                return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
            }
            Ok(new_view_fmt(
                m.obj.clone(),
                m.start,
                nbytes / size,
                size as isize,
                m.readonly,
                fmt,
            ))
        }
        _ => Err(vm.type_error(format!(
            "cast() argument 'format' must be str, not {}",
            crate::types::text::arg_type_name(vm, a[0].unwrap())
        ))),
    }
}

fn mv_enter(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    live(vm, &args[0])?;
    Ok(args[0].clone())
}

fn mv_exit(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if let Some(m) = view(&args[0]) {
        m.release();
    }
    Ok(Value::None)
}

fn mv_toreadonly(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "memoryview.toreadonly() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    let m = live(vm, &args[0])?;
    Ok(new_view_fmt(
        m.obj.clone(),
        m.start,
        m.len,
        m.step,
        true,
        m.fmt,
    ))
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
    if !matches!(m.fmt, 'B' | 'b' | 'c') {
        return Err(vm.value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    let b = contents(vm, m)?;
    Ok(Value::Int(crate::types::str::hash_str(
        &String::from_utf8_lossy(&b),
    )))
}

fn mv_iter(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let m = live(vm, &args[0])?;
    let l = new_list(
        m.items()
            .ok_or_else(|| vm.index_error("index out of bounds on dimension 1"))?,
    );
    // A `memory_iterator` over the items.
    let Value::Obj(l) = l else { return vm.iter(&l) };
    Ok(crate::types::iter::new_iter_of(
        &crate::types::seq::iter_types().memory,
        crate::types::iter::IterData::seq(l),
    ))
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
        "nbytes" => Value::Int(n * m.itemsize() as i64),
        "readonly" => Value::Bool(m.readonly),
        "itemsize" => Value::Int(m.itemsize() as i64),
        "format" => new_str(m.fmt.to_string()),
        "ndim" => Value::Int(1),
        "shape" => new_tuple_of([Value::Int(n)]),
        "strides" => new_tuple_of([Value::Int(m.step as i64)]),
        "suboffsets" => new_tuple_of([]),
        _ => Value::Bool(m.step == m.itemsize() as isize || m.len <= 1),
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
            Some(t.clone()),
        );
        let p = ObjRef::new_immortal(
            types().getset_descriptor.clone(),
            None,
            Payload::Property(Box::new([fget, Value::None, Value::None, Value::None])),
        );
        crate::types::set_type_attr(t, n, Value::Obj(p));
    }
}
