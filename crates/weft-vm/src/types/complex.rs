//! `complex`: construction from numbers and strings, arithmetic with CPython's algorithms
//! (Smith's division, integer powers by squaring), hashing, `repr` and `format`
//! (<https://docs.python.org/3.11/library/functions.html#complex>).

use crate::ops::CmpOp;
use crate::payload::Payload;
use crate::types::number::{as_float, as_int, int_to_f64};
use crate::types::types;
use crate::value::Value;
use crate::vm::{type_of, Vm};
use crate::{new_str, new_tuple_of, ObjRef, PyResult};
use weft_compiler::opcode::binop;

type Kw<'a> = &'a [(Value, Value)];
type C = (f64, f64);

pub fn new_complex(re: f64, im: f64) -> Value {
    Value::Obj(ObjRef::new(
        types().complex.clone(),
        None,
        Payload::Complex(re, im),
    ))
}

pub fn as_complex(v: &Value) -> Option<C> {
    match v.payload() {
        Some(Payload::Complex(re, im)) => Some((*re, *im)),
        _ => None,
    }
}

fn not_implemented() -> Value {
    Value::Obj(types().not_implemented.clone())
}

/// A complex operand: complex, float or int; `None` for anything else.
fn operand(vm: &Vm, v: &Value) -> PyResult<Option<C>> {
    if let Some(c) = as_complex(v) {
        return Ok(Some(c));
    }
    if let Some(f) = as_float(v) {
        return Ok(Some((f, 0.0)));
    }
    match as_int(v) {
        Some(i) => Ok(Some((int_to_f64(vm, &i)?, 0.0))),
        None => Ok(None),
    }
}

fn prod(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// Smith's algorithm, as CPython's `_Py_c_quot`; `None` on division by zero.
fn quot(a: C, b: C) -> Option<C> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

fn powu(x: C, n: u64) -> C {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: u64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

/// `a ** b` (errors as CPython: ZeroDivisionError for 0 to a negative/complex power).
pub fn pow(vm: &Vm, a: C, b: C) -> PyResult<C> {
    let zero_err = || vm.zero_division("0.0 to a negative or complex power");
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n > 0 {
            powu(a, n as u64)
        } else {
            quot((1.0, 0.0), powu(a, n.unsigned_abs())).ok_or_else(zero_err)?
        }
    } else {
        if a.0 == 0.0 && a.1 == 0.0 && (b.1 != 0.0 || b.0 < 0.0) {
            return Err(zero_err());
        }
        let (r, edom) = crate::types::number::complex_pow(a, b);
        if edom {
            return Err(zero_err());
        }
        r
    };
    // CPython turns any infinite part into ERANGE, whatever the operands.
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(vm.overflow_error("complex exponentiation"));
    }
    Ok(r)
}

/// Arithmetic on two complex operands; `None` for operators complex lacks.
pub fn complex_binary(vm: &Vm, a: C, b: C, op: u32) -> PyResult<Option<Value>> {
    let r = match op {
        binop::ADD => (a.0 + b.0, a.1 + b.1),
        binop::SUBTRACT => (a.0 - b.0, a.1 - b.1),
        binop::MULTIPLY => prod(a, b),
        binop::TRUE_DIVIDE => {
            quot(a, b).ok_or_else(|| vm.zero_division("complex division by zero"))?
        }
        binop::POWER => pow(vm, a, b)?,
        _ => return Ok(None),
    };
    Ok(Some(new_complex(r.0, r.1)))
}

/// Fast path for the eval loop: exact complex with exact numbers.
pub fn fast_binary(vm: &Vm, a: &Value, b: &Value, op: u32) -> PyResult<Option<Value>> {
    let exact = |v: &Value| match v {
        Value::Obj(o) => {
            o.class.ptr_eq(&types().complex)
                || o.class.ptr_eq(&types().int)
                || o.class.ptr_eq(&types().float)
        }
        _ => true,
    };
    if !exact(a) || !exact(b) {
        return Ok(None);
    }
    match (operand(vm, a)?, operand(vm, b)?) {
        (Some(x), Some(y)) => complex_binary(vm, x, y, op),
        _ => Ok(None),
    }
}

fn cop(vm: &Vm, args: &[Value], op: u32, reflected: bool) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(format!("expected 1 argument, got {}", args.len() - 1)));
    }
    let me = as_complex(&args[0]).unwrap_or((0.0, 0.0));
    let Some(other) = operand(vm, &args[1])? else {
        return Ok(not_implemented());
    };
    let (x, y) = if reflected { (other, me) } else { (me, other) };
    Ok(complex_binary(vm, x, y, op)?.unwrap_or_else(not_implemented))
}

