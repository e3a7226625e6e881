//! The most used methods of `str`, code-object attributes and `__slots__` descriptors.
//! (`list`, `tuple` and `dict` live in their own files; further methods of each type belong
//! in that type's file.)

use crate::object::ObjRef;
use crate::payload::Payload;
use crate::types::function::CodeData;
use crate::types::{add_method, types};
use crate::value::Value;
use crate::vm::Vm;
use crate::{new_str, new_tuple, PyResult};

type Kw<'a> = &'a [(Value, Value)];

fn str_of(v: &Value) -> &str {
    match v.payload() {
        Some(Payload::Str(s)) => s.as_str(),
        _ => "",
    }
}

use crate::types::function::method_nargs as nargs;

// ----- str ----------------------------------------------------------------------

fn str_join(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nargs(vm, "str.join", args, 1, 1)?;
    let sep = str_of(&args[0]);
    let items = vm
        .collect(&args[1])
        .map_err(|_| vm.type_error("can only join an iterable"))?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        match it.payload() {
            Some(Payload::Str(s)) => out.push_str(s.as_str()),
            _ => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name(it)
                )))
            }
        }
    }
    Ok(new_str(out))
}

fn str_add(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args[1].payload() {
        Some(Payload::Str(o)) => {
            let a = str_of(&args[0]);
            let mut s = String::with_capacity(a.len() + o.as_str().len());
            s.push_str(a);
            s.push_str(o.as_str());
            Ok(new_str(s))
        }
        _ => Err(vm.type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            vm.type_name(&args[1])
        ))),
    }
}

fn str_mul(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if crate::types::number::as_int(&args[1]).is_none() {
        return Ok(Value::Obj(types().not_implemented.clone()));
    }
    let n = crate::types::seq::index_value(vm, &args[1])?
        .unwrap_or(0)
        .max(0) as usize;
    let s = str_of(&args[0]);
    if s.len().saturating_mul(n) > (1 << 34) {
        return Err(vm.no_memory());
    }
    vm.check_alloc(s.len() * n)?;
    Ok(new_str(s.repeat(n)))
}

fn str_mod(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(new_str(crate::types::strformat::percent_format(
        vm,
        str_of(&args[0]),
        &args[1],
    )?))
}

fn str_format(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(new_str(crate::types::strformat::str_format(
        vm,
        str_of(&args[0]),
        &args[1..],
        kw,
    )?))
}

fn str_str(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(new_str(str_of(&args[0])))
}

fn str_repr_m(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(new_str(crate::repr::str_repr(str_of(&args[0]))))
}

fn str_hash_m(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args[0].payload() {
        Some(Payload::Str(s)) => Ok(Value::Int(s.hash())),
        _ => Ok(Value::Int(0)),
    }
}

fn str_eq(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args[1].payload() {
        Some(Payload::Str(o)) => Ok(Value::Bool(str_of(&args[0]) == o.as_str())),
        _ => Ok(Value::Obj(types().not_implemented.clone())),
    }
}

fn str_len(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args[0].payload() {
        Some(Payload::Str(s)) => Ok(Value::Int(s.char_len() as i64)),
        _ => Ok(Value::Int(0)),
    }
}

// ----- code objects and slots ----------------------------------------------------

pub fn code_attr(c: &CodeData, name: &str) -> Option<Value> {
    let code = &c.code;
    let strs = |v: &[std::sync::Arc<str>]| new_tuple(v.iter().map(|s| crate::intern(s)).collect());
    Some(match name {
        "co_name" => crate::intern(&code.name),
        "co_qualname" => crate::intern(&code.qualname),
        "co_filename" => crate::intern(&code.filename),
        "co_firstlineno" => Value::Int(code.first_line as i64),
        "co_argcount" => Value::Int(code.argcount as i64),
        "co_posonlyargcount" => Value::Int(code.posonlyargcount as i64),
        "co_kwonlyargcount" => Value::Int(code.kwonlyargcount as i64),
        "co_nlocals" => Value::Int(code.varnames.len() as i64),
        "co_varnames" => strs(&code.varnames),
        "co_cellvars" => strs(&code.cellvars),
        "co_freevars" => strs(&code.freevars),
        "co_names" => strs(&code.names),
        "co_consts" => new_tuple(c.consts.clone()),
        "co_flags" => Value::Int(code.flags as i64),
        "co_stacksize" => Value::Int(code.stacksize as i64),
        "co_code" => crate::new_bytes(code.co_code()),
        "co_linetable" => crate::new_bytes(weft_compiler::code_tables::encode_linetable(code)),
        "co_exceptiontable" => {
            crate::new_bytes(weft_compiler::code_tables::encode_exception_table(code))
        }
        _ => return None,
    })
}

