//! `obj.__class__ = C`: CPython's checks (a class; mutable types or module subclasses;
//! the same instance layout) and the store itself
//! (<https://docs.python.org/3.11/reference/datamodel.html#object.__class__>).
//!
//! CPython decides "same layout" from C struct sizes and offsets: each class is walked
//! up to the first ancestor whose instances it actually extends (adds `__slots__`, a
//! `__dict__` or weak references to), and the two ancestors found must be the same
//! class, or siblings (same base) that add exactly the same fields in the same places.
//! weft has no struct offsets, so [`Shape`] rebuilds the facts CPython 3.11 compares
//! from what a class records: its declared `__slots__`, whether instances get a dict,
//! and which class gives them weak references.
//!
//! After the store, every cache keyed on the object's class moves with it: attribute
//! plans and inline caches key on the class *version*, which is unique to one class, and
//! the module attribute cache applies only to objects whose class is exactly `module`.

use crate::object::ObjRef;
use crate::payload::Payload;
use crate::types::typeobj::{self, tdata, Layout};
use crate::types::types;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;

/// `obj.__class__ = v`.
pub fn assign(vm: &Vm, obj: &Value, v: &Value) -> PyResult<()> {
    let (Value::Obj(new), Some(Payload::Type(_))) = (v, v.payload()) else {
        return Err(vm.type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            vm.type_name(v)
        )));
    };
    let old = crate::vm::type_of(obj);
    if new.ptr_eq(old) {
        return Ok(());
    }
    let module = &types().module;
    let both_modules = typeobj::is_subtype(new, module) && typeobj::is_subtype(old, module);
    if !both_modules && (!tdata(new).heap || !tdata(old).heap) {
        return Err(vm.type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    let Value::Obj(o) = obj else {
        unreachable!("instances of heap classes and modules are heap objects")
    };
    if !compatible(old, new) || !old.is_immortal() || !new.is_immortal() {
        return Err(vm.type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            tdata(new).name.read(),
            tdata(old).name.read()
        )));
    }
    store_class(o, new);
    Ok(())
}

/// `del obj.__class__`.
pub fn delete_error(vm: &Vm) -> crate::PyErr {
    vm.type_error("can't delete __class__ attribute")
}

/// Point `o` at class `new`.
fn store_class(o: &ObjRef, new: &ObjRef) {
    const _: () = assert!(std::mem::size_of::<ObjRef>() == std::mem::size_of::<usize>());
    // SAFETY: the class field is one aligned pointer-sized word (checked above), written
    // here with a single atomic store, so a reader on another thread sees either class,
    // never a torn pointer. Both classes are immortal (checked by the caller: every class
    // is), so the old pointer needs no release and stays valid for a reader that loaded
    // it, and the new one needs no count. `Object` contains atomics (its counts), so the
    // compiler assumes nothing about its fields staying put across calls.
    unsafe {
        let p = o.as_ptr() as *mut crate::object::Object;
        let slot = std::ptr::addr_of_mut!((*p).class) as *mut usize;
        std::sync::atomic::AtomicUsize::from_ptr(slot)
            .store(new.as_ptr() as usize, std::sync::atomic::Ordering::Release);
    }
}

/// Built-in types whose instances hold their items inline (CPython's `tp_itemsize`):
/// a subclass's `__dict__` is stored after the items and weak references cannot be added.
fn var_sized(t: &ObjRef) -> bool {
    let ts = types();
    [&ts.int, &ts.bytes, &ts.tuple, &ts.type_]
        .iter()
        .any(|v| typeobj::is_subtype(t, v))
}

/// Built-in types whose instances have no cyclic-GC header (every class defined in
/// Python has one).
fn without_gc(t: &ObjRef) -> bool {
    let ts = types();
    [
        &ts.object,
        &ts.int,
        &ts.bool_,
        &ts.float,
        &ts.complex,
        &ts.str,
        &ts.bytes,
        &ts.bytearray,
    ]
    .iter()
    .any(|v| t.ptr_eq(v))
}

/// Whether instances of `t` have a `__dict__` (from a built-in that keeps one natively,
/// or a class that gave them one).
fn has_dict(t: &ObjRef) -> bool {
    typeobj::mro(t).iter().any(|m| {
        let td = tdata(m);
        td.has_dict
            || (!td.heap
                && matches!(
                    td.layout,
                    Layout::Type | Layout::Module | Layout::Function | Layout::Exception
                ))
    })
}

/// Whether instances of `t` can be weakly referenced (or can never be).
fn has_weakref(t: &ObjRef) -> bool {
    typeobj::mro(t).iter().any(crate::builtins::gives_weakref)
}

/// Whether `t` names slots of its own besides `__dict__` and `__weakref__`.
fn real_slots(t: &ObjRef) -> Option<Vec<String>> {
    tdata(t).slots.as_ref().map(|s| {
        let mut v: Vec<String> = s
            .iter()
            .filter(|n| *n != "__dict__" && *n != "__weakref__")
            .cloned()
            .collect();
        v.sort();
        v
    })
}

/// What a class adds to its base's instance layout.
struct Shape {
    /// CPython's `tp_base` (None for `object`).
    base: Option<ObjRef>,
    heap: bool,
    /// Declared `__slots__` other than `__dict__`/`__weakref__`, sorted (None when the
    /// class has no `__slots__`).
    slots: Option<Vec<String>>,
    adds_dict: bool,
    adds_weak: bool,
    /// Whether the class extends nothing in its base's layout.
    same_as_base: bool,
    var_sized: bool,
}

