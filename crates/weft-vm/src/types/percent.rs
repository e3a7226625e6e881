//! printf-style `%` formatting for `str` and `bytes` with CPython's argument rules
//! (tuple vs single value vs mapping, `*` widths, `%(key)s`), flags, conversions and
//! error messages (<https://docs.python.org/3.11/library/stdtypes.html#printf-style-string-formatting>,
//! <https://docs.python.org/3.11/library/stdtypes.html#printf-style-bytes-formatting>).
//! Both work on bytes: a `str` template is its UTF-8 text, whose specifiers are ASCII.

use crate::payload::Payload;
use crate::types::number::{as_int, IntRef};
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use num_bigint::BigInt;

struct Args<'a> {
    cur: Value,
    items: Option<&'a [Value]>,
    len: isize,
    idx: isize,
}

impl Args<'_> {
    fn next(&mut self, vm: &Vm) -> PyResult<Value> {
        if self.idx < self.len {
            let i = self.idx;
            self.idx += 1;
            if self.len < 0 {
                return Ok(self.cur.clone());
            }
            return Ok(self
                .items
                .map(|t| t[i as usize].clone())
                .unwrap_or(Value::None));
        }
        Err(vm.type_error("not enough arguments for format string"))
    }
}

#[derive(Default)]
struct Flags {
    ljust: bool,
    sign: bool,
    blank: bool,
    alt: bool,
    zero: bool,
}

fn is_mapping(vm: &Vm, v: &Value, is_bytes: bool) -> bool {
    match v.payload() {
        Some(Payload::Tuple(_)) | Some(Payload::Str(_)) => false,
        Some(Payload::Bytes(_) | Payload::ByteArray(_)) if is_bytes => false,
        Some(Payload::Dict(_))
        | Some(Payload::List(_))
        | Some(Payload::Bytes(_))
        | Some(Payload::ByteArray(_))
        | Some(Payload::Range(_)) => true,
        _ => vm.lookup_special(v, "__getitem__").is_some(),
    }
}