fn slot_get(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(Payload::Tuple(t)) = args[0].payload() else {
        return Ok(Value::None);
    };
    let name = t[0].clone();
    descr_get_args(vm, args)?;
    if args.get(1).map(|v| v.is_none()).unwrap_or(true) {
        return Ok(args[0].clone());
    }
    member_check(vm, t, &args[1])?;
    if t.len() == 4 {
        return shadow_value(vm, &args[1], str_of(&name));
    }
    match slot_store(&args[1]).and_then(|d| d.get_str(&name, crate::str_hash(&name))) {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error(format!(
            "'{}' object has no attribute '{}'",
            vm.type_name(&args[1]),
            str_of(&name)
        ))),
    }
}

fn slot_set(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(Payload::Tuple(t)) = args[0].payload() else {
        return Ok(Value::None);
    };
    let name = t[0].clone();
    member_check(vm, t, &args[1])?;
    if t.len() == 4 {
        let h = crate::str_hash(&name);
        crate::attr::generic_setattr(vm, &args[1], &name, h, args[2].clone())?;
        return Ok(Value::None);
    }
    match slot_store(&args[1]) {
        Some(d) => {
            d.set_str(name.clone(), crate::str_hash(&name), args[2].clone());
            Ok(Value::None)
        }
        None => Err(vm.attribute_error("slot storage missing")),
    }
}

fn slot_delete(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(Payload::Tuple(t)) = args[0].payload() else {
        return Ok(Value::None);
    };
    let name = t[0].clone();
    member_check(vm, t, &args[1])?;
    if t.len() == 4 {
        crate::attr::generic_delattr(vm, &args[1], &name, crate::str_hash(&name))?;
        return Ok(Value::None);
    }
    match slot_store(&args[1]).and_then(|d| d.remove_str(&name, crate::str_hash(&name))) {
        Some(_) => Ok(Value::None),
        None => Err(vm.attribute_error(str_of(&name).to_string())),
    }
}

static SLOTS: std::sync::OnceLock<ObjRef> = std::sync::OnceLock::new();

fn slot_type() -> &'static ObjRef {
    SLOTS.get_or_init(|| {
        let t = crate::builtins::new_builtin_type("member_descriptor");
        crate::types::typeobj::tdata(&t);
        add_method(&t, "__get__", slot_get);
        add_method(&t, "__set__", slot_set);
        add_method(&t, "__delete__", slot_delete);
        t
    })
}

/// Where an instance's slot values live: in the object (`Payload::Slots`) for plain
/// slotted instances; for slotted subclasses of built-in types (whose payload is the
/// built-in's), in a side table keyed by object identity.
fn slot_store(obj: &Value) -> Option<&crate::types::dict::Dict> {
    if let Some(Payload::Slots(d)) = obj.payload() {
        return Some(d);
    }
    static STORE: std::sync::OnceLock<
        parking_lot::Mutex<std::collections::HashMap<usize, &'static crate::types::dict::Dict>>,
    > = std::sync::OnceLock::new();
    let o = obj.as_obj()?;
    let m = STORE.get_or_init(Default::default);
    let mut g = m.lock();
    Some(
        *g.entry(o.id())
            .or_insert_with(|| Box::leak(Box::new(crate::types::dict::Dict::new()))),
    )
}

/// A member descriptor applies only to instances of its class (CPython's
/// `descr_check`, which names the class by `tp_name`).
fn member_check(vm: &Vm, t: &[Value], obj: &Value) -> PyResult<()> {
    match t.get(2) {
        Some(Value::Obj(owner)) if !crate::types::typeobj::is_subtype(vm.type_of(obj), owner) => {
            Err(vm.type_error(format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                str_of(&t[0]),
                str_of(&t[1]),
                vm.type_name(obj)
            )))
        }
        _ => Ok(()),
    }
}

