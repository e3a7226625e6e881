//! `_io.BytesIO`: an in-memory bytes stream (<https://docs.python.org/3.11/library/io.html#io.BytesIO>).

use super::*;

#[derive(Default)]
struct BState {
    buf: Vec<u8>,
    pos: usize,
    closed: bool,
}

pub struct BytesIO {
    st: Mutex<BState>,
}

impl Native for BytesIO {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn bst<'a>(vm: &Vm, v: &'a Value) -> PyResult<parking_lot::MutexGuard<'a, BState>> {
    let b = this::<BytesIO>(vm, v, "BytesIO")?;
    let st = lock(vm, &b.st);
    if st.closed {
        return Err(closed_err(vm, true));
    }
    Ok(st)
}

fn b_new(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first() else {
        return Err(vm.type_error("__new__ needs a class"));
    };
    // BytesIO itself takes its content here; a subclass gets it from __init__ (so its
    // own __init__ may take other arguments and call super().__init__(...))
    let exact = cls.ptr_eq(&crate::io::io_types().bytesio);
    let init = match arg(&args[1..], kw, 0, "initial_bytes") {
        Some(v) if exact && !v.is_none() => bytes_of(vm, v, "")?,
        _ => Vec::new(),
    };
    Ok(crate::io::alloc(
        cls,
        BytesIO {
            st: Mutex::new(BState {
                buf: init,
                pos: 0,
                closed: false,
            }),
        },
    ))
}

/// `BytesIO.__init__(initial_bytes=b'')`: (re)sets the content of a subclass instance.
fn b_init(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(me) = args.first() else {
        return Ok(Value::None);
    };
    if vm.type_of(me).ptr_eq(&crate::io::io_types().bytesio) {
        return Ok(Value::None);
    }
    let init = match arg(&args[1..], kw, 0, "initial_bytes") {
        None | Some(Value::None) => Vec::new(),
        Some(v) => bytes_of(vm, v, "")?,
    };
    let mut st = bst(vm, me)?;
    st.buf = init;
    st.pos = 0;
    Ok(Value::None)
}

fn b_read(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let n = size_arg(vm, arg(&args[1..], kw, 0, "size"))?;
    let mut st = bst(vm, &args[0])?;
    let start = st.pos.min(st.buf.len());
    let end = if n < 0 {
        st.buf.len()
    } else {
        (start + n as usize).min(st.buf.len())
    };
    let out = st.buf[start..end].to_vec();
    st.pos = end.max(st.pos);
    Ok(new_bytes(out))
}

fn b_readline_inner(vm: &Vm, v: &Value, limit: i64) -> PyResult<Vec<u8>> {
    let mut st = bst(vm, v)?;
    let start = st.pos.min(st.buf.len());
    let rest = &st.buf[start..];
    let mut end = memchr::memchr(b'\n', rest)
        .map(|i| i + 1)
        .unwrap_or(rest.len());
    if limit >= 0 {
        end = end.min(limit as usize);
    }
    let out = rest[..end].to_vec();
    st.pos = start + end;
    Ok(out)
}

fn b_readline(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let n = size_arg(vm, arg(&args[1..], kw, 0, "size"))?;
    Ok(new_bytes(b_readline_inner(vm, &args[0], n)?))
}

