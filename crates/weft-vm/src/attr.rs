//! Attribute access: `object.__getattribute__`'s algorithm (data descriptors on the
//! type, then the instance dict, then non-data descriptors and class attributes), class
//! attribute lookup through the metaclass, `__getattr__` fallback, and method binding
//! (<https://docs.python.org/3.11/howto/descriptor.html>).

use crate::attr_plan::{get_plan, get_plan_at, set_plan, set_plan_at, GetPlan, SetPlan};
use crate::inline_cache::{HotWord, InlineCache, Stored};
use crate::names::names;
use crate::object::{ObjRef, Object};
use crate::payload::Payload;
use crate::types::dict::Dict;
use crate::types::function::BuiltinKind;
use crate::types::typeobj::{self, tdata};
use crate::types::types;
use crate::value::Value;
use crate::vm::{type_of, Vm};
use crate::PyResult;

pub(crate) fn name_str(name: &Value) -> &str {
    match name.payload() {
        Some(Payload::Str(s)) => s.as_str(),
        _ => "?",
    }
}

#[inline(always)]
fn hash_of(name: &Value) -> i64 {
    crate::str_hash(name)
}

/// Bind a class attribute found on `t` to `obj` (functions become bound methods,
/// descriptors' `__get__` is called).
pub fn bind(vm: &Vm, f: Value, obj: Value, t: &ObjRef) -> Value {
    match &f {
        Value::Obj(o) => match &o.payload {
            Payload::Function(_) => Value::Obj(ObjRef::new(
                types().method.clone(),
                None,
                Payload::Method(Box::new((f.clone(), obj))),
            )),
            Payload::Builtin(b) if b.kind == BuiltinKind::Method && b.bound.is_none() => {
                bind_builtin(o, obj)
            }
            Payload::Builtin(b) if b.kind == BuiltinKind::ClassMethod && b.bound.is_none() => {
                bind_builtin(o, Value::Obj(t.clone()))
            }
            Payload::ClassMethod(inner) => {
                classmethod_bind(vm, inner, Value::Obj(t.clone())).unwrap_or_else(|_| f.clone())
            }
            Payload::StaticMethod(inner) => inner.clone(),
            _ => match get_descriptor(vm, &f, &names().get) {
                Some(g) => vm
                    .call(&g, &[f.clone(), obj, Value::Obj(t.clone())])
                    .unwrap_or(f),
                None => f,
            },
        },
        _ => f,
    }
}

fn bind_builtin(o: &ObjRef, obj: Value) -> Value {
    let Payload::Builtin(b) = &o.payload else {
        unreachable!()
    };
    let cls = if o.class.ptr_eq(&types().wrapper_descriptor) {
        types().method_wrapper.clone()
    } else {
        types().builtin_function.clone()
    };
    Value::Obj(ObjRef::new(
        cls,
        None,
        Payload::Builtin(Box::new(crate::types::function::Builtin {
            name: b.name,
            func: b.func,
            kind: b.kind,
            bound: Some(obj),
            owner: b.owner.clone(),
            doc: b.doc,
            check: b.check,
            module: Default::default(),
        })),
    ))
}

/// A descriptor method (`__get__`/`__set__`/`__delete__`) of a user-defined descriptor
/// or of a native one defined outside weft-vm (`functools._lru_cache_wrapper`).
fn get_descriptor(_vm: &Vm, d: &Value, which: &Value) -> Option<Value> {
    let t = type_of(d);
    if !tdata(t).heap && !matches!(d.payload(), Some(Payload::Tuple(_) | Payload::Native(_))) {
        return None;
    }
    typeobj::lookup(t, which, hash_of(which))
}

fn is_data_descriptor(vm: &Vm, d: &Value) -> bool {
    match d.payload() {
        Some(Payload::Property(_)) => true,
        Some(Payload::Native(_)) => false,
        // As CPython's lookup: a descriptor with `__set__`/`__delete__` but no `__get__`
        // lets the instance dict answer (and is returned itself when the dict has nothing).
        _ => {
            (get_descriptor(vm, d, &names().set).is_some()
                || get_descriptor(vm, d, &names().delete).is_some())
                && get_descriptor(vm, d, &names().get).is_some()
        }
    }
}

/// [`instance_dict`] of an instance of a class defined in Python (`Payload::Plain` or
/// `Slots`), whose dict is never made lazily: one compare fewer.
#[inline(always)]
fn plain_dict(o: &ObjRef) -> Option<&crate::types::dict::Dict> {
    match o.dict.existing().map(|d| &d.payload) {
        Some(Payload::Dict(d)) => Some(d),
        _ => None,
    }
}

fn instance_dict(o: &ObjRef) -> Option<&crate::types::dict::Dict> {
    match o.dict.as_ref().map(|d| &d.payload) {
        Some(Payload::Dict(d)) => Some(d),
        _ => None,
    }
}

/// `getattr(obj, name)`.
pub fn getattr(vm: &Vm, obj: &Value, name: &Value) -> PyResult<Value> {
    let r = match planned_get(vm, obj, name, get_plan(obj, name), None) {
        Ok(Some(v)) => return Ok(v),
        Ok(None) => getattr_general(vm, obj, name),
        Err(e) => Err(e),
    };
    r.map_err(|e| attribute_error_context(vm, e, obj, name))
}

/// As CPython's `PyObject_GetAttr`: an AttributeError escaping the lookup of
/// `obj.name` (from `__getattr__`, `__getattribute__` or a descriptor) that does not
/// name an attribute yet gets `name` and `obj`, which `Did you mean` suggestions use.
#[cold]
#[inline(never)]
fn attribute_error_context(vm: &Vm, e: crate::PyErr, obj: &Value, name: &Value) -> crate::PyErr {
    if vm.err_matches(&e, "AttributeError") {
        let v = e.value();
        let unset = |n: &str| vm.getattr(&v, n).map(|x| x.is_none()).unwrap_or(false);
        if unset("name") && unset("obj") {
            let _ = vm.set_attr_raw(&e.0, "name", name.clone());
            let _ = vm.set_attr_raw(&e.0, "obj", obj.clone());
        }
    }
    e
}

/// `module.name` for a plain module whose namespace holds `name`, through the
/// instruction's inline cache. The module type's only data descriptors are `__dict__`
/// and `__class__`; every other name in the namespace wins over the type's attributes.
#[inline(never)]
fn module_attr_at(o: &ObjRef, name: &Value, cache: &InlineCache) -> Option<Value> {
    if !o.class.ptr_eq(&types().module) {
        return None;
    }
    let d = o.dict.as_ref()?;
    let Payload::Dict(dict) = &d.payload else {
        return None;
    };
    if !d.is_immortal() {
        return None;
    }
    let version = dict.version.load(std::sync::atomic::Ordering::Acquire);
    if let Some(v) = cache.get_module_attr(d, version) {
        return Some(v);
    }
    if matches!(name_str(name), "__dict__" | "__class__") {
        return None;
    }
    let v = dict.get_str(name, hash_of(name))?;
    cache.put_module_attr(d, version, &v);
    Some(v)
}

