//! Conversions to text: `format()` and the format-spec mini-language shared by
//! `format`, `str.format` and f-strings, and int→str with CPython's digit limit
//! (<https://docs.python.org/3.11/library/string.html#format-specification-mini-language>).

use crate::payload::Payload;
use crate::types::number::{as_float, as_int, to_big, IntRef};
use crate::types::typeobj::tdata;
use crate::value::Value;
use crate::vm::Vm;
use crate::{new_str, PyResult};
use num_bigint::BigInt;

/// CPython's default `sys.int_info.default_max_str_digits`.
pub const MAX_STR_DIGITS: usize = 4300;

/// The current `sys.get_int_max_str_digits()` (0: no limit).
pub static INT_MAX_STR_DIGITS: std::sync::atomic::AtomicUsize =
    std::sync::atomic::AtomicUsize::new(MAX_STR_DIGITS);

/// The current int<->str digit limit (0: no limit).
pub fn max_str_digits() -> usize {
    INT_MAX_STR_DIGITS.load(std::sync::atomic::Ordering::Relaxed)
}

pub fn bigint_to_str(vm: &Vm, b: &BigInt) -> PyResult<String> {
    let limit = max_str_digits();
    let err = || {
        vm.value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        ))
    };
    // Refuse hopeless cases before the (quadratic) conversion.
    if limit > 0 && (b.bits() as f64) * std::f64::consts::LOG10_2 > limit as f64 + 1.0 {
        return Err(err());
    }
    let s = b.to_string();
    let digits = s.trim_start_matches('-').len();
    if limit > 0 && digits > limit {
        return Err(err());
    }
    Ok(s)
}

/// A parsed format spec.
#[derive(Default, Debug)]
pub struct Spec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub alt: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
    /// The `z` option: negative zero formats as zero.
    pub no_neg_zero: bool,
}

/// Parse a numeric format spec with CPython's rules and messages for type `tname`.
pub fn parse_spec_for(vm: &Vm, s: &str, tname: &str) -> PyResult<Spec> {
    let f = crate::types::strformat::parse_format_spec(vm, s, tname, None, '>')?;
    Ok(Spec {
        fill: if f.fill_given || f.zero {
            Some(f.fill)
        } else {
            None
        },
        align: f.align,
        sign: f.sign,
        alt: f.alt,
        zero: f.zero,
        width: f.width,
        grouping: f.grouping,
        precision: f.precision,
        ty: f.ty,
        no_neg_zero: f.no_neg_zero,
    })
}

fn pad(s: &str, sp: &Spec, default_align: char, sign_len: usize) -> String {
    let width = sp.width.unwrap_or(0);
    if width <= s.len() && (width == 0 || s.is_ascii()) {
        return s.to_string();
    }
    let len = s.chars().count();
    if len >= width {
        return s.to_string();
    }
    let fill = sp.fill.unwrap_or(if sp.zero && sp.align.is_none() {
        '0'
    } else {
        ' '
    });
    let align = sp
        .align
        .unwrap_or(if sp.zero { '=' } else { default_align });
    let n = width - len;
    let mut out = String::with_capacity(s.len() + n * fill.len_utf8());
    let fill_n = |out: &mut String, k: usize| out.extend(std::iter::repeat_n(fill, k));
    match align {
        '<' => {
            out.push_str(s);
            fill_n(&mut out, n);
        }
        '^' => {
            fill_n(&mut out, n / 2);
            out.push_str(s);
            fill_n(&mut out, n - n / 2);
        }
        '=' => {
            let (a, b) = s.split_at(sign_len);
            out.push_str(a);
            fill_n(&mut out, n);
            out.push_str(b);
        }
        _ => {
            fill_n(&mut out, n);
            out.push_str(s);
        }
    }
    out
}

