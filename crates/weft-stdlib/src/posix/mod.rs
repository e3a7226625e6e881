//! `posix`: the operating-system primitives `os` is built on — files and directories,
//! descriptors, processes, the environment (<https://docs.python.org/3.11/library/os.html>).
//! Errors become the `OSError` subclass for their errno, with `filename` set as CPython does.

mod dir;
mod fd;
mod proc;

use fd::*;
pub(crate) use proc::fill_random;
use proc::*;

use crate::io::{arg, blocking, int_of, path_arg, Kw};
use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;
use std::sync::OnceLock;
use weft_vm::payload::Payload;
use weft_vm::types::function::BuiltinKind;
use weft_vm::types::native;
use weft_vm::types::oserror::{os_error, strerror};
use weft_vm::{
    import, new_bytes, new_list, new_str, new_tuple, ObjRef, PyErr, PyResult, Value, Vm,
};

struct Classes {
    stat_result: Value,
    terminal_size: Value,
    uname_result: Value,
    times_result: Value,
    statvfs_result: Value,
}

static CLASSES: OnceLock<Classes> = OnceLock::new();

fn classes() -> &'static Classes {
    CLASSES.get().expect("posix initialised")
}

/// errno of the last failed libc call as an OSError with `filename`(s).
fn errno_err(vm: &Vm, f1: Option<&Value>, f2: Option<&Value>) -> PyErr {
    let n = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
    os_error(
        vm,
        n,
        f1.map(|v| fspath_value(vm, v)),
        f2.map(|v| fspath_value(vm, v)),
    )
}

/// A path argument as the str/bytes CPython reports in errors (path-like objects converted).
pub(crate) fn fspath_value(vm: &Vm, v: &Value) -> Value {
    match v.payload() {
        Some(Payload::Str(_)) | Some(Payload::Bytes(_)) => v.clone(),
        _ if int_of(v).is_some() => v.clone(),
        _ => path_arg(vm, v).map(new_str).unwrap_or_else(|_| v.clone()),
    }
}

fn cpath(vm: &Vm, v: &Value) -> PyResult<CString> {
    let s: Vec<u8> = match v.payload() {
        Some(Payload::Bytes(b)) => b.to_vec(),
        _ => path_arg(vm, v)?.into_bytes(),
    };
    CString::new(s).map_err(|_| vm.value_error("embedded null byte"))
}

fn req<'a>(
    vm: &Vm,
    args: &'a [Value],
    kw: Kw<'a>,
    i: usize,
    name: &str,
    func: &str,
) -> PyResult<&'a Value> {
    arg(args, kw, i, name).ok_or_else(|| {
        vm.type_error(format!(
            "{func}() missing required argument '{name}' (pos {})",
            i + 1
        ))
    })
}

/// An integer argument: ints, bools and objects with `__index__` (IntEnum members such
/// as `signal.SIGINT`), as CPython's `int` converters accept.
fn int_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    weft_vm::types::text::index_arg(vm, v)
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
    let t = |s: i64, ns: i64| {
        (
            Value::Float(s as f64 + ns as f64 * 1e-9),
            weft_vm::new_bigint(num_bigint::BigInt::from(s) * 1_000_000_000 + ns),
        )
    };
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
        blocking(vm, || unsafe {
            if follow {
                libc::stat(c.as_ptr(), &mut st)
            } else {
                libc::lstat(c.as_ptr(), &mut st)
            }
        })
    };
    if r < 0 {
        return Err(errno_err(
            vm,
            if int_of(path).is_some() {
                None
            } else {
                Some(path)
            },
            None,
        ));
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
    let mode = arg(args, kw, 1, "mode")
        .map(|v| int_arg(vm, v))
        .transpose()?
        .unwrap_or(0o777);
    let c = cpath(vm, p)?;
    let r = unsafe { libc::mkdir(c.as_ptr(), mode as libc::mode_t) };
    check(vm, r, Some(p), None)
}