/// An instance whose attribute sites the fast paths below serve (a plain instance or
/// one with `__slots__`): its class version, instance dict and slots table.
#[inline(always)]
fn instance_parts(obj: &Value) -> Option<(u64, Option<&Dict>, Option<&Dict>)> {
    let Value::Obj(o) = obj else { return None };
    let slots = match &o.payload {
        Payload::Plain => None,
        Payload::Slots(d) => Some(d),
        _ => return None,
    };
    let version = tdata(&o.class)
        .version
        .load(std::sync::atomic::Ordering::Acquire);
    Some((version, plain_dict(o), slots))
}

/// `obj.name` at a `LOAD_ATTR` whose inline cache says the attribute is stored on the
/// instance, in its usual case (`self.x`: a plain instance read by the thread that made
/// it, the hinted dict entry). The cached plan was made for an instance of this class at
/// this version (versions are never reused), so it holds for `obj`. `None`: the caller
/// goes on with [`getattr_fast_other`], then [`getattr_at`].
///
/// Inlined whole into the eval loop (as a call it saved and restored seven registers:
/// ~20 of its ~65 instructions; richards 1.13 -> 1.07 of python3's instruction count),
/// which pushes a hit straight from here: merged with the out-of-line call's result,
/// the value went through two stack slots (a 16-byte load of two 8-byte stores, which
/// store forwarding does not serve).
#[inline(always)]
pub fn getattr_leaf(
    obj: &Value,
    name: &Value,
    cache: &InlineCache,
    hot: &HotWord,
) -> Option<Value> {
    if let (Value::Obj(o), Value::Obj(k)) = (obj, name) {
        if let Some((d, hint)) = dict_site(o, cache, hot) {
            if let Some(g) = d.inner.try_owned() {
                let v = g.hinted_value(k, hint);
                drop(g);
                if !v.is_null() {
                    return Some(v);
                }
            }
        }
    }
    None
}

/// The dict of a plain instance and the site's hint for it, when the site's plan for
/// the instance's class (at its current version) is "in the instance dict": from the
/// site's hot word, which alone the usual (monomorphic) case reads, else from a
/// polymorphic entry.
#[inline(always)]
fn dict_site<'a>(o: &'a ObjRef, cache: &InlineCache, hot: &HotWord) -> Option<(&'a Dict, u32)> {
    let (Payload::Plain, Some(d)) = (&o.payload, plain_dict(o)) else {
        return None;
    };
    let version = tdata(&o.class)
        .version
        .load(std::sync::atomic::Ordering::Acquire);
    if let Some(h) = hot.hint_for(version) {
        return Some((d, h));
    }
    let h = cache.poly_dict_hint(version)?;
    Some((d, h.load(std::sync::atomic::Ordering::Relaxed)))
}

/// The getter of the `property` that `obj.name` reads, when the site's plan for the
/// instance's class (at its current version) says so: the eval loop calls it as an
/// inlined Python call instead of through [`getattr_at`]. (A property is a data
/// descriptor: the instance dict never shadows it; the plan excludes classes with a
/// `__getattr__`, which would see the getter's AttributeError.)
pub fn property_getter(obj: &Value, cache: &InlineCache) -> Option<Value> {
    let (version, _, _) = instance_parts(obj)?;
    cache.property_plan(version)
}

/// The rest of a `LOAD_ATTR` fast path, after [`getattr_leaf`] (out of line): a class's
/// own attribute, the hot word refilled, a polymorphic entry, a slot.
#[inline(never)]
pub fn getattr_fast_other(
    obj: &Value,
    name: &Value,
    cache: &InlineCache,
    hot: &HotWord,
) -> Option<Value> {
    if let Value::Obj(o) = obj {
        match &o.payload {
            // A class's own attribute (`Config.scale`), as `getattr_at` cached it.
            Payload::Type(td) if o.class.ptr_eq(&types().type_) => {
                return cache
                    .type_value(td.version.load(std::sync::atomic::Ordering::Acquire))
                    .flatten();
            }
            // A module's (`math.sqrt`), from the site's cache: through `getattr_at`,
            // which tries the same first, it cost twice as much.
            Payload::Module => return module_attr_at(o, name, cache),
            _ => {}
        }
    }
    let (version, dict, slots) = instance_parts(obj)?;
    if cache.main_is_dict(version) {
        // The hot word was empty or wrong: find the entry, and keep its index there.
        let (i, v) = dict?.get_str_index(name)?;
        hot.set(version, i);
        return Some(v);
    }
    let (d, hint) = match cache.stored_plan(version)? {
        (Stored::Dict, h) => (dict, h),
        (Stored::Slot, h) => (slots, h),
    };
    d?.get_str_hinted(name, hint)
}

/// `obj.name = v` at a `STORE_ATTR` whose inline cache says the attribute is stored on
/// the instance (`self.x = v`): store it there. `Err(v)` gives the value back and sends
/// the instruction down [`setattr_at`]. As for [`getattr_leaf`], the plan was made for
/// this class at this version, and the usual case (replacing an attribute the instance
/// has, by the thread that made it) is inlined whole, into the eval loop itself (as
/// [`getattr_leaf`]); anything else calls [`setattr_fast_other`].
#[inline(always)]
pub fn setattr_fast(
    obj: &Value,
    name: &Value,
    v: Value,
    cache: &InlineCache,
    hot: &HotWord,
) -> Result<(), Value> {
    if let (Value::Obj(o), Value::Obj(k)) = (obj, name) {
        if let Some((d, hint)) = dict_site(o, cache, hot) {
            if let Some(mut g) = d.inner.try_owned() {
                if let Some(e) = g.hinted_entry(k, hint) {
                    let old = std::mem::replace(&mut e.value, v);
                    d.bump_owned(&mut g);
                    drop(g);
                    // Inline: the drop glue of `Value` is an out-of-line call here.
                    if let Value::Obj(o) = old {
                        o.release_inline();
                    }
                    return Ok(());
                }
            }
        }
    }
    setattr_fast_other(obj, name, v, cache, hot)
}

