//! The itertools iterators made of a function (or a selector iterator) and a source:
//! `compress`, `dropwhile`, `takewhile`, `filterfalse`, `starmap`
//! (<https://docs.python.org/3.11/library/itertools.html>).

use weft_vm::payload::Payload;
use weft_vm::types::iter_lock::IterGuard;
use weft_vm::{clinic, ObjRef, PyResult, Value, Vm};

use super::simple::empty;
use super::{
    add_pickling, alloc, it_of, it_types, item_or_stop, iterator_state, make_type, reduce3,
    state_items, It, Kw,
};

/// The state of the iterators made of a function (or selector iterator) and a source:
/// `flag` is dropwhile's "still dropping" and takewhile's "done".
struct FuncIter {
    func: Value,
    it: Value,
    flag: bool,
}

fn func_iter_new(
    vm: &Vm,
    a: &[Value],
    base: &ObjRef,
    func: Value,
    src: &Value,
    flag: bool,
) -> PyResult<Value> {
    let it = vm.iter(src)?;
    alloc(vm, &a[0], base, FuncIter { func, it, flag })
}

fn func_iter_reduce(vm: &Vm, a: &[Value], tpname: &str, args: Vec<Value>) -> PyResult<Value> {
    let it = it_of::<FuncIter>(vm, &a[0], tpname)?;
    let st = it.locked(vm, |s| {
        vec![s.func.clone(), s.it.clone(), Value::Bool(s.flag)]
    })?;
    Ok(reduce3(a, args, st))
}

fn func_iter_setstate(vm: &Vm, a: &[Value], tpname: &str, func_is_iter: bool) -> PyResult<Value> {
    let it = it_of::<FuncIter>(vm, &a[0], tpname)?;
    let st = state_items(vm, a, 3)?;
    let func = if func_is_iter {
        iterator_state(vm, &st[0])?
    } else {
        st[0].clone()
    };
    let src = iterator_state(vm, &st[1])?;
    let flag = matches!(st[2], Value::Bool(true));
    it.locked(vm, |s| {
        s.func = func;
        s.it = src;
        s.flag = flag;
    })?;
    Ok(Value::None)
}

/// The function and source of a step (cloned out of the state).
fn func_src(vm: &Vm, it: &It<FuncIter>, g: &IterGuard<'_>) -> PyResult<(Value, Value, bool)> {
    it.with(vm, g, |s| (s.func.clone(), s.it.clone(), s.flag))
}

pub(super) fn compress_type() -> ObjRef {
    let ty = make_type(
        "compress",
        "Return data elements corresponding to true selector elements.\n\nForms a shorter iterator from selected data elements using the selectors to\nchoose the data elements.",
        compress_new,
        compress_next,
    );
    add_pickling(
        &ty,
        |vm, a, _| func_iter_reduce(vm, a, "compress", vec![empty(), empty()]),
        |vm, a, _| func_iter_setstate(vm, a, "compress", true),
    );
    ty
}

fn compress_new(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let v = clinic::bind(vm, "compress", &a[1..], kw, &["data", "selectors"], 2, 2)?;
    let data = vm.iter(v[0].as_ref().expect("required"))?;
    let sel = vm.iter(v[1].as_ref().expect("required"))?;
    alloc(
        vm,
        &a[0],
        &it_types().compress,
        FuncIter {
            func: sel,
            it: data,
            flag: false,
        },
    )
}

fn compress_next(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let it = it_of::<FuncIter>(vm, &a[0], "compress")?;
    let g = it.lock(vm);
    let (sel, data, _) = func_src(vm, it, &g)?;
    item_or_stop(
        vm,
        (|| loop {
            let Some(d) = vm.next(&data)? else {
                return Ok(None);
            };
            let Some(s) = vm.next(&sel)? else {
                return Ok(None);
            };
            if vm.truthy(&s)? {
                return Ok(Some(d));
            }
        })(),
    )
}

pub(super) fn dropwhile_type() -> ObjRef {
    let ty = make_type(
        "dropwhile",
        "Drop items from the iterable while predicate(item) is true.\n\nAfterwards, return every element until the iterable is exhausted.",
        |vm, a, kw| {
            clinic::positional_only(vm, "dropwhile", a.len() - 1, kw, 2, 2)?;
            func_iter_new(vm, a, &it_types().dropwhile, a[1].clone(), &a[2], true)
        },
        dropwhile_next,
    );
    add_pickling(
        &ty,
        |vm, a, _| func_iter_reduce(vm, a, "dropwhile", vec![Value::None, empty()]),
        |vm, a, _| func_iter_setstate(vm, a, "dropwhile", false),
    );
    ty
}

