//! The rest of the `sys` module (`weft-vm`'s bootstrap creates it with `modules`, `path`,
//! `argv`, `stdout`, `stderr` and `displayhook`): versions, limits, interpreter
//! settings, exception and frame inspection, `exit`, `stdin`.
//! <https://docs.python.org/3.11/library/sys.html>

use crate::structseq;
use num_traits::ToPrimitive;
use std::sync::atomic::Ordering;
use weft_vm::builtins::{kwarg, str_arg};
use weft_vm::import::set as set_always;
use weft_vm::interp::{interp, module_get};
use weft_vm::new_tuple_of;
use weft_vm::payload::Payload;
use weft_vm::types::function::BuiltinKind;
use weft_vm::types::number::{as_float, as_int, IntRef};
use weft_vm::types::typeobj::tdata;
use weft_vm::types::{native, types};
use weft_vm::{new_list, new_str, new_tuple, ObjRef, PyResult, Value, Vm};

type Kw<'a> = &'a [(Value, Value)];

pub const VERSION: (i64, i64, i64) = (3, 11, 7);

/// Fill the `sys` module created at bootstrap.
pub fn init() {
    let Some(sys) = interp().sys.get().cloned() else {
        return;
    };
    let f = |name: &'static str, func: weft_vm::types::function::NativeFn| {
        native(name, func, BuiltinKind::Function, None, None)
    };
    let version = format!(
        "{}.{}.{} (main, weft {}) [rustc]",
        VERSION.0,
        VERSION.1,
        VERSION.2,
        env!("CARGO_PKG_VERSION")
    );
    set(&sys, "version", new_str(version));
    let hexversion = (VERSION.0 << 24) | (VERSION.1 << 16) | (VERSION.2 << 8) | 0xf0;
    set(&sys, "hexversion", Value::Int(hexversion));
    let vi_t = structseq::make_type(
        "version_info",
        "sys",
        &["major", "minor", "micro", "releaselevel", "serial"],
        5,
    );
    let vi = structseq::new(
        &vi_t,
        vec![
            Value::Int(VERSION.0),
            Value::Int(VERSION.1),
            Value::Int(VERSION.2),
            new_str("final"),
            Value::Int(0),
        ],
    );
    set(&sys, "version_info", vi.clone());
    let ns = namespace_type();
    let imp = Value::Obj(ObjRef::new(
        ns.clone(),
        Some(weft_vm::new_dict_obj()),
        Payload::Plain,
    ));
    if let Value::Obj(o) = &imp {
        let vm = Vm::new(false);
        for (k, v) in [
            ("name", new_str("weft")),
            ("cache_tag", Value::None),
            ("version", vi),
            ("hexversion", Value::Int(hexversion)),
            (
                "_multiarch",
                new_str(format!("{}-linux-gnu", std::env::consts::ARCH)),
            ),
        ] {
            let _ = vm.set_attr_raw(o, k, v);
        }
    }
    set(&sys, "implementation", imp);
    set(&sys, "platform", new_str("linux"));
    set(
        &sys,
        "byteorder",
        new_str(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        }),
    );
    set(&sys, "maxsize", Value::Int(i64::MAX));
    set(&sys, "maxunicode", Value::Int(0x10FFFF));
    let fi_t = structseq::make_type(
        "float_info",
        "sys",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
        11,
    );
    let fi = vec![
        Value::Float(f64::MAX),
        Value::Int(1024),
        Value::Int(308),
        Value::Float(f64::MIN_POSITIVE),
        Value::Int(-1021),
        Value::Int(-307),
        Value::Int(15),
        Value::Int(53),
        Value::Float(f64::EPSILON),
        Value::Int(2),
        Value::Int(1),
    ];
    set(&sys, "float_info", structseq::new(&fi_t, fi));
    set(&sys, "float_repr_style", new_str("short"));
    let ii_t = structseq::make_type(
        "int_info",
        "sys",
        &[
            "bits_per_digit",
            "sizeof_digit",
            "default_max_str_digits",
            "str_digits_check_threshold",
        ],
        4,
    );
    set(
        &sys,
        "int_info",
        structseq::new(
            &ii_t,
            vec![
                Value::Int(30),
                Value::Int(4),
                Value::Int(4300),
                Value::Int(640),
            ],
        ),
    );
    let hi_t = structseq::make_type(
        "hash_info",
        "sys",
        &[
            "width",
            "modulus",
            "inf",
            "nan",
            "imag",
            "algorithm",
            "hash_bits",
            "seed_bits",
            "cutoff",
        ],
        9,
    );
    let hi = vec![
        Value::Int(64),
        Value::Int((1i64 << 61) - 1),
        Value::Int(314159),
        Value::Int(0),
        Value::Int(1000003),
        new_str("siphash13"),
        Value::Int(64),
        Value::Int(128),
        Value::Int(0),
    ];
    set(&sys, "hash_info", structseq::new(&hi_t, hi));
    let ti_t = structseq::make_type("thread_info", "sys", &["name", "lock", "version"], 3);
    set(
        &sys,
        "thread_info",
        structseq::new(
            &ti_t,
            vec![new_str("pthread"), new_str("mutex+cond"), Value::None],
        ),
    );
    set(&sys, "flags", make_flags());
    let exe = std::env::current_exe()
        .map(|p| p.to_string_lossy().to_string())
        .unwrap_or_default();
    *interp().executable.write() = exe.clone();
    set(&sys, "executable", new_str(exe.as_str()));
    set(&sys, "_base_executable", new_str(exe.as_str()));
    let prefix = std::path::Path::new(&exe)
        .parent()
        .and_then(|p| p.parent())
        .map(|p| p.to_string_lossy().to_string())
        .unwrap_or_else(|| "/usr/local".into());
    for n in ["prefix", "base_prefix", "exec_prefix", "base_exec_prefix"] {
        set(&sys, n, new_str(prefix.as_str()));
    }
    set(&sys, "platlibdir", new_str("lib"));
    set(&sys, "pycache_prefix", Value::None);
    set(&sys, "api_version", Value::Int(1013));
    set(&sys, "copyright", new_str("Copyright (c) weft contributors.\nAll Rights Reserved.\n\nPython is Copyright (c) 2001-2023 Python Software Foundation."));
    set(
        &sys,
        "orig_argv",
        new_list(std::env::args().map(|a| new_str(a.as_str())).collect()),
    );
    set(&sys, "warnoptions", new_list(vec![]));
    set(&sys, "_xoptions", weft_vm::new_dict());
    set(
        &sys,
        "dont_write_bytecode",
        Value::Bool(std::env::var_os("PYTHONDONTWRITEBYTECODE").is_some_and(|v| !v.is_empty())),
    );
    set(&sys, "path_hooks", new_list(vec![]));
    set(&sys, "path_importer_cache", weft_vm::new_dict());
    set(&sys, "meta_path", new_list(vec![]));
    set(&sys, "abiflags", new_str(""));
    let mut names: Vec<String> = interp()
        .native_modules
        .read()
        .keys()
        .map(|s| s.to_string())
        .collect();
    names.extend(["builtins".to_string(), "sys".to_string()]);
    names.sort();
    names.dedup();
    set(
        &sys,
        "builtin_module_names",
        new_tuple(names.iter().map(|n| new_str(n.as_str())).collect()),
    );
    set(
        &sys,
        "stdlib_module_names",
        weft_vm::new_set(weft_vm::types::dict::Dict::new(), true),
    );
    if let Some(d) = module_get(&sys, "displayhook") {
        set(&sys, "__displayhook__", d);
    }
    let hook = f("excepthook", excepthook);
    set(&sys, "excepthook", hook.clone());
    set(&sys, "__excepthook__", hook);
    let _ = weft_vm::finalize::HOOK_ARGS.set(unraisable_args);
    let hook = f("unraisablehook", unraisablehook);
    set(&sys, "unraisablehook", hook.clone());
    set(&sys, "__unraisablehook__", hook);
    let stdin = crate::sys_stdin::new_stdin();
    set(&sys, "stdin", stdin.clone());
    set(&sys, "__stdin__", stdin);
    for (name, func) in [
        (
            "getrecursionlimit",
            getrecursionlimit as weft_vm::types::function::NativeFn,
        ),
        ("setrecursionlimit", setrecursionlimit),
        ("getswitchinterval", getswitchinterval),
        ("setswitchinterval", setswitchinterval),
        ("_is_gil_enabled", is_gil_enabled),
        ("getsizeof", crate::sys_sizeof::getsizeof),
        ("intern", intern),
        ("exc_info", exc_info),
        ("exception", exception),
        ("getdefaultencoding", getdefaultencoding),
        ("getfilesystemencoding", getfilesystemencoding),
        ("getfilesystemencodeerrors", getfilesystemencodeerrors),
        ("getrefcount", getrefcount),
        ("_getframe", getframe),
        ("exit", exit),
        ("set_int_max_str_digits", set_int_max_str_digits),
        ("get_int_max_str_digits", get_int_max_str_digits),
        ("settrace", settrace),
        ("setprofile", setprofile),
        ("gettrace", gettrace),
        ("getprofile", getprofile),
        ("audit", noop),
        ("addaudithook", noop),
        ("is_finalizing", is_finalizing),
        ("getallocatedblocks", getallocatedblocks),
        ("call_tracing", call_tracing),
        ("_clear_type_cache", noop),
    ] {
        set(&sys, name, f(name, func));
    }
}

