//! `object`, `type`, `property`, `staticmethod`, `classmethod`, `super` and the
//! constructors of the built-in value types
//! (<https://docs.python.org/3.11/library/functions.html#object>).

use crate::object::ObjRef;
use crate::payload::Payload;
use crate::types::number::{as_int, IntRef};
use crate::types::typeobj::{self, tdata, Layout};
use crate::types::{add_method, add_staticmethod, types};
use crate::value::Value;
use crate::vm::{type_of, Vm};
use crate::{new_list, new_str, new_tuple, PyResult};

type Kw<'a> = &'a [(Value, Value)];

fn cls_arg(vm: &Vm, args: &[Value]) -> PyResult<ObjRef> {
    match args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Type(_)) => Ok(o.clone()),
        _ => Err(vm.type_error("__new__(X): X is not a type object")),
    }
}

/// Allocate an instance of `cls` with the given built-in payload.
pub fn alloc(cls: &ObjRef, payload: Payload) -> Value {
    let td = tdata(cls);
    let dict = if td.heap && td.has_dict {
        let room = td.attrs_seen.load(std::sync::atomic::Ordering::Relaxed);
        Some(crate::new_dict_obj_with_capacity(room as usize))
    } else {
        None
    };
    Value::Obj(ObjRef::new(cls.clone(), dict, payload))
}

/// Does `cls` or a base declare `__slots__` members (beyond `__dict__`/`__weakref__`)?
fn mro_has_slots(cls: &ObjRef) -> bool {
    crate::types::typeobj::mro(cls).iter().any(|t| {
        tdata(t).slots.as_ref().is_some_and(|s| {
            s.iter()
                .any(|n| n.as_str() != "__dict__" && n.as_str() != "__weakref__")
        })
    })
}

/// Does `cls` inherit `name` unchanged from `object`?
fn is_object_slot(cls: &ObjRef, name: &str) -> bool {
    let n = crate::names::names();
    let k = match name {
        "__init__" => n.init.clone(),
        "__new__" => n.new.clone(),
        _ => crate::intern(name),
    };
    let h = crate::str_hash(&k);
    match (
        typeobj::lookup(cls, &k, h),
        typeobj::lookup(&types().object, &k, h),
    ) {
        (Some(a), Some(b)) => a.is(&b),
        _ => false,
    }
}

/// What `object.__new__` and `object.__init__` need to know about a class, worked out
/// once per class version (each of these is a lookup through the MRO).
#[derive(Clone, Copy)]
struct NewFacts {
    init_is_object: bool,
    new_is_object: bool,
    /// `__abstractmethods__` is defined (the instance may not be creatable).
    abstract_attr: bool,
    has_slots: bool,
}

thread_local! {
    static NEW_FACTS: std::cell::RefCell<typeobj::TypeCache<NewFacts>> =
        const { std::cell::RefCell::new(typeobj::TypeCache::new()) };
}

fn new_facts(cls: &ObjRef) -> NewFacts {
    let key = &crate::names::names().new;
    let Value::Obj(k) = key else {
        unreachable!("interned name")
    };
    typeobj::cached(&NEW_FACTS, cls, k, crate::str_hash(key), || {
        let ak = crate::intern("__abstractmethods__");
        NewFacts {
            init_is_object: is_object_slot(cls, "__init__"),
            new_is_object: is_object_slot(cls, "__new__"),
            abstract_attr: typeobj::lookup(cls, &ak, crate::str_hash(&ak)).is_some(),
            has_slots: mro_has_slots(cls),
        }
    })
}

/// Whether `object.__new__(cls, ...)` for this class (whose `__init__` is overridden,
/// so arguments are accepted) would simply allocate a plain instance: a plain layout,
/// no `__abstractmethods__`, no `__slots__` members (then `alloc(cls, Payload::Plain)`
/// makes it).
pub(crate) fn plain_new_ok(cls: &ObjRef) -> bool {
    let facts = new_facts(cls);
    tdata(cls).layout == Layout::Plain && !facts.abstract_attr && !facts.has_slots
}

pub(crate) fn object_new(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let cls = cls_arg(vm, args)?;
    if (args.len() > 1 || !kw.is_empty()) && cls.ptr_eq(&types().object) {
        return Err(vm.type_error("object() takes no arguments"));
    }
    if tdata(&cls).layout == Layout::Special && is_object_slot(&cls, "__new__") {
        // Native helper types (views, iterators, builtin functions): before any argument check.
        let name = tdata(&cls).name.read().clone();
        return Err(vm.type_error(format!("cannot create '{name}' instances")));
    }
    let facts = new_facts(&cls);
    if args.len() > 1 || !kw.is_empty() {
        // CPython's object_new: a class with its own `__new__` passed arguments on; a
        // class with neither method was called with arguments.
        if !facts.new_is_object
            || tdata(&cls)
                .new_sticky
                .load(std::sync::atomic::Ordering::Relaxed)
        {
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if facts.init_is_object {
            return Err(vm.type_error(format!("{}() takes no arguments", tdata(&cls).name.read())));
        }
    }
    // Abstract classes cannot be instantiated.
    let abstract_methods = facts.abstract_attr.then(|| {
        let ak = crate::intern("__abstractmethods__");
        typeobj::lookup(&cls, &ak, crate::str_hash(&ak))
    });
    if let Some(Some(am)) = abstract_methods {
        if let Ok(names) = vm.collect(&am) {
            if !names.is_empty() {
                let mut ns: Vec<String> = names.iter().filter_map(|n| vm.str(n).ok()).collect();
                ns.sort();
                let list = ns.join(", ");
                let plural = if ns.len() > 1 { "s" } else { "" };
                return Err(vm.type_error(format!(
                    "Can't instantiate abstract class {} with abstract method{} {}",
                    tdata(&cls).name.read(),
                    plural,
                    list
                )));
            }
        }
    }
    let layout = tdata(&cls).layout;
    // A built-in data layout needs its own `__new__` (the payload would be missing).
    // Native helper types (iterators, views, ...) have no Python-level constructor.
    let unsafe_new = match layout {
        Layout::Plain => false,
        Layout::Special => !is_object_slot(&cls, "__new__"),
        _ => true,
    };
    if unsafe_new {
        let name = tdata(&cls).name.read().clone();
        return Err(vm.type_error(format!(
            "object.__new__({name}) is not safe, use {name}.__new__()"
        )));
    }
    if layout == Layout::Special {
        let name = tdata(&cls).name.read().clone();
        return Err(vm.type_error(format!("cannot create '{name}' instances")));
    }
    let payload = match layout {
        Layout::Plain => Payload::Plain,
        Layout::Exception => Payload::Exception(Box::new(crate::types::exception::ExcData::new(
            new_tuple(args[1..].to_vec()),
        ))),
        _ => Payload::Plain,
    };
    // Slot values of a plain slotted instance live in the object itself, hidden from
    // `__dict__` (which such instances do not have).
    if matches!(payload, Payload::Plain) && facts.has_slots {
        return Ok(alloc(&cls, Payload::Slots(crate::types::dict::Dict::new())));
    }
    Ok(alloc(&cls, payload))
}

fn object_init(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if args.len() > 1 || !kw.is_empty() {
        let t = type_of(&args[0]);
        let facts = new_facts(t);
        // CPython's object_init: a class with its own `__init__` passed arguments on.
        if !facts.init_is_object {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if facts.new_is_object {
            return Err(vm.type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                tdata(t).name.read()
            )));
        }
    }
    Ok(Value::None)
}

