//! `hashlib`: md5, sha1 and the sha2 family (RustCrypto's `md-5`, `sha1`, `sha2` crates)
//! behind CPython's `_hashlib.HASH` object API.
//! Follows <https://docs.python.org/3.11/library/hashlib.html>.

use parking_lot::Mutex;
use sha2::Digest;
use std::sync::OnceLock;
use weft_vm::builtins::kwarg;
use weft_vm::import::{new_module, set};
use weft_vm::payload::{Native, Payload};
use weft_vm::types::codecs::buffer_bytes;
use weft_vm::types::function::BuiltinKind;
use weft_vm::types::set_table::PySet;
use weft_vm::types::{add_method, native, set_type_attr};
use weft_vm::{new_bytes, new_set, new_str, ObjRef, PyResult, Value, Vm};

type Kw<'a> = &'a [(Value, Value)];

/// The algorithms this module implements (`algorithms_guaranteed`/`algorithms_available`).
const NAMES: [&str; 6] = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"];

#[derive(Clone)]
enum State {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
}

impl State {
    fn new(name: &str) -> Option<State> {
        Some(match name {
            "md5" => State::Md5(md5::Md5::new()),
            "sha1" => State::Sha1(sha1::Sha1::new()),
            "sha224" => State::Sha224(sha2::Sha224::new()),
            "sha256" => State::Sha256(sha2::Sha256::new()),
            "sha384" => State::Sha384(sha2::Sha384::new()),
            "sha512" => State::Sha512(sha2::Sha512::new()),
            _ => return None,
        })
    }

    fn name(&self) -> &'static str {
        match self {
            State::Md5(_) => "md5",
            State::Sha1(_) => "sha1",
            State::Sha224(_) => "sha224",
            State::Sha256(_) => "sha256",
            State::Sha384(_) => "sha384",
            State::Sha512(_) => "sha512",
        }
    }

    fn digest_size(&self) -> i64 {
        match self {
            State::Md5(_) => 16,
            State::Sha1(_) => 20,
            State::Sha224(_) => 28,
            State::Sha256(_) => 32,
            State::Sha384(_) => 48,
            State::Sha512(_) => 64,
        }
    }

    fn block_size(&self) -> i64 {
        match self {
            State::Sha384(_) | State::Sha512(_) => 128,
            _ => 64,
        }
    }

    fn update(&mut self, data: &[u8]) {
        match self {
            State::Md5(h) => h.update(data),
            State::Sha1(h) => h.update(data),
            State::Sha224(h) => h.update(data),
            State::Sha256(h) => h.update(data),
            State::Sha384(h) => h.update(data),
            State::Sha512(h) => h.update(data),
        }
    }

    /// The digest of the data so far (the state itself is left untouched).
    fn digest(&self) -> Vec<u8> {
        match self.clone() {
            State::Md5(h) => h.finalize().to_vec(),
            State::Sha1(h) => h.finalize().to_vec(),
            State::Sha224(h) => h.finalize().to_vec(),
            State::Sha256(h) => h.finalize().to_vec(),
            State::Sha384(h) => h.finalize().to_vec(),
            State::Sha512(h) => h.finalize().to_vec(),
        }
    }
}

/// A `_hashlib.HASH` object: the running state under a lock (updates are atomic).
struct Hash(Mutex<State>);

impl Native for Hash {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn hash_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = weft_vm::builtins::new_builtin_type("HASH");
        set_type_attr(&t, "__module__", new_str("_hashlib"));
        set_type_attr(&t, "__qualname__", new_str("HASH"));
        add_method(&t, "update", h_update);
        add_method(&t, "digest", h_digest);
        add_method(&t, "hexdigest", h_hexdigest);
        add_method(&t, "copy", h_copy);
        add_method(&t, "__repr__", h_repr);
        weft_vm::types::int::add_getter(&t, "name", h_name);
        weft_vm::types::int::add_getter(&t, "digest_size", h_digest_size);
        weft_vm::types::int::add_getter(&t, "block_size", h_block_size);
        t
    })
}

fn wrap(state: State) -> Value {
    Value::Obj(ObjRef::new(
        hash_type().clone(),
        None,
        Payload::Native(Box::new(Hash(Mutex::new(state)))),
    ))
}

fn this<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a Hash> {
    args.first()
        .and_then(|v| v.payload())
        .and_then(|p| p.native::<Hash>())
        .ok_or_else(|| vm.type_error("descriptor requires a '_hashlib.HASH' object"))
}

/// The bytes of a data argument, with CPython's messages for str and non-buffers.
fn data_bytes(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(Payload::Str(_)) = v.payload() {
        return Err(vm.type_error("Strings must be encoded before hashing"));
    }
    buffer_bytes(v).ok_or_else(|| vm.type_error("object supporting the buffer API required"))
}

fn h_update(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let h = this(vm, args)?;
    weft_vm::types::text::pos_only(vm, kw, "HASH", "update", &args[1..], 1, 1)?;
    let data = data_bytes(vm, &args[1])?;
    h.0.lock().update(&data);
    Ok(Value::None)
}

