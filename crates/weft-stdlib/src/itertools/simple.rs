//! The itertools iterators whose state is their sources and a position: `cycle`,
//! `repeat`, `accumulate`, `chain`, `islice`, `pairwise`, `zip_longest` (those made of
//! a function and a source are in `filtering.rs`).

use std::sync::atomic::{AtomicI64, Ordering};

use weft_vm::payload::Payload;
use weft_vm::types::iter_lock::IterGuard;
use weft_vm::{clinic, new_list, new_str, new_tuple, ObjRef, PyResult, Value, Vm};

use super::{
    add_class_getitem, add_pickling, alloc, int_state, it_of, it_types, item_or_stop,
    iterator_state, make_type, opt, reduce3, ssize_index, state_items, unopt, It, Kw,
};
use weft_vm::types::add_method;

pub(super) fn empty() -> Value {
    new_tuple(vec![])
}

// ----- cycle -------------------------------------------------------------------------

/// The source until it is exhausted, keeping its items in `saved` (a list, which a copy
/// shares, as CPython's), then the saved items from `pos` round and round.
struct Cycle {
    it: Option<Value>,
    saved: Value,
    pos: usize,
}

pub(super) fn cycle_type() -> ObjRef {
    let ty = make_type(
        "cycle",
        "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.",
        cycle_new,
        cycle_next,
    );
    add_pickling(&ty, cycle_reduce, cycle_setstate);
    ty
}

fn cycle_new(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    clinic::positional_only(vm, "cycle", a.len() - 1, kw, 1, 1)?;
    let it = vm.iter(&a[1])?;
    alloc(
        vm,
        &a[0],
        &it_types().cycle,
        Cycle {
            it: Some(it),
            saved: new_list(vec![]),
            pos: 0,
        },
    )
}

fn list_of(v: &Value) -> Option<&weft_vm::owner_bias::OwnedRwLock<Vec<Value>>> {
    match v.payload() {
        Some(Payload::List(l)) => Some(l),
        _ => None,
    }
}

fn cycle_next(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let it = it_of::<Cycle>(vm, &a[0], "cycle")?;
    let g = it.lock(vm);
    item_or_stop(vm, cycle_step(vm, it, &g))
}

fn cycle_step(vm: &Vm, it: &It<Cycle>, g: &IterGuard<'_>) -> PyResult<Option<Value>> {
    let (src, saved) = it.with(vm, g, |s| (s.it.clone(), s.saved.clone()))?;
    let Some(list) = list_of(&saved) else {
        return Ok(None);
    };
    if let Some(src) = src {
        if let Some(v) = vm.next(&src)? {
            list.write().push(v.clone());
            return Ok(Some(v));
        }
        it.with(vm, g, |s| s.it = None)?;
    }
    let items = list.read();
    if items.is_empty() {
        return Ok(None);
    }
    it.with(vm, g, |s| {
        let pos = if s.pos < items.len() { s.pos } else { 0 };
        s.pos = if pos + 1 >= items.len() { 0 } else { pos + 1 };
        Some(items[pos].clone())
    })
}

fn cycle_reduce(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let it = it_of::<Cycle>(vm, &a[0], "cycle")?;
    let st = it.locked(vm, |s| {
        vec![opt(&s.it), s.saved.clone(), Value::Int(s.pos as i64)]
    })?;
    Ok(reduce3(a, vec![empty()], st))
}

fn cycle_setstate(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let it = it_of::<Cycle>(vm, &a[0], "cycle")?;
    let st = state_items(vm, a, 3)?;
    let src = unopt(vm, &st[0])?
        .map(|v| iterator_state(vm, &v))
        .transpose()?;
    if list_of(&st[1]).is_none() {
        return Err(vm.type_error("invalid state"));
    }
    let pos = int_state(vm, &st[2], 0)? as usize;
    it.locked(vm, |s| {
        s.it = src;
        s.saved = st[1].clone();
        s.pos = pos;
    })?;
    Ok(Value::None)
}

// ----- repeat ------------------------------------------------------------------------

