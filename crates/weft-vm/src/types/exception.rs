//! Exception instances, traceback entries and the light frame objects tracebacks point
//! to (<https://docs.python.org/3.11/library/exceptions.html>).

use crate::new_tuple_of;
use crate::object::ObjRef;
use crate::value::Value;
use parking_lot::Mutex;

pub struct ExcData {
    pub args: Mutex<Value>,
    pub traceback: Mutex<Value>,
    pub cause: Mutex<Value>,
    pub context: Mutex<Value>,
    pub suppress_context: std::sync::atomic::AtomicBool,
    /// (message, exceptions tuple) of an exception group (see excgroup.rs).
    pub group: std::sync::OnceLock<(Value, Value)>,
    /// Re-raised by an `except*` without passing through a `raise` (PREP_RERAISE_STAR's
    /// result has no traceback): the next implicit chaining is skipped, as in CPython,
    /// where an exception propagating out of a call is never chained.
    pub skip_context: std::sync::atomic::AtomicBool,
}

impl ExcData {
    pub fn new(args: Value) -> ExcData {
        ExcData {
            args: Mutex::new(args),
            traceback: Mutex::new(Value::None),
            cause: Mutex::new(Value::None),
            context: Mutex::new(Value::None),
            suppress_context: std::sync::atomic::AtomicBool::new(false),
            group: std::sync::OnceLock::new(),
            skip_context: std::sync::atomic::AtomicBool::new(false),
        }
    }
}

pub struct TbData {
    pub frame: ObjRef,
    pub lineno: u32,
    pub lasti: u32,
    pub next: Value,
}

/// What a traceback remembers of a frame.
pub struct FrameInfo {
    pub code: ObjRef,
    pub globals: ObjRef,
    pub lineno: u32,
    pub back: Value,
    pub locals: Value,
}

use crate::payload::Payload;
use crate::types::typeobj::{self, tdata, Layout, TypeData};
use crate::types::types;
use crate::vm::{type_of, Vm};
use crate::{new_str, new_tuple, PyErr, PyResult};

/// CPython 3.11's built-in exception hierarchy: (name, bases separated by commas).
pub const HIERARCHY: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("BaseExceptionGroup", "BaseException"),
    ("ExceptionGroup", "BaseExceptionGroup,Exception"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("DeprecationWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UserWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("EncodingWarning", "Warning"),
    ("ResourceWarning", "Warning"),
];

/// Create the exception classes (called once at start-up).
pub fn create_hierarchy() -> std::collections::HashMap<&'static str, ObjRef> {
    let mut m: std::collections::HashMap<&'static str, ObjRef> = std::collections::HashMap::new();
    for (name, base) in HIERARCHY {
        let bases: Vec<ObjRef> = if base.is_empty() {
            vec![types().object.clone()]
        } else {
            base.split(',').map(|b| m[b].clone()).collect()
        };
        let mut td = TypeData::new(name, bases.clone(), Layout::Exception, false);
        td.has_dict = true;
        let t = ObjRef::new_immortal(
            types().type_.clone(),
            Some(crate::new_dict_obj()),
            Payload::Type(Box::new(td)),
        );
        let mro = typeobj::compute_mro(&t, &bases).unwrap();
        tdata(&t).mro.set(mro).ok();
        for b in &bases {
            tdata(b).subclasses.lock().push(t.clone());
        }
        m.insert(name, t);
    }
    // CPython lists the built-in exceptions' subclasses alphabetically.
    for t in m.values() {
        tdata(t)
            .subclasses
            .lock()
            .sort_by_key(|c| tdata(c).name.read().clone());
    }
    m
}

fn exc_data(v: &Value) -> Option<&ExcData> {
    match v.payload() {
        Some(Payload::Exception(e)) => Some(e),
        _ => None,
    }
}

pub fn is_exception_class(v: &Value) -> bool {
    match v {
        Value::Obj(o) => {
            matches!(o.payload, Payload::Type(_)) && typeobj::is_subtype(o, &base_exception())
        }
        _ => false,
    }
}

