//! `cmath`: mathematical functions over complex numbers (`Payload::Complex`), with
//! CPython's branch cuts, domain/range errors and constants.
//! Follows <https://docs.python.org/3.11/library/cmath.html>.

use weft_vm::builtins::kwarg;
use weft_vm::import::{new_module, set};
use weft_vm::types::complex::{as_complex, new_complex};
use weft_vm::types::function::BuiltinKind;
use weft_vm::types::native;
use weft_vm::types::number::{as_float, as_int, IntRef};
use weft_vm::{new_tuple_of, ObjRef, PyResult, Value, Vm};

type Kw<'a> = &'a [(Value, Value)];
type C = (f64, f64);

const LN2: f64 = std::f64::consts::LN_2;
const LN10: f64 = std::f64::consts::LN_10;
/// CPython's CM_LARGE_DOUBLE: beyond it the inverse functions avoid overflow.
const LARGE: f64 = f64::MAX / 4.0;

extern "C" {
    /// The C library's `asinh` (more accurate than Rust's own formula).
    #[link_name = "asinh"]
    fn libm_asinh(x: f64) -> f64;
}

fn asinh(x: f64) -> f64 {
    // SAFETY: a pure libm function of one double.
    unsafe { libm_asinh(x) }
}

/// A real number argument (float, int, or `__float__`/`__index__`).
fn real_arg(vm: &Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = as_float(v) {
        return Ok(f);
    }
    match as_int(v) {
        Some(IntRef::Small(i)) => return Ok(i as f64),
        Some(IntRef::Big(b)) => {
            return weft_vm::types::number::big_to_f64(b)
                .ok_or_else(|| vm.overflow_error("int too large to convert to float"));
        }
        None => {}
    }
    for name in ["__float__", "__index__"] {
        if let Some(f) = vm.lookup_special(v, name) {
            let r = vm.call(&f, &[])?;
            return real_arg(vm, &r);
        }
    }
    Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))))
}

/// A complex argument (complex, `__complex__`, or any real number).
fn complex_arg(vm: &Vm, v: &Value) -> PyResult<C> {
    if let Some(c) = as_complex(v) {
        return Ok(c);
    }
    if !matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_)) {
        if let Some(f) = vm.lookup_special(v, "__complex__") {
            let r = vm.call(&f, &[])?;
            return as_complex(&r).ok_or_else(|| {
                vm.type_error(format!(
                    "__complex__ returned non-complex (type {})",
                    vm.type_name(&r)
                ))
            });
        }
    }
    Ok((real_arg(vm, v)?, 0.0))
}

fn one_arg<'a>(vm: &Vm, name: &str, args: &'a [Value], kw: Kw) -> PyResult<&'a Value> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("cmath.{name}() takes no keyword arguments")));
    }
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "cmath.{name}() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    Ok(&args[0])
}

fn domain(vm: &Vm) -> weft_vm::PyErr {
    vm.value_error("math domain error")
}

fn range(vm: &Vm) -> weft_vm::PyErr {
    vm.overflow_error("math range error")
}

fn finite(z: C) -> bool {
    z.0.is_finite() && z.1.is_finite()
}

// ----- the functions on (re, im) pairs --------------------------------------------

