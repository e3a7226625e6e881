//! `_weft_process`: the primitive under `lib/subprocess.py` —
//! `spawn(args, cwd, env, stdin_bytes_or_None, capture_stdout, capture_stderr,
//! merge_stderr[, timeout]) -> (returncode, out_bytes_or_None, err_bytes_or_None)` runs a
//! program to completion (the optional GIL released meanwhile); one still running after
//! `timeout` seconds is killed, and the result is `(None, None, None)`.
//! <https://docs.python.org/3.11/library/subprocess.html>

use std::io::{Read, Write};
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};
use weft_vm::builtins::str_arg;
use weft_vm::import::{new_module, set};
use weft_vm::payload::Payload;
use weft_vm::types::function::BuiltinKind;
use weft_vm::types::native;
use weft_vm::{new_bytes, new_str, new_tuple_of, ObjRef, PyResult, Value, Vm};

fn strings(vm: &Vm, v: &Value, what: &str) -> PyResult<Vec<String>> {
    vm.collect(v)?
        .iter()
        .map(|x| {
            str_arg(x).map(String::from).ok_or_else(|| {
                vm.type_error(format!("{what} must be str, not {}", vm.type_name(x)))
            })
        })
        .collect()
}

fn os_error(vm: &Vm, e: &std::io::Error, filename: &str) -> weft_vm::PyErr {
    let code = e.raw_os_error().unwrap_or(0);
    let name = match code {
        2 => "FileNotFoundError",
        13 => "PermissionError",
        20 => "NotADirectoryError",
        _ => "OSError",
    };
    let msg = match code {
        2 => "No such file or directory".to_string(),
        13 => "Permission denied".to_string(),
        20 => "Not a directory".to_string(),
        _ => e.to_string(),
    };
    let t = Value::Obj(vm.exc_type(name));
    match vm.call(
        &t,
        &[Value::Int(code as i64), new_str(msg), new_str(filename)],
    ) {
        Ok(v) => weft_vm::types::exception::make_raisable(vm, v, None).unwrap_or_else(|e| e),
        Err(e) => e,
    }
}

fn flush_std(vm: &Vm) {
    if let Some(sys) = weft_vm::interp::interp().sys.get() {
        for n in ["stdout", "stderr"] {
            if let Some(f) = weft_vm::interp::module_get(sys, n) {
                let _ = vm.call_method(&f, "flush", &[]);
            }
        }
    }
}

