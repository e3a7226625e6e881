//! The `math` module's floating-point functions and constants, with CPython's errors
//! ("math domain error", "math range error"); the integer functions (factorial, gcd,
//! comb, ...) and `fsum`/`prod` are in `math_int.rs`.
//! <https://docs.python.org/3.11/library/math.html>

use num_traits::{Signed, ToPrimitive};
use weft_vm::builtins::kwarg;
use weft_vm::import::{new_module, set};

use weft_vm::types::function::{BuiltinKind, NativeFn};
use weft_vm::types::native;
use weft_vm::types::number::{as_float, as_int, IntRef};
use weft_vm::{new_tuple_of, ObjRef, PyErr, PyResult, Value, Vm};

type Kw<'a> = &'a [(Value, Value)];

extern "C" {
    fn erf(x: f64) -> f64;
    fn erfc(x: f64) -> f64;
}

pub fn init(_vm: &Vm) -> PyResult<ObjRef> {
    let m = new_module("math");
    let fns: &[(&'static str, NativeFn)] = &[
        ("acos", m_acos),
        ("acosh", m_acosh),
        ("asin", m_asin),
        ("asinh", m_asinh),
        ("atan", m_atan),
        ("atanh", m_atanh),
        ("cbrt", m_cbrt),
        ("cos", m_cos),
        ("cosh", m_cosh),
        ("erf", m_erf),
        ("erfc", m_erfc),
        ("exp", m_exp),
        ("exp2", m_exp2),
        ("expm1", m_expm1),
        ("fabs", m_fabs),
        ("gamma", crate::math_special::m_gamma),
        ("lgamma", crate::math_special::m_lgamma),
        ("log1p", m_log1p),
        ("sin", m_sin),
        ("sinh", m_sinh),
        ("sqrt", m_sqrt),
        ("tan", m_tan),
        ("tanh", m_tanh),
        ("atan2", m_atan2),
        ("copysign", m_copysign),
        ("fmod", m_fmod),
        ("remainder", m_remainder),
        ("pow", m_pow),
        ("ldexp", m_ldexp),
        ("frexp", m_frexp),
        ("modf", m_modf),
        ("floor", m_floor),
        ("ceil", m_ceil),
        ("trunc", m_trunc),
        ("isclose", m_isclose),
        ("isfinite", m_isfinite),
        ("isinf", m_isinf),
        ("isnan", m_isnan),
        ("degrees", m_degrees),
        ("radians", m_radians),
        ("log", m_log),
        ("log2", m_log2),
        ("log10", m_log10),
        ("hypot", crate::math_special::m_hypot),
        ("dist", crate::math_special::m_dist),
        ("nextafter", m_nextafter),
        ("ulp", m_ulp),
        ("fsum", crate::math_int::fsum),
        ("prod", crate::math_int::prod),
        ("factorial", crate::math_int::factorial),
        ("gcd", crate::math_int::gcd),
        ("lcm", crate::math_int::lcm),
        ("isqrt", crate::math_int::isqrt),
        ("comb", crate::math_int::comb),
        ("perm", crate::math_int::perm),
    ];
    for (name, f) in fns {
        set(
            &m,
            name,
            native(name, *f, BuiltinKind::Function, None, None),
        );
    }
    set(&m, "pi", Value::Float(std::f64::consts::PI));
    set(&m, "e", Value::Float(std::f64::consts::E));
    set(&m, "tau", Value::Float(std::f64::consts::TAU));
    set(&m, "inf", Value::Float(f64::INFINITY));
    set(&m, "nan", Value::Float(f64::NAN));
    Ok(m)
}

pub fn domain(vm: &Vm) -> PyErr {
    vm.value_error("math domain error")
}

pub fn range(vm: &Vm) -> PyErr {
    vm.overflow_error("math range error")
}

/// A float argument (CPython's `PyFloat_AsDouble`: floats, ints, `__float__`, `__index__`).
#[inline]
pub fn to_f64(vm: &Vm, v: &Value) -> PyResult<f64> {
    // The unboxed numbers here, inline: everything else (bools, big ints, float and int
    // subclasses, `__float__`, `__index__`) out of line.
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        _ => to_f64_other(vm, v),
    }
}

