//! `float`: conversions, methods (`hex`/`fromhex`, `as_integer_ratio`, correctly rounded `round`) and
//! the arithmetic/comparison dunders (<https://docs.python.org/3.11/library/functions.html#float>).

use crate::payload::Payload;
use crate::types::number::{as_float, as_int, int_to_f64};
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;

/// Parse a float string as `float()` does.
pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim_matches(crate::types::unicode::is_space);
    // Underscores only between two digits; non-ASCII decimal digits count as digits.
    let mut clean = String::with_capacity(t.len());
    let mut prev_digit = false;
    let mut chars = t.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '_' {
            let next_digit = chars.peek().is_some_and(|n| n.is_ascii_digit());
            if !prev_digit || !next_digit {
                return None;
            }
            continue;
        }
        let c = if c.is_ascii() {
            c
        } else {
            (b'0' + crate::types::int::unicode_decimal(c)?) as char
        };
        prev_digit = c.is_ascii_digit();
        clean.push(c);
    }
    let lower = clean.to_ascii_lowercase();
    let (sign, body) = match lower.strip_prefix('-') {
        Some(r) => (-1.0, r),
        None => (1.0, lower.strip_prefix('+').unwrap_or(&lower)),
    };
    match body {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN),
        _ => {}
    }
    if body.is_empty()
        || body.starts_with(['+', '-'])
        || !body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-'))
    {
        return None;
    }
    body.parse::<f64>().ok().map(|f| sign * f)
}

/// `float(x)`.
pub fn to_float(vm: &Vm, x: &Value) -> PyResult<f64> {
    if let Some(f) = as_float(x) {
        return Ok(f);
    }
    if let Some(i) = as_int(x) {
        return int_to_f64(vm, &i);
    }
    match x.payload() {
        Some(Payload::Str(s)) => {
            return parse_float(s.as_str()).ok_or_else(|| {
                vm.value_error(format!(
                    "could not convert string to float: {}",
                    crate::repr::str_repr(s.as_str())
                ))
            });
        }
        Some(p @ (Payload::Bytes(_) | Payload::ByteArray(_))) => {
            let b: Vec<u8> = match p {
                Payload::Bytes(b) => b.to_vec(),
                Payload::ByteArray(b) => b.read().clone(),
                _ => unreachable!(),
            };
            return std::str::from_utf8(&b)
                .ok()
                .and_then(parse_float)
                .ok_or_else(|| {
                    let r = crate::repr::bytes_repr(&b);
                    let shown = match p {
                        Payload::ByteArray(_) => format!("bytearray({r})"),
                        _ => r,
                    };
                    vm.value_error(format!("could not convert string to float: {shown}"))
                });
        }
        _ => {}
    }
    for name in ["__float__", "__index__"] {
        if let Some(f) = vm.lookup_special(x, name) {
            let r = vm.call(&f, &[])?;
            if name == "__index__" && as_int(&r).is_none() {
                return Err(vm.type_error(format!(
                    "__index__ returned non-int (type {})",
                    vm.type_name(&r)
                )));
            }
            if name == "__float__" && as_float(&r).is_none() {
                return Err(vm.type_error(format!(
                    "{}.__float__ returned non-float (type {})",
                    vm.type_name(x),
                    vm.type_name(&r)
                )));
            }
            if name == "__index__" {
                crate::types::number::warn_int_subclass(vm, name, &r)?;
            } else {
                let what = format!("{}.__float__", vm.type_name(x));
                crate::types::number::warn_float_subclass(vm, &what, &r)?;
            }
            return to_float(vm, &r);
        }
    }
    // Other buffers (memoryview) are read as bytes; a bad one is shown by its repr.
    if let Some(b) = crate::types::memoryview::view_bytes(x) {
        if let Some(f) = std::str::from_utf8(&b).ok().and_then(parse_float) {
            return Ok(f);
        }
        return Err(vm.value_error(format!(
            "could not convert string to float: {}",
            vm.repr(x)?
        )));
    }
    Err(vm.type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        vm.type_name(x)
    )))
}

// ----- float methods and operators ----------------------------------------------------

use crate::ops::CmpOp;
use crate::types::number::{float_binary, num_compare, ratio_to_f64, IntRef};
use crate::types::types;
use crate::{new_bigint, new_str, new_tuple_of};
use num_bigint::{BigInt, BigUint};
use num_traits::{One, Zero};
use weft_compiler::opcode::binop;

type Kw<'a> = &'a [(Value, Value)];

fn not_implemented() -> Value {
    Value::Obj(types().not_implemented.clone())
}

fn this(v: &Value) -> f64 {
    as_float(v).unwrap_or(0.0)
}

