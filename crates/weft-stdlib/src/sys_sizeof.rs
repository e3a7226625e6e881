//! `sys.getsizeof`: the sizes CPython 3.11 reports on 64-bit Linux, modelled from each
//! object's contents (CPython's growth policies for lists, dicts and sets included).
//! <https://docs.python.org/3.11/library/sys.html#sys.getsizeof>

use crate::sys::index_arg;
use weft_vm::builtins::kwarg;
use weft_vm::payload::Payload;
use weft_vm::types::exception::base_exception;
use weft_vm::types::typeobj::{is_subtype, mro, tdata};
use weft_vm::types::types;
use weft_vm::{ObjRef, PyResult, Value, Vm};

type Kw<'a> = &'a [(Value, Value)];

/// The GC header CPython adds in front of container objects.
const GC: i64 = 16;

pub fn getsizeof(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "getsizeof() takes at most 2 arguments ({} given)",
            a.len()
        )));
    }
    let Some(v) = a.first() else {
        return Err(vm.type_error("getsizeof() missing required argument 'object' (pos 1)"));
    };
    let default = a.get(1).or_else(|| kwarg(kw, "default")).cloned();
    if let Value::Obj(o) = v {
        if tdata(&o.class).heap {
            if let Some(f) = vm.lookup_special(v, "__sizeof__") {
                if !matches!(f.payload(), Some(Payload::Builtin(_))) {
                    let r = match vm.call(&f, &[]) {
                        Ok(r) => r,
                        Err(e) => match &default {
                            Some(d) if vm.err_matches(&e, "TypeError") => return Ok(d.clone()),
                            _ => return Err(e),
                        },
                    };
                    if !matches!(r, Value::Int(_) | Value::Bool(_))
                        && !matches!(r.payload(), Some(Payload::Int(_)))
                    {
                        return Err(vm.type_error("an integer is required"));
                    }
                    let n = index_arg(vm, &r)?;
                    if n < 0 {
                        return Err(vm.value_error("__sizeof__() should return >= 0"));
                    }
                    let pre = tdata(&o.class).has_dict && managed_dict_base(&o.class);
                    return Ok(Value::Int(n + GC + if pre { 16 } else { 0 }));
                }
            }
        }
    }
    Ok(Value::Int(size_of(v)))
}

/// Bytes a CPython int of this many bits takes (at least one 30-bit digit).
fn int_size(bits: u64) -> i64 {
    24 + 4 * ((bits as i64 + 29) / 30).max(1)
}

fn size_of(v: &Value) -> i64 {
    match v {
        Value::None | Value::Null => 16,
        Value::Bool(_) => 28,
        Value::Int(i) => int_size(64 - i.unsigned_abs().leading_zeros() as u64),
        Value::Float(_) => 24,
        Value::Obj(o) => {
            let td = tdata(&o.class);
            if td.heap {
                heap_instance(o)
            } else {
                builtin_size(o)
            }
        }
    }
}

/// The first built-in class in `cls`'s MRO.
fn builtin_base(cls: &ObjRef) -> ObjRef {
    mro(cls)
        .iter()
        .find(|t| !tdata(t).heap)
        .cloned()
        .unwrap_or_else(|| types().object.clone())
}

/// Instance of a class statement's class: the built-in base's size plus the slots, the
/// managed `__dict__` pre-header and the weak-reference pointer the subclass adds.
fn heap_instance(o: &ObjRef) -> i64 {
    let mut nslots = 0i64;
    let mut weakref = false;
    for t in mro(&o.class) {
        let td = tdata(t);
        if !td.heap {
            continue;
        }
        match &td.slots {
            None => weakref = true,
            Some(s) => {
                for n in s {
                    match n.as_str() {
                        "__weakref__" => weakref = true,
                        "__dict__" => {}
                        _ => nslots += 1,
                    }
                }
            }
        }
    }
    let has_dict = tdata(&o.class).has_dict;
    let base = builtin_base(&o.class);
    let bname = tdata(&base).name.read().clone();
    let slots = 8 * nslots;
    if matches!(o.payload, Payload::Plain | Payload::Slots(_)) && bname == "object" {
        return 16 + GC + slots + if has_dict { 16 } else { 0 } + if weakref { 8 } else { 0 };
    }
    let own = builtin_size(o);
    let extra = match bname.as_str() {
        "int" | "bool" => GC,
        "tuple" => 8,
        "bytes" => 24,
        "float" | "complex" => 40,
        "str" => {
            // A str subclass is not "compact": its characters live in a separate buffer.
            if let Payload::Str(s) = &o.payload {
                let st = s.as_str();
                let kind = match st.chars().map(|c| c as u32).max().unwrap_or(0) {
                    0..=255 => 1,
                    256..=65535 => 2,
                    _ => 4,
                };
                return 112 + (st.chars().count() as i64 + 1) * kind + slots;
            }
            32
        }
        "set" | "frozenset" => {
            if has_dict {
                16
            } else {
                0
            }
        }
        "list" | "dict" => (if has_dict { 16 } else { 0 }) + (if weakref { 8 } else { 0 }),
        _ if is_subtype(&o.class, &base_exception()) => {
            if weakref {
                8
            } else {
                0
            }
        }
        _ => 24,
    };
    own + extra + slots
}