fn object_repr(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(new_str(crate::repr::object_repr(&args[0])))
}

fn object_str(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(new_str(vm.repr(&args[0])?))
}

fn object_eq(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(if args[0].is(&args[1]) {
        Value::Bool(true)
    } else {
        Value::Obj(types().not_implemented.clone())
    })
}

/// `object.__ne__`: the inverse of the type's own `__eq__` (no reflected operand),
/// NotImplemented passed through.
fn object_ne(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    }
    let k = crate::intern("__eq__");
    let r = match typeobj::lookup(type_of(&args[0]), &k, crate::str_hash(&k)) {
        Some(eq) => vm.call(&eq, args)?,
        None => return object_eq(vm, args, _kw),
    };
    if let Value::Obj(o) = &r {
        if o.ptr_eq(&types().not_implemented) {
            return Ok(r);
        }
    }
    Ok(Value::Bool(!vm.truthy(&r)?))
}

fn object_hash(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(crate::ops::hash_int(args[0].id() >> 4)))
}

fn not_impl(_vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Obj(types().not_implemented.clone()))
}

/// `object.__setattr__(cls, ...)`: classes have type's own `__setattr__`, which
/// object's may not bypass (CPython's "hackcheck").
fn refuse_for_class(vm: &Vm, obj: &Value, what: &str) -> PyResult<()> {
    if matches!(obj.payload(), Some(Payload::Type(_))) {
        return Err(vm.type_error(format!("can't apply this {what} to type object")));
    }
    Ok(())
}

fn object_setattr(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    refuse_for_class(vm, &args[0], "__setattr__")?;
    let name = crate::intern(
        crate::builtins::str_arg(&args[1])
            .ok_or_else(|| crate::builtins::attr_name_error(vm, &args[1]))?,
    );
    crate::attr::generic_setattr(vm, &args[0], &name, crate::str_hash(&name), args[2].clone())?;
    Ok(Value::None)
}

fn object_getattribute(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let name = crate::intern(
        crate::builtins::str_arg(&args[1])
            .ok_or_else(|| crate::builtins::attr_name_error(vm, &args[1]))?,
    );
    match crate::attr::generic_getattr(vm, &args[0], &name)? {
        Some(v) => Ok(v),
        None => Err(crate::attr::attr_error(vm, &args[0], &name)),
    }
}

/// `type.__setattr__` (what `super().__setattr__` reaches from a metaclass).
fn type_setattr(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let name = crate::intern(
        crate::builtins::str_arg(&args[1])
            .ok_or_else(|| crate::builtins::attr_name_error(vm, &args[1]))?,
    );
    crate::attr::generic_setattr(vm, &args[0], &name, crate::str_hash(&name), args[2].clone())?;
    Ok(Value::None)
}

/// `type.__delattr__`.
fn type_delattr(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let name = crate::intern(
        crate::builtins::str_arg(&args[1])
            .ok_or_else(|| crate::builtins::attr_name_error(vm, &args[1]))?,
    );
    crate::attr::generic_delattr(vm, &args[0], &name, crate::str_hash(&name))?;
    Ok(Value::None)
}

fn object_delattr(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    refuse_for_class(vm, &args[0], "__delattr__")?;
    let name = crate::intern(
        crate::builtins::str_arg(&args[1])
            .ok_or_else(|| crate::builtins::attr_name_error(vm, &args[1]))?,
    );
    crate::attr::generic_delattr(vm, &args[0], &name, crate::str_hash(&name))?;
    Ok(Value::None)
}

fn object_init_subclass(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let name = match args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Type(_)) => {
            tdata(o).name.read().clone()
        }
        _ => "object".to_string(),
    };
    if !kw.is_empty() {
        return Err(vm.type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "{name}.__init_subclass__() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    Ok(Value::None)
}

fn object_format(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let spec_empty = match args.get(1) {
        None => true,
        Some(v) => crate::types::text::format_spec(vm, v)?.is_empty(),
    };
    if !spec_empty {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&args[0])
        )));
    }
    Ok(new_str(vm.str(&args[0])?))
}

fn object_dir(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = crate::interp::module_get(crate::interp::interp().builtins(), "dir").unwrap();
    vm.call(&f, &args[..1])
}

