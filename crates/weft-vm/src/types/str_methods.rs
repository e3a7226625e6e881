//! `str` methods for searching, splitting, joining, stripping and replacing, and the `str`
//! dunders (operators, indexing, iteration, comparison, hashing); registers every `str`
//! method through [`init`] (<https://docs.python.org/3.11/library/stdtypes.html#string-methods>).
//! Searches run on the UTF-8 bytes (memchr/memmem) and convert byte offsets to code point
//! indexes only for the result.

use crate::object::ObjRef;
use crate::payload::{Payload, PyStr};
use crate::types::function::NativeFn;
use crate::types::text::{
    self, adjust, arity_old, bind, index_arg, no_kw, pos_only, slice_arg, Kw,
};
use crate::types::typeobj::tdata;
use crate::types::{add_method, types};
use crate::value::Value;
use crate::vm::Vm;
use crate::{new_list, new_str, new_tuple_of, PyResult};

/// The `PyStr` of a str value (self of a str method).
pub fn pystr<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a PyStr> {
    match v.payload() {
        Some(Payload::Str(s)) => Ok(s),
        _ => Err(vm.type_error(format!(
            "descriptor requires a 'str' object but received a '{}'",
            vm.type_name(v)
        ))),
    }
}

/// A str argument: "must be str, not int".
pub fn str_arg<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a PyStr> {
    match v.payload() {
        Some(Payload::Str(s)) => Ok(s),
        _ => Err(vm.type_error(format!("must be str, not {}", vm.type_name(v)))),
    }
}

/// A new exact `str` whose code point count is known.
pub fn new_str_len(s: String, chars: usize) -> Value {
    Value::Obj(ObjRef::new(
        types().str.clone(),
        None,
        Payload::Str(PyStr::with_len(s, chars)),
    ))
}

/// A new exact `str` copied from `s`, whose code point count is known.
pub fn new_str_ref_len(s: &str, chars: usize) -> Value {
    if s.len() <= 1 {
        return small_str(s);
    }
    if s.len() <= crate::types::str::INLINE {
        return crate::new_short_str(|p| p.fill_copy(s, chars));
    }
    Value::Obj(ObjRef::new(
        types().str.clone(),
        None,
        Payload::Str(PyStr::from_str_len(s, chars)),
    ))
}

/// The shared empty string or one-character ASCII string, as CPython returns them.
pub fn small_str(s: &str) -> Value {
    static EMPTY: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    if s.is_empty() {
        EMPTY.get_or_init(|| crate::intern("")).clone()
    } else {
        crate::intern_char(s)
    }
}

/// `v` itself when it is an exact str, else a new str with the same text.
pub fn exact(v: &Value, s: &PyStr) -> Value {
    match v {
        Value::Obj(o) if o.class.ptr_eq(&types().str) => v.clone(),
        _ => new_str_len(s.as_str().to_string(), s.char_len()),
    }
}

/// A substring value (one-char ASCII results are shared).
pub fn sub_value(s: &str) -> Value {
    if s.len() == 1 {
        crate::intern_char(s)
    } else {
        crate::new_str_from(s)
    }
}

pub fn not_implemented() -> Value {
    Value::Obj(types().not_implemented.clone())
}

#[inline]
pub fn utf8_len(b: u8) -> usize {
    match b {
        0..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        _ => 4,
    }
}

/// Decode the char starting at `b[0]`.
#[inline]
pub fn char_at_byte(b: &[u8]) -> (char, usize) {
    if b[0] < 0x80 {
        return (b[0] as char, 1);
    }
    let l = utf8_len(b[0]).min(b.len());
    let c = std::str::from_utf8(&b[..l])
        .ok()
        .and_then(|s| s.chars().next())
        .unwrap_or('\u{fffd}');
    (c, l)
}

