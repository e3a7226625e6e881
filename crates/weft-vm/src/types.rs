//! The built-in types: one immortal type object each, created once per process and
//! reachable without locks through [`types()`]. Each type's methods live in its own
//! file under `types/`.

pub mod bytearray;
pub mod bytes;
pub mod bytes_methods;
pub mod class_assign;
pub mod codecs;
pub mod complex;
pub mod core;
pub mod dict;
pub mod dictobj;
pub mod except_star;
pub mod exception;
pub mod excgroup;
pub mod float;
pub mod function;
pub mod gen_slot;
pub mod generator;
pub mod genericalias;
pub mod int;
pub mod iter;
pub mod iter_lock;
pub mod list;
pub mod mappingproxy;
pub mod memoryview;
pub mod methods;
pub mod module;
pub mod number;
pub mod numfuncs;
pub mod oserror;
pub mod percent;
pub mod range;
pub mod seq;
pub mod set;
pub mod set_table;
pub mod slice;
pub mod slot_docs;
pub mod sort;
pub mod stdio;
pub mod str;
pub mod str_case;
pub mod str_dunders;
pub mod str_methods;
pub mod strformat;
pub mod text;
pub mod timsort;
pub mod tuple;
pub mod typeobj;
pub mod unicode;
pub mod unicode_data;

use crate::object::ObjRef;
use crate::payload::Payload;
use crate::types::function::{Builtin, BuiltinKind, NativeFn};
use crate::types::typeobj::{Layout, TypeData};
use crate::value::Value;
use std::collections::HashMap;
use std::sync::OnceLock;

macro_rules! builtin_types {
    ($( $field:ident : $name:literal, $layout:ident, [$($base:ident),*] ; )*) => {
        /// Every built-in type object.
        pub struct Types {
            pub type_: ObjRef,
            pub object: ObjRef,
            $( pub $field: ObjRef, )*
            pub not_implemented: ObjRef,
            pub ellipsis: ObjRef,
        }

        fn create() -> Types {
            let type_ = ObjRef::new_type_type(Some(new_dict_obj_raw()), Payload::Type(Box::new(TypeData::new("type", vec![], Layout::Type, false))));
            let object = ObjRef::new_immortal(type_.clone(), Some(new_dict_obj_raw()), Payload::Type(Box::new(TypeData::new("object", vec![], Layout::Plain, false))));
            typeobj::tdata(&object).mro.set(vec![object.clone()]).ok();
            *typeobj::tdata(&type_).bases.write() = vec![object.clone()];
            typeobj::tdata(&type_).mro.set(vec![type_.clone(), object.clone()]).ok();
            let mut by_name: HashMap<&'static str, ObjRef> = HashMap::new();
            $(
                #[allow(unused_mut)]
                let mut bases: Vec<ObjRef> = vec![$($base.clone()),*];
                if bases.is_empty() { bases.push(object.clone()); }
                let $field = make_type(&type_, $name, bases, Layout::$layout);
                by_name.insert($name, $field.clone());
            )*
            // The namespaces of `type`, `object` and the built-in types were created
            // before the `dict` type existed: give them their real class now.
            let dict_t = by_name["dict"].clone();
            for t in std::iter::once(&type_).chain(std::iter::once(&object)).chain(by_name.values()) {
                if let Some(ns) = t.dict.as_ref() {
                    // SAFETY: start-up runs once on one thread inside `OnceLock::get_or_init`,
                    // before any other reference to these namespaces is used; the value
                    // replaced is an immortal self-reference, so nothing needs dropping.
                    unsafe {
                        let p = ns.as_ptr() as *mut crate::object::Object;
                        std::ptr::write(std::ptr::addr_of_mut!((*p).class), dict_t.clone());
                    }
                }
            }
            let not_implemented_type_ = by_name["NotImplementedType"].clone();
            let ellipsis_type_ = by_name["ellipsis"].clone();
            let not_implemented = ObjRef::new_immortal(not_implemented_type_.clone(), None, Payload::Plain);
            let ellipsis = ObjRef::new_immortal(ellipsis_type_.clone(), None, Payload::Plain);
            Types { type_, object, $( $field, )* not_implemented, ellipsis }
        }
    };
}

