//! `itertools` in Rust (`_weft_itertools`; `lib/itertools.py` re-exports it and adds
//! `count` and `tee`) (<https://docs.python.org/3.11/library/itertools.html>).
//!
//! Each step is atomic, as a step of CPython's C iterators is under its GIL: threads
//! sharing one iterator get every item exactly once, whole. An iterator's state sits
//! behind its own [`IterCell`] lock, taken for the whole step, also while the step
//! reads its source iterators or runs Python code (a predicate, a key function); the
//! lock is reentrant, so a source that steps the same iterator recurses as in CPython
//! (and its generator then raises "generator already executing"). The state itself is
//! borrowed only between such calls, never across them.
//!
//! The iterators simple enough to need no state beyond their sources are in
//! `itertools/simple.rs` and (those made of a function and a source)
//! `itertools/filtering.rs`; the combinatoric ones in `itertools/combinatoric.rs`;
//! `groupby` in `itertools/groupby.rs`; `tee`'s shared buffer in `itertools/tee.rs`.
//!
//! Pickling and copying: `__reduce__` answers `(type, args, state)`, where `args` make
//! an empty iterator of the type and `__setstate__(state)` gives it the state: the
//! source iterators themselves (shared by a copy, copied by a deep copy, as CPython's)
//! and the iterator's position.

mod combinatoric;
mod filtering;
mod groupby;
mod simple;
mod tee;

use std::sync::OnceLock;

use weft_vm::import::{new_module, set};
use weft_vm::payload::{Native, Payload};
use weft_vm::types::iter_lock::{busy_error, IterCell, IterGuard};
use weft_vm::types::number::{as_int, IntRef};
use weft_vm::types::typeobj::{self, tdata};
use weft_vm::types::{add_classmethod, add_method, add_staticmethod, set_type_attr, types};
use weft_vm::{clinic, new_str, new_tuple, ObjRef, PyErr, PyResult, Value, Vm};

pub(crate) type Kw<'a> = &'a [(Value, Value)];
type NativeFn = weft_vm::types::function::NativeFn;

/// An itertools iterator: its state `S` behind the step lock.
pub(crate) struct It<S> {
    st: IterCell<S>,
}

impl<S: Send + 'static> Native for It<S> {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl<S> It<S> {
    /// Take the step lock (reentrant; see the module docs).
    #[inline]
    pub(crate) fn lock(&self, vm: &Vm) -> IterGuard<'_> {
        self.st.lock(vm)
    }

    /// Run `f` on the state, under the guard `g` of this iterator's lock; `f` must not
    /// run Python code.
    #[inline]
    pub(crate) fn with<R>(
        &self,
        vm: &Vm,
        g: &IterGuard<'_>,
        f: impl FnOnce(&mut S) -> R,
    ) -> PyResult<R> {
        self.st.with(g, f).ok_or_else(|| busy_error(vm))
    }

    /// Lock and run `f` on the state (for `__reduce__` and `__setstate__`).
    pub(crate) fn locked<R>(&self, vm: &Vm, f: impl FnOnce(&mut S) -> R) -> PyResult<R> {
        self.st.locked(vm, f).ok_or_else(|| busy_error(vm))
    }
}

/// The itertools types, made once.
pub(crate) struct Types {
    pub(crate) cycle: ObjRef,
    pub(crate) repeat: ObjRef,
    pub(crate) accumulate: ObjRef,
    pub(crate) chain: ObjRef,
    pub(crate) compress: ObjRef,
    pub(crate) dropwhile: ObjRef,
    pub(crate) takewhile: ObjRef,
    pub(crate) filterfalse: ObjRef,
    pub(crate) starmap: ObjRef,
    pub(crate) islice: ObjRef,
    pub(crate) pairwise: ObjRef,
    pub(crate) zip_longest: ObjRef,
    pub(crate) product: ObjRef,
    pub(crate) permutations: ObjRef,
    pub(crate) combinations: ObjRef,
    pub(crate) cwr: ObjRef,
    pub(crate) groupby: ObjRef,
    pub(crate) grouper: ObjRef,
    pub(crate) tee: ObjRef,
}

pub(crate) fn it_types() -> &'static Types {
    static T: OnceLock<Types> = OnceLock::new();
    T.get_or_init(|| Types {
        cycle: simple::cycle_type(),
        repeat: simple::repeat_type(),
        accumulate: simple::accumulate_type(),
        chain: simple::chain_type(),
        compress: filtering::compress_type(),
        dropwhile: filtering::dropwhile_type(),
        takewhile: filtering::takewhile_type(),
        filterfalse: filtering::filterfalse_type(),
        starmap: filtering::starmap_type(),
        islice: simple::islice_type(),
        pairwise: simple::pairwise_type(),
        zip_longest: simple::zip_longest_type(),
        product: combinatoric::product_type(),
        permutations: combinatoric::permutations_type(),
        combinations: combinatoric::combinations_type(),
        cwr: combinatoric::cwr_type(),
        groupby: groupby::groupby_type(),
        grouper: groupby::grouper_type(),
        tee: tee::tee_type(),
    })
}

