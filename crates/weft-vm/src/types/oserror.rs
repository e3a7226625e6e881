//! `OSError` construction (errno -> subclass mapping, `errno`/`strerror`/`filename`
//! attributes) and the `UnicodeDecodeError`/`UnicodeEncodeError` attributes and messages
//! (<https://docs.python.org/3.11/library/exceptions.html#OSError>).

use crate::object::ObjRef;
use crate::payload::Payload;
use crate::types::exception::{exc_args, ExcData};
use crate::types::typeobj::{is_subtype, tdata};
use crate::value::Value;
use crate::vm::{type_of, Vm};
use crate::{new_str, new_tuple, PyErr, PyResult};

/// The `OSError` subclass CPython picks for a (Linux) errno value.
pub fn subclass_for_errno(errno: i64) -> Option<&'static str> {
    Some(match errno {
        11 | 114 | 115 => "BlockingIOError",
        10 => "ChildProcessError",
        32 | 108 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        111 => "ConnectionRefusedError",
        104 => "ConnectionResetError",
        17 => "FileExistsError",
        2 => "FileNotFoundError",
        21 => "IsADirectoryError",
        20 => "NotADirectoryError",
        4 => "InterruptedError",
        1 | 13 => "PermissionError",
        3 => "ProcessLookupError",
        110 => "TimeoutError",
        _ => return None,
    })
}