/// Set a `sys` attribute unless another part of weft (bootstrap, `_thread`, `_io`)
/// already provided it.
fn set(m: &ObjRef, name: &str, v: Value) {
    if module_get(m, name).is_none() {
        set_always(m, name, v);
    }
}

fn sys_module() -> ObjRef {
    interp().sys.get().expect("sys initialised").clone()
}

/// `sys.flags`.
fn make_flags() -> Value {
    let names = [
        "debug",
        "inspect",
        "interactive",
        "optimize",
        "dont_write_bytecode",
        "no_user_site",
        "no_site",
        "ignore_environment",
        "verbose",
        "bytes_warning",
        "quiet",
        "hash_randomization",
        "isolated",
        "dev_mode",
        "utf8_mode",
        "warn_default_encoding",
        "safe_path",
        "int_max_str_digits",
    ];
    let t = structseq::make_type("flags", "sys", &names, names.len());
    let given = interp().flags.read().clone();
    let dwb = std::env::var_os("PYTHONDONTWRITEBYTECODE").is_some_and(|v| !v.is_empty()) as i64;
    let vals = names
        .iter()
        .map(|n| {
            let v = given.get(n).copied().unwrap_or(match *n {
                "dont_write_bytecode" => dwb,
                "hash_randomization" => {
                    (std::env::var("PYTHONHASHSEED").ok().as_deref() != Some("0")) as i64
                }
                "int_max_str_digits" => -1,
                _ => 0,
            });
            if matches!(*n, "dev_mode" | "safe_path") {
                Value::Bool(v != 0)
            } else {
                Value::Int(v)
            }
        })
        .collect();
    structseq::new(&t, vals)
}

