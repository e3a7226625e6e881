//! `int` conversions and methods (<https://docs.python.org/3.11/library/functions.html#int>).

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
        Some(Payload::Bytes(b)) => return parse_int(vm, &String::from_utf8_lossy(b), 10),
        _ => {}
    }
    for name in ["__int__", "__index__", "__trunc__"] {
        if let Some(f) = vm.lookup_special(x, name) {
            let r = vm.call(&f, &[])?;
            if as_int(&r).is_none() {
                return Err(vm.type_error(format!("{}() returned non-int (type {})", name, vm.type_name(&r))));
            }
            return to_int(vm, &r);
        }
    }
    Err(vm.type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{}'", vm.type_name(x))))
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
    let err = || vm.value_error(format!("invalid literal for int() with base {}: {}", base, crate::repr::str_repr(s)));
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let (neg, body) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let lower = body.to_ascii_lowercase();
    let (base, digits) = match (base, lower.get(..2)) {
        (0, Some("0x")) | (16, Some("0x")) => (16, &body[2..]),
        (0, Some("0o")) | (8, Some("0o")) => (8, &body[2..]),
        (0, Some("0b")) | (2, Some("0b")) => (2, &body[2..]),
        (0, _) => {
            if body.len() > 1 && body.starts_with('0') && body.chars().any(|c| c != '0' && c != '_') {
                return Err(err());
            }
            (10, body)
        }
        (b, _) => (b, body),
    };
    let digits = digits.strip_prefix('_').filter(|_| base != 10 || body.len() != digits.len()).unwrap_or(digits);
    if digits.is_empty() || digits.starts_with('_') || digits.ends_with('_') || digits.contains("__") {
        return Err(err());
    }
    let clean: String = digits.chars().filter(|c| *c != '_').map(|c| if c.is_ascii_digit() { c } else { c.to_digit(10).and_then(|d| char::from_digit(d, 10)).unwrap_or(c) }).collect();
    if clean.len() > crate::convert::MAX_STR_DIGITS && base == 10 {
        return Err(vm.value_error(format!("Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit", crate::convert::MAX_STR_DIGITS, clean.len())));
    }
    let v = BigInt::parse_bytes(clean.as_bytes(), base).ok_or_else(err)?;
    Ok(new_bigint(if neg { -v } else { v }))
}
