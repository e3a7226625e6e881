//! The import system: `sys.modules`, native (Rust) modules, Python modules embedded in
//! the binary (`lib/`), and `.py` files and packages found on `sys.path`, with relative
//! imports (<https://docs.python.org/3.11/reference/import.html>).

use crate::eval::{self, make_code_object};
use crate::frame::Frame;
use crate::interp::{interp, module_get};
use crate::object::ObjRef;
use crate::payload::Payload;
use crate::types::types;
use crate::value::Value;
use crate::vm::Vm;
use crate::{new_str, PyResult};

mod program_text;

fn modules_dict() -> &'static crate::types::dict::Dict {
    match &interp().modules().payload {
        Payload::Dict(d) => d,
        _ => unreachable!(),
    }
}

pub fn new_module(name: &str) -> ObjRef {
    let m = ObjRef::new(
        types().module.clone(),
        Some(crate::new_dict_obj()),
        Payload::Module,
    );
    // Interned (immortal), so that `Vm::module_name` can cache it for MAKE_FUNCTION.
    set(&m, "__name__", crate::intern(name));
    set(&m, "__doc__", Value::None);
    set(&m, "__package__", Value::None);
    set(&m, "__loader__", Value::None);
    set(&m, "__spec__", Value::None);
    // Modules and their namespaces are shared by every thread (each call's frame refers
    // to its globals): immortal, so those references never write the count.
    m.make_immortal();
    if let Some(d) = m.dict.as_ref() {
        d.make_immortal();
    }
    m
}

pub fn set(m: &ObjRef, name: &str, v: Value) {
    if let Some(Payload::Dict(d)) = m.dict.as_ref().map(|d| &d.payload) {
        // A module-level built-in function belongs to the first module it is stored in.
        if let Some(Payload::Builtin(b)) = v.payload() {
            if b.owner.is_none() && b.bound.is_none() && b.module.get().is_none() {
                let n = crate::intern("__name__");
                if let Some(mn) = d.get_str(&n, crate::str_hash(&n)) {
                    let _ = b.module.set(mn);
                }
            }
        }
        let k = crate::intern(name);
        d.set_str(k.clone(), crate::str_hash(&k), v);
    }
}

/// `getattr(m, name)` for what `sys.modules` holds (usually a module; a program may put
/// any object there), `None` if it has no such attribute.
fn attr_of(vm: &Vm, m: &Value, name: &str) -> Option<Value> {
    match m.as_obj() {
        Some(o) if matches!(o.payload, Payload::Module) => module_get(o, name),
        _ => vm.getattr(m, name).ok(),
    }
}

fn get_module(name: &str) -> Option<Value> {
    let k = crate::intern(name);
    modules_dict().get_str(&k, crate::str_hash(&k))
}

fn str_of(v: &Value) -> Option<String> {
    match v.payload() {
        Some(Payload::Str(s)) => Some(s.as_str().to_string()),
        _ => None,
    }
}

/// Resolve a relative module name against the importing module's package.
fn resolve_name(vm: &Vm, name: &str, globals: &ObjRef, level: i64) -> PyResult<String> {
    if level == 0 {
        return Ok(name.to_string());
    }
    let g = globals.dict.as_ref().unwrap_or(globals);
    let get = |n: &str| -> Option<Value> {
        match &g.payload {
            Payload::Dict(d) => {
                let k = crate::intern(n);
                d.get_str(&k, crate::str_hash(&k))
            }
            _ => None,
        }
    };
    let package = match get("__package__").and_then(|v| str_of(&v)) {
        Some(p) => p,
        None => {
            let modname = get("__name__").and_then(|v| str_of(&v)).unwrap_or_default();
            if get("__path__").is_some() {
                modname
            } else {
                modname
                    .rsplit_once('.')
                    .map(|(a, _)| a.to_string())
                    .unwrap_or_default()
            }
        }
    };
    if package.is_empty() {
        return Err(import_error(
            vm,
            "ImportError",
            "attempted relative import with no known parent package".into(),
            None,
        ));
    }
    let parts: Vec<&str> = package.split('.').collect();
    if (level as usize) > parts.len() {
        return Err(import_error(
            vm,
            "ImportError",
            "attempted relative import beyond top-level package".into(),
            None,
        ));
    }
    let base = parts[..parts.len() - (level as usize - 1)].join(".");
    Ok(if name.is_empty() {
        base
    } else {
        format!("{base}.{name}")
    })
}

