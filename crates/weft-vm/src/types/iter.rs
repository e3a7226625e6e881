//! Built-in iterator objects (`iter(list)`, `range` iterators, dict views, `enumerate`,
//! `zip`, `map`, `filter`, `reversed`, `iter(callable, sentinel)`)
//! (<https://docs.python.org/3.11/library/stdtypes.html#iterator-types>).
//! Iterator state is atomic or locked, so sharing an iterator between threads is safe.

use crate::new_tuple_of;
use crate::object::ObjRef;
use crate::types::iter_lock::{IterCell, IterLock};
use crate::value::Value;
use parking_lot::Mutex;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicUsize};

/// A big-int range iterator's state: the next value, the end and the step.
pub struct BigRangeState {
    pub cur: Mutex<Value>,
    pub stop: Value,
    pub step: Value,
}

/// An iterator's state, held in its object's payload without a box (one allocation per
/// `for` loop over a list; measured 2 allocations cost ~45 instructions per loop).
pub enum IterData {
    /// list, tuple, str, bytes, bytearray iteration by index. The step of a list or
    /// tuple (`next_list_or_tuple`) advances `idx` with a plain load and store when its
    /// thread has the object to itself (the list's owner-biased lock held as owner, or
    /// for a tuple the iterator's own `bias`), and with an atomic add otherwise: an
    /// atomic read-modify-write waits for every store before it to reach the cache,
    /// which cost `[x for x in l]` a third of its time (the list's appends were still
    /// in flight).
    Seq {
        seq: ObjRef,
        idx: AtomicUsize,
        bias: OwnerBias,
    },
    /// A range of machine ints: the next value `cur`, and the range's `start` (the
    /// first value: `__reduce__` and `__setstate__` count from it, as CPython's
    /// index does).
    Range {
        cur: AtomicI64,
        start: i64,
        stop: i64,
        step: i64,
    },
    /// Big-int ranges (boxed: the one large state; the others fit in 40 bytes).
    BigRange(Box<BigRangeState>),
    /// Dict/set iteration: `kind` 0 keys, 1 values, 2 items.
    /// `left` counts the items still expected ("keys changed during iteration").
    Dict {
        dict: ObjRef,
        pos: AtomicUsize,
        kind: u8,
        len0: usize,
        left: AtomicUsize,
    },
    /// `iter(func, sentinel)`: a step holds `lock` from the call to the comparison, so
    /// threads sharing the iterator get nothing past the sentinel.
    Callable {
        func: Value,
        sentinel: Value,
        done: AtomicBool,
        lock: IterLock,
    },
    /// `count` is the next index; its lock is held across the source's step, so an
    /// item and its index are taken together.
    Enumerate {
        iter: Value,
        count: IterCell<Value>,
    },
    /// Over two or more iterators, a step holds `lock` while it reads them all, so
    /// threads sharing the zip get whole tuples (as under CPython's GIL).
    Zip {
        iters: Vec<Value>,
        /// `strict=True`; `__setstate__` (pickle, copy) can set it afterwards.
        strict: AtomicBool,
        lock: IterLock,
    },
    /// As `Zip`: `lock` is held while a step reads two or more iterators.
    Map {
        func: Value,
        iters: Vec<Value>,
        lock: IterLock,
    },
    Filter {
        func: Value,
        iter: Value,
    },
    /// `idx` is the next index: -1 once the items are all handed out (the sequence
    /// still held, as CPython's `__reduce__` shows), -2 once a `next` found none (CPython
    /// lets go of the sequence then).
    Reversed {
        seq: Value,
        idx: AtomicI64,
    },
    /// Objects that only define `__getitem__`.
    GetItem {
        obj: Value,
        idx: AtomicI64,
        done: AtomicBool,
    },
}

use crate::owner_bias::OwnerBias;
use crate::payload::Payload;

impl IterData {
    /// The state of an iterator over `seq` by index, from its first item.
    pub fn seq(seq: ObjRef) -> IterData {
        IterData::Seq {
            seq,
            idx: AtomicUsize::new(0),
            bias: OwnerBias::new(),
        }
    }

    /// The state of an iterator over `range(start, stop, step)` (machine ints).
    pub fn range(start: i64, stop: i64, step: i64) -> IterData {
        IterData::Range {
            cur: AtomicI64::new(start),
            start,
            stop,
            step,
        }
    }
}

/// Whether `dict` is a `collections.OrderedDict` (a library class in weft, standing in
/// for CPython's C type under that name), whose iterators word their errors as
/// CPython's do: any insertion or deletion "mutated" it.
#[cold]
fn is_ordered_dict(dict: &ObjRef) -> bool {
    crate::types::typeobj::mro(&dict.class).iter().any(|t| {
        let Some(Payload::Dict(d)) = t.dict.as_ref().map(|d| &d.payload) else {
            return false;
        };
        let k = crate::intern("__weft_tpname__");
        d.get_str(&k, crate::str_hash(&k)).is_some_and(|v| {
            matches!(v.payload(), Some(Payload::Str(s)) if s.as_str() == "collections.OrderedDict")
        })
    })
}
use crate::types::types;
use crate::vm::Vm;
use crate::{new_tuple, ObjRef as Obj, PyResult};
use std::sync::atomic::Ordering;