fn spawn(vm: &Vm, a: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if a.len() != 7 && a.len() != 8 {
        return Err(vm.type_error(format!(
            "spawn() takes 7 or 8 arguments ({} given)",
            a.len()
        )));
    }
    // Seconds the program may run before it is killed (None: no limit).
    let timeout = match a.get(7) {
        None | Some(Value::None) => None,
        Some(v) => Some(weft_vm::types::float::to_float(vm, v)?.max(0.0)),
    };
    let argv = strings(vm, &a[0], "args")?;
    if argv.is_empty() {
        return Err(vm.value_error("empty argument list"));
    }
    let cwd = if a[1].is_none() {
        None
    } else {
        Some(
            str_arg(&a[1])
                .ok_or_else(|| vm.type_error("cwd must be str"))?
                .to_string(),
        )
    };
    let env: Option<Vec<(String, String)>> = if a[2].is_none() {
        None
    } else {
        let items = vm.call_method(&a[2], "items", &[])?;
        let mut out = Vec::new();
        for kv in vm.collect(&items)? {
            let kv = vm.collect(&kv)?;
            let k = kv.first().and_then(str_arg).unwrap_or("").to_string();
            let v = kv.get(1).and_then(str_arg).unwrap_or("").to_string();
            out.push((k, v));
        }
        Some(out)
    };
    let stdin: Option<Vec<u8>> = match a[3].payload() {
        _ if a[3].is_none() => None,
        Some(Payload::Bytes(b)) => Some(b.to_vec()),
        Some(Payload::ByteArray(b)) => Some(b.read().clone()),
        _ => {
            return Err(vm.type_error(format!(
                "stdin data must be bytes, not {}",
                vm.type_name(&a[3])
            )))
        }
    };
    let (cap_out, cap_err, merge) = (vm.truthy(&a[4])?, vm.truthy(&a[5])?, vm.truthy(&a[6])?);
    flush_std(vm);
    let mut cmd = Command::new(&argv[0]);
    cmd.args(&argv[1..]);
    crate::hugepages::restore_in_child(&mut cmd);
    if let Some(d) = &cwd {
        cmd.current_dir(d);
    }
    if let Some(env) = &env {
        cmd.env_clear();
        cmd.envs(env.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    }
    cmd.stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::inherit()
    });
    // stderr merged into captured stdout: one pipe for both.
    let mut merged_reader: Option<std::fs::File> = None;
    if merge && cap_out {
        let mut fds = [0i32; 2];
        // SAFETY: fds is a valid array of two ints for pipe(2).
        if unsafe { libc::pipe(fds.as_mut_ptr()) } != 0 {
            return Err(os_error(vm, &std::io::Error::last_os_error(), &argv[0]));
        }
        use std::os::unix::io::FromRawFd;
        // SAFETY: both descriptors were just created by pipe(2) and are owned here.
        let (r, w) = unsafe {
            (
                std::fs::File::from_raw_fd(fds[0]),
                std::fs::File::from_raw_fd(fds[1]),
            )
        };
        let w2 = w.try_clone().map_err(|e| os_error(vm, &e, &argv[0]))?;
        cmd.stdout(Stdio::from(w));
        cmd.stderr(Stdio::from(w2));
        merged_reader = Some(r);
    } else {
        cmd.stdout(if cap_out {
            Stdio::piped()
        } else {
            Stdio::inherit()
        });
        cmd.stderr(if cap_err {
            Stdio::piped()
        } else {
            Stdio::inherit()
        });
    }
    let result = weft_vm::gil::allow_threads(
        vm,
        weft_vm::timeline::State::Io,
        move || -> std::io::Result<(Option<i64>, Option<Vec<u8>>, Option<Vec<u8>>)> {
            let mut child = cmd.spawn()?;
            // Close our copies of the merged pipe's write end so reading sees EOF.
            drop(cmd);
            let writer = match (child.stdin.take(), stdin) {
                (Some(mut si), Some(data)) => Some(std::thread::spawn(move || {
                    let _ = si.write_all(&data);
                })),
                _ => None,
            };
            let read_all = |r: Option<Box<dyn Read + Send>>| {
                r.map(|mut r| {
                    std::thread::spawn(move || {
                        let mut buf = Vec::new();
                        let _ = r.read_to_end(&mut buf);
                        buf
                    })
                })
            };
            let out_src: Option<Box<dyn Read + Send>> = match merged_reader {
                Some(r) => Some(Box::new(r)),
                None => child
                    .stdout
                    .take()
                    .map(|s| Box::new(s) as Box<dyn Read + Send>),
            };
            let out_t = read_all(out_src);
            let err_t = read_all(
                child
                    .stderr
                    .take()
                    .map(|s| Box::new(s) as Box<dyn Read + Send>),
            );
            let status = match timeout {
                None => child.wait()?,
                Some(t) => match wait_until(&mut child, t)? {
                    Some(status) => status,
                    // Killed at the deadline: the readers and the writer are left to
                    // finish on their own (a grandchild may still hold the pipes).
                    None => return Ok((None, None, None)),
                },
            };
            if let Some(w) = writer {
                let _ = w.join();
            }
            let out = out_t.map(|t| t.join().unwrap_or_default());
            let err = err_t.map(|t| t.join().unwrap_or_default());
            let rc = match (status.code(), status.signal()) {
                (Some(c), _) => c as i64,
                (None, Some(s)) => -(s as i64),
                _ => -1,
            };
            Ok((Some(rc), out, err))
        },
    );
    let (rc, out, err) = result.map_err(|e| os_error(vm, &e, &argv[0]))?;
    let out = if cap_out {
        out.map(new_bytes).unwrap_or_else(|| new_bytes(Vec::new()))
    } else {
        Value::None
    };
    let err = if cap_err && !merge {
        err.map(new_bytes).unwrap_or_else(|| new_bytes(Vec::new()))
    } else {
        Value::None
    };
    let rc = rc.map(Value::Int).unwrap_or(Value::None);
    Ok(new_tuple_of([rc, out, err]))
}

/// Wait for `child` at most `secs` seconds; past that, kill it, reap it and return None.
fn wait_until(
    child: &mut std::process::Child,
    secs: f64,
) -> std::io::Result<Option<std::process::ExitStatus>> {
    use std::time::{Duration, Instant};
    let deadline = Instant::now() + Duration::from_secs_f64(secs.min(1e9));
    let mut nap = Duration::from_micros(200);
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok(Some(status));
        }
        let now = Instant::now();
        if now >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            return Ok(None);
        }
        std::thread::sleep(nap.min(deadline - now));
        nap = (nap * 2).min(Duration::from_millis(20));
    }
}

pub fn init(_vm: &Vm) -> PyResult<ObjRef> {
    let m = new_module("_weft_process");
    set(
        &m,
        "spawn",
        native("spawn", spawn, BuiltinKind::Function, None, None),
    );
    Ok(m)
}
