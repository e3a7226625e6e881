//! Helpers shared by the `str`, `bytes` and `bytearray` methods: CPython's argument-count
//! and keyword error messages, `start`/`end` slice arguments, and byte-level search,
//! split and replace algorithms (memchr/memmem) that work on UTF-8 text and raw bytes alike
//! (<https://docs.python.org/3.11/library/stdtypes.html#common-sequence-operations>).

use crate::clinic::plural;
use crate::payload::Payload;
use crate::types::number::{as_int, IntRef};
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use memchr::memmem;

pub type Kw<'a> = &'a [(Value, Value)];

/// Methods without keywords: "str.find() takes no keyword arguments".
pub fn no_kw(vm: &Vm, kw: Kw, tname: &str, name: &str) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{tname}.{name}() takes no keyword arguments")))
    }
}

/// Old-style counts: "find() takes at least 1 argument (0 given)".
pub fn arity_old(vm: &Vm, name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n < min {
        return Err(vm.type_error(format!(
            "{name}() takes at least {min} argument{} ({n} given)",
            plural(min)
        )));
    }
    if n > max {
        return Err(vm.type_error(format!(
            "{name}() takes at most {max} argument{} ({n} given)",
            plural(max)
        )));
    }
    Ok(())
}

/// Argument Clinic counts: "replace expected at least 2 arguments, got 1",
/// "str.join() takes exactly one argument (0 given)", "str.upper() takes no arguments (1 given)".
pub fn arity(vm: &Vm, tname: &str, name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n >= min && n <= max {
        return Ok(());
    }
    if max == 0 {
        return Err(vm.type_error(format!("{tname}.{name}() takes no arguments ({n} given)")));
    }
    if min == 1 && max == 1 {
        return Err(vm.type_error(format!(
            "{tname}.{name}() takes exactly one argument ({n} given)"
        )));
    }
    if min == max {
        return Err(vm.type_error(format!(
            "{name} expected {min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n < min {
        return Err(vm.type_error(format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        )));
    }
    Err(vm.type_error(format!(
        "{name} expected at most {max} argument{}, got {n}",
        plural(max)
    )))
}

/// Positional-only method with Clinic messages (`args` excludes self).
#[inline(always)]
pub fn pos_only(
    vm: &Vm,
    kw: Kw,
    tname: &str,
    name: &str,
    args: &[Value],
    min: usize,
    max: usize,
) -> PyResult<()> {
    // The usual call passes: two compares, no call.
    if kw.is_empty() && args.len() >= min && args.len() <= max {
        return Ok(());
    }
    pos_only_error(vm, kw, tname, name, args.len(), min, max)
}

#[cold]
#[inline(never)]
fn pos_only_error(
    vm: &Vm,
    kw: Kw,
    tname: &str,
    name: &str,
    n: usize,
    min: usize,
    max: usize,
) -> PyResult<()> {
    no_kw(vm, kw, tname, name)?;
    arity(vm, tname, name, n, min, max)
}

/// The most names [`bind`] takes.
pub const BIND_MAX: usize = 4;

/// Bind positional-or-keyword arguments (`args` excludes self) to `names` (at most
/// [`BIND_MAX`]); slots past `names.len()` stay `None`. Errors as Argument Clinic
/// reports them, in its order: too many arguments, a missing required one, one given
/// by name and position, an unknown keyword.
pub fn bind<'a>(
    vm: &Vm,
    fname: &str,
    args: &'a [Value],
    kw: Kw<'a>,
    names: &[&str],
    min: usize,
) -> PyResult<[Option<&'a Value>; BIND_MAX]> {
    debug_assert!(names.len() <= BIND_MAX);
    let mut out: [Option<&Value>; BIND_MAX] = [None; BIND_MAX];
    bind_sig(
        vm,
        &Sig {
            fname,
            names,
            posonly: 0,
            maxpos: names.len(),
            min,
        },
        args,
        kw,
        &mut out,
    )?;
    Ok(out)
}

/// A built-in function's signature as Argument Clinic sees it: `names[..posonly]` are
/// positional-only, `names[maxpos..]` keyword-only, the first `min` are required.
pub struct Sig<'s> {
    pub fname: &'s str,
    pub names: &'s [&'s str],
    pub posonly: usize,
    pub maxpos: usize,
    pub min: usize,
}

fn kw_name(k: &Value) -> &str {
    match k.payload() {
        Some(Payload::Str(s)) => s.as_str(),
        _ => "",
    }
}