macro_rules! complex_ops {
    ($($name:ident => $op:expr, $rev:expr;)*) => {
        $( fn $name(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> { cop(vm, args, $op, $rev) } )*
    };
}

complex_ops! {
    c_add => binop::ADD, false; c_radd => binop::ADD, true;
    c_sub => binop::SUBTRACT, false; c_rsub => binop::SUBTRACT, true;
    c_mul => binop::MULTIPLY, false; c_rmul => binop::MULTIPLY, true;
    c_truediv => binop::TRUE_DIVIDE, false; c_rtruediv => binop::TRUE_DIVIDE, true;
}

fn pow_args(vm: &Vm, args: &[Value], reflected: bool) -> PyResult<Value> {
    if args.len() == 3 && !args[2].is_none() {
        return Err(vm.value_error("complex modulo"));
    }
    cop(vm, &args[..2.min(args.len())], binop::POWER, reflected)
}
fn c_pow(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    pow_args(vm, args, false)
}
fn c_rpow(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    pow_args(vm, args, true)
}

fn me(args: &[Value]) -> C {
    as_complex(&args[0]).unwrap_or((0.0, 0.0))
}

/// `abs(z)`, with CPython's infinity/NaN rules and overflow error.
pub fn cabs(vm: &Vm, z: C) -> PyResult<f64> {
    if z.0.is_infinite() || z.1.is_infinite() {
        return Ok(f64::INFINITY);
    }
    if z.0.is_nan() || z.1.is_nan() {
        return Ok(f64::NAN);
    }
    let r = z.0.hypot(z.1);
    if r.is_infinite() {
        return Err(vm.overflow_error("absolute value too large"));
    }
    Ok(r)
}

fn c_abs(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Float(cabs(vm, me(args))?))
}
fn c_neg(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let z = me(args);
    Ok(new_complex(-z.0, -z.1))
}
fn c_pos(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let z = me(args);
    Ok(new_complex(z.0, z.1))
}
fn c_conjugate(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let z = me(args);
    Ok(new_complex(z.0, -z.1))
}
fn c_bool(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let z = me(args);
    Ok(Value::Bool(z.0 != 0.0 || z.1 != 0.0))
}

pub fn complex_hash(z: C) -> i64 {
    let hr = crate::ops::hash_float(z.0) as u64;
    let hi = crate::ops::hash_float(z.1) as u64;
    let c = hr.wrapping_add(1000003u64.wrapping_mul(hi)) as i64;
    if c == -1 {
        -2
    } else {
        c
    }
}

fn c_hash(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(complex_hash(me(args))))
}

fn c_eq_impl(args: &[Value]) -> Option<bool> {
    let z = me(args);
    let o = &args[1];
    if let Some(w) = as_complex(o) {
        return Some(z == w);
    }
    if as_float(o).is_some() || as_int(o).is_some() {
        if z.1 != 0.0 {
            return Some(false);
        }
        return crate::types::number::num_compare(&Value::Float(z.0), o, CmpOp::Eq);
    }
    None
}

fn c_eq(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(c_eq_impl(args)
        .map(Value::Bool)
        .unwrap_or_else(not_implemented))
}
fn c_ne(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(c_eq_impl(args)
        .map(|b| Value::Bool(!b))
        .unwrap_or_else(not_implemented))
}
fn c_not_impl(_vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(not_implemented())
}

/// CPython's `repr(complex)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let fmt = |x: f64| {
        let s = crate::repr::float_repr(x);
        match s.strip_suffix(".0") {
            Some(t) => t.to_string(),
            None => s,
        }
    };
    let ims = fmt(im);
    if re == 0.0 && re.is_sign_positive() {
        return format!("{ims}j");
    }
    let sign = if ims.starts_with('-') { "" } else { "+" };
    format!("({}{}{}j)", fmt(re), sign, ims)
}

fn c_repr(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let z = me(args);
    Ok(new_str(complex_repr(z.0, z.1)))
}

fn pad(s: String, sp: &crate::convert::Spec) -> String {
    let width = sp.width.unwrap_or(0);
    let n = s.chars().count();
    if n >= width {
        return s;
    }
    let fill = sp.fill.unwrap_or(' ').to_string();
    let k = width - n;
    match sp.align.unwrap_or('>') {
        '<' => format!("{s}{}", fill.repeat(k)),
        '^' => format!("{}{s}{}", fill.repeat(k / 2), fill.repeat(k - k / 2)),
        _ => format!("{}{s}", fill.repeat(k)),
    }
}