fn c_sqrt(z: C) -> C {
    let (x, y) = z;
    if y.is_infinite() {
        return (f64::INFINITY, y);
    }
    if x.is_nan() {
        return (f64::NAN, f64::NAN);
    }
    if x.is_infinite() {
        if y.is_nan() {
            return if x > 0.0 {
                (x, f64::NAN)
            } else {
                (f64::NAN, f64::INFINITY)
            };
        }
        return if x > 0.0 {
            (x, 0.0f64.copysign(y))
        } else {
            (0.0, f64::INFINITY.copysign(y))
        };
    }
    if y.is_nan() {
        return (f64::NAN, f64::NAN);
    }
    if x == 0.0 && y == 0.0 {
        return (0.0, y);
    }
    let (ax, ay) = (x.abs(), y.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // Scale subnormals up to keep precision.
        let k = 2f64.powi(53);
        let (sx, sy) = (ax * k, ay * k);
        (sx + sx.hypot(sy)).sqrt() * 2f64.powi(-27)
    } else {
        2.0 * ((ax / 8.0) + (ax / 8.0).hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if x >= 0.0 {
        (s, d.copysign(y))
    } else {
        (d, s.copysign(y))
    }
}

fn c_exp(z: C) -> C {
    let (x, y) = z;
    if y == 0.0 {
        return (x.exp(), y);
    }
    if x.is_infinite() && y.is_finite() {
        return if x > 0.0 {
            (x * y.cos(), x * y.sin())
        } else {
            (0.0 * y.cos(), 0.0 * y.sin())
        };
    }
    let (r, c, s) = if x > 708.0 {
        (
            (x - 1.0).exp(),
            y.cos() * std::f64::consts::E,
            y.sin() * std::f64::consts::E,
        )
    } else {
        (x.exp(), y.cos(), y.sin())
    };
    (r * c, r * s)
}

fn c_log(z: C) -> C {
    let (x, y) = z;
    let (ax, ay) = (x.abs(), y.abs());
    let h = ax.hypot(ay);
    let re = if h.is_infinite() && ax.is_finite() && ay.is_finite() {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN2
    } else if h < f64::MIN_POSITIVE && h > 0.0 {
        let k = 2f64.powi(53);
        (ax * k).hypot(ay * k).ln() - 53.0 * LN2
    } else if (0.71..=1.73).contains(&h) {
        // Near |z| = 1: log1p of (|z|^2 - 1) keeps precision.
        let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
        ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
    } else {
        h.ln()
    };
    (re, y.atan2(x))
}

fn c_sinh(z: C) -> C {
    let (x, y) = z;
    if x.is_finite() && x.abs() > 708.0 {
        let xm = x - x.signum();
        return (
            y.cos() * xm.sinh() * std::f64::consts::E,
            y.sin() * xm.cosh() * std::f64::consts::E,
        );
    }
    if y == 0.0 {
        return (x.sinh(), y);
    }
    (x.sinh() * y.cos(), x.cosh() * y.sin())
}

fn c_cosh(z: C) -> C {
    let (x, y) = z;
    if x.is_finite() && x.abs() > 708.0 {
        let xm = x - x.signum();
        return (
            y.cos() * xm.cosh() * std::f64::consts::E,
            y.sin() * xm.sinh() * std::f64::consts::E,
        );
    }
    (x.cosh() * y.cos(), x.sinh() * y.sin())
}

fn c_tanh(z: C) -> C {
    let (x, y) = z;
    if x.abs() > 354.0 {
        return (
            1f64.copysign(x),
            4.0 * y.sin() * y.cos() * (-2.0 * x.abs()).exp(),
        );
    }
    let tx = x.tanh();
    let ty = y.tan();
    let cx = 1.0 / x.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    (tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
}

/// f(z) = -i g(i z) for sin/tan from sinh/tanh.
fn via_i(g: fn(C) -> C, z: C) -> C {
    let r = g((-z.1, z.0));
    (r.1, -r.0)
}

fn c_sin(z: C) -> C {
    via_i(c_sinh, z)
}

fn c_cos(z: C) -> C {
    c_cosh((-z.1, z.0))
}

fn c_tan(z: C) -> C {
    via_i(c_tanh, z)
}

fn c_asinh(z: C) -> C {
    let (x, y) = z;
    if x.abs() > LARGE || y.abs() > LARGE {
        let l = (x / 2.0).hypot(y / 2.0).ln() + 2.0 * LN2;
        let re = if y >= 0.0 {
            l.copysign(x)
        } else {
            -l.copysign(-x)
        };
        return (re, y.atan2(x.abs()));
    }
    let s1 = c_sqrt((1.0 + y, -x));
    let s2 = c_sqrt((1.0 - y, x));
    (
        asinh(s1.0 * s2.1 - s2.0 * s1.1),
        y.atan2(s1.0 * s2.0 - s1.1 * s2.1),
    )
}

fn c_asin(z: C) -> C {
    via_i(c_asinh, z)
}

fn c_acos(z: C) -> C {
    let (x, y) = z;
    if x.abs() > LARGE || y.abs() > LARGE {
        let l = (x / 2.0).hypot(y / 2.0).ln() + 2.0 * LN2;
        return (
            y.abs().atan2(x),
            if x < 0.0 {
                -l.copysign(y)
            } else {
                l.copysign(-y)
            },
        );
    }
    let s1 = c_sqrt((1.0 - x, -y));
    let s2 = c_sqrt((1.0 + x, y));
    (2.0 * s1.0.atan2(s2.0), asinh(s2.0 * s1.1 - s2.1 * s1.0))
}

fn c_acosh(z: C) -> C {
    let (x, y) = z;
    if x.abs() > LARGE || y.abs() > LARGE {
        return ((x / 2.0).hypot(y / 2.0).ln() + 2.0 * LN2, y.atan2(x));
    }
    let s1 = c_sqrt((x - 1.0, y));
    let s2 = c_sqrt((x + 1.0, y));
    (asinh(s1.0 * s2.0 + s1.1 * s2.1), 2.0 * s1.1.atan2(s2.0))
}

fn c_atanh(z: C) -> C {
    let (x, y) = z;
    if x < 0.0 || (x == 0.0 && x.is_sign_negative()) {
        let r = c_atanh((-x, -y));
        return (-r.0, -r.1);
    }
    let ay = y.abs();
    let sqrt_large = LARGE.sqrt();
    if x > sqrt_large || ay > sqrt_large {
        let h = (x / 2.0).hypot(y / 2.0);
        return (x / 4.0 / h / h, -(std::f64::consts::FRAC_PI_2).copysign(-y));
    }
    if x == 1.0 && ay < f64::MIN_POSITIVE.sqrt() {
        return (
            -((ay.sqrt()) / ay.hypot(2.0).sqrt()).ln(),
            (2f64.atan2(-ay) / 2.0).copysign(y),
        );
    }
    let re = (4.0 * x / ((1.0 - x) * (1.0 - x) + ay * ay)).ln_1p() / 4.0;
    let im = -(-2.0 * y).atan2((1.0 - x) * (1.0 + x) - ay * ay) / 2.0;
    (re, im)
}

fn c_atan(z: C) -> C {
    via_i(c_atanh, z)
}

// ----- Python-facing wrappers ------------------------------------------------------

/// How a non-finite result from a finite argument is reported.
#[derive(Clone, Copy)]
enum OnInf {
    Range,
    Domain,
}

fn unary(
    vm: &Vm,
    name: &str,
    args: &[Value],
    kw: Kw,
    f: fn(C) -> C,
    on_inf: OnInf,
) -> PyResult<Value> {
    let z = complex_arg(vm, one_arg(vm, name, args, kw)?)?;
    let r = f(z);
    if finite(z) && !finite(r) {
        let overflow = r.0.is_infinite() || r.1.is_infinite();
        return Err(match on_inf {
            OnInf::Range if overflow => range(vm),
            _ => domain(vm),
        });
    }
    Ok(new_complex(r.0, r.1))
}

macro_rules! unary_fns {
    ($(($py:ident, $name:literal, $f:ident, $on:ident)),* $(,)?) => {
        $(fn $py(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
            unary(vm, $name, args, kw, $f, OnInf::$on)
        })*
        const UNARY: &[(&str, weft_vm::types::function::NativeFn)] = &[$(($name, $py)),*];
    };
}

unary_fns!(
    (py_sqrt, "sqrt", c_sqrt, Domain),
    (py_exp, "exp", c_exp, Range),
    (py_sin, "sin", c_sin, Range),
    (py_cos, "cos", c_cos, Range),
    (py_tan, "tan", c_tan, Range),
    (py_sinh, "sinh", c_sinh, Range),
    (py_cosh, "cosh", c_cosh, Range),
    (py_tanh, "tanh", c_tanh, Range),
    (py_asin, "asin", c_asin, Domain),
    (py_acos, "acos", c_acos, Domain),
    (py_atan, "atan", c_atan, Domain),
    (py_asinh, "asinh", c_asinh, Domain),
    (py_acosh, "acosh", c_acosh, Domain),
    (py_atanh, "atanh", c_atanh, Domain),
    (py_log10, "log10", c_log10, Domain),
);

fn c_log10(z: C) -> C {
    let r = c_log(z);
    (r.0 / LN10, r.1 / LN10)
}

fn arity(vm: &Vm, name: &str, args: &[Value], kw: Kw, min: usize, max: usize) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("cmath.{name}() takes no keyword arguments")));
    }
    let n = args.len();
    if n < min || n > max {
        let msg = if min == max {
            format!(
                "{name} expected {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )
        };
        return Err(vm.type_error(msg));
    }
    Ok(())
}

