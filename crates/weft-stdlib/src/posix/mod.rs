//! `posix`: the operating-system primitives `os` is built on — files and directories,
//! descriptors, processes, the environment (<https://docs.python.org/3.11/library/os.html>).
//! Errors become the `OSError` subclass for their errno, with `filename` set as CPython does.

mod dir;

use crate::io::{arg, blocking, int_of, path_arg, Kw};
use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;
use std::sync::OnceLock;
use weft_vm::payload::Payload;
use weft_vm::types::function::BuiltinKind;
use weft_vm::types::native;
use weft_vm::types::oserror::{os_error, strerror};
use weft_vm::{import, new_bytes, new_list, new_str, new_tuple, ObjRef, PyErr, PyResult, Value, Vm};

struct Classes {
    stat_result: Value,
    terminal_size: Value,
    uname_result: Value,
    times_result: Value,
}

static CLASSES: OnceLock<Classes> = OnceLock::new();

fn classes() -> &'static Classes {
    CLASSES.get().expect("posix initialised")
}

/// errno of the last failed libc call as an OSError with `filename`(s).
fn errno_err(vm: &Vm, f1: Option<&Value>, f2: Option<&Value>) -> PyErr {
    let n = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
    os_error(vm, n, f1.cloned(), f2.cloned())
}

fn cpath(vm: &Vm, v: &Value) -> PyResult<CString> {
    let s: Vec<u8> = match v.payload() {
        Some(Payload::Bytes(b)) => b.to_vec(),
        _ => path_arg(vm, v)?.into_bytes(),
    };
    CString::new(s).map_err(|_| vm.value_error("embedded null byte"))
}

fn req<'a>(vm: &Vm, args: &'a [Value], kw: Kw<'a>, i: usize, name: &str, func: &str) -> PyResult<&'a Value> {
    arg(args, kw, i, name).ok_or_else(|| vm.type_error(format!("{func}() missing required argument '{name}' (pos {})", i + 1)))
}

fn int_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    int_of(v).ok_or_else(|| vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))))
}

fn check(vm: &Vm, r: libc::c_int, f1: Option<&Value>, f2: Option<&Value>) -> PyResult<Value> {
    if r < 0 {
        Err(errno_err(vm, f1, f2))
    } else {
        Ok(Value::None)
    }
}

// ----- stat ------------------------------------------------------------------------

pub(crate) fn stat_value(vm: &Vm, st: &libc::stat) -> PyResult<Value> {
    let t = |s: i64, ns: i64| (Value::Float(s as f64 + ns as f64 * 1e-9), weft_vm::new_bigint(num_bigint::BigInt::from(s) * 1_000_000_000 + ns));
    let (af, ans) = t(st.st_atime, st.st_atime_nsec);
    let (mf, mns) = t(st.st_mtime, st.st_mtime_nsec);
    let (cf, cns) = t(st.st_ctime, st.st_ctime_nsec);
    let fields = vec![
        Value::Int(st.st_mode as i64),
        Value::Int(st.st_ino as i64),
        Value::Int(st.st_dev as i64),
        Value::Int(st.st_nlink as i64),
        Value::Int(st.st_uid as i64),
        Value::Int(st.st_gid as i64),
        Value::Int(st.st_size),
        Value::Int(st.st_atime),
        Value::Int(st.st_mtime),
        Value::Int(st.st_ctime),
        af,
        mf,
        cf,
        ans,
        mns,
        cns,
        Value::Int(st.st_blksize),
        Value::Int(st.st_blocks),
        Value::Int(st.st_rdev as i64),
    ];
    vm.call(&classes().stat_result, &[new_tuple(fields)])
}

pub(crate) fn do_stat(vm: &Vm, path: &Value, follow: bool) -> PyResult<Value> {
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    let r = if let Some(fd) = int_of(path) {
        unsafe { libc::fstat(fd as i32, &mut st) }
    } else {
        let c = cpath(vm, path)?;
        blocking(vm, || unsafe { if follow { libc::stat(c.as_ptr(), &mut st) } else { libc::lstat(c.as_ptr(), &mut st) } })
    };
    if r < 0 {
        return Err(errno_err(vm, if int_of(path).is_some() { None } else { Some(path) }, None));
    }
    stat_value(vm, &st)
}

