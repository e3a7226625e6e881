//! Struct sequences: the named-tuple-like types of `sys.version_info`, `sys.flags`,
//! `sys.float_info`, `time.struct_time`, ... (tuple subclasses whose items are also
//! attributes; extra fields beyond the tuple are attributes only).
//! <https://docs.python.org/3.11/library/time.html#time.struct_time>

use weft_vm::builtins::str_arg;
use weft_vm::new_tuple_of;
use weft_vm::ops::CmpOp;
use weft_vm::payload::Payload;
use weft_vm::types::function::BuiltinKind;
use weft_vm::types::typeobj::{self, tdata, Layout, TypeData};
use weft_vm::types::{native, set_type_attr, types};
use weft_vm::{new_str, new_tuple, ObjRef, PyResult, Value, Vm};

/// Create a struct sequence type `module.name` with `fields`, of which the first
/// `n_visible` are tuple items (the rest are attribute-only and default to None).
pub fn make_type(name: &str, module: &str, fields: &[&str], n_visible: usize) -> ObjRef {
    let t = types();
    let mut td = TypeData::new(name, vec![t.tuple.clone()], Layout::Tuple, true);
    td.has_dict = true;
    let ty = ObjRef::new_immortal(
        t.type_.clone(),
        Some(weft_vm::new_dict_obj()),
        Payload::Type(Box::new(td)),
    );
    let mro =
        typeobj::compute_mro(&ty, std::slice::from_ref(&t.tuple)).expect("struct sequence mro");
    tdata(&ty).mro.set(mro).ok();
    set_type_attr(&ty, "__module__", new_str(module));
    if module != "builtins" {
        // CPython's tp_name ('time.struct_time') names the type in error messages.
        set_type_attr(&ty, "__weft_tpname__", new_str(format!("{module}.{name}")));
    }
    set_type_attr(&ty, "n_sequence_fields", Value::Int(n_visible as i64));
    set_type_attr(&ty, "n_fields", Value::Int(fields.len() as i64));
    set_type_attr(&ty, "n_unnamed_fields", Value::Int(0));
    set_type_attr(
        &ty,
        "_weft_fields",
        new_tuple(fields.iter().map(|f| new_str(*f)).collect()),
    );
    set_type_attr(
        &ty,
        "__match_args__",
        new_tuple(fields[..n_visible].iter().map(|f| new_str(*f)).collect()),
    );
    let getter = native("_field", field_get, BuiltinKind::Function, None, None);
    for (i, f) in fields[..n_visible].iter().enumerate() {
        let fget = Value::Obj(ObjRef::new_immortal(
            t.method.clone(),
            None,
            Payload::Method(Box::new((getter.clone(), Value::Int(i as i64)))),
        ));
        let prop = ObjRef::new_immortal(
            t.property.clone(),
            None,
            Payload::Property(Box::new([fget, Value::None, Value::None, Value::None])),
        );
        set_type_attr(&ty, f, Value::Obj(prop));
    }
    weft_vm::types::add_staticmethod(&ty, "__new__", sq_new);
    weft_vm::types::add_method(&ty, "__repr__", sq_repr);
    weft_vm::types::add_method(&ty, "__reduce__", sq_reduce);
    weft_vm::types::add_method(&ty, "__setattr__", sq_setattr);
    weft_vm::types::add_method(&ty, "__lt__", sq_lt);
    weft_vm::types::add_method(&ty, "__le__", sq_le);
    weft_vm::types::add_method(&ty, "__gt__", sq_gt);
    weft_vm::types::add_method(&ty, "__ge__", sq_ge);
    weft_vm::types::add_method(&ty, "__eq__", sq_eq);
    weft_vm::types::add_method(&ty, "__ne__", sq_ne);
    weft_vm::types::add_method(&ty, "__hash__", sq_hash);
    ty
}

/// Compare as plain tuples (tuple subclasses may lack rich comparisons in the VM).
fn cmp(vm: &Vm, args: &[Value], op: CmpOp) -> PyResult<Value> {
    let (a, b) = (&args[0], args.get(1).cloned().unwrap_or(Value::None));
    let Some(Payload::Tuple(_)) = b.payload() else {
        return Ok(Value::Obj(types().not_implemented.clone()));
    };
    weft_vm::ops::compare(vm, &new_tuple(items(a)), &new_tuple(items(&b)), op)
}

fn sq_lt(vm: &Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    cmp(vm, args, CmpOp::Lt)
}
fn sq_le(vm: &Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    cmp(vm, args, CmpOp::Le)
}
fn sq_gt(vm: &Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    cmp(vm, args, CmpOp::Gt)
}
fn sq_ge(vm: &Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    cmp(vm, args, CmpOp::Ge)
}
fn sq_eq(vm: &Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    cmp(vm, args, CmpOp::Eq)
}
fn sq_ne(vm: &Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    cmp(vm, args, CmpOp::Ne)
}
fn sq_hash(vm: &Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::Int(vm.hash(&new_tuple(items(&args[0])))?))
}