/// The `types.SimpleNamespace` type (`type(sys.implementation)`).
pub fn namespace_type() -> &'static ObjRef {
    static T: std::sync::OnceLock<ObjRef> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let t = weft_vm::builtins::new_builtin_plain_type("SimpleNamespace");
        weft_vm::types::set_type_attr(&t, "__module__", new_str("types"));
        weft_vm::types::add_staticmethod(&t, "__new__", ns_new);
        weft_vm::types::add_method(&t, "__init__", ns_init);
        weft_vm::types::add_method(&t, "__repr__", ns_repr);
        weft_vm::types::add_method(&t, "__eq__", ns_eq);
        t
    })
}

fn ns_new(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args.first() {
        Some(Value::Obj(cls)) => Ok(Value::Obj(ObjRef::new(
            cls.clone(),
            Some(weft_vm::new_dict_obj()),
            Payload::Plain,
        ))),
        _ => Err(vm.type_error("SimpleNamespace.__new__(X): X is not a type object")),
    }
}

fn ns_init(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    // 3.11 takes keyword arguments only (a mapping argument came in 3.13).
    if args.len() > 1 {
        return Err(vm.type_error("no positional arguments expected"));
    }
    let Value::Obj(o) = &args[0] else {
        return Ok(Value::None);
    };
    let mut pairs: Vec<(Value, Value)> = Vec::new();
    pairs.extend(kw.iter().cloned());
    for (k, v) in pairs {
        let Some(name) = str_arg(&k) else {
            return Err(vm.type_error(format!(
                "keywords must be strings, not '{}'",
                vm.type_name(&k)
            )));
        };
        vm.set_attr_raw(o, name, v)?;
    }
    Ok(Value::None)
}