/// `object.__reduce_ex__(protocol)`: a `__reduce__` the class overrides wins; objects
/// with native state cannot be pickled; the rest is `copyreg._weft_reduce_ex` (lib/).
fn object_reduce_ex(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    // The protocol is a C int ("'str' object cannot be interpreted as an integer").
    let proto_n = match args.get(1) {
        Some(p) => crate::types::str_case::c_int_arg(vm, p)?,
        None => 0,
    };
    let t = type_of(&args[0]).clone();
    let k = crate::intern("__reduce__");
    let h = crate::str_hash(&k);
    if let (Some(mine), Some(base)) = (
        typeobj::lookup(&t, &k, h),
        typeobj::lookup(&types().object, &k, h),
    ) {
        if !mine.is(&base) {
            let f = vm.getattr(&args[0], "__reduce__")?;
            return vm.call(&f, &[]);
        }
    }
    if matches!(
        args[0].payload(),
        Some(Payload::Native(_))
            | Some(Payload::Generator(_))
            | Some(Payload::Frame(_))
            | Some(Payload::Module)
    ) || (proto_n >= 2
        // native state that CPython's protocol 2+ reduction cannot reach (below
        // protocol 2, copyreg._reduce_ex refuses the built-in class itself)
        && matches!(
            args[0].payload(),
            Some(Payload::MappingProxy(_))
                | Some(Payload::DictView(_))
                | Some(Payload::StaticMethod(_))
                | Some(Payload::ClassMethod(_))
                | Some(Payload::Property(_))
        ))
    {
        return Err(vm.type_error(format!("cannot pickle '{}' object", vm.type_name(&args[0]))));
    }
    let proto = args.get(1).cloned().unwrap_or(Value::Int(0));
    let copyreg = crate::import::import_module(vm, "copyreg")?;
    let f = vm.getattr(&copyreg, "_weft_reduce_ex")?;
    vm.call(&f, &[args[0].clone(), proto])
}

/// `object.__getstate__()`: the instance dict and slot values (`copyreg._weft_getstate`).
fn object_getstate(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if matches!(args[0].payload(), Some(Payload::Native(_))) {
        return Err(vm.type_error(format!("cannot pickle '{}' object", vm.type_name(&args[0]))));
    }
    let copyreg = crate::import::import_module(vm, "copyreg")?;
    let f = vm.getattr(&copyreg, "_weft_getstate")?;
    vm.call(&f, &[args[0].clone()])
}

/// `object.__reduce__()`: the protocol 0 reduction (`copyreg._reduce_ex`).
fn object_reduce(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let copyreg = crate::import::import_module(vm, "copyreg")?;
    let f = vm.getattr(&copyreg, "_reduce_ex")?;
    vm.call(&f, &[args[0].clone(), Value::Int(0)])
}

fn object_sizeof(_vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let base = if args[0].as_obj().is_some_and(|o| o.dict.is_some()) {
        48
    } else {
        16
    };
    Ok(Value::Int(base))
}

fn object_subclasshook(_vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Obj(types().not_implemented.clone()))
}

// ----- type ---------------------------------------------------------------------

fn type_new(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let meta = cls_arg(vm, args)?;
    if args.len() != 4 {
        return Err(vm.type_error(format!(
            "type.__new__() takes exactly 3 arguments ({} given)",
            args.len() - 1
        )));
    }
    let name = crate::builtins::str_arg(&args[1])
        .ok_or_else(|| {
            vm.type_error(format!(
                "type.__new__() argument 1 must be str, not {}",
                crate::types::text::arg_type_name(vm, &args[1])
            ))
        })?
        .to_string();
    if let Some(Payload::Tuple(t)) = args[2].payload() {
        // The most derived metaclass must be a subclass of every base's metaclass.
        let mut winner = meta.clone();
        for b in t.iter() {
            let bt = type_of(b);
            if typeobj::is_subtype(&winner, bt) {
                continue;
            }
            if typeobj::is_subtype(bt, &winner) {
                winner = bt.clone();
            } else {
                return Err(vm.type_error("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"));
            }
        }
    }
    let bases: Vec<ObjRef> = match args[2].payload() {
        Some(Payload::Tuple(t)) => t
            .iter()
            .map(|b| {
                b.as_obj()
                    .cloned()
                    .filter(|o| matches!(o.payload, Payload::Type(_)))
                    .ok_or_else(|| {
                        if typeobj::is_subtype(&types().type_, type_of(b)) {
                            vm.type_error("bases must be types")
                        } else {
                            vm.type_error("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
                        }
                    })
            })
            .collect::<PyResult<_>>()?,
        _ => {
            return Err(vm.type_error(format!(
                "type.__new__() argument 2 must be tuple, not {}",
                crate::types::text::arg_type_name(vm, &args[2])
            )))
        }
    };
    if !matches!(args[3].payload(), Some(Payload::Dict(_))) {
        return Err(vm.type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            crate::types::text::arg_type_name(vm, &args[3])
        )));
    }
    if name.contains('\0') {
        return Err(vm.value_error("type name must not contain null characters"));
    }
    let cls = crate::builtins::new_class(vm, &meta, &name, bases, &args[3])?;
    crate::builtins::init_subclass(vm, &cls, kw)?;
    Ok(Value::Obj(cls))
}