pub fn new_iter(d: IterData) -> Value {
    Value::Obj(Obj::new(types().iterator.clone(), None, Payload::Iter(d)))
}

/// An iterator object of class `cls` (built-in iterators are named as in CPython).
pub fn new_iter_of(cls: &Obj, d: IterData) -> Value {
    Value::Obj(Obj::new(cls.clone(), None, Payload::Iter(d)))
}

/// The class and state of the iterator of a list, a tuple or a range of machine ints
/// (or an instance of a subclass): the commonest iterables, which `get_iter` tries
/// before `builtin_iter`'s general dispatch.
#[inline(always)]
fn seq_iter_data(o: &Obj) -> Option<(&'static Obj, IterData)> {
    let t = crate::types::seq::iter_types();
    let seq = || IterData::seq(o.clone());
    match &o.payload {
        Payload::List(_) => Some((&t.list, seq())),
        Payload::Tuple(_) => Some((&t.tuple, seq())),
        Payload::Range(r) => match (&r[0], &r[1], &r[2]) {
            (Value::Int(a), Value::Int(b), Value::Int(c)) => {
                Some((&t.range, IterData::range(*a, *b, *c)))
            }
            _ => None,
        },
        _ => None,
    }
}

/// The iterator a built-in container (or an instance of a subclass) hands out.
pub fn builtin_iter(o: &Obj) -> Option<Value> {
    if let Some((cls, d)) = seq_iter_data(o) {
        return Some(new_iter_of(cls, d));
    }
    let t = crate::types::seq::iter_types();
    let seq = |cls: &Obj| Some(new_iter_of(cls, IterData::seq(o.clone())));
    let dict = |cls: &Obj, dict: &Obj, kind: u8, n: usize| {
        Some(new_iter_of(
            cls,
            IterData::Dict {
                dict: dict.clone(),
                pos: AtomicUsize::new(0),
                kind,
                len0: n,
                left: AtomicUsize::new(n),
            },
        ))
    };
    match &o.payload {
        // A subclass instance is not a compact ASCII string in CPython: `str_iterator`.
        Payload::Str(s) => seq(if s.is_ascii() && o.class.ptr_eq(&types().str) {
            &t.str_ascii
        } else {
            &t.str
        }),
        Payload::Bytes(_) => seq(&t.bytes),
        Payload::ByteArray(_) => seq(&t.bytearray),
        Payload::Dict(d) => dict(&t.dict_keys, o, 0, d.len()),
        Payload::Set(s) => dict(&t.set, o, 0, s.len()),
        Payload::DictView(dv) => {
            let n = match &dv.0.payload {
                Payload::Dict(d) => d.len(),
                _ => 0,
            };
            let cls = match dv.1 {
                0 => &t.dict_keys,
                1 => &t.dict_values,
                _ => &t.dict_items,
            };
            dict(cls, &dv.0, dv.1, n)
        }
        // (A range of machine ints was `seq_iter_data`'s.)
        Payload::Range(r) => Some(new_iter_of(
            &t.longrange,
            IterData::BigRange(Box::new(BigRangeState {
                cur: Mutex::new(r[0].clone()),
                stop: r[1].clone(),
                step: r[2].clone(),
            })),
        )),
        _ => None,
    }
}

/// `iter(v)`.
pub fn get_iter(vm: &Vm, v: &Value) -> PyResult<Value> {
    if let Value::Obj(o) = v {
        let heap = crate::types::typeobj::tdata(&o.class).heap;
        if !heap {
            // `for x in a_list` (tuples, small ranges) first: the iterator is built here,
            // without `builtin_iter`'s dispatch (two calls and a copy of the payload each).
            if let Some((cls, d)) = seq_iter_data(o) {
                return Ok(Value::Obj(Obj::new(cls.clone(), None, Payload::Iter(d))));
            }
            if let Some(it) = builtin_iter(o) {
                return Ok(it);
            }
            match &o.payload {
                Payload::Iter(_) | Payload::Generator(_) => return Ok(v.clone()),
                _ => {}
            }
        }
    }
    if let Some(f) = vm.lookup_special(v, "__iter__") {
        if f.is_none() {
            return Err(vm.type_error(format!("'{}' object is not iterable", vm.type_name(v))));
        }
        let it = vm.call(&f, &[])?;
        if vm.lookup_special(&it, "__next__").is_none()
            && !matches!(
                it.payload(),
                Some(Payload::Iter(_)) | Some(Payload::Generator(_))
            )
        {
            return Err(vm.type_error(format!(
                "iter() returned non-iterator of type '{}'",
                vm.type_name(&it)
            )));
        }
        return Ok(it);
    }
    if vm.lookup_special(v, "__getitem__").is_some() {
        return Ok(new_iter(IterData::GetItem {
            obj: v.clone(),
            idx: AtomicI64::new(0),
            done: AtomicBool::new(false),
        }));
    }
    Err(vm.type_error(format!("'{}' object is not iterable", vm.type_name(v))))
}

