//! `collections.deque` in Rust (`_weft_collections.deque`): a ring buffer behind one
//! per-object owner-biased lock, so that `append`/`popleft` and the other single
//! operations are atomic across threads as in CPython, without a global lock
//! (<https://docs.python.org/3.11/library/collections.html#collections.deque>).
//! Comparisons, arithmetic, repr and pickling are in `collections_deque/ops.rs`, the
//! iterators in `collections_deque/iter.rs`.

mod iter;
mod ops;

use std::collections::VecDeque;
use std::sync::OnceLock;

use weft_vm::owner_bias::OwnedRwLock;
use weft_vm::payload::{Native, Payload};
use weft_vm::types::number::{as_int, IntRef};
use weft_vm::types::typeobj::{self, tdata, Layout, TypeData};
use weft_vm::types::{add_classmethod, add_method, add_staticmethod, set_type_attr, types};
use weft_vm::{new_str, ObjRef, PyResult, Value, Vm};

pub(crate) use iter::iter_types;

type Kw<'a> = &'a [(Value, Value)];

/// What the lock guards.
pub(crate) struct Inner {
    pub(crate) items: VecDeque<Value>,
    pub(crate) maxlen: Option<usize>,
    /// Advanced by every change of length or order, as CPython's `deque->state`:
    /// iterators and scans that let the lock go compare it to notice a mutation.
    pub(crate) state: u64,
}

impl Inner {
    #[inline]
    fn bump(&mut self) {
        self.state = self.state.wrapping_add(1);
    }

    /// Append on the right; what falls off the left end (maxlen) is returned to be
    /// dropped once the lock is released.
    #[inline]
    pub(crate) fn push_back(&mut self, x: Value) -> Option<Value> {
        self.bump();
        match self.maxlen {
            Some(0) => Some(x),
            Some(m) if self.items.len() >= m => {
                let old = self.items.pop_front();
                self.items.push_back(x);
                old
            }
            _ => {
                self.items.push_back(x);
                None
            }
        }
    }

    #[inline]
    pub(crate) fn push_front(&mut self, x: Value) -> Option<Value> {
        self.bump();
        match self.maxlen {
            Some(0) => Some(x),
            Some(m) if self.items.len() >= m => {
                let old = self.items.pop_back();
                self.items.push_front(x);
                old
            }
            _ => {
                self.items.push_front(x);
                None
            }
        }
    }
}

pub(crate) struct Deque {
    pub(crate) inner: OwnedRwLock<Inner>,
}

impl Native for Deque {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl Deque {
    fn new(items: VecDeque<Value>, maxlen: Option<usize>) -> Deque {
        Deque {
            inner: OwnedRwLock::new(Inner {
                items,
                maxlen,
                state: 0,
            }),
        }
    }

    /// The items, copied under the lock.
    pub(crate) fn snapshot(&self) -> Vec<Value> {
        self.inner.read().items.iter().cloned().collect()
    }

    /// CPython's `__sizeof__`: the object and its 64-slot blocks, counted as for a
    /// deque filled from empty by `extend` (CPython then starts at slot 1 of the first
    /// block).
    pub(crate) fn size(&self) -> i64 {
        const BLOCK: usize = 64 * 8 + 16;
        let n = self.inner.read().items.len();
        (216 + (n + 64) / 64 * BLOCK) as i64
    }