/// Format `fmt % values`; `is_bytes` selects bytes semantics.
pub fn format(vm: &Vm, fmt: &[u8], values: &Value, is_bytes: bool) -> PyResult<Vec<u8>> {
    let (items, len, idx) = match values.payload() {
        Some(Payload::Tuple(t)) => (Some(&t[..]), t.len() as isize, 0),
        _ => (None, -1, -2),
    };
    let mut args = Args {
        cur: values.clone(),
        items,
        len,
        idx,
    };
    // CPython decides "is a mapping" up front; the answer only matters for `%(key)`
    // and the final "not all arguments converted" check, so it is computed lazily.
    let mut dict_cache: Option<Option<Value>> = None;
    let mut dict_of = |vm: &Vm| -> Option<Value> {
        dict_cache
            .get_or_insert_with(|| {
                if is_mapping(vm, values, is_bytes) {
                    Some(values.clone())
                } else {
                    None
                }
            })
            .clone()
    };
    let n = fmt.len();
    let mut out = Vec::with_capacity(n + 16);
    let mut i = 0;
    while i < n {
        let j = memchr::memchr(b'%', &fmt[i..]).map(|p| i + p).unwrap_or(n);
        out.extend_from_slice(&fmt[i..j]);
        if j >= n {
            break;
        }
        i = j + 1;
        if i >= n {
            return Err(vm.value_error("incomplete format"));
        }
        if fmt[i] == b'%' {
            out.push(b'%');
            i += 1;
            continue;
        }
        if fmt[i] == b'(' {
            let Some(d) = dict_of(vm) else {
                return Err(vm.type_error("format requires a mapping"));
            };
            let mut depth = 1;
            let ks = i + 1;
            i += 1;
            while i < n && depth > 0 {
                match fmt[i] {
                    b'(' => depth += 1,
                    b')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("incomplete format key"));
            }
            let kb = &fmt[ks..i - 1];
            let key = if is_bytes {
                crate::new_bytes(kb.to_vec())
            } else {
                crate::new_str(String::from_utf8_lossy(kb).into_owned())
            };
            args.cur = crate::ops::getitem(vm, &d, &key)?;
            args.len = -1;
            args.idx = -2;
        }
        let mut fl = Flags::default();
        while i < n {
            match fmt[i] {
                b'-' => fl.ljust = true,
                b'+' => fl.sign = true,
                b' ' => fl.blank = true,
                b'#' => fl.alt = true,
                b'0' => fl.zero = true,
                _ => break,
            }
            i += 1;
        }
        let mut width: usize = 0;
        if i < n && fmt[i] == b'*' {
            let w = args.next(vm)?;
            let w = match as_int(&w) {
                Some(IntRef::Small(w)) => w,
                Some(IntRef::Big(_)) => {
                    return Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
                }
                _ => return Err(vm.type_error("* wants int")),
            };
            if w < 0 {
                fl.ljust = true;
            }
            width = w.unsigned_abs() as usize;
            i += 1;
        } else {
            while i < n && fmt[i].is_ascii_digit() {
                width = width
                    .checked_mul(10)
                    .and_then(|w| w.checked_add((fmt[i] - b'0') as usize))
                    .filter(|&w| w <= isize::MAX as usize)
                    .ok_or_else(|| vm.value_error("width too big"))?;
                i += 1;
            }
        }
        vm.check_alloc(width)?;
        let mut prec: Option<usize> = None;
        if i < n && fmt[i] == b'.' {
            i += 1;
            if i < n && fmt[i] == b'*' {
                let p = args.next(vm)?;
                let p = match as_int(&p) {
                    Some(IntRef::Small(p)) if i32::try_from(p).is_ok() => p,
                    Some(_) => {
                        return Err(vm.overflow_error("Python int too large to convert to C int"))
                    }
                    _ => return Err(vm.type_error("* wants int")),
                };
                prec = Some(p.max(0) as usize);
                i += 1;
            } else {
                let mut p = 0usize;
                while i < n && fmt[i].is_ascii_digit() {
                    p = p
                        .checked_mul(10)
                        .and_then(|w| w.checked_add((fmt[i] - b'0') as usize))
                        .filter(|&p| p <= i32::MAX as usize)
                        .ok_or_else(|| vm.value_error("precision too big"))?;
                    i += 1;
                }
                prec = Some(p);
            }
        }
        while i < n && matches!(fmt[i], b'h' | b'l' | b'L') {
            i += 1;
        }
        if i >= n {
            return Err(vm.value_error("incomplete format"));
        }
        let conv = fmt[i];
        let conv_pos = i;
        i += 1;
        let v = args.next(vm)?;
        if !matches!(
            conv,
            b's' | b'r'
                | b'a'
                | b'b'
                | b'c'
                | b'd'
                | b'i'
                | b'u'
                | b'o'
                | b'x'
                | b'X'
                | b'e'
                | b'E'
                | b'f'
                | b'F'
                | b'g'
                | b'G'
        ) || (conv == b'b' && !is_bytes)
        {
            let (ch, idx) = if is_bytes {
                (conv as u32, conv_pos)
            } else {
                let s = String::from_utf8_lossy(&fmt[conv_pos..]);
                let c = s.chars().next().unwrap_or('?') as u32;
                (c, String::from_utf8_lossy(&fmt[..conv_pos]).chars().count())
            };
            let shown = if (32..127).contains(&ch) {
                char::from_u32(ch).unwrap_or('?')
            } else {
                '?'
            };
            return Err(vm.value_error(format!(
                "unsupported format character '{shown}' (0x{ch:x}) at index {idx}"
            )));
        }
        match conv {
            b's' if !is_bytes && is_exact_str(&v) => {
                let Some(Payload::Str(t)) = v.payload() else {
                    unreachable!()
                };
                match prec {
                    Some(p) if p < t.char_len() => {
                        let cut = t.slice(0, p).as_bytes();
                        pad_plain(&mut out, cut, width, fl.ljust, false)
                    }
                    _ => pad_plain(&mut out, t.as_str().as_bytes(), width, fl.ljust, false),
                }
            }
            b'd' | b'i' | b'u' | b'o' | b'x' | b'X' if matches!(v, Value::Int(_)) => {
                let Value::Int(n) = v else { unreachable!() };
                let mut buf = [0u8; 24];
                let (radix, upper) = match conv {
                    b'o' => (8, false),
                    b'x' => (16, false),
                    b'X' => (16, true),
                    _ => (10, false),
                };
                let start = small_digits(n.unsigned_abs(), radix, upper, &mut buf);
                // SAFETY: `small_digits` writes ASCII digits only.
                let digits = unsafe { std::str::from_utf8_unchecked(&buf[start..]) };
                let zeros = prec.map_or(0, |p| p.saturating_sub(digits.len()));
                let prefix = match conv {
                    b'o' if fl.alt => "0o",
                    b'x' if fl.alt => "0x",
                    b'X' if fl.alt => "0X",
                    _ => "",
                };
                if zeros == 0 {
                    emit_number(&mut out, sign_of(n < 0, &fl), prefix, digits, width, &fl);
                } else {
                    let padded = format!("{}{}", "0".repeat(zeros), digits);
                    emit_number(&mut out, sign_of(n < 0, &fl), prefix, &padded, width, &fl);
                }
            }
            b's' | b'r' | b'a' | b'b' => {
                let mut body: Vec<u8> = if is_bytes {
                    match conv {
                        b's' | b'b' => bytes_of(vm, &v)?,
                        _ => crate::repr::ascii_escape(&vm.repr(&v)?).into_bytes(),
                    }
                } else {
                    match conv {
                        b's' => vm.str(&v)?.into_bytes(),
                        b'r' => vm.repr(&v)?.into_bytes(),
                        _ => crate::repr::ascii_escape(&vm.repr(&v)?).into_bytes(),
                    }
                };
                if let Some(p) = prec {
                    truncate_units(&mut body, p, is_bytes);
                }
                pad_plain(&mut out, &body, width, fl.ljust, is_bytes);
            }
            b'c' => {
                let body = char_arg(vm, &v, is_bytes)?;
                pad_plain(&mut out, &body, width, fl.ljust, is_bytes);
            }
            b'd' | b'i' | b'u' | b'o' | b'x' | b'X' => {
                // bytes formatting reads `%i` as `%d` (its messages say so).
                let named = if is_bytes && conv == b'i' { b'd' } else { conv };
                let big = int_arg(vm, &v, named)?;
                let neg = big.sign() == num_bigint::Sign::Minus;
                let mag = if neg { -big } else { big };
                let mut digits = match conv {
                    b'o' => mag.to_str_radix(8),
                    b'x' => mag.to_str_radix(16),
                    b'X' => mag.to_str_radix(16).to_uppercase(),
                    _ => crate::convert::bigint_to_str(vm, &mag)?,
                };
                if let Some(p) = prec {
                    if digits.len() < p {
                        digits = format!("{}{}", "0".repeat(p - digits.len()), digits);
                    }
                }
                let prefix = match conv {
                    b'o' if fl.alt => "0o",
                    b'x' if fl.alt => "0x",
                    b'X' if fl.alt => "0X",
                    _ => "",
                };
                emit_number(&mut out, sign_of(neg, &fl), prefix, &digits, width, &fl);
            }
            _ => {
                let f = float_arg(vm, &v, is_bytes)?;
                let body = float_body(f.abs(), conv, prec.unwrap_or(6), fl.alt);
                let neg = f.is_sign_negative() && !f.is_nan();
                emit_number(&mut out, sign_of(neg, &fl), "", &body, width, &fl);
            }
        }
    }
    if args.idx < args.len && dict_of(vm).is_none() {
        return Err(vm.type_error(if is_bytes {
            "not all arguments converted during bytes formatting"
        } else {
            "not all arguments converted during string formatting"
        }));
    }
    Ok(out)
}

fn is_exact_str(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.class.ptr_eq(&crate::types::types().str))
}

