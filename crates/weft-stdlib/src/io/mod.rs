//! `_io`: weft's native I/O stack — `open()`, `FileIO`, `BufferedReader`/`Writer`/`Random`,
//! `TextIOWrapper`, `StringIO`, `BytesIO`, the `IOBase` hierarchy and the standard streams
//! (<https://docs.python.org/3.11/library/io.html>).
//!
//! Files opened on disk run entirely in Rust: a `TextIOWrapper` over a native buffered
//! object over a native `FileIO` calls straight down without Python calls; a wrapper over a
//! Python object (e.g. `TextIOWrapper(BytesIO())`) calls its methods instead. Every object
//! keeps its state behind one mutex taken with [`lock`] (which waits with the GIL released);
//! blocking system calls run inside `gil::allow_threads`.

pub mod base;
pub mod buffered;
pub mod codec;
pub mod fileio;
pub mod memio;
pub mod stdio;
pub mod text;

use parking_lot::{Mutex, MutexGuard};
use std::sync::OnceLock;
use weft_vm::payload::{Native, Payload};
use weft_vm::types::function::BuiltinKind;
use weft_vm::types::function::NativeFn;
use weft_vm::types::typeobj::{self, tdata, Layout, TypeData};
use weft_vm::types::{native, types};
use weft_vm::{import, new_str, ObjRef, PyErr, PyResult, Value, Vm};

pub type Kw<'a> = &'a [(Value, Value)];

pub const DEFAULT_BUFFER_SIZE: usize = 8192;

pub struct IoTypes {
    pub iobase: ObjRef,
    pub rawiobase: ObjRef,
    pub bufferediobase: ObjRef,
    pub textiobase: ObjRef,
    pub fileio: ObjRef,
    pub reader: ObjRef,
    pub writer: ObjRef,
    pub random: ObjRef,
    pub text: ObjRef,
    pub stringio: ObjRef,
    pub bytesio: ObjRef,
    pub unsupported: ObjRef,
}

static TYPES: OnceLock<IoTypes> = OnceLock::new();

/// A built-in class of `_io` that Python code may subclass.
fn new_type(name: &str, module: &str, bases: &[ObjRef]) -> ObjRef {
    let mut td = TypeData::new(name, bases.to_vec(), Layout::Plain, false);
    td.has_dict = true;
    let t = ObjRef::new_immortal(
        types().type_.clone(),
        Some(weft_vm::new_dict_obj()),
        Payload::Type(Box::new(td)),
    );
    let mro = typeobj::compute_mro(&t, bases).expect("io mro");
    tdata(&t).mro.set(mro).ok();
    for b in bases {
        tdata(b).subclasses.lock().push(t.clone());
    }
    weft_vm::types::set_type_attr(&t, "__module__", weft_vm::intern(module));
    t
}

fn new_exc_type(vm_free_name: &str, bases: &[ObjRef]) -> ObjRef {
    let mut td = TypeData::new(vm_free_name, bases.to_vec(), Layout::Exception, false);
    td.has_dict = true;
    let t = ObjRef::new_immortal(
        types().type_.clone(),
        Some(weft_vm::new_dict_obj()),
        Payload::Type(Box::new(td)),
    );
    let mro = typeobj::compute_mro(&t, bases).expect("exc mro");
    tdata(&t).mro.set(mro).ok();
    for b in bases {
        tdata(b).subclasses.lock().push(t.clone());
    }
    weft_vm::types::set_type_attr(&t, "__module__", weft_vm::intern("io"));
    t
}

pub fn io_types() -> &'static IoTypes {
    TYPES.get_or_init(|| {
        let obj = types().object.clone();
        let iobase = new_type("IOBase", "io", &[obj]);
        let rawiobase = new_type("RawIOBase", "io", std::slice::from_ref(&iobase));
        let bufferediobase = new_type("BufferedIOBase", "io", std::slice::from_ref(&iobase));
        let textiobase = new_type("TextIOBase", "io", std::slice::from_ref(&iobase));
        let exc = weft_vm::interp::interp().exc_types().clone();
        let unsupported = new_exc_type(
            "UnsupportedOperation",
            &[exc["OSError"].clone(), exc["ValueError"].clone()],
        );
        let t = IoTypes {
            fileio: new_type("FileIO", "_io", std::slice::from_ref(&rawiobase)),
            reader: new_type(
                "BufferedReader",
                "_io",
                std::slice::from_ref(&bufferediobase),
            ),
            writer: new_type(
                "BufferedWriter",
                "_io",
                std::slice::from_ref(&bufferediobase),
            ),
            random: new_type(
                "BufferedRandom",
                "_io",
                std::slice::from_ref(&bufferediobase),
            ),
            text: new_type("TextIOWrapper", "_io", std::slice::from_ref(&textiobase)),
            stringio: new_type("StringIO", "_io", std::slice::from_ref(&textiobase)),
            bytesio: new_type("BytesIO", "_io", std::slice::from_ref(&bufferediobase)),
            iobase,
            rawiobase,
            bufferediobase,
            textiobase,
            unsupported,
        };
        base::install(&t);
        fileio::install(&t.fileio);
        for b in [&t.reader, &t.writer, &t.random] {
            buffered::install(b);
        }
        text::install(&t.text);
        memio::install(&t);
        t
    })
}