/// Decode the char ending at `b[len-1]`.
#[inline]
pub fn char_before_byte(b: &[u8]) -> (char, usize) {
    let n = b.len();
    if b[n - 1] < 0x80 {
        return (b[n - 1] as char, 1);
    }
    let mut i = n - 1;
    while i > 0 && (b[i] as i8) < -64 {
        i -= 1;
    }
    char_at_byte(&b[i..])
}

// ----- searching ---------------------------------------------------------------------

/// Resolve start/end (code points) to a byte range and its first code point, or None
/// when start is beyond the end.
fn byte_range(
    s: &PyStr,
    start: Option<i64>,
    end: Option<i64>,
) -> Option<(usize, usize, usize, usize)> {
    let (cs, ce) = adjust(start, end, s.char_len());
    if cs > s.char_len() || ce < cs {
        return None;
    }
    Some((s.byte_offset(cs), s.byte_offset(ce), cs, ce))
}

fn search_args<'a>(
    vm: &Vm,
    name: &str,
    args: &'a [Value],
    kw: Kw,
) -> PyResult<(&'a PyStr, &'a PyStr, Option<i64>, Option<i64>)> {
    no_kw(vm, kw, "str", name)?;
    arity_old(vm, name, args.len() - 1, 1, 3)?;
    let s = pystr(vm, &args[0])?;
    // CPython parses the bounds before it checks the needle.
    let st = slice_arg(vm, args.get(2))?;
    let en = slice_arg(vm, args.get(3))?;
    let sub = str_arg(vm, &args[1])?;
    Ok((s, sub, st, en))
}

fn find_impl(vm: &Vm, name: &str, args: &[Value], kw: Kw, rev: bool) -> PyResult<i64> {
    let (s, sub, st, en) = search_args(vm, name, args, kw)?;
    let Some((bs, be, _, _)) = byte_range(s, st, en) else {
        return Ok(-1);
    };
    let h = &s.as_str().as_bytes()[bs..be];
    let r = if rev {
        text::rfind(h, sub.as_str().as_bytes())
    } else {
        text::find(h, sub.as_str().as_bytes())
    };
    Ok(match r {
        Some(p) => s.char_index(bs + p) as i64,
        None => -1,
    })
}

