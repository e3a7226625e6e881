//! The methods `bytes` and `bytearray` share (searching, splitting, joining, stripping,
//! replacing, ASCII case conversion and predicates, padding, `hex`, `translate`), each
//! returning the type of `self` (<https://docs.python.org/3.11/library/stdtypes.html#bytes-and-bytearray-operations>).

use crate::payload::Payload;
use crate::types::function::NativeFn;
use crate::types::text::{
    self, adjust, arity_old, bind, index_arg, no_kw, pos_only, slice_arg, Kw,
};
use crate::types::{add_method, types};
use crate::value::Value;
use crate::vm::Vm;
use crate::{new_list, new_tuple, PyResult};
use std::borrow::Cow;

/// The bytes of a bytes-like object: bytes, bytearray or memoryview.
pub fn data(v: &Value) -> Option<Cow<'_, [u8]>> {
    match v.payload()? {
        Payload::Bytes(b) => Some(Cow::Borrowed(&b[..])),
        Payload::ByteArray(b) => Some(Cow::Owned(b.read().clone())),
        _ => crate::types::memoryview::view_bytes(v).map(Cow::Owned),
    }
}

pub fn is_bytearray(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::ByteArray(_)))
}

/// "bytes" or "bytearray" (for messages).
pub fn tname(v: &Value) -> &'static str {
    if is_bytearray(v) {
        "bytearray"
    } else {
        "bytes"
    }
}

pub fn new_bytearray(b: Vec<u8>) -> Value {
    Value::Obj(crate::ObjRef::new(
        types().bytearray.clone(),
        None,
        Payload::ByteArray(parking_lot::RwLock::new(b)),
    ))
}

/// A result of the same kind as `this`.
pub fn mk(this: &Value, b: Vec<u8>) -> Value {
    if is_bytearray(this) {
        new_bytearray(b)
    } else {
        crate::new_bytes(b)
    }
}

/// `this` unchanged: bytes return themselves (exact type), bytearrays a copy.
fn same(this: &Value, b: &[u8]) -> Value {
    match this {
        Value::Obj(o) if o.class.ptr_eq(&types().bytes) => this.clone(),
        _ => mk(this, b.to_vec()),
    }
}

pub fn this<'a>(vm: &Vm, v: &'a Value) -> PyResult<Cow<'a, [u8]>> {
    data(v).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'bytes' object but received a '{}'",
            vm.type_name(v)
        ))
    })
}

/// A bytes-like argument: "a bytes-like object is required, not 'str'".
pub fn buf_arg<'a>(vm: &Vm, v: &'a Value) -> PyResult<Cow<'a, [u8]>> {
    data(v).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))
    })
}

/// A byte value 0..256: "byte must be in range(0, 256)".
pub fn byte_value(vm: &Vm, v: &Value) -> PyResult<u8> {
    if let Some(crate::types::number::IntRef::Big(_)) = crate::types::number::as_int(v) {
        // A huge int is out of range too, not an overflow.
        if index_arg(vm, v).is_err() {
            return Err(vm.value_error("byte must be in range(0, 256)"));
        }
    }
    let n = index_arg(vm, v)?;
    u8::try_from(n).map_err(|_| vm.value_error("byte must be in range(0, 256)"))
}

/// The needle of find/count/index: a bytes-like object or an int.
fn sub_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(d) = data(v) {
        return Ok(d.into_owned());
    }
    if crate::types::number::as_int(v).is_some()
        || (!matches!(v, Value::Float(_)) && vm.lookup_special(v, "__index__").is_some())
    {
        return Ok(vec![byte_value(vm, v)?]);
    }
    Err(vm.type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        vm.type_name(v)
    )))
}

fn search(vm: &Vm, name: &str, args: &[Value], kw: Kw, rev: bool) -> PyResult<i64> {
    no_kw(vm, kw, tname(&args[0]), name)?;
    arity_old(vm, name, args.len() - 1, 1, 3)?;
    let h = this(vm, &args[0])?;
    // CPython parses the bounds before it checks the needle.
    let (st, en) = (slice_arg(vm, args.get(2))?, slice_arg(vm, args.get(3))?);
    let sub = sub_arg(vm, &args[1])?;
    let (s, e) = adjust(st, en, h.len());
    if s > h.len() || e < s {
        return Ok(-1);
    }
    let r = if rev {
        text::rfind(&h[s..e], &sub)
    } else {
        text::find(&h[s..e], &sub)
    };
    Ok(r.map(|p| (p + s) as i64).unwrap_or(-1))
}

