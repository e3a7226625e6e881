//! `posix` process and system functions: pids and ids, environment, waiting, `uname`,
//! `times`, `statvfs`, `urandom` (<https://docs.python.org/3.11/library/os.html#process-management>).

use super::*;
use weft_vm::new_tuple_of;

// ----- processes and the system ---------------------------------------------------------

pub(super) fn p_getpid(_vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(unsafe { libc::getpid() } as i64))
}

pub(super) fn p_getppid(_vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(unsafe { libc::getppid() } as i64))
}

pub(super) fn p_ids(_vm: &Vm, args: &[Value], _kw: Kw, which: u8) -> PyResult<Value> {
    let _ = args;
    Ok(Value::Int(unsafe {
        match which {
            0 => libc::getuid() as i64,
            1 => libc::geteuid() as i64,
            2 => libc::getgid() as i64,
            3 => libc::getegid() as i64,
            _ => libc::getpgrp() as i64,
        }
    }))
}

pub(super) fn p_getuid(vm: &Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    p_ids(vm, a, k, 0)
}
pub(super) fn p_geteuid(vm: &Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    p_ids(vm, a, k, 1)
}
pub(super) fn p_getgid(vm: &Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    p_ids(vm, a, k, 2)
}
pub(super) fn p_getegid(vm: &Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    p_ids(vm, a, k, 3)
}
pub(super) fn p_getpgrp(vm: &Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    p_ids(vm, a, k, 4)
}

pub(super) fn p_umask(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let m = int_arg(vm, req(vm, args, kw, 0, "mask", "umask")?)?;
    Ok(Value::Int(unsafe { libc::umask(m as libc::mode_t) } as i64))
}

pub(super) fn p_cpu_count(_vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    Ok(if n < 1 {
        Value::None
    } else {
        Value::Int(n as i64)
    })
}

pub(super) fn p_urandom(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let n = int_arg(vm, req(vm, args, kw, 0, "size", "urandom")?)?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    if fill_random(&mut buf).is_err() {
        return Err(errno_err(vm, None, None));
    }
    Ok(new_bytes(buf))
}

/// Fill `buf` from the system's entropy source (`getrandom(2)`, retried when a signal
/// interrupts it): `os.urandom` and the seeding of `random`'s generators.
pub(crate) fn fill_random(buf: &mut [u8]) -> std::io::Result<()> {
    let mut off = 0;
    while off < buf.len() {
        // SAFETY: the pointer and length name the unfilled tail of `buf`.
        let r = unsafe {
            libc::getrandom(
                buf[off..].as_mut_ptr() as *mut libc::c_void,
                buf.len() - off,
                0,
            )
        };
        if r < 0 {
            let e = std::io::Error::last_os_error();
            if e.kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return Err(e);
        }
        off += r as usize;
    }
    Ok(())
}

pub(super) fn p_strerror(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let n = int_arg(vm, req(vm, args, kw, 0, "code", "strerror")?)?;
    Ok(new_str(strerror(n as i32)))
}

pub(super) fn p_kill(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let pid = int_arg(vm, req(vm, args, kw, 0, "pid", "kill")?)?;
    let sig = int_arg(vm, req(vm, args, kw, 1, "signal", "kill")?)?;
    check(
        vm,
        unsafe { libc::kill(pid as i32, sig as i32) },
        None,
        None,
    )
}

pub(super) fn p_exit(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let n = int_arg(vm, req(vm, args, kw, 0, "status", "_exit")?)?;
    unsafe { libc::_exit(n as i32) }
}

pub(super) fn p_waitpid(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let pid = int_arg(vm, req(vm, args, kw, 0, "pid", "waitpid")?)?;
    let opts = int_arg(vm, req(vm, args, kw, 1, "options", "waitpid")?)?;
    let mut status = 0;
    let r = blocking(vm, || loop {
        let r = unsafe { libc::waitpid(pid as i32, &mut status, opts as i32) };
        if r < 0 && std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
            continue;
        }
        break r;
    });
    if r < 0 {
        return Err(errno_err(vm, None, None));
    }
    Ok(new_tuple_of([
        Value::Int(r as i64),
        Value::Int(status as i64),
    ]))
}