/// CPython's capacity for a list of `n` items grown one `append` at a time.
fn list_append_capacity(n: i64) -> i64 {
    let mut alloc = 0i64;
    while alloc < n {
        let s = alloc + 1;
        alloc = (s + (s >> 3) + 6) & !3;
    }
    alloc
}

/// CPython's dict size for `n` items inserted one at a time, with 16-byte entries when
/// every key is an exact str and 24-byte ones otherwise.
fn dict_size(n: i64, unicode: bool) -> i64 {
    if n == 0 {
        return 64;
    }
    let mut size = 8i64;
    while size * 2 / 3 < n {
        let used = size * 2 / 3;
        let mut s = 8;
        while s < used * 3 {
            s <<= 1;
        }
        size = s;
    }
    let log2 = 63 - size.leading_zeros() as i64;
    let index_bytes = if log2 < 8 {
        size
    } else if log2 < 16 {
        size * 2
    } else if log2 < 32 {
        size * 4
    } else {
        size * 8
    };
    let entry = if unicode { 16 } else { 24 };
    48 + GC + 32 + index_bytes + (size * 2 / 3) * entry
}

/// CPython's set size for `n` items added one at a time (8 slots live inside the object).
fn set_size(n: i64) -> i64 {
    let mut mask = 7i64;
    loop {
        // The table grows once `fill * 5 >= mask * 3` after an insertion.
        let threshold = (mask * 3 + 4) / 5;
        if n < threshold {
            break;
        }
        let minused = threshold * if threshold > 50000 { 2 } else { 4 };
        let mut s = 8;
        while s <= minused {
            s <<= 1;
        }
        mask = s - 1;
    }
    if mask == 7 {
        200 + GC
    } else {
        200 + GC + (mask + 1) * 16
    }
}

fn str_size(st: &str) -> i64 {
    let maxc = st.chars().map(|c| c as u32).max().unwrap_or(0);
    let n = st.chars().count() as i64;
    if maxc < 128 {
        49 + n
    } else if maxc < 256 {
        73 + n
    } else if maxc < 65536 {
        74 + 2 * n
    } else {
        76 + 4 * n
    }
}

fn is_exact_str(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Str(_)) && !tdata(&o.class).heap)
}

