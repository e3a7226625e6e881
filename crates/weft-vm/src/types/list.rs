//! `list`: methods, subscription with slices (assignment and deletion included), the
//! stable sort shared with `sorted()`, comparisons and operators
//! (<https://docs.python.org/3.11/library/stdtypes.html#lists>).

use crate::clinic::no_keywords as no_kw;
use crate::ops::CmpOp;
use crate::owner_bias::OwnedRwLock as RwLock;
use crate::payload::Payload;
use crate::types::iter::IterData;
use crate::types::seq::{index_value, norm_index, slice_indices, take_slice};
use crate::types::{add_method, types};
use crate::value::Value;
use crate::vm::Vm;
use crate::{new_list, PyResult};
use std::sync::atomic::AtomicI64;

type Kw<'a> = &'a [(Value, Value)];
type Items = RwLock<Vec<Value>>;

pub fn list_of(v: &Value) -> &Items {
    match v.payload() {
        Some(Payload::List(l)) => l,
        _ => unreachable!("list method on non-list"),
    }
}

fn not_implemented() -> Value {
    Value::Obj(types().not_implemented.clone())
}

use crate::types::function::method_nargs as nargs;

/// An index argument (pop, insert): a huge int overflows as in CPython's ssize_t conversion.
fn int_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    crate::types::text::index_arg(vm, v)
}

// ----- subscription ----------------------------------------------------------------

/// `l[key]` (index or slice).
pub fn list_getitem(vm: &Vm, l: &Items, key: &Value) -> PyResult<Value> {
    if let Some(Payload::Slice(s)) = key.payload() {
        return list_slice(vm, l, s);
    }
    let Some(i) = index_value(vm, key)? else {
        return Err(vm.type_error(format!(
            "list indices must be integers or slices, not {}",
            vm.type_name(key)
        )));
    };
    let items = l.read();
    let j = norm_index(vm, i, items.len(), "list")?;
    Ok(items[j].clone())
}

/// `l[start:stop:step]` (`s`: the slice's bounds; the eval loop passes them without
/// making a slice object).
pub fn list_slice(vm: &Vm, l: &Items, s: &[Value; 3]) -> PyResult<Value> {
    // The bounds first (`__index__` may run Python code, even change the list), then
    // the length they are taken against, under the lock.
    let bounds = crate::types::seq::slice_unpack(vm, s)?;
    let items = l.read();
    let (start, _, step, count) = crate::types::seq::slice_adjust(bounds, items.len());
    if step == 1 {
        return Ok(new_list(
            items[start as usize..start as usize + count].to_vec(),
        ));
    }
    Ok(new_list(take_slice(&items, start, step, count)))
}

/// `l[key] = value`.
pub fn list_setitem(vm: &Vm, l: &Items, key: &Value, value: &Value) -> PyResult<()> {
    if let Some(Payload::Slice(s)) = key.payload() {
        return list_set_slice(vm, l, s, value);
    }
    let Some(i) = index_value(vm, key)? else {
        return Err(vm.type_error(format!(
            "list indices must be integers or slices, not {}",
            vm.type_name(key)
        )));
    };
    let mut items = l.write();
    let j = norm_index(vm, i, items.len(), "list assignment")?;
    let old = std::mem::replace(&mut items[j], value.clone());
    drop(items);
    drop(old);
    Ok(())
}

