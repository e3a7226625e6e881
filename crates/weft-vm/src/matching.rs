//! The structural pattern matching opcodes of the `match` statement: MATCH_SEQUENCE,
//! MATCH_MAPPING (CPython's collection type flags: built-in sequences and mappings, and
//! classes inheriting from or registered with `collections.abc.Sequence`/`Mapping`),
//! MATCH_KEYS (lookups with the subject's `get`) and MATCH_CLASS (`isinstance`,
//! `__match_args__`, the built-ins that match their whole subject positionally).
//! <https://docs.python.org/3.11/reference/compound_stmts.html#the-match-statement>

use crate::payload::Payload;
use crate::types::typeobj::{self, tdata};
use crate::types::types;
use crate::value::Value;
use crate::vm::{type_of, Vm};
use crate::{new_tuple, ObjRef, PyResult};
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::atomic::Ordering;

/// Which collection protocol a class follows for `match` (CPython's
/// Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Collection {
    Sequence,
    Mapping,
}

fn str_of(v: &Value) -> Option<&str> {
    match v.payload() {
        Some(Payload::Str(s)) => Some(s.as_str()),
        _ => None,
    }
}

/// A string item of a heap class's own namespace (`__module__`).
fn own_str(t: &ObjRef, name: &str) -> Option<String> {
    let d = t.dict.as_ref()?;
    let Payload::Dict(d) = &d.payload else {
        return None;
    };
    let k = crate::intern(name);
    let v = d.get_str(&k, crate::str_hash(&k))?;
    str_of(&v).map(str::to_string)
}

/// The flag a built-in type has of its own.
fn builtin_flag(t: &ObjRef) -> Option<Collection> {
    let ty = types();
    if [&ty.list, &ty.tuple, &ty.range, &ty.memoryview]
        .iter()
        .any(|b| t.ptr_eq(b))
    {
        return Some(Collection::Sequence);
    }
    if t.ptr_eq(&ty.dict) || t.ptr_eq(&ty.mappingproxy) {
        return Some(Collection::Mapping);
    }
    // `collections.deque`, written in weft-stdlib (Py_TPFLAGS_SEQUENCE in CPython).
    if *tdata(t).name.read() == "deque"
        && own_str(t, "__module__").as_deref() == Some("collections")
    {
        return Some(Collection::Sequence);
    }
    None
}

/// `collections.abc`'s Sequence and Mapping, if that module has been imported.
fn abcs() -> Option<[(ObjRef, Collection); 2]> {
    let Payload::Dict(mods) = &crate::interp::interp().modules().payload else {
        return None;
    };
    let k = crate::intern("collections.abc");
    let Value::Obj(m) = mods.get_str(&k, crate::str_hash(&k))? else {
        return None;
    };
    let Payload::Dict(ns) = &m.dict.as_ref()?.payload else {
        return None;
    };
    let get = |name: &str| {
        let k = crate::intern(name);
        match ns.get_str(&k, crate::str_hash(&k)) {
            Some(Value::Obj(o)) if matches!(o.payload, Payload::Type(_)) => Some(o),
            _ => None,
        }
    };
    Some([
        (get("Sequence")?, Collection::Sequence),
        (get("Mapping")?, Collection::Mapping),
    ])
}

