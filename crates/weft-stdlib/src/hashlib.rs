//! `hashlib`: md5, sha1, the sha2 and sha3 families (RustCrypto's `md-5`, `sha1`, `sha2`,
//! `sha3` crates) behind CPython's `_hashlib.HASH` object API; blake2b/blake2s objects
//! and pbkdf2_hmac live in `hashlib_blake.rs`.
//! Follows <https://docs.python.org/3.11/library/hashlib.html>.

use crate::hashlib_blake as blake;
use parking_lot::Mutex;
use sha2::Digest;
use std::sync::OnceLock;
use weft_vm::builtins::kwarg;
use weft_vm::import::{new_module, set};
use weft_vm::payload::{Native, Payload};
use weft_vm::types::codecs::buffer_bytes;
use weft_vm::types::function::BuiltinKind;
use weft_vm::types::set_table::PySet;
use weft_vm::types::{add_method, add_staticmethod, native, set_type_attr};
use weft_vm::{new_bytes, new_set, new_str, ObjRef, PyResult, Value, Vm};

type Kw<'a> = &'a [(Value, Value)];

/// The algorithms this module implements (`algorithms_guaranteed`/`algorithms_available`).
const NAMES: [&str; 12] = [
    "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384",
    "sha3_512", "blake2b", "blake2s",
];

#[derive(Clone)]
pub enum State {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
    Sha3_224(sha3::Sha3_224),
    Sha3_256(sha3::Sha3_256),
    Sha3_384(sha3::Sha3_384),
    Sha3_512(sha3::Sha3_512),
    Blake2b(Box<blake::Blake2b>),
    Blake2s(Box<blake::Blake2s>),
}

