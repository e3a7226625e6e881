//! `posix` file-descriptor functions: open/read/write/close/lseek/dup/pipe, terminal queries
//! (<https://docs.python.org/3.11/library/os.html#file-descriptor-operations>).

use super::*;
use weft_vm::new_tuple_of;

// ----- descriptors --------------------------------------------------------------------

pub(super) fn p_open(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = req(vm, args, kw, 0, "path", "open")?;
    let flags = int_arg(vm, req(vm, args, kw, 1, "flags", "open")?)?;
    let mode = arg(args, kw, 2, "mode")
        .map(|v| int_arg(vm, v))
        .transpose()?
        .unwrap_or(0o777);
    let c = cpath(vm, p)?;
    let fd = blocking(vm, || unsafe {
        libc::open(
            c.as_ptr(),
            flags as i32 | libc::O_CLOEXEC,
            mode as libc::c_uint,
        )
    });
    if fd < 0 {
        return Err(errno_err(vm, Some(p), None));
    }
    Ok(Value::Int(fd as i64))
}

pub(super) fn p_read(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let fd = int_arg(vm, req(vm, args, kw, 0, "fd", "read")?)? as i32;
    let n = int_arg(vm, req(vm, args, kw, 1, "length", "read")?)?;
    if n < 0 {
        return Err(vm.value_error("negative length"));
    }
    let mut buf = vec![0u8; n as usize];
    let got = crate::io::fileio::sys_read(vm, fd, &mut buf)
        .map_err(|e| weft_vm::types::oserror::from_io(vm, &e, None))?;
    buf.truncate(got);
    Ok(new_bytes(buf))
}

pub(super) fn p_write(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let fd = int_arg(vm, req(vm, args, kw, 0, "fd", "write")?)? as i32;
    let data = crate::io::bytes_of(vm, req(vm, args, kw, 1, "data", "write")?, "")?;
    let n = blocking(vm, || unsafe {
        libc::write(fd, data.as_ptr() as *const libc::c_void, data.len())
    });
    if n < 0 {
        return Err(errno_err(vm, None, None));
    }
    Ok(Value::Int(n as i64))
}

pub(super) fn fd_op(
    vm: &Vm,
    args: &[Value],
    kw: Kw,
    name: &str,
    f: unsafe extern "C" fn(libc::c_int) -> libc::c_int,
) -> PyResult<Value> {
    let fd = int_arg(vm, req(vm, args, kw, 0, "fd", name)?)? as i32;
    check(vm, unsafe { f(fd) }, None, None)
}

pub(super) fn p_close(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    fd_op(vm, args, kw, "close", libc::close)
}

pub(super) fn p_fsync(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let fd = match args.first() {
        Some(v) if int_of(v).is_none() => vm.call_method(v, "fileno", &[])?,
        _ => req(vm, args, kw, 0, "fd", "fsync")?.clone(),
    };
    fd_op(vm, &[fd], &[], "fsync", libc::fsync)
}

pub(super) fn p_dup(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let fd = int_arg(vm, req(vm, args, kw, 0, "fd", "dup")?)? as i32;
    let r = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    check(vm, r, None, None)?;
    Ok(Value::Int(r as i64))
}

pub(super) fn p_dup2(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = int_arg(vm, req(vm, args, kw, 0, "fd", "dup2")?)? as i32;
    let b = int_arg(vm, req(vm, args, kw, 1, "fd2", "dup2")?)? as i32;
    let r = unsafe { libc::dup2(a, b) };
    check(vm, r, None, None)?;
    Ok(Value::Int(r as i64))
}

pub(super) fn p_pipe(vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    let mut fds = [0i32; 2];
    check(
        vm,
        unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) },
        None,
        None,
    )?;
    Ok(new_tuple_of([
        Value::Int(fds[0] as i64),
        Value::Int(fds[1] as i64),
    ]))
}

pub(super) fn p_lseek(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let fd = int_arg(vm, req(vm, args, kw, 0, "fd", "lseek")?)? as i32;
    let pos = int_arg(vm, req(vm, args, kw, 1, "position", "lseek")?)?;
    let how = int_arg(vm, req(vm, args, kw, 2, "whence", "lseek")?)?;
    crate::io::fileio::sys_lseek(fd, pos, how as i32)
        .map(Value::Int)
        .map_err(|e| weft_vm::types::oserror::from_io(vm, &e, None))
}

pub(super) fn p_ftruncate(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let fd = int_arg(vm, req(vm, args, kw, 0, "fd", "ftruncate")?)? as i32;
    let len = int_arg(vm, req(vm, args, kw, 1, "length", "ftruncate")?)?;
    check(vm, unsafe { libc::ftruncate(fd, len) }, None, None)
}

pub(super) fn p_isatty(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let fd = int_arg(vm, req(vm, args, kw, 0, "fd", "isatty")?)? as i32;
    Ok(Value::Bool(crate::io::fileio::isatty(fd)))
}

pub(super) fn p_device_encoding(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let fd = int_arg(vm, req(vm, args, kw, 0, "fd", "device_encoding")?)? as i32;
    Ok(if crate::io::fileio::isatty(fd) {
        new_str("UTF-8")
    } else {
        Value::None
    })
}

pub(super) fn p_get_terminal_size(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let fd = args
        .first()
        .map(|v| int_arg(vm, v))
        .transpose()?
        .unwrap_or(1) as i32;
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) } < 0 {
        return Err(errno_err(vm, None, None));
    }
    vm.call(
        &classes().terminal_size,
        &[new_tuple_of([
            Value::Int(ws.ws_col as i64),
            Value::Int(ws.ws_row as i64),
        ])],
    )
}