/// IMPORT_NAME.
pub fn import_name(
    vm: &Vm,
    name: &str,
    globals: &ObjRef,
    fromlist: &Value,
    level: &Value,
) -> PyResult<Value> {
    let level = match level {
        Value::Int(i) => *i,
        _ => 0,
    };
    if name.is_empty() && level == 0 {
        return Err(vm.value_error("Empty module name"));
    }
    let full = resolve_name(vm, name, globals, level)?;
    let m = import_module(vm, &full)?;
    let has_fromlist = match fromlist.payload() {
        Some(Payload::Tuple(t)) => !t.is_empty(),
        _ => !fromlist.is_none(),
    };
    if has_fromlist {
        // `from pkg import sub` may need to import submodules.
        if let Some(Payload::Tuple(t)) = fromlist.payload() {
            if attr_of(vm, &m, "__path__").is_some() {
                for item in t.iter() {
                    if let Some(s) = str_of(item) {
                        if s != "*" && attr_of(vm, &m, &s).is_none() {
                            let _ = import_module(vm, &format!("{full}.{s}"));
                        }
                    }
                }
            }
        }
        return Ok(m);
    }
    if level == 0 {
        let top = full.split('.').next().unwrap();
        return get_module(top).ok_or_else(|| {
            import_error(
                vm,
                "ModuleNotFoundError",
                format!("No module named '{top}'"),
                Some(top),
            )
        });
    }
    // Relative import without fromlist: return the top of the relative name.
    let top = name.split('.').next().unwrap_or("");
    let base = &full[..full.len() - name.len()];
    let want = format!("{base}{top}");
    Ok(get_module(want.trim_end_matches('.')).unwrap_or(m))
}

/// Modules whose code is running now, with the importing thread (under the import lock).
static INITIALIZING: parking_lot::Mutex<Vec<(String, std::thread::ThreadId)>> =
    parking_lot::Mutex::new(Vec::new());
static INITIALIZING_COUNT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

fn initializing_elsewhere(full: &str) -> bool {
    let me = std::thread::current().id();
    INITIALIZING
        .lock()
        .iter()
        .any(|(n, t)| n == full && *t != me)
}

/// Whether module `full`'s code is running now, on any thread (CPython's
/// `__spec__._initializing`): its missing names are reported as "most likely due to a
/// circular import".
pub fn is_initializing(full: &str) -> bool {
    INITIALIZING_COUNT.load(std::sync::atomic::Ordering::Acquire) != 0
        && INITIALIZING.lock().iter().any(|(n, _)| n == full)
}

