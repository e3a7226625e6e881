//! `int`: conversions (`int(x)`, `int(s, base)` with CPython's rules and digit limit), methods and the
//! arithmetic/comparison dunders of `int` and `bool` (<https://docs.python.org/3.11/library/functions.html#int>).

use crate::payload::Payload;
use crate::types::number::{as_float, as_int, IntRef};
use crate::value::Value;
use crate::vm::Vm;
use crate::{new_bigint, PyResult};
use num_bigint::BigInt;

/// `int(x)` for one argument.
pub fn to_int(vm: &Vm, x: &Value) -> PyResult<Value> {
    if let Some(i) = as_int(x) {
        return Ok(match i {
            IntRef::Small(i) => Value::Int(i),
            IntRef::Big(b) => new_bigint(b.clone()),
        });
    }
    if let Some(f) = as_float(x) {
        if f.is_nan() {
            return Err(vm.value_error("cannot convert float NaN to integer"));
        }
        if f.is_infinite() {
            return Err(vm.overflow_error("cannot convert float infinity to integer"));
        }
        let t = f.trunc();
        if t.abs() < 9.0e18 {
            return Ok(Value::Int(t as i64));
        }
        return Ok(new_bigint(float_to_big(t)));
    }
    match x.payload() {
        Some(Payload::Str(s)) => return parse_int(vm, s.as_str(), 10),
        Some(Payload::Bytes(b)) => return parse_int_bytes(vm, b, 10),
        Some(Payload::ByteArray(b)) => {
            let b = b.read().clone();
            return parse_int_bytes(vm, &b, 10);
        }
        _ => {
            // Other buffers (memoryview) are read as bytes.
            if let Some(b) = crate::types::memoryview::view_bytes(x) {
                return parse_int_bytes(vm, &b, 10);
            }
        }
    }
    for name in ["__int__", "__index__", "__trunc__"] {
        if let Some(f) = vm.lookup_special(x, name) {
            if name == "__trunc__" {
                crate::types::core::deprecation_warning(
                    vm,
                    "The delegation of int() to __trunc__ is deprecated.",
                )?;
            }
            let r = vm.call(&f, &[])?;
            if as_int(&r).is_none() {
                let what = if name == "__trunc__" {
                    "non-Integral"
                } else {
                    "non-int"
                };
                return Err(vm.type_error(format!(
                    "{} returned {} (type {})",
                    name,
                    what,
                    vm.type_name(&r)
                )));
            }
            if name != "__trunc__" {
                crate::types::number::warn_int_subclass(vm, name, &r)?;
            }
            return to_int(vm, &r);
        }
    }
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        vm.type_name(x)
    )))
}

pub fn float_to_big(f: f64) -> BigInt {
    let (m, e) = crate::ops::frexp(f);
    let mant = BigInt::from((m * (1u64 << 53) as f64) as i64);
    if e >= 53 {
        mant << (e - 53) as usize
    } else {
        mant >> (53 - e) as usize
    }
}

/// Parse an int literal string with Python's rules (underscores, prefixes, whitespace).
pub fn parse_int(vm: &Vm, s: &str, base: u32) -> PyResult<Value> {
    if base == 10 {
        if let Some(v) = parse_small_decimal(s.as_bytes()) {
            return Ok(Value::Int(v));
        }
    }
    parse_int_shown(vm, s, base, || crate::repr::str_repr(s))
}

/// `[+-]?[0-9]{1,18}` (the common case of `int(text)`), without building the error text.
#[inline]
fn parse_small_decimal(b: &[u8]) -> Option<i64> {
    let (neg, d) = match b.first()? {
        b'-' => (true, &b[1..]),
        b'+' => (false, &b[1..]),
        _ => (false, b),
    };
    if d.is_empty() || d.len() > 18 {
        return None;
    }
    let mut n: i64 = 0;
    for &c in d {
        if !c.is_ascii_digit() {
            return None;
        }
        n = n * 10 + (c - b'0') as i64;
    }
    Some(if neg { -n } else { n })
}

/// `int(bytes_like, base)`: ASCII digits and whitespace only (no Unicode digits or spaces),
/// with the bytes' repr quoted in the error message.
pub fn parse_int_bytes(vm: &Vm, b: &[u8], base: u32) -> PyResult<Value> {
    let shown = || crate::repr::bytes_repr(b);
    if !b.is_ascii() {
        return Err(invalid_literal(vm, base, &shown()));
    }
    parse_int_shown(vm, &String::from_utf8_lossy(b), base, shown)
}

