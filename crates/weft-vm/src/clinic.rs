//! The argument-count and keyword checks of built-in functions and methods, raising
//! the `TypeError`s of CPython's C code word for word, Argument Clinic's among them
//! (<https://docs.python.org/3.11/howto/clinic.html>):
//!
//! - [`no_keywords`], [`function_args`], [`method_args`]: the checks of CPython's
//!   calling conventions (no keywords; `METH_NOARGS`, `METH_O`);
//! - [`positional`], [`positional_only`], [`bind`]: those of the helpers that Argument
//!   Clinic's generated parsers call, `_PyArg_CheckPositional` and
//!   `_PyArg_UnpackKeywords`;
//! - [`parse_tuple`]: the count check of `PyArg_ParseTuple`, which older C code calls
//!   instead; [`known_keywords`]: that of a function that takes its keywords itself.
//!
//! Each function takes the callable's name as its messages spell it. The `f()` forms
//! (`takes no keyword arguments`, `takes no arguments`, `takes exactly one argument`
//! and the keyword binder's) name what CPython's call machinery names: a method as
//! `Type.name` (`Random.seed`, `deque.rotate`), a function or constructor as `name`
//! (`cycle`, `chain.from_iterable`). The `expected ... argument(s), got N` form of
//! [`positional`] names what the C code passes to `_PyArg_CheckPositional`, which need
//! not be the same: `_random` passes `seed`, deque passes `deque.rotate`.
//!
//! The count checks are a few compares, inlined; their messages are built out of line.

use crate::payload::Payload;
use crate::value::Value;
use crate::vm::Vm;
use crate::{PyErr, PyResult};

type Kw<'a> = &'a [(Value, Value)];

/// `""` or `"s"`: the plural ending for `n` arguments.
pub(crate) fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// No keyword arguments: `f() takes no keyword arguments`.
#[inline(always)]
pub fn no_keywords(vm: &Vm, f: &str, kw: Kw) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(no_keywords_error(vm, f))
    }
}

#[cold]
#[inline(never)]
fn no_keywords_error(vm: &Vm, f: &str) -> PyErr {
    vm.type_error(format!("{f}() takes no keyword arguments"))
}

/// `_PyArg_CheckPositional`: `min..=max` positional arguments, `n` given
/// (`name expected at most 1 argument, got 2`; `name expected 2 arguments, got 1` when
/// `min == max`).
#[inline(always)]
pub fn positional(vm: &Vm, name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n >= min && n <= max {
        Ok(())
    } else {
        Err(positional_error(vm, name, n, min, max))
    }
}

#[cold]
#[inline(never)]
fn positional_error(vm: &Vm, name: &str, n: usize, min: usize, max: usize) -> PyErr {
    let (bound, k) = match (min == max, n < min) {
        (true, _) => ("", min),
        (false, true) => ("at least ", min),
        (false, false) => ("at most ", max),
    };
    vm.type_error(format!(
        "{name} expected {bound}{k} argument{}, got {n}",
        plural(k)
    ))
}

/// [`no_keywords`], then [`positional`], both under `name`: a C function that takes
/// its arguments by position only and checks their count itself (`pairwise`, `islice`).
#[inline(always)]
pub fn positional_only(
    vm: &Vm,
    name: &str,
    n: usize,
    kw: Kw,
    min: usize,
    max: usize,
) -> PyResult<()> {
    no_keywords(vm, name, kw)?;
    positional(vm, name, n, min, max)
}

/// A built-in function's positional arguments, `min..=max` of them, counted as its
/// calling convention does: `(0, 0)` is `METH_NOARGS` (`f() takes no arguments (1
/// given)`), `(1, 1)` is `METH_O` (`len() takes exactly one argument (2 given)`); any
/// other range is checked as [`positional`] under `f` (`getattr expected at least 2
/// arguments, got 1`). Keywords are the caller's to refuse.
#[inline(always)]
pub fn function_args(vm: &Vm, f: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        Ok(())
    } else {
        Err(count_error(vm, f, n, min, max))
    }
}

/// A method's arguments, `args[0]` being self: no keywords ([`no_keywords`]), and
/// `min..=max` more, counted as [`function_args`] counts. Without even self the check
/// fails, counting 0 given.
#[inline(always)]
pub fn method_args(
    vm: &Vm,
    f: &str,
    args: &[Value],
    kw: Kw,
    min: usize,
    max: usize,
) -> PyResult<()> {
    let n = args.len().wrapping_sub(1);
    if kw.is_empty() && n >= min && n <= max {
        return Ok(());
    }
    Err(if kw.is_empty() {
        count_error(vm, f, args.len().saturating_sub(1), min, max)
    } else {
        no_keywords_error(vm, f)
    })
}