fn b_find(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(search(vm, "find", args, kw, false)?))
}
fn b_rfind(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(search(vm, "rfind", args, kw, true)?))
}
fn b_index(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    match search(vm, "index", args, kw, false)? {
        -1 => Err(vm.value_error("subsection not found")),
        i => Ok(Value::Int(i)),
    }
}
fn b_rindex(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    match search(vm, "rindex", args, kw, true)? {
        -1 => Err(vm.value_error("subsection not found")),
        i => Ok(Value::Int(i)),
    }
}
fn b_count(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw(vm, kw, tname(&args[0]), "count")?;
    arity_old(vm, "count", args.len() - 1, 1, 3)?;
    let h = this(vm, &args[0])?;
    // CPython parses the bounds before it checks the needle.
    let (st, en) = (slice_arg(vm, args.get(2))?, slice_arg(vm, args.get(3))?);
    let sub = sub_arg(vm, &args[1])?;
    let (s, e) = adjust(st, en, h.len());
    if s > h.len() || e < s {
        return Ok(Value::Int(0));
    }
    Ok(Value::Int(text::count(&h[s..e], &sub, usize::MAX) as i64))
}

fn affix(vm: &Vm, name: &str, args: &[Value], kw: Kw, end: bool) -> PyResult<Value> {
    no_kw(vm, kw, tname(&args[0]), name)?;
    arity_old(vm, name, args.len() - 1, 1, 3)?;
    let h = this(vm, &args[0])?;
    let (s, e) = adjust(
        slice_arg(vm, args.get(2))?,
        slice_arg(vm, args.get(3))?,
        h.len(),
    );
    let test = |p: &[u8]| -> bool {
        if s > h.len() || e < s {
            return false;
        }
        if end {
            h[s..e].ends_with(p)
        } else {
            h[s..e].starts_with(p)
        }
    };
    if let Some(Payload::Tuple(t)) = args[1].payload() {
        for x in t.iter() {
            match data(x) {
                Some(p) => {
                    if test(&p) {
                        return Ok(Value::Bool(true));
                    }
                }
                None => {
                    return Err(vm.type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        vm.type_name(x)
                    )))
                }
            }
        }
        return Ok(Value::Bool(false));
    }
    match data(&args[1]) {
        Some(p) => Ok(Value::Bool(test(&p))),
        None => Err(vm.type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            vm.type_name(&args[1])
        ))),
    }
}
fn b_startswith(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    affix(vm, "startswith", args, kw, false)
}
fn b_endswith(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    affix(vm, "endswith", args, kw, true)
}

/// ASCII whitespace as bytes methods see it.
#[inline]
pub fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn split_impl(vm: &Vm, name: &str, args: &[Value], kw: Kw, rev: bool) -> PyResult<Value> {
    let h = this(vm, &args[0])?;
    let a = bind(vm, name, &args[1..], kw, &["sep", "maxsplit"], 0)?;
    let max = text::maxsplit(vm, a[1])?;
    let parts = match a[0] {
        Some(v) if !v.is_none() => {
            let sep = buf_arg(vm, v)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            if rev {
                text::rsplit(&h, &sep, max)
            } else {
                text::split(&h, &sep, max)
            }
        }
        _ => {
            if rev {
                text::rsplit_ws(&h, max, |b| (is_ws(b[b.len() - 1]), 1))
            } else {
                text::split_ws(&h, max, |b| (is_ws(b[0]), 1))
            }
        }
    };
    Ok(new_list(
        parts
            .into_iter()
            .map(|p| mk(&args[0], p.to_vec()))
            .collect(),
    ))
}
fn b_split(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    split_impl(vm, "split", args, kw, false)
}
fn b_rsplit(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    split_impl(vm, "rsplit", args, kw, true)
}