fn group(digits: &str, sep: char, every: usize) -> String {
    let mut out = String::new();
    let n = digits.len();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

fn sign_str(neg: bool, sp: &Spec) -> &'static str {
    if neg {
        "-"
    } else {
        match sp.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

pub fn format_int(vm: &Vm, i: &IntRef, sp: &Spec) -> PyResult<String> {
    if let IntRef::Small(n) = i {
        if matches!(sp.ty, None | Some('d' | 'b' | 'o' | 'x' | 'X'))
            && sp.precision.is_none()
            && !sp.no_neg_zero
        {
            return Ok(format_small_int(*n, sp));
        }
    }
    let b = to_big(i);
    let neg = b.sign() == num_bigint::Sign::Minus;
    let mag = if neg { -b.clone() } else { b.clone() };
    match sp.ty {
        None | Some('d' | 'n' | 'b' | 'o' | 'x' | 'X' | 'c') => {}
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) => {
            let f = crate::types::number::int_to_f64(vm, i)?;
            let sp2 = Spec { ty: Some(t), ..*sp };
            return format_float(vm, f, &sp2);
        }
        Some(t) => return Err(crate::types::strformat::unknown_format_code(vm, t, "int")),
    }
    if sp.precision.is_some() {
        return Err(vm.value_error("Precision not allowed in integer format specifier"));
    }
    if sp.no_neg_zero {
        return Err(
            vm.value_error("Negative zero coercion (z) not allowed in integer format specifier")
        );
    }
    let (body, prefix) = match sp.ty {
        Some('b') => (mag.to_str_radix(2), "0b"),
        Some('o') => (mag.to_str_radix(8), "0o"),
        Some('x') => (mag.to_str_radix(16), "0x"),
        Some('X') => (mag.to_str_radix(16).to_uppercase(), "0X"),
        Some('c') => {
            if sp.sign.is_some() {
                return Err(vm.value_error("Sign not allowed with integer format specifier 'c'"));
            }
            if sp.alt {
                return Err(vm.value_error(
                    "Alternate form (#) not allowed with integer format specifier 'c'",
                ));
            }
            if b.bits() > 63 {
                return Err(vm.overflow_error("Python int too large to convert to C long"));
            }
            let c = num_traits::ToPrimitive::to_u32(&b)
                .and_then(char::from_u32)
                .ok_or_else(|| vm.overflow_error("%c arg not in range(0x110000)"))?;
            // a character from an int is still a number: right-aligned by default
            return Ok(pad(&c.to_string(), sp, '>', 0));
        }
        _ => (bigint_to_str(vm, &mag)?, ""),
    };
    Ok(finish_int(neg, &body, prefix, sp))
}

/// [`format_int`] for an i64 with a plain integer presentation type (no BigInt).
fn format_small_int(n: i64, sp: &Spec) -> String {
    let neg = n < 0;
    let mag = n.unsigned_abs();
    let mut buf = [0u8; 72];
    let (radix, upper, prefix) = match sp.ty {
        Some('b') => (2, false, "0b"),
        Some('o') => (8, false, "0o"),
        Some('x') => (16, false, "0x"),
        Some('X') => (16, true, "0X"),
        _ => (10, false, ""),
    };
    let table: &[u8; 16] = if upper {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    let mut i = buf.len();
    let mut m = mag;
    loop {
        i -= 1;
        buf[i] = table[(m % radix) as usize];
        m /= radix;
        if m == 0 {
            break;
        }
    }
    // SAFETY: the loop above writes ASCII digits only.
    let body = unsafe { std::str::from_utf8_unchecked(&buf[i..]) };
    finish_int(neg, body, prefix, sp)
}

/// Sign, prefix, grouping and padding around an int's digits.
fn finish_int(neg: bool, body: &str, prefix: &str, sp: &Spec) -> String {
    let every = if matches!(sp.ty, Some('b' | 'o' | 'x' | 'X')) {
        4
    } else {
        3
    };
    let pre = if sp.alt { prefix } else { "" };
    let sign = sign_str(neg, sp);
    if let Some(g) = sp.grouping {
        if sp.fill == Some('0') && sp.align == Some('=') {
            return zero_grouped(sign, pre, body, "", g, every, sp.width.unwrap_or(0));
        }
        let s = format!("{sign}{pre}{}", group(body, g, every));
        return pad(&s, sp, '>', sign.len() + pre.len());
    }
    if sign.is_empty() && pre.is_empty() {
        return pad(body, sp, '>', 0);
    }
    let s = format!("{sign}{pre}{body}");
    pad(&s, sp, '>', sign.len() + pre.len())
}

/// Zero padding combined with digit grouping: add leading zeros to the integer digits
/// and regroup until the width is reached (never starting with a separator).
fn zero_grouped(
    sign: &str,
    pre: &str,
    digits: &str,
    rest: &str,
    sep: char,
    every: usize,
    width: usize,
) -> String {
    // The smallest digit count whose grouped form reaches the width (linear, not a loop
    // that regroups once per added zero).
    let fixed = sign.len() + pre.len() + rest.chars().count();
    let glen = |n: usize| n + n.saturating_sub(1) / every;
    let mut n = digits.len();
    if fixed + glen(n) < width {
        let target = width - fixed;
        n = (target * every / (every + 1)).max(digits.len());
        while n > digits.len() && glen(n - 1) >= target {
            n -= 1;
        }
        while glen(n) < target {
            n += 1;
        }
    }
    let raw = "0".repeat(n - digits.len()) + digits;
    format!("{sign}{pre}{}{rest}", group(&raw, sep, every))
}

/// Format a float with a spec (types e, f, g, n, %, none).
pub fn format_float(vm: &Vm, f: f64, sp: &Spec) -> PyResult<String> {
    if sp.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(vm.value_error("precision too big"));
    }
    let mut neg = f.is_sign_negative() && !f.is_nan();
    let a = f.abs();
    let upper = matches!(sp.ty, Some('E' | 'F' | 'G'));
    let finite = a.is_finite();
    let mut body = if a.is_nan() {
        "nan".to_string()
    } else if a.is_infinite() {
        "inf".to_string()
    } else {
        match sp.ty {
            Some('f') | Some('F') => fixed(a, sp.precision.unwrap_or(6)),
            Some('%') => fixed(a * 100.0, sp.precision.unwrap_or(6)),
            Some('e') | Some('E') => exp_format(a, sp.precision.unwrap_or(6), sp.alt),
            Some('g') | Some('G') | Some('n') => {
                general_format(a, sp.precision.unwrap_or(6), sp.alt, false)
            }
            None => {
                if let Some(p) = sp.precision {
                    general_format(a, p, sp.alt, true)
                } else {
                    crate::repr::float_repr(a)
                }
            }
            Some(t) => return Err(crate::types::strformat::unknown_format_code(vm, t, "float")),
        }
    };
    match sp.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {}
        Some(t) => return Err(crate::types::strformat::unknown_format_code(vm, t, "float")),
    }
    if sp.alt && finite && !body.contains('.') {
        match body.find('e') {
            Some(p) => body.insert(p, '.'),
            None => body.push('.'),
        }
    }
    if sp.ty == Some('%') {
        body.push('%');
    }
    if upper {
        body = body.to_uppercase();
    }
    if sp.no_neg_zero && neg && finite && !body.bytes().any(|c| (b'1'..=b'9').contains(&c)) {
        neg = false;
    }
    let sign = sign_str(neg, sp);
    if let Some(g) = sp.grouping {
        let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
            Some(p) => (body[..p].to_string(), body[p..].to_string()),
            None => (body.clone(), String::new()),
        };
        if sp.fill == Some('0') && sp.align == Some('=') && finite {
            return Ok(zero_grouped(
                sign,
                "",
                &int_part,
                &rest,
                g,
                3,
                sp.width.unwrap_or(0),
            ));
        }
        body = format!("{}{}", group(&int_part, g, 3), rest);
    }
    let s = format!("{sign}{body}");
    Ok(pad(&s, sp, '>', sign.len()))
}