/// [`setattr_fast`] for everything but its inlined path.
#[inline(never)]
fn setattr_fast_other(
    obj: &Value,
    name: &Value,
    v: Value,
    cache: &InlineCache,
    hot: &HotWord,
) -> Result<(), Value> {
    let Some((version, dict, slots)) = instance_parts(obj) else {
        return Err(v);
    };
    if cache.main_is_dict(version) {
        if let Some(d) = dict {
            // As in `getattr_fast_other`: keep the entry's index in the hot word.
            let i = d.set_str_hinted(name, v, cache.hint());
            hot.set(version, i);
            note_attrs_of(obj, i);
            return Ok(());
        }
    }
    let (d, hint) = match cache.set_plan_hinted(version) {
        Some((SetPlan::Dict, h)) => (dict, h),
        Some((SetPlan::Slot, h)) => (slots, h),
        _ => (None, cache.hint()),
    };
    match d {
        Some(d) => {
            let i = d.set_str_hinted(name, v, hint);
            note_attrs_of(obj, i);
            Ok(())
        }
        None => Err(v),
    }
}

/// An attribute of `obj` (an instance) was stored at its dict's entry `index`.
#[inline(always)]
fn note_attrs_of(obj: &Value, index: usize) {
    if let Value::Obj(o) = obj {
        typeobj::note_attrs(&o.class, index);
    }
}

/// `obj.name(...)` at a `LOAD_METHOD` whose inline cache holds the function found on
/// `obj`'s class as it is now, when the instance dict cannot shadow it: the function
/// (to be called with `obj` as its first argument). Also for an instance of a built-in
/// type without an instance dict (`items.append(x)`), whose method plan
/// `builtin_method_miss` made. `None` sends the instruction down [`load_method_at`].
/// Inlined into the eval loop: as a call (returning its `Option<Value>` through memory)
/// it cost richards 6% and methods 12% of their wall-clock time, though only 0.3% and
/// 0.7% of their instructions.
#[inline(always)]
pub fn load_method_fast(obj: &Value, name: &Value, cache: &InlineCache) -> Option<Value> {
    let Value::Obj(o) = obj else { return None };
    let td = tdata(&o.class);
    let version = td.version.load(std::sync::atomic::Ordering::Acquire);
    match &o.payload {
        Payload::Plain | Payload::Slots(_) => {
            let f = cache.method_plan(version)?;
            // The key bits alone (`may_contain`) sent a tenth of richards' method calls
            // down the general path: a class's method name whose bit an instance
            // attribute's name shares does so on every call.
            // (No closure: `is_some_and`'s became an out-of-line call once this function
            // was inlined into the eval loop.)
            if let Some(d) = plain_dict(o) {
                if d.has_str(name, crate::str_hash(name)) {
                    return None;
                }
            }
            Some(f)
        }
        Payload::Type(_) | Payload::Super(_) => None,
        // (The eval loop has already tried the site's built-in method word.)
        _ if !td.heap && o.dict.is_none() => cache.method_plan(version),
        _ => None,
    }
}

/// The built-in method the LOAD_METHOD site's `cache` keeps (see
/// [`InlineCache::builtin_method`]), if `obj` is an instance of that method's own class
/// without an instance dict (so neither a class nor a `super` object: those never fill
/// the word).
#[inline(always)]
pub fn builtin_method_of(obj: &Value, cache: &InlineCache) -> Option<ObjRef> {
    let m = builtin_method_ref(obj, cache)?;
    // SAFETY: the cache keeps only immortal objects, valid forever.
    Some(unsafe { ObjRef::from_immortal_ptr(m) })
}

/// [`builtin_method_of`] as a reference to the (immortal) method object, for a caller
/// that calls it at once: no reference to drop afterwards.
#[inline(always)]
pub fn builtin_method_ref(obj: &Value, cache: &InlineCache) -> Option<&'static Object> {
    let Value::Obj(o) = obj else { return None };
    let m = cache.builtin_method();
    if m.is_null() || o.dict.is_some() {
        return None;
    }
    // SAFETY: the cache keeps only immortal objects, valid forever.
    let m: &'static Object = unsafe { &*m };
    match &m.payload {
        Payload::Builtin(b) if b.owner.as_ref().is_some_and(|c| c.ptr_eq(&o.class)) => Some(m),
        _ => None,
    }
}

/// `obj.name` at a `LOAD_ATTR` with inline cache `cache`.
#[inline]
pub fn getattr_at(vm: &Vm, obj: &Value, name: &Value, cache: &InlineCache) -> PyResult<Value> {
    if let Value::Obj(o) = obj {
        match &o.payload {
            Payload::Module => {
                if let Some(v) = module_attr_at(o, name, cache) {
                    return Ok(v);
                }
            }
            Payload::Type(td) if o.class.ptr_eq(&types().type_) => {
                let version = td.version.load(std::sync::atomic::Ordering::Acquire);
                match cache.type_value(version) {
                    Some(Some(v)) => return Ok(v),
                    Some(None) => {}
                    None => {
                        // First time at this version: decide once whether to cache.
                        let r = getattr_at_general(vm, obj, name, cache)?;
                        let plain = plain_class_attr(o, name, &r);
                        cache.put_type_value(o, version, plain.then_some(&r));
                        return Ok(r);
                    }
                }
            }
            _ => {}
        }
    }
    getattr_at_general(vm, obj, name, cache)
}

/// Whether `C.name` gave `r` as the value stored on the class, which it will give again
/// while the class keeps its version: `type` itself has no attribute of that name (its
/// data descriptors, `__name__` or `__dict__`, come first in the lookup), and `r` is
/// found on the class and has no `__get__` to transform it, or is a function (whose
/// `__get__` on a class gives the function itself).
#[inline(never)]
fn plain_class_attr(c: &ObjRef, name: &Value, r: &Value) -> bool {
    let h = hash_of(name);
    if typeobj::lookup(&types().type_, name, h).is_some() {
        return false;
    }
    match typeobj::lookup(c, name, h) {
        Some(v) if v.is(r) => match &v {
            Value::Obj(vo) => {
                matches!(vo.payload, Payload::Function(_)) || {
                    let g = &names().get;
                    typeobj::lookup(&vo.class, g, hash_of(g)).is_none()
                }
            }
            _ => true,
        },
        _ => false,
    }
}

#[inline]
fn getattr_at_general(vm: &Vm, obj: &Value, name: &Value, cache: &InlineCache) -> PyResult<Value> {
    let r = match planned_get(vm, obj, name, get_plan_at(obj, name, cache), Some(cache)) {
        Ok(Some(v)) => return Ok(v),
        Ok(None) => getattr_general(vm, obj, name),
        Err(e) => Err(e),
    };
    r.map_err(|e| attribute_error_context(vm, e, obj, name))
}