/// Allocate an instance of `cls` (one of ours or a Python subclass) holding `payload`.
pub fn alloc<T: Native>(cls: &ObjRef, payload: T) -> Value {
    Value::Obj(ObjRef::new(
        cls.clone(),
        Some(weft_vm::new_dict_obj()),
        Payload::Native(Box::new(payload)),
    ))
}

/// The native state of `v`, or a TypeError naming the method's class.
pub fn this<'a, T: 'static>(vm: &Vm, v: &'a Value, what: &str) -> PyResult<&'a T> {
    v.payload().and_then(|p| p.native::<T>()).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a '_io.{what}' object but received a '{}'",
            vm.type_name(v)
        ))
    })
}

/// Take an object's state lock; a wait happens with the GIL released.
pub fn lock<'a, T>(vm: &Vm, m: &'a Mutex<T>) -> MutexGuard<'a, T> {
    match m.try_lock() {
        Some(g) => g,
        None => weft_vm::gil::allow_threads(vm, weft_vm::timeline::State::WaitLock, || m.lock()),
    }
}

/// Run a blocking system call with the GIL released.
pub fn blocking<T>(vm: &Vm, f: impl FnOnce() -> T) -> T {
    weft_vm::gil::allow_threads(vm, weft_vm::timeline::State::Io, f)
}

pub fn unsupported(vm: &Vm, msg: &str) -> PyErr {
    vm.new_exception(&io_types().unsupported, vec![new_str(msg)])
}

pub fn closed_err(vm: &Vm, dot: bool) -> PyErr {
    vm.value_error(if dot {
        "I/O operation on closed file."
    } else {
        "I/O operation on closed file"
    })
}

/// The last OS error as an OSError (with `filename` when given).
pub fn last_os_error(vm: &Vm, filename: Option<Value>) -> PyErr {
    let e = std::io::Error::last_os_error();
    weft_vm::types::oserror::from_io(vm, &e, filename)
}

/// Positional-or-keyword argument `i` / `name` (self not counted).
pub fn arg<'a>(args: &'a [Value], kw: Kw<'a>, i: usize, name: &str) -> Option<&'a Value> {
    args.get(i).or_else(|| weft_vm::builtins::kwarg(kw, name))
}

pub fn int_of(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    }
}

/// `readlines(hint)`: lines from `next_line` (a line and its length; None at the end)
/// until the end, or, when `hint` > 0, until the total read *exceeds* `hint` — or
/// *reaches* it with `stop_at_hint`, as CPython's `BytesIO.readlines` does.
pub fn collect_lines(
    hint: i64,
    stop_at_hint: bool,
    mut next_line: impl FnMut() -> PyResult<Option<(Value, usize)>>,
) -> PyResult<Value> {
    let mut out = Vec::new();
    let mut total = 0usize;
    while let Some((line, n)) = next_line()? {
        out.push(line);
        total += n;
        if hint > 0 && (total > hint as usize || stop_at_hint && total == hint as usize) {
            break;
        }
    }
    Ok(weft_vm::new_list(out))
}

/// `size` arguments: None or missing means -1.
pub fn size_arg(vm: &Vm, v: Option<&Value>) -> PyResult<i64> {
    match v {
        None | Some(Value::None) => Ok(-1),
        Some(v) => match int_of(v) {
            Some(i) => Ok(i),
            None => match vm.lookup_special(v, "__index__") {
                Some(f) => int_of(&vm.call(&f, &[])?)
                    .ok_or_else(|| vm.type_error("__index__ returned non-int")),
                None => Err(vm.type_error(format!(
                    "argument should be integer or None, not '{}'",
                    vm.type_name(v)
                ))),
            },
        },
    }
}

/// The bytes of a bytes-like argument.
pub fn bytes_of(vm: &Vm, v: &Value, what: &str) -> PyResult<Vec<u8>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => Ok(b.to_vec()),
        Some(Payload::ByteArray(b)) => Ok(b.read().clone()),
        _ => {
            if let Ok(t) = vm.call_method(v, "tobytes", &[]) {
                if let Some(Payload::Bytes(b)) = t.payload() {
                    return Ok(b.to_vec());
                }
            }
            Err(vm.type_error(format!(
                "{what}a bytes-like object is required, not '{}'",
                vm.type_name(v)
            )))
        }
    }
}