/// Bind `args` and `kw` to `sig` into `out` (at least `sig.names.len()` slots), with
/// CPython's messages (`_PyArg_UnpackKeywords`).
pub fn bind_sig<'a>(
    vm: &Vm,
    sig: &Sig,
    args: &'a [Value],
    kw: Kw<'a>,
    out: &mut [Option<&'a Value>],
) -> PyResult<()> {
    let fname = sig.fname;
    let (nargs, max) = (args.len(), sig.names.len());
    if nargs + kw.len() > max {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {max} {}argument{} ({} given)",
            if nargs == 0 { "keyword " } else { "" },
            plural(max),
            nargs + kw.len()
        )));
    }
    if nargs > sig.maxpos {
        if sig.maxpos == 0 {
            return Err(vm.type_error(format!("{fname}() takes no positional arguments")));
        }
        return Err(vm.type_error(format!(
            "{fname}() takes {} {} positional argument{} ({nargs} given)",
            if sig.min.min(sig.maxpos) < sig.maxpos {
                "at most"
            } else {
                "exactly"
            },
            sig.maxpos,
            plural(sig.maxpos)
        )));
    }
    let minposonly = sig.min.min(sig.posonly);
    if nargs < minposonly {
        return Err(vm.type_error(format!(
            "{fname}() takes {} {minposonly} positional argument{} ({nargs} given)",
            if minposonly < sig.maxpos {
                "at least"
            } else {
                "exactly"
            },
            plural(minposonly)
        )));
    }
    for (o, a) in out.iter_mut().zip(args) {
        *o = Some(a);
    }
    let mut left = kw.len();
    for i in nargs.max(sig.posonly)..max {
        let found = if left > 0 {
            kw.iter()
                .find(|(k, _)| kw_name(k) == sig.names[i])
                .map(|(_, v)| v)
        } else {
            None
        };
        out[i] = found;
        if found.is_some() {
            left -= 1;
        } else if i < sig.min {
            return Err(vm.type_error(format!(
                "{fname}() missing required argument '{}' (pos {})",
                sig.names[i],
                i + 1
            )));
        }
    }
    if left > 0 {
        for (i, name) in sig.names.iter().enumerate().take(nargs).skip(sig.posonly) {
            if kw.iter().any(|(k, _)| kw_name(k) == *name) {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{name}') and position ({})",
                    i + 1
                )));
            }
        }
        for (k, _) in kw {
            let kname = kw_name(k);
            if !sig.names[sig.posonly..].contains(&kname) {
                return Err(vm.type_error(format!(
                    "'{kname}' is an invalid keyword argument for {fname}()"
                )));
            }
        }
    }
    Ok(())
}

/// An integer argument (`__index__` protocol): "'str' object cannot be interpreted as an integer".
#[inline]
pub fn index_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        _ => index_arg_other(vm, v),
    }
}

#[inline(never)]
fn index_arg_other(vm: &Vm, v: &Value) -> PyResult<i64> {
    match as_int(v) {
        Some(IntRef::Small(i)) => Ok(i),
        // An int subclass instance (e.g. an IntEnum member) holds a small value as big.
        Some(IntRef::Big(b)) => num_traits::ToPrimitive::to_i64(b)
            .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t")),
        None => match (
            matches!(v, Value::Float(_)),
            vm.lookup_special(v, "__index__"),
        ) {
            (false, Some(f)) => {
                let r = vm.call(&f, &[])?;
                if as_int(&r).is_some() {
                    crate::types::number::warn_int_subclass(vm, "__index__", &r)?;
                }
                match as_int(&r) {
                    Some(IntRef::Small(i)) => Ok(i),
                    Some(IntRef::Big(b)) => num_traits::ToPrimitive::to_i64(b).ok_or_else(|| {
                        vm.overflow_error("Python int too large to convert to C ssize_t")
                    }),
                    None => Err(vm.type_error(format!(
                        "__index__ returned non-int (type {})",
                        vm.type_name(&r)
                    ))),
                }
            }
            _ => Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            ))),
        },
    }
}

/// A `start`/`end` argument of find/count/startswith: None or an index (big values
/// clamp), read as a slice bound is.
pub fn slice_arg(vm: &Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(None),
        Some(v) => crate::types::seq::slice_bound(vm, v),
    }
}

