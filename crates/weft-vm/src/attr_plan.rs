//! Attribute plans: what `obj.name` and `obj.name = v` do for instances of a given
//! class, worked out once per (class version, name) and kept in a per-thread
//! [`TypeCache`] — weft's counterpart of CPython 3.11's specialised `LOAD_ATTR_*` /
//! `STORE_ATTR_*` instructions (PEP 659), without writing to shared code objects.
//!
//! Plans cover plain instances (`Payload::Plain`) of classes defined in Python with
//! no `__getattribute__`/`__setattr__` of their own; everything else takes the general
//! path in `attr.rs`, which is also where any miss of a plan ends up (so
//! `__getattr__` hooks and error messages stay in one place).

use crate::inline_cache::InlineCache;
use crate::payload::Payload;
use crate::types::typeobj::{self, cached, tdata, Layout, TypeCache};
use crate::value::Value;
use std::cell::RefCell;
use std::sync::atomic::Ordering;

#[derive(Clone)]
pub enum GetPlan {
    /// Take the general path.
    Slow,
    /// The class has nothing under this name: the instance dict decides.
    Dict,
    /// A Python function on the class, unless the instance dict shadows it.
    Method(Value),
    /// A plain class attribute (no descriptor), unless the instance dict shadows it.
    ClassValue(Value),
    /// A `property` with a getter.
    Property(Value),
    /// A `__slots__` member: the value stored in the instance (data descriptor: the
    /// instance dict never shadows it).
    Slot,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum SetPlan {
    Slow,
    /// Store straight into the instance dict.
    Dict,
    /// Store into the instance's `__slots__` storage.
    Slot,
}

thread_local! {
    static GET_PLANS: RefCell<TypeCache<GetPlan>> = const { RefCell::new(TypeCache::new()) };
    static SET_PLANS: RefCell<TypeCache<SetPlan>> = const { RefCell::new(TypeCache::new()) };
}

/// Can `o` use plans at all? (A plain instance of a class defined in Python.)
#[inline(always)]
fn plannable(o: &crate::object::ObjRef) -> bool {
    let td = tdata(&o.class);
    td.heap && td.layout == Layout::Plain && matches!(o.payload, Payload::Plain | Payload::Slots(_))
}

fn has_python_override(t: &crate::object::ObjRef, name: &Value) -> bool {
    typeobj::lookup(t, name, crate::str_hash(name))
        .is_some_and(|f| matches!(f.payload(), Some(Payload::Function(_))))
}

fn is_special_name(name: &Value) -> bool {
    matches!(crate::attr::name_str(name), "__class__" | "__dict__")
}

/// A class attribute that is a plain value (exactly a str, tuple, int or float; not a
/// descriptor that happens to have such a payload, like a `__slots__` member).
fn is_plain_data(o: &crate::object::ObjRef) -> bool {
    let t = crate::types::types();
    let c = &o.class;
    c.ptr_eq(&t.str) || c.ptr_eq(&t.tuple) || c.ptr_eq(&t.int) || c.ptr_eq(&t.float)
}

/// The slot plan for a `__slots__` member found on class `t`, unless the member belongs
/// to a class `t` does not derive from (stored there by hand): its `__get__`/`__set__`
/// then refuses the instance, on the general path.
fn slot_plan<P>(t: &crate::object::ObjRef, member: &crate::object::ObjRef, slot: P, slow: P) -> P {
    match crate::types::methods::member_owner(member) {
        Some(owner) if typeobj::is_subtype(t, owner) => slot,
        _ => slow,
    }
}

fn compute_get(t: &crate::object::ObjRef, name: &Value, hash: i64) -> GetPlan {
    let n = crate::names::names();
    if has_python_override(t, &n.getattribute) || is_special_name(name) {
        return GetPlan::Slow;
    }
    let Some(ca) = typeobj::lookup(t, name, hash) else {
        return GetPlan::Dict;
    };
    match &ca {
        Value::Obj(o) if crate::types::methods::is_member_descriptor(o) => {
            slot_plan(t, o, GetPlan::Slot, GetPlan::Slow)
        }
        Value::Obj(o) => match &o.payload {
            Payload::Function(_) => GetPlan::Method(ca.clone()),
            // A getter's AttributeError goes to `__getattr__`: only the general path does that.
            // A built-in type's attribute (getset descriptor) checks the object there too.
            Payload::Property(p)
                if !p[0].is_none()
                    && !o.class.ptr_eq(&crate::types::types().getset_descriptor)
                    && typeobj::lookup(t, &n.getattr, crate::str_hash(&n.getattr)).is_none() =>
            {
                GetPlan::Property(p[0].clone())
            }
            _ => {
                if is_plain_data(o) {
                    GetPlan::ClassValue(ca.clone())
                } else {
                    GetPlan::Slow
                }
            }
        },
        _ => GetPlan::ClassValue(ca.clone()),
    }
}

fn compute_set(t: &crate::object::ObjRef, name: &Value, hash: i64) -> SetPlan {
    let n = crate::names::names();
    if has_python_override(t, &n.setattr) || is_special_name(name) {
        return SetPlan::Slow;
    }
    match typeobj::lookup(t, name, hash) {
        None => SetPlan::Dict,
        Some(ca) => match &ca {
            Value::Obj(o) if crate::types::methods::is_member_descriptor(o) => {
                slot_plan(t, o, SetPlan::Slot, SetPlan::Slow)
            }
            Value::Obj(o) => match &o.payload {
                Payload::Function(_) if o.class.ptr_eq(&crate::types::types().function) => {
                    SetPlan::Dict
                }
                _ if is_plain_data(o) => SetPlan::Dict,
                _ => SetPlan::Slow,
            },
            _ => SetPlan::Dict,
        },
    }
}

/// The get plan for `obj.name` (`Slow` for objects plans do not cover).
#[inline]
pub fn get_plan(obj: &Value, name: &Value) -> GetPlan {
    match (obj, name) {
        (Value::Obj(o), Value::Obj(n)) if plannable(o) => {
            let hash = crate::str_hash(name);
            cached(&GET_PLANS, &o.class, n, hash, || {
                compute_get(&o.class, name, hash)
            })
        }
        _ => GetPlan::Slow,
    }
}

/// The set plan for `obj.name = v`.
#[inline]
pub fn set_plan(obj: &Value, name: &Value) -> SetPlan {
    match (obj, name) {
        (Value::Obj(o), Value::Obj(n)) if plannable(o) => {
            let hash = crate::str_hash(name);
            cached(&SET_PLANS, &o.class, n, hash, || {
                compute_set(&o.class, name, hash)
            })
        }
        _ => SetPlan::Slow,
    }
}

/// [`get_plan`] through the inline cache of one `LOAD_ATTR`/`LOAD_METHOD` instruction.
#[inline(always)]
pub fn get_plan_at(obj: &Value, name: &Value, cache: &InlineCache) -> GetPlan {
    match obj {
        Value::Obj(o) if plannable(o) => {
            let version = tdata(&o.class).version.load(Ordering::Acquire);
            if let Some(p) = cache.get_plan(version) {
                return p;
            }
            get_plan_miss(obj, name, cache, version)
        }
        _ => GetPlan::Slow,
    }
}

/// [`get_plan_at`] when the site has no plan for the class at this version yet.
#[inline(never)]
fn get_plan_miss(obj: &Value, name: &Value, cache: &InlineCache, version: u64) -> GetPlan {
    let p = get_plan(obj, name);
    if let Value::Obj(o) = obj {
        cache.put_plan(&o.class, version, &p);
    }
    p
}

/// [`set_plan`] through the inline cache of one `STORE_ATTR` instruction.
#[inline]
pub fn set_plan_at(obj: &Value, name: &Value, cache: &InlineCache) -> SetPlan {
    match obj {
        Value::Obj(o) if plannable(o) => {
            let version = tdata(&o.class).version.load(Ordering::Acquire);
            if let Some(p) = cache.get_set_plan(version) {
                return p;
            }
            let p = set_plan(obj, name);
            cache.put_set_plan(&o.class, version, p);
            p
        }
        _ => SetPlan::Slow,
    }
}