pub fn base_exception() -> ObjRef {
    static BASE: std::sync::OnceLock<ObjRef> = std::sync::OnceLock::new();
    BASE.get_or_init(|| crate::interp::interp().exc_types()["BaseException"].clone())
        .clone()
}

/// Turn the operand of `raise` into an exception instance.
pub fn make_raisable(vm: &Vm, e: Value, cause: Option<Value>) -> PyResult<PyErr> {
    let inst = if is_exception_class(&e) {
        // `call_positional`: a built-in class (`raise ValueError`) is made from its
        // cached constructor, without `type.__call__`'s general path.
        let inst = crate::call::call_positional(vm, std::slice::from_ref(&e))?;
        if exc_data(&inst).is_none() {
            // A class whose __new__ returned something else.
            return Err(vm.type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                vm.repr(&e)?,
                vm.repr(&Value::Obj(crate::vm::type_of(&inst).clone()))?
            )));
        }
        inst
    } else {
        e
    };
    if exc_data(&inst).is_none() {
        return Err(vm.type_error("exceptions must derive from BaseException"));
    }
    if let Some(c) = cause {
        let c = if c.is_none() {
            Value::None
        } else if is_exception_class(&c) {
            vm.call(&c, &[])?
        } else if exc_data(&c).is_some() {
            c
        } else {
            return Err(vm.type_error("exception causes must derive from BaseException"));
        };
        set_cause(&PyErr(inst.as_obj().unwrap().clone()), Some(c));
    }
    Ok(PyErr(inst.as_obj().unwrap().clone()))
}

pub fn set_cause(e: &PyErr, cause: Option<Value>) {
    if let Payload::Exception(d) = &e.0.payload {
        *d.cause.lock() = cause.unwrap_or(Value::None);
        d.suppress_context
            .store(true, std::sync::atomic::Ordering::Relaxed);
    }
}

/// Set `__context__` of a newly raised exception to the one being handled.
pub fn set_context(vm: &Vm, e: &PyErr) {
    if let Payload::Exception(d) = &e.0.payload {
        if d.skip_context.load(std::sync::atomic::Ordering::Relaxed)
            && d.skip_context
                .swap(false, std::sync::atomic::Ordering::Relaxed)
        {
            return;
        }
    }
    let cur = vm.current_exception();
    if cur.is_none() {
        return;
    }
    if let Value::Obj(c) = &cur {
        if c.ptr_eq(&e.0) {
            return;
        }
        // Avoid cycles: cut the chain if `e` already appears in cur's context chain.
        let mut probe = cur.clone();
        for _ in 0..100 {
            let next = match exc_data(&probe) {
                Some(d) => d.context.lock().clone(),
                None => break,
            };
            if let Value::Obj(n) = &next {
                if n.ptr_eq(&e.0) {
                    if let Some(d) = exc_data(&probe) {
                        *d.context.lock() = Value::None;
                    }
                    break;
                }
            } else {
                break;
            }
            probe = next;
        }
    }
    if let Payload::Exception(d) = &e.0.payload {
        let mut ctx = d.context.lock();
        if ctx.is_none() {
            *ctx = cur;
        }
    }
}

pub fn get_traceback(e: &Value) -> Value {
    exc_data(e)
        .map(|d| d.traceback.lock().clone())
        .unwrap_or(Value::None)
}

