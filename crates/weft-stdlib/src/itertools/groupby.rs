//! `groupby` and its groups (`_grouper`). A group steps its parent's state, so it takes
//! the parent's lock: the groupby and its current group share one critical section.

use std::sync::atomic::{AtomicU64, Ordering};

use weft_vm::types::iter_lock::IterGuard;
use weft_vm::{clinic, new_tuple, ObjRef, PyResult, Value, Vm};

use super::{
    add_pickling, alloc, it_of, it_types, iterator_state, make_type, opt, reduce3, state_items,
    unopt, It, Kw,
};

/// CPython's groupby state: the source, the key function (None: the items), the key
/// of the group being skipped or read (`tgtkey`), the last item read and its key, and
/// which group is current (its id; 0: none).
struct GroupBy {
    it: Value,
    keyfunc: Value,
    tgtkey: Option<Value>,
    currkey: Option<Value>,
    currvalue: Option<Value>,
    currgrouper: u64,
}

/// A group: its parent groupby, its key and its id.
struct Grouper {
    parent: Value,
    tgtkey: Value,
    id: u64,
}

impl weft_vm::payload::Native for Grouper {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

static NEXT_ID: AtomicU64 = AtomicU64::new(1);

pub(super) fn groupby_type() -> ObjRef {
    let ty = make_type(
        "groupby",
        "make an iterator that returns consecutive keys and groups from the iterable\n\n  iterable\n    Elements to divide into groups according to the key function.\n  key\n    A function for computing the group category for each element.\n    If the key function is not specified or is None, the element itself\n    is used for grouping.",
        groupby_new,
        groupby_next,
    );
    add_pickling(&ty, groupby_reduce, groupby_setstate);
    ty
}

pub(super) fn grouper_type() -> ObjRef {
    let ty = make_type("_grouper", "", grouper_new, grouper_next);
    weft_vm::types::set_type_attr(&ty, "__doc__", Value::None);
    weft_vm::types::add_method(&ty, "__reduce__", grouper_reduce);
    ty
}

fn groupby_new(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let v = clinic::bind(vm, "groupby", &a[1..], kw, &["iterable", "key"], 2, 1)?;
    let it = vm.iter(v[0].as_ref().expect("required"))?;
    alloc(
        vm,
        &a[0],
        &it_types().groupby,
        GroupBy {
            it,
            keyfunc: v[1].clone().unwrap_or(Value::None),
            tgtkey: None,
            currkey: None,
            currvalue: None,
            currgrouper: 0,
        },
    )
}

/// Read the next item and its key into the state (StopIteration at the end).
fn step(vm: &Vm, gb: &It<GroupBy>, g: &IterGuard<'_>) -> PyResult<bool> {
    let (src, kf) = gb.with(vm, g, |s| (s.it.clone(), s.keyfunc.clone()))?;
    let Some(v) = vm.next(&src)? else {
        return Ok(false);
    };
    let k = if kf.is_none() {
        v.clone()
    } else {
        vm.call(&kf, std::slice::from_ref(&v))?
    };
    gb.with(vm, g, |s| {
        s.currvalue = Some(v);
        s.currkey = Some(k);
    })?;
    Ok(true)
}

fn groupby_next(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let gb = it_of::<GroupBy>(vm, &a[0], "groupby")?;
    let g = gb.lock(vm);
    gb.with(vm, &g, |s| s.currgrouper = 0)?;
    // Skip to the next group: read until the key differs from the last group's.
    loop {
        let (curr, tgt) = gb.with(vm, &g, |s| (s.currkey.clone(), s.tgtkey.clone()))?;
        if let Some(curr) = curr {
            let Some(tgt) = tgt else {
                break;
            };
            if !vm.eq(&tgt, &curr)? {
                break;
            }
        }
        if !step(vm, gb, &g)? {
            return Err(vm.stop_iteration(Value::None));
        }
    }
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    let key = gb.with(vm, &g, |s| {
        s.tgtkey = s.currkey.clone();
        s.currgrouper = id;
        s.currkey.clone()
    })?;
    let key = key.unwrap_or(Value::None);
    let grouper = new_grouper(&it_types().grouper, a[0].clone(), key.clone(), id);
    Ok(new_tuple(vec![key, grouper]))
}

fn new_grouper(cls: &ObjRef, parent: Value, tgtkey: Value, id: u64) -> Value {
    let dict = weft_vm::types::typeobj::tdata(cls)
        .has_dict
        .then(weft_vm::new_dict_obj);
    Value::Obj(ObjRef::new(
        cls.clone(),
        dict,
        weft_vm::payload::Payload::Native(Box::new(Grouper { parent, tgtkey, id })),
    ))
}

fn grouper_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Grouper> {
    v.payload()
        .and_then(|p| p.native::<Grouper>())
        .ok_or_else(|| {
            vm.type_error(format!(
                "descriptor requires a 'itertools._grouper' object but received '{}'",
                vm.type_name(v)
            ))
        })
}

/// `_grouper(parent, tgtkey)`: a group of `parent` for key `tgtkey`, which becomes the
/// parent's current group (how pickle and copy rebuild one, as in CPython).
fn grouper_new(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    clinic::positional_only(vm, "_grouper", a.len() - 1, kw, 2, 2)?;
    let cls = super::check_cls(vm, &a[0], &it_types().grouper)?;
    let parent = &a[1];
    let Ok(gb) = it_of::<GroupBy>(vm, parent, "groupby") else {
        return Err(vm.type_error(format!(
            "_grouper() argument 1 must be itertools.groupby, not {}",
            vm.type_name(parent)
        )));
    };
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    gb.locked(vm, |s| s.currgrouper = id)?;
    Ok(new_grouper(cls, parent.clone(), a[2].clone(), id))
}

fn grouper_next(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let gr = grouper_of(vm, &a[0])?;
    let gb = it_of::<GroupBy>(vm, &gr.parent, "groupby")?;
    let g = gb.lock(vm);
    let (current, need) = gb.with(vm, &g, |s| (s.currgrouper == gr.id, s.currvalue.is_none()))?;
    if !current {
        return Err(vm.stop_iteration(Value::None));
    }
    if need && !step(vm, gb, &g)? {
        return Err(vm.stop_iteration(Value::None));
    }
    let curr = gb.with(vm, &g, |s| s.currkey.clone())?;
    let Some(curr) = curr else {
        return Err(vm.stop_iteration(Value::None));
    };
    if !vm.eq(&gr.tgtkey, &curr)? {
        return Err(vm.stop_iteration(Value::None));
    }
    match gb.with(vm, &g, |s| s.currvalue.take())? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

/// `(_grouper, (parent, key))` for the current group; a group that is no longer
/// current pickles as an empty iterator, as CPython's.
fn grouper_reduce(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let gr = grouper_of(vm, &a[0])?;
    let gb = it_of::<GroupBy>(vm, &gr.parent, "groupby")?;
    if gb.locked(vm, |s| s.currgrouper)? != gr.id {
        let iter = weft_vm::interp::module_get(weft_vm::interp::interp().builtins(), "iter")
            .unwrap_or(Value::None);
        return Ok(new_tuple(vec![iter, new_tuple(vec![new_tuple(vec![])])]));
    }
    Ok(new_tuple(vec![
        super::cls_of(a),
        new_tuple(vec![gr.parent.clone(), gr.tgtkey.clone()]),
    ]))
}

fn groupby_reduce(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let gb = it_of::<GroupBy>(vm, &a[0], "groupby")?;
    let st = gb.locked(vm, |s| {
        vec![
            s.it.clone(),
            s.keyfunc.clone(),
            opt(&s.tgtkey),
            opt(&s.currkey),
            opt(&s.currvalue),
        ]
    })?;
    Ok(reduce3(a, vec![new_tuple(vec![])], st))
}

fn groupby_setstate(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let gb = it_of::<GroupBy>(vm, &a[0], "groupby")?;
    let st = state_items(vm, a, 5)?;
    let it = iterator_state(vm, &st[0])?;
    let (tgtkey, currkey, currvalue) = (unopt(vm, &st[2])?, unopt(vm, &st[3])?, unopt(vm, &st[4])?);
    gb.locked(vm, |s| {
        s.it = it;
        s.keyfunc = st[1].clone();
        s.tgtkey = tgtkey;
        s.currkey = currkey;
        s.currvalue = currvalue;
    })?;
    Ok(Value::None)
}