fn follow_kw(vm: &Vm, kw: Kw) -> PyResult<bool> {
    match weft_vm::builtins::kwarg(kw, "follow_symlinks") {
        Some(v) => vm.truthy(v),
        None => Ok(true),
    }
}

fn p_stat(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = req(vm, args, kw, 0, "path", "stat")?;
    do_stat(vm, p, follow_kw(vm, kw)?)
}

fn p_lstat(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    do_stat(vm, req(vm, args, kw, 0, "path", "lstat")?, false)
}

fn p_fstat(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let fd = int_arg(vm, req(vm, args, kw, 0, "fd", "fstat")?)?;
    do_stat(vm, &Value::Int(fd), true)
}

// ----- files and directories --------------------------------------------------------

fn p_mkdir(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = req(vm, args, kw, 0, "path", "mkdir")?;
    let mode = arg(args, kw, 1, "mode").map(|v| int_arg(vm, v)).transpose()?.unwrap_or(0o777);
    let c = cpath(vm, p)?;
    let r = unsafe { libc::mkdir(c.as_ptr(), mode as libc::mode_t) };
    check(vm, r, Some(p), None)
}

fn path_op(vm: &Vm, args: &[Value], kw: Kw, name: &str, f: unsafe extern "C" fn(*const libc::c_char) -> libc::c_int) -> PyResult<Value> {
    let p = req(vm, args, kw, 0, "path", name)?;
    let c = cpath(vm, p)?;
    let r = blocking(vm, || unsafe { f(c.as_ptr()) });
    check(vm, r, Some(p), None)
}

fn p_rmdir(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    path_op(vm, args, kw, "rmdir", libc::rmdir)
}

fn p_unlink(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    path_op(vm, args, kw, "unlink", libc::unlink)
}

fn p_chdir(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    path_op(vm, args, kw, "chdir", libc::chdir)
}

fn two_paths(vm: &Vm, args: &[Value], kw: Kw, name: &str, n1: &str, n2: &str, f: unsafe extern "C" fn(*const libc::c_char, *const libc::c_char) -> libc::c_int) -> PyResult<Value> {
    let a = req(vm, args, kw, 0, n1, name)?;
    let b = req(vm, args, kw, 1, n2, name)?;
    let (ca, cb) = (cpath(vm, a)?, cpath(vm, b)?);
    let r = blocking(vm, || unsafe { f(ca.as_ptr(), cb.as_ptr()) });
    check(vm, r, Some(a), Some(b))
}

fn p_rename(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    two_paths(vm, args, kw, "rename", "src", "dst", libc::rename)
}

fn p_symlink(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    two_paths(vm, args, kw, "symlink", "src", "dst", libc::symlink)
}

fn p_link(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    two_paths(vm, args, kw, "link", "src", "dst", libc::link)
}

fn p_readlink(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = req(vm, args, kw, 0, "path", "readlink")?;
    let c = cpath(vm, p)?;
    let mut buf = vec![0u8; 4096];
    let n = unsafe { libc::readlink(c.as_ptr(), buf.as_mut_ptr() as *mut libc::c_char, buf.len()) };
    if n < 0 {
        return Err(errno_err(vm, Some(p), None));
    }
    buf.truncate(n as usize);
    Ok(if matches!(p.payload(), Some(Payload::Bytes(_))) { new_bytes(buf) } else { new_str(String::from_utf8_lossy(&buf).into_owned()) })
}

fn p_access(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = req(vm, args, kw, 0, "path", "access")?;
    let mode = int_arg(vm, req(vm, args, kw, 1, "mode", "access")?)?;
    let c = cpath(vm, p)?;
    Ok(Value::Bool(unsafe { libc::access(c.as_ptr(), mode as i32) } == 0))
}