/// The `member_descriptor` of `__slots__` entry `name` of class `owner`: a tuple of the
/// name, the class's name and the class (a shadow, see [`add_shadow`], has a fourth item).
pub fn make_slot_descriptor(name: &str, owner: &ObjRef) -> Value {
    // Instances of the (heap-flagged) descriptor type dispatch through __get__/__set__.
    let t = slot_type();
    let owner_name = crate::types::typeobj::tdata(owner).name.read().clone();
    Value::Obj(ObjRef::new_immortal(
        t.clone(),
        None,
        Payload::Tuple(
            vec![
                crate::intern(name),
                crate::new_str(owner_name),
                Value::Obj(owner.clone()),
            ]
            .into(),
        ),
    ))
}

/// The class a member descriptor belongs to.
pub fn member_owner(o: &ObjRef) -> Option<&ObjRef> {
    match &o.payload {
        Payload::Tuple(t) if is_member_descriptor(o) => t.get(2).and_then(|v| v.as_obj()),
        _ => None,
    }
}

/// `__name__`, `__qualname__`, `__objclass__` and `__doc__` of a member descriptor.
pub fn member_attr(o: &ObjRef, attr: &str) -> Option<Value> {
    let Payload::Tuple(t) = &o.payload else {
        return None;
    };
    if !is_member_descriptor(o) {
        return None;
    }
    let owner = t.get(2).and_then(|v| v.as_obj());
    match attr {
        "__name__" => Some(t[0].clone()),
        "__qualname__" => owner.map(|c| {
            let q = crate::types::typeobj::tdata(c).qualname.read().clone();
            new_str(format!("{q}.{}", str_of(&t[0])))
        }),
        "__objclass__" => owner.map(|c| Value::Obj(c.clone())),
        "__doc__" => Some(Value::None),
        _ => None,
    }
}

/// Is `o` a `__slots__` member descriptor?
pub fn is_member_descriptor(o: &ObjRef) -> bool {
    SLOTS.get().is_some_and(|t| o.class.ptr_eq(t))
}

/// `<member 'x' of 'Point' objects>`.
pub fn member_repr(o: &ObjRef) -> String {
    let Payload::Tuple(t) = &o.payload else {
        return "<member>".into();
    };
    let owner = t.get(1).map(|o| str_of(o).to_string()).unwrap_or_default();
    format!("<member '{}' of '{}' objects>", str_of(&t[0]), owner)
}

pub fn init() {
    let t = types();
    let s = &t.str;
    for (n, f) in [
        ("join", str_join as crate::types::function::NativeFn),
        ("__add__", str_add),
        ("__mul__", str_mul),
        ("__rmul__", str_mul),
        ("__mod__", str_mod),
        ("format", str_format),
        ("__str__", str_str),
        ("__repr__", str_repr_m),
        ("__hash__", str_hash_m),
        ("__eq__", str_eq),
        ("__len__", str_len),
    ] {
        add_method(s, n, f);
    }
}

/// What every built-in `__get__` refuses first (CPython's `wrap_descr_get`): neither an
/// object nor a type.
pub fn descr_get_args(vm: &Vm, args: &[Value]) -> PyResult<()> {
    if args.get(1).is_none_or(|v| v.is_none()) && args.get(2).is_none_or(|v| v.is_none()) {
        return Err(vm.type_error("__get__(None, None) is invalid"));
    }
    Ok(())
}

fn function_get(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    descr_get_args(vm, args)?;
    let obj = args.get(1).cloned().unwrap_or(Value::None);
    if obj.is_none() {
        return Ok(args[0].clone());
    }
    Ok(Value::Obj(ObjRef::new(
        types().method.clone(),
        None,
        Payload::Method(Box::new((args[0].clone(), obj))),
    )))
}