/// CPython's message for text that is no int literal; it formats the repr `shown` with
/// `%.200R`, so it is cut to 200 characters.
fn invalid_literal(vm: &Vm, base: u32, shown: &str) -> crate::PyErr {
    let shown: String = shown.chars().take(200).collect();
    vm.value_error(format!(
        "invalid literal for int() with base {base}: {shown}"
    ))
}

/// As [`parse_int`], with `shown()` (made only for an error) quoted in the message.
fn parse_int_shown(vm: &Vm, s: &str, base: u32, shown: impl Fn() -> String) -> PyResult<Value> {
    let err = || invalid_literal(vm, base, &shown());
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let (neg, body) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let lower = body.get(..2).map(|p| p.to_ascii_lowercase());
    let (base, digits, prefixed) = match (base, lower.as_deref()) {
        (0 | 16, Some("0x")) => (16, &body[2..], true),
        (0 | 8, Some("0o")) => (8, &body[2..], true),
        (0 | 2, Some("0b")) => (2, &body[2..], true),
        (0, _) => {
            if body.len() > 1 && body.starts_with('0') && body.chars().any(|c| c != '0' && c != '_')
            {
                return Err(err());
            }
            (10, body, false)
        }
        (b, _) => (b, body, false),
    };
    let digits = if prefixed {
        digits.strip_prefix('_').unwrap_or(digits)
    } else {
        digits
    };
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return Err(err());
    }
    let mut clean = String::with_capacity(digits.len());
    for c in digits.chars() {
        if c == '_' {
            continue;
        }
        let c = if c.is_ascii() {
            c
        } else {
            match unicode_decimal(c) {
                Some(d) => (b'0' + d) as char,
                None => return Err(err()),
            }
        };
        if !c.is_digit(base) {
            return Err(err());
        }
        clean.push(c);
    }
    let limit = crate::convert::max_str_digits();
    if !base.is_power_of_two() && limit > 0 && clean.len() > limit {
        return Err(vm.value_error(format!(
            "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            limit,
            clean.len()
        )));
    }
    if clean.len() <= 15 {
        // 15 digits fit an i64 only up to base 16: larger bases fall through to BigInt.
        if let Ok(v) = i64::from_str_radix(&clean, base) {
            return Ok(Value::Int(if neg { -v } else { v }));
        }
    }
    let v = BigInt::parse_bytes(clean.as_bytes(), base).ok_or_else(err)?;
    Ok(new_bigint(if neg { -v } else { v }))
}

/// The value of a non-ASCII Unicode decimal digit (the common digit blocks).
pub fn unicode_decimal(c: char) -> Option<u8> {
    const ZEROS: &[u32] = &[
        0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
        0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0xFF10, 0x1D7CE,
        0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6,
    ];
    let n = c as u32;
    ZEROS
        .iter()
        .find(|&&z| n >= z && n < z + 10)
        .map(|&z| (n - z) as u8)
}

// ----- int methods and operators ------------------------------------------------------

use crate::ops::CmpOp;
use crate::types::number::{int_binary, num_compare, to_big};
use crate::types::types;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use weft_compiler::opcode::binop;

type Kw<'a> = &'a [(Value, Value)];

fn not_implemented() -> Value {
    Value::Obj(types().not_implemented.clone())
}

/// `self` of an int method (the descriptor check guarantees an int).
fn this(v: &Value) -> IntRef<'_> {
    as_int(v).unwrap_or(IntRef::Small(0))
}

/// The plain `int` value of an int-like operand (drops subclass and bool-ness).
pub fn plain(i: &IntRef) -> Value {
    match i {
        IntRef::Small(i) => Value::Int(*i),
        IntRef::Big(b) => new_bigint((*b).clone()),
    }
}