    pub(crate) fn maxlen(&self) -> Option<usize> {
        self.inner.read().maxlen
    }
}

const DOC: &str = "deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints.";

pub(crate) fn deque_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = types();
        // A plain layout, so that Python classes may derive from deque; the instance
        // `__new__` makes carries the native payload.
        let mut td = TypeData::new("deque", vec![t.object.clone()], Layout::Plain, false);
        td.has_dict = false;
        let ty = ObjRef::new_immortal(
            t.type_.clone(),
            Some(weft_vm::new_dict_obj()),
            Payload::Type(Box::new(td)),
        );
        tdata(&ty).mro.set(vec![ty.clone(), t.object.clone()]).ok();
        tdata(&t.object).subclasses.lock().push(ty.clone());
        set_type_attr(&ty, "__module__", new_str("collections"));
        set_type_attr(&ty, "__doc__", new_str(DOC));
        set_type_attr(&ty, "__hash__", Value::None);
        add_staticmethod(&ty, "__new__", deque_new);
        type F = weft_vm::types::function::NativeFn;
        let methods: &[(&'static str, F)] = &[
            ("__init__", deque_init),
            ("append", append),
            ("appendleft", appendleft),
            ("pop", pop),
            ("popleft", popleft),
            ("extend", extend),
            ("extendleft", extendleft),
            ("clear", clear),
            ("copy", ops::copy),
            ("__copy__", ops::copy),
            ("count", count),
            ("index", index),
            ("insert", insert),
            ("remove", remove),
            ("reverse", reverse),
            ("rotate", rotate),
            ("__len__", len),
            ("__getitem__", getitem),
            ("__setitem__", setitem),
            ("__delitem__", delitem),
            ("__contains__", contains),
            ("__iter__", iter::deque_iter),
            ("__reversed__", iter::deque_reversed),
            ("__repr__", ops::repr),
            ("__reduce__", ops::reduce),
            ("__sizeof__", ops::sizeof),
            ("__eq__", ops::eq),
            ("__ne__", ops::ne),
            ("__lt__", ops::lt),
            ("__le__", ops::le),
            ("__gt__", ops::gt),
            ("__ge__", ops::ge),
            ("__add__", ops::add),
            ("__iadd__", ops::iadd),
            ("__mul__", ops::mul),
            ("__rmul__", ops::rmul),
            ("__imul__", ops::imul),
        ];
        for (n, f) in methods {
            add_method(&ty, n, *f);
        }
        add_member(
            &ty,
            "maxlen",
            maxlen_get,
            "maximum size of a deque or None if unbounded",
        );
        add_classmethod(
            &ty,
            "__class_getitem__",
            weft_vm::types::genericalias::class_getitem,
        );
        ty
    })
}

/// A read-only getset descriptor (`deque.maxlen`).
fn add_member(t: &ObjRef, name: &'static str, f: weft_vm::types::function::NativeFn, doc: &str) {
    let kind = weft_vm::types::function::BuiltinKind::Function;
    let get = weft_vm::types::native(name, f, kind, None, Some(t.clone()));
    let d = ObjRef::new_immortal(
        types().getset_descriptor.clone(),
        None,
        Payload::Property(Box::new([get, Value::None, Value::None, new_str(doc)])),
    );
    set_type_attr(t, name, Value::Obj(d));
}

/// The deque `v` is (a deque or an instance of a subclass).
#[inline]
pub(crate) fn deque_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Deque> {
    v.payload()
        .and_then(|p| p.native::<Deque>())
        .ok_or_else(|| vm.type_error("descriptor requires a 'collections.deque' object"))
}

/// `sys.getsizeof`'s size of a deque (less the GC header), None for anything else.
pub(crate) fn size_of(o: &ObjRef) -> Option<i64> {
    o.payload.native::<Deque>().map(Deque::size)
}

pub(crate) fn is_deque(v: &Value) -> bool {
    v.payload().and_then(|p| p.native::<Deque>()).is_some()
}

fn no_kw(vm: &Vm, name: &str, kw: Kw) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{name}() takes no keyword arguments")))
    }
}

/// Keywords refused and `min..=max` arguments after self, with CPython's messages
/// (`deque.pop() takes no arguments (1 given)`, `deque.rotate expected at most 1 argument, got 2`).
/// Inlined: the check is two compares; the message is built out of line.
#[inline(always)]
pub(crate) fn args(
    vm: &Vm,
    name: &str,
    a: &[Value],
    kw: Kw,
    min: usize,
    max: usize,
) -> PyResult<()> {
    let n = a.len().wrapping_sub(1);
    if kw.is_empty() && n >= min && n <= max {
        return Ok(());
    }
    Err(args_error(
        vm,
        name,
        a.len().saturating_sub(1),
        kw,
        min,
        max,
    ))
}

#[cold]
#[inline(never)]
fn args_error(vm: &Vm, name: &str, n: usize, kw: Kw, min: usize, max: usize) -> weft_vm::PyErr {
    if !kw.is_empty() {
        return vm.type_error(format!("{name}() takes no keyword arguments"));
    }
    vm.type_error(match (min, max) {
        (0, 0) => format!("{name}() takes no arguments ({n} given)"),
        (1, 1) => format!("{name}() takes exactly one argument ({n} given)"),
        (a, _) if n < a => format!(
            "{name} expected at least {a} argument{}, got {n}",
            if a == 1 { "" } else { "s" }
        ),
        (_, b) => format!(
            "{name} expected at most {b} argument{}, got {n}",
            if b == 1 { "" } else { "s" }
        ),
    })
}