fn p_chmod(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = req(vm, args, kw, 0, "path", "chmod")?;
    let mode = int_arg(vm, req(vm, args, kw, 1, "mode", "chmod")?)?;
    if let Some(fd) = int_of(p) {
        return check(vm, unsafe { libc::fchmod(fd as i32, mode as libc::mode_t) }, None, None);
    }
    let c = cpath(vm, p)?;
    check(vm, unsafe { libc::chmod(c.as_ptr(), mode as libc::mode_t) }, Some(p), None)
}

fn p_utime(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = req(vm, args, kw, 0, "path", "utime")?;
    let times = arg(args, kw, 1, "times").filter(|v| !v.is_none());
    let ns = weft_vm::builtins::kwarg(kw, "ns").filter(|v| !v.is_none());
    let to_ts = |f: f64| libc::timespec { tv_sec: f.floor() as libc::time_t, tv_nsec: ((f - f.floor()) * 1e9).round().min(999_999_999.0) as libc::c_long };
    let ts: Option<[libc::timespec; 2]> = if let Some(t) = times {
        let items = vm.collect(t)?;
        if items.len() != 2 {
            return Err(vm.type_error("utime: 'times' must be either a tuple of two ints or None"));
        }
        let g = |v: &Value| -> PyResult<f64> { weft_vm::types::number::as_float(v).or_else(|| int_of(v).map(|i| i as f64)).ok_or_else(|| vm.type_error("utime: 'times' must be either a tuple of two ints or None")) };
        Some([to_ts(g(&items[0])?), to_ts(g(&items[1])?)])
    } else if let Some(n) = ns {
        let items = vm.collect(n)?;
        if items.len() != 2 {
            return Err(vm.type_error("utime: 'ns' must be a tuple of two ints"));
        }
        let g = |v: &Value| -> PyResult<libc::timespec> {
            let i = vm.str(v)?.parse::<i128>().map_err(|_| vm.type_error("utime: 'ns' must be a tuple of two ints"))?;
            Ok(libc::timespec { tv_sec: i.div_euclid(1_000_000_000) as libc::time_t, tv_nsec: i.rem_euclid(1_000_000_000) as libc::c_long })
        };
        Some([g(&items[0])?, g(&items[1])?])
    } else {
        None
    };
    let c = cpath(vm, p)?;
    let ptr = ts.as_ref().map(|t| t.as_ptr()).unwrap_or(std::ptr::null());
    check(vm, unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), ptr, 0) }, Some(p), None)
}

fn p_truncate(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = req(vm, args, kw, 0, "path", "truncate")?;
    let len = int_arg(vm, req(vm, args, kw, 1, "length", "truncate")?)?;
    if let Some(fd) = int_of(p) {
        return check(vm, unsafe { libc::ftruncate(fd as i32, len) }, None, None);
    }
    let c = cpath(vm, p)?;
    check(vm, unsafe { libc::truncate(c.as_ptr(), len) }, Some(p), None)
}

fn p_getcwd(vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    match std::env::current_dir() {
        Ok(p) => Ok(new_str(p.to_string_lossy().into_owned())),
        Err(e) => Err(weft_vm::types::oserror::from_io(vm, &e, None)),
    }
}

fn p_getcwdb(vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    match std::env::current_dir() {
        Ok(p) => Ok(new_bytes(p.as_os_str().as_bytes().to_vec())),
        Err(e) => Err(weft_vm::types::oserror::from_io(vm, &e, None)),
    }
}

fn p_fspath(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = req(vm, args, kw, 0, "path", "fspath")?;
    match p.payload() {
        Some(Payload::Str(_)) | Some(Payload::Bytes(_)) => Ok(p.clone()),
        _ => match vm.lookup_special(p, "__fspath__") {
            Some(f) => {
                let r = vm.call(&f, &[])?;
                match r.payload() {
                    Some(Payload::Str(_)) | Some(Payload::Bytes(_)) => Ok(r),
                    _ => Err(vm.type_error(format!("expected {}.__fspath__() to return str or bytes, not {}", vm.type_name(p), vm.type_name(&r)))),
                }
            }
            None => Err(vm.type_error(format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(p)))),
        },
    }
}