/// `times` left (-1: endless), counted down atomically: no lock needed.
struct Repeat {
    obj: Value,
    times: AtomicI64,
}

impl weft_vm::payload::Native for Repeat {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

pub(super) fn repeat_type() -> ObjRef {
    let ty = make_type(
        "repeat",
        "repeat(object [,times]) -> create an iterator which returns the object\nfor the specified number of times.  If not specified, returns the object\nendlessly.",
        repeat_new,
        repeat_next,
    );
    add_method(&ty, "__length_hint__", repeat_length_hint);
    add_method(&ty, "__repr__", repeat_repr);
    add_method(&ty, "__reduce__", repeat_reduce);
    ty
}

fn repeat_new(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let v = clinic::bind(vm, "repeat", &a[1..], kw, &["object", "times"], 2, 1)?;
    let obj = v[0].clone().expect("required");
    let times = match &v[1] {
        Some(t) => ssize_index(vm, t)?.max(0),
        None => -1,
    };
    let cls = super::check_cls(vm, &a[0], &it_types().repeat)?;
    let dict = weft_vm::types::typeobj::tdata(cls)
        .has_dict
        .then(weft_vm::new_dict_obj);
    Ok(Value::Obj(ObjRef::new(
        cls.clone(),
        dict,
        Payload::Native(Box::new(Repeat {
            obj,
            times: AtomicI64::new(times),
        })),
    )))
}

fn repeat_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Repeat> {
    v.payload()
        .and_then(|p| p.native::<Repeat>())
        .ok_or_else(|| {
            vm.type_error(format!(
                "descriptor requires a 'itertools.repeat' object but received '{}'",
                vm.type_name(v)
            ))
        })
}

fn repeat_next(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let r = repeat_of(vm, &a[0])?;
    let taken = r
        .times
        .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |t| match t {
            -1 => Some(-1),
            0 => None,
            t => Some(t - 1),
        })
        .is_ok();
    if taken {
        Ok(r.obj.clone())
    } else {
        Err(vm.stop_iteration(Value::None))
    }
}

fn repeat_length_hint(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let r = repeat_of(vm, &a[0])?;
    match r.times.load(Ordering::Relaxed) {
        -1 => Err(vm.type_error("len() of unsized object")),
        t => Ok(Value::Int(t)),
    }
}

fn repeat_repr(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let r = repeat_of(vm, &a[0])?;
    let name = weft_vm::types::typeobj::tdata(weft_vm::vm::type_of(&a[0]))
        .name
        .read()
        .clone();
    let obj = vm.repr(&r.obj)?;
    Ok(new_str(match r.times.load(Ordering::Relaxed) {
        -1 => format!("{name}({obj})"),
        t => format!("{name}({obj}, {t})"),
    }))
}

/// `(type, (object,))`, or `(type, (object, times))`, as CPython's.
fn repeat_reduce(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let r = repeat_of(vm, &a[0])?;
    let args = match r.times.load(Ordering::Relaxed) {
        -1 => vec![r.obj.clone()],
        t => vec![r.obj.clone(), Value::Int(t)],
    };
    Ok(new_tuple(vec![super::cls_of(a), new_tuple(args)]))
}

// ----- accumulate --------------------------------------------------------------------

struct Accumulate {
    it: Value,
    func: Value,
    total: Option<Value>,
    initial: Option<Value>,
}

pub(super) fn accumulate_type() -> ObjRef {
    let ty = make_type(
        "accumulate",
        "Return series of accumulated sums (or other binary function results).",
        accumulate_new,
        accumulate_next,
    );
    add_pickling(&ty, accumulate_reduce, accumulate_setstate);
    ty
}

fn accumulate_new(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let v = clinic::bind(
        vm,
        "accumulate",
        &a[1..],
        kw,
        &["iterable", "func", "initial"],
        2,
        1,
    )?;
    let it = vm.iter(v[0].as_ref().expect("required"))?;
    alloc(
        vm,
        &a[0],
        &it_types().accumulate,
        Accumulate {
            it,
            func: v[1].clone().unwrap_or(Value::None),
            total: None,
            initial: v[2].clone().filter(|i| !i.is_none()),
        },
    )
}

