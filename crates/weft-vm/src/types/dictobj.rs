//! `dict` methods and operators, and the `keys()`/`values()`/`items()` views with their
//! set operations (the hash table itself is `types/dict.rs`)
//! (<https://docs.python.org/3.11/library/stdtypes.html#mapping-types-dict>).

use crate::new_tuple_of;
use crate::object::ObjRef;
use crate::ops::CmpOp;
use crate::payload::Payload;
use crate::types::dict::Dict;
use crate::types::iter::IterData;
use crate::types::set_table::PySet;
use crate::types::typeobj::tdata;
use crate::types::{add_method, types};
use crate::value::Value;
use crate::vm::{type_of, Vm};
use crate::{new_str, new_tuple, PyResult};

type Kw<'a> = &'a [(Value, Value)];

fn dict_of(v: &Value) -> &Dict {
    match v.payload() {
        Some(Payload::Dict(d)) => d,
        _ => unreachable!("dict method on non-dict"),
    }
}

fn not_implemented() -> Value {
    Value::Obj(types().not_implemented.clone())
}

use crate::types::function::method_nargs as nargs;

/// `d[key]`, calling `__missing__` of dict subclasses.
pub fn dict_getitem(vm: &Vm, obj: &Value, d: &Dict, key: &Value) -> PyResult<Value> {
    match d.get(vm, key)? {
        Some(v) => Ok(v),
        None => {
            if tdata(type_of(obj)).heap {
                if let Some(m) = vm.lookup_special(obj, "__missing__") {
                    return vm.call(&m, std::slice::from_ref(key));
                }
            }
            Err(vm.key_error(key.clone()))
        }
    }
}

/// Whether a dict (or subclass) `src` is merged straight from its storage: CPython's
/// `dict_merge` does so unless the type overrides `__iter__` (an override of `keys` or
/// `__getitem__` alone is not consulted).
pub fn copies_directly(vm: &Vm, src: &Value) -> bool {
    !tdata(type_of(src)).heap
        || vm
            .lookup_special(src, "__iter__")
            .map(|k| matches!(k.payload(), Some(Payload::Builtin(_))))
            .unwrap_or(true)
}

/// `d.update(src)`: a dict, a mapping with `keys()`, or an iterable of pairs.
pub fn update_from(vm: &Vm, d: &Dict, src: &Value) -> PyResult<()> {
    if let Some(Payload::Dict(s)) = src.payload() {
        if copies_directly(vm, src) {
            for e in s.entries() {
                d.set_hashed(vm, e.hash, e.key, e.value)?;
            }
            return Ok(());
        }
    }
    if vm.lookup_special(src, "keys").is_some() {
        let keys = vm.call_method(src, "keys", &[])?;
        for k in vm.collect(&keys)? {
            let v = crate::ops::getitem(vm, src, &k)?;
            d.set(vm, k, v)?;
        }
        return Ok(());
    }
    let it = vm.iter(src)?;
    let mut i = 0;
    while let Some(item) = vm.next(&it)? {
        let pair = match item.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            Some(Payload::List(l)) => l.read().clone(),
            _ => {
                if !crate::ops::is_iterable(vm, &item) {
                    return Err(vm.type_error(format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    )));
                }
                vm.collect(&item)?
            }
        };
        if pair.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        let mut p = pair.into_iter();
        d.set(vm, p.next().unwrap(), p.next().unwrap())?;
        i += 1;
    }
    Ok(())
}

fn dict_init(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "dict expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    merge_args(vm, args, kw)
}

fn merge_args(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = dict_of(&args[0]);
    if let Some(src) = args.get(1) {
        update_from(vm, d, src)?;
    }
    for (k, v) in kw {
        d.set(vm, k.clone(), v.clone())?;
    }
    Ok(Value::None)
}

fn dict_update(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "update expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    merge_args(vm, args, kw)
}

fn dict_get(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nargs(vm, "get", args, 1, 2)?;
    Ok(dict_of(&args[0])
        .get(vm, &args[1])?
        .unwrap_or_else(|| args.get(2).cloned().unwrap_or(Value::None)))
}