impl State {
    pub fn new(name: &str) -> Option<State> {
        Some(match name {
            "md5" => State::Md5(md5::Md5::new()),
            "sha1" => State::Sha1(sha1::Sha1::new()),
            "sha224" => State::Sha224(sha2::Sha224::new()),
            "sha256" => State::Sha256(sha2::Sha256::new()),
            "sha384" => State::Sha384(sha2::Sha384::new()),
            "sha512" => State::Sha512(sha2::Sha512::new()),
            "sha3_224" => State::Sha3_224(sha3::Sha3_224::new()),
            "sha3_256" => State::Sha3_256(sha3::Sha3_256::new()),
            "sha3_384" => State::Sha3_384(sha3::Sha3_384::new()),
            "sha3_512" => State::Sha3_512(sha3::Sha3_512::new()),
            "blake2b" => blake::new_state(true, 64, b"", b"", b""),
            "blake2s" => blake::new_state(false, 32, b"", b"", b""),
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
            State::Sha3_224(_) => "sha3_224",
            State::Sha3_256(_) => "sha3_256",
            State::Sha3_384(_) => "sha3_384",
            State::Sha3_512(_) => "sha3_512",
            State::Blake2b(_) => "blake2b",
            State::Blake2s(_) => "blake2s",
        }
    }

    pub fn digest_size(&self) -> i64 {
        match self {
            State::Md5(_) => 16,
            State::Sha1(_) => 20,
            State::Sha224(_) => 28,
            State::Sha256(_) => 32,
            State::Sha384(_) => 48,
            State::Sha512(_) => 64,
            State::Sha3_224(_) => 28,
            State::Sha3_256(_) => 32,
            State::Sha3_384(_) => 48,
            State::Sha3_512(_) => 64,
            State::Blake2b(h) => h.digest_size(),
            State::Blake2s(h) => h.digest_size(),
        }
    }

    pub fn block_size(&self) -> i64 {
        match self {
            State::Sha384(_) | State::Sha512(_) | State::Blake2b(_) => 128,
            State::Sha3_224(_) => 144,
            State::Sha3_256(_) => 136,
            State::Sha3_384(_) => 104,
            State::Sha3_512(_) => 72,
            _ => 64,
        }
    }

    pub fn update(&mut self, data: &[u8]) {
        match self {
            State::Md5(h) => h.update(data),
            State::Sha1(h) => h.update(data),
            State::Sha224(h) => h.update(data),
            State::Sha256(h) => h.update(data),
            State::Sha384(h) => h.update(data),
            State::Sha512(h) => h.update(data),
            State::Sha3_224(h) => h.update(data),
            State::Sha3_256(h) => h.update(data),
            State::Sha3_384(h) => h.update(data),
            State::Sha3_512(h) => h.update(data),
            State::Blake2b(h) => h.update(data),
            State::Blake2s(h) => h.update(data),
        }
    }

    /// The digest of the data so far (the state itself is left untouched).
    pub fn digest(&self) -> Vec<u8> {
        match self.clone() {
            State::Md5(h) => h.finalize().to_vec(),
            State::Sha1(h) => h.finalize().to_vec(),
            State::Sha224(h) => h.finalize().to_vec(),
            State::Sha256(h) => h.finalize().to_vec(),
            State::Sha384(h) => h.finalize().to_vec(),
            State::Sha512(h) => h.finalize().to_vec(),
            State::Sha3_224(h) => h.finalize().to_vec(),
            State::Sha3_256(h) => h.finalize().to_vec(),
            State::Sha3_384(h) => h.finalize().to_vec(),
            State::Sha3_512(h) => h.finalize().to_vec(),
            State::Blake2b(h) => h.digest(),
            State::Blake2s(h) => h.digest(),
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

/// The methods and attributes every hash object type shares.
fn add_hash_methods(t: &ObjRef) {
    add_method(t, "update", h_update);
    add_method(t, "digest", h_digest);
    add_method(t, "hexdigest", h_hexdigest);
    add_method(t, "copy", h_copy);
    add_method(t, "__repr__", h_repr);
    weft_vm::types::int::add_getter(t, "name", h_name);
    weft_vm::types::int::add_getter(t, "digest_size", h_digest_size);
    weft_vm::types::int::add_getter(t, "block_size", h_block_size);
}

fn hash_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = weft_vm::builtins::new_builtin_type("HASH");
        set_type_attr(&t, "__module__", new_str("_hashlib"));
        set_type_attr(&t, "__qualname__", new_str("HASH"));
        add_hash_methods(&t);
        t
    })
}

fn wrap(state: State) -> Value {
    let t = match &state {
        State::Blake2b(_) => blake_type(true),
        State::Blake2s(_) => blake_type(false),
        _ => hash_type(),
    };
    Value::Obj(ObjRef::new(
        t.clone(),
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
    if name.starts_with("blake2") {
        return Ok(new_str(format!(
            "<_blake2.{name} object at {:#x}>",
            args[0].id()
        )));
    }
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

/// The `_blake2.blake2b` / `_blake2.blake2s` type: a HASH-like object whose
/// constructor takes digest_size, key, salt and person.
fn blake_type(big: bool) -> &'static ObjRef {
    static B: OnceLock<ObjRef> = OnceLock::new();
    static S: OnceLock<ObjRef> = OnceLock::new();
    (if big { &B } else { &S }).get_or_init(|| {
        let name = if big { "blake2b" } else { "blake2s" };
        let t = weft_vm::builtins::new_builtin_type(name);
        set_type_attr(&t, "__module__", new_str("_blake2"));
        set_type_attr(&t, "__qualname__", new_str(name));
        add_staticmethod(&t, "__new__", if big { b2b_new } else { b2s_new });
        add_hash_methods(&t);
        let (max, salt) = blake::limits(big);
        set_type_attr(&t, "SALT_SIZE", Value::Int(salt as i64));
        set_type_attr(&t, "PERSON_SIZE", Value::Int(salt as i64));
        set_type_attr(&t, "MAX_KEY_SIZE", Value::Int(max as i64));
        set_type_attr(&t, "MAX_DIGEST_SIZE", Value::Int(max as i64));
        t
    })
}

fn b2b_new(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    blake_make(vm, true, args.get(1..).unwrap_or(&[]), kw)
}

fn b2s_new(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    blake_make(vm, false, args.get(1..).unwrap_or(&[]), kw)
}

/// A bytes-like keyword argument (key, salt, person) with CPython's message for others.
fn bytes_kw(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    buffer_bytes(v).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))
    })
}