/// `next(it)`: `Ok(None)` when exhausted.
pub fn next(vm: &Vm, it: &Value) -> PyResult<Option<Value>> {
    if let Value::Obj(o) = it {
        match &o.payload {
            // A subclass (of `map`, `zip`, ...) may override `__next__`.
            Payload::Iter(d) if !crate::types::typeobj::tdata(&o.class).heap => {
                return next_builtin(vm, d)
            }
            // a generator's return value only matters to `next(gen)` (builtins.rs)
            Payload::Generator(_) => return crate::types::generator::next_or_none(vm, it),
            Payload::Native(_) if !crate::types::typeobj::tdata(&o.class).heap => {
                if let Some(r) = next_native(vm, it, o) {
                    return r;
                }
            }
            _ => {}
        }
    }
    match vm.call_special(it, "__next__", &[]) {
        Some(Ok(v)) => Ok(Some(v)),
        Some(Err(e)) if vm.err_matches(&e, "StopIteration") => Ok(None),
        Some(Err(e)) => Err(e),
        None => Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it)))),
    }
}

/// An iterator of a native type from a library module (`collections.deque`'s, the csv
/// reader, ...): its `__next__` built-in is called directly, as CPython calls
/// `tp_iternext`, rather than bound to a new method object for every item. None when
/// the type's `__next__` is anything else.
#[inline(never)]
fn next_native(vm: &Vm, it: &Value, o: &Obj) -> Option<PyResult<Option<Value>>> {
    static KEY: std::sync::OnceLock<(Value, i64)> = std::sync::OnceLock::new();
    let (key, hash) = KEY.get_or_init(|| {
        let k = crate::intern("__next__");
        let h = crate::str_hash(&k);
        (k, h)
    });
    let f = crate::types::typeobj::lookup(&o.class, key, *hash)?;
    let Some(Payload::Builtin(b)) = f.payload() else {
        return None;
    };
    // Called with no arguments past `self` and no keywords, which any check allowing
    // zero arguments passes.
    let plain = b.kind == crate::types::function::BuiltinKind::Method
        && b.bound.is_none()
        && b.check.is_none_or(|c| c.min == 0 && !c.new_of);
    if !plain {
        return None;
    }
    Some(match (b.func)(vm, std::slice::from_ref(it), &[]) {
        Ok(v) => Ok(Some(v)),
        Err(e) if vm.err_matches(&e, "StopIteration") => Ok(None),
        Err(e) => Err(e),
    })
}

/// The next item of a tuple iterator. Out of line: inlined into the eval loop, it moved
/// the loop's code enough to make fib 5% slower (same instruction count).
#[inline(never)]
fn next_tuple_item(
    t: &crate::types::tuple::TupleItems,
    idx: &AtomicUsize,
    bias: &OwnerBias,
) -> Option<Value> {
    let owned = bias.acquire_flat();
    let i = advance(idx, owned);
    if owned {
        bias.leave_flat();
    }
    t.get(i).cloned()
}

/// `idx`'s value, advanced by one: with a plain load and store when the caller has the
/// iterator to itself (`exclusive`: no other thread can step it meanwhile), else with an
/// atomic add (see `IterData::Seq`).
#[inline(always)]
fn advance(idx: &AtomicUsize, exclusive: bool) -> usize {
    if exclusive {
        let i = idx.load(Ordering::Relaxed);
        idx.store(i + 1, Ordering::Relaxed);
        i
    } else {
        idx.fetch_add(1, Ordering::Relaxed)
    }
}

/// FOR_ITER's path for an iterator over a list or tuple: `Some(next item or None at
/// the end)`, or `None` for any other iterator (which takes [`next`]).
#[inline(always)]
pub fn next_list_or_tuple(d: &IterData) -> Option<Option<Value>> {
    let IterData::Seq { seq, idx, bias } = d else {
        return None;
    };
    match &seq.payload {
        Payload::List(l) => {
            // Every step of a list iterator advances `idx` under the list's lock, so
            // while this thread holds it as owner (no other thread can hold it in any
            // mode) a plain load and store are enough.
            let g = l.read();
            let i = advance(idx, g.is_owned());
            Some(if i < g.len() {
                Some(g[i].clone())
            } else {
                idx.store(usize::MAX / 2, Ordering::Relaxed);
                None
            })
        }
        Payload::Tuple(t) => Some(next_tuple_item(t, idx, bias)),
        _ => None,
    }
}

/// A step of a dict iterator taken by `FOR_ITER` itself ([`next_dict`]), or of an
/// `enumerate` or two-argument `zip` whose pairs the loop unpacks ([`next_pair`]).
pub enum IterStep {
    /// The key, the value, or a new `(key, value)` tuple.
    Item(Value),
    /// An items iterator's key and value, for a loop that unpacks them at once
    /// (`for k, v in d.items()`): no tuple is made.
    Pair(Value, Value),
    End,
    /// The pair's source raised ([`next_pair`]).
    Raised(crate::PyErr),
}