pub(super) fn status_arg(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<i32> {
    Ok(int_arg(vm, req(vm, args, kw, 0, "status", "WIFEXITED")?)? as i32)
}

pub(super) fn p_wifexited(vm: &Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    Ok(Value::Bool(libc::WIFEXITED(status_arg(vm, a, k)?)))
}
pub(super) fn p_wexitstatus(vm: &Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    Ok(Value::Int(libc::WEXITSTATUS(status_arg(vm, a, k)?) as i64))
}
pub(super) fn p_wifsignaled(vm: &Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    Ok(Value::Bool(libc::WIFSIGNALED(status_arg(vm, a, k)?)))
}
pub(super) fn p_wtermsig(vm: &Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    Ok(Value::Int(libc::WTERMSIG(status_arg(vm, a, k)?) as i64))
}
pub(super) fn p_waitstatus_to_exitcode(vm: &Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let s = status_arg(vm, a, k)?;
    if libc::WIFEXITED(s) {
        Ok(Value::Int(libc::WEXITSTATUS(s) as i64))
    } else if libc::WIFSIGNALED(s) {
        Ok(Value::Int(-(libc::WTERMSIG(s) as i64)))
    } else {
        Err(vm.value_error(format!("invalid wait status: {s}")))
    }
}

pub(super) fn p_system(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let cmd = req(vm, args, kw, 0, "command", "system")?;
    let c = cpath(vm, cmd)?;
    let r = blocking(vm, || unsafe { libc::system(c.as_ptr()) });
    Ok(Value::Int(r as i64))
}

pub(super) fn p_uname(vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    check(vm, unsafe { libc::uname(&mut u) }, None, None)?;
    let f = |a: &[libc::c_char]| {
        new_str(
            unsafe { std::ffi::CStr::from_ptr(a.as_ptr()) }
                .to_string_lossy()
                .into_owned(),
        )
    };
    vm.call(
        &classes().uname_result,
        &[new_tuple_of([
            f(&u.sysname),
            f(&u.nodename),
            f(&u.release),
            f(&u.version),
            f(&u.machine),
        ])],
    )
}

pub(super) fn p_times(vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    let mut t: libc::tms = unsafe { std::mem::zeroed() };
    let c = unsafe { libc::times(&mut t) };
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64;
    let v = |x: libc::clock_t| Value::Float(x as f64 / hz);
    vm.call(
        &classes().times_result,
        &[new_tuple_of([
            v(t.tms_utime),
            v(t.tms_stime),
            v(t.tms_cutime),
            v(t.tms_cstime),
            v(c),
        ])],
    )
}

pub(super) fn p_statvfs(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = req(vm, args, kw, 0, "path", "statvfs")?;
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    let r = if let Some(fd) = int_of(p) {
        unsafe { libc::fstatvfs(fd as i32, &mut st) }
    } else {
        let c = cpath(vm, p)?;
        unsafe { libc::statvfs(c.as_ptr(), &mut st) }
    };
    if r < 0 {
        return Err(errno_err(
            vm,
            if int_of(p).is_some() { None } else { Some(p) },
            None,
        ));
    }
    let i = |x: u64| Value::Int(x as i64);
    let f = vec![
        i(st.f_bsize as u64),
        i(st.f_frsize as u64),
        i(st.f_blocks as u64),
        i(st.f_bfree as u64),
        i(st.f_bavail as u64),
        i(st.f_files as u64),
        i(st.f_ffree as u64),
        i(st.f_favail as u64),
        i(st.f_flag as u64),
        i(st.f_namemax as u64),
        i(st.f_fsid as u64),
    ];
    vm.call(&classes().statvfs_result, &[new_tuple(f)])
}

pub(super) fn env_bytes(vm: &Vm, v: &Value) -> PyResult<std::ffi::OsString> {
    use std::os::unix::ffi::OsStringExt;
    let b = match v.payload() {
        Some(Payload::Bytes(b)) => b.to_vec(),
        Some(Payload::Str(s)) => s.as_str().as_bytes().to_vec(),
        _ => return Err(vm.type_error(format!("str expected, not {}", vm.type_name(v)))),
    };
    Ok(std::ffi::OsString::from_vec(b))
}

pub(super) fn p_putenv(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let k = env_bytes(vm, req(vm, args, kw, 0, "name", "putenv")?)?;
    let v = env_bytes(vm, req(vm, args, kw, 1, "value", "putenv")?)?;
    if k.is_empty() || k.as_bytes().contains(&b'=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    std::env::set_var(k, v);
    Ok(Value::None)
}

pub(super) fn p_unsetenv(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let k = env_bytes(vm, req(vm, args, kw, 0, "name", "unsetenv")?)?;
    std::env::remove_var(k);
    Ok(Value::None)
}

pub(super) fn environ(vm: &Vm) -> PyResult<Value> {
    let d = weft_vm::new_dict();
    for (k, v) in std::env::vars_os() {
        weft_vm::ops::setitem(
            vm,
            &d,
            new_bytes(k.as_bytes().to_vec()),
            new_bytes(v.as_bytes().to_vec()),
        )?;
    }
    Ok(d)
}