fn accumulate_next(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let it = it_of::<Accumulate>(vm, &a[0], "accumulate")?;
    let g = it.lock(vm);
    item_or_stop(vm, accumulate_step(vm, it, &g))
}

fn accumulate_step(vm: &Vm, it: &It<Accumulate>, g: &IterGuard<'_>) -> PyResult<Option<Value>> {
    let (src, func, total) = match it.with(vm, g, |s| match s.initial.take() {
        Some(i) => {
            s.total = Some(i.clone());
            Err(i)
        }
        None => Ok((s.it.clone(), s.func.clone(), s.total.clone())),
    })? {
        Ok(x) => x,
        Err(initial) => return Ok(Some(initial)),
    };
    let Some(v) = vm.next(&src)? else {
        return Ok(None);
    };
    let total = match total {
        None => v,
        Some(t) if func.is_none() => {
            weft_vm::ops::binary_op(vm, &t, &v, weft_compiler::opcode::binop::ADD)?
        }
        Some(t) => vm.call(&func, &[t, v])?,
    };
    it.with(vm, g, |s| s.total = Some(total.clone()))?;
    Ok(Some(total))
}

fn accumulate_reduce(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let it = it_of::<Accumulate>(vm, &a[0], "accumulate")?;
    let st = it.locked(vm, |s| {
        vec![s.it.clone(), s.func.clone(), opt(&s.total), opt(&s.initial)]
    })?;
    Ok(reduce3(a, vec![empty()], st))
}

fn accumulate_setstate(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let it = it_of::<Accumulate>(vm, &a[0], "accumulate")?;
    let st = state_items(vm, a, 4)?;
    let src = iterator_state(vm, &st[0])?;
    let (total, initial) = (unopt(vm, &st[2])?, unopt(vm, &st[3])?);
    it.locked(vm, |s| {
        s.it = src;
        s.func = st[1].clone();
        s.total = total;
        s.initial = initial;
    })?;
    Ok(Value::None)
}

// ----- chain -------------------------------------------------------------------------

/// The iterator of iterables (`source`, None once it is exhausted) and the one being
/// read (`active`).
struct Chain {
    source: Option<Value>,
    active: Option<Value>,
}

pub(super) fn chain_type() -> ObjRef {
    let ty = make_type(
        "chain",
        "chain(*iterables) --> chain object\n\nReturn a chain object whose .__next__() method returns elements from the\nfirst iterable until it is exhausted, then elements from the next\niterable, until all of the iterables are exhausted.",
        chain_new,
        chain_next,
    );
    weft_vm::types::add_classmethod(&ty, "from_iterable", chain_from_iterable);
    add_pickling(&ty, chain_reduce, chain_setstate);
    add_class_getitem(&ty);
    ty
}

fn chain_new(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    clinic::no_keywords(vm, "chain", kw)?;
    let source = vm.iter(&new_tuple(a[1..].to_vec()))?;
    alloc(
        vm,
        &a[0],
        &it_types().chain,
        Chain {
            source: Some(source),
            active: None,
        },
    )
}

fn chain_from_iterable(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    clinic::method_args(vm, "chain.from_iterable", a, kw, 1, 1)?;
    let source = vm.iter(&a[1])?;
    alloc(
        vm,
        &a[0],
        &it_types().chain,
        Chain {
            source: Some(source),
            active: None,
        },
    )
}

fn chain_next(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let it = it_of::<Chain>(vm, &a[0], "chain")?;
    let g = it.lock(vm);
    item_or_stop(vm, chain_step(vm, it, &g))
}

fn chain_step(vm: &Vm, it: &It<Chain>, g: &IterGuard<'_>) -> PyResult<Option<Value>> {
    loop {
        let (active, source) = it.with(vm, g, |s| (s.active.clone(), s.source.clone()))?;
        if let Some(active) = active {
            if let Some(v) = vm.next(&active)? {
                return Ok(Some(v));
            }
            it.with(vm, g, |s| s.active = None)?;
        }
        let Some(source) = source else {
            return Ok(None);
        };
        let Some(next) = vm.next(&source)? else {
            it.with(vm, g, |s| s.source = None)?;
            return Ok(None);
        };
        let active = vm.iter(&next)?;
        it.with(vm, g, |s| s.active = Some(active))?;
    }
}