/// `types.MethodType(function, instance)`.
fn method_new(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("method() takes no keyword arguments"));
    }
    if args.len() != 3 {
        return Err(vm.type_error(format!(
            "method expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    }
    if !crate::builtins::is_callable(vm, &args[1]) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if args[2].is_none() {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(Value::Obj(ObjRef::new(
        types().method.clone(),
        None,
        Payload::Method(Box::new((args[1].clone(), args[2].clone()))),
    )))
}

/// `method_descriptor.__get__(obj, type=None)` (and the slot-wrapper / classmethod
/// descriptor forms): the descriptor itself without an object, else bound to `obj`
/// (a classmethod descriptor: to `type`, or `obj`'s type), after CPython's type checks.
fn descriptor_get(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    descr_get_args(vm, args)?;
    let given = |i: usize| args.get(i).filter(|v| !v.is_none()).cloned();
    let (obj, typ) = (given(1), given(2));
    let Some(Payload::Builtin(b)) = args[0].payload() else {
        return Ok(args[0].clone());
    };
    if b.kind == crate::types::function::BuiltinKind::ClassMethod {
        let t = typ.unwrap_or_else(|| Value::Obj(vm.type_of(obj.as_ref().unwrap()).clone()));
        let Some(t) = t.as_obj().filter(|o| matches!(o.payload, Payload::Type(_))) else {
            return Err(vm.type_error(format!(
                "descriptor '{}' for type '{}' needs a type, not a '{}' as arg 2",
                b.name,
                owner_name(b),
                vm.type_name(&t)
            )));
        };
        classmethod_descr_check(vm, b, t)?;
        return Ok(crate::attr::bind(vm, args[0].clone(), Value::None, t));
    }
    let Some(obj) = obj else {
        return Ok(args[0].clone());
    };
    descr_check(vm, b, &obj)?;
    let t = vm.type_of(&obj).clone();
    Ok(crate::attr::bind(vm, args[0].clone(), obj, &t))
}

fn owner_name(b: &crate::types::function::Builtin) -> String {
    b.owner
        .as_ref()
        .map(|o| crate::types::typeobj::tdata(o).name.read().clone())
        .unwrap_or_default()
}

/// A method or slot-wrapper descriptor applies only to instances of its class
/// (CPython's `descr_check`, a real type check without `__instancecheck__`).
pub fn descr_check(vm: &Vm, b: &crate::types::function::Builtin, obj: &Value) -> PyResult<()> {
    match &b.owner {
        Some(owner) if !crate::types::typeobj::is_subtype(vm.type_of(obj), owner) => Err(vm
            .type_error(format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                b.name,
                owner_name(b),
                vm.type_name(obj)
            ))),
        _ => Ok(()),
    }
}

/// A classmethod descriptor (`dict.fromkeys` in `dict.__dict__`) binds only to its class
/// or a subclass.
pub fn classmethod_descr_check(
    vm: &Vm,
    b: &crate::types::function::Builtin,
    t: &ObjRef,
) -> PyResult<()> {
    match &b.owner {
        Some(owner) if !crate::types::typeobj::is_subtype(t, owner) => Err(vm.type_error(format!(
            "descriptor '{}' requires a subtype of '{}' but received '{}'",
            b.name,
            owner_name(b),
            crate::types::typeobj::tdata(t).name.read()
        ))),
        _ => Ok(()),
    }
}

/// The getter of a `getset_descriptor` (a built-in type's attribute), its name and the
/// class it belongs to; `obj` must be an instance of that class.
fn getset_parts<'a>(vm: &Vm, args: &'a [Value], obj: &Value) -> PyResult<&'a [Value]> {
    let Some(Payload::Property(p)) = args[0].payload() else {
        return Err(vm.type_error("not a getset_descriptor"));
    };
    if let Some(Payload::Builtin(b)) = p[0].payload() {
        if let Some(owner) = &b.owner {
            if !vm.isinstance(obj, owner) {
                return Err(vm.type_error(format!(
                    "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                    b.name,
                    crate::types::typeobj::tdata(owner).name.read(),
                    vm.type_name(obj)
                )));
            }
        }
    }
    Ok(&p[..])
}

/// `getset_descriptor.__get__(obj, type=None)`.
pub(crate) fn getset_get(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let obj = args.get(1).cloned().unwrap_or(Value::None);
    if obj.is_none() {
        if args.get(2).is_none_or(|t| t.is_none()) {
            return Err(vm.type_error("__get__(None, None) is invalid"));
        }
        return Ok(args[0].clone());
    }
    let p = getset_parts(vm, args, &obj)?;
    if is_shadow(&args[0]) {
        if let Some(Payload::Builtin(b)) = p[0].payload() {
            return shadow_value(vm, &obj, b.name);
        }
    }
    vm.call(&p[0], &[obj])
}

/// `getset_descriptor.__set__(obj, value)` and `__delete__(obj)`.
fn getset_store(vm: &Vm, args: &[Value], value: Option<&Value>) -> PyResult<Value> {
    let obj = &args[1];
    let p = getset_parts(vm, args, obj)?;
    let (name, owner) = match p[0].payload() {
        Some(Payload::Builtin(b)) => (
            b.name.to_string(),
            b.owner
                .as_ref()
                .map(crate::repr::tp_name)
                .unwrap_or_default(),
        ),
        _ => Default::default(),
    };
    if p[1].is_none() && !is_shadow(&args[0]) {
        return Err(vm.attribute_error(format!(
            "attribute '{name}' of '{owner}' objects is not writable"
        )));
    }
    // The attribute protocol knows each writable attribute's rules (deleting included).
    let key = crate::intern(&name);
    let h = crate::str_hash(&key);
    match value {
        Some(v) => crate::attr::generic_setattr(vm, obj, &key, h, v.clone())?,
        None => crate::attr::generic_delattr(vm, obj, &key, h)?,
    }
    Ok(Value::None)
}

fn getset_set(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    getset_store(vm, args, Some(&args[2]))
}

fn getset_delete(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    getset_store(vm, args, None)
}

fn function_call(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    vm.call_kw(&args[0], &args[1..], kw)
}

/// `__get__`/`__call__` of function-like objects (used by decorators and descriptors
/// that look these up explicitly).
pub fn init_callables() {
    let t = types();
    add_method(&t.function, "__get__", function_get);
    add_method(&t.function, "__call__", function_call);
    add_method(&t.builtin_function, "__call__", function_call);
    add_method(&t.wrapper_descriptor, "__call__", function_call);
    add_method(&t.method_wrapper, "__call__", function_call);
    add_method(&t.method_descriptor, "__call__", function_call);
    add_method(&t.method_descriptor, "__get__", descriptor_get);
    add_method(&t.wrapper_descriptor, "__get__", descriptor_get);
    add_method(&t.classmethod_descriptor, "__get__", descriptor_get);
    add_method(&t.getset_descriptor, "__get__", getset_get);
    add_method(&t.getset_descriptor, "__set__", getset_set);
    add_method(&t.getset_descriptor, "__delete__", getset_delete);
    crate::types::add_staticmethod(&t.method, "__new__", method_new);
    crate::types::add_staticmethod(&t.function, "__new__", crate::types::function::function_new);
    add_method(&t.method, "__call__", function_call);
}

fn method_eq(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match (args[0].payload(), args[1].payload()) {
        (Some(Payload::Method(a)), Some(Payload::Method(b))) => {
            Ok(Value::Bool(a.0.is(&b.0) && a.1.is(&b.1)))
        }
        _ => {
            let _ = vm;
            Ok(Value::Obj(types().not_implemented.clone()))
        }
    }
}

fn method_hash(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args[0].payload() {
        Some(Payload::Method(m)) => Ok(Value::Int(vm.hash(&m.0)? ^ (m.1.id() >> 4))),
        _ => Ok(Value::Int(0)),
    }
}

/// Built-in methods are equal when they wrap the same function bound to the same object.
fn builtin_eq(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match (args[0].payload(), args[1].payload()) {
        (Some(Payload::Builtin(a)), Some(Payload::Builtin(b))) => {
            let same_self = match (&a.bound, &b.bound) {
                (Some(x), Some(y)) => x.is(y),
                (None, None) => true,
                _ => false,
            };
            Ok(Value::Bool(
                same_self && a.func as usize == b.func as usize && a.name == b.name,
            ))
        }
        _ => Ok(Value::Obj(types().not_implemented.clone())),
    }
}

fn builtin_hash(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args[0].payload() {
        Some(Payload::Builtin(b)) => {
            let s = b.bound.as_ref().map(|v| v.id()).unwrap_or(0);
            Ok(Value::Int((s ^ (b.func as usize as i64 >> 4)) & i64::MAX))
        }
        _ => Ok(Value::Int(0)),
    }
}

/// Bound methods compare equal when they bind the same function to the same object.
pub fn init_method_eq() {
    for t in [&types().builtin_function, &types().method_wrapper] {
        add_method(t, "__eq__", builtin_eq);
        add_method(t, "__hash__", builtin_hash);
    }
    add_method(&types().method, "__eq__", method_eq);
    add_method(&types().method, "__hash__", method_hash);
}

fn instance_dict_get(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args[0].as_obj().and_then(|o| o.dict.get()) {
        Some(d) => Ok(Value::Obj(d)),
        None => Err(vm.attribute_error(format!(
            "'{}' object has no attribute '__dict__'",
            vm.type_name(&args[0])
        ))),
    }
}

/// `obj.__dict__ = d`: the instance keeps its namespace object, which takes `d`'s items.
fn instance_dict_set(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(Payload::Dict(src)) = args[1].payload() else {
        return Err(vm.type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            vm.type_name(&args[1])
        )));
    };
    let items = src.items();
    if let Some(Payload::Dict(d)) = args[0]
        .as_obj()
        .and_then(|o| o.dict.as_ref())
        .map(|d| &d.payload)
    {
        d.clear();
        for (k, v) in items {
            d.set(vm, k, v)?;
        }
    }
    Ok(Value::None)
}