builtin_types! {
    int: "int", Int, [];
    bool_: "bool", Int, [int];
    float: "float", Float, [];
    complex: "complex", Complex, [];
    str: "str", Str, [];
    bytes: "bytes", Bytes, [];
    bytearray: "bytearray", ByteArray, [];
    tuple: "tuple", Tuple, [];
    list: "list", List, [];
    dict: "dict", Dict, [];
    set: "set", Set, [];
    frozenset: "frozenset", Set, [];
    range: "range", Special, [];
    slice: "slice", Special, [];
    none_type: "NoneType", Special, [];
    not_implemented_type: "NotImplementedType", Special, [];
    ellipsis_type: "ellipsis", Special, [];
    function: "function", Special, [];
    builtin_function: "builtin_function_or_method", Special, [];
    method_descriptor: "method_descriptor", Special, [];
    wrapper_descriptor: "wrapper_descriptor", Special, [];
    method_wrapper: "method-wrapper", Special, [];
    getset_descriptor: "getset_descriptor", Special, [];
    classmethod_descriptor: "classmethod_descriptor", Special, [];
    method: "method", Special, [];
    module: "module", Module, [];
    code: "code", Special, [];
    cell: "cell", Special, [];
    generator: "generator", Special, [];
    property: "property", Plain, [];
    staticmethod: "staticmethod", Plain, [];
    classmethod: "classmethod", Plain, [];
    super_: "super", Special, [];
    traceback: "traceback", Special, [];
    frame: "frame", Special, [];
    iterator: "iterator", Special, [];
    dict_keys: "dict_keys", Special, [];
    dict_values: "dict_values", Special, [];
    dict_items: "dict_items", Special, [];
    mappingproxy: "mappingproxy", Special, [];
    enumerate: "enumerate", Iter, [];
    zip: "zip", Iter, [];
    map: "map", Iter, [];
    filter: "filter", Iter, [];
    reversed: "reversed", Iter, [];
    memoryview: "memoryview", Special, [];
}

/// The namespace of a built-in type. It is created before the `dict` type exists, so it
/// is never handed to Python code directly (`T.__dict__` is a mappingproxy over it).
fn new_dict_obj_raw() -> ObjRef {
    ObjRef::new_type_type(None, Payload::Dict(dict::Dict::new()))
}

fn make_type(type_: &ObjRef, name: &str, bases: Vec<ObjRef>, layout: Layout) -> ObjRef {
    let t = ObjRef::new_immortal(
        type_.clone(),
        Some(new_dict_obj_raw()),
        Payload::Type(Box::new(TypeData::new(name, bases.clone(), layout, false))),
    );
    let m = typeobj::compute_mro(&t, &bases).expect("builtin mro");
    typeobj::tdata(&t).mro.set(m).ok();
    for b in &bases {
        typeobj::tdata(b).subclasses.lock().push(t.clone());
    }
    t
}

static TYPES: OnceLock<Types> = OnceLock::new();

/// The built-in types (created on first use).
#[inline(always)]
pub fn types() -> &'static Types {
    TYPES.get_or_init(create)
}

/// Put `value` into the namespace of type `t` under `name`.
pub fn set_type_attr(t: &ObjRef, name: &str, value: Value) {
    let key = crate::intern(name);
    if let Some(Payload::Dict(d)) = t.dict.as_ref().map(|d| &d.payload) {
        let h = crate::str_hash(&key);
        d.set_str(key, h, value);
        if let Payload::Type(_) = &t.payload {
            typeobj::invalidate(t);
        }
    }
}

/// Register a native method on a type.
pub fn add_method(t: &ObjRef, name: &'static str, func: NativeFn) {
    let b = native(name, func, BuiltinKind::Method, None, Some(t.clone()));
    set_type_attr(t, name, b);
}

/// Register a native class method on a type.
pub fn add_classmethod(t: &ObjRef, name: &'static str, func: NativeFn) {
    let b = native(name, func, BuiltinKind::ClassMethod, None, Some(t.clone()));
    set_type_attr(t, name, b);
}

/// Register a native static method on a type.
pub fn add_staticmethod(t: &ObjRef, name: &'static str, func: NativeFn) {
    let b = native(name, func, BuiltinKind::Static, None, Some(t.clone()));
    set_type_attr(t, name, b);
}