/// `deque.__new__(cls, ...)`: an empty deque of class `cls` (arguments are `__init__`'s).
fn deque_new(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = a.first() else {
        return Err(vm.type_error("deque.__new__(X): X is not a type object"));
    };
    if !matches!(cls.payload, Payload::Type(_)) {
        return Err(vm.type_error("deque.__new__(X): X is not a type object"));
    }
    if !typeobj::is_subtype(cls, deque_type()) {
        return Err(vm.type_error(format!(
            "deque.__new__({}): {} is not a subtype of collections.deque",
            tdata(cls).name.read(),
            tdata(cls).name.read()
        )));
    }
    Ok(new_deque_of(cls, VecDeque::new(), None))
}

pub(crate) fn new_deque_of(cls: &ObjRef, items: VecDeque<Value>, maxlen: Option<usize>) -> Value {
    let dict = tdata(cls).has_dict.then(weft_vm::new_dict_obj);
    Value::Obj(ObjRef::new(
        cls.clone(),
        dict,
        Payload::Native(Box::new(Deque::new(items, maxlen))),
    ))
}

/// `deque(iterable=(), maxlen=None)`: CPython's argument parser's messages.
fn deque_init(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let d = deque_of(vm, &a[0])?;
    let pos = &a[1..];
    let n = pos.len() + kw.len();
    if n > 2 {
        return Err(vm.type_error(format!("deque() takes at most 2 arguments ({n} given)")));
    }
    let mut got: [Option<Value>; 2] = [pos.first().cloned(), pos.get(1).cloned()];
    for (k, v) in kw {
        let name = match k.payload() {
            Some(Payload::Str(s)) => s.as_str().to_string(),
            _ => String::new(),
        };
        let i = match name.as_str() {
            "iterable" => 0,
            "maxlen" => 1,
            _ => {
                return Err(vm.type_error(format!(
                    "'{name}' is an invalid keyword argument for deque()"
                )))
            }
        };
        if i < pos.len() {
            return Err(vm.type_error(format!(
                "argument for deque() given by name ('{name}') and position ({})",
                i + 1
            )));
        }
        got[i] = Some(v.clone());
    }
    let maxlen = match &got[1] {
        None | Some(Value::None) => None,
        Some(m) => {
            let m = match as_int(m) {
                Some(IntRef::Small(i)) => i,
                Some(IntRef::Big(b)) => num_traits::ToPrimitive::to_i64(b).ok_or_else(|| {
                    vm.overflow_error("Python int too large to convert to C ssize_t")
                })?,
                None => return Err(vm.type_error("an integer is required")),
            };
            if m < 0 {
                return Err(vm.value_error("maxlen must be non-negative"));
            }
            Some(m as usize)
        }
    };
    let old = {
        let mut g = d.inner.write();
        g.maxlen = maxlen;
        g.bump();
        std::mem::take(&mut g.items)
    };
    drop(old);
    if let Some(it) = &got[0] {
        extend_from(vm, d, it, false)?;
    }
    Ok(Value::None)
}

fn maxlen_get(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(match deque_of(vm, &a[0])?.maxlen() {
        Some(m) => Value::Int(m as i64),
        None => Value::None,
    })
}

fn append(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    args(vm, "deque.append", a, kw, 1, 1)?;
    let d = deque_of(vm, &a[0])?;
    let old = d.inner.write().push_back(a[1].clone());
    drop(old);
    Ok(Value::None)
}

fn appendleft(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    args(vm, "deque.appendleft", a, kw, 1, 1)?;
    let d = deque_of(vm, &a[0])?;
    let old = d.inner.write().push_front(a[1].clone());
    drop(old);
    Ok(Value::None)
}

#[inline(always)]
fn pop_end(vm: &Vm, a: &[Value], kw: Kw, name: &str, left: bool) -> PyResult<Value> {
    args(vm, name, a, kw, 0, 0)?;
    let d = deque_of(vm, &a[0])?;
    let x = {
        let mut g = d.inner.write();
        let x = if left {
            g.items.pop_front()
        } else {
            g.items.pop_back()
        };
        if x.is_some() {
            g.bump();
        }
        x
    };
    match x {
        Some(x) => Ok(x),
        None => Err(empty(vm)),
    }
}

