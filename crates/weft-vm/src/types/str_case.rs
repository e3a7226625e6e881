//! `str` case conversion (`upper lower capitalize title swapcase casefold`), the `is*`
//! predicates, padding (`center ljust rjust zfill`), `expandtabs`, `translate`/`maketrans`,
//! the `str()` constructor and the `chr`/`ord` built-ins, all Unicode-aware like CPython
//! (<https://docs.python.org/3.11/library/stdtypes.html#string-methods>).

use crate::payload::{Payload, PyStr};
use crate::types::function::NativeFn;
use crate::types::str_methods::{exact, new_str_len, pystr, str_arg};
use crate::types::text::{bind, index_arg, pos_only, Kw};
use crate::types::unicode::{self as u, Case};
use crate::types::{add_method, add_staticmethod, types};
use crate::value::Value;
use crate::vm::Vm;
use crate::{new_str, PyResult};

fn noargs<'a>(vm: &Vm, name: &str, args: &'a [Value], kw: Kw) -> PyResult<&'a str> {
    Ok(noargs_str(vm, name, args, kw)?.as_str())
}

#[inline(always)]
fn noargs_str<'a>(vm: &Vm, name: &str, args: &'a [Value], kw: Kw) -> PyResult<&'a PyStr> {
    pos_only(vm, kw, "str", name, &args[1..], 0, 0)?;
    pystr(vm, &args[0])
}

// ----- case conversion ----------------------------------------------------------------

/// An ASCII result of `n` bytes (the input's length), short ones built inline.
fn ascii_result(n: usize, bytes: impl Iterator<Item = u8>) -> Value {
    if n == 0 {
        return crate::types::str_methods::small_str("");
    }
    ascii_value(PyStr::ascii_with(n, |d| {
        for (d, b) in d.iter_mut().zip(bytes) {
            *d = b;
        }
    }))
}

fn ascii_value(s: PyStr) -> Value {
    Value::Obj(crate::object::ObjRef::new(
        types().str.clone(),
        None,
        Payload::Str(s),
    ))
}

/// `s` (ASCII) with its letters raised or lowered: a copy converted in place.
fn ascii_case(s: &str, upper: bool) -> Value {
    if s.len() <= 1 {
        let b = s.as_bytes();
        let one = [if upper {
            b.first().map_or(0, u8::to_ascii_uppercase)
        } else {
            b.first().map_or(0, u8::to_ascii_lowercase)
        }];
        let t = std::str::from_utf8(&one[..b.len()]).unwrap_or("");
        return crate::types::str_methods::small_str(t);
    }
    // (`fill_ascii_case` writes nothing for text that is not ASCII: the callers have
    // checked, and `PyStr::ascii_case` below handles any text.)
    if s.len() <= crate::types::str::INLINE && s.is_ascii() {
        return crate::new_short_str(|p| p.fill_ascii_case(s, upper));
    }
    ascii_value(PyStr::ascii_case(s, upper))
}

fn str_upper(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = noargs_str(vm, "upper", args, kw)?;
    let s = p.as_str();
    if p.is_ascii() {
        return Ok(ascii_case(s, true));
    }
    Ok(new_str(u::map_all(s, Case::Upper)))
}
fn str_lower(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = noargs_str(vm, "lower", args, kw)?;
    let s = p.as_str();
    if p.is_ascii() {
        return Ok(ascii_case(s, false));
    }
    Ok(new_str(u::lower(s)))
}
fn str_casefold(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(new_str(u::map_all(
        noargs(vm, "casefold", args, kw)?,
        Case::Fold,
    )))
}

fn str_capitalize(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = noargs(vm, "capitalize", args, kw)?;
    if s.is_ascii() {
        return Ok(ascii_result(
            s.len(),
            s.bytes().enumerate().map(|(i, b)| {
                if i == 0 {
                    b.to_ascii_uppercase()
                } else {
                    b.to_ascii_lowercase()
                }
            }),
        ));
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        if i == 0 {
            u::push_case(chars[0], Case::Title, &mut out);
        } else {
            u::push_lower_at(&chars, i, &mut out);
        }
    }
    Ok(new_str(out))
}

fn str_title(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = noargs(vm, "title", args, kw)?;
    if s.is_ascii() {
        let mut prev = false;
        return Ok(ascii_result(
            s.len(),
            s.bytes().map(|b| {
                let r = if prev {
                    b.to_ascii_lowercase()
                } else {
                    b.to_ascii_uppercase()
                };
                prev = b.is_ascii_alphabetic();
                r
            }),
        ));
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            u::push_lower_at(&chars, i, &mut out);
        } else {
            u::push_case(c, Case::Title, &mut out);
        }
        prev_cased = u::is_cased(c);
    }
    Ok(new_str(out))
}

