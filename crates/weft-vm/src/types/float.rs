//! `float` conversions (<https://docs.python.org/3.11/library/functions.html#float>).

use crate::payload::Payload;
use crate::types::number::{as_float, as_int, int_to_f64};
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;

/// Parse a float string as `float()` does.
pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim();
    if t.is_empty() || t.starts_with('_') || t.ends_with('_') || t.contains("__") {
        return None;
    }
    let clean: String = t.chars().filter(|c| *c != '_').collect();
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
    if !body.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-')) {
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
    if let Some(Payload::Str(s)) = x.payload() {
        return parse_float(s.as_str()).ok_or_else(|| vm.value_error(format!("could not convert string to float: {}", crate::repr::str_repr(s.as_str()))));
    }
    for name in ["__float__", "__index__"] {
        if let Some(f) = vm.lookup_special(x, name) {
            let r = vm.call(&f, &[])?;
            return to_float(vm, &r);
        }
    }
    Err(vm.type_error(format!("float() argument must be a string or a real number, not '{}'", vm.type_name(x))))
}