/// Import a fully qualified module name (parents first).
pub fn import_module(vm: &Vm, full: &str) -> PyResult<Value> {
    if let Some(m) = get_module(full) {
        if m.is_none() {
            // `sys.modules[name] = None` blocks the import.
            return Err(import_error(
                vm,
                "ModuleNotFoundError",
                format!("import of {full} halted; None in sys.modules"),
                Some(full),
            ));
        }
        // A module that another thread is still executing is in sys.modules already:
        // as in CPython, wait for it to finish (below) instead of using it half-built.
        if INITIALIZING_COUNT.load(std::sync::atomic::Ordering::Acquire) == 0
            || !initializing_elsewhere(full)
        {
            return Ok(m);
        }
    }
    // Another thread may be importing (running module code): wait with the GIL released,
    // or that thread could never finish under `--gil`.
    let _guard = match interp().import_lock.try_lock() {
        Some(g) => g,
        None => crate::gil::allow_threads(vm, crate::timeline::State::WaitLock, || {
            interp().import_lock.lock()
        }),
    };
    if let Some(m) = get_module(full) {
        return Ok(m);
    }
    let (parent, short) = match full.rsplit_once('.') {
        Some((p, s)) => (Some(p), s),
        None => (None, full),
    };
    let search_path: Vec<String> = match parent {
        Some(p) => {
            // Whatever sys.modules holds for the parent (even None or a non-module) is
            // used as it is; only a missing parent is imported.
            let pm = match get_module(p) {
                Some(v) => v,
                None => import_module(vm, p)?,
            };
            if let Some(m) = get_module(full) {
                return Ok(m);
            }
            match attr_of(vm, &pm, "__path__") {
                Some(path) => vm.collect(&path)?.iter().filter_map(str_of).collect(),
                None => return Err(not_found(vm, full, Some(p))),
            }
        }
        None => {
            if let Some(init) = interp().native_modules.read().get(full).copied() {
                let m = init(vm)?;
                modules_dict().set_str(
                    crate::intern(full),
                    crate::str_hash(&crate::intern(full)),
                    Value::Obj(m.clone()),
                );
                return Ok(Value::Obj(m));
            }
            let sys_path = interp().sys.get().and_then(|s| module_get(s, "path"));
            match sys_path {
                Some(p) => vm.collect(&p)?.iter().filter_map(str_of).collect(),
                None => vec![],
            }
        }
    };
    let found = locate(vm, full, parent, short, &search_path)?;
    let Some((filename, src, is_pkg)) = found else {
        return Err(not_found(vm, full, parent));
    };
    let m = new_module(full);
    set(&m, "__file__", new_str(filename.clone()));
    if is_pkg {
        let dir = filename
            .rsplit_once('/')
            .map(|(d, _)| d.to_string())
            .unwrap_or_default();
        set(&m, "__path__", crate::new_list(vec![new_str(dir)]));
        set(&m, "__package__", new_str(full));
    } else {
        set(&m, "__package__", new_str(parent.unwrap_or("")));
    }
    set(&m, "__builtins__", Value::Obj(interp().builtins().clone()));
    modules_dict().set_str(
        crate::intern(full),
        crate::str_hash(&crate::intern(full)),
        Value::Obj(m.clone()),
    );
    let me = std::thread::current().id();
    INITIALIZING.lock().push((full.to_string(), me));
    INITIALIZING_COUNT.fetch_add(1, std::sync::atomic::Ordering::AcqRel);
    let r = exec_source(vm, &src, &filename, &m);
    {
        let mut v = INITIALIZING.lock();
        if let Some(i) = v.iter().rposition(|(n, t)| n == full && *t == me) {
            v.remove(i);
        }
        INITIALIZING_COUNT.fetch_sub(1, std::sync::atomic::Ordering::AcqRel);
    }
    if let Err(e) = r {
        modules_dict().remove_str(&crate::intern(full), crate::str_hash(&crate::intern(full)));
        return Err(e);
    }
    if let Some(p) = parent {
        if let Some(Value::Obj(pm)) = get_module(p) {
            set(&pm, short, Value::Obj(m.clone()));
        }
    }
    Ok(get_module(full).unwrap_or(Value::Obj(m)))
}

/// Where the source of module `full` is, without running it: `(filename, source,
/// is_package)`, or None when it is not found. Parents are imported first.
pub fn find_source(vm: &Vm, full: &str) -> PyResult<Option<(String, String, bool)>> {
    let (parent, short) = match full.rsplit_once('.') {
        Some((p, s)) => (Some(p), s),
        None => (None, full),
    };
    let search_path: Vec<String> = match parent {
        Some(p) => {
            let pm = import_module(vm, p)?;
            match attr_of(vm, &pm, "__path__") {
                Some(path) => vm.collect(&path)?.iter().filter_map(str_of).collect(),
                None => return Ok(None),
            }
        }
        None => match interp().sys.get().and_then(|s| module_get(s, "path")) {
            Some(p) => vm.collect(&p)?.iter().filter_map(str_of).collect(),
            None => vec![],
        },
    };
    locate(vm, full, parent, short, &search_path)
}

/// Search the embedded modules, then `search_path`, for module `full`.
fn locate(
    vm: &Vm,
    full: &str,
    parent: Option<&str>,
    short: &str,
    search_path: &[String],
) -> PyResult<Option<(String, String, bool)>> {
    // Embedded modules first, then the file system.
    let rel = full.replace('.', "/");
    let embedded = {
        let src = interp().sources.read();
        if let Some(s) = src.get(format!("{rel}/__init__.py").as_str()) {
            Some((format!("<weft>/{rel}/__init__.py"), *s, true))
        } else {
            src.get(format!("{rel}.py").as_str())
                .map(|s| (format!("<weft>/{rel}.py"), *s, false))
        }
    };
    let found = match embedded {
        Some((f, s, pkg))
            if parent.is_none() || search_path.iter().any(|p| p.starts_with("<weft>")) =>
        {
            Some((f, s.to_string(), pkg))
        }
        _ => {
            let mut hit = None;
            for dir in search_path {
                let base = if dir.is_empty() {
                    // as CPython's FileFinder: '' is the working directory
                    std::env::current_dir()
                        .map(|d| d.to_string_lossy().to_string())
                        .unwrap_or_else(|_| ".".to_string())
                } else {
                    dir.clone()
                };
                let pkg = format!("{base}/{short}/__init__.py");
                let file = format!("{base}/{short}.py");
                if std::path::Path::new(&pkg).is_file() {
                    hit = Some((pkg, true));
                    break;
                }
                if std::path::Path::new(&file).is_file() {
                    hit = Some((file, false));
                    break;
                }
            }
            match hit {
                Some((f, pkg)) => {
                    let bytes = std::fs::read(&f)
                        .map_err(|e| vm.new_error("ImportError", e.to_string()))?;
                    // importlib hands the file's bytes to compile()
                    let src = match decode_declared(vm, &bytes, &f)? {
                        Some(src) => src,
                        None => decode_source(vm, &bytes, &f)?,
                    };
                    Some((f.trim_start_matches("./").to_string(), src, pkg))
                }
                None => embedded.map(|(f, s, p)| (f, s.to_string(), p)),
            }
        }
    };
    Ok(found)
}

