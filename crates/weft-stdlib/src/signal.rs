//! `_signal`: signal handlers for `lib/signal.py`. A C-level handler records the
//! signal and sets `weft_vm::gil::PENDING_SIGNAL`; the main thread then runs the Python
//! handler between bytecodes (SIGINT's default raises KeyboardInterrupt).
//! <https://docs.python.org/3.11/library/signal.html>

use parking_lot::Mutex;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use weft_vm::import::{new_module, set};
use weft_vm::types::function::{BuiltinKind, NativeFn};
use weft_vm::types::native;
use weft_vm::{new_str, ObjRef, PyResult, Value, Vm};

type Kw<'a> = &'a [(Value, Value)];

const NSIG: usize = 65;
static PENDING: [AtomicBool; NSIG] = [const { AtomicBool::new(false) }; NSIG];
/// Python-level handlers by signal number (absent: the startup default).
static HANDLERS: Mutex<Option<HashMap<i32, Value>>> = Mutex::new(None);

extern "C" fn on_signal(sig: libc::c_int) {
    if (sig as usize) < NSIG {
        PENDING[sig as usize].store(true, Ordering::SeqCst);
    }
    weft_vm::gil::PENDING_SIGNAL.store(true, Ordering::SeqCst);
}

fn os_install(sig: i32, action: libc::sighandler_t) -> bool {
    // SAFETY: a zeroed sigaction with a handler address or SIG_DFL/SIG_IGN is valid;
    // on_signal only touches atomics (async-signal-safe).
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = action;
        libc::sigemptyset(&mut sa.sa_mask);
        sa.sa_flags = libc::SA_RESTART;
        libc::sigaction(sig, &sa, std::ptr::null_mut()) == 0
    }
}

/// The signal's current OS-level action (SIG_DFL, SIG_IGN or a handler address).
fn os_current(sig: i32) -> Option<libc::sighandler_t> {
    // SAFETY: querying with a null new action only writes into `old`.
    unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        (libc::sigaction(sig, std::ptr::null(), &mut old) == 0).then_some(old.sa_sigaction)
    }
}

/// Install the default SIGINT handling (Ctrl-C -> KeyboardInterrupt) and the hook
/// that runs Python handlers. Called once at start-up. As in CPython, a SIGINT that
/// the parent process ignores (a background job of a shell script) stays ignored.
pub fn install_default() {
    weft_vm::gil::SIGNAL_HOOK.set(run_pending).ok();
    if os_current(libc::SIGINT) == Some(libc::SIG_IGN) {
        HANDLERS
            .lock()
            .get_or_insert_with(HashMap::new)
            .insert(libc::SIGINT, Value::Int(1));
        return;
    }
    os_install(libc::SIGINT, on_signal as *const () as libc::sighandler_t);
}

fn run_pending(vm: &Vm) -> PyResult<()> {
    // A pending flag without a recorded signal comes from `_thread.interrupt_main()`,
    // which simulates SIGINT.
    if !PENDING.iter().any(|p| p.load(Ordering::SeqCst)) {
        PENDING[libc::SIGINT as usize].store(true, Ordering::SeqCst);
    }
    for sig in 1..NSIG {
        if !PENDING[sig].swap(false, Ordering::SeqCst) {
            continue;
        }
        let h = HANDLERS
            .lock()
            .as_ref()
            .and_then(|m| m.get(&(sig as i32)).cloned());
        match h {
            None => {
                if sig as i32 == libc::SIGINT {
                    return Err(keyboard_interrupt(vm));
                }
            }
            Some(Value::Int(_)) => {}
            Some(f) => {
                if is_default_int_handler(vm, &f) {
                    return Err(keyboard_interrupt(vm));
                }
                vm.call(&f, &[Value::Int(sig as i64), Value::None])?;
            }
        }
    }
    Ok(())
}

/// `KeyboardInterrupt()` with no arguments, as CPython raises it.
fn keyboard_interrupt(vm: &Vm) -> weft_vm::PyErr {
    vm.new_exception(&vm.exc_type("KeyboardInterrupt"), Vec::new())
}

fn is_default_int_handler(vm: &Vm, f: &Value) -> bool {
    matches!(f.payload(), Some(weft_vm::Payload::Builtin(b)) if b.name == "default_int_handler")
        || signal_module_default(vm).is_some_and(|d| d.is(f))
}