fn view(d: &Value, kind: u8) -> Value {
    let t = match kind {
        0 => types().dict_keys.clone(),
        1 => types().dict_values.clone(),
        _ => types().dict_items.clone(),
    };
    Value::Obj(ObjRef::new(
        t,
        None,
        Payload::DictView(Box::new((d.as_obj().unwrap().clone(), kind))),
    ))
}

fn dict_keys(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nargs(vm, "dict.keys", args, 0, 0)?;
    Ok(view(&args[0], 0))
}
fn dict_values(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nargs(vm, "dict.values", args, 0, 0)?;
    Ok(view(&args[0], 1))
}
fn dict_items(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nargs(vm, "dict.items", args, 0, 0)?;
    Ok(view(&args[0], 2))
}

fn dict_pop(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nargs(vm, "pop", args, 1, 2)?;
    match dict_of(&args[0]).remove(vm, &args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.key_error(args[1].clone())),
        },
    }
}

fn dict_popitem(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nargs(vm, "dict.popitem", args, 0, 0)?;
    match dict_of(&args[0]).pop_last() {
        Some((k, v)) => Ok(new_tuple_of([k, v])),
        None => Err(vm.key_error(new_str("popitem(): dictionary is empty"))),
    }
}

fn dict_setdefault(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nargs(vm, "setdefault", args, 1, 2)?;
    dict_of(&args[0]).setdefault(
        vm,
        args[1].clone(),
        args.get(2).cloned().unwrap_or(Value::None),
    )
}

fn dict_copy(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nargs(vm, "dict.copy", args, 0, 0)?;
    Ok(crate::new_dict_from(copy_of(vm, &args[0])?))
}

/// CPython's `PyDict_Copy`: the storage as it is (always when empty), unless a
/// subclass overrides `__iter__`; then its `keys()` and `__getitem__` (as `dict_merge`).
fn copy_of(vm: &Vm, v: &Value) -> PyResult<Dict> {
    let d = dict_of(v);
    if d.len() == 0 || copies_directly(vm, v) {
        return Ok(d.copy());
    }
    let new = Dict::new();
    update_from(vm, &new, v)?;
    Ok(new)
}

fn dict_clear(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nargs(vm, "dict.clear", args, 0, 0)?;
    dict_of(&args[0]).clear();
    Ok(Value::None)
}

fn dict_fromkeys(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() < 2 || args.len() > 3 {
        let bound = if args.len() < 2 {
            "least 1 argument"
        } else {
            "most 2 arguments"
        };
        return Err(vm.type_error(format!(
            "fromkeys expected at {bound}, got {}",
            args.len() - 1
        )));
    }
    let cls = args[0].clone();
    let d = vm.call(&cls, &[])?;
    let v = args.get(2).cloned().unwrap_or(Value::None);
    let exact = matches!(&d, Value::Obj(o) if o.class.ptr_eq(&types().dict));
    // An exact dict, set or frozenset source is read directly; a subclass may
    // override `__iter__`.
    let src_exact =
        matches!(&args[1], Value::Obj(o) if !crate::types::typeobj::tdata(&o.class).heap);
    if exact && src_exact {
        let dd = dict_of(&d);
        match args[1].payload() {
            Some(Payload::Dict(src)) => {
                for e in src.entries() {
                    dd.set_hashed(vm, e.hash, e.key, v.clone())?;
                }
                return Ok(d);
            }
            Some(Payload::Set(src)) => {
                for (h, k) in src.entries() {
                    dd.set_hashed(vm, h, k, v.clone())?;
                }
                return Ok(d);
            }
            _ => {}
        }
    }
    let it = vm.iter(&args[1])?;
    while let Some(k) = vm.next(&it)? {
        if exact {
            dict_of(&d).set(vm, k, v.clone())?;
        } else {
            crate::ops::setitem(vm, &d, k, v.clone())?;
        }
    }
    Ok(d)
}

fn dict_contains(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nargs(vm, "__contains__", args, 1, 1)?;
    Ok(Value::Bool(dict_of(&args[0]).contains(vm, &args[1])?))
}