/// `l[start:stop:step] = value` (`s`: the slice's bounds; the eval loop passes them
/// without making a slice object). The bounds are unpacked first (their `__index__`
/// called once each), then the value taken, then the bounds adjusted to the length
/// under the lock, as CPython's `list_ass_subscript` does.
pub fn list_set_slice(vm: &Vm, l: &Items, s: &[Value; 3], value: &Value) -> PyResult<()> {
    let bounds = crate::types::seq::slice_unpack(vm, s)?;
    // An exact list (or the list itself) is copied as it is; anything else (a list
    // subclass, whose `__iter__` may be overridden, included) is iterated, as CPython's
    // PySequence_Fast.
    let exact_list = match value.payload() {
        Some(Payload::List(o))
            if std::ptr::eq(o, l)
                || !crate::types::typeobj::tdata(crate::vm::type_of(value)).heap =>
        {
            Some(o)
        }
        _ => None,
    };
    let new_items = if let Some(o) = exact_list {
        o.read().clone()
    } else {
        let extended = bounds.2 != 1;
        vm.collect(value).map_err(|e| {
            if vm.err_matches(&e, "TypeError") {
                vm.type_error(if extended {
                    "must assign iterable to extended slice"
                } else {
                    "can only assign an iterable"
                })
            } else {
                e
            }
        })?
    };
    let mut items = l.write();
    let (start, stop, step, count) = crate::types::seq::slice_adjust(bounds, items.len());
    let n = items.len() as isize;
    if step == 1 {
        let a = start.clamp(0, n) as usize;
        let b = (stop.max(start)).clamp(0, n) as usize;
        if b - a == new_items.len() {
            // Same length: swap the new items in place; the old ones leave in
            // `new_items`, dropped after the lock is released.
            let mut new_items = new_items;
            items[a..b].swap_with_slice(&mut new_items);
            drop(items);
            drop(new_items);
            return Ok(());
        }
        let removed: Vec<Value> = items.splice(a..b, new_items).collect();
        drop(items);
        drop(removed);
        return Ok(());
    }
    if new_items.len() != count {
        return Err(vm.value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            new_items.len(),
            count
        )));
    }
    let mut i = start;
    let mut old = Vec::with_capacity(count);
    for v in new_items {
        if i >= 0 && i < n {
            old.push(std::mem::replace(&mut items[i as usize], v));
        }
        i += step;
    }
    drop(items);
    drop(old);
    Ok(())
}

/// `del l[key]`.
pub fn list_delitem(vm: &Vm, l: &Items, key: &Value) -> PyResult<()> {
    if let Some(Payload::Slice(s)) = key.payload() {
        let len = l.read().len();
        let (start, _, step, count) = slice_indices(vm, s, len)?;
        if count == 0 {
            return Ok(());
        }
        let mut items = l.write();
        let n = items.len();
        let removed: Vec<Value>;
        if step == 1 {
            let a = (start as usize).min(n);
            let b = (start as usize + count).min(n);
            removed = items.drain(a..b).collect();
        } else {
            let (lo, st) = if step > 0 {
                (start, step)
            } else {
                (start + (count as isize - 1) * step, -step)
            };
            let mut keep = Vec::with_capacity(n - count.min(n));
            let mut gone = Vec::with_capacity(count);
            for (i, v) in std::mem::take(&mut *items).into_iter().enumerate() {
                let i = i as isize;
                if i >= lo && (i - lo) % st == 0 && (i - lo) / st < count as isize {
                    gone.push(v);
                } else {
                    keep.push(v);
                }
            }
            *items = keep;
            removed = gone;
        }
        drop(items);
        drop(removed);
        return Ok(());
    }
    let Some(i) = index_value(vm, key)? else {
        return Err(vm.type_error(format!(
            "list indices must be integers or slices, not {}",
            vm.type_name(key)
        )));
    };
    let mut items = l.write();
    let j = norm_index(vm, i, items.len(), "list assignment")?;
    let old = items.remove(j);
    drop(items);
    drop(old);
    Ok(())
}

// ----- methods ---------------------------------------------------------------------

fn list_append(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    no_kw(vm, "list.append", _kw)?;
    nargs(vm, "list.append", args, 1, 1)?;
    list_of(&args[0]).write().push(args[1].clone());
    Ok(Value::None)
}

fn list_extend(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    no_kw(vm, "list.extend", _kw)?;
    nargs(vm, "list.extend", args, 1, 1)?;
    let items = vm.collect_sized(&args[1])?;
    list_of(&args[0]).write().extend(items);
    Ok(Value::None)
}