fn str_find(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, "find", args, kw, false)?))
}
fn str_rfind(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, "rfind", args, kw, true)?))
}
fn str_index(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    match find_impl(vm, "index", args, kw, false)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}
fn str_rindex(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    match find_impl(vm, "rindex", args, kw, true)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn str_count(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (s, sub, st, en) = search_args(vm, "count", args, kw)?;
    let Some((bs, be, cs, ce)) = byte_range(s, st, en) else {
        return Ok(Value::Int(0));
    };
    if sub.char_len() == 0 {
        return Ok(Value::Int((ce - cs + 1) as i64));
    }
    Ok(Value::Int(text::count(
        &s.as_str().as_bytes()[bs..be],
        sub.as_str().as_bytes(),
        usize::MAX,
    ) as i64))
}

fn affix_impl(vm: &Vm, name: &str, args: &[Value], kw: Kw, end: bool) -> PyResult<Value> {
    no_kw(vm, kw, "str", name)?;
    arity_old(vm, name, args.len() - 1, 1, 3)?;
    let s = pystr(vm, &args[0])?;
    let st = slice_arg(vm, args.get(2))?;
    let en = slice_arg(vm, args.get(3))?;
    let test = |p: &PyStr| -> bool {
        let Some((bs, be, _, _)) = byte_range(s, st, en) else {
            return false;
        };
        let h = &s.as_str().as_bytes()[bs..be];
        let p = p.as_str().as_bytes();
        if end {
            h.ends_with(p)
        } else {
            h.starts_with(p)
        }
    };
    match args[1].payload() {
        Some(Payload::Str(p)) => Ok(Value::Bool(test(p))),
        Some(Payload::Tuple(t)) => {
            for x in t.iter() {
                match x.payload() {
                    Some(Payload::Str(p)) => {
                        if test(p) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    _ => {
                        return Err(vm.type_error(format!(
                            "tuple for {name} must only contain str, not {}",
                            vm.type_name(x)
                        )))
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        _ => Err(vm.type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            vm.type_name(&args[1])
        ))),
    }
}

fn str_startswith(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    affix_impl(vm, "startswith", args, kw, false)
}
fn str_endswith(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    affix_impl(vm, "endswith", args, kw, true)
}

// ----- splitting and joining ----------------------------------------------------------

fn ws_next(b: &[u8]) -> (bool, usize) {
    let (c, l) = char_at_byte(b);
    (crate::types::unicode::is_space(c), l)
}
/// `str.isspace` for an ASCII byte (tab..carriage return, the four separators, space).
#[inline]
fn ascii_space(c: u8) -> bool {
    matches!(c, 9..=13 | 28..=32)
}
fn ascii_ws_next(b: &[u8]) -> (bool, usize) {
    (ascii_space(b[0]), 1)
}
fn ascii_ws_prev(b: &[u8]) -> (bool, usize) {
    (ascii_space(b[b.len() - 1]), 1)
}
fn ws_prev(b: &[u8]) -> (bool, usize) {
    let (c, l) = char_before_byte(b);
    (crate::types::unicode::is_space(c), l)
}

/// The list of `parts`, byte slices of `s` at char boundaries.
fn parts_list(s: &PyStr, parts: Vec<&[u8]>) -> Value {
    let text = s.as_str();
    let base = text.as_ptr() as usize;
    let ascii = s.is_ascii();
    new_list(
        parts
            .into_iter()
            .map(|p| {
                let off = p.as_ptr() as usize - base;
                let t = text.get(off..off + p.len()).unwrap_or("");
                if ascii && t.len() != 1 {
                    new_str_ref_len(t, t.len())
                } else {
                    sub_value(t)
                }
            })
            .collect(),
    )
}

fn split_impl(vm: &Vm, name: &str, args: &[Value], kw: Kw, rev: bool) -> PyResult<Value> {
    let s = pystr(vm, &args[0])?;
    let a = bind(vm, name, &args[1..], kw, &["sep", "maxsplit"], 0)?;
    let max = text::maxsplit(vm, a[1])?;
    let h = s.as_str().as_bytes();
    let parts = match a[0] {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => match v.payload() {
            Some(Payload::Str(sep)) => Some(sep),
            _ => return Err(vm.type_error(format!("must be str or None, not {}", vm.type_name(v)))),
        },
    };
    let parts = match parts {
        None if s.is_ascii() => {
            if rev {
                text::rsplit_ws(h, max, ascii_ws_prev)
            } else {
                text::split_ws(h, max, ascii_ws_next)
            }
        }
        None => {
            if rev {
                text::rsplit_ws(h, max, ws_prev)
            } else {
                text::split_ws(h, max, ws_next)
            }
        }
        Some(sep) => {
            if sep.char_len() == 0 {
                return Err(vm.value_error("empty separator"));
            }
            if rev {
                text::rsplit(h, sep.as_str().as_bytes(), max)
            } else {
                text::split(h, sep.as_str().as_bytes(), max)
            }
        }
    };
    if parts.len() == 1
        && parts[0].len() == h.len()
        && matches!(&args[0], Value::Obj(o) if o.class.ptr_eq(&types().str))
    {
        return Ok(new_list(vec![args[0].clone()]));
    }
    Ok(parts_list(s, parts))
}

fn str_split(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    split_impl(vm, "split", args, kw, false)
}
fn str_rsplit(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    split_impl(vm, "rsplit", args, kw, true)
}

/// Line spans of `splitlines` as (start, end-without-break, end-with-break) byte offsets.
pub fn line_spans(s: &str) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let (c, l) = char_at_byte(&b[i..]);
        if crate::types::unicode::is_linebreak(c) {
            let mut e = i + l;
            if c == '\r' && e < b.len() && b[e] == b'\n' {
                e += 1;
            }
            out.push((start, i, e));
            start = e;
            i = e;
        } else {
            i += l;
        }
    }
    if start < b.len() {
        out.push((start, b.len(), b.len()));
    }
    out
}

/// The `keepends` argument of `splitlines`: an int (C `int` range), read as a flag.
pub fn keepends_arg(vm: &Vm, name: &str, args: &[Value], kw: Kw) -> PyResult<bool> {
    use crate::types::number::{as_int, IntRef};
    let a = bind(vm, name, &args[1..], kw, &["keepends"], 0)?;
    let Some(v) = a[0] else {
        return Ok(false);
    };
    let v = match as_int(v) {
        Some(_) => v.clone(),
        None => match vm.lookup_special(v, "__index__") {
            Some(f) => vm.call(&f, &[])?,
            None => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(v)
                )))
            }
        },
    };
    match as_int(&v) {
        Some(IntRef::Small(i)) if i32::try_from(i).is_ok() => Ok(i != 0),
        _ => Err(vm.overflow_error("Python int too large to convert to C int")),
    }
}