// ----- descriptors --------------------------------------------------------------------

fn p_open(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = req(vm, args, kw, 0, "path", "open")?;
    let flags = int_arg(vm, req(vm, args, kw, 1, "flags", "open")?)?;
    let mode = arg(args, kw, 2, "mode").map(|v| int_arg(vm, v)).transpose()?.unwrap_or(0o777);
    let c = cpath(vm, p)?;
    let fd = blocking(vm, || unsafe { libc::open(c.as_ptr(), flags as i32 | libc::O_CLOEXEC, mode as libc::c_uint) });
    if fd < 0 {
        return Err(errno_err(vm, Some(p), None));
    }
    Ok(Value::Int(fd as i64))
}

fn p_read(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let fd = int_arg(vm, req(vm, args, kw, 0, "fd", "read")?)? as i32;
    let n = int_arg(vm, req(vm, args, kw, 1, "length", "read")?)?;
    if n < 0 {
        return Err(vm.value_error("negative length"));
    }
    let mut buf = vec![0u8; n as usize];
    let got = crate::io::fileio::sys_read(vm, fd, &mut buf).map_err(|e| weft_vm::types::oserror::from_io(vm, &e, None))?;
    buf.truncate(got);
    Ok(new_bytes(buf))
}

fn p_write(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let fd = int_arg(vm, req(vm, args, kw, 0, "fd", "write")?)? as i32;
    let data = crate::io::bytes_of(vm, req(vm, args, kw, 1, "data", "write")?, "")?;
    let n = blocking(vm, || unsafe { libc::write(fd, data.as_ptr() as *const libc::c_void, data.len()) });
    if n < 0 {
        return Err(errno_err(vm, None, None));
    }
    Ok(Value::Int(n as i64))
}

fn fd_op(vm: &Vm, args: &[Value], kw: Kw, name: &str, f: unsafe extern "C" fn(libc::c_int) -> libc::c_int) -> PyResult<Value> {
    let fd = int_arg(vm, req(vm, args, kw, 0, "fd", name)?)? as i32;
    check(vm, unsafe { f(fd) }, None, None)
}

fn p_close(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    fd_op(vm, args, kw, "close", libc::close)
}

fn p_fsync(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let fd = match args.first() {
        Some(v) if int_of(v).is_none() => vm.call_method(v, "fileno", &[])?,
        _ => req(vm, args, kw, 0, "fd", "fsync")?.clone(),
    };
    fd_op(vm, &[fd], &[], "fsync", libc::fsync)
}

fn p_dup(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let fd = int_arg(vm, req(vm, args, kw, 0, "fd", "dup")?)? as i32;
    let r = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    check(vm, r, None, None)?;
    Ok(Value::Int(r as i64))
}

fn p_dup2(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = int_arg(vm, req(vm, args, kw, 0, "fd", "dup2")?)? as i32;
    let b = int_arg(vm, req(vm, args, kw, 1, "fd2", "dup2")?)? as i32;
    let r = unsafe { libc::dup2(a, b) };
    check(vm, r, None, None)?;
    Ok(Value::Int(r as i64))
}

fn p_pipe(vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    let mut fds = [0i32; 2];
    check(vm, unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) }, None, None)?;
    Ok(new_tuple(vec![Value::Int(fds[0] as i64), Value::Int(fds[1] as i64)]))
}

fn p_lseek(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let fd = int_arg(vm, req(vm, args, kw, 0, "fd", "lseek")?)? as i32;
    let pos = int_arg(vm, req(vm, args, kw, 1, "position", "lseek")?)?;
    let how = int_arg(vm, req(vm, args, kw, 2, "whence", "lseek")?)?;
    crate::io::fileio::sys_lseek(fd, pos, how as i32).map(Value::Int).map_err(|e| weft_vm::types::oserror::from_io(vm, &e, None))
}