fn type_init(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let n = args.len().saturating_sub(1);
    if n == 1 && !kw.is_empty() {
        return Err(vm.type_error("type.__init__() takes no keyword arguments"));
    }
    if n != 1 && n != 3 {
        return Err(vm.type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::None)
}

fn type_call(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let cls = cls_arg(vm, args)?;
    crate::call::type_call(vm, &cls, &args[1..], kw)
}

fn type_mro(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let cls = cls_arg(vm, args)?;
    Ok(new_list(
        typeobj::mro(&cls)
            .iter()
            .map(|t| Value::Obj(t.clone()))
            .collect(),
    ))
}

fn type_subclasses(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let cls = cls_arg(vm, args)?;
    let subs: Vec<Value> = tdata(&cls)
        .subclasses
        .lock()
        .iter()
        .map(|t| Value::Obj(t.clone()))
        .collect();
    Ok(new_list(subs))
}

fn type_repr(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let cls = cls_arg(vm, args)?;
    Ok(new_str(crate::repr::type_repr(&cls)))
}

fn type_instancecheck(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let cls = cls_arg(vm, args)?;
    Ok(Value::Bool(vm.isinstance(&args[1], &cls)))
}

fn type_subclasscheck(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let cls = cls_arg(vm, args)?;
    match args[1].as_obj() {
        Some(o) if matches!(o.payload, Payload::Type(_)) => {
            Ok(Value::Bool(typeobj::is_subtype(o, &cls)))
        }
        _ => Err(vm.type_error("issubclass() arg 1 must be a class")),
    }
}

fn type_prepare(_vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(crate::new_dict())
}

// ----- property, staticmethod, classmethod, super -------------------------------

fn property_new(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let cls = cls_arg(vm, args)?;
    let names = &["fget", "fset", "fdel", "doc"];
    let parts = crate::clinic::bind(vm, "property", &args[1..], kw, names, 4, 0)?;
    let [fget, fset, fdel, mut doc] = parts.map(|v| v.unwrap_or(Value::None));
    if doc.is_none() && !fget.is_none() {
        doc = vm.getattr(&fget, "__doc__").unwrap_or(Value::None);
    }
    Ok(Value::Obj(ObjRef::new(
        cls,
        None,
        Payload::Property(Box::new([fget, fset, fdel, doc])),
    )))
}

fn property_init(_vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::None)
}

fn property_with(vm: &Vm, args: &[Value], which: usize) -> PyResult<Value> {
    let Some(Payload::Property(p)) = args[0].payload() else {
        return Err(vm.type_error("not a property"));
    };
    let mut parts = (**p).clone();
    parts[which] = args[1].clone();
    if which == 0 && parts[3].is_none() {
        parts[3] = vm.getattr(&args[1], "__doc__").unwrap_or(Value::None);
    }
    Ok(Value::Obj(ObjRef::new(
        args[0].as_obj().unwrap().class.clone(),
        None,
        Payload::Property(Box::new(parts)),
    )))
}

fn property_getter(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    property_with(vm, args, 0)
}
fn property_setter(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    property_with(vm, args, 1)
}
fn property_deleter(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    property_with(vm, args, 2)
}

fn property_get(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(Payload::Property(p)) = args[0].payload() else {
        return Err(vm.type_error("not a property"));
    };
    crate::types::methods::descr_get_args(vm, args)?;
    if args.get(1).map(|v| v.is_none()).unwrap_or(true) {
        return Ok(args[0].clone());
    }
    if p[0].is_none() {
        return Err(property_missing(vm, &args[0], None, &args[1], "getter"));
    }
    vm.call(&p[0], &[args[1].clone()])
}

/// `property.__set_name__(owner, name)`: weft finds a property's name in its class when
/// an error needs it, so there is nothing to record; it exists (as in CPython) so that a
/// subclass's `__set_name__` can call it.
fn property_set_name(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("property.__set_name__() takes no keyword arguments"));
    }
    if args.len() != 3 {
        return Err(vm.type_error(format!(
            "__set_name__() takes 2 positional arguments but {} were given",
            args.len().saturating_sub(1)
        )));
    }
    Ok(Value::None)
}

/// CPython's error for a property `prop` without the accessor `what` ("getter",
/// "setter", "deleter"), used on `obj`: it names the property (`name`, or the name
/// `prop` has in the object's class) and the class by its qualified name.
pub(crate) fn property_missing(
    vm: &Vm,
    prop: &Value,
    name: Option<&str>,
    obj: &Value,
    what: &str,
) -> crate::PyErr {
    let t = type_of(obj);
    let qualname = typeobj::tdata(t).qualname.read().clone();
    let found = || {
        typeobj::mro(t)
            .iter()
            .find_map(|k| match k.dict.as_ref().map(|d| &d.payload) {
                Some(Payload::Dict(d)) => {
                    d.items().into_iter().find_map(|(key, v)| match (&key, &v) {
                        (Value::Obj(ko), Value::Obj(vo))
                            if prop.as_obj().is_some_and(|p| p.ptr_eq(vo)) =>
                        {
                            match &ko.payload {
                                Payload::Str(s) => Some(s.as_str().to_string()),
                                _ => None,
                            }
                        }
                        _ => None,
                    })
                }
                _ => None,
            })
    };
    match name.map(str::to_string).or_else(found) {
        Some(n) => vm.attribute_error(format!(
            "property '{n}' of '{qualname}' object has no {what}"
        )),
        None => vm.attribute_error(format!("property of '{qualname}' object has no {what}")),
    }
}