fn chain_reduce(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let it = it_of::<Chain>(vm, &a[0], "chain")?;
    let st = it.locked(vm, |s| vec![opt(&s.source), opt(&s.active)])?;
    Ok(reduce3(a, vec![], st))
}

fn chain_setstate(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let it = it_of::<Chain>(vm, &a[0], "chain")?;
    let st = state_items(vm, a, 2)?;
    let source = unopt(vm, &st[0])?
        .map(|v| iterator_state(vm, &v))
        .transpose()?;
    let active = unopt(vm, &st[1])?
        .map(|v| iterator_state(vm, &v))
        .transpose()?;
    it.locked(vm, |s| {
        s.source = source;
        s.active = active;
    })?;
    Ok(Value::None)
}

// ----- islice ------------------------------------------------------------------------

/// CPython's islice state: the source (None once exhausted), the index of the next
/// item to give (`next`), `stop` (None: no end), `step`, and how many items have been
/// read (`cnt`).
struct Islice {
    it: Option<Value>,
    next: i64,
    stop: Option<i64>,
    step: i64,
    cnt: i64,
}

pub(super) fn islice_type() -> ObjRef {
    let ty = make_type(
        "islice",
        "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object\n\nReturn an iterator whose next() method returns selected values from an\niterable.  If start is specified, will skip all preceding elements;\notherwise, start defaults to zero.  Step defaults to one.  If\nspecified as another value, step determines how many values are\nskipped between successive calls.  Works like a slice() on a list\nbut returns an iterator.",
        islice_new,
        islice_next,
    );
    add_pickling(&ty, islice_reduce, islice_setstate);
    ty
}

/// An islice() argument as a C Py_ssize_t, or -1 (refused) when it is not an integer
/// or does not fit (CPython turns the OverflowError into islice's ValueError).
fn islice_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    match super::index(vm, v) {
        Ok(Some(i)) => Ok(i),
        Ok(None) => Ok(-1),
        Err(e) if vm.err_matches(&e, "TypeError") => Ok(-1),
        Err(e) => Err(e),
    }
}

fn islice_new(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let args = &a[1..];
    let n = args.len();
    clinic::positional_only(vm, "islice", n, kw, 2, 4)?;
    let stop_arg = if n == 2 { &args[1] } else { &args[2] };
    let stop = if stop_arg.is_none() {
        None
    } else {
        let s = islice_arg(vm, stop_arg)?;
        if s < 0 {
            return Err(vm.value_error(
                "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
            ));
        }
        Some(s)
    };
    let (mut start, mut step) = (0, 1);
    if n > 2 {
        if !args[1].is_none() {
            start = islice_arg(vm, &args[1])?;
            if start < 0 {
                return Err(vm.value_error(
                    "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
                ));
            }
        }
        if n == 4 && !args[3].is_none() {
            step = islice_arg(vm, &args[3])?;
            if step < 1 {
                return Err(vm.value_error("Step for islice() must be a positive integer or None."));
            }
        }
    }
    let it = vm.iter(&args[0])?;
    alloc(
        vm,
        &a[0],
        &it_types().islice,
        Islice {
            it: Some(it),
            next: start,
            stop,
            step,
            cnt: 0,
        },
    )
}

fn islice_next(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let it = it_of::<Islice>(vm, &a[0], "islice")?;
    let g = it.lock(vm);
    item_or_stop(vm, islice_step(vm, it, &g))
}