/// A new itertools type `name`: Python classes may derive from it (the instance its
/// `__new__` makes carries the native state); `__iter__` is the iterator itself.
pub(crate) fn make_type(name: &str, doc: &str, new: NativeFn, next: NativeFn) -> ObjRef {
    let ty = weft_vm::builtins::new_builtin_plain_type(name);
    tdata(&types().object).subclasses.lock().push(ty.clone());
    set_type_attr(&ty, "__module__", new_str("itertools"));
    set_type_attr(&ty, "__doc__", new_str(doc));
    add_staticmethod(&ty, "__new__", new);
    add_method(&ty, "__iter__", iter_self);
    add_method(&ty, "__next__", next);
    ty
}

/// Add `__reduce__` and `__setstate__` (see the module docs).
pub(crate) fn add_pickling(ty: &ObjRef, reduce: NativeFn, setstate: NativeFn) {
    add_method(ty, "__reduce__", reduce);
    add_method(ty, "__setstate__", setstate);
}

pub(crate) fn add_class_getitem(ty: &ObjRef) {
    add_classmethod(
        ty,
        "__class_getitem__",
        weft_vm::types::genericalias::class_getitem,
    );
}

fn iter_self(_vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(a[0].clone())
}

/// The class `__new__` was called for (its first argument), checked to be `base` or
/// a subclass of it.
pub(crate) fn check_cls<'a>(vm: &Vm, cls: &'a Value, base: &ObjRef) -> PyResult<&'a ObjRef> {
    let name = || tdata(base).name.read().clone();
    let cls = match cls {
        Value::Obj(c) if matches!(c.payload, Payload::Type(_)) => c,
        _ => {
            return Err(vm.type_error(format!(
                "{}.__new__(X): X is not a type object ({})",
                name(),
                vm.type_name(cls)
            )))
        }
    };
    if !typeobj::is_subtype(cls, base) {
        let n = tdata(cls).name.read().clone();
        return Err(vm.type_error(format!(
            "{}.__new__({n}): {n} is not a subtype of itertools.{}",
            name(),
            name()
        )));
    }
    Ok(cls)
}

/// A new iterator of class `cls` (the first argument of `__new__`, checked to be
/// `base` or a subclass of it) with state `st`.
pub(crate) fn alloc<S: Send + 'static>(
    vm: &Vm,
    cls: &Value,
    base: &ObjRef,
    st: S,
) -> PyResult<Value> {
    Ok(new_of(check_cls(vm, cls, base)?, st))
}

/// An iterator of class `cls` with state `st` (no checks).
pub(crate) fn new_of<S: Send + 'static>(cls: &ObjRef, st: S) -> Value {
    let dict = tdata(cls).has_dict.then(weft_vm::new_dict_obj);
    Value::Obj(ObjRef::new(
        cls.clone(),
        dict,
        Payload::Native(Box::new(It {
            st: IterCell::new(st),
        })),
    ))
}

/// The iterator `v` is, as an `It<S>` (its payload, for an instance of the type or of
/// a subclass).
#[inline]
pub(crate) fn it_of<'a, S: Send + 'static>(
    vm: &Vm,
    v: &'a Value,
    tpname: &str,
) -> PyResult<&'a It<S>> {
    match v.payload().and_then(|p| p.native::<It<S>>()) {
        Some(it) => Ok(it),
        None => Err(not_this(vm, v, tpname)),
    }
}

#[cold]
fn not_this(vm: &Vm, v: &Value, tpname: &str) -> PyErr {
    vm.type_error(format!(
        "descriptor requires a 'itertools.{tpname}' object but received '{}'",
        vm.type_name(v)
    ))
}