#[cold]
#[inline(never)]
fn empty(vm: &Vm) -> weft_vm::PyErr {
    vm.index_error("pop from an empty deque")
}

fn pop(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    pop_end(vm, a, kw, "deque.pop", false)
}

fn popleft(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    pop_end(vm, a, kw, "deque.popleft", true)
}

/// The items of a list, tuple or deque taken at once (their own `__iter__` cannot be
/// overridden), or None for any other iterable. `into` itself (of any class) is copied
/// first too, as CPython's `d.extend(d)` does.
fn direct_items(into: &Deque, v: &Value) -> Option<Vec<Value>> {
    let o = v.as_obj()?;
    let t = types();
    match &o.payload {
        _ if o
            .payload
            .native::<Deque>()
            .is_some_and(|d| std::ptr::eq(d, into)) =>
        {
            Some(into.snapshot())
        }
        Payload::List(l) if o.class.ptr_eq(&t.list) => Some(l.read().clone()),
        Payload::Tuple(items) if o.class.ptr_eq(&t.tuple) => Some(items.to_vec()),
        _ if o.class.ptr_eq(deque_type()) => o.payload.native::<Deque>().map(Deque::snapshot),
        _ => None,
    }
}

/// `extend`/`extendleft` (and `__init__`): items pushed one at a time as the iterable
/// yields them, as CPython does (an iterable that fails half-way leaves what it gave).
pub(crate) fn extend_from(vm: &Vm, d: &Deque, src: &Value, left: bool) -> PyResult<()> {
    let push = |g: &mut Inner, x: Value| {
        if left {
            g.push_front(x)
        } else {
            g.push_back(x)
        }
    };
    if let Some(items) = direct_items(d, src) {
        let mut dropped = Vec::new();
        {
            let mut g = d.inner.write();
            if !left && g.maxlen.is_none() {
                g.bump();
                g.items.extend(items);
            } else {
                for x in items {
                    dropped.extend(push(&mut g, x));
                }
            }
        }
        drop(dropped);
        return Ok(());
    }
    let it = vm.iter(src)?;
    while let Some(x) = vm.next(&it)? {
        let old = push(&mut d.inner.write(), x);
        drop(old);
    }
    Ok(())
}

fn extend(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    args(vm, "deque.extend", a, kw, 1, 1)?;
    extend_from(vm, deque_of(vm, &a[0])?, &a[1], false)?;
    Ok(Value::None)
}

fn extendleft(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    args(vm, "deque.extendleft", a, kw, 1, 1)?;
    extend_from(vm, deque_of(vm, &a[0])?, &a[1], true)?;
    Ok(Value::None)
}

pub(crate) fn clear_deque(d: &Deque) {
    let old = {
        let mut g = d.inner.write();
        g.bump();
        std::mem::take(&mut g.items)
    };
    drop(old);
}

fn clear(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    args(vm, "deque.clear", a, kw, 0, 0)?;
    clear_deque(deque_of(vm, &a[0])?);
    Ok(Value::None)
}

/// Compare the items from `start` to `stop` with `x` in order, calling `hit` with the
/// index of each equal one until it returns false. Items whose comparison runs no
/// Python code are compared under the lock; for any other the lock is let go while its
/// `__eq__` runs, and a deque changed meanwhile is an error (`mutated`).
fn scan(
    vm: &Vm,
    d: &Deque,
    x: &Value,
    start: usize,
    stop: usize,
    mutated: impl Fn() -> weft_vm::PyErr,
    mut hit: impl FnMut(usize) -> bool,
) -> PyResult<()> {
    let state = d.inner.read().state;
    let mut i = start;
    loop {
        let slow = {
            let g = d.inner.read();
            loop {
                if i >= stop.min(g.items.len()) {
                    return Ok(());
                }
                let item = &g.items[i];
                let quick = if item.is(x) {
                    Some(true)
                } else {
                    weft_vm::types::dict::fast_eq(item, x)
                };
                match quick {
                    Some(true) => {
                        if !hit(i) {
                            return Ok(());
                        }
                        i += 1;
                    }
                    Some(false) => i += 1,
                    None => break item.clone(),
                }
            }
        };
        let eq = vm.eq(&slow, x)?;
        if d.inner.read().state != state {
            return Err(mutated());
        }
        if eq && !hit(i) {
            return Ok(());
        }
        i += 1;
    }
}