/// `format(z, spec)`; `tname` (the object's own type, a subclass's name included) is
/// the one errors name.
pub fn complex_format(vm: &Vm, z: C, spec: &str, tname: &str) -> PyResult<String> {
    use crate::convert::{format_float, parse_spec_for, Spec};
    if spec.is_empty() {
        return Ok(complex_repr(z.0, z.1));
    }
    let sp = parse_spec_for(vm, spec, tname)?;
    // CPython's order: the type code, then a '0' fill, then '=' alignment.
    if let Some(t) = sp.ty {
        if !"eEfFgGn".contains(t) {
            return Err(crate::types::strformat::unknown_format_code(vm, t, tname));
        }
    }
    if sp.zero || sp.fill == Some('0') {
        return Err(vm.value_error("Zero padding is not allowed in complex format specifier"));
    }
    if sp.align == Some('=') {
        return Err(vm.value_error("'=' alignment flag is not allowed in complex format specifier"));
    }
    if sp.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(vm.value_error("precision too big"));
    }
    let part = |x: f64, sign: Option<char>| -> PyResult<String> {
        let neg = x.is_sign_negative() && !x.is_nan();
        let a = x.abs();
        let body = match (sp.ty, sp.precision) {
            _ if !a.is_finite() => {
                let word = if a.is_nan() { "nan" } else { "inf" };
                // 'E', 'F' and 'G' spell them in capitals.
                if matches!(sp.ty, Some('E' | 'F' | 'G')) {
                    word.to_ascii_uppercase()
                } else {
                    word.to_string()
                }
            }
            (None, None) => {
                let s = crate::repr::float_repr(a);
                match s.strip_suffix(".0") {
                    // `#` keeps the point: "3." (and "1.e+16").
                    Some(t) if sp.alt => format!("{t}."),
                    Some(t) => t.to_string(),
                    None if sp.alt && !s.contains('.') => s.replacen('e', ".e", 1),
                    None => s,
                }
            }
            // A precision without a type formats each part as 'g' would ('#' included).
            (None, Some(p)) => format_float(
                vm,
                a,
                &Spec {
                    ty: Some('g'),
                    precision: Some(p),
                    alt: sp.alt,
                    ..Default::default()
                },
            )?,
            (Some(t), p) => format_float(
                vm,
                a,
                &Spec {
                    ty: Some(t),
                    precision: p,
                    alt: sp.alt,
                    ..Default::default()
                },
            )?,
        };
        // `z` flag: a value that rounds to zero loses its minus sign.
        let neg = neg
            && !(sp.no_neg_zero
                && a.is_finite()
                && !body.bytes().any(|c| (b'1'..=b'9').contains(&c)));
        let s = if neg {
            "-"
        } else {
            match sign {
                Some('+') => "+",
                Some(' ') => " ",
                _ => "",
            }
        };
        Ok(format!("{s}{body}"))
    };
    let skip_re = sp.ty.is_none() && z.0 == 0.0 && z.0.is_sign_positive();
    let im = part(z.1, Some('+'))?;
    let body = if skip_re {
        let im = if sp.sign == Some('+') || z.1.is_sign_negative() {
            im
        } else {
            part(z.1, sp.sign)?
        };
        format!("{im}j")
    } else {
        let re = part(z.0, sp.sign)?;
        if sp.ty.is_none() {
            format!("({re}{im}j)")
        } else {
            format!("{re}{im}j")
        }
    };
    Ok(pad(body, &sp))
}

fn c_format(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let spec =
        crate::types::text::format_spec(vm, args.get(1).unwrap_or(&Value::None))?.to_string();
    let tname = vm.type_name(&args[0]);
    Ok(new_str(complex_format(vm, me(args), &spec, &tname)?))
}

fn c_getnewargs(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let z = me(args);
    Ok(new_tuple_of([Value::Float(z.0), Value::Float(z.1)]))
}

fn c_complex(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let z = me(args);
    Ok(new_complex(z.0, z.1))
}

/// Parse `float` syntax at the start of `s`: (value, bytes used).
fn float_prefix(s: &str) -> Option<(f64, usize)> {
    let b = s.as_bytes();
    let mut i = 0;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        i += 1;
    }
    let lower = s[i..].to_ascii_lowercase();
    for word in ["infinity", "inf", "nan"] {
        if lower.starts_with(word) {
            let end = i + word.len();
            return crate::types::float::parse_float(&s[..end]).map(|f| (f, end));
        }
    }
    let start_digits = i;
    while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
        i += 1;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
            i += 1;
        }
    }
    if i == start_digits || &s[start_digits..i] == "." {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
        }
        let ds = j;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        if j > ds {
            i = j;
        }
    }
    crate::types::float::parse_float(&s[..i]).map(|f| (f, i))
}

