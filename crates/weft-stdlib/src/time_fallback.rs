//! A minimal `time` module (clocks and `sleep`) used only when no full `time` module is
//! registered, so `threading` and the thread benchmarks work; the full module replaces it.
//! Follows <https://docs.python.org/3.11/library/time.html>.

use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};
use weft_vm::import::{new_module, set};
use weft_vm::types::function::BuiltinKind;
use weft_vm::types::native;
use weft_vm::{ObjRef, PyResult, Value, Vm};

type Kw<'a> = &'a [(Value, Value)];

fn start() -> Instant {
    static S: OnceLock<Instant> = OnceLock::new();
    *S.get_or_init(Instant::now)
}

fn mono_ns() -> u128 {
    // Offset so that monotonic() is never near zero, like CPython's.
    start().elapsed().as_nanos() + 1_000_000_000_000
}

fn wall_ns() -> u128 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0)
}

fn time_(_vm: &Vm, _a: &[Value], _k: Kw) -> PyResult<Value> {
    Ok(Value::Float(wall_ns() as f64 / 1e9))
}

fn time_ns(_vm: &Vm, _a: &[Value], _k: Kw) -> PyResult<Value> {
    Ok(Value::Int(wall_ns() as i64))
}

fn monotonic(_vm: &Vm, _a: &[Value], _k: Kw) -> PyResult<Value> {
    Ok(Value::Float(mono_ns() as f64 / 1e9))
}

fn monotonic_ns(_vm: &Vm, _a: &[Value], _k: Kw) -> PyResult<Value> {
    Ok(Value::Int(mono_ns() as i64))
}

fn sleep(vm: &Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    let secs = match a.first() {
        Some(Value::Int(i)) => *i as f64,
        Some(Value::Float(f)) => *f,
        Some(Value::Bool(b)) => *b as i64 as f64,
        Some(v) => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )))
        }
        None => return Err(vm.type_error("time.sleep() takes exactly one argument (0 given)")),
    };
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    let deadline = Instant::now() + Duration::from_secs_f64(secs);
    // Sleep in slices in the main thread so Ctrl-C is noticed.
    loop {
        let now = Instant::now();
        if now >= deadline {
            break;
        }
        let slice = if vm.is_main {
            (deadline - now).min(Duration::from_millis(50))
        } else {
            deadline - now
        };
        weft_vm::gil::allow_threads(vm, weft_vm::timeline::State::Sleep, || {
            std::thread::sleep(slice)
        });
        weft_vm::interp_checks(vm)?;
    }
    Ok(Value::None)
}

pub fn init(_vm: &Vm) -> PyResult<ObjRef> {
    start();
    let m = new_module("time");
    let f = |name: &'static str, func: weft_vm::types::function::NativeFn| {
        native(name, func, BuiltinKind::Function, None, None)
    };
    set(&m, "time", f("time", time_));
    set(&m, "time_ns", f("time_ns", time_ns));
    set(&m, "monotonic", f("monotonic", monotonic));
    set(&m, "monotonic_ns", f("monotonic_ns", monotonic_ns));
    set(&m, "perf_counter", f("perf_counter", monotonic));
    set(&m, "perf_counter_ns", f("perf_counter_ns", monotonic_ns));
    set(&m, "sleep", f("sleep", sleep));
    Ok(m)
}