fn path_op(
    vm: &Vm,
    args: &[Value],
    kw: Kw,
    name: &str,
    f: unsafe extern "C" fn(*const libc::c_char) -> libc::c_int,
) -> PyResult<Value> {
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

fn two_paths(
    vm: &Vm,
    args: &[Value],
    kw: Kw,
    name: &str,
    n1: &str,
    n2: &str,
    f: unsafe extern "C" fn(*const libc::c_char, *const libc::c_char) -> libc::c_int,
) -> PyResult<Value> {
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
    Ok(if matches!(p.payload(), Some(Payload::Bytes(_))) {
        new_bytes(buf)
    } else {
        new_str(String::from_utf8_lossy(&buf).into_owned())
    })
}

fn p_access(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = req(vm, args, kw, 0, "path", "access")?;
    let mode = int_arg(vm, req(vm, args, kw, 1, "mode", "access")?)?;
    let c = cpath(vm, p)?;
    Ok(Value::Bool(
        unsafe { libc::access(c.as_ptr(), mode as i32) } == 0,
    ))
}

fn p_chmod(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = req(vm, args, kw, 0, "path", "chmod")?;
    let mode = int_arg(vm, req(vm, args, kw, 1, "mode", "chmod")?)?;
    if let Some(fd) = int_of(p) {
        return check(
            vm,
            unsafe { libc::fchmod(fd as i32, mode as libc::mode_t) },
            None,
            None,
        );
    }
    let c = cpath(vm, p)?;
    check(
        vm,
        unsafe { libc::chmod(c.as_ptr(), mode as libc::mode_t) },
        Some(p),
        None,
    )
}

fn p_utime(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = req(vm, args, kw, 0, "path", "utime")?;
    let times = arg(args, kw, 1, "times").filter(|v| !v.is_none());
    let ns = weft_vm::builtins::kwarg(kw, "ns").filter(|v| !v.is_none());
    let to_ts = |f: f64| libc::timespec {
        tv_sec: f.floor() as libc::time_t,
        tv_nsec: ((f - f.floor()) * 1e9).round().min(999_999_999.0) as libc::c_long,
    };
    let ts: Option<[libc::timespec; 2]> = if let Some(t) = times {
        let items = vm.collect(t)?;
        if items.len() != 2 {
            return Err(vm.type_error("utime: 'times' must be either a tuple of two ints or None"));
        }
        let g = |v: &Value| -> PyResult<f64> {
            weft_vm::types::number::as_float(v)
                .or_else(|| int_of(v).map(|i| i as f64))
                .ok_or_else(|| {
                    vm.type_error("utime: 'times' must be either a tuple of two ints or None")
                })
        };
        Some([to_ts(g(&items[0])?), to_ts(g(&items[1])?)])
    } else if let Some(n) = ns {
        let items = vm.collect(n)?;
        if items.len() != 2 {
            return Err(vm.type_error("utime: 'ns' must be a tuple of two ints"));
        }
        let g = |v: &Value| -> PyResult<libc::timespec> {
            let i = vm
                .str(v)?
                .parse::<i128>()
                .map_err(|_| vm.type_error("utime: 'ns' must be a tuple of two ints"))?;
            Ok(libc::timespec {
                tv_sec: i.div_euclid(1_000_000_000) as libc::time_t,
                tv_nsec: i.rem_euclid(1_000_000_000) as libc::c_long,
            })
        };
        Some([g(&items[0])?, g(&items[1])?])
    } else {
        None
    };
    let c = cpath(vm, p)?;
    let ptr = ts.as_ref().map(|t| t.as_ptr()).unwrap_or(std::ptr::null());
    check(
        vm,
        unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), ptr, 0) },
        Some(p),
        None,
    )
}

fn p_truncate(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = req(vm, args, kw, 0, "path", "truncate")?;
    let len = int_arg(vm, req(vm, args, kw, 1, "length", "truncate")?)?;
    if let Some(fd) = int_of(p) {
        return check(vm, unsafe { libc::ftruncate(fd as i32, len) }, None, None);
    }
    let c = cpath(vm, p)?;
    check(
        vm,
        unsafe { libc::truncate(c.as_ptr(), len) },
        Some(p),
        None,
    )
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
                    _ => Err(vm.type_error(format!(
                        "expected {}.__fspath__() to return str or bytes, not {}",
                        vm.type_name(p),
                        vm.type_name(&r)
                    ))),
                }
            }
            None => Err(vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                vm.type_name(p)
            ))),
        },
    }
}

const PRELUDE: &str = include_str!("structseq.py");

pub fn init(vm: &Vm) -> PyResult<ObjRef> {
    let m = import::new_module("posix");
    import::exec_source(vm, PRELUDE, "<posix>", &m)?;
    let get = |n: &str| weft_vm::interp::module_get(&m, n).unwrap_or(Value::None);
    let _ = CLASSES.set(Classes {
        stat_result: get("stat_result"),
        terminal_size: get("terminal_size"),
        uname_result: get("uname_result"),
        times_result: get("times_result"),
        statvfs_result: get("statvfs_result"),
    });
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
        ("statvfs", p_statvfs),
        ("fstatvfs", p_statvfs),
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