fn b_next(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let l = b_readline_inner(vm, &args[0], -1)?;
    if l.is_empty() {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(new_bytes(l))
}

fn b_readlines(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let hint = size_arg(vm, arg(&args[1..], kw, 0, "hint"))?;
    crate::io::collect_lines(hint, true, || {
        let l = b_readline_inner(vm, &args[0], -1)?;
        Ok((!l.is_empty()).then(|| {
            let n = l.len();
            (new_bytes(l), n)
        }))
    })
}

fn b_readinto(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(Payload::ByteArray(dst)) = args.get(1).and_then(|v| v.payload()) else {
        return Err(vm.type_error("readinto() argument must be read-write bytes-like object"));
    };
    let mut st = bst(vm, &args[0])?;
    let mut d = dst.write();
    let start = st.pos.min(st.buf.len());
    let n = d.len().min(st.buf.len() - start);
    d[..n].copy_from_slice(&st.buf[start..start + n]);
    st.pos = start + n;
    Ok(Value::Int(n as i64))
}

fn b_write(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let data = bytes_of(vm, args.get(1).unwrap_or(&Value::None), "")?;
    let mut st = bst(vm, &args[0])?;
    let pos = st.pos;
    if pos > st.buf.len() {
        st.buf.resize(pos, 0);
    }
    let end = pos + data.len();
    if end > st.buf.len() {
        st.buf.resize(end, 0);
    }
    st.buf[pos..end].copy_from_slice(&data);
    st.pos = end;
    Ok(Value::Int(data.len() as i64))
}

fn b_writelines(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    for l in vm.collect(args.get(1).unwrap_or(&Value::None))? {
        b_write(vm, &[args[0].clone(), l], &[])?;
    }
    Ok(Value::None)
}

fn b_getvalue(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(new_bytes(bst(vm, &args[0])?.buf.clone()))
}

fn b_getbuffer(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let data = new_bytes(bst(vm, &args[0])?.buf.clone());
    vm.call(
        &Value::Obj(weft_vm::types::types().memoryview.clone()),
        &[data],
    )
}

fn b_tell(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(bst(vm, &args[0])?.pos as i64))
}

fn b_seek(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let pos = arg(&args[1..], kw, 0, "pos")
        .and_then(int_of)
        .ok_or_else(|| vm.type_error("an integer is required"))?;
    let whence = arg(&args[1..], kw, 1, "whence")
        .and_then(int_of)
        .unwrap_or(0);
    let mut st = bst(vm, &args[0])?;
    let new = match whence {
        0 if pos < 0 => return Err(vm.value_error(format!("negative seek value {pos}"))),
        0 => pos,
        1 => (st.pos as i64 + pos).max(0),
        2 => (st.buf.len() as i64 + pos).max(0),
        _ => return Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    };
    st.pos = new as usize;
    Ok(Value::Int(new))
}

fn b_truncate(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let mut st = bst(vm, &args[0])?;
    let size = match arg(&args[1..], kw, 0, "size") {
        None | Some(Value::None) => st.pos as i64,
        Some(v) => int_of(v).ok_or_else(|| vm.type_error("an integer is required"))?,
    };
    if size < 0 {
        return Err(vm.value_error(format!("negative size value {size}")));
    }
    if (size as usize) < st.buf.len() {
        st.buf.truncate(size as usize);
    }
    Ok(Value::Int(size))
}

fn b_close(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let b = this::<BytesIO>(vm, &args[0], "BytesIO")?;
    let mut st = lock(vm, &b.st);
    st.closed = true;
    st.buf = Vec::new();
    Ok(Value::None)
}

fn b_closed(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(
        lock(vm, &this::<BytesIO>(vm, &args[0], "BytesIO")?.st).closed,
    ))
}

fn b_true(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let _g = bst(vm, &args[0])?;
    Ok(Value::Bool(true))
}

fn b_flush(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let _g = bst(vm, &args[0])?;
    Ok(Value::None)
}

fn b_isatty(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let _g = bst(vm, &args[0])?;
    Ok(Value::Bool(false))
}

pub(super) fn fileno_unsupported(vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Err(unsupported(vm, "fileno"))
}

pub(super) fn install(b: &weft_vm::ObjRef) {
    weft_vm::types::add_staticmethod(b, "__new__", b_new);
    add_method(b, "__init__", b_init);
    add_method(b, "read", b_read);
    add_method(b, "read1", b_read);
    add_method(b, "readline", b_readline);
    add_method(b, "readlines", b_readlines);
    add_method(b, "readinto", b_readinto);
    add_method(b, "__next__", b_next);
    add_method(b, "write", b_write);
    add_method(b, "writelines", b_writelines);
    add_method(b, "getvalue", b_getvalue);
    add_method(b, "getbuffer", b_getbuffer);
    add_method(b, "tell", b_tell);
    add_method(b, "seek", b_seek);
    add_method(b, "truncate", b_truncate);
    add_method(b, "close", b_close);
    add_method(b, "readable", b_true);
    add_method(b, "writable", b_true);
    add_method(b, "seekable", b_true);
    add_method(b, "flush", b_flush);
    add_method(b, "isatty", b_isatty);
    add_method(b, "fileno", fileno_unsupported);
    crate::io::add_getter(b, "closed", b_closed);
}