fn ns_repr(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let v = &args[0];
    let t = vm.type_of(v);
    let name = if t.ptr_eq(namespace_type()) {
        "namespace".to_string()
    } else {
        tdata(t).name.read().clone()
    };
    let mut parts = Vec::new();
    if let Some(Value::Obj(o)) = v.as_obj().and_then(|o| o.dict.get()).map(Value::Obj) {
        if let Payload::Dict(d) = &o.payload {
            for (k, x) in d.items() {
                parts.push(format!("{}={}", vm.str(&k)?, vm.repr(&x)?));
            }
        }
    }
    Ok(new_str(format!("{}({})", name, parts.join(", "))))
}

fn ns_eq(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (a, b) = (&args[0], &args[1]);
    if !vm.isinstance(b, namespace_type()) {
        return Ok(Value::Obj(types().not_implemented.clone()));
    }
    let da = a
        .as_obj()
        .and_then(|o| o.dict.get())
        .map(Value::Obj)
        .unwrap_or(Value::None);
    let db = b
        .as_obj()
        .and_then(|o| o.dict.get())
        .map(Value::Obj)
        .unwrap_or(Value::None);
    Ok(Value::Bool(vm.eq(&da, &db)?))
}

/// An integer argument as i64 (TypeError as CPython's `__index__` conversion).
pub fn index_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    match as_int(v) {
        Some(IntRef::Small(i)) => Ok(i),
        Some(IntRef::Big(b)) => b
            .to_i64()
            .ok_or_else(|| vm.overflow_error("Python int too large to convert to C int")),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
    }
}

/// CPython's argument check of a `sys` function that takes no arguments (`n` = 0) or
/// exactly one (`n` = 1), none by keyword.
pub(crate) fn arity(vm: &Vm, name: &str, a: &[Value], kw: Kw, n: usize) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("sys.{name}() takes no keyword arguments")));
    }
    if a.len() != n {
        let what = if n == 0 {
            "no arguments"
        } else {
            "exactly one argument"
        };
        return Err(vm.type_error(format!("sys.{name}() takes {what} ({} given)", a.len())));
    }
    Ok(())
}

fn getrecursionlimit(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    arity(vm, "getrecursionlimit", a, kw, 0)?;
    Ok(Value::Int(interp().recursion_limit() as i64))
}