fn list_pop(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nargs(vm, "pop", args, 0, 1)?;
    let i = match args.get(1) {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let mut l = list_of(&args[0]).write();
    if l.is_empty() {
        return Err(vm.index_error("pop from empty list"));
    }
    let n = l.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(if j == n - 1 {
        l.pop().unwrap()
    } else {
        l.remove(j as usize)
    })
}

fn list_insert(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(vm.type_error(format!(
            "insert expected 2 arguments, got {}",
            args.len() - 1
        )));
    }
    let i = int_arg(vm, &args[1])?;
    let mut l = list_of(&args[0]).write();
    let n = l.len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.insert(j as usize, args[2].clone());
    Ok(Value::None)
}

/// Index of the first item equal to `x` in `[start, stop)` (`list.index`, `x in list`).
#[inline(always)]
pub(crate) fn find(
    vm: &Vm,
    l: &Items,
    x: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let mut found = None;
    scan(vm, l, x, start, stop, |i| {
        found = Some(i);
        false
    })?;
    Ok(found)
}

/// `item == x` when it needs no Python code (identity first, as CPython's
/// `PyObject_RichCompareBool`), else `None`.
#[inline(always)]
pub fn quick_eq(item: &Value, x: &Value) -> Option<bool> {
    if item.is(x) {
        Some(true)
    } else {
        crate::types::dict::fast_eq(item, x)
    }
}

/// Call `hit` with the index of each item equal to `x` in `[start, stop)`, in order,
/// while it returns true. The list is not copied: items whose comparison runs no Python
/// code are compared under the read lock; for any other the lock is let go while its
/// `__eq__` runs, and the length is read again after it (it may have changed the list).
#[inline(always)]
fn scan(
    vm: &Vm,
    l: &Items,
    x: &Value,
    start: usize,
    stop: usize,
    mut hit: impl FnMut(usize) -> bool,
) -> PyResult<()> {
    let mut i = start;
    loop {
        // Compare under the lock until an item needs Python code (or the end).
        let slow = {
            let g = l.read();
            loop {
                if i >= stop.min(g.len()) {
                    return Ok(());
                }
                match quick_eq(&g[i], x) {
                    Some(true) => {
                        if !hit(i) {
                            return Ok(());
                        }
                    }
                    Some(false) => {}
                    None => break g[i].clone(),
                }
                i += 1;
            }
        };
        if vm.eq(&slow, x)? && !hit(i) {
            return Ok(());
        }
        i += 1;
    }
}

fn list_remove(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    no_kw(vm, "list.remove", _kw)?;
    nargs(vm, "list.remove", args, 1, 1)?;
    let (l, x) = (list_of(&args[0]), &args[1]);
    // As `scan`, but under the write lock, so that an item found without Python code
    // is removed by the same critical section (another thread's remove cannot come
    // between the search and the removal).
    let mut i = 0;
    loop {
        let slow = {
            let mut g = l.write();
            loop {
                if i >= g.len() {
                    return Err(vm.value_error("list.remove(x): x not in list"));
                }
                match quick_eq(&g[i], x) {
                    Some(true) => {
                        let old = g.remove(i);
                        drop(g);
                        drop(old);
                        return Ok(Value::None);
                    }
                    Some(false) => i += 1,
                    None => break g[i].clone(),
                }
            }
        };
        if vm.eq(&slow, x)? {
            // CPython removes whatever the index holds after `__eq__` returned.
            let mut g = l.write();
            if i < g.len() {
                let old = g.remove(i);
                drop(g);
                drop(old);
            }
            return Ok(Value::None);
        }
        i += 1;
    }
}

/// Clamp optional start/stop arguments like CPython's `index` methods.
pub fn index_bounds(
    vm: &Vm,
    start: Option<&Value>,
    stop: Option<&Value>,
    n: usize,
) -> PyResult<(usize, usize)> {
    let n = n as i64;
    let norm = |v: Option<&Value>, d: i64| -> PyResult<i64> {
        match v {
            Some(v) => {
                let i = match crate::types::number::as_int(v) {
                    Some(crate::types::number::IntRef::Big(b)) => {
                        if num_traits::Signed::is_negative(b) {
                            -n
                        } else {
                            n
                        }
                    }
                    _ => index_value(vm, v)?.ok_or_else(|| {
                        vm.type_error("slice indices must be integers or have an __index__ method")
                    })?,
                };
                Ok(if i < 0 { (i + n).max(0) } else { i.min(n) })
            }
            None => Ok(d),
        }
    };
    Ok((norm(start, 0)? as usize, norm(stop, n)? as usize))
}

