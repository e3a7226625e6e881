//! `sys.stdin` until the io module provides a real text stream: a minimal readable text
//! stream over the process's standard input (`readline`, `read`, iteration, `isatty`,
//! `fileno`). <https://docs.python.org/3.11/library/sys.html#sys.stdin>

use crate::sys::index_arg;
use parking_lot::Mutex;
use std::io::{BufRead, Read};
use weft_vm::builtins::str_arg;
use weft_vm::payload::{Native, Payload};
use weft_vm::{new_list, new_str, ObjRef, PyResult, Value, Vm};

type Kw<'a> = &'a [(Value, Value)];

pub fn new_stdin() -> Value {
    Value::Obj(ObjRef::new_immortal(
        stdin_type().clone(),
        None,
        Payload::Native(Box::new(Stdin {
            pending: Mutex::new(String::new()),
        })),
    ))
}

fn noop(_vm: &Vm, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::None)
}

/// A minimal readable text stream over the process's standard input.
struct Stdin {
    /// Decoded text read ahead of what the program has consumed.
    pending: Mutex<String>,
}

impl Native for Stdin {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn stdin_type() -> &'static ObjRef {
    static T: std::sync::OnceLock<ObjRef> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let t = weft_vm::builtins::new_builtin_type("_StdinStream");
        for (n, v) in [
            ("name", new_str("<stdin>")),
            ("encoding", new_str("utf-8")),
            ("errors", new_str("strict")),
            ("mode", new_str("r")),
            ("closed", Value::Bool(false)),
        ] {
            weft_vm::types::set_type_attr(&t, n, v);
        }
        weft_vm::types::add_method(&t, "readline", stdin_readline);
        weft_vm::types::add_method(&t, "readlines", stdin_readlines);
        weft_vm::types::add_method(&t, "read", stdin_read);
        weft_vm::types::add_method(&t, "__iter__", stdin_iter);
        weft_vm::types::add_method(&t, "__next__", stdin_next);
        weft_vm::types::add_method(&t, "isatty", stdin_isatty);
        weft_vm::types::add_method(&t, "fileno", stdin_fileno);
        weft_vm::types::add_method(&t, "readable", stdin_readable);
        weft_vm::types::add_method(&t, "close", noop);
        weft_vm::types::add_method(&t, "__enter__", stdin_iter);
        weft_vm::types::add_method(&t, "__exit__", noop);
        t
    })
}

fn stdin_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Stdin> {
    v.payload()
        .and_then(|p| p.native::<Stdin>())
        .ok_or_else(|| vm.type_error("expected sys.stdin"))
}

fn read_line_raw(vm: &Vm) -> String {
    weft_vm::gil::allow_threads(vm, weft_vm::timeline::State::Io, || {
        let mut buf = Vec::new();
        let _ = std::io::stdin().lock().read_until(b'\n', &mut buf);
        String::from_utf8_lossy(&buf).into_owned()
    })
}

fn size_arg(vm: &Vm, a: &[Value]) -> PyResult<i64> {
    match a.get(1) {
        None | Some(Value::None) => Ok(-1),
        Some(v) => index_arg(vm, v),
    }
}

fn stdin_readline(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = stdin_of(vm, &a[0])?;
    let limit = size_arg(vm, a)?;
    let mut pending = std::mem::take(&mut *s.pending.lock());
    if !pending.contains('\n') {
        pending.push_str(&read_line_raw(vm));
    }
    let mut end = pending.find('\n').map(|i| i + 1).unwrap_or(pending.len());
    if limit >= 0 {
        end = pending
            .char_indices()
            .nth(limit as usize)
            .map(|(i, _)| i)
            .unwrap_or(pending.len())
            .min(end);
    }
    let rest = pending.split_off(end);
    *s.pending.lock() = rest;
    Ok(new_str(pending))
}

fn stdin_readlines(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let mut out = Vec::new();
    loop {
        let l = stdin_readline(vm, &a[..1], &[])?;
        if str_arg(&l).is_none_or(|s| s.is_empty()) {
            break;
        }
        out.push(l);
    }
    Ok(new_list(out))
}

fn stdin_read(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = stdin_of(vm, &a[0])?;
    let n = size_arg(vm, a)?;
    let mut text = std::mem::take(&mut *s.pending.lock());
    if n < 0 {
        let rest = weft_vm::gil::allow_threads(vm, weft_vm::timeline::State::Io, || {
            let mut buf = Vec::new();
            let _ = std::io::stdin().lock().read_to_end(&mut buf);
            String::from_utf8_lossy(&buf).into_owned()
        });
        text.push_str(&rest);
        return Ok(new_str(text));
    }
    while text.chars().count() < n as usize {
        let l = read_line_raw(vm);
        if l.is_empty() {
            break;
        }
        text.push_str(&l);
    }
    let cut = text
        .char_indices()
        .nth(n as usize)
        .map(|(i, _)| i)
        .unwrap_or(text.len());
    *s.pending.lock() = text.split_off(cut);
    Ok(new_str(text))
}

fn stdin_iter(_vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(a[0].clone())
}

fn stdin_next(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let l = stdin_readline(vm, &a[..1], &[])?;
    if str_arg(&l).is_none_or(|s| s.is_empty()) {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(l)
}

fn stdin_isatty(_vm: &Vm, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    use std::io::IsTerminal;
    Ok(Value::Bool(std::io::stdin().is_terminal()))
}

fn stdin_fileno(_vm: &Vm, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(0))
}

fn stdin_readable(_vm: &Vm, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(true))
}