fn blake_make(vm: &Vm, big: bool, args: &[Value], kw: Kw) -> PyResult<Value> {
    let fname = if big { "blake2b" } else { "blake2s" };
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "{fname}() takes at most 1 positional argument ({} given)",
            args.len()
        )));
    }
    let (max, salt_max) = blake::limits(big);
    let mut out = max;
    let (mut key, mut salt, mut person) = (Vec::new(), Vec::new(), Vec::new());
    let data = args.first().cloned();
    for (k, v) in kw {
        let k = weft_vm::builtins::str_arg(k).unwrap_or("");
        match k {
            "digest_size" => {
                let n = weft_vm::types::text::index_arg(vm, v)?;
                if n < 1 || n > max as i64 {
                    return Err(
                        vm.value_error(format!("digest_size must be between 1 and {max} bytes"))
                    );
                }
                out = n as usize;
            }
            "key" => key = bytes_kw(vm, v)?,
            "salt" => salt = bytes_kw(vm, v)?,
            "person" => person = bytes_kw(vm, v)?,
            "usedforsecurity" | "last_node" => {}
            "fanout" | "depth" => {
                if weft_vm::types::text::index_arg(vm, v)? != 1 {
                    return Err(vm.value_error("BLAKE2 tree hashing is not supported by weft"));
                }
            }
            "leaf_size" | "node_offset" | "node_depth" | "inner_size" => {
                if weft_vm::types::text::index_arg(vm, v)? != 0 {
                    return Err(vm.value_error("BLAKE2 tree hashing is not supported by weft"));
                }
            }
            _ => {
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    if key.len() > max {
        return Err(vm.value_error(format!("maximum key length is {max} bytes")));
    }
    if salt.len() > salt_max {
        return Err(vm.value_error(format!("maximum salt length is {salt_max} bytes")));
    }
    if person.len() > salt_max {
        return Err(vm.value_error(format!("maximum person length is {salt_max} bytes")));
    }
    let mut st = blake::new_state(big, out, &key, &salt, &person);
    if let Some(d) = data {
        st.update(&data_bytes(vm, &d)?);
    }
    Ok(wrap(st))
}

/// `pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)`.
fn pbkdf2_hmac(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let names = ["hash_name", "password", "salt", "iterations", "dklen"];
    let mut vals: Vec<Option<Value>> = vec![None; 5];
    if args.len() > 5 {
        return Err(vm.type_error(format!(
            "pbkdf2_hmac() takes at most 5 arguments ({} given)",
            args.len()
        )));
    }
    for (i, a) in args.iter().enumerate() {
        vals[i] = Some(a.clone());
    }
    for (k, v) in kw {
        let k = weft_vm::builtins::str_arg(k).unwrap_or("");
        match names.iter().position(|n| *n == k) {
            Some(i) => vals[i] = Some(v.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "pbkdf2_hmac() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    for (i, n) in names.iter().enumerate().take(4) {
        if vals[i].is_none() {
            return Err(vm.type_error(format!(
                "pbkdf2_hmac() missing required argument '{n}' (pos {})",
                i + 1
            )));
        }
    }
    let hv = vals[0].clone().unwrap();
    let Some(hname) = weft_vm::builtins::str_arg(&hv) else {
        return Err(vm.type_error(format!(
            "pbkdf2_hmac() argument 'hash_name' must be str, not {}",
            vm.type_name(&hv)
        )));
    };
    let password = bytes_kw(vm, vals[1].as_ref().unwrap())?;
    let salt = bytes_kw(vm, vals[2].as_ref().unwrap())?;
    let iterations = weft_vm::types::text::index_arg(vm, vals[3].as_ref().unwrap())?;
    let proto = State::new(&hname.to_ascii_lowercase())
        .ok_or_else(|| vm.value_error(format!("unsupported hash type {hname}")))?;
    if iterations < 1 {
        return Err(vm.value_error("iteration value must be greater than 0."));
    }
    let dklen = match vals[4].as_ref() {
        None | Some(Value::None) => proto.digest_size(),
        Some(v) => weft_vm::types::text::index_arg(vm, v)?,
    };
    if dklen < 1 {
        return Err(vm.value_error("key length must be greater than 0."));
    }
    Ok(new_bytes(blake::pbkdf2(
        &proto,
        &password,
        &salt,
        iterations as u64,
        dklen as usize,
    )))
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
    if name == "blake2b" || name == "blake2s" {
        return blake_make(vm, name == "blake2b", rest, &kw2);
    }
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
ctor!(c_sha3_224, "sha3_224");
ctor!(c_sha3_256, "sha3_256");
ctor!(c_sha3_384, "sha3_384");
ctor!(c_sha3_512, "sha3_512");

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
    set(&m, "sha3_224", f("openssl_sha3_224", c_sha3_224));
    set(&m, "sha3_256", f("openssl_sha3_256", c_sha3_256));
    set(&m, "sha3_384", f("openssl_sha3_384", c_sha3_384));
    set(&m, "sha3_512", f("openssl_sha3_512", c_sha3_512));
    set(&m, "blake2b", Value::Obj(blake_type(true).clone()));
    set(&m, "blake2s", Value::Obj(blake_type(false).clone()));
    set(&m, "pbkdf2_hmac", f("pbkdf2_hmac", pbkdf2_hmac));
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