fn str_splitlines(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = pystr(vm, &args[0])?;
    let keep = keepends_arg(vm, "splitlines", args, kw)?;
    let t = s.as_str();
    Ok(new_list(
        line_spans(t)
            .into_iter()
            .map(|(a, b, c)| sub_value(&t[a..if keep { c } else { b }]))
            .collect(),
    ))
}

/// Is `v` an exact list or tuple? (`join` reads those in place; CPython's
/// `PySequence_Fast` iterates subclasses, which may override `__iter__`.)
fn exact_seq(v: &Value) -> bool {
    !crate::types::typeobj::tdata(crate::vm::type_of(v)).heap
}

/// The items of an iterable for `join` (lists and tuples without iteration protocol).
pub fn join_items(vm: &Vm, it: &Value) -> PyResult<Vec<Value>> {
    match it.payload() {
        Some(Payload::List(l)) if exact_seq(it) => Ok(l.read().clone()),
        Some(Payload::Tuple(t)) if exact_seq(it) => Ok(t.to_vec()),
        _ => {
            if !crate::ops::is_iterable(vm, it) {
                return Err(vm.type_error("can only join an iterable"));
            }
            vm.collect(it)
        }
    }
}

fn str_join(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pos_only(vm, kw, "str", "join", &args[1..], 1, 1)?;
    let sep = pystr(vm, &args[0])?;
    // Lists and tuples are joined in place: no Python code runs while the list's read
    // lock is held (items are only type-checked and copied).
    match args[1].payload() {
        Some(Payload::List(l)) if exact_seq(&args[1]) => {
            let g = l.read();
            join_slice(vm, sep, &g)
        }
        Some(Payload::Tuple(t)) if exact_seq(&args[1]) => join_slice(vm, sep, t),
        _ => {
            let items = join_items(vm, &args[1])?;
            join_slice(vm, sep, &items)
        }
    }
}

fn join_slice(vm: &Vm, sep: &PyStr, items: &[Value]) -> PyResult<Value> {
    let mut bytes = 0usize;
    let mut chars = 0usize;
    for (i, it) in items.iter().enumerate() {
        match it.payload() {
            Some(Payload::Str(s)) => {
                bytes += s.as_str().len();
                chars += s.char_len();
            }
            _ => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name(it)
                )))
            }
        }
    }
    if items.len() == 1 && matches!(&items[0], Value::Obj(o) if o.class.ptr_eq(&types().str)) {
        return Ok(items[0].clone());
    }
    let n = items.len().saturating_sub(1);
    let sep_s = sep.as_str();
    let total = crate::types::text::check_result_len(
        vm,
        (n as u128) * (sep_s.len() as u128) + bytes as u128,
        || "join() result is too long for a Python string".into(),
    )?;
    let mut out = String::with_capacity(total);
    for (i, it) in items.iter().enumerate() {
        if i > 0 && !sep_s.is_empty() {
            out.push_str(sep_s);
        }
        if let Some(Payload::Str(s)) = it.payload() {
            out.push_str(s.as_str());
        }
    }
    Ok(new_str_len(out, chars + n * sep.char_len()))
}

