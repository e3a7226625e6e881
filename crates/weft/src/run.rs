//! Running a program: set up `sys`, run the target in `__main__`, report uncaught
//! exceptions with CPython's traceback format, honour `SystemExit`, then shut down
//! (join non-daemon threads, run `atexit` handlers, flush the streams).

use crate::cli::{Options, Target};
use weft_vm::interp::{interp, module_get};
use weft_vm::payload::Payload;
use weft_vm::{new_list, new_str, PyErr, Value, Vm};

pub fn run(opts: Options) -> i32 {
    weft_stdlib::init();
    let vm = Vm::new(true);
    if opts.gil {
        weft_vm::gil::ENABLED.store(true, std::sync::atomic::Ordering::SeqCst);
        interp()
            .gil_enabled
            .store(true, std::sync::atomic::Ordering::SeqCst);
        weft_vm::gil::acquire(&vm);
    }
    if opts.timeline.is_some() {
        weft_vm::timeline::ENABLED.store(true, std::sync::atomic::Ordering::SeqCst);
        weft_vm::timeline::start_clock();
        weft_vm::timeline::register_thread("MainThread");
    }
    if opts.unbuffered {
        weft_stdlib::set_unbuffered();
    }
    let sys = interp().sys.get().unwrap().clone();
    let path0 = match &opts.target {
        Target::File(f) => {
            let p = std::path::Path::new(f);
            let dir = p
                .parent()
                .map(|d| d.to_string_lossy().to_string())
                .unwrap_or_default();
            std::fs::canonicalize(if dir.is_empty() { "." } else { &dir })
                .map(|d| d.to_string_lossy().to_string())
                .unwrap_or(dir)
        }
        Target::Module(_) => std::env::current_dir()
            .map(|d| d.to_string_lossy().to_string())
            .unwrap_or_default(),
        _ => String::new(),
    };
    weft_vm::import::set(
        &sys,
        "argv",
        new_list(opts.argv.iter().map(|a| new_str(a.as_str())).collect()),
    );
    if let Some(Value::Obj(p)) = module_get(&sys, "path") {
        if let Payload::List(l) = &p.payload {
            let mut l = l.write();
            l.push(new_str(path0));
            l.push(new_str("<weft>/lib"));
        }
    }
    *interp().argv.write() = opts.argv.clone();
    let main = weft_vm::import::new_module("__main__");
    // As CPython's add_main_module: `__main__` starts with an empty `__annotations__`.
    weft_vm::import::set(&main, "__annotations__", weft_vm::new_dict());
    weft_vm::import::set(
        &main,
        "__builtins__",
        Value::Obj(interp().builtins().clone()),
    );
    let modules = interp().modules().clone();
    if let Payload::Dict(d) = &modules.payload {
        let k = weft_vm::intern("__main__");
        d.set_str(k.clone(), weft_vm::str_hash(&k), Value::Obj(main.clone()));
    }
    let result: Result<(), PyErr> = match &opts.target {
        Target::File(f) => match std::fs::read(f) {
            Ok(bytes) => {
                weft_vm::import::set(&main, "__file__", new_str(f.as_str()));
                match weft_vm::import::decode_source(&vm, &bytes, f) {
                    Ok(src) => weft_vm::import::exec_source(&vm, &src, f, &main),
                    Err(e) => Err(e),
                }
            }
            Err(e) => {
                let abs = std::fs::canonicalize(".")
                    .map(|d| d.join(f).to_string_lossy().to_string())
                    .unwrap_or(f.clone());
                let code = e.raw_os_error().unwrap_or(2);
                let msg = if code == 2 {
                    "No such file or directory".to_string()
                } else {
                    e.to_string()
                };
                eprintln!(
                    "weft: can't open file {}: [Errno {}] {}",
                    weft_vm::repr::str_repr(&abs),
                    code,
                    msg
                );
                return 2;
            }
        },
        Target::Command(c) => weft_vm::import::exec_source(&vm, c, "<string>", &main),
        Target::Stdin => {
            let mut s = String::new();
            let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut s);
            weft_vm::import::exec_source(&vm, &s, "<stdin>", &main)
        }
        Target::Module(m) => run_module(&vm, m, &main),
        Target::Repl => {
            crate::repl::repl(&vm, &main);
            Ok(())
        }
    };
    let mut code = match result {
        Ok(()) => 0,
        Err(e) => handle_uncaught(&vm, &e),
    };
    if opts.inspect && code == 0 || (opts.inspect && !matches!(opts.target, Target::Repl)) {
        crate::repl::repl(&vm, &main);
    }
    let c2 = shutdown(&vm);
    if code == 0 {
        code = c2;
    }
    if let Some(path) = &opts.timeline {
        weft_vm::timeline::record_start(weft_vm::timeline::State::Done);
        let svg = weft_stdlib::timeline_svg::render(&weft_vm::timeline::collect(), opts.gil);
        if let Err(e) = std::fs::write(path, svg) {
            eprintln!("weft: cannot write timeline {path}: {e}");
        }
    }
    flush(&vm);
    code
}

