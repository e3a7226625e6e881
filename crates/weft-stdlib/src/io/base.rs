//! The abstract `IOBase`, `RawIOBase`, `BufferedIOBase` and `TextIOBase` classes with the
//! default method implementations Python subclasses inherit
//! (<https://docs.python.org/3.11/library/io.html#class-hierarchy>).

use super::{arg, closed_err, io_types, size_arg, unsupported, IoTypes, Kw, DEFAULT_BUFFER_SIZE};
use weft_vm::payload::Payload;
use weft_vm::types::{add_method, types};
use weft_vm::{new_bytes, ObjRef, PyResult, Value, Vm};

const CLOSED_KEY: &str = "__IOBase_closed";

fn is_closed(vm: &Vm, v: &Value) -> PyResult<bool> {
    let c = vm.getattr(v, "closed")?;
    vm.truthy(&c)
}

fn check_closed(vm: &Vm, v: &Value) -> PyResult<()> {
    if is_closed(vm, v)? {
        return Err(closed_err(vm, true));
    }
    Ok(())
}

fn enter(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_closed(vm, &args[0])?;
    Ok(args[0].clone())
}

fn exit(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    vm.call_method(&args[0], "close", &[])?;
    Ok(Value::None)
}

fn iter(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_closed(vm, &args[0])?;
    Ok(args[0].clone())
}

fn is_empty(v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Str(s)) => s.as_str().is_empty(),
        Some(Payload::Bytes(b)) => b.is_empty(),
        Some(Payload::ByteArray(b)) => b.read().is_empty(),
        _ => v.is_none(),
    }
}

fn next(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let l = vm.call_method(&args[0], "readline", &[])?;
    if is_empty(&l) {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(l)
}

fn readline(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let limit = size_arg(vm, arg(&args[1..], kw, 0, "size"))?;
    let mut out = Vec::new();
    while limit < 0 || (out.len() as i64) < limit {
        let b = vm.call_method(&args[0], "read", &[Value::Int(1)])?;
        let b = match b.payload() {
            Some(Payload::Bytes(b)) => b.to_vec(),
            Some(Payload::ByteArray(b)) => b.read().clone(),
            _ => Vec::new(),
        };
        if b.is_empty() {
            break;
        }
        out.extend_from_slice(&b);
        if b.ends_with(b"\n") {
            break;
        }
    }
    Ok(new_bytes(out))
}

fn readlines(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let hint = size_arg(vm, arg(&args[1..], kw, 0, "hint"))?;
    super::collect_lines(hint, false, || {
        match vm.call_method(&args[0], "__next__", &[]) {
            Ok(l) => {
                let n = weft_vm::ops::len(vm, &l).unwrap_or(0);
                Ok(Some((l, n)))
            }
            Err(e) if vm.err_matches(&e, "StopIteration") => Ok(None),
            Err(e) => Err(e),
        }
    })
}

fn writelines(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_closed(vm, &args[0])?;
    let it = vm.iter(args.get(1).unwrap_or(&Value::None))?;
    while let Some(l) = vm.next(&it)? {
        vm.call_method(&args[0], "write", &[l])?;
    }
    Ok(Value::None)
}

fn close(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if !is_closed(vm, &args[0])? {
        let r = vm.call_method(&args[0], "flush", &[]);
        if let Some(o) = args[0].as_obj() {
            vm.set_attr_raw(o, CLOSED_KEY, Value::Bool(true))?;
        }
        r?;
    }
    Ok(Value::None)
}

fn closed(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let d = args[0].as_obj().and_then(|o| o.dict.get());
    if let Some(d) = d {
        if let Payload::Dict(d) = &d.payload {
            let k = weft_vm::intern(CLOSED_KEY);
            return Ok(Value::Bool(d.get_str(&k, weft_vm::str_hash(&k)).is_some()));
        }
    }
    Ok(Value::Bool(false))
}

fn flush(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_closed(vm, &args[0])?;
    Ok(Value::None)
}

fn false_(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_closed(vm, &args[0])?;
    Ok(Value::Bool(false))
}

fn none(_vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::None)
}

fn init(_vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::None)
}