/// Whether CPython implements the method `name` of a built-in type as a type slot
/// (a `wrapper_descriptor`, "slot wrapper") rather than a `method_descriptor`.
fn is_slot_wrapper(name: &str, owner: Option<&ObjRef>) -> bool {
    const SLOTS: &[&str] = &[
        "__repr__",
        "__str__",
        "__hash__",
        "__call__",
        "__getattribute__",
        "__setattr__",
        "__delattr__",
        "__lt__",
        "__le__",
        "__eq__",
        "__ne__",
        "__gt__",
        "__ge__",
        "__iter__",
        "__next__",
        "__get__",
        "__set__",
        "__delete__",
        "__init__",
        "__del__",
        "__await__",
        "__aiter__",
        "__anext__",
        "__add__",
        "__radd__",
        "__sub__",
        "__rsub__",
        "__mul__",
        "__rmul__",
        "__mod__",
        "__rmod__",
        "__divmod__",
        "__rdivmod__",
        "__pow__",
        "__rpow__",
        "__neg__",
        "__pos__",
        "__abs__",
        "__bool__",
        "__invert__",
        "__lshift__",
        "__rlshift__",
        "__rshift__",
        "__rrshift__",
        "__and__",
        "__rand__",
        "__xor__",
        "__rxor__",
        "__or__",
        "__ror__",
        "__int__",
        "__float__",
        "__iadd__",
        "__isub__",
        "__imul__",
        "__imod__",
        "__ipow__",
        "__ilshift__",
        "__irshift__",
        "__iand__",
        "__ixor__",
        "__ior__",
        "__floordiv__",
        "__rfloordiv__",
        "__truediv__",
        "__rtruediv__",
        "__ifloordiv__",
        "__itruediv__",
        "__index__",
        "__matmul__",
        "__rmatmul__",
        "__imatmul__",
        "__len__",
        "__getitem__",
        "__setitem__",
        "__delitem__",
        "__contains__",
    ];
    // Most methods are not dunders: skip the scan (it ran for every native made at start-up).
    if !name.starts_with("__") || !SLOTS.contains(&name) {
        return false;
    }
    // Methods CPython also defines directly (METH_COEXIST) for speed.
    if let Some(t) = owner {
        let t_ = types();
        let coexist = match name {
            "__getitem__" => t.ptr_eq(&t_.list) || t.ptr_eq(&t_.dict),
            "__contains__" => t.ptr_eq(&t_.dict) || t.ptr_eq(&t_.set) || t.ptr_eq(&t_.frozenset),
            _ => false,
        };
        if coexist {
            return false;
        }
    }
    true
}

/// Whether CPython's version of this built-in refuses keyword arguments: slot wrappers (but
/// `__init__`/`__call__`), the methods of the core types but those listed as taking keywords,
/// and the builtins functions taking positional arguments only.
fn takes_no_kw(
    name: &str,
    kind: BuiltinKind,
    bound: Option<&Value>,
    owner: Option<&ObjRef>,
) -> bool {
    if kind == BuiltinKind::Method && owner.is_some_and(|t| is_slot_wrapper(name, Some(t))) {
        return name != "__init__" && name != "__call__";
    }
    match kind {
        BuiltinKind::Function => {
            const NO_KW: &[&str] = &[
                "len",
                "repr",
                "ascii",
                "isinstance",
                "issubclass",
                "getattr",
                "setattr",
                "delattr",
                "hasattr",
                "iter",
                "next",
                "callable",
                "id",
                "hash",
                "globals",
                "locals",
                "eval",
                "dir",
                "vars",
                "input",
                "abs",
                "all",
                "any",
                "bin",
                "hex",
                "oct",
                "chr",
                "ord",
                "divmod",
                "format",
                "aiter",
                "anext",
            ];
            bound.is_none() && owner.is_none() && NO_KW.contains(&name)
        }
        BuiltinKind::Method | BuiltinKind::ClassMethod => {
            let Some(t) = owner else { return false };
            let t_ = types();
            let takes_kw: &[&str] = if t.ptr_eq(&t_.list) {
                &["sort", "__init__"]
            } else if t.ptr_eq(&t_.dict) {
                &["update", "__init__"]
            } else if t.ptr_eq(&t_.str) {
                &[
                    "split",
                    "rsplit",
                    "splitlines",
                    "expandtabs",
                    "encode",
                    "format",
                ]
            } else if t.ptr_eq(&t_.bytes) || t.ptr_eq(&t_.bytearray) {
                &[
                    "decode",
                    "split",
                    "rsplit",
                    "splitlines",
                    "expandtabs",
                    "hex",
                    "translate",
                    "__init__",
                ]
            } else if t.ptr_eq(&t_.int) {
                &["to_bytes", "from_bytes"]
            } else if [
                &t_.set,
                &t_.frozenset,
                &t_.float,
                &t_.complex,
                &t_.tuple,
                &t_.range,
                &t_.slice,
            ]
            .iter()
            .any(|c| t.ptr_eq(c))
            {
                &["__init__"]
            } else {
                return false;
            };
            !takes_kw.contains(&name)
        }
        _ => false,
    }
}

/// The positional argument counts (without `self`) of the slot methods and of the
/// methods CPython defines as taking exactly one argument.
fn slot_arity(name: &str) -> Option<(u8, u8)> {
    Some(match name {
        "__repr__" | "__str__" | "__hash__" | "__iter__" | "__next__" | "__neg__" | "__pos__"
        | "__abs__" | "__bool__" | "__invert__" | "__int__" | "__float__" | "__index__"
        | "__len__" | "__await__" | "__aiter__" | "__anext__" | "__del__" => (0, 0),
        "__setattr__" | "__setitem__" | "__set__" => (2, 2),
        "__pow__" | "__rpow__" | "__get__" => (1, 2),
        "__ipow__" => (1, 2),
        "__init__" | "__call__" => return None,
        n if n.starts_with("__") => (1, 1),
        _ => return None,
    })
}

