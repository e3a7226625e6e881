//! The text streams behind `sys.stdout` and `sys.stderr` until the `io` module replaces
//! them: each `write` call takes the stream's lock once, so one `print()` is never
//! interleaved with another thread's.

use crate::payload::{Native, Payload};
use crate::types::{add_method, types};
use crate::value::Value;
use crate::vm::Vm;
use crate::{ObjRef, PyResult};
use parking_lot::Mutex;
use std::io::Write;

pub struct StdStream {
    pub fd: i32,
    pub buf: Mutex<Vec<u8>>,
    pub line_buffered: bool,
}

impl Native for StdStream {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl StdStream {
    pub fn write_bytes(&self, b: &[u8]) {
        let mut g = self.buf.lock();
        g.extend_from_slice(b);
        if self.fd == 2 || (self.line_buffered && b.contains(&b'\n')) || g.len() > 8192 {
            flush_buf(self.fd, &mut g);
        }
    }
    pub fn flush(&self) {
        flush_buf(self.fd, &mut self.buf.lock());
    }
}

fn flush_buf(fd: i32, g: &mut Vec<u8>) {
    if g.is_empty() {
        return;
    }
    let r = if fd == 1 {
        let mut o = std::io::stdout().lock();
        o.write_all(g).and_then(|_| o.flush())
    } else {
        let mut o = std::io::stderr().lock();
        o.write_all(g).and_then(|_| o.flush())
    };
    let _ = r;
    g.clear();
}

fn stream(v: &Value) -> Option<&StdStream> {
    v.payload().and_then(|p| p.native::<StdStream>())
}

fn s_write(vm: &Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = match args.get(1).and_then(|v| v.payload()) {
        Some(Payload::Str(s)) => s,
        _ => {
            return Err(vm.type_error(format!(
                "write() argument must be str, not {}",
                args.get(1)
                    .map(|a| crate::types::text::arg_type_name(vm, a))
                    .unwrap_or_default()
            )))
        }
    };
    if let Some(st) = stream(&args[0]) {
        st.write_bytes(s.as_str().as_bytes());
    }
    Ok(Value::Int(s.char_len() as i64))
}

fn s_flush(_vm: &Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if let Some(st) = stream(&args[0]) {
        st.flush();
    }
    Ok(Value::None)
}

fn s_fileno(_vm: &Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::Int(
        stream(&args[0]).map(|s| s.fd as i64).unwrap_or(-1),
    ))
}

fn s_isatty(_vm: &Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let fd = stream(&args[0]).map(|s| s.fd).unwrap_or(-1);
    use std::io::IsTerminal;
    Ok(Value::Bool(if fd == 1 {
        std::io::stdout().is_terminal()
    } else {
        std::io::stderr().is_terminal()
    }))
}

static TYPE: std::sync::OnceLock<ObjRef> = std::sync::OnceLock::new();

pub fn stream_type() -> &'static ObjRef {
    TYPE.get_or_init(|| {
        let t = crate::builtins::new_builtin_type("_StdStream");
        add_method(&t, "write", s_write);
        add_method(&t, "flush", s_flush);
        add_method(&t, "fileno", s_fileno);
        add_method(&t, "isatty", s_isatty);
        t
    })
}

pub fn new_stream(fd: i32, line_buffered: bool) -> Value {
    let _ = types();
    let o = ObjRef::new(
        stream_type().clone(),
        None,
        Payload::Native(Box::new(StdStream {
            fd,
            buf: Mutex::new(Vec::new()),
            line_buffered,
        })),
    );
    o.make_immortal();
    Value::Obj(o)
}

/// Flush both standard streams (at exit).
pub fn flush_all(out: &Value, err: &Value) {
    if let Some(s) = stream(out) {
        s.flush();
    }
    if let Some(s) = stream(err) {
        s.flush();
    }
}