fn dict_getitem_m(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nargs(vm, "__getitem__", args, 1, 1)?;
    dict_getitem(vm, &args[0], dict_of(&args[0]), &args[1])
}

fn dict_setitem(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(vm.type_error(format!("expected 2 arguments, got {}", args.len() - 1)));
    }
    dict_of(&args[0]).set(vm, args[1].clone(), args[2].clone())?;
    Ok(Value::None)
}

fn dict_delitem(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nargs(vm, "__delitem__", args, 1, 1)?;
    match dict_of(&args[0]).remove(vm, &args[1])? {
        Some(_) => Ok(Value::None),
        None => Err(vm.key_error(args[1].clone())),
    }
}

fn dict_len(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(dict_of(&args[0]).len() as i64))
}

fn dict_iter(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(crate::types::iter::builtin_iter(args[0].as_obj().unwrap()).unwrap())
}

/// A snapshot (taken under one lock) of what a dict view of `kind` (0 keys, 1 values,
/// 2 items as `(key, value)` tuples) yields.
pub fn view_snapshot(d: &Dict, kind: u8) -> Vec<Value> {
    match kind {
        0 => d.keys(),
        1 => d.values(),
        _ => d
            .items()
            .into_iter()
            .map(|(k, v)| new_tuple_of([k, v]))
            .collect(),
    }
}

/// A reverse iterator over a snapshot of a dict's keys, values or items.
fn reversed_view(vm: &Vm, d: &Dict, kind: u8) -> PyResult<Value> {
    let items = view_snapshot(d, kind);
    let _ = vm;
    let t = new_tuple(items.into_iter().rev().collect());
    let it = crate::types::seq::iter_types();
    let cls = match kind {
        0 => &it.dict_reverse_keys,
        1 => &it.dict_reverse_values,
        _ => &it.dict_reverse_items,
    };
    Ok(crate::types::iter::new_iter_of(
        cls,
        IterData::seq(t.as_obj().unwrap().clone()),
    ))
}

fn dict_reversed(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    reversed_view(vm, dict_of(&args[0]), 0)
}

fn dict_repr(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(new_str(crate::repr::builtin_repr(vm, &args[0])?))
}

fn dict_or(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if !matches!(args[1].payload(), Some(Payload::Dict(_))) {
        return Ok(not_implemented());
    }
    let d = copy_of(vm, &args[0])?;
    update_from(vm, &d, &args[1])?;
    Ok(crate::new_dict_from(d))
}

fn dict_ror(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if !matches!(args[1].payload(), Some(Payload::Dict(_))) {
        return Ok(not_implemented());
    }
    let d = copy_of(vm, &args[1])?;
    update_from(vm, &d, &args[0])?;
    Ok(crate::new_dict_from(d))
}

fn dict_ior(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    update_from(vm, dict_of(&args[0]), &args[1])?;
    Ok(args[0].clone())
}

/// `a == b` for two dicts.
pub fn dict_equal(vm: &Vm, a: &Dict, b: &Dict) -> PyResult<bool> {
    if a.len() != b.len() {
        return Ok(false);
    }
    // nested containers recurse: count the depth as CPython's rich comparison does
    vm.enter_native(" in comparison")?;
    let r = dict_equal_at_depth(vm, a, b);
    vm.leave();
    r
}