/// CPython's islice_next: the source is dropped when it ends or fails.
fn islice_step(vm: &Vm, it: &It<Islice>, g: &IterGuard<'_>) -> PyResult<Option<Value>> {
    let Some((src, stop)) = it.with(vm, g, |s| s.it.clone().map(|i| (i, s.stop)))? else {
        return Ok(None);
    };
    let end = |r: PyResult<Option<Value>>| -> PyResult<Option<Value>> {
        it.with(vm, g, |s| s.it = None)?;
        r.map(|_| None)
    };
    loop {
        let (cnt, next) = it.with(vm, g, |s| (s.cnt, s.next))?;
        if cnt >= next {
            if stop.is_some_and(|stop| cnt >= stop) {
                return end(Ok(None));
            }
            break;
        }
        match vm.next(&src) {
            Ok(Some(_)) => it.with(vm, g, |s| s.cnt += 1)?,
            r => return end(r),
        }
    }
    let v = match vm.next(&src) {
        Ok(Some(v)) => v,
        r => return end(r),
    };
    it.with(vm, g, |s| {
        s.cnt += 1;
        let next = s.next.checked_add(s.step);
        s.next = match (next, s.stop) {
            (Some(n), Some(stop)) if n > stop => stop,
            (Some(n), _) => n,
            (None, stop) => stop.unwrap_or(i64::MAX),
        };
    })?;
    Ok(Some(v))
}

fn islice_reduce(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let it = it_of::<Islice>(vm, &a[0], "islice")?;
    let st = it.locked(vm, |s| {
        vec![
            opt(&s.it),
            Value::Int(s.next),
            s.stop.map_or(Value::None, Value::Int),
            Value::Int(s.step),
            Value::Int(s.cnt),
        ]
    })?;
    Ok(reduce3(a, vec![empty(), Value::Int(0)], st))
}

fn islice_setstate(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let it = it_of::<Islice>(vm, &a[0], "islice")?;
    let st = state_items(vm, a, 5)?;
    let src = unopt(vm, &st[0])?
        .map(|v| iterator_state(vm, &v))
        .transpose()?;
    let next = int_state(vm, &st[1], 0)?;
    let stop = if st[2].is_none() {
        None
    } else {
        Some(int_state(vm, &st[2], 0)?)
    };
    let step = int_state(vm, &st[3], 1)?;
    let cnt = int_state(vm, &st[4], 0)?;
    it.locked(vm, |s| {
        *s = Islice {
            it: src,
            next,
            stop,
            step,
            cnt,
        }
    })?;
    Ok(Value::None)
}

// ----- pairwise ----------------------------------------------------------------------

struct Pairwise {
    it: Option<Value>,
    old: Option<Value>,
}

pub(super) fn pairwise_type() -> ObjRef {
    let ty = make_type(
        "pairwise",
        "Return an iterator of overlapping pairs taken from the input iterator.\n\n    s -> (s0,s1), (s1,s2), (s2, s3), ...",
        pairwise_new,
        pairwise_next,
    );
    // CPython 3.11's pairwise never pickled (nor copied).
    add_method(&ty, "__reduce__", |vm, _a, _kw| {
        Err(vm.type_error("cannot pickle 'itertools.pairwise' object"))
    });
    ty
}

fn pairwise_new(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    clinic::positional_only(vm, "pairwise", a.len() - 1, kw, 1, 1)?;
    let it = vm.iter(&a[1])?;
    alloc(
        vm,
        &a[0],
        &it_types().pairwise,
        Pairwise {
            it: Some(it),
            old: None,
        },
    )
}

/// CPython's pairwise_next: the first item is kept as soon as it is read; the source
/// is dropped when it ends or fails.
fn pairwise_next(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let it = it_of::<Pairwise>(vm, &a[0], "pairwise")?;
    let g = it.lock(vm);
    let Some((src, old)) = it.with(vm, &g, |s| s.it.clone().map(|i| (i, s.old.clone())))? else {
        return Err(vm.stop_iteration(Value::None));
    };
    let end = |r: PyResult<Option<Value>>| -> PyResult<Value> {
        it.with(vm, &g, |s| {
            s.it = None;
            s.old = None;
        })?;
        r?;
        Err(vm.stop_iteration(Value::None))
    };
    let old = match old {
        Some(o) => o,
        None => match vm.next(&src) {
            Ok(Some(o)) => {
                it.with(vm, &g, |s| s.old = Some(o.clone()))?;
                o
            }
            r => return end(r),
        },
    };
    let new = match vm.next(&src) {
        Ok(Some(v)) => v,
        r => return end(r),
    };
    it.with(vm, &g, |s| s.old = Some(new.clone()))?;
    Ok(weft_vm::new_tuple_of([old, new]))
}