fn getattr_general(vm: &Vm, obj: &Value, name: &Value) -> PyResult<Value> {
    let t = type_of(obj);
    // A user-defined __getattribute__ overrides everything.
    if tdata(t).heap {
        let ga = names().getattribute.clone();
        if let Some(f) = typeobj::lookup(t, &ga, hash_of(&ga)) {
            if matches!(f.payload(), Some(Payload::Function(_))) {
                let r = vm.call(&f, &[obj.clone(), name.clone()]);
                return match r {
                    Err(e) if vm.err_matches(&e, "AttributeError") => {
                        getattr_hook(vm, obj, name, e)
                    }
                    r => r,
                };
            }
        }
    }
    match generic_getattr(vm, obj, name) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => {
            let e = attr_error(vm, obj, name);
            getattr_hook(vm, obj, name, e)
        }
        // An AttributeError from a descriptor (a property's getter) also goes to
        // `__getattr__`, as in CPython's slot_tp_getattr_hook.
        Err(e) if vm.err_matches(&e, "AttributeError") => getattr_hook(vm, obj, name, e),
        Err(e) => Err(e),
    }
}

fn getattr_hook(vm: &Vm, obj: &Value, name: &Value, e: crate::PyErr) -> PyResult<Value> {
    let t = type_of(obj);
    // PEP 562: a module-level `__getattr__(name)` (e.g. concurrent.futures' lazy imports).
    if let Value::Obj(o) = obj {
        if matches!(o.payload, Payload::Module) {
            if let Some(f) = crate::interp::module_get(o, "__getattr__") {
                return vm.call(&f, std::slice::from_ref(name));
            }
        }
    }
    if tdata(t).heap {
        let k = names().getattr.clone();
        if let Some(f) = typeobj::lookup(t, &k, hash_of(&k)) {
            let f = bind(vm, f, obj.clone(), t);
            return vm.call(&f, std::slice::from_ref(name));
        }
    }
    Err(e)
}

pub fn attr_error(vm: &Vm, obj: &Value, name: &Value) -> crate::PyErr {
    let n = name_str(name);
    let e = match obj.payload() {
        Some(Payload::Type(d)) => vm.attribute_error(format!(
            "type object '{}' has no attribute '{}'",
            d.name.read(),
            n
        )),
        Some(Payload::Module) => {
            let mname =
                crate::interp::module_get(obj.as_obj().unwrap(), "__name__").and_then(|v| {
                    v.payload().and_then(|p| {
                        if let Payload::Str(s) = p {
                            Some(s.as_str().to_string())
                        } else {
                            None
                        }
                    })
                });
            match mname {
                Some(m) if crate::import::is_initializing(&m) => vm.attribute_error(format!(
                    "partially initialized module '{m}' has no attribute '{n}' \
                     (most likely due to a circular import)"
                )),
                Some(m) => vm.attribute_error(format!("module '{m}' has no attribute '{n}'")),
                None => vm.attribute_error(format!("module has no attribute '{n}'")),
            }
        }
        _ if crate::types::oserror::is_written_attr(vm, obj, n) => {
            vm.attribute_error("characters_written")
        }
        _ => vm.attribute_error(format!(
            "'{}' object has no attribute '{}'",
            vm.type_name(obj),
            n
        )),
    };
    let _ = vm.set_attr_raw(&e.0, "name", name.clone());
    let _ = vm.set_attr_raw(&e.0, "obj", obj.clone());
    e
}

/// A class attribute as the attribute protocol sees it on instances: CPython's
/// descriptors that weft only records for the class (`methods::add_shadow`) are skipped.
fn lookup_unshadowed(t: &ObjRef, name: &Value, h: i64) -> Option<Value> {
    typeobj::lookup(t, name, h).filter(|v| !crate::types::methods::is_shadow_of(v, name_str(name)))
}

/// `object.__getattribute__` (and `type.__getattribute__` for classes); `None` if missing.
pub fn generic_getattr(vm: &Vm, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
    let h = hash_of(name);
    let t = type_of(obj);
    if let Value::Obj(o) = obj {
        match &o.payload {
            Payload::Type(_) => return type_getattr(vm, o, name, h),
            // `super().name`: straight to `super.__getattribute__`, with the name as is.
            Payload::Super(_) if name_str(name) != "__class__" => {
                return crate::types::core::super_getattribute(
                    vm,
                    &[obj.clone(), name.clone()],
                    &[],
                )
                .map(Some);
            }
            _ => {}
        }
        if let Some(v) = crate::types::special_attr(vm, obj, name_str(name))? {
            return Ok(Some(v));
        }
    } else if let Some(v) = crate::types::special_attr(vm, obj, name_str(name))? {
        return Ok(Some(v));
    }
    let cls_attr = lookup_unshadowed(t, name, h);
    if let Some(ca) = &cls_attr {
        if is_data_descriptor(vm, ca) {
            return descr_get(vm, ca, obj, t, name).map(Some);
        }
    }
    if let Some(v) = own_attr(obj, name, h) {
        return Ok(Some(v));
    }
    if cls_attr.is_none()
        && typeobj::lookup(t, name, h).is_some_and(|v| crate::types::methods::is_member_shadow(&v))
    {
        // an object member not set (yet): None, as in CPython
        return Ok(Some(Value::None));
    }
    match cls_attr {
        Some(ca) => Ok(Some(bind_checked(vm, ca, obj.clone(), t)?)),
        // A bound method forwards unknown attributes to its function (as CPython's does).
        None => match obj.payload() {
            Some(Payload::Method(m)) => vm.getattr(&m.0, name_str(name)).map(Some),
            _ => Ok(None),
        },
    }
}

fn descr_get(vm: &Vm, d: &Value, obj: &Value, t: &ObjRef, name: &Value) -> PyResult<Value> {
    if type_of(d).ptr_eq(&types().getset_descriptor) {
        // A built-in type's attribute, stored in another class: it checks the object.
        let args = [d.clone(), obj.clone(), Value::Obj(t.clone())];
        return crate::types::methods::getset_get(vm, &args, &[]);
    }
    if let Some(Payload::Property(p)) = d.payload() {
        if p[0].is_none() {
            let n = Some(name_str(name));
            return Err(crate::types::core::property_missing(
                vm, d, n, obj, "getter",
            ));
        }
        return vm.call(&p[0], std::slice::from_ref(obj));
    }
    match get_descriptor(vm, d, &names().get) {
        Some(g) => vm.call(&g, &[d.clone(), obj.clone(), Value::Obj(t.clone())]),
        None => Ok(d.clone()),
    }
}

