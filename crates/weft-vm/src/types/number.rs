//! Arithmetic on `int` (i64 fast path, `num-bigint` beyond), `float` and `bool`, with
//! Python's floor division and modulo signs and its error messages
//! (<https://docs.python.org/3.11/library/stdtypes.html#numeric-types-int-float-complex>).

use crate::ops::CmpOp;
use crate::payload::Payload;
use crate::types::types;
use crate::value::Value;
use crate::vm::Vm;
use crate::{new_bigint, PyResult};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use weft_compiler::opcode::binop;

/// An int operand as a BigInt-or-i64 (bools count as ints).
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

pub fn as_int(v: &Value) -> Option<IntRef<'_>> {
    match v {
        Value::Int(i) => Some(IntRef::Small(*i)),
        Value::Bool(b) => Some(IntRef::Small(*b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Some(IntRef::Big(b)),
            _ => None,
        },
        _ => None,
    }
}

/// CPython 3.11's DeprecationWarning when `__int__`/`__index__` (`what`, with its
/// owner's prefix if any) returned an instance of a strict subclass of int (a bool
/// included); the caller goes on with its value.
pub fn warn_int_subclass(vm: &crate::vm::Vm, what: &str, r: &Value) -> crate::PyResult<()> {
    let exact = match r {
        Value::Int(_) => true,
        Value::Obj(o) => o.class.ptr_eq(&crate::types::types().int),
        _ => false,
    };
    warn_subclass(vm, what, r, exact, "int")
}

/// As [`warn_int_subclass`], for `__float__` returning a strict subclass of float.
pub fn warn_float_subclass(vm: &crate::vm::Vm, what: &str, r: &Value) -> crate::PyResult<()> {
    let exact = match r {
        Value::Float(_) => true,
        Value::Obj(o) => o.class.ptr_eq(&crate::types::types().float),
        _ => false,
    };
    warn_subclass(vm, what, r, exact, "float")
}

fn warn_subclass(
    vm: &crate::vm::Vm,
    what: &str,
    r: &Value,
    exact: bool,
    kind: &str,
) -> crate::PyResult<()> {
    if exact {
        return Ok(());
    }
    crate::types::core::deprecation_warning(
        vm,
        &format!(
            "{what} returned non-{kind} (type {}).  The ability to return an instance of a \
             strict subclass of {kind} is deprecated, and may be removed in a future \
             version of Python.",
            vm.type_name(r)
        ),
    )
}

pub fn to_big(i: &IntRef) -> BigInt {
    match i {
        IntRef::Small(i) => BigInt::from(*i),
        IntRef::Big(b) => (*b).clone(),
    }
}

pub fn as_float(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => Some(*f),
            _ => None,
        },
        _ => None,
    }
}

pub fn big_to_f64(b: &BigInt) -> Option<f64> {
    let f = b.to_f64()?;
    if f.is_infinite() {
        None
    } else {
        Some(f)
    }
}

pub fn int_to_f64(vm: &Vm, i: &IntRef) -> PyResult<f64> {
    match i {
        IntRef::Small(i) => Ok(*i as f64),
        IntRef::Big(b) => {
            big_to_f64(b).ok_or_else(|| vm.overflow_error("int too large to convert to float"))
        }
    }
}

pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = BigInt::from((1i64 << 61) - 1);
    let r = b.abs().mod_floor(&m).to_i64().unwrap();
    let r = if b.is_negative() { -r } else { r };
    if r == -1 {
        -2
    } else {
        r
    }
}

fn floordiv_i64(a: i64, b: i64) -> Option<i64> {
    let q = a.checked_div(b)?;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        Some(q - 1)
    } else {
        Some(q)
    }
}

fn mod_i64(a: i64, b: i64) -> Option<i64> {
    let r = a.checked_rem(b)?;
    if r != 0 && ((r < 0) != (b < 0)) {
        Some(r + b)
    } else {
        Some(r)
    }
}

/// Python float modulo.
pub fn fmod_py(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m + b
        } else {
            m
        }
    } else {
        0.0f64.copysign(b)
    }
}

