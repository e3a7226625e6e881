//! The Python-visible methods and properties of `_io.TextIOWrapper`.

use super::*;

fn t_new(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first() else {
        return Err(vm.type_error("__new__ needs a class"));
    };
    let a = &args[1..];
    let buffer = arg(a, kw, 0, "buffer").cloned().ok_or_else(|| {
        vm.type_error("TextIOWrapper() missing required argument 'buffer' (pos 1)")
    })?;
    let s = |i: usize, n: &str| -> PyResult<Option<String>> {
        match arg(a, kw, i, n) {
            None | Some(Value::None) => Ok(None),
            Some(v) => match v.payload() {
                Some(Payload::Str(s)) => Ok(Some(s.as_str().to_string())),
                _ => Err(vm.type_error(format!(
                    "TextIOWrapper() argument '{n}' must be str or None, not {}",
                    vm.type_name(v)
                ))),
            },
        }
    };
    let encoding = s(1, "encoding")?.unwrap_or_else(|| "UTF-8".into());
    let errors = s(2, "errors")?;
    let newline = s(3, "newline")?;
    let lb = match arg(a, kw, 4, "line_buffering") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let wt = match arg(a, kw, 5, "write_through") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    new_text(
        vm,
        cls,
        buffer,
        &encoding,
        errors.as_deref(),
        newline.as_deref(),
        lb,
        wt,
    )
}

fn t_init(_vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::None)
}

fn t_read(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let n = size_arg(vm, arg(&args[1..], kw, 0, "size"))?;
    me(vm, &args[0])?.read(vm, n)
}

fn t_readline(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let n = size_arg(vm, arg(&args[1..], kw, 0, "size"))?;
    me(vm, &args[0])?.readline(vm, n)
}

fn t_next(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let l = me(vm, &args[0])?.readline(vm, -1)?;
    if matches!(l.payload(), Some(Payload::Str(s)) if s.as_str().is_empty()) {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(l)
}

fn t_readlines(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let t = me(vm, &args[0])?;
    let hint = size_arg(vm, arg(&args[1..], kw, 0, "hint"))?;
    crate::io::collect_lines(hint, false, || {
        let l = t.readline(vm, -1)?;
        let n = match l.payload() {
            Some(Payload::Str(x)) => x.char_len(),
            _ => 0,
        };
        Ok((n > 0).then_some((l, n)))
    })
}

fn t_write(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let t = me(vm, &args[0])?;
    let v = args.get(1).cloned().unwrap_or(Value::None);
    let Some(Payload::Str(s)) = v.payload() else {
        return Err(vm.type_error(format!(
            "write() argument must be str, not {}",
            weft_vm::types::text::arg_type_name(vm, &v)
        )));
    };
    Ok(Value::Int(t.write(vm, s.as_str())? as i64))
}

fn t_flush(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let t = me(vm, &args[0])?;
    t.check_open(vm)?;
    t.bflush(vm)?;
    Ok(Value::None)
}

fn t_tell(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(me(vm, &args[0])?.tell(vm)?))
}

fn t_seek(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let t = me(vm, &args[0])?;
    let a = &args[1..];
    let cookie = match arg(a, kw, 0, "cookie") {
        Some(v) => int_of(v).ok_or_else(|| {
            vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            ))
        })?,
        None => return Err(vm.type_error("seek() takes at least 1 argument (0 given)")),
    };
    let whence = arg(a, kw, 1, "whence").and_then(int_of).unwrap_or(0);
    Ok(Value::Int(t.seek(vm, cookie, whence)?))
}

fn t_truncate(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let t = me(vm, &args[0])?;
    t.check_open(vm)?;
    t.bflush(vm)?;
    let pos = match arg(&args[1..], kw, 0, "pos") {
        None | Some(Value::None) => Value::Int(t.tell(vm)?),
        Some(v) => v.clone(),
    };
    vm.call_method(&t.buffer, "truncate", &[pos])
}

fn t_close(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    me(vm, &args[0])?.close(vm)?;
    Ok(Value::None)
}

fn t_closed(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(me(vm, &args[0])?.is_closed(vm)?))
}