/// Digits of `n` in `radix` written at the end of `buf`; returns where they start.
fn small_digits(mut n: u64, radix: u64, upper: bool, buf: &mut [u8; 24]) -> usize {
    let table: &[u8; 16] = if upper {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = table[(n % radix) as usize];
        n /= radix;
        if n == 0 {
            return i;
        }
    }
}

fn sign_of(neg: bool, fl: &Flags) -> &'static str {
    if neg {
        "-"
    } else if fl.sign {
        "+"
    } else if fl.blank {
        " "
    } else {
        ""
    }
}

/// Code points (or bytes) in `b`.
fn units(b: &[u8], is_bytes: bool) -> usize {
    if is_bytes {
        b.len()
    } else {
        crate::types::str::count_chars(b)
    }
}

fn truncate_units(b: &mut Vec<u8>, p: usize, is_bytes: bool) {
    if is_bytes {
        b.truncate(p);
        return;
    }
    let s = String::from_utf8_lossy(b);
    if let Some((pos, _)) = s.char_indices().nth(p) {
        b.truncate(pos);
    }
}

fn pad_plain(out: &mut Vec<u8>, body: &[u8], width: usize, ljust: bool, is_bytes: bool) {
    if width <= body.len() && (width == 0 || is_bytes || body.is_ascii()) {
        out.extend_from_slice(body);
        return;
    }
    let len = units(body, is_bytes);
    let pad = width.saturating_sub(len);
    // all at once: growing past a huge padding would double the buffer (then copy it
    // again to trim it)
    out.reserve(pad + body.len());
    if !ljust {
        out.extend(std::iter::repeat_n(b' ', pad));
    }
    out.extend_from_slice(body);
    if ljust {
        out.extend(std::iter::repeat_n(b' ', pad));
    }
}