/// An `ImportError` (or subclass `cls`) as the import machinery raises it: `msg` and
/// `name` set as `ImportError.__init__` would.
fn import_error(vm: &Vm, cls: &str, msg: String, name: Option<&str>) -> crate::PyErr {
    let e = vm.new_error(cls, msg.clone());
    let _ = vm.set_attr_raw(&e.0, "msg", new_str(msg));
    let _ = vm.set_attr_raw(&e.0, "name", name.map_or(Value::None, new_str));
    let _ = vm.set_attr_raw(&e.0, "path", Value::None);
    e
}

fn not_found(vm: &Vm, full: &str, parent: Option<&str>) -> crate::PyErr {
    let msg = match parent {
        Some(p) if get_module(p).is_some_and(|m| attr_of(vm, &m, "__path__").is_none()) => {
            format!("No module named '{full}'; '{p}' is not a package")
        }
        _ => format!("No module named '{full}'"),
    };
    import_error(vm, "ModuleNotFoundError", msg, Some(full))
}

/// Compile and run source in a module's namespace.
pub fn exec_source(vm: &Vm, src: &str, filename: &str, m: &ObjRef) -> PyResult<()> {
    let code = compile(vm, src, filename, weft_compiler::Mode::Exec)?;
    let globals = m.dict.get().unwrap();
    run_code(vm, &code, &globals, Value::Obj(globals.clone()))?;
    Ok(())
}

/// The encoding a source declares in a `coding[:=]` comment on its first two lines
/// (<https://peps.python.org/pep-0263/>), lower-cased.
pub fn coding_cookie(body: &[u8]) -> Option<String> {
    coding_cookie_raw(body).map(|n| n.to_lowercase())
}