// ----- strip, replace, partition --------------------------------------------------------

fn strip_impl(
    vm: &Vm,
    name: &str,
    args: &[Value],
    kw: Kw,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    pos_only(vm, kw, "str", name, &args[1..], 0, 1)?;
    let s = pystr(vm, &args[0])?;
    let t = s.as_str();
    let r = match args.get(1) {
        Some(v) if !v.is_none() => match v.payload() {
            Some(Payload::Str(chars)) if chars.is_ascii() => {
                // ASCII characters to strip: a bit set over bytes (a byte of a multi-byte
                // character is never ASCII, so the scan is right for any text).
                let set = ascii_set(v, chars.as_str());
                strip_bytes(t, left, right, |b| b < 128 && (set >> b) & 1 == 1)
            }
            Some(Payload::Str(chars)) => {
                let set: Vec<char> = chars.as_str().chars().collect();
                strip_by(t, left, right, |c| set.contains(&c))
            }
            _ => return Err(vm.type_error(format!("{name} arg must be None or str"))),
        },
        _ if s.is_ascii() => strip_bytes(t, left, right, ascii_space),
        _ => strip_by(t, left, right, crate::types::unicode::is_space),
    };
    if r.len() == t.len() {
        return Ok(exact(&args[0], s));
    }
    let chars = if s.is_ascii() {
        r.len()
    } else {
        crate::types::str::count_chars(r.as_bytes())
    };
    Ok(new_str_ref_len(r, chars))
}

/// The bit set of the ASCII text `cs` (the `chars` argument `v` of a strip). Calls
/// usually pass the same constant string: the last set is kept per thread, for an
/// immortal string only (its address can never name another string).
#[inline]
fn ascii_set(v: &Value, cs: &str) -> u128 {
    thread_local! {
        static LAST: std::cell::Cell<(usize, u128)> = const { std::cell::Cell::new((0, 0)) };
    }
    let Value::Obj(o) = v else {
        return 0;
    };
    let key = o.as_ptr() as usize;
    let cacheable = o.is_immortal();
    if cacheable {
        let (k, set) = LAST.with(|c| c.get());
        if k == key {
            return set;
        }
    }
    let mut set = 0u128;
    for b in cs.bytes() {
        set |= 1 << b;
    }
    if cacheable {
        LAST.with(|c| c.set((key, set)));
    }
    set
}

/// `t` without the leading (`left`) and trailing (`right`) bytes `f` accepts; `f` only
/// accepts ASCII bytes, so the cuts fall on character boundaries.
#[inline(always)]
fn strip_bytes(t: &str, left: bool, right: bool, f: impl Fn(u8) -> bool) -> &str {
    let (i, j) = trim_range(t.as_bytes(), left, right, f);
    &t[i..j]
}

/// The range of `b` left after dropping the leading (`left`) and trailing (`right`)
/// bytes `f` accepts (`str.strip` on ASCII sets and `bytes.strip`).
#[inline(always)]
pub(crate) fn trim_range(
    b: &[u8],
    left: bool,
    right: bool,
    f: impl Fn(u8) -> bool,
) -> (usize, usize) {
    let mut i = 0;
    let mut j = b.len();
    if left {
        while i < j && f(b[i]) {
            i += 1;
        }
    }
    if right {
        while j > i && f(b[j - 1]) {
            j -= 1;
        }
    }
    (i, j)
}

fn strip_by(t: &str, left: bool, right: bool, f: impl Fn(char) -> bool) -> &str {
    let mut r = t;
    if left {
        r = r.trim_start_matches(&f);
    }
    if right {
        r = r.trim_end_matches(&f);
    }
    r
}