/// `complex(str)`.
pub fn parse_complex(s: &str) -> Option<C> {
    let mut t = s.trim();
    if let Some(inner) = t.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        t = inner.trim();
    }
    if t.is_empty() {
        return None;
    }
    let is_j = |c: Option<u8>| matches!(c, Some(b'j') | Some(b'J'));
    // A lone imaginary unit with optional sign.
    let sign_of = |c: u8| if c == b'-' { -1.0 } else { 1.0 };
    let b = t.as_bytes();
    match float_prefix(t) {
        None => {
            // "j", "+j", "-j"
            let (sg, rest) = if matches!(b[0], b'+' | b'-') {
                (sign_of(b[0]), &t[1..])
            } else {
                (1.0, t)
            };
            if rest.len() == 1 && is_j(rest.bytes().next()) {
                return Some((0.0, sg));
            }
            None
        }
        Some((x, n)) => {
            let rest = &t[n..];
            if rest.is_empty() {
                return Some((x, 0.0));
            }
            let rb = rest.as_bytes();
            if rest.len() == 1 && is_j(Some(rb[0])) {
                return Some((0.0, x));
            }
            if !matches!(rb[0], b'+' | b'-') {
                return None;
            }
            match float_prefix(rest) {
                Some((y, m)) => {
                    let tail = &rest[m..];
                    if tail.len() == 1 && is_j(tail.bytes().next()) {
                        Some((x, y))
                    } else {
                        None
                    }
                }
                None => {
                    if rest.len() == 2 && is_j(Some(rb[1])) {
                        Some((x, sign_of(rb[0])))
                    } else {
                        None
                    }
                }
            }
        }
    }
}

/// `complex(str)`: non-ASCII decimal digits and spaces count as their ASCII forms, and
/// underscores are checked (each between two digits) before the number is parsed, with
/// CPython's two messages.
fn complex_from_str(vm: &Vm, s: &str) -> PyResult<C> {
    let mut t = String::with_capacity(s.len());
    let mut prev = '\0';
    let mut bad_underscore = false;
    for c in s.chars() {
        let c = if c.is_ascii() {
            c
        } else if crate::types::unicode::is_space(c) {
            ' '
        } else {
            crate::types::int::unicode_decimal(c).map_or(c, |d| (b'0' + d) as char)
        };
        if c == '_' {
            bad_underscore |= !prev.is_ascii_digit();
        } else {
            bad_underscore |= prev == '_' && !c.is_ascii_digit();
            t.push(c);
        }
        prev = c;
    }
    if bad_underscore || prev == '_' {
        return Err(vm.value_error(format!(
            "could not convert string to complex: {}",
            crate::repr::str_repr(s)
        )));
    }
    parse_complex(&t).ok_or_else(|| vm.value_error("complex() arg is a malformed string"))
}

/// A constructor argument as (value, is_complex).
fn ctor_part(vm: &Vm, v: &Value, first: bool) -> PyResult<(C, bool)> {
    if let Some(c) = as_complex(v) {
        return Ok((c, true));
    }
    if let Some(f) = vm.lookup_special(v, "__complex__") {
        let r = vm.call(&f, &[])?;
        return match as_complex(&r) {
            Some(c) => Ok((c, true)),
            None => Err(vm.type_error(format!(
                "__complex__ returned non-complex (type {})",
                vm.type_name(&r)
            ))),
        };
    }
    if let Some(f) = as_float(v) {
        return Ok(((f, 0.0), false));
    }
    if let Some(i) = as_int(v) {
        return Ok(((int_to_f64(vm, &i)?, 0.0), false));
    }
    if vm.lookup_special(v, "__float__").is_some() || vm.lookup_special(v, "__index__").is_some() {
        return Ok(((crate::types::float::to_float(vm, v)?, 0.0), false));
    }
    Err(vm.type_error(if first {
        format!(
            "complex() first argument must be a string or a number, not '{}'",
            vm.type_name(v)
        )
    } else {
        format!(
            "complex() second argument must be a number, not '{}'",
            vm.type_name(v)
        )
    }))
}