/// A new instance of struct sequence type `ty` from all its field values.
pub fn new(ty: &ObjRef, values: Vec<Value>) -> Value {
    let (names, n_visible) = fields_of(ty);
    let mut values = values;
    values.resize(names.len(), Value::None);
    let extras = values.split_off(n_visible);
    let dict = weft_vm::new_dict_obj();
    if let Payload::Dict(d) = &dict.payload {
        for (n, v) in names[n_visible..].iter().zip(extras) {
            let k = weft_vm::intern(n);
            d.set_str(k.clone(), weft_vm::str_hash(&k), v);
        }
    }
    Value::Obj(ObjRef::new(
        ty.clone(),
        Some(dict),
        Payload::Tuple(values.into()),
    ))
}

/// Field names and the number of tuple items of a struct sequence type.
fn fields_of(ty: &ObjRef) -> (Vec<String>, usize) {
    let get = |n: &str| {
        let k = weft_vm::intern(n);
        typeobj::lookup(ty, &k, weft_vm::str_hash(&k))
    };
    let names: Vec<String> = match get("_weft_fields") {
        Some(Value::Obj(o)) => match &o.payload {
            Payload::Tuple(t) => t
                .iter()
                .filter_map(|v| str_arg(v).map(String::from))
                .collect(),
            _ => vec![],
        },
        _ => vec![],
    };
    let n = match get("n_sequence_fields") {
        Some(Value::Int(i)) => i as usize,
        _ => names.len(),
    };
    let n = n.min(names.len());
    (names, n)
}

fn items(v: &Value) -> Vec<Value> {
    match v.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vec![],
    }
}

fn field_get(vm: &Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (Some(Value::Int(i)), Some(obj)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error("expected a struct sequence"));
    };
    match obj.payload() {
        Some(Payload::Tuple(t)) => Ok(t.get(*i as usize).cloned().unwrap_or(Value::None)),
        _ => Err(vm.type_error("descriptor requires a struct sequence")),
    }
}

fn full_name(ty: &ObjRef) -> String {
    let k = weft_vm::intern("__module__");
    let m = typeobj::lookup(ty, &k, weft_vm::str_hash(&k))
        .and_then(|v| str_arg(&v).map(String::from))
        .unwrap_or_default();
    let n = tdata(ty).name.read().clone();
    if m.is_empty() || m == "builtins" {
        n
    } else {
        format!("{m}.{n}")
    }
}

fn sq_new(vm: &Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first() else {
        return Err(vm.type_error("struct sequence __new__ needs a type"));
    };
    let seq = match (args.get(1), weft_vm::builtins::kwarg(kw, "sequence")) {
        (Some(s), _) | (None, Some(s)) => s.clone(),
        _ => {
            return Err(vm.type_error(format!(
                "{}() missing required argument 'sequence' (pos 1)",
                full_name(cls)
            )))
        }
    };
    let dict = args
        .get(2)
        .cloned()
        .or_else(|| weft_vm::builtins::kwarg(kw, "dict").cloned())
        .unwrap_or(Value::None);
    let vals = vm.collect(&seq)?;
    let (names, n_visible) = fields_of(cls);
    let name = full_name(cls);
    if vals.len() < n_visible {
        let pre = if n_visible == names.len() {
            "a"
        } else {
            "an at least"
        };
        return Err(vm.type_error(format!(
            "{name}() takes {pre} {n_visible}-sequence ({}-sequence given)",
            vals.len()
        )));
    }
    if vals.len() > names.len() {
        let pre = if n_visible == names.len() {
            "a"
        } else {
            "an at most"
        };
        return Err(vm.type_error(format!(
            "{name}() takes {pre} {}-sequence ({}-sequence given)",
            names.len(),
            vals.len()
        )));
    }
    let mut vals = vals;
    if !dict.is_none() && vals.len() < names.len() {
        for n in &names[vals.len()..] {
            let v = match weft_vm::ops::getitem(vm, &dict, &new_str(n.as_str())) {
                Ok(v) => v,
                Err(e) if vm.err_matches(&e, "KeyError") => Value::None,
                Err(e) => return Err(e),
            };
            vals.push(v);
        }
    }
    Ok(new(cls, vals))
}

fn sq_repr(vm: &Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let v = &args[0];
    let ty = vm.type_of(v).clone();
    let (names, _) = fields_of(&ty);
    let mut parts = Vec::new();
    for (n, x) in names.iter().zip(items(v)) {
        parts.push(format!("{}={}", n, vm.repr(&x)?));
    }
    Ok(new_str(format!("{}({})", full_name(&ty), parts.join(", "))))
}

fn sq_reduce(vm: &Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let v = &args[0];
    let ty = vm.type_of(v).clone();
    let (names, n_visible) = fields_of(&ty);
    let d = weft_vm::new_dict();
    for n in &names[n_visible..] {
        let x = vm.getattr(v, n)?;
        weft_vm::ops::setitem(vm, &d, new_str(n.as_str()), x)?;
    }
    Ok(new_tuple_of([
        Value::Obj(ty),
        new_tuple_of([new_tuple(items(v)), d]),
    ]))
}

fn sq_setattr(vm: &Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let name = args.get(1).and_then(str_arg).unwrap_or("");
    let ty = vm.type_of(&args[0]).clone();
    let (names, _) = fields_of(&ty);
    if names.iter().any(|n| n == name) {
        return Err(vm.attribute_error("readonly attribute"));
    }
    Err(vm.attribute_error(format!(
        "'{}' object has no attribute '{}'",
        full_name(&ty),
        name
    )))
}
