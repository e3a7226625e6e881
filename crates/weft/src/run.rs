//! Running a program: set up `sys`, run the target in `__main__`, report uncaught
//! exceptions with CPython's traceback format, honour `SystemExit`, then shut down
//! (join non-daemon threads, run `atexit` handlers, flush the streams).

use crate::cli::{Options, Target};
use weft_vm::interp::{interp, module_get};
use weft_vm::payload::Payload;
use weft_vm::{new_list, new_str, PyErr, Value, Vm};

pub fn run(mut opts: Options) -> i32 {
    if let Target::File(f) = &opts.target {
        if std::path::Path::new(f).is_dir() {
            // a directory runs its __main__.py, as CPython does
            let main = format!("{}/__main__.py", f.trim_end_matches('/'));
            if !std::path::Path::new(&main).is_file() {
                eprintln!(
                    "weft: can't find '__main__' module in {}",
                    weft_vm::repr::str_repr(&absolute(f))
                );
                return 1;
            }
            opts.target = Target::File(main);
        }
    }
    // `sys.flags` is made when `sys` is (below): set what the command line gave first.
    if opts.optimize > 0 {
        weft_compiler::compile::set_optimize(opts.optimize.min(2));
        interp()
            .flags
            .write()
            .insert("optimize", i64::from(opts.optimize));
    }
    if opts.inspect {
        let mut flags = interp().flags.write();
        flags.insert("inspect", 1);
        flags.insert("interactive", 1);
    }
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
    if !opts.warnoptions.is_empty() {
        // -W options, read by the warnings module when it is first imported
        let list = opts
            .warnoptions
            .iter()
            .map(|w| new_str(w.as_str()))
            .collect();
        weft_vm::import::set(&sys, "warnoptions", weft_vm::new_list(list));
    }
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
                // As CPython 3.11: the script's `__file__` and code filename are the
                // path joined to the working directory (not normalised).
                let f = &absolute(f);
                weft_vm::import::set(&main, "__file__", new_str(f.as_str()));
                weft_vm::import::set(&main, "__cached__", Value::None);
                let bytes = if opts.skip_first_line {
                    // -x: the first line is not Python (line numbers still count it)
                    let n = bytes
                        .iter()
                        .position(|&b| b == b'\n')
                        .unwrap_or(bytes.len());
                    bytes[n..].to_vec()
                } else {
                    bytes
                };
                match weft_vm::import::decode_source(&vm, &bytes, f) {
                    Ok(src) => weft_vm::import::exec_script(&vm, &src, f, &main),
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
            let mut b = Vec::new();
            let _ = std::io::Read::read_to_end(&mut std::io::stdin(), &mut b);
            weft_vm::import::set(&main, "__file__", new_str("<stdin>"));
            weft_vm::import::set(&main, "__cached__", Value::None);
            // decoded as a file is (a BOM, a coding declaration, null bytes)
            match stdin_encoding_problem(&b).map_or_else(
                || weft_vm::import::decode_source(&vm, &b, "<stdin>"),
                |msg| Err(weft_vm::import::bare_syntax_error(&vm, &msg)),
            ) {
                Ok(s) => weft_vm::import::exec_script(&vm, &s, "<stdin>", &main),
                Err(e) => Err(e),
            }
        }
        Target::Module(m) => run_module(&vm, m, &main),
        Target::Repl => {
            crate::repl::repl(&vm, &main);
            Ok(())
        }
    };
    // As CPython's `flush_io` once the main module has run (before any traceback):
    // stderr first, then stdout, so that what each holds comes out in that order.
    flush_std(&vm, ["stderr", "stdout"]);
    let mut code = match &result {
        Ok(()) => 0,
        Err(e) => handle_uncaught(&vm, e),
    };
    RUNPY.store(false, std::sync::atomic::Ordering::Relaxed);
    let exited = matches!(&result, Err(e) if vm.err_matches(e, "SystemExit"));
    // The uncaught exception (and the frames its traceback holds) lives on only in
    // `sys.last_value`, which shutdown clears before `__main__`'s globals.
    drop(result);
    if opts.inspect && !matches!(opts.target, Target::Repl) {
        // `-i`: the prompt runs after the script even when it failed; the exit status
        // is then the prompt's (0 at end of input) unless the script called sys.exit.
        if !exited {
            crate::repl::repl(&vm, &main);
            code = 0;
        }
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

/// `path` joined to the current directory unless it is absolute (CPython's `_Py_abspath`).
fn absolute(path: &str) -> String {
    if path.starts_with('/') {
        return path.to_string();
    }
    match std::env::current_dir() {
        Ok(d) => format!("{}/{}", d.to_string_lossy().trim_end_matches('/'), path),
        Err(_) => path.to_string(),
    }
}

fn run_module(vm: &Vm, name: &str, main: &weft_vm::ObjRef) -> Result<(), PyErr> {
    // Find the module's source without executing it (a package runs its `__main__`
    // submodule after being imported), then run it as `__main__`, as `runpy` does.
    let mut name = name.to_string();
    let mut package: Option<String> = None;
    let (file, src) = loop {
        match weft_vm::import::find_source(vm, &name) {
            Err(e) => {
                eprintln!(
                    "weft: Error while finding module specification for {} ({})",
                    weft_vm::repr::str_repr(&name),
                    weft_vm::traceback::exc_line(vm, &e.value())
                );
                std::process::exit(1);
            }
            Ok(None) => {
                match &package {
                    Some(p) => eprintln!(
                        "weft: No module named {name}; '{p}' is a package and cannot be directly executed"
                    ),
                    None => eprintln!("weft: No module named {name}"),
                }
                std::process::exit(1);
            }
            Ok(Some((_, _, true))) => {
                if let Some(p) = &package {
                    eprintln!(
                        "weft: No module named {name}; '{p}' is a package and cannot be directly executed"
                    );
                    std::process::exit(1);
                }
                weft_vm::import::import_module(vm, &name)?;
                package = Some(name.clone());
                name.push_str(".__main__");
            }
            Ok(Some((f, s, false))) => break (f, s),
        }
    };
    let parent = name.rsplit_once('.').map(|(p, _)| p).unwrap_or("");
    weft_vm::import::set(main, "__package__", new_str(parent));
    weft_vm::import::set(main, "__file__", new_str(file.as_str()));
    weft_vm::import::set(main, "__cached__", Value::None);
    if let Some(sys) = interp().sys.get() {
        if let Some(Value::Obj(a)) = module_get(sys, "argv") {
            if let Payload::List(l) = &a.payload {
                if let Some(first) = l.write().first_mut() {
                    *first = new_str(file.as_str());
                }
            }
        }
    }
    RUNPY.store(true, std::sync::atomic::Ordering::Relaxed);
    weft_vm::import::exec_source(vm, &src, &file, main)
}

/// Set while `-m` runs a module: CPython's tracebacks then start with two `runpy` frames.
static RUNPY: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

const RUNPY_FRAMES: &str = "  File \"<frozen runpy>\", line 198, in _run_module_as_main\n  File \"<frozen runpy>\", line 88, in _run_code\n";

/// Report an uncaught exception (or honour SystemExit); returns the exit status.
pub fn handle_uncaught(vm: &Vm, e: &PyErr) -> i32 {
    let ev = e.value();
    if vm.err_matches(e, "SystemExit") {
        // sys.exit(tuple) reaches CPython's handler unnormalised: the tuple is printed
        let code = vm
            .getattr(&ev, "__weft_exit__")
            .or_else(|_| vm.getattr(&ev, "code"))
            .unwrap_or(Value::None);
        let int_type = weft_vm::types::types().int.clone();
        return match code {
            Value::None => 0,
            Value::Int(i) => i as i32,
            Value::Bool(b) => b as i32,
            // an int beyond a C long: CPython's conversion fails and the status is -1
            other if vm.isinstance(&other, &int_type) => {
                match vm.call(&Value::Obj(int_type.clone()), &[other]) {
                    Ok(Value::Int(i)) => i as i32,
                    _ => 255,
                }
            }
            other => {
                flush(vm);
                let s = vm.str(&other).unwrap_or_default();
                // With sys.stderr = None, CPython writes the message to the C stderr.
                let err = interp().sys.get().and_then(|s| module_get(s, "stderr"));
                if err.is_some_and(|f| f.is_none()) {
                    eprintln!("{s}");
                } else {
                    print_err(vm, &format!("{s}\n"));
                }
                1
            }
        };
    }
    flush(vm);
    if let Some(sys) = interp().sys.get() {
        // As CPython's PyErr_Print: the exception is kept for post-mortem use.
        let tb = weft_vm::types::exception::get_traceback(&ev);
        weft_vm::import::set(sys, "last_type", Value::Obj(vm.type_of(&ev).clone()));
        weft_vm::import::set(sys, "last_value", ev.clone());
        weft_vm::import::set(sys, "last_traceback", tb);
    }
    // sys.excepthook may be replaced by the program (or removed); if the replacement
    // fails, CPython reports that failure and then the original exception.
    let hook = interp().sys.get().and_then(|s| module_get(s, "excepthook"));
    match hook {
        None => print_err(vm, "sys.excepthook is missing\n"),
        Some(h) if matches!(h.payload(), Some(Payload::Builtin(_))) => {}
        Some(h) => {
            let t = Value::Obj(vm.type_of(&ev).clone());
            let tb = weft_vm::types::exception::get_traceback(&ev);
            match vm.call(&h, &[t, ev.clone(), tb]) {
                Ok(_) => return 1,
                Err(he) => {
                    let shown = weft_vm::traceback::format_exception(vm, &he.value());
                    print_err(
                        vm,
                        &format!("Error in sys.excepthook:\n{shown}\nOriginal exception was:\n"),
                    );
                }
            }
        }
    }
    let mut text = weft_vm::traceback::format_exception(vm, &ev);
    if RUNPY.load(std::sync::atomic::Ordering::Relaxed) {
        // The outermost exception passed through runpy's frames.
        let head = "Traceback (most recent call last):\n";
        if let Some(at) = text.rfind(head) {
            if at == 0 || text[..at].ends_with('\n') {
                text.insert_str(at + head.len(), RUNPY_FRAMES);
            }
        }
    }
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
        // sys.stderr = None: CPython writes nothing.
        Some(f) if f.is_none() => {}
        Some(f) => {
            if weft_vm::builtins::write_to(vm, &f, s).is_err() {
                eprint!("{s}");
            }
        }
        None => eprint!("{s}"),
    }
    flush(vm);
}