fn expect_args(vm: &Vm, name: &str, args: &[Value], n: usize) -> PyResult<()> {
    if args.len() != n + 1 {
        return Err(match n {
            0 => vm.type_error(format!(
                "{name}() takes no arguments ({} given)",
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

/// An index-like argument as i64-or-big (`__index__` honoured).
pub fn index_arg(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(i) = as_int(v) {
        return Ok(to_big(&i));
    }
    if let Some(f) = vm.lookup_special(v, "__index__") {
        let r = vm.call(&f, &[])?;
        if let Some(i) = as_int(&r) {
            crate::types::number::warn_int_subclass(vm, "__index__", &r)?;
            return Ok(to_big(&i));
        }
        return Err(vm.type_error(format!(
            "__index__ returned non-int (type {})",
            vm.type_name(&r)
        )));
    }
    Err(vm.type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        vm.type_name(v)
    )))
}

fn int_op(vm: &Vm, args: &[Value], op: u32, reflected: bool) -> PyResult<Value> {
    expect_args(vm, "op", args, 1)?;
    let (a, b) = if reflected {
        (&args[1], &args[0])
    } else {
        (&args[0], &args[1])
    };
    match (as_int(a), as_int(b)) {
        (Some(x), Some(y)) => Ok(int_binary(vm, &x, &y, op)?.unwrap_or_else(not_implemented)),
        _ => Ok(not_implemented()),
    }
}

macro_rules! int_ops {
    ($($name:ident => $op:expr, $rev:expr;)*) => {
        $( fn $name(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> { int_op(vm, args, $op, $rev) } )*
    };
}

int_ops! {
    int_add => binop::ADD, false; int_radd => binop::ADD, true;
    int_sub => binop::SUBTRACT, false; int_rsub => binop::SUBTRACT, true;
    int_mul => binop::MULTIPLY, false; int_rmul => binop::MULTIPLY, true;
    int_truediv => binop::TRUE_DIVIDE, false; int_rtruediv => binop::TRUE_DIVIDE, true;
    int_floordiv => binop::FLOOR_DIVIDE, false; int_rfloordiv => binop::FLOOR_DIVIDE, true;
    int_mod => binop::REMAINDER, false; int_rmod => binop::REMAINDER, true;
    int_lshift => binop::LSHIFT, false; int_rlshift => binop::LSHIFT, true;
    int_rshift => binop::RSHIFT, false; int_rrshift => binop::RSHIFT, true;
    int_and => binop::AND, false; int_rand => binop::AND, true;
    int_or => binop::OR, false; int_ror => binop::OR, true;
    int_xor => binop::XOR, false; int_rxor => binop::XOR, true;
}

/// `pow(base, exp, mod)` for ints, with negative exponents via the modular inverse.
pub fn int_pow_mod(vm: &Vm, base: &IntRef, exp: &IntRef, m: &IntRef) -> PyResult<Value> {
    let m = to_big(m);
    if m.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let neg_out = m.is_negative();
    let mm = m.abs();
    let mut b = to_big(base).mod_floor(&mm);
    let mut e = to_big(exp);
    if e.is_negative() {
        b = mod_inverse(&b, &mm)
            .ok_or_else(|| vm.value_error("base is not invertible for the given modulus"))?;
        e = -e;
    }
    let r = match (b.to_u64(), e.to_u64(), mm.to_u64()) {
        (Some(b), Some(e), Some(m)) => BigInt::from(pow_mod_u64(b, e, m)),
        _ => b.modpow(&e, &mm),
    };
    let r = if mm.is_one() { BigInt::zero() } else { r };
    Ok(new_bigint(if neg_out && !r.is_zero() { r - mm } else { r }))
}

fn pow_mod_u64(mut b: u64, mut e: u64, m: u64) -> u64 {
    let mut r: u64 = 1 % m;
    b %= m;
    while e > 0 {
        if e & 1 == 1 {
            r = ((r as u128 * b as u128) % m as u128) as u64;
        }
        b = ((b as u128 * b as u128) % m as u128) as u64;
        e >>= 1;
    }
    r
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let (mut old_r, mut r) = (a.clone(), m.clone());
    let (mut old_s, mut s) = (BigInt::one(), BigInt::zero());
    while !r.is_zero() {
        let q = old_r.div_floor(&r);
        let nr = &old_r - &q * &r;
        old_r = std::mem::replace(&mut r, nr);
        let ns = &old_s - &q * &s;
        old_s = std::mem::replace(&mut s, ns);
    }
    if !old_r.is_one() {
        return None;
    }
    Some(old_s.mod_floor(m))
}

fn int_pow(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    pow_impl(vm, &args[0], args.get(1), args.get(2))
}

fn int_rpow(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args.get(1) {
        Some(b) => pow_impl(vm, b, Some(&args[0]), args.get(2)),
        None => Err(vm.type_error("expected 1 argument, got 0")),
    }
}

fn pow_impl(vm: &Vm, a: &Value, b: Option<&Value>, m: Option<&Value>) -> PyResult<Value> {
    let Some(b) = b else {
        return Err(vm.type_error("expected at least 1 argument, got 0"));
    };
    let (Some(x), Some(y)) = (as_int(a), as_int(b)) else {
        return Ok(not_implemented());
    };
    match m {
        None | Some(Value::None) => {
            Ok(int_binary(vm, &x, &y, binop::POWER)?.unwrap_or_else(not_implemented))
        }
        Some(m) => match as_int(m) {
            Some(z) => int_pow_mod(vm, &x, &y, &z),
            None => Ok(not_implemented()),
        },
    }
}

fn int_divmod(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    expect_args(vm, "__divmod__", args, 1)?;
    divmod_pair(vm, &args[0], &args[1])
}

fn int_rdivmod(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    expect_args(vm, "__rdivmod__", args, 1)?;
    divmod_pair(vm, &args[1], &args[0])
}

fn divmod_pair(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (Some(x), Some(y)) = (as_int(a), as_int(b)) else {
        return Ok(not_implemented());
    };
    let q = int_binary(vm, &x, &y, binop::FLOOR_DIVIDE)?.unwrap();
    let r = int_binary(vm, &x, &y, binop::REMAINDER)?.unwrap();
    Ok(crate::new_tuple_of([q, r]))
}

fn cmp(vm: &Vm, args: &[Value], op: CmpOp) -> PyResult<Value> {
    expect_args(vm, op.dunder(), args, 1)?;
    if as_int(&args[1]).is_none() {
        return Ok(not_implemented());
    }
    Ok(match num_compare(&args[0], &args[1], op) {
        Some(b) => Value::Bool(b),
        None => not_implemented(),
    })
}

fn int_eq(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    cmp(vm, args, CmpOp::Eq)
}
fn int_ne(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    cmp(vm, args, CmpOp::Ne)
}
fn int_lt(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    cmp(vm, args, CmpOp::Lt)
}
fn int_le(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    cmp(vm, args, CmpOp::Le)
}
fn int_gt(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    cmp(vm, args, CmpOp::Gt)
}
fn int_ge(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    cmp(vm, args, CmpOp::Ge)
}

fn int_neg(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(crate::types::number::fast_unary(vm, &plain(&this(&args[0])), "__neg__")?.unwrap())
}
fn int_pos(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(plain(&this(&args[0])))
}
fn int_invert(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(crate::types::number::fast_unary(vm, &plain(&this(&args[0])), "__invert__")?.unwrap())
}
fn int_abs(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(match this(&args[0]) {
        IntRef::Small(i) => match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => new_bigint(BigInt::from(i).abs()),
        },
        IntRef::Big(b) => new_bigint(b.abs()),
    })
}
fn int_bool(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(match this(&args[0]) {
        IntRef::Small(i) => i != 0,
        IntRef::Big(b) => !b.is_zero(),
    }))
}
fn int_int(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(plain(&this(&args[0])))
}
fn int_float(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Float(crate::types::number::int_to_f64(
        vm,
        &this(&args[0]),
    )?))
}
fn int_hash(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(vm.hash(&plain(&this(&args[0])))?))
}
fn int_repr(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(crate::new_str(match this(&args[0]) {
        IntRef::Small(i) => i.to_string(),
        IntRef::Big(b) => crate::convert::bigint_to_str(vm, b)?,
    }))
}
fn int_format(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    expect_args(vm, "__format__", args, 1)?;
    let spec = crate::types::text::format_spec(vm, &args[1])?.to_string();
    if spec.is_empty() {
        return Ok(crate::new_str(vm.str(&args[0])?));
    }
    let v = plain(&this(&args[0]));
    Ok(crate::new_str(crate::convert::format_to_string(
        vm, &v, &spec,
    )?))
}
fn int_getnewargs(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(crate::new_tuple_of([plain(&this(&args[0]))]))
}
fn int_conjugate(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(plain(&this(&args[0])))
}
fn int_zero(_vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(0))
}
fn int_one(_vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(1))
}
fn int_ratio(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(crate::new_tuple_of([plain(&this(&args[0])), Value::Int(1)]))
}