/// The next step of a dict keys/values/items iterator, under one read of the dict's
/// lock, cloning only what is handed out; `pair` asks for an item as a [`IterStep::Pair`].
/// `None` (nothing done) for anything [`next_builtin`] must judge: a set, a dict whose
/// size changed, an iterator that has handed out all it expected.
#[inline]
pub fn next_dict(vm: &Vm, d: &IterData, pair: bool) -> Option<IterStep> {
    let IterData::Dict {
        dict,
        pos,
        kind,
        len0,
        left,
    } = d
    else {
        return if pair { next_pair(vm, d) } else { None };
    };
    let Payload::Dict(dd) = &dict.payload else {
        return None;
    };
    let kind = *kind;
    // The entry is claimed by moving the position past it with a compare-and-swap: an
    // iterator shared by threads hands each entry to one of them (a plain store let two
    // take the same entry, and the count of those left then ran out early).
    let (a, b) = loop {
        if left.load(Ordering::Relaxed) == 0 {
            return None;
        }
        let p = pos.load(Ordering::Acquire);
        let step = dd.iter_step(p, *len0, |e| match kind {
            0 => (e.key.clone(), Value::Null),
            1 => (e.value.clone(), Value::Null),
            _ => (e.key.clone(), e.value.clone()),
        })?;
        let Some((np, item)) = step else {
            return Some(IterStep::End);
        };
        if pos
            .compare_exchange(p, np, Ordering::AcqRel, Ordering::Relaxed)
            .is_ok()
        {
            left.fetch_sub(1, Ordering::Relaxed);
            break item;
        }
    };
    Some(match kind {
        0 | 1 => IterStep::Item(a),
        _ if pair => IterStep::Pair(a, b),
        _ => IterStep::Item(new_tuple_of([a, b])),
    })
}

/// The next pair of `enumerate(it)` or `zip(a, b)` for a loop that unpacks it at once
/// (`for i, x in enumerate(xs)`), as a [`IterStep::Pair`] without the tuple: what
/// [`next_builtin`] does, less the tuple the loop would take apart. `None` (nothing
/// done) for any other iterator, and for a `zip(..., strict=True)`, whose length
/// checks `next_builtin` makes. Out of line, behind [`next_dict`]: FOR_ITER's code for
/// the commoner iterators is laid out as before (inlined, this cost a plain list loop
/// 13%).
#[inline(never)]
fn next_pair(vm: &Vm, d: &IterData) -> Option<IterStep> {
    let r = match d {
        IterData::Enumerate { iter, count } => enumerate_step(vm, iter, count).map(|p| match p {
            Some((n, v)) => IterStep::Pair(n, v),
            None => IterStep::End,
        }),
        IterData::Zip {
            iters,
            strict,
            lock,
        } if iters.len() == 2 && !strict.load(Ordering::Relaxed) => {
            let _g = lock.lock(vm);
            (|| {
                let Some(a) = vm.next(&iters[0])? else {
                    return Ok(IterStep::End);
                };
                // As `next_builtin`: the first iterator's item is dropped when the second
                // is exhausted.
                let Some(b) = vm.next(&iters[1])? else {
                    return Ok(IterStep::End);
                };
                Ok(IterStep::Pair(a, b))
            })()
        }
        _ => return None,
    };
    Some(r.unwrap_or_else(IterStep::Raised))
}

/// `enumerate`'s next (count, item), the count advanced (into a big int past
/// `i64::MAX`); None once the source is exhausted. The count's lock is held from
/// before the source's step until the count has moved on, so threads sharing the
/// iterator never pair an item with another's index. Inlined into both callers:
/// returned through memory, the pair made `for i, x in enumerate(xs)` 20% slower.
#[inline(always)]
fn enumerate_step(
    vm: &Vm,
    iter: &Value,
    count: &IterCell<Value>,
) -> PyResult<Option<(Value, Value)>> {
    let g = count.lock(vm);
    let Some(v) = vm.next(iter)? else {
        return Ok(None);
    };
    let step = count.with(&g, |c| match c {
        Value::Int(i) if *i < i64::MAX => {
            let n = Value::Int(*i);
            *i += 1;
            Some(n)
        }
        _ => None,
    });
    match step {
        Some(Some(n)) => Ok(Some((n, v))),
        Some(None) => enumerate_big(vm, &g, count).map(|n| Some((n, v))),
        None => Err(crate::types::iter_lock::busy_error(vm)),
    }
}

/// [`enumerate_step`]'s count past the machine ints.
#[cold]
#[inline(never)]
fn enumerate_big(
    vm: &Vm,
    g: &crate::types::iter_lock::IterGuard<'_>,
    count: &IterCell<Value>,
) -> PyResult<Value> {
    let busy = || crate::types::iter_lock::busy_error(vm);
    let n = count.with(g, |c| c.clone()).ok_or_else(busy)?;
    let next = crate::ops::binary_op(vm, &n, &Value::Int(1), 0)?;
    count.with(g, |c| *c = next).ok_or_else(busy)?;
    Ok(n)
}