pub fn float_floordiv(a: f64, b: f64) -> f64 {
    let m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(a / b)
    }
}

pub fn int_binary(vm: &Vm, a: &IntRef, b: &IntRef, op: u32) -> PyResult<Option<Value>> {
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        let (x, y) = (*x, *y);
        let r = match op {
            binop::ADD => x.checked_add(y),
            binop::SUBTRACT => x.checked_sub(y),
            binop::MULTIPLY => x.checked_mul(y),
            binop::FLOOR_DIVIDE => {
                if y == 0 {
                    return Err(vm.zero_division("integer division or modulo by zero"));
                }
                floordiv_i64(x, y)
            }
            binop::REMAINDER => {
                if y == 0 {
                    return Err(vm.zero_division("integer modulo by zero"));
                }
                mod_i64(x, y)
            }
            binop::AND => Some(x & y),
            binop::OR => Some(x | y),
            binop::XOR => Some(x ^ y),
            binop::LSHIFT => {
                if y < 0 {
                    return Err(vm.value_error("negative shift count"));
                }
                if y < 63 && x.unsigned_abs().leading_zeros() as i64 > y + 1 {
                    Some(x << y)
                } else if x == 0 {
                    Some(0)
                } else {
                    None
                }
            }
            binop::RSHIFT => {
                if y < 0 {
                    return Err(vm.value_error("negative shift count"));
                }
                Some(if y >= 64 {
                    if x < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    x >> y
                })
            }
            binop::TRUE_DIVIDE => {
                if y == 0 {
                    return Err(vm.zero_division("division by zero"));
                }
                if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                    return Ok(Some(Value::Float(x as f64 / y as f64)));
                }
                None
            }
            binop::POWER => {
                if y < 0 {
                    if x == 0 {
                        return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
                    }
                    return Ok(Some(Value::Float((x as f64).powf(y as f64))));
                }
                if y <= u32::MAX as i64 {
                    x.checked_pow(y as u32)
                } else {
                    None
                }
            }
            _ => return Ok(None),
        };
        if let Some(r) = r {
            return Ok(Some(Value::Int(r)));
        }
    }
    let x = to_big(a);
    let y = to_big(b);
    let r = match op {
        binop::ADD => x + y,
        binop::SUBTRACT => x - y,
        binop::MULTIPLY => x * y,
        binop::FLOOR_DIVIDE => {
            if y.is_zero() {
                return Err(vm.zero_division("integer division or modulo by zero"));
            }
            x.div_floor(&y)
        }
        binop::REMAINDER => {
            if y.is_zero() {
                return Err(vm.zero_division("integer modulo by zero"));
            }
            x.mod_floor(&y)
        }
        binop::AND => x & y,
        binop::OR => x | y,
        binop::XOR => x ^ y,
        binop::LSHIFT => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            if x.is_zero() {
                return Ok(Some(Value::Int(0)));
            }
            // CPython counts 30-bit digits: a result of more digits than an object can
            // hold is an OverflowError, a smaller one that cannot be allocated a MemoryError.
            const MAX_LONG_DIGITS: u64 = (i64::MAX as u64 - 24) / 4;
            let words = (&y / 30u32).to_u64().filter(|&w| w <= i64::MAX as u64);
            let rem = u64::from(!(&y % 30u32).is_zero());
            let digits = x.bits().div_ceil(30);
            let too_big = words
                .is_none_or(|w| w.saturating_add(digits).saturating_add(rem) > MAX_LONG_DIGITS);
            if too_big {
                return Err(vm.overflow_error("too many digits in integer"));
            }
            let s = y.to_usize().ok_or_else(|| vm.no_memory())?;
            vm.check_alloc(((x.bits() as usize).saturating_add(s)) / 8)?;
            x << s
        }
        binop::RSHIFT => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            match y.to_usize() {
                // num-bigint's shift of a negative value already rounds toward -inf.
                Some(s) => x >> s,
                None => BigInt::from(if x.is_negative() { -1 } else { 0 }),
            }
        }
        binop::TRUE_DIVIDE => {
            if y.is_zero() {
                return Err(vm.zero_division("division by zero"));
            }
            return Ok(Some(Value::Float(big_true_div(vm, &x, &y)?)));
        }
        binop::POWER => {
            if y.is_negative() {
                let xf = big_to_f64(&x)
                    .ok_or_else(|| vm.overflow_error("int too large to convert to float"))?;
                let yf = big_to_f64(&y).unwrap_or(f64::NEG_INFINITY);
                if xf == 0.0 {
                    return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
                }
                return Ok(Some(Value::Float(xf.powf(yf))));
            }
            // 0, 1 and -1 stay small whatever the exponent.
            if x.is_zero() || x.is_one() {
                return Ok(Some(new_bigint(x)));
            }
            if x == BigInt::from(-1) {
                return Ok(Some(Value::Int(if y.is_odd() { -1 } else { 1 })));
            }
            let e = y
                .to_u32()
                .ok_or_else(|| vm.overflow_error("exponent too large"))?;
            vm.check_alloc((x.bits() as usize).saturating_mul(e as usize) / 8)?;
            num_traits::pow::Pow::pow(x, e)
        }
        _ => return Ok(None),
    };
    Ok(Some(new_bigint(r)))
}