fn p_ftruncate(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let fd = int_arg(vm, req(vm, args, kw, 0, "fd", "ftruncate")?)? as i32;
    let len = int_arg(vm, req(vm, args, kw, 1, "length", "ftruncate")?)?;
    check(vm, unsafe { libc::ftruncate(fd, len) }, None, None)
}

fn p_isatty(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let fd = int_arg(vm, req(vm, args, kw, 0, "fd", "isatty")?)? as i32;
    Ok(Value::Bool(crate::io::fileio::isatty(fd)))
}

fn p_device_encoding(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let fd = int_arg(vm, req(vm, args, kw, 0, "fd", "device_encoding")?)? as i32;
    Ok(if crate::io::fileio::isatty(fd) { new_str("UTF-8") } else { Value::None })
}

fn p_get_terminal_size(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let fd = args.first().map(|v| int_arg(vm, v)).transpose()?.unwrap_or(1) as i32;
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) } < 0 {
        return Err(errno_err(vm, None, None));
    }
    vm.call(&classes().terminal_size, &[new_tuple(vec![Value::Int(ws.ws_col as i64), Value::Int(ws.ws_row as i64)])])
}

// ----- processes and the system ---------------------------------------------------------

fn p_getpid(_vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(unsafe { libc::getpid() } as i64))
}

fn p_getppid(_vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(unsafe { libc::getppid() } as i64))
}