fn tdata_name(t: &ObjRef) -> String {
    crate::types::typeobj::tdata(t).name.read().clone()
}

/// Methods of the core types that CPython defines as taking exactly one argument and whose
/// functions do not check their argument count themselves.
fn takes_one_arg(owner: &str, name: &str) -> bool {
    match owner {
        "dict_keys" | "dict_items" => name == "isdisjoint",
        "property" => matches!(name, "getter" | "setter" | "deleter"),
        _ => false,
    }
}

/// The checks [`crate::types::function::check_args`] makes before calling this built-in.
fn arg_check(
    name: &str,
    kind: BuiltinKind,
    bound: Option<&Value>,
    owner: Option<&ObjRef>,
) -> Option<crate::types::function::ArgCheck> {
    let no_kw = takes_no_kw(name, kind, bound, owner);
    let (min, max) = match (kind, owner) {
        (BuiltinKind::Method, Some(t)) if is_slot_wrapper(name, Some(t)) => {
            slot_arity(name).unwrap_or((0, u8::MAX))
        }
        (BuiltinKind::Method, Some(_)) if name == "__getitem__" || name == "__contains__" => (1, 1),
        (BuiltinKind::Method, Some(t)) if t.ptr_eq(&types().type_) && name == "mro" => (0, 0),
        (BuiltinKind::Method, Some(_)) if name == "__subclasses__" => (0, 0),
        (BuiltinKind::Function, None) if matches!(name, "globals" | "locals") => (0, 0),
        (BuiltinKind::ClassMethod, Some(_)) if name == "__class_getitem__" => (1, 1),
        (BuiltinKind::Method, Some(t)) if takes_one_arg(&tdata_name(t), name) => (1, 1),
        // `bytearray.__reduce_ex__(proto=0, /)` counts its own arguments.
        (BuiltinKind::Method, Some(t))
            if name == "__reduce_ex__" && t.ptr_eq(&types().bytearray) =>
        {
            (0, u8::MAX)
        }
        (BuiltinKind::Method, Some(_)) => match name {
            "__ceil__" | "__floor__" | "__trunc__" | "__sizeof__" | "__reversed__"
            | "__length_hint__" | "conjugate" | "as_integer_ratio" | "__dir__" | "__getstate__"
            | "__getnewargs__" | "__complex__" | "__bytes__" | "__alloc__" | "bit_length"
            | "bit_count" | "is_integer" => (0, 0),
            "__format__" | "with_traceback" | "add_note" | "__setstate__" | "__reduce_ex__"
            | "__instancecheck__" | "__subclasscheck__" => (1, 1),
            _ => (0, u8::MAX),
        },
        _ => (0, u8::MAX),
    };
    let new_of = kind == BuiltinKind::Static && name == "__new__" && owner.is_some();
    if !no_kw && !new_of && min == 0 && max == u8::MAX {
        return None;
    }
    Some(crate::types::function::ArgCheck {
        no_kw,
        new_of,
        min,
        max,
    })
}

/// Create a built-in function object (immortal).
pub fn native(
    name: &'static str,
    func: NativeFn,
    kind: BuiltinKind,
    bound: Option<Value>,
    owner: Option<ObjRef>,
) -> Value {
    let cls = match kind {
        BuiltinKind::Method if is_slot_wrapper(name, owner.as_ref()) => {
            types().wrapper_descriptor.clone()
        }
        BuiltinKind::Method => types().method_descriptor.clone(),
        BuiltinKind::ClassMethod => types().classmethod_descriptor.clone(),
        _ => types().builtin_function.clone(),
    };
    let check = arg_check(name, kind, bound.as_ref(), owner.as_ref());
    Value::Obj(ObjRef::new_immortal(
        cls,
        None,
        Payload::Builtin(Box::new(Builtin {
            name,
            func,
            kind,
            bound,
            doc: slot_docs::slot_doc(name, owner.as_ref()),
            owner,
            check,
            module: Default::default(),
        })),
    ))
}

fn str_attr(v: &Value) -> &str {
    match v.payload() {
        Some(Payload::Str(s)) => s.as_str(),
        _ => "",
    }
}