fn weakref_get(_vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::None)
}

/// The `__dict__` / `__weakref__` getset descriptors CPython puts in a class's
/// namespace when the class gives its instances a dict / weak-reference support.
pub fn instance_getset(name: &'static str, owner: &ObjRef) -> Value {
    let (get, set): (
        crate::types::function::NativeFn,
        Option<crate::types::function::NativeFn>,
    ) = if name == "__dict__" {
        (instance_dict_get, Some(instance_dict_set))
    } else {
        (weakref_get, None)
    };
    let doc = if name == "__dict__" {
        "dictionary for instance variables"
    } else {
        "list of weak references to the object"
    };
    let kind = crate::types::function::BuiltinKind::Function;
    let fget = crate::types::native(name, get, kind, None, Some(owner.clone()));
    let fset = set
        .map(|f| crate::types::native(name, f, kind, None, Some(owner.clone())))
        .unwrap_or(Value::None);
    Value::Obj(ObjRef::new(
        types().getset_descriptor.clone(),
        None,
        Payload::Property(Box::new([fget, fset, Value::None, new_str(doc)])),
    ))
}

/// The getter of a *shadow* descriptor (see [`add_shadow`]): never called directly.
fn shadow_get(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Err(vm.type_error(format!(
        "descriptor getter called on '{}' object",
        vm.type_name(&args[0])
    )))
}

