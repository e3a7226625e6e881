//! The `math` module's special functions computed the way CPython does so results agree
//! to the last bit: `gamma`/`lgamma` (Lanczos approximation) and the vector norms of
//! `hypot`/`dist`. <https://docs.python.org/3.11/library/math.html#special-functions>

use crate::math::{domain, nargs, pow2, range, to_f64};
use weft_vm::{PyResult, Value, Vm};

type Kw<'a> = &'a [(Value, Value)];

// Gamma via the Lanczos approximation with N=13, g=6.0246800407767296 (the published
// "lanczos13m53" coefficients, numerator and denominator of the rational sum),
// evaluated as CPython does so results agree to the last bit.
const LANCZOS_G: f64 = 6.024_680_040_776_73;
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_73;
const LANCZOS_NUM: [f64; 13] = [
    23_531_376_880.410_76,
    42_919_803_642.649_1,
    35_711_959_237.355_67,
    17_921_034_426.037_21,
    6_039_542_586.352_028,
    1_439_720_407.311_721_6,
    248_874_557.862_054_17,
    31_426_415.585_400_194,
    2_876_370.628_935_372_5,
    186_056.265_395_223_48,
    8_071.672_002_365_816,
    210.824_277_751_579_36,
    2.506_628_274_631_000_2,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0f64, 0.0f64);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x), accurate for large x.
fn sinpi(x: f64) -> f64 {
    use std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i32 {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

pub fn m_gamma(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    use std::f64::consts::PI;
    let x = to_f64(vm, &nargs(vm, "gamma", a, kw, 1)?[0])?;
    if !x.is_finite() {
        if x == f64::NEG_INFINITY {
            return Err(domain(vm));
        }
        return Ok(Value::Float(x));
    }
    if x == 0.0 {
        return Err(domain(vm));
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(domain(vm));
        }
        if x <= 23.0 {
            let mut f = 1.0f64;
            for i in 2..(x as i64) {
                f *= i as f64;
            }
            return Ok(Value::Float(f));
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        if r.is_infinite() {
            return Err(range(vm));
        }
        return Ok(Value::Float(r));
    }
    if absx > 200.0 {
        if x < 0.0 {
            return Ok(Value::Float(0.0 / sinpi(x)));
        }
        return Err(range(vm));
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sp = y.powf(absx / 2.0 - 0.25);
            r /= sp;
            r /= sp;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sp = y.powf(absx / 2.0 - 0.25);
            r *= sp;
            r *= sp;
        }
    }
    if r.is_infinite() {
        return Err(range(vm));
    }
    Ok(Value::Float(r))
}

pub fn m_lgamma(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    use std::f64::consts::PI;
    let x = to_f64(vm, &nargs(vm, "lgamma", a, kw, 1)?[0])?;
    if !x.is_finite() {
        return Ok(Value::Float(if x.is_nan() { x } else { f64::INFINITY }));
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return Err(domain(vm));
        }
        return Ok(Value::Float(0.0));
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(Value::Float(-absx.ln()));
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = PI.ln() - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        return Err(range(vm));
    }
    Ok(Value::Float(r))
}

/// Euclidean norm of a vector, scaled to avoid overflow and underflow, with the
/// accuracy CPython 3.11 documents for `hypot` and `dist` (correctly rounded in nearly
/// all cases) and the same results.
///
/// How: every coordinate is scaled by the power of two that brings the largest into
/// [0.5, 1) (exact). Each square is split into its rounded value and its error (a fused
/// multiply-add gives the error exactly); the rounded squares are added to a running sum
/// that starts at 1.0, so each addition's error is also exact (a fast two-sum: the sum
/// is never smaller than the addend), and the two error streams are summed plainly,
/// where their own rounding no longer matters. One Newton-style step against the same
/// sum, minus the root's exact square, then corrects the square root. Nothing is
/// allocated: `hypot(x, y)` was a tenth of `floatmath`'s time when it summed its terms
/// with `fsum`'s partials.
fn vector_norm(v: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut nan = false;
    for &x in v {
        let x = x.abs();
        nan |= x.is_nan();
        if x > max {
            max = x;
        }
    }
    if max.is_infinite() {
        return max;
    }
    if nan {
        return f64::NAN;
    }
    if max == 0.0 || v.len() <= 1 {
        return max;
    }
    let (_, e) = weft_vm::ops::frexp(max);
    if e < -1023 {
        // 2**-e is not a double: work on the vector scaled up by 2**1022 (exact for
        // numbers this small), and scale the norm back down once.
        let mut up = Coords::new();
        for &x in v {
            up.push(x / f64::MIN_POSITIVE);
        }
        return f64::MIN_POSITIVE * vector_norm(&up);
    }
    let scale = scale2(1.0, -e as i64);
    // `a + b` with its rounding error, for |a| >= |b|.
    let fast_two_sum = |a: f64, b: f64| {
        let s = a + b;
        (s, (a - s) + b)
    };
    let (mut sum, mut err_sq, mut err_add) = (1.0f64, 0.0f64, 0.0f64);
    for &x in v {
        let x = x * scale;
        let sq = x * x;
        let (s, e) = fast_two_sum(sum, sq);
        sum = s;
        err_sq += x.mul_add(x, -sq);
        err_add += e;
    }
    let mut h = (sum - 1.0 + (err_sq + err_add)).sqrt();
    // The residual: the sum of squares minus h*h, from the same exact pieces.
    let neg_sq = -h * h;
    let (s, e) = fast_two_sum(sum, neg_sq);
    err_sq += (-h).mul_add(h, -neg_sq);
    err_add += e;
    let residual = s - 1.0 + (err_sq + err_add);
    h += residual / (2.0 * h);
    h / scale
}

/// Up to a few coordinates on the stack, more on the heap: `hypot(x, y)` allocates
/// nothing.
type Coords = smallvec::SmallVec<[f64; 8]>;

/// x * 2**k, multiplied by exact powers of two in steps (k may be outside the normal
/// range, and so may 2**k itself while the product is not: `hypot(1e308, 1e308)`).
fn scale2(x: f64, k: i64) -> f64 {
    let mut r = x;
    let mut k = k;
    while k > 1000 {
        r *= pow2(1000);
        k -= 1000;
    }
    while k < -1000 {
        r *= pow2(-1000);
        k += 1000;
    }
    r * pow2(k)
}

pub fn m_hypot(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("math.hypot() takes no keyword arguments"));
    }
    let mut v = Coords::new();
    for x in a {
        v.push(to_f64(vm, x)?);
    }
    Ok(Value::Float(vector_norm(&v)))
}

pub fn m_dist(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let a = nargs(vm, "dist", a, kw, 2)?;
    // any iterable serves as a point (CPython makes a tuple of it)
    let p = vm.collect(&a[0])?;
    let q = vm.collect(&a[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut d = Vec::with_capacity(p.len());
    for (x, y) in p.iter().zip(&q) {
        d.push(to_f64(vm, x)? - to_f64(vm, y)?);
    }
    Ok(Value::Float(vector_norm(&d)))
}