fn str_swapcase(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = noargs(vm, "swapcase", args, kw)?;
    if s.is_ascii() {
        return Ok(ascii_result(
            s.len(),
            s.bytes().map(|b| {
                if b.is_ascii_lowercase() {
                    b.to_ascii_uppercase()
                } else {
                    b.to_ascii_lowercase()
                }
            }),
        ));
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if u::is_upper(c) {
            u::push_lower_at(&chars, i, &mut out);
        } else if u::is_lower(c) {
            u::push_case(c, Case::Upper, &mut out);
        } else {
            out.push(c);
        }
    }
    Ok(new_str(out))
}

// ----- predicates ---------------------------------------------------------------------

fn all_chars(vm: &Vm, name: &str, args: &[Value], kw: Kw, f: fn(char) -> bool) -> PyResult<Value> {
    let s = noargs(vm, name, args, kw)?;
    Ok(Value::Bool(!s.is_empty() && s.chars().all(f)))
}

fn str_isalpha(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    all_chars(vm, "isalpha", args, kw, u::is_alpha)
}
fn str_isalnum(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    all_chars(vm, "isalnum", args, kw, u::is_alnum)
}
fn str_isdigit(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    all_chars(vm, "isdigit", args, kw, u::is_digit)
}
fn str_isdecimal(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    all_chars(vm, "isdecimal", args, kw, u::is_decimal)
}
fn str_isnumeric(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    all_chars(vm, "isnumeric", args, kw, u::is_numeric)
}
fn str_isspace(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    all_chars(vm, "isspace", args, kw, u::is_space)
}
fn str_isprintable(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = noargs(vm, "isprintable", args, kw)?;
    Ok(Value::Bool(s.chars().all(u::is_printable)))
}
fn str_isascii(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(noargs(vm, "isascii", args, kw)?.is_ascii()))
}

/// `str.isidentifier` on text.
pub fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if u::is_xid_start(c) => it.all(u::is_xid_continue),
        _ => false,
    }
}

fn str_isidentifier(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(is_identifier(noargs(
        vm,
        "isidentifier",
        args,
        kw,
    )?)))
}

fn str_islower(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = noargs(vm, "islower", args, kw)?;
    let mut cased = false;
    for c in s.chars() {
        if u::is_upper(c) || u::is_title(c) {
            return Ok(Value::Bool(false));
        }
        if !cased && u::is_lower(c) {
            cased = true;
        }
    }
    Ok(Value::Bool(cased))
}

fn str_isupper(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = noargs(vm, "isupper", args, kw)?;
    let mut cased = false;
    for c in s.chars() {
        if u::is_lower(c) || u::is_title(c) {
            return Ok(Value::Bool(false));
        }
        if !cased && u::is_upper(c) {
            cased = true;
        }
    }
    Ok(Value::Bool(cased))
}