/// `signal.default_int_handler` from the Python `signal` module, if it is loaded.
fn signal_module_default(_vm: &Vm) -> Option<Value> {
    let modules = weft_vm::interp::interp().modules();
    let m = weft_vm::interp::module_get(modules, "signal").or_else(|| match &modules.payload {
        weft_vm::Payload::Dict(d) => {
            let k = weft_vm::intern("signal");
            d.get_str(&k, weft_vm::str_hash(&k))
        }
        _ => None,
    })?;
    let Value::Obj(m) = m else { return None };
    weft_vm::interp::module_get(&m, "default_int_handler")
}

fn signum_arg(vm: &Vm, v: Option<&Value>) -> PyResult<i32> {
    let n = crate::sys::index_arg(vm, v.unwrap_or(&Value::None))?;
    if n < 1 || n >= NSIG as i64 {
        return Err(vm.value_error("signal number out of range"));
    }
    Ok(n as i32)
}

fn current(vm: &Vm, sig: i32) -> Value {
    if let Some(h) = HANDLERS.lock().as_ref().and_then(|m| m.get(&sig).cloned()) {
        return h;
    }
    if sig == libc::SIGINT {
        return signal_module_default(vm).unwrap_or_else(|| {
            native(
                "default_int_handler",
                default_int_handler,
                BuiltinKind::Function,
                None,
                None,
            )
        });
    }
    // not set from Python: what the OS has (SIGPIPE is ignored from start-up, as in CPython)
    match os_current(sig) {
        Some(a) if a == libc::SIG_IGN => Value::Int(1),
        _ => Value::Int(0),
    }
}

fn signal(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(vm.type_error(format!("signal expected 2 arguments, got {}", a.len())));
    }
    let sig = signum_arg(vm, a.first())?;
    let h = a[1].clone();
    let mode = match &h {
        Value::Int(0) | Value::Bool(false) => Some(libc::SIG_DFL),
        Value::Int(1) | Value::Bool(true) => Some(libc::SIG_IGN),
        _ if weft_vm::builtins::is_callable(vm, &h) => None,
        _ => {
            return Err(vm.type_error(
                "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
            ))
        }
    };
    if !vm.is_main {
        return Err(vm.value_error("signal only works in main thread of the main interpreter"));
    }
    if sig == libc::SIGKILL || sig == libc::SIGSTOP {
        let t = Value::Obj(vm.exc_type("OSError"));
        let e = vm.call(&t, &[Value::Int(22), new_str("Invalid argument")])?;
        return Err(weft_vm::types::exception::make_raisable(vm, e, None)?);
    }
    let old = current(vm, sig);
    let action = match mode {
        Some(m) => m,
        None if is_default_int_handler(vm, &h) && sig == libc::SIGINT => {
            on_signal as *const () as libc::sighandler_t
        }
        None => on_signal as *const () as libc::sighandler_t,
    };
    if !os_install(sig, action) {
        let t = Value::Obj(vm.exc_type("OSError"));
        let e = vm.call(&t, &[Value::Int(22), new_str("Invalid argument")])?;
        return Err(weft_vm::types::exception::make_raisable(vm, e, None)?);
    }
    HANDLERS
        .lock()
        .get_or_insert_with(HashMap::new)
        .insert(sig, h);
    Ok(old)
}

fn getsignal(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let sig = signum_arg(vm, a.first())?;
    Ok(current(vm, sig))
}

fn default_int_handler(vm: &Vm, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    Err(keyboard_interrupt(vm))
}

fn alarm(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let n = crate::sys::index_arg(vm, a.first().unwrap_or(&Value::None))?;
    // SAFETY: alarm(2) has no memory-safety preconditions.
    Ok(Value::Int(
        unsafe { libc::alarm(n.clamp(0, u32::MAX as i64) as u32) } as i64,
    ))
}

fn set_wakeup_fd(_vm: &Vm, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(-1))
}

fn siginterrupt(_vm: &Vm, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::None)
}

pub fn init(_vm: &Vm) -> PyResult<ObjRef> {
    let m = new_module("_signal");
    let fns: &[(&'static str, NativeFn)] = &[
        ("signal", signal),
        ("getsignal", getsignal),
        ("default_int_handler", default_int_handler),
        ("alarm", alarm),
        ("set_wakeup_fd", set_wakeup_fd),
        ("siginterrupt", siginterrupt),
    ];
    for (n, f) in fns {
        set(&m, n, native(n, *f, BuiltinKind::Function, None, None));
    }
    set(&m, "SIG_DFL", Value::Int(0));
    set(&m, "SIG_IGN", Value::Int(1));
    set(&m, "NSIG", Value::Int(NSIG as i64));
    Ok(m)
}