fn dict_equal_at_depth(vm: &Vm, a: &Dict, b: &Dict) -> PyResult<bool> {
    for e in a.entries() {
        match b.get_hashed(vm, e.hash, &e.key)? {
            Some(v) => {
                if !(v.is(&e.value) || vm.eq(&e.value, &v)?) {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

fn dict_eq(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(Payload::Dict(o)) = args[1].payload() else {
        return Ok(not_implemented());
    };
    Ok(Value::Bool(dict_equal(vm, dict_of(&args[0]), o)?))
}

fn dict_ne(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(Payload::Dict(o)) = args[1].payload() else {
        return Ok(not_implemented());
    };
    Ok(Value::Bool(!dict_equal(vm, dict_of(&args[0]), o)?))
}

// ----- views -----------------------------------------------------------------------

fn view_parts(v: &Value) -> Option<(&ObjRef, &Dict, u8)> {
    match v.payload()? {
        Payload::DictView(dv) => match &dv.0.payload {
            Payload::Dict(d) => Some((&dv.0, d, dv.1)),
            _ => None,
        },
        _ => None,
    }
}

fn view_len(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(
        view_parts(&args[0]).map(|p| p.1.len()).unwrap_or(0) as i64,
    ))
}

fn view_iter(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let _ = vm;
    Ok(crate::types::iter::builtin_iter(args[0].as_obj().unwrap()).unwrap())
}

fn view_reversed(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (_, d, kind) = view_parts(&args[0]).unwrap();
    reversed_view(vm, d, kind)
}

fn view_mapping(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (o, _, _) = view_parts(&args[0]).unwrap();
    Ok(Value::Obj(ObjRef::new(
        types().mappingproxy.clone(),
        None,
        Payload::MappingProxy(Value::Obj(o.clone())),
    )))
}

/// `x in view` for keys and items views.
fn view_has(vm: &Vm, d: &Dict, kind: u8, x: &Value) -> PyResult<bool> {
    if kind == 0 {
        return d.contains(vm, x);
    }
    let Some(Payload::Tuple(t)) = x.payload() else {
        return Ok(false);
    };
    if t.len() != 2 {
        return Ok(false);
    }
    match d.get(vm, &t[0])? {
        Some(v) => Ok(v.is(&t[1]) || vm.eq(&v, &t[1])?),
        None => Ok(false),
    }
}

fn view_contains(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (_, d, kind) = view_parts(&args[0]).unwrap();
    Ok(Value::Bool(view_has(vm, d, kind, &args[1])?))
}

/// A new set with the elements of any iterable (views included).
fn to_set(vm: &Vm, v: &Value) -> PyResult<PySet> {
    let s = PySet::new();
    crate::types::set::update_from(vm, &s, v)?;
    Ok(s)
}

fn is_setlike(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Set(_))) || matches!(view_parts(v), Some((_, _, 0 | 2)))
}

fn set_result(s: PySet) -> Value {
    crate::new_set(s, false)
}

fn view_and(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (me, other) = (&args[0], &args[1]);
    let (_, d, kind) = view_parts(me).unwrap();
    if let Some(Payload::Set(s)) = other.payload() {
        if type_of(other).ptr_eq(&types().set) && d.len() <= s.len() {
            return vm.call_method(other, "intersection", std::slice::from_ref(me));
        }
    }
    let (probe_d, probe_kind, iter_over) = match view_parts(other) {
        Some((_, od, ok @ (0 | 2))) if od.len() > d.len() => (od, ok, me.clone()),
        _ => (d, kind, other.clone()),
    };
    let result = PySet::new();
    let it = vm.iter(&iter_over)?;
    while let Some(k) = vm.next(&it)? {
        if view_has(vm, probe_d, probe_kind, &k)? {
            result.add(vm, k)?;
        }
    }
    Ok(set_result(result))
}

fn view_or(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = to_set(vm, &args[0])?;
    crate::types::set::update_from(vm, &s, &args[1])?;
    Ok(set_result(s))
}

fn view_sub(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = set_result(to_set(vm, &args[0])?);
    vm.call_method(&s, "difference_update", &[args[1].clone()])?;
    Ok(s)
}

fn view_rsub(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = set_result(to_set(vm, &args[1])?);
    vm.call_method(&s, "difference_update", &[args[0].clone()])?;
    Ok(s)
}

fn view_xor(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = set_result(to_set(vm, &args[0])?);
    vm.call_method(&s, "symmetric_difference_update", &[args[1].clone()])?;
    Ok(s)
}

fn view_isdisjoint(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (_, d, kind) = view_parts(&args[0]).unwrap();
    let it = vm.iter(&args[1])?;
    while let Some(k) = vm.next(&it)? {
        if view_has(vm, d, kind, &k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// Every element of `a` is in `b` (both set-like).
fn all_in(vm: &Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let it = vm.iter(a)?;
    while let Some(x) = vm.next(&it)? {
        if !crate::ops::contains(vm, b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn view_cmp(vm: &Vm, args: &[Value], op: CmpOp) -> PyResult<Value> {
    let (a, b) = (&args[0], &args[1]);
    if !is_setlike(b) {
        return Ok(not_implemented());
    }
    let la = crate::ops::len(vm, a)?;
    let lb = crate::ops::len(vm, b)?;
    Ok(Value::Bool(match op {
        CmpOp::Eq => la == lb && all_in(vm, a, b)?,
        CmpOp::Ne => !(la == lb && all_in(vm, a, b)?),
        CmpOp::Lt => la < lb && all_in(vm, a, b)?,
        CmpOp::Le => la <= lb && all_in(vm, a, b)?,
        CmpOp::Gt => la > lb && all_in(vm, b, a)?,
        CmpOp::Ge => la >= lb && all_in(vm, b, a)?,
    }))
}

macro_rules! view_cmp_fns {
    ($($name:ident => $op:expr;)*) => {
        $( fn $name(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> { view_cmp(vm, args, $op) } )*
    };
}
view_cmp_fns! { view_eq => CmpOp::Eq; view_ne => CmpOp::Ne; view_lt => CmpOp::Lt; view_le => CmpOp::Le; view_gt => CmpOp::Gt; view_ge => CmpOp::Ge; }

pub fn init() {
    let t = types();
    type F = crate::types::function::NativeFn;
    let d = &t.dict;
    let methods: &[(&'static str, F)] = &[
        ("__init__", dict_init),
        ("update", dict_update),
        ("get", dict_get),
        ("keys", dict_keys),
        ("values", dict_values),
        ("items", dict_items),
        ("pop", dict_pop),
        ("popitem", dict_popitem),
        ("setdefault", dict_setdefault),
        ("copy", dict_copy),
        ("clear", dict_clear),
        ("__contains__", dict_contains),
        ("__getitem__", dict_getitem_m),
        ("__setitem__", dict_setitem),
        ("__delitem__", dict_delitem),
        ("__len__", dict_len),
        ("__iter__", dict_iter),
        ("__reversed__", dict_reversed),
        ("__repr__", dict_repr),
        ("__or__", dict_or),
        ("__ror__", dict_ror),
        ("__ior__", dict_ior),
        ("__eq__", dict_eq),
        ("__ne__", dict_ne),
    ];
    for (n, f) in methods {
        add_method(d, n, *f);
    }
    crate::types::set_type_attr(d, "__hash__", Value::None);
    crate::types::add_classmethod(d, "fromkeys", dict_fromkeys);
    crate::types::add_classmethod(
        d,
        "__class_getitem__",
        crate::types::genericalias::class_getitem,
    );
    for v in [&t.dict_keys, &t.dict_values, &t.dict_items] {
        add_method(v, "__len__", view_len);
        add_method(v, "__iter__", view_iter);
        add_method(v, "__reversed__", view_reversed);
        crate::types::int::add_getter(v, "mapping", view_mapping);
    }
    let setlike: &[(&'static str, F)] = &[
        ("__contains__", view_contains),
        ("__and__", view_and),
        ("__rand__", view_and),
        ("__or__", view_or),
        ("__ror__", view_or),
        ("__sub__", view_sub),
        ("__rsub__", view_rsub),
        ("__xor__", view_xor),
        ("__rxor__", view_xor),
        ("isdisjoint", view_isdisjoint),
        ("__eq__", view_eq),
        ("__ne__", view_ne),
        ("__lt__", view_lt),
        ("__le__", view_le),
        ("__gt__", view_gt),
        ("__ge__", view_ge),
    ];
    for v in [&t.dict_keys, &t.dict_items] {
        for (n, f) in setlike {
            add_method(v, n, *f);
        }
        crate::types::set_type_attr(v, "__hash__", Value::None);
    }
}