fn str_istitle(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = noargs(vm, "istitle", args, kw)?;
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if u::is_upper(c) || u::is_title(c) {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if u::is_lower(c) {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

// ----- padding ----------------------------------------------------------------------

fn fill_arg(vm: &Vm, v: Option<&Value>) -> PyResult<char> {
    match v {
        None => Ok(' '),
        Some(v) => match v.payload() {
            Some(Payload::Str(s)) if s.char_len() == 1 => Ok(s.as_str().chars().next().unwrap()),
            Some(Payload::Str(_)) => {
                Err(vm.type_error("The fill character must be exactly one character long"))
            }
            _ => Err(vm.type_error(format!(
                "The fill character must be a unicode character, not {}",
                vm.type_name(v)
            ))),
        },
    }
}

fn pad_impl(vm: &Vm, name: &str, args: &[Value], kw: Kw, how: u8) -> PyResult<Value> {
    pos_only(vm, kw, "str", name, &args[1..], 1, 2)?;
    let s = pystr(vm, &args[0])?;
    let width = index_arg(vm, &args[1])?;
    let fill = fill_arg(vm, args.get(2))?;
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(exact(&args[0], s));
    }
    let marg = (width - len) as usize;
    vm.check_alloc(s.as_str().len() + marg * fill.len_utf8())?;
    let (left, right) = match how {
        b'l' => (0, marg),
        b'r' => (marg, 0),
        _ => {
            let left = marg / 2 + (marg & (width as usize) & 1);
            (left, marg - left)
        }
    };
    let mut out = String::with_capacity(s.as_str().len() + marg * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s.as_str());
    out.extend(std::iter::repeat_n(fill, right));
    Ok(new_str_len(out, width as usize))
}

fn str_center(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pad_impl(vm, "center", args, kw, b'c')
}
fn str_ljust(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pad_impl(vm, "ljust", args, kw, b'l')
}
fn str_rjust(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pad_impl(vm, "rjust", args, kw, b'r')
}

fn str_zfill(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pos_only(vm, kw, "str", "zfill", &args[1..], 1, 1)?;
    let s = pystr(vm, &args[0])?;
    let width = index_arg(vm, &args[1])?;
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(exact(&args[0], s));
    }
    let fill = (width - len) as usize;
    let t = s.as_str();
    vm.check_alloc(t.len() + fill)?;
    let mut out = String::with_capacity(t.len() + fill);
    let body = match t.as_bytes().first() {
        Some(b'+') | Some(b'-') => {
            out.push_str(&t[..1]);
            &t[1..]
        }
        _ => t,
    };
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(body);
    Ok(new_str_len(out, width as usize))
}

fn str_expandtabs(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = pystr(vm, &args[0])?;
    let a = bind(vm, "expandtabs", &args[1..], kw, &["tabsize"], 0)?;
    let tab = match a[0] {
        None => 8,
        Some(v) => c_int_arg(vm, v)?,
    };
    let t = s.as_str();
    if !t.contains('\t') {
        return Ok(exact(&args[0], s));
    }
    let mut out = String::with_capacity(t.len() + 16);
    let mut col: i64 = 0;
    for c in t.chars() {
        match c {
            '\t' => {
                if tab > 0 {
                    let n = tab - col % tab;
                    vm.check_alloc(out.len() + n as usize)?;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(new_str(out))
}

// ----- translate / maketrans ------------------------------------------------------------

fn str_translate(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pos_only(vm, kw, "str", "translate", &args[1..], 1, 1)?;
    let s = pystr(vm, &args[0])?;
    let table = &args[1];
    let mut cache: std::collections::HashMap<char, Option<String>> =
        std::collections::HashMap::new();
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        if let Some(r) = cache.get(&c) {
            if let Some(r) = r {
                out.push_str(r);
            }
            continue;
        }
        let r = match crate::ops::getitem(vm, table, &Value::Int(c as i64)) {
            Ok(v) => {
                if v.is_none() {
                    None
                } else if let Some(Payload::Str(t)) = v.payload() {
                    Some(t.as_str().to_string())
                } else {
                    match crate::types::number::as_int(&v) {
                        Some(crate::types::number::IntRef::Small(n))
                            if (0..0x110000).contains(&n) =>
                        {
                            Some(char::from_u32(n as u32).unwrap_or('\u{fffd}').to_string())
                        }
                        Some(_) => {
                            return Err(
                                vm.value_error("character mapping must be in range(0x110000)")
                            )
                        }
                        None => {
                            return Err(
                                vm.type_error("character mapping must return integer, None or str")
                            )
                        }
                    }
                }
            }
            Err(e) if vm.err_matches(&e, "LookupError") => Some(c.to_string()),
            Err(e) => return Err(e),
        };
        if let Some(r) = &r {
            out.push_str(r);
        }
        cache.insert(c, r);
    }
    Ok(new_str(out))
}

fn str_maketrans(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    // Called as a static method: args are (x[, y[, z]]).
    crate::types::text::no_kw(vm, kw, "str", "maketrans")?;
    if args.is_empty() || args.len() > 3 {
        return Err(vm.type_error(if args.is_empty() {
            "maketrans expected at least 1 argument, got 0".to_string()
        } else {
            format!("maketrans expected at most 3 arguments, got {}", args.len())
        }));
    }
    let d = crate::new_dict();
    let Some(Payload::Dict(dict)) = d.payload() else {
        unreachable!()
    };
    if args.len() == 1 {
        let Some(Payload::Dict(src)) = args[0].payload() else {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        for (k, v) in src.items() {
            let key = match k.payload() {
                Some(Payload::Str(s)) if s.char_len() == 1 => {
                    Value::Int(s.as_str().chars().next().unwrap() as i64)
                }
                Some(Payload::Str(_)) => {
                    return Err(vm.value_error("string keys in translate table must be of length 1"))
                }
                _ if crate::types::number::as_int(&k).is_some() => k.clone(),
                _ => {
                    return Err(vm.type_error("keys in translate table must be strings or integers"))
                }
            };
            dict.set(vm, key, v)?;
        }
        return Ok(d);
    }
    let sarg = |i: usize| -> PyResult<&str> {
        match args[i].payload() {
            Some(Payload::Str(s)) => Ok(s.as_str()),
            _ => Err(vm.type_error(format!(
                "maketrans() argument {} must be str, not {}",
                i + 1,
                crate::types::text::arg_type_name(vm, &args[i])
            ))),
        }
    };
    let y = sarg(1)?;
    if args.len() == 3 {
        sarg(2)?;
    }
    let x = match args[0].payload() {
        Some(Payload::Str(s)) => s.as_str(),
        _ => {
            return Err(vm.type_error(
                "first maketrans argument must be a string if there is a second argument",
            ))
        }
    };
    if x.chars().count() != y.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.chars().zip(y.chars()) {
        dict.set(vm, Value::Int(a as i64), Value::Int(b as i64))?;
    }
    if args.len() == 3 {
        for c in sarg(2)?.chars() {
            dict.set(vm, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(d)
}

// ----- constructor and built-ins ----------------------------------------------------------

fn str_new(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let cls = match args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Type(_)) => o.clone(),
        _ => return Err(vm.type_error("str.__new__(X): X is not a type object")),
    };
    let a = bind(
        vm,
        "str",
        &args[1..],
        kw,
        &["object", "encoding", "errors"],
        0,
    )?;
    let s = match a[0] {
        None => String::new(),
        Some(o) if a[1].is_none() && a[2].is_none() => vm.str(o)?,
        Some(o) => {
            let encoding = crate::types::codecs::name_arg(vm, "str", "encoding", a[1], "utf-8")?;
            let errors = crate::types::codecs::name_arg(vm, "str", "errors", a[2], "strict")?;
            if let Some(Payload::Str(_)) = o.payload() {
                return Err(vm.type_error("decoding str is not supported"));
            }
            let Some(b) = crate::types::codecs::buffer_bytes(o) else {
                return Err(vm.type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    vm.type_name(o)
                )));
            };
            let enc = crate::types::codecs::lookup_or_err(vm, encoding, false)?;
            crate::types::codecs::decode(vm, &b, enc, errors)?
        }
    };
    if cls.ptr_eq(&types().str) {
        return Ok(new_str(s));
    }
    Ok(crate::types::core::alloc(
        &cls,
        Payload::Str(crate::types::str::PyStr::new(s)),
    ))
}

fn chr_(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("chr() takes no keyword arguments"));
    }
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "chr() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    let n = c_int_arg(vm, &args[0])?;
    match u32::try_from(n).ok().and_then(char::from_u32) {
        Some(c) => {
            let mut b = [0u8; 4];
            Ok(crate::intern_char(c.encode_utf8(&mut b)))
        }
        None if (0xd800..0xe000).contains(&n) => {
            Err(vm.value_error("chr() of a surrogate code point is not supported"))
        }
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord_(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("ord() takes no keyword arguments"));
    }
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "ord() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    let v = &args[0];
    match v.payload() {
        Some(Payload::Str(s)) => {
            if s.char_len() == 1 {
                Ok(Value::Int(s.as_str().chars().next().unwrap() as i64))
            } else {
                Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                )))
            }
        }
        Some(Payload::Bytes(_)) | Some(Payload::ByteArray(_)) => {
            let b = crate::types::codecs::buffer_bytes(v).unwrap_or_default();
            if b.len() == 1 {
                Ok(Value::Int(b[0] as i64))
            } else {
                Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    b.len()
                )))
            }
        }
        _ => Err(vm.type_error(format!(
            "ord() expected string of length 1, but {} found",
            vm.type_name(v)
        ))),
    }
}