fn shape(t: &ObjRef) -> Shape {
    let base = best_base(t);
    let heap = tdata(t).heap;
    let slots = if heap { real_slots(t) } else { None };
    let (adds_dict, adds_weak, gc_differs) = match &base {
        Some(b) if heap => (
            has_dict(t) && !has_dict(b),
            has_weakref(t) && !has_weakref(b),
            without_gc(b),
        ),
        _ => (false, false, false),
    };
    // A built-in type is never laid out exactly like its base (as far as any
    // assignment between mutable types can tell).
    let same_as_base = heap
        && base.is_some()
        && slots.as_ref().is_none_or(|s| s.is_empty())
        && !adds_dict
        && !adds_weak
        && !gc_differs;
    Shape {
        base,
        heap,
        slots,
        adds_dict,
        adds_weak,
        same_as_base,
        var_sized: var_sized(t),
    }
}

impl Shape {
    /// Pointer-sized fields the class adds to the fixed part of its instances (a
    /// managed `__dict__` lives outside it).
    fn fields(&self) -> usize {
        self.slots.as_ref().map_or(0, |s| s.len())
            + usize::from(self.adds_dict && self.var_sized)
            + usize::from(self.adds_weak)
    }

    /// Whether the weak reference field is the first added field.
    fn weak_first(&self) -> bool {
        self.adds_weak && self.fields() == 1
    }
}

/// CPython's "solid base": the nearest class (from `t` up) that adds real fields.
fn solid_base(t: &ObjRef) -> ObjRef {
    if !tdata(t).heap {
        return t.clone();
    }
    let base = best_base(t);
    let own_slots = real_slots(t).is_some_and(|s| !s.is_empty());
    match base {
        // A subclass of a variable-size type that adds a dict extends the fixed part.
        Some(b) if !(own_slots || var_sized(t) && has_dict(t) && !has_dict(&b)) => solid_base(&b),
        _ => t.clone(),
    }
}

/// Whether a class with these bases cannot lay out its instances (CPython's
/// "multiple bases have instance lay-out conflict") because of `__slots__`: two
/// bases whose solid bases are classes defined in Python that do not derive from one
/// another, or one such class beside a built-in base with its own layout. (Built-in
/// layouts among themselves are checked from [`Layout`] by the caller.)
pub fn slots_layout_conflict(bases: &[ObjRef]) -> bool {
    let solids: Vec<ObjRef> = bases
        .iter()
        .map(solid_base)
        .filter(|s| tdata(s).heap)
        .collect();
    for (i, a) in solids.iter().enumerate() {
        for b in &solids[i + 1..] {
            if !typeobj::is_subtype(a, b) && !typeobj::is_subtype(b, a) {
                return true;
            }
        }
        if tdata(a).layout == Layout::Plain
            && bases.iter().any(|b| tdata(b).layout != Layout::Plain)
        {
            return true;
        }
    }
    false
}

/// CPython's `tp_base`: the base whose solid base is the most derived.
pub fn best_base(t: &ObjRef) -> Option<ObjRef> {
    let bases = tdata(t).bases.read().clone();
    let mut winner: Option<(ObjRef, ObjRef)> = None;
    for b in bases {
        let s = solid_base(&b);
        match &winner {
            Some((ws, _)) if s.ptr_eq(ws) || !typeobj::is_subtype(&s, ws) => {}
            _ => winner = Some((s, b)),
        }
    }
    winner.map(|(_, b)| b)
}

/// Whether instances of `old` can become instances of `new` (CPython's
/// `compatible_for_assignment`).
fn compatible(old: &ObjRef, new: &ObjRef) -> bool {
    let walk = |t: &ObjRef| {
        let mut t = t.clone();
        loop {
            let s = shape(&t);
            match &s.base {
                Some(b) if s.same_as_base => t = b.clone(),
                _ => return (t, s),
            }
        }
    };
    let (nb, ns) = walk(new);
    let (ob, os) = walk(old);
    if !nb.ptr_eq(&ob) {
        let same_base = match (&ns.base, &os.base) {
            (Some(x), Some(y)) => x.ptr_eq(y),
            (None, None) => true,
            _ => false,
        };
        if !same_base || !same_fields_added(&ns, &os) {
            return false;
        }
    }
    managed_dict(old) == managed_dict(new)
}

/// CPython's `same_slots_added`: siblings that add the same fields in the same places.
fn same_fields_added(a: &Shape, b: &Shape) -> bool {
    if !a.heap || !b.heap {
        return false;
    }
    let mut n = usize::from(a.weak_first() && b.weak_first());
    if let (Some(x), Some(y)) = (&a.slots, &b.slots) {
        if x != y {
            return false;
        }
        n += x.len();
    }
    n == a.fields() && n == b.fields()
}

/// Whether instances keep their `__dict__` outside the fixed layout (CPython 3.11's
/// `Py_TPFLAGS_MANAGED_DICT`: some class added a dict to a fixed-size base).
fn managed_dict(t: &ObjRef) -> bool {
    typeobj::mro(t)
        .iter()
        .any(|m| tdata(m).heap && !var_sized(m) && shape(m).adds_dict)
}