/// `classmethod.__get__` for owner `cls`: a method bound to `cls`, or, when the wrapped
/// object is itself a descriptor (a property, another classmethod), its
/// `__get__(cls, cls)` (CPython 3.9-3.12 chain descriptors this way).
pub fn classmethod_bind(vm: &Vm, inner: &Value, cls: Value) -> PyResult<Value> {
    let plain = match inner {
        Value::Obj(o) => matches!(o.payload, Payload::Function(_) | Payload::Builtin(_)),
        _ => true,
    };
    if !plain {
        if let Some(g) = typeobj::lookup(type_of(inner), &names().get, hash_of(&names().get)) {
            return vm.call(&g, &[inner.clone(), cls.clone(), cls]);
        }
    }
    Ok(Value::Obj(ObjRef::new(
        types().method.clone(),
        None,
        Payload::Method(Box::new((inner.clone(), cls))),
    )))
}

fn bind_checked(vm: &Vm, f: Value, obj: Value, t: &ObjRef) -> PyResult<Value> {
    match f.payload() {
        Some(Payload::ClassMethod(inner)) => {
            return classmethod_bind(vm, inner, Value::Obj(t.clone()))
        }
        // Built-in descriptors check what they are bound to; an unbound `super(T)`
        // binds to the instance.
        Some(Payload::Builtin(b)) if b.bound.is_none() => match b.kind {
            BuiltinKind::Method => crate::types::methods::descr_check(vm, b, &obj)?,
            BuiltinKind::ClassMethod => crate::types::methods::classmethod_descr_check(vm, b, t)?,
            _ => {}
        },
        Some(Payload::Super(_)) => {
            return crate::types::core::super_get(vm, &[f, obj, Value::Obj(t.clone())], &[])
        }
        _ => {}
    }
    if let Some(g) = get_descriptor(vm, &f, &names().get) {
        return vm.call(&g, &[f.clone(), obj, Value::Obj(t.clone())]);
    }
    Ok(bind(vm, f, obj, t))
}

/// Attribute lookup on a class: the metaclass's data descriptors, then the class's own
/// MRO (binding classmethods, unwrapping staticmethods, calling `__get__(None, cls)`).
fn type_getattr(vm: &Vm, cls: &ObjRef, name: &Value, h: i64) -> PyResult<Option<Value>> {
    let meta = &cls.class;
    if let Some(v) = crate::types::special_attr(vm, &Value::Obj(cls.clone()), name_str(name))? {
        return Ok(Some(v));
    }
    let meta_attr = lookup_unshadowed(meta, name, h);
    if let Some(ma) = &meta_attr {
        if is_data_descriptor(vm, ma) {
            return descr_get(vm, ma, &Value::Obj(cls.clone()), meta, name).map(Some);
        }
    }
    if let Some(v) = typeobj::lookup(cls, name, h) {
        let r = match &v {
            Value::Obj(o) => match &o.payload {
                Payload::StaticMethod(f) => f.clone(),
                Payload::ClassMethod(f) => classmethod_bind(vm, f, Value::Obj(cls.clone()))?,
                Payload::Builtin(b) if b.kind == BuiltinKind::ClassMethod && b.bound.is_none() => {
                    crate::types::methods::classmethod_descr_check(vm, b, cls)?;
                    bind_builtin(o, Value::Obj(cls.clone()))
                }
                Payload::Function(_) | Payload::Builtin(_) | Payload::Property(_) => v.clone(),
                _ => match get_descriptor(vm, &v, &names().get) {
                    Some(g) => vm.call(&g, &[v.clone(), Value::None, Value::Obj(cls.clone())])?,
                    None => v.clone(),
                },
            },
            _ => v.clone(),
        };
        return Ok(Some(r));
    }
    match meta_attr {
        Some(ma) => Ok(Some(bind_checked(vm, ma, Value::Obj(cls.clone()), meta)?)),
        None => Ok(None),
    }
}

/// `name` in `obj`'s own `__dict__` (None when it has no dict or no such key).
#[inline]
fn own_attr_hinted(obj: &Value, name: &Value, cache: &InlineCache) -> Option<Value> {
    match obj {
        Value::Obj(o) => instance_dict(o).and_then(|d| d.get_str_hinted(name, cache.hint())),
        _ => None,
    }
}

pub(crate) fn own_attr(obj: &Value, name: &Value, h: i64) -> Option<Value> {
    match obj {
        Value::Obj(o) => instance_dict(o).and_then(|d| d.get_str(name, h)),
        _ => None,
    }
}

/// LOAD_METHOD: `(method, Some(self))` for a plain function found on the type, else
/// `(attribute, None)`.
pub fn load_method(vm: &Vm, obj: &Value, name: &Value) -> PyResult<(Value, Option<Value>)> {
    load_method_planned(vm, obj, name, get_plan(obj, name))
}

/// `obj.name(...)`'s method lookup at a `LOAD_METHOD` with inline cache `cache`.
#[inline]
pub fn load_method_at(
    vm: &Vm,
    obj: &Value,
    name: &Value,
    cache: &InlineCache,
) -> PyResult<(Value, Option<Value>)> {
    if let Value::Obj(o) = obj {
        match &o.payload {
            Payload::Module => {
                if let Some(v) = module_attr_at(o, name, cache) {
                    return Ok((v, None));
                }
            }
            // `C.name(...)` on a class: the attribute itself, called without `self`.
            Payload::Type(_) if o.class.ptr_eq(&types().type_) => {
                return Ok((getattr_at(vm, obj, name, cache)?, None));
            }
            _ => {}
        }
    }
    match get_plan_at(obj, name, cache) {
        GetPlan::Method(f) => Ok(method_unless_shadowed(obj, name, f)),
        plan => load_method_unplanned(vm, obj, name, plan, cache),
    }
}

/// [`load_method_at`] without a `Method` plan (out of line: the eval loop inlines only
/// the planned case).
#[inline(never)]
fn load_method_unplanned(
    vm: &Vm,
    obj: &Value,
    name: &Value,
    plan: GetPlan,
    cache: &InlineCache,
) -> PyResult<(Value, Option<Value>)> {
    if let GetPlan::Slow = plan {
        if let Some(r) = builtin_method_at(obj, name, cache) {
            return Ok(r);
        }
        if let Some(r) = super_method(obj, name) {
            return Ok(r);
        }
    }
    load_method_planned(vm, obj, name, plan)
}