fn setrecursionlimit(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    arity(vm, "setrecursionlimit", a, kw, 1)?;
    let n = index_arg(vm, a.first().unwrap_or(&Value::None))?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    if n > i32::MAX as i64 {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    // CPython counts the call of this builtin itself as one level of the depth.
    let depth = vm.depth.get() as i64 + 1;
    if n <= depth {
        return Err(vm.new_error("RecursionError", format!("cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low")));
    }
    interp().set_recursion_limit(n as u32);
    Ok(Value::None)
}

fn getswitchinterval(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    arity(vm, "getswitchinterval", a, kw, 0)?;
    Ok(Value::Float(
        interp().switch_interval_ns.load(Ordering::Relaxed) as f64 / 1e9,
    ))
}

fn setswitchinterval(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    arity(vm, "setswitchinterval", a, kw, 1)?;
    let v = a.first().cloned().unwrap_or(Value::None);
    let x = match (as_float(&v), as_int(&v)) {
        (Some(f), _) => f,
        (None, Some(i)) => weft_vm::types::number::int_to_f64(vm, &i)?,
        _ => return Err(vm.type_error(format!("must be real number, not {}", vm.type_name(&v)))),
    };
    if x.is_nan() || x <= 0.0 {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    let ns = (x * 1e9).round().clamp(1.0, u64::MAX as f64) as u64;
    interp().switch_interval_ns.store(ns, Ordering::Relaxed);
    Ok(Value::None)
}

fn is_gil_enabled(_vm: &Vm, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(weft_vm::gil::enabled()))
}

fn intern(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    arity(vm, "intern", a, kw, 1)?;
    match a.first() {
        Some(v)
            if v.payload().is_some_and(|p| matches!(p, Payload::Str(_)))
                && vm.type_of(v).ptr_eq(&types().str) =>
        {
            Ok(weft_vm::intern(str_arg(v).unwrap_or("")))
        }
        Some(v) => Err(vm.type_error(format!(
            "intern() argument must be str, not {}",
            weft_vm::types::text::arg_type_name(vm, v)
        ))),
        None => Err(vm.type_error("intern() takes exactly one argument (0 given)")),
    }
}

fn exc_info(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    arity(vm, "exc_info", a, kw, 0)?;
    let e = vm.current_exception();
    if e.is_none() {
        return Ok(new_tuple_of([Value::None, Value::None, Value::None]));
    }
    let t = Value::Obj(vm.type_of(&e).clone());
    let tb = weft_vm::types::exception::get_traceback(&e);
    Ok(new_tuple_of([t, e, tb]))
}

fn exception(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    arity(vm, "exception", a, kw, 0)?;
    Ok(vm.current_exception())
}

fn excepthook(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    if a.len() != 3 {
        return Err(vm.type_error(format!("excepthook expected 3 arguments, got {}", a.len())));
    }
    let e = &a[1];
    let text = if vm.isinstance(e, &vm.exc_type("BaseException")) {
        weft_vm::traceback::format_exception(vm, e)
    } else {
        format!(
            "TypeError: print_exception(): Exception expected for value, {} found\n",
            vm.type_name(e)
        )
    };
    match module_get(&sys_module(), "stderr") {
        Some(err) if !err.is_none() => {
            weft_vm::builtins::write_to(vm, &err, &text)?;
            let _ = vm.call_method(&err, "flush", &[]);
        }
        _ => eprint!("{text}"),
    }
    Ok(Value::None)
}

const UNRAISABLE_FIELDS: [&str; 5] = [
    "exc_type",
    "exc_value",
    "exc_traceback",
    "err_msg",
    "object",
];

/// The `UnraisableHookArgs` struct sequence type passed to `sys.unraisablehook`.
fn unraisable_args_type() -> &'static weft_vm::ObjRef {
    static T: std::sync::OnceLock<weft_vm::ObjRef> = std::sync::OnceLock::new();
    T.get_or_init(|| structseq::make_type("UnraisableHookArgs", "builtins", &UNRAISABLE_FIELDS, 5))
}

fn unraisable_args(values: Vec<Value>) -> Value {
    structseq::new(unraisable_args_type(), values)
}

/// `sys.unraisablehook` (also `sys.__unraisablehook__`): the default report.
fn unraisablehook(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    if a.len() != 1 {
        return Err(vm.type_error(format!(
            "unraisablehook() takes exactly one argument ({} given)",
            a.len()
        )));
    }
    let is_args = weft_vm::vm::type_of(&a[0]).ptr_eq(unraisable_args_type());
    if !is_args {
        return Err(vm.type_error("sys.unraisablehook argument type must be UnraisableHookArgs"));
    }
    let field = |n: &str| vm.getattr(&a[0], n);
    let exc = field("exc_value")?;
    let msg = field("err_msg")?;
    let msg = if msg.is_none() {
        None
    } else {
        Some(vm.str(&msg)?)
    };
    let obj = field("object")?;
    weft_vm::finalize::default_unraisable(vm, &exc, msg.as_deref(), Some(&obj));
    Ok(Value::None)
}

fn getdefaultencoding(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    arity(vm, "getdefaultencoding", a, kw, 0)?;
    Ok(new_str("utf-8"))
}

fn getfilesystemencoding(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    arity(vm, "getfilesystemencoding", a, kw, 0)?;
    Ok(new_str("utf-8"))
}

fn getfilesystemencodeerrors(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    arity(vm, "getfilesystemencodeerrors", a, kw, 0)?;
    Ok(new_str("surrogateescape"))
}

fn getrefcount(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    arity(vm, "getrefcount", a, kw, 1)?;
    match a.first() {
        Some(Value::Obj(o)) if !o.is_immortal() => Ok(Value::Int(o.refcount() as i64)),
        Some(_) => Ok(Value::Int(4294967295)),
        None => Err(vm.type_error("getrefcount() takes exactly one argument (0 given)")),
    }
}