fn int_bit_length(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    expect_args(vm, "bit_length", args, 0)?;
    Ok(Value::Int(match this(&args[0]) {
        IntRef::Small(i) => 64 - i.unsigned_abs().leading_zeros() as i64,
        IntRef::Big(b) => b.bits() as i64,
    }))
}

fn int_bit_count(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    expect_args(vm, "bit_count", args, 0)?;
    Ok(Value::Int(match this(&args[0]) {
        IntRef::Small(i) => i.unsigned_abs().count_ones() as i64,
        IntRef::Big(b) => b
            .magnitude()
            .iter_u64_digits()
            .map(|d| d.count_ones() as i64)
            .sum(),
    }))
}

/// `int.__round__(ndigits)`: exact, rounding half to even for negative `ndigits`.
fn int_round(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "__round__ expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    let me = plain(&this(&args[0]));
    // `round(x, None)` comes here without the argument; a None given is an error.
    let n = match args.get(1) {
        None => return Ok(me),
        Some(v) => index_arg(vm, v)?,
    };
    if !n.is_negative() {
        return Ok(me);
    }
    let k = (-n).to_u32().unwrap_or(u32::MAX);
    let x = to_big(&this(&args[0]));
    if k as u64 > x.bits() {
        return Ok(Value::Int(0));
    }
    let p = num_traits::pow(BigInt::from(10), k as usize);
    let (mut q, r) = x.div_mod_floor(&p);
    let twice = r * 2;
    if twice > p || (twice == p && q.is_odd()) {
        q += 1;
    }
    Ok(new_bigint(q * p))
}

