//! `collections.deque` in Rust (`_weft_collections.deque`): a ring buffer behind one
//! per-object owner-biased lock, so that `append`/`popleft` and the other single
//! operations are atomic across threads as in CPython, without a global lock
//! (<https://docs.python.org/3.11/library/collections.html#collections.deque>).
//! Searching and positional access are in `collections_deque/seq.rs`; comparisons,
//! arithmetic, repr and pickling in `collections_deque/ops.rs`; the iterators in
//! `collections_deque/iter.rs`.

mod iter;
mod ops;
mod seq;

use std::collections::VecDeque;
use std::sync::OnceLock;

use weft_vm::owner_bias::OwnedRwLock;
use weft_vm::payload::{Native, Payload};
use weft_vm::types::number::{as_int, IntRef};
use weft_vm::types::typeobj::{self, tdata};
use weft_vm::types::{add_classmethod, add_method, add_staticmethod, set_type_attr, types};
use weft_vm::{clinic, new_str, ObjRef, PyResult, Value, Vm};

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

    fn len(&self) -> Option<usize> {
        Some(self.inner.read().items.len())
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
        let ty = weft_vm::builtins::new_builtin_plain_type("deque");
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
            ("__copy__", ops::dunder_copy),
            ("count", seq::count),
            ("index", seq::index),
            ("insert", seq::insert),
            ("remove", seq::remove),
            ("reverse", seq::reverse),
            ("rotate", seq::rotate),
            ("__len__", len),
            ("__getitem__", seq::getitem),
            ("__setitem__", seq::setitem),
            ("__delitem__", seq::delitem),
            ("__contains__", seq::contains),
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
    let [iterable, maxlen] = clinic::bind(vm, "deque", &a[1..], kw, &["iterable", "maxlen"], 2, 0)?;
    let maxlen = match &maxlen {
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
    if let Some(it) = &iterable {
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
    clinic::method_args(vm, "deque.append", a, kw, 1, 1)?;
    let d = deque_of(vm, &a[0])?;
    let old = d.inner.write().push_back(a[1].clone());
    drop(old);
    Ok(Value::None)
}

fn appendleft(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    clinic::method_args(vm, "deque.appendleft", a, kw, 1, 1)?;
    let d = deque_of(vm, &a[0])?;
    let old = d.inner.write().push_front(a[1].clone());
    drop(old);
    Ok(Value::None)
}

#[inline(always)]
fn pop_end(vm: &Vm, a: &[Value], kw: Kw, name: &str, left: bool) -> PyResult<Value> {
    clinic::method_args(vm, name, a, kw, 0, 0)?;
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
    clinic::method_args(vm, "deque.extend", a, kw, 1, 1)?;
    extend_from(vm, deque_of(vm, &a[0])?, &a[1], false)?;
    Ok(Value::None)
}

fn extendleft(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    clinic::method_args(vm, "deque.extendleft", a, kw, 1, 1)?;
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
    clinic::method_args(vm, "deque.clear", a, kw, 0, 0)?;
    clear_deque(deque_of(vm, &a[0])?);
    Ok(Value::None)
}

fn len(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    clinic::method_args(vm, "deque.__len__", a, kw, 0, 0)?;
    Ok(Value::Int(
        deque_of(vm, &a[0])?.inner.read().items.len() as i64
    ))
}