fn nonfinite(a: f64) -> String {
    (if a.is_nan() {
        "nan"
    } else if a > 0.0 {
        "inf"
    } else {
        "-inf"
    })
    .to_string()
}

/// `format!("{:.*}", prec, a)` for any precision (Rust's formatter stops at 65535):
/// an f64's exact decimal expansion has at most 1074 digits after the point, so the
/// rest are zeros.
pub fn fixed(a: f64, prec: usize) -> String {
    const EXACT: usize = 1100;
    if !a.is_finite() {
        return nonfinite(a);
    }
    if prec <= EXACT {
        return format!("{:.*}", prec, a);
    }
    let mut s = format!("{:.*}", EXACT, a);
    s.extend(std::iter::repeat_n('0', prec - EXACT));
    s
}

/// `format!("{:.*e}", prec, a)` for any precision (at most 767 significant digits are
/// not zeros).
fn sci(a: f64, prec: usize) -> String {
    const EXACT: usize = 800;
    if !a.is_finite() {
        return nonfinite(a);
    }
    if prec <= EXACT {
        return format!("{:.*e}", prec, a);
    }
    let s = format!("{:.*e}", EXACT, a);
    let (m, e) = s.split_once('e').unwrap();
    format!("{m}{}e{e}", "0".repeat(prec - EXACT))
}

/// `%e`-style formatting with Python's two-digit exponent.
pub fn exp_format(a: f64, prec: usize, alt: bool) -> String {
    let s = sci(a, prec);
    let (m, e) = s.split_once('e').unwrap();
    let e: i32 = e.parse().unwrap();
    let m = if alt && !m.contains('.') {
        format!("{m}.")
    } else {
        m.to_string()
    };
    format!("{}e{}{:02}", m, if e < 0 { '-' } else { '+' }, e.abs())
}