/// CPython's ADJUST_INDICES: clamp `start`/`end` to `0..=len`. `start` may exceed `len`
/// (callers treat that as "no match").
pub fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len = len as i64;
    let mut s = start.unwrap_or(0);
    let mut e = end.unwrap_or(len);
    if e > len {
        e = len;
    } else if e < 0 {
        e = (e + len).max(0);
    }
    if s < 0 {
        s = (s + len).max(0);
    }
    (s as usize, e as usize)
}

// ----- byte-level algorithms -------------------------------------------------------

#[inline]
pub fn find(h: &[u8], n: &[u8]) -> Option<usize> {
    match n.len() {
        0 => Some(0),
        1 => memchr::memchr(n[0], h),
        _ => memmem::find(h, n),
    }
}

#[inline]
pub fn rfind(h: &[u8], n: &[u8]) -> Option<usize> {
    match n.len() {
        0 => Some(h.len()),
        1 => memchr::memrchr(n[0], h),
        _ => memmem::rfind(h, n),
    }
}

/// Non-overlapping occurrences, at most `max`.
pub fn count(h: &[u8], n: &[u8], max: usize) -> usize {
    if n.is_empty() {
        return (h.len() + 1).min(max);
    }
    if n.len() == 1 {
        return memchr::memchr_iter(n[0], h).take(max).count();
    }
    memmem::find_iter(h, n).take(max).count()
}

/// Refuse a `replace(old, new, count)` whose result could not be allocated, before
/// building it: CPython's MemoryError, or its OverflowError ("replace string is too
/// long") past the largest size. `units` counts the elements (chars of text) for an
/// empty `old`, which inserts before each and at the end. Cheap unless the result could
/// be large.
pub fn check_replace(
    vm: &Vm,
    what: &str,
    h: &[u8],
    old: &[u8],
    new: &[u8],
    max: usize,
    units: impl FnOnce() -> usize,
) -> PyResult<()> {
    if new.len() <= old.len() {
        return Ok(());
    }
    let grow = (new.len() - old.len()) as u128;
    let most = if old.is_empty() {
        h.len() as u128 + 1
    } else {
        (h.len() / old.len()) as u128
    };
    if h.len() as u128 + most.min(max as u128) * grow < 1 << 26 {
        return Ok(());
    }
    let n = if old.is_empty() {
        (units() as u128 + 1).min(max as u128)
    } else {
        count(h, old, max) as u128
    };
    check_result_len(vm, h.len() as u128 + n * grow, || {
        format!("replace {what} is too long")
    })
    .map(|_| ())
}

/// The size of a result about to be built (`len` bytes), refused as CPython refuses it:
/// an OverflowError (`too_long`) past the largest size, a MemoryError when it cannot be
/// allocated.
pub fn check_result_len(vm: &Vm, len: u128, too_long: impl FnOnce() -> String) -> PyResult<usize> {
    if len > isize::MAX as u128 {
        return Err(vm.overflow_error(too_long()));
    }
    vm.check_alloc(len as usize)?;
    Ok(len as usize)
}

/// `replace(old, new, count)` on bytes; `unit` gives the length of the element starting at
/// a position (1 for bytes, the UTF-8 length of the char for text) for empty `old`.
pub fn replace(
    h: &[u8],
    old: &[u8],
    new: &[u8],
    max: usize,
    unit: impl Fn(&[u8]) -> usize,
) -> Vec<u8> {
    let mut out = Vec::with_capacity(h.len());
    if old.is_empty() {
        let mut i = 0;
        let mut n = 0;
        while n < max {
            out.extend_from_slice(new);
            n += 1;
            if i >= h.len() {
                break;
            }
            let u = unit(&h[i..]);
            out.extend_from_slice(&h[i..i + u]);
            i += u;
        }
        out.extend_from_slice(&h[i.min(h.len())..]);
        return out;
    }
    let mut last = 0;
    for p in memmem::find_iter(h, old).take(max) {
        out.extend_from_slice(&h[last..p]);
        out.extend_from_slice(new);
        last = p + old.len();
    }
    out.extend_from_slice(&h[last..]);
    out
}

/// Split on a non-empty separator, at most `max` splits.
pub fn split<'a>(h: &'a [u8], sep: &[u8], max: usize) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut last = 0;
    let mut n = 0;
    if max > 0 {
        if sep.len() == 1 {
            for p in memchr::memchr_iter(sep[0], h) {
                out.push(&h[last..p]);
                last = p + 1;
                n += 1;
                if n >= max {
                    break;
                }
            }
        } else {
            for p in memmem::find_iter(h, sep) {
                out.push(&h[last..p]);
                last = p + sep.len();
                n += 1;
                if n >= max {
                    break;
                }
            }
        }
    }
    out.push(&h[last..]);
    out
}