fn big_true_div(vm: &Vm, x: &BigInt, y: &BigInt) -> PyResult<f64> {
    if let (Some(a), Some(b)) = (x.to_i64(), y.to_i64()) {
        if a.unsigned_abs() < (1 << 53) && b.unsigned_abs() < (1 << 53) {
            return Ok(a as f64 / b as f64);
        }
    }
    let neg = x.is_negative() != y.is_negative();
    let r = ratio_to_f64(x.magnitude(), y.magnitude())
        .ok_or_else(|| vm.overflow_error("integer division result too large for a float"))?;
    Ok(if neg { -r } else { r })
}

/// `x * 2**e` without intermediate overflow or double rounding (x has few bits).
pub fn ldexp(mut x: f64, mut e: i64) -> f64 {
    while e > 1000 {
        x *= f64::from_bits(((1023 + 1000) as u64) << 52);
        e -= 1000;
        if x.is_infinite() {
            return x;
        }
    }
    while e < -1000 {
        x *= f64::from_bits(((1023 - 1000) as u64) << 52);
        e += 1000;
        if x == 0.0 {
            return x;
        }
    }
    x * f64::from_bits(((1023 + e) as u64) << 52)
}

/// `n / d` correctly rounded (half to even) to a float; `None` if it overflows.
pub fn ratio_to_f64(n: &num_bigint::BigUint, d: &num_bigint::BigUint) -> Option<f64> {
    use num_traits::One;
    if n.is_zero() {
        return Some(0.0);
    }
    let e = n.bits() as i64 - d.bits() as i64;
    // Scale so the quotient has 55 or 56 bits.
    let shift = 55 - e;
    let (q, r) = if shift >= 0 {
        (n << shift as usize).div_rem(d)
    } else {
        n.div_rem(&(d << (-shift) as usize))
    };
    let qbits = q.bits() as i64;
    let exp = qbits - 1 - shift;
    if exp > 1024 {
        return None;
    }
    let keep = if exp >= -1022 { 53 } else { 53 - (-1022 - exp) };
    if keep < 0 {
        return Some(0.0);
    }
    let drop = qbits - keep;
    let mut m = &q >> drop as usize;
    let rest = &q - (&m << drop as usize);
    let half = num_bigint::BigUint::one() << (drop - 1) as usize;
    if rest > half || (rest == half && (!r.is_zero() || m.bit(0))) {
        m += 1u32;
    }
    let f = ldexp(m.to_f64()?, drop - shift);
    if f.is_infinite() {
        None
    } else {
        Some(f)
    }
}