fn b_splitlines(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let h = this(vm, &args[0])?;
    let keep = crate::types::str_methods::keepends_arg(vm, "splitlines", args, kw)?;
    let mut out = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < h.len() {
        if h[i] == b'\n' || h[i] == b'\r' {
            let mut e = i + 1;
            if h[i] == b'\r' && e < h.len() && h[e] == b'\n' {
                e += 1;
            }
            out.push(mk(&args[0], h[start..if keep { e } else { i }].to_vec()));
            start = e;
            i = e;
        } else {
            i += 1;
        }
    }
    if start < h.len() {
        out.push(mk(&args[0], h[start..].to_vec()));
    }
    Ok(new_list(out))
}

fn b_join(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pos_only(vm, kw, tname(&args[0]), "join", &args[1..], 1, 1)?;
    let sep = this(vm, &args[0])?;
    let items = crate::types::str_methods::join_items(vm, &args[1])?;
    let mut parts = Vec::with_capacity(items.len());
    let mut total = (items.len().saturating_sub(1) as u128) * sep.len() as u128;
    for (i, it) in items.iter().enumerate() {
        let Some(d) = data(it) else {
            return Err(vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                vm.type_name(it)
            )));
        };
        total += d.len() as u128;
        parts.push(d);
    }
    // the whole size first: a result too large to allocate is a MemoryError
    let total = text::check_result_len(vm, total, || "join() result is too long for bytes".into())?;
    let mut out = Vec::with_capacity(total);
    for (i, d) in parts.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(d);
    }
    Ok(mk(&args[0], out))
}

fn strip_impl(
    vm: &Vm,
    name: &str,
    args: &[Value],
    kw: Kw,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    pos_only(vm, kw, tname(&args[0]), name, &args[1..], 0, 1)?;
    let h = this(vm, &args[0])?;
    let set: Option<Cow<[u8]>> = match args.get(1) {
        Some(v) if !v.is_none() => Some(buf_arg(vm, v)?),
        _ => None,
    };
    let strip = |b: u8| match &set {
        Some(s) => s.contains(&b),
        None => is_ws(b),
    };
    let (s, e) = super::str_methods::trim_range(&h, left, right, strip);
    if s == 0 && e == h.len() {
        return Ok(same(&args[0], &h));
    }
    Ok(mk(&args[0], h[s..e].to_vec()))
}
fn b_strip(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    strip_impl(vm, "strip", args, kw, true, true)
}
fn b_lstrip(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    strip_impl(vm, "lstrip", args, kw, true, false)
}
fn b_rstrip(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    strip_impl(vm, "rstrip", args, kw, false, true)
}

fn b_replace(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pos_only(vm, kw, tname(&args[0]), "replace", &args[1..], 2, 3)?;
    let h = this(vm, &args[0])?;
    let old = buf_arg(vm, &args[1])?;
    let new = buf_arg(vm, &args[2])?;
    let max = match args.get(3) {
        None => usize::MAX,
        Some(v) => usize::try_from(index_arg(vm, v)?).unwrap_or(usize::MAX),
    };
    text::check_replace(vm, "bytes", &h, &old, &new, max, || h.len())?;
    Ok(mk(&args[0], text::replace(&h, &old, &new, max, |_| 1)))
}

fn partition(vm: &Vm, name: &str, args: &[Value], kw: Kw, rev: bool) -> PyResult<Value> {
    pos_only(vm, kw, tname(&args[0]), name, &args[1..], 1, 1)?;
    let h = this(vm, &args[0])?;
    let sep = buf_arg(vm, &args[1])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let t = &args[0];
    let found = if rev {
        text::rfind(&h, &sep)
    } else {
        text::find(&h, &sep)
    };
    Ok(new_tuple(match found {
        Some(p) => vec![
            mk(t, h[..p].to_vec()),
            mk(t, sep.to_vec()),
            mk(t, h[p + sep.len()..].to_vec()),
        ],
        None if rev => vec![mk(t, vec![]), mk(t, vec![]), mk(t, h.to_vec())],
        None => vec![mk(t, h.to_vec()), mk(t, vec![]), mk(t, vec![])],
    }))
}
fn b_partition(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    partition(vm, "partition", args, kw, false)
}
fn b_rpartition(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    partition(vm, "rpartition", args, kw, true)
}