/// LOAD_METHOD on a `super` object bound to an instance (`super().name(...)`): when
/// the name found after `thisclass` in the MRO is a Python function, the function and
/// the instance, as `super.__getattribute__` would find and bind them (no bound method
/// is made, and the CALL can run the function inline). `None`: the general path.
fn super_method(obj: &Value, name: &Value) -> Option<(Value, Option<Value>)> {
    let Value::Obj(o) = obj else { return None };
    let Payload::Super(s) = &o.payload else {
        return None;
    };
    if !o.class.ptr_eq(&types().super_) {
        return None;
    }
    let (t, inst, start) = &**s;
    if inst.is_none() || matches!(inst.payload(), Some(Payload::Type(_))) {
        return None;
    }
    let f = super_function(start, t, name)?;
    Some((f, Some(inst.clone())))
}

/// What `super(thisclass, obj).name` finds for an instance `obj` of `start` when it is
/// a Python function: the first `name` in the namespaces after `thisclass` in `start`'s
/// MRO. `None` when there is none, or when it is anything else (the general path then
/// binds it as `super.__getattribute__` would), or when `thisclass` is not in the MRO.
pub(crate) fn super_function(start: &ObjRef, thisclass: &ObjRef, name: &Value) -> Option<Value> {
    let mro = typeobj::mro(start);
    let pos = mro.iter().position(|k| k.ptr_eq(thisclass))?;
    let h = crate::str_hash(name);
    for k in &mro[pos + 1..] {
        if let Some(Payload::Dict(d)) = k.dict.as_ref().map(|d| &d.payload) {
            if let Some(v) = d.get_str(name, h) {
                return matches!(v.payload(), Some(Payload::Function(_))).then_some(v);
            }
        }
    }
    None
}

/// A `Method` plan's result: the function and `self`, unless the instance dict holds
/// the name.
#[inline(always)]
fn method_unless_shadowed(obj: &Value, name: &Value, f: Value) -> (Value, Option<Value>) {
    match own_attr(obj, name, hash_of(name)) {
        Some(v) => (v, None),
        None => (f, Some(obj.clone())),
    }
}

/// [`load_method_at`] for objects attribute plans do not cover: on an instance of a
/// built-in type (no instance dict that could shadow the method; not a class or `super`
/// object, whose own attributes come first) the method found on the type is cached in
/// the site, keyed by the type's version. `None`: take the general path.
#[inline(always)]
fn builtin_method_at(
    obj: &Value,
    name: &Value,
    cache: &InlineCache,
) -> Option<(Value, Option<Value>)> {
    let td = tdata(type_of(obj));
    if td.heap {
        return None;
    }
    if let Value::Obj(o) = obj {
        if o.dict.is_some() || matches!(o.payload, Payload::Type(_) | Payload::Super(_)) {
            return None;
        }
    }
    let version = td.version.load(std::sync::atomic::Ordering::Acquire);
    match cache.get_plan(version) {
        Some(GetPlan::Method(f)) => Some((f, Some(obj.clone()))),
        Some(_) => None,
        None => builtin_method_miss(obj, name, cache, version),
    }
}

/// [`load_method_at`] on an instance of a built-in type when the site has no plan for
/// the type at `version`: the method descriptor (or Python function) found on the type
/// is remembered as a `Method` plan (built-in types' versions are unique and change with
/// their namespace, like classes'), anything else takes the general path.
#[inline(never)]
fn builtin_method_miss(
    obj: &Value,
    name: &Value,
    cache: &InlineCache,
    version: u64,
) -> Option<(Value, Option<Value>)> {
    let t = type_of(obj);
    let plan = match typeobj::lookup(t, name, hash_of(name)) {
        Some(f) if is_plain_method(&f) => GetPlan::Method(f),
        _ => GetPlan::Slow,
    };
    cache.put_plan(t, version, &plan);
    if let (GetPlan::Method(Value::Obj(m)), Value::Obj(_)) = (&plan, obj) {
        if let Payload::Builtin(b) = &m.payload {
            if m.is_immortal()
                && b.kind == crate::types::function::BuiltinKind::Method
                && b.bound.is_none()
                && b.owner.as_ref().is_some_and(|c| c.ptr_eq(t))
            {
                cache.put_builtin_method(m);
            }
        }
    }
    match plan {
        GetPlan::Method(f) => Some((f, Some(obj.clone()))),
        _ => None,
    }
}

/// A Python function or an unbound method descriptor: called with `self` split off.
fn is_plain_method(f: &Value) -> bool {
    match f.payload() {
        Some(Payload::Function(_)) => true,
        Some(Payload::Builtin(b)) => b.kind == BuiltinKind::Method && b.bound.is_none(),
        _ => false,
    }
}

#[inline(always)]
fn load_method_planned(
    vm: &Vm,
    obj: &Value,
    name: &Value,
    plan: GetPlan,
) -> PyResult<(Value, Option<Value>)> {
    if let GetPlan::Method(f) = plan {
        return Ok(method_unless_shadowed(obj, name, f));
    }
    let t = type_of(obj);
    let is_type = matches!(
        obj.payload(),
        Some(Payload::Type(_)) | Some(Payload::Super(_))
    );
    if !is_type {
        let heap = tdata(t).heap;
        let overridden = heap && {
            let ga = names().getattribute.clone();
            typeobj::lookup(t, &ga, hash_of(&ga))
                .map(|f| matches!(f.payload(), Some(Payload::Function(_))))
                .unwrap_or(false)
        };
        if !overridden {
            let h = hash_of(name);
            if let Some(f) = typeobj::lookup(t, name, h) {
                if is_plain_method(&f) {
                    if let Some(v) = own_attr(obj, name, h) {
                        return Ok((v, None));
                    }
                    return Ok((f, Some(obj.clone())));
                }
            }
        }
    }
    getattr_for_call(vm, obj, name)
}

/// LOAD_METHOD's general case: the attribute, with a bound method of a Python function
/// (`super().name`, a method stored on an instance) split into function and `self`, so
/// that CALL runs the function inline (calling the pair is the same call).
#[inline(never)]
fn getattr_for_call(vm: &Vm, obj: &Value, name: &Value) -> PyResult<(Value, Option<Value>)> {
    let v = getattr(vm, obj, name)?;
    if let Some(Payload::Method(m)) = v.payload() {
        if matches!(m.0.payload(), Some(Payload::Function(_))) {
            return Ok((m.0.clone(), Some(m.1.clone())));
        }
    }
    Ok((v, None))
}