pub fn next_builtin(vm: &Vm, d: &IterData) -> PyResult<Option<Value>> {
    match d {
        IterData::Seq { seq, idx, .. } => {
            if let Some(r) = next_list_or_tuple(d) {
                return Ok(r);
            }
            let i = idx.fetch_add(1, Ordering::Relaxed);
            Ok(match &seq.payload {
                Payload::Str(s) => {
                    if i < s.char_len() {
                        let c = s.char_at(i);
                        let mut b = [0u8; 4];
                        Some(crate::intern_char(c.encode_utf8(&mut b)))
                    } else {
                        None
                    }
                }
                Payload::Bytes(b) => b.get(i).map(|x| Value::Int(*x as i64)),
                Payload::ByteArray(b) => b.read().get(i).map(|x| Value::Int(*x as i64)),
                _ => None,
            })
        }
        IterData::Range {
            cur, stop, step, ..
        } => {
            // One atomic step (threads sharing the iterator each get their own item);
            // a step past the machine-int range ends the iteration at `stop` instead of
            // wrapping around.
            let r = cur.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |c| {
                ((*step > 0 && c < *stop) || (*step < 0 && c > *stop))
                    .then(|| c.checked_add(*step).unwrap_or(*stop))
            });
            Ok(r.ok().map(Value::Int))
        }
        IterData::BigRange(b) => {
            let BigRangeState { cur, stop, step } = &**b;
            let mut g = cur.lock();
            let pos = crate::ops::compare_bool(vm, step, &Value::Int(0), crate::ops::CmpOp::Gt)?;
            let more = if pos {
                crate::ops::compare_bool(vm, &g, stop, crate::ops::CmpOp::Lt)?
            } else {
                crate::ops::compare_bool(vm, &g, stop, crate::ops::CmpOp::Gt)?
            };
            if !more {
                return Ok(None);
            }
            let v = g.clone();
            *g = crate::ops::binary_op(vm, &v, step, 0)?;
            Ok(Some(v))
        }
        IterData::Dict {
            dict,
            pos,
            kind,
            len0,
            left,
        } => {
            if let Payload::Set(s) = &dict.payload {
                if s.len() != *len0 {
                    pos.store(usize::MAX / 2, Ordering::Relaxed);
                    return Err(vm.runtime_error("Set changed size during iteration"));
                }
                // Claimed with a compare-and-swap, as a dict's entry (`next_dict`).
                loop {
                    let p = pos.load(Ordering::Acquire);
                    let Some((np, k)) = s.entry_at(p) else {
                        pos.store(usize::MAX / 2, Ordering::Relaxed);
                        return Ok(None);
                    };
                    if pos
                        .compare_exchange(p, np, Ordering::AcqRel, Ordering::Relaxed)
                        .is_ok()
                    {
                        let _ = left.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |l| {
                            l.checked_sub(1)
                        });
                        return Ok(Some(k));
                    }
                }
            }
            // The usual step, as FOR_ITER takes it; what it declines (a size change, an
            // iterator that has handed out all it expected, a change by another thread
            // in between) is judged below.
            if let Some(step) = next_dict(vm, d, false) {
                return Ok(match step {
                    IterStep::Item(v) => Some(v),
                    IterStep::Pair(k, v) => Some(new_tuple_of([k, v])),
                    IterStep::End => None,
                    IterStep::Raised(e) => return Err(e),
                });
            }
            let Payload::Dict(d) = &dict.payload else {
                return Ok(None);
            };
            if d.len() != *len0 {
                pos.store(usize::MAX / 2, Ordering::Relaxed);
                if !is_ordered_dict(dict) {
                    return Err(vm.runtime_error("dictionary changed size during iteration"));
                }
                // An OrderedDict iterator that has handed out its last key is done
                // before it looks for changes (CPython's holds the next key up front).
                if left.load(Ordering::Relaxed) == 0 {
                    return Ok(None);
                }
                return Err(vm.runtime_error("OrderedDict mutated during iteration"));
            }
            let p = pos.load(Ordering::Relaxed);
            match d.entry_at(p) {
                Some((np, e)) => {
                    if left.load(Ordering::Relaxed) == 0 {
                        pos.store(usize::MAX / 2, Ordering::Relaxed);
                        return Err(vm.runtime_error(if is_ordered_dict(dict) {
                            "OrderedDict mutated during iteration"
                        } else {
                            "dictionary keys changed during iteration"
                        }));
                    }
                    left.fetch_sub(1, Ordering::Relaxed);
                    pos.store(np, Ordering::Relaxed);
                    Ok(Some(match kind {
                        0 => e.key,
                        1 => e.value,
                        _ => new_tuple_of([e.key, e.value]),
                    }))
                }
                None => Ok(None),
            }
        }
        IterData::Callable {
            func,
            sentinel,
            done,
            lock,
        } => {
            let _g = lock.lock(vm);
            if done.load(Ordering::Relaxed) {
                return Ok(None);
            }
            // A StopIteration from the callable ends the iteration, as CPython's.
            let v = match vm.call(func, &[]) {
                Ok(v) => v,
                Err(e) if vm.err_matches(&e, "StopIteration") => {
                    done.store(true, Ordering::Relaxed);
                    return Ok(None);
                }
                Err(e) => return Err(e),
            };
            if vm.eq(&v, sentinel)? {
                done.store(true, Ordering::Relaxed);
                return Ok(None);
            }
            Ok(Some(v))
        }
        IterData::Enumerate { iter, count } => {
            Ok(enumerate_step(vm, iter, count)?.map(|(n, v)| new_tuple_of([n, v])))
        }
        IterData::Zip {
            iters,
            strict,
            lock,
        } => {
            let _g = (iters.len() > 1).then(|| lock.lock(vm));
            let mut out = Vec::with_capacity(iters.len());
            for (i, it) in iters.iter().enumerate() {
                match vm.next(it)? {
                    Some(v) => out.push(v),
                    None => {
                        if strict.load(Ordering::Relaxed) {
                            if i > 0 {
                                let plural = if i == 1 { " " } else { "s 1-" };
                                return Err(vm.value_error(format!(
                                    "zip() argument {} is shorter than argument{}{}",
                                    i + 1,
                                    plural,
                                    i
                                )));
                            }
                            for (j, it2) in iters.iter().enumerate().skip(1) {
                                if vm.next(it2)?.is_some() {
                                    let plural = if j == 1 { " " } else { "s 1-" };
                                    return Err(vm.value_error(format!(
                                        "zip() argument {} is longer than argument{}{}",
                                        j + 1,
                                        plural,
                                        j
                                    )));
                                }
                            }
                        }
                        return Ok(None);
                    }
                }
            }
            if iters.is_empty() {
                return Ok(None);
            }
            Ok(Some(new_tuple(out)))
        }
        IterData::Map { func, iters, lock } => {
            // One source: its step is the map's, and its item is the one argument.
            if let [it] = iters.as_slice() {
                let Some(v) = vm.next(it)? else {
                    return Ok(None);
                };
                return vm.call(func, std::slice::from_ref(&v)).map(Some);
            }
            let mut args = Vec::with_capacity(iters.len());
            {
                let _g = lock.lock(vm);
                for it in iters {
                    match vm.next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
            }
            vm.call(func, &args).map(Some)
        }
        IterData::Filter { func, iter } => loop {
            match vm.next(iter)? {
                Some(v) => {
                    let keep = if func.is_none() {
                        vm.truthy(&v)?
                    } else {
                        vm.truthy(&vm.call(func, std::slice::from_ref(&v))?)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
                None => return Ok(None),
            }
        },
        IterData::Reversed { seq, idx } => {
            let i = idx.fetch_sub(1, Ordering::Relaxed);
            if i < 0 {
                idx.store(-2, Ordering::Relaxed);
                return Ok(None);
            }
            // A list (subclass or not) is read directly, as CPython's list_reverseiterator
            // does; any other sequence through `__getitem__`, until IndexError.
            if let Some(Payload::List(l)) = seq.payload() {
                let g = l.read();
                if (i as usize) < g.len() {
                    return Ok(Some(g[i as usize].clone()));
                }
                drop(g);
                idx.store(-2, Ordering::Relaxed);
                return Ok(None);
            }
            match crate::ops::getitem(vm, seq, &Value::Int(i)) {
                Ok(v) => Ok(Some(v)),
                Err(e)
                    if vm.err_matches(&e, "IndexError") || vm.err_matches(&e, "StopIteration") =>
                {
                    idx.store(-2, Ordering::Relaxed);
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
        IterData::GetItem { obj, idx, done } => {
            if done.load(Ordering::Relaxed) {
                return Ok(None);
            }
            let i = idx.fetch_add(1, Ordering::Relaxed);
            match crate::ops::getitem(vm, obj, &Value::Int(i)) {
                Ok(v) => Ok(Some(v)),
                Err(e)
                    if vm.err_matches(&e, "IndexError") || vm.err_matches(&e, "StopIteration") =>
                {
                    done.store(true, Ordering::Relaxed);
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
    }
}

/// How many items a big-int range iterator has left: `(stop - cur + step - 1) // step`
/// going up, `(cur - stop - step - 1) // -step` going down, never below 0.
fn big_range_left(vm: &Vm, b: &BigRangeState) -> PyResult<Value> {
    use crate::ops::{binary_op, compare_bool, CmpOp};
    use weft_compiler::opcode::binop;
    let cur = b.cur.lock().clone();
    let up = compare_bool(vm, &b.step, &Value::Int(0), CmpOp::Gt)?;
    let (from, to, step) = if up {
        (cur, b.stop.clone(), b.step.clone())
    } else {
        let neg = binary_op(vm, &Value::Int(0), &b.step, binop::SUBTRACT)?;
        (b.stop.clone(), cur, neg)
    };
    if !compare_bool(vm, &from, &to, CmpOp::Lt)? {
        return Ok(Value::Int(0));
    }
    let span = binary_op(vm, &to, &from, binop::SUBTRACT)?;
    let span = binary_op(vm, &span, &step, binop::ADD)?;
    let span = binary_op(vm, &span, &Value::Int(1), binop::SUBTRACT)?;
    binary_op(vm, &span, &step, binop::FLOOR_DIVIDE)
}

/// `__length_hint__` of the built-in iterators: how many items are left.
pub fn length_hint(vm: &Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(Payload::Iter(d)) = args.first().and_then(|a| a.payload()) else {
        return Ok(Value::Int(0));
    };
    if let IterData::BigRange(b) = d {
        return big_range_left(vm, b);
    }
    let n: i64 = match d {
        IterData::Seq { seq, idx, .. } => {
            let i = idx.load(Ordering::Relaxed) as i64;
            // A list's or tuple's iterator reads its length directly, as CPython's do:
            // a subclass's `__len__` (which may itself iterate) is not called.
            let len = match &seq.payload {
                Payload::List(l) => l.read().len(),
                Payload::Tuple(t) => t.len(),
                _ => crate::ops::len(vm, &Value::Obj(seq.clone()))?,
            } as i64;
            (len - i).max(0)
        }
        IterData::Range {
            cur, stop, step, ..
        } => range_items(cur.load(Ordering::Relaxed), *stop, *step) as i64,
        IterData::Dict {
            dict,
            left,
            pos,
            len0,
            ..
        } => {
            // As CPython: nothing is left once the container changed size.
            let now = match &dict.payload {
                Payload::Set(s) => s.len(),
                Payload::Dict(d) => d.len(),
                _ => *len0,
            };
            if pos.load(Ordering::Relaxed) >= usize::MAX / 2 || now != *len0 {
                0
            } else {
                left.load(Ordering::Relaxed) as i64
            }
        }
        IterData::Reversed { seq, idx } => {
            let i = idx.load(Ordering::Relaxed);
            if i < 0 {
                0
            } else {
                let n = match seq.payload() {
                    Some(Payload::List(l)) => l.read().len() as i64,
                    _ => crate::ops::len(vm, seq)? as i64,
                };
                if i >= n {
                    0
                } else {
                    i + 1
                }
            }
        }
        _ => return Ok(crate::types::str_methods::not_implemented()),
    };
    Ok(Value::Int(n))
}

/// The built-in function `name` (`iter`, `reversed`, ...), for `__reduce__` results.
fn builtin_fn(name: &str) -> Value {
    crate::interp::module_get(crate::interp::interp().builtins(), name).unwrap_or(Value::None)
}

fn new_range(r: [Value; 3]) -> Value {
    Value::Obj(Obj::new(types().range.clone(), None, Payload::Range(r)))
}

/// How many items a sequence an iterator walks holds now.
fn seq_len(seq: &Obj) -> usize {
    match &seq.payload {
        Payload::List(l) => l.read().len(),
        Payload::Tuple(t) => t.len(),
        Payload::Str(s) => s.char_len(),
        Payload::Bytes(b) => b.len(),
        Payload::ByteArray(b) => b.read().len(),
        _ => 0,
    }
}

/// `__reduce__` of the built-in iterators, as CPython's: `(iter, (seq,), index)` for a
/// sequence iterator, `(iter, (remaining items,))` for dict and set iterators,
/// `(enumerate, (it, count))`, `(zip, iters)`, `(map, (f, *iters))`, ...: what
/// `copy.copy` and `pickle` rebuild an iterator from. An exhausted sequence iterator
/// reduces to an iterator over an empty one.
pub fn reduce(vm: &Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(it) = args.first() else {
        return Err(vm.type_error("__reduce__ needs an argument"));
    };
    let Some(Payload::Iter(d)) = it.payload() else {
        return Err(vm.type_error(format!(
            "'{}' object is not a built-in iterator",
            vm.type_name(it)
        )));
    };
    let t = crate::types::seq::iter_types();
    let cls = crate::vm::type_of(it);
    let tuple = |items: Vec<Value>| new_tuple(items);
    Ok(match d {
        IterData::Seq { seq, idx, .. } => {
            let i = idx.load(Ordering::Relaxed);
            if i > seq_len(seq) {
                let empty = match &seq.payload {
                    Payload::List(_) => crate::new_list(vec![]),
                    Payload::Str(_) => crate::new_str(""),
                    _ => tuple(vec![]),
                };
                tuple(vec![builtin_fn("iter"), tuple(vec![empty])])
            } else {
                tuple(vec![
                    builtin_fn("iter"),
                    tuple(vec![Value::Obj(seq.clone())]),
                    Value::Int(i as i64),
                ])
            }
        }
        IterData::Range {
            cur,
            start,
            stop,
            step,
            ..
        } => {
            // As CPython 3.11: the range from `start` with the same items, and how many
            // of them were taken.
            let c = cur.load(Ordering::Relaxed);
            let len = range_items(*start, *stop, *step);
            let end = *start as i128 + len as i128 * *step as i128;
            let r = new_range([
                Value::Int(*start),
                crate::new_bigint(num_bigint::BigInt::from(end)),
                Value::Int(*step),
            ]);
            let taken = range_items(*start, c, *step).min(len);
            tuple(vec![
                builtin_fn("iter"),
                tuple(vec![r]),
                Value::Int(taken as i64),
            ])
        }
        IterData::BigRange(b) => {
            let c = b.cur.lock().clone();
            let r = new_range([c, b.stop.clone(), b.step.clone()]);
            tuple(vec![builtin_fn("iter"), tuple(vec![r]), Value::Int(0)])
        }
        IterData::Dict {
            dict, pos, kind, ..
        } => {
            let mut p = pos.load(Ordering::Relaxed);
            let mut rest = Vec::new();
            if p < usize::MAX / 2 {
                match &dict.payload {
                    Payload::Set(s) => {
                        while let Some((np, k)) = s.entry_at(p) {
                            rest.push(k);
                            p = np;
                        }
                    }
                    Payload::Dict(dd) => {
                        while let Some((np, e)) = dd.entry_at(p) {
                            rest.push(match kind {
                                0 => e.key,
                                1 => e.value,
                                _ => tuple(vec![e.key, e.value]),
                            });
                            p = np;
                        }
                    }
                    _ => {}
                }
            }
            tuple(vec![builtin_fn("iter"), tuple(vec![crate::new_list(rest)])])
        }
        IterData::Reversed { seq, idx } => {
            let i = idx.load(Ordering::Relaxed);
            let list = cls.ptr_eq(&t.list_reverse);
            if i < -1 {
                let (f, empty) = if list {
                    ("iter", crate::new_list(vec![]))
                } else {
                    ("reversed", tuple(vec![]))
                };
                tuple(vec![builtin_fn(f), tuple(vec![empty])])
            } else {
                tuple(vec![
                    builtin_fn("reversed"),
                    tuple(vec![seq.clone()]),
                    Value::Int(i),
                ])
            }
        }
        IterData::Callable {
            func,
            sentinel,
            done,
            ..
        } => {
            if done.load(Ordering::Relaxed) {
                tuple(vec![builtin_fn("iter"), tuple(vec![tuple(vec![])])])
            } else {
                tuple(vec![
                    builtin_fn("iter"),
                    tuple(vec![func.clone(), sentinel.clone()]),
                ])
            }
        }
        IterData::Enumerate { iter, count } => tuple(vec![
            Value::Obj(cls.clone()),
            tuple(vec![
                iter.clone(),
                count
                    .locked(vm, |c| c.clone())
                    .ok_or_else(|| crate::types::iter_lock::busy_error(vm))?,
            ]),
        ]),
        IterData::Zip { iters, strict, .. } => {
            let mut r = vec![Value::Obj(cls.clone()), tuple(iters.clone())];
            if strict.load(Ordering::Relaxed) {
                r.push(Value::Bool(true));
            }
            tuple(r)
        }
        IterData::Map { func, iters, .. } => {
            let mut a = vec![func.clone()];
            a.extend(iters.iter().cloned());
            tuple(vec![Value::Obj(cls.clone()), tuple(a)])
        }
        IterData::Filter { func, iter } => tuple(vec![
            Value::Obj(cls.clone()),
            tuple(vec![func.clone(), iter.clone()]),
        ]),
        IterData::GetItem { .. } => {
            return Err(vm.type_error(format!("cannot pickle '{}' object", vm.type_name(it))))
        }
    })
}

/// `zip.__setstate__(strict)`: what pickling a `zip(..., strict=True)` restores.
pub fn zip_setstate(vm: &Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "zip.__setstate__() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    let on = vm.truthy(&args[1])?;
    match args[0].payload() {
        Some(Payload::Iter(IterData::Zip { strict, .. })) => {
            strict.store(on, Ordering::Relaxed);
            Ok(Value::None)
        }
        _ => Err(vm.type_error("descriptor '__setstate__' requires a 'zip' object")),
    }
}

/// `__setstate__(index)` of the sequence and reversed iterators: continue from `index`
/// (clamped to the sequence, as CPython).
pub fn setstate(vm: &Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (Some(it), Some(state)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error("__setstate__ expected 1 argument"));
    };
    let Some(index) = crate::types::seq::index_value(vm, state)? else {
        return Err(vm.type_error("an integer is required"));
    };
    match it.payload() {
        Some(Payload::Iter(IterData::Seq { seq, idx, .. })) => {
            let n = seq_len(seq);
            if idx.load(Ordering::Relaxed) <= n {
                idx.store(index.clamp(0, n as i64) as usize, Ordering::Relaxed);
            }
        }
        Some(Payload::Iter(IterData::Range {
            cur,
            start,
            stop,
            step,
            ..
        })) => {
            // The iterator's position becomes item `index` of its range (clamped to
            // the range), counted from the start as CPython's index is.
            let len = range_items(*start, *stop, *step);
            let i = index.clamp(0, len as i64) as i128;
            let to = *start as i128 + i * *step as i128;
            let to = if *step > 0 {
                to.min(*stop as i128)
            } else {
                to.max(*stop as i128)
            };
            cur.store(to as i64, Ordering::Relaxed);
        }
        Some(Payload::Iter(IterData::Reversed { seq, idx }))
            if idx.load(Ordering::Relaxed) >= -1 =>
        {
            let n = crate::ops::len(vm, seq)? as i64;
            idx.store(index.clamp(-1, n - 1), Ordering::Relaxed);
        }
        _ => {}
    }
    Ok(Value::None)
}

/// The number of items of `range(start, stop, step)` (machine ints, `step` not 0).
fn range_items(start: i64, stop: i64, step: i64) -> u64 {
    let (a, b, c) = (start as i128, stop as i128, step as i128);
    let n = if c > 0 && a < b {
        (b - a + c - 1) / c
    } else if c < 0 && a > b {
        (a - b - c - 1) / -c
    } else {
        0
    };
    n as u64
}