fn emit_number(
    out: &mut Vec<u8>,
    sign: &str,
    prefix: &str,
    digits: &str,
    width: usize,
    fl: &Flags,
) {
    let len = sign.len() + prefix.len() + digits.len();
    let pad = width.saturating_sub(len);
    out.reserve(pad + len);
    if fl.ljust {
        out.extend_from_slice(sign.as_bytes());
        out.extend_from_slice(prefix.as_bytes());
        out.extend_from_slice(digits.as_bytes());
        out.extend(std::iter::repeat_n(b' ', pad));
    } else if fl.zero {
        out.extend_from_slice(sign.as_bytes());
        out.extend_from_slice(prefix.as_bytes());
        out.extend(std::iter::repeat_n(b'0', pad));
        out.extend_from_slice(digits.as_bytes());
    } else {
        out.extend(std::iter::repeat_n(b' ', pad));
        out.extend_from_slice(sign.as_bytes());
        out.extend_from_slice(prefix.as_bytes());
        out.extend_from_slice(digits.as_bytes());
    }
}

/// The float text of `%e %f %g` (and upper-case forms) for a non-negative value.
pub fn float_body(a: f64, conv: u8, prec: usize, alt: bool) -> String {
    let upper = conv.is_ascii_uppercase();
    let mut s = if a.is_nan() {
        "nan".to_string()
    } else if a.is_infinite() {
        "inf".to_string()
    } else {
        match conv.to_ascii_lowercase() {
            b'f' => {
                let mut s = crate::convert::fixed(a, prec);
                if alt && prec == 0 {
                    s.push('.');
                }
                s
            }
            b'e' => crate::convert::exp_format(a, prec, alt),
            _ => {
                let mut s = crate::convert::general_format(a, prec, alt, false);
                if alt && !s.contains('.') {
                    match s.find('e') {
                        Some(p) => s.insert(p, '.'),
                        None => s.push('.'),
                    }
                }
                s
            }
        }
    };
    if upper {
        s = s.to_uppercase();
    }
    s
}