pub fn float_binary(vm: &Vm, x: f64, y: f64, op: u32) -> PyResult<Option<Value>> {
    let r = match op {
        binop::ADD => x + y,
        binop::SUBTRACT => x - y,
        binop::MULTIPLY => x * y,
        binop::TRUE_DIVIDE => {
            if y == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            x / y
        }
        binop::FLOOR_DIVIDE => {
            if y == 0.0 {
                return Err(vm.zero_division("float floor division by zero"));
            }
            float_floordiv(x, y)
        }
        binop::REMAINDER => {
            if y == 0.0 {
                return Err(vm.zero_division("float modulo"));
            }
            fmod_py(x, y)
        }
        binop::POWER => {
            if x == 0.0 && y < 0.0 {
                return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
            }
            if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
                // Complex result, with complex's errors.
                let (re, im) = crate::types::complex::pow(vm, (x, 0.0), (y, 0.0))?;
                return Ok(Some(Value::Obj(crate::ObjRef::new(
                    types().complex.clone(),
                    None,
                    Payload::Complex(re, im),
                ))));
            }
            let r = x.powf(y);
            if r.is_infinite() && x.is_finite() && y.is_finite() {
                return Err(vm.new_error("OverflowError", "(34, 'Numerical result out of range')"));
            }
            r
        }
        _ => return Ok(None),
    };
    Ok(Some(Value::Float(r)))
}

/// The second result is C's `EDOM` from `cos`/`sin` of an infinite phase, which
/// CPython reports as ZeroDivisionError.
pub fn complex_pow(a: (f64, f64), b: (f64, f64)) -> ((f64, f64), bool) {
    if b.0 == 0.0 && b.1 == 0.0 {
        return ((1.0, 0.0), false);
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        return ((0.0, 0.0), false);
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    ((len * phase.cos(), len * phase.sin()), phase.is_infinite())
}

/// Fast arithmetic for built-in numbers; `None` to fall back to dunders.
pub fn fast_binary(vm: &Vm, a: &Value, b: &Value, op: u32) -> PyResult<Option<Value>> {
    // Only exact built-in numbers (subclasses may override).
    let builtin = |v: &Value| match v {
        Value::Obj(o) => o.class.ptr_eq(&types().int) || o.class.ptr_eq(&types().float),
        _ => true,
    };
    if !builtin(a) || !builtin(b) {
        return fast_binary_complex(vm, a, b, op);
    }
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        match op {
            binop::AND => return Ok(Some(Value::Bool(*x & *y))),
            binop::OR => return Ok(Some(Value::Bool(*x | *y))),
            binop::XOR => return Ok(Some(Value::Bool(*x ^ *y))),
            _ => {}
        }
    }
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        match op {
            binop::AND => return Ok(Some(Value::Bool(*x & *y))),
            binop::OR => return Ok(Some(Value::Bool(*x | *y))),
            binop::XOR => return Ok(Some(Value::Bool(*x ^ *y))),
            _ => {}
        }
    }
    if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        return int_binary(vm, &x, &y, op);
    }
    let fx = match as_float(a) {
        Some(f) => Some(f),
        None => match as_int(a) {
            Some(i) => Some(int_to_f64(vm, &i)?),
            None => None,
        },
    };
    let fy = match as_float(b) {
        Some(f) => Some(f),
        None => match as_int(b) {
            Some(i) => Some(int_to_f64(vm, &i)?),
            None => None,
        },
    };
    if let (Some(x), Some(y)) = (fx, fy) {
        if as_float(a).is_some() || as_float(b).is_some() {
            return float_binary(vm, x, y, op);
        }
    }
    Ok(None)
}

/// Complex operands (exact types only) for the eval loop's fast path.
#[inline]
pub fn fast_binary_complex(vm: &Vm, a: &Value, b: &Value, op: u32) -> PyResult<Option<Value>> {
    if matches!(a.payload(), Some(Payload::Complex(..)))
        || matches!(b.payload(), Some(Payload::Complex(..)))
    {
        return crate::types::complex::fast_binary(vm, a, b, op);
    }
    Ok(None)
}

