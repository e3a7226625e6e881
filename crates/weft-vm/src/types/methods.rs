//! The most used methods of `list`, `dict`, `str` and `tuple`, code-object attributes and
//! `__slots__` descriptors. (Further methods of each type belong in that type's file.)

use crate::object::ObjRef;
use crate::payload::Payload;
use crate::types::function::CodeData;
use crate::types::{add_method, types};
use crate::value::Value;
use crate::vm::Vm;
use crate::{new_list, new_str, new_tuple, PyResult};

type Kw<'a> = &'a [(Value, Value)];

fn list_of(v: &Value) -> &parking_lot::RwLock<Vec<Value>> {
    match v.payload() {
        Some(Payload::List(l)) => l,
        _ => unreachable!("list method on non-list"),
    }
}

fn dict_of(v: &Value) -> &crate::types::dict::Dict {
    match v.payload() {
        Some(Payload::Dict(d)) => d,
        _ => unreachable!("dict method on non-dict"),
    }
}

fn str_of(v: &Value) -> &str {
    match v.payload() {
        Some(Payload::Str(s)) => s.as_str(),
        _ => "",
    }
}

fn nargs(vm: &Vm, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len() - 1;
    if n < min || n > max {
        if min == max {
            if min == 0 {
                return Err(vm.type_error(format!("{name}() takes no arguments ({n} given)")));
            }
            return Err(vm.type_error(format!("{name}() takes exactly one argument ({n} given)")));
        }
        if n < min {
            return Err(vm.type_error(format!("{name} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })));
        }
        return Err(vm.type_error(format!("{name} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })));
    }
    Ok(())
}

// ----- list ---------------------------------------------------------------------

fn list_append(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nargs(vm, "list.append", args, 1, 1)?;
    list_of(&args[0]).write().push(args[1].clone());
    Ok(Value::None)
}

fn list_extend(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nargs(vm, "list.extend", args, 1, 1)?;
    let items = vm.collect(&args[1])?;
    list_of(&args[0]).write().extend(items);
    Ok(Value::None)
}

fn list_pop(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nargs(vm, "pop", args, 0, 1)?;
    let mut l = list_of(&args[0]).write();
    if l.is_empty() {
        return Err(vm.index_error("pop from empty list"));
    }
    let i = match args.get(1) {
        Some(v) => crate::types::seq::index_value(vm, v)?.ok_or_else(|| vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))))?,
        None => -1,
    };
    let n = l.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(l.remove(j as usize))
}

fn list_insert(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(vm.type_error(format!("insert expected 2 arguments, got {}", args.len() - 1)));
    }
    let i = crate::types::seq::index_value(vm, &args[1])?.ok_or_else(|| vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&args[1]))))?;
    let mut l = list_of(&args[0]).write();
    let n = l.len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.insert(j as usize, args[2].clone());
    Ok(Value::None)
}