/// `property.__set__(obj, value)` / `property.__delete__(obj)` called explicitly.
fn property_set_or_delete(vm: &Vm, args: &[Value], which: usize) -> PyResult<Value> {
    let Some(Payload::Property(p)) = args[0].payload() else {
        return Err(vm.type_error("not a property"));
    };
    let Some(obj) = args.get(1) else {
        return Err(vm.type_error("expected 1 argument, got 0"));
    };
    if p[which].is_none() {
        let what = if which == 1 { "setter" } else { "deleter" };
        return Err(property_missing(vm, &args[0], None, obj, what));
    }
    vm.call(&p[which], &args[1..])
}
fn property_set(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(vm.type_error(format!(
            "expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    }
    property_set_or_delete(vm, args, 1)
}
fn property_delete(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    property_set_or_delete(vm, &args[..args.len().min(2)], 2)
}

fn staticmethod_new(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let cls = cls_arg(vm, args)?;
    let f = wrapper_callable(vm, args, kw, &cls, &types().staticmethod, "staticmethod")?;
    let dict = wrapper_dict(vm, &f);
    Ok(Value::Obj(ObjRef::new(
        cls,
        Some(dict),
        Payload::StaticMethod(f),
    )))
}

/// The `__dict__` of a new `staticmethod`/`classmethod`: as CPython (3.10+), a copy of
/// the wrapped callable's `__module__`, `__name__`, `__qualname__`, `__doc__` and
/// `__annotations__`, each one it has.
fn wrapper_dict(vm: &Vm, f: &Value) -> ObjRef {
    let dict = crate::new_dict_obj();
    if let Payload::Dict(d) = &dict.payload {
        for name in [
            "__module__",
            "__name__",
            "__qualname__",
            "__doc__",
            "__annotations__",
        ] {
            if let Ok(v) = vm.getattr(f, name) {
                let k = crate::intern(name);
                d.set_str(k.clone(), crate::str_hash(&k), v);
            }
        }
    }
    dict
}

fn classmethod_new(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let cls = cls_arg(vm, args)?;
    let f = wrapper_callable(vm, args, kw, &cls, &types().classmethod, "classmethod")?;
    Ok(Value::Obj(ObjRef::new(
        cls,
        Some(wrapper_dict(vm, &f)),
        Payload::ClassMethod(f),
    )))
}

/// The callable of `staticmethod(f)` / `classmethod(f)` (`name`, class `exact`) made as
/// class `cls`: its first argument. The exact class checks its arguments here as its
/// `__init__` does; a subclass may take others in its own `__init__` (CPython checks them
/// in `staticmethod.__init__`).
fn wrapper_callable(
    vm: &Vm,
    args: &[Value],
    kw: Kw,
    cls: &ObjRef,
    exact: &ObjRef,
    name: &str,
) -> PyResult<Value> {
    if cls.ptr_eq(exact) {
        wrapper_init(vm, args, kw, name)?;
    }
    match args.get(1) {
        Some(f) => Ok(f.clone()),
        None => Err(vm.type_error(format!("{name} expected 1 argument, got 0"))),
    }
}

/// `staticmethod.__init__` / `classmethod.__init__`: the callable was stored by `__new__`;
/// this checks the arguments, so that a subclass's `__init__` can pass its callable on
/// with `super().__init__(f)`.
fn wrapper_init(vm: &Vm, args: &[Value], kw: Kw, name: &str) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "{name} expected 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    }
    Ok(Value::None)
}
fn staticmethod_init(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    wrapper_init(vm, args, kw, "staticmethod")
}
fn classmethod_init(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    wrapper_init(vm, args, kw, "classmethod")
}

/// `staticmethod(f)(...)`: calls `f` (static methods are callable since 3.10).
fn staticmethod_call(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    match args[0].payload() {
        Some(Payload::StaticMethod(f)) => crate::call::call(vm, f, &args[1..], kw),
        _ => Err(vm.type_error("descriptor '__call__' requires a 'staticmethod' object")),
    }
}

/// `staticmethod.__get__(obj, type=None)`: the wrapped function.
fn staticmethod_get(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    crate::types::methods::descr_get_args(vm, args)?;
    match args[0].payload() {
        Some(Payload::StaticMethod(f)) => Ok(f.clone()),
        _ => Err(vm.type_error("descriptor '__get__' requires a 'staticmethod' object")),
    }
}

/// `classmethod.__get__(obj, type=None)`: the function bound to `type` (or `type(obj)`).
fn classmethod_get(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(Payload::ClassMethod(f)) = args[0].payload() else {
        return Err(vm.type_error("descriptor '__get__' requires a 'classmethod' object"));
    };
    crate::types::methods::descr_get_args(vm, args)?;
    let owner = match args.get(2) {
        Some(t) if !t.is_none() => t.clone(),
        _ => Value::Obj(vm.type_of(&args[1]).clone()),
    };
    crate::attr::classmethod_bind(vm, f, owner)
}

/// `type.__or__`/`__ror__`: `int | None` is a `types.UnionType` (built by lib/types.py).
/// `module.__new__(cls, ...)`: an empty module object (`types.ModuleType`).
fn module_new(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let cls = cls_arg(vm, args)?;
    Ok(Value::Obj(ObjRef::new(
        cls,
        Some(crate::new_dict_obj()),
        Payload::Module,
    )))
}

/// `module.__init__(self, name, doc=None)`.
fn module_init(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let mut name = args.get(1).cloned();
    let mut doc = args.get(2).cloned();
    for (k, v) in kw {
        match vm.str(k)?.as_str() {
            "name" if name.is_none() => name = Some(v.clone()),
            "doc" if doc.is_none() => doc = Some(v.clone()),
            other => {
                return Err(vm.type_error(format!(
                    "module() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "module() takes at most 2 arguments ({} given)",
            args.len() - 1
        )));
    }
    let Some(name) = name else {
        return Err(vm.type_error("module() missing required argument 'name' (pos 1)"));
    };
    if !matches!(name.payload(), Some(Payload::Str(_))) {
        return Err(vm.type_error(format!(
            "module() argument 'name' must be str, not {}",
            crate::types::text::arg_type_name(vm, &name)
        )));
    }
    let Value::Obj(m) = &args[0] else {
        return Ok(Value::None);
    };
    crate::import::set(m, "__name__", name);
    crate::import::set(m, "__doc__", doc.unwrap_or(Value::None));
    crate::import::set(m, "__package__", Value::None);
    crate::import::set(m, "__loader__", Value::None);
    crate::import::set(m, "__spec__", Value::None);
    Ok(Value::None)
}

fn super_new(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("super() takes no keyword arguments"));
    }
    new_super(vm, args.get(1..).unwrap_or(&[]))
}

/// `super(*args)`: a new `super` object (what `super.__new__(super, *args)` makes;
/// `type.__call__` comes here directly for `super` itself).
pub(crate) fn new_super(vm: &Vm, args: &[Value]) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "super() expected at most 2 arguments, got {}",
            args.len()
        )));
    }
    let (t, obj) = if args.len() >= 2 {
        (args[0].clone(), args[1].clone())
    } else if args.len() == 1 {
        (args[0].clone(), Value::None)
    } else {
        // Zero-argument form: __class__ cell and the first argument of the caller.
        let Some(fp) = vm.current_frame() else {
            return Err(vm.runtime_error("super(): no current frame"));
        };
        // SAFETY: live frame pointer (see builtins::globals_).
        let f = unsafe { &*fp };
        let code = &f.code_data().code;
        // As CPython 3.11: the first positional parameter, which `def m(*args)` lacks.
        if code.argcount == 0 {
            return Err(vm.runtime_error("super(): no arguments"));
        }
        let first = match f.fast.first() {
            Some(v) => match v.payload() {
                Some(Payload::Cell(c))
                    if code
                        .cellvars
                        .iter()
                        .any(|n| Some(n) == code.varnames.first()) =>
                {
                    c.lock().clone()
                }
                _ => v.clone(),
            },
            None => Value::Null,
        };
        if first.is_null() {
            return Err(vm.runtime_error("super(): arg[0] deleted"));
        }
        let Some(cell) = f.class_cell() else {
            return Err(vm.runtime_error("super(): __class__ cell not found"));
        };
        let cls = match cell.payload() {
            Some(Payload::Cell(c)) => c.lock().clone(),
            _ => Value::Null,
        };
        if cls.is_null() {
            return Err(vm.runtime_error("super(): empty __class__ cell"));
        }
        (cls, first)
    };
    let Some(tobj) = t
        .as_obj()
        .filter(|o| matches!(o.payload, Payload::Type(_)))
        .cloned()
    else {
        return Err(vm.type_error(format!(
            "super() argument 1 must be a type, not {}",
            vm.type_name(&t)
        )));
    };
    let start = if obj.is_none() {
        tobj.clone()
    } else if let Some(o) = obj
        .as_obj()
        .filter(|o| matches!(o.payload, Payload::Type(_)) && typeobj::is_subtype(o, &tobj))
    {
        o.clone()
    } else if typeobj::is_subtype(type_of(&obj), &tobj) || vm.isinstance(&obj, &tobj) {
        type_of(&obj).clone()
    } else {
        return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
    };
    Ok(Value::Obj(ObjRef::new(
        types().super_.clone(),
        None,
        Payload::Super(Box::new((tobj, obj, start))),
    )))
}