/// Attributes every object of a built-in kind has without a dict entry
/// (`__class__`, `__dict__`, function and code attributes, exception fields, ...).
pub fn special_attr(vm: &crate::vm::Vm, obj: &Value, name: &str) -> crate::PyResult<Option<Value>> {
    use crate::new_str;
    if name == "__class__" {
        return Ok(Some(Value::Obj(crate::vm::type_of(obj).clone())));
    }
    let Value::Obj(o) = obj else { return Ok(None) };
    if name == "__dict__" {
        if let Payload::Type(_) = &o.payload {
            return Ok(o.dict.get().map(|d| {
                Value::Obj(ObjRef::new(
                    types().mappingproxy.clone(),
                    None,
                    Payload::MappingProxy(Value::Obj(d)),
                ))
            }));
        }
        return Ok(o.dict.get().map(Value::Obj));
    }
    Ok(match &o.payload {
        Payload::Type(td) => match name {
            "__name__" => Some(new_str(td.name.read().clone())),
            "__qualname__" => Some(new_str(td.qualname.read().clone())),
            "__mro__" => Some(crate::new_tuple(
                typeobj::mro(o)
                    .iter()
                    .map(|t| Value::Obj(t.clone()))
                    .collect(),
            )),
            "__bases__" => Some(crate::new_tuple(
                td.bases
                    .read()
                    .iter()
                    .map(|t| Value::Obj(t.clone()))
                    .collect(),
            )),
            "__base__" => Some(
                class_assign::best_base(o)
                    .map(Value::Obj)
                    .unwrap_or(Value::None),
            ),
            "__module__" if !td.heap => Some(
                o.dict
                    .as_ref()
                    .and_then(|d| match &d.payload {
                        Payload::Dict(d) => d.get_str(
                            &crate::intern("__module__"),
                            crate::str_hash(&crate::intern("__module__")),
                        ),
                        _ => None,
                    })
                    .unwrap_or_else(|| crate::intern("builtins")),
            ),
            // a built-in type's own docstring (never inherited), else None
            "__doc__" if !td.heap => Some(
                o.dict
                    .as_ref()
                    .and_then(|d| match &d.payload {
                        Payload::Dict(d) => d.get_str(
                            &crate::intern("__doc__"),
                            crate::str_hash(&crate::intern("__doc__")),
                        ),
                        _ => None,
                    })
                    .unwrap_or(Value::None),
            ),
            // A data descriptor on `type` reading only the class's own dict (never inherited).
            "__abstractmethods__" => {
                let k = crate::intern("__abstractmethods__");
                let own = o.dict.as_ref().and_then(|d| match &d.payload {
                    Payload::Dict(d) => d.get_str(&k, crate::str_hash(&k)),
                    _ => None,
                });
                match own {
                    Some(v) => Some(v),
                    None => {
                        let e = vm.attribute_error("__abstractmethods__".to_string());
                        let _ = vm.set_attr_raw(&e.0, "name", k);
                        return Err(e);
                    }
                }
            }
            _ => None,
        },
        Payload::Function(f) => match name {
            "__name__" => Some(f.name.read().clone()),
            "__qualname__" => Some(f.qualname.read().clone()),
            "__code__" => Some(Value::Obj(f.code())),
            "__globals__" => Some(Value::Obj(f.globals.clone())),
            "__defaults__" => Some(f.defaults.read().clone()),
            "__kwdefaults__" => Some(f.kwdefaults.read().clone()),
            "__doc__" => Some(f.doc.read().clone()),
            "__module__" => Some(f.module.read().clone()),
            "__builtins__" => Some(Value::Obj(f.builtins.clone())),
            "__annotations__" => {
                let mut a = f.annotations.write();
                if a.is_null() || a.is_none() {
                    *a = crate::new_dict();
                }
                Some(a.clone())
            }
            "__closure__" => Some(f.closure_tuple()),
            _ => None,
        },
        Payload::Builtin(b) => match name {
            "__name__" => Some(new_str(b.name)),
            // A method descriptor's qualname is `type.name` (`str.upper`).
            "__qualname__" => Some(match (&b.owner, &b.bound) {
                (Some(o), _) => {
                    let owner = vm.getattr(&Value::Obj(o.clone()), "__qualname__")?;
                    match owner.payload() {
                        Some(Payload::Str(q)) => new_str(format!("{}.{}", q.as_str(), b.name)),
                        _ => new_str(b.name),
                    }
                }
                _ => new_str(b.name),
            }),
            "__self__" => Some(match (&b.bound, &b.owner, b.module.get()) {
                (Some(s), _, _) => s.clone(),
                // A module-level function's `__self__` is its module (from `sys.modules`).
                (None, None, Some(m)) => match &crate::interp::interp().modules().payload {
                    Payload::Dict(d) => d.get_str(m, crate::str_hash(m)).unwrap_or(Value::None),
                    _ => Value::None,
                },
                _ => Value::None,
            }),
            "__doc__" => Some(b.doc.map(new_str).unwrap_or(Value::None)),
            "__module__" => Some(if b.owner.is_none() {
                b.module
                    .get()
                    .cloned()
                    .unwrap_or_else(|| crate::intern("builtins"))
            } else {
                Value::None
            }),
            "__objclass__" => b.owner.clone().map(Value::Obj),
            _ => None,
        },
        Payload::Method(m) => match name {
            "__func__" => Some(m.0.clone()),
            "__self__" => Some(m.1.clone()),
            "__name__" | "__qualname__" | "__doc__" | "__module__" | "__code__"
            | "__defaults__" | "__wrapped__" => Some(vm.getattr(&m.0, name)?),
            _ => None,
        },
        Payload::Exception(d) => match name {
            "args" => Some(d.args.lock().clone()),
            "__traceback__" => Some(d.traceback.lock().clone()),
            "__cause__" => Some(d.cause.lock().clone()),
            "__context__" => Some(d.context.lock().clone()),
            "__suppress_context__" => Some(Value::Bool(
                d.suppress_context
                    .load(std::sync::atomic::Ordering::Relaxed),
            )),
            _ => None,
        },
        Payload::Traceback(t) => match name {
            "tb_frame" => Some(Value::Obj(t.frame.clone())),
            "tb_lineno" => Some(Value::Int(t.lineno as i64)),
            "tb_next" => Some(t.next.clone()),
            // CPython's byte offset of the instruction (inline caches counted); a frame
            // that called into Python code points at the last cache unit of its CALL,
            // as in CPython 3.11.
            "tb_lasti" => Some(Value::Int(match &t.frame.payload {
                Payload::Frame(f) => match &f.code.payload {
                    Payload::Code(c) => {
                        let i = t.lasti as usize;
                        let off = c.code.cpython_offsets().get(i).copied();
                        let call = c.code.instructions.get(i).map(|x| x.op)
                            == Some(weft_compiler::Opcode::CALL)
                            && !t.next.is_none();
                        let caches = if call {
                            2 * weft_compiler::Opcode::CALL.cache_entries()
                        } else {
                            0
                        };
                        off.map(|o| (o + caches) as i64)
                            .unwrap_or(t.lasti as i64 * 2)
                    }
                    _ => t.lasti as i64 * 2,
                },
                _ => t.lasti as i64 * 2,
            })),
            _ => None,
        },
        Payload::Frame(f) => match name {
            "f_code" => Some(Value::Obj(f.code.clone())),
            "f_lineno" => Some(Value::Int(f.lineno as i64)),
            "f_globals" => Some(Value::Obj(f.globals.clone())),
            "f_locals" => Some(if f.locals.is_null() {
                crate::new_dict()
            } else {
                f.locals.clone()
            }),
            "f_back" => Some(f.back.clone()),
            _ => None,
        },
        Payload::Cell(c) => match name {
            "cell_contents" => {
                let v = c.lock().clone();
                if v.is_null() {
                    return Err(vm.value_error("Cell is empty"));
                }
                Some(v)
            }
            _ => None,
        },
        Payload::Property(p) => match name {
            "fget" => Some(p[0].clone()),
            "fset" => Some(p[1].clone()),
            "fdel" => Some(p[2].clone()),
            "__doc__" => Some(p[3].clone()),
            "__isabstractmethod__" => {
                let mut abs = false;
                for f in &p[..3] {
                    if !f.is_none() {
                        if let Ok(v) = vm.getattr(f, "__isabstractmethod__") {
                            if vm.truthy(&v)? {
                                abs = true;
                            }
                        }
                    }
                }
                Some(Value::Bool(abs))
            }
            _ => None,
        },
        Payload::StaticMethod(f) | Payload::ClassMethod(f) => match name {
            // `__name__`, `__doc__`, ... were copied into the instance's `__dict__`.
            "__func__" | "__wrapped__" => Some(f.clone()),
            "__isabstractmethod__" => Some(vm.getattr(f, name).unwrap_or(Value::Bool(false))),
            _ => None,
        },
        Payload::Range(r) => match name {
            "start" => Some(r[0].clone()),
            "stop" => Some(r[1].clone()),
            "step" => Some(r[2].clone()),
            _ => None,
        },
        Payload::Slice(r) => match name {
            "start" => Some(r[0].clone()),
            "stop" => Some(r[1].clone()),
            "step" => Some(r[2].clone()),
            _ => None,
        },
        Payload::Complex(re, im) => match name {
            "real" => Some(Value::Float(*re)),
            "imag" => Some(Value::Float(*im)),
            _ => None,
        },
        Payload::Generator(g) => match name {
            "__name__" => Some(g.name.clone()),
            "__qualname__" => Some(g.qualname.clone()),
            "gi_code" => Some(Value::Obj(g.code.clone())),
            "gi_running" => Some(Value::Bool(
                g.running.load(std::sync::atomic::Ordering::Relaxed),
            )),
            // Suspended at a yield: the next instruction is RESUME 1 (yield) or 2 (yield from).
            "gi_suspended" | "gi_yieldfrom" => {
                let slot = g.slot.try_lock();
                let frame = slot.as_ref().and_then(|s| s.frame.as_deref());
                let resume = frame.and_then(|f| {
                    let ins = f.code_data().code.instructions.get(f.ip)?;
                    (ins.op == weft_compiler::Opcode::RESUME && ins.arg >= 1).then_some(ins.arg)
                });
                Some(if name == "gi_suspended" {
                    Value::Bool(resume.is_some())
                } else {
                    match (resume, frame) {
                        (Some(2), Some(f)) => f.stack.last().cloned().unwrap_or(Value::None),
                        _ => Value::None,
                    }
                })
            }
            // A snapshot of the suspended frame (None once the generator has finished).
            "gi_frame" => Some(
                match g.slot.try_lock().as_ref().and_then(|s| s.frame.as_deref()) {
                    Some(f) => Value::Obj(ObjRef::new(
                        types().frame.clone(),
                        None,
                        Payload::Frame(Box::new(crate::types::exception::FrameInfo {
                            code: f.code().clone(),
                            globals: f.globals.clone(),
                            lineno: f.lineno(),
                            back: Value::None,
                            locals: crate::builtins::frame_locals(f),
                        })),
                    )),
                    None => Value::None,
                },
            ),
            _ => None,
        },
        Payload::Code(c) => crate::types::methods::code_attr(c, name),
        Payload::Tuple(_) if crate::types::methods::is_member_descriptor(o) => {
            crate::types::methods::member_attr(o, name)
        }
        Payload::Native(_) => return genericalias::special_attr(vm, o, name),
        Payload::DictView(dv) if name == "mapping" => Some(Value::Obj(ObjRef::new(
            types().mappingproxy.clone(),
            None,
            Payload::MappingProxy(Value::Obj(dv.0.clone())),
        ))),
        Payload::Module if name == "__dict__" => o.dict.get().map(Value::Obj),
        _ => {
            let _ = str_attr;
            None
        }
    })
}

