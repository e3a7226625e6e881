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

pub fn bigint_to_str(vm: &Vm, b: &BigInt) -> PyResult<String> {
    let s = b.to_string();
    let digits = s.trim_start_matches('-').len();
    if digits > MAX_STR_DIGITS {
        return Err(vm.value_error(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        )));
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
}

pub fn parse_spec(vm: &Vm, s: &str) -> PyResult<Spec> {
    let c: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut sp = Spec::default();
    let is_align = |ch: char| matches!(ch, '<' | '>' | '=' | '^');
    if c.len() >= 2 && is_align(c[1]) {
        sp.fill = Some(c[0]);
        sp.align = Some(c[1]);
        i = 2;
    } else if !c.is_empty() && is_align(c[0]) {
        sp.align = Some(c[0]);
        i = 1;
    }
    if i < c.len() && matches!(c[i], '+' | '-' | ' ') {
        sp.sign = Some(c[i]);
        i += 1;
    }
    if i < c.len() && c[i] == '#' {
        sp.alt = true;
        i += 1;
    }
    if i < c.len() && c[i] == '0' {
        sp.zero = true;
        i += 1;
    }
    let st = i;
    while i < c.len() && c[i].is_ascii_digit() {
        i += 1;
    }
    if i > st {
        sp.width = Some(c[st..i].iter().collect::<String>().parse().map_err(|_| vm.value_error("Too many decimal digits in format string"))?);
    }
    if i < c.len() && matches!(c[i], ',' | '_') {
        sp.grouping = Some(c[i]);
        i += 1;
    }
    if i < c.len() && c[i] == '.' {
        i += 1;
        let st = i;
        while i < c.len() && c[i].is_ascii_digit() {
            i += 1;
        }
        if i == st {
            return Err(vm.value_error("Format specifier missing precision"));
        }
        sp.precision = Some(c[st..i].iter().collect::<String>().parse().map_err(|_| vm.value_error("Too many decimal digits in format string"))?);
    }
    if i < c.len() {
        sp.ty = Some(c[i]);
        i += 1;
    }
    if i < c.len() {
        return Err(vm.value_error("Invalid format specifier"));
    }
    Ok(sp)
}

fn pad(s: &str, sp: &Spec, default_align: char, sign_len: usize) -> String {
    let width = sp.width.unwrap_or(0);
    let len = s.chars().count();
    if len >= width {
        return s.to_string();
    }
    let fill = sp.fill.unwrap_or(if sp.zero && sp.align.is_none() { '0' } else { ' ' });
    let align = sp.align.unwrap_or(if sp.zero { '=' } else { default_align });
    let n = width - len;
    match align {
        '<' => format!("{}{}", s, fill.to_string().repeat(n)),
        '^' => format!("{}{}{}", fill.to_string().repeat(n / 2), s, fill.to_string().repeat(n - n / 2)),
        '=' => {
            let (a, b) = s.split_at(sign_len);
            format!("{}{}{}", a, fill.to_string().repeat(n), b)
        }
        _ => format!("{}{}", fill.to_string().repeat(n), s),
    }
}

fn group(digits: &str, sep: char, every: usize) -> String {
    let mut out = String::new();
    let n = digits.len();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (n - i) % every == 0 {
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
    let b = to_big(i);
    let neg = b.sign() == num_bigint::Sign::Minus;
    let mag = if neg { -b.clone() } else { b.clone() };
    if sp.precision.is_some() && !matches!(sp.ty, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) {
        return Err(vm.value_error("Precision not allowed in integer format specifier"));
    }
    let (body, prefix) = match sp.ty {
        None | Some('d') | Some('n') => (bigint_to_str(vm, &mag)?, ""),
        Some('b') => (mag.to_str_radix(2), "0b"),
        Some('o') => (mag.to_str_radix(8), "0o"),
        Some('x') => (mag.to_str_radix(16), "0x"),
        Some('X') => (mag.to_str_radix(16).to_uppercase(), "0X"),
        Some('c') => {
            let c = num_traits::ToPrimitive::to_u32(&b).and_then(char::from_u32).ok_or_else(|| vm.overflow_error("%c arg not in range(0x110000)"))?;
            return Ok(pad(&c.to_string(), sp, '<', 0));
        }
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) => {
            let f = crate::types::number::int_to_f64(vm, i)?;
            let sp2 = Spec { ty: Some(t), ..*sp };
            return format_float(vm, f, &sp2);
        }
        Some(t) => return Err(vm.value_error(format!("Unknown format code '{}' for object of type 'int'", t))),
    };
    let body = match sp.grouping {
        Some(g) => {
            let every = if matches!(sp.ty, Some('b' | 'o' | 'x' | 'X')) { 4 } else { 3 };
            if g == ',' && matches!(sp.ty, Some('b' | 'o' | 'x' | 'X')) {
                return Err(vm.value_error(format!("Cannot specify ',' with '{}'.", sp.ty.unwrap())));
            }
            group(&body, g, every)
        }
        None => body,
    };
    let pre = if sp.alt { prefix } else { "" };
    let sign = sign_str(neg, sp);
    let s = format!("{sign}{pre}{body}");
    if sp.zero && sp.align.is_none() && sp.grouping.is_some() {
        // Zero padding interacts with grouping: pad digits then regroup.
        let width = sp.width.unwrap_or(0);
        let mut raw: String = body.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
        let every = if matches!(sp.ty, Some('b' | 'o' | 'x' | 'X')) { 4 } else { 3 };
        loop {
            let g = group(&raw, sp.grouping.unwrap(), every);
            if sign.len() + pre.len() + g.len() >= width {
                return Ok(format!("{sign}{pre}{g}"));
            }
            raw.insert(0, '0');
        }
    }
    Ok(pad(&s, sp, '>', sign.len() + pre.len()))
}