/// `<super: <class 'T'>, <U object>>` (NULL when unbound), as CPython.
fn super_repr(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(Payload::Super(s)) = args[0].payload() else {
        return Err(vm.type_error("super expected"));
    };
    let (t, obj, start) = &**s;
    let second = if obj.is_null() || obj.is_none() {
        "NULL".to_string()
    } else {
        format!("<{} object>", tdata(start).name.read())
    };
    Ok(crate::new_str(format!(
        "<super: <class '{}'>, {second}>",
        tdata(t).name.read()
    )))
}

pub(crate) fn super_getattribute(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(Payload::Super(s)) = args[0].payload() else {
        return Err(vm.type_error("super expected"));
    };
    let (t, obj, start) = &**s;
    let name = &args[1];
    let h = crate::str_hash(name);
    let mro = typeobj::mro(start);
    // An unbound super (`super(T)`) looks nothing up after T: its attributes are the
    // super object's own, as in CPython.
    let pos = match mro.iter().position(|k| k.ptr_eq(t)) {
        Some(p) if !obj.is_none() && !obj.is_null() => p + 1,
        _ => mro.len(),
    };
    for k in &mro[pos..] {
        if let Some(Payload::Dict(d)) = k.dict.as_ref().map(|d| &d.payload) {
            if let Some(v) = d.get_str(name, h) {
                if obj.is_none() {
                    return Ok(match v.payload() {
                        Some(Payload::StaticMethod(f)) => f.clone(),
                        _ => v,
                    });
                }
                let bind_to = obj.clone();
                // super(T, cls) with cls a subclass of T looks up class-level (unbound);
                // super(Meta, cls) with cls an instance of the metaclass T binds.
                let class_level = match obj {
                    Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => {
                        typeobj::is_subtype(o, t)
                    }
                    _ => false,
                };
                return Ok(match v.payload() {
                    Some(Payload::ClassMethod(f)) => {
                        let cls = if class_level {
                            obj.clone()
                        } else {
                            Value::Obj(type_of(obj).clone())
                        };
                        crate::attr::classmethod_bind(vm, f, cls)?
                    }
                    Some(Payload::Property(p)) => vm.call(&p[0], std::slice::from_ref(obj))?,
                    Some(Payload::Builtin(b))
                        if b.kind == crate::types::function::BuiltinKind::ClassMethod =>
                    {
                        let cls = if class_level {
                            obj.clone()
                        } else {
                            Value::Obj(type_of(obj).clone())
                        };
                        crate::attr::bind(vm, v.clone(), cls, start)
                    }
                    _ if class_level && matches!(v.payload(), Some(Payload::Function(_))) => v,
                    _ => crate::attr::bind(vm, v, bind_to, start),
                });
            }
        }
    }
    // The super object's own attributes (not `generic_getattr`, which would come back here).
    match crate::builtins::str_arg(name).unwrap_or("") {
        "__thisclass__" => return Ok(Value::Obj(t.clone())),
        "__self__" => return Ok(obj.clone()),
        "__self_class__" => {
            return Ok(if obj.is_none() {
                Value::None
            } else {
                Value::Obj(start.clone())
            })
        }
        _ => {}
    }
    if let Some(v) = typeobj::lookup(&types().super_, name, h) {
        return Ok(crate::attr::bind(vm, v, args[0].clone(), &types().super_));
    }
    Err(vm.attribute_error(format!(
        "'super' object has no attribute '{}'",
        vm.str(name)?
    )))
}

/// `super.__get__(obj, type=None)`: an unbound super bound to `obj`.
pub(crate) fn super_get(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(Payload::Super(s)) = args[0].payload() else {
        return Err(vm.type_error("super expected"));
    };
    crate::types::methods::descr_get_args(vm, args)?;
    let (t, obj, _) = &**s;
    let to = args.get(1).cloned().unwrap_or(Value::None);
    if to.is_none() || !(obj.is_none() || obj.is_null()) {
        return Ok(args[0].clone());
    }
    vm.call(
        &Value::Obj(type_of(&args[0]).clone()),
        &[Value::Obj(t.clone()), to],
    )
}