fn run_module(vm: &Vm, name: &str, main: &weft_vm::ObjRef) -> Result<(), PyErr> {
    // Find the module's source without executing it, then run it as __main__.
    let rel = name.replace('.', "/");
    let embedded = interp()
        .sources
        .read()
        .get(format!("{rel}.py").as_str())
        .map(|s| (format!("<weft>/{rel}.py"), s.to_string()))
        .or_else(|| {
            interp()
                .sources
                .read()
                .get(format!("{rel}/__main__.py").as_str())
                .map(|s| (format!("<weft>/{rel}/__main__.py"), s.to_string()))
        });
    let local = [format!("{rel}.py"), format!("{rel}/__main__.py")]
        .into_iter()
        .find(|p| std::path::Path::new(p).is_file());
    let (file, src) = match (local, embedded) {
        (Some(p), _) => (p.clone(), std::fs::read_to_string(&p).unwrap_or_default()),
        (None, Some(e)) => e,
        (None, None) => {
            let e = vm.new_error("ModuleNotFoundError", format!("No module named '{name}'"));
            eprintln!(
                "weft: Error while finding module specification for '{}' ({})",
                name,
                weft_vm::traceback::exc_line(vm, &e.value())
            );
            std::process::exit(1);
        }
    };
    if let Some(parent) = name.rsplit_once('.').map(|(p, _)| p) {
        weft_vm::import::import_module(vm, parent)?;
        weft_vm::import::set(main, "__package__", new_str(parent));
    }
    weft_vm::import::set(main, "__file__", new_str(file.as_str()));
    if let Some(sys) = interp().sys.get() {
        if let Some(Value::Obj(a)) = module_get(sys, "argv") {
            if let Payload::List(l) = &a.payload {
                if let Some(first) = l.write().first_mut() {
                    *first = new_str(file.as_str());
                }
            }
        }
    }
    weft_vm::import::exec_source(vm, &src, &file, main)
}

/// Report an uncaught exception (or honour SystemExit); returns the exit status.
pub fn handle_uncaught(vm: &Vm, e: &PyErr) -> i32 {
    let ev = e.value();
    if vm.err_matches(e, "SystemExit") {
        let code = vm.getattr(&ev, "code").unwrap_or(Value::None);
        return match code {
            Value::None => 0,
            Value::Int(i) => i as i32,
            Value::Bool(b) => b as i32,
            other => {
                flush(vm);
                let s = vm.str(&other).unwrap_or_default();
                print_err(vm, &format!("{s}\n"));
                1
            }
        };
    }
    flush(vm);
    // sys.excepthook may be replaced by the program.
    let hook = interp().sys.get().and_then(|s| module_get(s, "excepthook"));
    if let Some(h) = hook {
        if !matches!(h.payload(), Some(Payload::Builtin(_))) {
            let t = Value::Obj(vm.type_of(&ev).clone());
            let tb = weft_vm::types::exception::get_traceback(&ev);
            if vm.call(&h, &[t, ev.clone(), tb]).is_ok() {
                return 1;
            }
        }
    }
    let text = weft_vm::traceback::format_exception(vm, &ev);
    print_err(vm, &text);
    if vm.err_matches(e, "KeyboardInterrupt") {
        UNHANDLED_INTERRUPT.store(true, std::sync::atomic::Ordering::Relaxed);
        return 130;
    }
    1
}

/// Set when the program ended with an uncaught `KeyboardInterrupt`: like CPython, weft
/// then ends by the SIGINT signal itself (exit status -2 seen from the parent).
pub static UNHANDLED_INTERRUPT: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

fn print_err(vm: &Vm, s: &str) {
    let err = interp().sys.get().and_then(|s| module_get(s, "stderr"));
    match err {
        Some(f) if !f.is_none() => {
            if weft_vm::builtins::write_to(vm, &f, s).is_err() {
                eprint!("{s}");
            }
        }
        _ => eprint!("{s}"),
    }
    flush(vm);
}

fn flush(vm: &Vm) {
    weft_stdlib::flush_all_files();
    if let Some(sys) = interp().sys.get() {
        for name in ["stdout", "stderr"] {
            if let Some(f) = module_get(sys, name) {
                if !f.is_none() {
                    let _ = vm.call_method(&f, "flush", &[]);
                }
            }
        }
    }
}

/// Interpreter shutdown: join non-daemon threads, run atexit callbacks.
pub fn shutdown(vm: &Vm) -> i32 {
    let modules = interp().modules().clone();
    let get = |n: &str| -> Option<Value> {
        match &modules.payload {
            Payload::Dict(d) => {
                let k = weft_vm::intern(n);
                d.get_str(&k, weft_vm::str_hash(&k))
            }
            _ => None,
        }
    };
    let mut code = 0;
    if let Some(t) = get("threading") {
        if let Ok(f) = vm.getattr(&t, "_shutdown") {
            if let Err(e) = vm.call(&f, &[]) {
                code = handle_uncaught(vm, &e);
            }
        }
    }
    if let Some(a) = get("atexit") {
        if let Ok(f) = vm.getattr(&a, "_run_exitfuncs") {
            if let Err(e) = vm.call(&f, &[]) {
                code = handle_uncaught(vm, &e);
            }
        }
    }
    code
}