/// Compare an int with a float exactly.
fn cmp_int_float(i: &IntRef, f: f64) -> Option<std::cmp::Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            std::cmp::Ordering::Less
        } else {
            std::cmp::Ordering::Greater
        });
    }
    if let IntRef::Small(x) = i {
        if x.unsigned_abs() < (1 << 53) {
            return (*x as f64).partial_cmp(&f);
        }
    }
    let fl = f.floor();
    let bi = to_big(i);
    let fb = BigInt::from(fl as i128);
    let fb = if fl.abs() >= 1e38 {
        // Exact conversion of huge floats.
        let (m, e) = crate::ops::frexp(fl);
        let mant = BigInt::from((m * (1u64 << 53) as f64) as i64);
        if e >= 53 {
            mant << (e - 53) as usize
        } else {
            mant >> (53 - e) as usize
        }
    } else {
        fb
    };
    match bi.cmp(&fb) {
        std::cmp::Ordering::Equal => {
            if f > fl {
                Some(std::cmp::Ordering::Less)
            } else {
                Some(std::cmp::Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

pub fn fast_compare(_vm: &Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
    let builtin = |v: &Value| match v {
        Value::Obj(o) => o.class.ptr_eq(&types().int) || o.class.ptr_eq(&types().float),
        _ => true,
    };
    if !builtin(a) || !builtin(b) {
        return Ok(None);
    }
    Ok(num_compare(a, b, op))
}

/// Compare two real numbers (ints, bools, floats, including subclass instances) exactly;
/// `None` if either is not a real number.
pub fn num_compare(a: &Value, b: &Value, op: CmpOp) -> Option<bool> {
    match (as_int(a), as_int(b)) {
        (Some(IntRef::Small(x)), Some(IntRef::Small(y))) => return Some(op.test(x.cmp(&y))),
        (Some(IntRef::Big(x)), Some(IntRef::Big(y))) => return Some(op.test(x.cmp(y))),
        (Some(x), Some(y)) => return Some(op.test(to_big(&x).cmp(&to_big(&y)))),
        _ => {}
    }
    match (as_float(a), as_float(b)) {
        (Some(x), Some(y)) => Some(match op {
            CmpOp::Lt => x < y,
            CmpOp::Le => x <= y,
            CmpOp::Eq => x == y,
            CmpOp::Ne => x != y,
            CmpOp::Gt => x > y,
            CmpOp::Ge => x >= y,
        }),
        (Some(x), None) => {
            let i = as_int(b)?;
            Some(match cmp_int_float(&i, x) {
                Some(o) => op.swapped().test(o),
                None => op == CmpOp::Ne,
            })
        }
        (None, Some(y)) => {
            let i = as_int(a)?;
            Some(match cmp_int_float(&i, y) {
                Some(o) => op.test(o),
                None => op == CmpOp::Ne,
            })
        }
        _ => None,
    }
}

pub fn fast_unary(vm: &Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let exact = match v {
        Value::Obj(o) => o.class.ptr_eq(&types().int) || o.class.ptr_eq(&types().float),
        _ => true,
    };
    if !exact {
        return Ok(None);
    }
    if let Some(f) = as_float(v) {
        return Ok(match name {
            "__neg__" => Some(Value::Float(-f)),
            "__pos__" => Some(Value::Float(f)),
            _ => None,
        });
    }
    if let Some(i) = as_int(v) {
        let _ = vm;
        return Ok(match (name, &i) {
            ("__neg__", IntRef::Small(x)) => Some(
                x.checked_neg()
                    .map(Value::Int)
                    .unwrap_or_else(|| new_bigint(-BigInt::from(*x))),
            ),
            ("__pos__", IntRef::Small(x)) => Some(Value::Int(*x)),
            ("__invert__", IntRef::Small(x)) => Some(Value::Int(!x)),
            ("__neg__", IntRef::Big(b)) => Some(new_bigint(-(*b).clone())),
            ("__pos__", IntRef::Big(b)) => Some(new_bigint((*b).clone())),
            ("__invert__", IntRef::Big(b)) => Some(new_bigint(-(*b).clone() - 1)),
            _ => None,
        });
    }
    Ok(None)
}