/// Add a read-only property computed by `f(self)`.
pub fn add_getter(t: &ObjRef, name: &'static str, f: NativeFn) {
    let g = native(name, f, BuiltinKind::Method, None, Some(t.clone()));
    let p = ObjRef::new_immortal(
        types().property.clone(),
        None,
        Payload::Property(Box::new([g, Value::None, Value::None, Value::None])),
    );
    weft_vm::types::set_type_attr(t, name, Value::Obj(p));
}

/// `os.fspath()`-like conversion of a path argument to a string (or None for an int).
pub fn path_arg(vm: &Vm, v: &Value) -> PyResult<String> {
    match v.payload() {
        Some(Payload::Str(s)) => Ok(s.as_str().to_string()),
        Some(Payload::Bytes(b)) => Ok(String::from_utf8_lossy(b).into_owned()),
        _ => {
            if let Some(f) = vm.lookup_special(v, "__fspath__") {
                let r = vm.call(&f, &[])?;
                return match r.payload() {
                    Some(Payload::Str(s)) => Ok(s.as_str().to_string()),
                    Some(Payload::Bytes(b)) => Ok(String::from_utf8_lossy(b).into_owned()),
                    _ => Err(vm.type_error(format!(
                        "expected {}.__fspath__() to return str or bytes, not {}",
                        vm.type_name(v),
                        vm.type_name(&r)
                    ))),
                };
            }
            Err(vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                vm.type_name(v)
            )))
        }
    }
}

struct ModeInfo {
    text: bool,
    reading: bool,
    writing: bool,
    appending: bool,
    creating: bool,
    updating: bool,
}