/// `to_bytes`/`from_bytes` arguments after self or the class: (`first`, byteorder, *, signed).
fn bytes_args<'a>(
    vm: &Vm,
    fname: &str,
    first: &str,
    min: usize,
    args: &'a [Value],
    kw: Kw<'a>,
) -> PyResult<[Option<&'a Value>; 3]> {
    let mut out = [None; 3];
    let sig = crate::types::text::Sig {
        fname,
        names: &[first, "byteorder", "signed"],
        posonly: 0,
        maxpos: 2,
        min,
    };
    crate::types::text::bind_sig(vm, &sig, &args[1..], kw, &mut out)?;
    Ok(out)
}

fn byteorder_arg(vm: &Vm, fname: &str, v: Option<&Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(v) => match v.payload() {
            Some(Payload::Str(s)) => match s.as_str() {
                "little" => Ok(true),
                "big" => Ok(false),
                _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
            },
            _ => Err(vm.type_error(format!(
                "{fname}() argument 'byteorder' must be str, not {}",
                crate::types::text::arg_type_name(vm, v)
            ))),
        },
    }
}

fn int_to_bytes(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let [length, byteorder, signed] = bytes_args(vm, "to_bytes", "length", 0, args, kw)?;
    // CPython's order: `length` as a C ssize_t, `byteorder`, `signed`, then the
    // length's sign.
    let length = match length {
        Some(v) => index_arg(vm, v)?,
        None => BigInt::one(),
    };
    let length = length
        .to_i64()
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))?;
    let little = byteorder_arg(vm, "to_bytes", byteorder)?;
    let signed = match signed {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let length = length as usize;
    vm.check_alloc(length)?;
    let x = to_big(&this(&args[0]));
    if !signed && x.is_negative() {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if x.is_zero() {
        Vec::new()
    } else if signed {
        x.to_signed_bytes_le()
    } else {
        x.to_bytes_le().1
    };
    if bytes.len() > length {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let fill = if x.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(crate::new_bytes(bytes))
}

fn int_from_bytes(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let cls = args[0].clone();
    let [src, byteorder, signed] = bytes_args(vm, "from_bytes", "bytes", 1, args, kw)?;
    let src = src.expect("bytes_args checks the required argument");
    let little = byteorder_arg(vm, "from_bytes", byteorder)?;
    let signed = match signed {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut bytes: Vec<u8> = match src.payload() {
        Some(Payload::Bytes(b)) => b.to_vec(),
        Some(Payload::ByteArray(b)) => b.read().clone(),
        Some(Payload::Str(_)) => return Err(vm.type_error("cannot convert 'str' object to bytes")),
        _ => {
            let items = vm.collect(src).map_err(|_| {
                vm.type_error(format!(
                    "cannot convert '{}' object to bytes",
                    vm.type_name(src)
                ))
            })?;
            let mut out = Vec::with_capacity(items.len());
            for it in items {
                match as_int(&it) {
                    Some(IntRef::Small(b)) if (0..256).contains(&b) => out.push(b as u8),
                    Some(_) => return Err(vm.value_error("bytes must be in range(0, 256)")),
                    None => {
                        return Err(vm.type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            vm.type_name(&it)
                        )))
                    }
                }
            }
            out
        }
    };
    if !little {
        bytes.reverse();
    }
    let v = if signed {
        BigInt::from_signed_bytes_le(&bytes)
    } else {
        BigInt::from_bytes_le(num_bigint::Sign::Plus, &bytes)
    };
    let v = new_bigint(v);
    if matches!(&cls, Value::Obj(c) if c.ptr_eq(&types().int)) {
        return Ok(v);
    }
    vm.call(&cls, &[v])
}

// ----- bool ------------------------------------------------------------------------

fn bool_op(vm: &Vm, args: &[Value], op: u32) -> PyResult<Value> {
    expect_args(vm, "op", args, 1)?;
    if let (Value::Bool(a), Value::Bool(b)) = (&args[0], &args[1]) {
        return Ok(Value::Bool(match op {
            binop::AND => a & b,
            binop::OR => a | b,
            _ => a ^ b,
        }));
    }
    int_op(vm, args, op, false)
}
fn bool_and(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    bool_op(vm, args, binop::AND)
}
fn bool_or(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    bool_op(vm, args, binop::OR)
}
fn bool_xor(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    bool_op(vm, args, binop::XOR)
}
fn bool_repr(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(crate::intern(if matches!(args[0], Value::Bool(true)) {
        "True"
    } else {
        "False"
    }))
}

/// A read-only attribute implemented by a native getter (a `getset_descriptor`).
pub fn add_getter(t: &crate::ObjRef, name: &'static str, f: crate::types::function::NativeFn) {
    let g = crate::types::native(
        name,
        f,
        crate::types::function::BuiltinKind::Function,
        None,
        Some(t.clone()),
    );
    let p = crate::ObjRef::new_immortal(
        types().getset_descriptor.clone(),
        None,
        Payload::Property(Box::new([g, Value::None, Value::None, Value::None])),
    );
    crate::types::set_type_attr(t, name, Value::Obj(p));
}

pub fn init() {
    let t = types();
    type F = crate::types::function::NativeFn;
    let methods: &[(&'static str, F)] = &[
        ("__add__", int_add),
        ("__radd__", int_radd),
        ("__sub__", int_sub),
        ("__rsub__", int_rsub),
        ("__mul__", int_mul),
        ("__rmul__", int_rmul),
        ("__truediv__", int_truediv),
        ("__rtruediv__", int_rtruediv),
        ("__floordiv__", int_floordiv),
        ("__rfloordiv__", int_rfloordiv),
        ("__mod__", int_mod),
        ("__rmod__", int_rmod),
        ("__divmod__", int_divmod),
        ("__rdivmod__", int_rdivmod),
        ("__pow__", int_pow),
        ("__rpow__", int_rpow),
        ("__lshift__", int_lshift),
        ("__rlshift__", int_rlshift),
        ("__rshift__", int_rshift),
        ("__rrshift__", int_rrshift),
        ("__and__", int_and),
        ("__rand__", int_rand),
        ("__or__", int_or),
        ("__ror__", int_ror),
        ("__xor__", int_xor),
        ("__rxor__", int_rxor),
        ("__eq__", int_eq),
        ("__ne__", int_ne),
        ("__lt__", int_lt),
        ("__le__", int_le),
        ("__gt__", int_gt),
        ("__ge__", int_ge),
        ("__neg__", int_neg),
        ("__pos__", int_pos),
        ("__invert__", int_invert),
        ("__abs__", int_abs),
        ("__bool__", int_bool),
        ("__int__", int_int),
        ("__index__", int_int),
        ("__trunc__", int_int),
        ("__floor__", int_int),
        ("__ceil__", int_int),
        ("__float__", int_float),
        ("__round__", int_round),
        ("__hash__", int_hash),
        ("__repr__", int_repr),
        ("__format__", int_format),
        ("__getnewargs__", int_getnewargs),
        ("conjugate", int_conjugate),
        ("bit_length", int_bit_length),
        ("bit_count", int_bit_count),
        ("to_bytes", int_to_bytes),
        ("as_integer_ratio", int_ratio),
    ];
    for (n, f) in methods {
        crate::types::add_method(&t.int, n, *f);
    }
    crate::types::add_classmethod(&t.int, "from_bytes", int_from_bytes);
    add_getter(&t.int, "real", int_conjugate);
    add_getter(&t.int, "numerator", int_conjugate);
    add_getter(&t.int, "imag", int_zero);
    add_getter(&t.int, "denominator", int_one);
    for (n, f) in [
        ("__and__", bool_and as F),
        ("__rand__", bool_and),
        ("__or__", bool_or),
        ("__ror__", bool_or),
        ("__xor__", bool_xor),
        ("__rxor__", bool_xor),
        ("__repr__", bool_repr),
    ] {
        crate::types::add_method(&t.bool_, n, f);
    }
}
