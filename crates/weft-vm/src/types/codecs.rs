//! The built-in codecs behind `str.encode`, `bytes.decode` and `str(b, encoding)`:
//! utf-8, ascii, latin-1, utf-16 and utf-32 (with and without BOM) and the error handlers
//! strict, ignore, replace, backslashreplace and xmlcharrefreplace, raising
//! `UnicodeEncodeError`/`UnicodeDecodeError` with CPython's messages and attributes
//! (<https://docs.python.org/3.11/library/codecs.html#standard-encodings>).

use crate::payload::Payload;
use crate::types::text::{bind, Kw};
use crate::value::Value;
use crate::vm::Vm;
use crate::{new_str, new_tuple, PyErr, PyResult};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Enc {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
    /// UTF-16: None = native with BOM, Some(true) = big endian.
    Utf16(Option<bool>),
    Utf32(Option<bool>),
    Cp1252,
}

/// cp1252's 0x80..0xa0 (0 = undefined); other bytes are latin-1.
const CP1252: [u16; 32] = [
    0x20ac, 0x0000, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
    0x0152, 0x0000, 0x017d, 0x0000, 0x0000, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
    0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x0000, 0x017e, 0x0178,
];

fn cp1252_encode(c: char) -> Option<u8> {
    let n = c as u32;
    if n < 0x80 || (0xa0..0x100).contains(&n) {
        return Some(n as u8);
    }
    CP1252
        .iter()
        .position(|&x| x != 0 && x as u32 == n)
        .map(|p| 0x80 + p as u8)
}

impl Enc {
    /// The name CPython's error messages use.
    pub fn name(self) -> &'static str {
        match self {
            Enc::Utf8 => "utf-8",
            Enc::Utf8Sig => "utf-8-sig",
            Enc::Ascii => "ascii",
            Enc::Latin1 => "latin-1",
            Enc::Utf16(None) => "utf-16",
            Enc::Utf16(Some(false)) => "utf-16-le",
            Enc::Utf16(Some(true)) => "utf-16-be",
            Enc::Utf32(None) => "utf-32",
            Enc::Utf32(Some(false)) => "utf-32-le",
            Enc::Utf32(Some(true)) => "utf-32-be",
            Enc::Cp1252 => "charmap",
        }
    }
}