fn dropwhile_next(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let it = it_of::<FuncIter>(vm, &a[0], "dropwhile")?;
    let g = it.lock(vm);
    let (pred, src, dropping) = func_src(vm, it, &g)?;
    item_or_stop(
        vm,
        (|| {
            if !dropping {
                return vm.next(&src);
            }
            loop {
                let Some(v) = vm.next(&src)? else {
                    return Ok(None);
                };
                if !vm.truthy(&vm.call(&pred, std::slice::from_ref(&v))?)? {
                    it.with(vm, &g, |s| s.flag = false)?;
                    return Ok(Some(v));
                }
            }
        })(),
    )
}

pub(super) fn takewhile_type() -> ObjRef {
    let ty = make_type(
        "takewhile",
        "Return successive entries from an iterable as long as the predicate evaluates to true for each entry.",
        |vm, a, kw| {
            clinic::positional_only(vm, "takewhile", a.len() - 1, kw, 2, 2)?;
            func_iter_new(vm, a, &it_types().takewhile, a[1].clone(), &a[2], false)
        },
        takewhile_next,
    );
    add_pickling(
        &ty,
        |vm, a, _| func_iter_reduce(vm, a, "takewhile", vec![Value::None, empty()]),
        |vm, a, _| func_iter_setstate(vm, a, "takewhile", false),
    );
    ty
}

fn takewhile_next(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let it = it_of::<FuncIter>(vm, &a[0], "takewhile")?;
    let g = it.lock(vm);
    let (pred, src, done) = func_src(vm, it, &g)?;
    item_or_stop(
        vm,
        (|| {
            if done {
                return Ok(None);
            }
            let Some(v) = vm.next(&src)? else {
                return Ok(None);
            };
            if vm.truthy(&vm.call(&pred, std::slice::from_ref(&v))?)? {
                return Ok(Some(v));
            }
            it.with(vm, &g, |s| s.flag = true)?;
            Ok(None)
        })(),
    )
}

pub(super) fn filterfalse_type() -> ObjRef {
    let ty = make_type(
        "filterfalse",
        "Return those items of iterable for which function(item) is false.\n\nIf function is None, return the items that are false.",
        |vm, a, kw| {
            clinic::positional_only(vm, "filterfalse", a.len() - 1, kw, 2, 2)?;
            func_iter_new(vm, a, &it_types().filterfalse, a[1].clone(), &a[2], false)
        },
        filterfalse_next,
    );
    add_pickling(
        &ty,
        |vm, a, _| func_iter_reduce(vm, a, "filterfalse", vec![Value::None, empty()]),
        |vm, a, _| func_iter_setstate(vm, a, "filterfalse", false),
    );
    ty
}

fn filterfalse_next(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let it = it_of::<FuncIter>(vm, &a[0], "filterfalse")?;
    let g = it.lock(vm);
    let (pred, src, _) = func_src(vm, it, &g)?;
    item_or_stop(
        vm,
        (|| loop {
            let Some(v) = vm.next(&src)? else {
                return Ok(None);
            };
            let keep = if pred.is_none() {
                !vm.truthy(&v)?
            } else {
                !vm.truthy(&vm.call(&pred, std::slice::from_ref(&v))?)?
            };
            if keep {
                return Ok(Some(v));
            }
        })(),
    )
}

pub(super) fn starmap_type() -> ObjRef {
    let ty = make_type(
        "starmap",
        "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence.",
        |vm, a, kw| {
            clinic::positional_only(vm, "starmap", a.len() - 1, kw, 2, 2)?;
            func_iter_new(vm, a, &it_types().starmap, a[1].clone(), &a[2], false)
        },
        starmap_next,
    );
    add_pickling(
        &ty,
        |vm, a, _| func_iter_reduce(vm, a, "starmap", vec![Value::None, empty()]),
        |vm, a, _| func_iter_setstate(vm, a, "starmap", false),
    );
    ty
}

fn starmap_next(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let it = it_of::<FuncIter>(vm, &a[0], "starmap")?;
    let (func, args) = {
        let g = it.lock(vm);
        let (func, src, _) = func_src(vm, it, &g)?;
        let Some(args) = vm.next(&src)? else {
            return Err(vm.stop_iteration(Value::None));
        };
        (func, args)
    };
    // The function runs after the step (as map's): the arguments are this caller's.
    match args.payload() {
        Some(Payload::Tuple(t))
            if weft_vm::vm::type_of(&args).ptr_eq(&weft_vm::types::types().tuple) =>
        {
            let items: Vec<Value> = t.iter().cloned().collect();
            vm.call(&func, &items)
        }
        _ => {
            let items = vm.collect(&args)?;
            vm.call(&func, &items)
        }
    }
}