fn expect_args(vm: &Vm, name: &str, args: &[Value], n: usize) -> PyResult<()> {
    if args.len() != n + 1 {
        return Err(match n {
            0 => vm.type_error(format!(
                "float.{name}() takes no arguments ({} given)",
                args.len() - 1
            )),
            _ => vm.type_error(format!(
                "expected {n} argument{}, got {}",
                if n == 1 { "" } else { "s" },
                args.len() - 1
            )),
        });
    }
    Ok(())
}

/// A float operand: floats, ints and bools (ints may overflow); `None` otherwise.
fn operand(vm: &Vm, v: &Value) -> PyResult<Option<f64>> {
    if let Some(f) = as_float(v) {
        return Ok(Some(f));
    }
    match as_int(v) {
        Some(i) => int_to_f64(vm, &i).map(Some),
        None => Ok(None),
    }
}

fn float_op(vm: &Vm, args: &[Value], op: u32, reflected: bool) -> PyResult<Value> {
    expect_args(vm, "op", args, 1)?;
    let Some(other) = operand(vm, &args[1])? else {
        return Ok(not_implemented());
    };
    let me = this(&args[0]);
    let (x, y) = if reflected { (other, me) } else { (me, other) };
    Ok(float_binary(vm, x, y, op)?.unwrap_or_else(not_implemented))
}

macro_rules! float_ops {
    ($($name:ident => $op:expr, $rev:expr;)*) => {
        $( fn $name(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> { float_op(vm, args, $op, $rev) } )*
    };
}

float_ops! {
    float_add => binop::ADD, false; float_radd => binop::ADD, true;
    float_sub => binop::SUBTRACT, false; float_rsub => binop::SUBTRACT, true;
    float_mul => binop::MULTIPLY, false; float_rmul => binop::MULTIPLY, true;
    float_truediv => binop::TRUE_DIVIDE, false; float_rtruediv => binop::TRUE_DIVIDE, true;
    float_floordiv => binop::FLOOR_DIVIDE, false; float_rfloordiv => binop::FLOOR_DIVIDE, true;
    float_mod => binop::REMAINDER, false; float_rmod => binop::REMAINDER, true;
}

fn pow_args(vm: &Vm, args: &[Value], reflected: bool) -> PyResult<Value> {
    if args.len() < 2 || args.len() > 3 {
        return Err(vm.type_error(format!("expected 1 or 2 arguments, got {}", args.len() - 1)));
    }
    if args.len() == 3 && !args[2].is_none() {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    float_op(vm, &args[..2], binop::POWER, reflected)
}
fn float_pow(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    pow_args(vm, args, false)
}
fn float_rpow(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    pow_args(vm, args, true)
}

/// `divmod` of two floats with Python's signs.
pub fn float_divmod(vm: &Vm, x: f64, y: f64) -> PyResult<Value> {
    if y == 0.0 {
        return Err(vm.zero_division("float divmod()"));
    }
    let m = crate::types::number::fmod_py(x, y);
    let d = crate::types::number::float_floordiv(x, y);
    Ok(new_tuple_of([Value::Float(d), Value::Float(m)]))
}

fn float_divmod_m(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    expect_args(vm, "__divmod__", args, 1)?;
    match operand(vm, &args[1])? {
        Some(y) => float_divmod(vm, this(&args[0]), y),
        None => Ok(not_implemented()),
    }
}
fn float_rdivmod(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    expect_args(vm, "__rdivmod__", args, 1)?;
    match operand(vm, &args[1])? {
        Some(x) => float_divmod(vm, x, this(&args[0])),
        None => Ok(not_implemented()),
    }
}

fn cmp(vm: &Vm, args: &[Value], op: CmpOp) -> PyResult<Value> {
    expect_args(vm, op.dunder(), args, 1)?;
    Ok(match num_compare(&args[0], &args[1], op) {
        Some(b) => Value::Bool(b),
        None => not_implemented(),
    })
}
fn float_eq(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    cmp(vm, args, CmpOp::Eq)
}
fn float_ne(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    cmp(vm, args, CmpOp::Ne)
}
fn float_lt(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    cmp(vm, args, CmpOp::Lt)
}
fn float_le(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    cmp(vm, args, CmpOp::Le)
}
fn float_gt(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    cmp(vm, args, CmpOp::Gt)
}
fn float_ge(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    cmp(vm, args, CmpOp::Ge)
}

fn float_neg(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Float(-this(&args[0])))
}
fn float_pos(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Float(this(&args[0])))
}
fn float_abs(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Float(this(&args[0]).abs()))
}
fn float_bool(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(this(&args[0]) != 0.0))
}
fn float_int(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    crate::types::int::to_int(vm, &Value::Float(this(&args[0])))
}
fn float_floor(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    crate::types::int::to_int(vm, &Value::Float(this(&args[0]).floor()))
}
fn float_ceil(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    crate::types::int::to_int(vm, &Value::Float(this(&args[0]).ceil()))
}
fn float_float(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Float(this(&args[0])))
}
fn float_hash(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(crate::ops::hash_float(this(&args[0]))))
}
fn float_repr(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(new_str(crate::repr::float_repr(this(&args[0]))))
}
fn float_format(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    expect_args(vm, "__format__", args, 1)?;
    let spec = crate::types::text::format_spec(vm, &args[1])?.to_string();
    if spec.is_empty() {
        return Ok(new_str(vm.str(&args[0])?));
    }
    Ok(new_str(crate::convert::format_to_string(
        vm,
        &Value::Float(this(&args[0])),
        &spec,
    )?))
}
fn float_getnewargs(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(new_tuple_of([Value::Float(this(&args[0]))]))
}
fn float_zero(_vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Float(0.0))
}
fn float_is_integer(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    expect_args(vm, "is_integer", args, 0)?;
    let f = this(&args[0]);
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

/// The exact value of a finite float as (mantissa, exponent): `m * 2**e`, `m` odd or 0.
pub fn decompose(f: f64) -> (BigInt, i64) {
    if f == 0.0 {
        return (BigInt::zero(), 0);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    };
    let tz = m.trailing_zeros();
    m >>= tz;
    e += tz as i64;
    let m = BigInt::from(m);
    (if f < 0.0 { -m } else { m }, e)
}

fn float_as_integer_ratio(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    expect_args(vm, "as_integer_ratio", args, 0)?;
    let f = this(&args[0]);
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    let (m, e) = decompose(f);
    let (n, d) = if e >= 0 {
        (m << e as usize, BigInt::one())
    } else {
        (m, BigInt::one() << (-e) as usize)
    };
    Ok(new_tuple_of([new_bigint(n), new_bigint(d)]))
}

/// `round(x, ndigits)` for floats, correctly rounded (half to even on the exact value).
pub fn round_float(vm: &Vm, x: f64, ndigits: i64) -> PyResult<f64> {
    if !x.is_finite() || x == 0.0 {
        return Ok(x);
    }
    if ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0f64.copysign(x));
    }
    let r = if ndigits >= 0 {
        format!("{:.*}", ndigits as usize, x)
            .parse::<f64>()
            .unwrap_or(x)
    } else {
        // Exact: round m * 2**e to a multiple of 10**k, half to even.
        let (m, e) = decompose(x.abs());
        let p = num_traits::pow(BigUint::from(10u32), (-ndigits) as usize);
        let (num, den) = if e >= 0 {
            (m.magnitude() << e as usize, BigUint::one())
        } else {
            (m.magnitude().clone(), BigUint::one() << (-e) as usize)
        };
        let pd = &p * &den;
        let q = &num / &pd;
        let rem = &num - &q * &pd;
        let twice = rem * 2u32;
        let q = if twice > pd || (twice == pd && q.bit(0)) {
            q + 1u32
        } else {
            q
        };
        let v = ratio_to_f64(&(q * p), &BigUint::one())
            .ok_or_else(|| vm.overflow_error("rounded value too large to represent"))?;
        v.copysign(x)
    };
    if r.is_infinite() {
        return Err(vm.overflow_error("rounded value too large to represent"));
    }
    Ok(r)
}