/// `except T:` matching. As CPython's CHECK_EXC_MATCH, every class of a tuple is
/// checked before any is matched (`except (ZeroDivisionError, 5)` raises even for a
/// ZeroDivisionError), and a tuple's items must be classes themselves.
pub fn exc_matches(vm: &Vm, e: &Value, t: &Value) -> PyResult<bool> {
    if let Some(Payload::Tuple(items)) = t.payload() {
        if items.iter().any(|i| !is_exception_class(i)) {
            return Err(vm.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
    }
    given_matches(vm, e, t)
}

/// [`exc_matches`] once the classes are checked (`PyErr_GivenExceptionMatches`).
fn given_matches(vm: &Vm, e: &Value, t: &Value) -> PyResult<bool> {
    let et = type_of(e);
    match t {
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(items) => {
                for i in items.iter() {
                    if given_matches(vm, e, i)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Payload::Type(_) if is_exception_class(t) => Ok(typeobj::is_subtype(et, o)),
            _ => Err(vm.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        },
        _ => Err(
            vm.type_error("catching classes that do not inherit from BaseException is not allowed")
        ),
    }
}

/// The args tuple of an exception as a Vec.
pub fn exc_args(e: &Value) -> Vec<Value> {
    match exc_data(e).map(|d| d.args.lock().clone()) {
        Some(Value::Obj(o)) => match &o.payload {
            Payload::Tuple(t) => t.to_vec(),
            _ => vec![],
        },
        _ => vec![],
    }
}

fn be_new(vm: &Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first() else {
        return Err(vm.type_error("BaseException.__new__(): not enough arguments"));
    };
    let o = ObjRef::new(
        cls.clone(),
        Some(crate::new_dict_obj()),
        Payload::Exception(Box::new(ExcData::new(new_tuple(args[1..].to_vec())))),
    );
    Ok(Value::Obj(o))
}

fn be_init(vm: &Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if !kw.is_empty() {
        let t = args.first().map(|a| vm.type_name(a)).unwrap_or_default();
        return Err(vm.type_error(format!("{t}() takes no keyword arguments")));
    }
    if let Some(d) = exc_data(&args[0]) {
        *d.args.lock() = new_tuple(args[1..].to_vec());
    }
    Ok(Value::None)
}

pub fn exc_str(vm: &Vm, e: &Value) -> PyResult<String> {
    let args = exc_args(e);
    let t = type_of(e);
    if typeobj::is_subtype(t, &vm.exc_type("KeyError")) && args.len() == 1 {
        return vm.repr(&args[0]);
    }
    if typeobj::is_subtype(t, &vm.exc_type("OSError")) {
        if let Some(s) = crate::types::oserror::os_str(vm, e)? {
            return Ok(s);
        }
    }
    if args.len() == 5 && typeobj::is_subtype(t, &vm.exc_type("UnicodeError")) {
        if let Some(s) = crate::types::oserror::unicode_str(vm, e)? {
            return Ok(s);
        }
    }
    match args.len() {
        0 => Ok(String::new()),
        1 => vm.str(&args[0]),
        _ => vm.repr(&new_tuple(args)),
    }
}

fn be_str(vm: &Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(new_str(exc_str(vm, &args[0])?))
}

fn be_repr(vm: &Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = exc_args(&args[0]);
    let name = tdata(type_of(&args[0])).name.read().clone();
    let inner = if a.len() == 1 {
        vm.repr(&a[0])?
    } else {
        let r = vm.repr(&new_tuple(a.clone()))?;
        if a.is_empty() {
            String::new()
        } else {
            r[1..r.len() - 1].to_string()
        }
    };
    let inner = if a.len() == 1 {
        inner
    } else {
        inner.trim_end_matches(',').to_string()
    };
    Ok(new_str(format!("{name}({inner})")))
}

fn be_with_traceback(vm: &Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if let Some(tb) = args.get(1) {
        if !tb.is_none() && !matches!(tb.payload(), Some(Payload::Traceback(_))) {
            return Err(vm.type_error("__traceback__ must be a traceback or None"));
        }
    }
    if let Some(d) = exc_data(&args[0]) {
        *d.traceback.lock() = args.get(1).cloned().unwrap_or(Value::None);
    }
    Ok(args[0].clone())
}

fn be_add_note(vm: &Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let note = args.get(1).cloned().unwrap_or(Value::None);
    if !matches!(note.payload(), Some(Payload::Str(_))) {
        return Err(vm.type_error(format!("note must be a str, not '{}'", vm.type_name(&note))));
    }
    let notes = match vm.getattr(&args[0], "__notes__") {
        Ok(n) => n,
        Err(_) => {
            let l = crate::new_list(vec![]);
            vm.set_attr_raw(args[0].as_obj().unwrap(), "__notes__", l.clone())?;
            l
        }
    };
    match notes.payload() {
        Some(Payload::List(l)) => l.write().push(note),
        _ => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(Value::None)
}

/// `BaseException.__reduce__`: `(type(self), self.args[, self.__dict__])`.
fn be_reduce(vm: &Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let t = Value::Obj(vm.type_of(&args[0]).clone());
    let a = vm.getattr(&args[0], "args")?;
    let d = args[0].as_obj().and_then(|o| o.dict.get());
    let non_empty = match d.as_ref().map(|d| &d.payload) {
        Some(Payload::Dict(dd)) => dd.len() > 0,
        _ => false,
    };
    match d {
        Some(d) if non_empty => Ok(new_tuple_of([t, a, Value::Obj(d)])),
        _ => Ok(new_tuple_of([t, a])),
    }
}

/// `BaseException.__setstate__(state)`: set each item of a dict state as an attribute.
fn be_setstate(vm: &Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(state) = args.get(1) else {
        return Err(vm.type_error("__setstate__() takes exactly one argument (0 given)"));
    };
    if state.is_none() {
        return Ok(Value::None);
    }
    let Some(Payload::Dict(d)) = state.payload() else {
        return Err(vm.type_error("state is not a dictionary"));
    };
    let items: Vec<(Value, Value)> = d.items();
    for (k, v) in items {
        let k = crate::intern(&vm.str(&k)?);
        crate::attr::setattr(vm, &args[0], &k, v)?;
    }
    Ok(Value::None)
}

pub fn init(m: &std::collections::HashMap<&'static str, ObjRef>) {
    let be = &m["BaseException"];
    crate::types::add_staticmethod(be, "__new__", be_new);
    crate::types::add_method(be, "__init__", be_init);
    crate::types::add_method(be, "__str__", be_str);
    crate::types::add_method(be, "__repr__", be_repr);
    crate::types::add_method(be, "with_traceback", be_with_traceback);
    crate::types::add_method(be, "add_note", be_add_note);
    crate::types::add_method(be, "__reduce__", be_reduce);
    crate::types::add_method(be, "__setstate__", be_setstate);
    crate::types::oserror::init(m);
    crate::types::excgroup::init(m);
    init_special(m);
    crate::types::methods::init_shadows(m);
}

fn set_attr(vm: &Vm, o: &Value, name: &str, v: Value) {
    if let Some(obj) = o.as_obj() {
        let _ = vm.set_attr_raw(obj, name, v);
    }
}

fn kw_get<'a>(kw: &'a [(Value, Value)], name: &str) -> Option<&'a Value> {
    crate::builtins::kwarg(kw, name)
}

fn syntax_error_init(vm: &Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    be_init(vm, args, kw)?;
    let me = &args[0];
    set_attr(vm, me, "msg", args.get(1).cloned().unwrap_or(Value::None));
    let fields = [
        "filename",
        "lineno",
        "offset",
        "text",
        "end_lineno",
        "end_offset",
    ];
    // Only `SyntaxError(msg, details)` reads the details: 4 to 6 items.
    let details = if args.len() == 3 {
        vm.collect(&args[2])?
    } else {
        Vec::new()
    };
    if args.len() == 3 && !(4..=6).contains(&details.len()) {
        let (bound, n) = if details.len() < 4 {
            ("least 4", details.len())
        } else {
            ("most 6", details.len())
        };
        return Err(vm.type_error(format!("function takes at {bound} arguments ({n} given)")));
    }
    for (i, f) in fields.iter().enumerate() {
        set_attr(vm, me, f, details.get(i).cloned().unwrap_or(Value::None));
    }
    set_attr(vm, me, "print_file_and_line", Value::None);
    Ok(Value::None)
}

fn syntax_error_str(vm: &Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let me = &args[0];
    let msg = vm.getattr(me, "msg").unwrap_or(Value::None);
    let msg = vm.str(&msg)?;
    let filename = vm.getattr(me, "filename").unwrap_or(Value::None);
    let lineno = vm.getattr(me, "lineno").unwrap_or(Value::None);
    let base = match filename.payload() {
        Some(Payload::Str(s)) => Some(s.as_str().rsplit('/').next().unwrap_or("").to_string()),
        _ => None,
    };
    let line = match lineno {
        Value::Int(i) => Some(i),
        _ => None,
    };
    Ok(new_str(match (base, line) {
        (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(l)) => format!("{msg} (line {l})"),
        _ => msg,
    }))
}

fn system_exit_init(vm: &Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    be_init(vm, args, kw)?;
    let code = match args.len() {
        1 => Value::None,
        2 => args[1].clone(),
        _ => new_tuple(args[1..].to_vec()),
    };
    set_attr(vm, &args[0], "code", code);
    Ok(Value::None)
}

fn stop_iteration_init(vm: &Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    be_init(vm, args, kw)?;
    set_attr(
        vm,
        &args[0],
        "value",
        args.get(1).cloned().unwrap_or(Value::None),
    );
    Ok(Value::None)
}

/// Refuse keywords other than `allowed` as CPython's NameError/ImportError do.
fn only_kw(vm: &Vm, me: &Value, kw: &[(Value, Value)], allowed: &[&str]) -> PyResult<()> {
    for (k, _) in kw {
        let k = vm.str(k)?;
        if !allowed.contains(&k.as_str()) {
            return Err(vm.type_error(format!(
                "'{k}' is an invalid keyword argument for {}()",
                vm.type_name(me)
            )));
        }
    }
    Ok(())
}

fn name_error_init(vm: &Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let is_attr = typeobj::is_subtype(crate::vm::type_of(&args[0]), &vm.exc_type("AttributeError"));
    only_kw(
        vm,
        &args[0],
        kw,
        if is_attr { &["name", "obj"] } else { &["name"] },
    )?;
    be_init(vm, args, &[])?;
    set_attr(
        vm,
        &args[0],
        "name",
        kw_get(kw, "name").cloned().unwrap_or(Value::None),
    );
    if crate::vm::type_of(&args[0]).ptr_eq(&vm.exc_type("AttributeError"))
        || typeobj::is_subtype(crate::vm::type_of(&args[0]), &vm.exc_type("AttributeError"))
    {
        set_attr(
            vm,
            &args[0],
            "obj",
            kw_get(kw, "obj").cloned().unwrap_or(Value::None),
        );
    }
    Ok(Value::None)
}

fn import_error_init(vm: &Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    only_kw(vm, &args[0], kw, &["name", "path"])?;
    be_init(vm, args, &[])?;
    set_attr(
        vm,
        &args[0],
        "name",
        kw_get(kw, "name").cloned().unwrap_or(Value::None),
    );
    set_attr(
        vm,
        &args[0],
        "path",
        kw_get(kw, "path").cloned().unwrap_or(Value::None),
    );
    // Only a single argument is the message.
    let msg = if args.len() == 2 {
        args[1].clone()
    } else {
        Value::None
    };
    set_attr(vm, &args[0], "msg", msg);
    Ok(Value::None)
}

/// `__init__`s of the exception classes that carry extra attributes.
pub fn init_special(m: &std::collections::HashMap<&'static str, ObjRef>) {
    crate::types::add_method(&m["SyntaxError"], "__init__", syntax_error_init);
    crate::types::add_method(&m["SyntaxError"], "__str__", syntax_error_str);
    crate::types::add_method(&m["SystemExit"], "__init__", system_exit_init);
    crate::types::add_method(&m["StopIteration"], "__init__", stop_iteration_init);
    crate::types::add_method(&m["NameError"], "__init__", name_error_init);
    crate::types::add_method(&m["AttributeError"], "__init__", name_error_init);
    crate::types::add_method(&m["ImportError"], "__init__", import_error_init);
}
