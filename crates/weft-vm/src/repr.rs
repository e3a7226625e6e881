//! `repr()` and `str()` of built-in objects in CPython's exact formats, including the
//! shortest round-trip float repr and `[...]` for containers that contain themselves
//! (<https://docs.python.org/3.11/library/functions.html#repr>).

use crate::payload::Payload;
use crate::types::typeobj::tdata;
use crate::types::types;
use crate::value::Value;
use crate::vm::{type_of, Vm};
use crate::PyResult;
use std::cell::RefCell;

thread_local! {
    static IN_REPR: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Run `f` unless `id` is already being repr'd on this thread (then return `dflt`).
fn guarded(id: usize, dflt: &str, f: impl FnOnce() -> PyResult<String>) -> PyResult<String> {
    if IN_REPR.with(|s| s.borrow().contains(&id)) {
        return Ok(dflt.to_string());
    }
    IN_REPR.with(|s| s.borrow_mut().push(id));
    let r = f();
    IN_REPR.with(|s| s.borrow_mut().pop());
    r
}

/// CPython's `repr(float)` (the compiler's, which `dis` listings use too).
pub fn float_repr(f: f64) -> String {
    weft_compiler::compile::float_repr(f)
}

/// CPython's `repr(str)`: choose quotes, escape as needed.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if !is_printable(c) => {
                let n = c as u32;
                if n <= 0xff {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n <= 0xffff {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// `str.isprintable` for a single character (Unicode 14 tables, as CPython 3.11).
pub fn is_printable(c: char) -> bool {
    crate::types::unicode::is_printable(c)
}

/// `ascii()`: escape non-ASCII characters of a repr.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 128 {
            out.push(c);
        } else if n <= 0xff {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n <= 0xffff {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

pub fn bytes_repr(b: &[u8]) -> String {
    bytes_repr_q(b, false)
}

/// `bytearray(...)` text: CPython escapes `'` in bytearray reprs even inside `"` quotes.
pub fn bytearray_repr(name: &str, b: &[u8]) -> String {
    format!("{name}({})", bytes_repr_q(b, true))
}

fn bytes_repr_q(b: &[u8], always_escape_squote: bool) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote || (always_escape_squote && c == b'\'') => {
                out.push('\\');
                out.push(c as char);
            }
            32..=126 => out.push(c as char),
            _ => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

/// The name used in call error messages (`f()`, `C.method()`).
pub fn func_display_name(vm: &Vm, f: &Value) -> String {
    match f.payload() {
        Some(Payload::Function(func)) => {
            let q = vm.str(&func.qualname.read()).unwrap_or_default();
            match vm.str(&func.module.read()) {
                Ok(m) if !m.is_empty() && m != "None" && m != "builtins" => format!("{m}.{q}()"),
                _ => format!("{q}()"),
            }
        }
        Some(Payload::Builtin(b)) => format!("{}()", b.name),
        Some(Payload::Method(m)) => func_display_name(vm, &m.0),
        Some(Payload::Type(t)) => format!("{}()", t.name.read()),
        _ => format!("{} object", vm.type_name(f)),
    }
}

pub(crate) fn module_of_type(t: &crate::ObjRef) -> String {
    let k = crate::intern("__module__");
    t.dict
        .as_ref()
        .and_then(|d| match &d.payload {
            Payload::Dict(d) => d.get_str(&k, crate::str_hash(&k)),
            _ => None,
        })
        .and_then(|v| match v.payload() {
            Some(Payload::Str(s)) => Some(s.as_str().to_string()),
            _ => None,
        })
        .unwrap_or_else(|| "builtins".into())
}

/// A type's C-level name as CPython prints it in messages and descriptor reprs: the
/// bare name for built-ins and classes, `module.Name` for a native type of a module
/// (`_thread.lock`, `functools._lru_cache_wrapper`).
pub fn tp_name(t: &crate::ObjRef) -> String {
    let td = tdata(t);
    let name = td.name.read().clone();
    if td.heap {
        // A library class standing in for a C type names itself (`__weft_tpname__`).
        let k = crate::intern("__weft_tpname__");
        return match t.dict.as_ref().map(|d| &d.payload) {
            Some(Payload::Dict(d)) => match d.get_str(&k, crate::str_hash(&k)) {
                Some(Value::Obj(o)) => match &o.payload {
                    Payload::Str(s) => s.as_str().to_string(),
                    _ => name,
                },
                _ => name,
            },
            _ => name,
        };
    }
    match module_of_type(t) {
        m if m == "builtins" => name,
        m => format!("{m}.{name}"),
    }
}

/// `<class 'mod.Name'>` text for a type.
pub fn type_repr(t: &crate::ObjRef) -> String {
    let td = tdata(t);
    let m = module_of_type(t);
    if m == "builtins" {
        format!("<class '{}'>", td.qualname.read())
    } else {
        format!("<class '{}.{}'>", m, td.qualname.read())
    }
}

pub fn repr(vm: &Vm, v: &Value) -> PyResult<String> {
    if let Value::Obj(_) = v {
        // Containers and __repr__ methods recurse: count the depth as CPython does.
        vm.enter_native(" while getting the repr of an object")?;
        let r = repr_obj(vm, v);
        vm.leave();
        return r;
    }
    repr_obj(vm, v)
}

fn repr_obj(vm: &Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::None => return Ok("None".into()),
        Value::Bool(b) => return Ok(if *b { "True" } else { "False" }.into()),
        Value::Int(i) => return Ok(i.to_string()),
        Value::Float(f) => return Ok(float_repr(*f)),
        Value::Null => return Ok("<NULL>".into()),
        Value::Obj(_) => {}
    }
    let o = v.as_obj().unwrap();
    let t = &o.class;
    if tdata(t).heap {
        if let Some(r) = vm.call_special(v, "__repr__", &[]) {
            let r = r?;
            return match r.payload() {
                Some(Payload::Str(s)) => Ok(s.as_str().to_string()),
                _ => Err(vm.type_error(format!(
                    "__repr__ returned non-string (type {})",
                    vm.type_name(&r)
                ))),
            };
        }
    }
    builtin_repr(vm, v)
}

/// The repr built-in types define (what `object.__repr__` / `list.__repr__` return).
pub fn builtin_repr(vm: &Vm, v: &Value) -> PyResult<String> {
    let o = match v {
        Value::Obj(o) => o,
        _ => return repr(vm, v),
    };
    let id = o.id();
    Ok(match &o.payload {
        Payload::Str(s) => str_repr(s.as_str()),
        Payload::Int(b) => crate::convert::bigint_to_str(vm, b)?,
        Payload::Float(f) => float_repr(*f),
        Payload::Complex(re, im) => complex_repr(*re, *im),
        Payload::Bytes(b) => bytes_repr(b),
        Payload::ByteArray(b) => bytearray_repr("bytearray", &b.read()),
        Payload::List(l) => guarded(id, "[...]", || {
            let items = l.read().clone();
            let parts: PyResult<Vec<String>> = items.iter().map(|x| repr(vm, x)).collect();
            Ok(format!("[{}]", parts?.join(", ")))
        })?,
        Payload::Tuple(_) if crate::types::methods::is_member_descriptor(o) => {
            crate::types::methods::member_repr(o)
        }
        Payload::Tuple(t) => guarded(id, "(...)", || {
            let parts: PyResult<Vec<String>> = t.iter().map(|x| repr(vm, x)).collect();
            let parts = parts?;
            Ok(if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            })
        })?,
        Payload::Dict(d) => guarded(id, "{...}", || {
            let mut parts = Vec::new();
            for (k, val) in d.items() {
                parts.push(format!("{}: {}", repr(vm, &k)?, repr(vm, &val)?));
            }
            Ok(format!("{{{}}}", parts.join(", ")))
        })?,
        Payload::Set(d) => {
            let frozen = o.class.ptr_eq(&types().frozenset)
                || crate::types::typeobj::is_subtype(&o.class, &types().frozenset);
            let name = tdata(&o.class).name.read().clone();
            guarded(id, &format!("{name}(...)"), || {
                let keys = d.keys();
                if keys.is_empty() {
                    return Ok(format!("{name}()"));
                }
                let parts: PyResult<Vec<String>> = keys.iter().map(|x| repr(vm, x)).collect();
                let body = format!("{{{}}}", parts?.join(", "));
                Ok(if frozen || name != "set" {
                    format!("{name}({body})")
                } else {
                    body
                })
            })?
        }
        Payload::Range(r) => {
            if matches!(&r[2], Value::Int(1)) {
                format!("range({}, {})", repr(vm, &r[0])?, repr(vm, &r[1])?)
            } else {
                format!(
                    "range({}, {}, {})",
                    repr(vm, &r[0])?,
                    repr(vm, &r[1])?,
                    repr(vm, &r[2])?
                )
            }
        }
        Payload::Slice(s) => format!(
            "slice({}, {}, {})",
            repr(vm, &s[0])?,
            repr(vm, &s[1])?,
            repr(vm, &s[2])?
        ),
        Payload::Type(_) => type_repr(o),
        // A library function standing in for one CPython writes in C (its `__dict__` has
        // `__weft_builtin__`, e.g. `operator.eq`) reads as the built-in it replaces.
        Payload::Function(f) if function_is_builtin(o) => {
            format!("<built-in function {}>", vm.str(&f.name.read())?)
        }
        Payload::Function(f) => format!("<function {} at {:#x}>", vm.str(&f.qualname.read())?, id),
        Payload::Builtin(b) if o.class.ptr_eq(&types().wrapper_descriptor) => format!(
            "<slot wrapper '{}' of '{}' objects>",
            b.name,
            b.owner.as_ref().map(tp_name).unwrap_or_default()
        ),
        Payload::Builtin(b) if o.class.ptr_eq(&types().method_wrapper) => {
            let s = b.bound.clone().unwrap_or(Value::None);
            format!(
                "<method-wrapper '{}' of {} object at {:#x}>",
                b.name,
                vm.type_name(&s),
                s.id()
            )
        }
        Payload::Property(p) if o.class.ptr_eq(&types().getset_descriptor) => {
            match p[0].payload() {
                Some(Payload::Builtin(b)) => format!(
                    "<attribute '{}' of '{}' objects>",
                    b.name,
                    b.owner.as_ref().map(tp_name).unwrap_or_default()
                ),
                _ => format!("<getset_descriptor object at {id:#x}>"),
            }
        }
        Payload::Builtin(b) => match (&b.bound, b.kind) {
            (Some(s), crate::types::function::BuiltinKind::Method)
            | (Some(s), crate::types::function::BuiltinKind::ClassMethod)
                if !matches!(s.payload(), Some(Payload::Module)) =>
            {
                let tn = if let Some(Payload::Type(td)) = s.payload() {
                    td.name.read().clone()
                } else {
                    vm.type_name(s)
                };
                if b.kind == crate::types::function::BuiltinKind::ClassMethod {
                    format!(
                        "<built-in method {} of type object at {:#x}>",
                        b.name,
                        s.id()
                    )
                } else {
                    format!(
                        "<built-in method {} of {} object at {:#x}>",
                        b.name,
                        tn,
                        s.id()
                    )
                }
            }
            // A class method descriptor read from the class dict (`dict.__dict__['fromkeys']`).
            (None, crate::types::function::BuiltinKind::Method)
            | (None, crate::types::function::BuiltinKind::ClassMethod)
                if b.kind == crate::types::function::BuiltinKind::Method || b.owner.is_some() =>
            {
                let owner = b.owner.as_ref().map(tp_name).unwrap_or_default();
                format!("<method '{}' of '{}' objects>", b.name, owner)
            }
            _ => format!("<built-in function {}>", b.name),
        },
        Payload::Method(m) => {
            let fname = match m.0.payload() {
                Some(Payload::Function(f)) => vm.str(&f.qualname.read())?,
                Some(Payload::Builtin(b)) => b.name.to_string(),
                _ => "?".into(),
            };
            format!("<bound method {} of {}>", fname, repr(vm, &m.1)?)
        }
        Payload::Module => {
            let name = crate::interp::module_get(o, "__name__")
                .map(|n| vm.str(&n))
                .transpose()?
                .unwrap_or_default();
            match crate::interp::module_get(o, "__file__") {
                Some(f) if !f.is_none() => format!("<module '{}' from '{}'>", name, vm.str(&f)?),
                _ if name == "sys"
                    || name == "builtins"
                    || crate::interp::interp()
                        .native_modules
                        .read()
                        .contains_key(name.as_str()) =>
                {
                    format!("<module '{name}' (built-in)>")
                }
                _ if name.is_empty() => "<module '?'>".to_string(),
                _ => format!("<module '{name}'>"),
            }
        }
        Payload::Code(c) => format!(
            "<code object {} at {:#x}, file \"{}\", line {}>",
            c.code.name, id, c.code.filename, c.code.first_line
        ),
        Payload::Cell(c) => {
            let inner = c.lock().clone();
            if inner.is_null() {
                format!("<cell at {id:#x}: empty>")
            } else {
                format!(
                    "<cell at {:#x}: {} object at {:#x}>",
                    id,
                    vm.type_name(&inner),
                    inner.id()
                )
            }
        }
        Payload::Generator(g) => {
            format!("<generator object {} at {:#x}>", vm.str(&g.qualname)?, id)
        }
        Payload::Exception(_) => {
            let f = vm.lookup_special(v, "__repr__").unwrap();
            let r = vm.call(&f, &[])?;
            vm.str(&r)?
        }
        Payload::Property(_) => format!("<property object at {id:#x}>"),
        Payload::StaticMethod(f) => format!("<staticmethod({})>", repr(vm, f)?),
        Payload::ClassMethod(f) => format!("<classmethod({})>", repr(vm, f)?),
        Payload::DictView(dv) => {
            let name = tdata(&o.class).name.read().clone();
            let inner = match &dv.0.payload {
                Payload::Dict(d) => {
                    let items = crate::types::dictobj::view_snapshot(d, dv.1);
                    let parts: PyResult<Vec<String>> = items.iter().map(|x| repr(vm, x)).collect();
                    parts?.join(", ")
                }
                _ => String::new(),
            };
            format!("{name}([{inner}])")
        }
        Payload::MappingProxy(m) => format!("mappingproxy({})", repr(vm, m)?),
        Payload::Plain if o.ptr_eq(&types().not_implemented) => "NotImplemented".into(),
        Payload::Plain if o.ptr_eq(&types().ellipsis) => "Ellipsis".into(),
        _ => {
            if !tdata(&o.class).heap {
                if let Some(f) = vm.lookup_special(v, "__repr__") {
                    if !matches!(f.payload(), Some(Payload::Builtin(b)) if b.owner.as_ref().map(|t| t.ptr_eq(&types().object)).unwrap_or(false))
                    {
                        let r = vm.call(&f, &[])?;
                        return vm.str(&r);
                    }
                }
            }
            object_repr(v)
        }
    })
}

/// `object.__repr__`.
pub fn object_repr(v: &Value) -> String {
    if let Value::Obj(o) = v {
        if o.ptr_eq(&types().not_implemented) {
            return "NotImplemented".into();
        }
        if o.ptr_eq(&types().ellipsis) {
            return "Ellipsis".into();
        }
    }
    let t = type_of(v);
    let m = module_of_type(t);
    let q = tdata(t).qualname.read().clone();
    let name = if m == "builtins" {
        q
    } else {
        format!("{m}.{q}")
    };
    format!("<{} object at {:#x}>", name, v.id())
}

pub fn complex_repr(re: f64, im: f64) -> String {
    crate::types::complex::complex_repr(re, im)
}

/// `str(v)`.
pub fn str(vm: &Vm, v: &Value) -> PyResult<String> {
    if let Value::Obj(o) = v {
        if let Payload::Str(s) = &o.payload {
            if !tdata(&o.class).heap {
                return Ok(s.as_str().to_string());
            }
        }
        if tdata(&o.class).heap || matches!(o.payload, Payload::Exception(_)) {
            // The class's `__str__` unless it is `object`'s (`print(obj)`), called for
            // the instance without a bound method (`Vm::call_unbound`).
            if let Some(f) = crate::types::typeobj::lookup_static(type_of(v), "__str__") {
                let is_object_str = matches!(f.payload(), Some(Payload::Builtin(b)) if b.owner.as_ref().map(|t| t.ptr_eq(&types().object)).unwrap_or(false));
                if !is_object_str {
                    return str_result(vm, |vm| vm.call_unbound(v, f, &[]));
                }
            }
            if let Payload::Str(s) = &o.payload {
                return Ok(s.as_str().to_string());
            }
            // object.__str__ calls the class's __repr__ directly: what it returns is
            // checked as __str__'s result.
            if let Some(f) = crate::types::typeobj::lookup_static(type_of(v), "__repr__") {
                if !matches!(f.payload(), Some(Payload::Builtin(_))) {
                    return str_result(vm, |vm| vm.call_unbound(v, f, &[]));
                }
            }
        }
        // str() of a mappingproxy is str() of the mapping it wraps.
        if let Payload::MappingProxy(m) = &o.payload {
            return str(vm, m);
        }
    }
    repr(vm, v)
}

/// Whether a Python function is marked to show as a built-in (`__weft_builtin__` set
/// in its `__dict__` by the library module that defines it).
fn function_is_builtin(o: &crate::ObjRef) -> bool {
    let Some(d) = o.dict.as_ref() else {
        return false;
    };
    let Payload::Dict(d) = &d.payload else {
        return false;
    };
    let k = crate::intern("__weft_builtin__");
    d.get_str(&k, crate::str_hash(&k))
        .is_some_and(|v| matches!(v, Value::Bool(true)))
}

/// The str that `call` (of a class's `__str__`, or of the `__repr__` that
/// `object.__str__` calls) gives: its result must be a str, as `str()` checks it, and
/// the call counts a level of the recursion depth, as CPython counts it.
fn str_result(vm: &Vm, call: impl FnOnce(&Vm) -> PyResult<Value>) -> PyResult<String> {
    vm.enter_native(" while getting the str of an object")?;
    let r = call(vm);
    vm.leave();
    let r = r?;
    match r.payload() {
        Some(Payload::Str(s)) => Ok(s.as_str().to_string()),
        _ => Err(vm.type_error(format!(
            "__str__ returned non-string (type {})",
            vm.type_name(&r)
        ))),
    }
}
