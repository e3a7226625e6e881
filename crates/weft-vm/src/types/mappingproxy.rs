//! `mappingproxy`: the read-only view of a class namespace returned by `C.__dict__`
//! (<https://docs.python.org/3.11/library/types.html#types.MappingProxyType>).

use crate::payload::Payload;
use crate::types::{add_method, add_staticmethod, types};
use crate::value::Value;
use crate::vm::Vm;
use crate::{ObjRef, PyResult};

type Kw<'a> = &'a [(Value, Value)];

fn inner(v: &Value) -> Value {
    match v.payload() {
        Some(Payload::MappingProxy(m)) => match m {
            // A built-in type's namespace predates the `dict` type (its class is not a
            // type object): operate on a real dict copy of it.
            Value::Obj(o) if !matches!(o.class.payload, Payload::Type(_)) => match &o.payload {
                Payload::Dict(d) => crate::new_dict_from(d.copy()),
                _ => m.clone(),
            },
            _ => m.clone(),
        },
        _ => Value::None,
    }
}

fn mp_new(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let m = args.get(1).cloned().ok_or_else(|| {
        vm.type_error("mappingproxy() missing required argument 'mapping' (pos 1)")
    })?;
    if matches!(
        m.payload(),
        Some(Payload::List(_)) | Some(Payload::Tuple(_))
    ) || vm.lookup_special(&m, "__getitem__").is_none()
    {
        return Err(vm.type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            vm.type_name(&m)
        )));
    }
    Ok(Value::Obj(ObjRef::new(
        types().mappingproxy.clone(),
        None,
        Payload::MappingProxy(m),
    )))
}

fn mp_getitem(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    crate::ops::getitem(vm, &inner(&a[0]), &a[1])
}
fn mp_len(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(crate::ops::len(vm, &inner(&a[0]))? as i64))
}
fn mp_iter(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    vm.iter(&inner(&a[0]))
}
fn mp_contains(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let m = inner(&a[0]);
    // A built-in type's namespace is a raw dict whose class is not a type: ask it directly.
    if let Some(Payload::Dict(d)) = m.payload() {
        return Ok(Value::Bool(d.contains(vm, &a[1])?));
    }
    Ok(Value::Bool(crate::ops::contains(vm, &m, &a[1])?))
}
fn delegate(vm: &Vm, a: &[Value], name: &str) -> PyResult<Value> {
    vm.call_method(&inner(&a[0]), name, &a[1..])
}
fn mp_keys(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    delegate(vm, a, "keys")
}
fn mp_values(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    delegate(vm, a, "values")
}
fn mp_items(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    delegate(vm, a, "items")
}
fn mp_get(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    delegate(vm, a, "get")
}
fn mp_copy(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    delegate(vm, a, "copy")
}

fn mp_eq(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    crate::ops::compare(vm, &inner(&a[0]), &a[1], crate::ops::CmpOp::Eq)
}
fn mp_ne(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    crate::ops::compare(vm, &inner(&a[0]), &a[1], crate::ops::CmpOp::Ne)
}
fn mp_or(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let other = match a[1].payload() {
        Some(Payload::MappingProxy(_)) => inner(&a[1]),
        _ => a[1].clone(),
    };
    crate::ops::binary_op(vm, &inner(&a[0]), &other, weft_compiler::opcode::binop::OR)
}
fn mp_ror(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    crate::ops::binary_op(vm, &a[1], &inner(&a[0]), weft_compiler::opcode::binop::OR)
}
fn mp_reversed(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    vm.call_method(&inner(&a[0]), "__reversed__", &[])
}

pub fn init() {
    let t = &types().mappingproxy;
    add_method(t, "__eq__", mp_eq);
    add_method(t, "__ne__", mp_ne);
    add_method(t, "__or__", mp_or);
    add_method(t, "__ror__", mp_ror);
    add_method(t, "__reversed__", mp_reversed);
    add_staticmethod(t, "__new__", mp_new);
    add_method(t, "__getitem__", mp_getitem);
    add_method(t, "__len__", mp_len);
    add_method(t, "__iter__", mp_iter);
    add_method(t, "__contains__", mp_contains);
    add_method(t, "keys", mp_keys);
    add_method(t, "values", mp_values);
    add_method(t, "items", mp_items);
    add_method(t, "get", mp_get);
    add_method(t, "copy", mp_copy);
    crate::types::add_classmethod(
        t,
        "__class_getitem__",
        crate::types::genericalias::class_getitem,
    );
}