/// `__next__`'s result: the item, or StopIteration at the end.
#[inline]
pub(crate) fn item_or_stop(vm: &Vm, r: PyResult<Option<Value>>) -> PyResult<Value> {
    match r? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

/// The type of `a[0]` (for `__reduce__`).
pub(crate) fn cls_of(a: &[Value]) -> Value {
    Value::Obj(weft_vm::vm::type_of(&a[0]).clone())
}

/// `(cls, args, state)`.
pub(crate) fn reduce3(a: &[Value], args: Vec<Value>, state: Vec<Value>) -> Value {
    new_tuple(vec![cls_of(a), new_tuple(args), new_tuple(state)])
}

/// An optional value in a pickled state: `()` when absent, `(v,)` when present (the
/// value itself may be None).
pub(crate) fn opt(v: &Option<Value>) -> Value {
    match v {
        Some(v) => new_tuple(vec![v.clone()]),
        None => new_tuple(vec![]),
    }
}

/// The state `__setstate__` got: a tuple of `n` items.
pub(crate) fn state_items(vm: &Vm, a: &[Value], n: usize) -> PyResult<Vec<Value>> {
    clinic::method_args(vm, "__setstate__", a, &[], 1, 1)?;
    match a[1].payload() {
        Some(Payload::Tuple(t)) if t.len() == n => Ok(t.iter().cloned().collect()),
        _ => Err(vm.type_error("invalid state")),
    }
}

/// [`opt`] read back.
pub(crate) fn unopt(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    match v.payload() {
        Some(Payload::Tuple(t)) if t.len() <= 1 => Ok(t.iter().next().cloned()),
        _ => Err(vm.type_error("invalid state")),
    }
}

/// An iterator in a pickled state (anything else is refused: `__next__` would fail).
pub(crate) fn iterator_state(vm: &Vm, v: &Value) -> PyResult<Value> {
    if vm.lookup_special(v, "__next__").is_none() {
        return Err(vm.type_error("invalid state"));
    }
    Ok(v.clone())
}

/// A machine int in a pickled state, at least `min`.
pub(crate) fn int_state(vm: &Vm, v: &Value, min: i64) -> PyResult<i64> {
    match v {
        Value::Int(i) if *i >= min => Ok(*i),
        _ => Err(vm.type_error("invalid state")),
    }
}

/// A tuple's items (a pickled state's pool or index list).
pub(crate) fn tuple_items(vm: &Vm, v: &Value) -> PyResult<Vec<Value>> {
    match v.payload() {
        Some(Payload::Tuple(t)) => Ok(t.iter().cloned().collect()),
        _ => Err(vm.type_error("invalid state")),
    }
}

/// Machine ints from a pickled tuple, each in `0..bound`.
pub(crate) fn indices_state(vm: &Vm, v: &Value, bound: usize) -> PyResult<Vec<usize>> {
    tuple_items(vm, v)?
        .iter()
        .map(|x| match x {
            Value::Int(i) if *i >= 0 && (*i as usize) < bound => Ok(*i as usize),
            _ => Err(vm.type_error("invalid state")),
        })
        .collect()
}

pub(crate) fn ints(v: &[usize]) -> Value {
    new_tuple(v.iter().map(|&i| Value::Int(i as i64)).collect())
}

// ----- arguments (their counts and keywords are checked by `weft_vm::clinic`) -------

/// An integer argument (`__index__`): `Some(i)`, or None for an int beyond a machine
/// int (either sign).
pub(crate) fn index(vm: &Vm, v: &Value) -> PyResult<Option<i64>> {
    let small = |r: IntRef| match r {
        IntRef::Small(i) => Some(i),
        IntRef::Big(b) => num_traits::ToPrimitive::to_i64(b),
    };
    if let Some(r) = as_int(v) {
        return Ok(small(r));
    }
    let Some(f) = vm.lookup_special(v, "__index__") else {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        )));
    };
    let r = vm.call(&f, &[])?;
    match as_int(&r) {
        Some(i) => Ok(small(i)),
        None => Err(vm.type_error(format!(
            "__index__ returned non-int (type {})",
            vm.type_name(&r)
        ))),
    }
}

/// An integer argument CPython reads as a C Py_ssize_t: an int beyond it is an
/// OverflowError (not a huge loop).
pub(crate) fn ssize_index(vm: &Vm, v: &Value) -> PyResult<i64> {
    index(vm, v)?.ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))
}

pub fn init(_vm: &Vm) -> PyResult<ObjRef> {
    let m = new_module("_weft_itertools");
    let t = it_types();
    for (name, ty) in [
        ("cycle", &t.cycle),
        ("repeat", &t.repeat),
        ("accumulate", &t.accumulate),
        ("chain", &t.chain),
        ("compress", &t.compress),
        ("dropwhile", &t.dropwhile),
        ("takewhile", &t.takewhile),
        ("filterfalse", &t.filterfalse),
        ("starmap", &t.starmap),
        ("islice", &t.islice),
        ("pairwise", &t.pairwise),
        ("zip_longest", &t.zip_longest),
        ("product", &t.product),
        ("permutations", &t.permutations),
        ("combinations", &t.combinations),
        ("combinations_with_replacement", &t.cwr),
        ("groupby", &t.groupby),
        ("_grouper", &t.grouper),
        ("_tee", &t.tee),
    ] {
        set(&m, name, Value::Obj(ty.clone()));
    }
    Ok(m)
}