/// The value of a shadowed attribute on `obj`: what `types::special_attr` or the
/// instance's dict holds.
fn shadow_value(vm: &Vm, obj: &Value, name: &str) -> PyResult<Value> {
    if let Some(v) = crate::types::special_attr(vm, obj, name)? {
        return Ok(v);
    }
    let key = crate::intern(name);
    if let Some(v) = crate::attr::own_attr(obj, &key, crate::str_hash(&key)) {
        return Ok(v);
    }
    Err(vm.attribute_error(format!(
        "'{}' object has no attribute '{name}'",
        vm.type_name(obj)
    )))
}

/// Records in built-in class `t`'s namespace the descriptor CPython has there for the
/// attribute `name` (a `member_descriptor` if `member`, else a `getset_descriptor`), whose
/// instance values weft keeps elsewhere (`types::special_attr`, the instance dict). The
/// attribute protocol skips such *shadow* descriptors on instances (so getting, setting
/// and deleting behave as before); they answer `hasattr(cls, name)`, `cls.__dict__[name]`
/// and explicit `__get__`/`__set__`/`__delete__` calls.
pub fn add_shadow(t: &ObjRef, name: &'static str, member: bool) {
    let d = if member {
        let owner = crate::types::typeobj::tdata(t).name.read().clone();
        ObjRef::new_immortal(
            slot_type().clone(),
            None,
            Payload::Tuple(
                vec![
                    crate::intern(name),
                    new_str(owner),
                    Value::Obj(t.clone()),
                    Value::Bool(true),
                ]
                .into(),
            ),
        )
    } else {
        let kind = crate::types::function::BuiltinKind::Function;
        let g = crate::types::native(name, shadow_get, kind, None, Some(t.clone()));
        ObjRef::new_immortal(
            types().getset_descriptor.clone(),
            None,
            Payload::Property(Box::new([g, Value::None, Value::None, Value::None])),
        )
    };
    crate::types::set_type_attr(t, name, Value::Obj(d));
}