#[inline(never)]
fn to_f64_other(vm: &Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = as_float(v) {
        return Ok(f);
    }
    if let Some(i) = as_int(v) {
        return weft_vm::types::number::int_to_f64(vm, &i);
    }
    if let Some(f) = vm.lookup_special(v, "__float__") {
        let r = vm.call(&f, &[])?;
        return match as_float(&r) {
            Some(x) => Ok(x),
            None => Err(vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                vm.type_name(v),
                vm.type_name(&r)
            ))),
        };
    }
    if let Some(f) = vm.lookup_special(v, "__index__") {
        let r = vm.call(&f, &[])?;
        if let Some(i) = as_int(&r) {
            return weft_vm::types::number::int_to_f64(vm, &i);
        }
    }
    Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))))
}

/// `isclose(a, b, *, rel_tol, abs_tol)`'s `a` and `b`, checked with CPython's
/// argument-clinic messages (shared by `math` and `cmath`); the tolerances stay in `kw`.
pub fn isclose_args(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<(Value, Value)> {
    if a.len() + kw.len() > 4 {
        return Err(vm.type_error(format!(
            "isclose() takes at most 4 arguments ({} given)",
            a.len() + kw.len()
        )));
    }
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            a.len()
        )));
    }
    // argument clinic's order: missing arguments first, then stray keywords
    let mut ab = [a.first().cloned(), a.get(1).cloned()];
    for (i, name) in ["a", "b"].into_iter().enumerate() {
        if ab[i].is_none() {
            ab[i] = Some(kwarg(kw, name).cloned().ok_or_else(|| {
                vm.type_error(format!(
                    "isclose() missing required argument '{name}' (pos {})",
                    i + 1
                ))
            })?);
        }
    }
    for (i, name) in ["a", "b"].into_iter().enumerate().take(a.len()) {
        if kwarg(kw, name).is_some() {
            return Err(vm.type_error(format!(
                "argument for isclose() given by name ('{name}') and position ({})",
                i + 1
            )));
        }
    }
    weft_vm::clinic::known_keywords(vm, "isclose", kw, &["a", "b", "rel_tol", "abs_tol"])?;
    let [Some(x), Some(y)] = ab else {
        unreachable!("both were filled in above")
    };
    Ok((x, y))
}

/// Exactly `n` positional arguments, with CPython's messages.
pub fn nargs<'a>(vm: &Vm, name: &str, a: &'a [Value], kw: Kw, n: usize) -> PyResult<&'a [Value]> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("math.{name}() takes no keyword arguments")));
    }
    if a.len() != n {
        if n == 1 {
            return Err(vm.type_error(format!(
                "math.{name}() takes exactly one argument ({} given)",
                a.len()
            )));
        }
        return Err(vm.type_error(format!("{name} expected {n} arguments, got {}", a.len())));
    }
    Ok(a)
}

/// A one-argument float function with CPython's error rules (`math_1`).
fn math1(
    vm: &Vm,
    name: &str,
    a: &[Value],
    kw: Kw,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let a = nargs(vm, name, a, kw, 1)?;
    let x = to_f64(vm, &a[0])?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range(vm) } else { domain(vm) });
    }
    Ok(Value::Float(r))
}

macro_rules! func1 {
    ($name:ident, $py:literal, $f:expr, $ovf:expr) => {
        fn $name(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
            math1(vm, $py, a, kw, $f, $ovf)
        }
    };
}

