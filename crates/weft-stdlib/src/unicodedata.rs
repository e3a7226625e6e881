//! `unicodedata`: the Unicode character database (Unicode 14.0.0, as CPython 3.11) —
//! categories, bidirectional classes, combining classes, widths, numeric values,
//! decompositions from the generated `unicodedata_tables.rs`; names and normalization
//! through the `unicode_names2` and `unicode-normalization` crates.
//! Follows <https://docs.python.org/3.11/library/unicodedata.html>.

use crate::unicodedata_tables as t;
use unicode_normalization::UnicodeNormalization;
use weft_vm::builtins::str_arg;
use weft_vm::import::{new_module, set};
use weft_vm::types::function::BuiltinKind;
use weft_vm::types::native;
use weft_vm::{new_str, ObjRef, PyResult, Value, Vm};

type Kw<'a> = &'a [(Value, Value)];

/// The database row of a code point: (category, bidirectional, combining, width, mirrored).
fn props(c: char) -> (u8, u8, u8, u8, u8) {
    let cp = c as u32;
    let i = t::PROPS.partition_point(|e| e.0 <= cp) - 1;
    let e = t::PROPS[i];
    (e.1, e.2, e.3, e.4, e.5)
}

fn assigned(c: char) -> bool {
    t::CATEGORIES[props(c).0 as usize] != "Cn"
}

fn no_kw(vm: &Vm, name: &str, kw: Kw) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("unicodedata.{name}() takes no keyword arguments")))
    }
}

/// The single character argument of a one-argument function (`category(chr)`).
fn one_char(vm: &Vm, name: &str, a: &[Value], kw: Kw) -> PyResult<char> {
    no_kw(vm, name, kw)?;
    if a.len() != 1 {
        return Err(vm.type_error(format!(
            "unicodedata.{name}() takes exactly one argument ({} given)",
            a.len()
        )));
    }
    to_char(vm, name, "argument", &a[0])
}

/// Argument Clinic's `int(accept={str})` character: `what` is "argument" for a
/// one-argument function, "argument 1" for one with more; None is named "None".
fn to_char(vm: &Vm, name: &str, what: &str, v: &Value) -> PyResult<char> {
    if let Some(s) = str_arg(v) {
        let mut it = s.chars();
        if let (Some(c), None) = (it.next(), it.next()) {
            return Ok(c);
        }
    }
    Err(vm.type_error(format!(
        "{name}() {what} must be a unicode character, not {}",
        weft_vm::types::text::arg_type_name(vm, v)
    )))
}

/// `(chr[, default])` of decimal/digit/numeric/name.
fn char_and_default<'a>(
    vm: &Vm,
    name: &str,
    a: &'a [Value],
    kw: Kw,
) -> PyResult<(char, Option<&'a Value>)> {
    no_kw(vm, name, kw)?;
    if a.is_empty() {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "{name} expected at most 2 arguments, got {}",
            a.len()
        )));
    }
    Ok((to_char(vm, name, "argument 1", &a[0])?, a.get(1)))
}

fn numeric_row(c: char) -> Option<&'static (u32, i8, i8, f64)> {
    let cp = c as u32;
    t::NUMERIC
        .binary_search_by_key(&cp, |e| e.0)
        .ok()
        .map(|i| &t::NUMERIC[i])
}

fn category(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let c = one_char(vm, "category", a, kw)?;
    Ok(new_str(t::CATEGORIES[props(c).0 as usize]))
}

fn bidirectional(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let c = one_char(vm, "bidirectional", a, kw)?;
    Ok(new_str(t::BIDIRECTIONAL[props(c).1 as usize]))
}

fn combining(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let c = one_char(vm, "combining", a, kw)?;
    Ok(Value::Int(props(c).2 as i64))
}

/// East Asian wide or fullwidth (two columns on a terminal).
pub(crate) fn is_wide(c: char) -> bool {
    matches!(t::EAST_ASIAN_WIDTH[props(c).3 as usize], "W" | "F")
}

fn east_asian_width(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let c = one_char(vm, "east_asian_width", a, kw)?;
    Ok(new_str(t::EAST_ASIAN_WIDTH[props(c).3 as usize]))
}

fn mirrored(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let c = one_char(vm, "mirrored", a, kw)?;
    Ok(Value::Int(props(c).4 as i64))
}

fn decomposition(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let c = one_char(vm, "decomposition", a, kw)?;
    let cp = c as u32;
    let s = t::DECOMPOSITION
        .binary_search_by_key(&cp, |e| e.0)
        .map(|i| t::DECOMPOSITION[i].1)
        .unwrap_or("");
    Ok(new_str(s))
}