/// [`function_args`]'s message.
#[cold]
#[inline(never)]
fn count_error(vm: &Vm, f: &str, n: usize, min: usize, max: usize) -> PyErr {
    match (min, max) {
        (0, 0) => vm.type_error(format!("{f}() takes no arguments ({n} given)")),
        (1, 1) => vm.type_error(format!("{f}() takes exactly one argument ({n} given)")),
        _ => positional_error(vm, f, n, min, max),
    }
}

/// The count check of `PyArg_ParseTuple` and `_PyArg_ParseStack`, which C code that
/// parses with a format string rather than through Argument Clinic calls:
/// `f() takes exactly 2 arguments (1 given)`, `f() takes at least 1 argument (0 given)`,
/// `f() takes at most 3 arguments (4 given)`. A format without a `:name` (`f` None)
/// says `function takes ...`.
#[inline(always)]
pub fn parse_tuple(vm: &Vm, f: Option<&str>, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n >= min && n <= max {
        Ok(())
    } else {
        Err(parse_tuple_error(vm, f, n, min, max))
    }
}

#[cold]
#[inline(never)]
fn parse_tuple_error(vm: &Vm, f: Option<&str>, n: usize, min: usize, max: usize) -> PyErr {
    let (bound, k) = match (min == max, n < min) {
        (true, _) => ("exactly", min),
        (false, true) => ("at least", min),
        (false, false) => ("at most", max),
    };
    let (f, parens) = match f {
        Some(f) => (f, "()"),
        None => ("function", ""),
    };
    vm.type_error(format!(
        "{f}{parens} takes {bound} {k} argument{} ({n} given)",
        plural(k)
    ))
}

/// A keyword's name (`""` for a key that is not a str).
fn key(k: &Value) -> &str {
    match k.payload() {
        Some(Payload::Str(s)) => s.as_str(),
        _ => "",
    }
}

/// `_PyArg_UnpackKeywords`: bind the positional arguments `pos` and keywords `kw` of `f`
/// to its parameters `names`, of which at most `npos` may be given by position and the
/// first `nreq` are required. Returns the arguments in parameter order, None for those
/// not given. Checks as CPython does, in its order: the count of all arguments, the
/// count of positional ones, missing required ones, parameters given by position and
/// by keyword (in parameter order), then keywords that name no parameter.
#[inline]
pub fn bind<const N: usize>(
    vm: &Vm,
    f: &str,
    pos: &[Value],
    kw: Kw,
    names: &[&str; N],
    npos: usize,
    nreq: usize,
) -> PyResult<[Option<Value>; N]> {
    let mut out = std::array::from_fn(|_| None);
    bind_into(vm, f, pos, kw, names, npos, nreq, &mut out)?;
    Ok(out)
}

/// [`bind`] into `out` (one slot per name, all None).
fn bind_into(
    vm: &Vm,
    f: &str,
    pos: &[Value],
    kw: Kw,
    names: &[&str],
    npos: usize,
    nreq: usize,
    out: &mut [Option<Value>],
) -> PyResult<()> {
    let total = pos.len() + kw.len();
    if total > names.len() {
        return Err(vm.type_error(format!(
            "{f}() takes at most {} {}argument{} ({total} given)",
            names.len(),
            if pos.is_empty() { "keyword " } else { "" },
            plural(names.len()),
        )));
    }
    if pos.len() > npos {
        return Err(vm.type_error(format!(
            "{f}() takes at most {npos} positional argument{} ({} given)",
            plural(npos),
            pos.len()
        )));
    }
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(v.clone());
    }
    for (i, name) in names.iter().enumerate().skip(pos.len()) {
        if let Some((_, v)) = kw.iter().find(|(k, _)| key(k) == *name) {
            out[i] = Some(v.clone());
        } else if i < nreq {
            return Err(vm.type_error(format!(
                "{f}() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    for (i, name) in names[..pos.len()].iter().enumerate() {
        if kw.iter().any(|(k, _)| key(k) == *name) {
            return Err(vm.type_error(format!(
                "argument for {f}() given by name ('{name}') and position ({})",
                i + 1
            )));
        }
    }
    known_keywords(vm, f, kw, names)
}

/// Keywords among `names` only: `'x' is an invalid keyword argument for f()` for the
/// first that is not (a function that binds its keywords itself, `print`, `zip`).
pub fn known_keywords(vm: &Vm, f: &str, kw: Kw, names: &[&str]) -> PyResult<()> {
    match kw.iter().map(|(k, _)| key(k)).find(|k| !names.contains(k)) {
        Some(k) => Err(vm.type_error(format!("'{k}' is an invalid keyword argument for {f}()"))),
        None => Ok(()),
    }
}