fn h_digest(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let d = this(vm, args)?.0.lock().digest();
    Ok(new_bytes(d))
}

fn h_hexdigest(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let d = this(vm, args)?.0.lock().digest();
    let mut s = String::with_capacity(d.len() * 2);
    for b in d {
        s.push_str(&format!("{b:02x}"));
    }
    Ok(new_str(s))
}

fn h_copy(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let st = this(vm, args)?.0.lock().clone();
    Ok(wrap(st))
}

fn h_repr(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let name = this(vm, args)?.0.lock().name();
    Ok(new_str(format!(
        "<{name} _hashlib.HASH object @ {:#x}>",
        args[0].id()
    )))
}

fn h_name(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(new_str(this(vm, args)?.0.lock().name()))
}

fn h_digest_size(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(this(vm, args)?.0.lock().digest_size()))
}

fn h_block_size(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(this(vm, args)?.0.lock().block_size()))
}

/// A new hash object of algorithm `name` fed with the optional initial data
/// (positional, or keyword `data`/`string`; `usedforsecurity` is accepted and ignored).
fn make(vm: &Vm, fname: &str, name: &str, args: &[Value], kw: Kw) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "{fname}() takes at most 1 positional argument ({} given)",
            args.len()
        )));
    }
    for (k, _) in kw {
        let k = weft_vm::builtins::str_arg(k).unwrap_or("");
        if !matches!(k, "data" | "string" | "usedforsecurity") {
            return Err(vm.type_error(format!(
                "{fname}() got an unexpected keyword argument '{k}'"
            )));
        }
    }
    let data = match (args.first(), kwarg(kw, "data"), kwarg(kw, "string")) {
        (Some(_), Some(_), _) | (Some(_), _, Some(_)) | (_, Some(_), Some(_)) => {
            return Err(vm.type_error("'data' and 'string' are mutually exclusive and support for 'string' keyword parameter is slated for removal in a future version."));
        }
        (Some(v), _, _) | (_, Some(v), _) | (_, _, Some(v)) => Some(v),
        _ => None,
    };
    let mut st =
        State::new(name).ok_or_else(|| vm.value_error(format!("unsupported hash type {name}")))?;
    if let Some(d) = data {
        st.update(&data_bytes(vm, d)?);
    }
    Ok(wrap(st))
}

fn new_(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (name_v, rest, kw2): (Value, &[Value], Vec<(Value, Value)>) = match args.first() {
        Some(v) => (v.clone(), &args[1..], kw.to_vec()),
        None => match kwarg(kw, "name") {
            Some(v) => {
                let others = kw
                    .iter()
                    .filter(|(k, _)| weft_vm::builtins::str_arg(k) != Some("name"))
                    .cloned()
                    .collect();
                (v.clone(), args, others)
            }
            None => return Err(vm.type_error("new() missing required argument 'name' (pos 1)")),
        },
    };
    let name = match weft_vm::builtins::str_arg(&name_v) {
        Some(s) => s.to_string(),
        None => {
            return Err(vm.type_error(format!(
                "new() argument 'name' must be str, not {}",
                vm.type_name(&name_v)
            )))
        }
    };
    let lower = name.to_ascii_lowercase();
    if State::new(&lower).is_none() {
        return Err(vm.value_error(format!("unsupported hash type {name}")));
    }
    make(vm, "new", &lower, rest, &kw2)
}

macro_rules! ctor {
    ($fn:ident, $name:literal) => {
        fn $fn(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
            make(vm, concat!("openssl_", $name), $name, args, kw)
        }
    };
}
ctor!(c_md5, "md5");
ctor!(c_sha1, "sha1");
ctor!(c_sha224, "sha224");
ctor!(c_sha256, "sha256");
ctor!(c_sha384, "sha384");
ctor!(c_sha512, "sha512");

pub fn init(vm: &Vm) -> PyResult<ObjRef> {
    let m = new_module("hashlib");
    let f = |name: &'static str, func| native(name, func, BuiltinKind::Function, None, None);
    set(&m, "new", f("new", new_));
    set(&m, "md5", f("openssl_md5", c_md5));
    set(&m, "sha1", f("openssl_sha1", c_sha1));
    set(&m, "sha224", f("openssl_sha224", c_sha224));
    set(&m, "sha256", f("openssl_sha256", c_sha256));
    set(&m, "sha384", f("openssl_sha384", c_sha384));
    set(&m, "sha512", f("openssl_sha512", c_sha512));
    let names = |frozen| -> PyResult<Value> {
        let s = PySet::new();
        for n in NAMES {
            s.set(vm, new_str(n), Value::None)?;
        }
        Ok(new_set(s, frozen))
    };
    set(&m, "algorithms_guaranteed", names(true)?);
    set(&m, "algorithms_available", names(false)?);
    set(&m, "HASH", Value::Obj(hash_type().clone()));
    Ok(m)
}