/// decimal/digit/numeric: the value from the table's column, else the default, else
/// ValueError(`missing`).
fn number(
    vm: &Vm,
    name: &str,
    missing: &str,
    a: &[Value],
    kw: Kw,
    pick: fn(&(u32, i8, i8, f64)) -> Option<Value>,
) -> PyResult<Value> {
    let (c, default) = char_and_default(vm, name, a, kw)?;
    if let Some(v) = numeric_row(c).and_then(pick) {
        return Ok(v);
    }
    match default {
        Some(d) => Ok(d.clone()),
        None => Err(vm.value_error(missing)),
    }
}

fn decimal(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    number(vm, "decimal", "not a decimal", a, kw, |r| {
        (r.1 >= 0).then_some(Value::Int(r.1 as i64))
    })
}

fn digit(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    number(vm, "digit", "not a digit", a, kw, |r| {
        (r.2 >= 0).then_some(Value::Int(r.2 as i64))
    })
}

fn numeric(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    number(vm, "numeric", "not a numeric character", a, kw, |r| {
        Some(Value::Float(r.3))
    })
}

/// The name of an assigned character (for the `namereplace` codec error handler).
pub fn char_name(c: char) -> Option<String> {
    if assigned(c) {
        unicode_names2::name(c).map(|n| n.to_string())
    } else {
        None
    }
}

/// The character named `name`, ignoring case (for the `unicode_escape` codec's `\N{...}`).
pub fn char_by_name(name: &str) -> Option<char> {
    unicode_names2::character(&name.to_ascii_uppercase()).filter(|&c| assigned(c))
}

fn name(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let (c, default) = char_and_default(vm, "name", a, kw)?;
    let found = if assigned(c) {
        unicode_names2::name(c).map(|n| n.to_string())
    } else {
        None
    };
    match (found, default) {
        (Some(n), _) => Ok(new_str(n)),
        (None, Some(d)) => Ok(d.clone()),
        (None, None) => Err(vm.value_error("no such name")),
    }
}

fn lookup(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw(vm, "lookup", kw)?;
    if a.len() != 1 {
        return Err(vm.type_error(format!(
            "unicodedata.lookup() takes exactly one argument ({} given)",
            a.len()
        )));
    }
    let text: String = match str_arg(&a[0]) {
        Some(s) => s.to_string(),
        None => match weft_vm::types::codecs::buffer_bytes(&a[0]) {
            Some(b) => String::from_utf8_lossy(&b).into_owned(),
            None => {
                return Err(vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(&a[0])
                )))
            }
        },
    };
    match unicode_names2::character(&text).filter(|&c| assigned(c)) {
        Some(c) => Ok(new_str(c.to_string())),
        None => Err(vm.new_error("KeyError", format!("undefined character name '{text}'"))),
    }
}

/// The two `(form, unistr)` arguments of normalize/is_normalized.
fn form_args<'a>(vm: &Vm, name: &str, a: &'a [Value], kw: Kw) -> PyResult<(&'a str, &'a str)> {
    no_kw(vm, name, kw)?;
    if a.len() != 2 {
        return Err(vm.type_error(format!("{name} expected 2 arguments, got {}", a.len())));
    }
    let mut out = [""; 2];
    for (i, v) in a.iter().enumerate() {
        out[i] = str_arg(v).ok_or_else(|| {
            vm.type_error(format!(
                "{name}() argument {} must be str, not {}",
                i + 1,
                vm.type_name(v)
            ))
        })?;
    }
    Ok((out[0], out[1]))
}

fn normalized(vm: &Vm, form: &str, s: &str) -> PyResult<String> {
    Ok(match form {
        "NFC" => s.nfc().collect(),
        "NFD" => s.nfd().collect(),
        "NFKC" => s.nfkc().collect(),
        "NFKD" => s.nfkd().collect(),
        _ => return Err(vm.value_error("invalid normalization form")),
    })
}

fn normalize(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let (form, s) = form_args(vm, "normalize", a, kw)?;
    let r = normalized(vm, form, s)?;
    if r == s {
        return Ok(a[1].clone());
    }
    Ok(new_str(r))
}

fn is_normalized(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let (form, s) = form_args(vm, "is_normalized", a, kw)?;
    Ok(Value::Bool(normalized(vm, form, s)? == s))
}

pub fn init(_vm: &Vm) -> PyResult<ObjRef> {
    let m = new_module("unicodedata");
    let fns: [(&str, weft_vm::types::function::NativeFn); 13] = [
        ("category", category),
        ("bidirectional", bidirectional),
        ("combining", combining),
        ("east_asian_width", east_asian_width),
        ("mirrored", mirrored),
        ("decomposition", decomposition),
        ("decimal", decimal),
        ("digit", digit),
        ("numeric", numeric),
        ("name", name),
        ("lookup", lookup),
        ("normalize", normalize),
        ("is_normalized", is_normalized),
    ];
    for (n, f) in fns {
        set(&m, n, native(n, f, BuiltinKind::Function, None, None));
    }
    set(&m, "unidata_version", new_str("14.0.0"));
    Ok(m)
}