/// The fast path of `getattr` for plain instances (see `attr_plan.rs`); `None` means
/// "take the general path".
#[inline(always)]
fn planned_get(
    vm: &Vm,
    obj: &Value,
    name: &Value,
    plan: GetPlan,
    cache: Option<&InlineCache>,
) -> PyResult<Option<Value>> {
    let dict_hit = |o: &Value| match cache {
        Some(c) => own_attr_hinted(o, name, c),
        None => own_attr(o, name, hash_of(name)),
    };
    Ok(match plan {
        GetPlan::Slow => None,
        GetPlan::Dict => dict_hit(obj),
        GetPlan::Method(f) => Some(dict_hit(obj).unwrap_or_else(|| {
            Value::Obj(ObjRef::new(
                types().method.clone(),
                None,
                Payload::Method(Box::new((f, obj.clone()))),
            ))
        })),
        GetPlan::ClassValue(v) => Some(dict_hit(obj).unwrap_or(v)),
        GetPlan::Property(g) => Some(vm.call(&g, std::slice::from_ref(obj))?),
        GetPlan::Slot => match (obj.payload(), cache) {
            (Some(Payload::Slots(d)), Some(c)) => d.get_str_hinted(name, c.hint()),
            (Some(Payload::Slots(d)), None) => d.get_str(name, hash_of(name)),
            _ => None,
        },
    })
}

/// `setattr(obj, name, value)`.
pub fn setattr(vm: &Vm, obj: &Value, name: &Value, v: Value) -> PyResult<()> {
    setattr_planned(vm, obj, name, v, set_plan(obj, name), None)
}

/// `obj.name = v` at a `STORE_ATTR` with inline cache `cache` (the general path, after
/// [`setattr_fast`]).
#[inline(never)]
pub fn setattr_at(
    vm: &Vm,
    obj: &Value,
    name: &Value,
    v: Value,
    cache: &InlineCache,
) -> PyResult<()> {
    setattr_planned(vm, obj, name, v, set_plan_at(obj, name, cache), Some(cache))
}

#[inline(always)]
fn setattr_planned(
    vm: &Vm,
    obj: &Value,
    name: &Value,
    v: Value,
    plan: SetPlan,
    cache: Option<&InlineCache>,
) -> PyResult<()> {
    let store = |d: &crate::types::dict::Dict, v: Value| match cache {
        Some(c) => {
            d.set_str_hinted(name, v, c.hint());
        }
        None => d.set_str(name.clone(), hash_of(name), v),
    };
    match (plan, obj) {
        (SetPlan::Dict, Value::Obj(o)) => {
            if let Some(d) = instance_dict(o) {
                store(d, v);
                typeobj::note_attrs(&o.class, d.len().saturating_sub(1));
                return Ok(());
            }
        }
        (SetPlan::Slot, Value::Obj(o)) => {
            if let Payload::Slots(d) = &o.payload {
                store(d, v);
                return Ok(());
            }
        }
        _ => {}
    }
    let t = type_of(obj);
    let h = hash_of(name);
    if tdata(t).heap {
        let sa = names().setattr.clone();
        if let Some(f) = typeobj::lookup(t, &sa, hash_of(&sa)) {
            if matches!(f.payload(), Some(Payload::Function(_))) {
                vm.call(&f, &[obj.clone(), name.clone(), v])?;
                return Ok(());
            }
        }
    }
    generic_setattr(vm, obj, name, h, v)
}

/// `object.__setattr__`.
pub fn generic_setattr(vm: &Vm, obj: &Value, name: &Value, h: i64, v: Value) -> PyResult<()> {
    let t = type_of(obj);
    if let Value::Obj(o) = obj {
        if let Payload::Type(td) = &o.payload {
            if !td.heap {
                return Err(vm.type_error(format!(
                    "cannot set '{}' attribute of immutable type '{}'",
                    name_str(name),
                    crate::repr::tp_name(o)
                )));
            }
            if let Some(r) = crate::types::set_special_attr(vm, obj, name_str(name), &v)? {
                return Ok(r);
            }
            if tdata(t).heap {
                // A data descriptor defined in Python on the metaclass (a property, an
                // object with __set__) takes the assignment before the class's dict.
                if let Some(ca) = lookup_unshadowed(t, name, h) {
                    if let Some(Payload::Property(p)) = ca.payload() {
                        if !matches!(p[0].payload(), Some(Payload::Builtin(_))) {
                            return property_set(vm, p, obj, name, v);
                        }
                    } else if tdata(type_of(&ca)).heap {
                        if let Some(s) = get_descriptor(vm, &ca, &names().set) {
                            vm.call(&s, &[ca.clone(), obj.clone(), v])?;
                            return Ok(());
                        }
                    }
                }
            }
            if let Some(d) = instance_dict(o) {
                if name_str(name) == "__del__" {
                    td.has_del.store(true, std::sync::atomic::Ordering::Relaxed);
                    crate::finalize::note_finalizable();
                }
                if name_str(name) == "__new__" && !crate::call::is_object_builtin(&v, "__new__") {
                    td.new_sticky
                        .store(true, std::sync::atomic::Ordering::Relaxed);
                }
                d.set_str(name.clone(), h, v);
                typeobj::invalidate(o);
                return Ok(());
            }
        }
    }
    if let Some(ca) = lookup_unshadowed(t, name, h) {
        if let Some(Payload::Property(p)) = ca.payload() {
            if p[1].is_none() && matches!(p[0].payload(), Some(Payload::Builtin(_))) {
                // A built-in type's read-only attribute (CPython's getset descriptor).
                return Err(not_writable(vm, obj, t, name, h));
            }
            return property_set(vm, p, obj, name, v);
        }
        if let Some(s) = get_descriptor(vm, &ca, &names().set) {
            vm.call(&s, &[ca.clone(), obj.clone(), v])?;
            return Ok(());
        }
        if get_descriptor(vm, &ca, &names().delete).is_some() {
            // A descriptor with only `__delete__` still takes assignments, and fails them.
            return Err(vm.attribute_error("__set__"));
        }
    }
    if let Some(r) = crate::types::set_special_attr(vm, obj, name_str(name), &v)? {
        return Ok(r);
    }
    if let Value::Obj(o) = obj {
        if let Some(d) = instance_dict(o) {
            d.set_str(name.clone(), h, v);
            return Ok(());
        }
    }
    if let Some(d) = typeobj::lookup(t, name, h) {
        // a built-in attribute nothing above could store
        if crate::types::methods::is_member_shadow(&d) {
            return Err(vm.attribute_error("readonly attribute"));
        }
        if crate::types::methods::is_shadow(&d) {
            return Err(not_writable(vm, obj, t, name, h));
        }
    }
    if lookup_unshadowed(t, name, h).is_some() {
        return Err(vm.attribute_error(format!(
            "'{}' object attribute '{}' is read-only",
            vm.type_name(obj),
            name_str(name)
        )));
    }
    Err(vm.attribute_error(format!(
        "'{}' object has no attribute '{}'",
        vm.type_name(obj),
        name_str(name)
    )))
}