/// Install `chr` and `ord` into the builtins module.
pub fn install_builtins(m: &crate::ObjRef) {
    use crate::types::function::BuiltinKind;
    for (name, f) in [("chr", chr_ as NativeFn), ("ord", ord_)] {
        crate::import::set(
            m,
            name,
            crate::types::native(name, f, BuiltinKind::Function, None, None),
        );
    }
}

pub fn init() {
    let t = &types().str;
    let fns: &[(&'static str, NativeFn)] = &[
        ("upper", str_upper),
        ("lower", str_lower),
        ("casefold", str_casefold),
        ("capitalize", str_capitalize),
        ("title", str_title),
        ("swapcase", str_swapcase),
        ("isalpha", str_isalpha),
        ("isalnum", str_isalnum),
        ("isdigit", str_isdigit),
        ("isdecimal", str_isdecimal),
        ("isnumeric", str_isnumeric),
        ("isspace", str_isspace),
        ("isprintable", str_isprintable),
        ("isascii", str_isascii),
        ("isidentifier", str_isidentifier),
        ("islower", str_islower),
        ("isupper", str_isupper),
        ("istitle", str_istitle),
        ("center", str_center),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("zfill", str_zfill),
        ("expandtabs", str_expandtabs),
        ("translate", str_translate),
    ];
    for (n, f) in fns {
        add_method(t, n, *f);
    }
    add_staticmethod(t, "maketrans", str_maketrans);
    add_staticmethod(t, "__new__", str_new);
    let _ = str_arg;
}

/// A C `int` argument (CPython's `i` format): `OverflowError` beyond 32 bits.
pub(crate) fn c_int_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    match index_arg(vm, v) {
        Ok(n) if i32::try_from(n).is_ok() => Ok(n),
        Err(e) if !vm.err_matches(&e, "OverflowError") => Err(e),
        _ => Err(vm.overflow_error("Python int too large to convert to C int")),
    }
}