fn float_round(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "__round__ expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    let x = this(&args[0]);
    match args.get(1) {
        None | Some(Value::None) => {
            let r = x.round_ties_even();
            crate::types::int::to_int(vm, &Value::Float(r))
        }
        Some(n) => {
            let n = crate::types::int::index_arg(vm, n)?;
            let n = num_traits::ToPrimitive::to_i64(&n).unwrap_or(
                if n.sign() == num_bigint::Sign::Minus {
                    i64::MIN
                } else {
                    i64::MAX
                },
            );
            Ok(Value::Float(round_float(vm, x, n)?))
        }
    }
}

fn float_hex(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    expect_args(vm, "hex", args, 0)?;
    Ok(new_str(float_to_hex(this(&args[0]))))
}

/// `float.hex()`.
pub fn float_to_hex(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    format!(
        "{sign}0x{lead}.{frac:013x}p{}{}",
        if e < 0 { "-" } else { "+" },
        e.abs()
    )
}

/// `float.fromhex(s)`.
pub fn float_from_hex(vm: &Vm, s: &str) -> PyResult<f64> {
    let bad = || vm.value_error("invalid hexadecimal floating-point string");
    let t = s.trim();
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(if neg {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
    }
    if lower == "nan" {
        return Ok(f64::NAN);
    }
    let b = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match b.find('p') {
        Some(i) => (&b[..i], Some(&b[i + 1..])),
        None => (b, None),
    };
    let (ip, fp) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    if ip.is_empty() && fp.is_empty() {
        return Err(bad());
    }
    if !ip.chars().chain(fp.chars()).all(|c| c.is_ascii_hexdigit()) {
        return Err(bad());
    }
    let mut e: i64 = match exp {
        Some(x) => {
            let digits = x.strip_prefix(['+', '-']).unwrap_or(x);
            if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
                return Err(bad());
            }
            let v: i64 = digits.parse().unwrap_or(i64::MAX / 4).min(i64::MAX / 4);
            if x.starts_with('-') {
                -v
            } else {
                v
            }
        }
        None => 0,
    };
    let digits = format!("{}{}", ip.trim_start_matches('0'), fp);
    e -= 4 * fp.len() as i64;
    let m = BigUint::parse_bytes(
        if digits.is_empty() {
            b"0"
        } else {
            digits.as_bytes()
        },
        16,
    )
    .unwrap_or_default();
    if m.is_zero() {
        return Ok(if neg { -0.0 } else { 0.0 });
    }
    let top = m.bits() as i64 + e;
    if top > 1025 {
        return Err(vm.overflow_error("hexadecimal value too large to represent as a float"));
    }
    let r = if top < -1080 {
        Some(0.0)
    } else if e >= 0 {
        ratio_to_f64(&(m << e as usize), &BigUint::one())
    } else {
        ratio_to_f64(&m, &(BigUint::one() << (-e) as usize))
    }
    .ok_or_else(|| vm.overflow_error("hexadecimal value too large to represent as a float"))?;
    Ok(if neg { -r } else { r })
}