fn mutated_iter(vm: &Vm) -> impl Fn() -> weft_vm::PyErr + '_ {
    || vm.runtime_error("deque mutated during iteration")
}

fn count(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    args(vm, "deque.count", a, kw, 1, 1)?;
    let d = deque_of(vm, &a[0])?;
    let mut n = 0;
    scan(vm, d, &a[1], 0, usize::MAX, mutated_iter(vm), |_| {
        n += 1;
        true
    })?;
    Ok(Value::Int(n))
}

fn contains(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    args(vm, "deque.__contains__", a, kw, 1, 1)?;
    let d = deque_of(vm, &a[0])?;
    let mut found = false;
    scan(vm, d, &a[1], 0, usize::MAX, mutated_iter(vm), |_| {
        found = true;
        false
    })?;
    Ok(Value::Bool(found))
}

fn not_in_deque(vm: &Vm, x: &Value) -> PyResult<weft_vm::PyErr> {
    Ok(vm.value_error(format!("{} is not in deque", vm.repr(x)?)))
}

/// A start or stop argument of `index`: CPython's slice-index conversion (a huge int
/// clamped), None refused.
fn slice_index(vm: &Vm, v: &Value) -> PyResult<i64> {
    let indexable = as_int(v).is_some() || vm.lookup_special(v, "__index__").is_some();
    match weft_vm::types::seq::slice_bound(vm, v) {
        Ok(Some(i)) if indexable => Ok(i),
        Err(e) if indexable => Err(e),
        _ => Err(vm.type_error("slice indices must be integers or have an __index__ method")),
    }
}

fn index(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw(vm, "deque.index", kw)?;
    let n = a.len() - 1;
    if n == 0 {
        return Err(vm.type_error("index() takes at least 1 argument (0 given)"));
    }
    if n > 3 {
        return Err(vm.type_error(format!("index() takes at most 3 arguments ({n} given)")));
    }
    let d = deque_of(vm, &a[0])?;
    let x = &a[1];
    let n = d.inner.read().items.len() as i64;
    let bound = |i: i64| {
        if i < 0 {
            (i + n).max(0)
        } else {
            i.min(n)
        }
    };
    let start = match a.get(2) {
        Some(v) => bound(slice_index(vm, v)?),
        None => 0,
    };
    let stop = match a.get(3) {
        Some(v) => bound(slice_index(vm, v)?),
        None => n,
    };
    let mut found = None;
    if start < stop {
        scan(
            vm,
            d,
            x,
            start as usize,
            stop as usize,
            mutated_iter(vm),
            |i| {
                found = Some(i);
                false
            },
        )?;
    }
    match found {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(not_in_deque(vm, x)?),
    }
}

fn remove(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    args(vm, "deque.remove", a, kw, 1, 1)?;
    let d = deque_of(vm, &a[0])?;
    let x = &a[1];
    let mutated = || vm.index_error("deque mutated during iteration");
    // Search and removal in one critical section when no Python code runs, so that two
    // threads removing equal items cannot both take the same one.
    let state = d.inner.read().state;
    let mut i = 0;
    loop {
        let slow = {
            let mut g = d.inner.write();
            if g.state != state {
                return Err(mutated());
            }
            loop {
                if i >= g.items.len() {
                    return Err(not_in_deque(vm, x)?);
                }
                let item = &g.items[i];
                let quick = if item.is(x) {
                    Some(true)
                } else {
                    weft_vm::types::dict::fast_eq(item, x)
                };
                match quick {
                    Some(true) => {
                        g.bump();
                        let old = g.items.remove(i);
                        drop(g);
                        drop(old);
                        return Ok(Value::None);
                    }
                    Some(false) => i += 1,
                    None => break item.clone(),
                }
            }
        };
        let eq = vm.eq(&slow, x)?;
        let mut g = d.inner.write();
        if g.state != state {
            return Err(mutated());
        }
        if eq {
            g.bump();
            let old = g.items.remove(i);
            drop(g);
            drop(old);
            return Ok(Value::None);
        }
        i += 1;
    }
}

