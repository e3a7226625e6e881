//! `slice` objects: construction, `indices()`, comparison, and index resolution for
//! arbitrarily long sequences (<https://docs.python.org/3.11/library/functions.html#slice>).

use crate::new_tuple_of;
use crate::ops::CmpOp;
use crate::payload::Payload;
use crate::types::types;
use crate::value::Value;
use crate::vm::Vm;
use crate::{new_bigint, new_tuple, ObjRef, PyResult};
use num_bigint::BigInt;
use num_traits::{Signed, Zero};

type Kw<'a> = &'a [(Value, Value)];

fn parts(v: &Value) -> &[Value; 3] {
    match v.payload() {
        Some(Payload::Slice(s)) => s,
        _ => unreachable!("slice method on non-slice"),
    }
}

fn opt_index(vm: &Vm, v: &Value) -> PyResult<Option<BigInt>> {
    if v.is_none() {
        return Ok(None);
    }
    match crate::types::number::as_int(v) {
        Some(i) => Ok(Some(crate::types::number::to_big(&i))),
        None => {
            if vm.lookup_special(v, "__index__").is_none() {
                return Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                ));
            }
            crate::types::int::index_arg(vm, v).map(Some)
        }
    }
}

/// Resolve a slice against a length of any size: (start, stop, step), as
/// `slice.indices` returns them.
pub fn indices_big(vm: &Vm, s: &[Value; 3], len: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
    let step = opt_index(vm, &s[2])?.unwrap_or_else(|| BigInt::from(1));
    if step.is_zero() {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let neg = step.is_negative();
    let (lower, upper) = if neg {
        (BigInt::from(-1), len - 1u32)
    } else {
        (BigInt::zero(), len.clone())
    };
    let fix = |v: Option<BigInt>, default: &BigInt| -> BigInt {
        match v {
            None => default.clone(),
            Some(i) => {
                if i.is_negative() {
                    let j = i + len;
                    if j < lower {
                        lower.clone()
                    } else {
                        j
                    }
                } else if i > upper {
                    upper.clone()
                } else {
                    i
                }
            }
        }
    };
    let start = fix(opt_index(vm, &s[0])?, if neg { &upper } else { &lower });
    let stop = fix(opt_index(vm, &s[1])?, if neg { &lower } else { &upper });
    Ok((start, stop, step))
}

fn s_indices(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "slice.indices() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    let len = crate::types::int::index_arg(vm, &args[1])?;
    if len.is_negative() {
        return Err(vm.value_error("length should not be negative"));
    }
    let (a, b, c) = indices_big(vm, parts(&args[0]), &len)?;
    Ok(new_tuple_of([new_bigint(a), new_bigint(b), new_bigint(c)]))
}

fn s_cmp(vm: &Vm, args: &[Value], op: CmpOp) -> PyResult<Value> {
    let Some(Payload::Slice(o)) = args.get(1).and_then(|v| v.payload()) else {
        return Ok(Value::Obj(types().not_implemented.clone()));
    };
    if args[0].is(&args[1]) && matches!(op, CmpOp::Eq | CmpOp::Le | CmpOp::Ge) {
        return Ok(Value::Bool(true));
    }
    Ok(Value::Bool(crate::types::seq::compare_items(
        vm,
        parts(&args[0]),
        &o[..],
        op,
    )?))
}

macro_rules! cmp_fns {
    ($($name:ident => $op:expr;)*) => {
        $( fn $name(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> { s_cmp(vm, args, $op) } )*
    };
}
cmp_fns! { s_eq => CmpOp::Eq; s_ne => CmpOp::Ne; s_lt => CmpOp::Lt; s_le => CmpOp::Le; s_gt => CmpOp::Gt; s_ge => CmpOp::Ge; }

fn s_new(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("slice() takes no keyword arguments"));
    }
    let (a, b, c) = match args.len() {
        2 => (Value::None, args[1].clone(), Value::None),
        3 => (args[1].clone(), args[2].clone(), Value::None),
        4 => (args[1].clone(), args[2].clone(), args[3].clone()),
        1 => return Err(vm.type_error("slice expected at least 1 argument, got 0")),
        n => {
            return Err(vm.type_error(format!("slice expected at most 3 arguments, got {}", n - 1)))
        }
    };
    Ok(new_slice([a, b, c]))
}

/// A new slice object with bounds (start, stop, step).
pub fn new_slice(bounds: [Value; 3]) -> Value {
    Value::Obj(ObjRef::new(
        types().slice.clone(),
        None,
        Payload::Slice(bounds),
    ))
}

fn s_reduce(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(new_tuple_of([
        Value::Obj(types().slice.clone()),
        new_tuple(parts(&args[0]).to_vec()),
    ]))
}

fn s_repr(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(crate::new_str(crate::repr::builtin_repr(vm, &args[0])?))
}

pub fn init() {
    let t = &types().slice;
    type F = crate::types::function::NativeFn;
    let methods: &[(&'static str, F)] = &[
        ("indices", s_indices),
        ("__eq__", s_eq),
        ("__ne__", s_ne),
        ("__lt__", s_lt),
        ("__le__", s_le),
        ("__gt__", s_gt),
        ("__ge__", s_ge),
        ("__reduce__", s_reduce),
        ("__repr__", s_repr),
    ];
    for (n, f) in methods {
        crate::types::add_method(t, n, *f);
    }
    crate::types::add_staticmethod(t, "__new__", s_new);
    crate::types::set_type_attr(t, "__hash__", Value::None);
}