/// Whether `c` is in the virtual-subclass registry of `abc` or of an ABC derived from it.
fn registered_under(vm: &Vm, abc: &ObjRef, c: &ObjRef, depth: usize) -> PyResult<bool> {
    if depth > 64 {
        return Ok(false);
    }
    let impl_ = match vm.getattr(&Value::Obj(abc.clone()), "_abc_impl") {
        Ok(v) => v,
        Err(e) if vm.err_matches(&e, "AttributeError") => return Ok(false),
        Err(e) => return Err(e),
    };
    if let Ok(reg) = vm.getattr(&impl_, "registry") {
        if crate::types::set::as_set(&reg).is_some()
            && crate::ops::contains(vm, &reg, &Value::Obj(c.clone()))?
        {
            return Ok(true);
        }
    }
    let subs: Vec<ObjRef> = tdata(abc).subclasses.lock().clone();
    for s in &subs {
        if registered_under(vm, s, c, depth + 1)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The flag a class written in Python has of its own: the ABCs themselves, `array.array`,
/// and classes registered with a Sequence or Mapping ABC.
fn heap_flag(vm: &Vm, c: &ObjRef) -> PyResult<Option<Collection>> {
    let name = tdata(c).name.read().clone();
    match (own_str(c, "__module__").as_deref(), name.as_str()) {
        (Some("collections.abc"), "Sequence") => return Ok(Some(Collection::Sequence)),
        (Some("collections.abc"), "Mapping") => return Ok(Some(Collection::Mapping)),
        (Some("array"), "array") => return Ok(Some(Collection::Sequence)),
        _ => {}
    }
    let Some(roots) = abcs() else {
        return Ok(None);
    };
    for (abc, flag) in roots {
        if registered_under(vm, &abc, c, 0)? {
            return Ok(Some(flag));
        }
    }
    Ok(None)
}

/// `abc._abc_invalidation_counter`: changes with every `register()` of any ABC (0 before
/// `abc` is imported).
fn abc_counter() -> i64 {
    let Payload::Dict(mods) = &crate::interp::interp().modules().payload else {
        return 0;
    };
    let k = crate::intern("abc");
    let Some(Value::Obj(m)) = mods.get_str(&k, crate::str_hash(&k)) else {
        return 0;
    };
    let Some(Payload::Dict(ns)) = m.dict.as_ref().map(|d| &d.payload) else {
        return 0;
    };
    let k = crate::intern("_abc_invalidation_counter");
    match ns.get_str(&k, crate::str_hash(&k)) {
        Some(Value::Obj(l)) => match &l.payload {
            Payload::List(items) => match items.read().first() {
                Some(Value::Int(n)) => *n,
                _ => 0,
            },
            _ => 0,
        },
        _ => 0,
    }
}

/// What a heap class was found to be, per thread: (class version, ABC registry counter,
/// flag), keyed by the class's address (versions are never reused).
type FlagCache = HashMap<usize, (u64, i64, Option<Collection>)>;

thread_local! {
    static FLAGS: RefCell<FlagCache> = RefCell::new(HashMap::new());
}

/// The collection flag of a value's class: the first class of its MRO that has one.
fn collection_of(vm: &Vm, v: &Value) -> PyResult<Option<Collection>> {
    let t = type_of(v);
    if !tdata(t).heap {
        // Built-in types: their own flag or their bases' (bool, subclasses of dict...).
        return Ok(typeobj::mro(t).iter().find_map(builtin_flag));
    }
    let key = t.as_ptr() as usize;
    let version = tdata(t).version.load(Ordering::Acquire);
    let counter = abc_counter();
    if let Some((v, c, flag)) = FLAGS.with(|f| f.borrow().get(&key).copied()) {
        if v == version && c == counter {
            return Ok(flag);
        }
    }
    let flag = heap_collection(vm, t)?;
    FLAGS.with(|f| {
        let mut f = f.borrow_mut();
        if f.len() >= 4096 {
            f.clear();
        }
        f.insert(key, (version, counter, flag));
    });
    Ok(flag)
}

fn heap_collection(vm: &Vm, t: &ObjRef) -> PyResult<Option<Collection>> {
    for c in typeobj::mro(t) {
        let flag = if tdata(c).heap {
            heap_flag(vm, c)?
        } else {
            builtin_flag(c)
        };
        if flag.is_some() {
            return Ok(flag);
        }
    }
    Ok(None)
}

/// MATCH_SEQUENCE: is the subject a sequence for `match` (never str, bytes, bytearray)?
pub fn match_sequence(vm: &Vm, subject: &Value) -> PyResult<bool> {
    Ok(collection_of(vm, subject)? == Some(Collection::Sequence))
}

/// MATCH_MAPPING: is the subject a mapping for `match`?
pub fn match_mapping(vm: &Vm, subject: &Value) -> PyResult<bool> {
    Ok(collection_of(vm, subject)? == Some(Collection::Mapping))
}

fn tuple_items(v: &Value) -> Vec<Value> {
    match v.payload() {
        Some(Payload::Tuple(items)) => items.to_vec(),
        _ => Vec::new(),
    }
}

/// MATCH_KEYS: the values of `keys` in the mapping (a tuple), or None if one is missing.
/// Looks keys up with `subject.get(key, sentinel)`, so `__missing__` is never called.
pub fn match_keys(vm: &Vm, subject: &Value, keys: &Value) -> PyResult<Value> {
    let keys = tuple_items(keys);
    if keys.is_empty() {
        return Ok(new_tuple(Vec::new()));
    }
    let get = vm.getattr(subject, "get")?;
    let missing = vm.call(&Value::Obj(types().object.clone()), &[])?;
    let mut seen: Vec<(i64, Value)> = Vec::with_capacity(keys.len());
    let mut values = Vec::with_capacity(keys.len());
    for key in keys {
        let h = vm.hash(&key)?;
        for (sh, s) in &seen {
            if *sh == h && (s.is(&key) || vm.eq(s, &key)?) {
                return Err(vm.value_error(format!(
                    "mapping pattern checks duplicate key ({})",
                    vm.repr(&key)?
                )));
            }
        }
        seen.push((h, key.clone()));
        let v = vm.call(&get, &[key, missing.clone()])?;
        if v.is(&missing) {
            return Ok(Value::None);
        }
        values.push(v);
    }
    Ok(new_tuple(values))
}

/// CPython's `tp_name` of a class, for the messages below.
fn tp_name(t: &ObjRef) -> String {
    if tdata(t).heap {
        if let Some(n) = own_str(t, "__weft_tpname__") {
            return n;
        }
    }
    let n = tdata(t).name.read().clone();
    n
}

/// The built-in classes whose single positional sub-pattern matches the whole subject
/// (and their subclasses, unless they define `__match_args__`).
fn matches_self(t: &ObjRef) -> bool {
    let ty = types();
    let selfish = [
        &ty.bool_,
        &ty.bytearray,
        &ty.bytes,
        &ty.dict,
        &ty.float,
        &ty.frozenset,
        &ty.int,
        &ty.list,
        &ty.set,
        &ty.str,
        &ty.tuple,
    ];
    typeobj::mro(t)
        .iter()
        .any(|c| selfish.iter().any(|s| c.ptr_eq(s)))
}

/// One attribute for a class pattern: None (no match) when the subject lacks it.
fn class_attr(
    vm: &Vm,
    subject: &Value,
    t: &ObjRef,
    name: &Value,
    seen: &mut Vec<String>,
) -> PyResult<Option<Value>> {
    let s = str_of(name).unwrap_or_default().to_string();
    if seen.contains(&s) {
        return Err(vm.type_error(format!(
            "{}() got multiple sub-patterns for attribute {}",
            tp_name(t),
            vm.repr(name)?
        )));
    }
    seen.push(s);
    match crate::attr::getattr(vm, subject, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if vm.err_matches(&e, "AttributeError") => Ok(None),
        Err(e) => Err(e),
    }
}

/// MATCH_CLASS: if the subject is an instance of `cls`, the tuple of its `nargs`
/// positional (through `__match_args__`) and keyword (`names`) attributes; else None.
pub fn match_class(
    vm: &Vm,
    subject: &Value,
    cls: &Value,
    nargs: usize,
    names: &Value,
) -> PyResult<Value> {
    let t = match cls {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => o,
        _ => return Err(vm.type_error("called match pattern must be a type")),
    };
    if !crate::builtins::isinstance_check(vm, subject, cls, "isinstance")? {
        return Ok(Value::None);
    }
    let mut seen: Vec<String> = Vec::new();
    let mut attrs: Vec<Value> = Vec::new();
    if nargs > 0 {
        let (match_args, match_self) = match vm.getattr(cls, "__match_args__") {
            Ok(m) => {
                if !type_of(&m).ptr_eq(&types().tuple) {
                    return Err(vm.type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        tp_name(t),
                        vm.type_name(&m)
                    )));
                }
                (tuple_items(&m), false)
            }
            Err(e) if vm.err_matches(&e, "AttributeError") => (Vec::new(), matches_self(t)),
            Err(e) => return Err(e),
        };
        let allowed = if match_self { 1 } else { match_args.len() };
        if allowed < nargs {
            return Err(vm.type_error(format!(
                "{}() accepts {} positional sub-pattern{} ({} given)",
                tp_name(t),
                allowed,
                if allowed == 1 { "" } else { "s" },
                nargs
            )));
        }
        if match_self {
            attrs.push(subject.clone());
        } else {
            for name in &match_args[..nargs] {
                if !type_of(name).ptr_eq(&types().str) {
                    return Err(vm.type_error(format!(
                        "__match_args__ elements must be strings (got {})",
                        vm.type_name(name)
                    )));
                }
                match class_attr(vm, subject, t, name, &mut seen)? {
                    Some(v) => attrs.push(v),
                    None => return Ok(Value::None),
                }
            }
        }
    }
    for name in tuple_items(names) {
        match class_attr(vm, subject, t, &name, &mut seen)? {
            Some(v) => attrs.push(v),
            None => return Ok(Value::None),
        }
    }
    Ok(new_tuple(attrs))
}