fn list_find(vm: &Vm, l: &Value, x: &Value) -> PyResult<Option<usize>> {
    let items = list_of(l).read().clone();
    for (i, v) in items.iter().enumerate() {
        if v.is(x) || vm.eq(v, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn list_remove(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nargs(vm, "list.remove", args, 1, 1)?;
    match list_find(vm, &args[0], &args[1])? {
        Some(i) => {
            let mut l = list_of(&args[0]).write();
            if i < l.len() {
                l.remove(i);
            }
            Ok(Value::None)
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn list_index(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nargs(vm, "index", args, 1, 3)?;
    let items = list_of(&args[0]).read().clone();
    let n = items.len() as i64;
    let norm = |v: Option<&Value>, d: i64| -> PyResult<i64> {
        match v {
            Some(v) => {
                let i = crate::types::seq::index_value(vm, v)?.unwrap_or(d);
                Ok(if i < 0 { (i + n).max(0) } else { i.min(n) })
            }
            None => Ok(d),
        }
    };
    let start = norm(args.get(2), 0)?;
    let stop = norm(args.get(3), n)?;
    for i in start..stop {
        let v = &items[i as usize];
        if v.is(&args[1]) || vm.eq(v, &args[1])? {
            return Ok(Value::Int(i));
        }
    }
    Err(vm.value_error(format!("{} is not in list", vm.repr(&args[1])?)))
}

fn list_count(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nargs(vm, "list.count", args, 1, 1)?;
    let items = list_of(&args[0]).read().clone();
    let mut c = 0;
    for v in &items {
        if v.is(&args[1]) || vm.eq(v, &args[1])? {
            c += 1;
        }
    }
    Ok(Value::Int(c))
}

fn list_reverse(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    list_of(&args[0]).write().reverse();
    Ok(Value::None)
}

fn list_clear(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let old = std::mem::take(&mut *list_of(&args[0]).write());
    drop(old);
    Ok(Value::None)
}

fn list_copy(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(new_list(list_of(&args[0]).read().clone()))
}

/// Stable sort with an optional key, raising if the list is changed meanwhile.
pub fn sort_values(vm: &Vm, items: &mut [Value], key: Option<&Value>, reverse: bool) -> PyResult<()> {
    let keys: Vec<Value> = match key {
        Some(k) if !k.is_none() => items.iter().map(|x| vm.call(k, &[x.clone()])).collect::<PyResult<_>>()?,
        _ => items.to_vec(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    let mut err = None;
    // Reverse keeps stability: sort descending by comparing swapped.
    idx.sort_by(|&a, &b| {
        if err.is_some() {
            return std::cmp::Ordering::Equal;
        }
        let (x, y) = if reverse { (&keys[b], &keys[a]) } else { (&keys[a], &keys[b]) };
        match crate::ops::compare_bool(vm, x, y, crate::ops::CmpOp::Lt) {
            Ok(true) => std::cmp::Ordering::Less,
            Ok(false) => match crate::ops::compare_bool(vm, y, x, crate::ops::CmpOp::Lt) {
                Ok(true) => std::cmp::Ordering::Greater,
                Ok(false) => std::cmp::Ordering::Equal,
                Err(e) => {
                    err = Some(e);
                    std::cmp::Ordering::Equal
                }
            },
            Err(e) => {
                err = Some(e);
                std::cmp::Ordering::Equal
            }
        }
    });
    if let Some(e) = err {
        return Err(e);
    }
    let sorted: Vec<Value> = idx.iter().map(|&i| items[i].clone()).collect();
    items.clone_from_slice(&sorted);
    Ok(())
}

fn list_sort(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let key = crate::builtins::kwarg(kw, "key");
    let reverse = match crate::builtins::kwarg(kw, "reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    let l = list_of(&args[0]);
    let mut items = std::mem::take(&mut *l.write());
    let r = sort_values(vm, &mut items, key, reverse);
    let mut g = l.write();
    let modified = !g.is_empty();
    *g = items;
    drop(g);
    r?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn list_add(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args[1].payload() {
        Some(Payload::List(o)) => {
            let mut v = list_of(&args[0]).read().clone();
            v.extend(o.read().iter().cloned());
            Ok(new_list(v))
        }
        _ => Err(vm.type_error(format!("can only concatenate list (not \"{}\") to list", vm.type_name(&args[1])))),
    }
}

fn list_iadd(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let items = vm.collect(&args[1])?;
    list_of(&args[0]).write().extend(items);
    Ok(args[0].clone())
}

fn repeat<T: Clone>(vm: &Vm, items: &[T], n: &Value) -> PyResult<Vec<T>> {
    let n = match crate::types::seq::index_value(vm, n)? {
        Some(n) => n.max(0) as usize,
        None => return Err(vm.type_error(format!("can't multiply sequence by non-int of type '{}'", vm.type_name(n)))),
    };
    if items.len().saturating_mul(n) > (1 << 34) {
        return Err(vm.new_error("MemoryError", ""));
    }
    let mut out = Vec::with_capacity(items.len() * n);
    for _ in 0..n {
        out.extend_from_slice(items);
    }
    Ok(out)
}

fn list_mul(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if crate::types::number::as_int(&args[1]).is_none() && vm.lookup_special(&args[1], "__index__").is_none() {
        return Ok(Value::Obj(types().not_implemented.clone()));
    }
    let items = list_of(&args[0]).read().clone();
    Ok(new_list(repeat(vm, &items, &args[1])?))
}

fn list_imul(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let items = list_of(&args[0]).read().clone();
    let r = repeat(vm, &items, &args[1])?;
    *list_of(&args[0]).write() = r;
    Ok(args[0].clone())
}

// ----- tuple ----------------------------------------------------------------------

fn tuple_items(v: &Value) -> &[Value] {
    match v.payload() {
        Some(Payload::Tuple(t)) => t,
        _ => &[],
    }
}

fn tuple_add(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args[1].payload() {
        Some(Payload::Tuple(o)) => {
            let mut v = tuple_items(&args[0]).to_vec();
            v.extend(o.iter().cloned());
            Ok(new_tuple(v))
        }
        _ => Err(vm.type_error(format!("can only concatenate tuple (not \"{}\") to tuple", vm.type_name(&args[1])))),
    }
}

fn tuple_mul(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if crate::types::number::as_int(&args[1]).is_none() {
        return Ok(Value::Obj(types().not_implemented.clone()));
    }
    Ok(new_tuple(repeat(vm, tuple_items(&args[0]), &args[1])?))
}

fn tuple_index(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    for (i, v) in tuple_items(&args[0]).iter().enumerate() {
        if v.is(&args[1]) || vm.eq(v, &args[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let mut c = 0;
    for v in tuple_items(&args[0]) {
        if v.is(&args[1]) || vm.eq(v, &args[1])? {
            c += 1;
        }
    }
    Ok(Value::Int(c))
}

// ----- dict ---------------------------------------------------------------------

fn dict_init(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(vm.type_error(format!("dict expected at most 1 argument, got {}", args.len() - 1)));
    }
    dict_update(vm, args, kw)
}

fn dict_update(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = dict_of(&args[0]);
    if let Some(src) = args.get(1) {
        match src.payload() {
            Some(Payload::Dict(s)) => {
                for (k, v) in s.items() {
                    d.set(vm, k, v)?;
                }
            }
            _ => {
                if vm.lookup_special(src, "keys").is_some() {
                    let keys = vm.call_method(src, "keys", &[])?;
                    for k in vm.collect(&keys)? {
                        let v = crate::ops::getitem(vm, src, &k)?;
                        d.set(vm, k, v)?;
                    }
                } else {
                    let it = vm.iter(src).map_err(|_| vm.type_error(format!("'{}' object is not iterable", vm.type_name(src))))?;
                    let mut i = 0;
                    while let Some(item) = vm.next(&it)? {
                        let pair = vm.collect(&item).map_err(|_| vm.type_error(format!("cannot convert dictionary update sequence element #{i} to a sequence")))?;
                        if pair.len() != 2 {
                            return Err(vm.value_error(format!("dictionary update sequence element #{i} has length {}; 2 is required", pair.len())));
                        }
                        let mut p = pair.into_iter();
                        d.set(vm, p.next().unwrap(), p.next().unwrap())?;
                        i += 1;
                    }
                }
            }
        }
    }
    for (k, v) in kw {
        d.set(vm, k.clone(), v.clone())?;
    }
    Ok(Value::None)
}

fn dict_get(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nargs(vm, "get", args, 1, 2)?;
    Ok(dict_of(&args[0]).get(vm, &args[1])?.unwrap_or_else(|| args.get(2).cloned().unwrap_or(Value::None)))
}

fn dict_view(args: &[Value], kind: u8) -> Value {
    let t = match kind {
        0 => types().dict_keys.clone(),
        1 => types().dict_values.clone(),
        _ => types().dict_items.clone(),
    };
    Value::Obj(ObjRef::new(t, None, Payload::DictView(Box::new((args[0].as_obj().unwrap().clone(), kind)))))
}

fn dict_keys(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(dict_view(args, 0))
}
fn dict_values(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(dict_view(args, 1))
}
fn dict_items(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(dict_view(args, 2))
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
    match dict_of(&args[0]).pop_last() {
        Some((k, v)) => Ok(new_tuple(vec![k, v])),
        None => Err(vm.key_error(new_str("popitem(): dictionary is empty"))),
    }
}

fn dict_setdefault(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nargs(vm, "setdefault", args, 1, 2)?;
    dict_of(&args[0]).setdefault(vm, args[1].clone(), args.get(2).cloned().unwrap_or(Value::None))
}

fn dict_copy(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(crate::new_dict_from(dict_of(&args[0]).copy()))
}

fn dict_clear(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    dict_of(&args[0]).clear();
    Ok(Value::None)
}

fn dict_fromkeys(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let cls = args[0].clone();
    let d = vm.call(&cls, &[])?;
    let v = args.get(2).cloned().unwrap_or(Value::None);
    for k in vm.collect(&args[1])? {
        crate::ops::setitem(vm, &d, k, v.clone())?;
    }
    Ok(d)
}

fn dict_contains(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(dict_of(&args[0]).contains(vm, &args[1])?))
}

fn dict_getitem(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match dict_of(&args[0]).get(vm, &args[1])? {
        Some(v) => Ok(v),
        None => Err(vm.key_error(args[1].clone())),
    }
}

fn dict_setitem(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    dict_of(&args[0]).set(vm, args[1].clone(), args[2].clone())?;
    Ok(Value::None)
}

fn dict_delitem(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match dict_of(&args[0]).remove(vm, &args[1])? {
        Some(_) => Ok(Value::None),
        None => Err(vm.key_error(args[1].clone())),
    }
}

fn dict_or(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if !matches!(args[1].payload(), Some(Payload::Dict(_))) {
        return Ok(Value::Obj(types().not_implemented.clone()));
    }
    let d = crate::new_dict_from(dict_of(&args[0]).copy());
    dict_update(vm, &[d.clone(), args[1].clone()], &[])?;
    Ok(d)
}

fn dict_ior(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    dict_update(vm, args, &[])?;
    Ok(args[0].clone())
}

// ----- str ----------------------------------------------------------------------

fn str_join(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nargs(vm, "str.join", args, 1, 1)?;
    let sep = str_of(&args[0]);
    let items = vm.collect(&args[1]).map_err(|_| vm.type_error("can only join an iterable"))?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        match it.payload() {
            Some(Payload::Str(s)) => out.push_str(s.as_str()),
            _ => return Err(vm.type_error(format!("sequence item {i}: expected str instance, {} found", vm.type_name(it)))),
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
        _ => Err(vm.type_error(format!("can only concatenate str (not \"{}\") to str", vm.type_name(&args[1])))),
    }
}

fn str_mul(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if crate::types::number::as_int(&args[1]).is_none() {
        return Ok(Value::Obj(types().not_implemented.clone()));
    }
    let n = crate::types::seq::index_value(vm, &args[1])?.unwrap_or(0).max(0) as usize;
    let s = str_of(&args[0]);
    if s.len().saturating_mul(n) > (1 << 34) {
        return Err(vm.new_error("MemoryError", ""));
    }
    Ok(new_str(s.repeat(n)))
}

fn str_mod(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(new_str(crate::types::strformat::percent_format(vm, str_of(&args[0]), &args[1])?))
}

fn str_format(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(new_str(crate::types::strformat::str_format(vm, str_of(&args[0]), &args[1..], kw)?))
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
        _ => return None,
    })
}

fn slot_get(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(Payload::Tuple(t)) = args[0].payload() else { return Ok(Value::None) };
    let name = t[0].clone();
    if args.get(1).map(|v| v.is_none()).unwrap_or(true) {
        return Ok(args[0].clone());
    }
    match slot_store(&args[1]).and_then(|d| d.get_str(&name, crate::str_hash(&name))) {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error(format!("'{}' object has no attribute '{}'", vm.type_name(&args[1]), str_of(&name)))),
    }
}

fn slot_set(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(Payload::Tuple(t)) = args[0].payload() else { return Ok(Value::None) };
    let name = t[0].clone();
    match slot_store(&args[1]) {
        Some(d) => {
            d.set_str(name.clone(), crate::str_hash(&name), args[2].clone());
            Ok(Value::None)
        }
        None => Err(vm.attribute_error("slot storage missing")),
    }
}

fn slot_delete(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(Payload::Tuple(t)) = args[0].payload() else { return Ok(Value::None) };
    let name = t[0].clone();
    match slot_store(&args[1]).and_then(|d| d.remove_str(&name, crate::str_hash(&name))) {
        Some(_) => Ok(Value::None),
        None => Err(vm.attribute_error(str_of(&name).to_string())),
    }
}

static SLOTS: std::sync::OnceLock<ObjRef> = std::sync::OnceLock::new();

fn slot_type() -> &'static ObjRef {
    SLOTS.get_or_init(|| {
        let t = crate::builtins::new_builtin_type("member_descriptor");
        crate::types::typeobj::tdata(&t).has_dict;
        add_method(&t, "__get__", slot_get);
        add_method(&t, "__set__", slot_set);
        add_method(&t, "__delete__", slot_delete);
        t
    })
}

/// Slot values live in a side table keyed by object identity.
fn slot_store(obj: &Value) -> Option<&'static crate::types::dict::Dict> {
    static STORE: std::sync::OnceLock<parking_lot::Mutex<std::collections::HashMap<usize, &'static crate::types::dict::Dict>>> = std::sync::OnceLock::new();
    let o = obj.as_obj()?;
    let m = STORE.get_or_init(Default::default);
    let mut g = m.lock();
    Some(*g.entry(o.id()).or_insert_with(|| Box::leak(Box::new(crate::types::dict::Dict::new()))))
}

pub fn make_slot_descriptor(name: &str) -> Value {
    // Instances of the (heap-flagged) descriptor type dispatch through __get__/__set__.
    let t = slot_type();
    Value::Obj(ObjRef::new_immortal(t.clone(), None, Payload::Tuple(vec![crate::intern(name)].into_boxed_slice())))
}

pub fn init() {
    let t = types();
    let l = &t.list;
    for (n, f) in [
        ("append", list_append as crate::types::function::NativeFn),
        ("extend", list_extend),
        ("pop", list_pop),
        ("insert", list_insert),
        ("remove", list_remove),
        ("index", list_index),
        ("count", list_count),
        ("reverse", list_reverse),
        ("clear", list_clear),
        ("copy", list_copy),
        ("sort", list_sort),
        ("__add__", list_add),
        ("__iadd__", list_iadd),
        ("__mul__", list_mul),
        ("__rmul__", list_mul),
        ("__imul__", list_imul),
    ] {
        add_method(l, n, f);
    }
    let tu = &t.tuple;
    for (n, f) in [("__add__", tuple_add as crate::types::function::NativeFn), ("__mul__", tuple_mul), ("__rmul__", tuple_mul), ("index", tuple_index), ("count", tuple_count)] {
        add_method(tu, n, f);
    }
    let d = &t.dict;
    for (n, f) in [
        ("__init__", dict_init as crate::types::function::NativeFn),
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
        ("__getitem__", dict_getitem),
        ("__setitem__", dict_setitem),
        ("__delitem__", dict_delitem),
        ("__or__", dict_or),
        ("__ior__", dict_ior),
    ] {
        add_method(d, n, f);
    }
    crate::types::add_classmethod(d, "fromkeys", dict_fromkeys);
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

fn function_get(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let obj = args.get(1).cloned().unwrap_or(Value::None);
    if obj.is_none() {
        return Ok(args[0].clone());
    }
    Ok(Value::Obj(ObjRef::new(types().method.clone(), None, Payload::Method(Box::new((args[0].clone(), obj))))))
}

fn method_get(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(args[0].clone())
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
    add_method(&t.method, "__get__", method_get);
    add_method(&t.method, "__call__", function_call);
}