fn c_new(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let cls = match args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Type(_)) => o,
        Some(x) => {
            return Err(vm.type_error(format!(
                "complex.__new__(X): X is not a type object ({})",
                vm.type_name(x)
            )))
        }
        None => return Err(vm.type_error("complex.__new__(): not enough arguments")),
    };
    let [r, i] = crate::clinic::bind(vm, "complex", &args[1..], kw, &["real", "imag"], 2, 0)?;
    let (re, im) = match (r.as_ref(), i.as_ref()) {
        (None, None) => (0.0, 0.0),
        (Some(r), i) => {
            if let Some(Payload::Str(s)) = r.payload() {
                if i.is_some() {
                    return Err(
                        vm.type_error("complex() can't take second arg if first is a string")
                    );
                }
                complex_from_str(vm, s.as_str())?
            } else {
                if let Some(i) = i {
                    if matches!(i.payload(), Some(Payload::Str(_))) {
                        return Err(vm.type_error("complex() second arg can't be a string"));
                    }
                }
                if i.is_none()
                    && cls.ptr_eq(&types().complex)
                    && type_of(r).ptr_eq(&types().complex)
                {
                    return Ok(r.clone());
                }
                let ((mut rr, ri), r_cx) = ctor_part(vm, r, true)?;
                let (mut ir, i_given) = match i {
                    None => (ri, false),
                    Some(i) => {
                        let ((ir, ii), i_cx) = ctor_part(vm, i, false)?;
                        if i_cx {
                            rr -= ii;
                        }
                        (ir, true)
                    }
                };
                if r_cx && i_given {
                    ir += ri;
                }
                (rr, ir)
            }
        }
        (None, Some(i)) => {
            if matches!(i.payload(), Some(Payload::Str(_))) {
                return Err(vm.type_error("complex() second arg can't be a string"));
            }
            let ((ir, ii), i_cx) = ctor_part(vm, i, false)?;
            (if i_cx { -ii } else { 0.0 }, ir)
        }
    };
    if cls.ptr_eq(&types().complex) {
        return Ok(new_complex(re, im));
    }
    Ok(crate::types::core::alloc(cls, Payload::Complex(re, im)))
}

pub fn init() {
    let t = &types().complex;
    type F = crate::types::function::NativeFn;
    let methods: &[(&'static str, F)] = &[
        ("__add__", c_add),
        ("__radd__", c_radd),
        ("__sub__", c_sub),
        ("__rsub__", c_rsub),
        ("__mul__", c_mul),
        ("__rmul__", c_rmul),
        ("__truediv__", c_truediv),
        ("__rtruediv__", c_rtruediv),
        ("__pow__", c_pow),
        ("__rpow__", c_rpow),
        ("__abs__", c_abs),
        ("__neg__", c_neg),
        ("__pos__", c_pos),
        ("__bool__", c_bool),
        ("__hash__", c_hash),
        ("__eq__", c_eq),
        ("__ne__", c_ne),
        ("__lt__", c_not_impl),
        ("__le__", c_not_impl),
        ("__gt__", c_not_impl),
        ("__ge__", c_not_impl),
        ("__repr__", c_repr),
        ("__format__", c_format),
        ("__getnewargs__", c_getnewargs),
        ("__complex__", c_complex),
        ("conjugate", c_conjugate),
    ];
    for (n, f) in methods {
        crate::types::add_method(t, n, *f);
    }
    crate::types::add_staticmethod(t, "__new__", c_new);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse() {
        assert_eq!(parse_complex("1+2j"), Some((1.0, 2.0)));
        assert_eq!(parse_complex(" (1-2j) "), Some((1.0, -2.0)));
        assert_eq!(parse_complex("j"), Some((0.0, 1.0)));
        assert_eq!(parse_complex("-j"), Some((0.0, -1.0)));
        assert_eq!(parse_complex("1e3"), Some((1000.0, 0.0)));
        assert_eq!(parse_complex("-1.5e-3+4J"), Some((-0.0015, 4.0)));
        assert_eq!(parse_complex("1+"), None);
        assert_eq!(parse_complex(""), None);
        assert_eq!(parse_complex("2+j"), Some((2.0, 1.0)));
    }

    #[test]
    fn repr() {
        assert_eq!(complex_repr(-0.0, 1.0), "(-0+1j)");
        assert_eq!(complex_repr(1.0, f64::NAN), "(1+nanj)");
        assert_eq!(complex_repr(1.0, -f64::NAN), "(1+nanj)");
        assert_eq!(complex_repr(0.0, -0.0), "-0j");
        assert_eq!(complex_repr(1e16, 1e-5), "(1e+16+1e-05j)");
    }
}