fn list_index(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nargs(vm, "index", args, 1, 3)?;
    let l = list_of(&args[0]);
    let n = l.read().len();
    let (start, stop) = index_bounds(vm, args.get(2), args.get(3), n)?;
    match find(vm, l, &args[1], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error(format!("{} is not in list", vm.repr(&args[1])?))),
    }
}

fn list_count(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    no_kw(vm, "list.count", _kw)?;
    nargs(vm, "list.count", args, 1, 1)?;
    let mut c = 0;
    scan(vm, list_of(&args[0]), &args[1], 0, usize::MAX, |_| {
        c += 1;
        true
    })?;
    Ok(Value::Int(c))
}

fn list_reverse(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    no_kw(vm, "list.reverse", _kw)?;
    nargs(vm, "list.reverse", args, 0, 0)?;
    list_of(&args[0]).write().reverse();
    Ok(Value::None)
}

fn list_clear(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    no_kw(vm, "list.clear", _kw)?;
    nargs(vm, "list.clear", args, 0, 0)?;
    let mut old = std::mem::take(&mut *list_of(&args[0]).write());
    // CPython releases the items last to first (visible through `__del__` order).
    while let Some(x) = old.pop() {
        drop(x);
    }
    Ok(Value::None)
}

fn list_copy(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    no_kw(vm, "list.copy", _kw)?;
    nargs(vm, "list.copy", args, 0, 0)?;
    Ok(new_list(list_of(&args[0]).read().clone()))
}

fn list_add(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args[1].payload() {
        Some(Payload::List(o)) => {
            let mut v = list_of(&args[0]).read().clone();
            v.extend(o.read().iter().cloned());
            Ok(new_list(v))
        }
        _ => Err(vm.type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            vm.type_name(&args[1])
        ))),
    }
}

fn list_iadd(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let items = vm.collect(&args[1])?;
    list_of(&args[0]).write().extend(items);
    Ok(args[0].clone())
}

/// `items * n` with CPython's errors.
pub fn repeat<T: Clone>(vm: &Vm, items: &[T], n: &Value) -> PyResult<Vec<T>> {
    let n = match crate::types::number::as_int(n) {
        Some(crate::types::number::IntRef::Big(b))
            if num_traits::ToPrimitive::to_i64(b).is_none() =>
        {
            // CPython converts the count first, whatever the sign or the sequence.
            let _ = b;
            return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
        }
        _ => match index_value(vm, n)? {
            Some(n) => n.max(0) as usize,
            None => {
                return Err(vm.type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    vm.type_name(n)
                )))
            }
        },
    };
    if items.is_empty() {
        // (not n rounds of copying nothing: `[] * 10**15` is instant)
        return Ok(Vec::new());
    }
    if items.len().saturating_mul(n) > (1 << 34) {
        return Err(vm.no_memory());
    }
    vm.check_alloc(items.len() * n * std::mem::size_of::<Value>())?;
    let mut out = Vec::with_capacity(items.len() * n);
    for _ in 0..n {
        out.extend_from_slice(items);
    }
    Ok(out)
}

fn is_index(vm: &Vm, v: &Value) -> bool {
    crate::types::number::as_int(v).is_some() || vm.lookup_special(v, "__index__").is_some()
}

fn list_mul(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if !is_index(vm, &args[1]) {
        return Ok(not_implemented());
    }
    let items = list_of(&args[0]).read().clone();
    Ok(new_list(repeat(vm, &items, &args[1])?))
}