// ----- zip_longest -------------------------------------------------------------------

/// The sources (None for one exhausted), how many are still active, the fill value.
struct ZipLongest {
    its: Vec<Option<Value>>,
    active: usize,
    fill: Value,
}

pub(super) fn zip_longest_type() -> ObjRef {
    let ty = make_type(
        "zip_longest",
        "zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object\n\nReturn a zip_longest object whose .__next__() method returns a tuple where\nthe i-th element comes from the i-th iterable argument.  The .__next__()\nmethod continues until the longest iterable in the argument sequence\nis exhausted and then it raises StopIteration.  When the shorter iterables\nare exhausted, the fillvalue is substituted in their place.  The fillvalue\ndefaults to None or can be specified by a keyword argument.\n",
        zip_longest_new,
        zip_longest_next,
    );
    add_pickling(&ty, zip_longest_reduce, zip_longest_setstate);
    ty
}

fn zip_longest_new(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let mut fill = Value::None;
    if !kw.is_empty() {
        if kw.len() == 1 && weft_vm::builtins::str_arg(&kw[0].0) == Some("fillvalue") {
            fill = kw[0].1.clone();
        } else {
            return Err(vm.type_error("zip_longest() got an unexpected keyword argument"));
        }
    }
    let its = a[1..]
        .iter()
        .map(|x| vm.iter(x).map(Some))
        .collect::<PyResult<Vec<_>>>()?;
    let active = its.len();
    alloc(
        vm,
        &a[0],
        &it_types().zip_longest,
        ZipLongest { its, active, fill },
    )
}

fn zip_longest_next(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let it = it_of::<ZipLongest>(vm, &a[0], "zip_longest")?;
    let g = it.lock(vm);
    let Some((n, fill)) = it.with(vm, &g, |s| {
        (!s.its.is_empty() && s.active > 0).then(|| (s.its.len(), s.fill.clone()))
    })?
    else {
        return Err(vm.stop_iteration(Value::None));
    };
    let mut result = Vec::with_capacity(n);
    for i in 0..n {
        let Some(src) = it.with(vm, &g, |s| s.its.get(i).cloned().flatten())? else {
            result.push(fill.clone());
            continue;
        };
        match vm.next(&src)? {
            Some(v) => result.push(v),
            None => {
                let done = it.with(vm, &g, |s| {
                    s.active -= 1;
                    if s.active == 0 {
                        s.its.clear();
                        true
                    } else {
                        if let Some(slot) = s.its.get_mut(i) {
                            *slot = None;
                        }
                        false
                    }
                })?;
                if done {
                    return Err(vm.stop_iteration(Value::None));
                }
                result.push(fill.clone());
            }
        }
    }
    Ok(new_tuple(result))
}

fn zip_longest_reduce(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let it = it_of::<ZipLongest>(vm, &a[0], "zip_longest")?;
    let st = it.locked(vm, |s| {
        vec![
            new_tuple(s.its.iter().map(opt).collect()),
            Value::Int(s.active as i64),
            s.fill.clone(),
        ]
    })?;
    Ok(reduce3(a, vec![], st))
}

fn zip_longest_setstate(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let it = it_of::<ZipLongest>(vm, &a[0], "zip_longest")?;
    let st = state_items(vm, a, 3)?;
    let its = super::tuple_items(vm, &st[0])?
        .iter()
        .map(|v| unopt(vm, v)?.map(|v| iterator_state(vm, &v)).transpose())
        .collect::<PyResult<Vec<_>>>()?;
    let active = int_state(vm, &st[1], 0)? as usize;
    if active > its.iter().filter(|i| i.is_some()).count() {
        return Err(vm.type_error("invalid state"));
    }
    it.locked(vm, |s| {
        *s = ZipLongest {
            its,
            active,
            fill: st[2].clone(),
        }
    })?;
    Ok(Value::None)
}