/// Split from the right on a non-empty separator; result in left-to-right order.
pub fn rsplit<'a>(h: &'a [u8], sep: &[u8], max: usize) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut end = h.len();
    let mut n = 0;
    while n < max {
        match rfind(&h[..end], sep) {
            Some(p) => {
                out.push(&h[p + sep.len()..end]);
                end = p;
                n += 1;
            }
            None => break,
        }
    }
    out.push(&h[..end]);
    out.reverse();
    out
}

/// Whitespace split (`sep=None`) given a predicate on units; `next` decodes the unit at a
/// position as (is_space, length).
pub fn split_ws(h: &[u8], max: usize, next: impl Fn(&[u8]) -> (bool, usize)) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut i = 0;
    let n = h.len();
    loop {
        while i < n {
            let (sp, l) = next(&h[i..]);
            if !sp {
                break;
            }
            i += l;
        }
        if i >= n {
            break;
        }
        if out.len() >= max {
            // Remainder keeps its trailing whitespace.
            out.push(&h[i..]);
            return out;
        }
        let st = i;
        while i < n {
            let (sp, l) = next(&h[i..]);
            if sp {
                break;
            }
            i += l;
        }
        out.push(&h[st..i]);
    }
    out
}

/// Whitespace split from the right; `prev` decodes the unit ending at a position.
pub fn rsplit_ws(h: &[u8], max: usize, prev: impl Fn(&[u8]) -> (bool, usize)) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut i = h.len();
    loop {
        while i > 0 {
            let (sp, l) = prev(&h[..i]);
            if !sp {
                break;
            }
            i -= l;
        }
        if i == 0 {
            break;
        }
        if out.len() >= max {
            out.push(&h[..i]);
            break;
        }
        let end = i;
        while i > 0 {
            let (sp, l) = prev(&h[..i]);
            if sp {
                break;
            }
            i -= l;
        }
        out.push(&h[i..end]);
    }
    out.reverse();
    out
}

/// `maxsplit` argument: negative means unlimited.
pub fn maxsplit(vm: &Vm, v: Option<&Value>) -> PyResult<usize> {
    match v {
        None => Ok(usize::MAX),
        Some(v) => {
            let n = index_arg(vm, v)?;
            Ok(if n < 0 { usize::MAX } else { n as usize })
        }
    }
}

/// The type named in an argument-clinic style "must be X, not Y" message: CPython
/// writes `None` for None and the type's name otherwise.
/// The spec of a `__format__` call: a str, else CPython's TypeError
/// ("__format__() argument must be str, not int").
pub fn format_spec<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a str> {
    match v.payload() {
        Some(Payload::Str(s)) => Ok(s.as_str()),
        _ => Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            arg_type_name(vm, v)
        ))),
    }
}

pub fn arg_type_name(vm: &Vm, v: &Value) -> String {
    if v.is_none() {
        "None".to_string()
    } else {
        vm.type_name(v).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    fn ws(b: &[u8]) -> (bool, usize) {
        (b[0] == b' ', 1)
    }
    fn wsr(b: &[u8]) -> (bool, usize) {
        (b[b.len() - 1] == b' ', 1)
    }
    #[test]
    fn algorithms() {
        assert_eq!(
            split(b"a,b,,c", b",", usize::MAX),
            vec![&b"a"[..], b"b", b"", b"c"]
        );
        assert_eq!(rsplit(b"a,b,c", b",", 1), vec![&b"a,b"[..], b"c"]);
        assert_eq!(
            split_ws(b"  a b  c ", usize::MAX, ws),
            vec![&b"a"[..], b"b", b"c"]
        );
        assert_eq!(split_ws(b"  a b  c ", 1, ws), vec![&b"a"[..], b"b  c "]);
        assert_eq!(rsplit_ws(b"  a b  c ", 1, wsr), vec![&b"  a b"[..], b"c"]);
        assert_eq!(replace(b"abc", b"", b"-", usize::MAX, |_| 1), b"-a-b-c-");
        assert_eq!(replace(b"abc", b"", b"-", 2, |_| 1), b"-a-bc");
        assert_eq!(replace(b"aaaa", b"aa", b"b", usize::MAX, |_| 1), b"bb");
        assert_eq!(count(b"aaaa", b"aa", usize::MAX), 2);
        assert_eq!(adjust(Some(-2), None, 5), (3, 5));
    }
}