func1!(m_acos, "acos", f64::acos, false);
func1!(m_acosh, "acosh", f64::acosh, false);
func1!(m_asin, "asin", f64::asin, false);
func1!(m_asinh, "asinh", f64::asinh, false);
func1!(m_atan, "atan", f64::atan, false);
func1!(m_atanh, "atanh", atanh, false);
func1!(m_cbrt, "cbrt", cbrt, false);
func1!(m_cos, "cos", f64::cos, false);
func1!(m_cosh, "cosh", f64::cosh, true);
func1!(m_erf, "erf", |x| unsafe { erf(x) }, false);
func1!(m_erfc, "erfc", |x| unsafe { erfc(x) }, false);
func1!(m_exp, "exp", f64::exp, true);
func1!(m_exp2, "exp2", f64::exp2, true);
func1!(m_expm1, "expm1", f64::exp_m1, true);
func1!(m_fabs, "fabs", f64::abs, false);
func1!(m_log1p, "log1p", f64::ln_1p, false);
func1!(m_sin, "sin", f64::sin, false);
func1!(m_sinh, "sinh", f64::sinh, true);
func1!(m_sqrt, "sqrt", f64::sqrt, false);
func1!(m_tan, "tan", f64::tan, false);
func1!(m_tanh, "tanh", f64::tanh, false);
func1!(
    m_degrees,
    "degrees",
    |x| x * (180.0 / std::f64::consts::PI),
    true
);
func1!(
    m_radians,
    "radians",
    |x| x * (std::f64::consts::PI / 180.0),
    false
);

/// The C library's `cbrt` (the statically linked Rust one rounds differently).
fn cbrt(x: f64) -> f64 {
    type F = unsafe extern "C" fn(f64) -> f64;
    static F: std::sync::OnceLock<Option<F>> = std::sync::OnceLock::new();
    let f = F.get_or_init(|| {
        // SAFETY: dlopen/dlsym with NUL-terminated names; the symbol has the C signature
        // double cbrt(double).
        unsafe {
            let h = libc::dlopen(c"libm.so.6".as_ptr(), libc::RTLD_LAZY);
            if h.is_null() {
                return None;
            }
            let p = libc::dlsym(h, c"cbrt".as_ptr());
            if p.is_null() {
                None
            } else {
                Some(std::mem::transmute::<*mut libc::c_void, F>(p))
            }
        }
    });
    match f {
        // SAFETY: a pure libm function.
        Some(f) => unsafe { f(x) },
        None => x.cbrt(),
    }
}

fn atanh(x: f64) -> f64 {
    if x.abs() >= 1.0 {
        if x.abs() == 1.0 {
            return f64::INFINITY.copysign(x);
        }
        return f64::NAN;
    }
    x.atanh()
}

fn two(vm: &Vm, name: &str, a: &[Value], kw: Kw) -> PyResult<(f64, f64)> {
    let a = nargs(vm, name, a, kw, 2)?;
    Ok((to_f64(vm, &a[0])?, to_f64(vm, &a[1])?))
}

fn m_atan2(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let (y, x) = two(vm, "atan2", a, kw)?;
    Ok(Value::Float(y.atan2(x)))
}

fn m_copysign(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let (x, y) = two(vm, "copysign", a, kw)?;
    Ok(Value::Float(x.copysign(y)))
}

fn m_fmod(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let (x, y) = two(vm, "fmod", a, kw)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain(vm));
    }
    Ok(Value::Float(r))
}

fn m_remainder(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let (x, y) = two(vm, "remainder", a, kw)?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    if y.is_nan() {
        return Ok(Value::Float(y));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain(vm));
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    // IEEE 754 remainder: x - n*y with n = x/y rounded half to even, computed exactly.
    let (ax, ay) = (x.abs(), y.abs());
    let m = ax % ay;
    let c = ay - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        // Halfway: choose the even quotient.
        m - 2.0 * ((0.5 * (ax - m)) % ay)
    };
    Ok(Value::Float(1.0f64.copysign(x) * r))
}