fn remove_affix(vm: &Vm, name: &str, args: &[Value], kw: Kw, suffix: bool) -> PyResult<Value> {
    pos_only(vm, kw, tname(&args[0]), name, &args[1..], 1, 1)?;
    let h = this(vm, &args[0])?;
    let a = buf_arg(vm, &args[1])?;
    let r = if suffix {
        h.strip_suffix(&a[..])
    } else {
        h.strip_prefix(&a[..])
    };
    match r {
        Some(r) if !a.is_empty() => Ok(mk(&args[0], r.to_vec())),
        _ => Ok(same(&args[0], &h)),
    }
}
fn b_removeprefix(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    remove_affix(vm, "removeprefix", args, kw, false)
}
fn b_removesuffix(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    remove_affix(vm, "removesuffix", args, kw, true)
}

// ----- ASCII case and predicates -------------------------------------------------------

fn noargs<'a>(vm: &Vm, name: &str, args: &'a [Value], kw: Kw) -> PyResult<Cow<'a, [u8]>> {
    pos_only(vm, kw, tname(&args[0]), name, &args[1..], 0, 0)?;
    this(vm, &args[0])
}

fn b_upper(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(mk(
        &args[0],
        noargs(vm, "upper", args, kw)?.to_ascii_uppercase(),
    ))
}
fn b_lower(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(mk(
        &args[0],
        noargs(vm, "lower", args, kw)?.to_ascii_lowercase(),
    ))
}
fn b_swapcase(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let h = noargs(vm, "swapcase", args, kw)?;
    Ok(mk(
        &args[0],
        h.iter()
            .map(|&b| {
                if b.is_ascii_lowercase() {
                    b.to_ascii_uppercase()
                } else {
                    b.to_ascii_lowercase()
                }
            })
            .collect(),
    ))
}
fn b_capitalize(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let h = noargs(vm, "capitalize", args, kw)?;
    Ok(mk(
        &args[0],
        h.iter()
            .enumerate()
            .map(|(i, &b)| {
                if i == 0 {
                    b.to_ascii_uppercase()
                } else {
                    b.to_ascii_lowercase()
                }
            })
            .collect(),
    ))
}
fn b_title(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let h = noargs(vm, "title", args, kw)?;
    let mut prev = false;
    let mut out = Vec::with_capacity(h.len());
    for &b in h.iter() {
        out.push(if prev {
            b.to_ascii_lowercase()
        } else {
            b.to_ascii_uppercase()
        });
        prev = b.is_ascii_alphabetic();
    }
    Ok(mk(&args[0], out))
}

fn all_bytes(vm: &Vm, name: &str, args: &[Value], kw: Kw, f: fn(u8) -> bool) -> PyResult<Value> {
    let h = noargs(vm, name, args, kw)?;
    Ok(Value::Bool(!h.is_empty() && h.iter().all(|&b| f(b))))
}
fn b_isalpha(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    all_bytes(vm, "isalpha", args, kw, |b| b.is_ascii_alphabetic())
}
fn b_isalnum(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    all_bytes(vm, "isalnum", args, kw, |b| b.is_ascii_alphanumeric())
}
fn b_isdigit(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    all_bytes(vm, "isdigit", args, kw, |b| b.is_ascii_digit())
}
fn b_isspace(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    all_bytes(vm, "isspace", args, kw, is_ws)
}
fn b_isascii(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(noargs(vm, "isascii", args, kw)?.is_ascii()))
}
fn b_islower(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let h = noargs(vm, "islower", args, kw)?;
    Ok(Value::Bool(
        h.iter().any(|b| b.is_ascii_lowercase()) && !h.iter().any(|b| b.is_ascii_uppercase()),
    ))
}
fn b_isupper(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let h = noargs(vm, "isupper", args, kw)?;
    Ok(Value::Bool(
        h.iter().any(|b| b.is_ascii_uppercase()) && !h.iter().any(|b| b.is_ascii_lowercase()),
    ))
}
fn b_istitle(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let h = noargs(vm, "istitle", args, kw)?;
    let (mut cased, mut prev) = (false, false);
    for &b in h.iter() {
        if b.is_ascii_uppercase() {
            if prev {
                return Ok(Value::Bool(false));
            }
            prev = true;
            cased = true;
        } else if b.is_ascii_lowercase() {
            if !prev {
                return Ok(Value::Bool(false));
            }
            prev = true;
            cased = true;
        } else {
            prev = false;
        }
    }
    Ok(Value::Bool(cased))
}