fn t_buffer(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(me(vm, &args[0])?.buffer.clone())
}

fn t_name(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    vm.getattr(&me(vm, &args[0])?.buffer, "name")
}

fn t_encoding(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(new_str(me(vm, &args[0])?.enc_name.as_str()))
}

fn t_errors(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(new_str(me(vm, &args[0])?.errors_name.as_str()))
}

fn t_newlines(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(me(vm, &args[0])?.newlines())
}

fn t_line_buffering(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(
        me(vm, &args[0])?.line_buffering.load(Ordering::Relaxed),
    ))
}

fn t_write_through(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(
        me(vm, &args[0])?.write_through.load(Ordering::Relaxed),
    ))
}

fn delegate(vm: &Vm, args: &[Value], name: &str) -> PyResult<Value> {
    let t = me(vm, &args[0])?;
    if t.is_closed(vm)? {
        return Err(closed_err(vm, false));
    }
    vm.call_method(&t.buffer, name, &[])
}

fn t_fileno(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    delegate(vm, args, "fileno")
}

fn t_isatty(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    delegate(vm, args, "isatty")
}

fn t_readable(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    delegate(vm, args, "readable")
}

fn t_writable(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    delegate(vm, args, "writable")
}

fn t_seekable(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    delegate(vm, args, "seekable")
}

fn t_detach(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let t = me(vm, &args[0])?;
    t.bflush(vm)?;
    Ok(t.buffer.clone())
}

fn t_reconfigure(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let t = me(vm, &args[0])?;
    if let Some(v) = weft_vm::builtins::kwarg(kw, "line_buffering") {
        if !v.is_none() {
            t.line_buffering.store(vm.truthy(v)?, Ordering::Relaxed);
        }
    }
    if let Some(v) = weft_vm::builtins::kwarg(kw, "write_through") {
        if !v.is_none() {
            t.write_through.store(vm.truthy(v)?, Ordering::Relaxed);
        }
    }
    t.bflush(vm)?;
    Ok(Value::None)
}

fn t_repr(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let t = me(vm, &args[0])?;
    let tn = vm.type_name(&args[0]);
    let mut s = format!(
        "<{}",
        if tn == "TextIOWrapper" {
            "_io.TextIOWrapper".to_string()
        } else {
            tn
        }
    );
    if let Ok(n) = vm.getattr(&args[0], "name") {
        s.push_str(&format!(" name={}", vm.repr(&n)?));
    }
    if let Some(m) = args[0]
        .as_obj()
        .and_then(|o| o.dict.as_ref())
        .and_then(|_| vm.getattr(&args[0], "mode").ok())
    {
        s.push_str(&format!(" mode={}", vm.repr(&m)?));
    }
    s.push_str(&format!(" encoding='{}'>", t.enc_name));
    Ok(new_str(s))
}

pub fn install(t: &ObjRef) {
    weft_vm::types::add_staticmethod(t, "__new__", t_new);
    add_method(t, "__init__", t_init);
    add_method(t, "read", t_read);
    add_method(t, "readline", t_readline);
    add_method(t, "readlines", t_readlines);
    add_method(t, "__next__", t_next);
    add_method(t, "write", t_write);
    add_method(t, "flush", t_flush);
    add_method(t, "tell", t_tell);
    add_method(t, "seek", t_seek);
    add_method(t, "truncate", t_truncate);
    add_method(t, "close", t_close);
    add_method(t, "fileno", t_fileno);
    add_method(t, "isatty", t_isatty);
    add_method(t, "readable", t_readable);
    add_method(t, "writable", t_writable);
    add_method(t, "seekable", t_seekable);
    add_method(t, "detach", t_detach);
    add_method(t, "reconfigure", t_reconfigure);
    add_method(t, "__repr__", t_repr);
    for (n, f) in [
        ("closed", t_closed as weft_vm::types::function::NativeFn),
        ("buffer", t_buffer),
        ("name", t_name),
        ("encoding", t_encoding),
        ("errors", t_errors),
        ("newlines", t_newlines),
        ("line_buffering", t_line_buffering),
        ("write_through", t_write_through),
    ] {
        crate::io::add_getter(t, n, f);
    }
}