/// Whether `name` is one of the read-only data attributes `special_attr` exposes on
/// `obj` (CPython's READONLY members: "readonly attribute" on assignment or deletion).
pub fn is_readonly_member(obj: &Value, name: &str) -> bool {
    match obj.payload() {
        Some(Payload::Range(_) | Payload::Slice(_)) => matches!(name, "start" | "stop" | "step"),
        Some(Payload::Complex(..)) => matches!(name, "real" | "imag"),
        Some(Payload::Method(_)) => matches!(name, "__func__" | "__self__"),
        _ => false,
    }
}

/// Assignment to the attributes `special_attr` exposes; `Some(())` if handled.
pub fn set_special_attr(
    vm: &crate::vm::Vm,
    obj: &Value,
    name: &str,
    v: &Value,
) -> crate::PyResult<Option<()>> {
    if name == "__class__" {
        return class_assign::assign(vm, obj, v).map(Some);
    }
    let Value::Obj(o) = obj else { return Ok(None) };
    if is_readonly_member(obj, name) {
        return Err(vm.attribute_error("readonly attribute"));
    }
    match &o.payload {
        Payload::Function(_) if matches!(name, "__globals__" | "__closure__" | "__builtins__") => {
            Err(vm.attribute_error("readonly attribute"))
        }
        Payload::Function(_)
            if name == "__code__" && !matches!(v.payload(), Some(Payload::Code(_))) =>
        {
            Err(vm.type_error("__code__ must be set to a code object"))
        }
        Payload::Function(_) if name == "__dict__" => {
            let Some(Payload::Dict(src)) = v.payload() else {
                return Err(vm.type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    vm.type_name(v)
                )));
            };
            // The dict object itself stays; its contents become the new mapping's.
            if let Some(Payload::Dict(d)) = o.dict.as_ref().map(|d| &d.payload) {
                let items = src.items();
                d.clear();
                for (k, val) in items {
                    d.set(vm, k, val)?;
                }
            }
            Ok(Some(()))
        }
        Payload::Function(f) => {
            let must =
                |what: &str| Err(vm.type_error(format!("{name} must be set to a {what} object")));
            let ok = match name {
                "__name__" | "__qualname__" => matches!(v.payload(), Some(Payload::Str(_))),
                "__defaults__" => v.is_none() || matches!(v.payload(), Some(Payload::Tuple(_))),
                "__kwdefaults__" | "__annotations__" => {
                    v.is_none() || matches!(v.payload(), Some(Payload::Dict(_)))
                }
                _ => true,
            };
            if !ok {
                return must(match name {
                    "__name__" | "__qualname__" => "string",
                    "__defaults__" => "tuple",
                    _ => "dict",
                });
            }
            if name == "__code__" {
                // (A non-code value was refused above.) The closure must fit the code.
                let Value::Obj(c) = v else { unreachable!() };
                let Payload::Code(cd) = &c.payload else {
                    unreachable!()
                };
                let (nfree, nclosure) = (cd.code.freevars.len(), f.cells().len());
                if nfree != nclosure {
                    return Err(vm.value_error(format!(
                        "{}() requires a code object with {nclosure} free vars, not {nfree}",
                        vm.str(&f.name.read())?
                    )));
                }
                f.set_code(c);
                return Ok(Some(()));
            }
            let slot = match name {
                "__name__" => &f.name,
                "__qualname__" => &f.qualname,
                "__defaults__" => &f.defaults,
                "__kwdefaults__" => &f.kwdefaults,
                "__doc__" => &f.doc,
                "__module__" => &f.module,
                "__annotations__" => &f.annotations,
                _ => return Ok(None),
            };
            *slot.write() = v.clone();
            Ok(Some(()))
        }
        Payload::Type(td) => match name {
            "__name__" | "__qualname__" => {
                let Some(Payload::Str(s)) = v.payload() else {
                    return Err(vm.type_error(format!(
                        "can only assign string to {}.{name}, not '{}'",
                        td.name.read(),
                        vm.type_name(v)
                    )));
                };
                let s = s.as_str().to_string();
                if name == "__name__" && s.contains('\0') {
                    return Err(vm.value_error("type name must not contain null characters"));
                }
                if name == "__name__" {
                    *td.name.write() = s;
                } else {
                    *td.qualname.write() = s;
                }
                Ok(Some(()))
            }
            "__bases__" => {
                let tname = td.name.read().clone();
                let Some(Payload::Tuple(items)) = v.payload() else {
                    return Err(vm.type_error(format!(
                        "can only assign tuple to {tname}.__bases__, not {}",
                        vm.type_name(v)
                    )));
                };
                if items.is_empty() {
                    return Err(vm.type_error(format!(
                        "can only assign non-empty tuple to {tname}.__bases__, not ()"
                    )));
                }
                let mut new = Vec::with_capacity(items.len());
                for b in items.iter() {
                    match b {
                        Value::Obj(k) if matches!(k.payload, Payload::Type(_)) => {
                            if typeobj::is_subtype(k, o) {
                                return Err(
                                    vm.type_error("a __bases__ item causes an inheritance cycle")
                                );
                            }
                            new.push(k.clone());
                        }
                        _ => {
                            return Err(vm.type_error(format!(
                                "{tname}.__bases__ must be tuple of classes, not '{}'",
                                vm.type_name(b)
                            )))
                        }
                    }
                }
                // A class's MRO is fixed once computed: only a no-op assignment is allowed.
                let old = td.bases.read();
                if old.len() == new.len() && old.iter().zip(&new).all(|(a, b)| a.ptr_eq(b)) {
                    return Ok(Some(()));
                }
                Err(vm.type_error("__bases__ assignment is not supported by weft"))
            }
            "__mro__" => Err(vm.attribute_error("readonly attribute")),
            "__dict__" => {
                Err(vm.attribute_error("attribute '__dict__' of 'type' objects is not writable"))
            }
            _ => Ok(None),
        },
        Payload::Exception(d) => match name {
            "args" => {
                *d.args.lock() = crate::new_tuple(vm.collect(v)?);
                Ok(Some(()))
            }
            "__traceback__" => {
                if !v.is_none() && !vm.isinstance(v, &types().traceback) {
                    return Err(vm.type_error("__traceback__ must be a traceback or None"));
                }
                *d.traceback.lock() = v.clone();
                Ok(Some(()))
            }
            "__cause__" | "__context__"
                if !v.is_none() && !vm.isinstance(v, &vm.exc_type("BaseException")) =>
            {
                let which = if name == "__cause__" {
                    "cause"
                } else {
                    "context"
                };
                Err(vm.type_error(format!(
                    "exception {which} must be None or derive from BaseException"
                )))
            }
            "__cause__" => {
                *d.cause.lock() = v.clone();
                d.suppress_context
                    .store(true, std::sync::atomic::Ordering::Relaxed);
                Ok(Some(()))
            }
            "__context__" => {
                *d.context.lock() = v.clone();
                Ok(Some(()))
            }
            "__suppress_context__" => {
                d.suppress_context
                    .store(vm.truthy(v)?, std::sync::atomic::Ordering::Relaxed);
                Ok(Some(()))
            }
            n if oserror::is_written_attr(vm, obj, n) => {
                oserror::set_written(vm, obj.as_obj().unwrap(), v)?;
                Ok(Some(()))
            }
            _ => Ok(None),
        },
        Payload::Cell(c) if name == "cell_contents" => {
            *c.lock() = v.clone();
            Ok(Some(()))
        }
        _ => Ok(None),
    }
}

/// A descriptor for one `__slots__` name: stores the value in the instance's hidden
/// slot dict (kept out of `__dict__`).
pub fn slot_descriptor(name: &str, owner: &ObjRef) -> Value {
    crate::types::methods::make_slot_descriptor(name, owner)
}
