//! The `math` module's integer functions (`factorial`, `gcd`, `lcm`, `isqrt`, `comb`,
//! `perm`) on ints of any size, and the accumulating ones: `fsum` (exact, Shewchuk's
//! algorithm with round-half-even correction) and `prod`.
//! <https://docs.python.org/3.11/library/math.html#number-theoretic-and-representation-functions>

use crate::math::{nargs, to_f64};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use weft_vm::builtins::kwarg;
use weft_vm::types::number::{as_int, to_big};
use weft_vm::{new_bigint, PyResult, Value, Vm};

type Kw<'a> = &'a [(Value, Value)];

/// An integer argument (ints, bools, `__index__`), as CPython's `PyNumber_Index`.
pub fn to_index(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(i) = as_int(v) {
        return Ok(to_big(&i));
    }
    if let Some(f) = vm.lookup_special(v, "__index__") {
        let r = vm.call(&f, &[])?;
        return match as_int(&r) {
            Some(i) => Ok(to_big(&i)),
            None => Err(vm.type_error(format!(
                "__index__ returned non-int (type {})",
                vm.type_name(&r)
            ))),
        };
    }
    Err(vm.type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        vm.type_name(v)
    )))
}

/// The product lo * (lo+1) * ... * hi (1 when empty), by binary splitting.
fn range_prod(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut acc = BigInt::one();
        let mut small: u128 = 1;
        for i in lo..=hi {
            match small.checked_mul(i as u128) {
                Some(s) if s < (1u128 << 100) => small = s,
                _ => {
                    acc *= small;
                    small = i as u128;
                }
            }
        }
        return acc * small;
    }
    let mid = lo + (hi - lo) / 2;
    range_prod(lo, mid) * range_prod(mid + 1, hi)
}

pub fn factorial(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let n = to_index(vm, &nargs(vm, "factorial", a, kw, 1)?[0])?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_i64() else {
        return Err(vm.overflow_error("factorial() argument should not exceed 9223372036854775807"));
    };
    Ok(new_bigint(range_prod(1, n as u64)))
}

pub fn gcd(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("math.gcd() takes no keyword arguments"));
    }
    let mut g = BigInt::zero();
    for v in a {
        let x = to_index(vm, v)?;
        g = g.gcd(&x);
    }
    Ok(new_bigint(g))
}

pub fn lcm(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("math.lcm() takes no keyword arguments"));
    }
    let mut l = BigInt::one();
    for v in a {
        let x = to_index(vm, v)?;
        if l.is_zero() || x.is_zero() {
            l = BigInt::zero();
            continue;
        }
        l = (&l / l.gcd(&x) * &x).abs();
    }
    Ok(new_bigint(l))
}

pub fn isqrt(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let n = to_index(vm, &nargs(vm, "isqrt", a, kw, 1)?[0])?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(new_bigint(n.sqrt()))
}

/// n * (n-1) * ... * (n-k+1) for big n, by binary splitting on the factor count.
fn falling(n: &BigInt, k: u64) -> BigInt {
    fn go(top: &BigInt, count: u64) -> BigInt {
        if count == 0 {
            return BigInt::one();
        }
        if count <= 8 {
            let mut acc = top.clone();
            for i in 1..count {
                acc *= top - i;
            }
            return acc;
        }
        let half = count / 2;
        go(top, half) * go(&(top - half), count - half)
    }
    go(n, k)
}

pub fn comb(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("math.comb() takes no keyword arguments"));
    }
    if a.len() != 2 {
        return Err(vm.type_error(format!("comb expected 2 arguments, got {}", a.len())));
    }
    let n = to_index(vm, &a[0])?;
    let k = to_index(vm, &a[1])?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let Some(k) = k.to_u64().filter(|k| *k <= i64::MAX as u64) else {
        return Err(vm.overflow_error("min(n - k, k) must not exceed 9223372036854775807"));
    };
    if let Some(n64) = n.to_u64() {
        // Exact running product: r * (n - i) is always divisible by (i + 1).
        let mut r: u128 = 1;
        let mut ok = true;
        for i in 0..k {
            match r.checked_mul((n64 - i) as u128) {
                Some(p) => r = p / (i as u128 + 1),
                None => {
                    ok = false;
                    break;
                }
            }
        }
        if ok {
            return Ok(new_bigint(BigInt::from(r)));
        }
    }
    Ok(new_bigint(falling(&n, k) / range_prod(1, k)))
}

pub fn perm(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("math.perm() takes no keyword arguments"));
    }
    if a.is_empty() || a.len() > 2 {
        let which = if a.is_empty() {
            "at least 1 argument"
        } else {
            "at most 2 arguments"
        };
        return Err(vm.type_error(format!("perm expected {which}, got {}", a.len())));
    }
    if a.len() == 1 || a[1].is_none() {
        // perm(n) is factorial(n), with factorial's error for a negative n
        return factorial(vm, &a[..1], &[]);
    }
    let n = to_index(vm, &a[0])?;
    let k = to_index(vm, &a[1])?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let Some(k) = k.to_u64().filter(|k| *k <= i64::MAX as u64) else {
        return Err(vm.overflow_error("k must not exceed 9223372036854775807"));
    };
    Ok(new_bigint(falling(&n, k)))
}

pub fn prod(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    // prod(iterable, /, *, start=1), with argument clinic's messages
    if a.len() + kw.len() > 2 {
        return Err(vm.type_error(format!(
            "prod() takes at most 2 arguments ({} given)",
            a.len() + kw.len()
        )));
    }
    if a.len() != 1 {
        return Err(vm.type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            a.len()
        )));
    }
    weft_vm::clinic::known_keywords(vm, "prod", kw, &["start"])?;
    let mut acc = kwarg(kw, "start").cloned().unwrap_or(Value::Int(1));
    let it = vm.iter(&a[0])?;
    while let Some(x) = vm.next(&it)? {
        acc = weft_vm::ops::binary_op(vm, &acc, &x, weft_compiler::opcode::binop::MULTIPLY)?;
    }
    Ok(acc)
}

/// Exact float summation (Shewchuk's partials, correctly rounded).
pub fn fsum_values(xs: impl IntoIterator<Item = f64>) -> Result<f64, &'static str> {
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for xsave in xs {
        let mut x = xsave;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err("overflow");
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return Err("inf");
        }
        return Ok(special);
    }
    let mut n = partials.len();
    let mut hi = 0.0f64;
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Round half to even: if the rest of the partials push past the halfway point.
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(hi)
}

pub fn fsum(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let a = nargs(vm, "fsum", a, kw, 1)?;
    let it = vm.iter(&a[0])?;
    let mut xs = Vec::new();
    while let Some(x) = vm.next(&it)? {
        xs.push(to_f64(vm, &x)?);
    }
    match fsum_values(xs) {
        Ok(r) => Ok(Value::Float(r)),
        Err("overflow") => Err(vm.overflow_error("intermediate overflow in fsum")),
        Err(_) => Err(vm.value_error("-inf + inf in fsum")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fsum_exact() {
        assert_eq!(fsum_values(vec![0.1; 10]), Ok(1.0));
        assert_eq!(
            fsum_values(vec![1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]),
            Ok(1e-100)
        );
        assert_eq!(
            fsum_values(vec![f64::INFINITY, f64::NEG_INFINITY]),
            Err("inf")
        );
        assert_eq!(fsum_values(vec![1e308, 1e308]), Err("overflow"));
    }

    #[test]
    fn products() {
        assert_eq!(range_prod(1, 20), BigInt::from(2432902008176640000u64));
        assert_eq!(falling(&BigInt::from(10), 3), BigInt::from(720));
    }
}