/// Size of an object judged by its payload, as if its class were the built-in one.
fn builtin_size(o: &ObjRef) -> i64 {
    match &o.payload {
        Payload::Int(b) => int_size(b.bits()),
        Payload::Float(_) => 24,
        Payload::Complex(..) => 32,
        Payload::Str(s) => str_size(s.as_str()),
        Payload::Bytes(b) => 33 + b.len() as i64,
        Payload::ByteArray(b) => {
            let l = b.read().len() as i64;
            if l == 0 {
                56
            } else {
                57 + l
            }
        }
        Payload::Tuple(t) => 24 + GC + 8 * t.len() as i64,
        Payload::List(l) => {
            let l = l.read();
            let n = l.len() as i64;
            let cap = if n == 0 || l.capacity() as i64 == n {
                n
            } else {
                list_append_capacity(n)
            };
            40 + GC + 8 * cap
        }
        Payload::Dict(d) => {
            let n = d.len() as i64;
            let unicode = n == 0 || d.keys().iter().all(is_exact_str);
            dict_size(n, unicode)
        }
        Payload::Set(s) => set_size(s.len() as i64),
        Payload::Range(_) => 48,
        Payload::Slice(_) => 56,
        Payload::Function(_) => 152,
        Payload::Builtin(_) => 72,
        Payload::Method(_) => 64,
        Payload::Type(td) => {
            if !td.heap {
                424
            } else if td.has_dict && managed_dict_base(o) {
                1688
            } else {
                920
            }
        }
        Payload::Module => 72,
        Payload::Code(_) => 192,
        Payload::Cell(_) => 40,
        Payload::Generator(g) => match &g.code.payload {
            Payload::Code(c) => 168 + 8 * (c.code.nlocalsplus() + c.code.stacksize as usize) as i64,
            _ => 200,
        },
        Payload::Exception(_) => exception_size(&o.class),
        Payload::Property(_) => 80,
        Payload::StaticMethod(_) | Payload::ClassMethod(_) => 48,
        Payload::Super(_) => 48,
        Payload::DictView(_) | Payload::MappingProxy(_) => 40,
        Payload::Iter(_) | Payload::Native(_) | Payload::Plain | Payload::Slots(_) => {
            by_type_name(&tdata(&builtin_base(&o.class)).name.read(), o)
        }
        Payload::Traceback(_) => 64,
        Payload::Frame(_) => 128,
    }
}

/// Whether instances of the heap type `t` keep their `__dict__` in CPython's managed
/// pre-header (bases without variable-size items or their own dict slot).
fn managed_dict_base(t: &ObjRef) -> bool {
    let base = builtin_base(t);
    let name = tdata(&base).name.read().clone();
    !matches!(name.as_str(), "int" | "bool" | "tuple" | "bytes" | "type")
        && !is_subtype(&base, &base_exception())
}

/// Exceptions: `BaseException`'s 88 bytes plus the fields of the specific classes.
fn exception_size(cls: &ObjRef) -> i64 {
    let extra = mro(cls)
        .iter()
        .filter(|t| !tdata(t).heap)
        .find_map(|t| {
            Some(match tdata(t).name.read().as_str() {
                "StopIteration" | "SystemExit" | "NameError" => 8,
                "AttributeError" | "BaseExceptionGroup" => 16,
                "ImportError" => 24,
                "OSError" | "UnicodeError" => 40,
                "SyntaxError" => 64,
                "BaseException" => 0,
                _ => return None,
            })
        })
        .unwrap_or(0);
    88 + extra
}

fn by_type_name(name: &str, o: &ObjRef) -> i64 {
    match name {
        "list_iterator"
        | "tuple_iterator"
        | "str_ascii_iterator"
        | "str_iterator"
        | "bytes_iterator"
        | "bytearray_iterator"
        | "range_iterator"
        | "longrange_iterator"
        | "list_reverseiterator"
        | "reversed"
        | "map"
        | "filter"
        | "method-wrapper"
        | "iterator" => 48,
        "dict_keyiterator"
        | "dict_valueiterator"
        | "dict_itemiterator"
        | "dict_reversekeyiterator"
        | "dict_reversevalueiterator"
        | "dict_reverseitemiterator"
        | "enumerate" => 72,
        "set_iterator" | "zip" => 64,
        "callable_iterator" | "count" => 56,
        "memoryview" => 184,
        "partial" => 80,
        "SimpleNamespace" => 40,
        "TextIOWrapper" => 208,
        "StringIO" => 136,
        "BytesIO" => 80,
        "deque" => crate::collections_deque::size_of(o).map_or(16, |n| n + GC),
        "object" | "NoneType" | "ellipsis" | "NotImplementedType" => 16,
        _ => {
            if o.dict.is_some() {
                56
            } else {
                16
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn growth_models_match_cpython() {
        let caps: Vec<i64> = (1..=40).map(list_append_capacity).collect();
        assert_eq!(caps[0], 4);
        assert_eq!(caps[4], 8);
        assert_eq!(caps[16], 24);
        assert_eq!(caps[39], 40);
        assert_eq!(dict_size(5, false), 224);
        assert_eq!(dict_size(6, false), 352);
        assert_eq!(dict_size(1, true), 184);
        assert_eq!(dict_size(100, false), 4688);
        assert_eq!(set_size(4), 216);
        assert_eq!(set_size(5), 728);
        assert_eq!(set_size(19), 2264);
        assert_eq!(set_size(100), 8408);
    }
}