/// [`coding_cookie`] as written (CPython's messages quote it unchanged).
fn coding_cookie_raw(body: &[u8]) -> Option<String> {
    let head: Vec<&[u8]> = body.split(|&b| b == b'\n').take(2).collect();
    head.iter().find_map(|l| {
        let l = String::from_utf8_lossy(l);
        let t = l.trim_start();
        if !t.starts_with('#') {
            return None;
        }
        let at = t.to_ascii_lowercase().find("coding")?;
        let rest = t[at + 6..].strip_prefix([':', '='])?.trim_start();
        Some(
            rest.chars()
                .take_while(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
                .collect::<String>(),
        )
    })
}

/// Source file bytes as text (<https://peps.python.org/pep-0263/>): UTF-8 (a BOM is
/// skipped), or Latin-1 when declared; otherwise CPython's "Non-UTF-8 code" SyntaxError.
/// Null bytes are a SyntaxError as well.
pub fn decode_source(vm: &Vm, bytes: &[u8], filename: &str) -> PyResult<String> {
    let body = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let raw = coding_cookie_raw(body).filter(|n| !n.is_empty());
    let declared = raw.as_ref().map(|n| n.to_lowercase());
    if let (true, Some(name)) = (body.len() < bytes.len(), raw.as_deref()) {
        // A BOM declares UTF-8: any other cookie (CPython's normalised name) conflicts.
        let norm = normal_encoding_name(name);
        if norm != "utf-8" {
            let msg = format!("encoding problem: {norm} with BOM");
            return Err(bare_syntax_error(vm, &msg));
        }
    }
    if let (Some(name), Some(raw)) = (declared.as_deref(), raw.as_deref()) {
        let n = name.replace('_', "-");
        if !known_codec(name) {
            // an unknown codec: CPython's bare "encoding problem" SyntaxError
            let msg = format!("encoding problem: {raw}");
            return Err(bare_syntax_error(vm, &msg));
        }
        if matches!(
            n.as_str(),
            "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1"
        ) && !body.is_ascii()
        {
            let text: String = body.iter().map(|&b| b as char).collect();
            return null_check(vm, text, filename);
        }
        if n.starts_with("utf-16")
            || n.starts_with("utf-32")
            || n.starts_with("utf16")
            || n.starts_with("utf32")
        {
            // not ASCII-compatible: CPython's tokenizer cannot read such a file
            return Err(bare_syntax_error(vm, &format!("encoding problem: {raw}")));
        }
        if !body.is_ascii() && normal_encoding_name(raw) != "utf-8" {
            // any other declared codec decodes the file; bytes it cannot decode are
            // CPython's bare "encoding problem" SyntaxError
            let bytes = crate::new_bytes(body.to_vec());
            return match vm.call_method(&bytes, "decode", &[new_str(raw)]) {
                Ok(v) => match str_of(&v) {
                    Some(text) => null_check(vm, text, filename),
                    None => Err(bare_syntax_error(vm, &format!("encoding problem: {raw}"))),
                },
                Err(_) => Err(bare_syntax_error(vm, &format!("encoding problem: {raw}"))),
            };
        }
    }
    let text = match std::str::from_utf8(body) {
        Ok(t) => t.to_string(),
        Err(e) => match declared.as_deref() {
            Some("latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "cp1252") => {
                body.iter().map(|&b| b as char).collect()
            }
            Some(x) if !x.starts_with("utf") => String::from_utf8_lossy(body).to_string(),
            _ => {
                let at = e.valid_up_to();
                let line = body[..at].iter().filter(|&&b| b == b'\n').count() + 1;
                return Err(bare_syntax_error(
                        vm,
                        &format!(
                            "Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                            body[at], filename, line
                        ),
                    ));
            }
        },
    };
    null_check(vm, text, filename)
}

/// Source bytes given to compile()/exec() whose coding cookie names a codec other than
/// UTF-8 or Latin-1, decoded with it (None for the rest): bytes it cannot decode are a
/// SyntaxError carrying the codec's message, at line 0, offset -1, as in CPython.
pub fn decode_declared(vm: &Vm, bytes: &[u8], filename: &str) -> PyResult<Option<String>> {
    if bytes.starts_with(b"\xef\xbb\xbf") {
        return Ok(None);
    }
    let Some(raw) = coding_cookie_raw(bytes).filter(|n| !n.is_empty()) else {
        return Ok(None);
    };
    let norm = normal_encoding_name(&raw);
    if bytes.is_ascii() && !norm.replace('_', "-").starts_with("utf-") {
        return Ok(None);
    }
    if norm == "utf-8" || norm == "iso-8859-1" {
        return Ok(None);
    }
    let b = crate::new_bytes(bytes.to_vec());
    match vm.call_method(&b, "decode", &[new_str(raw.as_str())]) {
        Ok(v) => Ok(str_of(&v)),
        Err(e) => {
            let msg = vm
                .str(&e.value())
                .unwrap_or_else(|_| format!("encoding problem: {raw}"));
            Err(cookie_syntax_error(vm, &msg, filename))
        }
    }
}

/// Whether a (lower-cased) declared encoding names a codec CPython knows.
fn known_codec(name: &str) -> bool {
    let n = name.replace('_', "-");
    let known = [
        "utf", "latin", "iso", "ascii", "us-ascii", "cp", "windows", "euc", "shift", "sjis", "gb",
        "big5", "koi8", "mac", "hz", "johab", "ks", "tis", "ptcp", "hp-", "u8",
    ];
    known.iter().any(|k| n.starts_with(k))
}

/// The coding cookie (as written) of source bytes without a BOM when it names no known
/// codec: compile()/exec() of bytes report "unknown encoding: NAME" for it.
pub fn unknown_cookie(bytes: &[u8]) -> Option<String> {
    if bytes.starts_with(b"\xef\xbb\xbf") {
        return None;
    }
    coding_cookie_raw(bytes).filter(|n| !n.is_empty() && !known_codec(&n.to_lowercase()))
}

/// CPython's tokenizer's normal name of a declared encoding: "utf-8" and "iso-8859-1"
/// for their spellings, anything else as written.
fn normal_encoding_name(name: &str) -> String {
    let n: String = name
        .chars()
        .take(12)
        .map(|c| {
            if c == '_' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    if n == "utf-8" || n.starts_with("utf-8-") {
        return "utf-8".into();
    }
    let latin = ["latin-1", "iso-8859-1", "iso-latin-1"];
    if latin
        .iter()
        .any(|l| n == *l || n.starts_with(&format!("{l}-")))
    {
        return "iso-8859-1".into();
    }
    name.to_string()
}

/// Source text with a null byte is a SyntaxError (after an earlier tokenizer error).
fn null_check(vm: &Vm, text: String, filename: &str) -> PyResult<String> {
    if let Some(at) = text.find('\0') {
        let line = text[..at].matches('\n').count() + 1;
        let start = text[..at].rfind('\n').map(|i| i + 1).unwrap_or(0);
        if earlier_tokenizer_error(&text[..start], filename) {
            // CPython reads the file line by line: that error comes first. Compiling the
            // lines before the null byte reports it.
            return Ok(text[..start].to_string());
        }
        return Err(located_syntax_error(
            vm,
            "source code cannot contain null bytes",
            new_str(filename),
            Value::Int(line as i64),
            new_str(format!("{}\n", &text[start..at])),
        ));
    }
    Ok(text)
}

/// A SyntaxError with a message only (no location is printed).
pub fn bare_syntax_error(vm: &Vm, msg: &str) -> crate::PyErr {
    located_syntax_error(vm, msg, Value::None, Value::None, Value::None)
}

/// A SyntaxError with its attributes set (no offset: no caret is shown).
fn located_syntax_error(
    vm: &Vm,
    msg: &str,
    filename: Value,
    lineno: Value,
    text: Value,
) -> crate::PyErr {
    located_syntax_error_at(vm, msg, filename, lineno, Value::None, text)
}

/// The SyntaxError of `compile()`/`exec()` for bytes whose coding cookie names no codec:
/// CPython reports it at line 0, offset -1 of the given file name.
pub fn cookie_syntax_error(vm: &Vm, msg: &str, filename: &str) -> crate::PyErr {
    located_syntax_error_at(
        vm,
        msg,
        new_str(filename),
        Value::Int(0),
        Value::Int(-1),
        Value::None,
    )
}

fn located_syntax_error_at(
    vm: &Vm,
    msg: &str,
    filename: Value,
    lineno: Value,
    offset: Value,
    text: Value,
) -> crate::PyErr {
    let t = vm.exc_type("SyntaxError");
    let args = if filename.is_none() {
        vec![new_str(msg)]
    } else {
        vec![
            new_str(msg),
            crate::new_tuple_of([
                filename.clone(),
                lineno.clone(),
                offset.clone(),
                text.clone(),
            ]),
        ]
    };
    let err = vm.new_exception(&t, args);
    for (k, v) in [
        ("msg", new_str(msg)),
        ("filename", filename),
        ("lineno", lineno),
        ("offset", offset),
        ("text", text),
        ("end_lineno", Value::None),
        ("end_offset", Value::None),
        ("print_file_and_line", Value::None),
    ] {
        let _ = vm.set_attr_raw(&err.0, k, v);
    }
    err
}

/// Whether `prefix` (the lines before one holding a null byte) has an error that CPython's
/// line-by-line tokenizer raises before reading further: a tokenizer error, or an
/// unexpected indent (other parser errors scan on and meet the null byte).
fn earlier_tokenizer_error(prefix: &str, filename: &str) -> bool {
    let Err(e) = weft_compiler::compile(prefix, filename, weft_compiler::Mode::Exec) else {
        return false;
    };
    let _ = weft_compiler::compile::take_warnings();
    // an unexpected indent is the parser's, but also stops it before the null byte
    program_text::raised_on_line(&e) || e.msg.starts_with("unexpected indent")
}

/// Compile source, turning syntax errors into SyntaxError exceptions.
/// Calibrated so that compile() reaches RecursionError at CPython 3.11's nesting depths.
const COMPILE_DEPTH_EXTRA: u32 = 1;

pub fn compile(vm: &Vm, src: &str, filename: &str, mode: weft_compiler::Mode) -> PyResult<ObjRef> {
    compile_at(vm, src, filename, mode, weft_compiler::compile::optimize())
}

/// [`compile`] at optimisation level `level` (`compile()`'s `optimize` argument).
pub fn compile_at(
    vm: &Vm,
    src: &str,
    filename: &str,
    mode: weft_compiler::Mode,
    level: u8,
) -> PyResult<ObjRef> {
    compile_in(vm, src, filename, mode, level, Origin::Text)
}

/// [`compile_at`] for source given as bytes: `bytes` is the undecoded source. Without a
/// BOM or coding declaration CPython's tokenizer keeps no encoding, and its parser errors
/// report UTF-8 byte offsets.
pub fn compile_bytes_at(
    vm: &Vm,
    src: &str,
    bytes: &[u8],
    filename: &str,
    mode: weft_compiler::Mode,
    level: u8,
) -> PyResult<ObjRef> {
    let declared = bytes.starts_with(b"\xef\xbb\xbf") || coding_cookie(bytes).is_some();
    let origin = if declared {
        Origin::Text
    } else {
        Origin::Bytes
    };
    compile_in(vm, src, filename, mode, level, origin)
}

/// Where the source being compiled came from (CPython locates errors differently).
#[derive(Clone, Copy, PartialEq)]
enum Origin {
    /// a str (or bytes that declare their encoding)
    Text,
    /// bytes with no declared encoding
    Bytes,
    /// a script read from a file or stdin
    File,
}

/// Compile and run a script read from the file `filename` or from stdin (its syntax
/// errors located as CPython's file tokenizer and parser locate them).
pub fn exec_script(vm: &Vm, src: &str, filename: &str, m: &ObjRef) -> PyResult<()> {
    let level = weft_compiler::compile::optimize();
    let code = compile_in(
        vm,
        src,
        filename,
        weft_compiler::Mode::Exec,
        level,
        Origin::File,
    )?;
    let globals = m.dict.get().unwrap();
    run_code(vm, &code, &globals, Value::Obj(globals.clone()))?;
    Ok(())
}

fn compile_in(
    vm: &Vm,
    src: &str,
    filename: &str,
    mode: weft_compiler::Mode,
    level: u8,
    origin: Origin,
) -> PyResult<ObjRef> {
    if src.contains('\0') {
        return Err(located_syntax_error(
            vm,
            "source code string cannot contain null bytes",
            Value::None,
            Value::None,
            Value::None,
        ));
    }
    // CPython's compiler allows three levels of nesting per frame of recursion left
    let left = interp().recursion_limit().saturating_sub(vm.depth.get());
    weft_compiler::set_depth_limit(
        left.saturating_mul(3)
            .saturating_add(COMPILE_DEPTH_EXTRA)
            .clamp(60, 30_000),
    );
    match weft_compiler::compile::compile_at(src, filename, mode, level) {
        Ok(code) => {
            let warnings = weft_compiler::compile::take_warnings();
            if !warnings.is_empty() {
                emit_syntax_warnings(vm, filename, warnings)?;
            }
            Ok(make_code_object(code))
        }
        Err(mut e) => {
            if !e.late && origin != Origin::File {
                let exec = mode == weft_compiler::Mode::Exec;
                program_text::adjust_for_string(&mut e, src, exec);
            }
            if e.late {
                program_text::byte_columns(&mut e);
            } else if origin == Origin::File {
                program_text::adjust_for_file(&mut e, filename);
            } else if origin == Origin::Bytes {
                program_text::adjust_for_bytes(&mut e);
            }
            Err(syntax_error(vm, &e, filename))
        }
    }
}

/// The compiler's `SyntaxWarning`s, through `warnings.warn_explicit` (so filters apply).
fn emit_syntax_warnings(vm: &Vm, filename: &str, warnings: Vec<(u32, String)>) -> PyResult<()> {
    let w = import_module(vm, "warnings")?;
    let f = vm.getattr(&w, "warn_explicit")?;
    let cat = Value::Obj(vm.exc_type("SyntaxWarning"));
    for (line, msg) in warnings {
        vm.call(
            &f,
            &[
                new_str(msg),
                cat.clone(),
                new_str(filename),
                Value::Int(line as i64),
            ],
        )?;
    }
    Ok(())
}

pub fn syntax_error(vm: &Vm, e: &weft_compiler::CompileError, filename: &str) -> crate::PyErr {
    let t = vm.exc_type(e.kind);
    if e.kind == "RecursionError" {
        // Too deeply nested to compile: a plain RecursionError, as CPython raises it.
        return vm.new_exception(&t, vec![new_str(e.msg.clone())]);
    }
    if e.kind == "MemoryError" {
        // the parser's stack overflowed: a bare MemoryError, as CPython raises it
        return vm.new_exception(&t, vec![]);
    }
    let text = if e.late {
        // As CPython: an error found after parsing shows the line of the named file.
        std::fs::read(filename).ok().and_then(|b| {
            let line = b
                .split_inclusive(|&c| c == b'\n')
                .nth(e.line.saturating_sub(1) as usize)?;
            program_text::last_piece(line).map(|p| new_str(String::from_utf8_lossy(p)))
        })
    } else {
        e.text.as_ref().map(|t| {
            new_str(if e.text_newline {
                format!("{t}\n")
            } else {
                t.clone()
            })
        })
    }
    .unwrap_or(Value::None);
    let end_col = Value::Int(if e.end_col == u32::MAX {
        -1
    } else {
        e.end_col as i64
    });
    let details = crate::new_tuple_of([
        new_str(filename),
        Value::Int(e.line as i64),
        Value::Int(e.col as i64),
        text.clone(),
        Value::Int(e.end_line as i64),
        end_col.clone(),
    ]);
    let err = vm.new_exception(&t, vec![new_str(e.msg.clone()), details]);
    let o = &err.0;
    let _ = vm.set_attr_raw(o, "msg", new_str(e.msg.clone()));
    let _ = vm.set_attr_raw(o, "filename", new_str(filename));
    let _ = vm.set_attr_raw(o, "lineno", Value::Int(e.line as i64));
    let _ = vm.set_attr_raw(o, "offset", Value::Int(e.col as i64));
    let _ = vm.set_attr_raw(o, "text", text);
    let _ = vm.set_attr_raw(o, "end_lineno", Value::Int(e.end_line as i64));
    let _ = vm.set_attr_raw(o, "end_offset", end_col);
    let _ = vm.set_attr_raw(o, "print_file_and_line", Value::None);
    err
}

/// Run a module-level code object with `globals` and `locals`.
pub fn run_code(vm: &Vm, code: &ObjRef, globals: &ObjRef, locals: Value) -> PyResult<Value> {
    let builtins = {
        let k = crate::intern("__builtins__");
        match &globals.payload {
            Payload::Dict(d) => match d.get_str(&k, crate::str_hash(&k)) {
                Some(Value::Obj(b)) if matches!(b.payload, Payload::Module) => b.clone(),
                Some(Value::Obj(b)) if matches!(b.payload, Payload::Dict(_)) => b.clone(),
                _ => {
                    d.set_str(
                        k.clone(),
                        crate::str_hash(&k),
                        Value::Obj(interp().builtins().clone()),
                    );
                    interp().builtins().clone()
                }
            },
            _ => interp().builtins().clone(),
        }
    };
    let mut f = Frame::new(code.clone(), None, globals.clone(), builtins, locals);
    vm.enter()?;
    let r = eval::run(vm, &mut f);
    vm.leave();
    match r? {
        eval::Exit::Return(v) => Ok(v),
        eval::Exit::Yield(_) => Ok(Value::None),
    }
}

/// IMPORT_FROM.
pub fn import_from(vm: &Vm, m: &Value, name: &str) -> PyResult<Value> {
    match vm.getattr(m, name) {
        Ok(v) => Ok(v),
        Err(_) => {
            let mname = vm.getattr(m, "__name__").ok().and_then(|v| str_of(&v));
            let Some(mname) = mname else {
                return Err(import_error(
                    vm,
                    "ImportError",
                    format!(
                        "cannot import name '{name}' from '<unknown module name>' (unknown location)"
                    ),
                    None,
                ));
            };
            if let Ok(v) = import_module(vm, &format!("{mname}.{name}")) {
                return Ok(v);
            }
            let file = vm.getattr(m, "__file__").ok().and_then(|v| str_of(&v));
            let loc = match file {
                Some(f) => format!(" ({f})"),
                None => " (unknown location)".into(),
            };
            let msg = if is_initializing(&mname) {
                format!(
                    "cannot import name '{name}' from partially initialized module '{mname}' \
                     (most likely due to a circular import){loc}"
                )
            } else {
                format!("cannot import name '{name}' from '{mname}'{loc}")
            };
            Err(import_error(vm, "ImportError", msg, Some(&mname)))
        }
    }
}

/// IMPORT_STAR.
pub fn import_star(vm: &Vm, m: &Value, f: &Frame) -> PyResult<()> {
    let names: Vec<Value> = match vm.getattr(m, "__all__") {
        Ok(all) => vm.collect(&all)?,
        Err(_) => match m.as_obj().and_then(|o| o.dict.as_ref()) {
            Some(d) => match &d.payload {
                Payload::Dict(d) => d
                    .keys()
                    .into_iter()
                    .filter(|k| str_of(k).map(|s| !s.starts_with('_')).unwrap_or(false))
                    .collect(),
                _ => vec![],
            },
            None => {
                return Err(vm.new_error(
                    "ImportError",
                    "from-import-* object has no __dict__ and no __all__",
                ))
            }
        },
    };
    for n in names {
        let s = str_of(&n).unwrap_or_default();
        let v = vm.getattr(m, &s)?;
        crate::ops::setitem(vm, &f.locals, crate::intern(&s), v)?;
    }
    Ok(())
}