// ----- value type constructors ---------------------------------------------------

/// `int(x)`, `int(s, base)`.
fn int_new(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let cls = cls_arg(vm, args)?;
    if args.len() + kw.len() > 3 {
        return Err(vm.type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            args.len() + kw.len() - 1
        )));
    }
    for (k, _) in kw {
        let k = vm.str(k)?;
        if k != "base" {
            return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for int()")));
        }
    }
    let x = args.get(1);
    let base = args.get(2).or(crate::builtins::kwarg(kw, "base"));
    let v = match (x, base) {
        (None, None) => Value::Int(0),
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument")),
        (Some(x), None) => crate::types::int::to_int(vm, x)?,
        (Some(x), Some(b)) => {
            let b = match as_int(b) {
                Some(IntRef::Small(b)) => b,
                Some(IntRef::Big(_)) => -1,
                None => match vm.lookup_special(b, "__index__") {
                    Some(f) => match as_int(&vm.call(&f, &[])?) {
                        Some(IntRef::Small(b)) => b,
                        _ => -1,
                    },
                    None => {
                        return Err(vm.type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            vm.type_name(b)
                        )))
                    }
                },
            };
            if b != 0 && !(2..=36).contains(&b) {
                return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            match x.payload() {
                Some(Payload::Str(s)) => crate::types::int::parse_int(vm, s.as_str(), b as u32)?,
                Some(Payload::Bytes(s)) => crate::types::int::parse_int_bytes(vm, s, b as u32)?,
                Some(Payload::ByteArray(s)) => {
                    let s = s.read().clone();
                    crate::types::int::parse_int_bytes(vm, &s, b as u32)?
                }
                _ => return Err(vm.type_error("int() can't convert non-string with explicit base")),
            }
        }
    };
    if cls.ptr_eq(&types().int) {
        return Ok(v);
    }
    let big = match as_int(&v) {
        Some(i) => crate::types::number::to_big(&i),
        None => return Ok(v),
    };
    Ok(alloc(&cls, Payload::Int(big)))
}

fn float_new(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let cls = cls_arg(vm, args)?;
    if !kw.is_empty() && cls.ptr_eq(&types().float) {
        return Err(vm.type_error("float() takes no keyword arguments"));
    }
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "float expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    let f = match args.get(1) {
        None => 0.0,
        Some(x) => crate::types::float::to_float(vm, x)?,
    };
    if cls.ptr_eq(&types().float) {
        return Ok(Value::Float(f));
    }
    Ok(alloc(&cls, Payload::Float(f)))
}

fn bool_new(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("bool() takes no keyword arguments"));
    }
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "bool expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    match args.get(1) {
        None => Ok(Value::Bool(false)),
        Some(x) => Ok(Value::Bool(vm.truthy(x)?)),
    }
}

fn tuple_new(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let cls = cls_arg(vm, args)?;
    if !kw.is_empty() && cls.ptr_eq(&types().tuple) {
        return Err(vm.type_error("tuple() takes no keyword arguments"));
    }
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "tuple expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    let items = match args.get(1) {
        None => vec![],
        Some(x) => {
            if cls.ptr_eq(&types().tuple)
                && matches!(x.as_obj(), Some(o) if o.class.ptr_eq(&types().tuple))
            {
                return Ok(x.clone());
            }
            vm.collect_sized(x)?
        }
    };
    if cls.ptr_eq(&types().tuple) {
        return Ok(new_tuple(items));
    }
    Ok(alloc(&cls, Payload::Tuple(items.into())))
}

fn list_new(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let cls = cls_arg(vm, args)?;
    Ok(alloc(
        &cls,
        Payload::List(crate::owner_bias::OwnedRwLock::new(Vec::new())),
    ))
}

fn list_init(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("list() takes no keyword arguments"));
    }
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "list expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    let items = match args.get(1) {
        Some(x) => vm.collect_sized(x)?,
        None => vec![],
    };
    if let Some(Payload::List(l)) = args[0].payload() {
        *l.write() = items;
    }
    Ok(Value::None)
}

fn dict_new(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let cls = cls_arg(vm, args)?;
    Ok(alloc(&cls, Payload::Dict(crate::types::dict::Dict::new())))
}

fn range_new(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    let idx = |v: &Value| -> PyResult<Value> {
        match as_int(v) {
            Some(IntRef::Small(i)) => Ok(Value::Int(i)),
            Some(IntRef::Big(b)) => Ok(crate::new_bigint(b.clone())),
            None => match vm.lookup_special(v, "__index__") {
                Some(f) => {
                    let r = vm.call(&f, &[])?;
                    if as_int(&r).is_none() {
                        return Err(vm.type_error(format!(
                            "__index__ returned non-int (type {})",
                            vm.type_name(&r)
                        )));
                    }
                    crate::types::number::warn_int_subclass(vm, "__index__", &r)?;
                    Ok(crate::types::int::to_int(vm, &r)?)
                }
                None => Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(v)
                ))),
            },
        }
    };
    let (start, stop, step) = match args.len() {
        2 => (Value::Int(0), idx(&args[1])?, Value::Int(1)),
        3 => (idx(&args[1])?, idx(&args[2])?, Value::Int(1)),
        4 => (idx(&args[1])?, idx(&args[2])?, idx(&args[3])?),
        1 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        n => {
            return Err(vm.type_error(format!("range expected at most 3 arguments, got {}", n - 1)))
        }
    };
    if matches!(step, Value::Int(0)) {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Obj(ObjRef::new(
        types().range.clone(),
        None,
        Payload::Range([start, stop, step]),
    )))
}