fn m_pow(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let (x, y) = two(vm, "pow", a, kw)?;
    if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            return Ok(Value::Float(if y == 0.0 { 1.0 } else { x }));
        }
        if y.is_nan() {
            return Ok(Value::Float(if x == 1.0 { 1.0 } else { y }));
        }
        return Ok(Value::Float(x.powf(y)));
    }
    let r = x.powf(y);
    if r.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() {
        return Err(if x == 0.0 { domain(vm) } else { range(vm) });
    }
    Ok(Value::Float(r))
}

fn m_ldexp(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let a = nargs(vm, "ldexp", a, kw, 2)?;
    let x = to_f64(vm, &a[0])?;
    let e: i64 = match as_int(&a[1]) {
        Some(IntRef::Small(i)) => i,
        Some(IntRef::Big(b)) => {
            if b.is_negative() {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        None => return Err(vm.type_error("Expected an int as second argument to ldexp.")),
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let (m, ex) = weft_vm::ops::frexp(x);
    let ne = ex as i64 + e.clamp(-100_000, 100_000);
    if ne > 1024 {
        return Err(range(vm));
    }
    if ne < -1080 {
        return Ok(Value::Float(0.0f64.copysign(x)));
    }
    // m is in [0.5, 1): both products below are exact but for the final rounding.
    let r = if ne >= -1021 {
        (m * 2.0) * pow2(ne - 1)
    } else {
        (m * pow2(ne + 64)) * pow2(-64)
    };
    Ok(Value::Float(r))
}

/// 2**k exactly, for -1022 <= k <= 1023.
pub fn pow2(k: i64) -> f64 {
    f64::from_bits(((k + 1023) as u64) << 52)
}

fn m_frexp(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let x = to_f64(vm, &nargs(vm, "frexp", a, kw, 1)?[0])?;
    if x == 0.0 || !x.is_finite() {
        return Ok(new_tuple_of([Value::Float(x), Value::Int(0)]));
    }
    let (m, e) = weft_vm::ops::frexp(x);
    Ok(new_tuple_of([Value::Float(m), Value::Int(e as i64)]))
}

fn m_modf(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let x = to_f64(vm, &nargs(vm, "modf", a, kw, 1)?[0])?;
    if x.is_infinite() {
        return Ok(new_tuple_of([
            Value::Float(0.0f64.copysign(x)),
            Value::Float(x),
        ]));
    }
    let i = x.trunc();
    Ok(new_tuple_of([
        Value::Float((x - i).copysign(x)),
        Value::Float(i),
    ]))
}

/// An integral float as a Python int, with CPython's errors for NaN and infinities.
pub fn float_to_int(vm: &Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    if f.abs() < 9.0e18 {
        return Ok(Value::Int(f as i64));
    }
    Ok(weft_vm::new_bigint(weft_vm::types::int::float_to_big(f)))
}

fn round_to_int(
    vm: &Vm,
    name: &str,
    dunder: &'static str,
    a: &[Value],
    kw: Kw,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let x = &nargs(vm, name, a, kw, 1)?[0];
    if let Value::Float(v) = x {
        return float_to_int(vm, f(*v));
    }
    if let Some(i) = as_int(x) {
        if matches!(x, Value::Int(_) | Value::Bool(_))
            || vm.type_of(x).ptr_eq(&weft_vm::types::types().int)
        {
            return Ok(match i {
                IntRef::Small(i) => Value::Int(i),
                IntRef::Big(b) => weft_vm::new_bigint(b.clone()),
            });
        }
    }
    if let Some(m) = vm.lookup_special(x, dunder) {
        return vm.call(&m, &[]);
    }
    float_to_int(vm, f(to_f64(vm, x)?))
}

fn m_floor(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    round_to_int(vm, "floor", "__floor__", a, kw, f64::floor)
}

fn m_ceil(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    round_to_int(vm, "ceil", "__ceil__", a, kw, f64::ceil)
}

fn m_trunc(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let x = &nargs(vm, "trunc", a, kw, 1)?[0];
    if let Value::Float(v) = x {
        return float_to_int(vm, v.trunc());
    }
    if let Some(i) = as_int(x) {
        if matches!(x, Value::Int(_) | Value::Bool(_)) {
            return Ok(match i {
                IntRef::Small(i) => Value::Int(i),
                IntRef::Big(b) => weft_vm::new_bigint(b.clone()),
            });
        }
    }
    if let Some(m) = vm.lookup_special(x, "__trunc__") {
        return vm.call(&m, &[]);
    }
    if let Some(f) = as_float(x) {
        return float_to_int(vm, f.trunc());
    }
    Err(vm.type_error(format!(
        "type {} doesn't define __trunc__ method",
        vm.type_name(x)
    )))
}

fn m_isclose(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let (x, y) = isclose_args(vm, a, kw)?;
    let x = to_f64(vm, &x)?;
    let y = to_f64(vm, &y)?;
    let rel = match kwarg(kw, "rel_tol") {
        Some(v) => to_f64(vm, v)?,
        None => 1e-9,
    };
    let abs = match kwarg(kw, "abs_tol") {
        Some(v) => to_f64(vm, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (y - x).abs();
    Ok(Value::Bool(
        diff <= (rel * y).abs() || diff <= (rel * x).abs() || diff <= abs,
    ))
}

fn m_isfinite(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(
        to_f64(vm, &nargs(vm, "isfinite", a, kw, 1)?[0])?.is_finite(),
    ))
}

fn m_isinf(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(
        to_f64(vm, &nargs(vm, "isinf", a, kw, 1)?[0])?.is_infinite(),
    ))
}

fn m_isnan(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(
        to_f64(vm, &nargs(vm, "isnan", a, kw, 1)?[0])?.is_nan(),
    ))
}

/// `f` of any positive number, ints of any size included (CPython's `loghelper`):
/// a huge int is split as m * 2**e and `f(m) + f(2) * e` returned.
fn ln_of(vm: &Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(IntRef::Big(b)) = as_int(v) {
        if !b.is_positive() {
            return Err(domain(vm));
        }
        if b.to_f64().is_none_or(|x| x.is_infinite()) {
            let shift = b.bits() - 64;
            let top = (b >> shift).to_u64().unwrap_or(u64::MAX) as f64;
            let (mut m, mut e) = (top / 18446744073709551616.0, shift as f64 + 64.0);
            if m >= 1.0 {
                m /= 2.0;
                e += 1.0;
            }
            return Ok(f(m) + f(2.0) * e);
        }
    }
    if let Some(IntRef::Small(i)) = as_int(v) {
        if i <= 0 {
            return Err(domain(vm));
        }
    }
    let x = to_f64(vm, v)?;
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(f(x))
}

fn m_log(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("log() takes no keyword arguments"));
    }
    if a.is_empty() || a.len() > 2 {
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    let num = ln_of(vm, &a[0], f64::ln)?;
    if let Some(b) = a.get(1) {
        let den = ln_of(vm, b, f64::ln)?;
        if den == 0.0 {
            return Err(vm.zero_division("float division by zero"));
        }
        return Ok(Value::Float(num / den));
    }
    Ok(Value::Float(num))
}

fn m_log2(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(Value::Float(ln_of(
        vm,
        &nargs(vm, "log2", a, kw, 1)?[0],
        f64::log2,
    )?))
}

fn m_log10(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(Value::Float(ln_of(
        vm,
        &nargs(vm, "log10", a, kw, 1)?[0],
        f64::log10,
    )?))
}

pub fn next_after(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let b = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { b + 1 } else { b - 1 })
}

fn m_nextafter(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let (x, y) = two(vm, "nextafter", a, kw)?;
    Ok(Value::Float(next_after(x, y)))
}

fn m_ulp(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let x = to_f64(vm, &nargs(vm, "ulp", a, kw, 1)?[0])?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let up = next_after(x, f64::INFINITY);
    if up.is_infinite() {
        return Ok(Value::Float(x - next_after(x, f64::NEG_INFINITY)));
    }
    Ok(Value::Float(up - x))
}