/// `delattr(obj, name)`.
pub fn delattr(vm: &Vm, obj: &Value, name: &Value) -> PyResult<()> {
    let t = type_of(obj);
    let h = hash_of(name);
    if tdata(t).heap {
        let da = names().delattr.clone();
        if let Some(f) = typeobj::lookup(t, &da, hash_of(&da)) {
            if matches!(f.payload(), Some(Payload::Function(_))) {
                vm.call(&f, &[obj.clone(), name.clone()])?;
                return Ok(());
            }
        }
    }
    generic_delattr(vm, obj, name, h)
}

pub fn generic_delattr(vm: &Vm, obj: &Value, name: &Value, h: i64) -> PyResult<()> {
    let t = type_of(obj);
    if let (Some(Payload::Type(td)), Value::Obj(o)) = (obj.payload(), obj) {
        if !td.heap {
            return Err(vm.type_error(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                name_str(name),
                crate::repr::tp_name(o)
            )));
        }
        // The attributes every class has (type's getset descriptors) cannot be deleted.
        match name_str(name) {
            n @ ("__name__" | "__qualname__" | "__bases__" | "__doc__" | "__module__") => {
                return Err(vm.type_error(format!(
                    "cannot delete '{n}' attribute of immutable type '{}'",
                    td.name.read()
                )))
            }
            "__mro__" => return Err(vm.attribute_error("readonly attribute")),
            "__dict__" => {
                return Err(
                    vm.attribute_error("attribute '__dict__' of 'type' objects is not writable")
                )
            }
            _ => {}
        }
    }
    if let Some(ca) = lookup_unshadowed(t, name, h) {
        if let Some(Payload::Property(p)) = ca.payload() {
            if p[1].is_none()
                && p[2].is_none()
                && matches!(p[0].payload(), Some(Payload::Builtin(_)))
            {
                // A built-in read-only attribute (getset descriptor): as for setting.
                return Err(not_writable(vm, obj, t, name, h));
            }
            if p[2].is_none() {
                let n = Some(name_str(name));
                return Err(crate::types::core::property_missing(
                    vm, &ca, n, obj, "deleter",
                ));
            }
            vm.call(&p[2], std::slice::from_ref(obj))?;
            return Ok(());
        }
        if let Some(s) = get_descriptor(vm, &ca, &names().delete) {
            vm.call(&s, &[ca.clone(), obj.clone()])?;
            return Ok(());
        }
        if get_descriptor(vm, &ca, &names().set).is_some() {
            return Err(vm.attribute_error("__delete__"));
        }
    }
    if name_str(name) == "__class__" {
        return Err(crate::types::class_assign::delete_error(vm));
    }
    if let Value::Obj(o) = obj {
        if let Some(d) = instance_dict(o) {
            if d.remove_str(name, h).is_some() {
                if let Payload::Type(_) = &o.payload {
                    typeobj::invalidate(o);
                }
                return Ok(());
            }
        }
    }
    if crate::types::is_readonly_member(obj, name_str(name)) {
        return Err(vm.attribute_error("readonly attribute"));
    }
    match (obj.payload(), name_str(name)) {
        (
            Some(Payload::Exception(_)),
            n @ ("args" | "__traceback__" | "__cause__" | "__context__"),
        ) => {
            return Err(vm.type_error(format!("{n} may not be deleted")));
        }
        (Some(Payload::Exception(_)), "__suppress_context__") => {
            return Err(vm.type_error("can't delete numeric/char attribute"));
        }
        // A function's writable attributes: deleting resets some, refuses others.
        (Some(Payload::Function(_)), n @ ("__defaults__" | "__kwdefaults__")) => {
            crate::types::set_special_attr(vm, obj, n, &Value::None)?;
            return Ok(());
        }
        (Some(Payload::Function(_)), "__annotations__") => {
            crate::types::set_special_attr(vm, obj, "__annotations__", &crate::new_dict())?;
            return Ok(());
        }
        (Some(Payload::Function(_)), "__code__") => {
            return Err(vm.type_error("__code__ must be set to a code object"));
        }
        (Some(Payload::Function(_)), n @ ("__name__" | "__qualname__")) => {
            return Err(vm.type_error(format!("{n} must be set to a string object")));
        }
        (Some(Payload::Function(_)), "__globals__" | "__closure__" | "__builtins__") => {
            return Err(vm.attribute_error("readonly attribute"));
        }
        _ => {}
    }
    if matches!(obj.payload(), Some(Payload::Module)) {
        // Deleting goes through the generic protocol, whose message names the type.
        return Err(vm.attribute_error(format!(
            "'{}' object has no attribute '{}'",
            vm.type_name(obj),
            name_str(name)
        )));
    }
    // An attribute of the class (a method, a class attribute) on an object without a
    // `__dict__`: nothing of the instance's could be deleted.
    let no_dict = match obj {
        Value::Obj(o) => o.dict.is_none() && !matches!(o.payload, Payload::Type(_)),
        _ => true,
    };
    if no_dict && lookup_unshadowed(t, name, h).is_some() {
        return Err(vm.attribute_error(format!(
            "'{}' object attribute '{}' is read-only",
            vm.type_name(obj),
            name_str(name)
        )));
    }
    Err(attr_error(vm, obj, name))
}

/// "attribute 'x' of 'T' objects is not writable", naming the class in `t`'s MRO that
/// defines the built-in read-only attribute (CPython's getset descriptor).
fn not_writable(vm: &Vm, obj: &Value, t: &ObjRef, name: &Value, h: i64) -> crate::PyErr {
    let owner = typeobj::mro(t)
        .iter()
        .find(|k| {
            k.dict.as_ref().is_some_and(|d| match &d.payload {
                Payload::Dict(d) => d.get_str(name, h).is_some(),
                _ => false,
            })
        })
        .map(crate::repr::tp_name)
        .unwrap_or_else(|| vm.type_name(obj));
    vm.attribute_error(format!(
        "attribute '{}' of '{}' objects is not writable",
        name_str(name),
        owner
    ))
}

/// `obj.name = v` through a property `p` (getter, setter, deleter): its setter, or
/// CPython's error for a property without one.
fn property_set(vm: &Vm, p: &[Value; 4], obj: &Value, name: &Value, v: Value) -> PyResult<()> {
    if p[1].is_none() {
        let n = Some(name_str(name));
        return Err(crate::types::core::property_missing(
            vm,
            &Value::None,
            n,
            obj,
            "setter",
        ));
    }
    vm.call(&p[1], &[obj.clone(), v])?;
    Ok(())
}