/// `%g`-style formatting. `repr_like` is the no-type-with-precision variant, which
/// keeps at least one digit after the point.
pub fn general_format(a: f64, prec: usize, alt: bool, repr_like: bool) -> String {
    // A double has at most 767 significant decimal digits and none past the 1074th
    // decimal place, so without '#' (which keeps trailing zeros) any precision beyond
    // 1200 prints the same digits: cap it rather than build a huge string to trim.
    let prec = if alt { prec } else { prec.min(1200) };
    let p = if prec == 0 { 1 } else { prec };
    let exp: i32 = if a == 0.0 {
        0
    } else {
        let s = sci(a, p - 1);
        let (_, e) = s.split_once('e').unwrap();
        e.parse().unwrap()
    };
    // With no presentation type (repr-like), a value that would print as an integer
    // with all `p` digits switches to exponent form, leaving room for the ".0".
    let limit = if repr_like { p as i32 - 1 } else { p as i32 };
    let mut out = if exp < -4 || exp >= limit {
        let m = exp_format(a, p - 1, alt);
        if alt {
            m
        } else {
            let (mant, ex) = m.split_once('e').unwrap();
            let mant = if mant.contains('.') {
                mant.trim_end_matches('0').trim_end_matches('.')
            } else {
                mant
            };
            format!("{mant}e{ex}")
        }
    } else {
        let decimals = (p as i32 - 1 - exp).max(0) as usize;
        let f = fixed(a, decimals);
        if alt {
            f
        } else if f.contains('.') {
            f.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            f
        }
    };
    if repr_like
        && !out.contains('.')
        && !out.contains('e')
        && !out.contains("inf")
        && !out.contains("nan")
    {
        out.push_str(".0");
    }
    out
}

fn format_str(vm: &Vm, s: &str, spec: &str) -> PyResult<String> {
    crate::types::strformat::format_str_spec(vm, s, spec)
}

/// `format(v, spec)` as a str value.
pub fn format(vm: &Vm, v: &Value, spec: Option<&Value>) -> PyResult<Value> {
    let spec_s = match spec.and_then(|s| s.payload()) {
        Some(Payload::Str(s)) => s.as_str(),
        _ => "",
    };
    if spec_s.is_empty() {
        if let Value::Int(i) = v {
            return Ok(int_str(*i));
        }
        if let Some(Payload::Str(_)) = v.payload() {
            if !tdata(crate::vm::type_of(v)).heap {
                return Ok(v.clone());
            }
        }
    }
    Ok(new_str(format_to_string(vm, v, spec_s)?))
}

/// `str(i)` of a machine int (`f"{i}"`), written on the stack (`itoa`) and stored
/// inline: no heap `String` made and copied, as `to_string` would.
pub fn int_str(i: i64) -> Value {
    crate::new_str_from(itoa::Buffer::new().format(i))
}

pub fn format_to_string(vm: &Vm, v: &Value, spec: &str) -> PyResult<String> {
    let t = crate::vm::type_of(v);
    if tdata(t).heap {
        if let Some(f) = vm.lookup_special(v, "__format__") {
            let is_builtin = matches!(f.payload(), Some(Payload::Builtin(_)));
            if !is_builtin {
                let r = vm.call(&f, &[new_str(spec)])?;
                return match r.payload() {
                    Some(Payload::Str(s)) => Ok(s.as_str().to_string()),
                    _ => Err(vm.type_error(format!(
                        "__format__ must return a str, not {}",
                        vm.type_name(&r)
                    ))),
                };
            }
        }
    }
    if let Some(i) = as_int(v) {
        if matches!(v, Value::Bool(_)) && spec.is_empty() {
            return vm.str(v);
        }
        if spec.is_empty() {
            return vm.str(v);
        }
        let sp = parse_spec_for(vm, spec, &vm.type_name(v))?;
        if let Some(t) = sp.ty.filter(|t| !"dnboxXceEfFgG%".contains(*t)) {
            // Errors name the object's own type (bool, an int subclass).
            return Err(crate::types::strformat::unknown_format_code(
                vm,
                t,
                &vm.type_name(v),
            ));
        }
        return format_int(vm, &i, &sp);
    }
    if let Some(f) = as_float(v) {
        if spec.is_empty() {
            return vm.str(v);
        }
        let sp = parse_spec_for(vm, spec, &vm.type_name(v))?;
        if let Some(t) = sp.ty.filter(|t| !"eEfFgGn%".contains(*t)) {
            return Err(crate::types::strformat::unknown_format_code(
                vm,
                t,
                &vm.type_name(v),
            ));
        }
        return format_float(vm, f, &sp);
    }
    match v.payload() {
        // An empty spec formats a str subclass as `str(v)` (its own `__str__`), as CPython.
        Some(Payload::Str(_)) if spec.is_empty() => vm.str(v),
        Some(Payload::Str(s)) => format_str(vm, s.as_str(), spec),
        _ => {
            if !spec.is_empty() {
                if let Some(f) = vm.lookup_special(v, "__format__") {
                    if !matches!(f.payload(), Some(Payload::Builtin(b)) if b.owner.as_ref().map(|t| t.ptr_eq(&crate::types::types().object)).unwrap_or(false))
                    {
                        let r = vm.call(&f, &[new_str(spec)])?;
                        return vm.str(&r);
                    }
                }
                return Err(vm.type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    vm.type_name(v)
                )));
            }
            vm.str(v)
        }
    }
}