fn flush(vm: &Vm) {
    weft_stdlib::flush_all_files();
    flush_std(vm, ["stdout", "stderr"]);
}

/// Flush the `sys` streams `names`, in that order (errors ignored).
fn flush_std(vm: &Vm, names: [&str; 2]) {
    if let Some(sys) = interp().sys.get() {
        for name in names {
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
    // Objects other threads released to this one are freed before modules are cleared.
    weft_vm::refcount::merge_pending();
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
    // As CPython's finalize_modules: the special `sys` attributes go first (the last
    // uncaught exception, and with it its frames' locals).
    if let Some(sys) = interp().sys.get() {
        for name in ["last_type", "last_value", "last_traceback"] {
            if module_get(sys, name).is_some() {
                weft_vm::import::set(sys, name, Value::None);
                weft_vm::finalize::run_pending(vm);
            }
        }
    }
    if let Some(Value::Obj(m)) = get("__main__") {
        clear_module(vm, &m);
    }
    code
}

/// As CPython's finalization frees `__main__`'s globals. Its globals are nearly always
/// in a reference cycle (functions and classes point back at them), so CPython's last
/// garbage collection first runs the finalizers of everything they reach, globals
/// intact ([`finalize_reachable`]); then the globals are cleared in dictionary order (but
/// `__builtins__`), which finalizes what is left in that order.
fn clear_module(vm: &Vm, m: &weft_vm::ObjRef) {
    let Some(dict) = m.dict.get() else { return };
    let Payload::Dict(d) = &dict.payload else {
        return;
    };
    finalize_reachable(vm, &dict);
    for k in d.keys() {
        let builtins = matches!(&k, Value::Obj(o)
            if matches!(&o.payload, Payload::Str(s) if s.as_str() == "__builtins__"));
        if builtins || !matches!(&k, Value::Obj(o) if matches!(&o.payload, Payload::Str(_))) {
            continue;
        }
        d.set_str(k.clone(), weft_vm::str_hash(&k), Value::None);
        weft_vm::finalize::run_pending(vm);
    }
}

/// The finalizers CPython's last collection runs on `__main__`'s garbage. It runs them
/// in the order of its object list: allocation order, except that an object found
/// only after it was passed over (one made before what refers to it) moves to the end,
/// in the order its referrer's traversal visits it. weft keeps no allocation order, so
/// it takes the one a program usually has: depth first from the module's dict (a
/// container's items in order, an instance's attributes as its own, as 3.11's inline
/// attribute values are), except that a tuple's items, always made before the tuple,
/// move to the end, last item first (the order a tuple's traversal visits them), and so
/// do a dict's (the collector tracks a dict only from when it first holds a container,
/// so its first such value was made before it), first item first. A
/// finalized object is not finalized again when the globals are cleared: its attributes
/// are released (as the collector's clearing would) and the emptied object is left alive.
fn finalize_reachable(vm: &Vm, globals: &weft_vm::ObjRef) {
    if !weft_vm::finalize::any_finalizable() {
        return;
    }
    use std::collections::{HashSet, VecDeque};
    use weft_vm::ObjRef;
    fn dict_of(o: &ObjRef) -> Option<&weft_vm::types::dict::Dict> {
        match &o.payload {
            Payload::Dict(d) => Some(d),
            _ => None,
        }
    }
    let mut seen: HashSet<usize> = HashSet::new();
    let mut moved: VecDeque<ObjRef> = VecDeque::new();
    let mut found: Vec<ObjRef> = Vec::new();
    seen.insert(globals.id());
    moved.push_back(globals.clone());
    while let Some(start) = moved.pop_front() {
        let mut stack = vec![start];
        while let Some(o) = stack.pop() {
            if weft_vm::finalize::wants(&o) {
                found.push(o.clone());
            }
            let mut refs: Vec<Value> = Vec::new();
            match &o.payload {
                Payload::List(l) => refs.extend(l.read().iter().cloned()),
                Payload::Tuple(t) => {
                    for c in t.iter().rev() {
                        if let Value::Obj(c) = c {
                            if seen.insert(c.id()) {
                                moved.push_back(c.clone());
                            }
                        }
                    }
                }
                Payload::Dict(d) if o.ptr_eq(globals) => {
                    for (k, v) in d.items() {
                        refs.push(k);
                        refs.push(v);
                    }
                }
                Payload::Dict(d) => {
                    for (k, v) in d.items() {
                        for c in [k, v] {
                            if let Value::Obj(c) = c {
                                if seen.insert(c.id()) {
                                    moved.push_back(c);
                                }
                            }
                        }
                    }
                }
                Payload::Set(s) => refs.extend(s.keys()),
                Payload::Slots(d) => refs.extend(d.values()),
                Payload::Cell(c) => refs.push(c.read().clone()),
                Payload::Method(m) => refs.extend([m.0.clone(), m.1.clone()]),
                Payload::Function(f) => {
                    refs.push(f.defaults.read().clone());
                    refs.push(f.kwdefaults.read().clone());
                    refs.extend(f.cells().iter().cloned());
                }
                Payload::Module | Payload::Native(_) | Payload::Builtin(_) => continue,
                _ => {}
            }
            if let Some(d) = o.dict.as_ref().and_then(dict_of) {
                refs.extend(d.values());
            }
            if !matches!(o.payload, Payload::Type(_))
                && weft_vm::types::typeobj::tdata(&o.class).heap
            {
                refs.push(Value::Obj(o.class.clone()));
            }
            for r in refs.into_iter().rev() {
                if let Value::Obj(c) = r {
                    if seen.insert(c.id()) {
                        stack.push(c);
                    }
                }
            }
        }
    }
    for o in &found {
        weft_vm::finalize::finalize_now(vm, o);
    }
    for o in found {
        if matches!(o.payload, Payload::Generator(_)) {
            continue;
        }
        if let Some(d) = o.dict.as_ref().and_then(dict_of) {
            d.clear();
        }
        if let Payload::Slots(d) = &o.payload {
            d.clear();
        }
        std::mem::forget(o);
        weft_vm::finalize::run_pending(vm);
    }
}

/// CPython reopens a script read from a pipe in its declared encoding, which fails for
/// anything but UTF-8: "encoding problem: NAME" (with CPython's normalised NAME).
fn stdin_encoding_problem(src: &[u8]) -> Option<String> {
    use std::os::fd::AsFd;
    let regular = std::io::stdin()
        .as_fd()
        .try_clone_to_owned()
        .ok()
        .and_then(|fd| std::fs::File::from(fd).metadata().ok())
        .is_some_and(|m| m.is_file());
    let name = weft_vm::import::coding_cookie(src.strip_prefix(b"\xef\xbb\xbf").unwrap_or(src))?;
    let n = name.replace('_', "-");
    let is = |base: &str| n == base || n.starts_with(&format!("{base}-"));
    if regular || name.is_empty() || is("utf-8") {
        return None;
    }
    if is("latin-1") || is("iso-8859-1") || is("iso-latin-1") {
        return Some("encoding problem: iso-8859-1".into());
    }
    Some(format!("encoding problem: {name}"))
}