/// Format a float with a spec (types e, f, g, %, none).
pub fn format_float(vm: &Vm, f: f64, sp: &Spec) -> PyResult<String> {
    let neg = f.is_sign_negative() && !f.is_nan();
    let a = f.abs();
    let upper = matches!(sp.ty, Some('E' | 'F' | 'G'));
    let mut body = if a.is_nan() {
        "nan".to_string()
    } else if a.is_infinite() {
        "inf".to_string()
    } else {
        match sp.ty {
            Some('f') | Some('F') => format!("{:.*}", sp.precision.unwrap_or(6), a),
            Some('%') => format!("{:.*}%", sp.precision.unwrap_or(6), a * 100.0),
            Some('e') | Some('E') => exp_format(a, sp.precision.unwrap_or(6), sp.alt),
            Some('g') | Some('G') | Some('n') => general_format(a, sp.precision.unwrap_or(6), sp.alt, false),
            None => {
                if sp.precision.is_some() {
                    general_format(a, sp.precision.unwrap(), sp.alt, true)
                } else {
                    crate::repr::float_repr(a)
                }
            }
            Some(t) => return Err(vm.value_error(format!("Unknown format code '{}' for object of type 'float'", t))),
        }
    };
    if sp.alt && matches!(sp.ty, Some('f' | 'F')) && !body.contains('.') {
        body.push('.');
    }
    if upper {
        body = body.to_uppercase();
    }
    if let Some(g) = sp.grouping {
        let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
            Some(p) => (body[..p].to_string(), body[p..].to_string()),
            None => (body.clone(), String::new()),
        };
        body = format!("{}{}", group(&int_part, g, 3), rest);
    }
    let sign = sign_str(neg, sp);
    let s = format!("{sign}{body}");
    if sp.zero && sp.align.is_none() && sp.grouping.is_some() {
        return Ok(pad(&s, sp, '>', sign.len()));
    }
    Ok(pad(&s, sp, '>', sign.len()))
}

/// `%e`-style formatting with Python's two-digit exponent.
pub fn exp_format(a: f64, prec: usize, alt: bool) -> String {
    let s = format!("{:.*e}", prec, a);
    let (m, e) = s.split_once('e').unwrap();
    let e: i32 = e.parse().unwrap();
    let m = if alt && !m.contains('.') { format!("{m}.") } else { m.to_string() };
    format!("{}e{}{:02}", m, if e < 0 { '-' } else { '+' }, e.abs())
}

/// `%g`-style formatting. `repr_like` is the no-type-with-precision variant, which
/// keeps at least one digit after the point.
pub fn general_format(a: f64, prec: usize, alt: bool, repr_like: bool) -> String {
    let p = if prec == 0 { 1 } else { prec };
    if a == 0.0 {
        return if alt { format!("{:.*}", p - 1, 0.0) } else if repr_like { "0.0".into() } else { "0".into() };
    }
    let s = format!("{:.*e}", p - 1, a);
    let (_, e) = s.split_once('e').unwrap();
    let exp: i32 = e.parse().unwrap();
    let mut out = if exp < -4 || exp >= p as i32 {
        let m = exp_format(a, p - 1, alt);
        if alt {
            m
        } else {
            let (mant, ex) = m.split_once('e').unwrap();
            let mant = if mant.contains('.') { mant.trim_end_matches('0').trim_end_matches('.') } else { mant };
            format!("{mant}e{ex}")
        }
    } else {
        let decimals = (p as i32 - 1 - exp).max(0) as usize;
        let f = format!("{:.*}", decimals, a);
        if alt {
            f
        } else if f.contains('.') {
            f.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            f
        }
    };
    if repr_like && !out.contains('.') && !out.contains('e') && !out.contains("inf") && !out.contains("nan") {
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
        Some(Payload::Str(s)) => s.as_str().to_string(),
        _ => String::new(),
    };
    if spec_s.is_empty() {
        if let Some(Payload::Str(_)) = v.payload() {
            if !tdata(crate::vm::type_of(v)).heap {
                return Ok(v.clone());
            }
        }
    }
    Ok(new_str(format_to_string(vm, v, &spec_s)?))
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
                    _ => Err(vm.type_error(format!("__format__ must return a str, not {}", vm.type_name(&r)))),
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
        let sp = parse_spec(vm, spec)?;
        return format_int(vm, &i, &sp);
    }
    if let Some(f) = as_float(v) {
        if spec.is_empty() {
            return vm.str(v);
        }
        let sp = parse_spec(vm, spec)?;
        return format_float(vm, f, &sp);
    }
    match v.payload() {
        Some(Payload::Str(s)) => format_str(vm, s.as_str(), spec),
        _ => {
            if !spec.is_empty() {
                if let Some(f) = vm.lookup_special(v, "__format__") {
                    if !matches!(f.payload(), Some(Payload::Builtin(b)) if b.owner.as_ref().map(|t| t.ptr_eq(&crate::types::types().object)).unwrap_or(false)) {
                        let r = vm.call(&f, &[new_str(spec)])?;
                        return vm.str(&r);
                    }
                }
                return Err(vm.type_error(format!("unsupported format string passed to {}.__format__", vm.type_name(v))));
            }
            vm.str(v)
        }
    }
}