fn py_log(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    arity(vm, "log", args, kw, 1, 2)?;
    let z = complex_arg(vm, &args[0])?;
    let mut r = c_log(z);
    if finite(z) && !finite(r) {
        return Err(domain(vm));
    }
    if let Some(b) = args.get(1) {
        let b = complex_arg(vm, b)?;
        let lb = c_log(b);
        if finite(b) && !finite(lb) {
            return Err(domain(vm));
        }
        if lb.0 == 0.0 && lb.1 == 0.0 {
            return Err(domain(vm));
        }
        r = cdiv(r, lb);
    }
    Ok(new_complex(r.0, r.1))
}

/// Complex division (Smith's algorithm).
fn cdiv(a: C, b: C) -> C {
    if b.0.abs() >= b.1.abs() {
        let ratio = b.1 / b.0;
        let den = b.0 + b.1 * ratio;
        ((a.0 + a.1 * ratio) / den, (a.1 - a.0 * ratio) / den)
    } else {
        let ratio = b.0 / b.1;
        let den = b.0 * ratio + b.1;
        ((a.0 * ratio + a.1) / den, (a.1 * ratio - a.0) / den)
    }
}

fn py_phase(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let z = complex_arg(vm, one_arg(vm, "phase", args, kw)?)?;
    Ok(Value::Float(z.1.atan2(z.0)))
}