/// `type(None)()`, `type(...)()`, `type(NotImplemented)()`: the singletons.
fn singleton_new(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let t = types();
    let cls = args.first().and_then(|c| c.as_obj()).cloned();
    let (v, name) = match &cls {
        Some(c) if c.ptr_eq(&t.none_type) => (Value::None, "NoneType"),
        Some(c) if c.ptr_eq(&t.ellipsis_type) => (Value::Obj(t.ellipsis.clone()), "EllipsisType"),
        _ => (Value::Obj(t.not_implemented.clone()), "NotImplementedType"),
    };
    if args.len() > 1 || !kw.is_empty() {
        return Err(vm.type_error(format!("{name} takes no arguments")));
    }
    Ok(v)
}

fn none_bool(_vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn none_repr(_vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(new_str("None"))
}

fn none_hash(vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(vm.hash(&Value::None)?))
}

/// `warnings.warn(msg, DeprecationWarning)`, attributed to the Python code running the
/// built-in that calls this.
pub(crate) fn deprecation_warning(vm: &Vm, msg: &str) -> PyResult<()> {
    let w = crate::import::import_module(vm, "warnings")?;
    let warn = vm.getattr(&w, "warn")?;
    vm.call(
        &warn,
        &[
            crate::new_str(msg),
            Value::Obj(vm.exc_type("DeprecationWarning")),
        ],
    )?;
    Ok(())
}

/// `bool(NotImplemented)`: true, with CPython 3.11's DeprecationWarning.
fn not_implemented_bool(vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    deprecation_warning(vm, "NotImplemented should not be used in a boolean context")?;
    Ok(Value::Bool(true))
}

/// `Ellipsis.__reduce__()`: the name it is pickled (and copied) by.
fn ellipsis_reduce(_vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(crate::new_str("Ellipsis"))
}

/// `NotImplemented.__reduce__()`: the name it is pickled by.
fn not_implemented_reduce(_vm: &Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(crate::new_str("NotImplemented"))
}

pub fn init() {
    let t = types();
    for st in [&t.none_type, &t.ellipsis_type, &t.not_implemented_type] {
        add_staticmethod(st, "__new__", singleton_new);
    }
    add_method(&t.none_type, "__bool__", none_bool);
    add_method(&t.none_type, "__repr__", none_repr);
    add_method(&t.none_type, "__hash__", none_hash);
    add_method(&t.not_implemented_type, "__bool__", not_implemented_bool);
    add_method(&t.ellipsis_type, "__reduce__", ellipsis_reduce);
    add_method(
        &t.not_implemented_type,
        "__reduce__",
        not_implemented_reduce,
    );
    let o = &t.object;
    add_staticmethod(o, "__new__", object_new);
    add_method(o, "__init__", object_init);
    add_method(o, "__repr__", object_repr);
    add_method(o, "__str__", object_str);
    add_method(o, "__eq__", object_eq);
    add_method(o, "__ne__", object_ne);
    add_method(o, "__lt__", not_impl);
    add_method(o, "__le__", not_impl);
    add_method(o, "__gt__", not_impl);
    add_method(o, "__ge__", not_impl);
    add_method(o, "__hash__", object_hash);
    add_method(o, "__setattr__", object_setattr);
    add_method(o, "__getattribute__", object_getattribute);
    add_method(o, "__delattr__", object_delattr);
    crate::types::add_classmethod(o, "__init_subclass__", object_init_subclass);
    add_method(o, "__format__", object_format);
    add_method(o, "__dir__", object_dir);
    add_method(o, "__reduce_ex__", object_reduce_ex);
    add_method(o, "__reduce__", object_reduce);
    add_method(o, "__getstate__", object_getstate);
    add_method(o, "__sizeof__", object_sizeof);
    crate::types::add_classmethod(o, "__subclasshook__", object_subclasshook);
    let ty = &t.type_;
    add_staticmethod(ty, "__new__", type_new);
    add_method(ty, "__init__", type_init);
    add_method(ty, "__call__", type_call);
    add_method(ty, "__setattr__", type_setattr);
    add_method(ty, "__delattr__", type_delattr);
    add_method(ty, "mro", type_mro);
    add_method(ty, "__subclasses__", type_subclasses);
    add_method(ty, "__repr__", type_repr);
    add_method(ty, "__instancecheck__", type_instancecheck);
    add_method(ty, "__subclasscheck__", type_subclasscheck);
    crate::types::add_classmethod(ty, "__prepare__", type_prepare);
    add_staticmethod(&t.property, "__new__", property_new);
    add_method(&t.property, "__init__", property_init);
    add_method(&t.property, "getter", property_getter);
    add_method(&t.property, "setter", property_setter);
    add_method(&t.property, "deleter", property_deleter);
    add_method(&t.property, "__get__", property_get);
    add_method(&t.property, "__set__", property_set);
    add_method(&t.property, "__delete__", property_delete);
    add_method(&t.property, "__set_name__", property_set_name);
    add_staticmethod(&t.staticmethod, "__new__", staticmethod_new);
    add_staticmethod(&t.classmethod, "__new__", classmethod_new);
    add_method(&t.staticmethod, "__get__", staticmethod_get);
    add_method(&t.staticmethod, "__call__", staticmethod_call);
    add_method(&t.staticmethod, "__init__", staticmethod_init);
    add_method(&t.classmethod, "__init__", classmethod_init);
    add_staticmethod(&t.module, "__new__", module_new);
    add_method(&t.module, "__init__", module_init);
    add_method(&t.classmethod, "__get__", classmethod_get);
    add_staticmethod(&t.super_, "__new__", super_new);
    add_method(&t.super_, "__getattribute__", super_getattribute);
    add_method(&t.super_, "__get__", super_get);
    add_method(&t.super_, "__repr__", super_repr);
    add_staticmethod(&t.int, "__new__", int_new);
    add_staticmethod(&t.float, "__new__", float_new);
    add_staticmethod(&t.bool_, "__new__", bool_new);
    // `str.__new__` is in str_case.rs, with the str methods.
    add_staticmethod(&t.tuple, "__new__", tuple_new);
    add_staticmethod(&t.list, "__new__", list_new);
    add_method(&t.list, "__init__", list_init);
    add_staticmethod(&t.dict, "__new__", dict_new);
    add_staticmethod(&t.range, "__new__", range_new);
}