fn int_arg(vm: &Vm, v: &Value, conv: u8) -> PyResult<BigInt> {
    if let Some(i) = as_int(v) {
        return Ok(crate::types::number::to_big(&i));
    }
    let decimal = matches!(conv, b'd' | b'i' | b'u');
    if decimal {
        if let Value::Float(f) = v {
            return float_to_big(vm, *f);
        }
        if let Some(Payload::Float(f)) = v.payload() {
            return float_to_big(vm, *f);
        }
    }
    let hook = if decimal {
        vm.lookup_special(v, "__int__")
            .or_else(|| vm.lookup_special(v, "__index__"))
    } else {
        vm.lookup_special(v, "__index__")
    };
    if let Some(f) = hook {
        let r = vm.call(&f, &[])?;
        if let Some(i) = as_int(&r) {
            return Ok(crate::types::number::to_big(&i));
        }
    }
    let what = if decimal {
        "a real number"
    } else {
        "an integer"
    };
    Err(vm.type_error(format!(
        "%{} format: {} is required, not {}",
        conv as char,
        what,
        vm.type_name(v)
    )))
}

fn float_to_big(vm: &Vm, f: f64) -> PyResult<BigInt> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    Ok(num_traits::FromPrimitive::from_f64(f.trunc()).unwrap_or_default())
}

fn float_arg(vm: &Vm, v: &Value, is_bytes: bool) -> PyResult<f64> {
    match v {
        Value::Float(f) => return Ok(*f),
        Value::Int(i) => return Ok(*i as f64),
        Value::Bool(b) => return Ok(*b as i64 as f64),
        _ => {}
    }
    match v.payload() {
        Some(Payload::Float(f)) => return Ok(*f),
        Some(Payload::Int(_)) => {
            if let Some(i) = as_int(v) {
                return crate::types::number::int_to_f64(vm, &i);
            }
        }
        _ => {}
    }
    // `float()`'s protocol, with its errors for a bad `__float__`/`__index__` result.
    if vm.lookup_special(v, "__float__").is_some() || vm.lookup_special(v, "__index__").is_some() {
        return crate::types::float::to_float(vm, v);
    }
    Err(vm.type_error(if is_bytes {
        format!("float argument required, not {}", vm.type_name(v))
    } else {
        format!("must be real number, not {}", vm.type_name(v))
    }))
}

fn bytes_of(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(d) = crate::types::bytes_methods::data(v) {
        return Ok(d.into_owned());
    }
    if let Some(f) = vm.lookup_special(v, "__bytes__") {
        let r = vm.call(&f, &[])?;
        if let Some(Payload::Bytes(b)) = r.payload() {
            return Ok(b.to_vec());
        }
        return Err(vm.type_error(format!(
            "__bytes__ returned non-bytes (type {})",
            vm.type_name(&r)
        )));
    }
    Err(vm.type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        vm.type_name(v)
    )))
}

fn char_arg(vm: &Vm, v: &Value, is_bytes: bool) -> PyResult<Vec<u8>> {
    if is_bytes {
        if let Some(d) = crate::types::bytes_methods::data(v) {
            if d.len() == 1 {
                return Ok(d.into_owned());
            }
        } else if let Some(i) = as_int(v) {
            return match i {
                IntRef::Small(n) if (0..256).contains(&n) => Ok(vec![n as u8]),
                _ => Err(vm.overflow_error("%c arg not in range(256)")),
            };
        }
        return Err(vm.type_error("%c requires an integer in range(256) or a single byte"));
    }
    if let Some(Payload::Str(s)) = v.payload() {
        if s.char_len() == 1 {
            return Ok(s.as_str().as_bytes().to_vec());
        }
        return Err(vm.type_error("%c requires int or char"));
    }
    let n = match as_int(v) {
        Some(IntRef::Small(n)) => n,
        Some(IntRef::Big(_)) => -1,
        None => match vm.lookup_special(v, "__index__") {
            Some(_) => crate::types::text::index_arg(vm, v)?,
            None => return Err(vm.type_error("%c requires int or char")),
        },
    };
    match u32::try_from(n).ok().and_then(char::from_u32) {
        Some(c) => Ok(c.to_string().into_bytes()),
        None => Err(vm.overflow_error("%c arg not in range(0x110000)")),
    }
}