/// The C library's message for an errno value (`os.strerror`).
pub fn strerror(errno: i32) -> String {
    let s = std::io::Error::from_raw_os_error(errno).to_string();
    match s.rfind(" (os error ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// Store errno/strerror/filename/filename2 from constructor arguments and return the
/// `args` tuple CPython keeps: `(errno, strerror)` for 2 to 5 arguments, else all.
fn parse_args(vm: &Vm, o: &ObjRef, args: &[Value]) -> PyResult<Value> {
    let none = Value::None;
    let (mut errno, mut strerror, mut filename, mut filename2) =
        (none.clone(), none.clone(), none.clone(), none);
    let mut kept = new_tuple(args.to_vec());
    if (2..=5).contains(&args.len()) {
        errno = args[0].clone();
        strerror = args[1].clone();
        let third = args.get(2).filter(|f| !f.is_none());
        // BlockingIOError's third argument may be the number of characters written.
        let written = third.filter(|f| {
            crate::types::number::as_int(f).is_some()
                && is_subtype(&o.class, &vm.exc_type("BlockingIOError"))
        });
        if let Some(n) = written {
            let n = match n {
                Value::Bool(b) => Value::Int(*b as i64),
                n => n.clone(),
            };
            vm.set_attr_raw(o, "characters_written", n)?;
        } else if let Some(f) = third {
            filename = f.clone();
            if let Some(f2) = args.get(4) {
                filename2 = f2.clone();
            }
            kept = new_tuple(args[..2].to_vec());
        }
    }
    vm.set_attr_raw(o, "errno", errno)?;
    vm.set_attr_raw(o, "strerror", strerror)?;
    vm.set_attr_raw(o, "filename", filename)?;
    vm.set_attr_raw(o, "filename2", filename2)?;
    Ok(kept)
}

/// Whether `obj` is an OSError (or subclass) instance and `name` its
/// `characters_written`, the attribute CPython keeps in a C field: missing, getting and
/// deleting it raise `AttributeError: characters_written`.
pub fn is_written_attr(vm: &Vm, obj: &Value, name: &str) -> bool {
    name == "characters_written"
        && matches!(obj.payload(), Some(Payload::Exception(_)))
        && is_subtype(type_of(obj), &vm.exc_type("OSError"))
}

/// `e.characters_written = v`: an index-sized int (`PyNumber_AsSsize_t` with
/// ValueError), kept where weft keeps it, the instance dict; -1 is CPython's "unset".
pub fn set_written(vm: &Vm, obj: &ObjRef, v: &Value) -> PyResult<()> {
    use num_traits::ToPrimitive;
    let n = crate::types::int::index_arg(vm, v)?;
    let Some(n) = n.to_i64() else {
        return Err(vm.value_error(format!(
            "cannot fit '{}' into an index-sized integer",
            vm.type_name(v)
        )));
    };
    if n == -1 {
        // CPython's "not set" value: reading it raises again.
        if let Some(Payload::Dict(d)) = obj.dict.as_ref().map(|d| &d.payload) {
            let k = crate::intern("characters_written");
            d.remove_str(&k, crate::str_hash(&k));
        }
        return Ok(());
    }
    vm.set_attr_raw(obj, "characters_written", Value::Int(n))
}

/// OSError and its subclasses take no keyword arguments (unless a Python subclass's
/// own `__init__` takes them; OSError's `__init__` refuses them in turn).
fn no_keywords(vm: &Vm, cls: &ObjRef, kw: &[(Value, Value)]) -> PyResult<()> {
    if kw.is_empty() {
        return Ok(());
    }
    Err(vm.type_error(format!(
        "{}() takes no keyword arguments",
        tdata(cls).name.read()
    )))
}

fn os_new(vm: &Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first() else {
        return Err(vm.type_error("OSError.__new__(): not enough arguments"));
    };
    if !tdata(cls).heap {
        no_keywords(vm, cls, kw)?;
    }
    let mut cls = cls.clone();
    let rest = &args[1..];
    if cls.ptr_eq(&vm.exc_type("OSError")) && (2..=5).contains(&rest.len()) {
        if let Value::Int(e) = rest[0] {
            if let Some(name) = subclass_for_errno(e) {
                cls = vm.exc_type(name);
            }
        }
    }
    let dict = if tdata(&cls).has_dict || !tdata(&cls).heap {
        Some(crate::new_dict_obj())
    } else {
        None
    };
    let o = ObjRef::new(
        cls,
        dict,
        Payload::Exception(Box::new(ExcData::new(new_tuple(rest.to_vec())))),
    );
    let kept = parse_args(vm, &o, rest)?;
    if let Payload::Exception(d) = &o.payload {
        *d.args.lock() = kept;
    }
    Ok(Value::Obj(o))
}

fn os_init(vm: &Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(Value::Obj(o)) = args.first() else {
        return Ok(Value::None);
    };
    no_keywords(vm, &o.class, kw)?;
    let kept = parse_args(vm, o, &args[1..])?;
    if let Payload::Exception(d) = &o.payload {
        *d.args.lock() = kept;
    }
    Ok(Value::None)
}

/// A new `OSError` (of the subclass matching `errno`) with CPython's attributes.
pub fn os_error(vm: &Vm, errno: i32, filename: Option<Value>, filename2: Option<Value>) -> PyErr {
    let cls = vm.exc_type(subclass_for_errno(errno as i64).unwrap_or("OSError"));
    let mut args = vec![Value::Int(errno as i64), new_str(strerror(errno))];
    if filename.is_some() || filename2.is_some() {
        args.push(filename.unwrap_or(Value::None));
    }
    if let Some(f2) = filename2 {
        args.push(Value::None);
        args.push(f2);
    }
    let e = vm.new_exception(&cls, vec![]);
    if let Ok(kept) = parse_args(vm, &e.0, &args) {
        if let Payload::Exception(d) = &e.0.payload {
            *d.args.lock() = kept;
        }
    }
    e
}

/// An `OSError` from a Rust I/O error (`raw_os_error` picks the subclass).
pub fn from_io(vm: &Vm, err: &std::io::Error, filename: Option<Value>) -> PyErr {
    match err.raw_os_error() {
        Some(n) => os_error(vm, n, filename, None),
        None => {
            let e = vm.new_error("OSError", err.to_string());
            let _ = vm.set_attr_raw(&e.0, "errno", Value::None);
            e
        }
    }
}

/// `str()` of an OSError: `[Errno 2] No such file or directory: 'x'`; None when the
/// generic BaseException form applies.
pub fn os_str(vm: &Vm, e: &Value) -> PyResult<Option<String>> {
    let get = |n: &str| -> Value {
        match e.as_obj().and_then(|o| o.dict.as_ref()) {
            Some(d) => match &d.payload {
                Payload::Dict(d) => {
                    let k = crate::intern(n);
                    d.get_str(&k, crate::str_hash(&k)).unwrap_or(Value::None)
                }
                _ => Value::None,
            },
            None => Value::None,
        }
    };
    let (errno, strerror, filename, filename2) = (
        get("errno"),
        get("strerror"),
        get("filename"),
        get("filename2"),
    );
    if !filename.is_none() {
        let mut s = format!(
            "[Errno {}] {}: {}",
            vm.str(&errno)?,
            vm.str(&strerror)?,
            vm.repr(&filename)?
        );
        if !filename2.is_none() {
            s.push_str(&format!(" -> {}", vm.repr(&filename2)?));
        }
        return Ok(Some(s));
    }
    if !errno.is_none() && !strerror.is_none() {
        return Ok(Some(format!(
            "[Errno {}] {}",
            vm.str(&errno)?,
            vm.str(&strerror)?
        )));
    }
    Ok(None)
}

fn unicode_init(vm: &Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(Value::Obj(o)) = args.first() else {
        return Ok(Value::None);
    };
    let rest = &args[1..];
    if let Payload::Exception(d) = &o.payload {
        *d.args.lock() = new_tuple(rest.to_vec());
    }
    let is_dec = is_subtype(&o.class, &vm.exc_type("UnicodeDecodeError"));
    let is_enc = is_subtype(&o.class, &vm.exc_type("UnicodeEncodeError"));
    if !is_dec && !is_enc {
        return Ok(Value::None);
    }
    if rest.len() != 5 {
        return Err(vm.type_error(format!(
            "function takes exactly 5 arguments ({} given)",
            rest.len()
        )));
    }
    let obj = if is_dec {
        match rest[1].payload() {
            Some(Payload::ByteArray(b)) => crate::new_bytes(b.read().clone()),
            _ => rest[1].clone(),
        }
    } else {
        rest[1].clone()
    };
    for (i, n) in ["encoding", "object", "start", "end", "reason"]
        .iter()
        .enumerate()
    {
        vm.set_attr_raw(o, n, if i == 1 { obj.clone() } else { rest[i].clone() })?;
    }
    Ok(Value::None)
}

/// Build a `UnicodeDecodeError` as the codecs raise it.
pub fn decode_error(
    vm: &Vm,
    encoding: &str,
    object: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let args = vec![
        new_str(encoding),
        crate::new_bytes(object.to_vec()),
        Value::Int(start as i64),
        Value::Int(end as i64),
        new_str(reason),
    ];
    unicode_error(vm, "UnicodeDecodeError", args)
}

/// A Unicode{Decode,Encode}Error of class `name` from its five arguments, with its
/// attributes set as `__init__` sets them.
fn unicode_error(vm: &Vm, name: &str, args: Vec<Value>) -> PyErr {
    let e = vm.new_exception(&vm.exc_type(name), args.clone());
    let mut init_args = Vec::with_capacity(6);
    init_args.push(Value::Obj(e.0.clone()));
    init_args.extend(args);
    let _ = unicode_init(vm, &init_args, &[]);
    e
}

/// Build a `UnicodeEncodeError` as the codecs raise it (`start`/`end` in characters).
pub fn encode_error(
    vm: &Vm,
    encoding: &str,
    object: &str,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let args = vec![
        new_str(encoding),
        new_str(object),
        Value::Int(start as i64),
        Value::Int(end as i64),
        new_str(reason),
    ];
    unicode_error(vm, "UnicodeEncodeError", args)
}

/// `str()` of a UnicodeDecodeError/UnicodeEncodeError built with 5 arguments.
pub fn unicode_str(vm: &Vm, e: &Value) -> PyResult<Option<String>> {
    let t = type_of(e);
    let is_dec = is_subtype(t, &vm.exc_type("UnicodeDecodeError"));
    let is_enc = is_subtype(t, &vm.exc_type("UnicodeEncodeError"));
    if !(is_dec || is_enc) || exc_args(e).len() != 5 {
        return Ok(None);
    }
    let enc = vm.str(&vm.getattr(e, "encoding")?)?;
    let obj = vm.getattr(e, "object")?;
    let start = match vm.getattr(e, "start")? {
        Value::Int(i) => i,
        _ => 0,
    };
    let end = match vm.getattr(e, "end")? {
        Value::Int(i) => i,
        _ => 0,
    };
    let reason = vm.str(&vm.getattr(e, "reason")?)?;
    if is_dec {
        let bytes: Vec<u8> = match obj.payload() {
            Some(Payload::Bytes(b)) => b.to_vec(),
            _ => vec![],
        };
        if end == start + 1 && (start as usize) < bytes.len() {
            return Ok(Some(format!(
                "'{enc}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
                bytes[start as usize]
            )));
        }
        return Ok(Some(format!(
            "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
            end - 1
        )));
    }
    let s = vm.str(&obj)?;
    if end == start + 1 {
        if let Some(c) = s.chars().nth(start as usize) {
            let c = c as u32;
            let esc = if c < 0x100 {
                format!("\\x{c:02x}")
            } else if c < 0x10000 {
                format!("\\u{c:04x}")
            } else {
                format!("\\U{c:08x}")
            };
            return Ok(Some(format!(
                "'{enc}' codec can't encode character '{esc}' in position {start}: {reason}"
            )));
        }
    }
    Ok(Some(format!(
        "'{enc}' codec can't encode characters in position {start}-{}: {reason}",
        end - 1
    )))
}

pub fn init(m: &std::collections::HashMap<&'static str, ObjRef>) {
    let os = &m["OSError"];
    crate::types::add_staticmethod(os, "__new__", os_new);
    crate::types::add_method(os, "__init__", os_init);
    // (errno, strerror, filename and filename2 read None until set: their descriptors,
    // methods::init_shadows)
    crate::types::add_method(&m["UnicodeDecodeError"], "__init__", unicode_init);
    crate::types::add_method(&m["UnicodeEncodeError"], "__init__", unicode_init);
}