fn str_strip(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    strip_impl(vm, "strip", args, kw, true, true)
}
fn str_lstrip(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    strip_impl(vm, "lstrip", args, kw, true, false)
}
fn str_rstrip(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    strip_impl(vm, "rstrip", args, kw, false, true)
}

fn str_replace(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pos_only(vm, kw, "str", "replace", &args[1..], 2, 3)?;
    let s = pystr(vm, &args[0])?;
    let arg = |i: usize| -> PyResult<&PyStr> {
        match args[i].payload() {
            Some(Payload::Str(s)) => Ok(s),
            _ => Err(vm.type_error(format!(
                "replace() argument {i} must be str, not {}",
                crate::types::text::arg_type_name(vm, &args[i])
            ))),
        }
    };
    let old = arg(1)?;
    let new = arg(2)?;
    let max = match args.get(3) {
        None => usize::MAX,
        Some(v) => {
            let n = index_arg(vm, v)?;
            if n < 0 {
                usize::MAX
            } else {
                n as usize
            }
        }
    };
    let h = s.as_str().as_bytes();
    if max == 0 || (old.char_len() > 0 && text::find(h, old.as_str().as_bytes()).is_none()) {
        return Ok(exact(&args[0], s));
    }
    text::check_replace(
        vm,
        "string",
        h,
        old.as_str().as_bytes(),
        new.as_str().as_bytes(),
        max,
        || s.char_len(),
    )?;
    let out = text::replace(
        h,
        old.as_str().as_bytes(),
        new.as_str().as_bytes(),
        max,
        |b| utf8_len(b[0]),
    );
    debug_assert!(std::str::from_utf8(&out).is_ok());
    // SAFETY: `s` and `new` are UTF-8, and `old` (UTF-8 too) is only matched at char
    // boundaries, where the empty `old` also inserts (`utf8_len` steps over whole
    // chars): the output is UTF-8. (Validating it again cost ~85 instructions a call.)
    Ok(new_str(unsafe { String::from_utf8_unchecked(out) }))
}

fn partition_impl(vm: &Vm, name: &str, args: &[Value], kw: Kw, rev: bool) -> PyResult<Value> {
    pos_only(vm, kw, "str", name, &args[1..], 1, 1)?;
    let s = pystr(vm, &args[0])?;
    let sep = str_arg(vm, &args[1])?;
    if sep.char_len() == 0 {
        return Err(vm.value_error("empty separator"));
    }
    let t = s.as_str();
    let empty = || crate::intern("");
    let found = if rev {
        text::rfind(t.as_bytes(), sep.as_str().as_bytes())
    } else {
        text::find(t.as_bytes(), sep.as_str().as_bytes())
    };
    Ok(match found {
        Some(p) => new_tuple_of([
            sub_value(&t[..p]),
            exact(&args[1], sep),
            sub_value(&t[p + sep.as_str().len()..]),
        ]),
        None if rev => new_tuple_of([empty(), empty(), exact(&args[0], s)]),
        None => new_tuple_of([exact(&args[0], s), empty(), empty()]),
    })
}

fn str_partition(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    partition_impl(vm, "partition", args, kw, false)
}
fn str_rpartition(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    partition_impl(vm, "rpartition", args, kw, true)
}

fn affix_remove(vm: &Vm, name: &str, args: &[Value], kw: Kw, suffix: bool) -> PyResult<Value> {
    pos_only(vm, kw, "str", name, &args[1..], 1, 1)?;
    let s = pystr(vm, &args[0])?;
    let a = match args[1].payload() {
        Some(Payload::Str(a)) => a.as_str(),
        _ => {
            return Err(vm.type_error(format!(
                "{name}() argument must be str, not {}",
                crate::types::text::arg_type_name(vm, &args[1])
            )))
        }
    };
    let t = s.as_str();
    let r = if suffix {
        t.strip_suffix(a)
    } else {
        t.strip_prefix(a)
    };
    match r {
        Some(r) if !a.is_empty() => Ok(new_str(r)),
        _ => Ok(exact(&args[0], s)),
    }
}