fn parse_mode(vm: &Vm, mode: &str) -> PyResult<ModeInfo> {
    let mut seen = std::collections::HashSet::new();
    let mut m = ModeInfo {
        text: false,
        reading: false,
        writing: false,
        appending: false,
        creating: false,
        updating: false,
    };
    let mut binary = false;
    for c in mode.chars() {
        if !"rwaxbt+".contains(c) || !seen.insert(c) {
            return Err(vm.value_error(format!("invalid mode: '{mode}'")));
        }
        match c {
            'r' => m.reading = true,
            'w' => m.writing = true,
            'a' => m.appending = true,
            'x' => m.creating = true,
            'b' => binary = true,
            't' => m.text = true,
            _ => m.updating = true,
        }
    }
    if m.text && binary {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    let n = [m.reading, m.writing, m.appending, m.creating]
        .iter()
        .filter(|x| **x)
        .count();
    if n != 1 {
        if n == 0 {
            return Err(vm.value_error(
                "Must have exactly one of create/read/write/append mode and at most one plus",
            ));
        }
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    m.text = !binary;
    Ok(m)
}

fn opt_str_arg(vm: &Vm, v: Option<&Value>, name: &str) -> PyResult<Option<String>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match v.payload() {
            Some(Payload::Str(s)) => Ok(Some(s.as_str().to_string())),
            _ => Err(vm.type_error(format!(
                "open() argument '{name}' must be str or None, not {}",
                vm.type_name(v)
            ))),
        },
    }
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)`.
pub fn open(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let [file, mode, buffering, encoding, errors, newline, closefd, opener] =
        weft_vm::clinic::bind(
            vm,
            "open",
            args,
            kw,
            &[
                "file",
                "mode",
                "buffering",
                "encoding",
                "errors",
                "newline",
                "closefd",
                "opener",
            ],
            8,
            1,
        )?;
    let file = file.expect("required");
    let mode = match mode.as_ref() {
        None => "r".to_string(),
        Some(v) => match v.payload() {
            Some(Payload::Str(s)) => s.as_str().to_string(),
            _ => {
                return Err(vm.type_error(format!(
                    "open() argument 'mode' must be str, not {}",
                    vm.type_name(v)
                )))
            }
        },
    };
    let buffering = match buffering.as_ref() {
        None => -1,
        Some(v) => int_of(v).ok_or_else(|| {
            vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            ))
        })?,
    };
    let encoding = opt_str_arg(vm, encoding.as_ref(), "encoding")?;
    let errors = opt_str_arg(vm, errors.as_ref(), "errors")?;
    let newline = opt_str_arg(vm, newline.as_ref(), "newline")?;
    let closefd = match closefd.as_ref() {
        None => true,
        Some(v) => vm.truthy(v)?,
    };
    let opener = opener.filter(|o| !o.is_none());
    if int_of(&file).is_none() {
        path_arg(vm, &file)?;
    }
    let m = parse_mode(vm, &mode)?;
    if !m.text {
        if encoding.is_some() {
            return Err(vm.value_error("binary mode doesn't take an encoding argument"));
        }
        if errors.is_some() {
            return Err(vm.value_error("binary mode doesn't take an errors argument"));
        }
        if newline.is_some() {
            return Err(vm.value_error("binary mode doesn't take a newline argument"));
        }
    }
    if m.text && buffering == 0 {
        return Err(vm.value_error("can't have unbuffered text I/O"));
    }
    if let Some(nl) = &newline {
        if !["", "\n", "\r", "\r\n"].contains(&nl.as_str()) {
            return Err(vm.value_error(format!("illegal newline value: {nl}")));
        }
    }
    if let Some(e) = &encoding {
        if codec::lookup(e).is_none() && text::wide::lookup(e).is_none() {
            return Err(vm.new_error("LookupError", format!("unknown encoding: {e}")));
        }
    }
    let mut raw_mode = String::new();
    raw_mode.push(if m.reading {
        'r'
    } else if m.writing {
        'w'
    } else if m.appending {
        'a'
    } else {
        'x'
    });
    if m.updating {
        raw_mode.push('+');
    }
    let t = io_types();
    let raw = fileio::new_fileio(vm, &t.fileio, &file, &raw_mode, closefd, opener.as_ref())?;
    let raw_ref = raw
        .payload()
        .and_then(|p| p.native::<fileio::FileIO>())
        .expect("fileio");
    let tty = raw_ref.isatty_now();
    let mut line_buffering = false;
    let mut bufsize = buffering;
    if buffering == 1 || (buffering < 0 && tty) {
        line_buffering = true;
        bufsize = -1;
    }
    if bufsize < 0 {
        bufsize = raw_ref.blksize().max(DEFAULT_BUFFER_SIZE as i64);
    }
    if bufsize == 0 {
        return Ok(raw);
    }
    let btype = if m.updating {
        &t.random
    } else if m.reading {
        &t.reader
    } else {
        &t.writer
    };
    let buf = buffered::new_buffered(vm, btype, raw.clone(), bufsize as usize)?;
    if !m.text {
        return Ok(buf);
    }
    let enc = encoding.clone().unwrap_or_else(|| "UTF-8".to_string());
    let tw = text::new_text(
        vm,
        &t.text,
        buf,
        &enc,
        errors.as_deref(),
        newline.as_deref(),
        line_buffering,
        false,
    )?;
    if let Value::Obj(o) = &tw {
        vm.set_attr_raw(o, "mode", new_str(mode.as_str()))?;
    }
    Ok(tw)
}

fn text_encoding(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args.first() {
        Some(v) if !v.is_none() => Ok(v.clone()),
        _ => {
            let _ = vm;
            Ok(new_str("utf-8"))
        }
    }
}

pub fn init(vm: &Vm) -> PyResult<ObjRef> {
    let _ = vm;
    let t = io_types();
    let m = import::new_module("_io");
    let f =
        |name: &'static str, func: NativeFn| native(name, func, BuiltinKind::Function, None, None);
    import::set(&m, "open", builtin_open());
    import::set(&m, "text_encoding", f("text_encoding", text_encoding));
    import::set(
        &m,
        "DEFAULT_BUFFER_SIZE",
        Value::Int(DEFAULT_BUFFER_SIZE as i64),
    );
    import::set(
        &m,
        "BlockingIOError",
        Value::Obj(weft_vm::interp::interp().exc_types()["BlockingIOError"].clone()),
    );
    for (n, ty) in [
        ("IOBase", &t.iobase),
        ("_IOBase", &t.iobase),
        ("RawIOBase", &t.rawiobase),
        ("_RawIOBase", &t.rawiobase),
        ("BufferedIOBase", &t.bufferediobase),
        ("_BufferedIOBase", &t.bufferediobase),
        ("TextIOBase", &t.textiobase),
        ("_TextIOBase", &t.textiobase),
        ("FileIO", &t.fileio),
        ("BufferedReader", &t.reader),
        ("BufferedWriter", &t.writer),
        ("BufferedRandom", &t.random),
        ("TextIOWrapper", &t.text),
        ("StringIO", &t.stringio),
        ("BytesIO", &t.bytesio),
        ("UnsupportedOperation", &t.unsupported),
    ] {
        import::set(&m, n, Value::Obj(ty.clone()));
    }
    Ok(m)
}

/// Flush all live buffered writers (interpreter exit).
pub fn flush_all_files() {
    buffered::flush_all();
}

/// The one `open` function object (also `builtins.open` and `io.open`).
pub fn builtin_open() -> Value {
    static OPEN: OnceLock<Value> = OnceLock::new();
    OPEN.get_or_init(|| native("open", open, BuiltinKind::Function, None, None))
        .clone()
}