fn py_polar(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let z = complex_arg(vm, one_arg(vm, "polar", args, kw)?)?;
    let r = weft_vm::types::complex::cabs(vm, z)?;
    Ok(new_tuple_of([
        Value::Float(r),
        Value::Float(z.1.atan2(z.0)),
    ]))
}

fn py_rect(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    arity(vm, "rect", args, kw, 2, 2)?;
    let r = real_arg(vm, &args[0])?;
    let phi = real_arg(vm, &args[1])?;
    if r.is_finite() && !phi.is_finite() {
        if r == 0.0 {
            return Ok(new_complex(0.0, 0.0));
        }
        return Err(domain(vm));
    }
    let z = if phi == 0.0 {
        (r, if r.is_nan() { phi } else { phi * r.signum() })
    } else {
        (r * phi.cos(), r * phi.sin())
    };
    Ok(new_complex(z.0, z.1))
}

fn py_isfinite(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let z = complex_arg(vm, one_arg(vm, "isfinite", args, kw)?)?;
    Ok(Value::Bool(finite(z)))
}

fn py_isinf(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let z = complex_arg(vm, one_arg(vm, "isinf", args, kw)?)?;
    Ok(Value::Bool(z.0.is_infinite() || z.1.is_infinite()))
}

fn py_isnan(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let z = complex_arg(vm, one_arg(vm, "isnan", args, kw)?)?;
    Ok(Value::Bool(z.0.is_nan() || z.1.is_nan()))
}

fn py_isclose(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (a, b) = crate::math::isclose_args(vm, args, kw)?;
    let a = complex_arg(vm, &a)?;
    let b = complex_arg(vm, &b)?;
    let rel = kwarg(kw, "rel_tol")
        .map(|v| real_arg(vm, v))
        .transpose()?
        .unwrap_or(1e-9);
    let abs = kwarg(kw, "abs_tol")
        .map(|v| real_arg(vm, v))
        .transpose()?
        .unwrap_or(0.0);
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if !finite(a) || !finite(b) {
        return Ok(Value::Bool(false));
    }
    let diff = (b.0 - a.0).hypot(b.1 - a.1);
    let (na, nb) = (a.0.hypot(a.1), b.0.hypot(b.1));
    Ok(Value::Bool(
        diff <= rel * nb || diff <= rel * na || diff <= abs,
    ))
}

pub fn init(_vm: &Vm) -> PyResult<ObjRef> {
    let m = new_module("cmath");
    let f = |name: &'static str, func| native(name, func, BuiltinKind::Function, None, None);
    for (name, func) in UNARY {
        set(&m, name, f(name, *func));
    }
    let rest: &[(&'static str, weft_vm::types::function::NativeFn)] = &[
        ("log", py_log),
        ("phase", py_phase),
        ("polar", py_polar),
        ("rect", py_rect),
        ("isfinite", py_isfinite),
        ("isinf", py_isinf),
        ("isnan", py_isnan),
        ("isclose", py_isclose),
    ];
    for (name, func) in rest {
        set(&m, name, f(name, *func));
    }
    set(&m, "pi", Value::Float(std::f64::consts::PI));
    set(&m, "e", Value::Float(std::f64::consts::E));
    set(&m, "tau", Value::Float(std::f64::consts::TAU));
    set(&m, "inf", Value::Float(f64::INFINITY));
    set(&m, "nan", Value::Float(f64::NAN));
    set(&m, "infj", new_complex(0.0, f64::INFINITY));
    set(&m, "nanj", new_complex(0.0, f64::NAN));
    Ok(m)
}