fn p_ids(_vm: &Vm, args: &[Value], _kw: Kw, which: u8) -> PyResult<Value> {
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

fn p_getuid(vm: &Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    p_ids(vm, a, k, 0)
}
fn p_geteuid(vm: &Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    p_ids(vm, a, k, 1)
}
fn p_getgid(vm: &Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    p_ids(vm, a, k, 2)
}
fn p_getegid(vm: &Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    p_ids(vm, a, k, 3)
}
fn p_getpgrp(vm: &Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    p_ids(vm, a, k, 4)
}

fn p_umask(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let m = int_arg(vm, req(vm, args, kw, 0, "mask", "umask")?)?;
    Ok(Value::Int(unsafe { libc::umask(m as libc::mode_t) } as i64))
}

fn p_cpu_count(_vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    Ok(if n < 1 { Value::None } else { Value::Int(n as i64) })
}

fn p_urandom(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let n = int_arg(vm, req(vm, args, kw, 0, "size", "urandom")?)?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    let mut off = 0;
    while off < buf.len() {
        let r = unsafe { libc::getrandom(buf[off..].as_mut_ptr() as *mut libc::c_void, buf.len() - off, 0) };
        if r < 0 {
            if std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return Err(errno_err(vm, None, None));
        }
        off += r as usize;
    }
    Ok(new_bytes(buf))
}

fn p_strerror(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let n = int_arg(vm, req(vm, args, kw, 0, "code", "strerror")?)?;
    Ok(new_str(strerror(n as i32)))
}

fn p_kill(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let pid = int_arg(vm, req(vm, args, kw, 0, "pid", "kill")?)?;
    let sig = int_arg(vm, req(vm, args, kw, 1, "signal", "kill")?)?;
    check(vm, unsafe { libc::kill(pid as i32, sig as i32) }, None, None)
}

fn p_exit(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let n = int_arg(vm, req(vm, args, kw, 0, "status", "_exit")?)?;
    unsafe { libc::_exit(n as i32) }
}

fn p_waitpid(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
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
    Ok(new_tuple(vec![Value::Int(r as i64), Value::Int(status as i64)]))
}

fn status_arg(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<i32> {
    Ok(int_arg(vm, req(vm, args, kw, 0, "status", "WIFEXITED")?)? as i32)
}

fn p_wifexited(vm: &Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    Ok(Value::Bool(libc::WIFEXITED(status_arg(vm, a, k)?)))
}
fn p_wexitstatus(vm: &Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    Ok(Value::Int(libc::WEXITSTATUS(status_arg(vm, a, k)?) as i64))
}
fn p_wifsignaled(vm: &Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    Ok(Value::Bool(libc::WIFSIGNALED(status_arg(vm, a, k)?)))
}
fn p_wtermsig(vm: &Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    Ok(Value::Int(libc::WTERMSIG(status_arg(vm, a, k)?) as i64))
}
fn p_waitstatus_to_exitcode(vm: &Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let s = status_arg(vm, a, k)?;
    if libc::WIFEXITED(s) {
        Ok(Value::Int(libc::WEXITSTATUS(s) as i64))
    } else if libc::WIFSIGNALED(s) {
        Ok(Value::Int(-(libc::WTERMSIG(s) as i64)))
    } else {
        Err(vm.value_error(format!("invalid wait status: {s}")))
    }
}

fn p_system(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let cmd = req(vm, args, kw, 0, "command", "system")?;
    let c = cpath(vm, cmd)?;
    let r = blocking(vm, || unsafe { libc::system(c.as_ptr()) });
    Ok(Value::Int(r as i64))
}

fn p_uname(vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    check(vm, unsafe { libc::uname(&mut u) }, None, None)?;
    let f = |a: &[libc::c_char]| new_str(unsafe { std::ffi::CStr::from_ptr(a.as_ptr()) }.to_string_lossy().into_owned());
    vm.call(&classes().uname_result, &[new_tuple(vec![f(&u.sysname), f(&u.nodename), f(&u.release), f(&u.version), f(&u.machine)])])
}

fn p_times(vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    let mut t: libc::tms = unsafe { std::mem::zeroed() };
    let c = unsafe { libc::times(&mut t) };
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64;
    let v = |x: libc::clock_t| Value::Float(x as f64 / hz);
    vm.call(&classes().times_result, &[new_tuple(vec![v(t.tms_utime), v(t.tms_stime), v(t.tms_cutime), v(t.tms_cstime), v(c)])])
}

fn env_bytes(vm: &Vm, v: &Value) -> PyResult<std::ffi::OsString> {
    use std::os::unix::ffi::OsStringExt;
    let b = match v.payload() {
        Some(Payload::Bytes(b)) => b.to_vec(),
        Some(Payload::Str(s)) => s.as_str().as_bytes().to_vec(),
        _ => return Err(vm.type_error(format!("str expected, not {}", vm.type_name(v)))),
    };
    Ok(std::ffi::OsString::from_vec(b))
}

fn p_putenv(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let k = env_bytes(vm, req(vm, args, kw, 0, "name", "putenv")?)?;
    let v = env_bytes(vm, req(vm, args, kw, 1, "value", "putenv")?)?;
    if k.is_empty() || k.as_bytes().contains(&b'=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    std::env::set_var(k, v);
    Ok(Value::None)
}

fn p_unsetenv(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let k = env_bytes(vm, req(vm, args, kw, 0, "name", "unsetenv")?)?;
    std::env::remove_var(k);
    Ok(Value::None)
}

fn environ(vm: &Vm) -> PyResult<Value> {
    let d = weft_vm::new_dict();
    for (k, v) in std::env::vars_os() {
        weft_vm::ops::setitem(vm, &d, new_bytes(k.as_bytes().to_vec()), new_bytes(v.as_bytes().to_vec()))?;
    }
    Ok(d)
}

const PRELUDE: &str = include_str!("structseq.py");

pub fn init(vm: &Vm) -> PyResult<ObjRef> {
    let m = import::new_module("posix");
    import::exec_source(vm, PRELUDE, "<posix>", &m)?;
    let get = |n: &str| weft_vm::interp::module_get(&m, n).unwrap_or(Value::None);
    let _ = CLASSES.set(Classes { stat_result: get("stat_result"), terminal_size: get("terminal_size"), uname_result: get("uname_result"), times_result: get("times_result") });
    let fns: &[(&'static str, weft_vm::types::function::NativeFn)] = &[
        ("stat", p_stat),
        ("lstat", p_lstat),
        ("fstat", p_fstat),
        ("mkdir", p_mkdir),
        ("rmdir", p_rmdir),
        ("unlink", p_unlink),
        ("remove", p_unlink),
        ("rename", p_rename),
        ("replace", p_rename),
        ("symlink", p_symlink),
        ("link", p_link),
        ("readlink", p_readlink),
        ("access", p_access),
        ("chmod", p_chmod),
        ("utime", p_utime),
        ("truncate", p_truncate),
        ("getcwd", p_getcwd),
        ("getcwdb", p_getcwdb),
        ("chdir", p_chdir),
        ("fspath", p_fspath),
        ("listdir", dir::p_listdir),
        ("scandir", dir::p_scandir),
        ("open", p_open),
        ("read", p_read),
        ("write", p_write),
        ("close", p_close),
        ("fsync", p_fsync),
        ("dup", p_dup),
        ("dup2", p_dup2),
        ("pipe", p_pipe),
        ("lseek", p_lseek),
        ("ftruncate", p_ftruncate),
        ("isatty", p_isatty),
        ("device_encoding", p_device_encoding),
        ("get_terminal_size", p_get_terminal_size),
        ("getpid", p_getpid),
        ("getppid", p_getppid),
        ("getuid", p_getuid),
        ("geteuid", p_geteuid),
        ("getgid", p_getgid),
        ("getegid", p_getegid),
        ("getpgrp", p_getpgrp),
        ("umask", p_umask),
        ("cpu_count", p_cpu_count),
        ("urandom", p_urandom),
        ("strerror", p_strerror),
        ("kill", p_kill),
        ("_exit", p_exit),
        ("waitpid", p_waitpid),
        ("WIFEXITED", p_wifexited),
        ("WEXITSTATUS", p_wexitstatus),
        ("WIFSIGNALED", p_wifsignaled),
        ("WTERMSIG", p_wtermsig),
        ("waitstatus_to_exitcode", p_waitstatus_to_exitcode),
        ("system", p_system),
        ("uname", p_uname),
        ("times", p_times),
        ("putenv", p_putenv),
        ("unsetenv", p_unsetenv),
    ];
    for (n, f) in fns {
        import::set(&m, n, native(n, *f, BuiltinKind::Function, None, None));
    }
    let ints: &[(&str, i64)] = &[
        ("F_OK", libc::F_OK as i64),
        ("R_OK", libc::R_OK as i64),
        ("W_OK", libc::W_OK as i64),
        ("X_OK", libc::X_OK as i64),
        ("O_RDONLY", libc::O_RDONLY as i64),
        ("O_WRONLY", libc::O_WRONLY as i64),
        ("O_RDWR", libc::O_RDWR as i64),
        ("O_APPEND", libc::O_APPEND as i64),
        ("O_CREAT", libc::O_CREAT as i64),
        ("O_EXCL", libc::O_EXCL as i64),
        ("O_TRUNC", libc::O_TRUNC as i64),
        ("O_NONBLOCK", libc::O_NONBLOCK as i64),
        ("O_NDELAY", libc::O_NDELAY as i64),
        ("O_SYNC", libc::O_SYNC as i64),
        ("O_DSYNC", libc::O_DSYNC as i64),
        ("O_NOCTTY", libc::O_NOCTTY as i64),
        ("O_CLOEXEC", libc::O_CLOEXEC as i64),
        ("O_DIRECTORY", libc::O_DIRECTORY as i64),
        ("O_NOFOLLOW", libc::O_NOFOLLOW as i64),
        ("O_ACCMODE", libc::O_ACCMODE as i64),
        ("SEEK_SET", 0),
        ("SEEK_CUR", 1),
        ("SEEK_END", 2),
        ("WNOHANG", libc::WNOHANG as i64),
        ("WUNTRACED", libc::WUNTRACED as i64),
        ("EX_OK", 0),
    ];
    for (n, v) in ints {
        import::set(&m, n, Value::Int(*v));
    }
    import::set(&m, "environ", environ(vm)?);
    import::set(&m, "error", Value::Obj(vm.exc_type("OSError")));
    import::set(&m, "DirEntry", Value::Obj(dir::dir_entry_type().clone()));
    import::set(&m, "_have_functions", new_list(vec![]));
    Ok(m)
}