fn float_fromhex(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "float.fromhex() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    let s = match args.get(1).and_then(|v| v.payload()) {
        Some(Payload::Str(s)) => s.as_str().to_string(),
        _ => return Err(vm.type_error("bad argument type for built-in operation")),
    };
    let f = Value::Float(float_from_hex(vm, &s)?);
    if matches!(&args[0], Value::Obj(c) if c.ptr_eq(&types().float)) {
        return Ok(f);
    }
    vm.call(&args[0], &[f])
}

fn float_getformat(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "float.__getformat__() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    match args.get(1).and_then(|v| v.payload()) {
        Some(Payload::Str(s)) if s.as_str() == "double" || s.as_str() == "float" => {
            Ok(crate::intern("IEEE, little-endian"))
        }
        Some(Payload::Str(_)) => {
            Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'"))
        }
        _ => Err(vm.type_error(format!(
            "__getformat__() argument must be str, not {}",
            crate::types::text::arg_type_name(vm, &args[1])
        ))),
    }
}

pub fn init() {
    let t = types();
    type F = crate::types::function::NativeFn;
    let methods: &[(&'static str, F)] = &[
        ("__add__", float_add),
        ("__radd__", float_radd),
        ("__sub__", float_sub),
        ("__rsub__", float_rsub),
        ("__mul__", float_mul),
        ("__rmul__", float_rmul),
        ("__truediv__", float_truediv),
        ("__rtruediv__", float_rtruediv),
        ("__floordiv__", float_floordiv),
        ("__rfloordiv__", float_rfloordiv),
        ("__mod__", float_mod),
        ("__rmod__", float_rmod),
        ("__divmod__", float_divmod_m),
        ("__rdivmod__", float_rdivmod),
        ("__pow__", float_pow),
        ("__rpow__", float_rpow),
        ("__eq__", float_eq),
        ("__ne__", float_ne),
        ("__lt__", float_lt),
        ("__le__", float_le),
        ("__gt__", float_gt),
        ("__ge__", float_ge),
        ("__neg__", float_neg),
        ("__pos__", float_pos),
        ("__abs__", float_abs),
        ("__bool__", float_bool),
        ("__int__", float_int),
        ("__trunc__", float_int),
        ("__floor__", float_floor),
        ("__ceil__", float_ceil),
        ("__float__", float_float),
        ("__round__", float_round),
        ("__hash__", float_hash),
        ("__repr__", float_repr),
        ("__format__", float_format),
        ("__getnewargs__", float_getnewargs),
        ("conjugate", float_float),
        ("is_integer", float_is_integer),
        ("as_integer_ratio", float_as_integer_ratio),
        ("hex", float_hex),
    ];
    for (n, f) in methods {
        crate::types::add_method(&t.float, n, *f);
    }
    crate::types::add_classmethod(&t.float, "fromhex", float_fromhex);
    crate::types::add_classmethod(&t.float, "__getformat__", float_getformat);
    crate::types::int::add_getter(&t.float, "real", float_float);
    crate::types::int::add_getter(&t.float, "imag", float_zero);
    let _ = IntRef::Small(0);
}