fn str_removeprefix(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    affix_remove(vm, "removeprefix", args, kw, false)
}
fn str_removesuffix(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    affix_remove(vm, "removesuffix", args, kw, true)
}

// ----- dunders --------------------------------------------------------------------------

/// Whether a binary operator should defer to the other operand's reflected method
/// (a user class defining it) instead of raising the sequence error itself.
pub fn defer_to(other: &Value, rname: &str) -> bool {
    let t = crate::vm::type_of(other);
    if !tdata(t).heap {
        return false;
    }
    let k = crate::intern(rname);
    crate::types::typeobj::lookup(t, &k, crate::str_hash(&k)).is_some()
}

/// Both operands are strs and the left one an exact str (for the `s += t` fast path).
#[inline]
pub fn both_str(a: &Value, b: &Value) -> bool {
    matches!((a, b), (Value::Obj(x), Value::Obj(y)) if matches!(x.payload, Payload::Str(_)) && matches!(y.payload, Payload::Str(_)) && x.class.ptr_eq(&types().str))
}

/// `a += b` for strs when `a` is the only reference to its string: append in place
/// (amortised O(len(b))). Returns false when `a` is shared.
pub fn append_in_place(a: &mut Value, b: &Value) -> bool {
    let Value::Obj(o) = a else { return false };
    let Some(Payload::Str(t)) = b.payload() else {
        return false;
    };
    let Some(obj) = o.get_mut() else { return false };
    match &mut obj.payload {
        Payload::Str(s) => {
            s.push_str(t.as_str(), t.char_len());
            true
        }
        _ => false,
    }
}

/// Repeat count for `seq * n`; None when `n` is not an integer (error or NotImplemented).
pub fn repeat_count(vm: &Vm, n: &Value) -> PyResult<Option<i64>> {
    if crate::types::number::as_int(n).is_none()
        && (matches!(n, Value::Float(_)) || vm.lookup_special(n, "__index__").is_none())
    {
        if defer_to(n, "__rmul__") {
            return Ok(None);
        }
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            vm.type_name(n)
        )));
    }
    match crate::types::number::as_int(n) {
        Some(crate::types::number::IntRef::Big(b))
            if num_traits::ToPrimitive::to_i64(b).is_none() =>
        {
            // CPython converts the count first, whatever its sign.
            let _ = b;
            Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"))
        }
        _ => Ok(Some(index_arg(vm, n)?.max(0))),
    }
}

/// Whether `v` is a built-in sequence that `*` repeats (CPython's `sq_repeat`), whose own
/// `*` already reported the error (`[1] * 'a'` must blame the str, not the list).
pub fn is_builtin_seq(v: &Value) -> bool {
    matches!(
        v.payload(),
        Some(
            Payload::List(_)
                | Payload::Tuple(_)
                | Payload::Str(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
        )
    )
}

/// Register all `str` methods (this file's and those of `str_case`, `codecs`, `strformat`),
/// plus bytes, bytearray, memoryview and the text built-in functions.
pub fn init() {
    let t = &types().str;
    let fns: &[(&'static str, NativeFn)] = &[
        ("find", str_find),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("startswith", str_startswith),
        ("endswith", str_endswith),
        ("split", str_split),
        ("rsplit", str_rsplit),
        ("splitlines", str_splitlines),
        ("join", str_join),
        ("strip", str_strip),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
        ("replace", str_replace),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
    ];
    for (n, f) in fns {
        add_method(t, n, *f);
    }
    crate::types::str_dunders::init();
    crate::types::str_case::init();
    crate::types::codecs::init();
    crate::types::strformat::init();
    crate::types::bytes::init();
    crate::types::bytearray::init();
    crate::types::memoryview::init();
}