fn getframe(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("_getframe() takes no keyword arguments"));
    }
    if a.len() > 1 {
        return Err(vm.type_error(format!(
            "_getframe expected at most 1 argument, got {}",
            a.len()
        )));
    }
    let depth = match a.first() {
        Some(v) => index_arg(vm, v)?,
        None => 0,
    };
    let frames = vm.frames();
    if depth < 0 || depth as usize >= frames.len() {
        if depth < 0 {
            // CPython treats negative depths as 0.
            return getframe(vm, &[Value::Int(0)], &[]);
        }
        return Err(vm.value_error("call stack is not deep enough"));
    }
    let start = frames.len() - 1 - depth as usize;
    // Build from the outermost frame inwards so each frame's f_back is ready.
    let mut back = Value::None;
    for &fp in &frames[..=start] {
        // SAFETY: frames on the thread's chain are alive while they execute, and every frame
        // listed here is an active caller of this native call.
        let f = unsafe { &*fp };
        let info = weft_vm::types::exception::FrameInfo {
            code: f.code().clone(),
            globals: f.globals.clone(),
            lineno: f.lineno(),
            back: back.clone(),
            locals: weft_vm::builtins::frame_locals(f),
        };
        back = Value::Obj(ObjRef::new(
            types().frame.clone(),
            None,
            Payload::Frame(Box::new(info)),
        ));
    }
    Ok(back)
}

fn exit(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    if a.len() > 1 {
        return Err(vm.type_error(format!("exit expected at most 1 argument, got {}", a.len())));
    }
    let t = Value::Obj(vm.exc_type("SystemExit"));
    // As CPython's PyErr_SetObject: a tuple argument becomes the exception's args, and
    // None none (`sys.exit(None).args == ()`, its str '').
    let args: Vec<Value> = match a.first() {
        Some(v) if vm.type_of(v).ptr_eq(&types().tuple) => vm.collect(v)?,
        Some(Value::None) => Vec::new(),
        _ => a.to_vec(),
    };
    let e = vm.call(&t, &args)?;
    if let (Some(v), Value::Obj(o)) = (a.first(), &e) {
        if vm.type_of(v).ptr_eq(&types().tuple) {
            // uncaught, CPython prints the tuple itself (see weft's handle_uncaught)
            vm.set_attr_raw(o, "__weft_exit__", v.clone())?;
        }
    }
    Err(weft_vm::types::exception::make_raisable(vm, e, None)?)
}

fn set_int_max_str_digits(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(v) = a.first().or_else(|| kwarg(kw, "maxdigits")) else {
        return Err(
            vm.type_error("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)")
        );
    };
    let n = index_arg(vm, v)?;
    if n != 0 && n < 640 {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    weft_vm::convert::INT_MAX_STR_DIGITS.store(n as usize, Ordering::Relaxed);
    weft_compiler::INT_MAX_STR_DIGITS.store(n as usize, Ordering::Relaxed);
    Ok(Value::None)
}

fn get_int_max_str_digits(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    arity(vm, "get_int_max_str_digits", a, kw, 0)?;
    Ok(Value::Int(weft_vm::convert::max_str_digits() as i64))
}

fn settrace(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    arity(vm, "settrace", a, kw, 1)?;
    set_always(
        &sys_module(),
        "_weft_trace",
        a.first().cloned().unwrap_or(Value::None),
    );
    Ok(Value::None)
}

fn gettrace(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    arity(vm, "gettrace", a, kw, 0)?;
    Ok(module_get(&sys_module(), "_weft_trace").unwrap_or(Value::None))
}

fn setprofile(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    arity(vm, "setprofile", a, kw, 1)?;
    set_always(
        &sys_module(),
        "_weft_profile",
        a.first().cloned().unwrap_or(Value::None),
    );
    Ok(Value::None)
}

fn getprofile(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    arity(vm, "getprofile", a, kw, 0)?;
    Ok(module_get(&sys_module(), "_weft_profile").unwrap_or(Value::None))
}

fn noop(_vm: &Vm, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::None)
}

fn is_finalizing(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    arity(vm, "is_finalizing", a, kw, 0)?;
    Ok(Value::Bool(false))
}

fn getallocatedblocks(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    arity(vm, "getallocatedblocks", a, kw, 0)?;
    Ok(Value::Int(0))
}

fn call_tracing(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(vm.type_error(format!(
            "call_tracing expected 2 arguments, got {}",
            a.len()
        )));
    }
    let args = vm.collect(&a[1])?;
    vm.call(&a[0], &args)
}