// ----- padding, tabs, hex, translate -----------------------------------------------------

fn pad(vm: &Vm, name: &str, args: &[Value], kw: Kw, how: u8) -> PyResult<Value> {
    pos_only(vm, kw, tname(&args[0]), name, &args[1..], 1, 2)?;
    let h = this(vm, &args[0])?;
    let width = index_arg(vm, &args[1])?;
    let fill = match args.get(2) {
        None => b' ',
        Some(v) => match data(v) {
            Some(d) if d.len() == 1 && !matches!(v.payload(), Some(Payload::Str(_))) => d[0],
            _ => {
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    crate::types::text::arg_type_name(vm, v)
                )))
            }
        },
    };
    let len = h.len() as i64;
    if width <= len {
        return Ok(same(&args[0], &h));
    }
    let marg = (width - len) as usize;
    vm.check_alloc(width as usize)?;
    let (l, r) = match how {
        b'l' => (0, marg),
        b'r' => (marg, 0),
        _ => {
            let l = marg / 2 + (marg & (width as usize) & 1);
            (l, marg - l)
        }
    };
    let mut out = vec![fill; l];
    out.extend_from_slice(&h);
    out.extend(std::iter::repeat_n(fill, r));
    Ok(mk(&args[0], out))
}
fn b_center(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pad(vm, "center", args, kw, b'c')
}
fn b_ljust(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pad(vm, "ljust", args, kw, b'l')
}
fn b_rjust(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pad(vm, "rjust", args, kw, b'r')
}
fn b_zfill(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pos_only(vm, kw, tname(&args[0]), "zfill", &args[1..], 1, 1)?;
    let h = this(vm, &args[0])?;
    let width = index_arg(vm, &args[1])?;
    if width <= h.len() as i64 {
        return Ok(same(&args[0], &h));
    }
    let fill = width as usize - h.len();
    vm.check_alloc(width as usize)?;
    let (sign, body) = match h.first() {
        Some(b'+') | Some(b'-') => (&h[..1], &h[1..]),
        _ => (&h[..0], &h[..]),
    };
    let mut out = sign.to_vec();
    out.extend(std::iter::repeat_n(b'0', fill));
    out.extend_from_slice(body);
    Ok(mk(&args[0], out))
}