macro_rules! unsupported_fn {
    ($name:ident, $msg:literal) => {
        fn $name(vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
            Err(unsupported(vm, $msg))
        }
    };
}
unsupported_fn!(u_fileno, "fileno");
unsupported_fn!(u_seek, "seek");
unsupported_fn!(u_truncate, "truncate");
unsupported_fn!(u_read, "read");
unsupported_fn!(u_read1, "read1");
unsupported_fn!(u_write, "write");
unsupported_fn!(u_detach, "detach");
unsupported_fn!(u_readline, "readline");

fn tell(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    vm.call_method(&args[0], "seek", &[Value::Int(0), Value::Int(1)])
}

fn raw_read(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let n = size_arg(vm, arg(&args[1..], kw, 0, "size"))?;
    if n < 0 {
        return vm.call_method(&args[0], "readall", &[]);
    }
    let ba = Value::Obj(ObjRef::new(
        types().bytearray.clone(),
        None,
        Payload::ByteArray(parking_lot::RwLock::new(vec![0u8; n as usize])),
    ));
    let got = vm.call_method(&args[0], "readinto", std::slice::from_ref(&ba))?;
    let Some(k) = super::int_of(&got) else {
        return Ok(Value::None);
    };
    let data = match ba.payload() {
        Some(Payload::ByteArray(b)) => b.read()[..(k.max(0) as usize).min(n as usize)].to_vec(),
        _ => Vec::new(),
    };
    Ok(new_bytes(data))
}

fn raw_readall(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let mut out = Vec::new();
    loop {
        let b = vm.call_method(&args[0], "read", &[Value::Int(DEFAULT_BUFFER_SIZE as i64)])?;
        if b.is_none() {
            if out.is_empty() {
                return Ok(Value::None);
            }
            break;
        }
        let b = super::bytes_of(vm, &b, "")?;
        if b.is_empty() {
            break;
        }
        out.extend_from_slice(&b);
    }
    Ok(new_bytes(out))
}

fn buffered_readinto(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(Payload::ByteArray(dst)) = args.get(1).and_then(|v| v.payload()) else {
        return Err(vm.type_error("readinto() argument must be read-write bytes-like object"));
    };
    let n = dst.read().len();
    let data = vm.call_method(&args[0], "read", &[Value::Int(n as i64)])?;
    let data = super::bytes_of(vm, &data, "")?;
    dst.write()[..data.len()].copy_from_slice(&data);
    Ok(Value::Int(data.len() as i64))
}

pub fn install(t: &IoTypes) {
    let _ = io_types;
    let b = &t.iobase;
    add_method(b, "__init__", init);
    add_method(b, "__enter__", enter);
    add_method(b, "__exit__", exit);
    add_method(b, "__iter__", iter);
    add_method(b, "__next__", next);
    add_method(b, "readline", readline);
    add_method(b, "readlines", readlines);
    add_method(b, "writelines", writelines);
    add_method(b, "close", close);
    add_method(b, "flush", flush);
    add_method(b, "readable", false_);
    add_method(b, "writable", false_);
    add_method(b, "seekable", false_);
    add_method(b, "isatty", false_);
    add_method(b, "fileno", u_fileno);
    add_method(b, "seek", u_seek);
    add_method(b, "truncate", u_truncate);
    add_method(b, "tell", tell);
    super::add_getter(b, "closed", closed);

    add_method(&t.rawiobase, "read", raw_read);
    add_method(&t.rawiobase, "readall", raw_readall);

    let bb = &t.bufferediobase;
    add_method(bb, "read", u_read);
    add_method(bb, "read1", u_read1);
    add_method(bb, "write", u_write);
    add_method(bb, "detach", u_detach);
    add_method(bb, "readinto", buffered_readinto);

    let tb = &t.textiobase;
    add_method(tb, "read", u_read);
    add_method(tb, "readline", u_readline);
    add_method(tb, "write", u_write);
    add_method(tb, "detach", u_detach);
    super::add_getter(tb, "encoding", none);
    super::add_getter(tb, "newlines", none);
    super::add_getter(tb, "errors", none);
}
