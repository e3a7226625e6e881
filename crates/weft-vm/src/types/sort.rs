//! Sorting shared by `list.sort()` and `sorted()`: stable, `key`/`reverse` as CPython,
//! only `<` comparisons, "list modified during sort"
//! (<https://docs.python.org/3.11/howto/sorting.html>).

use crate::ops::CmpOp;
use crate::payload::Payload;
use crate::types::list::list_of;
use crate::types::types;
use crate::value::Value;
use crate::vm::Vm;
use crate::{new_list, PyResult};

type Kw<'a> = &'a [(Value, Value)];

fn is_exact(v: &Value, t: &crate::ObjRef) -> bool {
    matches!(v, Value::Obj(o) if o.class.ptr_eq(t))
}

/// Sort the positions `idx` stably, ascending by `keys[i]`. Positions (not values) are
/// moved, so sorting touches no reference counts.
fn sort_index(vm: &Vm, keys: &[Value], idx: &mut [usize]) -> PyResult<()> {
    if keys.iter().all(|k| matches!(k, Value::Int(_))) {
        idx.sort_by_key(|&i| if let Value::Int(x) = keys[i] { x } else { 0 });
        return Ok(());
    }
    if keys
        .iter()
        .all(|k| matches!(k, Value::Float(f) if !f.is_nan()))
    {
        idx.sort_by(|&a, &b| match (&keys[a], &keys[b]) {
            (Value::Float(x), Value::Float(y)) => {
                x.partial_cmp(y).unwrap_or(std::cmp::Ordering::Equal)
            }
            _ => std::cmp::Ordering::Equal,
        });
        return Ok(());
    }
    let str_t = &types().str;
    if keys.iter().all(|k| is_exact(k, str_t)) {
        idx.sort_by(|&a, &b| match (keys[a].payload(), keys[b].payload()) {
            (Some(Payload::Str(x)), Some(Payload::Str(y))) => x.as_str().cmp(y.as_str()),
            _ => std::cmp::Ordering::Equal,
        });
        return Ok(());
    }
    crate::types::timsort::timsort(idx, &mut |&a: &usize, &b: &usize| match fast_lt(
        &keys[a], &keys[b],
    ) {
        Some(r) => Ok(r),
        None => crate::ops::compare_bool(vm, &keys[a], &keys[b], CmpOp::Lt),
    })
}

/// `a < b` for built-in values whose comparison runs no Python code (ints, floats,
/// exact strs, and exact tuples of those); `None` otherwise.
fn fast_lt(a: &Value, b: &Value) -> Option<bool> {
    fast_cmp(a, b).map(|o| o == std::cmp::Ordering::Less)
}

/// Three-way comparison of ints, non-NaN floats, exact strs and exact tuples of those.
fn fast_cmp(a: &Value, b: &Value) -> Option<std::cmp::Ordering> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x.cmp(y)),
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y),
        (Value::Obj(x), Value::Obj(y)) => match (&x.payload, &y.payload) {
            (Payload::Str(s), Payload::Str(t))
                if x.class.ptr_eq(&types().str) && y.class.ptr_eq(&types().str) =>
            {
                Some(s.as_str().cmp(t.as_str()))
            }
            (Payload::Tuple(s), Payload::Tuple(t))
                if x.class.ptr_eq(&types().tuple) && y.class.ptr_eq(&types().tuple) =>
            {
                for (p, q) in s.iter().zip(t.iter()) {
                    match fast_cmp(p, q)? {
                        std::cmp::Ordering::Equal => continue,
                        o => return Some(o),
                    }
                }
                Some(s.len().cmp(&t.len()))
            }
            _ => None,
        },
        _ => None,
    }
}

/// Stable sort with an optional key function (CPython's `list.sort` semantics). When the
/// key function fails `items` is left as it was; when a comparison fails `items` is left
/// partially sorted, as CPython leaves it.
pub fn sort_values(
    vm: &Vm,
    items: &mut Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    let computed: Vec<Value> = match key {
        Some(k) if !k.is_none() => {
            let mut out = Vec::with_capacity(items.len());
            for x in items.iter() {
                out.push(vm.call(k, std::slice::from_ref(x))?);
            }
            out
        }
        _ => Vec::new(),
    };
    let keys: &[Value] = if computed.len() == items.len() && !computed.is_empty() {
        &computed
    } else {
        items
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    // Reverse sorting keeps equal items in their original order, like CPython:
    // reverse, sort stably, reverse again.
    if reverse {
        idx.reverse();
    }
    let r = sort_index(vm, keys, &mut idx);
    if reverse {
        idx.reverse();
    }
    drop(computed);
    let mut slots: Vec<Option<Value>> = std::mem::take(items).into_iter().map(Some).collect();
    *items = idx
        .into_iter()
        .map(|i| slots[i].take().unwrap_or(Value::None))
        .collect();
    r
}

fn sort_kwargs(vm: &Vm, name: &str, kw: Kw) -> PyResult<(Option<Value>, bool)> {
    let mut key = None;
    let mut reverse = false;
    for (k, v) in kw {
        match crate::builtins::str_arg(k) {
            Some("key") => key = Some(v.clone()),
            Some("reverse") => reverse = crate::types::text::index_arg(vm, v)? != 0,
            Some(other) => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for {name}()"
                )))
            }
            None => {}
        }
    }
    Ok((key, reverse))
}

pub fn list_sort(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if args.len() + kw.len() > 3 {
        let what = if args.len() == 1 {
            "keyword arguments"
        } else {
            "arguments"
        };
        return Err(vm.type_error(format!(
            "sort() takes at most 2 {what} ({} given)",
            args.len() + kw.len() - 1
        )));
    }
    if args.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let (key, reverse) = sort_kwargs(vm, "sort", kw)?;
    let l = list_of(&args[0]);
    let mut items = std::mem::take(&mut *l.write());
    // `sort_values` leaves a permutation of `items` when it fails.
    let r = sort_values(vm, &mut items, key.as_ref(), reverse);
    let mut g = l.write();
    let modified = !g.is_empty();
    let junk = std::mem::replace(&mut *g, items);
    drop(g);
    drop(junk);
    r?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::None)
}

/// `sorted(iterable, *, key=None, reverse=False)`.
pub fn sorted(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", args.len())));
    }
    let (key, reverse) = sort_kwargs(vm, "sort", kw)?;
    let mut items = vm.collect_sized(&args[0])?;
    sort_values(vm, &mut items, key.as_ref(), reverse)?;
    Ok(new_list(items))
}