fn b_expandtabs(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let h = this(vm, &args[0])?;
    let a = bind(vm, "expandtabs", &args[1..], kw, &["tabsize"], 0)?;
    let tab = match a[0] {
        None => 8,
        Some(v) => crate::types::str_case::c_int_arg(vm, v)?,
    };
    let mut out = Vec::with_capacity(h.len());
    let mut col = 0i64;
    for &b in h.iter() {
        match b {
            b'\t' => {
                if tab > 0 {
                    let n = tab - col % tab;
                    vm.check_alloc(out.len() + n as usize)?;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                col = 0;
            }
            _ => {
                out.push(b);
                col += 1;
            }
        }
    }
    Ok(mk(&args[0], out))
}

/// `hex(sep=..., bytes_per_sep=1)` for bytes-like data (also used by memoryview).
pub fn hex_impl(vm: &Vm, h: &[u8], args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = bind(vm, "hex", args, kw, &["sep", "bytes_per_sep"], 0)?;
    const D: &[u8; 16] = b"0123456789abcdef";
    // Argument Clinic converts `bytes_per_sep` before `sep` is looked at.
    let per = match a[1] {
        None => 1,
        Some(v) => crate::types::str_case::c_int_arg(vm, v)?,
    };
    let sep: Option<char> = match a[0] {
        None => None,
        Some(v) => {
            let s: String = match v.payload() {
                Some(Payload::Str(s)) => s.as_str().to_string(),
                _ => match data(v) {
                    Some(d) => String::from_utf8_lossy(&d).into_owned(),
                    // A sized object of another type: its length is checked first.
                    None => {
                        return Err(if crate::ops::len(vm, v)? != 1 {
                            vm.value_error("sep must be length 1.")
                        } else {
                            vm.type_error("sep must be str or bytes.")
                        })
                    }
                },
            };
            if s.chars().count() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            let c = s.chars().next().unwrap();
            if !c.is_ascii() {
                return Err(vm.value_error("sep must be ASCII."));
            }
            Some(c)
        }
    };
    let mut out = String::with_capacity(h.len() * 3);
    let n = h.len();
    let group = per.unsigned_abs() as usize;
    for (i, &b) in h.iter().enumerate() {
        if let Some(c) = sep {
            if i > 0 && group > 0 {
                let boundary = if per > 0 {
                    (n - i).is_multiple_of(group)
                } else {
                    i.is_multiple_of(group)
                };
                if boundary {
                    out.push(c);
                }
            }
        }
        out.push(D[(b >> 4) as usize] as char);
        out.push(D[(b & 15) as usize] as char);
    }
    Ok(crate::new_str(out))
}

fn b_hex(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let h = this(vm, &args[0])?;
    hex_impl(vm, &h, &args[1..], kw)
}

fn b_translate(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let h = this(vm, &args[0])?;
    if args.len() < 2 {
        return Err(vm.type_error(format!(
            "translate() takes at least 1 positional argument ({} given)",
            args.len() - 1
        )));
    }
    let a = bind(vm, "translate", &args[1..], kw, &["table", "delete"], 1)?;
    let table: Option<Cow<[u8]>> = match a[0] {
        Some(v) if v.is_none() => None,
        Some(v) => {
            let t = buf_arg(vm, v)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
        None => None,
    };
    let del: Cow<[u8]> = match a[1] {
        Some(v) => buf_arg(vm, v)?,
        None => Cow::Borrowed(&[]),
    };
    let mut out = Vec::with_capacity(h.len());
    for &b in h.iter() {
        if del.contains(&b) {
            continue;
        }
        out.push(match &table {
            Some(t) => t[b as usize],
            None => b,
        });
    }
    Ok(mk(&args[0], out))
}

fn ba_maketrans(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw(vm, kw, "bytearray", "maketrans")?;
    b_maketrans(vm, args, &[])
}

fn b_maketrans(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw(vm, kw, "bytes", "maketrans")?;
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "maketrans expected 2 arguments, got {}",
            args.len()
        )));
    }
    let a = buf_arg(vm, &args[0])?;
    let b = buf_arg(vm, &args[1])?;
    if a.len() != b.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut t: Vec<u8> = (0..=255u8).collect();
    for (x, y) in a.iter().zip(b.iter()) {
        t[*x as usize] = *y;
    }
    Ok(crate::new_bytes(t))
}

/// Register the shared methods on `bytes` and `bytearray`.
pub fn init() {
    let fns: &[(&'static str, NativeFn)] = &[
        ("find", b_find),
        ("rfind", b_rfind),
        ("index", b_index),
        ("rindex", b_rindex),
        ("count", b_count),
        ("startswith", b_startswith),
        ("endswith", b_endswith),
        ("split", b_split),
        ("rsplit", b_rsplit),
        ("splitlines", b_splitlines),
        ("join", b_join),
        ("strip", b_strip),
        ("lstrip", b_lstrip),
        ("rstrip", b_rstrip),
        ("replace", b_replace),
        ("partition", b_partition),
        ("rpartition", b_rpartition),
        ("removeprefix", b_removeprefix),
        ("removesuffix", b_removesuffix),
        ("upper", b_upper),
        ("lower", b_lower),
        ("swapcase", b_swapcase),
        ("capitalize", b_capitalize),
        ("title", b_title),
        ("isalpha", b_isalpha),
        ("isalnum", b_isalnum),
        ("isdigit", b_isdigit),
        ("isspace", b_isspace),
        ("isascii", b_isascii),
        ("islower", b_islower),
        ("isupper", b_isupper),
        ("istitle", b_istitle),
        ("center", b_center),
        ("ljust", b_ljust),
        ("rjust", b_rjust),
        ("zfill", b_zfill),
        ("expandtabs", b_expandtabs),
        ("hex", b_hex),
        ("translate", b_translate),
    ];
    for t in [&types().bytes, &types().bytearray] {
        for (n, f) in fns {
            add_method(t, n, *f);
        }
    }
    crate::types::add_staticmethod(&types().bytes, "maketrans", b_maketrans);
    crate::types::add_staticmethod(&types().bytearray, "maketrans", ba_maketrans);
}