/// Find a codec by any of its Python aliases.
pub fn lookup(name: &str) -> Option<Enc> {
    let n: String = name
        .trim()
        .chars()
        .map(|c| {
            if c == '_' || c == ' ' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    Some(match n.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8-ucs2" | "utf8-ucs4" => Enc::Utf8,
        "utf-8-sig" | "utf8-sig" => Enc::Utf8Sig,
        "ascii" | "us-ascii" | "646" | "us" | "ansi-x3.4-1968" | "iso646-us" | "cp367"
        | "csascii" | "ibm367" | "iso-ir-6" => Enc::Ascii,
        "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819"
        | "iso-ir-100" | "csisolatin1" | "ibm819" | "iso-8859-1:1987" => Enc::Latin1,
        "utf-16" | "utf16" | "u16" => Enc::Utf16(None),
        "utf-16-le" | "utf-16le" | "utf16le" | "unicodelittleunmarked" => Enc::Utf16(Some(false)),
        "utf-16-be" | "utf-16be" | "utf16be" | "unicodebigunmarked" => Enc::Utf16(Some(true)),
        "utf-32" | "utf32" | "u32" => Enc::Utf32(None),
        "utf-32-le" | "utf-32le" | "utf32le" => Enc::Utf32(Some(false)),
        "utf-32-be" | "utf-32be" | "utf32be" => Enc::Utf32(Some(true)),
        "cp1252" | "windows-1252" | "1252" => Enc::Cp1252,
        _ => return None,
    })
}

pub fn lookup_or_err(vm: &Vm, name: &str) -> PyResult<Enc> {
    lookup(name).ok_or_else(|| vm.new_error("LookupError", format!("unknown encoding: {name}")))
}

/// The Unicode name of a character (`unicodedata.name`), installed by the stdlib that
/// has the name tables; used by the `namereplace` error handler.
pub static CHAR_NAME: std::sync::OnceLock<fn(char) -> Option<String>> = std::sync::OnceLock::new();

fn unknown_handler(vm: &Vm, errors: &str) -> PyErr {
    vm.new_error(
        "LookupError",
        format!("unknown error handler name '{errors}'"),
    )
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN` for a code point.
pub fn backslash_escape(n: u32, out: &mut String) {
    if n <= 0xff {
        out.push_str(&format!("\\x{n:02x}"));
    } else if n <= 0xffff {
        out.push_str(&format!("\\u{n:04x}"));
    } else {
        out.push_str(&format!("\\U{n:08x}"));
    }
}

fn set_attrs(vm: &Vm, e: &PyErr, names: &[&str], vals: &[Value]) {
    if let Some(o) = e.value().as_obj() {
        for (n, v) in names.iter().zip(vals) {
            let _ = vm.set_attr_raw(o, n, v.clone());
        }
    }
}

const FIELDS: [&str; 5] = ["encoding", "object", "start", "end", "reason"];

pub fn encode_error(vm: &Vm, enc: &str, s: &str, start: usize, end: usize, reason: &str) -> PyErr {
    let args = vec![
        new_str(enc),
        new_str(s),
        Value::Int(start as i64),
        Value::Int(end as i64),
        new_str(reason),
    ];
    let e = vm.new_exception(&vm.exc_type("UnicodeEncodeError"), args.clone());
    set_attrs(vm, &e, &FIELDS, &args);
    e
}

pub fn decode_error(vm: &Vm, enc: &str, b: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    let args = vec![
        new_str(enc),
        crate::new_bytes(b.to_vec()),
        Value::Int(start as i64),
        Value::Int(end as i64),
        new_str(reason),
    ];
    let e = vm.new_exception(&vm.exc_type("UnicodeDecodeError"), args.clone());
    set_attrs(vm, &e, &FIELDS, &args);
    e
}

/// Encode `s`. Only ascii and latin-1 can meet unencodable characters.
pub fn encode(vm: &Vm, s: &str, enc: Enc, errors: &str) -> PyResult<Vec<u8>> {
    match enc {
        Enc::Utf8 => return Ok(s.as_bytes().to_vec()),
        Enc::Utf8Sig => {
            let mut v = vec![0xef, 0xbb, 0xbf];
            v.extend_from_slice(s.as_bytes());
            return Ok(v);
        }
        Enc::Utf16(e) => {
            let be = e == Some(true);
            let mut v = Vec::with_capacity(s.len() * 2 + 2);
            if e.is_none() {
                v.extend_from_slice(&[0xff, 0xfe]);
            }
            for u in s.encode_utf16() {
                v.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            return Ok(v);
        }
        Enc::Utf32(e) => {
            let be = e == Some(true);
            let mut v = Vec::with_capacity(s.len() * 4 + 4);
            if e.is_none() {
                v.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            for c in s.chars() {
                let u = c as u32;
                v.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            return Ok(v);
        }
        Enc::Ascii | Enc::Latin1 | Enc::Cp1252 => {}
    }
    let limit: u32 = if enc == Enc::Ascii { 128 } else { 256 };
    if enc == Enc::Ascii && s.is_ascii() {
        return Ok(s.as_bytes().to_vec());
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let enc1 = |c: char| -> Option<u8> {
        if enc == Enc::Cp1252 {
            cp1252_encode(c)
        } else if (c as u32) < limit {
            Some(c as u32 as u8)
        } else {
            None
        }
    };
    let mut i = 0;
    while i < chars.len() {
        if let Some(b) = enc1(chars[i]) {
            out.push(b);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && enc1(chars[j]).is_none() {
            j += 1;
        }
        match errors {
            "strict" => {
                let reason = if enc == Enc::Cp1252 {
                    "character maps to <undefined>".to_string()
                } else {
                    format!("ordinal not in range({limit})")
                };
                return Err(encode_error(vm, enc.name(), s, i, j, &reason));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', j - i)),
            "backslashreplace" => {
                let mut t = String::new();
                for &c in &chars[i..j] {
                    backslash_escape(c as u32, &mut t);
                }
                out.extend_from_slice(t.as_bytes());
            }
            "xmlcharrefreplace" => {
                for &c in &chars[i..j] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            "namereplace" => {
                let mut t = String::new();
                for &c in &chars[i..j] {
                    match CHAR_NAME.get().and_then(|f| f(c)) {
                        Some(n) => t.push_str(&format!("\\N{{{n}}}")),
                        None => backslash_escape(c as u32, &mut t),
                    }
                }
                out.extend_from_slice(t.as_bytes());
            }
            _ => return Err(unknown_handler(vm, errors)),
        }
        i = j;
    }
    Ok(out)
}

/// Handle one undecodable range `b[start..end]` per `errors`.
fn decode_fail(
    vm: &Vm,
    enc: Enc,
    b: &[u8],
    start: usize,
    end: usize,
    reason: &str,
    errors: &str,
    out: &mut String,
) -> PyResult<()> {
    match errors {
        "strict" => Err(decode_error(vm, enc.name(), b, start, end, reason)),
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{fffd}');
            Ok(())
        }
        "backslashreplace" => {
            for &x in &b[start..end] {
                out.push_str(&format!("\\x{x:02x}"));
            }
            Ok(())
        }
        _ => Err(unknown_handler(vm, errors)),
    }
}

fn decode_utf8(vm: &Vm, b: &[u8], errors: &str, enc: Enc) -> PyResult<String> {
    if let Ok(s) = std::str::from_utf8(b) {
        return Ok(s.to_string());
    }
    let mut out = String::with_capacity(b.len());
    let mut rest = b;
    let mut base = 0;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                return Ok(out);
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or(""));
                let p = base + good;
                let first = b[p];
                let (len, reason) = match e.error_len() {
                    None => (rest.len() - good, "unexpected end of data"),
                    Some(n) => {
                        if (0x80..=0xc1).contains(&first) || first >= 0xf5 {
                            (n, "invalid start byte")
                        } else {
                            (n, "invalid continuation byte")
                        }
                    }
                };
                decode_fail(vm, enc, b, p, p + len, reason, errors, &mut out)?;
                base = p + len;
                rest = &b[base..];
                if rest.is_empty() {
                    return Ok(out);
                }
            }
        }
    }
}

fn decode_units(
    vm: &Vm,
    b: &[u8],
    enc: Enc,
    width: usize,
    be: bool,
    errors: &str,
) -> PyResult<String> {
    let mut out = String::with_capacity(b.len() / width);
    let unit = |i: usize| -> u32 {
        let c = &b[i..i + width];
        if width == 2 {
            let a = [c[0], c[1]];
            (if be {
                u16::from_be_bytes(a)
            } else {
                u16::from_le_bytes(a)
            }) as u32
        } else {
            let a = [c[0], c[1], c[2], c[3]];
            if be {
                u32::from_be_bytes(a)
            } else {
                u32::from_le_bytes(a)
            }
        }
    };
    let mut i = 0;
    while i + width <= b.len() {
        let u = unit(i);
        if width == 4 {
            match char::from_u32(u) {
                Some(c) => out.push(c),
                None => {
                    let reason = if u >= 0x110000 {
                        "code point not in range(0x110000)"
                    } else {
                        "code point in surrogate code point range(0xd800, 0xe000)"
                    };
                    decode_fail(vm, enc, b, i, i + 4, reason, errors, &mut out)?;
                }
            }
            i += 4;
            continue;
        }
        if (0xd800..0xdc00).contains(&u) {
            if i + 4 > b.len() {
                decode_fail(
                    vm,
                    enc,
                    b,
                    i,
                    b.len(),
                    "unexpected end of data",
                    errors,
                    &mut out,
                )?;
                return Ok(out);
            }
            let lo = unit(i + 2);
            if (0xdc00..0xe000).contains(&lo) {
                out.push(
                    char::from_u32(0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00))
                        .unwrap_or('\u{fffd}'),
                );
                i += 4;
            } else {
                decode_fail(
                    vm,
                    enc,
                    b,
                    i,
                    i + 2,
                    "illegal UTF-16 surrogate",
                    errors,
                    &mut out,
                )?;
                i += 2;
            }
        } else if (0xdc00..0xe000).contains(&u) {
            decode_fail(vm, enc, b, i, i + 2, "illegal encoding", errors, &mut out)?;
            i += 2;
        } else {
            out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
            i += 2;
        }
    }
    if i < b.len() {
        decode_fail(vm, enc, b, i, b.len(), "truncated data", errors, &mut out)?;
    }
    Ok(out)
}

/// Decode `b`.
pub fn decode(vm: &Vm, b: &[u8], enc: Enc, errors: &str) -> PyResult<String> {
    match enc {
        Enc::Utf8 => decode_utf8(vm, b, errors, enc),
        Enc::Utf8Sig => decode_utf8(
            vm,
            b.strip_prefix(&[0xef, 0xbb, 0xbf][..]).unwrap_or(b),
            errors,
            enc,
        ),
        Enc::Latin1 => Ok(b.iter().map(|&x| x as char).collect()),
        Enc::Cp1252 => {
            let mut out = String::with_capacity(b.len());
            for (i, &x) in b.iter().enumerate() {
                if (0x80..0xa0).contains(&x) {
                    match CP1252[(x - 0x80) as usize] {
                        0 => decode_fail(
                            vm,
                            enc,
                            b,
                            i,
                            i + 1,
                            "character maps to <undefined>",
                            errors,
                            &mut out,
                        )?,
                        u => out.push(char::from_u32(u as u32).unwrap_or('\u{fffd}')),
                    }
                } else {
                    out.push(x as char);
                }
            }
            Ok(out)
        }
        Enc::Ascii => {
            if b.is_ascii() {
                return Ok(std::str::from_utf8(b).unwrap_or("").to_string());
            }
            let mut out = String::with_capacity(b.len());
            for (i, &x) in b.iter().enumerate() {
                if x < 128 {
                    out.push(x as char);
                } else {
                    decode_fail(
                        vm,
                        enc,
                        b,
                        i,
                        i + 1,
                        "ordinal not in range(128)",
                        errors,
                        &mut out,
                    )?;
                }
            }
            Ok(out)
        }
        Enc::Utf16(e) => {
            let (body, be) = match e {
                Some(be) => (b, be),
                None if b.starts_with(&[0xff, 0xfe]) => (&b[2..], false),
                None if b.starts_with(&[0xfe, 0xff]) => (&b[2..], true),
                None => (b, false),
            };
            decode_units(vm, body, enc, 2, be, errors)
        }
        Enc::Utf32(e) => {
            let (body, be) = match e {
                Some(be) => (b, be),
                None if b.starts_with(&[0xff, 0xfe, 0, 0]) => (&b[4..], false),
                None if b.starts_with(&[0, 0, 0xfe, 0xff]) => (&b[4..], true),
                None => (b, false),
            };
            decode_units(vm, body, enc, 4, be, errors)
        }
    }
}

/// An `encoding`/`errors` argument: "encode() argument 'encoding' must be str, not int".
pub fn name_arg<'a>(
    vm: &Vm,
    fname: &str,
    what: &str,
    v: Option<&'a Value>,
    dflt: &'a str,
) -> PyResult<&'a str> {
    match v {
        None => Ok(dflt),
        Some(v) => match v.payload() {
            Some(Payload::Str(s)) => Ok(s.as_str()),
            _ => Err(vm.type_error(format!(
                "{fname}() argument '{what}' must be str, not {}",
                crate::types::text::arg_type_name(vm, v)
            ))),
        },
    }
}

/// `str.encode(encoding='utf-8', errors='strict')`.
fn str_encode(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = crate::types::str_methods::pystr(vm, &args[0])?;
    let a = bind(vm, "encode", &args[1..], kw, &["encoding", "errors"], 0)?;
    let encoding = name_arg(vm, "encode", "encoding", a[0], "utf-8")?;
    let errors = name_arg(vm, "encode", "errors", a[1], "strict")?;
    let enc = lookup_or_err(vm, encoding)?;
    Ok(crate::new_bytes(encode(vm, s.as_str(), enc, errors)?))
}

/// The bytes of any bytes-like object (bytes, bytearray, memoryview).
pub fn buffer_bytes(v: &Value) -> Option<Vec<u8>> {
    match v.payload()? {
        Payload::Bytes(b) => Some(b.to_vec()),
        Payload::ByteArray(b) => Some(b.read().clone()),
        _ => crate::types::memoryview::view_bytes(v),
    }
}

fn char_repr(n: u32) -> String {
    let mut s = String::new();
    backslash_escape(n, &mut s);
    s
}

fn exc_fields(vm: &Vm, e: &Value) -> PyResult<(String, Value, i64, i64, String)> {
    let get = |n: &str| vm.getattr(e, n);
    let enc = vm.str(&get("encoding")?)?;
    let obj = get("object")?;
    let start = crate::types::text::index_arg(vm, &get("start")?)?;
    let end = crate::types::text::index_arg(vm, &get("end")?)?;
    let reason = vm.str(&get("reason")?)?;
    Ok((enc, obj, start, end, reason))
}

fn unicode_error_init(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!(
            "{}() takes no keyword arguments",
            vm.type_name(&args[0])
        )));
    }
    if let Some(Payload::Exception(d)) = args[0].payload() {
        *d.args.lock() = new_tuple(args[1..].to_vec());
    }
    let translate = crate::types::typeobj::is_subtype(
        crate::vm::type_of(&args[0]),
        &vm.exc_type("UnicodeTranslateError"),
    );
    let want = if translate { 4 } else { 5 };
    if args.len() - 1 != want {
        return Err(vm.type_error(format!(
            "function takes exactly {want} arguments ({} given)",
            args.len() - 1
        )));
    }
    let (names, vals): (&[&str], &[Value]) = if translate {
        (&FIELDS[1..], &args[1..])
    } else {
        (&FIELDS[..], &args[1..])
    };
    if translate {
        if let Some(o) = args[0].as_obj() {
            vm.set_attr_raw(o, "encoding", Value::None)?;
        }
    }
    {
        if let Some(o) = args[0].as_obj() {
            for (n, v) in names.iter().zip(vals) {
                let v = if *n == "object" {
                    match buffer_bytes(v) {
                        Some(b) if !matches!(v.payload(), Some(Payload::Str(_))) => {
                            crate::new_bytes(b)
                        }
                        _ => v.clone(),
                    }
                } else {
                    v.clone()
                };
                vm.set_attr_raw(o, n, v)?;
            }
        }
    }
    Ok(Value::None)
}

fn encode_error_str(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    char_error_str(vm, &args[0], |enc| format!("'{enc}' codec can't encode"))
}

/// `str()` of an encode or translate error: "<what> character '\x..' in position N:
/// reason" for one character, "<what> characters in position N-M: reason" otherwise.
fn char_error_str(vm: &Vm, exc: &Value, what: impl Fn(&str) -> String) -> PyResult<Value> {
    let Ok((enc, obj, start, end, reason)) = exc_fields(vm, exc) else {
        return Ok(crate::intern(""));
    };
    let s = match obj.payload() {
        Some(Payload::Str(s)) => s,
        _ => return Ok(crate::intern("")),
    };
    let what = what(&enc);
    if end == start + 1 && start >= 0 && (start as usize) < s.char_len() {
        let c = s.char_at(start as usize) as u32;
        return Ok(new_str(format!(
            "{what} character '{}' in position {start}: {reason}",
            char_repr(c)
        )));
    }
    Ok(new_str(format!(
        "{what} characters in position {start}-{}: {reason}",
        end - 1
    )))
}

fn decode_error_str(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Ok((enc, obj, start, end, reason)) = exc_fields(vm, &args[0]) else {
        return Ok(crate::intern(""));
    };
    let b = buffer_bytes(&obj).unwrap_or_default();
    if end == start + 1 && start >= 0 && (start as usize) < b.len() {
        return Ok(new_str(format!(
            "'{enc}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
            b[start as usize]
        )));
    }
    Ok(new_str(format!(
        "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
        end - 1
    )))
}

fn translate_error_str(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    char_error_str(vm, &args[0], |_| "can't translate".to_string())
}

pub fn init() {
    crate::types::add_method(&crate::types::types().str, "encode", str_encode);
    let ex = crate::interp::interp().exc_types.read();
    if let Some(t) = ex.get("UnicodeTranslateError") {
        crate::types::add_method(t, "__init__", unicode_error_init);
        crate::types::add_method(t, "__str__", translate_error_str);
    }
    if let Some(t) = ex.get("UnicodeEncodeError") {
        crate::types::add_method(t, "__init__", unicode_error_init);
        crate::types::add_method(t, "__str__", encode_error_str);
    }
    if let Some(t) = ex.get("UnicodeDecodeError") {
        crate::types::add_method(t, "__init__", unicode_error_init);
        crate::types::add_method(t, "__str__", decode_error_str);
    }
}