/// Whether `v` is a shadow descriptor (see [`add_shadow`]).
pub fn is_shadow(v: &Value) -> bool {
    let Value::Obj(o) = v else { return false };
    match &o.payload {
        Payload::Tuple(t) => t.len() == 4 && is_member_descriptor(o),
        Payload::Property(p) => matches!(p[0].payload(),
            Some(Payload::Builtin(b)) if b.func as *const () == shadow_get as *const ()),
        _ => false,
    }
}

/// Whether `v` is a shadow descriptor (see [`add_shadow`]) found under its own name, as
/// in the built-in class that records it; one stored in a class under another name is
/// an ordinary attribute (whose `__get__` checks the object it is given).
pub fn is_shadow_of(v: &Value, name: &str) -> bool {
    if !is_shadow(v) {
        return false;
    }
    let own = match v.payload() {
        Some(Payload::Tuple(t)) => t[0].clone(),
        Some(Payload::Property(p)) => match p[0].payload() {
            Some(Payload::Builtin(b)) => return b.name == name,
            _ => return true,
        },
        _ => return true,
    };
    matches!(own.payload(), Some(Payload::Str(s)) if s.as_str() == name)
}

/// Whether `v` is a shadow `member_descriptor`: an instance that lacks the attribute
/// reads None, as CPython's object members do.
pub fn is_member_shadow(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if is_member_descriptor(o)
        && matches!(&o.payload, Payload::Tuple(t) if t.len() == 4))
}

/// The shadow descriptors (see [`add_shadow`]) of the built-in classes and exceptions
/// (`m`: the exception classes by name).
pub fn init_shadows(m: &std::collections::HashMap<&'static str, ObjRef>) {
    let t = types();
    let add = |cls: &ObjRef, members: &[&'static str], getsets: &[&'static str]| {
        for n in members {
            add_shadow(cls, n, true);
        }
        for n in getsets {
            add_shadow(cls, n, false);
        }
    };
    add(&t.complex, &["real", "imag"], &[]);
    add(&t.range, &["start", "stop", "step"], &[]);
    add(&t.slice, &["start", "stop", "step"], &[]);
    add(
        &t.function,
        &["__closure__", "__globals__", "__builtins__"],
        &[
            "__code__",
            "__defaults__",
            "__kwdefaults__",
            "__annotations__",
            "__name__",
            "__qualname__",
        ],
    );
    add(
        &t.generator,
        &["gi_code"],
        &[
            "__name__",
            "__qualname__",
            "gi_yieldfrom",
            "gi_running",
            "gi_frame",
            "gi_suspended",
        ],
    );
    add(
        &t.type_,
        &["__base__", "__mro__"],
        &["__name__", "__qualname__", "__bases__"],
    );
    add(
        &m["BaseException"],
        &["__suppress_context__"],
        &["args", "__traceback__", "__context__", "__cause__"],
    );
    add(&t.method, &["__func__", "__self__"], &[]);
    add(&m["StopIteration"], &["value"], &[]);
    add(&m["AttributeError"], &["name", "obj"], &[]);
    add(&m["NameError"], &["name"], &[]);
    for cls in [
        "UnicodeEncodeError",
        "UnicodeDecodeError",
        "UnicodeTranslateError",
    ] {
        add(
            &m[cls],
            &["encoding", "object", "start", "end", "reason"],
            &[],
        );
    }
    add(
        &t.property,
        &["fget", "fset", "fdel"],
        &["__isabstractmethod__"],
    );
    add(
        &t.super_,
        &["__thisclass__", "__self__", "__self_class__"],
        &[],
    );
    for cls in [&t.staticmethod, &t.classmethod] {
        add(
            cls,
            &["__func__", "__wrapped__"],
            &["__isabstractmethod__", "__dict__"],
        );
    }
    add(
        &t.builtin_function,
        &["__module__"],
        &["__name__", "__qualname__", "__self__"],
    );
    add(&m["SystemExit"], &["code"], &[]);
    add(&m["ImportError"], &["msg", "name", "path"], &[]);
    add(
        &m["OSError"],
        &["errno", "strerror", "filename", "filename2"],
        &["characters_written"],
    );
    add(
        &m["SyntaxError"],
        &[
            "msg",
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
            "print_file_and_line",
        ],
        &[],
    );
}