fn list_imul(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if !is_index(vm, &args[1]) {
        return Ok(not_implemented());
    }
    let items = list_of(&args[0]).read().clone();
    let r = repeat(vm, &items, &args[1])?;
    let old = std::mem::replace(&mut *list_of(&args[0]).write(), r);
    drop(old);
    Ok(args[0].clone())
}

fn list_len(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(list_of(&args[0]).read().len() as i64))
}

fn list_contains(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nargs(vm, "__contains__", args, 1, 1)?;
    Ok(Value::Bool(
        find(vm, list_of(&args[0]), &args[1], 0, usize::MAX)?.is_some(),
    ))
}

fn list_getitem_m(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nargs(vm, "__getitem__", args, 1, 1)?;
    list_getitem(vm, list_of(&args[0]), &args[1])
}

fn list_setitem_m(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(vm.type_error(format!("expected 2 arguments, got {}", args.len() - 1)));
    }
    list_setitem(vm, list_of(&args[0]), &args[1], &args[2])?;
    Ok(Value::None)
}

fn list_delitem_m(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nargs(vm, "__delitem__", args, 1, 1)?;
    list_delitem(vm, list_of(&args[0]), &args[1])?;
    Ok(Value::None)
}

fn list_iter(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(crate::types::iter::builtin_iter(args[0].as_obj().unwrap()).unwrap())
}

fn list_reversed(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let n = list_of(&args[0]).read().len() as i64;
    Ok(crate::types::iter::new_iter_of(
        &crate::types::seq::iter_types().list_reverse,
        IterData::Reversed {
            seq: args[0].clone(),
            idx: AtomicI64::new(n - 1),
        },
    ))
}

fn list_repr(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(crate::new_str(crate::repr::builtin_repr(vm, &args[0])?))
}

fn list_cmp(vm: &Vm, args: &[Value], op: CmpOp) -> PyResult<Value> {
    let Some(Payload::List(o)) = args.get(1).and_then(|v| v.payload()) else {
        return Ok(not_implemented());
    };
    let xs = list_of(&args[0]).read().clone();
    let ys = o.read().clone();
    Ok(Value::Bool(crate::types::seq::compare_items(
        vm, &xs, &ys, op,
    )?))
}

macro_rules! cmp_fns {
    ($($name:ident => $op:expr;)*) => {
        $( fn $name(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> { list_cmp(vm, args, $op) } )*
    };
}
cmp_fns! { list_eq => CmpOp::Eq; list_ne => CmpOp::Ne; list_lt => CmpOp::Lt; list_le => CmpOp::Le; list_gt => CmpOp::Gt; list_ge => CmpOp::Ge; }

pub fn init() {
    let l = &types().list;
    type F = crate::types::function::NativeFn;
    let methods: &[(&'static str, F)] = &[
        ("append", list_append),
        ("extend", list_extend),
        ("pop", list_pop),
        ("insert", list_insert),
        ("remove", list_remove),
        ("index", list_index),
        ("count", list_count),
        ("reverse", list_reverse),
        ("clear", list_clear),
        ("copy", list_copy),
        ("sort", crate::types::sort::list_sort),
        ("__add__", list_add),
        ("__iadd__", list_iadd),
        ("__mul__", list_mul),
        ("__rmul__", list_mul),
        ("__imul__", list_imul),
        ("__len__", list_len),
        ("__contains__", list_contains),
        ("__getitem__", list_getitem_m),
        ("__setitem__", list_setitem_m),
        ("__delitem__", list_delitem_m),
        ("__iter__", list_iter),
        ("__reversed__", list_reversed),
        ("__repr__", list_repr),
        ("__eq__", list_eq),
        ("__ne__", list_ne),
        ("__lt__", list_lt),
        ("__le__", list_le),
        ("__gt__", list_gt),
        ("__ge__", list_ge),
    ];
    for (n, f) in methods {
        add_method(l, n, *f);
    }
    crate::types::set_type_attr(l, "__hash__", Value::None);
    crate::types::add_classmethod(
        l,
        "__class_getitem__",
        crate::types::genericalias::class_getitem,
    );
}
