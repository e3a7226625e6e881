//! `tuple`: subscription, methods, comparisons and operators
//! (<https://docs.python.org/3.11/library/stdtypes.html#tuples>).

mod items;
pub use items::{TupleItems, INLINE};

use crate::new_tuple_of;
use crate::ops::CmpOp;
use crate::payload::Payload;
use crate::types::seq::{index_value, norm_index, slice_indices, take_slice};
use crate::types::{add_method, types};
use crate::value::Value;
use crate::vm::Vm;
use crate::{new_tuple, PyResult};

type Kw<'a> = &'a [(Value, Value)];

fn items(v: &Value) -> &[Value] {
    match v.payload() {
        Some(Payload::Tuple(t)) => t,
        _ => &[],
    }
}

fn not_implemented() -> Value {
    Value::Obj(types().not_implemented.clone())
}

/// `t[key]` (index or slice); `obj` is the tuple itself (returned for a full slice).
pub fn tuple_getitem(vm: &Vm, obj: &Value, t: &[Value], key: &Value) -> PyResult<Value> {
    if let Some(Payload::Slice(s)) = key.payload() {
        return tuple_slice(vm, obj, t, s);
    }
    let Some(i) = index_value(vm, key)? else {
        return Err(vm.type_error(format!(
            "tuple indices must be integers or slices, not {}",
            vm.type_name(key)
        )));
    };
    let j = norm_index(vm, i, t.len(), "tuple")?;
    Ok(t[j].clone())
}

/// `t[start:stop:step]` of tuple `obj` (items `t`; `s`: the slice's bounds).
pub fn tuple_slice(vm: &Vm, obj: &Value, t: &[Value], s: &[Value; 3]) -> PyResult<Value> {
    let (start, _, step, count) = slice_indices(vm, s, t.len())?;
    if count == t.len()
        && step == 1
        && matches!(obj, Value::Obj(o) if o.class.ptr_eq(&types().tuple))
    {
        return Ok(obj.clone());
    }
    if step == 1 {
        return Ok(new_tuple(
            t[start as usize..start as usize + count].to_vec(),
        ));
    }
    Ok(new_tuple(take_slice(t, start, step, count)))
}

fn tuple_add(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args[1].payload() {
        Some(Payload::Tuple(o)) => {
            let a = items(&args[0]);
            if o.is_empty() && matches!(&args[0], Value::Obj(x) if x.class.ptr_eq(&types().tuple)) {
                return Ok(args[0].clone());
            }
            let mut v = Vec::with_capacity(a.len() + o.len());
            v.extend_from_slice(a);
            v.extend_from_slice(o);
            Ok(new_tuple(v))
        }
        _ => Err(vm.type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            vm.type_name(&args[1])
        ))),
    }
}

fn tuple_mul(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if crate::types::number::as_int(&args[1]).is_none()
        && vm.lookup_special(&args[1], "__index__").is_none()
    {
        return Ok(not_implemented());
    }
    let t = items(&args[0]);
    if matches!(
        crate::types::number::as_int(&args[1]),
        Some(crate::types::number::IntRef::Small(1))
    ) && matches!(&args[0], Value::Obj(x) if x.class.ptr_eq(&types().tuple))
    {
        return Ok(args[0].clone());
    }
    Ok(new_tuple(crate::types::list::repeat(vm, t, &args[1])?))
}

fn tuple_index(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() < 2 || args.len() > 4 {
        return Err(vm.type_error(format!(
            "index expected at {} got {}",
            if args.len() < 2 {
                "least 1 argument,"
            } else {
                "most 3 arguments,"
            },
            args.len() - 1
        )));
    }
    let t = items(&args[0]);
    let (start, stop) = crate::types::list::index_bounds(vm, args.get(2), args.get(3), t.len())?;
    for (i, v) in t.iter().enumerate().take(stop).skip(start) {
        if v.is(&args[1]) || vm.eq(v, &args[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "tuple.count() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    let mut c = 0;
    for v in items(&args[0]) {
        if v.is(&args[1]) || vm.eq(v, &args[1])? {
            c += 1;
        }
    }
    Ok(Value::Int(c))
}

fn tuple_len(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(items(&args[0]).len() as i64))
}

fn tuple_contains(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    for v in items(&args[0]) {
        if v.is(&args[1]) || vm.eq(v, &args[1])? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn tuple_getitem_m(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(format!("expected 1 argument, got {}", args.len() - 1)));
    }
    tuple_getitem(vm, &args[0], items(&args[0]), &args[1])
}

fn tuple_iter(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(crate::types::iter::builtin_iter(args[0].as_obj().unwrap()).unwrap())
}

fn tuple_hash(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let plain = new_tuple(items(&args[0]).to_vec());
    Ok(Value::Int(vm.hash(&plain)?))
}

fn tuple_repr(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(crate::new_str(crate::repr::builtin_repr(vm, &args[0])?))
}

fn tuple_getnewargs(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(new_tuple_of([new_tuple(items(&args[0]).to_vec())]))
}

fn tuple_cmp(vm: &Vm, args: &[Value], op: CmpOp) -> PyResult<Value> {
    let Some(Payload::Tuple(o)) = args.get(1).and_then(|v| v.payload()) else {
        return Ok(not_implemented());
    };
    Ok(Value::Bool(crate::types::seq::compare_items(
        vm,
        items(&args[0]),
        o,
        op,
    )?))
}

macro_rules! cmp_fns {
    ($($name:ident => $op:expr;)*) => {
        $( fn $name(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> { tuple_cmp(vm, args, $op) } )*
    };
}
cmp_fns! { tuple_eq => CmpOp::Eq; tuple_ne => CmpOp::Ne; tuple_lt => CmpOp::Lt; tuple_le => CmpOp::Le; tuple_gt => CmpOp::Gt; tuple_ge => CmpOp::Ge; }

pub fn init() {
    let tu = &types().tuple;
    type F = crate::types::function::NativeFn;
    let methods: &[(&'static str, F)] = &[
        ("__add__", tuple_add),
        ("__mul__", tuple_mul),
        ("__rmul__", tuple_mul),
        ("index", tuple_index),
        ("count", tuple_count),
        ("__len__", tuple_len),
        ("__contains__", tuple_contains),
        ("__getitem__", tuple_getitem_m),
        ("__iter__", tuple_iter),
        ("__hash__", tuple_hash),
        ("__repr__", tuple_repr),
        ("__getnewargs__", tuple_getnewargs),
        ("__eq__", tuple_eq),
        ("__ne__", tuple_ne),
        ("__lt__", tuple_lt),
        ("__le__", tuple_le),
        ("__gt__", tuple_gt),
        ("__ge__", tuple_ge),
    ];
    for (n, f) in methods {
        add_method(tu, n, *f);
    }
    crate::types::add_classmethod(
        tu,
        "__class_getitem__",
        crate::types::genericalias::class_getitem,
    );
}