/// An int argument converted as CPython's `n` format (ssize_t).
fn ssize_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    weft_vm::types::text::index_arg(vm, v)
}

fn insert(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw(vm, "deque.insert", kw)?;
    if a.len() != 3 {
        return Err(vm.type_error(format!(
            "insert() takes exactly 2 arguments ({} given)",
            a.len() - 1
        )));
    }
    let d = deque_of(vm, &a[0])?;
    let i = ssize_arg(vm, &a[1])?;
    let mut g = d.inner.write();
    let n = g.items.len() as i64;
    if g.maxlen == Some(n as usize) {
        return Err(vm.index_error("deque already at its maximum size"));
    }
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    g.bump();
    g.items.insert(at as usize, a[2].clone());
    Ok(Value::None)
}

fn reverse(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    args(vm, "deque.reverse", a, kw, 0, 0)?;
    let d = deque_of(vm, &a[0])?;
    let mut g = d.inner.write();
    g.bump();
    g.items.make_contiguous().reverse();
    Ok(Value::None)
}

fn rotate(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    args(vm, "deque.rotate", a, kw, 0, 1)?;
    let d = deque_of(vm, &a[0])?;
    let n = match a.get(1) {
        Some(v) => ssize_arg(vm, v)?,
        None => 1,
    };
    let mut g = d.inner.write();
    let size = g.items.len() as i64;
    if size <= 1 {
        return Ok(Value::None);
    }
    let k = n.rem_euclid(size) as usize;
    if k != 0 {
        g.bump();
        g.items.rotate_right(k);
    }
    Ok(Value::None)
}

fn len(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    args(vm, "deque.__len__", a, kw, 0, 0)?;
    Ok(Value::Int(
        deque_of(vm, &a[0])?.inner.read().items.len() as i64
    ))
}

/// A subscript as an int (`__index__` may run Python code: never called under the
/// lock). A huge int raises IndexError when reading and OverflowError when storing, as
/// CPython's ssize_t conversions do.
fn to_index(vm: &Vm, key: &Value, store: bool) -> PyResult<i64> {
    match as_int(key) {
        Some(IntRef::Small(i)) => Ok(i),
        Some(IntRef::Big(b)) => num_traits::ToPrimitive::to_i64(b).ok_or_else(|| {
            let msg = format!(
                "cannot fit '{}' into an index-sized integer",
                vm.type_name(key)
            );
            if store {
                vm.overflow_error(msg)
            } else {
                vm.index_error(msg)
            }
        }),
        None => match weft_vm::types::seq::index_value(vm, key)? {
            Some(i) => Ok(i),
            None => Err(vm.type_error(format!(
                "sequence index must be integer, not '{}'",
                vm.type_name(key)
            ))),
        },
    }
}

/// `i` made non-negative against length `n`, or "deque index out of range".
fn in_range(vm: &Vm, i: i64, n: usize) -> PyResult<usize> {
    let j = if i < 0 { i + n as i64 } else { i };
    if j < 0 || j >= n as i64 {
        return Err(vm.index_error("deque index out of range"));
    }
    Ok(j as usize)
}

fn getitem(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    args(vm, "deque.__getitem__", a, kw, 1, 1)?;
    let d = deque_of(vm, &a[0])?;
    let i = to_index(vm, &a[1], false)?;
    let g = d.inner.read();
    let j = in_range(vm, i, g.items.len())?;
    Ok(g.items[j].clone())
}

/// `d[i] = x` and `del d[i]`.
fn store(vm: &Vm, d: &Deque, key: &Value, value: Option<Value>) -> PyResult<()> {
    let i = to_index(vm, key, true)?;
    let old = {
        let mut g = d.inner.write();
        let j = in_range(vm, i, g.items.len())?;
        match value {
            Some(v) => std::mem::replace(&mut g.items[j], v),
            None => {
                g.bump();
                g.items.remove(j).expect("index checked")
            }
        }
    };
    drop(old);
    Ok(())
}

fn setitem(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    args(vm, "deque.__setitem__", a, kw, 2, 2)?;
    store(vm, deque_of(vm, &a[0])?, &a[1], Some(a[2].clone()))?;
    Ok(Value::None)
}

fn delitem(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    args(vm, "deque.__delitem__", a, kw, 1, 1)?;
    store(vm, deque_of(vm, &a[0])?, &a[1], None)?;
    Ok(Value::None)
}
